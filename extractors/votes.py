"""Votes: every motion or amendment the minutes record, and how each named member voted.

Reads the motions of ``extractors.motions`` (UK "proposed by Cllr X, seconded by Cllr Y and
carried", "On being put to the vote the motion was lost", recorded votes "For (42): ...";
US "Motion: X moved ... Y seconded. The motion passed 5-0", "Motion by X, second by Y;
motion carried", roll calls "Trustee Elton - yes, ..."). A motion is a vote when the minutes
say who moved or seconded it, or what became of it.
"""

from __future__ import annotations

from extractors.common import span
from extractors.motions import motions
from minutebook.document import Document


def extract_votes(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per motion put, with its named votes in
    ``records`` ([{"name", "vote"}]); counts only where printed, never counted from names."""
    try:
        found = motions(doc)
    except Exception:  # an extractor never raises on odd input
        return []
    return [
        {
            "motion": m.text or None,
            "mover": m.mover,
            "seconder": m.seconder,
            "result": m.result,
            "votes_for": m.votes_for,
            "votes_against": m.votes_against,
            "votes_abstain": m.votes_abstain,
            "unanimous": m.unanimous,
            "records": [{"name": name, "vote": vote} for name, vote in m.records],
            **span(doc, m.line_start, m.line_end),
        }
        for m in found
    ]
