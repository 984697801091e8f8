"""Generate a hostile-input corpus: everything a council website might serve (no binaries in git)."""

from __future__ import annotations

import random
from pathlib import Path

from tests.pdfgen import image_only_pdf, text_pdf

GOOD_MINUTES = """
**AUDIT AND GOVERNANCE COMMITTEE**
**Thursday, 3rd March, 2022**

Present:- Councillor Fairbairn (in the Chair); Councillors Lowther, Masood and Quayle.

**31. MINUTES OF THE PREVIOUS MEETING**

Resolved:- That the minutes of the previous meeting be approved as a correct record.

**32. INTERNAL AUDIT PROGRESS REPORT**

Resolved:- (1) That the progress report be noted.

(2) That the overdue recommendations be reported to the next meeting.
"""

HOSTILE_TITLES = """
**ROBERT'); DROP TABLE meetings;-- COMMITTEE**
**Tuesday, 8th February, 2022**

Present:- Councillor O'Brien (in the Chair); Councillors <script>alert(1)</script> and Smith.

**7. <SCRIPT>ALERT('X')</SCRIPT> REVIEW**

Resolved:- That the report '; DELETE FROM resolutions; -- be noted.

**8. NUL\x00BYTE ITEM**

Resolved:- That ${jndi:ldap://x} and {{7*7}} be stored as text.
"""


def write_hostile_corpus(folder: Path) -> dict[str, str]:
    """Given a folder, write the hostile files; return {file name: expected status}."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261122)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, status: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = status

    put("random-bytes.pdf", bytes(rng.getrandbits(8) for _ in range(5000)), "error")
    good_pdf = text_pdf(folder / "good.pdf", [["MINUTES of a meeting of the Cabinet held on Thursday, 3 March 2022.",
                                               "1. Apologies", "RESOLVED that the report be noted."]])
    expected["good.pdf"] = "ok"
    data = good_pdf.read_bytes()
    put("truncated.pdf", data[: len(data) // 2], "error")
    corrupt = bytearray(data)
    for i in range(200, len(corrupt) - 50, 7):
        corrupt[i] = rng.getrandbits(8)
    put("corrupt.pdf", bytes(corrupt[:300]) + b"\x00" * 100, "error")
    # (A zero-byte .pdf has the same bytes, hence the same doc_id, as zero.txt: one document.
    # The reader tests cover the empty PDF on its own.)
    put("zero.txt", b"", "error")
    put("whitespace.txt", b"  \n\t\r\n   \n", "error")
    put("error-page.pdf", b"<!DOCTYPE html>\n<html><head><title>503</title></head><body>Service Unavailable</body></html>", "error")
    text_pdf(folder / "encrypted.pdf", [["RESOLVED that this is secret."]], encrypt="hunter2")
    expected["encrypted.pdf"] = "error"
    image_only_pdf(folder / "scanned.pdf")
    expected["scanned.pdf"] = "needs_ocr"
    put("minutes-cp1252.txt", GOOD_MINUTES.replace("Fairbairn", "Fairbairn\u2019s").encode("cp1252"), "ok")
    put("minutes-latin1.txt", GOOD_MINUTES.replace("Quayle", "Qu\u00e9ayle").encode("latin-1"), "ok")
    put("minutes-utf16.txt", GOOD_MINUTES.replace("AUDIT", "STANDARDS").encode("utf-16"), "ok")
    put("junk.txt", bytes(rng.getrandbits(8) for _ in range(4000)), "error")
    (folder / "folder.pdf").mkdir()
    expected["folder.pdf"] = "error"
    put("huge-line.txt", b"Resolved:- That " + b"the report be noted and " * 400_000 + b"\n", "ok")
    put("hostile-titles.txt", HOSTILE_TITLES.encode("utf-8"), "ok")
    put("x'); DROP TABLE documents;--.txt", GOOD_MINUTES.replace("AUDIT", "PENSIONS").encode(), "ok")
    return expected
