"""Goals (goals, strategic objectives, aims, ambitions, pillars; named priorities) and the
statements under each.

Conventions (the gold files in ``tests/extraction/`` follow them):

- A goal's name is its own heading or short name, numbering and labels removed: "1. Great
  care" -> "Great care"; "Strategic aim 2 – Improve access" -> "Improve access"; for a label
  line that runs on, "Goal 1: we will co-create high quality care. Therefore, ..." -> the first
  sentence after the label, "we will co-create high quality care".
- "Name – description" as one list item: the name is the goal, the description its statement.
- A goal's statements are the list items under it (nested items too), the commitment sentences
  ("we will ...") of the paragraphs under it, or, when it has neither, its one short paragraph.
  Lead-in lines ("In the year ahead we will:") are not statements; they give the timeframe.
- A section of "priorities" whose entries are short names (titles) holds goals; one whose
  entries are sentences holds commitments. A section of commitments, promises or pledges holds
  commitments. A year heading ("2024/25") under priorities gives its items that timeframe.
- Topic headings with a "we will" list under each (two or more of them, as a strategy's pillars
  often are) are goals too, named by their headings (see ``themed_goals``).
- A numbered item whose first sentence is short names its goal by that sentence; the "we will"
  sentences after it are the goal's statements. Bullets "Name: We will ..." (two or more, under
  no section) are goals named Name. A paragraph over "We will do this by:" restates its goal.
- Goals named inline: "our four strategic priorities – A, B, C and D – ...", "the five strategic
  priorities are a, b and c", "our four ‘P’s which are A, B, C and D" (as many as the count),
  "our plan is centred around the key themes of A, B, and C".
- "Name – we will:" lead-ins over lists (two or more) are goals named Name; objectives written
  as sentences, each over a "Priorities" (or "Key actions") sub-heading and a list, are goals
  named by the sentences; "Working together to:" over a list, right after a paragraph that ends
  on "these objectives", lists the objectives. A graphic copied as two columns (three or more
  short labels, then as many lower-case descriptions) after a line about the goal: goals with
  the descriptions, in order, as their statements.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from strategygraph.extract.common import (
    BARE_WE_WILL,
    CASE_STUDY,
    COMMIT_LEAD,
    DASH_ENTRY,
    I_STATEMENT,
    LOOKING_BACK,
    MEASURES_LEAD,
    NOT_ACTION_START,
    NOT_COMMIT_LEAD,
    PIPE_CELL,
    Context,
    action_run,
    bare_list_after,
    commitment_start,
    count_of,
    is_commitment_sentence,
    is_org_name,
    number_in,
    speech_end,
    speech_start,
    split_name,
    split_title_comma,
    tab_cells,
    take_lines,
    timeframe_of,
    title_like,
)
from strategygraph.extract.sections import Section, body_end, role_of
from strategygraph.model import Statement
from strategygraph.segment import table_header

_LABEL = re.compile(
    # "Well-being objective 1:" (a Welsh board's objectives under the Well-being of Future
    # Generations Act, round 29)
    r"\s*(?:(?:our|strategic|key|corporate|well-?being|equality|shared|joint)\s+)?(?:strategic\s+)?"
    r"(?:(?:goal|aim|objective|ambition|pillar|priority|theme|outcome|commitment|promise|pledge"
    r"|number(?=\s+\w+[ \t]*$))"  # "Number one" alone on its line, over the goal it numbers
    r"\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4}|[a-e])\b"
    r"|(?:goals|aims|objectives|ambitions|priorities|themes|outcomes|commitments|promises|pledges)"
    r"\s+\d{1,2}\s*(?:to|-|–|—|and)\s*\d{1,2}\b"  # "Promises 1 to 5" over their group
    # no number: "Ambition: Care closer to home", "Priority – Timely help"
    r"|(?:goal|aim|objective|ambition|pillar|priority|theme)(?=\s*:|\s+[–—-]\s))"
    r"[\s:.)|–—-]*",  # "Ambition 1 | Every child ready for school": the bar too
    re.IGNORECASE,
)
# "SO1: Name", "SA 2 – Name"; "SO1 Deliver safe care" (round 30: the code glued to its
# number, then a space and the capitalised name)
_CODE_LABEL = re.compile(r"\s*(?:[A-Z]{1,3} ?\d{1,2}\s*[:.–—-]\s*|[A-Z]{1,3}\d{1,2}[ \t]+(?=[A-Z][a-z]))")
_NUMBERING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)])\s+")
_YEAR_ONLY = re.compile(
    r"^\s*(?:in|for|during|by)?\s*(?:20\d\d\s*(?:/|-|–|to)\s*(?:20)?\d\d|20\d\d)\b.{0,25}$", re.I
)
_GENERIC = re.compile(
    r"\b(?:strategy|plan|introduction|about|overview|summary|welcome|foreword|background|"
    r"contents|on this page|next steps|get involved|contact|looking (?:forward|ahead|back)|"
    r"year ahead|how we|why we|what we (?:will|are going|plan)|further information|more information|find out|"
    r"download|related|news|resources|consultation|feedback|engagement|conclusion|videos?|"
    r"gallery|podcasts?|images?"
    # a GP practice's charter: "Our Practice Charter", "What you can expect from us" over "We will:"
    # lists (commitments), "What we expect from you" (round 57)
    r"|charter|what\s+(?:you|patients)\s+can\s+expect|what\s+we\s+(?:expect|ask)\s+(?:of|from)\s+you)\b",
    re.IGNORECASE,
)
_SHORT_BODY = 40
# "Building and sharing evidence around engagement": a title led by what the organisation does,
# a topic word later in it ("engagement", "feedback") does not make it a generic heading (exam 31)
_ACTION_TITLE = re.compile(r"\s*(?!(?:looking|getting|finding|having|delivering|developing|implementing|"
                           r"introducing|welcoming|shaping|reading|downloading|contacting|measuring|refreshing|reviewing|updating|"
                           r"monitoring|reporting)\b)"
                           r"[A-Z][a-z]+ing(?:\s+(?:and|&)\s+[a-z]+ing)?(?:\s+[\w’'-]+){2,9}\s*$")
_MEDIA = re.compile(r"\s*(?:videos?|gallery|photos?|images?|podcasts?|downloads?)\s*:?\s*$", re.IGNORECASE)
_BY_LEAD = re.compile(r"\b(?:do|achieve|deliver)\s+(?:this|these|it|them)\s+by\s*:\s*$", re.IGNORECASE)


# what a label's sentence says its goal is about (round 30's rule (f))
_LINKING_VERB = re.compile(r"\s*(?:centres|centers|focuses|focusses|concentrates|is\s+focused)\s+on\s+(?:the\s+)?", re.IGNORECASE)


def goal_name(ctx: Context, index: int) -> tuple[Statement | None, int | None]:
    """The goal a heading or item names, and the index of a following line used for the name."""
    block = ctx.blocks[index]
    start, end = block.start, block.end
    label = _LABEL.match(ctx.text, start, end) or _CODE_LABEL.match(ctx.text, start, end)
    if label and label.end() > start:
        start = label.end()
        if start >= end or not ctx.text[start:end].strip(" :.–—-"):
            nxt = index + 1
            if nxt < len(ctx.blocks) and ctx.blocks[nxt].kind in ("heading", "para") and (
                len(ctx.content(nxt).split()) <= 15 or _one_sentence(ctx, nxt)
            ) and role_of(ctx, nxt) is None:
                nb = ctx.blocks[nxt]
                s, e = ctx.sentences(nb.start, nb.end)[0]
                return ctx.statement("goal", s, e, "goal-label-next", 0.85, strip=".:;,–—-"), nxt
            return ctx.statement("goal", block.start, block.end, "goal-label", 0.6, strip=":–—-"), None
        linking = _LINKING_VERB.match(ctx.text, start, end)
        if linking is not None and linking.end() < end:
            start = linking.end()  # "Priority two centres on workforce transformation ...": the phrase
        first = ctx.sentences(start, end)[0]
        dash = _LABEL_NAME_DASH.match(ctx.text, first[0], first[1])
        if dash is not None:
            # "Ambition 1: Start well – give every child the best start in life": the name, and
            # what it means as the goal's statement (round 55)
            goal = ctx.statement("goal", dash.start("name"), dash.end("name"), "goal-label-dashed", 0.85)
            desc = ctx.statement("commitment", dash.end(), end, "goal-description", 0.75)
            if goal is not None and desc is not None:
                goal.statements.append(desc)
            return goal, None
        goal = ctx.statement("goal", first[0], first[1], "goal-label", 0.9, strip=".:;,–—-")
        return goal, None
    if _MEDIA.match(ctx.text, start, end):
        return None, None  # "Videos" over the goals' clips: page furniture
    numbering = _NUMBERING.match(ctx.text, start, end)
    if numbering and block.kind == "heading":
        start = numbering.end()
    rule = "goal-heading" if block.kind == "heading" else "goal-item"
    return ctx.statement("goal", start, end, rule, 0.9, strip=".:;,–—-"), None


_LABEL_NAME_DASH = re.compile(r"[ \t]*(?P<name>[A-Z][\w’'&-]*(?:[ \t]+[\w’'&-]+){0,5})[ \t]+[–—-][ \t]+(?=\w)")


def label_name(ctx: Context, index: int) -> str:
    """The words a label line gives after its label ("Goal 1: Safe care" -> "Safe care"; "" for
    a bare "Strategic Goal 5")."""
    block = ctx.blocks[index]
    label = _LABEL.match(ctx.text, block.start, block.end) or _CODE_LABEL.match(ctx.text, block.start, block.end)
    start = label.end() if label else block.start
    return ctx.text[start : block.end].strip(" :.–—-")


def _one_sentence(ctx: Context, index: int) -> bool:
    """One sentence of at most 25 words: the name a bare label ("Number four") stands over."""
    block = ctx.blocks[index]
    return len(ctx.sentences(block.start, block.end)) == 1 and len(ctx.content(index).split()) <= 25


def _named_item(ctx: Context, index: int, rule: str) -> tuple[Statement | None, Statement | None]:
    """A list item as a goal: "Name – description" gives the description as its statement."""
    block = ctx.blocks[index]
    start = block.start
    label = _LABEL.match(ctx.text, start, block.end) or _CODE_LABEL.match(ctx.text, start, block.end)
    if label and block.start < label.end() < block.end:
        start = label.end()  # "Priority 1: Start Well", "SO1   Excellent care: ...": the label is not the name
    numbering = _NUMBERING.match(ctx.text, start, block.end) if block.kind == "item" else None
    if numbering and numbering.end() < block.end:
        start = numbering.end()  # "• 1. Deliver ...": a number written inside a bullet (round 48)
    split = split_name(ctx.text, start, block.end, 8)
    if split is None and block.kind == "item":
        comma = split_title_comma(ctx.text, start, block.end)
        split = (comma[0], comma[1], 0) if comma else None
    if split is None and start > block.start and len(ctx.text[start : block.end].split()) <= 8:
        return ctx.statement("goal", start, block.end, rule + "-labelled", 0.85, strip=".:;–—-"), None
    if split is not None:
        name_end, desc_start, _ = split
        goal = ctx.statement("goal", start, name_end, rule + "-named", 0.85, strip=":–—-")
        desc = ctx.statement("commitment", desc_start, block.end, "goal-description", 0.8)
        if desc is not None and len(desc.text.split()) < 2:
            desc = None
        return goal, desc
    sentences = ctx.sentences(start, block.end)
    if block.kind == "item" and len(sentences) >= 2 \
            and len(ctx.text[sentences[0][0] : sentences[0][1]].split()) <= _TITLE_SENTENCE:
        # "1. We will be known for our excellence. Our patients ... We will improve ...": the
        # first sentence names the goal; the commitments after it are its statements
        goal = ctx.statement("goal", sentences[0][0], sentences[0][1], rule + "-first-sentence",
                             0.7, strip=".:;–—-")
        if goal is not None:
            goal.statements.extend(_tail_statements(ctx, sentences[0][1], block.end))
            if not goal.statements and not is_commitment_sentence(goal.text) \
                    and len(ctx.text[sentences[0][0] : sentences[0][1]].split()) <= 6:
                # "Reduce health inequalities. Everyone should have ... We look for ways to
                # ...": a short name, then what it means (as "Name – description")
                desc = ctx.statement("commitment", sentences[1][0], block.end,
                                     "goal-description", 0.7)
                if desc is not None:
                    goal.statements.append(desc)
            return goal, None
    goal, _ = goal_name(ctx, index)
    return goal, None


_TITLE_SENTENCE = 12


def statements_in(ctx: Context, first: int, stop: int, timeframe: str | None) -> list[Statement]:
    """A goal's statements in blocks [first, stop): items, "we will" sentences, a short para."""
    found: list[Statement] = []
    paras: list[int] = []
    silent = -1  # the first paragraph, when it held no commitment sentence
    current_tf = timeframe
    measuring = False
    for k in range(first, stop):
        if k in ctx.used:
            continue
        block = ctx.blocks[k]
        if block.kind != "item" and CASE_STUDY.match(ctx.content(k)):
            break  # "Case study: getting home sooner": a story after the goal, not its body
        ctx.used.add(k)
        if ctx.is_lead_in(k) or (block.kind == "heading" and not block.label):
            # (measures, and "What we achieved in 2024/25" over last year's results: neither, round 49)
            measuring = bool(MEASURES_LEAD.search(ctx.content(k)) or LOOKING_BACK.search(ctx.content(k)))
            current_tf = timeframe_of(ctx.content(k)) or current_tf
            if ctx.is_lead_in(k) and not measuring and k + 1 < stop and ctx.blocks[k + 1].kind != "item":
                # "Priorities for 2025/26:" over lines whose markers were lost: the goal's statements
                lines = list(takewhile(lambda j: j not in ctx.used, action_run(ctx, bare_list_after(ctx, k, stop))))
                found.extend(take_lines(ctx, lines, "goal-line", 0.7, current_tf))
            continue
        if measuring:
            continue
        if block.kind == "item" and I_STATEMENT.match(ctx.content(k)):
            continue  # "I will know who to call": a service user's hope, not a statement (round 40)
        if block.kind == "item":
            st = ctx.statement("commitment", block.start, block.end, "goal-item", 0.9,
                               strip=";", timeframe=current_tf)
            if st is not None:
                found.append(st)
            continue
        if block.kind == "heading" and not block.explicit and block.label:
            continue
        if _claimed_elsewhere(ctx, k):
            ctx.used.discard(k)
            continue
        if _EXAMPLE.match(ctx.content(k)):
            continue  # "For example, we are providing evidence ...": an example, not a statement
        if k == ctx.cut:
            continue  # a paragraph the excerpt cuts short: not part of the goal's body (exam 32)
        reason = _REASON_LABEL.match(ctx.text, block.start, block.end)
        if reason is not None:
            # "Chosen because: we are committed to working with ...": why the goal was chosen,
            # no statement, but a commitment inside it is one, from its "we" (exam 32)
            for s, e in ctx.sentences(reason.end(), block.end):
                if is_commitment_sentence(ctx.text[s:e]):
                    st = ctx.statement("commitment", commitment_start(ctx.text, s, e), e, "goal-reason-sentence",
                                       0.7, timeframe=current_tf)
                    if st is not None:
                        found.append(st)
            continue
        paras.append(k)
        if k + 1 < stop and ctx.is_lead_in(k + 1) and _BY_LEAD.search(ctx.content(k + 1)):
            continue  # "We will provide the Best Care ..." over "We will do this by:" restates
            # the goal; the items under the lead-in are its statements
        before = len(found)
        for s, e in ctx.sentences(block.start, block.end):
            sentence = ctx.text[s:e]
            if is_commitment_sentence(sentence):
                # the quoted words, not who said them; not a "**What we will do:**" label (round 40)
                s = speech_start(ctx.text, commitment_start(ctx.text, s, e), e)
                e = speech_end(ctx.text, s, e)
                st = ctx.statement("commitment", s, e, "goal-sentence", 0.8,
                                   timeframe=_sentence_timeframe(sentence) or current_tf)
                if st is not None:
                    found.append(st)
        if len(paras) == 1 and len(found) == before:
            silent = k
    if found and paras and silent == paras[0] and _imperative(ctx, silent) and (
            len(paras) >= 2 or len(ctx.content(silent).split()) <= 25
            and ctx.blocks[silent].end <= found[0].span.start and silent == first
            and not re.match(r"\W*\w+(?:\s+\w+){0,3}\s+(?:means|is|are|was|were|has|have)\b", ctx.content(silent))):
        # (one such line over a "We will:" list, round 41's people priorities, too)
        # "Learning culture" / "Engage and empower staff in ..." / "We will work with ...": the
        # title's own description, an action with no "we will", is its statement too (round 28)
        block = ctx.blocks[silent]
        st = ctx.statement("commitment", block.start, block.end, "goal-paragraph", 0.6,
                           timeframe=timeframe)
        if st is not None:
            found.insert(0, st)
    if not found and len(paras) == 1:
        block = ctx.blocks[paras[0]]
        if block.kind == "para" and len(ctx.content(paras[0]).split()) <= _SHORT_BODY:
            end = block.end
            sentences = ctx.sentences(block.start, block.end)
            while len(sentences) > 1 and _POINTER.match(ctx.text, *sentences[-1]):
                # "... where they can thrive. Find out more in our People Plan and watch our
                # video series.": the pointer to another page is not part of the statement
                sentences.pop()
                end = sentences[-1][1]
            st = ctx.statement("commitment", block.start, end, "goal-paragraph", 0.6,
                               timeframe=timeframe)
            if st is not None:
                found.append(st)
    return found


# the first words of prose, and of the descriptive phrases ("Every patient ...") that are no action
_PROSE_START = NOT_ACTION_START | frozenset("every each all some many most no one".split())


def _commitment_titles(ctx: Context, section: Section) -> list[Statement]:
    """A commitments heading over bare lines, each an action read as a title because it has no
    stop ("Multi-year commitments" / "Shift care from hospital to community" / "Value our
    people" / ...): each line is a commitment (round 31)."""
    children = []
    k = section.heading + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind == "heading" and not ctx.blocks[k].explicit \
            and not ctx.blocks[k].label and _action_line(ctx.content(k)) and not _YEAR_ONLY.match(ctx.content(k)):
        children.append(k)
        k += 1
    if len(children) < 2:
        return []
    found = []
    for k in children:
        ctx.used.add(k)
        block = ctx.blocks[k]
        st = ctx.statement("commitment", block.start, block.end, "commitment-title-line", 0.7,
                           timeframe=section.timeframe)
        if st is not None:
            found.append(st)
    return found


def _action_line(content: str) -> bool:
    """A line that opens with a verb: "Improve speed of access ...", not "Our People"."""
    words = content.split()
    return len(words) >= 2 and _verb_first(words) and words[0].strip(",;:").isalpha() \
        and not _FINITE.search(content)


def _verb_first(words: list[str]) -> bool:
    """The first word, capitalised, reads as a verb: not a determiner, pronoun or conjunction
    (``_PROSE_START``), nor an "-ing", "-ed" or "-s" form."""
    first = words[0].lower().strip(",;:") if words else ""
    return bool(words) and words[0][:1].isupper() and first not in _PROSE_START \
        and not first.endswith(("ing", "ed", "s"))


def _imperative(ctx: Context, index: int) -> bool:
    """A short paragraph of one or two sentences that opens with a verb ("Engage and empower
    staff ...", "Address inequalities ...")."""
    block = ctx.blocks[index]
    words = ctx.content(index).split()
    return block.kind == "para" and _verb_first(words) and words[0][-1:].isalpha() \
        and len(words) <= _SHORT_BODY and len(ctx.sentences(block.start, block.end)) <= 2 \
        and not _FINITE.search(ctx.text, *ctx.sentences(block.start, block.end)[0])


# a subject's verb in the opening sentence ("Every patient will be seen ..."): not an action
_FINITE = re.compile(r"\b(?:will|is|are|was|were|has|have|can|could|should|must|may|would|shall)\b"
                     r"|[’']ll\b|\.(?:jpe?g|png|gif|svg)\b", re.IGNORECASE)


_POINTER = re.compile(r"\s*(?:(?:to\s+)?(?:find|found)\s+out\s+more|read\s+more|learn\s+more|more\s+information"
                      r"|(?:you\s+can\s+)?(?:watch|download|read|view|visit|see)\s+(?:our|the|a|more)\b"
                      r"|click\b)", re.IGNORECASE)
_EXAMPLE = re.compile(r"\s*(?:for\s+example|for\s+instance|e\.g\.)[\s,:]", re.IGNORECASE)


def _claimed_elsewhere(ctx: Context, index: int) -> bool:
    """A paragraph that states the vision, mission or values, not a goal's statement."""
    from strategygraph.extract import values as values_mod
    from strategygraph.extract import vision as vision_mod

    block = ctx.blocks[index]
    content = ctx.content(index)
    return bool(vision_mod._LABELLED.match(content) or vision_mod._SENTENCE.match(content)
                or values_mod._INLINE.search(ctx.text, block.start, block.end))


def _sentence_timeframe(sentence: str) -> str | None:
    """A timeframe stated before the commitment ("Over the next five years, we will ...")."""
    from strategygraph.extract.common import COMMIT, TIMEFRAME

    trigger = COMMIT.search(sentence)
    limit = trigger.start() if trigger else len(sentence)
    match = TIMEFRAME.search(sentence, 0, limit)
    return re.sub(r"\s+", " ", match.group(0)).strip().lower() if match else None


_IMPERATIVE = frozenset(
    "achieve agree attract become bring build continue create cut deliver develop embed empower "
    "enable ensure establish expand focus give grow help implement improve increase introduce "
    "invest involve keep launch listen maintain make move offer open prevent promote protect "
    "provide reach recruit reduce respond retain roll set shift strengthen support tackle "
    "transform treat use work".split()
)


def _not_goal_runs(ctx: Context, first: int, end: int) -> set[int]:
    """The entries of lists led in by "The challenges include:" (not goals); one pass."""
    found: set[int] = set()
    skipping = False
    for k in range(first + 1, end):
        if ctx.blocks[k].kind != "item":
            skipping = ctx.is_lead_in(k) and bool(
                NOT_COMMIT_LEAD.search(ctx.content(k).rstrip(" *_")))
        elif skipping:
            found.add(k)
    return found


def _titles_with_bodies(ctx: Context, top: list[int], end: int) -> bool:
    """Numbered short entries each over its own text ("1. Be the employer of choice" / prose /
    bullets): titled goals, even when the titles read as actions."""
    if len(top) < 2 or any(ctx.blocks[k].marker_class != "number" for k in top):
        return False
    bounds = top[1:] + [end]
    return all(stop > k + 1 and len(ctx.content(k).split()) <= 12
               and not ctx.content(k).rstrip(" *_").endswith(".")
               for k, stop in zip(top, bounds, strict=True))


_NUMBERED_TITLE = re.compile(r"[ \t]*(?:\d{1,2}[.):]|\(\d{1,2}\))[ \t]+\S")


def _numbered_run(ctx: Context, children: list[int], end: int) -> tuple[list[int], int]:
    """Numbered sub-headings ("1. Outstanding care", "2. Research") then unnumbered ones
    ("Partners"): the numbering says where the goals end; the rest is other text."""
    numbered = [bool(_NUMBERED_TITLE.match(ctx.text, ctx.blocks[c].start, ctx.blocks[c].end))
                for c in children]
    if len(children) < 3 or not numbered[0] or all(numbered):
        return children, end
    gap = numbered.index(False)
    if gap < 2 or any(numbered[gap:]):
        return children, end
    return children[:gap], children[gap]


# "They are to:" / "These are:": a lead-in that only points back at the section's priorities
_POINTING_LEAD = re.compile(r"\s*(?:they|these)\s+are(?:\s+to)?\s*:\s*", re.IGNORECASE)


# "It outlines our priorities (our ‘missions’) which are to:", "... our shared priorities,
# which are to:", "... 6 short term priorities and objectives which are:": the lead-in's own
# sentence says the priorities are the items (round 26, exam 31)
_PRIORITIES_ARE_TO = re.compile(
    r"\bpriorities\b[^.!?:;]{0,60}?(?:\b(?:which|that)?\s*are\s+to|\b(?:which|that)\s+are)\s*:$"
    # "The six priorities are summarised below:" (exam 32, after its run)
    r"|\b(?:priorities|objectives|goals|aims)\s+are\s+(?:summari[sz]ed|set\s+out|listed|shown|described)\s+below\s*:$",
    re.IGNORECASE)
_WE_WILL = re.compile(r"\bwe(?:\s+will|['’]ll|\s+shall)\b", re.IGNORECASE)


def _names_the_list(ctx: Context, first: int) -> bool:
    """The line over a priorities list says the items are the priorities themselves ("They are
    to:", "... our priorities, which are to:"), with no "we will": the items are goals, even
    when they read as actions."""
    lead = first - 1
    if lead < 0 or ctx.blocks[lead].kind != "para":
        return False
    content = ctx.content(lead).strip(" *_")
    block = ctx.blocks[lead]
    sentences = ctx.sentences(block.start, block.end)
    last = ctx.text[sentences[-1][0] : sentences[-1][1]].strip(" *_") if sentences else content
    if _POINTING_LEAD.fullmatch(last) is not None:
        return True  # ("... our strategic objectives ... They are to:" in one paragraph)
    return _PRIORITIES_ARE_TO.search(last) is not None and not _WE_WILL.search(last)


def _counted_named_list(ctx: Context, items: list[int]) -> bool:
    """"... sets four priorities for the next three years:" over as many "Better care – improving
    ..." entries: named priorities, goals, though the lead-in says "priorities for" (round 47)."""
    lead = items[0] - 1
    if len(items) < 2 or lead < 0 or ctx.blocks[lead].kind != "para" or number_in(ctx.content(lead)) != len(items):
        return False
    return all(DASH_ENTRY.match(ctx.content(k)) or _DASHED_NAME.match(ctx.content(k)) for k in items) \
        or all(_GERUND_NAME.fullmatch(ctx.content(k)) for k in items)  # ("Giving people faster access to help in a crisis", round 52)


_GERUND_NAME = re.compile(r"\s*[A-Z][a-z]+ing\b[^.;:!?]{3,100}")
# a name of up to eight words before a spaced dash ("Better access to GP practices and dentists – so ...")
_DASHED_NAME = re.compile(r"\s*[A-Z][\w’'-]*(?:[ \t]+[\w’'&-]+){0,7}[ \t]+[–—][ \t]+\S")


def _titled_pairs(ctx: Context, section: Section) -> bool:
    """Two or more short titles (four words at most, no stop), each right over one paragraph."""
    children = section.children
    if len(children) < 2:
        return False
    bounds = children[1:] + [section.end]
    return all(stop == child + 2 and ctx.blocks[child + 1].kind == "para"
               and len(ctx.content(child).split()) <= 4 and not ctx.content(child).rstrip().endswith((".", ":"))
               for child, stop in zip(children, bounds, strict=True))


def _named_bare_lines(ctx: Context, section: Section) -> list[Statement]:
    """"... to meet 5 short term priorities which are:" over lines whose list markers were lost:
    the lead-in says the lines are the priorities, each a goal (round 43)."""
    goals: list[Statement] = []
    for k in range(section.heading + 1, section.end):
        if k in ctx.used or ctx.blocks[k].kind != "para" or not ctx.is_lead_in(k) \
                or not _names_the_list(ctx, k + 1):
            continue
        lines = [j for j in bare_list_after(ctx, k, section.end) if j not in ctx.used]
        if len(lines) < 2:
            continue
        ctx.used.add(k)
        for j in lines:
            ctx.used.add(j)
            goal = ctx.statement("goal", ctx.blocks[j].start, ctx.blocks[j].end, "goal-bare-line", 0.7,
                                 strip=".;")
            if goal is not None:
                goals.append(goal)
    return goals


_BOLD_NAMED = re.compile(r"\s*(?:\*\*|__)[^*_\n]{2,50}(?:\*\*|__)\s*[:–—-]\s+\S")


def _bold_named(ctx: Context, items: list[int]) -> bool:
    """Two or more entries, each a bold name, a dash and what it means ("**Faster response** —
    Improve our ..."): named goals, even under "This year we will focus on:" (round 41)."""
    return len(items) >= 2 and all(_BOLD_NAMED.match(ctx.content(k)) for k in items)


def _is_sentence_list(ctx: Context, items: list[int]) -> bool:
    """Entries that read as sentences or actions (commitments) rather than names (goals)."""
    sentences = 0
    for k in items:
        content = ctx.content(k)
        named = split_name(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end, 6) is not None \
            or split_title_comma(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end) is not None
        first = content.split(None, 1)[0].lower() if content.split() else ""
        if not named and (len(content.split()) > 7 or content.rstrip().endswith(".")
                          or first in _IMPERATIVE):
            sentences += 1
    if len(items) >= 3 and all(_AGREED_NAME.match(ctx.content(k)) and ctx.blocks[k].marker_class.startswith("number")
                               for k in items) \
            and not any(ctx.content(k).rstrip().endswith(".") or timeframe_of(ctx.content(k)) for k in items) \
            and not any(timeframe_of(ctx.content(j)) and number_in(ctx.content(j)) != len(items)
                        for j in range(max(0, items[0] - 2), items[0])):
        # (a lead-in that counts them may name the strategy's years: "Our Trust strategy, Care
        # Closer 2024–2029, has three priorities:", round 49)
        return False  # "1. Develop a joint clinical vision", ...: numbered short actions name the goals (exam 30)
    return sentences * 2 > len(items)


_TITLE_PERSON = re.compile(r"\b(?:we|our|us|you|your|i)\b", re.IGNORECASE)


def _first_sentence_titles(ctx: Context, items: list[int]) -> bool:
    """Three or more entries, each opening with a short sentence that names something (no
    person in it, at most twelve words) and most going on with more sentences, one or more of
    them a commitment: "1. Helping people to stay well for longer. We will put ...", named goals
    (a Scottish partnership's plan summary, round 47), not a list of commitments."""
    if len(items) < 3:
        return False
    longer = committed = 0
    for k in items:
        block = ctx.blocks[k]
        sentences = ctx.sentences(block.start, block.end)
        if not sentences:
            return False
        first = ctx.text[sentences[0][0] : sentences[0][1]]
        if not first.rstrip().endswith(".") or len(first.split()) > 12 or _TITLE_PERSON.search(first) \
                or is_commitment_sentence(first) or not first.lstrip()[:1].isupper():
            return False
        if len(sentences) > 1:
            longer += 1
            committed += any(is_commitment_sentence(ctx.text[s:e]) for s, e in sentences[1:])
    return longer * 3 >= len(items) * 2 and committed * 2 >= len(items)


# a short action without a stop, numbered: a goal's name ("Develop a clear financial strategy")
_AGREED_NAME = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[A-Z][a-z]+(?:\s+[\w’',&-]+){1,13}\s*$")


# "our second goal now recognises the need ...", "Our first objective has changed to ...": an
# entry that speaks about one of the goals by its place, not a goal (round 27)
_ORDINAL_GOAL = re.compile(
    r"\s*(?:our|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final)\s+"
    r"(?:strategic\s+)?(?:goal|aim|objective|priority|ambition|pillar)\s+(?!is\s*[:–—-])\w",
    re.IGNORECASE,
)


# "People: supporting our colleagues ..." as a line of a list whose markers were lost (round 35)
_COLON_ENTRY = re.compile(r"\s*[A-Z][\w’'-]*(?:[ \t]+[\w’'&-]+){0,3}:[ \t]+[a-z]")


def _entry_line(content: str) -> bool:
    """"Name – description" or "Name: description" as one line."""
    return bool(DASH_ENTRY.match(content) or _COLON_ENTRY.match(content))


def _entry_lines(ctx: Context, section: Section) -> list[int]:
    """The "Name – description" / "Name: description" paragraphs right under a goals heading."""
    k = section.heading + 1
    if k < len(ctx.blocks) and ctx.blocks[k].kind == "para" and k not in ctx.used \
            and not _entry_line(ctx.content(k)):
        k += 1  # an intro: "Each year we choose three quality priorities, ..."
    found = []
    while k < len(ctx.blocks) and ctx.blocks[k].kind == "para" and k not in ctx.used \
            and _entry_line(ctx.content(k)):
        found.append(k)
        k += 1
    return found


# a measure's figure alone in a cell ("61%", "1,420", "11.2", "£3.9m"; not a card's "01")
_FIGURE_CELL = re.compile(r"\s*[<>≤≥~]?\s*(?:\d[\d,.]*\s*%|\d{1,3}(?:,\d{3})+|\d+\.\d+|[£$€]\d[\d,.]*\s*(?:[km]|bn)?|\d{3,})\s*")


def from_section(ctx: Context, section: Section) -> tuple[list[Statement], list[Statement]]:
    """(goals, commitments) of a goals / priorities / commitments section."""
    goals: list[Statement] = []
    commitments: list[Statement] = []
    ctx.used.add(section.heading)
    if sum(bool(_FIGURE_CELL.fullmatch(ctx.content(k))) for k in range(section.heading + 1, min(section.end, section.heading + 12))) >= 2:
        # "2024/25" / "Target 2027/28" / "People waiting more than 104 weeks" / "1,420": a table
        # of measures copied a cell a line, not goals (round 39)
        ctx.used.update(range(section.heading, section.end))
        return [], []
    role = section.role
    timeframe = section.timeframe
    if role == "commitments" and section.heading + 1 < section.end \
            and role_of(ctx, section.heading + 1) == "goals":
        # "What we will do" over "Our strategy has four big goals." and the goals' list: the
        # sentence names what the list is (a Sitecore accordion, round 57)
        return goals, commitments
    # (a Markdown heading "### Pledge 1 – Safe, kind care" is a label too, round 45)
    labelled = bool(section.children) and all(ctx.blocks[c].label or _LABEL.match(ctx.content(c))
                                              for c in section.children)
    if role == "commitments" and not labelled and _titled_pairs(ctx, section):
        # "Our commitments to you" over "Communication" / "We will explain ...", "Involvement" /
        # "We will involve you ...": each commitment named, a goal with its sentence (round 45)
        labelled = True
    if role == "commitments" and not labelled:
        commitments.extend(_commitment_titles(ctx, section))
        commitments.extend(_all_commitments(ctx, section.heading + 1, section.end, timeframe))
        return goals, commitments
    if section.children and all(c in ctx.used for c in section.children):
        return goals, commitments  # every title already read as a goal ("1 Name" titles)
    dashed = _entry_lines(ctx, section)
    if len(dashed) >= 2:
        # "Urgent care – reduce waiting times ..." lines right under the heading (after an
        # intro at most), their markers lost: a goal each, the description its statement (rounds 34, 37)
        return _line_goals(ctx, dashed), commitments
    clauses = _to_clause_goals(ctx, section) if role == "goals" else []
    if clauses:
        return clauses, commitments
    if role == "goals" and len(section.children) == 1:
        round_title = _paragraphs_round_title(ctx, section, timeframe)
        if round_title:
            return round_title, commitments
        entries = ctx.items_after(section.children[0])
        if len(entries) >= 3 and all(ctx.blocks[i].depth == 0 and _DASHED_NAME.match(ctx.content(i)) for i in entries):
            # "Excellent Care Everywhere" (a slogan) over "Providing excellent care for our
            # patients – fast, fair ..." entries: the entries are the goals (a real trust's page)
            ctx.used.add(section.children[0])
            return _line_goals(ctx, entries), commitments
    if section.children:
        children, end = _numbered_run(ctx, section.children, section.end)
        end = _repeated_title(ctx, children, end)
        if len(children) >= 3 and all(b - a == 2 and ctx.blocks[a + 1].kind == "para"
                                      for a, b in zip(children, children[1:], strict=False)) \
                and children[-1] + 2 < end and ctx.blocks[children[-1] + 1].kind == "para":
            # titles each over one line: the last title's line is its text, the paragraphs after
            # it are the page going on ("Have your say: drop-in session ...", round 35)
            end = children[-1] + 2
        bounds = children + [end]
        # lead-in lists before the first child
        commitments.extend(_all_commitments(ctx, section.heading + 1, section.children[0],
                                            timeframe, lists_only=True))
        for child, stop in zip(children, bounds[1:], strict=False):
            text = ctx.content(child)
            ctx.used.add(child)
            if CASE_STUDY.match(text):
                ctx.used.update(range(child, stop))  # a story beside the goals (round 32)
                continue
            if role == "priorities" and _YEAR_ONLY.match(text):
                commitments.extend(_all_commitments(ctx, child + 1, stop, timeframe_of(text)))
                continue
            block = ctx.blocks[child]
            if (block.kind == "para" or block.kind == "heading" and not block.explicit) and not block.label \
                    and _entry_line(text):
                # a bare "Start well – To improve ..." line (its marker lost): the name, and the
                # description as its statement
                goal, desc = _named_item(ctx, child, "goal-line")
                if goal is not None:
                    if desc is not None:
                        goal.statements.append(desc)
                    goal.statements.extend(statements_in(ctx, child + 1, stop, timeframe))
                    goals.append(goal)
                    continue
            goal, used_next = goal_name(ctx, child)
            if used_next is not None:
                ctx.used.add(used_next)
            if goal is None:
                continue
            sentences = ctx.sentences(block.start, block.end)
            if block.kind == "para" and not block.label and len(sentences) >= 2 \
                    and len(ctx.text[sentences[0][0] : sentences[0][1]].split()) <= 25:
                # an entry of a list whose markers were lost, "Continue to be a great place to
                # work, ... equally. Racism ... will not be tolerated, and we will ...": the
                # first sentence names the goal, the commitments after it are its statements
                first = ctx.statement("goal", sentences[0][0], sentences[0][1],
                                      "goal-line-first-sentence", 0.7, strip=".:;–—-")
                goal = first or goal
            tail = goal.span.end
            goal.statements.extend(_tail_statements(ctx, tail, block.end))
            goal.statements.extend(statements_in(ctx, child + 1, stop, timeframe))
            goals.append(goal)
        return goals, commitments
    if role != "commitments":
        titled = _bold_lead_goals(ctx, section, timeframe)
        if titled:
            return titled, commitments
    heads = _list_heads(ctx, section)
    if len(heads) >= 2 and role != "commitments":
        bounds = heads + [section.end]
        for head, stop in zip(heads, bounds[1:], strict=False):
            ctx.used.add(head)
            goal, desc = _named_item(ctx, head, "goal-line")
            if goal is None:
                continue
            if desc is not None:
                goal.statements.append(desc)
            goal.statements.extend(statements_in(ctx, head + 1, stop, timeframe))
            goals.append(goal)
        return goals, commitments
    goal_end = section.end
    for k in range(section.heading + 1, section.end):
        if ctx.blocks[k].kind == "item":
            continue
        if any(ctx.blocks[j].kind == "item" for j in range(section.heading + 1, k)) and (
            ctx.is_lead_in(k) and COMMIT_LEAD.search(ctx.content(k))
            and (timeframe_of(ctx.content(k)) and not (
                     # ("By 2027 we will:" over items nested in a goal's item is that goal's)
                     ctx.blocks[k + 1].kind == "item" and ctx.blocks[k + 1].depth > 0)
                 or ctx.blocks[k + 1].depth == 0
                 and ctx.blocks[k + 1].kind == "item" and ctx.blocks[k + 1].explicit)
        ):
            # "In 2025/26 we will:" after the goals: commitments, not goals ("This means
            # that we will:" under a goal is that goal's lead-in)
            goal_end = k
            break
    # the section's entries are its shallowest items ("a) ..." lines indented under the lead-in)
    shallowest = min((ctx.blocks[k].depth for k in range(section.heading + 1, goal_end)
                      if ctx.blocks[k].kind == "item" and k not in ctx.used), default=0)
    top = [k for k in range(section.heading + 1, goal_end)
           if ctx.blocks[k].kind == "item" and ctx.blocks[k].depth == shallowest and k not in ctx.used]
    if role == "priorities" and top and any(
        ctx.is_lead_in(k) and NOT_COMMIT_LEAD.search(ctx.content(k).rstrip(" *_"))
        for k in range(section.heading, top[0])
    ):
        # "Our priorities have evolved ... and are drawn from:" lists sources (the sentences
        # after the list are read as usual)
        for k in range(section.heading + 1, _list_end(ctx, top[-1], goal_end)):
            ctx.used.add(k)
        return goals, commitments
    if role == "priorities" and top and not _titles_with_bodies(ctx, top, goal_end) \
            and not _names_the_list(ctx, top[0]) and not _bold_named(ctx, top) \
            and not _counted_named_list(ctx, top) and not _first_sentence_titles(ctx, top) and (
            _is_sentence_list(ctx, top) or any(
        ctx.is_lead_in(k) and COMMIT_LEAD.search(ctx.content(k))
        for k in range(section.heading + 1, top[0])
    )):
        commitments.extend(_all_commitments(ctx, section.heading + 1, section.end, timeframe))
        return goals, commitments
    if role == "goals" and timeframe and len(top) >= 2 and all(
            _WILL_START.match(ctx.content(k)) for k in top):
        # "Our annual objectives for 2025/26 are:" over "We will ..." entries: that year's
        # commitments, not goals
        commitments.extend(_all_commitments(ctx, section.heading + 1, section.end, timeframe))
        return goals, commitments
    bounds = top + [_list_end(ctx, top[-1], goal_end)] if top else []
    if top and _titles_with_bodies(ctx, top, goal_end):
        bounds[-1] = goal_end  # the last titled goal's text runs to the section's end
    if len(top) >= 3 and all(b == t + 1 for t, b in zip(top[:-1], bounds[1:-1], strict=True)) \
            and bounds[-1] > top[-1] + 1 \
            and all(ctx.blocks[k].kind == "para" for k in range(top[-1] + 1, bounds[-1])):
        # a flat list of names whose last entry runs on into a paragraph (no blank line
        # between): the paragraph follows the list, it is not the last goal's statement
        bounds[-1] = top[-1] + 1
    not_goals = _not_goal_runs(ctx, section.heading, section.end)
    notes = {k for k in top if _ORDINAL_GOAL.match(ctx.content(k))}
    not_goals.update(notes)
    for item, stop in zip(top, bounds[1:], strict=False):
        ctx.used.add(item)
        if item in not_goals or is_org_name(ctx.content(item).strip(" *_.;,")):
            continue  # (the member trusts a collaborative lists are not its goals, round 40)
        goal, desc = _named_item(ctx, item, "goal-item")
        if goal is None:
            continue
        if desc is not None:
            goal.statements.append(desc)
        goal.statements.extend(statements_in(ctx, item + 1, stop, timeframe))
        goals.append(goal)
    if role == "goals" and not goals and notes:
        # the section's own entries only spoke about the goals ("our second goal now ..."):
        # the titles after it, each over its list of objectives, are the goals
        goals.extend(_titles_after(ctx, section))
    if not top:
        goals.extend(_named_bare_lines(ctx, section))
        if role == "goals":
            goals.extend(_paragraph_goals(ctx, section))
        if role == "priorities":
            commitments.extend(_paragraph_commitments(ctx, section, timeframe))
        commitments.extend(_all_commitments(ctx, section.heading + 1, section.end, timeframe,
                                            lists_only=True))
    return goals, commitments


# "The stated aim of the Western Trust is:" over one (quoted) line: the organisation's aim, said
# of it by its name, a goal named by the line (round 27); not "Our aim is to ..." (a commitment)
_STATED_AIM = re.compile(
    r"\s*the\s+(?:(?:stated|overall|main|primary|principal|central|core)\s+)?aim\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'&-]*(?:\s+[\w’'&()-]+){0,8}\s+is\s*:\s*$",
    re.IGNORECASE,
)


def stated_aim_goals(ctx: Context) -> list[Statement]:
    """"The stated aim of <organisation> is:" over one line of 4 to 40 words: one goal."""
    goals: list[Statement] = []
    blocks = ctx.blocks
    for k in range(len(blocks) - 1):
        if k in ctx.used or blocks[k].kind != "para" or not _STATED_AIM.fullmatch(ctx.content(k)):
            continue
        j = k + 1
        nxt = blocks[j]
        if j in ctx.used or nxt.kind not in ("para", "heading", "item") or nxt.kind == "heading" \
                and nxt.explicit or nxt.label or not 4 <= len(ctx.content(j).split()) <= 40:
            continue
        if j + 1 < len(blocks) and blocks[j + 1].kind == "item" and (
                nxt.kind == "item" or not ctx.is_lead_in(j)):
            continue  # a list under the lead-in: not one stated aim
        goal = ctx.statement("goal", nxt.start, nxt.end, "goal-stated-aim", 0.6)
        if goal is not None:
            ctx.used.update((k, j))
            goals.append(goal)
    return goals


def _titles_after(ctx: Context, section: Section) -> list[Statement]:
    """Two or more title lines after a goals section, each right over a list of two or more
    items ("Provide excellent care quality ..." over numbered objectives): the goals, their items
    the statements (round 27). Nothing unless every run has that shape."""
    runs: list[tuple[int, int]] = []
    k = section.end
    n = len(ctx.blocks)
    while k < n and ctx.blocks[k].kind == "heading" and k not in ctx.used \
            and role_of(ctx, k) is None and not ctx.blocks[k].label:
        title = ctx.content(k).strip(" *_")
        stop = k + 1
        while stop < n and ctx.blocks[stop].kind == "item":
            stop += 1
        if stop - k < 3 or len(title.split()) > 14 or title.endswith((".", ":", "?")):
            break
        runs.append((k, stop))
        k = stop
    if len(runs) < 2:
        return []
    goals: list[Statement] = []
    for head, stop in runs:
        ctx.used.add(head)
        goal = ctx.statement("goal", ctx.blocks[head].start, ctx.blocks[head].end,
                             "goal-title-over-objectives", 0.7)
        if goal is None:
            continue
        goal.statements.extend(statements_in(ctx, head + 1, stop, section.timeframe))
        if stop == n and goal.statements and _CUT_OFF.search(goal.statements[-1].text):
            goal.statements.pop()  # the page's last item, cut off mid-phrase ("Develop a")
        goals.append(goal)
    return goals


_CUT_OFF = re.compile(r"\b(?:a|an|the|to|of|and|for|with|our|in)\s*$", re.IGNORECASE)


# "To provide outstanding healthcare ..., to offer a range of ... services ..., and to drive
# innovation ...": one sentence of "to" clauses under a goals heading (round 26)
_TO_CLAUSE_SPLIT = re.compile(r",\s*(?:and\s+)?(?=to\s)|;\s*(?:and\s+)?(?=to\s)", re.IGNORECASE)


def _to_clause_goals(ctx: Context, section: Section) -> list[Statement]:
    """The one paragraph under a goals heading, a single sentence of three or more "to ..."
    clauses: a goal per clause (the titles after it start other things, not goals)."""
    first = section.heading + 1
    if first >= len(ctx.blocks) or ctx.blocks[first].kind != "para" or first in ctx.used:
        return []
    block = ctx.blocks[first]
    sentences = ctx.sentences(block.start, block.end)
    if len(sentences) != 1 or not re.match(r"\s*to\s", ctx.content(first), re.IGNORECASE):
        return []
    start, end = sentences[0]
    while end > start and ctx.text[end - 1] in ".!;, ":
        end -= 1
    parts: list[tuple[int, int]] = []
    cursor = start
    for sep in _TO_CLAUSE_SPLIT.finditer(ctx.text, start, end):
        parts.append((cursor, sep.start()))
        cursor = sep.end()
    parts.append((cursor, end))
    if len(parts) < 3 or any(not 3 <= len(ctx.text[a:b].split()) <= 20 for a, b in parts):
        return []
    goals = [ctx.statement("goal", a, b, "goal-to-clause", 0.65, strip=".,;") for a, b in parts]
    ctx.used.add(first)
    ctx.used.update(c for c in section.children)
    return [g for g in goals if g is not None]


# "**Priority: Timely help.** Too many people wait ...": an emphasised run opening a paragraph
# and ending in "." or ":" titles the paragraph (Markdown keeps the emphasis marks).
_BOLD_LEAD = re.compile(
    r"[ \t]*(\*\*|__)(?P<run>[^*_\n]{1,80}?)(?P<stop>[.:]?)\1(?P<after>[.:]?)[ \t]+(?=\S)"
)
_BOLD_LEAD_WORDS = 8


def _bold_lead(ctx: Context, index: int) -> re.Match[str] | None:
    block = ctx.blocks[index]
    if block.kind != "para":
        return None
    match = _BOLD_LEAD.match(ctx.text, block.start, block.end)
    if match is None or not (match.group("stop") or match.group("after")) \
            or len(match.group("run").split()) > _BOLD_LEAD_WORDS:
        return None
    return match


def _bold_lead_goals(ctx: Context, section: Section, timeframe: str | None) -> list[Statement]:
    """Paragraphs titled by a bold run (two or more): the run (label removed) names the goal,
    the "we will" sentences after it are its statements (else the rest, when short)."""
    titled = [(k, m) for k in range(section.heading + 1, section.end)
              if k not in ctx.used and (m := _bold_lead(ctx, k)) is not None]
    if len(titled) < 2:
        return []
    goals: list[Statement] = []
    stops = [k for k, _ in titled[1:]] + [section.end]
    for (k, match), stop in zip(titled, stops, strict=True):
        ctx.used.add(k)
        start, end = match.start("run"), match.end("run")
        label = _LABEL.match(ctx.text, start, end) or _CODE_LABEL.match(ctx.text, start, end)
        if label and label.end() < end:
            start = label.end()
        numbering = _NUMBERING.match(ctx.text, start, end)
        if numbering and numbering.end() < end:
            start = numbering.end()
        goal = ctx.statement("goal", start, end, "goal-bold-lead", 0.8, strip=".:;–—-")
        if goal is None:
            continue
        block = ctx.blocks[k]
        statements = _tail_statements(ctx, match.end(), block.end)
        if not statements and len(ctx.text[match.end() : block.end].split()) <= _SHORT_BODY:
            rest = ctx.statement("commitment", match.end(), block.end, "goal-bold-lead-body", 0.6)
            statements = [rest] if rest is not None else []
        goal.statements.extend(statements)
        # only a list right under the paragraph is the goal's; a closing line is not
        items_end = min(stop, k + 1 + len(ctx.items_after(k)))
        goal.statements.extend(statements_in(ctx, k + 1, items_end, timeframe))
        goals.append(goal)
    return goals


# a line of the page's prose about the organisation, not a goal: "We are a partner in ...",
# "Culverbrook Hospitals NHS Foundation Trust provides acute hospital services ..." (round 47)
_PROSE_LINE = re.compile(r"\W*(?:we\s+are|we\s+have|(?:the|this)\s+(?:trust|board|icb)\s+(?:is|has)|"
                         r"(?:[A-Z][\w’'&-]*\s+){1,8}(?:provides|serves|employs|runs|operates)\b)")
_NAMED_LINE = re.compile(r"\s*[A-Z][\w’'-]*(?:[ \t]+[\w’'&-]+){0,4}[ \t]*:[ \t]+\S")
_INTRO = re.compile(r"\b(?:goals|objectives|aims|ambitions|pillars|priorities|themes|strategy|we have|"
                    r"below|following|these|this\s+(?:page|section))\b", re.IGNORECASE)


def _paragraph_goals(ctx: Context, section: Section) -> list[Statement]:
    """Goals written as short paragraphs, one a line, with their list markers lost in copying."""
    candidates = _goal_paragraphs(ctx, section)
    if section.expected:
        candidates = candidates[: section.expected]
    if len(candidates) < 2:
        return []
    return _line_goals(ctx, candidates)


def _goal_paragraphs(ctx: Context, section: Section) -> list[int]:
    """The section's short paragraphs that are not an intro, a lead-in or prose."""
    return [
        k for k in range(section.heading + 1, section.end)
        if k not in ctx.used and ctx.blocks[k].kind == "para" and not ctx.is_lead_in(k)
        # ("Patient access: Ensuring all of our patients have access to ...", a named line, longer)
        and len(ctx.content(k).split()) <= (40 if _NAMED_LINE.match(ctx.content(k)) else 25)
        and not _INTRO.search(ctx.content(k)) and not _PROSE_LINE.match(ctx.content(k))
        and not _claimed_elsewhere(ctx, k)
    ]


_DASHED_NAME = re.compile(r"\s*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,7}[ \t]+[–—][ \t]+\S")


def _paragraphs_round_title(ctx: Context, section: Section, timeframe: str | None) -> list[Statement]:
    """Goals as one-sentence paragraphs ("We will provide the highest quality clinical care.")
    with one titled goal among them ("Good use of resource" over its sentence): the others'
    titles were pictures (an excerpt of a real trust's objectives page). Each paragraph a goal,
    the title a goal with its paragraph."""
    (child,) = section.children
    before = _goal_paragraphs(ctx, replace(section, end=child))
    if len(before) < 2 or child - 1 not in before or not all(
            len(ctx.sentences(ctx.blocks[k].start, ctx.blocks[k].end)) == 1 for k in before):
        return []
    body = child + 1 if child + 1 < section.end and ctx.blocks[child + 1].kind == "para" else child
    after = _goal_paragraphs(ctx, replace(section, heading=body))
    if not after or after[0] != body + 1:
        return []
    goals = _line_goals(ctx, before)
    ctx.used.add(child)
    goal, _ = goal_name(ctx, child)
    if goal is not None:
        goal.statements.extend(statements_in(ctx, child + 1, body + 1, timeframe))
        goals.append(goal)
    ctx.used.update(range(child, body + 1))
    return goals + _line_goals(ctx, after)


def _line_goals(ctx: Context, lines: list[int]) -> list[Statement]:
    """Each "Name – description" line a goal, its description the statement."""
    goals = []
    for k in lines:
        ctx.used.add(k)
        goal, desc = _named_item(ctx, k, "goal-line")
        if goal is not None:
            if desc is not None:
                goal.statements.append(desc)
            goals.append(goal)
    return goals


_WANT = re.compile(r"\s*we\s+(?:want|will|aim|plan|intend|are\s+going)\b|\s*we['’]ll\b",
                   re.IGNORECASE)


def _paragraph_commitments(ctx: Context, section: Section, timeframe: str | None) -> list[Statement]:
    """Priorities written one a paragraph, each "We want to ...": each paragraph, whole."""
    found: list[Statement] = []
    for k in range(section.heading + 1, section.end):
        block = ctx.blocks[k]
        if k in ctx.used or block.kind != "para" or ctx.is_lead_in(k) \
                or len(ctx.content(k).split()) > 60 or not _WANT.match(ctx.content(k)):
            continue
        ctx.used.add(k)
        st = ctx.statement("commitment", block.start, block.end, "priority-paragraph", 0.65,
                           timeframe=timeframe)
        if st is not None:
            found.append(st)
    return found


def _list_heads(ctx: Context, section: Section) -> list[int]:
    """Short lines directly over a run of items: each names the goal the items serve."""
    heads = []
    for k in range(section.heading + 1, section.end - 1):
        block = ctx.blocks[k]
        if block.kind not in ("para", "heading") or ctx.blocks[k + 1].kind != "item":
            continue
        content = ctx.content(k)
        if len(content.split()) > 10 or COMMIT_LEAD.search(content) or MEASURES_LEAD.search(content):
            continue
        if content.rstrip(" *_").endswith("?") or ctx.blocks[k + 1].depth > 0:
            continue  # "How will we know we've achieved this priority?" over a numbered goal's bullets
        if _INTRO.search(content) and not block.label:
            continue
        if _entry_description(ctx, k):
            continue
        heads.append(k)
    return heads


def _entry_description(ctx: Context, k: int) -> bool:
    """"1. Prevention" / "Helping people stay healthy ..." / "2. Neighbourhood care": the line
    under a numbered entry (no blank line between) describes it; the next entry of the same list
    is not a list under it (round 29)."""
    if k == 0 or ctx.blocks[k].blank_before:
        return False
    above, below = ctx.blocks[k - 1], ctx.blocks[k + 1]
    return above.kind == "item" and above.marker_class.startswith("number") \
        and below.marker_class == above.marker_class and below.depth == above.depth


def _list_end(ctx: Context, last: int, end: int) -> int:
    """Where a flat list's last entry stops: at the first paragraph set off by a blank line."""
    k = last + 1
    explicit = ctx.blocks[last].explicit
    while k < end:
        block = ctx.blocks[k]
        if block.kind != "item" and (block.blank_before or explicit):
            j = k
            while j < end and ctx.blocks[j].kind == "para" and j < k + 2:
                j += 1
            if j < end and ctx.blocks[j].kind == "item" and ctx.blocks[j].parent == last:
                k = j  # the entry's own paragraph, then its nested list: still the entry
                continue
            return k
        k += 1
    return end


_INLINE_GOALS = re.compile(
    r"\bour\s+(?:(?:\w+|\d+)\s+){0,2}(?:goals|aims|objectives|ambitions|priorities|pillars|themes)\s+"
    # (not "... are informed by the people who use our services, ...", a passive: round 43)
    r"(?:are|will\s+be)(?!\s+(?:[a-z]+ed|set|shown|given|built|made|drawn)\s+(?:by|in|with|from|to|through|around|on|out)\b|\s+(?:being|also|not)\b)\s*:?\s*"
    # "the five strategic priorities are A, B and C" (a count makes "the" safe)
    r"|\bthe\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+){0,2}?"
    r"(?:goals|aims|objectives|ambitions|priorities|pillars)\s+(?:are|were)"
    # "The three main priorities were identified as A, B, and C." (a report of them, round 31)
    r"(?:\s+(?:identified|agreed|confirmed|set\s+out|described)\s+as)?\s*:?\s*",
    re.IGNORECASE,
)
# "... consisted of 4 strategic priorities. These were: A, B, C and D." (round 31): the count
# in the sentence before, the names after "These were:"
_COUNTED_THEN_THESE = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goals|aims|objectives|ambitions|priorities|pillars)\s*[.:]\s*(?:these|they)\s+(?:are|were)\s*:\s*",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+(?=to\s))\s*")


# "Our ambitions sit under four headings; A, B, C and D." / "our strategic initiatives, and
# the work that falls under each: a, b, and c." (the list runs to the end of the sentence)
_INLINE_LIST = re.compile(
    # "five key priority areas for growth: a, b, ..." (round 26: with a count or "our")
    r"\b(?:goals|aims|objectives|ambitions|priorities|pillars|initiatives|priority\s+areas)\b"
    # ("working towards three strategic goals – A, B and C.": a dash for the colon, exam 35)
    r"(?:[^.;:!?]{0,60}[:;]|\s+[–—](?=\s))\s*",
    re.IGNORECASE,
)
# "our four strategic priorities – A, B, C and D – we need ...": the list between dashes
_DASHED_LIST = re.compile(
    r"\b(?:goals|aims|objectives|ambitions|priorities|pillars)\s+[–—]\s+"
    r"(?P<list>[^–—.:;!?]{5,240}?)\s+[–—]\s",
    re.IGNORECASE,
)
# "our four ‘P’s which are A, B, C and D" in a sentence about objectives: as many names as
# the count says
_COUNTED_LIST = re.compile(
    r"\bour\s+(?P<count>two|three|four|five|six|seven|eight|nine|\d)\s+[^.,;:]{1,30}?\s+"
    r"(?:which|that)\s+are\s*:?\s*",
    re.IGNORECASE,
)
# a count just before the goal word: "five Strategic \"Pillars\"", "the 4 key aims"
_COUNT_BEFORE = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\S+\s+){0,2}[\"“‘']?$",
    re.IGNORECASE,
)
# "Our plan is centred around the key themes of A, B, and C, providing ...": the list after "of"
# (or a colon: "It is built around four themes: great care every time, ...", round 43)
_CENTRED_ON = re.compile(
    r"\b(?:centred|centered|built|based|organised|organized|structured|framed)\s+"
    r"(?:around|on|upon|under)\s+(?:the\s+|our\s+)?(?:(?:\w+|\d+)\s+){0,2}?"
    r"(?:themes|pillars|priorities|goals|aims|objectives|ambitions)(?:\s+of\s+|\s*:\s*)",
    re.IGNORECASE,
)
# Where such a list stops: ", providing ...", ", which ...", ", so that ..."
_LIST_TAIL = re.compile(r",\s+(?:\w+ing|which|that|so|to|while|with|as)\b", re.IGNORECASE)
_GOAL_WORD = re.compile(r"\b(?:goals|aims|objectives|ambitions|priorities|pillars)\b", re.IGNORECASE)


def _list_parts(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """"A, B and C" / "A, B and C and D, and E" as spans: split at commas; without a serial
    comma the last entry splits at its last "and" ("data and technology and being ...")."""
    segment = ctx.text[start:end]
    parts: list[tuple[int, int]] = []
    cursor = start
    serial = False
    if ";" in segment:
        # "to be the first choice ...; to lead ...; and to be ...": semicolons part the entries,
        # commas stay inside them (round 39)
        for sep in re.finditer(r"\s*;\s*(?:and\s+)?", segment):
            parts.append((cursor, start + sep.start()))
            cursor = start + sep.end()
        parts.append((cursor, end))
        return parts
    for sep in re.finditer(r"\s*(?:,\s*(?:and\s+)?|;\s*)\s*", segment):
        serial = serial or "and" in sep.group(0)
        parts.append((cursor, start + sep.start()))
        cursor = start + sep.end()
    last = ctx.text[cursor:end]
    ands = list(re.finditer(r"\s+and\s+", last))
    if ands and not serial:
        cut = ands[-1]
        parts.append((cursor, cursor + cut.start()))
        cursor = cursor + cut.end()
    parts.append((cursor, end))
    return parts


def inline_goals(ctx: Context, index: int) -> list[Statement]:
    """"Our three strategic goals are to A, to B and to C." as goals A, B and C."""
    block = ctx.blocks[index]
    content = ctx.content(index)
    lowered = content.lower()
    if "our" not in lowered and "the" not in lowered and "priority areas" not in lowered \
            and not _GOAL_WORD.match(lowered) and not _COUNTED_TO.search(content):
        return []  # ("Partners agreed three priority areas: ...": the count names them)
    found: list[Statement] = labelled_sentence_goals(ctx, index) or _counted_to_goals(ctx, index) \
        or _numbered_run_in(ctx, index)
    if found:
        return found
    for start, end in ctx.sentences(block.start, block.end):
        goals = _sentence_goals(ctx, start, end)
        if goals:
            found.extend(goals)
    return found


# "Priority one: end the use of out-of-area beds. Priority two: ..." in one paragraph (round 33)
_LABELLED_SENTENCE = re.compile(
    r"\b(?:priority|goal|aim|objective|ambition)\s+(?:one|two|three|four|five|six|\d{1,2})\s*[:–—-]\s*"
    r"(?P<name>[^.;:!?]{3,160})[.;]", re.IGNORECASE)


# "It is based around four main objectives: to be recognised as ..., to be a leader ..., and
# to improve ...": a press report's run-in list, each "to ..." phrase a goal, whole (exam 32)
_COUNTED_TO = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goals|aims|objectives|ambitions|priorities)\s*:\s*(?=to\s)"
    # "Its three objectives are to cut ..., to treat ..., and to make ..." (a report, round 47)
    r"|\b(?:its|their)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goals|aims|objectives|ambitions|priorities)\s+(?:are|were)\s+(?=to\s)", re.IGNORECASE)
_FACILITY = re.compile(r"\b(?:lounge|ward|unit|clinic|centre|center|hub|service|project|scheme|pilot|campaign|app|"
                       r"course|programme|group|team|network)\b", re.IGNORECASE)
_TO_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?=to\s)", re.IGNORECASE)


def _counted_to_goals(ctx: Context, index: int) -> list[Statement]:
    """The "to ..." phrases after "four main objectives:" in one sentence, two or more."""
    block = ctx.blocks[index]
    if block.kind != "para":
        return []
    match = _COUNTED_TO.search(ctx.text, block.start, block.end)
    if match is None:
        return []
    begin, stop = next(((s, e) for s, e in ctx.sentences(block.start, block.end) if s <= match.start() < e),
                       (block.start, block.end))
    if _FACILITY.search(ctx.text, begin, match.start()):
        return []  # "The new lounge ... has three main aims: to free up beds ...": a service's aims
    while stop > match.end() and ctx.text[stop - 1] in ".!;:, ":
        stop -= 1
    bounds = [match.end()]
    for sep in _TO_SPLIT.finditer(ctx.text, match.end(), stop):
        bounds.extend((sep.start(), sep.end()))
    bounds.append(stop)
    parts = list(zip(bounds[::2], bounds[1::2], strict=True))
    if len(parts) < 2 or any(len(ctx.text[s:e].split()) > 16 for s, e in parts):
        return []
    goals = [ctx.statement("goal", s, e, "goals-counted-to", 0.65, strip=".,;") for s, e in parts]
    return [g for g in goals if g is not None]


# "The Governing Body has agreed four strategic objectives for 2012 – 2015: 1 To reduce ... . 2 To
# shift ... ." (a transcript that lost its line breaks; a stray page number may sit between two)
_COUNTED_LEAD = re.compile(r"\b(?P<count>two|three|four|five|six|seven|eight|[2-8])\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:goals|aims|objectives|ambitions|priorities)\b[^.:;\n]{0,40}:\s*", re.IGNORECASE)


def _numbered_run_in(ctx: Context, index: int) -> list[Statement]:
    """As many "N To ..." entries, numbered 1, 2, 3 in order, as the count before them."""
    block = ctx.blocks[index]
    for lead in _COUNTED_LEAD.finditer(ctx.text, block.start, block.end):
        count = count_of(lead.group("count")) or 0
        pos, spans = lead.end(), []
        for number in range(1, count + 1):
            entry = re.compile(r"(?:\d{1,3}[ \t]+)?" + str(number) + r"[ \t]+(?P<name>To[ \t][^.\n]{5,200}?)\.[ \t]*")
            match = entry.match(ctx.text, pos, block.end)
            if match is None:
                break
            spans.append((match.start("name"), match.end("name")))
            pos = match.end()
        if len(spans) == count:
            goals = [ctx.statement("goal", s, e, "goals-numbered-run-in", 0.65) for s, e in spans]
            return [g for g in goals if g is not None]
    return []


def labelled_sentence_goals(ctx: Context, index: int) -> list[Statement]:
    """Two or more "Priority one: ..." sentences in one paragraph: goals named by their words."""
    block = ctx.blocks[index]
    if block.kind != "para":
        return []
    found = list(_LABELLED_SENTENCE.finditer(ctx.text, block.start, block.end))
    if len(found) < 2:
        return []
    goals = [ctx.statement("goal", m.start("name"), m.end("name"), "goal-labelled-sentence", 0.7) for m in found]
    return [g for g in goals if g is not None]


def _sentence_goals(ctx: Context, start: int, end: int) -> list[Statement]:
    match = _INLINE_GOALS.search(ctx.text, start, end)
    sentence = ctx.text[start:end]
    if match and "our" not in sentence.lower() and not match.group(0).lower().startswith("the"):
        match = None
    these = _COUNTED_THEN_THESE.search(ctx.text, max(0, start - 120), end)
    if match is None and these is not None and start <= these.end() <= end:
        goals = _listed_goals(ctx, these.end(), end, max_words=8)
        if len(goals) == number_in(f"{these.group('count')} goals"):
            return goals
    goals = _said_goals(ctx, match, end) if match else []
    if not goals:
        dashed = _DASHED_LIST.search(ctx.text, start, end)
        if dashed and "our" in ctx.text[start : dashed.start()].lower():
            goals = _listed_goals(ctx, dashed.start("list"), dashed.end("list"), max_words=8)
            if goals:
                return goals
        counted = _COUNTED_LIST.search(ctx.text, start, end)
        if counted and _GOAL_WORD.search(sentence):
            want = number_in(f"{counted.group('count')} goals")
            goals = _listed_goals(ctx, counted.end(), end)
            if goals and len(goals) == want:
                return goals
        around = _CENTRED_ON.search(ctx.text, start, end)
        if around and _GOAL_WORD.search(ctx.text, max(0, around.start() - 60), around.start()) \
                and around.group().rstrip().endswith(":"):
            around = None  # "this year's priorities are organised around three themes: ...": the themes group the goals (round 29)
        if around:
            tail = _LIST_TAIL.search(ctx.text, around.end(), end)
            goals = _listed_goals(ctx, around.end(), tail.start() if tail else end)
            if goals:
                return goals
        listed = _INLINE_LIST.search(ctx.text, start, end)
        if listed and ("our" in ctx.text[start : listed.start()].lower()
                       or listed.start() == start and ctx.text[listed.end() - 2 : listed.end()].strip() == ":"):
            # (or a label opening the line: "Goals: Better care, Better jobs, Better value", round 33)
            goals = _listed_goals(ctx, listed.end(), end)
            if goals:
                return goals
        count = listed and _COUNT_BEFORE.search(ctx.text[start : listed.start()])
        if count:
            # "set out against five Strategic "Pillars", namely: A, B, C, D and E": no "our",
            # but the count says how many names follow, and they must all be there (so a name
            # may be longer: "keeping a strong focus on safety and quality", round 26)
            # ("We have three strategic goals: to be the first choice for orthopaedic care in the
            # region; to lead ...; and to be ...": "to ..." entries run longer, round 39)
            goals = _listed_goals(ctx, listed.end(), end, max_words=12)
            if goals and len(goals) == number_in(f"{count.group(1)} goals") \
                    and all(len(g.text.split()) <= 8 or g.text.lower().startswith("to ") for g in goals):
                return goals
        return []
    return goals


def _said_goals(ctx: Context, match: re.Match[str], end: int) -> list[Statement]:
    """The names after "Our goals are": two or more, each short."""
    stop = end
    while stop > match.end() and ctx.text[stop - 1] in ".!;:, ":
        stop -= 1
    segment = ctx.text[match.end() : stop]
    if re.search(r"\band\s+to\s", segment):
        parts: list[tuple[int, int]] = []
        cursor = match.end()
        for sep in _ITEM_SPLIT.finditer(segment):
            parts.append((cursor, match.end() + sep.start()))
            cursor = match.end() + sep.end()
        parts.append((cursor, stop))
    else:
        parts = _list_parts(ctx, match.end(), stop)
    goals = []
    # (infinitives after "are to" may run longer: "cut the time people spend in hospital by
    # providing more support in the community", round 52)
    longest = 16 if re.match(r"\s*to\b", segment) else 10
    for s, e in parts:
        piece = ctx.text[s:e]
        lead = re.match(r"\s*to\s*:?\s+", piece)  # ("Our aims are to: bring people home ...", round 52)
        if lead:
            s += lead.end()
        if not ctx.text[s:e].strip() or len(ctx.text[s:e].split()) > longest:
            return []
        goal = ctx.statement("goal", s, e, "goals-sentence", 0.7, strip=".,;")
        if goal is not None:
            goals.append(goal)
    return goals if len(goals) >= 2 else []


def _listed_goals(ctx: Context, start: int, end: int, max_words: int = 6) -> list[Statement]:
    """"A, B, C and D." after a goals lead-in: three or more short names, else nothing."""
    while end > start and ctx.text[end - 1] in ".!;, ":
        end -= 1
    parts = _list_parts(ctx, start, end)
    if len(parts) < 3 or any(not ctx.text[s:e].strip() or len(ctx.text[s:e].split()) > max_words
                             for s, e in parts):
        return []
    goals = [ctx.statement("goal", s, e, "goals-listed", 0.65, strip=".,;") for s, e in parts]
    return [g for g in goals if g is not None]


def labelled_goals(ctx: Context) -> list[Statement]:
    """"Strategic aim 1 – ...", "Goal 2: ...", "Pillar three" lines outside any goals section."""
    goals: list[Statement] = []
    blocks = ctx.blocks
    # the labelled goals' names: a later title repeating one ("Start well" over "What we will do
    # in 2026/27") starts that goal's own section, not more of the goal above (round 55)
    names = {_fold_name(ctx.text[g.span.start : g.span.end]) for g in (
        goal_name(ctx, k)[0] for k, b in enumerate(blocks) if b.label and b.kind == "heading") if g is not None}
    for index, block in enumerate(blocks):
        if not block.label or index in ctx.used or block.kind != "heading":
            continue
        ctx.used.add(index)
        goal, used_next = goal_name(ctx, index)
        if used_next is not None:
            ctx.used.add(used_next)
        if goal is None:
            continue
        stop = index + 1
        while stop < len(blocks):
            nxt = blocks[stop]
            if nxt.kind == "heading" and stop != used_next and (
                nxt.label or nxt.explicit or role_of(ctx, stop) not in (None, "commitments")
                or not _sub_heading(ctx, stop) or _fold_name(ctx.content(stop)) in names
            ):
                run = action_run(ctx, bare_list_after(ctx, stop - 1, len(blocks))) if ctx.is_lead_in(stop - 1) else []
                if run and run[0] == stop and not nxt.label and not nxt.explicit:
                    stop = run[-1] + 1  # "Priorities for 2025/26:" over bare lines: the goal ends with them (round 41)
                break
            stop += 1
        goal.statements.extend(_tail_statements(ctx, goal.span.end, block.end))
        goal.statements.extend(statements_in(ctx, index + 1, stop, None))
        goals.append(goal)
    return goals


def _repeated_title(ctx: Context, children: list[int], end: int) -> int:
    """Where a later title repeats one of the goals' names ("Ambition 1: Start well – ..." and
    later "Start well" over that goal's plans), the goals' list ends before it (round 55)."""
    names = set()
    name_lines = set()  # ("Pillar three" / "Partnership for population health": the label's own name line)
    for c in children:
        goal, used_next = goal_name(ctx, c)
        if goal is not None:
            names.add(_fold_name(ctx.text[goal.span.start : goal.span.end]))
        name_lines.add(used_next)
    return next((k for k in range(children[-1] + 1, end) if ctx.blocks[k].kind == "heading"
                 and k not in name_lines and _fold_name(ctx.content(k)) in names), end) if children else end


def _fold_name(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .:;*_#").casefold()


def _sub_heading(ctx: Context, index: int) -> bool:
    """A plain title inside a goal ("What we will do", "How we will know") over a list."""
    content = ctx.content(index)
    return len(content.split()) <= 8 and index + 1 < len(ctx.blocks) and (
        ctx.blocks[index + 1].kind == "item"
    ) and bool(COMMIT_LEAD.search(content) or MEASURES_LEAD.search(content))


def _tail_statements(ctx: Context, start: int, end: int) -> list[Statement]:
    """Commitment sentences after a label line's name ("Goal 1: name. We will ... .")."""
    found: list[Statement] = []
    for s, e in ctx.sentences(start, end):
        sentence = ctx.text[s:e].strip(" .")
        if sentence.endswith(":") or not is_commitment_sentence(sentence):
            continue
        s = speech_start(ctx.text, s, e)
        e = speech_end(ctx.text, s, e)
        st = ctx.statement("commitment", s, e, "goal-sentence", 0.75)
        if st is not None:
            found.append(st)
    return found


_OTHER_FRAME = re.compile(r"\b(?:national|outcomes|principles|measures|indicators|background|context)\b",
                          re.IGNORECASE)


def _all_commitments(ctx: Context, first: int, stop: int, timeframe: str | None,
                     lists_only: bool = False) -> list[Statement]:
    """Every item (and, unless ``lists_only``, every commitment sentence) in [first, stop)."""
    found: list[Statement] = []
    current_tf = timeframe
    skipping = False  # items under "... told us what matters most to them:" are not commitments
    for k in range(first, stop):
        if k in ctx.used:
            continue
        block = ctx.blocks[k]
        content = ctx.content(k)
        if block.kind not in ("item", "heading"):
            skipping = False
        if block.kind == "heading":
            if _YEAR_ONLY.match(content):
                current_tf = timeframe_of(content)
                ctx.used.add(k)
            # "National Health and Wellbeing Outcomes" over what the nation measures (round 32)
            skipping = bool(_OTHER_FRAME.search(content))
            continue
        if ctx.is_lead_in(k):
            current_tf = timeframe_of(content) or current_tf
            skipping = bool(NOT_COMMIT_LEAD.search(content.rstrip(" *_")))
            ctx.used.add(k)
            if not skipping and not lists_only and COMMIT_LEAD.search(content) \
                    and (k + 1 >= stop or ctx.blocks[k + 1].kind != "item"):
                # "We will:" over lines whose markers were lost ("treat you with dignity ...",
                # "give you a routine appointment ..."): each line a commitment (round 41)
                lines = takewhile(lambda j: j not in ctx.used and ctx.content(j)[:1].islower(),
                                  bare_list_after(ctx, k, stop))
                found.extend(take_lines(ctx, list(lines), "commitment-line", 0.7, current_tf))
            continue
        if block.kind == "item" and (skipping or I_STATEMENT.match(content)):
            ctx.used.add(k)
            continue
        if block.kind == "item":
            ctx.used.add(k)
            st = ctx.statement("commitment", commitment_start(ctx.text, block.start, block.end),
                               block.end, "commitment-item", 0.85,
                               timeframe=current_tf)
            if st is not None:
                found.append(st)
            continue
        if lists_only:
            continue
        ctx.used.add(k)
        for s, e in ctx.sentences(block.start, block.end):
            sentence = ctx.text[s:e]
            if is_commitment_sentence(sentence):
                s = speech_start(ctx.text, s, e)  # the quoted words, not who said them
                e = speech_end(ctx.text, s, e)
                st = ctx.statement("commitment", s, e, "commitment-sentence", 0.75,
                                   timeframe=_sentence_timeframe(sentence) or current_tf)
                if st is not None:
                    found.append(st)
    return found


def themed_goals(ctx: Context) -> list[tuple[int, int]]:
    """Topic headings with a "we will" list under each, when there are two or more of them.

    Returns (heading index, section end) pairs; they become goals named by their headings.
    """
    found: list[tuple[int, int]] = []
    sentences_only: list[tuple[int, int]] = []
    blocks = ctx.blocks
    for index, block in enumerate(blocks):
        if block.kind != "heading" or index in ctx.used or block.label:
            continue
        stop = body_end(ctx, index, len(blocks))
        if block.explicit:
            stop = index + 1
            while stop < len(blocks) and not (
                blocks[stop].kind == "heading" and blocks[stop].explicit
                and (blocks[stop].level or 9) <= (block.level or 0)
            ) and not (blocks[stop].kind == "heading" and role_of(ctx, stop)):
                stop += 1
        has_list = any(
            ctx.is_lead_in(k) and COMMIT_LEAD.search(ctx.content(k))
            and k + 1 < stop and blocks[k + 1].kind == "item"
            for k in range(index + 1, stop)
            if k not in ctx.used
        )
        items = [k for k in range(index + 1, stop) if blocks[k].kind == "item" and k not in ctx.used]
        # (or "We will ..." bullets right under a short title: "Patients" / "- We will reach
        # patients ...", round 32)
        has_list = has_list or len(items) >= 2 and items[0] == index + 1 \
            and (len(ctx.content(index).split()) <= 4 or _ACTION_TITLE.match(ctx.content(index))) \
            and all(is_commitment_sentence(ctx.content(k)) and _WILL_START.match(ctx.content(k)) for k in items)
        # (or "We will ..." lines whose bullets were lost, under such a title, stray "We will:"
        # lines among them, round 43)
        if not has_list and not items and _ACTION_TITLE.match(ctx.content(index)):
            body = [k for k in range(index + 1, stop) if k not in ctx.used]
            wills = [k for k in body if blocks[k].kind == "para" and not ctx.is_lead_in(k)]
            has_list = len(wills) >= 2 \
                and all(_WILL_START.match(ctx.content(k)) and is_commitment_sentence(ctx.content(k)) for k in wills) \
                and all(k in wills or BARE_WE_WILL.fullmatch(ctx.content(k)) for k in body)
        content = ctx.content(index)
        if role_of(ctx, index) is not None or _GENERIC.search(content) and not _ACTION_TITLE.match(content) \
                or _ONE_AIM.fullmatch(content) \
                or _YEAR_ONLY.match(content) or timeframe_of(content):
            continue
        if has_list:
            found.append((index, stop))
        elif len(content.split()) <= 8 and any(
            blocks[k].kind == "para" and k not in ctx.used and any(
                is_commitment_sentence(ctx.text[s:e])
                for s, e in ctx.sentences(blocks[k].start, blocks[k].end)
            )
            for k in range(index + 1, stop)
        ):
            sentences_only.append((index, stop))
    styles = {(blocks[i].explicit, blocks[i].level) for i, _ in found}
    siblings = [p for p in sentences_only
                if (blocks[p[0]].explicit, blocks[p[0]].level) in styles
                or (not found and blocks[p[0]].explicit)]
    levels = {blocks[i].level for i, _ in siblings}
    if (len(siblings) >= 2 and len(levels) == 1) or (siblings and found):
        found = sorted(found + siblings)
    return found if len(found) >= 2 else []


def from_themed(ctx: Context, pairs: list[tuple[int, int]]) -> list[Statement]:
    goals: list[Statement] = []
    for index, stop in pairs:
        goal, _ = goal_name(ctx, index)
        ctx.used.add(index)
        if goal is None:
            continue
        goal.rule = "themed-heading"
        goal.confidence = 0.75
        goal.statements.extend(statements_in(ctx, index + 1, stop, None))
        goals.append(goal)
    return goals


def titled_item_goals(ctx: Context) -> list[Statement]:
    """Top-level bullets that are short titles over bullets of their own ("• Best Quality" /
    "    • we will listen to our patients"), two or more in a list: goals named by the titles."""
    blocks = ctx.blocks
    children: dict[int, list[int]] = {}
    for k, block in enumerate(blocks):
        if block.kind == "item" and block.parent is not None and k not in ctx.used:
            children.setdefault(block.parent, []).append(k)
    heads = [k for k in sorted(children)
             if k not in ctx.used and blocks[k].kind == "item" and blocks[k].depth == 0
             and len(ctx.content(k).split()) <= 6 and title_like(ctx.content(k))]
    if len(heads) < 2:
        return []
    goals: list[Statement] = []
    for k in heads:
        goal = _goal_over_items(ctx, k, children[k], ("goal-titled-item", 0.7),
                                ("goal-item", 0.8), strip=":–—-")
        if goal is not None:
            goals.append(goal)
    return goals


def _goal_over_items(ctx: Context, head: int, items: list[int], rule: tuple[str, float],
                     item_rule: tuple[str, float], strip: str = "") -> Statement | None:
    """A goal named by block ``head`` whose statements are the ``items`` (all taken)."""
    blocks = ctx.blocks
    goal = ctx.statement("goal", blocks[head].start, blocks[head].end, rule[0], rule[1],
                         strip=strip)
    if goal is None:
        return None
    ctx.used.add(head)
    for j in items:
        ctx.used.add(j)
        st = ctx.statement("commitment", blocks[j].start, blocks[j].end, *item_rule)
        if st is not None:
            goal.statements.append(st)
    return goal


# "Our aim" over "Our aim is to ...": the one aim, said as a commitment, not a theme (round 43)
_ONE_AIM = re.compile(r"\W*(?:our|the)\s+(?:overall\s+|main\s+|core\s+)?(?:aim|goal|ambition)\W*", re.IGNORECASE)
_WILL_START = re.compile(r"\s*(?:we\s+will|we['’]ll)\b", re.IGNORECASE)
# ("The key principles of the strategy are" names its goals; "principles we work by" are values)
_NOT_GOAL_LEAD = re.compile(
    r"\b(?:values?|behaviou?rs?|principles(?!\s+of\s+(?:the|our|this)\s+(?:\w+\s+)?(?:strategy|plan))|expect)\b",
    re.IGNORECASE)


def named_will_goals(ctx: Context) -> list[Statement]:
    """A run of two or more bullets "Name: We will ..." ("Respond: We will respond to patient
    needs ...") outside any section: goals named by the short titles, each with its "we will"
    description as the statement (values in that shape sit under a values heading, used first)."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    k = 0
    n = len(blocks)
    while k < n:
        if blocks[k].kind != "item" or k in ctx.used or blocks[k].depth != 0:
            k += 1
            continue
        lead = ctx.content(k - 1) if k > 0 else ""
        # "1. Patient safety: We will ..." over "1.1 - We will ..." sub-items: the run goes on
        # through each head's sub-items, which become that goal's statements.
        wide = k
        while wide < n and blocks[wide].kind == "item" and wide not in ctx.used \
                and (blocks[wide].depth == 0 or blocks[wide].parent is not None and wide > k):
            wide += 1
        heads = [i for i in range(k, wide) if blocks[i].depth == 0]
        subs = {i: [j for j in range(k, wide) if blocks[j].parent == i] for i in heads}
        if wide > k + len(heads) and sum(len(v) for v in subs.values()) == wide - k - len(heads) \
                and _named_will_run(ctx, heads, lead):
            run = wide
        else:
            run = k
            while run < n and blocks[run].kind == "item" and run not in ctx.used \
                    and blocks[run].depth == 0:
                run += 1
            heads = list(range(k, run))
            subs = {}
        if _named_will_run(ctx, heads, lead):
            for i in heads:
                sp = split_name(ctx.text, blocks[i].start, blocks[i].end, 4)
                assert sp is not None
                goal = ctx.statement("goal", blocks[i].start, sp[0], "goal-named-will", 0.7,
                                     strip=":–—-")
                desc = ctx.statement("commitment", sp[1], blocks[i].end, "goal-description", 0.75)
                if goal is None:
                    continue
                ctx.used.add(i)
                if desc is not None:
                    goal.statements.append(desc)
                for j in subs.get(i, []):
                    ctx.used.add(j)
                    st = ctx.statement("commitment", blocks[j].start, blocks[j].end, "goal-item", 0.75)
                    if st is not None:
                        goal.statements.append(st)
                goals.append(goal)
        k = run
    return goals


def _named_will_run(ctx: Context, items: list[int], lead: str) -> bool:
    """Two or more "Name: We will ..." items, not under a values or behaviours lead-in."""
    if len(items) < 2 or _NOT_GOAL_LEAD.search(lead):
        return False
    blocks = ctx.blocks
    for i in items:
        sp = split_name(ctx.text, blocks[i].start, blocks[i].end, 4)
        if sp is None or sp[2] != 0 or not title_like(ctx.text[blocks[i].start : sp[0]].strip()) \
                or not _WILL_START.match(ctx.text, sp[1], blocks[i].end):
            return False
    return True


# "For Our Population - we will:" / "Culture – we will:" over a list: the goal's name, then
# what it commits to (two or more such lead-ins on a page).
_NAMED_WILL_LEAD = re.compile(
    r"\s*(?P<name>[A-Z][^:;.!?–—]{1,50}?)\s+[–—-]\s+(?:we\s+will|we['’]ll|we\s+aim\s+to|"
    r"we\s+are\s+going\s+to|we\s+plan\s+to)\s*:\s*$",
    re.IGNORECASE,
)


def named_lead_in_goals(ctx: Context) -> list[Statement]:
    """Lead-ins "Name – we will:" over lists, two or more: goals named Name, their items the
    statements. Runs before the sections, so that a list's lead-in is not read as a child's
    body or as bare commitments."""
    blocks = ctx.blocks
    leads = []
    for k in range(len(blocks) - 1):
        if k in ctx.used or blocks[k].kind != "para" or blocks[k + 1].kind != "item":
            continue
        match = _NAMED_WILL_LEAD.fullmatch(ctx.content(k))
        if match is not None and not _GENERIC.search(match.group("name")):
            leads.append((k, match))
    if len(leads) < 2:
        return []
    goals: list[Statement] = []
    for k, match in leads:
        start = blocks[k].start + match.start("name")
        goal = ctx.statement("goal", start, blocks[k].start + match.end("name"),
                             "goal-named-lead-in", 0.8)
        if goal is None:
            continue
        ctx.used.add(k)
        goal.statements.extend(statements_in(ctx, k + 1, k + 1 + len(ctx.items_after(k)), None))
        goals.append(goal)
    return goals


# The sub-heading between an objective and the list that delivers it: "Priorities", "Key
# actions", "What we will do".
_SUB_LIST = re.compile(
    r"(?:our\s+|key\s+|main\s+|high[\s-]level\s+)?(?:priorities|actions|deliverables|milestones)"
    r"|what\s+we\s+will\s+do|how\s+we\s+will\s+(?:do\s+(?:this|it)|achieve\s+(?:this|it)|deliver\s+(?:this|it))",
    re.IGNORECASE,
)


_REASON_LABEL = re.compile(r"\s*(?:chosen\s+because|why\s+we\s+(?:chose|picked|selected)\s+(?:this|it)(?:\s+\w+)?"
                           r"|rationale|reasons?\s+for\s+(?:choosing|selection|this)|background|context)\s*:\s*",
                           re.IGNORECASE)
_CONTEXT_HEAD = re.compile(r"(?:why\s+(?:this|it)\s+matters|why\s+(?:this|it)\s+is\s+important|background"
                           # "Why we chose this priority" (a quality account, round 44)
                           r"|why\s+we\s+(?:chose|picked|selected|have\s+chosen)\s+(?:this|these)(?:\s+\w+)?"
                           r"|context|the\s+challenges?|the\s+problem|where\s+we\s+are\s+now|what\s+(?:this|it)\s+means(?:\s+for\s+(?:you|us|people|patients))?)\??", re.IGNORECASE)


_CONTEXT_LEAD = re.compile(r"\s*(?:what\s+(?:this|it)\s+means|why\s+(?:this|it)\s+matters|what\s+this\s+looks\s+like"
                           r"|in\s+practice|why\s+we\s+(?:chose|picked|selected)\s+(?:this|these)(?:\s+\w+)?)\s*:", re.IGNORECASE)


def objective_sublists(ctx: Context) -> list[Statement]:
    """An objective written as a sentence ("We will reform and redesign the way we deliver
    care.") over a sub-heading ("Priorities") and a list, two or more in a row: goals named by
    the sentences, the lists their statements."""
    blocks = ctx.blocks
    found = []
    for k in range(len(blocks) - 2):
        block = blocks[k]
        if k in ctx.used or block.kind != "para" or ctx.is_lead_in(k) or block.label:
            continue
        words = len(ctx.content(k).split())
        if not 4 <= words <= 40 or len(ctx.sentences(block.start, block.end)) > 2:
            continue
        if k and _CONTEXT_HEAD.fullmatch(ctx.content(k - 1).strip(" *_:#")):
            continue  # "Why this matters" over the paragraph: the reason, not the objective (round 30)
        if _CONTEXT_LEAD.match(ctx.content(k)):
            continue  # "What this means: every patient gets ..." under a goal's label (round 32)
        if k and blocks[k - 1].kind == "heading" and (blocks[k - 1].label or _LABEL.match(ctx.content(k - 1))):
            continue  # "Outcome 1: Protecting health" over its context: the label names the goal (round 38)
        if _sub_list_at(ctx, k + 1):
            found.append(k)
    titled = _titled_sublists(ctx)
    if len(titled) >= 2:
        found = [k for k in found if k - 1 not in titled]  # a titled entry's description line
    if len(found) < 2 and len(titled) < 2:
        return []
    goals: list[Statement] = []
    for k in found if len(found) >= 2 else []:
        goal = ctx.statement("goal", blocks[k].start, blocks[k].end, "goal-over-sublist", 0.75)
        if goal is None:
            continue
        ctx.used.update((k, k + 1))
        goal.statements.extend(statements_in(ctx, k + 2, k + 2 + len(ctx.items_after(k + 1)),
                                             None))
        goals.append(goal)
    for k in titled if len(titled) >= 2 else []:
        # "1. Delivering compassionate excellence" / "To be a patient-centred organisation ..." /
        # "High level priorities" / bullets: the title names the goal, the line and the bullets
        # are its statements (exam 30)
        goal = ctx.statement("goal", blocks[k].start, blocks[k].end, "goal-titled-sublist", 0.7)
        if goal is None:
            continue
        ctx.used.update((k, k + 1, k + 2))
        desc = ctx.statement("commitment", blocks[k + 1].start, blocks[k + 1].end, "goal-description", 0.7)
        if desc is not None:
            goal.statements.append(desc)
        items = ctx.items_after(k + 2)
        items = items[: next((n for n, i in enumerate(items)
                              if blocks[i].marker_class != blocks[items[0]].marker_class), len(items))]
        goal.statements.extend(statements_in(ctx, k + 3, k + 3 + len(items), None))
        goals.append(goal)
    return goals


def _sub_list_at(ctx: Context, k: int) -> bool:
    """A "Priorities" / "Key actions" sub-heading at ``k`` right over a list."""
    return k + 1 < len(ctx.blocks) and ctx.blocks[k].kind in ("heading", "para") \
        and _SUB_LIST.fullmatch(ctx.content(k).strip(" *_:")) is not None \
        and ctx.blocks[k + 1].kind == "item"


def _titled_sublists(ctx: Context) -> list[int]:
    """Short titles (a numbered entry or a heading) each over one description line and a
    "High level priorities" sub-heading over its list."""
    blocks = ctx.blocks
    found = []
    for k in range(len(blocks) - 3):
        if k in ctx.used or k + 1 in ctx.used or blocks[k].kind not in ("heading", "item") \
                or blocks[k + 1].kind != "para" or not _sub_list_at(ctx, k + 2):
            continue
        title = _NUMBERING.sub("", ctx.content(k), count=1).strip(" *_")
        if blocks[k].kind == "item" and blocks[k].marker_class != "number" or len(title.split()) > 10 \
                or title.endswith((".", ":")) or len(ctx.sentences(blocks[k + 1].start, blocks[k + 1].end)) > 2 \
                or _CONTEXT_HEAD.fullmatch(title.strip(" :#")) or _LABEL.match(title) is not None \
                or _CONTEXT_LEAD.match(ctx.content(k + 1)):
            continue  # ("Why it matters" over the reason; "Theme one: Quality" is read as a label)
        found.append(k)
    return found


_COLUMN_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}[,;]?")
_GOAL_MENTION = re.compile(r"\b(?:goals?|aims?|objectives?|ambitions?|priorit(?:y|ies)|pillars?)\b",
                           re.IGNORECASE)


def parallel_columns(ctx: Context) -> list[Statement]:
    """A graphic's labels copied as one column, then its descriptions as another: three or more
    short names ("Right care," / "Right time," / "Right place;" / "Every time"), then as many
    lower-case lines ("delivering quality services ...", ...), right after a line about the
    goal: goals, each with the description in the same position as its statement."""
    blocks = ctx.blocks
    n = len(blocks)
    k = 0
    while k < n:
        run = k
        while run < n and run not in ctx.used and blocks[run].kind in ("para", "heading") \
                and _COLUMN_NAME.fullmatch(ctx.content(run).strip()):
            run += 1
        count = run - k
        if count < 3 or not any(_GOAL_MENTION.search(ctx.content(m))
                                for m in range(max(0, k - 2), k)):
            k = max(run, k + 1)
            continue
        described = [j for j in range(run, min(n, run + count))
                     if j not in ctx.used and blocks[j].kind == "para"
                     and ctx.content(j)[:1].islower() and len(ctx.content(j).split()) >= 4]
        if len(described) != count or described[-1] != run + count - 1:
            k = run
            continue
        goals: list[Statement] = []
        for name, desc in zip(range(k, run), described, strict=True):
            goal = ctx.statement("goal", blocks[name].start, blocks[name].end, "goal-column", 0.65,
                                 strip=",;")
            statement = ctx.statement("commitment", blocks[desc].start, blocks[desc].end,
                                      "goal-column-description", 0.6)
            if goal is None:
                continue
            ctx.used.update((name, desc))
            if statement is not None:
                goal.statements.append(statement)
            goals.append(goal)
        return goals
    return []


# "This ambition focuses on ...": the paragraph under a topic heading says the heading is a goal.
_THIS_GOAL = re.compile(
    r"\s*(?:this|the)\s+(?:strategic\s+|key\s+|overarching\s+)?"
    r"(?:ambition|goal|objective|priority|pillar|aim|commitment)\s+(?:is\b|focuses\b|means\b|"
    r"sets\b|covers\b|is\s+about\b|aims\b|seeks\b|will\b)",
    re.IGNORECASE,
)


def self_described_goals(ctx: Context) -> list[Statement]:
    """A topic heading whose first paragraph calls it a goal ("Our Communities and Partners" /
    "This ambition focuses on ..."), as on a page that spotlights one of a strategy's goals:
    the goal named by the heading, its list (or "we will" sentences) the statements. Runs before
    the sections, so that the list's "Our priorities include:" is not read as a section."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for index, block in enumerate(blocks[:-1]):
        if block.kind != "heading" or block.label or index in ctx.used \
                or blocks[index + 1].kind != "para" or role_of(ctx, index) is not None:
            continue
        if not _THIS_GOAL.match(ctx.text, blocks[index + 1].start, blocks[index + 1].end):
            continue
        goal, _ = goal_name(ctx, index)
        if goal is None:
            continue
        stop = body_end(ctx, index, len(blocks))
        ctx.used.add(index)
        ctx.used.add(index + 1)  # the paragraph describes the goal; it is not one of its statements
        goal.rule = "goal-self-described"
        goal.confidence = 0.7
        goal.statements.extend(statements_in(ctx, index + 2, stop, None))
        goals.append(goal)
    return goals


# "Outcome: DCHS is a great place to work ..." right under a theme's title (a strategy on a page)
_OUTCOME = re.compile(r"\s*(?:strategic\s+|our\s+)?outcome\s*[:–—-]\s*(?=\S)", re.IGNORECASE)


def outcome_titled_goals(ctx: Context) -> list[Statement]:
    """A title over "Outcome: ..." (a strategy on a page: each theme's title, the outcome it
    aims at, then its indicators): the goal named by the title, the outcome its statement; the
    indicators or measures under it are how progress is tracked, not statements."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for index, block in enumerate(blocks[:-1]):
        nxt = blocks[index + 1]
        if block.kind != "heading" or block.label or index in ctx.used or nxt.kind != "para" \
                or role_of(ctx, index) is not None or len(ctx.content(index).split()) > 8:
            continue
        outcome = _OUTCOME.match(ctx.text, nxt.start, nxt.end)
        if outcome is None:
            continue
        goal, _ = goal_name(ctx, index)
        if goal is None:
            continue
        statement = ctx.statement("commitment", outcome.end(), nxt.end, "goal-outcome", 0.7)
        if statement is not None:
            goal.statements.append(statement)
        goal.rule, goal.confidence = "goal-outcome-title", 0.7
        ctx.used.update((index, index + 1))
        k = index + 2
        if k < len(blocks) and blocks[k].kind == "para" and ctx.is_lead_in(k) \
                and MEASURES_LEAD.search(ctx.content(k)):
            ctx.used.add(k)  # "Strategic indicators:" and its list: measures
            k += 1
            while k < len(blocks) and blocks[k].kind == "item":
                ctx.used.add(k)
                k += 1
        goals.append(goal)
    return goals


# "Attract and Recruit. We want to be an employer of choice.": a short title, its full stop,
# then the sentence that says what it means (the title's bullet or heading lost in copying)
_DOTTED_NAME = re.compile(
    r"\s*(?P<name>[A-Z][\w’'-]*(?:,?[ \t]+[\w’'-]+){0,5})\.[ \t]+(?P<rest>(?:we|our)\s+\S.*)",
    re.IGNORECASE | re.DOTALL,
)


# "Our Ten Strategic Objectives: 01 Deliver ... . 02 Ensure ... ." in one run of text (a slide
# deck flattened into a paragraph, exam 30): the count, then its numbered entries in order
_COUNTED_COLON = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:objectives|goals|aims|priorities|ambitions)\s*:\s*", re.IGNORECASE)


def flattened_numbered_goals(ctx: Context) -> list[Statement]:
    """The numbered entries after a counted lead-in inside one paragraph ("Our Ten Strategic
    Objectives: 01 Deliver consistent ... 02 Ensure ..."): a goal each, exactly as many as the
    count, numbered 1 to N in order; the last runs to its full stop."""
    goals: list[Statement] = []
    text = ctx.text
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used or block.kind != "para":
            continue
        for lead in _COUNTED_COLON.finditer(text, block.start, block.end):
            count = count_of(lead.group("count"))
            if count is None or count < 3:
                continue
            starts: list[tuple[int, int]] = []  # (number's start, entry's start)
            cursor = lead.end()
            for n in range(1, count + 1):
                number = re.compile(rf"(?<!\d)0?{n}[ \t]+(?=[A-Z])").search(text, cursor, block.end)
                if number is None or (n == 1 and number.start() != lead.end()) \
                        or n > 1 and number.start() - cursor > 400:
                    break
                starts.append((number.start(), number.end()))
                cursor = number.end()
            if len(starts) != count:
                continue
            bounds = [s for s, _ in starts[1:]]
            last_stop = text.find(". ", starts[-1][1], block.end)
            bounds.append(last_stop + 1 if last_stop >= 0 else block.end)
            found = [ctx.statement("goal", e, b, "goal-flattened-numbered", 0.6, strip=". ")
                     for (_, e), b in zip(starts, bounds, strict=True)]
            if all(g is not None for g in found):
                goals.extend(g for g in found if g is not None)
                ctx.used.add(k)
                break
    return goals


# "- Care without walls: We bring care out of the hospital ...": a short name, a colon, a sentence
_NAMED_COLON_ITEM = re.compile(r"\s*(?:\*\*|__)?(?P<name>[A-Z][\w’'-]*(?:[ \t]+[\w’'&-]+){0,5})(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=[A-Z])")


def counted_named_items(ctx: Context) -> list[Statement]:
    """A lead-in that counts what it lists ("... built on four main ideas, ...:", "... focusing on
    three big changes:") over exactly that many "Name: Sentence" items: goals named by the names,
    each sentence its statement (exam 31's family)."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for k, block in enumerate(blocks):
        if k in ctx.used or block.kind != "para" or not ctx.is_lead_in(k) or _NOT_INTRO_WORD.search(ctx.content(k)):
            continue
        sentences = ctx.sentences(block.start, block.end)
        last = ctx.text[sentences[-1][0] : sentences[-1][1]] if sentences else ctx.content(k)
        # the first count in words ("four main ideas"), not a numeral
        word = next((m.group().split()[0] for m in _SET_OUT_COUNT.finditer(last)
                     if not m.group()[0].isdigit()), None)
        if word is None:
            continue
        count = count_of(word)
        items = ctx.items_after(k)
        if count is None or len(items) != count or any(i in ctx.used or blocks[i].depth for i in items):
            continue
        matches = [_NAMED_COLON_ITEM.match(ctx.text, blocks[i].start, blocks[i].end) for i in items]
        if not all(matches):
            continue
        ctx.used.add(k)
        for i, m in zip(items, matches, strict=True):
            assert m is not None
            goal = ctx.statement("goal", m.start("name"), m.end("name"), "goal-counted-named-item", 0.7)
            if goal is None:
                continue
            ctx.used.add(i)
            desc = ctx.statement("commitment", m.end(), blocks[i].end, "goal-description", 0.7)
            if desc is not None:
                goal.statements.append(desc)
            goals.append(goal)
    return goals


# What was done, not what will be: "Progress in 2024/25", "Our achievements", "Looking back"
_PROGRESS_HEAD = re.compile(r"\s*(?:our\s+)?(?:progress|performance|achievements?|highlights|looking\s+back"
                            r"|review\s+of\s+the\s+year|what\s+we\s+(?:did|achieved|have\s+achieved))\b",
                            re.IGNORECASE)


def _under_progress(ctx: Context, index: int) -> bool:
    """Whether the nearest heading above block ``index`` reports progress made."""
    k = index - 1
    while k >= 0 and ctx.blocks[k].kind != "heading":
        k -= 1
    return k >= 0 and _PROGRESS_HEAD.match(ctx.content(k)) is not None


def dotted_name_goals(ctx: Context) -> list[Statement]:
    """Three or more blocks in a row, each "Name. We ..." (a title-like name ended by a full
    stop, then a "We want/will ..." sentence): goals named Name, the rest their statement."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    k = 0
    while k < len(blocks):
        run: list[tuple[int, re.Match[str]]] = []
        j = k
        while j < len(blocks) and j not in ctx.used and blocks[j].kind in ("para", "item"):
            match = _DOTTED_NAME.fullmatch(ctx.content(j))
            if match is None or not title_like(match.group("name")) \
                    or _GENERIC.search(match.group("name")):
                break
            run.append((j, match))
            j += 1
        if len(run) < 3:
            k = max(j, k + 1)
            continue
        if _under_progress(ctx, run[0][0]):
            k = j  # "Progress in 2024/25" over "SO1 Excellent care. We reduced ...": a report
            continue
        if run[0][0] > 0 and role_of(ctx, run[0][0] - 1) == "values":
            k = j  # "Our values ... have not changed:" over "Hope. We believe ...": values (round 55)
            continue
        for i, match in run:
            offset = blocks[i].start
            code = _CODE_LABEL.match(ctx.text, offset + match.start("name"), offset + match.end("name"))
            goal = ctx.statement("goal", code.end() if code else offset + match.start("name"),
                                 offset + match.end("name"), "goal-dotted-name", 0.7)
            if goal is None:
                continue
            ctx.used.add(i)
            desc = ctx.statement("commitment", offset + match.start("rest"), blocks[i].end,
                                 "goal-description", 0.7)
            if desc is not None:
                goal.statements.append(desc)
            goals.append(goal)
        k = j
    return goals


# "1 Achieving zero delays" (a number, a space, no dot) as headings over their paragraphs
_SPACED_NUMBER = re.compile(r"\s*(?P<n>\d{1,2})[ \t]+(?P<name>[A-Z][^.!?:;]{2,80}?)\s*")


def spaced_number_titles(ctx: Context) -> list[Statement]:
    """Two or more headings "1 Name", "2 Name", ... numbered in order from 1: goals named Name,
    the blocks under each (to the next heading) their statements."""
    blocks = ctx.blocks
    heads: list[tuple[int, re.Match[str]]] = []
    for k, block in enumerate(blocks):
        if block.kind != "heading" or k in ctx.used:
            continue
        match = _SPACED_NUMBER.fullmatch(ctx.content(k))
        if match is not None and int(match.group("n")) == len(heads) + 1:
            heads.append((k, match))
    if len(heads) < 2:
        return []
    goals: list[Statement] = []
    for number, (k, match) in enumerate(heads):
        stop = k + 1
        limit = heads[number + 1][0] if number + 1 < len(heads) else len(blocks)
        if stop + 1 < limit and blocks[stop].kind == "heading" and blocks[stop + 1].kind == "item" \
                and len(ctx.content(stop).split()) <= 8:
            # "1  QUALITY" / "Outstanding care, every call" / its bullets (a graphic's text):
            # the tagline says what the name means; the bullets are the statements (round 55)
            ctx.used.add(stop)
            stop += 1
        while stop < limit and blocks[stop].kind != "heading":
            stop += 1
        offset = blocks[k].start
        goal = ctx.statement("goal", offset + match.start("name"), offset + match.end("name"),
                             "goal-spaced-number", 0.7)
        if goal is None:
            continue
        ctx.used.add(k)
        body = [j for j in range(k + 1, stop) if j not in ctx.used]
        found = statements_in(ctx, k + 1, stop, None)
        if not found and len(body) == 1 and blocks[body[0]].kind == "para" \
                and len(ctx.content(body[0]).split()) <= 80:
            # the title's one paragraph, a little longer than a usual short body
            found = [st for st in [ctx.statement("commitment", blocks[body[0]].start,
                                                 blocks[body[0]].end, "goal-paragraph", 0.6)] if st]
        goal.statements.extend(found)
        goals.append(goal)
    return goals


# "Commission services that can;" / "... which are:": an item whose sentence goes on in the
# items after it (the sub-list's indent lost in copying)
_OPEN_ITEM = re.compile(r"\b(?:that|which|who)\s+(?:can|will|are|is|must|should)\s*[;:]\s*$", re.IGNORECASE)


def nest_open_items(ctx: Context, goals: list[Statement]) -> list[Statement]:
    """Goals of one list where an item ends "... that can;": the items after it, to the list's
    end, finish its sentence; they are its statements, not goals of their own."""
    for number, goal in enumerate(goals):
        line_end = ctx.text.find("\n", goal.span.end)
        tail = ctx.text[goal.span.start : line_end if line_end >= 0 else len(ctx.text)]
        if not _OPEN_ITEM.search(tail) or goal.statements or number + 1 >= len(goals):
            continue
        rest = goals[number + 1 :]
        if any(g.statements for g in rest):
            continue
        for g in rest:
            st = ctx.statement("commitment", g.span.start, g.span.end, "goal-open-item", 0.7)
            if st is not None:
                goal.statements.append(st)
        return goals[: number + 1]
    return goals


# "Start well, live well, age well — Supporting people to be healthier.": a short name (commas
# allowed), a spaced dash, then a capitalised description
_DASHED_ITEM = re.compile(r"\s*(?P<name>[A-Z][^—–:.;!?]{1,60}?)[ \t]+[—–][ \t]+(?P<desc>[A-Z].*\S)\s*",
                          re.DOTALL)


def dashed_item_goals(ctx: Context) -> list[Statement]:
    """A "We will do this by:" (or "We will:") lead-in over two or more items, every one "Name —
    Description": goals named Name, each with its description as the statement (not
    commitments written "Name — Description")."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for k in range(len(blocks) - 1):
        if k in ctx.used or blocks[k].kind != "para" or not ctx.is_lead_in(k) \
                or not (_BY_LEAD.search(ctx.content(k)) or COMMIT_LEAD.search(ctx.content(k))):
            continue
        items = [i for i in ctx.items_after(k) if blocks[i].depth == blocks[k + 1].depth]
        if len(items) < 2 or len(items) != len(ctx.items_after(k)) or any(i in ctx.used for i in items):
            continue
        matches = [_DASHED_ITEM.fullmatch(ctx.content(i)) for i in items]
        if not all(m is not None and len(m.group("name").split()) <= 8
                   and not _WILL_START.match(m.group("desc")) for m in matches):
            continue
        for i, match in zip(items, matches, strict=True):
            assert match is not None
            start = blocks[i].start
            goal = ctx.statement("goal", start + match.start("name"), start + match.end("name"),
                                 "goal-dashed-item", 0.7)
            if goal is None:
                continue
            desc = ctx.statement("commitment", start + match.start("desc"), start + match.end("desc"),
                                 "goal-description", 0.7)
            if desc is not None:
                goal.statements.append(desc)
            ctx.used.add(i)
            goals.append(goal)
        ctx.used.add(k)
    return goals


# "By 2028 we will: ensure ...": a one-line lead-in and its promise on one line
_INLINE_WILL = re.compile(
    r"\s*(?P<lead>(?:[A-Z][^:.;!?\n]{0,40}?\s+)?we\s+will)\s*:\s*(?P<body>[a-z][^\n]*\S)\s*")


def numbered_titles_inline_will(ctx: Context) -> list[Statement]:
    """Numbered short titles, each over one line "By 2028 we will: <promise>", two or more in
    a row (however the list was numbered, "1." each time when a Markdown copy lost the count):
    goals named by the titles, the promise after the lead-in their statement."""
    blocks = ctx.blocks
    pairs: list[tuple[int, re.Match[str]]] = []
    k = 0
    n = len(blocks)
    while k + 1 < n:
        block = blocks[k]
        match = None
        if block.kind == "item" and block.marker_class == "number" and block.depth == 0 \
                and k not in ctx.used and k + 1 not in ctx.used and blocks[k + 1].kind == "para" \
                and len(ctx.content(k).split()) <= 8 and title_like(ctx.content(k)):
            match = _INLINE_WILL.fullmatch(ctx.content(k + 1))
        if match is not None:
            pairs.append((k, match))
            k += 2
            continue
        if len(pairs) >= 2:
            break
        pairs = []
        k += 1
    if len(pairs) < 2:
        return []
    goals: list[Statement] = []
    for k, match in pairs:
        goal = ctx.statement("goal", blocks[k].start, blocks[k].end, "goal-numbered-inline-will",
                             0.7, strip=":–—-")
        if goal is None:
            continue
        offset = blocks[k + 1].start
        timeframe = timeframe_of(match.group("lead"))
        st = ctx.statement("commitment", offset + match.start("body"), offset + match.end("body"),
                           "goal-inline-will", 0.7, timeframe=timeframe)
        ctx.used.update((k, k + 1))
        if st is not None:
            goal.statements.append(st)
        goals.append(goal)
    return goals


_COUNTED_GOAL_WORD = re.compile(r"\b(?:goals|objectives|aims|ambitions|priorities|pillars)\b",
                                re.IGNORECASE)


def counted_sentence_goals(ctx: Context) -> list[Statement]:
    """A sentence that counts the goals ("... are supported by four strategic priorities,
    which ...", ending in a full stop, no colon) right over a numbered list of "We will ..."
    sentences, no more of them than the count: each sentence is a goal, not a commitment."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for k, content in _stopped_paras(ctx):
        count = number_in(content)
        if count is None or count < 2 or not _COUNTED_GOAL_WORD.search(content):
            continue
        items = ctx.items_after(k)
        if not 2 <= len(items) <= count or any(
                blocks[i].marker_class != "number" or blocks[i].depth != 0 or i in ctx.used
                or not _WILL_START.match(ctx.content(i)) for i in items):
            continue
        goals.extend(_items_as_goals(ctx, items, "goal-counted-sentence", 0.7))
    return goals


_NTH = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth)"  # (not "next": "... is our next priority" reassures)
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|1|2|3|4|5|6|7|8)"
_ROLE_WORD = r"(?:priority|aim|goal|objective|ambition)"
# "Our first priority is improving urgent and emergency care.", "Priority two centres on planned
# care and waiting times.", "Mental health is our third priority.": a goal named in prose
_ORDINAL_SENTENCE = re.compile(
    r"\s*(?:(?:finally|secondly|thirdly|lastly|next),?\s+)?(?:our|the)\s+" + _NTH + r"\s+(?:[\w-]+\s+)?" + _ROLE_WORD
    + r"\s+is\s+(?:to\s+(?=\w+\s)|on\s+)?(?P<name>[^.;:!?]{3,90}?)\s*\."
    r"|\s*" + _ROLE_WORD + r"\s+" + _NUMBER_WORD + r"\s+(?:centres|centers|focuses|is\s+focused)\s+on\s+(?P<name2>[^.;:!?]{3,90}?)\s*\."
    r"|\s*(?P<name3>(?-i:[A-Z])[^.;:!?]{2,80}?)\s+is\s+our\s+" + _NTH + r"\s+(?:[\w-]+\s+)?" + _ROLE_WORD + r"\s*\.",
    re.IGNORECASE)


def ordinal_priority_paragraphs(ctx: Context) -> list[Statement]:
    """Two or more paragraphs, each opening with a sentence that names one priority by its place
    ("Our first priority is ...", "Priority two centres on ..."): goals named by the phrase,
    the paragraph's commitment sentences their statements (a CCG's commissioning intentions,
    round 47)."""
    found = []
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used or block.kind not in ("para", "heading") or block.explicit:
            continue  # ("Priority two centres on ..." reads as a label line)
        match = _ORDINAL_SENTENCE.match(ctx.text, block.start, block.end)
        if match is not None:
            found.append((k, match))
    if len(found) < 2:
        return []
    goals = []
    for k, match in found:
        part = next(p for p in ("name", "name2", "name3") if match.group(p) is not None)
        goal = ctx.statement("goal", match.start(part), match.end(part), "goal-ordinal-sentence", 0.7)
        if goal is None:
            continue
        ctx.used.add(k)
        goal.statements.extend(_tail_statements(ctx, match.end(), ctx.blocks[k].end))
        goals.append(goal)
    return goals


# "... for the five years Goal 1 Safe and reliable care Over the next five years we will ...": a
# numbered goal's label inside text that lost its stops, its name the run of words from a capital
# to the next capital (round 47)
_RUN_ON_LABEL = re.compile(r"(?<![\w-])(?:Goal|Priority|Objective|Aim)[ \t]+\d{1,2}[ \t]+"
                           r"(?P<name>(?!(?:Goal|Priority|Objective|Aim)\b)[A-Z][a-z’'-]*(?:[ \t]+(?:[a-z][\w’'-]*|NHS|GP|A&E)){1,9})"
                           r"(?=[ \t]+[A-Z])")
_FUNCTION_WORDS = frozenset("the a an and or of to in on at for with by from as that which".split())
_FIGURE_LABEL = re.compile(r"[ \t]+(?=(?:Figure|Table|Chart)[ \t]+\d)")


def run_on_labelled_goals(ctx: Context) -> list[Statement]:
    """Two or more numbered goal labels inside long stretches of text with next to no full
    stops: goals named after each label, the commitments up to the next label its statements."""
    found: list[tuple[int, re.Match[str]]] = []
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used or block.kind not in ("para", "heading", "item"):
            continue
        words = len(ctx.text[block.start : block.end].split())
        stops = ctx.text.count(". ", block.start, block.end)
        if words < 40 or stops * 40 > words:
            continue
        found.extend((k, m) for m in _RUN_ON_LABEL.finditer(ctx.text, block.start, block.end))
    if len(found) < 2:
        return []
    goals: list[Statement] = []
    for number, (k, match) in enumerate(found):
        block = ctx.blocks[k]
        stop = found[number + 1][1].start() if number + 1 < len(found) and found[number + 1][0] == k else block.end
        figure = _FIGURE_LABEL.search(ctx.text, match.end(), stop)
        stop = figure.start() if figure else stop
        if match.group("name").split()[-1].lower() in _FUNCTION_WORDS:
            continue  # "Safe and effective care the Trust reduced ...": prose, not a label's name
        goal = ctx.statement("goal", match.start("name"), match.end("name"), "goal-run-on-label", 0.6)
        if goal is None:
            continue
        if not ctx.text[block.start : match.start()].strip():
            ctx.used.add(k)  # (a block with text before its first label stays open: it may state the vision)
        for s, e in ctx.sentences(match.end("name"), stop):
            if is_commitment_sentence(ctx.text[s:e]):
                st = ctx.statement("commitment", commitment_start(ctx.text, s, e), e, "goal-run-on-sentence", 0.6)
                if st is not None:
                    goal.statements.append(st)
        goals.append(goal)
    return goals


def _stopped_paras(ctx: Context):  # noqa: ANN202
    """The paragraphs no extractor took that end in a full stop, with their text."""
    for k, block in enumerate(ctx.blocks):
        if k not in ctx.used and block.kind == "para":
            content = ctx.content(k).rstrip(" *_")
            if content.endswith("."):
                yield k, content


def _items_as_goals(ctx: Context, items: list[int], rule: str, confidence: float,
                    strip: str = "") -> list[Statement]:
    """Each item a goal, named by the whole item (the items are taken)."""
    goals: list[Statement] = []
    for i in items:
        goal = ctx.statement("goal", ctx.blocks[i].start, ctx.blocks[i].end, rule, confidence,
                             strip=strip)
        if goal is not None:
            ctx.used.add(i)
            goals.append(goal)
    return goals



# "four key commitments", "three big changes": a count over up to three words, a plural
_SET_OUT_COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                            r"(?:[\w-]+\s+){0,2}?[\w-]+s\b", re.IGNORECASE)


def pointed_named_lines(ctx: Context) -> list[Statement]:
    """A sentence that counts what it sets out ("we have set out three key commitments ..."),
    then "These are:" over exactly that many "Name: description" lines: goals named by the
    names, each description its statement."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for k in range(1, len(blocks) - 2):
        if k in ctx.used or blocks[k].kind != "para" or blocks[k - 1].kind != "para" \
                or not _POINTING_LEAD.fullmatch(ctx.content(k).strip(" *_")):
            continue
        counted = _SET_OUT_COUNT.search(ctx.content(k - 1))
        count = count_of(counted.group().split()[0]) if counted else None
        if count is None or count < 2 or k + count >= len(blocks):
            continue
        lines = list(range(k + 1, k + 1 + count))
        splits = [split_name(ctx.text, blocks[i].start, blocks[i].end, 4) for i in lines]
        if any(blocks[i].kind != "para" or i in ctx.used for i in lines) or any(
                sp is None or sp[2] != 0 or not title_like(ctx.text[blocks[i].start : sp[0]].strip())
                for i, sp in zip(lines, splits, strict=True)):
            continue
        nxt = k + 1 + count
        if nxt < len(blocks) and blocks[nxt].kind == "para" \
                and split_name(ctx.text, blocks[nxt].start, blocks[nxt].end, 4) is not None:
            continue  # more such lines than the count: not this list
        for i, sp in zip(lines, splits, strict=True):
            assert sp is not None
            goal = ctx.statement("goal", blocks[i].start, sp[0], "goal-pointed-line", 0.7,
                                 strip=":–—-")
            if goal is None:
                continue
            ctx.used.add(i)
            desc = ctx.statement("commitment", sp[1], blocks[i].end, "goal-description", 0.7)
            if desc is not None:
                goal.statements.append(desc)
            goals.append(goal)
        ctx.used.add(k)
    return goals


def counted_title_pairs(ctx: Context) -> list[Statement]:
    """A paragraph that counts the goals and ends in a colon ("Our plan focuses on six
    priorities. They have been shaped by ...:"), over exactly twice that many lines that
    alternate a short title ("Be outstanding") and its one description line: a goal per title,
    the line its statement (exam 30). The count must match, so a run of ordinary headings and
    paragraphs after such a sentence is not taken for goals."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for k, block in enumerate(blocks):
        if k in ctx.used or not (block.kind == "para" and ctx.content(k).rstrip(" *_").endswith(":")
                                 or block.kind == "heading" and len(ctx.content(k).split()) <= 6):
            continue  # (or a heading that counts them, "OUR FOUR AMBITIONS", round 40)
        count = number_in(ctx.content(k))
        if count is None or not 2 <= count <= 10 or _NOT_INTRO_WORD.search(ctx.content(k)) \
                or not _COUNTED_GOAL_WORD.search(ctx.content(k)):
            continue
        pairs = [(k + 1 + 2 * i, k + 2 + 2 * i) for i in range(count)]
        if pairs[-1][1] >= len(blocks) or not all(_title_over_line(ctx, t, d) for t, d in pairs):
            continue
        nxt = pairs[-1][1] + 1
        if nxt + 1 < len(blocks) and _title_over_line(ctx, nxt, nxt + 1) \
                and len(ctx.content(nxt + 1).split()) >= 6:
            continue  # more pairs than the count: some other run
        ctx.used.add(k)
        for t, d in pairs:
            goal = ctx.statement("goal", blocks[t].start, blocks[t].end, "goal-counted-title-pair", 0.6)
            if goal is None:
                continue
            ctx.used.update((t, d))
            desc = ctx.statement("commitment", blocks[d].start, blocks[d].end, "goal-description", 0.6)
            if desc is not None:
                goal.statements.append(desc)
            goals.append(goal)
    return goals


def _title_over_line(ctx: Context, title: int, line: int) -> bool:
    """A short title line (no stop, up to six words) over a longer one-sentence line."""
    kinds = ("para", "heading")
    t, d = ctx.content(title).strip(" *_"), ctx.content(line).strip(" *_")
    return title not in ctx.used and line not in ctx.used \
        and ctx.blocks[title].kind in kinds and ctx.blocks[line].kind in kinds \
        and len(t.split()) <= 6 and title_like(t) and not _LABEL.fullmatch(t) \
        and len(d.split()) > len(t.split()) and len(d.split()) <= 40 \
        and len(ctx.sentences(ctx.blocks[line].start, ctx.blocks[line].end)) == 1 \
        and not d.endswith(":")


_NOT_INTRO_WORD = re.compile(r"\b(?:values?|behaviou?rs?|principles)\b", re.IGNORECASE)


def intro_stop_title_bullets(ctx: Context) -> list[Statement]:
    """A paragraph whose last sentence names the goals and ends in a full stop ("Our strategy
    for 2020-2023 sets out the direction and priorities for our organisation between now and
    2023."), right over three or more bullets that are short titles ("Whole person care"): the
    bullets are the goals, though nothing says "are:"."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for k, _ in _stopped_paras(ctx):
        sentences = ctx.sentences(blocks[k].start, blocks[k].end)
        last = ctx.text[sentences[-1][0] : sentences[-1][1]] if sentences else ""
        if not _COUNTED_GOAL_WORD.search(last) or _NOT_INTRO_WORD.search(last):
            continue
        items = ctx.items_after(k)
        if not 3 <= len(items) <= 10 or any(
                i in ctx.used or blocks[i].depth != 0 or not _short_title(ctx.content(i))
                for i in items):
            continue
        goals.extend(_items_as_goals(ctx, items, "goal-intro-stop-bullets", 0.6, strip="."))
        ctx.used.add(k)
    return goals


def _short_title(content: str) -> bool:
    """A title of up to six words ("Delivering services differently." keeps its stray stop)."""
    text = content.strip(" *_").removesuffix(".")
    return len(text.split()) <= 6 and title_like(text) and not _WILL_START.match(text) \
        and not text.lower().startswith("we ")


def will_paragraphs_over_actions(ctx: Context) -> list[Statement]:
    """Two or more objectives in a row, each a short "We will ..." paragraph (one or two
    sentences, ending in a full stop, not a lead-in) right over its bullets of actions
    ("Improve the management of hydration ..."): the labels over them were pictures ("Banner
    saying Care", dropped as furniture), so each paragraph is a goal, named by its sentences,
    and its bullets are the goal's statements."""
    blocks = ctx.blocks
    groups: list[tuple[int, list[int]]] = []
    k = 0
    while k < len(blocks):
        items = _actions_under(ctx, k)
        if items:
            groups.append((k, items))
            k = items[-1] + 1
            continue
        if groups and k in ctx.used and blocks[k].kind == "heading":
            k += 1  # a picture's label between two objectives ("Safety Element Graphic")
            continue
        if len(groups) < 2:
            groups = []
            k += 1
            continue
        break
    if len(groups) < 2:
        return []
    goals: list[Statement] = []
    for para, items in groups:
        goal = _goal_over_items(ctx, para, items, ("goal-will-paragraph-actions", 0.6),
                                ("goal-action", 0.6))
        if goal is not None:
            goals.append(goal)
    return goals


def _actions_under(ctx: Context, k: int) -> list[int]:
    """The action bullets under paragraph ``k`` when it is a short "we will" objective."""
    block = ctx.blocks[k]
    if block.kind != "para" or k in ctx.used:
        return []
    content = ctx.content(k).rstrip(" *_")
    sentences = ctx.sentences(block.start, block.end)
    if not content.endswith(".") or len(sentences) > 2 or len(content.split()) > 60 \
            or not re.search(r"\bwe\s+will\b", ctx.text[sentences[0][0] : sentences[0][1]],
                             re.IGNORECASE):
        return []
    how = k + 1 < len(ctx.blocks) and _DO_THIS_BY.fullmatch(ctx.content(k + 1)) is not None
    items = ctx.items_after(k + 1 if how else k)
    if len(items) < 2 or any(
            i in ctx.used or ctx.blocks[i].depth != 0 or not (how or ctx.content(i)[:1].isupper())
            or ctx.content(i).lower().startswith(("we ", "our ")) for i in items):
        return []  # (under "We will achieve this by:" the actions may start in lower case, round 59)
    if how:
        ctx.used.add(k + 1)
    return items


# "We will do this by:" between an objective's sentence and its actions (a business plan, real page)
_DO_THIS_BY = re.compile(r"\s*we\s+will\s+(?:do|achieve|deliver)\s+(?:this|these|it)\s+(?:by|through)\s*:\s*",
                         re.IGNORECASE)


# "2016 - 2017 Business plan", "Strategic Plan Document for 2014 - 2019": a document's title
_DOCUMENT_TITLE = re.compile(
    r"(?=.*\b(?:plan|strategy|report|document|accounts|account)\b)(?=.*\b(?:19|20)\d\d\b).*", re.IGNORECASE)


def is_document_title(text: str) -> bool:
    """A short title that names a document and its years (a link to it under "See our plans in
    full below:"), never a goal."""
    stripped = text.strip()
    first = stripped.split()[0].lower() if stripped else ""
    # "Implement the Digital Strategy 2024-2027" is a goal that names a document: a verb first
    return len(stripped.split()) <= 10 and title_like(stripped) \
        and _DOCUMENT_TITLE.fullmatch(stripped) is not None \
        and first not in _IMPERATIVE and first not in _DOCUMENT_VERBS and not first.endswith("ing")


_DOCUMENT_VERBS = frozenset("publish refresh produce write complete review adopt agree".split())


# A table copied from a web page as text, its cells apart by tabs, under a header row whose first
# cell names the goals ("Priority<TAB>What we will do<TAB>How we will know") (round 30)
_TAB_NAME_HEAD = re.compile(r"\s*(?:our\s+)?(?:(?:joint|shared|strategic|key|system)\s+)?(?:priority|priorities|goals?|aims?|objectives?|ambitions?|"
                            r"themes?|pillars?|areas?(?:\s+of\s+focus)?|outcomes?)\s*", re.IGNORECASE)
_TAB_DO_HEAD = re.compile(r"\s*(?:what\s+(?:we|the\s+(?:nhs|icb|trust|board))(?:\s+will|['’]ll)\s+do|we\s+will|(?:key\s+)?actions?|what\s+we\s+will\s+deliver"
                          r"|(?:key\s+)?deliverables?|(?:key\s+)?milestones?"  # ("Objective<TAB>Key deliverables<TAB>Q1 ...", round 51)
                          r"|how\s+we\s+will\s+(?:do\s+(?:it|this)|deliver(?:\s+it)?|get\s+there))\s*:?\s*",
                          re.IGNORECASE)
_TAB_LINE = re.compile(r"[^\n]*\t[^\n]*")


_GAP = re.compile(r"[ \t]{2,}")
_CODE_ONLY = re.compile(r"[A-Z]{1,4} ?\d{1,2}(?:\.\d{1,2})?(?:,\s*[A-Z]{1,4} ?\d{1,2})*")
_CELL_TEXT = re.compile(r"\S(?:[^\n \t]|[ \t](?=\S))*")  # a cell: words with single spaces between
_SPACED_NAME_HEAD = re.compile(r"(?:(?:corporate|strategic|annual|key)\s+)?(?:objectives?|priorit(?:y|ies)|goals?|aims?|ambitions?)"
                               r"(?:\s+\(continued\))?", re.IGNORECASE)
# a PDF page's running footer inside a table: "Kennet ... NHS Foundation Trust      Page 3"
_PAGE_FOOTER = re.compile(r"\S\s{2,}page\s+\d{1,3}\s*$|^_{10,}\s*$", re.IGNORECASE)
_SPACED_TEXT_HEAD = re.compile(r"what\s+(?:this|it)\s+means\b.*|description|what\s+it\s+involves|(?:key\s+)?deliverables?"
                               r"|what\s+we\s+will\s+do|(?:key\s+)?actions?", re.IGNORECASE)


def _nearest_gap(row: str, column: int) -> int:
    """Where a cell of ``row`` starts: the header's column, or a few characters before it when
    the row's cell starts there after a gap ("...to zero          Median wait" under "How we")."""
    if column <= 0 or column >= len(row) or row[column - 1] == " ":
        return column
    for shift in range(1, 4):
        at = column - shift
        if at >= 2 and row[at - 2 : at] == "  " and row[at] != " ":
            return at
    return column


def spaced_table_goals(ctx: Context) -> list[Statement]:
    """A table a PDF copied as text, its columns set apart by runs of spaces, under a header row
    that names a goals column ("Objective    What this means ...", "Ref   Corporate objective
    Lead   RAG   Commentary"): a goal per row, cut at the header's column positions (a cell may
    touch the next: "... year 2 actions DoP"); a description column gives its statement; lead,
    status and commentary columns are neither (rounds 50, 51)."""
    text = ctx.text
    goals: list[Statement] = []
    pos = 0
    limit = ctx.blocks[-1].end if ctx.blocks else 0  # (only as far as the blocks read: MAX_CHARS)
    while pos < limit:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        cells = [(m.start(), m.group()) for m in _CELL_TEXT.finditer(line)] \
            if len(line) <= 300 and "  " in line else []
        gaps_ok = len(cells) >= 2 and all(_GAP.fullmatch(line[a + len(t) : b]) for (a, t), (b, _) in zip(cells, cells[1:], strict=False))
        name_col = next((i for i, (_, t) in enumerate(cells) if _SPACED_NAME_HEAD.fullmatch(t)), None) if gaps_ok else None
        if name_col is not None and all(t.isdigit() for i, (_, t) in enumerate(cells) if i != name_col):
            name_col = None  # "Priorities            5": a contents line and its page number
        if name_col is None:
            pos = end + 1
            continue
        starts = [a for a, _ in cells]
        text_cols = [i for i, (_, t) in enumerate(cells) if i > name_col and _SPACED_TEXT_HEAD.fullmatch(t)]
        # column -> its entries, each [start, end] offsets in the text (a text column may hold
        # several entries, each starting with a capital on a line of its own, round 56)
        rows: list[dict[int, list[list[int]]]] = []
        row_pos = end + 1
        blanks = 0
        while row_pos < len(text) and len(rows) < 60:
            row_end = text.find("\n", row_pos)
            row_end = len(text) if row_end < 0 else row_end
            row = text[row_pos:row_end]
            if not row.strip():
                blanks += 1
                if blanks > 1 or not rows and row_pos > end + 1:
                    break
                row_pos = row_end + 1
                continue  # (a blank line between a table's rows)
            blank_before, blanks = blanks, 0
            if len(row) > 400 or _PAGE_FOOTER.search(row):
                break
            spans: dict[int, list[int]] = {}
            cuts = [_nearest_gap(row, b) for b in starts]
            if blank_before and any(0 < c < len(row) and row[c - 1] != " " and row[c] != " " for c in cuts):
                break  # after a blank line, a line whose words run across the columns: prose, not a row
            for i, start in enumerate(cuts):
                stop = cuts[i + 1] if i + 1 < len(cuts) else len(row)
                piece = row[start:stop] if start < len(row) else ""
                words = list(_CELL_TEXT.finditer(piece))
                if words:
                    spans[i] = [row_pos + start + words[0].start(), row_pos + start + words[-1].end()]
            if row[: starts[0]].strip() or blank_before and (len(spans) < 2 or name_col not in spans):
                break  # text left of the first column, or a lone title after a gap: the table has ended
            if name_col in spans and (not rows or row[starts[name_col]:starts[name_col] + 1].strip()):
                rows.append({i: [span] for i, span in spans.items()})
            elif rows and name_col not in spans:
                for i, span in spans.items():  # a continuation line: the cells go on
                    entries = rows[-1].setdefault(i, [])
                    if entries and (i in text_cols and text[span[0]].isupper() or blank_before):
                        entries.append(span)  # a new entry in the same cell ("Reduce ..." under "Recruit ...")
                    elif entries:
                        entries[-1][1] = span[1]
                    else:
                        entries.append(span)
            elif rows:
                rows[-1][name_col][-1][1] = spans[name_col][1]  # the name itself wrapped
            else:
                break
            row_pos = row_end + 1
        names = [r[name_col][0] for r in rows]
        continued = "(continued)" in cells[name_col][1].lower()  # ("Objective (continued)" after a page break)
        if len(rows) >= (1 if continued else 2) and all(len(text[n[0] : n[1]].split()) <= 14 for n in names) \
                and not all(_CODE_ONLY.fullmatch(text[n[0] : n[1]]) for n in names):
            # (not "Risk    Objective    Score" over "... SO2   20": a risk register naming its objectives by code)
            for r, name in zip(rows, names, strict=True):
                code = _CODE_LABEL.match(text, name[0], name[1])
                if code is not None and code.end() < name[1]:
                    name[0] = code.end()  # "SO1 Safe, high quality care": the code is not the name
                goal = ctx.statement("goal", name[0], name[1], "goal-spaced-row", 0.7)
                if goal is None:
                    continue
                for i in text_cols:
                    for cell_start, cell_end in r.get(i, []):
                        cell = ctx.statement("commitment", cell_start, cell_end, "goal-spaced-cell", 0.7)
                        if cell is not None:
                            goal.statements.append(cell)
                goals.append(goal)
            ctx.used.update(k for k, b in enumerate(ctx.blocks) if b.end > pos and b.start < row_pos)
            pos = row_pos
            continue
        pos = max(end + 1, row_pos)  # (the rows scanned are no header: linear on a page of lookalike lines)
    return goals


def tabbed_table_goals(ctx: Context) -> list[Statement]:
    """The rows of a tab-separated table under such a header: a goal per row (its first cell),
    the "What we will do" cells its statements; the other columns (measures) are neither."""
    goals: list[Statement] = []
    text = ctx.text
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used or "\t" not in text[block.start : block.end]:
            continue
        header = text[block.start : block.end].split("\n")[0]
        cells = header.split("\t")
        if len(cells) < 2 or not _TAB_NAME_HEAD.fullmatch(cells[0]) \
                or not any(_TAB_DO_HEAD.fullmatch(c) for c in cells[1:]):
            continue
        doing = {i for i, c in enumerate(cells) if i and _TAB_DO_HEAD.fullmatch(c)}
        rows: list[tuple[int, int]] = []
        used = [k]
        first = True
        for j in range(k, len(ctx.blocks)):
            if j != k and (j in ctx.used or "\t" not in text[ctx.blocks[j].start : ctx.blocks[j].end]):
                break
            # (whole lines: a row whose first cell is empty starts with its tab, round 51)
            line_from = text.rfind("\n", 0, ctx.blocks[j].start) + 1
            line_to = text.find("\n", ctx.blocks[j].end)
            for line in _TAB_LINE.finditer(text, line_from, len(text) if line_to < 0 else line_to):
                if first:
                    first = False
                    continue
                if line.group().count("\t") != len(cells) - 1:
                    break
                rows.append((line.start(), line.end()))
            if j != k:
                used.append(j)
        found: list[Statement] = []
        for start, end in rows:
            parts: list[tuple[int, int]] = []
            cursor = start
            for cell in text[start:end].split("\t"):
                parts.append((cursor, cursor + len(cell)))
                cursor += len(cell) + 1
            if not text[parts[0][0] : parts[0][1]].strip() and found:
                goal = found.pop()  # an empty first cell: another deliverable of the objective above (round 51)
            else:
                goal = ctx.statement("goal", parts[0][0], parts[0][1], "goal-table-row", 0.7)
            if goal is None:
                continue
            for i in sorted(doing):
                st = ctx.statement("commitment", parts[i][0], parts[i][1], "goal-table-cell", 0.7)
                if st is not None:
                    goal.statements.append(st)
            found.append(goal)
        if len(found) >= 2:
            ctx.used.update(used)
            if k > 0 and ctx.blocks[k - 1].kind == "heading":
                ctx.used.add(k - 1)  # "Our priorities" over the table: its section is the table
            goals.extend(found)
    return goals


def pipe_table_goals(ctx: Context) -> list[Statement]:
    """The rows of a Markdown table whose header names a goals column and a "We will" column
    ("# | Priority | We will | Executive lead"): a goal per row, named by its goals cell, the
    "We will" cells its statements; the other columns (numbers, leads, measures) are neither
    (round 39)."""
    text = ctx.text
    goals: list[Statement] = []
    k = 0
    n = len(ctx.blocks)
    while k < n:
        block = ctx.blocks[k]
        if k in ctx.used or block.kind != "item" or block.marker != "|":
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < n and ctx.blocks[run[-1] + 1].kind == "item" and ctx.blocks[run[-1] + 1].marker == "|":
            run.append(run[-1] + 1)
        k = run[-1] + 1
        cells = table_header(text, text.rfind("\n", 0, block.start) + 1) or []
        name_col = next((i for i, c in enumerate(cells) if _TAB_NAME_HEAD.fullmatch(c)), None)
        doing = [i for i, c in enumerate(cells) if _TAB_DO_HEAD.fullmatch(c)]
        if name_col is None or not doing or len(run) < 2:
            continue
        above = next((j for j in range(run[0] - 1, -1, -1) if ctx.blocks[j].kind == "heading"), None)
        if above is not None and timeframe_of(ctx.content(above)) and not _GOAL_WORD.search(ctx.content(above)):
            # "What we will do in 2025/26" over "Area | What we will do": that year's commitments
            # (not "Our quality priorities for 2025/26" over "Priority | ... | What we will do", round 54)
            continue
        found: list[Statement] = []
        for r in run:
            # (from the row's first cell: the segmenter may have left out a number or icon cell)
            row = text.find("|", text.rfind("\n", 0, ctx.blocks[r].start) + 1) + 1
            # (to the line's end: the block itself stops before a measure cell, round 54)
            row_end = text.find("\n", ctx.blocks[r].start)
            row_end = len(text) if row_end < 0 else row_end
            while row_end > row and text[row_end - 1] in " \t|\r":
                row_end -= 1
            parts = [(m.start(), m.end()) for m in PIPE_CELL.finditer(text, row, row_end)]
            if len(parts) != len(cells):
                break
            goal = ctx.statement("goal", *parts[name_col], "goal-pipe-table-row", 0.7, strip="*_")
            if goal is None:
                continue
            for i in doing:
                st = ctx.statement("commitment", *parts[i], "goal-pipe-table-cell", 0.7, strip="*_")
                if st is not None:
                    goal.statements.append(st)
            found.append(goal)
        else:
            ctx.used.update(run)
            goals.extend(found)
    return goals


_WHAT_WE_DO = re.compile(r"\s*(?:what\s+we\s+(?:will|['’]ll|are\s+going\s+to)\s+do|our\s+actions|what\s+we\s+plan\s+to\s+do"
                         r"|we\s+will|we['’]ll)"  # ("#### We will" over the topic's list, round 47)
                         r"\W*$", re.IGNORECASE)


def _topic_part(ctx: Context, k: int) -> bool:
    """A topic's sub-heading: "Why it matters", "What this means", "What we will do"."""
    return bool(_CONTEXT_HEAD.fullmatch(ctx.content(k).strip(" *_:#")) or _WHAT_WE_DO.match(ctx.content(k))
                or len(ctx.content(k).split()) <= 8 and MEASURES_LEAD.search(ctx.content(k)))
    # ("How we'll know we've succeeded" over the topic's measures: neither, round 47)


def subheaded_topics(ctx: Context) -> list[Statement]:
    """Topic titles, each right over "Why it matters" (or "What this means") and a "What we will
    do" sub-heading with its list, two or more in a row: goals named by the titles, the lists their
    statements (round 33)."""
    blocks = ctx.blocks
    n = len(blocks)
    topics: list[int] = []
    for k in range(n - 1):
        block = blocks[k]
        if block.kind != "heading" or block.label or k in ctx.used or role_of(ctx, k) is not None \
                or _topic_part(ctx, k):
            continue
        sub = blocks[k + 1]
        if sub.kind == "heading" and _topic_part(ctx, k + 1) \
                and (not block.explicit or not sub.explicit or (sub.level or 0) > (block.level or 0)):
            topics.append(k)
    if len(topics) < 2:
        return []
    goals: list[Statement] = []
    for number, k in enumerate(topics):
        stop = topics[number + 1] if number + 1 < len(topics) else n
        label = _LABEL.match(ctx.text, blocks[k].start, blocks[k].end)
        start = label.end() if label and label.end() < blocks[k].end else blocks[k].start  # "Ambition 1: Care that ..."
        goal = ctx.statement("goal", start, blocks[k].end, "goal-subheaded-topic", 0.8)
        if goal is None:
            continue
        ctx.used.add(k)
        j = k + 1
        doing = False
        while j < stop:
            b = blocks[j]
            if b.kind == "heading" and not _topic_part(ctx, j):
                break  # the page goes on to something else
            ctx.used.add(j)
            if b.kind == "heading":
                doing = bool(_WHAT_WE_DO.match(ctx.content(j)))
            elif doing and b.kind == "item":
                st = ctx.statement("commitment", b.start, b.end, "goal-item", 0.85)
                if st is not None:
                    goal.statements.append(st)
            j += 1
        goals.append(goal)
    return goals


_COLUMN_HEAD = re.compile(r"\s*(?:what\s+(?:this|it)\s+means|what\s+we\s+will\s+do|description|what\s+we\s+will\s+achieve"
                          r"|our\s+commitment|by\s+20\d\d(?:/\d\d)?\s+we\s+will)\W*$", re.IGNORECASE)


def table_columns(ctx: Context) -> list[Statement]:
    """A table whose columns a PDF wrote one after the other: three or more short names (a goal
    each), then a column heading ("What this means") over as many sentences, in the same order:
    goals with those sentences as their statements (round 34)."""
    blocks = ctx.blocks
    n = len(blocks)
    k = 0
    while k < n:
        names = []
        j = k
        while j < n and blocks[j].kind == "heading" and not blocks[j].explicit and j not in ctx.used \
                and len(ctx.content(j).split()) <= 7 and not _COLUMN_HEAD.match(ctx.content(j)) \
                and role_of(ctx, j) is None:
            names.append(j)
            j += 1
        if len(names) >= 3 and j < n and _COLUMN_HEAD.match(ctx.content(j)):
            texts = list(range(j + 1, min(n, j + 1 + len(names))))
            if len(texts) == len(names) and all(blocks[t].kind in ("para", "item") and t not in ctx.used
                                                and ctx.content(t).rstrip().endswith(".") for t in texts):
                goals = []
                for name, t in zip(names, texts, strict=True):
                    goal = ctx.statement("goal", blocks[name].start, blocks[name].end, "goal-table-column", 0.7)
                    desc = ctx.statement("commitment", blocks[t].start, blocks[t].end, "goal-table-column-text", 0.7)
                    if goal is None:
                        continue
                    if desc is not None:
                        goal.statements.append(desc)
                    goals.append(goal)
                ctx.used.update(names + texts + [j])
                return goals
        k = max(j, k + 1)
    return []


_MEANS_LEAD = re.compile(r"\s*(?:(?:that|this|which|it)\s+means|we\s+want)\s*:?\s*", re.IGNORECASE)
# ("Our ambition is for every person ..." over "We want:" and its list, a real ICS page)
_VISION_SAID = re.compile(r"\b(?:our|the)\s+(?:[\w’'-]+\s+){0,3}(?:vision|ambition)\s+is\b", re.IGNORECASE)


def vision_means_goals(ctx: Context) -> list[Statement]:
    """"Our vision is that we become a high quality organisation." / "That means:" over items
    ("delivering the best outcomes ...; being a centre of excellence ..."): what the vision is
    made of, each item a goal (a health board's ten-year vision page)."""
    goals: list[Statement] = []
    blocks = ctx.blocks
    for index, block in enumerate(blocks[:-1]):
        if index == 0 or block.kind != "para" or index in ctx.used \
                or not _MEANS_LEAD.fullmatch(ctx.content(index)) \
                or not _VISION_SAID.search(ctx.content(index - 1)):
            continue
        items = list(takewhile(lambda k: blocks[k].kind == "item" and blocks[k].depth == 0,
                               range(index + 1, len(blocks))))
        if len(items) < 2 or any(k in ctx.used for k in items):
            continue
        ctx.used.add(index)
        goals.extend(_items_as_goals(ctx, items, "goals-vision-means", 0.6, strip=";,."))
    return goals


# "It identifies seven outcomes the Trust wishes to achieve - giving every child the best start in
# life; an engaged workforce ...; and ‘valuing every person.’" (a newspaper's report of a plan)
_COUNTED_SEMICOLON_LIST = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:outcomes|goals|aims|objectives|ambitions|priorities|pillars)\b[^.:;–—]{0,60}?"
    r"(?:\s[–—-]\s|:\s)(?P<list>[^.:]+;[^.:]+?)(?:[.’”'\"]+\s*$|\.\s)", re.IGNORECASE)
_SEMICOLON_SPLIT = re.compile(r"\s*;\s*(?:and\s+)?")
# "The strategy outlines the ambition to achieve the best start in life ...; living healthier and
# longer lives; ...; and people with the skills ... to thrive." (no count: three semicolons or more)
_NAMED_SEMICOLON_LIST = re.compile(
    r"\b(?:ambitions?|aims|priorities|goals|objectives|outcomes)\s+(?:to\s+achieve|are|include|of)\s*:?\s+"
    r"(?P<list>[^.:;]{3,120}(?:;\s*[^.:;]{3,120}){3,8}?)(?:[.’”'\"]+\s*$|\.\s)", re.IGNORECASE)


# "Promoting wellbeing; offering early help ...; and providing joined up care are the key areas that
# we suggest become priorities for action." (the list first, a real health board's news item)
_SEMICOLON_LIST_BEFORE = re.compile(
    r"(?:^|(?<=[.!?“\"]\s)|(?<=[“\"]))(?P<list>[A-Z][^.;:!?\n]{2,80}(?:;\s*(?:and\s+)?[^.;:!?\n]{2,80}){2,7}?)\s+are\s+"
    r"(?:the|our)\s+(?:(?:key|main|four|three|five|six|core)\s+)*(?:areas|priorities|goals|aims|objectives|ambitions)\b")


def counted_semicolon_goals(ctx: Context) -> list[Statement]:
    """A sentence that counts the goals and lists them after a dash or colon, separated by
    semicolons, as many as the count: a goal each; or that lists them first, by semicolons,
    then says they "are the key areas / our priorities"."""
    goals: list[Statement] = []
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used or block.kind != "para":
            continue
        match = _COUNTED_SEMICOLON_LIST.search(ctx.text, block.start, block.end) \
            or _NAMED_SEMICOLON_LIST.search(ctx.text, block.start, block.end)
        before = _SEMICOLON_LIST_BEFORE.search(ctx.text, block.start, block.end) if match is None else None
        if before is not None:
            parts = []
            start = before.start("list")
            for piece in _SEMICOLON_SPLIT.split(before.group("list")):
                offset = ctx.text.index(piece, start)
                parts.append((offset, offset + len(piece)))
                start = offset + len(piece)
            ctx.used.add(k)
            goals.extend(g for g in (ctx.statement("goal", s, e, "goal-semicolons-before", 0.6) for s, e in parts) if g)
            continue
        if match is None:
            continue
        start = match.start("list")
        parts: list[tuple[int, int]] = []
        for piece in _SEMICOLON_SPLIT.split(match.group("list")):
            offset = ctx.text.index(piece, start) if piece else start
            parts.append((offset, offset + len(piece)))
            start = offset + len(piece)
        count = count_of(match.group("count")) if "count" in match.re.groupindex else len(parts)
        if len(ctx.text[parts[-1][0] : parts[-1][1]].split()) > 12:
            # "...; and improving the quality of patient care and drives forward the ...": the
            # last entry ends at its first "and", the sentence goes on
            joined = re.search(r"\s+and\s+", ctx.text[parts[-1][0] : parts[-1][1]])
            if joined is not None:
                parts[-1] = (parts[-1][0], parts[-1][0] + joined.start())
        last = re.search(r"\s+and\s+(?!.*\sand\s)", ctx.text[parts[-1][0] : parts[-1][1]])
        if len(parts) + 1 == count and last is not None:
            # "...; financial sustainability and ‘valuing every person.’": the last two joined by "and"
            s, e = parts.pop()
            parts += [(s, s + last.start()), (s + last.end(), e)]
        if len(parts) != count or any(not 1 <= len(ctx.text[s:e].split()) <= 12 for s, e in parts):
            continue
        ctx.used.add(k)
        for s, e in parts:
            while s < e and ctx.text[s] in "‘'\"“":
                s += 1
            goal = ctx.statement("goal", s, e, "goal-counted-semicolons", 0.65, strip="‘’'\"“”.")
            if goal is not None:
                goals.append(goal)
    return goals


_GOALS_ROW = re.compile(r"[ \t]*(?:our[ \t]+)?(?:strategic[ \t]+|corporate[ \t]+)?"
                        r"(?:aims|goals|objectives|ambitions|priorities|pillars)[ \t]*:?[ \t]*\t+(?P<cells>[^\n]+)",
                        re.IGNORECASE)
# the label of a row under the goals' row whose cells belong to the goals above them
_UNDER_ROW_LABEL = re.compile(r"[ \t]*(?:(?:our|key|annual|\d{4}[/-]\d{2,4})[ \t]+)?(?:priorities|actions|deliverables"
                              r"|what[ \t]+we[ \t]+will[ \t]+do|we[ \t]+will)?[ \t]*:?[ \t]*", re.IGNORECASE)


def label_row_goals(ctx: Context) -> list[Statement]:
    """A strategy on a page copied with tabs: "STRATEGIC AIMS<TAB>Aim 1: A<TAB>Aim 2: B" on one
    line, then "OUR PRIORITIES<TAB>p1<TAB>p2" and "<TAB>p1<TAB>p2" lines: a goal per cell, the
    cells of the rows under it, column by column, its statements (round 56). Other labelled rows
    ("ENABLERS", "HOW WE WILL MEASURE PROGRESS") end the table."""
    text = ctx.text
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used:
            continue
        match = _GOALS_ROW.match(text, block.start, block.end)
        if match is None or "\n" in match.group("cells"):
            continue
        cells = tab_cells(match.start("cells"), match.end("cells"), text)
        if len(cells) < 2:
            continue
        goals: list[Statement] = []
        for s, e in cells:
            label = _LABEL.match(text, s, e)
            goal = ctx.statement("goal", label.end() if label else s, e, "goal-label-row", 0.7, strip=":–—-")
            if goal is None:
                return []
            goals.append(goal)
        pos = match.end() + 1
        last = k
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            if not line.strip() or "\t" not in line:
                break
            first = line.split("\t", 1)[0]
            if not _UNDER_ROW_LABEL.fullmatch(first):
                break
            row = tab_cells(pos + len(first), line_end, text)
            if len(row) == len(goals):
                for goal, (s, e) in zip(goals, row, strict=True):
                    st = ctx.statement("commitment", s, e, "goal-label-row-cell", 0.65)
                    if st is not None:
                        goal.statements.append(st)
            pos = line_end + 1
        while last < len(ctx.blocks) and ctx.blocks[last].start < pos:
            ctx.used.add(last)
            last += 1
        return goals
    return []



def titled_will_pairs(ctx: Context) -> list[Statement]:
    """Three or more short plain titles in a row, each over one "We will ..." sentence ("Belonging
    in the NHS" / "We will embed a culture of kindness ..."), right after a lead-in that is not
    about values ("Our vision and what this means in practice:"): a goal per title, its sentence
    the statement (a real trust's page)."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    k = 0
    while k < len(blocks):
        run: list[int] = []
        j = k
        while j + 1 < len(blocks) and j not in ctx.used and blocks[j].kind == "heading" \
                and not blocks[j].label and 1 <= len(ctx.content(j).split()) <= 8 \
                and role_of(ctx, j) is None and _title_like_name(ctx.content(j)) \
                and blocks[j + 1].kind == "para" and j + 1 not in ctx.used \
                and len(ctx.sentences(blocks[j + 1].start, blocks[j + 1].end)) == 1 \
                and _WILL_START.match(ctx.content(j + 1)):
            run.append(j)
            j += 2
        lead = run[0] - 1 if run else -1
        if len(run) < 3 or lead < 0 or not (blocks[lead].kind == "para" and ctx.is_lead_in(lead)) \
                or "value" in ctx.content(lead).lower() or any(_LABEL.match(ctx.content(t)) for t in run):
            k = max(j, k + 1)
            continue
        for t in run:
            goal = ctx.statement("goal", blocks[t].start, blocks[t].end, "goal-titled-will-pair", 0.6)
            if goal is None:
                continue
            ctx.used.update((t, t + 1))
            st = ctx.statement("commitment", blocks[t + 1].start, blocks[t + 1].end, "goal-will-sentence", 0.6)
            if st is not None:
                goal.statements.append(st)
            goals.append(goal)
        k = j
    return goals


def _title_like_name(text: str) -> bool:
    return text[:1].isupper() and text.rstrip()[-1:] not in ".:;,?!" and not _WILL_START.match(text)
