"""A small OpenAI-compatible chat-completions server for tests and benchmarks (standard library only).

In tests::

    with serve(script=[{"status": 429, "headers": {"Retry-After": "0"}}]) as base_url:
        backend = OpenAIBackend("fake-model", base_url=base_url)
        ...
        base_url.requests  # every JSON request body received, in order

From a shell (the benchmark does this)::

    python tests/fake_openai.py --port 8765 --delay 0.2

``POST /v1/chat/completions`` answers a valid ``chat.completion`` whose content is a JSON object
with listen / apologize / satisfy / thank, written deterministically from the last user message:
Chinese (Traditional when the text has Traditional-only characters such as 們/這/還) if it has
Chinese characters, English otherwise. The complaint is read from between ``<complaint>`` and
``</complaint>`` (JSON-decoded when quoted) and only ever quoted, without amounts; instructions
in it are never followed. ``script`` entries are consumed in order before that default:

* ``{"status": 429, "headers": {"Retry-After": "0"}}``, ``{"status": 500}`` — an error response
  (``"body"`` overrides the OpenAI-style error body);
* ``{"sleep": 2.0}`` — wait before answering (to provoke a client timeout), then answer normally;
* ``{"content": "not json"}`` — a 200 whose message content is exactly this;
* ``{"refusal": "I can't help with that."}`` — a 200 with ``message.refusal`` set;
* ``{"status": 400, "body": {"error": {...}}}`` — e.g. "response_format json_schema is not supported";
  ``LLAMA_CPP_SCHEMA_500`` is the HTTP 500 llama-cpp-python's server answers for ``json_schema``;
* ``{"raw": "<html>…</html>", "content_type": "text/html"}`` — a 200 whose body is not a chat
  completion (a proxy's login page);
* ``{"copy_example": true}`` — answer with the first few-shot reply in the request, as small
  models do.

``slots=1`` makes the server work on one request at a time, like a single-slot llama.cpp server:
others wait their turn (``max_waiting`` is how many were ever queued at once).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

Script = Iterable[dict[str, Any]]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Traditional-only forms of common characters; their Simplified counterparts differ.
_TRADITIONAL = set(
    "們這還個來說對會過時實點問題處經請謝應業務發東國買錢給為與樣麼開關無見產質員認識讓嗎號後頭電話裡邊難聽"
    "亂寫覺貨換單據錯誤態衛滿準備熱壞費歡聯繫當線訂廳館醫藥語髒蟲湯飯麵雞魚師傅闆遲餵傷塊讀"
)
# Greedy: the template's closing marker is the last one, even if the complaint spells one out.
_COMPLAINT = re.compile(r"<complaint>(.*)</complaint>", re.DOTALL)
# Money in the complaint is never echoed: a quoted amount would read like a promise.
_AMOUNT = re.compile(
    r"(?:US\$|HK\$|NT\$|RMB|CNY|HKD|USD|EUR|GBP|[$¥￥€£])?\s*[0-9０-９][0-9０-９.,，]*\s*"
    r"(?:dollars?|bucks|yuan|euros?|pounds?|RMB|CNY|HKD|USD|元|块|塊|蚊|美元|港元|港币|港幣|人民币|人民幣|万|萬)?"
    r"|[零〇一二两兩三四五六七八九十百千万萬]+\s*(?:元|块|塊|蚊|美元|港元|港币|港幣|人民币|人民幣)"
    r"|US\$|HK\$|NT\$|[$¥￥€£]",
    re.IGNORECASE,
)


# What llama-cpp-python 0.2.62's OpenAI-compatible server answers for response_format json_schema.
LLAMA_CPP_SCHEMA_500: dict[str, Any] = {
    "status": 500,
    "body": {
        "error": {
            "message": "[{'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
            "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema', "
            "'ctx': {'expected': \"'text' or 'json_object'\"}}]",
            "type": "internal_server_error",
            "param": None,
            "code": None,
        }
    },
}


def has_chinese(text: str) -> bool:
    return _CJK.search(text) is not None


def is_traditional(text: str) -> bool:
    return any(char in _TRADITIONAL for char in text)


def complaint_text(message: str) -> str | None:
    """The complaint between the markers (JSON-decoded when it is a JSON string), or None."""
    found = _COMPLAINT.search(message)
    if found is None:
        return None
    inner = found.group(1).strip()
    if inner.startswith('"'):
        try:
            decoded = json.loads(inner)
        except ValueError:
            return inner
        if isinstance(decoded, str):
            return decoded
    return inner


def excerpt(text: str, limit: int = 60) -> str:
    """First ``limit`` characters of ``text`` on one line, with money amounts taken out."""
    cleaned = _AMOUNT.sub(" ", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" \"'“”「」")
    return cleaned[:limit].rstrip()


def source_message(messages: list[dict[str, Any]]) -> str:
    """The last user message; when it carries no complaint (a re-ask, a revision round), the
    latest user message that does, so the answer stays in the complaint's language."""
    users = [_text(m.get("content")) for m in messages if m.get("role") == "user"]
    if not users:
        return ""
    for text in reversed(users):
        if complaint_text(text) is not None:
            return text
    return users[-1]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def draft(message: str) -> dict[str, str]:
    """The four LAST sections, deterministically, from one user message."""
    complaint = complaint_text(message)
    about = excerpt(complaint if complaint is not None else message)
    looked_at = f"{message}\n{complaint or ''}"
    escalate = "escalate to management: yes" in message.lower()
    if has_chinese(looked_at):
        if is_traditional(looked_at):
            return {
                "listen": f"了解到您反映的情況：「{about}…」，我非常理解您的心情。",
                "apologize": "很抱歉給您帶來不便。",
                "satisfy": "我已將此事轉給值班經理，經理會在2小時內與您聯繫。"
                if escalate
                else "我已將此事轉交主管跟進，24小時內會與您聯繫，為您安排更換或重新處理。",
                "thank": "感謝您告訴我們，讓我們有機會改進。",
            }
        return {
            "listen": f"了解到您反映的情况：“{about}…”，我非常理解您的心情。",
            "apologize": "很抱歉给您带来不便。",
            "satisfy": "我已将此事转给值班经理，经理会在2小时内与您联系。"
            if escalate
            else "我已将此事转交主管跟进，24小时内会与您联系，为您安排更换或重新处理。",
            "thank": "感谢您告诉我们，让我们有机会改进。",
        }
    return {
        "listen": f'I understand that "{about}..." and I can see how frustrating this has been for you.',
        "apologize": "I'm sorry for the trouble this has caused you.",
        "satisfy": "I have passed this to our duty manager, who will contact you within 2 hours."
        if escalate
        else "I have passed this to our team lead, who will contact you within 24 hours to arrange a replacement.",
        "thank": "Thank you for telling us; it helps us improve.",
    }


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


class FakeOpenAI:
    """The server plus its state; a context manager that runs it in a background thread."""

    def __init__(
        self,
        script: Script | None = None,
        delay: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
        verbose: bool = False,
        slots: int | None = None,
    ) -> None:
        self.script: deque[dict[str, Any]] = deque(script or ())
        self.delay = delay
        self.verbose = verbose
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._count = 0
        self.slots = threading.BoundedSemaphore(slots) if slots else None
        self.waiting = 0
        self.max_waiting = 0
        self._httpd = _Server((host, port), _Handler)
        self._httpd.fake = self
        self._thread: threading.Thread | None = None
        bound_host, bound_port = self._httpd.server_address[:2]
        self.port = int(bound_port)
        self.base_url = BaseURL(f"http://{bound_host!s}:{self.port}/v1", self)

    def next_entry(self, body: dict[str, Any]) -> tuple[dict[str, Any], int]:
        with self._lock:
            self.requests.append(body)
            self._count += 1
            return (self.script.popleft() if self.script else {}), self._count

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def start(self) -> BaseURL:
        # A short poll interval keeps shutdown (and so each test) fast.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-openai", daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._thread is not None:  # shutdown() would wait forever for a loop never started
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.close()

    def close(self) -> None:
        self._httpd.server_close()

    def __enter__(self) -> BaseURL:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class BaseURL(str):
    """The base URL (a plain ``str`` for the client) that also exposes the server's records."""

    server: FakeOpenAI

    def __new__(cls, url: str, server: FakeOpenAI) -> BaseURL:
        made = super().__new__(cls, url)
        made.server = server
        return made

    @property
    def requests(self) -> list[dict[str, Any]]:
        return self.server.requests


def serve(
    script: Script | None = None, delay: float = 0.0, port: int = 0, host: str = "127.0.0.1", slots: int | None = None
) -> FakeOpenAI:
    """``with serve(...) as base_url:`` runs a fake server on loopback for the block."""
    return FakeOpenAI(script=script, delay=delay, host=host, port=port, slots=slots)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # the benchmark opens many connections at once
    fake: FakeOpenAI


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real API: the benchmark reuses connections
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.fake.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._send(200, {"object": "list", "data": [{"id": "fake-model", "object": "model", "owned_by": "fake"}]})
        else:
            self._send(404, _error("not found", "invalid_request_error"))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, _error(f"no route for {self.path}", "invalid_request_error"))
            return
        try:
            body = json.loads(raw.decode("utf-8") or "{}")
        except ValueError:
            self._send(400, _error("request body is not JSON", "invalid_request_error"))
            return
        if not isinstance(body, dict):
            self._send(400, _error("request body must be a JSON object", "invalid_request_error"))
            return
        fake = self.server.fake
        entry, number = fake.next_entry(body)
        if fake.slots is None:
            self._answer(fake, entry, number, body)
            return
        if not fake.slots.acquire(blocking=False):  # busy: queue behind the request in the slot
            with fake._lock:
                fake.waiting += 1
                fake.max_waiting = max(fake.max_waiting, fake.waiting)
            fake.slots.acquire()
            with fake._lock:
                fake.waiting -= 1
        try:  # one request at a time, like a single-slot llama.cpp server
            self._answer(fake, entry, number, body)
        finally:
            fake.slots.release()

    def _answer(self, fake: FakeOpenAI, entry: dict[str, Any], number: int, body: dict[str, Any]) -> None:
        if entry.get("sleep"):
            time.sleep(float(entry["sleep"]))
        if fake.delay:
            time.sleep(fake.delay)
        if "raw" in entry:
            self._send_raw(200, str(entry["raw"]), str(entry.get("content_type", "text/html")))
            return
        status = int(entry.get("status", 200))
        headers = {str(k): str(v) for k, v in dict(entry.get("headers") or {}).items()}
        if status != 200:
            self._send(status, entry.get("body") or _default_error(status), headers)
            return
        messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
        if "refusal" in entry:
            content, refusal = None, str(entry["refusal"])
        elif "content" in entry:
            content, refusal = str(entry["content"]), None
        elif entry.get("copy_example"):
            shots = [m for m in messages if m.get("role") == "assistant"]
            content, refusal = (_text(shots[0].get("content")) if shots else "{}"), None
        else:
            content, refusal = json.dumps(draft(source_message(messages)), ensure_ascii=False), None
        prompt_tokens = sum(_tokens(_text(m.get("content"))) for m in messages)
        completion_tokens = _tokens(content or refusal or "")
        completion = {
            "id": f"chatcmpl-fake-{number}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or "fake-model",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": refusal},
                    "logprobs": None,
                    "finish_reason": entry.get("finish_reason", "stop"),
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
        self._send(200, completion, headers)

    def _send_raw(self, status: int, text: str, content_type: str) -> None:
        data = text.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            self.close_connection = True


def _error(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def _default_error(status: int) -> dict[str, Any]:
    if status == 429:
        return _error("Rate limit reached, please retry later.", "rate_limit_error")
    if status >= 500:
        return _error("The server had an error while processing your request.", "server_error")
    return _error(f"Request failed with HTTP {status}.", "invalid_request_error")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before every answer")
    parser.add_argument("--script", help="JSON file holding a list of scripted responses")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    script = None
    if args.script:
        with open(args.script, encoding="utf-8") as handle:
            script = json.load(handle)
    fake = FakeOpenAI(script=script, delay=args.delay, host=args.host, port=args.port, verbose=args.verbose)
    print(f"fake OpenAI server on {fake.base_url}", file=sys.stderr, flush=True)
    try:
        fake.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        fake.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
