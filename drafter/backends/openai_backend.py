"""Drafting backend for any OpenAI-compatible chat-completions server (OpenAI, Azure, vLLM,
Ollama, llama.cpp).

The SDK's own retries are off so that one policy (tenacity: jittered exponential backoff that
defers to ``Retry-After``) decides, counts every HTTP attempt, and turns exhaustion into our own
error types. Output is asked for with a strict JSON schema; a server whose error (any 4xx or 5xx:
llama.cpp answers HTTP 500) names ``response_format`` or ``json_schema`` gets ``json_object``
plus a reminder of the keys instead, and that choice is remembered for its base URL.

Local models are slow: the default timeout is long, and a timed-out request is never retried,
because a single-slot server is still working on it and a retry would queue behind it.
``max_tokens`` is always sent, so a rambling model cannot hold the slot for minutes.
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

import httpx2
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

# CPU inference of a small model took 53-270 s per draft on a 2-core machine: wait that long.
DEFAULT_TIMEOUT: Final = 300.0
# A LAST reply is four short paragraphs; enough room for Chinese (about a token per character).
DEFAULT_MAX_TOKENS: Final = 700

# Base URLs whose server rejected json_schema, for the life of the process: every backend made
# for the same server (a batch, an eval run, a second CLI call in one process) skips the failing call.
_JSON_OBJECT_SERVERS: set[str] = set()


def forget_json_object_servers() -> None:
    """Forget which servers rejected json_schema (tests start each case from a clean slate)."""
    _JSON_OBJECT_SERVERS.clear()


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
    """Transient failures only: dropped connections, 429 and 5xx. Not a timeout: the server is
    still working on that request, and a retry would stack a second one behind it on a busy
    single-slot server. Not a 5xx that names response_format (llama.cpp's HTTP 500 for
    json_schema): that is the fallback's business. Other 4xx would fail the same way again."""
    if isinstance(error, openai.APITimeoutError):
        return False
    if isinstance(error, openai.APIConnectionError):
        return True
    if isinstance(error, openai.APIStatusError):
        if _schema_unsupported(error):
            return False
        return error.status_code == 429 or error.status_code >= 500
    return False


class UnusableReply(Exception):
    """A 200 whose body is not a chat completion (an HTML login page, a proxy's error text)."""

    def __init__(self, status: int, content_type: str, body: str) -> None:
        super().__init__(f"HTTP {status} {content_type}")
        self.status = status
        self.content_type = content_type
        self.body = body


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
        timeout: float = DEFAULT_TIMEOUT,
        temperature: float | None = 0.3,
        max_attempts: int = 4,
        backoff_initial: float = 0.5,
        backoff_max: float = 20.0,
        max_tokens: int | None = DEFAULT_MAX_TOKENS,
    ) -> None:
        if not model:
            raise ConfigError("OpenAIBackend needs a model name")
        if max_attempts < 1:
            raise ConfigError(f"max_attempts must be at least 1, not {max_attempts}")
        if timeout <= 0:
            raise ConfigError(f"timeout must be positive, not {timeout}")
        if max_tokens is not None and max_tokens < 64:
            raise ConfigError(f"max_tokens must be at least 64 for a four-part reply, not {max_tokens}")
        self.model: str | None = model
        self.temperature = temperature
        self.max_attempts = max_attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.max_tokens = max_tokens
        self.timeout = timeout
        # Local servers ignore the key, but the SDK refuses to start without one.
        self._client = openai.AsyncOpenAI(
            api_key=api_key or os.environ.get("OPENAI_API_KEY") or "not-needed",
            base_url=base_url,
            timeout=timeout,
            max_retries=0,
        )
        self.base_url = str(self._client.base_url).rstrip("/")

    @property
    def json_object_mode(self) -> bool:
        """True once this server has rejected json_schema (remembered per base URL)."""
        return self.base_url in _JSON_OBJECT_SERVERS

    @json_object_mode.setter
    def json_object_mode(self, value: bool) -> None:
        if value:
            _JSON_OBJECT_SERVERS.add(self.base_url)
        else:
            _JSON_OBJECT_SERVERS.discard(self.base_url)

    async def aclose(self) -> None:
        """Close the HTTP connection pool (call before the event loop ends)."""
        await self._client.close()

    def prepare(self, job: DraftJob) -> GenerationRequest:
        """The prompts in prompts/ rendered for this job; a revision round adds the first answer
        and the guardrail's findings after it."""
        messages = build_messages(
            job.complaint,
            job.analysis,
            role=job.role,
            limit=job.limit,
            currency=job.currency,
            profile=job.profile,
            policy=job.policy,
        )
        if job.revision is not None:
            if job.revision.previous:
                messages.append(Message(role="assistant", content=job.revision.previous))
            messages.append(revision_message(job.revision.findings, job.revision.copied))
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
                    f"the model at {self.base_url} answered without the {request.schema_name} JSON object even "
                    f"after one re-ask (last HTTP status 200): {describe_validation_error(again)}",
                    attempts=tally.attempts,
                    status=200,
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
                if not json_object and _schema_unsupported(error):
                    log.warning(
                        "%s answered HTTP %d naming response_format; falling back to json_object for this server",
                        self.base_url,
                        error.status_code,
                    )
                    self.json_object_mode = True
                    continue
                raise self._status_error(error, tally) from error
            except openai.APITimeoutError as error:
                raise BackendUnavailable(
                    f"the model server at {self.base_url} did not answer within {self.timeout:g} s "
                    f"(not retried: the server may still be working on it; raise DRAFTER_TIMEOUT for slow models)",
                    attempts=tally.attempts,
                ) from error
            except openai.APIConnectionError as error:
                raise BackendUnavailable(
                    f"the model server at {self.base_url} could not be reached after {tally.attempts} attempt(s)",
                    attempts=tally.attempts,
                ) from error
            except UnusableReply as error:
                raise BackendUnavailable(
                    f"the model server at {self.base_url} answered HTTP {error.status} with a body that is not a "
                    f"chat completion ({error.content_type or 'no content type'}): {error.body[:120]!r}",
                    attempts=tally.attempts,
                    status=error.status,
                    raw=error.body,
                ) from error
            except openai.APIError as error:  # anything else the SDK could not make sense of
                raise BackendUnavailable(
                    f"the model server at {self.base_url} sent a reply that could not be used: {error.message}",
                    attempts=tally.attempts,
                ) from error
            tally.add_usage(response)
            return response

    def _status_error(self, error: openai.APIStatusError, tally: _Tally) -> BackendError:
        status = error.status_code
        raw = _response_body(error)
        if status >= 500:
            return BackendUnavailable(
                f"the model server at {self.base_url} failed with HTTP {status} after {tally.attempts} attempt(s)",
                attempts=tally.attempts,
                status=status,
                raw=raw,
            )
        if status == 429:
            return BackendUnavailable(
                f"the model server at {self.base_url} kept rate-limiting (last HTTP status 429) "
                f"after {tally.attempts} attempt(s)",
                attempts=tally.attempts,
                status=status,
                raw=raw,
            )
        return BackendError(
            f"the model server at {self.base_url} rejected the request with HTTP {status}: {error.message}",
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
        raw = await self._client.chat.completions.with_raw_response.create(
            model=self.model or "",
            messages=[_to_param(role, content) for role, content in turns],
            response_format=response_format,
            temperature=openai.omit if temperature is None else temperature,
            max_tokens=openai.omit if self.max_tokens is None else self.max_tokens,
        )
        return _completion(raw.http_response)


def _completion(response: httpx2.Response) -> ChatCompletion:
    """The body of a 2xx as a chat completion, or UnusableReply: servers behind proxies answer
    HTML login pages with 200, and some local servers answer plain text."""
    content_type = response.headers.get("content-type", "")
    text = response.text
    if "json" not in content_type.lower():
        raise UnusableReply(response.status_code, content_type, text)
    try:
        return ChatCompletion.model_validate_json(text)
    except ValidationError as exc:
        raise UnusableReply(response.status_code, content_type, text) from exc


def _log_retry(retry_state: RetryCallState) -> None:
    outcome = retry_state.outcome
    error = outcome.exception() if outcome is not None else None
    wait = retry_state.next_action.sleep if retry_state.next_action is not None else 0.0
    log.info("model call attempt %d failed (%r); retrying in %.2fs", retry_state.attempt_number, error, wait)
