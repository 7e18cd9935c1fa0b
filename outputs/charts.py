"""Charts of the HTML report, drawn with matplotlib and embedded as inline SVG (no files, no
requests: the report stays one self-contained page).

Made to be read at a laptop's width: no wider than the page's column (so never scaled
down), names written out in full and wrapped rather than cut, whole numbers on count axes,
and each legend about one thing (statuses, or organisations)."""
from __future__ import annotations

import io
import textwrap
from collections import Counter, defaultdict

STATUS_ORDER = ("achieved", "partially_achieved", "not_achieved", "not_reported")
STATUS_COLOURS = {"achieved": "#2e7d32", "partially_achieved": "#f9a825",
                  "not_achieved": "#c62828", "not_reported": "#9e9e9e"}
WIDTH = 10.0  # inches at 72 pt an inch: 720 pt, 960 CSS pixels, inside the page's column
LABEL_CHARS = 30  # a name wraps onto the next line here; it is never cut
TOP_ORGANISATIONS = 8  # budget series; the rest are summed as one


def _plt():
    import matplotlib

    matplotlib.use("Agg")  # no display; must come before pyplot
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "samverkan",
                         "font.size": 10, "figure.dpi": 72,
                         "font.family": ["DejaVu Sans"]})
    return plt


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    _plt().close(fig)
    text = buf.getvalue()
    # drop the XML prolog and DOCTYPE: the SVG goes inline into HTML
    return text[text.index("<svg"):]


def wrap(label: str, width: int = LABEL_CHARS) -> str:
    """A name on as many lines as it takes, whole."""
    return "\n".join(textwrap.wrap(" ".join(str(label).split()), width,
                                   break_long_words=False, break_on_hyphens=False)) or "?"


def goal_statuses(goals: list[dict], org_of: dict[str, str]) -> str | None:
    """Outcome statuses of goals per organisation: stacked horizontal bars, one per
    organisation, its name in full beside it."""
    counts: Counter = Counter()
    for g in goals:
        counts[(org_of.get(g["doc_id"]) or "?", g.get("outcome_status") or "not_reported")] += 1
    if not counts:
        return None
    from matplotlib.ticker import MaxNLocator

    totals: Counter = Counter()
    for (org, _), n in counts.items():
        totals[org] += n
    orgs = sorted(totals, key=lambda o: (-totals[o], o.casefold()))[::-1]
    labels = [wrap(o) for o in orgs]
    heights = [0.2 + 0.19 * (label.count("\n") + 1) for label in labels]
    plt = _plt()
    fig, ax = plt.subplots(figsize=(WIDTH - 3, 0.9 + sum(heights)))
    # each bar sits in a band as tall as its label needs
    centres, y = [], 0.0
    for h in heights:
        centres.append(y + h / 2)
        y += h
    left = [0] * len(orgs)
    for status in STATUS_ORDER:
        vals = [counts.get((o, status), 0) for o in orgs]
        ax.barh(centres, vals, height=[h * 0.7 for h in heights], left=left,
                color=STATUS_COLOURS[status], label=status.replace("_", " "))
        left = [a + b for a, b in zip(left, vals, strict=True)]
    ax.set_yticks(centres, labels)
    ax.set_ylim(0, y)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("goals")
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=4, frameon=False)
    return _svg(fig)


def budget_by_year(budgets: list[tuple[str, int, int]]) -> str | None:
    """Budget per year, stacked by organisation: each organisation's figure for the year
    (see report_orgs.chosen_budgets), in thousands of kronor."""
    if not budgets:
        return None
    from matplotlib.ticker import FuncFormatter

    per_org: Counter = Counter()
    for org, _, amount in budgets:
        per_org[org] += abs(amount)
    keep = [o for o, _ in sorted(per_org.items(), key=lambda kv: (-kv[1], kv[0]))]
    rest = keep[TOP_ORGANISATIONS:]
    keep = keep[:TOP_ORGANISATIONS]
    other = f"{len(rest)} other organisations" if len(rest) > 1 else (rest[0] if rest else "")
    amounts: dict[tuple[int, str], float] = defaultdict(float)
    for org, year, amount in budgets:
        amounts[(year, org if org in keep else other)] += amount / 1000
    years = sorted({y for y, _ in amounts})
    series = keep + ([other] if rest else [])
    plt = _plt()
    fig, ax = plt.subplots(figsize=(min(WIDTH - 3.2, 2.5 + 0.8 * len(years)), 3.6))
    bottom = [0.0] * len(years)
    colours = plt.get_cmap("tab10").colors
    for i, org in enumerate(series):
        vals = [amounts.get((y, org), 0.0) for y in years]
        ax.bar([str(y) for y in years], vals, bottom=bottom, label=wrap(org),
               color="#bdbdbd" if org == other and rest else colours[i % 10])
        bottom = [a + b for a, b in zip(bottom, vals, strict=True)]
    ax.set_ylabel("thousand kronor")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}".replace(",", "\u2009")))
    handles, names = ax.get_legend_handles_labels()  # top of the stack first, as drawn
    ax.legend(handles[::-1], names[::-1], title="organisation", loc="upper left",
              bbox_to_anchor=(1.02, 1.0), frameon=False, alignment="left")
    return _svg(fig)
