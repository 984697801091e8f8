"""Minutes headed by a short title and a grid of fields, two bodies written for these tests.

The house style (student societies and clubs writing in an online editor): a big title that
names the body only by its abbreviation and says what the paper is ("RSC EGM - Minutes"), bold
fields under it ("Location:", "Date:" often without the year, "Time:", "Attendees: Name (XY)
(Chair), ..."), a few characters of hidden text stamped in a tiny size above the title, items
numbered "1 Apologies" at the left margin in the body's own size and weight while every note
under them is indented and bulleted (some bold), the lead's initials at the right edge beside
each item, and tasks as "ACTION XY: ..." with their status on the line under them.
A lake association's minutes whose title block does not say "Minutes" are known by the
attendance under them ("Board Members Present:", "Directors present -").
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.headings import title_case
from extractors.meeting_dates import yearless_date
from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

FIELD = {"bold": True, "size": 12}
NOTE = {"size": 11, "x": 100}
BOLD_NOTE = {"bold": True, "size": 11.4, "x": 100}
SUB = {"bold": True, "size": 11.4, "x": 130}
STATUS = {"bold": True, "size": 11.4, "x": 160}


def _paper(path, stamps: list[str], title: str, fields: list[str], items: list[tuple]) -> None:
    """Write the paper as an online editor exports it: each item's lead (initials in the right
    column) drawn after the notes under the item, at the item's height, as a table cell is."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4

    def draw(text, x, y, size, bold=False):
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        pdf.drawString(x, y, text)

    for k, stamp in enumerate(stamps):  # hidden text, 2.5 points high, above the title
        draw(stamp, 80 + 70 * k, height - 60 - 12 * k, 2.5)
    draw(title, 110, height - 105, 24, bold=True)
    y = height - 160
    for text in fields:
        draw(text, 60, y, 12, bold=True)
        y -= 17
    for number, heading, lead, notes in items:
        y -= 10
        top = y
        draw(f"{number} {heading}", 50, y, 11)
        for text, style in notes:
            y -= 15
            draw(text, style["x"], y, style["size"], style.get("bold", False))
        draw(lead, 480, top, 11)
        y -= 15
    pdf.showPage()
    pdf.save()


ROWING = (["k7", "Xq2` r"], "RSC Committee Meeting - Minutes",
          ["Location: Boathouse Room 2", "Date: Tuesday 14th October", "Time: 19:00",
           "Attendees: Aisha Bello (AB) (Chair), George Hall (GH) (Minuting), Lena Schmidt (LS)"],
          [(1, "Apologies", "AB", [("\u25cf Oscar", NOTE)]),
           (2, "Boats", "GH", [("\u25cf Coxless four", BOLD_NOTE),
                               ("\u25cb ACTION GH: Pay the boatyard deposit for the coxless four repair", SUB),
                               ("\u25a0 Action carried forwards", STATUS),
                               ("\u25cb GH reports the quote came in under budget", NOTE)]),
           (3, "Safety", "LS", [("\u25cf Launch", BOLD_NOTE),
                                ("\u25cb ACTION LS: Check the launch fuel before the head race", SUB),
                                ("\u25a0 Action completed", STATUS)]),
           (4, "Socials", "All", [("\u25cf Christmas dinner", BOLD_NOTE),
                                  ("\u25cb ACTION AB/GH: Book the restaurant for the Christmas dinner", SUB)]),
           (5, "Any Other Business", "AB", [("\u25cf Nothing raised", NOTE)])])

DEBATING = (["s41"], "UDS EGM - Minutes",
            ["Location: Arts Building G12", "Date: Wednesday 4th March", "Time: 13:00",
             "Attendees: Priya Natarajan (PN) (Chairing), Colm Reilly (CR) (Minuting)"],
            [(1, "Apologies", "PN", [("\u25cf Edith", NOTE)]),
             (2, "Adoption of Previous Minutes", "PN", [("\u25cf Minutes adopted", NOTE)]),
             (3, "Treasurer's Report", "CR", [("\u25cf Balance healthy", BOLD_NOTE),
                                              ("\u25cb ACTION CR: Send the accounts to the union before the deadline", SUB),
                                              ("\u25a0 Action in progress", STATUS)]),
             (4, "Elections", "PN", [("\u25cf Two candidates stood for Treasurer", NOTE)]),
             (5, "Any Other Business", "All", [("\u25cf None", NOTE)])])


@pytest.mark.parametrize("name,folder,pages,committee,date,titles,actions", [
    ("rowing", "2025/10/14", ROWING, "RSC Committee", dt.date(2025, 10, 14),
     ["Apologies", "Boats", "Safety", "Socials", "Any Other Business"],
     [(["George Hall"], "Pay the boatyard deposit for the coxless four repair", "open"),
      (["Lena Schmidt"], "Check the launch fuel before the head race", "discharged"),
      (["Aisha Bello", "George Hall"], "Book the restaurant for the Christmas dinner", None)]),
    ("debating", "2026/03/04", DEBATING, "UDS EGM", dt.date(2026, 3, 4),
     ["Apologies", "Adoption of Previous Minutes", "Treasurer's Report", "Elections", "Any Other Business"],
     [(["Colm Reilly"], "Send the accounts to the union before the deadline", "open")]),
])
def test_minutes_headed_by_a_title_and_fields(tmp_path, name, folder, pages, committee, date, titles, actions):
    # The year is only in the path the paper was published under (".../2025/10/14/minutes.pdf").
    (tmp_path / folder).mkdir(parents=True)
    path = tmp_path / folder / "minutes.pdf"
    _paper(path, *pages)
    out = extract_all(read_document(path, path.read_bytes()))
    [meeting] = out["meetings"]
    # the stamped characters above the title are not part of the name; the abbreviation beside
    # "Minutes" is the name, as printed
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (committee, date, "minutes")
    # the items at the left margin, not the bold notes indented under them
    assert [m["title"] for m in out["minutes"]] == titles
    # "ACTION XY:" lines, owners resolved through "Name (XY)", the status from the line under;
    # the lead's initials beside an item's title are not a task
    assert [(a["owners"], a["text"], a["status"]) for a in out["actions"]] == actions


@pytest.mark.parametrize("title,attendance", [
    (["Lac Bleu and Grey Heron Lake Association", "Annual General Meeting", "July 12, 2025"],
     "Board Members Present: Ana Ortiz (President); Ben Lund; Carla Pike (Treasurer)"),
    (["Maple Ridge Ratepayers Society", "Annual General Meeting", "June 7, 2025"],
     "Directors present - Dana Quinn (Chair), Eli Hale, Farah Amari"),
])
def test_attendance_under_a_title_makes_it_minutes(tmp_path, title, attendance):
    rows = [(t, {"bold": True, "size": 12, "centre": True}) for t in title]
    rows += [(attendance, {"gap": 12}), "Regrets: Gus Barnes (Secretary)",
             ("1. Constitution of meeting", {"gap": 8}), "The President welcomed members.",
             ("2. Approval of the agenda", {"gap": 8}), "Move to accept the agenda.",
             ("3. Treasurer's Report", {"gap": 8}), "The accounts were presented.",
             ("4. Adjournment", {"gap": 8})]
    path = styled_pdf(tmp_path / "agm.pdf", [rows])
    out = extract_all(read_document(path, path.read_bytes()))
    [meeting] = out["meetings"]
    assert meeting["kind"] == "minutes"
    assert [m["minute_number"] for m in out["minutes"]] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("printed,path,expected", [
    ("Friday 23rd January", "site/assets/meetings/2026/01/23/minutes.pdf", dt.date(2026, 1, 23)),
    ("23 January", "club__2026-01-23-minutes.pdf", dt.date(2026, 1, 23)),
    ("Tuesday 14th October", "minutes/2025/oct.pdf", dt.date(2025, 10, 14)),  # the weekday fits 2025
    ("Wednesday 14th October", "minutes/2025/oct.pdf", None),  # it does not: no year is guessed
    ("14 October", "minutes/2025/oct.pdf", None),  # a year alone, no weekday to check it by
    ("Friday 23rd January", "minutes.pdf", None),
    ("23 January 2026", "x/2025/01/23/minutes.pdf", None),  # printed with its year: not this rule's
])
def test_a_date_printed_without_its_year_takes_it_from_the_path(printed, path, expected):
    assert yearless_date(printed, path)[0] == expected


@pytest.mark.parametrize("printed,expected", [
    ("CSS EGM", "CSS EGM"), ("THE PCC OF ST MARY", "The PCC of St Mary"),
    ("LOWER ASHWORTH PARISH COUNCIL", "Lower Ashworth Parish Council"), ("HOA BOARD", "HOA Board"),
])
def test_abbreviations_stay_in_capitals_when_a_name_is_title_cased(printed, expected):
    assert title_case(printed) == expected


@pytest.mark.parametrize("lines,decided", [
    (["Adoption of Previous Minutes", "\u25cf Minutes adopted", "Treasurer's Report", "\u25cf Balance healthy"],
     ["Minutes adopted"]),
    (["Adoption of October 2025 EGM Minutes", "\u25cf Unanimous adoption of previous minutes.",
      "Approval of the minutes of the last AGM", "\u25cf Deferred to the next meeting."],
     ["Unanimous adoption of previous minutes."]),
])
def test_the_adoption_of_minutes_noted_in_a_bullet_is_a_decision(lines, decided):
    from minutebook.document import document_from_text

    text = "UDS Committee Meeting - Minutes\nDate: 4 March 2026\nAttendees: Ann Lee (AL) (Chair), Tom Roe (TR)\n"
    out = extract_all(document_from_text(text + "\n".join(lines) + "\n"))
    # the bullet's note is the decision; a heading that names the business decides nothing
    assert [r["text"] for r in out["resolutions"]] == decided
