"""Names from the entity lexicons (places, industries, concepts, fixed bodies and meetings …).

A lexicon match counts only where it starts and ends on a word edge, so that 中山 is not read out of
中山大学's neighbours nor 有色 out of a longer unrelated word.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.context import ENTITY_LEXICONS, Context
from kg.extract.matcher import TermMatcher
from kg.lexicon import Lexicon
from kg.model import Mention


@lru_cache(maxsize=8)
def lexicon_matcher(lexicon: Lexicon) -> TermMatcher:
    """Every name and alias of the entity lexicons → (type, canonical)."""
    terms: dict[str, tuple[str, str]] = {}
    for stem, etype in ENTITY_LEXICONS.items():
        aliases = lexicon.alias_map(stem)
        for name in lexicon.get(stem):
            terms.setdefault(name, (etype, name))
            for alias in aliases.get(name, ()):
                terms.setdefault(alias, (etype, name))
    return TermMatcher(terms)


def lexicon_type_of(lexicon: Lexicon, name: str) -> tuple[str, str] | None:
    return lexicon_matcher(lexicon).payload.get(name)


def find_lexicon_names(ctx: Context) -> list[Mention]:
    out = []
    text = ctx.text
    for s, e, surface, (etype, canonical) in lexicon_matcher(ctx.lexicon).finditer(text, ctx.doc.body_start):
        if not (ctx.is_edge(s) and ctx.is_edge(e)):
            continue
        out.append(Mention(etype, surface, s, e, f"lexicon:{etype.lower()}", canonical=canonical,
                           confidence=0.9))
    # the header's title line is text too (a meeting or a report named in a title)
    return out
