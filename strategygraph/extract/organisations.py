"""The publishing organisation(s) and the other organisations a page names.

Publishers come from the corpus manifest when the file is in one (ODS codes resolved through
``strategygraph.reference``), else from the text: the reference organisation or "... NHS
Foundation Trust"-style name met first in the page's title or opening, else the one named most.

Partners are the other organisations named: the reference gazetteer (full names and their
short forms, "Dorset HealthCare" for "Dorset HealthCare University NHS Foundation Trust") and
name patterns: "... NHS Foundation Trust", "... NHS Trust", "Healthwatch ...", "... University",
"University of ...", "... Council", "... Integrated Care Board", "NHS ... ICB", "... ICB", "... University Health Board",
Scotland's "NHS <board area>" (a closed set of areas), "... Integrated
Care Partnership", "... Integrated Care System", "... Health and Care Partnership", "... Primary
Care Network", "Mind in ...", "... Hospice", "... College".
Conventions: a body inside an organisation is named by its organisation ("Bournemouth
University's Market Research Group" -> "Bournemouth University"); a possessive is dropped;
an integrated care system named as such ("Wessex Vale Integrated Care System") is a partner, a
bare ICS brand ("Our Dorset", "One Gloucestershire") is not (membership comes from the
reference data); a trust's own services ("Recovery College") are not organisations; national bodies mentioned in passing ("NHS England") are not
partners; the publishers themselves never are.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from strategygraph.extract.own_name import self_named
from strategygraph.model import DocumentMetadata, NamedOrganisation, ReadDocument, Span
from strategygraph.reference import (
    CONTRACT_TYPES,
    OrganisationRecord,
    load_organisations,
    organisation_by_code,
    organisation_by_name,
)

_CAP = r"(?:[A-Z](?:[\w’'&-]|\.(?=\w))*|St\.?|&)"  # (no stop at a word's end: "Glenrannoch. The ..." is two sentences)
_CONNECT = (r"(?:[ \t]+(?:and|&amp;|&|of|on|upon|the|for|in)(?:[ \t]+the)?[ \t]+|[ \t]+"
            # "Harrowmere, Dunsby and Vale Integrated Care Board": a comma inside a list of places (round 40)
            # ("Northmarsh Mental Health, Learning Disability and Autism Provider Collaborative", round 52)
            r"|,[ \t]+(?=[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?[ \t]+(?:and|&)[ \t]+[A-Z]))")
_BACKWARD_KEYS = (
    r"(?:University\s+)?Hospitals?\s+NHS\s+(?:Foundation\s+)?Trust|NHS\s+Foundation\s+Trust|NHS\s+Trust|"
    r"(?:(?:University|Teaching)\s+)?Health\s+Board|"  # Wales's health boards; "Lochmore Health Board"
    r"Health\s+and\s+Social\s+Care\s+Trust|"  # Northern Ireland's trusts
    r"University(?!\s+Hospitals?\b|\s+NHS\b)|Borough\s+Council|County\s+Council|City\s+Council|District\s+Council|"
    r"Council\s+for\s+Voluntary\s+Service|Council|"  # "Brookmere Council for Voluntary Service" (round 30)
    r"Integrated\s+Care\s+Board|Integrated\s+Care\s+Partnership|Health\s+and\s+Care\s+Partnership|"
    # Scotland's health and social care partnerships (round 30)
    r"Health\s+and\s+Social\s+Care\s+Partnership|"
    r"Health\s+(?:&|and)\s+Wellbeing\s+Board|Hospice|College|Ambulance\s+Service|"
    r"Primary\s+Care\s+Network|Integrated\s+Care\s+System|Mind|ICB|"
    # voluntary-sector bodies and schools (round 32): "Abermuir Third Sector Interface",
    # "Corrington Voluntary Action", "Northby Medical School"
    r"Third\s+Sector\s+Interface|Voluntary\s+Action|Medical\s+School|"
    # commissioners and regional agencies (round 38): "NHS Pellbrook Clinical Commissioning Group",
    # "Ballykerran Regional Health Agency", "Strathmallow Health Improvement Agency"
    r"Clinical\s+Commissioning\s+Group|Health\s+(?:Improvement\s+|Protection\s+)?Agency|"
    # "Mercia and Wolds Commissioning Support Unit" (round 55)
    r"Commissioning\s+Support\s+Unit|"
    # local bodies named as partners (round 39): carers' centres, housing associations, leisure
    # trusts, GP federations, health centres, research institutes, boards of Welsh partnerships
    r"Carers[’']?\s+(?:Centre|Network|Trust)|Housing\s+Association|Leisure\s+Trust|"
    # a network's member practices and regional bodies (round 48): "Abbotsgate Surgery", "Fairholme
    # Medical Practice", "Kettle Green Medical Group", "Brightwater and Coast Cancer Alliance"
    r"Surgery|Medical\s+Practice|Family\s+Practice|Medical\s+Group|Cancer\s+Alliance|"
    r"Academic\s+Health\s+Science\s+Network|Association\s+of\s+Voluntary\s+Organisations|"
    # (round 52: "Carrowmoor Healthwatch", "Varley and Eskbridge Local Medical Committee", "Wexdale
    # Clinical Research Network", "Medlow and Thirsby GP Alliance", "Brenfield Mencap")
    r"Healthwatch|Local\s+(?:Medical|Dental|Optical|Pharmaceutical)\s+Committee|Clinical\s+Research\s+Network|"
    r"(?:GP|Voluntary|Community\s+and\s+Voluntary|Voluntary\s+Sector)\s+Alliance|Community\s+Association|Mencap|Hospital\s+Group|"
    # (round 54: "Millbeck Women's Aid", "Brackenfold Survivors' Network", "Drumard Community Network",
    # "Fenwold Air Ambulance", "Fennick Woodland Trust")
    r"Women['’]s\s+Aid|(?:Survivors['’]?|Community|Hearing\s+Voices)\s+Network|Air\s+Ambulance|(?:Woodland|Wildlife)\s+Trust|"
    r"(?:Health|Medical)\s+Centre|Institute(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?|"
    r"Health\s+Innovation\s+Network|Community\s+Action|Primary\s+Care\s+Collaborative|Provider\s+Collaborative|"
    r"Public\s+Services\s+Board|Regional\s+Partnership\s+Board|Place\s+Partnership|"
    # "Kelderby GP Federation", "Marsh Vale Health Federation" (round 42)
    r"(?:GP|Health|Primary\s+Care|Medical)\s+Federation|"
    # (round 57: "Caldermoor Fire and Rescue Service", "Alderwick Children's Charity", "Saltmarsh Age
    # Concern", "Kerrow Valley Health Partnership", "Coastal Community Trust")
    r"Fire\s+(?:and|&)\s+Rescue\s+Service|(?:Children['’]s|Hospitals?|Health)\s+Charity|Age\s+Concern|"
    r"Health\s+Partnership|Community\s+Trust|"
    # (round 58: "Elmridge Community Voluntary Service", "Greyfriars
    # Lea People First", "South West Children's Operational Delivery Network")
    r"(?:Community\s+)?Voluntary\s+Service|People\s+First|Operational\s+Delivery\s+Network"
)
# words that follow a body's name on a page and are no part of a place's name
_PAGE_WORDS = (r"Privacy|Statement|Strategic|Strategy|Plan|Annual|Report|Board|Team|Website|Home|News|Contact"
               r"|About|Contract|Policy|Update|Newsletter|Values|Vision|Mission|Priorities")
_NOT_PLACE = r"(?:" + _PAGE_WORDS + r")\b"
_BARE_KEY = re.compile(r"(?:the\s+)?(?:" + _BACKWARD_KEYS + r")", re.IGNORECASE)
_PATTERN = re.compile(
    r"(?P<back>(?:" + _CAP + r"(?:" + _CONNECT + r")){0,7}?" + _CAP + r"[ \t]+(?:" + _BACKWARD_KEYS + r"))\b"
    # ("Healthwatch Essex", not "Healthwatch Essex Strategic Plan" or "... Privacy Statement")
    r"|(?P<hw>Healthwatch(?:\s+(?!" + _NOT_PLACE + r")[A-Z][\w’'-]*(?:\s+(?:and|&)\s+[A-Z][\w’'-]*)?){1,3})"
    r"|(?P<uni>(?:University\s+of|(?<!Iechyd )Prifysgol)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})"
    r"|(?P<icb>NHS\s+[A-Z][\w’'-]*(?:\s+(?:and|&)\s+[A-Z][\w’'-]*|\s+[A-Z][\w’'-]*){0,3}\s+(?:ICB|Integrated\s+Care\s+Board))"
    r"|(?P<scot>NHS\s+(?:Ayrshire\s+(?:&|and)\s+Arran|Borders|Dumfries\s+(?:&|and)\s+Galloway|Fife|Forth\s+Valley|"
    r"Grampian|Greater\s+Glasgow\s+(?:&|and)\s+Clyde|Highland|Lanarkshire|Lothian|Orkney|Shetland|Tayside|"
    r"Western\s+Isles|Golden\s+Jubilee)(?![\w’'-]))"  # Scotland's boards: "NHS" and the area, nothing more
    # "NHS Carnbrae is one of 14 territorial health boards" (round 37): a board named as one
    r"|(?P<board>NHS\s+[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?(?=\s+is\s+(?:one\s+of\s+(?:the\s+)?\d+\s+"
    r"(?:territorial\s+|regional\s+)?health\s+boards|(?:a|the)\s+(?:territorial\s+)?health\s+board)))"
    r"|(?P<mind>Mind\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    # "Voluntary Action Holmvale" (the place after the key, round 58)
    r"|(?P<va>Voluntary\s+Action\s+(?!and\b)[A-Z][\w’'-]*(?:\s+(?!and\b)[A-Z][\w’'-]*)?)"
    # "Age UK Oakley" (the charity's local branch, round 56)
    r"|(?P<ageuk>Age\s+UK(?:\s+(?!and\b)[A-Z][\w’'-]*){1,2})"
    r"|(?P<rec>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+Race\s+Equality\s+Council)"
)
_LEADING_JUNK = re.compile(
    r"^(?:(?:The|Our|A|An|And|With|At|In|By|From|Through|For|Of|To|Both|Local|Including|"
    r"Partners|Colleagues|Working|We|Its|Their|Across|Between|Alongside|Within|As|Also|"
    r"How|Why|What|When|Where|Who|This|These|That|Here|Today|Together|"
    # a page's title line: "About Greyhaven Ambulance Service", "Welcome to ..." (round 29)
    r"About|Welcome(?:\s+to)?|Part\s+of|Summary\s+of|"
    # a heading run into the name, or a clause's first word: "Acknowledgements The Norfolk
    # Hospice", "While Healthwatch ...", "We're the Royal College ...", "Being the Royal College"
    r"Acknowledgements|Introduction|Overview|Foreword|Transcript|While|Whilst|Year|Being|Delivering|We['’]re|&|"
    # ("Your Healthwatch: ...", "Visit the NHS ... website"; not "Your Health Partnership", a name)
    r"(?:Your|My)(?=\s+Healthwatch\b)|Visit)\s+"
    # a speaker's or signatory's role before the name: "I'm the chief executive of ...", "Chief
    # Officer, Strathlorn Health and Social Care Partnership" (round 54)
    r"|I['’]m\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,3}?of\s+(?:the\s+)?"
    r"|(?:Chief|Clinical|Medical|Nurse|Finance)\s+(?:Officer|Director|Executive)(?:\s+of)?,?\s+"
    # a role or a document of the body: "Leader of ... Council", "Joint Forward Plan of NHS ..." (round 43)
    # ("Brief History of ...", "Core Values of ...", "CEO of the ...", "Vision for the ...")
    r"|(?:[A-Z][\w’'-]*\s+){0,3}?(?:Plan|Strategy|Report|Leader|Chair|Chairman|Chief\s+Executive|Director|Members?"
    r"|CEO|Founder|Lead|History|Values|Highlights|Vision|Mission|Purpose)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])"
    r"|NHS,\s+|NHS\s+and\s+(?=(?:[A-Z][\w’'-]+\s+(?:and\s+)?){1,5}(?:(?:Borough|County|City|District)\s+)?Council\b)"
    # "Every ICB and its partner NHS trusts must publish ..." (round 44): no one body
    r"|(?:Every|Each|All|Any)\s+)+"
    # "the NHS, Foxley County Council, ...", "The local NHS and Pellbrook Borough Council": the
    # NHS is no part of the name
)
_HEALTHWATCH_AND = re.compile(
    r"(Healthwatch[ \t]+[A-Z][\w’'-]*|University[ \t]+of[ \t]+[A-Z][\w’'-]*)[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?"
    r"(?=(?:[A-Z][\w’'-]*[ \t]+){0,3}?"
    r"(?:College|Council|University|Voluntary[ \t]+Action|Community[ \t]+Action|Centre|Hospice|Trust)\b)")
# ("University of Carrowmere and Holmcaster Trent University": two universities, round 45)
_TRUST_TAIL = re.compile(r"\s+(?:University\s+)?(?:Hospitals?\s+)?NHS\s+(?:Foundation\s+)?Trust\b")
_WEAK_KEY = re.compile(r"\b(?:Mind|Hospice|College)$")
# "A NHS Trust and B NHS Trust", "Fenn Valley Healthwatch and Fenn Valley Community Action": two
# bodies, parted where a name's key word ends before "and" (round 41)
_JOINED_TRUSTS = re.compile(r"(?:(?<=\bTrust)|(?<=\bCouncil)|(?<=\bServices)|(?<=\bHealthwatch)|(?<=\bAction)"
                            r"|(?<=\bCollege)|(?<=\bHospice)|(?<=\bNetwork)|(?<=\bAgency)|(?<=\bBoard)"
                            # ("Brightwater Independent Hospital Group and Northmarsh Mind", "Carrowmoor
                            # Healthwatch and the Carrowmoor and Wenlow Race Equality Council", round 52)
                            r"|(?<=\bGroup)|(?<=\bAlliance)|(?<=\bAssociation)|(?<=\bCommittee)|(?<=\bSchool)"
                            # ("Northmoor Fire and Rescue Service and Northmoor Air Ambulance", "Rushby
                            # Men's Shed and the Tollmarsh Carers' Network", round 56)
                            r"|(?<=\bService)|(?<=\bShed)|(?<=\bPartners)|(?<=\bAmbulance)|(?<=\bPolice))"
                            r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
# A name found by a weak key word that goes on to "... NHS Trust": "Hartmoor Mind and Body NHS
# Foundation Trust", "Saltmarsh Hospice Care and Community Services NHS Trust" are one trust.
_LONG_TRUST_TAIL = re.compile(
    r"(?:[ \t]+(?:and|&|of|for|the|[A-Z][\w’'-]*)){1,6}?[ \t]+NHS[ \t]+(?:Foundation[ \t]+)?Trust\b")
# a college's or an institute's name goes on after "of"/"for": "Royal College of Physicians and
# Surgeons of Glasgow", "Social Care Institute for Excellence"
_OF_KEY = re.compile(r"\b(?:College|Institute)$")
_OF_TAIL = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|&|of|in|for)[ \t]+)?"
                      r"(?!(?:Chief|Executive|Officer|President|Chair|Director|" + _PAGE_WORDS + r")\b)[A-Z][\w’'-]*){0,6}")
# ... but not on into the next body: "Royal College of Nursing and NHS England", "... of General
# Practitioners and Sheffield City Council" (the session's review)
_NEXT_BODY = re.compile(r"[ \t]+(?:and|&)[ \t]+(?=(?:[A-Z][\w’'-]*[ \t]+){0,4}?(?:NHS|Council|Trust|University|Board|"
                        r"Hospitals?|Healthwatch|Partnership|Government|England|Scotland|Wales|Service|Society)\b)")
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_ORGS = {
    "nhs foundation trust", "nhs trust", "the university", "university", "council",
    "county council", "city council", "borough council", "district council",
    "integrated care board", "integrated care partnership", "the trust", "nhs england",
    "recovery college", "primary care network", "integrated care system",
    "patient partners",  # (people who join the trust's groups, not a body: round 52)
}
_TRUST_SUFFIX = re.compile(r"\s+(?:University\s+)?(?:Hospitals?\s+)?NHS\s+(?:Foundation\s+)?Trust$")


def _short_form(name: str) -> str | None:
    short = _TRUST_SUFFIX.sub("", name)
    if short != name and len(short) > 3:
        # "Dorset HealthCare University NHS Foundation Trust" -> "Dorset HealthCare"
        return short
    return None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[tuple[str, OrganisationRecord], ...]:
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
    return tuple(entries)


def _record_named(org: NamedOrganisation) -> OrganisationRecord | None:
    return organisation_by_code(org.ods_code) if org.ods_code else organisation_by_name(org.name)


def _as_named(record: OrganisationRecord, span: Span | None = None) -> NamedOrganisation:
    return NamedOrganisation(name=record.name, ods_code=record.ods_code,
                             kind=record.classes[0] if record.classes else None, span=span)


def find_named(document: ReadDocument, limit: int | None = None) -> list[NamedOrganisation]:
    """Every organisation named in the text, in order of first mention, one entry each.

    Reference organisations are returned under their full reference name (and ODS code).
    Only the first ``limit`` characters are searched when a limit is given.
    """
    text = document.text if limit is None else document.text[:limit]
    hits: list[tuple[int, int, NamedOrganisation]] = []
    taken = _Intervals()
    free = taken.free

    for name, record in _gazetteer():
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            before = text[position - 1] if position else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before == "-" or after.isalnum() or after == "-") \
                    and free(position, end):
                taken.add(position, end)
                hits.append((position, end, _as_named(record, Span(position, end, name))))
            position = text.find(name, end)
    pieces: list[tuple[int, int]] = []
    for match in _pattern_matches(text):
        start, end = match.start(), match.end()
        after: tuple[int, int] | None = None  # the next body the name's tail ran on into
        tail = _TRUST_TAIL.match(text, end) or (
            _WEAK_KEY.search(text, start, end) and _LONG_TRUST_TAIL.match(text, end))
        if tail:
            end = tail.end()
        elif _OF_KEY.search(text, start, end) and (of_tail := _OF_TAIL.match(text, end)):
            # "Royal College of Nursing", "National Institute for Health and Care Excellence"
            next_body = _NEXT_BODY.search(text, of_tail.start(), of_tail.end())
            end = next_body.start() if next_body else of_tail.end()
            after = (next_body.end(), of_tail.end()) if next_body else None
        elif text.startswith(" Charity", end):
            end += len(" Charity")  # "Northmoor Air Ambulance Charity", "Linthorpe Hospice Charity"
        watch = _HEALTHWATCH_AND.match(text, start, end)
        if watch:
            # "Healthwatch Pellowgate and Thirlbeck College": two bodies (round 43), not
            # "Healthwatch Bath and North East Somerset"
            pieces.append((start, watch.end(1)))
            start = watch.end()
        # "A NHS Foundation Trust and B NHS Trust": two trusts, not one name
        for joint in _JOINED_TRUSTS.finditer(text, start, end):
            pieces.append((start, joint.start()))
            start = joint.end()
        pieces.append((start, end))
        if after is not None:
            pieces.append(after)
    for start, end in pieces:
        raw = text[start:end]
        lead = _LEADING_JUNK.match(raw)
        if lead and not _THE_IN_NAME(text, start, raw, lead):
            start += lead.end()
            raw = raw[lead.end():]
        raw = _POSSESSIVE.sub("", raw.rstrip()) if raw.endswith(("’s", "'s")) else raw
        end = start + len(raw)
        name = re.sub(r"\s+", " ", raw).strip(" ,")
        if not free(start, end) or name.casefold() in _NOT_ORGS or len(name.split()) < 2 \
                or _SPECIALTY.search(name):
            continue  # ("Trauma and Orthopaedic Surgery", "Vascular Surgery": specialties, round 48's key)
        if name.split()[0].islower():
            continue
        taken.add(start, end)
        hits.append((start, end, NamedOrganisation(name=name, kind=_kind_from_name(name),
                                                   span=Span(start, end, text[start:end]))))
    hits.sort(key=lambda h: h[0])
    seen: dict[str, NamedOrganisation] = {}
    for _, _, org in hits:
        key = (org.ods_code or org.name).casefold()
        seen.setdefault(key, org)
    # (a key word alone is no name: "The Health and Social Care Partnership brings together ...";
    # nor are the kind's words alone, "Mental Health NHS Trust", "Community Health NHS Trust": the
    # end of a name a line break cut off, round 55)
    return [org for org in seen.values() if org.ods_code or not _BARE_KEY.fullmatch(org.name)
            and not _GENERIC_NAME.fullmatch(org.name)]


_GENERIC_NAME = re.compile(
    r"(?:(?:Community|Mental|Health|Teaching|Hospitals?|University|Specialist|Acute|Learning|Disability|"
    r"Disabilities|Services|Care|and|&)\s+)+(?:NHS\s+(?:Foundation\s+)?Trust|Integrated\s+Care\s+(?:Board|System|Partnership))"
    # a kind of body, no one body: "My Surgery" (a site builder's credit), "Full Council", "One
    # Council" (a programme), "Day Hospice" (a service), "the Royal College" without its "of ..."
    r"|(?:My|One|Full|Day|World|UK|GP|Special|Royal|National|Social\s+Care|Children['’]s"
    r"|University(?:\s+Teaching|\s+Hospital)?)\s+(?:District\s+)?"
    r"(?:Surgery|Council|Hospice|Group|Health\s+Board|Practice|College|Institute|Healthwatch)"
    r"|General\s+Medical\s+(?:Practice|Surgery)")  # (the General Medical Council is one)
_KEYS = re.compile(r"NHS|Universit|Council|Healthwatch|Partnership|Integrated Care|ICB|Hospice|Age UK|"
                   r"College|Ambulance|Race Equality|Primary Care Network|Mind|Social Care Trust|Health Board|"
                   r"Third Sector|Voluntary Action|Medical School|Prifysgol|Commissioning Group|Commissioning Support|Agency|"
                   r"Carers|Housing Association|Leisure Trust|Federation|Centre|Institute|Innovation Network|"
                   r"Community Action|Collaborative|Services Board|Partnership Board|"
                   r"Surgery|Practice|Medical Group|Alliance|Network|Voluntary Organisations|Committee|Mencap|Group|Association|"
                   r"Rescue|Charity|Concern|Community Trust|Voluntary Service|People First|Delivery Network")
_WINDOW = 160
_NAME_RUN = re.compile(r"[\w’'.&-]*(?:(?:[ \t]+(?:and|&|of|on|upon|the|for|in)[ \t]+|,?[ \t]+)"
                       r"(?:[A-Z][\w’'.&-]*|St\.?|&))*")


def _pattern_matches(text: str) -> list[re.Match[str]]:
    """Name-pattern matches, looked for only in windows around the key words (linear time)."""
    found: list[re.Match[str]] = []
    scanned = 0
    for key in _KEYS.finditer(text):
        if key.end() <= scanned:
            continue
        start = max(scanned, key.start() - _WINDOW, text.rfind("\n", 0, key.start()) + 1)
        stop = min(len(text), key.end() + _WINDOW)
        newline = text.find("\n", key.end())
        if 0 <= newline < stop:
            stop = newline
        elif stop < len(text):
            # a window must not end inside a name: "Healthwatch B|rookmere", "Corvale Hosp|itals
            # NHS Foundation Trust" (round 30): on to the end of the capitalised words there
            run = _NAME_RUN.match(text, stop)
            stop = min(run.end(), newline if newline >= 0 else len(text)) if run else stop
        for match in _PATTERN.finditer(text, start, stop):
            found.append(match)
        scanned = max(scanned, stop)
    return found


class _Intervals:
    """Disjoint spans already claimed, kept sorted: O(log n) overlap checks."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _kind_from_name(name: str) -> str | None:
    lowered = name.lower()
    if "ambulance" in lowered:
        return "AmbulanceTrust"
    if "integrated care board" in lowered or lowered.endswith(" icb"):
        return "IntegratedCareBoard"
    if "integrated care system" in lowered or lowered.endswith(" ics"):
        return "IntegratedCareSystem"
    if "partnership" in lowered and "nhs" not in lowered:
        return "IntegratedCarePartnership" if "care partnership" in lowered else "OtherOrganisation"
    if "council" in lowered:
        return "LocalAuthority"
    if lowered.startswith("university") or lowered.endswith("university"):
        return "University"
    nhs_trust = bool(re.search(r"\bnhs\s+(?:foundation\s+)?trust\b", lowered))
    if not nhs_trust and ("healthwatch" in lowered or "hospice" in lowered or "race equality" in lowered):
        return "VoluntaryOrCommunityOrganisation"  # ("... Hospice Care ... NHS Trust" is a trust)
    if "collaborative" in lowered:
        return "OtherOrganisation"  # "... Mental Health Provider Collaborative": trusts working together, no trust itself
    if "mental health" in lowered or "partnership nhs" in lowered:
        return "MentalHealthTrust"
    if "community" in lowered and "trust" in lowered:
        return "CommunityTrust"
    if re.search(r"\b(?:laboratory|pathology|blood|digital|education|informatics|supply)\b", lowered):
        # "Welsh Laboratory Services NHS Trust", "Digital Health and Care Wales": a national
        # service body, no hospital trust (round 49)
        return "OtherOrganisation"
    if "nhs" in lowered and "trust" in lowered:
        return "AcuteTrust"
    return "OtherOrganisation"


_CAPTION_LINE = re.compile(r"^[ \t]*\[?(?:photo|image|picture|caption)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)


def _kind_from_opening(opening: str) -> str | None:
    """A trust whose name says nothing of its kind: what its opening says it provides."""
    # (not a picture's caption: "Photo: solar panels on the roof of Fennick Community Hospital", round 53)
    lowered = _CAPTION_LINE.sub("", opening).lower()
    if "ambulance" in lowered:
        return "AmbulanceTrust"
    if "mental health" in lowered or "learning disabilit" in lowered:
        return "MentalHealthTrust"
    if re.search(r"\b(?:hospital|acute)s?\s+(?:and|&)\s+community\b|\bacute\s+hospital\s+services\b", lowered):
        # "hospital and community services", "provides acute hospital services at ... and community
        # health services" (round 47): an acute trust that runs both
        return None
    if "community health" in lowered or "community services" in lowered or re.search(
            r"community hospitals?\b|district nursing|community nursing", lowered):
        return "CommunityTrust"
    return None


def _contract_type(kind: str | None) -> str | None:
    if kind is None:
        return None
    return CONTRACT_TYPES.get(kind, "other")


def publishers_and_partners(
    document: ReadDocument, metadata: DocumentMetadata, limit: int | None = None
) -> tuple[list[NamedOrganisation], str | None, list[NamedOrganisation]]:
    """(publishers, contract type of the first publisher, partners)."""
    named = find_named(document, limit)
    publishers: list[NamedOrganisation] = []
    for ref in metadata.organisations:
        record = organisation_by_code(ref) or organisation_by_name(ref)
        publishers.append(_as_named(record) if record else NamedOrganisation(name=ref,
                                                                             kind=_kind_from_name(ref)))
    company = _company_site(document)
    if not publishers and not company:
        chosen = _publisher_from_text(document, named)
        if chosen is None:
            chosen = _copyright_holder(document.text)
        if chosen is not None:
            if chosen.ods_code is None and chosen.kind == "AcuteTrust" and not re.search(
                r"Hospital|Teaching", chosen.name
            ):
                chosen.kind = _kind_from_opening(document.text[:1500]) or chosen.kind
            if chosen.kind == "IntegratedCarePartnership" and _SAYS_ICS.search(document.text[:3000]):
                # "... Health and Care Partnership is our integrated care system (ICS)" (round 30)
                chosen.kind = "IntegratedCareSystem"
            publishers.append(chosen)
    publishers_names: list[NamedOrganisation] = []
    if not publishers:
        # a page whose publisher is no NHS body (a hospice, a GP federation, a council) names
        # itself in its own voice: the name with the surest sign publishes it (the real pages'
        # annotators named it so 74 times out of 81), and none of them is its own partner (round 43)
        publishers_names = self_named(document.text, named)
        if publishers_names and not company:
            publishers.append(publishers_names[0])
    org_type: str | None = None
    if metadata.kind in ("acute trust", "mental health trust", "community trust",
                         "ambulance trust", "ICB", "ICS", "ICP", "other"):
        org_type = metadata.kind
    elif publishers:
        org_type = _contract_type(publishers[0].kind) or "other"
    own = {(p.ods_code or p.name).casefold() for p in publishers + publishers_names}
    own_names = {p.name.casefold() for p in publishers + publishers_names}
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
        if _ICB_WORDS.sub("icb", publisher.name.casefold()) == _ICB_WORDS.sub("icb", lowered):
            return True  # "NHS Greywater ICB" (the page's title) is "NHS Greywater Integrated Care Board"
    return False


_SAYS_ICS = re.compile(r"\bis\s+(?:our|the|an?)\s+(?:local\s+)?integrated\s+care\s+system\b", re.IGNORECASE)
_ICB_WORDS = re.compile(r"\bintegrated\s+care\s+board\b")
# a page's leading HTML comment (a note of the export), before its first line
_SPECIALTY = re.compile(r"\b(?:Orthopaedic|Vascular|General|Day|Paediatric|Plastic|Cardiac|Thoracic|Trauma|Colorectal|"
                        r"Breast|Oral|Maxillofacial|Elective|Robotic|Keyhole|Cosmetic|Bariatric|Spinal|Eye|Neuro|"
                        r"Cardiothoracic|Urology|Urological|Emergency|Minor|Major|Upper\s+GI)\s+Surgery$")
_PRACTICE_KEY = re.compile(r"\b(?:Surgery|Practice|Medical\s+Centre|Health\s+Centre|Medical\s+Group)\s*$")


def _THE_IN_NAME(text: str, start: int, raw: str, lead: re.Match[str]) -> bool:  # noqa: N802
    """A capital "The" that is part of the name: a practice's ("The Old Forge Surgery"), or
    mid-sentence after a lower-case word ("... with The Old School Surgery") (round 48)."""
    if lead.group(0).rstrip() != "The":
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(_PRACTICE_KEY.search(raw)) or bool(before) and (before[-1].islower() or before[-1] == ",")


_LEADING_COMMENT = re.compile(r"\s*<!--.*?-->\s*", re.DOTALL)


# "Inverlairg and Strathdoon" / "Health and Social Care Partnership": a cover's name over two lines
_COVER_TAIL = re.compile(r"[ \t]*(Health[ \t]+and[ \t]+Social[ \t]+Care[ \t]+Partnership|Integrated[ \t]+Care[ \t]+Board"
                         r"|(?:University[ \t]+)?(?:Hospitals?[ \t]+)?NHS[ \t]+(?:Foundation[ \t]+)?Trust|(?:Teaching[ \t]+)?Health[ \t]+Board)[ \t]*$")
_COVER_HEAD = re.compile(r"[ \t]*((?:NHS[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+(?:and|&|of|[A-Z][\w’'-]+)){0,5})[ \t]*$")


_LOCAL_TRUST = re.compile(r"\b(?:Leisure|Carers|Housing|Charitable|Wildlife)\s+Trust$")  # not NHS bodies


# Bodies that publish their own pages and are no NHS trust or board: the site's name, in its
# <title> or alone on the page's first line, is the publisher (rounds 40-41)
_OWN_SITE = re.compile(
    # ("Northmarsh Mental Health, Learning Disability and Autism Provider Collaborative", round 52)
    r"(?:[A-Z][\w’'-]*,?[ \t]+(?:(?:and|&|of)[ \t]+)?){1,7}(?:Acute[ \t]+)?(?:Provider[ \t]+Collaborative|Clinical[ \t]+Network"
    r"|(?:Local[ \t]+)?Dental[ \t]+Network|Eye[ \t]+Health[ \t]+Clinical[ \t]+Network|Medical[ \t]+Group|Surgery|Medical[ \t]+Practice"
    r"|Health[ \t]+and[ \t]+Care[ \t]+Partnership|Health[ \t]+and[ \t]+Social[ \t]+Care[ \t]+Partnership)")


_COMPANY = re.compile(r"\b(?:CIC|C\.I\.C\.|Community\s+Interest\s+Company|Ltd|Limited|LLP)$")


def _company_site(document: ReadDocument) -> bool:
    """The page's title ends with a company's name ("Community MSK and Physiotherapy Service |
    Wellmoor Health CIC"): a community interest company's own page, no NHS body publishes it
    (organisation null: the tests' convention since round 49, even where the page speaks as the
    company; a GP federation or a hospice that speaks as itself is named since session 20)."""
    text = document.text
    titles = [text[s:e] for kind, _level, s, e in document.structure if kind == "title"]
    front = _FRONT_TITLE.search(text, 0, 2000)
    if front:
        titles.append(front.group(1))
    return any(_COMPANY.search(re.split(r"\s+[|–—-]\s+", t.strip(" \t\"'"))[-1].strip(" \"'")) for t in titles)


_FRONT_TITLE = re.compile(r"\A---\r?\n(?:[^\n]*\n){0,20}?title:[ \t]*[\"']?([^\n\"']+)", re.MULTILINE)


def _own_site_name(document: ReadDocument, first: int) -> NamedOrganisation | None:
    """The site's own name: the last part of the page's <title> ("Our priorities | Riverside
    Acute Provider Collaborative"), or the page's first line ("Willowbank Surgery")."""
    text = document.text
    places = [(s, e) for kind, _level, s, e in document.structure if kind == "title"]
    cursor = first
    for _ in range(0 if document.media_type == "text/html" else 6):  # (a copied page's first lines)
        line_end = text.find("\n", cursor)
        line_end = len(text) if line_end < 0 else line_end
        places.append((cursor, line_end))
        cursor = line_end + 1
        if cursor >= len(text):
            break
    for start, end in places:
        part = re.split(r"\s+[|–—-]\s+", text[start:end].strip(" \t*#_"))[-1]
        match = _OWN_SITE.fullmatch(part.strip())
        if match:
            return NamedOrganisation(name=match.group(0), kind=_kind_from_name(match.group(0)))
    return None


def _cover_name(text: str, first: int) -> NamedOrganisation | None:
    """An organisation's name broken over the first lines of a cover (round 39)."""
    lines = [ln for ln in text[first : first + 1500].split("\n") if ln.strip()][:14]
    for n, (above, line) in enumerate(zip(lines, lines[1:], strict=False)):
        tail, head = _COVER_TAIL.fullmatch(line), _COVER_HEAD.fullmatch(above)
        if n and _COVER_HEAD.fullmatch(lines[n - 1]) and len(lines[n - 1].split()) <= 3:
            return None  # over three lines ("Hartwell Valley" / "University Hospitals" / "NHS ..."): read elsewhere
        if tail and head and not _COVER_TAIL.search(above):
            name = head.group(1) + " " + " ".join(tail.group(1).split())
            return NamedOrganisation(name=name, kind=_kind_from_name(name))
    return None


# "© Patient Experience Improvement Scotland 2025" in a page's footer: a national body named
# after its nation publishes the page, when no name in the text is an NHS body's (round 43); a
# GP federation's or a social enterprise's own name there is no NHS body's (it publishes only
# where the page speaks as it: own_name.self_named)
_COPYRIGHT = re.compile(r"(?:©|(?i:copyright))[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]+)?(?:(?i:of|by)[ \t]+)?"
                        r"(?P<name>[A-Z][\w’'&-]*(?:[ \t]+(?:and|of|for|the|&|[A-Z][\w’'&-]*)){1,8}?)"
                        r"(?=[ \t]*(?:\d{4}\b|[.,|]|\n|$|(?i:all)[ \t]+rights))")
_NOT_HOLDER = re.compile(r"crown|all\s+rights|copyright|the\s+author|healthwatch", re.IGNORECASE)
_NATIONAL_BODY = re.compile(r"\bNHS\b|\b(?:Scotland|Wales|England|Northern\s+Ireland)$")


def _copyright_holder(text: str) -> NamedOrganisation | None:
    """The last copyright line's holder, when it is a national NHS body (named "NHS ..." or after
    its nation)."""
    found: re.Match[str] | None = None
    for match in _COPYRIGHT.finditer(text, max(0, len(text) - 20_000)):
        name = match.group("name").strip()
        if not _NOT_HOLDER.search(name) and _NATIONAL_BODY.search(name):
            found = match
    if found is None:
        return None
    name = found.group("name").strip()
    start = found.start("name")
    return NamedOrganisation(name=name, kind=_kind_from_name(name) or "OtherOrganisation",
                             span=Span(start, start + len(name), name))


_SAYS_FROM = re.compile(r"\bthis\s+(?:plan|strategy|document|report|leaflet|booklet)\s+is\s+"
                        r"(?:from|by|(?:published|written)\s+by)\s+(?:the\s+)?", re.IGNORECASE)


def _publisher_from_text(document: ReadDocument,
                         named: list[NamedOrganisation]) -> NamedOrganisation | None:
    if not named:
        return None
    comment = _LEADING_COMMENT.match(document.text)
    first = comment.end() if comment else 0
    opening = document.text[:400 + first]
    line_end = document.text.find("\n", first)
    line_end = len(document.text) if line_end < 0 else line_end
    said = _SAYS_FROM.search(document.text, 0, 3000)
    if said is not None:
        # "This plan is from NHS Brindholm and Eskerby Integrated Care Board." (an easy-read
        # plan under its system's banner, round 47)
        stated = [o for o in named if o.span is not None and said.end() <= o.span.start <= said.end() + 4]
        if stated:
            return stated[0]
    titled_line = [o for o in named if o.span is not None and o.span.start == first
                   and not document.text[o.span.end : line_end].strip()
                   and o.kind == "IntegratedCarePartnership"]
    if titled_line:
        # "Larkfield and Wendover Health and Care Partnership" alone on the page's first line
        # (a copied page's site name): the partnership publishes it, not the ICB it lists (round 30)
        return titled_line[0]
    cover = _cover_name(document.text, first) or _own_site_name(document, first)
    if cover is not None:
        return cover
    counts = Counter((o.ods_code or o.name) for o in named)
    candidates = [o for o in named if o.span is not None and (
        o.ods_code or re.search(r"\bNHS\b|\bTrust\b|Integrated Care|\bICB\b|Health Board|Health(?: \w+)? Agency"
                                r"|Commissioning Support Unit", o.name))
        and not _LOCAL_TRUST.search(o.name)] \
        or [o for o in named if o.span is not None and "Health and Social Care Partnership" in o.name]
    titles = " ".join(document.text[s:e] for kind, _level, s, e in document.structure
                      if kind == "title")
    if not candidates:
        # no NHS body named: a hospice, charity or care partnership named at the start of a
        # line in the page's opening publishes it
        # ("Brackenridge Hospice: our strategy 2025-28")
        opening_named = [o for o in named if o.span is not None and o.span.start < len(opening)
                         and o.kind in ("VoluntaryOrCommunityOrganisation",
                                        # "Castleford Vale Health and Care Partnership" as the
                                        # page's first line (round 29)
                                        "IntegratedCarePartnership")
                         and document.text[max(0, o.span.start - 1) : o.span.start] in ("", "\n")]
        if not opening_named and titles:
            # or named in the page's <title>: "Strategic plan - Kinloch ... Care Partnership"
            opening_named = [o for o in named if o.span is not None and o.span.text in titles
                             and o.kind in ("VoluntaryOrCommunityOrganisation", "IntegratedCarePartnership")]
        return opening_named[0] if opening_named else None
    titled = [o for o in candidates if o.span and o.span.text in titles]
    if titled:
        if titled[0].name.endswith(" ICB"):
            # "Our strategy | NHS Greywater ICB": the name in full when the page writes it so
            full = titled[0].name[:-3] + "Integrated Care Board"
            titled = [o for o in named if o.name == full] or titled
        return titled[0]  # the page's <title> (HTML): "Our strategy | Name NHS Trust"
    early = [o for o in candidates if o.span and o.span.start < len(opening)]
    if early:
        return early[0]
    # mentions of each organisation anywhere
    text = document.text[:1_000_000]
    for org in candidates:
        counts[org.ods_code or org.name] = text.count(org.span.text if org.span else org.name)
    best = max(candidates, key=lambda o: counts[o.ods_code or o.name])
    # named once, late on the page ("... appointments for NHS Wyebridge ICB"): a partner the
    # page speaks of, not its publisher (round 32)
    if best.name in re.sub(r"\s+", " ", opening):
        return best  # its name broken over the cover's lines: "Hartwell Valley" / "University
        # Hospitals" / "NHS Foundation Trust" (round 34)
    place = re.sub(r"^NHS\s+", "", best.name).split()[0]
    # (unless the opening names it by its short form: "NHS Glenairlie" for Glenairlie Health Board)
    return best if counts[best.ods_code or best.name] >= 2 or f"NHS {place}" in opening else None
