"""A synthetic national corpus of NHS strategy pages, deterministic for a seed.

Writes, under ``--out``:

- ``corpus/``: one strategy page per organisation and version (plain text, Markdown and HTML
  mixed, in the shapes real trusts publish) and ``manifest.toml`` in the format of
  ``graph_data/corpus/manifest.toml``;
- ``reference/``: ``organisations.csv``, ``integrated_care_systems.csv`` and ``themes.csv`` for
  the invented organisations, in the format of ``graph_data/reference/``;
- ``truth/`` (with ``--truth``): per document, what a perfect loader reads, in the shape of
  ``strategygraph/contracts/extraction.schema.json``.

The organisations, places and systems are invented (ODS-like codes start with ``X`` so that they
never collide with real ones); the phrasing comes from the banks in ``benchmarks/wordlists/``.

    python benchmarks/generate_corpus.py --organisations 250 --versions 2 --seed 7 --out DIR --truth
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import os
import random
import shutil
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

WORDLISTS = Path(__file__).resolve().parent / "wordlists"
ICS_COUNT = 42
LATEST_YEAR = 2025
FORMATS = (("txt", 0.4), ("md", 0.3), ("html", 0.3))
TRUST_KINDS = (
    ("acute trust", 0.5),
    ("mental health trust", 0.1),
    ("mental health and learning disability trust", 0.1),
    ("community trust", 0.1),
    ("community and mental health trust", 0.12),
    ("ambulance trust", 0.08),
)
CONTRACT_TYPE = {
    "acute trust": "acute trust",
    "mental health trust": "mental health trust",
    "mental health and learning disability trust": "mental health trust",
    "community trust": "community trust",
    "community and mental health trust": "mental health trust",
    "ambulance trust": "ambulance trust",
    "integrated care board": "ICB",
}
REGIONS = ("North West", "North East", "Midlands", "East of England", "South West", "South Central", "South East Coast", "London", "Yorkshire")
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _load(name: str) -> dict:
    return tomllib.loads((WORDLISTS / name).read_text(encoding="utf-8"))


PLACES = _load("places.toml")
PHRASES = _load("phrases.toml")


# ---------------------------------------------------------------------------------------------
# The invented country: systems, boards and trusts


@dataclass
class System:
    name: str
    icb_code: str
    icb_name: str
    counties: list[str]
    towns: list[str]


@dataclass
class Organisation:
    code: str
    name: str
    kind: str  # the reference CSV's kind
    system: System
    place: str  # the area the organisation serves, used in its phrasing


@dataclass
class Country:
    systems: list[System]
    organisations: list[Organisation]


def _weighted(rng: random.Random, choices: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _trust_code(index: int) -> str:
    """X + two base-36 characters (X00, X01, ...), three characters after 1,296 codes."""
    if index < 36 * 36:
        return "X" + ALNUM[index // 36] + ALNUM[index % 36]
    index -= 36 * 36
    return "X" + ALNUM[(index // 1296) % 36] + ALNUM[(index // 36) % 36] + ALNUM[index % 36]


def make_country(organisations: int, seed: int) -> Country:
    """``organisations`` organisations spread over 42 systems; the first 42 are the boards."""
    rng = random.Random(f"country:{seed}")
    place_pool = [s + e for s in PLACES["starts"] for e in PLACES["ends"]]
    rng.shuffle(place_pool)
    used: set[str] = set()

    def take_place() -> str:
        while True:
            place = place_pool.pop()
            if place not in used:
                used.add(place)
                return place

    systems: list[System] = []
    for number in range(ICS_COUNT):
        counties = [take_place() + rng.choice(PLACES["counties"]) for _ in range(3)]
        towns = [take_place() for _ in range(6)]
        a, b, c = counties
        pattern = rng.choice(PLACES["ics_patterns"])
        icb_pattern = rng.choice(PLACES["icb_patterns"])
        systems.append(
            System(
                name=pattern.format(a=a, b=b, c=c),
                icb_code=f"XQ{number + 1:02d}",
                icb_name=icb_pattern.format(a=a, b=b, c=c),
                counties=counties,
                towns=towns,
            )
        )
    result: list[Organisation] = []
    names: set[str] = set()
    for index in range(organisations):
        system = systems[index % ICS_COUNT]
        if index < ICS_COUNT:
            result.append(
                Organisation(system.icb_code, system.icb_name, "integrated care board", system, system.counties[0])
            )
            continue
        kind = _weighted(rng, TRUST_KINDS)
        for _attempt in range(50):
            t, t2 = rng.sample(system.towns, 2)
            c, c2 = rng.sample(system.counties, 2)
            name = rng.choice(PLACES["organisation_patterns"][kind]).format(
                t=t, t2=t2, c=c, c2=c2, r=rng.choice(REGIONS)
            )
            if name not in names:
                break
        else:
            t = take_place()
            name = f"{t} Hospitals NHS Foundation Trust"
        names.add(name)
        place = t if t in name else c
        result.append(Organisation(_trust_code(index - ICS_COUNT), name, kind, system, place))
    return Country(systems, result)


# ---------------------------------------------------------------------------------------------
# One document: a list of blocks, rendered to text, Markdown or HTML, and its ground truth


@dataclass
class Block:
    kind: str  # "title" | "heading" | "para" | "bullets" | "numbered"
    text: str = ""
    items: list[str] = field(default_factory=list)
    level: int = 2


@dataclass
class Truth:
    source: str
    organisation: dict[str, str | None]
    partner_organisations: list[str] = field(default_factory=list)
    vision: str | None = None
    mission: str | None = None
    values: list[dict[str, str | None]] = field(default_factory=list)
    goals: list[dict[str, object]] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    timeframes: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "organisation": self.organisation,
            "partner_organisations": self.partner_organisations,
            "vision": self.vision,
            "mission": self.mission,
            "values": self.values,
            "goals": self.goals,
            "commitments": self.commitments,
            "themes": sorted(self.themes),
            "commitment_timeframes": self.timeframes,
        }


def _fill(text: str, org: Organisation, year: int, **extra: str) -> str:
    return text.format(
        **extra,
        place=org.place,
        org=org.name,
        ics=org.system.name,
        year=year,
        next=str(year + 1)[2:],
        end=year + 5,
        year_end=year + 5,
        n="",
        pop=f"{(hash_int(org.code) % 90 + 10) * 10_000:,}",
    )


def hash_int(text: str) -> int:
    """A stable integer from text (Python's hash() is salted per process)."""
    return int.from_bytes(text.encode("utf-8")[:8].ljust(8, b"\0"), "big")


def _statement(rng: random.Random, raw: str, org: Organisation, year: int, style: str) -> str:
    text = _fill(raw, org, year)
    verb, _, rest = text.partition(" ")
    if style == "gerund":
        text = f"{PHRASES['verbs'][verb]} {rest}"
    elif style == "we will":
        text = f"We will {text}"
    text = text[0].upper() + text[1:]
    if rng.random() < 0.35:
        text += "."
    return text


def _partners(rng: random.Random, org: Organisation, country: Country) -> list[str]:
    system = org.system
    peers = [o.name for o in country.organisations if o.system is system and o is not org]
    pats = PLACES["partner_patterns"]
    chosen: list[str] = rng.sample(peers, min(len(peers), rng.randint(0, 2)))
    for group in ("council", "university", "healthwatch", "voluntary"):
        if rng.random() < 0.6:
            chosen.append(
                rng.choice(pats[group]).format(t=rng.choice(system.towns), c=rng.choice(system.counties))
            )
    if not chosen:
        chosen.append(f"Healthwatch {system.counties[0]}")
    unique: list[str] = []
    for name in chosen:
        if name not in unique and name != org.name:
            unique.append(name)
    return unique


def _join_names(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def compose(org: Organisation, version: int, versions: int, country: Country, seed: int, file_name: str) -> tuple[list[Block], Truth, str, int]:
    """The blocks and the truth of one document; also its title and year."""
    rng = random.Random(f"doc:{seed}:{org.code}:{version}")
    org_rng = random.Random(f"org:{seed}:{org.code}")  # what stays the same across versions
    year = LATEST_YEAR - 2 * (versions - 1 - version)
    is_board = org.kind == "integrated care board"
    truth = Truth(source=file_name, organisation={"name": org.name, "type": CONTRACT_TYPE[org.kind]})
    title = _fill(rng.choice(PHRASES["title_patterns"]), org, year)
    if org.name not in title and rng.random() < 0.5:
        title = f"{org.name}: {title}"
    blocks: list[Block] = [Block("title", title, level=1)]
    for _ in range(rng.randint(1, 3)):
        blocks.append(Block("para", _fill(rng.choice(PHRASES["filler"]), org, year)))

    def heading(text: str, level: int = 2) -> None:
        blocks.append(Block("heading", _fill(text, org, year), level=level))

    # Vision and mission: the vision may change between versions, the mission rarely does.
    if rng.random() < 0.9:
        vision = _fill(rng.choice(PHRASES["visions"]) if rng.random() < 0.5 else org_rng.choice(PHRASES["visions"]), org, year)
        heading(rng.choice(PHRASES["vision_headings"]))
        blocks.append(Block("para", vision))
        truth.vision = vision
    if rng.random() < 0.7:
        mission = _fill(org_rng.choice(PHRASES["missions"]), org, year)
        heading(rng.choice(PHRASES["mission_headings"]))
        blocks.append(Block("para", mission))
        truth.mission = mission

    # Values: chosen once per organisation, written in one of four shapes.
    if rng.random() < 0.85:
        chosen_values = org_rng.sample(PHRASES["values"], org_rng.randint(3, 5))
        heading(rng.choice(PHRASES["value_headings"]))
        intro = rng.choice(PHRASES["values_intros"])
        if intro:
            blocks.append(Block("para", intro))
        shape = rng.choice(("dash", "heading", "we-are", "names"))
        dash = rng.choice((" – ", " - ", ": "))
        items: list[str] = []
        for value in chosen_values:
            description = rng.choice(value["descriptions"])
            if shape == "dash":
                items.append(f"{value['name']}{dash}{description}")
                truth.values.append({"name": value["name"], "description": description})
            elif shape == "heading":
                heading(value["name"], 3)
                blocks.append(Block("para", description))
                truth.values.append({"name": value["name"], "description": description})
            elif shape == "we-are":
                heading(value["name"], 3)
                blocks.append(Block("para", "We are:"))
                blocks.append(Block("bullets", items=list(value["behaviours"])))
                truth.values.append({"name": value["name"], "description": None})
            else:
                items.append(value["name"])
                truth.values.append({"name": value["name"], "description": None})
        if items:
            blocks.append(Block("bullets", items=items))

    # Goals, each with the statements under it.
    theme_ids = list(PHRASES["themes"])
    themes_used: list[str] = []
    if rng.random() < 0.95 or is_board:
        count = rng.randint(3, 6)
        goal_themes = rng.sample(theme_ids, count)
        section = rng.choice(PHRASES["goal_section_headings"]).replace("{n}", PHRASES["numbers"][count - 1])
        heading(section)
        style = rng.choice(PHRASES["goal_heading_styles"])
        statement_style = rng.choice(("imperative", "gerund", "we will"))
        numbered_bullets = rng.random() < 0.15
        for number, theme in enumerate(goal_themes, start=1):
            bank = PHRASES["themes"][theme]
            name = _fill(rng.choice(bank["goals"]), org, year)
            heading(style.format(n=number, w=PHRASES["numbers"][number - 1], name=name), 3)
            intro = rng.choice(PHRASES["goal_intros"])
            if statement_style == "we will" and intro.endswith("we will:"):
                intro = ""
            if intro:
                blocks.append(Block("para", intro))
            statements = [
                _statement(rng, raw, org, year, statement_style)
                for raw in rng.sample(bank["statements"], rng.randint(2, min(4, len(bank["statements"]))))
            ]
            blocks.append(Block("numbered" if numbered_bullets else "bullets", items=statements))
            truth.goals.append({"name": name, "statements": statements})
            themes_used.append(theme)

    # Commitments under no goal: "in the year ahead we will" lists; a board's by year.
    if rng.random() < 0.6 or is_board:
        heading(rng.choice(("Looking ahead", "What happens next", "Our commitments", "The year ahead")))
        periods = [rng.choice(PHRASES["commitment_timeframes"])]
        if is_board:
            periods = [f"During {y}/{str(y + 1)[2:]} we will:" for y in (year, year + 1)]
        for period in periods:
            period = _fill(period, org, year)
            blocks.append(Block("para", period))
            items = []
            for theme in rng.sample(theme_ids, rng.randint(3, 5)):
                raw = rng.choice(PHRASES["themes"][theme]["statements"])
                text = _statement(rng, raw, org, year, "imperative" if rng.random() < 0.7 else "gerund")
                if text in items or text in truth.commitments:
                    continue
                items.append(text)
                themes_used.append(theme)
                timeframe = period.rstrip(":").removesuffix(" we will").removesuffix(",").strip()
                if timeframe != "We will":
                    truth.timeframes[text] = timeframe
            blocks.append(Block("bullets", items=items))
            truth.commitments.extend(items)

    if rng.random() < 0.8:
        partners = _partners(rng, org, country)
        heading(rng.choice(("Working with our partners", "Our partners", "Working together")))
        blocks.append(Block("para", _fill(rng.choice(PHRASES["partner_sentences"]), org, year, list=_join_names(partners))))
        truth.partner_organisations = partners
    for _ in range(rng.randint(0, 2)):
        blocks.append(Block("para", _fill(rng.choice(PHRASES["filler"]), org, year)))
    truth.themes = sorted(set(themes_used))
    return blocks, truth, title, year


def render_text(blocks: list[Block], rng: random.Random) -> str:
    bullet = rng.choice(("  • ", "• ", "- ", "* "))
    blank = rng.random() < 0.7
    lines: list[str] = []
    for block in blocks:
        if block.kind in ("title", "heading", "para"):
            lines.append(block.text)
        elif block.kind == "bullets":
            lines.extend(bullet + item for item in block.items)
        else:
            lines.extend(f"{n}) {item}" for n, item in enumerate(block.items, start=1))
        if blank:
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_markdown(blocks: list[Block], rng: random.Random) -> str:
    bullet = rng.choice(("- ", "* "))
    lines: list[str] = []
    for block in blocks:
        if block.kind == "title":
            lines.append(f"# {block.text}")
        elif block.kind == "heading":
            lines.append("#" * block.level + " " + block.text)
        elif block.kind == "para":
            lines.append(block.text)
        elif block.kind == "bullets":
            lines.extend(bullet + item for item in block.items)
        else:
            lines.extend(f"{n}. {item}" for n, item in enumerate(block.items, start=1))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


HTML_HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{title} | {org}</title>
<link rel="stylesheet" href="/assets/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="cookie-banner" id="cookies"><p>We use cookies to make this website work. <button>Accept all cookies</button></p></div>
<header><a class="logo" href="/">{org}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/services">Our services</a></li><li><a href="/about-us">About us</a></li><li><a href="/jobs">Work for us</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
</header>
<main id="content">
"""
HTML_FOOT = """</main>
<footer><p>&copy; {org} {year}</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/accessibility">Accessibility</a></li></ul></footer>
<script src="/assets/site.js"></script>
</body>
</html>
"""


def render_html(blocks: list[Block], rng: random.Random, org: Organisation, title: str, year: int) -> str:
    esc = html.escape
    out = [HTML_HEAD.format(title=esc(title), org=esc(org.name))]
    shift = 1 if rng.random() < 0.2 else 0  # some sites start their sections at h3
    for block in blocks:
        if block.kind == "title":
            out.append(f"<h1>{esc(block.text, quote=False)}</h1>\n")
        elif block.kind == "heading":
            level = block.level + shift
            out.append(f"<h{level}>{esc(block.text, quote=False)}</h{level}>\n")
        elif block.kind == "para":
            out.append(f"<p>{esc(block.text, quote=False)}</p>\n")
        else:
            tag = "ol" if block.kind == "numbered" else "ul"
            items = "".join(f"<li>{esc(item, quote=False)}</li>" for item in block.items)
            out.append(f"<{tag}>{items}</{tag}>\n")
    out.append(HTML_FOOT.format(org=esc(org.name), year=year))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Writing the corpus


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass
class GeneratedDocument:
    file_name: str
    content: str
    manifest: dict[str, object]
    truth: dict[str, object]


def generate_documents(organisations: int, versions: int, seed: int) -> tuple[Country, list[GeneratedDocument]]:
    """Every document of the corpus, in a stable order (organisation, then version)."""
    if organisations < 1 or versions < 1:
        raise ValueError("organisations and versions must be at least 1")
    country = make_country(organisations, seed)
    documents: list[GeneratedDocument] = []
    for org in country.organisations:
        for version in range(versions):
            rng = random.Random(f"format:{seed}:{org.code}:{version}")
            fmt = _weighted(rng, FORMATS)
            year = LATEST_YEAR - 2 * (versions - 1 - version)
            short = org.name.replace(" NHS Foundation Trust", "").replace(" NHS Trust", "")
            short = " ".join(short.split(",")[0].split()[:4])
            from_ids = _slug(f"{org.code}-{short}-strategy-{year}")
            file_name = f"{from_ids}.{fmt}"
            blocks, truth, title, year = compose(org, version, versions, country, seed, file_name)
            if fmt == "txt":
                content = render_text(blocks, rng)
            elif fmt == "md":
                content = render_markdown(blocks, rng)
            else:
                content = render_html(blocks, rng, org, title, year)
            manifest = {
                "file": file_name,
                "title": title,
                "organisations": [org.code],
                "kind": CONTRACT_TYPE[org.kind],
                "ics": org.system.name,
                "source": f"synthetic: benchmarks/generate_corpus.py --seed {seed} (invented organisation, not a real page)",
                "date": str(year),
            }
            documents.append(GeneratedDocument(file_name, content, manifest, truth.as_json()))
    return country, documents


def _slug(text: str) -> str:
    out = []
    for ch in text.lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)


def manifest_text(documents: list[GeneratedDocument], seed: int) -> str:
    lines = [
        f"# A synthetic corpus written by benchmarks/generate_corpus.py (seed {seed}).",
        "# Every organisation, place and page in it is invented; see benchmarks/README.md.",
        "",
    ]
    for doc in documents:
        lines.append("[[document]]")
        for key, value in doc.manifest.items():
            if isinstance(value, list):
                lines.append(f"{key} = [" + ", ".join(_toml_string(v) for v in value) + "]")
            else:
                lines.append(f"{key} = {_toml_string(str(value))}")
        lines.append("")
    return "\n".join(lines)


def reference_files(country: Country) -> dict[str, str]:
    organisations = io.StringIO()
    writer = csv.writer(organisations, lineterminator="\n")
    writer.writerow(["name", "ods_code", "type", "integrated_care_board", "icb_ods_code", "notes"])
    boards = {s.icb_code for s in country.systems}
    for system in country.systems:
        writer.writerow([system.icb_name, system.icb_code, "integrated care board", system.icb_name, system.icb_code, f"the ICB of {system.name} (synthetic)"])
    for org in country.organisations:
        if org.code in boards:
            continue
        writer.writerow([org.name, org.code, org.kind, org.system.icb_name, org.system.icb_code, "synthetic"])
    systems = io.StringIO()
    writer = csv.writer(systems, lineterminator="\n")
    writer.writerow(["name", "icb_ods_code", "icb_name", "notes"])
    for system in country.systems:
        writer.writerow([system.name, system.icb_code, system.icb_name, "synthetic"])
    themes = io.StringIO()
    writer = csv.writer(themes, lineterminator="\n")
    writer.writerow(["id", "label", "scope"])
    for theme_id in PHRASES["themes"]:
        writer.writerow([theme_id, theme_id.replace("_", " ").capitalize(), ""])
    return {
        "organisations.csv": organisations.getvalue(),
        "integrated_care_systems.csv": systems.getvalue(),
        "themes.csv": _real_themes() or themes.getvalue(),
    }


def _real_themes() -> str | None:
    path = Path(__file__).resolve().parent.parent / "graph_data" / "reference" / "themes.csv"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _check_codes(country: Country) -> None:
    path = Path(__file__).resolve().parent.parent / "graph_data" / "reference" / "organisations.csv"
    if not path.is_file():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        real = {row["ods_code"].strip().upper() for row in csv.DictReader(handle)}
    clash = sorted(real & {o.code for o in country.organisations})
    if clash:
        raise ValueError(f"synthetic codes collide with graph_data/reference: {clash}")


def _write(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="\n", dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(content)
    os.replace(handle.name, path)


def write_corpus(out: Path, organisations: int, seed: int, versions: int = 1, truth: bool = False) -> list[GeneratedDocument]:
    """Write corpus/, reference/ (and truth/) under ``out``, replacing what was there."""
    country, documents = generate_documents(organisations, versions, seed)
    _check_codes(country)
    for sub in ("corpus", "reference", "truth"):
        if (out / sub).exists():
            shutil.rmtree(out / sub)
    for doc in documents:
        _write(out / "corpus" / doc.file_name, doc.content)
        if truth:
            _write(out / "truth" / (Path(doc.file_name).stem + ".json"), json.dumps(doc.truth, ensure_ascii=False, indent=2) + "\n")
    _write(out / "corpus" / "manifest.toml", manifest_text(documents, seed))
    for name, content in reference_files(country).items():
        _write(out / "reference" / name, content)
    return documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--organisations", type=int, required=True, help="how many organisations (the first 42 are the ICBs)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--versions", type=int, default=1, help="strategy versions per organisation (documents = organisations x versions)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--truth", action="store_true", help="also write truth/{doc}.json, the expected extraction")
    args = parser.parse_args(argv)
    if args.organisations < 1 or args.versions < 1:
        parser.error("--organisations and --versions must be at least 1")
    documents = write_corpus(args.out, args.organisations, args.seed, args.versions, args.truth)
    kinds: dict[str, int] = {}
    for doc in documents:
        suffix = Path(doc.file_name).suffix
        kinds[suffix] = kinds.get(suffix, 0) + 1
    mix = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    sys.stdout.write(f"{len(documents)} documents ({mix}) in {args.out / 'corpus'}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
