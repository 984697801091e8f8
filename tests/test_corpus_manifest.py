"""The extra corpus is listed (repository, commit, path, SHA-256) for every gold file that uses it."""

from __future__ import annotations

import json
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import fetch_corpus  # noqa: E402


def test_every_extra_source_is_listed_with_its_hash():
    rows = {r["file"]: r for r in fetch_corpus.manifest(fetch_corpus.MANIFEST.read_text(encoding="utf-8"))}
    sources = set()
    for path in (ROOT / "tests" / "annotations").glob("*/*.json"):
        source = json.loads(path.read_text())["source"]
        if source.startswith("extra/"):
            sources.add(source.split("/", 1)[1])
    assert sources and sources <= set(rows)
    assert all(len(r["sha"]) == 64 and len(r["commit"]) == 40 for r in rows.values())


def test_manifest_rows_parse():
    text = ("| `a.pdf` | test | owner/repo | `" + "a" * 40 + "` | `docs/a b.pdf` | `" + "b" * 64 + "` | Body | style |\n"
            "| not a row |\n")
    assert fetch_corpus.manifest(text) == [{"file": "a.pdf", "repo": "owner/repo", "commit": "a" * 40,
                                            "path": "docs/a b.pdf", "member": None, "sha": "b" * 64}]


def test_a_pdf_inside_a_zip_is_fetched_by_its_member_name(tmp_path, monkeypatch):
    import hashlib
    import io
    import zipfile
    pdf = b"%PDF-1.4 minutes"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("2019Apr/2019Apr.pdf", pdf)
        archive.writestr("2019Apr/notes.txt", b"other")
    text = ("| `x.pdf` | dev | owner/repo | `" + "c" * 40 + "` | `m/2019Apr.zip` (member `2019Apr/2019Apr.pdf`) | `"
            + hashlib.sha256(pdf).hexdigest() + "` | Body | style |\n")
    [row] = fetch_corpus.manifest(text)
    assert row["path"] == "m/2019Apr.zip" and row["member"] == "2019Apr/2019Apr.pdf"

    class Response(io.BytesIO):
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(fetch_corpus.urllib.request, "urlopen", lambda url, timeout: Response(buffer.getvalue()))
    assert fetch_corpus.fetch(row, tmp_path) == "fetched"
    assert (tmp_path / "x.pdf").read_bytes() == pdf
