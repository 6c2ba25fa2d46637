"""Named queries: headers, safe parameter binding, and each query's answer on known graphs.

Expected answers live in ``tests/data/queries/expected_*.json`` (one list of cases per query);
every named query must have at least one case in each file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from strategygraph.errors import QueryError, UsageError
from strategygraph.ids import GRAPH_SUMMARY
from strategygraph.namespaces import ID, THEME
from strategygraph.paths import CORPUS_DIR
from strategygraph.queries import (
    Param,
    bind_params,
    check_syntax,
    inject_values,
    list_queries,
    load_query,
    parse_header,
    query_form,
)
from strategygraph.results import compact
from strategygraph.store import OxigraphStore, QueryResult, RdflibMemoryStore, to_rdflib
from strategygraph.summaries import summary_triples

DATA = Path(__file__).parent / "data" / "queries"
FIXTURE = DATA / "fixture.trig"
QUERIES = list_queries()
NAMES = [q.name for q in QUERIES]


def _expected(name: str) -> dict[str, list[dict]]:
    return {k: v for k, v in json.loads((DATA / name).read_text(encoding="utf-8")).items() if not k.startswith("_")}


def _matches(row: dict[str, str], wanted: dict[str, str]) -> bool:
    for key, value in wanted.items():
        cell = row.get(key, "")
        if value.startswith("~"):
            if value[1:].casefold() not in cell.casefold():
                return False
        elif cell != value:
            return False
    return True


def check_case(result: QueryResult, case: dict) -> None:
    """Assert one expectation case (rows, includes, excludes, first, boolean, graph) holds."""
    if "boolean" in case:
        assert result.kind == "ask" and result.boolean is case["boolean"]
        return
    if "triples_min" in case:
        assert result.kind == "construct" and result.graph is not None
        assert len(result.graph) >= case["triples_min"]
        triples = {tuple(compact(t) for t in triple) for triple in result.graph}
        for wanted in case.get("graph_includes", []):
            assert tuple(wanted) in triples, f"missing triple {wanted}"
        return
    rows = [{v: compact(t) for v, t in zip(result.variables, row, strict=True)} for row in result.rows]
    shown = "\n".join(map(str, rows))
    if "rows" in case:
        assert len(rows) == case["rows"], f"expected {case['rows']} rows, got:\n{shown}"
    if "min_rows" in case:
        assert len(rows) >= case["min_rows"], f"expected >= {case['min_rows']} rows, got:\n{shown}"
    for wanted in case.get("includes", []):
        assert any(_matches(r, wanted) for r in rows), f"no row matches {wanted} in:\n{shown}"
    for unwanted in case.get("excludes", []):
        assert not any(_matches(r, unwanted) for r in rows), f"a row matches {unwanted} in:\n{shown}"
    if "first" in case:
        assert rows and _matches(rows[0], case["first"]), f"first row is not {case['first']}:\n{shown}"


def run_named(store, name: str, params: dict[str, str]) -> QueryResult:
    query = load_query(name)
    return store.query(inject_values(query.text, bind_params(query, params)))


def cases(file_name: str) -> list[tuple[str, int, dict]]:
    return [(n, i, c) for n, found in _expected(file_name).items() for i, c in enumerate(found)]


# --- the query files ------------------------------------------------------------------------


def test_there_are_at_least_twelve_named_queries() -> None:
    assert len(QUERIES) >= 12


@pytest.mark.parametrize("query", QUERIES, ids=NAMES)
def test_named_query_has_a_header_and_parses(query) -> None:
    assert query.title and query.question, f"{query.path}: needs '# title:' and '# question:'"
    check_syntax(query.text, query.path.name)
    assert query_form(query.text) in {"select", "ask", "construct"}
    for param in query.params:
        assert f"?{param.name}" in query.text, f"{query.name}: param {param.name} is not a variable of the query"
    # with every default bound, the text still parses (the VALUES block lands in the WHERE group)
    check_syntax(inject_values(query.text, bind_params(query, {})), query.path.name)


@pytest.mark.parametrize("file_name", ["expected_fixture.json", "expected_seed.json"])
def test_every_named_query_has_expected_answers(file_name: str) -> None:
    missing = sorted(set(NAMES) - set(_expected(file_name)))
    assert not missing, f"{file_name} has no case for {missing}"


def test_every_named_query_is_in_the_readme() -> None:
    readme = (Path(load_query(NAMES[0]).path).parent / "README.md").read_text(encoding="utf-8")
    assert not [n for n in NAMES if f"`{n}`" not in readme]


def test_header_parsing() -> None:
    text = (
        "# title: A title\n# question: Who?\n#   and why?\n"
        "# param: org (organisation, default: RXM) the organisation\n#   by code\n"
        "# param: words (default: none) what to look for\n# param: plain\n\nSELECT * WHERE {}\n"
    )
    title, question, params = parse_header(text)
    assert title == "A title" and question == "Who? and why?"
    assert params == (
        Param("org", "organisation", "RXM", "the organisation by code"),
        Param("words", "string", None, "what to look for"),
        Param("plain", "string", None, ""),
    )
    with pytest.raises(QueryError):
        parse_header("# param: x (colour, default: 1)\nSELECT * {}")


# --- binding values ---------------------------------------------------------------------------


def test_param_types_become_terms() -> None:
    query = load_query("addresses-theme")
    assert bind_params(query, {}) == {"organisation": ID["organisation/RX3"], "theme": THEME.health_inequalities}
    assert bind_params(query, {"organisation": "rxm"})["organisation"] == ID["organisation/RXM"]
    named = bind_params(query, {"organisation": "Derbyshire Healthcare NHS Foundation Trust"})
    assert named["organisation"] == ID["organisation/RXM"]
    assert bind_params(query, {"theme": "theme:workforce"})["theme"] == THEME.workforce
    assert bind_params(load_query("ics-themes"), {"ics": "One Gloucestershire"})["ics"] == ID["ics/one-gloucestershire"]


def test_unknown_param_and_bad_values_are_refused() -> None:
    query = load_query("theme-commitments")
    with pytest.raises(QueryError, match="unknown param colour"):
        bind_params(query, {"colour": "red"})
    with pytest.raises(UsageError):
        bind_params(load_query("statement-provenance"), {"statement": "<http://x> } ; DROP ALL #"})
    with pytest.raises(UsageError):
        bind_params(load_query("statement-provenance"), {"statement": "not an iri"})


def test_unknown_query_name_lists_close_matches() -> None:
    with pytest.raises(UsageError, match="theme-commitments"):
        load_query("theme-comitments")


def test_values_bind_before_grouping_and_text_stays_inert() -> None:
    store = OxigraphStore()
    store.load(FIXTURE, "trig")
    sparql = (
        "PREFIX sg: <https://w3id.org/strategygraph/ontology#>\n"
        "# a comment with { a brace\n"
        'SELECT ?org (COUNT(?s) AS ?n) WHERE { ?s sg:text ?t FILTER(?t != "}{") . '
        "?s <http://www.w3.org/ns/prov#wasDerivedFrom> ?d . ?d <http://purl.org/dc/terms/publisher> ?org } GROUP BY ?org"
    )
    result = store.query(inject_values(sparql, {"org": ID["organisation/RX3"]}))
    assert [tuple(map(str, r)) for r in result.rows] == [(str(ID["organisation/RX3"]), "6")]
    hostile = Literal('x" } } ; DROP ALL ; SELECT * { "')
    text = inject_values("SELECT ?t WHERE { ?s ?p ?t }", {"t": hostile})
    assert store.query(text).rows == []
    check_syntax(text)


def test_values_go_into_the_where_clause_of_a_construct() -> None:
    text = inject_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": URIRef("http://e/x")})
    assert text.startswith("CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s)")
    # the short form takes triple patterns only: VALUES there would not parse, so say so
    with pytest.raises(QueryError, match="short form"):
        inject_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": URIRef("http://e/x")})
    assert "VALUES (?x) { (<http://e/>) }" in inject_values("ASK { ?x ?p ?o }", {"x": URIRef("http://e/")})


def test_a_query_that_does_not_parse_names_line_and_column() -> None:
    with pytest.raises(QueryError, match=r"bad\.rq:3:2: .*line 3, column 2"):
        check_syntax("SELECT *\nWHERE {\n ?s ?p \n}", "bad.rq")


# --- answers --------------------------------------------------------------------------------


def _add_summary(store) -> None:
    """The summary graph a build writes after its analysis (two queries read it), made from the
    fixture itself by each backend, as ``strategygraph build`` does."""
    graph = Graph()
    for t in summary_triples(store):
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    assert len(graph), "the fixture has statements and an alignment: its summary is not empty"
    store.replace_graph(GRAPH_SUMMARY, graph)


@pytest.fixture(scope="module")
def fixture_stores() -> dict[str, object]:
    oxigraph, memory = OxigraphStore(), RdflibMemoryStore()
    oxigraph.load(FIXTURE, "trig")
    memory.load(FIXTURE, "trig")
    _add_summary(oxigraph)
    _add_summary(memory)
    return {"oxigraph": oxigraph, "rdflib": memory}


@pytest.mark.parametrize("backend", ["oxigraph", "rdflib"])
@pytest.mark.parametrize(("name", "index", "case"), cases("expected_fixture.json"), ids=lambda v: str(v) if not isinstance(v, dict) else "")
def test_named_query_answers_on_the_fixture(fixture_stores, backend: str, name: str, index: int, case: dict) -> None:
    check_case(run_named(fixture_stores[backend], name, case.get("params", {})), case)


@pytest.mark.parametrize(("name", "index", "case"), cases("expected_seed.json"), ids=lambda v: str(v) if not isinstance(v, dict) else "")
def test_named_query_answers_on_the_seed_build(seed_store, name: str, index: int, case: dict) -> None:
    check_case(run_named(seed_store, name, case.get("params", {})), case)


def test_provenance_offsets_point_at_the_quote_in_the_seed_texts(seed_store, seed_build) -> None:
    """statement-provenance's [start, end) of every statement cuts its exact quote out of the
    text the offsets index: the corpus file itself for .txt, else the build's text copy."""
    result = run_named(seed_store, "statement-provenance", {"contains": ""})
    rows = result.dicts()
    assert len(rows) >= 40
    for row in rows:
        path = CORPUS_DIR / str(row["fileName"])
        if path.suffix not in {".txt", ".md"}:
            path = seed_build.out_dir / "text" / f"{path.stem}.txt"
        text = path.read_text(encoding="utf-8")
        assert text[int(row["start"]) : int(row["end"])] == str(row["exact"]), row["statement"]
