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
from collections.abc import Callable
from dataclasses import replace

from strategygraph.extract.common import (
    CASE_STUDY,
    COMMIT_LEAD,
    DASH_ENTRY,
    DUTY_LINE,
    IMPERATIVE_VERBS,
    MEASURES_LEAD,
    NOT_COMMIT_LEAD,
    Context,
    bare_list_after,
    is_commitment_sentence,
    is_org_name,
    number_in,
    parallel_lines_under,
    promise_lines_under,
    promise_sentences,
    split_name,
    split_title_comma,
    take_lines,
    timeframe_of,
)
from strategygraph.extract.goal_parts import (
    CODE_LABEL,
    GOAL_LABEL,
    NUMBERING,
    PAREN_AIM_ENTRY,
    SHORT_BODY_WORDS,
    WILL_START,
    YEAR_ONLY,
    all_commitments,
    claimed_elsewhere,
    commitment_titles,
    goal_name,
    named_item,
    repeated_title,
    sentence_commitments,
    statements_in,
    tail_statements,
)
from strategygraph.extract.sections import (
    RESPONSIBILITY_HEAD,
    RESPONSIBILITY_LEAD,
    Section,
    action_items,
    role_of,
)
from strategygraph.model import Statement


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
POINTING_LEAD = re.compile(r"\s*(?:in\s+(?:summary|short|brief),?\s+)?(?:they|these)\s+are(?:\s+to)?\s*:\s*",
                           re.IGNORECASE)


# "It outlines our priorities (our ‘missions’) which are to:", "... our shared priorities,
# which are to:", "... 6 short term priorities and objectives which are:": the lead-in's own
# sentence says the priorities are the items (round 26, exam 31)
_PRIORITIES_ARE_TO = re.compile(
    r"\bpriorities\b[^.!?:;]{0,60}?(?:\b(?:which|that)?\s*are\s+to|\b(?:which|that)\s+are)\s*:$"
    # "The six priorities are summarised below:" (exam 32, after its run)
    r"|\b(?:priorities|objectives|goals|aims)\s+are\s+(?:summari[sz]ed|set\s+out|listed|shown|described)\s+below\s*:$"
    # "The priorities are:" (the whole lead-in sentence; exam 73, after its run; not "Our priorities
    # for 2025/26 are:", a year's actions)
    r"|^(?:(?:at|in|across)\s+(?-i:[A-Z])[^,.:;\d]{1,29},\s*)?(?:the|our)\s+(?:[\w-]+\s+){0,3}?priorities\s+are\s*:$"
    # ("At ELFT, we have agreed a set of social value priorities that form a framework for ELFT
    # to progress as an anchor organisation:", exam 218: the agreed set is the list)
    r"|\b(?:agreed|set|identified|chosen|developed)\s+(?:a\s+(?:new\s+)?set\s+of|the\s+following)\s+(?:[\w-]+\s+){0,3}?"
    r"priorities(?:\s+(?:that|which)\s+[^.!?:;]{3,100})?\s*:$"
    # ("Our priorities to deliver this are:" under the ambition it serves, a council's plan; "Our
    # priorities for the borough are:": a place, not a year)
    r"|^(?:the|our)\s+(?:[\w-]+\s+){0,3}?priorities\s+(?:to\s+(?:deliver|achieve|realise|realize)\s+(?:this|these|it|that)"
    r"|for\s+(?:the\s+|our\s+)?(?:borough|city|county|district|region|area|place|communities|population|people)\b(?:\s+[\w-]+){0,3})"
    r"\s+are\s*:$",
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
    if POINTING_LEAD.fullmatch(last) is not None:
        return True  # ("... our strategic objectives ... They are to:" in one paragraph)
    return _PRIORITIES_ARE_TO.search(last) is not None and not _WE_WILL.search(last)


def _caption_over_named_list(ctx: Context, child: int, end: int) -> bool:
    """A short line right over the one lead-in that says its list holds the goals themselves
    ("These are:", "... our priorities, which are to:"), three entries or more: no goal's title."""
    lead = child + 1
    if len(ctx.content(child).split()) > 4 or lead + 1 >= end or ctx.blocks[lead].kind != "para" \
            or ctx.blocks[lead + 1].kind != "item" or not _names_the_list(ctx, lead + 1):
        return False
    return len(ctx.items_after(lead)) >= 3


def _counted_named_list(ctx: Context, items: list[int]) -> bool:
    """"... sets four priorities for the next three years:" over as many "Better care – improving
    ..." entries: named priorities, goals, though the lead-in says "priorities for" (round 47). So
    are as many gerund names, short one-sentence names, "name (with the aim ...)" entries (exam 103)
    or "to ..." entries (three or more, exam 103) as the lead-in counts."""
    lead = items[0] - 1
    if len(items) < 2 or lead < 0 or ctx.blocks[lead].kind != "para" or number_in(ctx.content(lead)) != len(items):
        return False
    # ("Giving people faster access to help in a crisis", round 52; "four key priorities have been
    # identified:" over "Reaching out based on need ...", "seven key priorities ... these being:"
    # over "Developing Community Hubs.", "Mental Health.": as many short entries as the count,
    # each one sentence and none a "We ..." promise, name the priorities; exams 50-51, after their run)
    return all(DASH_ENTRY.match(ctx.content(k)) or _DASHED_NAME.match(ctx.content(k)) for k in items) \
        or all(_GERUND_NAME.fullmatch(ctx.content(k)) for k in items) \
        or len(items) >= 3 and all(_SHORT_NAMED_PRIORITY.fullmatch(ctx.content(k)) for k in items) \
        or all(PAREN_AIM_ENTRY.fullmatch(ctx.content(k)) for k in items) \
        or len(items) >= 3 and all(_TO_ENTRY.match(ctx.content(k)) for k in items)


# an entry that opens with "to" and a verb in lower case ("to identify, and support ...")
_TO_ENTRY = re.compile(r"\s*to\s+(?-i:[a-z])", re.IGNORECASE)


# "We will work with people in the health and care system to:" (one sentence, nothing before it)
_WILL_WORK_TO = re.compile(r"\s*we\s+will\s+[^.:;!?]{0,100}\bto\s*:\s*", re.IGNORECASE)


def _working_to(ctx: Context, section: Section, items: list[int]) -> bool:
    """"Our strategic priorities" / "We will work with people ... to:" / "drive improvements in
    ...", "improve health and care for ...": a lead-in right under the priorities heading, over
    up to six actions, finishes the heading's sentence: the actions are the priorities (exam 58,
    after its run)."""
    lead = section.heading + 1
    return items[0] == lead + 1 and 2 <= len(items) <= 6 and ctx.blocks[lead].kind == "para" \
        and _WILL_WORK_TO.fullmatch(ctx.content(lead)) is not None and action_items(ctx, lead) \
        and not any(re.search(r"\d", ctx.content(k)) for k in items)  # (not dated, counted actions: the review of session 16)


# the patients' side of a charter, as its own lead-in or title: "Your responsibilities:", "What
# we ask of you:", "Patients are asked to:" (the review of session 16)
_PATIENTS_SIDE = re.compile(r"\s*(?:your\s+(?:responsibilit|rights|duties)|what\s+we\s+(?:ask|expect)\b|"
                            r"patients?\s+(?:are|is)\s+(?:asked|expected|requested)|in\s+return\b|"
                            r"we\s+ask\s+(?:that\s+)?(?:you|patients))", re.IGNORECASE)


def _counted_exactly(ctx: Context, section: Section, items: list[int]) -> bool:
    """The lead-in right over the entries counts them ("... focused on delivering five strategic
    aims:" over five "We will ..." entries): the aims named, goals, even in a plan's years (exam
    61, after its run)."""
    lead = items[0] - 1
    return lead >= section.heading and ctx.blocks[lead].kind == "para" and ctx.is_lead_in(lead) \
        and number_in(ctx.last_sentence(lead)) == len(items) \
        and not re.search(r"\b(?:commitments|promises|pledges)\b", ctx.last_sentence(lead), re.IGNORECASE)


def _short_gerund_names(ctx: Context, items: list[int]) -> bool:
    """Two or more entries, each a short -ing phrase ("Being more strategic", "Gathering more
    evidence"): the priorities named, even under "Looking forward we will focus even more on:"
    (exam 58, after its run)."""
    return len(items) >= 2 and all(_GERUND_NAME.fullmatch(ctx.content(k)) and len(ctx.content(k).split()) <= 6
                                   for k in items)


def _short_phrase_names(ctx: Context, items: list[int]) -> bool:
    """Three or more entries, each a short name and none an action or a sentence ("Giving
    children the best start", "immunisation, screening and early diagnosis"): the priorities
    named, even after "Our public health priorities include:" (exam 100, after its run)."""
    if len(items) < 3:
        return False
    for k in items:
        content = ctx.content(k).strip()
        words = content.split()
        if not words or len(words) > 6 or content.endswith((".", ";", ":")) \
                or words[0].lower() in IMPERATIVE_VERBS or words[0].lower() in ("we", "to", "our", "you", "i"):
            return False
    return True


# one short sentence or name, not a promise ("We will ...") nor a lead-in
_SHORT_NAMED_PRIORITY = re.compile(r"\s*(?!(?:we|our|you|this|these|it)\b)[A-Z][^.;:!?]{2,150}(?:[.;]|;\s+and)?\s*", re.IGNORECASE)


_GERUND_NAME = re.compile(r"\s*[A-Za-z][a-z]+ing\b[^.;:!?]{3,100}(?:[.;]|;\s+and)?\s*")


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
        long_named = split_name(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end, 9)
        named = split_name(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end, 6) is not None \
            or split_title_comma(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end) is not None \
            or long_named is not None and WILL_START.match(ctx.text, long_named[1], ctx.blocks[k].end) is not None
        # (a longer name over a promise: "Tackling substance misuse (alcohol, drugs and tobacco) - We
        # will address ...", exam 96 after its run)
        first = content.split(None, 1)[0].lower() if content.split() else ""
        if not named and (len(content.split()) > 7 or content.rstrip().endswith(".")
                          or first in IMPERATIVE_VERBS):
            sentences += 1
    if len(items) >= 3 and all(_AGREED_NAME.match(ctx.content(k)) and ctx.blocks[k].marker_class.startswith("number")
                               for k in items) \
            and not any(ctx.content(k).rstrip().endswith(".") or timeframe_of(ctx.content(k)) for k in items) \
            and not any(timeframe_of(ctx.content(j)) and number_in(ctx.content(j)) != len(items)
                        and not _DATED_GOALS_TITLE.fullmatch(ctx.content(j).strip(" *_#:"))
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
# "2021 - 2023 Annual Objectives": a title that dates the goals under it, not a year's actions
_DATED_GOALS_TITLE = re.compile(r"(?:20\d\d\s*(?:[/–—-]|to)\s*(?:20)?\d\d|20\d\d)\s+(?:[\w-]+\s+)?"
                                r"(?:objectives|goals|aims|priorities)", re.IGNORECASE)
_AGREED_NAME = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?[A-Z][a-z]+(?:\s+[\w’',&-]+){1,17}\s*$")


# "our second goal now recognises the need ...", "Our first objective has changed to ...": an
# entry that speaks about one of the goals by its place, not a goal (round 27)
_ORDINAL_GOAL = re.compile(
    r"\s*(?:our|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|last|final)\s+"
    r"(?:strategic\s+)?(?:goal|aim|objective|priority|ambition|pillar)\s+(?!is\s*[:–—-])\w",
    re.IGNORECASE,
)


# "People: supporting our colleagues ..." as a line of a list whose markers were lost (round 35)
# (a name of five or six words only when none is a lead-in's "we" / "our" / verb: not "This year
# we have three priorities: improving ...")
_COLON_ENTRY = re.compile(r"\s*[A-Z][\w’'-]*(?:(?:[ \t]+[\w’'&-]+){0,3}"
                          r"|(?!(?:[ \t]+[\w’'&-]+){0,5}?[ \t]+(?i:we|our|have|has|are|is|will)\b)(?:[ \t]+[\w’'&-]+){4,5})"
                          r":[ \t]+[a-z]")


def _entry_line(content: str) -> bool:
    """"Name – description" or "Name: description" as one line."""
    return bool(DASH_ENTRY.match(content) or _COLON_ENTRY.match(content))


def _entry_lines(ctx: Context, section: Section, is_entry: Callable[[str], bool] = _entry_line,
                 end: int | None = None) -> list[int]:
    """The "Name – description" / "Name: description" paragraphs (or those ``is_entry`` says
    are entries) right under a goals heading, after an intro at most."""
    end = len(ctx.blocks) if end is None else end
    k = section.heading + 1
    if k < end and ctx.blocks[k].kind == "para" and k not in ctx.used and not is_entry(ctx.content(k)):
        k += 1  # an intro: "Each year we choose three quality priorities, ..."
    found = []
    while k < end and ctx.blocks[k].kind == "para" and k not in ctx.used and is_entry(ctx.content(k)):
        found.append(k)
        k += 1
    return found


# a measure's figure alone in a cell ("61%", "1,420", "11.2", "£3.9m"; not a card's "01")
_FIGURE_CELL = re.compile(r"\s*[<>≤≥~]?\s*(?:\d[\d,.]*\s*%|\d{1,3}(?:,\d{3})+|\d+\.\d+|[£$€]\d[\d,.]*\s*(?:[km]|bn)?|\d{3,})\s*")


_CHALLENGES_LEAD = re.compile(r"\b(?:challenges|barriers|risks|issues|problems)\b", re.IGNORECASE)
# a lead-in whose sentence the entries complete ("... and mean we are determined that;" over
# "We will ..."), not one that names them goals ("... sets out five strategic ambitions:")
_COMPLETED_LEAD = re.compile(r"\b(?:that|to)\s*[:;]\s*$", re.IGNORECASE)


def from_section(ctx: Context, section: Section) -> tuple[list[Statement], list[Statement]]:
    """(goals, commitments) of a goals / priorities / commitments section."""
    goals: list[Statement] = []
    commitments: list[Statement] = []
    ctx.used.add(section.heading)
    head = ctx.blocks[section.heading]
    if head.kind == "para" and section.role in ("goals", "priorities"):
        # "We strive to find new ways of working ... Our strategic priorities are:": the lead-in's
        # sentences before its last are read as any paragraph's are (exams 42-43, after their run)
        sentences = ctx.sentences(head.start, head.end)
        if len(sentences) >= 2:
            commitments.extend(sentence_commitments(ctx, head.start, sentences[-1][0], section.timeframe, 0.7))
    if sum(bool(_FIGURE_CELL.fullmatch(ctx.content(k))) for k in range(section.heading + 1, min(section.end, section.heading + 12))) >= 2:
        # "2024/25" / "Target 2027/28" / "People waiting more than 104 weeks" / "1,420": a table
        # of measures copied a cell a line, not goals (round 39)
        ctx.used.update(range(section.heading, section.end))
        return [], []
    role = section.role
    timeframe = section.timeframe
    parallel = parallel_lines_under(ctx, section.heading) if role == "commitments" else []
    if role == "commitments" and not parallel:
        for k in range(section.heading, section.end):
            if ctx.blocks[k].kind == "para" and RESPONSIBILITY_LEAD.fullmatch(ctx.content(k)) \
                    or k == section.heading and RESPONSIBILITY_HEAD.fullmatch(ctx.content(k).strip(" *_#:")):
                # "PATIENTS CHARTER" / ... / "Our Responsibility to You:" over the promises, each
                # a line of its own (exams 44-45, after their run), or the same words as the
                # heading (exam 50, after its run); the rest is read as usual
                inner = promise_lines_under(ctx, k)
                if inner:
                    ctx.used.add(k)
                    commitments.extend(promise_sentences(ctx, inner, "commitment-charter-line", 0.65, timeframe))
    if parallel:
        # "Commitments from the Practice" over "You will be treated with courtesy ..." / "You
        # will have the choice ..." lines, their markers lost (exam 39, after its run)
        return [], take_lines(ctx, parallel, "commitment-parallel-line", 0.65, timeframe)
    if role == "commitments" and section.heading + 1 < section.end \
            and role_of(ctx, section.heading + 1) == "goals":
        # "What we will do" over "Our strategy has four big goals." and the goals' list: the
        # sentence names what the list is (a Sitecore accordion, round 57)
        return goals, commitments
    # (a Markdown heading "### Pledge 1 – Safe, kind care" is a label too, round 45)
    labelled = bool(section.children) and all(ctx.blocks[c].label or GOAL_LABEL.match(ctx.content(c))
                                              for c in section.children)
    if role == "commitments" and not labelled and _titled_pairs(ctx, section):
        # "Our commitments to you" over "Communication" / "We will explain ...", "Involvement" /
        # "We will involve you ...": each commitment named, a goal with its sentence (round 45)
        labelled = True
    if role == "commitments" and not labelled:
        commitments.extend(commitment_titles(ctx, section))
        commitments.extend(all_commitments(ctx, section.heading + 1, section.end, timeframe))
        return goals, commitments
    if section.children and all(c in ctx.used for c in section.children):
        return goals, commitments  # every title already read as a goal ("1 Name" titles)
    dashed = _entry_lines(ctx, section)
    if len(dashed) >= 2:
        # "Urgent care – reduce waiting times ..." lines right under the heading (after an
        # intro at most), their markers lost: a goal each, the description its statement (rounds 34, 37)
        return _line_goals(ctx, dashed), commitments
    we_named = _entry_lines(ctx, section, _we_described_line, section.end) if role == "goals" else []
    if len(we_named) >= 2:
        return _we_described_goals(ctx, we_named, timeframe), commitments
    clauses = _to_clause_goals(ctx, section) if role == "goals" else []
    if clauses:
        return clauses, commitments
    if len(section.children) == 1 and _caption_over_named_list(ctx, section.children[0], section.end):
        # "Hand holding" (a picture's label) over "... these goals ... In summary these are:"
        # and the list: the sentence names the entries as the goals, so the line over it names
        # none (exam 218)
        ctx.used.add(section.children[0])
        section = replace(section, children=[])
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
        end = repeated_title(ctx, children, end)
        if len(children) >= 3 and all(b - a == 2 and ctx.blocks[a + 1].kind == "para"
                                      for a, b in zip(children, children[1:], strict=False)) \
                and children[-1] + 2 < end and ctx.blocks[children[-1] + 1].kind == "para":
            # titles each over one line: the last title's line is its text, the paragraphs after
            # it are the page going on ("Have your say: drop-in session ...", round 35)
            end = children[-1] + 2
        while len(children) >= 3 and ctx.blocks[children[-1]].kind == "para" \
                and len(ctx.sentences(ctx.blocks[children[-1]].start, ctx.blocks[children[-1]].end)) >= 2 \
                and all(ctx.blocks[c].kind == "heading" and len(ctx.content(c).split()) <= 8 for c in children[:-1]):
            # short titles, then "Alongside this, we are also developing ... . These will ...": the
            # page going on after the list, not a last entry (exam 137, after its run)
            end = children[-1]
            children = children[:-1]
        bounds = children + [end]
        # lead-in lists before the first child
        commitments.extend(all_commitments(ctx, section.heading + 1, section.children[0],
                                            timeframe, lists_only=True))
        for child, stop in zip(children, bounds[1:], strict=False):
            text = ctx.content(child)
            ctx.used.add(child)
            if CASE_STUDY.match(text):
                ctx.used.update(range(child, stop))  # a story beside the goals (round 32)
                continue
            if role == "priorities" and YEAR_ONLY.match(text):
                commitments.extend(all_commitments(ctx, child + 1, stop, timeframe_of(text)))
                continue
            block = ctx.blocks[child]
            if (block.kind == "para" or block.kind == "heading" and not block.explicit) and not block.label \
                    and _entry_line(text):
                # a bare "Start well – To improve ..." line (its marker lost): the name, and the
                # description as its statement
                goal, desc = named_item(ctx, child, "goal-line")
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
            goal.statements.extend(tail_statements(ctx, tail, block.end))
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
            goal, desc = named_item(ctx, head, "goal-line")
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
        if any(ctx.blocks[j].kind == "item" for j in range(section.heading + 1, k)) \
                and (ctx.is_lead_in(k) or ctx.blocks[k].kind == "heading") \
                and (DUTY_LINE.match(ctx.content(k)) or _PATIENTS_SIDE.match(ctx.content(k))):
            goal_end = k  # "Help us to help you:" over the patients' side of a charter (exam 61, after its run)
            break
        if any(ctx.blocks[j].kind == "item" for j in range(section.heading + 1, k)) and (
            ctx.is_lead_in(k) and COMMIT_LEAD.search(ctx.last_sentence(k))
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
    if top and any(
        ctx.is_lead_in(k) and NOT_COMMIT_LEAD.search(ctx.content(k).rstrip(" *_"))
        and (role == "priorities" or _CHALLENGES_LEAD.search(ctx.content(k))
             and not all(WILL_START.match(ctx.content(t)) for t in top))
        for k in range(section.heading, top[0])
    ):
        # "Our priorities have evolved ... and are drawn from:" lists sources; "... our strategy
        # aims to address the key challenges and barriers faced by the Hospice:" lists problems,
        # not aims (exam 39, after its run); the sentences after the list are read as usual
        for k in range(section.heading + 1, _list_end(ctx, top[-1], goal_end)):
            ctx.used.add(k)
        return goals, commitments
    if role == "priorities" and top and not _working_to(ctx, section, top) \
            and not _titles_with_bodies(ctx, top, goal_end) \
            and not _names_the_list(ctx, top[0]) and not _bold_named(ctx, top) \
            and not _counted_named_list(ctx, top) and not _first_sentence_titles(ctx, top) \
            and not _short_gerund_names(ctx, top) and not _short_phrase_names(ctx, top) and (
            _is_sentence_list(ctx, top) or any(
        # (the lead-in's own last sentence: not "... on which we will achieve our vision.
        # Simply put, the Strategic Priorities of the Trust are:", a real trust's page)
        ctx.is_lead_in(k) and COMMIT_LEAD.search(ctx.last_sentence(k))
        for k in range(section.heading + 1, top[0])
    )):
        commitments.extend(all_commitments(ctx, section.heading + 1, section.end, timeframe))
        return goals, commitments
    if role == "goals" and len(top) >= 2 and all(WILL_START.match(ctx.content(k)) for k in top) \
            and not _counted_exactly(ctx, section, top) and (
            timeframe or len(top) >= 3
            and any(_COMPLETED_LEAD.search(ctx.content(h)) for h in range(section.heading, top[0])) and not any(
                ctx.blocks[k + 1].kind == "item" and ctx.blocks[k + 1].depth > ctx.blocks[k].depth
                for k in top if k + 1 < section.end)):
        # "Our annual objectives for 2025/26 are:" over "We will ..." entries: that year's
        # commitments, not goals; so are three "We will ..." sentences or more with nothing
        # under them ("... our central goals and mean we are determined that;", exam 38 after
        # its run): promises, none a goal's short name
        commitments.extend(all_commitments(ctx, section.heading + 1, section.end, timeframe))
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
        goal, desc = named_item(ctx, item, "goal-item")
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
            named = _goal_paragraphs(ctx, section)
            if len(named) >= 2 and all(_NAMED_LINE.match(ctx.content(k)) for k in named):
                # "Our priorities" over "Starting Well: Give our children ..." lines, their markers
                # lost: named priorities, goals as a bulleted list of them is (exam 133, after its run)
                goals.extend(_paragraph_goals(ctx, section))
            commitments.extend(_paragraph_commitments(ctx, section, timeframe))
        commitments.extend(all_commitments(ctx, section.heading + 1, section.end, timeframe,
                                            lists_only=True))
    return goals, commitments


# "The stated aim of the Western Trust is:" over one (quoted) line: the organisation's aim, said
# of it by its name, a goal named by the line (round 27); not "Our aim is to ..." (a commitment)
_STATED_AIM = re.compile(
    r"\s*the\s+(?:(?:stated|overall|main|primary|principal|central|core)\s+)?aim\s+of\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'&-]*(?:\s+[\w’'&()-]+){0,8}\s+is\s*:\s*$",
    re.IGNORECASE,
)


# "The aims of our Trust is “to be an outstanding District General Hospital”.": the aim, quoted
# in the sentence that states it of the body (exam 131, after its run)
_QUOTED_AIM = re.compile(r"\s*the\s+(?:(?:stated|overall|main|primary|principal|central|core)\s+)?aims?\s+of\s+"
                         r"(?:our|the)\s+(?:trust|organisation|organization|board|hospital|practice|partnership)\s+"
                         r"(?:is|are)\s+[“\"‘](?P<q>[^”\"’]{8,200})[”\"’]\s*\.?\s*$", re.IGNORECASE)


def stated_aim_goals(ctx: Context) -> list[Statement]:
    """"The stated aim of <organisation> is:" over one line of 4 to 40 words, or its aim quoted in
    the sentence ("The aims of our Trust is “to be ...”."): one goal."""
    goals: list[Statement] = []
    blocks = ctx.blocks
    for k, block in enumerate(blocks):
        quoted = _QUOTED_AIM.match(ctx.text, block.start, block.end) \
            if k not in ctx.used and block.kind == "para" else None
        if quoted is not None:
            goal = ctx.statement("goal", quoted.start("q"), quoted.end("q"), "goal-stated-aim-quoted", 0.6)
            if goal is not None:
                ctx.used.add(k)
                goals.append(goal)
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
        label = GOAL_LABEL.match(ctx.text, start, end) or CODE_LABEL.match(ctx.text, start, end)
        if label and label.end() < end:
            start = label.end()
        numbering = NUMBERING.match(ctx.text, start, end)
        if numbering and numbering.end() < end:
            start = numbering.end()
        goal = ctx.statement("goal", start, end, "goal-bold-lead", 0.8, strip=".:;–—-")
        if goal is None:
            continue
        block = ctx.blocks[k]
        statements = tail_statements(ctx, match.end(), block.end)
        if not statements and len(ctx.text[match.end() : block.end].split()) <= SHORT_BODY_WORDS:
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
        and not claimed_elsewhere(ctx, k)
    ]


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


# "Quality care, every day – We will aspire to ...": a name (commas allowed, up to ten words),
# a spaced dash, and what the body will do, in its own sentences
_WE_DESCRIBED = re.compile(r"\s*(?P<name>[A-Z][^.:;!?–—\n]{2,90}?)[ \t]+[–—-][ \t]+(?=We\s)")


def _we_described_line(content: str) -> bool:
    """A "Name – We will ..." line, its name ten words or fewer."""
    match = _WE_DESCRIBED.match(content)
    return match is not None and len(match.group("name").split()) <= 10


def _we_described_goals(ctx: Context, lines: list[int], timeframe: str | None) -> list[Statement]:
    """Each "Name – We will ... . We will ..." paragraph a goal named Name, its sentences the
    statements (exam 215, a trust's strategic ambitions)."""
    goals = []
    for k in lines:
        ctx.used.add(k)
        block = ctx.blocks[k]
        match = _WE_DESCRIBED.match(ctx.text, block.start, block.end)
        assert match is not None
        goal = ctx.statement("goal", match.start("name"), match.end("name"), "goal-we-line", 0.8)
        if goal is None:
            continue
        goal.statements.extend(sentence_commitments(ctx, match.end(), block.end, timeframe, 0.8))
        goals.append(goal)
    return goals


def _line_goals(ctx: Context, lines: list[int]) -> list[Statement]:
    """Each "Name – description" line a goal, its description the statement."""
    goals = []
    for k in lines:
        ctx.used.add(k)
        goal, desc = named_item(ctx, k, "goal-line")
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
    if len(heads) >= 2 and all(_between_entries(ctx, k) for k in heads):
        # "1. Give every child a good start" / "Priority Action: Support mothers ..." / "2. ...":
        # each line sits between two entries of one numbered list, the line under each entry,
        # not a name over a list (exam 72, after its run)
        return []
    return heads


def _between_entries(ctx: Context, k: int) -> bool:
    """The line at ``k`` sits between two numbered entries of one list, one entry each side."""
    if k == 0 or k + 1 >= len(ctx.blocks):
        return False
    above, below = ctx.blocks[k - 1], ctx.blocks[k + 1]
    return above.kind == "item" and above.marker_class.startswith("number") \
        and below.marker_class == above.marker_class and below.depth == above.depth


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
