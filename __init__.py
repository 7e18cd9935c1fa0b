"""samverkan: tables from Swedish cooperation reports (samordningsförbund, LSG, LLG)."""

__version__ = "0.1.0"
