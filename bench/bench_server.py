"""Benchmark `drafter serve`: requests per second and latency of POST /v1/check and
POST /v1/drafts with N concurrent clients, on loopback.

    python bench/bench_server.py [--clients 16] [--requests 1000]
    python bench/bench_server.py --url http://127.0.0.1:8000 --token TOKEN

Without --url it starts its own server (`python -m drafter serve --port 0`) on a
temporary SQLite store, with the template backend, and adds an agent for the token. Request
counts are bounded and every phase stops after --max-seconds. Prints a table, then one JSON
line with every figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

REPLIES = [
    "您好，了解到您的外卖晚到了一个小时，非常抱歉。我已请配送团队跟进，今天下午5点前给您回复。谢谢您的反馈。",
    "I understand your order arrived late. I'm sorry for the trouble. We will refund you $500 today. Thank you.",
    "這不是我們的事，請您自己聯繫快遞。",
]
COMPLAINTS = [
    "外卖晚了两个小时，米饭也凉了，我要退款。",
    "I found a piece of glass in my burger and cut my mouth.",
    "The delivery was late by an hour and nobody answered the phone.",
]


def start_server(workdir: Path) -> tuple[subprocess.Popen[str], str, str]:
    db = f"sqlite:///{workdir / 'bench.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFTER_", "OPENAI_"))}
    base = [sys.executable, "-m", "drafter"]
    added = subprocess.run(
        [*base, "users", "add", "bench-agent", "--role", "agent", "--db", db],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    token = added.stdout.splitlines()[-1]
    cmd = [*base, "serve", "--port", "0", "--db", db, "--backend", "template", "--log-level", "warning"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    for line in proc.stderr:
        found = re.search(r"serving (http://\S+?)/ ", line)
        if found:
            threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the pipe drained
            return proc, found.group(1), token
    raise SystemExit("the server did not start")


async def phase(
    url: str, token: str, path: str, bodies: list[dict[str, Any]], clients: int, limit: float
) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"}
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    deadline = time.monotonic() + limit
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def worker() -> None:
            while time.monotonic() < deadline:
                try:
                    body = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                start = time.perf_counter()
                response = await client.post(path, json=body, headers=headers)
                latencies.append(time.perf_counter() - start)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "endpoint": f"POST {path}",
        "clients": clients,
        "requests": len(latencies),
        "seconds": round(elapsed, 3),
        "rps": round(len(latencies) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(statistics.median(ordered) * 1000, 2) if ordered else None,
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 2) if ordered else None,
        "statuses": statuses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="A running server (default: start one on a temporary store).")
    parser.add_argument("--token", help="A bearer token for --url.")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=1000, help="Per endpoint (drafts: a quarter of it).")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="Per endpoint.")
    args = parser.parse_args()
    if args.url and not args.token:
        parser.error("--url needs --token")

    proc = None
    with tempfile.TemporaryDirectory() as tmp:
        if args.url:
            url, token = args.url.rstrip("/"), args.token
        else:
            proc, url, token = start_server(Path(tmp))
        try:
            httpx.post(url + "/v1/check", json={"text": "warm up"}, headers={"Authorization": f"Bearer {token}"})
            checks = [{"id": n, "text": REPLIES[n % len(REPLIES)]} for n in range(args.requests)]
            drafts = [
                {"id": n, "complaint": f"{COMPLAINTS[n % len(COMPLAINTS)]} #{n}"} for n in range(args.requests // 4)
            ]
            results = [
                asyncio.run(phase(url, token, "/v1/check", checks, args.clients, args.max_seconds)),
                asyncio.run(phase(url, token, "/v1/drafts", drafts, args.clients, args.max_seconds)),
            ]
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=15)

    print(f"{'endpoint':<18} {'clients':>7} {'requests':>8} {'rps':>8} {'p50 ms':>8} {'p95 ms':>8}  statuses")
    for r in results:
        print(
            f"{r['endpoint']:<18} {r['clients']:>7} {r['requests']:>8} {r['rps']:>8} {r['p50_ms']:>8} {r['p95_ms']:>8}"
            f"  {r['statuses']}"
        )
    print(json.dumps({"cpus": os.cpu_count(), "results": results}))


if __name__ == "__main__":
    main()
