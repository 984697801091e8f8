"""A field label ("Present:", "Absent:") that the PDF draws after the names it heads, set as a
cell left of them and a little above their first line (Legistar's "Meeting Minutes"), is put
back in front of them (readers/pdf_layout.put_field_labels_first); the PDF's creation date is
read from its metadata (readers/pdf.creation_date). Checked on two bodies written for these
tests, each a PDF the test draws."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from minutebook.readers.pdf import creation_date
from tests.pdfgen import styled_pdf


def _roll_call_pdf(path: Path, title: str, committee: str, present: list[str], absent: list[str]) -> Path:
    # The names cells come first in the content stream, each label after its names and higher up.
    return styled_pdf(path, [[
        (title, {"bold": True, "size": 16, "centre": True}),
        (committee, {"bold": True, "size": 14, "centre": True}),
        ("Meeting Minutes", {"bold": True, "size": 14, "centre": True}),
        ("Tuesday, May 6, 2025 10:00 AM Council Chambers", {"centre": True}),
        ("Roll Call", {"size": 11, "x": 90, "top": 200}),
        (present[0], {"x": 200, "top": 232}), (present[1], {"x": 200}),
        ("Present:", {"bold": True, "x": 150, "top": 220}),
        (absent[0], {"x": 200, "top": 272}),
        ("Absent:", {"bold": True, "x": 153, "top": 260}),
        ("1. Approval of the Agenda", {"bold": True, "x": 90, "top": 310}),
        ("The agenda was approved as printed.", {"x": 90}),
    ]])


@pytest.mark.parametrize("title,committee,present,absent,expect_present,expect_absent", [
    ("The Harbor City Council", "Committee on Parks",
     ["Alvarez, Brandt, Chen, Dorsey,", "Ellison and Farrow"], ["Grady and Hume"],
     {"Alvarez", "Brandt", "Chen", "Dorsey", "Ellison", "Farrow"}, {"Grady", "Hume"}),
    ("Lakeside County Board", "Committee on Public Works",
     ["Ivers, Jansen, Kowalski,", "Lund and Moreau"], ["Nakamura"],
     {"Ivers", "Jansen", "Kowalski", "Lund", "Moreau"}, {"Nakamura"}),
])
def test_a_label_drawn_after_its_names_heads_them(tmp_path, title, committee, present, absent,
                                                  expect_present, expect_absent):
    path = _roll_call_pdf(tmp_path / "minutes.pdf", title, committee, present, absent)
    doc = read_document(path, path.read_bytes())
    lines = [ln.strip() for ln in doc.lines]
    assert lines.index("Present:") < lines.index(present[0]) < lines.index("Absent:") < lines.index(absent[0])
    people = extract_all(doc)["attendees"]
    assert {p["name"] for p in people if p["status"] == "present"} == expect_present
    assert {p["name"] for p in people if p["status"] == "absent"} == expect_absent


def test_a_label_beside_its_first_line_stays_where_it_is(tmp_path):
    # The ordinary case: the label comes first and shares its line with the first names.
    path = styled_pdf(tmp_path / "plain.pdf", [[
        ("Committee on Parks", {"bold": True, "size": 14, "centre": True}),
        ("Present:", {"bold": True, "x": 60, "right": (140, "Alvarez, Brandt")}),
        ("Absent:", {"bold": True, "x": 60, "right": (140, "Grady")}),
    ]])
    doc = read_document(path, path.read_bytes())
    assert [ln.split()[0] for ln in doc.lines[1:3]] == ["Present:", "Absent:"]


class _Meta:
    def __init__(self, created: str | None):
        self.created = created

    def get_metadata_dict(self) -> dict:
        return {"CreationDate": self.created} if self.created is not None else {}


@pytest.mark.parametrize("raw,expected", [
    ("D:20140224155053Z", "2014-02-24"),
    ("D:20231228093000+01'00'", "2023-12-28"),
    ("20190930", "2019-09-30"),
    ("D:20191345000000Z", None),  # month 13: not a date
    ("", None),
    (None, None),
])
def test_creation_date_reads_the_metadata(raw, expected):
    assert creation_date(_Meta(raw)) == expected


def test_a_read_pdf_carries_its_creation_date(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "made.pdf"
    pdf = canvas.Canvas(str(path), invariant=1)  # (reportlab's fixed date: 1 January 2000)
    pdf.drawString(60, 700, "Parish Council minutes")
    pdf.save()
    assert read_document(path, path.read_bytes()).created == "2000-01-01"


@pytest.mark.parametrize("label,names", [
    ("Present:", ["Quinn Lucas, Kevin Oakes, Nadia Willett,", "Lena French and Wes Rogers"]),
    ("Aye:", ["Lucas, Oakes, Willett,", "French and Rogers"]),
])
def test_a_label_on_the_row_of_its_first_names_drawn_after_them_heads_them(tmp_path, label, names):
    path = styled_pdf(tmp_path / "row.pdf", [[
        ("Special Session of the Council", {"x": 54, "top": 200}),
        (names[0], {"x": 126, "top": 220}),
        (names[1], {"x": 126, "top": 234}),
        (label, {"bold": True, "x": 54, "top": 220.4}),  # (drawn after all the names, as Legistar does)
        ("1. Personnel Matters", {"x": 54, "top": 260}),
    ]])
    lines = [ln.strip() for ln in read_document(path, path.read_bytes()).lines]
    assert lines[1:4] == [label, names[0], names[1]]
