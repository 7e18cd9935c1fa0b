"""The report in a real browser: headless Chromium (Debian's `chromium`, installed by
scripts/system-deps.sh) loads report.html from a file:// URL, driven over the DevTools protocol
(websocket-client): no console errors or exceptions, no request leaves the file, the flags
table and the charts are visible, and a screenshot is written.

Then the report as a person sees it on a laptop, 1366 pixels wide: the rendered screenshot
is looked at (no horizontal scrollbar at the bottom of the window, every chart drawn where the
page says it is and not shrunk, its colours there), the rendered geometry too (no text over
other text, no label cut short, whole numbers on count scales, legends about one thing), and
a link of an organisation's section is followed to its evidence."""
from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from samverkan.outputs.report import write_report

from .audit_fixtures import ORGANISATIONS, build_many_organisations, build_plan_report

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
        if os.environ.get("CI"):  # in CI the report must be looked at, not skipped
            pytest.fail("chromium is not installed (scripts/system-deps.sh installs it)")
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
    browser.events.clear()
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


# --- the report at a laptop's width, as a person sees it -------------------------------------

LAPTOP = 1366  # pixels: the most common laptop screen
WINDOW_HEIGHT = 800
STRIP = 16  # pixels at the bottom of the window where a horizontal scrollbar is drawn


def _open(browser: DevTools, url: str) -> None:
    browser.call("Page.enable")
    browser.call("Emulation.setDeviceMetricsOverride", width=LAPTOP, height=WINDOW_HEIGHT,
                 deviceScaleFactor=1, mobile=False)
    browser.events.clear()
    browser.call("Page.navigate", url=url)
    browser.wait_for("Page.loadEventFired")
    time.sleep(0.3)


def _shot(browser: DevTools, full: bool, top: float = 0, height: float | None = None):
    """A screenshot of the window, or of the page at the window's width from `top` down
    (`height` pixels; the page is too long to take whole)."""
    from PIL import Image

    params = {"format": "png", "captureBeyondViewport": full}
    if full:
        size = browser.call("Page.getLayoutMetrics")["cssContentSize"]
        height = min(height or size["height"], size["height"] - top)
        params["clip"] = {"x": 0, "y": top, "width": LAPTOP, "height": height, "scale": 1}
    data = base64.b64decode(browser.call("Page.captureScreenshot", **params)["data"])
    return Image.open(io.BytesIO(data)).convert("RGB")


def _pixels(img) -> list[tuple]:
    return list(img.get_flattened_data() if hasattr(img, "get_flattened_data")
                else img.getdata())


def _bottom_strip(img) -> list[tuple]:
    w, h = img.size
    # the rightmost pixels hold the vertical scrollbar's arrow, which stays put too
    return _pixels(img.crop((0, h - STRIP, w - 24, h)))


def horizontal_scrollbar(browser: DevTools) -> bool:
    """Whether the window shows a horizontal scrollbar, judged from two screenshots of the
    window: a bar is a strip at the bottom that stays put while the page scrolls down, with
    a long dark run in it (the thumb)."""
    browser.evaluate("window.scrollTo(0, 0)")
    first = _shot(browser, full=False)
    browser.evaluate("window.scrollTo(0, 240)")
    time.sleep(0.1)
    second = _shot(browser, full=False)
    browser.evaluate("window.scrollTo(0, 0)")
    a, b = _bottom_strip(first), _bottom_strip(second)
    if a != b:
        return False
    width = first.size[0] - 24
    for y in range(STRIP):
        run = best = 0
        for x in range(width):
            r, g, bl = a[y * width + x]
            run = run + 1 if max(r, g, bl) < 200 else 0
            best = max(best, run)
        if best >= 60:
            return True
    return False


# every text box on the page (line boxes of text nodes, SVG text elements) and the pairs of
# different texts that overlap by more than a sliver
_OVERLAPS = """(() => {
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim() || node.parentElement.closest('svg')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    n += 1;
    for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1)
      boxes.push({id: n, x: r.left, y: r.top + scrollY, w: r.width, h: r.height,
                  text: node.textContent.trim().slice(0, 40)});
  }
  for (const t of document.querySelectorAll('svg text')) {
    const r = t.getBoundingClientRect();
    n += 1;
    if (r.width > 1) boxes.push({id: n, x: r.left, y: r.top + scrollY, w: r.width, h: r.height,
                                 text: t.textContent.slice(0, 40)});
  }
  boxes.sort((a, b) => a.y - b.y);
  const found = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    for (let j = i + 1; j < boxes.length && boxes[j].y < a.y + a.h; j++) {
      const b = boxes[j];
      if (a.id === b.id) continue;
      const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      // line boxes of neighbouring lines may touch; glyphs on glyphs overlap more
      if (w > 2 && h > Math.min(a.h, b.h) * 0.35) found.push([a.text, b.text]);
    }
  }
  return {boxes: boxes.length, overlaps: found.slice(0, 10)};
})()"""

# what the page says about itself: where the charts are, how their SVGs are scaled, their
# texts (legends, ticks) and which elements scroll sideways
_LAYOUT = """(() => {
  const charts = [...document.querySelectorAll('figure.chart')].map(f => {
    const r = f.getBoundingClientRect(), svg = f.querySelector('svg');
    const out = {title: f.querySelector('figcaption').textContent, left: r.left,
                 right: r.right, top: r.top + scrollY, height: r.height, svg: null};
    if (svg) {
      const texts = sel => [...svg.querySelectorAll(sel)].map(t => t.textContent.trim())
                                                         .filter(t => t);
      const width = svg.getBoundingClientRect().width;
      // matplotlib draws in points: the viewBox is in points, its text sizes too
      out.svg = {scale: width / svg.width.baseVal.value,
                 fontPx: width / svg.viewBox.baseVal.width * Math.min(
                     ...[...svg.querySelectorAll('text')].map(
                         t => parseFloat(getComputedStyle(t).fontSize))),
                 texts: texts('text'), legend: texts('g[id^="legend"] text'),
                 xticks: texts('g[id^="xtick"] text'), yticks: texts('g[id^="ytick"] text')};
    }
    return out;
  });
  const sideways = [...document.querySelectorAll('body *')].filter(e => {
    const s = getComputedStyle(e);
    return ['auto', 'scroll'].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
  }).map(e => e.tagName + '.' + e.className);
  const outside = [...document.querySelectorAll('body *')].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5);
  }).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 40));
  const heatRows = [...document.querySelectorAll('table.heat tbody tr td:first-child')]
      .map(td => td.textContent.trim());
  const organisations = [...document.querySelectorAll('nav.org-index a')]
      .map(a => a.textContent.trim());
  return {charts, sideways, outside, heatRows, organisations,
          pageWidth: document.documentElement.scrollWidth};
})()"""


def _ink(crop) -> tuple[float, int]:
    """Share of pixels that are not the page's or the figure's background, and how many
    distinct colours (to 4 bits a channel) they have."""
    pixels = _pixels(crop)
    inked = [p for p in pixels if min(p) < 235]
    colours = {(r >> 4, g >> 4, b >> 4) for r, g, b in inked}
    return len(inked) / max(1, len(pixels)), len(colours)


def _look_at(browser: DevTools, page: Path, tmp_path: Path, name: str) -> dict:
    """Everything a person must see in the report at 1366 px; returns the layout for more."""
    from samverkan.normalize.taxonomy import labels

    _open(browser, page.as_uri())
    layout = browser.evaluate(_LAYOUT)
    charts_end = max(c["top"] + c["height"] for c in layout["charts"])
    shot = _shot(browser, full=True, height=charts_end + 40)  # the page down to its charts
    shot.save(Path(os.environ.get("SAMVERKAN_SCREENSHOT_DIR", tmp_path)) / f"{name}-1366.png")

    # no horizontal scrollbar: not in the pixels of the window, and nothing wider than it
    assert shot.size[0] == LAPTOP
    assert not horizontal_scrollbar(browser), "a horizontal scrollbar shows at 1366 px"
    assert layout["pageWidth"] <= LAPTOP, layout["pageWidth"]
    assert not layout["outside"], layout["outside"][:5]
    assert not layout["sideways"], f"these scroll sideways and hide columns: {layout['sideways']}"

    # every chart is where the page says, whole, drawn (ink and colours in the screenshot),
    # at full size (not shrunk to fit) with legible text
    assert len(layout["charts"]) >= 3, [c["title"] for c in layout["charts"]]
    for c in layout["charts"]:
        assert c["left"] >= 0 and c["right"] <= LAPTOP and c["height"] > 120, c["title"]
        crop = shot.crop((int(c["left"]), int(c["top"]), int(c["right"]),
                          int(c["top"] + c["height"])))
        ink, colours = _ink(crop)
        assert ink > 0.04 and colours >= 4, (c["title"], ink, colours)
        if c["svg"]:
            assert c["svg"]["scale"] > 0.99, (c["title"], "shrunk", c["svg"]["scale"])
            assert c["svg"]["fontPx"] >= 11, (c["title"], c["svg"]["fontPx"])

    # no text over other text, in the page or in a chart
    found = browser.evaluate(_OVERLAPS)
    assert found["boxes"] > 200 and not found["overlaps"], found["overlaps"]

    # labels whole (no "…"), count scales in whole numbers, legends about one thing
    orgs = layout["organisations"]
    by_title = {c["title"]: c for c in layout["charts"]}
    goals = by_title["Goal outcome statuses per organisation"]["svg"]
    assert not [t for c in layout["charts"] if c["svg"] for t in c["svg"]["texts"]
                if "…" in t or t.endswith("...")]
    chart_text = " ".join(goals["yticks"])
    assert all(" ".join(o.split()) in " ".join(chart_text.split()) for o in orgs), orgs
    assert goals["xticks"] and all(t.isdigit() for t in goals["xticks"]), goals["xticks"]
    assert goals["legend"] == ["achieved", "partially achieved", "not achieved", "not reported"]
    budget = by_title["Budget per year and organisation"]["svg"]
    legend = " ".join(budget["legend"][1:])  # after its title, "organisation"
    assert budget["legend"][0] == "organisation"
    assert all(t.strip() in " ".join(orgs) or t.endswith("other organisations")
               for t in budget["legend"][1:]), legend
    # target groups: only categories of the taxonomy are rows (no "personer")
    assert layout["heatRows"] and set(layout["heatRows"]) <= set(labels().values())
    return layout


def _follow_evidence(browser: DevTools) -> None:
    """One click on a goal of an organisation's section shows its quote in the window."""
    href = browser.evaluate("document.querySelector('section.org ul.plain a').getAttribute('href')")
    browser.evaluate(f"document.querySelector('section.org ul.plain a[href=\"{href}\"]').click()")
    time.sleep(0.3)
    assert browser.evaluate("location.hash") == href
    seen = browser.evaluate(f"""(() => {{ const el = document.getElementById('{href[1:]}');
        const r = el.getBoundingClientRect(), m = el.querySelector('mark');
        return {{top: r.top, bottom: r.bottom, quote: m ? m.textContent : ''}}; }})()""")
    assert -2 <= seen["top"] < WINDOW_HEIGHT and seen["quote"], seen


def test_scrollbar_detector_sees_a_scrollbar(browser: DevTools, tmp_path: Path) -> None:
    """The pixel check above can fail: a page wider than the window shows its bar."""
    wide = tmp_path / "wide.html"
    wide.write_text("<html><body style='margin:0;background:#fafafa'><div style='width:3000px;"
                    "height:3000px'>wide</div></body></html>", encoding="utf-8")
    _open(browser, wide.as_uri())
    assert horizontal_scrollbar(browser)
    narrow = tmp_path / "narrow.html"
    narrow.write_text("<html><body style='margin:0'><div style='height:3000px'>narrow</div>"
                      "</body></html>", encoding="utf-8")
    _open(browser, narrow.as_uri())
    assert not horizontal_scrollbar(browser)


def test_overlap_and_sideways_detectors_see_them(browser: DevTools, tmp_path: Path) -> None:
    """The geometry checks above can fail: text set over text, and a table in a box that
    scrolls sideways, are found."""
    page = tmp_path / "bad.html"
    words = " ".join(f"word{i}" for i in range(300))
    page.write_text(
        "<html><body><p>" + words + "</p>"
        "<div style='position:relative;height:40px'><span style='position:absolute'>Köping"
        "</span><span style='position:absolute;left:8px'>Kungsör</span></div>"
        "<div style='overflow-x:auto;width:300px'><table><tr><td style='white-space:nowrap'>"
        + "a very long cell " * 40 + "</td></tr></table></div></body></html>", encoding="utf-8")
    _open(browser, page.as_uri())
    found = browser.evaluate(_OVERLAPS)
    assert ["Köping", "Kungsör"] in found["overlaps"]
    assert browser.evaluate(_LAYOUT)["sideways"] == ["DIV."]


def test_report_of_many_organisations_at_laptop_width(browser: DevTools, tmp_path: Path) -> None:
    out = build_many_organisations(tmp_path / "many")
    layout = _look_at(browser, write_report(out), tmp_path, "many-organisations")
    # a section per reconciled organisation (a joint document's two LSGs are two), named
    # as the organisations table names it
    con = duckdb.connect(str(out / "corpus.duckdb"), read_only=True)
    named = dict(con.execute("SELECT organisation_id, name FROM organisations").fetchall())
    ids = {i for (cell,) in con.execute("SELECT organisation_id FROM documents").fetchall()
           for i in cell.split(" | ")}
    con.close()
    assert len(ids) > len(ORGANISATIONS) - 1
    assert sorted(layout["organisations"]) == sorted(named[i] for i in ids)
    # a section per organisation with all its parts, and every link lands somewhere
    parts = browser.evaluate("""[...document.querySelectorAll('section.org')].map(s =>
        [...s.querySelectorAll('h4')].map(h => h.textContent))""")
    assert len(parts) == len(ids)
    assert all(p == ["Documents by year", "What changed from year to year",
                     "Goals and their outcomes, year by year",
                     "Target groups over the years", "Projects over the years",
                     "Budget totals over the years", "People"] for p in parts), parts[0]
    dangling = browser.evaluate("""[...document.querySelectorAll('a[href^="#"]')]
        .map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))""")
    assert not dangling, dangling[:5]
    evidence = browser.evaluate("""[...document.querySelectorAll('section.org a[href^="#rec-"]')]
        .length""")
    assert evidence > 9 * 10
    _follow_evidence(browser)


def test_report_of_the_examples_at_laptop_width(browser: DevTools, tmp_path: Path) -> None:
    from samverkan.batch import EXAMPLES, RunOptions, run_batch

    out = tmp_path / "examples"
    run_batch([EXAMPLES], out, RunOptions(workers=0, quiet=True), log=lambda m: None)
    _look_at(browser, write_report(out), tmp_path, "examples")
    _follow_evidence(browser)
