"""One document's work: read it, run the extractors, stage its rows (no orchestration).

Kept apart from ``flows`` so the sandbox child process that runs it imports only what the
work needs (readers, extractors, pyarrow), not Prefect.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
import traceback
from pathlib import Path

from minutebook.readers import read_document
from minutebook.store import CuratedStore


def process_document_fn(path: str, run_dir: str, version: str, reader_settings: dict | None = None) -> dict:
    """Given a source path, do the work of ``process_document`` (callable without Prefect)."""
    from extractors.pipeline import extract_all

    started = time.perf_counter()
    source = Path(path)
    if source.is_dir():
        return stage_error(Path(run_dir), unreadable_doc_id(source), path, f"not a document: {path} is a directory",
                           version)
    data = source.read_bytes()  # OSError propagates: retried by the task
    doc = read_document(source, data, reader_settings)
    records: dict[str, list[dict]] = {}
    status, error = doc.status, doc.error
    if status == "ok":
        try:
            records = extract_all(doc)
        except Exception as exc:  # an extractor bug must cost one document, not the run
            status = "error"
            error = f"extraction failed: {type(exc).__name__}: {exc} | " + _tb_summary(exc)
            records = {}
    row = document_row(doc.doc_id, path, status, error, version, doc.pages, len(data), doc.media_type, started,
                        doc.text if status == "ok" else "", n_lines=len(doc.lines))
    row.update(text_source=doc.text_source or ("text_layer" if doc.media_type == "pdf" and status == "ok" else None),
               ocr_pages=doc.ocr_pages or None, ocr_confidence=doc.ocr_confidence)
    if status == "ok":
        row.update(line_geometry(doc))
    records["documents"] = [row]
    counts = CuratedStore.stage_document(Path(run_dir), doc.doc_id, records)
    return {"doc_id": doc.doc_id, "source_path": path, "status": status, "error": error, "counts": counts,
            "ocr_pages": doc.ocr_pages}


def line_geometry(doc) -> dict:
    """Given a read document, return its documents columns saying where each line is printed."""
    boxes = []
    for line_no in range(1, len(doc.lines) + 1):
        style = doc.style(line_no)
        if style is None or None in (style.x0, style.top, style.x1, style.bottom):
            boxes.append([])
        else:
            boxes.append([round(float(v), 1) for v in (style.x0, style.top, style.x1, style.bottom)])
    known = any(boxes)
    return {
        "line_pages": list(doc.line_pages) if any(p is not None for p in doc.line_pages) else None,
        "line_boxes": boxes if known else None,
        "page_sizes": [[float(w), float(h)] for w, h in doc.page_sizes] or None,
    }


def unreadable_doc_id(path: str | Path) -> str:
    """Given a source whose bytes cannot be read (a directory, a vanished file), return the
    doc_id its documents row is keyed by: a hash of its path."""
    return hashlib.sha256(f"unreadable:{path}".encode()).hexdigest()


def empty_doc_id(path: str | Path) -> str:
    """Given an empty source file, return the doc_id its documents row is keyed by: a hash of
    its path, so that every empty file a run sees has its own row and error."""
    return hashlib.sha256(f"empty:{path}".encode()).hexdigest()


def stage_error(run_dir: Path, doc_id: str, path: str | Path, error: str, version: str, size: int = 0) -> dict:
    """Given a document that could not be processed, stage its documents row; return the summary."""
    row = document_row(doc_id, path, "error", error, version, None, size, None, time.perf_counter(), "")
    counts = CuratedStore.stage_document(run_dir, doc_id, {"documents": [row]})
    return {"doc_id": doc_id, "source_path": str(path), "status": "error", "error": error, "counts": counts}


def _tb_summary(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))


def document_row(doc_id: str, path: str | Path, status: str, error: str | None, version: str, pages: int | None,
                 size: int, media: str | None, started: float, text: str, n_lines: int = 0) -> dict:
    """Given what is known of a document, return its row of the ``documents`` table."""
    return {
        "doc_id": doc_id,
        "source_path": str(path),
        "sha256": doc_id,
        "media_type": media,
        "pages": pages,
        "bytes": size,
        "status": status,
        "error": error,
        "pipeline_version": version,
        "ingested_at": dt.datetime.now(dt.timezone.utc),
        "n_lines": n_lines,
        "duration_ms": int((time.perf_counter() - started) * 1000),
        "text": text,
    }
