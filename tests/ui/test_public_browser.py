"""A citizen's phone, for real: Debian's chromium (driven by Playwright, never its own downloaded browsers) opens
the QR read off a receipt the desktop code printed, sees the case registered, then decided after the clerk's
workstation synced; the status page by number and code; the statistics. Screenshots at phone and desktop
widths are kept in test-artifacts/."""

from __future__ import annotations

import os
from pathlib import Path
import shutil

import pytest

from caseapp.services import workflow
from tests.integration.central.test_public_pages import access_code, folded, receipt_synced

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 800}


@pytest.fixture
def chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing on CI: scripts/bootstrap.sh --test installs it")
        pytest.skip("chromium is not installed (scripts/bootstrap.sh --test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield browser
        browser.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_a_phone_follows_its_case_from_the_receipt_qr(chromium, server, workstations, tmp_path):
    a1, case, receipt, url = receipt_synced(server, workstations, tmp_path, family="<b>Батбаяр</b>",
                                            given="Должин 😀")
    assert url.startswith(server.url + "/d/")
    phone = chromium.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    assert folded(server, lambda: phone.goto(url).status == 200)
    body = phone.inner_text("main")
    assert "Жинхэнэ баримт" in body and case.case_number in body and "Бүртгэгдсэн" in body
    assert "<. Д." in body and "Батбаяр" not in body                     # markup as text, initials only
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]     # no sideways scrolling
    narrowest = phone.evaluate("Math.min(...[...document.querySelectorAll('dd')]"
                               ".map(e => e.getBoundingClientRect().width))")
    assert narrowest > PHONE["width"] / 2                    # each value readable, not a column of single letters
    shot(phone, "public_document_phone.png")

    workflow.start(a1.db, a1.actor("clerk1"), case.case_number)
    workflow.decide(a1.db, a1.actor("manager1"), case.case_number, "approved", "Зөвшөөрсөн")
    a1.sync()
    assert folded(server, lambda: "Шийдвэрлэсэн" in (phone.reload() and phone.inner_text("main")))
    shot(phone, "public_document_decided_phone.png")

    phone.click("nav a[href^=\"/status\"]")
    phone.fill("#case", case.case_number)
    phone.fill("#code", "AAAA-AAAA")
    phone.click("button[type=submit]")
    wrong = phone.inner_text("main")
    assert "олдсонгүй" in wrong and "Шийдвэрлэсэн" not in wrong and "Б." not in wrong
    phone.fill("#code", access_code(a1, case).lower())
    phone.click("button[type=submit]")
    right = phone.inner_text("main")
    assert "Шийдвэрлэсэн" in right and "байдлаар" in right
    shot(phone, "public_status_phone.png")
    phone.click("nav a[hreflang=en]")
    assert "Case status" in phone.inner_text("h1")

    desktop = chromium.new_page(viewport=DESKTOP)
    desktop.goto(f"{server.url}/stats")
    table = desktop.inner_text("table")
    assert "Баянзүрх" in table and desktop.locator("svg rect").count() >= 1
    shot(desktop, "public_stats_desktop.png")
    desktop.goto(f"{server.url}/status")
    shot(desktop, "public_status_desktop.png")
