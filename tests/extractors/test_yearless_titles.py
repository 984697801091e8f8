"""A title block that prints the meeting's day without its year ("September 23 – Room 901")
takes the year from the file's name when the name gives the year and month ("..._2019_09_..."),
and a meeting held "remote online" is still the commission's (extractors/meeting_dates.
first_yearless, committee_names._MEETING_KIND). Checked on two bodies written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

_BODY = ["MINUTES", "MEMBERS PRESENT: Ms. Ada Crane (Chairperson)", "Mr. Ben Otis", "",
         "With a quorum present, Chairman Crane called the meeting to order at 1:35 pm.", "",
         "Application 1: 1800 Elm Street", "The application was approved."]


@pytest.mark.parametrize("title,when,path,expected", [
    ("HISTORIC DISTRICT COMMISSION", "September 23 – Room 901", "minutes/2019/hdc_2019_09_sep_special_minutes.pdf",
     ("Historic District Commission", dt.date(2019, 9, 23))),
    ("LANDMARKS PRESERVATION BOARD", "March 4 - Council Chamber", "lpb-2023-03-special.pdf",
     ("Landmarks Preservation Board", dt.date(2023, 3, 4))),
])
def test_a_yearless_title_date_takes_the_year_of_the_files_name(title, when, path, expected):
    [meeting] = extract_all(document_from_text("\n".join([title, when, *_BODY]), source_path=path))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"]) == expected


def test_a_yearless_date_whose_month_the_name_contradicts_stays_unread():
    # The name says September; the title says March: no year is guessed.
    text = "\n".join(["LANDMARKS PRESERVATION BOARD", "March 4 - Council Chamber", *_BODY])
    assert extract_all(document_from_text(text, source_path="lpb_2023_09_minutes.pdf"))["meetings"] == []


@pytest.mark.parametrize("title,body", [
    ("HISTORIC DISTRICT COMMISSION REMOTE ONLINE MEETING", "Historic District Commission"),
    ("Zoning Board of Appeals Virtual Meeting", "Zoning Board of Appeals"),
    ("HISTORIC DISTRICT COMMISSION HYBRID IN-PERSON/REMOTE ONLINE MEETING", "Historic District Commission"),
])
def test_a_remote_or_virtual_meeting_is_the_bodys(title, body):
    [meeting] = extract_all(document_from_text("\n".join([title, "June 30, 2021", *_BODY])))["meetings"]
    assert meeting["committee"] == body


@pytest.mark.parametrize("title,when,made,expected", [
    # a notice made a fortnight after the meeting it announced (2019-09-19 was a Thursday)
    ("HISTORIC DISTRICT COMMISSION", "Thursday, September 19 – Room 901", "2019-10-03",
     ("Historic District Commission", dt.date(2019, 9, 19))),
    # an agenda made in the December before a January meeting (2024-01-09 was a Tuesday)
    ("LANDMARKS PRESERVATION BOARD", "Tuesday 9th January - Council Chamber", "2023-12-28",
     ("Landmarks Preservation Board", dt.date(2024, 1, 9))),
])
def test_a_yearless_date_with_its_weekday_takes_the_year_the_pdf_was_made(title, when, made, expected):
    # No year in the path: the year around the PDF's creation date whose calendar has that weekday.
    doc = replace(document_from_text("\n".join([title, when, *_BODY]), source_path="minutes.pdf"), created=made)
    [meeting] = extract_all(doc)["meetings"]
    assert (meeting["committee"], meeting["meeting_date"]) == expected


def test_a_yearless_date_without_its_weekday_is_not_dated_by_the_pdf():
    # "September 19" alone fits every year: the making date does not choose one.
    text = "\n".join(["HISTORIC DISTRICT COMMISSION", "September 19 – Room 901", *_BODY])
    doc = replace(document_from_text(text, source_path="minutes.pdf"), created="2019-10-03")
    assert extract_all(doc)["meetings"] == []


def test_a_weekday_that_fits_none_of_the_years_around_the_making_date_leaves_it_undated():
    # 19 September was a Monday in 2016, a Tuesday in 2017 and a Wednesday in 2018: a Thursday fits none.
    text = "\n".join(["HISTORIC DISTRICT COMMISSION", "Thursday, September 19 – Room 901", *_BODY])
    doc = replace(document_from_text(text, source_path="minutes.pdf"), created="2017-10-03")
    assert extract_all(doc)["meetings"] == []
