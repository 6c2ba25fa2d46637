"""The strategists' pages without a browser: escaping, counts, links, atomic writes, view files.

The graph is the hand-written fixture ``tests/data/pages/fixture.trig`` (docs/MODEL.md shape) and,
for injection, ``tests/data/pages/injection.trig``; their texts are in ``tests/data/pages/text``.
One test also writes the pages of the real seed build (``seed_store`` from conftest).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from strategygraph.analysis import org_theme_graph
from strategygraph.cli import main
from strategygraph.errors import InputError, UsageError
from strategygraph.paths import CORPUS_DIR, VISUALISATIONS_DIR
from strategygraph.store import OxigraphStore
from strategygraph.visualise import PAGE_KINDS, write_pages
from strategygraph.visualise.data import Statement, gather
from strategygraph.visualise.html import json_for_script
from strategygraph.visualise.source import highlighted, locate
from strategygraph.visualise.views import load_views

DATA = Path(__file__).parent / "data" / "pages"
TEXT = DATA / "text"
ID = "https://w3id.org/strategygraph/id/"
PREFIXES = """
PREFIX sg: <https://w3id.org/strategygraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
_DATA_SCRIPT = re.compile(r'<script type="application/json" id="sg-data">(.*?)</script>', re.S)


def load_store(trig: Path) -> OxigraphStore:
    store = OxigraphStore()
    store.load(trig, "trig")
    return store


def page_data(path: Path) -> dict:
    match = _DATA_SCRIPT.search(path.read_text(encoding="utf-8"))
    assert match, f"{path} has no data"
    return json.loads(match.group(1))


def scalar(store: OxigraphStore, sparql: str) -> int:
    row = store.query(PREFIXES + sparql).rows[0]
    return int(row[0].toPython())


def expected_overview(store: OxigraphStore) -> tuple[int, int]:
    """Nodes and edges of the ICS overview, counted from the graph independently of the pages."""
    nodes = scalar(store, """SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {
        { ?n a sg:IntegratedCareSystem } UNION { ?n a sg:Partnership }
        UNION { ?n sg:memberOf ?g } UNION { ?g sg:hasMember ?n }
        UNION { ?n sg:partnerOf ?x } UNION { ?x sg:partnerOf ?n }
        UNION { ?d a sg:StrategyDocument ; dcterms:publisher ?n } }""")
    members = scalar(store, """SELECT (COUNT(*) AS ?c) WHERE { SELECT DISTINCT ?o ?g WHERE {
        { ?o sg:memberOf ?g } UNION { ?g sg:hasMember ?o } } }""")
    partners = scalar(store, """SELECT (COUNT(*) AS ?c) WHERE { SELECT DISTINCT ?a ?b WHERE {
        { ?a sg:partnerOf ?b } UNION { ?b sg:partnerOf ?a } FILTER (STR(?a) < STR(?b)) } }""")
    return nodes, members + partners


def expected_shared(store: OxigraphStore) -> tuple[int, int]:
    """Organisations + themes (nodes); organisation-theme pairs + aligned organisation pairs (edges)."""
    rows = store.query(PREFIXES + """SELECT DISTINCT ?o ?t WHERE {
        ?s sg:addressesTheme ?t ; prov:wasDerivedFrom ?d . ?d a sg:StrategyDocument ; dcterms:publisher ?o }""").rows
    aligned = store.query(PREFIXES + """SELECT DISTINCT ?o1 ?o2 WHERE {
        { ?a sg:alignsWith ?b } UNION { ?b sg:alignsWith ?a }
        ?a prov:wasDerivedFrom/dcterms:publisher ?o1 . ?b prov:wasDerivedFrom/dcterms:publisher ?o2 .
        FILTER (?o1 != ?o2) }""").rows
    org_pairs = {tuple(sorted((str(a), str(b)))) for a, b in aligned}
    orgs = {str(o) for o, _ in rows} | {o for pair in org_pairs for o in pair}
    themes = {str(t) for _, t in rows}
    return len(orgs) + len(themes), len(rows) + len(org_pairs)


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    return load_store(DATA / "fixture.trig")


@pytest.fixture(scope="module")
def site(store: OxigraphStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pages") / "pages"
    write_pages(store, out, text_dirs=[TEXT])
    return out


@pytest.fixture(scope="module")
def injection_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("injection") / "pages"
    write_pages(load_store(DATA / "injection.trig"), out, text_dirs=[TEXT])
    return out


# --- escaping -----------------------------------------------------------------------------------

NASTY = [
    "</script><script>window.__pwned=1</script>",
    "<!-- <script>",
    '<img src=x onerror="window.__pwned=1">',
    "]]> & \u2028 \u2029 \"quoted\" 'single'",
]


@pytest.mark.parametrize("text", NASTY)
def test_embedded_json_cannot_close_its_script(text: str) -> None:
    encoded = json_for_script({"t": text, "list": [text]})
    for forbidden in ("</", "<!--", "<", ">", "\u2028", "\u2029"):
        assert forbidden not in encoded
    assert json.loads(encoded) == {"t": text, "list": [text]}


def test_injected_text_is_escaped_on_every_page(injection_site: Path) -> None:
    pages = sorted(injection_site.rglob("*.html"))
    assert len(pages) >= 9
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert "window.__pwned=1</script>" not in html, path
        assert "<img src=x" not in html, path
        assert "<b onmouseover" not in html, path
        # the page's own scripts only: the JSON data, the library and the page script
        soup = BeautifulSoup(html, "html.parser")
        assert all(not tag.attrs.keys() & {"onerror", "onmouseover", "onload"} for tag in soup.find_all(True))
        assert len(soup.find_all("script")) <= 3, path
    source = (injection_site / "source" / "test-injection.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in source
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in source
    assert "&lt;!-- comments --&gt;" in source
    data = page_data(injection_site / "organisation" / "xss.html")
    labels = [n["label"] for n in data["network"]["nodes"]]
    assert any("<img src=x" in label for label in labels)  # kept as text, in escaped JSON


def test_every_page_declares_a_content_security_policy(site: Path) -> None:
    for path in site.rglob("*.html"):
        head = path.read_text(encoding="utf-8")[:3000]
        assert 'http-equiv="Content-Security-Policy"' in head, path
        assert "connect-src &#x27;none&#x27;" in head, path


# --- offline and links --------------------------------------------------------------------------


def test_pages_reference_nothing_outside_the_folder(site: Path) -> None:
    for path in site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        assert not soup.find_all("link"), path
        for tag in soup.find_all(src=True):
            assert not re.match(r"^[a-z]+:", tag["src"]), (path, tag["src"])
        for tag in soup.find_all(href=True):
            assert not re.match(r"^[a-z]+:", tag["href"]), (path, tag["href"])
        for style in soup.find_all("style"):
            assert "@import" not in style.text and "url(http" not in style.text


def test_every_link_resolves(site: Path) -> None:
    checked = 0
    ids: dict[Path, set[str]] = {}
    for path in site.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        hrefs = [a["href"] for a in soup.find_all("a", href=True)]
        hrefs += _detail_hrefs(path)
        for href in hrefs:
            target, _, anchor = href.partition("#")
            resolved = (path.parent / target).resolve() if target else path
            assert resolved.is_file(), (path, href)
            if anchor:
                if resolved not in ids:
                    soup_ids = BeautifulSoup(resolved.read_text(encoding="utf-8"), "html.parser").find_all(id=True)
                    ids[resolved] = {t["id"] for t in soup_ids}
                assert anchor in ids[resolved], (path, href)
            checked += 1
    assert checked > 100


def _detail_hrefs(path: Path) -> list[str]:
    """Links inside the network's detail panels (relative to the pages' root)."""
    match = _DATA_SCRIPT.search(path.read_text(encoding="utf-8"))
    data = json.loads(match.group(1)) if match else {}
    root = data.get("root", "")
    found = []
    for node in data.get("network", {}).get("nodes", []):
        detail = node.get("d", {})
        if detail.get("href"):
            found.append(root + detail["href"])
        found += [root + item["href"] for item in detail.get("items", []) if item.get("href")]
    return found


def test_expected_pages_are_written(site: Path) -> None:
    names = {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()}
    for expected in [
        "index.html", "overview.html", "shared.html", "coverage.html",
        "ics/our-dorset.html", "ics/one-gloucestershire.html", "shared/our-dorset.html",
        "organisation/rbd.html", "organisation/rdy.html", "organisation/rte.html",
        "organisation/healthwatch-dorset.html", "theme/health-inequalities.html",
        "theme/primary-care.html", "source/test-dorset-joint.html", "assets/vis-network.min.js",
    ]:
        assert expected in names
    assert not [n for n in names if n.endswith(".tmp")]


# --- counts -------------------------------------------------------------------------------------


def test_overview_network_matches_the_graph(site: Path, store: OxigraphStore) -> None:
    net = page_data(site / "overview.html")["network"]
    assert (len(net["nodes"]), len(net["edges"])) == expected_overview(store) == (8, 8)
    assert len({n["id"] for n in net["nodes"]}) == len(net["nodes"])


def test_shared_network_matches_the_graph(site: Path, store: OxigraphStore) -> None:
    net = page_data(site / "shared.html")["network"]
    assert (len(net["nodes"]), len(net["edges"])) == expected_shared(store) == (15, 30)
    widths = {e["id"]: e["width"] for e in net["edges"]}
    rbd, theme = ID + "organisation/RBD", "https://w3id.org/strategygraph/theme/"
    # edge width grows with the number of statements: RBD has 2 on prevention, 1 on workforce
    assert widths[f"t|{rbd}|{theme}prevention"] > widths[f"t|{rbd}|{theme}workforce"]
    sizes = {n["id"]: n["size"] for n in net["nodes"]}
    assert sizes[theme + "health_inequalities"] > sizes[theme + "digital_innovation"]


def test_most_shared_theme_comes_first(site: Path) -> None:
    soup = BeautifulSoup((site / "shared.html").read_text(encoding="utf-8"), "html.parser")
    first = soup.select_one("ol.sg-top-themes li")
    assert first is not None and first["data-sg-name"] == "Health inequalities"


def test_coverage_marks_gaps_and_counts(site: Path) -> None:
    soup = BeautifulSoup((site / "coverage.html").read_text(encoding="utf-8"), "html.parser")
    heads = [th.get("title") for th in soup.select("th.sg-col")]
    assert heads[:4] == sorted(heads[:4])  # the four purposes, then shifts and themes
    assert len(heads) == 4 + 3 + 12
    row = next(tr for tr in soup.select("tr") if tr.th and tr.th.get("data-sg-name") == "NHS Gloucestershire")
    cells = row.find_all("td")
    counts = {heads[i]: c.text for i, c in enumerate(cells)}
    assert counts["Environmental sustainability"] == "1"
    assert counts["Workforce"] == "–" and "sg-gap" in cells[heads.index("Workforce")]["class"]
    assert counts["Prevention and population health"] == "2"


# --- source pages -------------------------------------------------------------------------------


def test_every_statement_is_highlighted_in_its_source(site: Path, store: OxigraphStore) -> None:
    rows = store.query(PREFIXES + """SELECT ?s ?exact ?d WHERE {
        ?s sg:hasTextTarget/oa:hasSelector/oa:exact ?exact ; prov:wasDerivedFrom ?d }""").rows
    assert len(rows) == 15
    for statement, exact, document in rows:
        doc_id = str(document).rsplit("/", 1)[-1]
        soup = BeautifulSoup((site / "source" / f"{doc_id}.html").read_text(encoding="utf-8"), "html.parser")
        anchor = "st-" + str(statement).rsplit("/", 1)[-1]
        mark = soup.find(id=anchor)
        assert mark is not None and mark.name == "mark", anchor
        assert mark.get_text() == str(exact)


def _statement(start: int, end: int, text: str, iri: str = "s") -> Statement:
    return Statement(iri=ID + "statement/d/" + iri, kind="commitment", text=text, label=text,
                     document=ID + "document/d", start=start, end=end, exact=text)


def test_highlights_nest_and_escape() -> None:
    text = "ab <c> de"
    outer, inner = _statement(0, 9, text, "outer"), _statement(3, 6, "<c>", "inner")
    html = highlighted(text, [(0, 9, outer), (3, 6, inner)])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.get_text() == text
    assert soup.find(id="st-outer").find(id="st-inner").get_text() == "<c>"
    crossing = highlighted("abcdef", [(0, 4, _statement(0, 4, "abcd", "x")), (2, 6, _statement(2, 6, "cdef", "y"))])
    assert BeautifulSoup(crossing, "html.parser").get_text() == "abcdef"


def test_wrong_offsets_fall_back_to_the_quote() -> None:
    statement = _statement(0, 4, "world")
    assert locate("hello world", statement) == (6, 11)
    assert locate("hello", _statement(0, 3, "absent")) is None


# --- writing ------------------------------------------------------------------------------------


def test_rewrite_changes_nothing_and_removes_stale_pages(store: OxigraphStore, tmp_path: Path) -> None:
    out = tmp_path / "pages"
    first = write_pages(store, out, text_dirs=[TEXT])
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in first}
    stale = out / "organisation" / "gone.html"
    stale.write_text("old", encoding="utf-8")
    second = write_pages(store, out, text_dirs=[TEXT])
    assert first == second
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in second} == before
    assert not stale.exists()
    assert not list(out.rglob("*.tmp"))


def test_page_kinds_can_be_limited(store: OxigraphStore, tmp_path: Path) -> None:
    written = write_pages(store, tmp_path, text_dirs=[TEXT], kinds=["main"])
    assert sorted(p.name for p in written) == ["coverage.html", "index.html", "overview.html", "shared.html"]
    with pytest.raises(UsageError):
        write_pages(store, tmp_path, kinds=["everything"])


# --- view definitions ---------------------------------------------------------------------------


def test_view_definitions_come_from_visualisations(store: OxigraphStore, tmp_path: Path) -> None:
    views = load_views()
    assert views.folder == VISUALISATIONS_DIR
    for name in views.config["queries"]:
        assert views.query_text(name).strip()
    folder = tmp_path / "views"
    shutil.copytree(VISUALISATIONS_DIR, folder, ignore=shutil.ignore_patterns("output"))
    toml = folder / "views.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('AcuteTrust = "#D55E00"', 'AcuteTrust = "#123456"'),
                    encoding="utf-8")
    write_pages(store, tmp_path / "pages", views=load_views(folder), text_dirs=[TEXT], kinds=["main"])
    nodes = page_data(tmp_path / "pages" / "overview.html")["network"]["nodes"]
    rbd = next(n for n in nodes if n["id"] == ID + "organisation/RBD")
    assert rbd["color"]["background"] == "#123456"


def test_broken_view_definitions_are_reported(tmp_path: Path) -> None:
    (tmp_path / "views.toml").write_text("[queries]\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing sections"):
        load_views(tmp_path)
    (tmp_path / "views.toml").write_text("[queries\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid TOML"):
        load_views(tmp_path)


def test_gather_reads_the_model(store: OxigraphStore) -> None:
    data = gather(store, load_views())
    rdy = data.organisations[ID + "organisation/RDY"]
    assert rdy.kinds == ["MentalHealthTrust", "CommunityTrust"] and rdy.kind == "MentalHealthTrust"
    assert [g.label for g in data.icss_of(rdy.iri)] == ["Our Dorset"]
    assert data.partners == [(ID + "organisation/RBD", ID + "organisation/RDY")]
    assert len(data.alignments) == 2 and all(isinstance(score, float) for _, _, score in data.alignments)
    assert {s.kind for s in data.statements.values()} == {"vision", "mission", "value", "goal", "commitment"}
    assert PAGE_KINDS[0] == "main"


# --- command line -------------------------------------------------------------------------------


def test_cli_writes_pages_from_a_store_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "store"
    disk = OxigraphStore(folder)
    disk.load(DATA / "fixture.trig", "trig")
    disk.close()
    out = tmp_path / "pages"
    assert main(["--store", str(folder), "visualise", "--out", str(out), "--text", str(TEXT)]) == 0
    assert (out / "index.html").is_file()
    assert "index.html" in capsys.readouterr().out
    assert main(["--store", str(tmp_path / "missing"), "visualise", "--out", str(out)]) == 2
    assert "no built graph" in capsys.readouterr().err


# --- the real seed build ------------------------------------------------------------------------


def test_seed_build_pages(seed_store, seed_build, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "pages"
    write_pages(seed_store, out, text_dirs=[seed_build.out_dir / "text", CORPUS_DIR])
    net = page_data(out / "overview.html")["network"]
    assert (len(net["nodes"]), len(net["edges"])) == expected_overview(seed_store)
    net = page_data(out / "shared.html")["network"]
    assert (len(net["nodes"]), len(net["edges"])) == expected_shared(seed_store)
    # the organisation-theme edges and their statement counts are the analysis's projection
    projection = org_theme_graph(seed_store)
    weights = {}
    for a, b, attributes in projection.edges(data=True):
        org, theme = (b, a) if projection.nodes[a]["kind"] == "theme" else (a, b)
        weights[(org, theme)] = attributes["weight"]
    assert {(e["from"], e["to"]): e["n"] for e in net["edges"] if e["id"].startswith("t|")} == weights
    rows = seed_store.query(PREFIXES + """SELECT ?s ?exact ?d WHERE {
        ?s sg:hasTextTarget/oa:hasSelector/oa:exact ?exact ; prov:wasDerivedFrom ?d }""").rows
    assert rows
    located = 0
    for statement, exact, document in rows:
        doc_id = str(document).rsplit("/", 1)[-1]
        soup = BeautifulSoup((out / "source" / f"{doc_id}.html").read_text(encoding="utf-8"), "html.parser")
        mark = soup.find(id="st-" + str(statement).rsplit("/", 1)[-1])
        assert mark is not None
        if mark.name == "mark":
            assert mark.get_text().startswith(str(exact)[:20])
            located += 1
    assert located == len(rows)
