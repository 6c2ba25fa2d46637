"""The publishing organisation(s) and the other organisations a page names.

Publishers come from the corpus manifest when the file is in one (ODS codes resolved through
``strategygraph.reference``), else from the text: the reference organisation or "... NHS
Foundation Trust"-style name met first in the page's title or opening, else the one named most.

Partners are the other organisations named: the reference gazetteer (full names and their
short forms, "Dorset HealthCare" for "Dorset HealthCare University NHS Foundation Trust") and
name patterns: "... NHS Foundation Trust", "... NHS Trust", "Healthwatch ...", "... University",
"University of ...", "... Council", "... Integrated Care Board", "NHS ... ICB", "... Integrated
Care Partnership", "... Health and Care Partnership", "... Hospice", "... College".
Conventions: a body inside an organisation is named by its organisation ("Bournemouth
University's Market Research Group" -> "Bournemouth University"); a possessive is dropped;
integrated care system names ("Our Dorset", "One Gloucestershire") are not partners (membership
comes from the reference data); national bodies mentioned in passing ("NHS England") are not
partners; the publishers themselves never are.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from strategygraph.model import DocumentMetadata, NamedOrganisation, ReadDocument, Span
from strategygraph.reference import (
    CONTRACT_TYPES,
    OrganisationRecord,
    load_organisations,
    organisation_by_code,
    organisation_by_name,
)

_CAP = r"(?:[A-Z][\w’'.&-]*|St\.?|&)"
_CONNECT = r"(?:\s+(?:and|&|of|on|upon|the|for|in)\s+|,?\s+)"
_BACKWARD_KEYS = (
    r"(?:University\s+)?Hospitals?\s+NHS\s+(?:Foundation\s+)?Trust|NHS\s+Foundation\s+Trust|NHS\s+Trust|"
    r"University(?!\s+Hospitals?\b|\s+NHS\b)|Borough\s+Council|County\s+Council|City\s+Council|District\s+Council|Council|"
    r"Integrated\s+Care\s+Board|Integrated\s+Care\s+Partnership|Health\s+and\s+Care\s+Partnership|"
    r"Health\s+(?:&|and)\s+Wellbeing\s+Board|Hospice|College|Ambulance\s+Service"
)
_PATTERN = re.compile(
    r"(?P<back>(?:" + _CAP + r"(?:" + _CONNECT + r"))*?" + _CAP + r"\s+(?:" + _BACKWARD_KEYS + r"))\b"
    r"|(?P<hw>Healthwatch(?:\s+[A-Z][\w’'-]*(?:\s+(?:and|&)\s+[A-Z][\w’'-]*)?){1,3})"
    r"|(?P<uni>University\s+of\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})"
    r"|(?P<icb>NHS\s+[A-Z][\w’'-]*(?:\s+(?:and|&)\s+[A-Z][\w’'-]*|\s+[A-Z][\w’'-]*){0,3}\s+(?:ICB|Integrated\s+Care\s+Board))"
    r"|(?P<rec>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+Race\s+Equality\s+Council)"
)
_LEADING_JUNK = re.compile(
    r"^(?:(?:The|Our|A|An|And|With|At|In|By|From|Through|For|Of|To|Both|Local|Including|"
    r"Partners|Colleagues|Working|We|Its|Their|Across|Between|Alongside|Within|As|Also)\s+)+"
)
_TRUST_TAIL = re.compile(r"\s+(?:University\s+)?(?:Hospitals?\s+)?NHS\s+(?:Foundation\s+)?Trust\b")
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_ORGS = {
    "nhs foundation trust", "nhs trust", "the university", "university", "council",
    "county council", "city council", "borough council", "district council",
    "integrated care board", "integrated care partnership", "the trust", "nhs england",
}
_TRUST_SUFFIX = re.compile(r"\s+(?:University\s+)?(?:Hospitals?\s+)?NHS\s+(?:Foundation\s+)?Trust$")


def _short_form(name: str) -> str | None:
    short = _TRUST_SUFFIX.sub("", name)
    if short != name and len(short) > 3:
        # "Dorset HealthCare University NHS Foundation Trust" -> "Dorset HealthCare"
        return short
    return None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[tuple[re.Pattern[str], OrganisationRecord], ...]:
    entries: list[tuple[str, OrganisationRecord]] = []
    for record in load_organisations():
        entries.append((record.name, record))
        short = _short_form(record.name)
        if short:
            entries.append((short, record))
        if record.name.startswith("NHS "):
            entries.append((record.name + " Integrated Care Board", record))
            entries.append((record.name + " ICB", record))
    entries.sort(key=lambda e: -len(e[0]))
    return tuple(
        (re.compile(r"(?<![\w-])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w-])"), rec)
        for name, rec in entries
    )


def _record_named(org: NamedOrganisation) -> OrganisationRecord | None:
    return organisation_by_code(org.ods_code) if org.ods_code else organisation_by_name(org.name)


def _as_named(record: OrganisationRecord, span: Span | None = None) -> NamedOrganisation:
    return NamedOrganisation(name=record.name, ods_code=record.ods_code,
                             kind=record.classes[0] if record.classes else None, span=span)


def find_named(document: ReadDocument) -> list[NamedOrganisation]:
    """Every organisation named in the text, in order of first mention, one entry each.

    Reference organisations are returned under their full reference name (and ODS code).
    """
    text = document.text
    hits: list[tuple[int, int, NamedOrganisation]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for pattern, record in _gazetteer():
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                taken.append((match.start(), match.end()))
                span = Span(match.start(), match.end(), match.group(0))
                hits.append((match.start(), match.end(), _as_named(record, span)))
    for match in _PATTERN.finditer(text):
        start, end = match.start(), match.end()
        raw = match.group(0)
        tail = _TRUST_TAIL.match(text, end)
        if tail:
            end = tail.end()
            raw = text[start:end]
        lead = _LEADING_JUNK.match(raw)
        if lead:
            start += lead.end()
            raw = raw[lead.end():]
        raw = _POSSESSIVE.sub("", raw.rstrip()) if raw.endswith(("’s", "'s")) else raw
        end = start + len(raw)
        name = re.sub(r"\s+", " ", raw).strip(" ,")
        if not free(start, end) or name.casefold() in _NOT_ORGS or len(name.split()) < 2:
            continue
        if name.split()[0].islower():
            continue
        taken.append((start, end))
        hits.append((start, end, NamedOrganisation(name=name, kind=_kind_from_name(name),
                                                   span=Span(start, end, text[start:end]))))
    hits.sort(key=lambda h: h[0])
    seen: dict[str, NamedOrganisation] = {}
    for _, _, org in hits:
        key = (org.ods_code or org.name).casefold()
        seen.setdefault(key, org)
    return list(seen.values())


def _kind_from_name(name: str) -> str | None:
    lowered = name.lower()
    if "ambulance" in lowered:
        return "AmbulanceTrust"
    if "integrated care board" in lowered or lowered.endswith(" icb"):
        return "IntegratedCareBoard"
    if "partnership" in lowered and "nhs" not in lowered:
        return "IntegratedCarePartnership" if "care partnership" in lowered else "OtherOrganisation"
    if "council" in lowered:
        return "LocalAuthority"
    if lowered.startswith("university") or lowered.endswith("university"):
        return "University"
    if "healthwatch" in lowered or "hospice" in lowered or "race equality" in lowered:
        return "VoluntaryOrCommunityOrganisation"
    if "mental health" in lowered or "partnership nhs" in lowered:
        return "MentalHealthTrust"
    if "community" in lowered and "trust" in lowered:
        return "CommunityTrust"
    if "nhs" in lowered and "trust" in lowered:
        return "AcuteTrust"
    return "OtherOrganisation"


def _contract_type(kind: str | None) -> str | None:
    if kind is None:
        return None
    return CONTRACT_TYPES.get(kind, "other")


def publishers_and_partners(
    document: ReadDocument, metadata: DocumentMetadata
) -> tuple[list[NamedOrganisation], str | None, list[NamedOrganisation]]:
    """(publishers, contract type of the first publisher, partners)."""
    named = find_named(document)
    publishers: list[NamedOrganisation] = []
    for ref in metadata.organisations:
        record = organisation_by_code(ref) or organisation_by_name(ref)
        publishers.append(_as_named(record) if record else NamedOrganisation(name=ref,
                                                                             kind=_kind_from_name(ref)))
    if not publishers:
        chosen = _publisher_from_text(document, named)
        if chosen is not None:
            publishers.append(chosen)
    org_type: str | None = None
    if metadata.kind in ("acute trust", "mental health trust", "community trust",
                         "ambulance trust", "ICB", "ICS", "ICP", "other"):
        org_type = metadata.kind
    elif publishers:
        org_type = _contract_type(publishers[0].kind) or "other"
    own = {(p.ods_code or p.name).casefold() for p in publishers}
    own_names = {p.name.casefold() for p in publishers}
    partners = [
        org for org in named
        if (org.ods_code or org.name).casefold() not in own and org.name.casefold() not in own_names
        and not _is_alias(org.name, publishers)
    ]
    return publishers, org_type, partners


def _is_alias(name: str, publishers: list[NamedOrganisation]) -> bool:
    lowered = name.casefold()
    for publisher in publishers:
        short = _short_form(publisher.name)
        if short and short.casefold() == lowered:
            return True
    return False


def _publisher_from_text(document: ReadDocument,
                         named: list[NamedOrganisation]) -> NamedOrganisation | None:
    if not named:
        return None
    opening = document.text[:400]
    counts = Counter((o.ods_code or o.name) for o in named)
    candidates = [o for o in named if o.span is not None and (
        o.ods_code or re.search(r"\bNHS\b|\bTrust\b|Integrated Care|\bICB\b", o.name))]
    if not candidates:
        return None
    early = [o for o in candidates if o.span and o.span.start < len(opening)]
    if early:
        return early[0]
    # mentions of each organisation anywhere
    text = document.text
    for org in candidates:
        counts[org.ods_code or org.name] = text.count(org.span.text if org.span else org.name)
    return max(candidates, key=lambda o: counts[o.ods_code or o.name])
