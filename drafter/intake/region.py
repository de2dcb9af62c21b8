"""Which Traditional-Chinese readership a complaint comes from: Taiwan or Hong Kong. A zh-Hant
reply is worded for it (軟體/網路/簡訊/發票 in Taiwan, 軟件/網絡/短訊/收據 in Hong Kong).

Read from what the customer wrote, strongest first: the currency (NT$/新台幣 vs HK$/港幣), then
written-Cantonese particles (咗 嘅 唔 喺 ... only Hong Kong writes them), then place names, transit
cards and local institutions. Only the markers count, never the complaint's topic; without any
marker (or with a tie) the reply keeps the wording both places share."""

from __future__ import annotations

import re
from typing import Final, Literal

Region = Literal["tw", "hk"]

# Currency: the strongest marker, worth more than any number of place names.
_HK_MONEY: Final = re.compile(r"HK\$|HKD|港幣|港元|港紙")
_TW_MONEY: Final = re.compile(r"NT\$|NTD|TWD|新台幣|新臺幣|台幣|臺幣")
# Written Cantonese: particles and verbs that Mandarin writing never uses.
_CANTONESE: Final = re.compile(
    r"[咗嘅喺佢啲嘢冇嚟㗎嗰攞搵畀哋咩噉嘥瞓揸喎嘞]|唔[係該好使得知會]|係咪|而家|聽日|琴日|點解"
)
# Places, transit, ID and local institutions (general: any business in the two cities).
_HK_PLACES: Final = re.compile(
    r"香港|九龍|新界|港島|旺角|銅鑼灣|尖沙咀|中環|灣仔|沙田|荃灣|觀塘|屯門|元朗|將軍澳|大埔|葵涌|"
    r"深水埗|油麻地|北角|八達通|港鐵|轉數快|消委會|身份證號|屋苑|小巴|的士|街市|茶餐廳|埋單"
)
_TW_PLACES: Final = re.compile(
    r"台灣|臺灣|台北|臺北|新北|桃園|新竹|台中|臺中|台南|臺南|高雄|基隆|嘉義|彰化|屏東|宜蘭|花蓮|"
    r"板橋|信義|士林|內湖|中壢|捷運|悠遊卡|一卡通|統一發票|超商|宅配|門號|健保|消保官|身分證|[ㄅ-ㄩ]|"
    # words only Taiwan writes: the last four digits, a withdrawal, a scooter, a taxi, a text message,
    # an interjection
    r"末[三四]碼|提領|重訓|阿伯|阿嬤|機車|計程車|公車|簡訊|軟體|網路|影片|欸|齁"
)


def region(text: str) -> Region | None:
    """'tw', 'hk', or None when the complaint carries no regional marker (or both equally)."""
    hk = 3 * len(_HK_MONEY.findall(text)) + 2 * len(_CANTONESE.findall(text)) + len(_HK_PLACES.findall(text))
    tw = 3 * len(_TW_MONEY.findall(text)) + len(_TW_PLACES.findall(text))
    if hk > tw:
        return "hk"
    if tw > hk:
        return "tw"
    return None
