"""Agendas exported by a meeting-management system (Legistar style), each on two bodies written
for these tests:

- a cover page that lists the committee's members between its name and "Agenda - Final" is one
  title block, longer than most (extractors/titles.title_blocks, ``_grow_block``);
- each item is a row whose cells the text layer reads late: the bold "SUBJECT: ..." and the
  recommendation first, then the label "33." with the file number "2017-0346" at the row's
  far end; the label goes back in front of its subject, and the file number and the field's
  label leave the title (minutebook/readers/pdf_layout.attach_labels_read_late,
  extractors/agenda_items._FILE_NUMBER).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

BOLD_C = {"centre": True, "bold": True}
PLAIN_C = {"centre": True}


def _cover(date: str, authority: str, committee: str, members: list[str]) -> list[tuple]:
    return ([(date, BOLD_C), ("10:30 AM", BOLD_C), (authority, PLAIN_C), ("One Civic Plaza", PLAIN_C),
             ("2nd Floor Board Room", PLAIN_C), ("Harbor City, CA", PLAIN_C), (committee, {**BOLD_C, "size": 16})]
            + [(m, BOLD_C) for m in members] + [("Agenda - Final", {**BOLD_C, "size": 16})])


def _items(items: list[tuple[str, str, str, str]], top: float) -> list[tuple]:
    """Each item as the system draws it: subject (bold), recommendation, then the label and file number on the subject's baseline."""
    out = []
    for label, file_no, subject, recommendation in items:
        out += [(f"SUBJECT: {subject}", {"x": 90, "bold": True, "top": top}),
                (recommendation, {"x": 90}),
                (label, {"x": 54, "top": top, "right": (480, file_no)})]
        top += 60
    return out


@pytest.mark.parametrize("date, authority, committee, members, items", [
    ("Thursday, June 12, 2025", "Harbor County Transit Authority", "Operations Committee",
     ["Ana Ruiz, Chair", "Ben Ode, Vice Chair", "Cal Fry", "Dee Moss", "Eve Lamb", "Finn Hart, non-voting member"],
     [("33.", "2025-0346", "STATE AND FEDERAL REPORT", "RECEIVE AND FILE the legislative report."),
      ("34.", "2025-0351", "BUS SHELTER CONTRACT", "AUTHORIZE the award of a three year contract."),
      ("35.", "2025-0360", "FARE CAPPING PILOT", "APPROVE a twelve month pilot of fare capping.")]),
    ("Wednesday, March 5, 2025", "Valley Water Agency", "Finance and Audit Committee",
     ["Gus Park, Chair", "Hal Ives, Vice Chair", "Ida Nunn", "Jo Kemp", "Kit Lowe", "Lou Marsh"],
     [("7.", "2025-0112", "QUARTERLY INVESTMENT REPORT", "RECEIVE AND FILE the investment report."),
      ("8.", "2025-0118", "AUDIT CONTRACT RENEWAL", "AUTHORIZE a one year renewal of the audit contract."),
      ("9.", "2025-0120", "RESERVE POLICY UPDATE", "ADOPT the updated reserve policy.")]),
])
def test_a_long_cover_page_and_labels_read_after_their_subjects(tmp_path, date, authority, committee, members, items):
    pages = [_cover(date, authority, committee, members), _items(items, 120)]
    path = styled_pdf(tmp_path / "agenda.pdf", pages)
    out = extract_all(read_document(path, path.read_bytes()))
    [meeting] = out["meetings"]
    assert (meeting["committee"], meeting["kind"]) == (committee, "agenda")
    assert meeting["meeting_date"] == dt.datetime.strptime(date, "%A, %B %d, %Y").date()
    assert [(a["item_number"], a["title"]) for a in out["agenda_items"]] == [
        (label.rstrip("."), subject) for label, _, subject, _ in items]
