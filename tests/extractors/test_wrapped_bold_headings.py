"""Unnumbered minutes whose headings are bold lines in mixed case, one of them long enough to
wrap ("Presentation by Councilmember X: A Five Point Plan to Power Up Montgomery" / "County's
Economy"): a wrapped bold heading is one heading, not a note (extractors/unnumbered.
_single_headings). Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all


def _minutes(tmp_path, title: str, headings: list[tuple[str, ...]]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(title, {"centre": True}),
            ("Ann Lee, president, opened the meeting at 7:30 p.m. Thirty members were present.", {"x": 72, "gap": 10})]
    for heading in headings:
        page.append((heading[0], {"x": 72, "bold": True, "gap": 12}))
        page += [(part, {"x": 72, "bold": True}) for part in heading[1:]]
        page += [("Members heard the presentation and asked questions about the cost and the timing of the", {"x": 72}),
                 ("work, and the speaker answered each of them in turn before the meeting went on.", {"x": 72})]
    page.append(("- a first point of the plan", {"x": 90, "gap": 6}))
    page.append(("- a second point of the plan", {"x": 90}))
    page.append(("- a third point of the plan", {"x": 90}))
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("title,headings", [
    ("Minutes of Oakfield Residents Association Meeting, February 24, 2020",
     [("Proposed Future Use for the Old School Building at Knowles Avenue: A Community Hub",),
      ("Presentation by Councilmember Hans Ruiz: A Five Point Plan to Power Up Montgomery", "County's Economy"),
      ("Association Business",)]),
    ("Minutes of the Brook Lane Allotment Society General Meeting, 3 March 2021",
     [("Water Supply",), ("Report from the Treasurer on the Accounts for the Year to 31 December and the", "Budget"),
      ("Plot Inspections",)]),
])
def test_a_wrapped_bold_heading_in_mixed_case_is_one_heading(tmp_path, title, headings):
    out = _minutes(tmp_path, title, headings)
    assert [m["title"] for m in out["minutes"]] == [" ".join(h) for h in headings]
