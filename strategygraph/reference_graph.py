"""The reference data as RDF: organisations, integrated care systems and federations.

Built from ``graph_data/reference/*.csv`` through ``strategygraph.reference`` (the one CSV
reader), in the shape docs/MODEL.md shows for the ``id:graph/reference`` named graph. Nothing
here knows a particular organisation: federations come from "federated with ..." in a row's
notes, resolved against the other rows' names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from strategygraph.ids import ics_iri, organisation_iri, partnership_iri
from strategygraph.namespaces import SG, bind_prefixes
from strategygraph.paths import REFERENCE_DIR
from strategygraph.reference import (
    IcsRecord,
    OrganisationRecord,
    load_integrated_care_systems,
    load_organisations,
)

__all__ = ["build_reference_graph", "federations"]

_FEDERATED = re.compile(r"\bfederated with\s+([^;,.()]+)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _common_prefix_len(a: Sequence[str], b: Sequence[str]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _resolve(
    mention: str, organisations: Sequence[OrganisationRecord]
) -> OrganisationRecord | None:
    """The one organisation whose name starts with most of the words of ``mention``.

    "Dorset HealthCare since 2024" resolves to "Dorset HealthCare University NHS Foundation
    Trust": at least two leading words (or the whole name) must match, and the best match must
    be unique.
    """
    said = _words(mention)
    scored = []
    for record in organisations:
        name = _words(record.name)
        shared = _common_prefix_len(said, name)
        if shared >= min(2, len(name)) and shared > 0:
            scored.append((shared, record))
    if not scored:
        return None
    scored.sort(key=lambda pair: -pair[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def federations(
    organisations: Sequence[OrganisationRecord],
) -> list[tuple[str, list[OrganisationRecord]]]:
    """Groups of organisations federated with each other, from the rows' notes, with a name.

    Groups are the connected components of the "federated with" links; a group's name is the
    words its members' names start with, plus "federation" (e.g. "Dorset federation").
    """
    parent: dict[str, str] = {o.ods_code: o.ods_code for o in organisations}

    def find(code: str) -> str:
        while parent[code] != code:
            parent[code] = parent[parent[code]]
            code = parent[code]
        return code

    linked: set[str] = set()
    for record in organisations:
        for mention in _FEDERATED.findall(record.notes):
            other = _resolve(mention, [o for o in organisations if o is not record])
            if other is None:
                continue
            parent[find(record.ods_code)] = find(other.ods_code)
            linked.update((record.ods_code, other.ods_code))
    groups: dict[str, list[OrganisationRecord]] = {}
    for record in organisations:
        if record.ods_code in linked:
            groups.setdefault(find(record.ods_code), []).append(record)
    found = []
    for members in groups.values():
        members.sort(key=lambda o: o.ods_code)
        found.append((_federation_name(members), members))
    return sorted(found, key=lambda pair: pair[0])


def _federation_name(members: Sequence[OrganisationRecord]) -> str:
    names = [_WORD.findall(m.name) for m in members]
    common: list[str] = []
    for words in zip(*names, strict=False):
        if len({w.casefold() for w in words}) != 1:
            break
        common.append(words[0])
    stem = " ".join(common) if common else " and ".join(m.name for m in members)
    return f"{stem} federation"


def _add_organisation(graph: Graph, record: OrganisationRecord) -> URIRef:
    node = organisation_iri(record.ods_code, record.name)
    for local_name in record.classes:
        graph.add((node, RDF.type, SG[local_name]))
    graph.add((node, RDFS.label, Literal(record.name)))
    if record.ods_code:
        graph.add((node, SG.odsCode, Literal(record.ods_code)))
    return node


def _add_ics(graph: Graph, system: IcsRecord, members: Iterable[OrganisationRecord]) -> URIRef:
    node = ics_iri(system.name)
    graph.add((node, RDF.type, SG.IntegratedCareSystem))
    graph.add((node, RDFS.label, Literal(system.name)))
    if system.icb_ods_code:
        graph.add((node, SG.hasIntegratedCareBoard, organisation_iri(system.icb_ods_code)))
    for record in members:
        member = organisation_iri(record.ods_code, record.name)
        graph.add((node, SG.hasMember, member))
        graph.add((member, SG.memberOf, node))
    return node


def build_reference_graph(directory: Path = REFERENCE_DIR) -> Graph:
    """A new graph of the reference data (the content of ``id:graph/reference``)."""
    graph = bind_prefixes(Graph())
    organisations = load_organisations(directory)
    for record in organisations:
        _add_organisation(graph, record)
    for system in load_integrated_care_systems(directory):
        members = [
            o for o in organisations if o.icb_ods_code and o.icb_ods_code == system.icb_ods_code
        ]
        _add_ics(graph, system, members)
    for name, members in federations(organisations):
        node = partnership_iri(name)
        graph.add((node, RDF.type, SG.Partnership))
        graph.add((node, RDFS.label, Literal(name)))
        iris = [organisation_iri(m.ods_code, m.name) for m in members]
        for iri in iris:
            graph.add((node, SG.hasMember, iri))
            graph.add((iri, SG.memberOf, node))
            for other in iris:
                if other != iri:
                    graph.add((iri, SG.partnerOf, other))
    return graph
