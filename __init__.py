"""samverkan: tables from Swedish cooperation reports (samordningsförbund, LSG, LLG).

`samverkan.load(OUT)` and `samverkan.process(paths, out=...)` are imported on first use, so
`import samverkan` stays cheap (no pandas or DuckDB until they are needed).
"""

__version__ = "0.1.0"
__all__ = ["load", "process"]


def __getattr__(name: str):
    if name in ("load", "process"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'samverkan' has no attribute {name!r}")
