"""The corpus manifest: which files a corpus holds and what is known about each.

``manifest.toml`` sits in the corpus folder, one ``[[document]]`` table per file (see
``graph_data/corpus/manifest.toml``). A folder without a manifest is still a corpus: every
readable file in it is a document with nothing known beforehand.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from strategygraph.errors import InputError
from strategygraph.ids import slugify
from strategygraph.model import DocumentMetadata

MANIFEST_NAME = "manifest.toml"
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")


@dataclass(frozen=True)
class CorpusEntry:
    path: Path
    doc_id: str
    metadata: DocumentMetadata


def doc_id_for(path: Path) -> str:
    return slugify(path.stem)


_TEXT_FIELDS = ("title", "kind", "ics", "source")


def _type_name(value: object) -> str:
    """A TOML value's kind, as a manifest's author wrote it."""
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list",
             dict: "a table"}
    return next((name for kind, name in names.items() if type(value) is kind), "a date or time")


def _metadata(table: dict[str, object], where: str) -> DocumentMetadata:
    """A [[document]] table's metadata; an InputError naming ``where`` and the field when a
    field has the wrong type."""
    organisations = table.get("organisations", [])
    if isinstance(organisations, str):
        organisations = [organisations]
    if not isinstance(organisations, list):
        raise InputError(f"{where}: 'organisations' must be a string or a list of strings, "
                         f"not {_type_name(organisations)}")
    odd = next((o for o in organisations if not isinstance(o, str)), None)
    if odd is not None:
        raise InputError(f"{where}: 'organisations' must be a list of strings (ODS codes or names), "
                         f"but holds {_type_name(odd)}: {odd!r}")
    for key in _TEXT_FIELDS:
        if key in table and not isinstance(table[key], str):
            raise InputError(f"{where}: '{key}' must be a string, not {_type_name(table[key])}")
    date = table.get("date")
    if date is not None and (isinstance(date, bool) or not isinstance(date, (str, int, _dt.date))):
        raise InputError(f"{where}: 'date' must be a string, a year or a date, not {_type_name(date)}")
    return DocumentMetadata(
        title=_opt_str(table.get("title")),
        organisations=list(organisations),
        kind=_opt_str(table.get("kind")),
        ics=_opt_str(table.get("ics")),
        source=_opt_str(table.get("source")),
        date=_opt_str(date),
    )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def read_manifest(directory: Path) -> dict[str, tuple[str, DocumentMetadata]]:
    """File name -> (doc_id, metadata) from the folder's manifest; empty when there is none."""
    return {name: (doc_id, replace(metadata)) for name, (doc_id, metadata) in _manifest(directory).items()}


def metadata_for(path: Path) -> tuple[str, DocumentMetadata]:
    """The doc_id and manifest metadata of one file (empty metadata when not in a manifest)."""
    entry = _manifest(path.parent).get(path.name)
    return (entry[0], replace(entry[1])) if entry else (doc_id_for(path), DocumentMetadata())


def _manifest(directory: Path) -> dict[str, tuple[str, DocumentMetadata]]:
    manifest = directory / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    try:
        data = manifest.read_bytes()
    except OSError as error:
        raise InputError(f"{manifest}: cannot be read: {error}") from error
    return _parsed_manifest(hashlib.blake2b(data, digest_size=16).digest(), data, str(manifest))


_PARSED: dict[bytes, dict[str, tuple[str, DocumentMetadata]]] = {}


def _parsed_manifest(digest: bytes, data: bytes, name: str) -> dict[str, tuple[str, DocumentMetadata]]:
    """A manifest parsed once per content (a national corpus's manifest of 5,000 documents
    takes a second to parse, which reloading one document must not pay each time); callers
    get copies of the metadata. The last few manifests are kept."""
    if digest in _PARSED:
        return _PARSED[digest]
    try:
        tables = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{name}: not a valid manifest: {error}") from error
    found: dict[str, tuple[str, DocumentMetadata]] = {}
    documents = tables.get("document", [])
    if not isinstance(documents, list):
        raise InputError(f"{name}: 'document' must be a list of [[document]] tables, not {_type_name(documents)}")
    for number, table in enumerate(documents, 1):
        where = f"{name}: document {number}"
        if not isinstance(table, dict):
            raise InputError(f"{where}: each [[document]] must be a table, not {_type_name(table)}")
        if "file" not in table:
            raise InputError(f"{name}: every [[document]] needs a 'file' (document {number} has none)")
        file_name = table["file"]
        if not isinstance(file_name, str):
            raise InputError(f"{where}: 'file' must be a file name (a string), not {_type_name(file_name)}")
        if not file_name.strip():
            raise InputError(f"{where}: 'file' is empty")
        where = f"{name}: document {number} ({file_name})"
        if "id" in table and (isinstance(table["id"], bool) or not isinstance(table["id"], (str, int))):
            raise InputError(f"{where}: 'id' must be a string, not {_type_name(table['id'])}")
        doc_id = slugify(str(table["id"])) if "id" in table else doc_id_for(Path(file_name))
        found[file_name] = (doc_id, _metadata(table, where))
    while len(_PARSED) >= 4:
        _PARSED.pop(next(iter(_PARSED)))
    _PARSED[digest] = found
    return found


def _warn(message: str) -> None:
    sys.stderr.write(f"strategygraph: warning: {message}\n")


def list_corpus(directory: Path, *, skipped: Callable[[str], None] | None = None) -> list[CorpusEntry]:
    """Every document of a corpus folder (recursively), sorted by path, with its metadata.

    A name that is neither a folder nor a regular file (a named pipe, a device, a socket, a
    symbolic link to nothing or to itself) is left out, and said so in one line each, to
    ``skipped`` (by default a warning on stderr): it is never opened, so it cannot hang the build."""
    from strategygraph.readers.text import check_regular_file

    if not directory.is_dir():
        raise InputError(f"{directory}: not a folder")
    left_out: list[str] = []
    entries: list[CorpusEntry] = []
    manifests: dict[Path, dict[str, tuple[str, DocumentMetadata]]] = {}
    for path in sorted(directory.rglob("*")):
        if path.name == MANIFEST_NAME or path.name.startswith("."):
            continue
        if not path.is_file():
            if not path.is_dir():
                try:
                    check_regular_file(path)
                except InputError as error:
                    left_out.append(f"{error}; left out of the corpus")
            continue
        if path.name.lower() == "readme.md":
            continue
        if path.parent not in manifests:
            manifests[path.parent] = read_manifest(path.parent)
        doc_id, metadata = manifests[path.parent].get(path.name, (doc_id_for(path), DocumentMetadata()))
        entries.append(CorpusEntry(path=path, doc_id=doc_id, metadata=metadata))
    for message in left_out:  # (once the listing stands: a broken manifest is the one line)
        (skipped or _warn)(message)
    return entries
