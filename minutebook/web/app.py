"""The audit trail as a web page: a read-only, server-rendered site over the curated layer.

Each request opens ``minutebook.duckdb`` read-only and closes it: a nightly run publishes by
replacing that file (and leaves the Parquet of the previous version in place), so the site
keeps answering while a run publishes and shows the new version from the next request on.
Nothing here writes to the curated folder. Values reach the page through Jinja2's
autoescaping and reach SQL only as bound parameters (``minutebook.web.queries``).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import threading
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from minutebook.web import queries

HERE = Path(__file__).parent
CONTEXT_LINES = 12  # lines shown either side of a cited passage of a text pack
PAGE_SCALE = 1.5  # page images at 108 dpi: legible beside the text, small enough to load fast
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe; FastAPI runs handlers in threads
MEDIA = {"pdf": "application/pdf", "text": "text/plain; charset=utf-8"}


class NotFound(Exception):
    """Given what was looked for, say it is not in the curated layer."""


def create_app(curated: str | Path, project_root: str | Path | None = None) -> FastAPI:
    """Given a curated folder, return the web app over it.

    Source files are looked up at the path recorded in ``documents`` (and its aliases), taken
    as is, from the current directory, or from ``project_root`` (default: the folder above
    the curated folder's parent, where ``data/raw`` usually lives).
    """
    curated = Path(curated).resolve()
    roots = [Path.cwd(), Path(project_root).resolve() if project_root else curated.parent.parent]
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    env.filters["lines"] = _line_range
    app = FastAPI(title="minutebook audit trail", docs_url=None, redoc_url=None, openapi_url=None)

    def html(template: str, status: int = 200, **values) -> HTMLResponse:
        html = env.get_template(template).render(**values)
        return HTMLResponse(html, status_code=status)

    def connect():
        import duckdb

        db = curated / "minutebook.duckdb"
        if not db.exists():
            raise NotFound(f"no curated database at {db}: run `minutebook ingest` first")
        return duckdb.connect(str(db), read_only=True)

    @app.exception_handler(NotFound)
    def not_found(request: Request, exc: NotFound):
        return html("message.html", status=404, title="Not found", message=str(exc))

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request):
        query, problems = _search_from(request)
        with connect() as con:
            hits = [] if query.empty or problems else queries.search(con, query)
            people = queries.people_named(con, query.person) if query.person and not problems else []
            meetings = queries.meetings_list(con, limit=50) if query.empty else []
        return html("search.html", query=query, hits=hits, people=people, meetings=meetings, problems=problems,
                    csv_link="/search.csv?" + str(request.url.query), kinds=queries.KINDS, statuses=queries.STATUSES)

    @app.get("/search.csv")
    def search_csv(request: Request):
        query, problems = _search_from(request)
        if problems:
            return Response("; ".join(problems) + "\n", status_code=400, media_type="text/plain")
        with connect() as con:
            hits = queries.search(con, query)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(queries.RESULT_KEYS)
        for hit in hits:
            writer.writerow(["; ".join(hit[k]) if k == "owners" else ("" if hit[k] is None else hit[k])
                             for k in queries.RESULT_KEYS])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="minutebook-search.csv"'})

    @app.get("/meetings", response_class=HTMLResponse)
    def meetings():
        with connect() as con:
            return html("meetings.html", meetings=queries.meetings_list(con))

    @app.get("/meeting/{meeting_id}", response_class=HTMLResponse)
    def meeting(meeting_id: str):
        with connect() as con:
            found = queries.meeting(con, meeting_id)
        if found is None:
            raise NotFound(f"no meeting {meeting_id!r} in the curated layer")
        return html("meeting.html", m=found)

    @app.get("/person/{person_id}", response_class=HTMLResponse)
    def person(person_id: str):
        with connect() as con:
            found = queries.person(con, person_id)
        if found is None:
            raise NotFound(f"no person {person_id!r} in the curated layer")
        return html("person.html", p=found)

    @app.get("/source/{doc_id}", response_class=HTMLResponse)
    def source(doc_id: str, line_start: int | None = None, line_end: int | None = None, page: int | None = None):
        with connect() as con:
            doc = queries.document(con, doc_id)
        if doc is None:
            raise NotFound(f"no document {doc_id!r} in the curated layer")
        n = len(doc["lines"])
        start = min(max(line_start or 1, 1), n)
        end = min(max(line_end or start, start), n)
        original = _locate(doc, roots)
        view = {"doc": doc, "start": start, "end": end, "original": original, "cited": range(start, end + 1)}
        line_pages = doc["line_pages"] or []
        if doc["media_type"] == "pdf" and line_pages:
            shown = page or line_pages[start - 1] or 1
            shown = min(max(shown, 1), doc["pages"] or 1)
            view.update(page_no=shown, highlights=_highlights(doc, shown, start, end),
                        page_lines=[i + 1 for i, p in enumerate(line_pages) if p == shown])
        else:
            view.update(page_no=None, highlights=[],
                        page_lines=list(range(max(1, start - CONTEXT_LINES), min(n, end + CONTEXT_LINES) + 1)))
        return html("source.html", **view)

    @app.get("/page/{doc_id}/{page_no}.png")
    def page_image(doc_id: str, page_no: int):
        with connect() as con:
            doc = queries.document_file(con, doc_id)
        if doc is None or doc["media_type"] != "pdf":
            raise NotFound(f"no PDF {doc_id!r} in the curated layer")
        original = _locate(doc, roots)
        if original is None:
            raise NotFound(f"the original of {doc['source_path']} is no longer where it was read")
        if not 1 <= page_no <= (doc["pages"] or 0):
            raise NotFound(f"{doc['source_path']} has no page {page_no}")
        png = _render_page(str(original), original.stat().st_mtime_ns, page_no)
        return Response(png, media_type="image/png", headers={"Cache-Control": "max-age=3600"})

    @app.get("/file/{doc_id}")
    def original_file(doc_id: str):
        with connect() as con:
            doc = queries.document_file(con, doc_id)
        if doc is None:
            raise NotFound(f"no document {doc_id!r} in the curated layer")
        original = _locate(doc, roots)
        if original is None:
            raise NotFound(f"the original of {doc['source_path']} is no longer where it was read (or has changed)")
        return FileResponse(original, media_type=MEDIA.get(doc["media_type"], "application/octet-stream"),
                            filename=original.name, content_disposition_type="inline")

    @app.get("/static/style.css")
    def style():
        return Response((HERE / "static" / "style.css").read_text(encoding="utf-8"), media_type="text/css")

    return app


def _search_from(request: Request) -> tuple[queries.Search, list[str]]:
    """Given a request, return the search its query string asks for and what was wrong with it."""
    args = request.query_params
    problems: list[str] = []

    def text(name: str, limit: int = 200) -> str:
        value = (args.get(name) or "").strip()
        if len(value) > limit:
            problems.append(f"{name} is longer than {limit} characters")
            return ""
        return value

    def date(name: str) -> dt.date | None:
        value = text(name, 20)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            problems.append(f"{name} is not a date (YYYY-MM-DD): {value!r}")
            return None

    kind, status = text("kind", 20), text("status", 20)
    if kind and kind not in queries.KINDS:
        problems.append(f"kind must be one of {', '.join(queries.KINDS)}")
    if status and status not in queries.STATUSES:
        problems.append(f"status must be one of {', '.join(queries.STATUSES)}")
    query = queries.Search(words=text("q"), person=text("person"), committee=text("committee"),
                           since=date("since"), until=date("until"), kind=kind, status=status)
    return query, problems


def _highlights(doc: dict, page_no: int, start: int, end: int) -> list[dict]:
    """Given a PDF's documents row and a cited line range, return the boxes of the cited lines
    printed on ``page_no`` as percentages of the page (for absolutely placed overlays)."""
    boxes, pages, sizes = doc["line_boxes"] or [], doc["line_pages"] or [], doc["page_sizes"] or []
    if not 1 <= page_no <= len(sizes):
        return []
    width, height = sizes[page_no - 1]
    out = []
    for line in range(start, end + 1):
        box = boxes[line - 1] if line <= len(boxes) else None
        if not box or pages[line - 1] != page_no:
            continue
        x0, top, x1, bottom = box
        out.append({"line": line, "left": 100 * x0 / width, "top": 100 * top / height,
                    "width": 100 * max(x1 - x0, 1) / width, "height": 100 * max(bottom - top, 1) / height})
    return out


def _locate(doc: dict, roots: list[Path]) -> Path | None:
    """Given a documents row, return the original file if it is still there with the same bytes."""
    for recorded in [doc["source_path"], *(doc.get("aliases") or [])]:
        path = Path(recorded)
        for candidate in ([path] if path.is_absolute() else [root / path for root in roots]):
            if candidate.is_file():
                stat = candidate.stat()
                if _sha256(str(candidate), stat.st_mtime_ns, stat.st_size) == doc["doc_id"]:
                    return candidate
    return None


@lru_cache(maxsize=256)
def _sha256(path: str, mtime_ns: int, size: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=64)
def _render_page(path: str, mtime_ns: int, page_no: int) -> bytes:
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(path)
        try:
            image = pdf[page_no - 1].render(scale=PAGE_SCALE).to_pil()
        finally:
            pdf.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _line_range(item: dict) -> str:
    """Given a row with provenance, return "p. 3, lines 40-42" (or less where unknown)."""
    parts = []
    if item.get("page"):
        parts.append(f"p. {item['page']}")
    if item.get("line_start"):
        end = item.get("line_end") or item["line_start"]
        parts.append(f"line {item['line_start']}" if end == item["line_start"] else
                     f"lines {item['line_start']}-{end}")
    return ", ".join(parts)


def serve(curated: str | Path, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Given a curated folder and where to listen, serve the site until interrupted."""
    import uvicorn

    uvicorn.run(create_app(curated), host=host, port=port, log_level=os.environ.get("MINUTEBOOK_WEB_LOG", "warning"))
