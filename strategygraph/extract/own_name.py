"""The organisations a page names as itself, in its own voice.

A hospice's, a practice's or a council's page that no NHS body's name publishes still says whose
it is: "At Ardgowan Hospice, our mission is ...", "Welcome to Acorn Surgery", "Cumberland Council
vision and values", "Launceston Medical Centre is committed to ...". The first such name publishes
the page, and none of them is a partner of the page (``organisations.publishers_and_partners``).
"""

from __future__ import annotations

import re

from strategygraph.model import NamedOrganisation, Span

__all__ = ["self_named"]


# "Orrinsby Health Federation is a not-for-profit company ...", "Selbridge Valley Primary Care
# Network (PCN) is a group of ...": the page says what it is
_IS_A = re.compile(r"[ \t]*(?:\([A-Za-z]{2,8}\)[ \t]*)?(?:is|are)[ \t]+(?:a|an|the|one[ \t]+of)\b")


def self_named(text: str, named: list[NamedOrganisation]) -> list[NamedOrganisation]:
    """The organisations a page names as itself, the surest first: alone on one of its first
    lines, opening a paragraph that says what it is, or in words only a body's own page uses of it
    ("At Ardgowan Hospice, our mission is ...", "Welcome to Acorn Surgery", "Cumberland Council
    vision and values", "Launceston Medical Centre is committed to ..."). The page's publisher is
    no partner of its own (the real pages' annotators: 107 of them listed a hospice, council or
    practice that no NHS body's name had made the publisher)."""
    if len(named) == 1 and named[0].span is not None and _LOCAL_PROVIDER.search(named[0].name):
        # a hospice's or a practice's page that names no other body is its own: no NHS body
        # writes of one of them without naming itself (none of the real pages did)
        return list(named)
    signed: list[tuple[int, int, NamedOrganisation]] = []
    for order, org in enumerate(named):
        if org.span is None:
            continue
        sign = 3 if org.span.start <= 1500 and _opens_its_page(text, org.span) else max(
            (_sign(text, start, start + len(org.span.text)) for start in _mentions(text, org.span.text)), default=0)
        if sign:
            signed.append((-sign, order, org))
    return [org for _, _, org in sorted(signed, key=lambda s: s[:2])]


_LOCAL_PROVIDER = re.compile(r"\b(?:Hospices?|Surgery|Medical\s+(?:Centre|Group)|Practice)$")


def _opens_its_page(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : span.start].strip() not in ("", "The"):
        return False
    lines_before = sum(1 for line in text[:line_start].splitlines() if line.strip())
    return bool(_IS_A.match(text, span.end)) and lines_before <= 6 \
        or not text[span.end : line_end].strip() and lines_before <= 2


def _mentions(text: str, name: str, limit: int = 20) -> list[int]:
    starts: list[int] = []
    position = text.find(name)
    while position >= 0 and len(starts) < limit:
        starts.append(position)
        position = text.find(name, position + len(name))
    return starts


# the words before a body's own name on its own page: "At ... , we", "Here at ...", "Welcome to
# ...", "About ..." as a heading, "The mission of ...", "Mission statement for ...", "sets the
# strategic priorities for ...", "The registered provider is: ...", "the registering body (...)"
_SELF_BEFORE = re.compile(
    r"(?:\n[ \t]*(?:About|What|Introducing)"
    r"|\b(?i:welcome\s+to|(?:vision|mission|purpose|aims?|remit|objectives?|values|ethos)\s+(?:of|for|at)"
    r"|(?:mission|vision|purpose)\s+statement\s+(?:of|for)|strategic\s+(?:direction|priorities|plan|aims)\s+(?:of|for)"
    r"|registered\s+provider\s+is:?|registering\s+body\s*\(|provider:))"
    r"\s*(?:[Tt]he\s+)?$"
    r"|(?i:here\s+at)\s+(?:[Tt]he\s+)?$")
# a sentence or line that opens with the name
_SENTENCE_START = re.compile(r"(?:\A|\n|[.!?:][ \t]+)(?:[Tt]he[ \t]+)?$")
# ... and says what the body is or does about itself: "... is committed to", "... aims to", "...
# has agreed its priorities", "... (PCC) was created"
_SELF_DOING = re.compile(
    r"[ \t]*(?:\([^()\n]{2,40}\)[ \t]*)?(?:is|are|has|have|was|were)?[ \t]*(?:(?:committed|dedicated|proud|aiming|following"
    r"|established|created|founded|formed|set[ \t]+up)\b|(?:aims|exists|strives|seeks)\b"
    r"|(?:agreed|launched|published|set|embarked[ \t]+on)[ \t]+(?:its|a[ \t]+new)\b)")
# ... or names what it states: "...'s vision", "... Mission and Vision Statement", "... vision and
# values", "... Corporate Strategy" (not "supports the Board's vision" mid-sentence: a partner's)
_SELF_AFTER = re.compile(
    r"['’]s?[ \t]+(?i:(?:overarching|core|main|own)[ \t]+)?(?i:vision|mission|values|purpose|aim|ethos|goal|objective)\b"
    r"|[ \t]+(?i:(?:mission|vision)(?:[ \t]+(?:and|&)[ \t]+(?:vision|mission|values))?(?:[ \t]+statement)?|values)\b"
    r"|[ \t]+(?:Corporate|Strategic|Business)[ \t]+(?:Plan|Strategy)\b")
# "At ..." needs the page's own voice after the name: "At Ardgowan Hospice, our mission is"; "At
# Leeds Teaching Hospitals they ..." is about a partner
_AT = re.compile(r"(?<![Hh]ere\s)\b[Aa]t\s+(?:[Tt]he\s+)?$")
_WE_AFTER = re.compile(r",?[ \t]+(?:we|our)\b")


def _sign(text: str, start: int, end: int) -> int:
    """How surely this mention of a name is the body's own page speaking: 2 for words only its
    own page uses ("At ..., we", "Welcome to ...", "Here at ...", "The mission of ..."), 1 for a
    sentence that opens with the name and says what it states or does, 0 for none."""
    before = ("\n" if start <= 60 else "") + text[max(0, start - 60) : start]
    if _AT.search(before):
        return 2 if _WE_AFTER.match(text, end) else 0
    if _SELF_BEFORE.search(before):
        return 2
    opens = _SENTENCE_START.search(before) is not None
    return 1 if opens and (_SELF_AFTER.match(text, end) or _SELF_DOING.match(text, end)) else 0
