"""Goals found by their page-wide shape, outside any goals section: labelled lines ("Strategic
aim 1 – ..."), topic headings each over a "we will" list (pillars), "Name: We will ..." bullets,
objective sentences over "Priorities" sub-lists, outcome titles, dotted and numbered titles,
counted lead-ins and "We will ..." paragraphs over "We will do this by:" actions. Each reader
returns goals for ``strategygraph.extract`` to merge with those of the sections."""

from __future__ import annotations

import re
from itertools import takewhile

from strategygraph.extract.common import (
    BARE_WE_WILL,
    COMMIT_LEAD,
    MEASURES_LEAD,
    POINTER_START,
    TO_LINE,
    Context,
    action_run,
    bare_list_after,
    block_runs,
    commitment_start,
    count_of,
    fold_name,
    is_commitment_sentence,
    number_in,
    opens_with_action,
    split_name,
    timeframe_of,
    title_like,
)
from strategygraph.extract.goal_parts import (
    ACTION_TITLE,
    BY_LEAD,
    CODE_LABEL,
    GENERIC_HEADING,
    GOAL_LABEL,
    NUMBERING,
    WILL_START,
    YEAR_ONLY,
    goal_name,
    named_item,
    statements_in,
    sub_heading,
    tail_statements,
)
from strategygraph.extract.goals import POINTING_LEAD
from strategygraph.extract.sections import CONTACT_LABEL, body_end, role_of
from strategygraph.model import Statement
from strategygraph.segment import ORDINAL_WORDS, WORD_TITLE


def labelled_goals(ctx: Context) -> list[Statement]:
    """"Strategic aim 1 – ...", "Goal 2: ...", "Pillar three" lines outside any goals section."""
    goals: list[Statement] = []
    blocks = ctx.blocks
    # the labelled goals' names: a later title repeating one ("Start well" over "What we will do
    # in 2026/27") starts that goal's own section, not more of the goal above (round 55)
    names = {fold_name(ctx.text[g.span.start : g.span.end]) for g in (
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
            caption = nxt.kind == "heading" and not nxt.label and not nxt.explicit and role_of(ctx, stop) is None \
                and stop == index + 1 and stop + 1 < len(blocks) and blocks[stop + 1].kind == "item" \
                and WORD_TITLE.match(ctx.content(index)) is not None
            # ("One – a better quality of life ..." / "Newly built council housing in Carshalton" (a
            # picture's caption) / its bullets: the caption is no end of the goal; exam 93)
            if nxt.kind == "heading" and stop != used_next and not caption and (
                nxt.label or nxt.explicit or role_of(ctx, stop) not in (None, "commitments")
                or not sub_heading(ctx, stop) or fold_name(ctx.content(stop)) in names
            ):
                run = action_run(ctx, bare_list_after(ctx, stop - 1, len(blocks))) if ctx.is_lead_in(stop - 1) else []
                if run and run[0] == stop and not nxt.label and not nxt.explicit:
                    stop = run[-1] + 1  # "Priorities for 2025/26:" over bare lines: the goal ends with them (round 41)
                break
            stop += 1
        goal.statements.extend(tail_statements(ctx, goal.span.end, block.end))
        goal.statements.extend(statements_in(ctx, index + 1, stop, None))
        goals.append(goal)
    return goals


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
            and (len(ctx.content(index).split()) <= 4 or ACTION_TITLE.match(ctx.content(index))) \
            and all(is_commitment_sentence(ctx.content(k)) and WILL_START.match(ctx.content(k)) for k in items)
        # (or "We will ..." lines whose bullets were lost, under such a title, stray "We will:"
        # lines among them, round 43)
        if not has_list and not items and ACTION_TITLE.match(ctx.content(index)):
            body = [k for k in range(index + 1, stop) if k not in ctx.used]
            wills = [k for k in body if blocks[k].kind == "para" and not ctx.is_lead_in(k)]
            has_list = len(wills) >= 2 \
                and all(WILL_START.match(ctx.content(k)) and is_commitment_sentence(ctx.content(k)) for k in wills) \
                and all(k in wills or BARE_WE_WILL.fullmatch(ctx.content(k)) for k in body)
        content = ctx.content(index)
        if role_of(ctx, index) is not None or GENERIC_HEADING.search(content) and not ACTION_TITLE.match(content) \
                or _ONE_AIM.fullmatch(content) \
                or YEAR_ONLY.match(content) or timeframe_of(content):
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


_NAMED_AIM = re.compile(r"\s*(?P<name>[A-Z][\w’'-]*(?:\s+[\w’'&-]+){0,3})\s*:\s+(?P<aim>[Tt]o\s+[a-z])")


def named_aim_items(ctx: Context) -> list[Statement]:
    """Three bullets or more in a row, each "Name: to ..." ("Patient Care: to offer a choice and
    range of specialist services ...", "Financial Security: to secure sustainable income ..."),
    under a mission, vision or goals heading a few blocks up (not "How to contact us" /
    "Reception: to book ..."): goals named Name, the aim their statement (exam 41, after its run)."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for run in block_runs(ctx, lambda j: blocks[j].kind == "item" and j not in ctx.used
                          and _NAMED_AIM.match(ctx.content(j))):
        heading = next((h for h in range(run[0] - 1, max(-1, run[0] - 6), -1) if blocks[h].kind == "heading"), None)
        if len(run) < 3 or heading is None \
                or role_of(ctx, heading) not in ("mission", "vision", "goals", "priorities", "mixed"):
            continue
        for r in run:
            found = _NAMED_AIM.match(ctx.text, blocks[r].start, blocks[r].end)
            goal = ctx.statement("goal", found.start("name"), found.end("name"), "goal-named-aim", 0.65) \
                if found else None
            aim = ctx.statement("commitment", found.start("aim"), blocks[r].end, "goal-named-aim-text", 0.65) \
                if found else None
            if goal is not None:
                if aim is not None:
                    goal.statements.append(aim)
                goals.append(goal)
                ctx.used.add(r)
    return goals


# the first of them run into the line before: "Values: ... Aims & Objectives: 1. Experience: To ..."
_FIRST_NUMBERED_AIM = re.compile(r"(?:^|\s)1\.\s+(?P<name>[A-Z][\w’'-]*(?:\s+[\w’'&-]+){0,3})\s*:\s+(?P<aim>[Tt]o\s+[a-z][^\n]*)$")


def numbered_aim_items(ctx: Context) -> list[Statement]:
    """Numbered entries "2. Environment: To create environments ...", three or more counting on
    by one, each over the lines that say how (a PDF's aims and objectives, their list broken by
    those lines; exam 175): goals named Name, the aim and its lines their statements. The "1."
    entry may be run into the line before it."""
    blocks = ctx.blocks
    entries: list[tuple[int, int, int, int, int]] = []  # (block, name start, name end, aim start, number)
    for k, block in enumerate(blocks):
        if block.kind != "item" or k in ctx.used or not block.marker.rstrip(".)").isdigit():
            continue
        found = _NAMED_AIM.match(ctx.text, block.start, block.end)
        if found is not None:
            entries.append((k, found.start("name"), found.end("name"), found.start("aim"), int(block.marker.rstrip(".)"))))
    if len(entries) < 2 or any(b[4] != a[4] + 1 for a, b in zip(entries, entries[1:], strict=False)):
        return []
    first = entries[0][0]
    if entries[0][4] == 2 and first and first - 1 not in ctx.used:
        lead = None
        for k in range(first - 1, max(-1, first - 6), -1):
            lead = _FIRST_NUMBERED_AIM.search(ctx.text, blocks[k].start, blocks[k].end)
            if lead is not None or blocks[k].kind == "item":
                break
        if lead is not None:
            entries.insert(0, (k, lead.start("name"), lead.end("name"), lead.start("aim"), 1))
    if len(entries) < 3:
        return []
    goals: list[Statement] = []
    bounds = [e[0] for e in entries[1:]] + [min(len(blocks), entries[-1][0] + 8)]
    for (k, name_start, name_end, aim_start, _), stop in zip(entries, bounds, strict=True):
        goal = ctx.statement("goal", name_start, name_end, "goal-numbered-aim", 0.6)
        if goal is None:
            continue
        aim = ctx.statement("commitment", aim_start, blocks[k].end, "goal-numbered-aim-text", 0.6)
        if aim is not None:
            goal.statements.append(aim)
        ctx.used.add(k)
        for j in range(k + 1, stop):
            if j in ctx.used or blocks[j].kind not in ("item", "para", "heading") or len(ctx.content(j).split()) > 40 \
                    or role_of(ctx, j) is not None:
                break
            line = ctx.statement("commitment", blocks[j].start, blocks[j].end, "goal-numbered-aim-line", 0.55)
            if line is not None:
                goal.statements.append(line)
                ctx.used.add(j)
        goals.append(goal)
    return goals


def _item_children(ctx: Context) -> dict[int, list[int]]:
    """Each list item's nested items not taken yet, by the index of the item they sit under."""
    children: dict[int, list[int]] = {}
    for k, block in enumerate(ctx.blocks):
        if block.kind == "item" and block.parent is not None and k not in ctx.used:
            children.setdefault(block.parent, []).append(k)
    return children


def titled_item_goals(ctx: Context) -> list[Statement]:
    """Top-level bullets that are short titles over bullets of their own ("• Best Quality" /
    "    • we will listen to our patients"), two or more in a list: goals named by the titles."""
    blocks = ctx.blocks
    children = _item_children(ctx)
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


_INVOLVES = re.compile(r"\s*(?:this|these|that)\s+(?:will\s+)?(?:involves?|includes?|means?|covers?)\s*:?\s*$", re.IGNORECASE)


def titled_action_lists(ctx: Context) -> list[Statement]:
    """Three or more plain titles in a row of groups, each over a list of actions ("Greening
    health systems" / "- Complete the biodiversity project" / "- Reduce inhaler emissions ..."),
    with at most a one-line description between title and list, and no lead-in naming them: an
    annual plan's themes, each a goal, its actions the statements (a health board's plan; exam 149)."""
    blocks = ctx.blocks
    groups: list[tuple[int, list[int]]] = []
    k = 0
    while k < len(blocks):
        group = _action_group(ctx, k)
        if group is None and _echoes_next(ctx, k):
            k += 1  # "high quality care" / "High quality care": an icon's label over the title
            continue
        if group is None:
            if len(groups) >= 3:
                break
            groups = []
            k += 1
            continue
        groups.append(group)
        k = group[1][-1] + 1
    if len(groups) < 3:
        return []
    goals: list[Statement] = []
    for head, items in groups:
        goal = _goal_over_items(ctx, head, items, ("goal-titled-actions", 0.6), ("goal-item", 0.7))
        if goal is not None:
            ctx.used.update(range(head, items[0]))
            goals.append(goal)
    return goals


def _action_group(ctx: Context, k: int) -> tuple[int, list[int]] | None:
    """A plain title at ``k`` over its list of actions (most entries open with a verb), perhaps a
    one-line description between: the title and the list's entries."""
    blocks = ctx.blocks
    block = blocks[k]
    if block.kind != "heading" or block.label or k in ctx.used or role_of(ctx, k) is not None \
            or len(ctx.content(k).split()) > 8 or not title_like(ctx.content(k)):
        return None
    first = k + 1
    if first < len(blocks) and blocks[first].kind in ("para", "heading") and first not in ctx.used \
            and not ctx.content(first).rstrip().endswith((".", ":")) and len(ctx.content(first).split()) <= 20 \
            and first + 1 < len(blocks) and blocks[first + 1].kind == "item":
        first += 1  # ("Making our model of care more environmentally sustainable ...": what the title means)
    items = ctx.entries_after(first - 1)
    if not items or any(j in ctx.used for j in items) or _PERIOD_TITLE.match(ctx.content(k)) \
            or sum(opens_with_action(ctx.content(j)) and not _TO_ENTRY.match(ctx.content(j))
                   for j in items) * 3 < len(items) * 2:
        return None  # (not "Quarter 1 (April to June)" over milestones, nor "To be treated with
        # dignity ..." rights or "To carry out assessments ..." duties: "To ..." entries are no actions here)
    return k, items


def _echoes_next(ctx: Context, k: int) -> bool:
    """A short line the next line repeats but for case, spaces and hyphens (a picture's label
    left over its title: "joined up services" / "Joined-up services")."""
    if k + 1 >= len(ctx.blocks) or ctx.blocks[k].kind not in ("para", "heading") or len(ctx.content(k).split()) > 8:
        return False
    def folded(text: str) -> str:
        return re.sub(r"[\W_]+", "", text).casefold()
    return bool(folded(ctx.content(k))) and folded(ctx.content(k)) == folded(ctx.content(k + 1))


_PERIOD_TITLE = re.compile(r"\s*(?:quarter|q[1-4]\b|year\s+\d|phase\s+\d|20\d\d|(?:january|february|march|april|may|june|july"
                           r"|august|september|october|november|december)\b)", re.IGNORECASE)
_TO_ENTRY = re.compile(r"\s*to\s", re.IGNORECASE)


def lead_item_goals(ctx: Context) -> list[Statement]:
    """A list of three or more top-level entries, two or more of them leading with a colon into
    bullets of their own ("1. Accelerating the digital opportunities for the system:" / "• Making
    Devon feel like one system ..."; "1. Investing in prevention, ..." with none): the plan's
    goals, the bullets their statements (an STP's plan under a lead-in the rules do not know;
    exam 142, after its run)."""
    blocks = ctx.blocks
    children = _item_children(ctx)
    k = 0
    while k < len(blocks):
        if blocks[k].kind != "item" or blocks[k].depth or k in ctx.used:
            k += 1
            continue
        run = []
        j = k
        while j < len(blocks) and blocks[j].kind == "item" and j not in ctx.used:
            if not blocks[j].depth:
                run.append(j)
            j += 1
        leading = [t for t in run if children.get(t) and ctx.content(t).rstrip().endswith(":")]
        # (one entry over bullets may lack its colon: "• Continuing to improve our ... focus on
        # ..." / "  • We already coordinate ...", a practice's plan; exam 146)
        unled = [t for t in run if children.get(t) and t not in leading]
        if len(run) >= 3 and len(leading) >= 2 and len(unled) <= 1 and len(unled) < len(leading) \
                and all(len(ctx.content(t).split()) <= 60 for t in run):
            goals: list[Statement] = []
            for t in run:
                goal, desc = named_item(ctx, t, "goal-lead-item")
                ctx.used.add(t)
                if goal is None:
                    continue
                goal.statements = [st for st in goal.statements if not _INVOLVES.fullmatch(st.text)]
                if desc is not None and not _INVOLVES.fullmatch(desc.text):
                    sentences = ctx.sentences(desc.span.start, desc.span.end)
                    if len(sentences) >= 2 and _INVOLVES.fullmatch(ctx.text, *sentences[-1]):
                        desc = ctx.statement("commitment", desc.span.start, sentences[-2][1], "goal-description", 0.7)
                    if desc is not None:
                        goal.statements.append(desc)
                _take_items(ctx, goal, children.get(t, []), ("goal-item", 0.75))
                goals.append(goal)
            return goals
        k = j
    return []


def _goal_over_items(ctx: Context, head: int, items: list[int], rule: tuple[str, float],
                     item_rule: tuple[str, float], strip: str = "") -> Statement | None:
    """A goal named by block ``head`` whose statements are the ``items`` (all taken)."""
    blocks = ctx.blocks
    goal = ctx.statement("goal", blocks[head].start, blocks[head].end, rule[0], rule[1],
                         strip=strip)
    if goal is None:
        return None
    ctx.used.add(head)
    _take_items(ctx, goal, items, item_rule)
    return goal


def _take_items(ctx: Context, goal: Statement, items: list[int], item_rule: tuple[str, float]) -> None:
    """Each of ``items`` whole as one of the goal's statements; all are taken."""
    for j in items:
        ctx.used.add(j)
        st = ctx.statement("commitment", ctx.blocks[j].start, ctx.blocks[j].end, *item_rule)
        if st is not None:
            goal.statements.append(st)


# "Our aim" over "Our aim is to ...": the one aim, said as a commitment, not a theme (round 43)
_ONE_AIM = re.compile(r"\W*(?:our|the)\s+(?:overall\s+|main\s+|core\s+)?(?:aim|goal|ambition)\W*", re.IGNORECASE)


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
        subs: dict[int, list[int]] = {i: [] for i in heads}
        for j in range(k, wide):  # (one pass: a long run of heads stays linear)
            if blocks[j].parent in subs:
                subs[blocks[j].parent].append(j)
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
                _take_items(ctx, goal, subs.get(i, []), ("goal-item", 0.75))
                goals.append(goal)
        k = run
    return goals


def _named_will_run(ctx: Context, items: list[int], lead: str) -> bool:
    """Two or more "Name: We will ..." items, not under a values or behaviours lead-in."""
    if len(items) < 2 or _NOT_GOAL_LEAD.search(lead):
        return False
    blocks = ctx.blocks
    willing = 0
    for i in items:
        sp = split_name(ctx.text, blocks[i].start, blocks[i].end, 4)
        if sp is None or sp[2] != 0 or not title_like(ctx.text[blocks[i].start : sp[0]].strip()):
            return False
        willing += WILL_START.match(ctx.text, sp[1], blocks[i].end) is not None
    # (all but one may open otherwise: "People – the most important resource this practice has
    # is its staff. ... We will ...", between two "Name – we will ..." items, dev set 8)
    return willing >= max(2, len(items) - 1)


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
        if match is not None and not GENERIC_HEADING.search(match.group("name")):
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
        if k and blocks[k - 1].kind == "heading" and (blocks[k - 1].label or GOAL_LABEL.match(ctx.content(k - 1))):
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
        title = NUMBERING.sub("", ctx.content(k), count=1).strip(" *_")
        if blocks[k].kind == "item" and blocks[k].marker_class != "number" or len(title.split()) > 10 \
                or title.endswith((".", ":")) or len(ctx.sentences(blocks[k + 1].start, blocks[k + 1].end)) > 2 \
                or _CONTEXT_HEAD.fullmatch(title.strip(" :#")) or GOAL_LABEL.match(title) is not None \
                or _CONTEXT_LEAD.match(ctx.content(k + 1)):
            continue  # ("Why it matters" over the reason; "Theme one: Quality" is read as a label)
        found.append(k)
    return found


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
        if not _THIS_GOAL.match(ctx.text, blocks[index + 1].start, blocks[index + 1].end) \
                or POINTER_START.match(ctx.content(index)):
            continue  # (not "Read the full five year strategy", a link over "The aim is to ...": exam 71)
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
_PRINCIPLE_NUMBER = re.compile(r"\s*principles?\s+\d{1,2}\s*", re.IGNORECASE)
_DOTTED_NAME = re.compile(
    # ("Priority 4. With our partners, we will tackle ...": a short clause before "we", dev set 8)
    r"\s*(?P<name>[A-Z][\w’'-]*(?:,?[ \t]+[\w’'-]+){0,5})\.[ \t]+(?P<rest>(?:[^.,\n]{1,50},[ \t]+)?(?:we|our)\s+\S.*)",
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
                    or GENERIC_HEADING.search(match.group("name")) or _PRINCIPLE_NUMBER.fullmatch(match.group("name")):
                break  # ("Principle 1. We prepare guidance ...": a charter's principles, not goals, dev set 17)
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
            code = CODE_LABEL.match(ctx.text, offset + match.start("name"), offset + match.end("name"))
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
_WIDE_NUMBER = re.compile(r"\s*\d{1,2}[ \t]{3,}[A-Z]")  # a number set apart by a wide gap


def spaced_number_titles(ctx: Context) -> list[Statement]:
    """Two or more headings "1 Name", "2 Name", ... numbered in order from 1: goals named Name,
    the blocks under each (to the next heading) their statements."""
    blocks = ctx.blocks
    heads: list[tuple[int, re.Match[str]]] = []
    for k, block in enumerate(blocks):
        if k in ctx.used or block.kind != "heading" and not (block.kind == "para" and _WIDE_NUMBER.match(ctx.content(k))):
            continue  # (or "1   To give every child ... a healthy start in life", too long for a title: exam 68)
        match = _SPACED_NUMBER.fullmatch(ctx.content(k))
        if match is not None and int(match.group("n")) == len(heads) + 1:
            heads.append((k, match))
    if len(heads) < 2:
        return []
    bare = sum(later[0] == k + 1 for (k, _), later in zip(heads, heads[1:], strict=False))
    first = heads[0][0]
    if len(heads) >= 4 and bare * 2 >= len(heads) \
            and not any(role_of(ctx, h) in ("goals", "priorities") for h in range(max(0, first - 2), first)):
        # "1  Our vision ..." / "2  Our Ambition" / ... / "8  More information", nothing under
        # any, no goals heading over them: a contents list (exam 40, after its run)
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
                or not (BY_LEAD.search(ctx.content(k)) or COMMIT_LEAD.search(ctx.content(k))):
            continue
        items = [i for i in ctx.items_after(k) if blocks[i].depth == blocks[k + 1].depth]
        if len(items) < 2 or len(items) != len(ctx.items_after(k)) or any(i in ctx.used for i in items):
            continue
        matches = [_DASHED_ITEM.fullmatch(ctx.content(i)) for i in items]
        if not all(m is not None and len(m.group("name").split()) <= 8
                   and not WILL_START.match(m.group("desc")) for m in matches):
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
                or not WILL_START.match(ctx.content(i)) for i in items):
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
        goal.statements.extend(tail_statements(ctx, match.end(), ctx.blocks[k].end))
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
                or not POINTING_LEAD.fullmatch(ctx.content(k).strip(" *_")):
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
        opens_counted = block.kind == "para" and _OPENS_COUNTED.match(ctx.content(k)) is not None \
            and len(ctx.sentences(block.start, block.end)) == 1
        if k in ctx.used or not (block.kind == "para" and ctx.content(k).rstrip(" *_").endswith(":")
                                 or block.kind == "heading" and len(ctx.content(k).split()) <= 6
                                 or opens_counted):
            continue  # (or a heading that counts them, "OUR FOUR AMBITIONS", round 40)
        count = number_in(ctx.content(k))
        if count is None or not 2 <= count <= 10 or _NOT_INTRO_WORD.search(ctx.content(k)) \
                or not (_COUNTED_GOAL_WORD.search(ctx.content(k)) or opens_counted):
            continue
        pairs = _counted_pairs(ctx, k + 1, count, captions=opens_counted)
        if pairs is None:
            continue
        nxt = pairs[-1][1] + 1
        if nxt + 1 < len(blocks) and _title_over_line(ctx, nxt, nxt + 1) \
                and len(ctx.content(nxt + 1).split()) >= 6:
            continue  # more pairs than the count: some other run
        ctx.used.add(k)
        goals.extend(_pairs_as_goals(ctx, pairs, "goal-counted-title-pair"))
    return goals


def _pairs_as_goals(ctx: Context, pairs: list[tuple[int, int]], rule: str, strip: str = "") -> list[Statement]:
    """A goal named by each pair's title line, the line under it its one statement."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for t, d in pairs:
        goal = ctx.statement("goal", blocks[t].start, blocks[t].end, rule, 0.6, strip=strip)
        if goal is None:
            continue
        ctx.used.update((t, d))
        desc = ctx.statement("commitment", blocks[d].start, blocks[d].end, "goal-description", 0.6)
        if desc is not None:
            goal.statements.append(desc)
        goals.append(goal)
    return goals


def colon_title_pairs(ctx: Context) -> list[Statement]:
    """A lead-in ending in a colon ("Through our work we aim to:", "These factors helped us to
    develop our 2020-2023 strategy:") over three or more pairs of a short "Name:" line and the
    line that describes it ("Provide assurance:" / "Provide an independent view on the quality of
    care."): a goal per name, its line the statement (exams 150-151). Not under a lead-in about
    values, behaviours or principles, whose names are values; a role's label ("Our goal is to:")
    ends the run."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    for k, block in enumerate(blocks):
        if k in ctx.used or block.kind != "para" or not ctx.content(k).rstrip(" *_").endswith(":") \
                or _NOT_INTRO_WORD.search(ctx.content(k)) or role_of(ctx, k) in ("values", "vision", "mission"):
            continue
        pairs: list[tuple[int, int]] = []
        pos = k + 1
        while pos + 1 < len(blocks) and _colon_title_over_line(ctx, pos, pos + 1):
            pairs.append((pos, pos + 1))
            pos += 2
        if len(pairs) < 3:
            continue
        ctx.used.add(k)
        goals.extend(_pairs_as_goals(ctx, pairs, "goal-colon-title-pair", strip=":"))
    return goals


def _colon_title_over_line(ctx: Context, title: int, line: int) -> bool:
    """A "Name:" paragraph of up to six words (not a role's or a contact's label) over a longer
    line that does not end in a colon."""
    t = ctx.content(title).strip(" *_")
    if ctx.blocks[title].kind != "para" or not t.endswith(":") or title in ctx.used or line in ctx.used:
        return False
    name = t[:-1].strip()
    d = ctx.content(line).strip(" *_")
    return 0 < len(name.split()) <= 6 and title_like(name) and not GOAL_LABEL.fullmatch(name) \
        and role_of(ctx, title) is None and not CONTACT_LABEL.match(t) \
        and ctx.blocks[line].kind in ("para", "heading") and not d.endswith(":") \
        and len(name.split()) < len(d.split()) <= 60


# "Four themes will shape all our work, helping us to achieve our ten-year vision." (one
# sentence that opens on the count; exam 58, after its run)
_OPENS_COUNTED = re.compile(r"\s*(?:two|three|four|five|six|seven|eight|[2-8])\s+(?:key\s+|strategic\s+|big\s+)?"
                            r"(?:themes|goals|objectives|aims|ambitions|priorities|pillars)\s+(?:will|shape|guide|drive|underpin)\b",
                            re.IGNORECASE)


_FURNITURE_TITLE = re.compile(r"(?:latest\s+)?news|fundraising|volunteering|volunteer|events?|donate|get\s+involved|"
                              r"contact(?:\s+us)?|jobs|careers|work\s+for\s+us|shop|support\s+us|find\s+us", re.IGNORECASE)


def _counted_pairs(ctx: Context, first: int, count: int, captions: bool) -> list[tuple[int, int]] | None:
    """``count`` (title, line) pairs from block ``first`` on, else None; with ``captions``, a
    picture's caption (a heading straight over the title) may stand before each title."""
    pairs: list[tuple[int, int]] = []
    pos = first
    words = 8 if captions else 6  # ("Investing in our people to deliver our ambitions")
    for _ in range(count):
        if captions and pos + 2 < len(ctx.blocks) and ctx.blocks[pos].kind == ctx.blocks[pos + 1].kind == "heading" \
                and ctx.blocks[pos + 2].kind == "para" and _title_over_line(ctx, pos + 1, pos + 2, words):
            pos += 1  # ("Doctors talking over paperwork" over "Enabling professionals to provide safe care")
        if pos + 1 >= len(ctx.blocks) or not _title_over_line(ctx, pos, pos + 1, words) \
                or captions and _FURNITURE_TITLE.fullmatch(ctx.content(pos).strip(" *_#")):
            return None  # (not a home page's "Latest news" / "Fundraising" tiles: the review of session 16)
        pairs.append((pos, pos + 1))
        pos += 2
    return pairs


def _title_over_line(ctx: Context, title: int, line: int, words: int = 6) -> bool:
    """A short title line (no stop, up to six words, or ``words``) over a longer one-sentence line."""
    kinds = ("para", "heading")
    t, d = ctx.content(title).strip(" *_"), ctx.content(line).strip(" *_")
    return title not in ctx.used and line not in ctx.used \
        and ctx.blocks[title].kind in kinds and ctx.blocks[line].kind in kinds \
        and len(t.split()) <= words and title_like(t) and not GOAL_LABEL.fullmatch(t) \
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
    return len(text.split()) <= 6 and title_like(text) and not WILL_START.match(text) \
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
        if items[0] == para + 2:
            ctx.used.add(para + 1)  # the "We will do this by:" / "We will:" between them
        goal = _goal_over_items(ctx, para, items, ("goal-will-paragraph-actions", 0.6),
                                ("goal-action", 0.6))
        if goal is not None:
            goals.append(goal)
    return goals


def _actions_under(ctx: Context, k: int) -> list[int]:
    """The action bullets under paragraph ``k`` when it is a short "we will" objective (or an aim
    said as an action over its own "We will:"); nothing is taken here."""
    block = ctx.blocks[k]
    if block.kind != "para" or k in ctx.used:
        return []
    content = ctx.content(k).rstrip(" *_")
    sentences = ctx.sentences(block.start, block.end)
    if not content.endswith(".") or len(sentences) > 2 or len(content.split()) > 60:
        return []
    # ("Reach more people and improve the experience we give ..." / "We will:" / its bullets: an
    # aim said as an action, its own "We will:" under it; exam 49, after its run)
    aim_over_will = len(sentences) == 1 and k + 1 < len(ctx.blocks) and BARE_WE_WILL.fullmatch(ctx.content(k + 1)) \
        and opens_with_action(content)  # (not "Patients told us ...")
    if not aim_over_will and not re.search(r"\bwe\s+will\b", ctx.text[sentences[0][0] : sentences[0][1]], re.IGNORECASE):
        return []
    how = k + 1 < len(ctx.blocks) and (_DO_THIS_BY.fullmatch(ctx.content(k + 1)) is not None or aim_over_will)
    items = ctx.items_after(k + 1 if how else k)
    if len(items) < 2 or any(
            i in ctx.used or ctx.blocks[i].depth != 0 or not (how or ctx.content(i)[:1].isupper())
            or ctx.content(i).lower().startswith(("we ", "our ")) for i in items):
        return []  # (under "We will achieve this by:" the actions may start in lower case, round 59)
    return items


# "We will do this by:" between an objective's sentence and its actions (a business plan, real page)
_DO_THIS_BY = re.compile(r"\s*we\s+will\s+(?:do|achieve|deliver)\s+(?:this|these|it)\s+(?:by|through)\s*:\s*",
                         re.IGNORECASE)


_WHAT_WE_DO = re.compile(r"\s*(?:what\s+we\s+(?:will|['’]ll|are\s+going\s+to)\s+do|our\s+actions|what\s+we\s+plan\s+to\s+do"
                         r"|we\s+will|we['’]ll)"  # ("#### We will" over the topic's list, round 47)
                         r"\W*$", re.IGNORECASE)


def _topic_part(ctx: Context, k: int) -> bool:
    """A topic's sub-heading: "Why it matters", "What this means", "What we will do"."""
    return bool(_CONTEXT_HEAD.fullmatch(ctx.content(k).strip(" *_:#")) or _WHAT_WE_DO.match(ctx.content(k))
                or len(ctx.content(k).split()) <= 8 and MEASURES_LEAD.search(ctx.content(k)))


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
        label = GOAL_LABEL.match(ctx.text, blocks[k].start, blocks[k].end)
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
                and WILL_START.match(ctx.content(j + 1)):
            run.append(j)
            j += 2
        lead = run[0] - 1 if run else -1
        if len(run) < 3 or lead < 0 or not (blocks[lead].kind == "para" and ctx.is_lead_in(lead)) \
                or "value" in ctx.content(lead).lower() or any(GOAL_LABEL.match(ctx.content(t)) for t in run):
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


# a paragraph that speaks of the priorities the titles after it name ("The priorities are set
# following an assessment of local need ...")
_PRIORITIES_WORD = re.compile(r"\b(?:priorities|strategic\s+(?:aims|goals|objectives))\b", re.IGNORECASE)
_STRATEGY_WORD = re.compile(r"\bstrateg(?:y|ies|ic)\b", re.IGNORECASE)


def titled_will_sections(ctx: Context) -> list[Statement]:
    """Three or more short plain titles, each opening a part whose first paragraph is one "We
    will ..." sentence (more paragraphs may follow), right after a paragraph about the
    priorities ("Healthy Places" / "We will work to ensure ..." / "With a specific focus ...
    we will ..."): a goal per title, the part's "we will" sentences its statements (a health
    and wellbeing board's page; exam 61, after its run)."""
    blocks = ctx.blocks
    for lead in range(len(blocks) - 2):
        if lead in ctx.used or blocks[lead].kind != "para" or not _PRIORITIES_WORD.search(ctx.content(lead)) \
                or not _STRATEGY_WORD.search(ctx.content(lead)) or "value" in ctx.content(lead).lower():
            continue  # (the priorities of a strategy, not "Our values shape how we deliver our priorities"
            # over values cards, nor a news page's "review its priorities for the winter": the review of session 16)
        titles: list[int] = []
        k = lead + 1
        while k + 1 < len(blocks) and _will_part_title(ctx, k):
            titles.append(k)
            k += 2
            while k < len(blocks) and blocks[k].kind == "para" and k - titles[-1] <= 3:
                k += 1
        if len(titles) < 3:
            continue
        goals: list[Statement] = []
        for title, stop in zip(titles, titles[1:] + [k], strict=True):
            goal = ctx.statement("goal", blocks[title].start, blocks[title].end, "goal-titled-will-part", 0.6)
            if goal is None:
                continue
            ctx.used.add(title)
            goal.statements.extend(statements_in(ctx, title + 1, stop, None))
            goals.append(goal)
        return goals
    return []


def _will_part_title(ctx: Context, k: int) -> bool:
    """A short plain heading over a one-sentence "We will ..." paragraph."""
    blocks = ctx.blocks
    return k not in ctx.used and blocks[k].kind == "heading" and not blocks[k].label \
        and 1 <= len(ctx.content(k).split()) <= 6 and role_of(ctx, k) is None and _title_like_name(ctx.content(k)) \
        and blocks[k + 1].kind == "para" and k + 1 not in ctx.used \
        and len(ctx.sentences(blocks[k + 1].start, blocks[k + 1].end)) == 1 and WILL_START.match(ctx.content(k + 1)) is not None


_COMMITTED_TO = re.compile(r"\bis\s+committed\s+to\s*:?$"
                           # ("Strategic design of the Trust to be well-led incorporates:" over "Best
                           # of people" / "• We aim to ...": the parts it is made of; exam 134)
                           r"|\b(?:incorporates|comprises|consists\s+of|is\s+made\s+up\s+of|is\s+built\s+(?:on|around))\s*:$",
                           re.IGNORECASE)
_BEHAVING = re.compile(r"\b(?:values|principles|behaviou?rs)\b", re.IGNORECASE)


def committed_titled_items(ctx: Context) -> list[Statement]:
    """"Bliss is committed to:" over three or more short titles, each over its own short list
    ("Campaigning for change" / "• Making national and local policy changes ..."): the titles
    are what it is committed to, goals, and their items the statements (a charity's strategy
    page; exam 66, after its run)."""
    blocks = ctx.blocks
    for lead in range(len(blocks) - 2):
        if lead in ctx.used or blocks[lead].kind != "para" or not ctx.is_lead_in(lead) \
                or not (COMMIT_LEAD.search(ctx.last_sentence(lead)) or _COMMITTED_TO.search(ctx.last_sentence(lead))) \
                or blocks[lead + 1].kind != "heading" \
                or any(_BEHAVING.search(ctx.content(j)) for j in range(max(0, lead - 2), lead + 1)):
            continue  # (not "Our guiding principles for how we are ... We will:" over its values' titles)
        parts: list[tuple[int, list[int]]] = []
        k = lead + 1
        while k + 1 < len(blocks) and blocks[k].kind == "heading" and k not in ctx.used \
                and not blocks[k].label and 1 <= len(ctx.content(k).split()) <= 8 \
                and role_of(ctx, k) is None and _title_like_name(ctx.content(k)):
            items = []
            j = k + 1
            while j < len(blocks) and blocks[j].kind == "item" and j not in ctx.used:
                items.append(j)
                j += 1
            if not 1 <= len(items) <= 3:
                break
            parts.append((k, items))
            k = j
        if len(parts) < 3:
            continue
        goals: list[Statement] = []
        for title, items in parts:
            goal = ctx.statement("goal", blocks[title].start, blocks[title].end, "goal-committed-title", 0.6)
            if goal is None:
                continue
            ctx.used.add(title)
            goal.statements.extend(statements_in(ctx, items[0], items[-1] + 1, None))
            goals.append(goal)
        return goals
    return []


_ORDINAL_ENTRY = re.compile(r"\s*(?P<word>" + "|".join(ORDINAL_WORDS) + r")\s*:\s+(?=[A-Z])", re.IGNORECASE)


def ordinal_word_entries(ctx: Context) -> list[Statement]:
    """Paragraphs "One: To commission services ...", "Two: To continually improve ...", in order
    from one: goals named by the words after the label (an entry hard-wrapped across a blank line
    takes its short tail: "... wellbeing of" / "Halton residents."; exam 68, after its run)."""
    blocks = ctx.blocks
    entries: list[tuple[int, int]] = []  # (block of the entry, block its text ends in)
    k = 0
    while k < len(blocks) and len(entries) < len(ORDINAL_WORDS):
        match = _ORDINAL_ENTRY.match(ctx.content(k)) if blocks[k].kind == "para" and k not in ctx.used else None
        if match is None or match.group("word").lower() != ORDINAL_WORDS[len(entries)]:
            if len(entries) >= 2:
                break
            if entries and match is not None and match.group("word").lower() == "one":
                entries = []
                continue  # a new run starts here
            entries = []
            k += 1
            continue
        last = k
        if k + 1 < len(blocks) and blocks[k + 1].kind == "para" and ctx.content(k)[-1:].isalpha() \
                and len(ctx.content(k + 1).split()) <= 4 and not _ORDINAL_ENTRY.match(ctx.content(k + 1)):
            last = k + 1  # the entry's hard-wrapped tail
        entries.append((k, last))
        k = last + 1
    if len(entries) < 2:
        return []
    goals: list[Statement] = []
    for first, last in entries:
        label = _ORDINAL_ENTRY.match(ctx.content(first))
        start = blocks[first].start + label.end()
        goal = ctx.statement("goal", start, blocks[last].end, "goal-ordinal-word", 0.6, strip=".")
        if goal is not None:
            ctx.used.update(range(first, last + 1))
            goals.append(goal)
    return goals


def _title_like_name(text: str) -> bool:
    return text[:1].isupper() and text.rstrip()[-1:] not in ".:;,?!" and not WILL_START.match(text)


# "... supports researchers in the delivery of the Trust's Research Strategy focusing on the
# following:" over paragraphs of "To ensure ..." sentences
_FOLLOWING_LEAD = re.compile(r"\b(?:the\s+following|as\s+follows)\s*:\s*$", re.IGNORECASE)


def to_sentence_paragraphs(ctx: Context) -> tuple[list[Statement], list[Statement]]:
    """A lead-in ending "the following:" over paragraphs made only of "To ensure ..." sentences
    (a strategy's aims copied from a document): each sentence is a commitment, and a short title
    between such paragraphs ("Competency & Training") is a goal over the sentences after it
    (dev set 9). Returns (goals, commitments)."""
    blocks = ctx.blocks
    goals: list[Statement] = []
    commitments: list[Statement] = []
    for index, block in enumerate(blocks):
        if block.kind != "para" or index in ctx.used or not _FOLLOWING_LEAD.search(ctx.content(index)):
            continue
        run: list[int] = []
        k = index + 1
        while k < len(blocks) and k not in ctx.used and role_of(ctx, k) is None:
            content = ctx.content(k)
            sentences = ctx.sentences(blocks[k].start, blocks[k].end)
            if blocks[k].kind == "para" and sentences and TO_LINE.match(ctx.text, *sentences[0]):
                run.append(k)
            elif blocks[k].kind == "heading" and not blocks[k].label and len(content.split()) <= 6 \
                    and k + 1 < len(blocks) and blocks[k + 1].kind == "para" \
                    and TO_LINE.match(ctx.content(k + 1)):
                run.append(k)
            else:
                break
            k += 1
        if sum(blocks[j].kind == "para" for j in run) < 2:
            continue
        goal: Statement | None = None
        for j in run:
            ctx.used.add(j)
            if blocks[j].kind == "heading":
                goal = ctx.statement("goal", blocks[j].start, blocks[j].end, "goal-title-over-to", 0.6)
                if goal is not None:
                    goals.append(goal)
                continue
            for s, e in ctx.sentences(blocks[j].start, blocks[j].end):
                if not TO_LINE.match(ctx.text, s, e):
                    continue  # ("This includes access to training ...": the aim's own detail)
                statement = ctx.statement("commitment", s, e, "commitment-to-sentence", 0.55)
                if statement is not None:
                    (goal.statements if goal is not None else commitments).append(statement)
        ctx.used.add(index)
    return goals, commitments


# "Its key components are:", "The strategy's main elements are:" (the strategy's own parts; not
# what people told us they would like, nor the details of something named just before)
_PARTS_LEAD = re.compile(r"\s*(?:its|the\s+(?:strategy|plan)['’]s)\s+(?:(?:key|main|core)\s+)?"
                         r"(?:components|elements|parts|aims|commitments)\s+(?:are|include)\s*:\s*$", re.IGNORECASE)


def to_items(ctx: Context) -> list[Statement]:
    """"Its key components are:" over three or more "To embed ...", "To be an international
    leader ..." items: what the strategy sets out to do, each a commitment (dev set 9)."""
    blocks = ctx.blocks
    found: list[Statement] = []
    for index, block in enumerate(blocks):
        if block.kind != "para" or index in ctx.used:
            continue
        sentences = ctx.sentences(block.start, block.end)
        items = ctx.items_after(index)
        if len(items) < 3 or not sentences or not _PARTS_LEAD.fullmatch(ctx.text, *sentences[-1]) \
                or any(k in ctx.used or blocks[k].depth or not TO_LINE.match(ctx.content(k)) for k in items):
            continue
        ctx.used.add(index)
        ctx.used.update(items)
        found.extend(st for st in (ctx.statement("commitment", blocks[k].start, blocks[k].end,
                                                 "commitment-to-item", 0.55) for k in items) if st)
    return found
