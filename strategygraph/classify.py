"""Themes: tag each statement with the themes of ``ontology/themes.ttl``; a document gets the union.

The thesaurus is the only source of theme vocabulary. A theme's ``skos:prefLabel`` and
``skos:altLabel`` are matched as whole words or phrases; its ``skos:hiddenLabel`` values are word
stems matched at the start of a word ("inequalit" matches "inequality" and "inequalities").
Matching is case-insensitive, on the statement's words (letters, digits, "&", joined by inner
hyphens or apostrophes): one pass over the words with dictionary look-ups, so linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from strategygraph.model import Extraction, Statement
from strategygraph.paths import THEMES_FILE

__all__ = ["load_terms", "themes_of", "classify_extraction"]


_TOKEN = re.compile(r"[\w&]+(?:[-'’][\w&]+)*")


@dataclass(frozen=True)
class Terms:
    """The thesaurus's match terms, indexed for a linear scan of a text's words."""

    phrases: dict[str, tuple[str, ...]]  # "care closer to home" -> theme ids
    stems: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # first 3 letters -> (stem, ids)
    longest: int  # words in the longest phrase
    prefixes: frozenset[str]  # every phrase's leading words ("care", "care closer", ...)


def _words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _TOKEN.findall(text.casefold())]


@lru_cache(maxsize=4)
def load_terms(path: Path = THEMES_FILE) -> Terms:
    """Read the match terms of every theme in the scheme from the thesaurus."""
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS

    from strategygraph.namespaces import THEME

    graph = Graph()
    graph.parse(path, format="turtle")
    phrases: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    for concept in graph.subjects(SKOS.inScheme, THEME.scheme):
        if (concept, RDF.type, SKOS.Concept) not in graph:
            continue
        theme_id = str(concept)[len(str(THEME)):]
        for predicate, bucket in ((SKOS.prefLabel, phrases), (SKOS.altLabel, phrases),
                                  (SKOS.hiddenLabel, stems)):
            for label in graph.objects(concept, predicate):
                key = " ".join(_words(str(label)))
                if key:
                    bucket.setdefault(key, set()).add(theme_id)
    by_prefix: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for stem, ids in stems.items():
        by_prefix.setdefault(stem[:3], []).append((stem, tuple(sorted(ids))))
    return Terms(
        phrases={k: tuple(sorted(v)) for k, v in phrases.items()},
        stems={k: tuple(v) for k, v in by_prefix.items()},
        longest=max((k.count(" ") + 1 for k in phrases), default=1),
        prefixes=frozenset(
            " ".join(k.split()[:n]) for k in phrases for n in range(1, k.count(" ") + 1)
        ),
    )


def themes_of(text: str, path: Path = THEMES_FILE) -> list[str]:
    """Theme ids whose terms occur in ``text``, sorted.

    >>> themes_of("Reduce health inequalities")
    ['health_inequalities']
    """
    terms = load_terms(path)
    words = _words(text)
    found: set[str] = set()
    phrases = terms.phrases
    for i, word in enumerate(words):
        for stem, ids in terms.stems.get(word[:3], ()):
            if word.startswith(stem):
                found.update(ids)
        key = word
        j = i + 1
        while True:
            ids = phrases.get(key)
            if ids:
                found.update(ids)
            if j >= len(words) or key not in terms.prefixes:
                break
            key = key + " " + words[j]
            j += 1
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
