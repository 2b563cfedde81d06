"""The graph in a notebook: the offline view inline (:func:`show`) and queries as DataFrames (:func:`query`).

Analysts live in Jupyter. ``kg.show(graph_or_path)`` puts the same page ``kg view`` writes into the
cell's output, as an ``<iframe srcdoc>``: no server, no CDN, the page's own Content-Security-Policy
still in force inside the frame. ``kg.query(graph_or_path, name_or_sparql, **params)`` runs a named
query of the library (or any read-only SPARQL) and returns a pandas DataFrame when pandas is installed.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

if TYPE_CHECKING:
    from rdflib import Graph

#: How tall the view is in a notebook's output (pixels); the width follows the notebook.
VIEW_HEIGHT = 640


def _source(graph_or_path: Graph | ox.Store | str | Path) -> Graph | ox.Store:
    """A graph to read: a path (graph file or build folder) is loaded into a store; a graph is used as it is."""
    if isinstance(graph_or_path, (str, Path)):
        from kg.store import load_store

        return load_store(graph_or_path)
    return graph_or_path


@dataclass(frozen=True)
class InlineView:
    """The view of a graph as one HTML page, shown by Jupyter (``_repr_html_``) in a sandboxed frame."""

    page: str
    height: int = VIEW_HEIGHT

    def _repr_html_(self) -> str:
        # srcdoc holds the whole page, escaped as an attribute value; scripts run only inside the frame
        return (f'<iframe class="kg-view" srcdoc="{html.escape(self.page, quote=True)}" '
                f'style="width:100%;height:{self.height}px;border:1px solid #d9dde3" '
                'sandbox="allow-scripts" referrerpolicy="no-referrer"></iframe>')

    def save(self, path: str | Path) -> Path:
        """Write the page to a file, as ``kg view -o`` does."""
        from kg.outputs import write_atomic

        return write_atomic(path, self.page)


def show(graph_or_path: Graph | ox.Store | str | Path, *, height: int = VIEW_HEIGHT) -> InlineView | None:
    """Show the interactive view of a graph in the notebook cell (rdflib Graph, pyoxigraph Store, a
    graph file or the folder ``kg build`` wrote). Outside IPython it returns the :class:`InlineView`."""
    from kg.view import render_view

    view = InlineView(render_view(_source(graph_or_path)), height=height)
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:
        return view
    if get_ipython() is None:
        return view
    display(view)
    return None


def query(graph_or_path: Graph | ox.Store | str | Path, name_or_sparql: str, **params: str) -> Any:
    """Run a named query (``kg query --list``) or a SPARQL string; keyword arguments fill its parameters.

    Returns a pandas DataFrame (one column per variable, values as strings, whole IRIs) when pandas is
    installed, else a list of dicts.

    >>> from kg.pipeline import build_graph
    >>> rows = query(build_graph("会议深入贯彻党的二十大精神。"), "neighbourhood", entity="党的二十大")
    >>> sorted(rows.columns) if hasattr(rows, "columns") else sorted(rows[0])
    ['direction', 'documents', 'entity', 'neighbour', 'relation', 'type']
    """
    from kg.query import bind_parameters, named_queries, run_query

    library = named_queries()
    if name_or_sparql in library:
        named = library[name_or_sparql]
        text = bind_parameters(named.text, params, declared=named.parameters)
    else:
        text = bind_parameters(name_or_sparql, params) if params else name_or_sparql
    names, rows = run_query(_source(graph_or_path), text)
    try:
        import pandas as pd
    except ImportError:
        return [dict(zip(names, r, strict=True)) for r in rows]
    return pd.DataFrame(rows, columns=names)
