"""samverkan: tables from Swedish cooperation reports (samordningsförbund, LSG, LLG).

Reads verksamhetsberättelser, verksamhetsplaner, handlingsplaner, årsredovisningar,
projektansökningar and protokoll (PDF, scanned PDF, text) and turns a folder of them into
tidy tables: goals and their stated outcomes, planned activities and what became of them,
target groups, projects, budget lines and signatories, reconciled across organisations and
years, each record with its evidence (document, page, characters, quote).

The same things as the command line, with the same options:

    import samverkan
    summary = samverkan.process(["reports/"], out="out")   # samverkan run reports/ --out out
    samverkan.report("out")                                # samverkan report out
    samverkan.export("out", formats=["xlsx", "parquet"])   # samverkan export out --format ...
    tables = samverkan.load("out")                         # {"goals": DataFrame, ...}
    samverkan.diff("out", "LSG Flen", from_year=2018)      # samverkan diff out "LSG Flen" ...

A mistake the user can correct raises samverkan.SamverkanError with the message the
command line prints. The functions are imported on first use, so `import samverkan` stays
cheap (no pandas, DuckDB or spaCy until they are needed).
"""
from .errors import SamverkanError

__version__ = "0.1.0"
__all__ = ["process", "report", "export", "load", "diff", "SamverkanError", "__version__"]
_API = ("process", "report", "export", "load", "diff")


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'samverkan' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})
