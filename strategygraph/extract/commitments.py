"""Commitments that stand under no goal: the items of a "we will" list and "we will" sentences.

A list counts when the line before it introduces commitments ("We will:", "In the year ahead we
will:", "Our priorities are:"); its timeframe is kept ("in the year ahead", "over the next five
years", "2024/25"), from that line or from the heading above. A sentence counts when the
organisation is its subject ("We will ...", "Over the next five years, we will ...", "We are
committed to ...", "Our ambition is to ..."), not when it says how or what ("how we will get
there"), and not when it only describes the page ("we will set out ...").
"""

from __future__ import annotations

import re

from strategygraph.extract.common import (
    COMMIT_LEAD,
    CULTURE,
    ENABLERS_LEAD,
    ING_NOUNS,
    LOOKING_BACK,
    MEASURES_LEAD,
    NO_PROMISE_LEAD,
    NOT_ACTION_START,
    NOT_COMMIT_LEAD,
    OUR_PEOPLE,
    THIRD_PERSON_COMMIT_LEAD,
    TO_LINE,
    Context,
    bare_list_after,
    commitment_start,
    is_commitment_sentence,
    take_lines,
    timeframe_of,
)
from strategygraph.extract.goal_parts import WILL_START, sentence_commitments
from strategygraph.model import Statement

# "Quarter<TAB>Milestone<TAB>Executive lead": a table of when each milestone falls due
_WHEN_HEAD = re.compile(r"\s*(?:quarter|when|date|timescale|by\s+when|deadline|month)\s*", re.IGNORECASE)
_MILESTONE_HEAD = re.compile(r"\s*(?:milestones?|actions?|deliverables?|what\s+we\s+will\s+(?:do|deliver))\s*", re.IGNORECASE)


def milestone_rows(ctx: Context) -> list[Statement]:
    """The milestone cells of a tab-separated table headed "Quarter / Milestone / ...": each a
    commitment due when its row says (round 41); the other columns (leads) are neither."""
    found: list[Statement] = []
    text = ctx.text
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used or "\t" not in text[block.start : block.end]:
            continue
        cells = text[block.start : block.end].split("\n")[0].split("\t")
        if len(cells) < 2 or not _WHEN_HEAD.fullmatch(cells[0]):
            continue
        col = next((i for i, c in enumerate(cells) if i and _MILESTONE_HEAD.fullmatch(c)), None)
        if col is None:
            continue
        ctx.used.add(k)
        j = k + 1
        while j < len(ctx.blocks) and j not in ctx.used \
                and text[ctx.blocks[j].start : ctx.blocks[j].end].count("\t") == len(cells) - 1:
            row = ctx.blocks[j]
            parts, cursor = [], row.start
            for cell in text[row.start : row.end].split("\t"):
                parts.append((cursor, cursor + len(cell)))
                cursor += len(cell) + 1
            st = ctx.statement("commitment", *parts[col], "commitment-milestone-row", 0.7,
                               timeframe=text[parts[0][0] : parts[0][1]].strip() or None)
            if st is not None:
                found.append(st)
            ctx.used.add(j)
            j += 1
    return found


CHARTER_HEADING = re.compile(r"\b(?:practice|patients?['’]?|surgery)\s+charter\b", re.IGNORECASE)


# "Charter Rights", "Our Charter", "Patients' Charter": a charter's title
_ANY_CHARTER_HEADING = re.compile(r"\bcharter\b(?!\s+mark)", re.IGNORECASE)
# "Patients will be treated as individuals ...", "The telephone will be answered promptly."
_WILL_ITEM = re.compile(r"[^.;:!?]{0,80}?\b(?:will|shall)\b(?!\s+(?:you|patients)\s+please)", re.IGNORECASE)


def _charter_to_items(ctx: Context, heading: int) -> bool:
    """"Practice Charter" right over three or more "To provide ...", "To treat ..." bullets: the
    practice's promises, their "We will" left unsaid (a GP practice's page; exams 44-45, after their
    run); or a charter's title over numbered or bulleted promises, two in three saying what will
    be done ("Charter Rights" over "Patients will be seen ...", "The telephone will be answered
    promptly."; exam 48, after its run)."""
    items = ctx.entries_after(heading)
    if len(items) < 3:
        return False
    if CHARTER_HEADING.search(ctx.content(heading)) and all(TO_LINE.match(ctx.content(j)) for j in items):
        return True
    if not _ANY_CHARTER_HEADING.search(ctx.content(heading)):
        return False
    willing = sum(bool(_WILL_ITEM.match(ctx.content(j))) for j in items)
    return willing * 3 >= len(items) * 2 and not any(DUTY_ITEM.match(ctx.content(j)) for j in items)


# an entry that promises: "You will be treated ...", "We will give you ...", "While we undertake to ..."
# ("You can expect the staff to be polite ...", a patients' charter's own wording)
_PROMISE_ITEM = re.compile(r"(?:[A-Z][\w’' -]{0,30}:[ \t]*)?[^.;:!?]{0,80}?\b(?:will|shall|undertake|endeavour|committed|aim\s+to|strive|(?<!not\s)can\s+expect)\b", re.IGNORECASE)


def _charter_promise_items(ctx: Context, heading: int) -> list[int]:
    """A charter's title over a list that mixes the practice's promises with the patients' side
    ("Please do everything you can to keep appointments ..."): the entries that promise, each
    whole, when they are most of the list (a GP practice's charter; exam 55, after its run)."""
    if not _ANY_CHARTER_HEADING.search(ctx.content(heading)):
        return []
    # (right under the title, or under its one opening paragraph: "We are committed to giving you
    # the best possible service. ...")
    # the title, or under its one opening paragraph and a lead-in ("Under our patients' charter:",
    # "In particular:"; a promising lead-in, "Our Commitment to You:", has its list read whole)
    second = heading + 2 < len(ctx.blocks) and not COMMIT_LEAD.search(ctx.content(heading + 2))
    items = [k for k in ctx.items_after(heading) or ctx.items_after(heading + 1)
             or (ctx.items_after(heading + 2) if second else []) if ctx.blocks[k].depth == 0]
    promises = [k for k in items if _PROMISE_ITEM.match(ctx.content(k)) and not DUTY_ITEM.match(ctx.content(k))]
    return promises if len(promises) >= 3 and len(promises) * 2 >= len(items) else []


# a patient's side of a charter: "Please ...", "You should ...", "Patients are asked to ..."
DUTY_ITEM = re.compile(r"\s*(?:please|you\s+(?:should|must|are\s+(?:asked|expected))|patients\s+(?:are\s+asked|must)|we\s+ask)\b",
                        re.IGNORECASE)


def scan(ctx: Context) -> list[Statement]:
    """Commitments among the blocks no other extractor used, in document order."""
    found: list[Statement] = milestone_rows(ctx)
    blocks = ctx.blocks
    heading_tf: str | None = None
    list_tf: str | None = None
    in_list = False
    for k, block in enumerate(blocks):
        content = ctx.content(k)
        if block.kind == "heading" and not block.label:
            heading_tf = timeframe_of(content) if _year_heading(content) else None
            if heading_tf is None and _QUARTER.match(content):
                heading_tf = content.strip(" #*_")  # "Quarter 1 (April to June)" over that quarter's milestones (round 41)
            # a list right under a heading that names a timeframe is that period's commitments
            in_list = (bool(heading_tf) or _WILL_HEADING.fullmatch(content.strip(" #*_")) is not None
                       or _EXPECT_HEADING.fullmatch(content.strip(" #*_")) is not None
                       or _charter_to_items(ctx, k)) \
                and k + 1 < len(blocks) and blocks[k + 1].kind == "item"  # ("Together we will" over a list, round 40)
            list_tf = heading_tf
            if not in_list and k + 1 < len(blocks) and blocks[k + 1].kind in ("item", "para"):
                promises = _charter_promise_items(ctx, k)
                if promises and not any(j in ctx.used for j in promises):
                    ctx.used.update(j for j in range(promises[0], promises[-1] + 1) if blocks[j].kind == "item")
                    found.extend(take_lines(ctx, promises, "commitment-charter-item", 0.7, heading_tf))
            if k not in ctx.used and _COMMITTED_LINE.match(content) and len(content.split()) >= 5:
                # "We are committed to the principles of a good death" set as a title over what
                # they are: the line itself commits
                ctx.used.add(k)
                st = ctx.statement("commitment", block.start, block.end, "commitment-heading", 0.6,
                                   timeframe=heading_tf)
                if st is not None:
                    found.append(st)
            continue
        if block.kind != "item":
            in_list = False
        if k in ctx.used:
            if block.kind == "para" and _WILL_TO_LEAD.search(content):
                # a lead-in taken as a mission: its list still holds the commitments
                in_list = k + 1 < len(blocks) and blocks[k + 1].kind == "item"
                list_tf = timeframe_of(content) or heading_tf
                found.extend(_taken_lead_actions(ctx, k, heading_tf))
            continue
        if ctx.is_lead_in(k) and k + 1 < len(blocks) and blocks[k + 1].kind == "item":
            in_list = bool(COMMIT_LEAD.search(content) or THIRD_PERSON_COMMIT_LEAD.search(content)
                           or _WE_ARE_DOING.search(content.rstrip(" *_")) and _gerund_entries(ctx, k)) \
                and not _NATIONAL_LEAD.search(content) \
                and not MEASURES_LEAD.search(content) \
                and not NOT_COMMIT_LEAD.search(content.rstrip(" *_")) \
                and not NO_PROMISE_LEAD.fullmatch(content.rstrip(" *_")) \
                and not ENABLERS_LEAD.search(content) \
                and not _JOINER_LEAD.search(content) \
                and not (_VEHICLES_LEAD.search(content.rstrip(" *_")) and _noun_entries(ctx, k))
            list_tf = timeframe_of(content) or heading_tf
            ctx.used.add(k)
            found.extend(_before_lead(ctx, k, heading_tf))
            continue
        if ctx.is_lead_in(k) and COMMIT_LEAD.search(content) and not MEASURES_LEAD.search(content) \
                and not CULTURE.search(content):
            bare = [j for j in bare_list_after(ctx, k, len(blocks)) if j not in ctx.used]
            if bare and (all(_ACRONYM_LINE.match(ctx.content(j)) for j in bare)
                         or NO_PROMISE_LEAD.fullmatch(content.rstrip(" *_"))):
                # "We will ALWAYS :" over "A Ask your opinion ...", "L Listen to you ...": the
                # values spelt out as an acronym's actions, behaviours (round 26); "We will
                # not:" over what the organisation refuses to do (dev set 8)
                ctx.used.add(k)
                ctx.used.update(bare)
                continue
            if bare:
                ctx.used.add(k)
                found.extend(_before_lead(ctx, k, heading_tf))
                found.extend(take_lines(ctx, bare, "commitment-line", 0.7, timeframe_of(content) or heading_tf))
                continue
        if block.kind == "item":
            begin = commitment_start(ctx.text, block.start, block.end)
            if in_list or is_commitment_sentence(content) and (ctx.text[begin : block.end].lower().startswith("we")
                                                                or _OUR_PEOPLE_WILL.match(ctx.text, begin, block.end)
                                                                or _CLAUSE_THEN_WE.match(ctx.text, begin, block.end)
                                                                or _WE_WILL_LATER.match(ctx.text, begin, block.end)
                                                                and _among_promises(ctx, k)):
                ctx.used.add(k)
                st = ctx.statement("commitment", begin,
                                   block.end, "commitment-item",
                                   0.85 if in_list else 0.7,
                                   timeframe=list_tf if in_list else heading_tf)
                if st is not None:
                    found.append(st)
            continue
        found.extend(sentence_commitments(ctx, block.start, block.end, heading_tf, 0.7))
    return found


# "Our staff will always treat you with respect" as a list entry (exam 48, after its run)
_OUR_PEOPLE_WILL = re.compile(r"\s*our\s+" + OUR_PEOPLE + r"\s+will\b", re.IGNORECASE)


def _before_lead(ctx: Context, index: int, heading_tf: str | None) -> list[Statement]:
    """The commitments a lead-in paragraph states before its own last sentence ("To support
    this vision, we will strive to achieve ... sustainability. We will be:", exam 31)."""
    block = ctx.blocks[index]
    sentences = ctx.sentences(block.start, block.end) if block.kind == "para" else []
    if len(sentences) < 2:
        return []
    return sentence_commitments(ctx, block.start, sentences[-1][0], heading_tf, 0.7)


# "Our plan must also show how we will meet the Minister's priorities for NHS Wales:": the
# national priorities, listed, are not the organisation's commitments (round 39)
_NATIONAL_LEAD = re.compile(r"\b(?:minister(?:['’]s)?|ministerial|cabinet\s+secretary|(?:welsh|scottish|uk)\s+government(?:['’]s)?)\b"
                            r"|\bnational\s+(?:priorities|outcomes|goals|targets)\b", re.IGNORECASE)
_WILL_HEADING = re.compile(r"(?:together|this\s+year|in\s+the\s+year\s+ahead|next\s+year)?,?\s*we\s+will\s*:?", re.IGNORECASE)
# "What You Should Reasonably Expect From The Doctors And Staff", "What patients can expect from
# us": a practice charter's title over its promises (not "What we expect from you")
_EXPECT_HEADING = re.compile(r"what\s+(?:you|patients|our\s+patients)\s+(?:can|should|will)\s+(?:reasonably\s+)?expect"
                             r"(?:\s+(?:from|of)\s+(?:us|the\s+(?:practice|surgery|doctors?|staff|team)\b)[\w\s&]{0,40})?\s*:?",
                             re.IGNORECASE)
_QUARTER = re.compile(r"\s*(?:quarter\s+(?:one|two|three|four|[1-4])|q[1-4])\b(?![^\n]{60})", re.IGNORECASE)
# "When you join Kittiwake, we will:": an offer to the staff a careers page recruits (round 44)
_JOINER_LEAD = re.compile(r"\b(?:when|once|if)\s+you\s+(?:join|come\s+to\s+work|start)\b", re.IGNORECASE)
# "Learning from the COVID-19 pandemic, we will lead ...": an opening clause, then the commitment
# (an item of a list under a topic; exam 32, after its run)
_CLAUSE_THEN_WE = re.compile(r"[^.;:\n]{3,120}?,\s*we\s+(?:will|shall|are\s+committed\s+to)\b", re.IGNORECASE)
# a bullet whose later sentence is the promise: "Any advice on treatment will be based on clinical
# need. We will always be willing to explain our findings ..." (the bullet whole, dev set 14)
# (not "Joined up. We will co-ordinate ...": a name and its promise)
_WE_WILL_LATER = re.compile(r"\s*[^\s.!?]+(?:\s+[^\s.!?]+){3,}[.!?]\s+we\s+will\b", re.IGNORECASE)


def _among_promises(ctx: Context, k: int) -> bool:
    """A list entry next to one that is a "We will ..." promise of its own (a charter's list),
    and no "We will need ..." forecast itself."""
    if re.search(r"\bwe\s+will\s+(?:need|have\s+to)\b", ctx.content(k), re.IGNORECASE):
        return False
    return any(0 <= j < len(ctx.blocks) and ctx.blocks[j].kind == "item" and WILL_START.match(ctx.content(j))
               for j in (k - 1, k + 1))


_ACRONYM_LINE = re.compile(r"\s*[A-Z][ \t]+[A-Z][a-z]")
_COMMITTED_LINE = re.compile(r"\s*we(?:['’]re|\s+are)\s+(?:fully\s+|deeply\s+)?committed\s+to\b[^.!?:]*[.!]?\s*$",
                             re.IGNORECASE)


def _year_heading(text: str) -> bool:
    """A short heading naming a period ("2025/26", "In the year ahead"); not a day's date ("1 May
    2011", a document's cover date: round 16's page, rule written in round 43) nor a look back
    ("Key achievements in 2024/25")."""
    return timeframe_of(text) is not None and len(text.split()) <= 8 and not _DAY_DATE.search(text) \
        and not LOOKING_BACK.search(text)



_DAY_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b",
                       re.IGNORECASE)


# "Using our clinical knowledge we will work with our partners to:": the organisation's own
# infinitive lead-in, whatever took the line itself (a mission heading over it, say)
_WILL_TO_LEAD = re.compile(r"\bwe\s+will\b[^.!?:]*\b(?:to|by)\s*:\s*$"  # (or "by:", dev set 10)
                           # ("Mission Statement The Trust is committed to ... Our staff will:", exam 38 after its run)
                           r"|[.!?]\s+(?:we|our\s+(?:staff|teams?|people))\s+will\s*:\s*$"
                           # "To promote the needs of ... by:" taken as the mission, over "Widening
                           # access ...", "Ensuring equality ...": the ways it is carried out are
                           # commitments (exam 46, after its run, as dev set 10's "We will ... by:")
                           r"|^\s*(?:to|our\s+(?:mission|purpose)\s+is\s+to)\s[^:]*\bby\s*:\s*$", re.IGNORECASE)


# "We will deliver this through:" over the bodies and plans that carry the work ("the Mental Health
# and Well-being Network", "Culture Strategy"): the vehicles, not promises (exam 75, after its run)
_VEHICLES_LEAD = re.compile(r"\bwe\s+will\s+(?:deliver|achieve|do)\s+(?:this|these|them|it)\s+through\s*:\s*$", re.IGNORECASE)
# "Between now and 2025, we're:" over "Demanding improvements to services ...", "Campaigning for
# ...": what the body is doing, its commitments (exam 74, after its run)
_WE_ARE_DOING = re.compile(r"\bwe(?:['’]re|\s+are)\s*:\s*$", re.IGNORECASE)


def _gerund_entries(ctx: Context, lead: int) -> bool:
    """Every entry of the list under ``lead`` opens with an -ing verb ("Demanding ...")."""
    entries = ctx.entries_after(lead)
    return len(entries) >= 2 and all(re.match(r"\s*[A-Za-z]+ing\s+\w", ctx.content(k)) for k in entries)


_DETERMINERS = frozenset("the our a an their its local national regional".split())


def _noun_entries(ctx: Context, lead: int) -> bool:
    """Every entry of the list under ``lead`` names a thing (a body, a plan), none an action."""
    entries = ctx.entries_after(lead)
    for k in entries:
        words = ctx.content(k).split()
        if not words:
            return False
        first = words[0]
        if not (first.lower() in _DETERMINERS or first[:1].isupper() and not first.lower().endswith("ing")):
            return False
    return bool(entries)


def _taken_lead_actions(ctx: Context, index: int, heading_tf: str | None) -> list[Statement]:
    """The unmarked action lines that finish a "we will ... to:" lead-in another extractor took
    as a whole (a mission written as "we will work with our partners to:" over "Commission
    ...", "Involve ..."): each line is a commitment, though only the lead-in says "we will"."""
    items = ctx.items_after(index)
    if len(items) >= 2 and all(ctx.blocks[k].depth == 0 for k in items):
        # ("We will improve ... in our communities by:" as the mission, over its bullets, which
        # the mission's heading took with it, dev set 10)
        ctx.used.update(items)
        return take_lines(ctx, items, "commitment-taken-lead-item", 0.6, timeframe_of(ctx.content(index)) or heading_tf)
    lines: list[int] = []
    j = index + 1
    by_means = ctx.content(index).rstrip().endswith("by:")
    # (the ways after a "... by:" lead-in were set aside by the mission's reader, vision._take_means)
    while j < len(ctx.blocks) and (j not in ctx.used or by_means) \
            and (_action_line(ctx, j) or by_means and _means_line(ctx, j)):
        lines.append(j)  # one a paragraph, blank lines between or not: up to the first prose
        j += 1
    if len(lines) < 2:
        return []
    return take_lines(ctx, lines, "commitment-taken-lead-line", 0.6, timeframe_of(ctx.content(index)) or heading_tf)


def _means_line(ctx: Context, index: int) -> bool:
    """A paragraph that opens with a capitalised -ing verb ("Providing high quality clinical and
    social support ... . By maintaining our independence, ..."): one way of a "... by:" lead-in,
    however many sentences it runs to (three at most)."""
    block = ctx.blocks[index]
    words = ctx.content(index).split()
    return block.kind == "para" and bool(words) and re.fullmatch(r"[A-Z][a-z]{2,}ing,?", words[0]) is not None \
        and words[0].lower().rstrip(",") not in _NOUN_INGS and not re.search(r"\d", " ".join(words[:6])) \
        and len(words) <= 70 and len(ctx.sentences(block.start, block.end)) <= 3


# -ing words that open a paragraph as nouns or prepositions, not as ways of doing something
_NOUN_INGS = frozenset(ING_NOUNS) | frozenset("during morning evening building fundraising according regarding "
                                               "including following".split())


def _action_line(ctx: Context, index: int) -> bool:
    """One sentence that starts with a capitalised verb ("Commission excellent healthcare ...")."""
    block = ctx.blocks[index]
    words = ctx.content(index).split()
    return block.kind == "para" and bool(words) and words[0][:1].isupper() \
        and words[0].lower().strip("‘'\"“") not in NOT_ACTION_START and len(words) <= 30 \
        and len(ctx.sentences(block.start, block.end)) == 1
