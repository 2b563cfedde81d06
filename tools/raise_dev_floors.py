"""Raise the dev-set floors of tests/test_eval.py to today's scores: a floor only ever goes up.

Run after extraction work lands: ``python tools/raise_dev_floors.py`` (builds every dev text of ../shared).
"""
from __future__ import annotations

import json
import math
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.corpus import build  # noqa: E402
from kg.evaluate import evaluate, read_gold  # noqa: E402
from kg.query import load_graph  # noqa: E402
from tests.conftest import SHARED, dev_pairs  # noqa: E402

FLOORS = REPO / "tests" / "dev_floors.json"


def main() -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, text, gold in dev_pairs(SHARED):
            out = Path(tmp) / name
            build([text], out, write_html=False, use_cache=False)
            rep = evaluate(load_graph(str(out / "graph.ttl")), read_gold(gold))
            now = {"entities_f1": rep["entities"]["f1"]}
            if rep["relations"]["gold"]:
                now["relations_recall"] = rep["relations"]["recall"]
            if rep["indicators"]["gold"]:
                now["indicators_recall"] = rep["indicators"]["recall"]
            old = floors.get(name, {})
            floors[name] = {k: max(old.get(k, 0.0), math.floor(v * 1000) / 1000) for k, v in now.items()}
            print(name, {k: (old.get(k), floors[name][k]) for k in now})
    FLOORS.write_text(json.dumps(floors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
