"""Actions extractor: action-log rows and narrative undertakings, on written fixtures and seeds."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from extractors.actions import extract_actions
from extractors.tables import extract_tables
from minutebook.document import Document, document_from_text
from minutebook.readers import read_document
from tests.conftest import FIXTURES, REAL, ROOT, SEEDS, needs_shared

KEYS = ("owners", "text", "status", "due_date", "source", "ref", "line_start", "line_end")
FIXTURE_NAMES = ["lscb_action_log", "narrative_minutes", "kent_action_points"]


def _read(path: Path) -> Document:
    return read_document(path, path.read_bytes())


def _plain(action: dict) -> dict:
    row = {k: action[k] for k in KEYS}
    row["due_date"] = row["due_date"].isoformat() if row["due_date"] else None
    return row


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_actions_match_expected_json(name):
    path = FIXTURES / "actions" / f"{name}.txt"
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert [_plain(a) for a in extract_actions(_read(path))] == expected


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_actions_same_with_precomputed_tables(name):
    doc = _read(FIXTURES / "actions" / f"{name}.txt")
    assert extract_actions(doc, tables=extract_tables(doc)) == extract_actions(doc)


@pytest.mark.parametrize(
    "sentence, owners, text",
    [
        ("Warren Carratt undertook to look at the figures and report back.", ["Warren Carratt"],
         "Warren Carratt undertook to look at the figures and report back"),
        ("Ian Walker, Head of Service, undertook to contact the providers.", ["Ian Walker"],
         "Ian Walker, Head of Service, undertook to contact the providers"),
        ("Councillor Abbott agreed to raise this with the Cabinet Member.", ["Abbott"],
         "Councillor Abbott agreed to raise this with the Cabinet Member"),
        ("Joyce Hart said that she asked Pete Horne to check the situation.", ["Pete Horne"],
         "Joyce Hart said that she asked Pete Horne to check the situation"),
        ("The Chair asked Phil Moran and Kevin Stone to do a sample of cases.", ["Phil Moran", "Kevin Stone"],
         "The Chair asked Phil Moran and Kevin Stone to do a sample of cases"),
        ("Tina Hollis queried the figures. All schools were reminded. She undertook to get that message out.",
         ["Tina Hollis"], "She undertook to get that message out"),
        ("Greta Hume was asked to circulate the revised plan by 14th May 2026.", ["Greta Hume"],
         "Greta Hume was asked to circulate the revised plan by 14th May 2026"),
        ("Carl Dunne would send the spreadsheet to Members.", ["Carl Dunne"],
         "Carl Dunne would send the spreadsheet to Members"),
    ],
)
def test_actions_narrative_owner_and_text(sentence, owners, text):
    """The text is the sentence (or clause) that states the task, so it reads on its own."""
    actions = extract_actions(document_from_text(sentence))
    assert [(a["owners"], a["text"], a["source"]) for a in actions] == [(owners, text, "narrative")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ashcombe Council agreed to host the event.",  # a body, not a person
        "The Needs Analysis will take an asset based approach.",
        "Members agreed to refer the decision to full Council.",
        "Colin Dyer had not agreed to extend the contract.",  # negated
        "Steve Ashley agreed to the proposal.",  # agreeing is not undertaking
        "Cabinet is asked to approve the plan.",
        "He undertook to report back.",  # a pronoun with no earlier person
        "Joyce Hart asked whether the plan was complete.",
    ],
)
def test_actions_narrative_conservative_no_action(sentence):
    assert extract_actions(document_from_text(sentence)) == []


def test_actions_pronoun_skips_person_of_other_gender():
    text = "Margaret Holloway presented the figures and Dennis Crane answered questions. He agreed to share the data."
    actions = extract_actions(document_from_text(text))
    assert [a["owners"] for a in actions] == [["Dennis Crane"]]


def test_actions_no_narrative_from_action_log_rows():
    doc = _read(FIXTURES / "actions" / "lscb_action_log.txt")
    assert {a["source"] for a in extract_actions(doc)} == {"action_log"}


@pytest.mark.parametrize("text", ["", "\n\n\t\n", "undertook to to to", "| | |\n|---|\n", "\x00" * 50])
def test_actions_odd_text_never_raises(text):
    assert extract_actions(document_from_text(text)) == []


# --- seeds and real papers (skipped without ../shared) ----------------------------------


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _gold_actions() -> list[tuple[str, dict]]:
    gold = []
    for path in sorted((ROOT / "tests" / "annotations" / "seeds").glob("*.json")):
        for action in json.loads(path.read_text(encoding="utf-8")).get("actions", []):
            gold.append((path.stem, action))
    return gold


def _matches(got: dict, want: dict) -> bool:
    """Given an extracted and a gold action, say whether they are the same action."""
    if got["source"] != want["source"] or sorted(got["owners"]) != sorted(want["owners"]):
        return False
    a, b = _norm(got["text"]), _norm(want["text"])
    return bool(a) and bool(b) and (a.startswith(b[:60]) or b.startswith(a[:60]))


@needs_shared
def test_actions_seeds_f1_at_least_0_9():
    gold = _gold_actions()
    if not gold:
        pytest.skip("no gold annotations for actions")
    got = []
    for stem in sorted({s for s, _ in gold} | {p.stem for p in SEEDS.glob("*.txt")}):
        got += [(stem, a) for a in extract_actions(_read(SEEDS / f"{stem}.txt"))]
    unmatched = list(gold)
    tp = 0
    for stem, action in got:
        for i, (gstem, want) in enumerate(unmatched):
            if gstem == stem and _matches(action, want):
                tp += 1
                del unmatched[i]
                break
    precision, recall = tp / max(1, len(got)), tp / max(1, len(gold))
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    assert f1 >= 0.9, (precision, recall, [w["text"][:60] for _, w in unmatched])


@needs_shared
def test_actions_seed_002_action_log_37_rows_17_discharged():
    doc = _read(SEEDS / "002_71859f5745ebed0e.txt")
    log = [a for a in extract_actions(doc) if a["source"] == "action_log"]
    assert [a["ref"] for a in log] == [str(n) for n in range(1, 38)]
    assert [a["status"] for a in log] == ["open"] * 20 + ["discharged"] * 17
    by_ref = {a["ref"]: a for a in log}
    assert by_ref["5"]["owners"] == ["Phil Morris", "Kevin Stevens"]
    assert by_ref["11"]["owners"] == ["Sue Wilson"]
    assert by_ref["25"]["line_end"] > by_ref["25"]["line_start"]  # continued after the page break


@needs_shared
def test_actions_kent_tmg_action_points_row():
    doc = _read(REAL / "lusavkaedu__council-assistant__Appendix_3_-_TMG_meeting_note_14_November_2024.pdf")
    actions = extract_actions(doc)
    assert [(a["owners"], a["status"], a["ref"], a["page"]) for a in actions] == [(["JG"], "discharged", "1", 2)]


@needs_shared
@pytest.mark.parametrize(
    "name",
    [
        "lusavkaedu__council-assistant__Printed_minutes_30th-Jan-2025_10.00_Cabinet.pdf",
        "lusavkaedu__council-assistant__Printed_minutes_13th-Mar-2025_10.00_County_Council.pdf",
    ],
)
def test_actions_kent_minutes_no_false_undertakings(name):
    # "Council is asked to ...", "Members agreed to refer ..." and "the Chair ... would send" name no person.
    assert extract_actions(_read(REAL / name)) == []


@needs_shared
def test_actions_kent_cpp_stated_intention_is_the_only_undertaking():
    # "Leemya McKeown thanked the team ... She mentioned her intention to report on ...": the
    # pronoun is the person of the sentence before; "Members agreed to refer ..." is nobody's.
    actions = extract_actions(_read(REAL / "lusavkaedu__council-assistant__CPP_Minutes_10.12.24.pdf"))
    assert [(a["owners"], a["text"][:30], a["page"]) for a in actions] == [
        (["Leemya McKeown"], "She mentioned her intention to", 2)
    ]


def test_actions_stated_intention_with_pronoun():
    text = (
        "4. Housing update\n"
        "Priya Osei thanked officers for the tenant survey. She mentioned her intention to bring "
        "the survey results to the next meeting.\n"
        "Members expressed their intention to visit the estate.\n"
    )
    actions = extract_actions(document_from_text(text))
    assert [(a["owners"], a["text"]) for a in actions] == [
        (["Priya Osei"], "She mentioned her intention to bring the survey results to the next meeting")
    ]


@pytest.mark.parametrize("sentence,post", [
    ("The Chair undertook to write to the Minister.", "Chair"),
    ("Residents asked about the bins and the Clerk agreed to chase the contractor.", "Clerk"),
    ("The Secretary would circulate the draft constitution.", "Secretary"),
])
def test_actions_owned_by_a_post_one_person_holds(sentence, post):
    # The minutes name the post, not the person: the owner is the post, as printed.
    [action] = extract_actions(document_from_text(sentence))
    assert action["owners"] == [post]
    assert action["text"].rstrip(".") in sentence


def test_actions_due_date_is_a_date():
    actions = extract_actions(document_from_text("Greta Hume undertook to circulate the plan by 06.03.2026."))
    assert actions[0]["due_date"] == dt.date(2026, 3, 6)


def test_actions_owner_beside_an_unnamed_role():
    text = (
        "5. Leader's report\n"
        "Mr Hale reported on the pressures on care providers, about which he and the Cabinet Member "
        "would write to the Minister. The Chair and the Vice-Chair would meet the providers.\n"
    )
    actions = extract_actions(document_from_text(text))
    # The Cabinet Member and the Chair are roles without a name: only Mr Hale owns an action.
    assert [(a["owners"], a["text"]) for a in actions] == [
        (["Hale"], "Mr Hale reported on the pressures on care providers, about which he and the Cabinet Member would "
                   "write to the Minister")]


def test_one_sentence_giving_two_people_tasks_is_one_action_with_both_owners():
    # Two rules read the sentence, one for each owner; two rows with one action_id would stop
    # the whole run's publish (the contract's key), so they are one action.
    from extractors.pipeline import extract_all

    text = ("5. Site visit\n"
            "Mr Pendock offered to take Councillors on a mini-bus tour around the site early one evening "
            "and the Clerk will arrange a date.\n")
    actions = extract_all(document_from_text(text))["actions"]
    ids = [a["action_id"] for a in actions]
    assert len(ids) == len(set(ids)) == 1
    assert set(actions[0]["owners"]) == {"Pendock", "Clerk"}


@pytest.mark.parametrize("text,expected", [
    # a parish council's house style: "ACTION" in capitals, no colon, after the topic on its line
    ("UPTON PARISH COUNCIL\nMINUTES OF THE MEETING HELD ON 4th March 2024\n"
     "17/24 Matters Arising\n"
     "\u25cf Salt delivery has not arrived in Upton. ACTION Clerk to chase.\n"
     "\u25cf Leaf clearing. ACTION tenders to be sought by Clerk.\n"
     "\u25cf Ownership of the Village Hall. No further action proposed.\n"
     "18/24 Footpaths\n"
     "ACTION Clerk to write to the County Council about the stile.\n",
     [(["Clerk"], "Salt delivery has not arrived in Upton. ACTION Clerk to chase."),
      (["Clerk"], "Leaf clearing. ACTION tenders to be sought by Clerk."),
      (["Clerk"], "Clerk to write to the County Council about the stile.")]),
    # a residents' association: the same capitals before initials and a post
    ("Elm Road Residents Association\nMinutes of the Committee Meeting held on 12 June 2025\n"
     "5. Events\n"
     "The summer fair raised £300. ACTION JB to bank the takings.\n"
     "6. Website\n"
     "ACTION Secretary to renew the domain name.\n"
     "Action taken on the hedges was discussed.\n",
     [(["JB"], "The summer fair raised £300. ACTION JB to bank the takings."),
      (["Secretary"], "Secretary to renew the domain name.")]),
])
def test_action_word_in_capitals_without_a_colon(text, expected):
    actions = extract_actions(document_from_text(text))
    assert [(a["owners"], a["text"]) for a in actions] == expected


@pytest.mark.parametrize("text,expected", [
    # a trust's minutes: "Action" in title case, owners by initials joined with a slash
    ("HOLME TOWN TRUST\nAPPROVED MINUTES 28 SEPTEMBER 2016\n"
     "6. Building\n"
     "Window frames are rotting. Action Clerk to contact a window specialist. Action PH/PE to then obtain a quote.\n"
     "Action PE to find out more information\n",
     [(["Clerk"], "Window frames are rotting. Action Clerk to contact a window specialist."),
      (["PH", "PE"], "PH/PE to then obtain a quote."),
      (["PE"], "PE to find out more information")]),
    # a parent association: the same form with a post and initials
    ("Brook Lane PTA\nMinutes of the Committee Meeting held on 5 May 2025\n"
     "3. Summer Fair\n"
     "Action Treasurer/JK to open a second float.\n"
     "Action taken last year was reviewed.\n",
     [(["Treasurer", "JK"], "Treasurer/JK to open a second float.")]),
])
def test_action_word_in_title_case_with_slashed_owners(text, expected):
    actions = extract_actions(document_from_text(text))
    assert [(a["owners"], a["text"]) for a in actions] == expected
