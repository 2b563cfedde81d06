"""How fast the HTML view is made and how fast it opens and answers in headless Chromium.

    .venv/bin/python benchmarks/bench_view.py                      # the seed speech
    .venv/bin/python benchmarks/bench_view.py out/corpus/graph.ttl # a built graph (e.g. the 2026 corpus)
    .venv/bin/python benchmarks/bench_view.py --screenshot docs/view.png   # the README's seed picture
    .venv/bin/python benchmarks/bench_view.py --screenshot docs/view-corpus.png out/corpus 新质生产力

Prints one row per graph: entities and relations drawn; seconds to read the graph, to make the
view model (networkx view, centrality, layout, evidence) and to render the page; the page size;
and in Chromium (Debian's /usr/bin/chromium): seconds until the page is drawn and still, one
search with focus, one click-to-highlight, and the frame time of a redraw.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.pipeline import build_graph  # noqa: E402
from kg.view import graph_view, load_view_graph, render_view  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - started


def in_browser(html: Path) -> dict[str, float]:
    """Open the page and time what a user waits for (polling: the page's CSP forbids eval)."""
    from playwright.sync_api import sync_playwright

    def wait(page, expression: str) -> None:
        while not page.evaluate(expression):
            time.sleep(0.01)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(html.resolve().as_uri())
        wait(page, "document.body.dataset.kgState === 'ready'")
        ready = time.perf_counter() - started
        hub = page.evaluate("""() => { let best = null, most = -1;
            for (const n of network.body.data.nodes.get()) {
              if (n.type === "SourceDocument" || n.type === "Section") continue;
              const k = network.getConnectedEdges(n.id).length; if (k > most) { most = k; best = n.id; } }
            return best; }""")
        label = page.evaluate("iri => network.body.data.nodes.get(iri).name", hub)
        started = time.perf_counter()
        page.fill("#kg-search", label)
        page.press("#kg-search", "Enter")
        wait(page, "document.body.dataset.kgFocus !== undefined")
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        search = time.perf_counter() - started
        page.evaluate("kgView.clearHighlight()")
        started = time.perf_counter()
        page.evaluate("""iri => new Promise(r => { kgView.highlight(iri);
            requestAnimationFrame(() => requestAnimationFrame(r)); })""", hub)
        highlight = time.perf_counter() - started
        frames = page.evaluate("""() => new Promise(r => { const t = []; let i = 0;
            const step = () => { const s = performance.now(); network.redraw();
              t.push(performance.now() - s); if (++i < 10) requestAnimationFrame(step); else r(t); };
            requestAnimationFrame(step); })""")
        browser.close()
    return {"ready": ready, "search": search, "highlight": highlight, "frame_ms": statistics.median(frames)}


def screenshot(path: Path, graph: str | None = None, search: str | None = None) -> None:
    """The view as a user first sees it: the seed's whole map, or a graph (a build folder) focused on
    what ``search`` finds (the README's corpus picture: 新质生产力 with its 29 texts)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        html = Path(tmp) / "view.html"
        if graph is None:
            text = next((REPO / "seeds").glob("*.txt")).read_text(encoding="utf-8")
            html.write_text(render_view(build_graph(text, source="000_a0e522b26099673f.txt")), encoding="utf-8")
        else:
            html.write_text(render_view(load_view_graph(graph)), encoding="utf-8")
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
        page.goto(html.resolve().as_uri())
        while not page.evaluate("document.body.dataset.kgState === 'ready'"):
            time.sleep(0.01)
        if search:
            page.fill("#kg-search", search)
            page.press("#kg-search", "Enter")
            while page.evaluate("document.body.dataset.kgFocus === undefined"):
                time.sleep(0.01)
        page.wait_for_timeout(300)
        page.screenshot(path=str(path))
        browser.close()


def main(argv: list[str]) -> None:
    if argv[:1] == ["--screenshot"]:
        screenshot(Path(argv[1]), *argv[2:4])
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sources = argv or ["seed"]
        for source in sources:
            if source == "seed":
                text = next((REPO / "seeds").glob("*.txt")).read_text(encoding="utf-8")
                g, read_s = timed(build_graph, text)
                read_s = float("nan")  # built, not read
            else:
                g, read_s = timed(load_view_graph, source)  # a graph file or a build folder, into a store
            view, view_s = timed(graph_view, g)
            page, render_s = timed(render_view, view)
            html = Path(tmp) / f"{len(rows)}.html"
            html.write_text(page, encoding="utf-8")
            browser = in_browser(html) if Path(CHROMIUM).exists() else {}
            rows.append((Path(source).name, len(view.nodes), len(view.edges), read_s, view_s, render_s,
                         len(page.encode()) / 1e6, browser))
    print(f"{'graph':<14} {'nodes':>6} {'edges':>6} {'read s':>7} {'view s':>7} {'render s':>8} {'MB':>5} "
          f"{'ready s':>7} {'search s':>8} {'highlight s':>11} {'frame ms':>8}")
    for name, n, e, read_s, view_s, render_s, mb, b in rows:
        cells = [f"{b[k]:>{w}.2f}" if k in b else f"{'-':>{w}}"
                 for k, w in (("ready", 7), ("search", 8), ("highlight", 11), ("frame_ms", 8))]
        print(f"{name:<14} {n:>6} {e:>6} {read_s:>7.2f} {view_s:>7.2f} {render_s:>8.2f} {mb:>5.1f} "
              + " ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
