"""An optional second reviewer for the guardrail: a chat model reads the reply (and the complaint,
when known) for the core risks in wording no rule lists, because the rules' recall on outside
authors' paraphrase stalls where human labellers still agree.

It may only ADD findings and it fails closed. Each finding must quote the reply exactly; a quote
that is not in the reply is dropped (the model's word is never trusted for a span). When the model
cannot be reached, times out, refuses, or answers with something that does not validate after
one re-ask, the report gets one ``reviewer.unavailable`` finding and needs review: never a silent
pass. Settings as for the openai backend and the judge (OPENAI_BASE_URL, OPENAI_API_KEY,
DRAFTER_TIMEOUT; the model from ``reviewer_model``), the client's retries off and tenacity's on;
json_schema first, JSON mode for a server whose error names response_format; answers cached on
disk by model, prompt and text. Imported only when the reviewer is on: the offline check path
never loads the LLM client.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Final, Literal

import openai
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from openai.types.chat.completion_create_params import ResponseFormat
from pydantic import BaseModel, ConfigDict, ValidationError
from tenacity import Retrying, retry_if_exception, stop_after_attempt

from drafter.backends.openai_backend import (
    WaitRetryAfter,
    _schema_unsupported,  # one definition of "this server refuses json_schema" for backend and reviewer
    describe_validation_error,
    is_retryable,
    strict_json_schema,
)
from drafter.config import setting
from drafter.errors import ConfigError, ReviewerError
from drafter.guard.report import Finding, GuardReport
from drafter.policy import VERDICT_RANK, Authority, Policy, Severity, Verdict
from drafter.prompt_files import read_templates, sandboxed
from drafter.resources import data_dir

log = logging.getLogger(__name__)

PROMPT_FILES: Final = ("system.j2", "user.j2")
UNAVAILABLE: Final = "reviewer.unavailable"
DEFAULT_TIMEOUT: Final = 60.0  # the judge's: a reviewer answers a short list, not a whole reply
MAX_TOKENS: Final = 1200  # several findings with Chinese suggestions; a cut-off answer would not parse
_FENCE: Final = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL | re.IGNORECASE)

Category = Literal[
    "blame_discussion", "forbidden_phrase", "liability_admission", "unauthorized_compensation", "written_statement"
]


class ReviewItem(BaseModel):
    """One risk the model names, by the words it quotes from the reply."""

    model_config = ConfigDict(extra="ignore")

    category: Category
    quote: str
    message: str
    suggestion: str


class ReviewAnswer(BaseModel):
    """What the model must answer: a list, possibly empty (an answer without it is not 'clean')."""

    model_config = ConfigDict(extra="ignore")

    findings: list[ReviewItem]


def parse_answer(content: str) -> ReviewAnswer:
    """The model's raw output validated (a Markdown fence around it is tolerated); ValidationError else."""
    fenced = _FENCE.match(content)
    return ReviewAnswer.model_validate_json(fenced.group(1) if fenced else content)


# ---------------------------------------------------------------- the prompt (data: prompts/reviewer/)


@cache
def _templates() -> tuple[SandboxedEnvironment, str, dict[str, str]]:
    sources, digest = read_templates(data_dir("prompts") / "reviewer", PROMPT_FILES, "reviewer prompt")
    return sandboxed(), digest, sources


def prompt_hash() -> str:
    return _templates()[1]


def _limit_text(authority: Authority, currency: str) -> str:
    if authority.limit is None:
        return "no limit"
    return f"{authority.limit:g} {currency}"


def messages(
    reply: str,
    *,
    authority: Authority,
    currency: str,
    language: str,
    complaint: str | None = None,
    rules: Sequence[Finding] = (),
) -> list[dict[str, str]]:
    """The system and user messages; complaint, reply and the rules' excerpts go in as JSON strings."""
    env, _, sources = _templates()
    seen = dict.fromkeys((f.category, f.excerpt) for f in rules)  # overlapping rules often repeat one excerpt
    found = [{"category": category, "excerpt": excerpt} for category, excerpt in seen]
    try:
        system = env.from_string(sources["system.j2"]).render().strip()
        user = env.from_string(sources["user.j2"]).render(
            reply=reply,
            complaint=complaint if complaint is not None else "(not given)",
            language=language,
            role=authority.role,
            limit=_limit_text(authority, currency),
            rules=found,
        )
    except TemplateError as exc:
        raise ConfigError(f"reviewer prompt: {exc}") from exc
    return [{"role": "system", "content": system}, {"role": "user", "content": user.strip()}]


def _param(message: dict[str, str]) -> ChatCompletionMessageParam:
    if message["role"] == "system":
        return {"role": "system", "content": message["content"]}
    if message["role"] == "assistant":
        return {"role": "assistant", "content": message["content"]}
    return {"role": "user", "content": message["content"]}


def reviewer_model(flag: str | None = None) -> str:
    """The model: --reviewer-model, DRAFTER_REVIEWER_MODEL, the config file, then the drafting model."""
    from drafter.backends import DEFAULT_MODEL
    from drafter.config import reviewer_model as named

    return named(flag) or str(setting("model", None, DEFAULT_MODEL))


def default_cache_dir() -> Path | None:
    """Beside the guard's cache (DRAFTER_CACHE_DIR; DRAFTER_CACHE=0 turns it off)."""
    if os.environ.get("DRAFTER_CACHE", "1") == "0":
        return None
    custom = os.environ.get("DRAFTER_CACHE_DIR")
    if custom:
        return Path(custom) / "reviewer"
    import platformdirs

    return Path(platformdirs.user_cache_dir("drafter", appauthor=False)) / "reviewer"


def from_settings(model: str | None = None) -> Reviewer:
    """A reviewer for the model the settings name (see ``reviewer_model``), its answers cached
    beside the guard's cache; the caller closes it."""
    return Reviewer(reviewer_model(model), cache_dir=default_cache_dir())


_SCHEMA: Final = {"name": "review", "schema": strict_json_schema(ReviewAnswer.model_json_schema()), "strict": True}
_REASK: Final = (
    'Your previous answer was not the JSON object asked for ({problem}). Answer again with only {{"findings": '
    '[{{"category", "quote", "message", "suggestion"}}]}}, nothing before or after it.'
)


class Reviewer:
    """One chat model as the guard's second reader. Thread-safe for concurrent ``extend`` calls
    (the SDK's client is); the pipeline calls it from a worker thread."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
        cache_dir: Path | None = None,
        max_attempts: int = 3,
        backoff_initial: float = 0.5,
        backoff_max: float = 20.0,
    ) -> None:
        if not model:
            raise ConfigError("the reviewer needs a model name")
        self.model = model
        self.cache_dir = cache_dir
        self.max_attempts = max_attempts
        self.backoff = (backoff_initial, backoff_max)
        self.json_object_mode = False  # set once the server refuses json_schema
        self.calls = 0  # HTTP requests made
        self.hits = 0  # answers read from the cache
        self.dropped = 0  # quotes not found in the reply
        self.timeout = timeout if timeout is not None else float(setting("timeout", None, DEFAULT_TIMEOUT))
        self._client = openai.OpenAI(
            api_key=api_key or os.environ.get("OPENAI_API_KEY") or "not-needed",
            base_url=base_url or os.environ.get("OPENAI_BASE_URL") or setting("base_url"),
            timeout=self.timeout,
            max_retries=0,
        )
        self.base_url = str(self._client.base_url).rstrip("/")

    def close(self) -> None:
        self._client.close()

    # ------------------------------------------------------------ the report

    def extend(
        self,
        report: GuardReport,
        text: str,
        *,
        authority: Authority,
        policy: Policy,
        complaint: str | None = None,
    ) -> GuardReport:
        """The rules' report with the reviewer's findings added; the verdict only rises. A model
        that cannot answer adds ``reviewer.unavailable`` (at least ``flag``)."""
        try:
            added = self.review(
                text, authority=authority, policy=policy, language=report.language, complaint=complaint,
                rules=report.findings,
            )  # fmt: skip
        except ReviewerError as exc:
            log.warning("reviewer %s at %s: %s (attempts %s)", self.model, self.base_url, exc.message, exc.attempts)
            added = [_unavailable(exc, policy.reviewer_severity)]
        except Exception as exc:  # a bug here must not pass a reply unread, nor stop a batch: fail closed
            log.exception("reviewer %s failed", self.model)
            added = [_unavailable(ReviewerError(f"{type(exc).__name__}: {exc}"), policy.reviewer_severity)]
        if not added:
            return report
        verdict: Verdict = report.verdict
        for finding in added:
            v = policy.verdict_for(finding.severity)
            if finding.rule == UNAVAILABLE and VERDICT_RANK[v] < VERDICT_RANK["flag"]:
                v = "flag"  # an unread reply is never a pass, whatever the policy maps
            if VERDICT_RANK[v] > VERDICT_RANK[verdict]:
                verdict = v
        return report.model_copy(update={"verdict": verdict, "findings": [*report.findings, *added]})

    def review(
        self,
        text: str,
        *,
        authority: Authority,
        policy: Policy,
        language: str,
        complaint: str | None = None,
        rules: Sequence[Finding] = (),
    ) -> list[Finding]:
        """The findings the model adds to ``rules``; raises ReviewerError when it gives no usable answer."""
        payload = messages(
            text, authority=authority, currency=policy.currency, language=language, complaint=complaint, rules=rules
        )
        answer = self._cached_answer(payload)
        return self._findings(answer, text, authority, policy.reviewer_severity, rules)

    def _findings(
        self, answer: ReviewAnswer, text: str, authority: Authority, severity: Severity, rules: Sequence[Finding]
    ) -> list[Finding]:
        out: list[Finding] = []
        for item in answer.findings:
            if item.category == "unauthorized_compensation" and authority.limit is None:
                continue  # a role with no limit cannot exceed it
            quote = item.quote.strip()
            start = text.find(quote) if quote else -1
            if start < 0:
                self.dropped += 1  # made up or paraphrased: a span must be the reply's own words
                continue
            end = start + len(quote)
            if any(f.category == item.category and f.start < end and start < f.end for f in (*rules, *out)):
                continue  # the rules (or the model, twice) already said it there
            out.append(
                Finding(
                    rule=f"reviewer.{item.category}",
                    category=item.category,
                    severity=severity,
                    start=start,
                    end=end,
                    excerpt=quote,
                    message=f"LLM reviewer: {item.message.strip()[:300]}".rstrip(": "),
                    suggestion=item.suggestion.strip()[:400] or "Rewrite this part, or have a supervisor read it.",
                )
            )
        return out

    # ------------------------------------------------------------ the model, through the cache

    def _path(self, payload: list[dict[str, str]]) -> Path | None:
        if self.cache_dir is None:
            return None
        key = json.dumps(
            {"model": self.model, "prompt": prompt_hash(), "messages": payload}, sort_keys=True, ensure_ascii=False
        )
        return self.cache_dir / f"{hashlib.sha256(key.encode()).hexdigest()}.json"

    def _cached_answer(self, payload: list[dict[str, str]]) -> ReviewAnswer:
        path = self._path(payload)
        if path is not None and path.is_file():
            try:
                answer = ReviewAnswer.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValidationError):
                pass  # unreadable entry: ask again and overwrite it
            else:
                self.hits += 1
                return answer
        answer = self._answer(payload)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(answer.model_dump_json(), encoding="utf-8")
                tmp.replace(path)
            except OSError:
                pass  # a cache that cannot be written is not used
        return answer

    def _answer(self, payload: list[dict[str, str]]) -> ReviewAnswer:
        """Ask; on output that does not validate, re-ask once with the problem named."""
        attempts = [0]
        turns = list(payload)
        content = self._content(turns, attempts)
        try:
            return parse_answer(content)
        except ValidationError as error:
            problem = describe_validation_error(error)
        turns += [
            {"role": "assistant", "content": content or "(empty)"},
            {"role": "user", "content": _REASK.format(problem=problem)},
        ]
        content = self._content(turns, attempts)
        try:
            return parse_answer(content)
        except ValidationError as error:
            raise ReviewerError(
                f"the model's answer was not the findings object even after a re-ask "
                f"({describe_validation_error(error)[:160]})",
                attempts=attempts[0],
                status=200,
                raw=content,
            ) from error

    def _content(self, turns: list[dict[str, str]], attempts: list[int]) -> str:
        """One logical request: retries, the JSON-mode fallback, errors mapped to ReviewerError."""
        while True:
            json_object = self.json_object_mode
            try:
                response = self._create_with_retries(turns, json_object, attempts)
            except openai.APIStatusError as error:
                if not json_object and _schema_unsupported(error):
                    log.warning("%s refused json_schema (HTTP %d); the reviewer uses JSON mode", self.base_url,
                                error.status_code)  # fmt: skip
                    self.json_object_mode = True
                    continue
                raise ReviewerError(
                    f"the model server at {self.base_url} answered HTTP {error.status_code}",
                    attempts=attempts[0],
                    status=error.status_code,
                    raw=_body(error),
                ) from error
            except openai.APITimeoutError as error:
                raise ReviewerError(
                    f"the model server at {self.base_url} did not answer within {self.timeout:g} s",
                    attempts=attempts[0],
                ) from error
            except openai.APIConnectionError as error:
                raise ReviewerError(
                    f"the model server at {self.base_url} could not be reached", attempts=attempts[0]
                ) from error
            except openai.APIError as error:
                raise ReviewerError(
                    f"the model server at {self.base_url} sent an unusable reply: {error.message}",
                    attempts=attempts[0],
                ) from error
            except _NotACompletion as error:
                raise ReviewerError(
                    f"the model server at {self.base_url} answered with something that is not a chat completion",
                    attempts=attempts[0],
                    status=error.status,
                    raw=error.body[:2000],
                ) from error
            if not response.choices:
                return ""
            message = response.choices[0].message
            if message.refusal:
                raise ReviewerError("the model refused to review the reply", attempts=attempts[0], raw=message.refusal)
            return message.content or ""

    def _create_with_retries(
        self, turns: list[dict[str, str]], json_object: bool, attempts: list[int]
    ) -> ChatCompletion:
        retrying = Retrying(
            stop=stop_after_attempt(self.max_attempts),
            wait=WaitRetryAfter(*self.backoff),
            retry=retry_if_exception(is_retryable),
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                attempts[0] += 1
                self.calls += 1
                return self._create_once(turns, json_object)
        raise AssertionError("tenacity stopped without an outcome")  # pragma: no cover

    def _create_once(self, turns: list[dict[str, str]], json_object: bool) -> ChatCompletion:
        response_format: ResponseFormat = (
            {"type": "json_object"} if json_object else {"type": "json_schema", "json_schema": _SCHEMA}  # type: ignore[typeddict-item]
        )
        raw = self._client.chat.completions.with_raw_response.create(
            model=self.model,
            messages=[_param(m) for m in turns],
            response_format=response_format,
            temperature=0,
            max_tokens=MAX_TOKENS,
        )
        response = raw.http_response
        text = response.text
        if "json" not in response.headers.get("content-type", "").lower():
            raise _NotACompletion(response.status_code, text)
        try:
            return ChatCompletion.model_validate_json(text)
        except ValidationError as exc:
            raise _NotACompletion(response.status_code, text) from exc


class _NotACompletion(Exception):
    """A 2xx whose body is not a chat completion (a proxy's login page, plain text)."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.body = body


def _body(error: openai.APIStatusError) -> str | None:
    try:
        return error.response.text
    except Exception:  # body not read or not decodable
        return json.dumps(error.body, ensure_ascii=False) if error.body is not None else None


def _unavailable(exc: ReviewerError, severity: Severity) -> Finding:
    return Finding(
        rule=UNAVAILABLE,
        category="reviewer_unavailable",
        severity=severity,
        start=0,
        end=0,
        excerpt="",
        message=f"the LLM reviewer could not read this reply ({exc.message}; {exc.attempts or 0} attempt(s)): "
        "a person must read it",
        suggestion="Read the reply yourself, or check it again when the model server answers.",
    )
