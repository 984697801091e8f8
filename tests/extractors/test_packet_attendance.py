"""Attendance in the minutes of a board packet: the minutes are printed larger than the
statistics pages that make up most of the packet, so a wrapped attendance line looks bigger
than the document's body text; it is no heading while it is printed at the size of the list's
own label line (extractors/attendance_cues._bigger_than_cue). A label naming whose staff
attended ("LIBRARY STAFF:", "City Staff:") lists those in attendance. Checked on two bodies
written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

BIG, HANG = {"size": 13}, {"size": 13, "x": 150}


def _packet(title: str, present: list[str], staff_label: str, staff: list[str], absent: str) -> list[list[tuple]]:
    minutes = [(title, {"size": 14, "bold": True, "centre": True}), ("October 24, 2024", {"size": 14, "centre": True}),
               (f"PRESENT: {present[0]}", BIG), (present[1], HANG),
               (f"{staff_label}: {staff[0]}", BIG), (staff[1], HANG),
               (f"ABSENT: {absent}", BIG),
               ("1. Call to Order", {"size": 13, "bold": True, "gap": 8}),
               ("The President called the meeting to order at 6:00 p.m.", BIG),
               ("2. Approval of Minutes", {"size": 13, "bold": True}),
               ("The minutes of September 26, 2024 were approved as submitted.", BIG)]
    statistics = [("Monthly Statistics", {"size": 9, "bold": True})] + [
        (f"Branch {k}   visits {1000 + 37 * k}   loans {800 + 11 * k}   computer sessions {90 + k}", {"size": 8})
        for k in range(1, 45)]
    return [minutes, statistics, statistics]


@pytest.mark.parametrize("title,present,staff_label,staff,absent", [
    ("Harbourside Library Board Meeting Minutes",
     ["Ann Moreno, Brian Whitfield, Carla Osei, Dev Patel,", "Elena Ruiz, and Frank Obi"],
     "LIBRARY STAFF", ["Grace Lund, Hamid Shah, and", "Iris Novak"], "Jon Kerr"),
    ("Millbrook Parks Commission Minutes",
     ["Kate Dunn, Luis Ortega, Mara Quinn,", "Ned Foster"],
     "City Staff", ["Olga Petrov, Paul Reyes,", "Quentin Hale"], "Rosa Grant"),
])
def test_wrapped_lists_at_the_labels_size(tmp_path, title, present, staff_label, staff, absent):
    pdf = styled_pdf(tmp_path / "packet.pdf", _packet(title, present, staff_label, staff, absent))
    records = extract_all(read_document(pdf, pdf.read_bytes()))["attendees"]
    by_status = {}
    for r in records:
        by_status.setdefault(r["status"], []).append(r["name"])
    names = lambda parts: [n.strip() for n in ", ".join(parts).replace(", and", ",").replace(" and ", ", ").split(",") if n.strip()]
    assert by_status.get("present") == names(present)
    assert by_status.get("in_attendance") == names(staff)
    assert by_status.get("absent") == [absent]
