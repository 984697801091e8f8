"""Parent-teacher associations' minutes, two bodies written for these tests.

The house style: a title that does not say "Minutes" ("Oakridge Elementary PTA Meeting", a date
and time under it, then the officers with their posts), or one that calls the paper an agenda
with the minutes written into it ("PTO Board Fall Meeting Agenda"); numeric dates in the US order
("Mtg 7.9.24" for 9 July, "by 8/24"); bulleted notes; motions by first name ("Dana motioned to
approve; Eli seconded", "Farah 2nd.") and a result as a short line ("Dues increase approved.").
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.committee_names import committee_from
from extractors.meeting_dates import month_first_date
from extractors.pipeline import extract_all
from minutebook.document import document_from_text

OAKRIDGE = """Oakridge Elementary PTA Meeting
October 17, 2024, 6:30pm
Dana Quinn and Eli Hale, Co-Presidents
Farah Amari, Treasurer
Gus Barnes, Secretary
\u25cf Introductions
o Review of Last Meeting Minutes
\u25aa Dana motioned to approve the minutes; Eli seconded. Minutes approved.
\u25cf Treasurer
o Farah motioned to approve the fall budget. Gus 2nd. Budget approved.
\u25cf Fun Run
o Volunteers needed by 10/25.
"""

MAPLE = """Maple Grove PTO Board Meeting
March 4, 2025, 7:00pm
Ana Ortiz, President
Ben Lund, Vice President
\u25cf Welcome
\u25cf Membership
o Ben motioned to raise dues to $12; Ana seconded. Dues increase approved.
\u25cf Book Fair
o Ana motioned to approve $300 for the book fair. Ben 2nd. Book fair budget approved.
o Flyers go home by 3/20.
"""


@pytest.mark.parametrize("text,committee,date,votes", [
    (OAKRIDGE, "Oakridge Elementary PTA", dt.date(2024, 10, 17),
     [("to approve the minutes", "Dana", "Eli", "carried"), ("to approve the fall budget", "Farah", "Gus", "carried")]),
    (MAPLE, "Maple Grove PTO Board", dt.date(2025, 3, 4),
     [("to raise dues to $12", "Ben", "Ana", "carried"), ("to approve $300 for the book fair", "Ana", "Ben", "carried")]),
])
def test_a_title_without_minutes_over_motions_moved_and_seconded(text, committee, date, votes):
    out = extract_all(document_from_text(text))
    # "PTA"/"PTO" name a body; a motion moved and seconded under the title says the meeting was held
    [meeting] = out["meetings"]
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (committee, date, "minutes")
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]] == votes


@pytest.mark.parametrize("title,expected", [
    (["PTA Board Summer Meeting Agenda"], "PTA Board"),
    (["Riverside PTO Fall Meeting Minutes"], "Riverside PTO"),
    (["Fall River Council Meeting"], "Fall River Council"),  # a place, not the season
])
def test_a_season_names_the_meeting_not_the_body(title, expected):
    assert committee_from(title) == expected


@pytest.mark.parametrize("heading,lines,expected", [
    # "by 8/24", "12/20": the document writes month first, so "7.9.24" is 9 July
    (["Meeting Minutes - PTA Summer Board Mtg 7.9.24"], ["Budget to the committee by 8/24", "Gala on 12/20"],
     dt.date(2024, 7, 9)),
    (["PTO Board 3/5/25"], ["Flyers home by 3/20", "Book fair 4/14-4/18"], dt.date(2025, 3, 5)),
    # day first where the document writes "24/8" and "20/12", and where nothing says
    (["Committee meeting 7.9.24"], ["Reply by 24/8"], dt.date(2024, 9, 7)),
    (["Committee meeting 7.9.24"], ["No other dates"], dt.date(2024, 9, 7)),
])
def test_an_ambiguous_numeric_title_date_follows_the_documents_order(heading, lines, expected):
    read_day_first = dt.date(int("20" + heading[0][-2:]), int(heading[0].split()[-1].replace("/", ".").split(".")[1]),
                             int(heading[0].split()[-1].replace("/", ".").split(".")[0]))
    assert month_first_date(read_day_first, heading, heading + lines) == expected
