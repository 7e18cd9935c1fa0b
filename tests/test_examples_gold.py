"""End to end: our own corpora scored against our own gold records with the shared scorer
(the same definitions as ../shared/eval/GUIDE.md). `corpus/examples` is the bundled demo; the
others were written blind to the rules by people who had not read the code, from distinct
briefs: `variants` (layouts and wordings), `blind2`, `blind3`, `blind4` (kinds and eras),
`blind5` (prose and damaged text), `blind6` (tables written as text), `blind7` (running
prose: minutes, beslutsförslag, applications), `blind8` (PDFs as websites convert them,
cp1252 and UTF-16), `blind9` (plans and their follow-up, two-level goals, cards), `blind10`
(projects and what became of them, outcomes far from the plan), `blind11` (web pages and
Word files as text: Markdown, saved browser text, tab lists) and `blind12` (local groups at
work: minutes, status tables, e-mails, follow-ups), `blind13` (one förbund's two years:
plans, reports, minutes, an audit, a kommun's tjänsteskrivelse), `blind14` (the year told in
running prose), `blind15` (what scanners and PDF converters leave: OCR errors, columns,
mojibake, hard wraps), `blind16` (projects as evaluators, newsletters and agencies describe
them), `blind17` (designed reports of the 2020s: key-figure boxes, icons, symbol legends) and
`blind18` (goal hierarchies and their follow-up), `blind19` (money as accountants and
treasurers write it), `blind20` (a board's year in its papers), `blind21` (the first FINSAM
years, people and plans told in prose), `blind22` (efforts and money told in paragraphs) and
`blind23` (short papers a folder fills up with), `blind24` (goals followed up in tables,
colours and prose), `blind25` (the money in plans, applications and forecasts), `blind26`
(who the work is for and what became of it), `blind27` (projects with outside money and their
reports), `blind28` (plans built as strategies), `blind29` (efforts named in passing),
`blind30` (the furniture of Word and PDF reports), `blind31` (who signed it and who sits at the
table), `blind32` (what was done, told as it was done), `blind33` (a förbund's portfolio of
projects), `blind34` (what evaluators and follow-up reports say), `blind35` (lists written
every way), `blind36` (plans whose activities come in grids and tables), `blind37` (efforts
counted, costed and compared), `blind38` (old papers read back by OCR), `blind39` (the 2020s on
the web and in Markdown), `blind40` (action lists of local groups), `blind41` (slides and
handouts), `blind42` (forms filled in: check boxes, fields, templates), `blind43` (whole, long
reports), `blind44` (local groups' informal writing), `blind45` (the förbund inside a kommun's
papers), `blind46` (the partners' and the nation's view), `blind47` (decisions on money),
`blind48` (papers that look like plans but are not), `blind49` (goals as numbers), `blind50`
(people's stories around the records), `blind51` (förbund that change shape), `blind52`
(spreadsheets and systems exported as text), `blind53` (other languages inside Swedish papers),
`blind54` (one effort's year in quarters), `blind55` (who can take part), `blind56` (what
the year will hold: plans told in prose, by month, by phase and by party), `blind57` (how did it
go: goals and their follow-up), `blind58` (the efforts' names in prose and catalogues), `blind59`
(old scans and rough conversions), `blind60` (money in every form), `blind61` (one förbund
across the years), `blind62` (who signs, who leads, who is named), `blind63` (the year told
as a story), `blind64` (local groups' plans and their follow-up tables), `blind65` (text
that lost its letters and its lines), `blind66` (the first years), `blind67` (papers with
little to find), `blind68` (one chapter per insats), `blind69` (what was done and what will
be done), `blind70` (insatser and their money), `blind71` (did we reach the goals?),
`blind72` (insatser told in passing), `blind73` (minutes, decisions and follow-ups),
`blind74` (numbers against targets), `blind75` (who the work is for), `blind76` (plans written
as prose), `blind77` (one insats from application to final report), `blind78` (each party's
own voice), `blind79` (papers still being worked on: comments, tracked changes, drafts),
`blind80` (reports built as chapters and appendices), `blind81` (a board meeting's papers
bundled as one file), `blind82` (the förbund speaking to the public), `blind83` (an ordinary
folder; its misses were not read), `blind84` (a förbund of many members, told member by
member; its misses were not read), `blind85` (plans and reports that span several years),
`blind86` (written in haste, without Swedish letters), `blind87` (the förbund's governance
papers) and `blind88` (one förbund's ordinary year; its misses were not read), and
`sealed10` (a researcher's random
sample, sealed until it was scored once at 7987525), `sealed11` (one region's folder, sealed
until it was scored once at 47fc2c8), `sealed12` (a national study's folder, sealed until
it was scored once at c8a29ff), `sealed13` (a county evaluator's folder, sealed until it was
scored once at 9ffadb5), `sealed14` (a consultant's comparison folder, sealed until it was
scored once at 1590668), `sealed15` (a doctoral student's sample across two decades, sealed
until it was scored once at 5b4881e; its misses were read in the next stop), `sealed16` (a
national review's sample of plans and what came of them, sealed until it was scored once at
a13da41), `sealed17` (one region's folder over fifteen years, sealed until it was scored
once at b957268; its misses were read in the next stop), `sealed18` (an analyst's batch
from many förbund, sealed until it was scored once at 3e6415d; its misses were read in the
next stop), `sealed19` (a researcher's pairs of a plan and the report on it, sealed until it
was scored once at b68e570), `sealed20` (a municipal auditor's folder from many förbund,
sealed until it was scored once at 7e7dfc3) and `sealed21` (a journalist's folder from many
förbund, sealed until it was scored once at e0e2647). The rules were then improved
on what the blind corpora showed (never on a sealed one's before it was scored);
first-contact and current figures are in the README. The floors sit a little under today's
figures, so that a regression fails here."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from samverkan.batch import EXAMPLES, RunOptions, run_batch

from .conftest import EVAL

HERE = Path(__file__).parent


def _blind(name: str, floors: dict[str, float]) -> tuple[Path, Path, dict[str, float]]:
    return HERE / f"corpus_{name}", HERE / f"corpus_{name}_gold", floors


CORPORA = {
    "examples": (EXAMPLES, HERE / "gold_examples",
                 {"goals": 0.9, "activities": 0.85, "target_groups": 0.7, "projects": 0.85,
                  "budget_lines": 0.88, "signatories": 0.95, "goal_status": 0.93,
                  "activity_status": 0.95, "doc_type": 1.0}),
    "variants": _blind("variants",
                       {"goals": 0.95, "activities": 0.92, "target_groups": 0.85,
                        "projects": 0.9, "budget_lines": 0.93, "signatories": 0.95,
                        "goal_status": 0.9, "activity_status": 0.95, "doc_type": 1.0}),
    "blind2": _blind("blind2",
                     {"goals": 0.95, "activities": 0.93, "target_groups": 0.85, "projects": 0.9,
                      "budget_lines": 0.88, "signatories": 0.95, "goal_status": 0.92,
                      "activity_status": 0.85, "doc_type": 1.0}),
    "blind3": _blind("blind3",
                     {"goals": 0.92, "activities": 0.8, "target_groups": 0.75, "projects": 0.7,
                      "budget_lines": 0.85, "signatories": 0.95, "goal_status": 0.95,
                      "activity_status": 0.88, "doc_type": 1.0}),
    "blind4": _blind("blind4",
                     {"goals": 0.94, "activities": 0.9, "target_groups": 0.85, "projects": 0.68,
                      "budget_lines": 0.7, "signatories": 0.93, "goal_status": 0.9,
                      "activity_status": 0.95, "doc_type": 1.0, "year": 1.0}),
    "blind5": _blind("blind5",
                     {"goals": 0.8, "activities": 0.82, "target_groups": 0.9, "projects": 0.82,
                      "budget_lines": 0.84, "signatories": 0.93, "goal_status": 0.93,
                      "activity_status": 0.8, "doc_type": 1.0, "year": 1.0}),
    "blind6": _blind("blind6",
                     {"goals": 0.94, "activities": 0.95, "target_groups": 0.77, "projects": 0.6,
                      "budget_lines": 0.9, "signatories": 0.97, "goal_status": 0.9,
                      "activity_status": 0.97, "doc_type": 1.0, "year": 1.0}),
    # written after the rules above; scored on first contact, then improved on what they showed
    "blind7": _blind("blind7",
                     {"goals": 0.88, "activities": 0.93, "target_groups": 0.76, "projects": 0.82,
                      "budget_lines": 0.75, "signatories": 0.95, "goal_status": 0.72,
                      "activity_status": 0.75, "year": 1.0}),
    "blind8": _blind("blind8",
                     {"goals": 0.65, "activities": 0.7, "target_groups": 0.6, "projects": 0.62,
                      "budget_lines": 0.85, "signatories": 0.92, "goal_status": 0.93,
                      "activity_status": 0.87, "year": 1.0}),
    "blind9": _blind("blind9",
                     {"goals": 0.85, "activities": 0.88, "target_groups": 0.77, "projects": 0.74,
                      "budget_lines": 0.84, "signatories": 0.95, "goal_status": 0.86,
                      "activity_status": 0.94, "doc_type": 1.0}),
    "blind10": _blind("blind10",
                      {"goals": 0.97, "activities": 0.97, "target_groups": 0.87, "projects": 0.75,
                       "budget_lines": 0.8, "signatories": 0.88, "goal_status": 0.72,
                       "activity_status": 0.77}),
    "blind11": _blind("blind11",
                      {"goals": 0.95, "activities": 0.95, "target_groups": 0.86, "projects": 0.68,
                       "budget_lines": 0.9, "signatories": 0.82, "goal_status": 0.97,
                       "activity_status": 0.94, "year": 1.0}),
    "blind12": _blind("blind12",
                      {"goals": 0.95, "activities": 0.95, "target_groups": 0.87, "projects": 0.75,
                       "budget_lines": 0.65, "signatories": 0.92, "goal_status": 0.93,
                       "activity_status": 0.9, "year": 1.0}),
    "blind13": _blind("blind13",
                      {"goals": 0.83, "activities": 0.85, "target_groups": 0.76, "projects": 0.7,
                       "budget_lines": 0.9, "signatories": 0.82, "goal_status": 0.9,
                       "activity_status": 0.95, "year": 1.0}),
    "blind14": _blind("blind14",
                      {"goals": 0.86, "activities": 0.73, "target_groups": 0.68, "projects": 0.73,
                       "budget_lines": 0.8, "signatories": 0.87, "year": 1.0}),
    "blind15": _blind("blind15",
                      {"goals": 0.73, "activities": 0.83, "target_groups": 0.73, "projects": 0.56,
                       "budget_lines": 0.7, "signatories": 0.83, "goal_status": 0.87,
                       "year": 1.0}),
    "blind16": _blind("blind16",
                      {"goals": 0.86, "activities": 0.82, "target_groups": 0.78, "projects": 0.59,
                       "budget_lines": 0.8, "signatories": 0.91, "goal_status": 0.94}),
    "blind17": _blind("blind17",
                      {"goals": 0.69, "activities": 0.48, "target_groups": 0.58, "projects": 0.45,
                       "budget_lines": 0.91, "signatories": 0.84, "goal_status": 0.71}),
    "blind18": _blind("blind18",
                      {"goals": 0.66, "activities": 0.87, "target_groups": 0.66, "projects": 0.59,
                       "budget_lines": 0.87, "signatories": 0.91, "goal_status": 0.92}),
    "blind19": _blind("blind19",
                      {"goals": 0.92, "activities": 0.97, "target_groups": 0.79, "projects": 0.74,
                       "budget_lines": 0.74, "signatories": 0.9, "goal_status": 0.82}),
    "blind20": _blind("blind20",
                      {"goals": 0.97, "activities": 0.97, "target_groups": 0.86, "projects": 0.69,
                       "budget_lines": 0.88, "signatories": 0.89, "goal_status": 0.97,
                       "year": 1.0}),
    "blind21": _blind("blind21",
                      {"goals": 0.95, "activities": 0.89, "target_groups": 0.73, "projects": 0.88,
                       "budget_lines": 0.84, "signatories": 0.86, "goal_status": 0.92}),
    # scored on first contact only, its misses never read: floors under that figure
    "blind22": _blind("blind22",
                      {"goals": 0.85, "activities": 0.86, "target_groups": 0.75, "projects": 0.65,
                       "budget_lines": 0.81, "signatories": 0.97, "doc_type": 1.0,
                       "year": 1.0}),
    "blind23": _blind("blind23",
                      {"goals": 0.94, "activities": 0.93, "target_groups": 0.87, "projects": 0.66,
                       "budget_lines": 0.89, "signatories": 0.8}),
    "blind24": _blind("blind24",
                      {"goals": 0.97, "activities": 0.9, "target_groups": 0.77, "projects": 0.88,
                       "budget_lines": 0.93, "signatories": 0.93, "goal_status": 0.89}),
    "blind25": _blind("blind25",
                      {"goals": 0.97, "activities": 0.97, "target_groups": 0.89, "projects": 0.8,
                       "budget_lines": 0.88, "signatories": 0.94, "goal_status": 0.95}),
    "blind26": _blind("blind26",
                      {"goals": 0.97, "activities": 0.9, "target_groups": 0.83, "projects": 0.81,
                       "budget_lines": 0.91, "signatories": 0.96, "goal_status": 0.88}),
    "blind27": _blind("blind27",
                      {"goals": 0.87, "activities": 0.86, "target_groups": 0.75, "projects": 0.79,
                       "budget_lines": 0.89, "signatories": 0.94, "goal_status": 0.93,
                       "year": 1.0}),
    "blind28": _blind("blind28",
                      {"goals": 0.95, "activities": 0.92, "target_groups": 0.73, "projects": 0.77,
                       "budget_lines": 0.96, "signatories": 0.96, "goal_status": 0.93,
                       "year": 1.0}),
    "blind29": _blind("blind29",
                      {"goals": 0.97, "activities": 0.97, "target_groups": 0.86, "projects": 0.81,
                       "budget_lines": 0.92, "signatories": 0.95, "goal_status": 0.93,
                       "year": 1.0}),
    "blind30": _blind("blind30",
                      {"goals": 0.96, "activities": 0.9, "target_groups": 0.86, "projects": 0.85,
                       "budget_lines": 0.91, "signatories": 0.96, "goal_status": 0.9,
                       "year": 1.0}),
    "blind31": _blind("blind31",
                      {"goals": 0.98, "activities": 0.95, "target_groups": 0.92, "projects": 0.88,
                       "budget_lines": 0.93, "signatories": 0.95, "goal_status": 0.98,
                       "activity_status": 0.93, "doc_type": 1.0}),
    "blind32": _blind("blind32",
                      {"goals": 0.96, "activities": 0.94, "target_groups": 0.85, "projects": 0.82,
                       "budget_lines": 0.81, "signatories": 0.95, "goal_status": 0.92,
                       "activity_status": 0.93, "doc_type": 1.0, "year": 1.0}),
    "blind33": _blind("blind33",
                      {"goals": 0.98, "activities": 0.96, "target_groups": 0.88, "projects": 0.93,
                       "budget_lines": 0.86, "signatories": 0.89, "goal_status": 0.96,
                       "doc_type": 1.0, "year": 1.0}),
    "blind34": _blind("blind34",
                      {"goals": 0.93, "activities": 0.79, "target_groups": 0.68, "projects": 0.76,
                       "budget_lines": 0.74, "signatories": 0.98, "goal_status": 0.9,
                       "activity_status": 0.89, "doc_type": 0.9}),
    "blind35": _blind("blind35",
                      {"goals": 0.9, "activities": 0.86, "target_groups": 0.75, "projects": 0.86,
                       "budget_lines": 0.83, "signatories": 0.86, "goal_status": 0.9,
                       "activity_status": 0.9, "doc_type": 1.0, "year": 1.0}),
    "blind36": _blind("blind36",
                      {"goals": 0.96, "activities": 0.78, "target_groups": 0.84, "projects": 0.93,
                       "budget_lines": 0.94, "signatories": 0.83, "goal_status": 0.86,
                       "activity_status": 0.89, "doc_type": 1.0, "year": 1.0}),
    "blind37": _blind("blind37",
                      {"goals": 0.98, "activities": 0.95, "target_groups": 0.88, "projects": 0.88,
                       "budget_lines": 0.87, "signatories": 0.98, "goal_status": 0.95,
                       "doc_type": 1.0, "year": 1.0}),
    "blind38": _blind("blind38",
                      {"goals": 0.92, "activities": 0.89, "target_groups": 0.86, "projects": 0.82,
                       "budget_lines": 0.8, "signatories": 0.98, "goal_status": 0.98,
                       "activity_status": 0.9, "doc_type": 1.0, "year": 0.9}),
    "blind39": _blind("blind39",
                      {"goals": 0.91, "activities": 0.9, "target_groups": 0.82, "projects": 0.76,
                       "budget_lines": 0.86, "signatories": 0.9, "goal_status": 0.86,
                       "activity_status": 0.92, "doc_type": 0.8, "year": 1.0}),
    "blind40": _blind("blind40",
                      {"goals": 0.86, "activities": 0.88, "target_groups": 0.84, "projects": 0.35,
                       "budget_lines": 0.8, "signatories": 0.91, "goal_status": 0.98,
                       "activity_status": 0.98, "doc_type": 0.7, "year": 1.0}),
    "blind41": _blind("blind41",
                      {"goals": 0.84, "activities": 0.81, "target_groups": 0.73, "projects": 0.62,
                       "budget_lines": 0.87, "signatories": 0.76, "goal_status": 0.9,
                       "activity_status": 0.98, "doc_type": 0.8, "year": 0.9}),
    "blind42": _blind("blind42",
                      {"goals": 0.81, "activities": 0.72, "target_groups": 0.75, "projects": 0.52,
                       "budget_lines": 0.81, "signatories": 0.94, "goal_status": 0.93, "activity_status": 0.97,
                       "doc_type": 0.87, "year": 0.87}),
    "blind43": _blind("blind43",
                      {"goals": 0.84, "activities": 0.97, "target_groups": 0.82, "projects": 0.72,
                       "budget_lines": 0.61, "signatories": 0.76, "goal_status": 0.84, "activity_status": 0.85,
                       "doc_type": 0.97, "year": 0.97}),
    "blind44": _blind("blind44",
                      {"goals": 0.7, "activities": 0.86, "target_groups": 0.76, "projects": 0.56,
                       "budget_lines": 0.77, "signatories": 0.8, "goal_status": 0.92, "activity_status": 0.83,
                       "doc_type": 0.67, "year": 0.77}),
    "blind45": _blind("blind45",
                      {"goals": 0.51, "activities": 0.52, "target_groups": 0.74, "projects": 0.38,
                       "budget_lines": 0.28, "signatories": 0.77, "goal_status": 0.9, "activity_status": 0.6,
                       "doc_type": 0.97, "year": 0.97}),
    "blind46": _blind("blind46",
                      {"goals": 0.84, "activities": 0.54, "target_groups": 0.89, "projects": 0.61,
                       "budget_lines": 0.77, "signatories": 0.74, "goal_status": 0.61, "activity_status": 0.97,
                       "doc_type": 0.47, "year": 0.77}),
    # (no activities in their gold: a floor of 0 would test nothing)
    "blind47": _blind("blind47",
                      {"goals": 0.87, "target_groups": 0.6, "projects": 0.75, "budget_lines": 0.65,
                       "signatories": 0.97, "goal_status": 0.97, "doc_type": 0.67, "year": 0.77}),
    "blind48": _blind("blind48",
                      {"goals": 0.91, "target_groups": 0.56, "projects": 0.55, "budget_lines": 0.69,
                       "signatories": 0.56, "goal_status": 0.97, "doc_type": 0.77, "year": 0.56}),
    "blind49": _blind("blind49",
                      {"goals": 0.9, "activities": 0.97, "target_groups": 0.86, "projects": 0.85,
                       "budget_lines": 0.94, "signatories": 0.95, "goal_status": 0.92,
                       "activity_status": 0.84, "doc_type": 0.87, "year": 0.87}),
    "blind50": _blind("blind50",
                      {"goals": 0.95, "activities": 0.83, "target_groups": 0.94, "projects": 0.86,
                       "budget_lines": 0.88, "signatories": 0.95, "goal_status": 0.89,
                       "activity_status": 0.89, "doc_type": 0.77, "year": 0.77}),
    "blind51": _blind("blind51",
                      {"goals": 0.97, "activities": 0.97, "target_groups": 0.82, "projects": 0.88,
                       "budget_lines": 0.87, "signatories": 0.94, "goal_status": 0.97,
                       "activity_status": 0.93, "doc_type": 0.87, "year": 0.87}),
    "blind52": _blind("blind52",
                      {"goals": 0.89, "activities": 0.76, "target_groups": 0.73, "projects": 0.64,
                       "budget_lines": 0.74, "signatories": 0.63, "goal_status": 0.85,
                       "activity_status": 0.97, "doc_type": 0.67, "year": 0.77}),
    "blind53": _blind("blind53",
                      {"goals": 0.95, "activities": 0.86, "target_groups": 0.89, "projects": 0.38,
                       "budget_lines": 0.83, "signatories": 0.87, "goal_status": 0.85,
                       "activity_status": 0.97, "doc_type": 0.97, "year": 0.87}),
    "blind54": _blind("blind54",
                      {"goals": 0.83, "activities": 0.84, "target_groups": 0.84, "projects": 0.72,
                       "budget_lines": 0.82, "signatories": 0.97, "goal_status": 0.97,
                       "activity_status": 0.97, "doc_type": 0.47, "year": 0.97}),
    "blind55": _blind("blind55",
                      {"goals": 0.97, "activities": 0.76, "target_groups": 0.75, "projects": 0.77,
                       "budget_lines": 0.86, "signatories": 0.9, "goal_status": 0.97,
                       "activity_status": 0.97, "doc_type": 0.97, "year": 0.87}),
    "blind56": _blind("blind56",
                      {"goals": 0.92, "activities": 0.75, "target_groups": 0.85, "projects": 0.72,
                       "budget_lines": 0.9, "signatories": 0.97, "goal_status": 0.97,
                       "activity_status": 0.95, "doc_type": 0.87, "year": 0.97}),
    "blind57": _blind("blind57",
                      {"goals": 0.92, "activities": 0.81, "target_groups": 0.73, "projects": 0.79,
                       "budget_lines": 0.87, "signatories": 0.9, "goal_status": 0.82, "activity_status": 0.97,
                       "doc_type": 0.87, "year": 0.87}),
    "blind58": _blind("blind58",
                      {"goals": 0.92, "activities": 0.68, "target_groups": 0.9, "projects": 0.73,
                       "budget_lines": 0.87, "signatories": 0.97, "goal_status": 0.9, "activity_status": 0.97,
                       "doc_type": 0.87, "year": 0.97}),
    "blind59": _blind("blind59",
                      {"goals": 0.86, "activities": 0.76, "target_groups": 0.75, "projects": 0.73,
                       "budget_lines": 0.7, "signatories": 0.87, "goal_status": 0.92, "activity_status": 0.97,
                       "doc_type": 0.97, "year": 0.97}),
    "blind60": _blind("blind60",
                      {"goals": 0.9, "activities": 0.97, "target_groups": 0.84, "projects": 0.73,
                       "budget_lines": 0.91, "signatories": 0.91, "goal_status": 0.97, "activity_status": 0.97,
                       "doc_type": 0.97, "year": 0.97}),
    "blind61": _blind("blind61",
                      {"goals": 0.84, "activities": 0.95, "target_groups": 0.87, "projects": 0.7,
                       "budget_lines": 0.83, "signatories": 0.91, "goal_status": 0.9, "activity_status": 0.97,
                       "doc_type": 0.87, "year": 0.97}),
    "blind62": _blind("blind62",
                      {"goals": 0.92, "activities": 0.94, "target_groups": 0.9, "projects": 0.78,
                       "budget_lines": 0.88, "signatories": 0.8, "goal_status": 0.89, "activity_status": 0.88,
                       "doc_type": 0.87, "year": 0.77}),
    "blind63": _blind("blind63",
                      {"goals": 0.87, "activities": 0.65, "target_groups": 0.79, "projects": 0.85,
                       "budget_lines": 0.74, "signatories": 0.97, "goal_status": 0.71, "activity_status": 0.58,
                       "doc_type": 0.77, "year": 0.97}),
    "blind64": _blind("blind64",
                      {"goals": 0.73, "activities": 0.65, "target_groups": 0.8, "projects": 0.56,
                       "budget_lines": 0.85, "signatories": 0.76, "goal_status": 0.81, "activity_status": 0.64,
                       "doc_type": 0.97, "year": 0.97}),
    "blind65": _blind("blind65",
                      {"goals": 0.53, "activities": 0.69, "target_groups": 0.68, "projects": 0.81,
                       "budget_lines": 0.66, "signatories": 0.81, "goal_status": 0.87, "activity_status": 0.84,
                       "doc_type": 0.97, "year": 0.87}),
    "blind66": _blind("blind66",
                      {"goals": 0.97, "activities": 0.95, "target_groups": 0.87, "projects": 0.86,
                       "budget_lines": 0.91, "signatories": 0.92, "goal_status": 0.87, "activity_status": 0.89,
                       "doc_type": 0.87, "year": 0.77}),
    "blind67": _blind("blind67",
                      {"goals": 0.97, "activities": 0.97, "target_groups": 0.77, "projects": 0.78,
                       "budget_lines": 0.82, "signatories": 0.63, "goal_status": 0.97,
                       "doc_type": 0.88, "year": 0.97}),
    "blind68": _blind("blind68",
                      {"goals": 0.85, "activities": 0.95, "target_groups": 0.81, "projects": 0.7,
                       "budget_lines": 0.91, "signatories": 0.89, "goal_status": 0.79, "activity_status": 0.97,
                       "doc_type": 0.97, "year": 0.97}),
    "blind69": _blind("blind69",
                      {"goals": 0.92, "activities": 0.89, "target_groups": 0.82, "projects": 0.71,
                       "budget_lines": 0.81, "signatories": 0.97, "goal_status": 0.9, "activity_status": 0.89,
                       "doc_type": 0.97, "year": 0.97}),
    "blind70": _blind("blind70",
                      {"goals": 0.96, "activities": 0.81, "target_groups": 0.74, "projects": 0.58,
                       "budget_lines": 0.85, "signatories": 0.92, "goal_status": 0.97, "activity_status": 0.97,
                       "doc_type": 0.77, "year": 0.77}),
    "blind71": _blind("blind71",
                      {"goals": 0.92, "activities": 0.97, "target_groups": 0.78, "projects": 0.82,
                       "budget_lines": 0.88, "signatories": 0.94, "goal_status": 0.73, "activity_status": 0.62,
                       "doc_type": 0.97, "year": 0.97}),
    "blind72": _blind("blind72",
                      {"goals": 0.81, "activities": 0.77, "target_groups": 0.79, "projects": 0.74,
                       "budget_lines": 0.89, "signatories": 0.97, "goal_status": 0.9,
                       "doc_type": 0.97, "year": 0.87}),
    "blind73": _blind("blind73",
                      {"goals": 0.88, "activities": 0.66, "target_groups": 0.89, "projects": 0.71,
                       "budget_lines": 0.77, "signatories": 0.89, "goal_status": 0.94, "activity_status": 0.93,
                       "doc_type": 0.87, "year": 0.97}),
    "blind74": _blind("blind74",
                      {"goals": 0.9, "activities": 0.93, "target_groups": 0.79, "projects": 0.83,
                       "budget_lines": 0.77, "signatories": 0.97, "goal_status": 0.72, "activity_status": 0.73,
                       "doc_type": 0.87, "year": 0.97}),
    "blind75": _blind("blind75",
                      {"goals": 0.94, "activities": 0.88, "target_groups": 0.75, "projects": 0.69,
                       "budget_lines": 0.95, "signatories": 0.97, "goal_status": 0.94, "activity_status": 0.97,
                       "doc_type": 0.97, "year": 0.77}),
    "blind76": _blind("blind76",
                      {"goals": 0.91, "activities": 0.15, "target_groups": 0.63, "projects": 0.63,
                       "budget_lines": 0.95, "signatories": 0.97, "goal_status": 0.93, "activity_status": 0.97,
                       "doc_type": 0.97, "year": 0.97}),
    "blind77": _blind("blind77",
                      {"goals": 0.95, "activities": 0.83, "target_groups": 0.78, "projects": 0.67,
                       "budget_lines": 0.85, "signatories": 0.79, "goal_status": 0.91, "activity_status": 0.75,
                       "doc_type": 0.87, "year": 0.67}),
    "blind78": _blind("blind78",
                      {"goals": 0.94, "activities": 0.87, "target_groups": 0.93, "projects": 0.77,
                       "budget_lines": 0.91, "signatories": 0.95, "goal_status": 0.9, "activity_status": 0.93,
                       "doc_type": 0.77, "year": 0.97}),
    "blind79": _blind("blind79",
                      {"goals": 0.95, "activities": 0.97, "target_groups": 0.84, "projects": 0.87,
                       "budget_lines": 0.86, "signatories": 0.94, "goal_status": 0.97, "activity_status": 0.97,
                       "doc_type": 0.87, "year": 0.87}),
    "blind80": _blind("blind80",
                      {"goals": 0.91, "activities": 0.97, "target_groups": 0.86, "projects": 0.83,
                       "budget_lines": 0.91, "signatories": 0.95, "goal_status": 0.95, "activity_status": 0.93,
                       "doc_type": 0.77, "year": 0.87}),
    "blind81": _blind("blind81",
                      {"goals": 0.91, "activities": 0.91, "target_groups": 0.89, "projects": 0.82,
                       "budget_lines": 0.85, "signatories": 0.93, "goal_status": 0.97, "activity_status": 0.89,
                       "doc_type": 0.67, "year": 0.56}),
    "blind82": _blind("blind82",
                      {"goals": 0.85, "activities": 0.97, "target_groups": 0.82, "projects": 0.61,
                       "budget_lines": 0.81, "signatories": 0.63, "goal_status": 0.97, "activity_status": 0.87,
                       "doc_type": 0.77, "year": 0.77}),
    "blind83": _blind("blind83",
                      {"goals": 0.95, "activities": 0.75, "target_groups": 0.72, "projects": 0.74,
                       "budget_lines": 0.92, "signatories": 0.85, "goal_status": 0.94, "activity_status": 0.75,
                       "doc_type": 0.97, "year": 0.97}),
    "blind84": _blind("blind84",
                      {"goals": 0.92, "activities": 0.77, "target_groups": 0.9, "projects": 0.57,
                       "budget_lines": 0.86, "signatories": 0.95, "goal_status": 0.94, "activity_status": 0.97,
                       "doc_type": 0.87, "year": 0.97}),
    # sealed until 7987525 (its misses never read), scored once there; kept here since
    "blind85": _blind("blind85",
                      {"goals": 0.95, "activities": 0.93, "target_groups": 0.86, "projects": 0.88,
                       "budget_lines": 0.9, "signatories": 0.94, "goal_status": 0.97,
                       "activity_status": 0.97, "doc_type": 0.87, "year": 0.77}),
    "blind86": _blind("blind86",
                      {"goals": 0.94, "activities": 0.9, "target_groups": 0.85, "projects": 0.68,
                       "budget_lines": 0.92, "signatories": 0.91, "goal_status": 0.97,
                       "activity_status": 0.9, "doc_type": 0.67, "year": 0.87}),
    "blind87": _blind("blind87",
                      {"goals": 0.91, "activities": 0.91, "target_groups": 0.92, "projects": 0.74,
                       "budget_lines": 0.96, "signatories": 0.8, "goal_status": 0.97,
                       "activity_status": 0.97, "doc_type": 0.77, "year": 0.77}),
    "blind88": _blind("blind88",
                      {"goals": 0.97, "activities": 0.73, "target_groups": 0.82, "projects": 0.97,
                       "budget_lines": 0.85, "signatories": 0.81, "goal_status": 0.97,
                       "activity_status": 0.97, "doc_type": 0.97, "year": 0.87}),
    "sealed10": _blind("sealed10",
                       {"goals": 0.81, "activities": 0.85, "target_groups": 0.9, "projects": 0.82,
                        "budget_lines": 0.87, "signatories": 0.91, "goal_status": 0.81,
                        "activity_status": 0.97, "doc_type": 0.72, "year": 0.88}),
    # sealed until 47fc2c8 (its misses never read), scored once there; kept here since
    "sealed11": _blind("sealed11",
                       {"goals": 0.84, "activities": 0.64, "target_groups": 0.55, "projects": 0.79,
                        "budget_lines": 0.87, "signatories": 0.9, "goal_status": 0.8,
                        "activity_status": 0.97, "doc_type": 0.88, "year": 0.8}),
    # sealed until c8a29ff (its misses never read), scored once there; kept here since
    "sealed12": _blind("sealed12",
                       {"goals": 0.78, "activities": 0.85, "target_groups": 0.74, "projects": 0.63,
                        "budget_lines": 0.75, "signatories": 0.81, "goal_status": 0.79,
                        "activity_status": 0.88, "doc_type": 0.88, "year": 0.88}),
    # sealed until 9ffadb5 (its misses never read), scored once there; kept here since
    "sealed13": _blind("sealed13",
                      {"goals": 0.92, "activities": 0.91, "target_groups": 0.8, "projects": 0.78,
                       "budget_lines": 0.86, "signatories": 0.89, "goal_status": 0.9, "activity_status": 0.77,
                       "doc_type": 0.97, "year": 0.88}),
    # sealed until 1590668 (its misses never read), scored once there; kept here since
    "sealed14": _blind("sealed14",
                      {"goals": 0.86, "activities": 0.89, "target_groups": 0.88, "projects": 0.72,
                       "budget_lines": 0.76, "signatories": 0.8, "goal_status": 0.94, "activity_status": 0.97,
                       "doc_type": 0.88, "year": 0.8}),
    # sealed until 5b4881e, scored once there; kept here since (its misses read a stop later)
    "sealed15": _blind("sealed15",
                      {"goals": 0.93, "activities": 0.95, "target_groups": 0.85, "projects": 0.82,
                       "budget_lines": 0.89, "signatories": 0.88, "goal_status": 0.88, "activity_status": 0.78,
                       "doc_type": 0.8, "year": 0.88}),
    # sealed until a13da41 (its misses never read), scored once there; kept here since
    "sealed16": _blind("sealed16",
                      {"goals": 0.91, "activities": 0.56, "target_groups": 0.8, "projects": 0.68,
                       "budget_lines": 0.8, "signatories": 0.92, "goal_status": 0.79, "activity_status": 0.83,
                       "doc_type": 0.8, "year": 0.72}),
    # sealed until b957268, scored once there (its misses read in the next stop); kept here since
    "sealed17": _blind("sealed17",
                      {"goals": 0.89, "activities": 0.93, "target_groups": 0.84, "projects": 0.68,
                       "budget_lines": 0.89, "signatories": 0.92, "goal_status": 0.84, "activity_status": 0.91,
                       "doc_type": 0.88, "year": 0.88}),
    # sealed until 3e6415d, scored once there (its misses read in the next stop); kept here since
    "sealed18": _blind("sealed18",
                      {"goals": 0.86, "activities": 0.88, "target_groups": 0.84, "projects": 0.72,
                       "budget_lines": 0.89, "signatories": 0.84, "goal_status": 0.77, "activity_status": 0.87,
                       "doc_type": 0.97, "year": 0.97}),
    # sealed until b68e570 (its misses never read), scored once there; kept here since
    "sealed19": _blind("sealed19",
                      {"goals": 0.84, "activities": 0.79, "target_groups": 0.77, "projects": 0.76,
                       "budget_lines": 0.94, "signatories": 0.94, "goal_status": 0.92, "activity_status": 0.94,
                       "doc_type": 0.97, "year": 0.97}),
    # sealed until 7e7dfc3 (its misses never read), scored once there; kept here since
    "sealed20": _blind("sealed20",
                      {"goals": 0.87, "activities": 0.78, "target_groups": 0.88, "projects": 0.88,
                       "budget_lines": 0.85, "signatories": 0.95, "goal_status": 0.97, "activity_status": 0.7,
                       "doc_type": 0.88, "year": 0.97}),
    "sealed21": _blind("sealed21",
                      {"goals": 0.95, "activities": 0.95, "target_groups": 0.91, "projects": 0.81,
                       "budget_lines": 0.78, "signatories": 0.95, "goal_status": 0.84,
                       "activity_status": 0.82, "doc_type": 0.8, "year": 0.88}),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_against_gold(name, tmp_path):
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval/score.py is not beside the repository")
    corpus, gold, floors = CORPORA[name]
    summary = run_batch([corpus], tmp_path, RunOptions(), log=lambda m: None)
    assert summary.counts["ok"] == len(list(gold.glob("*.json")))
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    res = score.score(gold, tmp_path)
    assert not res["documents_missing"]
    for key, floor in floors.items():
        got = res["tables"][key]["f1"] if key in res["tables"] else res["attributes"][key]
        assert got >= floor, (key, got, res["tables"].get(key))
