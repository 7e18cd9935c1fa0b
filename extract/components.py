"""The extractors as spaCy pipeline components, registered through spaCy's factory registry so
that `build_nlp().pipe_names` shows them and a user can add, remove or replace one."""
from __future__ import annotations

from spacy.language import Language

from .activities import extract_activities
from .budget import extract_budget
from .context import Context
from .goals import extract_goals
from .lemmas import LookupLemmatizer, load_table
from .projects import extract_projects
from .section_cues import SectionCues
from .signatories import extract_signatories
from .structure import parse_structure
from .target_groups import extract_target_groups


def _stage(fn):
    def component(doc):
        ctx: Context | None = doc._.samverkan
        if ctx is not None:
            fn(ctx, doc)
        return doc
    return component


@Language.factory("samverkan_lemmatizer")
def lemmatizer_factory(nlp, name):
    """Lookup lemmas (spacy-lookups-data's Swedish table and our exceptions)."""
    return LookupLemmatizer(load_table())


@Language.component("samverkan_structure")
def structure_component(doc):
    ctx: Context | None = doc._.samverkan
    if ctx is not None:
        ctx.structure = parse_structure(ctx.document)
        ctx.cues = SectionCues(doc, ctx.document.text)  # doc.text is rebuilt on every access
    return doc


Language.component("samverkan_goals", func=_stage(extract_goals))
Language.component("samverkan_activities", func=_stage(extract_activities))
Language.component("samverkan_target_groups", func=_stage(extract_target_groups))
Language.component("samverkan_projects", func=_stage(extract_projects))
Language.component("samverkan_budget", func=_stage(extract_budget))
Language.component("samverkan_signatories", func=_stage(extract_signatories))
