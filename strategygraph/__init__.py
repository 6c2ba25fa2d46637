"""strategygraph: a knowledge graph of the strategic commitments of NHS organisations."""

from __future__ import annotations

__version__ = "0.1.0"
