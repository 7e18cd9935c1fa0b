from __future__ import annotations

import codecs

import pytest

from samverkan.ingest.cleanup import clean_text
from samverkan.ingest.encoding import decode_text
from samverkan.ingest.errors import IngestError

SAMPLE = "Målgruppen är unga vuxna i Strängnäs och Västerås; René fick 1 545 000 kr."


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16", b""),
    ("cp1252", b""), ("latin-1", b""),
])
def test_decodes_swedish_letters(encoding, prefix):
    data = prefix + SAMPLE.encode(encoding)
    text, _ = decode_text(data)
    assert text == SAMPLE


def test_mojibake_is_repaired():
    broken = SAMPLE.encode("utf-8").decode("cp1252")
    text, _ = decode_text(broken.encode("utf-8"))
    assert text == SAMPLE


def test_empty_and_binary_are_errors():
    with pytest.raises(IngestError, match="empty"):
        decode_text(b"")
    with pytest.raises(IngestError, match="binary"):
        decode_text(b"\x00\x01\x02\x03" * 100)


def test_hyphenation_and_compounds():
    assert clean_text("sam-\nverkan") == "samverkan"
    assert clean_text("hälso-\noch sjukvård") == "hälso- och sjukvård"
    assert clean_text("Anna-\nLena Westin") == "Anna-Lena Westin"
    assert clean_text("Anna-Lena och hälso- och sjukvård") == "Anna-Lena och hälso- och sjukvård"


def test_soft_hyphen_ligature_nbsp_nfc():
    assert clean_text("fi\u00adnan\ufb01ering") == "finanfiering"
    assert clean_text("1\u00a0545\u00a0000") == "1 545 000"
    assert clean_text("a\u030a") == "å"
