"""The quote pack: direct, indirect and mixed quotes, their speakers, cues and outlets.

Every sentence here is written for these tests (none comes from the evaluation
data or the corpus). Each test reads as a usage example: a small text, then
what the pack says about it.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from itertools import islice

import pytest

import claimkit
from claimkit.ruletest import check_rule


@pytest.fixture(scope="module")
def quotes() -> claimkit.Engine:
    return claimkit.Engine(autoload=True, allow=["claimkit.quotes"])


def extract(engine: claimkit.Engine, text: str) -> list[dict]:
    record = engine.extract(claimkit.Document(text, "test", "2021-05-10"))
    assert record["errors"] == []
    return [claim for claim in record["claims"] if claim["type"] == "quote"]


def only(engine: claimkit.Engine, text: str) -> dict:
    [claim] = extract(engine, text)
    return claim["fields"]


def contents(claims: list[dict]) -> list[str]:
    return [claim["fields"]["content"]["text"] for claim in claims]


def speakers(claims: list[dict]) -> list[str | None]:
    return [(claim["fields"]["speaker"] or {}).get("name") for claim in claims]


# -- the rule files ------------------------------------------------------------------------------


def test_every_inline_example_and_counterexample_passes(quotes):
    pack_rules = [rule for rule in quotes.rules if rule.id.startswith("quotes.")]
    outcomes = [outcome for rule in pack_rules for outcome in check_rule(quotes, rule)]
    assert len(outcomes) > 40
    assert [outcome.message for outcome in outcomes if not outcome.passed] == []


def test_every_rule_is_prefiltered_by_a_literal(quotes):
    assert [rule.id for rule in quotes.rules if rule.triggers is None] == []


# -- direct quotes ------------------------------------------------------------------------------


def test_quote_then_verb_and_speaker_with_role_and_trailing_material(quotes):
    fields = only(quotes, '"Jalan itu akan dibuka lusa," kata Kepala Dinas Bina Marga Rudi Hartono kepada '
                          'wartawan di Semarang, Senin (3/5).')
    assert fields["kind"] == "direct"
    assert fields["content"]["text"] == "Jalan itu akan dibuka lusa"
    assert fields["speaker"]["name"] == "Rudi Hartono"
    assert fields["speaker"]["role"] == "Kepala Dinas Bina Marga"
    assert fields["cue"] == {"text": "kata", "lemma": "kata", "span": fields["cue"]["span"]}


def test_curly_marks_and_a_question_keep_their_own_punctuation(quotes):
    fields = only(quotes, "“Kapan lagi kita bisa menonton bersama?” tanya Sinta Dewi.")
    assert fields["content"]["text"] == "Kapan lagi kita bisa menonton bersama?"
    assert fields["cue"]["lemma"] == "tanya"


def test_role_written_after_the_name(quotes):
    fields = only(quotes, '"Kami menolak kenaikan tarif," ujar Andi Saputra, Ketua Serikat Nelayan Pantura.')
    assert fields["speaker"]["name"] == "Andi Saputra"
    assert fields["speaker"]["role"] == "Ketua Serikat Nelayan Pantura"


def test_acronym_in_parentheses_is_an_alias_not_part_of_the_name(quotes):
    text = ('"Cadangan beras cukup," kata Badan Urusan Logistik Daerah (BULD) dalam keterangan tertulis. '
            '"Distribusi berjalan normal," tambah BULD.')
    first, second = extract(quotes, text)
    assert first["fields"]["speaker"]["name"] == second["fields"]["speaker"]["name"] == \
        "Badan Urusan Logistik Daerah"
    assert "BULD" in second["fields"]["speaker"]["aliases"]


def test_clitic_speaker_is_resolved_and_points_at_the_clitic(quotes):
    text = '"Panen tahun ini bagus," kata Wayan Sudarta. "Harga gabah juga naik," tambahnya.'
    first, second = extract(quotes, text)
    speaker = second["fields"]["speaker"]
    assert speaker["name"] == "Wayan Sudarta"
    assert speaker["span"]["text"] == "Wayan Sudarta"
    assert speaker["resolved_from"]["text"] == "nya"
    assert text[speaker["resolved_from"]["start"] - 6:speaker["resolved_from"]["end"]] == "tambahnya"
    assert second["fields"]["cue"]["lemma"] == "tambah"


def test_person_pronoun_skips_an_organisation(quotes):
    text = ('"Vaksin tiba besok," kata Dokter Lina Marpaung. '
            '"Stok kami masih cukup," ujar Dinas Kesehatan Kota Medan. '
            'Dia menambahkan bahwa petugas akan bekerja hingga malam.')
    *_, last = extract(quotes, text)
    assert last["fields"]["speaker"]["name"] == "Lina Marpaung"
    assert last["fields"]["speaker"]["resolved_from"]["text"] == "Dia"


def test_unresolvable_pronoun_leaves_no_speaker(quotes):
    fields = only(quotes, "Ia menegaskan bahwa jadwal pemilihan tidak akan diundur.")
    assert fields["speaker"] is None


def test_follow_up_paragraph_inherits_the_previous_speaker(quotes):
    text = ('"Sungai meluap sejak subuh," kata Kepala Desa Sukamaju Darsono.\n\n'
            '"Warga kami ungsikan ke balai desa dan masjid."')
    first, follow_up = extract(quotes, text)
    assert follow_up["fields"]["content"]["text"] == "Warga kami ungsikan ke balai desa dan masjid"
    assert follow_up["fields"]["speaker"]["name"] == first["fields"]["speaker"]["name"] == "Darsono"


def test_quote_reopened_in_each_paragraph_takes_the_speaker_of_its_end(quotes):
    text = ('Rapat itu berlangsung alot.\n\n'
            '"Kami sudah tiga kali mengajukan izin dan semuanya ditolak tanpa alasan.\n\n'
            '"Karena itu kami membawa masalah ini ke pengadilan," ujar Ketua Koperasi Tani Makmur, Sugiarto.')
    opening, closing = extract(quotes, text)
    assert opening["fields"]["content"]["text"] == \
        "Kami sudah tiga kali mengajukan izin dan semuanya ditolak tanpa alasan"
    assert speakers([opening, closing]) == ["Sugiarto", "Sugiarto"]


def test_a_stray_mark_does_not_derail_later_quotes(quotes):
    text = ('Menteri itu menyebut proyek tersebut sudah selesai" pada akhir bulan. '
            '"Semua dana sudah dipertanggungjawabkan," kata Menteri Keuangan Sri Hartini. '
            '"Tidak ada yang ditutupi," lanjut Sri.')
    found = [claim for claim in extract(quotes, text) if claim["fields"]["kind"] == "direct"]
    assert contents(found) == ["Semua dana sudah dipertanggungjawabkan", "Tidak ada yang ditutupi"]
    assert speakers(found) == ["Sri Hartini", "Sri Hartini"]


def test_nested_double_marks_stay_inside_one_quotation(quotes):
    fields = only(quotes, '"Program "kampung hijau" akan kami lanjutkan tahun depan," kata Wali Kota Bogor '
                          'Arya Bima.')
    assert fields["content"]["text"] == 'Program "kampung hijau" akan kami lanjutkan tahun depan'
    assert fields["speaker"]["name"] == "Arya Bima"


def test_speaker_before_the_verb_after_the_quote(quotes):
    fields = only(quotes, '"Semua sekolah harus siap," Menteri Pendidikan Nadia Utami menegaskan.')
    assert (fields["speaker"]["name"], fields["cue"]["lemma"]) == ("Nadia Utami", "tegas")


# -- reported speech ----------------------------------------------------------------------------


def test_reporting_verb_with_bahwa_and_a_role_before_the_name(quotes):
    fields = only(quotes, "Menteri Luar Negeri Dewi Anggraini menegaskan bahwa Indonesia menolak rencana itu.")
    assert fields["kind"] == "indirect"
    assert fields["content"]["text"] == "Indonesia menolak rencana itu"
    assert (fields["speaker"]["name"], fields["speaker"]["role"]) == ("Dewi Anggraini", "Menteri Luar Negeri")
    assert fields["cue"] == {"text": "menegaskan", "lemma": "tegas", "span": fields["cue"]["span"]}


def test_addressee_between_verb_and_clause(quotes):
    fields = only(quotes, "Yusuf Effendi mengatakan kepada wartawan bahwa pembangunan pasar dimulai Juni.")
    assert fields["content"]["text"] == "pembangunan pasar dimulai Juni"


def test_appeal_with_agar(quotes):
    fields = only(quotes, "Gubernur Bali Made Wirawan meminta agar wisatawan tetap memakai masker.")
    assert fields["content"]["text"] == "wisatawan tetap memakai masker"
    assert fields["speaker"]["name"] == "Made Wirawan"


def test_quotation_after_a_verb_of_saying_is_direct(quotes):
    fields = only(quotes, 'Ketua panitia, Rina Kusuma, menyampaikan: "Acara tetap digelar sesuai jadwal."')
    assert (fields["kind"], fields["content"]["text"]) == ("direct", "Acara tetap digelar sesuai jadwal")
    assert fields["speaker"]["name"] == "Rina Kusuma"


def test_quoted_fragment_inside_reported_speech_is_mixed(quotes):
    fields = only(quotes, 'Hendra menilai kebijakan itu "terlalu terburu-buru dan tanpa kajian" sejak awal.')
    assert fields["kind"] == "mixed"
    assert fields["content"]["text"] == 'kebijakan itu "terlalu terburu-buru dan tanpa kajian" sejak awal'


def test_a_quoted_term_leaves_reported_speech_indirect(quotes):
    assert only(quotes, 'Polisi menyebut kelompok itu sebagai "geng motor" yang meresahkan.')["kind"] == "indirect"


def test_quotation_marks_stripped_by_the_outlet(quotes):
    text = ("Stok vaksin di puskesmas masih aman sampai akhir bulan, kata Kepala Puskesmas Cempaka, "
            "Rahmawati. Apakah warga sudah mendaftar semua? tanya Rahmawati.")
    first, second = extract(quotes, text)
    assert contents([first, second]) == ["Stok vaksin di puskesmas masih aman sampai akhir bulan",
                                         "Apakah warga sudah mendaftar semua?"]
    assert speakers([first, second]) == ["Rahmawati", "Rahmawati"]
    assert {first["fields"]["kind"], second["fields"]["kind"]} == {"indirect"}


def test_attribution_in_the_middle_of_a_sentence_keeps_the_whole_sentence(quotes):
    text = "Harga cabai, kata Suparno, akan turun setelah panen raya bulan depan."
    fields = only(quotes, text)
    assert fields["content"]["text"] == text[:-1]
    assert fields["speaker"]["name"] == "Suparno"


def test_menurut_framings(quotes):
    text = ("Menurut Direktur Eksekutif Lembaga Riset Pangan, Yanti Susanti, harga beras stabil. "
            "Menurutnya impor belum diperlukan tahun ini. "
            "Produksi padi meningkat di Jawa Timur, menurut Badan Statistik Daerah.")
    claims = extract(quotes, text)
    assert contents(claims) == ["harga beras stabil", "impor belum diperlukan tahun ini",
                                "Produksi padi meningkat di Jawa Timur"]
    assert speakers(claims) == ["Yanti Susanti", "Yanti Susanti", "Badan Statistik Daerah"]
    assert claims[1]["fields"]["speaker"]["resolved_from"]["text"] == "nya"


def test_relayed_speech_names_the_speaker_and_keeps_the_outlet_as_via(quotes):
    fields = only(quotes, "Kantor berita Timur Raya mengatakan, Perdana Menteri Somchai juga menekankan "
                          "pentingnya menjaga perdamaian di kawasan.")
    assert fields["speaker"]["name"] == "Somchai"
    assert [via["name"] for via in fields["via"]] == ["Kantor berita Timur Raya"]
    assert fields["content"]["text"] == "pentingnya menjaga perdamaian di kawasan"


@pytest.mark.parametrize(("attribution", "outlet"), [
    ("seperti dilansir Harian Nusantara Pos", "Harian Nusantara Pos"),
    ("seperti dikutip dari laman Berita Kota", "Berita Kota"),
    ("mengutip kantor berita Garuda", "Garuda"),
    ("kepada kantor berita Samudra", "Samudra"),
    ("kepada Kabarkita.com", "Kabarkita.com"),
    ("kepada Ring Sport", "Ring Sport"),
    ("kepada Asia Football News, Senin", "Asia Football News"),
])
def test_outlets_become_via(quotes, attribution, outlet):
    fields = only(quotes, f'"Kami tidak akan mundur," kata Joko Prasetyo {attribution}.')
    assert fields["speaker"]["name"] == "Joko Prasetyo"
    assert [via["name"] for via in fields["via"]] == [outlet]


def test_passive_with_agent_and_restated_sentence(quotes):
    text = ("Proyek itu disebut Dinas Perhubungan sebagai prioritas tahun ini. "
            "Jalan tol baru akan mempercepat distribusi barang ke pelabuhan. "
            "Demikian disampaikan Kepala Bappeda Jawa Tengah Sutrisno Wibowo.")
    first, second = extract(quotes, text)
    assert (first["fields"]["speaker"]["name"], first["fields"]["content"]["text"]) == \
        ("Dinas Perhubungan", "sebagai prioritas tahun ini")
    assert second["fields"]["content"]["text"] == "Jalan tol baru akan mempercepat distribusi barang ke pelabuhan"
    assert second["fields"]["speaker"]["name"] == "Sutrisno Wibowo"


def test_pronoun_opening_a_sentence_refers_to_the_named_subject_before_it(quotes):
    text = ('"Gudang kami penuh," kata Darmawan Saputra.\n\n'
            "Pekan lalu, Ratna Sari Dewi sempat mengunjungi gudang itu. "
            "Dia menegaskan bahwa stok beras cukup sampai akhir tahun.")
    *_, last = extract(quotes, text)
    assert last["fields"]["speaker"]["name"] == "Ratna Sari Dewi"
    assert last["fields"]["speaker"]["resolved_from"]["text"] == "Dia"


def test_pronoun_keeps_the_speaker_of_its_own_paragraph(quotes):
    text = ('"Gudang kami penuh," kata Darmawan Saputra. '
            "Petani hanya menjual sebagian gabahnya. Dia menegaskan bahwa stok beras cukup sampai akhir tahun.")
    *_, last = extract(quotes, text)
    assert last["fields"]["speaker"]["name"] == "Darmawan Saputra"


def test_a_capitalised_sentence_opener_is_no_antecedent(quotes):
    text = ('"Gudang kami penuh," kata Darmawan Saputra.\n\n'
            "Harga beras naik tajam di pasar. Dia mengatakan stok di gudang tetap aman sampai akhir tahun.")
    *_, last = extract(quotes, text)
    assert last["fields"]["speaker"]["name"] == "Darmawan Saputra"


def test_group_pronoun_is_never_one_named_person(quotes):
    text = ('"Kami tidak tahu apa salah kami," kata Yusuf Hamdani. '
            "Mereka lalu meminta Yusuf membuka tasnya di depan petugas bandara.")
    first, second = extract(quotes, text)
    assert first["fields"]["speaker"]["name"] == "Yusuf Hamdani"
    assert second["fields"]["speaker"] is None


def test_speaker_of_a_restating_passive_is_an_antecedent_of_later_pronouns(quotes):
    text = ("Menteri Agus Salim menyatakan aturan baru berlaku bulan depan. Menurutnya, aturan itu tidak wajib "
            "bagi sekolah swasta. Hal serupa disampaikan Juru Bicara Istana Hana Wijaya. "
            "Dia memastikan aturan lama otomatis dicabut.")
    *_, last = extract(quotes, text)
    assert last["fields"]["speaker"]["name"] == "Hana Wijaya"


def test_quotation_paragraph_before_an_attributed_one_takes_its_speaker(quotes):
    text = ("Musim ini tim itu tampil buruk di kandang sendiri.\n\n"
            "Pelatih lama sudah lama pergi dan para pemain belum terbiasa.\n\n"
            '"Kami tidak akan menyerah begitu saja. Musim masih panjang dan kami terus berlatih."\n\n'
            '"Semua pemain sudah siap untuk laga berikutnya," ucap kapten tim Rizky Ananda.')
    first, second = extract(quotes, text)
    assert first["fields"]["content"]["text"].startswith("Kami tidak akan menyerah")
    assert first["fields"]["speaker"]["name"] == second["fields"]["speaker"]["name"] == "Rizky Ananda"


def test_passive_without_agent_inherits_from_the_previous_sentence_only(quotes):
    text = ("Jaksa Rudi Salim menyebut terdakwa menerima suap dua kali. "
            "Pejabat lain juga disebut menerima uang dari rekanan yang sama. "
            "Sidang ditunda pekan depan. Kantor itu disebut akan diperiksa ulang oleh auditor.")
    claims = extract(quotes, text)
    assert contents(claims) == ["terdakwa menerima suap dua kali", "menerima uang dari rekanan yang sama"]
    assert speakers(claims) == ["Rudi Salim", "Rudi Salim"]


def test_a_negated_denial_admits_and_not_only_still_says(quotes):
    assert contents(extract(quotes, "Bupati Andi Saputra tidak membantah bahwa dana desa terlambat cair.")) == [
        "dana desa terlambat cair"]
    assert speakers(extract(quotes, "Rina Kusuma bukan hanya mengatakan bahwa harga cabai akan turun pekan depan.")) \
        == ["Rina Kusuma"]


def test_a_statement_speaks_for_the_organisation_that_spoke_last_or_for_nobody(quotes):
    text = ("Kementerian Perdagangan menegaskan bahwa impor gula dihentikan sementara. "
            '"Kami akan meninjau ulang izin impor yang sudah terbit," tulis pernyataan tersebut.')
    assert speakers(extract(quotes, text)) == ["Kementerian Perdagangan", "Kementerian Perdagangan"]
    alone = only(quotes, 'Pabrik itu ditutup Senin. "Seluruh karyawan tetap digaji penuh," tulis pernyataan itu.')
    assert alone["speaker"] is None


def test_the_issuer_named_after_a_statement_is_the_speaker(quotes):
    fields = only(quotes, '"Izin impor yang terbit akan kami tinjau," tulis pernyataan resmi Badan Pangan Daerah.')
    assert fields["speaker"]["name"] == "Badan Pangan Daerah"
    posted = only(quotes, '"Jalur selatan ditutup sampai sore," tulis akun Instagram TMC Polda Kota Hujan, Senin.')
    assert posted["speaker"]["name"] == "TMC Polda Kota Hujan"


def test_a_relative_speaks_for_themself(quotes):
    text = ('"Anak kami tidak pulang sejak Jumat," kata Hendra Wijaya. '
            "Sang istri mengaku sudah mencari ke rumah semua teman anaknya.")
    assert speakers(extract(quotes, text)) == ["Hendra Wijaya", "Sang istri"]


def test_a_kin_phrase_closed_by_a_demonstrative_describes_the_last_speaker(quotes):
    text = ('"Sawah kami kering sejak Mei," ujar Haji Salman Nur. '
            '"Air irigasi tak sampai ke desa kami," kata kakak mantan Bupati Bambang Riyadi (Pak Bambang) itu.')
    last = extract(quotes, text)[-1]["fields"]["speaker"]
    assert (last["name"], last["resolved_from"]["text"]) == (
        "Haji Salman Nur", "kakak mantan Bupati Bambang Riyadi (Pak Bambang) itu")
    named = only(quotes, '"Saya tidak mendengar apa pun," kata istri pemilik warung, Siti Aminah.')["speaker"]
    assert (named["name"], named["role"]) == ("Siti Aminah", "istri pemilik warung")


def test_descriptions_after_a_cue_and_before_a_verb_point_back(quotes):
    text = ('"Album baru kami rampung bulan depan," kata Dewi Lestari. '
            '"Semua lagu saya tulis sendiri," ujar pelantun lagu Senja di Kota itu. '
            "Menurut dosen Universitas Nusa Raya (UNR) ini, musik daerah perlu masuk sekolah. "
            "Untuk itu, perempuan berusia 41 tahun itu mengaku rutin mengajar di sanggar.")
    assert speakers(extract(quotes, text)) == ["Dewi Lestari"] * 4


def test_a_report_inside_a_report_after_bahwa_stays_in_the_clause(quotes):
    fields = only(quotes, "Menteri Sari Utami mengatakan bahwa anggaran bantuan sudah disiapkan, Dinas Sosial "
                          "mengusulkan agar bantuan itu dibagikan dua kali.")
    assert fields["speaker"]["name"] == "Sari Utami"
    assert fields["content"]["text"].endswith("agar bantuan itu dibagikan dua kali")


def test_a_bare_title_is_the_recent_speaker_who_holds_it(quotes):
    text = ('"Sidang ditunda sampai pekan depan," kata Ketua Majelis Hakim Rudi Simanjuntak. '
            "Hakim menyatakan terdakwa terbukti menerima suap. "
            "Menteri Sosial Arif Hakim Nasution memastikan bantuan tiba besok. "
            "Mensos mengatakan, beras dikirim lewat jalur laut. "
            "Menkeu mengatakan, anggaran bantuan sudah cair.")
    claims = extract(quotes, text)
    assert speakers(claims) == ["Rudi Simanjuntak", "Rudi Simanjuntak", "Arif Hakim Nasution",
                                "Mensos", "Menkeu"]
    assert claims[1]["fields"]["speaker"]["resolved_from"]["text"] == "Hakim"


def test_a_law_is_no_speaker_but_the_official_who_explains_it_is(quotes):
    text = ("Ketentuan itu menjelaskan bahwa izin berlaku lima tahun. "
            "Kepala Dinas Perizinan Ratna Dewi menjelaskan bahwa izin bisa diperpanjang secara daring.")
    assert speakers(extract(quotes, text)) == ["Ratna Dewi"]


def test_the_agent_of_a_restating_passive_after_an_adverb_is_the_next_pronoun_antecedent(quotes):
    text = ("Menteri Rina Wulandari mengatakan harga gula stabil. Hal senada juga disampaikan Kevin Sanjaya. "
            "Ia menambahkan bahwa stok gula cukup.")
    assert speakers(extract(quotes, text)) == ["Rina Wulandari", "Kevin Sanjaya"]


def test_a_bare_title_is_never_the_deputy(quotes):
    text = ('Wakil Presiden Budi Santoso mengatakan anggaran bantuan sudah cukup. '
            '"Kami tidak setuju dengan rencana itu," kata Presiden.')
    assert speakers(extract(quotes, text)) == ["Budi Santoso", "Presiden"]


def test_an_appositive_after_a_name_is_its_role(quotes):
    text = ("Sutrisno, kakak pemilik bengkel yang ikut mengelola usaha itu mengatakan, pelanggan datang dari "
            "luar kota. Sutrisno sudah lama bekerja di sana.")
    speaker = only(quotes, text)["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Sutrisno", "kakak pemilik bengkel")
    text = "Wulan Sari selaku ketua panitia lomba menegaskan bahwa pendaftaran ditutup Jumat."
    assert speakers(extract(quotes, text)) == ["Wulan Sari"]


def test_a_sentence_adverb_before_an_appositive_is_no_name(quotes):
    text = "Terpisah, juru bicara kepolisian daerah mengatakan bahwa pelaku sudah ditangkap."
    assert speakers(extract(quotes, text)) == ["juru bicara kepolisian daerah"]


def test_a_pronoun_after_a_conjunction_is_the_subject_of_its_clause(quotes):
    text = ("Pelatih Rendra Wijaya meminta maaf. Sikap pelatih Garuda Muda itu berubah setelah dia mengakui "
            "timnya bermain buruk.")
    [claim] = extract(quotes, text)
    assert claim["fields"]["speaker"]["name"] == "Rendra Wijaya"
    assert claim["fields"]["speaker"]["resolved_from"]["text"] == "dia"


def test_a_pronoun_before_anyone_spoke_refers_to_the_recent_subject(quotes):
    text = ("Hanya saja, Gilang kini kembali melatih klub lamanya. Nantinya, tim itu berlaga di Solo. "
            '"Saya kembali karena para pemain memintanya," ujarnya. Pelatih Gilang Pratama tiba kemarin.')
    assert speakers(extract(quotes, text)) == ["Gilang Pratama"]
    text = "Perusahaan NusaTek merilis ponsel itu dengan sistem lama, namun mereka menjanjikan pembaruan tahun depan."
    assert speakers(extract(quotes, text)) == ["Perusahaan NusaTek"]


def test_a_group_pronoun_never_takes_a_capitalised_sentence_opener(quotes):
    text = "Pasangan selebriti itu pertama kali mengumumkan bahwa mereka berharap anak kedua lahir tahun depan."
    assert speakers(extract(quotes, text)) == [None]


def test_a_description_before_anyone_spoke_refers_to_the_recent_subject(quotes):
    text = ('Meski cuma menjadi juara kedua, Bima Santoso tetap memuji para pemainnya. '
            '"Hasil ini pahit, namun para pemain sudah berjuang keras," tutur mantan kapten tim nasional itu.')
    speaker = only(quotes, text)["speaker"]
    assert (speaker["name"], speaker["resolved_from"]["text"]) == ("Bima Santoso", "mantan kapten tim nasional itu")


def test_a_group_pronoun_takes_a_hyphenated_organisation(quotes):
    text = ("Tani - maju menyebut dirinya sebagai koperasi digital petani. Dalam sebulan, mereka mengklaim "
            "sudah merangkul dua ratus petani.")
    assert speakers(extract(quotes, text)) == ["Tani-maju", "Tani-maju"]


def test_a_colon_closing_a_paragraph_introduces_the_next_paragraph_quotation(quotes):
    text = ("Kepada wartawan, Manajer Produk PT Sinar Data Yosef Lim selaku penggagas aplikasi itu menjelaskan:\n\n"
            "\u201cKami ingin petani bisa menjual hasil panen tanpa perantara. Aplikasinya gratis.\u201d\n\n"
            "Aplikasi itu dirilis bulan depan.")
    fields = only(quotes, text)
    assert (fields["kind"], fields["speaker"]["name"]) == ("direct", "Yosef Lim")
    assert fields["content"]["text"] == "Kami ingin petani bisa menjual hasil panen tanpa perantara. Aplikasinya gratis"


def test_a_manner_word_after_a_plain_name_is_no_part_of_it(quotes):
    text = '"Target kami satu juta pengunduh tahun ini," pungkas Yosef optimistis. Yosef Lim lalu pergi.'
    assert speakers(extract(quotes, text)) == ["Yosef Lim"]
    text = "Stok pupuk masih aman, kata Kepala Dinas Pertanian setempat."
    assert speakers(extract(quotes, text)) == ["Kepala Dinas Pertanian setempat"]


def test_according_to_before_someone_who_reported_a_thing_is_kept(quotes):
    text = "Menurut Hendra, pihak bandara telah melaporkan kronologi kejadian itu kepada kementerian."
    fields = only(quotes, text)
    assert (fields["speaker"]["name"], fields["cue"]["lemma"]) == ("Hendra", "menurut")


def test_a_party_between_a_title_and_the_name_is_the_role_when_the_text_uses_the_first_name(quotes):
    text = ('Wakil Ketua Partai Surya Darmawan Hadi meminta rapat pleno ditunda sepekan. '
            '"Kami perlu waktu," kata Darmawan. "Rapat bisa digelar lusa," ujar Darmawan Hadi.')
    assert speakers(extract(quotes, text)) == ["Darmawan Hadi"] * 3


def test_an_appositive_name_after_a_role_and_its_acronym_speaks(quotes):
    text = '"Kami minta dialog," kata Ketua Ikatan Nelayan Pesisir (INP), Sarmin, di sela aksi.'
    speaker = only(quotes, text)["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Sarmin", "Ketua Ikatan Nelayan Pesisir (INP)")


def test_a_place_set_off_by_commas_before_the_verb_is_no_subject(quotes):
    text = ("Kepala Stasiun Cuaca Tanjung Emas, Agus Wirawan, di Tanjung Emas, Selasa, mengatakan "
            "gelombang tinggi masih terjadi.")
    assert speakers(extract(quotes, text)) == ["Agus Wirawan"]


def test_a_relative_clause_between_commas_describes_the_name_before_it(quotes):
    text = ("Sementara Bayu, yang musim lalu jarang bermain di Persikota, mengaku senang pindah klub. "
            "Bayu tiba kemarin.")
    assert speakers(extract(quotes, text)) == ["Bayu"]


def test_a_description_after_a_cue_may_hold_a_relative_clause(quotes):
    text = ('Rendra Saputra resmi bergabung. "Saya ingin langsung bermain," ucap gelandang yang pernah '
            'memperkuat dua klub Malaysia itu.')
    speaker = only(quotes, text)["speaker"]
    assert speaker["name"] == "Rendra Saputra"


def test_a_clitic_after_a_narrative_paragraph_refers_to_its_subject(quotes):
    text = ('"Panen tahun ini bagus," kata Wayan Sudarta.\n\nKoperasi yang dipimpin Nyoman Arta menambah gudang.\n\n'
            'Harga pupuk juga turun.\n\nNyoman Arta mengunggah foto sawahnya di media sosial.\n\n'
            '"Terima kasih untuk semua petani," tulisnya.')
    *_, last = extract(quotes, text)
    assert (last["fields"]["speaker"]["name"], last["fields"]["speaker"]["resolved_from"]["text"]) == (
        "Nyoman Arta", "nya")


def test_a_clitic_never_refers_to_an_organisation_opening_the_sentence_before(quotes):
    text = ('"Jalan menuju Sukamaju sudah bisa dilewati," kata Kepala Pelaksana BPBD Rudi Hartono.\n\n'
            'Tim Reaksi Cepat Sukamaju menurunkan dua alat berat ke lokasi.\n\n'
            '"Kami terus berjaga," ujarnya.')
    assert speakers(extract(quotes, text)) == ["Rudi Hartono", "Rudi Hartono"]


def test_a_clitic_with_no_speaker_before_takes_the_appositive_subject(quotes):
    text = ('Hakim tunggal Pengadilan Negeri Sukamaju, Darsono, menolak gugatan itu, Kamis.\n\n'
            '"Permohonan pemohon dinyatakan gugur," ujarnya.')
    assert only(quotes, text)["speaker"]["name"] == "Darsono"


def test_a_group_pronoun_skips_a_person_called_by_one_word_for_a_group_before_it(quotes):
    text = ('"Kami butuh bantuan," kata Perdana Menteri Nusa Raya, Rahim Karim. Karim mengatakan, '
            'kamp sudah penuh. Rencana itu dikritik oleh sejumlah relawan asing. '
            'Menurut mereka, pulau itu tidak layak.')
    assert speakers(extract(quotes, text)) == ["Rahim Karim", "Rahim Karim", "sejumlah relawan asing"]


def test_two_blanks_end_a_flattened_headline_before_a_speaker(quotes):
    text = "Baca juga: Harga Cabai Turun di Pasar Induk  Suparno mengatakan, pasokan sudah normal."
    assert speakers(extract(quotes, text)) == ["Suparno"]


def test_a_verb_of_saying_after_dan_shares_the_subject_of_another_verb(quotes):
    text = "Koperasi Tani Makmur menolak tawaran itu dan mengatakan bahwa harga gabah terlalu rendah."
    fields = only(quotes, text)
    assert (fields["speaker"]["name"], fields["content"]["text"]) == ("Koperasi Tani Makmur",
                                                                      "harga gabah terlalu rendah")


def test_a_follow_up_whose_closing_mark_is_spaced_off_is_found(quotes):
    text = ('Menurut Wayan Sudarta, panen tahun ini bagus.  "Kami sudah menambah dua gudang baru. '
            'Semua gabah warga tertampung. "  Sebelumnya, koperasi itu sempat merugi.')
    assert speakers(extract(quotes, text)) == ["Wayan Sudarta", "Wayan Sudarta"]


def test_a_pronoun_refers_to_a_subject_opened_by_a_lower_case_title(quotes):
    text = ("Di kubu tuan rumah, pelatih Hendra Kurniawan juga dikabarkan akan merotasi pemain. "
            "Ia sudah memastikan kiper utama akan diistirahatkan.")
    speaker = only(quotes, text)["speaker"]
    assert (speaker["name"], speaker["resolved_from"]["text"]) == ("Hendra Kurniawan", "Ia")


def test_an_act_after_dan_without_a_clause_marker_is_no_quote(quotes):
    text = "Dinas Sosial Nusa mengurus kepulangan jenazah itu dan memastikan upah almarhum dibayar penuh."
    assert extract(quotes, text) == []


def test_dirinya_after_a_cue_is_a_person_pronoun(quotes):
    text = '"Kami tidak takut," kata Fabio Santos. "Kami akan tetap menyerang sepanjang laga," ujar dirinya.'
    *_, last = extract(quotes, text)
    assert (last["fields"]["speaker"]["name"], last["fields"]["speaker"]["resolved_from"]["text"]) == (
        "Fabio Santos", "dirinya")


def test_a_group_pronoun_takes_a_group_counted_by_a_number_before_it(quotes):
    text = ('Harga pupuk naik sejak bulan lalu. Delapan nelayan itu mendatangi kantor camat pada Selasa. '
            'Mereka meminta agar solar bersubsidi ditambah.')
    speaker = only(quotes, text)["speaker"]
    assert (speaker["name"], speaker["resolved_from"]["text"]) == ("Delapan nelayan", "Mereka")


# -- not quotes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    'Film "Senja di Pelabuhan" diputar di bioskop mulai pekan ini.',
    'Pengunjung memadati kawasan "kota tua" itu setiap akhir pekan.',
    "Pengguna diminta mengganti kata sandi secara berkala.",
    "Pemerintah menjatuhkan sanksi tegas kepada perusahaan itu.",
    "Pembahasan lebih lanjut dijadwalkan pekan depan, jelas dalam surat edaran itu.",
    "Dia meminta maaf kepada keluarga korban.",
    "Ia enggan menjelaskan alasan pengunduran dirinya.",
    "Kepala Dinas Rudi Hartono tidak menjelaskan secara rinci jumlah rumah yang rusak.",
    "Polisi belum pernah menyebutkan identitas kedua pelaku.",
    "Para petani menginginkan harga pupuk kembali turun sebelum musim tanam.",
    "Ibu itu tak langsung meminta anaknya pulang sebelum hujan reda.",
    "Warga melaporkan pencurian itu ke kantor polisi.",
    "Menurut rencana, jembatan itu diresmikan bulan depan.",
    'Acara bertajuk "Malam Budaya Nusantara Bersatu" digelar di alun-alun.',
    "Pasal 8 undang-undang itu menyebutkan bahwa setiap nelayan berhak atas bantuan solar.",
    "Peraturan daerah yang baru menegaskan toko modern harus berjarak satu kilometer dari pasar.",
])
def test_no_quote_is_found_in(quotes, text):
    assert extract(quotes, text) == []


# -- entities and evidence -----------------------------------------------------------------------


def test_one_canonical_entity_per_speaker(quotes):
    text = ("Ketua Umum Partai Rakyat Bersatu, Budi Santoso Wijaya, menyerukan persatuan seluruh kader. "
            '"Kita harus bekerja sama," kata Budi. Dalam pesannya kepada pemimpin Budi, '
            "Lembaga Pemantau Pemilu (LPP) menyatakan pemilu berjalan jujur. "
            '"Tidak ada kecurangan berarti," tambah LPP.')
    claims = extract(quotes, text)
    names = {claim["fields"]["speaker"]["name"] for claim in claims}
    assert names == {"Budi Santoso Wijaya", "Lembaga Pemantau Pemilu"}
    budi = claims[1]["fields"]["speaker"]
    assert budi["span"]["text"] == "Budi"
    assert {"Budi", "pemimpin Budi"} <= set(budi["aliases"])


def test_claim_span_covers_the_evidence_and_every_span_is_exact(quotes):
    text = ('Sementara itu, "harga pupuk turun," kata petani bernama Slamet Riyadi di sawahnya. '
            "Slamet menambahkan, bibit unggul sudah dibagikan.")
    record = quotes.extract(claimkit.Document(text))
    for claim in record["claims"]:
        fields = claim["fields"]
        for span in (claim["span"], fields["content"], fields["speaker"]["span"], fields["cue"]["span"]):
            assert text[span["start"]:span["end"]] == span["text"]
        assert claim["span"]["start"] <= fields["content"]["start"] and \
            fields["content"]["end"] <= claim["span"]["end"]


def test_dateline_is_not_part_of_the_first_sentence(quotes):
    fields = only(quotes, "MAKASSAR, KABAR SULAWESI -- Harga bawang turun tajam di pasar tradisional, "
                          "menurut Kepala Dinas Perdagangan Makassar, Arman Jaya.")
    assert fields["content"]["text"] == "Harga bawang turun tajam di pasar tradisional"


# -- session 9: titles, adverbials, described antecedents ----------------------------------------


def test_a_capitalised_connective_inside_a_title_continues_it(quotes):
    after = only(quotes, '"Tidak ada korban jiwa," kata Menteri Dalam Negeri Hendra Saputra.')
    assert after["speaker"]["name"] == "Hendra Saputra"
    assert after["speaker"]["role"] == "Menteri Dalam Negeri"
    police = only(quotes, '"Jalur itu kami tutup," kata Kanit Laka Lantas Polres Nusa Barat, Ipda Joko Susilo.')
    assert police["speaker"]["name"] == "Joko Susilo"


def test_a_connective_opening_a_sentence_still_ends_the_speaker_before_it(quotes):
    claims = extract(quotes, 'Stok beras aman, kata Rudi Hartono. Lantas Budi pergi ke pasar membeli gula.')
    assert speakers(claims) == ["Rudi Hartono"]


def test_an_adverbial_between_commas_before_the_verb_is_no_subject(quotes):
    text = 'Rina Kusuma, usai bertemu Presiden Anton Wijaya di Istana, mengatakan ujian sekolah diundur ke Mei.'
    assert only(quotes, text)["speaker"]["name"] == "Rina Kusuma"
    place = only(quotes, 'Budi Santoso, di Sukamaju, Senin, mengatakan panen padi akan mundur sampai Mei.')
    assert place["speaker"]["name"] == "Budi Santoso"


@pytest.mark.parametrize("subject", [
    "Warto salah satu pedagang ikan hanya bisa pasrah melihat kiosnya.",
    "Warto, seorang pedagang ikan, hanya bisa pasrah melihat kiosnya.",
    "Sementara itu Warto hanya bisa pasrah melihat kiosnya.",
])
def test_a_clitic_takes_the_person_described_in_the_sentence_before(quotes, subject):
    text = ("Kepala Pasar Rudi Hartono mengatakan, api berasal dari kios sayur di blok timur.\n\n"
            f"{subject} “Semua dagangan saya habis terbakar,” ujarnya.")
    assert speakers(extract(quotes, text)) == ["Rudi Hartono", "Warto"]


def test_an_organisation_described_in_the_sentence_before_is_no_antecedent_of_a_clitic(quotes):
    text = ("Kepala Pasar Rudi Hartono mengatakan, api berasal dari kios sayur di blok timur.\n\n"
            "Pertamina, salah satu perusahaan minyak, ikut membantu. “Semua dagangan habis terbakar,” ujarnya.")
    assert speakers(extract(quotes, text)) == ["Rudi Hartono", "Rudi Hartono"]


def test_a_description_after_a_cue_gives_way_to_its_appositive_name(quotes):
    framed = only(quotes, "Menurut mantan bek timnas Nusa, Rudi Hartono, hanya ada satu klub besar di kota itu.")
    assert framed["speaker"]["name"] == "Rudi Hartono"
    assert framed["content"]["text"] == "hanya ada satu klub besar di kota itu"
    agent = only(quotes, '"Media asing tidak adil kepada atlet kami," kata sang agen, Dimas Pratama.')
    assert agent["speaker"]["name"] == "Dimas Pratama"


def test_a_common_noun_opening_the_subject_is_no_part_of_the_name_a_pronoun_takes(quotes):
    text = ("Kemenangan Dimas Pratama di sirkuit itu diraih dengan strategi ban yang cermat. Dia menegaskan "
            "kemenangan itu berkat kerja keras tim. Strategi itu memang berisiko, tetapi kemenangan tetap diraih.")
    assert speakers(extract(quotes, text)) == ["Dimas Pratama"]


def test_a_description_names_the_person_the_text_introduced_with_the_same_words(quotes):
    claims = extract(quotes, 'Dana itu diatur oleh politikus Partai Maju Andi Saputra. "Saya tidak tahu," kata '
                             'Rina Wati. Politikus Partai Maju itu meminta fee besar untuk proyek tersebut.')
    assert speakers(claims) == ["Rina Wati", "Andi Saputra"]
    assert claims[1]["fields"]["speaker"]["resolved_from"]["text"] == "Politikus Partai Maju itu"


def test_a_description_of_a_common_noun_and_a_club_keeps_the_last_speaker(quotes):
    claims = extract(quotes, 'Laga itu dipimpin pelatih klub Inter Milan. "Kami menang," kata Budi Santoso. Pelatih '
                             'klub itu mengatakan timnya siap bertanding lagi pekan depan.')
    assert speakers(claims) == ["Budi Santoso", "Budi Santoso"]


def test_a_person_introduced_by_an_indefinite_after_the_last_speaker_is_someone_else(quotes):
    claims = extract(quotes, '"Berkas sudah masuk," kata Budi Santoso. Namun kabar lain datang dari salah satu '
                             'petugas pengadilan. "Belum ada berkas masuk," ujar petugas tersebut.')
    assert speakers(claims) == ["Budi Santoso", "petugas tersebut"]


def test_a_described_relative_clause_with_a_demonstrative_is_the_last_speaker(quotes):
    claims = extract(quotes, '"Saya senang," kata Budi Santoso. Pria yang gemar memancing di waduk itu pun mengaku '
                             'bahwa hasil tangkapannya turun.')
    assert speakers(claims) == ["Budi Santoso", "Budi Santoso"]


def test_a_decimal_comma_does_not_end_a_circumstance_before_the_clause(quotes):
    assert only(quotes, 'Sutrisno Hadi menjelaskan dalam rapat yang dihadiri 1,5 ribu anggota, iuran bulanan tetap '
                        'sama.')["content"]["text"] == "iuran bulanan tetap sama"


def test_a_subject_whose_existence_is_denied_says_nothing(quotes):
    assert extract(quotes, 'Hingga kini belum ada kelompok yang mengaku mendalangi ledakan di gudang itu.') == []


def test_a_person_relaying_an_organisations_view_says_it_himself(quotes):
    claims = extract(quotes, 'Ketua Umum PNR Rudi Hartono hadir di sana. Rudi menambahkan, PNR menilai rencana itu '
                             'tidak adil bagi petani.')
    assert speakers(claims) == ["Rudi Hartono"]
    assert contents(claims) == ["PNR menilai rencana itu tidak adil bagi petani"]
    assert claims[0]["fields"]["via"] == []


def test_a_person_relaying_someone_called_by_initials_leaves_them_the_words(quotes):
    claims = extract(quotes, 'Menurut Sofyan Halim, RK menegaskan bahwa semua atlet harus dihargai.')
    assert speakers(claims) == ["RK"]
    assert [via["name"] for via in claims[0]["fields"]["via"]] == ["Sofyan Halim"]


def test_an_outlet_relaying_an_organisation_still_gives_the_organisation_the_words(quotes):
    claims = extract(quotes, 'Reuters melaporkan, Kementerian Luar Negeri Nusa menyatakan bahwa kapal itu sudah '
                             'pergi jauh.')
    assert speakers(claims) == ["Kementerian Luar Negeri Nusa"]
    assert [via["name"] for via in claims[0]["fields"]["via"]] == ["Reuters"]


def test_a_source_person_introduced_after_the_last_speaker_takes_the_next_clitic(quotes):
    claims = extract(quotes, '"Berkas sudah masuk," kata Budi Santoso. Namun kabar lain datang dari salah satu petugas '
                             'Pengadilan Negeri Kota yang enggan disebut namanya. Menurutnya, berkas itu belum '
                             'terdaftar sama sekali.')
    assert speakers(claims) == ["Budi Santoso", "petugas Pengadilan Negeri Kota"]


def test_a_person_mentioned_in_the_speakers_own_sentence_is_no_source(quotes):
    claims = extract(quotes, 'Budi Santoso mengatakan, seorang warga tewas dalam kejadian itu. Menurutnya, korban '
                             'sempat dilarikan ke puskesmas terdekat.')
    assert speakers(claims) == ["Budi Santoso", "Budi Santoso"]


# -- session 11 -------------------------------------------------------------------------------------


def test_a_capitalised_cue_after_a_comma_attributes_the_quotation(quotes):
    fields = only(quotes, '"Gudang itu sudah penuh sejak Mei," Kata Warsito di pelabuhan.')
    assert fields["speaker"]["name"] == "Warsito"
    assert fields["cue"]["lemma"] == "kata"


def test_a_capitalised_word_after_a_closed_sentence_is_no_cue(quotes):
    assert extract(quotes, 'Novel itu berjudul "Rumah di Ujung Jalan." Kata penutupnya ditulis ulang.') == []


def test_bagi_with_a_quantified_or_relative_group_is_no_quote(quotes):
    assert extract(quotes, 'Bagi banyak orang, terutama mahasiswa, harga kos itu terlalu mahal.') == []
    assert extract(quotes, 'Bagi mereka yang tinggal di lereng, jalur evakuasi sudah disiapkan.') == []
    assert speakers(extract(quotes, 'Bagi pengamat Hendro Wibisono, jalur itu sudah aman.')) == ["Hendro Wibisono"]


def test_a_person_from_an_organisation_speaks_for_himself(quotes):
    text = 'Rudi Pranata dari Sinar Batik mengatakan, penjualan kain naik dua kali lipat.'
    assert speakers(extract(quotes, text)) == ["Rudi Pranata"]
    text = 'Wakil Ketua Komisi VIII dari Fraksi Nusa Raya mengatakan, anggaran negara cukup untuk tiga bulan.'
    assert speakers(extract(quotes, text)) == ["Fraksi Nusa Raya"]  # a role with no name of its own
    text = 'Anggota Komisi IV DPR RI dari Fraksi Nusa Raya Hendra Wijaya mengatakan, anggaran itu cukup untuk setahun.'
    assert speakers(extract(quotes, text))[0].endswith("Hendra Wijaya")  # not the role before "dari"
    text = 'Ketua Panitia Lomba dari Dinas Pariwisata Nusa Barat Yuni Lestari mengatakan, lomba digelar tiga hari.'
    assert speakers(extract(quotes, text))[0].endswith("Yuni Lestari")


def test_a_web_address_in_a_role_leaves_the_appositive_name_the_speaker(quotes):
    fields = only(quotes, '"Situs itu dialihkan," jelas pengamat keamanan dari Sandi.com, Budi Hartawan.')
    assert fields["speaker"]["name"] == "Budi Hartawan"
    assert fields["speaker"]["role"] == "pengamat keamanan dari Sandi.com"


def test_kata_dia_after_a_new_person_opens_the_sentence_before(quotes):
    text = ('"Kami siap membantu petani," kata Kepala Dinas Pertanian Rudi Hartono.\n\n'
            'Menteri Pertanian Sari Wulandari mengapresiasi hasil panen di desa itu.\n\n'
            '"Hasil ini membanggakan kita semua," kata dia.')
    assert speakers(extract(quotes, text)) == ["Rudi Hartono", "Sari Wulandari"]


def test_kata_dia_keeps_the_speaker_when_the_sentence_before_opens_with_a_fronted_phrase(quotes):
    text = ('"Kami siap membantu petani," kata Kepala Dinas Pertanian Rudi Hartono.\n\n'
            'Di gudang miliknya, Koperasi Tani Makmur menyimpan gabah sejak Mei.\n\n'
            '"Stok ini cukup sampai musim depan," kata dia.')
    assert speakers(extract(quotes, text)) == ["Rudi Hartono", "Rudi Hartono"]


def test_a_name_typed_in_lower_case_after_a_cue_is_the_person_named_in_full(quotes):
    text = 'Ketua RT Eko Prasetyo mengecek saluran. "Saluran ini sudah lama tersumbat," kata eko di lokasi.'
    assert speakers(extract(quotes, text)) == ["Eko Prasetyo"]
    assert extract(quotes, 'Ia ke Pasar Baru. "Saluran ini sudah lama tersumbat," kata pasar.') == []
    text = 'Tim kota Big Apple kalah. "Mereka bermain lebih keras dari kami," tutur big man tim itu, Rudi Hartono.'
    assert "Big Apple" not in speakers(extract(quotes, text))


def test_a_statement_named_after_demikian_speaks_for_its_issuer(quotes):
    text = '"Jadwal latihan kami ubah," demikian pernyataan resmi pihak Nusa Raya FC.'
    assert speakers(extract(quotes, text)) == ["pihak Nusa Raya FC"]
    text = '"Jadwal latihan kami ubah," demikian pernyataan Hendra Wijaya dalam surat itu.'
    assert speakers(extract(quotes, text)) == ["Hendra Wijaya"]


def test_findings_with_no_one_behind_them_are_no_speakers(quotes):
    assert extract(quotes, 'Data itu menyebutkan bahwa warga kota lebih suka bersepeda.') == []
    text = 'Data Badan Pusat Statistik menyebutkan bahwa inflasi naik tiga persen.'
    assert speakers(extract(quotes, text)) == ["Data Badan Pusat Statistik"]


def test_menurut_information_from_a_named_source_quotes_that_source(quotes):
    text = 'Menurut data dari Badan Pangan Dunia (FAO), harga beras naik dua kali lipat.'
    assert speakers(extract(quotes, text)) == ["Badan Pangan Dunia"]
    assert extract(quotes, 'Menurut rencana dari Dinas Perhubungan, jalan itu ditutup tiga hari.') == []


def test_a_role_between_commas_after_menurut_x_is_no_part_of_the_clause(quotes):
    fields = only(quotes, 'Menurut Rudi Hartono, pengamat pasar modal, indeks saham menguat pagi ini.')
    assert fields["content"]["text"] == "indeks saham menguat pagi ini"
    fields = only(quotes, 'Menurut Rudi Hartono, pihak bank, nasabah dan karyawan sudah dievakuasi semua.')
    assert fields["content"]["text"] == "pihak bank, nasabah dan karyawan sudah dievakuasi semua"


def test_a_sentence_adverb_with_nya_before_kata_x_frames_the_clause(quotes):
    fields = only(quotes, 'Sebetulnya kata Yusuf Hamzah, stok gabah tahun ini berlimpah.')
    assert (fields["speaker"]["name"], fields["content"]["text"]) == ("Yusuf Hamzah", "stok gabah tahun ini berlimpah")
    assert extract(quotes, 'Rumahnya kata Yusuf Hamzah sudah dijual kepada tetangga.') == []


def test_forgetting_before_a_verb_reports_nothing_unless_negated(quotes):
    fields = only(quotes, 'Camat Sukamaju, Dedi Irawan, tidak lupa mengingatkan bahwa jalan desa ditutup besok.')
    assert (fields["speaker"]["name"], fields["content"]["text"]) == ("Dedi Irawan", "jalan desa ditutup besok")
    assert extract(quotes, 'Dedi Irawan lupa mengatakan bahwa jalan desa ditutup besok.') == []


def test_a_clause_marked_verb_takes_an_object_that_is_a_clause(quotes):
    assert contents(extract(quotes, 'Dinas Perikanan mencatat ada tiga kapal yang hilang pekan ini.')) == [
        "ada tiga kapal yang hilang pekan ini"]
    assert contents(extract(quotes, 'Sari Wulandari memperkirakan stok gula di gudang itu tidak akan cukup.')) == [
        "stok gula di gudang itu tidak akan cukup"]
    assert extract(quotes, 'Atlet muda itu mencatat waktu terbaik di lintasan basah.') == []
    assert extract(quotes, 'Kakak beradik itu mencatat utang tak lunas di buku kecil.') == []


def test_kata_x_after_maka_attributes_the_whole_conditional_sentence(quotes):
    fields = only(quotes, 'Kalau pasokan listrik terganggu, maka kata Rina Kusuma, pabrik akan berhenti.')
    assert fields["speaker"]["name"] == "Rina Kusuma"
    assert fields["content"]["text"] == "Kalau pasokan listrik terganggu, maka kata Rina Kusuma, pabrik akan berhenti"


# -- real data (skipped without ../shared) -------------------------------------------------------


def test_quote_scores_on_the_evaluation_set(quotes, shared_dir, tmp_path):
    gold = tmp_path / "gold.jsonl"
    predicted = tmp_path / "pred.jsonl"
    with gold.open("w") as gold_out, predicted.open("w") as pred_out:
        for name in ("seed", "dev"):
            gold_out.write((shared_dir / "eval" / f"{name}.gold.jsonl").read_text())
            for line in (shared_dir / "eval" / f"{name}.docs.jsonl").read_text().splitlines():
                pred_out.write(json.dumps(quotes.extract_record(line, "doc")) + "\n")
    report = json.loads(subprocess.run(
        [sys.executable, str(shared_dir / "eval" / "score.py"), str(gold), str(predicted), "--json",
         "--types", "quote"], capture_output=True, text=True, check=True).stdout)["quote"]
    assert report["f1"] >= 0.93
    assert report["speaker_accuracy"] >= 0.93
    assert report["content_jaccard"] >= 0.95


def test_real_articles_give_exact_spans_and_no_errors(quotes, shared_dir):
    with gzip.open(shared_dir / "corpus" / "indonews.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in islice(lines, 300):
            record = quotes.extract_record(line, "doc")
            text = json.loads(line)["text"]
            assert record["errors"] == []
            for claim in record["claims"]:
                content = claim["fields"]["content"]
                assert text[content["start"]:content["end"]] == content["text"]
                assert content["text"].strip() == content["text"] != ""
