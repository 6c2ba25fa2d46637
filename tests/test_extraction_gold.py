"""Extraction against the hand-written gold in ``tests/extraction/`` (one folder per case).

Each case's output must follow the contract; every statement's span must be a verbatim slice
of the document's text; over all cases every scored field must reach F1 >= 0.95 (partners, found by
name patterns and a gazetteer, >= 0.90: rounds 38-41 name many local bodies, charities and committees
that the patterns do not know; README "What does not work yet").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from contract_schema import validate_contract

from strategygraph.extract import clean_text, extract_file, to_contract_json
from strategygraph.model import Extraction
from strategygraph.readers.text import repair_damage
from strategygraph.score import FIELDS, Counts, find_cases, format_table, score_case

GOLD = Path(__file__).parent / "extraction"
CASES = find_cases(GOLD)
THRESHOLD = 0.95
PARTNERS_THRESHOLD = 0.90


@cache
def _extracted(page: Path) -> Extraction:
    return extract_file(page)


def test_there_are_enough_cases() -> None:
    names = [case.name for case in CASES]
    assert sum(name.startswith("seed-") for name in names) == 5
    assert sum(not name.startswith("seed-") for name in names) >= 8


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_output_follows_the_contract(case) -> None:  # noqa: ANN001
    result = to_contract_json(_extracted(case.page))
    validate_contract(result)
    validate_contract(case.expected)
    assert result["source"] == case.page.name


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_every_span_is_verbatim(case) -> None:  # noqa: ANN001
    extraction = _extracted(case.page)
    text = extraction.document.text
    if case.page.suffix in (".txt", ".md"):
        # (the file's text, with any twice-decoded or byte-lost characters put back)
        assert text == repair_damage(case.page.read_text(encoding="utf-8"))[0]
    statements = extraction.statements() + [b for v in extraction.values for b in v.statements]
    assert statements, "every gold page yields something"
    for statement in statements:
        span = statement.span
        assert text[span.start : span.end] == span.text == statement.text
        # (the printed quote is the slice with markers and emphasis inside it removed)
        assert clean_text(span.text) in clean_text(text) or "•" in span.text
    for value in extraction.values:
        if value.description is not None:
            d = value.description
            assert text[d.start : d.end] == d.text


# Publishers the extractor does not find yet, each with why (strict: the test fails once it does)
KNOWN_PUBLISHER_MISSES = {
    "txt-r41-scottish-hscp-strategic-plan-council-copy":
        "the partnership's name is broken by a hard wrap ('Inverlarig Health and' / 'Social Care "
        "Partnership'); names are not matched across lines",
    "md-r40-eye-care-network-priorities-heading-bullets-blockquote-vision":
        "the network's name is a bold line under the page heading, after a menu; the hosting trust "
        "named later wins",
    "html-r48-cancer-trust-strategy-on-a-page-two-column-table-br-objectives":
        "the trust's legal name begins with 'The' ('The Brightwater Cancer Centre NHS Foundation "
        "Trust', as 'The Christie' does); a leading 'The' is always dropped from names not in the "
        "reference data",
    "html-r48-nhse-region-strategy-mission-priorities-colon-icb-list":
        "NHS England is named only in the page's title and breadcrumb (its copyright footer is page "
        "chrome); national bodies are not recognised as names in running text",
    "txt-r51-scottish-board-adp-capital-title-paragraphs":
        "a Scottish board named 'NHS <Place>' ('NHS Glenarrow') is recognised only when the place is "
        "in the reference data; the partnership named with a key word wins",
    "html-r54-intranet-sharepoint-webparts-vision-values-priorities":
        "the trust is named only in the intranet's site header, which the HTML reader drops as "
        "page chrome",
    "html-r55-scottish-special-board-about":
        "a Scottish national board named 'NHS <Name> National Hospital' is not a name the patterns "
        "know (no key word such as Trust or Health Board), and its place is not in the reference data",
    "html-r56-scotland-board-ambition":
        "'NHS Strathallan' is recognised only when the place is in the reference data; the health and "
        "social care partnership named with a key word wins (as r51)",
    "md-r56-welsh-trust-wellbeing-objectives":
        "a Welsh specialist NHS trust ('... Specialist Care NHS Trust') is typed by its services; the "
        "type words do not tell a specialist trust from an acute one",
    "txt-r56-governors-council-page":
        "'... Healthcare NHS Foundation Trust' running hospitals is typed 'community trust' by its name's "
        "'Healthcare'; the page names its hospitals only in passing",
    "txt-r56-cic-community-services":
        "a community interest company's page without 'CIC' in its opening lines: the ICB it works for "
        "is taken as the publisher",
    "html-r59-welsh-trust-pairs":
        "a Welsh specialist cancer and blood trust is typed by the words of its name as an acute trust; "
        "the annotator read 'other' (as round 56's Welsh specialist trust)",
    "html-r57-intranet-sharepoint-news-values":
        "an intranet news post of a foundation trust named only '... Health NHS Foundation Trust': typed "
        "by 'Health' as a community trust though it runs hospitals",
    "html-r57-national-govuk-strategy":
        "a national body whose name ends 'Agency' without 'Health' ('Clinical Records Standards Agency') "
        "is not a name the patterns know",
    "html-r57-pct-2012-table-layout":
        "a former primary care trust called 'NHS Ravensmoor' on its own page, which also names the "
        "clinical commissioning group that replaces it: the longer name wins",
    "txt-r56-hospital-charity-funding":
        "a hospital charity's page: the charity is not a name the patterns know as a publisher, so the "
        "trust it supports wins",
}


def _publisher_case(case):  # noqa: ANN001, ANN202
    reason = KNOWN_PUBLISHER_MISSES.get(case.name)
    return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else case


@pytest.mark.parametrize("case", [_publisher_case(c) for c in CASES], ids=lambda c: c.name)
def test_organisation_and_type(case) -> None:  # noqa: ANN001
    result = to_contract_json(_extracted(case.page))
    assert result["organisation"]["name"] == case.expected["organisation"]["name"]
    assert result["organisation"]["type"] == case.expected["organisation"]["type"]


def test_f1_per_field_over_all_cases() -> None:
    totals = {name: Counts() for name in FIELDS}
    for case in CASES:
        scores = score_case(case.expected, to_contract_json(_extracted(case.page)))
        for name in FIELDS:
            totals[name].add(scores[name])
    low = {name: c for name, c in totals.items()
           if c.f1 < (PARTNERS_THRESHOLD if name == "partners" else THRESHOLD)}
    detail = "\n".join(
        f"{name}: missed {c.missed} extra {c.extra}" for name, c in low.items()
    )
    assert not low, format_table(totals) + "\n" + detail


def test_goal_statements_and_timeframes_of_gloucestershire() -> None:
    """Regression: pillars with "we will" lists are goals; the wrapped bullet is one statement."""
    case = next(c for c in CASES if c.name == "seed-gloucestershire")
    extraction = _extracted(case.page)
    pillar = extraction.goals[1]
    assert pillar.text == "Transforming what we do"
    assert [s.timeframe for s in pillar.statements] == (
        ["over the next five years"] * 4 + ["in the year ahead"] * 4
    )
    assert "specific health\n  • conditions" in pillar.statements[3].text
    assert not extraction.commitments


def test_values_keep_their_behaviours() -> None:
    case = next(c for c in CASES if c.name == "seed-tewv")
    values = _extracted(case.page).values
    assert [v.text for v in values] == ["Respect", "Compassion", "Responsibility"]
    assert [b.text for b in values[0].statements] == ["Inclusive", "Considerate", "Open and honest"]


# pages read for more than one field below
# (a mis-decoded space after "Our Vision", and a plain "Our Mission" over a list)
_NEONATAL_UNIT_PAGE = ("Our VisionÂ\n\nEvery family is at the centre of our unit.\n\nOur Mission\n\n"
                       "  • To provide high quality family centred care, through continuous research and education.\n"
                       "  • To maintain the privacy and dignity of our patients.\n"
                       "  • We will provide a safe friendly environment that promotes team working.\n")
# (a values framework: each "Name: gloss" value over "We will:" and "We will not:" behaviours)
_VALUES_FRAMEWORK_PAGE = ("Values and behaviours\n\nOur values and behaviours were created by us.\n\n"
                          "Respect for all: in every contact we have\n\n"
                          "We will:\n\n  • actively listen to everyone\n  • treat people fairly\n\nWe will not:\n\n"
                          "  • exclude others\n\nTogether as a team: we will work with colleagues across Wales\n\n"
                          "We will:\n\n  • work collaboratively\n  • be open and transparent\n")

SHAPES = [
    # (page text, field, expected)
    ("Our vision and values\nTo be a great hospital for Westfield.\nOur values are care, courage "
     "and respect.\n", "vision", "To be a great hospital for Westfield."),
    ("Our vision and values\nTo be a great hospital for Westfield.\nOur values are care, courage "
     "and respect.\n", "values", ["care", "courage", "respect"]),
    ("In the year ahead we will:\nReduce waiting times for operations\nImprove access to GP "
     "appointments\n\nThank you.\n", "commitments",
     ["Reduce waiting times for operations", "Improve access to GP appointments"]),
    ("🎯 OUR MISSION\nWorking with people to keep them well.\n", "mission",
     "Working with people to keep them well."),
    ("Our values\nP - Patients first\nR - Respect\n", "values", ["Patients first", "Respect"]),
    ("Our strategic objectives\nSO1: Safe care\n• Reduce harm\nSO2: Timely care\n• Cut waits\n",
     "goals", [("Safe care", ["Reduce harm"]), ("Timely care", ["Cut waits"])]),
    ("Contents\nOur vision .......... 3\nOur vision\nHealthy lives for all.\n", "vision",
     "Healthy lives for all."),
    ("Our three goals are to provide excellent care, to be a great place to work and to be a "
     "good partner.\n", "goals",
     [("provide excellent care", []), ("be a great place to work", []), ("be a good partner", [])]),
    ("We know what we say we will do matters. Here we will set out our plan.\n", "commitments", []),
    ("Our strategic objectives\n\nObjective 1: Outstanding care\nWe want outstanding care.\n"
     "What we will do\n• Reduce avoidable harm\nHow we will measure success\n• Fewer incidents\n"
     "Objective 2: Great place to work\nWhat we will do\n• Cut vacancy rates\n\nOur values\n• Kind\n",
     "goals", [("Outstanding care", ["Reduce avoidable harm"]),
               ("Great place to work", ["Cut vacancy rates"])]),
    ("1. Introduction\nThis sets out our plans.\n2. Our vision\nHealthy lives for everyone.\n"
     "3. Our values\n• Kind\n• Fair\n", "values", ["Kind", "Fair"]),
    ("1. Introduction\nThis sets out our plans.\n2. Our vision\nHealthy lives for everyone.\n",
     "vision", "Healthy lives for everyone."),
    ("Our ambitions\n1. Great care\nThis means that we will:\n* Learn from every incident\n"
     "2. Faster care\n* Reduce waits\n", "goals",
     [("Great care", ["Learn from every incident"]), ("Faster care", ["Reduce waits"])]),
    # shapes of real trust pages (regressions; the text here is invented)
    ("Our values are safe  caring  excellent.\n", "values", ["safe", "caring", "excellent"]),
    ("Our values, which are at the heart of all we do, are TO SERVE, TO LEARN, and TO LEAD.\n",
     "values", ["TO SERVE", "TO LEARN", "TO LEAD"]),
    ("Our values\nStaff tell us that our values are well-embedded and widely known.\n",
     "values", []),
    ("Our vision\nOur aim: to be the hospital our town is proud of.\n", "vision",
     "to be the hospital our town is proud of."),
    ("Our strategy\nOur vision and strategic aims will be delivered through three strategic "
     "priorities:\n• Recovery - catching up\n• Neighbours - sharing the load\n"
     "• Renewal - fixing our buildings\n", "goals",
     [("Recovery", ["catching up"]), ("Neighbours", ["sharing the load"]),
      ("Renewal", ["fixing our buildings"])]),
    ("It also describes our strategic initiatives, and the work under each: skilled teams, "
     "safer wards, and healthier towns.\n", "goals",
     [("skilled teams", []), ("safer wards", []), ("healthier towns", [])]),
    ("Our plans\nOur strategy describes the foundations we will lay.\n"
     "We'll keep you updated on ways to take part.\nThis site stores cookies; otherwise "
     "we will assume you accept them.\n", "commitments", []),
    ("Our values\nCompassion, Openness, Respect, Excellence.\n", "values",
     ["Compassion", "Openness", "Respect", "Excellence"]),
    ("Our values\nCompassion, Openness and Respect\n\nWe live them daily.\n", "values",
     ["Compassion", "Openness", "Respect"]),
    ("About us\nThe purpose of the Hillside Hospital is both to provide secure care and to "
     "support recovery.\n", "mission",
     "to provide secure care and to support recovery."),
    ("Our vision and values\nOur vision is ‘to provide compassionate care in our community’.\n",
     "vision", "to provide compassionate care in our community"),
    ("Foreword\nThis plan builds on last year's. Our vision continues to be to deliver the best "
     "outcomes for our people.\n", "vision",
     "Our vision continues to be to deliver the best outcomes for our people."),
    ("Our Ten Year Vision\n\nOur vision is that we become a high quality organisation.\n\nThat means:\n"
     "\n• delivering the best outcomes for our population;\n• being a great place to work.\n\n"
     "To get there, we need to change.\n", "goals",
     [("delivering the best outcomes for our population", []), ("being a great place to work", [])]),
    ("Strategic objectives\n\nWe have agreed a set of strategic objectives for the next ten years.\n\n"
     "We will provide the highest quality clinical care.\n\nWe will run services from buildings fit "
     "for the century.\n\nGood use of resource\nWe are committed to reducing our impact on the "
     "environment.\n\nAn engaged workforce will underpin all we do.\n", "goals",
     [("We will provide the highest quality clinical care", []),
      ("We will run services from buildings fit for the century", []),
      ("Good use of resource", ["We are committed to reducing our impact on the environment."]),
      ("An engaged workforce will underpin all we do", [])]),
    ("OUR VALUES – We are NFAS PRIDE\n\nP   Patient-centred\nR   Respectful\nI   Inclusive\n"
     "D   Dependable\nE   Excellent\n", "values",
     ["Patient-centred", "Respectful", "Inclusive", "Dependable", "Excellent"]),
    ("OUR GOALS\n\n1  QUALITY\n   Outstanding care\n\n   ▪ Treat more patients at\n     home or on scene\n"
     "   ▪ New Fellgate Emergency\n     Operations Centre\n\n2  PEOPLE\n   Proud to work here\n\n"
     "   ▪ Cut sickness absence\n", "goals",
     [("QUALITY", ["Treat more patients at home or on scene", "New Fellgate Emergency Operations Centre"]),
      ("PEOPLE", ["Cut sickness absence"])]),
    ("Looking back: our strategic aims in 2024/25\n\nThe strategy had four aims.\n\n"
     "Aim 1: Deliver safe care\n  • We opened a new unit.\n  • Pressure ulcers fell by 31%.\n\n"
     "Aim 2: Be a great place to work\n  • We recruited 146 nurses.\n\n"
     "Looking forward: our new objectives for 2025/26\n\n1. Excellent patient care\n"
     "2. Supporting our people\n", "goals",
     [("Excellent patient care", []), ("Supporting our people", [])]),
    ("## How we work\n\nOur values were written by our staff.\n\n| Value | What it means |\n"
     "|-------|---------------|\n| **Caring** | We show kindness |\n| **Listening** | We act on "
     "what we hear |\n", "values", ["Caring", "Listening"]),
    ("What drives us\n\nOur values were developed with colleagues from every directorate. They "
     "describe how we behave:\n\n* Client focused – we put clients first\n* Expert – we bring "
     "specialist skills\n", "values", ["Client focused", "Expert"]),
    # (the body's name before "vision is" is a lead, as "Our vision is": real annotators left it 4 times in 5)
    ("Where we are heading\n\nMWCSU's vision is to be the most trusted partner of the NHS.\n",
     "vision", "to be the most trusted partner of the NHS."),
    ("About us\n\nNHS England's vision is to help everyone live healthier lives.\n", "vision", None),
    ("What guides us\n\nOur values were chosen by our staff in 2022, and they have not changed:\n\n"
     "Hope. We believe recovery is possible.\nRespect. We treat people as partners.\n"
     "Courage. We speak up.\n", "values", ["Hope", "Respect", "Courage"]),
    ("What we are here for\n\nWe exist to help people live the lives they want to live.\n",
     "mission", "We exist to help people live the lives they want to live."),
    ("Our goals\n\n1. Only tell their story once\n   To make this happen we will:\n"
     "   - introduce a single shared care record with GPs, Brackenfield and Howe\n"
     "     Integrated Care Board and the council\n   - give people their care plans\n", "goals",
     [("Only tell their story once", ["introduce a single shared care record with GPs, Brackenfield "
       "and Howe Integrated Care Board and the council", "give people their care plans"])]),
    ("Our ambitions\n\nWe have agreed two ambitions:\n\n  Ambition 1: Start well – give every child the "
     "best start\n  Ambition 2: Age well – support people to live well in later life and to die with\n"
     "  dignity\n\nStart well\n\nWhat we will do in 2026/27\n  • Extend the Family Hubs programme\n\n"
     "Age well\n\nWhat we will do in 2026/27\n  • Increase advance care plans by 20%\n\n"
     "Across all our ambitions\n\nIn 2026/27 we will also:\n  • Deliver a balanced financial plan\n",
     "goals", [("Start well", ["give every child the best start", "Extend the Family Hubs programme"]),
               ("Age well", ["support people to live well in later life and to die with dignity",
                             "Increase advance care plans by 20%"])]),
    ("What we're aiming for\n\nStrong general practice at the heart of a healthy Oakmere.\n\n"
     "Why we exist\n\nTo keep general practice strong.\n", "vision",
     "Strong general practice at the heart of a healthy Oakmere."),
    ("OUR VALUES\nOur values guide us.\n\nCompassion          We treat everyone with kindness, dignity and\n"
     "                    respect.\nOpenness            We are honest and transparent, and we learn from\n"
     "                    what we get wrong.\nExcellence          We strive for the highest standards in all "
     "that we do.\n", "values", ["Compassion", "Openness", "Excellence"]),
    ("Ein gwerthoedd | Our values\n\n• Gofalu am ein gilydd – Caring for each other\n"
     "• Gweithio gyda'n gilydd – Working together\n• Gwella bob amser – Always improving\n", "values",
     ["Caring for each other", "Working together", "Always improving"]),
    ("What we want to achieve\n\nOur Board Strategy sets out three strategic aims.\n\n1. Excellence in care\n"
     "• We will meet the 12-week guarantee.\n\n2. Our people\n• We will be an employer of choice.\n",
     "vision", None),
    ("What we are aiming for\n\nExcellent care for every patient.\n\nThis is our vision. It is the test "
     "we apply to every decision.\n", "vision", "Excellent care for every patient."),
    ("Strategic Goal 5\n\n\nA Sustainable Organisation that Plays Its Part in Creating\na Better Future for "
     "People Across the Globe\n\n\nWatch our director explain this goal.\n\nOur objectives are to:\n\n"
     "  • Be a carbon net zero organisation by 2030\n\nWe will achieve this by:\n\n"
     "  • Investing in new buildings which will cut carbon. These include:\n\n"
     "    • a new cancer centre by 2026\n", "goals",
     [("A Sustainable Organisation that Plays Its Part in Creating a Better Future for People Across the Globe",
       ["Be a carbon net zero organisation by 2030", "Investing in new buildings which will cut carbon.",
        "a new cancer centre by 2026"])]),
    ("Trust lays out plan\n\nIt identifies four outcomes the Trust wishes to achieve - giving every child "
     "the best start in life; an engaged workforce; collaboration and ‘valuing every person.’\n", "goals",
     [("giving every child the best start in life", []), ("an engaged workforce", []), ("collaboration", []),
      ("valuing every person", [])]),
    ("Our vision and values\n\nOur vision is to achieve Better Health for Sunderland.We aim to improve "
     "the health of local people.\n", "vision", "to achieve Better Health for Sunderland."),
    ("Our strategy\n\n‘As a regional provider of urgent care, our prime purpose is to respond to the "
     "needs of our patients’.\n", "mission",
     "As a regional provider of urgent care, our prime purpose is to respond to the needs of our patients’."),
    ("Our strategy\n\n00016858Our vision is that you will receive outstanding care.\n", "vision",
     "you will receive outstanding care."),
    ("Our priorities will focus on the following areas:\n\nCustomer Graphic\n\n\nWe will anchor our "
     "business on the needs of the NHS.\n\nWe will do this by:\n\n  • Making it easier to do business "
     "with us\n  • Delivering savings.\n\nResilient Graphic\n\n\nWe will strengthen our supply chain.\n\n"
     "We will do this by:\n\n  • Investing in our capacity\n  • Strengthening our standards.\n", "goals",
     [("We will anchor our business on the needs of the NHS.",
       ["Making it easier to do business with us", "Delivering savings."]),
      ("We will strengthen our supply chain.", ["Investing in our capacity", "Strengthening our standards."])]),
    ("CORE VALUES\n\nQualityWe will work to the highest possiblestandards.\n\nRespectWe will always treat "
     "people with dignity.\n\nService ExcellenceWe will be responsive.\n", "values",
     ["Quality", "Respect", "Service Excellence"]),
    ('Annual Report\n\nMISSION STATEMENT"To deliver effective care topeople in need."\n', "mission",
     "To deliver effective care topeople in need."),
    ("What we are like\n\nThese are our values. Young people helped us choose them.\n\nWe are kind\n\n"
     "We care about how you feel.\n\nWe are brave\n\nWe try new ideas.\n", "values", ["We are kind", "We are brave"]),
    ("What we believe in\n\nEverything we do is guided by our three values:\n\nPerson-centred: we plan care "
     "around the person, not\naround our systems.\n\nProfessional: we keep learning and we hold ourselves to\n"
     "high standards.\n\nInclusive: we welcome everyone.\n\nWhat we will do next year\n", "values",
     ["Person-centred", "Professional", "Inclusive"]),
    ("Strategy on a page\n\nOUR VALUES\tCaring\tCurious\n\nSTRATEGIC AIMS\tAim 1: Safe care\tAim 2: A great "
     "place to work\nOUR PRIORITIES\tEliminate never events\tImprove the staff survey score\n\tHalve "
     "cancelled operations\tRecruit 100 nurses\n\nENABLERS\tDigital\tEstates\n", "goals",
     [("Safe care", ["Eliminate never events", "Halve cancelled operations"]),
      ("A great place to work", ["Improve the staff survey score", "Recruit 100 nurses"])]),
    ("Strategy on a page\n\nOUR VALUES\tCaring\tCurious\tConnected\n", "values", ["Caring", "Curious", "Connected"]),
    ("3. Our objectives for 2025/26\n\n" + "".join(f"{a:<25}{b:<37}{c}".rstrip() + "\n" for a, b, c in (
        ("Objective", "What we will do", "How we will measure it"), ("", "", ""),
        ("Timely access", "Reduce waits to zero", "Median wait from referral to first"), ("", "", "treatment"),
        ("", "Eliminate out of area placements", "Out of area bed days"), ("", "", ""),
        ("Safe inpatient care", "Roll out Safewards on all wards", "Restrictive practice incidents"), ("", "", ""),
        ("Trust name", "", "Page 3"), ("_" * 40, "", ""), ("", "", ""),
        ("Objective (continued)", "What we will do", "How we will measure it"), ("", "", ""),
        ("Our workforce", "Recruit 60 more nurses", "Vacancy rate"), ("", "", ""))) +
     "4. Delivering the plan\nOur plan is supported by our strategies.\n", "goals",
     [("Timely access", ["Reduce waits to zero", "Eliminate out of area placements"]),
      ("Safe inpatient care", ["Roll out Safewards on all wards"]),
      ("Our workforce", ["Recruit 60 more nurses"])]),
    ("To deliver our vision, we have set out objectives.\n\nOur vision and what this means in practice:\n\nN\n\n"
     "Belonging in the NHS\n\nWe will embed a culture of kindness.\n\nN\n\nGrowing for the future\n\n"
     "We will become the employer of choice.\n\nN\n\nNew ways of working\n\nWe will work flexibly.\n\n"
     "Our Strategic Objectives\n\nN\n\nTo provide outstanding care.\n\nN\n\nTo continuously learn.\n\nN\n\nTo ",
     "goals", [("Belonging in the NHS", ["We will embed a culture of kindness."]),
               ("Growing for the future", ["We will become the employer of choice."]),
               ("New ways of working", ["We will work flexibly."]),
               ("To provide outstanding care", []), ("To continuously learn", [])]),
    ("Ambitions and commitments\nIn this strategy, we set out our ambitions.\nExcellent Care Everywhere\n"
     "- Providing excellent care for our patients – fast, fair treatment for all\n"
     "- Providing excellent care for our people – supporting all our colleagues\n"
     "- Providing excellent care together – becoming one trust\n", "goals",
     [("Providing excellent care for our patients", ["fast, fair treatment for all"]),
      ("Providing excellent care for our people", ["supporting all our colleagues"]),
      ("Providing excellent care together", ["becoming one trust"])]),
    ("Our Aims and Principles\n\n  1. Empower people to meet their own needs\n  2. Improve health and quality of life\n",
     "goals", [("Empower people to meet their own needs", []), ("Improve health and quality of life", [])]),
    ("Our ambition is for every person living in Sussex to have the best care.\n\nWe want:\n\n"
     "  • People to live for longer in good health\n  • The cost of care to be affordable\n\n"
     "To help achieve this ambition, we work in partnership.\n", "goals",
     [("People to live for longer in good health", []), ("The cost of care to be affordable", [])]),
    ("The chair said:\n“It outlines the direction. Promoting wellbeing; offering early help; tackling the big four "
     "diseases; and providing joined up care are the key areas that we suggest become priorities.”\n", "goals",
     [("Promoting wellbeing", []), ("offering early help", []), ("tackling the big four diseases", []),
      ("providing joined up care", [])]),
    ("Our vision and priorities\n\nOur agreed ambition, which is also that of our partnership, is that “We will "
     "work with and for all the people of the city to improve health”.\n", "vision",
     "We will work with and for all the people of the city to improve health"),
    ("Working together\nContents\nIntroduction\n5\nOur vision for the Service\n13\nAchieving our goals\n"
     "Patient access\nDelivering the best service\n22\n25\nImplementation\n37\n3\nIntroduction\n"
     "We are delighted to present our framework.\n", "goals", []),
    ("Working together\nContents\nIntroduction\n5\nOur vision for the Service\n13\nImplementation\n37\n",
     "vision", None),
    ("--- Page 4 ---\n\nOur vision\n\n[Picture: a family]\n\nA vision is what we want to happen\nin the future.\n\n"
     "Our vision is:\n\"Good care for everyone, close to home.\"\n\n--- Page 5 ---\n", "vision",
     "Good care for everyone, close to home."),
    ("1. Introduction\n\n1.1 The Trust's objectives were agreed in 2021 and we have delivered most of them.\n\n"
     "1.2 The Trust's vision, \"Good care, close to home, for everyone in\n    Tollbridge\", and our values remain\n"
     "    unchanged.\n", "vision", "Good care, close to home, for everyone in Tollbridge"),
    ("Governors\n\nThe governors hold the board to account for the strategy, Caring Together, whose vision, "
     "\"Outstanding care, every time\", was agreed in 2024.\n", "vision", "Outstanding care, every time"),
    ("News\n\nThe four priority areas in the new strategy are:\n\n  1. Deliver fair resolution – focussing our "
     "resources\n  2. Invest in our people – building our capacity\n", "goals",
     [("Deliver fair resolution", ["focussing our resources"]), ("Invest in our people", ["building our capacity"])]),
    ("News\n\nThe strategy outlines the ambition to achieve the best start in life; living healthier lives; "
     "safe communities; and people with the skills they need to thrive. By working together we can do it.\n", "goals",
     [("the best start in life", []), ("living healthier lives", []), ("safe communities", []),
      ("people with the skills they need to thrive", [])]),
    ("About\n\nThe State Hospital has four strategic aims: improving physical health; effective use of resources; "
     "pathways for access and transfer; and improving the quality of patient care and drives forward the "
     "quality improvement agenda in line with the national strategy.\n", "goals",
     [("improving physical health", []), ("effective use of resources", []), ("pathways for access and transfer", []),
      ("improving the quality of patient care", [])]),
    ("Our priorities\n\n  • Care at Home; We will deliver care closer to home\n  • Use Resources Well; We will "
     "deliver value\n", "goals",
     [("Care at Home", ["We will deliver care closer to home"]), ("Use Resources Well", ["We will deliver value"])]),
    ("Our Vision\n\nOur vision expresses our collective aspiration.\n\nIt summarises our desire to achieve the "
     "highest standards.\n\nAchieving local excellence and global reach.\n\nOur values were developed by our staff "
     "and guide everything we do.\n\nWe care and are kind\n\nWe care for our patients.\n\nWe have high standards\n\n"
     "We work hard.\nWe are constantly seeking to improve.\n\nWe are proud\n\nWe take pride in working here.\n",
     "values", ["We care and are kind", "We have high standards", "We are proud"]),
    ("Our Vision\n\nOur vision expresses our collective aspiration.\n\nIt summarises our desire to achieve the "
     "highest standards.\n\nAchieving local excellence and global reach.\n", "vision",
     "Achieving local excellence and global reach."),
    ("Our vision and values\n\nThe trust runs two hospitals and employs 6,800 people.\n\nWhere we are heading\n\n"
     "Great care, close to home.\n\nThis is what our patients told us matters most.\n\nWhat we stand for\n\n"
     "Kindness\n", "vision", "Great care, close to home."),
    ("News\n\nThe board approved our refreshed values. Our vision stays the same: “Outstanding care for the people "
     "of Penwarden”.\n", "vision", "Outstanding care for the people of Penwarden"),
    ("Mission and values\n\nWe refreshed our values in 2019.\n\nThe refreshed values, listed below, are at the heart "
     "of everything we do:\n\n  • Respect and care: We treat one another with care.\n  • We are teams: We foster an "
     "inclusive environment.\n", "values", ["Respect and care", "We are teams"]),
    ("Our vision:\n\nTo deliver high quality healthcare.\n\nTo achieve this we make it our mission to:\n\n"
     "  • Provide safe and accessible services\n  • Listen, learn and innovate\n", "goals",
     [("Provide safe and accessible services", []), ("Listen, learn and innovate", [])]),
    ("Our priorities\n\nGiving children the best start\n\nWhy it matters:\n• One in four children lives in poverty.\n"
     "What we will do:\n• We will expand family hubs. We will increase vaccination uptake.\n\n"
     "Living well for longer\n\nWhy it matters:\n• Heart disease causes the gap.\nWhat we will do:\n"
     "• We will find more people with high blood pressure.\n", "goals",
     [("Giving children the best start", ["We will expand family hubs.", "We will increase vaccination uptake."]),
      ("Living well for longer", ["We will find more people with high blood pressure."])]),
    ("About us\n\nAt Royal Kernow Hospitals NHS Trust (RKHT), our vision is Outstanding Care for One and All.\n",
     # (the fronted "At ..., our vision is" left out since session 26, as "Our vision is" is)
     "vision", "Outstanding Care for One and All."),
    ("Vision and values\n\nThe OXH Vision is to 'be an exemplar in healthcare delivery', centred on our Trust "
     "values.\n", "vision", "be an exemplar in healthcare delivery"),
    ("Our Green Plan\n\nThe key aims of our Green Plan\n\n  1. Reduce environmental impact: deliver care that is "
     "net zero.\n  2. Improve wellbeing: support the health of our staff.\n", "goals",
     [("Reduce environmental impact", ["deliver care that is net zero."]),
      ("Improve wellbeing", ["support the health of our staff."])]),
    ("Our plans\n\nOver the next five years the Trust will focus on building stronger partnerships.\n", "commitments",
     ["Over the next five years the Trust will focus on building stronger partnerships."]),
    ("Our Green Plan\n\nOur vision through Care Without Carbon is to motivate staff to act for a greener NHS.\n",
     "vision", "Our vision through Care Without Carbon is to motivate staff to act for a greener NHS."),
    ("Annual report\nOur values were refreshed in 2023 after a trust-wide conversation.\nRespectWe treat everyone "
     "with dignity and listen to what they have to\nsay.\nCompassionWe show kindness and understanding to patients, families\n"
     "and each other.\nOpenness We are honest.\n", "values", ["Respect", "Compassion", "Openness"]),
    ("Our values\n\nOur values were chosen by people who use our services:\n\n**Hope.** We believe recovery is possible.\n\n"
     "**Respect.** We listen.\n\n**Together.** We work alongside people.\n\n**Courage.** We speak up.\n", "values",
     ["Hope", "Respect", "Together", "Courage"]),
    ("Ein diben yw gwella bywydau pobl sy’n byw gyda chanser\n\nGofal a thriniaeth o’r radd flaenaf i bawb yng Nghymru\n\n"
     "Our values\n\n• Gofalgar – Caring\n• Atebol – Accountable\n", "values", ["Caring", "Accountable"]),
    ("Our objectives\n\nQuality icon\n\nWe will provide safe care.\n\nWe will achieve this by:\n\n• reducing falls\n"
     "• staffing every ward safely\n\nAccess icon\n\nWe will treat patients quickly.\n\nWe will achieve this by:\n\n"
     "• opening a same day unit\n• cutting waits\n", "goals",
     [("We will provide safe care.", ["reducing falls", "staffing every ward safely"]),
      ("We will treat patients quickly.", ["opening a same day unit", "cutting waits"])]),
    # (exam 35's annotator gave the sentence whole to both; exam 148's, blind, split it: session 25 splits it)
    ("Our mission and vision\nOur mission is improving health and our vision is to deliver great healthcare.\n",
     "vision", "to deliver great healthcare."),
    ("Our strategic themes\nOur strategic themes are Quality and Safety, Patients, People and Research.\n", "goals",
     [("Quality and Safety", []), ("Patients", []), ("People", []), ("Research", [])]),
    ("Our objectives\n\nOur objectives are:\n1. Safe care\n2. Great place to work\n\nSafe care\n\nWe will:\n"
     "• Safe care\n• Reduce falls\n", "goals", [("Safe care", ["Reduce falls"]), ("Great place to work", [])]),
    # exam 35: goals named first, then each name again as a plain line over its objectives
    ("Our strategic themes\nOur strategic themes are Quality, People and Research.\nOur objectives\nThey are:\n"
     "Quality\nReducing harm\nTimely access to care\nPeople\nCare and compassion\nResearch\nA centre of research."
     "\nOur values\nWe are kind.\n", "goals",
     [("Quality", ["Reducing harm", "Timely access to care"]), ("People", ["Care and compassion"]),
      ("Research", ["A centre of research."])]),
    ("Our strategy\nWe will get there by working towards three strategic goals – starting well, living well and "
     "growing older well.\n", "goals", [("starting well", []), ("living well", []), ("growing older well", [])]),
    ("Our values\n\nWe are Accountable\nWe are accountable means we do what we say we will do, and we are honest when "
     "things go wrong.\n\nWe are Respectful\nWe are respectful means we put ourselves in the shoes of patients and "
     "colleagues alike.\n",
     "values", ["Accountable", "Respectful"]),
    ("Our values\n\nWe are kind\nWe are kind means we notice how people feel and take the time to listen to them.\n\n"
     "We are open\nWe are open means we explain our decisions and say sorry when we get things wrong.\n",
     "values", ["We are kind", "We are open"]),
    # dev sets 7 and 8
    ("Our priorities\n\nThe areas of focus for 2026/27 are:\n\nDeliver outstanding care\n\nWe will:\n\n"
     "  • Improve access to our services\n  • Embed a culture of continuous improvement\n", "goals",
     [("Deliver outstanding care", ["Improve access to our services", "Embed a culture of continuous improvement"])]),
    ("News\n\nWe need common priorities in order to achieve what we are here for - offering safe and high-quality "
     "services to our local communities.\n", "mission", "offering safe and high-quality services to our local communities."),
    ("Board principles\n\nWe will keep the needs of our patients at the front of our thinking.\n\nWe will not:\n"
     "Work in isolation or silos\nFail to involve our citizens and patients.\n", "commitments",
     ["We will keep the needs of our patients at the front of our thinking."]),
    ("Our aims\n\nWe will prioritise the following:\n\n  1. Patients – we will engage with our patients. We will promote "
     "access to records.\n  2. People – our staff are our most important resource. We will train our staff. We will "
     "provide strong leadership.\n  3. Productivity – we will provide timely access. We will offer continuity of care.\n",
     "goals", [("Patients", ["we will engage with our patients.", "We will promote access to records."]),
               ("People", ["We will train our staff.", "We will provide strong leadership."]),
               ("Productivity", ["we will provide timely access.", "We will offer continuity of care."])]),
    ("Mission statement\n\nAims and objectives – patients, people\n\nThe vision for Northmoor Medical Centre is to be a "
     "training practice providing high quality care. We will grow.\n", "vision",
     "to be a training practice providing high quality care."),
    ("Our priorities\n\nHCP logo smaller\n\nOur strategy had four priorities:\n\n  • Priority 1. We want everyone to get "
     "the right care.\n  • Priority 2. We will treat people with compassion.\n  • Priority 3. We want joined up "
     "services.\n  • Priority 4. With our partners, we will tackle the causes of ill health.\n\nPowered by Sitekit\n",
     "goals", [("Priority 1", ["We want everyone to get the right care."]),
               ("Priority 2", ["We will treat people with compassion."]), ("Priority 3", ["We want joined up services."]),
               ("Priority 4", ["With our partners, we will tackle the causes of ill health."])]),
    ("Our strategy\nOur refreshed strategy sets out a renewed commitment to our partnership ambitions by:\n"
     "- introducing a new golden ambition for children\n- reaffirming what already works well\n", "goals", []),
    ("Board principles\n\nWe create an environment where we are always LISTENING to patients and each other.\n\n"
     "We are always LEARNING and acting on what we hear.\n\nThis means we are LEADING by example across the system.\n",
     "values", ["LISTENING", "LEARNING", "LEADING"]),
    # dev sets 9 and 10
    ("News\n\nThe strategy includes six strategic priorities: be ready to respond to all hazards; improve health "
     "through vaccines; reduce the impact of infections; protect health from the environment; and develop the agency.\n",
     "goals", [("be ready to respond to all hazards", []), ("improve health through vaccines", []),
               ("reduce the impact of infections", []), ("protect health from the environment", []),
               ("develop the agency", [])]),
    ("About us\n\nOur key areas of focus are Travel and Transport, Natural Resources and Supply Chain.\n", "goals",
     [("Travel and Transport", []), ("Natural Resources", []), ("Supply Chain", [])]),
    ("Our mission\n\nOur mission is to lead the fight against fraud in the NHS.\n\nOur purpose\n\nOur purpose is to;\n\n"
     "  • Provide leadership in counter fraud\n  • Reduce the impact of fraud on the NHS\n", "commitments",
     ["Provide leadership in counter fraud", "Reduce the impact of fraud on the NHS"]),
    ("How we are organised\n\nUnder our leadership are 3 areas of work:\n\n  1. Inspection directorates\n"
     "  2. Regulatory operations\n  3. Technology, data and insight\n", "goals", []),
    ("Careers\n\nOur vision is to make the Trust the best place to work, and we believe our people make the difference.\n",
     "vision", "to make the Trust the best place to work"),
    ("Our mission\n\nHow we plan to get there:\n\nWe will improve mental health in our communities by:\n\n"
     "  • Providing leading mental health services\n  • Influencing the way mental health is seen\n\n"
     "This mission is worded so that it meets the standards of the Charity Commission.\n", "commitments",
     ["Providing leading mental health services", "Influencing the way mental health is seen"]),
    ("Our vision\n\nWhere we want to get to:\n\nWe want our communities to have the best mental health.\n\n"
     "This statement is more about what we aspire to – we aim to meet this vision in all we do.\n", "commitments", []),
    ("News\n\nThe Clinical Strategy is built around the stages of life:\n\n  • Starting Well - Supporting healthy "
     "pregnancies and births.\n  • Living Well - Working with adults to prevent illness.\n  • Ageing Well - Supporting "
     "older people to live independently.\n", "goals",
     [("Starting Well", ["Supporting healthy pregnancies and births."]),
      ("Living Well", ["Working with adults to prevent illness."]),
      ("Ageing Well", ["Supporting older people to live independently."])]),
    ("News\n\nThe plan sets out our carbon reduction work. Areas of focus include:\n\n  • Sustainable models of care\n"
     "  • Medicines\n  • Travel and transport\n", "goals",
     [("Sustainable models of care", []), ("Medicines", []), ("Travel and transport", [])]),
    ("How we will do it\nOur strategy is split into two areas.\n1. Patients and public\nResearch needs participants.\n"
     "We will:\n- Increase opportunities for patients.\n- Support the public to shape research.\n2. People and partners\n"
     "Research is a product of our staff.\nWe will:\n- Embed research in care.\n- Develop research talent.\n", "goals",
     [("Patients and public", ["Increase opportunities for patients.", "Support the public to shape research."]),
      ("People and partners", ["Embed research in care.", "Develop research talent."])]),
    ("Our vision\n\nOur Trust strategy identifies four key strategic priorities for the next five years:\n\n"
     "Working smartly within our means\n\nJourney to outstanding\n\nJoy at work\n\nDigital first\n\n"
     "The clinical strategy is set in the context of the Trust strategy and other enabling strategies.\n\n"
     "Our values\n\n\nClinical Strategy Summary\n", "goals",
     [("Working smartly within our means", []), ("Journey to outstanding", []), ("Joy at work", []),
      ("Digital first", [])]),
    ("Our people ambitions\n\nBelonging\n\nWe will foster a culture of belonging.\n\n"
     "A dashboard with an arrow pointing to a happy face\n\nHow we will measure progress:\n\n  • Fewer reports of bullying\n",
     "goals", [("Belonging", ["We will foster a culture of belonging."])]),
    ("Research\n\nOur department supports the delivery of the Research Strategy focusing on the following:\n\n"
     "To ensure all research meets governance requirements.\n\nTo raise the profile of the Trust. To ensure research is "
     "part of our business.\n\nTraining\n\nTo encourage staff who wish to take part in research. This includes training.\n",
     "goals", [("Training", ["To encourage staff who wish to take part in research."])]),
    ("News\n\nThe strategy sets out plans for research. Its key components are:\n\n  • To embed an academic culture\n"
     "  • To be an international leader of research\n  • To strengthen our research infrastructure\n", "commitments",
     ["To embed an academic culture", "To be an international leader of research", "To strengthen our research infrastructure"]),
    # dev sets 11 and 12
    ("Minutes\n\nThe Board was advised that the plan built on the Health and Care Strategy which had been published in "
     "November 2023 by the partners of the system and included four priorities with cross cutting principles:\n"
     "1. Population health\n2. Mental health in the community\n3. Maternity care\n4. Cancer care\n\n"
     "The Board noted the report.\n", "goals",
     [("Population health", []), ("Mental health in the community", []), ("Maternity care", []), ("Cancer care", [])]),
    ("Our strategy\nIn 2019 we agreed our new strategic ambitions and priorities:\n- Healthy lives: we are taking a "
     "population-based approach to planning our services.\n- Best place to work: our staff are our greatest asset.\n"
     "This over-arching approach is supported by a number of more detailed strategies including:\n- Quality\n- Digital\n",
     "goals", [("Healthy lives", ["we are taking a population-based approach to planning our services."]),
               ("Best place to work", ["our staff are our greatest asset."])]),
    ("News\n\nThere is more to do. In pursuit of this vision we have decided on three immediate areas of focus. We want "
     "to work towards making the Trust:\n\n  1. A provider of excellent patient safety\n  2. An outstanding place to work\n"
     "  3. A provider of the best possible patient experience\n", "goals",
     [("A provider of excellent patient safety", []), ("An outstanding place to work", []),
      ("A provider of the best possible patient experience", [])]),
    ("Anti-racism\nWe are committed to becoming an anti-racism organisation.\nOur actions are grouped under the following "
     "themes.\nLeadership and Accountability\nOur leaders will be visible in their commitment to stand against racism and "
     "will work together to ensure their power and influence successfully delivers our goals. They will continue to "
     "invest in established anti-racism work, including activity to increase representation of Black and Minority "
     "Ethnic people in leadership positions across the whole of the organisation and in every one of our sites.\n"
     "Data and Evidence\nOur workforce will be supported to provide equality monitoring data that will allow the "
     "organisation to determine whether we have a workforce that reflects the communities we serve. This information "
     "will allow us to identify any additional measures that need to be taken to ensure inclusion across all areas. "
     "Patient data will be used to measure whether our services are meeting the needs of all people.\n"
     "Our ongoing workforce activities will continue to focus on\n", "goals",
     [("Leadership and Accountability", [
         "Our leaders will be visible in their commitment to stand against racism and will work together to ensure "
         "their power and influence successfully delivers our goals.",
         "They will continue to invest in established anti-racism work, including activity to increase representation "
         "of Black and Minority Ethnic people in leadership positions across the whole of the organisation and in every "
         "one of our sites."]),
      ("Data and Evidence", [
          "Our workforce will be supported to provide equality monitoring data that will allow the organisation to "
          "determine whether we have a workforce that reflects the communities we serve.",
          "Patient data will be used to measure whether our services are meeting the needs of all people."])]),
    ("Our integrated care system\n\nInformation about our system:\n\n“We will work together to make health and wellbeing "
     "better than any partner can do alone”\n\nThis means we will:\n\n1. Give children the best start in life.\n"
     "2. Help the most vulnerable to improve their health.\n", "vision",
     "We will work together to make health and wellbeing better than any partner can do alone"),
    # dev sets 13 and 14
    ("Our purpose\n\nTo care for adults with a serious illness, improving their quality of life. We also support their "
     "loved ones. Read our full Statement of Purpose.\n", "mission",
     "To care for adults with a serious illness, improving their quality of life. We also support their loved ones."),
    # (the lead "The aim of this practice is" kept: three real pages' annotators in three kept it)
    ("Practice charter\n\nThe aim of this practice is to always provide the best possible standard of health care for "
     "our patients.\n", "mission",
     "The aim of this practice is to always provide the best possible standard of health care for our patients."),
    ("Vision, values and principles\n\nThe vision of the Northmoor Health and Social Care Partnership is to deliver "
     "together a caring and safer city.\n", "vision",
     "to deliver together a caring and safer city."),
    ("Our principles\n\nThere are three guiding principles that we will design and deliver our services around:\n\n"
     "  • Home first\n  • Integration\n  • Fairness\n\nWe will get there by:\n\n  • Rolling out the three "
     "conversations approach\n", "commitments", ["Rolling out the three conversations approach"]),
    # dev sets 15 and 16
    ("Our plan\n\nWe will apply the lessons from the response so far to our long-term ambitions for health and care. "
     "This includes:\n\n  • Giving every child the best possible start in life.\n  • Reducing health inequalities.\n"
     "  • Reducing duplication.\n", "goals",
     [("Giving every child the best possible start in life", []), ("Reducing health inequalities", []),
      ("Reducing duplication", [])]),
    ("Our aspirations and outcomes\n\nThe priorities we aim to achieve are outlined in our strategy.\n\nOur aspirations\n\n"
     "1) People lead healthy lives for as long as possible\n\nOutcomes:\n\n  • People are immunised against diseases\n"
     "  • People have healthy emotional wellbeing\n\n2) Conditions are detected early\n\nOutcomes:\n\n"
     "  • People receive early diagnosis\n", "goals",
     [("People lead healthy lives for as long as possible",
       ["People are immunised against diseases", "People have healthy emotional wellbeing"]),
      ("Conditions are detected early", ["People receive early diagnosis"])]),
    ("Our work\n\nWe have identified three main strategic priority areas as the focus for all of our work:\n\n"
     "  • Care for our older residents\n  • Unplanned care\n  • Primary care\n", "goals",
     [("Care for our older residents", []), ("Unplanned care", []), ("Primary care", [])]),
    # dev set 17
    ("Our charter\n\nPrinciple 1. We prepare guidance on topics that reflect national priorities.\n\n"
     "Principle 2. We describe our approach in manuals and review them regularly.\n\n"
     "Principle 3. We use independent committees to develop recommendations.\n", "goals", []),
    ("Contents\n\nTrust overview 3\nHow our patient profile is changing 3\nExternal landscape 7\nInternal analysis 10\n\n"
     "Our strategic aims\n\n  • Deliver a safe and high-quality service\n  • Attract, retain and develop our staff\n",
     "goals", [("Deliver a safe and high-quality service", []), ("Attract, retain and develop our staff", [])]),
    ("Our Values and Objectives\n\nBeing Caring:\n\nUnderstanding what each person needs.\n\nSeeking to Involve:\n\n"
     "Encouraging others to share their ideas.\n\nBuilding Team Spirit:\n\nWorking together as one team.\n", "values",
     ["Being Caring", "Seeking to Involve", "Building Team Spirit"]),
    # dev set 18
    ("Vision and Values\n\nOur behaviours were developed by our staff and are linked to the trust's three core values.\n\n"
     "Treat each other with respect\n\n  • We value the views of our staff\n  • We care about our decisions\n\n"
     "Show compassion\n\n  • We are committed to providing care in a dignified way\n\nImprove lives\n\n"
     "  • We are committed to delivering quality outcomes\n", "values",
     ["Treat each other with respect", "Show compassion", "Improve lives"]),
    ("News\n\nThe Trust’s vision is to provide excellent hospital care to the people of Bedfordshire  Image: Wikicommons\n",
     "vision", "to provide excellent hospital care to the people of Bedfordshire"),
    # blind exam 36, after its run
    ("Vision Statement\n\nA vision statement should describe a desired future state. The purpose of a vision statement "
     "is to give a clear sense of direction.\n\nOur refreshed vision statement is: To be an outstanding provider of "
     "healthcare and a great place to work.\n\nThe second part of our vision “[to be] a great place to work,” is a "
     "commitment to our staff.\n", "vision", "To be an outstanding provider of healthcare and a great place to work."),
    ("Our strategy\n\nThis journey will include:\n- Developing services around the needs of our communities\n"
     "- Promoting quality improvement and innovation\n", "commitments",
     ["Developing services around the needs of our communities", "Promoting quality improvement and innovation"]),
    ("Strategic Priorities\n\n  1. Give every child the best start in life\n  2. Support our residents to maintain healthy "
     "lifestyles\n  3. Improve support to people living with life-long conditions, long term health conditions, physical "
     "disabilities and their families\n", "goals",
     [("Give every child the best start in life", []), ("Support our residents to maintain healthy lifestyles", []),
      ("Improve support to people living with life-long conditions, long term health conditions, physical disabilities "
       "and their families", [])]),
    ("Our Priorities\n\nPriority 1: Ensure our children are ready to enter education\n\nWe want to help local children get "
     "the best out of their education during their formative years. This includes making sure that every child is ready "
     "to start school.\n\nWe want to reduce the number of young people who are not in education. We are also working to "
     "reduce inequalities for children.\n", "goals",
     [("Ensure our children are ready to enter education",
       ["We want to help local children get the best out of their education during their formative years.",
        "We want to reduce the number of young people who are not in education.",
        "We are also working to reduce inequalities for children."])]),
    ("Our strategy\n\nThis journey will include:\n- Developing services around the needs of our communities\n"
     "- Tackling health inequalities caused by things like unemployment,\npoor education and where people live - Using "
     "technology to improve access\n- Promoting quality improvement\n", "commitments",
     ["Developing services around the needs of our communities",
      "Tackling health inequalities caused by things like unemployment, poor education and where people live",
      "Using technology to improve access", "Promoting quality improvement"]),
    ("ULHT Values\n\nPatient-centred- Putting patients at the heart of our care.\n\nSafety- Ensuring patients and staff are "
     "free from harm.\n\nRespect- Treating everyone with dignity.\n", "values", ["Patient-centred", "Safety", "Respect"]),
    ("Integrated Business Plan\n\nThe RNOH aims to be the UK’s leading\nspecialist orthopaedic hospital.\n\n"
     "Document Control Details\nRelated\nProgramme/Project\nOwner\n", "goals", []),
    ("mission banner\n\nSafety and quality first\n\nSafety is at the heart of our mission.\n\nvision banner\n\n"
     "Empowering our clinicians\n\nWe will continue to empower our clinicians.\n", "mission", "Safety and quality first"),
    ("Our values\n\nThey can be summarised in three words:\n\nI am respectful because I listen to others.\n\n"
     "I am supportive because I help my colleagues.\n\nI am caring because I show kindness.\n", "values",
     ["respectful", "supportive", "caring"]),
    # blind exam 37, after its run
    ("Our plans\n\nCurrently we have more people over 65 than the England average and in 20 years we predict we will "
     "still have significantly more.\n\nWe will:\n\na. Design efficient treatment and care pathways\n\n"
     "b. Improve the person’s experience of care\n\nc. Prov", "commitments",
     ["Design efficient treatment and care pathways", "Improve the person’s experience of care"]),
    # the second review of session 12's rules: what they must not take
    ("Our plans\n\n  • Improve short- and long-term outcomes for patients\n  • Develop pre- and post-operative care\n",
     "goals", []),
    ("Our vision\n\nThe big picture: longer, healthier lives for everyone in Greenfield.\n", "vision",
     "The big picture: longer, healthier lives for everyone in Greenfield."),
    ("Our promise\n\nAs you would expect, we will respond to every complaint within 20 days.\n", "commitments",
     ["As you would expect, we will respond to every complaint within 20 days."]),
    ("Induction\n\nThe programme will include:\n\n  • A tour of the hospital\n  • Meeting your team\n"
     "  • Mandatory training\n", "commitments", []),
    ("Staff stories\n\nI am proud because I help patients every day.\n\nI am happy because my team supports me.\n\n"
     "I am grateful because I was given a chance.\n", "values", []),
    ("Our plans\nWe will open a new ward in the north of the\ncounty - Kettering residents will benefit first.\n",
     "commitments", ["We will open a new ward in the north of the county - Kettering residents will benefit first."]),
    # the review of session 12's rules: what they must not take
    ("Our goals\n\n  • A workforce standing together\n  • Two new hubs holding weekly clinics for carers\n", "goals",
     [("A workforce standing together", []), ("Two new hubs holding weekly clinics for carers", [])]),
    ("Our plans\n\nIn the year ahead we will act on what you told us:\nOpen a new clinic in Harbourside\n"
     "Recruit twenty nurses\nCut waits for planned surgery\n", "commitments",
     ["Open a new clinic in Harbourside", "Recruit twenty nurses", "Cut waits for planned surgery"]),
    ("Our vision\n\nOur vision is supported by:\n\n  • Great care\n  • Great place to work\n  • Great value\n",
     "commitments", []),
    ("What patients said\n\nThey told us they would like:\n\n  • To be seen quickly by a GP\n"
     "  • To get test results online\n  • To see the same nurse\n", "commitments", []),
    ("News\nThe vision is for a county where “people live well, work well and age well in strong communities”, "
     "which means more care at home.\n", "vision", "people live well, work well and age well in strong communities"),
    # session 13: visions and missions named in passing or behind a longer lead-in
    ("Our plan\n\nThe plan sets out how we will keep services safe as we work towards achieving our vision of "
     "giving excellent care to every family in Ashby.\n\nIt names six goals.\n", "vision",
     "giving excellent care to every family in Ashby"),
    ("News\n\nThe new service supports our strategic vision ‘helping people live well in their own homes’. "
     "It opens in May.\n", "vision", "helping people live well in their own homes"),
    ("News\n\nThe network has unveiled an updated vision to be the leading partner for innovation in the "
     "north. Four objectives back it.\n", "vision", "to be the leading partner for innovation in the north"),
    ("Our strategy\n\nThe Better Care Plan establishes our vision, to give the best care to people in Fenwick "
     "when they need us, and three main goals.\n", "vision",
     "to give the best care to people in Fenwick when they need us"),
    ("About us\n\nWe have simplified our statement so that our mission is: To give the best care at all "
     "times.\n", "mission", "To give the best care at all times"),
    ("About us\n\nOur Social Purpose is “To create jobs and better health in our towns.” Our plan says how.\n",
     "mission", "To create jobs and better health in our towns"),
    ("About us\n\nOur key mission is to help people in Ashby lead longer, healthier lives.\n", "mission",
     "to help people in Ashby lead longer, healthier lives."),
    ("About us\n\nOur vision and our commitment to our towns is to help people live well for longer.\n",
     "vision", "Our vision and our commitment to our towns is to help people live well for longer."),
    ("About us\n\nAt Ashby Hospitals (AH), our vision is simple but bold:\nBetter together – great care "
     "for all.\nThis guides everything we do.\n", "vision", "Better together – great care for all."),
    # (what they must not take: values after "vision and", a long-term quoted vision stays quoted)
    ("About us\n\nOur vision and values are set out in our strategy.\n", "vision", None),
    ("About us\n\nThe trust's long term vision is “to give kind care to everyone in Ashby”.\n", "vision",
     "to give kind care to everyone in Ashby"),
    ("About us\n\nEverything we do rests on our Trust values.\n\nWe will always be: kind, open, fair and safe.\n",
     "values", ["kind", "open", "fair", "safe"]),
    ("About us\n\nWe opened a new ward this year.\n\nWe will always be: kind, open, fair and safe.\n",
     "values", []),
    ("Our mission\n\n  • Reduce health inequalities\n  • Use our resources wisely\n  • Support our staff\n",
     "mission", None),
    # the third review's counter-examples: what session 13's rules must not take
    ("Working for us\n\nIf you share our values, we would love to hear from you.\n\nWe are looking for nurses, "
     "midwives, healthcare assistants and porters.\n", "values", []),
    ("Our values\n\nWe will always be: kind, open, fair and safe.\n", "values", ["kind", "open", "fair", "safe"]),
    ("Winter\n\nOur vision and our priority for this winter is to reduce ambulance handover delays.\n",
     "vision", None),
    ("The ICB\n\nOur key purpose is to ask for your feedback on the draft proposals by 31 March.\n", "mission", None),
    ("Partners\n\nWe work closely with the council, and our partners’ vision is: To make Ashby the healthiest "
     "county in England.\n", "vision", None),
    ("Finance\n\nAt the end of the year, our mission is clear and urgent:\n\nWe need to save 20 million pounds "
     "by March.\n", "mission", None),
    ("Estates\n\nThe Trust is supporting the vision of achieving net zero carbon emissions by 2040 across the "
     "NHS.\n", "vision", None),
    ("Sexual health\n\nAshby is a Fast Track City and we are committed to achieving the vision of ending new HIV "
     "transmissions by 2030.\n", "commitments",
     ["Ashby is a Fast Track City and we are committed to achieving the vision of ending new HIV transmissions by 2030."]),
    ("Board\n\nProgress towards our vision to 2030 is reported to the Board every quarter.\n", "vision", None),
    # the website as a channel, a hospital's site: commitments; the website itself: none
    ("Changes\n\nWhen our procedures change, we will make sure the changes are clearly explained in a leaflet and on our website.\n",
     "commitments", ["When our procedures change, we will make sure the changes are clearly explained in a leaflet and on our website."]),
    ("Estates\n\nWe will develop the site to include a new day surgery unit by 2027.\n", "commitments",
     ["We will develop the site to include a new day surgery unit by 2027."]),
    ("Accessibility\n\nWe are committed to making our website accessible to everyone.\n", "commitments", []),
    # a bullet whose second sentence promises: the bullet whole; "Name. We will ..." is not one
    ("Our charter\n\n  • Any advice on treatment will be based on clinical need. We will always explain our "
     "findings.\n  • We will treat you with respect.\n", "commitments",
     ["Any advice on treatment will be based on clinical need. We will always explain our findings.",
      "We will treat you with respect."]),
    ("Our services are:\n\n  • Joined up. We will co-ordinate care around each patient.\n"
     "  • Digital. We will share records safely.\n", "commitments", []),
    # a numbered statement of purpose: "1." under "2.5 Our Values" starts a list, not a section
    ("1. Provider details\nProvider: Ashby Hospice\n2. Vision and values\n2.1 Our Vision\nExceeding expectations\n"
     "2.2 Our Values\n1. We value people\n· We treat people with dignity\n2. We value excellence\n"
     "· We seek to excel in all we do\n2.3 Philosophy of care\nYou matter because you are you.\n",
     "values", ["We value people", "We value excellence"]),
    ("Picture of the hospice's values saying, Caring, Brave, Positive and Genuine\n\nAbout us\n\nWe care for "
     "children.\n", "values", ["Caring", "Brave", "Positive", "Genuine"]),
    ("Our mission\n\nHere's why we have an important role to play for families.\n\nOur vision is for a world "
     "where no child faces a short life. And until that day comes, our mission will always be to offer them "
     "as much support as they need.\n", "mission",
     "our mission will always be to offer them as much support as they need."),
    ("Our aims\n\nOur values have helped us identify our central goals and mean we are determined that;\n\n"
     "  • We will promote integration before competition.\n  • We will ensure GP leadership drives change.\n"
     "  • We will maintain financial balance.\n", "commitments",
     ["We will promote integration before competition.", "We will ensure GP leadership drives change.",
      "We will maintain financial balance."]),
    ("Practice Charter\n\nWe aim to provide a high standard of personal care to all our patients.\n\n"
     "We could not do this without our staff.\n", "mission",
     "We aim to provide a high standard of personal care to all our patients."),
    ("News\n\nOur new clinic opened this week.\n\nWe aim to provide a high standard of care there.\n",
     "mission", None),
    ("Mission Statement\nOur Mission Statement sets out what we will do.\nAt Ashby Surgery we will:\n"
     "C : care for every patient\nA : act on feedback\nR : respect everyone\nThe charter says what we ask of you.\n",
     "commitments", ["care for every patient", "act on feedback", "respect everyone"]),
    ("Mission Statement\nOur Mission Statement sets out what we will do.\nAt Ashby Surgery we will:\n"
     "C : care for every patient\nA : act on feedback\nR : respect everyone\n", "mission", None),
    ("Our values\n\nTwo values underpin our work:\n\nRespect\n\n• We listen to people\n\nOpenness\n\n"
     "• We act fairly\n\nThe values will help us improve care in Ashby:\n\nRead about our nine strategic objectives\n",
     "values", ["Respect", "Openness"]),
    ("Annual report\n\nMission Statement The Trust is committed to giving every patient a safe and friendly stay. "
     "Our staff will: • Treat every patient with dignity • Listen to every patient • Involve patients in their care "
     "decisions We want every patient to be cared for well.\n", "mission",
     "The Trust is committed to giving every patient a safe and friendly stay."),
    ("Annual report\n\nMission Statement The Trust is committed to giving every patient a safe and friendly stay. "
     "Our staff will: • Treat every patient with dignity • Listen to every patient • Involve patients in their care "
     "decisions We want every patient to be cared for well.\n", "commitments",
     ["Treat every patient with dignity", "Listen to every patient", "Involve patients in their care decisions"]),
    ("Our strategy\n\nWe've launched a new strategy which aims to double the number of people we support within the "
     "next five years. Driven by research, our strategy aims to address some of the key challenges and barriers "
     "faced by the Hospice:\n\n  • Currently, we're only reaching one in three people who need end of life care.\n"
     "  • On average, people are referred to us just 44 days before death.\n"
     "  • Many people don't know what we do.\n", "goals", []),
    ("Health and Wellbeing Board\n\nOur vision for a healthier Ashby by 2030\n\nAshby CCG is a member of the "
     "board, a partnership of the council and the NHS.\n\nThe board publishes the strategy.\n\nThe Vision\n\n"
     "  • We want to improve the lives of the people of Ashby. We will create one system of support that "
     "responds to local needs.\n  • We believe prevention is better than cure\n", "vision",
     "We want to improve the lives of the people of Ashby."),
    ("Practice Charter\n\nOur Responsibilities to You\n\n  • You have a right to confidentiality.\n"
     "  • You will be offered a same-day appointment if you need one.\n\nYour Responsibilities\n\n"
     "  • Please tell us if you cannot keep an appointment.\n", "commitments",
     ["You have a right to confidentiality.", "You will be offered a same-day appointment if you need one."]),
    ("Our purpose\n\nThe Ashby GP Confederation exists to\n\n  • Help practices stay sustainable\n"
     "  • Lead change across the city\n", "mission", None),
    ("Summary of the Place Plan\n\nKey areas for action\n\n  • Housing\n  • Employment\n  • Best start in life\n",
     "goals", [("Housing", []), ("Employment", []), ("Best start in life", [])]),
    ("What we do\n\nAshby CCGs vision is for a good quality health system for local people.\n\nWe have three key "
     "strategic programmes in place to help us achieve our vision which are the rebuilding of the hospital; our out "
     "of hospital strategy; and our savings programme.\n", "goals",
     [("the rebuilding of the hospital", []), ("our out of hospital strategy", []), ("our savings programme", [])]),
    ("What we do\n\nAshby CCGs vision is for a good quality health system for local people.\n", "vision",
     "Ashby CCGs vision is for a good quality health system for local people."),
    ("News\n\nThe strategy is based around three strategic objectives: 1) providing the best care for all; "
     "2) investing in people; and 3) achieving long term sustainability.\n", "goals",
     [("providing the best care for all", []), ("investing in people", []), ("achieving long term sustainability", [])]),
    # (the last entry keeps its number: no text after it shows the number was a page's)
    ("Contents\n\nObjectives at a glance 12 We will reach more people living with a terminal illness 14 We will "
     "improve care across the UK 20\n", "commitments",
     ["We will reach more people living with a terminal illness", "We will improve care across the UK 20"]),
    ("Practice Charter\n\nOur Responsibilities\n\nWe aim to provide the best care for every patient.\n"
     "You will be treated with courtesy.\n\nWe will explain the likely effects of drugs and review your needs.\n",
     # (and, since session 26, the promise to patients: real charters' annotators take 78 such in 92)
     "commitments", ["You will be treated with courtesy.", "We will explain the likely effects of drugs and review your needs."]),
    ("Practice Charter\n\nOur Responsibilities\n\nWe aim to provide the best care for every patient.\n"
     "You will be treated with courtesy.\n\nWe will explain the likely effects of drugs and review your needs.\n",
     "mission", "We aim to provide the best care for every patient."),
    ("About us\n\nAshby Hospice is a centre of excellence. And we've made it our mission to reach even more people "
     "with expert end of life care.\n", "mission", "to reach even more people with expert end of life care"),
    ("Our priorities\n\nPriority 1: Expanding our specialist care\n\ngraphic showing a nurse talking to a patient"
     "We'll provide and develop our specialist care in the community.\n\nPriority 2: Supporting carers\n\n"
     "graphic showing a carer at homeWe'll make sure carers feel supported.\n", "goals",
     [("Expanding our specialist care", ["We'll provide and develop our specialist care in the community."]),
      ("Supporting carers", ["We'll make sure carers feel supported."])]),
    ("News\n\nAt the heart of the new strategy are the St Ann’s core values of caring, openness and respect.\n",
     "values", ["caring", "openness", "respect"]),
    ("Mission and values\n\nOur Mission is:\n\nTo treat each person as unique\nValuing them without judgement\n\n"
     "To enable all to reach their full potential\nRespecting their autonomy\n\nTo create an atmosphere where "
     "healing can occur\nThrough a holistic approach\n", "mission", None),
    ("Page created by the team\n\n 1    Our vision for health and care\n\n 2    Our ambition\n\n 3    Listening to "
     "our communities\n\n 4    Our plans\n\n 5    More information\n\nThank you for reading this draft plan. We hope "
     "you will take part.\n", "goals", []),
    ("About us\n\nOur Mission\n\n(Our goals and activities in working towards our Vision)\n\nAshby Hospice is a "
     "charity whose aim is to give free care to people at the end of life.\n", "mission",
     "Ashby Hospice is a charity whose aim is to give free care to people at the end of life."),
    ("About us\n\nOur Mission\n\n(Our goals and activities in working towards our Vision)\n\nAshby Hospice is a "
     "charity whose aim is to give free care to people at the end of life.\n", "vision", None),
    ("Mission, Goals and Values\n\n  • Vision: To always put the patient first.\n  • Actions: To act with honesty.\n"
     "  • Learning: To support each other.\n  • Understanding: To treat others with dignity.\n"
     "  • Effective: To use resources wisely.\n  • Safe: To promote wellbeing.\n", "values",
     ["Vision", "Actions", "Learning", "Understanding", "Effective", "Safe"]),
    ("Mission, Goals and Values\n\n  • Vision: To always put the patient first.\n  • Actions: To act with honesty.\n"
     "  • Learning: To support each other.\n  • Understanding: To treat others with dignity.\n"
     "  • Effective: To use resources wisely.\n  • Safe: To promote wellbeing.\n", "vision", None),
    ("Mission Statement\nTo care for adults living with a terminal illness.\n\n  • Patient Care: to offer specialist "
     "services at home\n  • Financial Security: to secure a sustainable income\n  • Environment: to provide a "
     "welcoming place\n", "goals",
     [("Patient Care", ["to offer specialist services at home"]), ("Financial Security", ["to secure a sustainable income"]),
      ("Environment", ["to provide a welcoming place"])]),
    # the fourth review's counter-examples: what the rules written after exams 38-41 must not take
    ("Our strategic goals\n\nEverything we do is organised around four goals.\n\n- We will deliver outstanding care\n"
     "- We will be a great place to work\n- We will use our resources wisely\n", "goals",
     [("We will deliver outstanding care", []), ("We will be a great place to work", []),
      ("We will use our resources wisely", [])]),
    ("1. Introduction 3\n2. Our Vision 4\n2.1 Our Values 5\n1. Introduction\nThis plan sets out our work.\n"
     "2. Our Vision\nOur vision is healthier lives for all.\n2.1 Our Values\nOur values are kindness, respect and "
     "teamwork.\n", "values", ["kindness", "respect", "teamwork"]),
    ("Accessibility\n\nWe will fix the PDF documents on our website by March 2026.\n\nWe will make sure our website "
     "meets the WCAG 2.2 AA standard.\n", "commitments", []),
    ("Physiotherapy referrals\n\nWe aim to provide a first appointment within six weeks of your referral.\n",
     "mission", None),
    ("How to contact us\n\n- Reception: to book or cancel an appointment\n- Dispensary: to order a repeat "
     "prescription\n- Secretaries: to ask about a referral\n", "goals", []),
    ("Our commitments\n\nWe will work with partners to overcome these barriers:\n\n- We will fund transport to "
     "appointments\n- We will offer evening clinics\n- We will translate our letters\n", "commitments",
     ["We will fund transport to appointments", "We will offer evening clinics", "We will translate our letters"]),
    ("Our mission\n\nTo provide outstanding care to every patient in Ashby.\n\nTo do this we will invest in our "
     "staff.\n\nTo find out more, read our full strategy.\n", "mission",
     "To provide outstanding care to every patient in Ashby."),
    ("Our plans\n\nWe will vaccinate every child before age 5 We will also offer flu jabs to everyone.\n",
     "commitments", ["We will vaccinate every child before age 5", "We will also offer flu jabs to everyone."]),
    ("News\n\nSince 2022 NHS England has made it its mission to recover elective care.\n", "mission", None),
    ("The challenges we face\n\n- Demand has grown by 20% since 2019. We will need 50 more nurses by 2027.\n"
     "- Our buildings are old.\n", "commitments", []),
    ("Inspection\n\nThe inspection followed the CQC's values of excellence, caring, integrity and teamwork.\n",
     "values", []),
    ("Our promise to you\n\nDo you need an appointment?\nDo you need a prescription?\nDo you need advice?\n",
     "commitments", []),
    ("Commitments from the Practice\nYou will be treated with courtesy & respect\nYou will be seen the same day "
     "if your need is urgent\nYou will have your treatment clearly explained\n", "commitments",
     ["You will be treated with courtesy & respect", "You will be seen the same day if your need is urgent",
      "You will have your treatment clearly explained"]),
    ("Our ambitions\n\nThe strategy sets out three strategic ambitions:\n\n  • We will deliver outstanding care.\n"
     "  • We will be a great employer.\n  • We will deliver better outcomes.\n", "goals",
     [("We will deliver outstanding care", []), ("We will be a great employer", []),
      ("We will deliver better outcomes", [])]),
    ("Our vision\n\n  • A healthier Ashby for everyone, with care close to home.\n\nOur values\n\n  • Kind\n",
     "vision", "A healthier Ashby for everyone, with care close to home."),
    # session 14: lead-ins that name their list in other words
    ("Our plan\n\nThe Three Year Plan's ambitions include:\n\n  • Open a new day surgery unit\n"
     "  • Develop more ambulatory services\n  • Cut the length of stay for older people\n", "goals",
     [("Open a new day surgery unit", []), ("Develop more ambulatory services", []),
      ("Cut the length of stay for older people", [])]),
    ("Our strategy\n\nTo achieve this aim we have a set of specific objectives:\n\n  • Deliver excellent "
     "outcomes.\n  • Deliver a financially stable organisation.\n  • Grow our research.\n", "goals",
     [("Deliver excellent outcomes", []), ("Deliver a financially stable organisation", []),
      ("Grow our research", [])]),
    ("Our objectives for the year\n\n2024 - 2026 Annual Objectives\n\nThese objectives are how we will "
     "achieve our vision. Simply put, the Strategic Priorities of Ashby Hospitals are:\n\n  1. Improve "
     "health\n  2. Provide high quality care\n  3. Sustainable finances\n", "goals",
     [("Improve health", []), ("Provide high quality care", []), ("Sustainable finances", [])]),
    ("Our priorities\n\nThis plan sets out how we will reach our vision. The list below gives them:\n\n"
     "  • Better health for all\n  • Quality care\n  • Shorter waits\n", "goals",
     [("Better health for all", []), ("Quality care", []), ("Shorter waits", [])]),
    ("News\n\nThe 2023 Ashby Integrated Care Partnership Strategy has the ambition “for the people of Ashby to "
     "live long and healthy lives.”\n\nTo achieve this, the strategy sets four aims.\n", "vision",
     "for the people of Ashby to live long and healthy lives."),
    ("Our strategy\n\nOne vision\n\n‘To make a positive difference in people’s lives’\n\nTwo clinical priorities\n\n"
     "Our services will be safe.\n", "vision", "To make a positive difference in people’s lives"),
    ("Our leadership compact\n\n  • We will be dependable: we will do what we say\n  • We will act with integrity\n",
     "commitments", ["We will be dependable: we will do what we say", "We will act with integrity"]),
    ("Leadership behaviours\n\n  • We will listen before we decide\n  • We will act with integrity\n",
     "commitments", []),
    ("Foreword\n\nWe are proud to introduce our strategy. Our vision is shared by our partners: healthier, "
     "happier, fairer lives. A strategy matters.\n", "vision", "healthier, happier, fairer lives"),
    ("Our values\n\nStaff worked together to create the values. They set out our ambition always to be "
     "‘Working together for better mental health’.\n", "vision", "Working together for better mental health"),
    ("News\n\nDuring the consultation period, it was agreed that four priorities from the previous Strategic Plan "
     "should be carried over and updated to meet current challenges and future needs. These include a focus on "
     "strengthening community services; ensuring care is accessible; promoting prevention; and improving support "
     "for unpaid carers.\n", "goals",
     [("strengthening community services", []), ("ensuring care is accessible", []), ("promoting prevention", []),
      ("improving support for unpaid carers", [])]),
    ("Our priority statements\n\nOur values and behaviours help deliver our vision, but they are also aligned with "
     "three clear priority areas that drive everything we do.\nThese priority statements are linked to our strategy:\n"
     "-\nPatients: We deliver safe care.\n-\nPeople: We are supportive.\n-\nPounds: We spend money wisely.\n", "goals",
     [("Patients", ["We deliver safe care."]), ("People", ["We are supportive."]), ("Pounds", ["We spend money wisely."])]),
    ("Our mission and vision\n\nour mission\n\nTo lead on strengthening general practice in Ashby.\n\nOur vision\n\n"
     "Healthy lives for all.\n", "mission", "To lead on strengthening general practice in Ashby."),
    ("Inspection\n\nWe saw the vision in everyday processes. The service values of Integrity, Innovation and "
     "Inclusivity were known by staff.\n", "values", ["Integrity", "Innovation", "Inclusivity"]),
    # after exams 42-43
    ("Our vision\nQuality of life to the end of life, for everyone. Our purpose\nTo provide specialist care to "
     "local people.\n", "mission", "To provide specialist care to local people."),
    ("Our vision\nQuality of life to the end of life, for everyone. Our purpose\nTo provide specialist care to "
     "local people.\n", "vision", "Quality of life to the end of life, for everyone."),
    ("Our strategy\n\nOur priorities focus on delivering the best care, improving access to our services, developing "
     "a thriving workforce and ensuring we remain sustainable despite rising costs and funding pressures.\n", "goals",
     [("delivering the best care", []), ("improving access to our services", []),
      ("developing a thriving workforce", []),
      ("ensuring we remain sustainable despite rising costs and funding pressures", [])]),
    ("Patient Charter\n\nWhat can you expect from us?\n\nAs a partner in your care we will:\n\nEnsure that patients "
     "have 24-hour access to medical advice.\n\nAim for you to see a suitably qualified medical professional within 48 "
     "hours of your first contact during surgery hours, or in an urgent case, on the same day as you call us.\n\n"
     "Involve you in all aspects of your care.\n\nThe prevention of illness is our primary concern.\n\n"
     "What do we expect from you?\n", "commitments",
     ["Ensure that patients have 24-hour access to medical advice.",
      "Aim for you to see a suitably qualified medical professional within 48 hours of your first contact during "
      "surgery hours, or in an urgent case, on the same day as you call us.",
      "Involve you in all aspects of your care."]),
    ("The Practice Charter\n\nWe strive to\n\n  • Treat you with courtesy and respect at all times\n  • Provide home "
     "visits to the housebound\n\nWe ask you to try to\n\n  • Arrive in good time\n", "commitments",
     ["Treat you with courtesy and respect at all times", "Provide home visits to the housebound"]),
    ("Our values\n\nAshby Caring logo, an orange circle with a heart in the middle\n\nWe are passionate about getting it "
     "right.\n\nAshby Trusted logo with a blue circle and two hands\n\nWe build relationships based on trust.\n",
     "values", ["Caring", "Trusted"]),
    ("About us\n\nOur ultimate aim is to help close the gap on ethnic inequalities in health and care.\n", "mission",
     "to help close the gap on ethnic inequalities in health and care."),
    ("About us\n\nThe main aim of our plan is to improve health outcomes for local people.\n", "mission", None),
    ("Our vision:\n\nThe CCG will work to achieve the best possible health outcomes for Ashby people. The vision for "
     "services is that they function to ensure:\n\n  • People live longer lives\n  • The gap in life expectancy "
     "narrows\n", "vision", "The CCG will work to achieve the best possible health outcomes for Ashby people."),
    ("Our mission:\n\nThe CCG’s mission – or overarching purpose – is to commission services that improve health. "
     "The CCG will ensure commissioning will be:\n\n  • Evidence based\n  • Focused on outcomes\n", "mission",
     "The CCG’s mission – or overarching purpose – is to commission services that improve health."),
    ("Our values and behaviours\n\nWe put patients at the heart of everything we do\n\n  • We recognise the patient "
     "behind everything we do.\n  • We will listen carefully to patients.\n  • We won´t treat a patient as an "
     "inconvenience.\n\nWe have a can do attitude\n\n  • We look for solutions.\n  • We take responsibility.\n",
     "values", ["We put patients at the heart of everything we do", "We have a can do attitude"]),
    ("Our values and behaviours\n\nWe put patients at the heart of everything we do\n\n  • We recognise the patient "
     "behind everything we do.\n  • We will listen carefully to patients.\n  • We won´t treat a patient as an "
     "inconvenience.\n\nWe have a can do attitude\n\n  • We look for solutions.\n  • We take responsibility.\n",
     "commitments", []),
    ("News\n\nWe strive to find new ways of working so that care is closer to home. Our strategic priorities are:\n"
     "• Keeping healthy\n• Caring for people locally\n• Hospital when it is needed\n", "commitments",
     ["We strive to find new ways of working so that care is closer to home."]),
    ("News\n\nThe summary report details how the Partnership will fulfil its ambition that each citizen will have "
     "access to the support they need to live a fulfilled life.\n", "vision",
     "each citizen will have access to the support they need to live a fulfilled life"),
    ("Press release\n\nThe Locality Plan focusses on three main ways to transform health and social care, these are:\n\n"
     "  • Building new relationships – between local people and public services\n  • Staying well for longer – by "
     "focussing on prevention\n  • Reducing waste and repetition in the system – to improve efficiency\n", "goals",
     [("Building new relationships", ["between local people and public services"]),
      ("Staying well for longer", ["by focussing on prevention"]),
      ("Reducing waste and repetition in the system", ["to improve efficiency"])]),
    ("About us\n\nOur mission is to improve patient safety.\n\nWe deliver this through:\n\n  • Learning for improvement - by "
     "using findings to make safety recommendations.\n  • Diffusing our learning - through effective communications.\n",
     "goals", [("Learning for improvement", ["by using findings to make safety recommendations."]),
               ("Diffusing our learning", ["through effective communications."])]),
    ("People Charter\n\nAll staff are expected to sign up to the People Charter, and by doing so they are contributing to "
     "the success of Ashby Hospice and helping us to achieve our Vision:\n\nTogether, we will make the most of time "
     "for everyone living with an incurable condition.\n", "vision",
     "Together, we will make the most of time for everyone living with an incurable condition."),
    ("About us\n\nOur vision is to, ‘improve health outcomes for the people of Ashby. We will do this by working "
     "together so that services are safe.’\n", "vision",
     "improve health outcomes for the people of Ashby. We will do this by working together so that services are safe."),
    ("Our mission\n\nTo care for everyone in Ashby.\n\nOur Strategic Goals\n\nOur 4 strategic", "goals", []),
    # after exams 44-45
    ("Practice Charter\n\n  • To provide clean and accessible premises for all of our patients.\n  • To treat all patients "
     "with courtesy at all times\n  • To refer you to a specialist if your doctor thinks it is necessary.\n",
     "commitments", ["To provide clean and accessible premises for all of our patients.",
                     "To treat all patients with courtesy at all times",
                     "To refer you to a specialist if your doctor thinks it is necessary."]),
    ("PATIENTS CHARTER\n\nThe care of your health is a partnership between yourself and the practice team.\n\n"
     "Our Responsibility to You:\n\nYou will be treated courteously\n\nYou have a right to confidentiality\n\n"
     "We offer a range of flexible appointment times\n\nYour repeat prescription will be ready within 48 hours\n\n"
     "Your Responsibility to Us:\n\nPlease treat the surgery staff with courtesy\n\nTell us of any change of address\n",
     "commitments", ["You will be treated courteously", "You have a right to confidentiality",
                     "We offer a range of flexible appointment times",
                     "Your repeat prescription will be ready within 48 hours"]),
    ("Inclusion\n\nAt Ashby Hospice, we want to:\n\n  • Be a hospice trusted by everyone\n  • Stop discrimination\n",
     "commitments", ["Be a hospice trusted by everyone", "Stop discrimination"]),
    ("Hospice Overview\nVision, Purpose and Values Our Vision: People living with a terminal illness are met with care "
     "Our Purpose: We provide the highest quality palliative care Our Values: Caring, Aspiring and Professional\n", "vision",
     "People living with a terminal illness are met with care"),
    ("Hospice Overview\nVision, Purpose and Values Our Vision: People living with a terminal illness are met with care "
     "Our Purpose: We provide the highest quality palliative care Our Values: Caring, Aspiring and Professional\n", "values",
     ["Caring", "Aspiring", "Professional"]),
    ("We Value\n\n  • Compassion\n  • Kindness\n  • Partnership\n", "values", ["Compassion", "Kindness", "Partnership"]),
    ("This website uses cookies to function correctly.\n\nPractice Charter\n\nIn this medical centre we aim to provide the best "
     "possible medical care to our patients. We encourage you to be involved in your care.\n", "mission",
     "In this medical centre we aim to provide the best possible medical care to our patients."),
    # (the hope after the aim left out: four annotators in six, session 24)
    ("PATIENTS CHARTER\n\nWe aim to provide the best possible service to our patients and hope you will feel that we "
     "achieve that aim.\n", "mission", "We aim to provide the best possible service to our patients"),
    # ... "within the resources we have" is no time limit, and "Skip to main content" no paragraph of the page
    ("Skip to main content\n\nPractice charter\n\nWe aim to provide the best possible service to our patients within "
     "the resources we have at our disposal and hope you feel we achieve that aim.\n", "mission",
     "We aim to provide the best possible service to our patients within the resources we have at our disposal"),
    ("Practice charter\n\nWe aim to provide an appointment within two working days.\n", "mission", None),
    # the review of session 14's rules: shapes near them that must not fire
    ("Contents\n\n2. Our vision\n3. Our values\n4. Finance\n\n3. Our values\n\n- Kind\n- Fair\n", "values", []),
    ("About us\n\nWestmoor Hospice has cared for local people since 1985. Our values\nare compassion, respect and "
     "excellence.\n", "values", ["compassion", "respect", "excellence"]),
    ("News\n\nThe National Diabetes Prevention Programme's overall aim is to identify people at high risk.\n", "mission", None),
    ("Waiting times\n\nOur overall aim is to reduce the longest waits to under 52 weeks by March 2025.\n", "mission", None),
    ("About us\n\nOur vision is shared with our staff: we held 40 listening events last year.\n\nOur vision is to "
     "provide the best care in the region.\n", "vision", "to provide the best care in the region."),
    ("News\n\nNHS England said the contract would help the government meet its ambition that every patient can see "
     "a GP within two weeks.\n", "vision", None),
    ("Board news\n\nNHS England has set four national priorities for the year ahead, which every trust must report "
     "against. These include reducing waits; improving A&E performance; recovering the finances; and cutting agency "
     "staffing.\n", "goals", []),
    ("Our priorities\n\nOur priorities focus on improving mental health, housing and nursing care for older people.\n",
     "goals", []),
    ("Training\n\nBy the end of the course you will have met a set of learning objectives:\n\n  • Describe the "
     "Mental Capacity Act\n  • Apply it in practice\n  • Record decisions\n", "goals", []),
    ("Our values\n\nWe are committed to our staff\n\n  • We will hold staff listening events\n  • We will publish "
     "our survey action plan\n", "values", []),    # session 15, from exams 44-45's misses (before exams 46-47 were opened)
    ("Our Aims and Objectives\n\nTo provide a service that is safe and high quality.\n\nTo involve patients in their own "
     "care.\n\nTo promote health and well-being.\n", "goals",
     [("To provide a service that is safe and high quality", []), ("To involve patients in their own care", []),
      ("To promote health and well-being", [])]),
    ("Mission Statement\n\nAims and Objectives – Patients, People, Productivity\n\nThe practice will strive to use "
     "resources well.\n", "mission", None),
    ("What we want to achieve as a charity\n\n  • To excel in all we do.\n  • To reach everyone who needs our help.\n",
     "goals", [("To excel in all we do", []), ("To reach everyone who needs our help", [])]),
    ("How we're run\n\nOur aim has always been to put patients first.\n\nWe thank our supporters.\n", "mission",
     "Our aim has always been to put patients first."),
    ("Our Values\n\nThe Board has approved a set of values for the hospice.\n\nRESPECT and dignity for all\n\n"
     "VALUE every individual and ourselves\n\nOne team, one goal\n\nGetting these three things right is crucial to "
     "the future of our hospice and we already do them well.\n\nHR Strategy\n\nOur HR strategy supports the "
     "corporate strategy.\n", "values",
     ["RESPECT and dignity for all", "VALUE every individual and ourselves", "One team, one goal"]),    ("Yearbook\n\nThank you for reading. At Ashby Hospice our mission is to provide the best care for people living "
     "with an incurable illness. We are proud of our volunteers.\n", "mission",
     "to provide the best care for people living with an incurable illness."),    ("About the ICS\n\nThe Integrated Care System has four purposes:\n\n- Helping people to live longer lives.\n"
     "- Reducing unfair differences in health.\n- Getting the best value for money.\n- Helping people into jobs.\n",
     "goals", [("Helping people to live longer lives", []), ("Reducing unfair differences in health", []),
               ("Getting the best value for money", []), ("Helping people into jobs", [])]),    # after exams 46-47
    ("Plan launched\nThe plan sets out local priorities for the next three years. Key priorities include:\nImproving "
     "access to services\nReducing health inequalities\nFostering partnership working\n", "goals",
     [("Improving access to services", []), ("Reducing health inequalities", []), ("Fostering partnership working", [])]),
    ("About us\nOur culture and values\nOur Vision. Our Values.\nAshby Hospice will endeavour to lead palliative care "
     "in North Ashby.\nPeople\n- At the heart of all we do\n", "vision",
     "Ashby Hospice will endeavour to lead palliative care in North Ashby."),    # after exams 50-51
    ("Our Responsibilities to You\n\nYou will be treated as an individual. You will be given courtesy and respect at all "
     "times.\n\nYou have the right to see your health records. Anything you say will be treated as confidential.\n\n"
     "We will arrange a home visit if you are too ill to come in.\n\nIf you are unhappy with the service\n", "commitments",
     ["You will be treated as an individual.", "You will be given courtesy and respect at all times.",
      "Anything you say will be treated as confidential.", "We will arrange a home visit if you are too ill to come in."]),
    ("News\n\nAfter listening to staff, the hospice has agreed its priorities. Four key priorities have been identified:"
     "\n\n1. Reaching out based on need.\n2. Empowering people to plan ahead.\n3. Providing excellent care at home.\n"
     "4. Helping life go on after a death.\n", "goals",
     [("Reaching out based on need", []), ("Empowering people to plan ahead", []),
      ("Providing excellent care at home", []), ("Helping life go on after a death", [])]),
    ("Practice Charter\n\nOur aim is to …..\n\n  • Give you our very best possible care\n  • Involve you as a partner "
     "in your care\n  • Treat you with courtesy and respect\n\nWe ask that you ….\n\n  • Treat everyone with respect\n",
     "commitments", ["Give you our very best possible care", "Involve you as a partner in your care",
                     "Treat you with courtesy and respect"]),
    ("Our Values - we are PROUD to make a difference\n\nOur PROUD values were developed by our staff.\n\n"
     "Patients first – Put patients at the heart of all we do\nRespectful – Be kind and fair\n"
     "Ownership – Learn continuously\n", "values", ["Patients first", "Respectful", "Ownership"]),
    ("Ensure sustainable funding\n\nTo do this we will: • Grow retail income and profit.\n\n• Invest in fundraising.\n\n"
     "• Grow overall fundraising by 30%.\n", "commitments",
     ["Grow retail income and profit.", "Invest in fundraising.", "Grow overall fundraising by 30%."]),
    ("Mission statement\n\nAshby Medical Centre aims to provide high quality health care in a courteous manner. We will:\n\n"
     "  • Put patients first\n  • Nurture a culture which is innovative\n", "mission",
     "Ashby Medical Centre aims to provide high quality health care in a courteous manner."),
    ("About\n\nThe Ashby Together partnership has the vision to ensure Ashby is a place where we work together.\n\n"
     "Salford CCG has a clear vision for primary care to transform in a sustainable way.\n", "vision",
     "to ensure Ashby is a place where we work together."),
    # after exams 52-53
    ("Hospice Values Revised\n\n  • Published date\n  • Author\n    Ashby Admin\n  • Category\n\nThe values are now "
     "expressed under four headings:\n\n  • Trusting Relationships – ensuring team working\n  • Adaptable – ensuring "
     "continuous improvement\n", "values", ["Trusting Relationships", "Adaptable"]),
    ("Our values\n\nThe new values are represented by the word STAR:\n\n  • Service - We will put our customers first\n"
     "  • Teamwork - We will work together\n  • Ambition -We will aspire to provide the best service\n  • Respect - We "
     "will act with integrity\n\nThe STAR values are embedded into all people management activities including:\n\n"
     "  • Recruitment\n  • Promotion\n  • Induction\n", "values", ["Service", "Teamwork", "Ambition", "Respect"]),
    ("Report a problem with this web page\n\nPlease contact us at webmaster@ashby.nhs.uk and we'll put it right.\n",
     "commitments", []),
    ("Our values\n\nWe are an organisation rooted in the values of compassion, integrity, respect, excellence and team "
     "working.\n", "values", ["compassion", "integrity", "respect", "excellence", "team working"]),
    ("Our aims\n\nWe also have six strategic aims…\n\n  • Work with our patients to promote healthy living\n  • Commission "
     "services close to home\n", "goals",
     [("Work with our patients to promote healthy living", []), ("Commission services close to home", [])]),
    ("The CCG has identified three key health related priority schemes to focus on locally in 2016 and beyond:\n\n"
     "  1. Primary care\n  2. Planned care services\n  3. Maternity care services\n", "goals",
     [("Primary care", []), ("Planned care services", []), ("Maternity care services", [])]),
    ("About us\n\nOur aim is to deliver a first class patient focussed service to the Ashby community in the following "
     "areas:\n\n• district nursing\n\n• health visiting\n\n• podiatry\n", "goals", []),
    ("What our patients can expect from us:\n\n  • Our staff will always treat you with respect.\n  • Our clinicians will "
     "always explain your care.\n  • Our staff will need your consent first.\n", "commitments",
     # (the whole list under what patients can expect: real annotators took every entry of such lists)
     ["Our staff will always treat you with respect.", "Our clinicians will always explain your care.",
      "Our staff will need your consent first."]),
    ("Our plan\n\nOur planned changes include:\n\n  • providing more care in the community\n  • joining up health and care "
     "services\n", "commitments", ["providing more care in the community", "joining up health and care services"]),
    ("Version 8 – March 2008\n\nAshby PCT has set the following strategic objectives:\n\n1. Health improvement and health "
     "outcomes\nTo deliver measurable and continuous improvements in the health of our population\nand to reduce the gap "
     "between communities.\n\n2. Public confidence\nTo build public confidence in local health services and to ensure "
     "that people’s\nexperiences are used to improve services.\n\n3. Finance and governance\nTo deliver a sustainable "
     "balanced financial position.\n", "goals",
     [("Health improvement and health outcomes", ["To deliver measurable and continuous improvements in the health of "
                                                  "our population and to reduce the gap between communities."]),
      ("Public confidence", ["To build public confidence in local health services and to ensure that people’s "
                             "experiences are used to improve services."]),
      ("Finance and governance", ["To deliver a sustainable balanced financial position."])]),
    # after exams 54-55
    ("Patient Charter\n\nWe are committed to giving you the best possible service.\n\n  • You will be treated as a partner "
     "in your care.\n  • We will give you full information about our services.\n  • Please do everything you can to keep "
     "appointments.\n  • We need help too. Please ask for a home visit only when necessary.\n  • Following discussion you "
     "will receive the most appropriate care.\n", "commitments",
     ["We are committed to giving you the best possible service.", "You will be treated as a partner in your care.",
      "We will give you full information about our services.", "Following discussion you will receive the most appropriate care."]),
    ("Practice/Patient Commitment\n\nOur Commitment to Patients\n\n  • To promote good health.\n  • To be treated as an "
     "individual.\n\nYour Commitment to The Practice\n\n  • To attend your appointment on time.\n", "commitments",
     ["To promote good health.", "To be treated as an individual."]),
    ("How we will achieve this\n\nAim 1: Deliver Essential Services\n\nDevelop more ways of supporting well-being. Establish "
     "a hub for day hospice activity. Develop new ways of supporting people at home.\n\nAim 2: Help More People\n\nImprove "
     "access to our services. Expand our support for people with non-cancer conditions. Seek out partnerships.\n", "goals",
     [("Deliver Essential Services", ["Develop more ways of supporting well-being.", "Establish a hub for day hospice "
       "activity.", "Develop new ways of supporting people at home."]),
      ("Help More People", ["Improve access to our services.", "Expand our support for people with non-cancer "
       "conditions.", "Seek out partnerships."])]),
    ("Practice Charter\n\nOUR PROMISE:- We will provide you with the best possible services. We will treat you with "
     "courtesy.\n", "commitments", ["We will provide you with the best possible services.", "We will treat you with courtesy."]),
    ("News\n\nBased on three core values - person-centred, exceptional services and relationships - the strategy has "
     "been written with our staff.\n", "values", ["person-centred", "exceptional services", "relationships"]),
    # after exams 56-57
    ("Our `Values\n\n• Being child and family focused • Listening to and valuing each other • Delivering high standards\n",
     "values", ["Being child and family focused", "Listening to and valuing each other", "Delivering high standards"]),
    ("Our Mission Statement\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit. Integer orci enim.\n", "mission", None),
    ("About us\n\nOur Principles: The principles under which Ashby Healthwatch operates describe the way we expect "
     "everyone to behave.\n\n  • Independent\n  • Inclusive\n  • Open\n", "values", ["Independent", "Inclusive", "Open"]),
    ("Looking to the future\n\nThis sets out what we will do in the next five years to achieve our ten-year vision of safe "
     "and effective pharmacy care at the heart of healthier communities.\n", "vision",
     "safe and effective pharmacy care at the heart of healthier communities."),
    ("Consultation\n\nThe plan will be based around our vision and four proposed strategic outcomes. These are:\n\n"
     "  • People experience high-quality care: People experience high quality services.\n  • People’s rights are "
     "respected: People experience person-led care.\n  • People experience positive outcomes: The care sector is "
     "innovative.\n  • Our people are skilled: Colleagues are valued.\n", "goals",
     [("People experience high-quality care", ["People experience high quality services."]),
      ("People’s rights are respected", ["People experience person-led care."]),
      ("People experience positive outcomes", ["The care sector is innovative."]),
      ("Our people are skilled", ["Colleagues are valued."])]),
    # after exams 48-49
    ("About us\n\nOur mission is straightforward: to help people get better and create a service we are proud of.\n",
     "mission", "to help people get better and create a service we are proud of."),
    ("Charter Rights\n\n  1. Patients will be treated as individuals.\n  2. The telephone will be answered promptly.\n"
     "  3. Patients with an urgent problem will be seen the same day.\n", "commitments",
     ["Patients will be treated as individuals.", "The telephone will be answered promptly.",
      "Patients with an urgent problem will be seen the same day."]),
    ("Patient Charter\n\n  • Please arrive on time.\n  • You should tell us if you move house.\n"
     "  • Patients will be seen in turn.\n", "commitments", []),
    ("Our vision\n\nA fairer service.\n\nOur core values ensure we never lose sight of what we're trying to achieve.\n\n"
     "  • Compassion: we treat patients with respect\n  • Collaboration: we share knowledge\n"
     "  • Ambition: we aim high.\n", "values", ["Compassion", "Collaboration", "Ambition"]),
    ("Our aims for 2021–22\n\nIn the year ahead we want to:\n\nDrive improvements in stroke care through influencing "
     "policy.\n\nWe will:\n\n  • Strengthen our relationships with funders.\n  • Integrate our research teams.\n\n"
     "Reach more people and improve their experience.\n\nWe will:\n\n  • Offer more personalised support.\n"
     "  • Use insight to understand people.\n", "goals",
     [("Drive improvements in stroke care through influencing policy.",
       ["Strengthen our relationships with funders.", "Integrate our research teams."]),
      ("Reach more people and improve their experience.",
       ["Offer more personalised support.", "Use insight to understand people."])]),
    # the review of session 15's rules (/tmp/review15/REPORT.md): near misses that must not fire
    ("Appointments\n\nWhen you call the surgery, our receptionists will ask you for a brief reason for your appointment. "
     "Our GPs will not prescribe antibiotics for coughs and colds. Our staff will not tolerate abusive behaviour.\n",
     "commitments", []),
    ("About\n\nIf something goes wrong, we will put it right and learn from it.\n", "commitments",
     ["If something goes wrong, we will put it right and learn from it."]),
    ("Our Responsibilities to You\n\nYou will be greeted courteously by our reception team.\n\nYour medical records will be "
     "kept confidential.\n\nWe will answer the phone promptly.\n\nYour Responsibilities to Us\n\nYou will let us know if you "
     "cannot attend.\n\nYou will treat our staff with respect.\n", "commitments",
     ["You will be greeted courteously by our reception team.", "Your medical records will be kept confidential.",
      "We will answer the phone promptly."]),
    ("Our strategy\n\nOur values guide our strategy, which has three objectives:\n\n  • Quality: deliver safe care\n"
     "  • People: be a great place to work\n  • Partnerships: join up care\n", "values", []),
    ("About us\n\nOur values guide how we respond to you\n\n  • Telephone: 01632 960000\n  • Email: pals@ashby.nhs.uk\n"
     "  • Address: Ashby House\n", "values", []),
    ("About the ICS\n\nThe partnership covers four local areas:\n\n  • Greyford City\n  • North Greyford\n  • Ashvale\n"
     "  • Riverside and Coast\n", "goals", []),
    ("Climate\n\nWestmarch County Council has the vision to make Westmarch carbon neutral by 2035.\n", "vision", None),
    ("PPG Aims and Objectives\n\nTo represent the views of patients to the practice.\n\nTo help patients take more "
     "responsibility for their health.\n", "goals", []),
    ("Privacy notice\n\nWe use the information in your health record for three purposes:\n\n  • To provide you with direct "
     "care\n  • To check the quality of our services\n  • To plan services\n", "goals", []),
    ("Christmas appeal\n\nAt Christmas our mission is to raise £60,000 so that our nurses can keep caring.\n", "mission", None),
    ("History\n\nThe hospice was founded on the values of its founder, Dr Margaret Hale.\n", "values", []),
    ("Our values – we are proud to make a difference\n\nPatients first\n\nRespect\n\nOpenness\n", "values",
     ["Patients first", "Respect", "Openness"]),
    ("Our mission\n\nOur mission is simple: we want every patient to get the right care at the right time.\n", "mission",
     "we want every patient to get the right care at the right time."),
    ("Ensure sustainable funding\n\nTo do this we will: - Grow retail income and profit.\n- Invest in fundraising.\n"
     "- Grow overall fundraising by 30%.\n", "commitments",
     ["Grow retail income and profit.", "Invest in fundraising.", "Grow overall fundraising by 30%."]),
    ("Northfield Partnership\n\nThe partnership brings together the NHS and the council.\n\nKey priorities include:\n"
     "Healthy weight\nFrailty and falls prevention\nContact the partnership team\nEmail: team@nhs.net\n", "goals",
     [("Healthy weight", []), ("Frailty and falls prevention", [])]),
    ("Our plans\n\nOur planned changes for 2025/26 include:\n\n  • Opening a new diagnostic centre\n  • Extending the "
     "hours of the minor injuries unit\n", "commitments",
     ["Opening a new diagnostic centre", "Extending the hours of the minor injuries unit"]),
    # "We aim to:" over bare actions, in either case: the aims (exam 58)
    ("About us\n\nThe Kelby Care Regulator inspects care services.\n\n1.2 We aim to:\n\n  • give independent "
     "assurance about care in Kelby;\n  • protect the rights of adults and children; and\n  • improve care by "
     "sharing good practice.\n", "goals",
     [("give independent assurance about care in Kelby", []), ("protect the rights of adults and children", []),
      ("improve care by sharing good practice", [])]),
    ("Our vision\n\nWe aim to:\n\n  • Deliver quality in everything we do\n  • Transform services to cut waste\n",
     "commitments", []),
    # short -ing names under a priorities heading are the priorities, whatever the lead-in says (exam 58)
    ("Our Priorities\n\nLooking forward we will focus even more on:\n- Being more strategic\n- Gathering more "
     "evidence\n- Reaching seldom heard groups\n", "goals",
     [("Being more strategic", []), ("Gathering more evidence", []), ("Reaching seldom heard groups", [])]),
    # a screenshot's file name left as a caption is not a value (exam 58)
    ("Our values\n\nScreen Shot 2015-06-16 at 19.27.49\n\n  • Kind\n  • Fair\n", "values", ["Kind", "Fair"]),
    # what the vision is rooted in, then the vision (exam 58)
    ("Our 2030 vision\n\nOur vision is rooted in the people we serve. We will be a fair and trusted regulator for "
     "patients and professionals.\n", "vision", "We will be a fair and trusted regulator for patients and professionals."),
    # values an acronym names, its letters the names' capitals; not another body's initials (exam 58)
    ("Our Values\n\nCARE principles of Compassion, a positive Attitude, Respect and Equality are at the heart of care "
     "at Kelby Hospital.\n", "values", ["Compassion", "positive Attitude", "Respect", "Equality"]),
    # a "We will work ... to:" lead-in right under the priorities heading finishes its sentence (exam 58)
    ("Our strategic priorities\n\nWe will work with people across Kelby to:\n\n  • improve health in every "
     "neighbourhood\n  • support the people who work in care.\n", "goals",
     [("improve health in every neighbourhood", []), ("support the people who work in care", [])]),
    ("Our strategic priorities\n\nWe will work with people across Kelby to:\n\n  • improve health in every "
     "neighbourhood\n  • support the people who work in care.\n", "commitments", []),
    # a sentence that opens on the count, over as many titles with their sentence, a picture's caption before each (exam 58)
    ("Our focus\n\nThree themes will shape all our work over the next five years.\n\nNurses talking on a ward\n\n"
     "Safe care for every patient\n\nWe'll work with others to make care safer.\n\nA student with a model\n\n"
     "Growing our future workforce\n\nWe'll help train the staff Kelby needs.\n\nTwo people meeting\n\n"
     "Investing in our people to deliver our ambitions\n\nWe'll keep learning together and help every colleague to grow in their role.\n\nContact us\n", "goals",
     [("Safe care for every patient", ["We'll work with others to make care safer."]),
      ("Growing our future workforce", ["We'll help train the staff Kelby needs."]),
      ("Investing in our people to deliver our ambitions", ["We'll keep learning together and help every colleague to grow in their role."])]),
    # a symbol font's bullet copied as a letter (exam 60)
    ("Looking ahead\n\nThe focus of our energy will be on the areas listed below.\nc We will build our community.\n"
     "c We will continue to invest in research.\n", "commitments",
     ["We will build our community.", "We will continue to invest in research."]),
    # "The priority topics aim to:" over actions: the priorities (exam 61)
    ("Health priorities\n\nThe strategy has identified three priority topics. The priority topics aim to:\n\n  • Reduce "
     "physical inactivity\n  • Reduce harms from alcohol\n  • Improve cancer screening\n", "goals",
     [("Reduce physical inactivity", []), ("Reduce harms from alcohol", []), ("Improve cancer screening", [])]),
    # titles over "We will ..." parts, after a paragraph about the priorities (exam 61)
    ("About the Board\n\nThe priorities are set following an assessment of local need and published in our strategy.\n\nHealthy Places\n\nWe will "
     "make new housing schemes good for health.\n\nWith a focus on two estates, we will work with residents to improve "
     "health.\n\nTargeted Support\n\nWe will find the people most in need.\n\nMental Health\n\nWe will make mental "
     "health as important as physical health.\n\nGood mental health matters to everyone.\n", "goals",
     [("Healthy Places", ["We will make new housing schemes good for health.",
                          "With a focus on two estates, we will work with residents to improve health."]),
      ("Targeted Support", ["We will find the people most in need."]),
      ("Mental Health", ["We will make mental health as important as physical health."])]),
    # a charter's "Help us to help you:" ends the practice's aims (exam 61)
    ("Patient Charter\n\nWe aim to:\n  • give you a confidential service\n  • treat all patients equally\nHelp us to help "
     "you:\n  • keep your appointment time\n  • please treat our staff with courtesy\n", "goals",
     [("give you a confidential service", []), ("treat all patients equally", [])]),
    # a lead-in that counts its "We will ..." entries names them: the aims (exam 61)
    ("Our strategy\n\nOver the next 5 years, our work will be focused on delivering three strategic aims:\n\n  1. We "
     "will improve care for patients.\n  2. We will develop our staff.\n  3. We will invest in our future.\n", "goals",
     [("We will improve care for patients", []), ("We will develop our staff", []), ("We will invest in our future", [])]),
    # "... organisation whose core mission is to ..." (exam 61)
    ("About us\n\nThe Kelby College is a clinically led organisation whose core mission is to improve patient care and "
     "reduce illness.\n", "mission", "to improve patient care and reduce illness"),
    # principles on a page that names no values are its values (exam 60, as two real pages' annotators)
    ("About us\n\nOur vision is better care through public involvement.\n\nOur guiding principles are:\n\n  • People "
     "First. The starting point is always the person.\n  • Partnership. We work with groups, together.\n  • Inclusion. "
     "We speak for those who are not heard.\n", "values", ["People First", "Partnership", "Inclusion"]),
    ("About us\n\nOur guiding principles are:\n\n  • Fairness – We will put resources where need is greatest.\n  • "
     "Listening – We will involve residents.\n  • Prevention – We will act early.\n", "values", []),
    # (a page's prose sentence "Our principles" over a list, with values of its own named, stays as it was)
    ("Our values\n\n  • Kind\n  • Fair\n\nOur principles:\n\n  • Fair access for all\n  • Dignity and choice\n  • "
     "Openness in all we do\n", "values", ["Kind", "Fair"]),
    # the sentence's own verb after a vision named in its subject ends the vision (exam 60)
    ("Our strategy\n\nAt the heart of our strategy, and what drives us towards our vision of a world where diabetes can "
     "do no harm, are two ambitions.\n", "vision", "a world where diabetes can do no harm"),
    # exams 62-63: "are ..." items that finish a lost "We" lead-in name values by the words after "are"
    ("Our values\n\nThese values will help us achieve our vision.\n\n  • are respectful\n  • are inclusive\n  • are "
     "bold\n  • act with integrity.\n", "values", ["respectful", "inclusive", "bold", "act with integrity."]),
    # "Our vision is simple: a world where ..." (the words after the colon)
    ("Our strategy\n\nDementia is a crisis. Our vision is simple: a world where no one faces dementia alone.\n", "vision",
     "a world where no one faces dementia alone."),
    # "our strategy focuses on three things:" over three aims
    ("Our strategy\n\nOver the next five years, our strategy focuses on three things:\n- growing our nursing service\n"
     "- influencing health systems\n- making us the go-to source of advice\n", "goals",
     [("growing our nursing service", []), ("influencing health systems", []), ("making us the go-to source of advice", [])]),
    # "X has outlined key commitments:" over its list
    ("Health and wellbeing strategy\n\nTogether in Kelby has outlined key commitments:\n\n  • putting communities at "
     "the heart of everything we do\n  • ensuring no one is left behind\n", "commitments",
     ["putting communities at the heart of everything we do", "ensuring no one is left behind"]),
    # a charter's "Your Doctor's Responsibilities" over its promises
    ("Practice Charter\n\nYour Doctor's Responsibilities\n\n  • To treat you with respect at all times.\n  • To give "
     "you full information on our services.\n\nYour Responsibilities As A Patient\n\n  • To keep your appointments.\n",
     "commitments", ["To treat you with respect at all times.", "To give you full information on our services."]),
    # "Our four strategic objectives of A, B, C and D drive ..." (as many names as the count)
    ("Our strategy\n\nOur four strategic objectives of influence, voice, support and excellent organisation drive "
     "everything we do.\n", "goals",
     [("influence", []), ("voice", []), ("support", []), ("excellent organisation", [])]),
    # a news report of "a new vision, X, and a new mission to Y"
    ("News\n\nThe Kelby Council has today launched its strategy. It sets out a new vision, safe and effective eyecare "
     "for all, and a new mission to protect the public by upholding high standards.\n", "vision",
     "safe and effective eyecare for all"),
    ("News\n\nThe Kelby Council has today launched its strategy. It sets out a new vision, safe and effective eyecare "
     "for all, and a new mission to protect the public by upholding high standards.\n", "mission",
     "to protect the public by upholding high standards"),
    # exams 64-65: a vision stated after "and" in a sentence about something else
    ("Research\n\nOur core purpose is to keep people well. Research is integral to high quality care and our vision is "
     "to create a vibrant research culture within our Trust.\n", "vision",
     "to create a vibrant research culture within our Trust."),
    # a name with a possessive of its own owns the vision
    ("Our care\n\nSt Aidan’s Hospice Care’s vision is to provide more care and support to more people.\n", "vision",
     "St Aidan’s Hospice Care’s vision is to provide more care and support to more people."),
    # "Our vision and work" over the vision's line
    ("Our vision and work\n\nTo make every day the best it can be for patients and their families.\n", "vision",
     "To make every day the best it can be for patients and their families."),
    # a spaced hyphen's aside inside one aim is no "Name - description"
    ("Our strategic aims\n\n  • Every young person who needs support - whether from the NHS, from local services or "
     "online - can get it.\n  • Every young person can influence the decisions that affect them.\n", "goals",
     [("Every young person who needs support - whether from the NHS, from local services or online - can get it", []),
      ("Every young person can influence the decisions that affect them", [])]),
    # "Our Aims and objectives:" over short lines, a blank line after each (a PDF's copy), one hard-wrapped
    # (the aim "To improve as ... and" a line, not a title, so its wrap is joined)
    ("Statement of Purpose\n\nOur Aims and objectives:\n\nProvide a high standard of care\n\nBe committed to our "
     "patients needs\n\nAct with integrity\n\nTo improve as a patient centred service through decision making and\n\n"
     "communication\n\nTreat all patients with dignity.\n\nOur purpose is to provide personal health care.\n", "goals",
     [("Provide a high standard of care", []), ("Be committed to our patients needs", []), ("Act with integrity", []),
      ("To improve as a patient centred service through decision making and communication", []),
      ("Treat all patients with dignity", [])]),
    # exams 66-67: "X is committed to:" over titles, each over its own short list
    ("Our strategy\n\nRead our strategy to find out what we will do. Kelby Babies is committed to:\n\nCampaigning for "
     "change\n\n  • Making policy changes which improve neonatal care.\n\nSupporting families\n\n  • Providing "
     "information for parents.\n\nImproving care\n\n  • Supporting neonatal units to deliver the best care.\n", "goals",
     [("Campaigning for change", ["Making policy changes which improve neonatal care."]),
      ("Supporting families", ["Providing information for parents."]),
      ("Improving care", ["Supporting neonatal units to deliver the best care."])]),
    # a link's arrow after a goal's name is not part of it
    ("Our strategy\n\nOur two strategic goals are:\n\n1. We will improve the public's health »\n2. We will be the "
     "professional voice of pharmacy »\n", "goals",
     [("We will improve the public's health", []), ("We will be the professional voice of pharmacy", [])]),
    # "Our mission is unchanged: to ..." (the words after the colon)
    ("About us\n\nOur mission is unchanged: to improve the health and wealth of the nation through research.\n",
     "mission", "to improve the health and wealth of the nation through research."),
    # exams 68-69: numbered outcome goals set apart by a wide gap, too long for titles; a site's credit is furniture
    ("Our Outcome Goals\n\nPage graphic\n\nWe have developed three priority outcomes. These are:\n\n1   To give every "
     "child and young person in Kelby a healthy start in life\n\nWe will focus on child health.\n\n2   To reduce health "
     "inequalities in Kelby\n\nWe will prioritise prevention.\n\nSite design and maintenance by Kelby Web Ltd\n", "goals",
     [("To give every child and young person in Kelby a healthy start in life", ["We will focus on child health."]),
      ("To reduce health inequalities in Kelby", ["We will prioritise prevention."])]),
    # "The purpose of X Place Partnership is to ..." (a name without "the"); not NHS England's (exam 68)
    ("About us\n\nThe purpose of Kelby Place Partnership is to reduce health inequalities for Kelby people.\n", "mission",
     "to reduce health inequalities for Kelby people."),
    ("Context\n\nThe purpose of NHS England is to lead the NHS in England.\n", "mission", None),
    # "One: To ...", "Two: To ..." paragraphs in order, one hard-wrapped across a blank line; an approval note is no goal (exam 68)
    ("Our Objectives\n\nOne: To commission services which improve the health of\n\nKelby residents.\n\nTwo: To improve "
     "our engagement with local people.\n\nThree: To develop the skills of our staff.\n\nObjectives revised 2015 approved "
     "by Governing Body 5th November 2015\n", "goals",
     [("To commission services which improve the health of Kelby residents", []),
      ("To improve our engagement with local people", []), ("To develop the skills of our staff", [])]),
    # misfires found by the review of session 16's rules (/tmp/review16), kept as cases:
    # service standards under "Our standards:" are no values
    ("Our service to you\n\nOur standards:\n\n  • Calls answered within 3 minutes\n  • Prescriptions ready within 48 "
     "hours\n  • Letters sent within 5 working days\n", "values", []),
    # principles written as rules for the work are no values
    ("How we will deliver\n\nOur guiding principles are:\n\n  • Services should be designed around the patient.\n  • "
     "Decisions should be made close to the patient.\n  • Resources should follow need.\n", "values", []),
    # a partner's mission, said in an aside, is not the page's
    ("Our partners\n\nWe work closely with Kelby Carers Network, a local charity whose mission is to support unpaid "
     "carers.\n", "mission", None),
    # the patients' side of a charter ends the practice's aims, however it is headed
    ("Patient Charter\n\nWe aim to:\n  • give you a confidential service\n  • treat all patients equally\nWhat we ask of "
     "you:\n  • keep your appointment\n  • treat our staff with courtesy\n", "goals",
     [("give you a confidential service", []), ("treat all patients equally", [])]),
    # values cards after a sentence about priorities are no goals
    ("Who we are\n\nOur values shape how we deliver our strategic priorities.\n\nCompassion\n\nWe will treat everyone "
     "with kindness.\n\nRespect\n\nWe will listen to patients.\n\nIntegrity\n\nWe will be honest.\n", "goals", []),
    # a statement of purpose's aims stop at its opening hours and registration lines
    ("Statement of Purpose\n\nOur Aims and objectives:\n\nProvide a high standard of care\n\nAct with integrity and "
     "respect\n\nTreat all patients with dignity\n\nOpening hours\n\nMonday to Friday 8am to 6.30pm\n", "goals",
     [("Provide a high standard of care", []), ("Act with integrity and respect", []),
      ("Treat all patients with dignity", [])]),
    # a national body's new mission in the news is not the page's
    ("News\n\nOur vision is to be the best rural health service in England. This year NHS England launched a new "
     "strategy, and the Government has set out a new vision, an NHS fit for the future, for every trust.\n", "vision",
     "to be the best rural health service in England."),
    # a short name before a spaced hyphen is "Name - description", an aside after it or not
    ("Our values\n\n  • Compassion - we care - for patients and for each other\n  • Respect - we listen - to everyone\n",
     "values", ["Compassion", "Respect"]),
    # a count of commitments over "We will" entries leaves them commitments
    ("Our promises\n\nThis year we have made three commitments to our patients:\n\n  • We will answer every complaint "
     "within 10 days.\n  • We will publish our waiting times.\n  • We will open a second unit.\n", "goals", []),
    ("About the agency\n\nThe agency shares the HSC values of working together, excellence, openness and honesty, and "
     "compassion.\n", "values", []),    # exam 70: a lead-in counting six priorities over six numbered actions, one longer than 110 characters
    ("Health and Wellbeing Strategy\n\nThe Strategy focuses on the following three priorities to improve the health "
     "of Kelby residents:\n\n1. Ensure a positive start to life for children, young people and their families.\n\n"
     "2. Encourage healthy lifestyles and behaviours in all actions and activities while respecting people's personal "
     "choices.\n\n3. Work together effectively.\n", "goals",
     [("Ensure a positive start to life for children, young people and their families", []),
      ("Encourage healthy lifestyles and behaviours in all actions and activities while respecting people's personal "
       "choices", []), ("Work together effectively", [])]),    # exam 71: "Our trust vision is ..." (the body's kind before the word); values named after "we value"
    ("About us\n\nWe have launched our new vision and values. Our trust vision is to be exceptional.\n", "vision",
     "to be exceptional."),
    ("About us\n\nTo achieve this we value Respect, Compassion, and Inclusion; Being accountable over staying "
     "comfortable; and Listening over always knowing best.\n", "values",
     ["Respect", "Compassion", "Inclusion", "Being accountable over staying comfortable",
      "Listening over always knowing best"]),
    ("About us\n\nAs a practice we value Patients, Staff and the Community we serve.\n", "values", []),    # exam 71: "The underlying principles of our strategy are:" over named principles, each "Name - ... should ..."
    ("Health and Wellbeing Strategy\n\nThe underlying principles of our strategy are:\n\n  • Equity - services should "
     "be proportional to need\n  • Accessibility - services should be accessible to all\n  • Integration - "
     "organisations should work together\n", "values", ["Equity", "Accessibility", "Integration"]),    ("Health and Wellbeing Strategy\n\nOur Kelby Health and Wellbeing Strategy sets out a shared vision in which people "
     "live healthy and independent lives, supported by thriving communities.\n", "vision",
     "people live healthy and independent lives, supported by thriving communities."),    # exam 70: values named in capitals inside sentences; a table's rows and title-case titles are not that shape
    ("Values\n\n  • We will celebrate Connection & Kindness\n  • Equity & Fairness will guide our decision making\n"
     "  • Our teams will be Person Focused – working to achieve what matters\n", "values",
     ["Connection & Kindness", "Equity & Fairness", "Person Focused"]),    # exam 72: "the 'Three Pillars' – which are A; B; and C", then a "Name: sentence" paragraph per pillar
    ("Pillars of strength\n\nThe hospice has set its strategy around the 'Three Pillars Of Kelby' – which are Proud To "
     "Be Kelby; Care Delivery; and Sustainability.\n\nThe goals of the Three Pillars are as follows:\n\nProud To Be "
     "Kelby: That people identify Kelby as a good place to work.\n\nCare Delivery: To reach out to as many people as "
     "possible.\n\nSustainability: The services are sustainable in a changing environment.\n", "goals",
     [("Proud To Be Kelby", ["That people identify Kelby as a good place to work."]),
      ("Care Delivery", ["To reach out to as many people as possible."]),
      ("Sustainability", ["The services are sustainable in a changing environment."])]),    # exam 72: each card's number set as a bullet of its own ("  • 1"), the title and its sentence under it
    ("Our ambitions\n\n  • 1\n    Give every child the best chance in life\n    We will work together for every child in "
     "Kelby.\n  • 2\n    Create healthy and sustainable places\n    We will build homes that promote good health.\n",
     "goals", [("Give every child the best chance in life", ["We will work together for every child in Kelby."]),
               ("Create healthy and sustainable places", ["We will build homes that promote good health."])]),    # exam 72: numbered priorities, a "Priority Action:" line under each (a blank line apart)
    ("Key priorities\n\nThe five key priorities of the board are as follows:\n\n1. Give every child a good start\n\n"
     "Priority Action: Support mothers in pregnancy.\n\n2. Reduce health inequalities\n\nPriority Action: Improve uptake "
     "of screening.\n\n3. Prevent early death\n\nPriority Action: Reduce death rates from heart disease.\n", "goals",
     [("Give every child a good start", ["Support mothers in pregnancy."]),
      ("Reduce health inequalities", ["Improve uptake of screening."]),
      ("Prevent early death", ["Reduce death rates from heart disease."])]),    # exam 72: an annual report's run-in labels and bullets: "Our vision A world ...", "Our values • We care: ..."
    ("Report of the Trustees\n\nOur vision A world with cures for all muscle-wasting conditions.\n", "vision",
     "A world with cures for all muscle-wasting conditions."),
    ("Report of the Trustees\n\nOur mission We are the charity for families living with rare conditions. • We fund "
     "research into cures. • We provide specialist care.\n", "mission",
     "We are the charity for families living with rare conditions."),
    ("Report of the Trustees\n\nOur values • We care: we care about everyone affected. • We are inclusive: we support "
     "everyone. • We are determined: we will not stop.\n", "values", ["We care", "We are inclusive", "We are determined"]),    # exam 73: "The priorities are:" over long -ing and noun phrases names them; a year's priorities stay actions
    ("Health and Wellbeing strategy\n\nThe strategy focuses on prevention.\n\nThe priorities are:\n\n  1. Support for "
     "children, young people and their families to live healthier lives\n  2. Helping people to prevent the onset of "
     "long-term health conditions such as dementia and heart disease\n", "goals",
     [("Support for children, young people and their families to live healthier lives", []),
      ("Helping people to prevent the onset of long-term health conditions such as dementia and heart disease", [])]),    # exam 73: any one adjective before "vision is" ("consistent", "long-term")
    ("Foreword\n\nOur long-term vision is to make Kelby a place where people are proud to live.\n", "vision",
     "to make Kelby a place where people are proud to live."),    # exam 73: the board's strategy named before the word, "Our Health and Wellbeing Strategy Vision:"
    ("Live Healthy Kelby\n\nOur Health and Wellbeing Strategy Vision:\n\n\"Work in partnership to improve the health "
     "of children, adults and families.\"\n", "vision",
     "Work in partnership to improve the health of children, adults and families."),    # exam 73: "The way we work is:" over a title per value, each over its paragraph
    ("Our strategy\n\nThe way we work is:\n\nPioneering\n\nWe seek new ways to make a difference.\n\nPassionate\n\n"
     "People are at the heart of our charity.\n\nCollaborative\n\nWe value everyone's contribution.\n", "values",
     ["Pioneering", "Passionate", "Collaborative"]),    # exam 71: a link over "The aim is to ..." names no goal
    ("Vision, aim and values\n\nOur vision is to inspire excellence in medical leadership.\n\nRead the full five year "
     "strategy\n\nThe aim is to establish our role as the professional home for medical leadership.\n", "goals", []),    # exam 71: priorities as "We ..." titles, one longer than ten words; a repeated paragraph is one commitment
    ("Our strategic priorities\n\nWe save lives through earlier diagnosis\n\nWe believe people should get the right "
     "information when they need it\n\nWe conduct research to improve patient experience\n", "goals",
     [("We save lives through earlier diagnosis", []),
      ("We believe people should get the right information when they need it", []),
      ("We conduct research to improve patient experience", [])]),
    ("About us\n\nWe will answer every letter within ten days.\n\nWe will answer every letter within ten days.\n",
     "commitments", ["We will answer every letter within ten days."]),    # exams 71 and 73: a page that opens with "We want the people of X to ..." and states no vision otherwise
    ("A new Health and Wellbeing Strategy for Kelby\n\nWe want the people of Kelby to live longer, healthier lives. We "
     "believe people should be supported.\n", "vision", "We want the people of Kelby to live longer, healthier lives."),
    ("Our plan\n\nThe plan was agreed in May.\n\nWe want everyone in Kelby to live longer, healthier lives.\n", "vision",
     None),    # exam 74: a year's figures under a year's heading ("130,000: the number of times ...") are no goals
    ("About The Trust\n\nDuring 2018/19\n\n  • 130,000: the number of times our Emergency Departments were used\n"
     "  • 3,053: children born in our hospitals\n  • 21,800: cancer referrals made to us\n", "goals", []),    # exam 74: the body's role as its mission, where the page states none otherwise; not a national body's role
    ("About The Trust\n\nWe provide acute hospital services.\n\nThe role of Kelby Healthcare NHS Trust is to provide the "
     "best possible healthcare service to patients.\n", "mission",
     "to provide the best possible healthcare service to patients."),
    ("About\n\nWe provide services.\n\nThe role of NHS England is to lead the NHS in England.\n", "mission", None),    # exam 74: "To deliver these priorities we are investing in four key areas:" lists commitments, not goals
    ("Primary care\n\nWe are investing to deliver three priorities. These are to:\n\n  1. Enhance the patient "
     "experience\n  2. Ensure quality and safety\n  3. Improve equity of access\n\nTo deliver these priorities we are "
     "investing in two key areas:\n\n  1. Increasing GP capacity\n  2. Developing the nursing workforce\n", "commitments",
     ["Increasing GP capacity", "Developing the nursing workforce"]),    # exam 75: a heading naming the body's vision by its name; an icon's text as each bullet's first line
    ("Kelby's Public Health Vision\n\nKelby County Council is committed to improving the health of everyone living in "
     "Kelby.\n\nTo create a healthier Kelby, we have two ambitions:\n\n  • heart icon\n\n    To increase the number of "
     "years residents live in good health.\n\n  • bar graph icon\n\n    To reduce the gap in healthy life years.\n",
     "vision", "Kelby County Council is committed to improving the health of everyone living in Kelby."),
    ("Kelby's Public Health Vision\n\nKelby County Council is committed to improving the health of everyone living in "
     "Kelby.\n\nTo create a healthier Kelby, we have two ambitions:\n\n  • heart icon\n\n    To increase the number of "
     "years residents live in good health.\n\n  • bar graph icon\n\n    To reduce the gap in healthy life years.\n",
     "goals", [("To increase the number of years residents live in good health", []),
               ("To reduce the gap in healthy life years", [])]),    # exam 75: three numbered priorities, the first with indented bullets of its own between paragraphs
    ("Our strategy\n\nIn delivering our strategy we have three priorities:\n\n1. Support through community\n\nWe will "
     "support people to live and work in their communities.\n\n  • Live\n\nSupporting individuals to live life as they "
     "decide.\n\n  • Work\n\nSupporting adults into employment.\n\n2. Impact through partnership\n\nWe will grow our "
     "impact through partnerships.\n\n3. Influence through insight\n\nWe will use insight to influence change.\n", "goals",
     [("Support through community", ["We will support people to live and work in their communities.", "Live", "Work"]),
      ("Impact through partnership", ["We will grow our impact through partnerships."]),
      ("Influence through insight", ["We will use insight to influence change."])]),    # exam 75: "We will deliver this through:" over the bodies and plans that carry the work: no commitments
    ("The action we will take\n\nWe will:\n\n  • prioritise our resources towards those most in need\n\nWe will deliver "
     "this through:\n\n  • the Mental Health and Well-being Network\n  • our Learning and Skills steering group\n  • "
     "Culture Strategy\n", "commitments", ["prioritise our resources towards those most in need"]),    # exam 76: "three, interrelated aims which are:"; "a commitment to achieving the following four outcomes:";
    # a goals heading with a subtitle ("Our Seven Aims: What We're Going to Do") over "Name: sentence" lines
    ("Our strategy\n\nIt provides a framework for action focusing on three, interrelated aims which are:\n- Improved "
     "patient access, safety and experience.\n- A representative and supported workforce.\n- Inclusive leadership.\n",
     "goals", [("Improved patient access, safety and experience", []), ("A representative and supported workforce", []),
               ("Inclusive leadership", [])]),
    ("Health and Wellbeing Strategy\n\nThe Strategy sets out a commitment to achieving the following two outcomes:\n\n"
     "  1. Children and adults in Kelby adopt and maintain healthy lifestyles\n  2. Kelby's environment will be "
     "sustainable\n", "goals", [("Children and adults in Kelby adopt and maintain healthy lifestyles", []),
                                ("Kelby's environment will be sustainable", [])]),
    ("Our New Strategy\nWe have listened to you.\nOur Seven Aims: What We're Going to Do\nPersonalised and Compassionate "
     "Care: We're putting your wishes at the heart of everything we do.\nEarly Support and Intervention: We're making it "
     "easier for you to access support.\n", "goals",
     [("Personalised and Compassionate Care", ["We're putting your wishes at the heart of everything we do."]),
      ("Early Support and Intervention", ["We're making it easier for you to access support."])]),    # exam 77: "Its vision is to ..." (the board the page is about); "With a vision of 'X', the strategy ..."
    ("Health and Wellbeing Board\n\nThe Kelby Health and Wellbeing Board is a partnership.\n\nIts vision is to create "
     "stronger links between organisations that support people's health.\n", "vision",
     "to create stronger links between organisations that support people's health."),
    ("Our strategy\n\nWith a vision of ‘Improving Lives together in Kelby’, the strategy focuses on five priority "
     "areas.\n", "vision", "Improving Lives together in Kelby"),    # exam 74: a lead-in counting "three critical stages" over three titles, each over what "we will" do
    ("Our Strategic Plan\n\nFamilies say there are two critical stages on their journey when they need us:\n\nLiving "
     "well\n\nWe will help the whole family to live well.\n\nDying well and bereavement\n\nJust as every child is unique, "
     "so is every death. We will help families to say a meaningful goodbye.\n", "goals",
     [("Living well", ["We will help the whole family to live well."]),
      ("Dying well and bereavement", ["We will help families to say a meaningful goodbye."])]),    # exam 74: "We are:" / "... values and behaviours ... by being:" over lower-case adjectives: the values
    ("Our values\n\nWe are:\n\n  • compassionate\n  • innovative\n  • empowering\n", "values",
     ["compassionate", "innovative", "empowering"]),
    ("Our values\n\nTo do that we need to be clear about the values and behaviours that we need to achieve our high "
     "standards by being:\n\n  • compassionate\n  • ambitious\n  • collaborative\n", "values",
     ["compassionate", "ambitious", "collaborative"]),    # exam 74: "Between now and 2025, we're:" over what the body is doing
    ("Real change by 2025\n\nBetween now and 2025, we're:\n- Demanding improvements to services\n- Campaigning for the "
     "most effective treatments\n", "commitments",
     ["Demanding improvements to services", "Campaigning for the most effective treatments"]),
    # exam 78: a page's title repeated with its date stamp under the vision heading is not the vision
    ("Our Vision\n\nOur Vision 2019-03-01T10:00:00+00:00\n\nOur vision: Better health for everyone in Kelby.\n",
     "vision", "Better health for everyone in Kelby."),
    # exam 78: "The principles are:" over short entries, each with its paragraph under it
    ("Our Principles\n\nThe principles are:\n\n  • Openness\n    We will tell people what we are doing.\n  • "
     "Fairness\n    We will share resources fairly.\n  • Listening\n    We will ask people what they need.\n",
     "values", ["Openness", "Fairness", "Listening"]),
    ("Our Principles\n\nThe principles are:\n\n  • Openness\n    We will tell people what we are doing.\n  • "
     "Fairness\n    We will share resources fairly.\n  • Listening\n    We will ask people what they need.\n",
     "commitments", []),
    # exam 78: "Our mission for <the body>" beside "Our vision for <the profession>"
    ("Our mission and vision\n\nOur mission for the Society\n\nTo improve the lives of people with arthritis by "
     "supporting our members.\n\nOur vision for rheumatology\n\nTo end the pain of arthritis.\n", "mission",
     "To improve the lives of people with arthritis by supporting our members."),
    # exam 78: a lead that counts principles, over "Name: description" entries (a promise in a
    # description that names its principle first does not make the list promises)
    ("Our strategic principles\n\nFive principles guide our decisions:\n\n  1. Members first: we will put members at "
     "the centre.\n  2. Working together: we will collaborate with partners.\n  3. Being open about our work: we "
     "share what we learn.\n  4. Listening: we seek views widely.\n  5. Learning: we improve.\n", "values",
     ["Members first", "Working together", "Being open about our work", "Listening", "Learning"]),
    # exam 78: "... in line with our values:" over "Name: description" paragraphs
    ("Our charter\n\nThe support we offer will be provided in line with our values:\n\nIntegrity: We put the needs "
     "of bereaved families at the heart of everything we do. Our work is based on listening to and learning from the "
     "families and professionals with whom we work.\n\nQuality: We strive for the highest standards of excellence "
     "and professionalism in all aspects of our work. We continually review and improve our systems, processes and "
     "impact.\n\nCollaboration: We are committed to a culture of teamwork, working in partnership with other "
     "organisations to improve the support that families receive across the county.\n", "values",
     ["Integrity", "Quality", "Collaboration"]),
    # exam 78: "... will uphold our vision for all families to have ...": from "for"
    ("Our charter\n\nThe support we provide will uphold our vision for all families to have the care they need when "
     "a child dies.\n", "vision", "for all families to have the care they need when a child dies."),
    # exam 78: the body by its name before "Vision", no possessive
    ("Kelby College of Nursing Vision\n\nTo inspire every nurse in Kelby to lead safe and kind care.\n", "vision",
     "To inspire every nurse in Kelby to lead safe and kind care."),
    # exam 78: "The Kelby Hospice is committed to:" over its list
    ("About us\n\nThe Kelby Hospice is committed to:\n\n  • Equality; every person matters\n  • Inclusion; every "
     "person has a fair chance\n", "commitments", ["Equality; every person matters", "Inclusion; every person has a fair chance"]),
    # exam 78: "The College of Surgeons’ strategic aims are to:" (a plural's apostrophe) over dashed aims
    ("Our strategy\n\nThe College of Surgeons’ strategic aims are to:\n\n  • Leadership - Shape the future of "
     "surgery\n  • Membership - Grow an engaged membership\n  • Strength - Strengthen the organisation\n", "goals",
     [("Leadership", ["Shape the future of surgery"]), ("Membership", ["Grow an engaged membership"]),
      ("Strength", ["Strengthen the organisation"])]),
    # exam 78: a gerund after "is" states the mission, kept whole as other "Our mission is" sentences
    ("What we do\n\nOur vision is a world without arthritis.\n\nOur mission is empowering people with arthritis to "
     "live full lives and secure the care they need.\n", "mission",
     "empowering people with arthritis to live full lives and secure the care they need."),
    # exam 80: "The Vision for KCP is ‘...’." under its heading: the quoted words
    ("Our vision\n\nThe Vision for KCP is ‘To develop sustainable primary care, built locally, delivered "
     "together’.\n", "vision", "To develop sustainable primary care, built locally, delivered together"),
    # exam 80: a line named as the vision by the line after it ("That’s our vision"), and "Our role in that? To ..."
    ("Our strategy\n\nA world free from arthritis and its pain.\n\nThat’s our vision; what shapes everything we "
     "do.\n\nOur role in that? To support and connect people and research to drive action.\n", "vision",
     "A world free from arthritis and its pain."),
    ("Our strategy\n\nA world free from arthritis and its pain.\n\nThat’s our vision; what shapes everything we "
     "do.\n\nOur role in that? To support and connect people and research to drive action.\n", "mission",
     "To support and connect people and research to drive action."),
    # exam 80: "Goal N: ..." over "Outcome: ...": the outcome, without its label and however long,
    # is the goal's statement; an "Outcome 2:" line is no goal
    ("Our goals\n\nGoal 1: To enable research for better evidence\n\nOutcome: arthritis will be a global health "
     "priority so more people are aware of its signs and symptoms; more people seek medical help when they need to; "
     "and patient groups across the world are stronger and better supported to advocate.\n\nGoal 2: To grow our "
     "capacity to deliver at scale\n\nOutcome 2: We can deliver on our promises and potential as an organisation.\n",
     "goals", [("To enable research for better evidence",
                ["arthritis will be a global health priority so more people are aware of its signs and symptoms; more "
                 "people seek medical help when they need to; and patient groups across the world are stronger and "
                 "better supported to advocate."]),
               ("To grow our capacity to deliver at scale", [])]),
    # exam 79: "<Body> is the ... and exists to ...": the mission, whole
    ("About us\n\nHealthwatch Kelby is the public voice for health and social care in Kelby and exists to make "
     "services work for the people who use them.\n", "mission",
     "Healthwatch Kelby is the public voice for health and social care in Kelby and exists to make services work for "
     "the people who use them."),
    # exam 81: "Our vision for improving ... is to ...", "The 2030 vision for health ... in Kelby is: ..."
    ("Health and Well-being strategy\n\nOur vision for improving the health and well-being of Kelby people is to add "
     "years to life and life to years. Our principles are below.\n", "vision",
     "to add years to life and life to years."),
    ("Kelby Healthy City Plan\n\nThe plan is our joint strategy. The 2030 vision for health and wellbeing in Kelby "
     "is: Everyone in Kelby will have healthy, happy lives.\n", "vision",
     "Everyone in Kelby will have healthy, happy lives."),
    # exam 82: an "Our aim" heading over the body's own "Our aim is to ..." states its mission (as
    # two real pages' annotators read it); a service's aim under it does not (round 31)
    ("Kelby Partnership\n\nWe are committed to working together.\n\nOur aim\n\nOur aim is to reduce health "
     "inequalities and help people to stay well.\n\nOur vision\n\nOur vision is being developed and co-produced by "
     "partners.\n", "mission", "to reduce health inequalities and help people to stay well."),
    # exam 82: a vision still being developed is no vision
    ("Kelby Partnership\n\nOur vision\n\nOur vision is being developed and co-produced by partners.\n", "vision", None),
    # exam 85: "What we do" over "Our aim is to ..."
    ("What we do\n\nOur aim is to reach everyone with a spinal cord injury and connect them to the help they "
     "need.\n", "mission", "to reach everyone with a spinal cord injury and connect them to the help they need."),
    # exam 82: "We exist to ..." opening its block
    ("We exist to improve the lives\nof everyone affected by arthritis\n\nWe will raise awareness of arthritis.\n",
     "mission", "We exist to improve the lives of everyone affected by arthritis"),
    # exam 83: "Our mission remains as vital today as ...: to ..." (the words after the colon)
    ("Our history\n\nWe have achieved a great deal. Our mission remains as vital today as it was 50 years ago: to "
     "ensure no one faces kidney disease alone.\n", "mission", "to ensure no one faces kidney disease alone."),
    # exam 85: "Grow evidence, because ... . Kelby Trust will ...": the name, and the work (not the reason)
    ("Our strategy\n\nOur strategy sets out 2 overarching goals:\n\n  • Grow evidence, because baby loss is not "
     "inevitable. Kelby Trust will fund research that saves lives.\n  • Improve care, because everyone deserves the "
     "best care. Kelby Trust will work for good care for all.\n", "goals",
     [("Grow evidence", ["Kelby Trust will fund research that saves lives."]),
      ("Improve care", ["Kelby Trust will work for good care for all."])]),
    # exam 85: "... sets out our vision as we move into our fourth decade: ‘...’": the quoted words
    ("News\n\nPublished today, the Kelby Strategy sets out our vision as we move into our fourth decade: ‘To stop the "
     "heartbreak of baby loss – for everyone.’\n", "vision", "To stop the heartbreak of baby loss – for everyone"),
    # exam 85: a lead counting "core outcomes" over the list
    ("Our strategy\n\nThe strategy is underpinned by three core outcomes and it aims for Kelby to be a place "
     "where:\n\n  • Children are given the best start in life.\n  • Adults can work and live fulfilling lives.\n  • "
     "Older people enjoy a healthy old age.\n", "goals",
     [("Children are given the best start in life", []), ("Adults can work and live fulfilling lives", []),
      ("Older people enjoy a healthy old age", [])]),
    # exam 84: "KAHP will:" (the body's initials) over what it will do
    ("About us\n\nVision and purpose\n\nKAHP will:\n\n  • leverage local assets to drive improved outcomes for "
     "patients.\n  • support initiatives in gender diversity and equality.\n", "commitments",
     ["leverage local assets to drive improved outcomes for patients.", "support initiatives in gender diversity and equality."]),
    # exam 83: value cards whose names ran into their promises ("Honestwe will ...", "Communication we will ...")
    ("Our Patient Service Values\n\nOur staff created a set of Patient Service Values:\n\n  • Respect - we will show "
     "respect to our patients\n  • Pride - we will be proud of the job we do\n  • Honestwe will be open and "
     "transparent\n  • Communication we will be consistent with our messages\n", "values",
     ["Respect", "Pride", "Honest", "Communication"]),
    # real pages: under a vision heading, who holds the vision is no part of it ("we have a shared
    # vision of making ...", "has outlined its vision to ...", the heading's "Is to ..." carried on)
    ("Our vision\n\nAs a group of organisations, we have a shared vision of making Kelby a place where we help each "
     "other to be the very best we can be.\n", "vision",
     "making Kelby a place where we help each other to be the very best we can be."),
    ("Our vision\n\nThe Board of NHS Kelby has outlined its vision to transform how healthcare is delivered in Kelby "
     "in the coming years.\n", "vision", "to transform how healthcare is delivered in Kelby in the coming years."),
    ("Our Vision\n\nIs to change the experience of children everywhere who are being treated for a long term "
     "illness.\n", "vision", "to change the experience of children everywhere who are being treated for a long term illness."),
    # real pages: "... is unchanged - <the statement>" (the words after the dash)
    ("About us\n\nOur mission is unchanged - supporting collaborative work to improve cancer care for patients.\n",
     "mission", "supporting collaborative work to improve cancer care for patients."),
    # real pages: "We have a bold vision." over the line that states it
    ("Our strategy\n\nWe have a bold vision.\n\nThat by 2050 everyone diagnosed with arthritis will live well.\n",
     "vision", "That by 2050 everyone diagnosed with arthritis will live well."),
    # exam 84: "... has a vision of “...”": the quoted words
    ("Our strategy\n\nOur health and wellbeing strategy 2019 – 2024 has a vision of “Working together to make Kelby a "
     "healthy place for all people to thrive”.\n", "vision", "Working together to make Kelby a healthy place for all people to thrive"),
    # real pages: "... sets out our overarching vision, co-produced with ...: “...”"
    ("News\n\nThe strategy sets out our overarching vision, co-produced with the people of Kelby: “to improve the "
     "quality of care for individuals, carers and families”.\n", "vision",
     "to improve the quality of care for individuals, carers and families"),
    # real pages: "... we remain focused on our long-term vision: <the statement>"
    ("About us\n\nOur new strategy lets us adapt, ensuring we remain focused on our long-term vision: our communities "
     "will have the best care and support before, during and after death.\n", "vision",
     "our communities will have the best care and support before, during and after death."),
    # real pages: "Our strategic vision is clear; to be ..." (a semicolon for the colon)
    ("About us\n\nWe have made progress this year.\n\nOur strategic vision is clear; to be the outstanding provider of "
     "community care in Kelby. We have started to make that vision a reality.\n", "vision",
     "to be the outstanding provider of community care in Kelby."),
    ("Our strategy\n\nThe purpose of the trust is reflected in our mission statement: to provide high quality "
     "healthcare services at home and in our hospitals.\n", "mission",
     "to provide high quality healthcare services at home and in our hospitals."),
    # real pages: a link to the sentence before ("However, ...", "In addition, ...") is no part of the promise
    ("Our research\n\nWe fund research into ovarian cancer. However, we will work in partnership with other "
     "organisations to advance research into all priority areas.\n", "commitments",
     ["we will work in partnership with other organisations to advance research into all priority areas."]),
    # real pages: "Name - we will ..." (a hyphen for the dash) and "Name - where valuable, we will ...": the promise
    ("Our commitments\n\n  • Money - we will move a growing share of our spending into prevention.\n  • Shared "
     "resources - where valuable, we will co-create shared resources, to avoid duplication.\n", "commitments",
     ["we will move a growing share of our spending into prevention.",
      "where valuable, we will co-create shared resources, to avoid duplication."]),
    # exam 84 and a real regulator's page: "... . This includes ..." is a statement of its own (four
    # other real pages' annotators keep it with the sentence before; twelve statements gained, four lost)
    ("Our priorities\n\nWe will:\n\n  • Ensure children lead healthy and active lives. This includes tackling "
     "childhood obesity and increasing physical activity.\n", "commitments",
     ["Ensure children lead healthy and active lives.", "This includes tackling childhood obesity and increasing physical activity."]),
    # a real hospice's page: "Our Values" right over one run of "We ..." sentences, each stopped: the values
    ("Our Values\n\n  • We respect the individuality of each person and their beliefs.\n  • We recognise the value of "
     "confidentiality within relationships.\n  • We believe in open and honest communication.\n  • We have a "
     "research-based approach to patient care.\n  • We strive for excellence in specialist palliative care.\n  • We "
     "are committed to further development of our services.\n\nOur Aims\n\n  • To deliver the best care.\n",
     "values", ["We respect the individuality of each person and their beliefs.",
                "We recognise the value of confidentiality within relationships.",
                "We believe in open and honest communication.", "We have a research-based approach to patient care.",
                "We strive for excellence in specialist palliative care.",
                "We are committed to further development of our services."]),
    # exam 86: "The ... Strategy for 2024 to 2029 is a shared vision to ...": from "to"
    ("News\n\nThe new five-year Kelby Joint Health and Wellbeing Strategy for 2024 to 2029 is a shared vision to "
     "achieve better health outcomes for everyone in the borough.\n", "vision",
     "to achieve better health outcomes for everyone in the borough."),
    # exams 87 and 89: "The hospice exists to ...", "The Kelby Trust exists to ..." (the mission, whole)
    ("About us\n\nThe hospice exists to provide respite and end of life care for children with life-limiting "
     "conditions.\n", "mission",
     "The hospice exists to provide respite and end of life care for children with life-limiting conditions."),
    ("About us\n\nThe Kelby Trust exists to improve health for everyone, by helping great ideas to thrive.\n",
     "mission", "The Kelby Trust exists to improve health for everyone, by helping great ideas to thrive."),
    # exam 86: "... has a vision of a world in which ..." (unquoted)
    ("Annual report\n\nImproving later life. Kelby Age Concern has a vision of a world in which older people "
     "flourish. We aim to enrich lives.\n", "vision", "a world in which older people flourish"),
    # exam 88: counted priorities whose entries end in semicolons
    ("A New Vision for a Healthier Kelby\n\nThe strategy sets out the areas the Council and its partners will focus on."
     "\n\nThe strategy sets out eight key priorities:\n\n"
     "  • Supporting people to make healthy lifestyle choices (improving dental care, reducing obesity and reducing smoking);\n"
     "  • Reducing loneliness and social isolation;\n"
     "  • Promoting positive mental health in children and young people;\n"
     "  • Reducing deaths by suicide;\n"
     "  • Reducing the amount of alcohol people drink to safe levels;\n"
     "  • Making Kelby a place where people can live well with dementia;\n"
     "  • Increasing uptake of screening services;\n"
     "  • Reducing the number of people with tuberculosis.\n", "goals",
     [("Supporting people to make healthy lifestyle choices (improving dental care, reducing obesity and reducing smoking)", []),
      ("Reducing loneliness and social isolation", []),
      ("Promoting positive mental health in children and young people", []),
      ("Reducing deaths by suicide", []),
      ("Reducing the amount of alcohol people drink to safe levels", []),
      ("Making Kelby a place where people can live well with dementia", []),
      ("Increasing uptake of screening services", []),
      ("Reducing the number of people with tuberculosis", [])]),
    # exam 88: "Aim 1Tackle ...": the label's number glued to the name
    ("Our aims\n\nAim 1Tackle the social causes of poor health\n\nAim 2Ensure children have the best health\n",
     "goals", [("Tackle the social causes of poor health", []), ("Ensure children have the best health", [])]),
    # exam 89: a practice's initials copied before every entry as its bullet, under "... – We aim to"
    ("Practice Charter\n\nOur Commitment to you – We aim to\n\nKMC Treat you with courtesy and respect.\nKMC See "
     "you within thirty minutes of your booked appointment.\nKMC Advise you fully on the service provided.\n",
     "commitments", ["Treat you with courtesy and respect.", "See you within thirty minutes of your booked appointment.",
                     "Advise you fully on the service provided."]),
    # exam 87: under a goal, a list led in by what was done ("We supported developments ...:") is
    # last year's work, no statement
    ("Our impact\n\nGoal four: Be a voice for people affected by arthritis\n\nWe supported developments that would "
     "improve outcomes in treatment and care:\n\n- By taking part in 14 technology assessment submissions\n- Through "
     "our involvement with the national audit\n", "goals", [("Be a voice for people affected by arthritis", [])]),
    # exam 86: under a goal, figures stated as facts ("Only 57.6% of children ... are meeting ...") are no
    # statements; an action with a figure ("Make sure 80% of ...") is one
    ("Corporate plan\n\nKey priority: strengthening our communities\n\n- Only 57.6% of children are meeting "
     "recommended levels of physical activity\n- The life expectancy gap between the most and least deprived is 5.8 "
     "years\n- Make sure 80% of people with high blood pressure are treated to target\n", "goals",
     [("strengthening our communities", ["Make sure 80% of people with high blood pressure are treated to target"])]),
    # exam 89: "Our vision - ..." (a spaced hyphen for the dash) labels the vision
    ("About us\n\nWe work with partners across the city.\n\nOur vision - A healthy Kelby for all\n\nWe will work "
     "together.\n", "vision", "A healthy Kelby for all"),
    # exam 89: numbered "Our vision - ..." / "Our mission" entries over their text are the page's parts, no goals
    ("Our vision, mission and values\n\n  1. Our vision - A Healthy Kelby for all\n\n    Our vision statement "
     "means:\n\n    • Healthy: strong and resilient communities\n    • For all: we will tackle inequalities.\n  2. Our "
     "mission\n\n    To ensure that care is coordinated and safe.\n", "goals", []),
    # exam 93: "Vision: What is the ambition ..." / "Mission: How we will achieve ..." glosses over
    # the lines that state them; the line labelled mission outranks the one labelled purpose
    ("Five Year Strategy\nPurpose: Why we exist\n- The charity saving and changing the lives of women.\nVision: What is "
     "the ambition and impact we want to have\n- Women's lives are not limited by their health.\nMission: How we will "
     "achieve that ambition\n- Led by women's voices, we improve health through research.\n", "vision",
     "Women's lives are not limited by their health."),
    ("Five Year Strategy\nPurpose: Why we exist\n- The charity saving and changing the lives of women.\nVision: What is "
     "the ambition and impact we want to have\n- Women's lives are not limited by their health.\nMission: How we will "
     "achieve that ambition\n- Led by women's voices, we improve health through research.\n", "mission",
     "Led by women's voices, we improve health through research."),
    # exam 93: values named in pairs, a comma between each pair and no serial "and"
    ("About us\n\nOur organisational values are to be genuine and self-aware, respectful and collaborative, reflective "
     "and curious. We learn from different perspectives.\n", "values",
     ["genuine and self-aware", "respectful and collaborative", "reflective and curious"]),
    # exam 92: "The KBTS exists to ..." (the body's initials after "The")
    ("About us\n\nThe KBTS exists to fully supply the needs of all hospitals in the region with safe blood.\n",
     "mission", "The KBTS exists to fully supply the needs of all hospitals in the region with safe blood."),
    # exam 93: titles counted in words ("One – ...", "Two – ...") over their bullets, a picture's
    # caption between the first title and its list
    ("Our vision\n\nWe want everyone to have a good quality of life:\n\nOne – a better quality of life for all "
     "residents\n\nNewly built council housing in Kelby\n\n  • Equal access to services for all residents.\n  • "
     "Reducing inequality across the borough.\n\nTwo – places underpinned by sustainable growth\n\n  • Expanding "
     "economic opportunities across the borough.\n", "goals",
     [("a better quality of life for all residents", ["Equal access to services for all residents.",
                                                      "Reducing inequality across the borough."]),
      ("places underpinned by sustainable growth", ["Expanding economic opportunities across the borough."])]),
    # exam 94: "What We Believe:" names the values (here stated as sentences)
    ("About us\n\nWhat We Believe:\n\n• We believe in the sanctity of life and the need for dignity at its end.\n\n• We "
     "respect and protect our residents' confidentiality.\n\n• We respect all faiths.\n", "values",
     ["We believe in the sanctity of life and the need for dignity at its end.",
      "We respect and protect our residents' confidentiality.", "We respect all faiths."]),
    # exam 95: "Our vision and strategic aims are underpinned by our organisational values ...:" leads the values
    ("Our values and recovery\n\nOur vision and strategic aims are underpinned by our organisational values which are "
     "informed by recovery principles:\n\n  • Hope: recovery is a process of building hope\n  • Compassion: we are all "
     "survivors of life\n  • Courage: to stand up for recovery principles\n", "values", ["Hope", "Compassion", "Courage"]),
    # exam 95: a cover's years under a title wrapped over two lines are the title's dates, no priorities heading
    ("Fit for the Future\n\nA five year strategy for the future\n\nof Kelby Hospice.\n\n2019-2024\n\nMaking every "
     "moment matter\n\nAbout Kelby Hospice\n\nOur in-patient unit\n\nIn our day hospice\n", "goals", []),
    # exam 90: a sentence-like heading counting the areas ("... within six key thematic areas") over a
    # title per area, each over its paragraph
    ("Our charter\n\nThese statements of intent are reflected within three key thematic areas\n\nWidening Access "
     "to Work\n\nSupporting people into work across the bay.\n\nReducing Environmental Impact\n\nAdopting "
     "sustainable practices in our organisations.\n\nCloser Working Between Partners\n\nCreating chances to work "
     "together.\n", "goals",
     [("Widening Access to Work", ["Supporting people into work across the bay."]),
      ("Reducing Environmental Impact", ["Adopting sustainable practices in our organisations."]),
      ("Closer Working Between Partners", ["Creating chances to work together."])]),
    # exam 91: "Our programmes in <place>" over its list
    ("Our plan\n\nOur programmes in Kelby\n\nWe identified areas for improvement; these programmes are listed "
     "below.\n\n  • Support people to stay healthy\n  • Developing primary care\n", "goals",
     [("Support people to stay healthy", []), ("Developing primary care", [])]),
    # exam 98: values named in lower case after "We value" (three or more), and the one aim quoted as the mission
    ("About us\n\nAim and values\n\nOur aim is ‘to set standards to improve women’s health across the world’.\n\n"
     "We value leadership, innovation, caring, trust and integrity. We act with transparency.\n", "values",
     ["leadership", "innovation", "caring", "trust", "integrity"]),
    ("About us\n\nAim and values\n\nOur aim is ‘to set standards to improve women’s health across the world’.\n\n"
     "We value leadership, innovation, caring, trust and integrity. We act with transparency.\n", "mission",
     "to set standards to improve women’s health across the world"),
    ("Contact us\n\nWe value your feedback, comments, and suggestions.\n", "values", []),
    # exam 96: a numbered item's sentence going on in a paragraph indented under it; longer names over
    # "We will" promises; "Our vision is simple but ambitious..." over the line that states it
    ("Our vision and priorities\n\nOur vision is simple but ambitious...\nTogether we will make Kelby a place where "
     "all people can live long, happy and healthy lives.\n\nOur strategy focuses on three priorities:\n  1. Housing - "
     "We will improve the quality, mix, and management of private rented homes through the Kelby Housing Company and "
     "schemes such as Selective\n\n    Licensing and create new homes.\n\n  2. Tackling substance misuse (alcohol, "
     "drugs and tobacco) - We will address addiction issues.\n\n  3. Building community resilience and reducing "
     "social isolation - We will build resilience.\n", "goals",
     [("Housing", ["We will improve the quality, mix, and management of private rented homes through the Kelby Housing "
                   "Company and schemes such as Selective Licensing and create new homes."]),
      ("Tackling substance misuse (alcohol, drugs and tobacco)", ["We will address addiction issues."]),
      ("Building community resilience and reducing social isolation", ["We will build resilience."])]),
    ("Our vision and priorities\n\nOur vision is simple but ambitious...\nTogether we will make Kelby a place where "
     "all people can live long, happy and healthy lives.\n", "vision",
     "Together we will make Kelby a place where all people can live long, happy and healthy lives."),
    # exam 99: a paragraph about the vision ("Our Vision influences everything we do ...") over its lines states none
    ("Our vision statement\n\nOur Vision influences everything we do as an organisation. We make the Vision real "
     "through leadership.\n– Kelby will show that people can be leaders.\n– Kelby will be run by the people it "
     "supports.\n", "vision", None),
    # exam 96: "Our commitment" (singular) over a council's lower-case promises
    ("Healthy communities\n\nOur commitment\n\n  • support and encourage active lifestyles\n  • deliver events "
     "and places to go for everyone\n", "commitments",
     ["support and encourage active lifestyles", "deliver events and places to go for everyone"]),
    # exam 97: a paragraph naming its counted aims inline ("... five key aims: start well, be well, ...") over
    # titles that end with those names, each over its list
    ("Our strategy\n\nWe've built this strategy around three key aims: start well, be well and age well.\n\n"
     "Helping Kelby residents to start well\n\n  • We aim to support children to get the best start in life.\n\n"
     "Helping Kelby residents to be well\n\n  • We will encourage everyone to be more active.\n  • We aim that "
     "fewer adults are affected by poor mental health.\n", "goals",
     [("Helping Kelby residents to start well", ["We aim to support children to get the best start in life."]),
      ("Helping Kelby residents to be well", ["We will encourage everyone to be more active.",
                                              "We aim that fewer adults are affected by poor mental health."])]),
    # exam 81: "We will achieve this by working towards the following outcomes:" names its goals (3 of 3 real pages)
    ("Our vision\n\nPeople can count on a skilled workforce.\n\nWe will achieve this by working towards the "
     "following outcomes:\n\n  • the social service workforce is valued\n  • the right people are on the "
     "Register\n", "goals",
     [("the social service workforce is valued", []), ("the right people are on the Register", [])]),
    # exam 98: "Our beliefs" after the page's own "Our values" are not its values
    ("About us\n\nOur values\n\nWe help families give the best possible support to their child every step of the "
     "way.\n\nChildren are at the heart of our work. We make sure their needs come first.\n\nOur beliefs\n\n"
     "  • Deaf children can do anything other children can do.\n  • Families are the most important influence on "
     "children.\n", "values", []),
    # exams 100-103, after their run: two labelled statements run into one line; "We exist to ..." after the
    # sentence naming the body; "exists in order to"; "... is our purpose – X"; "We want a world in which ..."
    ("About us\n\nOur vision: Our vision is that everyone with a heart condition lives well.  Our Mission: In pursuit "
     "of our vision, we raise awareness and provide support.\n", "mission",
     "In pursuit of our vision, we raise awareness and provide support."),
    ("About us\n\nOur vision: Our vision is that everyone with a heart condition lives well.  Our Mission: In pursuit "
     "of our vision, we raise awareness and provide support.\n", "vision",
     "everyone with a heart condition lives well."),
    ("About us\n\nKelby Trust is the UK’s eating disorder charity. We exist to end the pain caused by eating "
     "disorders. We do this by working with families.\n", "mission",
     "We exist to end the pain caused by eating disorders."),
    ("About us\n\nThe KPPC exists in order to promote equitable access to palliative care.\n", "mission",
     "The KPPC exists in order to promote equitable access to palliative care."),
    ("Our purpose\n\nCentral to everything we do at Kelby is our purpose – Live your life. This is the guiding "
     "principle behind our care.\n", "mission", "Live your life."),
    ("Our aims\n\nKPC is a registered charity.\n\nWe want a world in which emotional and mental wellness is a human "
     "right.\n", "vision", "We want a world in which emotional and mental wellness is a human right."),
    # exams 100, 102 and 103, after their run: "#1:" and "1:" number a list; "... the emerging objectives are:"
    # (a long sentence's end) leads the goals
    ("News\n\nThe strategy has three main ambitions:\n\n#1: To recruit more lifesavers\n\n#2: To support more "
     "patients\n\n#3: To raise funds\n\nWe are proud of it.\n", "goals",
     [("To recruit more lifesavers", []), ("To support more patients", []), ("To raise funds", [])]),
    ("Research strategy\n\nOur current research strategy focuses on two overarching themes:\n\n1: Identify causes of MND\n\nThrough funding we "
     "will find new genes.\n\n2: Identify disease markers\n\nWe will fund biomarker studies.\n", "goals",
     [("Identify causes of MND", ["Through funding we will find new genes."]),
      ("Identify disease markers", ["We will fund biomarker studies."])]),
    ("Our plan\n\nBased on the information we have collected in the assessment and from the public, the analysis "
     "carried out to date and the expert knowledge of public services officers, the emerging objectives are:\n\n"
     "  1. Develop a connected network of natural areas\n  2. Provide children with the best possible start in life\n",
     "goals", [("Develop a connected network of natural areas", []),
               ("Provide children with the best possible start in life", [])]),
    # exam 100, after its run: two short bullets at one indent are two entries (no wrapped line), and
    # priorities that are short names (no action, no sentence) are goals after "... priorities include:"
    ("Public health\n\nOur public health priorities include:\n\n  • Giving children the best start\n  • promoting "
     "healthier lifestyle choices\n  • immunisation, screening and early diagnosis\n\nHealth and Wellbeing Board\n",
     "goals", [("Giving children the best start", []), ("promoting healthier lifestyle choices", []),
               ("immunisation, screening and early diagnosis", [])]),
    # exam 103, after its run: counted priorities each "name (with the aim ...)": the name, its aim the statement
    ("Our strategy\n\nThe strategy focuses on two priorities that we think matter most:\n\n  • increase "
     "breastfeeding (with the aim to increase the number of mothers who breastfeed).\n  • make healthy weight the "
     "norm (with the aim that families aspire to be a healthy weight).\n", "goals",
     [("increase breastfeeding", ["with the aim to increase the number of mothers who breastfeed"]),
      ("make healthy weight the norm", ["with the aim that families aspire to be a healthy weight"])]),
    # exam 100, after its run: "has vision to be a “...”" (no article) gives the quoted words
    ("Health and Wellbeing Board\n\nThe Kelby Health and Wellbeing Board has vision to be a “City that puts the "
     "health of its most vulnerable citizens first”.  The Board has also agreed a strategy.\n", "vision",
     "City that puts the health of its most vulnerable citizens first"),
    # exam 103, after its run: as many "to ..." entries as the lead-in counts priorities are the priorities
    ("Work plan\n\nThe Work Plan for 2016-17 sets out the activities we plan to undertake over the coming year, all of "
     "which aim to support our four strategic priorities:\n\n  • to provide strategic leadership in improving the "
     "experience of death, dying and bereavement in Kelby. By this we mean: maintaining a whole system perspective.\n"
     "  • to identify, and support the spread of, good practice and innovation.\n  • to work to ensure that the "
     "experiences of the public, patients and families inform the development of policy.\n  • to undertake any "
     "necessary organisational change required to deliver these strategic objectives.\n", "goals",
     [("to provide strategic leadership in improving the experience of death, dying and bereavement in Kelby. By this "
       "we mean: maintaining a whole system perspective", []),
      ("to identify, and support the spread of, good practice and innovation", []),
      ("to work to ensure that the experiences of the public, patients and families inform the development of "
       "policy", []),
      ("to undertake any necessary organisational change required to deliver these strategic objectives", [])]),
    # exam 101, after its run: under a values heading, "... the following themes emerged:" over the values
    ("Our values\n\nThe Values Tree\n\nTo explore the key values of Healthwatch Kelby, we made a values tree. From "
     "this the following themes emerged:\n- Fairness & Inclusion: We strive for a fair system.\n- Working Together: "
     "We believe in partnership.\n", "values", ["Fairness & Inclusion", "Working Together"]),
    # exam 101, after its run: a short line naming a role of its own ends the lead-in's list above it
    ("Our Mission and Priorities 2025/26\nOur priorities:\n- What we heard from people across Kelby via our Priority "
     "Survey.\n- Insight received via our Helpdesk phone line.\nPriority Objectives:\n- Improving patient and user "
     "experience.\n- Initiating greater public involvement in health and social care.\n", "goals",
     [("Improving patient and user experience", []),
      ("Initiating greater public involvement in health and social care", [])]),
    # the review of session 19: what the day's rules must not take
    ("Our vision\n\nOur vision reflects our ambition for everyone in Kelby to live longer, healthier and happier "
     "lives.\n\nOur plan\n", "vision",
     "Our vision reflects our ambition for everyone in Kelby to live longer, healthier and happier lives."),
    ("Our plan\n\nThis Strategy exists to set out how we will work with partners.\n", "mission", None),
    ("About us\n\nOur role is to provide community health services across Kelby.\n\nOur ambition is to double the "
     "number of people we see at home.\n", "vision", None),
    ("Our plan\n\nOur commitments:\n\n- We will work with partners across the county to improve access to mental "
     "health services\n\n  This includes a new crisis line for young people.\n\n- We will publish our results\n",
     "commitments", ["We will work with partners across the county to improve access to mental health services",
                     "We will publish our results"]),
    ("News\n\n#1 priority for the Trust is patient safety, and we will report on it.\n", "commitments",
     ["#1 priority for the Trust is patient safety, and we will report on it."]),
    # exam 105 and 107, after their run: "Our charity exists to", a name with "at" in it, "X's overarching
    # goal is to", "X's charitable purpose is to"
    ("About\n\nOur charity exists to make a lifesaving difference for whoever may need us.\n", "mission",
     "Our charity exists to make a lifesaving difference for whoever may need us."),
    ("About\n\nHospice at Home West Kelby exists to ensure that people receive the best possible care.\n", "mission",
     "Hospice at Home West Kelby exists to ensure that people receive the best possible care."),
    ("About\n\nKelby & District Mind's overarching goal is to improve the lives of everyone we meet.\n", "mission",
     "Kelby & District Mind's overarching goal is to improve the lives of everyone we meet."),
    ("About\n\nKelby Independent Hospital’s charitable purpose is to relieve sickness and poor health.\n", "mission",
     "Kelby Independent Hospital’s charitable purpose is to relieve sickness and poor health."),
    # exam 106, after its run: "The Practice Will Undertake:-" over lines numbered "1 To ...", "2 To ..." (no stops)
    ("Practice Charter\n\nThe Practice Will Undertake:-\n1 To provide care of a high medical standard.\n2 To keep the "
     "medical records secure.\n3 To see all urgent medical problems the same day.\nWe Ask Patients To Undertake:-\n"
     "1 To arrive on time.\n", "commitments",
     ["To provide care of a high medical standard.", "To keep the medical records secure.",
      "To see all urgent medical problems the same day."]),
    ("Our town\n\n2 people in 3 live in the town centre.\n", "commitments", []),
    # exam 104, after its run: a date stamp glued to the first sentence under a "Mission and Vision" title
    ("Kelby Medical Centre Mission and Vision Statement\nLast Updated: Thursday, 24 July 2025We aim to treat every "
     "patient with dignity and respect, practising the best evidence-based medicine.\nAt Kelby Medical Centre we have "
     "a long history of good care.\n", "mission",
     "We aim to treat every patient with dignity and respect, practising the best evidence-based medicine."),
    # exam 107, after its run: life-stage titles ("Starting well", "Living well", ...) name the goals (three real
    # pages); under a goals heading ("OUR AMBITIONS") they stay entries of its list with the others
    ("Our strategy\n\nThinking about the life course\n\nStarting well\n\nGiving children the best start:\n\n  • "
     "Parenting\n  • School readiness\n\nLiving well\n\n  • Alcohol\n  • Drugs\n\nAgeing well\n\n  • Dementia\n",
     "goals", [("Starting well", ["Parenting", "School readiness"]),
               ("Living well", ["Alcohol", "Drugs"]), ("Ageing well", ["Dementia"])]),
    # real pages (9 of 11 annotators): on a page that never says "vision", its stated ambition is the vision
    ("About us\n\nWe are the charity for families of sick children. Our ambition is that no family should face a "
     "child's illness alone.\n\nWe will campaign for better care.\n", "vision",
     "Our ambition is that no family should face a child's illness alone."),
    ("About us\n\nOver the next three years (2025-2028), our ambition is for every child in Kelby to grow up "
     "healthy and safe.\n", "vision",
     "Over the next three years (2025-2028), our ambition is for every child in Kelby to grow up healthy and safe."),
    ("Our plan\n\nOur ambition for the borough is for Kelby to be known as: A place of health, work and learning.\n",
     "vision", "A place of health, work and learning."),
    # exam 74: "We exist to beat cancer" (two words will do; not "We exist to change this")
    ("Our strategy\n\nWe exist to beat cancer\n\nFor 120 years we have made discoveries.\n", "mission",
     "We exist to beat cancer"),
    ("Our strategy\n\nCancer is common. We exist to change this.\n", "mission", None),
    # exam 75: a charity by its own name, opening its paragraph
    ("Our strategy\n\nKelby Cheshire exists to improve life choices of people with disability.\n", "mission",
     "Kelby Cheshire exists to improve life choices of people with disability."),
    # ... but not a target ("by 2030", "20%"), nor "to ..." beside a mission, nor on a page with a vision
    ("Our plan\n\nOur ambition is to reach net zero by 2035, five years early.\n", "vision", None),
    ("Our plan\n\nOur mission is to care for Kelby.\n\nOur ambition is to open two new wards and a day unit.\n",
     "vision", None),
    ("Our plan\n\nWe will publish our vision next year.\n\nOur ambition is for every child in Kelby to grow up "
     "healthy and safe.\n", "vision", None),
    # a body's own name in its own voice is not its partner: "At ..., our mission is", "Welcome
    # to ...", "... Mission and Vision Statement", "... is committed to" (session 20: 107 real
    # pages listed their publisher among its partners)
    ("Our mission\nAt Brackenmoor Hospice, our mission is to care for every family in the valley.\nWe work "
     "closely with Brackenmoor Borough Council and Healthwatch Brackenmoor.\n", "partner_organisations",
     ["Brackenmoor Borough Council", "Healthwatch Brackenmoor"]),
    ("Skip to content\nWelcome to Fernlea Surgery\nOur practice aims to give safe care to all.\nWe are "
     "part of Fernlea Primary Care Network.\n", "partner_organisations", ["Fernlea Primary Care Network"]),
    ("Millbrook Medical Centre Mission and Vision Statement\nLast updated: 3 March 2025\nWe aim to treat "
     "every patient with dignity.\nWe work with Eastmoor County Council.\n", "partner_organisations",
     ["Eastmoor County Council"]),
    ("Public health vision\nSaltmere County Council is committed to improving the health of everyone in "
     "the county.\nWe will work with Healthwatch Saltmere.\n", "partner_organisations",
     ["Healthwatch Saltmere"]),
    # a hospice's page that names no other body names only itself
    ("Our values\nCompassion\nRespect\nThank you for reading about the work of Larkspur Hospice.\n",
     "partner_organisations", []),
    # a college's name goes on after "of"; a document's or a role's words before a name are no part
    # of it; a kind of body alone ("My Surgery", "Full Council") is no body
    ("Our partners\nWe train with the Royal College of Foot Health.\nWe thank the CEO of the Ashdown "
     "Hospice for her help.\nThe report went to Full Council in May.\nThis site is brought to you by My "
     "Surgery Website\n", "partner_organisations", ["Royal College of Foot Health", "Ashdown Hospice"]),
    # the word the values' initials spell is not one of them: "Our values: iCARE – Communication, ...",
    # "Our values are PRIDE: Passion, ..." (session 20, a real page set as HTML)
    ("About us\n\nOur values: iCARE – Communication, Attitude, Respect, and Environment\n\nThe principles "
     "of iCARE underpin all that we do.\n", "values", ["Communication", "Attitude", "Respect", "Environment"]),
    ("About us\n\nOur values are PRIDE: Passion, Respect, Integrity, Dignity and Excellence.\n\nThey "
     "underpin all that we do.\n", "values", ["Passion", "Respect", "Integrity", "Dignity", "Excellence"]),
    # "Our values of A, B and C are demonstrated daily ...", "... built around the core principles of
    # A, B and C" (exam 109, after its run)
    ("Our story\n\nOur values of compassion, integrity, respect, inclusion and realising potential are "
     "demonstrated daily throughout the charity.\n", "values",
     ["compassion", "integrity", "respect", "inclusion", "realising potential"]),
    ("A message from the Chairman\n\nOur way of caring is built around the core principles of understanding, "
     "individualisation, improvement, dignity and independence. Delivering these makes us the first choice.\n",
     "values", ["understanding", "individualisation", "improvement", "dignity", "independence"]),
    # "Grounded in our core values of A, B, C, and D, and built around three aims – ..." (exam 112,
    # after its run)
    ("Our strategy\n\nGrounded in our core values of inclusion, impact, collaboration, and integrity, and built "
     "around three interconnected aims – supporting our members, building our community, and driving system "
     "change.\n", "values", ["inclusion", "impact", "collaboration", "integrity"]),
    # "The BSG will ...": the body by its initials, as "The Trust will ..." (exam 112, after its run);
    # not a regulator's "The CQC will ..."
    ("Our plans\n\nThe BSG will stand up for patients, by promoting high-quality care.\n\nThe CQC will inspect "
     "the service next year.\n", "commitments", ["The BSG will stand up for patients, by promoting high-quality care."]),
    # an accordion copied as text: each entry's button, then its panel's title again, then the
    # description (exam 117, after its run)
    ("Our Values\n\nWe work together to bring a little joy to every day, whilst striving to always be:\n\n  • Respectful\n\n    Respectful\n\n    We treat residents as we "
     "want to be treated.\n\n  • Trusted\n\n    Trusted\n\n    We have a culture of trust.\n\n  • Caring\n\n"
     "    Caring\n\n    We show our caring nature in our words.\n\nListening to Our Colleagues\n\nWe believe "
     "that helping our residents matters.\n", "values", ["Respectful", "Trusted", "Caring"]),
    # "the Trust's values which are the things that matter to us: A, B, ..."; "Founded in 1995 on
    # the Christian values of A, B, ..." (exam 118, after its run)
    ("News\n\nThe Awards are based on the Trust’s values which are the things that matter to us: People-focused, "
     "Respect, Integrity, Dedication and Excellence (PRIDE). Each month two staff will win.\n", "values",
     ["People-focused", "Respect", "Integrity", "Dedication", "Excellence"]),
    ("About us\n\nThe Trust is a modern charity. Founded in 1995 on the Christian values of love, compassion, "
     "respect and inclusivity, we care for people of all faiths.\n", "values",
     ["love", "compassion", "respect", "inclusivity"]),
    # the session's review: a college's name stops before the next body; the General Medical
    # Council is a body; "Your Health Partnership" keeps its "Your"
    ("Our partners\n\nWe work with the Royal College of Nursing and Eastmoor City Council, and with the "
     "General Medical Council and Your Health Partnership.\n", "partner_organisations",
     ["Royal College of Nursing", "Eastmoor City Council", "General Medical Council", "Your Health Partnership"]),
    # ... a partner's plan in a sentence's middle is not the page speaking as that partner; the
    # surest sign of the page's own body wins ("At ..., our mission is")
    ("Our work\n\nIn 2023, Eastmoor City Council published its Ageing Well plan.\n\nAt Larkspur Hospice, our "
     "mission is to care for every family in the valley.\n", "partner_organisations", ["Eastmoor City Council"]),
    # ... a regulator's or the nation's initials do not commit the page; nor does a line in capitals
    ("Our plans\n\nThe NHSE will publish new guidance next year.\n\nThe UK will see more people over 85.\n\n"
     "THE PLAN WILL DELIVER FOUR PRIORITIES.\n", "commitments", []),
    # ... a policy framework's principles are no values
    ("Our Quality Strategy\n\nOur approach is based on the principles of Realistic Medicine, Quality Improvement "
     "and Value Based Health and Care.\n", "values", []),
    # a transcript that puts a blank line after every line: a paragraph that stops on "we" goes on
    # in lower case after the gap (exam 109, after its run)
    ("About us\n\nOur mission is to exceed expectations for the quality of care we\n\nprovide, coupled with a "
     "modern approach to care.\n\nWe opened in 1999.\n", "mission",
     "to exceed expectations for the quality of care we provide, coupled with a modern approach to care."),
    # "To ... we:" over what "we" do: the mission is the "To ..." words (exam 112, after its run)
    ("Our mission\n\nTo transform the experience of children and their families with mental health issues we:\n\n"
     "  • Carry out research to improve understanding of mental health.\n  • Teach and train a new generation of "
     "clinicians.\n", "mission", "To transform the experience of children and their families with mental health issues"),
    # "... and to achieve this, ..." turns from the vision to how it is reached (exam 116, after its run)
    ("About us\n\nOur vision is to make the ordinary possible and to achieve this, society needs to accept autism "
     "as part of every day life.\n", "vision", "to make the ordinary possible"),
    # "<a body by its name> aims to ..." opening its paragraph is the mission (4 real annotators in 5;
    # exam 114 after its run); not a document's or service's aim, nor "aims to be ..."
    ("About us\n\nLarkspur Hospice aims to meet all the physical, emotional and spiritual needs of children and "
     "their families.\n\nWe opened in 1992.\n", "mission",
     "Larkspur Hospice aims to meet all the physical, emotional and spiritual needs of children and their families."),
    ("Patient charter\n\nThe Charter aims to be clear, open and honest about our services.\n\nThe Practice Plan aims "
     "to set out our priorities for the next three years.\n", "mission", None),
    # a Healthwatch's place, not the page's words after it; "NHS and ... Council" and "... Police
    # and ..." are no part of one name
    ("Our plan\nWe will share what we hear in the Healthwatch Eastmoor Newsletter with the NHS and "
     "Eastmoor West and Chester Council.\nWe meet Northmoor Police and Northmoor Fire and Rescue Service "
     "each month.\n", "partner_organisations",
     ["Healthwatch Eastmoor", "Eastmoor West and Chester Council", "Northmoor Police",
      "Northmoor Fire and Rescue Service"]),
    # a sentence resting on "our mission to ..." ("under", "in", "underpinned by", "part of") gives
    # the mission (9 real annotators in 10), outranked by "Our mission is ..." on the same page
    ("About the college\n\nThis vision is underpinned by its mission to advance the science and practice of "
     "surgery, further public education in the field and promote research.\n", "mission",
     "to advance the science and practice of surgery, further public education in the field and promote research"),
    ("Our values\n\nOur values are part of our charitable mission to support disabled people; they are shared "
     "by all.\n", "mission", "to support disabled people"),
    ("News\n\nWe set out how we will continue in our mission to reduce health inequalities in Fernshire, in our "
     "new Strategic Framework for Action, 'A Fairer Fernshire'.\n", "mission",
     "to reduce health inequalities in Fernshire"),
    ("About us\n\nOur values carry us forward in our mission to provide everyone with expert care.\n\n"
     "Our mission is to enable more people to access the care of their choice.\n", "mission",
     "to enable more people to access the care of their choice."),
    ("Our year\n\nWe succeeded in our mission to the summit of Ben Nevis.\n", "mission", None),
    # a PDF's label run into its sentence: "Our Mission To find ...", "Our Vision A world free of
    # ..." (a line of its own, read as a heading); not a title in capitals
    ("Annual review\n\nOur Vision A world free of motor neurone disease\n\nOur Mission To find the cause of the "
     "disease and support everyone it touches.\n", "vision", "A world free of motor neurone disease"),
    ("Annual review\n\nOur Vision A world free of motor neurone disease\n\nOur Mission To find the cause of the "
     "disease and support everyone it touches.\n", "mission", "To find the cause of the disease and support everyone it touches."),
    ("Annual review\n\nOur Vision A Healthier Future For All\n\nWe opened in 1990.\n", "vision", None),
    ("Contents\n\nOur Mission To 2030 and beyond, in three chapters.\n", "mission", None),
    # "our vision of/for a ..." in running text names the vision, to the sentence's own verb; a
    # stated vision on the page outranks it
    ("Our history\n\nOur vision of a society where everyone has the same rights is as true now as it was in "
     "1973.\n", "vision", "a society where everyone has the same rights"),
    ("A word from our chair\n\nTogether we move closer to making our vision for a world free from the effects of "
     "MS a reality.\n", "vision", "a world free from the effects of MS"),
    ("About us\n\nWe work towards our vision of a world where no one dies of cancer.\n\nOur vision is that "
     "everyone affected by cancer gets the care they need.\n", "vision",
     "everyone affected by cancer gets the care they need."),
    ("Our plans\n\nThe board agreed the vision for a new hospital building in 2020.\n", "vision", None),
    # a body by its own name "exists to ..." inside a paragraph: the sentence (after a quote's
    # opening, or from the name after a history clause); not in the vision's own paragraph
    ("News\n\nWe opened a new ward. Through our network of nurses and family support, Brightkids exists to "
     "give seriously ill children the best chance to thrive.\n", "mission",
     "Through our network of nurses and family support, Brightkids exists to give seriously ill children the "
     "best chance to thrive."),
    ("About us\n\nBrightkids is a charity. Founded in 1996 by a nurse, Brightkids exists to give seriously ill "
     "children the best chance to thrive.\n", "mission",
     "Brightkids exists to give seriously ill children the best chance to thrive."),
    ("News\n\nThe hospice opened a new wing. Helen said: “Fernlea exists to enhance the quality of life for people "
     "in our community.”\n", "mission", "Fernlea exists to enhance the quality of life for people in our community."),
    ("Our vision\n\nOur vision can be summed up as 'Best Care'. FCHC exists to provide the best care possible to "
     "the people we serve.\n", "mission", None),
    ("About us\n\nDementia is rising. Memory Matters exists to change that.\n", "mission", None),
    # a bare "We aim:" / "..., we want:" over its list leads into promises, as "We aim to:" does
    ("What you can expect from us\n\nWe aim:\n\n- to provide repeat prescriptions within two working days;\n"
     "- to treat all information in the strictest confidence.\n", "commitments",
     ["to provide repeat prescriptions within two working days;", "to treat all information in the strictest confidence."]),
    # a page's opening aim under "Our role" / "How we work", or said as "Our aim is to foster ...",
    # is its mission, as "We aim to provide ..." under "Practice Charter" is
    ("How we work\n\nOur role\n\nWe aim to provide high quality healthcare that is appropriate to the population and "
     "sustainable for the future.\n\nWe are a membership organisation of 18 practices.\n", "mission",
     "We aim to provide high quality healthcare that is appropriate to the population and sustainable for the future."),
    ("Practice Charter\n\nOur aim is to foster a culture of comprehensive, patient-centred care.\n\nWe are open "
     "from 8am.\n", "mission", "to foster a culture of comprehensive, patient-centred care."),
    # a contents list: the vision's heading over the next section's title is no vision
    ("Adult social care strategy\nWorking in partnership\nOur Vision for Adult Social Care in Fernshire\n"
     "Our Values, Behaviours and Approach\nPriority 1: Helping people to live well\nThis strategy outlines our "
     "plans for the next five years.\n", "vision", None),
    # (but "Our vision includes ..." under the heading is not a document's name)
    ("Our vision\n\nOur vision includes a healthier population and fairer access to care for everyone in Fernshire.\n",
     "vision", "Our vision includes a healthier population and fairer access to care for everyone in Fernshire."),
    # (but a vision written as a line of its own that opens on "Our people" is still the vision)
    ("Our vision\n\nOur people proud, our patients safe and our communities healthy\n\nOur values\n\nKindness\n",
     "vision", "Our people proud, our patients safe and our communities healthy"),
    ("Joint Health and Wellbeing Strategy\n\nContents\n\nForeword 3\n\nOur vision for Fernley 6\n\n"
     "Our population in Fernley 7\n\nPriority 1: Ensuring every child has the best start 8\n", "vision", None),
    # under a vision heading: a document called the vision, or principles each named before a dash
    ("Vision for Change\n\nFernshire Dementia's Vision for Change outlines six areas of focus which are crucial to "
     "transforming lives.\n", "vision", None),
    ("Our vision for Fernley health services\n\nPeople focused – our programmes will be centred around citizens\n\n"
     "Deliver best value – we will seek to deliver more benefit for every pound\n", "vision", None),
    # a picture's caption run into the heading: "... researchOur mission" is the mission's heading
    ("Our mission, vision and values\n\nMigraine is the most common neurological disorder in the UK. It is one of "
     "the most disabling conditions.\n\nMigraine Trust researchOur mission\n\nTo promote research into migraine and "
     "reduce its burden on sufferers.\n\nOur vision\n\nA cure for migraine.\n", "mission",
     "To promote research into migraine and reduce its burden on sufferers."),
    # a stated mission after "Our ultimate goal is to ..." in the same paragraph outranks the goal
    ("About us\n\nOur ultimate goal is to find a cure and make myeloma history. Until then, our mission is to help "
     "every patient live well with myeloma for as long as possible.\n", "mission",
     "to help every patient live well with myeloma for as long as possible."),
    # under "Our mission and goals", a stated "Our mission is ..." outranks the first line guessed
    ("Our mission and goals\n\nWe believe passionately that all children in Wales should get the best care.\n\n"
     "Working closely with the NHS, we help the hospital. Our mission is to ensure that the hospital's practitioners have "
     "the equipment they need.\n", "mission",
     "to ensure that the hospital's practitioners have the equipment they need."),
    # "Our mission is to ... by:" over its means: the mission without "by:"
    ("About us\n\nOur mission is to be recognised as being a source of change for people with a disfigurement by:\n\n"
     "- supporting people and families\n- educating businesses and schools\n", "mission",
     "to be recognised as being a source of change for people with a disfigurement"),
    # a sentence about the statement is not the statement
    ("Mission Statement\n\nThis is a mission statement for Fernley Street Surgery.\n\nFernley Street Surgery is a "
     "General Practice Partnership.\n", "mission", None),
    # a consultation's questions to the reader are no statements; a promise quoting a question is one
    ("Our priorities\n\nPriority 1. Supporting Healthy Lifestyles\n\nPriority 2. Improving Housing\n\n"
     "- Do you think we are focusing on the right priorities?\n- How should we tell the public about our work?\n",
     "goals", [("Supporting Healthy Lifestyles", []), ("Improving Housing", [])]),
    ("Our pledges\n\nWe pledge to put people at the heart of our services, asking 'what matters to you?'\n\n"
     "We will open a new clinic in Fernley.\n", "commitments",
     ["We pledge to put people at the heart of our services, asking 'what matters to you?'", "We will open a new clinic in Fernley."]),
    # "... sets out our partnership vision to improve ...": a partnership's own vision
    ("Our strategy\n\nThe strategy was adopted in 2015 and sets out our partnership vision to improve health and "
     "reduce health inequalities in the borough.\n", "vision", "to improve health and reduce health inequalities in the borough"),
    # "... an organisation whose mission it is to ...": the mission, from "to"
    ("About us\n\nThe Fernshire Foundation is a not-for-profit organisation whose mission it is to create a future "
     "where endometriosis is understood.\n", "mission", "to create a future where endometriosis is understood"),
    # a counted lead-in ending on a semicolon for its colon, after a "Values:" line
    ("Our plan\n\nVision: To be an outstanding organisation\n\nValues: Iaccord\n\n\n\nOur new plan will focus on "
     "three new themes;\n  1. Health and Well-being\n  2. Shaping Futures\n  3. Collaboration\n", "goals",
     [("Health and Well-being", []), ("Shaping Futures", []), ("Collaboration", [])]),
    ("Equality\n\nTo make sure this happens we wish to:\n- Encourage equality.\n- Celebrate diversity.\n",
     "commitments", ["Encourage equality.", "Celebrate diversity."]),
    ("Improving outcomes\n\nTogether with our partners, we want:\n\n- fewer people getting cancer\n"
     "- more people surviving cancer\n", "commitments", ["fewer people getting cancer", "more people surviving cancer"]),
    # a constitution's objects are the mission, from "to" (before its powers or its means); not
    # "Our strategic objectives are to ..."
    ("Constitution\n\nIts objects shall be to promote for the public benefit the teaching of dermatology and in "
     "furtherance of the above object but not otherwise:\n\n- To hold meetings.\n", "mission",
     "to promote for the public benefit the teaching of dermatology"),
    ("About the society\n\nThe objects of the Society are to relieve sickness and protect the health of the "
     "public by:\n\n- research\n- education\n", "mission", "to relieve sickness and protect the health of the public"),
    ("Our plan\n\nOur strategic objectives are to focus on extending our reach and tackling inequality.\n",
     "mission", None),
    # "We exist to ..." after a sentence naming the body with its initials in brackets, or after a
    # short heading run into it
    ("Who we are\n\nThe Fernshire Recovery Consortium (FRC) is a recovery-orientated charity. We exist to build "
     "and promote recovery from addictions in Fernshire.\n", "mission",
     "We exist to build and promote recovery from addictions in Fernshire."),
    ("Home\n\nAbout Us We exist to support and empower families living with Fragile X.\n\nWe run a helpline.\n",
     "mission", "We exist to support and empower families living with Fragile X."),
    # "... committed to our mission of <doing>": the doing
    ("News\n\nToday, as we celebrate our anniversary, we remain committed to our mission of delivering expert "
     "services that enable disabled people to achieve their potential.\n", "mission",
     "delivering expert services that enable disabled people to achieve their potential"),
    # "... the Society shall:" / "The Charity will:" over its list: what the body undertakes
    ("Our constitution\n\nIn pursuing this object the Society shall:\n\n- Promote education in acute medicine.\n"
     "- Share good practice.\n", "commitments", ["Promote education in acute medicine.", "Share good practice."]),
    # "We do this by:" over its means, as "We will do this by:"
    ("What we do\n\nOur mission is to help practitioners get the best care to people.\n\nWe do this by:\n\n"
     "- producing useful guidance for practitioners\n- assessing new health technologies\n", "commitments",
     ["producing useful guidance for practitioners", "assessing new health technologies"]),
    # "Our priorities to deliver this are:" / "... for the borough are:" names its list (goals),
    # as "Our priorities are:" does; not "Our priorities for 2025/26 are:" (a year's actions)
    ("Council plan\n\nOur priorities to deliver this are:\n\n- securing the best start in life for children\n"
     "- keep neighbourhoods safe, clean and well connected\n", "goals",
     [("securing the best start in life for children", []), ("keep neighbourhoods safe, clean and well connected", [])]),
    # the quoted words after "Our vision for 2025 is that", "Our vision at <the body> is",
    # "The strategy's vision is" (real annotators, 4 in 4)
    ("A vision for the next five years\n\nOur vision for 2025 is that “Social work will be a thriving, respected "
     "profession across the UK.”\n", "vision", "Social work will be a thriving, respected profession across the UK"),
    ("About us\n\nOur vision at Fernhill Teaching Hospitals is ‘Taking pride in caring’. We care.\n", "vision",
     "Taking pride in caring"),
    ("Our strategy\n\nThe board adopted its strategy in 2012. The Strategy’s vision is “to improve the health of our "
     "local population”.\n", "vision",
     "to improve the health of our local population"),
    # an annual report copied line by line: its officers after the values are no values
    ("Annual Review 2014-15\nOur Values\nCompassion\nRespect\nExcellence\nTrustees & Patrons\nLIFE PATRON\n"
     "Dame Vivien Duffield DBE\nPresident\nGerald Lipton MBE\n", "values", ["Compassion", "Respect", "Excellence"]),
    # a later name in a values sentence may open on "being" (not the first: "are being refreshed")
    ("News\n\nWe are guided by our values of working together, working with integrity and being people driven. "
     "This means putting people first.\n", "values", ["working together", "working with integrity", "being people driven"]),
    ("News\n\nOur values are being refreshed, with staff and patients, this year.\n", "values", []),
    # "Our aims are to ..." in one sentence (not over a list): a practice's mission
    ("Your rights and responsibilities\n\nOur aims are to offer the highest standard of health care and advice to "
     "our patients. We have a team approach to patient care.\n", "mission",
     "Our aims are to offer the highest standard of health care and advice to our patients."),
    ("About us\n\nOur aims are to:\n\n- offer good care\n- train our staff\n", "mission", None),
    # a long lead-in that counts its list well before its end ("..., namely:")
    ("Annual review\n\nThe Institute, like all other care home providers, must operate within the current national "
     "context and in the last year we have made steady progress on our four strategic priorities that were laid down "
     "by the Board of Trustees in our Corporate Plan, namely:\n\n- Improving care standards\n- Increasing operational "
     "efficiency\n- Developing the workforce\n- Creating new facilities\n", "goals",
     [("Improving care standards", []), ("Increasing operational efficiency", []), ("Developing the workforce", []),
      ("Creating new facilities", [])]),
    # a lead-in that counts its entries ("... three pillars:") over one-sentence paragraphs, a
    # blank line between each: the list goes on to the count
    ("About us\n\nNorthgate Health has a people strategy centred around three pillars:\n\nCreate job opportunities "
     "in local communities.\n\nLead the way on population health management across the system.\n\nInvest in our "
     "staff through our workforce plan.\n\nContact us\n", "goals",
     [("Create job opportunities in local communities", []),
      ("Lead the way on population health management across the system", []),
      ("Invest in our staff through our workforce plan", [])]),
    # "Today our mission is ...": a word of time before it, no comma (the sentence whole)
    ("About us\n\nThe charity was founded in 1970.\n\nToday our mission is to save lives and support people "
     "affected by cancer in Ulster.\n\nContact us\n", "mission",
     "Today our mission is to save lives and support people affected by cancer in Ulster."),
    # "Our Ten Year Vision" over its line; not a news title's "New Five-Year Vision For ..."
    ("About us\n\nOur Ten Year Vision\n\nA county in which everyone is valued and lives well for longer.\n\n"
     "Contact us\n", "vision", "A county in which everyone is valued and lives well for longer."),
    ("05/05/2023\n\nNew Five-Year Vision For Nursing In Ulster\n\nA new five-year vision for nursing in Ulster "
     "has been announced by the Chief Nurse.\n\nThe announcement was made at a conference.\n", "vision", None),
    # "Why we're here" over run-in labels: "Our purpose We care ..." / "Our vision Everyone ..."
    ("Our strategy\n\nWhy we're here\n-\nOur purpose We care for our patients and each other, making every minute "
     "count.\n-\nOur vision Everyone in the region will have high-quality urgent care, with partners working with us.\n",
     "mission", "We care for our patients and each other, making every minute count."),
    ("Our strategy\n\nWhy we're here\n-\nOur purpose We care for our patients and each other, making every minute "
     "count.\n-\nOur vision Everyone in the region will have high-quality urgent care, with partners working with us.\n",
     "vision", "Everyone in the region will have high-quality urgent care, with partners working with us."),
    # named missions ("Patient mission: To ...") under a heading of any name: goals
    ("Our strategy\n\nWhat we'll achieve\n- Patient mission: To provide urgent care that is fair.\n- People mission: "
     "To provide a supportive environment for our people.\n", "goals",
     [("Patient mission", ["To provide urgent care that is fair."]),
      ("People mission", ["To provide a supportive environment for our people."])]),
    # a blog post's filing line under the heading is no vision
    ("Our vision\n\nPosted in About us\n\nWe will work with the people of Kelby to develop safe, high-quality services "
     "for everyone.\n", "vision", "We will work with the people of Kelby to develop safe, high-quality services for everyone."),
    # "Our Vision underpins ..." under the heading, the vision stated in a sentence above it
    ("Our strategy\n\nThe Trust's vision is to deliver excellent care for every patient in Kelby.\n\nOur Vision\n\n"
     "Our Vision underpins the Trust objectives, which set out plans for improving safety and care.\n\nOur Aims\n"
     "- Provide high quality care\n- Be a great employer\n", "vision",
     "to deliver excellent care for every patient in Kelby."),
    # context under the heading, then "... we refreshed our vision:" over the line that states it
    ("Our vision\n\nIn May 2022 we launched our new strategy. It was developed with staff.\n\nIn May 2022, we refreshed "
     "our vision:\n\n“To be trusted to provide outstanding care and exemplary service”\n\nThe vision says why we exist.\n",
     "vision", "To be trusted to provide outstanding care and exemplary service"),
    # "... through two key objectives:" over entries "The first is to ... . This will be ...": the
    # vision ends before its lead-in; each entry's first sentence, from "to", names its goal; a
    # question after them is no goal
    ("Questions\n\nThe overarching vision of the partnership is that of one system working together to plan and "
     "deliver care for our population through two key objectives:\n- The first is to improve how we integrate within "
     "health and social care. This will be achieved through working in partnership.\n- The second is to improve how we "
     "work with others on prevention. We are creating local partnerships.\n- What is being put in place to achieve "
     "these aims?\n", "goals",
     [("to improve how we integrate within health and social care", ["This will be achieved through working in partnership."]),
      ("to improve how we work with others on prevention", ["We are creating local partnerships."])]),
    ("Questions\n\nThe overarching vision of the partnership is that of one system working together to plan and "
     "deliver care for our population through two key objectives:\n- The first is to improve how we integrate within "
     "health and social care. This will be achieved through working in partnership.\n- The second is to improve how we "
     "work with others on prevention. We are creating local partnerships.\n", "vision",
     "one system working together to plan and deliver care for our population"),
    # "Our priorities" over "Name: description" lines without markers: named priorities (goals)
    ("Our priorities\n\nStarting Well: Give our children the best start in life\n\nLiving Well: Reduce ill health "
     "across mental and physical health\n\nAgeing Well: Support older people to live independently\n", "goals",
     [("Starting Well", ["Give our children the best start in life"]),
      ("Living Well", ["Reduce ill health across mental and physical health"]),
      ("Ageing Well", ["Support older people to live independently"])]),
    # "Our Vision: ... . We will achieve this by ...": the labelled vision ends before the "We will"
    ("About Us\n\nOur Vision:   We want to be recognised as a leading GP network, run by clinicians for our local "
     "population.  We will achieve this by working with patients and partners.\n", "vision",
     "We want to be recognised as a leading GP network, run by clinicians for our local population."),
    # "This is effectively the ... mission statement ..." under the heading: about a picture, no mission
    ("Our purpose\n\nThis is effectively the Kelby mission statement and the means to achieving the end result. "
     "This is why Kelby exists.\n\nCorporate objectives\n", "mission", None),
    # an objective written out under its area's title ("To improve year on year the experience of
    # our patients", no stop) is the area's statement, not a title of its own
    ("Our Strategic Objectives\n\nOur Services\n\nTo improve year on year the safety of our services\n\nOur Patients\n\n"
     "To improve year on year the experience of our patients\n\nOur Staff\n\nTo develop further a highly skilled "
     "workforce\n", "goals",
     [("Our Services", ["To improve year on year the safety of our services"]),
      ("Our Patients", ["To improve year on year the experience of our patients"]),
      ("Our Staff", ["To develop further a highly skilled workforce"])]),
    # "The aims of our Trust is “...”.": the aim quoted in the sentence, a goal
    ("About us\n\nOur values are Care and Respect.\n\nThe aims of our Trust is “to be an outstanding District General "
     "Hospital”.\n\nOur values underpin our objectives.\n", "goals", [("to be an outstanding District General Hospital", [])]),
    # "... incorporates:" over titles, each over its one "We aim to ..." bullet: the parts, goals
    ("Our People\n\nStrategic design of the Trust to be well-led incorporates:\n\nBest of people\n\n  • We aim to "
     "transform ourselves through staff-led improvements.\n\nBest culture\n\n  • We aim to have a culture of openness."
     "\n\nBest future\n\n  • We will deliver a workforce ready for the future.\n", "goals",
     [("Best of people", ["We aim to transform ourselves through staff-led improvements."]),
      ("Best culture", ["We aim to have a culture of openness."]),
      ("Best future", ["We will deliver a workforce ready for the future."])]),
    # "... focuses on three main areas, A, B and C (or ABC for short).": as many names as counted;
    # "It will see <body> work to:" over its list: commitments
    ("News\n\nThe strategy focuses on three main areas, Quality, Engagement and Healthy Lives (or QEH for short). "
     "It will see QEH work to:\n- modernise the hospital\n- strengthen staff engagement\n\nThe chairman welcomed it.\n",
     "goals", [("Quality", []), ("Engagement", []), ("Healthy Lives", [])]),
    ("News\n\nThe strategy focuses on three main areas, Quality, Engagement and Healthy Lives (or QEH for short). "
     "It will see QEH work to:\n- modernise the hospital\n- strengthen staff engagement\n\nThe chairman welcomed it.\n",
     "commitments", ["modernise the hospital", "strengthen staff engagement"]),
    # a values heading over groups of behaviours, a gap between groups, no names (pictures): no values
    ("Our values and behaviours\n\n  • Caring for our patients with compassion\n  • Championing equality\n\n\n"
     "  • Acting with honesty\n  • Leading by example\n\n\n  • Thinking creatively\n  • Taking courageous decisions\n",
     "values", []),
    # "Priorities" over "Our main priorities ... are:" and short lower-case -ing names: goals
    ("Priorities\n\nOur main priorities in delivering our vision are:\n\n  1. enhancing service user satisfaction\n"
     "  2. boosting staff satisfaction\n  3. maintaining financial viability.\n\nContact us\n", "goals",
     [("enhancing service user satisfaction", []), ("boosting staff satisfaction", []),
      ("maintaining financial viability", [])]),
    # "Our four primary purposes are:" over its list: counted purposes, goals
    ("Our strategy\n\nOur four primary purposes are:\n\n  • Improving outcomes in population health;\n  • Tackling "
     "inequalities in outcomes;\n  • Enhancing productivity and value for money; and\n  • Supporting social and "
     "economic development.\n\nWe work in partnership.\n", "goals",
     [("Improving outcomes in population health", []), ("Tackling inequalities in outcomes", []),
      ("Enhancing productivity and value for money", []), ("Supporting social and economic development", [])]),
    # "Our values are central to our strategy." over "PATIENTS - ..." paragraphs: the values
    ("About\n\nOur values are central to our strategy. We are proud of them.\n\nPATIENTS - Our patients will be "
     "treated with compassion.\n\nPEOPLE - Our colleagues make the difference.\n\nPROGRESS - Our progress comes from "
     "innovation.\n\nMoving forward, we are developing strategies.\n", "values", ["PATIENTS", "PEOPLE", "PROGRESS"]),
    # short titles under "... will include:", then a paragraph of two sentences (cut off by the
    # excerpt): the page going on
    ("Our Future Strategy\nThe strategy will include our current work. The key aims of the strategy will include:\n"
     "Improving patient outcomes\nAddressing health inequalities\nDelivering sustainable, quality care\nAlongside this, "
     "we are also developing our clinical and digital strategies. These will underpin the Trust Strategy. The strategy "
     "will also provide details of our Green Plan,\n", "goals",
     [("Improving patient outcomes", []), ("Addressing health inequalities", []), ("Delivering sustainable, quality care", [])]),
    # "to" glued to its verb in a PDF's copy: "... and our mission is toprovide ..."; "Our vision is
    # toprovide ..." alone too (not "is together ...")
    ("About us\n\nWe are a national board with a wide role in education and our mission is toprovide educational "
     "solutions that support excellence in healthcare.\n", "mission",
     "toprovide educational solutions that support excellence in healthcare."),
    ("About us\n\nOur vision is todeliver the best care for every patient in Kelby.\n", "vision",
     "todeliver the best care for every patient in Kelby."),
    # numbered entries, two or more leading with a colon into bullets of their own, under a lead-in
    # the rules do not know: the plan's goals, the bullets their statements
    ("Our plan\n\nOur plan for next year balances financial and service priorities, a real challenge:\n\n"
     "  1. Accelerating the digital opportunities for the system:\n    • Sharing patient records\n    • Sharing "
     "infrastructure\n\n  1. Developing a clinical services strategy.\n\n  1. Piloting community models for mental "
     "health. This will involve:\n    • Including the investment standard in the plan\n\n  1. Investing in prevention.\n",
     "goals",
     [("Accelerating the digital opportunities for the system", ["Sharing patient records", "Sharing infrastructure"]),
      ("Developing a clinical services strategy", []),
      ("Piloting community models for mental health", ["Including the investment standard in the plan"]),
      ("Investing in prevention", [])]),
    # who leads each objective, in brackets after its name, is not part of the name
    ("Progress update\n\nStrategic objective 1 – PLACE (Director of Public Health, Dr Jo Bell = Executive Lead)\n\n"
     "  • Strong engagement with our GP practices\n\nStrategic objective 2 – PEOPLE (Director of People = Executive "
     "Lead)\n\n  • A new wellbeing offer for staff\n", "goals",
     [("PLACE", ["Strong engagement with our GP practices"]), ("PEOPLE", ["A new wellbeing offer for staff"])]),
    # "... to agree our values, based on ... . These are:" over the names: the values
    ("Our purpose\n\nWe asked our staff, patients and public to agree our values, based on the organisation they want "
     "us to be. These are:\n- Compassion\n- Communication\n- Teamwork\nStrategic themes\n", "values",
     ["Compassion", "Communication", "Teamwork"]),
    # numbered value names, each over a line that describes it without a stop
    ("Our values\n\n1. Teamwork\nTogether as one, we work with pride\n\n2. Respect\nWe value individuals in every "
     "interaction\n\n3. Honesty\nWe value a culture of trust and openness\n\nFollowing the Board's endorsement, we will "
     "roll them out.\n", "values", ["Teamwork", "Respect", "Honesty"]),
    # a stated vision right under a priorities heading, over the goals list: still the vision
    ("Key priorities\nOur vision is to enable people to live well for longer and to enjoy where they live.\n"
     "We will do this by working together.\nWe have some clear goals:\n-\nDeliver a sustainable system\n-\n"
     "Create a sustainable workforce\n", "vision",
     "to enable people to live well for longer and to enjoy where they live."),
    # a page that states no vision but names it in passing: "our vision of <doing something>"
    ("About us\n\nEach year we set objectives to help us keep true to our vision of making a positive difference "
     "to people's lives. Our current objectives are to:\n- ensure service users take part in shaping their care\n"
     "- improve the quality of our services\n", "vision", "making a positive difference to people's lives"),
    # a news page quoting its director at length, then "said: “Our vision is to ...": the vision, unquoted
    ("Trust launches research strategy\n\nJane Smith, Director for Research, Innovation and University Partnerships "
     "for Northfield Health Board, said: “Our vision is to produce high quality research that improves care. This "
     "strategy details how we will do it.”\n", "vision", "to produce high quality research that improves care."),
    # bullets that carry their own numbers ("• 2. Support the practice ..."): neither is the goal's name
    ("Objectives 2024\n\n  • 1. Recruitment of patients to the group\n\n    We will seek to recruit more members.\n\n"
     "  • 2. Support the Practice in improving the service to hard to reach patients\n\n    The group will talk to "
     "agencies that support them.\n\n  • 3. Produce a practice newsletter\n\n    The secretary will edit it.\n",
     "goals", [("Recruitment of patients to the group", ["We will seek to recruit more members."]),
               ("Support the Practice in improving the service to hard to reach patients",
                ["The group will talk to agencies that support them."]),
               ("Produce a practice newsletter", [])]),
    # "Key areas of focus" (no "our") over its list: the goals
    ("Our Green Plan\nKey areas of focus\n- Reducing our carbon emissions\n- Reducing our contribution to air "
     "pollution\n- Reducing our generation of waste\nTargets\nThe Trust has approved the following targets.\n", "goals",
     [("Reducing our carbon emissions", []), ("Reducing our contribution to air pollution", []),
      ("Reducing our generation of waste", [])]),
    # a label's title wrapped onto a lower-case line of six words: one name
    ("Strategic Goal 3\n\n\nA beacon for research, development and innovation\nin our stated areas of priority\n\n\n"
     "Our objectives are to:\n- Deliver world class research\n- Grow our research activity\n", "goals",
     [("A beacon for research, development and innovation in our stated areas of priority",
       ["Deliver world class research", "Grow our research activity"])]),
    # "Our mission, the reason we are here, we see as:" over a quoted line broken over a blank line
    ("About the practice\n\nOur mission, the reason we are here, we see as:\n\n“To provide an appropriate and "
     "rewarding experience for our patients\n\nwhenever they need our support”.\n\nOur core values are:\n- Openness\n"
     "- Fairness\n", "mission",
     "To provide an appropriate and rewarding experience for our patients whenever they need our support"),
    # aims written as "To ..." titles over their descriptions: the longer third one is a title too
    ("Our Aims\n\nTo support local practices\n\nWe help with recruitment and management support.\n\nTo provide "
     "clinical services\n\nWe run services when surgeries are closed.\n\nTo work with local health and social care "
     "organisations\n\nWe represent the views of general practice at local meetings.\n\nOur Vision & Values\n", "goals",
     [("To support local practices", ["We help with recruitment and management support."]),
      ("To provide clinical services", ["We run services when surgeries are closed."]),
      ("To work with local health and social care organisations",
       ["We represent the views of general practice at local meetings."])]),
    # entries leading with a colon into bullets, one of them without its colon: all three are goals
    ("Our plan for 2025/26\n\nWe have developed a plan with our patient group. The main focus of\n\n  • Improving "
     "answering the phone:\n    • Answering 90% of calls within 10 minutes\n  • Reception training:\n    • We have "
     "appointed a manager to train reception staff\n  • Continuing to make care for complex patients more joined up\n"
     "    • We coordinate care through multi-disciplinary teams\n", "goals",
     [("Improving answering the phone", ["Answering 90% of calls within 10 minutes"]),
      ("Reception training", ["We have appointed a manager to train reception staff"]),
      ("Continuing to make care for complex patients more joined up",
       ["We coordinate care through multi-disciplinary teams"])]),
    # "We will achieve this by <doing something>." said whole is a promise; "... through our values." is not
    ("About us\n\nWe want to be recognised as a leading GP provider network. We will achieve this by working with "
     "patients and partners to keep general practice sustainable. We will achieve this through our CARES values.\n",
     "commitments", ["We will achieve this by working with patients and partners to keep general practice sustainable."]),
    # values listed in a sentence, then how often they are lived: "... and responsibility all the time"
    ("Our strategy\n\nIt outlines how we will do this by living our values of respect, compassion, and responsibility "
     "all the time.\n", "values", ["respect", "compassion", "responsibility"]),
    # values set off by spaced hyphens inside a longer sentence
    ("Annual plan\n\nThe starting point for our plan is our vision, our shared values - caring, open, respectful and "
     "inclusive - and our three strategic objectives.\n", "values", ["caring", "open", "respectful", "inclusive"]),
    # a counted lead-in over plain titles, each over a paragraph of long prose: the titles are the goals
    ("Looking ahead\n\nOur five year plan builds on work to date and focuses around three key ambitions:\n\n"
     "Developing a population health system\n\nTaking an approach that considers the wider determinants of health – such "
     "as education, employment, the built and natural environment. Focusing on helping people have the best start in "
     "life, reducing harm from smoking, alcohol and obesity, improving cardio-respiratory health, improving mental "
     "health and wellbeing and early diagnosis and increased survival from cancer.\n\nStrengthening foundations\n\n"
     "Working with patients and the public to ensure engagement with them shapes the work of the system. Tackling "
     "workforce issues, such as nursing shortages, and introducing new roles, rostering and programmes that enable "
     "flexibility for staff. Establishing better digital capabilities to digitally enable citizens and staff.\n\n"
     "Building a sustainable health and care system\n\nSupporting the development and growth of primary care networks "
     "who are extending the range of convenient local services. Focusing on urgent care and ways to relieve pressure "
     "on emergency departments, with hospital support redesigned to give patients online and video appointments.\n",
     "goal_names", ["Developing a population health system", "Strengthening foundations",
                    "Building a sustainable health and care system"]),
    # "Our vision and priorities" over plain title lines and no sentence: the priorities, no vision
    ("Our vision and priorities\n\n\nJoined-up health and wellbeing\n\nCare closer to home\n\nChildren’s health and "
     "best start in life\n\nIntegration themes\n\n  • Greater involvement of the voluntary sector\n  • Care closer to "
     "home as default\n", "goal_names",
     ["Joined-up health and wellbeing", "Care closer to home", "Children’s health and best start in life"]),
    # an annual plan's theme titles, each over its list of actions, no lead-in: goals and their actions
    ("Employment and physical assets\n- Develop our anchor workplan with other agencies\nPopulation health\n- Agree our "
     "approach to needs assessments\n- Deliver our health protection plan\nGreening health systems\nMaking our care "
     "more sustainable\n- Complete the biodiversity project\n- Reduce inhaler emissions\n", "goals",
     [("Employment and physical assets", ["Develop our anchor workplan with other agencies"]),
      ("Population health", ["Agree our approach to needs assessments", "Deliver our health protection plan"]),
      ("Greening health systems", ["Complete the biodiversity project", "Reduce inhaler emissions"])]),
    # ... but not quarters over milestones, nor "To ..." duties under job headings
    ("Job description\nMain duties\n- To assess patients' needs\n- To keep accurate records\nCommunication\n- To liaise "
     "with GPs\nEducation\n- To take part in appraisal\n", "goals", []),
    # a practice charter: what the patient can expect, as a lead-in or a title, is the practice's
    # promises (real annotators, seven charters of seven); not what the practice expects of them
    ("Practice Charter\n\nThe patient can expect:\n- Courteous and attentive care\n- Confidentiality\n\nThe "
     "doctors and staff can expect:\n- To be treated with courtesy\n- Punctuality\n", "commitments",
     ["Courteous and attentive care", "Confidentiality"]),
    ("Practice Charter\n\nWhat You Should Reasonably Expect From The Doctors And Staff\n\n- Staff to be easily "
     "identifiable\n- Appointments to be available six weeks in advance\n\nWhat We Expect From You\n\n- To keep "
     "your appointments\n- To be courteous to staff\n", "commitments",
     ["Staff to be easily identifiable", "Appointments to be available six weeks in advance"]),
    # ... and its "You can expect ..." entries under an opening paragraph and a lead-in
    ("Patient Charter\n\nWe aim to provide a modern, caring service.\n\nUnder our patients' charter:\n- You can "
     "expect pleasant premises.\n- You can expect the staff to be polite.\n- You should not expect a prescription "
     "at every visit.\n- If acutely ill, you can expect to be seen the same day.\n\nWith these rights come "
     "responsibilities:\n- You have a responsibility to keep appointments.\n", "commitments",
     ["You can expect pleasant premises.", "You can expect the staff to be polite.",
      "If acutely ill, you can expect to be seen the same day."]),
    # a counted run-in list after a dash, its last goal's "to" left unsaid (the count says so)
    ("Our year\n\nOur new strategy set four big ambitions for the future – to make the trust a great place to work, "
     "to put our communities first, to provide a better patient experience and deliver sustainable care.\n",
     "goal_names", ["to make the trust a great place to work", "to put our communities first",
                    "to provide a better patient experience", "deliver sustainable care"]),
    # "Principal Objectives are to:" in a transcript's run-on text, the entries parted by semicolons
    ("Aim The principal Aim of the Strategy is to support our staff. Objectives Principal Objectives are to: "
     "establish our Trust as a recognised centre of excellence in the provision of high quality healthcare education "
     "and training; deliver training which benefits patient safety; improve staff recruitment and retention. "
     "Strategy Development The strategy was informed by our staff.\n", "goal_names",
     ["establish our Trust as a recognised centre of excellence in the provision of high quality healthcare education "
      "and training", "deliver training which benefits patient safety", "improve staff recruitment and retention"]),
    # "Our strategy" right over titles, each over its bullets: the goals and their aims
    ("Our vision\n\nWe lead the way.\n\nOur strategy\n\nDeliver the best possible care\n\n  • Effective clinical "
     "leadership.\n  • Demonstrating our impact.\n\nBe a great place to work\n\n  • Respect diversity.\n  • Provide "
     "opportunities to grow.\n", "goals",
     [("Deliver the best possible care", ["Effective clinical leadership.", "Demonstrating our impact."]),
      ("Be a great place to work", ["Respect diversity.", "Provide opportunities to grow."])]),
    # "Name:" lines, each over the line that says it, under a lead-in: goals and their statements
    ("Our plans\n\nThrough our work we aim to:\n\nProvide assurance:\n\nProvide an independent view on the quality of "
     "care.\n\nPromote improvement:\n\nEncourage improvement through sharing good practice.\n\nInfluence policy:\n\n"
     "Use what we find to influence policy and practice.\n", "goals",
     [("Provide assurance", ["Provide an independent view on the quality of care."]),
      ("Promote improvement", ["Encourage improvement through sharing good practice."]),
      ("Influence policy", ["Use what we find to influence policy and practice."])]),
    # ... but not values so set out
    ("About us\n\nOur values and behaviours are:\n\nRespect:\n\nWe treat everyone with dignity.\n\nHonesty:\n\n"
     "We are open about what we do.\n\nCare:\n\nWe look after each other every day.\n", "goal_names", []),
    # "Our ambition is to" over its bullets, the colon lost: the objective's actions
    ("Strategic objective - Understand how fraud affects the NHS\n\nOur ambition is to\n\n  • develop the way we "
     "share intelligence across the NHS\n  • support health bodies to assess their fraud risks\n", "goals",
     [("Understand how fraud affects the NHS", ["develop the way we share intelligence across the NHS",
                                               "support health bodies to assess their fraud risks"])]),
    # a practice's standards, as adopted or as what every patient "should" receive, are its promises
    ("Your Rights\n\nTo this end we have adopted the following standards:\n- Urgent appointments will be available "
     "on the same day.\n- Non-urgent appointments are available to book 4 weeks in advance.\n", "commitments",
     ["Urgent appointments will be available on the same day.",
      "Non-urgent appointments are available to book 4 weeks in advance."]),
    ("Statement of Purpose\n\nThe Patients at Fernlea Medical should:\n- Be treated with dignity and respect at all "
     "times;\n- Be involved actively in their own care wherever possible;\n", "commitments",
     ["Be treated with dignity and respect at all times;", "Be involved actively in their own care wherever possible;"]),
    # a mission's (or "The purpose of a ... network") heading over six or more "To ..." entries: its aims, goals
    ("The purpose of a neonatal operational delivery network\n- To provide care close to home\n- To monitor quality "
     "against national standards\n- To provide safe care\n- To develop workforce strategies\n- To promote team "
     "working\n- To develop clinical guidelines\n", "goal_names",
     ["To provide care close to home", "To monitor quality against national standards", "To provide safe care",
      "To develop workforce strategies", "To promote team working", "To develop clinical guidelines"]),
    # ... three are still a mission's lines
    ("Our mission\n- To provide specialist palliative care\n- To support families\n- To educate others\n",
     "goal_names", []),
    # an acronym spelt out in brackets, in a sentence about values: the values, when the capitals spell it
    ("Quality strategy\n\nThe strategy is supported by our culture and values framework: CARES (Communication, "
     "Attitude, Responsibility, Equity and Safety). It empowers staff.\n", "values",
     ["Communication", "Attitude", "Responsibility", "Equity", "Safety"]),
    ("About us\n\nWe follow the values set by NICE (National Institute for Health and Care Excellence).\n", "values", []),
    # "Living our Values" as a page's title still lets "The revised values are:" name them
    ("Living our Values\n\nOur values programme began in 2016 and has been refreshed with staff.\n\nThe revised values "
     "are:\n\n  • Kind and caring\n  • Respectful\n  • Trust and integrity\n\nThe framework shows the behaviours we want "
     "to see.\n", "values", ["Kind and caring", "Respectful", "Trust and integrity"]),
    # "The ICB's role is to ...": the mission of a page that states none otherwise
    ("Our priorities\n\nThe ICB is the NHS part of the system.\n\nThe ICB’s role is to join up health and care services "
     "and reduce health inequalities\n", "mission",
     "to join up health and care services and reduce health inequalities"),
    # an icon's label over each theme's title ("joined up services" / "Joined-up services") does
    # not break the run of titles over actions
    ("Our action plan\n\nhigh quality care\n\nHigh quality care\n\n  • Deliver the quality strategy\n  • Develop a "
     "delivery plan\njoined up services\n\nJoined-up services\n\n  • Enhance our work with primary care\n  • Develop "
     "neighbourhood services\nempowered to improve\n\nEmpowered to improve\n\n  • Deliver a workforce plan\n  • Improve "
     "communication with colleagues\n", "goal_names", ["High quality care", "Joined-up services", "Empowered to improve"]),
    # a bulleted line right under a lead-in with one more bullet run into it: two entries
    ("About our network\n\nOur principal strategic goals will be to:\n\n• Support measurable improvements in the health "
     "of our population • Enhance economic gain through better health and innovation\n\nThese goals direct our "
     "programmes.\n", "goal_names",
     ["Support measurable improvements in the health of our population",
      "Enhance economic gain through better health and innovation"]),
    # a site's alert banner under "Our vision and values" is no vision
    ("Our vision and values\nFrom Tuesday 7 to Monday 13 April, resident doctors will be taking strike action across "
     "our hospitals.\nGetting the right care\n", "vision", None),
    # session 25: a vision or mission named in passing, "our vision to ...", on a page that states none otherwise
    ("Our strategy\n\nThis strategy addresses our vision to increase wellbeing and reduce health inequalities across "
     "all communities in Kelby. It was agreed in 2024.\n", "vision",
     "to increase wellbeing and reduce health inequalities across all communities in Kelby"),
    ("About us\n\nWe stand with pride in our purpose to make sure that everyone's voice in Kelby is heard.\n",
     "mission", "to make sure that everyone's voice in Kelby is heard"),
    ("About us\n\nWe are using our vision to shape the way we work with partners in Kelby.\n", "vision", None),
    ("About us\n\nIn line with the charity's mission to deliver advanced care to people across Kelby, trustees "
     "have a duty to act on the findings.\n", "mission", None),
    # exams 164-166, after their run: values named before a stop, a paragraph that leads into the
    # vision's line, a strategy "focused on:" its aims, the document's part cut from the vision
    ("There are six values that all staff are expected to demonstrate:\n- working together for patients. Patients "
     "come first in everything we do.\n- respect and dignity. We value every person as an individual and respect "
     "their choices.\n- compassion. We respond with humanity and kindness to each person's need.\n", "values",
     ["working together for patients", "respect and dignity", "compassion"]),
    ("Our vision\n\nThis plan is part of a new approach to health in Kelby. We have an ambitious vision:\n\n"
     "A Kelby where everybody thrives\n\nWe want to see flourishing communities.\n", "vision",
     "A Kelby where everybody thrives"),
    ("Saving lives\n\nOur strategy for the next five years is ambitious and is focused on:\n\n"
     "  • Delivering a modern blood service that is responsive to our donors\n"
     "  • Working with hospitals so our services are as accessible as they can be\n", "goal_names",
     ["Delivering a modern blood service that is responsive to our donors",
      "Working with hospitals so our services are as accessible as they can be"]),
    ("Our plan\n\nOur long-term vision is to become an outstanding organisation and this strategy will be a "
     "fundamental element of achieving our vision.\n", "vision", "to become an outstanding organisation"),
    ("Summary of policy aims The aim of the plan is to improve wellbeing. Key local outcomes we are pursuing in this "
     "strategy include:\n\n1. More people have better health and fairer outcomes.\n\n2. Kelby is a safe place for "
     "people to live, work and visit.\n", "goal_names",
     ["More people have better health and fairer outcomes", "Kelby is a safe place for people to live, work and visit"]),
    ("Our strategy\n\nOur focus will be on four key pillars of activity. These pillars of activity - Understand, "
     "Prevent, Respond, and Assure - will form the basis of everything we do.\n", "goal_names",
     ["Understand", "Prevent", "Respond", "Assure"]),
    ("Our five year strategy\n\nWe will refresh and embed our values to create a 'one team, one trust' culture and "
     "focus on the delivery of the following three objectives to ensure we provide high quality, compassionate care "
     "to all our patients:\n\n  • Delivering safe and effective care with respect and dignity\n  • Creating a positive "
     "experience for our patients\n  • Being financially sustainable\n", "goal_names",
     ["Delivering safe and effective care with respect and dignity", "Creating a positive experience for our patients",
      "Being financially sustainable"]),
    ("Our strategy\n\nIn light of the feedback from our large engagement work and the experiences through the "
     "pandemic, we have identified three big priorities for Kelby for 2021 to 2024:\n\nAchieving Zero Delays\n\nThe "
     "time a patient should expect to wait for a service should be well defined.\n\nDelivering Great Care at Home\n\n"
     "We will co-design our services with those who use them.\n\nMaking Kelby a great place to work\n\nWe will take "
     "the best possible care of our staff.\n\nBuilding blocks for change\n\nTo help us achieve these three big "
     "priorities, we will take forward several programmes.\n", "goal_names",
     ["Achieving Zero Delays", "Delivering Great Care at Home", "Making Kelby a great place to work"]),
    ("Role summary\n\nThe role is to challenge progress on the delivery of our vision “We want people to lead their "
     "best possible lives” and our strategic goals.\n", "vision", "We want people to lead their best possible lives"),
    # exams 170-172, after their run: a "we will ensure that;" lead-in, "Its focus is on:", value
    # cards with "We will..." / "We will not..." lists, "values ... are;" over a card per value, a
    # PDF's heading run into the vision's sentence
    ("A healthy life\n\nAs an Integrated Care System we will ensure that;\n\n- Children, adults and older people feel "
     "safe in their home and community\n- People are able to avoid alcohol and drug related harm\n", "commitments",
     ["Children, adults and older people feel safe in their home and community",
      "People are able to avoid alcohol and drug related harm"]),
    ("Refresh of our plan\n\nThe refreshed plan was submitted to NHS England. Its focus is on:\n\n- Addressing "
     "inequalities and population health management\n- Working with people not just patients\n", "goal_names",
     ["Addressing inequalities and population health management", "Working with people not just patients"]),
    ("Our HEART values\n\nOur values describe how we interact with each other and our patients.\n\nHonesty\n\nWe're "
     "truthful, we're open, and we speak up.\n\nWe will...\n\n- be truthful and learn from our mistakes\n- speak up\n\n"
     "We will not...\n\n- blame others\n- hide mistakes\n\nEquity\n\nWe're kind and caring.\n\nWe will...\n\n- treat "
     "people equally\n- show patience\n\nWe will not...\n\n- ignore people\n- judge others\n", "values",
     ["Honesty", "Equity"]),
    ("Our values and objectives\n\nOur values set out the behaviours we expect of our staff.\n\nThe two core values we "
     "live by are;\n\nBeing Caring and Compassionate\n\nTo demonstrate we are working in line with this value we "
     "will:\n\n- Use every opportunity to show care\n- Be honest\n\nRecognising Individuality\n\nTo demonstrate we are "
     "working in line with this value we will:\n\n- Listen to you\n- Ask you how you feel\n", "values",
     ["Being Caring and Compassionate", "Recognising Individuality"]),
    ("Operational Plan 2019/20 1. Introduction This plan outlines the Trust's plans for the year. 2. Strategic "
     "Priorities The vision for Kelby Hospitals over the next 5 years is to Extend Clinical Excellence for Our "
     "Patients. We wish to strengthen our position as a teaching hospital.\n", "vision",
     "Extend Clinical Excellence for Our Patients."),
    ("Our values\n\nWe are caring, ambitious and inclusive – these values guide us in everything we do.\n\nFind out "
     "more about our values.\n", "values", ["caring", "ambitious", "inclusive"]),
    ("Dementia Strategic Objectives\nThe trust has integrated the national five year strategy into six key strategic "
     "objectives to improve care for people living with\ndementia and their carers within the Trust.\nThese are:\n"
     "    Provide a comprehensive education and training framework for all staff working within the Trust to empower teams to deliver\n"
     "      the best possible care\n    Improve the Patient experience and journey in our hospitals and community services\n"
     "    Create vibrant and positive dementia friendly environments\n    Care for carers and friends of people with "
     "dementia\n    Raise standards of care and promote activities that improve the wellbeing of patients and carers\n"
     "    Improve communication to ensure appropriate information is shared between staff, patients, carers\n"
     "      and family members\n\nEach of these key objectives has a work stream tasked with achieving year on year "
     "improvements.\n", "goal_names",
     ["Provide a comprehensive education and training framework for all staff working within the Trust to empower "
      "teams to deliver the best possible care",
      "Improve the Patient experience and journey in our hospitals and community services",
      "Create vibrant and positive dementia friendly environments", "Care for carers and friends of people with dementia",
      "Raise standards of care and promote activities that improve the wellbeing of patients and carers",
      "Improve communication to ensure appropriate information is shared between staff, patients, carers and family "
      "members"]),
    # exams 173-175, after their run: "areas of focus for X are:", numbered "Name: To ..." aims
    # broken by their lines, "we will focus on six key areas of work:" over named areas
    ("Sustainability\n\nOur key areas of focus for sustainability are:\n\n  • Improving our energy efficiency\n  • "
     "Purchasing sustainably\n  • Reducing our use of paper\n", "goal_names",
     ["Improving our energy efficiency", "Purchasing sustainably", "Reducing our use of paper"]),
    ("Vision: To bring the arts into everything we do\nValues: Caring for each other Working Together Aims & "
     "Objectives: 1. Experience: To increase "
     "people's wellbeing through the arts\nDevelop arts on prescription projects\n2. Environment: To create environments "
     "that give patients positive experiences\nPresent artwork in the hospital spaces\n3. Heritage: To celebrate the "
     "cultural heritage of Kelby\nEnsure that our heritage is preserved\n", "goal_names",
     ["Experience", "Environment", "Heritage"]),
    ("Our ambition\n\nOur guiding ambition is to provide safe care.\n\nTo achieve this we will focus on three key areas "
     "of work:\n\n- Consistency of care\n- Early detection and treatment\n- Learning from death.\n", "goal_names",
     ["Consistency of care", "Early detection and treatment", "Learning from death"]),
    ("Our vision for the next decade\n\nAt Kelby Health, we are starting an exciting new journey.\n\nOur goal is "
     "simple but powerful: to give every person in our community the right care, in the right place.\n\nWe want to "
     "help everyone live healthier lives.\n", "vision",
     "to give every person in our community the right care, in the right place."),
    ("Introduction\n\nOur vision is supported by the following two commitments to you.\n\n  • ‘We will listen, hear "
     "and act.’\n  • ‘We will communicate clearly in ways you can understand.’\n", "commitments",
     ["We will listen, hear and act.", "We will communicate clearly in ways you can understand."]),
    ("About us\n\nOur mission is improving health and wellbeing and our vision is to deliver great healthcare from "
     "great people.\n", "mission", "improving health and wellbeing"),
    ("About us\n\nOur mission is improving health and wellbeing and our vision is to deliver great healthcare from "
     "great people.\n", "vision", "to deliver great healthcare from great people."),
    ("Mental health\n\nOur vision is to achieve genuine parity of esteem between physical and mental health by 2030 and "
     "to support this we are working on a range of projects.\n", "vision",
     "to achieve genuine parity of esteem between physical and mental health by 2030"),
    ("Our commitment to patients\n\nAt each of our hospitals, we ensure that we are welcoming, respectful, reassuring "
     "and communicative. Our values were chosen by our patients and staff.\n", "values",
     ["welcoming", "respectful", "reassuring", "communicative"]),
    ("Our strategy\n\nThe strategy sets out how we will continue to deliver our mission - to care, discover and teach - "
     "through the four themes of our plan.\n", "mission", "to care, discover and teach"),
    ("An exciting future\n\nOur strategy underpins our core business. At the heart of our plans are:\n\n- Delivering more "
     "chemotherapy options closer to the patient.\n- Improved local access to assessment and treatment.\n", "goal_names",
     ["Delivering more chemotherapy options closer to the patient", "Improved local access to assessment and treatment"]),
    ("Service aims\n\nThe service aims to:\n\n- Reduce risk of harm to service users and others\n- Recover health and "
     "wellbeing\n\nThe multi-disciplinary team includes:\n\n- Nurses\n- Psychologists\n- Social workers\n", "goal_names",
     ["Reduce risk of harm to service users and others", "Recover health and wellbeing"]),
    ("About us\n\nThe NHS Kelby values of Fairness, Respect, Working Together and Quality underpin our purpose.\n",
     "values", ["Fairness", "Respect", "Working Together", "Quality"]),
    ("Our priorities\n\nOur strategic priorities are twelve areas for action in pursuit of our vision of high quality, "
     "sustainable and integrated care.\n", "vision", "high quality, sustainable and integrated care."),
    # session 26 (exams 182-185, after their run)
    ("Strategic aims\n\nThe aims were agreed by the board.\n\nStrategic aims\n\nCentre of Excellence for Children’s "
     "Health: making sure every child has timely care.\nCommitment to high-quality joined-up community services: "
     "delivering care closer to home.\n\nStrategic areas\n\nOur strategy is built around two strategic areas of "
     "focus:\n\n- Patients\n- People\n", "goal_names",
     ["Centre of Excellence for Children’s Health", "Commitment to high-quality joined-up community services",
      "Patients", "People"]),
    ("Our priorities\n\nGreat place to work\n\n- We will grow our people and celebrate their achievementsWe will be an "
     "employer of choice in our towns\n", "goals",
     [("Great place to work", ["We will grow our people and celebrate their achievements",
                               "We will be an employer of choice in our towns"])]),
    ("Our values\n\nWe have three values:\n\n1. Caring, patients said: “Show me that you care about me.”\n2. Listening, "
     "patients said: “Hear me out.”\n3. Excelling, patients said: “Go the extra mile.”\n", "values",
     ["Caring", "Listening", "Excelling"]),
    ("Our strategies\n\nOur people strategy and clinical strategy all feed into our Trust Strategic Ambitions - to "
     "deliver safe and effective care; to support our staff to be the best they can be; and to manage our money and "
     "estate so that we are sustainable.\n", "goal_names",
     ["to deliver safe and effective care", "to support our staff to be the best they can be",
      "to manage our money and estate so that we are sustainable"]),
    ("‘We will work as one to make the health of our towns better than any of us could alone.’ This is the vision for "
     "the Westshire Integrated Care System, which brings partners together.\n", "vision",
     "We will work as one to make the health of our towns better than any of us could alone."),
    ("Our strategy\n\nThe strategy was agreed in March and now sets out four outcomes. We will:\n\nGive every child "
     "the best start\n\nWe will make sure support is in place for families.\n\nHelp people live well\n\nWe know "
     "many things shape health, so we will tackle them together.\n", "goal_names",
     ["Give every child the best start", "Help people live well"]),
    ("NHS Kelby\n\nWorking alongside the wider partnership, ICBs have four key aims:\n\n- Improve outcomes in "
     "population health and healthcare\n- Tackle inequalities in outcomes, experience and access\n- Enhance "
     "productivity and value for money\n- Help the NHS support broader social and economic development\n",
     "goal_names", ["Improve outcomes in population health and healthcare",
                    "Tackle inequalities in outcomes, experience and access", "Enhance productivity and value for money",
                    "Help the NHS support broader social and economic development"]),
    ("Our strategy 2024-2026\n\nOur mission — what we are here to do\nOur vision — where we want to get to\nOur "
     "priorities — what we will deliver\n", "vision", None),
    ("Statements\n\nMission Statement\n\nVision (the kind of world we want to help create)\n\nA country whose health "
     "services are the best in the world.\n\nOur Mission (our part in reaching the vision)\n\nTo be the urgent care "
     "partner of choice for the NHS.\n", "mission", "To be the urgent care partner of choice for the NHS."),
    ("Vision and Values\n\nOUR VALUES - we CARE for you\n\nCaring & Compassion - Putting patients first.\n\nWe "
     "Believe:\n\n- In a deep desire to help.\n\nWe Behave:\n\n- We will listen to understand.\n\nAlways Professional - "
     "Excellence in all we do.\n\nWe Believe:\n\n- In an efficient service.\n\nWe Behave:\n\n- We will be "
     "accountable.\n", "values", ["Caring & Compassion", "Always Professional"]),
    # (exams 186-189, after their run)
    ("The Kelby Way\n\nOur staff helped to define our values.\n\nThe Kelby Way values are: patient centred, fair, "
     "collaborative and accountable.\n", "values", ["patient centred", "fair", "collaborative", "accountable"]),
    ("Clinical strategy\n\nAs always, we are underpinned by our CARE values - being Compassionate, Accountable, "
     "Respectful and Encouraging.\n", "values", ["Compassionate", "Accountable", "Respectful", "Encouraging"]),
    ("Practice Charter\n\nWe are committed to giving you good service.\n\nPatients will be treated with courtesy by "
     "all members of the practice.\n\nPatients will be kept informed of:\n\n  • their illness and its treatment\n\n"
     "Respect\nYou will be treated as a partner in your care. You will receive a reply to any complaint within ten "
     "days.\n", "commitments",
     ["We are committed to giving you good service.",
      "Patients will be treated with courtesy by all members of the practice.",
      "You will be treated as a partner in your care.", "You will receive a reply to any complaint within ten days."]),
    ("Our purpose\n\nAt Kelby Community Healthcare, our overall purpose is to take a lead in improving the wellbeing "
     "of our communities.\n", "mission", "to take a lead in improving the wellbeing of our communities."),
    ("Our ambitions\n\nThese ambitions are held together by our mission – Making Life Better Together – which is at "
     "the centre of our work.\n", "mission", "Making Life Better Together"),
    ("Quality priorities\n\nPriority 1 (Patient Safety): Fewer pressure ulcers\n\nObjective: To see a reduction in "
     "hospital acquired pressure ulcers.\n\nPriority 2 (Patient Experience): Listening to patients\n\nObjective: To use "
     "the Friends and Family Test as a key measure.\n", "goals",
     [("Fewer pressure ulcers", ["To see a reduction in hospital acquired pressure ulcers."]),
      ("Listening to patients", ["To use the Friends and Family Test as a key measure."])]),
    ("Purpose, vision and values\n\nOur final purpose and values are as follows:\n\nWe are...Compassionate\nWe will:\n\n"
     "  • Be kind to each other\n  • Consider the feelings of others\n\nWe are... Respectful and inclusive\nWe will:\n\n"
     "  • Show respect to everyone\n", "values", ["Compassionate", "Respectful and inclusive"]),
    ("Governance\n\nIn pursuit of improvement, the Board will value:\n\n  • Respect\n  • Fairness and Consistency\n"
     "  • Involvement\n", "values", ["Respect", "Fairness and Consistency", "Involvement"]),
    ("About us\n\nBuilt on pride in our place and the aspirations of and for local people\nOur vision is to ensure Kelby 2030 is "
     "Active, Connected and Prosperous for all\nOur approach\nThe partnership has met often.\n", "vision",
     "to ensure Kelby 2030 is Active, Connected and Prosperous for all"),
    # (the body's name holds "Isle": the lead ends at the verb "is", not inside the name)
    ("About Public Health\n\nThe role of Public Health Isle of Wight is to protect the health of residents and to "
     "reduce health inequalities. This is achieved through partnerships.\n", "mission",
     "to protect the health of residents and to reduce health inequalities."),
    ("Our Values\n\nWe pride ourselves on having strong values of: Leadership, Expertise and Integrity.\n", "values",
     ["Leadership", "Expertise", "Integrity"]),
    ("About us\n\nOur purpose is underpinned by our values of leadership, being people-centred, and customer-focused, "
     "with an emphasis on quality.\n", "values", ["leadership", "being people-centred", "customer-focused"]),
    # (a numbered list run into one paragraph by a PDF's text layer, after a goals lead-in)
    ("Strategic Plan 2025-2030\n\nStrategic Aims To achieve our vision we will: 1. Put patients first in all we do. "
     "2. Grow research capacity across the region. 3. Develop our staff. By achieving this we thrive.\n",
     "goal_names", ["Put patients first in all we do", "Grow research capacity across the region", "Develop our staff"]),
    ("Strategic Plan 2025-2030\n\nStrategic Aims To achieve our vision we will: 1. Put patients first in all we do. "
     "2. Grow research capacity across the region. 3. Develop our staff.\n", "commitments", []),
    ("Our strategy\n\nOur priorities are proposed as: 1) Excellent acute care: we deliver high quality care. "
     "2) Population health: we work with partners. 3) Research and innovation: we learn. The Board agreed them.\n",
     "goal_names", ["Excellent acute care", "Population health", "Research and innovation"]),
    # (the four ICS purposes, adopted by the board under any lead-in that is not its purpose)
    ("About us\n\nNHS Kelby is the integrated care board for Kelby. NHS Kelby will work with others to:\n\n"
     "  • Improve outcomes in population health and healthcare\n  • Tackle inequalities in outcomes, experience and access\n"
     "  • Enhance productivity and value for money\n  • Help the NHS support broader social and economic development\n",
     "goal_names", ["Improve outcomes in population health and healthcare",
                    "Tackle inequalities in outcomes, experience and access", "Enhance productivity and value for money",
                    "Help the NHS support broader social and economic development"]),
    # (a plain role heading right over a list: its first entry, a whole statement, is the role)
    (_NEONATAL_UNIT_PAGE, "mission",
     "To provide high quality family centred care, through continuous research and education."),
    (_NEONATAL_UNIT_PAGE, "vision",
     "Every family is at the centre of our unit."),
    ("Practice Charter\n\nThe aim of this practice is to meet the health needs of the people it serves.\n\n"
     "Please keep your appointments.\n", "mission", "The aim of this practice is to meet the health needs of the people it serves."),
    ("Patient Charter\n\nAll members of the surgery primary care team are dedicated to a quality policy to achieve "
     "health services which meet the patients' needs.\n\nAccess to services\n", "mission",
     "All members of the surgery primary care team are dedicated to a quality policy to achieve health services which "
     "meet the patients' needs."),
    ("Practice Charter\n\nStatement of Purpose\n\nWe aim to be a patient focused team offering continuity of care in a "
     "safe environment by striving to meet the following standards:\n\nTo treat all our patients with courtesy at all "
     "times\n\nTo provide an appropriate range of services\n", "mission",
     "We aim to be a patient focused team offering continuity of care in a safe environment"),
    ("Practice Charter\n\nStatement of Purpose\n\nWe aim to be a patient focused team offering continuity of care in a "
     "safe environment by striving to meet the following standards:\n\nTo treat all our patients with courtesy at all "
     "times\n\nTo provide an appropriate range of services\n", "commitments",
     ["To treat all our patients with courtesy at all times", "To provide an appropriate range of services"]),
    # (a board paper's cover: its purpose fields are the paper's, not the body's mission)
    ("Board Assurance Framework Update\nMeeting: Public Board Meeting\nPurpose: Discussion / Review\nAssurance: Reasonable\n"
     "Purpose: The report seeks to provide the Board with an overview of changes to the strategic risks.\n", "mission", None),
    ("Pathology\n\nPathology Service Mission Statement\n\nWe will be recognised as delivering world class pathology "
     "services to our patients.\n\nContact us\n", "mission",
     "We will be recognised as delivering world class pathology services to our patients."),
    # (a charter's labelled promises: the label is no part of the promise)
    ("Practice Charter\n\nWe are committed to giving you the best service.\n\n"
     "  • Access: You will have access to a doctor rapidly in an emergency.\n"
     "  • Respect: Patients will be treated as individuals.\n"
     "  • Test results: If you have had tests, we will inform you of the results.\n", "commitments",
     ["We are committed to giving you the best service.", "You will have access to a doctor rapidly in an emergency.",
      "Patients will be treated as individuals.", "If you have had tests, we will inform you of the results."]),
    ("Our vision\n\nAs the NIHR Safety Network, SafetyNet's vision is to share knowledge and resources across "
     "its six centres.\n", "vision", "to share knowledge and resources across its six centres."),
    # (titles run into the sentences under them, the breaks lost)
    ("Our strategy\n\nWe have five strategic outcomes:\n\n  1. Early action and prevention people will be supported to "
     "stay well.\n  2. Promote good wellbeing people will enjoy healthy places.\n  3. Easy access to care people will "
     "experience seamless care.\n", "goals",
     [("Early action and prevention", ["people will be supported to stay well."]),
      ("Promote good wellbeing", ["people will enjoy healthy places."]),
      ("Easy access to care", ["people will experience seamless care."])]),
    # (a contents list without page numbers, and lead-ins written as entries, are no goals)
    ("Working Agreement\nAims and Objectives\nEquality and Diversity\nSteering Group\nChair and Vice Chair\nTerm of Office\n"
     "Press Contact\nAppendix 1\nAppendix 2\nAims and Objectives\n- The Forum aims:\n- To inform local people about local "
     "health services,\n- To involve local people in planning local health services.\n", "goal_names",
     ["To inform local people about local health services", "To involve local people in planning local health services"]),
    (_VALUES_FRAMEWORK_PAGE, "values", ["Respect for all", "Together as a team"]),
    (_VALUES_FRAMEWORK_PAGE, "commitments", []),
    # (lower-case entries finishing a lead-in's sentence, run into a PDF's paragraph)
    ("Foreword\n\nOur strategy is focused on learning. We will continuously improve the: • quality of care we provide; "
     "• engagement of our teams; and, • ways we collaborate with our partners. At Kelby we have a skilled workforce.\n",
     "commitments", ["quality of care we provide;", "engagement of our teams", "ways we collaborate with our partners."]),
    # (a review's counter-cases: a mission that names "members" is no board paper's purpose; a "We
    # will:" list after the values with no value after it holds commitments; an outcome's subject
    # is no run-in title)
    ("About us\n\nOur mission: To provide safe, high quality care to patients, carers and members of the public.\n",
     "mission", "To provide safe, high quality care to patients, carers and members of the public."),
    ("Our values\n\nCompassion: we care for every patient.\n\nRespect: we treat everyone fairly.\n\nWe will:\n\n"
     "  • open a new community diagnostic centre by 2026\n  • recruit 200 more nurses\n", "commitments",
     ["open a new community diagnostic centre by 2026", "recruit 200 more nurses"]),
    ("Our goals\n\n  • More young people will be in education or training\n  • More older people will live at home "
     "for longer\n  • More disabled people will be supported into paid work\n", "goal_names",
     ["More young people will be in education or training", "More older people will live at home for longer",
      "More disabled people will be supported into paid work"]),
    # (a charter's list under what it asks of patients is their side, however it is worded)
    ("Practice Charter\n\nWe will treat you with respect.\n\nIn return we expect patients to:\n\n  • Patients will be "
     "courteous to staff at all times\n  • Keep their appointments\n", "commitments", ["We will treat you with respect."]),
    # (six lower-case "we ..." entries punctuated as one sentence, right under the heading: the values)
    ("Our current values:\n\n  • we put people with lived experience at the centre of our work\n  • we are caring and "
     "compassionate\n  • we are proud of the quality of our research and teaching\n  • we look after the wellbeing of "
     "all our staff\n  • we welcome difference in our workforce and our services\n  • we work with others who share "
     "our values.\n", "values",
     ["we put people with lived experience at the centre of our work", "we are caring and compassionate",
      "we are proud of the quality of our research and teaching", "we look after the wellbeing of all our staff",
      "we welcome difference in our workforce and our services", "we work with others who share our values."]),
    # (a sentence naming the values over "This means…" lists: the lists say what each value means)
    ("Our values\n\nWith our staff we agreed a set of shared values and behaviours – to be Kind, safe, "
     "curious and Inspiring.\n\nValue statement – \"Plan and give care around each patient's own needs, wishes and hopes.\"\n\nThis means…\n\n"
     "  • Listening to patients and their families\n  • Going the extra mile\n\nValue statement – \"Make the safety of "
     "patients and of staff our first concern, always.\"\n\nThis means…\n\n  • Acting on concerns\n  • Being open\n", "values",
     ["Kind", "safe", "curious", "Inspiring"]),
    # (a picture's label over a lead-in that names its list as the goals; a sidebar's link-box titles)
    ("Equality objectives\n\nThe trust aims to give a fair service to all.\n\nHand holding\n\nThe law asks us to "
     "set equality objectives, and our review helped us choose these goals. In summary these are:\n\n"
     "  1. Review the use of interpreting services.\n  2. Implement the Accessible Information Standard.\n"
     "  3. Reach Disability Confident level 3.\n\nInternal Links\n\nExternal Links\n", "goal_names",
     ["Review the use of interpreting services", "Implement the Accessible Information Standard",
      "Reach Disability Confident level 3"]),
    # (an agreed set of priorities, or "At X, our priorities are:": the entries are the priorities, sentences or not)
    ("Anchor work\n\nAt Kelby, we have agreed a set of social value priorities that guide our work as an anchor "
     "organisation:\n- Ensuring our suppliers pay the Real Living Wage\n- Investment to grow spend in local economies\n"
     "- Support for young workers, school leavers and apprentices\n\nTo date, the focus has been on procurement.\n",
     "goal_names", ["Ensuring our suppliers pay the Real Living Wage", "Investment to grow spend in local economies",
                    "Support for young workers, school leavers and apprentices"]),
    ("Anchor work\n\nAt Kelby, our priorities are:\n- Ensuring our suppliers pay the Real Living Wage\n- Investment "
     "to grow spend in local economies\n- Support for young workers, school leavers and apprentices\n", "commitments", []),
    # ("Name, with a comma – We will ..." paragraphs under a goals heading: named goals, their sentences the statements)
    ("Our strategic ambitions\n\nQuality care, every day – We will give expert, kind care in every team. We will "
     "value research.\n\nA great place to work – We want to be a great place to work. We will grow our "
     "own staff.\n\nPerson-led care, when and where it is needed – We will work with partners to meet "
     "changing needs.\n", "goals",
     [("Quality care, every day", ["We will give expert, kind care in every team.", "We will value research."]),
      ("A great place to work", ["We will grow our own staff."]),
      ("Person-led care, when and where it is needed", ["We will work with partners to meet changing needs."])]),
    # ("We are respectful…" lines, each finished by the line under it: the words after "We are" name the value)
    ("Our values\n\nWe are caring and compassionate…\nbecause that is how we would want our own family treated.\n\n"
     "We are respectful…\nbecause everyone is of equal value.\n\nOur strategic ambitions\n\nSome text.\n", "values",
     ["caring and compassionate", "respectful"]),
    # (principles named by a lead-in of another wording, on a page that names no values: the values)
    ("Our principles\n\nUnderpinning these areas of work are three principles which will guide our planning:\n\n"
     "  • Children and young people first, always\n  • Quality and Safety\n  • Partnerships\n", "values",
     ["Children and young people first, always", "Quality and Safety", "Partnerships"]),
    ("Involvement\n\nOur engagement principles\n\n  • Being open, honest and timely\n  • Being inclusive of all our "
     "communities\n  • Being accountable for what we do\n", "values",
     ["Being open, honest and timely", "Being inclusive of all our communities", "Being accountable for what we do"]),
    ("Our partnership\n\nThe following principles are the basis of our partnership:\n\n  • Inclusiveness\n  • "
     "Participation\n  • Integration\n", "values", ["Inclusiveness", "Participation", "Integration"]),
    ("Engagement\n\nWhen we seek the views of local people we work to a set of core principles. These are:\n\n"
     "  • Being open and transparent\n  • Being inclusive\n  • Being accountable\n", "values",
     ["Being open and transparent", "Being inclusive", "Being accountable"]),
    # (the review's counter-cases: principles a law or a discipline sets are no values)
    ("Privacy notice\n\nHow we use your information.\n\nOur data protection principles\n\n  • Lawfulness, fairness and "
     "transparency\n  • Purpose limitation\n  • Data minimisation\n", "values", []),
    ("Privacy notice\n\nThe following principles are set out in the UK GDPR:\n\n  • Lawfulness\n  • Purpose "
     "limitation\n  • Accuracy\n", "values", []),
    ("About the college\n\nThe core principles of the College are:\n- Partnership and co-production\n- Educational - "
     "encouraging self-management\n- For everyone\n", "values", ["Partnership and co-production", "Educational",
                                                                "For everyone"]),
    ("Involving people\n\nOur involvement work is centred around the following 3 principles:\n\n  • Equal Partnerships: "
     "Patients are equal partners in designing services.\n  • Recognising Strengths: Supporting the strengths of each "
     "person.\n  • Breaking Boundaries: Removing rigid boundaries between services.\n", "values",
     ["Equal Partnerships", "Recognising Strengths", "Breaking Boundaries"]),
    ("Our vision\n\nThree key principles shape our plans.\n\nOur Three Principles\n\n  1. Encourage residents to take more "
     "responsibility for their own health\n  2. Provide fair access to high quality care\n  3. Provide more care at "
     "home\n", "values", []),
    # ("focusing on three strategic themes: A, B and C": the count and the names, a sentence's goals)
    ("Our strategy\n\nWe are focusing on three strategic themes: People, Place and Partnership.\n\nThese themes came "
     "from our engagement with staff.\n", "goal_names", ["People", "Place", "Partnership"]),
    # (a sentence's first line, short but no title, wrapped onto a lower-case line that ends it)
    ("Our strategy\n\nWe are focusing on three strategic themes: People, Place and Partnership.\n\nPeople\n\nPutting our people first to make Kelby\na great place to work and receive care.\n\n"
     "Place\n\nDelivering outstanding care by building\na better and healthier place for our patients\nand population.\n", "goals",
     [("People", ["Putting our people first to make Kelby a great place to work and receive care."]),
      ("Place", ["Delivering outstanding care by building a better and healthier place for our patients and population."]),
      ("Partnership", [])]),
    # (a charter's "As a patient you are entitled to:" list: what the practice gives, its promises)
    ("Practice Charter\n\nOur team is dedicated to quality care.\n\nAs a patient you are entitled to:\n\n  • be treated "
     "with courtesy and respect.\n  • absolute confidentiality.\n  • be seen the same day when your need is urgent.\n",
     "commitments", ["be treated with courtesy and respect.", "absolute confidentiality.",
                     "be seen the same day when your need is urgent."]),
    # (a first value named with "&", before the list's commas: one name)
    ("Strategic plan\n\nRooted in our values of hope & courage, succeeding together, building trust and learning & "
     "growing, this plan will shape our work.\n", "values",
     ["hope & courage", "succeeding together", "building trust", "learning & growing"]),
    # ("The following objectives help to focus our efforts:" over a bare "We aim to:": the objectives)
    ("Our workforce\n\nOur workforce strategy supports the Trust's vision. The following objectives help to focus our "
     "efforts:\n\nWe aim to:\n\n  • Recruit and retain skilled staff to meet the diverse needs of our patients\n"
     "  • Develop new ways of working to make sure we are always getting the best for our patients\n"
     "  • Address current national shortages in some professions such as health visitors.\n", "goal_names",
     ["Recruit and retain skilled staff to meet the diverse needs of our patients",
      "Develop new ways of working to make sure we are always getting the best for our patients",
      "Address current national shortages in some professions such as health visitors"]),
    # ("our values of being A, B and C": "being" is no part of the first name; "the values of the Trust: a, b, c")
    ("Equality\n\nTogether with our values of being Respectful, Passionate and Responsible, our mission guides our "
     "equality work.\n", "values", ["Respectful", "Passionate", "Responsible"]),
    ("Our values\n\nOur work is guided by the values of the Trust: kind, collaborative, aspirational, expert.\n\n"
     "Public Sector Equality Duty\n\nAs a public body we are governed by the Equality Act 2010.\n", "values",
     ["kind", "collaborative", "aspirational", "expert"]),
    # ("The mission statement for <the body> is ‘to ...’": the mission, its lead left out)
    ("About us\n\nThe mission statement for Kelby and District NHS Foundation Trust is ‘to be an exceptional provider "
     "of healthcare for our communities’.\n\nMore text follows here.\n", "mission",
     "to be an exceptional provider of healthcare for our communities"),
    # (bullets run into a PDF's paragraph after a question: each an entry)
    ("Our next steps\n\nHow will we launch our strategy? • This strategy will be supported by a detailed plan. • We will "
     "only undertake projects that help us achieve our objectives. • We will keep listening to patients and staff.\n",
     "commitments", ["We will only undertake projects that help us achieve our objectives.",
                     "We will keep listening to patients and staff."]),
    # (goals said in prose: a strategy that "focuses on" gerunds; "four priority areas - a; b; c; and d";
    # "Our long-term ambitions are to; a, b and c")
    ("About us\n\nKelby's five-year strategy (2023-2027) focuses on improving our services to patients, supporting "
     "and developing our staff, and ensuring financial sustainability.\n", "goal_names",
     ["improving our services to patients", "supporting and developing our staff", "ensuring financial sustainability"]),
    ("Clinical strategy\n\nThis strategy sets out our ambition in three priority areas - improving the delivery and "
     "quality of care; ensuring we make the best use of our resources to support delivery of sustainable services; and "
     "recognising the opportunities to work in partnership. More text.\n", "goal_names",
     ["improving the delivery and quality of care",
      "ensuring we make the best use of our resources to support delivery of sustainable services",
      "recognising the opportunities to work in partnership"]),
    ("About Us\n\nOur long-term ambitions are to; reduce variation of treatment, improve cancer outcomes, and reduce "
     "inequalities. We do this by working as system leaders.\n", "goal_names",
     ["reduce variation of treatment", "improve cancer outcomes", "reduce inequalities"]),
    # (a sentence naming the values and the goals: both read)
    ("Our plan\n\nThe starting point is our shared values - caring, open and respectful - and our three strategic "
     "objectives – providing safe, high quality care; becoming a great place to work; and delivering integrated care – "
     "all underpinned by a commitment to health equity.\n", "values", ["caring", "open", "respectful"]),
    # ("Welcoming icon Behaviours" over a list, card after card: the values and their behaviours)
    ("Our vision: to be a great group of hospitals.\n\nWelcoming icon Behaviours\n\n  • Introduce yourself\n  • Smile "
     "and acknowledge the other person\n\nEngaging icon Behaviours\n\n  • Get involved in making improvements\n"
     "  • Encourage feedback from patients\n", "values", ["Welcoming", "Engaging"]),
    # (the review's counter-cases for the session's rules: a year's priorities stay commitments; a
    # report on "the following objectives" names no goals; an exemption list is no charter; a
    # heading over lower-case lines stays a heading; entries with no stops are no values' sentences)
    ("Our plan\n\nIn 2024/25, our priorities are:\n\n  • Recruit 40 new nurses by March\n  • Open the new endoscopy "
     "unit\n  • Cut agency spend by 10%\n", "goal_names", []),
    ("Our workforce\n\nProgress against the following objectives is reported to the Board each quarter:\n\nWe will:\n\n"
     "  • Recruit and retain skilled staff\n  • Publish our workforce data every year\n  • Run a staff survey twice a "
     "year\n", "goal_names", []),
    ("Prescriptions\n\nMost adults in England pay for their prescriptions. If you are aged 60 or over you are entitled "
     "to:\n\n  • free NHS prescriptions\n  • free NHS eye tests\n  • a free flu vaccine\n", "commitments", []),
    ("Our strategy\n\nWe have listened to our staff and patients.\n\nOur goals for the next five years\nbetter care for "
     "everyone.\nshorter waits for all.\nkinder and safer wards.\n", "goal_names",
     ["better care for everyone", "shorter waits for all", "kinder and safer wards"]),
    ("Our current values:\n\n  • we put people with lived experience at the centre of our work\n  • we are caring and "
     "compassionate\n  • we are proud of the quality of our research and teaching\n  • we look after the wellbeing of "
     "all our staff\n  • we welcome difference in our workforce and our services\n  • we work with others who share "
     "our values\n", "values", []),
]


def _assert_field(page: Path, field: str, expected: object) -> None:
    """The field read from ``page``: value names, (goal name, statements) pairs, goal names, or as in the contract."""
    result = to_contract_json(extract_file(page))
    if field == "values":
        assert [v["name"] for v in result["values"]] == expected
    elif field == "goals":
        assert [(g["name"], g["statements"]) for g in result["goals"]] == expected
    elif field == "goal_names":
        assert [g["name"] for g in result["goals"]] == expected
    else:
        assert result[field] == expected


@pytest.mark.parametrize(("text", "field", "expected"), SHAPES)
def test_page_shapes(tmp_path: Path, text: str, field: str, expected: object) -> None:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    _assert_field(page, field, expected)


# pages saved from the web: shapes the HTML path reads as the text path does (found by setting
# the real pages as HTML, tests/test_extraction_real_html.py)
HTML_SHAPES = [
    # ... but "<p>1: Introduction</p>" is a section's numbered title, not a list entry (the review)
    ("<h1>Our Strategy 2024-2029</h1><p>1: Introduction</p><p>This strategy sets out how we will improve care for "
     "the people of Northfield over the next five years.</p><p>2: Our priorities</p><p>We will reduce waiting times "
     "for planned care.</p><p>We will improve access to mental health services for young people.</p>", "commitments",
     ["We will reduce waiting times for planned care.", "We will improve access to mental health services for young people."]),
    # a news page's numbered list, each entry a paragraph numbered "#1:" or "1:" (session 20)
    ("<p>The strategy has three main ambitions:</p><p>#1: To recruit more potential lifesavers</p><p>#2: To support "
     "more Scottish patients</p><p>#3: To raise funds</p><p>We are proud of it.</p>", "goals",
     [("To recruit more potential lifesavers", []), ("To support more Scottish patients", []), ("To raise funds", [])]),
    ("<p>The strategy has three main ambitions:</p><p>1: To recruit more potential lifesavers</p><p>2: To support "
     "more Scottish patients</p><p>3: To raise funds</p><p>We are proud of it.</p>", "goals",
     [("To recruit more potential lifesavers", []), ("To support more Scottish patients", []), ("To raise funds", [])]),
    # value titles at the heading's own level, over their paragraphs, then the page's next part
    ("<h2>Our values</h2><p>Our values were developed with our staff and describe how we work.</p>"
     "<h2>Kind</h2><p>We treat everyone with kindness.</p><h2>Fair</h2><p>We are fair and open.</p>"
     "<h2>Brave</h2><p>We speak up.</p><h2>Contact us</h2><p>Call 01234 567890.</p>",
     "values", ["Kind", "Fair", "Brave"]),
    # an <ol> entry over its "By 2028 we will: ..." paragraph, one list per entry
    ("<p>The strategy focuses on three key areas:</p><ol><li>People</li></ol><p>By 2028 we will: ensure we are a "
     "great place to work</p><ol><li>Performance</li></ol><p>By 2028 we will: use our resources well</p><ol>"
     "<li>Place</li></ol><p>By 2028 we will: be a key partner in place-based care</p>", "goals",
     [("People", ["ensure we are a great place to work"]), ("Performance", ["use our resources well"]),
      ("Place", ["be a key partner in place-based care"])]),
    # a list entry whose siblings ran into it with "•" between them: each an entry (session 16)
    ("<h2>Our values</h2><ul><li>Being child and family focused • Listening to and valuing each other • Being "
     "dedicated, compassionate and caring</li></ul><h2>Contact us</h2><p>Call 01234 567890.</p>", "values",
     ["Being child and family focused", "Listening to and valuing each other", "Being dedicated, compassionate and caring"]),
    # "<h3>Aim 1: ...</h3>" is a labelled title, as "Aim 1: ..." on a line of text is (session 16)
    ("<h2>How we will achieve this</h2><h3>Aim 1: Deliver Essential Services</h3><p>Develop more ways of supporting "
     "people. Establish a hub for day hospice. Develop new ways of supporting people at home.</p><h3>Aim 2: Help More "
     "People</h3><p>Improve access for marginalised groups. Ensure our services are psychologically informed. Seek out "
     "partnerships that extend our impact.</p>", "goals",
     [("Deliver Essential Services", ["Develop more ways of supporting people.", "Establish a hub for day hospice.",
                                      "Develop new ways of supporting people at home."]),
      ("Help More People", ["Improve access for marginalised groups.", "Ensure our services are psychologically informed.",
                            "Seek out partnerships that extend our impact."])]),
]


@pytest.mark.parametrize(("markup", "field", "expected"), HTML_SHAPES)
def test_html_page_shapes(tmp_path: Path, markup: str, field: str, expected: object) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<!DOCTYPE html><html><body><main>{markup}</main></body></html>", encoding="utf-8")
    _assert_field(page, field, expected)


def test_partner_logos_are_no_values(tmp_path: Path) -> None:
    """A values section's pictures of other bodies ("NHS England logo", "... Trust logo") name no
    value (the review of session 14's logo-caption rule)."""
    page = tmp_path / "page.txt"
    page.write_text("Our values\n\nNHS England logo, a blue box with white letters\n\nWe are proud to be part of the "
                    "NHS.\n\nHartfield NHS Trust logo, a green tree\n\nWe are a teaching trust.\n", encoding="utf-8")
    names = [v["name"] for v in to_contract_json(extract_file(page))["values"]]
    assert "England" not in names and "Trust" not in names


def test_pdf_hard_wraps_are_joined(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Our commitments", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "We will work with Northshire County Council and Healthwatch Northshire to "
                         "open new community hubs in every town in the county by the end of 2027.",
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    result = to_contract_json(extract_file(path))
    assert result["commitments"] == [
        "We will work with Northshire County Council and Healthwatch Northshire to open new "
        "community hubs in every town in the county by the end of 2027."
    ]
    assert result["partner_organisations"] == ["Northshire County Council", "Healthwatch Northshire"]
    assert result["commitment_details"][0]["page"] == 1
