"""The corpus manifest: which files a corpus holds and what is known about each.

``manifest.toml`` sits in the corpus folder, one ``[[document]]`` table per file (see
``graph_data/corpus/manifest.toml``). A folder without a manifest is still a corpus: every
readable file in it is a document with nothing known beforehand.
"""

from __future__ import annotations

import hashlib
import tomllib
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


def _metadata(table: dict[str, object]) -> DocumentMetadata:
    organisations = table.get("organisations", [])
    if isinstance(organisations, str):
        organisations = [organisations]
    return DocumentMetadata(
        title=_opt_str(table.get("title")),
        organisations=[str(o) for o in organisations],  # type: ignore[union-attr]
        kind=_opt_str(table.get("kind")),
        ics=_opt_str(table.get("ics")),
        source=_opt_str(table.get("source")),
        date=_opt_str(table.get("date")),
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
    for table in tables.get("document", []):
        if not isinstance(table, dict) or "file" not in table:
            raise InputError(f"{name}: every [[document]] needs a 'file'")
        file_name = str(table["file"])
        doc_id = slugify(str(table["id"])) if "id" in table else doc_id_for(Path(file_name))
        found[file_name] = (doc_id, _metadata(table))
    while len(_PARSED) >= 4:
        _PARSED.pop(next(iter(_PARSED)))
    _PARSED[digest] = found
    return found


def list_corpus(directory: Path) -> list[CorpusEntry]:
    """Every document of a corpus folder (recursively), sorted by path, with its metadata."""
    if not directory.is_dir():
        raise InputError(f"{directory}: not a folder")
    entries: list[CorpusEntry] = []
    manifests: dict[Path, dict[str, tuple[str, DocumentMetadata]]] = {}
    for path in sorted(directory.rglob("*")):
        if not path.is_file() or path.name == MANIFEST_NAME or path.name.startswith("."):
            continue
        if path.name.lower() == "readme.md":
            continue
        if path.parent not in manifests:
            manifests[path.parent] = read_manifest(path.parent)
        doc_id, metadata = manifests[path.parent].get(path.name, (doc_id_for(path), DocumentMetadata()))
        entries.append(CorpusEntry(path=path, doc_id=doc_id, metadata=metadata))
    return entries
