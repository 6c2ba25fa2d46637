"""The view definitions in ``visualisations/views.toml``: what feeds each page and how it looks.

Pages read colours, sizes, limits and the SPARQL behind each data set from here, so that a
strategist's look and feel changes in one file and never in code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from strategygraph.errors import InputError
from strategygraph.paths import VISUALISATIONS_DIR

VIEWS_FILE = "views.toml"
_REQUIRED = ("queries", "kinds", "colours", "network", "pages", "themes", "library")
_PAGES = ("index", "overview", "shared", "organisation", "theme", "ics", "coverage", "source")


@dataclass(frozen=True)
class Views:
    """The parsed view definitions and the folder they came from (queries resolve against it)."""

    folder: Path
    config: dict[str, Any]

    def page(self, name: str) -> dict[str, Any]:
        return self.config["pages"][name]

    @property
    def colours(self) -> dict[str, str]:
        return self.config["colours"]

    @property
    def kind_order(self) -> list[str]:
        return list(self.config["kinds"]["order"])

    def kind_colour(self, kind: str) -> str:
        colours = self.config["kinds"]["colours"]
        return colours.get(kind, colours.get("OtherOrganisation", "#999999"))

    def kind_label(self, kind: str) -> str:
        return self.config["kinds"]["labels"].get(kind, kind)

    def query_text(self, name: str) -> str:
        """The SPARQL text of a named data set (read from its ``.rq`` file)."""
        relative = self.config["queries"].get(name)
        if relative is None:
            raise InputError(f"{self.folder / VIEWS_FILE}: no query named {name!r} in [queries]")
        path = self.folder / relative
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{path}: cannot read the query of {name!r}: {error}") from error

    @property
    def inline_library(self) -> str:
        value = self.config["library"].get("inline", "main")
        if value not in ("all", "main", "none"):
            raise InputError(f"{self.folder / VIEWS_FILE}: [library] inline must be all, main or none")
        return value


def load_views(folder: Path | None = None) -> Views:
    """Read and check ``views.toml`` (from the project's ``visualisations/`` by default)."""
    folder = Path(folder) if folder is not None else VISUALISATIONS_DIR
    path = folder / VIEWS_FILE
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read the view definitions: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path}: not valid TOML: {error}") from error
    missing = [key for key in _REQUIRED if key not in config]
    missing += [f"pages.{name}" for name in _PAGES if name not in config.get("pages", {})]
    if missing:
        raise InputError(f"{path}: missing sections: {', '.join(missing)}")
    return Views(folder=folder, config=config)
