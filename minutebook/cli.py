"""The ``minutebook`` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _date_arg(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {value!r}") from None


NIGHTLY_CRON = "0 2 * * *"
NIGHTLY_TZ = "Europe/London"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="minutebook", description="Council committee papers in, structured data out.")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="read agenda packs and minutes, publish the curated tables")
    ingest.add_argument("sources", nargs="*", default=["data/raw"], metavar="SRC", help="files or folders (default data/raw)")
    ingest.add_argument("--curated", default="data/curated", metavar="DIR", help="curated output folder (default data/curated)")
    ingest.add_argument("--workers", type=int, default=1, help="parallel worker processes (Dask local cluster)")
    ingest.add_argument("--dask-address", default=None, help="address of an existing Dask scheduler")
    ingest.add_argument("--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for another run's lock")
    ingest.add_argument("--max-pages", type=int, default=None, help="record PDFs with more pages as errors")
    ingest.add_argument("--no-ocr", action="store_true",
                        help="do not OCR scanned pages (a scanned document is recorded as needs_ocr)")
    ingest.add_argument("--ocr-page-seconds", type=float, default=None,
                        help="OCR time limit per page (default 60 s): a page past it is left unread")
    ingest.add_argument("--max-bytes", type=int, default=None, help="record larger files as errors")
    ingest.add_argument("--time-limit", type=float, default=300.0, metavar="SECONDS",
                        help="per-document time limit; 0 disables the sandbox (default 300)")
    ingest.add_argument("--memory-limit", type=int, default=4096, metavar="MIB",
                        help="per-document memory limit in MiB (default 4096)")
    ingest.add_argument("--json", action="store_true", help="print the run report as JSON")

    serve = sub.add_parser("serve", help="run the nightly ingest schedule in this process (no Prefect server needed)")
    serve.add_argument("sources", nargs="*", default=["data/raw"], metavar="SRC")
    serve.add_argument("--curated", default="data/curated", metavar="DIR")
    serve.add_argument("--cron", default=NIGHTLY_CRON, help=f"cron schedule (default '{NIGHTLY_CRON}')")
    serve.add_argument("--timezone", default=NIGHTLY_TZ, help=f"schedule time zone (default {NIGHTLY_TZ})")
    serve.add_argument("--workers", type=int, default=1)

    runs = sub.add_parser("runs", help="the last ingest runs and, when served, the next scheduled one")
    runs.add_argument("--curated", default="data/curated", metavar="DIR")
    runs.add_argument("--limit", type=int, default=10)
    runs.add_argument("--format", choices=["table", "json", "csv"], default="table")

    audit = sub.add_parser("audit", help="find resolutions and actions by text or owner, with their source")
    audit.add_argument("--owner", help='action owner: "Steve Ashley", "S Ashley" or "Ashley"')
    audit.add_argument("--resolution", metavar="TEXT", help="resolutions matching these words (BM25)")
    audit.add_argument("--text", metavar="TEXT", help="resolutions, actions and motions matching these words (BM25)")
    audit.add_argument("--votes-of", metavar="NAME", help='how a member voted: "Mr Baker", "J Baker" or "Baker"')
    audit.add_argument("--committee", help="committee name contains this")
    audit.add_argument("--since", type=_date_arg, help="meetings on or after YYYY-MM-DD")
    audit.add_argument("--until", type=_date_arg, help="meetings on or before YYYY-MM-DD")
    audit.add_argument("--limit", type=int, default=200)
    audit.add_argument("--format", choices=["table", "json", "csv"], default="table")
    audit.add_argument("--curated", default="data/curated", metavar="DIR")

    web = sub.add_parser("web", help="the audit trail as a read-only web page")
    web.add_argument("--curated", default="data/curated", metavar="DIR")
    web.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default 127.0.0.1: this machine only)")
    web.add_argument("--port", type=int, default=8080)

    sql = sub.add_parser("sql", help="run a SQL query against the curated DuckDB views")
    sql.add_argument("query")
    sql.add_argument("--curated", default="data/curated", metavar="DIR")
    sql.add_argument("--format", choices=["table", "json", "csv"], default="table")
    return parser


def _quiet_prefect() -> None:
    """Keep Prefect to warnings and off the network (no telemetry: runs are offline)."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # Dask's own INFO logs and shutdown chatter are not the user's business.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "sql":
            return _sql(args)
        if args.command == "audit":
            return _audit(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "runs":
            return _runs(args)
        if args.command == "web":
            return _web(args)
    except KeyboardInterrupt:
        print("minutebook: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return 2


def _fail(message: str, code: int = 2) -> int:
    print(f"minutebook: {message}", file=sys.stderr)
    return code


def _ingest(args) -> int:
    from minutebook.store import StoreBusy, StoreError

    missing = [s for s in args.sources if not Path(s).exists()]
    if missing:
        return _fail(f"source not found: {', '.join(missing)}")
    if args.workers < 1:
        return _fail("--workers must be at least 1")
    curated = Path(args.curated)
    if curated.exists() and not curated.is_dir():
        return _fail(f"--curated {curated} is a file, not a folder")
    settings = {}
    if args.max_pages is not None:
        settings["max_pages"] = args.max_pages
    if args.no_ocr:
        settings["ocr"] = False
    if args.ocr_page_seconds is not None:
        settings["ocr_page_seconds"] = args.ocr_page_seconds
    if args.max_bytes is not None:
        settings["max_bytes"] = args.max_bytes
    try:
        # Nothing new, changed or removed (most nights, most refreshes): record the run without
        # starting Prefect, whose import and temporary API would be most of its cost.
        from minutebook.ingest_run import _pool, run_ingest, sandbox_limits

        report = run_ingest([str(x) for x in args.sources], str(curated), wait_seconds=args.wait, idle_only=True,
                            progress=False)
        if report is None:
            memory = (args.memory_limit or 0) * 2**20 or None
            limits = sandbox_limits(args.time_limit, memory)
            if limits and args.dask_address is None:
                # Start the document sandboxes now: they import the pipeline while Prefect is
                # imported and its API starts, instead of after.
                _pool(limits).warm(max(1, args.workers))
            _quiet_prefect()
            from flows.ingest import ingest

            report = ingest(args.sources, str(curated), workers=args.workers, dask_address=args.dask_address,
                            wait_seconds=args.wait, reader_settings=settings or None,
                            time_limit=args.time_limit, memory_limit=memory)
    except StoreBusy as exc:
        return _fail(str(exc), 3)
    except StoreError as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps({k: v for k, v in report.items() if k != "markdown"}, default=str, indent=1))
    else:
        print(summary_text(report, curated))
        print(_highlights(curated))
    return 0


def _highlights(curated: Path) -> str:
    """Given a curated folder, return a short listing of the meetings it holds."""
    import duckdb

    db = curated / "minutebook.duckdb"
    if not db.exists():
        return ""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT committee, meeting_date, kind, n_agenda_items, n_minutes, n_resolutions, n_actions, n_present "
            "FROM meeting_index ORDER BY meeting_date DESC NULLS LAST LIMIT 12"
        ).fetchall()
        total = con.execute("SELECT count(*) FROM meetings").fetchone()[0]
    if not rows:
        return "no meetings found"
    lines = [f"meetings ({total}, newest first):"]
    for committee, date, kind, items, minutes, resolutions, actions, present in rows:
        what = f"{items} agenda items" if kind == "agenda" else (
            f"{minutes} minutes, {resolutions} resolutions, {actions} actions, {present} present")
        lines.append(f"  {date or '????-??-??'}  {kind:<8} {committee or '(unnamed)'}: {what}")
    return "\n".join(lines)


def _serve(args) -> int:
    """Run the ingest on its schedule from this process until stopped (``minutebook.schedule``)."""
    from cronsim import CronSimError

    from minutebook.schedule import Server, next_time

    missing = [s for s in args.sources if not Path(s).exists()]
    if missing:
        return _fail(f"source not found: {', '.join(missing)}")
    try:
        import datetime as dt

        next_time(args.cron, args.timezone, dt.datetime.now(dt.timezone.utc))
    except (CronSimError, ValueError, KeyError) as exc:
        return _fail(f"bad schedule {args.cron!r} / {args.timezone!r}: {exc}")
    return Server(args.sources, Path(args.curated), args.cron, args.timezone, workers=args.workers).run_forever()


def _runs(args) -> int:
    """Print the last runs from the ``runs`` table and what a serving process says it does."""
    import datetime as dt

    from minutebook.schedule import read_state
    from minutebook.store import CuratedStore

    curated = Path(args.curated)
    if not (curated / "CURRENT").exists():
        rows = []
    else:
        table = CuratedStore(curated).read_table("runs").to_pylist()
        rows = sorted(table, key=lambda r: r["started_at"] or dt.datetime.min.replace(tzinfo=dt.timezone.utc),
                      reverse=True)[: args.limit]
    columns = ["started_at", "duration_s", "documents_seen", "documents_new", "documents_skipped",
               "documents_failed", "no_meeting_found"]
    out = []
    for r in rows:
        counts = json.loads(r.get("counts_json") or "{}")
        out.append((r["started_at"], round(r["duration_s"] or 0.0, 1), r["documents_seen"], r["documents_new"],
                    r["documents_skipped"], r["documents_failed"], counts.get("no_meeting_found", 0)))
    state = read_state(curated)
    if args.format == "json":
        print(json.dumps({"runs": [dict(zip(columns, row)) for row in out], "serve": state}, default=str, indent=1))
        return 0
    print_rows(columns, out, args.format)
    if args.format == "table":
        if not out:
            print(f"no runs recorded in {curated}")
        if state and state.get("next_run") and _alive(state.get("pid")):
            print(f"served by pid {state['pid']} ({state['cron']} {state['timezone']}): next run at {state['next_run']}")
        elif state:
            print("not being served now (the last `minutebook serve` has stopped)")
        for skipped in (state or {}).get("skipped", [])[-3:]:
            print(f"skipped at {skipped['at']}: {skipped['reason']}")
    return 0


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except (TypeError, ValueError, ProcessLookupError, PermissionError):
        return False
    return True


def summary_text(report: dict, curated: Path) -> str:
    """Given a run report, return the summary printed at the end of ``minutebook ingest``."""
    lines = [
        f"minutebook {report['pipeline_version']}: {report['seen']} document(s) seen, {report['new']} ingested, "
        f"{report['skipped']} unchanged, {report['failed']} failed, in {report['duration_s']:.1f}s",
    ]
    for path, error in report["failures"][:20]:
        lines.append(f"  ! {path}: {error}")
    if report.get("ocr_documents"):
        lines.append(f"read by OCR: {report['ocr_documents']} document(s), {report['ocr_pages']} page(s)")
    if report.get("no_meeting"):
        lines.append(f"no meeting found: {len(report['no_meeting'])} document(s) read without a meeting "
                     "(a report or appendix has none; minutes or an agenda here mean a house style not read):")
        lines.extend(f"  ? {path}" for path in report["no_meeting"][:20])
    lines.append(f"curated tables in {curated} (version {report['version'] or 'unchanged'}):")
    counts = report["published_counts"]
    width = max(len(n) for n in counts) if counts else 10
    for name in counts:
        extracted = report["counts"].get(name)
        extra = f"  (+{extracted} this run)" if extracted else ""
        lines.append(f"  {name:<{width}}  {counts[name]:>7}{extra}")
    return "\n".join(lines)


def _audit(args) -> int:
    import duckdb

    from minutebook.audit import AUDIT_KEYS, VOTE_KEYS, AuditQuery, run_audit, run_votes_of

    if not (args.owner or args.resolution or args.text or args.committee or args.since or args.until
            or args.votes_of):
        return _fail("say what to look for: --owner, --resolution, --text, --votes-of, --committee, --since or --until")
    db = Path(args.curated) / "minutebook.duckdb"
    if not db.exists():
        return _fail(f"no curated database at {db}: run `minutebook ingest` first")
    query = AuditQuery(owner=args.owner, resolution=args.resolution, text=args.text, committee=args.committee,
                       since=args.since, until=args.until, limit=args.limit, votes_of=args.votes_of)
    with duckdb.connect(str(db), read_only=True) as con:
        hits = run_votes_of(con, query) if args.votes_of else run_audit(con, query)
    if args.format == "json":
        print(json.dumps(hits, indent=1, default=str))
    else:
        columns = list(VOTE_KEYS if args.votes_of else AUDIT_KEYS)
        print_rows(columns, [tuple(h[c] for c in columns) for h in hits], args.format)
    return 0


def _web(args) -> int:
    from minutebook.web.app import serve

    if not (Path(args.curated) / "minutebook.duckdb").exists():
        return _fail(f"no curated database in {args.curated}: run `minutebook ingest` first")
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"minutebook: listening on {args.host}: the audit trail is reachable from other machines",
              file=sys.stderr)
    print(f"minutebook: serving {args.curated} at http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    serve(args.curated, host=args.host, port=args.port)
    return 0


def _sql(args) -> int:
    import duckdb

    db = Path(args.curated) / "minutebook.duckdb"
    if not db.exists():
        return _fail(f"no curated database at {db}: run `minutebook ingest` first")
    with duckdb.connect(str(db), read_only=True) as con:
        from minutebook.search import load_fts

        load_fts(con)
        try:
            rel = con.sql(args.query)
        except duckdb.Error as exc:
            return _fail(f"SQL error: {exc}")
        if rel is None:
            return 0
        print_rows(rel.columns, rel.fetchall(), args.format)
    return 0


def print_rows(columns: list[str], rows: list[tuple], fmt: str, out=None) -> None:
    """Given column names and rows, print them as an aligned table, JSON or CSV."""
    import csv
    import datetime as dt

    out = out or sys.stdout

    def plain(v):
        if isinstance(v, (dt.date, dt.datetime)):
            return v.isoformat()
        return v

    if fmt == "json":
        json.dump([{c: plain(v) for c, v in zip(columns, row)} for row in rows], out, default=str, indent=1)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["; ".join(v) if isinstance(v, list) else plain(v) for v in row])
    else:
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
        out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)) + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)) + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return " ".join(str(value).split())


if __name__ == "__main__":
    sys.exit(main())
