"""Some writers place every word of a line on its own, with carriage returns between them, and
PDFium then gives each word a line of its own ("MINUTES" / "OF" / "A" / "MEETING" ... on one
baseline). The reader joins the pieces of one printed line again; columns and cells stay apart."""

from __future__ import annotations

import pytest

from minutebook.document import LineStyle
from minutebook.readers.pdf_layout import join_words_split_into_lines


def _pieces(words: list[str], top: float, x: float = 150.0, size: float = 13.2, gap: float = 3.0, bold: bool = True):
    lines, styles = [], []
    for word in words:
        width = 0.6 * size * len(word)
        lines.append(word)
        styles.append(LineStyle(size=size, bold=bold, weight=700 if bold else 400, x0=x, x1=x + width, top=top,
                                bottom=top + size))
        x += width + gap
    return lines, styles


@pytest.mark.parametrize("title,body", [
    ("MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL", "Present: Cllr Mrs C Edwards (in the Chair)"),
    ("MINUTES OF THE ANNUAL MEETING OF TEWIN PARISH COUNCIL", "Present: Cllr B Jones, Cllr T Brennan"),
])
def test_words_on_one_baseline_are_one_line(title, body):
    lines, styles = _pieces(title.split(), top=73.0)
    lines.append(body)
    styles.append(LineStyle(size=13.2, x0=72.0, x1=400.0, top=140.0, bottom=153.2))
    joined, joined_styles = join_words_split_into_lines(lines, styles)
    assert joined == [title, body]
    assert joined_styles[0].x0 == styles[0].x0 and joined_styles[0].x1 == styles[len(title.split()) - 1].x1
    assert joined_styles[0].bold


@pytest.mark.parametrize("left,right", [("Cllr A Smith", "Cllr B Jones"), ("Budget 2025", "£12,400")])
def test_columns_and_cells_on_one_baseline_stay_apart(left, right):
    # two columns (or two cells of a row) a wide gutter apart are not one line
    lines = [left, right]
    styles = [LineStyle(size=11.0, x0=72.0, x1=160.0, top=300.0, bottom=311.0),
              LineStyle(size=11.0, x0=320.0, x1=400.0, top=300.0, bottom=311.0)]
    assert join_words_split_into_lines(lines, styles)[0] == [left, right]
    # nor are two lines one under the other
    styles[1] = LineStyle(size=11.0, x0=161.0, x1=240.0, top=314.0, bottom=325.0)
    assert join_words_split_into_lines(lines, styles)[0] == [left, right]
