"""Themes: tag each statement with the themes of ``ontology/themes.ttl``; a document gets the union.

The thesaurus is the only source of theme vocabulary. A theme's ``skos:prefLabel`` and
``skos:altLabel`` are matched as whole words or phrases; its ``skos:hiddenLabel`` values are word
stems matched at the start of a word ("inequalit" matches "inequality" and "inequalities").
Matching is case-insensitive, on the statement's text with whitespace folded. All terms go into
one compiled pattern, so tagging is one linear scan per statement.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from strategygraph.model import Extraction, Statement
from strategygraph.paths import THEMES_FILE

__all__ = ["load_terms", "themes_of", "classify_extraction"]


@lru_cache(maxsize=4)
def load_terms(path: Path = THEMES_FILE) -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """Match term -> theme ids, and one pattern that finds every term."""
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS

    from strategygraph.namespaces import THEME

    graph = Graph()
    graph.parse(path, format="turtle")
    words: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    for concept in graph.subjects(SKOS.inScheme, THEME.scheme):
        if (concept, RDF.type, SKOS.Concept) not in graph:
            continue
        theme_id = str(concept)[len(str(THEME)):]
        for predicate, bucket in ((SKOS.prefLabel, words), (SKOS.altLabel, words),
                                  (SKOS.hiddenLabel, stems)):
            for label in graph.objects(concept, predicate):
                term = re.sub(r"\s+", " ", str(label)).strip().casefold()
                if term:
                    bucket.setdefault(term, set()).add(theme_id)
    lookup: dict[str, tuple[str, ...]] = {}
    for bucket in (words, stems):
        for term, ids in bucket.items():
            lookup[term] = tuple(sorted(set(lookup.get(term, ())) | ids))

    def alternation(terms: list[str]) -> str:
        ordered = sorted(terms, key=lambda t: (-len(t), t))
        return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)

    parts = []
    if words:
        parts.append(r"(?P<word>" + alternation(list(words)) + r")(?![\w])")
    if stems:
        parts.append(r"(?P<stem>" + alternation(list(stems)) + r")")
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")", re.IGNORECASE)
    return lookup, pattern


def themes_of(text: str, path: Path = THEMES_FILE) -> list[str]:
    """Theme ids whose terms occur in ``text``, sorted."""
    lookup, pattern = load_terms(path)
    found: set[str] = set()
    for match in pattern.finditer(text):
        term = re.sub(r"\s+", " ", match.group(0)).casefold()
        found.update(lookup.get(term, ()))
    return sorted(found)


def classify_extraction(extraction: Extraction) -> None:
    """Set ``themes`` on every statement and the union on the extraction."""
    union: set[str] = set()

    def tag(statement: Statement, extra: str = "") -> None:
        statement.themes = themes_of(statement.text + (" " + extra if extra else ""))
        union.update(statement.themes)

    for single in (extraction.vision, extraction.mission):
        if single is not None:
            tag(single)
    for goal in extraction.goals:
        tag(goal)
        for statement in goal.statements:
            tag(statement)
    for statement in extraction.commitments:
        tag(statement)
    for value in extraction.values:
        value.themes = themes_of(value.text)
    extraction.themes = sorted(union)
