"""A tally printed with "to" between the counts ("Motion carried 7 to 0", "passed by a vote of 5
to 2"), tested on two bodies written for these tests; a time range is no tally."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

PRAIRIE = """CITY OF PRAIRIE BEND
CITY COUNCIL MINUTES
January 13, 2026
III) CONSENT AGENDA
MOTION:
Mayor Ortega moved to approve Consent Agenda items 1 through 9.
{result}
IV) ADJOURNMENT
The meeting adjourned at 7:40 pm.
"""

SCHOOL = """Lakeview School District
Board of Education Minutes
February 9, 2026
1. Personnel
Director Amos moved to approve the hiring of two paraprofessionals, seconded by Director Briggs.
{result}
2. Adjournment
The meeting adjourned at 8:05 pm.
"""


@pytest.mark.parametrize("template,result,expected", [
    (PRAIRIE, "Motion carried 7 to 0", ("carried", 7, 0)),
    (PRAIRIE, "Motion failed 3 to 4", ("lost", 3, 4)),
    (SCHOOL, "The motion passed by a vote of 5 to 2.", ("carried", 5, 2)),
    (SCHOOL, "Motion carried, 8 to 9 pm session to follow.", ("carried", None, None)),
])
def test_a_tally_with_to_between_the_counts(template, result, expected):
    votes = extract_all(document_from_text(template.format(result=result)))["votes"]
    assert [(v["result"], v["votes_for"], v["votes_against"]) for v in votes] == [expected]
