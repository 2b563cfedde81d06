"""A leader's thought on one field, named by its whole title: 习近平总书记关于加强和改进人民政协工作的重要思想,
习近平总书记关于坚持和完善人民代表大会制度的重要思想, 习近平总书记关于河南工作的重要论述.

CPPCC and People's Congress reports open with such a thought the way work reports open with 习近平新时代中国特色
社会主义思想: it is one Concept, its field inside it no name of its own.
"""
from __future__ import annotations

import re

from kg.extract.context import Context
from kg.model import Mention

#: The field runs to 的重要思想 / 的重要论述 without a clause's stop, a list mark or a quote (…关于A、B的重要论述 is
#: left alone: two fields or one, the text does not say).
_NAMED_THOUGHT = re.compile(r"习近平(?:总书记|同志)?关于[^，。；：、“”《》（）\n]{2,30}?的?重要(?:思想|论述)")


#: A second thought of the same leader listed after the first, its subject left out (…重要思想、关于党的自我革命的重要思想).
_NEXT_THOUGHT = re.compile(r"、(关于[^，。；：、“”《》（）\n]{2,30}?的?重要(?:思想|论述))")


def find_named_thoughts(ctx: Context) -> list[Mention]:
    out = []
    for m in _NAMED_THOUGHT.finditer(ctx.text, ctx.doc.body_start):
        out.append(Mention("Concept", m.group(), m.start(), m.end(), "thought:named", confidence=0.85))
        subject = m.group()[:m.group().index("关于")]
        end = m.end()
        while (n := _NEXT_THOUGHT.match(ctx.text, end)) is not None:
            out.append(Mention("Concept", n.group(1), n.start(1), n.end(1), "thought:named",
                               canonical=subject + n.group(1), confidence=0.8))
            end = n.end()
    return out
