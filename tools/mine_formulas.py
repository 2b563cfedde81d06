"""Mine a corpus of reports for political formulas that recur across texts, for review into the lexicon.

``python tools/mine_formulas.py ../shared/corpus/gov-work-reports-2026 [MORE_FOLDERS ...] -k 4``

A formula of the genre is a name that many reports repeat in the same words (新质生产力, 全国统一大市场,
“人工智能+”行动, 千万工程). Candidates come from four shapes, each counted once per report:

- a quoted name, alone or with the head word that follows it (“人工智能+”, “人工智能+”行动);
- a run of jieba words that ends in a name head of the genre (…战略, …行动, …工程, …精神, …产业, …强省)
  and does not open with a verb, adverb or preposition unless a frame verb stands before it (全国统一大市场建设,
  乡村全面振兴, 实施|稳岗扩容提质行动);
- the rest of a clause after a frame verb of the genre (实施…, 推进…, 坚持…, 发展…, 加快建设…, 以…为…),
  when it is short enough to be a name (推进中国式现代化， → 中国式现代化);
- the bare object of a policy verb (落实, 开展, 深化, 推行, 用好, 发放 …), up to the clause's edge, 、, 和 or 等,
  of at most four words: most national policies are named without a head word (深化|国企改革, 推进|城市更新和…,
  推行|无还本续贷). An object seen so in two reports is counted in every report that spells it, since the others
  name it elsewhere in the sentence (公平竞争审查、…).

Only candidates found in at least ``-k`` distinct reports are kept: a name one text uses is that text's
knowledge, not the genre's. Spellings that differ by quotes or by a head that does not change the meaning
(建设, 战略, 行动, 产业) are grouped as variants of one candidate, with the shortest as the proposed name.
The printed table (candidate, proposed type, report count, variants, two contexts from two reports) is for
a person to review. Names the lexicon already holds are marked.

The review is a file (``docs/mined_formulas_review.tsv``): one line per candidate, kept or rejected with the
reason, a kept one with its type, name and aliases (synonyms only). With ``--review FILE`` the table shows the
decisions (that is ``docs/mined_formulas.md``); ``--write-lexicon DIR`` then writes the kept entries as one marked
block at the end of each ``DIR/<kind>.txt``, after checking that each is found in at least ``-k`` reports, that
each alias is in at least two, and that no name or alias is already another lexicon entry::

    python tools/mine_formulas.py ../shared/corpus/gov-work-reports-2026 --review docs/mined_formulas_review.tsv \\
        --write-lexicon kg/lexicons > docs/mined_formulas.md
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.extract.context import ENTITY_LEXICONS, tokenizer_for  # noqa: E402
from kg.lexicon import Lexicon, load_lexicon  # noqa: E402

#: Name heads that type a formula, longest first when tested with endswith.
TYPE_HEADS: dict[str, tuple[str, ...]] = {
    "Industry": ("产业", "经济", "制造业", "服务业", "农业", "制造", "产业集群", "产业链"),
    "Strategy": ("战略", "规划", "强省", "强国", "强市", "示范区", "先行区", "高地", "一体化", "协同发展", "格局",
                 "大市场", "振兴", "崛起", "开放", "中国"),
    "Policy": ("行动", "工程", "计划", "制度", "机制", "改革", "试点", "政策", "活动", "补贴", "整治", "学习教育",
               "清单", "工作法", "攻坚战", "保卫战", "一件事"),
    "Concept": ("精神", "思想", "意识", "理念", "经验", "主义", "民主", "现代化", "总基调", "生产力", "共同体",
                "观"),
}
_ALL_HEADS = tuple(h for heads in TYPE_HEADS.values() for h in heads)
#: Heads after a name that leave its meaning unchanged (全国统一大市场 = 全国统一大市场建设): variants, not narrower.
VARIANT_SUFFIXES = ("建设", "战略", "行动", "产业")
#: Verbs that open a clause naming a formula; the rest of the clause is a candidate when it is short.
FRAME_VERBS = ("深入实施", "全面实施", "实施", "深入推进", "全面推进", "推进", "坚持", "构建", "发展", "加快建设",
               "建设", "践行", "弘扬", "铸牢", "培育", "打造", "推动")
#: Verbs whose object is the genre's bare policy vocabulary, a name without a head word (落实|公平竞争审查,
#: 开展|城市体检, 深化|国企改革, 发放|消费券, 推行|无还本续贷, 扛牢|粮食安全); matched as characters, since jieba
#: cuts some into pieces (扛|牢).
POLICY_VERBS = FRAME_VERBS + ("落实", "开展", "深化", "推行", "完善", "健全", "实行", "发放", "扩大", "探索", "推广",
                              "用好", "统筹", "保障", "扛牢", "加快", "加强", "强化", "巩固", "抓好", "办好", "打好",
                              "打赢", "守牢", "筑牢", "提升", "促进", "建立", "建立健全", "创建", "优化", "拓展",
                              "深入开展", "全面落实", "持续深化", "全面深化")
_OBJECT_WORDS = 4  # a bare object is a short noun phrase: at most four words …
_OBJECT_CHARS = (3, 10)  # … of three to ten characters (two-character objects are words: 水平, 供给, 投资)
#: Words after which a bare object ends inside a clause (the clause's own edges and 、 end it too).
_OBJECT_ENDS = ("和", "等")
_QUOTE = re.compile(r"“([^“”\n]{1,16})”")
_CLAUSE = re.compile(r"[^，。；：、！？“”‘’《》（）()\n\s]+")
_YI_WEI = re.compile(r"以([^，。；：、！？“”（）\n\s以为]{2,14})为(?:指导|引领|主线|牵引|抓手|重点|核心|统领|根本)")
_MAX_LEN = 16
_MAX_WORDS = 6
_QUOTED_NUMERAL = re.compile(r"^[一二两三四五六七八九十百千万双多]")


@dataclass
class Candidate:
    """One spelling found in the corpus: the reports naming it, the shapes it was found in, contexts."""

    surface: str
    reports: set[str] = field(default_factory=set)
    shapes: set[str] = field(default_factory=set)
    contexts: dict[str, str] = field(default_factory=dict)  # report → first context


@dataclass
class Group:
    """Variants of one formula (spellings that differ by quotes or a meaning-neutral head)."""

    name: str
    type: str
    variants: list[Candidate]
    known: str = ""  # the lexicon kind already holding a variant, if any

    @property
    def reports(self) -> set[str]:
        return set().union(*(v.reports for v in self.variants))


def read_reports(folders: list[Path]) -> dict[str, str]:
    """Report name → text for every .txt of the folders (README-like files without body skipped)."""
    texts: dict[str, str] = {}
    for folder in folders:
        for f in sorted(folder.glob("*.txt")):
            texts[f"{folder.name}/{f.stem}"] = f.read_text(encoding="utf-8")
    return texts


def proposed_type(name: str) -> str:
    """Type by the name's head (longest head wins); a quoted numeral formula (两个维护) is a Concept."""
    bare = name.replace("“", "").replace("”", "")
    best, best_len = "?", 0
    for etype, heads in TYPE_HEADS.items():
        for h in heads:
            if bare.endswith(h) and len(h) > best_len and len(bare) > len(h):
                best, best_len = etype, len(h)
    if best == "?" and name.startswith("“") and _QUOTED_NUMERAL.match(bare):
        return "Concept"
    return best


def _has_head(word: str) -> bool:
    return proposed_type(word) != "?"


def _jieba_tags() -> dict[str, str]:
    """jieba's part-of-speech tag per word of its own dictionary."""
    import jieba.posseg

    dt = jieba.posseg.dt
    dt.tokenizer.initialize()
    if not dt.word_tag_tab:
        dt.load_word_tag(dt.tokenizer.get_dict_file())
    return dt.word_tag_tab


def _word_units(words: list[str]) -> list[str]:
    """Words with each run of single characters joined: jieba cuts a word it does not know into characters
    (无|还|本|续|贷 is one word of the genre, 无还本续贷).

    >>> _word_units(["推行", "无", "还", "本", "续", "贷", "和", "城市"])
    ['推行', '无还本续贷', '和', '城市']
    """
    units: list[str] = []
    in_run = False
    for w in words:
        single = len(w) == 1 and w not in _OBJECT_ENDS
        if single and in_run:
            units[-1] += w
        else:
            units.append(w)
        in_run = single
    return units


def variant_key(surface: str) -> str:
    """The spelling with quotes and one meaning-neutral trailing head removed."""
    bare = surface.replace("“", "").replace("”", "")
    for suffix in VARIANT_SUFFIXES:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 2:
            return bare[: -len(suffix)]
    return bare


class Miner:
    """Collects candidates over reports; ``groups(k)`` returns those in at least k reports."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.tokenizer = tokenizer_for(lexicon)
        self.leading = lexicon.set("leading_words") | lexicon.set("boundary")
        self.generic = lexicon.set("generic")
        self.places = lexicon.set("place") | {a for al in lexicon.alias_map("place").values() for a in al}
        self.tags = _jieba_tags()
        self.candidates: dict[str, Candidate] = {}
        self.texts: dict[str, str] = {}

    def _opens_name(self, word: str) -> bool:
        """A word a name can start with: not a verb, adverb, idiom, pronoun or numeral (践行, 因地制宜, 我国),
        not a place (a province's own programme is not the genre's), not a single character."""
        if len(word) == 1 or word in self.leading or word in FRAME_VERBS or word in self.places:
            return False
        tag = self.tags.get(word, "n")
        return tag == "vn" or not tag.startswith(("v", "d", "i", "r", "m", "a", "l", "t"))  # 教育 (vn) opens 教育强省

    def _closes_left(self, prev: str | None) -> bool:
        """A name's left edge: the clause start, a verb or function word, or 的."""
        return prev is None or prev == "的" or prev in self.leading or prev in FRAME_VERBS \
            or self.tags.get(prev, "n").startswith(("v", "d", "p", "c", "i"))

    def _closes_right(self, nxt: str | None) -> bool:
        """A name's right edge: the clause end, a verb or function word (等, 和, 的), never more noun."""
        return nxt is None or nxt in self.leading or nxt in ("等", "的", "为", "和", "与", "及") \
            or self.tags.get(nxt, "n").startswith(("v", "d", "p", "c", "u", "f"))

    def _add(self, surface: str, report: str, shape: str, text: str, start: int) -> None:
        bare = surface.replace("“", "").replace("”", "")
        if len(bare) < 2 or len(bare) > _MAX_LEN or bare in self.generic or re.search(r"[0-9０-９%％]", bare):
            return
        c = self.candidates.setdefault(surface, Candidate(surface))
        c.reports.add(report)
        c.shapes.add(shape)
        if report not in c.contexts:
            c.contexts[report] = text[max(0, start - 14): start + len(surface) + 10].replace("\n", " ")

    def add_report(self, report: str, text: str) -> None:
        self.texts[report] = text
        for m in _QUOTE.finditer(text):
            self._add(m.group(0), report, "quote", text, m.start())
            tail = _CLAUSE.match(text, m.end())
            if tail:
                words = list(self.tokenizer.cut(tail.group(0)[:8], HMM=False))
                if words and _has_head("X" + words[0]):
                    self._add(m.group(0) + words[0], report, "quote", text, m.start())
        for m in _YI_WEI.finditer(text):
            self._add(m.group(1), report, "frame", text, m.start(1))
        for m in _CLAUSE.finditer(text):
            self._add_clause(report, text, m.start(), m.group(0))

    def _add_clause(self, report: str, text: str, start: int, clause: str) -> None:
        words = list(self.tokenizer.cut(clause, HMM=False))
        offsets = [0]
        for w in words:
            offsets.append(offsets[-1] + len(w))
        for j in range(len(words)):  # word runs ending in a name head, standing as a name (edges on both sides)
            if not clause.endswith(_ALL_HEADS, 0, offsets[j + 1]):  # a head may span tokens (教育|强|省)
                continue
            if not self._closes_right(words[j + 1] if j + 1 < len(words) else None):
                continue
            for i in range(max(0, j - _MAX_WORDS + 1), j + 1):
                span = clause[offsets[i]:offsets[j + 1]]
                if len(span) > _MAX_LEN:
                    continue
                # right after a frame verb a name may open with any word but another verb of the clause
                # (实施|稳|岗扩容提质行动: jieba cut 稳岗 into characters; 深入推进|固体废物综合治理行动)
                after_frame = i > 0 and words[i - 1] in FRAME_VERBS and words[i] not in self.leading \
                    and words[i] not in FRAME_VERBS and words[i] not in self.places
                if not after_frame and not self._opens_name(words[i]):
                    continue
                if not self._closes_left(words[i - 1] if i > 0 else None):
                    continue
                if _has_head(span):
                    self._add(span, report, "head", text, start + offsets[i])
        for i, w in enumerate(words[:-1]):  # the rest of the clause after a frame verb
            if w in FRAME_VERBS:
                rest = clause[offsets[i + 1]:]
                if 3 <= len(rest) <= 10 and self._opens_name(words[i + 1]):
                    self._add(rest, report, "frame", text, start + offsets[i + 1])
        self._add_bare_objects(report, text, start, clause, words, offsets)

    def _add_bare_objects(self, report: str, text: str, start: int, clause: str, words: list[str],
                          offsets: list[int]) -> None:
        """The object of a policy verb, read up to the clause's edge or to 和/等: the genre names most national
        policies bare, without a head word (落实公平竞争审查、…; 推进城市更新和…; 发放消费券等)."""
        edges = set(offsets)
        for i in range(1, len(words)):
            if not any(clause.endswith(v, 0, offsets[i]) and offsets[i] - len(v) in edges for v in POLICY_VERBS):
                continue
            j = next((n for n in range(i, len(words)) if words[n] in _OBJECT_ENDS), len(words))
            span = clause[offsets[i]:offsets[j]]
            units = _word_units(words[i:j])
            if not units or len(units) > _OBJECT_WORDS or not _OBJECT_CHARS[0] <= len(span) <= _OBJECT_CHARS[1]:
                continue
            first = units[0]
            if first in self.leading or first in POLICY_VERBS or first in self.places \
                    or (len(first) > 1 and self.tags.get(first, "n").startswith(("r", "m", "d", "p", "c", "u"))):
                continue
            self._add(span, report, "object", text, start + offsets[i])

    def _count_everywhere(self, c: Candidate) -> None:
        """A bare object seen after a policy verb in two reports stands as a name; the other reports name it in
        other places of the sentence (a list member, a subject: 公平竞争审查、教育数字化…; 政策措施公平竞争审查，),
        so every report that spells it counts."""
        for report, text in self.texts.items():
            at = text.find(c.surface)
            if at >= 0 and report not in c.reports:
                c.reports.add(report)
                c.contexts[report] = text[max(0, at - 14): at + len(c.surface) + 10].replace("\n", " ")

    def known_kind(self, surface: str) -> str:
        bare = surface.replace("“", "").replace("”", "")
        for stem in ENTITY_LEXICONS:
            if bare in self.lexicon.set(stem):
                return stem
            if any(bare in al for al in self.lexicon.alias_map(stem).values()):
                return stem
        return ""

    def groups(self, k: int) -> list[Group]:
        """Candidates in at least k reports, variants grouped, sub-spans seen only inside a longer one dropped."""
        kept = {s: c for s, c in self.candidates.items() if len(c.reports) >= 2}
        for c in kept.values():
            if "object" in c.shapes:
                self._count_everywhere(c)
        # a spelling always read inside one longer spelling is not a name of its own (产业体系 in 现代化产业体系)
        closed = {}
        for s, c in kept.items():
            bare = s.replace("“", "").replace("”", "")
            longer = [o for o in kept.values() if o.surface != s and bare in o.surface
                      and o.reports == c.reports and len(o.surface) <= len(s) + 6]
            if not longer or "quote" in c.shapes:
                closed[s] = c
        # X and X建设 / X战略 / “X”行动 are one formula only where X itself stands as a name: 富民产业 and
        # 富民行动 share a stem but neither is the other
        bare = {s.replace("“", "").replace("”", "") for s in closed}
        by_key: dict[str, list[Candidate]] = defaultdict(list)
        for s, c in closed.items():
            key = variant_key(s)
            by_key[key if key in bare else s.replace("“", "").replace("”", "")].append(c)
        out = []
        for key, variants in by_key.items():
            reports = set().union(*(v.reports for v in variants))
            if len(reports) < k:
                continue
            variants.sort(key=lambda v: (-len(v.reports), len(v.surface), v.surface))
            bare_names = sorted({v.surface.replace("“", "").replace("”", "") for v in variants},
                                key=lambda n: (len(n), n))
            name = key if key in bare_names else bare_names[0]
            etype = next((t for t in (proposed_type(v.surface) for v in variants) if t != "?"), "?")
            known = next((kk for kk in (self.known_kind(v.surface) for v in variants) if kk), "")
            out.append(Group(name, etype, variants, known))
        out.sort(key=lambda g: (-len(g.reports), g.name))
        return out


def mine(folders: list[Path], *, k: int = 4, lexicon: Lexicon | None = None) -> list[Group]:
    """Candidate formula groups found in at least ``k`` reports of the folders."""
    miner = Miner(lexicon or load_lexicon())
    for report, text in read_reports(folders).items():
        miner.add_report(report, text)
    return miner.groups(k)


@dataclass(frozen=True)
class Decision:
    """A reviewer's verdict on one candidate: kept as a typed entry with synonyms, or rejected with a reason."""

    candidate: str
    keep: bool
    type: str = ""
    name: str = ""
    aliases: tuple[str, ...] = ()
    reason: str = ""


KIND_OF_TYPE = {"Strategy": "strategy", "Policy": "policy", "Concept": "concept", "Industry": "industry"}
BLOCK_MARK = "# mined from the 2026 report corpus by tools/mine_formulas.py, reviewed:"


def read_review(path: Path) -> dict[str, Decision]:
    """candidate → Decision, from the review file (tab-separated: candidate, keep|reject, type, name, aliases,
    reason; ``#`` lines are comments)."""
    out: dict[str, Decision] = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t") + [""] * 6
        cand, verdict, etype, name, aliases, reason = (c.strip() for c in cols[:6])
        if verdict not in ("keep", "reject"):
            raise ValueError(f"{path}:{n}: decision must be keep or reject, not {verdict!r}")
        keep = verdict == "keep"
        if keep and (etype not in KIND_OF_TYPE or not name):
            raise ValueError(f"{path}:{n}: a kept candidate needs a type ({', '.join(KIND_OF_TYPE)}) and a name")
        out[cand] = Decision(cand, keep, etype, name if keep else "",
                             tuple(a for a in aliases.split("|") if a) if keep else (), reason)
    return out


def report_count(texts: dict[str, str], names: tuple[str, ...]) -> int:
    """Distinct reports that contain any of the spellings."""
    return sum(1 for t in texts.values() if any(n in t for n in names))


def check_entries(decisions: dict[str, Decision], texts: dict[str, str], lexicon: Lexicon, *, k: int) -> list[str]:
    """Why kept entries may not go into the lexicon: fewer than k reports, an alias in fewer than two, a name or
    alias another entry already has, or one used twice. Empty when all hold."""
    problems = []
    taken: dict[str, str] = {}
    for stem in ENTITY_LEXICONS:
        for name in lexicon.get(stem):
            taken[name] = f"{stem} entry {name}"
            for alias in lexicon.alias_map(stem).get(name, ()):
                taken.setdefault(alias, f"alias of {stem} entry {name}")
    for d in (d for d in decisions.values() if d.keep):
        if report_count(texts, (d.name, *d.aliases)) < k:
            problems.append(f"{d.name}: in fewer than {k} reports")
        problems += [f"{d.name}: alias {a} in fewer than 2 reports" for a in d.aliases if report_count(texts, (a,)) < 2]
        for spelling in (d.name, *d.aliases):
            if spelling in taken:
                problems.append(f"{d.name}: {spelling} is already the {taken[spelling]}")
            taken[spelling] = f"mined entry {d.name}"
    return problems


def lexicon_block(decisions: dict[str, Decision], kind: str, *, reviewed: str) -> str:
    """The marked block of kept entries of one lexicon kind (``name<TAB>alias|alias``), in review order."""
    lines = [f"{BLOCK_MARK} {reviewed}",
             "# (each name is in at least 4 of the 29 reports; why each was kept or left out: docs/mined_formulas.md)"]
    lines += [d.name + ("\t" + "|".join(d.aliases) if d.aliases else "")
              for d in decisions.values() if d.keep and KIND_OF_TYPE[d.type] == kind]
    return "\n".join(lines) + "\n"


def write_lexicon_blocks(decisions: dict[str, Decision], folder: Path, *, reviewed: str) -> None:
    """Replace (or add) the mined block at the end of each kind's file; the lines above it are left as they are."""
    for kind in KIND_OF_TYPE.values():
        path = folder / f"{kind}.txt"
        text = path.read_text(encoding="utf-8")
        head = text.split(BLOCK_MARK, 1)[0].rstrip("\n") + "\n"
        path.write_text(head + lexicon_block(decisions, kind, reviewed=reviewed), encoding="utf-8")


def review_table(groups: list[Group], decisions: dict[str, Decision] | None = None) -> str:
    """A Markdown table for review: one row per candidate group (with the reviewer's decision, if any)."""
    decide = decisions is not None
    rows = ["| # | candidate | type | reports | variants (reports) | known | contexts |"
            + (" decision | reason |" if decide else ""),
            "|---|---|---|---|---|---|---|" + ("---|---|" if decide else "")]
    for i, g in enumerate(groups, 1):
        variants = ", ".join(f"{v.surface} ({len(v.reports)})" for v in g.variants)
        contexts, seen = [], set()
        for v in g.variants:
            for report, ctx in sorted(v.contexts.items()):
                if report not in seen and len(contexts) < 2:
                    seen.add(report)
                    contexts.append(f"…{ctx}… ({report.split('/')[-1]})")
        row = (f"| {i} | {g.name} | {g.type} | {len(g.reports)} | {variants} | {g.known or '-'} | "
               f"{' / '.join(contexts).replace('|', '¦')} |")
        if decide:
            d = decisions.get(g.name)
            if d is None:
                row += " ? | not reviewed |"
            elif d.keep:
                entry = d.name + (" = " + " = ".join(d.aliases) if d.aliases else "")
                row += f" **keep** {d.type}: {entry} | {d.reason} |"
            else:
                row += f" reject | {d.reason} |"
        rows.append(row)
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path, help="folders of .txt reports")
    ap.add_argument("-k", type=int, default=4, help="least number of distinct reports (default 4)")
    ap.add_argument("--new-only", action="store_true", help="leave out names the lexicon already holds")
    ap.add_argument("--review", type=Path, help="the reviewer's decisions (TSV); the table shows them")
    ap.add_argument("--write-lexicon", type=Path, metavar="DIR",
                    help="write the kept entries as the mined block of DIR/<kind>.txt (needs --review)")
    ap.add_argument("--reviewed", default=date.today().isoformat(), help="review date for the block header")
    args = ap.parse_args(argv)
    for folder in args.folders:
        if not folder.is_dir():
            print(f"kg: error: not a folder: {folder} (give folders of .txt reports)", file=sys.stderr)
            return 2
    if args.write_lexicon and not args.review:
        print("kg: error: --write-lexicon needs --review (only reviewed entries go into the lexicon)", file=sys.stderr)
        return 2
    try:
        decisions = read_review(args.review) if args.review else None
    except (OSError, ValueError) as e:
        print(f"kg: error: {e} (see the review file's header)", file=sys.stderr)
        return 2
    # judge against the lexicon without our own previous block
    lexicon = lexicon_without_mined_block(args.write_lexicon or REPO / "kg" / "lexicons")
    miner = Miner(lexicon)
    texts = read_reports(args.folders)
    for report, text in texts.items():
        miner.add_report(report, text)
    groups = miner.groups(args.k)
    if args.new_only:
        groups = [g for g in groups if not g.known]
    print(review_table(groups, decisions))
    print(f"\n{len(groups)} candidates in at least {args.k} reports", file=sys.stderr)
    if decisions is not None:
        unreviewed = [g.name for g in groups if g.name not in decisions]
        kept = [d for d in decisions.values() if d.keep]
        print(f"{len(kept)} kept, {len(decisions) - len(kept)} rejected, {len(unreviewed)} not reviewed",
              file=sys.stderr)
        problems = check_entries(decisions, texts, lexicon, k=args.k)
        for p in problems:
            print(f"kg: error: {p}", file=sys.stderr)
        if problems:
            return 1
        if args.write_lexicon:
            write_lexicon_blocks(decisions, args.write_lexicon, reviewed=args.reviewed)
    return 0


def lexicon_without_mined_block(folder: Path) -> Lexicon:
    """The lexicon as it would be without the mined blocks of ``folder``'s files (our own earlier output)."""
    from kg.lexicon import _parse

    entries: dict[str, tuple[str, ...]] = {}
    aliases: dict[str, dict[str, tuple[str, ...]]] = {}
    for f in sorted(folder.glob("*.txt")):
        names, al = _parse(f.read_text(encoding="utf-8").split(BLOCK_MARK, 1)[0])
        entries[f.stem] = tuple(dict.fromkeys(names))
        aliases[f.stem] = al
    return Lexicon(entries, aliases)


if __name__ == "__main__":
    sys.exit(main())
