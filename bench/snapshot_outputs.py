"""Write every draft and every guard report for case files to one JSON-lines file, timings left out.

For speed work that must not change behaviour: snapshot before, optimise, snapshot again, and
compare the two files byte for byte (``cmp``). Complaint lines (``{"id", "complaint", "channel"?,
"language"?, "customer_name"?}``) are drafted by the template backend twice: with the channel
alone, and with the language and customer name too. Reply lines (``{"id", "text", "role"?,
"language"?}``) are checked by the guard, with the line's role and language and without them.

    python bench/snapshot_outputs.py --drafts C1.jsonl C2.jsonl --checks G1.jsonl --out before.jsonl
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import drafter


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _draft(row: dict[str, Any], full: bool) -> dict[str, Any]:
    options: dict[str, Any] = {"channel": row.get("channel"), "backend": "template"}
    if full:
        options["language"] = row.get("language") or "auto"
        options["customer"] = row.get("customer_name")
    return drafter.draft(row["complaint"], **options).model_dump(mode="json", exclude={"timings"})


def _check(row: dict[str, Any], full: bool) -> dict[str, Any]:
    options: dict[str, Any] = {"role": row.get("role"), "language": row.get("language")} if full else {}
    return drafter.check(row["text"], **options).model_dump(mode="json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--drafts", nargs="*", type=Path, default=[], help="complaint files to draft")
    parser.add_argument("--checks", nargs="*", type=Path, default=[], help="reply files to check")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    lines = []
    for kind, paths, run in (("draft", args.drafts, _draft), ("check", args.checks, _check)):
        for path in paths:
            for row in _rows(path):
                for full in (False, True):
                    try:
                        result: Any = run(row, full)
                    except drafter.DrafterError as exc:
                        result = {"error": f"{type(exc).__name__}: {exc}"}
                    record = {"kind": kind, "file": path.name, "id": row.get("id"), "full": full, "result": result}
                    lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} records -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
