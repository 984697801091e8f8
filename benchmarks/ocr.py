"""How well OCR reads rasterised papers, how fast, and what it costs extraction.

Measured, not asserted (issue 19):

1. Character error rate (CER) of OCR against the text layer, on pages rasterised at 150 and
   300 dpi, clean and with a slight skew (0.8 degrees) and scanner noise; lines assembled as
   the reader does it (spaces put back, capitals split). A text layer lists a page's words in
   its own order (table cells one by one, columns, headers last), which is not an error of
   OCR, so ``cer`` compares the page's words in sorted order (a misread letter costs one, a
   word split or run together costs about its length); ``cer_lines_paired`` pairs whole lines
   by content instead (harsher: a table row read as one line counts against every cell). Pages: the first 3 of
   each seed pack rendered to PDF and the first 2 of each Kent PDF in ``../shared/corpus/real``.
   Whitespace is normalised on both sides before the edit distance.
2. OCR pages per second, one process (ONNX Runtime using both cores) and two processes.
3. Extraction F1 per kind on two seed packs turned into scans at 300 dpi, next to the same
   packs as text-layer PDFs, against the seeds' gold annotations.

Run: .venv/bin/python benchmarks/ocr.py [--pages-per-doc N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
CORPUS = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "corpus"
READ_DPI = 300
F1_SEEDS = ("001_42d0d3b237cbf23e", "003_fa094feebe24448b")


def cer(ocr: str, truth: str) -> tuple[int, int]:
    """Given OCR text and the true text, return (edit distance, length of the truth), with
    whitespace runs made one space on both sides. The edit distance runs row by row in numpy
    (insertions chained with a running minimum)."""
    a, b = " ".join(ocr.split()), " ".join(truth.split())
    if not b:
        return len(a), 0
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    idx = np.arange(len(b) + 1)
    prev = idx.copy()
    for ch in a:
        cost = (bb != ord(ch)).astype(np.int64)
        tmp = np.empty_like(prev)
        tmp[0] = prev[0] + 1
        tmp[1:] = np.minimum(prev[1:] + 1, prev[:-1] + cost)
        prev = np.minimum.accumulate(tmp - idx) + idx
    return int(prev[-1]), len(b)


def line_cer(ocr_lines: list[str], truth_lines: list[str]) -> tuple[int, int]:
    """Given OCR lines and the text layer's lines, return (edit distance, truth length) with
    lines paired by content, not position: a text layer lists a page's lines in its own
    order (columns, tables, headers last), which is not an error of OCR. Each truth line is
    paired with the most similar unused OCR line; unpaired lines count in full."""
    import difflib

    truth = [" ".join(x.split()) for x in truth_lines if x.strip()]
    ocr = [" ".join(x.split()) for x in ocr_lines if x.strip()]
    used: set[int] = set()
    errors = length = 0
    for line in sorted(truth, key=len, reverse=True):
        length += len(line)
        best, best_ratio = None, 0.5
        for i, candidate in enumerate(ocr):
            if i in used:
                continue
            matcher = difflib.SequenceMatcher(None, line, candidate, autojunk=False)
            if matcher.quick_ratio() > best_ratio and matcher.ratio() > best_ratio:
                best, best_ratio = i, matcher.ratio()
        if best is None:
            errors += len(line)
        else:
            used.add(best)
            errors += cer(ocr[best], line)[0]
    errors += sum(len(x) for i, x in enumerate(ocr) if i not in used)
    return errors, length


def _degrade(image, seed: int):
    """Given a greyscale PIL image, return it skewed slightly with scanner noise."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    skewed = image.rotate(0.8, resample=Image.BILINEAR, fillcolor=255)
    pixels = np.asarray(skewed, dtype=np.float32)
    pixels = pixels + rng.normal(0, 14, pixels.shape)
    speckle = rng.random(pixels.shape)
    pixels[speckle < 0.002] = 0
    pixels[speckle > 0.998] = 255
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _ocr_one(job: tuple) -> dict:
    """Given (pdf path, page index, dpi, degraded), return the CER of OCR on that page."""
    import pypdfium2 as pdfium
    from PIL import Image

    from minutebook.readers.ocr import assemble_lines, read_image, respace_capitals

    path, index, dpi, degraded = job
    pdf = pdfium.PdfDocument(path)
    page = pdf[index]
    truth = page.get_textpage().get_text_range()
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    if degraded:
        image = _degrade(image, index)
    # The reader renders every scanned page at its own 300 dpi (``ocr_page``), so a page scanned
    # at a lower resolution reaches the engine enlarged: do the same here.
    if dpi < READ_DPI:
        image = image.resize((round(image.width * READ_DPI / dpi), round(image.height * READ_DPI / dpi)),
                             Image.BILINEAR)
    started = time.perf_counter()
    # The reader's own steps (``ocr_page`` and the document's respacing) on the possibly
    # degraded image.
    boxes = read_image(np.asarray(image))
    seconds = time.perf_counter() - started
    lines, _, _ = assemble_lines(boxes, max(dpi, READ_DPI) / 72)
    text = "\n".join(respace_capitals(lines))
    errors, length = cer(" ".join(sorted(text.split())), " ".join(sorted(truth.split())))
    bare_errors, bare_length = line_cer(text.splitlines(), truth.splitlines())
    pdf.close()
    return {"path": Path(path).name, "page": index + 1, "dpi": dpi, "degraded": degraded, "errors": errors,
            "chars": length, "bare_errors": bare_errors, "bare_chars": bare_length, "seconds": seconds}


def sample_pages(pages_per_doc: int, work: Path) -> list[tuple[str, int]]:
    """Given how many pages per document, return (pdf path, page index) pairs to rasterise."""
    import pypdfium2 as pdfium

    from minutebook.readers import read_document
    from minutebook.render import render_lines_to_pdf

    out: list[tuple[str, int]] = []
    for pack in sorted((CORPUS / "seeds").glob("*.txt")):
        pdf_path = work / f"{pack.stem}.pdf"
        render_lines_to_pdf(read_document(pack, pack.read_bytes()).lines, pdf_path)
        out += [(str(pdf_path), i) for i in range(min(pages_per_doc, len(pdfium.PdfDocument(str(pdf_path)))))]
    for path in sorted((CORPUS / "real").glob("*.pdf")):
        n = len(pdfium.PdfDocument(str(path)))
        with pdfium.PdfDocument(str(path)) as doc:
            texts = [len(doc[i].get_textpage().get_text_range().strip()) for i in range(min(n, 2))]
        out += [(str(path), i) for i, chars in enumerate(texts) if chars > 50]
    return out


def extraction_f1(work: Path) -> dict:
    """Given a work folder, return per-kind F1 on two seed packs as text-layer PDFs and as
    300-dpi scans (read by OCR), against the seeds' gold."""
    from evaluate import ANNOTATIONS, default_predictor, score_document, totals

    from minutebook.readers import read_document
    from minutebook.render import render_lines_to_pdf, scan_pdf

    results = {"text_layer": [], "ocr": []}
    timing = {}
    for stem in F1_SEEDS:
        gold = json.loads((ANNOTATIONS / "seeds" / f"{stem}.json").read_text())
        pack = CORPUS / "seeds" / f"{stem}.txt"
        text_pdf = work / f"f1-{stem}.pdf"
        render_lines_to_pdf(read_document(pack, pack.read_bytes()).lines, text_pdf)
        scanned = scan_pdf(text_pdf, work / f"f1-{stem}-scan.pdf")
        for label, path in (("text_layer", text_pdf), ("ocr", scanned)):
            started = time.perf_counter()
            doc = read_document(path, path.read_bytes())
            timing[f"{stem}:{label}"] = round(time.perf_counter() - started, 1)
            results[label].append({"name": stem, "scores": score_document(default_predictor(doc), gold)})
    out = {}
    for label, rows in results.items():
        out[label] = {kind: round(score.f1, 3) if score.f1 is not None else None
                      for kind, score in totals(rows).items()}
    out["read_seconds"] = timing
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-per-doc", type=int, default=3)
    parser.add_argument("--json", metavar="OUT")
    parser.add_argument("--skip-f1", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="minutebook-ocr-"))
    pages = sample_pages(args.pages_per_doc, work)
    jobs = [(p, i, dpi, degraded) for p, i in pages for dpi in (150, 300) for degraded in (False, True)]
    report: dict = {"pages": len(pages)}

    # Speed: one process (ONNX Runtime uses both cores), then two processes, on the 300-dpi
    # clean pages.
    clean300 = [j for j in jobs if j[2] == 300 and not j[3]]
    with ProcessPoolExecutor(2) as pool:
        if args.skip_speed:
            rows = list(pool.map(_ocr_one, jobs))
        else:
            started = time.perf_counter()
            one = [_ocr_one(j) for j in clean300]
            report["pages_per_s_one_process"] = round(len(clean300) / (time.perf_counter() - started), 3)
            list(pool.map(_ocr_one, clean300[:2]))  # load the models in both workers first
            started = time.perf_counter()
            list(pool.map(_ocr_one, clean300))
            report["pages_per_s_two_processes"] = round(len(clean300) / (time.perf_counter() - started), 3)
            rows = one + list(pool.map(_ocr_one, [j for j in jobs if j not in clean300]))
    table = {}
    for dpi in (150, 300):
        for degraded in (False, True):
            sel = [r for r in rows if r["dpi"] == dpi and r["degraded"] == degraded]
            errors, chars = sum(r["errors"] for r in sel), sum(r["chars"] for r in sel)
            bare = sum(r["bare_errors"] for r in sel) / max(1, sum(r["bare_chars"] for r in sel))
            table[f"{dpi}dpi{' skew+noise' if degraded else ''}"] = {
                "pages": len(sel), "cer": round(errors / max(1, chars), 4), "cer_lines_paired": round(bare, 4),
                "seconds_per_page": round(sum(r["seconds"] for r in sel) / max(1, len(sel)), 2)}
    report["cer"] = table
    if not args.skip_f1:
        report["extraction_f1"] = extraction_f1(work)
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
