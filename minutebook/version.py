"""The pipeline version recorded on every document.

It combines the package version, the schema version and a digest of the extractor code and
rule files, so changing any extraction rule re-extracts the archive on the next run while an
unchanged pipeline skips already-published documents.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import extractors
import minutebook
import schemas


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Given the installed code, return e.g. '0.1.0+s1.3f9a2c1d'."""
    digest = hashlib.sha256()
    roots = [Path(extractors.__file__).parent, Path(minutebook.__file__).parent / "readers"]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".jsonl", ".json", ".txt"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return f"{minutebook.__version__}+s{schemas.SCHEMA_VERSION}.{digest.hexdigest()[:8]}"
