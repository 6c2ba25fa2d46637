"""TF-IDF vectors over statement text, in the standard library (no scikit-learn).

Tokens are lower-case words with English stop words removed and a light suffix stripping
("inequalities" -> "inequal", "recruitment" -> "recruit"), so that inflected forms meet.
Vectors are sparse dicts, L2-normalised, so the cosine is a dot product over shared tokens.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

__all__ = ["STOP_WORDS", "Vector", "cosine", "idf_table", "tfidf", "tokens"]

Vector = dict[str, float]

_WORD = re.compile(r"[a-z]+")

# Function words, and words every strategy sentence uses ("we will continue to support ...").
STOP_WORDS = frozenset(
    """a about across actively after again all along alongside also always an and any are as at be
    been being both but by can continue could do does doing during each every for from further had
    has have how i if in including into is it its itself just let may more most much must need
    needs no not now of on once only or other our ours ourselves out over own same should so some
    such than that the their them then there these they this those through to too under until up
    us very was way ways we were what when where which while who whom why will with within would
    you your e g ie eg i.e via s t
    great best""".split()
)

_SUFFIXES = (
    "ations", "ation", "ities", "ity", "ments", "ment", "ings", "ing", "ness", "ies", "ied",
    "ers", "er", "ed", "es", "ly", "s",
)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def tokens(text: str) -> list[str]:
    """Content-word stems of a text, in order (repeats kept: they are term frequencies)."""
    return [_stem(w) for w in _WORD.findall(text.lower().replace("’", "'")) if w not in STOP_WORDS and len(w) > 1]


def idf_table(documents: Iterable[list[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency, ``ln((1 + n) / (1 + df)) + 1``."""
    df: Counter[str] = Counter()
    n = 0
    for toks in documents:
        n += 1
        df.update(set(toks))
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def tfidf(toks: list[str], idf: Mapping[str, float]) -> Vector:
    """Sublinear tf times idf, L2-normalised (unknown tokens get the largest idf)."""
    if not toks:
        return {}
    counts = Counter(toks)
    top = max(idf.values(), default=1.0) if any(t not in idf for t in counts) else 1.0
    weights = {t: (1.0 + math.log(c)) * idf.get(t, top) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)
