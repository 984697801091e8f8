"""Extractors: pure functions from a normalised ``Document`` to plain records.

Contract (every module here follows it):

* one public entry ``extract_<thing>(doc, settings=None) -> list[dict]``; no file, network or
  database I/O; never raises on odd text (returns fewer records instead);
* every record carries provenance: ``page`` (``doc.page_of(line_start)``), ``line_start`` and
  ``line_end`` (1-based, inclusive, into ``doc.lines``);
* records hold the columns of their curated table (``schemas/``) that the extractor can know;
  ``doc_id``, ``meeting_id``, ``minute_number`` (when not printed in the passage itself) and
  ``seq`` are filled in by ``extractors.pipeline`` by line containment, so extractors stay
  independent of one another.
"""
