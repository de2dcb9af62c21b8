"""A supervisor in a real browser (headless Debian chromium driven by Playwright) against a real
`drafter serve`: log in, open a flagged draft, see the finding highlighted, approve it, see it
leave the queue. Skips when chromium or playwright is missing (scripts/ci_services.sh installs
both)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drafter.store import Store
from e2e.support import RISKY, add_users, live_server, record

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (scripts/ci_services.sh installs it)"),
    pytest.mark.skipif(
        importlib.util.find_spec("playwright") is None, reason="playwright is not installed (scripts/ci_services.sh)"
    ),
]

XSS = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


def test_supervisor_approves_a_flagged_draft_in_the_browser(browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    db = f"sqlite:///{tmp_path / 'e2e.db'}"
    store = Store(db)
    tokens = add_users(store)
    # The markup would make the complaint read as English; the customer wrote Chinese.
    flagged = record(store, "agent-ann", f"汤是凉的。{XSS} REPLY: " + RISKY, customer="王先生", language="zh-Hans")
    other = record(store, "agent-bo", "I found glass in my burger and cut my mouth.")

    with live_server(db) as server:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

        page.goto(server.url + "/login")
        page.fill("#token", tokens.supervisor)
        page.click("button[type=submit]")
        expect(page).to_have_url(server.url + "/queue")
        expect(page.locator(f"tr[data-draft-id='{flagged}']")).to_be_visible()
        expect(page.locator(f"tr[data-draft-id='{other}']")).to_be_visible()

        page.click(f"tr[data-draft-id='{flagged}'] td:first-child a")
        expect(page).to_have_url(f"{server.url}/drafts/{flagged}")
        mark = page.locator("#reply mark.finding")
        expect(mark).to_have_count(1)
        expect(mark).to_have_text("赔您100元")
        expect(mark).to_have_attribute("data-rules", "compensation.over_limit")
        assert mark.evaluate("m => getComputedStyle(m).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
        expect(page.locator("ol.findings")).to_contain_text("Suggestion:")
        expect(page.locator(".complaint")).to_contain_text("<script>")  # shown as text
        page.screenshot(path=str(tmp_path / "draft.png"), full_page=True)

        page.click("button[value=approve]")
        expect(page).to_have_url(f"{server.url}/queue?done={flagged}&decision=approved")
        expect(page.locator(".notice")).to_have_text(f"Draft {flagged} approved.")
        expect(page.locator(f"tr[data-draft-id='{flagged}']")).to_have_count(0)
        expect(page.locator(f"tr[data-draft-id='{other}']")).to_be_visible()
        assert page.title() != "pwned" and dialogs == []

    done = store.get(flagged)
    assert done.status == "approved" and done.review is not None and done.review.reviewer == "sup-0"
    assert [a.action for a in store.audit(entity="draft", entity_id=flagged)] == ["draft.submit", "draft.approve"]
    store.close()
