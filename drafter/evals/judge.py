"""An optional LLM judge: the seeds' LAST rubric (evals/judge/*.j2) as a prompt, sent through
the openai backend's client settings (OPENAI_BASE_URL, OPENAI_API_KEY, DRAFTER_TIMEOUT; the
model from --judge-model, DRAFTER_JUDGE_MODEL or DRAFTER_MODEL) and its retry policy (tenacity,
the client's own retries off). Answers are cached on disk by model, rubric and text, so a
re-run costs nothing. The judge is reported beside the deterministic gates and gates nothing
unless a suite sets a `judge` threshold."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from functools import cache
from pathlib import Path

import openai
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from openai.types.chat import ChatCompletionMessageParam
from pydantic import ValidationError
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

from drafter.backends.openai_backend import WaitRetryAfter, is_retryable
from drafter.config import setting
from drafter.errors import ConfigError
from drafter.evals.results import CaseResult, JudgeScore
from drafter.prompt_files import read_templates, sandboxed
from drafter.resources import data_dir

RUBRIC_FILES = ("system.j2", "user.j2")


@cache
def _templates() -> tuple[SandboxedEnvironment, str, dict[str, str]]:
    sources, digest = read_templates(data_dir("evals") / "judge", RUBRIC_FILES, "judge prompt")
    return sandboxed(), digest, sources


def rubric_hash() -> str:
    return _templates()[1]


def messages(complaint: str, reply: str, language: str, channel: str) -> list[dict[str, str]]:
    env, _, sources = _templates()
    try:
        system = env.from_string(sources["system.j2"]).render().strip()
        user = env.from_string(sources["user.j2"]).render(
            complaint=complaint, reply=reply, language=language, channel=channel
        )
    except TemplateError as exc:
        raise ConfigError(f"judge prompt: {exc}") from exc
    return [{"role": "system", "content": system}, {"role": "user", "content": user.strip()}]


def _message(message: dict[str, str]) -> ChatCompletionMessageParam:
    if message["role"] == "system":
        return {"role": "system", "content": message["content"]}
    return {"role": "user", "content": message["content"]}


def judge_model(flag: str | None = None) -> str:
    from drafter.backends import DEFAULT_MODEL

    return str(setting("judge_model", flag) or setting("model", None, DEFAULT_MODEL))


class Judge:
    """Scores replies with a chat model; one request per reply not already in the cache."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
        cache_dir: Path | None = None,
        concurrency: int = 4,
        max_attempts: int = 4,
        backoff_initial: float = 0.5,
        backoff_max: float = 20.0,
    ) -> None:
        self.model = model
        self.cache_dir = cache_dir
        self.max_attempts = max_attempts
        self.backoff = (backoff_initial, backoff_max)
        self.calls = 0
        self.hits = 0
        self._limit = asyncio.Semaphore(concurrency)
        self._client = openai.AsyncOpenAI(
            api_key=api_key or os.environ.get("OPENAI_API_KEY") or "not-needed",
            base_url=base_url or os.environ.get("OPENAI_BASE_URL") or setting("base_url"),
            timeout=timeout if timeout is not None else float(setting("timeout", None, 60.0)),
            max_retries=0,
        )

    async def aclose(self) -> None:
        await self._client.close()

    def _path(self, payload: list[dict[str, str]]) -> Path | None:
        if self.cache_dir is None:
            return None
        key = json.dumps({"model": self.model, "messages": payload}, sort_keys=True, ensure_ascii=False)
        return self.cache_dir / f"{hashlib.sha256(key.encode()).hexdigest()}.json"

    async def score(self, complaint: str, reply: str, language: str, channel: str) -> JudgeScore:
        """One reply's scores; raises ValidationError or openai errors when the model fails."""
        payload = messages(complaint, reply, language, channel)
        path = self._path(payload)
        if path is not None and path.is_file():
            self.hits += 1
            return JudgeScore.model_validate_json(path.read_text(encoding="utf-8"))
        content = await self._ask(payload)
        verdict = JudgeScore.model_validate_json(content)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(verdict.model_dump_json(), encoding="utf-8")
            tmp.replace(path)
        return verdict

    async def _ask(self, payload: list[dict[str, str]]) -> str:
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.max_attempts),
            wait=WaitRetryAfter(*self.backoff),
            retry=retry_if_exception(is_retryable),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                self.calls += 1
                response = await self._client.chat.completions.create(
                    model=self.model,
                    messages=[_message(m) for m in payload],
                    response_format={"type": "json_object"},
                    temperature=0,
                )
                return response.choices[0].message.content or "" if response.choices else ""
        raise AssertionError("tenacity stopped without an outcome")  # pragma: no cover

    async def score_all(self, results: list[CaseResult]) -> None:
        """Fill ``judge`` and the ``judge`` score (overall, 1-5 mapped to 0-1) on each result; a
        reply the judge could not score gets a note instead (the judge never fails a run)."""

        async def one(result: CaseResult) -> None:
            async with self._limit:
                try:
                    verdict = await self.score(result.complaint, result.draft, result.language or "en", result.channel)
                except (openai.OpenAIError, ValidationError, ValueError) as exc:
                    result.notes.append(f"judge: no score ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})")
                    return
            result.judge = verdict
            result.metrics["judge"] = round((verdict.overall - 1) / 4, 4)

        await asyncio.gather(*(one(r) for r in results))
