"""The quote pack's helpers: where quotations and sentences are, and its word lists."""

from __future__ import annotations

import pytest
import yaml

import claimkit
from claimkit.packs.quotes.layout import Layout, layout_of
from claimkit.packs.quotes.words import words_of
from claimkit.resources import rules_dir


def quoted(text: str) -> list[str]:
    layout = Layout(text)
    return [text[quote.inner_start:quote.inner_end] for quote in layout.quotes]


def sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[str]:
    return [text[start:end] for start, end in Layout(text, abbreviations).sentences]


# -- quotation marks ---------------------------------------------------------------------------


def test_straight_and_curly_marks_pair_up():
    assert quoted('"Satu," kata A. “Dua,” kata B.') == ["Satu,", "Dua,"]


def test_stray_closing_mark_is_ignored_and_later_pairs_hold():
    text = 'Ia menyebut hasilnya memuaskan" sejak awal. "Kami puas," kata Rina.'
    layout = Layout(text)
    assert quoted(text) == ["Kami puas,"]
    assert layout.strays == [text.index('"')]


def test_stray_opening_mark_in_one_paragraph_text_is_ignored():
    text = 'Awalnya "tidak jelas. Lalu "Kami siap," kata Budi.'
    assert quoted(text) == ["Kami siap,"]


def test_nested_quotation_and_its_outer_quotation():
    text = '"Ini program "kota hijau" kami," kata Wali Kota.'
    assert sorted(quoted(text)) == ['Ini program "kota hijau" kami,', "kota hijau"]
    assert Layout(text).quote_containing(text.index("program")).close == text.index('," kata') + 1


def test_a_stray_inner_opener_does_not_cut_the_outer_quotation():
    text = '“Harga sewa naik. Toh yang menyewa “kan masih warga sini,” ujar Darmini.'
    layout = Layout(text)
    assert quoted(text) == ["Harga sewa naik. Toh yang menyewa “kan masih warga sini,"]
    assert layout.strays == [text.index("“kan")]


def test_a_double_opener_closed_by_a_single_mark_leaves_the_outer_quotation_whole():
    text = '“Tarif itu bisa “merugikan’ usaha kecil,” kata Suryono.'
    assert quoted(text) == ["Tarif itu bisa “merugikan’ usaha kecil,"]


def test_a_quoted_term_inside_a_quotation_left_open_stays_nested():
    text = 'Awal paragraf.\n“Program “kampung hijau” berlanjut tahun ini\nParagraf berikut.'
    assert quoted(text) == ["Program “kampung hijau” berlanjut tahun ini", "kampung hijau"]


def test_quotation_left_open_runs_to_the_end_of_its_paragraph():
    text = '"Paragraf pertama tanpa tanda tutup.\n\n"Paragraf kedua," katanya.'
    layout = Layout(text)
    first = layout.quote_opening_at(0)
    assert first.close is None and text[first.inner_start:first.inner_end] == "Paragraf pertama tanpa tanda tutup."


def test_long_runs_of_spaces_break_paragraphs_of_flattened_articles():
    text = 'Harga cabai naik tajam.    Baca juga: Pasar Sepi Pembeli    Warsito menjelaskan, stok menipis.'
    paragraphs = [text[start:end] for start, end in Layout(text).paragraphs]
    assert paragraphs == ["Harga cabai naik tajam.", "Baca juga: Pasar Sepi Pembeli",
                          "Warsito menjelaskan, stok menipis."]


def test_spaced_marks_of_rebuilt_texts():
    assert quoted('Ia berkata " kami tidak mundur " dengan tegas.') == [" kami tidak mundur "]


# -- sentences -------------------------------------------------------------------------------


def test_sentences_do_not_end_inside_quotations_or_after_abbreviations():
    text = 'Dr. Ani tiba di Kab. Sleman. "Semua aman. Kami siap," katanya. Harga naik 1.500 rupiah!'
    assert sentences(text, frozenset({"dr", "kab"})) == [
        "Dr. Ani tiba di Kab. Sleman.", '"Semua aman. Kami siap," katanya.', "Harga naik 1.500 rupiah!"]


def test_a_question_mark_before_a_lowercase_cue_does_not_end_the_sentence():
    assert sentences("Sampai kapan kami menunggu? tanya Budi. Ia pulang.") == [
        "Sampai kapan kami menunggu? tanya Budi.", "Ia pulang."]


def test_a_dot_glued_to_the_next_sentence_ends_it():
    assert sentences("Itu kata Budi.Menurut Ani, harga naik.") == ["Itu kata Budi.", "Menurut Ani, harga naik."]


def test_a_closing_mark_spaced_off_its_last_word_ends_the_sentence():
    text = 'Rudi datang. "Kami siap bekerja. "  Sesudahnya rapat dibuka. " Kami juga siap," kata Ani.'
    assert sentences(text) == ["Rudi datang.", '"Kami siap bekerja. "', "Sesudahnya rapat dibuka.",
                               '" Kami juga siap," kata Ani.']


def test_initials_do_not_end_sentences():
    assert sentences("Ustaz H. Rahman hadir. Ia berceramah.") == ["Ustaz H. Rahman hadir.", "Ia berceramah."]


@pytest.mark.parametrize(("text", "first"), [
    ("PALU - Warga mengungsi. Hujan turun.", "Warga mengungsi."),
    ("Solo (ANTARA) - Warga mengungsi.", "Warga mengungsi."),
    ("Bogor, Kabar Kita -- Warga mengungsi.", "Warga mengungsi."),
    ("BERITA.co.id - Warga mengungsi.", "Warga mengungsi."),
    ("Kabarku.net - Warga mengungsi.", "Warga mengungsi."),
    ("Mercedes - Benz merilis mobil baru.", "Mercedes - Benz merilis mobil baru."),
    ("Presiden Budi - yang baru dilantik - hadir.", "Presiden Budi - yang baru dilantik - hadir."),
])
def test_a_dateline_is_left_out_of_the_first_sentence(text, first):
    assert sentences(text)[0] == first


def test_layout_is_computed_once_per_document():
    document = claimkit.Document('"Ya," kata Ani.')
    assert layout_of(document) is layout_of(document)
    assert layout_of(claimkit.Document('"Ya," kata Ani.')) is not layout_of(document)


def test_tokens_keep_spaced_hyphen_names_whole():
    layout = Layout("Park Ji - hoon dan Kim tiba.")
    assert [token.text for token in layout.tokens(0, 14)] == ["Park", "Ji - hoon"]


# -- word lists -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def words():
    return words_of(claimkit.Engine(autoload=True, allow=["claimkit.quotes"]))


def test_lemmas_of_cues(words):
    assert [words.lemma(cue) for cue in ("mengatakan", "Tambahnya", "ujar", "menurut", "disebut")] == \
        ["kata", "tambah", "ujar", "menurut", "sebut"]


def test_every_reporting_verb_has_a_lemma(words):
    assert sorted(verb for verb in words.reporting_verbs if verb not in words.lemmas) == []


def test_markers_name_every_grammatical_word_the_helpers_use(words):
    assert set(words.markers) == {"relative", "clause", "agent", "addressee", "framing", "summary", "source",
                                  "clitic", "existential", "benefactive"}


@pytest.mark.parametrize("name", ["lexicons.yaml", "entities.yaml"])
def test_word_lists_have_no_duplicates_and_only_strings(name):
    lexicons = yaml.safe_load((rules_dir() / "quotes" / name).read_text(encoding="utf-8"))["lexicons"]
    for lexicon, entries in lexicons.items():
        assert all(isinstance(entry, str) for entry in entries), lexicon
        folded = [entry.casefold() for entry in entries]
        assert sorted({entry for entry in folded if folded.count(entry) > 1}) == [], lexicon
