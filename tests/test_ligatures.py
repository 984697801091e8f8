"""Ligatures PDFium spells out backwards ("Associaiton") are put right, and only those."""

from __future__ import annotations

from minutebook.readers.pdf import mend_ligatures


class _FakePdfium:
    """PDFium's two text calls mend_ligatures uses, over a line whose glyph origins we set."""

    def __init__(self, origins):
        self.origins = origins

    def FPDFText_CountChars(self, textpage):  # noqa: N802 (PDFium's name)
        return len(self.origins)

    def FPDFText_GetCharOrigin(self, textpage, index, x, y):  # noqa: N802
        x._obj.value, y._obj.value = self.origins[index]
        return True


def _origins(text, glyphs):
    """Given text and the (start, length) of each multi-character glyph, give every character
    its glyph's origin: characters of one glyph share it."""
    origins, x, i = [], 0.0, 0
    starts = dict(glyphs)
    while i < len(text):
        width = starts.get(i, 1)
        origins += [(x, 700.0)] * width
        x += 5.0 * width
        i += width
    return origins


def test_a_ti_ligature_read_backwards_is_turned_round():
    text = "Annual General Meeitng of the Associaiton"
    glyphs = [(text.index("it"), 2), (text.rindex("it"), 2)]
    assert mend_ligatures(text, None, _FakePdfium(_origins(text, glyphs))) == \
        "Annual General Meeting of the Association"


def test_it_written_as_two_glyphs_is_left_alone():
    text = "It was agreed that it would be minuted with the visit"
    assert mend_ligatures(text, None, _FakePdfium(_origins(text, []))) == text


def test_a_forward_ligature_is_left_alone_and_a_length_mismatch_changes_nothing():
    text = "financial fit"
    glyphs = [(0, 2), (text.index("it"), 2)]
    fake = _FakePdfium(_origins(text, glyphs))
    assert mend_ligatures(text, None, fake) == "financial fti"
    fake.origins = fake.origins[:-1]  # generated characters: indexes no longer line up
    assert mend_ligatures(text, None, fake) == text
