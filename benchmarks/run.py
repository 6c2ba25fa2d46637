"""Benchmarks of strategygraph at national scale, written to ``benchmarks/RESULTS.md``.

    python benchmarks/run.py --scale medium            # 500 documents, medians of 3 runs
    python benchmarks/run.py --scale small --runs 1 --skip-browser --skip-server --results /tmp/r.md

Generates a synthetic corpus (``generate_corpus.py``, cached by scale and seed in the ignored
``benchmarks/output/``), then measures each stage the issue names: the build end to end in a
subprocess (documents/s, triples/s, peak RSS), reloading one changed document, every named query
on the embedded Oxigraph store and on rdflib's in-memory store (p50, p95, ratio), SHACL and
reasoning per document and over the whole graph, each export format, the pages (writing and
first render in headless Chromium), an Oxigraph server loaded over the Graph Store Protocol, and
the loader's F1 against the generator's ground truth on a sample. A stage whose library API is
missing or fails is reported as not run, with the reason; the other stages still run.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import importlib
import importlib.metadata
import importlib.util
import inspect
import json
import multiprocessing
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))  # generate_corpus and score_extraction beside this file
import generate_corpus  # noqa: E402
import score_extraction  # noqa: E402
from synthetic_reference import use_reference  # noqa: E402

# organisations x versions = documents
SCALES: dict[str, tuple[int, int]] = {"small": (50, 1), "medium": (250, 2), "large": (1000, 5)}
TARGETS = {
    "build_large_s": 120.0,
    "peak_rss_mb": 2048.0,
    "docs_per_s_medium": 50.0,
    "incremental_s": 0.5,
    "query_p50_ms": 200.0,
    "query_ratio": 10.0,
    "first_render_s": 3.0,
}
PACKAGES = ("strategygraph", "rdflib", "pyoxigraph", "oxrdflib", "pyshacl", "owlready2", "networkx", "pyvis", "playwright", "oxigraph", "beautifulsoup4", "lxml")


# --- small helpers -------------------------------------------------------------------------


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (with few samples p95 is the slowest run)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return ordered[rank - 1]


def fmt_s(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def fmt_ms(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.1f}" if value < 10 else f"{value * 1000:,.0f}"


def human_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def plain(value: Any) -> Any:
    """Something JSON can write, from a dataclass, mapping, path or other object."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [plain(v) for v in value]
    if isinstance(value, (int, float, str, bool)) or value is None:
        return value
    return str(value)


class StageFailed(Exception):
    """A stage could not run (its API is missing, or it raised): reported, not fatal."""


def need(module: str, name: str | None = None) -> Any:
    try:
        mod = importlib.import_module(module)
    except ImportError as error:
        raise StageFailed(f"`{module}` is not there yet ({error})") from error
    if name is None:
        return mod
    if not hasattr(mod, name):
        raise StageFailed(f"`{module}.{name}` is not there yet")
    return getattr(mod, name)


# --- machine and versions ------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    chromium = "?"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True, timeout=20).stdout.strip() or "?"
    return {
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "chromium": chromium,
    }


def versions() -> dict[str, str]:
    found = {"commit": source_commit()}
    for name in PACKAGES:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def source_commit() -> str:
    """The commit of the code measured (and whether the tree had changes), so that a report
    names exactly what it measured."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10)
        changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown (no git)"
    if head.returncode != 0:
        return "unknown (not a git checkout)"
    return head.stdout.strip() + (" with uncommitted changes" if changed.stdout.strip() else "")


# --- the corpus ----------------------------------------------------------------------------


def corpus_dir(workdir: Path, scale: str, seed: int, organisations: int | None) -> Path:
    return workdir / (f"corpus-{scale}-seed{seed}" + (f"-orgs{organisations}" if organisations else ""))


def ensure_corpus(scale: str, seed: int, workdir: Path, limit: int | None = None) -> tuple[Path, float | None]:
    """The corpus for a scale and seed, generated once and reused while the generator is unchanged."""
    organisations, versions_ = SCALES[scale]
    organisations = limit or organisations
    out = corpus_dir(workdir, scale, seed, limit)
    stamp_text = json.dumps(
        {
            "organisations": organisations,
            "versions": versions_,
            "seed": seed,
            "generator": hashlib.sha256(
                b"".join(p.read_bytes() for p in sorted([HERE / "generate_corpus.py", *(HERE / "wordlists").glob("*")]))
            ).hexdigest(),
        }
    )
    stamp = out / "stamp.json"
    if stamp.is_file() and stamp.read_text() == stamp_text:
        return out, None
    start = time.perf_counter()
    generate_corpus.write_corpus(out, organisations, seed, versions_, truth=True)
    elapsed = time.perf_counter() - start
    stamp.write_text(stamp_text)
    return out, elapsed


def corpus_facts(corpus: Path) -> dict[str, Any]:
    files = [p for p in (corpus / "corpus").iterdir() if p.name != "manifest.toml"]
    by_suffix: dict[str, int] = {}
    for path in files:
        by_suffix[path.suffix] = by_suffix.get(path.suffix, 0) + 1
    return {"documents": len(files), "bytes": sum(p.stat().st_size for p in files), "formats": by_suffix}


# --- processes: peak RSS and capped runs ----------------------------------------------------


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (the JVM of the reasoner too)."""
    children = _children_map()
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status", encoding="ascii", errors="replace") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


@dataclasses.dataclass
class ProcessRun:
    returncode: int
    wall_s: float
    maxrss_mb: float  # the largest single process (ru_maxrss of wait4)
    tree_peak_mb: float  # the largest sum over the process tree, sampled every 0.1 s
    stdout: str
    stderr: str


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 3600) -> ProcessRun:
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, env=env)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ProcessRun(proc.returncode, wall, usage.ru_maxrss / 1024, peak[0] / 1024, out.read(), err.read())


def run_capped(fn: Callable[[Callable[[Any], None]], None], cap: float) -> tuple[list[Any], str]:
    """Run ``fn(send)`` in a forked child; collect what it sends until it ends or ``cap`` passes.

    Returns (items, status) with status "done", "capped" (killed at the cap) or an error text.
    The child inherits the parent's memory (an rdflib store loaded once), so nothing reloads.
    """
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            fn(lambda item: send.send(("item", item)))
            send.send(("done", None))
        except BaseException as error:  # noqa: BLE001 - reported to the parent, whatever it is
            send.send(("error", f"{type(error).__name__}: {error}"))

    process = ctx.Process(target=child, daemon=True)
    process.start()
    send.close()
    items: list[Any] = []
    status = "capped"
    deadline = time.perf_counter() + cap
    while True:
        left = deadline - time.perf_counter()
        if left <= 0 or not receive.poll(left):
            break
        try:
            kind, item = receive.recv()
        except EOFError:
            status = "error: the child died"
            break
        if kind == "item":
            items.append(item)
        else:
            status = "done" if kind == "done" else str(item)
            break
    if process.is_alive():
        process.kill()
    process.join()
    receive.close()
    return items, status


# --- stage: build ----------------------------------------------------------------------------

BUILD_WORKER = r"""
import dataclasses, inspect, json, sys, time
from pathlib import Path
corpus, out, reference, reason, profile = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1", sys.argv[5]
start = time.perf_counter()
sys.path.insert(0, BENCH_DIR)
from synthetic_reference import use_reference
use_reference(Path(reference))
from strategygraph.build import build_corpus
kwargs = {"reason": reason, "pages": False}
params = inspect.signature(build_corpus).parameters
reference_used = False
for name in ("reference_dir", "reference"):
    if name in params:
        kwargs[name] = Path(reference)
        reference_used = True
        break
rss_by_stage = {}
def progress(stage, done, total):
    # resident memory when each stage reports progress: where the peak builds up
    with open("/proc/self/status") as handle:
        rss = next(int(line.split()[1]) // 1024 for line in handle if line.startswith("VmRSS"))
    rss_by_stage[stage] = max(rss, rss_by_stage.get(stage, 0))
if "progress" in params:
    kwargs["progress"] = progress
def run():
    return build_corpus(Path(corpus), Path(out), **kwargs)
if profile:
    from pyinstrument import Profiler
    profiler = Profiler(interval=0.005)
    profiler.start()
    summary = run()
    profiler.stop()
    Path(profile).write_text(profiler.output_text(unicode=True, show_all=False))
    Path(profile + ".html").write_text(profiler.output_html())
else:
    summary = run()
elapsed = time.perf_counter() - start
def plain(v):
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {k: plain(x) for k, x in dataclasses.asdict(v).items()}
    if isinstance(v, dict):
        return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set)):
        return [plain(x) for x in v]
    return v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
print("BENCH-RESULT " + json.dumps({"elapsed": elapsed, "summary": plain(summary), "reference_used": reference_used, "rss_by_stage": rss_by_stage}))
"""


INCREMENTAL_WORKER = r"""
import sys
from pathlib import Path
sys.path.insert(0, BENCH_DIR)
from synthetic_reference import use_reference
use_reference(Path(sys.argv[3]))
from strategygraph.build import build_corpus
summary = build_corpus(Path(sys.argv[1]), Path(sys.argv[2]), pages=False)
print("BENCH-RESULT", summary.mode, len(summary.changed))
"""


def count_quads(build_out: Path) -> int:
    store_mod = need("strategygraph.store")
    store = store_mod.open_store(build_out, read_only=True)
    try:
        return len(store)
    finally:
        store.close()


def stage_build(corpus: Path, workdir: Path, runs: int, reason: bool, profile: Path | None, log: Callable[[str], None]) -> dict[str, Any]:
    need("strategygraph.build", "build_corpus")
    results: list[dict[str, Any]] = []
    build_out = workdir / "build"
    (workdir / DUMP_NAME).unlink(missing_ok=True)  # the dump of an earlier build
    for number in range(runs):
        if build_out.exists():
            shutil.rmtree(build_out)
        prof = str(profile) if (profile is not None and number == runs - 1) else ""
        run = run_measured(
            [sys.executable, "-c", BUILD_WORKER.replace("BENCH_DIR", repr(str(HERE))), str(corpus / "corpus"), str(build_out), str(corpus / "reference"), "1" if reason else "0", prof],
            cwd=ROOT,
        )
        if run.returncode != 0:
            raise StageFailed(f"the build exited {run.returncode}: {run.stderr.strip().splitlines()[-1:] or run.stdout[-300:]}")
        line = next((ln for ln in run.stdout.splitlines() if ln.startswith("BENCH-RESULT ")), None)
        payload = json.loads(line.split(" ", 1)[1]) if line else {}
        results.append({"wall_s": run.wall_s, "maxrss_mb": run.maxrss_mb, "tree_peak_mb": run.tree_peak_mb, **payload})
        log(f"  build run {number + 1}: {run.wall_s:.1f} s, max RSS {run.maxrss_mb:.0f} MB, tree {run.tree_peak_mb:.0f} MB")
    quads = count_quads(build_out)
    documents = corpus_facts(corpus)["documents"]
    wall = median([r["wall_s"] for r in results])
    return {
        "runs": results,
        "wall_s": wall,
        "documents": documents,
        "quads": quads,
        "docs_per_s": documents / wall,
        "triples_per_s": quads / wall,
        "maxrss_mb": max(r["maxrss_mb"] for r in results),
        "tree_peak_mb": max(r["tree_peak_mb"] for r in results),
        "reference_used": all(r.get("reference_used") for r in results),
        "summary": results[-1].get("summary"),
        "build_out": str(build_out),
    }


# --- stage: incremental ------------------------------------------------------------------------


def _changed_copy(path: Path, tmp: Path, number: int) -> Path:
    """The document with one more commitment, under its own name in a scratch folder (so that
    its doc_id, and so its named graph, is the one in the built store)."""
    text = path.read_text(encoding="utf-8")
    extra = f"We will open {number + 2} new community diagnostic centres by 2027"
    if path.suffix == ".html":
        text = text.replace("</main>", f"<p>In the year ahead we will:</p><ul><li>{extra}</li></ul>\n</main>")
    elif path.suffix == ".md":
        text += f"\n## The year ahead\n\nIn the year ahead we will:\n\n- {extra}\n"
    else:
        text += f"\nIn the year ahead we will:\n• {extra}\n"
    target = tmp / path.name
    target.write_text(text, encoding="utf-8")
    shutil.copy(path.parent / "manifest.toml", tmp / "manifest.toml")
    return target


def stage_incremental(corpus: Path, build_out: Path, runs: int, cli: bool = True) -> dict[str, Any]:
    """Read, extract, mint, validate and replace one changed document's graph in the built store."""
    build = need("strategygraph.build")
    store_mod = need("strategygraph.store")
    entries = need("strategygraph.corpus", "list_corpus")(corpus / "corpus")
    entry = entries[len(entries) // 2]
    reload_one = getattr(build, "reload_document", None)
    timings: list[float] = []
    method = ""
    with tempfile.TemporaryDirectory() as scratch:
        store = store_mod.open_store(build_out, read_only=False)
        try:
            for number in range(max(runs, 3)):
                changed = _changed_copy(entry.path, Path(scratch), number)
                start = time.perf_counter()
                if reload_one is not None:
                    first = next(iter(inspect.signature(reload_one).parameters))
                    if first == "store":
                        reload_one(store, changed)
                    else:
                        reload_one(changed, store)
                    method = f"strategygraph.build.{reload_one.__name__} (read, extract, mint, validate, replace the graph)"
                else:
                    method = _reload_by_stages(changed, entry, store)
                timings.append(time.perf_counter() - start)
        finally:
            store.close()
    out = {"document": entry.path.name, "timings": timings, "median_s": median(timings), "method": method}
    # The CLI's path: `strategygraph build` after the one file changed (a new generation,
    # the changed graph replaced, analysis and exports re-derived), in a subprocess.
    if not cli:
        return out
    original = entry.path.read_bytes()
    cli_timings: list[float] = []
    try:
        for number in range(max(runs, 3)):
            with tempfile.TemporaryDirectory() as scratch:
                changed = _changed_copy(entry.path, Path(scratch), number + 10)
                entry.path.write_bytes(changed.read_bytes())
            run = run_measured(
                [sys.executable, "-c", INCREMENTAL_WORKER.replace("BENCH_DIR", repr(str(HERE))), str(corpus / "corpus"), str(build_out), str(corpus / "reference")],
                cwd=ROOT,
            )
            if run.returncode != 0:
                out["cli_error"] = (run.stderr.strip().splitlines() or ["?"])[-1][:300]
                break
            cli_timings.append(run.wall_s)
            line = next((ln for ln in run.stdout.splitlines() if ln.startswith("BENCH-RESULT")), "")
            out.setdefault("cli_modes", []).append(" ".join(line.split()[1:]))
    finally:
        entry.path.write_bytes(original)
    out["cli_timings"] = cli_timings
    out["cli_median_s"] = median(cli_timings)
    return out


def _reload_by_stages(path: Path, entry: Any, store: Any) -> str:
    read_document = need("strategygraph.readers", "read_document")
    extract = need("strategygraph.extract", "extract")
    mint = need("strategygraph.mint", "mint_extraction")
    validate_graph = need("strategygraph.validate", "validate_graph")
    document = read_document(path, entry.doc_id)
    graph_iri, graph = mint(extract(document, entry.metadata))
    report = validate_graph(graph)
    if not report.conforms:
        raise StageFailed(f"the changed document does not validate: {report.text[:300]}")
    store.replace_graph(graph_iri, graph)
    return "read_document + extract + mint_extraction + validate_graph + store.replace_graph"


# --- stage: queries ------------------------------------------------------------------------------


def named_queries() -> list[Any]:
    queries = need("strategygraph.queries")
    lister = getattr(queries, "list_named_queries", None) or getattr(queries, "list_queries", None)
    if lister is None:
        raise StageFailed("strategygraph.queries has no list_queries()")
    found = lister()
    if not found:
        raise StageFailed("no named queries in queries/ yet")
    return found


def busiest_organisation(corpus: Path) -> tuple[str, str]:
    """(code, ICS) of the trust whose latest document has the most goal statements and
    commitments in the generator's truth: a parameter value with answers to time."""
    entries = need("strategygraph.corpus", "list_corpus")(corpus / "corpus")
    best: tuple[int, str, str, str] | None = None
    for entry in entries:
        code = entry.metadata.organisations[0]
        if code.startswith("XQ") and any(not e.metadata.organisations[0].startswith("XQ") for e in entries):
            continue
        truth = json.loads((corpus / "truth" / f"{entry.path.stem}.json").read_text(encoding="utf-8"))
        weight = sum(len(g["statements"]) for g in truth["goals"]) + len(truth["commitments"]) + 5 * len(truth["goals"])
        key = (weight, entry.path.name, code, entry.metadata.ics or "")
        if best is None or key > best:
            best = key
    assert best is not None
    return best[2], best[3]


def query_params(query: Any, corpus: Path) -> dict[str, str]:
    """Defaults, except that organisation and ICS parameters name a synthetic one (the real
    defaults are not in the synthetic corpus and would make every answer empty)."""
    given: dict[str, str] = {}
    trust = busiest_organisation(corpus)
    for param in getattr(query, "params", ()):
        if param.default is None:
            continue  # unbound: the query answers for every value, as its header says
        if param.type == "organisation":
            given[param.name] = trust[0]
        elif param.type == "ics":
            given[param.name] = trust[1]
    return given


def _time_queries(store_factory: Callable[[], Any], queries: list[Any], corpus: Path, reps: int, cap: float, log: Callable[[str], None], label: str) -> dict[str, dict[str, Any]]:
    bind = need("strategygraph.queries", "bind_params")
    results: dict[str, dict[str, Any]] = {}
    for query in queries:
        bindings = bind(query, query_params(query, corpus))

        def work(send: Callable[[Any], None], query: Any = query, bindings: Any = bindings) -> None:
            store = store_factory()
            for _ in range(reps + 1):  # the first run warms caches and is not counted
                start = time.perf_counter()
                result = store.query(query.text, bindings)
                elapsed = time.perf_counter() - start
                rows = len(result.rows) if result.kind == "select" else (len(result.graph) if result.graph is not None else int(bool(result.boolean)))
                send((elapsed, rows))

        items, status = run_capped(work, cap)
        times = [t for t, _ in items[1:]] or [t for t, _ in items[:1]]
        results[query.name] = {
            "p50": percentile(times, 50),
            "p95": percentile(times, 95),
            "n": len(times),
            "rows": items[0][1] if items else None,
            "status": status,
        }
        log(f"  {label} {query.name}: p50 {fmt_ms(results[query.name]['p50'])} ms ({status}, n={len(times)})")
    return results


DUMP_NAME = "store-dump.nq"


def store_dump(build_out: Path, workdir: Path) -> Path:
    """The built store as one N-Quads file, written once per build (the rdflib comparison and
    the server both load it: at 5,000 documents a dump from the on-disk store takes a minute)."""
    dump = workdir / DUMP_NAME
    if not dump.is_file():
        store_mod = need("strategygraph.store")
        source = store_mod.open_store(build_out, read_only=True)
        partial = workdir / (DUMP_NAME + ".partial")
        try:
            source.dump(partial, "nq")
        finally:
            source.close()
        os.replace(partial, dump)
    return dump


def stage_queries(corpus: Path, build_out: Path, workdir: Path, reps: int, cap: float, skip_rdflib: bool, log: Callable[[str], None]) -> dict[str, Any]:
    store_mod = need("strategygraph.store")
    queries = named_queries()
    path = Path(os.path.realpath(store_mod.store_path(build_out)))
    ox = _time_queries(lambda: store_mod.OxigraphStore(path, read_only=True), queries, corpus, reps, cap, log, "oxigraph")
    rdflib_results: dict[str, dict[str, Any]] = {}
    load_s = None
    if not skip_rdflib:
        memory = store_mod.RdflibMemoryStore()
        dump = store_dump(build_out, workdir)
        start = time.perf_counter()
        memory.load(dump, "nq")
        load_s = time.perf_counter() - start
        log(f"  rdflib loaded the build in {load_s:.1f} s")
        rdflib_results = _time_queries(lambda: memory, queries, corpus, reps, cap, log, "rdflib")
        del memory
    code, ics = busiest_organisation(corpus)
    loader = "Oxigraph's parser, terms added to rdflib's Memory store" if "nq" in getattr(store_mod, "_PARSED_BY_OXIGRAPH", ()) else "rdflib's parser"
    return {"oxigraph": ox, "rdflib": rdflib_results, "rdflib_load_s": load_s, "rdflib_loader": loader, "cap_s": cap, "reps": reps, "organisation": code, "ics": ics}


# --- stage: SHACL and reasoning ---------------------------------------------------------------------


def _graphs(build_out: Path, with_whole: bool = True) -> tuple[list[Any], Any]:
    """A few document graphs, and the union of every document graph (None without ``with_whole``)."""
    store_mod = need("strategygraph.store")
    from rdflib import Graph

    store = store_mod.open_store(build_out, read_only=True)
    try:
        names = [g for g in store.graph_names() if "/graph/" in str(g) and str(g).rsplit("/graph/", 1)[1].count("/") == 0]
        derived = ("/ontology", "/themes", "/reference", "/alignment", "/analysis", "/summary")
        documents = [g for g in names if not str(g).endswith(derived)]
        step = max(1, len(documents) // 5)
        sample = [store.graph(g) for g in documents[::step][:5]]
        whole = Graph() if with_whole else None
        for graph_iri in documents if with_whole else ():
            whole += store.graph(graph_iri)
    finally:
        store.close()
    return sample, whole


def _time_doc_and_whole(
    check: Callable[[Any], Any], sample: list[Any], whole: Any, cap: float, key: str, out: dict[str, Any]
) -> None:
    """Median time of ``check`` on each sampled document graph, and one capped run on the whole
    graph, stored in ``out`` as ``{key}_doc_s``, ``{key}_whole_s`` and ``{key}_whole_status``."""
    check(sample[0])  # warm-up: cached shapes and support graph, or the JVM and the ontology
    per_doc = []
    for graph in sample:
        start = time.perf_counter()
        check(graph)
        per_doc.append(time.perf_counter() - start)
    out[f"{key}_doc_s"] = median(per_doc)
    if whole is None:
        out[f"{key}_whole_s"], out[f"{key}_whole_status"] = None, "not run (--whole-cap 0)"
        return

    def on_whole(send: Callable[[Any], None]) -> None:
        start = time.perf_counter()
        check(whole)
        send(time.perf_counter() - start)

    items, status = run_capped(on_whole, cap)
    out[f"{key}_whole_s"] = items[0] if items else None
    out[f"{key}_whole_status"] = status


def stage_validate_reason(build_out: Path, cap: float, skip_reason: bool) -> dict[str, Any]:
    validate_graph = need("strategygraph.validate", "validate_graph")
    sample, whole = _graphs(build_out, with_whole=cap > 0)
    out: dict[str, Any] = {"whole_triples": len(whole) if whole is not None else None, "doc_triples": median([len(g) for g in sample])}
    _time_doc_and_whole(validate_graph, sample, whole, cap, "shacl", out)
    if skip_reason:
        out["reason"] = "skipped"
        return out
    try:
        reason_graph = need("strategygraph.reason", "reason_graph")
    except StageFailed as error:
        out["reason"] = str(error)
        return out
    _time_doc_and_whole(reason_graph, sample, whole, cap, "reason", out)
    return out


# --- stage: export --------------------------------------------------------------------------------


EXPORT_VALIDATED = "ttl-validated"
"""The export stage's name for `strategygraph export`'s default: the whole graph validated, then Turtle."""


def stage_export(build_out: Path, workdir: Path, cap: float, formats: list[str] | None = None) -> dict[str, Any]:
    store_mod = need("strategygraph.store")
    export = None
    with contextlib.suppress(StageFailed):
        export = need("strategygraph.export")
    export_fn = getattr(export, "export_to", None) if export else None
    target = workdir / "export"
    target.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"formats": {}}
    wanted = list(store_mod.FORMATS) + [EXPORT_VALIDATED] if formats is None else formats
    out["skipped"] = [name for name in [*store_mod.FORMATS, EXPORT_VALIDATED] if name not in wanted]
    for name in (f for f in store_mod.FORMATS if f in wanted):
        path = target / f"all.{name}"
        method = "export_to(validate=False)" if export_fn is not None else "store.dump"

        def one(send: Callable[[Any], None], name: str = name, path: Path = path) -> None:
            child_store = store_mod.open_store(build_out, read_only=True)
            try:
                start = time.perf_counter()
                if export_fn is not None:
                    export_fn(child_store, name, path, validate=False)
                else:
                    child_store.dump(path, name)
                send((time.perf_counter() - start, path.stat().st_size))
            except Exception as error:  # noqa: BLE001 - one format failing is a result to report
                send(f"{type(error).__name__}: {error}"[:200])
            finally:
                child_store.close()

        items, status = run_capped(one, cap)  # each format in its own process, stopped at the cap
        if items and isinstance(items[0], tuple):
            out["formats"][name] = {"s": items[0][0], "bytes": items[0][1], "method": method}
        elif items:
            out["formats"][name] = {"error": items[0]}
        else:
            out["formats"][name] = {"error": f"stopped after {cap:.0f} s" if status == "capped" else status}
        path.unlink(missing_ok=True)
    if export_fn is not None and EXPORT_VALIDATED in wanted:  # what `strategygraph export` does: validate the whole graph, then write
        path = target / "validated.ttl"

        def validated(send: Callable[[Any], None]) -> None:
            child_store = store_mod.open_store(build_out, read_only=True)
            start = time.perf_counter()
            export_fn(child_store, "ttl", path)
            send((time.perf_counter() - start, path.stat().st_size))

        items, status = run_capped(validated, cap)
        if items:
            out["formats"]["ttl (validated)"] = {"s": items[0][0], "bytes": items[0][1], "method": "export_to(validate=True), what `strategygraph export` does"}
        else:
            out["formats"]["ttl (validated)"] = {"error": f"stopped after {cap:.0f} s" if status == "capped" else status}
        path.unlink(missing_ok=True)
    return out


# --- stage: pages ---------------------------------------------------------------------------------

RENDER_JS = """() => new Promise((resolve) => {
  // pages.js sets window.sgRendered (performance.now() at vis-network's first afterDrawing);
  // a page without a network is rendered at its load event.
  const nav = performance.getEntriesByType("navigation")[0];
  if (!document.getElementById("sg-network")) {
    resolve({net: false, t: nav ? nav.loadEventEnd || performance.now() : performance.now()});
    return;
  }
  const start = performance.now();
  (function poll() {
    const flag = window.sgRendered || window.__rendered;
    if (typeof flag === "number") { resolve({net: true, t: flag}); return; }
    if (flag === true) { resolve({net: true, t: performance.now()}); return; }
    if (performance.now() - start > %d) { resolve({net: true, t: -1}); return; }
    setTimeout(poll, 10);
  })();
})"""


def stage_pages(build_out: Path, workdir: Path, skip_browser: bool, cap: float, log: Callable[[str], None]) -> dict[str, Any]:
    write_pages = need("strategygraph.visualise", "write_pages")
    store_mod = need("strategygraph.store")
    pages_out = workdir / "pages"
    if pages_out.exists():
        shutil.rmtree(pages_out)
    store = store_mod.open_store(build_out, read_only=True)
    try:
        start = time.perf_counter()
        write_pages(store, pages_out)
        write_s = time.perf_counter() - start
    finally:
        store.close()
    pages = sorted(pages_out.rglob("*.html"))
    out: dict[str, Any] = {"write_s": write_s, "pages": len(pages), "bytes": sum(p.stat().st_size for p in pages), "render": {}}
    if skip_browser:
        out["render_status"] = "skipped (--skip-browser)"
        return out
    # Every page that is not one per organisation or theme, and a sample of those.
    top = [p for p in pages if p.parent == pages_out]
    rest = [p for p in pages if p.parent != pages_out]
    step = max(1, len(rest) // 10)
    chosen = top + rest[::step][:10]
    sync_playwright = need("playwright.sync_api", "sync_playwright")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        try:
            for page_path in chosen:
                page = browser.new_page()
                try:
                    start = time.perf_counter()
                    page.goto(page_path.as_uri(), wait_until="load", timeout=cap * 1000)
                    loaded = time.perf_counter() - start
                    flag = page.evaluate(RENDER_JS % int(cap * 1000))
                    rendered = flag["t"] / 1000 if flag["t"] >= 0 else None
                    name = str(page_path.relative_to(pages_out))
                    out["render"][name] = {"load_s": loaded, "first_render_s": rendered, "network": flag["net"]}
                    log(f"  {name}: load {loaded:.2f} s, rendered {fmt_s(rendered)} s")
                finally:
                    page.close()
        finally:
            browser.close()
    return out


# --- stage: Oxigraph server --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 20
        while time.time() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            if proc.poll() is not None:
                raise StageFailed(f"oxigraph serve exited: {proc.stderr.read().decode()[-300:] if proc.stderr else ''}")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def bulk_post(url: str, dump: Path) -> None:
    """Load a whole N-Quads file into an Oxigraph server in one request, streamed from disk: its
    Graph Store endpoint takes a dataset, and ``no_transaction`` makes it use its bulk loader."""
    store_url = need("strategygraph.remote", "endpoint_urls")(url)[2]
    with dump.open("rb") as body:
        request = urllib.request.Request(
            f"{store_url}?no_transaction", data=body, method="POST",
            headers={"Content-Type": "application/n-quads", "Content-Length": str(dump.stat().st_size)},
        )
        with urllib.request.urlopen(request, timeout=3600) as response:
            if response.status not in (200, 201, 204):
                raise StageFailed(f"the server refused the load: HTTP {response.status}")


def stage_server(corpus: Path, build_out: Path, workdir: Path, reps: int, cap: float, log: Callable[[str], None]) -> dict[str, Any]:
    RemoteStore = need("strategygraph.remote", "RemoteStore")
    store_mod = need("strategygraph.store")
    queries = named_queries()
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as scratch, oxigraph_server(Path(scratch) / "db") as url:
        local = store_mod.open_store(build_out, read_only=True)
        try:
            names = local.graph_names()
            expected = len(local)
        finally:
            local.close()
        dump = store_dump(build_out, workdir)
        start = time.perf_counter()
        bulk_post(url, dump)
        out["load_s"] = time.perf_counter() - start
        out["graphs"] = len(names)
        out["load_method"] = ("one POST of the store's N-Quads dump to the server's Graph Store endpoint (/store), "
                              "in Oxigraph's bulk mode (?no_transaction); per-graph POSTs (RemoteStore.load, what "
                              "`build --endpoint` does) took 2.5x longer at 500 documents")
        count = RemoteStore(url, timeout=600).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        out["quads"] = int(count.rows[0][0])
        if out["quads"] != expected:
            raise StageFailed(f"the server holds {out['quads']} quads after the load, the build {expected}")
        log(f"  server loaded {len(names)} graphs ({out['quads']} quads) in {out['load_s']:.1f} s")
        out["queries"] = _time_queries(lambda: RemoteStore(url), queries, corpus, reps, cap, log, "server")
    return out


# --- stage: extraction F1 against the generator's truth ------------------------------------------------


def stage_f1(corpus: Path, sample: int) -> dict[str, Any]:
    return score_extraction.score_corpus(corpus, sample=sample)


# --- the report ----------------------------------------------------------------------------------


def verdict(value: float | None, target: float, lower_is_better: bool = True) -> str:
    if value is None:
        return "not measured"
    ok = value < target if lower_is_better else value >= target
    ratio = value / target if target else float("inf")
    return f"{'met' if ok else 'MISSED'} ({ratio:.2f}x of target)"


def render_results(info: dict[str, Any]) -> str:
    lines: list[str] = []
    add = lines.append
    scale = info["scale"]
    add(f"# Benchmark results: {scale} scale")
    add("")
    add(f"Written by `benchmarks/run.py` on {info['date']} from a real run; every figure is the median of {info['runs']} runs unless said otherwise.")
    add("")
    add(f"Command: `{info['command']}`")
    add("")
    if info.get("settings"):
        add("Settings (the scale's defaults unless the command says otherwise): "
            + ", ".join(f"{k.replace('_', '-')} {v}" for k, v in info["settings"].items()) + ".")
        add("")
    if info.get("total_s"):
        per_stage = ", ".join(f"{k} {v / 60:.1f}" for k, v in info.get("stage_s", {}).items())
        add(f"The whole run took {info['total_s'] / 60:.1f} minutes (corpus generation included; per stage, in minutes: {per_stage}).")
        add("")
    add("## Machine and versions")
    add("")
    add("| | |")
    add("|---|---|")
    for key, value in info["machine"].items():
        add(f"| {key} | {value} |")
    for key, value in info["versions"].items():
        add(f"| {key} | {value} |")
    add("")
    start_load, end_load = info.get("load_start"), info.get("load_end")
    if start_load and end_load:
        add(
            f"Load average (1, 5, 15 min) at the start: {', '.join(f'{x:.1f}' for x in start_load)}; at the end: "
            f"{', '.join(f'{x:.1f}' for x in end_load)}. On {info['machine']['cores']} cores, a load above the core count means "
            "other processes competed for the CPU and every time below is inflated by roughly load/cores."
        )
        add("")
    facts = info["corpus"]
    organisations, versions_ = SCALES[scale]
    organisations = info.get("organisations") or organisations
    add("## Corpus")
    add("")
    add(
        f"Synthetic (`benchmarks/generate_corpus.py --organisations {organisations} --versions {versions_} --seed {info['seed']}`): "
        f"{facts['documents']} documents ({', '.join(f'{n} {k}' for k, n in sorted(facts['formats'].items()))}), "
        f"{human_bytes(facts['bytes'])} of text, {organisations} organisations across 42 integrated care systems, {versions_} version(s) each."
        + (f" Generated in {info['generate_s']:.1f} s." if info.get("generate_s") else " (cached)")
    )
    add("")
    stages = info["stages"]
    targets: list[tuple[str, str, str, str]] = []

    build = stages.get("build")
    add("## Build (end to end: read, extract, mint, validate, reason, store)")
    add("")
    if isinstance(build, dict):
        runs_text = ", ".join(f"{r['wall_s']:.1f}" for r in build["runs"])
        add("| documents | quads in store | wall (median) | documents/s | triples/s | peak RSS, largest process | peak RSS, process tree | runs (s) |")
        add("|---|---|---|---|---|---|---|---|")
        add(
            f"| {build['documents']:,} | {build['quads']:,} | {build['wall_s']:.1f} s | {build['docs_per_s']:.1f} | {build['triples_per_s']:,.0f} | "
            f"{build['maxrss_mb']:,.0f} MB | {build['tree_peak_mb']:,.0f} MB | {runs_text} |"
        )
        add("")
        add(
            "Run in a subprocess per run (`build_corpus(corpus, out, reason=..., pages=False)`); the wall time includes "
            "interpreter start and imports. Largest process: `ru_maxrss` from `wait4`; tree: the sum of resident memory "
            "over the build and its children (the reasoner's JVM), sampled every 0.1 s."
        )
        if not build.get("reference_used"):
            add("")
            add(
                "Reference data: `build_corpus` takes no reference folder, so the harness points the package's reference readers at "
                "the synthetic corpus's `reference/` before building (`benchmarks/synthetic_reference.py`)."
            )
        summary = build.get("summary")
        if isinstance(summary, dict):
            counts = {k: v for k, v in summary.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
            if counts:
                add("")
                add("BuildSummary of the last run: " + ", ".join(f"{k} = {v:,}" for k, v in counts.items()) + f"; mode {summary.get('mode')}.")
            stage_times = summary.get("timings") or {}
            total = stage_times.get("total") or sum(v for k, v in stage_times.items() if k != "total")
            if stage_times and total:
                add("")
                add("Where the build's time goes (`BuildSummary.timings` of the last run, in-process):")
                add("")
                add("| stage | seconds | share | per document |")
                add("|---|---|---|---|")
                for stage_name, seconds in sorted(stage_times.items(), key=lambda kv: -kv[1]):
                    if stage_name == "total":
                        continue
                    add(f"| {stage_name} | {seconds:,.1f} | {seconds / total:.0%} | {seconds / build['documents'] * 1000:,.0f} ms |")
                add(f"| total | {total:,.1f} | 100% | {total / build['documents'] * 1000:,.0f} ms |")
        by_stage = (build["runs"][-1] or {}).get("rss_by_stage") if build.get("runs") else None
        if by_stage:
            add("")
            add("Resident memory of the build process while each stage reports progress (MB, last run): " + ", ".join(f"{k} {v:,}" for k, v in by_stage.items()) + ".")
        rss = max(build["maxrss_mb"], build["tree_peak_mb"])
        targets.append(("peak RSS < 2 GB", f"{rss:,.0f} MB", verdict(rss, TARGETS["peak_rss_mb"]), scale))
        if scale == "large":
            targets.append(("build < 2 min (large)", f"{build['wall_s']:.1f} s", verdict(build["wall_s"], TARGETS["build_large_s"]), scale))
        if scale == "medium":
            targets.append((">= 50 documents/s (medium)", f"{build['docs_per_s']:.1f}", verdict(build["docs_per_s"], TARGETS["docs_per_s_medium"], False), scale))
        elif scale != "medium":
            targets.append((">= 50 documents/s (target set at medium)", f"{build['docs_per_s']:.1f}", verdict(build["docs_per_s"], TARGETS["docs_per_s_medium"], False), scale))
    else:
        add(f"Not run: {build}")
    add("")

    inc = stages.get("incremental")
    add("## Incremental: reload one changed document in the built store")
    add("")
    if isinstance(inc, dict):
        add(f"Document `{inc['document']}`, one commitment added, {len(inc['timings'])} reloads: median {inc['median_s']:.3f} s (runs: {', '.join(f'{t:.3f}' for t in inc['timings'])}). Method: {inc['method']}.")
        if inc.get("cli_timings"):
            add("")
            add(
                f"The same change through `strategygraph build CORPUS --out BUILD --no-pages` (incremental: new generation, one graph "
                f"replaced, analysis and exports re-derived; a new process each time, interpreter start included): median "
                f"{inc['cli_median_s']:.2f} s (runs: {', '.join(f'{t:.2f}' for t in inc['cli_timings'])}; build mode and documents "
                f"re-read per run: {'; '.join(inc.get('cli_modes', []))})."
            )
        elif inc.get("cli_error"):
            add("")
            add(f"Incremental `strategygraph build` failed: {inc['cli_error']}")
        targets.append(("reload one document < 0.5 s", f"{inc['median_s']:.3f} s", verdict(inc["median_s"], TARGETS["incremental_s"]), scale))
    else:
        add(f"Not run: {inc}")
    add("")

    q = stages.get("queries")
    add("## Named queries: embedded Oxigraph store (on disk) vs rdflib's in-memory store")
    add("")
    if isinstance(q, dict):
        add(
            f"Each query: one warm-up run, then up to {q['reps']} timed runs or until {q['cap_s']:.0f} s have passed; a query still running at "
            f"{q['cap_s']:.0f} s is stopped and reported as `>`. Parameters: the header's defaults, except that an organisation or ICS parameter "
            f"whose default is a real organisation is set to the synthetic trust with the most statements ({q.get('organisation')}, {q.get('ics')}). rdflib loaded the same quads (N-Quads dump of the store, `RdflibMemoryStore.load`: "
            f"{q.get('rdflib_loader', 'rdflib parser')}) in {fmt_s(q['rdflib_load_s'], 1)} s."
        )
        add("")
        add("| query | rows | Oxigraph p50 ms | Oxigraph p95 ms | rdflib p50 ms | rdflib p95 ms | rdflib / Oxigraph (p50) |")
        add("|---|---|---|---|---|---|---|")
        worst_p50, worst_ratio = 0.0, None
        for name, ox in q["oxigraph"].items():
            rd = q["rdflib"].get(name, {})
            ox_p50 = fmt_ms(ox["p50"]) if ox["status"] == "done" or ox["n"] else f"> {q['cap_s'] * 1000:,.0f}"
            if ox["status"] == "capped":
                ox_p50 = f"> {q['cap_s'] * 1000:,.0f}" if not ox["n"] else ox_p50 + " (capped)"
            if rd:
                if rd["status"] == "capped" and not rd["n"]:
                    rd_p50, rd_p95 = f"> {q['cap_s'] * 1000:,.0f}", "–"
                    lower = q["cap_s"] / ox["p50"] if ox["p50"] else None
                    ratio = f"> {lower:,.0f}x" if lower else "–"
                    ratio_value = lower
                else:
                    rd_p50, rd_p95 = fmt_ms(rd["p50"]), fmt_ms(rd["p95"])
                    ratio_value = rd["p50"] / ox["p50"] if rd["p50"] and ox["p50"] else None
                    ratio = f"{ratio_value:,.1f}x" if ratio_value else "–"
                    if rd["status"] not in ("done", "capped"):
                        rd_p50 = rd["status"][:60]
                if ratio_value is not None:
                    worst_ratio = ratio_value if worst_ratio is None else min(worst_ratio, ratio_value)
            else:
                rd_p50 = rd_p95 = ratio = "–"
            if ox["p50"] is not None:
                worst_p50 = max(worst_p50, ox["p50"])
            status = "" if ox["status"] in ("done", "capped") else f" ({ox['status'][:60]})"
            add(f"| {name}{status} | {ox['rows'] if ox['rows'] is not None else '–'} | {ox_p50} | {fmt_ms(ox['p95'])} | {rd_p50} | {rd_p95} | {ratio} |")
        add("")
        over = [n for n, ox in q["oxigraph"].items() if ox["p50"] is not None and ox["p50"] >= TARGETS["query_p50_ms"] / 1000 or (ox["status"] == "capped" and not ox["n"])]
        slow_ratio = [n for n, ox in q["oxigraph"].items() if q["rdflib"].get(n, {}).get("p50") and ox["p50"] and q["rdflib"][n]["p50"] / ox["p50"] < TARGETS["query_ratio"]]
        targets.append(("every query p50 < 200 ms (Oxigraph)", f"slowest {worst_p50 * 1000:,.1f} ms" + (f"; over: {', '.join(over)}" if over else ""), "MISSED" if over else verdict(worst_p50 * 1000, TARGETS["query_p50_ms"]), scale))
        if q["rdflib"]:
            targets.append(("every query >= 10x faster than rdflib", f"smallest ratio {worst_ratio:,.1f}x" if worst_ratio else "–", ("MISSED: " + ", ".join(slow_ratio)) if slow_ratio else "met", scale))
    else:
        add(f"Not run: {q}")
    add("")

    vr = stages.get("validate_reason")
    add("## SHACL validation and OWL reasoning: per document graph vs the whole graph")
    add("")
    if isinstance(vr, dict):
        add("| check | one document graph (median of 5) | whole graph (all documents) |")
        add("|---|---|---|")
        whole_cap = info["whole_cap"]

        def whole(value: float | None, status: str | None) -> str:
            if value is not None:
                return f"{value:.2f} s"
            return f"> {whole_cap:.0f} s (stopped)" if status == "capped" else (status or "–")

        whole_triples = f"{vr['whole_triples']:,}" if vr.get("whole_triples") is not None else "–"
        add(f"| triples | {vr['doc_triples']:,.0f} | {whole_triples} |")
        add(f"| SHACL (`validate_graph`, with the support graph) | {fmt_s(vr['shacl_doc_s'], 3)} s | {whole(vr.get('shacl_whole_s'), vr.get('shacl_whole_status'))} |")
        if "reason_doc_s" in vr:
            add(f"| reasoning (`reason_graph`, HermiT) | {fmt_s(vr['reason_doc_s'], 3)} s | {whole(vr.get('reason_whole_s'), vr.get('reason_whole_status'))} |")
        else:
            add(f"| reasoning | {vr.get('reason')} | |")
        add("")
        add(
            "Per document the cost is bounded (each document graph is about the same size, validated with the fixed support graph: "
            "ontology class hierarchy, themes, reference data), so a build's validation and reasoning grow linearly with the number "
            "of documents; over the whole graph they grow faster than linearly and are only run here as a comparison."
        )
    else:
        add(f"Not run: {vr}")
    add("")

    ex = stages.get("export")
    add("## Export (whole store)")
    add("")
    build_timings = (build.get("summary") or {}).get("timings", {}) if isinstance(build, dict) else {}
    if build_timings.get("export") is not None:
        add(f"The build itself writes Turtle and TriG of the whole store from its working store (in memory): "
            f"{build_timings['export']:.1f} s in the last build run. Below, `export_to` from the on-disk store, "
            "each format in its own process (what `strategygraph export --no-validate` does).")
        add("")
    if isinstance(ex, dict):
        if ex.get("skipped"):
            add(f"Not timed at this scale (the settings above): {', '.join(ex['skipped'])}.")
            add("")
        add("| format | time | size | how |")
        add("|---|---|---|---|")
        for name, row in ex["formats"].items():
            if "error" in row:
                add(f"| {name} | failed: {row['error']} | | |")
            else:
                add(f"| {name} | {row['s']:.2f} s | {human_bytes(row['bytes'])} | {row['method']} |")
    else:
        add(f"Not run: {ex}")
    add("")

    pg = stages.get("pages")
    add("## Pages")
    add("")
    if isinstance(pg, dict):
        add(f"`write_pages` wrote {pg['pages']} pages ({human_bytes(pg['bytes'])}) in {pg['write_s']:.2f} s.")
        add("")
        if pg.get("render"):
            add(
                "First render in headless Chromium (`/usr/bin/chromium`, Playwright, a new tab per page): the time from navigation "
                "start until vis-network's first `afterDrawing` (the page's `window.sgRendered`); for a page with no network, its "
                "load event. `load event` is measured from `goto` by the harness."
            )
            add("")
            add("| page | load event | first render | network |")
            add("|---|---|---|---|")
            worst = 0.0
            missing = []
            for name, row in pg["render"].items():
                rendered = row["first_render_s"]
                if rendered is None:
                    missing.append(name)
                else:
                    worst = max(worst, rendered)
                add(f"| {name} | {row['load_s']:.2f} s | {fmt_s(rendered)} s | {'yes' if row['network'] else 'no'} |" if rendered is not None else f"| {name} | {row['load_s']:.2f} s | not drawn within {info['page_cap']:.0f} s |")
            targets.append(("each page's first render < 3 s", f"slowest {worst:.2f} s" + (f"; never flagged: {len(missing)}" if missing else ""), verdict(worst, TARGETS["first_render_s"]) if not missing else "MISSED (pages without a render flag)", scale))
        else:
            add(f"Rendering: {pg.get('render_status', 'not run')}.")
    else:
        add(f"Not run: {pg}")
    add("")

    sv = stages.get("server")
    add("## Oxigraph server (`oxigraph serve`, on disk), loaded over the Graph Store Protocol")
    add("")
    if isinstance(sv, dict):
        add(f"Loaded {sv['graphs']:,} named graphs in {sv['load_s']:.1f} s ({sv['load_method']}).")
        add("")
        add("| query | rows | p50 ms | p95 ms | embedded p50 ms |")
        add("|---|---|---|---|---|")
        embedded = q["oxigraph"] if isinstance(q, dict) else {}
        for name, row in sv["queries"].items():
            p50 = fmt_ms(row["p50"]) if row["n"] else (f"> {info['query_cap']:.0f} s" if row["status"] == "capped" else row["status"][:60])
            add(f"| {name} | {row['rows'] if row['rows'] is not None else '–'} | {p50} | {fmt_ms(row['p95'])} | {fmt_ms(embedded.get(name, {}).get('p50'))} |")
    else:
        add(f"Not run: {sv}")
    add("")

    f1 = stages.get("f1")
    add("## Extraction against the generator's ground truth")
    add("")
    if isinstance(f1, dict):
        add(f"{f1['documents']} documents sampled; scorer: {f1['scorer']}. Matching: normalised text (case, whitespace, bullet markers and end punctuation folded).")
        add("")
        add("| field | precision | recall | F1 | expected |")
        add("|---|---|---|---|---|")
        for field, row in f1["fields"].items():
            add(f"| {field} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | {row['expected']} |")
        if f1.get("errors"):
            add("")
            add(f"Documents that failed to extract: {len(f1['errors'])} (first: {f1['errors'][0]}).")
    else:
        add(f"Not run: {f1}")
    add("")

    add("## Targets")
    add("")
    add("| target | measured | verdict | scale |")
    add("|---|---|---|---|")
    for row in targets:
        add("| " + " | ".join(row) + " |")
    add("")
    if info.get("notes"):
        add("## Notes")
        add("")
        for note in info["notes"]:
            add(f"- {note}")
        add("")
    return "\n".join(lines)


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as handle:
        handle.write(text)
    os.replace(handle.name, path)


# --- main ----------------------------------------------------------------------------------------

STAGES = ("build", "incremental", "queries", "validate_reason", "export", "pages", "server", "f1")

SCALE_DEFAULTS: dict[str, dict[str, Any]] = {
    "small": {"query_reps": 10, "query_cap": 30.0, "whole_cap": 120.0, "export_cap": 120.0, "export_formats": None, "cli_incremental": True},
    "medium": {"query_reps": 10, "query_cap": 30.0, "whole_cap": 120.0, "export_cap": 120.0, "export_formats": None, "cli_incremental": True},
    # At 5,000 documents the whole-graph SHACL and reasoning are not assembled (they stop at any cap:
    # the per-document figures are the ones that scale), queries and exports are bounded, and the
    # incremental figure is reload_document's (a CLI build after one change re-derives the whole
    # analysis: another full build's time). Exports: N-Triples and Turtle, the streamed writers
    # (the build's own Turtle and TriG times are in its timings); JSON-LD, RDF/XML and the
    # validated export hold the whole graph in memory by design and are for smaller graphs.
    # So that the whole run fits the 30 minutes.
    "large": {"query_reps": 5, "query_cap": 10.0, "whole_cap": 0.0, "export_cap": 120.0, "export_formats": "nt,ttl", "cli_incremental": False},
}
"""Settings a scale runs with unless the command line says otherwise (the report lists them)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark strategygraph on a synthetic national corpus.")
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the median is reported (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="where to write the report")
    parser.add_argument("--workdir", type=Path, default=HERE / "output", help="corpus cache and build folder (ignored by git)")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated subset of {','.join(STAGES)}")
    parser.add_argument("--query-reps", type=int, help="timed repetitions per query (after one warm-up); default per scale (SCALE_DEFAULTS)")
    parser.add_argument("--query-cap", type=float, help="seconds per query and backend before it is stopped; default per scale")
    parser.add_argument("--whole-cap", type=float, help="seconds for whole-graph SHACL or reasoning before it is stopped; 0: not run (the whole graph is not even assembled); default per scale")
    parser.add_argument("--export-cap", type=float, help="seconds per export format before it is stopped; default per scale")
    parser.add_argument("--export-formats", help=f"comma-separated export formats to time (of ttl, nt, nq, trig, jsonld, xml, {EXPORT_VALIDATED}); default per scale (all but at large)")
    parser.add_argument("--page-cap", type=float, default=30.0)
    parser.add_argument("--f1-sample", type=int, default=50, help="documents scored against the ground truth")
    parser.add_argument("--no-reason", action="store_true", help="build without reasoning")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--skip-server", action="store_true")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--cli-incremental", action=argparse.BooleanOptionalAction, help="also time an incremental `build` after one change, not only reload_document; default per scale")
    parser.add_argument("--organisations", type=int, help="fewer organisations than the scale says (smoke tests)")
    parser.add_argument("--profile", action="store_true", help="profile the last build run with pyinstrument (output in the workdir)")
    parser.add_argument("--json", type=Path, help="also write the raw figures as JSON")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--from-json", type=Path, help="re-render the report from the raw figures a run saved with --json (no new measurements)")
    args = parser.parse_args(argv)
    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        write_atomic(args.results, render_results(saved))
        return 0
    for name, value in SCALE_DEFAULTS[args.scale].items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if args.export_formats:
        known = {"ttl", "nt", "nq", "trig", "jsonld", "xml", EXPORT_VALIDATED}
        unknown_formats = sorted({f.strip() for f in args.export_formats.split(",") if f.strip()} - known)
        if unknown_formats:
            parser.error(f"unknown export format(s): {', '.join(unknown_formats)}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if args.profile and importlib.util.find_spec("pyinstrument") is None:
        parser.error("--profile needs pyinstrument: pip install -e '.[bench]'")
    wanted = [s.strip() for s in args.stages.split(",") if s.strip()]
    unknown = sorted(set(wanted) - set(STAGES))
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(unknown)}")

    def log(message: str) -> None:
        if not args.quiet:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()

    harness_start = time.perf_counter()
    workdir = args.workdir.resolve() / args.scale
    use_reference(corpus_dir(args.workdir.resolve(), args.scale, args.seed, args.organisations) / "reference")
    workdir.mkdir(parents=True, exist_ok=True)
    command = "python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    log(f"corpus: {args.scale}")
    corpus, generate_s = ensure_corpus(args.scale, args.seed, args.workdir.resolve(), args.organisations)
    info: dict[str, Any] = {
        "scale": args.scale,
        "runs": args.runs,
        "seed": args.seed,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": command,
        "machine": machine(),
        "versions": versions(),
        "corpus": corpus_facts(corpus),
        "generate_s": generate_s,
        "whole_cap": args.whole_cap,
        "organisations": args.organisations,
        "load_start": os.getloadavg(),
        "query_cap": args.query_cap,
        "page_cap": args.page_cap,
        "settings": {name: getattr(args, name) for name in SCALE_DEFAULTS[args.scale]},
        "stage_s": {},
        "stages": {},
        "notes": [],
    }
    build_out = workdir / "build"
    stages: dict[str, Any] = info["stages"]

    def attempt(name: str, fn: Callable[[], Any]) -> None:
        if name not in wanted:
            stages[name] = "not requested (--stages)"
            return
        log(f"stage {name}")
        start = time.perf_counter()
        try:
            stages[name] = fn()
        except StageFailed as error:
            stages[name] = str(error)
        except Exception as error:  # noqa: BLE001 - a failing stage is reported; the others still run
            stages[name] = f"{type(error).__name__}: {error}"[:500]
            log(traceback.format_exc())
        info["stage_s"][name] = time.perf_counter() - start
        log(f"  ({info['stage_s'][name]:.1f} s)")

    profile = workdir / "build-profile.txt" if args.profile else None
    attempt("build", lambda: stage_build(corpus, workdir, args.runs, not args.no_reason, profile, log))
    built = isinstance(stages.get("build"), dict) or (build_out / "store").exists()
    if not built:
        for name in STAGES[1:-1]:
            stages[name] = f"needs a build ({stages.get('build')})"
    else:
        attempt("queries", lambda: stage_queries(corpus, build_out, workdir, args.query_reps, args.query_cap, args.skip_rdflib, log))
        attempt("validate_reason", lambda: stage_validate_reason(build_out, args.whole_cap, args.no_reason))
        export_formats = [f.strip() for f in args.export_formats.split(",") if f.strip()] if args.export_formats else None
        attempt("export", lambda: stage_export(build_out, workdir, args.export_cap, export_formats))
        attempt("pages", lambda: stage_pages(build_out, workdir, args.skip_browser, args.page_cap, log))
        if args.skip_server:
            stages["server"] = "skipped (--skip-server)"
        else:
            attempt("server", lambda: stage_server(corpus, build_out, workdir, args.query_reps, args.query_cap, log))
        attempt("incremental", lambda: stage_incremental(corpus, build_out, args.runs, args.cli_incremental))  # last: it changes the store
    attempt("f1", lambda: stage_f1(corpus, args.f1_sample))
    (workdir / DUMP_NAME).unlink(missing_ok=True)
    if profile is not None and profile.is_file():
        info["notes"].append(f"pyinstrument profile of the last build run: {profile} (and .html)")
    info["load_end"] = os.getloadavg()
    info["total_s"] = time.perf_counter() - harness_start
    write_atomic(args.results, render_results(info))
    if args.json:
        write_atomic(args.json, json.dumps(plain(info), indent=2))
    log(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
