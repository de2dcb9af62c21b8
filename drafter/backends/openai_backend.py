"""Drafting backend for any OpenAI-compatible chat-completions server (OpenAI, Azure, vLLM,
Ollama, llama.cpp).

The SDK's own retries are off so that one policy (tenacity: jittered exponential backoff that
defers to ``Retry-After``) decides, counts every HTTP attempt, and turns exhaustion into our own
error types. Output is asked for with a strict JSON schema; servers that reject ``json_schema``
get ``json_object`` plus a reminder of the keys instead, and that choice is remembered.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import os
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from openai.types.chat.completion_create_params import ResponseFormat
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_random_exponential
from tenacity.wait import wait_base

from drafter.backends.base import DraftJob, Generation, GenerationRequest, Message
from drafter.errors import BackendError, BackendRefusal, BackendUnavailable, ConfigError, InputError, InvalidOutput
from drafter.models import Sections, Usage
from drafter.prompts import build_messages, revision_message
from drafter.text import STEPS

log = logging.getLogger(__name__)

# Added to the last message when the server only offers json_object: without a schema the model
# must be told the keys in words (and OpenAI's json_object mode insists the word JSON appears).
JSON_OBJECT_HINT: Final = (
    "\n\nAnswer with only a JSON object with exactly the string keys listen, apologize, satisfy, thank."
)

# Words a 400/422 uses when the server does not understand structured output.
_UNSUPPORTED_HINTS: Final = ("response_format", "response format", "json_schema", "json schema", "structured output")

# Local models in json_object mode sometimes wrap the object in a Markdown fence anyway.
_FENCE: Final = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL | re.IGNORECASE)

Turn = tuple[str, str]  # (role, content); converted to SDK message params only when sent


def strict_json_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Return a copy of ``schema`` that OpenAI's strict mode accepts.

    Strict mode wants every object closed (``additionalProperties: false``) and every property
    listed in ``required``; it also rejects ``default``. Pydantic's schemas have neither property.
    """
    return _strict_object(schema)


def _strict_node(node: Any) -> Any:
    if isinstance(node, list):
        return [_strict_node(item) for item in node]
    if isinstance(node, Mapping):
        return _strict_object(node)
    return node


def _strict_object(node: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "default":
            continue
        if key in ("properties", "$defs", "definitions", "patternProperties") and isinstance(value, Mapping):
            out[key] = {name: _strict_node(sub) for name, sub in value.items()}
        elif key in ("items", "additionalItems", "not", "contains", "anyOf", "allOf", "oneOf", "prefixItems"):
            out[key] = _strict_node(value)
        else:
            out[key] = value
    if out.get("type") == "object" or "properties" in out:
        out["additionalProperties"] = False
        out["required"] = list(out.get("properties", {}))
    return out


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, or ``Retry-After`` in seconds or
    as an HTTP date), or None when it did not say. Honouring it beats guessing: the server knows
    when its rate window reopens."""
    lowered = {key.lower(): value for key, value in headers.items()}
    if (millis := lowered.get("retry-after-ms")) is not None:
        try:
            seconds = float(millis) / 1000.0
        except ValueError:
            seconds = math.nan
        if math.isfinite(seconds):
            return max(0.0, seconds)
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds) if math.isfinite(seconds) else None


class WaitRetryAfter(wait_base):
    """Wait what ``Retry-After`` says (capped at ``maximum``), else full-jitter exponential backoff,
    so that many concurrent drafters do not retry in lockstep."""

    def __init__(self, initial: float, maximum: float) -> None:
        self._fallback = wait_random_exponential(multiplier=initial, max=maximum)
        self._maximum = maximum

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome is not None else None
        if isinstance(error, openai.APIStatusError):
            after = retry_after_seconds(error.response.headers)
            if after is not None:
                return min(after, self._maximum)
        return float(self._fallback(retry_state))


def is_retryable(error: BaseException) -> bool:
    """Transient failures only: timeouts, dropped connections, 429 and 5xx. Other 4xx would fail
    the same way again."""
    if isinstance(error, openai.APIConnectionError):  # APITimeoutError is a subclass
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code == 429 or error.status_code >= 500
    return False


def parse_sections(content: str) -> Sections:
    """Validate the model's raw output into the four LAST sections (raises ValidationError)."""
    fenced = _FENCE.match(content)
    return Sections.model_validate_json(fenced.group(1) if fenced else content)


def describe_validation_error(error: ValidationError, limit: int = 5) -> str:
    """A one-line summary of what was wrong, short enough to feed back to the model."""
    parts = []
    for detail in error.errors(include_url=False)[:limit]:
        where = ".".join(str(part) for part in detail["loc"])
        parts.append(f"{where}: {detail['msg']}" if where else str(detail["msg"]))
    return "; ".join(parts)


def _response_body(error: openai.APIStatusError) -> str | None:
    """The error response's body as text, kept as evidence on our exception."""
    try:
        return error.response.text
    except Exception:  # body not read or not decodable: fall back to what the SDK parsed
        return json.dumps(error.body, ensure_ascii=False) if error.body is not None else None


def _schema_unsupported(error: openai.APIStatusError) -> bool:
    text = f"{error.message} {_response_body(error) or ''}".lower()
    return any(hint in text for hint in _UNSUPPORTED_HINTS)


def _to_param(role: str, content: str) -> ChatCompletionMessageParam:
    if role == "system":
        return {"role": "system", "content": content}
    if role == "user":
        return {"role": "user", "content": content}
    if role == "assistant":
        return {"role": "assistant", "content": content}
    if role == "developer":
        return {"role": "developer", "content": content}
    raise InputError(f"unknown message role {role!r}", role=role)


@dataclass
class _Tally:
    """What one ``generate`` call has spent so far, across retries, fallback and re-ask."""

    attempts: int = 0
    usage: Usage = field(default_factory=Usage)

    def add_usage(self, response: ChatCompletion) -> None:
        if response.usage is None:
            return
        self.usage = Usage(
            prompt_tokens=self.usage.prompt_tokens + response.usage.prompt_tokens,
            completion_tokens=self.usage.completion_tokens + response.usage.completion_tokens,
            total_tokens=self.usage.total_tokens + response.usage.total_tokens,
        )


class OpenAIBackend:
    """Backend over ``/v1/chat/completions`` with structured output, retries and one re-ask."""

    name: str = "openai"

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 60.0,
        temperature: float | None = 0.3,
        max_attempts: int = 4,
        backoff_initial: float = 0.5,
        backoff_max: float = 20.0,
        max_tokens: int | None = None,
    ) -> None:
        if not model:
            raise ConfigError("OpenAIBackend needs a model name")
        if max_attempts < 1:
            raise ConfigError(f"max_attempts must be at least 1, not {max_attempts}")
        self.model: str | None = model
        self.temperature = temperature
        self.max_tokens = max_tokens  # a runaway answer stops here, not after megabytes
        self.max_attempts = max_attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        # Set once the server has rejected json_schema, so later calls do not pay for the 400 again.
        self.json_object_mode = False
        # Local servers ignore the key, but the SDK refuses to start without one.
        self._client = openai.AsyncOpenAI(
            api_key=api_key or os.environ.get("OPENAI_API_KEY") or "not-needed",
            base_url=base_url,
            timeout=timeout,
            max_retries=0,
        )

    async def aclose(self) -> None:
        """Close the HTTP connection pool (call before the event loop ends)."""
        await self._client.close()

    def prepare(self, job: DraftJob) -> GenerationRequest:
        """The prompts in prompts/ rendered for this job; a revision round adds the first answer
        and the guardrail's findings after it."""
        messages = build_messages(job.complaint, job.analysis, role=job.role, limit=job.limit, currency=job.currency)
        if job.revision is not None:
            if job.revision.previous:
                messages.append(Message(role="assistant", content=job.revision.previous))
            messages.append(revision_message(job.revision.findings))
        return GenerationRequest(messages=messages)

    async def generate(self, request: GenerationRequest) -> Generation:
        """Draft the four sections; re-ask once if the output does not match the schema.

        ``attempts`` counts every HTTP request made (retries, fallback and re-ask included) and
        ``usage`` sums every answered call, because both are what the draft actually cost.
        """
        tally = _Tally()
        turns: list[Turn] = [(message.role, message.content) for message in request.messages]
        response = await self._complete(request, turns, tally)
        content = self._content(response, tally)
        try:
            sections = parse_sections(content)
        except ValidationError as error:
            # One re-ask with the error spelled out fixes most slips (a stray sentence, a missing
            # key); a second failure means the model will not comply, and a human must look.
            turns += [
                ("assistant", content or "(empty reply)"),
                ("user", self._reask_text(request, describe_validation_error(error))),
            ]
            response = await self._complete(request, turns, tally)
            content = self._content(response, tally)
            try:
                sections = parse_sections(content)
            except ValidationError as again:
                raise InvalidOutput(
                    f"the model's output did not match the {request.schema_name} schema after one re-ask: "
                    f"{describe_validation_error(again)}",
                    attempts=tally.attempts,
                    raw=content,
                ) from again
        return Generation(
            sections=sections,
            model=response.model or self.model,
            usage=tally.usage,
            attempts=tally.attempts,
            raw=content,
        )

    @staticmethod
    def _reask_text(request: GenerationRequest, problem: str) -> str:
        return (
            f"Your previous reply was not valid JSON for the {request.schema_name} schema ({problem}). "
            "Answer again with only the JSON object, with exactly the string keys "
            f"{', '.join(STEPS)}, and nothing before or after it."
        )

    def _content(self, response: ChatCompletion, tally: _Tally) -> str:
        """The reply text; a refusal is raised, not re-asked, because asking again would not help."""
        if not response.choices:
            return ""
        choice = response.choices[0]
        refusal = choice.message.refusal
        if refusal or choice.finish_reason == "content_filter":
            raise BackendRefusal(
                "the model refused to draft this reply",
                attempts=tally.attempts,
                raw=refusal or choice.message.content or choice.finish_reason,
            )
        return choice.message.content or ""

    async def _complete(self, request: GenerationRequest, turns: Sequence[Turn], tally: _Tally) -> ChatCompletion:
        """One logical request: retries, the json_object fallback, and the mapping to our errors."""
        while True:
            json_object = self.json_object_mode
            try:
                response = await self._create_with_retries(request, turns, json_object, tally)
            except openai.APIStatusError as error:
                if not json_object and error.status_code in (400, 422) and _schema_unsupported(error):
                    log.warning("%s rejected response_format json_schema; falling back to json_object", self.model)
                    self.json_object_mode = True
                    continue
                raise self._status_error(error, tally) from error
            except openai.APIConnectionError as error:
                kind = "timed out" if isinstance(error, openai.APITimeoutError) else "could not be reached"
                raise BackendUnavailable(
                    f"the model server {kind} after {tally.attempts} attempt(s)", attempts=tally.attempts
                ) from error
            except openai.APIError as error:  # e.g. a 200 whose body is not a chat completion
                raise BackendError(
                    f"the model server's reply was unusable: {error.message}", attempts=tally.attempts
                ) from error
            tally.add_usage(response)
            return response

    def _status_error(self, error: openai.APIStatusError, tally: _Tally) -> BackendError:
        status = error.status_code
        raw = _response_body(error)
        if status >= 500:
            return BackendUnavailable(
                f"the model server failed with HTTP {status} after {tally.attempts} attempt(s)",
                attempts=tally.attempts,
                status=status,
                raw=raw,
            )
        if status == 429:
            return BackendError(
                f"the model server kept rate-limiting (HTTP 429) after {tally.attempts} attempt(s)",
                attempts=tally.attempts,
                status=status,
                raw=raw,
            )
        return BackendError(
            f"the model server rejected the request with HTTP {status}: {error.message}",
            attempts=tally.attempts,
            status=status,
            raw=raw,
        )

    async def _create_with_retries(
        self, request: GenerationRequest, turns: Sequence[Turn], json_object: bool, tally: _Tally
    ) -> ChatCompletion:
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.max_attempts),
            wait=WaitRetryAfter(self.backoff_initial, self.backoff_max),
            retry=retry_if_exception(is_retryable),
            before_sleep=_log_retry,
            reraise=True,  # exhausted: raise the last SDK error, mapped by _complete
        )
        async for attempt in retrying:
            with attempt:
                tally.attempts += 1
                return await self._create_once(request, turns, json_object)
        raise AssertionError("tenacity stopped without an outcome")  # pragma: no cover

    async def _create_once(
        self, request: GenerationRequest, turns: Sequence[Turn], json_object: bool
    ) -> ChatCompletion:
        response_format: ResponseFormat
        if json_object:
            response_format = {"type": "json_object"}
            if turns:
                role, content = turns[-1]
                turns = [*turns[:-1], (role, content + JSON_OBJECT_HINT)]
        else:
            response_format = {
                "type": "json_schema",
                "json_schema": {
                    "name": request.schema_name,
                    "schema": strict_json_schema(request.json_schema),
                    "strict": True,
                },
            }
        temperature = request.temperature if request.temperature is not None else self.temperature
        return await self._client.chat.completions.create(
            model=self.model or "",
            messages=[_to_param(role, content) for role, content in turns],
            response_format=response_format,
            temperature=openai.omit if temperature is None else temperature,
            max_tokens=openai.omit if self.max_tokens is None else self.max_tokens,
        )


def _log_retry(retry_state: RetryCallState) -> None:
    outcome = retry_state.outcome
    error = outcome.exception() if outcome is not None else None
    wait = retry_state.next_action.sleep if retry_state.next_action is not None else 0.0
    log.info("model call attempt %d failed (%r); retrying in %.2fs", retry_state.attempt_number, error, wait)
