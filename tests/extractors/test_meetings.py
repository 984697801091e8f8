"""Tests for extractors.meetings: meeting headings, kinds, dates, times, venues and spans."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest

from extractors.meetings import extract_meetings
from minutebook.document import Document, document_from_text
from tests.conftest import FIXTURES, REAL, SEEDS, needs_shared

STRUCTURE = FIXTURES / "structure"
FIXTURE_NAMES = sorted(p.stem for p in STRUCTURE.glob("*.txt"))


def load_fixture(name: str) -> tuple[Document, dict]:
    """Given a fixture name, return its document (text or PDF-like) and expected records."""
    expected = json.loads((STRUCTURE / f"{name}.json").read_text(encoding="utf-8"))
    text = (STRUCTURE / f"{name}.txt").read_text(encoding="utf-8")
    if expected["media_type"] == "pdf":  # wrapped lines as the PDF reader produces them
        lines = text.split("\n")
        return Document("0" * 64, name, "pdf", lines, [1] * len(lines)), expected
    return document_from_text(text), expected


@lru_cache(maxsize=None)
def read_corpus(path: str) -> Document:
    from minutebook.readers import read_document

    return read_document(path, Path(path).read_bytes())


def seed(prefix: str) -> str:
    return str(next(SEEDS.glob(f"{prefix}_*.txt")))


def real(fragment: str) -> str:
    return str(next(p for p in REAL.glob("*.pdf") if fragment in p.name))


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_meetings_match_expected_fixture(name):
    doc, expected = load_fixture(name)
    got = [{**m, "meeting_date": m["meeting_date"].isoformat()} for m in extract_meetings(doc)]
    assert got == expected["meetings"]


@pytest.mark.parametrize(
    "time_line, expected",
    [
        ("Time: 5.30 p.m.", "17:30"),
        ("Time: 2.00 p.m.", "14:00"),
        ("Time: 10.00 am", "10:00"),
        ("Time: 12.15 pm", "12:15"),
        ("Time: to be confirmed", None),
    ],
)
def test_meetings_start_time_is_24_hour(time_line, expected):
    text = f"LICENSING BOARD\n\nVenue: Guildhall, Westbridge\n\nDate: Monday, 2nd March, 2020\n\n{time_line}\n\nA G E N D A\n\n1. Apologies for absence"
    (meeting,) = extract_meetings(document_from_text(text))
    assert meeting["start_time"] == expected
    assert meeting["meeting_date"] == dt.date(2020, 3, 2)


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("PLANNING BOARD", "Planning Board"),
        ("CHILDREN, YOUNG PEOPLE AND FAMILIES PARTNERSHIP", "Children, Young People and Families Partnership"),
        ("AUDIT AND GOVERNANCE COMMITTEE", "Audit and Governance Committee"),
        ("Overview and Scrutiny Management Board", "Overview and Scrutiny Management Board"),
    ],
)
def test_meetings_committee_in_title_case(printed, expected):
    text = f"{printed}\nThursday, 7th May, 2020\n\nPresent:- Councillor Amos (in the Chair).\n\n12. APOLOGIES\n\nNone."
    (meeting,) = extract_meetings(document_from_text(text))
    assert (meeting["committee"], meeting["kind"]) == (expected, "minutes")


@pytest.mark.parametrize(
    "text",
    [
        "Summary Sheet\n\nCommittee Name and Date of Committee Meeting\n\nPlanning Board – 5th June 2018\n\nReport Title\n\nHousing Update\n\n1. Recommendations\n\n1.1 That the report be noted.",
        "PLANNING BOARD - 24/04/18\n\n- The board noted the figures.",
        "ROTHERHAM BOROUGH COUNCIL – REPORT TO Planning Board\n\n1.\tMeeting:-\tPlanning Board\n2.\tDate:-\t21st May, 2014",
    ],
    ids=["summary-sheet", "running-header", "report-to-cover"],
)
def test_meetings_cover_sheets_and_headers_are_not_meetings(text):
    assert extract_meetings(document_from_text(text)) == []


@pytest.mark.parametrize("text", ["", "\n\n\n", "\x00\x01 garbage ☃ 12. 13. (Item 4)", "A G E N D A\n1.\n2."])
def test_meetings_return_empty_on_odd_input(text):
    assert extract_meetings(document_from_text(text)) == []


# --- the shared corpus (verified by reading the packs) -------------------------------------

SEED_MEETINGS = {
    "000": [
        ("agenda", "Improving Lives Select Commission", dt.date(2018, 6, 5), "17:30", 3, 29),
        ("minutes", "Improving Lives Select Commission", dt.date(2018, 4, 24), None, 48, 220),
    ],
    "001": [],
    "002": [
        ("agenda", "Children, Young People and Families Partnership", dt.date(2014, 5, 21), "14:00", 3, 41),
        ("minutes", "Children, Young People and Families Partnership", dt.date(2014, 3, 19), None, 43, 369),
        ("minutes", "Rotherham Local Safeguarding Children Board", dt.date(2014, 3, 6), "13:00", 1198, 1664),
    ],
    "003": [
        ("agenda", "Improving Lives Select Commission", dt.date(2020, 6, 16), "17:30", 3, 70),
        ("minutes", "Improving Lives Select Commission", dt.date(2020, 3, 3), None, 77, 280),
    ],
    "004": [
        ("agenda", "Corporate Parenting Panel", dt.date(2018, 8, 28), "17:00", 3, 32),
        ("minutes", "Corporate Parenting Panel", dt.date(2018, 7, 9), None, 43, 214),
    ],
}


@needs_shared
@pytest.mark.parametrize("prefix", sorted(SEED_MEETINGS))
def test_meetings_seed_packs(prefix):
    got = [
        (m["kind"], m["committee"], m["meeting_date"], m["start_time"], m["line_start"], m["line_end"])
        for m in extract_meetings(read_corpus(seed(prefix)))
    ]
    assert got == SEED_MEETINGS[prefix]


REAL_MEETINGS = {
    "Printed_minutes_30th-Jan-2025_10.00_Cabinet": [
        ("minutes", "Cabinet", dt.date(2025, 1, 30), None, "Council Chamber, Sessions House, County Hall, Maidstone")
    ],
    "19_December_2024_-_County_Council_minutes": [
        ("minutes", "County Council", dt.date(2024, 12, 19), None, "Council Chamber, Sessions House, County Hall, Maidstone")
    ],
    "Agenda_frontsheet_13th-Mar-2025_10.00_County_Council": [
        ("agenda", "County Council", dt.date(2025, 3, 13), "10:00", "Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ")
    ],
    "Agenda_frontsheet_30th-Jan-2025_10.00_Cabinet": [
        ("agenda", "Cabinet", dt.date(2025, 1, 30), "10:00", "Council Chamber, Sessions House, County Hall, Maidstone")
    ],
    "CPP_Minutes_10.12.24": [
        ("minutes", "Corporate Parenting Panel", dt.date(2024, 12, 10), None, "Darent Room, Sessions House, County Hall, Maidstone")
    ],
    "TMG_meeting_note": [("minutes", "TMG", dt.date(2024, 11, 14), None, None)],
    "BOE_tabulator": [("minutes", "Board of Estimates", dt.date(2010, 3, 17), None, None)],
    "Appendix_A_-_Capital_Investment_Summary": [],
    "Appendix_J_-_Budget_Risk_Register": [],
}


@needs_shared
@pytest.mark.parametrize("fragment", sorted(REAL_MEETINGS))
def test_meetings_real_pdfs(fragment):
    got = [
        (m["kind"], m["committee"], m["meeting_date"], m["start_time"], m["venue"])
        for m in extract_meetings(read_corpus(real(fragment)))
    ]
    assert got == REAL_MEETINGS[fragment]


@needs_shared
@pytest.mark.parametrize("fragment", ["Printed_minutes_13th-Mar-2025", "CPP_Minutes"])
def test_meetings_pdf_span_has_pages(fragment):
    doc = read_corpus(real(fragment))
    (meeting,) = extract_meetings(doc)
    assert meeting["page"] == 1
    assert meeting["line_end"] == len(doc.lines)


def test_segmentation_runs_once_per_document_even_when_documents_alternate(monkeypatch):
    """Meetings, agenda items and minutes share one segmentation per document; extracting two
    documents in turn (as a worker's threads may) neither recomputes it nor mixes them up."""
    import extractors.meetings as meetings
    from extractors.agenda_items import extract_agenda_items
    from extractors.minutes import extract_minutes

    computed: list[str] = []
    real_compute = meetings._compute_sections

    def counting(doc):
        computed.append(doc.source_path)
        return real_compute(doc)

    monkeypatch.setattr(meetings, "_compute_sections", counting)
    (a, _), (b, _) = load_fixture(FIXTURE_NAMES[0]), load_fixture(FIXTURE_NAMES[1])
    a.source_path, b.source_path = "a", "b"
    first_a = extract_meetings(a)
    extract_agenda_items(b)
    extract_minutes(a)
    extract_minutes(b)
    assert extract_meetings(a) == first_a
    assert computed == ["a", "b"]

    # a caller that edits the lines gets a fresh segmentation, not the stale one
    a.lines += ["", "The meeting closed at 8.15 pm."]
    a.line_pages += a.line_pages[-1:] * 2
    after_edit = extract_meetings(a)
    assert computed == ["a", "b", "a"]
    assert after_edit[-1]["line_end"] == len(a.lines) > first_a[-1]["line_end"]


@pytest.mark.parametrize(
    "text, committee",
    [
        ("EASTWICK TOWN COUNCIL\nMinutes of the meeting of the Town Council held on Monday 6 March 2023 at 7pm in "
         "the Pavilion\nPresent: Councillors A Bell and C Dunn\n1. Apologies\nNone.", "Eastwick Town Council"),
        ("BRAMLEY PARISH COUNCIL\n\nMinutes of a meeting of the Council held in the Village Hall on Tuesday "
         "7 March 2023\nPresent: Cllr A Bell\n1. Apologies\nNone.", "Bramley Parish Council"),
        # nothing above to name it: the generic name stays, never a guess
        ("Minutes of a meeting of the Council held in the Village Hall on Tuesday 7 March 2023\nPresent: Cllr A Bell"
         "\n1. Apologies\nNone.", "Council"),
    ],
    ids=["town-council", "parish-council-blank-line", "nothing-above"],
)
def test_minutes_sentence_naming_the_council_generically_takes_the_name_printed_above(text, committee):
    (meeting,) = extract_meetings(document_from_text(text))
    assert meeting["committee"] == committee
