"""The one rule for where a sentence of running text ends."""
from samverkan.extract.sentences import sentence_end, sentence_spans, sentence_start


def test_abbreviations_and_lowercase_go_on():
    text = "Vi ordnade bl.a. en kurs för t.ex. unga vuxna. Nästa år fortsätter den."
    assert text[:sentence_end(text, 0)] == "Vi ordnade bl.a. en kurs för t.ex. unga vuxna"


def test_line_end_and_blank_line_end_a_sentence():
    text = "Kostnaden blev 40 tkr.\nnästa rad\n\nRubrik utan punkt\n\nText"
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == [
        "Kostnaden blev 40 tkr", "\nnästa rad", "Rubrik utan punkt", "Text"]


def test_sentence_start_is_after_the_last_stop():
    text = "Förbundet bildades 2008. Det har fyra medlemmar."
    pos = text.index("fyra")
    assert text[sentence_start(text, pos):pos] == " Det har "
