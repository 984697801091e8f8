"""Score an earlier version of the extractors on today's gold: first contact, reproducibly.

A new body is annotated blind, then scored with the version of the extractors that had never
seen it. This checks that version out (``git worktree``) into a temporary folder, copies the
current gold annotations into it (the new body's gold did not exist then), and runs that
version's ``benchmarks/evaluate.py`` on it with that version's code.

Why not just run evaluate.py from a worktree: the project is installed in ``.venv`` in
editable mode, and the editable finder maps ``extractors`` and ``minutebook`` to this checkout
whatever ``sys.path`` says, so a worktree's evaluate.py would silently score today's code.
The child process here drops that finder before importing anything.

    .venv/bin/python benchmarks/first_contact.py REV --only FraserMuir --set dev
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: forget the editable install's finder, put the worktree first, run its evaluate.py.
_CHILD = """
import runpy, sys
root = sys.argv[1]
sys.meta_path[:] = [f for f in sys.meta_path
                    if "editable" not in repr(f).lower() and "editable" not in getattr(f, "__name__", "").lower()]
sys.path[:0] = [root, root + "/tests"]
import extractors
assert extractors.__file__.startswith(root), extractors.__file__
sys.argv = [root + "/benchmarks/evaluate.py"] + sys.argv[2:]
runpy.run_path(root + "/benchmarks/evaluate.py", run_name="__main__")
"""


def first_contact(rev: str, evaluate_args: list[str]) -> int:
    """Given a revision and evaluate.py's arguments, score that revision on today's gold."""
    env = dict(os.environ)
    env.setdefault("MINUTEBOOK_SHARED", str(ROOT.parent / "shared"))
    env.setdefault("MINUTEBOOK_EXTRA_CORPUS", str(ROOT.parent / "corpus-extra"))
    with tempfile.TemporaryDirectory(prefix="minutebook-first-contact-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev], check=True,
                       stdout=subprocess.DEVNULL)
        try:
            shutil.rmtree(tree / "tests" / "annotations")
            shutil.copytree(ROOT / "tests" / "annotations", tree / "tests" / "annotations")
            return subprocess.run([sys.executable, "-c", _CHILD, str(tree), *evaluate_args], env=env).returncode
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the version that had never seen the new body (a commit)")
    args, rest = parser.parse_known_args(argv)
    return first_contact(args.rev, rest)


if __name__ == "__main__":
    sys.exit(main())
