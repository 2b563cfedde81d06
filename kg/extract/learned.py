"""A character CRF trained on the dev set's gold files, as a recall source beside the rules.

The rules read names by their heads, lexicons and the genre's patterns; what they miss is mostly names with
an unusual head or none (人工智能, 低空经济 written without a lexicon entry, 两重建设). The tagger labels each
character of a sentence B-TYPE / I-TYPE / O from the characters around it (±2 and their bigrams), the jieba
word it is in (position, the word, whether the lexicons call it a verb, adverb or generic modifier), the head
words and lexicon names it is part of. It proposes a name where its marginal probability clears the cut-off
of that name's type, and :func:`learned_mentions` keeps only the names that no rule mention overlaps, with
their opening verbs stripped as the rules strip them.

The model and its cut-offs are data shipped in the package (``kg/models/tagger.crfsuite`` and
``tagger.json``), written by ``python tools/train_tagger.py``. Without python-crfsuite, or without the
model, the extractor runs on its rules alone.
"""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.extract.context import CJK, Context, WordTags, _word_tags
from kg.extract.heads import strip_opening_verbs
from kg.extract.matcher import TermMatcher
from kg.extract.names import lexicon_matcher
from kg.lexicon import Lexicon
from kg.model import Mention, normalise_key

MODEL_FILE = "tagger.crfsuite"
META_FILE = "tagger.json"

_DIGIT = re.compile(r"[0-9０-９.%]")
_HAN = re.compile(rf"[{CJK}]")
_PUNCT = set("，。；：、！？“”‘’《》（）()〈〉「」『』【】,;:!?\"'—…-")
#: What a proposed name never opens or closes with (the tagger's boundary slips by a character at times).
_EDGE_JUNK = "的和与及等、，。；：在对把将为是了着以及其并"


@dataclass(frozen=True)
class TaggedName:
    """One name the tagger proposes: its span in the text, type and marginal probability (the lowest of
    its characters' labels)."""

    type: str
    start: int
    end: int
    confidence: float


class Tagger:
    """A trained CRF model file with its per-type cut-offs (types absent from ``cutoffs`` are not proposed).

    python-crfsuite's tagger keeps state between ``set`` and ``marginal``: one lock per model, so threads
    sharing a process take turns.
    """

    def __init__(self, model_path: str, cutoffs: dict[str, float]) -> None:
        import pycrfsuite

        self.model_path = model_path
        self.cutoffs = dict(cutoffs)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)
        self._labels = tuple(self._tagger.labels())
        self._lock = threading.Lock()

    def tag(self, ctx: Context, *, types: tuple[str, ...] | None = None,
            covered: bytearray | None = None) -> list[TaggedName]:
        """Every name the model reads in the document's sentences (of ``types``, default all), no cut-off.
        With ``covered`` (1 where a rule read a name), a sentence where no name could be added is skipped:
        one without two Chinese characters in a row that neither are nor touch a rule's name."""
        text, out = ctx.text, []
        feats = SentenceFeatures(ctx)
        for sent in ctx.doc.sentences:
            s, e = max(sent.start, ctx.doc.body_start), sent.end
            if e - s < 2 or not _HAN.search(text, s, e):
                continue
            if covered is not None and not _room_for_a_name(text, covered, s, e):
                continue
            xseq = feats.of(s, e)
            with self._lock:
                self._tagger.set(xseq)
                labels = self._tagger.tag()
                spans = _spans(labels)
                for etype, i, j in spans:
                    if types is not None and etype not in types:
                        continue
                    conf = min(self._tagger.marginal(labels[k], k) for k in range(i, j))
                    if j < len(labels):  # the name ends here: the next character does not go on with it
                        conf = min(conf, 1.0 - self._tagger.marginal("I-" + etype, j))
                    out.append(TaggedName(etype, s + i, s + j, conf))
        return out


#: Two Chinese characters in a row, neither covered by a rule's name (#) nor touching one.
_FREE_PAIR = re.compile(rf"(?:^|[^#])[{CJK}]{{2}}(?:[^#]|$)")


def _room_for_a_name(text: str, covered: bytearray, s: int, e: int) -> bool:
    masked = "".join("#" if covered[k] else text[k] for k in range(s, e))
    return _FREE_PAIR.search(masked) is not None


def train_model(sequences, path: str, params: dict) -> None:
    """Train a model file from (features, labels) sentence pairs (tools/train_tagger.py reads the gold files).
    L-BFGS from zero weights over sequences in the order given: the same input gives the same model."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params(params)
    trainer.train(str(path))


def _spans(labels: list[str]) -> list[tuple[str, int, int]]:
    """BIO labels → (type, start, end); an I- without its B- opens a name too."""
    out, cur = [], None
    for k, lab in enumerate(labels + ["O"]):
        kind, _, etype = lab.partition("-")
        if cur and (kind != "I" or etype != cur[0]):
            out.append((cur[0], cur[1], k))
            cur = None
        if kind == "B" or (kind == "I" and cur is None):
            cur = (etype, k)
    return out


@lru_cache(maxsize=1)
def default_tagger() -> Tagger | None:
    """The shipped model, or None when python-crfsuite is not installed or no model is shipped."""
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        return None
    models = resources.files("kg") / "models"
    model, meta = models / MODEL_FILE, models / META_FILE
    if not (model.is_file() and meta.is_file()):
        return None
    cutoffs = json.loads(meta.read_text(encoding="utf-8")).get("cutoffs", {})
    with resources.as_file(model) as path:
        return Tagger(str(path), cutoffs)


def learned_mentions(ctx: Context, rule_mentions: list[Mention], tagger: Tagger | None) -> list[Mention]:
    """The tagger's names above their type's cut-off that no rule mention overlaps and no rule already
    names (in any type), their boundaries cleaned as the rules clean theirs."""
    if tagger is None or not tagger.cutoffs:
        return []
    taken = sorted((m.start, m.end) for m in rule_mentions)
    names = {normalise_key(m.name) for m in rule_mentions}
    covered = _coverage(taken, len(ctx.text))
    generic = ctx.lexicon.set("generic")
    out = []
    for t in tagger.tag(ctx, types=tuple(tagger.cutoffs), covered=covered):
        if t.confidence < tagger.cutoffs[t.type]:
            continue
        s, e = clean_boundary(ctx, t.start, t.end)
        if e - s < 2 or any(covered[s - 1:e + 1]) or not (ctx.is_edge(s) and ctx.is_edge(e)):
            continue  # a name starts and ends where words do (次材料 is cut from a longer word), and does not
            # run on from a rule's name (中国 | 消费名品, 滇中 | 稀贵金属集群 are one name the rules cut)
        if _noun_follows(ctx, e):
            continue  # a modifier inside a longer noun phrase (国际经济贸易 | 秩序), as the rules' heads read it
        name = ctx.text[s:e]
        key = normalise_key(name)
        if len(key) < 2 or key in names or key in generic or not _HAN.search(name) or _DIGIT.search(name) \
                or re.search("[、，；：]", name) or _ends_with_verb(ctx, s, e):
            continue
        out.append(Mention(t.type, name, s, e, f"learned:{t.type.lower()}", confidence=round(t.confidence, 3)))
    return out


def _noun_follows(ctx: Context, e: int) -> bool:
    text = ctx.text
    if e >= len(text) or text[e] in _PUNCT or text[e].isspace():
        return False
    q = ctx.token_end(e)
    return q > e and (_pos_table().get(text[e:q], "x")[:1] == "n" or _pos_table().get(text[e:q]) == "vn")


def _ends_with_verb(ctx: Context, s: int, e: int) -> bool:
    """培育, 用地安全得到: a clause's verb closes no name."""
    classes = _word_classes(ctx.lexicon)
    p, last = s, ""
    while p < e:
        q = ctx.token_end(p)
        if q <= p or q > e:
            break
        last, p = ctx.text[p:q], q
    return p == e and (classes.get(last) in ("vb", "bd", "adv", "cv") and last != ctx.text[s:e]
                       or _pos_table().get(last) in _NO_NAME_END) or \
        classes.get(ctx.text[s:e]) in ("vb", "bd", "adv", "cv")


def clean_boundary(ctx: Context, s: int, e: int) -> tuple[int, int]:
    """Strip opening verbs (提升 | 西部（重庆）科学城), and stray particles or punctuation at either end."""
    text = ctx.text
    while s < e and (text[s] in _EDGE_JUNK or text[s] in _PUNCT and text[s] != "“"):
        s += 1
    while e > s and (text[e - 1] in _EDGE_JUNK or text[e - 1] in _PUNCT and text[e - 1] != "”"):
        e -= 1
    if e - s >= 2:
        s = strip_opening_verbs(ctx, s, e, once=False)
    if text.count("“", s, e) != text.count("”", s, e) or text.count("（", s, e) != text.count("）", s, e):
        return s, s  # half a quote or bracket: the tagger lost the name's other end
    return s, e


def _coverage(spans: list[tuple[int, int]], n: int) -> bytearray:
    cov = bytearray(n + 1)
    for s, e in spans:
        cov[s:e] = b"\x01" * (e - s)
    return cov


# --- features --------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _head_matcher(lexicon: Lexicon) -> TermMatcher:
    """Head words of every type: name_heads (typed), policy, strategy, document and org heads."""
    heads: dict[str, str] = {}
    for stem, etype in (("org_suffixes", "Organization"), ("org_heads", "Organization"),
                        ("document_heads", "Document"), ("strategy_heads", "Strategy"), ("policy_heads", "Policy")):
        for h in lexicon.get(stem):
            heads[h] = etype
    types = lexicon.alias_map("name_heads")
    for h in lexicon.get("name_heads"):
        if types.get(h):
            heads[h] = types[h][0]
    return TermMatcher(heads)


@lru_cache(maxsize=8)
def _word_classes(lexicon: Lexicon) -> dict[str, str]:
    classes: dict[str, str] = {}
    for stem, cls in (("generic_modifiers", "gm"), ("generic", "gn"), ("adverbs", "adv"), ("boundary", "bd"),
                      ("opening_verbs", "vb"), ("clause_verbs", "cv")):
        for w in lexicon.get(stem):
            classes[w] = cls
    return classes


def _pos_table() -> WordTags:
    """Part of speech of jieba's dictionary words (a look-up, not a tagging pass: names jieba does not know,
    the lexicons' among them, are x)."""
    return _word_tags()


#: Parts of speech that end no name (adverbs, prepositions, conjunctions, particles, pronouns, numerals,
#: measure words, locatives): 我省连续, 行动上同.
_NO_NAME_END = frozenset({"d", "p", "c", "u", "r", "m", "q", "f", "uj", "ul", "uz", "ug", "uv", "ud", "zg"})


def _char_class(ch: str) -> str:
    if _HAN.match(ch):
        return "h"
    if ch.isdigit():
        return "d"
    if ch in _PUNCT:
        return "p"
    if ch.isascii() and ch.isalpha():
        return "l"
    return "o"


class SentenceFeatures:
    """Per-character feature strings of a document's spans: one jieba pass (the rules' own, shared through
    the context) and one match of the head and lexicon tries over the whole text, computed once."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        text = ctx.text
        n = len(text)
        self.head = [""] * (n + 1)
        for hs, he, _h, etype in _head_matcher(ctx.lexicon).finditer(text):
            for k in range(hs, he):
                self.head[k] = ("E-" if k == he - 1 else "I-") + etype
        self.lex = [""] * (n + 1)
        for ls, le, _surface, (etype, _canonical) in lexicon_matcher(ctx.lexicon).finditer(text):
            for k in range(ls, le):
                self.lex[k] = ("B-" if k == ls else "I-") + etype
        self.classes = _word_classes(ctx.lexicon)

    def words(self, s: int, e: int) -> list[tuple[int, int]]:
        """The jieba words of text[s:e] (punctuation one character each)."""
        ctx, text, out, p = self.ctx, self.ctx.text, [], s
        while p < e:
            q = min(ctx.token_end(p), e) if text[p] not in _PUNCT and not text[p].isspace() else p
            if q <= p:
                q = p + 1
            else:  # a clause's last token may run over the punctuation that closes it
                k = p
                while k < q and text[k] not in _PUNCT and not text[k].isspace():
                    k += 1
                q = max(k, p + 1)
            out.append((p, q))
            p = q
        return out

    def of(self, s: int, e: int) -> list[list[str]]:
        text = self.ctx.text
        chars = text[s:e]
        pad = "^^" + chars + "$$"
        n = len(chars)
        wpos, wfeat = [""] * n, [""] * n
        prev_word = "^"
        for ws, we in self.words(s, e):
            word = text[ws:we]
            cls = self.classes.get(word, "")
            pos = _pos_table().get(word, "x")
            wf = ("w=" + word if len(word) <= 6 else "w=long") + ("|wc=" + cls if cls else "") + "|pos=" + pos
            for k in range(ws, we):
                i = k - s
                wpos[i] = "S" if we - ws == 1 else ("B" if k == ws else ("E" if k == we - 1 else "M"))
                wfeat[i] = wf + ("|pw=" + prev_word if k == ws else "")
            prev_word = word if len(word) <= 6 else "long"
        out = []
        for i in range(n):
            j = i + 2
            c = pad[j]
            f = ["b", "c=" + c, "c-1=" + pad[j - 1], "c+1=" + pad[j + 1], "c-2=" + pad[j - 2], "c+2=" + pad[j + 2],
                 "bl=" + pad[j - 1:j + 1], "br=" + pad[j:j + 2], "bll=" + pad[j - 2:j], "brr=" + pad[j + 1:j + 3],
                 "t=" + _char_class(c), "wp=" + wpos[i]]
            if wfeat[i]:
                f.extend(wfeat[i].split("|"))
            k = s + i
            if self.head[k]:
                f.append("hd=" + self.head[k])
            if self.lex[k]:
                f.append("lx=" + self.lex[k])
            out.append(f)
        return out
