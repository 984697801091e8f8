"""Minutes published as web pages carry the site's front matter: its date is the day the page
was posted, not the meeting's. Two pages written for these tests (a Jekyll parish site and a
Hugo club site); the front matter is blanked, its lines kept so line numbers still match."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.meetings import extract_meetings
from minutebook.readers import read_document

PARISH = """---
title: "Little Brampton Parish Council Draft Minutes May"
date: "2025-06-20"
categories:
  - "parish-council"
---

DRAFT MINUTES OF THE LITTLE BRAMPTON PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL AT 7.30 pm ON TUESDAY 13 MAY 2025

PRESENT: Cllrs A Shaw (Chair), B Moss, C Patel. Clerk: D Rowe

31/25 Apologies None.
32/25 Minutes The minutes of the meeting held on 8 April 2025 were agreed and signed.
"""

CLUB = """---
layout: post
date: 2024-02-02 09:15:00
tags: [committee, minutes]
---
# Riverside Rowing Club Committee Meeting Minutes
Monday 15 January 2024, 8pm, the Clubhouse

Present: Jo Hart (Captain), Sam Vine (Treasurer), Ali Noor (Secretary)

1. Boat repairs
Sam to get two quotes for the coxless four.
"""


@pytest.mark.parametrize("text,name,date,first", [
    (PARISH, "parish.md", dt.date(2025, 5, 13), 8),
    (CLUB, "club.markdown", dt.date(2024, 1, 15), 6),
])
def test_the_meeting_date_is_the_papers_not_the_page_posting_date(tmp_path, text, name, date, first):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.read_bytes())
    assert len(doc.lines) == len(text.rstrip("\n").split("\n"))  # line numbers still match the file
    assert not any(doc.lines[: first - 2])  # the front matter is blank
    assert [m["meeting_date"] for m in extract_meetings(doc)] == [date]


def test_a_rule_at_the_top_of_a_pack_is_not_front_matter(tmp_path):
    path = tmp_path / "pack.md"
    path.write_text("---\nMinutes of the Finance Committee held on 3 March 2025\n---\n", encoding="utf-8")
    assert read_document(path, path.read_bytes()).lines[1] == "Minutes of the Finance Committee held on 3 March 2025"
