"""The strategists' pages in a real browser: Debian's chromium driven by Playwright.

Every page is opened from file:// with the network routed and recorded: no console error, no
request outside file://. The network's node and edge counts are read from the page's vis DataSet
and compared with counts from the store; search, click, filters and the link to the source are
exercised; the injection fixture must run no script; a synthetic national-scale graph must draw
its main pages in under 3 s. Screenshots go to tests/artifacts/pages/ (ignored by git).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from test_pages import DATA, ID, TEXT, expected_overview, expected_shared, load_store

from strategygraph.store import OxigraphStore
from strategygraph.visualise import write_pages

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).parent / "artifacts" / "pages"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    return load_store(DATA / "fixture.trig")


@pytest.fixture(scope="module")
def site(store: OxigraphStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser-pages") / "pages"
    write_pages(store, out, text_dirs=[TEXT])
    return out


class Tab:
    """One browser tab whose console errors and requests outside file:// are recorded.

    A trap runs before every page's own scripts: ``window.__pwned`` is reset, so a test can tell
    whether any injected script assigned it.
    """

    def __init__(self, browser: Browser) -> None:
        self.page: Page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)
        self.page.add_init_script("window.__pwned = undefined;")

    def _route(self, route) -> None:  # noqa: ANN001
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, path: Path) -> Page:
        self.errors.clear()
        self.outside.clear()
        self.page.goto(path.as_uri())
        self.wait_rendered()
        return self.page

    def wait_rendered(self) -> None:
        # a selector, not wait_for_function: the pages' CSP forbids the eval that polling uses
        self.page.wait_for_selector("body[data-rendered='1']", state="attached", timeout=15000)


@pytest.fixture(scope="module")
def tab(browser: Browser) -> Iterator[Tab]:
    opened = Tab(browser)
    yield opened
    opened.page.close()


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def node_point(page: Page, node: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    x, y = page.evaluate(
        "(id) => { const p = sgNetwork.canvasToDOM(sgNetwork.getPosition(id));"
        " const r = document.querySelector('#sg-network canvas').getBoundingClientRect();"
        " return [r.left + p.x, r.top + p.y]; }",
        node,
    )
    return x, y


def click_node(page: Page, node: str) -> None:
    page.mouse.click(*node_point(page, node))


def test_every_page_loads_offline_without_errors(tab: Tab, site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 25
    problems = []
    shot_folders: set[str] = set()
    for path in pages:
        page = tab.open(path)
        relative = path.relative_to(site)
        if len(relative.parts) == 1 or relative.parts[0] not in shot_folders:  # one of each kind
            shot_folders.add(relative.parts[0])
            screenshot(page, str(relative).removesuffix(".html").replace("/", "_"))
        if tab.errors or tab.outside:
            problems.append((str(relative), list(tab.errors), list(tab.outside)))
    assert problems == []


@pytest.mark.parametrize("name, expected", [("overview", expected_overview), ("shared", expected_shared)])
def test_network_counts_equal_the_graph(tab: Tab, site: Path, store: OxigraphStore, name, expected) -> None:  # noqa: ANN001
    page = tab.open(site / f"{name}.html")
    counts = page.evaluate("[window.sgNodes.length, window.sgEdges.length]")
    assert tuple(counts) == expected(store)
    drawn = page.evaluate("[sgNetwork.body.nodeIndices.length, sgNetwork.body.edgeIndices.length]")
    assert drawn == counts


def test_search_focuses_the_organisation(tab: Tab, site: Path) -> None:
    target = ID + "organisation/RTE"
    page = tab.open(site / "overview.html")
    page.fill("#sg-search", "gloucestershire hospitals")
    page.press("#sg-search", "Enter")
    assert page.evaluate("window.sgFocused") == target
    assert page.evaluate("window.sgNetwork.getSelectedNodes()") == [target]
    centre = page.evaluate(
        "(id) => { const v = sgNetwork.getViewPosition(), p = sgNetwork.getPosition(id);"
        " return Math.hypot(v.x - p.x, v.y - p.y); }",
        target,
    )
    assert centre < 1.0
    assert page.inner_text("#sg-detail h2") == "Gloucestershire Hospitals NHS Foundation Trust"
    page.fill("#sg-search", "RBD")  # by ODS code
    page.press("#sg-search", "Enter")
    assert page.evaluate("window.sgFocused") == ID + "organisation/RBD"
    page.fill("#sg-search", "no such organisation")
    page.press("#sg-search", "Enter")
    assert page.inner_text("#sg-search-status") == "Not found"
    screenshot(page, "search-overview")


def test_search_on_a_table_page_focuses_the_row(tab: Tab, site: Path) -> None:
    page = tab.open(site / "coverage.html")
    page.fill("#sg-search", "NHS Gloucestershire")
    page.press("#sg-search", "Enter")
    assert page.evaluate("document.activeElement.getAttribute('data-sg-name')") == "NHS Gloucestershire"


def test_clicking_a_node_shows_its_detail(tab: Tab, site: Path) -> None:
    page = tab.open(site / "shared.html")
    click_node(page, ID + "organisation/RBD")
    page.wait_for_selector("#sg-detail[data-shown]", state="attached")
    assert page.evaluate("window.sgClicked") == ID + "organisation/RBD"
    assert page.inner_text("#sg-detail h2") == "Dorset County Hospital NHS Foundation Trust"
    assert "Healthier lives, empowered citizens, thriving communities." in page.inner_text("#sg-detail")
    screenshot(page, "click-shared")
    with page.expect_navigation():
        page.click("#sg-detail a.sg-open")
    tab.wait_rendered()
    assert page.url.endswith("/organisation/rbd.html")
    assert tab.errors == [] and tab.outside == []


def test_filters_narrow_the_network(tab: Tab, site: Path) -> None:
    page = tab.open(site / "shared.html")
    page.select_option("#sg-filter-ics", ID + "ics/one-gloucestershire")
    # RTE and QR1 with the nine themes they address between them
    assert page.evaluate("window.sgVisible()") == 2 + 9
    page.select_option("#sg-filter-theme", "https://w3id.org/strategygraph/theme/workforce")
    assert page.evaluate("window.sgVisible()") == 2
    page.select_option("#sg-filter-ics", "")
    page.select_option("#sg-filter-theme", "")
    page.select_option("#sg-filter-kind", "AcuteTrust")
    assert page.evaluate("window.sgVisible()") == 2 + 10
    page.fill("#sg-search", "NHS Gloucestershire")  # filtered out: the search clears the filters
    page.press("#sg-search", "Enter")
    assert page.evaluate("window.sgFocused") == ID + "organisation/QR1"
    assert page.evaluate("window.sgNetwork.body.nodeIndices.length") == 15
    assert page.input_value("#sg-filter-kind") == ""


def test_statement_links_to_its_place_in_the_source(tab: Tab, site: Path) -> None:
    page = tab.open(site / "organisation" / "rbd.html")
    link = page.locator("p.sg-statement", has_text="reduce health inequalities across Dorset").locator("a").first
    with page.expect_navigation():
        link.click()
    tab.wait_rendered()
    assert "/source/test-dorset-joint.html#st-commitment-" in page.url
    assert page.evaluate("document.querySelector(':target').textContent") == (
        "We will reduce health inequalities across Dorset."
    )
    screenshot(page, "source-target")


def test_injected_text_runs_no_script(tab: Tab, tmp_path: Path) -> None:
    out = tmp_path / "pages"
    write_pages(load_store(DATA / "injection.trig"), out, text_dirs=[TEXT])
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 9
    for path in pages:
        page = tab.open(path)
        if page.evaluate("!!window.sgNetwork"):
            for node in page.evaluate("sgNodes.getIds()"):  # click every node: detail panels
                click_node(page, node)
                if node.endswith("/XSS"):  # hover it: its tooltip carries the injected name
                    page.mouse.move(*node_point(page, node))
                    page.wait_for_selector("div.vis-tooltip", state="visible")
                    tooltip = page.evaluate("document.querySelector('div.vis-tooltip').textContent")
                    assert "<img src=x" in tooltip  # shown as text
                    screenshot(page, "injection-tooltip")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert tab.errors == [] and tab.outside == [], (path, tab.errors)
        if path.name == "test-injection.html":
            text = page.inner_text(".sg-source")
            assert "<script>window.__pwned=1</script>" in text
            assert '<img src=x onerror="window.__pwned=1">' in text
            screenshot(page, "injection-source")
        if path.name == "xss.html":
            assert "<img src=x" in page.inner_text("h1")
            screenshot(page, "injection-organisation")


# --- national scale -----------------------------------------------------------------------------

SG = "https://w3id.org/strategygraph/ontology#"
TH = "https://w3id.org/strategygraph/theme/"
THEMES = ["health_inequalities", "prevention", "workforce", "integrated_care", "digital_innovation",
          "financial_sustainability", "quality_safety", "patient_experience", "access_waiting_times",
          "mental_health", "community_engagement", "partnership_working", "research_education",
          "environmental_sustainability", "urgent_emergency_care", "primary_care"]


def synthetic_store(organisations: int, systems: int = 42, seed: int = 7) -> ox.Store:
    """A national-scale graph in the model's shape: organisations in ICSs, a strategy each."""
    rnd = random.Random(seed)
    node, lit = ox.NamedNode, ox.Literal
    rdf_type = node("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = node("http://www.w3.org/2000/01/rdf-schema#label")
    quads: list[ox.Quad] = []

    def add(s: str, p: ox.NamedNode | str, o: object, graph: str) -> None:
        predicate = p if isinstance(p, ox.NamedNode) else node(p)
        obj = o if not isinstance(o, str) else node(o)
        quads.append(ox.Quad(node(s), predicate, obj, node(ID + graph)))

    for theme in THEMES:
        add(TH + theme, "http://www.w3.org/2004/02/skos/core#inScheme", TH + "scheme", "graph/themes")
    for i in range(systems):
        add(f"{ID}ics/system-{i:02d}", rdf_type, SG + "IntegratedCareSystem", "graph/reference")
        add(f"{ID}ics/system-{i:02d}", label, lit(f"System {i:02d}"), "graph/reference")
    kinds = ["AcuteTrust", "MentalHealthTrust", "CommunityTrust", "AmbulanceTrust", "IntegratedCareBoard"]
    for j in range(organisations):
        org, doc_id = f"{ID}organisation/S{j:05d}", f"doc-{j:05d}"
        doc, graph = f"{ID}document/{doc_id}", f"graph/{doc_id}"
        add(org, rdf_type, SG + rnd.choice(kinds), "graph/reference")
        add(org, label, lit(f"Synthetic organisation {j:05d}"), "graph/reference")
        add(org, SG + "memberOf", f"{ID}ics/system-{j % systems:02d}", "graph/reference")
        if j % 3:
            add(org, SG + "partnerOf", f"{ID}organisation/S{j - 1:05d}", "graph/reference")
        add(doc, rdf_type, SG + "StrategyDocument", graph)
        add(doc, "http://purl.org/dc/terms/publisher", org, graph)
        for k, kind in enumerate(["Vision", "Mission", "Goal", "Commitment", "Commitment", "Commitment"]):
            statement = f"{ID}statement/{doc_id}/{kind.lower()}-{k}"
            add(statement, rdf_type, SG + kind, graph)
            add(statement, SG + "text", lit(f"{kind} {k} of organisation {j}: we will work together."), graph)
            add(statement, "http://www.w3.org/ns/prov#wasDerivedFrom", doc, graph)
            for theme in rnd.sample(THEMES, 2):
                add(statement, SG + "addressesTheme", TH + theme, graph)
        if j:
            add(f"{ID}statement/{doc_id}/commitment-3", SG + "alignsWith",
                f"{ID}statement/doc-{j - 1:05d}/commitment-3", "graph/alignment")
    store = ox.Store()
    store.bulk_extend(quads)
    return store


def test_first_render_at_national_scale_is_under_3_seconds(tab: Tab, tmp_path: Path) -> None:
    out = tmp_path / "pages"
    write_pages(synthetic_store(2000), out, text_dirs=[], kinds=["main", "theme"])
    timings = {}
    for name in ["index.html", "overview.html", "shared.html", "coverage.html", "theme/workforce.html"]:
        page = tab.open(out / name)
        # milliseconds from the start of navigation to the first drawing of the network
        timings[name] = page.evaluate("window.sgRendered")
        assert tab.errors == [] and tab.outside == []
        if name in ("overview.html", "shared.html"):  # aggregated: one node per ICS (and theme)
            assert page.evaluate("window.sgVisible()") <= 42 + 16
        screenshot(page, "scale-" + name.removesuffix(".html").replace("/", "_"))
    print("first render (ms):", timings)
    slow = {name: ms for name, ms in timings.items() if ms >= 3000}
    assert slow == {}, timings
