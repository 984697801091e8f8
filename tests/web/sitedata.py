"""A small curated folder for the web tests: one text pack and one PDF of minutes, both
written for these tests (the PDF generated with reportlab), ingested by the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.pdfgen import styled_pdf

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_WORDS = "<script>window.__pwned = 1</script>"

# Minutes of a parish-style council, printed over two pages: a title block, attendance,
# numbered minutes with resolutions, a recorded vote and an action with a named owner.
MINUTES_PDF = [
    [
        ("LOWER ASHWORTH PARISH COUNCIL", {"bold": True, "size": 14, "centre": True}),
        ("Minutes of the meeting of the Parish Council held on Tuesday 14 March 2023", {"centre": True}),
        ("at 7.00 pm in the Village Hall", {"centre": True}),
        ("Present: Councillors Harriet Pole (Chair), Dev Marlow, Ann Quist and Tom Reeve", {"gap": 10}),
        ("Apologies: Councillor Sue Okafor"),
        ("In attendance: Jo Lindqvist (Clerk)"),
        ("23/101 Declarations of interest", {"bold": True, "gap": 10}),
        ("Councillor Reeve declared a non-pecuniary interest in item 23/104 as a member of the hall committee."),
        ("23/102 Minutes of the previous meeting", {"bold": True, "gap": 10}),
        ("RESOLVED that the minutes of the meeting held on 14 February 2023 be approved as a correct record."),
        ("23/103 Playground resurfacing", {"bold": True, "gap": 10}),
        ("The Clerk reported three quotations for resurfacing the playground under the swings."),
        ("It was proposed by Councillor Marlow and seconded by Councillor Quist that the lowest"),
        ("quotation be accepted. On being put to the vote the motion was carried."),
        ("RESOLVED that the quotation of Greenway Surfaces for the playground resurfacing be accepted."),
        ("ACTION: Jo Lindqvist to place the order for the playground resurfacing by 31 March 2023."),
    ],
    [
        ("23/104 Village hall lease", {"bold": True, "gap": 10}),
        ("Members discussed the renewal of the village hall lease and its break clause."),
        ("RESOLVED that the Clerk seek legal advice on the " + HOSTILE_WORDS + " clause of the hall lease."),
        ("ACTION: Harriet Pole to meet the hall committee about the lease renewal."),
        ("23/105 Date of next meeting", {"bold": True, "gap": 10}),
        ("RESOLVED that the next meeting be held on Tuesday 11 April 2023."),
        ("ACTION: Clerk to put up the notice of the next meeting."),
        ("The meeting closed at 8.40 pm."),
    ],
]


def build_sources(folder: Path) -> Path:
    """Given an empty folder, write the test papers into ``folder/raw`` and return it."""
    raw = folder / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "data" / "raw" / "housing-scrutiny-2021-03-09.txt", raw)
    styled_pdf(raw / "lower-ashworth-pc-2023-03-14.pdf", MINUTES_PDF)
    return raw
