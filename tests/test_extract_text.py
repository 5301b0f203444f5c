"""Reading article files safely; tokens, sentences and clauses with their offsets."""

import hashlib

import pytest

from extract_helpers import summary
from graph.model.errors import InvalidData
from graph.extract.text import (english_share, is_english, read_article, split_clauses, split_sentences,
                                tokenize)


def test_tokens_keep_offsets_into_the_text():
    text = "Samsung Electronics’ chairman met SK Group's Chey Tae-won in Washington, D.C. on Monday."
    for token in tokenize(text):
        assert text[token.start:token.end] == token.text
    words = [t.text for t in tokenize(text)]
    assert words[:4] == ["Samsung", "Electronics", "’", "chairman"]
    assert "'s" in words and "Tae-won" in words and "D.C." in words


def test_a_wire_headlines_tag_is_no_part_of_its_first_name():
    assert [t.text for t in tokenize("UPDATE-Orbit Labs signs deal")][:2] == ["Orbit", "Labs"]
    text = "EXCLUSIVE-Orbit, Zeta sound out investors; UPDATE 2-Kestrel Labs signs deal; 3-D chips"
    assert [t.text for t in tokenize(text)][:4] == ["Orbit", ",", "Zeta", "sound"]
    assert [t.text for t in tokenize(text)][7:10] == ["Kestrel", "Labs", "signs"]
    assert "3-D" in [t.text for t in tokenize(text)]
    assert [(t.start, t.end) for t in tokenize(text)][0] == (10, 15)
    assert {e["name"] for e in summary("EXCLUSIVE-Orbit Capital to buy stake in Zeta Cloud")["entities"]} == {
        "Orbit Capital", "Zeta Cloud"}


def test_a_wire_storys_instrument_codes_are_no_words():
    text = ("Orbit Labs ORBL.O and Zeta Motors 7203.T, with Kestrel VOWG_p.DE and Lumen Corp <LUMN.N>, "
            "met U.S. and U.K. officials at No.2 site A.I. labs.")
    words = [t.text for t in tokenize(text)]
    assert words[:9] == ["Orbit", "Labs", "and", "Zeta", "Motors", ",", "with", "Kestrel", "and"]
    assert words[9:12] == ["Lumen", "Corp", ","]
    assert {"U.S.", "U.K.", "A.I."} <= set(words) and "No.2" in words


def test_an_instrument_code_in_brackets_leaves_no_brackets_behind():
    words = [t.text for t in tokenize("Orbit Ports ORBP.DI bought Zeta y Nova (Zeta) (ZYN.SN) from Kestrel.")]
    assert words == ["Orbit", "Ports", "bought", "Zeta", "y", "Nova", "(", "Zeta", ")", "from", "Kestrel", "."]


def test_a_ticker_after_a_legal_form_is_no_word_but_an_upper_case_name_word_is():
    words = [t.text for t in tokenize("Orbit Energies SE ORBE disclosed it. Zeta Labs Inc ZETA. Kestrel AG CEO Dana Park")]
    assert words == ["Orbit", "Energies", "SE", "disclosed", "it", ".", "Zeta", "Labs", "Inc", ".",
                     "Kestrel", "AG", "CEO", "Dana", "Park"]


def test_instrument_codes_leave_the_names_before_them_whole():
    parties = [d["parties"] for d in summary("Orbit Labs ORBL.O signed a supply agreement with Zeta Motors 7203.T on Monday.")["deals"]]
    assert parties == [["Orbit Labs", "Zeta Motors"]]


def test_tokens_with_an_offset_count_from_the_whole_text():
    tokens = tokenize("Acme Inc.", offset=100)
    assert [(t.text, t.start, t.end) for t in tokens] == [("Acme", 100, 104), ("Inc.", 105, 109)]


def test_sentences_split_at_full_stops_but_not_inside_abbreviations():
    text = "Acme Robotics Inc. and Zeta signed. The U.S. firm Mr. Park runs agreed.\nA new line"
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["Acme Robotics Inc. and Zeta signed.", "The U.S. firm Mr. Park runs agreed.",
                                       "A new line"]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_sentence_after_an_abbreviation_starts_with_a_sentence_word():
    spans = split_sentences("It moved to the U.S. The company then grew.")
    assert [s.text for s in spans] == ["It moved to the U.S.", "The company then grew."]


def test_a_rounds_letter_ends_a_sentence_but_an_initial_does_not():
    spans = split_sentences("Zeta led Nova's Series C. Existing backers joined. Dana J. Park said so.")
    assert [s.text for s in spans] == ["Zeta led Nova's Series C.", "Existing backers joined.", "Dana J. Park said so."]


def test_a_possessives_s_before_a_full_stop_ends_the_sentence_but_an_initial_does_not():
    spans = split_sentences("Spreads widened, though far less than Orbit's. Zeta Labs grew. Ask Dana J. Park.")
    assert [s.text for s in spans] == ["Spreads widened, though far less than Orbit's.", "Zeta Labs grew.",
                                       "Ask Dana J. Park."]


def test_a_capitalized_word_after_a_legal_form_opens_a_sentence_unless_a_title_or_form_goes_on():
    spans = split_sentences("Zeta signed with Orbit Inc. Nova Labs said so. Kestrel Electronics Co. Chairman Dana Park "
                            "met Lumen Co. Ltd. staff and Acme Corp. (Acme) staff.")
    assert [s.text for s in spans] == ["Zeta signed with Orbit Inc.", "Nova Labs said so.",
                                       "Kestrel Electronics Co. Chairman Dana Park met Lumen Co. Ltd. staff and "
                                       "Acme Corp. (Acme) staff."]


def test_a_text_without_full_stops_is_cut_into_bounded_pieces():
    text = "word " * 5000
    spans = split_sentences(text)
    assert len(spans) > 5 and max(len(s.text) for s in spans) <= 1000


def test_clauses_split_at_dashes_semicolons_and_while():
    sentence = split_sentences("Acme plans an office – CEO Dana Park said so; Zeta agreed while Kestrel waited.")[0]
    assert [c.text for c in split_clauses(sentence)] == ["Acme plans an office", "CEO Dana Park said so",
                                                         "Zeta agreed", "Kestrel waited."]


def test_read_article_gives_text_and_sha256_of_its_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Acme signed a deal.\r\nZeta agreed.".encode())
    article = read_article(path)
    assert article.text == "Acme signed a deal.\r\nZeta agreed."  # no newline translation
    assert article.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("content, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    ("Caf\u00e9 Acme".encode("latin-1"), "not UTF-8 text (byte 0xe9 at offset 3)"),
])
def test_read_article_refuses_binary_and_non_utf8(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InvalidData, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_article(path)


def test_read_article_names_a_missing_file(tmp_path):
    with pytest.raises(InvalidData, match="nope.txt: no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InvalidData, match="not a regular file"):
        read_article(tmp_path)


def test_english_is_told_from_other_languages():
    assert is_english("Acme signed a supply agreement with Zeta on Monday, the companies said in a statement.")
    assert not is_english("삼성전자는 오픈AI와 반도체 공급 계약을 체결했다고 밝혔다. 이번 계약은 스타게이트 프로젝트의 일환이다.")
    assert not is_english("La empresa firmó un acuerdo con Zeta para suministrar chips durante los próximos años, "
                          "según fuentes de la compañía.")
    assert english_share("Too short") is None and is_english("Too short")


def test_a_byte_order_mark_is_not_part_of_the_first_sentence():
    text = "\ufeffAcme signed.\r\nZeta agreed."
    assert [(s.text, s.start) for s in split_sentences(text)] == [("Acme signed.", 1), ("Zeta agreed.", 15)]


def test_a_number_before_a_period_ends_a_sentence_an_initial_does_not():
    from graph.extract.text import split_sentences
    text = "Wong takes over on June 1. Until then, Park runs it. Read J. Smith."
    assert [sp.text for sp in split_sentences(text)] == [
        "Wong takes over on June 1.", "Until then, Park runs it.", "Read J. Smith."]


def test_a_wire_copy_wrapped_at_a_fixed_width_is_read_in_whole_sentences():
    text = ("TOKYO, March 16 Orbit Electron Ltd said on Friday it will buy\n"
            "Boston-based wafer equipment maker Zeta Systems Inc for $20 million, to\n"
            "give it more reach in making chips for phones and small\n"
            "computers. Orbit Electron and rival Kestrel Materials Inc are\n"
            "racing to develop machines geared to pack more power on smaller\n"
            "slivers of silicon.\n")
    sentences = [s.text for s in split_sentences(text)]
    assert len(sentences) == 2 and sentences[0].startswith("TOKYO") and sentences[0].endswith("phones and small\ncomputers.")
    assert [(d["type"], d["parties"]) for d in summary(text)["deals"]] == [
        ("Acquisition", ["Orbit Electron Ltd", "Zeta Systems Inc"])]


def test_short_lines_and_lines_that_end_a_sentence_stay_apart():
    text = "Orbit Chips signs deal\nwith Zeta\nKestrel Motors names a new chief executive for its\nbattery unit.\n"
    assert [s.text for s in split_sentences(text)] == ["Orbit Chips signs deal", "with Zeta",
                                                       "Kestrel Motors names a new chief executive for its",
                                                       "battery unit."]


def test_a_wrapped_line_does_not_run_on_past_a_blank_line():
    text = ("Orbit Electron Ltd agrees to buy Zeta Systems for chips\n\n"
            "TOKYO, March 16 Orbit Electron Ltd said on Friday it will buy\n"
            "Boston-based wafer equipment maker Zeta Systems Inc for $20 million, to\n"
            "give it more reach in making chips for phones and small\n"
            "computers. Orbit Electron and rival Kestrel Materials Inc are\n"
            "racing to develop machines.\n")
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0] == "Orbit Electron Ltd agrees to buy Zeta Systems for chips" and sentences[1].startswith("TOKYO")
