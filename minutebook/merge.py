"""One meeting, many documents: the published tables hold each meeting once.

A meeting's minutes are published on their own and printed again in the next meeting's
agenda pack; packs are kept as PDF and as text. Every document's extraction is kept whole
(the store's extracted layer, so removing a document can bring a copy back), and publishing
derives the analyst tables from it: for a meeting printed in several documents, the rows
(agenda items, minutes, resolutions, attendees, declarations, actions, votes, vote records and
the tables printed under it)
come from one source, and ``meeting_sources`` lists every document, page and line range where
it is printed.

The source is chosen from the rows alone, so any order of adding and removing documents gives
the same published rows:

1. the meeting's own paper over a copy: the document in which it is the first meeting printed
   (a pack opens with the coming meeting's agenda; the previous minutes come later);
2. else the most complete printing (most rows under the meeting);
3. else the newest document (the one printing the latest meeting), then the smallest doc_id.
"""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa
import pyarrow.compute as pc

# Tables whose rows belong to a meeting and are taken from its chosen source only.
MEETING_TABLES = ("meetings", "agenda_items", "minutes", "resolutions", "attendees", "declarations", "actions",
                  "votes", "vote_records", "tables")


def choose_sources(meetings: pa.Table, child_counts: dict[tuple[str, str], int]) -> dict[str, str]:
    """Given the extracted ``meetings`` rows (every document's) and the number of rows under
    each (meeting_id, doc_id), return {meeting_id: doc_id of its chosen source} for the
    meetings printed in more than one document."""
    rows = meetings.select(["meeting_id", "doc_id", "meeting_date", "line_start"]).to_pylist()
    by_meeting: dict[str, set[str]] = defaultdict(set)
    first_in_doc: dict[str, tuple[int, str]] = {}
    newest_in_doc: dict[str, object] = {}
    for r in rows:
        by_meeting[r["meeting_id"]].add(r["doc_id"])
        start = r["line_start"] or 0
        if r["doc_id"] not in first_in_doc or start < first_in_doc[r["doc_id"]][0]:
            first_in_doc[r["doc_id"]] = (start, r["meeting_id"])
        if r["meeting_date"] is not None:
            newest_in_doc[r["doc_id"]] = max(newest_in_doc.get(r["doc_id"], r["meeting_date"]), r["meeting_date"])
    chosen: dict[str, str] = {}
    for meeting_id, docs in by_meeting.items():
        if len(docs) < 2:
            continue

        def rank(doc_id: str, meeting_id: str = meeting_id) -> tuple:
            own = first_in_doc.get(doc_id, (0, None))[1] == meeting_id
            newest = newest_in_doc.get(doc_id)
            return (not own, -child_counts.get((meeting_id, doc_id), 0),
                    -(newest.toordinal() if newest is not None else 0), doc_id)

        chosen[meeting_id] = min(docs, key=rank)
    return chosen


def dropped_pairs(meetings: pa.Table, chosen: dict[str, str]) -> set[tuple[str, str]]:
    """Given the extracted meetings and the chosen sources, return the (meeting_id, doc_id)
    pairs whose rows are copies and are left out of the published tables."""
    out = set()
    for meeting_id, doc_id in zip(meetings["meeting_id"].to_pylist(), meetings["doc_id"].to_pylist()):
        if meeting_id in chosen and chosen[meeting_id] != doc_id:
            out.add((meeting_id, doc_id))
    return out


def without_copies(table: pa.Table, dropped: set[tuple[str, str]]) -> pa.Table:
    """Given rows of a meeting table and the copy pairs, return the rows of chosen sources."""
    if not dropped or table.num_rows == 0:
        return table
    keys = pc.binary_join_element_wise(pc.fill_null(table["meeting_id"], ""), table["doc_id"], "\x1f")
    drop = pa.array(sorted(f"{m}\x1f{d}" for m, d in dropped), pa.string())
    return table.filter(pc.invert(pc.is_in(keys, value_set=drop)))


def meeting_sources(meetings: pa.Table, chosen: dict[str, str]) -> list[dict]:
    """Given the extracted meetings and the chosen sources, return one ``meeting_sources`` row
    per (meeting, document) printing it: role 'primary' for the chosen source, else 'copy'."""
    out = []
    seen: set[tuple[str, str]] = set()
    for r in sorted(meetings.select(["meeting_id", "doc_id", "page", "line_start", "line_end"]).to_pylist(),
                    key=lambda r: (r["meeting_id"], r["doc_id"], r["line_start"] or 0)):
        key = (r["meeting_id"], r["doc_id"])
        if key in seen:
            continue
        seen.add(key)
        role = "copy" if r["meeting_id"] in chosen and chosen[r["meeting_id"]] != r["doc_id"] else "primary"
        out.append({**r, "role": role})
    return out
