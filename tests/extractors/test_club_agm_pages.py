"""A club's annual general meeting kept as a web page, on two clubs written for these tests: the
page's generator metadata ("title:", "slug:", "tags:" with no value ...) is blanked; the body is
known by its letters with "AGM", not the year ("Minutes of WLUG AGM 2020 - 25 January 2021":
committee_names.body_name); "The AGM commenced at 7:49 pm." is the start; "X moved the Report
be accepted and Y seconded." keeps the wording alone; elections printed "- President: Name.
Nominated by A, seconded by B. Approved by acclamation." and "- Name. Nominated by ..." under
"Committee:" are votes on who was put up (motion_steps._decided_before)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

PAGE = """title: 2020 AGM
slug: 2020-agm
date: 2022-08-26 12:03:03 UTC+12:00
tags: 
category: 
type: text

# Minutes of {club} AGM 2020 - 25 January 2021

## Present:

  - {a}
  - {b}
  - {c}

## Meeting:

The AGM commenced at 7:49 pm.

## Treasurer's Report

{a_first} moved the Treasurer's Report be accepted and {b_first} seconded.
Unanimously agreed.

## Officers:

  - President: {a}. Nominated by {b_first}, seconded by {c_first}.
    Approved by acclamation.

## Committee:

  - {c}. Nominated by {a_first}, seconded by {b_first}. Approved by
    acclamation.
"""


@pytest.mark.parametrize("club,a,b,c", [
    ("WLUG", "Peter Reutemann", "Ian Stewart", "Rod Aldridge"),
    ("HBRC", "Ana Lowe", "Ben Marsh", "Cy Orr"),
])
def test_club_agm_page(club, a, b, c):
    first = {n: n.split()[0] for n in (a, b, c)}
    text = PAGE.format(club=club, a=a, b=b, c=c, a_first=first[a], b_first=first[b], c_first=first[c])
    out = extract_all(read_document("index.md", text.encode()))
    assert [(m["committee"], str(m["meeting_date"]), m["start_time"]) for m in out["meetings"]] == [
        (f"{club} AGM", "2021-01-25", "19:49")]
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]] == [
        ("the Treasurer's Report be accepted", first[a], first[b], "carried"),
        (f"{a} as President", first[b], first[c], "carried"),
        (c, first[a], first[b], "carried")]
