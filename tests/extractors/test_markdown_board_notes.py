"""A board's minutes kept as markdown notes, on two boards written for these tests: the title
does not say "minutes", but "This meeting was led by ..." and "Board members in attendance:"
say the meeting was held (paper_kinds); the members "in attendance" are present, those "also
in attendance" are not (attendee_items._group_status); an item's title is a markdown link
(minutebook.readers.text); "- Approved unanimously" under an item's title approves it
(decisions._approved_under_title); "- Full Name: Ask ..." under "Action items" is a task
(action_lists)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

NOTES = """---
---

# {body} monthly meeting, {date}

This meeting was led by {chair}

Board members in attendance:
- {chair}
- {member}

Also in attendance:
- {assistant} (Assistant to Treasurer)

## Ongoing business

### [{first_item}](https://forum.example.org/t/{slug}/42795)
- On hold

### {second_item}
- Approved unanimously
- {member} as Board liaison

## Action items
- {member}: Ask the steering group how they want to be involved
- {chair}: Check with the treasurer about the fiscal host
"""


@pytest.mark.parametrize("body,date,iso,chair,member,assistant,first_item,second_item", [
    ("PSF Trust Board", "November 13, 2025", "2025-11-13", "Ana Colas", "Jacob Kaplan-Moss", "Cate Holm",
     "CLA vs. DCO for contributors", "AI working group"),
    ("Open Maps Foundation Board", "March 4, 2024", "2024-03-04", "Ben Ito", "Rosa Lind", "Tim Ware",
     "Trademark renewal", "Joining Open Collective"),
])
def test_markdown_board_notes(body, date, iso, chair, member, assistant, first_item, second_item):
    text = NOTES.format(body=body, date=date, chair=chair, member=member, assistant=assistant, first_item=first_item,
                        slug=first_item.lower().replace(" ", "-"), second_item=second_item)
    out = extract_all(read_document("notes.md", text.encode()))
    assert [(m["committee"], str(m["meeting_date"]), m["kind"]) for m in out["meetings"]] == [(body, iso, "minutes")]
    assert {(a["name"], a["status"]) for a in out["attendees"]} == {
        (chair, "present"), (member, "present"), (assistant, "in_attendance")}
    titles = [m["title"] for m in out["minutes"]]
    assert first_item in titles and second_item in titles
    assert f"{second_item} – approved unanimously" in [r["text"] for r in out["resolutions"]]
    assert [(a["owners"], a["text"].split(": ", 1)[1]) for a in out["actions"]] == [
        ([member], "Ask the steering group how they want to be involved"),
        ([chair], "Check with the treasurer about the fiscal host")]
