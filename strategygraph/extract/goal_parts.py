"""One goal read from its lines: its name from a heading, label or list entry ("Goal 1: Name",
"1. Name", "Pillar one" over a line), and the statements under it (its items, its "we will"
sentences, else its one short paragraph). Every other goal reader builds on these, so the
conventions of ``goals`` are kept in one place."""

from __future__ import annotations

import re
from itertools import takewhile

from strategygraph.extract.common import (
    CASE_STUDY,
    COMMIT_LEAD,
    I_STATEMENT,
    IMPERATIVE_VERBS,
    LINK_VERBS,
    LOOKING_BACK,
    MEASURES_LEAD,
    NOT_ACTION_START,
    NOT_COMMIT_LEAD,
    POINTER_START,
    Context,
    action_run,
    bare_list_after,
    commitment_start,
    fold_name,
    is_commitment_sentence,
    speech_end,
    speech_start,
    split_name,
    split_title_comma,
    take_lines,
    timeframe_of,
    title_like,
)
from strategygraph.extract.sections import Section, role_of
from strategygraph.model import Statement

GOAL_LABEL = re.compile(
    # "Well-being objective 1:" (a Welsh board's objectives under the Well-being of Future
    # Generations Act, round 29)
    r"\s*(?:(?:our|strategic|key|corporate|well-?being|equality|shared|joint)\s+)?(?:strategic\s+)?"
    r"(?:(?:goal|aim|objective|ambition|pillar|priority|theme|outcome|commitment|promise|pledge"
    r"|number(?=\s+\w+[ \t]*$))"  # "Number one" alone on its line, over the goal it numbers
    r"\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4}|[a-e])\b"
    r"|(?:goals|aims|objectives|ambitions|priorities|themes|outcomes|commitments|promises|pledges)"
    r"\s+\d{1,2}\s*(?:to|-|–|—|and)\s*\d{1,2}\b"  # "Promises 1 to 5" over their group
    # no number: "Ambition: Care closer to home", "Priority – Timely help"
    r"|(?:goal|aim|objective|ambition|pillar|priority|theme)(?=\s*:|\s+[–—-]\s)"
    # "One – a better quality of life ...": a title counted in words (the segmenter marks such
    # titles, in order, as labels; exam 93)
    r"|(?-i:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?=[ \t]*[–—][ \t]|[ \t]+-[ \t])"
    # "Aim 1Tackle the social causes of poor health": the number glued to the name (a board report; exam 88)
    r"|(?:goal|aim|objective|ambition|priority)\s+\d{1,2}(?=(?-i:[A-Z])[a-z]))"
    # ("Priority 1 (Patient Safety): Reduction of ...": the group the goal sits in, in brackets;
    # exam 191)
    r"(?:[ \t]*\([^()\n]{2,40}\)(?=[ \t]*[:–—-]))?"
    r"[\s:.)|–—-]*",  # "Ambition 1 | Every child ready for school": the bar too
    re.IGNORECASE,
)


# "SO1: Name", "SA 2 – Name"; "SO1 Deliver safe care" (round 30: the code glued to its
# number, then a space and the capitalised name)
CODE_LABEL = re.compile(r"\s*(?:[A-Z]{1,3} ?\d{1,2}\s*[:.–—-]\s*|[A-Z]{1,3}\d{1,2}[ \t]+(?=[A-Z][a-z]))")


NUMBERING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)])\s+")


YEAR_ONLY = re.compile(
    r"^\s*(?:in|for|during|by)?\s*(?:20\d\d\s*(?:/|-|–|to)\s*(?:20)?\d\d|20\d\d)\b.{0,25}$", re.I
)


GENERIC_HEADING = re.compile(
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


SHORT_BODY_WORDS = 40


# "Building and sharing evidence around engagement": a title led by what the organisation does,
# a topic word later in it ("engagement", "feedback") does not make it a generic heading (exam 31)
ACTION_TITLE = re.compile(r"\s*(?!(?:looking|getting|finding|having|delivering|developing|implementing|"
                           r"introducing|welcoming|shaping|reading|downloading|contacting|measuring|refreshing|reviewing|updating|"
                           r"monitoring|reporting)\b)"
                           r"[A-Z][a-z]+ing(?:\s+(?:and|&)\s+[a-z]+ing)?(?:\s+[\w’'-]+){2,9}\s*$")


_MEDIA = re.compile(r"\s*(?:videos?|gallery|photos?|images?|podcasts?|downloads?)\s*:?\s*$", re.IGNORECASE)


BY_LEAD = re.compile(r"\b(?:do|achieve|deliver)\s+(?:this|these|it|them)\s+by\s*:\s*$", re.IGNORECASE)


# what a label's sentence says its goal is about (round 30's rule (f))
_LINKING_VERB = re.compile(r"\s*(?:centres|centers|focuses|focusses|concentrates|is\s+focused)\s+on\s+(?:the\s+)?", re.IGNORECASE)


def _named_goal(ctx: Context, name: tuple[int, int], desc_start: int, end: int, rule: str,
                desc_confidence: float) -> Statement | None:
    """A goal named by the words at ``name``, what follows them to ``end`` its statement."""
    goal = ctx.statement("goal", name[0], name[1], rule, 0.85)
    desc = ctx.statement("commitment", desc_start, end, "goal-description", desc_confidence)
    if goal is not None and desc is not None:
        goal.statements.append(desc)
    return goal


def goal_name(ctx: Context, index: int) -> tuple[Statement | None, int | None]:
    """The goal a heading or item names, and the index of a following line used for the name."""
    block = ctx.blocks[index]
    start, end = block.start, block.end
    label = GOAL_LABEL.match(ctx.text, start, end) or CODE_LABEL.match(ctx.text, start, end)
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
            return _named_goal(ctx, dash.span("name"), dash.end(), end, "goal-label-dashed", 0.75), None
        goal = ctx.statement("goal", first[0], first[1], "goal-label", 0.9, strip=".:;,–—-")
        return goal, None
    if _MEDIA.match(ctx.text, start, end):
        return None, None  # "Videos" over the goals' clips: page furniture
    numbering = NUMBERING.match(ctx.text, start, end)
    if numbering and block.kind == "heading":
        start = numbering.end()
    elif block.kind == "item" and (numbered := _ITEM_NUMBER.match(ctx.text, start, end)) is not None:
        start = numbered.end()  # "• 2. Support the Practice in ...": a bullet and a number, neither the name (exam 146)
    rule = "goal-heading" if block.kind == "heading" else "goal-item"
    if block.kind == "para":
        colon = _TITLE_COLON.match(ctx.text, start, end)
        if colon is not None:
            # "Care Delivery: To reach out to as many people as possible ..." (a paragraph per goal
            # under "The goals of the Five Pillars are as follows:"): the title is the name, the
            # sentence after the colon its statement (exam 72, after its run)
            return _named_goal(ctx, colon.span("name"), colon.end(), end, "goal-item-named", 0.8), None
    return ctx.statement("goal", start, end, rule, 0.9, strip=".:;,–—-"), None


# an entry's own number after its bullet: "2. ", "3) " before a capital
_ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z])")


# a title in title case, a colon, then a sentence: "Community Collaboration: To build a ..."
_TITLE_COLON = re.compile(r"[ \t]*(?P<name>(?-i:[A-Z])[\w’'&-]*(?:[ \t]+(?:(?-i:[A-Z])[\w’'&-]*|and|of|for|to|the|&)){0,5}):"
                          r"[ \t]+(?=(?-i:[A-Z])\w*[ \t]+\w+[ \t]+\w+)")


_LABEL_NAME_DASH = re.compile(r"[ \t]*(?P<name>[A-Z][\w’'&-]*(?:[ \t]+[\w’'&-]+){0,5})[ \t]+[–—-][ \t]+(?=\w)")


def label_name(ctx: Context, index: int) -> str:
    """The words a label line gives after its label ("Goal 1: Safe care" -> "Safe care"; "" for
    a bare "Strategic Goal 5")."""
    block = ctx.blocks[index]
    label = GOAL_LABEL.match(ctx.text, block.start, block.end) or CODE_LABEL.match(ctx.text, block.start, block.end)
    start = label.end() if label else block.start
    return ctx.text[start : block.end].strip(" :.–—-")


def _one_sentence(ctx: Context, index: int) -> bool:
    """One sentence of at most 25 words: the name a bare label ("Number four") stands over."""
    block = ctx.blocks[index]
    return len(ctx.sentences(block.start, block.end)) == 1 and len(ctx.content(index).split()) <= 25


def _named_siblings(ctx: Context, index: int) -> bool:
    """Two or more of the item's neighbours in its list (same depth, no gap) are "Name – description"."""
    depth = ctx.blocks[index].depth
    neighbours: list[int] = []
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(ctx.blocks) and ctx.blocks[k].kind == "item" and ctx.blocks[k].depth >= depth \
                and abs(k - index) <= 8:
            if ctx.blocks[k].depth == depth:
                neighbours.append(k)
            k += step
    named = sum(split_name(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end, 8) is not None for k in neighbours)
    return named >= 2 and named * 2 >= len(neighbours)


# a figure before the colon or dash: "130,000", "87%", "£3.9m", "3,053" (an activity count, never a name)
_FIGURE_NAME = re.compile(r"[ \t*_]*[<>≤≥~]?[ \t]*(?:\d[\d,.]*[ \t]*%|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[£$€]\d[\d,.]*[ \t]*(?:[km]|bn)?)"
                          r"[ \t*_]*(?:[km]|bn|million|billion)?[ \t*_]*")


# "make healthy weight the norm (with the aim that families ... aspire to be a healthy weight)."
PAREN_AIM_ENTRY = re.compile(r"\s*(?P<name>[^()]{3,80}?)\s+\((?P<aim>(?:with\s+the\s+aims?|aiming|so\s+that)\b[^()]{10,400}?)"
                             r"(?:\)\.?|\.?\))?\s*", re.IGNORECASE)


# "Early action, awareness and prevention people will be supported to ...": a short title run into
# the sentence that describes it, the break between them lost in a copy (exam 208); never a
# sentence's own opening phrase ("By 2025 people will ...")
# (nor an outcome's own subject: "More young people will ...", "All local residents will ...")
_RUN_IN_SUBJECT = re.compile(r"[ \t*_]*(?!(?:by|in|at|for|when|if|over|within|through|with|from|as|after|before|to|together|and|but|so|where"
                             r"|more|fewer|less|all|most|many|some|every|each|no|our|the|these|those|other|local)\b)"
                             r"(?-i:[A-Z])[\w’'-]*(?:,?[ \t]+[\w’'-]+){1,6}?"
                             r"(?<!\byoung)(?<!\bolder)(?<!\bdisabled)(?<!\bvulnerable)(?<!\blocal)(?<!\bworking)(?<!\bother)(?<!\bmore)"
                             r"(?=[ \t]+(?-i:people|patients|everyone|children|residents|carers|families|staff|communities)[ \t]+"
                             r"(?:will|can|are|have|feel)\b)", re.IGNORECASE)


def _run_in_subject(ctx: Context, index: int, start: int) -> tuple[int, int, int] | None:
    """(name_end, description_start, 0) for an entry whose title runs into its sentence, when two
    of its neighbours in the list are written the same way."""
    block = ctx.blocks[index]
    match = _RUN_IN_SUBJECT.match(ctx.text, start, block.end)
    if match is None:
        return None
    alike = sum(1 for k in (index - 2, index - 1, index + 1, index + 2)
                if 0 <= k < len(ctx.blocks) and ctx.blocks[k].kind == "item" and ctx.blocks[k].depth == block.depth
                and _RUN_IN_SUBJECT.match(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end) is not None)
    return (match.end(), match.end() + 1, 0) if alike >= 2 else None


def named_item(ctx: Context, index: int, rule: str) -> tuple[Statement | None, Statement | None]:
    """A list item as a goal: "Name – description" gives the description as its statement."""
    block = ctx.blocks[index]
    start = block.start
    label = GOAL_LABEL.match(ctx.text, start, block.end) or CODE_LABEL.match(ctx.text, start, block.end)
    if label and block.start < label.end() < block.end:
        start = label.end()  # "Priority 1: Start Well", "SO1   Excellent care: ...": the label is not the name
    numbering = NUMBERING.match(ctx.text, start, block.end) if block.kind == "item" else None
    if numbering and numbering.end() < block.end:
        start = numbering.end()  # "• 1. Deliver ...": a number written inside a bullet (round 48)
    split = split_name(ctx.text, start, block.end, 8)
    if split is None and block.kind == "item" and _named_siblings(ctx, index):
        # "Increased understanding and awareness of mental illness and mental health problems -
        # we know ...", among "Responsive local services - we aim to ...": a longer name, split
        # as its siblings are (exam 61, after its run)
        split = split_name(ctx.text, start, block.end, 14, 120)
    if split is None and block.kind == "item":
        comma = split_title_comma(ctx.text, start, block.end)
        split = (comma[0], comma[1], 0) if comma else None
    if split is None and block.kind == "item":
        split = _run_in_subject(ctx, index, start)
    if split is None and start > block.start and len(ctx.text[start : block.end].split()) <= 8:
        return ctx.statement("goal", start, block.end, rule + "-labelled", 0.85, strip=".:;–—-"), None
    aim = PAREN_AIM_ENTRY.fullmatch(ctx.text, start, block.end) if split is None else None
    if aim is not None:
        # "increase breastfeeding (with the aim to increase the number of mothers who ...)": the
        # name, and the aim in brackets as its statement (exam 103, after its run)
        goal = ctx.statement("goal", start, aim.end("name"), rule + "-named", 0.85)
        desc = ctx.statement("commitment", aim.start("aim"), aim.end("aim"), "goal-description", 0.8, strip=".")
        return goal, desc
    if split is not None:
        name_end, desc_start, _ = split
        if _FIGURE_NAME.fullmatch(ctx.text, start, name_end):
            return None, None  # "130,000: the number of times our Emergency Departments were used": a year's figure (exam 74)
        goal = ctx.statement("goal", start, name_end, rule + "-named", 0.85, strip=":–—-")
        reasons = ctx.sentences(desc_start, block.end)
        if ctx.text.startswith("because ", desc_start) and len(reasons) >= 2:
            desc_start = reasons[1][0]  # ("..., because everyone should ... . Tommy’s will work to ...": the work, not the reason)
        desc = ctx.statement("commitment", desc_start, block.end, "goal-description", 0.8)
        if desc is not None and len(desc.text.split()) < 2:
            desc = None
        return goal, desc
    ordinal = _ORDINAL_ITEM.match(ctx.text, start, block.end) if block.kind == "item" else None
    if ordinal is not None:
        # "The first is to improve how we integrate ... . This will be achieved through ...": the
        # entry counted in words under "... two key objectives:"; its first sentence, from "to",
        # names the goal and the rest is its statement (exam 133, after its run)
        sentences = ctx.sentences(ordinal.end(), block.end)
        goal = ctx.statement("goal", sentences[0][0], sentences[0][1], rule + "-ordinal", 0.7, strip=".:;–—-")
        if goal is not None and len(sentences) >= 2:
            goal.statements.extend(tail_statements(ctx, sentences[0][1], block.end))
            desc = ctx.statement("commitment", sentences[1][0], block.end, "goal-description", 0.7) \
                if not goal.statements else None
            if desc is not None:
                goal.statements.append(desc)
        return goal, None
    sentences = ctx.sentences(start, block.end)
    if block.kind == "item" and len(sentences) >= 2 \
            and len(ctx.text[sentences[0][0] : sentences[0][1]].split()) <= _TITLE_SENTENCE:
        # "1. We will be known for our excellence. Our patients ... We will improve ...": the
        # first sentence names the goal; the commitments after it are its statements
        goal = ctx.statement("goal", sentences[0][0], sentences[0][1], rule + "-first-sentence",
                             0.7, strip=".:;–—-")
        if goal is not None:
            goal.statements.extend(tail_statements(ctx, sentences[0][1], block.end))
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
_ORDINAL_ITEM = re.compile(r"\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|final|last)\s+"
                           r"(?:(?:one|objective|aim|priority|goal|ambition)\s+)?is\s+(?=to\s)", re.IGNORECASE)
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*%|\b\d+\.\d+\b|\b\d{1,3}(?:,\d{3})+\b")
_FACT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b", re.IGNORECASE)
_INTENT = re.compile(r"\b(?:we|our|will|shall|should|must|aim|aims|ensure|want|plan)\b", re.IGNORECASE)


def _figure_fact(entry: str) -> bool:
    """A list entry that states a figure ("Life expectancy in Buckinghamshire is 81.5 years ..."):
    a fact about the place, with no one's intent in it and no action opening it."""
    return bool(_FIGURE.search(entry)) and bool(_FACT_VERB.search(entry)) and not _INTENT.search(entry) \
        and bool(_FACT_OPENING.match(entry))


# how a figure's fact opens: "Only 57.6% of ...", "The life expectancy gap ...", "Around 1 in 5 ...",
# "There are 12,000 ...", "In 2023, 65% of ..." (not an action: "Make sure 80% of ...")
_FACT_OPENING = re.compile(r"\s*(?:only|around|about|nearly|almost|over|under|more\s+than|fewer\s+than|less\s+than|one\s+in"
                           r"|the|there|life|in\s+20\d\d|currently|today|\d)\b", re.IGNORECASE)


def _wrapped_tail(ctx: Context, index: int) -> bool:
    """A word or three in lower case right under a title that breaks off without a stop: the
    title's hard wrap across a blank line (a PDF's copy), no statement (exam 64, after its run)."""
    before = ctx.content(index - 1).rstrip() if index else ""
    return index > 0 and ctx.blocks[index - 1].kind == "heading" and before[-1:].isalpha() \
        and ctx.content(index)[:1].islower() and len(ctx.content(index).split()) <= 3


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
        if block.kind == "item" and _figure_fact(ctx.content(k)):
            continue  # "Only 57.6% of children ... are meeting recommended levels": a fact, no statement (exam 86)
        if block.kind == "item":
            st = ctx.statement("commitment", block.start, block.end, "goal-item", 0.9,
                               strip=";", timeframe=current_tf)
            if st is not None:
                found.append(st)
            continue
        if block.kind == "heading" and not block.explicit and block.label:
            continue
        if claimed_elsewhere(ctx, k):
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
        if POINTER_START.match(ctx.content(k)):
            continue  # "You can read more about how we are doing in our annual report.", "Read our
            # quality account.": a link, no statement (the review of session 15's rules)
        paras.append(k)
        if k + 1 < stop and ctx.is_lead_in(k + 1) and BY_LEAD.search(ctx.content(k + 1)):
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
                                   timeframe=sentence_timeframe(sentence) or current_tf)
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
    if not found and paras and (len(paras) >= 2 or len(ctx.content(paras[0]).split()) > SHORT_BODY_WORDS):
        # long paragraphs with no "we will", whose sentences say what the organisation's people
        # or parts will do ("Our leaders will be visible in their commitment ...", "They will
        # continue to invest ...", "Patient data will be used to ..."): those sentences (dev set 12)
        for k in paras:
            for s, e in ctx.sentences(ctx.blocks[k].start, ctx.blocks[k].end):
                if _OWN_WILL.match(ctx.text, s, e):
                    st = ctx.statement("commitment", s, e, "goal-will-sentence", 0.55, timeframe=timeframe)
                    if st is not None:
                        found.append(st)
    if not found and len(paras) == 1:
        actions = _action_sentences(ctx, paras[0])
        if actions:
            # "Develop more ways of supporting ... . Establish a hub for ... . Develop new ways
            # ...": a paragraph of three actions or more under "Aim 1: ...", each a statement
            # (a hospice's plan; exam 55, after its run)
            for s, e in actions:
                st = ctx.statement("commitment", s, e, "goal-action-sentence", 0.6, timeframe=timeframe)
                if st is not None:
                    found.append(st)
            return found
    if not found and len(paras) == 1:
        block = ctx.blocks[paras[0]]
        if _wrapped_tail(ctx, paras[0]):
            return found  # ("... through decision making and" / "communication": the title's own last word)
        if block.kind == "para" and (len(ctx.content(paras[0]).split()) <= SHORT_BODY_WORDS
                                     or _ACTION_LABEL.match(ctx.content(paras[0]))
                                     and len(ctx.sentences(block.start, block.end)) == 1):
            # (a labelled one of any length: "Outcome: meningitis will be a global health priority ...")
            # ("... where they can thrive. Find out more in our People Plan and watch our video
            # series.": the pointer to another page is not part of the statement)
            end = end_before_pointers(ctx, block.start, block.end)
            # ("Priority Action: Improve uptake of screening ...": the action after its label, exam 72)
            label = _ACTION_LABEL.match(ctx.text, block.start, end)
            st = ctx.statement("commitment", label.end() if label else block.start, end, "goal-paragraph", 0.6,
                               timeframe=timeframe)
            if st is not None:
                found.append(st)
    return found


# "Priority action:", "Key actions:" before the line's action
# ("Outcome: meningitis will be a global health priority ...", "Outcome 4: ..." under "Goal 4: ...", exam 80)
_ACTION_LABEL = re.compile(r"\s*(?:\*\*|__)?(?:(?:priority|key|main)\s+actions?|actions?|outcomes?(?:\s+\d{1,2})?)"
                           r"(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?=\S)", re.IGNORECASE)


_OWN_WILL = re.compile(r"\s*(?:(?:our|they|patient|staff|the\s+(?:trust|board|service|organisation))\b[^.;:!?]{0,60}?"
                       r"\bwill\s+(?!need\s+to\b|have\s+to\b|face\b)"
                       # ("We want to help local children get the best out of their education ...",
                       # "We are also working to reduce inequalities ...": blind exam 36, after its run)
                       r"|(?:[^.;:!?]{0,160},\s+)?we\s+(?:want|would\s+like|are\s+(?:also\s+)?working)\s+to\b(?!\s+(?:hear|know)\b))",
                       re.IGNORECASE)


# the first words of prose, and of the descriptive phrases ("Every patient ...") that are no action
_PROSE_START = NOT_ACTION_START | frozenset("every each all some many most no one".split())


def commitment_titles(ctx: Context, section: Section) -> list[Statement]:
    """A commitments heading over bare lines, each an action read as a title because it has no
    stop ("Multi-year commitments" / "Shift care from hospital to community" / "Value our
    people" / ...): each line is a commitment (round 31)."""
    children = []
    k = section.heading + 1
    while k < len(ctx.blocks) and ctx.blocks[k].kind == "heading" and not ctx.blocks[k].explicit \
            and not ctx.blocks[k].label and _action_line(ctx.content(k)) and not YEAR_ONLY.match(ctx.content(k)):
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


_ADVICE_OR_LINK = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_LINK_VERB = re.compile(r"\s*(?:" + LINK_VERBS + r"|find|see|call|email|contact|follow)\b", re.IGNORECASE)


def _action_sentences(ctx: Context, index: int) -> list[tuple[int, int]]:
    """The sentences of paragraph ``index`` when there are three or more and every one opens
    with a verb (an action of at most 30 words, no finite verb of its own), else none."""
    block = ctx.blocks[index]
    sentences = ctx.sentences(block.start, block.end)
    if block.kind != "para" or len(sentences) < 3:
        return []
    for s, e in sentences:
        words = ctx.text[s:e].split()
        if not _verb_first(words) or len(words) > 30 or ctx.text[s:e].rstrip().endswith("?") \
                or _FINITE.match(ctx.text, s + len(words[0]) + 1, e) or _ADVICE_OR_LINK.search(ctx.text, s, e) \
                or _LINK_VERB.match(ctx.text, s, e):
            return []  # (not "Read our quality account.", "Get your flu vaccine.": links and advice)
    return sentences


def _imperative(ctx: Context, index: int) -> bool:
    """A short paragraph of one or two sentences that opens with a verb ("Engage and empower
    staff ...", "Address inequalities ...")."""
    block = ctx.blocks[index]
    words = ctx.content(index).split()
    return block.kind == "para" and _verb_first(words) and words[0][-1:].isalpha() \
        and len(words) <= SHORT_BODY_WORDS and len(ctx.sentences(block.start, block.end)) <= 2 \
        and not _FINITE.search(ctx.text, *ctx.sentences(block.start, block.end)[0])


# a subject's verb in the opening sentence ("Every patient will be seen ..."): not an action
_FINITE = re.compile(r"\b(?:will|is|are|was|were|has|have|can|could|should|must|may|would|shall)\b"
                     r"|[’']ll\b|\.(?:jpe?g|png|gif|svg)\b", re.IGNORECASE)


POINTER_SENTENCE = re.compile(r"\s*(?:(?:to\s+)?(?:find|found)\s+out\s+more|read\s+more|learn\s+more|more\s+information"
                              r"|(?:you\s+can\s+)?(?:watch|download|read|view|visit|see)\s+(?:our|the|a|more)\b"
                              r"|read\s+about\b|click\b)", re.IGNORECASE)


def end_before_pointers(ctx: Context, start: int, end: int) -> int:
    """Where the text in [start, end) ends without the pointers to other pages closing it ("Read
    more in our People Plan."); the first sentence always stays."""
    sentences = ctx.sentences(start, end)
    while len(sentences) > 1 and POINTER_SENTENCE.match(ctx.text, *sentences[-1]):
        sentences.pop()
        end = sentences[-1][1]
    return end


_EXAMPLE = re.compile(r"\s*(?:for\s+example|for\s+instance|e\.g\.)[\s,:]", re.IGNORECASE)


def claimed_elsewhere(ctx: Context, index: int) -> bool:
    """A paragraph that states the vision, mission or values, not a goal's statement."""
    from strategygraph.extract import values as values_mod
    from strategygraph.extract import vision as vision_mod

    block = ctx.blocks[index]
    content = ctx.content(index)
    return bool(vision_mod._LABELLED.match(content) or vision_mod._SENTENCE.match(content)
                or values_mod._INLINE.search(ctx.text, block.start, block.end))


def sentence_timeframe(sentence: str) -> str | None:
    """A timeframe stated before the commitment ("Over the next five years, we will ...")."""
    from strategygraph.extract.common import COMMIT, TIMEFRAME

    trigger = COMMIT.search(sentence)
    limit = trigger.start() if trigger else len(sentence)
    match = TIMEFRAME.search(sentence, 0, limit)
    return re.sub(r"\s+", " ", match.group(0)).strip().lower() if match else None


def repeated_title(ctx: Context, children: list[int], end: int) -> int:
    """Where a later title repeats one of the goals' names ("Ambition 1: Start well – ..." and
    later "Start well" over that goal's plans), the goals' list ends before it (round 55)."""
    names = set()
    name_lines = set()  # ("Pillar three" / "Partnership for population health": the label's own name line)
    for c in children:
        goal, used_next = goal_name(ctx, c)
        if goal is not None:
            names.add(fold_name(ctx.text[goal.span.start : goal.span.end]))
        name_lines.add(used_next)
    return next((k for k in range(children[-1] + 1, end) if ctx.blocks[k].kind == "heading"
                 and k not in name_lines and fold_name(ctx.content(k)) in names), end) if children else end


def sub_heading(ctx: Context, index: int) -> bool:
    """A plain title inside a goal ("What we will do", "How we will know") over a list."""
    content = ctx.content(index)
    return len(content.split()) <= 8 and index + 1 < len(ctx.blocks) and (
        ctx.blocks[index + 1].kind == "item"
    ) and bool(COMMIT_LEAD.search(content) or MEASURES_LEAD.search(content))


def tail_statements(ctx: Context, start: int, end: int) -> list[Statement]:
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


def all_commitments(ctx: Context, first: int, stop: int, timeframe: str | None,
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
            if YEAR_ONLY.match(content):
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
        found.extend(sentence_commitments(ctx, block.start, block.end, current_tf, 0.75))
    return found


# a contents line's page number after its entry, the next entry run on after it (exam 41, after its run)
_PAGE_NUMBER_AFTER = re.compile(r"(?<=[A-Za-z])\s+\d{1,3}\s*$")


# the words a number belongs to ("by 2026", "aged 65", "Ward 12"): then no page number
_NUMBERED_NOUN = re.compile(r"\b(?:(?-i:by|in|to|of|than|over|under|from|and|for|at)|age|aged|phase|ward|level|year|"
                            r"years|stage|appendix|chapter|tier|band|wave|priority|all|grade|step|section|part|page|room|"
                            r"floor|covid|type)\s*$", re.IGNORECASE)


def sentence_commitments(ctx: Context, start: int, end: int, timeframe: str | None,
                         confidence: float) -> list[Statement]:
    """The commitment sentences of the text in [start, end): each from its "We will" (after a
    short label, or the quoted words after who said them), with its own timeframe or the one
    given; a lead-in ending in a colon is none."""
    found: list[Statement] = []
    for s, e in ctx.sentences(start, end):
        sentence = ctx.text[s:e]
        if sentence.rstrip().endswith(":") or not is_commitment_sentence(sentence):
            continue
        s = speech_start(ctx.text, commitment_start(ctx.text, s, e), e)
        e = speech_end(ctx.text, s, e)
        page = _PAGE_NUMBER_AFTER.search(ctx.text, s, e) if ctx.text[e:end].strip() else None
        if page is not None and not _NUMBERED_NOUN.search(ctx.text, s, page.start()):
            e = page.start()  # "... living with a terminal illness 14 We will ...": a contents entry's page
        st = ctx.statement("commitment", s, e, "commitment-sentence", confidence,
                           timeframe=sentence_timeframe(sentence) or timeframe)
        if st is not None:
            found.append(st)
    return found


WILL_START = re.compile(r"\s*(?:we\s+will|we['’]ll)\b", re.IGNORECASE)


_REASON_LABEL = re.compile(r"\s*(?:chosen\s+because|why\s+we\s+(?:chose|picked|selected)\s+(?:this|it)(?:\s+\w+)?"
                           r"|rationale|reasons?\s+for\s+(?:choosing|selection|this)|background|context)\s*:\s*",
                           re.IGNORECASE)


# "2016 - 2017 Business plan", "Strategic Plan Document for 2014 - 2019": a document's title
_DOCUMENT_TITLE = re.compile(
    r"(?=.*\b(?:plan|strategy|report|document|accounts|account)\b)(?=.*\b(?:19|20)\d\d\b).*", re.IGNORECASE)


def is_document_title(text: str) -> bool:
    """A short title that names a document and its years (a link to it under "See our plans in
    full below:"), never a goal."""
    stripped = text.strip()
    first = stripped.split()[0].lower() if stripped else ""
    if _APPROVAL_NOTE.match(stripped):
        return True  # "Objectives revised 2015 approved by Governing Body 5th November 2015" (exam 68)
    # "Implement the Digital Strategy 2024-2027" is a goal that names a document: a verb first
    return len(stripped.split()) <= 10 and title_like(stripped) \
        and _DOCUMENT_TITLE.fullmatch(stripped) is not None \
        and first not in IMPERATIVE_VERBS and first not in _DOCUMENT_VERBS and not first.endswith("ing")


# a note of when a document or list was agreed, not a goal
_APPROVAL_NOTE = re.compile(r"(?:[\w-]+\s+){0,3}(?:revised|approved|agreed|updated|ratified)\b[^.]{0,60}\b(?:19|20)\d\d\b[^.]{0,60}$",
                            re.IGNORECASE)
_DOCUMENT_VERBS = frozenset("publish refresh produce write complete review adopt agree".split())
