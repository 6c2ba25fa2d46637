"""The page template: one HTML shell for every page, with the data as escaped JSON.

Why own the template: pyvis's ``cdn_resources="in_line"`` still links Bootstrap from a CDN
(pyvis issues 228/229), and its tooltips take HTML strings. Here the vis-network library comes
from the installed pyvis package and is inlined (or loaded from a relative file), nothing is
fetched, document text enters the page only as escaped HTML or as JSON that the script puts in
the DOM with ``textContent``, and a Content-Security-Policy allows no script but the page's own
(by hash), so an injected ``<script>`` or ``onerror=`` could not run even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from strategygraph.errors import InputError

STATIC = "static"
VIS_ASSET = "assets/vis-network.min.js"
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def esc(text: object) -> str:
    """Text for HTML content or a quoted attribute: ``<``, ``>``, ``&``, quotes escaped."""
    return html.escape("" if text is None else str(text), quote=True)


def json_for_script(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    ``</script>``, ``<!--`` and ``]]>`` cannot occur: every ``<``, ``>`` and ``&`` is written as a
    ``\\u`` escape, which JSON.parse turns back into the character.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _script_safe(code: str) -> str:
    """Library code for an inline ``<script>``: no ``</script`` or ``<!--`` may appear in it."""
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """vis-network's standalone build, as shipped inside the installed pyvis package."""
    try:
        import pyvis
    except ImportError as error:  # pyvis is a dependency; say so plainly if it is missing
        raise InputError("pyvis is not installed: it provides the vis-network library") from error
    base = Path(pyvis.__file__).resolve().parent
    for candidate in sorted(base.glob("lib/vis-*/vis-network.min.js"), reverse=True) + sorted(
        base.glob("templates/lib/vis-*/vis-network.min.js"), reverse=True
    ):
        code = candidate.read_text(encoding="utf-8")
        lines = [line for line in code.split("\n") if not line.startswith("//# sourceMappingURL")]
        return _script_safe("\n".join(lines))
    raise InputError(f"{base}: no vis-network.min.js found in the pyvis package")


@lru_cache(maxsize=4)
def static_text(name: str) -> str:
    return resources.files(__package__).joinpath(STATIC, name).read_text(encoding="utf-8")


def _sha256(code: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()


@dataclass
class Nav:
    """Where a page sits: ``depth`` folders below the pages' root (for relative links)."""

    depth: int = 0

    @property
    def root(self) -> str:
        return "../" * self.depth

    def href(self, target: str) -> str:
        return self.root + target


def page(
    *,
    title: str,
    nav: Nav,
    body: str,
    data: dict[str, Any] | None = None,
    network: bool = False,
    inline_library: bool = True,
    side: str = "",
    filters: str = "",
    legend: str = "",
    search_placeholder: str = "Find an organisation or theme",
) -> str:
    """A whole page. ``body``, ``side``, ``filters`` and ``legend`` are HTML built with ``esc``."""
    payload = dict(data or {})
    payload["root"] = nav.root
    scripts: list[str] = []
    external: list[str] = []
    if network:
        if inline_library:
            scripts.append(vis_network_js())
        else:
            external.append(nav.href(VIS_ASSET))
    app = static_text("pages.js")
    scripts.append(app)
    hashes = " ".join(f"'{_sha256(code)}'" for code in scripts)
    script_src = hashes + (" 'self' file:" if external else "")
    csp = (
        "default-src 'none'; "
        f"script-src {script_src}; "
        "style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'"
    )
    graph = ""
    if network:
        graph = (
            '<section class="sg-graph">'
            + (f'<div class="sg-filters">{filters}</div>' if filters else "")
            + '<div id="sg-network" role="img" aria-label="network"></div>'
            + (f'<div class="sg-legend">{legend}</div>' if legend else "")
            + "</section>"
        )
    if network:
        side = side or '<p class="sg-sub">Click a node, or find one, to see its details.</p>'
        layout = (
            '<div class="sg-layout">'
            f'<div class="sg-left">{graph}<article class="sg-content">{body}</article></div>'
            f'<div class="sg-right"><aside id="sg-detail" aria-live="polite">{side}</aside></div></div>'
        )
    else:
        layout = f'<article class="sg-content sg-wide">{body}</article>'
    links = [
        ("index.html", "Home"),
        ("overview.html", "ICS overview"),
        ("shared.html", "Shared commitments"),
        ("coverage.html", "Coverage"),
    ]
    nav_html = "".join(f'<a href="{esc(nav.href(h))}">{esc(t)}</a>' for h, t in links)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{esc(title)}</title>",
        f"<style>{static_text('pages.css')}</style>",
        "</head><body>",
        '<header class="sg-top">',
        f"<h1>{esc(title)}</h1>",
        f'<nav class="sg-nav">{nav_html}</nav>',
        '<form id="sg-search-form" role="search">',
        f'<input id="sg-search" type="search" list="sg-names" placeholder="{esc(search_placeholder)}" '
        f'aria-label="{esc(search_placeholder)}" autocomplete="off">',
        '<datalist id="sg-names"></datalist>',
        '<button type="submit">Find</button>',
        '<span id="sg-search-status" role="status"></span>',
        "</form></header>",
        f"<main>{layout}</main>",
        f'<script type="application/json" id="sg-data">{json_for_script(payload)}</script>',
    ]
    parts += [f'<script src="{esc(src)}"></script>' for src in external]
    parts += [f"<script>{code}</script>" for code in scripts]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
