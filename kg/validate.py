"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl`` (pyshacl) and say what is wrong.

Validation runs without RDFS/OWL inference, which keeps a corpus graph of several hundred
thousand triples within seconds rather than minutes. What inference would have given the shapes
is only the ontology's class and property hierarchy (a kg:Meeting is a kg:Entity; kg:approved is a
sub-property of kg:relatedTo), so those rdfs:subClassOf / rdfs:subPropertyOf triples are lent to
the data graph for the run and taken back afterwards.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import SH

from kg.errors import InputError, ValidationError
from kg.vocab import KG, ontology_graph, shapes_graph

#: Ontology triples the shapes rely on (the hierarchy sh:class and rdfs:subPropertyOf* walk).
HIERARCHY = (RDFS.subClassOf, RDFS.subPropertyOf)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint, in the words a reader of ``kg validate`` needs."""

    focus_label: str  # what the node is, for a person: its label, or the text of a mention
    path: str  # the property, as a prefixed name ('' for a node-level constraint)
    message: str
    focus: str  # the node's IRI (or blank node id)
    value: str = ""  # the offending value, when there is one
    severity: str = "Violation"
    named: bool = True  # focus_label is a name (a label, a quote), not the node's IRI written short

    def one_line(self) -> str:
        """``label <iri> path: message``; a node with no name is named once, by its short IRI."""
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        node = f"{self.focus_label} <{self.focus}>" if self.named else self.focus_label
        return f"{node}{where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one graph."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int
    seconds: float

    def summary(self) -> str:
        if self.conforms:
            return f"conforms: {self.triples} triples, 0 violations ({self.seconds:.1f}s)"
        nodes = len({v.focus for v in self.violations})
        return (f"does not conform: {len(self.violations)} violation(s) on {nodes} node(s) "
                f"in {self.triples} triples ({self.seconds:.1f}s)")


#: Called as each node shape is checked: (shapes done, shapes in all).
Progress = Callable[[int, int], None]


def shape_parts(shapes: Graph) -> list[Graph]:
    """The shapes graph cut into one graph per node shape, each with the property shapes and blank
    nodes it uses, so a long validation can say how far it is (the shapes refer to no other node shape).
    """
    nodes = sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str)

    def gather(node: Node, part: Graph) -> None:
        for s, p, o in shapes.triples((node, None, None)):
            part.add((s, p, o))
            follow = isinstance(o, BNode) or (isinstance(o, URIRef) and (o, RDF.type, SH.NodeShape) not in shapes
                                              and (o, None, None) in shapes)
            if follow and (o, None, None) not in part:
                gather(o, part)

    parts = []
    for shape in nodes:
        part = Graph(bind_namespaces="none")
        for prefix, ns in shapes.namespaces():
            part.bind(prefix, ns)
        gather(shape, part)
        parts.append(part)
    return parts or [shapes]


def validate_graph(g: Graph, *, shapes: Graph | None = None, progress: Progress | None = None) -> ValidationReport:
    """Validate ``g`` against ``shapes`` (default: the package's ``ontology/shapes.ttl``).

    ``g`` is left as it was: the ontology hierarchy is added for the run and removed after it.
    The node shapes are checked one at a time (as fast as all at once), calling ``progress`` after each.

    >>> from kg.pipeline import build_graph
    >>> validate_graph(build_graph("会议深入贯彻党的二十大精神。")).conforms
    True
    """
    from pyshacl import validate

    started = time.perf_counter()
    triples = len(g)
    lent = [t for p in HIERARCHY for t in ontology_graph().triples((None, p, None)) if t not in g]
    for t in lent:
        g.add(t)
    parts = shape_parts(shapes if shapes is not None else shapes_graph())
    found: list[Violation] = []
    try:
        for k, part in enumerate(parts, 1):
            _, results, _ = validate(g, shacl_graph=part, inference="none", advanced=False,
                                     abort_on_first=False, allow_warnings=False, meta_shacl=False, inplace=True)
            found += _violations(results, g)
            if progress is not None:
                progress(k, len(parts))
    finally:
        for t in lent:
            g.remove(t)
    violations = tuple(sorted(set(found)))  # one line per node, path and message
    return ValidationReport(conforms=not violations, violations=violations, triples=triples,
                            seconds=time.perf_counter() - started)


def validate_file(path: str | Path, *, progress: Progress | None = None) -> ValidationReport:
    """Load a graph file (Turtle, N-Triples, JSON-LD; TriG, N-Quads: their merged graph), or a build
    folder's, and validate it.

    An empty graph is refused rather than declared conforming: it is almost always the wrong file.
    """
    g = load_merged_graph(path)
    if len(g) == 0:
        raise InputError(f"{path}: the graph holds no triples", hint="check that this is the graph you built")
    return validate_graph(g, progress=progress)


def load_merged_graph(path: str | Path) -> Graph:
    """A graph file as one rdflib Graph: the merged graph of a TriG or N-Quads file's named graphs.

    pyoxigraph parses (several times faster than rdflib on a corpus graph); the triples are then
    copied into rdflib, which pyshacl needs.
    """
    from kg.store import load_store

    return store_graph(load_store(path))


def store_graph(store, graph_name=None) -> Graph:
    """One graph of a pyoxigraph store as an rdflib Graph: its default graph (the merged one), or the
    named graph ``graph_name`` (one text of a build)."""
    import pyoxigraph as ox

    from kg.graph import new_graph

    g = new_graph()
    add = g.add
    for q in store.quads_for_pattern(None, None, None, graph_name if graph_name is not None else ox.DefaultGraph()):
        add((_rdflib_term(q.subject), _rdflib_term(q.predicate), _rdflib_term(q.object)))
    return g


def _rdflib_term(term) -> Node:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # RDF 1.1's plain literal; rdflib tells the two apart
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode(term.value)


def check_graph(g: Graph) -> ValidationReport:
    """Validate ``g`` and raise :class:`ValidationError` when it does not conform."""
    report = validate_graph(g)
    if not report.conforms:
        first = report.violations[0].one_line()
        raise ValidationError(f"graph {report.summary()}; first: {first}",
                              hint="run 'kg validate' on the graph for the full list")
    return report


def _violations(results: Graph, data: Graph) -> list[Violation]:
    found = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        message = results.value(r, SH.resultMessage)
        severity = results.value(r, SH.resultSeverity)
        label = describe(data, focus)
        found.append(Violation(
            focus_label=label,
            named=focus is None or label != _short(data, focus),
            path=_short(data, path) if isinstance(path, URIRef) else "",
            message=str(message) if message is not None else "constraint failed",
            focus=str(focus),
            value=_value(data, value),
            severity=_short(data, severity).split(":")[-1] if severity is not None else "Violation",
        ))
    return found


def describe(g: Graph, node: Node | None) -> str:
    """A short human name for a node: its label; for evidence, the text it quotes.

    >>> g = Graph(); n = URIRef("https://example.org/m")
    >>> _ = g.add((n, KG.text, Literal("党的二十大", lang="zh")))
    >>> describe(g, n)
    '“党的二十大”'
    """
    if node is None:
        return "?"
    label = g.value(node, RDFS.label)
    if label is not None:
        return str(label)
    text = g.value(node, KG.text)
    if text is None and (sentence := g.value(node, KG.inSentence)) is not None:
        text = g.value(sentence, KG.text)  # an assertion whose span is its whole sentence
    if text is not None:
        quoted = str(text) if len(str(text)) <= 40 else str(text)[:39] + "…"
        return f"“{quoted}”"
    return _short(g, node)


def _value(g: Graph, value: Node | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal):
        return value.n3(g.namespace_manager)
    label = g.value(value, RDFS.label)
    return f"{label} <{value}>" if label is not None else _short(g, value)


def _short(g: Graph, node: Node) -> str:
    """A node as a prefixed name (kg:unit, kgr:meeting/…), or whole when no prefix fits."""
    from kg.query import compact_iri

    try:
        text = node.n3(g.namespace_manager)
    except Exception:  # rdflib raises several types for IRIs it cannot abbreviate
        text = str(node)
    if isinstance(node, URIRef) and text.startswith("<"):
        return compact_iri(str(node)) if compact_iri(str(node)) != str(node) else text
    return text
