"""docs/scale.md lists every module of kg/ with one line saying what it is (issue 13's "new layout")."""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_module_and_package_of_kg_has_its_line_in_docs_scale() -> None:
    listed = set(re.findall(r"^\| `(kg/[\w/.]+)` \| \S", (REPO / "docs" / "scale.md").read_text(encoding="utf-8"),
                            re.M))
    present = {f"kg/{p.name}" for p in (REPO / "kg").glob("*.py")}
    present |= {f"kg/{p.name}/" for p in (REPO / "kg").iterdir() if (p / "__init__.py").is_file()}
    present -= {"kg/lexicons/"}  # data files, not code (described in README)
    assert present - listed == set(), "modules without a line in docs/scale.md"
    assert listed - present == set(), "lines in docs/scale.md for modules that no longer exist"
