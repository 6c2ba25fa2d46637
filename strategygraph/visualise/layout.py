"""Precomputed node positions, so that no page runs a physics simulation before its first render.

vis-network's physics takes over a minute to settle at 1,000 nodes (PERFORMANCE.md); a layout
computed here in linear time draws at once and is the same on every build (no randomness).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Position = tuple[float, float]


def ring(count: int, radius: float, centre: Position = (0.0, 0.0), start: float = -math.pi / 2) -> list[Position]:
    """``count`` points evenly on a circle, the first at the top."""
    if count <= 0:
        return []
    if count == 1 and radius == 0:
        return [centre]
    step = 2 * math.pi / count
    return [
        (round(centre[0] + radius * math.cos(start + i * step), 1),
         round(centre[1] + radius * math.sin(start + i * step), 1))
        for i in range(count)
    ]


def ring_radius(count: int, spacing: float, minimum: float) -> float:
    """The radius at which ``count`` nodes sit ``spacing`` apart on a circle."""
    return max(minimum, count * spacing / (2 * math.pi))


def clusters(
    groups: Sequence[tuple[str | None, Sequence[str]]], spacing: float = 70.0
) -> dict[str, Position]:
    """Hubs on a large circle, each hub's members on a ring around it.

    ``groups`` is a list of (hub id or None, member ids); each member is placed once (the first
    group that lists it wins). Clusters get arc length in proportion to their size.
    """
    placed: dict[str, Position] = {}
    seen: set[str] = set()
    prepared: list[tuple[str | None, list[str], float]] = []
    for hub, members in groups:
        todo = [m for m in members if m not in seen and m != hub]
        seen.update(todo)
        radius = ring_radius(len(todo), spacing, spacing * 1.6) if todo else spacing
        prepared.append((hub, todo, radius))
    if not prepared:
        return placed
    if len(prepared) == 1:
        centres = [(0.0, 0.0)]
    else:
        widths = [2 * r + spacing * 2 for _, _, r in prepared]
        big = max(sum(widths) / (2 * math.pi), max(widths))
        centres = []
        angle = -math.pi / 2
        total = sum(widths)
        for width in widths:
            half = math.pi * width / total
            angle += half
            centres.append((round(big * math.cos(angle), 1), round(big * math.sin(angle), 1)))
            angle += half
    for (hub, members, radius), centre in zip(prepared, centres, strict=True):
        if hub is not None:
            placed[hub] = centre
        for member, position in zip(members, ring(len(members), radius, centre), strict=True):
            placed[member] = position
    return placed


def bipartite_rings(
    inner: Sequence[str], outer: Sequence[str], spacing: float = 60.0
) -> dict[str, Position]:
    """``inner`` nodes (e.g. themes) on a small circle, ``outer`` ones (organisations) around it."""
    inner_radius = ring_radius(len(inner), spacing * 2.2, spacing * 2)
    outer_radius = max(inner_radius * 2.2, ring_radius(len(outer), spacing, spacing * 3))
    placed = dict(zip(inner, ring(len(inner), inner_radius), strict=True))
    placed.update(zip(outer, ring(len(outer), outer_radius), strict=True))
    return placed


def centroid(points: Sequence[Position], offset: float = 0.0) -> Position:
    if not points:
        return (0.0, 0.0)
    x = sum(p[0] for p in points) / len(points)
    y = sum(p[1] for p in points) / len(points)
    return (round(x + offset, 1), round(y + offset, 1))
