"""Restate a complaint in the reply's voice: the customer's own facts, turned round ("我" ->
"您", "your staff" -> "our staff"), sorted into what happened (Listen), what they ask for
(Satisfy) and references (ids in brackets).

Why mirror the customer's words instead of filling slots: a reply that repeats the flight, the
booking code and the deadline the customer gave reads as heard, and slot templates came out
wrong for anything they did not foresee. The complaint is untrusted, so only whole clauses that
pass the filters are repeated: venting, threats, contact details and anything that reads as an
instruction are dropped, and the guardrail checks the reply afterwards. The vocabulary lives in
prompts/restate.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from drafter.errors import ConfigError
from drafter.guard.amounts import find_amounts
from drafter.guard.normalize import fold
from drafter.models import Ask
from drafter.resources import data_dir


class _ZhCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vent: list[str]
    vent_unless: list[str]
    not_ask: list[str]
    unanswered: list[str]
    rhetorical_end: list[str]
    threat: list[str]
    condition: list[str]
    ask_start: list[str]
    ask_end: list[str]
    question: list[str]
    connectors: list[str]
    particles: list[str]


class _EnCues(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filler: list[str]
    vent: list[str]
    threat: list[str]
    condition: list[str]
    ask_start: list[str]
    imperative: list[str]
    question: list[str]
    subjectless: list[str]
    spelling: dict[str, str]
    connectors: list[str]


class _Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")

    zh_chars: dict[str, int]
    en_words: dict[str, int]


class _Profanity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    zh: list[str]
    en: list[str]


class RestateCues(BaseModel):
    """prompts/restate.yaml, validated."""

    model_config = ConfigDict(extra="forbid")

    profanity: _Profanity
    addressee_zh: list[str]
    version: str
    zh: _ZhCues
    en: _EnCues
    reference_labels: list[str]
    intents: dict[str, list[str]]
    injection: list[str]
    compensation: list[str]
    limits: _Limits


class Restatement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    story: list[str] = Field(default_factory=list)  # sentences in our voice, no end punctuation
    refs: list[str] = Field(default_factory=list)  # "order 300-5581723", "订单号 ORD-1"
    asks: list[Ask] = Field(default_factory=list)
    fragment: bool = False  # en: the first story sentence has no subject ("4th day without power")


@cache
def restate_cues(path: str | None = None) -> RestateCues:
    source = Path(path) if path else data_dir("prompts") / "restate.yaml"
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        return RestateCues.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"{source}: invalid restatement vocabulary\n{exc}") from exc


# --------------------------------------------------------------------------- shared pieces

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff]+"
)
_CONTACT = re.compile(
    r"^\s*(?:(?:电话|電話|手机|手機|联系电话|聯絡電話|tel|phone|mobile|cell|email|e-mail|微信|wechat|line)\s*[:：]?\s*)?"
    r"[+\d(][\d*\s()+-]{6,}\d\s*$|^\s*\S+@\S+\.\S+\s*$|https?://",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"|‘[^’]*’")
_ID_TOKEN = re.compile(r"(?=[\w*#-]*\d)[A-Za-z0-9][\w*#·-]*[\w*]|\d{3,}")


_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HASHTAG = re.compile(r"(?<!\w)#[A-Za-z_]+(?![\w-])")  # #TR-8842 is a reference, not a hashtag
_HANDLE = re.compile(r"(?<![\w@])@\w+")


def _desocial(text: str, us: str) -> str:
    """Links and hashtags go; an @handle is the business being addressed ("signing up with @acme")."""
    text = _URL.sub("", _HASHTAG.sub("", text))
    text = re.sub(r"^(\s*)(?:@\w+\s*)+", r"\1", text, flags=re.MULTILINE)  # leading mentions address us
    return _HANDLE.sub(us, text)


@cache
def _profane(path: str | None = None) -> re.Pattern[str]:
    cues = restate_cues(path)
    parts = [re.escape(fold(w)) for w in cues.profanity.zh]
    for w in cues.profanity.en:
        stem = re.escape(w.rstrip("*"))
        parts.append(rf"(?<![a-z]){stem}{'[a-z]*' if w.endswith('*') else ''}(?![a-z])")
    return re.compile("|".join(parts))


def _has_id(text: str) -> bool:
    """A token a reply should repeat exactly: letters with digits (CZ3101, 12C) or 3+ digits."""
    for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9*#·_-]*", text):
        token = m.group()
        digits = sum(ch.isdigit() for ch in token)
        letters = sum(ch.isalpha() for ch in token)
        if digits >= 3 or (
            digits >= 1 and letters >= 1 and not re.fullmatch(r"\d+(?:st|nd|rd|th|am|pm|h|k|kg|km)", token, re.I)
        ):
            return True
    return False


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)")


def _contains_any(folded: str, words: list[str]) -> bool:
    """Whether any cue occurs in the folded text (one compiled alternation per cue list)."""
    return _alternation(tuple(words)).search(folded) is not None


def _injected(folded: str, cues: RestateCues) -> bool:
    return _contains_any(folded, cues.injection)


def _outside_quotes(text: str, change: re.Pattern[str], repl: object) -> str:
    """Apply a substitution to the text outside quotation marks: quoted words stay the customer's."""
    out: list[str] = []
    last = 0
    for m in _QUOTED.finditer(text):
        out.append(change.sub(repl, text[last : m.start()]))  # type: ignore[call-overload]
        out.append(m.group())
        last = m.end()
    out.append(change.sub(repl, text[last:]))  # type: ignore[call-overload]
    return "".join(out)


@dataclass(slots=True)
class _Clause:
    text: str
    kind: str = "story"  # story | ask | know | threat | condition | vent | ref | noise
    sentence: int = 0
    question: bool = False


@dataclass(slots=True)
class _Pieces:
    clauses: list[_Clause] = field(default_factory=list)


# --------------------------------------------------------------------------- Chinese

_ZH_SENTENCE = re.compile(r"[。！？!?；;…\n]+|(?<!\d)\.(?=\s|$)")
_ZH_CLAUSE = re.compile(r"[，,、](?!\d{3})|(?<=[\u4e00-\u9fff\d%）)」”])\s+(?=[\u4e00-\u9fff(（「“])")
_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_GREETING_LINE = re.compile(r"^[^\n]{0,24}?(?:您好|你好|好|dear[^\n]*|hi[^\n]*|hello[^\n]*)\s*[,，:：!！]?\s*$", re.I)
_ZH_ORGS = (
    "公司|司|平台|店|行|方|校|院|所|中心|单位|單位|商家|餐厅|餐廳|酒店|饭店|飯店|医院|醫院|诊所|診所|补习班|補習班|"
    "银行|銀行|航空|集团|集團|部门|部門|局"
)
# One pass, longest alternatives first, so a replacement is never replaced again (你们 -> 我们 must
# not then become 您).
_ZH_SHIFT = re.compile(
    rf"(?P<org>[贵貴](?:{_ZH_ORGS}))"
    r"|(?P<you>你们|你們|妳們|妳们|你哋|你地|您们|您們)"
    r"|(?P<party>(?:我们|我們)(?=[一二三四五六七八九十两兩\d]+(?:个|個|位)?人))"
    r"|(?P<we>我们|我們|我哋|咱们|咱們|我地)"
    r"|(?P<self>本人)"
    r"|(?P<i>(?<!自)我)"
    r"|(?P<you1>(?<!您)[你妳](?!好))"
)
_ZH_BARE_ORG = re.compile(r"[贵貴](?:方)$")
# How an institution names itself: 贵行 -> 我行 (a bank), 贵校 -> 我校, 贵司 -> 我司.
_ZH_SELF_ORG = {"行": "我行", "校": "我校", "院": "我院", "司": "我司", "所": "我所", "局": "我局"}


def _zh_turn(m: re.Match[str], we: str) -> str:
    kind = m.lastgroup
    if kind == "org":
        word = m.group()
        if word[1:] in _ZH_SELF_ORG:
            return _ZH_SELF_ORG[word[1:]]
        return we if _ZH_BARE_ORG.match(word) else we + word[1:]
    if kind in ("you", "you1"):
        return we
    if kind == "party":
        return "您一行"
    return "您"


def _zh_unwrap(text: str) -> str:
    """Join hard-wrapped lines: a long line that ends mid-sentence continues on the next."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) >= 20
            and out[-1]
            and not re.search(r"[。！？!?；;，,：:）)」”\"…~]\s*$", out[-1])
            and line.strip()
            and re.match(r"\s*[\u3400-\u9fffA-Za-z0-9]", line)
        ):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


@cache
def _address_pattern(path: str | None = None) -> re.Pattern[str]:
    titles = "|".join(map(re.escape, restate_cues(path).addressee_zh))
    return re.compile(
        rf"^\s*(?:(?:尊敬的|亲爱的|親愛的)?[^，。：:！!？?\s]{{0,10}}?(?:{titles})[^，。：:！!？?]{{0,4}}[：:，,！!]\s*"
        rf"|(?:尊敬的|亲爱的|親愛的)?[^，。：:！!？?]{{0,10}}?(?:您好|你好|你們好|你们好)[！!，,。：:]*\s*)"
    )


def _zh_address(line: str, cues: RestateCues) -> str:
    """Drop what only addresses someone at the start of a line: "尊敬的胡书记：您好！", "邓局长："."""
    pattern = _address_pattern()
    for _ in range(3):
        cut = pattern.sub("", line, count=1)
        if cut == line:
            break
        line = cut
    return line


def _zh_lines(text: str) -> list[str]:
    cues = restate_cues()
    lines = [_zh_address(line.strip(), cues) for line in _desocial(_zh_unwrap(text), "你们").split("\n")]
    return [line.strip() for line in lines if line.strip() and not _CONTACT.search(line)]


def _zh_pieces(text: str, cues: RestateCues) -> _Pieces:
    pieces = _Pieces()
    sentence = 0
    for line in _zh_lines(text):
        line = _EMOJI.sub("", line)
        line = _cut_injection(line, cues, _ZH_SENTENCE)
        pos = 0
        for m in [*_ZH_SENTENCE.finditer(line), None]:
            end = m.start() if m else len(line)
            chunk = line[pos:end]
            mark = m.group() if m else ""
            pos = m.end() if m else len(line)
            if not chunk.strip():
                continue
            parts = [p for p in _ZH_CLAUSE.split(chunk) if p and p.strip()]
            for i, part in enumerate(parts):
                question = i == len(parts) - 1 and ("?" in mark or "？" in mark)
                pieces.clauses.append(_Clause(part.strip(), sentence=sentence, question=question))
            sentence += 1
    for clause in pieces.clauses:
        clause.kind = _zh_kind(clause, cues)
    _merge_follow_ons(pieces, "，")
    return pieces


def _merge_follow_ons(pieces: _Pieces, joiner: str) -> None:
    """A request goes on to the end of its sentence: "请把套餐改回来，并退还多扣的¥70" is one ask."""
    merged: list[_Clause] = []
    for clause in pieces.clauses:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == "ask"
            and prev.sentence == clause.sentence
            and clause.kind in ("story", "ask")
        ):
            prev.text = prev.text + joiner + clause.text
            continue
        merged.append(clause)
    pieces.clauses = merged


def _cut_injection(line: str, cues: RestateCues, sentences: re.Pattern[str]) -> str:
    """The line up to the sentence that holds an instruction to us: that sentence and whatever
    follows it on the line are the customer's attempt to steer the reply, never a fact."""
    folded = line.lower() if line.isascii() else fold(line)
    hits = [folded.find(w) for w in cues.injection if w in folded]
    if not hits:
        return line
    at = min(hits)
    start = 0
    for m in sentences.finditer(line, 0, at):
        start = m.end()
    return line[:start]


def _strip_connectors(text: str, connectors: list[str]) -> str:
    changed = True
    while changed:
        changed = False
        for word in connectors:
            if text.startswith(word) and len(text) > len(word) + 1:
                text = text[len(word) :]
                changed = True
    return text


@cache
def _labels(path: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Reference labels, longest first: (folded without spaces for Chinese, English as written)."""
    labels = sorted(restate_cues(path).reference_labels, key=len, reverse=True)
    return tuple(fold(w).replace(" ", "") for w in labels), tuple(w + " " for w in labels if w.isascii())


def _zh_is_ref(text: str, cues: RestateCues) -> bool:
    if len(_HAN_CHAR.findall(text)) > 8 or not _has_id(text):
        return False
    return fold(text).replace(" ", "").startswith(_labels()[0])


def _zh_kind(clause: _Clause, cues: RestateCues) -> str:
    z = cues.zh
    folded = fold(clause.text)
    bare = _strip_connectors(folded, z.connectors)
    if not _HAN_CHAR.search(clause.text) and not _has_id(clause.text):
        return "noise"
    if _injected(folded, cues) or _profane().search(folded):
        return "noise"
    if _contains_any(folded, z.threat):
        return "threat"
    if bare.startswith(tuple(z.condition)):
        return "condition"
    unvented = folded
    for word in z.vent_unless:
        unvented = unvented.replace(word, "")
    if _contains_any(unvented, z.vent):
        return "vent"
    if _zh_is_ref(clause.text, cues):
        return "ref"
    if _contains_any(folded, z.unanswered):
        return "story"
    asking = bare.startswith(tuple(z.ask_start)) and not bare.startswith(tuple(z.not_ask))
    if asking or bare.rstrip("?？!！").endswith(tuple(z.ask_end)):
        return "vent" if bare.rstrip("?？!！ ").endswith(("好吗", "好不好", "行不行")) else "ask"
    if _contains_any(bare, z.question) and (clause.question or len(bare) <= 24):
        return "know"
    if clause.question and bare.rstrip("?？ ").endswith(tuple(z.rhetorical_end)):
        return "vent"
    return "story"


def shift_zh(text: str, traditional: bool = False) -> str:
    """Turn the customer's words round: 我 -> 您, 你们 / 贵公司 -> 我们 (我們 in Traditional text);
    quoted words stay as said."""
    we = "我們" if traditional else "我们"
    text = _outside_quotes(text, _ZH_SHIFT, lambda m: _zh_turn(m, we))
    return text.replace("您您", "您").replace(we + we, we)


def _zh_tidy(text: str, cues: RestateCues) -> str:
    text = re.sub(r"[?？!！~～]+$", "", text.strip())
    text = re.sub(r"\s{2,}", " ", text)
    for particle in cues.zh.particles:
        if text.endswith(particle) and len(text) > len(particle) + 2:
            text = text[: -len(particle)]
    return text.strip()


_ZH_DEADLINE = re.compile(
    r"(?:(?:\d+|[一二三四五六七八九十两兩]+)\s*(?:个|個)?\s*(?:工作日|工作天|天|日|小时|小時|个钟|個鐘|星期|周|週|礼拜|禮拜|月)\s*(?:内|內|之内|之內))"
    r"|(?:今天|今日|明天|听日|聽日|本周[一二三四五六日天]?|本週[一二三四五六日天]?|这周[一二三四五六日天]?|這週[一二三四五六日天]?|下周[一二三四五六日天]?|下週[一二三四五六日天]?|月底)(?:之前|以前|前|内|內)?"
)


def _zh_ask(clause: _Clause, cues: RestateCues, trad: bool) -> Ask | None:
    z = cues.zh
    text = _zh_tidy(_strip_connectors(clause.text, z.connectors), cues)
    folded = fold(text)
    if clause.kind == "know":
        for word in ("到底", "究竟"):
            text = text.replace(word, "")
        text = re.sub(r"^(?:请|請|麻烦|麻煩)?(?:告诉我|告訴我|话我知|話我知|通知我)", "", text)
        return Ask(kind="know", text=shift_zh(text, trad)) if text else None
    if clause.kind == "condition":
        m = _ZH_DEADLINE.search(text)
        return Ask(kind="deadline", text=m.group()) if m else None
    # "请…" / "麻烦…": what we should do. "希望…" / "我想…": a clause with its own subject.
    for word in sorted(z.ask_start, key=len, reverse=True):
        w = fold(word)
        if not folded.startswith(w):
            continue
        rest = text[len(word) :]
        if w.startswith(("我", "本人", "希望", "要求")):
            said = shift_zh(text if w.startswith(("我", "本人")) else "我" + text, trad)
            know = re.match(r"^您(?:想|希望|要)(?:知道|了解|问清楚|問清楚)(.+)$", said)
            if know:
                return Ask(kind="know", text=know.group(1))
            return Ask(kind="want", text=re.sub(r"^您要(?!求)", "您希望", said))
        if w == "叫你们":
            who = re.sub(r"(?:出来|出來|过来|過來|来|來)$", "", shift_zh(rest, trad)).lstrip("的")
            return Ask(kind="do", text=f"请{who}出面处理") if who else None
        rest = re.sub(r"^(?:你们|你們|你哋|贵公司|貴公司|贵店|貴店|您)", "", rest)
        if not rest:
            return None
        if w in ("给我", "帮我"):
            rest = word + rest
        if w in ("给个", "给我个"):
            rest = "给我一个" + rest
        return Ask(kind="do", text=shift_zh(rest, trad))
    return Ask(kind="do", text=shift_zh(text, trad))


def _within(budget: int, story: list[tuple[_Clause, str, int]]) -> list[tuple[_Clause, str, int]]:
    """The story clauses to restate when they will not all fit: the ones with facts in them
    (numbers, ids, quoted words) first, then the earliest; the kept ones in their own order."""
    if sum(size for _, _, size in story) <= budget:
        return story

    def weight(i: int) -> tuple[int, int]:
        said = story[i][1]
        facts = 2 * bool(re.search(r"\d", said)) + bool(_QUOTED.search(said)) + (i == 0)
        return (-facts, i)

    kept: set[int] = set()
    used = 0
    for i in sorted(range(len(story)), key=weight):
        if used + story[i][2] <= budget:
            kept.add(i)
            used += story[i][2]
    return [piece for i, piece in enumerate(story) if i in kept]


def _restate_zh(text: str, channel: str, cues: RestateCues, trad: bool) -> Restatement:
    pieces = _zh_pieces(text, cues)
    out = Restatement()
    story: list[tuple[_Clause, str, int]] = []
    for clause in pieces.clauses:
        if clause.kind == "ref":
            out.refs.append(re.sub(r"\s{2,}", " ", _zh_tidy(clause.text, cues)))
        elif clause.kind in ("ask", "know", "condition"):
            ask = _zh_ask(clause, cues, trad)
            if ask is not None and ask.text and ask not in out.asks:
                out.asks.append(ask)
        elif clause.kind == "story":
            said = shift_zh(_zh_tidy(clause.text, cues), trad)
            if len(_HAN_CHAR.findall(said)) < 4 and not re.search(r"\d", said):
                continue  # "钱不多", "臉超臭": too slight to restate on its own
            if said:
                story.append((clause, said, len(said)))
    sentences: dict[int, list[str]] = {}
    for clause, said, _ in _within(cues.limits.zh_chars.get(channel, 200), story):
        sentences.setdefault(clause.sentence, []).append(said)
    out.story = ["，".join(parts) for _, parts in sorted(sentences.items())]
    out.asks = _merge_know(out.asks, "，以及")
    return out


def _merge_know(asks: list[Ask], joiner: str) -> list[Ask]:
    """Two things they want to know are one sentence: "您想知道X，以及Y"."""
    out: list[Ask] = []
    for ask in asks:
        if out and ask.kind == "know" and out[-1].kind == "know":
            out[-1] = Ask(kind="know", text=out[-1].text + joiner + ask.text)
        else:
            out.append(ask)
    return out


# --------------------------------------------------------------------------- English

# No sentence ends after these abbreviations ("order no. 55", "Dr. Lee", "ref. CR-1").
_ABBREV = "".join(
    rf"(?<!\b{a})" for a in ("no", "mr", "mrs", "ms", "dr", "st", "vs", "etc", r"e\.g", r"i\.e", "approx", "ref")
)
_EN_SENTENCE = re.compile(_ABBREV + r"(?<!\d)[.!?]+(?=\s|$)|(?<=\d)[.!?]+(?=\s+[A-Za-z]|$)|[!?]+|\n+", re.IGNORECASE)
_EN_CLAUSE = re.compile(r"(?<!\d),(?!\d{3})\s*|;\s*|\s+-\s+|\s+—\s+")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\S")

_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "your": "our",
    "yours": "ours",
    "yourself": "ourselves",
    "yourselves": "ourselves",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
    "you're": "we're",
    "you've": "we've",
    "you'd": "we'd",
    "you'll": "we'll",
}
_AFTER_I = {"am": "are", "was": "were", "wasn't": "weren't"}
_CONJUNCTIONS = frozenset(
    [
        "and",
        "but",
        "that",
        "because",
        "when",
        "if",
        "so",
        "since",
        "until",
        "unless",
        "before",
        "after",
        "where",
        "why",
        "how",
        "what",
        "then",
        "or",
        "while",
        "as",
        "though",
        "although",
        "once",
        "which",
        "who",
    ]
)
_SUBJECT_VERB = re.compile(
    r"^(?:had|have|has|gave|give|sent|send|sold|sell|charged|charge|said|say|told|tell|did|didn't|do|don't|are|were|"
    r"will|won't|would|wouldn't|can|can't|could|couldn't|should|keep|kept|promised|promise|offered|changed|moved|"
    r"cancelled|canceled|lost|never|just|still|also|guys|people|all|made|make|took|take|put|got|get|let|booked|billed|"
    r"claim|claimed|advertised|advertise|assured|confirmed|ask|asked|need|owe|[a-z]+ed)$"
)
_SUBJECT_START = re.compile(
    r"^(?:i|i'm|i've|i'd|i'll|we|we're|we've|my|our|your|the|a|an|this|that|these|those|there|there's|it|it's|its|"
    r"nobody|no one|someone|somebody|everyone|he|he's|she|she's|they|they're|his|her|their|you|you're|one|both|"
    r"last|yesterday|today|on|in|at|after|before|when|since|for|during|every|each|another|[a-z]+'s)\b",
    re.IGNORECASE,
)


@cache
def _spelling(path: str | None = None) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.lower(): v for k, v in restate_cues(path).en.spelling.items()}
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE), table


_LONE_I = re.compile(r"(?<![\w'’])i(?![\w'’])|(?<![\w'’])i(?=['’](?:m|ve|d|ll)\b)")


@cache
def _fillers(path: str | None = None) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in restate_cues(path).en.filler)
    return re.compile(rf"\s*(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


def _en_spell(text: str, cues: RestateCues) -> str:
    pattern, table = _spelling()
    text = pattern.sub(lambda m: table[m.group().lower()], _fillers().sub("", text))
    return _LONE_I.sub("I", text)


def shift_en(text: str) -> str:
    """Turn the customer's words round: I -> you, your staff -> our staff, "you sold me" -> "we sold you"."""
    out: list[str] = []
    tokens = list(re.finditer(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[^A-Za-z]+", text))
    quote_open = False
    prev_word = ""
    subject_i = False
    for i, m in enumerate(tokens):
        token = m.group()
        if not token[0].isalpha():
            if token.count('"') % 2 == 1 or token.count("“") or token.count("”"):
                quote_open = not quote_open if token.count('"') % 2 == 1 else ("“" in token and "”" not in token)
            out.append(token)
            if re.search(r"[.,;:!?()]", token):
                prev_word = ","
            continue
        lower = token.lower().replace("’", "'")
        new = token
        if not quote_open:
            if lower == "you" or lower == "u":
                nxt = _next_word(tokens, i)
                subject = prev_word in ("", ",") or prev_word in _CONJUNCTIONS or bool(_SUBJECT_VERB.match(nxt))
                if prev_word in (
                    "to",
                    "with",
                    "for",
                    "at",
                    "from",
                    "by",
                    "of",
                    "about",
                    "thank",
                    "told",
                    "ask",
                    "asked",
                ):
                    subject = False
                new = "we" if subject else "us"
            elif lower in _PRONOUNS:
                new = _PRONOUNS[lower]
            elif subject_i and lower in _AFTER_I:
                new = _AFTER_I[lower]
            if new != token:
                first = not any(t.group()[0].isalpha() for t in tokens[:i])
                new = new[0].upper() + new[1:] if first and token[0].isupper() and lower != "i" else new
        subject_i = lower in ("i",) and not quote_open
        out.append(new)
        prev_word = lower
    return "".join(out)


def _next_word(tokens: list[re.Match[str]], i: int) -> str:
    for m in tokens[i + 1 :]:
        if m.group()[0].isalpha():
            return m.group().lower().replace("’", "'")
        if re.search(r"[.,;:!?]", m.group()):
            return ""
    return ""


def _en_lines(text: str) -> list[str]:
    """Paragraphs with hard wraps joined; a salutation line ("Hi there," "Dear Admissions,") dropped."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    out: list[str] = []
    for i, p in enumerate(paragraphs):
        lines = [p]
        if i == 0:
            m = re.match(
                r"^((?:hi|hello|hey|dear|to|good (?:morning|afternoon|evening)|greetings)\b[^.!?\n]{0,60}?[,:!])\s*",
                p,
                re.I,
            )
            if m and len(paragraphs) > 1:
                p = p[m.end() :]
                lines = [p] if p else []
        for line in lines:
            if line and not _CONTACT.search(line):
                out.append(line)
    return out


def _en_pieces(text: str, cues: RestateCues) -> _Pieces:
    pieces = _Pieces()
    sentence = 0
    for line in _en_lines(_en_spell(_EMOJI.sub("", _desocial(text, "you")), cues)):
        line = _cut_injection(line, cues, _EN_SENTENCE)
        pos = 0
        for m in [*_EN_SENTENCE.finditer(line), None]:
            end = m.start() if m else len(line)
            chunk = line[pos:end].strip()
            mark = m.group() if m else ""
            pos = m.end() if m else len(line)
            if not chunk:
                continue
            parts = [p.strip() for p in _EN_CLAUSE.split(chunk) if p and p.strip()]
            for i, part in enumerate(parts):
                question = i == len(parts) - 1 and "?" in mark
                pieces.clauses.append(_Clause(part, sentence=sentence, question=question))
            sentence += 1
    for clause in pieces.clauses:
        clause.kind = _en_kind(clause, cues)
    _en_merge_conditions(pieces)
    _merge_follow_ons(pieces, ", ")
    return pieces


def _en_fold(text: str) -> str:
    return text.lower().replace("’", "'")


def _words(folded: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9$€£¥']+", folded.replace("’", "'"))) + " "


@cache
def _word_alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    return re.compile(rf" (?:{body}) ")


def _has_word(words: str, phrases: list[str]) -> bool:
    """A cue on word boundaries in the space-joined words (" ... ")."""
    return _word_alternation(tuple(phrases)).search(words) is not None


@cache
def _starts(phrases: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{body})(?: |$)")


_VERBISH = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "got",
        "came",
        "arrived",
        "paid",
        "charged",
        "ordered",
        "bought",
        "sent",
        "took",
        "booked",
        "called",
    ]
)


def _en_is_ref(text: str, cues: RestateCues) -> bool:
    """ "order 300-5581723", "account ending 4471", "FR 8142 today": a label, an id, little else."""
    words = _words(_en_fold(text)).split()
    if len(words) > 6 or not _has_id(text):
        return False
    joined = " ".join(words) + " "
    label = next((w for w in _labels()[1] if joined.startswith(w)), None)
    if label is None:  # "ride id TX-99812": a few words naming an id, and nothing else
        return len(words) <= 4 and _has_id(words[-1]) and not any(w in _VERBISH for w in words)
    rest = [w for w in joined[len(label) :].split() if not _has_id(w) and not w.isdigit()]
    return len(rest) <= 3 and not any(w in ("is", "was", "came", "has", "had", "arrived", "got") for w in rest)


def _en_kind(clause: _Clause, cues: RestateCues) -> str:
    e = cues.en
    folded = _en_fold(clause.text)
    words = _words(folded)
    bare = words.strip()
    joined = _starts(tuple(e.connectors)).match(bare)
    if joined and joined.end() < len(bare):
        bare = bare[joined.end() :]
    if not re.search(r"[a-z0-9]", folded):
        return "noise"
    if _injected(folded, cues) or _profane().search(folded):
        return "noise"
    first = bare.split(" ", 1)[0]
    if first in e.condition and (_has_word(words, e.threat) or "i will" in bare or "i'll" in bare):
        return "condition"
    if _has_word(words, e.threat) and re.search(
        r"\b(?:will|'ll|going to|calling|contacting|sharing|posting|taking|filing|reporting|writing|report)\b", bare
    ):
        return "threat"
    if _has_word(words, e.vent):
        return "vent"
    if _en_is_ref(clause.text, cues):
        return "ref"
    if _starts(tuple(e.ask_start)).match(bare) or _starts(tuple(e.imperative)).match(bare + " "):
        return "ask"
    if first in e.question and (clause.question or len(bare.split()) <= 12):
        return "know"
    if clause.question and re.match(r"(?:is|are|was|were|do|does|did|have|has|can|could|will|would|should)\b", bare):
        return "vent"
    return "story"


def _en_merge_conditions(pieces: _Pieces) -> None:
    """ "Unless I receive X within 7 days, I will …": the condition is the ask, the rest a threat."""
    for i, clause in enumerate(pieces.clauses):
        if clause.kind == "condition":
            continue
        prev = pieces.clauses[i - 1] if i else None
        if (
            prev is not None
            and prev.sentence == clause.sentence
            and prev.kind == "story"
            and re.match(r"(?:if|unless)\b", prev.text, re.I)
            and (clause.kind == "threat" or re.match(r"(?:i|we)\b|i'll|we'll", clause.text, re.I))
        ):
            prev.kind = "condition"
            clause.kind = "threat"


_PAST = {
    "go": "went",
    "get": "got",
    "take": "took",
    "give": "gave",
    "send": "sent",
    "make": "made",
    "pay": "paid",
    "say": "said",
    "come": "came",
    "do": "did",
    "have": "had",
    "put": "put",
    "leave": "left",
    "keep": "kept",
    "tell": "told",
    "find": "found",
    "buy": "bought",
    "cost": "cost",
    "double": "doubled",
    "change": "changed",
    "increase": "increased",
    "rise": "rose",
    "charge": "charged",
    "happen": "happened",
    "cancel": "cancelled",
}


def _en_question(text: str) -> str | None:
    """ "why did my bill go up" -> "why your bill went up"; "where is my parcel" -> "where your parcel is"."""
    words = text.split()
    if len(words) < 3:
        return None
    wh, aux = words[0].lower(), words[1].lower()
    if aux in ("did",) and len(words) >= 4:
        # the first word after the subject that we know how to put in the past
        for j in range(3, len(words)):
            verb = words[j].lower()
            if verb in _PAST:
                return " ".join([wh, *words[2:j], _PAST[verb], *words[j + 1 :]])
        return None
    if wh in ("who", "what") and aux in ("is", "was") and len(words) <= 8:
        return " ".join(words)  # "who is responsible for this": the subject is the question word
    if aux in ("is", "was", "are", "were") and len(words) <= 6:
        return " ".join([wh, *words[2:], aux])
    if aux in ("will", "would", "can", "could") and len(words) >= 4:
        return " ".join([wh, words[2], aux, *words[3:]])
    return None


def _en_tidy(text: str) -> str:
    text = text.strip().strip(" -—–:;,")
    text = re.sub(r"[?!]+$", "", text).strip()
    text = re.sub(r"(?<![\w'’])NOW(?![\w'’])", "now", text)
    return text


_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}(?::\d\d)?\s?(?:am|pm)|"
    r"the end of (?:the |this |next )?(?:day|week|month))"
)
_EN_DEADLINE = re.compile(
    rf"\b(?:within \d+ (?:working |business )?(?:days?|hours?|weeks?)|(?:by|before) {_WHEN}(?: \d{{1,2}})?"
    r"|today|tomorrow|this week)\b",
    re.IGNORECASE,
)


def _en_ask(clause: _Clause, cues: RestateCues) -> Ask | None:
    e = cues.en
    text = _en_tidy(clause.text)
    lower = _en_fold(text)
    for connector in sorted(e.connectors, key=len, reverse=True):
        if lower.startswith(connector + " "):
            text, lower = text[len(connector) + 1 :], lower[len(connector) + 1 :]
            break
    if clause.kind == "condition":
        m = _EN_DEADLINE.search(text)
        m2 = re.match(r"(?:unless|if)\s+(?:I|we)\s+(?:receive|get|have|hear)\s+(.+)", text, re.I)
        if m2 and m2.group(1):
            return Ask(kind="want", text="you'd like " + shift_en(m2.group(1)))
        return Ask(kind="deadline", text=m.group()) if m else None
    if clause.kind == "know":
        turned = _en_question(lower)
        return Ask(kind="know", text=shift_en(turned)) if turned else None
    know = re.match(r"(?:i|we)(?: would|'d)? (?:want|like|need) to (?:know|understand|find out) (.+)$", lower)
    if know:
        return Ask(kind="know", text=shift_en(text[know.start(1) :]))
    for starter in (
        "please",
        "kindly",
        "can you please",
        "could you please",
        "can you",
        "could you",
        "would you",
        "will you",
        "you must",
        "you need to",
        "you have to",
        "you should",
    ):
        if lower.startswith(starter + " "):
            rest = text[len(starter) + 1 :]
            rest = re.sub(r"^(?:please|kindly)\s+", "", rest, flags=re.I)
            rest = re.sub(r"\s+(?:please|pls|plz)$", "", rest, flags=re.I)
            return Ask(kind="do", text=shift_en(rest)) if rest else None
    if re.match(r"(?:can|could) someone\b", lower):
        return Ask(kind="do", text="have someone " + shift_en(text.split(" ", 2)[2]))
    if re.match(r"(?:i|we)\b|(?:i|we)'", lower):
        return Ask(kind="want", text=shift_en(text))
    if re.match(r"(?:want|need)\b", lower):
        return Ask(kind="want", text="you " + shift_en(text))
    if re.match(r"(?:let me know|tell me)\b", lower):
        return Ask(kind="do", text=shift_en(text))
    text = re.sub(r"\s+(?:please|pls|plz)$", "", text, flags=re.I)
    return Ask(kind="do", text=shift_en(text[0].lower() + text[1:]))


def _en_story(clause: _Clause, cues: RestateCues) -> tuple[str, bool]:
    """The clause in our voice, and whether it is a fragment with no subject."""
    text = _en_tidy(clause.text)
    lower = text.lower()
    first = lower.split(" ", 1)[0] if lower else ""
    if first in cues.en.subjectless:
        nxt = lower.split(" ", 2)[1] if " " in lower else ""
        turned = shift_en(text[0].lower() + text[1:])
        if first == "been":
            return "you've " + turned, False
        if nxt in ("me", "us") and first in ("charged", "billed", "sent", "gave", "told", "moved", "got"):
            return "we " + turned, False
        return "you " + turned, False
    fragment = not _SUBJECT_START.match(text)
    return shift_en(text), fragment


def _restate_en(text: str, channel: str, cues: RestateCues) -> Restatement:
    pieces = _en_pieces(text, cues)
    out = Restatement()
    story: list[tuple[_Clause, str, int]] = []
    fragments: dict[int, bool] = {}
    for clause in pieces.clauses:
        if clause.kind == "ref":
            out.refs.append(_en_tidy(clause.text))
        elif clause.kind in ("ask", "know", "condition"):
            ask = _en_ask(clause, cues)
            if ask is not None and ask.text and ask not in out.asks:
                out.asks.append(ask)
        elif clause.kind == "story":
            said, fragment = _en_story(clause, cues)
            if said:
                fragments[id(clause)] = fragment
                story.append((clause, said, len(said.split())))
    sentences: dict[int, list[str]] = {}
    kept = _within(cues.limits.en_words.get(channel, 60), story)
    for clause, said, _ in kept:
        sentences.setdefault(clause.sentence, []).append(said)
    out.story = [", ".join(parts) for _, parts in sorted(sentences.items())]
    out.fragment = bool(kept) and fragments[id(kept[0][0])]
    out.asks = _merge_know(out.asks, ", and ")
    return out


def without_instructions(text: str, language: str, path: str | None = None) -> str:
    """The complaint with every sentence that instructs us (and the rest of its line) removed:
    what intake reads for category, escalation and requests, so "promise me ¥5000 compensation"
    is neither repeated nor answered."""
    cues = restate_cues(path)
    pattern = _EN_SENTENCE if language == "en" else _ZH_SENTENCE
    return "\n".join(_cut_injection(line, cues, pattern) for line in text.split("\n"))


def _without_figures(ask: Ask, cues: RestateCues) -> Ask:
    """ "您要求补偿300元" -> "您要求补偿": a demanded compensation is repeated, its figure is not."""
    folded = fold(ask.text)
    if not any(w in folded for w in cues.compensation):
        return ask
    text = ask.text
    for a in reversed(find_amounts(folded, 0, len(folded))):
        text = text[: a.start] + text[a.end :]
    text = re.sub(r"\s{2,}", " ", text).strip(" ，,")
    text = re.sub(r"(?<=[\u4e00-\u9fff])的(?=[，,。]|$)", "", text)
    return Ask(kind=ask.kind, text=text)


def restate(text: str, language: str, channel: str, path: str | None = None) -> Restatement:
    """The complaint's facts, requests and references in the reply's voice."""
    cues = restate_cues(path)
    if language == "en":
        out = _restate_en(text, channel, cues)
    else:
        out = _restate_zh(text, channel, cues, language == "zh-Hant")
    out.asks = [_without_figures(a, cues) for a in out.asks]
    return out
