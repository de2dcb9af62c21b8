"""pytest plugin: VCR cassettes are written as YAML a reviewer can read.

vcrpy's default YAML serializer escapes every non-ASCII character, so a Chinese complaint or
reply shows up as ``\\u6211...`` and a cassette diff cannot be reviewed. This one writes UTF-8
as is (``allow_unicode``) with keys in recording order; bodies are already stored as text by
vcrpy when they decode as UTF-8 (binary bodies fall back to ``!!binary``). Loading goes through
vcrpy's own safe loader, so old and new cassettes both replay.

Load it from ``tests/conftest.py`` with ``pytest_plugins = ["cassettes_conftest_plugin"]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml
from vcr.serializers import yamlserializer

if TYPE_CHECKING:
    import pytest
    from vcr import VCR

try:  # the libyaml dumper when available: faster on large cassettes
    from yaml import CSafeDumper as _SafeDumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _SafeDumper  # type: ignore[assignment]


class ReadableYAMLSerializer:
    """A vcrpy serializer (an object with ``serialize``/``deserialize``) keeping Unicode readable."""

    @staticmethod
    def deserialize(cassette_string: str) -> Any:
        return yamlserializer.deserialize(cassette_string)

    @staticmethod
    def serialize(cassette_dict: dict[str, Any]) -> str:
        # SafeDumper: a cassette must only hold plain data, which the safe loader can read back.
        return yaml.dump(cassette_dict, Dumper=_SafeDumper, allow_unicode=True, sort_keys=False, width=120)


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    """pytest-recording hook: replace the default ``yaml`` serializer on every cassette's VCR."""
    vcr.register_serializer("yaml", ReadableYAMLSerializer)
