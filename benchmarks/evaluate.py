"""Score the extraction pipeline against the hand-made gold annotations.

For each annotated document (tests/annotations/{seeds,real,dev,test}/*.json) the source is read with
`minutebook.readers.read_document`, run through `extractors.pipeline.extract_all`, and every
predicted record is compared with the gold records of its meeting. Precision, recall and F1
are printed per entity kind, per document and overall (markdown), plus field accuracy on
matched records. `--json OUT` writes the numbers; `--pdf` also evaluates each seed text pack
rendered to PDF (tests/render_pdf.py), so the PDF path of the reader is measured too.

Gold files belong to sets: `seeds` and `real` (the documents the extractors were written
against; Kent files marked held_out were annotated later), `dev` (other bodies, annotated
blind, used to develop general rules) and `test` (bodies no rule is tuned on: scored only with
`--set test` or `--set all`, so nobody looks at them by accident). Sources are under the
shared corpus (`seeds/`, `real/`, `dev/`) or the local extra corpus (`extra/`, the folder
`MINUTEBOOK_EXTRA_CORPUS`, default `../corpus-extra`; benchmarks/corpus.md lists its files).

Matching rules (one-to-one, greedy by similarity, best pairs first):
- meetings: (normalised committee, date, kind); the gold may list `committee_aliases`,
  other names the document prints for the same body
- agenda_items: (meeting, item_number) and title similarity >= 0.8 (or one title is the
  start of the other: a title cut before its wrapped tail still names the item); a nested
  label ("IV.C.1") also matches its last part ("1") when the titles agree; an item the gold
  records without a number (none printed) matches on its title alone
- minutes: (meeting, minute_number), or the last part of a nested number with a title that agrees
- resolutions: (meeting, minute_number) and text similarity >= 0.85
- attendees: (meeting, status) and the same person's name
- declarations: (meeting) and the same person's name
- actions: (meeting), overlapping owners and text similarity >= 0.6 (or one text inside the other)
- votes: (meeting, minute_number), the same result and printed counts, and motion wording
  that agrees (similarity >= 0.5 or one inside the other)
- vote_records: (meeting, minute_number, vote) and the same person
Minutes printed without numbers are numbered by position in the gold (its `unnumbered` flag);
there the predicted records are filed under the gold minute whose heading agrees before
matching (`align_unnumbered`), so one heading seen or missed does not shift every later one;
`--strict-positions` turns that off.
Similarity is difflib's ratio on lowercased, whitespace-normalised text. Names match when
equal after normalisation, or when surnames agree and the given names/initials do not conflict
("R W Gough" ~ "Gough" ~ "Roger Gough").

Tables have their own gold files (tests/annotations/tables/*.json: every table of a document,
with its header and rows) and their own section of the report:
- tables: the same page (any page when the gold has none: text packs and their rendered
  PDFs) and header similarity >= 0.8; on matched tables the header, title and row count are
  checked
- table_rows: within a matched pair of tables, rows whose cells all agree (similarity >= 0.9
  per cell after dashes and quotes are unified, and short cells holding figures exactly;
  only the gold's "columns" when it lists them). Rows of unmatched tables count as missed
  or invented.

Run: .venv/bin/python benchmarks/evaluate.py [--json OUT] [--pdf] [--only SUBSTRING] [--partial]
     [--errors KIND]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import re
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "annotations"
CORPUS = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared")) / "corpus"
EXTRA_CORPUS = Path(os.environ.get("MINUTEBOOK_EXTRA_CORPUS", ROOT.parent / "corpus-extra"))
SETS = ("seeds", "real", "dev", "test")
DEFAULT_SETS = ("seeds", "real", "dev")
# The project first, then its tests' helpers: tests/ holds packages named like the project's
# ("tests/extractors"), and the first on the path wins.
for _p in (ROOT / "tests", ROOT):
    if str(_p) in sys.path:
        sys.path.remove(str(_p))
    sys.path.insert(0, str(_p))

KINDS = ("meetings", "agenda_items", "minutes", "resolutions", "attendees", "declarations", "actions", "votes",
         "vote_records")
TABLE_KINDS = ("tables", "table_rows")
TABLE_HEADER_THRESHOLD = 0.8
CELL_THRESHOLD = 0.9
TITLE_THRESHOLD = 0.8
RESOLUTION_THRESHOLD = 0.85
ACTION_THRESHOLD = 0.6
MOTION_THRESHOLD = 0.5
# Honorifics printed in UK committee papers, mapped to one spelling for comparison.
HONORIFIC_ALIASES = {"cllr": "councillor", "councillors": "councillor", "mister": "mr"}

Predictor = Callable[[object], dict[str, list[dict]]]


# ---------------------------------------------------------------- normalisation


def norm_text(text: object) -> str:
    """Given any text, return it lowercased with whitespace collapsed (None -> "")."""
    if text is None:
        return ""
    return re.sub(r"\s+", " ", str(text)).strip().lower()


def similarity(a: object, b: object) -> float:
    """Given two texts, return difflib's ratio on their normalised forms."""
    a, b = norm_text(a), norm_text(b)
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def norm_committee(name: object) -> str:
    """Given a committee name, return a comparison key (case, '&', punctuation and 'the' ignored)."""
    text = norm_text(name).replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", text).strip())
    return text


def norm_date(value: object) -> str | None:
    """Given a date, datetime or ISO string, return 'YYYY-MM-DD' (None if absent)."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def norm_number(value: object) -> str | None:
    """Given an item/minute number, return it trimmed, lowercased, without a trailing dot,
    brackets, a consent asterisk or a "No." prefix (None if absent)."""
    if value is None:
        return None
    text = str(value).strip().lower()
    text = re.sub(r"^(?:no\.?|item)\s*", "", text).strip("*() ").rstrip(".").strip()
    return text or None


def last_part(value: object) -> str | None:
    """Given an item/minute number, return its last part ("iv.c.1" -> "1", "6.1" -> "1")."""
    text = norm_number(value)
    return re.split(r"[.\s/]+", text)[-1] if text else None


def norm_pages(value: object) -> str | None:
    """Given a page range like '1 - 10', return '1-10' (None if absent)."""
    if value is None or str(value).strip() == "":
        return None
    return re.sub(r"\s*[-–]\s*", "-", str(value).strip())


def norm_honorific(value: object) -> str | None:
    """Given an honorific ('Cllr', 'Mr.', 'Dr'), return a comparison key ('councillor', 'mr', 'dr')."""
    text = norm_text(value).replace(".", "").strip()
    if not text:
        return None
    return HONORIFIC_ALIASES.get(text, text)


def _name_tokens(name: object) -> list[str]:
    """Given a person's name, return its lowercase word tokens without dots or honorifics."""
    text = norm_text(name).replace(".", " ")
    text = re.sub(r"[^\w\s'-]", " ", text)
    tokens = text.split()
    while tokens and norm_honorific(tokens[0]) in {"councillor", "mr", "mrs", "ms", "miss", "dr", "cllr", "professor", "prof", "sir"}:
        tokens = tokens[1:]
    return tokens


def same_person(a: object, b: object) -> bool:
    """Given two printed names, return whether they can denote the same person.

    Equal after normalisation, or same surname with compatible given names: one side may lack
    given names ("Gough"), or give initials ("R W Gough") that agree with the other's.
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if ta[-1] != tb[-1]:
        return False
    ga, gb = ta[:-1], tb[:-1]
    if not ga or not gb:
        return True
    # Compare given names by initial only when one side is initials ("r w" vs "roger william").
    if all(len(t) == 1 for t in ga) or all(len(t) == 1 for t in gb):
        return ga[0][0] == gb[0][0]
    return ga == gb


def texts_agree(a: object, b: object, threshold: float) -> bool:
    """Given two texts, return whether their similarity reaches `threshold` or one contains the other.

    Containment needs the shorter text to be at least half the longer, so a fragment does not
    match a whole paragraph.
    """
    if similarity(a, b) >= threshold:
        return True
    x, y = sorted((norm_text(a), norm_text(b)), key=len)
    return bool(x) and x in y and len(x) >= 0.5 * len(y)


def titles_agree(a: object, b: object) -> bool:
    """Given two item titles, return whether similarity >= 0.8 or one starts the other."""
    if similarity(a, b) >= TITLE_THRESHOLD:
        return True
    x, y = sorted((norm_text(a).rstrip(" ."), norm_text(b).rstrip(" .")), key=len)
    return len(x) >= 4 and y.startswith(x)


# ---------------------------------------------------------------- matching


def greedy_match(pred: list[dict], gold: list[dict], key: Callable[[dict], object],
                 score: Callable[[dict, dict], float | None]) -> list[tuple[int, int, float]]:
    """Given predicted and gold records, return one-to-one (pred index, gold index, score) pairs.

    Only pairs with equal `key` are candidates; `score` returns None to reject a pair. Pairs are
    taken best score first (ties by document order), each record used at most once.
    """
    by_key: dict[object, list[int]] = {}
    for gi, g in enumerate(gold):
        by_key.setdefault(key(g), []).append(gi)
    candidates: list[tuple[float, int, int]] = []
    for pi, p in enumerate(pred):
        for gi in by_key.get(key(p), []):
            s = score(p, gold[gi])
            if s is not None:
                candidates.append((s, pi, gi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for s, pi, gi in candidates:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        pairs.append((pi, gi, s))
    return sorted(pairs, key=lambda t: t[1])


def _owners_overlap(a: Iterable[str], b: Iterable[str]) -> bool:
    """Given two owner lists, return whether some owner appears in both (two tasks that
    name no owner at all agree too)."""
    a, b = list(a or []), list(b or [])
    if not a and not b:
        return True
    return any(same_person(x, y) for x in a for y in b)


def _numbers_fit(p: object, g: object, titles: tuple[object, object] | None) -> float | None:
    """Given two printed numbers (and the records' titles), return 1 when they are the same
    number, 0.5 when only their last parts agree and the titles do too, else None."""
    if norm_number(p) == norm_number(g):
        return 1.0
    if last_part(p) == last_part(g) and titles is not None and titles_agree(*titles):
        return 0.5
    return None


def _score_agenda_item(p: dict, g: dict) -> float | None:
    if not titles_agree(p.get("title"), g.get("title")):
        return None
    # An item printed without a label (gold item_number null) matches on its title alone: the
    # number an extractor gives it by position (the contract's key needs one) was not printed.
    fit = 0.5 if g.get("item_number") is None else _numbers_fit(p.get("item_number"), g.get("item_number"),
                                                                (p.get("title"), g.get("title")))
    return None if fit is None else fit + similarity(p.get("title"), g.get("title"))


def _score_minute(p: dict, g: dict) -> float | None:
    return _numbers_fit(p.get("minute_number"), g.get("minute_number"), (p.get("title"), g.get("title")))


def _score_resolution(p: dict, g: dict) -> float | None:
    s = similarity(p.get("text"), g.get("text"))
    return s if s >= RESOLUTION_THRESHOLD else None


def _score_vote(p: dict, g: dict) -> float | None:
    if p.get("result") != g.get("result"):
        return None
    if any(p.get(k) != g.get(k) for k in ("votes_for", "votes_against", "votes_abstain")):
        return None
    if not texts_agree(p.get("motion"), g.get("motion"), MOTION_THRESHOLD):
        return None
    return similarity(p.get("motion"), g.get("motion"))


def _score_vote_record(p: dict, g: dict) -> float | None:
    return _score_name(p, g) if p.get("vote") == g.get("vote") else None


def _score_name(p: dict, g: dict) -> float | None:
    if norm_text(p.get("name")) == norm_text(g.get("name")):
        return 1.0
    return 0.9 if same_person(p.get("name"), g.get("name")) else None


def _score_action(p: dict, g: dict) -> float | None:
    if not _owners_overlap(p.get("owners"), g.get("owners")):
        return None
    if not texts_agree(p.get("text"), g.get("text"), ACTION_THRESHOLD):
        return None
    return similarity(p.get("text"), g.get("text"))


MATCHERS: dict[str, tuple[Callable[[dict], object], Callable[[dict, dict], float | None]]] = {
    "meetings": (lambda r: r["_m"], lambda p, g: 1.0),
    "agenda_items": (lambda r: r["_m"], _score_agenda_item),
    "minutes": (lambda r: r["_m"], _score_minute),
    "resolutions": (lambda r: (r["_m"], last_part(r.get("minute_number"))), _score_resolution),
    "attendees": (lambda r: (r["_m"], r.get("status")), _score_name),
    "declarations": (lambda r: r["_m"], _score_name),
    "actions": (lambda r: r["_m"], _score_action),
    "votes": (lambda r: (r["_m"], last_part(r.get("minute_number"))), _score_vote),
    "vote_records": (lambda r: (r["_m"], last_part(r.get("minute_number"))), _score_vote_record),
}


def _venue_ok(p: object, g: object) -> bool:
    """Given predicted and gold venues, return whether they agree (a trailing web address or note may differ)."""
    if g is None or p is None:
        return g is None and p is None
    x, y = sorted((norm_text(p).rstrip(" ."), norm_text(g).rstrip(" .")), key=len)
    return texts_agree(p, g, 0.8) or (len(x) >= 4 and y.startswith(x))


# Field checks on matched pairs: kind -> {field: predicate(pred value, gold value)}.
FIELD_CHECKS: dict[str, dict[str, Callable[[object, object], bool]]] = {
    "meetings": {"start_time": lambda p, g: (p or None) == (g or None), "venue": _venue_ok},
    "agenda_items": {"pages": lambda p, g: norm_pages(p) == norm_pages(g)},
    "minutes": {"title": lambda p, g: similarity(p, g) >= TITLE_THRESHOLD},
    "attendees": {"role": lambda p, g: (p or None) == (g or None),
                  "honorific": lambda p, g: norm_honorific(p) == norm_honorific(g)},
    "declarations": {"minute_number": lambda p, g: norm_number(p) == norm_number(g),
                     "interest": lambda p, g: norm_text(p).replace(" ", "-") == norm_text(g).replace(" ", "-")},
    "actions": {"status": lambda p, g: (p or None) == (g or None), "source": lambda p, g: p == g},
    "votes": {"mover": lambda p, g: (p is None and g is None) or same_person(p, g),
              "seconder": lambda p, g: (p is None and g is None) or same_person(p, g),
              "unanimous": lambda p, g: bool(p) == bool(g)},
}


# ---------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts for one entity kind: true/false positives, false negatives, field checks."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # field -> [correct, checked]

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        """Given another score, add its counts into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for name, (ok, n) in other.fields.items():
            acc = self.fields.setdefault(name, [0, 0])
            acc[0] += ok
            acc[1] += n

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1,
                "fields": {k: {"correct": v[0], "checked": v[1]} for k, v in self.fields.items()}}


def score_kind(kind: str, pred: list[dict], gold: list[dict]) -> tuple[Score, list[tuple[int, int, float]]]:
    """Given one kind's predicted and gold records (each carrying '_m', its meeting signature), return its Score and pairs."""
    key, scorer = MATCHERS[kind]
    pairs = greedy_match(pred, gold, key, scorer)
    s = Score(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for fname, check in FIELD_CHECKS.get(kind, {}).items():
        ok = sum(bool(check(pred[pi].get(fname), gold[gi].get(fname))) for pi, gi, _ in pairs)
        s.fields[fname] = [ok, len(pairs)]
    return s, pairs


def meeting_signature(committee: object, meeting_date: object, kind: object) -> tuple:
    """Given a meeting's committee, date and kind, return the key records are compared under."""
    return (norm_committee(committee), norm_date(meeting_date), norm_text(kind))


def _with_vote_records(records: dict[str, list[dict]], votes: list[dict], ids: Callable[[dict], object]) -> None:
    """Given records by kind, fill 'vote_records' from the votes' nested 'records' (gold) or
    from rows already there (predictions: their vote_id names the vote)."""
    by_vote = {ids(v): v for v in votes}
    rows = []
    for v in votes:
        for rec in v.get("records") or []:
            rows.append({**rec, "minute_number": v.get("minute_number"), "_m": v["_m"]})
    for rec in records.get("vote_records", []):
        v = by_vote.get(rec.get("vote_id"))
        rows.append({**rec, "minute_number": v.get("minute_number") if v else None,
                     "_m": v["_m"] if v else ("<no vote>",)})
    records["vote_records"] = rows


def alias_map(gold: dict) -> dict[tuple, tuple]:
    """Given a gold annotation, return {signature under any printed name: the meeting's signature}."""
    out = {}
    for m in gold.get("meetings", []):
        canonical = meeting_signature(m["committee"], m["meeting_date"], m["kind"])
        for name in [m["committee"], *(m.get("committee_aliases") or [])]:
            out.setdefault(meeting_signature(name, m["meeting_date"], m["kind"]), canonical)
    return out


def gold_records(gold: dict) -> dict[str, list[dict]]:
    """Given a gold annotation, return its records by kind, each with '_m' (meeting signature)."""
    sig = {m["key"]: meeting_signature(m["committee"], m["meeting_date"], m["kind"]) for m in gold.get("meetings", [])}
    out: dict[str, list[dict]] = {}
    for kind in KINDS:
        rows = []
        for r in gold.get(kind, []) if kind != "vote_records" else []:
            r = dict(r)
            r["_m"] = sig[r["key"]] if kind == "meetings" else sig.get(r.get("meeting"))
            rows.append(r)
        out[kind] = rows
    _with_vote_records(out, out["votes"], lambda v: None)
    return out


def predicted_records(pred: dict[str, list[dict]], aliases: dict[tuple, tuple] | None = None) -> dict[str, list[dict]]:
    """Given extract_all output (and the gold's alias map), return its records by kind, each
    with '_m' (its meeting's signature, under the gold's name when the committee is an alias)."""
    meetings = pred.get("meetings", []) or []
    aliases = aliases or {}
    sig = {}
    for m in meetings:
        s = meeting_signature(m.get("committee"), m.get("meeting_date"), m.get("kind"))
        sig[m.get("meeting_id")] = aliases.get(s, s)
    out: dict[str, list[dict]] = {}
    for kind in KINDS:
        rows = []
        for r in pred.get(kind, []) or []:
            r = dict(r)
            if kind == "meetings":
                r["_m"] = sig.get(r.get("meeting_id"))
            else:
                # A record with no (or an unknown) meeting cannot match any gold record.
                r["_m"] = sig.get(r.get("meeting_id"), ("<no meeting>", r.get("meeting_id")))
            rows.append(r)
        out[kind] = rows
    _with_vote_records(out, out["votes"], lambda v: v.get("vote_id"))
    return out


# Set by --strict-positions: score unnumbered minutes by position alone (see align_unnumbered).
STRICT_POSITIONS = False


def document_records(pred: dict[str, list[dict]], gold: dict) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Given extract_all output and a gold annotation, return (predicted, gold) records by kind,
    the predicted ones filed under the gold's minutes by heading when the minutes are unnumbered."""
    p, g = predicted_records(pred, alias_map(gold)), gold_records(gold)
    if gold.get("unnumbered") and not STRICT_POSITIONS:
        align_unnumbered(p, g)
    return p, g


def align_unnumbered(p: dict[str, list[dict]], g: dict[str, list[dict]], reach: int = 8) -> None:
    """Given predicted and gold records of a document whose minutes print no numbers (the gold
    numbers them by position, its ``unnumbered`` flag set), renumber the predicted records in place
    by heading: each predicted minute takes the number of the gold minute whose title agrees
    (in reading order, looking up to ``reach`` headings ahead), and every record filed under it
    follows. A predicted minute whose title agrees with none gets a number no gold record has.

    Why: a position is not printed, so one heading seen or missed more than the gold shifts
    every later position and files every later vote and resolution "wrongly", though each sits
    under the heading it was printed under. Matching by heading asks the question a reader asks
    of unnumbered minutes; ``--strict-positions`` scores the positions as they are.
    """
    gold_minutes: dict[object, list[dict]] = {}
    for r in g["minutes"]:
        gold_minutes.setdefault(r["_m"], []).append(r)
    renumber: dict[tuple, str] = {}
    by_meeting: dict[object, list[dict]] = {}
    for r in p["minutes"]:
        by_meeting.setdefault(r["_m"], []).append(r)
    for m, rows in by_meeting.items():
        golds, j = gold_minutes.get(m, []), 0
        for r in sorted(rows, key=lambda r: r.get("line_start") or 0):
            key = (m, norm_number(r.get("minute_number")))
            renumber[key] = f"unaligned {r.get('minute_number')}"
            for k in range(j, min(j + reach, len(golds))):
                if titles_agree(r.get("title"), golds[k].get("title")):
                    renumber[key], j = str(golds[k]["minute_number"]), k + 1
                    break
    for kind in ("minutes", "resolutions", "declarations", "actions", "votes", "vote_records"):
        for r in p[kind]:
            key = (r["_m"], norm_number(r.get("minute_number")))
            if r.get("minute_number") is not None and key in renumber:
                r["minute_number"] = renumber[key]


def score_document(pred: dict[str, list[dict]], gold: dict) -> dict[str, Score]:
    """Given extract_all output and a gold annotation, return a Score per entity kind."""
    p, g = document_records(pred, gold)
    return {kind: score_kind(kind, p[kind], g[kind])[0] for kind in KINDS}


# ---------------------------------------------------------------- tables

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2212": "-", "\u2018": "'",
                         "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def norm_cell(text: object) -> str:
    """Given a table cell, return it normalised for comparison (dashes and quotes unified)."""
    return norm_text(str(text or "").translate(_DASHES))


def _cells(row: list, width: int) -> list[str]:
    """Given a row, return its normalised cells padded to ``width``."""
    cells = [norm_cell(c) for c in row]
    return (cells + [""] * width)[:max(width, len(cells))]


def row_agreement(pred: list, gold: list, columns: list[int] | None = None) -> float | None:
    """Given a predicted and a gold row, return their mean cell similarity, or None when some
    compared cell (only ``columns`` when given; trailing empty cells aside) falls below 0.9."""
    width = max(len(pred), len(gold))
    p, g = _cells(pred, width), _cells(gold, width)
    if columns is None and len(p) != len(g):
        return None
    indices = columns if columns is not None else range(len(g))
    sims = []
    for i in indices:
        a = p[i] if i < len(p) else ""
        b = g[i] if i < len(g) else ""
        if a != b and (re.search(r"\d", a) or re.search(r"\d", b)) and len(a) <= 20 and len(b) <= 20:
            return None  # a short cell with a figure must be exact: "7,030" is not "7,003"
        sim = 1.0 if a == b else SequenceMatcher(None, a, b, autojunk=False).ratio()
        if sim < CELL_THRESHOLD:
            return None
        sims.append(sim)
    return sum(sims) / len(sims) if sims else None


def _matched_rows(p: dict, g: dict) -> list[tuple[int, int, float]]:
    """Given a predicted and a gold table, return their one-to-one agreeing rows."""
    return greedy_match([{"r": r} for r in p.get("rows") or []], [{"r": r} for r in g.get("rows") or []],
                        lambda r: 0, lambda x, y: row_agreement(x["r"], y["r"], g.get("columns")))


def score_tables(pred: list[dict], gold: list[dict], show: str | None = None) -> dict[str, Score]:
    """Given predicted table records and gold tables, return Scores for 'tables' and 'table_rows'.

    With ``show`` (a document name), print the unmatched tables and rows.
    """
    row_pairs: dict[tuple[int, int], list[tuple[int, int, float]]] = {}  # rows matched once per table pair

    def score(pi: int, gi: int) -> float | None:
        p, g = pred[pi], gold[gi]
        if g.get("page") not in (None, p.get("page")):
            return None
        header = similarity(" ".join(p.get("header") or []).translate(_DASHES),
                            " ".join(g.get("header") or []).translate(_DASHES))
        if header < TABLE_HEADER_THRESHOLD:
            return None
        # Tie-break between tables with like headers by how many of their rows agree.
        row_pairs[pi, gi] = _matched_rows(p, g)
        return header + len(row_pairs[pi, gi]) / max(1, len(g.get("rows") or []))

    pairs = greedy_match([{"i": i} for i in range(len(pred))], [{"i": i} for i in range(len(gold))],
                         lambda t: 0, lambda p, g: score(p["i"], g["i"]))
    tables = Score(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    rows = Score()
    checks = {"header": [0, 0], "title": [0, 0], "n_rows": [0, 0]}
    for pi, gi, _ in pairs:
        p, g = pred[pi], gold[gi]
        checks["header"][0] += row_agreement(p.get("header") or [], g["header"]) is not None
        checks["title"][0] += norm_cell(p.get("title")) == norm_cell(g.get("title"))
        checks["n_rows"][0] += len(p.get("rows") or []) == len(g["rows"])
        for name in checks:
            checks[name][1] += 1
        matched = row_pairs[pi, gi]
        rows.add(Score(tp=len(matched), fp=len(p.get("rows") or []) - len(matched), fn=len(g["rows"]) - len(matched)))
        if show:
            used_p, used_g = {a for a, _, _ in matched}, {b for _, b, _ in matched}
            for label, table, used in (("FP row", p, used_p), ("FN row", g, used_g)):
                for i, r in enumerate(table.get("rows") or []):
                    if i not in used:
                        print(f"{show} {label} (table p{g.get('page')} {g['header'][:2]}):", r)
    tables.fields = checks
    matched_p, matched_g = {pi for pi, _, _ in pairs}, {gi for _, gi, _ in pairs}
    for i, p in enumerate(pred):
        if i not in matched_p:
            rows.fp += len(p.get("rows") or [])
            if show:
                print(f"{show} FP table p{p.get('page')}:", p.get("header"), f"{len(p.get('rows') or [])} rows")
    for i, g in enumerate(gold):
        if i not in matched_g:
            rows.fn += len(g["rows"])
            if show:
                print(f"{show} FN table p{g.get('page')}:", g["header"], f"{len(g['rows'])} rows")
    return {"tables": tables, "table_rows": rows}


def gold_set(gold: dict, path: Path | None = None) -> str:
    """Given a gold annotation (and its file), return its set: 'seeds', 'real', 'dev' or 'test'.
    A table gold file takes the set of its document's annotation, so a body is in one set only."""
    if path is not None and path.parent.name == "tables" and gold["source"] in _annotation_sets():
        return _annotation_sets()[gold["source"]]
    if gold.get("split") in ("dev", "test"):
        return gold["split"]
    if path is not None and path.parent.name in SETS:
        return path.parent.name
    return gold["source"].split("/", 1)[0] if gold["source"].split("/", 1)[0] in SETS else "real"


@functools.lru_cache(maxsize=1)
def _annotation_sets() -> dict[str, str]:
    """Return {source: 'dev' or 'test'} of the entity annotations of the other bodies."""
    return {json.loads(f.read_text())["source"]: split for split in ("dev", "test")
            for f in sorted((ANNOTATIONS / split).glob("*.json"))}


def table_annotation_files(only: str | None = None, sets: tuple[str, ...] = DEFAULT_SETS) -> list[Path]:
    """Given an optional substring filter (of the file's path or its source) and the sets to
    score, return the table gold files in a stable order."""
    out = []
    for f in sorted(ANNOTATIONS.glob("tables/*.json")):
        gold = json.loads(f.read_text())
        if gold_set(gold, f) in sets and (not only or only in str(f) or only in gold["source"]):
            out.append(f)
    return out


def evaluate_tables(files: list[Path], pdf: bool = False, corpus: Path = CORPUS, errors: bool = False) -> list[dict]:
    """Given table gold files, return per-document results for the table kinds (and for the
    text packs rendered to PDF if ``pdf``)."""
    from extractors.tables import extract_tables

    results: list[dict] = []
    for name, gold, doc, error in gold_documents(files, pdf, corpus):
        if error:
            results.append({"name": name, "error": error})
            continue
        pred = extract_tables(doc)
        if gold.get("pages_annotated"):  # tables were annotated on these pages only
            first, last = gold["pages_annotated"]
            pred = [t for t in pred if t.get("page") is None or first <= t["page"] <= last]
        scores = score_tables(pred, gold["tables"], name if errors else None)
        results.append({"name": name, "scores": scores, "held_out": bool(gold.get("held_out")),
                        "set": gold_set(gold)})
    return results


# ---------------------------------------------------------------- running


def annotation_files(only: str | None = None, sets: tuple[str, ...] = DEFAULT_SETS) -> list[Path]:
    """Given an optional substring filter and the sets to score, return the gold annotation
    files in a stable order."""
    files = [f for name in sets for f in sorted(ANNOTATIONS.glob(f"{name}/*.json"))]
    return [f for f in files if not only or only in str(f)]


def source_path(gold: dict, corpus: Path = CORPUS) -> Path:
    """Given a gold annotation, return where its source document is ('extra/...' lives in the
    local extra corpus, everything else in the shared corpus)."""
    source = gold["source"]
    if source.startswith("extra/"):
        return EXTRA_CORPUS / source.split("/", 1)[1]
    return corpus / source


def default_predictor(doc: object) -> dict[str, list[dict]]:
    """Given a Document, return extract_all's output (imported lazily so tests can run without it)."""
    from extractors.pipeline import extract_all

    return extract_all(doc)


def partial_predictor(doc: object) -> dict[str, list[dict]]:
    """Given a Document, return the pipeline's linked output using only the extractors that exist yet.

    While the extractors are being written, a missing module would make extract_all fail for
    every document; this runs each available one (missing -> no records) and links the result.
    """
    import importlib

    from extractors import pipeline

    out: dict[str, list[dict]] = {}
    for table, (module, func) in pipeline.EXTRACTORS.items():
        try:
            out[table] = list(getattr(importlib.import_module(module), func)(doc, None))
        except ModuleNotFoundError:
            out[table] = []
    try:
        from extractors.actions import extract_actions

        out["actions"] = list(extract_actions(doc, None, tables=out.get("tables", [])))
    except ModuleNotFoundError:
        out["actions"] = []
    return pipeline.link(doc, out)


def read_source(path: Path):
    """Given a source file path, return its Document via the project's reader."""
    from minutebook.readers import read_document

    return read_document(path, path.read_bytes())


def evaluate_one(name: str, doc: object, gold: dict, predict: Predictor, errors: str | None = None) -> dict:
    """Given a document name, its Document, gold and a predictor, return {'name', 'scores'|'error'}.

    With ``errors`` (an entity kind), also print that kind's unmatched predicted (FP) and gold
    (FN) records, to see what an extractor gets wrong.
    """
    try:
        pred = predict(doc)
    except Exception as exc:  # a crashing pipeline must not hide the other documents' numbers
        return {"name": name, "error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc(limit=3)}
    if errors:
        p, g = (records[errors] for records in document_records(pred, gold))
        _, pairs = score_kind(errors, p, g)
        matched_p, matched_g = {pi for pi, _, _ in pairs}, {gi for _, gi, _ in pairs}
        shown = ("minute_number", "item_number", "name", "status", "owners", "text", "title", "motion", "result",
                 "votes_for", "votes_against", "vote", "committee", "meeting_date", "line_start")
        for label, rows, used in (("FP", p, matched_p), ("FN", g, matched_g)):
            for i, r in enumerate(rows):
                if i not in used:
                    print(f"{name} {label}:", {k: r.get(k) for k in shown if r.get(k) is not None})
    return {"name": name, "scores": score_document(pred, gold), "held_out": bool(gold.get("held_out")),
            "set": gold_set(gold), "body": gold.get("body")}


def gold_documents(files: list[Path], pdf: bool = False, corpus: Path = CORPUS):
    """Given gold files, yield (name, gold, Document, error) for each source as read (Document
    None and an error when it is missing) and, if ``pdf``, for each text pack rendered to PDF."""
    tmp = tempfile.TemporaryDirectory(prefix="minutebook-eval-") if pdf else None
    try:
        for f in files:
            gold = json.loads(f.read_text())
            gold["split"] = gold_set(gold, f)  # (a table file: its document's set)
            src = source_path(gold, corpus)
            if gold.get("scanned") and os.environ.get("MINUTEBOOK_EVAL_OCR", "1") == "0":
                yield gold["source"], gold, None, "scanned: not scored (MINUTEBOOK_EVAL_OCR=0)"
                continue
            if not src.exists():
                yield gold["source"], gold, None, (f"source not found: {src} (set MINUTEBOOK_SHARED, or "
                                                   "MINUTEBOOK_EXTRA_CORPUS for extra/ sources)")
                continue
            doc = read_source(src)
            yield gold["source"], gold, doc, None
            if tmp is not None and src.suffix == ".txt":
                from render_pdf import render_text_pack_to_pdf

                out = render_text_pack_to_pdf(doc.lines, Path(tmp.name) / (src.stem + ".pdf"))
                yield "pdf:" + gold["source"], gold, read_source(out), None
    finally:
        if tmp is not None:
            tmp.cleanup()


def evaluate(files: list[Path], predict: Predictor = default_predictor, pdf: bool = False,
             corpus: Path = CORPUS, errors: str | None = None) -> list[dict]:
    """Given annotation files, return per-document results (plus rendered-PDF runs of text packs if `pdf`)."""
    return [{"name": name, "error": error} if error else evaluate_one(name, doc, gold, predict, errors)
            for name, gold, doc, error in gold_documents(files, pdf, corpus)]


def totals(results: list[dict], rendered: bool | None = None, held_out: bool | None = None,
           kinds: tuple[str, ...] = KINDS, sets: tuple[str, ...] | None = None) -> dict[str, Score]:
    """Given per-document results, return micro-summed Scores per kind (optionally only the
    text packs rendered to PDF, or only the native sources; or only held-out documents:
    annotated after the extractors were written; or only some sets)."""
    out = {kind: Score() for kind in kinds}
    for r in results:
        if "scores" not in r:
            continue
        if sets is not None and r.get("set") not in sets:
            continue
        if rendered is not None and r["name"].startswith("pdf:") != rendered:
            continue
        if held_out is not None and r.get("held_out", False) != held_out:
            continue
        for kind, s in r["scores"].items():
            out[kind].add(s)
    return out


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def markdown_table(scores: dict[str, Score]) -> str:
    """Given Scores per kind, return a markdown table of P/R/F1 and counts."""
    lines = ["| kind | P | R | F1 | tp | fp | fn |", "|---|---|---|---|---|---|---|"]
    for kind in scores:
        s = scores[kind]
        lines.append(f"| {kind} | {_fmt(s.precision)} | {_fmt(s.recall)} | {_fmt(s.f1)} | {s.tp} | {s.fp} | {s.fn} |")
    return "\n".join(lines)


def fields_table(scores: dict[str, Score]) -> str:
    """Given Scores per kind, return a markdown table of field accuracy on matched records."""
    lines = ["| kind.field | accuracy | correct/checked |", "|---|---|---|"]
    for kind in scores:
        for name, (ok, n) in scores[kind].fields.items():
            lines.append(f"| {kind}.{name} | {_fmt(ok / n if n else None)} | {ok}/{n} |")
    return "\n".join(lines)


def tables_report(results: list[dict]) -> str:
    """Given per-document table results, return the tables section of the report."""
    parts = ["## Tables\n"]
    for r in results:
        if "error" in r:
            parts.append(f"### {r['name']}\n\nERROR: {r['error']}\n")
            continue
        t, rows = r["scores"]["tables"], r["scores"]["table_rows"]
        parts.append(f"- {r['name']}: tables {t.tp}/{t.tp + t.fn} found, {t.fp} invented; "
                     f"rows P {_fmt(rows.precision)} R {_fmt(rows.recall)} ({rows.tp} right, {rows.fp} wrong or "
                     f"invented, {rows.fn} missed)")
    groups = [("all documents", totals(results, kinds=TABLE_KINDS))]
    for name in ("dev", "test"):
        if any(r.get("set") == name for r in results):
            groups.append((f"{name} bodies", totals(results, kinds=TABLE_KINDS, sets=(name,))))
    if any(r["name"].startswith("pdf:") for r in results):
        groups += [("native sources only", totals(results, rendered=False, kinds=TABLE_KINDS)),
                   ("text packs rendered to PDF", totals(results, rendered=True, kinds=TABLE_KINDS))]
    for label, scores in groups:
        parts.append(f"\n### Tables: {label}\n\n" + markdown_table(scores) + "\n\n" + fields_table(scores) + "\n")
    return "\n".join(parts)


def by_body_table(results: list[dict], table_results: list[dict] | None = None) -> str:
    """Given per-document results of dev or test documents, return a markdown table of F1 per
    kind for each body (documents of one body summed), with table rows when given."""
    bodies: dict[str, list[dict]] = {}
    for r in results:
        if "scores" in r and r.get("body"):
            bodies.setdefault(f"{r['body']} ({r.get('set')})", []).append(r)
    kinds = ("meetings", "agenda_items", "minutes", "resolutions", "attendees", "declarations", "actions", "votes")
    head = "| body | docs | " + " | ".join(kinds) + (" | table rows |" if table_results else " |")
    lines = [head, "|" + "---|" * (len(kinds) + 2 + bool(table_results))]
    rows_by_body: dict[str, Score] = {}
    for t in table_results or []:
        if "scores" in t:
            name = next((b for b, rs in bodies.items() if any(x["name"] == t["name"] for x in rs)), None)
            if name:
                rows_by_body.setdefault(name, Score()).add(t["scores"]["table_rows"])
    for body, rs in sorted(bodies.items()):
        scores = totals(rs)
        cells = [_fmt(scores[k].f1) if scores[k].tp + scores[k].fp + scores[k].fn else "" for k in kinds]
        row = f"| {body} | {len(rs)} | " + " | ".join(cells) + " |"
        if table_results:
            s = rows_by_body.get(body)
            row += f" {_fmt(s.f1) if s and s.tp + s.fp + s.fn else ''} |"
        lines.append(row)
    return "\n".join(lines)


def report(results: list[dict], table_results: list[dict] | None = None) -> str:
    """Given per-document results (and table results), return the full markdown report."""
    parts: list[str] = []
    for r in results:
        parts.append(f"### {r['name']}\n")
        parts.append(f"ERROR: {r['error']}\n" if "error" in r else markdown_table(r["scores"]) + "\n")
    has_pdf = any(r["name"].startswith("pdf:") for r in results)
    parts.append("## Overall (all documents)\n\n" + markdown_table(totals(results)) + "\n")
    for name, label in (("dev", "Development bodies (dev set)"), ("test", "Test bodies (no rule tuned on them)")):
        if any(r.get("set") == name for r in results):
            parts.append(f"## {label}\n\n" + markdown_table(totals(results, sets=(name,))) + "\n")
    if any(r.get("set") in ("dev", "test") for r in results):
        parts.append("## Seeds and Kent (the documents the extractors were first written against)\n\n"
                     + markdown_table(totals(results, sets=("seeds", "real"))) + "\n")
    if has_pdf:
        parts.append("## Native sources only\n\n" + markdown_table(totals(results, rendered=False)) + "\n")
        parts.append("## Seed packs rendered to PDF\n\n" + markdown_table(totals(results, rendered=True)) + "\n")
    if any(r.get("held_out") for r in results):
        parts.append("## Held-out documents (annotated after the extractors were written)\n\n"
                     + markdown_table(totals(results, held_out=True, sets=("seeds", "real"))) + "\n")
        parts.append("## Field accuracy on matched records (held-out documents)\n\n"
                     + fields_table(totals(results, held_out=True, sets=("seeds", "real"))) + "\n")
    parts.append("## Field accuracy on matched records (all documents)\n\n" + fields_table(totals(results)) + "\n")
    if table_results:
        parts.append(tables_report(table_results))
    return "\n".join(parts)


def to_json(results: list[dict], table_results: list[dict] | None = None) -> dict:
    """Given per-document results (and table results), return a JSON-serialisable summary."""
    docs = []
    for r in results:
        if "error" in r:
            docs.append({"name": r["name"], "error": r["error"]})
        else:
            docs.append({"name": r["name"], "scores": {k: s.as_dict() for k, s in r["scores"].items()}})
    out = {"documents": docs, "overall": {k: s.as_dict() for k, s in totals(results).items()}}
    if any(r.get("held_out") for r in results):
        out["held_out"] = {k: s.as_dict() for k, s in totals(results, held_out=True).items()}
    if any(r["name"].startswith("pdf:") for r in results):
        out["rendered_pdf"] = {k: s.as_dict() for k, s in totals(results, rendered=True).items()}
    for name in ("dev", "test"):
        if any(r.get("set") == name for r in results):
            out[name] = {k: s.as_dict() for k, s in totals(results, sets=(name,)).items()}
    if table_results:
        out["tables"] = {k: s.as_dict() for k, s in totals(table_results, kinds=TABLE_KINDS).items()}
        for name in ("dev", "test"):
            if any(r.get("set") == name for r in table_results):
                out[f"tables_{name}"] = {k: s.as_dict() for k, s in
                                         totals(table_results, kinds=TABLE_KINDS, sets=(name,)).items()}
    return out


def main(argv: list[str] | None = None) -> int:
    """Given command-line arguments, print the evaluation report; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", metavar="OUT", help="also write the numbers as JSON to OUT")
    ap.add_argument("--pdf", action="store_true", help="also evaluate the seed text packs rendered to PDF")
    ap.add_argument("--only", metavar="SUBSTRING", help="only annotation files whose path contains SUBSTRING")
    ap.add_argument("--partial", action="store_true",
                    help="run only the extractors that exist yet (missing ones give no records)")
    ap.add_argument("--errors", metavar="KIND", choices=KINDS + ("tables",),
                    help="print the unmatched predicted (FP) and gold (FN) records of one kind")
    ap.add_argument("--by-body", action="store_true", help="print only F1 per kind for each body (dev, test)")
    ap.add_argument("--strict-positions", action="store_true",
                    help="file records of unnumbered minutes by position only, not by heading (align_unnumbered)")
    ap.add_argument("--set", default=",".join(DEFAULT_SETS),
                    help="comma-separated sets to score: seeds, real, dev, test, or all (default: "
                         "seeds,real,dev; the test set is scored only when asked for)")
    args = ap.parse_args(argv)
    global STRICT_POSITIONS
    STRICT_POSITIONS = args.strict_positions
    sets = SETS if args.set == "all" else tuple(x.strip() for x in args.set.split(",") if x.strip())
    if any(x not in SETS for x in sets):
        print(f"--set takes {', '.join(SETS)} or all", file=sys.stderr)
        return 2
    files = annotation_files(args.only, sets)
    table_files = table_annotation_files(args.only, sets)
    if not files and not table_files:
        print(f"No annotation files under {ANNOTATIONS} match.", file=sys.stderr)
        return 2
    if not CORPUS.exists():
        print(f"Corpus not found at {CORPUS}; set MINUTEBOOK_SHARED to the folder holding corpus/.", file=sys.stderr)
        return 2
    results = evaluate(files, predict=partial_predictor if args.partial else default_predictor, pdf=args.pdf,
                       errors=None if args.errors == "tables" else args.errors)
    table_results = evaluate_tables(table_files, pdf=args.pdf, errors=args.errors == "tables")
    print(by_body_table(results, table_results) if args.by_body else report(results, table_results))
    if args.json:
        Path(args.json).write_text(json.dumps(to_json(results, table_results), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
