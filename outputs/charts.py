"""Charts of the HTML report, drawn with matplotlib and embedded as inline SVG (no files, no
requests: the report stays one self-contained page)."""
from __future__ import annotations

import io
import re
from collections import Counter, defaultdict

STATUS_ORDER = ("achieved", "partially_achieved", "not_achieved", "not_reported")
STATUS_COLOURS = {"achieved": "#2e7d32", "partially_achieved": "#f9a825",
                  "not_achieved": "#c62828", "not_reported": "#9e9e9e"}
_YEAR = re.compile(r"(?:19|20)\d\d")


def _plt():
    import matplotlib

    matplotlib.use("Agg")  # no display; must come before pyplot
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "samverkan",
                         "font.size": 9, "figure.dpi": 72})
    return plt


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    _plt().close(fig)
    text = buf.getvalue()
    # drop the XML prolog and DOCTYPE: the SVG goes inline into HTML
    return text[text.index("<svg"):]


def _short(label: str, n: int = 28) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= n else label[: n - 1] + "…"


def target_group_category(row: dict) -> str:
    """The taxonomy's category when normalisation filled it, else the raw text's first word."""
    canonical = (row.get("canonical") or "").strip()
    if canonical:
        return canonical
    words = (row.get("text") or "").split()
    return words[0].strip(",.:;()").casefold() if words else "?"


def heatmap_target_groups(rows: list[dict], org_of: dict[str, str], top: int = 15) -> str | None:
    """Target-group categories × organisations: how often each organisation names each."""
    counts: Counter = Counter()
    for r in rows:
        counts[(target_group_category(r), org_of.get(r["doc_id"]) or "?")] += 1
    if not counts:
        return None
    cats = [c for c, _ in _sum_by(counts, 0).most_common(top)]
    orgs = [o for o, _ in _sum_by(counts, 1).most_common(12)]
    grid = [[counts.get((c, o), 0) for o in orgs] for c in cats]
    plt = _plt()
    fig, ax = plt.subplots(figsize=(1.6 + 0.7 * len(orgs), 1.0 + 0.32 * len(cats)))
    im = ax.imshow(grid, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(orgs)), [_short(o, 22) for o in orgs], rotation=35, ha="right")
    ax.set_yticks(range(len(cats)), [_short(c) for c in cats])
    peak = max(max(r) for r in grid) or 1
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, str(v), ha="center", va="center",
                        color="white" if v > peak / 2 else "black")
    fig.colorbar(im, ax=ax, shrink=0.6, label="mentions")
    ax.set_title("Target groups by organisation")
    return _svg(fig)


def _sum_by(counts: Counter, index: int) -> Counter:
    out: Counter = Counter()
    for key, n in counts.items():
        out[key[index]] += n
    return out


def budget_category(label: str, cues: dict[str, list[str]]) -> str | None:
    """The principal a budget line's label names (data: outputs/data/report.toml)."""
    low = (label or "").casefold()
    for principal, words in cues.items():
        if any(w in low for w in words):
            return principal
    return None


def budget_by_year(lines: list[dict], year_of: dict[str, int | None],
                   cues: dict[str, list[str]], top_labels: int = 6) -> str | None:
    """Sum of budget lines per year (a table's totals only when it has no other lines),
    stacked by the principal the label names, else by the label itself (the largest labels;
    the rest as 'other lines')."""
    amounts: dict[tuple[int, str], float] = defaultdict(float)
    labels: Counter = Counter()
    staged = []
    # a table's lines when it has any, its totals when the totals are all it has
    detailed = {(b["doc_id"], b.get("table_id")) for b in lines if not b.get("is_total")}
    for b in lines:
        if b.get("amount_sek") is None or (
                b.get("is_total") and (b["doc_id"], b.get("table_id")) in detailed):
            continue
        m = _YEAR.search(str(b.get("period") or ""))
        year = int(m.group(0)) if m else year_of.get(b["doc_id"])
        if year is None:
            continue
        cat = budget_category(b.get("label") or "", cues) or (b.get("label") or "?").strip()
        staged.append((year, cat, b["amount_sek"]))
        labels[cat] += abs(b["amount_sek"])
    if not staged:
        return None
    keep = {c for c, _ in labels.most_common(top_labels)}
    for year, cat, amount in staged:
        amounts[(year, cat if cat in keep else "other lines")] += amount / 1000
    years = sorted({y for y, _ in amounts})
    cats = sorted({c for _, c in amounts}, key=lambda c: (c == "other lines", c))
    plt = _plt()
    fig, ax = plt.subplots(figsize=(max(4.5, 1.2 * len(years) + 3), 3.4))
    bottom = [0.0] * len(years)
    for cat in cats:
        vals = [amounts.get((y, cat), 0.0) for y in years]
        ax.bar([str(y) for y in years], vals, bottom=bottom, label=_short(cat, 30))
        bottom = [a + b for a, b in zip(bottom, vals, strict=True)]
    ax.set_ylabel("tkr (sum of lines)")
    ax.set_title("Budgets by year and principal / line")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return _svg(fig)


def goal_statuses(goals: list[dict], org_of: dict[str, str], top: int = 15) -> str | None:
    """Outcome statuses of goals per organisation, stacked horizontal bars."""
    counts: Counter = Counter()
    for g in goals:
        counts[(org_of.get(g["doc_id"]) or "?", g.get("outcome_status") or "not_reported")] += 1
    if not counts:
        return None
    orgs = [o for o, _ in _sum_by(counts, 0).most_common(top)][::-1]
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6.5, 1.0 + 0.35 * len(orgs)))
    left = [0] * len(orgs)
    for status in STATUS_ORDER:
        vals = [counts.get((o, status), 0) for o in orgs]
        ax.barh([_short(o, 34) for o in orgs], vals, left=left, color=STATUS_COLOURS[status],
                label=status.replace("_", " "))
        left = [a + b for a, b in zip(left, vals, strict=True)]
    ax.set_xlabel("goals")
    ax.set_title("Goal outcome statuses per organisation")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    return _svg(fig)
