"""Title blocks whose date or name is printed in ways a first reading missed, each checked on two
bodies written for these tests:

- a body known by letters and a number over a month and year, the day in a "DATE:" field
  ("CB1 MONTHLY MEETING MINUTES" / "MARCH 2016" / "DATE: Tuesday, March 22, 2016";
  extractors/title_lines._lettered_body_title, committee_names._ACRONYM);
- a yearless date after "held on" ("Minutes of the meeting held on Monday 15 November"), the
  year from the file's name (extractors/meeting_dates.yearless_date);
- no date printed at all, the file named year first ("2025-01-29-Minutes.pdf"; titles._read_block
  with meeting_dates.year_first_name_dates), and no date taken from a name that reads three ways
  ("16-03-22.pdf");
- a sentence is no body's name ("Trustee Wessel made a motion to approve the Board ...";
  committee_names._SAID), and an officer's title over "FULL BOARD MEETING" is not part of it
  (committee_names._POST);
- a town and state printed over "REGULAR MEETING OF THE BOARD OF TRUSTEES" is the address, not
  the start of the body's name (committee_names.committee_from: only a name that opens its
  line is joined to the line above);
- a name broken after "&" at a title line's end begins on that line ("Special Board Meeting/Ad
  Hoc 2028 Olympic &" / "Paralympic Games Committee"; committee_names._wrapped_head);
- the meeting's web link under the name is no part of it (committee_names._runs_on).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.committee_names import body_name, committee_from
from extractors.pipeline import extract_all
from minutebook.document import document_from_text

_OPENED = ["Chairperson Ann Hughes called the meeting to order at 6:00pm.", "",
           "Public Session", "1) Sean Leary (Vote Better NY)", "Spoke about early voting.",
           "2) Approval of the minutes", "The minutes were approved."]


@pytest.mark.parametrize("title,month,field,expected", [
    ("CB1 MONTHLY MEETING MINUTES", "MARCH 2016", "DATE: Tuesday, March 22, 2016", ("CB1", dt.date(2016, 3, 22))),
    ("PC12 Meeting Minutes", "June 2019", "DATE: Monday, June 10, 2019", ("PC12", dt.date(2019, 6, 10))),
])
def test_a_lettered_body_over_a_month_and_a_date_field(title, month, field, expected):
    text = "\n".join([title, month, field, "TIME: 6:00 PM", "PLACE: Youth Centre, 120 Warren Street", *_OPENED])
    [meeting] = extract_all(document_from_text(text, source_path="minutes/16-03-22.pdf"))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (*expected, "minutes")


_PRESENT = ["Those present", "Janet Bunker, Parish of Ascension (Chair)", "Bob Dawson, Acre Field Residents' Association",
            "", "1. WELCOME AND INTRODUCTIONS", "The Chair welcomed everyone.", "2. MINUTES OF THE LAST MEETING",
            "The minutes were agreed."]


@pytest.mark.parametrize("title,held,path,expected", [
    ("Community Group Meeting", "Minutes of the meeting held on Monday 15 November at 5.30pm", "site/2021-11-15.pdf",
     ("Community Group", dt.date(2021, 11, 15))),
    ("Liaison Forum", "Minutes of the meeting held on Tuesday 6 September at 7pm", "docs/2022-09-06-minutes.pdf",
     ("Liaison Forum", dt.date(2022, 9, 6))),
])
def test_a_yearless_date_after_held_on_takes_the_year_of_the_files_name(title, held, path, expected):
    [meeting] = extract_all(document_from_text("\n".join([title, held, "Via MS Teams", *_PRESENT]),
                                               source_path=path))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"]) == expected


_ATTENDEES = ["1.0 ATTENDEES", "Present", "- Gordon Farrell", "- Carole Borthwick", "Regrets", "- Murray Thompson",
              "2.0 CALL TO ORDER", "The meeting was called to order at 7:02 pm.", "3.0 FINANCIAL REPORT",
              "The report was received."]


@pytest.mark.parametrize("body,kind,path,expected", [
    ("Strata Plan NW2050", "Strata Council Meeting Minutes", "minutes/2025-01-29-Minutes.pdf", dt.date(2025, 1, 29)),
    ("Harbour View Owners Corporation", "Committee Meeting Minutes", "2023_10_04_minutes.pdf", dt.date(2023, 10, 4)),
])
def test_an_undated_title_takes_the_date_its_file_prints_year_first(body, kind, path, expected):
    text = "\n".join([body, kind, *_ATTENDEES])
    [meeting] = extract_all(document_from_text(text, source_path=path))["meetings"]
    assert meeting["meeting_date"] == expected
    # a name that reads day-first, month-first or year-first dates nothing
    assert extract_all(document_from_text(text, source_path="minutes/16-03-22.pdf"))["meetings"] == []


@pytest.mark.parametrize("line", [
    "Trustee Wessel made a motion to approve the October 28, 2025 Board Meeting minutes,",
    "Councillors may recall that I chaired a well-attended Parish Forum on this",
    "MR. PHARES MOVED TO APPROVE THE DECEMBER 11, 2019, HISTORIC DISTRICT COMMISSION MEETING MINUTES",
])
def test_a_sentence_names_no_body(line):
    assert body_name(line) == (None, 0)


@pytest.mark.parametrize("lines,expected", [
    (["CHAIRPERSON", "FULL BOARD MEETING", "MINUTES"], "Board"),
    (["District Manager", "Full Board Meeting", "Minutes"], "Board"),
    (["Lincoln Square Special Service Area #21", "Commission Meeting Minutes"],
     "Lincoln Square Special Service Area #21 Commission"),
])
def test_an_officers_title_over_the_name_is_no_part_of_it(lines, expected):
    assert committee_from(lines).lower() == expected.lower()


@pytest.mark.parametrize("title,held,expected", [
    ("Steep Parish Council – Minutes of Meeting – 10.1.11", "Minutes of a Meeting held on 10th January 2011 at 7.30 p.m.",
     dt.date(2011, 1, 10)),
    ("Oakley Town Council – Minutes – 4.2.19", "Minutes of the Meeting held on Monday 4 February 2019 in the Hall",
     dt.date(2019, 2, 4)),
])
def test_a_numeric_title_date_the_first_page_spells_out_is_read_as_spelled(title, held, expected):
    # the paper's other numeric dates read month first ("by 12/20"), yet the words decide
    text = "\n".join([title, held, "Present: Cllrs. Ames, Baker and Cole", "1. Apologies", "None were received.",
                      "2. Finance", "The Clerk to pay the invoice by 12/20 as agreed."])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert meeting["meeting_date"] == expected


@pytest.mark.parametrize("title,stamp,path,expected", [
    ("RGHA ANNUAL BOARD MEETING", "3/7/23 7:00 PM", "minutes/annual_minutes_2023-03-07.pdf", dt.date(2023, 3, 7)),
    ("ELM GROVE BOARD MEETING", "5/9/22 6:30 PM", "board_2022-05-09.pdf", dt.date(2022, 5, 9)),
])
def test_an_ambiguous_title_date_takes_the_reading_its_file_prints_year_first(title, stamp, path, expected):
    text = "\n".join([title, "Meeting Minutes", stamp, "1. Call meeting to order", "a. Called to order by the President",
                      "2. Treasurer's report", "a. The report was accepted."])
    [meeting] = extract_all(document_from_text(text, source_path=path))["meetings"]
    assert meeting["meeting_date"] == expected


@pytest.mark.parametrize("name,expected", [
    ("ROCHESTER HILLS HOMEOWNER ASSOCIATION", "Rochester Hills Homeowner Association"),
    ("MAPLE COURT RESIDENTS ASSOCIATION", "Maple Court Residents Association"),
])
def test_meeting_minutes_and_a_date_under_the_name_are_not_the_body(name, expected):
    # (extractors/house_headings._looks_like_name: words of what the paper is name nobody)
    text = "\n".join([name, "Meeting Minutes March 26, 2015", "Present: See attached sign in sheet",
                      "I. Called to order: 7:29pm", "II. Reading of last meeting minutes", "Minutes approved."])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"]) == (expected, dt.date(2015, 3, 26))


@pytest.mark.parametrize("body,verb,expected", [
    ("DISTRICT COUNCIL 001", "will hold a closed meeting", "District Council 001"),
    ("POLICE DISTRICT COUNCIL 014", "will hold a public meeting", "Police District Council 014"),
])
def test_a_notices_verb_is_no_part_of_the_body(body, verb, expected):
    # (extractors/committee_names._runs_on)
    text = "\n".join(["NOTICE OF MEETING", "Notice is hereby given that the", body, verb, "Thursday, June 1, 2023",
                      "9:00 am", "2 N LaSalle, Mezzanine M07", "AGENDA", "1. Roll call", "2. Public comment"])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert (meeting["committee"], meeting["kind"]) == (expected, "agenda")


@pytest.mark.parametrize("paragraph", [
    ["Violation - 1 day suspension to be held in abeyance until August 31, 2024. Suspension to be served",
     "should the Licensee be found in violation of failure to notify police or cooperate with police before",
     "August 31.", "Correspondence from the Board.",
     "The Board requests a written security plan. The Board will schedule a hearing on March 26, 2024."],
    ["Warning - the licensee is to post the notice about bottle service by July 15, 2024. The notice",
     "is to be placed at the entrance so that it can be seen from the street by every patron entering.",
     "Letter from the Board.", "The Board asks for a floor plan. It will be reviewed on July 20, 2024."],
])
def test_sentences_set_in_bold_are_no_title_block(tmp_path, paragraph):
    # (extractors/titles._prose_in_capitals, _title_like): a decision's paragraph in bold
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [("City of Boston", {"centre": True}), ("Licensing Board", {"centre": True}),
            ("Voting Hearing Agenda", {"centre": True, "bold": True}), ("March 7, 2024", {"centre": True, "bold": True}),
            ("1. Bar One, LLC", {"x": 60, "gap": 10}), ("Location: 1 Main St., Boston", {"x": 60})]
    page += [(line, {"x": 60, "bold": True}) for line in paragraph]
    page += [("2. Bar Two, Inc.", {"x": 60, "gap": 10}), ("Location: 2 Main St., Boston", {"x": 60})]
    path = styled_pdf(tmp_path / "voting.pdf", [page])
    meetings = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert [(m["committee"], m["meeting_date"]) for m in meetings] == [("Licensing Board", dt.date(2024, 3, 7))]


@pytest.mark.parametrize("place, title, expected", [
    ("Norwich, Connecticut", "REGULAR MEETING OF THE BOARD OF TRUSTEES", "Board of Trustees"),
    ("Ashby, Kent", "Minutes of the Meeting of the Parish Council", "Parish Council"),
])
def test_a_town_over_the_title_is_no_part_of_the_body(tmp_path, place, title, expected):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [("Monday, December 18, 2023", {"centre": True, "bold": True}),
            ("5:00 p.m.", {"centre": True, "bold": True}), ("12 High Street", {"centre": True, "bold": True}),
            (place, {"centre": True, "bold": True}), (title, {"centre": True, "bold": True}),
            ("I. Call to Order", {"x": 80, "gap": 10}), ("II. Additions to Agenda", {"x": 80}),
            ("III. Consideration of Minutes", {"x": 80}), ("IV. Adjournment", {"x": 80})]
    path = styled_pdf(tmp_path / "agenda.pdf", [page])
    meetings = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert [(m["committee"], m["meeting_date"]) for m in meetings] == [(expected, dt.date(2023, 12, 18))]


@pytest.mark.parametrize("lines, expected", [
    (["Metro", "MINUTES", "Wednesday, October 23, 2024", "10:00 AM", "Special Board Meeting/Ad Hoc 2028 Olympic &",
      "Paralympic Games Committee"], "Ad Hoc 2028 Olympic & Paralympic Games Committee"),
    (["CITY OF DALTON", "Regular Meeting of the Planning &", "Zoning Commission", "May 6, 2025"],
     "Planning & Zoning Commission"),
])
def test_a_name_broken_after_an_ampersand_begins_on_the_line_above(lines, expected):
    assert committee_from(lines) == expected


@pytest.mark.parametrize("lines, expected", [
    (["Town of Harlow", "214 Grand Avenue", "Tuesday, April 28, 2026 6:30 PM", "Town Board Agenda",
      "https://us02web.zoom.us/j/84460278563"], "Town Board"),
    (["June 3, 2025 7:00 PM", "Planning Commission Agenda", "https://meet.google.com/abc-defg-hij"],
     "Planning Commission"),
])
def test_the_meetings_web_link_under_the_name_is_no_part_of_it(lines, expected):
    # (committee_names._runs_on: a link opens in lower case but runs no name on)
    assert committee_from(lines) == expected
