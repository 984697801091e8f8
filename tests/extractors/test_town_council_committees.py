"""English town council committees, two councils written for these tests.

* a committee's minutes under the council's name: "BRAMFORD TOWN COUNCIL" over "Planning
  Committee Meeting Minutes" is the committee's meeting, not the council's;
* decisions taken on a vote without motion words: "the Committee received, considered and
  agreed following the vote", "All agreed, following the vote, to approve ...";
* "Cllr X proposed, seconded by Cllr Y, to ..." and "... for the Clerk to ...", and "Proposed
  by Cllr X, seconded Cllr Y, to ..." whose result ("All agreed, following the vote.") comes
  after another sentence.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

BRAMFORD = """BRAMFORD TOWN COUNCIL
Planning Committee Meeting Minutes
2 June 2025
1. Minutes of the Last Meeting held on 12 May 2025
These minutes were received, considered, and approved following the vote.
2. Tree works
Cllr Hale proposed, seconded by Cllr Moss, to object to the felling of the oak at 4 Mill Lane. All agreed, following the vote.
3. Bus shelter
Cllr Moss proposed, seconded by Cllr Hale, for the Clerk to obtain three quotes for a new shelter. All agreed, following the vote.
"""

ORFORD = """ORFORD TOWN COUNCIL
Finance and Governance Committee Meeting Minutes
11 November 2024
1. Apologies
Apologies received from Cllr Dean, accepted following the vote.
2. Savings
Proposed by Cllr Lark, seconded Cllr Quince, to re-invest the deposit in a new 6-month account. The Clerk to confirm the rate at maturity. All agreed, following the vote.
3. Reserves
All agreed, following the vote, to approve the transfers before 31 March.
"""


@pytest.mark.parametrize("name,text,committee,votes", [
    ("bramford", BRAMFORD, "Planning Committee", [
        ("1", "carried"), ("2", "to object to the felling of the oak at 4 Mill Lane"),
        ("3", "for the Clerk to obtain three quotes for a new shelter")]),
    ("orford", ORFORD, "Finance and Governance Committee", [
        ("1", "carried"), ("2", "to re-invest the deposit in a new 6-month account"),
        ("3", "to approve the transfers before 31 March")]),
])
def test_committee_minutes_and_decisions_on_a_vote(tmp_path, name, text, committee, votes):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    out = extract_all(read_document(path, path.read_bytes()))
    [meeting] = out["meetings"]
    assert meeting["committee"] == committee
    got = {v["minute_number"]: v for v in out["votes"]}
    assert sorted(got) == ["1", "2", "3"]
    assert all(v["result"] == "carried" for v in got.values())
    for number, wording in votes[1:]:
        assert got[number]["motion"] == wording
    assert got["3"]["unanimous"] if name == "orford" else got["2"]["mover"] == "Hale"
