"""People linking across meetings: printed variants of one person become one person_id."""

from __future__ import annotations

import pytest

from minutebook.people import link_people, parse_name


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("Councillor V. Cusworth", ("Cusworth", "V")),
        ("Steve Ashley", ("Ashley", "S")),
        ("Mr R W Gough", ("Gough", "RW")),
        ("Cusworth", ("Cusworth", "")),
        ("Mr R C Love, OBE", ("Love", "RC")),
        ("Dr. David Clitheroe", ("Clitheroe", "D")),
        ("Tracey McErlain-Burns", ("McErlain-Burns", "T")),
        ("", None),
    ],
)
def test_people_parse_name(printed, expected):
    assert parse_name(printed) == expected


def test_people_variants_of_one_person_link():
    people, mapping = link_people(["Councillor Cusworth", "V. Cusworth", "Councillor V. Cusworth", "Cusworth"])
    assert len(people) == 1
    assert len(set(mapping.values())) == 1
    assert people[0].mentions == 4


def test_people_different_initials_stay_apart_and_bare_surname_is_not_guessed():
    people, mapping = link_people(["M. Elliott", "Elliott", "J. Elliott"])
    assert mapping["M. Elliott"] != mapping["J. Elliott"]
    assert mapping["Elliott"] not in {mapping["M. Elliott"], mapping["J. Elliott"]}
    assert len(people) == 3


def test_people_full_name_and_initial_link():
    _, mapping = link_people(["Steve Ashley", "S Ashley", "Ashley"])
    assert mapping["Steve Ashley"] == mapping["S Ashley"] == mapping["Ashley"]


def test_people_a_mr_and_a_mrs_with_fitting_initials_are_two_people():
    # One council seats "Mrs P T Cole" and "Mr P Cole": the initials fit, the honorifics do not.
    people, mapping = link_people([("P T Cole", "Mrs"), ("P Cole", "Mr"), ("P T Cole", "Mrs"), ("Cole", None)])
    assert mapping["P T Cole"] != mapping["P Cole"]
    assert sorted(p.sex for p in people if p.initials) == ["f", "m"]
    # Without honorifics the same names are one person, as before.
    _, plain = link_people(["P T Cole", "P Cole"])
    assert plain["P T Cole"] == plain["P Cole"]


def test_an_ambiguous_printing_repeated_is_one_person():
    """"S Ashley" fits both Steve and Sam Ashley, so it stands alone: as one person however
    often it is printed (the people table's key is person_id)."""
    people, mapping = link_people(["Steve Ashley", "Sam Ashley", "S Ashley", "S Ashley"])
    ids = [p.person_id for p in people]
    assert len(ids) == len(set(ids)) == 3
    assert mapping["S Ashley"] not in (mapping["Steve Ashley"], mapping["Sam Ashley"])


@pytest.mark.parametrize("names", [
    [("K Doyle", "Mr"), ("K Doyle", "Mrs")],                       # two people printed alike
    [("Kate Doyle", "Mrs"), ("Kate Doyle", "Mr")],
    [("K Doyle", "Mr"), ("K Doyle", "Mrs"), ("K Doyle", None)],    # and a third who fits neither alone
])
def test_people_printed_alike_get_distinct_ids(names):
    # (the people table's key: a repeat makes the store refuse the whole publish)
    people, mapping = link_people(names)
    ids = [p.person_id for p in people]
    assert len(people) >= 2 and len(set(ids)) == len(ids)
    assert set(mapping.values()) <= set(ids)
