"""Shared fixtures: the read-only material beside the checkout (../shared), skipped when absent."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "000_a0e522b26099673f.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "devset").is_dir():
        pytest.skip(f"{SHARED} is absent: the dev set and corpus live beside the checkout, not in it")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """The seed built once (no view, no cache) for the tests that query or serve it."""
    from kg.corpus import build

    out = tmp_path_factory.mktemp("seed")
    build([SEED], out, write_html=False, use_cache=False)
    return out


def dev_pairs(shared: Path) -> list[tuple[str, Path, Path]]:
    """(name, text, gold) for every gold file of the dev set (the seed's text is in ../seeds)."""
    from kg.evaluate import gold_pairs

    return [(p.name, p.text, p.gold) for p in gold_pairs(shared / "devset")]
