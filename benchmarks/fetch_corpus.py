"""Fetch the extra corpus listed in benchmarks/corpus.md and check every file's SHA-256.

The documents are third-party public records, so they are not kept in the project: this
downloads each one from its repository at the recorded commit (raw.githubusercontent.com)
into the extra-corpus folder that benchmarks/evaluate.py reads (``$MINUTEBOOK_EXTRA_CORPUS``,
default ``../corpus-extra``). A file already there with the right hash is left alone; a file
whose hash differs is reported and not kept.

Where raw.githubusercontent.com is out of reach but the repositories are cloned locally (bare
or not, one folder per repository named ``owner+name`` holding ``repo`` or ``repo/.git``), pass
``--mirror DIR`` to read each file from its recorded commit with ``git show`` instead.

Run: .venv/bin/python benchmarks/fetch_corpus.py [--dest DIR] [--check] [--mirror DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import subprocess
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


def _git_dir(mirror: Path, repo: str) -> Path:
    base = mirror / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def _download(row: dict, mirror: Path | None) -> tuple[bytes, str]:
    """Return the file's bytes at the recorded commit and where they came from."""
    if mirror is not None:
        git_dir = _git_dir(mirror, row["repo"])
        where = f"{git_dir} {row['commit']}:{row['path']}"
        shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['path']}"],
                               capture_output=True, check=False)
        if shown.returncode:
            raise OSError(f"git show failed for {where}: {shown.stderr.decode(errors='replace').strip()}")
        return shown.stdout, where
    url = (f"https://raw.githubusercontent.com/{row['repo']}/{row['commit']}/"
           + urllib.parse.quote(row["path"]))
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (a fixed https host)
        return response.read(), url


def fetch(row: dict, dest: Path, check_only: bool = False, mirror: Path | None = None) -> str:
    """Given a manifest row, make sure the file is in ``dest`` with its hash; return what was done."""
    target = dest / row["file"]
    if target.exists() and sha256(target.read_bytes()) == row["sha"]:
        return "ok"
    if check_only:
        return "missing" if not target.exists() else "hash differs"
    data, url = _download(row, mirror)
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
    ap.add_argument("--mirror", type=Path, help="read from local clones (owner+name/repo) instead of GitHub")
    args = ap.parse_args(argv)
    rows = manifest(MANIFEST.read_text(encoding="utf-8"))
    bad = 0
    for row in rows:
        try:
            outcome = fetch(row, args.dest, args.check, args.mirror)
        except OSError as exc:
            outcome = f"could not fetch: {exc}"
        bad += outcome not in ("ok", "fetched")
        print(f"{outcome:>12}  {row['file']}")
    print(f"{len(rows) - bad} of {len(rows)} files in {args.dest}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
