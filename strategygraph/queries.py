"""Named SPARQL queries: ``queries/*.rq`` files with a header comment, loaded by name.

The header is the block of ``#`` comment lines at the top of the file (see ``queries/README.md``)::

    # title: Who commits to a theme, in their own words
    # question: Which organisations commit to a theme, and with which statements?
    # param: theme (theme, default: health_inequalities) the theme, by id or IRI

Parameter values are turned into RDF terms here and bound as a ``VALUES`` block placed at the
start of the query's WHERE clause (:func:`inject_values`), so that every backend (Oxigraph,
rdflib, a remote server) evaluates the same text, the value is joined *before* any grouping,
and no user text is ever pasted into SPARQL: a term is written by pyoxigraph's N-Triples
serialiser after it has checked the IRI or literal.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from strategygraph.errors import QueryError, UsageError
from strategygraph.ids import ics_iri, organisation_iri, slugify
from strategygraph.namespaces import PREFIXES, THEME
from strategygraph.paths import QUERIES_DIR
from strategygraph.reference import organisation_by_name

__all__ = [
    "NamedQuery",
    "Param",
    "PARAM_TYPES",
    "list_queries",
    "load_query",
    "parse_header",
    "bind_params",
    "inject_values",
    "term_to_sparql",
    "query_form",
    "check_syntax",
    "param_term",
]

PARAM_TYPES = ("string", "iri", "integer", "decimal", "organisation", "theme", "ics")
_HEADER_KEY = re.compile(r"^#\s*(?P<key>[a-z]+)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<spec>[^)]*)\))?\s*(?P<desc>.*)$")
_ODS = re.compile(r"^[A-Za-z0-9]{3,6}$")
_PREFIXED = re.compile(r"^(?P<prefix>[A-Za-z][\w-]*):(?P<local>[^\s<>\"{}|^`\\]*)$")


@dataclass(frozen=True)
class Param:
    """One declared parameter: its SPARQL variable, type, default (None: unbound) and meaning."""

    name: str
    type: str = "string"
    default: str | None = None
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    question: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


# --- header ---------------------------------------------------------------------------------


def parse_header(text: str, source: str = "query") -> tuple[str, str, tuple[Param, ...]]:
    """Title, question and parameters from the leading ``#`` comment block of a query."""
    title = ""
    question: list[str] = []
    params: list[Param] = []
    last_key = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        match = _HEADER_KEY.match(line)
        if match is None:
            body = line.lstrip("#").strip()
            if last_key == "question" and body:
                question.append(body)
            elif last_key == "param" and body and params:
                last = params[-1]
                params[-1] = Param(last.name, last.type, last.default, f"{last.description} {body}".strip())
            continue
        key, value = match["key"], match["value"].strip()
        last_key = key
        if key == "title":
            title = value
        elif key == "question":
            question.append(value)
        elif key == "param":
            params.append(_parse_param(value, source))
    return title, " ".join(q for q in question if q), tuple(params)


def _parse_param(value: str, source: str) -> Param:
    match = _PARAM.match(value)
    if match is None:
        raise QueryError(f"{source}: bad param line {value!r}: use 'name (type, default: X) text'")
    type_ = "string"
    default: str | None = None
    for part in (match["spec"] or "").split(","):
        part = part.strip()
        if not part:
            continue
        if part.lower().startswith("default:"):
            default = part.split(":", 1)[1].strip()
            if default.lower() in {"none", ""}:
                default = None
        elif part in PARAM_TYPES:
            type_ = part
        else:
            raise QueryError(
                f"{source}: param {match['name']}: unknown {part!r} (types: {', '.join(PARAM_TYPES)})"
            )
    return Param(match["name"], type_, default, match["desc"].strip())


# --- loading --------------------------------------------------------------------------------


def _read(path: Path, name: str) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"cannot read {path}: {error}") from error
    title, question, params = parse_header(text, str(path))
    return NamedQuery(name=name, path=path, text=text, title=title, question=question, params=params)


def list_queries(directory: Path = QUERIES_DIR) -> list[NamedQuery]:
    """Every named query of a folder, sorted by name."""
    if not directory.is_dir():
        return []
    return [_read(path, path.stem) for path in sorted(directory.glob("*.rq"))]


def load_query(name_or_path: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    """A named query (``shared-values``) or a query file (``my.rq``, any path)."""
    path = Path(name_or_path)
    if name_or_path.endswith((".rq", ".sparql")) or "/" in name_or_path or "\\" in name_or_path:
        if not path.is_file():
            raise UsageError(f"{name_or_path}: no such query file")
        return _read(path, path.stem)
    candidate = directory / f"{name_or_path}.rq"
    if candidate.is_file():
        return _read(candidate, name_or_path)
    names = [q.stem for q in sorted(directory.glob("*.rq"))]
    close = difflib.get_close_matches(name_or_path, names, n=5, cutoff=0.5)
    close += [n for n in names if name_or_path.lower() in n and n not in close]
    hint = f"; did you mean: {', '.join(close[:5])}?" if close else "; `strategygraph queries` lists them"
    raise UsageError(f"no named query {name_or_path!r}{hint}")


# --- parameter values -----------------------------------------------------------------------


def _iri(value: str) -> URIRef:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    match = _PREFIXED.match(value)
    if match and match["prefix"] in PREFIXES and not value.startswith(("http:", "https:", "urn:")):
        value = str(PREFIXES[match["prefix"]]) + match["local"]
    try:
        ox.NamedNode(value)
    except ValueError as error:
        raise UsageError(f"not a valid IRI: {value!r}") from error
    if ":" not in value:
        raise UsageError(f"not an absolute IRI: {value!r}")
    return URIRef(value)


def _looks_like_iri(value: str) -> bool:
    value = value.strip()
    if value.startswith("<") or "://" in value or value.startswith("urn:"):
        return True
    match = _PREFIXED.match(value)
    return bool(match and match["prefix"] in PREFIXES)


def param_term(param: Param, value: str) -> Identifier:
    """The RDF term a parameter's text stands for, by the parameter's type."""
    kind = param.type
    try:
        if kind == "string":
            return Literal(value)
        if kind == "integer":
            return Literal(int(value), datatype=XSD.integer)
        if kind == "decimal":
            return Literal(str(float(value)), datatype=XSD.decimal)
    except ValueError as error:
        raise UsageError(f"param {param.name}: {value!r} is not a {kind}") from error
    if kind == "iri" or _looks_like_iri(value):
        return _iri(value)
    if kind == "organisation":
        code = value.strip()
        if _ODS.match(code):
            return organisation_iri(code)
        record = organisation_by_name(code)
        return organisation_iri(record.ods_code) if record else organisation_iri(None, code)
    if kind == "theme":
        return _iri(str(THEME) + slugify(value).replace("-", "_"))
    if kind == "ics":
        return ics_iri(value)
    raise UsageError(f"param {param.name}: unknown type {kind!r}")


def bind_params(query: NamedQuery, given: Mapping[str, str]) -> dict[str, Identifier]:
    """Terms for every parameter: the given values over the header's defaults.

    An unknown parameter name is a :class:`QueryError`; a parameter with no value and no
    default, or given as empty (``--param theme=``), stays unbound: the query then answers
    for every value.
    """
    unknown = sorted(set(given) - {p.name for p in query.params})
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise QueryError(f"{query.name}: unknown param {', '.join(unknown)} (its params: {known})")
    terms: dict[str, Identifier] = {}
    for param in query.params:
        value = given.get(param.name, param.default)
        if value is not None and value != "":
            terms[param.name] = param_term(param, value)
    return terms


# --- binding by VALUES -------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*(?::[^\s{}()<>,;."']*)?)
  | (?P<open>\{) | (?P<close>\}) | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(sparql: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, offset) of the query's tokens; strings, IRIs and comments kept whole."""
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind == "other" and match.group().isspace():
            continue
        yield kind, match.group(), match.start()


def query_form(sparql: str) -> str:
    """``select``, ``ask``, ``construct``, ``describe`` or ``update`` (the first keyword)."""
    for kind, text, _ in _tokens(sparql):
        if kind != "word":
            continue
        word = text.upper()
        if word in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
            return word.lower()
        if word in {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}:
            return "update"
    return "unknown"


def _where_brace(sparql: str) -> int:
    """Offset of the ``{`` that opens the outermost WHERE group."""
    depth = 0
    seen_form = ""
    template_done = False
    for kind, text, offset in _tokens(sparql):
        if kind == "word" and not seen_form and text.upper() in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
            seen_form = text.upper()
            continue
        if kind == "word" and text.upper() == "WHERE" and depth == 0:
            if seen_form == "CONSTRUCT" and not template_done:
                raise QueryError("cannot bind values: the CONSTRUCT WHERE short form allows no VALUES")
            template_done = True
            continue
        if kind == "open":
            if depth == 0 and seen_form:
                if seen_form != "CONSTRUCT" or template_done:
                    return offset
                template_done = True  # the CONSTRUCT template: the WHERE group is the next one
            depth += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
    raise QueryError("cannot bind values: the query has no WHERE clause")


def term_to_sparql(term: Identifier) -> str:
    """A term in SPARQL syntax, written by pyoxigraph (which rejects a malformed IRI)."""
    if isinstance(term, BNode):
        raise QueryError("a blank node cannot be bound as a parameter")
    try:
        if isinstance(term, URIRef):
            return str(ox.NamedNode(str(term)))
        if isinstance(term, Literal):
            if term.language:
                return str(ox.Literal(str(term), language=term.language))
            if term.datatype is not None:
                return str(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))))
            return str(ox.Literal(str(term)))
    except ValueError as error:
        raise UsageError(f"not a valid RDF term: {term!r}") from error
    raise QueryError(f"cannot bind {term!r}")


def inject_values(sparql: str, bindings: Mapping[str, Identifier] | None) -> str:
    """The query with ``VALUES (?a ?b) { (t1 t2) }`` at the start of its WHERE group.

    Joined there, the values bind before any GROUP BY, so an aggregate over one organisation
    aggregates over that organisation only (a trailing VALUES clause is joined after grouping).
    No newline is added, so the line numbers of a parser's message still match the file.
    """
    if not bindings:
        return sparql
    names: list[str] = []
    for name in bindings:
        key = name.lstrip("?$")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise QueryError(f"not a SPARQL variable name: {name!r}")
        names.append(f"?{key}")
    values = " ".join(term_to_sparql(term) for term in bindings.values())
    brace = _where_brace(sparql)
    block = f" VALUES ({' '.join(names)}) {{ ({values}) }} "
    return sparql[: brace + 1] + block + sparql[brace + 1 :]


_OX_ERROR = re.compile(r"^error at (?P<line>\d+):(?P<col>\d+): ?(?P<message>.*)$", re.DOTALL)
_FOUND = re.compile(r"found (?P<found>'[^']*')")


def _rdflib_position(sparql: str) -> tuple[int, int, str] | None:
    """Where rdflib's parser stops, when it does: often nearer the mistake than Oxigraph's."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(sparql)
    except Exception as error:  # pyparsing's ParseException, or rdflib's own errors
        line, col = getattr(error, "lineno", None), getattr(error, "col", None)
        if isinstance(line, int) and isinstance(col, int):
            found = _FOUND.search(str(error))
            return line, col, found["found"] if found else ""
    return None


def check_syntax(sparql: str, source: str = "query") -> None:
    """Parse a query (nothing is evaluated) or raise a :class:`QueryError` naming the line
    and column: ``my.rq:4:3: the query does not parse (line 4, column 3, at 'FILTR'): …``.

    Oxigraph's SPARQL 1.1 parser decides; its message is kept. Its position can be the end of
    the text, so when rdflib's parser also fails earlier in the text, that earlier place is named.
    """
    try:
        ox.Store().query(sparql)  # parsed now; a SELECT/CONSTRUCT is evaluated lazily, never here
    except SyntaxError as error:
        match = _OX_ERROR.match(str(error))
        if not match:
            raise QueryError(f"{source}: the query does not parse: {error}") from error
        line, col = int(match["line"]), int(match["col"])
        message = " ".join(match["message"].split())
        if "Prefix not found" in message:
            message = "a prefix is not declared (no PREFIX line for it)"
        elif len(message) > 160:
            message = message[:159] + "…"
        near = ""
        other = _rdflib_position(sparql)
        if other is not None and (other[0], other[1]) < (line, col):
            line, col = other[0], other[1]
            near = f", at {other[2]}" if other[2] else ""
        raise QueryError(
            f"{source}:{line}:{col}: the query does not parse (line {line}, column {col}{near}): {message}"
        ) from error
