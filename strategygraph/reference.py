"""The reference facts about organisations and integrated care systems, read from CSV.

One reader for ``graph_data/reference/*.csv`` that every stage shares: the gazetteer of the
extractors, the RDF reference graph, the manifest's organisation look-up.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from strategygraph.paths import REFERENCE_DIR

# The CSV's free-text kinds, mapped to the ontology's classes (local names under sg:).
KIND_CLASSES: dict[str, tuple[str, ...]] = {
    "acute trust": ("AcuteTrust",),
    "community and mental health trust": ("CommunityTrust", "MentalHealthTrust"),
    "mental health and learning disability trust": ("MentalHealthTrust",),
    "mental health trust": ("MentalHealthTrust",),
    "community trust": ("CommunityTrust",),
    "ambulance trust": ("AmbulanceTrust",),
    "integrated care board": ("IntegratedCareBoard",),
    "integrated care partnership": ("IntegratedCarePartnership",),
    "integrated care system": ("IntegratedCareSystem",),
}

# The extraction contract's organisation types, by ontology class.
CONTRACT_TYPES: dict[str, str] = {
    "AcuteTrust": "acute trust",
    "MentalHealthTrust": "mental health trust",
    "CommunityTrust": "community trust",
    "AmbulanceTrust": "ambulance trust",
    "IntegratedCareBoard": "ICB",
    "IntegratedCareSystem": "ICS",
    "IntegratedCarePartnership": "ICP",
}


@dataclass(frozen=True)
class OrganisationRecord:
    name: str
    ods_code: str
    kind: str
    classes: tuple[str, ...]
    icb_name: str
    icb_ods_code: str
    notes: str


@dataclass(frozen=True)
class IcsRecord:
    name: str
    icb_ods_code: str
    icb_name: str
    notes: str


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@lru_cache(maxsize=4)
def load_organisations(directory: Path = REFERENCE_DIR) -> tuple[OrganisationRecord, ...]:
    return tuple(
        OrganisationRecord(
            name=row["name"],
            ods_code=row["ods_code"],
            kind=row["type"],
            classes=KIND_CLASSES.get(row["type"].lower(), ("OtherOrganisation",)),
            icb_name=row["integrated_care_board"],
            icb_ods_code=row["icb_ods_code"],
            notes=row.get("notes", ""),
        )
        for row in _rows(directory / "organisations.csv")
    )


@lru_cache(maxsize=4)
def load_integrated_care_systems(directory: Path = REFERENCE_DIR) -> tuple[IcsRecord, ...]:
    return tuple(
        IcsRecord(
            name=row["name"],
            icb_ods_code=row["icb_ods_code"],
            icb_name=row["icb_name"],
            notes=row.get("notes", ""),
        )
        for row in _rows(directory / "integrated_care_systems.csv")
    )


def organisation_by_code(code: str) -> OrganisationRecord | None:
    wanted = code.strip().upper()
    return next((o for o in load_organisations() if o.ods_code.upper() == wanted), None)


def organisation_by_name(name: str) -> OrganisationRecord | None:
    wanted = name.strip().casefold()
    return next((o for o in load_organisations() if o.name.casefold() == wanted), None)


def ics_of(organisation: OrganisationRecord) -> IcsRecord | None:
    """The integrated care system an organisation belongs to, through its ICB."""
    return next(
        (s for s in load_integrated_care_systems() if s.icb_ods_code == organisation.icb_ods_code),
        None,
    )
