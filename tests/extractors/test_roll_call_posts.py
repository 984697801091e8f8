"""Under a roll call, an officer listed post first ("City Clerk, Dana Engstrom") attends, a
member ("Council Member - Tim Berry") is present (attendance_rows._staff_post_first); the one
member listed as the mayor ("Mayor - Ronnie Price") chairs where no one else is named
chair (attendee_items._chair_by_post). Checked on two bodies written for these tests."""

from __future__ import annotations

import re

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("title,members,staff", [
    ("The City of Elmdale, Kansas", ["Mayor - Rhonda Pryce", "Council Member - Tim Barry", "Council Member - Jo Ocampo"],
     ["City Administrator, Jenna McCall", "Police Chief, Buck Bauer", "Director of Human Resources, Cass Paige",
      "City Clerk, Dana Engel"]),
    ("Village of Oak Run", ["Mayor - Maria Lutz", "Trustee - Al Ferris", "Trustee - Kim Dow"],
     ["Village Manager, Rob Tate", "Finance Director, Lee Moss", "Deputy Chief/Fire Marshal, Mike Rowe"]),
])
def test_officers_listed_post_first_attend_and_the_presiding_post_chairs(title, members, staff):
    text = "\n".join([title, "City Council Minutes", "March 25, 2025 at 7:00 PM", "", "Present", *members,
                      "Absent - None", "", "1. Call to Order", "The meeting was called to order at 7:00 pm.", "",
                      "2. Roll Call", *staff, "", "3. Invocation", "A resident led the invocation."])
    people = extract_all(document_from_text(text))["attendees"]
    status = {p["name"]: p["status"] for p in people}
    assert [status.get(m.split(" - ")[1]) for m in members] == ["present"] * len(members)
    assert [status.get(s.split(", ")[1]) for s in staff] == ["in_attendance"] * len(staff)
    assert [p["name"] for p in people if p.get("role") == "chair"] == [members[0].split(" - ")[1]]


@pytest.mark.parametrize("rows,mayor", [
    (["Mickey Sandoval - Mayor", "Sierra Whitt - Ward 1", "Tony Gill - Ward 1"], "Mickey Sandoval"),
    (["Ruth Banner - Mayor", "Ole Lind - District 2", "Pia Moss - At Large"], "Ruth Banner"),
])
def test_a_name_then_dash_mayor_is_the_mayor_who_chairs(rows, mayor):
    text = "\n".join(["City Council Meeting Minutes", "August 25, 2025", "6:00 PM", "Governing Body Present:", *rows,
                      "", "A. ROLL CALL", "All members were present."])
    people = extract_all(document_from_text(text))["attendees"]
    assert sorted(p["name"] for p in people) == sorted(r.split(" - ")[0] for r in rows)
    assert [(p["name"], p.get("title")) for p in people if p.get("role") == "chair"] == [(mayor, "Mayor")]


@pytest.mark.parametrize("staff", [
    ["Paula Kramer - City Manager", "Kellie Heck - Admin. Coordinator CMO", "Mike Inch - I.T. Director",
     "Geoff Brown - Budg. & Purch. Specialist", "Kim Hughes -Budget & Purchasing Manager", "Jason Dewitt - City Engineer"],
    ["Ola Berg - Town Clerk", "Raj Mehta - Parks & Rec. Director", "Lena Holt -Asst. Treasurer"],
])
def test_staff_listed_name_dash_post_each_attend(staff):
    text = "\n".join(["City Council Meeting Minutes", "August 25, 2025", "6:00 PM", "Governing Body Present:",
                      "Mary Sand - Mayor", "Sierra Witt - Ward 1", "", "Staff Present:", *staff, "",
                      "A. ROLL CALL", "All members were present."])
    people = extract_all(document_from_text(text))["attendees"]
    attending = [(p["name"], p.get("title")) for p in people if p["status"] == "in_attendance"]
    assert attending == [tuple(x.strip() for x in re.split(r"\s+-\s*", s, maxsplit=1)) for s in staff]
