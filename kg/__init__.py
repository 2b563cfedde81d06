"""policy-kg: knowledge graphs from Chinese policy texts (speeches, communiqués, work reports)."""
from __future__ import annotations

from kg.errors import InputError, KGError, OutputError, QueryError, ValidationError
from kg.model import Entity, Evidence, Extraction, Indicator, Mention, Relation

__all__ = [
    "build_graph", "extract_text", "show", "query", "Entity", "Evidence", "Extraction", "Indicator", "Mention",
    "Relation", "KGError", "InputError", "OutputError", "QueryError", "ValidationError",
]


def __getattr__(name: str):
    # Lazy: `import kg` stays cheap (jieba loads only when text is extracted).
    if name in ("build_graph", "extract_text"):
        from kg import pipeline

        return getattr(pipeline, name)
    if name == "show":  # the notebook API: kg.show(graph_or_path), kg.query(graph_or_path, name)
        from kg.notebook import show

        return show
    if name == "query":  # the module kg/query.py, which is callable: kg.query(graph_or_path, name, **params)
        import importlib

        return importlib.import_module("kg.query")
    raise AttributeError(name)
