"""``kg eval``: score a graph against a gold annotation file."""
from __future__ import annotations

import json

import click

from kg.cli import main


@main.command("eval")
@click.argument("graph", type=click.Path(path_type=str))
@click.option("--gold", "gold_path", required=True, type=click.Path(path_type=str),
              help="Gold annotation (.gold.tsv, the ANNOTATION.md format).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_command(graph: str, gold_path: str, fmt: str) -> None:
    """Score GRAPH against a gold file: per-type precision/recall/F1, relation and indicator recall.

    \b
    Example:
      kg build mytext.txt -o out/
      kg eval out/graph.ttl --gold mytext.gold.tsv
    """
    from kg.evaluate import evaluate, read_gold
    from kg.query import load_graph

    report = evaluate(load_graph(graph), read_gold(gold_path))
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    click.echo(f"{'type':13} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'gold':>5}")
    for t, row in report["by_type"].items():
        click.echo(f"{t:13} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                   f"{row['tp']:4d} {row['fp']:4d} {row['gold']:5d}")
    ent, rel, ind = report["entities"], report["relations"], report["indicators"]
    for t, row in report["by_type"].items():
        if row["missed"] or row["false_positives"]:
            click.echo(f"  {t}: missed {row['missed'][:8]}  false positives {row['false_positives'][:8]}")
    missing = [f"{r['subject']}~{r['object']}" for r in rel["rows"] if r["core"] and not r["found"]]
    if missing:
        click.echo(f"  relations missing: {missing[:10]}")
    missed = [f"{r['label']} {r['value']:g}{r['unit']} ({r['period']})" for r in ind["rows"] if not r["found"]]
    if missed:
        click.echo(f"  indicators missed: {missed[:20]}")
    click.echo(f"entities P={ent['precision']:.3f} R={ent['recall']:.3f} F1={ent['f1']:.3f}  "
               f"relations R={rel['recall']:.3f} ({rel['found']}/{rel['gold']})  "
               f"indicators R={ind['recall']:.3f} ({ind['found']}/{ind['gold']})")
