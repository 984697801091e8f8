"""Canadian council minutes: "Moved by: Councillor X" / "Seconded by: Councillor Y" / "Resolved
that ..." / "Carried", "Officials:" lists, declarations listed under their heading and
"declared a conflict", each on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

LAKEHEAD = """The Corporation of the City of Lakehead
Regular Meeting of City Council
Minutes
Monday, March 3, 2025
Council Chambers

Present: Mayor A. Bell, Councillor C. Dunn, Councillor E. Frost, Councillor G. Hale
Officials: J. King, L. Moss, N. Owen

1. Adoption of Minutes
Moved by: Councillor C. Dunn
Seconded by: Councillor E. Frost
Resolved that the Minutes of the Regular Council Meeting of 2025 02 10 be approved.
Carried
2. Declaration of Pecuniary Interest
2.1 Councillor G. Hale – Harbour Marina Lease
Spouse is a director of the marina.
3. Staff Reports
3.1 Sault Ste. Marie Region Conservation Authority Agreement
Moved by: Councillor E. Frost
Seconded by: Councillor C. Dunn
Resolved that the report of the City Solicitor concerning the agreement with the Sault Ste. Marie Region Conservation Authority be received and the agreement be approved.
Carried
3.2 Harbour Marina Lease
Councillor G. Hale declared a conflict on this item.
Moved by: Councillor C. Dunn
Seconded by: Councillor E. Frost
Resolved that the lease of the harbour marina be renewed for five years.
Defeated
"""

PINE = """The Corporation of the Town of Pine Ridge
Budget Meeting of Town Council
Minutes
Tuesday, February 11, 2025

Present: Mayor P. Quinn, Councillor R. Shaw, Councillor T. Upton
Officials: V. Wade, X. Young

1. Approve Agenda as Presented
Moved by: Councillor R. Shaw
Seconded by: Councillor T. Upton
That the Agenda for the February 11, 2025 Budget meeting as presented be approved.
Carried
2. Declaration of Pecuniary Interest
2.1 Councillor T. Upton – Fire Services Budget
3. Capital Budget
Moved by: Councillor R. Shaw
Seconded by: Councillor T. Upton
Resolved that the 2025 capital budget be approved as presented.
Carried
"""


def _extract(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("name, text, expected", [
    ("lakehead", LAKEHEAD, [
        ("Dunn", "Frost", "carried", "that the Minutes of the Regular Council Meeting of 2025 02 10 be approved."),
        ("Frost", "Dunn", "carried", "that the report of the City Solicitor concerning the agreement with the Sault Ste. "
                                     "Marie Region Conservation Authority be received and the agreement be approved."),
        ("Dunn", "Frost", "lost", "that the lease of the harbour marina be renewed for five years.")]),
    ("pine", PINE, [
        ("Shaw", "Upton", "carried", "That the Agenda for the February 11, 2025 Budget meeting as presented be approved."),
        ("Shaw", "Upton", "carried", "that the 2025 capital budget be approved as presented.")]),
])
def test_moved_by_seconded_by_with_colons_then_what_was_resolved(tmp_path, name, text, expected):
    votes = _extract(tmp_path, name, text)["votes"]
    assert [(v["mover"].split()[-1], v["seconder"].split()[-1], v["result"], v["motion"]) for v in votes] == expected


@pytest.mark.parametrize("name, text, officials", [
    ("lakehead", LAKEHEAD, ["J. King", "L. Moss", "N. Owen"]),
    ("pine", PINE, ["V. Wade", "X. Young"]),
])
def test_officials_are_in_attendance(tmp_path, name, text, officials):
    rows = _extract(tmp_path, name, text)["attendees"]
    assert [r["name"] for r in rows if r["status"] == "in_attendance"] == officials


@pytest.mark.parametrize("name, text, expected", [
    ("lakehead", LAKEHEAD, [("G. Hale", "Harbour Marina Lease")]),  # listed, then "declared a conflict": one row
    ("pine", PINE, [("T. Upton", "Fire Services Budget")]),
])
def test_declarations_listed_under_their_heading(tmp_path, name, text, expected):
    rows = _extract(tmp_path, name, text)["declarations"]
    assert [(r["name"], r["item"].split("; ")[0]) for r in rows] == expected


def test_declared_a_conflict_is_a_declaration():
    from extractors.declarations import extract_declarations
    from minutebook.document import document_from_text

    rows = extract_declarations(document_from_text(
        "Minutes\n\nCouncillor M. Shoemaker declared a conflict on this item. (A client of his law firm.)\n\n"
        "Trustee Ames declared a conflict of interest and left the room.\n"))
    assert [(r["name"], r["honorific"]) for r in rows] == [("M. Shoemaker", "Councillor"), ("Ames", "Trustee")]
