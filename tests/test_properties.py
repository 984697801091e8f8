"""Property-based: every extractor returns records or nothing, never raises, on any text."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.pipeline import EXTRACTORS, extract_all
from minutebook.document import document_from_text

# Text that looks a little like committee papers, so rules actually fire, plus anything.
FRAGMENTS = st.sampled_from([
    "Resolved:-", "RESOLVED that", "(1)", "(a)", "Present:-", "PRESENT:", "Apologies", "Councillor",
    "Councillors Smith, Jones and", "Mr R W", "(Chairman)", "124.", "6.1", "(Item 3)", "\t", "|", "---",
    "No:\tOwner:\tDetails:\tUpdate:", "undertook to", "declared a personal interest in Minute No. 12",
    "Tuesday, 5th June, 2018", "5.30 p.m.", "MINUTES of a meeting of the", "A G E N D A", "(Pages 12 - 61)",
    "Discharged", "\n", "\n\n", " ", "That", "be noted.", "ZZ", "\u2013", "\x00",
])
PAPERISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=60).map(" ".join)


def _extractors():
    for table, (module, func) in EXTRACTORS.items():
        yield table, getattr(importlib.import_module(module), func)
    from extractors.actions import extract_actions

    yield "actions", extract_actions


@pytest.mark.parametrize("table, extract", list(_extractors()), ids=lambda v: v if isinstance(v, str) else "")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(PAPERISH, st.text(max_size=400)))
def test_properties_extractor_never_raises(table, extract, text):
    doc = document_from_text(text)
    records = extract(doc)
    assert isinstance(records, list)
    for record in records:
        assert isinstance(record, dict)
        assert 1 <= record["line_start"] <= record["line_end"] <= len(doc.lines)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=PAPERISH)
def test_properties_pipeline_links_without_raising(text):
    out = extract_all(document_from_text(text))
    for row in out["resolutions"]:
        assert row["meeting_id"] and row["seq"] >= 1
