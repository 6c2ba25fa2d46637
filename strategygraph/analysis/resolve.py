"""Find the organisation or system a user names: ODS code, IRI, or a unique part of the name.

An unknown or ambiguous name is a :class:`~strategygraph.errors.UsageError` (exit 2) that lists
the close matches, so the user can retype it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from rdflib import URIRef

from strategygraph.analysis.data import CorpusView
from strategygraph.errors import UsageError

__all__ = ["resolve_ics", "resolve_organisation"]


def _pick(name: str, what: str, candidates: dict[URIRef, tuple[str, Iterable[str]]]) -> URIRef:
    """``candidates``: IRI -> (label, exact keys such as the ODS code and the slug)."""
    wanted = name.strip()
    if not wanted:
        raise UsageError(f"name an {what}")
    folded = wanted.casefold()
    for iri, (_, keys) in candidates.items():
        if wanted == str(iri) or folded in {k.casefold() for k in keys}:
            return iri
    exact = [iri for iri, (label, _) in candidates.items() if label.casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    partial = sorted(
        (iri for iri, (label, _) in candidates.items() if folded in label.casefold()), key=str
    )
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = "; ".join(f"{candidates[i][0]} ({_short(candidates, i)})" for i in partial[:8])
        raise UsageError(f"{wanted!r} names more than one {what}: {names}")
    labels = {label: iri for iri, (label, _) in candidates.items()}
    keys = {k: iri for iri, (_, ks) in candidates.items() for k in ks}
    close = difflib.get_close_matches(wanted, list(labels) + list(keys), n=5, cutoff=0.5)
    close += difflib.get_close_matches(folded, [x.casefold() for x in labels], n=5, cutoff=0.5)
    found = []
    for match in close:
        iri = labels.get(match) or keys.get(match) or next(
            (i for lab, i in labels.items() if lab.casefold() == match), None
        )
        if iri is not None and iri not in found:
            found.append(iri)
    hint = (
        "; did you mean: " + "; ".join(f"{candidates[i][0]} ({_short(candidates, i)})" for i in found)
        if found
        else "; known: " + ", ".join(sorted(_short(candidates, i) for i in candidates)[:20])
    )
    raise UsageError(f"unknown {what} {wanted!r}{hint}")


def _short(candidates: dict[URIRef, tuple[str, Iterable[str]]], iri: URIRef) -> str:
    keys = list(candidates[iri][1])
    return keys[0] if keys else str(iri)


def resolve_organisation(view: CorpusView, name: str) -> URIRef:
    """The organisation an ODS code, IRI or unique part of a name denotes."""
    candidates: dict[URIRef, tuple[str, Iterable[str]]] = {}
    for iri, org in sorted(view.organisations.items(), key=lambda kv: str(kv[0])):
        keys = [org.ods_code] if org.ods_code else []
        keys.append(str(iri).rstrip("/").rsplit("/", 1)[-1])
        candidates[iri] = (org.label, keys)
    return _pick(name, "organisation", candidates)


def resolve_ics(view: CorpusView, name: str) -> URIRef:
    """The integrated care system an IRI, slug, ICB code or unique part of its label denotes."""
    candidates: dict[URIRef, tuple[str, Iterable[str]]] = {}
    for iri, ics in sorted(view.ics.items(), key=lambda kv: str(kv[0])):
        keys = [str(iri).rstrip("/").rsplit("/", 1)[-1]]
        keys += [view.organisations[m].ods_code or "" for m in ics.members
                 if m in view.organisations and "IntegratedCareBoard" in view.organisations[m].kinds]
        candidates[iri] = (ics.label, [k for k in keys if k])
    return _pick(name, "integrated care system", candidates)
