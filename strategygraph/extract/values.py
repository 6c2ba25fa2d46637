"""Values: each value's name, its description, and the behaviour lines that belong to it.

Shapes: bullets "Name – description" / "Name: description" / "**Name** description" / a bare
name; a short title per value with a paragraph (its description) and/or "We are:" / "We do:"
lines and bullets under it (its behaviours); a sentence "Our values are A, B and C".
Behaviours are kept on the value (``Statement.statements``, kind "behaviour"), never as values.
"""

from __future__ import annotations

import re

from strategygraph.extract.common import Context, split_name
from strategygraph.extract.sections import Section, body_end
from strategygraph.model import Statement

_INLINE = re.compile(
    r"(?:\bour\s+(?:core\s+|trust\s+|shared\s+|four\s+|three\s+|five\s+|six\s+)?values\s*(?:are|of|:|–)"
    r"|^\s*(?:core\s+)?values\s*[:–—])\s*",
    re.IGNORECASE | re.MULTILINE,
)
_CLAUSE = re.compile(r",?\s+(?:which|that|who|because|where|when)\b|\s+[–—]\s+",
                     re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*|\s+[|•·▪/]\s+)\s*")
_BEHAVIOUR_LEAD = re.compile(r"^(?:we\s+(?:are|do|will|say|show)|i\s+(?:am|will)|this\s+means|"
                             r"what\s+(?:this|it)\s+means|behaviou?rs?|you\s+will\s+see)\s*:", re.I)


_ACRONYM = re.compile(r"\s*[A-Z]{1,2}\s*[-–—:=]\s+(?=[A-Z])")


def _value(ctx: Context, start: int, end: int, rule: str, max_words: int = 5) -> Statement | None:
    acronym = _ACRONYM.match(ctx.text, start, end)
    if acronym:  # "P - Patients first" (an acronym's letter): the value is what follows
        start = acronym.end()
        rule += "-acronym"
    split = split_name(ctx.text, start, end, max_words)
    if split is not None:
        name_end, desc_start, _ = split
        value = ctx.statement("value", start, name_end, rule + "-named", 0.9, strip=":–—-|")
        if value is not None:
            value.description = ctx.span(desc_start, end)
        return value
    if len(ctx.text[start:end].split()) > 12:
        return None
    return ctx.statement("value", start, end, rule, 0.85, strip=":–—-")


def _behaviour(ctx: Context, index: int) -> Statement | None:
    block = ctx.blocks[index]
    return ctx.statement("behaviour", block.start, block.end, "value-behaviour", 0.8)


def from_section(ctx: Context, section: Section) -> list[Statement]:
    """Values in a values section (children titles, or a list, or labelled paragraphs)."""
    values: list[Statement] = []
    if section.children:
        bounds = section.children + [section.end]
        for child, stop in zip(section.children, bounds[1:], strict=False):
            block = ctx.blocks[child]
            value = _value(ctx, block.start, block.end, "values-heading")
            ctx.used.add(child)
            if value is None:
                continue
            for k in range(child + 1, stop):
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
        return values
    current: Statement | None = None
    depths = [ctx.blocks[k].depth for k in range(section.heading + 1, section.end)
              if ctx.blocks[k].kind == "item"]
    top = min(depths, default=0)
    for k in range(section.heading + 1, section.end):
        block = ctx.blocks[k]
        if block.kind == "item":
            ctx.used.add(k)
            if block.depth == top:
                current = _value(ctx, block.start, block.end, "values-item")
                if current is not None:
                    values.append(current)
            elif current is not None:
                behaviour = _behaviour(ctx, k)
                if behaviour is not None:
                    current.statements.append(behaviour)
    if values:
        return values
    for k in range(section.heading + 1, section.end):
        block = ctx.blocks[k]
        if split_name(ctx.text, block.start, block.end, 4) is not None and not ctx.is_lead_in(k):
            value = _value(ctx, block.start, block.end, "values-line", 4)
            if value is not None:
                values.append(value)
                ctx.used.add(k)
    if values:
        return values
    for k in range(section.heading + 1, min(section.end, section.heading + 4)):
        values = inline(ctx, k) or _separated(ctx, k)
        if values:
            ctx.used.add(k)
            return values
    return values


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
    values = [ctx.statement("value", s, e, "values-separated", 0.75, strip=".,") for s, e in found]
    return [v for v in values if v is not None]


def inline(ctx: Context, index: int) -> list[Statement]:
    """"Our values are compassion, respect and integrity." as three values."""
    block = ctx.blocks[index]
    if "values" not in ctx.text[block.start : block.end].lower():
        return []
    match = _INLINE.search(ctx.text, block.start, block.end)
    if not match:
        return []
    stop = block.end
    for end_char in ".!?;(":
        pos = ctx.text.find(end_char, match.end(), block.end)
        if pos >= 0:
            stop = min(stop, pos)
    clause = _CLAUSE.search(ctx.text, match.end(), stop)
    if clause:
        stop = clause.start()
    segment = ctx.text[match.end() : stop]
    parts: list[tuple[int, int]] = []
    cursor = match.end()
    for sep in _SPLIT.finditer(segment):
        parts.append((cursor, match.end() + sep.start()))
        cursor = match.end() + sep.end()
    parts.append((cursor, stop))
    names = [(s, e) for s, e in parts if ctx.text[s:e].strip()]
    if len(names) < 2 or any(len(ctx.text[s:e].split()) > 4 for s, e in names):
        return []
    found = []
    for s, e in names:
        value = ctx.statement("value", s, e, "values-sentence", 0.7, strip=".,")
        if value is not None:
            found.append(value)
    return found


__all__ = ["from_section", "inline", "body_end"]
