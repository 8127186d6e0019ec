"""Date claims from whole documents: what the date pack finds, how it resolves values, and what it leaves alone."""

from __future__ import annotations

import pytest

import claimkit
from claimkit.ruletest import check_rule


@pytest.fixture(scope="module")
def engine() -> claimkit.Engine:
    return claimkit.Engine(allow=["claimkit.dates"])


def dates(engine: claimkit.Engine, text: str, published: str | None = "2021-03-23") -> list[dict]:
    record = engine.extract(text, published)
    assert record["errors"] == []
    claims = [claim for claim in record["claims"] if claim["type"] == "date"]
    for claim in claims:
        assert text[claim["span"]["start"]:claim["span"]["end"]] == claim["span"]["text"]
        assert claim["plugin"] == "claimkit.dates" and claim["rule"].startswith("dates.")
    return claims


def values(engine: claimkit.Engine, text: str, published: str | None = "2021-03-23") -> dict[str, str]:
    return {claim["span"]["text"]: claim["fields"]["value"] for claim in dates(engine, text, published)}


def test_every_rule_example_and_counterexample_passes(engine):
    failures = [outcome.name + "\n" + outcome.message
                for rule in engine.rules if rule.plugin == "claimkit.dates"
                for outcome in check_rule(engine, rule) if not outcome.passed]
    assert failures == []


def test_a_month_name_in_lowercase_or_capitals_needs_a_day_or_year_beside_it(engine):
    text = "Panen dimulai 22 maret 2021, dilaporkan pada MEI 2021 dan dibahas lagi juni lalu bersama Mei."
    assert values(engine, text) == {"22 maret 2021": "2021-03-22", "MEI 2021": "2021-05"}


def test_a_founding_year_is_part_of_the_name_but_a_season_is_a_date(engine):
    assert values(engine, "Legenda Persebaya 1927 menonton skuad Persib 2014 pada 2019.") == {"2014": "2014",
                                                                                              "2019": "2019"}


def test_a_dated_speech_attribution(engine):
    [claim] = dates(engine, '"Kami siap," kata Budi Santoso, Senin (22/3/2021).')
    assert claim["span"]["text"] == "Senin (22/3/2021)"
    assert claim["fields"] == {"value": "2021-03-22", "timex_type": "DATE", "granularity": "day",
                               "anchored": False, "weekday_conflict": False}


def test_a_wrong_weekday_is_flagged_not_corrected(engine):
    [claim] = dates(engine, "Sidang digelar Selasa (22/3).")
    assert claim["fields"]["value"] == "2021-03-22" and claim["fields"]["weekday_conflict"] is True


def test_hari_ini_and_the_weekday_after_it_are_two_claims(engine):
    assert values(engine, "Indeks hari ini, Selasa (23/3), menguat.") == {"hari ini": "2021-03-23",
                                                                            "Selasa (23/3)": "2021-03-23"}


def test_relative_words_count_from_publication(engine):
    text = ("Kemarin ia melapor, besok ia diperiksa, dan lusa berkasnya dilimpahkan. Rapat digelar pekan lalu, "
            "tarif naik bulan depan, target tahun ini, gedung dibangun dua tahun lalu dan diresmikan tiga hari lagi.")
    assert values(engine, text) == {
        "Kemarin": "2021-03-22", "besok": "2021-03-24", "lusa": "2021-03-25", "pekan lalu": "2021-W11",
        "bulan depan": "2021-04", "tahun ini": "2021", "dua tahun lalu": "2019", "tiga hari lagi": "2021-03-26"}


def test_without_publication_date_relative_values_stay_underspecified(engine):
    text = "Kemarin ia tiba, pekan lalu ia berangkat, pada 22 Maret ia pulang, dan Senin (22/3) ia bekerja."
    claims = dates(engine, text, published=None)
    assert {claim["span"]["text"]: claim["fields"]["value"] for claim in claims} == {
        "Kemarin": "XXXX-XX-XX", "pekan lalu": "XXXX-WXX", "22 Maret": "XXXX-03-22", "Senin (22/3)": "XXXX-03-22"}
    assert not any(claim["fields"]["anchored"] or claim["fields"]["weekday_conflict"] for claim in claims)


def test_a_day_and_month_take_the_year_stated_in_the_previous_sentence(engine):
    text = "Transfer pertama terjadi pada 3 Juli 2009. Pada 4 Mei, transfer kedua menyusul."
    claims = {claim["span"]["text"]: claim["fields"] for claim in dates(engine, text)}
    assert claims["4 Mei"]["value"] == "2009-05-04" and claims["4 Mei"]["anchored"] is False


def test_a_day_and_month_far_from_any_stated_year_take_the_publication_year(engine):
    text = "Laporan itu terbit pada 2009. Kemudian banyak hal berubah. Sidang berikutnya digelar 4 Maret."
    assert values(engine, text)["4 Maret"] == "2021-03-04"


def test_a_tense_word_keeps_the_publication_reading(engine):
    text = "Tur itu berakhir pada 2016. Konser berikutnya digelar 9 November mendatang."
    assert values(engine, text, "2017-06-08")["9 November mendatang"] == "2017-11-09"


def test_anchored_relatives_count_from_the_previous_date(engine):
    text = "Ia masuk koperasi pada 2004. Tiga tahun berikutnya, ia menjadi bendahara. Setahun kemudian ia pindah."
    found = values(engine, text, "2015-08-25")
    assert found["Tiga tahun berikutnya"] == "2007" and found["Setahun kemudian"] == "2008"


def test_tahun_itu_points_back_at_the_last_year_named(engine):
    text = ("Jembatan itu dibangun pada tahun 2000. Catnya dipilih warga. Banyak yang memuji. "
            '"Ramai sekali pada tahun itu," kenangnya.')
    assert values(engine, text, "2017-05-28")["tahun itu"] == "2000"


def test_the_same_year_or_day_points_back_at_the_date_just_named(engine):
    text = ("Koperasi itu berdiri pada 2009. Pada tahun yang sama, pasar ikan dibuka. "
            "Gudang terbakar Senin (3/4). Di hari yang sama, banjir melanda desa tetangga.")
    found = values(engine, text, "2017-04-05")
    assert found["tahun yang sama"] == "2009" and found["hari yang sama"] == "2017-04-03"


def test_the_same_month_last_year_is_not_read_as_the_month_just_named(engine):
    found = values(engine, "Penjualan Maret 2017 naik dibanding bulan yang sama tahun lalu.", "2017-04-10")
    assert found == {"Maret 2017": "2017-03", "tahun lalu": "2016"}


def test_a_decade_range_with_two_digit_end_gives_a_decade_per_bound(engine):
    claims = dates(engine, "Bintang film 1980 - 90 - an itu kembali bernyanyi.")
    assert [(c["span"]["text"], c["fields"]["value"], c["fields"]["range"]) for c in claims] == [
        ("1980", "198X", "start"), ("90 - an", "199X", "end")]


def test_a_weekday_ending_a_stretch_that_starts_now_is_the_next_one(engine):
    found = values(engine, '"Dari sekarang sampai Jumat semuanya pasti beres," ujarnya.', "2017-12-17")
    assert found == {"Jumat": "2017-12-22"}


def test_vague_stretches_ending_in_hari_ini_are_not_today(engine):
    assert values(engine, "Dalam beberapa hari ini harga naik. Hari-hari ini pasar sepi.") == {}


def test_anchored_relatives_without_a_nearby_date_count_from_publication(engine):
    assert values(engine, "Keesokan harinya ia dibebaskan.")["Keesokan harinya"] == "2021-03-24"


def test_a_clock_time_carries_the_date_of_its_sentence(engine):
    text = "Catatan bursa pada Kamis (9/7/2020) pukul 08.30 WIB menunjukkan rupiah melemah."
    assert values(engine, text, "2020-07-10")["pukul 08.30 WIB"] == "2020-07-09T08:30+07:00"


def test_a_clock_time_without_pukul_is_told_by_its_zone_and_joined_to_its_date(engine):
    text = "Sidang digelar Kamis (25/3) 13.30 WITA, tetapi skor 2.00 tidak berubah."
    assert values(engine, text) == {"Kamis (25/3)": "2021-03-25", "13.30 WITA": "2021-03-25T13:30+08:00"}


def test_pukul_before_a_zoned_time_stays_in_the_span(engine):
    assert values(engine, "Kereta tiba pukul 13.30 WIB.") == {"pukul 13.30 WIB": "2021-03-23T13:30+07:00"}


def test_a_clock_time_without_a_date_in_its_sentence_is_on_the_publication_date(engine):
    text = "Rapat digelar Senin (24/8). Sekitar pukul 21.00 WITA, massa membubarkan diri."
    found = {claim["span"]["text"]: claim["fields"] for claim in dates(engine, text, "2015-08-25")}
    assert found["pukul 21.00 WITA"]["value"] == "2015-08-25T21:00+08:00"
    assert found["pukul 21.00 WITA"]["mod"] == "APPROX"


@pytest.mark.parametrize(("text", "bounds"), [
    ("Festival digelar 22-24 Maret 2021.", [("22", "2021-03-22", "start"), ("24 Maret 2021", "2021-03-24", "end")]),
    ("Ia menjabat (2004 - 2009).", [("2004", "2004", "start"), ("2009", "2009", "end")]),
    ("Pentas digelar 7 dan 8 Juni 2019.", [("7", "2019-06-07", "start"), ("8 Juni 2019", "2019-06-08", "end")]),
    ("Penjualan sepanjang Februari-Mei 2018 naik.", [("Februari", "2018-02", "start"),
                                                     ("Mei 2018", "2018-05", "end")]),
    ("Harga naik antara Januari dan Maret 2019.", [("Januari", "2019-01", "start"), ("Maret 2019", "2019-03", "end")]),
    ("Bazar digelar Senin-Rabu (1-3/3).", [("Senin", "2021-03-01", "start"), ("Rabu (1-3/3)", "2021-03-03", "end")]),
    ("Ujian digelar Senin - Kamis ( 1 - 4/3/2021 ).", [("Senin", "2021-03-01", "start"),
                                                       ("Kamis ( 1 - 4/3/2021 )", "2021-03-04", "end")]),
    ("Wawancara berlangsung pukul 08.15-09.45 WIB.", [("pukul 08.15", "2021-03-23T08:15+07:00", "start"),
                                                      ("09.45 WIB", "2021-03-23T09:45+07:00", "end")]),
])
def test_ranges_give_a_claim_per_bound(engine, text, bounds):
    claims = dates(engine, text)
    assert [(c["span"]["text"], c["fields"]["value"], c["fields"].get("range")) for c in claims] == bounds


def test_sejak_opens_a_range_and_hingga_closes_one(engine):
    claims = {c["span"]["text"]: c["fields"].get("range") for c in dates(engine, "Berlaku sejak 2019 hingga 2022.")}
    assert claims == {"2019": "start", "2022": "end"}


def test_durations_and_sets_are_typed_as_such(engine):
    claims = {c["span"]["text"]: (c["fields"]["timex_type"], c["fields"]["value"])
              for c in dates(engine, "Ia dirawat selama dua pekan dan kontrol setiap Senin.")}
    assert claims == {"selama dua pekan": ("DURATION", "P2W"), "setiap Senin": ("SET", "XXXX-WXX-1")}


@pytest.mark.parametrize("text", [
    "Ia mendekam di sel tahanan Polda.",
    "Sabtu Tarigan dan Min Aung Hlaing bertemu Mei Lan.",
    "Terdakwa divonis 5 tahun penjara.",
    "Proyek itu bernilai Rp 1,2 triliun.",
    "Pelari menempuh 3.000 m dalam tes itu.",
    "Hubungi 0812-2015-2016 atau (021) 2019-2020.",
    "Persija menang 2-1 atas Persib, skor 3-0 di babak pertama.",
    "Aturan itu tercantum dalam UU Nomor 12 Tahun 2011 dan Pasal 28 UUD 1945.",
    "Sebanyak 2015 orang hadir, naik 1.998 dari target.",
    "Pemain berusia 34 tahun itu pensiun.",
    "Masyarakat saat ini menunggu, sama seperti beberapa waktu lalu.",
    "Pendukung Persebaya 1927 dan Bonek 1927 bernyanyi, pengurus Persib 1933 bersyukur.",
])
def test_no_date_from_things_that_only_look_like_dates(engine, text):
    assert dates(engine, text) == []


def test_output_validates_against_the_claim_schema(engine):
    text = ("Pada awal 1990-an, abad ke-21 dibahas; kuartal III 2017 dan semester 1 2019 ini tercatat, "
            "akhir pekan lalu ramai, pukul 7 malam WIT kapal tiba.")
    claims = dates(engine, text)
    assert {c["fields"]["granularity"] for c in claims} >= {"decade", "century", "quarter", "half", "week", "time"}


def test_a_holiday_counts_when_its_year_or_tense_says_which_one(engine):
    text = ("Pemudik Lebaran 2016 lebih sedikit dari Lebaran tahun ini. Harga naik jelang Ramadan, "
            "seperti menjelang Natal tahun lalu, dan 1 Syawal 1438 H menjadi hari libur.")
    found = values(engine, text, "2017-07-04")
    assert found == {"Lebaran 2016": "2016-07-06", "Lebaran tahun ini": "2017-06-25",
                     "Natal tahun lalu": "2016-12-25", "1 Syawal 1438 H": "2017-06-25"}


def test_ramadan_is_valued_by_its_year(engine):
    [claim] = dates(engine, "Omzet pedagang takjil naik pada Ramadan 1438 Hijriyah.", None)
    assert claim["fields"]["value"] == "2017" and claim["fields"]["granularity"] == "year"


def test_a_relative_with_berselang_counts_from_the_previous_date(engine):
    assert values(engine, "Tim itu menang pada Sabtu (2/9), lalu kalah tiga hari berselang.", "2017-09-04") == {
        "Sabtu (2/9)": "2017-09-02", "tiga hari berselang": "2017-09-05"}


def test_a_relative_after_an_earlier_month_counts_from_that_month(engine):
    text = "Pada Maret 2014 ia ditahan polisi. Ia dilepas tiga hari kemudian setelah membayar jaminan."
    assert values(engine, text, "2017-01-06") == {"Maret 2014": "2014-03", "tiga hari kemudian": "2014-03"}


def test_a_relative_after_the_publication_week_or_a_background_year_counts_from_publication(engine):
    assert values(engine, "Laga itu digelar pekan ini. Keesokan harinya tim lain bertanding.", "2017-05-13")[
        "Keesokan harinya"] == "2017-05-14"
    assert values(engine, "Mobil itu produksi 2012. Sopirnya ditangkap sehari sebelumnya.", "2017-11-21")[
        "sehari sebelumnya"] == "2017-11-20"


def test_an_undated_weekday_range_counts_with_a_cue_or_a_week_word_but_not_as_opening_hours(engine):
    published = "2017-12-06"
    assert values(engine, "Senin sampai Kamis pekan depan, pejabat diperiksa.", published) == {
        "Senin": "2017-12-11", "Kamis pekan depan": "2017-12-14"}
    bounds = dates(engine, "Rapat pada Kamis-Jumat.", published)
    assert [(c["span"]["text"], c["fields"].get("range")) for c in bounds] == [("Kamis", "start"), ("Jumat", "end")]
    assert dates(engine, "Kantor pajak buka Senin-Jumat.", published) == []


def test_a_time_range_without_pukul_gives_a_claim_per_bound(engine):
    claims = dates(engine, "Loket dibuka Senin (4/12) 08.00-12.00 WIB.", "2017-12-06")
    assert [(c["span"]["text"], c["fields"]["value"], c["fields"].get("range")) for c in claims] == [
        ("Senin (4/12)", "2017-12-04", None), ("08.00", "2017-12-04T08:00+07:00", "start"),
        ("12.00 WIB", "2017-12-04T12:00+07:00", "end")]


def test_semester_with_its_number_in_words(engine):
    assert values(engine, "Sepanjang semester satu 2015 ini laba turun, lebih buruk dari semester kedua.",
                  "2015-08-25") == {"semester satu 2015 ini": "2015-H1"}
    assert values(engine, "Laba turun pada semester pertama.", "2015-08-25") == {"semester pertama": "2015-H1"}


def test_a_few_months_or_years_ago_is_vague(engine):
    text = "Beberapa tahun lalu toko itu buka, beberapa minggu lalu tutup, dan dalam beberapa bulan ini dijual."
    assert dates(engine, text) == []


def test_an_undated_weekday_closing_a_range_falls_after_its_start(engine):
    assert values(engine, "Dari Senin sampai Sabtu, pecatur itu bertanding di Bali.", "2017-08-15") == {
        "Senin": "2017-08-14", "Sabtu": "2017-08-19"}


def test_a_weekday_range_dated_with_the_month_name_gives_a_claim_per_bound(engine):
    claims = dates(engine, "Pasar murah digelar pada Minggu - Jumat (11 - 16 Februari).", "2018-02-15")
    assert [(c["span"]["text"], c["fields"]["value"], c["fields"].get("range")) for c in claims] == [
        ("Minggu", "2018-02-11", "start"), ("Jumat (11 - 16 Februari)", "2018-02-16", "end")]


def test_a_national_day_with_its_year_is_that_day_not_the_year(engine):
    assert values(engine, "Wali kota meletakkan karangan bunga pada Hari Pahlawan 2019 di taman makam.") == {
        "Hari Pahlawan 2019": "2019-11-10"}


def test_a_hijri_year_alone_is_the_gregorian_year_of_its_ramadan(engine):
    assert values(engine, "Pemberangkatan jemaah tahun 2016 (1437 H) dimulai pekan depan.", "2016-08-01") == {
        "tahun 2016": "2016", "1437 H": "2016", "pekan depan": "2016-W32"}


def test_a_day_and_month_written_earlier_with_its_year_is_that_date_again(engine):
    text = ("Warga mengenang banjir besar 2 Februari 2007. Tahun ini banyak tanggul diperbaiki. "
            "Kata dia, banjir 2 Februari itu tak boleh terulang.")
    assert values(engine, text, "2017-02-03")["2 Februari"] == "2007-02-02"
