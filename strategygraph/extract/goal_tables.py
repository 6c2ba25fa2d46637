"""Goals laid out as tables: spaced PDF columns, tab-separated rows, Markdown pipe tables, a
"Goals" row over label rows, and graphics copied as parallel columns (names, then as many
descriptions). A table's cells lose their structure in the text, so these readers rebuild the
rows before naming goals."""

from __future__ import annotations

import re

from strategygraph.extract.common import (
    PIPE_CELL,
    Context,
    tab_cells,
    timeframe_of,
)
from strategygraph.extract.goal_parts import CODE_LABEL, GOAL_LABEL
from strategygraph.extract.goals_inline import GOAL_WORD
from strategygraph.extract.sections import role_of
from strategygraph.model import Statement
from strategygraph.segment import table_header

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


def _prose_under(text: str, pos: int, starts: list[int]) -> bool:
    """Whether the lines under a would-be header run across its columns: most of their cuts at
    the header's cell positions fall inside words. A justified PDF paragraph spaces its words
    two apart, so any line of it can look like a header row; the lines under it give it away."""
    inside = total = 0
    for _ in range(3):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        row = text[pos:stop]
        pos = stop + 1
        if not row.strip():
            continue
        for column in starts[1:]:
            cut = _nearest_gap(row, column)
            if 0 < cut < len(row):
                total += 1
                inside += row[cut - 1] != " " and row[cut] != " "
    return total >= 3 and inside * 2 > total


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
        if _prose_under(text, end + 1, starts):
            pos = end + 1  # a justified paragraph ("Our  aims  are  ..."): its words only look like cells
            continue
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
                code = CODE_LABEL.match(text, name[0], name[1])
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
        if above is not None and timeframe_of(ctx.content(above)) and not GOAL_WORD.search(ctx.content(above)):
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
            label = GOAL_LABEL.match(text, s, e)
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
