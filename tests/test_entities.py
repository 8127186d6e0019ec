"""The shared entity helper: one canonical entity per person or organisation in a document."""

from __future__ import annotations

import pytest

from claimkit import Document, Engine
from claimkit.entities import (
    EntityIndex,
    EntityLexicon,
    abbreviates,
    entity,
    guess_kind,
    initials,
    name_key,
    split_role,
)


@pytest.fixture(scope="module")
def lexicon() -> EntityLexicon:
    return EntityLexicon.from_engine(Engine(autoload=True, allow=["claimkit.quotes"]))


def index_of(text: str, lexicon: EntityLexicon) -> tuple[EntityIndex, callable]:
    index = EntityIndex(Document(text), lexicon)

    def add(mention: str, occurrence: int = 1) -> object:
        start = -1
        for _ in range(occurrence):
            start = text.index(mention, start + 1)
        return index.add(start, start + len(mention))

    return index, add


def test_entity_keeps_its_plain_signature() -> None:
    document = Document("Kata Budi Santoso kemarin.")
    assert entity(document, 5, 17, aliases=["Budi", "Budi"], kind="person") == {
        "name": "Budi Santoso", "span": {"start": 5, "end": 17, "text": "Budi Santoso"},
        "aliases": ["Budi"], "kind": "person"}


def test_lexicon_is_read_from_the_loaded_yaml(lexicon: EntityLexicon) -> None:
    assert "menteri" in lexicon.titles and "negeri" in lexicon.role_words and "jepang" in lexicon.places


def test_lexicon_is_empty_without_the_quote_pack() -> None:
    assert EntityLexicon.from_engine(Engine(autoload=False)) == EntityLexicon()


@pytest.mark.parametrize(("text", "role", "name"), [
    ("Menteri Luar Negeri Ratna Wulandari", "Menteri Luar Negeri", "Ratna Wulandari"),
    ("Ketua Partai Buruh Park Ji - hoon", "Ketua Partai Buruh", "Park Ji - hoon"),
    ("Ketua Umum KONI Siti Rahmawati", "Ketua Umum KONI", "Siti Rahmawati"),
    ("pemimpin Kim", "pemimpin", "Kim"),
    ("Budi Santoso", None, "Budi Santoso"),
    ("Juru bicara Kementerian Luar Negeri", None, "Juru bicara Kementerian Luar Negeri"),
    # a title word between two name words is part of the name; after a role word it still opens the role
    ("Menteri Sosial Arif Hakim Nasution", "Menteri Sosial", "Arif Hakim Nasution"),
    ("Ketua Majelis Hakim Rudi Simanjuntak", "Ketua Majelis Hakim", "Rudi Simanjuntak"),
    ("Kapolsekta Sukajadi Kompol Dedi Irawan", "Kapolsekta Sukajadi Kompol", "Dedi Irawan"),
    # an acronym and one capitalised word: the organisation's branch in a place no list knows
    ("BPBD Sigi", None, "BPBD Sigi"),
    ("UGM Akhmad Susanto", "UGM", "Akhmad Susanto"),
])
def test_split_role(text: str, role: str | None, name: str, lexicon: EntityLexicon) -> None:
    offset, found = split_role(text, lexicon)
    assert (found, text[offset:]) == (role, name)


def test_person_introduced_with_role_then_by_one_name(lexicon: EntityLexicon) -> None:
    text = "Menteri Perdagangan Arif Wibisono tiba. Arif lalu bertemu pemimpin Arif yang lain."
    index, add = index_of(text, lexicon)
    full, short, titled = add("Menteri Perdagangan Arif Wibisono"), add("Arif", 2), add("pemimpin Arif")
    assert index.entity(full)["name"] == index.entity(short)["name"] == index.entity(titled)["name"] == "Arif Wibisono"
    assert index.entity(full)["role"] == "Menteri Perdagangan"
    assert set(index.entity(short)["aliases"]) == {"Arif", "pemimpin Arif"}
    assert index.entity(short)["span"]["text"] == "Arif"


def test_acronym_defined_in_parentheses(lexicon: EntityLexicon) -> None:
    text = "Lembaga Survei Nusantara (Lesura) merilis data. Lesura menyebut angka itu naik."
    index, add = index_of(text, lexicon)
    long, short = add("Lembaga Survei Nusantara"), add("Lesura", 2)
    assert index.entity(short)["name"] == "Lembaga Survei Nusantara"
    assert index.entity(long)["aliases"] == ["Lesura"]


def test_acronym_by_initials_without_definition(lexicon: EntityLexicon) -> None:
    text = "Badan Meteorologi Nasional memperingatkan warga. BMN juga mencatat hujan."
    index, add = index_of(text, lexicon)
    add("Badan Meteorologi Nasional")
    assert index.entity(add("BMN"))["name"] == "Badan Meteorologi Nasional"


def test_ambiguous_short_name_stays_apart(lexicon: EntityLexicon) -> None:
    text = "Rudi Hartono dan Rudi Salim hadir. Rudi berbicara."
    index, add = index_of(text, lexicon)
    add("Rudi Hartono"), add("Rudi Salim")
    assert index.entity(add("Rudi", 3))["name"] == "Rudi"


def test_fuller_form_is_found_in_the_text(lexicon: EntityLexicon) -> None:
    text = "Hal itu disampaikan Dewi Lestari Putri di Bandung. Dewi menambahkan bahwa harga naik."
    index, add = index_of(text, lexicon)
    assert index.entity(add("Dewi", 2))["name"] == "Dewi Lestari Putri"


def test_a_linked_headline_lends_no_words_to_a_name(lexicon: EntityLexicon) -> None:
    text = ("Pelatih itu memuji lini tengah timnya.\nBACA JUGA: Marco Resmi Pindah Ke Klub Turki\n"
            "\"Kami bermain disiplin,\" kata Marco.")
    index, add = index_of(text, lexicon)
    assert index.entity(add("Marco", 2))["name"] == "Marco"


def test_a_run_of_spaces_ends_the_words_around_a_name(lexicon: EntityLexicon) -> None:
    text = "Tim tamu diperkuat Marco Santos.   Rapat Koordinasi Digelar. Marco kembali berlatih."
    index, add = index_of(text, lexicon)
    assert index.entity(add("Marco", 2))["name"] == "Marco Santos"
    flattened = "Rapat dipimpin Ketua Marco   Santos Dibuka Besok. Marco hadir."
    index, add = index_of(flattened, lexicon)
    assert index.entity(add("Marco", 2))["name"] == "Marco"


def test_a_short_form_the_document_defines_is_the_affiliation_not_the_first_name(lexicon: EntityLexicon) -> None:
    text = ("Asosiasi Petani Kopi Nusantara (Apkonus) menolak aturan itu. Ketua Apkonus Sukardi Wibisono hadir. "
            "Apkonus Sukardi juga hadir.")
    index, add = index_of(text, lexicon)
    found = index.entity(add("Ketua Apkonus Sukardi Wibisono"))
    assert (found["name"], found["role"], found["span"]["text"]) == ("Sukardi Wibisono", "Ketua Apkonus",
                                                                   "Sukardi Wibisono")
    assert index.entity(add("Apkonus Sukardi"))["span"]["text"] == "Apkonus Sukardi"  # one word left: not split


def test_a_defined_short_form_before_words_that_are_no_name_stays(lexicon: EntityLexicon) -> None:
    text = ("Asosiasi Petani Kopi Nusantara (Apkonus) menolak. Apkonus dan Dewan Kopi hadir. "
            "Apkonus, Asosiasi Petani Kopi Nusantara, menolak.")
    index, add = index_of(text, lexicon)
    assert index.entity(add("Apkonus dan Dewan Kopi"))["span"]["text"] == "Apkonus dan Dewan Kopi"
    assert index.entity(add("Apkonus, Asosiasi Petani Kopi Nusantara"))["span"]["text"].startswith("Apkonus")


def test_a_defined_short_form_is_no_part_of_a_fuller_name_found_in_the_text(lexicon: EntityLexicon) -> None:
    text = ("Asosiasi Petani Kopi Nusantara (Apkonus) menolak. Juru bicara Apkonus Sukardi Wibisono hadir. "
            "Sukardi pulang.")
    index, add = index_of(text, lexicon)
    assert index.entity(add("Sukardi", 2))["name"] == "Sukardi Wibisono"


def test_an_undefined_capitalised_word_after_a_title_stays_in_the_name(lexicon: EntityLexicon) -> None:
    index, add = index_of("Ketua Apkonus Sukardi Wibisono hadir.", lexicon)
    assert index.entity(add("Ketua Apkonus Sukardi Wibisono"))["name"] == "Apkonus Sukardi Wibisono"


def test_spaced_hyphen_artefact_is_one_name(lexicon: EntityLexicon) -> None:
    text = "Park Ji - hoon datang. Park Ji-hoon pulang."
    index, add = index_of(text, lexicon)
    first, second = add("Park Ji - hoon"), add("Park Ji-hoon")
    assert index.entity(first)["name"] == index.entity(second)["name"] == "Park Ji-hoon"


def test_organisation_is_not_merged_into_a_longer_name(lexicon: EntityLexicon) -> None:
    text = "Kementerian Keuangan Jepang menolak. Jepang menunggu."
    index, add = index_of(text, lexicon)
    add("Kementerian Keuangan Jepang")
    assert index.entity(add("Jepang", 2))["name"] == "Jepang"


def test_gazetteer_aliases_join_forms(lexicon: EntityLexicon) -> None:
    text = "Amerika Serikat menolak. AS menunggu."
    index = EntityIndex(Document(text), lexicon, {"Amerika Serikat": {"kind": "country", "aliases": ["AS"]}})
    first, second = index.add(0, 15), index.add(25, 27)
    assert index.same(first, second)


def test_a_regional_branch_is_an_organisation_not_a_person(lexicon: EntityLexicon) -> None:
    assert guess_kind("KPU Mamasa", lexicon) == "organization"
    assert guess_kind("Budi Santoso", lexicon) == "person"


def test_helpers() -> None:
    assert name_key("Kim Jong - un") == name_key("kim jong-un")
    assert initials("Korea Central News Agency") == "KCNA"
    assert abbreviates("Gapensi", "Gabungan Pelaksana Konstruksi Nasional Indonesia")
    assert not abbreviates("Persero", "PT Pertamina")


def test_a_person_called_by_a_later_word_of_the_name_starts_there(lexicon: EntityLexicon) -> None:
    text = "Sekretaris Partai Surya Darmawan Hadi meminta rapat ditunda. Menurut Darmawan, rapat bisa digelar lusa."
    index, add = index_of(text, lexicon)
    found = index.entity(add("Sekretaris Partai Surya Darmawan Hadi"))
    assert (found["name"], found["role"]) == ("Darmawan Hadi", "Sekretaris Partai Surya")
    assert index.entity(add("Darmawan", 2))["name"] == "Darmawan Hadi"


def test_a_three_word_name_never_called_by_a_later_word_stays_whole(lexicon: EntityLexicon) -> None:
    text = "Menteri Sosial Ratna Sari Dewi meminta warga tenang. Ratna Sari Dewi lalu pulang."
    index, add = index_of(text, lexicon)
    assert index.entity(add("Menteri Sosial Ratna Sari Dewi"))["name"] == "Ratna Sari Dewi"


def test_the_last_word_written_alone_starts_the_name(lexicon: EntityLexicon) -> None:
    text = ("Direktur Aptika Kemdigi Yohan Siregar hadir. Kemdigi menolak usul itu. Menurut Yohan, usul itu "
            "belum matang.")
    index, add = index_of(text, lexicon)
    assert index.entity(add("Direktur Aptika Kemdigi Yohan Siregar"))["name"] == "Yohan Siregar"


def test_two_names_joined_by_dan_are_no_fuller_form_of_either(lexicon: EntityLexicon) -> None:
    text = "Dimas dan Yoga mengaku senang. Dimas mencetak gol."
    index, add = index_of(text, lexicon)
    add("Dimas dan Yoga")
    assert index.entity(add("Dimas", 2))["name"] == "Dimas"


def test_a_lower_case_description_is_no_fuller_form_of_a_name(lexicon: EntityLexicon) -> None:
    text = "Kata Rahim Karim. Kata Karim. Kata orang kepercayaan Karim."
    index, add = index_of(text, lexicon)
    add("Rahim Karim"), add("orang kepercayaan Karim")
    assert index.entity(add("Karim", 2))["name"] == "Rahim Karim"
