"""The web page in a real browser: Playwright for Python driving Debian's Chromium
(``/usr/bin/chromium``; the tests never download a browser) against ``serve`` on 127.0.0.1.

Screenshots are kept as test artifacts in ``test-artifacts/browser/`` (git-ignored).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("BESCHLUSS_TEST_CHROMIUM", "/usr/bin/chromium")
if not os.path.exists(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "heinsberg-beitritt-netzwerk-innenstadt.txt"
ARTIFACTS = ROOT / "test-artifacts" / "browser"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url():
    import uvicorn

    from beschluss_rules.serve.app import create_app
    from beschluss_rules.serve.settings import ServeSettings

    port = _free_port()
    config = uvicorn.Config(create_app(ServeSettings(port=port, workers=1)), host="127.0.0.1", port=port,
                            log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, accept_downloads=True, locale="de-DE")
    # Nothing but the application itself may be asked (no CDN, no fonts, no telemetry).
    foreign: list[str] = []
    context.on("request", lambda request: None if request.url.startswith(base_url) or request.url.startswith(("blob:", "data:"))
               else foreign.append(request.url))
    opened = context.new_page()
    yield opened
    context.close()
    assert foreign == []


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _item(page, index: int):
    return page.locator(f'article.item[data-index="{index}"]')


def _upload(page, path: Path, date: str | None = None, name: str | None = None, content: bytes | None = None) -> None:
    page.goto("/")
    if content is not None:
        page.set_input_files("#file", files=[{"name": name or path.name, "mimeType": "text/plain", "buffer": content}])
    else:
        page.set_input_files("#file", str(path))
    if date:
        page.fill("#date", date)
    page.click("#submit")


def test_the_heinsberg_paper_with_the_date_entered(page):
    _upload(page, EXAMPLE, "2021-06-01")
    first, second = _item(page, 1), _item(page, 2)
    first.wait_for()
    assert first.get_attribute("data-verdict") == "conditional"
    assert "bedingt zuständig" in first.locator(".verdict").inner_text()
    assert second.get_attribute("data-verdict") == "competent"
    assert "zuständig" in second.locator(".verdict").inner_text()
    assert "§ 113 Abs. 2 S. 1 GO NRW" in second.inner_text()
    # The norm's wording is quoted, and the would-change box names the delegation.
    assert second.locator("blockquote").count() >= 1
    assert "zuständig, wenn" in first.locator(".change").inner_text()
    # Pre-filled from the paper: Land and municipality.
    assert page.input_value("#land") == "nw"
    assert page.input_value("#municipality") == "Stadt Heinsberg"
    first.locator("summary").first.click()
    assert "entscheidet" in first.locator("table.chain").inner_text()
    _shot(page, "heinsberg-2021-06-01")


def test_without_a_date_the_page_asks_for_it(page):
    _upload(page, EXAMPLE)
    notice = page.locator("#date-missing")
    notice.wait_for()
    assert "kein Sitzungsdatum" in notice.inner_text()
    assert _item(page, 1).get_attribute("data-verdict") == "unknown"
    assert page.input_value("#date") == ""
    _shot(page, "heinsberg-ohne-datum")


def test_the_swapped_paper_shows_nicht_zustaendig(page):
    text = EXAMPLE.read_text(encoding="utf-8")
    swapped = (text.replace("Haupt- und Finanzausschuss:\n", "@@:\n").replace("Rat:\n", "Haupt- und Finanzausschuss:\n")
               .replace("@@:\n", "Rat:\n"))
    _upload(page, EXAMPLE, "2021-09-01", name="heinsberg-vertauscht.txt", content=swapped.encode("utf-8"))
    second = _item(page, 2)
    second.wait_for()
    assert second.get_attribute("data-verdict") == "not-competent"
    assert "nicht zuständig" in second.locator(".verdict").inner_text()
    assert "Zuständig wäre: Rat." in second.locator(".change").inner_text()
    _shot(page, "heinsberg-vertauscht")


def test_a_binary_file_shows_a_clear_message(page):
    _upload(page, EXAMPLE, name="scan.bin", content=bytes(range(256)) * 8)
    error = page.locator("#error")
    error.wait_for()
    assert "binärer Inhalt, kein Textpapier" in error.inner_text()
    assert page.locator("#result").is_hidden()
    _shot(page, "binaerdatei")


def test_english_switch_and_downloads(page):
    _upload(page, EXAMPLE, "2021-06-01")
    _item(page, 2).wait_for()
    page.click("#lang-en")
    page.wait_for_function("document.querySelector('article.item[data-index=\"1\"] .verdict') && "
                           "document.querySelector('article.item[data-index=\"1\"] .verdict').innerText.includes('conditional')")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.inner_text("#submit") == "Check"
    with page.expect_download() as download:
        page.click("#download-sarif")
    path = download.value.path()
    assert '"version": "2.1.0"' in Path(path).read_text(encoding="utf-8")
    with page.expect_download() as download:
        page.click("#download-json")
    assert '"schema": "beschluss-rules/report/v1"' in Path(download.value.path()).read_text(encoding="utf-8")
    _shot(page, "heinsberg-english")


def test_the_print_view_is_a_file_note(page):
    _upload(page, EXAMPLE, "2021-06-01")
    _item(page, 2).wait_for()
    page.emulate_media(media="print")
    assert page.locator("#check-form").is_hidden()
    assert page.locator(".memo-head").is_visible()
    assert "Aktenvermerk" in page.locator(".memo-head").inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "aktenvermerk.pdf")) if hasattr(page, "pdf") else None
    _shot(page, "aktenvermerk")


def test_verdict_colours_have_accessible_contrast(page):
    _upload(page, EXAMPLE, "2021-06-01")
    _item(page, 2).wait_for()
    ratios = page.evaluate("""() => {
      const lum = (rgb) => { const [r, g, b] = rgb.match(/\\d+/g).slice(0, 3).map(Number).map((v) => {
        v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      return [...document.querySelectorAll('.verdict')].map((node) => {
        const style = getComputedStyle(node);
        const a = lum(style.color), b = lum(style.backgroundColor);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); });
    }""")
    assert ratios and min(ratios) >= 4.5
