"""US council minutes printed as a "final action" record, two bodies written for these tests.

The house style: each decision a block of labelled lines ("Motion: Motion to ...", "Motion by:",
"Seconded by:", "Action: Approved ...", "Vote: (Roll Call)", "Aye: ...", "Nay:"), an item's
title that itself names the motion ("(b) Motion to accept the audit") printed well above the
motion moved under it, a roll call naming each member's seat ("Mayor Ann Ortiz - District 3"),
the deputy by title ("Vice Mayor"), and an "Also present" paragraph of officers wrapped at the
line end.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


def _minutes(body: str, mayor: str, vice: str, members: list[str], officers: str, items: str) -> str:
    roll = f"Mayor {mayor} - District 3, Vice Mayor {vice} - District 1, " + ", ".join(
        f"Councilmember {m} - District {k}" for k, m in enumerate(members, start=4))
    return (f"{body} COUNCIL MEETING\nCouncil Chambers\nMarch 4, 2026 9:30 a.m.\n\n1. CALL TO ORDER\n\nROLL CALL\n"
            f"{roll}.\n\nAlso present\n{officers}\n\n{items}")


BLOCK = """Motion: Motion to {wording}.
Motion by: Councilmember {mover}
Seconded by: Councilmember {seconder}
Action: {action}
Vote: (Roll Call)
Aye: Councilmembers {ayes}
Nay: {nays}
Abstentions:
"""

PALMETTO = _minutes(
    "VILLAGE", "Ann Ortiz", "Joan Ribley", ["Larry Fields", "Rafa Lopez"],
    "Village Manager Steve Sarko, Village Attorney Rob Eschen, Community\nDevelopment Director Mary Gibb, and Village Clerk Carol Sacks.",
    "2. ACTION ITEMS\n(a) Motion to accept the auditor's report on the 2025 accounts for the\nVillage of Palmetto\n"
    "Staff Presentation/Comments\nSteve Sarko, Village Manager\nCouncil Questions or Comments\nCouncilmembers Fields and Lopez\n"
    "Public Comments\nNone\n"
    + BLOCK.format(wording="accept the auditor's report on the 2025 accounts for the Village of Palmetto", mover="Fields",
                   seconder="Lopez", action="Approved motion to accept the auditor's report on the 2025 accounts.",
                   ayes="Fields, Lopez, Vice Mayor Ribley, and Mayor Ortiz", nays="")
    + "\n3. FIRST READING\n"
    + BLOCK.format(wording="table the first reading until the documents are final", mover="Lopez", seconder="Fields",
                   action="Tabled the first reading.", ayes="Fields, Lopez and Vice Mayor Ribley", nays="Mayor Ortiz")
    + "\n4. ADJOURNMENT\n")

CEDAR = _minutes(
    "CITY", "Dana Quint", "Eli Harte", ["Farah Amiri", "Gus Barnet", "Hana Ito"],
    "City Manager Pat Kline, City Attorney Ray Moss, Public Works\nDirector Jo Finch, and City Clerk Lee Park.",
    "2. CONSENT AGENDA\n"
    + BLOCK.format(wording="approve the consent agenda", mover="Amiri", seconder="Barnet",
                   action="Approved consent agenda.", ayes="Amiri, Barnet, Ito, Vice Mayor Harte, and Mayor Quint", nays="")
    + "\n3. ACTION ITEMS\n(a) Motion to award the paving contract to Westside Asphalt for the\nnorth streets\n"
    "Staff Presentation/Comments\nJo Finch, Public Works Director\nPublic Comments\nTwo residents spoke.\n"
    + BLOCK.format(wording="award the paving contract to Westside Asphalt for the north streets", mover="Ito",
                   seconder="Amiri", action="Denied the award of the paving contract.",
                   ayes="Ito and Amiri", nays="Barnet, Vice Mayor Harte, and Mayor Quint")
    + "\n4. ADJOURNMENT\n")


@pytest.mark.parametrize("text,votes,present,vice,officers", [
    (PALMETTO,
     [("to accept the auditor's report on the 2025 accounts for the Village of Palmetto", "Fields", "Lopez", "carried"),
      ("to table the first reading until the documents are final", "Lopez", "Fields", "carried")],
     {"Ann Ortiz", "Joan Ribley", "Larry Fields", "Rafa Lopez"}, "Joan Ribley",
     {"Steve Sarko", "Rob Eschen", "Mary Gibb", "Carol Sacks"}),
    (CEDAR,
     [("to approve the consent agenda", "Amiri", "Barnet", "carried"),
      ("to award the paving contract to Westside Asphalt for the north streets", "Ito", "Amiri", "lost")],
     {"Dana Quint", "Eli Harte", "Farah Amiri", "Gus Barnet", "Hana Ito"}, "Eli Harte",
     {"Pat Kline", "Ray Moss", "Jo Finch", "Lee Park"}),
])
def test_final_action_minutes(text, votes, present, vice, officers):
    out = extract_all(document_from_text(text))
    # one vote per "Motion:" block, its result from the "Action:" line; the item's title that
    # names the motion is not a second motion, nor is "Action: Approved motion to ..."
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]] == votes
    # "Action: Approved ..." records a decision, not a task for anyone
    assert not [a for a in out["actions"] if a["text"].lower().startswith(("approved", "denied", "tabled"))]
    people = {a["name"]: a for a in out["attendees"]}
    assert {n for n, a in people.items() if a["status"] == "present"} == present  # "- District 3" is the seat
    assert (people[vice]["role"], people[vice]["honorific"]) == ("vice_chair", "Vice Mayor")
    # officers listed in a sentence wrapped at the line end ("Community" / "Development Director")
    assert {n for n, a in people.items() if a["status"] == "in_attendance"} == officers
