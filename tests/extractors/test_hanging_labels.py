"""Minutes whose item numbers hang in a margin column of their own ("01.01" at the left, every
line of text further in), some items opening with a sentence rather than a title, and numbered
lists (who was present, the points discussed) in the text column: the hung labels are the
minutes, the lists their contents (extractors/inner_numbering.hanging_labels, used by
extractors/segments.segment_minutes). The body is named outright without a body word ("Meeting
of the Centre for ...", "Meeting of the Friends of ..."), its ordinal printed apart ("1 st"), as
a superscript reads. Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all


def _minutes(tmp_path, title: str, date: str, items: list[tuple[str, str, list[str]]]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(title, {"centre": True, "bold": True}), (date, {"centre": True, "bold": True})]
    for number, text, points in items:
        page.append((f"{number} {text}", {"x": 60, "gap": 10, "bold": not text.endswith((".", ":"))}))
        page.append(("and the business recorded below was taken in the order printed in the notice.", {"x": 110}))
        page += [(f"{k}. {point}", {"x": 110}) for k, point in enumerate(points, start=1)]
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    return extract_all(read_document(path, path.read_bytes()))


_PEOPLE = ["Dr. Asha Menon - Dean, Chair", "Prof. K. Rao (Registrar)", "Dr. Imran Qureshi", "Dr. Leela Iyer",
           "Mr. Daniel Joseph", "Ms. Fatima Sheikh"]
_POINTS = ["The Chair welcomed the members and set out the purpose of the meeting.",
           "The Director presented the annual report and the figures for enrolment.",
           "It was suggested that a further meeting be held before the end of the term."]


@pytest.mark.parametrize("title,date,committee,items", [
    ("Minutes of the 1 st Meeting of the Centre for Distance Learning (CDL)", "held on April 4th, 2023",
     "Centre for Distance Learning (CDL)",
     [("02.01", "The 1 st Meeting of the Centre was held in the Senate Room in which the following were present:", _PEOPLE),
      ("02.02", "Grant of leave of absence", []),
      ("02.03", "The Minutes of the previous meeting of the Centre held on January 9th, 2023.", _POINTS),
      ("02.04", "Any other item with the permission of the chair", [])]),
    ("Minutes of the 3 rd Meeting of the Friends of Holloway Park", "held on 12 May 2022",
     "Friends of Holloway Park",
     [("3.1", "The meeting was held at the park lodge and the following members were present:", _PEOPLE[:4]),
      ("3.2", "Apologies and leave of absence", []),
      ("3.3", "The volunteers' report on the spring planting and the state of the paths.", _POINTS),
      ("3.4", "Date of the next meeting", [])]),
])
def test_labels_hung_in_the_margin_are_the_minutes(tmp_path, title, date, committee, items):
    out = _minutes(tmp_path, title, date, items)
    assert [(m["committee"], m["kind"]) for m in out["meetings"]] == [(committee, "minutes")]
    assert [m["minute_number"] for m in out["minutes"]] == [number for number, _, _ in items]


def test_a_numbered_body_at_the_margin_keeps_its_own_numbering(tmp_path):
    # nothing hangs out: the items and their text start at the same margin, so the numbered
    # items are weighed as usual and the hanging rule stays out of it
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [("Minutes of the Meeting of the Friends of Holloway Park", {"centre": True, "bold": True}),
            ("held on 12 May 2022", {"centre": True, "bold": True})]
    for k, title in enumerate(["Apologies", "Minutes of the last meeting", "Spring planting", "Any other business"], 1):
        page.append((f"{k}. {title}", {"x": 60, "gap": 10, "bold": True}))
        page.append(("The members discussed the matter and agreed the next steps for the group.", {"x": 60}))
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    out = extract_all(read_document(path, path.read_bytes()))
    assert [m["minute_number"] for m in out["minutes"]] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("line,expected", [
    ("Board of Trustees: Tom Breen Kent Child Jonathan Brusco Mark Dover", None),
    ("Governing Board: Alice Moore Peter Grant Ruth Okafor Sam Hill", None),
    ("Planning Committee: Minutes", "Planning Committee"),
    ("Minutes: Riverside Allotments Association Annual Meeting", "Riverside Allotments Association"),
    ("Minutes of the Meeting of the Friends of Holloway Park", "Friends of Holloway Park"),
    ("Minutes of the Meeting of Tuesday 5 March 2024", None),
])
def test_names_of_bodies_from_title_lines(line, expected):
    from extractors.committee_names import body_name

    name, strength = body_name(line)
    assert (name if strength >= 2 else None) == expected


def test_labels_in_the_margin_with_an_item_printed_elsewhere_are_weighed_as_usual(tmp_path):
    # "4." and "6." hang in the margin, "5." sits further in: the margin holds no whole run, so
    # every item is kept (inner_numbering._counts_up)
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [("Strata Plan NW2050", {"centre": True, "bold": True}), ("Minutes of Council Meeting, April 30, 2014",
                                                                     {"centre": True, "bold": True})]
    for k, (title, x) in enumerate([("CALL TO ORDER", 60), ("ADOPTION OF MINUTES", 60), ("REPORTS", 60),
                                    ("NEW BUSINESS", 80), ("OLD BUSINESS", 60), ("ADJOURNMENT", 60)], 1):
        page.append((f"{k}. {title}", {"x": x, "gap": 8}))
        page.append(("The council discussed the matter and agreed the next steps for the building.", {"x": 110}))
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    out = extract_all(read_document(path, path.read_bytes()))
    assert [m["minute_number"] for m in out["minutes"]] == ["1", "2", "3", "4", "5", "6"]
