"""Characters XML 1.0 cannot hold, and a text made safe for it.

A strategy's text may carry a stray control character (a form feed from a PDF, an escape code
pasted from a terminal). Turtle, N-Triples, TriG and JSON-LD escape them, but RDF/XML, and the
RDF/XML that owlready2 hands to HermiT, cannot hold them at all: one such character would make
the file unreadable or stop the reasoner for every document of a build.
"""

from __future__ import annotations

import re

XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with each character XML cannot hold replaced by U+FFFD (one for one, so that the
    text keeps its length)."""
    return XML_ILLEGAL.sub("\ufffd", text)
