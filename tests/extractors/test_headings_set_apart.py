"""Bold headings printed one under another with white space between them: written for these tests.

A city council's minutes print no numbers; each item is a bold line at the margin, a blank line
above the next. Some sections open with two or three headings in a row ("Consent Reports" /
"Finance Committee Second Consent Report" / "Balance of Finance Committee Consent Items"), and
a closed session lists the matters it considered as bold lines one under another. Each is a
heading of its own: a heading that wraps, or a paragraph set in bold, runs on at the usual line
pitch, with no white space between its lines.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

B = {"bold": True, "size": 12, "x": 50}
SPACED = {**B, "gap": 12}
TEXT = {"x": 50}


def _council(city: str, date: str, matters: list[str], committee: str, wrapped: tuple[str, str]):
    page = [(f"Minutes of {city} City Council", {"bold": True, "size": 15, "centre": True}),
            (f"Held in the Council Chambers on {date} at 5:30 p.m.", {"bold": True, "size": 13, "centre": True}),
            ("Present: Mayor Grant, Councillors Reid, Ames, Patel, Okafor and Lund", {**TEXT, "gap": 12}),
            ("Absent: Councillor Byrne", TEXT),
            ("Call to Order", SPACED), ("The Mayor called the meeting to order at 5:30 p.m.", TEXT),
            ("Closed Meeting", SPACED), ("The following matters were considered:", TEXT)]
    page += [(matter, SPACED) for matter in matters]
    page += [("Rise from Closed Meeting", SPACED), ("Council recessed until the open meeting resumed.", TEXT),
             ("Consent Reports", SPACED),
             (f"{committee} Second Consent Report", SPACED),
             (f"Balance of {committee} Consent Items", SPACED),
             ("Councillor Reid presented the balance of the committee's consent report to the meeting.", TEXT),
             ("Moved by Councillor Reid, seconded by Councillor Ames, that the report be adopted.", TEXT),
             ("CARRIED", {"x": 450}),
             # one heading wrapped over two lines at the usual pitch: one item, not two
             (wrapped[0], SPACED), (wrapped[1], B),
             ("The report was received for information by the members of the council present.", TEXT),
             ("Adjournment", SPACED), ("The meeting adjourned at 8:06 p.m.", TEXT)]
    return [page]


@pytest.mark.parametrize("name,pages,matters,committee,wrapped", [
    ("riverton", _council("Riverton", "Monday, March 31, 2014",
                          ["C.2014.14 Chief Administrative Officer Performance Appraisal",
                           "C.2014.15 Proposed or Pending Acquisition or Disposition of Land",
                           "C.2014.16 Litigation or Potential Litigation"],
                          "Corporate Administration, Finance & Enterprise Committee",
                          ("Report of the Accessibility Advisory Committee on the", "Town Hall Ramp")),
     ["C.2014.14 Chief Administrative Officer Performance Appraisal",
      "C.2014.15 Proposed or Pending Acquisition or Disposition of Land",
      "C.2014.16 Litigation or Potential Litigation"],
     "Corporate Administration, Finance & Enterprise Committee",
     "Report of the Accessibility Advisory Committee on the Town Hall Ramp"),
    ("lakeview", _council("Lakeview", "Monday, June 9, 2014",
                          ["CS-2014.3 Proposed Settlement of a Claim against the City of Lakeview",
                           "CS-2014.4 Labour Relations and Employee Negotiations with the Union"],
                          "Infrastructure, Development & Enterprise Committee",
                          ("Report of the Waterfront Working Group on the Harbour", "Trail Boardwalk")),
     ["CS-2014.3 Proposed Settlement of a Claim against the City of Lakeview",
      "CS-2014.4 Labour Relations and Employee Negotiations with the Union"],
     "Infrastructure, Development & Enterprise Committee",
     "Report of the Waterfront Working Group on the Harbour Trail Boardwalk"),
])
def test_headings_with_space_between_are_items_each(tmp_path, name, pages, matters, committee, wrapped):
    path = styled_pdf(tmp_path / f"{name}.pdf", pages)
    out = extract_all(read_document(path, path.read_bytes()))
    titles = [m["title"] for m in out["minutes"]]
    assert titles == ["Call to Order", "Closed Meeting", *matters, "Rise from Closed Meeting", "Consent Reports",
                      f"{committee} Second Consent Report", f"Balance of {committee} Consent Items",
                      wrapped, "Adjournment"]
    # the motion sits in the item it was moved under, not in the heading before it
    carried = [v for v in out["votes"] if v["result"] == "carried"]
    assert [v["minute_number"] for v in carried] == [str(titles.index(f"Balance of {committee} Consent Items") + 1)]
