"""The curated store: versioned Parquet per table, published atomically, one writer at a time.

Layout under the curated root::

    <table>/                       symlink -> .versions/<vid>/<table>/ (what analysts glob)
    minutebook.duckdb              views over the current version (rebuilt on publish)
    CURRENT                        id of the published version (the commit point)
    .versions/<vid>/<table>/*.parquet
    .versions/<vid>/manifest.json  which doc_ids each file holds
    .staging/<run_id>/<doc_id>/    per-document Parquet written by document tasks
    .lock                          held by the one running writer

A new version hard-links every unchanged file of the previous one and rewrites only the files
that hold rows of replaced documents, so publishing costs what changed, not the archive size.
Writing ``CURRENT`` (write to a temp file, fsync, rename) is the single commit point: a crash
before it leaves the previous version published; a crash after it is rolled forward by the
next writer (``recover``). Table symlinks are each swapped by an atomic rename.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pickle
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import schemas
from schemas import DOCUMENT_TABLES, TABLES, Table

KEEP_VERSIONS = 3
PUBLISHED = "published"  # a version's analyst tables, derived from its per-document rows
CURRENT_LINK = ".current"  # symlink to the published version's analyst tables
STAGE_BATCH_ROWS = 20_000  # rows buffered per table while writing a publish


class StoreBusy(RuntimeError):
    """Raised when another writer holds the curated folder."""


class StoreError(RuntimeError):
    """Raised when the curated folder cannot be used (unwritable, not a directory)."""


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def write_parquet(table: Table, records: list[dict] | pa.Table, path: Path) -> int:
    """Given a table declaration and records, write them as one Parquet file; return rows."""
    arrow = records if isinstance(records, pa.Table) else schemas.to_arrow(table, records)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(arrow, tmp, compression="zstd")
    os.replace(tmp, path)
    return arrow.num_rows


@dataclass
class PublishResult:
    version: str
    counts: dict[str, int]


class CuratedStore:
    """Given a curated root folder, read and publish its versioned tables."""

    def __init__(self, root: str | Path):
        self.root = Path(root).absolute()
        self.versions = self.root / ".versions"
        self.staging = self.root / ".staging"

    # ----------------------------------------------------------------- locking
    @contextlib.contextmanager
    def writer(self, wait_seconds: float = 0.0) -> Iterator["CuratedStore"]:
        """Given a wait budget, hold the single-writer lock (raise ``StoreBusy`` if not had)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fh = open(self.root / ".lock", "a+")
        except OSError as exc:
            raise StoreError(f"cannot write to curated folder {self.root}: {exc.strerror}") from None
        deadline = time.monotonic() + wait_seconds
        try:
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreBusy(
                            f"another minutebook run is writing to {self.root}; "
                            "wait for it to finish (or pass --wait SECONDS)"
                        ) from None
                    time.sleep(0.2)
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()}\n")
            fh.flush()
            self.recover()
            yield self
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fh, fcntl.LOCK_UN)
            fh.close()

    # ----------------------------------------------------------------- reading
    def current_version(self) -> str | None:
        """Given the store, return the published version id (None before the first publish)."""
        try:
            vid = (self.root / "CURRENT").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return vid if vid and (self.versions / vid / "manifest.json").exists() else None

    def manifest(self, vid: str | None = None) -> dict[str, dict[str, list[str]]]:
        """Given a version id (default: current), return {table: {file: [doc_ids]}}."""
        vid = vid or self.current_version()
        if not vid:
            return {}
        return json.loads((self.versions / vid / "manifest.json").read_text(encoding="utf-8"))

    def published_dir(self, vid: str) -> Path:
        """Given a version, return the folder of its analyst tables (one row per meeting across
        documents); versions written before that layer existed hold them at the top."""
        layer = self.versions / vid / PUBLISHED
        return layer if layer.exists() else self.versions / vid

    def table_dir(self, name: str, vid: str | None = None) -> Path | None:
        """Given a table name, return the folder of its published rows in a version (default:
        the current one), or None when nothing is published."""
        vid = vid or self.current_version()
        return self.published_dir(vid) / name if vid else None

    def read_table(self, name: str, columns: list[str] | None = None, vid: str | None = None) -> pa.Table:
        """Given a table name, return its current rows (empty table in its schema if none)."""
        table = TABLES[name]
        folder = self.table_dir(name, vid)
        files = sorted(folder.glob("*.parquet")) if folder and folder.exists() else []
        if not files:
            schema = table.schema if columns is None else pa.schema([table.schema.field(c) for c in columns])
            return schema.empty_table()
        parts = [pq.read_table(f, columns=columns, schema=table.schema if columns is None else None) for f in files]
        return pa.concat_tables(parts, promote_options="default")

    def published_documents(self) -> dict[str, dict]:
        """Given the store, return {doc_id: {source_path, pipeline_version, status, error, aliases}}."""
        cols = ["doc_id", "source_path", "pipeline_version", "status", "error", "aliases"]
        vid = self.current_version()
        folder = self.table_dir("documents", vid)
        files = sorted(folder.glob("*.parquet")) if folder and folder.exists() else []
        # Read with the table's schema: a version written before a column existed has nulls there.
        rows = [r for f in files for r in pq.read_table(f, columns=cols, schema=schemas.DOCUMENTS.schema).to_pylist()]
        return {r["doc_id"]: r for r in rows}

    # ----------------------------------------------------------------- staging
    def new_run_dir(self, run_id: str) -> Path:
        """Given a run id, create and return its staging folder."""
        path = self.staging / run_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    @staticmethod
    def stage_document(run_dir: Path, doc_id: str, records: dict[str, list[dict]]) -> dict[str, int]:
        """Given a run's staging folder and one document's records, write them; return counts.

        One file per document (a pickle of its records: staging is private to the run and
        read back only by ``publish``), written to a temp name and renamed, so a staged
        document is complete or absent. Parquet is written once, in batches, at publish.
        """
        final = run_dir / doc_id
        tmp = run_dir / f".{doc_id}.{uuid.uuid4().hex[:8]}"
        kept = {name: list(records.get(name, [])) for name in DOCUMENT_TABLES}
        with open(tmp, "wb") as fh:
            pickle.dump(kept, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, final)
        return {name: len(rows) for name, rows in kept.items()}

    @staticmethod
    def _write_staged(staged: list[Path], vdir: Path, part_name: str,
                      paths_seen: dict[str, list[str]] | None = None) -> dict[str, set[str]]:
        """Given staged documents, stream their rows into one Parquet file per table in
        ``vdir``; return {table: doc_ids written}. Memory is bounded by the batch size."""
        writers: dict[str, pq.ParquetWriter] = {}
        buffers: dict[str, list[dict]] = {name: [] for name in DOCUMENT_TABLES}
        written: dict[str, set[str]] = {name: set() for name in DOCUMENT_TABLES}

        def flush(name: str) -> None:
            if not buffers[name]:
                return
            table = DOCUMENT_TABLES[name]
            if name not in writers:
                writers[name] = pq.ParquetWriter(vdir / name / f".{part_name}.tmp", table.schema, compression="zstd")
            writers[name].write_table(schemas.to_arrow(table, buffers[name]))
            buffers[name].clear()

        try:
            for path in staged:
                with open(path, "rb") as fh:
                    records = pickle.load(fh)
                for row in records.get("documents", []):
                    row["source_path"], row["aliases"] = _paths(row, paths_seen or {})
                for name, rows in records.items():
                    if rows:
                        buffers[name].extend(rows)
                        written[name].add(path.name)
                        if len(buffers[name]) >= STAGE_BATCH_ROWS:
                            flush(name)
            for name in DOCUMENT_TABLES:
                flush(name)
        finally:
            for name, writer in writers.items():
                writer.close()
        for name in writers:
            os.replace(vdir / name / f".{part_name}.tmp", vdir / name / part_name)
        return {name: ids for name, ids in written.items() if name in writers}

    # ----------------------------------------------------------------- publishing
    def publish(
        self,
        staged: Iterable[Path],
        remove_doc_ids: Iterable[str] = (),
        run_record: dict | None = None,
        paths_seen: dict[str, list[str]] | None = None,
    ) -> PublishResult:
        """Given staged document folders and doc_ids to drop, publish a new version atomically.

        Documents in ``staged`` replace any published rows with the same doc_id. ``paths_seen``
        ({doc_id: every path the run found those bytes under}) sets each document's
        ``aliases``. Must be called inside ``writer()``.
        """
        paths_seen = paths_seen or {}
        staged = [Path(p) for p in staged]
        staged_ids = {p.name for p in staged}
        drop = set(remove_doc_ids) | staged_ids
        prev = self.current_version()
        prev_manifest = self.manifest(prev) if prev else {}
        vid = self._next_version_id()
        vdir = self.versions / vid
        manifest: dict[str, dict[str, list[str]]] = {}
        stored = {name: table for name, table in TABLES.items() if name not in schemas.DERIVED_TABLES}
        for name in stored:
            (vdir / name).mkdir(parents=True)
        new_part = f"part-{vid}.parquet"
        new_rows = self._write_staged(staged, vdir, new_part, paths_seen)
        for name, table in stored.items():
            tdir = vdir / name
            files: dict[str, list[str]] = {}
            for fname, doc_ids in prev_manifest.get(name, {}).items():
                src = self.versions / prev / name / fname
                stale = name == "documents" and _aliases_stale(src, paths_seen)
                if not drop.intersection(doc_ids) and not stale:
                    os.link(src, tdir / fname)
                    files[fname] = doc_ids
                    continue
                kept = pq.read_table(src, schema=table.schema)
                mask = pc.invert(pc.is_in(kept["doc_id"], value_set=pa.array(sorted(drop), pa.string())))
                kept = kept.filter(mask)
                if stale:
                    kept = _with_aliases(kept, paths_seen)
                if kept.num_rows:
                    new_name = f"part-{vid}-{uuid.uuid4().hex[:6]}.parquet"
                    write_parquet(table, kept, tdir / new_name)
                    files[new_name] = sorted(set(kept["doc_id"].to_pylist()))
            if name in new_rows:
                files[new_part] = sorted(new_rows[name])
            if name == "runs" and run_record:
                new_name = f"run-{vid}.parquet"
                write_parquet(table, [run_record], tdir / new_name)
                files[new_name] = []
            manifest[name] = files
        self._derive_published(vid, manifest)
        self._check_keys(vid)  # a version with a duplicate key is never committed
        (vdir / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        _fsync_dir(vdir)
        _atomic_write_text(self.root / "CURRENT", vid + "\n")  # commit point
        self._point_links(vid)
        self._rebuild_duckdb(vid, reuse_index=not drop and prev is not None)
        self._collect_garbage()
        counts = {name: self._count(vid, name) for name in TABLES}
        return PublishResult(version=vid, counts=counts)

    def _derive_published(self, vid: str, manifest: dict[str, dict[str, list[str]]]) -> None:
        """Given a version whose per-document rows are written, write its analyst tables
        (``minutebook.merge``): a meeting printed in several documents keeps the rows of its
        chosen source only; files holding no copy are hard links; ``people`` and
        ``meeting_sources`` are derived from the result."""
        from minutebook import merge, people

        vdir = self.versions / vid
        out = vdir / PUBLISHED
        meetings = self._read_stored(vid, "meetings", manifest)
        docs_per_meeting: dict[str, set[str]] = {}
        for m, d in zip(meetings["meeting_id"].to_pylist(), meetings["doc_id"].to_pylist()):
            docs_per_meeting.setdefault(m, set()).add(d)
        multi = {m for m, docs in docs_per_meeting.items() if len(docs) > 1}
        counts: dict[tuple[str, str], int] = {}
        if multi:
            wanted = pa.array(sorted(multi), pa.string())
            for name in merge.MEETING_TABLES[1:]:
                part = self._read_stored(vid, name, manifest, columns=["meeting_id", "doc_id"])
                part = part.filter(pc.fill_null(pc.is_in(part["meeting_id"], value_set=wanted), False))
                for m, d in zip(part["meeting_id"].to_pylist(), part["doc_id"].to_pylist()):
                    counts[(m, d)] = counts.get((m, d), 0) + 1
        chosen = merge.choose_sources(meetings, counts)
        dropped = merge.dropped_pairs(meetings, chosen)
        dropped_docs = {d for _, d in dropped}
        for name, files in manifest.items():
            if name in schemas.DERIVED_TABLES:
                continue
            (out / name).mkdir(parents=True)
            for fname, doc_ids in files.items():
                src = vdir / name / fname
                if name not in merge.MEETING_TABLES or not dropped_docs.intersection(doc_ids):
                    os.link(src, out / name / fname)
                    continue
                kept = merge.without_copies(pq.read_table(src, schema=TABLES[name].schema), dropped)
                if kept.num_rows:
                    write_parquet(TABLES[name], kept, out / name / fname)
        (out / "meeting_sources").mkdir()
        sources = merge.meeting_sources(meetings, chosen)
        if sources:
            write_parquet(schemas.MEETING_SOURCES, sources, out / "meeting_sources" / "meeting_sources.parquet")
        (out / "people").mkdir()
        people_rows = people.build_people(self, vid)
        if people_rows:
            write_parquet(schemas.PEOPLE, people_rows, out / "people" / "people.parquet")
        _fsync_dir(out)

    def _read_stored(self, vid: str, name: str, manifest: dict, columns: list[str] | None = None) -> pa.Table:
        """Given a version being written, return a table's per-document rows (every document's)."""
        table = TABLES[name]
        files = [self.versions / vid / name / f for f in manifest.get(name, {})]
        if not files:
            schema = table.schema if columns is None else pa.schema([table.schema.field(c) for c in columns])
            return schema.empty_table()
        parts = [pq.read_table(f, columns=columns, schema=table.schema if columns is None else None) for f in files]
        return pa.concat_tables(parts, promote_options="default")

    def _check_keys(self, vid: str) -> None:
        """Given a version's analyst tables, raise StoreError naming the first table whose
        key (the data contract's key columns) holds a duplicate."""
        import duckdb

        out = self.versions / vid / PUBLISHED
        with duckdb.connect() as con:
            for name, table in TABLES.items():
                if name == "runs" or not any((out / name).glob("*.parquet")):
                    continue
                keys = ", ".join(f'"{k}"' for k in table.key)
                dup = con.execute(
                    f"SELECT {keys}, count(*) FROM read_parquet(?) GROUP BY ALL HAVING count(*) > 1 LIMIT 1",
                    [str(out / name / "*.parquet")]).fetchone()
                if dup:
                    values = ", ".join(f"{k}={v!r}" for k, v in zip(table.key, dup))
                    raise StoreError(f"refusing to publish: duplicate key in {name} ({values}, {dup[-1]} rows)")

    def _next_version_id(self) -> str:
        """Given the versions on disk, return a new id that sorts after all of them.

        A sequence number, not the clock, orders versions: two publishes in one second (or a
        clock step back) must never make an older version look newer.
        """
        highest = 0
        if self.versions.exists():
            for path in self.versions.iterdir():
                head = path.name[1:].split("-", 1)[0]
                if path.name.startswith("v") and head.isdigit():
                    highest = max(highest, int(head))
        return f"v{highest + 1:08d}-" + time.strftime("%Y%m%dT%H%M%S", time.gmtime())

    def _count(self, vid: str, name: str) -> int:
        folder = self.published_dir(vid) / name
        return sum(pq.ParquetFile(f).metadata.num_rows for f in folder.glob("*.parquet"))

    def counts(self) -> dict[str, int]:
        """Given the store, return the row count of each current table."""
        vid = self.current_version()
        return {name: (self._count(vid, name) if vid else 0) for name in TABLES}

    def recover(self) -> None:
        """Given a store a crashed writer may have left, make links and views match CURRENT."""
        vid = self.current_version()
        if vid:
            self._point_links(vid)
            if _duckdb_version(self.root / "minutebook.duckdb") != vid:
                self._rebuild_duckdb(vid)
        if self.staging.exists():
            shutil.rmtree(self.staging, ignore_errors=True)
        self._collect_garbage()

    def _point_links(self, vid: str) -> None:
        """Given the published version, point the table folders at it, all at once.

        Each ``<table>`` is a fixed symlink to ``.current/<table>``; ``.current`` points at the
        version's analyst tables and is swapped by one atomic rename, so a reader globbing the
        folders sees every table of the previous version or every table of the new one, never
        a mix of the two.
        """
        current = self.root / CURRENT_LINK
        target = self.published_dir(vid).relative_to(self.root)
        if not (current.is_symlink() and os.readlink(current) == str(target)):
            tmp = self.root / f".current.{uuid.uuid4().hex[:6]}.lnk"
            os.symlink(target, tmp)
            os.replace(tmp, current)
        for name in TABLES:
            link = self.root / name
            wanted = Path(CURRENT_LINK) / name
            if link.is_symlink() and os.readlink(link) == str(wanted):
                continue
            if link.exists() and not link.is_symlink():
                raise StoreError(f"{link} is not a minutebook table link; move it away and re-run")
            tmp = self.root / f".{name}.{uuid.uuid4().hex[:6]}.lnk"
            os.symlink(wanted, tmp)
            os.replace(tmp, link)
        _fsync_dir(self.root)

    def _rebuild_duckdb(self, vid: str, reuse_index: bool = False) -> None:
        from minutebook import views

        final = self.root / "minutebook.duckdb"
        tmp = self.root / f".minutebook.{uuid.uuid4().hex[:6]}.duckdb"
        reuse = reuse_index and final.exists()
        if reuse:
            shutil.copyfile(final, tmp)  # no document changed: keep the full-text index
        views.build_database(tmp, self.published_dir(vid), vid, rebuild_index=not reuse)
        os.replace(tmp, final)
        with contextlib.suppress(FileNotFoundError):
            os.remove(str(tmp) + ".wal")

    def _collect_garbage(self) -> None:
        if not self.versions.exists():
            return
        current = self.current_version()
        found = sorted(p.name for p in self.versions.iterdir() if p.is_dir())
        keep = set(found[-KEEP_VERSIONS:]) | ({current} if current else set())
        # Versions newer than CURRENT are unfinished publishes of a crashed run: drop them too.
        for name in found:
            if name not in keep or (current and name > current):
                shutil.rmtree(self.versions / name, ignore_errors=True)
        for stray in [*self.root.glob(".minutebook.*.duckdb*"), *self.root.glob(".*.lnk")]:
            with contextlib.suppress(OSError):
                stray.unlink()  # a crashed writer's temporary database or link


def _paths(row: dict, paths_seen: dict[str, list[str]]) -> tuple[str, list[str]]:
    """Given a documents row and the paths a run saw each doc_id under, return its
    (source_path, aliases): the published path while the run still sees it there (else the
    first path it was seen under), and the other paths of the same bytes. A document the run
    did not see keeps what was published."""
    seen = sorted(set(paths_seen.get(row["doc_id"], [])))
    if not seen:
        return row["source_path"], list(row.get("aliases") or [])
    source = row["source_path"] if row["source_path"] in seen else seen[0]
    return source, [p for p in seen if p != source]


def _aliases_stale(path: Path, paths_seen: dict[str, list[str]]) -> bool:
    """Given a published documents file, say whether a row's paths differ from this run's."""
    if not paths_seen:
        return False
    rows = pq.read_table(path, columns=["doc_id", "source_path", "aliases"], schema=schemas.DOCUMENTS.schema).to_pylist()
    return any(r["doc_id"] in paths_seen and _paths(r, paths_seen) != (r["source_path"], list(r["aliases"] or []))
               for r in rows)


def _with_aliases(table: pa.Table, paths_seen: dict[str, list[str]]) -> pa.Table:
    """Given documents rows, return them with this run's source paths and aliases."""
    meta = [_paths(r, paths_seen) for r in table.select(["doc_id", "source_path", "aliases"]).to_pylist()]
    table = table.set_column(table.schema.get_field_index("source_path"), "source_path",
                             pa.array([s for s, _ in meta], pa.string()))
    return table.set_column(table.schema.get_field_index("aliases"), "aliases",
                            pa.array([a for _, a in meta], pa.list_(pa.string())))


def _duckdb_version(path: Path) -> str | None:
    if not path.exists():
        return None
    import duckdb

    try:
        with duckdb.connect(str(path), read_only=True) as con:
            return con.execute("SELECT version FROM _minutebook_meta").fetchone()[0]
    except Exception:
        return None
