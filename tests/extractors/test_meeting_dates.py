"""A title date the minutes show to be stale is replaced by the file name's date that fits.

Two village boards written for these tests, each with minutes whose title still prints an
earlier meeting's date while the minutes approve a later meeting's minutes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.meeting_dates import corrected_date, file_name_dates
from extractors.pipeline import extract_all
from minutebook.readers import read_document

ELMWOOD = """REGULAR MEETING OF THE BOARD OF TRUSTEES OF THE VILLAGE OF ELMWOOD, NY, held March 3, 2025
Present: Mayor Quinn, Trustee Hale, Trustee Ortiz, Village Clerk Barnes
1) Call to Order
2) Minutes
a) Motion made by Trustee Hale, seconded by Trustee Ortiz that the minutes of the 9/22/25 meeting be approved.
Ayes All
3) Adjournment
"""

ROSSFORD = """Rossford Township Board of Trustees
Minutes of the Regular Meeting held January 12, 2026
Present: Trustees Pike, Lund and Amari
1. Approval of minutes
The minutes of February 9, 2026 were approved as presented.
2. Roads
Trustee Lund reported on the salt order.
"""


@pytest.mark.parametrize("text,file_name,printed,fixed", [
    (ELMWOOD, "bd._mtg._10.06.25.txt", dt.date(2025, 3, 3), dt.date(2025, 10, 6)),
    (ROSSFORD, "2026-03-09 Minutes.txt", dt.date(2026, 1, 12), dt.date(2026, 3, 9)),
])
def test_a_stale_title_date_takes_the_file_names_date(tmp_path, text, file_name, printed, fixed):
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    [meeting] = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert meeting["meeting_date"] == fixed


@pytest.mark.parametrize("text", [ELMWOOD, ROSSFORD])
def test_without_a_fitting_file_name_the_printed_date_stays(tmp_path, text):
    path = tmp_path / "minutes.txt"  # no date in the name: nothing better than the printed date
    path.write_text(text, encoding="utf-8")
    [meeting] = extract_all(read_document(path, path.read_bytes()))["meetings"]
    assert meeting["meeting_date"] in (dt.date(2025, 3, 3), dt.date(2026, 1, 12))


def test_minutes_approving_earlier_minutes_keep_their_date():
    lines = ["The minutes of the 2/10/26 meeting were approved."]
    assert corrected_date(dt.date(2026, 3, 9), lines, 1, 1, "bd_mtg_04.13.26.pdf") == dt.date(2026, 3, 9)


def test_file_name_dates_read_both_ways_and_iso():
    assert set(file_name_dates("bd._mtg._11.10.25.pdf")) == {dt.date(2025, 11, 10), dt.date(2025, 10, 11)}
    assert file_name_dates("2025-11-10 minutes.pdf") == [dt.date(2025, 11, 10)]
    assert file_name_dates("minutes-20250213.pdf") == [dt.date(2025, 2, 13)]
    assert file_name_dates("agenda.pdf") == []
