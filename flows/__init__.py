"""Prefect flows: orchestration only (read files, call extractors, write the curated store)."""
