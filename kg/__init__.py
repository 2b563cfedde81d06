"""policy-kg: knowledge graphs from Chinese policy texts (speeches, communiqués, work reports)."""
from __future__ import annotations

from kg.errors import InputError, KGError, OutputError, QueryError, ValidationError
from kg.model import Entity, Evidence, Extraction, Indicator, Mention, Relation

__all__ = [
    "build_graph", "extract_text", "Entity", "Evidence", "Extraction", "Indicator", "Mention",
    "Relation", "KGError", "InputError", "OutputError", "QueryError", "ValidationError",
]


def __getattr__(name: str):
    # Lazy: `import kg` stays cheap (jieba loads only when text is extracted).
    if name in ("build_graph", "extract_text"):
        from kg import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
