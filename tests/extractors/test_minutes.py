"""Tests for extractors.minutes: minute numbers, titles, bodies and spans across house styles."""

from __future__ import annotations

import pytest

from extractors.meetings import extract_meetings
from extractors.minutes import extract_minutes
from minutebook.document import document_from_text
from tests.conftest import needs_shared
from tests.extractors.test_meetings import FIXTURE_NAMES, load_fixture, read_corpus, real, seed


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_minutes_match_expected_fixture(name):
    doc, expected = load_fixture(name)
    assert extract_minutes(doc) == expected["minutes"]


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_minutes_lie_inside_their_meeting_and_do_not_overlap(name):
    doc, _ = load_fixture(name)
    meetings = [m for m in extract_meetings(doc) if m["kind"] == "minutes"]
    minutes = extract_minutes(doc)
    for minute in minutes:
        assert any(m["line_start"] <= minute["line_start"] <= minute["line_end"] <= m["line_end"] for m in meetings)
    for a, b in zip(minutes, minutes[1:]):
        assert a["line_end"] < b["line_start"]


MINUTES_HEAD = "PLANNING BOARD\nThursday, 7th May, 2020\n\nPresent:- Councillor Amos (in the Chair); Councillors Bell and Crane.\n\n"


@pytest.mark.parametrize(
    "body, numbers",
    [
        # numbered list inside a minute: sequence continuity keeps it in the body
        ("12. APOLOGIES\n\nNone.\n\n13. HOUSING DELIVERY\n\nThe report showed:\n\n1. Completions were up.\n2. Starts were down.\n\n14. ANY OTHER BUSINESS\n\nNone.", ["12", "13", "14"]),
        # "(1) Heading" inside any other business is not a minute
        ("20. ANY OTHER BUSINESS\n\n(1) Improvement Panel\n\nThe panel had folded.\n\n21. DATE OF NEXT MEETING\n\nResolved:- That the board meet on 4th June, 2020.", ["20", "21"]),
        # markdown remnants of a text pack: "## 260. TITLE" and "**261. TITLE**"
        ("## 260. CSE UPDATE\n\nNoted.\n\n**261. EARLY HELP**\n\nNoted.", ["260", "261"]),
        # sub-numbered board items
        ("1. Welcome\n\nNoted.\n\n2. Sub Group reports:\n\n2.1 Audit Sub Group – Ann Reed\n\nNoted.\n\n2.2 Training Sub Group – Tom Hale\n\nNoted.\n\n3. Any other business\n\n3.1 Ann Reed reported that the audit programme for the coming year had been agreed by every partner agency at the last meeting.", ["1", "2", "2.1", "2.2", "3"]),
        # parish style: item number and council year with no prefix, either way round; a date
        # ("14/03/2023") or a fraction in the body is not a label
        ("23/101 Apologies\n\nNone.\n\n23/102 Minutes\n\nApproved.\n\n23/103 Play area\n\n14/03/2023 inspection noted.",
         ["23/101", "23/102", "23/103"]),
        ("45/24 Public participation\n\nNo members of the public.\n\n46/24 Finance\n\n1/2 of the grant was released.\n\n"
         "47/24 Closure", ["45/24", "46/24", "47/24"]),
    ],
    ids=["numbered-list-in-body", "parenthesised-subitems", "markdown-remnants", "sub-numbered", "slashed-number-year",
         "slashed-year-last"],
)
def test_minutes_numbers_follow_sequence(body, numbers):
    minutes = extract_minutes(document_from_text(MINUTES_HEAD + body))
    assert [m["minute_number"] for m in minutes] == numbers


def test_minutes_next_meeting_minute_stops_before_following_report():
    text = MINUTES_HEAD + (
        "30. DATE AND TIME OF FUTURE MEETINGS\n\nResolved:- That further meetings be held at 5.00 p.m. on:-\n\n"
        "4th June, 2020\n\n2nd July\n\nThe youth forum has had a busy year running campaigns across the borough."
    )
    (minute,) = extract_minutes(document_from_text(text))
    assert minute["line_end"] == 12
    assert "youth forum" not in minute["body"]


@pytest.mark.parametrize("text", ["", "garbage\x00", "(Item 1)\n(Item 2)", "MINUTES of a meeting of the Board held"])
def test_minutes_return_empty_on_odd_input(text):
    assert extract_minutes(document_from_text(text)) == []


SEED_MINUTES = {
    "000": [str(n) for n in range(124, 132)],
    "001": [],
    "002": [str(n) for n in range(257, 269)]
    + ["1", "2", "3", "4", "5", "6", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "7", "8", "9", "10", "11"]
    + [f"11.{k}" for k in range(1, 10)]
    + ["12", "13", "14"],
    "003": [str(n) for n in range(53, 65)],
    "004": [str(n) for n in range(1, 14)],
}


@needs_shared
@pytest.mark.parametrize("prefix", sorted(SEED_MINUTES))
def test_minutes_seed_packs(prefix):
    assert [m["minute_number"] for m in extract_minutes(read_corpus(seed(prefix)))] == SEED_MINUTES[prefix]


@needs_shared
@pytest.mark.parametrize(
    "prefix, number, title, line_start, line_end",
    [
        ("000", "124", "DECLARATIONS OF INTEREST", 58, 60),
        ("000", "131", "DATE AND TIME OF THE NEXT MEETING", 218, 220),
        ("002", "6.1", "Serious Case Review Sub Group – Pete Horner", 1374, 1403),
        ("002", "2", "Safeguarding Children Performance update report (standing item) – Sue Wilson", 1250, 1286),
        ("002", "14", "Dates of future meetings", 1599, 1605),
        ("003", "64", "DATE AND TIME OF THE NEXT MEETING", 278, 280),
        ("004", "1", "ICEBREAKER", 54, 58),
        ("004", "13", "DATE AND TIME OF FUTURE MEETINGS", 202, 214),
    ],
)
def test_minutes_seed_titles_and_spans(prefix, number, title, line_start, line_end):
    minutes = [m for m in extract_minutes(read_corpus(seed(prefix))) if m["minute_number"] == number]
    assert [(m["title"], m["line_start"], m["line_end"]) for m in minutes][-1] == (title, line_start, line_end)


@needs_shared
def test_minutes_body_drops_running_page_headers():
    minutes = extract_minutes(read_corpus(seed("002")))
    body = next(m["body"] for m in minutes if m["minute_number"] == "8")
    assert "Agenda" not in body.split("\n")
    assert body.startswith("Joyce Thacker reported")


@needs_shared
@pytest.mark.parametrize(
    "fragment, numbers, first_title",
    [
        ("Printed_minutes_30th-Jan-2025_10.00_Cabinet", [str(n) for n in range(84, 93)], "Apologies"),
        ("19_December_2024_-_County_Council_minutes", [str(n) for n in range(270, 283)], "Apologies for Absence"),
        ("Printed_minutes_13th-Mar-2025", [str(n) for n in range(292, 309)], "Apologies for Absence"),
        ("CPP_Minutes_10.12.24", [str(n) for n in range(1, 11)], "Apologies and Substitutes"),
        ("TMG_meeting_note", [], None),
    ],
)
def test_minutes_real_pdfs(fragment, numbers, first_title):
    minutes = extract_minutes(read_corpus(real(fragment)))
    assert [m["minute_number"] for m in minutes] == numbers
    if minutes:
        assert minutes[0]["title"] == first_title


@needs_shared
def test_minutes_kent_wrapped_heading_joined():
    minutes = extract_minutes(read_corpus(real("19_December_2024_-_County_Council_minutes")))
    title = next(m["title"] for m in minutes if m["minute_number"] == "271")
    assert title == "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda"


def _unnumbered_pdf(tmp_path, name, pages):
    from tests.pdfgen import styled_pdf

    path = styled_pdf(tmp_path / f"{name}.pdf", pages)
    from minutebook.readers import read_document

    return read_document(path, path.read_bytes())


H = {"bold": True, "size": 14, "gap": 6}


def test_unnumbered_heading_printed_again_under_a_continued_head_is_one_minute(tmp_path):
    body = ["President Alvarez moved approval of the agreement for one student for the", "remainder of the year.",
            "It was seconded by Commissioner Byrne and adopted by 7 ayes."]
    doc = _unnumbered_pdf(tmp_path, "board", [
        [("MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION", {"bold": True, "size": 16}),
         ("Tuesday, October 21, 2025", {"bold": True}),
         "Present: Commissioners Alvarez, Byrne, Cho, Diaz and Evans.",
         "The Board met at 5:01 p.m. in the Board Room, 555 Franklin Street, with President Alvarez presiding.",
         ("Closed Session", H), "The Board met in closed session.",
         ("Vote on Student Expulsion Matters", H)] + body * 3,
        [("Closed Session – continued", H), ("Vote on Student Expulsion Matters", H)] + body
        + [("Public Comment", H), "Three speakers addressed the Board.", ("Adjournment", H), "The meeting adjourned."],
    ])
    assert [m["title"] for m in extract_minutes(doc)] == [
        "Closed Session", "Vote on Student Expulsion Matters", "Public Comment", "Adjournment"]


def test_unnumbered_heading_repeated_in_another_session_is_a_minute_of_its_own(tmp_path):
    doc = _unnumbered_pdf(tmp_path, "council", [
        [("MINUTES OF THE CITY COUNCIL MEETING", {"bold": True, "size": 16}), ("March 31, 2025", {"bold": True}),
         "Council: Mayor Quinn, Councillors Avery, Burke, Chen and Dixon.",
         "The meeting was held in the Council Chambers, City Hall, 1 Carden Street.",
         ("Closed Meeting", H), "Council resolved to go into closed session.",
         ("Disclosure of Interest", H), "There were no disclosures.",
         ("Open Meeting", H), "Mayor Quinn called the meeting to order.",
         ("Disclosure of Interest", H), "There were no disclosures.",
         ("Presentations", H), "The Mayor presented an award."],
    ])
    assert [m["title"] for m in extract_minutes(doc)] == [
        "Closed Meeting", "Disclosure of Interest", "Open Meeting", "Disclosure of Interest", "Presentations"]


@pytest.mark.parametrize("text,items", [
    ("UPTON PARISH COUNCIL\nMINUTES OF THE MEETING HELD ON 4th March 2024\n"
     "19/24 Finance: Bank Reconciliation: approved\n20/24 Cemetery\nThe new regulations were agreed.\n"
     "21/24 Planning\nNo applications.\n",
     [("19/24", "Finance: Bank Reconciliation: approved"), ("20/24", "Cemetery"), ("21/24", "Planning")]),
    ("Minutes of the meeting of the Elm Road Residents Association held on 12 June 2025\n"
     "1. Apologies from Ann Lee\n2. Summer fair\nThe date was agreed.\n3. Any other business\nNone.\n",
     [("1", "Apologies from Ann Lee"), ("2", "Summer fair"), ("3", "Any other business")]),
])
def test_first_item_right_under_a_title_without_a_full_stop(text, items):
    from extractors.pipeline import extract_all

    # a text pack's title "Minutes of the meeting ... held on <date>" ends without a full stop;
    # the numbered line under it is the first item, not the title's wrapped tail
    out = extract_all(document_from_text(text))
    assert [(m["minute_number"], m["title"]) for m in out["minutes"]] == items
