"""spacy-lookups-data's Swedish lemma table and spaCy's Swedish stop words in a compact form
that a process opens in milliseconds instead of parsing 660 000 JSON entries (about 1 s of
CPU, and as much again to build a Python set of the word forms).

Three files, built once from the installed packages and memory-mapped by every process:

- `forms.marisa`: a MARISA trie of every word form and every lemma of the table; a string's
  id is its place in the trie;
- `lemma_of.i32`: for each id, the id of its lemma, or -1 where the string is only a lemma;
- `known.marisa`: the same strings and the stop words, in lower case (`known_words`).

They live in a cache folder (SAMVERKAN_CACHE_DIR, else the user's cache folder) under a name
made from a hash of the source files, so an upgraded spacy-lookups-data or spaCy gets a new
build rather than stale answers. Build them ahead with `python -m samverkan.vocabulary_store`
(`make vocabulary`, part of the install); a process that finds none builds them (a few
seconds, once). Nothing is downloaded: the sources are the installed packages' own files.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import mmap
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import marisa_trie

FORMAT = "samverkan-vocabulary-1"  # part of the hash: a new layout makes a new folder
FORMS, LEMMA_OF, KNOWN, MANIFEST = "forms.marisa", "lemma_of.i32", "known.marisa", "manifest.json"
NO_LEMMA = -1


@dataclass(frozen=True)
class Sources:
    lemma_lookup: Path  # spacy-lookups-data's sv_lemma_lookup.json(.gz)
    stop_words: Path  # spaCy's spacy/lang/sv/stop_words.py

    def key(self) -> str:
        """A hash of the sources' bytes (about 2 MB: a few milliseconds)."""
        h = hashlib.sha256(FORMAT.encode())
        for path in (self.lemma_lookup, self.stop_words):
            h.update(path.name.encode() + b"\0")
            h.update(path.read_bytes())
        return h.hexdigest()[:20]


def find_sources() -> Sources:
    """The installed files, found without importing spaCy (its import alone costs 0.6 s)."""
    lookups = _package_dir("spacy_lookups_data") / "data" / "sv_lemma_lookup.json"
    if not lookups.exists():  # spaCy reads the gzipped file when the plain one is absent
        lookups = lookups.with_suffix(".json.gz")
    return Sources(lookups, _package_dir("spacy") / "lang" / "sv" / "stop_words.py")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed")
    return Path(list(spec.submodule_search_locations)[0])


@dataclass
class Vocabulary:
    """The three structures, memory-mapped (or built in memory where no folder is writable)."""

    forms: marisa_trie.Trie
    lemma_of: memoryview  # int32 per id of `forms`
    known: marisa_trie.Trie
    n_forms: int  # entries of the lemma table

    def lemma(self, word: str) -> str | None:
        i = self.forms.get(word)
        if i is None:
            return None
        j = self.lemma_of[i]
        return None if j == NO_LEMMA else self.forms.restore_key(j)

    def table_items(self) -> Iterator[tuple[str, str]]:
        restore, lemma_of = self.forms.restore_key, self.lemma_of
        for word, i in self.forms.iteritems():
            if lemma_of[i] != NO_LEMMA:
                yield word, restore(lemma_of[i])


def load() -> Vocabulary:
    """The vocabulary of the installed packages: from the cache, built there first if needed."""
    sources = find_sources()
    key = sources.key()
    for root in cache_roots():
        folder = root / key
        found = _open(folder)
        if found is not None:
            return found
        try:
            build(sources, folder)
        except OSError:
            continue  # not writable: the next candidate
        found = _open(folder)
        if found is not None:
            return found
    return _in_memory(*_structures(sources))


def cache_roots() -> list[Path]:
    """Where the vocabulary may be kept, in order of preference."""
    roots = []
    if os.environ.get("SAMVERKAN_CACHE_DIR"):
        roots.append(Path(os.environ["SAMVERKAN_CACHE_DIR"]) / "vocabulary")
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    roots.append(Path(base) / "samverkan" / "vocabulary")
    uid = os.getuid() if hasattr(os, "getuid") else 0
    roots.append(Path(tempfile.gettempdir()) / f"samverkan-{uid}" / "vocabulary")
    return roots


def _open(folder: Path) -> Vocabulary | None:
    """The built files in `folder`, or None when they are absent, partial or someone else's."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if not _own(folder):
            return None
        for name, size in manifest["sizes"].items():
            if (folder / name).stat().st_size != size:
                return None
        forms, known = marisa_trie.Trie(), marisa_trie.Trie()
        forms.mmap(str(folder / FORMS))
        known.mmap(str(folder / KNOWN))
        with (folder / LEMMA_OF).open("rb") as fh:
            # the map outlives the file object; the pages are shared by every process
            lemma_of = memoryview(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)).cast("i")
    except (OSError, ValueError, KeyError, RuntimeError):
        return None
    if len(lemma_of) != len(forms):
        return None
    return Vocabulary(forms, lemma_of, known, manifest["n_forms"])


def _own(folder: Path) -> bool:
    """A folder of this user's: in a shared temp folder, another user's files are not read."""
    if not hasattr(os, "getuid"):
        return True
    return folder.stat().st_uid == os.getuid() and folder.parent.stat().st_uid == os.getuid()


def build(sources: Sources, folder: Path) -> Path:
    """Write the three files into `folder`, atomically: a half-built folder is never seen,
    and of two processes building at once the first to finish wins."""
    forms, lemma_of, known, n_forms = _structures(sources)
    folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=folder.parent))
    try:
        forms.save(str(tmp / FORMS))
        known.save(str(tmp / KNOWN))
        (tmp / LEMMA_OF).write_bytes(lemma_of.tobytes())
        sizes = {name: (tmp / name).stat().st_size for name in (FORMS, LEMMA_OF, KNOWN)}
        manifest = {"format": FORMAT, "n_forms": n_forms, "sizes": sizes,
                    "sources": [str(sources.lemma_lookup), str(sources.stop_words)]}
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        try:
            tmp.rename(folder)
        except OSError:
            if _open(folder) is None:  # a damaged folder, not another process's build
                _replace(folder, tmp)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _replace(folder: Path, tmp: Path) -> None:
    """Put the new build where a damaged one stands (moved aside first, then removed)."""
    stale = Path(tempfile.mkdtemp(prefix=".stale-", dir=folder.parent))
    folder.rename(stale / "old")
    tmp.rename(folder)
    shutil.rmtree(stale, ignore_errors=True)


def _structures(sources: Sources):
    """The tries and the lemma index from the sources, read as spaCy reads them."""
    from array import array

    from spacy.lang.sv.stop_words import STOP_WORDS
    from spacy.util import load_language_data, registry

    # the path spaCy itself reads (its loader tries the ".gz" file when the plain one is absent)
    path = Path(registry.lookups.get("sv")["lemma_lookup"])
    if path.parent.resolve() != sources.lemma_lookup.parent.resolve():
        raise RuntimeError(f"spaCy reads the lemma table from {path}, "
                           f"not from {sources.lemma_lookup}")
    table: dict[str, str] = load_language_data(path)
    forms = marisa_trie.Trie(set(table) | set(table.values()))
    lemma_of = array("i", [NO_LEMMA]) * len(forms)
    for word, lemma in table.items():
        lemma_of[forms.key_id(word)] = forms.key_id(lemma)
    known = {w.lower() for w in forms.keys()} | {w.lower() for w in STOP_WORDS}
    return forms, lemma_of, marisa_trie.Trie(known), len(table)


def _in_memory(forms, lemma_of, known, n_forms: int) -> Vocabulary:
    return Vocabulary(forms, memoryview(lemma_of), known, n_forms)


def main() -> int:
    """Build the vocabulary for the installed packages (if not built yet); print where."""
    sources = find_sources()
    for root in cache_roots():
        folder = root / sources.key()
        try:
            if _open(folder) is None:
                build(sources, folder)
        except OSError as exc:
            print(f"cannot write {folder}: {exc}", file=sys.stderr)
            continue
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"vocabulary: {folder} ({size / 1e6:.1f} MB)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
