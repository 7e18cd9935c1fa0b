from __future__ import annotations

from samverkan.normalize.values import check_values, valid_period
from samverkan.records import BudgetLine, Document, Extraction, Project


def _line(amount, period):
    return BudgetLine(doc_id="d", page=1, char_start=0, char_end=1, evidence="x", label="L",
                      period=period, amount_sek=amount)


def test_periods():
    assert valid_period("2014") and valid_period("2014-2016")
    assert not valid_period("2016-2014") and not valid_period("14") and not valid_period("")


def test_bad_values_are_cleared_and_reported():
    doc = Document(doc_id="d", source_path="x", format="txt")
    ex = Extraction(budget_lines=[_line(10**15, "2014"), _line(5000, "1999-1990"),
                                  _line(356000, "2014")],
                    projects=[Project(doc_id="d", page=1, char_start=0, char_end=1,
                                      evidence="x", name="P", period_start="2009-12-31",
                                      period_end="2007-09-17")])
    check_values(doc, ex)
    assert [b.amount_sek for b in ex.budget_lines] == [None, 5000, 356000]
    assert [b.period for b in ex.budget_lines] == ["2014", "", "2014"]
    assert ex.projects[0].period_start is None
    assert len(doc.warnings) == 3
