"""The curated tables: the single source of truth for Parquet schemas and DuckDB views.

Names, columns and vocabularies follow ``../shared/docs/data-contract.md`` (a public contract:
add columns freely, never rename or drop one without a migration note in the README). Writers
(``minutebook.store``) and DuckDB views (``minutebook.views``) are derived from ``TABLES``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pyarrow as pa

SCHEMA_VERSION = "1"

STATUS_VALUES = ("ok", "error", "needs_ocr")
MEDIA_TYPES = ("pdf", "text")
MEETING_KINDS = ("agenda", "minutes")
ATTENDANCE_STATUSES = ("present", "apologies", "absent", "in_attendance")
ROLES = ("chair", "vice_chair")
ACTION_STATUSES = ("open", "discharged")
ACTION_SOURCES = ("action_log", "narrative")
VOTE_RESULTS = ("carried", "lost", "withdrawn", "no_result")
VOTE_CHOICES = ("for", "against", "abstain", "absent", "recused")


@dataclass(frozen=True)
class Table:
    """Given a curated table's name, key and columns, describe how it is stored."""

    name: str
    key: tuple[str, ...]
    fields: tuple[pa.Field, ...]
    example: dict = field(default_factory=dict)
    description: str = ""

    @property
    def schema(self) -> pa.Schema:
        """Given the table, return its pyarrow schema."""
        return pa.schema(list(self.fields))

    @property
    def columns(self) -> list[str]:
        """Given the table, return its column names in order."""
        return [f.name for f in self.fields]


_s, _i32, _i64, _b, _d = pa.string(), pa.int32(), pa.int64(), pa.bool_(), pa.date32()
_list_s = pa.list_(pa.string())

PROVENANCE = (
    pa.field("doc_id", _s, nullable=False),
    pa.field("page", _i32),
    pa.field("line_start", _i32),
    pa.field("line_end", _i32),
)

_DOC_ID = "5f0c0a4e" * 8
_MTG = "mtg_3b1f2a9c0d4e5f61"

DOCUMENTS = Table(
    "documents",
    ("doc_id",),
    (
        pa.field("doc_id", _s, nullable=False),
        pa.field("source_path", _s, nullable=False),
        pa.field("sha256", _s, nullable=False),
        pa.field("media_type", _s),
        pa.field("pages", _i32),
        pa.field("bytes", _i64),
        pa.field("status", _s, nullable=False),
        pa.field("error", _s),
        pa.field("pipeline_version", _s, nullable=False),
        pa.field("ingested_at", pa.timestamp("us", tz="UTC")),
        pa.field("n_lines", _i32),
        pa.field("duration_ms", _i64),
        # The normalised text that line_start/line_end of every entity row index into.
        pa.field("text", pa.large_string()),
        # Other paths the same bytes were found under (each path a run saw is findable here).
        pa.field("aliases", _list_s),
        # How the text was read: 'text_layer', 'ocr' or 'mixed' (PDFs), and OCR's pages and
        # mean confidence when it read any.
        pa.field("text_source", _s),
        pa.field("ocr_pages", _i32),
        pa.field("ocr_confidence", pa.float64()),
        # Where each line of ``text`` is printed, so a viewer can point at a cited passage:
        # its page (NULL for text packs) and its box [x0, top, x1, bottom] in points from the
        # page's top left (empty where unknown); ``page_sizes`` gives each page's [width, height].
        pa.field("line_pages", pa.list_(_i32)),
        pa.field("line_boxes", pa.list_(pa.list_(pa.float64()))),
        pa.field("page_sizes", pa.list_(pa.list_(pa.float64()))),
    ),
    {"doc_id": _DOC_ID, "source_path": "data/raw/ilsc-2018-06-05.txt", "sha256": _DOC_ID, "media_type": "text",
     "pages": None, "bytes": 20480, "status": "ok", "error": None, "pipeline_version": "0.1.0+s1",
     "ingested_at": dt.datetime(2026, 11, 22, 2, 0, tzinfo=dt.timezone.utc), "n_lines": 400, "duration_ms": 120,
     "text": "..."},
    "One row per source file read (good or bad): status and error say what happened.",
)

MEETINGS = Table(
    "meetings",
    ("meeting_id",),
    (
        pa.field("meeting_id", _s, nullable=False),
        pa.field("committee", _s),
        pa.field("meeting_date", _d),
        pa.field("kind", _s),
        pa.field("start_time", _s),
        pa.field("venue", _s),
        *PROVENANCE,
    ),
    {"meeting_id": _MTG, "committee": "Improving Lives Select Commission", "meeting_date": dt.date(2018, 6, 5),
     "kind": "agenda", "start_time": "17:30", "venue": "Town Hall, Moorgate Street, Rotherham", "doc_id": _DOC_ID,
     "page": None, "line_start": 1, "line_end": 30},
    "Each meeting a document records: the agenda of a coming meeting, minutes of earlier ones.",
)

AGENDA_ITEMS = Table(
    "agenda_items",
    ("meeting_id", "item_number"),
    (
        pa.field("meeting_id", _s, nullable=False),
        pa.field("item_number", _s, nullable=False),
        pa.field("title", _s),
        pa.field("pages", _s),
        *PROVENANCE,
    ),
    {"meeting_id": _MTG, "item_number": "8", "title": "Barnardo's ReachOut Service Update", "pages": "12-61",
     "doc_id": _DOC_ID, "page": None, "line_start": 25, "line_end": 25},
)

MINUTES = Table(
    "minutes",
    ("meeting_id", "minute_number"),
    (
        pa.field("meeting_id", _s, nullable=False),
        pa.field("minute_number", _s, nullable=False),
        pa.field("title", _s),
        pa.field("body", _s),
        # True for business taken after the press and public were excluded (Schedule 12A).
        pa.field("exempt", _b),
        *PROVENANCE,
    ),
    {"meeting_id": _MTG, "minute_number": "124", "title": "DECLARATIONS OF INTEREST",
     "body": "There were no Declarations of Interest.", "exempt": False, "doc_id": _DOC_ID, "page": None,
     "line_start": 58, "line_end": 61},
)

RESOLUTIONS = Table(
    "resolutions",
    ("meeting_id", "minute_number", "seq"),
    (
        pa.field("meeting_id", _s, nullable=False),
        pa.field("minute_number", _s),
        pa.field("seq", _i32, nullable=False),
        pa.field("text", _s),
        pa.field("part", _s),
        pa.field("exempt", _b),
        *PROVENANCE,
    ),
    {"meeting_id": _MTG, "minute_number": "127", "seq": 1, "text": "That the report be noted.", "part": "1",
     "exempt": False, "doc_id": _DOC_ID, "page": None, "line_start": 172, "line_end": 172},
)

ATTENDEES = Table(
    "attendees",
    ("meeting_id", "name"),
    (
        pa.field("meeting_id", _s, nullable=False),
        pa.field("name", _s, nullable=False),
        pa.field("honorific", _s),
        pa.field("status", _s),
        pa.field("role", _s),
        pa.field("title", _s),
        pa.field("virtual", _b),
        *PROVENANCE,
    ),
    {"meeting_id": _MTG, "name": "Cusworth", "honorific": "Councillor", "status": "present", "role": "chair",
     "title": None, "virtual": False, "doc_id": _DOC_ID, "page": None, "line_start": 50,
     "line_end": 50},
)

DECLARATIONS = Table(
    "declarations",
    ("meeting_id", "name"),
    (
        pa.field("meeting_id", _s, nullable=False),
        pa.field("name", _s, nullable=False),
        pa.field("honorific", _s),
        pa.field("minute_number", _s),
        pa.field("interest", _s),
        pa.field("item", _s),
        *PROVENANCE,
    ),
    {"meeting_id": _MTG, "name": "Khan", "honorific": "Councillor", "minute_number": "128",
     "interest": "non-pecuniary", "item": "Barnardo's ReachOut Service Update", "doc_id": _DOC_ID, "page": None,
     "line_start": 59, "line_end": 59},
)

ACTIONS = Table(
    "actions",
    ("action_id",),
    (
        pa.field("action_id", _s, nullable=False),
        pa.field("meeting_id", _s),
        pa.field("minute_number", _s),
        pa.field("owners", _list_s),
        pa.field("text", _s),
        pa.field("status", _s),
        pa.field("due_date", _d),
        pa.field("source", _s),
        pa.field("ref", _s),
        *PROVENANCE,
    ),
    {"action_id": "act_0c1d2e3f4a5b6c7d", "meeting_id": _MTG, "minute_number": None,
     "owners": ["Phil Morris", "Kevin Stevens"], "text": "Look at the contact and referral rate to CART.",
     "status": "open", "due_date": None, "source": "action_log", "ref": "1", "doc_id": _DOC_ID, "page": 4,
     "line_start": 1530, "line_end": 1531},
)

VOTES = Table(
    "votes",
    ("vote_id",),
    (
        pa.field("vote_id", _s, nullable=False),
        pa.field("meeting_id", _s),
        pa.field("minute_number", _s),
        pa.field("motion", _s),
        pa.field("mover", _s),
        pa.field("seconder", _s),
        pa.field("result", _s),
        pa.field("votes_for", _i32),
        pa.field("votes_against", _i32),
        pa.field("votes_abstain", _i32),
        pa.field("unanimous", _b),
        *PROVENANCE,
    ),
    {"vote_id": "vot_1a2b3c4d5e6f7a8b", "meeting_id": _MTG, "minute_number": "7",
     "motion": "to approve the consent calendar", "mover": "Jones", "seconder": "Lee", "result": "carried",
     "votes_for": 5, "votes_against": 0, "votes_abstain": None, "unanimous": False, "doc_id": _DOC_ID, "page": 2,
     "line_start": 88, "line_end": 91},
    "Every motion or amendment put: mover, seconder, result; counts only where printed.",
)

VOTE_RECORDS = Table(
    "vote_records",
    ("vote_id", "name"),
    (
        pa.field("vote_id", _s, nullable=False),
        pa.field("name", _s, nullable=False),
        pa.field("vote", _s),
        pa.field("meeting_id", _s),
        *PROVENANCE,
    ),
    {"vote_id": "vot_1a2b3c4d5e6f7a8b", "name": "Elton", "vote": "for", "meeting_id": _MTG, "doc_id": _DOC_ID,
     "page": 2, "line_start": 90, "line_end": 90},
    "How each named member voted on a motion, where the minutes name them.",
)

TABLES_TABLE = Table(
    "tables",
    ("table_id",),
    (
        pa.field("table_id", _s, nullable=False),
        pa.field("meeting_id", _s),
        pa.field("n_rows", _i32),
        pa.field("n_cols", _i32),
        pa.field("header", _list_s),
        pa.field("rows", pa.list_(_list_s)),
        pa.field("title", _s),
        *PROVENANCE,
    ),
    {"table_id": "tbl_5f0c0a4e5f0c-0", "meeting_id": None, "n_rows": 1, "n_cols": 2, "header": ["Ref", "Action"],
     "rows": [["1", "Circulate the revised strategy"]], "title": None, "doc_id": _DOC_ID, "page": 2,
     "line_start": 40, "line_end": 42},
)

RUNS = Table(
    "runs",
    ("run_id",),
    (
        pa.field("run_id", _s, nullable=False),
        pa.field("started_at", pa.timestamp("us", tz="UTC")),
        pa.field("finished_at", pa.timestamp("us", tz="UTC")),
        pa.field("pipeline_version", _s),
        pa.field("documents_seen", _i32),
        pa.field("documents_new", _i32),
        pa.field("documents_skipped", _i32),
        pa.field("documents_failed", _i32),
        pa.field("documents_removed", _i32),
        pa.field("duration_s", pa.float64()),
        pa.field("counts_json", _s),
    ),
    {"run_id": "run_20261122T020000Z_ab12", "started_at": None, "finished_at": None, "pipeline_version": "0.1.0+s1",
     "documents_seen": 3, "documents_new": 3, "documents_skipped": 0, "documents_failed": 0,
     "documents_removed": 0, "duration_s": 1.5, "counts_json": "{}"},
    "One row per ingest run: what it saw, skipped, failed and published.",
)

PEOPLE = Table(
    "people",
    ("person_id",),
    (
        pa.field("person_id", _s, nullable=False),
        pa.field("display_name", _s),
        pa.field("surname", _s),
        pa.field("initials", _s),
        pa.field("variants", _list_s),
        pa.field("n_mentions", _i32),
    ),
    {"person_id": "cusworth_v", "display_name": "V. Cusworth", "surname": "Cusworth", "initials": "V",
     "variants": ["Cusworth", "V. Cusworth"], "n_mentions": 5},
    "People linked across meetings and documents (derived at publish from attendees/actions).",
)

MEETING_SOURCES = Table(
    "meeting_sources",
    ("meeting_id", "doc_id"),
    (
        pa.field("meeting_id", _s, nullable=False),
        pa.field("doc_id", _s, nullable=False),
        pa.field("role", _s),
        pa.field("page", _i32),
        pa.field("line_start", _i32),
        pa.field("line_end", _i32),
    ),
    {"meeting_id": _MTG, "doc_id": _DOC_ID, "role": "primary", "page": 1, "line_start": 1, "line_end": 12},
    "Every document in which a meeting is printed: 'primary' is the one its rows come from (derived at publish).",
)

# Tables whose rows come from one document and are replaced when that document is re-ingested.
DOCUMENT_TABLES: dict[str, Table] = {
    t.name: t
    for t in (DOCUMENTS, MEETINGS, AGENDA_ITEMS, MINUTES, RESOLUTIONS, ATTENDEES, DECLARATIONS, ACTIONS, VOTES,
              VOTE_RECORDS, TABLES_TABLE)
}
TABLES: dict[str, Table] = {**DOCUMENT_TABLES, "runs": RUNS, "people": PEOPLE, "meeting_sources": MEETING_SOURCES}
# Tables derived at publish from the whole version (not stored per document).
DERIVED_TABLES = ("people", "meeting_sources")
ENTITY_TABLES = [name for name in DOCUMENT_TABLES if name != "documents"]


def to_arrow(table: Table, records: list[dict]) -> pa.Table:
    """Given a table declaration and records (dicts), return an Arrow table in its schema.

    Missing columns become nulls; unknown keys are ignored.
    """
    columns = {name: [r.get(name) for r in records] for name in table.columns}
    return pa.Table.from_pydict(columns, schema=table.schema)
