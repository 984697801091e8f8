"""Run-in label minutes of boards that list their staff by a label, name an item in quotes and
sign off under the last item, each on two bodies written for these tests:

- "Staff: A. Cole, B. Dean" is the attendance's list of officers, not an item of business
  (extractors/unnumbered._FIELD_LABELS);
- a label in quotes is an item's title ("“Library Spotlight”: ...";
  extractors/unnumbered._LABEL_HEAD);
- "Respectfully submitted," ends the business: the clerk's name under it is no item
  (extractors/unnumbered._SIGN_OFF);
- under "Reports:" standing alone, the reports set in a little ("Director: ...", "Finance:
  ...") are items, and a label broken after "and" is one (extractors/unnumbered._run_in_labels);
- "Atty." is an honorific: "seconded by Atty. Griffin" names Griffin (extractors/motion_words._TITLE).
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

LIBRARY = """BOARD OF TRUSTEES
MINUTES OF MARCH 11, 2024 REGULAR MEETING
Present: R. Abbott, S. Baird, T. Carver, U. Dunne
Staff: V. Ellis, W. Frost
Not Present: X. Gale
Call to Order: Ms. Abbott called the regular meeting of the Board of Trustees to order at 5:02 p.m.
“Library Spotlight”: The guest this month is the outreach librarian, who described the new
reading club for teenagers and the homework help sessions on Tuesday evenings.
Finance: Mr. Baird said the heating line is over budget because of the cold winter months.
Old Business: None.
Adjournment: With no further business, the meeting ended at 5:48 pm.
Respectfully submitted,
Helen Marsh Quinn
"""

ASSOCIATION = """RIVERSIDE TENANTS ASSOCIATION
MINUTES OF THE COMMITTEE MEETING HELD ON 4 JUNE 2025
Present: Ann Lowe (Chair), Bill Moss, Cara Nye
Staff: Dee Orr (housing officer)
Welcome: The Chair welcomed everyone and thanked the hall for the use of the room.
"Garden Watch": The volunteers reported that the new planters have been filled and watered.
Repairs: The lift on the east block is still out of order and a complaint will be made.
Any Other Business: None.
Minutes taken by
Peter Rowan Hale
"""


@pytest.mark.parametrize("text, titles", [
    (LIBRARY, ["Call to Order", "“Library Spotlight”", "Finance", "Old Business", "Adjournment"]),
    (ASSOCIATION, ["Welcome", '"Garden Watch"', "Repairs", "Any Other Business"]),
])
def test_staff_quoted_labels_and_the_sign_off(text, titles):
    out = extract_all(document_from_text(text))
    assert [m["title"] for m in out["minutes"]] == titles
    staff = [a["name"] for a in out["attendees"] if a["status"] == "in_attendance"]
    assert staff and all(" " in name for name in staff)


def _report_page(title: str, sub: list[tuple[str, str]]) -> list[tuple]:
    """A board's minutes: labels at the margin, the reports set in a little under "Reports:",
    text hanging at x=200; a label broken after "and" runs on into the next line's label."""
    page = [(title, {"centre": True, "bold": True, "size": 14}),
            ("MINUTES OF MAY 13, 2024 REGULAR MEETING", {"centre": True, "bold": True, "size": 14}),
            ("Present: R. Abbott, S. Baird, T. Carver, U. Dunne", {"x": 60}),
            ("Call to Order: Ms. Abbott called the meeting to order at 5:02 p.m.", {"x": 60}),
            ("Reports:", {"x": 60})]
    for label, text in sub:
        if label.endswith(" and"):
            page.append((label, {"x": 75}))
            continue
        page.append((f"{label}: {text}", {"x": 75}))
        page.append(("and the board asked questions about the figures in the report.", {"x": 200}))
    page += [("Old Business: None.", {"x": 60}), ("Adjournment: The meeting ended at 5:48 pm.", {"x": 60})]
    return page


@pytest.mark.parametrize("title, sub, titles", [
    ("BOARD OF TRUSTEES", [("Director", "Ms. Ellis said the budget request is due in June"),
                           ("Finance", "Mr. Baird said the heating line is over budget"),
                           ("Fundraising and", ""), ("Development", "Ms. Carver reported on the annual appeal")],
     ["Call to Order", "Reports", "Director", "Finance", "Fundraising and Development", "Old Business", "Adjournment"]),
    ("LIBRARY COMMISSION", [("Circulation", "Mr. Dunne presented the loan figures for April"),
                            ("Buildings", "Ms. Abbott said the roof repair is finished"),
                            ("Friends", "Ms. Baird reported on the book sale")],
     ["Call to Order", "Reports", "Circulation", "Buildings", "Friends", "Old Business", "Adjournment"]),
])
def test_reports_set_in_under_a_label_standing_alone_are_items(tmp_path, title, sub, titles):
    # (extractors/unnumbered._run_in_labels: under "Reports:" alone at the margin, labels set in
    # a little are its items; "Fundraising and" / "Development:" is one label)
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    path = styled_pdf(tmp_path / "minutes.pdf", [_report_page(title, sub)])
    out = extract_all(read_document(path, path.read_bytes()))
    assert [m["title"] for m in out["minutes"]] == titles


@pytest.mark.parametrize("sentence, seconder", [
    ("(Motion to accept made by Ms. Jukes, seconded by Atty. Griffin.)", "Griffin"),
    ("The report was received. (Motion to accept made by Mr. Hale, seconded by Atty. Marsh.)", "Marsh"),
])
def test_an_attorney_seconds_by_surname(sentence, seconder):
    # (extractors/motion_words._TITLE: "Atty." is an honorific, not the seconder's name)
    text = f"BOARD OF TRUSTEES\nMINUTES OF MAY 13, 2024 REGULAR MEETING\nFinance: The accounts were presented.\n{sentence}\n"
    votes = extract_all(document_from_text(text))["votes"]
    assert [v["seconder"] for v in votes] == [seconder]
