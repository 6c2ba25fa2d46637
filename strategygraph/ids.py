"""Stable identifiers: the same input always mints the same IRIs (docs/MODEL.md)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from strategygraph.namespaces import ID

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")


def slugify(text: str) -> str:
    """Lower-case ASCII slug: ``"Tees, Esk & Wear"`` -> ``"tees-esk-wear"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_text.lower()).strip("-") or "unnamed"


def normalise_text(text: str) -> str:
    """Whitespace folded and case kept: the form statement IRIs are derived from."""
    return _SPACE.sub(" ", text).strip()


def short_hash(text: str, length: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def organisation_iri(ods_code: str | None, name: str | None = None) -> URIRef:
    if ods_code:
        return ID[f"organisation/{ods_code.strip().upper()}"]
    if not name:
        raise ValueError("an organisation needs an ODS code or a name")
    return ID[f"organisation/{slugify(name)}"]


def ics_iri(name: str) -> URIRef:
    return ID[f"ics/{slugify(name)}"]


def partnership_iri(name: str) -> URIRef:
    return ID[f"partnership/{slugify(name)}"]


def document_iri(doc_id: str) -> URIRef:
    return ID[f"document/{doc_id}"]


def document_graph_iri(doc_id: str) -> URIRef:
    return ID[f"graph/{doc_id}"]


def strategy_iri(doc_id: str) -> URIRef:
    return ID[f"strategy/{doc_id}"]


def statement_iri(doc_id: str, kind: str, text: str) -> URIRef:
    return ID[f"statement/{doc_id}/{kind}-{short_hash(normalise_text(text).casefold())}"]


GRAPH_ONTOLOGY = ID["graph/ontology"]
GRAPH_THEMES = ID["graph/themes"]
GRAPH_REFERENCE = ID["graph/reference"]
GRAPH_ALIGNMENT = ID["graph/alignment"]
GRAPH_ANALYSIS = ID["graph/analysis"]
GRAPH_SUMMARY = ID["graph/summary"]  # sort keys for the named queries (strategygraph.summaries)


def inferred_graph_iri(doc_id: str) -> URIRef:
    return ID[f"graph/inferred/{doc_id}"]
