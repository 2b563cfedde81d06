"""``kg eval``: score a graph against gold annotation: one text, or every text of a folder."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from kg.cli import main
from kg.errors import InputError


@main.command("eval")
@click.argument("graph", required=False, type=click.Path(path_type=str))
@click.option("--gold", "gold_path", type=click.Path(path_type=str),
              help="Gold annotation of one text (NAME.gold.tsv, the ANNOTATION.md format).")
@click.option("--gold-dir", "gold_dir", type=click.Path(path_type=str),
              help="A folder of NAME.txt and NAME.gold.tsv pairs (a seed's text may be in ../seeds): "
                   "score every text.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Readable tables, or JSON for scripts.")
def eval_command(graph: str | None, gold_path: str | None, gold_dir: str | None, fmt: str) -> None:
    """Score GRAPH against gold: per-type precision/recall/F1, relation recall (also by the gold
    relation's note) and indicator recall, with what was missed.

    GRAPH is a graph file or the folder kg build wrote. When it holds several texts, each gold file is
    scored against its own text's graph (NAME.gold.tsv against NAME.txt); a gold file whose text is not
    in the graph gets a warning. With --gold-dir, GRAPH may be left out (or be a folder of texts): the
    texts are built first.

    \b
    Example:
      kg build mytext.txt -o out/
      kg eval out/ --gold mytext.gold.tsv
      kg eval --gold-dir ../shared/devset
      kg build ../shared/devset -o out/dev && kg eval out/dev --gold-dir ../shared/devset
    """
    from kg.evaluate import GoldPair, evaluate, gold_pairs, micro_total, read_gold, text_graph

    if (gold_path is None) == (gold_dir is None):
        raise InputError("give --gold FILE or --gold-dir DIR (one of them)", hint="see 'kg eval --help'")
    if gold_path is not None:
        if graph is None:
            raise InputError("no graph given", hint="kg eval GRAPH --gold FILE.gold.tsv")
        name = Path(gold_path).name.removesuffix(".gold.tsv").removesuffix(".tsv")
        pairs = [GoldPair(name, Path(f"{name}.txt"), Path(gold_path))]
    else:
        pairs = gold_pairs(gold_dir)
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        store = _graph_store(graph, pairs, Path(tmp))
        reports, warnings = {}, []
        for pair in pairs:
            g, warning = text_graph(store, pair.file_name)
            if warning:
                warnings.append(f"{pair.gold.name}: {warning}")
            reports[pair.name] = evaluate(g, read_gold(pair.gold))
    for w in warnings:
        click.echo(f"kg: warning: {w}", err=True)
    if gold_path is not None:
        report = reports[pairs[0].name]
        if fmt == "json":
            click.echo(json.dumps({**report, "warnings": warnings}, ensure_ascii=False, indent=1))
        else:
            click.echo(render_report(report))
        return
    total = micro_total(reports)
    if fmt == "json":
        click.echo(json.dumps({"texts": reports, "total": total, "warnings": warnings}, ensure_ascii=False, indent=1))
        return
    click.echo(render_texts(reports, total))


def _graph_store(graph: str | None, pairs, tmp: Path):
    """The store holding the graph to score: GRAPH's, or a build of the gold texts when GRAPH is left
    out or is a folder of .txt files."""
    from kg.store import GRAPH_FILES, load_store

    folder = Path(graph) if graph is not None else None
    texts_only = folder is not None and folder.is_dir() and not any((folder / n).is_file() for n in GRAPH_FILES) \
        and any(folder.glob("*.txt"))
    if graph is not None and not texts_only:
        return load_store(graph)
    from kg.corpus import build

    sources = sorted(folder.glob("*.txt")) if texts_only else []
    sources += [p.text for p in pairs if p.text.is_file() and p.text not in sources]
    if not sources:
        raise InputError("no texts to build", hint="give GRAPH, or --gold-dir with NAME.txt beside each gold file")
    build(sources, tmp, write_html=False, use_cache=False, workers=1)
    return load_store(tmp)


# ---------------------------------------------------------------- tables


def render_by_type(by_type: dict) -> list[str]:
    """One row per type, each side adding up: gold = found + missed; graph = tp + optional + fp."""
    lines = [f"{'type':13} {'gold':>5} {'found':>5} {'missed':>6} {'R':>6}  | {'graph':>5} {'tp':>5} "
             f"{'opt':>4} {'fp':>4} {'P':>6} {'F1':>6}"]
    for t, row in by_type.items():
        lines.append(f"{t:13} {row['gold']:5d} {row['found']:5d} {len(row['missed']):6d} {row['recall']:6.3f}  | "
                     f"{row['graph']:5d} {row['tp']:5d} {row['optional']:4d} {row['fp']:4d} "
                     f"{row['precision']:6.3f} {row['f1']:6.3f}")
    lines.append("(gold: core gold entities of the type, found + missed; graph: the graph's nodes of the type, "
                 "tp (matching a core gold line) + opt (matching only an optional E? line) + fp; several nodes "
                 "may match one gold name, so tp may exceed found)")
    return lines


def render_by_note(by_note: dict) -> list[str]:
    if not by_note:
        return []
    lines = ["relation recall by gold note:"]
    from kg.query import pad

    lines += [f"  {pad(note or '(no note)', 24)} {row['found'] / row['gold'] if row['gold'] else 0:6.3f} "
              f"({row['found']}/{row['gold']})" for note, row in by_note.items()]
    return lines


def render_report(report: dict) -> str:
    """One text's scores for a terminal."""
    lines = render_by_type(report["by_type"])
    for t, row in report["by_type"].items():
        if row["missed"] or row["false_positives"]:
            lines.append(f"  {t}: missed {row['missed'][:8]}  false positives {row['false_positives'][:8]}")
    ent, rel, ind = report["entities"], report["relations"], report["indicators"]
    missing = [f"{r['subject']}~{r['object']}" + (f" (no node: {'、'.join(r['no_node'])})" if r.get("no_node") else "")
               for r in rel["rows"] if r["core"] and not r["found"]]
    lines += render_by_note(rel["by_note"])
    if missing:
        lines.append(f"  relations missing: {missing[:10]}")
    if ind["missed"]:
        lines.append(f"  indicators missed: {ind['missed'][:20]}" + (" …" if len(ind["missed"]) > 20 else ""))
    lines.append(f"entities P={ent['precision']:.3f} R={ent['recall']:.3f} F1={ent['f1']:.3f}  "
                 f"relations R={rel['recall']:.3f} ({rel['found']}/{rel['gold']})  "
                 f"indicators R={ind['recall']:.3f} ({ind['found']}/{ind['gold']})")
    return "\n".join(lines)


def render_texts(reports: dict[str, dict], total: dict) -> str:
    """Every text's scores, the micro total, the per-type table and relation recall by note."""
    width = max(len(n) for n in [*reports, "total (micro)"])
    head = f"{'text':{width}} {'P':>6} {'R':>6} {'F1':>6}  {'relations':>16}  {'indicators':>16}"
    lines = [head, "-" * len(head)]

    def row(name: str, r: dict) -> str:
        e, rel, ind = r["entities"], r["relations"], r["indicators"]
        rel_count, ind_count = f"({rel['found']}/{rel['gold']})", f"({ind['found']}/{ind['gold']})"
        return (f"{name:{width}} {e['precision']:6.3f} {e['recall']:6.3f} {e['f1']:6.3f}  "
                f"{rel['recall']:6.3f} {rel_count:>9}  {ind['recall']:6.3f} {ind_count:>9}")

    lines += [row(name, r) for name, r in reports.items()]
    lines += ["-" * len(head), row("total (micro)", total), ""]
    lines += render_by_type(total["by_type"])
    lines += [""] + render_by_note(total["relations"]["by_note"])
    rel_missed = [r for rep in reports.values() for r in rep["relations"]["rows"] if r["core"] and not r["found"]]
    if rel_missed:
        no_node = sum(1 for r in rel_missed if r.get("no_node"))
        lines.append(f"  relations missed: {len(rel_missed)}, of which {no_node} lack an entity at one end "
                     "(find the entity first)")
    missed = [(name, m) for name, r in reports.items() for m in r["indicators"]["missed"]]
    if missed:
        lines += ["", f"indicators missed ({len(missed)}):"]
        lines += [f"  {name}: {m}" for name, m in missed[:30]]
        if len(missed) > 30:
            lines.append(f"  … and {len(missed) - 30} more (--format json lists all)")
    return "\n".join(lines)
