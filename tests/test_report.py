"""The HTML report: self-contained, escaped, with charts, flags and evidence in context."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from samverkan.cli import report
from samverkan.outputs.report import in_context, write_report

from .audit_fixtures import build_plan_report


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory) -> str:
    out = build_plan_report(tmp_path_factory.mktemp("report"))
    return write_report(out).read_text(encoding="utf-8")


def test_untrusted_text_is_escaped(fixture_report: str) -> None:
    html = fixture_report
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(" in html
    assert "=HYPERLINK(&#34;http://evil.example&#34;" in html or "=HYPERLINK(&quot;" in html


def test_self_contained(fixture_report: str) -> None:
    html = fixture_report
    # nothing loads from anywhere: no src/link/import attributes, only same-page anchors
    assert not re.search(r"<(?:img|script|link|iframe|object|embed)\b", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", html, re.I)
    assert re.findall(r'href="([^"]*)"', html) and all(
        h.startswith("#") for h in re.findall(r'href="([^"]*)"', html))
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_sections_flags_charts_badges(fixture_report: str) -> None:
    html = fixture_report
    assert 'id="flags"' in html
    assert html.count("<svg") >= 2  # target groups have no rows here; budgets and goals do
    # most severe first
    first = html.index('class="row-error"')
    assert first < html.index('class="row-warning"')
    assert "status_contradiction" in html and "not_followed_up" in html
    assert "budget_difference" in html
    assert 'class="badge b-achieved"' in html
    # the evidence is highlighted within its context, with its page
    assert "<mark>Under året har frukostseminarier för handläggarna genomförts vid fyra tillfällen.</mark>" in html
    assert "p. 1" in html
    assert "Anna Andersson" in html  # signatories


def test_eval_report(eval_run: Path) -> None:
    result = CliRunner().invoke(report, [str(eval_run)])
    assert result.exit_code == 0, result.output
    html = (eval_run / "report.html").read_text(encoding="utf-8")
    assert "quantity_shortfall" in html and "planned 7, reported 6" in html
    # three charts: target groups by organisation (a table shaded by count), two drawn
    assert html.count('<figure class="chart"') == 3 and html.count("<svg") == 2
    assert html.count('<section class="org"') >= 1
    assert (eval_run / "codebook.md").exists()


def test_report_command_without_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(report, [str(tmp_path)])  # a folder, but not a run: usage error
    assert result.exit_code == 2 and "corpus.duckdb" in result.output


def test_in_context() -> None:
    text = "Första meningen här. Det citerade stycket. Sista meningen där."
    s = text.index("Det")
    ctx = in_context(text, s, s + len("Det citerade stycket."), 10)
    assert ctx["quote"] == "Det citerade stycket."
    assert ctx["pre"].startswith("…") and ctx["post"].endswith("…")
    assert not in_context(text, 5, 500, 10)["found"]
