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


#: A spirit carried forward: 弘扬/发扬/传承/赓续 + X精神, and the spirits listed after it (弘扬科学家精神、劳模精神,
#: 弘扬大别山精神、抗洪精神, 弘扬张家港精神). X is a name of two to five characters after any 的 (驰而不息的 |
#: 龙马精神); the corpus's 24 such phrases were read: the spirits of a place, a trade or a cause are concepts as
#: ANNOTATION.md's 愚公移山精神, 企业家精神 are; a word of a kind before 精神 (城市精神, 担当精神, 工作精神) names none.
_SPIRIT = re.compile(r"(?:弘扬|发扬|传承|赓续|秉持|秉承)(?:好|了)?(?P<x>(?:[\u4e00-\u9fff]{2,9}精神、)*[\u4e00-\u9fff]{2,9}精神)")
_NOT_A_SPIRIT = frozenset({"城市", "担当", "工作", "这种", "这一", "这些", "伟大", "奋斗", "首创"})


def find_spirits(ctx: Context) -> list[Mention]:
    out = []
    text = ctx.text
    for m in _SPIRIT.finditer(text, ctx.doc.body_start):
        pos = m.start("x")
        for item in m["x"].split("、"):
            name = item.rsplit("的", 1)[-1]
            s = pos + len(item) - len(name)
            pos += len(item) + 1
            if not 4 <= len(name) <= 7 or name[:-2] in _NOT_A_SPIRIT or name[:-2].endswith(("的", "和", "与")):
                continue
            out.append(Mention("Concept", name, s, s + len(name), "thought:spirit", confidence=0.8))
    return out
