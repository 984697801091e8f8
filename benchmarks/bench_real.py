"""Benchmark on real PDFs: the whole pipeline against bare pdfplumber, corpus by corpus.

Corpora (each used where present; none of them is part of the project):

* ``real``: the twelve PDFs of ``../shared/corpus/real`` (Kent County Council and a US book),
* ``dev``: the documents of other bodies in ``../shared/corpus/dev`` (two are scans),
* ``extra``: the documents fetched by ``benchmarks/fetch_corpus.py`` (``benchmarks/corpus.md``),
* ``chromium``: the seed packs printed to PDF by headless Chromium
  (``benchmarks/print_seeds.py`` writes them to /work/corpus-chromium/seeds).

For each corpus, each in its own process so peak memory is its own: bare pdfplumber
``extract_text`` over every page; the whole pipeline (read, extract, stage, Parquet, publish,
DuckDB and its full-text index) in-process; the same run again with nothing changed, and a run
over an empty folder (the fixed cost). Then ``minutebook ingest`` through Prefect with one and
with two workers on ``real`` + ``dev`` together (documents sandboxed as the CLI runs them),
checking both publish the same rows. OCR is off for the throughput figures (pdfplumber reads
no scan either; ``benchmarks/ocr.py`` measures OCR).

Markdown to stdout, JSON to ``benchmarks/results/bench_real.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
CORPORA = {
    "real": SHARED / "corpus" / "real",
    "dev": SHARED / "corpus" / "dev",
    "extra": Path(os.environ.get("MINUTEBOOK_CORPUS_EXTRA", "/work/corpus-extra")),
    "chromium": Path(os.environ.get("MINUTEBOOK_CORPUS_CHROMIUM", "/work/corpus-chromium/seeds")),
}
NO_OCR = {"ocr": False}


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pages(files: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for f in files:
        pdf = pdfium.PdfDocument(str(f))
        total += len(pdf)
        pdf.close()
    return total


def measure(mode: str, src: Path, curated: Path | None, workers: int) -> dict:
    """Given a mode and a folder of PDFs, run one measurement in this process."""
    files = sorted(src.glob("*.pdf"))
    if mode == "pdfplumber":  # in a process that has loaded nothing of minutebook (its own peak memory)
        from benchmarks.bench_ingest import pdfplumber_extract_text

        started = time.perf_counter()
        pages = pdfplumber_extract_text(files)
        return {"seconds": time.perf_counter() - started, "pages": pages, "maxrss_mb": _maxrss_mb()}
    # Imports before the clock: a nightly run pays them once, not per page.
    from extractors.pipeline import extract_all
    from minutebook.document import document_from_text
    from minutebook.ingest_run import run_ingest

    # The extractors' spaCy pipeline is built once per process (about 0.9 s), as a nightly run
    # builds it once: warm it before the clock, as pdfplumber's imports are.
    extract_all(document_from_text("Minutes of the meeting held on 1 May 2025\nThe Clerk agreed to write."))
    started = time.perf_counter()
    if mode == "pipeline":
        report = run_ingest([str(src)], str(curated), reader_settings=NO_OCR, progress=False)
        return {"seconds": time.perf_counter() - started, "maxrss_mb": _maxrss_mb(), "new": report["new"],
                "skipped": report["skipped"], "failed": report["failed"]}
    if mode == "flow":
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        from prefect.testing.utilities import prefect_test_harness

        from flows.ingest import ingest
        from minutebook.ingest_run import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT

        with prefect_test_harness(server_startup_timeout=120):
            started = time.perf_counter()  # the API is up: Prefect's start-up is measured apart
            report = ingest([str(src)], str(curated), workers=workers, reader_settings=NO_OCR,
                            time_limit=DEFAULT_TIME_LIMIT, memory_limit=DEFAULT_MEMORY_LIMIT)
            seconds = time.perf_counter() - started
        return {"seconds": seconds, "maxrss_mb": _maxrss_mb(), "new": report["new"],
                "published": report["published_counts"]}
    raise ValueError(mode)


def _child(mode: str, src: Path, curated: Path | None = None, workers: int = 1) -> dict:
    from benchmarks.bench_ingest import _child as run_measurement

    return run_measurement(mode, src, curated, workers, script=__file__)


def _linked(files: list[Path], folder: Path) -> Path:
    """Given PDFs, return a folder of links to them (the pipeline reads a folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        (folder / f.name).symlink_to(f.resolve())
    return folder


def bench_corpus(name: str, files: list[Path], work: Path) -> dict:
    src = _linked(files, work / name / "src")
    curated = work / name / "curated"
    empty = work / name / "empty"
    empty.mkdir()
    plumber = _child("pdfplumber", src)
    first = _child("pipeline", src, curated)
    again = _child("pipeline", src, curated)
    fixed = _child("pipeline", empty, work / name / "curated-empty")
    pages = plumber["pages"]
    return {
        "corpus": name, "documents": len(files), "pages": pages,
        "pdfplumber_pages_s": pages / plumber["seconds"], "pdfplumber_maxrss_mb": plumber["maxrss_mb"],
        "pipeline_pages_s": pages / first["seconds"], "pipeline_maxrss_mb": first["maxrss_mb"],
        "ratio": plumber["seconds"] / first["seconds"], "first_s": first["seconds"],
        "rerun_s": again["seconds"], "fixed_s": fixed["seconds"],
        "rerun_net_fraction": max(0.0, again["seconds"] - fixed["seconds"]) / first["seconds"],
        "failed": first["failed"],
    }


def bench_workers(files: list[Path], work: Path) -> dict:
    src = _linked(files, work / "workers" / "src")
    one = _child("flow", src, work / "workers" / "curated-1", 1)
    two = _child("flow", src, work / "workers" / "curated-2", 2)
    pages = _pages(files)
    return {"documents": len(files), "pages": pages, "one_s": one["seconds"], "two_s": two["seconds"],
            "one_pages_s": pages / one["seconds"], "two_pages_s": pages / two["seconds"],
            "speedup": one["seconds"] / two["seconds"], "one_maxrss_mb": one["maxrss_mb"],
            "two_maxrss_mb": two["maxrss_mb"], "same_rows": one["published"] == two["published"],
            "published": one["published"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--src", help=argparse.SUPPRESS)
    parser.add_argument("--curated", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--corpora", default="real,dev,extra,chromium", help="which corpora (comma-separated)")
    parser.add_argument("--no-workers", action="store_true", help="skip the one/two worker comparison")
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "bench_real.json"))
    args = parser.parse_args()
    if args.measure:
        curated = Path(args.curated) if args.curated else None
        print(json.dumps(measure(args.measure, Path(args.src), curated, args.workers)))
        return
    results: dict = {"machine": f"{os.cpu_count()} cores", "corpora": []}
    with tempfile.TemporaryDirectory(prefix="mb-bench-real-") as tmp:
        work = Path(tmp)
        for name in args.corpora.split(","):
            files = sorted(CORPORA[name].glob("*.pdf")) if CORPORA[name].is_dir() else []
            if not files:
                print(f"skipping {name}: no PDFs in {CORPORA[name]}", file=sys.stderr)
                continue
            print(f"{name}: {len(files)} PDFs ...", file=sys.stderr)
            results["corpora"].append(bench_corpus(name, files, work))
        if not args.no_workers:
            files = [f for name in ("real", "dev") if CORPORA[name].is_dir() for f in sorted(CORPORA[name].glob("*.pdf"))]
            if files:
                print(f"workers: {len(files)} PDFs ...", file=sys.stderr)
                results["workers"] = bench_workers(files, work)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(results, indent=1))
    print(report(results))


def report(results: dict) -> str:
    lines = ["| corpus | PDFs | pages | pdfplumber pages/s | pipeline pages/s | ratio | peak RSS pdfplumber / "
             "pipeline | no-change re-run, net of the fixed cost | fixed cost |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results["corpora"]:
        lines.append(f"| {r['corpus']} | {r['documents']} | {r['pages']} | {r['pdfplumber_pages_s']:.1f} | "
                     f"{r['pipeline_pages_s']:.1f} | {r['ratio']:.2f}x | {r['pdfplumber_maxrss_mb']:.0f} / "
                     f"{r['pipeline_maxrss_mb']:.0f} MB | {100 * r['rerun_net_fraction']:.1f}% of the first run "
                     f"({r['rerun_s']:.2f} s) | {r['fixed_s']:.2f} s |")
    w = results.get("workers")
    if w:
        lines += ["", f"`minutebook ingest` through Prefect, {w['documents']} PDFs ({w['pages']} pages) of real + dev: "
                      f"1 worker {w['one_pages_s']:.1f} pages/s, 2 workers {w['two_pages_s']:.1f} pages/s "
                      f"({w['speedup']:.2f}x), peak RSS {w['one_maxrss_mb']:.0f} / {w['two_maxrss_mb']:.0f} MB; "
                      f"same rows: {w['same_rows']}"]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
