"""kg in Jupyter: a small notebook run by nbclient shows the view inline and gets queries as DataFrames."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed (pip install -e '.[test]')")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed (pip install -e '.[test]')")
pytest.importorskip("ipykernel", reason="ipykernel is not installed (pip install -e '.[test]')")
pytest.importorskip("pandas", reason="pandas is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def executed(seed_out: Path, tmp_path_factory) -> nbformat.NotebookNode:
    """A notebook of the kind an analyst writes, run in a fresh kernel."""
    cells = [
        "import kg",
        f"graph = {str(seed_out)!r}",
        "df = kg.query(graph, 'entity-types')\nprint(type(df).__name__, list(df.columns), len(df))",
        "kg.query(graph, 'neighbourhood', entity='党的二十大').to_dict('records')",
        "kg.show(graph)",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path_factory.mktemp("nb"))}}).execute()
    return nb


def test_a_query_is_a_dataframe(executed) -> None:
    (out,) = executed.cells[2].outputs
    assert out["text"].startswith("DataFrame ['type', 'entities', 'mentions'] ")
    assert int(out["text"].split()[-1]) >= 9  # a row per type the seed holds
    (records,) = executed.cells[3].outputs
    rows = eval(records["data"]["text/plain"])  # a list of dicts, printed by the kernel
    assert rows and all(r["entity"] == "党的二十大" for r in rows)
    assert {"relation", "neighbour", "type"} <= set(rows[0])


def test_show_puts_the_offline_view_in_the_cell(executed, seed_out: Path) -> None:
    (out,) = [o for o in executed.cells[4].outputs if o.get("output_type") == "display_data"]
    frame = out["data"]["text/html"]
    assert frame.startswith('<iframe class="kg-view" srcdoc="') and 'sandbox="allow-scripts"' in frame
    page = html.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1))
    assert page.startswith("<!DOCTYPE html>") and "default-src 'none'" in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)  # no CDN, nothing fetched
    data = json.loads(re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    from kg.view import graph_view, load_view_graph, page_data

    assert data == json.loads(json.dumps(page_data(graph_view(load_view_graph(seed_out))), ensure_ascii=False))
