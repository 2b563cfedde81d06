"""Strategies, policies and concepts: quoted formulas and names closed by a head word.

The genre's habits:
- a quoted formula alone is a concept (“两个确立”, “四个意识”), unless it holds or follows a
  strategy or policy word (“十大战略”, 锚定“两个确保”, 推进“万人助万企”);
- a quoted name followed by a head word is one policy or strategy (“四个倍增”行动计划,
  “四个一批”项目建设活动, 科技企业“双倍增”行动);
- an unquoted name closed by a head word runs back to the verb before it
  (着力完善 | 项目专员制度, 融入 | 郑州都市圈发展规划);
- plan periods are written “十四五” / “十四五”规划 / “十四五”时期: one strategy.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.context import CJK, Context, cut_words, tokenizer_for, word_tag
from kg.extract.heads import (
    clause_name_start,
    common_words,
    has_verb,
    industry_head,
    name_head_type,
    placed_name,
    strip_opening_verbs,
    widen_over_dash,
)
from kg.extract.matcher import TermMatcher
from kg.extract.names import lexicon_type_of, province_names
from kg.lexicon import Lexicon
from kg.model import Mention

_QUOTE = re.compile(r"“(?P<q>[^“”\n]{1,24})”")
_PLAN_PERIOD = re.compile(r"“?(?P<p>十[一二三四五六七八九]五|(?<=“)十五(?=”计划))”?(?P<tail>规划纲要|规划|时期|计划)?"
                          r"|第十(?P<n>[一二三四五六七八九])个五年规划")  # “十五”计划: the tenth, before plans were 规划
#: Verbs before a bare quoted formula that make it a strategic goal / a programme carried out.
_STRATEGY_VERBS = ("锚定", "围绕", "聚焦")
#: The centre bestows missions (赋予我们“四个走在前”、“4+1”): what the sentence lists after it are formulas.
_BESTOWED = re.compile("赋予")
#: A brand or calling card after a quote (“浙里来消费”品牌, “投资江西”城市品牌, “五张名片”), or the verbs that make
#: one known (打响, 擦亮, 叫响, 唱响, before or after it).
_BRAND_AFTER = re.compile(r"(?:城市|文旅|区域|产区|公用|旅游|消费|文化)?(?:品牌|招牌|名片)(?!体系|企业|产品)|叫响|唱响|打响")
_BRAND_VERBS = frozenset({"打响", "擦亮", "叫响", "唱响"})
#: Verbs that build a goal right before its quoted name (打造“水运安徽”, 再造一个“海上海南”, 高水平建设“数智北京”).
_BUILT_GOAL = re.compile("(?:打造|建设|建成|再造一个|再造)$")
#: Verbs of keeping to a saying or principle (28 corpus hits read, 24 concepts).
_CONCEPT_VERBS = ("牢记", "践行", "秉持", "弘扬", "坚守", "树牢", "遵循", "把握")
_POLICY_VERBS = ("推进", "实施", "开展", "推动", "推行", "落实", "常态长效推进", "深化", "做好", "抓好",
                 "持续推动", "持续推进", "深入推进", "深入实施", "全面推进", "完成")
#: Words after a quoted formula (…“X”的要求) that make it a requirement or principle (a concept).
_CONCEPT_TAILS = ("的重大要求", "的要求", "的标准", "的规律性认识", "的政策取向", "的重要要求", "的决定性意义",
                  "的责任感", "的谆谆教诲", "的基本要求", "重要要求", "基本要求", "总要求", "的辩证关系", "规律性认识",
                  "理念", "要求", "重大部署", "工作部署", "具体部署")  # 落实“五个针对”要求, “1571”工作部署
#: “中华民族一家亲”更加深入人心: an idea that takes root.
_TAKES_ROOT = re.compile(r"[更日益加进一步]{0,4}深入人心")
#: What may follow a head-closed name: punctuation or a function word, not more of a longer noun
#: (战略 | 平台, 行动 | 上, 改革 | 发展历程).
_AFTER_NAME = set("，。；：、！？”）)\n和与及等的是为在要中了也都将已并持续深入全面稳步取得实现0123456789")
#: Goals named by a field and what the place becomes in it (经济强省, 开放强省, 文化强国): a field word that makes other
#: heads generic (经济政策, 开放平台) names the goal here.
_FIELD_GOAL_HEADS = frozenset({"强省", "强市", "强区", "强县", "强国"})
_GENERIC_MODIFIERS = frozenset(
    "工作 长效 各项 相关 有关 这一 一系列 体制 管理 运行 保障 联动 协调 监督 考核 评价 服务 政策 改革 制度 "
    "根本政治 好 新 重要 重大 配套 各类 一批 现代 基本 激励 约束 常态化 问题 领域 任务 责任 组织 这项 该 "
    "增量 存量 惠企 经济 节点 宏观 其中".split()
)


@lru_cache(maxsize=8)
def _head_matchers(lexicon: Lexicon) -> TermMatcher:
    heads: dict[str, str] = {}
    for h in lexicon.get("strategy_heads"):
        heads.setdefault(h, "Strategy")
    for h in lexicon.get("policy_heads"):
        heads.setdefault(h, "Policy")
    return TermMatcher(heads)


#: Heads of documents' titles that a quote may open (“二线口岸”运行管理办法, 中印尼“两国双园”合作谅解备忘录,
#: “双碳”评价考核办法: 3 corpus names, all titles); 框架 is left out (“一本三基四梁八柱”战略框架 is a strategy's frame).
_QUOTED_DOCUMENT_HEADS = ("条例", "办法", "备忘录", "宣言", "促进法", "协定")


@lru_cache(maxsize=8)
def _quoted_heads(lexicon: Lexicon) -> TermMatcher:
    """The heads a quote's name may close with: a strategy's, a programme's or a document's."""
    return TermMatcher({**{h: "Document" for h in _QUOTED_DOCUMENT_HEADS}, **_head_matchers(lexicon).payload})


def _head_type(lexicon: Lexicon, name: str) -> str | None:
    """Type given by the head a name ends with (longest head wins)."""
    best = None
    for h, t in _head_matchers(lexicon).payload.items():
        if name.endswith(h) and (best is None or len(h) > len(best[0])):
            best = (h, t)
    return best[1] if best else None


def _contains_head(lexicon: Lexicon, name: str) -> str | None:
    for h, t in sorted(_head_matchers(lexicon).payload.items(), key=lambda x: -len(x[0])):
        if h in name and len(h) >= 2:
            return t
    return None


#: Adverbs that open a tally of what a programme did (新注册, 累计帮扶, 先后引进).
_TALLY_ADVERBS = frozenset({"新", "累计", "共", "已", "先后", "全年", "当年", "首次", "新增"})
#: Predicates of a clause whose subject or means a quoted name is (“机器管招投标”实现…全覆盖, …清单承接国家利好政策):
#: a name runs on past none of them to a later head.
_CLAUSE_PREDICATE = re.compile("实现|承接|带动|成为|达到|取得|获得")


def find_formulas(ctx: Context) -> list[Mention]:
    text, lex, out = ctx.text, ctx.lexicon, []
    start = ctx.doc.body_start
    taken: set[tuple[int, int]] = set()

    for m in _PLAN_PERIOD.finditer(text, start):
        if m["n"]:
            p = f"十{m['n']}五"
        elif not (m.group().startswith("“") or m["tail"]):
            continue
        else:
            p = m["p"]
        out.append(Mention("Strategy", m.group(), m.start(), m.end(), "formula:plan-period",
                           canonical=p, key=f"strategy|{p}", confidence=0.95))
        taken.add((m.start(), m.end()))

    heads = _head_matchers(lex)
    shifts = {p for t in _SHIFT.finditer(text, start) for p in (t.start("a"), t.start("b"))}
    shifts |= {p for t in _TURN.finditer(text, start) for p in (t.start("a"), t.start("b")) if p >= 0}
    shifts |= {p for t in _CONTRAST.finditer(text, start) if _contrasted(t["x"], t["y"]) for p in (t.start(), t.start("b"))}
    for m in _QUOTE.finditer(text, start):
        q = m["q"]
        if m.start() in shifts or q.endswith("号") or _STREAK.fullmatch(q) or _RANK_QUOTE.fullmatch(q) or q in heads.payload \
                or q.endswith("牌") and not q.endswith("品牌"):  # 打好新时代新“侨牌”: a card played, a figure
            continue  # 从“育分”向“育人”深化: the two ends of a change of course; “沧渊号”, “青薯9号”: craft and breeds
        if re.fullmatch(r"十[一二三四五六七八九]五", q):
            continue
        if _struck_at(text, m.start()):
            continue  # 严厉打击“盗抢骗”、“黄赌毒”、“环食药”: the crimes a crackdown strikes, no programme
        if _GOAL_AFTER_QUOTE.match(text, m.end()) and "、" in q and 4 <= len(q) <= 20:
            # 紧紧围绕“新跨越、进十强、争百强”目标: the goal a place set itself, its parts listed in the quote
            out.append(Mention("Strategy", q, m.start() + 1, m.end() - 1, "formula:quoted-goal", confidence=0.8))
            continue
        if len(q.strip("*")) < 2 or "，" in q or "。" in q or len(q) > 20 or _task_wording(ctx, q):
            continue  # 通过“大力推动金融改革创新”和“严厉打击…”, 坚持“做好日常提案工作”: a task as the text words it
        qs, qe = m.start(), m.end()
        rule = "formula:quoted"
        if (ev := _EVENT_AFTER_QUOTE.match(text, qe)) is not None \
                and (not re.match(rf"[{CJK}]", text[qs - 1:qs]) or text.endswith(_HOSTING, 0, qs)):
            # “鹭引五洲 才聚八闽”2025全球创新创业大赛, “海聚英才”全球创新创业赛会, “好运山东”系列赛事: the quote is the
            # brand of an event, whose name runs to its head (ANNOTATION.md rule 4), not a programme of its own; a name
            # that opens before the quote (中国西藏“环喜马拉雅”国际合作论坛) is the meeting rules' to read
            out.append(Mention("Meeting", text[qs:ev.end()], qs, ev.end(), "formula:quoted-event", confidence=0.8))
            continue
        # a head word right after the quote, perhaps after a short modifier: “四个一批”项目建设活动
        tail = text[qe:qe + 14]
        head_hit = None
        for hs, he, _h, t in _quoted_heads(lex).finditer(tail):
            gap = tail[:hs]
            if _h in _INSTRUMENTS:
                break  # “两新”超长期特别国债: the bonds fund the programme the quote names; they are not it
            if gap.startswith(("这一", "这个", "这些", "该")):
                head_hit = (qe, t)  # “…走在前、做示范”这一 | 战略定位: the words after point back at the quote, which
                break  # names it alone, of the head's type
            if _h == "政策" and gap and ctx.token_end(qe) == qe + len(gap) and word_tag(gap) == "v":
                break  # “鲁惠通”兑现 | 政策资金: the quote's platform pays out the policies, a verb and its object
            if _CLAUSE_PREDICATE.search(gap):
                break  # “机器管招投标”实现 | 工程建设领域全覆盖, “五重百项”任务清单承接 | 国家利好政策: the quote is the
                # subject or the means of a clause, whose predicate ends the name
            if head_hit is not None and has_verb(ctx, head_hit[0], qe + hs, ("v",)) \
                    and not _PROGRAMME_AFTER_VERB.fullmatch(text, head_hit[0], qe + he):
                break  # …“一证双线”新模式 | 获评国家级制度: a verb after the first head ends the name there
            if len(gap) <= 10 and re.fullmatch(rf"[{CJK}]*", gap) and not any(g in gap for g in "的和与及是等") \
                    and (len(gap) <= 6 or word_tag(text[qe:ctx.token_end(qe)]) != "v"):
                # “三创”盘活存量资源提升行动: a long modifier too, unless a clause's verb opens it (“共享智造”开辟…)
                head_hit = (qe + he, t)
                nxt = text[qe + he:qe + he + 1]
                if nxt and re.match(rf"[{CJK}]", nxt) and nxt not in _AFTER_NAME \
                        and (not _verb_follows(ctx, qe + he) or _PROGRAMME_AFTER_VERB.match(text, qe + he)):
                    continue  # “五型”国家物流枢纽 | 提升行动: the name runs on to a later head
                break
            break
        if head_hit is None and (qh := _quote_head_after(ctx, qe)) and not ctx.is_generic_modifier(qh["gap"] or "工作") \
                and not (qh["h"] in _PROGRAMME_NOUNS and not qh["gap"] and q.endswith(_PROGRAMME_HEADS_OF_QUOTE)):
            # “141”基层智治体系, “三屏两带六廊多点”生态安全格局, “无事不扰”白名单 (169 corpus hits, most names)
            head_hit = (qh.end(), _QUOTE_HEADS[qh["h"]])
        if head_hit is not None and (qh := _QUOTE_HEAD.match(text, head_hit[0])) and not qh["gap"] \
                and qh["h"] not in _PROGRAMME_NOUNS \
                and (qh.end() >= len(text) or text[qh.end()] in _AFTER_NAME or _verb_follows(ctx, qh.end())
                     or text.startswith(_STATE_ADVERBS, qh.end())):  # …国土空间规划体系 | 基本形成
            # “四级三类”国土空间规划 | 体系, “1+N”常态化帮扶政策 | 体系: the system the plans or policies make is the name
            # (a programme's projects, “十百千万”工程 | 项目, are not)
            head_hit = (qh.end(), _QUOTE_HEADS[qh["h"]])
        descriptor = next((d for d in _DESCRIPTORS if text.startswith(d, qe)), None)
        if descriptor and (head_hit is None or head_hit[0] <= qe + len(descriptor)):
            # “三个中心”建设: a goal built; “温暖工程”建设: a programme carried out, named by its own head
            head_hit = (qe + len(descriptor), "Policy" if q.endswith(tuple(lex.get("policy_heads"))) or q.endswith("项目")
                        else "Strategy")  # “十大基础设施项目”建设: a programme's projects built, a programme
        if head_hit:
            end, etype = head_hit
            if (named := lexicon_type_of(lex, text[qe:end])) and named[0] == "Strategy":
                etype = named[0]  # “1188”现代化产业体系: a numbered form of a name the lexicon types keeps its type
            s = qs
            left = strip_opening_verbs(ctx, ctx.left_edge(qs, max_len=12), qs, once=False)
            if text[left:qs] in ctx.lexicon.set("opening_verbs"):
                left = qs  # 拓展 | “三争”行动: a verb alone before the quote is no part of the name
            single = False  # a one-character verb was stripped
            while left < qs:  # 调整 | “算力券”政策, 参与 | “两重”建设: jieba's verbs open no name
                e = ctx.token_end(left)
                word = text[left:min(e, qs)] if e > left else text[left:qs]
                tag = word_tag(word)
                if tag not in ("v", "vd", "d", "ad", "p") and not (tag == "vn" and left + len(word) == qs):
                    break  # 服务企业“四通四到”机制 keeps its verbal noun; 调整“算力券”政策 does not
                if tag == "v" and len(word) == 2 and left + 2 < qs and ctx.token_end(left + 2) == qs \
                        and qs - left - 2 == 2 and word_tag(text[left + 2:qs]) in ("vn", "n") \
                        and text[left + 2:qs] not in ctx.lexicon.set("opening_verbs"):  # 扩容 | 升级: two verbs
                    break  # 放心消费“百千万”工程: a verb-tagged word that qualifies the noun before the quote
                left += len(word)
                single = len(word) == 1
            if single and ctx.token_end(left) == left + 1:
                left = qs  # 提|质扩面“无废城市”建设, 提|质升级“智汇云南”计划: the walk stopped inside a verb pair
                # jieba does not know (提质), one character after another
            modifier = text[left:qs]
            if 0 < len(modifier) <= 3 and text[left - 1:left] == "、" \
                    and (prev := re.search(r"(?<=[，。；：、\n])[^，。；：、\n]{1,3}$", text[max(0, left - 6):left - 1])) \
                    and (prev.group()[-1] == modifier[-1] or prev.group()[0] == modifier[0]):
                left, modifier = qs, ""  # 空港、陆港、海港、信息港 | “四港联动”机制, 医保、医疗、医药 | “三医”…: the last
                # of the short items the quote counts (sharing their last or first character)
            if 0 < len(modifier) <= 3 and text[left - 1:left] == "、" and _counts_the_items(text, left, q):
                left, modifier = qs, ""  # 生产、供销、信用 | “三位一体”改革, 数量、质量、生态 | “三位一体”…体系: the short
                # items are the ones the quote counts, as many as it says (the dev gold's 通算、…量算 | “四算合一”)
            if modifier.startswith(("这个", "这一", "这些", "该")):
                left, modifier = qs, ""  # 这个 | “两步走”战略: a demonstrative points at the name, no part of it
            if (v := _CONFERRING.search(modifier)) is not None:
                left, modifier = left + v.end(), modifier[v.end():]  # 兰州新区入围 | “科创中国”试点: who was named, and how
            if modifier.endswith(("好", "了")) or modifier.endswith(_CONCEPT_VERBS + ("参与",)):
                left, modifier = qs, ""  # 运用好 | “543”体系, 落实好 | “两新”政策: a verb and its particle open no name;
                # 忠实践行 | “三高四新”战略定位, 民营企业参与 | “两重”建设: a verb of keeping or joining ends no qualifier
            if text[left - 1:left].isdigit():
                left, modifier = qs, ""  # 6676家企业参与“万企兴万村”甘肃行动: a count's words are no name's
            if left < qs and modifier not in _GENERIC_MODIFIERS and modifier != "国家" and len(modifier) >= 2 \
                    and not re.search(r"[\d的]", modifier) and not _is_name(lex, modifier):
                s = left
            # “两中心两地”战略定位, “三个中心”建设: the quote is the name, the word after it says what it is
            canonical = q if descriptor and s == qs and end == qe + len(descriptor) else None
            if canonical and (named := lexicon_type_of(lex, canonical)) and named[0] != etype:
                if named[0] == "Policy" and descriptor == "建设" and named[1] == canonical:
                    etype = "Policy"  # “好房子”建设: the building of a programme the lexicon names is that programme
                    # (the dev gold's 好房子 = “好房子”项目, ANNOTATION.md: a name with and without its 建设)
                else:
                    canonical = None  # “两重”建设 (a strategy's construction) beside the lexicon's 两重 (a policy): two
                    # names, not one name of two types (ANNOTATION.md rule 9)
            if s == qs and end == qe:
                s, end = qs + 1, qe - 1  # the quote alone names it: its words, as a bare quote's
            out.append(Mention(etype, text[s:end], s, end, "formula:quoted-head", canonical=canonical,
                               confidence=0.9))
            continue
        if (joint := _JOINT_AFTER_QUOTE.match(text, qe)) is not None and not _STREAK.fullmatch(q) \
                and not _COUNTED_FORMULA.match(q) and not _NUMBERED_LAYOUT.match(q) \
                and text[qs - 1:qs] != "”" and text[qs - 2:qs] != "”、" \
                and (joint.end() >= len(text) or text[joint.end()] in _AFTER_NAME or _verb_follows(ctx, joint.end())
                     or word_tag(text[joint.end():ctx.token_end(joint.end())]) in ("v", "vd", "d", "ad")) \
                and not lexicon_type_of(lex, q):
            # “四链”融合, “三医”协同, “四创”联动: the parts the quote counts are joined; the joining is the name (the
            # dev gold's 四链融合), typed as the bare quote is; a counted formula or a layout (“五个中心”, “三城一区”)
            # names the goal itself, whose parts develop together
            etype = _bare_quote_type(ctx, q, text[joint.end():joint.end() + 8])
            out.append(Mention(etype, text[qs:qe], qs, qe, "formula:quoted-joint", canonical=text[qs:joint.end()],
                               confidence=0.8))  # the bare quote stays a form of the name
            continue
        if _ARTICLES.fullmatch(q):
            # 安商惠企“二十条”, 稳经济“30条”: a policy package named by its count of articles and what it is for
            left = strip_opening_verbs(ctx, ctx.left_edge(qs, max_len=8), qs, once=True)
            if text[left:qs] and not re.search(r"[\d的]", text[left:qs]) \
                    and not text[left:qs].endswith(tuple(lex.get("document_heads"))):  # 总体方案“80条”: a document's
                out.append(Mention("Policy", text[left:qe], left, qe, "formula:article-package", confidence=0.85))
            else:
                out.append(Mention("Policy", text[qs:qe], qs, qe, "formula:article-package", confidence=0.8))
            continue
        if qe < len(text) and re.match(rf"[{CJK}]", text[qe]) and text[qe] not in _AFTER_NAME \
                and not _verb_follows(ctx, qe) and not any(text.startswith(t, qe) for t in _CONCEPT_TAILS) \
                and not text.startswith(("任务", "工作", "行动"), qe) and not lexicon_type_of(lex, q) \
                and not _COUNTED_FORMULA.match(q):
            word = text[qe:ctx.token_end(qe)]
            if word in _PROGRAMME_NOUNS:
                # “两重”项目, “四个十大”项目: a programme's projects are named by its quote; a quote that names its
                # programme whole (“两通工程”项目, 新开工33个…: the projects are what is counted) is the name alone
                end = qe if q.endswith(_PROGRAMME_HEADS_OF_QUOTE) else qe + len(word)
                out.append(Mention("Policy", text[qs:end], qs, end, "formula:quoted-head", confidence=0.8))
                continue
            we = qe + len(word)
            suffixed = text[we:we + 1] in _NOUN_SUFFIXES and ctx.token_end(we) == we + 1
            acts = _acts(word) and not suffixed or text.startswith(tuple(_ACTION_PAIRS), qe) or word in _BRAND_VERBS \
                or _coded(q) and _does(ctx, qe, word) \
                or word in _TALLY_ADVERBS and word_tag(text[we:ctx.token_end(we)]) == "v"
            # “湘商回归”新注册企业1990家, “万企兴万村”累计帮扶…: an adverb of a tally, then its verb: the quote acts
            if not (acts or word in _ATTRIBUTE_NOUNS):  # “三公里”就业|圈: a noun's suffix
                continue  # “三保”支出, “内卷式”竞争: the quote modifies the noun after it (“四个中心”功能 names one)
            # “川渝通办”提质扩面, 加大“引金入黔”力度: the quote is what acts or what is weighed, a name alone
            rule = "formula:quoted-subject"
        if _closed_by_name_head(ctx, qe) and not lexicon_type_of(lex, q):
            continue  # “两山”实践创新基地13个: the quote is the modifier of a zone, a body or an industry
        known = lexicon_type_of(lex, q)
        if known and known[0] == "Place" and known[1] != q and len(q) <= 2:
            continue  # 实现“青山”与“金山”共映: a quoted word that is also a district's short form (青山区) is the word
        if known:
            out.append(Mention(known[0], text[qs:qe], qs, qe, "formula:quoted-lexicon", canonical=known[1],
                               confidence=0.9))
            continue
        if _GROWS_MORE.match(text, qe):
            continue  # “一老一小”更加安心舒心, “五大优势”更加凸显, “含绿量”“含金量”越来越足, 城市“烟火气”进一步提升: the
            # quote is a state that grows, a figure (names the lexicon knows were read above: “两个维护”更加笃定)
        if _SENTENCE_WORDS.search(q):
            continue  # 要真正“舍得把钱花在人身上”, 突出“就业这个民生之本和创业这个就业之源”: a sentence quoted, no name
        if _CONTENT_OF.fullmatch(q):
            continue  # 提升产业发展“含新量”, 新增用电“含绿量”, 转化为高质量发展“最大增量”: a measure of content, a figure
        if _PRODUCTS_AFTER.match(text, qe) or len(q) >= 4 and q.endswith(_RECORD_MEASURES):
            continue  # “手撕镍”“无氧铜”等353项技术和产品: products; 创造“甘肃速度”, 刷新“中国精度”: a record's figure
        if _HONOUR_LIST.fullmatch(q) and not _COUNTED_FORMULA.match(q):
            continue  # 入选“全国十大考古新发现”, 进入“中国隐形独角兽500强”, 入选…第六批“最佳实践案例”: a ranking or list
            # of honours a place's work entered, not a programme (“双高计划”, a programme entered, keeps its head)
        if _OUTCOME.fullmatch(q) or q.endswith("奖"):
            continue  # 起数、死亡人数实现“双下降”, 规模、增速、质量“三提升”: so many measures moved, an outcome; 获“中国
            # 工业大奖”, “文华奖”、“金鸡奖”等: an award won (“最佳实践奖”机制, a quote with a head, is read above)
        if text.startswith("的", qe) and not _FORMULA_KIND.match(text, qe + 1) and q[-1] not in _GOAL_STATES \
                and not _head_type(lex, q):
            continue  # “四面逢源”的区位优势, 代表“中国高度”的北斗导航系统, “有课本”的安全培训: the quote describes the
            # thing after 的; a formula is named by what it is (“六个必须”的基本要求, “马上就办”的工作精神) or states a
            # goal (“经济强”的基础, “管得好”的秩序), and a name keeps its head (“党群连心工程”的载体作用)
        if _PROBLEM_AFTER.match(text, qe) or _PREVENTED.search(text, max(0, qs - 24), qs) \
                or _STORM.search(text, max(0, qs - 40), qs) or _STORM_AFTER.match(text, qe) or _DATE_OR_SPAN.fullmatch(q) \
                or _PROBLEM_QUOTE.fullmatch(q) or q.endswith(("起来", "下去")):
            continue  # “登记难”问题, “围村”等问题, “先涨后补”等违规违法行为, “三拍”现象, 债务“爆雷”风险: a problem or
            # risk named, no programme; 台风“剑鱼”“麦德姆”: storms; “8·22”重大垮塌事故, “7×24小时”: a date, a span
        if word_tag(q) in _BORROWED_TAGS and not _DOCTRINE.fullmatch(q):
            continue  # “含金量”, “一盘棋”, “躺平”, “一刀切”, “万众一心”: a word of the language quoted as a figure, a
            # problem or a quality, whatever verb or series it stands in; programmes are coined (“智改数转”, “双拥”)
        slogan = "、" in q and not re.search(rf"[\d{_NUMERAL}]", q)  # “美好生活、广东制造”, not “一枢纽、四中心”
        inner = _contains_head(lex, q) if not q.endswith(("精神", "思想")) and not slogan else None
        if not slogan and q.count("—") < 2:  # “有钱消费、有意消费…”, “研发—样品—商品—产业”: a slogan, a path
            inner = inner or name_head_type(lex, q)  # “良渚论坛” a meeting, “康养+旅游” an industry
        if inner in ("Place", "Organization") and _COUNTED_FORMULA.match(q):
            inner = None  # “两个基地”, “两个枢纽”: a counted formula of roles, no site or body
        brand = inner in (None, "Industry", "Policy") and not _COUNTED_FORMULA.match(q) and (
            _BRAND_AFTER.match(text, qe) or text[max(0, qs - 2):qs] in _BRAND_VERBS)
        if brand:
            inner = "Concept"  # 打响“重庆制造”品牌, “有一种叫云南的生活”叫响全国: a brand's slogan (the dev gold's
            # Concept for every bare brand: 多彩贵州, “赤水河谷 中国酱香”, “浙里来消费”), not a sector or programme
        if q.endswith("日") and len(q) >= 3:
            inner = "Policy"
        if q.endswith("论") and not inner:
            inner = "Concept"  # “两点论”和“重点论”, “特殊论”: a doctrine or a way of thinking, not a programme
        before = text[max(0, qs - 6):qs]
        after = text[qe:qe + 8]
        clause_before = text[max(ctx.clause_start(qs), qs - 10):qs]
        if _EVENT_QUOTE.fullmatch(q):
            etype = "Meeting"  # 办好“湘超”“村BA”等群众体育赛事, “省三会”, “中华美食荟”: events (ANNOTATION.md rule 4)
        elif _NATURAL_LAYOUT.fullmatch(q):
            etype = "Place"  # “一湖两海”及察汗淖尔治理, 保护“一河三山”: so many lakes, rivers and hills named as one
        elif inner:
            etype = inner
        elif _MEASURES_AFTER.match(text, qe):
            etype = "Policy"  # 用好“粤车南下”等政策, “三医联动”等改革: the class the list is of says it is a measure
        elif any(after.startswith(t) for t in _CONCEPT_TAILS) or _TAKES_ROOT.match(after) or _in_both_ways(text, qs) \
                or _OF_AN_IDEA.match(after):
            etype = "Concept"  # …“绿色、共享、开放、廉洁”的办赛理念: what the quote is said to be decides
        elif any(before.endswith(v) for v in _STRATEGY_VERBS):
            etype = "Strategy"
        elif before.endswith(_CONCEPT_VERBS) or _BESTOWED.search(text, max(text.rfind("。", 0, qs), qs - 40), qs):
            etype = "Concept"  # 牢记“国之大者”; 赋予我们“四个走在前”、“4+1”: a saying or mission kept to
        elif before.endswith(_FIGURE_BEFORE) or re.match(r"[\d一二三四五六七八九十两]+[家个项所座批]", after) \
                or _FIGURE_CLAUSE.search(text, max(ctx.clause_start(qs), qs - 16), qs):
            continue  # 写好“后半篇文章”, 全球“灯塔工厂”3家: a figure of speech or a class counted, not a name
        elif _BECOMES.search(clause_before) and not q.endswith(_TITLES_WON):
            continue  # 成为现象级“顶流”, 成为市民游客“打卡点”, 成为内陆“空中出海口”: a figure the place became
        elif _ACHIEVES.search(clause_before) and (etype := _bare_quote_type(ctx, q, after)) == "Policy":
            etype = "Concept"  # 实现区内“通办”, 事故“零发生”, 实现“跨省通办”: a state achieved, stated as a slogan
        elif any(before.endswith(v) for v in _POLICY_VERBS) or after.startswith(("任务", "工作", "行动")):
            etype = "Concept" if _COUNTED_FORMULA.match(q) and not q.endswith(_PROGRAMME_ENDINGS) \
                and not after.startswith("工作") else "Policy"
            # 落实“四个不摘”, 落实“十二个奋力推进”重点任务: a counted formula carried out is a requirement (a concept);
            # “五个一工程”, “三个一批”, “十个一”工作 name programmes
        elif _common_word(ctx, q) and not _in_series(text, qs, qe) or q.endswith("文章") and q[0] not in _NUMERAL:
            continue  # 激活科技创新“一江春水”, “满堂红”, “护城河”: a word of the language used as a figure
        elif word_tag(q) == "v":
            etype = "Concept"  # “请进来”“走出去”: a verb quoted in a series is a slogan, not a programme
        else:
            etype = _bare_quote_type(ctx, q, after)
            if etype == "Policy" and _described(ctx, qs, qe, q):
                etype = "Concept"
            if etype == "Policy" and re.search("的(?!地)", q) and not re.search(rf"[\d{_NUMERAL}]", q) \
                    and not text.startswith("等", qe):
                continue  # “稳稳的幸福”, “群众的小事”, “会创造的人”: a phrase of the language, not a programme
        if etype == "Policy" and after.startswith("作用") and re.search("发挥[^，。；“”]{0,8}$", text[max(0, qs - 10):qs]):
            etype = "Concept"  # 发挥工业经济“压舱石”作用, 发挥“陪跑人”作用: the role a thing plays, a figure (the dev gold's
            # Concept for 陪跑人), no programme
        if etype == "Policy" and _BUILT_GOAL.search(before) and len(q) >= 4 \
                and (known := lexicon_type_of(lex, q[2:])) is not None and known[0] == "Place":
            etype = "Strategy"  # 加快打造“水运安徽”, 再造一个“海上海南”: a province's goal in the form of its slogans
            # (the dev gold's Strategy for 水运安徽, 电动贵州, 数字重庆)
        if re.fullmatch(r"[\d.+]+[%条]?", q) and etype == "Concept" and not _BESTOWED.search(text, max(text.rfind("。", 0, qs), qs - 40), qs):
            continue
        if etype == "Policy" and rule == "formula:quoted" and _COUNTED_PROGRAMME.fullmatch(q) \
                and (left := _defining_prefix(ctx, qs)) < qs:
            # 文明甘肃建设“六大工程”, 碳达峰“十大行动”, 各民族交往交流交融“三项计划”: a counted programme is named with
            # what it is for; the bare count is every province's (ANNOTATION.md: a quoted name and its words are one)
            out.append(Mention(etype, text[left:qe], left, qe, "formula:quoted-head", confidence=0.8))
            continue
        out.append(Mention(etype, text[qs:qe], qs, qe, rule, canonical=q, confidence=0.8))

    out.extend(_article_packages(ctx))
    out.extend(_place_slogans(ctx))
    out.extend(_strategies_sharing_a_head(ctx))
    out.extend(_place_chapters(ctx))
    out.extend(_paired_provinces(ctx))
    out.extend(_transfers_between_provinces(ctx))
    out.extend(_goal_cities(ctx))
    out.extend(_head_closed_names(ctx, taken))
    out.extend(_goal_phrases(ctx))
    out.extend(_qualified_goals(ctx))
    out.extend(_versioned_names(ctx))
    out.extend(_plus_models(ctx, out))
    out.extend(_quotes_sharing_a_head(ctx, out))
    return _short_forms_of_quoted_names(text, out)


#: A quote, then 和/与/及 and the quote of a head-closed name: the first quote shares its head.
_QUOTE_BEFORE_JOINED = re.compile(r"“(?P<q>[^“”]{1,12})”[和与及]$")


def _counts_the_items(text: str, left: int, q: str) -> bool:
    """The short items (three characters or fewer each, the first perhaps after its clause's verb) listed with 、 and
    ending with the one at ``left`` are as many as the count that opens the quote ``q`` (三位一体 after three items)."""
    count = re.match("[两二三四五六七八九十]", q)
    if count is None:
        return False
    start = max(text.rfind(c, max(0, left - 30), left) for c in "，。；：\n") + 1
    pieces = text[start:left - 1].split("、")
    n = 1
    for i, piece in enumerate(reversed(pieces)):
        first = i == len(pieces) - 1
        if not (1 <= len(piece) <= 3 or first and len(piece) <= 6):
            return False  # 最低工资标准、残疾人“两项补贴”: a longer item, no list the quote counts
        n += 1
    from kg.extract.meetings import cn_number

    return n >= 2 and cn_number(count.group()) == n


def _quotes_sharing_a_head(ctx: Context, found: list[Mention]) -> list[Mention]:
    """优化“按季抓、月跟踪”和“最佳实践奖”机制, 实施“宽带升级”和“信号升格”专项行动: the head closes both quoted names
    (ANNOTATION.md: shared heads; 3 corpus pairs, the third a lexicon pair already, “数据要素×”和“人工智能+”行动)."""
    text, out = ctx.text, []
    for f in found:
        if f.rule != "formula:quoted-head" or f.type != "Policy" or not f.text.startswith("“") or "”" not in f.text:
            continue
        head = f.text.rsplit("”", 1)[1]
        m = _QUOTE_BEFORE_JOINED.search(text, max(0, f.start - 16), f.start)
        if not head or m is None or m["q"].endswith(tuple(ctx.lexicon.get("policy_heads"))):
            continue  # “中华文明探源工程”和“考古中国”项目: a quote with its own head names itself
        out.append(Mention("Policy", text[m.start():m.start() + len(m["q"]) + 2], m.start(), m.start() + len(m["q"]) + 2,
                           "formula:quoted-shared-head", canonical=f"“{m['q']}”{head}", confidence=0.85))
    return out


#: A quoted model of joining a field with others (“绿氢+”, “信用+”, “冰雪+”): the dev gold's “体育+”, “保税+”.
_PLUS_MODEL = re.compile(rf"“(?P<q>[{CJK}A-Za-z]{{1,8}}\+)”")
#: After such a quote: the sector or track it opens (“绿氢+”产业发展, “光学+”新赛道, “保税+”等新业态).
_SECTOR_AFTER = re.compile("(?:等)?(?:新)?(?:产业|赛道|业态)")


def _plus_models(ctx: Context, found: list[Mention]) -> list[Mention]:
    """推动“绿氢+”产业发展, 抢占“光学+”新赛道: a quoted “X+” is a model of its own (Policy, which the gold's Industry|Policy
    accepts) wherever no longer name took it in (“人工智能+”行动, “农业保险+”改革 are named with their heads)."""
    out = []
    for m in _PLUS_MODEL.finditer(ctx.text, ctx.doc.body_start):
        if any(f.start <= m.start() and m.end() <= f.end for f in found):
            continue
        etype = "Industry" if _SECTOR_AFTER.match(ctx.text, m.end()) else "Policy"  # “绿氢+”产业, “光学+”新赛道
        out.append(Mention(etype, m.group(), m.start(), m.end(), "formula:quoted-plus", canonical=m["q"],
                           confidence=0.75))
    return out


def _short_forms_of_quoted_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """推进第五轮示范引领工程 after 接续实施“十百千万”示范引领工程: a head-closed name that is a quoted name's rest is
    that programme written short, one entity with it (2 corpus names: 示范引领工程, 明月湖模式); a list's category
    (“先用后转”等集成改革) is another programme of the kind."""
    quoted = {m.name.rsplit("”", 1)[1]: m for m in mentions
              if m.rule == "formula:quoted-head" and m.name.startswith("“") and "”" in m.name}
    out = []
    for m in mentions:
        rest = _ROUND.sub("", m.text)  # 第五轮 | 示范引领工程: the round is the programme's, not its name
        full = quoted.get(rest) if m.rule.endswith("-head") and not m.canonical and len(rest) >= 4 \
            and text[m.start - 1:m.start] != "等" else None
        out.append(replace(m, canonical=full.name) if full is not None and full.type == m.type else m)
    return out


_ROUND = re.compile(r"^(?:第[一二三四五六七八九十\d]+轮|新一轮)")


#: What a quoted formula is, after “…”的 (a requirement, an idea, a spirit, a goal, a layout); any other noun there
#: (区位优势, 安全培训, 心气, 成果, 北斗导航系统) is a thing the quote describes as a figure.
_FORMULA_KIND = re.compile(r"[^，。；：、“”（）\n]{0,10}?(?:要求|理念|精神|作风|导向|目标|定位|思路|总纲|标准|意识|思维|原则|"
                           r"思想|方针|方略|战略|路径|使命|任务|部署|模式|体系|格局|布局|骨架|机制|制度|简称|担当|责任感|"
                           r"重要论述|论断|取向|认识|意义|教诲)")
#: A quote said to be an idea, a requirement or a principle (“绿色、共享、开放、廉洁”的办赛理念): a concept, whatever
#: verb carries it out.
_OF_AN_IDEA = re.compile(r"的[^，。；、“”]{0,4}?(?:理念|要求|精神|原则|方针|思想)")
#: One-character states a quoted goal ends with (“经济强、百姓富、环境美、社会文明程度高”, “放得活、管得好”, “向新”).
_GOAL_STATES = frozenset("强富美高好优新")
#: Words before a quote that make it a figure of speech or a title held (“压舱石”, “牛鼻子”, “灯塔工厂”).
_FIGURE_BEFORE = ("的", "成为", "交出", "跑出", "首个", "当好", "争当", "作为", "是", "写好", "下好", "答好", "唱好", "念好", "当",
                  "争做", "担当", "发挥", "起到", "获评", "荣获", "誉为", "称为", "被誉为")
#: A clause that casts the speaker or the place in a role (当好国家粮食安全“压舱石”): the quote is a figure. A title
#: won (成为…“世界美食之都”) is a name.
#: Verbs that hold, face or enter a figure (守好祖国“北大门”, 直面“深水区”, 迈入“动车时代”, 寻求“最优解”,
#: 把…当作“心头大事”): what they govern is a role, a place of danger or an age, not a programme.
_FIGURE_CLAUSE = re.compile("当好|争当|争做|守好|直面|勇闯|迈入|寻求|当作")
_NUMERAL = "一二三四五六七八九十两百千万"
#: “40条”, “二十条”, “双20条”: a package of so many articles (措施).
_ARTICLES = re.compile(r"双?[\d一二三四五六七八九十百]+条")
#: “两个确立”, “四个意识”: a count of 个 opens a political formula (a concept).
_COUNTED_FORMULA = re.compile(rf"[{_NUMERAL}]+[个篇]")
#: “一区两体系”, “两中心两地”, “三中心一走廊”: a layout of numbered parts is a strategic goal.
_NUMBERED_LAYOUT = re.compile("[一二三四五六七八九十两][^一二三四五六七八九十两百千万]{1,4}、?[一二三四五六七八九十两]")


def _object_of_verb(ctx: Context, s: int, hs: int) -> bool:
    """The whole modifier is one verb (赢得 | 战略): the head is the verb's object."""
    return min(ctx.token_end(s), hs) == hs and ctx.text[s:hs] in ctx.leading_words


def _ends_with_lexicon_name(ctx: Context, s: int, he: int) -> bool:
    """A lexicon name of another type ends where the head does and starts after ``s`` and after a 和 or 与 that
    joins it to the words before (…精神和 | 治国理政新理念新思想新战略)."""
    from kg.extract.names import lexicon_matcher

    for ls, le, _t, _p in lexicon_matcher(ctx.lexicon).finditer(ctx.text, s + 1, he):
        if le == he and ctx.text[ls - 1:ls] in ("和", "与"):
            return True
    return False


def _struck_at(text: str, qs: int) -> bool:
    """The quote is in a series right after 打击 (严厉打击“盗抢骗”、“黄赌毒”)."""
    pos = qs
    while (prev := re.search(r"“[^“”\n]{1,12}”、?$", text[max(0, pos - 16):pos])) is not None:
        pos -= len(prev.group())
    return text.endswith("打击", 0, pos)


#: Verbs that confer a title or a place in a programme (…入围“科创中国”试点): what comes before them is who received it.
_CONFERRING = re.compile(".*(?:入围|入选|获批|获评|列入|纳入)")


#: Verbs of doing a task well that open its wording (做好…工作, 抓好…), and the adverbs of effort before a task's verb
#: (大力推动…, 严厉打击…); not 先 or 最 (“先诊疗后付费”, “最宠游客城市” are names).
_DOING_WELL = ("做好", "抓好", "办好", "管好", "用好")
_TASK_ADVERBS = frozenset({"大力", "严厉", "坚决", "积极", "全面", "切实", "深入", "持续", "加快", "着力", "努力"})


def _task_wording(ctx: Context, q: str) -> bool:
    """A quote of six characters or more that opens with a verb of doing well or with an adverb of effort and its verb
    (大力 | 推动, 严厉 | 打击) words a task, as a clause does; programmes are named, not worded (“高效办成一件事”)."""
    if len(q) < 6 or re.search(r"[\d、·+]", q):
        return False
    words = cut_words(ctx.lexicon, q)
    if words[0] in _DOING_WELL:
        return True
    if words[0][:2] in _TASK_ADVERBS and len(words[0]) > 2:
        return word_tag(words[0][2:]) == "v"  # 严厉打击 | 金融违法行为: one word of the dictionary
    return len(words) >= 3 and words[0] in _TASK_ADVERBS and word_tag(words[1]) == "v"


def _bare_quote_type(ctx: Context, q: str, after: str = "") -> str:
    """The type of a quoted name that no head, verb or tail types. The genre decides: a speech quotes
    formulas (“两个确立”: concepts); a government work report quotes its programmes and services by their
    slogans (“高效办成一件事”, “智改数转”, “全闽乐购”: policies)."""
    if q.endswith(("精神", "思想", "理念")):
        return "Concept"  # “蒙古马精神”、“三北精神”: a spirit, whatever the genre quotes for programmes
    if _COUNTED_FORMULA.match(q) and q.endswith(("中心", "定位", *ctx.lexicon.get("strategy_heads"))):
        return "Strategy"  # “四个中心”, “三个定位”: the roles a place is to play are strategic goals
    if (counted := _COUNTED_FORMULA.match(q)) and (lexicon_type_of(ctx.lexicon, q[counted.end():]) or ("",))[0] == "Place":
        return "Strategy"  # “七个岳阳”, “六个龙江”: the kinds of the place a city or province is to become, its vision
    if _COUNTED_FORMULA.match(q) or re.search("[、—]", q) or after.startswith("的"):
        return "Concept"  # “两个确立”; “人、货、场、链”; “万众一心”的精诚之气: formulas and qualities, not programmes
    if q.endswith("策") or re.fullmatch("一.一.", q):
        return "Policy"  # “一企一策”, “一县一品”, “一老一小”: one measure or focus per case, not a layout of parts
    if _NUMBERED_LAYOUT.match(q):
        return "Strategy"
    if (m := _COUNTED_CLASS.match(q)) and industry_head(ctx.lexicon, m["rest"]):
        return "Industry"  # “六大产业集群”, “四大产业”: a counted class of industries
    return "Policy" if _quotes_programmes(ctx) else "Concept"


#: After a quote (and the quotes of its series): the class of measures it is one of (“粤车南下”等政策).
_MEASURES_AFTER = re.compile(r"(?:、?“[^“”\n]{1,16}”)*等(?:政策|举措|措施|改革|机制|制度|行动|活动|工程|服务|模式|做法)")
#: A count of 大 before a class (“六大产业集群”, “三大转型”).
_COUNTED_CLASS = re.compile(rf"[{_NUMERAL}]+大(?P<rest>.+)")
#: Words of speeches and meeting releases: with no title to tell the genre, they say the text is not a report.
_SPOKEN = re.compile(r"同志们|(?:全会|会议)(?:指出|强调|认为|要求|提出|号召)")  # not 四中全会, a meeting named


def _closed_by_name_head(ctx: Context, qe: int) -> bool:
    """A name head (基地, 中心, 产业园 …) ends the noun right after a quote, with nothing but characters between."""
    tail = ctx.text[qe:qe + 8]
    if not tail or tail[0] in "等的和与及、，。；：！？）”":
        return False  # “全闽乐购”等促消费活动: a list's member, not a modifier
    run = re.match(rf"[{CJK}]+", tail)
    placed = ctx.lexicon.set("placed_heads")  # “一码游贵州”等智能旅游平台: 平台 alone names nothing
    return bool(run) and any(name_head_type(ctx.lexicon, run.group()[:k]) and not run.group()[:k].endswith(tuple(placed))
                             for k in range(3, len(run.group()) + 1))


#: “18连增”, “二十二连丰”: a streak is a figure, not a name (the indicator rules read its count).
_STREAK = re.compile(r"[\d一二三四五六七八九十两]+连[增丰冠升涨胜降优好稳A-Z]")
#: A rank or a rank aimed at, quoted (“后十位”, “退后十”, “保7争6”, “十个全国第一”): a position in a table, no name
#: (ANNOTATION.md rule 5).
_RANK_QUOTE = re.compile(r"(?:前|后)[\d一二三四五六七八九十]+[位名强]|退[前后][\d一二三四五六七八九十]+|保[\d一二三四五六七八九十]+争[\d一二三四五六七八九十]+|.*全国第一")
#: A degree adverb after a quote (and the quotes of its series): what it says of the quote is a state growing. An
#: idea takes root (“五个认同”更加深入人心: a Concept) and a brand grows louder (“好客山东”更加响亮): they stay.
_GROWS_MORE = re.compile(r"(?:、?“[^“”\n]{1,16}”)*(?:更加|越来越|日益|愈发|愈加|更为|进一步)(?!深入人心|响亮)")
#: “含新量”, “含绿量”, “最大增量”: how much of something a thing holds or gains.
_CONTENT_OF = re.compile("含.{1,2}量|最大增量")
#: After a quote (and the quotes of its series): a count of techniques or products it is one of.
_PRODUCTS_AFTER = re.compile(rf"(?:、?“[^“”\n]{{1,16}}”)*等[\d{_NUMERAL}]+[项个种款](?:技术|产品|装备)")
#: What a record is measured by (“中国速度”, “中国高度”, “甘肃速度”): a figure of the speed or height reached.
_RECORD_MEASURES = ("速度", "高度", "精度", "深度", "强度")
#: Words of a whole sentence, not of a name: a disposal (把钱花在…) or a demonstrative (就业这个民生之本).
_SENTENCE_WORDS = re.compile("把|这个|这一|那个")
#: “三下降”, “双缩减”, “四个全覆盖”, “六个明显下降”: the measures listed before it all moved one way (an outcome,
#: like a streak). 翻番 and 突破 are left out: “六个重大突破” is also a programme pursued (扎实推进…).
_OUTCOME = re.compile(r"[\d一二三四五六七八九十两双多]+个?(?:明显|显著)?(?:下降|缩减|减少|降低|增长|增加|提升|提高|全覆盖|高于)"
                      r"|(?:[一二三四五六七八九十两双][降减升增]){2,}")  # “一降三减”态势: one down, three fewer (not “双减”)
#: Events quoted by their short names (ANNOTATION.md rule 4: sports events, competitions and fairs): the village and
#: provincial leagues (“村超”, “湘超”, “宁青超”, “浙BA”), cups, contests, games (“省三会”), fairs (“中华美食荟”), salons.
_EVENT_QUOTE = re.compile(r"[^“”]{0,3}(?:超|BA)|[^“”]+(?:杯|大赛|联赛|比赛|三会|运动会|美食荟|沙龙)")
#: 既“放得活”又“管得好”: a requirement in two parts (a concept).
_BOTH_WAYS = re.compile(r"既“[^“”\n]{1,12}”又“[^“”\n]{1,12}”")


def _in_both_ways(text: str, qs: int) -> bool:
    """The quote at qs is one half of 既“…”又“…”."""
    return any(m.start() <= qs < m.end() for m in _BOTH_WAYS.finditer(text, max(0, qs - 18), qs + 32))


#: A verb of becoming before the quote in its clause (成为现象级“顶流”): what follows is a figure, unless it is a title
#: won (泉州成为我国第七个“世界美食之都”, 成为全国“算力+数据”建设双枢纽城市).
_BECOMES = re.compile(r"成为[^，。；：“”\n]{0,8}$")
_TITLES_WON = ("之都", "之城", "之乡", "名片", "城市", "示范", "标杆")
#: 实现 before the quote in its clause: what is achieved is a state (实现“跨省通办”, 实现区内“通办”).
_ACHIEVES = re.compile(r"实现(?:了)?[^，。；：“”\n]{0,8}$")
#: The endings of a counted programme (“五个一工程”, “三个一批”) as against a counted requirement (“四个不摘”).
_PROGRAMME_ENDINGS = ("工程", "行动", "计划", "项目", "一批", "工作")
#: An event's head after a quote and a few words of its own (no list word between): 2025全球创新创业大赛, 系列赛事.
_EVENT_AFTER_QUOTE = re.compile(rf"(?:(?![等和及与的])[{CJK}\d ]){{0,14}}?(?:大赛|赛会|联赛|系列赛事|运动会|论坛|博览会|峰会|"
                                rf"交易会|洽谈会|大会)(?![{CJK}])")
#: Words that host an event right before its name (举办, 办好, 开展好, 两届).
_HOSTING = ("举办", "召开", "承办", "举行", "主办", "办好", "开展好", "合办", "届")
#: A numbered layout of waters and hills only (“一湖两海”, “一河三山”, “五河两岸一湖一江”, “两山七河五湖”): a group of
#: places, as the gold's “两园一河” (a layout of development roles, “一圈两带”, stays a strategy).
_NATURAL_LAYOUT = re.compile("(?:[一二三四五六七八九十两多][湖海河江山岸]){2,}")
#: Storms named after 台风, one or a series (强台风“剑鱼”“麦德姆”).
_STORM = re.compile(r"台风(?:“[^“”\n]{1,8}”[、和]?)*$")
#: A date that names a disaster or an accident (“8·22”, “25·7”), a span of time or a distance (“7×24小时”, “15分钟”).
_DATE_OR_SPAN = re.compile(r"\d{1,2}·\d{1,2}|[\d×.+]*\d(?:小时|分钟|天|公里)")
#: The last word of a ranking or a list of honours (全国十大考古新发现, 中国科学十大进展, 2025全球十大工程成就,
#: 最佳实践案例, 中国隐形独角兽500强, 世界500强): 13 corpus quotes, none a programme.
_HONOUR_LIST = re.compile(r".*(?:新?发现|进展|工程成就|应用成果|实践案例|发展案例|典型案例|\d+强|百强)")
#: 从“卖房子”向“开发+服务+运营”转型, 由“治湖泊”向“治流域”转变, 从解决“一件事”向办好“一类事”深化 (a verb
#: may stand before each end).
_SHIFT = re.compile(r"[从由][^“”，。；]{0,4}?(?P<a>“[^“”\n]{1,24}”)向[^“”，。；]{0,2}?(?P<b>“[^“”\n]{1,24}”)")
#: “硬投资”与“软建设”, “颜值”与“价值”, “青山”与“金山”: two words of one length set against each other (hard and
#: soft, one 值 and another) are figures of a balance, not names (5 corpus pairs, all such; counted pairs such as
#: “两新”和“两重” are programmes).
_CONTRAST = re.compile(r"“(?P<x>[^“”\n\d一二三四五六七八九十两双]{2,3})”[与和](?P<b>“(?P<y>[^“”\n\d一二三四五六七八九十两双]{2,3})”)")


def _contrasted(x: str, y: str) -> bool:
    return len(x) == len(y) and (x[-1] == y[-1] or {x[0], y[0]} == {"硬", "软"})


#: 把“愿景图”变成“实景图”, 让“沉睡资产”转变为活力资本, 由“硬缺口”转为“紧平衡”: what a thing turns from and into
#: are figures of its state, not names (5 corpus quotes, all such).
_TURN = re.compile(r"(?P<a>“[^“”\n]{1,24}”)(?:变成|变为|转变为|转化为|转为)(?P<b>“[^“”\n]{1,24}”)?")
#: Words that open every one of a kind (各项生育支持政策; 落实好 | 各项…: the particle of the verb before).
_EVERY_OF_A_KIND = re.compile("好?(?:各级|各项|各类|各地)")
#: The batch a designation was conferred in, inside its name after the conferring level (国家首批…试验区).
_INNER_BATCH = re.compile(r"(?<=国家|领域)(?:首批|第[一二三四五六七八九十]+批)")
#: Verbs that give support, before the one given it (加大对…政策支持, 给予…政策支持, 加大…政策支持力度).
_SUPPORT_GIVEN = re.compile("(?:加大|给予|加强|强化|提供)(?:对)?(?:[^，。；：]{0,14})$")
#: Heads that close a name only after a quote (a bare 体系 or 格局 names nothing; “一件事”全链条整治 is a campaign,
#: 生活垃圾全链条治理 a task).
_QUOTE_HEADS = {"体系": "Policy", "项目": "Policy", "白名单": "Policy", "检查": "Policy", "格局": "Strategy",
                "布局": "Strategy", "水网": "Strategy", "整治": "Policy", "治理": "Policy", "蓝图": "Strategy",
                "作风": "Concept",  # “严真细实快”工作作风: a style of work the text asks for, a formula
                # the course a place sets itself (“六地四转、三区十园”发展方向, 数字经济“335”推进思路, “三年时间、三个阶段、
                # 三步走”具体目标)
                "发展方向": "Strategy", "发展思路": "Strategy", "推进思路": "Strategy", "总体思路": "Strategy",
                "工作思路": "Strategy", "具体目标": "Strategy"}
_QUOTE_HEAD = re.compile(rf"(?P<gap>(?:(?![等和与及的])[{CJK}]){{0,6}}?)(?P<h>{'|'.join(_QUOTE_HEADS)})")  # not past 等:
# 在“人工智能+”等新兴领域布局: the quote is a member of a list, the head is the list's


def _quote_head_after(ctx: Context, qe: int) -> re.Match | None:
    """The nearest head after a quote that ends a name (“141”基层治理 | 体系 runs on; “一件事”全链条整治 ends), with no
    verb in the words between (“几字弯”攻坚战完成治理, “一企一策”开展…治理: a clause, the quote is its adverbial)."""
    text, pos = ctx.text, qe
    while (qh := _QUOTE_HEAD.match(text, pos)) is not None:
        if has_verb(ctx, qe, qh.start("h"), ("v",)) and qh["h"] in ("整治", "治理"):
            return None
        if qh.end() >= len(text) or text[qh.end()] in _AFTER_NAME or _verb_follows(ctx, qh.end()):
            return _QUOTE_HEAD.fullmatch(text, qe, qh.end())
        pos = qh.start("h") + 1
        if pos - qe > 6:
            return None
    return None


#: Adverbs of how far a thing has come, opening the predicate after a name (…体系基本形成, …格局加快构建).
_STATE_ADVERBS = ("基本", "初步", "全面", "加快", "持续", "不断", "逐步", "进一步", "更加")
#: Fiscal instruments (policy_heads.txt): the money a programme uses, never named by the programme's quote.
_INSTRUMENTS = frozenset({"特别国债", "金融工具", "专项债券"})
#: Nouns after a quote that join it into the name of a programme's projects.
_PROGRAMME_NOUNS = frozenset({"项目"})
#: A quote ending so names a programme whole: the projects after it are counted, not named (“两通工程”项目).
_PROGRAMME_HEADS_OF_QUOTE = ("工程", "行动", "计划")
#: Nouns after a quote that say something of it (its strength, reach, lessons or brand): the quote stands alone.
_ATTRIBUTE_NOUNS = frozenset({"力度", "质效", "成效", "功能", "覆盖面", "范围", "水平", "能力", "效能", "经验", "成果",
                              "品牌", "服务", "事项", "组合拳"})


def _name_ends_before(ctx: Context, pos: int, head: str) -> bool:
    """A verb, an adverb or a record of results at ``pos`` (…试点扎实推进, …行动圆满收官, …改革经验): what came
    before is a whole name. After the loose heads 政策 and 改革 only a record does (促消费政策 | 集成 and
    经济体制改革 | 取得 describe more often than they name)."""
    word = ctx.text[pos:ctx.token_end(pos)]
    if word in _RECORD_NOUNS:
        return True
    if head in _LOOSE_HEADS:
        return False
    if _acts(word) or word_tag(word) in ("d", "ad") or ctx._ends_with_boundary(word):
        return True
    # …深化提升行动圆满收官, …工程全面完成: an adjective (or 全面, 基本) that modifies the verb after it
    after = pos + len(word)
    manner, verb_end = word, ctx.token_end(after)
    if len(word) >= 4 and word_tag(word) in (None, "l", "i"):
        manner, verb_end = word[:2], after  # 圆满收官, 全面完成: one token of the lexicons or an idiom
    verb = ctx.text[pos + len(manner):verb_end]
    predicate = word_tag(verb) in ("v", "vd", "vn") or ctx.text[verb_end:verb_end + 1] in ("，", "。", "；")
    return (word_tag(manner) in ("a", "ad") or manner in ("全面", "基本")) and predicate  # 圆满|收官|，


#: Words just before a head that say how many or which (…发展各项政策, 促内需一揽子政策, 中央一揽子政策): a set of
#: policies for a purpose, no one named.
_HOW_MANY = ("各项", "各类", "相关", "有关", "系列", "若干", "多项", "一批", "配套")
_LOOSE_HEADS = frozenset({"政策", "改革"})
#: The levels of government whose programmes a name opens with (国家和省山水工程, 国家级和省级林业碳汇试点, 中央存量政策):
#: the programmes are named by the rest, which may be generic (重大人才工程, 存量政策) and then names none. A
#: name the centre's own keeps it when the rest names something (中央一揽子政策, 中央八项规定精神学习教育).
_OWNERS = re.compile("中央|国家级?[和、]省级?")
#: The works 规划 is listed with when it is a verb (规划建设, 规划、建设、治理, 规划统筹): 11 corpus spans, none a plan.
_PLANNING_AND_BUILDING = re.compile("、?(?:建设|管理|治理|管护|统筹)")
#: A plan's neighbour in a list that is a plan too (…规划、海岸带及海洋空间规划、…规划).
_NEXT_PLAN = re.compile(rf"[、和及][{CJK}“”]{{1,12}}?规划")
_PREVIOUS_PLAN = re.compile(r"规划[、和及]$")


def _in_list_of_plans(text: str, s: int, he: int) -> bool:
    """A plan stands in a list of plans (发展规划、空间规划、专项规划; 国土空间规划、海岸带及海洋空间规划、水域滩涂养殖规划):
    the 4 corpus names so read are kinds of plans."""
    return _NEXT_PLAN.match(text, he) is not None or _PREVIOUS_PLAN.search(text[max(0, s - 3):s]) is not None


#: A programme's modifier that only says which field (民生领域 | 改革, 重点领域和关键环节 | 改革): 15 corpus
#: names, all a field's reforms with no name of their own (京津冀重点领域协同发展 is a strategy and stays).
_FIELD_ONLY = re.compile("领域(?:和?关键环节)?(?:改革)?$")
#: Heads of systems (32 corpus names with a two-character modifier, all kinds: 价格机制, 市场机制, 商业模式; none
#: of the 15 gold files has one).
_SYSTEM_HEADS = frozenset({"机制", "制度", "模式", "体制"})


def _kind_of_system(ctx: Context, modifier: str) -> bool:
    """True when a system's modifier is only words of its work, manner or domain (kg/lexicons/system_kinds.txt)
    and generic modifiers: 应急管理 | 机制 is every report's, 容量电价 | 机制 is one.

    >>> from kg.document import make_document
    >>> from kg.lexicon import load_lexicon
    >>> ctx = Context(make_document("。"), load_lexicon())
    >>> [_kind_of_system(ctx, m) for m in ("应急管理", "专项支持", "常态化帮扶", "容量电价", "山海协作", "")]
    [True, True, True, False, False, False]
    """
    words = ctx.lexicon.set("system_kinds") | ctx.generic_modifiers
    i = 0
    while i < len(modifier):
        k = next((k for k in range(min(4, len(modifier) - i), 0, -1) if modifier[i:i + k] in words), 0)
        if not k:
            return False
        i += k
    return bool(modifier)


#: Words that open a clause, never a programme's or a goal's name (6 corpus spans, all clauses).
_CLAUSE_OPENERS = ("要以", "要把", "让", "首次", "正处在", "正处于")


#: Nouns after a programme's name that record what came of it (改革经验, 改革评估, 行动名单).
_RECORD_NOUNS = frozenset({"评估", "名单", "经验", "成果", "成效", "案例", "典型", "典型案例", "典型经验", "优秀案例"})


#: One-character nouns that make a verb before them a modifier (就业|圈, 服务|站, 创业|园).
_NOUN_SUFFIXES = frozenset("圈区带链网园城港站队员者型式性化业点所")
#: Paired verbs of the genre that jieba does not know (“川渝通办”提质扩面).
_ACTION_PAIRS = frozenset({"提质扩面", "扩面提质", "提质增效", "提质升级", "提档升级", "走深走实", "落地见效", "扩容提质"})


#: A programme's head right after a verb that follows a named thing (…国家物流枢纽 | 提升 | 行动): the programme
#: improves the thing and is named by both.
_PROGRAMME_AFTER_VERB = re.compile(rf"[{CJK}]{{2}}(?:专项|攻坚|三年)?(?:行动|工程|计划)")


#: A counted programme in quotes (“六大工程”, “十大行动”, “三项计划”, “一张图”): a count and a programme's head.
_COUNTED_PROGRAMME = re.compile(rf"[{_NUMERAL}\d]+[大项个]?[{CJK}]{{0,4}}(?:工程|行动|计划|专项行动|攻坚)|一张图")


def _defining_prefix(ctx: Context, qs: int) -> int:
    """Where the words that say what a counted programme is for start, before its quote (实施 | 文明甘肃建设“六大工程”);
    ``qs`` when there are none, or they are a count, a list's tail or generic."""
    text = ctx.text
    s = clause_name_start(ctx, qs)
    prefix = text[s:qs]
    if not 2 <= len(prefix) <= 14 or re.search(r"[\d“”、，。；：（）]", prefix) or ctx.is_generic_modifier(prefix) \
            or text[s - 1:s] == "”" \
            or all(word_tag(w) in ("v", "vd", "d", "ad") for w in cut_words(ctx.lexicon, prefix)) \
            or prefix.endswith(("获", "实化", "升级")) or prefix.endswith(_verb_words(ctx.lexicon)):
        return qs  # 迭代升级“十项行动”, 优秀作品获“五个一工程”, 清单化推动“十项行动”: a verb before the quote
    return s


@lru_cache(maxsize=8)
def _verb_words(lexicon: Lexicon) -> tuple[str, ...]:
    """The clause verbs of two characters or more (boundary.txt, opening_verbs.txt): 推动, 荣获, 实施 …"""
    return tuple(w for w in lexicon.set("boundary") | lexicon.set("opening_verbs") | {"荣获", "获得"}
                 if len(w) >= 2 and w not in ("建设", "发展"))  # 文化建设“八项工程”, 高质量发展“十项行动”: what it is for


def _coded(q: str) -> bool:
    """A quote coined from counts (“一圈一带两区”, “多国多园”, “四链”) or from fields joined by + (“冰雪+”, “交通+旅游”):
    the genre's names of programmes and layouts."""
    return (re.search(rf"[{_NUMERAL}多双]", q) is not None or re.search(rf"[{CJK}]\+|\+[{CJK}]", q) is not None) \
        and not _ARTICLES.fullmatch(q)


def _does(ctx: Context, pos: int, word: str) -> bool:
    """What a coined quote does or how it works (“多国多园”合作, “四链”融合, “股贷债保担”高效联动): a verbal noun, or a
    manner word and a verb, after it."""
    if word in _WORKINGS:
        return True
    nxt = ctx.text[pos + len(word):ctx.token_end(pos + len(word))]
    return word_tag(word) in ("a", "ad", "d", "m") and nxt in _WORKINGS | {"联动", "推进"}


#: How programmes and layouts work together or grow (“四链”融合, “多国多园”合作, “三极一带一区”发展格局); a
#: quote before other verbal nouns names what they act on (“两癌”筛查, “新三样”出口, “三公”经费).
_WORKINGS = frozenset({"融合", "合作", "联动", "驱动", "协同", "发展", "建设"})


def _acts(word: str) -> bool:
    """A verb of jieba's dictionary (推动, 实现, 化解): the quote before it is a subject, not a modifier."""
    return word_tag(word) in ("v", "vd")


#: Verbs that prevent, solve or root out what the quote after them names (防止“非粮化”, 坚决杜绝“新官不理旧账”, 破除“特殊论”,
#: 着力解决“办证难”, 严防“过度诊疗”, 化解“一地多证”, 破解“三大结构两大难题”, 缩小“三大差距”):
#: a problem, not a programme (the lexicon's 纠治“四风” is read before this).
_PREVENTED = re.compile(rf"(?:防止|遏制|杜绝|整治|纠治|纠正|防范|避免|制止|破除|摒弃|克服|严防|解决|化解|消除|根治|破解|缩小)[{CJK}]{{0,8}}(?:“[^“”]{{1,12}}”[、和]?)*$")
#: Words of joining after a quote of parts (“四链”融合, “五业”联动, “政企社”协同, “新两翼”联动发展).
_JOINT_AFTER_QUOTE = re.compile("(?:联动|协同|融合|互动)(?:发展)?")
#: Storms named before their kind (“桦加沙”等15个台风).
_STORM_AFTER = re.compile(r"(?:[、和]“[^“”\n]{1,8}”)*(?:等[\d一二三四五六七八九十]+个)?(?:超强)?台风")
#: A quote that names a problem by its harm or its difficulty (治理“餐桌污染”, 解决“办证难”, 破解“带娃难”).
_PROBLEM_QUOTE = re.compile(r"[^\d一二三四五六七八九十两]{1,8}(?:污染|难)")
#: What follows a quote that names a problem, a practice to stop or a phenomenon (…等问题, …现象, …等违规违法行为).
_PROBLEM_AFTER = re.compile(r"(?:[、和]“[^”]{1,16}”)*(?:等[^，。；：、“”\n]{0,4}?)?(?:问题|现象|乱象|顽疾|行为|风险|隐患)")


#: jieba's tags of the words a quote borrows from the language (nouns, verbs, idioms, adverbs, adjectives, places);
#: coined abbreviations (j), numbered formulas (m), proper nouns (nz) and jieba's guesses at names (nr) are not among them.
#: A doctrine or way of thinking quoted by its name (“两点论”和“重点论”): a concept even when the dictionary knows it.
_DOCTRINE = re.compile(r"[\u4e00-\u9fff]{2,5}(?<!讨)论")
_BORROWED_TAGS = frozenset({"n", "vn", "v", "i", "d", "a", "ad", "an", "b", "s", "ns"})


def _common_word(ctx: Context, q: str) -> bool:
    """A quote that is one word of jieba's dictionary (an idiom or a common word), with no count in it:
    programmes are coined (“智改数转”), figures of speech are borrowed (“一江春水”, “定心丸”)."""
    return not re.search(rf"[\d{_NUMERAL}]", q) and tokenizer_for(ctx.lexicon).FREQ.get(q, 0) > 0


def _in_series(text: str, qs: int, qe: int) -> bool:
    """“立等可取”“一次不用跑”: a quote beside another quote is one of a series of named things."""
    return text[qe:qe + 1] == "“" or text[qe:qe + 2] == "、“" or text[qs - 1:qs] == "”" or text[qs - 2:qs] == "”、"


#: Words after a quoted name that say it is a strategy without being part of its name (“三个中心”建设).
_DESCRIPTORS = ("战略发展目标", "战略定位", "目标定位", "战略部署", "战略目标", "发展目标", "具体部署", "总体工作部署",
                "总体部署", "目标任务", "战略", "建设", "创建", "总体发展思路", "总体思路", "工作思路", "发展思路", "总思路")


#: 以“X”为重点, 以“X”和“Y”为支撑: the quotes of the frame name what a task focuses on.
_FOCUS_LEFT = re.compile(r"以(?:“[^“”]{1,24}”[和、与及])*$")
_FOCUS_RIGHT = re.compile(r"(?:[和、与及]“[^“”]{1,24}”)*为")


def _described(ctx: Context, qs: int, qe: int, q: str) -> bool:
    """A quote that describes rather than names: a focus (以“上市与发债”为重点), an outcome (实现“双缩减”),
    two things joined (“上市与发债”), or a long verb phrase (“重塑城市商业生态”)."""
    text = ctx.text
    if _FOCUS_LEFT.search(text, max(0, qs - 60), qs) and _FOCUS_RIGHT.match(text, qe) or text[qs - 2:qs] == "实现":
        return True
    return bool(re.search("[和与及或]", q)) or len(q) >= 6 and _verb_matcher(ctx.lexicon).regex.match(q) is not None


def _quotes_programmes(ctx: Context) -> bool:
    """A government work report, or an untitled excerpt that reads like one (no 同志们, no 全会/会议指出):
    its bare quotes are the programmes and services it runs. A report names meetings (四中全会) too: only
    what a release says of one (全会指出) counts."""
    genre = ctx.doc.meta.genre
    if genre is not None:
        return genre == "government work report"
    return _SPOKEN.search(ctx.text, ctx.doc.body_start) is None


def _is_name(lexicon: Lexicon, text: str) -> bool:
    """A modifier that is itself a body or place name (河南大学 | “双一流”建设) belongs to the body, not the name."""
    if lexicon_type_of(lexicon, text):
        return True
    return any(text.endswith(h) for h in (*lexicon.get("org_suffixes"), *lexicon.get("org_heads")))


def _verb_follows(ctx: Context, pos: int) -> bool:
    """A name may end where a verb starts (…试点获批, …高地建设); 发展 is left out: it continues nouns (改革发展)."""
    return _verb_matcher(ctx.lexicon).regex.match(ctx.text, pos) is not None or ctx.text[pos:pos + 1] == "“"


@lru_cache(maxsize=8)
def _verb_matcher(lexicon: Lexicon) -> TermMatcher:
    return TermMatcher([w for w in lexicon.get("boundary") if len(w) >= 2 and w != "发展"])


def _quoted_spans(text: str, start: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text, start)]


#: An edition after a title: （2026版）, （2025—2027年）, （试行）.
_VERSION = re.compile(r"（(?:\d{4}(?:[—\-－~～至]\d{4})?年?版?|试行|修订稿?)）")
#: Plans and programmes that a writing verb makes into texts: 编制…规划, 印发…方案.
_PLAN_HEADS = frozenset({"规划", "发展规划", "行动方案", "实施方案", "方案", "纲要", "规划纲要"})
_WRITING_VERBS = frozenset({"编制", "印发", "出台", "制定", "发布", "修订", "起草"})


#: What a text says of a programme right after its name: its work, its landing, its effect (做好…试点 | 工作, 推动…计划 |
#: 落地见效, 提高…政策 | 效能).
_SAID_OF_A_PROGRAMME = ("工作", "落地", "效能", "成效", "效果")


def _head_closed_names(ctx: Context, taken: set[tuple[int, int]]) -> list[Mention]:
    """Unquoted names closed by a strategy or policy head, back to the verb before them."""
    import bisect

    text, out = ctx.text, []
    generic = ctx.lexicon.set("generic")
    quotes = _quoted_spans(text, ctx.doc.body_start)
    q_starts = [q[0] for q in quotes]
    heads_all = _head_matchers(ctx.lexicon).payload
    for hs, he, head, etype in _head_matchers(ctx.lexicon).finditer(text, ctx.doc.body_start):
        if len(head) < 2 and head not in ("制",):
            continue
        subject_only = False
        if he < len(text) and text[he] not in _AFTER_NAME and not _verb_follows(ctx, he) \
                and not _VERSION.match(text, he) and not _name_ends_before(ctx, he, head) \
                and not (etype == "Policy" and text.startswith(_SAID_OF_A_PROGRAMME, he)) \
                and not (head.endswith(_ROLE_HEADS) and text[he:ctx.token_end(he)] in _ROLE_ATTRIBUTES):
            if head not in _LOOSE_HEADS or not _name_ends_before(ctx, he, "loose head as a subject"):
                continue
            subject_only = True  # 学前一年免费教育政策 | 惠及…: only where the sentence opens with the name
        if he < len(text) and not ctx.is_edge(he) and ctx.token_end(hs) > he \
                and word_tag(text[he:ctx.token_end(hs)]) in ("n", "ng", "nz", None):
            continue  # 稳疆固藏战略要地: the head opens a longer noun (战略|要地), the name goes on past it
        if (run := re.match(rf"[{CJK}]{{1,4}}?(?=[，。；、）\n和与及等的]|$)", text[he:he + 5])) is not None \
                and name_head_type(ctx.lexicon, "名" + run.group()) in ("Place", "Organization"):
            continue  # 能源资源战略 | 保障基地: a site's or a body's name goes on past the head
        if head.endswith("战略") and text.startswith(_STRATEGIC_NOUNS, he):
            continue  # 发挥重大项目战略 | 牵引作用, 以…为战略 | 牵引: 战略 qualifies the noun after it
        i = bisect.bisect_right(q_starts, hs) - 1
        if text[hs - 1:hs] == "”" or (i >= 0 and quotes[i][0] < hs < quotes[i][1]):
            continue  # inside or right after a quote: the quote rule reads it
        s = clause_name_start(ctx, hs, lists=etype == "Policy")
        if text[s:s + 1] in "把将" and ctx.token_end(s) == s + 1 and hs - s > 2:
            s += 1  # 坚持把 | 党史学习教育贯穿全年: the preposition of 把…贯穿 (a word alone) is no part of the name
        listed = (s2 := _list_item_start(text, s, hs, head)) != s
        s = s2
        if text[s:s + 1] == "以" and text[he:he + 1] == "为":
            s += 1  # 以 | 内陆开放型经济试验区为牵引: the preposition of 以…为 is no part of the name
        if text[s - 1:s] == "、" and hs - s <= 2 and head in ("协同发展", "一体化发展") \
                and re.search(r"[，。；：、\n][^，。；：、\n]{1,2}$", text[max(0, s - 5):s - 1]):
            continue  # 医保、医疗、医药协同发展: the last of a list's short items shares the head; no name of its own
        s = _past_serving_verb(ctx, s, hs)  # 服务 | 长三角一体化发展, 融入 | 京津冀协同发展
        if head.endswith("战略") and (served := _SERVING_RUN.match(text, s + (text[s:s + 1] in tuple("把将以对")), hs)) is not None \
                and ctx.is_generic_modifier(text[served.end():hs]):
            continue  # 服务和融入 | 国家重大战略, (把)服务保障 | 国家战略: a clause serving the country's strategies, none
            # named
        if subject_only and s > ctx.doc.body_start and text[s - 1] not in ("。", "；", "\n"):
            continue
        if text[s - 1:s].isdigit():
            continue  # 19条 | 标志性产业链立起…强省: a name never opens inside a count
        if head == "试点" and (c := _LEADING_COUNT.match(text, s, hs)) is not None:
            # 开展首批9个 | 城乡融合试点: a count of the programme's units; a verb after it makes a clause
            # (2个 | 园区纳入国家零碳园区试点), not a name
            if has_verb(ctx, c.end(), hs, ("v",)):
                continue
            s = c.end()
        if etype == "Strategy" and (f := _FIGURE_CLAUSE.search(text, s, hs)) is not None:
            s = f.end()  # 在…上当好 | 排头兵: the figure the clause plays, named only by what follows the verb
        if head.endswith(_ROLE_HEADS) and (f := _MADE_INTO.search(text[s:hs])) is not None:
            s += f.end()  # 把沿海打造成 | 全省发展新增长极, 赣州吉安联动建设 | 江西南部重要增长极: the role after the making
        if head.endswith(_ROLE_HEADS) and text.startswith("第", s):
            continue  # 第一增长极: a rank among a place's engines, no role named
        if re.match(r"第[一二三四五六七八九十\d]+个", text[s:hs]) or text.startswith(("以下", "上述", "如下", "下列"), s):
            continue  # 开启新征程的第一个五年规划, 提出了以下发展战略: which of a series, or those listed next, no name
        if text[s - 1:s] == "向" and text[s:s + 1] in "东南西北":
            s -= 1  # 向北开放重要桥头堡: the direction opens the goal's name, 向 is no preposition of the clause
        if etype == "Strategy" and (j := _JOINED_GOAL.search(text, s, hs)) is not None:
            if hs - j.end() < 2 and head.endswith(_ROLE_HEADS):
                continue  # 全国碳市场中心和碳 | 金融中心: the second goal's own words are too few to name it
            if hs - j.end() >= 2:
                s = j.end()  # 打造高水平创新型省份和 | 人才强省, 战略支点和 | 内陆开放综合枢纽: two goals, the head's is the last
        first_pair = None
        if etype == "Policy" and (pair := _PAIRED_PARTIES.match(text, s, hs)) is not None \
                and pair["a"][0] == pair["b"][0]:
            first_pair, s = pair.span("a"), pair.start("b")  # 府院、| 府检联动机制: two pairs of parties, each's mechanism
        if etype == "Policy" and (j := _PARALLEL_ITEMS.match(text, s, hs)) is not None:
            s = j.end()  # 科技特派员和 | 科技小院模式: two items opening with one word, the head is the last's
        if etype == "Policy" and (j := _JOINED_SYSTEM.search(text, s, hs)) is not None and hs - j.end() >= 2:
            s = j.end()  # 社会心理服务体系和 | 危机干预机制, 医保支付方式和 | 医疗服务价格改革: two systems, the head's is the last
        if etype == "Policy" and (owner := _OWNERS.match(text, s, hs)) is not None and hs - owner.end() >= 2:
            rest = text[owner.end():hs]
            if (owner.group() != "中央" or head == "政策") and (
                    rest in _GENERIC_MODIFIERS or ctx.is_generic_modifier(rest) or _kind_of_system(ctx, rest)):
                continue  # 中央 | 存量政策, 国家和省级 | 重大人才工程: the programmes of a kind a level runs, none named
            if owner.group() != "中央":
                s = owner.end()  # 国家和省 | 山水工程: whose programmes they are, no part of the name
        modifier = text[s:hs]
        name = text[s:he]
        if head == "政策" and text.startswith(("支持体系", "体系"), he):
            continue  # 优化升级未来产业政策 | 支持体系: the system of policies is the name, not a policy
        if _ARTICLES_AFTER.match(text, he):
            continue  # 落实省级开发区管理制度改革 | 30条政策措施: the package of articles is the name (_ARTICLE_PACKAGE)
        if text[he:he + 1] in ("派", "师", "员"):
            continue  # 执行者行动 | 派, 卓越工程 | 师: the head opens a word for people, no programme
        if (head in _COUNTED_WORKS or head == "计划") and _COUNT_AFTER.match(text, he):
            continue  # 实施清洁能源供暖工程22个, 建设完整社区试点19个: a name followed by a count of itself is a class of works
        if re.match("[一二三四五六七八九十两]+批", modifier) and has_verb(ctx, s, hs, ("v",)):
            continue  # 分两批 | 面向民间资本发布投资项目清单: batches of a clause's doing, no name
        if (about := modifier.rfind("关于")) >= 0:
            s += about + 2  # 党中央关于 | 新疆工作总目标, 审议省政府关于 | 计划: the name is what follows 关于, if any
            modifier, name = text[s:hs], text[s:he]
            if len(modifier) < 2:
                continue
        if "了" in modifier:
            continue  # 会议审查批准了 | 计划: a clause's finished verb, no name (no corpus name holds 了)
        if text[max(0, s - 2):s] in ("揭示", "阐明", "解析"):
            continue  # 完整揭示 | 单个植物体细胞发育成完整植株机制: a mechanism science revealed, no system of policy
        if text.startswith(_CLAUSE_OPENERS, s):
            continue  # 我们要以 | 强大国内市场为战略依托, 让 | 国家清洁能源产业高地焕发…, 首次 | 国家乡村振兴战略实绩考核:
            # a modal, a causative or a first time opens a clause the head is inside, no name
        if text.startswith("年度", s) and hs - s >= 4:
            s += 2  # 完成年度 | 育儿补贴发放: the year's round of a programme, not its name (年度计划 is a plan's kind)
            modifier, name = text[s:hs], text[s:he]
        if name.endswith(("政绩工程", "形象工程", "面子工程")) or text.startswith("反对", s):
            continue  # 坚决反对政绩工程、形象工程: works done for show, which the text condemns; no programme
        if head == "制度" and text.startswith(("保障", "优势"), he):
            continue  # …强省建设提供制度保障, 中国特色社会主义制度优势: the guarantee or strength a system gives, no system named
        if head == "制度" and text.startswith("创新", he):
            continue  # 自贸试验区制度创新指数, 示范区制度创新成果: a zone's institutional innovation, no system named
        if _EVERY_OF_A_KIND.match(text, s) or etype == "Policy" and "按" in modifier:
            continue  # 各项生育支持政策, 各级政府定期听取…工作机制: every one of a kind, or a clause of bodies; 委员会按新
            # 体制 | 运行: the manner of a clause, no name
        if text[s - 1:s] == "以" and re.search("促(?!进)", modifier) or modifier.endswith("促"):
            continue  # 以开放促改革, 以改革促发展: the means and the end of a clause (以…促…), no reform named; 积极稳妥
            # 促 | 改革: the verb "to promote" before the head
        if _object_of_verb(ctx, s, hs):
            continue  # 赢得 | 战略主动: a head right after a verb is its object, not a name
        if name.endswith("体制机制"):
            continue  # 投融资体制机制, 城乡融合发展体制机制: a field's systems and mechanisms, no one named (16 corpus
            # names, none named; the dev gold holds three, all optional)
        if len(modifier) <= 2 and (head in _SYSTEM_HEADS or head == "政策"):  # 引才政策, 涉企政策: a field's policies
            continue  # 价格机制, 治理模式, 收入制度: a two-character field and a system is a kind, not a named one
        if (head in _SYSTEM_HEADS or head in ("政策", "工作机制", "长效机制")) and _kind_of_system(ctx, modifier):
            continue  # 应急管理机制, 专项支持政策, 财政保障机制: the work a system does and how, no name of its own
        field_goal = head in _FIELD_GOAL_HEADS and len(modifier) == 2  # 经济强省, 开放强省: the field is the goal's name
        if len(modifier) < 2 or name in generic or not field_goal and (
                modifier in _GENERIC_MODIFIERS or modifier in heads_all or ctx.is_generic_modifier(modifier)) \
                or modifier.endswith("新") and head == "模式":
            continue  # 执法新模式, 消纳新模式: a new way of doing something, not a named one
        counted = re.search("[一二三四五六七八九十两]+[大个项类条]$", modifier)
        if re.search(r"[\d“”]", _MEASURED_NAME.sub("", modifier)) or modifier.endswith(("的", "和", "与")) \
                or counted and (counted.start() < 4 or re.search("[、等和及与]", text[max(text.rfind(c, 0, hs) for c in "，。；：\n"):hs])):
            continue  # 城乡安居三大工程: the last item of a counted list (the enumeration rule reads it); with
            # no list before it the count is the name's (双核联动联建七大专项行动, 科技兴赣六大行动)
        if any(modifier.startswith(g) for g in ("各项", "各类", "相关", "有关", "这些", "一系列", "多项", "系列", "群众性",
                                                "一手", "这个", "这一", "那个", "该")) or modifier.endswith(_HOW_MANY):
            continue  # 坚持一手抓改革: a saying's half, not a reform; 这个规划是…: a demonstrative points at a plan named before
        if head == "规划" and _PLANNING_AND_BUILDING.match(text, he):
            continue  # 城乡规划建设管理, 乡村规划、建设和管理, 抽水蓄能规划建设: 规划 is the verb "to plan" in a series of
            # works, no plan named
        if head.endswith("规划") and _in_list_of_plans(text, s, he) and not placed_name(ctx, s, he) \
                and "”" not in modifier:
            continue  # 统筹发展规划、空间规划、专项规划和区域规划: kinds of plans listed, none named
        if etype == "Policy" and _FIELD_ONLY.search(modifier):
            continue  # 民生领域改革, 重点领域和关键环节改革: the reforms of a field, none named
        if head in ("政策", "战略") and not listed and _opens_with_verb(ctx, s, hs):
            continue  # 充分用足 | 存量政策, 更加注重 | 强化战略: a clause, not a name
        if head == "政策" and text[:hs].endswith(("法规", "体制机制")):
            continue  # 促进民营经济发展法规政策, 国家级新区体制机制政策: the laws and policies of a field, none named
        if head == "政策" and text.startswith("支持", he) and _SUPPORT_GIVEN.search(text, max(0, s - 8), hs):
            continue  # 加大对岳阳、衡阳省域副中心城市发展政策支持, 给予内蒙古多重政策支持: support given to a place or
            # a kind of firm (政策支持, a noun), no policy named
        if head in _JOINT_HEADS and common_words(ctx, s, hs):
            continue  # 大中小企业协同发展, 贸易投资一体化发展, 省际交界地区协同发展: a goal for kinds of things; the named
            # ones join places (兰白一体化发展, 郑许协同发展, 京津冀重点领域协同发展) or quotes
        if head == "活动" and not _event_named(ctx, modifier):
            continue  # 促消费活动, 非法金融活动, 文体赛事活动: a kind of activity; 世界清洁日全球主场活动 is one
        if (b := _VERSION.match(text, he)) is not None:
            he, name = b.end(), text[s:b.end()]  # 优化营商环境行动方案（2026版）: an edition makes it a text's title
            etype = "Document"
        if head in _PLAN_HEADS and text[s:s + 1] == "好" and text[max(0, s - 2):s] in _WRITING_VERBS:
            s, name = s + 1, text[s + 1:he]  # 编制好 | 新一轮…发展规划
        verb_end = s - 1 if text[s - 1:s] == "好" else s
        if head in _PLAN_HEADS and text[max(0, verb_end - 2):verb_end] in _WRITING_VERBS:
            etype = "Document"  # 编制 | 两江新区国土空间分区规划: a plan written is a text
        elif head in _PLAN_HEADS and (w := _written_title_start(ctx, s)) is not None:
            s, name, etype = w, text[w:he], "Document"  # 制定 | 优化营商环境中长期规划: a title keeps its verbs
        if head.endswith("枢纽") and (placed_name(ctx, s, he) or text[s:hs].endswith(_WORKS_HUBS)):
            # 大连国家物流枢纽: one place's designated hub (ANNOTATION.md rule 2), not a goal; 多式联运枢纽, 大石峡水利
            # 枢纽: transport and water works (rule 1), not a strategic role (内陆开放综合枢纽, 资源配置枢纽)
            etype = "Policy"
            if text[s - 1:s] != "等" and (re.search("[与和]", text[s:hs]) or _KIND_OF_HUB.fullmatch(text, s, hs)):
                continue  # 交通枢纽辐射作用, 统筹建设…综合货运枢纽, 推动园区与重要物流枢纽…直连: a kind of hub or a
                # pair, none named (a list's category, …等多式联运枢纽, is the enumeration's)
        if text[s - 1:s] == "”" and (o := text.rfind("“", max(0, s - 22), s - 1)) >= 0 and "”" not in text[o:s - 1] \
                and text[o - 1:o] != "”" and head not in _INSTRUMENTS and not _PLAN_PERIOD.fullmatch(text, o, s):
            # “循迹再奋进”新时代文明实践提质培优工程: the quote opens the name it stands before; not a period
            # (“十五五”碳达峰行动方案) nor the last of a series of quotes (“园”“地”融合发展机制)
            if _CLAUSE_PREDICATE.search(text, s, hs):
                continue  # “五重百项”任务清单承接 | 国家利好政策: a clause's predicate after the quote, no name
            s, name = o, text[o:he]
        if name.startswith(("本轮", "本次", "此次", "这次")) and len(name) >= 6:
            s, name = s + 2, name[2:]  # 完成本轮 | 政府机构改革: this round of it, no part of its name
        if re.match(r"一(.)\1", name):
            continue  # 一张张民生清单, 一项项改革: one after another of a kind, a figure and no name
        if name.endswith("主体工程") and len(name) - 4 >= 3:
            he, name = he - 4, name[:-4]  # 完成双堠水库 | 主体工程: the project's main works, named by the project
            # (ANNOTATION.md rule 1: a project accepts Policy)
        if _ends_with_lexicon_name(ctx, s, he):
            continue  # 重要讲话精神和 | 治国理政新理念新思想新战略: the head closes a name the lexicon knows, begun after s
        if name.startswith("受") and len(name) >= 5 and word_tag(name[:2]) is None:
            s, name = s + 1, name[1:]  # 主要是受 | 减税降费政策和…影响: what a clause's outcome is owed to
        if (lead := re.match(r"(?:第[一二三四五六七八九十\d]+|首)批", name)) is not None and len(name) - lead.end() >= 4:
            s, name = s + lead.end(), name[lead.end():]  # 入列全国第一批 | 美丽城市先行区: the batch it was named in
        canonical = None
        if (batch := _INNER_BATCH.search(name)) is not None and batch.start() >= 2:
            canonical = name[:batch.start()] + name[batch.end():]  # 国家首批数据要素综合试验区: the batch it was named in
        if etype == "Policy" and head in _SYSTEM_HEADS and _SHARED_REFORM.match(text, he):
            canonical = name + "改革"  # 招商引资体制、园区运营模式改革: the list's items share the reform
        out.append(Mention(etype, name, s, he, f"formula:{etype.lower()}-head", canonical=canonical, confidence=0.7))
        if first_pair is not None:
            a, b = first_pair
            out.append(Mention(etype, text[a:b], a, b, "formula:shared-head", canonical=text[a:b] + text[s + 2:he],
                               confidence=0.7))
    return out


def _list_item_start(text: str, s: int, hs: int, head: str) -> int:
    """省会引领战略、治理强基战略, 全国试点、共同现代化试点: after a list's item closed by the same head, the next item
    is a name of its own from the 、 on; a verb that opens it (治理, 旅游促进) is its own word, as the first item's
    verbs are (15 corpus items cut short, 11 such; a join, 改革和 | 供销社改革, or a count, 8个整县推进, still cut)."""
    lo = max(0, hs - 200)  # a bounded look back: a mark absent from a long text made every call scan it all
    cs = max([lo - 1] + [text.rfind(c, lo, hs) for c in "，。；：、\n（）“”"]) + 1
    if cs >= s or text[cs - 1:cs] != "、" or not text.endswith(head[-2:], 0, cs - 1):
        return s
    if re.search(r"[的等\d]|新一轮|第.轮|(?:改革|机制|制度|体制|行动|工程|试点|计划|战略|政策|体系|模式)[和与及]", text[cs:hs]):
        return s  # …改革和 | 供销社改革: two names joined (区及街镇诉求协调办理机制 is one)
    return cs


#: Nouns that 战略 qualifies (战略牵引, 战略全局, 战略通道, 战略支点): a head before them ends no strategy's name.
_STRATEGIC_NOUNS = ("牵引", "全局", "通道", "支点", "腹地", "要地", "引领", "支撑", "博弈")
#: A hub named only by what it moves, perhaps 综合 or 重要 (交通枢纽, 综合货运枢纽, 重要物流枢纽): a kind of hub.
_KIND_OF_HUB = re.compile("(?:重要|综合)*(?:交通|物流|货运|综合交通|综合货运|航运|快递)")


#: The rest of a list of systems whose last item closes with 改革 (…体制、能源管理体制改革): the reform is each item's
#: (2 corpus lists, both such).
_SHARED_REFORM = re.compile(rf"、[{CJK}]{{2,12}}?改革(?=[，。；])")


#: What a hub of works moves (ANNOTATION.md rule 1: infrastructure; Policy is the type every hard case accepts).
_WORKS_HUBS = ("物流", "联运", "水利", "航运", "货运", "快递", "交通")
#: A count before a pilot programme's name: 首批9个, 10个 (the name follows it; before other heads a count
#: makes a class: 10个国家物流枢纽, 100个标志性工程).
_LEADING_COUNT = re.compile(r"[^，。；、]{0,4}?(?:首批|第[一二三四五六七八九十\d]+批)?\d+(?:个|项|家|所|座|批)(?:以上|左右)?"
                            r"(?=[\u4e00-\u9fff])")
#: Heads of works and pilots counted by the unit after them (供氧工程13个, 农村供水工程500处, 规模化技改试点15个左右).
_COUNTED_WORKS = frozenset({"工程", "试点"})
#: A goal of its own before 和/与 inside a strategy's span (…省份和, …支点和, …集拼地和, …体系与; not 通州区与北三县…
#: 示范区, one zone; not a district, 区 alone): the span joins two goals (“两山”实践创新基地和 | 美丽乡村先行区,
#: 国家级承接产业转移区和 | 产业发展新高地).
_JOINED_GOAL = re.compile("(?:省份|支点|[^基]地|窗口|节点|体系|强省|高地|枢纽|通道|中心|示范区|先行区|引领区|试验区|转移区|基地)[和与]")
#: What a strategic role does or holds, said right after its name (国际交往中心 | 功能进一步增强, 内陆开放综合枢纽 |
#: 服务效能, 国际金融中心 | 竞争力): the role's name ends before it.
_ROLE_HEADS = ("中心", "排头兵", "桥头堡", "策源地", "增长极", "战略支点", "动力源", "综合枢纽")
#: A verb of making inside a role's clause (把沿海打造成…, 联动建设…): the role is named after it. 建设 before 排头兵 is
#: the name's own (生态文明建设排头兵), so only a place's joint building (联动建设) cuts.
_MADE_INTO = re.compile(".*(?:打造成为?|建设成为?|联动建设)")
_ROLE_ATTRIBUTES = _ATTRIBUTE_NOUNS | {"能级", "地位", "作用", "影响力", "竞争力", "辐射力", "带动力", "策源"}
#: A system of its own before 和/与 inside a programme's span (…服务体系和, …支付方式和, …权责关系和): the span joins two
#: systems (10 corpus names, all such; 协同发展和治理机制 is one mechanism of a joint development).
_JOINED_SYSTEM = re.compile("(?:体系|方式|关系|制度|机制|体制|模式|政策)[和与]")
#: Two pairs of parties that share the first (府院、府检联动机制, 京港、京澳全方位合作机制, 皖苏、皖赣…补偿机制): one
#: mechanism each (3 corpus names, all such).
_PAIRED_PARTIES = re.compile(rf"(?P<a>[{CJK}]{{2}})、(?P<b>[{CJK}]{{2}})(?=[{CJK}]{{2}})")
#: Two items that open with the same two characters joined by 和 before a programme's head (科技特派员和科技小院模式):
#: two names, not one (the 1 corpus name so shaped).
_PARALLEL_ITEMS = re.compile(rf"(?P<w>[{CJK}]{{2}})[{CJK}]{{1,6}}和(?=(?P=w))")
_ARTICLES_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)条(?:政策|措施|举措)")
_COUNT_AFTER = re.compile(r"[\d.]+(?:余|多)?万?(?:个|处|座|所|名|人)")
#: Figures that are part of a name: 0.1微克攻坚行动, 240小时过境免签政策, 15分钟便民生活圈.
_MEASURED_NAME = re.compile(r"^\d+(?:\.\d+)?(?:小时|微克|分钟)")


_WRITTEN = re.compile(f"(?:{'|'.join(sorted(_WRITING_VERBS, key=len, reverse=True))})(?:实施)?")


def _written_title_start(ctx: Context, s: int) -> int | None:
    """Where a plan's title starts when a writing verb stands right before the verbs the walk left out
    (制定 | 优化营商环境中长期规划, 编制 | 加快打造向北开放新高地总体规划方案: 9 corpus titles, all such)."""
    text = ctx.text
    lo = max(ctx.doc.body_start, s - 10, max(text.rfind(c, max(0, s - 10), s) for c in "，。；、") + 1)
    last = None
    for m in _WRITTEN.finditer(text, lo, s):
        last = m
    if last is None or last.end() >= s or strip_opening_verbs(ctx, last.end(), s + 1, once=False) < s:
        return None
    return last.end()


#: Heads of a goal of joint development: a strategy's name only when places or a quote are joined.
_JOINT_HEADS = frozenset({"协同发展", "一体化发展", "融合发展", "联动发展", "协调发展"})
def _opens_with_verb(ctx: Context, s: int, hs: int) -> bool:
    """The name's first word is a verb of jieba's dictionary that the lexicons do not know as a name's start."""
    e = min(ctx.token_end(s), hs)
    return e > s + 1 and word_tag(ctx.text[s:e]) == "v" and ctx.text[s:e] not in _NAME_VERBS


#: Verbs that open programme names in this genre (推动…行动 is read elsewhere; 扶残助学圆梦工程, 护苗行动).
_NAME_VERBS = frozenset({"扶残", "护苗", "助学", "兴边", "富民", "强基", "惠民", "育才", "引才", "招商", "稳岗"})


def _event_named(ctx: Context, modifier: str) -> bool:
    """An activity is one named event when its modifier holds a place, a day or festival, or says it is the
    main or themed one, or a campaign of visits (世界清洁日全球主场活动, 首都义务植树活动, 服务企业大走访活动);
    122 corpus hits read, most without are kinds."""
    if re.search("[日节]|主场|主题|首届|年度|大(?:走访|排查|调研|比武|练兵|讨论|宣讲|招商)", modifier):
        return True
    from kg.extract.names import lexicon_type_of

    return any((lexicon_type_of(ctx.lexicon, modifier[i:j]) or ("",))[0] == "Place"
               for i in range(len(modifier)) for j in range(i + 2, min(len(modifier), i + 6) + 1))


#: An issued package of measures named by its purpose and its count of articles, unquoted:
#: 出台推动人工智能产业发展和赋能应用10条措施, 落实鼓励数据产业发展十条政策 (7 corpus packages, all such).
_ARTICLE_PACKAGE = re.compile(rf"(?:出台|落实|制定|印发|实施)(?:实施|落实)?(?P<n>[{CJK}、和与]{{2,24}}?"
                              r"(?:\d+|[一二三四五六七八九十百]+)条(?:政策措施|政策举措|政策|措施|举措))(?=[，。；、])")


_SERVING_VERBS = frozenset({"服务", "融入", "对接", "助力", "支撑"})


#: A run of serving verbs (服务和融入, 服务保障, 主动融入).
_SERVING_RUN = re.compile(rf"(?:(?:{'|'.join(_SERVING_VERBS)}|保障)[和与及]?)+")


def _past_serving_verb(ctx: Context, s: int, hs: int) -> int:
    """A verb right before a place that opens a regional strategy's name is the clause's (服务 | 长三角一体化发展)."""
    e = min(ctx.token_end(s), hs)
    if ctx.text[s:e] not in _SERVING_VERBS:
        return s
    known = lexicon_type_of(ctx.lexicon, ctx.text[e:min(ctx.token_end(e), hs)])
    if known is not None and known[0] == "Place":
        return e
    text = ctx.text
    if any(text.endswith(a, 0, s) for a in ctx.adverbs if len(a) >= 2) and hs - e >= 2 and text[e] not in "和与及":
        return e  # 积极服务 | 雅下水电工程建设, 主动服务 | 国家战略: an adverb says the verb is the clause's
    if text[s - 1:s] in ("和", "与") and e < hs \
            and any(text.endswith(v, 0, s - 1) for v in ctx.lexicon.set("clause_verbs") if len(v) >= 2):
        return e  # 更好落实和服务 | 新型举国体制: two verbs joined by 和, the second the clause's too
    return s


#: The same without a count: 制定算电协同长效措施, 实施进一步促进旅游消费政策措施, 出台支持高新技术企业发展
#: 专项措施 (the measures named by what they are for, at a clause's end).
_MEASURES_PACKAGE = re.compile(rf"(?:出台|落实|制定|实施|推出)了?(?:实施|落实)?好?(?P<n>(?P<m>[{CJK}]{{3,20}}?)"
                               r"(?:政策措施|政策举措|若干措施|系列措施|措施|举措))(?=[，。；])")
#: Modifiers that say how many or which measures, not what they are for (若干政策措施, 一批有实感的举措, 投资政策举措).
_UNNAMED_MEASURES = re.compile("^(?:了|若干|一系列|一批|新|更多|各项|相关|有关|针对性|系列|多项|有力|.{1,2}政策$)|[的等和及与]"
                               "|^(?:贯彻|落实|执行|推进)+$")  # 研究制定贯彻落实举措: measures of carrying out, none named


def _article_packages(ctx: Context) -> list[Mention]:
    """Packages of measures named by their purpose: with a count of articles, or without one when the purpose
    is a name's worth of words (制定算电协同长效措施; not 出台若干政策措施, 推出更多开放举措)."""
    text, start = ctx.text, ctx.doc.body_start
    out = [Mention("Policy", m["n"], m.start("n"), m.end("n"), "formula:article-package", confidence=0.85)
           for m in _ARTICLE_PACKAGE.finditer(text, start)]
    counted = {m.end for m in out}
    for m in _MEASURES_PACKAGE.finditer(text, start):
        if m.end("n") in counted or _UNNAMED_MEASURES.search(m["m"]) or ctx.is_generic_modifier(m["m"]):
            continue
        out.append(Mention("Policy", m["n"], m.start("n"), m.end("n"), "formula:measures-package", confidence=0.75))
    return out


#: What "a new" province is to be, ending right before 新 (幸福美好 | 新甘肃, 社会主义现代化 | 新西藏, 新时代 | 新福建).
_NEW_PLACE_QUALITY = re.compile("(?:幸福美好|富饶美丽幸福|社会主义现代化|中国式现代化|现代化|美丽|小康|新时代|幸福|秀美|美好|富强|"
                                "繁荣|宜居|开放)$")


def _new_province_goals(ctx: Context, places: list[str]) -> list[Mention]:
    """加快建设幸福美好新甘肃, 社会主义现代化新西藏建设, 中国式现代化新青海建设: the province's goal, "a new" province
    qualified by what it is to be (3 corpus reports; the silver gold's E Strategy); its building a form of it."""
    if not places:
        return []
    text, out = ctx.text, []
    rx = re.compile(rf"新(?:{'|'.join(map(re.escape, places))})(?:建设)?")
    for m in rx.finditer(text, ctx.doc.body_start):
        if text[m.start() + 1:m.start() + 2] == "疆" or m.start() < 3:
            continue  # 新疆 is a name of its own
        q = _NEW_PLACE_QUALITY.search(text, max(ctx.doc.body_start, m.start() - 10), m.start())
        if q is None:
            continue  # 闽籍侨胞在 | 新福建, 谱写新征程 | 新福建: no quality the place is to have
        s = max(q.start(), ctx.left_edge(m.start(), max_len=10))
        while s - 2 >= ctx.doc.body_start and word_tag(text[s - 2:s]) in ("a", "n") and ctx.is_edge(s - 2):
            s -= 2  # the qualities listed before the last (清凉绿色秀美幸福新陵川), not a verb (超越作为 | 新时代新福建)
        s = strip_opening_verbs(ctx, s, m.start(), once=False)
        while text[s:s + 1] in "为是把在的一" and m.start() - s > 2:
            s += 1  # 为 | 新时代新福建, 一个 | 现代化新广东: a preposition or a count before the goal
        if text[s:s + 1] == "个":
            s += 1
        if m.start() - s < 2 or not re.fullmatch(rf"[{CJK}]+", text[s:m.start()]):
            continue
        name = text[s:m.end()]
        canonical = name[:-2] if name.endswith("建设") else None
        out.append(Mention("Strategy", name, s, m.end(), "formula:new-province-goal", canonical=canonical,
                           confidence=0.8))
    return out


#: What a quoted goal is called right after the quote (“新跨越、进十强、争百强”目标, “县县优秀、项项优秀”目标).
_GOAL_AFTER_QUOTE = re.compile("(?:奋斗|发展|战略|总体?)?目标(?!任务|体系)")


def _place_slogans(ctx: Context) -> list[Mention]:
    """法治广东、平安广东建设; 绿美广东生态建设: an attribute word before the document's place (or 中国); a text whose
    place is not known (an excerpt) may name any province's (加快建设经济强省、美丽河北)."""
    places = [p for p in (ctx.place, "中国") if p] or ["中国"]
    if ctx.place is not None:  # 健康龙江, 数字龙江: the province by its other name (龙江 of 黑龙江)
        places += [a for a in ctx.lexicon.alias_map("place").get(ctx.place, ()) if len(a) >= 2
                   and not a.endswith(("省", "市", "自治区")) and a not in places]
    if ctx.place is None:
        places += sorted(province_names(ctx.lexicon), key=len, reverse=True)
    local = tuple(p for p in _named_local_places(ctx) if p not in places)  # 清廉萧山: a district the text names
    places += local
    prefixes = sorted(ctx.lexicon.get("slogan_prefixes"), key=len, reverse=True)
    if not prefixes:
        return []
    rx = re.compile(rf"(?:{'|'.join(map(re.escape, prefixes))})(?:{'|'.join(map(re.escape, places))})"
                    rf"(?:[{CJK}]{{0,2}}建设)?")
    out = _new_province_goals(ctx, [p for p in places if p != "中国"])
    for m in rx.finditer(ctx.text, ctx.doc.body_start):
        if not ctx.is_edge(m.start()):
            continue
        slogan = m.group()
        if slogan.endswith(local) and not ctx.is_edge(m.end()):
            continue  # 美丽滨江 | 线: a district's short name inside a longer word
        # 健康湖北建设, 平安河北建设: the building of the goal is said of it; the goal (健康湖北) is the name, and the
        # building a form of it (gold files hold both, one entity)
        canonical = slogan[:-2] if slogan.endswith("建设") and slogan[:-2].endswith(tuple(places)) else None
        out.append(Mention("Strategy", slogan, m.start(), m.end(), "formula:place-slogan", canonical=canonical,
                           confidence=0.75))
    return out + _coined_place_slogans(ctx, places, local)


#: The verbs a place's goal is built with (打造才聚宁夏, 加快建设创新浙江), and what may follow the goal: its building, a
#: clause's end, the next goal of a list, or what it achieves (建设美好安徽取得新的更大进展).
_SLOGAN_VERB = re.compile("(?:建设|打造|建成|谱写|迈向)$")
_SLOGAN_END = re.compile("[，。；、,;）)”]|建设|取得|品牌")
_COINED_TAGS = ("n", "a", "nz", "an", "vn", "nr")


def _coined_place_slogans(ctx: Context, places: list[str], local: tuple[str, ...]) -> list[Mention]:
    """打造才聚宁夏、智汇宁夏, 建设美好安徽, 文明甘肃建设, 打造智造洛江: a goal coined of any word and the place, where
    the slogan words of the lexicon do not reach. It is built (after 建设 or 打造) or its building is named (…建设),
    and a word follows it, never more of a name (建成开放 | 上海大歌剧院, 具有海南特色 are no goals). Without the
    verb the word before the place must be a noun or an adjective that starts a word (所有为青海建设 is none)."""
    named = [p for p in places if p != "中国"]
    if not named:
        return []
    text, out = ctx.text, []
    rx = re.compile("|".join(map(re.escape, sorted(named, key=len, reverse=True))))
    for m in rx.finditer(text, ctx.doc.body_start + 2):
        place, e = m.group(), m.end()
        if not _SLOGAN_END.match(text, e) or place in local and not ctx.is_edge(e):
            continue
        for s in (m.start() - 2, m.start() - 3):  # 美好安徽, 创新型河北
            word = text[s:m.start()]
            if not re.fullmatch(rf"[{CJK}]+", word) or "的" in word or not ctx.is_edge(s):
                continue
            listed = text[s - 1:s] == "、" and any(o.end == s - 1 and o.text.endswith(place) for o in out)
            if _SLOGAN_VERB.search(text, max(0, s - 2), s) is None and not listed and (
                    not text.startswith("建设", e) or word_tag(word) not in _COINED_TAGS):
                continue
            break
        else:
            continue
        for lead in ("社会主义", "中国式"):  # 社会主义现代化江西建设: the modernisation's kind is of the name
            if text.startswith(lead, s - len(lead)):
                s -= len(lead)
        end = e + 2 if text.startswith("建设", e) else e  # 文明甘肃建设: the goal's building is a form of it
        out.append(Mention("Strategy", text[s:end], s, end, "formula:coined-place-slogan", canonical=text[s:e],
                           confidence=0.7))
    return out


#: Strategies implemented together, listed before the head they share (深入实施科教兴省、人才强省、创新驱动发展战略;
#: 科教兴省、开放带动、县域突破和人才兴业战略).
_SHARED_STRATEGY = re.compile(rf"(?:实施|坚持|推进)(?P<items>[{CJK}]{{2,8}}(?:、[{CJK}]{{2,8}})+(?:和[{CJK}]{{2,8}})?)战略")


def _strategies_sharing_a_head(ctx: Context) -> list[Mention]:
    """Each item of a list closed by 战略 is a strategy (ANNOTATION.md: shared heads), when three items or more are
    listed or one of them is a strategy the lexicon knows; the last is read with the head by the head rule."""
    from kg.extract.names import lexicon_type_of

    text, out = ctx.text, []
    for m in _SHARED_STRATEGY.finditer(text, ctx.doc.body_start):
        items, pos = [], m.start("items")
        for part in re.split("[、和]", m["items"]):
            items.append((pos, pos + len(part), part))
            pos += len(part) + 1
        known = any((lexicon_type_of(ctx.lexicon, p) or ("",))[0] == "Strategy" for _s, _e, p in items)
        if len(items) < 3 and not known or any("的" in p or p.endswith("战略") or ctx.is_generic_modifier(p)
                                                for _s, _e, p in items):
            continue  # 科教兴省战略、省会引领战略、治理强基战略: each named whole, no head shared
        for s, e, part in items[:-1]:
            out.append(Mention("Strategy", part, s, e, "formula:shared-strategy-head", canonical=part + "战略",
                               confidence=0.75))
    return out


def _named_local_places(ctx: Context) -> list[str]:
    """The short names of the cities, districts and counties the text names with their level (萧山 of 萧山区, 旺苍 of
    旺苍县), longest first: a slogan may be made of any of them (滨江 of 美丽滨江线 is no district the text names)."""
    divisions = _divisions(ctx.lexicon)
    found = set()
    for m in re.finditer("[市区县]", ctx.text):
        e = m.end()
        name = next((ctx.text[e - k:e] for k in (5, 4, 3) if ctx.text[e - k:e] in divisions), None)
        if name is not None:
            found.add(name[:-1])
    return sorted(found, key=len, reverse=True)


@lru_cache(maxsize=8)
def _divisions(lexicon) -> frozenset[str]:
    return frozenset(n for n in lexicon.set("gazetteer") | lexicon.set("place") if n.endswith(("市", "区", "县")))


_GOAL_CITY = re.compile(rf"(?:加快建设|建设|打造|建成|迈向|奋力建设)(?P<x>[{CJK}]{{2,12}}?(?:城市|之都))(?=[，。；、和与及]|建设)")


#: 深入推进国际消费中心城市建设, 推进智能网联新能源汽车之都建设: the goal named before the building of it.
_GOAL_CITY_BUILT = re.compile(rf"(?:推进|推动)(?P<x>[{CJK}]{{2,12}}?(?:城市|之都))(?=建设)")


_CAPITAL_BUILT = re.compile("(?P<h>之都)(?=建设)")


def _goal_cities(ctx: Context) -> list[Mention]:
    """建设全球数字经济标杆城市, 打造现代海洋城市, 建设种业之都: the city a text means to build is a strategic goal.
    A class held by many places (…试点城市, 文明城市) and a count (千座公园城市) are not."""
    out = []
    matches = [*_GOAL_CITY.finditer(ctx.text, ctx.doc.body_start), *_GOAL_CITY_BUILT.finditer(ctx.text, ctx.doc.body_start)]
    spans = [(m.start("x"), m.end("x")) for m in matches]
    for m in _CAPITAL_BUILT.finditer(ctx.text, ctx.doc.body_start):
        # 深化农业中关村和种业之都建设, 深化演艺之都建设: a capital of something is the goal whatever verb builds it
        s = strip_opening_verbs(ctx, ctx.left_edge(m.start("h"), max_len=8), m.start("h"), once=False)
        cut = max(ctx.text.rfind(c, s, m.start("h")) for c in "和与及、") + 1
        spans.append((max(s, cut), m.end("h")))
    for s, e in dict.fromkeys(spans):
        x = ctx.text[s:e]
        if re.search(rf"[\d{_NUMERAL}]|试点|示范|文明城市|节点|副中心|重点城市|型城市", x) or not ctx.is_edge(s) \
                or lexicon_type_of(ctx.lexicon, x) or ctx.is_generic_modifier(x[:-2]):
            continue
        out.append(Mention("Strategy", x, s, e, "formula:goal-city", confidence=0.75))
    return out


_CHAPTER = re.compile(rf"中国式现代化(?:建设)?(?P<p>[{CJK}]{{2,4}}?)新?(?:实践|篇章)")


#: One-character names that pair with a province's in a cooperation's name (京蒙协作, 粤港澳合作, 闽宁协作).
_PAIRED = "京宁港澳台"
_PAIR_WORKS = {"协作": "Policy", "合作": "Policy", "融合": "Strategy"}


@lru_cache(maxsize=8)
def _pair_pattern(lexicon: Lexicon) -> re.Pattern:
    first = "".join(lexicon.get("region_prefixes")) + "京宁"
    return re.compile(rf"(?P<n>[{first}][{first}{_PAIRED}]{{1,2}}(?:东西部)?(?P<w>{'|'.join(_PAIR_WORKS)}))")


def _paired_provinces(ctx: Context) -> list[Mention]:
    """闽宁协作, 粤黔东西部协作, 京蒙协作, 闽台融合: provinces named by their one-character names and paired in a
    cooperation are one programme (east–west pairing, cross-strait integration), in whatever report names it.
    A head after it names something longer (京津合作示范区, 闽宁协作联席会): that name's rules read it."""
    out = []
    for m in _pair_pattern(ctx.lexicon).finditer(ctx.text, ctx.doc.body_start):
        s, e = m.span("n")
        if not ctx.is_edge(s) or _closed_by_name_head(ctx, e) or _head_type(ctx.lexicon, ctx.text[s:e + 4]) \
                or any(ctx.text.startswith(h, e) for h in _head_matchers(ctx.lexicon).payload):
            continue
        out.append(Mention(_PAIR_WORKS[m["w"]], m["n"], s, e, "formula:paired-provinces", confidence=0.8))
    return out


#: One-character names of the provinces that send power or computing to others, beyond region_prefixes.txt's.
_SENDERS = "京宁疆陇云贵蜀秦"


@lru_cache(maxsize=8)
def _transfer_pattern(lexicon: Lexicon) -> re.Pattern:
    names = "".join(lexicon.get("region_prefixes")) + _SENDERS
    return re.compile(rf"[{names}](?:绿电|电|算|煤|气)入[{names}]")


def _transfers_between_provinces(ctx: Context) -> list[Mention]:
    """疆电入湘, 陕电入皖, 甘电入浙, 疆算入渝: power or computing sent from one province to another is one national
    programme (a transmission line, a computing corridor), named by the two provinces' one-character names in 10
    of the 29 reports. A head after it names the works (陇电入鲁工程) and a quote the programme (“宁电入湘”工程):
    those rules read them."""
    text, out = ctx.text, []
    for m in _transfer_pattern(ctx.lexicon).finditer(text, ctx.doc.body_start):
        s, e = m.span()
        if text[s - 1:s] == "“" or not ctx.is_edge(s) or _closed_by_name_head(ctx, e) \
                or any(text.startswith(h, e) for h in _head_matchers(ctx.lexicon).payload):
            continue
        out.append(Mention("Policy", m.group(), s, e, "formula:province-transfer", confidence=0.8))
    return out


def _place_chapters(ctx: Context) -> list[Mention]:
    """中国式现代化云南实践, 中国式现代化辽宁篇章: a province's part in the national goal (in 23 of the 29
    reports). The word between must be a place (中国式现代化新篇章 names none)."""
    out = []
    for m in _CHAPTER.finditer(ctx.text, ctx.doc.body_start):
        known = lexicon_type_of(ctx.lexicon, m["p"])
        if known and known[0] == "Place":
            out.append(Mention("Strategy", m.group(), m.start(), m.end(), "formula:place-chapter", confidence=0.85))
    return out


_GOAL = re.compile(rf"(?:锚定|紧扣|围绕)(?P<x>[{CJK}、]{{4,30}}?)的总(?:目标|任务)")
_FORMULA_LIST = re.compile(
    rf"(?P<x>[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}}){{2,5}})的(?:责任担当|政策取向|重要要求|总体要求|工作标准|标准|要求)")


#: A goal of the province's own standing (打造具有国际竞争力的先进制造业基地, 建设全国重要的新能源装备制造基地, 建设
#: 世界级菱镁产业基地): a verb of aiming, the standing aimed at, and a place's role (基地, 高地, 中心, 枢纽 …).
_QUALIFIED_GOAL = re.compile(
    rf"(?:打造|建设|建成为|成为|争创|构建|培育)(?P<g>(?:具有(?:全球|国际|全国|世界|区域)?[{CJK}]{{0,4}}"
    rf"(?:影响力|竞争力|聚合力|吸引力|辐射力|引领力|带动力|创新力)的|(?:全国|全球|国内|国际|世界|区域)(?:重要|领先|一流|知名|"
    rf"有影响力|性)的|世界级|国际一流的)(?P<n>[{CJK}]{{2,14}}?(?:基地|高地|中心|枢纽|集聚区|先行区|增长极|策源地|目的地)))"
    rf"(?![{CJK}]{{0,1}}(?:基地|高地|中心|枢纽|区))")


def _qualified_goals(ctx: Context) -> list[Mention]:
    """The dev gold's 具有国际竞争力的先进制造业基地 (alias 先进制造业基地), 具有世界聚合力的双向开放枢纽: a goal named with the
    standing it aims at; the role alone is its short form (the rules read it where it stands bare)."""
    text, out = ctx.text, []
    for m in _QUALIFIED_GOAL.finditer(text, ctx.doc.body_start):
        e = m.end("g")
        if not (e >= len(text) or text[e] in "，。；、和\n" or word_tag(text[e:ctx.token_end(e)]) in ("v", "vd", "d")
                or text.startswith(("成势", "取得", "迈出"), e)):
            continue  # …策源地建设: the goal's name runs on; 打造具有…的产业科技创新中心 | 成势见效: the goal and its progress
        out.append(Mention("Strategy", m["g"], m.start("g"), m.end("g"), "formula:qualified-goal", confidence=0.85))
        out.append(Mention("Strategy", m["n"], m.start("n"), m.end("n"), "formula:qualified-goal", canonical=m["g"],
                           confidence=0.6))  # the role alone, its short form (the dev gold's alias 先进制造业基地)
    return out


def _goal_phrases(ctx: Context) -> list[Mention]:
    """锚定X的总目标 / 紧扣X的总任务 → X is a strategic goal; A、B、C的责任担当 → a formula (concept)."""
    text, out = ctx.text, []
    for m in _GOAL.finditer(text, ctx.doc.body_start):
        x = m["x"]
        out.append(Mention("Strategy", x, m.start("x"), m.end("x"), "formula:goal", confidence=0.8))
    for m in _FORMULA_LIST.finditer(text, ctx.doc.body_start):
        s = m.start("x")
        if text[s - 1:s] in "“":
            continue
        x = m["x"]
        # the list starts after the verb before it (扛起走在前、作示范、挑大梁的…)
        parts = x.split("、")
        first, second = parts[0], parts[1]
        if len(first) > len(second):
            cut = len(first) - len(second)
            s += cut
            x = x[cut:]
        out.append(Mention("Concept", x, s, m.end("x"), "formula:list", confidence=0.7))
    return out


_VERSION_MARK = re.compile(r"(?<![\d.])[1-9]\.0(?:版|任务|方案)?(?![\d.%％])")


def _versioned_names(ctx: Context) -> list[Mention]:
    """林长制改革2.0版, 人才全周期服务2.0版, 服务业扩大开放2.0任务, 东盟自贸区3.0版: a programme's new version is
    named with its number (12 corpus names; a ratio such as 强度达2.0 or 比重为4.0 opens with its verb and names
    nothing)."""
    text, out = ctx.text, []
    for m in _VERSION_MARK.finditer(text, ctx.doc.body_start):
        s = widen_over_dash(ctx, clause_name_start(ctx, m.start()))  # 中国—东盟自贸区3.0版
        name = text[s:m.start()]
        if len(name.strip("“”")) < 3 or re.search(r"[\d%，。；]", name) or not ctx.is_edge(s) \
                or text[s - 1:s] in ("达", "为", "至") or word_tag(text[s:ctx.token_end(s)]) in ("v", "p", "m"):
            continue
        known = lexicon_type_of(ctx.lexicon, name.strip("“”"))
        etype = known[0] if known and known[0] in ("Policy", "Strategy") else "Policy"
        out.append(Mention(etype, text[s:m.end()], s, m.end(), "formula:version", confidence=0.9))
    return out
