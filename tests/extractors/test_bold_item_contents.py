"""Unnumbered minutes whose headings are bold lines, and whose items hold bold lines too: "None"
under "Business Arising from Minutes", a figure ("Sinking Fund $2000.00"), a ruled form's header
row ("FEBRUARY______Description______INCOME"). What an item holds is not a heading
(extractors/unnumbered._NOT_A_TITLE). And tasks worded "X will get ..." are actions, while
"Volunteers will be needed ..." is not (the ``get`` trigger in patterns/actions_triggers.jsonl;
extractors/action_lines._FUTURE). Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all


def _minutes(tmp_path, club: str, date: str, people: list[str], contents: dict[str, list[tuple[str, bool]]]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(club, {"centre": True, "bold": True}), (f"MINUTES OF GENERAL MEETING {date}", {"centre": True, "bold": True}),
            (f"Present: {', '.join(people)}.", {"x": 72, "gap": 8})]
    for heading, lines in contents.items():
        page.append((heading, {"x": 72, "bold": True, "gap": 8}))
        page += [(text, {"x": 72, "bold": bold}) for text, bold in lines]
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("club,date,people,first,second", [
    ("THE HILLSIDE BOWLS CLUB INC", "9th MARCH 2019", ["Vera Collins", "Donald Price", "Ruth Amos"], "Donald", "Ruth"),
    ("RIVERSIDE TENNIS CLUB", "14th JUNE 2021", ["Harriet Lowe", "Samir Patel", "Joan Kerr"], "Samir", "Joan"),
])
def test_bold_contents_are_not_headings_and_will_get_is_a_task(tmp_path, club, date, people, first, second):
    contents = {
        "Approval of Minutes": [("Vera moved that the minutes be taken as read, seconded Ruth", False),
                                ("Motion Carried", True)],
        "Business Arising from Minutes": [("None", True)],
        "Treasurer's Report": [("Opening Balance $8878.04 Closing Balance $8997.14", True),
                               ("Sinking Fund $2000.00", True),
                               ("FEBRUARY______Description____________INCOME EXPENSES BALANCE", True),
                               ("2.2.2019 Groceries 3.90 8874.19", False),
                               ("The report was accepted by the members present.", False)],
        "General Business": [(f"{first} will get a quote for the new shed and report to the next meeting.", False),
                             ("Volunteers will be needed each day before 8am to clear the lawns.", False),
                             (f"{second} will get more information and some samples for the next meeting.", False)],
    }
    out = _minutes(tmp_path, club, date, people, contents)
    assert [m["title"] for m in out["minutes"]] == list(contents)
    owners = [a["owners"] for a in out["actions"]]
    full = {p.split()[0]: p for p in people}
    assert [full[first]] in owners and [full[second]] in owners
    assert not any("Volunteers will be needed" in a["text"] for a in out["actions"])
