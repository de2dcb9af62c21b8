"""Drafting backends and their registry: one mapping from a backend's name to the factory that
builds it from the settings. ``make_backend`` and every ``--backend`` choice read it, so a new
backend is one entry here. Factories import their module when called: choosing ``template``
never loads the openai client."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from drafter.backends.base import Backend
from drafter.config import setting
from drafter.errors import InputError

DEFAULT_MODEL = "gpt-4o-mini"

Factory = Callable[[str | None], Backend[Any]]


def _template(model: str | None) -> Backend[Any]:
    from drafter.backends.template_backend import TemplateBackend

    return TemplateBackend()


def _openai(model: str | None) -> Backend[Any]:
    from drafter.backends.openai_backend import DEFAULT_MAX_TOKENS, DEFAULT_TIMEOUT, OpenAIBackend

    temperature = setting("temperature", None, 0.3)
    return OpenAIBackend(
        model=setting("model", model, DEFAULT_MODEL),
        base_url=os.environ.get("OPENAI_BASE_URL") or setting("base_url"),
        timeout=_number("timeout", setting("timeout", None, DEFAULT_TIMEOUT)),
        temperature=None if temperature is None else _number("temperature", temperature),
        max_tokens=int(_number("max_tokens", setting("max_tokens", None, DEFAULT_MAX_TOKENS))),
    )


def _number(name: str, value: object) -> float:
    """A numeric setting from the environment or the config file; a bad one is bad input."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"setting {name} must be a number, not {value!r} (DRAFTER_{name.upper()})") from None


BACKENDS: dict[str, Factory] = {"template": _template, "openai": _openai}


def default_backend_name() -> str:
    """openai when a key or a base URL is set, otherwise the embedded template backend."""
    return "openai" if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL") else "template"


def make_backend(name: str | None = None, model: str | None = None) -> Backend[Any]:
    """The backend named by the flag, DRAFTER_BACKEND or the config file, else the default."""
    choice = setting("backend", name) or default_backend_name()
    factory = BACKENDS.get(choice)
    if factory is None:
        raise InputError(f"unknown backend {choice!r} (use {' or '.join(BACKENDS)})")
    return factory(model)
