"""Rewrite the check sections of docs/lint.md from the lint check registry.

    python scripts/lint_docs.py           # rewrite docs/lint.md
    python scripts/lint_docs.py --check   # write nothing; exit 1 if docs/lint.md is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from beschluss_rules.ruletools.lint.docs import write_docs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the page is stale")
    args = parser.parse_args(argv)
    page = ROOT / "docs" / "lint.md"
    current = write_docs(page, check=args.check)
    if args.check and not current:
        print(f"{page.relative_to(ROOT)} is stale: run python scripts/lint_docs.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
