"""Properties of the date pack over generated dates (hypothesis)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit.packs.dates import normalise as nz

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS = st.dates(dt.date(1950, 1, 1), dt.date(2049, 12, 31))
PUBLISHED = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))

ROUND_TRIP_FORMATS = {
    "day month year": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "lowercase month": lambda d: f"{d.day} {MONTHS[d.month - 1].lower()} {d.year}",
    "capitals": lambda d: f"{d.day} {MONTHS[d.month - 1].upper()} {d.year}",
    "abbreviated month": lambda d: f"{d.day} {ABBREVIATIONS[d.month - 1]} {d.year}",
    "slashes": lambda d: f"{d.day}/{d.month}/{d.year}",
    "padded dashes": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "dots": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "iso": lambda d: d.isoformat(),
    "weekday with numbers": lambda d: f"{WEEKDAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})",
    "weekday with spaced numbers": lambda d: f"{WEEKDAYS[d.weekday()]} ( {d.day} / {d.month} / {d.year} )",
    "weekday with month name": lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
}


@pytest.fixture(scope="module")
def engine() -> claimkit.Engine:
    return claimkit.Engine(allow=["claimkit.dates"])


def date_claims(engine: claimkit.Engine, text: str, published: dt.date | None) -> list[dict]:
    record = engine.extract(text, published)
    assert record["errors"] == []
    return [claim for claim in record["claims"]
            if claim["type"] == "date" and claim["fields"]["timex_type"] in ("DATE", "TIME")]


def only_claim(engine: claimkit.Engine, text: str, published: dt.date | None) -> dict:
    claims = date_claims(engine, text, published)
    assert len(claims) == 1, f"{text!r}: {[c['span']['text'] for c in claims]}"
    return claims[0]


@pytest.mark.parametrize("name", sorted(ROUND_TRIP_FORMATS))
def test_a_written_date_round_trips_to_its_value(engine, name):
    @given(DAYS, st.one_of(st.none(), PUBLISHED))
    def round_trip(day, published):
        text = f"Peristiwa itu terjadi pada {ROUND_TRIP_FORMATS[name](day)} di Jakarta."
        claim = only_claim(engine, text, published)
        assert claim["fields"]["value"] == day.isoformat()
        assert claim["fields"]["weekday_conflict"] is False and claim["fields"]["anchored"] is False

    round_trip()


@given(DAYS, st.one_of(st.none(), PUBLISHED), st.sampled_from([str, str.lower, str.upper]))
def test_a_month_and_year_round_trip_in_any_case(engine, day, published, case):
    claim = only_claim(engine, f"Harga naik sejak {case(MONTHS[day.month - 1])} {day.year}.", published)
    assert claim["fields"]["value"] == f"{day.year:04d}-{day.month:02d}"


@given(DAYS, st.integers(-20, 20))
def test_a_dated_weekday_without_year_near_publication_takes_the_right_year(engine, day, offset):
    published = day + dt.timedelta(days=offset)
    claim = only_claim(engine, f"Hal itu disampaikan di Jakarta, {WEEKDAYS[day.weekday()]} ({day.day}/{day.month}).",
                       published)
    assert claim["fields"]["value"] == day.isoformat() and claim["fields"]["anchored"] is True


@given(DAYS, st.integers(0, 6))
def test_weekday_conflict_is_set_exactly_when_the_stated_weekday_is_wrong(engine, day, stated):
    text = f"Sidang digelar {WEEKDAYS[stated]} ({day.day}/{day.month}/{day.year})."
    claim = only_claim(engine, text, None)
    assert claim["fields"]["weekday_conflict"] is (stated != day.weekday())


RELATIVE_DAYS = {"kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2, "kemarin lusa": -2, "tiga hari lalu": -3,
                 "10 hari yang lalu": -10, "sepuluh hari lagi": 10, "dua hari mendatang": 2}


@settings(max_examples=60)
@given(st.sampled_from(sorted(RELATIVE_DAYS)), PUBLISHED, st.integers(-400, 400))
def test_shifting_publication_shifts_every_relative_day_by_as_much(engine, phrase, published, shift):
    text = f"Laporan itu dirilis {phrase} oleh kementerian."
    before = dt.date.fromisoformat(only_claim(engine, text, published)["fields"]["value"])
    after = dt.date.fromisoformat(only_claim(engine, text, published + dt.timedelta(days=shift))["fields"]["value"])
    assert (after - before).days == shift
    assert (before - published).days == RELATIVE_DAYS[phrase]


@given(PUBLISHED, st.sampled_from(["pekan", "bulan", "tahun"]), st.sampled_from(["lalu", "ini", "depan"]))
def test_this_last_and_next_periods_follow_publication(engine, published, unit, word):
    claim = only_claim(engine, f"Harga naik {unit} {word}.", published)
    step = {"lalu": -1, "ini": 0, "depan": 1}[word]
    if unit == "tahun":
        expected = str(published.year + step)
    elif unit == "bulan":
        index = published.year * 12 + published.month - 1 + step
        expected = f"{index // 12:04d}-{index % 12 + 1:02d}"
    else:
        year, week, _ = (published + dt.timedelta(weeks=step)).isocalendar()
        expected = f"{year:04d}-W{week:02d}"
    assert claim["fields"]["value"] == expected


@given(DAYS, st.sampled_from(["WIB", "WITA", "WIT"]), st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
def test_clock_times_carry_their_date_and_zone(engine, day, zone, hour, minute):
    dated = f"{WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
    text = f"Kapal tiba {dated} pukul {hour:02d}.{minute:02d} {zone}."
    times = [c for c in date_claims(engine, text, None) if c["fields"]["timex_type"] == "TIME"]
    offset = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}[zone]
    assert [c["fields"]["value"] for c in times] == [f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}"]


NOT_DATES = st.one_of(
    st.builds("Terdakwa divonis {} tahun penjara.".format, st.integers(1, 30)),
    st.builds("Nilai proyek itu Rp {},{} triliun.".format, st.integers(1, 2100), st.integers(1, 9)),
    st.builds("Ia berlari sejauh {}.000 m.".format, st.integers(1, 20)),
    st.builds("Skor akhir {}-{} untuk tuan rumah.".format, st.integers(0, 9), st.integers(0, 9)),
    st.builds("Hubungi 08{}-{}-{}.".format, st.integers(11, 99), st.integers(1900, 2099), st.integers(1000, 9999)),
    st.builds("Sebanyak {} orang hadir di sana.".format, st.integers(1900, 2099)),
    st.builds("Aturan itu ada dalam UU Nomor {} Tahun {}.".format, st.integers(1, 99), st.integers(1950, 2030)),
    st.builds("Pemain berusia {} tahun itu dipanggil timnas.".format, st.integers(16, 40)),
)


@given(NOT_DATES, st.one_of(st.none(), PUBLISHED))
def test_numbers_that_only_look_like_dates_give_no_date(engine, text, published):
    assert date_claims(engine, text, published) == []


HIJRI_MONTHS = {"Muharram": 1, "Ramadan": 9, "Ramadhan": 9, "Syawal": 10, "Zulhijah": 12, "Dzulhijjah": 12}


@given(st.integers(1300, 1500), st.sampled_from(sorted(HIJRI_MONTHS)), st.integers(1, 29),
       st.sampled_from(["H", "Hijriah", "Hijriyah"]), st.one_of(st.none(), PUBLISHED))
def test_a_hijri_date_with_its_year_is_the_day_it_names(engine, year, month, day, suffix, published):
    claim = only_claim(engine, f"Salat digelar pada {day} {month} {year} {suffix} di masjid agung.", published)
    expected = nz.hijri_to_gregorian(year, HIJRI_MONTHS[month], day)
    assert claim["fields"]["value"] == expected.isoformat() and claim["fields"]["anchored"] is False


@given(st.integers(1950, 2049), st.sampled_from(["Natal", "Lebaran", "Idul Fitri", "Idul Adha", "Tahun Baru"]),
       st.one_of(st.none(), PUBLISHED))
def test_a_holiday_with_its_year_falls_in_that_year(engine, year, holiday, published):
    claim = only_claim(engine, f"Harga tiket naik saat {holiday} {year} di banyak kota.", published)
    assert claim["fields"]["value"][:4] == str(year) and claim["fields"]["granularity"] == "day"


@given(st.integers(1, 150), st.sampled_from(["HUT RI ke-{}", "HUT ke - {} Kemerdekaan RI", "HUT Kemerdekaan RI ke {}"]))
def test_an_independence_anniversary_counts_from_1945(engine, ordinal, form):
    claim = only_claim(engine, f"Warga memeriahkan {form.format(ordinal)} dengan lomba.", None)
    assert claim["fields"]["value"] == f"{1945 + ordinal}-08-17"
