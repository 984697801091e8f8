"""Text/markdown pack reader: encodings, markup stripping, tables kept."""

from __future__ import annotations

import pytest

from minutebook.readers import read_document
from minutebook.readers.text import decode_text, normalise_text

PACK = (
    "## IMPROVING PLACES SELECT COMMISSION\n"
    "**Date:** Tuesday, 5<sup>th</sup> June, 2018\n"
    "<b>1.</b>\t<b>Meeting:-</b>\t<b>Cabinet</b>\n"
    "Mr &amp; Mrs Smith&#39;s <u>garden</u> &ndash; see <https://example.org/x>\n"
    "| Measure | 2019 |\n|---|---|\n| Homes | 212 |\n"
    "### ***Commissioning History***\n"
)


def test_text_reader_strips_html_and_markdown_keeps_structure():
    lines = normalise_text(PACK)
    assert lines[0] == "IMPROVING PLACES SELECT COMMISSION"
    assert lines[1] == "Date: Tuesday, 5th June, 2018"
    assert lines[2] == "1.\tMeeting:-\tCabinet"  # tabs survive: they separate table cells
    assert lines[3] == "Mr & Mrs Smith's garden \u2013 see https://example.org/x"
    assert lines[4] == "| Measure | 2019 |"
    assert lines[7] == "Commissioning History"


def test_text_reader_converts_html_table_to_tab_rows():
    lines = normalise_text("before\n<table><tr><th>No</th><th>Owner</th></tr>\n<tr><td>1.</td><td><p>Ann Lee</p></td></tr></table>\nafter")
    assert lines == ["before", "No\tOwner", "1.\tAnn Lee", "after"]


def test_text_reader_paragraph_tags_inside_cells_do_not_glue_words():
    (line,) = normalise_text("22.\tClair Pyper\t<p><u>06.03.14</u> Discharged.</p> <p>On-going.</p>")
    assert line.split("\t")[2] == " 06.03.14 Discharged. On-going."


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Minutes \u2013 Cllr O\u2019Neill".encode("utf-8"), "Minutes \u2013 Cllr O\u2019Neill"),
        ("Minutes \u2013 Cllr O\u2019Neill".encode("cp1252"), "Minutes \u2013 Cllr O\u2019Neill"),
        ("Caf\u00e9 r\u00e9sum\u00e9".encode("latin-1"), "Caf\u00e9 r\u00e9sum\u00e9"),
        ("Resolved:- That the report be noted.".encode("utf-16"), "Resolved:- That the report be noted."),
        ("Resolved:- noted".encode("utf-16-le"), "Resolved:- noted"),
        ("\ufeffPresent:- Councillor Clark".encode("utf-8"), "Present:- Councillor Clark"),
    ],
)
def test_text_reader_detects_encoding(raw, expected):
    assert decode_text(raw).lstrip("\ufeff") == expected


def test_text_reader_rejects_binary_junk(tmp_path):
    junk = bytes(range(256)) * 40
    doc = read_document(tmp_path / "minutes.txt", junk)
    assert doc.status == "error"
    assert "not a text document" in doc.error
    assert doc.lines == []


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  "])
def test_text_reader_empty_document_is_error(tmp_path, data):
    doc = read_document(tmp_path / "empty.txt", data)
    assert doc.status == "error"
    assert doc.error.startswith("empty document")


def test_text_reader_removes_nul_bytes_and_keeps_line_count(tmp_path):
    doc = read_document(tmp_path / "a.txt", b"Present:- Councillor\x00 Clark\nline two\n")
    assert doc.status == "ok"
    assert doc.lines == ["Present:- Councillor Clark", "line two"]
    assert doc.line_pages == [None, None]
    assert len(doc.doc_id) == 64


def test_text_reader_caps_huge_lines(tmp_path):
    doc = read_document(tmp_path / "a.txt", b"Resolved " + b"x" * 100_000, {"max_line_chars": 5000})
    assert doc.status == "ok"
    assert len(doc.lines[0]) == 5000


def test_markdown_as_pandoc_writes_it():
    """A web page's minutes converted by pandoc: a backslash keeps "3." from becoming a list,
    escapes "$", ends a line with a hard break; paragraphs are quoted with "> "; a table's
    escaped pipe stays."""
    from minutebook.readers.text import normalise_marked_text

    lines, styles = normalise_marked_text(
        "1.  MINUTES OF THE MAY MEETING\\\n"
        "3\\. BUS SERVICES\n"
        "> The fare rose to \\$2.50 from March.\n"
        ">\n"
        "| a \\| b | c |\n"
        "**c) Library opening hours**\n"
        "d)  **Noticeboard in the precinct**\n"
        "***e) Website***\n"
        "**Treasurer** Nothing to report this month.\n"
        "## 4. FINANCE\n"
        "The **new** bins were welcomed.\n")
    assert lines[:5] == ["1. MINUTES OF THE MAY MEETING", "3. BUS SERVICES", "The fare rose to $2.50 from March.", "",
                         "| a \\| b | c |"]
    assert lines[5:9] == ["c) Library opening hours", "d) Noticeboard in the precinct", "e) Website",
                          "Treasurer Nothing to report this month."]
    # what the markup says of each line's print: wholly bold, opening in bold, a heading, plain
    assert [bool(s and s.bold) for s in styles[5:8]] == [True, True, True]
    assert (styles[8].bold, styles[8].lead_bold) == (False, True)
    assert styles[9].heading == 2
    assert styles[10] is None and styles[0] is None and styles[2] is None


def test_a_text_pack_without_markup_has_no_print():
    doc = read_document("plain.txt", b"MINUTES\n1. Apologies\nNone were received.\n")
    assert doc.styles == []


@pytest.mark.parametrize("meta", [
    "Title: Council Meeting Minutes March 2023\nDate: 2023-04-02 18:30\nCategory: Minutes\n",
    "Title: Board minutes\nDate: 2021-11-30\nTags: minutes, board\nSlug: board-minutes-nov\nAuthor: Secretary\n",
])
def test_a_pages_metadata_is_blanked(meta):
    """A Pelican or MultiMarkdown page opens with "Title: ..." / "Date: ..." up to a blank line:
    the site's, its date the day the page was posted. The lines stay, blank, so line numbers
    still point into the file."""
    lines = normalise_text(meta + "\n## OAK VALE RESIDENTS ASSOCIATION\nDate: 14 March 2023\n")
    head = meta.count("\n")
    assert lines[:head] == [""] * head
    assert lines[head + 1:] == ["OAK VALE RESIDENTS ASSOCIATION", "Date: 14 March 2023"]
