"""Sanction shapes added from the session-5, -6 and -7 audits of unseen corpus articles.

Every sentence here is written for these tests (none comes from the evaluation
data or the corpus).
"""

from __future__ import annotations

import pytest

import claimkit


@pytest.fixture(scope="module")
def sanctions() -> claimkit.Engine:
    return claimkit.Engine(autoload=True, allow=["claimkit.sanctions"])


def extract(engine: claimkit.Engine, text: str) -> list[dict]:
    record = engine.extract(claimkit.Document(text, "test", "2022-05-10"))
    assert record["errors"] == []
    return [claim["fields"] for claim in record["claims"] if claim["type"] == "sanction"]


def names(entities: list[dict]) -> list[str]:
    return [entity["name"] for entity in entities]


# --- fines ---------------------------------------------------------------------------


def test_a_fine_on_a_named_club_is_a_sanction(sanctions):
    [fields] = extract(sanctions, "Klub Garuda Muda kembali dikenai denda Rp 75 juta oleh Komdis PSSI.")
    assert names(fields["targets"]) == ["Klub Garuda Muda"]
    assert names(fields["imposers"]) == ["Komisi Disiplin PSSI"]
    assert fields["status"] == "imposed"


@pytest.mark.parametrize("text", [
    "Terdakwa Budi Santoso juga didenda Rp 200 juta oleh majelis hakim.",
    "Dalam putusannya, pengadilan menyatakan Rudi Hartawan didenda Rp 5 juta.",
    "Pengemudi Andi Wijaya didenda Rp 250 ribu karena ditilang polisi.",
    "Pelanggan yang terlambat membayar tagihan dikenai denda.",
])
def test_a_court_s_or_police_fine_or_a_class_of_payers_is_not(sanctions, text):
    assert extract(sanctions, text) == []


def test_not_only_is_no_negation(sanctions):
    [fields] = extract(sanctions, "Maskapai Nordlight Air tidak hanya dikenai denda, izinnya juga ditinjau.")
    assert fields["status"] == "imposed"


# --- sport bodies and bans -----------------------------------------------------------


def test_a_disciplinary_body_named_by_what_it_is_is_a_sports_body(sanctions):
    [fields] = extract(sanctions, "Penyerang Dynamo Selatan Marko Petrovic diganjar hukuman larangan bermain oleh "
                                  "Komite Disiplin Liga Elbonia.")
    [imposer] = fields["imposers"]
    assert imposer["kind"] == "sports_body"
    assert fields["sanction_types"] == ["sport"]


def test_a_court_s_hukuman_stays_out_even_with_a_long_name(sanctions):
    text = "Rudi Hartawan diganjar hukuman larangan bepergian oleh Pengadilan Negeri Kota Selatan."
    assert extract(sanctions, text) == []


def test_a_subject_with_a_relative_clause_between_commas(sanctions):
    [fields] = extract(sanctions, "Kiper Persikota, Andi Wijaya, yang memukul hakim garis, diskors tiga laga.")
    assert names(fields["targets"]) == ["Andi Wijaya"]


def test_a_ban_told_by_dilarang_and_its_length(sanctions):
    [fields] = extract(sanctions, "Bek Persikota Yusuf Hamdani dilarang bermain selama empat laga.")
    assert names(fields["targets"]) == ["Bek Persikota Yusuf Hamdani"]
    assert fields["sanction_types"] == ["sport"]


@pytest.mark.parametrize("text", [
    "Pengunjung dilarang bermain di kolam selama tiga jam.",
    "Siswa dilarang bermain selama dua pekan di halaman sekolah.",
])
def test_dilarang_without_a_named_player_is_no_ban(sanctions, text):
    assert extract(sanctions, text) == []


def test_a_described_player_is_a_specific_target_kept_as_written(sanctions):
    [fields] = extract(sanctions, "Rudi Hartawan menyikut lawan pada menit akhir. "
                                  "Pemain bertubuh jangkung itu dijatuhi sanksi larangan tampil dua laga.")
    assert names(fields["targets"]) == ["Pemain bertubuh jangkung itu"]


# --- relations cut between states -----------------------------------------------------


def test_ties_cut_between_states_without_diplomatik(sanctions):
    [fields] = extract(sanctions, "Yordania, Kuwait dan Oman, memutuskan hubungan dengan Suriah pekan lalu.")
    assert names(fields["imposers"]) == ["Yordania", "Kuwait", "Oman"]
    assert names(fields["targets"]) == ["Suriah"]
    assert fields["sanction_types"] == ["diplomatic"]


@pytest.mark.parametrize("text", [
    "Aktor itu akhirnya memutus hubungan dengan Suriah.",
    "Klub Persikota memutuskan hubungan dengan Malaysia.",
    "Kuwait memutuskan hubungan dengan mantan pelatihnya.",
])
def test_ties_cut_by_or_with_a_non_state_are_not_sanctions(sanctions, text):
    assert extract(sanctions, text) == []


# --- pronoun antecedents ---------------------------------------------------------------


def test_a_source_after_mengutip_is_no_antecedent_of_ia(sanctions):
    text = ("Nordlight Inc melanggar aturan persaingan. "
            "Mengutip Reuters, kerugian Nordlight Inc terbesar bukan saat ia dikenai denda.")
    [fields] = extract(sanctions, text)
    assert names(fields["targets"]) != ["Reuters"]


# --- a fronted clause ---------------------------------------------------------------------


def test_the_subject_after_a_fronted_sanction_clause_is_the_target(sanctions):
    [fields] = extract(sanctions, "Seusai dijatuhi sanksi larangan tampil oleh UEFA, Marko Petrovic meminta maaf.")
    assert names(fields["targets"]) == ["Marko Petrovic"]
    assert names(fields["imposers"]) == ["UEFA"]


def test_a_fronted_clause_about_players_in_general_is_no_event(sanctions):
    assert extract(sanctions, "Setelah dijatuhi sanksi, pemain biasanya menjadi lebih tenang.") == []


def test_a_fine_by_a_league_told_with_dihukum(sanctions):
    [fields] = extract(sanctions, "Gelandang Persikota Rudi Hartawan dihukum denda Rp 15 juta karena memprotes wasit.")
    assert names(fields["targets"]) == ["Gelandang Persikota Rudi Hartawan"]
    assert fields["reason"]["text"] == "memprotes wasit"


# --- suspensions as nouns, a sports body in a relative passive, orders ------------------------


def test_a_suspension_told_as_a_noun_with_its_length(sanctions):
    [fields] = extract(sanctions, "Kapten Persikota Rudi Hartawan menerima skors tiga laga karena mencekik lawan.")
    assert names(fields["targets"]) == ["Kapten Persikota Rudi Hartawan"]
    assert fields["sanction_types"] == ["sport"]


def test_a_sports_body_s_penalty_in_a_relative_passive(sanctions):
    [fields] = extract(sanctions, "Denda yang dijatuhkan Asosiasi Sepakbola Elbonia kepada klub Dynamo Selatan "
                                  "mencapai Rp 2 miliar.")
    assert names(fields["imposers"]) == ["Asosiasi Sepakbola Elbonia"]
    assert names(fields["targets"]) == ["klub Dynamo Selatan"]


def test_a_state_ordering_an_expulsion_is_its_imposer(sanctions):
    [fields] = extract(sanctions, "Lituania memerintahkan pengusiran tiga diplomat Belarus pekan lalu.")
    assert names(fields["imposers"]) == ["Lituania"]
    assert names(fields["targets"]) == ["Belarus"]


# --- session 6: examples announced by "seperti", envoys, reported "jika", described parties ---------------


def test_parties_listed_after_seperti_are_the_imposers(sanctions):
    [fields] = extract(sanctions, "Kanada dan beberapa negara seperti Norwegia, Swiss, bahkan Jepang memutuskan "
                                  "hubungan diplomatik dengan Eritrea.")
    assert names(fields["imposers"]) == ["Kanada", "Norwegia", "Swiss", "Jepang"]
    assert names(fields["targets"]) == ["Eritrea"]


def test_parties_listed_after_seperti_are_the_targets(sanctions):
    [fields] = extract(sanctions, "Uni Eropa memperpanjang sanksi terhadap negara seperti Suriah, Belarus dan Eritrea.")
    assert names(fields["targets"]) == ["Suriah", "Belarus", "Eritrea"]


def test_an_expelled_envoy_s_mereka_is_the_state_named_before(sanctions):
    [fields] = extract(sanctions, "Seorang pejabat Kuba mengakui, jika duta besar mereka telah diusir oleh Peru.")
    assert names(fields["imposers"]) == ["Peru"]
    [target] = fields["targets"]
    assert target["name"] == "Kuba"
    assert target["resolved_from"]["text"] == "mereka"
    assert fields["status"] == "imposed"  # "jika" after a verb of saying is no condition


def test_a_real_condition_still_makes_a_threat(sanctions):
    [fields] = extract(sanctions, "Jika uji coba diulang, Peru akan mengusir duta besar Kuba.")
    assert fields["status"] == "threatened"


def test_mereka_as_a_subject_is_still_generic(sanctions):
    assert extract(sanctions, "Mereka yang melanggar akan dikenai skors.") == []


def test_a_trader_suspended_then_the_imposer_named_in_the_next_sentence(sanctions):
    first, second = extract(sanctions, "Pedagang sate di ujung jalan itu terkena skors dua hari. Sanksi itu "
                                       "diberikan oleh pengelola Pasar Sukamaju.")
    assert names(first["targets"]) == names(second["targets"]) == ["Pedagang sate di ujung jalan itu"]
    assert first["sanction_types"] == ["unspecified"]
    assert names(second["imposers"]) == ["pengelola Pasar Sukamaju"]


def test_a_club_described_by_a_relative_clause_is_a_specific_target(sanctions):
    [fields] = extract(sanctions, "Kelalaian itu membuat klub yang bermarkas di kota pelabuhan itu mesti menerima "
                                  "sanksi pengurangan poin.")
    assert names(fields["targets"]) == ["klub yang bermarkas di kota pelabuhan itu"]
    assert fields["status"] == "imposed"


def test_a_penalty_named_by_its_bearer_after_a_review_verb(sanctions):
    [fields] = extract(sanctions, "Komisi Banding PSSI memperberat hukuman Rudi Hartawan menjadi enam laga.")
    assert names(fields["imposers"]) == ["Komisi Banding PSSI"]
    assert names(fields["targets"]) == ["Rudi Hartawan"]
    assert fields["status"] == "extended"


def test_a_court_reducing_a_sentence_is_no_sanction(sanctions):
    assert extract(sanctions, "Mahkamah Agung meringankan hukuman Budi Santoso menjadi tiga tahun.") == []


def test_a_player_who_terkena_suspensi_is_suspended(sanctions):
    [fields] = extract(sanctions, "Dynamo Selatan tampil tanpa Marko Petrovic yang terkena suspensi.")
    assert names(fields["targets"]) == ["Marko Petrovic"]


def test_a_car_s_suspension_is_no_sanction(sanctions):
    assert extract(sanctions, "Sedan itu dilengkapi suspensi belakang yang lebih lembut.") == []


def test_a_licence_revoked_is_a_regulator_s_sanction_on_its_holder(sanctions):
    [fields] = extract(sanctions, "Izin usaha PT Sinar Abadi Wisata dicabut oleh Kementerian Pariwisata.")
    assert names(fields["targets"]) == ["PT Sinar Abadi Wisata"]
    assert names(fields["imposers"]) == ["Kementerian Pariwisata"]
    assert fields["status"] == "imposed"  # "dicabut" revokes the licence: it does not lift a sanction


def test_a_licence_rule_for_a_class_is_no_event(sanctions):
    assert extract(sanctions, "Izin tambang yang melanggar aturan akan dicabut.") == []


def test_a_whole_and_its_part_after_termasuk_are_both_imposers(sanctions):
    [fields] = extract(sanctions, "Negara-negara Barat termasuk Kanada menjatuhkan sanksi baru terhadap Eritrea.")
    assert names(fields["imposers"]) == ["negara-negara Barat", "Kanada"]


# --- session 7: the penalty nouns in sport, instruments, trailing time clauses ---------------


def test_hukuman_in_an_article_about_a_league_s_committee_is_a_sport_sanction(sanctions):
    text = ("Komite Disiplin Liga Kota bersidang di Medan pada Rabu. Selain itu, Klub Garuda Muda masih terancam "
            "hukuman tambahan dari panitia.")
    [fields] = extract(sanctions, text)
    assert names(fields["targets"]) == ["Klub Garuda Muda"]
    assert fields["status"] == "threatened"
    assert fields["sanction_types"] == ["sport"]


def test_the_same_hukuman_without_any_sports_body_is_no_claim(sanctions):
    assert extract(sanctions, "Selain itu, Budi Santoso masih terancam hukuman tambahan dari atasannya.") == []


@pytest.mark.parametrize("text", [
    "Komdis PSSI menggelar sidang. Bandar narkoba Rudi Hartawan dijatuhi hukuman mati.",
    "Komdis PSSI menggelar sidang. Majelis hakim memberikan hukuman kepada Rudi Hartawan.",
    "Liga Kota berlanjut. Wasit lalu memberikan hukuman penalti kepada Dynamo Selatan.",
])
def test_a_sentence_a_court_or_a_referee_gives_is_no_sanction_even_in_sport_news(sanctions, text):
    assert extract(sanctions, text) == []


def test_a_fine_given_to_a_named_party_after_the_noun(sanctions):
    text = "Komdis PSSI juga bersidang. Denda sebesar Rp 30 juta lalu dijatuhkan kepada Panitia Pelaksana Garuda Muda."
    [fields] = extract(sanctions, text)
    assert names(fields["targets"]) == ["Panitia Pelaksana Garuda Muda"]
    assert fields["status"] == "imposed"


def test_a_fronted_decision_names_the_imposer_of_a_passive_clause(sanctions):
    text = "Berdasarkan hasil sidang Komite Disiplin Liga Kota, Yusuf Hamdani dikenai sanksi larangan bermain dua laga."
    [fields] = extract(sanctions, text)
    assert names(fields["imposers"]) == ["Komite Disiplin Liga Kota"]
    assert names(fields["targets"]) == ["Yusuf Hamdani"]


def test_a_meeting_that_discusses_a_sanction_does_not_impose_it(sanctions):
    [fields] = extract(sanctions, "Dari rapat Parlemen Elbonia kemarin, sanksi terhadap Nordlight Inc dibahas lagi.")
    assert fields["imposers"] == []


def test_the_agent_of_a_relative_passive_is_not_the_imposer(sanctions):
    text = "Dewan Kehormatan yang dipimpin Andi Wijaya akhirnya menjatuhkan sanksi kepada Rudi Hartawan."
    [fields] = extract(sanctions, text)
    assert fields["imposers"] == []
    assert names(fields["targets"]) == ["Rudi Hartawan"]


@pytest.mark.parametrize(("text", "status"), [
    ("Kiper Dynamo Selatan Marko Petrovic harus menjalani sanksi tiga laga.", "imposed"),
    ("Uni Eropa harus menjatuhkan sanksi kepada Nordlight Inc.", "proposed"),
])
def test_an_obligation_is_met_before_a_verb_of_undergoing_and_demanded_before_a_verb_of_imposing(
        sanctions, text, status):
    [fields] = extract(sanctions, text)
    assert fields["status"] == status


def test_the_subject_of_a_sentence_is_the_target_of_its_trailing_time_clause(sanctions):
    [fields] = extract(sanctions, "Yusuf Hamdani kembali menjadi starter sejak kembali dari sanksi doping.")
    assert names(fields["targets"]) == ["Yusuf Hamdani"]
    assert fields["status"] == "mentioned"


def test_a_trailing_time_clause_with_its_own_subject_keeps_that_subject(sanctions):
    [fields] = extract(sanctions, "Harga gandum melonjak sejak Elbonia dijatuhi sanksi ekonomi.")
    assert names(fields["targets"]) == ["Elbonia"]


def test_a_clitic_target_after_a_preposition_is_the_person_the_text_is_about(sanctions):
    text = ("Marko Petrovic mendorong hakim garis pada laga itu. Komite Disiplin Liga Kota lalu memberikan hukuman "
            "kepadanya.")
    [fields] = extract(sanctions, text)
    [target] = fields["targets"]
    assert target["name"] == "Marko Petrovic"
    assert target["resolved_from"]["text"] == "nya"


def test_a_clitic_target_is_never_the_claim_s_own_imposer(sanctions):
    text = "Marko Petrovic menyikut lawan di laga itu. Budi Santoso lalu menjatuhkan sanksi kepadanya."
    [fields] = extract(sanctions, text)
    assert names(fields["imposers"]) == ["Budi Santoso"]
    assert names(fields["targets"]) == ["Marko Petrovic"]


# --- session 8 -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Klub Garuda Muda kini mendapat hukuman larangan transfer selama dua periode.",
    "Klub Garuda Muda juga menerima hukuman bermain tanpa penonton.",
])
def test_a_penalty_that_names_a_sport_ban_is_a_sport_sanction_with_no_sports_body_named(sanctions, text):
    [fields] = extract(sanctions, text)
    assert names(fields["targets"]) == ["Klub Garuda Muda"]
    assert fields["sanction_types"] == ["sport"]


def test_a_penalty_with_no_sport_ban_and_no_sports_body_is_still_no_claim(sanctions):
    assert extract(sanctions, "Budi Santoso kini mendapat hukuman dua tahun karena kelalaiannya.") == []


def test_a_fine_paid_to_a_sports_body_names_it_as_imposer_and_is_imposed(sanctions):
    [fields] = extract(sanctions, "Klub Garuda Muda harus membayar denda Rp 75 juta kepada PSSI.")
    assert names(fields["targets"]) == ["Klub Garuda Muda"]
    assert names(fields["imposers"]) == ["PSSI"]
    assert fields["status"] == "imposed"


@pytest.mark.parametrize("text", [
    "Budi Santoso harus membayar denda keterlambatan pajak kendaraannya.",
    "Toko Sinar Jaya membayar denda kepada pengelola pasar setiap bulan.",
])
def test_a_fine_paid_outside_sport_and_to_no_authority_is_a_fee_not_a_sanction(sanctions, text):
    assert extract(sanctions, text) == []


def test_a_sport_sanction_with_no_imposer_right_after_a_sports_body_s_decision_is_that_body_s(sanctions):
    first, second = extract(sanctions, "Komdis PSSI menjatuhkan sanksi larangan tampil tiga laga kepada Rudi Hartawan. "
                                       "Bukan hanya itu, Yusuf Hamdani juga harus membayar denda Rp 10 juta.")
    assert names(second["targets"]) == ["Yusuf Hamdani"]
    assert names(second["imposers"]) == names(first["imposers"]) == ["Komisi Disiplin PSSI"]


def test_an_imposer_is_not_carried_outside_sport_or_past_the_next_sentence(sanctions):
    _, background = extract(sanctions, "Jepang menjatuhkan sanksi kepada Nordlight Shipping. "
                                       "Nordlight Shipping yang terkena sanksi internasional masih beroperasi.")
    assert background["imposers"] == []
    _, later = extract(sanctions, "Komdis PSSI menjatuhkan sanksi larangan tampil tiga laga kepada Rudi Hartawan. "
                                  "Laga berikutnya digelar di Bandung. Penonton ramai sekali. "
                                  "Yusuf Hamdani juga harus membayar denda Rp 10 juta.")
    assert later["imposers"] == []


def test_a_fine_in_a_league_s_report_is_a_sport_sanction_and_continues_the_decision_before_it(sanctions):
    first, fine = extract(sanctions, "Komdis PSSI menjatuhkan sanksi larangan tampil tiga laga kepada Rudi Hartawan. "
                                     "Yusuf Hamdani juga didenda Rp 10 juta.")
    assert fine["sanction_types"] == ["sport"]
    assert names(fine["imposers"]) == names(first["imposers"]) == ["Komisi Disiplin PSSI"]


def test_a_fine_outside_sport_keeps_its_own_type_and_no_carried_imposer(sanctions):
    [fine] = extract(sanctions, "Raksasa teknologi Nordlight Inc didenda Rp 2 triliun.")
    assert fine["sanction_types"] == ["unspecified"]
    assert fine["imposers"] == []


@pytest.mark.parametrize(("text", "types"), [
    ("Rudi Hartawan dikenakan sanksi lima kali larangan bermain karena menyikut lawan.", ["sport"]),
    ("Rudi Hartawan dikenakan sanksi larangan masuk ke stadion selama dua laga.", ["sport"]),
    ("Uni Eropa menjatuhkan sanksi larangan masuk kepada lima pejabat Belarus.", ["travel_ban"]),
    # a league's report: an untyped sanction there is a sport one
    ("Komdis PSSI membacakan putusannya. Klub Garuda Muda dikenakan sanksi denda Rp 10 juta.", ["sport"]),
    ("Dewan Etik menjatuhkan sanksi teguran lisan kepada Rudi Hartawan.", ["unspecified"]),
])
def test_the_measure_named_after_the_trigger_or_a_league_s_report_types_the_claim(sanctions, text, types):
    *_, fields = extract(sanctions, text)
    assert fields["sanction_types"] == types
