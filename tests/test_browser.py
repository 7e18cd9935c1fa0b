"""The report in a real browser: headless Chromium (Debian's `chromium`, installed by
scripts/system-deps.sh) loads report.html from a file:// URL, driven over the DevTools protocol
(websocket-client): no console errors or exceptions, no request leaves the file, the flags
table and the charts are visible, and a screenshot is written."""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from samverkan.outputs.report import write_report

from .audit_fixtures import build_plan_report

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"))
                 if p), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--window-size=1280,1600", "--remote-debugging-port=0"]


class DevTools:
    """A minimal DevTools-protocol client over one page's websocket."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for e in self.events:
                if e.get("method") == method:
                    return e
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(method)

    def evaluate(self, expression: str):
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return res["result"].get("value")


@pytest.fixture()
def browser(tmp_path: Path):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (scripts/system-deps.sh installs Debian's chromium)")
    pytest.importorskip("websocket", reason="websocket-client (test extra) is not installed")
    profile = tmp_path / "profile"
    proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = profile / "DevToolsActivePort"
        end = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > end or proc.poll() is not None:
                pytest.fail("chromium did not start its DevTools endpoint")
            time.sleep(0.2)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            pages = [t for t in json.load(r) if t["type"] == "page"]
        dt = DevTools(pages[0]["webSocketDebuggerUrl"])
        yield dt
        dt.ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_report_in_headless_chromium(browser: DevTools, tmp_path: Path) -> None:
    out = build_plan_report(tmp_path / "out")
    page = write_report(out)
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.call(f"{domain}.enable")
    browser.call("Page.navigate", url=page.as_uri())
    browser.wait_for("Page.loadEventFired")
    time.sleep(0.5)
    browser.call("Runtime.evaluate", expression="1")  # drain events that came meanwhile

    problems = [e for e in browser.events if e.get("method") in
                ("Runtime.exceptionThrown",)
                or (e.get("method") == "Runtime.consoleAPICalled"
                    and e["params"]["type"] in ("error", "assert", "warning"))
                or (e.get("method") == "Log.entryAdded"
                    and e["params"]["entry"]["level"] in ("error", "warning"))]
    assert not problems, problems
    urls = [e["params"]["request"]["url"] for e in browser.events
            if e.get("method") == "Network.requestWillBeSent"]
    assert urls and all(u.startswith(("file:", "data:")) for u in urls), urls

    # the injected script is text, not an element, and never ran
    assert browser.evaluate("document.scripts.length") == 0
    assert "<script>alert('x')</script>" in browser.evaluate("document.body.innerText")

    visible = """(sel => { const el = document.querySelector(sel); if (!el) return false;
        const r = el.getBoundingClientRect(), s = getComputedStyle(el);
        return r.width > 50 && r.height > 20 && s.visibility !== 'hidden' && s.display !== 'none';
    })"""
    assert browser.evaluate(f"{visible}('#flags')")
    assert browser.evaluate(f"{visible}('figure.chart svg')")
    assert browser.evaluate("document.querySelectorAll('#flags tbody tr').length") >= 3

    shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    target = Path(os.environ.get("SAMVERKAN_SCREENSHOT_DIR", tmp_path)) / "report.png"
    target.write_bytes(base64.b64decode(shot["data"]))
    assert target.stat().st_size > 10_000
