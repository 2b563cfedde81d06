"""How the extractor fares on the dev texts as other sources write them: half-width marks, PDF-wrapped lines.

``python benchmarks/bench_robustness.py [--texts N]`` — takes the first N dev texts of ../shared/devset (default:
all), writes each in the forms below into a temporary folder beside its gold file, scores every form with
``kg eval --gold-dir`` and prints one table row per form: entity P/R/F1, relation and indicator recall.

- as given: the dev texts themselves;
- half-width marks: ，；：（）！？ made , ; : ( ) ! ? (what web pages and word processors often store);
- half-width marks and quotes: the same, and “” made straight double quotes;
- wrapped at 38: every paragraph cut into lines of 38 characters, as text copied from a PDF is;
- full-width digits: ０-９, ％ and ． for 0-9, % and . (some typeset sources);
- typeset spaces: a space between every number and the Chinese beside it and outside every quote (增长 5.8%,
  开展 “强校扩优” 工程), as web pages and PDFs' text layers set them;
- traditional characters: OpenCC's s2t conversion (a Hong Kong or Taiwan mirror of a mainland release). The gold
  stays in simplified characters: entities and relations compare as for the other forms; the indicators row reads
  low because an indicator's evidence, which the scorer matches, keeps the text's traditional characters.

Quality, not time: the table says how much of the dev score survives each form (kg/extract/punctuation.py reads
the first four as the genre writes them).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO.parent / "shared" / "devset"

_HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}
_QUOTES = {"“": '"', "”": '"'}
_DIGITS = {**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％", ".": "．"}


def _wrap(text: str, width: int = 38) -> str:
    return "\n".join("\n".join(p[i:i + width] for i in range(0, len(p), width)) if p else "" for p in text.split("\n"))


def _typeset(text: str) -> str:
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=[\d%])(?=[\u4e00-\u9fff])", " ", text)
    return re.sub(r"(?<=[\u4e00-\u9fff])“", " “", re.sub(r"”(?=[\u4e00-\u9fff])", "” ", text))


def _s2t():
    import opencc

    return opencc.OpenCC("s2t.json")


FORMS = {
    "as given": lambda t: t,
    "half-width marks": lambda t: t.translate(str.maketrans(_HALF)),
    "half-width marks and quotes": lambda t: t.translate(str.maketrans({**_HALF, **_QUOTES})),
    "wrapped at 38": _wrap,
    "full-width digits": lambda t: t.translate(str.maketrans(_DIGITS)),
    "typeset spaces": _typeset,
    "traditional characters": lambda t: _s2t().convert(t),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=0, help="score only the first N dev texts (default: all)")
    args = ap.parse_args()
    if not DEVSET.is_dir():
        sys.exit(f"no dev set at {DEVSET}: this benchmark reads ../shared/devset")
    texts = sorted(p for p in DEVSET.glob("*.txt") if (p.with_suffix(".gold.tsv")).exists())
    if args.texts:
        texts = texts[: args.texts]
    kg = Path(sys.executable).with_name("kg")
    print(f"{len(texts)} dev texts\n")
    print("| form | entity P | entity R | entity F1 | relations | indicators |")
    print("| --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for name, form in FORMS.items():
            folder = Path(tmp) / name.replace(" ", "-")
            folder.mkdir()
            for p in texts:
                (folder / p.name).write_text(form(p.read_text(encoding="utf-8")), encoding="utf-8")
                shutil.copy(p.with_suffix(".gold.tsv"), folder / p.with_suffix(".gold.tsv").name)
            out = subprocess.run([str(kg), "eval", "--gold-dir", str(folder), "--format", "json"], cwd=REPO,
                                 capture_output=True, text=True, check=True).stdout
            total = json.loads(out)["total"]
            ent, rel, ind = total["entities"], total["relations"], total["indicators"]
            print(f"| {name} | {ent['precision']:.3f} | {ent['recall']:.3f} | {ent['f1']:.3f} "
                  f"| {rel['recall']:.3f} ({rel['found']}/{rel['gold']}) "
                  f"| {ind['recall']:.3f} ({ind['found']}/{ind['gold']}) |")


if __name__ == "__main__":
    main()
