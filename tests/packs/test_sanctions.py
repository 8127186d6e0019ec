"""The sanction pack: who sanctions whom, of what kind, why, when, with what status.

Every sentence here is written for these tests (none comes from the evaluation
data or the corpus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimkit
from claimkit import hookimpl
from claimkit.packs._files import claim_fields_schema


@pytest.fixture(scope="module")
def sanctions() -> claimkit.Engine:
    return claimkit.Engine(autoload=True, allow=["claimkit.sanctions"])


def extract(engine: claimkit.Engine, text: str, published: str = "2021-04-15") -> list[dict]:
    record = engine.extract(claimkit.Document(text, "test", published))
    assert record["errors"] == []
    return [claim for claim in record["claims"] if claim["type"] == "sanction"]


def only(engine: claimkit.Engine, text: str) -> dict:
    [claim] = extract(engine, text)
    return claim["fields"]


def names(entities: list[dict]) -> list[str]:
    return [entity["name"] for entity in entities]


# --- roles -------------------------------------------------------------------------


def test_coordinated_imposers_become_one_entity_each(sanctions):
    fields = only(sanctions, "Oman kini menghadapi embargo yang diberlakukan oleh Kanada, Inggris "
                             "dan mitra-mitranya atas dugaan penyelundupan senjata.")
    assert names(fields["imposers"]) == ["Kanada", "Inggris", "mitra-mitranya"]
    assert [entity["span"]["text"] for entity in fields["imposers"]] == ["Kanada", "Inggris", "mitra-mitranya"]
    assert fields["reason"]["text"] == "dugaan penyelundupan senjata"


def test_aliases_capitals_and_metonyms_are_canonicalised(sanctions):
    fields = only(sanctions, "Washington dan pemerintah Jepang menjatuhkan sanksi baru terhadap Pyongyang.")
    assert names(fields["imposers"]) == ["Amerika Serikat", "Jepang"]
    assert fields["imposers"][1]["span"]["text"] == "pemerintah Jepang"
    assert names(fields["targets"]) == ["Korea Utara"]
    assert fields["targets"][0]["kind"] == "state"


def test_aliases_list_the_forms_the_document_uses(sanctions):
    text = ("Korea Utara kembali menguji rudal pekan ini. "
            "Dewan Keamanan PBB lalu memperluas sanksi terhadap Korut.")
    [target] = only(sanctions, text)["targets"]
    assert target["name"] == "Korea Utara"
    assert target["span"]["text"] == "Korut"
    assert set(target["aliases"]) == {"Korut"}


def test_parenthesised_acronym_is_an_alias(sanctions):
    [imposer] = only(sanctions, "Kantor Pengawas Keuangan Nasional (KPKN) membekukan aset dua pengusaha.")["imposers"]
    assert imposer == {"name": "Kantor Pengawas Keuangan Nasional",
                       "span": imposer["span"], "aliases": ["KPKN"]}


def test_an_acronym_written_inside_a_name_is_an_alias_of_the_whole_name(sanctions):
    fields = only(sanctions, "Komisi Disiplin (Komdis) PSSI mengenakan sanksi kepada Panitia Pelaksana (Panpel) "
                             "Persikota karena kericuhan suporter.")
    [imposer] = fields["imposers"]
    assert imposer["name"] == "Komisi Disiplin PSSI"
    assert imposer["span"]["text"] == "Komisi Disiplin (Komdis) PSSI"
    [target] = fields["targets"]
    assert target["name"] == "Panitia Pelaksana Persikota"
    assert target["span"]["text"] == "Panitia Pelaksana (Panpel) Persikota"
    assert target["aliases"] == ["Panpel"]


def test_a_comma_before_the_subject_is_no_coordination(sanctions):
    fields = only(sanctions, "Di Ottawa, Australia menjatuhkan sanksi terhadap Myanmar.")
    assert names(fields["imposers"]) == ["Australia"]


@pytest.mark.parametrize("dateline", ["JAKARTA - ", "Warta.id, Padang - ", "Bogor, Kabar Kita -- "])
def test_a_dateline_is_not_part_of_the_first_imposer(sanctions, dateline):
    fields = only(sanctions, dateline + "Kanada dan Swiss mencabut larangan visa terhadap Suriah.")
    assert names(fields["imposers"]) == ["Kanada", "Swiss"]


def test_a_spaced_hyphen_inside_a_name_stays(sanctions):
    fields = only(sanctions, "Pada laga itu, Santo - Germano dijatuhi sanksi oleh UEFA.")
    assert names(fields["targets"]) == ["Santo - Germano"]


def test_a_coordination_ends_with_its_last_conjunct(sanctions):
    fields = only(sanctions, "Swiss memperluas sanksi ekonomi terhadap Belarus dan Suriah, Jumat (9/4).")
    assert names(fields["targets"]) == ["Belarus", "Suriah"]


def test_demonstrative_target_is_the_state_named_before(sanctions):
    text = ("Myanmar kembali menahan puluhan aktivis. "
            "Uni Eropa pun memperketat sanksi terhadap negara di Asia Tenggara tersebut.")
    [target] = only(sanctions, text)["targets"]
    assert target["name"] == "Myanmar"
    assert target["resolved_from"]["text"] == "negara di Asia Tenggara tersebut"


def test_user_gazetteer_file_extends_the_builtin_one(tmp_path):
    rule_file = tmp_path / "my-gazetteer.yaml"
    rule_file.write_text(
        "gazetteer:\n"
        "  Republik Elbonia: {kind: state, aliases: [Elbonia, Kota Mudville]}\n"
        "  Amerika Serikat: {kind: state, aliases: [Negeri Paman Sam]}\n",
        encoding="utf-8",
    )

    class MyGazetteer:
        __name__ = "test.gazetteer"

        @hookimpl
        def register_rule_files(self, register):
            register(rule_file)

    engine = claimkit.Engine([MyGazetteer()], autoload=True, allow=["claimkit.sanctions"])
    fields = only(engine, "Negeri Paman Sam menjatuhkan sanksi terhadap Kota Mudville.")
    assert names(fields["imposers"]) == ["Amerika Serikat"]
    assert names(fields["targets"]) == ["Republik Elbonia"]


# --- status ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "status"), [
    ("Kanada menjatuhkan sanksi terhadap Belarus.", "imposed"),
    ("Yaman sudah lama dijatuhi sanksi oleh PBB.", "imposed"),
    ("Kanada akan menjatuhkan sanksi terhadap Belarus.", "proposed"),
    ("Kanada berencana memberlakukan sanksi terhadap Belarus.", "proposed"),
    ("Kanada mempertimbangkan sanksi tambahan terhadap Belarus.", "proposed"),
    ("Kanada mengancam akan menjatuhkan sanksi terhadap Belarus.", "threatened"),
    ("Belarus terancam sanksi dari Kanada.", "threatened"),
    ("Ancaman sanksi Kanada terhadap Belarus membuat pasar cemas.", "threatened"),
    ("Kanada memperpanjang sanksi terhadap Belarus.", "extended"),
    ("Kanada memperketat embargo terhadap Belarus.", "extended"),
    ("Kanada melonggarkan sanksi terhadap Belarus.", "eased"),
    ("Kanada mencabut sanksi terhadap Belarus.", "lifted"),
    ("Sanksi terhadap Belarus akhirnya dicabut oleh Kanada.", "lifted"),
    ("Pencabutan sanksi Kanada terhadap Belarus disambut pengusaha.", "lifted"),
    ("Belarus yang terkena sanksi internasional mencari mitra baru.", "mentioned"),
    ("Ekonomi kawasan tertekan oleh sanksi Kanada terhadap Belarus.", "mentioned"),
])
def test_status_comes_from_the_verb_the_noun_and_the_modal_words(sanctions, text, status):
    assert only(sanctions, text)["status"] == status


@pytest.mark.parametrize("text", [
    "Kanada tidak akan menjatuhkan sanksi terhadap Belarus.",
    "Kanada belum menjatuhkan sanksi kepada Belarus.",
    "Kanada menolak menjatuhkan sanksi terhadap Belarus.",
])
def test_negation_is_never_an_imposed_sanction(sanctions, text):
    assert only(sanctions, text)["status"] == "mentioned"


def test_new_sanctions_imposed_are_imposed_not_extended(sanctions):
    assert only(sanctions, "Inggris menjatuhkan sanksi baru terhadap Rusia.")["status"] == "imposed"


@pytest.mark.parametrize(("text", "status", "imposers", "targets"), [
    ("Presiden Eldor Vance menandatangani undang-undang sanksi baru terhadap Belarus dan Suriah.",
     "imposed", ["Presiden Eldor Vance"], ["Belarus", "Suriah"]),
    ("Sanksi terbaru Kanada menyasar sektor perbankan Belarus.", "imposed", ["Kanada"], ["sektor perbankan Belarus"]),
    ("AS mencabut sebagian sanksi terhadap Sudan.", "lifted", ["Amerika Serikat"], ["Sudan"]),
    ("Embargo senjata terhadap Iran akan berakhir pada Oktober.", "proposed", [], ["Iran"]),
    ("PBB mendesak negara anggota untuk menerapkan sanksi secara penuh terhadap Korea Utara.",
     "proposed", ["negara anggota"], ["Korea Utara"]),
    ("UEFA menjatuhkan sanksi larangan tampil di kompetisi Eropa selama dua musim kepada Klub Elbonia United.",
     "imposed", ["UEFA"], ["Klub Elbonia United"]),
])
def test_more_shapes_of_sanction_news(sanctions, text, status, imposers, targets):
    fields = only(sanctions, text)
    assert (fields["status"], names(fields["imposers"]), names(fields["targets"])) == (status, imposers, targets)


def test_a_demand_is_proposed(sanctions):
    fields = only(sanctions, "Keempat negara itu menuntut agar Qatar memutus hubungan diplomatik dengan Iran.")
    assert (fields["status"], names(fields["imposers"]), names(fields["targets"])) == ("proposed", ["Qatar"], ["Iran"])


# --- types ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "types"), [
    ("Uni Eropa memberlakukan embargo senjata terhadap Libya.", ["arms_embargo"]),
    ("Uni Eropa memberlakukan embargo minyak terhadap Suriah.", ["trade"]),
    ("Inggris memberlakukan larangan perjalanan terhadap tiga jenderal Myanmar.", ["travel_ban"]),
    ("Inggris memberlakukan larangan visa terhadap tiga jenderal Myanmar.", ["visa_ban"]),
    ("Jepang memperketat kontrol ekspor terhadap Korea Selatan.", ["export_control"]),
    ("Kanada menjatuhkan sanksi ekonomi dan larangan perjalanan terhadap Belarus.", ["economic", "travel_ban"]),
    ("Kanada menjatuhkan sanksi keuangan terhadap Belarus.", ["financial"]),
    ("Swiss membekukan aset milik Bank Sentral Libya.", ["asset_freeze"]),
    ("Polandia mengusir tiga diplomat Belarus.", ["diplomatic"]),
    ("Mesir memutuskan hubungan diplomatik dengan Qatar.", ["diplomatic"]),
    ("FIFA menjatuhkan sanksi kepada Federasi Sepak Bola Elbonia.", ["sport"]),
    ("Kanada menjatuhkan sanksi terhadap Belarus.", ["unspecified"]),
])
def test_sanction_types_come_from_the_trigger(sanctions, text, types):
    assert only(sanctions, text)["sanction_types"] == types


# --- what is not a sanction event ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Pelanggar akan dikenai sanksi sesuai peraturan daerah.",
    "Setiap pengendara yang melawan arus akan dikenai sanksi tilang.",
    "Dinas akan memberikan sanksi kepada pedagang yang menaikkan harga.",
    "Kementerian menyiapkan sanksi bagi desa yang terlambat melapor dana bantuan.",
    "Jika terbukti melanggar, OJK akan menjatuhkan sanksi administratif.",
    "Kedua terdakwa dijatuhi sanksi pidana penjara tiga tahun.",
    "Ia menilai sanksi sosial lebih ampuh daripada denda.",
    "Aturan itu tidak ada sanksinya.",
    "Bank membekukan aset nasabah yang menunggak.",
    "Yayasan menangguhkan bantuan kepada Panti Asuhan Kasih.",
    "Pemerintah berharap agar nelayan Indonesia tidak terkena sanksi di perairan asing.",
])
def test_rules_penalties_and_generic_statements_are_not_claims(sanctions, text):
    assert extract(sanctions, text) == []


# --- domestic sanctions (see docs/sanctions.md) ---------------------------------------


def test_a_regulator_sanctioning_a_named_company_is_a_claim(sanctions):
    fields = only(sanctions, "OJK menjatuhkan sanksi administratif kepada PT Asuransi Jaya Makmur "
                             "karena terlambat menyampaikan laporan keuangan.")
    assert (names(fields["imposers"]), names(fields["targets"])) == (["OJK"], ["PT Asuransi Jaya Makmur"])
    assert fields["reason"]["text"] == "terlambat menyampaikan laporan keuangan"


def test_a_league_sanction_on_a_named_player_is_a_sport_sanction(sanctions):
    fields = only(sanctions, "Komdis PSSI menjatuhkan sanksi larangan bermain lima laga kepada gelandang "
                             "Persikota Rudi Hartawan.")
    assert names(fields["imposers"]) == ["Komisi Disiplin PSSI"]
    assert fields["sanction_types"] == ["sport"]


@pytest.mark.parametrize("imposer", ["Komdis PSSI", "FIFA"])
def test_a_sports_body_penalty_without_the_word_sanksi_is_a_sport_sanction(sanctions, imposer):
    fields = only(sanctions, f"{imposer} menjatuhkan denda kepada klub Garuda Muda karena kericuhan suporter.")
    assert names(fields["targets"]) == ["klub Garuda Muda"]
    assert fields["sanction_types"] == ["sport"]


@pytest.mark.parametrize("imposer", ["Majelis hakim", "Pengadilan Negeri Sleman", "Polisi"])
def test_a_penalty_from_anyone_but_a_sports_body_is_no_sanction(sanctions, imposer):
    assert extract(sanctions, f"{imposer} menjatuhkan hukuman kepada Budi Santoso karena penipuan.") == []


def test_a_suspension_of_untold_length_is_a_sport_sanction(sanctions):
    fields = only(sanctions, "Pebalap Italia, Marco Bellini, yang diskors usai insiden di tikungan pertama, absen.")
    assert (fields["status"], names(fields["targets"]), fields["sanction_types"]) == \
        ("imposed", ["Marco Bellini"], ["sport"])


@pytest.mark.parametrize("sentence", [
    "Persidangan kasus suap itu diskors karena jaksa belum siap.",
    "Mediasi antara Rina Lestari dan suaminya di Pengadilan Agama Depok diskors, lalu dilanjutkan sore.",
])
def test_a_sitting_that_is_adjourned_is_no_suspension(sanctions, sentence):
    assert extract(sanctions, sentence) == []


def test_a_reciprocal_measure_makes_each_subject_a_target(sanctions):
    fields = only(sanctions, "Armenia dan Azerbaijan kembali saling mengusir diplomat negara lawannya.")
    assert names(fields["imposers"]) == names(fields["targets"]) == ["Armenia", "Azerbaijan"]
    assert fields["sanction_types"] == ["diplomatic"]


def test_a_state_named_only_in_the_purpose_is_the_target(sanctions):
    fields = only(sanctions, "Inggris menjatuhkan sanksi tambahan supaya Myanmar membebaskan tahanan politik.")
    assert (names(fields["imposers"]), names(fields["targets"])) == (["Inggris"], ["Myanmar"])


def test_a_named_target_without_an_imposer_is_kept_with_no_imposer(sanctions):
    fields = only(sanctions, "Bek Persiraja Andi Wijaya dikenai sanksi larangan tampil tiga laga.")
    assert fields["imposers"] == []
    assert names(fields["targets"]) == ["Bek Persiraja Andi Wijaya"]


def test_a_conditional_sanction_on_a_named_target_is_a_threat(sanctions):
    text = "Bila uji coba itu diulang, Australia siap menjatuhkan sanksi lanjutan kepada Myanmar."
    assert only(sanctions, text)["status"] == "threatened"


def test_a_sanction_with_no_target_needs_an_international_imposer(sanctions):
    assert only(sanctions, "Dewan Keamanan PBB akhirnya menjatuhkan sanksi baru.")["targets"] == []
    assert extract(sanctions, "Dinas Perhubungan akhirnya menjatuhkan sanksi baru.") == []


# --- the document step -----------------------------------------------------------------


# pronoun parties: the guidelines count a clearly implied party, so a pronoun takes its antecedent

def test_a_person_pronoun_target_is_the_person_the_previous_sentence_is_about(sanctions):
    text = ("Pada 2019 Dimas Prasetyo terbukti memakai zat terlarang.\n\n"
            "Sebelumnya, dia menjalani sanksi larangan bertanding selama 18 bulan.")
    [target] = only(sanctions, text)["targets"]
    assert target["name"] == "Dimas Prasetyo"
    assert target["span"]["text"] == "Dimas Prasetyo"
    assert target["resolved_from"]["text"] == "dia"
    assert text[target["resolved_from"]["start"]:target["resolved_from"]["end"]] == "dia"


def test_a_person_pronoun_never_points_at_a_club_a_state_or_a_place(sanctions):
    text = "Klub Persiba kalah di Samarinda. Ia dijatuhi sanksi larangan bertanding oleh Komdis PSSI."
    fields = only(sanctions, text)  # kept for its sports body, but with nobody as target
    assert fields["targets"] == []
    assert extract(sanctions, "Tim itu pindah ke Jepang. Ia dihukum larangan bertanding dua laga.") == []


def test_a_person_pronoun_with_no_name_before_it_drops_the_claim(sanctions):
    assert extract(sanctions, "Dia dijatuhi sanksi larangan bermain tiga laga.") == []


def test_pihaknya_is_the_speakers_organisation_by_its_defined_long_form(sanctions):
    text = ("Kepala Otoritas Jasa Niaga (OJN) Sari Dewi mengatakan, pihaknya telah menjatuhkan sanksi "
            "administratif kepada PT Kencana Lestari.")
    fields = only(sanctions, text)
    [imposer] = fields["imposers"]
    assert imposer["name"] == "Otoritas Jasa Niaga"
    assert imposer["span"]["text"] == "OJN"
    assert imposer["resolved_from"]["text"] == "pihaknya"
    assert names(fields["targets"]) == ["PT Kencana Lestari"]


def test_pihaknya_with_no_organisation_before_it_leaves_no_imposer(sanctions):
    fields = only(sanctions, "Menurut Sari Dewi, pihaknya akan menjatuhkan sanksi kepada PT Kencana Lestari.")
    assert fields["imposers"] == []
    assert fields["status"] == "proposed"


@pytest.mark.parametrize(("opening", "pronoun", "states"), [
    ("Sengketa perbatasan Thailand dan Kamboja memanas.", "Kedua negara", ["Thailand", "Kamboja"]),
    ("Mesir, Sudan dan Libya bersitegang soal bendungan.", "Ketiga negara", ["Mesir", "Sudan", "Libya"]),
])
def test_kedua_negara_stands_for_the_states_just_named(sanctions, opening, pronoun, states):
    fields = only(sanctions, f"{opening} {pronoun} lalu saling mengusir diplomat.")
    assert sorted(names(fields["imposers"])) == sorted(states)
    assert sorted(names(fields["targets"])) == sorted(states)
    assert {party["resolved_from"]["text"] for party in fields["imposers"]} == {pronoun}


def test_kedua_negara_with_too_few_states_before_it_stays_as_written(sanctions):
    fields = only(sanctions, "Kedua negara saling mengusir diplomat.")
    assert names(fields["imposers"]) == ["Kedua negara"]
    assert "resolved_from" not in fields["imposers"][0]



def test_a_nominal_mention_inherits_the_roles_of_the_sanction_before_it(sanctions):
    text = ("Kanada menjatuhkan sanksi kepada dua pejabat Belarus. "
            "Menurut juru bicara itu, pemberian sanksi ditujukan untuk menekan rezim.")
    first, second = extract(sanctions, text)
    assert second["span"]["text"] == "pemberian sanksi"
    assert names(second["fields"]["imposers"]) == ["Kanada"]
    assert names(second["fields"]["targets"]) == ["dua pejabat Belarus"]


def test_a_nominal_mention_with_nothing_to_refer_to_is_dropped(sanctions):
    assert extract(sanctions, "Menurut pengamat, pemberian sanksi ditujukan untuk menekan rezim.") == []


def test_a_second_verb_shares_the_subject_of_the_first(sanctions):
    text = "Amerika Serikat telah membekukan aset dua pejabat Iran dan mengancam akan memperluas sanksi."
    first, second = extract(sanctions, text)
    assert (first["fields"]["status"], second["fields"]["status"]) == ("imposed", "threatened")
    assert names(second["fields"]["imposers"]) == ["Amerika Serikat"]


def test_a_shared_subject_with_no_sanction_before_keeps_its_own_target(sanctions):
    text = "Kanada menuding Belarus mencurangi pemilu dan menjatuhkan sanksi terhadap 12 pejabat Belarus."
    fields = only(sanctions, text)
    assert (fields["imposers"], names(fields["targets"])) == ([], ["12 pejabat Belarus"])


def test_span_starts_at_the_roles_before_the_verb(sanctions):
    [claim] = extract(sanctions, "Menurut Reuters, Inggris dan Kanada akan menjatuhkan sanksi terhadap Belarus.")
    assert claim["span"]["text"] == "Inggris dan Kanada akan menjatuhkan sanksi terhadap Belarus"


DATE_RULES = """\
rules:
  - id: toydate.weekday
    type: date
    pattern: '(?P<day>Senin|Selasa|Rabu|Kamis|Jumat) \\((?P<d>\\d+)/(?P<m>\\d+)\\)'
    fields: {value: "2021-04-12", timex_type: DATE, granularity: day, anchored: true, weekday_conflict: false}
    examples:
      - text: "Senin (12/4)"
"""


class ToyDates:
    """A stand-in for the date pack, so these tests do not depend on it."""

    __name__ = "test.toydates"

    def __init__(self, rule_file: Path) -> None:
        self.rule_file = rule_file

    @hookimpl
    def register_rule_files(self, register):
        register(self.rule_file)

    @hookimpl
    def register_claim_types(self, register):
        register("date", claim_fields_schema("date"))


@pytest.fixture(scope="module")
def with_dates(tmp_path_factory) -> claimkit.Engine:
    rule_file = tmp_path_factory.mktemp("toydates") / "dates.yaml"
    rule_file.write_text(DATE_RULES, encoding="utf-8")
    return claimkit.Engine([ToyDates(rule_file)], autoload=True, allow=["claimkit.sanctions"])


def test_date_points_at_the_date_claim_of_the_same_sentence(with_dates):
    text = ("Inggris menjatuhkan sanksi terhadap tiga perusahaan Iran, Senin (12/4). "
            "Kanada menyusul sehari kemudian.")
    record = with_dates.extract(claimkit.Document(text, "d", "2021-04-15"))
    dates = {claim["id"]: claim for claim in record["claims"] if claim["type"] == "date"}
    [sanction] = [claim for claim in record["claims"] if claim["type"] == "sanction"]
    link = sanction["fields"]["date"]
    assert link["value"] == "2021-04-12"
    assert dates[link["claim"]]["span"]["text"] == "Senin (12/4)"
    assert record["errors"] == []


def test_no_date_in_the_sentence_means_no_date(with_dates):
    text = "Senin (12/4) ada rapat kabinet. Inggris menjatuhkan sanksi terhadap tiga perusahaan Iran."
    [sanction] = [c for c in with_dates.extract(text)["claims"] if c["type"] == "sanction"]
    assert sanction["fields"]["date"] is None


def test_a_date_inside_the_reason_dates_the_reason_not_the_sanction(with_dates):
    text = "Inggris menjatuhkan sanksi terhadap Iran karena kapal itu ditembak Senin (12/4) dekat Selat Hormuz."
    [sanction] = [c for c in with_dates.extract(text)["claims"] if c["type"] == "sanction"]
    assert sanction["fields"]["reason"]["text"] == "kapal itu ditembak Senin (12/4) dekat Selat Hormuz"
    assert sanction["fields"]["date"] is None


def test_a_date_after_the_reason_dates_the_sanction(with_dates):
    text = "Inggris menjatuhkan sanksi terhadap Iran terkait dengan serangan siber pada Senin (12/4)."
    [sanction] = [c for c in with_dates.extract(text)["claims"] if c["type"] == "sanction"]
    assert sanction["fields"]["reason"]["text"] == "serangan siber"
    assert sanction["fields"]["date"]["value"] == "2021-04-12"


# --- the sample article ------------------------------------------------------------------


def test_the_tanker_sample_article(sanctions):
    sample = Path(__file__).resolve().parents[2] / "samples" / "sanksi-kapal-tanker.id.txt"
    claims = extract(sanctions, sample.read_text(encoding="utf-8"))
    summary = [(c["fields"]["status"], names(c["fields"]["imposers"]), names(c["fields"]["targets"]),
                c["fields"]["sanction_types"]) for c in claims]
    assert summary == [
        ("imposed", ["Uni Eropa", "Inggris"], ["tiga perusahaan pelayaran Iran"], ["unspecified"]),
        ("imposed", ["Amerika Serikat"], ["dua pejabat perusahaan tersebut"], ["asset_freeze"]),
        ("threatened", ["Amerika Serikat"], ["dua pejabat perusahaan tersebut"], ["unspecified"]),
    ]
    assert claims[0]["fields"]["reason"]["text"] == "pengiriman minyak ilegal"


# --- the helpers on their own ----------------------------------------------------------


def test_sentence_bounds_skip_amounts_and_count_a_paragraph_break_once():
    from claimkit.packs.sanctions.sentences import same_sentence, sentence_start, sentences_between

    text = "Denda Rp. 5 juta dijatuhkan. Lalu dicabut.\n\nKanada diam."
    assert sentence_start(text, text.index("dijatuhkan")) == 0
    assert sentence_start(text, text.index("dicabut")) == text.index("Lalu")
    assert same_sentence(text, 0, text.index("dijatuhkan"))
    assert sentences_between(text, 0, text.index("Kanada")) == 2


def test_conjuncts_split_on_joiners_but_not_inside_parentheses(sanctions):
    from claimkit.packs.sanctions.parties import conjuncts
    from claimkit.packs.sanctions.words import sanction_words

    text = "Namun Perhimpunan Niaga (PN, cabang Jawa), Kanada dan sekutunya"
    parts = conjuncts(text, 0, len(text), sanction_words(sanctions), nearest_last=True)
    assert [text[part.start : part.end] for part in parts] == ["Perhimpunan Niaga", "Kanada", "sekutunya"]
    assert parts[0].alias == "PN, cabang Jawa"
