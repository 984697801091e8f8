"""Undertakings by members who go by their first names ("Tara will update the shared doc",
"Justin and Henry volunteered to ..."), as small boards, PTAs and clubs print them. Each rule
is checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


def _actions(text: str) -> list[tuple]:
    return [(a["owners"], a["text"]) for a in extract_all(document_from_text(text))["actions"]]


@pytest.mark.parametrize("board,attending,sentence,owners", [
    ("PTA Board", "Ann, Tara, Kim and Kelly in attendance",
     "Tara will update the shared google doc that everyone can open.", ["Tara"]),
    ("Booster Club Board", "Present: Rhiannon Pugh, Oskar Lind, Femi Ade",
     "Rhiannon and Oskar will circulate the volunteer rota before Friday.", ["Rhiannon Pugh", "Oskar Lind"]),
])
def test_members_named_by_first_name_own_what_they_undertake(board, attending, sentence, owners):
    text = f"{board} Meeting Minutes\nJuly 9, 2024\n{attending}\n\n1. Roles\nThe roles were discussed. {sentence}\n"
    found = _actions(text)
    assert [o for o, _ in found] == [owners]
    assert found[0][1] == sentence.rstrip(".")


@pytest.mark.parametrize("sentence", ["May will be the month of the fair.", "Programme will follow in the autumn."])
def test_a_month_or_a_common_word_before_will_owns_nothing(sentence):
    text = f"PTA Board Meeting Minutes\nJuly 9, 2024\nAnn, Tara and Kim in attendance\n\n1. Events\n{sentence}\n"
    assert _actions(text) == []


@pytest.mark.parametrize("league,label,names,owners", [
    ("ATLANTIC RUGBY LEAGUE", "b) Website Maintenance", "Justin and Henry", ["Justin", "Henry"]),
    ("PRAIRIE SOCCER ASSOCIATION", "c) Referee Training", "Grace", ["Grace"]),
])
def test_a_lettered_items_title_line_is_no_part_of_the_undertaking(tmp_path, league, label, names, owners):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    verb = "volunteered" if " and " in names else "offered"
    page = [(league, {"bold": True, "size": 13, "x": 200}), ("Annual General Meeting Minutes", {"bold": True, "x": 200}),
            ("May 5, 2012", {"bold": True, "x": 220}),
            ("13) Other Business", {"x": 54, "gap": 14}),
            (label, {"x": 72, "gap": 10}),
            (f"{names} {verb} to make a proposal by early June on what the league", {"x": 90, "gap": 10}),
            ("website should hold and what it would cost.", {"x": 90})]
    path = styled_pdf(tmp_path / "league.pdf", [page])
    found = extract_all(read_document(path, path.read_bytes()))["actions"]
    assert [a["owners"] for a in found] == [owners]
    assert found[0]["text"].startswith(f"{names} {verb} to make a proposal")


@pytest.mark.parametrize("parish,bullets", [
    ("STEEP PARISH COUNCIL", ["\uf0b7 Level Crossing – No work has started. Cllr. Drew will notify the Council of any movement;",
                              "\uf0b7 Sports Awards – there is still time to nominate someone for an award"]),
    ("SHEET PARISH COUNCIL", ["\u2022 Bus shelter – Cllr. Plant will ask the contractor for a second quote;",
                              "\u2022 Litter – the volunteers were thanked for clearing the lanes"]),
])
def test_an_undertaking_in_a_bullet_ends_with_its_bullet_and_keeps_its_honorific(tmp_path, parish, bullets):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(parish, {"bold": True, "x": 230}),
            ("Minutes of a Parish Council Meeting held on Monday, 7th November 2016", {"bold": True, "x": 72}),
            ("Present: Cllrs. Jim Drew, Jenny Plant, Simon Cook", {"x": 72, "gap": 10}),
            ("16/140 DISTRICT COUNCILLOR’S REPORT – The councillor reported on the following:", {"x": 35, "gap": 10}),
            *[(b, {"x": 98}) for b in bullets]]
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    [action] = extract_all(read_document(path, path.read_bytes()))["actions"]
    first = bullets[0]
    assert action["text"] == first[first.index("Cllr."):].rstrip(";")


@pytest.mark.parametrize("club,task,next_bullet", [
    ("Band Booster", "Mr. Miller will supervise students who stay after school to do homework",
     "o First football game 8/26"),
    ("PTO Board", "Mrs. Ortiz will book the gym for the spring fair", "o Book fair 4/14"),
])
def test_an_undertaking_with_a_common_task_verb_ends_at_the_next_o_bullet(tmp_path, club, task, next_bullet):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(f"{club} Meeting Minutes", {"bold": True, "centre": True}), ("August 11, 2016", {"centre": True}),
            ("Director’s Report", {"bold": True, "x": 58, "gap": 12}),
            (f"! {task}", {"x": 148}), (next_bullet, {"x": 148}), ("o Percussion festival 8/27", {"x": 148})]
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    assert [a["text"] for a in extract_all(read_document(path, path.read_bytes()))["actions"]] == [task]


@pytest.mark.parametrize("society,notes", [
    ("Postgraduate Physics Students' Society", ["Cate not here, Innes not here", "George apologies"]),
    ("Chemistry Graduate Society", ["Emails been sent out, all been organised.", "Pizza needs two days notice"]),
])
def test_a_meeting_paper_with_notes_of_what_happened_is_minutes(society, notes):
    body = f"Committee Meeting\n{society}\nDate: Tuesday 4 April, 2016\nTime: 2pm\n1. Attendance\n{notes[0]}\n2. Pool Competition\n{notes[1]}\n"
    [meeting] = extract_all(document_from_text(body))["meetings"]
    assert meeting["kind"] == "minutes"


def test_a_meeting_paper_of_items_to_take_is_an_agenda():
    body = ("Committee Meeting\nChemistry Graduate Society\nDate: Tuesday 4 April, 2016\nTime: 2pm\n"
            "1. Attendance\nTo receive apologies\n2. Pool Competition\nTo agree the budget\n")
    [meeting] = extract_all(document_from_text(body))["meetings"]
    assert meeting["kind"] == "agenda"


@pytest.mark.parametrize("head", ["Action List from Meeting 14-3-16", "Actions from the previous meeting"])
def test_an_action_list_carried_from_an_earlier_meeting(head):
    text = ("Riverside Rowing Club\nCommittee Meeting Minutes\n14.00, Tuesday 5th April, 2016\n\n"
            "1. Attendance\nDaniel, Braden and Cate were in attendance.\n\n"
            f"{head}\n1. Daniel - organise posters for the regatta Not time yet\n"
            "2. Braden - talk to the boathouse about storage Not done\n")
    out = extract_all(document_from_text(text))
    assert [a["owners"] for a in out["actions"] if a["source"] == "action_log"] == [["Daniel"], ["Braden"]]


@pytest.mark.parametrize("heading", ["Minutes of Previous Meeting", "Annual General Meeting"])
def test_a_meeting_named_in_a_heading_is_nobodys_pronoun(heading):
    text = (f"Riverside Rowing Club\nExecutive Meeting Minutes\nAugust 16, 2009\n\n1. {heading}\n"
            "The minutes were adopted. Bill expressed concern with the security figure and he will research it.\n")
    owners = [a["owners"] for a in extract_all(document_from_text(text))["actions"]]
    assert not any(o in (["Previous Meeting"], ["General Meeting"], ["Annual General Meeting"]) for o in owners)


def test_an_agenda_line_to_receive_apologies_is_no_note_of_what_happened():
    body = ("Committee Meeting\nChemistry Graduate Society\nDate: Tuesday 4 April, 2016\nTime: 2pm\n"
            "1. Attendance\nReceive apologies for absence\n2. Pool Competition\nAgree the budget\n")
    [meeting] = extract_all(document_from_text(body))["meetings"]
    assert meeting["kind"] == "agenda"
