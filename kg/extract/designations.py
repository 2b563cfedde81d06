"""Designations a place or a zone is given: 厦门入选国家城市更新行动名单, 金昌、庆阳入选全国紧密型城市医疗集团试点城市,
荆门高新区入选首批国家级零碳园区建设名单, 福州获评国际湿地城市.

A class title held by many places (ANNOTATION.md rule 2: …试点城市, 国际湿地城市) is named right after the verb that
confers it (入选, 获批, 列入, 纳入, 获评, 创建) and ends in a designation head (试点, 示范城市, 名单 …). The batch
or count before it (首批, 新一轮, 2个) is not part of its name. The places that open the clause take part in it
(kg/extract/relations.py, place subjects); here the designation becomes an entity of its own.

A national cluster title (入选国家先进制造业集群, 获评国家级中小企业特色产业集群) is an industry category: the
clusters or industries listed before the verb become its members (relations.py reads kg:inCategory).
"""
from __future__ import annotations

import re

from kg.extract.context import CJK, Context
from kg.model import Mention

_VERBS = "入选|获批创建|获批|列入|纳入|获评为|获评|成功创建|创建为|被评为|被命名为|命名为"
_BATCH = r"(?:全国首批|国家首批|首批|全国首个|首个|第[一二三四五六七八九十\d]+批|新一轮|一批|[一二三四五六七八九十两\d]{1,3}个)"
_HEADS = "试点城市|试点县|试点|示范城市|示范项目城市|示范县|示范区|示范市|名单|文明城市|森林城市|湿地城市"
_DESIGNATION = re.compile(rf"(?:{_VERBS})(?P<batch>{_BATCH})?(?P<name>(?P<x>[{CJK}“”]{{2,24}}?)(?:{_HEADS}))"
                          r"(?=[，。；、）)\n])")
#: What a designation's name never opens with or holds: a count of years, a verb phrase (重点培育 is a list of kind,
#: not a title), a relative clause (省域全覆盖的…试点 is read from after 的 by the other rules).
_NOT_NAMES = re.compile(r"^(?:国家|全国|省级|国家级)?(?:重点培育|重点|培育)?$|的|\d{4}年")


_VERB_BEFORE = re.compile(rf"(?:{_VERBS})(?:{_BATCH})?$")


def conferring_verb(text: str, name_start: int) -> int | None:
    """Where the verb that confers the designation starting at ``name_start`` begins (列入 | 全国共同现代化试点)."""
    m = _VERB_BEFORE.search(text, max(0, name_start - 12), name_start)
    return m.start() if m else None


#: A national cluster title (国家先进制造业集群, 国家级中小企业特色产业集群, 国家产业集群) conferred on clusters or
#: industries (电子信息、生物医药入选…; 滇中稀贵金属集群成为行业内唯一的国家级先进制造业集群): an industry category.
_CLUSTER = re.compile(rf"(?P<verb>入选|列入|获评为|获评|纳入|成为[{CJK}]{{0,8}}的)"
                      rf"(?P<name>国家级?[{CJK}]{{0,10}}?(?:集群))(?=[，。；、）)\n])")
#: What closes the list of clusters before the verb: a count (等18个产业集群, 4个集群) or an adverb (全部, 均).
_CLUSTER_TAIL = re.compile(r"(?:等?[一二三四五六七八九十两\d]{1,3}个(?:[\u4e00-\u9fff]{0,4}集群)?)?(?:全部|均|先后|相继|成功)?$")


def cluster_items(ctx: Context, name_start: int) -> list[tuple[int, int]]:
    """The clusters or industries listed in the clause before the verb that gives the cluster title starting at
    ``name_start`` (乳制品、稀土新材料、现代煤化工 | 入选国家先进制造业集群), each a span; [] when the clause
    holds no plain list."""
    text = ctx.text
    verb = _CLUSTER_VERB_BEFORE.search(text, max(0, name_start - 12), name_start)
    if verb is None:
        return []
    cs = max(text.rfind(ch, 0, verb.start()) for ch in "，。；：\n") + 1
    tail = _CLUSTER_TAIL.search(text, cs, verb.start())
    end = tail.start() if tail else verb.start()
    spans, pos = [], cs
    for item in text[cs:end].split("、"):
        spans.append((pos, pos + len(item)))
        pos += len(item) + 1
    if spans:
        from kg.extract.heads import strip_opening_verbs

        s0, e0 = spans[0]
        spans[0] = (strip_opening_verbs(ctx, s0, e0, once=False), e0)
    if not spans or any(not 2 <= e - s <= 14 or re.search(r"[\d“”（）()的]", text[s:e]) for s, e in spans):
        return []
    return spans


#: A rank among the holders of a title, before it (全省唯一, 全国首个, 首家).
_ONLY_ONE = re.compile(r"(?:全省|全国|全市|全区)?(?:唯一|首个|首家|第一个)(?:的)?")
_CLUSTER_VERB_BEFORE = re.compile(rf"(?:入选|列入|获评为|获评|纳入|成为[{CJK}]{{0,8}}的)$")


def find_designations(ctx: Context) -> list[Mention]:
    """A mention for each designation named after the verb that confers it."""
    text, out = ctx.text, []
    for m in _CLUSTER.finditer(text, ctx.doc.body_start):
        items = cluster_items(ctx, m.start("name"))
        if not items:
            continue
        out.append(Mention("Industry", m["name"], m.start("name"), m.end("name"), "designation:cluster",
                           confidence=0.7))
        out += [Mention("Industry", text[s:e], s, e, "designation:cluster-member", confidence=0.7) for s, e in items]
    for m in _DESIGNATION.finditer(text, ctx.doc.body_start):
        x = m["x"].replace("“", "").replace("”", "")
        if _NOT_NAMES.search(x) or ctx.is_generic_modifier(x) or text.count("“", m.start("name"), m.end("name")) \
                != text.count("”", m.start("name"), m.end("name")):
            continue
        if text[m.start("name"):ctx.token_end(m.start("name"))] in ctx.lexicon.set("opening_verbs"):
            continue  # 获批 | 优化…改革试点: a policy named by its verb, the policy rules' to read
        end = m.end("name") - 2 if m["name"].endswith("名单") else m.end("name")  # the list is of the designation
        ns = m.start("name")
        if (rank := _ONLY_ONE.match(text, ns, end)) is not None and end - rank.end() >= 4:
            ns = rank.end()  # 获评全省唯一 | 国家知识产权强县建设示范县: the rank is the place's, not the title's
        out.append(Mention("Policy", text[ns:end], ns, end, "designation:conferred", confidence=0.6))
    return out
