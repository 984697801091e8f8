"""US city council agendas as agenda systems print them (Granicus, Legistar, IQM2 styles),
each rule checked on two councils written for these tests:

- dotted sub-items ("4.1. WAIVE THE READING ...") under a bold section ("4. CONSENT
  CALENDAR:") that the section run left out (extractors/segments._extends);
- the item's fields under its title ("Recommended Action:", "Recommendation:") end the title
  (agenda_segments._ITEM_FIELD), and the lettered parts of those fields are no sub-items
  (agenda_segments._outside_fields);
- a bold title wrapping onto a line that opens with a bracket ("(NOISE) OF TITLE 8 ...") goes on;
  a bold title over plain or much smaller text ends (agenda_segments._bold_title_ends);
- a member listed with the post held in the title block ("Gino Borgioli - Council Member") is
  no body's name (committee_names._PERSON_WITH_POST);
- a label read after the title it stands beside ("Award a Contract ..." then "1.C 21-0194") is
  put back in front of it (readers.pdf_layout.attach_labels_read_late), "1.C" is a label
  (labels._SUFFIXED) and the file number is no part of the title (agenda_items._FILE_NUMBER);
- a short numbered list in the notice above the items ("1) Cable Channel 26,") does not lead the
  items' run (segments._top_run);
- an outline typeset as a two-column grid (label | text) is no table (readers.pdf.outline_in_a_grid).
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers.pdf import outline_in_a_grid


def _read(path):
    from minutebook.readers import read_document

    return extract_all(read_document(path, path.read_bytes()))


def _items(out) -> list[tuple[str, str]]:
    return [(a["item_number"], a["title"]) for a in out["agenda_items"]]


COUNCILS = [
    ("ALDER GROVE CITY COUNCIL", "WEDNESDAY, MARCH 3, 2021",
     ["RECOGNITION OF RETIRING LIBRARIAN", "PROCLAMATION - ARBOR DAY"],
     ["WAIVE THE READING OF ALL ORDINANCES", "APPROVAL OF MINUTES - FEBRUARY 17, 2021",
      "RELEASE OF BONDS FOR THE ORCHARD ROAD PROJECT"]),
    ("PINE HARBOR CITY COUNCIL", "TUESDAY, JUNE 8, 2021",
     ["CERTIFICATE OF RECOGNITION TO HARBOR RESCUE"],
     ["TREASURER'S STATEMENT - APRIL 2021", "SECOND AMENDMENT TO THE PARKING AGREEMENT"]),
]


@pytest.mark.parametrize("council,date,presentations,consent", COUNCILS)
def test_dotted_sub_items_under_bold_sections(tmp_path, council, date, presentations, consent):
    from tests.pdfgen import styled_pdf

    page = [("AGENDA", {"centre": True, "bold": True, "size": 20}),
            (council, {"centre": True}), (date, {"centre": True}), ("7:00 PM REGULAR MEETING", {"centre": True}),
            ("CALL TO ORDER", {"bold": True, "gap": 10}), ("ROLL CALL", {"bold": True}),
            ("1. SPECIAL PRESENTATIONS:", {"bold": True, "gap": 6})]
    page += [(f"1.{k}. {t}", {"x": 62}) for k, t in enumerate(presentations, 1)]
    page += [("2. CONSENT CALENDAR:", {"bold": True, "gap": 6}),
             ("All matters listed on the Consent Calendar will be acted upon by one vote.", {"x": 84})]
    for k, t in enumerate(consent, 1):
        page += [(f"2.{k}. {t}", {"x": 62}),
                 ("Recommended Action: Approve as submitted by the City Clerk.", {"x": 84}),
                 ("Staff Report", {"x": 84})]
    page += [("3. ADJOURNMENT", {"bold": True, "gap": 6})]
    out = _read(styled_pdf(tmp_path / "agenda.pdf", [page]))
    items = _items(out)
    assert items == ([("1", "SPECIAL PRESENTATIONS")] + [(f"1.{k}", t) for k, t in enumerate(presentations, 1)]
                     + [("2", "CONSENT CALENDAR")] + [(f"2.{k}", t) for k, t in enumerate(consent, 1)]
                     + [("3", "ADJOURNMENT")])


LEGISTAR = [
    ("City of Bayview", "Tuesday, January 26, 2021",
     [("1.A", "21-0109", ["Approve City Council Meeting Minutes of January 12,", "2021"]),
      ("1.B", "21-0171", ["Award a Contract to Delta Consulting Group for the Project", "Management of the Permitting System"]),
      ("1.C", "21-0194", ["Ratify the Mayor's Appointment to the Recycling", "Commission"])]),
    ("City of Cedar Falls", "Tuesday, February 2, 2021",
     [("1.A", "21-0201", ["Approve 2021 Board and Commission Work Plans"]),
      ("1.B", "21-0233", ["Adopt a Resolution Extending the Declaration of Local", "Emergency"])]),
]


@pytest.mark.parametrize("city,date,items", LEGISTAR)
def test_labels_read_after_the_title_beside_them(tmp_path, city, date, items):
    """The title sits a fraction of a point above its label, and is drawn first: PDFium reads it
    before the label. Each item's "Recommendation:" field is not part of its title."""
    from tests.pdfgen import styled_pdf

    page = [(city, {"centre": True, "bold": True, "size": 14}),
            ("Notice and Agenda", {"centre": True}), ("City Council", {"centre": True}),
            (f"{date} 7:00 PM Council Chambers", {"centre": True}),
            ("CONSENT CALENDAR", {"bold": True, "gap": 10})]
    top = 220
    for label, file_number, title in items:
        page += [(title[0], {"x": 180, "top": top})]
        page += [(t, {"x": 180}) for t in title[1:]]
        page += [(f"{label} {file_number}", {"x": 55, "top": top + 0.4, "bold": True}),
                 ("Recommendation: Approve the item as set out in the report.", {"x": 70, "top": top + 14 * len(title)})]
        top += 14 * len(title) + 30
    out = _read(styled_pdf(tmp_path / "agenda.pdf", [page]))
    assert _items(out) == [(label, " ".join(title)) for label, _, title in items]


@pytest.mark.parametrize("city,parts", [
    ("CITY OF MAPLE RIDGE", ["(a) Adopt a resolution authorizing the City Manager to execute the agreement; and",
                             "(b) Approve up to $30,000 annually as the City's share of the costs."]),
    ("CITY OF OAK VALLEY", ["(1) Increase the Trail appropriation by $1,500,000; and",
                            "(2) Decrease the Trail reserve by $1,500,000."]),
])
def test_parts_of_a_recommendation_are_no_sub_items(tmp_path, city, parts):
    from tests.pdfgen import styled_pdf

    page = [(city, {"centre": True, "bold": True, "size": 14}), ("CITY COUNCIL AGENDA", {"centre": True}),
            ("Tuesday, January 5, 2021 1:30 p.m.", {"centre": True}),
            ("How to observe the Meeting:", {"bold": True, "gap": 10}),
            ("1) Cable Channel 26,", {"x": 73}), ("2) Online at the city's website", {"x": 73}),
            ("1. CEREMONIAL ITEMS", {"bold": True, "size": 16, "gap": 10}),
            ("Oaths of Office for Newly Elected Councilmembers.", {"x": 73}),
            ("2. CONSENT CALENDAR", {"bold": True, "size": 16, "gap": 6}),
            ("Notice to the public: Consent Calendar items are adopted by one motion.", {"x": 73, "bold": True, "size": 9}),
            ("2.1 Approval of City Council Minutes.", {"bold": True, "size": 12}),
            ("2.2 Resolution to Join the Cities Gaming Authority.", {"bold": True, "size": 12}),
            ("Recommendation:", {"x": 55})]
    page += [(p, {"x": 168}) for p in parts]
    page += [("3. STRATEGIC SUPPORT", {"bold": True, "size": 16, "gap": 6}),
             ("3.1 Labor Negotiations Update.", {"bold": True, "size": 12})]
    out = _read(styled_pdf(tmp_path / "agenda.pdf", [page]))
    assert _items(out) == [("1", "CEREMONIAL ITEMS"), ("2", "CONSENT CALENDAR"),
                           ("2.1", "Approval of City Council Minutes"),
                           ("2.2", "Resolution to Join the Cities Gaming Authority"),
                           ("3", "STRATEGIC SUPPORT"), ("3.1", "Labor Negotiations Update")]


@pytest.mark.parametrize("title", [
    ["1. ADOPT ORDINANCE 2319 AMENDING SECTION 8.28.040 OF CHAPTER 8.28", "(NOISE) OF TITLE 8 (HEALTH AND SAFETY)"],
    ["1. APPROVE AGREEMENT WITH THE COUNTY FOR SERVICES", "(PHASE 2) AND FUNDING"],
])
def test_a_bold_title_wraps_onto_a_bracket(tmp_path, title):
    from tests.pdfgen import styled_pdf

    page = [("Regular Meeting Agenda", {"centre": True, "bold": True, "size": 14}),
            ("City Council", {"centre": True}), ("Wednesday, January 20, 2021 7:00 p.m.", {"centre": True}),
            ("CONSENT CALENDAR", {"bold": True, "gap": 10}),
            (title[0], {"bold": True, "x": 72}), (title[1], {"bold": True, "x": 90}),
            ("Recommendation:", {"x": 90}), ("Waive the reading and adopt the ordinance.", {"x": 90}),
            ("2. RECEIVE MONTHLY BUDGET UPDATE", {"bold": True, "x": 72}),
            ("Recommendation:", {"x": 90}), ("Receive the update.", {"x": 90})]
    out = _read(styled_pdf(tmp_path / "agenda.pdf", [page]))
    assert _items(out) == [("1", " ".join(title)[3:]), ("2", "RECEIVE MONTHLY BUDGET UPDATE")]


@pytest.mark.parametrize("rows,outline", [
    ([["4.1.", "WAIVE THE READING OF ALL ORDINANCES"], ["", "Recommended Action: Approve the reading by title."],
      ["4.2.", "APPROVAL OF MINUTES"]], True),
    ([["", "Draft Minutes - November 18, 2020"], ["B.", "ACCOUNTS PAYABLE"], ["", "Staff Report"]], True),
    ([["No", "Action"], ["1", "Clerk to write to the County"], ["2", "Chair to book the hall"]], False),
    ([["Payee", "Amount"], ["Acme Ltd", "£120.00"], ["Hall Trust", "£40.00"]], False),
    ([["1", "Clerk", "Write to the County"], ["2", "Chair", "Book the hall"]], False),
])
def test_an_outline_in_a_grid_is_no_table(rows, outline):
    assert outline_in_a_grid(rows) is outline


@pytest.mark.parametrize("wrapped", [
    ["Recommendation: (a) Regular Joint Meeting for the Rules and Open Government",
     "Committee and Committee of the Whole Meeting Minutes of", "September 23, 2020."],
    ["Recommendation: (a) Regular Meeting of the Neighborhood Services and",
     "Education Committee Meeting Minutes of October 8,", "2020."],
])
def test_a_paragraph_carried_on_at_the_top_of_a_page_is_no_title(tmp_path, wrapped):
    """A recommendation naming earlier minutes wraps onto the top lines of a page, in a text
    column that sits about the page's middle: those lines carry on the paragraph above them
    (titles._running_on) and head no meeting of their own."""
    from tests.pdfgen import styled_pdf

    first = [("City Council Agenda", {"centre": True, "bold": True, "size": 14}), ("CITY OF LAUREL BAY", {"centre": True}),
             ("Tuesday, January 5, 2021 1:30 p.m.", {"centre": True}),
             ("1. CONSENT CALENDAR", {"bold": True, "size": 14, "gap": 10}),
             ("1.1 Approval of Council Committee Minutes.", {"bold": True, "size": 12})]
    second = [("21-055 Approval of Council Committee Minutes.", {"x": 90, "bold": True, "size": 9}),
              (wrapped[0], {"x": 55, "size": 11})] + [(w, {"x": 168, "size": 11}) for w in wrapped[1:]] + [
              ("1.2 City Council Travel Reports.", {"bold": True, "size": 12, "gap": 8})]
    out = _read(styled_pdf(tmp_path / "agenda.pdf", [first, second]))
    assert [(m["kind"], m["meeting_date"].isoformat()) for m in out["meetings"]] == [("agenda", "2021-01-05")]
    assert [a["item_number"] for a in out["agenda_items"]] == ["1", "1.1", "1.2"]


@pytest.mark.parametrize("members", [
    ["Rich Constantine - Mayor", "John McKay - Mayor Pro Tem", "Gino Borgioli - Council Member"],
    ["Ada Lin – Mayor", "Omar Haddad – Vice Mayor", "Luis Ortega - Councilmember", "Sam Reed, Council Member"],
])
def test_members_with_their_posts_are_no_body(tmp_path, members):
    from tests.pdfgen import styled_pdf

    page = [("Regular Meeting Agenda", {"centre": True, "bold": True}), ("City Council", {"centre": True, "bold": True})]
    page += [(m, {"centre": True}) for m in members]
    page += [("Wednesday, January 20, 2021 7:00 p.m.", {"centre": True, "bold": True}),
             ("Virtual Meeting", {"centre": True, "bold": True}),
             ("CONSENT CALENDAR", {"bold": True, "gap": 10}),
             ("1. APPROVE THE DECEMBER 16, 2020 MEETING MINUTES", {"bold": True, "x": 72}),
             ("2. RECEIVE MONTHLY BUDGET UPDATE", {"bold": True, "x": 72})]
    out = _read(styled_pdf(tmp_path / "agenda.pdf", [page]))
    assert [(m["committee"], m["kind"]) for m in out["meetings"]] == [("City Council", "agenda")]
    assert [a["item_number"] for a in out["agenda_items"]] == ["1", "2"]


@pytest.mark.parametrize("orders", [
    [("A", "21-0085", "Slavery and Human Trafficking Prevention Month")],
    [("A", "21-0140", "Mary Avenue Overcrossing"), ("B", "21-0151", "African American History Month")],
])
def test_letters_before_a_file_number_are_labels(tmp_path, orders):
    """ "A 21-0085 Title": a special order lettered with no stop, its file number after the letter
    (labels._LETTER_FILED); a capital "A" opening a sentence stays text."""
    from tests.pdfgen import styled_pdf

    page = [("City of Westmere", {"centre": True, "bold": True, "size": 14}), ("Notice and Agenda", {"centre": True}),
            ("City Council", {"centre": True}), ("Tuesday, January 26, 2021 7:00 PM Council Chambers", {"centre": True}),
            ("SPECIAL ORDER OF THE DAY", {"bold": True, "gap": 10})]
    page += [(f"{letter} {number} {title}", {"x": 55}) for letter, number, title in orders]
    page += [("ORAL COMMUNICATIONS", {"bold": True, "gap": 10}),
             ("A member of the public may speak on any item.", {"x": 55}),
             ("CONSENT CALENDAR", {"bold": True, "gap": 10}),
             ("1.A 21-0109 Approve City Council Meeting Minutes", {"x": 55})]
    out = _read(styled_pdf(tmp_path / "agenda.pdf", [page]))
    # (the last part of the number is the label: the consent item may be filed under the last letter)
    assert [(n.rsplit(".", 1)[-1], t) for n, t in _items(out)] == [(letter, title) for letter, _, title in orders] + [
        ("A", "Approve City Council Meeting Minutes")]
