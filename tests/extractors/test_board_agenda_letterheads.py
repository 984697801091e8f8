"""Board agendas whose letterhead lists the board's members after its name ("Board of Trustees:
Tom Breen Kent Child ...", read before the title block), and whose lettered sub-items sometimes
print the title against the bracket ("(m)Application for ..."). The members' line is no body's
name (extractors/committee_names._MEMBERS_LISTED) and "(m)Title" is item (m)
(extractors/labels._PAREN). Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all


def _agenda(tmp_path, members: str, district: str, date: str, subitems: list[str]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(members, {"x": 60, "size": 8}),
            ("100 College Way, Riverbend, CA 95000 www.example.edu", {"x": 60, "size": 8}),
            (district, {"centre": True, "bold": True, "gap": 12}),
            ("REGULAR MEETING, BOARD OF TRUSTEES", {"centre": True, "bold": True}),
            (date, {"centre": True}),
            ("AGENDA", {"centre": True, "bold": True, "gap": 8}),
            ("I. CALL TO ORDER 6:00 p.m.", {"x": 60, "gap": 8}),
            ("1. Roll Call", {"x": 80}),
            ("2. Pledge of Allegiance", {"x": 80}),
            ("II. ACTION ITEMS", {"x": 60, "gap": 8}),
            ("1. New Business", {"x": 80})]
    page += [(item, {"x": 100}) for item in subitems]
    page.append(("III. ADJOURNMENT", {"x": 60, "gap": 8}))
    path = styled_pdf(tmp_path / "agenda.pdf", [page])
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("members,district,date,subitems", [
    ("Board of Trustees: Tom Breen Kent Child Jonathan Brusco Mark Dover",
     "RIVERBEND JOINT COMMUNITY COLLEGE DISTRICT", "Tuesday, February 10, 2015",
     ["(a) Sabbatical Leave Requests", "(b) Faculty Contracts", "(c)Application for a Habitat Conservation Permit",
      "(d) Approval of Golf Course Management Agreement"]),
    ("Governing Board: Alice Moore Peter Grant Ruth Okafor Sam Hill",
     "LAKESIDE UNIFIED SCHOOL DISTRICT", "Wednesday, March 8, 2023",
     ["(a) Budget Adjustments", "(b)Ratification of Agreements", "(c) Personnel Actions"]),
])
def test_members_in_the_letterhead_and_items_against_the_bracket(tmp_path, members, district, date, subitems):
    out = _agenda(tmp_path, members, district, date, subitems)
    [meeting] = out["meetings"]
    assert meeting["kind"] == "agenda"
    assert meeting["committee"].lower().startswith(district.lower().split()[0])  # the title block's body
    assert members.split(":")[1].split()[0] not in meeting["committee"]
    numbers = [a["item_number"] for a in out["agenda_items"]]
    letters = "abcdefgh"[:len(subitems)]
    lettered = [(n.rsplit(".", 1)[-1], a["title"]) for n, a in zip(numbers, out["agenda_items"]) if n[-1] in letters]
    assert lettered == [(x, item.split(")", 1)[1].strip()) for x, item in zip(letters, subitems)]
