"""Dates printed in figures: read day first, month first only where that is the one reading.

Two boards written for these tests whose titles print a month-first date with a two-figure
year ("1/14/04"), where dateparser alone had guessed a different date (2014-04-01).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.common import parse_date
from extractors.pipeline import extract_all
from minutebook.readers import read_document

KAIMANA = """Kaimana Youth Soccer Association
Board Meeting Minutes - 1/14/04
Present: Leilani Aka, Joel Park, Mina Ortega
The meeting was called to order at 7:30 p.m.
1. Treasurer's report
The balance stands at $4,210.
2. Adjournment
The meeting adjourned at 8:45 p.m.
"""

PINE_RIDGE = """PINE RIDGE LIBRARY BOARD
Regular Meeting 11/23/98
Present: Trustees Holm, Baird and Vega
1. Minutes
The minutes of the October meeting were approved as presented.
2. Director's report
Circulation rose by four per cent.
"""


@pytest.mark.parametrize("printed,date", [
    ("1/14/04", dt.date(2004, 1, 14)),      # month first: there is no 14th month
    ("11/23/98", dt.date(1998, 11, 23)),    # a two-figure year of 70 or more is last century's
    ("14/1/04", dt.date(2004, 1, 14)),      # day first where only that reads
    ("06.03.2014", dt.date(2014, 3, 6)),    # ambiguous: day first, as UK papers print it
    ("4-24-2018", dt.date(2018, 4, 24)),
])
def test_figures_read_as_the_one_date_they_can_be(printed, date):
    assert parse_date(printed) == date


@pytest.mark.parametrize("printed", ["13/13/20", "31/2/2020", "1/14/2004/5"])
def test_figures_that_are_no_date_give_none(printed):
    assert parse_date(printed) is None


@pytest.mark.parametrize("text,date", [(KAIMANA, dt.date(2004, 1, 14)), (PINE_RIDGE, dt.date(1998, 11, 23))])
def test_a_title_date_in_figures_gives_the_meetings_date(tmp_path, text, date):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    meetings = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert [m["meeting_date"] for m in meetings] == [date]
