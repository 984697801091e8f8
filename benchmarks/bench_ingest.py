"""Benchmark: bare pdfplumber and pypdfium2 text extraction vs the whole minutebook pipeline.

Generates a corpus of >= 500 PDF pages (packs rendered from the project's own fixtures, each
with ruled tables) plus a text-pack corpus, then reports side by side:

* bare pdfplumber ``extract_text`` pages/s and bare pypdfium2 pages/s,
* the full pipeline (read, extract, write Parquet, publish) pages/s, in-process and through
  the Prefect flow with 1 and 2 workers,
* text packs MB/s, a no-change re-run as a fraction of the first run,
* peak memory (max RSS) at half and full corpus size.

Markdown table to stdout, JSON to ``--json`` (default benchmarks/out/bench_ingest.json).
Each measurement runs in its own process so peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _fixture_texts() -> list[str]:
    paths = sorted((ROOT / "data" / "raw").glob("*.txt"))
    paths += sorted((ROOT / "minutebook" / "sample_packs").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def build_pdf_corpus(folder: Path, min_pages: int, sets_per_pack: int = 1) -> tuple[int, int]:
    """Given a folder, render packs with tables into it until ``min_pages``; return (pages,
    pages that hold a ruled table).

    A pack is every fixture text in turn (minutes, agendas, action logs, reports) with a ruled
    action table after every fourth text: about one page in five holds a table, as in agenda
    packs (the Kent papers in the shared corpus have tables on 15 of 222 pages; a pack with a
    performance appendix has more). One set of texts makes a pack of about 21 pages, like one
    set of minutes with its action log; ``sets_per_pack`` 5 makes about 105, like a whole
    committee agenda pack with its reports and appendices.
    """
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle
    from xml.sax.saxutils import escape

    from minutebook.readers.pdf import read_pdf_pages
    from minutebook.readers.text import normalise_text

    folder.mkdir(parents=True, exist_ok=True)
    style = getSampleStyleSheet()["BodyText"]
    texts = _fixture_texts()
    pages, table_pages, n = 0, 0, 0
    while pages < min_pages:
        story = []
        for k, text in enumerate(texts * sets_per_pack):
            year = 2000 + (n * sets_per_pack + k // len(texts)) % 25
            for line in normalise_text(text.replace("2021", str(year)).replace("2019", str(1990 + n % 30))):
                if line.strip():
                    safe = line.replace("\t", "  ").encode("latin-1", "replace").decode("latin-1")
                    story.append(Paragraph(escape(safe), style))
            if k % 4 == 3:
                rows = [["Ref", "Action", "Owner", "Status"]] + [
                    [str(i), f"Report back on item {i} of pack {n}", "Jane Doe" if i % 2 else "Sam Roe",
                     "Open" if i % 3 else "Discharged"] for i in range(1, 25)
                ]
                table = Table(rows, repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
                story.append(table)
            story.append(PageBreak())
        path = folder / f"pack-{n:03d}.pdf"
        SimpleDocTemplate(str(path), pagesize=A4, title=f"pack {n}").build(story)
        pages += len(pdfium.PdfDocument(str(path)))
        table_pages += len({t.page for t in read_pdf_pages(path.read_bytes()).tables})
        n += 1
    return pages, table_pages


def build_text_corpus(folder: Path, min_bytes: int) -> int:
    """Given a folder, write text packs until ``min_bytes``; return the bytes.

    A pack joins every fixture text (tens of KB, like the seed packs), varied per copy so
    each has its own doc_id.
    """
    folder.mkdir(parents=True, exist_ok=True)
    texts = _fixture_texts()
    total, n = 0, 0
    while total < min_bytes:
        pack = "\n\n".join(t.replace("2021", str(2000 + n % 25)) for t in texts) + f"\n\nVariant {n}\n"
        data = pack.encode("utf-8")
        (folder / f"pack-{n:04d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    return total


# ---------------------------------------------------------------- measurements (child process)
def measure(mode: str, src: str, curated: str | None, workers: int) -> dict:
    files = sorted(Path(src).glob("*"))
    # Imports happen before the clock starts: a nightly run pays them once, not per page.
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    from flows.ingest import run_ingest  # noqa: F401

    started = time.perf_counter()
    pages = 0
    if mode == "pdfplumber":
        pages = pdfplumber_extract_text(files)
    elif mode == "pypdfium2":
        import pypdfium2 as pdfium

        for f in files:
            pdf = pdfium.PdfDocument(str(f))
            for i in range(len(pdf)):
                pdf[i].get_textpage().get_text_range()
                pages += 1
            pdf.close()
    elif mode == "pipeline":
        from flows.ingest import run_ingest

        report = run_ingest([src], curated)
        return {"seconds": time.perf_counter() - started, "maxrss_mb": _maxrss(), "report_new": report["new"],
                "report_failed": report["failed"]}
    elif mode == "flow":
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        from prefect.testing.utilities import prefect_test_harness

        from flows.ingest import ingest

        with prefect_test_harness(server_startup_timeout=120):
            started = time.perf_counter()
            # As `minutebook ingest` runs it: documents sandboxed under the default limits.
            from flows.ingest import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT

            report = ingest([src], curated, workers=workers, time_limit=DEFAULT_TIME_LIMIT,
                            memory_limit=DEFAULT_MEMORY_LIMIT)
            return {"seconds": time.perf_counter() - started, "maxrss_mb": _maxrss(), "report_new": report["new"]}
    return {"seconds": time.perf_counter() - started, "pages": pages, "maxrss_mb": _maxrss()}


def pdfplumber_extract_text(files: list[Path]) -> int:
    """Given PDFs, run bare pdfplumber ``extract_text`` over every page; return the pages read
    (the baseline every speed figure is compared with)."""
    import pdfplumber

    pages = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return pages


def _maxrss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(mode: str, src: Path, curated: Path | None = None, workers: int = 1, script: str = __file__) -> dict:
    """Given a measurement, run it in its own process (``script --measure``) and return its JSON,
    so that peak memory is its own."""
    cmd = [sys.executable, script, "--measure", mode, "--src", str(src), "--workers", str(workers)]
    if curated:
        cmd += ["--curated", str(curated)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(f"{mode} failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--text-mb", type=float, default=5.0)
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "out" / "bench_ingest.json"))
    parser.add_argument("--no-flow", action="store_true", help="skip the Prefect flow runs (1 vs 2 workers)")
    parser.add_argument("--worker-pages", type=int, default=4000,
                        help="pages in the corpus for the 1 vs 2 workers runs (a cluster's start-up is "
                             "amortised over a night's archive, not a 500-page sample)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--src", help=argparse.SUPPRESS)
    parser.add_argument("--curated", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.src, args.curated, args.workers)))
        return

    work = Path(tempfile.mkdtemp(prefix="minutebook-bench-"))
    try:
        pdfs = work / "pdf"
        pages, table_pages = build_pdf_corpus(pdfs, args.pages)
        half = work / "pdf-half"
        half.mkdir()
        all_files = sorted(pdfs.glob("*.pdf"))
        for f in all_files[: len(all_files) // 2]:
            shutil.copy(f, half / f.name)
        texts = work / "text"
        text_bytes = build_text_corpus(texts, int(args.text_mb * 2**20))
        results: dict[str, dict] = {"corpus": {"pdf_files": len(all_files), "pdf_pages": pages,
                                               "pdf_pages_with_tables": table_pages,
                                               "text_files": len(list(texts.glob('*'))), "text_mb": text_bytes / 2**20}}
        results["pdfplumber"] = _child("pdfplumber", pdfs)
        results["pypdfium2"] = _child("pypdfium2", pdfs)
        results["pipeline_first"] = _child("pipeline", pdfs, work / "cur-pdf")
        results["pipeline_rerun"] = _child("pipeline", pdfs, work / "cur-pdf")
        results["pipeline_half"] = _child("pipeline", half, work / "cur-half")
        results["text_first"] = _child("pipeline", texts, work / "cur-text")
        if not args.no_flow:
            # 1 vs 2 workers at two document sizes: Prefect costs about the same per task
            # whatever the document, so the speed-up depends on the work per document.
            for label, sets in (("packs", 5), ("minutes", 1)):
                folder = work / f"pdf-workers-{label}"
                n_pages, _ = build_pdf_corpus(folder, args.worker_pages, sets_per_pack=sets)
                results["corpus"][f"worker_{label}_pages"] = n_pages
                results["corpus"][f"worker_{label}_files"] = len(list(folder.glob("*.pdf")))
                results[f"flow_{label}_1_worker"] = _child("flow", folder, work / f"cur-{label}-w1", workers=1)
                results[f"flow_{label}_2_workers"] = _child("flow", folder, work / f"cur-{label}-w2", workers=2)
                shutil.rmtree(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(results, Path(args.json))


def report(r: dict, json_path: Path) -> None:
    pages = r["corpus"]["pdf_pages"]

    def pps(key: str) -> float:
        return pages / r[key]["seconds"]

    rows = [
        ("bare pdfplumber extract_text", f"{pps('pdfplumber'):.1f} pages/s", f"{r['pdfplumber']['maxrss_mb']:.0f} MB"),
        ("bare pypdfium2 get_text_range", f"{pps('pypdfium2'):.1f} pages/s", f"{r['pypdfium2']['maxrss_mb']:.0f} MB"),
        ("minutebook pipeline (read, extract, Parquet, publish)", f"{pps('pipeline_first'):.1f} pages/s",
         f"{r['pipeline_first']['maxrss_mb']:.0f} MB"),
        ("  speed-up over bare pdfplumber", f"{pps('pipeline_first') / pps('pdfplumber'):.1f}x", ""),
        ("  half the corpus (peak memory check)", f"{pages / 2 / r['pipeline_half']['seconds']:.1f} pages/s",
         f"{r['pipeline_half']['maxrss_mb']:.0f} MB"),
        ("no-change re-run", f"{r['pipeline_rerun']['seconds'] / r['pipeline_first']['seconds']:.1%} of first run",
         f"{r['pipeline_rerun']['maxrss_mb']:.0f} MB"),
        ("text packs", f"{r['corpus']['text_mb'] / r['text_first']['seconds']:.2f} MB/s",
         f"{r['text_first']['maxrss_mb']:.0f} MB"),
    ]
    for label in ("packs", "minutes"):
        if f"flow_{label}_1_worker" not in r:
            continue
        one, two = r[f"flow_{label}_1_worker"], r[f"flow_{label}_2_workers"]
        n_pages, files = r["corpus"][f"worker_{label}_pages"], r["corpus"][f"worker_{label}_files"]
        what = f"{files} PDFs of ~{n_pages // files} pages"
        rows += [
            (f"`minutebook ingest` flow, 1 worker ({what})", f"{n_pages / one['seconds']:.1f} pages/s",
             f"{one['maxrss_mb']:.0f} MB"),
            (f"`minutebook ingest` flow, 2 workers, Dask ({what})",
             f"{n_pages / two['seconds']:.1f} pages/s ({one['seconds'] / two['seconds']:.2f}x)",
             f"{two['maxrss_mb']:.0f} MB"),
        ]
    print(f"Corpus: {r['corpus']['pdf_files']} PDFs, {pages} pages ({r['corpus']['pdf_pages_with_tables']} with "
          f"ruled tables); {r['corpus']['text_files']} text packs, "
          f"{r['corpus']['text_mb']:.1f} MB\n")
    print("| measurement | throughput | peak RSS |")
    print("|---|---|---|")
    for name, value, mem in rows:
        print(f"| {name} | {value} | {mem} |")
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(r, indent=1))
    print(f"\nJSON: {json_path}")


if __name__ == "__main__":
    main()
