"""Values: each value's name, its description, and the behaviour lines that belong to it.

Shapes: bullets "Name – description" / "Name: description" / "**Name** description" / a bare
name; a short title per value with a paragraph (its description) and/or "We are:" / "We do:"
lines and bullets under it (its behaviours); a sentence "Our values are A, B and C" (with a
serial comma, "and" inside a name stays: "Care and Compassion, Dignity and Respect, and ...";
parts the page also writes as a line of their own are joined back); on a page with no values
heading, titles each over a bare "We will" list right after a paragraph about "our values"; a
value named in passing ("... introduced a fifth value, integrity"); four or more lines "We
<value>: <what it means>" on a page with no other values. A short line written three or more
times on the page (a picture's label) is never a value, nor is a list whose lead-in calls it
behaviours ("These values set out the standards of behaviour we expect:"), nor groups of "We ..."
bullets apart by blank lines under "Our values and behaviours are:" (their titles were pictures).
A count sentence ("We have 5 important values which ...") over short titles each over "We will"
paragraphs names the values; so do titles each right over the same behaviour table header
("Behaviours we are looking for Behaviours we will not accept"), an icon's glued word removed.
Behaviours are kept on the value (``Statement.statements``, kind "behaviour"), never as values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from strategygraph.extract.common import (
    DASH_ENTRY,
    PIPE_CELL,
    Context,
    block_runs,
    count_of,
    fold_name,
    split_name,
    tab_cells,
    title_like,
)
from strategygraph.extract.sections import Section, body_end, role_of
from strategygraph.model import Span, Statement
from strategygraph.segment import Block, table_header, welsh_line

# "Our values are A, B and C", "our updated FIRST Trust values of a, b and c", "new Trust
# values – A, B and C", "Values: A, B and C".
# "we value" over a list of capitalised names, the first ended by a comma
# (or three or more single words in lower case: "We value leadership, innovation, caring, inclusiveness,
# trust and integrity."; not "we value your feedback, comments and ...")
_WE_VALUE_PATTERN = (r"\bwe\s+value\s+(?=(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,3}\s*,"
                     r"|(?!(?:your|our|the|all|every|each|their|its|an?|this|that|these|those|people|patients|staff)\b)"
                     r"(?-i:[a-z])[\w’'-]*,\s+(?-i:[a-z])[\w’'-]*,)")
_WE_VALUE = re.compile(_WE_VALUE_PATTERN, re.IGNORECASE)
# "rooted in", "founded in 1995 on", "built around" ... (the|our) ...: what a body's values are
# said to ground it (shared by _INLINE and inline()'s gate; "based on the principles of Realistic
# Medicine, ...", a policy framework, is not: only "core principles" are values)
_BUILT_ON = (r"\b(?:rooted|founded|grounded|built|based|centred|centered)\s+(?:in\s+(?:19|20)\d\d\s+)?"
             r"(?:in|on|upon|around)\s+(?:the\s+|our\s+)?")
# a body's or a set of values' name in capitals, not a national body's or the regulator's ("the St
# Luke's", "The Leeds Way")
_OWN_NAME = r"(?!(?-i:CQC|NHS|Care\s+Quality|Government|Department|Health\s+Education)\b)(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,3}"
_INLINE = re.compile(
    # "The trust's values of kindness, openness and teamwork were ..." (a report, round 38)
    # (a Markdown export's "&ndash;" is its dash: round 47)
    # ("The service values of Integrity, Innovation and Inclusivity ...", an inspection report)
    r"(?:\b(?:our|new|its|the\s+(?:trust|board|organisation|organization|icb|ics|partnership|service|practice|hospice"
    r"|federation)(?:['’]s)?"
    # ("... are the St Luke’s core values of caring, being pioneering and ...", exam 41 after its run)
    r"|the\s+" + _OWN_NAME + r"['’]s)\s+(?:[\w’'-]+\s+){0,3}?values(?:,[^,.;:]{1,80},)?\s*(?:are\s*:?|of|:|–|—|&[nm]dash;|-(?=\s+(?-i:[a-z])[^.;:!?]{3,120}\s-\s))"
    # ("our shared values - caring, open, respectful, responsive and inclusive - and our three
    # strategic objectives ...": a spaced hyphen each side, exam 148)
    # "We are an organisation rooted in the values of compassion, integrity, ... and team
    # working." (a hospice's page; exam 53, after its run)
    # ("... is built around the core principles of understanding, individualisation, ...", exam 109
    # after its run)
    # ("Grounded in our core values of inclusion, impact, ...", exam 112 after its run)
    # ("Founded in 1995 on the Christian values of love, compassion, ...", exam 118 after its run)
    r"|" + _BUILT_ON + r"(?:(?:core\s+|(?-i:[A-Z])[a-z]+\s+)?values|core\s+principles)\s+of"
    r"(?!\s+(?:its|their|his|her|our|the|dr|mr|mrs|ms|miss)\b)"
    # ("Our work is guided by the values of the Trust: kind, collaborative, ...", exam 217)
    r"|\bvalues\s+of\s+(?:the|our)\s+(?:trust|board|organisation|organization|practice|hospice|service|partnership|icb|charity)\s*:"
    # "the Trust's values which are the things that matter to us: A, B, ..." (exam 118, after its run)
    r"|\bvalues\s+(?:which|that)\s+are\b[^.:;!?\n]{0,60}:"
    # ("The NHS Lanarkshire values of Fairness, Respect, ... underpin our purpose": a board by its
    # name, no possessive; exam 153 after its run)
    r"|\bthe\s+NHS\s+(?-i:[A-Z])[a-z]+(?:\s+(?:and\s+)?(?-i:[A-Z])[a-z]+){0,3}\s+(?:core\s+|organisational\s+)?values\s+of\s+"
    # ("The Leeds Way values are: patient centred, fair, ...": a named set of values, no
    # possessive, a colon after "are"; exam 186)
    r"|\bthe\s+" + _OWN_NAME + r"\s+values\s+are\s*:"
    # "Our values remain unchanged: A, B and C", "our values have not changed and are: A, B"
    r"|\bour\s+(?:core\s+)?values(?:\s+[\w’'-]+){1,4}?(?:\s*:|\s+and\s+are\b\s*:?|\s+are\s*:)"
    # "The culture embraces a number of values that staff are expected to exhibit – namely, being
    # patient- and customer-focused, ..." (exam 33, after its run)
    r"|\bvalues\b[^.;:]{0,80}?[–—-]\s+namely,?\s+(?:being\s+)?"
    # "Our values remain Kind, Open and Together." (round 54)
    r"|\bour\s+(?:core\s+)?values\s+(?:remain|are\s+still)\s+(?=(?-i:[A-Z])[\w’'-]*,)"
    # "Our values were chosen by our staff and families in 2019 and they have not changed: A, B ..." (round 52)
    r"|\bour\s+values\b[^.:;]{0,80}?\b(?:have\s+not|haven['’]t)\s+changed\s*:"
    r"|\bthe\s+values\s+(?:under|into)\s+(?:\w+\s+)?(?:headings|themes|groups)\s*:"
    # "The values are based around four key points: A, B, C and D"
    r"|\bvalues\s+are\s+(?:based|built|centred|centered|founded|grouped)\s+(?:around|on|upon|into)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:points|words|themes|ideas|pillars|areas|headings|elements)\s*:"
    # "guided by the Health and Social Care Values for All – A, B and C"
    r"|\b(?:our|the)\s+(?:[\w’'-]+\s+){0,5}?values(?:\s+[\w’'-]+){0,2}?\s*[–—]"
    r"|^\s*(?:core\s+)?values(?:\s*[:–—]|[ \t]{3,})"
    # "Based on three core values - person-centred, exceptional services and relationships - the
    # strategy ..." (a hospice's news; exam 54, after its run)
    r"|\b(?:two|three|four|five|six|seven|[2-7])\s+(?:core\s+|key\s+)?values\s+[–—-]\s+(?=[^.;:]{5,120}?\s[–—-]\s)"
    # "The trust had 5 values: professionalism, respect, ..." (a report of them, round 31)
    r"|\b(?:has|had|have)\s+(?:\d{1,2}|three|four|five|six|seven)\s+(?:core\s+|key\s+)?values\s*:"
    # "We pride ourselves on having strong values of: Leadership, Expertise, ..." (no possessive:
    # "we" hold them; a local medical committee's page, exam 202 after its run)
    r"|\bwe\s+(?:[\w’'-]+\s+){0,4}?(?:have|having|hold|holding|share|sharing)\s+"
    r"(?:(?:strong|clear|core|shared|firm|common)\s+)?values\s+of\b\s*:?"
    # "... a set of values and behaviours ... These are Compassion, Openness and Excellence."
    r"|(?<=[.!?]\s)these\s+are\s*:?(?=\s*(?-i:[A-Z]))"
    # "... supported by shared values that were developed by our colleagues. They are kindness,
    # respect and teamwork." (round 30's exam)
    r"|\bvalues\b[^.!?]{0,80}[.!?]\s+(?:they|these)\s+are\s*:?"
    # a picture's description: "Picture of the hospice's values saying, Caring, Courageous, ..."
    # (exam 38, after its run)
    r"|\bvalues\s+(?:saying|showing|reading|listing)\s*[,:]?"
    # "To achieve this we value Respect, Compassion, and Inclusion; Being accountable over ..."
    # (capitalised names in a list: exam 71, after its run; not "we value your feedback")
    r"|" + _WE_VALUE_PATTERN + r")\s*",
    re.IGNORECASE | re.MULTILINE,
)
_BARE_NUMBER = re.compile(r"\s*\d{1,2}[ \t]+[A-Z]")
_CLAUSE = re.compile(r"(?<![\s,]),?\s+(?:which|that|who|because|where|when)\b|(?<!\s)\s+[–—-]\s+"
                     # ("... our values of leadership, being people-centred, and customer-focused, with
                     # an emphasis on quality and integrity.": what they stress, not a name; exam 198)
                     r"|,\s+with\s+(?:an?\s+|the\s+)?(?:particular\s+|strong\s+)?(?:emphasis|focus)\s+on\b"
                     r"|,\s+and\s+(?:we|they|these|our)\b",  # ("... teamwork and pride, and we recruit against them", round 47)
                     re.IGNORECASE)
# "our values are well-embedded and widely known": a description, not a list of names.
_PREDICATE = re.compile(
    r"(?:well|widely|known|embedded|important|simple|clear|shared|central|at|in|the|our|being|"
    r"not|also|still|very|more|what|how|based|set|reflected|underpinned|built|listed|shown|"
    r"outlined|described|along|below|as\s+follows)\b|well-",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*|\s+[|•·▪/]\s+|[ \t\u00a0]{2,})\s*")
_TO_BE = re.compile(r"\s*to\s+be\s+", re.IGNORECASE)  # "values – to be compassionate, ..."
_BEING = re.compile(r"\s*being\s+(?=(?-i:[A-Z]))", re.IGNORECASE)  # "values of being Respectful, ..."
_BEHAVIOUR_LEAD = re.compile(r"^(?:we\s+(?:are|do|will|say|show)|i\s+(?:am|will)|this\s+means|"
                             r"what\s+(?:this|it)\s+means|behaviou?rs?|you\s+will\s+see)\s*(?::|…|\.\.\.)", re.I)


_NUMBERING = re.compile(r"\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=\S)")
_ACRONYM = re.compile(r"\s*[A-Z]{1,2}\s*[-–—:=]\s+(?=[A-Z])")


_LAST_ENTRY_AND = re.compile(r"(?:and|or)[ \t]+(?=[A-Z])")


def _named_values(ctx: Context, spans: list[tuple[int, int]], rule: str, confidence: float) -> list[Statement]:
    """A value named by each span (end punctuation stripped); spans that give no text are skipped."""
    values = [ctx.statement("value", s, e, rule, confidence, strip=".,") for s, e in spans]
    return [v for v in values if v is not None]


_GLUED_WILL = re.compile(r"\s*(?!(?i:together|here|now|today|also|so|then|therefore|locally|collectively|where|when|as|and|in|at|by"
                         r"|with|through|this|that|if|because)\b)(?P<name>(?-i:[A-Z])[\w’'-]*(?:\s+(?:and|&|(?-i:[A-Z])[\w’'-]*)){0,3}?)(?:(?<=[a-z])|\s+)(?=we\s+will\s+\w)")
_DOTTED_NAME = re.compile(r"\s*(?:[-•*]\s*)?(?P<name>[\w’'-]+(?:[ \t]+[\w’'&-]+){0,4})\.[ \t]+(?=[A-Z]\S*(?:\s+\S+){3})")
_WE_BE_NAME = re.compile(r"\s*we\s+(?:will\s+)?(?:always\s+)?(?:be|are)\s*", re.IGNORECASE)


def _value(ctx: Context, start: int, end: int, rule: str, max_words: int = 5,
           any_length: bool = False) -> Statement | None:
    numbering = _NUMBERING.match(ctx.text, start, end)
    if numbering and numbering.end() < end:  # "1. Compassion" (a numbered heading or line)
        start = numbering.end()
    glue = _LAST_ENTRY_AND.match(ctx.text, start, end)
    if glue:  # "• and Efficient": the list's last entry, its "and" no part of the name
        start = glue.end()
    acronym = _ACRONYM.match(ctx.text, start, end)
    if acronym:  # "P - Patients first" (an acronym's letter): the value is what follows
        start = acronym.end()
        rule += "-acronym"
    split = split_name(ctx.text, start, end, max_words)
    dotted = _DOTTED_NAME.match(ctx.text, start, end) if split is None else None
    if dotted is not None and not _NOT_NAME.search(dotted.group("name")):
        # "respect and dignity. We value every person ...": the name, its stop, then the sentence
        # that describes it (a GP practice's copy of the NHS Constitution's values; exam 164)
        split = (dotted.end("name"), dotted.end(), 0)
    glued = _GLUED_WILL.match(ctx.text, start, end) if split is None and dotted is None else None
    if glued is not None:
        # "Honestwe will be open and transparent", "Communication we will be consistent ...": a
        # card's name run into its promise, its dash lost in the copy (exam 83)
        split = (glued.end("name"), glued.end("name") + len(ctx.text[glued.end("name") : glued.end()]), 0)
    if split is not None:
        name_end, desc_start, _ = split
        if (welsh_line(ctx.text[start:name_end]) or _bilingual(ctx) and len(ctx.text[start:name_end].split()) <= 3
                and ctx.text[desc_start:end].rstrip(" .*_")[:1].isupper()
                and re.search(r"[–—-]", ctx.text[name_end:desc_start])) \
                and len(ctx.text[desc_start:end].split()) <= 5 and not welsh_line(ctx.text[desc_start:end]):
            # "Gofalu am ein gilydd – Caring for each other": the Welsh name, then the English
            # one; the value is named in English, as the page's other headings are (round 55)
            return ctx.statement("value", desc_start, end, rule + "-english", 0.8, strip="*_.")
        if _WE_BE_NAME.fullmatch(ctx.text, start, name_end):
            return None  # "We will always be: kind, open, fair and safe.": the names follow (we_be_line)
        value = ctx.statement("value", start, name_end, rule + "-named", 0.9, strip=":–—-|.")
        if value is not None:
            value.description = ctx.span(desc_start, end)
        return value
    if len(ctx.text[start:end].split()) > 12 and not any_length:
        return None
    return ctx.statement("value", start, end, rule, 0.85, strip=":–—-|")


_WILL = re.compile(r"\bwe(?:\s+will|['’]ll|\s+promise|\s+aim|\s+pledge)\b", re.IGNORECASE)
# a named entry whose description opens as a promise: "Fairness – We will put ..."
_NAMED_WILL = re.compile(r"[^:–—.]{1,60}(?::|\s[–—-]\s|\.)\s*" + _WILL.pattern[2:], re.IGNORECASE)
# "Services should be designed around ...", "Decisions must be made ...": a rule for the work, no value
_OUGHT = re.compile(r"\s*(?:[\w’'-]+\s+){1,3}(?:should|must|shall|will)\b", re.IGNORECASE)


def _promises(entry: str) -> bool:
    """An entry that is a promise: "we will" in it, unless a named entry's description goes on
    to it ("Supporting members in their working lives: we will provide services ..." names a
    principle; "Fairness – We will put ..." opens its description with the promise)."""
    named = _SHORT_DASHED.match(entry) or re.match(r"\s*[A-Z][^:]{1,60}:\s", entry)
    return bool(_NAMED_WILL.match(entry)) if named else bool(_WILL.search(entry))


def principles_list(ctx: Context) -> list[Statement]:
    """On a page that names no values, "Our guiding principles are:" over three or more items:
    the principles are its values, as the real annotators of such pages read them ("People
    First. The starting point is always the person ..." is named by its first words; exams 56,
    60 and two real pages). The caller drops what other rules read from the items."""
    for k, block in enumerate(ctx.blocks):
        if block.kind not in ("para", "heading") or not _PRINCIPLES_LEAD.match(ctx.content(k)) \
                or "principles" not in ctx.content(k).lower():
            continue  # (not "Our standards:" over "Calls answered within 3 minutes": service standards)
        items = ctx.entries_after(k)
        described = dict(ctx.described_entries(k)) if len(items) < 3 else {}
        if len(described) >= 3:
            # "The principles are:" / "• Inclusion" / "We will ensure that our actions ..." /
            # "• Accountability" / ...: each named, its paragraph its description (exam 78)
            items = list(described)
        if len(items) < 3 or sum(bool(_promises(ctx.content(j))) for j in items) * 2 > len(items) \
                or any(_OUGHT.match(ctx.content(j)) for j in items) \
                and not all(_SHORT_DASHED.match(ctx.content(j)) for j in items):
            continue  # (not "Fairness – We will put the most resources where ...": promises; nor
            # "Services should be designed around ...": how services are to be run, unless each is
            # named first, "Accessibility - services should be ..."; the review of session 16, exam 71)
        values: list[Statement] = []
        wide = _parallel_width(ctx, items)  # ("Supporting members in their working lives: we will ...")
        for j in items:
            item = ctx.blocks[j]
            sentences = ctx.sentences(item.start, item.end)
            if j in described:
                value = ctx.statement("value", item.start, item.end, "values-principle-named", 0.6, strip=".:–—-")
                if value is not None:
                    value.description = ctx.span(ctx.blocks[described[j]].start, ctx.blocks[described[j]].end)
                    ctx.used.add(described[j])
            elif len(sentences) >= 2 and len(ctx.text[sentences[0][0] : sentences[0][1]].split()) <= 4:
                value = ctx.statement("value", sentences[0][0], sentences[0][1], "values-principle-named", 0.6, strip=".")
                if value is not None:
                    value.description = ctx.span(sentences[1][0], item.end)
            else:
                value = _value(ctx, item.start, item.end, "values-principle", max_words=wide, any_length=True)
            if value is not None:
                values.append(value)
        ctx.used.update(items)  # (a principle's description is no commitment of its own)
        return values
    return []


_WE_TITLE = re.compile(r"\s*We\s+[a-z]")


def _bilingual(ctx: Context) -> bool:
    """A page with Welsh lines beside its English ones (two or more Welsh lines): a short name,
    a dash and a short capitalised one ("Gofalgar – Caring") are a Welsh name and its English (round 59)."""
    if ctx.bilingual is None:
        ctx.bilingual = sum(welsh_line(ctx.content(k)) for k in range(len(ctx.blocks))) >= 2
    return ctx.bilingual


def _behaviour(ctx: Context, index: int) -> Statement | None:
    block = ctx.blocks[index]
    if _ATTRIBUTION.match(ctx.text, block.start, block.end):
        return None  # "— Jess, member of the Lived Experience Panel": who said the quote above (round 58)
    return ctx.statement("behaviour", block.start, block.end, "value-behaviour", 0.8)


_ATTRIBUTION = re.compile(r"\s*[—–-]\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+\S")


def _item_behaviours(ctx: Context, value: Statement, k: int, *, until_used: bool = False) -> None:
    """The run of list items from block ``k`` on are ``value``'s behaviours (marked used);
    ``until_used``: the run also ends at an item another rule has taken."""
    blocks = ctx.blocks
    while k < len(blocks) and blocks[k].kind == "item" and not (until_used and k in ctx.used):
        ctx.used.add(k)
        behaviour = _behaviour(ctx, k)
        if behaviour is not None:
            value.statements.append(behaviour)
        k += 1


def from_section(ctx: Context, section: Section) -> list[Statement]:
    """Values in a values section (children titles, or a list, or labelled paragraphs)."""
    first = section.heading + 1
    if first < section.end and ctx.blocks[first].kind == "para" \
            and _NATIONAL_VALUES.search(ctx.content(first)) and ctx.items_after(first):
        # "As part of NHS Scotland we share its values:" over the national values: not the
        # organisation's own (round 38)
        ctx.used.add(first)
        ctx.used.update(ctx.items_after(first))
        return []
    if first < section.end and first not in ctx.used and ctx.blocks[first].kind == "para" \
            and _STOP_ROW.fullmatch(ctx.text, ctx.blocks[first].start, ctx.blocks[first].end):
        # "Compassion. Courage. Teamwork. Integrity." right under the heading: a row of names,
        # each ended by a stop (round 30)
        block = ctx.blocks[first]
        names = [ctx.statement("value", m.start(), m.end(), "section:values-stopped-row", 0.8)
                 for m in _STOP_NAME.finditer(ctx.text, block.start, block.end)]
        names = [v for v in names if v is not None]
        if len(names) >= 3:
            ctx.used.add(first)
            return names
    paired = _name_line_pairs(ctx, section)
    if paired:
        return paired
    return _split_spaced(ctx, _from_section(ctx, section))


def _name_line_pairs(ctx: Context, section: Section) -> list[Statement]:
    """Right under the values heading, three or more entries of a short name ("1. Teamwork"),
    each over one line that describes it ("Together as one, we work with pride ...", no stop, so
    read as a title of its own): the values with their descriptions (a trust's news page; exam
    143, after its run)."""
    blocks = ctx.blocks
    pairs: list[tuple[int, int]] = []
    k = section.heading + 1
    while k + 1 < len(blocks) and blocks[k].kind == "item" and not blocks[k].depth and k not in ctx.used \
            and 1 <= len(ctx.content(k).split()) <= 4 and blocks[k + 1].kind in ("para", "heading") \
            and not blocks[k + 1].explicit and k + 1 not in ctx.used and len(ctx.content(k + 1).split()) >= 4 \
            and role_of(ctx, k + 1) is None:
        pairs.append((k, k + 1))
        k += 2
    if len(pairs) < 3 or k - 2 >= section.end and all(blocks[d].kind == "para" for _, d in pairs):
        return []  # (the section holds them already, read as usual)
    values: list[Statement] = []
    for name, desc in pairs:
        value = _value(ctx, blocks[name].start, blocks[name].end, "section:values-name-line")
        ctx.used.update((name, desc))
        if value is not None:
            value.description = ctx.span(blocks[desc].start, blocks[desc].end)
            values.append(value)
    return values


# Values a page names as its partners' or the national NHS's, not its own
_OTHERS_VALUES = re.compile(r"\bshare\s+the\s+values\s+of\s+(?:our|its|the)\s+(?:\w+\s+)?partner|"
                            r"\bwork\s+to\s+the\s+NHS\s+(?:Scotland|Wales)\s+values\b", re.IGNORECASE)
# The values of the whole NHS (or of a nation's NHS) that a page says it shares
_NATIONAL_VALUES = re.compile(
    r"\b(?:share|adopt|follow|uphold|sign\s+up\s+to)s?\s+(?:its|their|the\s+(?:NHS|national)(?:['’]s)?)\s+(?:core\s+)?values\s*:\s*$"
    r"|\bNHS\s+(?:Scotland|Wales|Constitution)(?:['’]s)?\s+(?:core\s+)?values\s*(?:are|,)?\s*:\s*$"
    # "... our staff are guided by the shared values of NHS Scotland:" (round 49)
    r"|\bvalues\s+of\s+(?:the\s+)?NHS(?:\s+(?:Scotland|Wales|Constitution))?\s*:\s*$", re.IGNORECASE)


# "Compassion. Courage. Teamwork. Integrity.": three or more names of one or two capitalised
# words, each ended by a stop
_STOP_ROW = re.compile(r"[ \t]*(?:(?-i:[A-Z])[\w’'-]+(?:[ \t]+(?-i:[A-Z])[\w’'-]+)?\.[ \t]*){3,8}")
_STOP_NAME = re.compile(r"(?-i:[A-Z])[\w’'-]+(?:[ \t]+(?-i:[A-Z])[\w’'-]+)?(?=\.)")


# "People first  Partnership  Respect": a row of a graphic's titles flattened onto one line,
# the names apart by runs of spaces (round 26)
_SPACED_GAP = re.compile(r"[ \t]{2,}|\t")


# "Kind | Open | Brave": three or more short names on one line apart by bars (round 29)
_BAR_ROW = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}(?:[ \t]+[|·•][ \t]+[A-Z][\w’'-]*"
                      r"(?:[ \t]+[\w’'-]+){0,2}){2,}[ \t]*")
_BAR_NAME = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?![|·•])[\w’'-]+){0,2}")


def _split_spaced(ctx: Context, values: list[Statement]) -> list[Statement]:
    """A value whose name is short titles apart by runs of spaces is one value per title."""
    result: list[Statement] = []
    for value in values:
        start, end = value.span.start, value.span.end
        row_end = value.description.end if value.description is not None else end
        if _BAR_ROW.fullmatch(ctx.text, start, row_end):
            # "Kind | Open | Brave": the names apart by bars, not a name and a description
            bars = [ctx.statement("value", m.start(), m.end(), value.rule + "-bars", value.confidence)
                    for m in _BAR_NAME.finditer(ctx.text, start, row_end)]
            bars = [v for v in bars if v is not None]
            if len(bars) >= 3:
                bars[-1].statements = value.statements
                result.extend(bars)
                continue
        gaps = list(_SPACED_GAP.finditer(ctx.text, start, end))
        parts: list[tuple[int, int]] = []
        cursor = start
        for gap in gaps:
            parts.append((cursor, gap.start()))
            cursor = gap.end()
        parts.append((cursor, end))
        names = [ctx.text[a:b].strip() for a, b in parts]
        if not gaps or value.description is not None or not all(
                n and len(n.split()) <= 4 and n[:1].isupper() for n in names):
            result.append(value)
            continue
        split = [ctx.statement("value", a, b, value.rule + "-spaced", value.confidence)
                 for a, b in parts]
        split = [v for v in split if v is not None]
        if split:
            split[-1].statements = value.statements  # (the behaviours under the row)
        result.extend(split or [value])
    return result


# "Improve - strive for excellence ...": a name of up to three words, a dash, a description
_SHORT_DASHED = re.compile(r"\s*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,2}[ \t]+[–—-][ \t]+\S")


def _from_section(ctx: Context, section: Section) -> list[Statement]:
    values: list[Statement] = []
    if _unnamed_behaviours(ctx, section):
        return values
    stopped = _stopped_titles(ctx, replace(section, end=_para_run_end(ctx, section.heading)))
    if stopped:
        return stopped
    dotted = _dotted_entries(ctx, section) or _glued_entries(ctx, section) or _logo_entries(ctx, section) \
        or _capitalised_in_sentences(ctx, section)
    if dotted:
        return dotted
    dashed = [c for c in section.children if _SHORT_DASHED.match(ctx.content(c))]
    if len(dashed) >= 3 and len(dashed) < len(section.children) and all(
            c + 1 < len(ctx.blocks) and _SHORT_DASHED.match(ctx.content(c + 1))
            and not ctx.blocks[c + 1].blank_before
            for c in section.children if c not in dashed):
        # "Inspire – Share our enthusiasm ..." lines with a short label right over some of
        # them ("Respect and Dignity" / "Include – ..."): the national value each maps to, a
        # second column of a graphic, not a value of the organisation's (round 26)
        ctx.used.update(c for c in section.children if c not in dashed)
        same = [k for k in range(dashed[0], section.end) if ctx.blocks[k].kind == "para"
                and _SHORT_DASHED.match(ctx.content(k)) and k not in dashed]
        section = replace(section, children=sorted(dashed + same))
    if section.children and all(DASH_ENTRY.match(ctx.content(c)) for c in section.children):
        # "Name – description" lines, some read as titles and some as paragraphs (the same
        # shape, blank lines between): each is a value, none the description of the one above
        same = [k for k in range(section.children[0], section.end) if ctx.blocks[k].kind == "para"
                and DASH_ENTRY.match(ctx.content(k)) and k not in section.children]
        section = replace(section, children=sorted(section.children + same))
    labels = _label_titles(ctx, section.children)
    if labels:
        section = _past_last_label(ctx, section, labels)
        labels = _label_titles(ctx, section.children)
        titles = {c + 1 for c in labels}  # a label's title, where it was not a child itself
        section = replace(section, children=sorted(
            {c for c in section.children if c not in labels} | titles))
        ctx.used.update(labels)
    if section.children:
        for k in range(section.heading + 1, section.children[0]):
            if ctx.blocks[k].kind == "para":
                listed = inline(ctx, k)  # "Our values – to be kind, ... – underpin": the names
                if listed and (len(listed) != len(section.children) or not {
                        fold_name(ctx.content(c)) for c in section.children} & {
                        fold_name(v.text) for v in listed} >= {fold_name(v.text) for v in listed}):
                    # the sentence's names, where the titles under it are not those names ("Bold,
                    # Every person counts, ..." over "We are inspiring and ambitious", ...)
                    ctx.used.add(k)
                    return listed
                said = _we_be_names(ctx, k)
                if len(said) > len(section.children) and {
                        fold_name(ctx.content(c)) for c in section.children} <= {
                        fold_name(v.text) for v in said}:
                    # "We will always be A, B, C and D." over titles of only some of them (the
                    # others were pictures): the sentence names them all; the titles and their
                    # bullets are what the values mean
                    ctx.used.update(range(k, section.end))
                    return said
                if listed:
                    ctx.used.add(k)  # the same values, each under its own title: the titles
                    break
        if len(section.children) == 1:
            listed = _comma_names(ctx, section.children[0])
            if listed:  # "Compassion, Openness and Respect" alone under the heading: three values
                ctx.used.add(section.children[0])
                return listed
        bounds = section.children + [section.end]
        repeated = _repeated_lines(ctx)
        # "Our Values are:" over unstopped lines: values stated as outcomes ("the care we deliver
        # has great outcomes for patients"), longer than a title (exam 32, after its run)
        listed_after_colon = ctx.blocks[section.heading].kind == "para" \
            and _VALUES_ARE.search(ctx.content(section.heading)) is not None \
            and ctx.content(section.heading).rstrip(" *_").endswith(":") \
            and not any(ctx.content(c).rstrip(" *_").endswith(".") for c in section.children)
        for child, stop in zip(section.children, bounds[1:], strict=False):
            block = ctx.blocks[child]
            if values and child + 1 < stop and ctx.blocks[child + 1].kind == "para" \
                    and _COMMITTED.match(ctx.content(child + 1)):
                break  # "Everyone belongs" / "We're committed to ...": a pledge after the values
            if values and _OFFICERS.match(ctx.content(child)):
                break  # "Trustees & Patrons" / "LIFE PATRON" / names: an annual report's next page
            if child in ctx.used and ctx.blocks[child].kind == "heading" and "\t" in ctx.content(child):
                continue  # a table's header row another reader took ("Objective<TAB>Key deliverables", round 51)
            ctx.used.add(child)
            if ctx.content(child).strip() in repeated:
                continue  # "Nurse holding a painting" three times on the page: a picture's label
            if _BARE_NUMBER.match(ctx.content(child)) and not all(
                    _BARE_NUMBER.match(ctx.content(c)) for c in section.children):
                continue  # "1 Safe and excellent care" among "Brave", "Kind": the other column's goal (round 47)
            value = _value(ctx, block.start, block.end, "values-heading")
            # ("We put patients at the heart of everything we do" over its "We ..." behaviours:
            # a value stated as a sentence, a GP-style values page; exams 42-43, after their run)
            we_title = _WE_TITLE.match(ctx.content(child)) is not None and child + 1 < stop \
                and ctx.blocks[child + 1].kind == "item"
            if value is None or len(value.text.split()) > (12 if listed_after_colon or we_title else 8):
                continue  # a long line is prose cut short, not a value's name
            for k in range(child + 1, stop):
                if k in labels:
                    continue  # the next value's colour label
                ctx.used.add(k)
                sub = ctx.blocks[k]
                if ctx.is_lead_in(k):
                    continue
                if sub.kind == "para" and value.description is None and not value.statements \
                        and not _BEHAVIOUR_LEAD.match(ctx.content(k)):
                    value.description = ctx.span(sub.start, sub.end)
                    continue
                behaviour = _behaviour(ctx, k)
                if behaviour is not None:
                    value.statements.append(behaviour)
            values.append(value)
        if values:
            values.extend(_second_lead_titles(ctx, section.end))
        return values
    named = _names_over_meanings(ctx, section) or _we_are_trailing(ctx, section)
    if named:
        return named
    current: Statement | None = None
    depths = [ctx.blocks[k].depth for k in range(section.heading + 1, section.end)
              if ctx.blocks[k].kind == "item"]
    top = min(depths, default=0)
    skipped = _sentence_lists(ctx, section)
    wide = _parallel_width(ctx, [k for k in range(section.heading + 1, section.end)
                                 if ctx.blocks[k].kind == "item" and ctx.blocks[k].depth == top
                                 and k not in skipped])
    for k in range(section.heading + 1, section.end):
        block = ctx.blocks[k]
        if len(values) >= 2 and block.kind == "para" and ctx.is_lead_in(k) \
                and (not _NAMES_VALUES.search(ctx.last_sentence(k)) or _VALUES_APPLIED.search(ctx.last_sentence(k))):
            break  # "In practice, we need to:" over a second list: what living them means (or "The
            # STAR values are embedded into all people management activities including:", where
            # they are used; exam 52, after its run)
        if block.kind in ("para", "heading") and _PRINCIPLES_LEAD.match(ctx.content(k)):
            break  # "Our Principles:" under "Our values": another list, not the values
        if block.kind == "item" and k not in skipped and k not in ctx.used:
            if block.depth == top and _behaviour_group_after(ctx, k, values):
                break
            ctx.used.add(k)
            if block.depth == top and not values and ctx.content(k).rstrip(" *_").endswith(":"):
                continue  # "• The Collaborative has developed the following values ... The members are committed to:" (exam 32)
            if block.depth == top:
                # a bullet under "Our values" is a value, however long: some trusts state
                # their values as sentences ("Everyone is listened to, appreciated and valued")
                current = _value(ctx, block.start, block.end, "values-item", max_words=wide,
                                 any_length=True)
                if current is not None:
                    values.append(current)
            elif current is not None:
                behaviour = _behaviour(ctx, k)
                if behaviour is not None:
                    current.statements.append(behaviour)
    if values:
        return values
    for k in range(section.heading + 1, min(section.end, section.heading + 4)):
        if ctx.blocks[k].kind == "para" and _INLINE.search(ctx.text, ctx.blocks[k].start,
                                                           ctx.blocks[k].end):
            values = inline(ctx, k)  # "Our values remain unchanged: A, B and C."
            if values:
                ctx.used.add(k)
                return values
    for k in range(section.heading + 1, section.end):
        block = ctx.blocks[k]
        if split_name(ctx.text, block.start, block.end, 4) is not None and not ctx.is_lead_in(k):
            value = _value(ctx, block.start, block.end, "values-line", 4)
            if value is not None:
                values.append(value)
                ctx.used.add(k)
    if values:
        values.extend(_behaviour_rhythm(ctx, section.end))
        return values
    for k in range(section.heading + 1, min(section.end, section.heading + 4)):
        values = inline(ctx, k) or _separated(ctx, k) or _comma_names(ctx, k)
        if values:
            ctx.used.add(k)
            return values
    return _stopped_titles(ctx, section)


def _names_over_meanings(ctx: Context, section: Section) -> list[Statement]:
    """A sentence naming the values ("values and behaviours – to be Caring, safe, ...") over
    lists each led by "This means…": the lists say what a value means, so the sentence's names
    are the values, not the lists' entries (exam 215). The lists are taken as read."""
    items = [k for k in range(section.heading + 1, section.end) if ctx.blocks[k].kind == "item"]
    if not items or items[0] - 1 <= section.heading or ctx.blocks[items[0] - 1].kind != "para" \
            or not _BEHAVIOUR_LEAD.match(ctx.content(items[0] - 1)):
        return []
    for k in range(section.heading + 1, items[0] - 1):
        if ctx.blocks[k].kind == "para" and k not in ctx.used:
            listed = inline(ctx, k) or (
                _we_be_names(ctx, k) if "values" in ctx.content(k).lower() else [])
            if len(listed) >= 3:
                ctx.used.add(k)
                ctx.used.update(items)
                return listed
    return []


# "We are caring and compassionate…" (the sentence trails off into the line under it)
_WE_ARE_TRAILING = re.compile(r"\s*we\s+are\s++(?P<name>[^.…!?:;]{3,50}?)\s*+(?:…|\.\.\.)\s*+", re.IGNORECASE)
_REASON_LINE = re.compile(r"\s*(?:because|as|so|since)\b", re.IGNORECASE)


def _we_are_trailing(ctx: Context, section: Section) -> list[Statement]:
    """Two or more "We are respectful…" lines under a values heading, each over the line that
    finishes it ("because everyone is of equal value ..."): the words after "We are" name the
    value, the line under it describes it (exam 215)."""
    found: list[Statement] = []
    lines = [(k, match) for k in range(section.heading + 1, section.end) if k not in ctx.used
             and (match := _WE_ARE_TRAILING.fullmatch(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end))]
    if len(lines) < 2 or not all(
            k + 1 < section.end and ctx.blocks[k + 1].kind == "para" and _REASON_LINE.match(ctx.content(k + 1))
            for k, _ in lines):
        return []
    for k, match in lines:
        value = ctx.statement("value", match.start("name"), match.end("name"), "values-we-are-trailing", 0.8)
        if value is None:
            continue
        reason = ctx.blocks[k + 1]
        value.description = ctx.span(reason.start, reason.end)
        ctx.used.update((k, k + 1))
        found.append(value)
    return found


def _behaviour_rhythm(ctx: Context, k: int) -> list[Statement]:
    """From block ``k`` on, a values framework's rhythm after its first "Name: gloss" value: "We
    will:" and "We will not:" lists (the value's behaviours, not commitments) and the next
    "Name: gloss" values ("Respect for all: in every contact ..." / "We will:" / ... /
    "Together as a team: we will work with ..." / "We will:" / ...; exam 214)."""
    found: list[Statement] = []
    taken: list[int] = []
    blocks = ctx.blocks
    while k < len(blocks) and k not in ctx.used:
        if blocks[k].kind == "para" and _behaviour_lead_line(ctx, k) \
                and k + 1 < len(blocks) and blocks[k + 1].kind == "item":
            taken.append(k)
            k += 1
            while k < len(blocks) and blocks[k].kind == "item":
                taken.append(k)
                k += 1
            continue
        if blocks[k].kind == "para" and not ctx.is_lead_in(k) and k + 1 < len(blocks) \
                and _behaviour_lead_line(ctx, k + 1) \
                and split_name(ctx.text, blocks[k].start, blocks[k].end, 4) is not None:
            value = _value(ctx, blocks[k].start, blocks[k].end, "values-line", 4)
            if value is None:
                break
            found.append(value)
            taken.append(k)
            k += 1
            continue
        break
    if found:
        # (only in that rhythm: a "We will:" list after the values with no value after it holds
        # commitments, and stays open to their reader)
        ctx.used.update(taken)
    return found


def _behaviour_lead_line(ctx: Context, k: int) -> bool:
    """"We will:", "We will not:", "We won't:" on a line of its own: a behaviours list's lead-in."""
    content = ctx.content(k).rstrip(" *_")
    return content.endswith(":") and _BEHAVIOUR_LIST_LEAD.fullmatch(content) is not None


def _past_last_label(ctx: Context, section: Section, labels: set[int]) -> Section:
    """A section cut off right after a label title ("Green Wave" the last block): the labelled
    titles and their paragraphs that follow, in the same label, title, text rhythm."""
    words = {ctx.content(c).split()[-1].casefold() for c in labels}
    blocks = ctx.blocks
    children = list(section.children)
    end = section.end
    k = end
    while children and children[-1] == end - 1 \
            and ctx.content(children[-1]).split()[-1].casefold() in words:
        # the cut-off label, then its title and the title's text
        if not (k + 1 < len(blocks) and blocks[k].kind == "heading" and role_of(ctx, k) is None
                and blocks[k + 1].kind == "para"):
            break
        children.append(k)
        end = k + 2
        if end < len(blocks) and blocks[end].kind == "heading" \
                and ctx.content(end).split()[-1:] and ctx.content(end).split()[-1].casefold() in words:
            children.append(end)
            end += 1
        k = end
    return replace(section, children=children, end=end)


def _label_titles(ctx: Context, children: list[int]) -> set[int]:
    """Titles right above another title that share their last word ("Blue Wave" over "Proud to
    Care", "Red Wave" over "Make It Happen"): a colour or picture label, not a value."""
    above = [c for c in children if c + 1 in children or c + 1 < len(ctx.blocks)
             and ctx.blocks[c + 1].kind == "heading" and role_of(ctx, c + 1) is None]
    last: dict[str, list[int]] = {}
    for c in above:
        words = ctx.content(c).split()
        if 1 < len(words) <= 3:
            last.setdefault(words[-1].casefold(), []).append(c)
    return {c for group in last.values() if len(group) >= 2 for c in group}


_NAMES_VALUES = re.compile(r"\bvalues?\b", re.IGNORECASE)
# A list of principles (or standards) led in under the values heading: not the values.
# principles a law or a discipline sets, not the body's own: "Our data protection principles", "Our
# design principles" (the review of session 28)
_RULEBOOK_PRINCIPLES = r"(?:data|design|caldicott|gdpr|nolan|privacy|information|accounting|procurement|pricing|legal)\b"
# ("Our guiding principles are:" too)
_PRINCIPLES_LEAD = re.compile(r"\s*(?:(?:our|the)\s+)?(?:(?:guiding|core|key|underlying)\s+)?(?:principles|standards)"
                              # ("The underlying principles of our strategy are:", exam 71 after its run)
                              r"(?:\s+of\s+(?:our|the|this)\s+(?:strategy|plan|partnership|work))?(?:\s+are)?(?:\s*:)?\s*$"
                              # ("The core principles of the College are:", "Our engagement principles";
                              # "... is centred around the following 6 principles:", "The following
                              # principles are the basis of our partnership:", "... a set of core
                              # principles. These are:"; blind exams 140-214)
                              r"|\s*the\s+(?:core|guiding|key)\s+principles\s+of\s+(?:our|the|this)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+are\s*:\s*$"
                              r"|\s*our\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?!" + _RULEBOOK_PRINCIPLES + r")"
                              r"(?:[\w-]+\s+){1,2}principles(?:\s*:)?\s*$"
                              r"|.{0,120}\b(?:centred|centered|based|built|founded)\s+(?:around|on|upon)\s+the\s+following\s+"
                              r"(?:\w+\s+){0,2}principles\s*:\s*$"
                              r"|\s*the\s+following\s+(?:\w+\s+)?principles\s+(?:are|underpin|guide|shape|form)\b"
                              r"(?!\s+(?:set\s+out|laid\s+down|defined)\b)[^.:]{0,60}:\s*$"
                              r"|.{0,160}\bprinciples\.\s+(?:these|they)\s+are\s*:\s*$"
                              # ("Underpinning these areas of work are six principles which will
                              # guide our planning ...:", exam 224)
                              r"|.{0,80}\b(?:three|four|five|six|seven|eight|nine|ten|[3-9])\s+(?:[\w-]+\s+)?principles\s+"
                              r"(?:which|that)\s+(?:will\s+)?(?:guide|underpin|shape|inform|steer|drive)\b[^.:]{0,80}:\s*$"
                              # ("Seven principles guide our strategy and decisions:", exam 78)
                              r"|\s*(?:our\s+)?(?:three|four|five|six|seven|eight|nine|ten|[3-9])\s+"
                              r"(?:(?:guiding|core|key|strategic)\s+)?principles\s+"
                              r"(?:guide|underpin|shape|inform|steer|drive)\b[^.:]{0,60}:\s*$",
                              re.IGNORECASE)
# The paragraph under a last title that pledges rather than describes a value.
_COMMITTED = re.compile(r"\s*we(?:['’]re|\s+are)\s+(?:fully\s+|deeply\s+)?committed\s+to\b", re.IGNORECASE)


def _separator(ctx: Context, k: int, max_words: int) -> str | None:
    block = ctx.blocks[k]
    split = split_name(ctx.text, block.start, block.end, max_words)
    if split is None or split[2] != 0:
        return None
    return ctx.text[split[0] : split[1]].strip()


def _parallel_width(ctx: Context, items: list[int]) -> int:
    """How many words a value's name may have in a list of "Name - description" items: five,
    or eight when two or more siblings split at one separator and the longer names split at
    the same one ("To act with compassion and respect - For each other, ...")."""
    short = [_separator(ctx, k, 5) for k in items]
    found = {sep for sep in short if sep}
    if len(found) != 1 or sum(1 for sep in short if sep) < 2:
        return 5
    sep = found.pop()
    if all(sep_short is not None or _separator(ctx, k, 8) in (sep, None)
           for k, sep_short in zip(items, short, strict=True)):
        return 8
    return 5


def _repeated_lines(ctx: Context) -> set[str]:
    """Short lines written three or more times on the page: an image's label or other page
    furniture repeated by the copy, never a value's name."""
    counts: dict[str, int] = {}
    for k, block in enumerate(ctx.blocks):
        if block.kind != "item":
            line = ctx.content(k).strip()
            if len(line.split()) <= 8:
                counts[line] = counts.get(line, 0) + 1
    return {line for line, count in counts.items() if count >= 3}


def _para_run_end(ctx: Context, heading: int) -> int:
    """The end of the run of plain paragraphs after ``heading`` (at most 40 blocks)."""
    k = heading + 1
    stop = min(len(ctx.blocks), heading + 41)
    while k < stop and ctx.blocks[k].kind == "para" and not ctx.is_lead_in(k) \
            and role_of(ctx, k) is None:
        k += 1
    return k


_STOPPED_TITLE = re.compile(r"^[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\.$")


def _stopped_titles(ctx: Context, section: Section) -> list[Statement]:
    """Short lines ending in a full stop, each over a paragraph ("Accountable and responsible."
    / "We will make sure ..."), two or more of them: values, the paragraphs their descriptions
    (the page lost the heading markup). The section's paragraphs are the values' text."""
    titles = [k for k in range(section.heading + 1, section.end)
              if ctx.blocks[k].kind == "para" and _STOPPED_TITLE.match(ctx.content(k))
              and not _NOT_NAME.search(ctx.content(k))
              and k + 1 < section.end and ctx.blocks[k + 1].kind == "para"
              and not _STOPPED_TITLE.match(ctx.content(k + 1))]
    if len(titles) < 2:
        return []
    values: list[Statement] = []
    for k in titles:
        block = ctx.blocks[k]
        value = _value(ctx, block.start, block.end - 1, "values-stopped-title", 4)
        if value is None:
            continue
        nxt = ctx.blocks[k + 1]
        value.description = ctx.span(nxt.start, nxt.end)
        values.append(value)
    # the paragraphs among and under the titles (two at most after the last one)
    for k in range(section.heading + 1, min(section.end, titles[-1] + 3)):
        if ctx.blocks[k].kind != "para" or ctx.is_lead_in(k):
            break
        ctx.used.add(k)
    return values


_DOTTED_ENTRY = re.compile(r"[ \t]*(?:\*\*|__)?(?P<name>[A-Z][\w’'-]*(?:[ \t]+[\w’'&-]+){0,2})\.(?:\*\*|__)?[ \t]+(?=[A-Z])")


_GLUED_ENTRY = re.compile(r"[ \t]*(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})[ ]?(?=(?:We|Our|To|Every|All)[ \t])")


def _glued_entries(ctx: Context, section: Section) -> list[Statement]:
    """"QualityWe will work to the highest ..." one a paragraph under the values heading (a PDF
    transcript that lost the line break after each name): the name, then its description."""
    return _entries_under(ctx, section, _GLUED_ENTRY, "values-glued-entry", 0.7)


# A name set in capitals inside a sentence: "We will celebrate Connection & Kindness", "Our teams
# will be Person Focused – working to ...", "Equity & Fairness will guide our decision making"
_CAPITALISED_RUN = re.compile(r"(?<![\w’'])(?-i:[A-Z][a-z]+)(?:[ \t]+(?:&|and)[ \t]+(?-i:[A-Z][a-z]+)|[ \t]+(?-i:[A-Z][a-z]+))*(?![\w’'])")


_SMALL_WORD = re.compile(r"(?:for|of|with|within|to|the|and|in|on|at|by|a|an)\b", re.IGNORECASE)


def _capitalised_in_sentences(ctx: Context, section: Section) -> list[Statement]:
    """Three or more entries under a values heading, each a sentence that names one value in
    capitals ("We will champion Quality & Excellence in MSK healthcare"): the capitalised words
    are the value, the sentence its description (exam 70, after its run). Nothing unless every
    entry names exactly one such run besides its own first word."""
    entries = ctx.entries_after(section.heading)
    if len(entries) < 3 or any(entry >= section.end for entry in entries):
        return []
    found: list[tuple[int, int, int]] = []
    for k in entries:
        block = ctx.blocks[k]
        text = ctx.content(k)
        if len(text.split()) < 4:
            return []
        words = text.split()
        if sum(word[:1].isupper() for word in words) * 2 > len(words):
            return []  # a title in title case ("To Get the Basics Right – ..."), not a sentence
        first = re.search(r"[A-Za-z]", ctx.text[block.start : block.end])
        at_start = block.start + first.start() if first else block.start
        # (a run inside the sentence follows a lower-case word: not "Caring<TAB>Staff who ...", a table's row)
        runs = [m for m in _CAPITALISED_RUN.finditer(ctx.text, block.start, block.end)
                if m.start() == at_start and " " in m.group(0)
                or m.start() > at_start and re.search(r"[a-z] $", ctx.text[at_start : m.start()])]
        if len(runs) != 1 or _NOT_NAME.search(runs[0].group(0)) or _SMALL_WORD.match(runs[0].group(0)):
            return []
        found.append((k, runs[0].start(), runs[0].end()))
    values: list[Statement] = []
    for k, start, end in found:
        value = ctx.statement("value", start, end, "values-capitalised-in-sentence", 0.6)
        if value is None:
            return []
        value.description = ctx.span(ctx.blocks[k].start, ctx.blocks[k].end)
        values.append(value)
    ctx.used.update(k for k, _, _ in found)
    return values


def _dotted_entries(ctx: Context, section: Section) -> list[Statement]:
    """"Hope. We believe recovery is possible for everyone." one a line right under the values
    lead-in, two or more: the name before the stop, the sentence after it its description."""
    return _entries_under(ctx, section, _DOTTED_ENTRY, "values-dotted-entry", 0.75)


# A value's picture, its alternative text copied as a line: "Acorns Caring logo, an orange circle
# with a heart in the middle" (the value is the word before "logo"; exams 42-43, after their run)
_LOGO_CAPTION = re.compile(r"[ \t]*(?:[A-Z][\w’'&-]*[ \t]+){0,3}?(?P<name>[A-Z][a-z]+)[ \t]+(?:logo|icon|badge)\b"
                           r"(?:[ \t]*[,:–—-]|[ \t]+(?:with|showing|of)\b)")


_NOT_VALUE_LOGO = re.compile(r"trust|england|nhs|council|board|foundation|hospitals?|university|partnership|healthwatch"
                             r"|icb|ics|commission|scotland|wales|government|services?|values|confident|people|award",
                             re.IGNORECASE)


def _logo_entries(ctx: Context, section: Section) -> list[Statement]:
    """Two or more pictures' captions under the values heading, each naming its value ("Acorns
    Caring logo, an orange circle ..."), each over the paragraph that describes the value."""
    values: list[Statement] = []
    k = section.heading + 1
    end = len(ctx.blocks)  # (a caption may read as a heading and end the section: the run decides)
    while k < end and ctx.blocks[k].kind in ("para", "heading"):
        match = _LOGO_CAPTION.match(ctx.text, ctx.blocks[k].start, ctx.blocks[k].end)
        if match is None:
            break
        if _NOT_VALUE_LOGO.fullmatch(match.group("name")):
            return []  # ("NHS England logo", "Trust logo", "Hartfield Values logo": a body's or the section's own picture)
        value = ctx.statement("value", match.start("name"), match.end("name"), "values-logo-caption", 0.65)
        if value is None:
            break
        nxt = k + 1
        if not (nxt < end and ctx.blocks[nxt].kind == "para"
                and _LOGO_CAPTION.match(ctx.text, ctx.blocks[nxt].start, ctx.blocks[nxt].end) is None):
            return []  # (each value's picture over the paragraph that describes it)
        value.description = ctx.span(ctx.blocks[nxt].start, ctx.blocks[nxt].end)
        nxt += 1
        values.append(value)
        k = nxt
    if len(values) < 2:
        return []
    ctx.used.update(range(section.heading + 1, k))
    return values


def _entries_under(ctx: Context, section: Section, entry: re.Pattern[str], rule: str,
                   confidence: float) -> list[Statement]:
    """Two or more blocks right under the section's heading, each opening with a value's name
    that ``entry`` finds (group "name"), the rest of the block its description."""
    values: list[Statement] = []
    k = section.heading + 1
    while k < section.end and ctx.blocks[k].kind in ("para", "item", "heading"):
        block = ctx.blocks[k]
        if values and ctx.content(k)[:1].islower() and values[-1].description is not None:
            # "and each other." under "CompassionWe show kindness ... families": the line goes on
            values[-1].description = ctx.span(values[-1].description.start, block.end)
            k += 1
            continue
        match = entry.match(ctx.text, block.start, block.end)
        if match is None or _NOT_NAME.search(match.group("name")):
            break
        value = ctx.statement("value", match.start("name"), match.end("name"), rule, confidence)
        if value is None:
            break
        value.description = ctx.span(match.end(), block.end)
        values.append(value)
        k += 1
    if len(values) < 2:
        return []
    ctx.used.update(range(section.heading + 1, k))
    return values


_NOT_NAME = re.compile(r"\b(?:we|our|us|you|your|i|my)\b", re.IGNORECASE)


def _sentence_lists(ctx: Context, section: Section) -> set[int]:
    """Lower-case items that finish a lead-in which is not about values ("They set the standard
    for everyday business, including how we:" / "- recruit"): never values. Nor are the items
    after a lead-in that calls them behaviours ("These values set out the standards of
    behaviour we expect from all our staff:")."""
    skipped: set[int] = set()
    for k in range(section.heading + 1, section.end):
        if not ctx.is_lead_in(k):
            continue
        run = ctx.items_after(k)
        if run and _BE_LEAD_END.search(ctx.last_sentence(k)) and all(len(ctx.content(j).split()) <= 3 for j in run):
            continue  # "We are:" / "... by being:" over "compassionate", "innovative": what we are, the values (exam 74)
        if run and _BEHAVIOURS_LEAD.search(ctx.last_sentence(k)) \
                and not _VALUES_ARE.search(ctx.last_sentence(k)):
            skipped.update(_following_runs(ctx, k, section.end))
            continue
        if "value" in ctx.content(k).lower():
            continue
        if run and all(ctx.content(j)[:1].islower() for j in run):
            skipped.update(run)
    return skipped


_BEHAVIOURS_LEAD = re.compile(r"\bbehaviou?rs?\b", re.IGNORECASE)
_BE_LEAD_END = re.compile(r"\b(?:we\s+are|by\s+being|to\s+be|we\s+will\s+(?:always\s+)?be)\s*:\s*$", re.IGNORECASE)
_VALUES_ARE = re.compile(r"\bvalues(?:\s+(?:and|&)\s+(?:our\s+)?behaviou?rs)?\s+(?:are|include)\b",
                         re.IGNORECASE)


def _following_runs(ctx: Context, index: int, end: int) -> list[int]:
    """The items after a lead-in, through further runs split only by blank lines (groups whose
    headings were pictures)."""
    found = []
    k = index + 1
    while k < end and ctx.blocks[k].kind == "item":
        found.append(k)
        k += 1
    return found


def _separated(ctx: Context, index: int) -> list[Statement]:
    """"Kind | Respectful | Together" or "Compassion • Respect • Integrity" on one line."""
    block = ctx.blocks[index]
    content = ctx.content(index)
    if not re.search(r"\s[|•·▪/]\s.*\s[|•·▪/]\s", content):
        return []
    found: list[Statement] = []
    cursor = block.start
    for sep in re.finditer(r"\s+[|•·▪/]\s+", content):
        found.append((cursor, block.start + sep.start()))
        cursor = block.start + sep.end()
    found.append((cursor, block.end))
    if any(len(ctx.text[s:e].split()) > 4 for s, e in found):
        return []
    return _named_values(ctx, found, "values-separated", 0.75)


_COMMA_NAMES = re.compile(r"[ \t]*[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?"
                          r"[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}){1,9}[ \t]*\.?[ \t]*")


def _comma_names(ctx: Context, index: int) -> list[Statement]:
    """"Compassion, Openness, Respect, Excellence." alone on a line under a values heading: each
    name a value (three or more, each capitalised, none longer than four words)."""
    block = ctx.blocks[index]
    if block.kind == "item" or not _COMMA_NAMES.fullmatch(ctx.text, block.start, block.end):
        return []
    content = ctx.text[block.start : block.end].rstrip(" \t.")
    parts = _serial_parts(block.start, content) if _SERIAL.search(content) \
        else _parts(block.start, block.start + len(content), content)
    if len(parts) < 3 or not all(ctx.text[s:e][:1].isupper() for s, e in parts):
        return []
    return _named_values(ctx, parts, "values-comma-line", 0.7)


_ARTICLE = re.compile(r"\s*(?:a|an)\s+(?=\w+\s+\w)", re.IGNORECASE)
# ("our CARE values - being Compassionate, Accountable, Respectful and Encouraging.": a dash for
# "of", exam 187; the names' capitals must still spell the acronym)
_ACRONYM_PRINCIPLES = re.compile(r"(?<![\w-])(?P<acr>[A-Z]{3,8})\s+(?:values|principles)\s+(?:of\b|[–—-]\s+(?:being\s+)?(?=[A-Z]))")
_SINGLE = re.compile(r"\bour\s+(?:key|core|main|first)\s+value\s+(?:of|is)\s+[‘'\"“]"
                     r"(?P<name>[^’'\"”.]{2,40})[’'\"”]", re.IGNORECASE)


_BUILT_ON_PRINCIPLES = re.compile(_BUILT_ON + r"core\s+principles\s+of\b", re.IGNORECASE)


def inline(ctx: Context, index: int) -> list[Statement]:
    """"Our values are compassion, respect and integrity." as three values."""
    block = ctx.blocks[index]
    if "values" not in ctx.text[block.start : block.end].lower() \
            and not _ACRONYM_PRINCIPLES.search(ctx.text, block.start, block.end) \
            and not _BUILT_ON_PRINCIPLES.search(ctx.text, block.start, block.end) \
            and not _WE_VALUE.search(ctx.text, block.start, block.end):
        return _single(ctx, index)
    if _OTHERS_VALUES.search(ctx.text, block.start, block.end):
        return []  # "As a partnership we share the values of our two partner organisations. ...": theirs (round 39)
    return _listed(ctx, index) or _acronym_listed(ctx, index) or _acronym_expanded(ctx, index) \
        or _line_after(ctx, index) or _single(ctx, index)


# "our culture and values framework: CARES (Communication, Attitude, Responsibility, Equity and
# Safety)": an acronym, then the names it stands for in brackets
_ACRONYM_BRACKETS = re.compile(r"(?<![\w-])(?P<acr>[A-Z]{3,8})\s*\((?P<names>[^()\n]{8,200})\)")


def _acronym_expanded(ctx: Context, index: int) -> list[Statement]:
    """The values an acronym stands for, spelt out in brackets after it in a sentence about
    values, when the names' capitals spell it (a trust's quality strategy; a real page)."""
    block = ctx.blocks[index]
    sentences = ctx.sentences(block.start, block.end)
    for match in _ACRONYM_BRACKETS.finditer(ctx.text, block.start, block.end):
        sentence = next(((s, e) for s, e in sentences if s <= match.start() < e), None)
        if sentence is None or not re.search(r"\bvalues\b", ctx.text[sentence[0] : match.end()], re.IGNORECASE):
            continue
        spans: list[tuple[int, int]] = []
        cursor = match.start("names")
        for piece in re.split(r"(,\s*(?:and\s+)?|\s+(?:and|&)\s+)", match.group("names")):
            if piece and not re.fullmatch(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", piece):
                spans.append((cursor, cursor + len(piece)))
            cursor += len(piece)
        capitals = "".join(ctx.text[s:e].strip()[:1] for s, e in spans)
        if len(spans) == len(match.group("acr")) and capitals == match.group("acr") \
                and all(len(ctx.text[s:e].split()) <= 3 for s, e in spans):
            return _named_values(ctx, spans, "values-acronym-brackets", 0.7)
    return []


def _acronym_listed(ctx: Context, index: int) -> list[Statement]:
    """"CARE principles of Compassion, a positive Attitude, Respect and Equality are ...": the
    values an acronym names, when the names' capitals spell it (not "the HSC values of ...",
    initials of the body whose values they are; exam 58, after its run)."""
    block = ctx.blocks[index]
    match = _ACRONYM_PRINCIPLES.search(ctx.text, block.start, block.end)
    if match is None:
        return []
    names = _listed_after(ctx, block, match)
    capitals = "".join(next((ch for ch in name.span.text if ch.isupper()), "") for name in names)
    return names if capitals == match.group("acr") else []


# "... helped us to shape six core values:" ending its paragraph, the names on the next line.
_VALUES_COLON = re.compile(r"\bvalues\s*:\s*$", re.IGNORECASE)
_COUNT = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:[\w-]+\s+){0,2}values\b",
                    re.IGNORECASE)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10}
_NAME_PART = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|for|&))*")


def _line_after(ctx: Context, index: int) -> list[Statement]:
    """A paragraph that ends "... values:" over one line of names separated by commas: the values.
    Where the paragraph counts them ("six core values") and the names are written in pairs ("A &
    B, C & D, E & F"), each pair is two values."""
    blocks = ctx.blocks
    block = blocks[index]
    if block.kind != "para" or index + 1 >= len(blocks) or blocks[index + 1].kind != "para" \
            or not _VALUES_COLON.search(ctx.text, block.start, block.end):
        return []
    nxt = blocks[index + 1]
    line = ctx.text[nxt.start : nxt.end].rstrip(" .")
    if "\n" in line.strip() or "," not in line:
        return []
    parts: list[tuple[int, int]] = []
    cursor = nxt.start
    for piece in re.split(r"(,\s*(?:and\s+)?)", line):
        if piece and not re.fullmatch(r",\s*(?:and\s+)?", piece):
            lead = len(piece) - len(piece.lstrip())
            parts.append((cursor + lead, cursor + len(piece.rstrip())))
        cursor += len(piece)
    if len(parts) < 2 or not all(_NAME_PART.fullmatch(ctx.text, s, e) and len(ctx.text[s:e].split()) <= 4
                                 for s, e in parts):
        return []
    count = _COUNT.search(ctx.text, block.start, block.end)
    wanted = _COUNTS.get(count.group(1).lower(), 0) if count else 0
    if not wanted and count:
        wanted = int(count.group(1))
    halves = [h for s, e in parts for h in _halves(ctx.text, s, e)]
    if wanted and len(halves) == wanted != len(parts):
        parts = halves
    return _named_values(ctx, parts, "values-next-line", 0.65)


def _halves(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"Communication & Compassion" as its two names (or the name whole)."""
    sep = re.search(r"\s+(?:&|and)\s+", text[start:end])
    if sep is None:
        return [(start, end)]
    return [(start, start + sep.start()), (start + sep.end(), end)]


def _single(ctx: Context, index: int) -> list[Statement]:
    """One value named in passing: "our key value of ‘patients first’", "we have ... introduced
    a fifth value, integrity"."""
    block = ctx.blocks[index]
    single = _SINGLE.search(ctx.text, block.start, block.end) \
        or _ADDED.search(ctx.text, block.start, block.end)
    if not single:
        return []
    value = ctx.statement("value", single.start("name"), single.end("name"), "value-sentence", 0.6)
    return [value] if value is not None else []


# "... and introduced a fifth value, integrity." / "we have added a new value: inclusion"
_ADDED = re.compile(
    r"\b(?:introduced|added|adopted|agreed)\s+(?:a|an)\s+(?:new|fifth|sixth|fourth|third|seventh|"
    r"additional|further)\s+value\s*(?:,|:|[–—]|of)\s*[‘'\"“]?(?P<name>[A-Za-z][\w-]*(?:\s+[\w-]+)?)"
    r"[’'\"”]?(?=\s*[.;!?]|\s*$)",
    re.IGNORECASE,
)


def added_in_passing(ctx: Context) -> list[Statement]:
    """"... and introduced a fifth value, integrity." anywhere on a page that names no values
    otherwise (the sentence may sit in a section already read for something else)."""
    for k, block in enumerate(ctx.blocks):
        if block.kind == "para" and "value" in ctx.content(k).lower():
            added = _ADDED.search(ctx.text, block.start, block.end)
            if added:
                value = ctx.statement("value", added.start("name"), added.end("name"),
                                      "value-sentence", 0.6)
                return [value] if value is not None else []
    return []


# "The way we work is guided by five values: Clinically led – decisions about services are made
# by local GPs and clinicians. Listening – we involve ..." (a run-in list of "Name – what it
# means." sentences after a count, round 49)
_COUNTED_VALUES_COLON = re.compile(r"\b(?P<count>two|three|four|five|six|seven|eight|[2-8])\s+(?:core\s+|key\s+|shared\s+)?values\s*:\s*",
                                   re.IGNORECASE)
_RUN_IN_VALUE = re.compile(r"(?P<name>[A-Z][^–—.:;\n]{1,40}?)[ \t]+[–—-][ \t]+[^.\n]{3,240}\.[ \t]*")


def counted_run_in(ctx: Context) -> list[Statement]:
    """The names of as many "Name – description." sentences as the count after "N values:"."""
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used:
            continue
        for lead in _COUNTED_VALUES_COLON.finditer(ctx.text, block.start, block.end):
            count = count_of(lead.group("count")) or 0
            pos, spans = lead.end(), []
            for _ in range(count):
                entry = _RUN_IN_VALUE.match(ctx.text, pos, block.end)
                if entry is None:
                    break
                spans.append((entry.start("name"), entry.end("name")))
                pos = entry.end()
            if len(spans) == count:
                return _named_values(ctx, spans, "values-counted-run-in", 0.65)
    return []


# "iCARE – Communication, Attitude, Respect, and Environment": an acronym, then the words its
# capitals stand for (exam 33, after its run)
_ACRONYM_DASH = re.compile(r"[ \t]*(?P<acr>[a-z]?[A-Z]{3,8})[ \t]*[–—-][ \t]+(?P<list>[A-Z][^.\n]{5,200}?)\.?[ \t]*")


def acronym_words(ctx: Context) -> list[Statement]:
    """The words an acronym on its own line spells, when their initials are its capitals."""
    for block in ctx.blocks:
        if block.kind not in ("para", "heading"):
            continue
        line = _ACRONYM_DASH.fullmatch(ctx.text, block.start, block.end)
        if line is None:
            continue
        letters = "".join(ch for ch in line.group("acr") if ch.isupper())
        parts = _serial_parts(line.start("list"), ctx.text[line.start("list") : line.end("list")])
        names = [(a, b) for a, b in parts if ctx.text[a:b].strip()]
        if len(names) == len(letters) and all(ctx.text[a:b].strip()[:1].upper() == ch
                                              for (a, b), ch in zip(names, letters, strict=True)):
            return _named_values(ctx, names, "values-acronym-words", 0.7)
    return []


_LIST_END = re.compile(r"[.!?(]|(?<!&[nm]dash);")  # (an entity's semicolon ends nothing)
_SENTENCE_END = re.compile(r"[.!?(]")


def _listed(ctx: Context, index: int) -> list[Statement]:
    """The names after the first values lead in the block that gives a list of them ("Our vision
    and values are not changing. ... Our values remain Kind, Open and Together.": the second)."""
    block = ctx.blocks[index]
    for match in _INLINE.finditer(ctx.text, block.start, block.end):
        found = _listed_after(ctx, block, match)
        if found:
            return found
    return []


# how often the values are lived, after the last name: "... and responsibility all the time"
_ALWAYS_AFTER = re.compile(r"\s+(?:all\s+the\s+time|at\s+all\s+times|every\s+day|each\s+day|in\s+everything\s+we\s+do"
                           r"|in\s+all\s+(?:that\s+)?we\s+do)\b", re.IGNORECASE)


def _listed_after(ctx: Context, block: Block, match: re.Match[str]) -> list[Statement]:
    stopped = _STOPPED_NAMES.match(ctx.text, match.end(), block.end)
    if stopped:
        # "Our values are: Kind. Open. Brave." (each name a sentence of its own, round 33)
        names = [(m.start(1), m.end(1)) for m in _STOPPED_NAME.finditer(ctx.text, stopped.start(), stopped.end())]
        return _named_values(ctx, names, "values-stopped", 0.7)
    # (after "we value" the names may run on past semicolons: "A, B, and C; D over E; and F")
    valued = _WE_VALUE.match(ctx.text, match.start()) is not None
    begin = match.end()
    spelt = _SPELT_BY.match(ctx.text, begin, block.end)
    if spelt:
        begin = spelt.end()  # "Our values: iCARE – Communication, Attitude, ...": the names, not the word they spell
    end_char = (_SENTENCE_END if valued else _LIST_END).search(ctx.text, begin, block.end)
    stop = end_char.start() if end_char else block.end
    if ctx.text[match.start() : match.end()].rstrip()[-1:] in "–—;-":
        # "Our values—A, B, and C—are shown ...": the list runs to the closing dash (a spaced
        # hyphen too: "three core values - A, B and C - the strategy ...")
        closing = re.compile(r"[–—]|&[nm]dash;|\s-\s").search(ctx.text, begin, stop)
        if closing:
            stop = closing.start()
    clause = _CLAUSE.search(ctx.text, begin, stop)
    if clause:
        stop = clause.start()
    verb = _VERB_AFTER.search(ctx.text, begin, stop)
    if verb:
        stop = verb.start()  # "Our values of openness, respect and teamwork guide everything ..."
    always = _ALWAYS_AFTER.search(ctx.text, begin, stop)
    if always:
        stop = always.start()  # "... living our values of respect, compassion, and responsibility all the time." (exam 148)
    segment = ctx.text[begin : stop]
    commas = [part for part in re.split(r"\s*,\s*", segment.strip()) if part]
    if _SERIAL.search(segment) or len(commas) >= 3 and all(len(re.findall(r"\s(?:and|&)\s", part)) == 1 for part in commas):
        # (or "to be genuine and self-aware, respectful and collaborative, reflective and curious":
        # every comma's part a pair, no serial "and": the pairs are the names; exam 93)
        # "A and B, C and D, and E and F": with a serial comma the commas separate the names,
        # and "and" inside a name ("Care and Compassion") stays
        parts = _serial_parts(begin, segment)
    else:
        parts = _parts(begin, stop, segment)
    names = _confirmed(ctx, [(s, e) for s, e in parts if ctx.text[s:e].strip()])
    if names:
        to_be = _TO_BE.match(ctx.text, names[0][0], names[0][1])
        if to_be is None and re.search(r"\bof\s*$", ctx.text[match.start() : match.end()]):
            to_be = _BEING.match(ctx.text, names[0][0], names[0][1])  # "our values of being Respectful, ..." (exam 215)
        if to_be and to_be.end() < names[0][1]:
            names[0] = (to_be.end(), names[0][1])
    # ("Compassion, a positive Attitude, Respect and Equality": the article is not the name's)
    names = [(article.end(), e) if (article := _ARTICLE.match(ctx.text, s, e)) and article.end() < e else (s, e)
             for s, e in names]
    # (a valued way of working may take more words: "Listening over always knowing best")
    if len(names) < 2 or any(len(ctx.text[s:e].split()) > (6 if valued else 4) for s, e in names):
        return []
    # ("... our values of working together, working with integrity and being people driven": a
    # later name may open on "being"; the first may not: "Our values are being refreshed, ...")
    if any(_PREDICATE.match(ctx.text, s, e) and (k == 0 or not ctx.text[s:e].lower().startswith("being "))
           for k, (s, e) in enumerate(names[:1] if valued else names)):
        return []
    # (or all in lower case, a word or two each: "We value leadership, innovation, caring, ... and integrity.")
    plain = all(ctx.text[s].islower() and len(ctx.text[s:e].split()) <= 2 for s, e in names)
    if valued and (len(names) < 3 or any(not (ctx.text[s].isupper() or plain) or _NOT_NAME.search(ctx.text, s, e)
                                         for s, e in names)):
        return []  # (three capitalised names or more, none about "we": not "we value Patients, Staff and the Community we serve")
    return _named_values(ctx, names, "values-sentence", 0.7)


# the word a list's initials spell, before the list: "iCARE – ", "PRIDE: " (a real page)
_SPELT_BY = re.compile(r"[ \t]*(?:[a-z]?[A-Z]{3,8}|[A-Z][a-z][A-Z]{2,7})[ \t]*(?:[:–—]|&[nm]dash;|-(?=\s))[ \t]*(?=[A-Z])")
# The verb after the names: "Our values of A, B and C guide everything we do" (round 32)
_VERB_AFTER = re.compile(r"\s+(?:guide|underpin|shape|drive|inform|sit|run|help|remain|lie|mean|define|"
                         r"describe|reflect)s?\b"
                         # "The trust's values of A, B and C were well understood" (round 38)
                         r"|\s+(?:were|was|are|is)\s+(?:well|widely|clearly|not|being|embedded|understood|known|at)\b"
                         # "Our values of A, B and C are demonstrated daily" (exam 109, after its run)
                         r"|\s+(?:were|are)\s+(?:\w+ly\s+)?(?:demonstrated|shown|lived|shared|seen|reflected|embodied|evident)\b"
                         # "... values of A, B, and C, and built around three aims" (exam 112, after its run)
                         r"|,?\s+and\s+(?:built|based|centred|centered|organised|structured)\s+(?:around|on|upon)\b"
                         # "We live our values of respect, compassion and inclusion in everything we do" (round 39)
                         r"|\s+in\s+(?:everything|all\s+(?:that\s+)?we|all\s+our|every\s+\w+)\b",
                         re.IGNORECASE)
# an annual report's officers after its values, when its pages are copied as lines: "Trustees &
# Patrons", "Chief Executive", "Directors:" (exam 126, after its run)
_OFFICERS = re.compile(r"\s*(?:(?:our|the|board\s+of|life|honorary)\s+)?(?:trustees|patrons?|president|vice[- ]president|chairman"
                       r"|chair|chief\s+executive|directors|board\s+members|governors|senior\s+team|contents|contact(?:\s+us)?)"
                       r"\b(?:\s*(?:&|and)\s*(?:patrons?|trustees|directors|governors))?\s*:?\s*$", re.IGNORECASE)
_STOPPED_NAME = re.compile(r"(?:\*\*|__)?([A-Z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*){0,2})\.(?:\*\*|__)?[ \t]*")
_STOPPED_NAMES = re.compile(r"[ \t]*(?:\*\*|__)?(?:[A-Z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*){0,2}\.(?:\*\*|__)?[ \t]*){2,8}$")
_SERIAL = re.compile(r",\s*(?:and|&)\s+\S")

# "We will always be patient-centred, fair, collaborative, accountable and empowered" right under
# the values heading: the values, named as what "we" are
# ("We will always be: professional, compassionate, respectful and safe.", dev set 7)
_WE_BE = re.compile(r"\s*we\s+(?:will\s+)?(?:always\s+)?(?:be|are)(?:\s*:)?\s+(?=\S)", re.IGNORECASE)

# The verb before a list of what "we" are, anywhere in the sentence: "... we are", "... by
# being", "... aim to be", "... strive to be"
_BE_LEAD = re.compile(r"\b(?:we\s+(?:will\s+)?(?:always\s+)?(?:be|are)|being|to\s+be|we['’]re)\s+(?=\S)",
                      re.IGNORECASE)


def we_be_line(ctx: Context, index: int) -> list[Statement]:
    """The values named in a "We will always be A, B, C and D" line under the values heading
    (the same heading written twice is skipped); the short titles and items after it, up to the
    next longer heading, are what the values mean (behaviours, not commitments)."""
    blocks = ctx.blocks
    heading = fold_name(ctx.content(index))
    k = index + 1
    while k < len(blocks) and k <= index + 2 and fold_name(ctx.content(k)) == heading:
        k += 1
    if k < len(blocks) and _OTHERS_VALUES.search(ctx.content(k)):
        return []  # the partners' values, not the partnership's own (round 39)
    if k >= len(blocks) or blocks[k].kind == "item" or k in ctx.used:
        return []
    found = _we_be_names(ctx, k)
    if not found:
        return []
    ctx.used.update(range(index + 1, k + 1))
    j = k + 1
    while j < len(blocks) and (blocks[j].kind == "item" or blocks[j].kind == "heading"
                               and len(ctx.content(j).split()) <= 3
                               and role_of(ctx, j) is None):
        ctx.used.add(j)
        j += 1
    return found


def _we_be_names(ctx: Context, k: int) -> list[Statement]:
    """The three or more short names of a line that is one "We (will) (always) be A, B and C"
    sentence; none for any other line."""
    block = ctx.blocks[k]
    if block.kind == "item":
        return []
    lead = _WE_BE.match(ctx.text, block.start, block.end)
    if lead is None:
        # the same list after a lead-in in the line's one sentence: "Whatever our role,
        # everything we do is guided by being fair, open, brave and caring."
        leads = list(_BE_LEAD.finditer(ctx.text, block.start, block.end))
        lead = leads[-1] if leads else None
    end = block.end
    aside = _DASHED_ASIDE.search(ctx.text, lead.end(), block.end) if lead is not None else None
    if aside is not None:
        end = aside.start()  # "We are caring, ambitious and inclusive – these values guide us ..." (exam 171)
    if lead is None or any(c in ctx.text[lead.end() : end].rstrip(" .") for c in ".;:!?"):
        return []
    stop = block.start + len(ctx.text[block.start : end].rstrip(" ."))
    parts = [(s, e) for s, e in _parts(lead.end(), stop, ctx.text[lead.end() : stop])
             if ctx.text[s:e].strip()]
    if len(parts) < 3 or any(len(ctx.text[s:e].split()) > 3 or _NOT_NAME.search(ctx.text[s:e])
                             for s, e in parts):
        return []
    found = _named_values(ctx, parts, "values-we-be", 0.65)
    return found if len(found) >= 3 else []


# the dash after a line's names that turns to what they do: " – these values guide us ..."
_DASHED_ASIDE = re.compile(r"\s+[–—-]\s+(?:these|they|our\s+values)\b", re.IGNORECASE)
_ARE_LIST = re.compile(r"\bwe\s+(?:(?:ensure|make\s+sure)\s+(?:that\s+)?we\s+)?(?:always\s+)?are\s+(?=\S)",
                       re.IGNORECASE)
_VALUES_BACK = re.compile(r"\s*(?:our|these|the)\s+(?:[\w-]+\s+){0,2}values\s+(?:were|are|have|was)\b",
                          re.IGNORECASE)


# (not a plain "We are": "We are looking for nurses, midwives and porters" after "If you share
# our values, ...", "We are based in A, B and C")
_WE_WILL_BE = re.compile(r"\s*we\s+(?:will\s+(?:always\s+)?be|always\s+(?:be|are))\b", re.IGNORECASE)
_VALUES_MENTION = re.compile(r"\b(?:our|the)\s+(?:[\w’'-]+\s+){0,2}values\b(?!\s+(?:of|for)\s+(?:the|our)\s+(?:nhs|council|partners?)\b)",
                             re.IGNORECASE)


def named_before_mention(ctx: Context) -> list[Statement]:
    """"... we ensure that we are welcoming, respectful, reassuring and communicative. Our
    values were chosen by our patients and staff ...": the sentence just before the one that
    speaks of "our values" names them (three or more short words after "we are"); or the "We
    will always be: A, B and C." line right after a paragraph that speaks of them."""
    for k, block in enumerate(ctx.blocks):
        if block.kind == "para" and k not in ctx.used and k and ctx.blocks[k - 1].kind == "para" \
                and _VALUES_MENTION.search(ctx.content(k - 1)) and _WE_WILL_BE.match(ctx.content(k)):
            # "Underpinning all of this are our Trust values ..." / "We will always be:
            # professional, compassionate, respectful and safe.": the line after names them (dev set 7)
            said = _we_be_names(ctx, k)
            if said:
                ctx.used.add(k)
                return said
        # (a paragraph already read, as under "Our commitment to patients", may still name them:
        # the sentence pair is specific enough; exam 178)
        if block.kind != "para" or "values" not in ctx.content(k).lower():
            continue
        sentences = ctx.sentences(block.start, block.end)
        for (s, e), (s2, e2) in zip(sentences, sentences[1:], strict=False):
            if not _VALUES_BACK.match(ctx.text, s2, e2):
                continue
            leads = list(_ARE_LIST.finditer(ctx.text, s, e))
            if not leads:
                continue
            lead = leads[-1]  # the last "we are" of the sentence
            stop = s + len(ctx.text[s:e].rstrip(" ."))
            if any(c in ctx.text[lead.end() : stop] for c in ".;:!?"):
                continue
            parts = [(a, b) for a, b in _parts(lead.end(), stop, ctx.text[lead.end() : stop])
                     if ctx.text[a:b].strip()]
            if len(parts) < 3 or any(len(ctx.text[a:b].split()) > 2 or _NOT_NAME.search(ctx.text[a:b])
                                     for a, b in parts):
                continue
            found = [v for a, b in parts
                     if (v := ctx.statement("value", a, b, "values-named-before", 0.6, strip=".,"))]
            if len(found) >= 3:
                return found
    return []


def _parts(offset: int, stop: int, segment: str) -> list[tuple[int, int]]:
    """"A, B and C" split at commas and at the first "and" (the list ends at C); "&" inside
    the last name stays ("Working Together and Listening & Leading")."""
    parts: list[tuple[int, int]] = []
    cursor = offset
    last = False
    for sep in _SPLIT.finditer(segment):
        if sep.group(0).strip() == "and" and segment[sep.end() : sep.end() + 1].islower() \
                and segment[cursor - offset : cursor - offset + 1].isupper():
            continue  # "A, B, Sharing and open and Together": "and" inside the capitalised name
        if sep.group(0).strip() == "&" and not parts and re.match(r"[^,;]{1,40},", segment[sep.end():]):
            continue  # "hope & courage, succeeding together, ...": the first name holds its "&"
        parts.append((cursor, offset + sep.start()))
        cursor = offset + sep.end()
        if re.search(r"\band\b|&", sep.group(0)):
            last = True  # "A, B and C, the new strategy ...": the list ends at C
            break
    if last:
        rest = _SPLIT.search(segment, cursor - offset)
        while rest is not None and rest.group(0).strip() == "&":
            rest = _SPLIT.search(segment, rest.end())
        parts.append((cursor, offset + rest.start() if rest else stop))
    else:
        parts.append((cursor, stop))
    return parts


def _serial_parts(offset: int, segment: str) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    cursor = offset
    for sep in re.finditer(r"\s*,\s*(?:(?:and|&)\s+)?|\s*;\s*(?:(?:and|&)\s+)?", segment):
        parts.append((cursor, offset + sep.start()))
        cursor = offset + sep.end()
    parts.append((cursor, offset + len(segment.rstrip())))
    return parts


def _line_names(ctx: Context) -> set[str]:
    """Every short block's text, as a name could be written on a line of its own."""
    return {fold_name(ctx.content(k)) for k in range(len(ctx.blocks))
            if len(ctx.content(k).split()) <= 8}


def _confirmed(ctx: Context, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent parts joined where the page writes the joined name on a line of its own
    ("Openness, Honesty and Responsibility" as a table row or heading)."""
    if len(parts) < 3:
        return parts
    lines = _line_names(ctx)
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        best = i
        for j in range(min(len(parts) - 1, i + 3), i, -1):
            if fold_name(ctx.text[parts[i][0] : parts[j][1]]) in lines:
                best = j
                break
        merged.append((parts[i][0], parts[best][1]))
        i = best + 1
    return merged


__all__ = ["from_section", "inline", "body_end"]


_MENTION = re.compile(r"\bour\s+(?:[\w’'-]+\s+){0,2}values\s*[.:]?\s*$", re.IGNORECASE)


_OPENS_ON_VALUES = re.compile(r"\s*our\s+(?:[\w-]+\s+){0,2}values\s+(?:were|are|have|guide|underpin)\b", re.IGNORECASE)


# the page's next part after the values' titles ("Contact us", "Find out more", "Related links")
_PAGE_PART_TITLE = re.compile(r"\b(?:contact(?:\s+us)?|find\s+out|read\s+more|news|downloads?|related|links?|follow\s+us|share\s+this"
                              r"|get\s+in\s+touch|cookies?)\b", re.IGNORECASE)


def after_mention(ctx: Context) -> list[Statement]:
    """"... we will achieve this through our CARES values." and then short titles, each over a
    paragraph ("Communication -" / "We recognise ..."), two or more: the values, described."""
    blocks = ctx.blocks
    for index, block in enumerate(blocks):
        if block.kind != "para" or index in ctx.used:
            continue
        sentences = ctx.sentences(block.start, block.end)
        # ("Our values were developed wholly by our staff and guide everything that we do ..."
        # over "We care and are kind" / its paragraph, a real trust's page)
        opens = _OPENS_ON_VALUES.match(ctx.text, block.start, block.end) is not None and len(sentences) == 1
        if not sentences or not (opens or _MENTION.search(ctx.text, sentences[-1][0], sentences[-1][1])):
            continue
        children: list[int] = []
        k = index + 1
        while k + 1 < len(blocks) and blocks[k].kind == "heading" and k not in ctx.used \
                and len(ctx.content(k).strip(" -–—:").split()) <= (5 if opens else 4) \
                and blocks[k + 1].kind == "para" and not _PAGE_PART_TITLE.search(ctx.content(k)):
            children.append(k)
            k += 2
            if opens and k < len(blocks) and blocks[k].kind == "para" and not blocks[k].blank_before:
                k += 1  # (a second line of the title's text: "We are constantly seeking to improve.")
        if len(children) >= 2:
            return from_section(ctx, Section(index, k, "values", children=children))
        if opens:
            # "Our values were refreshed in 2023 ..." over "RespectWe treat everyone ..." lines (an
            # annual report's transcript, round 59)
            glued = _glued_entries(ctx, Section(index, min(len(blocks), index + 12), "values"))
            if glued:
                return glued
    return []


# "We build TRUST" / "We EMPOWER people": a "We ..." line stressing one capitalised word
_CAPS_TITLE = re.compile(r"\s*[Ww]e\s+(?:[a-z]+\s+)?[A-Z]{3,}\b(?:\s+[\w’'-]+){0,2}\s*$")
_BEHAVIOUR_START = re.compile(r"\s*(?:by|to|in|and|doing|being)\b")


def caps_titles(ctx: Context) -> list[Statement]:
    """Two or more "We build TRUST" lines, each over lower-case "by ..." bullets: the values,
    the bullets their behaviours (a page whose values section has no heading of its own)."""
    blocks = ctx.blocks
    children: list[int] = []
    for index, block in enumerate(blocks[:-1]):
        if block.kind == "item" or index in ctx.used:
            continue
        nxt = blocks[index + 1]
        if nxt.kind == "item" and _CAPS_TITLE.fullmatch(ctx.content(index)) \
                and _BEHAVIOUR_START.match(ctx.content(index + 1)):
            children.append(index)
    if len(children) < 2:
        return []
    values: list[Statement] = []
    for child in children:
        block = blocks[child]
        value = ctx.statement("value", block.start, block.end, "values-caps-title", 0.7)
        if value is None:
            continue
        ctx.used.add(child)
        _item_behaviours(ctx, value, child + 1)
        values.append(value)
    return values


# "We create an environment where we are always LISTENING to patients, ...": one word in
# capitals after "we" stresses the value the paragraph describes
_STRESSED_WORD = re.compile(r"\b[Ww]e\s+(?:[a-z]+\s+){0,3}(?P<name>[A-Z]{5,})\b")


def stressed_in_paragraphs(ctx: Context) -> list[Statement]:
    """Three or more paragraphs in a row, each a "we" sentence that writes one word in
    capitals ("We are always LEARNING and acting on what we hear, ...", "... we are LEADING by
    example"): the words are the values, the paragraphs their descriptions (dev set 8)."""
    def stressed(index: int) -> re.Match[str] | None:
        if ctx.blocks[index].kind != "para":
            return None
        content = ctx.content(index)
        found = list(_STRESSED_WORD.finditer(content))
        return found[0] if len(found) == 1 and len(re.findall(r"\b[A-Z]{5,}\b", content)) == 1 else None

    return _named_by_run(ctx, _first_run(ctx, stressed), "values-stressed-word")


def _first_run(ctx: Context, matched: Callable[[int], re.Match[str] | None],
               least: int = 3) -> list[tuple[int, re.Match[str]]]:
    """The first run of ``least`` or more free blocks in a row that ``matched`` accepts, with
    each block's match (made on its content), or nothing."""
    run: list[tuple[int, re.Match[str]]] = []
    for index in range(len(ctx.blocks) + 1):
        match = matched(index) if index < len(ctx.blocks) and index not in ctx.used else None
        if match is not None:
            run.append((index, match))
            continue
        if len(run) >= least:
            return run
        run = []
    return []


def _named_by_run(ctx: Context, run: list[tuple[int, re.Match[str]]], rule: str) -> list[Statement]:
    """A value per block of ``run``, named by its match's "name" group, the block its
    description."""
    values: list[Statement] = []
    for index, match in run:
        block = ctx.blocks[index]
        value = ctx.statement("value", block.start + match.start("name"), block.start + match.end("name"), rule, 0.6)
        if value is None:
            continue
        value.description = ctx.span(block.start, block.end)
        ctx.used.add(index)
        values.append(value)
    return values


# "We will" / "We will not" / "We are" alone over a list of behaviours
_BEHAVIOUR_LIST_LEAD = re.compile(
    r"\s*(?:we\s+will(?:\s+not)?|we\s+won['’]t|we\s+(?:are|do|don['’]t|believe|behave)"
    r"|i\s+will(?:\s+not)?)\s*:?\s*",
    re.IGNORECASE,
)
# (not a plain "We are": "We are looking for nurses, midwives and porters" after "If you share
# our values, ...", "We are based in A, B and C")
_WE_WILL_BE = re.compile(r"\s*we\s+(?:will\s+(?:always\s+)?be|always\s+(?:be|are))\b", re.IGNORECASE)
_VALUES_MENTION = re.compile(r"\b(?:our|the|these)\s+(?:[\w-]+\s+){0,2}values\b", re.IGNORECASE)


def behaviour_titles(ctx: Context) -> list[Statement]:
    """Short titles, each over an optional line of description and a bare "We will" (or "We
    are") over a list, two or more, right after a paragraph about "our values": the values (a
    page whose values heading was lost), the lists their behaviours, not commitments."""
    blocks = ctx.blocks
    if any(blocks[k].kind == "heading" and role_of(ctx, k) == "values" for k in range(len(blocks))):
        return []  # the values section says which titles are values
    groups: list[tuple[int, list[int], list[int]]] = []  # (title, description blocks, leads)
    for k, block in enumerate(blocks):
        if block.kind != "heading" or block.label or k in ctx.used or not _short_title(ctx, k):
            continue
        if groups and k != _group_end(ctx, groups[-1]):
            break  # the titles follow one another; anything else between ends the run
        between: list[int] = []
        j = k + 1
        while j < len(blocks) and len(between) < 2 and blocks[j].kind in ("para", "heading") \
                and not _BEHAVIOUR_LIST_LEAD.fullmatch(ctx.content(j)) \
                and role_of(ctx, j) is None and not ctx.is_lead_in(j):
            between.append(j)
            j += 1
        if j + 1 < len(blocks) and _BEHAVIOUR_LIST_LEAD.fullmatch(ctx.content(j)) \
                and blocks[j + 1].kind == "item":
            groups.append((k, between, [j]))
    if len(groups) < 2:
        return []
    first = groups[0][0]
    we_are = all(_WE_ARE_DOTS.match(ctx.content(g[0])) for g in groups)
    if not we_are and not any(blocks[m].kind == "para" and _VALUES_MENTION.search(ctx.content(m))
                              for m in range(max(0, first - 3), first)):
        return []  # (titles that say "We are..." need no paragraph about values before them; exam 194)
    values: list[Statement] = []
    stops = [g[0] for g in groups[1:]] + [len(blocks)]
    for (title, between, _leads), stop in zip(groups, stops, strict=True):
        lead = _WE_ARE_DOTS.match(ctx.text, blocks[title].start, blocks[title].end)
        value = ctx.statement("value", lead.end() if lead else blocks[title].start, blocks[title].end,
                              "values-behaviour-title", 0.7, strip=":–—-")
        if value is None:
            continue
        ctx.used.add(title)
        ctx.used.update(between)
        if between:
            value.description = ctx.span(blocks[between[0]].start, blocks[between[0]].end)
        k = (between[-1] if between else title) + 1
        while k < stop and (blocks[k].kind == "item"
                            or _BEHAVIOUR_LIST_LEAD.fullmatch(ctx.content(k))):
            ctx.used.add(k)
            if blocks[k].kind == "item":
                behaviour = _behaviour(ctx, k)
                if behaviour is not None:
                    value.statements.append(behaviour)
            k += 1
        values.append(value)
    return values


# "Welcoming icon Behaviours": a value's card, its picture's label and the word over its list run
# into one title line
_ICON_BEHAVIOURS = re.compile(r"\s*(?P<name>[A-Z][\w’'-]*(?:\s+[\w’'&-]+){0,3}?)\s+(?:icon|logo|image|graphic)"
                              r"\s+behaviou?rs\s*:?\s*", re.IGNORECASE)


def icon_behaviour_titles(ctx: Context) -> list[Statement]:
    """Two or more "<Name> icon Behaviours" titles, each over its list: the values, named by
    the words before the picture's label, the lists their behaviours (exam 156)."""
    titles = [(k, match) for k, block in enumerate(ctx.blocks)
              if block.kind == "heading" and k not in ctx.used and ctx.items_after(k)
              and (match := _ICON_BEHAVIOURS.fullmatch(ctx.text, block.start, block.end))]
    if len(titles) < 2:
        return []
    values: list[Statement] = []
    for k, match in titles:
        value = ctx.statement("value", match.start("name"), match.end("name"), "values-icon-behaviours", 0.7)
        if value is None:
            continue
        ctx.used.add(k)
        for j in ctx.items_after(k):
            ctx.used.add(j)
            behaviour = _behaviour(ctx, j)
            if behaviour is not None:
                value.statements.append(behaviour)
        values.append(value)
    return values


_PERKS = re.compile(r"\b(?:benefits|rewards|perks|offer|pay|pension)\b", re.IGNORECASE)
_COLON_TITLE = re.compile(r"\s*(?P<name>[A-Z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,5})\s*:\s*")


def colon_titles(ctx: Context) -> list[Statement]:
    """Three or more "Being Caring and Compassionate:" lines, each over one paragraph that says
    what it means, right under a heading that names the values ("Our Values and Objectives"):
    the values, with their paragraphs as descriptions (dev set 15)."""
    blocks = ctx.blocks
    for index, block in enumerate(blocks):
        if block.kind != "heading" or role_of(ctx, index) not in ("values", "mixed") \
                or "values" not in ctx.content(index).lower() or _PERKS.search(ctx.content(index)):
            continue  # (not "Values-based recruitment" over an application's steps, nor "Our values and benefits")
        pairs: list[tuple[int, re.Match[str]]] = []
        k = index + 1
        while k + 1 < len(blocks) and k not in ctx.used:
            match = _COLON_TITLE.fullmatch(ctx.content(k))
            if match is None or blocks[k].kind != "para" or blocks[k + 1].kind != "para" or k + 1 in ctx.used \
                    or _COLON_TITLE.fullmatch(ctx.content(k + 1)) \
                    or ctx.content(k + 1).rstrip().endswith(":"):
                break
            pairs.append((k, match))
            k += 2
        if len(pairs) < 3:
            continue
        values: list[Statement] = []
        for k, match in pairs:
            start = blocks[k].start + ctx.text[blocks[k].start : blocks[k].end].find(match.group("name"))
            value = ctx.statement("value", start, start + len(match.group("name")), "values-colon-title", 0.65)
            if value is None:
                continue
            value.description = ctx.span(blocks[k + 1].start, blocks[k + 1].end)
            ctx.used.update((k, k + 1))
            values.append(value)
        return values
    return []


_I_AM_BECAUSE = re.compile(r"\s*I\s+am\s+(?P<name>[a-z][\w-]+)\s+because\b")


def i_am_because(ctx: Context) -> list[Statement]:
    """Three or more paragraphs in a row, each "I am respectful because I listen to others ...":
    the values in a colleague's own words, named by the word after "I am" (dev set 19)."""
    if not re.search(r"\bvalues\b", ctx.text, re.IGNORECASE):
        return []  # (staff testimonials, "I am proud because ...", on a page that names no values)
    run = _first_run(ctx, lambda index: _I_AM_BECAUSE.match(ctx.content(index))
                     if ctx.blocks[index].kind in ("para", "item") else None)
    return _named_by_run(ctx, run, "values-i-am-because")


def dash_titles_over_leads(ctx: Context) -> list[Statement]:
    """Two or more "Name – what it means" lines in a row, each over bare "We Believe" / "We
    Behave" (or "We will", "We are") lines over lists, on a page with a values heading: the
    values (their heading stood over an acronym or a link line), the lists their behaviours."""
    blocks = ctx.blocks
    if not any((role := role_of(ctx, k)) == "values" or role == "mixed" and "values" in ctx.content(k).lower()
               for k in range(len(blocks))):
        return []  # (a "Vision and Values" page heading will do: exam 182)
    values: list[Statement] = []
    spans: list[range] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        split = split_name(ctx.text, block.start, block.end, 4) if block.kind != "item" else None
        lead = k + 2 < len(blocks) and _BEHAVIOUR_LIST_LEAD.fullmatch(ctx.content(k + 1)) \
            and blocks[k + 2].kind == "item"
        if k in ctx.used or split is None or split[2] != 0 or not lead \
                or ctx.text[split[0] : split[1]].strip() not in ("–", "—", "-") \
                or not ctx.content(k)[:1].isupper() \
                or _NOT_NAME.search(ctx.text[block.start : split[0]]):
            if values:
                break  # the titles follow one another; anything else ends the run
            k += 1
            continue
        j = k + 1
        while j < len(blocks) and (blocks[j].kind == "item"
                                   or _BEHAVIOUR_LIST_LEAD.fullmatch(ctx.content(j))):
            j += 1
        value = ctx.statement("value", block.start, split[0], "values-dash-title-leads", 0.7)
        if value is not None:
            value.description = ctx.span(split[1], block.end)
            value.statements = [b for m in range(k + 1, j) if blocks[m].kind == "item"
                                and (b := _behaviour(ctx, m)) is not None]
            values.append(value)
            spans.append(range(k, j))
        k = j
    if len(values) < 2:
        return []
    for span in spans:
        ctx.used.update(span)
    return values


def _group_end(ctx: Context, group: tuple[int, list[int], list[int]]) -> int:
    """The block after a title's description and lists ("We will" / items / "We will not" / items)."""
    title, between, _leads = group
    k = (between[-1] if between else title) + 1
    while k < len(ctx.blocks) and (ctx.blocks[k].kind == "item"
                                   or _BEHAVIOUR_LIST_LEAD.fullmatch(ctx.content(k))):
        k += 1
    return k


def _short_title(ctx: Context, index: int) -> bool:
    content = ctx.content(index).strip()
    we_are = _WE_ARE_DOTS.match(content)
    if we_are is not None:
        content = content[we_are.end():]  # "We are...Compassionate": the value after the dots
    return 0 < len(content.split()) <= 5 and content[:1].isupper() \
        and not _NOT_NAME.search(content) and role_of(ctx, index) is None


# "We are...Compassionate" / "We are… Respectful and inclusive" over "We will:": a value's title
_WE_ARE_DOTS = re.compile(r"\s*we\s+are\s*(?:\.{2,3}|…)\s*(?=\S)", re.IGNORECASE)


# "We listen and learn: we believe everybody has good ideas ..." (a value, then what it means)
_WE_COLON = re.compile(r"\s*(?P<name>We\s+[^:.;!?]{3,50}?)\s*:\s+(?=[a-z])")


def we_colon_lines(ctx: Context) -> list[Statement]:
    """Four or more lines in a row, each "We <value>: <what it means>", on a page with no values
    otherwise: the values (a values list whose heading did not survive the copy)."""
    blocks = ctx.blocks
    k = 0
    while k < len(blocks):
        run = k
        while run < len(blocks) and run not in ctx.used and blocks[run].kind in ("para", "item") \
                and _WE_COLON.match(ctx.content(run)):
            run += 1
        if run - k >= 4:
            values = []
            for j in range(k, run):
                match = _WE_COLON.match(ctx.content(j))
                assert match is not None
                start = blocks[j].start
                value = ctx.statement("value", start + match.start("name"),
                                      start + match.end("name"), "values-we-colon", 0.6)
                if value is None:
                    continue
                value.description = ctx.span(start + match.end(), blocks[j].end)
                ctx.used.add(j)
                values.append(value)
            return values
        k = run + 1
    return []



def quiet_descriptions(ctx: Context, section: Section) -> None:
    """Under a values heading where no value was named (their titles were icons), a run of four
    or more short paragraphs (one or two sentences each) is the values' descriptions, one a
    value: their "We will always be friendly ..." sentences say how staff behave, not what the
    organisation commits to. Longer prose there, a pledge ("We're committed to ...") and a
    lead-in over a list are left to the commitments."""
    run: list[int] = []
    for k in range(section.heading + 1, section.end + 1):
        if k < section.end and _short_description(ctx, k):
            run.append(k)
            continue
        if len(run) >= 4:
            ctx.used.update(run)
        run = []


def _short_description(ctx: Context, k: int) -> bool:
    block = ctx.blocks[k]
    return k not in ctx.used and block.kind == "para" and not ctx.is_lead_in(k) \
        and not _COMMITTED.match(ctx.content(k)) and len(ctx.content(k).split()) <= 40 \
        and len(ctx.sentences(block.start, block.end)) <= 2


_WE_START = re.compile(r"\s*we(?:\s|['’]re\s)", re.IGNORECASE)


def _unnamed_behaviours(ctx: Context, section: Section) -> bool:
    """Six or more bullets under a values heading, every one a "We ..." sentence of five words
    or more, seven on average ("We actively listen to what people need and proactively offer
    our support"), and no title among them: the behaviours of values whose names were only in
    a picture (a caption at most over them, no title between them). Neither value names nor
    commitments: taken here, and no value is returned."""
    items = [k for k in range(section.heading + 1, section.end) if ctx.blocks[k].kind == "item"]
    if len(items) < 6 or items[-1] - items[0] + 1 != len(items) \
            or items[0] > section.heading + 3 and not _values_lead_over(ctx, items[0] - 1) \
            or any(k in ctx.used or ctx.blocks[k].depth != 0 for k in items):
        return False  # (one run of bullets, at most a caption or a sentence over it)
    words = [len(ctx.content(k).split()) for k in items]
    groups = _group_sizes(ctx, items)
    if items[0] == section.heading + 1 and items[-1] == section.end - 1 and min(words) >= 2 \
            and len(groups) >= 3 and min(groups) >= 2:
        # three or more groups, a gap between groups and nothing else under the heading, whatever
        # their openings ("Caring for our patients ..." / "Championing equality and diversity"):
        # the groups' names were pictures too (exam 135, after its run)
        ctx.used.update(items)
        return True
    if not all(_WE_START.match(ctx.content(k)) for k in items):
        return False
    if items[0] == section.heading + 1 and not _picture_groups(ctx, items) and len(items) <= 8 \
            and _punctuated_alike(ctx, items) \
            and not any(ctx.blocks[k].kind == "heading" for k in range(items[-1] + 1, min(section.end, items[-1] + 2))):
        return False  # ("Our Values" right over one run of six "We respect the individuality of
        # each person ..." sentences: a hospice's values, stated as sentences; a real page; or six
        # lower-case "we are caring and compassionate" entries punctuated as one sentence, exam 212)
    if (min(words) < 5 or sum(words) < 7 * len(items)) and not (
            min(words) >= 4 and _picture_groups(ctx, items)):
        return False
    ctx.used.update(items)
    return True


def _punctuated_alike(ctx: Context, items: list[int]) -> bool:
    """Every entry a sentence with its stop, or the run written as one sentence (no stop but
    after the last): a list stated as the values, not behaviours clipped from a picture."""
    stops = [ctx.content(k).rstrip().endswith(".") for k in items]
    return all(stops) or stops[-1] and not any(stops[:-1])


def _behaviour_group_after(ctx: Context, k: int, values: list[Statement]) -> bool:
    """A second list right after the value names, apart from it only by the gap between two
    lists, every entry a "We ..." sentence: the behaviours, not more values (round 29). Taken."""
    if len(values) < 2 or not ctx.blocks[k].blank_before \
            or any(_WE_START.match(v.text) for v in values):
        return False
    group = [k]
    while group[-1] + 1 < len(ctx.blocks) and ctx.blocks[group[-1] + 1].kind == "item" \
            and not ctx.blocks[group[-1] + 1].blank_before:
        group.append(group[-1] + 1)
    top = [j for j in group if ctx.blocks[j].depth == ctx.blocks[k].depth]
    if len(top) < 2 or not all(_WE_START.match(ctx.content(j)) for j in top):
        return False
    ctx.used.update(group)
    return True


def _values_lead_over(ctx: Context, index: int) -> bool:
    """"Our values and behaviours are:" right over the bullets (after a few paragraphs)."""
    return ctx.blocks[index].kind == "para" and ctx.is_lead_in(index) \
        and bool(_NAMES_VALUES.search(ctx.last_sentence(index)))


def _group_sizes(ctx: Context, items: list[int]) -> list[int]:
    """How many bullets each group holds, the groups apart only by blank lines."""
    groups: list[int] = []
    for k in items:
        if not groups or ctx.blocks[k].blank_before:
            groups.append(0)
        groups[-1] += 1
    return groups


def _picture_groups(ctx: Context, items: list[int]) -> bool:
    """The bullets fall into two or more groups of two or more, apart only by blank lines
    (each group's title was a picture, round 28): every group a value's behaviours."""
    groups = _group_sizes(ctx, items)
    return len(groups) >= 2 and min(groups) >= 2


_VALUES_APPLIED = re.compile(r"\bvalues\b[^.:;]{0,40}\b(?:are|were|will\s+be)\s+(?:\w+\s+)?(?:embedded|used|applied|built|reflected"
                             r"|woven|integrated|included)\s+(?:in|into|through|across)\b", re.IGNORECASE)
_MORE_VALUES_LEAD = re.compile(r"\bvalues\b[^:]*:\s*$", re.IGNORECASE)


def _second_lead_titles(ctx: Context, end: int) -> list[Statement]:
    """After the counted titles ("Our three core values are:" over three), a second lead-in
    that names values ("The following values help us achieve our aim:") over more titles,
    each over its paragraph: those are values too."""
    blocks = ctx.blocks
    lead = end - 1
    if lead < 0 or blocks[lead].kind != "para" or not ctx.is_lead_in(lead) \
            or not _MORE_VALUES_LEAD.search(ctx.content(lead)) \
            or _BEHAVIOURS_LEAD.search(ctx.content(lead)):
        return []
    found: list[Statement] = []
    j = end
    while j < len(blocks) and j not in ctx.used and blocks[j].kind == "heading" \
            and role_of(ctx, j) is None and title_like(ctx.content(j)) \
            and len(ctx.content(j).split()) <= 8:
        value = _value(ctx, blocks[j].start, blocks[j].end, "values-second-lead")
        if value is None:
            break
        ctx.used.add(j)
        if j + 1 < len(blocks) and blocks[j + 1].kind == "para" and j + 1 not in ctx.used:
            value.description = ctx.span(blocks[j + 1].start, blocks[j + 1].end)
            ctx.used.add(j + 1)
            j += 1
        found.append(value)
        j += 1
    return found


def counted_titles(ctx: Context) -> list[Statement]:
    """"We have 5 important values which describe how we ..." and then short titles, each over
    one or more paragraphs ("Put patients first" / "We will take time to care for you ..."), two
    or more: the values; the first paragraph under each is its description, the rest its
    behaviours, never commitments (an easy-read page's values, round 28)."""
    blocks = ctx.blocks
    if any(role_of(ctx, k) == "values" for k in range(len(blocks))):
        return []  # the values section says which titles are values
    for index, block in enumerate(blocks):
        if block.kind != "para" or index in ctx.used or ctx.is_lead_in(index):
            continue
        count = _COUNT.search(ctx.text, block.start, block.end)
        if count is None or _VALUES_ARE_LISTED.match(ctx.text, count.end(), block.end):
            continue
        wanted = _COUNTS.get(count.group(1).lower()) or int(count.group(1))
        groups: list[tuple[int, list[int]]] = []
        k = index + 1
        while k < len(blocks) and len(groups) < wanted and _counted_title(ctx, k):
            body: list[int] = []
            j = k + 1
            while j < len(blocks) and len(body) < 8 and j not in ctx.used \
                    and role_of(ctx, j) is None and not _counted_title(ctx, j) \
                    and (blocks[j].kind == "para" or blocks[j].kind == "heading"
                         and not blocks[j].explicit and _NOT_NAME.search(ctx.content(j))):
                body.append(j)
                j += 1
            if not body:
                break
            groups.append((k, body))
            k = j
        if len(groups) < 2:
            continue
        values: list[Statement] = []
        for title, body in groups:
            value = ctx.statement("value", blocks[title].start, blocks[title].end,
                                  "values-counted-title", 0.65, strip=":–—-")
            if value is None:
                continue
            ctx.used.add(title)
            ctx.used.update(body)
            value.description = ctx.span(blocks[body[0]].start, blocks[body[0]].end)
            value.statements = [b for m in body[1:] if (b := _behaviour(ctx, m)) is not None]
            values.append(value)
        ctx.used.add(index)
        return values
    return []


# "Our four values are compassion, ...": the names follow in the sentence itself
_VALUES_ARE_LISTED = re.compile(r"\s*(?:are|include)\s*:?\s*\S", re.IGNORECASE)


def _counted_title(ctx: Context, index: int) -> bool:
    """A short title in sentence or title case, no person in it ("Put patients first")."""
    block = ctx.blocks[index]
    content = ctx.content(index).strip()
    return block.kind == "heading" and index not in ctx.used and role_of(ctx, index) is None \
        and 0 < len(content.split()) <= 6 and content[:1].isupper() \
        and not _NOT_NAME.search(content) and not content.endswith((".", ":", "?"))


# "Behaviours we are looking for   Behaviours we will not accept": the header row of a
# behaviour table, written again under every value
_TABLE_HEAD = re.compile(r"\bbehaviou?rs?\b|\blooks?\s+like\b|\b(?:not\s+)?accept(?:able)?\b|\bexpect\b",
                         re.IGNORECASE)
# "excellenceWork together ...": an icon's alt word glued to the title
_GLUED_ICON = re.compile(r"[a-z]{3,}(?=[A-Z][a-z])")


def table_titles(ctx: Context) -> list[Statement]:
    """Titles each right over the same behaviour table header ("Behaviours we are looking for
    Behaviours we will not accept"), two or more: the values (round 28), the table's rows their
    behaviours. An icon's word glued to the front of a title is not part of its name."""
    blocks = ctx.blocks
    seen: dict[str, list[int]] = {}
    for k, block in enumerate(blocks):
        if block.kind != "item" and k > 0 and len(ctx.content(k).split()) <= 15 \
                and _TABLE_HEAD.search(ctx.content(k)):
            seen.setdefault(fold_name(ctx.content(k)), []).append(k)
    heads = max(seen.values(), key=len, default=[])
    titles = [k - 1 for k in heads if k - 1 not in ctx.used and blocks[k - 1].kind != "item"
              and 0 < len(ctx.content(k - 1).split()) <= 12 and role_of(ctx, k - 1) is None
              and not ctx.content(k - 1).rstrip().endswith((".", ":", "?"))]
    if len(titles) < 2 or len(titles) != len(heads):
        return []
    values: list[Statement] = []
    for title in titles:
        block = blocks[title]
        start = block.start
        glued = _GLUED_ICON.match(ctx.text, start, block.end)
        if glued:
            start = glued.end()
        value = ctx.statement("value", start, block.end, "values-table-title", 0.65)
        if value is None:
            continue
        ctx.used.update((title, title + 1))
        _item_behaviours(ctx, value, title + 2, until_used=True)
        values.append(value)
    return values


def letters_spelled(values: list[Statement]) -> list[Statement]:
    """An acronym's letters as names ("**C** – Compassion", "**A** – Accountability"): the
    words after them are the values (round 32)."""
    letters = [v for v in values if len(v.text.strip(" *_")) == 1 and v.text.strip(" *_").isupper()]
    if len(letters) >= 3 and len(letters) * 2 == len(values) and all(
            a in letters and b not in letters and b.text.lstrip(" *_").upper().startswith(a.text.strip(" *_"))
            for a, b in zip(values[::2], values[1::2], strict=True)):
        # "C" / "Compassion" / its sentence, "A" / "Accountability" / ...: each letter a line of its
        # own over the value it spells (round 40)
        return [b for b in values if b not in letters]
    if len(values) < 3 or not all(
            len(v.text.strip(" *_")) == 1 and v.text.strip(" *_").isupper() and v.description is not None
            and 1 <= len(v.description.text.split()) <= 4
            and v.description.text.lstrip(" *_").upper().startswith(v.text.strip(" *_"))
            for v in values):
        return values
    for value in values:
        value.span, value.description = value.description, None
        value.rule += "-letter-spelled"
    return values


# "We are Accountable": the capital marks the value's name after the lower-case "We are"
_WE_ARE_NAMED = re.compile(r"[*_]*We (?:are|Are) (?:[*_]*)(?P<name>[A-Z][\w’'-]+(?: (?:and|&) [A-Z][\w’'-]+)?)[*_.!]*")


_ARE_ITEM = re.compile(r"(?:are|Are)\s+(?P<name>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,2})")


def named_after_we_are(values: list[Statement]) -> list[Statement]:
    """Value titles "We are Accountable" / "We are Respectful" name "Accountable" and
    "Respectful": the capital marks the name (exam 35). Titles written "We are kind" keep
    their whole words, as the pages' own annotators read them."""
    if len(values) >= 3 and sum(bool(_ARE_ITEM.fullmatch(v.span.text)) for v in values) * 2 > len(values):
        # "• are respectful", "• are inclusive", ..., "• act with integrity": a list that finished
        # a "We ..." lead-in lost with its picture; the names follow "are" (exam 63, after its run)
        for value in values:
            match = _ARE_ITEM.fullmatch(value.span.text)
            if match is not None:
                start = value.span.start + match.start("name")
                value.span = Span(start, value.span.end, match.group("name"), value.span.page)
                value.rule += "-are-named"
    for value in values:
        match = _WE_ARE_NAMED.fullmatch(value.span.text)
        if match is None or match.group("name").isupper():
            continue
        start = value.span.start + match.start("name")
        end = value.span.start + match.end("name")
        value.span = Span(start, end, match.group("name"), value.span.page)
        value.rule += "-we-are-named"
    return values


# "**Respect** We treat everyone ... **Integrity** We are honest ...": values as bold lead words
# inside one paragraph (round 33)
_BOLD_RUN = re.compile(r"(\*\*|__)(?P<name>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3})\1[ \t]+(?=[A-Z])")


def bold_runs(ctx: Context, index: int) -> list[Statement]:
    """Two or more bold names, each opening its sentences, in the paragraph under the values
    heading at ``index``: the values."""
    k = index + 1
    if k >= len(ctx.blocks) or ctx.blocks[k].kind != "para" or k in ctx.used:
        return []
    block = ctx.blocks[k]
    runs = list(_BOLD_RUN.finditer(ctx.text, block.start, block.end))
    if len(runs) < 2 or runs[0].start() != block.start:
        return []
    ctx.used.add(k)
    return _named_values(ctx, [(m.start("name"), m.end("name")) for m in runs], "values-bold-runs", 0.7)


# "Expertise<TAB>We keep learning ...": a values table copied as text, a row a line (round 33)
_TAB_ROW = re.compile(r"[ \t]*(?P<name>[A-Z][\w’'-]*(?:[ ][\w’'&-]+){0,3})[ ]*\t+[ \t]*(?=\S)")


def tabbed_rows(ctx: Context, index: int) -> list[Statement]:
    """Two or more "Name<TAB>what it means" lines under the values heading at ``index`` (after
    the table's header row, if it was kept): the values, each with its description."""
    k = index + 1
    if k < len(ctx.blocks) and ctx.blocks[k].kind == "heading" and "\t" in ctx.content(k):
        k += 1  # the header row: "Value<TAB>What it means"
    rows = _line_run(ctx, k, _TAB_ROW, ("para", "heading"))
    if len(rows) < 2:
        return []
    values = []
    for k, match in rows:
        ctx.used.add(k)
        value = ctx.statement("value", match.start("name"), match.end("name"), "values-tab-rows", 0.7, strip=".,")
        if value is not None:
            value.description = ctx.span(match.end(), ctx.blocks[k].end)
            values.append(value)
    return values


_LETTER_LINE = re.compile(r"[ \t]*(?:\*\*|__)?[A-Z](?:\*\*|__)?(?:[ \t]*[–—:-][ \t]+|[ \t]{2,}|\t)(?P<name>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3})"
                          r"[ \t]*(?:[.:–—][ \t]*[^\n]*)?$")  # (a sentence may follow: "C – Compassion. We listen ...")


def letter_lines(ctx: Context, index: int) -> list[Statement]:
    """An acronym's letters, one a line, under the values heading at ``index`` ("Our values:
    PROUD" / "P – Patients first" / "R – Respect" ...): the words are the values (round 33)."""
    rows = _line_run(ctx, index + 1, _LETTER_LINE)
    # (each name starts with its letter: the run ends at the first that does not)
    first_wrong = next((n for n, (k, m) in enumerate(rows)
                        if not ctx.content(k).lstrip(" *_").startswith(m.group("name")[0])), len(rows))
    rows = rows[:first_wrong]
    if len(rows) < 3:
        return []
    ctx.used.update(k for k, _ in rows)
    return _named_values(ctx, [(m.start("name"), m.end("name")) for _, m in rows], "values-letter-lines", 0.7)


_SPELLED = re.compile(r"\bvalues\b[^.]{0,30}\b(?:spell(?:\s+out)?|make\s+up|form)\b|\bvalues\s*[:–—]?\s*[A-Z]{3,8}\b")


_NAME_COLON = re.compile(r"\s*(?P<name>[A-Z][\w’'-]*(?:\s+[\w’'&-]+){0,2})\s*:\s+(?=\S)")


def spelled_word(ctx: Context) -> list[Statement]:
    """Six "Name: text" lines in a row whose names' initials spell VALUES ("Vision: To always put
    the patient first ...", "Actions: ...", "Learning: ...", ...): the values, each with its
    text, whatever the names (the first is no vision; exam 41, after its run)."""
    blocks = ctx.blocks

    def named(j: int) -> re.Match[str] | None:
        if blocks[j].kind not in ("item", "para") or j in ctx.used:
            return None
        return _NAME_COLON.match(ctx.text, blocks[j].start, blocks[j].end)

    for run in block_runs(ctx, named):
        names = [named(r) for r in run]
        at = "".join(ctx.text[n.start("name")].upper() for n in names if n).find("VALUES")
        if at < 0:
            continue
        found: list[Statement] = []
        for r, name in zip(run[at : at + 6], names[at : at + 6], strict=True):
            value = ctx.statement("value", name.start("name"), name.end("name"), "values-spelled-word", 0.8) \
                if name else None
            if value is not None and name is not None:
                value.description = ctx.span(name.end(), blocks[r].end)
                found.append(value)
        ctx.used.update(run[at : at + 6])
        return found
    return []


def spelled_letters(ctx: Context) -> list[Statement]:
    """"Our values spell CARE." over "C – Compassion. We listen ..." lines (round 35)."""
    for index, block in enumerate(ctx.blocks):
        if block.kind != "item" and index not in ctx.used \
                and _SPELLED.search(ctx.text, block.start, block.end):
            found = letter_lines(ctx, index)
            if found:
                ctx.used.add(index)
                return found
    return []


_WE_LINE = re.compile(r"\s*we\s+(?!will\b|would\b|want\b|are\s+committed\b|aim\b|plan\b|must\b|need\b)[a-z][\w’'-]*"
                      r"(?:\s+[\w’'-]+){1,6}\s*[.!]?\s*", re.IGNORECASE)


def we_lines(ctx: Context, index: int) -> list[Statement]:
    """Three or more short "We ..." lines right under the values heading at ``index``, nothing
    else between them ("We strive for excellence" / "We champion inclusivity" / ...): the values,
    each named by its line (exam 30's families)."""
    rows = [k for k, _ in _line_run(ctx, index + 1, _WE_LINE, ("heading", "para"), whole=True)]
    if len(rows) < 3:
        return []
    ctx.used.update(rows)
    return _named_values(ctx, [(ctx.blocks[k].start, ctx.blocks[k].end) for k in rows], "values-we-lines", 0.65)


def _line_run(ctx: Context, k: int, line: re.Pattern[str], kinds: tuple[str, ...] = ("para", "heading", "item"),
              whole: bool = False) -> list[tuple[int, re.Match[str]]]:
    """The blocks from ``k`` on, not yet taken and of these kinds, that ``line`` matches (at
    their start, or ``whole``), up to the first that it does not: a table, an acronym or a list
    written one line each."""
    rows = []
    while k < len(ctx.blocks) and k not in ctx.used and ctx.blocks[k].kind in kinds:
        block = ctx.blocks[k]
        match = (line.fullmatch if whole else line.match)(ctx.text, block.start, block.end)
        if match is None:
            break
        rows.append((k, match))
        k += 1
    return rows


_VALUE_COLUMN = re.compile(r"\W*(?:our\s+)?(?:core\s+|trust\s+)?values?\W*", re.IGNORECASE)


def pipe_table_values(ctx: Context) -> list[Statement]:
    """The rows of a Markdown table whose first column is headed "Value" ("| Value | What it
    means |"), wherever the table stands: each row a value, the next cell its description."""
    text = ctx.text
    values: list[Statement] = []
    k = 0
    while k < len(ctx.blocks):
        block = ctx.blocks[k]
        if k in ctx.used or block.kind != "item" or block.marker != "|":
            k += 1
            continue
        run = [k]
        while run[-1] + 1 < len(ctx.blocks) and ctx.blocks[run[-1] + 1].kind == "item" \
                and ctx.blocks[run[-1] + 1].marker == "|" and run[-1] + 1 not in ctx.used:
            run.append(run[-1] + 1)
        k = run[-1] + 1
        cells = table_header(text, text.rfind("\n", 0, block.start) + 1) or []
        if len(run) < 2 or len(cells) < 2 or not _VALUE_COLUMN.fullmatch(cells[0]):
            continue
        for r in run:
            line = text.rfind("\n", 0, ctx.blocks[r].start) + 1
            row = text.find("|", line) + 1
            row_end = text.find("\n", ctx.blocks[r].start)
            row_end = len(text) if row_end < 0 else row_end
            parts = [(m.start(), m.end()) for m in PIPE_CELL.finditer(text, row, row_end)
                     if text[m.start() : m.end()].strip()]
            if not parts:
                continue
            value = ctx.statement("value", *parts[0], "values-pipe-table-row", 0.75, strip="*_")
            if value is None:
                continue
            ctx.used.add(r)
            if len(parts) > 1:
                value.description = ctx.span(*parts[1])
            values.append(value)
    return values


_VALUES_ROW = re.compile(r"[ \t]*(?:our[ \t]+|core[ \t]+|trust[ \t]+)?values[ \t]*:?[ \t]*\t+(?P<cells>[^\n]+)", re.IGNORECASE)


def label_row_values(ctx: Context) -> list[Statement]:
    """A strategy on a page copied with tabs: "OUR VALUES<TAB>Caring<TAB>Curious<TAB>..." on one
    line, the row's label first: each cell a value (round 56)."""
    for k, block in enumerate(ctx.blocks):
        if k in ctx.used:
            continue
        line_start = block.start
        for line in ctx.text[block.start : block.end].split("\n"):
            match = _VALUES_ROW.fullmatch(line)
            if match is not None:
                base = line_start + match.start("cells")
                cells = tab_cells(base, line_start + match.end("cells"), ctx.text)
                if len(cells) >= 2 and all(len(ctx.text[s:e].split()) <= 4 and ctx.text[s:e].strip()[:1].isupper()
                                           for s, e in cells):
                    ctx.used.add(k)
                    return _named_values(ctx, cells, "values-label-row", 0.7)
            line_start += len(line) + 1
    return []
