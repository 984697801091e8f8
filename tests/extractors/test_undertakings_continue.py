"""An undertaking to go on doing a thing ("Cllr. Martin will continue to chase this", "Andre
would continue to develop the site") is a task; staying in a post ("Kim Lee will continue to be
Acting City Manager") is not. Two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("council,person,task,post", [
    ("ASHBY PARISH COUNCIL", "Gail Martin", "chase the highways team about the drain", "Acting Clerk"),
    ("CEDAR FALLS CITY COUNCIL", "Andre Videla", "develop the city's new web site", "Acting City Manager"),
])
def test_will_continue_to(council, person, task, post):
    first = person.split()[0]
    text = "\n".join([council, "Minutes of the meeting held on 3 May 2021", f"Present: {person}, Kim Lee", "",
                      "1. Drainage", f"{first} will continue to {task}.", "",
                      "2. Staffing", f"Kim Lee will continue to be {post} until the post is filled."])
    actions = extract_all(document_from_text(text))["actions"]
    assert [(a["owners"], a["text"]) for a in actions] == [([person], f"{first} will continue to {task}")]
