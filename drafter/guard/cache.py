"""An on-disk cache for the guardrail's derived tables (the character fold, the compiled rule
packs), so that `drafter check` on one reply does not rebuild them on every start.

Entries are data, never code (JSON; the compiled rule packs add raw text tables, see rules.py)
under the user cache directory (``DRAFTER_CACHE_DIR`` overrides it; ``DRAFTER_CACHE=0`` turns the
cache off). An entry's name carries a hash of everything it was derived from: its inputs, the
code that derives it, and the versions of OpenCC and of Python's Unicode database. A stale or
unreadable entry is rebuilt; a cache directory that cannot be written is simply not used.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import tempfile
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

FORMAT = 1
KEEP = 4
"""Entries kept per name: several installs or checkouts of different versions share one cache
directory, and a version that deleted every other entry made each of them rebuild on every start."""
_SOURCES = ("normalize.py", "rules.py", "cache.py")


def _folder() -> Path | None:
    if os.environ.get("DRAFTER_CACHE", "1") == "0":
        return None
    custom = os.environ.get("DRAFTER_CACHE_DIR")
    if custom:
        return Path(custom) / "guard"
    import platformdirs

    return Path(platformdirs.user_cache_dir("drafter", appauthor=False)) / "guard"


def key(name: str, *inputs: bytes | str, suffix: str = ".json") -> str:
    """A file name for ``name`` derived from ``inputs`` and from the deriving code."""
    digest = _code_digest().copy()
    for item in inputs:
        digest.update(item.encode() if isinstance(item, str) else item)
        digest.update(b"\0")
    return f"{name}-{digest.hexdigest()[:20]}{suffix}"


@cache
def _code_digest() -> Any:
    """The deriving code's part of every key, once per process (a one-reply check asks twice)."""
    digest = hashlib.sha256(f"{FORMAT}\0{unicodedata.unidata_version}\0{_opencc_version()}".encode())
    here = Path(__file__).resolve().parent
    for source in _SOURCES:
        digest.update((here / source).read_bytes())
    return digest


def _opencc_version() -> str:
    """OpenCC's version, from the name of the one ``opencc-<version>.dist-info`` folder beside the
    package when there is one: ``importlib.metadata.version`` searches every path entry and parses
    the metadata, 2-10 ms of a one-reply check. Neither way imports OpenCC."""
    spec = importlib.util.find_spec("opencc")
    if spec is not None and spec.origin:
        with os.scandir(Path(spec.origin).parent.parent) as entries:
            found = [e.name for e in entries if e.name.lower().startswith("opencc-") and e.name.endswith(".dist-info")]
        if len(found) == 1:
            return found[0][len("opencc-") : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("opencc")
    except PackageNotFoundError:
        return "unknown"


def read(name: str) -> Any | None:
    folder = _folder()
    if folder is None:
        return None
    try:
        return json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_bytes(name: str) -> bytes | None:
    """An entry written by ``write_bytes``, as it was written (the caller parses it)."""
    folder = _folder()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def write(name: str, value: Any) -> None:
    """Atomically: a reader never sees half a file; failures leave the cache unused."""
    write_bytes(name, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def write_bytes(name: str, data: bytes) -> None:
    """``write`` for an entry the caller has serialised itself."""
    folder = _folder()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, folder / name)
        _prune(folder, name)
    except OSError:
        return


def _prune(folder: Path, name: str) -> None:
    """Keep the KEEP most recently written entries of one name; older ones are superseded."""
    prefix, rest = name.rsplit("-", 1)
    suffix = rest[rest.index(".") :] if "." in rest else ""
    entries = []
    for entry in folder.glob(f"{prefix}-*{suffix}"):
        try:
            entries.append((entry.stat().st_mtime_ns, entry))
        except OSError:
            continue
    for _, stale in sorted(entries, reverse=True)[KEEP:]:
        stale.unlink(missing_ok=True)
