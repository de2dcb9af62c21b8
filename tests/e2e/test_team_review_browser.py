"""Review for teams in a real browser (headless Debian chromium driven by Playwright) against a
real `drafter serve`: a supervisor is refused a reply promising 5,000 and an executive approves
it; search by order id; the history of decided drafts; overdue follow-ups marked done; and every
page usable on a 390 px wide screen without sideways scrolling (screenshots kept in tmp_path,
or in DRAFTER_SCREENSHOTS when set). Skips when chromium or playwright is missing."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from drafter.policy import load_policy
from drafter.store import Store
from drafter.store import schema as t
from drafter.store.review import decide
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


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield launched
        launched.close()


class Scene:
    """One store with a team and drafts in every state the pages show."""

    def __init__(self, tmp_path: Path) -> None:
        self.db = f"sqlite:///{tmp_path / 'team.db'}"
        self.store = Store(self.db)
        self.tokens = add_users(self.store)
        self.executive = self.store.add_user("exec-chen", "executive")[1]
        self.big = record(self.store, "agent-ann", "汤里有头发，我要投诉！REPLY: 我们会赔您5000元。", customer="王先生")
        self.order = record(
            self.store,
            "agent-bo",
            "My parcel is late. REPLY: We will refund you 100 yuan.",
            customer="Ms Lee",
            context={"order_id": "ORD-42"},
        )
        self.overdue = record(
            self.store, "agent-ann", "I found glass in my burger. REPLY: We will call you back within 2 hours."
        )
        with self.store.engine.begin() as conn:  # three hours later: the promised call is overdue
            due = self.store.get(self.overdue).follow_up
            assert due is not None
            conn.execute(
                update(t.drafts).where(t.drafts.c.id == self.overdue).values(follow_up_due=due.due - timedelta(hours=3))
            )
        self.decided = record(self.store, "agent-ann", "湯是涼的。REPLY: " + RISKY.replace("我们会赔您", "我們會賠您"))
        sup1 = self.store.user_by_name("sup-1")
        assert sup1
        decide(
            self.store,
            self.decided,
            reviewer=sup1,
            decision="approve",
            policy=load_policy(),
            text="非常抱歉，湯是涼的。我們會賠您150元，並在2小時內回電。謝謝您。",
        )


def log_in(page: Any, url: str, token: str) -> None:
    from playwright.sync_api import expect

    page.goto(url + "/login")
    page.fill("#token", token)
    page.click("form[action='/login'] button[type=submit]")
    expect(page).to_have_url(url + "/queue")


def test_a_supervisor_is_refused_5000_and_an_executive_approves_it(browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    scene = Scene(tmp_path)
    with live_server(scene.db) as server:
        page = browser.new_page()
        log_in(page, server.url, scene.tokens.supervisor)
        expect(page.locator(f"tr[data-draft-id='{scene.order}']")).to_be_visible()
        expect(page.locator(f"tr[data-draft-id='{scene.big}']")).to_have_count(0)  # not for a supervisor
        page.click("details.more summary")  # the filters fold away until asked for
        page.select_option("#required_role", "any")
        page.click("form.filters button[type=submit]")
        row = page.locator(f"tr[data-draft-id='{scene.big}']")
        expect(row).to_contain_text("executive")

        page.goto(f"{server.url}/drafts/{scene.big}")
        expect(page.locator(".warning")).to_contain_text("needs an executive")
        with page.expect_response(lambda r: r.url.endswith(f"/drafts/{scene.big}/review")) as answer:
            page.click("button[value=approve]")
        assert answer.value.status == 403
        expect(page.locator(".error")).to_contain_text("needs an executive")
        expect(page.locator("h1 .status-needs_review")).to_be_visible()
        page.click("header button.link")  # log out

        log_in(page, server.url, scene.executive)
        expect(page.locator(f"tr[data-draft-id='{scene.big}']")).to_be_visible()
        page.goto(f"{server.url}/drafts/{scene.big}")
        expect(page.locator(".warning")).to_have_count(0)
        page.click("button[value=approve]")
        expect(page.locator(".notice")).to_have_text(f"Draft {scene.big} approved.")
    done = scene.store.get(scene.big)
    assert done.status == "approved" and done.review and done.review.reviewer == "exec-chen"
    actions = [a.action for a in scene.store.audit(entity="draft", entity_id=scene.big)]
    assert actions == ["draft.submit", "draft.approve_refused", "draft.approve"]


def test_search_history_and_overdue_follow_ups(browser: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    scene = Scene(tmp_path)
    with live_server(scene.db) as server:
        page = browser.new_page()
        log_in(page, server.url, scene.tokens.supervisor)

        page.fill("#q", "ORD-42")
        page.click("form.filters button[type=submit]")
        rows = page.locator("table.queue tbody tr")
        expect(rows).to_have_count(1)
        expect(rows.first).to_have_attribute("data-draft-id", str(scene.order))
        expect(rows.first).to_contain_text("Ms Lee")

        page.click("nav.nav a[href='/history']")
        history = page.locator(f"table.history tr[data-draft-id='{scene.decided}']")
        expect(history).to_contain_text("sup-1")
        expect(history).to_contain_text("edited")
        expect(history).to_contain_text("150元")
        page.goto(f"{server.url}/drafts/{scene.decided}/audit")
        expect(page.locator("li[data-action='draft.approve'] ins").first).to_be_visible()
        expect(page.locator("li[data-action='draft.approve'] del").first).to_be_visible()

        page.click("nav.nav >> text=Overdue")
        overdue = page.locator(f"tr[data-draft-id='{scene.overdue}']")
        expect(overdue.locator(".badge.overdue")).to_be_visible()
        expect(page.locator("table.queue tbody tr")).to_have_count(1)
        page.goto(f"{server.url}/drafts/{scene.overdue}")
        expect(page.locator(".follow-up")).to_contain_text("within 2 hours")
        page.click("button.follow-up-done")
        expect(page.locator(".notice")).to_contain_text("marked done")
        page.click("nav.nav >> text=Overdue")
        expect(page.locator("table.queue tbody tr")).to_have_count(0)
    follow_up = scene.store.get(scene.overdue).follow_up
    assert follow_up is not None and follow_up.done_by == "sup-0"


def test_every_page_fits_a_390_px_screen(browser: Any, tmp_path: Path) -> None:
    scene = Scene(tmp_path)
    shots = Path(os.environ.get("DRAFTER_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with live_server(scene.db) as server:
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
        page.goto(server.url + "/login")
        page.screenshot(path=str(shots / "login-390.png"), full_page=True)
        log_in(page, server.url, scene.executive)
        pages = {
            "queue": "/queue?required_role=any",
            "overdue": "/queue?status=any&overdue=1&sort=due&required_role=any",
            "history": "/history",
            "draft": f"/drafts/{scene.big}",
            "decided": f"/drafts/{scene.decided}",
            "audit": f"/drafts/{scene.decided}/audit",
        }
        for name, path in pages.items():
            page.goto(server.url + path)
            widths = page.evaluate(
                "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,"
                " header: document.querySelector('header.top').getBoundingClientRect().right})"
            )
            page.screenshot(path=str(shots / f"{name}-390.png"), full_page=True)
            assert widths["scroll"] <= widths["client"] == 390, (name, widths)
            assert widths["header"] <= 390, (name, widths)
