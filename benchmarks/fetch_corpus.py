"""Fetch the extra corpus listed in benchmarks/corpus.md and check every file's SHA-256.

The documents are third-party public records, so they are not kept in the project: this
downloads each one from its repository at the recorded commit (raw.githubusercontent.com)
into the extra-corpus folder that benchmarks/evaluate.py reads (``$MINUTEBOOK_EXTRA_CORPUS``,
default ``../corpus-extra``). A file already there with the right hash is left alone; a file
whose hash differs is reported and not kept.

Run: .venv/bin/python benchmarks/fetch_corpus.py [--dest DIR] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import sys
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "benchmarks" / "corpus.md"
DEFAULT_DEST = Path(os.environ.get("MINUTEBOOK_EXTRA_CORPUS", ROOT.parent / "corpus-extra"))
_ROW = re.compile(r"^\|\s*`(?P<file>[^`]+)`\s*\|\s*\w+\s*\|\s*(?P<repo>[\w.-]+/[\w.-]+)\s*\|\s*`(?P<commit>[0-9a-f]{40})`"
                  r"\s*\|\s*`(?P<path>[^`]+)`(?:\s*\(member\s*`(?P<member>[^`]+)`\))?\s*\|\s*`(?P<sha>[0-9a-f]{64})`")


def manifest(text: str) -> list[dict]:
    """Given corpus.md's text, return its rows (file, repo, commit, path, sha)."""
    return [m.groupdict() for line in text.splitlines() if (m := _ROW.match(line))]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(row: dict, dest: Path, check_only: bool = False) -> str:
    """Given a manifest row, make sure the file is in ``dest`` with its hash; return what was done."""
    target = dest / row["file"]
    if target.exists() and sha256(target.read_bytes()) == row["sha"]:
        return "ok"
    if check_only:
        return "missing" if not target.exists() else "hash differs"
    url = (f"https://raw.githubusercontent.com/{row['repo']}/{row['commit']}/"
           + urllib.parse.quote(row["path"]))
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (a fixed https host)
        data = response.read()
    if row.get("member"):
        # Some bodies publish each meeting as a zip; the manifest names the PDF inside it.
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = archive.read(row["member"])
    if sha256(data) != row["sha"]:
        return f"hash differs from the manifest ({url}); not kept"
    dest.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return "fetched"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dest", type=Path, default=DEFAULT_DEST, help=f"target folder (default {DEFAULT_DEST})")
    ap.add_argument("--check", action="store_true", help="only check the files already there")
    args = ap.parse_args(argv)
    rows = manifest(MANIFEST.read_text(encoding="utf-8"))
    bad = 0
    for row in rows:
        try:
            outcome = fetch(row, args.dest, args.check)
        except OSError as exc:
            outcome = f"could not fetch: {exc}"
        bad += outcome not in ("ok", "fetched")
        print(f"{outcome:>12}  {row['file']}")
    print(f"{len(rows) - bad} of {len(rows)} files in {args.dest}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
