"""Parsing one printed person with spaCy rule patterns."""

from __future__ import annotations

import pytest

from extractors.people import parse_person


@pytest.mark.parametrize(
    "text, name, honorific, role",
    [
        ("Dr. David Clitheroe", "David Clitheroe", "Dr.", None),
        ("Mr R W Gough (Chairman)", "R W Gough", "Mr", "chair"),
        ("Mr R C Love, OBE", "R C Love", "Mr", None),
        ("Councillor Clark (in the Chair)", "Clark", "Councillor", "chair"),
        ("Paul Bartlett (Vice-Chair)", "Paul Bartlett", None, "vice_chair"),
        ("Tracey McErlain-Burns", "Tracey McErlain-Burns", None, None),
        ("Councillor M. Elliott", "M. Elliott", "Councillor", None),
        ("Mrs C Head", "C Head", "Mrs", None),
    ],
)
def test_people_parse_person(text, name, honorific, role):
    person = parse_person(text)
    assert (person.name, person.honorific, person.role) == (name, honorific, role)


@pytest.mark.parametrize("text", ["Cabinet Member for Integrated Children's Services", "the Chair", "All Members",
                                  "The British", "", "democratic services officer"])
def test_people_rejects_what_is_not_a_person(text):
    assert parse_person(text) is None


def test_people_carried_plural_honorific_only_for_bare_surnames():
    assert parse_person("Beaumont", default_honorific="Councillor").honorific == "Councillor"
    assert parse_person("Sara Graham", default_honorific="Councillor").honorific is None
