"""Event rules on single sentences, one per behaviour; each case is named after what broke.

The sentences are written for these tests (not taken from the gold sets), so that a rule is
checked on wording it was not tuned on.
"""
import pytest

from extraction.model import Article
from extraction.pipeline.run import extract


def _rows(text, lang="en", published=None, domestic=False):
    article = Article(text, "t", lang=lang, published=published)
    return {(e.cameo_code, e.source_country, e.target_country) for e in extract(article, domestic)}


@pytest.mark.parametrize("case, text, lang, row", [
    ("obligation_takes_the_party_nearest_must",
     "Japan said on Monday that China must release the detained fishing crew.", "en",
     ("100", "JPN", "CHN")),
    ("willing_to_is_an_intention",
     "Ukraine says it is willing to withdraw its troops from the border area of Belarus.", "en",
     ("035", "UKR", "BLR")),
    ("pronoun_subject_across_auxiliaries",
     "Israel announced it would free 200 Palestinian prisoners by the end of March.", "en",
     ("035", "ISR", "PSE")),
    ("unless_turns_a_pledge_into_a_threat",
     "Kenya announced that it will withdraw its troops from Somalia unless the talks resume.", "en",
     ("130", "KEN", "SOM")),
    ("refusal_reaches_the_refused_party",
     "Biden said he would not provide support to Venezuela.", "en", ("121", "USA", "VEN")),
    ("noun_agent_then_target_marker_names_the_target",
     "The strikes carried out by Israel on Lebanon killed five people.", "en", ("190", "ISR", "LBN")),
    ("noun_agent_then_target_marker_names_the_target_id",
     "Serangan yang dilancarkan Hamas ke Israel menewaskan ratusan orang.", "id",
     ("180", "PSE", "ISR")),
    ("blocking_a_supply_boat_is_a_blockade",
     "Chinese coast guard ships blocked a Philippine supply boat near the reef.", "en",
     ("191", "CHN", "PHL")),
    ("blocking_a_supply_boat_is_a_blockade_id",
     "Kapal penjaga pantai China menghadang kapal pemasok Filipina di dekat karang itu.", "id",
     ("191", "CHN", "PHL")),
    ("prisoner_swap_with_a_number_goes_both_ways_id",
     "Rusia dan Ukraina bertukar 120 tawanan perang pada Kamis.", "id", ("084", "UKR", "RUS")),
    ("letting_aid_enter_is_granting_access",
     "Israel allowed dozens of aid trucks to enter Gaza on Sunday.", "en", ("086", "ISR", "PSE")),
    ("letting_aid_enter_is_granting_access_id",
     "Israel mengizinkan puluhan truk bantuan masuk ke Gaza pada Minggu.", "id",
     ("086", "ISR", "PSE")),
    ("refusing_to_let_inspectors_in_is_a_rejection",
     "Iran said it would not allow IAEA inspectors into the plant.", "en", ("124", "IRN", "IAEA")),
    ("counterpart_from_a_state_is_of_that_state_id",
     "Menlu Turki bertemu mitranya dari Rusia di Ankara pada Selasa.", "id", ("040", "TUR", "RUS")),
    ("inquiry_looks_into_the_place_of_its_subject",
     "The UN rights council launched an inquiry into killings in Sudan's Darfur region.", "en",
     ("090", "UN", "SDN")),
    ("agentless_passive_deployment_is_by_the_forces_own_state",
     "North Korean soldiers were deployed to Russia last month.", "en", ("154", "PRK", "RUS")),
    ("agentless_passive_deployment_is_by_the_forces_own_state_id",
     "Pasukan Korea Utara dikerahkan ke Rusia bulan lalu.", "id", ("154", "PRK", "RUS")),
    ("denial_does_not_reach_a_verb_after_and",
     "Moscow denied shelling the market and blamed Ukraine for the explosion.", "en",
     ("112", "RUS", "UKR")),
    ("denial_does_not_reach_a_verb_after_and_id",
     "Moskwa membantah menembaki pasar itu dan menyalahkan Ukraina atas ledakan tersebut.", "id",
     ("112", "RUS", "UKR")),
    ("signed_decree_is_not_an_agreement_its_content_is_the_event",
     "Trump signed an executive order imposing tariffs on Mexico.", "en", ("163", "USA", "MEX")),
    ("retaliating_with_a_measure_carries_it",
     "China hit back with export controls on American drone makers.", "en", ("163", "CHN", "USA")),
    ("retaliating_with_a_measure_carries_it_id",
     "Beijing membalas dengan pembatasan ekspor terhadap perusahaan Amerika.", "id",
     ("163", "CHN", "USA")),
    ("reopened_embassy_restores_relations",
     "Bahrain reopened its embassy in Damascus on Monday.", "en", ("054", "BHR", "SYR")),
    ("driving_boats_away_is_an_expulsion",
     "Indonesia's navy chased away Chinese fishing boats near the Natuna Islands.", "en",
     ("174", "IDN", "CHN")),
    ("driving_boats_away_is_an_expulsion_id",
     "KRI Bung Tomo menghalau kapal nelayan Vietnam yang masuk ke ZEE Indonesia.", "id",
     ("174", "IDN", "VNM")),
    ("police_arriving_abroad_keep_order_there",
     "Kenyan police arrived in Haiti on Tuesday on a long-awaited mission against the gangs.",
     "en", ("074", "KEN", "HTI")),
    ("call_held_to_congratulate_is_praise_by_the_caller",
     "President El Sisi phoned Ethiopia's prime minister Abiy Ahmed to congratulate him.", "en",
     ("051", "EGY", "ETH")),
    ("call_held_to_urge_is_an_appeal_by_the_caller_id",
     "Menlu Sugiono menelepon Menlu Iran untuk mendesak Iran menahan diri.", "id",
     ("0256", "IDN", "IRN")),
    ("bombing_by_warplanes_is_an_air_strike",
     "US and British warplanes bombed Houthi sites in Yemen on Monday.", "en", ("195", "USA", "YEM")),
    ("bombing_by_warplanes_is_an_air_strike_id",
     "Pesawat tempur Israel mengebom sejumlah sasaran di Lebanon selatan.", "id",
     ("195", "ISR", "LBN")),
    ("court_ordering_a_state_to_stop_is_a_demand",
     "The ICJ ordered Russia to halt its military operations in Ukraine.", "en",
     ("100", "UN", "RUS")),
    ("court_ordering_a_state_to_stop_is_a_demand_id",
     "Mahkamah Internasional memerintahkan Rusia agar menghentikan operasi militernya.", "id",
     ("100", "UN", "RUS")),
    ("strong_regret_is_criticism",
     "Seoul said it strongly regretted Tokyo's decision on the textbooks.", "en",
     ("111", "KOR", "JPN")),
    ("strong_regret_is_criticism_id",
     "Kemlu menyayangkan sikap Israel yang menolak gencatan senjata.", "id", ("110", "IDN", "ISR")),
    ("calling_a_counterpart_is_a_phone_call",
     "Wang Yi called his Russian counterpart on Tuesday to discuss Ukraine.", "en",
     ("041", "CHN", "RUS")),
    ("exchanging_threats_goes_both_ways",
     "Washington and Beijing have been exchanging threats over Taiwan.", "en",
     ("130", "CHN", "USA")),
    ("bringing_a_case_to_the_court_is_a_lawsuit_id",
     "Afrika Selatan membawa kasus dugaan genosida Israel ke ICJ pada Desember.", "id",
     ("115", "ZAF", "ISR")),
    # Convention C23: "A and B spoke" with no mode is a meeting.
    ("two_leaders_who_spoke_met",
     "Prime Minister Sunak and President Biden spoke earlier on Monday.", "en",
     ("040", "GBR", "USA")),
    ("two_leaders_who_talked_met",
     "Xi and Biden talked for two hours at the summit.", "en", ("040", "CHN", "USA")),
    ("welcoming_a_states_act_is_praise_of_that_state",
     "The State Department welcomed Venezuela's release of the detained Americans.", "en",
     ("051", "USA", "VEN")),
    ("voicing_support_carries_the_noun",
     "Erdogan terus menyuarakan dukungannya terhadap pemerintah Libya di Tripoli.", "id",
     ("051", "TUR", "LBY")),
    ("reiterating_support_carries_the_noun",
     "China reiterated its support for Pakistan's sovereignty on Monday.", "en",
     ("051", "CHN", "PAK")),
    ("participle_after_a_number_describes_the_people",
     "Venezuela freed two detained Americans on Tuesday.", "en", ("084", "VEN", "USA")),
    ("scare_quoted_decision_is_still_the_act",
     'India "decided to expel" Ottawa\'s acting High Commissioner and his deputy.', "en",
     ("161", "IND", "CAN")),
    ("drill_faces_the_one_other_state_named",
     "Belarus began military exercises near the border as tension with Poland grew.", "en",
     ("150", "BLR", "POL")),
    ("missiles_shot_down_are_the_launchers_strike",
     "Ukraine's air defence shot down six missiles that Russia launched overnight.", "en",
     ("195", "RUS", "UKR")),
    ("a_jet_shot_down_is_the_shooters_attack",
     "Turkey shot down a Russian fighter jet near the Syrian border.", "en", ("190", "TUR", "RUS")),
    ("missiles_at_a_party_are_an_attack",
     "Houthi fighters launched missiles at Saudi Arabia on Sunday.", "en", ("195", "YEM", "SAU")),
    # Convention C27 of tests/data/real_news/README.md (reconciled after double annotation):
    # a ceasefire between two states is each side yielding to the other, not an agreement.
    ("ceasefire_of_two_states_goes_both_ways",
     "Armenia and Azerbaijan agreed to a ceasefire after three days of clashes.", "en",
     ("0871", "AZE", "ARM")),
    ("ceasefire_of_two_states_goes_both_ways_id",
     "Thailand dan Kamboja menyepakati gencatan senjata pada Senin setelah bentrokan di perbatasan.",
     "id", ("0871", "THA", "KHM")),
    ("veto_targets_the_council",
     "Russia vetoed a British-drafted Security Council resolution on Sudan.", "en",
     ("129", "RUS", "UNSC")),
    ("leaving_an_organisation_is_a_sanction",
     "Argentina will withdraw from the World Health Organization, the spokesman said.", "en",
     ("160", "ARG", "WHO")),
    ("decided_measure_is_taken",
     "ECOWAS leaders decided on Sunday to suspend Mali's membership.", "en", ("160", "ECOWAS", "MLI")),
    ("participle_agent_makes_a_passive",
     "The Israeli town of Kiryat Shmona was hit by dozens of rockets fired by Hezbollah.",
     "en", ("194", "LBN", "ISR")),
    ("participle_clause_shares_the_main_subject",
     "Poland on Thursday ordered Russia's consul to leave, accusing Moscow of sabotage.", "en",
     ("112", "POL", "RUS")),
    ("embassy_protest_targets_the_embassys_state",
     "Hundreds of students rallied outside the Israeli embassy in Amman on Friday.", "en",
     ("141", "JOR", "ISR")),
    ("modal_in_a_relative_clause_does_not_block_the_main_verb",
     "Sebanyak 32 warga negara China yang diduga menjalankan judi daring dideportasi oleh "
     "otoritas imigrasi Indonesia pada Rabu.", "id", ("174", "IDN", "CHN")),
    ("asylum_request_targets_the_place",
     "Hundreds of Afghan families sought asylum in Germany last year.", "en",
     ("0234", "AFG", "DEU")),
    ("pledge_through_carrying_verb",
     "The European Union will provide 50 million euros of humanitarian aid to Sudan.", "en",
     ("033", "EU", "SDN")),
    ("hosted_meeting_has_both_sides",
     "Iranian and US negotiators held indirect talks in Muscat on Saturday. The talks, hosted by "
     "Oman, lasted three hours.", "en", ("043", "OMN", "USA")),
    # (a state's protest is diplomatic, 114: convention C15)
    ("body_named_with_a_state_belongs_to_it",
     "Beijing memprotes kunjungan Ketua DPR AS ke Taiwan.", "id", ("114", "CHN", "USA")),
    ("gapped_trigger_object_inside_the_trigger",
     "Polandia mengusir tiga diplomat Belarus pada Senin.", "id", ("161", "POL", "BLR")),
    ("possessed_title_takes_its_owner",
     "The Russian defence ministry said its aircraft struck Ukrainian positions near Kharkiv.",
     "en", ("195", "RUS", "UKR")),
    ("water_cannon_is_repression",
     "China's coast guard fired water cannon at a Vietnamese fishing boat.", "en",
     ("175", "CHN", "VNM")),
    ("joint_naval_patrol_is_military_cooperation",
     "Japan and Australia held a joint naval patrol in the Pacific.", "en", ("062", "JPN", "AUS")),
    ("own_forces_are_no_target",
     "Syria says it is willing to withdraw its troops from Lebanon.", "en", ("035", "SYR", "LBN")),
    ("passive_agent_title_with_state",
     "Sebuah kapal nelayan Vietnam ditangkap oleh kapal patroli Indonesia di Natuna, Senin.", "id",
     ("173", "IDN", "VNM")),
    ("threat_aimed_at_the_condition_party",
     "Iran mengancam akan menyerang pangkalan militer jika Amerika Serikat terus melakukan "
     "provokasi.", "id", ("138", "IRN", "USA")),
    ("mediators_act_on_the_parties_between",
     "Qatar dan Mesir menjadi penengah dalam perundingan antara Israel dan Hamas.", "id",
     ("045", "QAT", "ISR")),
    ("prisoner_swap_goes_both_ways",
     "Armenia and Azerbaijan swapped 32 prisoners each on Wednesday.", "en", ("084", "AZE", "ARM")),
    ("judged_noun_takes_its_agent",
     "Beijing criticised military drills by the Philippines and Japan.", "en",
     ("111", "CHN", "JPN")),
    ("claimed_ends_the_speaker_clause",
     "Russia claimed that Ukraine had attacked a fuel depot in Belgorod.", "en",
     ("180", "UKR", "RUS")),
    # Families seen on real news (issue 9); sentences written for these tests.
    ("expulsion_ordered_to_leave",
     "Lithuania ordered the Belarusian envoy to leave within 48 hours.", "en", ("161", "LTU", "BLR")),
    ("expulsion_sent_home", "Mali sent the Swedish ambassador home on Friday.", "en",
     ("161", "MLI", "SWE")),
    ("expulsion_ordered_to_leave_id",
     "Latvia memerintahkan duta besar Rusia meninggalkan Riga dalam dua hari.", "id",
     ("161", "LVA", "RUS")),
    ("deported_diplomats_are_an_expulsion", "Jordan deported two Syrian diplomats last week.", "en",
     ("161", "JOR", "SYR")),
    ("call_noun_whose_with_is_in_the_trigger",
     "In a call with her Japanese counterpart on Tuesday, Australian Foreign Minister Penny Wong "
     "discussed regional security.", "en", ("041", "AUS", "JPN")),
    ("call_as_the_occasion_joins_speaker_and_listener",
     "Macron told Zelensky in a phone call that France would send more air defence systems.", "en",
     ("041", "FRA", "UKR")),
    ("call_as_the_occasion_id",
     "Dalam percakapan telepon, Presiden Prabowo dan Perdana Menteri Anthony Albanese membahas "
     "kerja sama pertahanan.", "id", ("041", "IDN", "AUS")),
    ("spoke_by_telephone_is_a_call",
     "The Turkish president spoke with his Iranian counterpart by telephone on Sunday.", "en",
     ("041", "TUR", "IRN")),
    ("suspension_from_an_organisation",
     "The African Union suspended Gabon after the army seized power.", "en", ("160", "AU", "GAB")),
    ("decision_told_as_speech", "Canada said it would suspend arms exports to Israel.", "en",
     ("163", "CAN", "ISR")),
    ("decision_told_as_speech_id", "Rusia mengatakan akan mengusir 10 diplomat Polandia.", "id",
     ("161", "RUS", "POL")),
    ("call_for_release_targets_the_holder",
     "Malaysia called for the release of three Malaysian fishermen detained in Thailand.", "en",
     ("0253", "MYS", "THA")),
    ("call_for_release_targets_the_agent_holding_them",
     "Indonesia called for the release of two Indonesian sailors held by Somali pirates.", "en",
     ("0253", "IDN", "SOM")),
    ("participle_after_a_party_is_passive",
     "Malaysia called for the release of three Malaysian fishermen detained in Thailand.", "en",
     ("173", "THA", "MYS")),
    ("struck_a_deal_is_an_agreement",
     "Vietnam and the Philippines struck a deal on coast guard cooperation.", "en",
     ("030", "VNM", "PHL")),
    ("statement_relative_clause_tells_the_act",
     "The Security Council issued a statement that condemned the coup in Niger.", "en",
     ("111", "UNSC", "NER")),
    ("statement_relative_clause_tells_the_act_id",
     "Dewan Keamanan PBB mengeluarkan pernyataan yang mendesak militer Myanmar membebaskan Aung "
     "San Suu Kyi.", "id", ("0253", "UNSC", "MMR")),
    ("menculik_is_abduction",
     "Kelompok Abu Sayyaf menculik lima nelayan Indonesia di perairan Sabah.", "id",
     ("181", "PHL", "IDN")),
    ("passive_seized_by", "A Greek-flagged tanker was seized by Iran's navy on Thursday.", "en",
     ("171", "IRN", "GRC")),
    ("passive_diserang_oleh",
     "Kapal Filipina diserang oleh kapal penjaga pantai Tiongkok di dekat Second Thomas Shoal.",
     "id", ("180", "CHN", "PHL")),
    ("call_from_in_the_trigger",
     "Indonesian Foreign Minister Sugiono took a call from Australian Foreign Minister Penny Wong "
     "on Thursday.", "en", ("041", "AUS", "IDN")),
    ("call_with_a_distant_subject_is_the_occasion",
     "Retno Marsudi discussed aid deliveries to Gaza during a telephone conversation with "
     "Jordanian Foreign Minister Ayman Safadi.", "en", ("041", "IDN", "JOR")),
    ("possessive_clitic_takes_the_owners_state",
     "Turki menyerukan pembebasan segera 14 warga negaranya yang ditahan pasukan Israel.", "id",
     ("173", "ISR", "TUR")),
    ("warring_parties_of_one_state",
     "The U.N. Security Council called on the warring parties in Sudan to agree a ceasefire.", "en",
     ("0256", "UNSC", "SDN")),
    ("warring_parties_of_one_state_id",
     "Dewan Keamanan PBB menyerukan pihak-pihak yang bertikai di Sudan untuk menghentikan tembakan.",
     "id", ("0256", "UNSC", "SDN")),
    ("gapped_trigger_second_part_overlapping_another",
     "Burkina Faso's foreign ministry asked three French diplomats to leave the country within "
     "48 hours.", "en", ("161", "BFA", "FRA")),
    ("gapped_trigger_shorter_second_part_id",
     "Polandia memerintahkan duta besar Rusia meninggalkan negara itu.", "id", ("161", "POL", "RUS")),
    ("pronoun_subject_past_an_adverb",
     "Australia said it would temporarily halt funding to UNRWA.", "en", ("162", "AUS", "UN")),
    ("coordinated_parties_past_a_possessive",
     "Australian Foreign Minister Penny Wong and her Chinese counterpart Wang Yi clashed over human "
     "rights during talks in Canberra.", "en", ("040", "AUS", "CHN")),
    ("passive_subjects_owner",
     "Sebuah jet tempur milik Ukraina ditembak jatuh oleh sistem pertahanan udara Rusia.", "id",
     ("195", "RUS", "UKR")),
    ("threat_with_a_date_before_its_infinitive",
     "Trump threatened on Monday to impose a 25 percent tariff on imports from Mexico.", "en",
     ("130", "USA", "MEX")),
    ("threat_holding_its_modal_id",
     "Trump mengancam akan mengenakan tarif 25 persen atas impor dari Meksiko.", "id",
     ("130", "USA", "MEX")),
    ("talks_with_a_host_pair_the_guests",
     "Thailand dan Kamboja menggelar perundingan dengan Malaysia di Putrajaya.", "id",
     ("046", "THA", "KHM")),
    ("second_and_starts_a_new_clause",
     "Israel terus melancarkan serangan ke Lebanon dan Suriah, dan AS mendukungnya dengan "
     "melancarkan serangan ke Yaman.", "id", ("180", "USA", "YEM")),
    ("both_sides_are_the_two_of_the_latest_mutual_event",
     "The leaders of Thailand and Cambodia agreed to a ceasefire on Monday. Both sides reinforced "
     "border troops after the talks.", "en", ("154", "KHM", "THA")),
    ("background_war_is_coded", "Israel's war against Hamas has killed thousands in Gaza.", "en",
     ("190", "ISR", "PSE")),
    ("blockade_is_an_attack_class_act",
     "Israel has kept a naval blockade of the Gaza Strip since 2007.", "en", ("191", "ISR", "PSE")),
    ("gap_of_six_words",
     "Venezuela on Monday ordered diplomats from Argentina, Chile and Peru to leave the country "
     "within 72 hours.", "en", ("161", "VEN", "PER")),
    ("definite_ministry_is_the_storys_actor",
     "Russia expelled two Estonian diplomats on Monday. The ministry accused Tallinn of hostile "
     "acts against Russian citizens.", "en", ("112", "RUS", "EST")),
    ("definite_ministry_is_the_storys_actor_id",
     "Rusia mengusir dua diplomat Estonia pada Senin. Kementerian itu menuduh Tallinn melakukan "
     "tindakan permusuhan.", "id", ("112", "RUS", "EST")),
    ("quoted_first_person_is_the_speaker",
     "North Korean UN Ambassador Pak Kil-yon told the conference: \"My delegation condemns in the "
     "strongest terms the latest UN Security Council resolution.\"", "en", ("111", "PRK", "UNSC")),
    ("quoted_first_person_is_the_speaker_id",
     "\"Kami mengecam keras serangan Israel terhadap rumah sakit itu,\" kata Menteri Luar Negeri "
     "Retno Marsudi.", "id", ("111", "IDN", "ISR")),
    ("only_the_verb_in_quotes",
     "Argentina's foreign ministry protested on Wednesday. It said it 'rejects' Sunak's comment "
     "that the islands' sovereignty is not up for discussion.", "en", ("120", "ARG", "GBR")),
    ("arrest_with_no_agent_is_by_the_state_held_in",
     "Dua kapal ikan asing asal Vietnam ditangkap saat sedang memancing ikan di perairan Pulau "
     "Laut, Kabupaten Natuna, Kepulauan Riau.", "id", ("173", "IDN", "VNM")),
    ("nationals_listed_with_numbers",
     "Hamas telah membebaskan 17 warga negara Thailand, satu warga negara Filipina, dan dua warga "
     "negara Rusia.", "id", ("084", "PSE", "PHL")),
    ("a_states_protest_is_diplomatic",
     "Indonesia's air force deployed four fighter jets to the South China Sea after Jakarta "
     "protested against Chinese violations of its exclusive economic zone.", "en",
     ("114", "IDN", "CHN")),
    ("hyphen_pair_war_goes_both_ways",
     "Houthi attacks on shipping began after the start of the Israel-Hamas war in October.", "en",
     ("190", "ISR", "PSE")),
    ("hyphen_pair_exercise",
     "This comes as the 17th India-US joint training exercise gets underway.", "en",
     ("062", "IND", "USA")),
    ("veto_is_against_the_council_named_or_not",
     "Rusia dan China memveto rancangan resolusi terkait konflik Israel-Hamas.", "id",
     ("129", "RUS", "UNSC")),
    ("relative_clause_after_a_passive_agent",
     "Para juru runding disambut oleh Presiden Turki yang mendorong gencatan senjata antara Rusia "
     "dan Ukraina.", "id", ("0256", "TUR", "UKR")),
    ("relative_clause_after_a_passive_agent_en",
     "The envoys were received by the Turkish president, who urged a truce between Russia and "
     "Ukraine.", "en", ("0256", "TUR", "RUS")),
    ("traded_fire_with_goes_both_ways",
     "Hezbollah fighters traded fire with Israeli troops near the border.", "en",
     ("190", "ISR", "LBN")),
    ("saling_tembak_with_two_subjects",
     "Tentara India dan Pakistan saling tembak di Kashmir pada Selasa.", "id", ("190", "PAK", "IND")),
    ("baku_tembak_between_two_sides_keeps_its_date",
     "Perbatasan ditutup setelah baku tembak antara tentara India dan Pakistan pada Minggu.", "id",
     ("190", "PAK", "IND")),
    ("ties_restored_by_two_states_go_both_ways",
     "Bahrain and Qatar restored diplomatic relations this week.", "en", ("054", "QAT", "BHR")),
    ("duties_announced_against_states",
     "Washington announced duties against Canada and Mexico.", "en", ("163", "USA", "MEX")),
    ("bombardment_by_named_doers_on_a_place",
     "Kota itu hancur oleh pembombardiran yang dilakukan Rusia terhadap beberapa desa di Ukraina.",
     "id", ("194", "RUS", "UKR")),
    ("warships_sent_off_a_coast",
     "Amerika Serikat mengirim dua kapal perang ke lepas pantai Kuba.", "id", ("154", "USA", "CUB")),
    ("troops_sent_to_a_border",
     "Moscow sends 3,000 troops to the Finnish border.", "en", ("154", "RUS", "FIN")),
    ("promised_retaliation_is_a_threat",
     "Tehran promised a crushing response to any Israeli strike.", "en", ("138", "IRN", "ISR")),
    ("janji_membalas_is_a_threat",
     "Pakistan berjanji akan membalas serangan India.", "id", ("138", "PAK", "IND")),
    ("investigation_of_events_in_a_state",
     "The International Criminal Court opened an investigation into the violence in Darfur, "
     "Sudan.", "en",
     ("090", "ICC", "SDN")),
    ("pronoun_then_adverb_then_verb",
     "Pemerintah Korea Selatan menyebut pelepasan air itu aman. Meski begitu, mereka tetap mendesak "
     "Jepang bertindak transparan.", "id", ("020", "KOR", "JPN")),
    ("two_verbs_share_the_object",
     "Pyongyang condemned in the strongest terms and categorically rejected the new UN Security "
     "Council resolution.", "en", ("111", "PRK", "UNSC")),
    ("dua_verba_satu_objek",
     "Korea Utara mengecam keras dan menolak resolusi baru Dewan Keamanan PBB.", "id",
     ("111", "PRK", "UNSC")),
    ("second_verb_shares_a_quote_speakers_subject",
     "The North Korean envoy told the forum: \u201cMy delegation condemns and rejects the new UN "
     "Security Council resolution.\u201d", "en", ("120", "PRK", "UNSC")),
    ("spoke_to_a_counterpart",
     "Venezuela's president spoke to his Guyanese counterpart on Thursday.", "en",
     ("040", "VEN", "GUY")),
    ("berbicara_dengan",
     "Menlu Indonesia berbicara dengan Menlu Nepal mengenai evakuasi.", "id", ("040", "IDN", "NPL")),
    ("annexation_is_occupation",
     "Russia annexed Crimea from Ukraine in 2014.", "en", ("192", "RUS", "UKR")),
    ("expelled_high_commissioner_is_an_expulsion",
     "India decided to expel Canada's acting High Commissioner on Monday.", "en",
     ("161", "IND", "CAN")),
    ("access_granted_to_inspectors",
     "Iran has facilitated access to the IAEA for inspections.", "en", ("086", "IRN", "IAEA")),
    ("dialogue_held_by_two_states",
     "Japan and China held a security dialogue in Tokyo in February.", "en",
     ("040", "JPN", "CHN")),
    ("pasokan_militer_adalah_bantuan_militer",
     "Turki telah memberikan pasokan militer ke Libya.", "id", ("072", "TUR", "LBY")),
    ("forces_arriving_are_taken_in",
     "French troops arrived in Estonia on Monday.", "en", ("062", "FRA", "EST")),
    ("pasukan_tiba_diterima",
     "Pasukan Jerman tiba di Lituania pada Senin.", "id", ("062", "DEU", "LTU")),
    ("forces_on_a_peacekeeping_mission_are_aid",
     "Rwandan police arrived in Mozambique on a peacekeeping mission.", "en", ("074", "RWA", "MOZ")),
    ("delegasi_berkunjung_bukan_pasukan",
     "Delegasi Turki melakukan kunjungan ke Moskow pada Senin.", "id", ("042", "TUR", "RUS")),
    ("delegation_visits_are_no_deployment",
     "A Turkish delegation visited Moscow on Monday.", "en", ("042", "TUR", "RUS")),
    ("released_by_the_state_that_held_them",
     "Three Americans who were detained in Venezuela have been released, officials said.", "en",
     ("084", "VEN", "USA")),
    ("dibebaskan_oleh_negara_penahan",
     "Dua nelayan Indonesia yang ditahan di Malaysia telah dibebaskan pada Senin.", "id",
     ("084", "MYS", "IDN")),
    ("pronoun_after_said_is_the_speaker",
     "Kenya's President William Ruto said the matter would go to the United Nations and that he "
     "had spoken with UN Secretary-General Antonio Guterres.", "en", ("040", "KEN", "UN")),
    ("ia_setelah_mengatakan_adalah_pembicara",
     "Presiden Kenya William Ruto mengatakan masalah itu akan dibawa ke PBB dan bahwa ia telah "
     "berbicara dengan Sekjen PBB Antonio Guterres.", "id", ("040", "KEN", "UN")),
    ("call_fronted_by_after_joins_the_main_subject",
     "After a phone call with Joe Biden, Japanese Prime Minister Fumio Kishida said ties were "
     "strong.", "en", ("041", "JPN", "USA")),
    ("setelah_percakapan_telepon",
     "Setelah percakapan telepon dengan Joe Biden, Perdana Menteri Jepang Fumio Kishida "
     "mengatakan hubungan kedua negara kuat.", "id", ("041", "JPN", "USA")),
    ("call_after_said_joins_the_speaker",
     "Mexican President Claudia Sheinbaum said that following a phone call with President Trump "
     "on Monday, the talks would resume.", "en", ("041", "MEX", "USA")),
    ("gathered_at_an_embassy_is_a_protest",
     "Hundreds of protesters gathered at the US embassy in Amman on Friday.", "en",
     ("141", "JOR", "USA")),
    ("quote_opening_with_i_is_the_speakers_before_a_second_verb",
     '"We keep in close touch with Seoul and urge Pyongyang to return to talks," Chinese Foreign '
     'Minister Wang Yi said.', "en", ("020", "CHN", "PRK")),
    ("kutipan_diawali_saya_milik_pembicara",
     '"Kami terus berkomunikasi dengan Seoul dan mendesak Pyongyang kembali berunding," kata '
     'Menteri Luar Negeri China Wang Yi.', "id", ("020", "CHN", "PRK")),
    # "kapal tanker mereka yang ditangkap Inggris" was no event: a relative clause
    ("seizure_in_a_relative_clause_with_its_doer",
     "Vietnam menuntut ganti rugi atas kapal nelayan mereka yang ditangkap Malaysia pekan lalu.",
     "id", ("173", "MYS", "VNM")),
    # "They accused Rwanda" after a crowd "in the north of Kinshasa" stood for Rwanda itself
    ("backing_an_organisations_resolution_supports_it",
     "Hungary will support a U.N. Security Council resolution that tightens sanctions on Serbia.",
     "en", ("032", "HUN", "UNSC")),
    # "Ukraina mengapresiasi bantuan kemanusiaan ... dari Pemerintah RI": the aid was lost
    ("aid_one_is_thanked_for_was_given",
     "Sri Lanka welcomed the relief aid from India after the cyclone.", "en", ("073", "IND", "LKA")),
    ("bantuan_yang_diapresiasi_telah_diberikan",
     "Sri Lanka mengapresiasi bantuan kemanusiaan dari India setelah badai siklon.", "id",
     ("073", "IND", "LKA")),
    ("aid_from_a_state_names_its_giver",
     "A ship carried humanitarian aid from Japan to Gaza on Monday.", "en", ("073", "JPN", "PSE")),
    # "negara Asia Tenggara pertama yang menyatakan dukungan": an ordinal records a deed
    ("first_leader_to_visit_did_visit",
     "Joko Widodo became the first Asian leader to visit Ukraine since the war began.", "en",
     ("042", "IDN", "UKR")),
    ("pemimpin_pertama_yang_berkunjung_telah_berkunjung",
     "Joko Widodo menjadi pemimpin Asia pertama yang mengunjungi Ukraina sejak perang dimulai.",
     "id", ("042", "IDN", "UKR")),
    # "kepada Presiden Indonesia Joko Widodo yang telah datang ke Ukraina" was no visit
    ("relative_clause_head_after_a_preposition_is_its_subject",
     "Zelensky thanked Indonesian President Joko Widodo, who has visited Kyiv, for his peace "
     "efforts.", "en", ("042", "IDN", "UKR")),
    ("kepala_klausa_relatif_setelah_preposisi_adalah_subjeknya",
     "Zelensky berterima kasih kepada Presiden Indonesia Joko Widodo yang telah datang ke Kyiv "
     "pada Rabu.", "id", ("042", "IDN", "UKR")),
    # "Two Australian journalists detained for three weeks in Myanmar were released by the
    # military government" was a detention of Myanmar by Australia, and no release
    ("participle_before_the_main_verb_describes_its_subject",
     "Three Thai fishermen detained for two months in Malaysia were released by the "
     "authorities on Friday.", "en", ("173", "MYS", "THA")),
    ("release_by_unnamed_authorities_is_by_the_holding_state",
     "Three Thai fishermen detained for two months in Malaysia were released by the "
     "authorities on Friday.", "en", ("084", "MYS", "THA")),
    ("penahanan_di_suatu_negara_dalam_klausa_relatif",
     "Tiga nelayan Thailand yang ditahan selama dua bulan di Malaysia dibebaskan oleh pihak "
     "berwenang pada Jumat.", "id", ("173", "MYS", "THA")),
    ("pembebasan_oleh_pihak_berwenang_oleh_negara_penahan",
     "Tiga nelayan Thailand yang ditahan selama dua bulan di Malaysia dibebaskan oleh pihak "
     "berwenang pada Jumat.", "id", ("084", "MYS", "THA")),
    # "ASEAN leaders at their 43rd summit ... on Tuesday renewed their call for the release"
    # read the call as a topic of the summit ("talks on ...")
    ("noun_with_its_own_verb_after_a_summit_is_no_topic",
     "EU leaders at their summit in Brussels on Thursday renewed their call for the release of "
     "all political prisoners in Belarus.", "en", ("0253", "EU", "BLR")),
    # "Japan and the Philippines agreed ..., after a meeting of their ministers": no meeting
    ("meeting_after_a_comma_is_between_the_sides_of_the_agreement",
     "Vietnam and Laos signed a border agreement on Friday, after a meeting of their prime "
     "ministers in Hanoi.", "en", ("040", "VNM", "LAO")),
    # "berujung pada pengakuan PBB terhadap kedaulatan Indonesia": a recognition with both
    # sides named needs no verb to carry it
    ("recognition_naming_both_sides_is_a_deed",
     "The vote paved the way for Brazil's recognition of Palestine's statehood.", "en",
     ("054", "BRA", "PSE")),
    ("pengakuan_dengan_kedua_pihak_adalah_tindakan",
     "Pemungutan suara itu berujung pada pengakuan Brasil terhadap negara Palestina.", "id",
     ("054", "BRA", "PSE")),
    # "Trump called both leaders at the weekend": the pair was inside the trigger's own words
    ("called_both_leaders_is_a_call_with_the_storys_two_sides",
     "Thailand and Cambodia clashed along the border last week. The UN chief called both leaders "
     "on Sunday.", "en", ("041", "UN", "KHM")),
    ("menelepon_kedua_pemimpin_adalah_telepon_dengan_kedua_pihak",
     "Thailand dan Kamboja bentrok di perbatasan pekan lalu. Presiden AS Donald Trump menelepon "
     "kedua pemimpin pada akhir pekan.", "id", ("041", "USA", "THA")),
    ("crowd_in_front_of_an_embassy_with_its_address",
     "Ratusan mahasiswa memadati depan Kedutaan Besar Australia, Jalan Rasuna Said, "
     "Jakarta Selatan, untuk menolak kebijakan imigrasi baru.", "id", ("141", "IDN", "AUS")),
    ("deployment_faces_the_one_other_state_named",
     "Indonesia deployed four fighter jets to the Natuna Sea amid a stand-off with Beijing.", "en",
     ("154", "IDN", "CHN")),
    ("pengerahan_menghadapi_negara_lain",
     "Indonesia mengerahkan empat jet tempur ke Laut Natuna di tengah ketegangan dengan China.",
     "id", ("154", "IDN", "CHN")),
    ("missile_test_stays_without_target",
     "North Korea fired a ballistic missile into the sea, South Korea said.", "en",
     ("150", "PRK", None)),
    ("reaction_prompted_from_a_party",
     "Israel struck targets in Syria, prompting a vow of retaliation from the Syrian president.",
     "en", ("138", "SYR", "ISR")),
    # PETRARCH-2's verb sets checked against the English lexicon: verbs it had and we lacked
    ("reprimand_is_a_condemnation",
     "Seoul reprimanded Tokyo over the textbook changes.", "en", ("111", "KOR", "JPN")),
    ("admonish_is_a_condemnation",
     "Jordan's foreign minister admonished Israel for the raid on the camp.", "en",
     ("111", "JOR", "ISR")),
    ("apprehend_is_an_arrest",
     "Malaysian police apprehended two Thai nationals near the border.", "en", ("173", "MYS", "THA")),
    ("repel_is_fighting",
     "Ukrainian troops repelled a Russian assault near the river.", "en", ("190", "UKR", "RUS")),
    ("recapture_is_taking_territory",
     "Azerbaijani forces recaptured villages held by Armenia.", "en", ("192", "AZE", "ARM")),
    ("amassed_troops_is_a_deployment",
     "Russia amassed tens of thousands of troops near Ukraine.", "en", ("154", "RUS", "UKR")),
    ("cross_border_firing_is_fighting",
     "Fierce cross-border firing between Afghan and Pakistani forces was reported on Monday.",
     "en", ("190", "AFG", "PAK")),
    ("normalized_ties_is_support",
     "Egypt and Turkey normalized ties after a decade of estrangement.", "en", ("054", "EGY", "TUR")),
    ("reacted_sharply_is_a_condemnation_id",
     "Teheran bereaksi keras terhadap keputusan Kanada.", "id", ("111", "IRN", "CAN")),
    ("thanks_with_a_word_between_is_praise_id",
     "Presiden Palestina mengucapkan banyak terima kasih kepada Malaysia.", "id",
     ("051", "PSE", "MYS")),
    ("menyanjung_is_praise_id",
     "Perdana menteri Fiji menyanjung Indonesia atas bantuan itu.", "id", ("051", "FJI", "IDN")),
    # A sanction's stated reason naming the target's misdeed is also an accusation (C32)
    ("sanction_over_an_alleged_misdeed_is_an_accusation",
     "Lithuania expelled two Belarusian diplomats over Minsk's alleged smuggling of migrants.",
     "en", ("112", "LTU", "BLR")),
    ("recall_in_protest_at_interference_is_an_accusation",
     "Morocco recalled its ambassador from Algeria in protest at Algerian interference.", "en",
     ("112", "MAR", "DZA")),
    ("sanction_over_an_alleged_misdeed_is_an_accusation_id",
     "Estonia mengusir seorang diplomat Rusia atas dugaan kegiatan mata-mata.", "id",
     ("112", "EST", "RUS")),
    # Threats in the words of readiness ("stand ready to impose", "siap menjatuhkan sanksi"),
    # aimed at the party of a condition before them
    ("readiness_to_sanction_after_a_condition_is_a_threat",
     "If Belarus keeps pushing migrants across the border, we stand ready to impose further "
     "sanctions, the Polish prime minister said.", "en", ("131", "POL", "BLR")),
    ("readiness_to_sanction_is_a_threat_id",
     "Uni Eropa siap menjatuhkan sanksi baru terhadap Iran.", "id", ("131", "EU", "IRN")),
    ("taking_all_necessary_measures_is_a_threat",
     "The bloc said the junta must free the president or ECOWAS will take all necessary "
     "measures against Niger.", "en", ("130", "ECOWAS", "NER")),
    # The parties a copula names as the states of a relative clause act in it
    ("copula_names_the_doers_of_a_relative_clause_id",
     "Kuwait dan Oman juga merupakan negara yang mengusir diplomat Iran.", "id",
     ("161", "OMN", "IRN")),
    ("copula_names_the_doers_of_a_relative_clause",
     "Latvia and Estonia were among the countries that expelled Russian diplomats.", "en",
     ("161", "EST", "RUS")),
    ("trying_to_mediate_is_mediating",
     "Norway has been trying to mediate a truce between Colombia and Venezuela.", "en",
     ("045", "NOR", "VEN")),
    ("a_killing_by_a_named_force_is_condemned_in_that_force",
     "Nepal condemned the killing of a Nepali trader by Indian border guards.", "en",
     ("111", "NPL", "IND")),
    ("border_guards_named_by_demonym_are_a_party",
     "Indian border guards shot a Bangladeshi farmer on Friday.", "en", ("193", "IND", "BGD")),
    ("ordering_the_envoy_home_is_a_recall",
     "Chile said it was ordering its envoy home from Venezuela.", "en", ("161", "CHL", "VEN")),
    ("expelling_a_states_officials_is_a_diplomatic_sanction",
     "Kenya expelled nine Ugandan officials on Tuesday.", "en", ("161", "KEN", "UGA")),
    ("expelling_a_states_officials_is_a_diplomatic_sanction_id",
     "Kenya mengusir sembilan pejabat Uganda pada Selasa.", "id", ("161", "KEN", "UGA")),
    ("expelling_an_embassys_employee_is_a_diplomatic_sanction",
     "Russia announced the expulsion of an employee of the Moldovan Embassy in Moscow.", "en",
     ("161", "RUS", "MDA")),
    ("expelling_an_embassys_employee_is_a_diplomatic_sanction_id",
     "Rusia mengusir seorang pegawai Kedutaan Besar Moldova di Moskow.", "id",
     ("161", "RUS", "MDA")),
    ("an_envoy_expelled_in_the_passive_is_a_diplomatic_sanction",
     "Peru's envoy was expelled by Bolivia on Monday.", "en", ("161", "BOL", "PER")),
    ("an_envoy_expelled_in_the_passive_is_a_diplomatic_sanction_id",
     "Duta besar Peru diusir oleh Bolivia pada Senin.", "id", ("161", "BOL", "PER")),
    ("withdrawing_diplomatic_staff_from_several_states_is_a_recall_from_each",
     "Ghana withdrew its diplomatic staff from Togo and Benin.", "en", ("161", "GHA", "BEN")),
    ("withdrawing_diplomatic_staff_from_several_states_is_a_recall_from_each_id",
     "Ghana menarik semua personel diplomatik dari Togo dan Benin.", "id", ("161", "GHA", "BEN")),
    ("closing_the_border_with_a_state_is_a_sanction_on_it",
     "Niger said it had closed the border with Benin.", "en", ("163", "NER", "BEN")),
    ("closing_the_border_with_a_state_is_a_sanction_on_it_id",
     "Niger menutup perbatasan dengan Benin pada Rabu.", "id", ("163", "NER", "BEN")),
    ("closing_the_airspace_to_a_state_is_a_sanction_on_it",
     "Austria closed its airspace to Bolivia's presidential plane.", "en", ("163", "AUT", "BOL")),
    ("closing_the_airspace_to_a_state_is_a_sanction_on_it_id",
     "Austria menutup wilayah udaranya bagi pesawat Bolivia.", "id", ("163", "AUT", "BOL")),
    ("halting_flights_to_a_state_is_a_sanction_on_it",
     "Moscow halted all flights to Georgia on Saturday.", "en", ("163", "RUS", "GEO")),
    ("halting_flights_to_a_state_is_a_sanction_on_it_id",
     "Rusia menghentikan seluruh penerbangan ke Georgia pada Sabtu.", "id", ("163", "RUS", "GEO")),
    ("a_ban_on_flights_or_imports_is_a_sanction_not_an_administrative_one",
     "Georgia banned imports from Russia.", "en", ("163", "GEO", "RUS")),
    ("a_ban_on_flights_or_imports_is_a_sanction_not_an_administrative_one_id",
     "Rusia melarang impor makanan dari Amerika Serikat.", "id", ("163", "RUS", "USA")),
    ("a_confirmed_recall_of_ambassadors_is_a_recall_from_each_posting",
     "Algeria confirmed the recall of its ambassadors to Mali and Niger.", "en",
     ("161", "DZA", "NER")),
    ("a_confirmed_recall_of_ambassadors_is_a_recall_from_each_posting_id",
     "Aljazair mengonfirmasi penarikan duta besar dari Mali.", "id", ("161", "DZA", "MLI")),
    ("an_intrusion_into_a_states_airspace_is_a_show_of_force_at_it",
     "Two Russian fighter jets violated Finnish airspace on Friday.", "en", ("150", "RUS", "FIN")),
    ("an_intrusion_into_a_states_airspace_is_a_show_of_force_at_it_id",
     "Drone Rusia melanggar wilayah udara Rumania pada Sabtu.", "id", ("150", "RUS", "ROU")),
    ("an_intrusion_into_its_airspace_is_aimed_at_the_state_that_reports_it",
     "Latvia said a Russian drone had crossed into its airspace.", "en", ("150", "RUS", "LVA")),
    ("an_intrusion_into_its_airspace_is_aimed_at_the_state_that_reports_it_id",
     "Rumania mengonfirmasi bahwa dua drone Rusia melanggar wilayah udaranya.", "id",
     ("150", "RUS", "ROU")),
    ("an_intrusion_the_owner_claims_is_its_accusation",
     "Algeria claimed the Malian drone had violated Algerian airspace.", "en",
     ("112", "DZA", "MLI")),
    ("an_intrusion_the_owner_claims_is_its_accusation_id",
     "Bamako mengklaim drone Prancis telah melanggar wilayah udara Mali.", "id",
     ("112", "MLI", "FRA")),
    ("forces_sent_to_help_a_government_are_military_cooperation",
     "Rwanda deployed 1,000 troops to Mozambique to help fight insurgents.", "en",
     ("062", "RWA", "MOZ")),
    ("forces_sent_to_help_a_government_are_military_cooperation_id",
     "Rwanda mengerahkan pasukan ke Mozambik untuk membantu memerangi pemberontak.", "id",
     ("062", "RWA", "MOZ")),
    ("forces_massed_at_a_border_are_still_a_show_of_force",
     "Russia deployed troops to the border with Ukraine.", "en", ("154", "RUS", "UKR")),
    ("cutting_relations_without_the_word_diplomatic_is_still_a_break_id",
     "Presiden Venezuela pada Rabu memutuskan hubungan dengan Panama.", "id",
     ("161", "VEN", "PAN")),
    ("a_ban_on_tours_to_a_state_is_a_sanction_on_it",
     "China banned travel agencies from selling group tours to South Korea.", "en",
     ("163", "CHN", "KOR")),
    ("a_ban_on_tours_to_a_state_is_a_sanction_on_it_id",
     "Tiongkok melarang agen perjalanan menjual paket wisata ke Korea Selatan.", "id",
     ("163", "CHN", "KOR")),
    ("removing_a_state_from_a_trade_whitelist_is_a_sanction",
     "Japan removed South Korea from its whitelist of trusted trading partners.", "en",
     ("163", "JPN", "KOR")),
    ("accusations_hurled_at_each_other_are_each_sides_id",
     "Iran dan Taliban saling melontarkan tuduhan terkait bentrokan itu.", "id",
     ("112", "AFG", "IRN")),
    ("sri_langka_is_a_press_spelling_of_sri_lanka_id",
     "Presiden Joko Widodo melepas hibah beras untuk Sri Langka pada Selasa.", "id",
     ("070", "IDN", "LKA")),
    ("sanctions_launched_are_sanctions_not_a_show_of_force_id",
     "China meluncurkan sejumlah sanksi terhadap Taiwan.", "id", ("163", "CHN", "TWN")),
    ("air_strikes_launched_are_an_attack_id",
     "Koalisi pimpinan Arab Saudi meluncurkan ribuan serangan udara ke Yaman.", "id",
     ("195", "SAU", "YEM")),
    ("a_fronted_clause_has_the_main_clauses_subject",
     "While urging the United States to show restraint, China warned of serious consequences.",
     "en", ("0256", "CHN", "USA")),
    ("a_fronted_clause_has_the_main_clauses_subject_id",
     "Sambil mendesak AS menahan diri, China juga memperingatkan dampak serius.", "id",
     ("0256", "CHN", "USA")),
    ("a_reaction_drawn_by_an_agent_is_that_agents",
     "India opened the road, and the act triggered strong protest by Nepal.", "en",
     ("114", "NPL", "IND")),
    ("a_reaction_drawn_by_an_agent_is_that_agents_noun",
     "India's move drew condemnation by Pakistan.", "en", ("111", "PAK", "IND")),
    ("a_comma_list_closed_by_and_others_is_one_group",
     "Britain, France, Lithuania and others condemned Russia.", "en", ("111", "FRA", "RUS")),
    ("a_comma_list_closed_by_and_others_is_one_group_id",
     "Inggris, Prancis, Lithuania dan lainnya mengecam Rusia.", "id", ("111", "FRA", "RUS")),
    ("consequences_promised_to_a_party_are_a_threat",
     "Iran said Israel would pay a heavy price for the strike.", "en", ("130", "IRN", "ISR")),
    ("consequences_promised_to_a_party_are_a_threat_id",
     "Iran menegaskan Israel akan membayar mahal atas serangan itu.", "id", ("130", "IRN", "ISR")),
    ("reserving_the_right_to_respond_against_a_party_is_a_threat",
     "Ukraine said it reserves the right to take other measures against Hungary.", "en",
     ("130", "UKR", "HUN")),
    ("bearing_the_consequences_is_a_threat_id",
     "Houthi menyatakan Inggris akan menanggung akibatnya.", "id", ("130", "YEM", "GBR")),
])
def test_rules_code_the_event(case, text, lang, row):
    assert row in _rows(text, lang), case


@pytest.mark.parametrize("case, text, lang, row", [
    ("stateless_rebels_take_the_only_state",
     "Rebels shelled a government-held district of Syria's city of Homs overnight.", "en",
     ("194", "SYR", "SYR")),
    ("up_to_a_number_is_no_infinitive",
     "Up to 300 ethnic Kurds demonstrated on Sunday in Turkey.", "en", ("141", "TUR", "TUR")),
    ("road_block_is_a_protest",
     "Farmers in Poland blocked roads on Monday to protest against grain imports.", "en",
     ("144", "POL", "POL")),
])
def test_rules_code_the_domestic_event_when_asked(case, text, lang, row):
    assert row in _rows(text, lang, domestic=True), case
    assert row not in _rows(text, lang), f"{case}: domestic events are left out by default"


@pytest.mark.parametrize("case, text, lang, absent", [
    ("embassy_entered_is_not_who_was_arrested",
     "Police in Seoul arrested 16 people who entered the Japanese embassy on Thursday.", "en",
     "JPN"),
    ("bound_place_is_a_destination",
     "Israel detained 21 activists on a Gaza-bound boat on Saturday.", "en", "PSE"),
    ("pro_demonym_is_a_stance",
     "Israel detained 21 pro-Palestinian activists on Saturday.", "en", "PSE"),
    ("anti_demonym_is_a_stance_id",
     "Polisi Jerman menangkap puluhan demonstran anti-Amerika di Berlin.", "id", "USA"),
    ("inquiry_with_no_other_side_is_no_dyad",
     "The Kenyan prosecutor opened an investigation into the fire on Monday.", "en", "090"),
    ("penyelidikan_tanpa_pihak_lain",
     "Kejaksaan Kenya memulai penyelidikan atas kebakaran itu pada Senin.", "id", "090"),
    ("release_with_no_other_side_is_no_dyad",
     "Peru released 40 prisoners from an overcrowded jail on Tuesday.", "en", "084"),
    ("rejected_offer_is_no_meeting",
     "Hamas rejected an Egyptian offer to host talks with Israel in Cairo.", "en", "036"),
    ("hyphenated_adjective_is_no_event",
     "Russia began its long-threatened offensive on Kharkiv on Friday.", "en", "130"),
    ("demonym_before_border_is_no_party",
     "Myanmar troops seized a rebel camp on the Thai border after heavy fighting.", "en", "THA"),
    ("received_weapons_is_no_visit",
     "The rebels received weapons from Iran, officials said.", "en", "043"),
    ("claimed_attack_is_not_the_speakers",
     "The US claimed that ISIL had attacked Iraq.", "en", "USA"),
    ("demand_content_past_a_meeting_noun",
     "Iran said Israel had made demands during the talks, including that Tehran withdraw its "
     "advisers from Syria.", "en", "0874"),
    ("alleged_attack_is_not_told_as_fact",
     "Rusia menuduh Ukraina menyerang pembangkit listrik di Kursk dengan pesawat nirawak.", "id",
     "180"),
    ("ceasefire_is_not_weapons_aid",
     "Thailand dan Kamboja sepakat melakukan gencatan senjata setelah bentrokan di perbatasan.",
     "id", "033"),
    ("offered_aid_is_one_event",
     "Jepang menawarkan bantuan berupa obat-obatan kepada Filipina.", "id", "070"),
    ("apposed_place_is_a_venue",
     "ASEAN menggelar KTT di Hanoi, Vietnam, pada Kamis.", "id", "VNM"),
    ("denied_allegation_is_not_told_as_fact",
     "Kedubes China membantah tuduhan bahwa Beijing memasok senjata ke Rusia.", "id", "072"),
    ("state_after_an_unknown_place_is_a_venue",
     "Menlu RI bertemu Menlu Australia di sela KTT di Rio de Janeiro, Brasil, Senin.", "id",
     "BRA"),
    ("route_is_no_party",
     "Malaysia sent food aid to Myanmar through Thailand.", "en", "THA"),
    ("evacuation_source_is_no_recipient",
     "Kemlu RI mengevakuasi 30 WNI dari Lebanon melalui Suriah.", "id", "LBN"),
    ("purpose_list_past_a_guessed_party",
     "ASEAN mendesak junta Myanmar untuk menghentikan serangan terhadap warga sipil, serta "
     "membuka akses bagi bantuan kemanusiaan.", "id", "086"),
    ("verb_after_an_appeals_addressee_is_what_is_asked",
     "Dewan Keamanan PBB mengeluarkan pernyataan yang mendesak militer Myanmar membebaskan Aung "
     "San Suu Kyi.", "id", "084"),
    ("earthquake_struck_is_no_attack", "A strong earthquake struck southern Turkey on Monday.",
     "en", "190"),
    ("shot_a_video_is_no_shooting", "The Korean singer shot a video in Bangkok last week.", "en",
     "193"),
    ("protest_signs_are_no_signing",
     "Protesters outside the Chinese embassy in Manila carried signs.", "en", "057"),
    ("hosting_troops_is_no_meeting", "Poland has been hosting American troops since 2017.", "en",
     "043"),
    ("free_in_a_name_is_no_release", "The Free Syrian Army took control of the town.", "en", "084"),
    ("holding_seats_is_no_occupation",
     "Partai Buruh menduduki kursi terbanyak di parlemen Inggris.", "id", "192"),
    ("domestic_arrest_is_no_dyad",
     "Indian police arrested 20 protesters in New Delhi on Sunday.", "en", "IND"),
    ("domestic_riot_is_no_dyad", "Rioters clashed with police in Nairobi over tax increases.",
     "en", "KEN"),
    ("suspended_talks_are_no_meeting", "Russia suspended talks with Japan on a peace treaty.",
     "en", "040"),
    ("discussed_object_is_the_topic",
     "Kenyan and Ethiopian ministers discussed Somalia in Nairobi.", "en", "SOM"),
    ("clash_of_diplomats_is_a_quarrel",
     "India's foreign minister clashed with Pakistan's delegation at the General Assembly.", "en",
     "175"),
    ("hosting_forces_is_no_meeting", "Japan hosts some 50,000 U.S. military personnel.", "en",
     "043"),
    ("verdict_takes_no_place",
     "A Jakarta court sentenced a former official for laundering bribes through property in "
     "Singapore.", "en", "SGP"),
    ("unknown_kidnappers_hold_for_no_state",
     "Japan called for the safe release of a Japanese engineer kidnapped by unidentified gunmen in "
     "Nigeria.", "en", "NGA"),
    ("threatened_measure_is_no_measure",
     "Trump mengancam akan mengenakan tarif 25 persen atas impor dari Meksiko.", "id", "163"),
    ("appeal_content_goes_on_past_and",
     "Dewan Keamanan PBB menyerukan Rwanda menarik pasukannya dari Kongo dan menghentikan "
     "dukungannya kepada M23.", "id", "162"),
    ("places_joined_by_and_are_venues",
     "A Jakarta court sentenced a former official for laundering money through property in "
     "Singapore and Australia.", "en", "AUS"),
    ("disputed_report_is_not_told_as_fact",
     "Vietnam's foreign ministry shot down reports that it had agreed to buy fighter jets from "
     "Russia.", "en", "030"),
    ("offer_to_mediate_is_not_between_mediators",
     "China and the United States also offered to assist in negotiations.", "en", "039"),
    ("agreeing_to_undergo_is_no_agreement",
     "Three activists, an Italian, an American and a French lawmaker, agreed to be deported by "
     "Israel.", "en", "030"),
    ("forces_arriving_are_not_visiting",
     "A Kenyan police force arrived in Haiti on Tuesday for a UN-backed mission.", "en", "042"),
    ("decision_to_sanction_is_no_threat",
     "ASEAN foreign ministers agreed on Monday to suspend Myanmar's participation until the junta "
     "shows progress.", "en", "130"),
    ("noun_of_an_infinitive_has_no_carrier",
     "Kanselir Jerman Olaf Scholz mendesak Beijing menggunakan pengaruhnya terhadap Moskow untuk "
     "membantu mengakhiri perang di Ukraina.", "id", "190"),
    ("war_crimes_are_no_war", "The court is investigating war crimes committed in Sudan.", "en",
     "190"),
    ("street_name_is_no_party",
     "Ribuan warga berunjuk rasa di Jalan Medan Merdeka Selatan, Jakarta Pusat, memprotes serangan "
     "udara Israel.", "id", "114"),
    ("arrest_on_suspicion_of_a_crime_is_no_accusation",
     "Thai police arrested three Cambodian nationals on suspicion of smuggling timber.", "en",
     "112"),
    ("reason_after_another_act_is_that_acts",
     "Jordan recalled its envoy from Israel, whose troops detained a Jordanian for alleged "
     "incitement.", "en", "112"),
    ("relative_clause_on_a_thing_after_a_copula_is_no_act",
     "It is a policy that Russia condemned.", "en", "111"),
    ("reinforced_commitment_is_no_deployment",
     "In a joint statement, Venezuela and Guyana reinforced their commitment to the peace "
     "declaration.", "en", "154"),
    ("a_killing_long_ago_is_no_attack_by_the_accuser",
     "Malaysia demanded that North Korea apologize for criticizing the investigation into the "
     "killing of Kim Jong Nam.", "en", "190"),
    ("a_match_against_a_state_is_sport_id",
     "Pelatih tim putra mengatakan laga final melawan Jepang bukan ujian terberat.", "id", "190"),
    ("a_match_against_a_state_is_sport",
     "The coach said the final against Japan was not the hardest test for the pair.", "en", "190"),
])
def test_rules_leave_out(case, text, lang, absent):
    rows = _rows(text, lang)
    assert not any(absent in (code, src, tgt) for code, src, tgt in rows), (case, rows)


def test_rules_doers_after_an_event_noun_are_not_its_target():
    """Regression: "serangan yang dilakukan AS dan Inggris" made the US and Britain attack
    each other, the doers found again as the noun's object."""
    rows = _rows("Houthi menyebut serangan yang dilakukan AS dan Inggris terhadap sejumlah kota di "
                 "Yaman sebagai agresi.", "id")
    assert ("180", "USA", "YEM") in rows
    assert not any({src, tgt} == {"USA", "GBR"} for code, src, tgt in rows), rows


def test_rules_no_object_right_after_a_comma():
    """Regression: the headline "Rusia Makin Gencar Menyerang, AS Janji ..." made Russia attack
    the US, the subject of the next clause."""
    rows = _rows("Rusia terus menyerang, AS berjanji segera mengirim senjata ke Ukraina.", "id")
    assert ("180", "RUS", "USA") not in rows, rows


def test_rules_chinese_coast_guard_keeps_its_state():
    """"coast" after a demonym is a title here, not a thing the demonym describes."""
    assert ("173", "CHN", "TWN") in _rows("The Chinese coast guard detained a Taiwanese fishing boat.")


def test_rules_verb_is_no_modifier_of_a_noun():
    """Regression: "Pyongyang criticised joint drills" made Pyongyang a party to the drills."""
    rows = _rows("Pyongyang criticised joint drills by the United States and South Korea.")
    assert not any(code == "062" and "PRK" in (src, tgt) for code, src, tgt in rows), rows


def test_rules_ceasefire_host_is_no_side():
    """Regression: the host named with "dengan" after the two sides was made a third side."""
    rows = _rows("Thailand dan Kamboja menyepakati gencatan senjata dalam perundingan dengan "
                 "Perdana Menteri Malaysia.", "id")
    assert ("0871", "THA", "KHM") in rows
    assert not any(code == "0871" and "MYS" in (src, tgt) for code, src, tgt in rows), rows


def test_rules_co_visitors_do_not_visit_each_other():
    """Regression: the pairing of all who take part in talks also paired two visitors."""
    rows = _rows("Blinken and British Foreign Secretary David Lammy visited Kyiv on Wednesday.")
    assert ("042", "GBR", "UKR") in rows
    assert not any(code == "042" and {src, tgt} == {"USA", "GBR"} for code, src, tgt in rows), rows


def test_rules_second_and_party_is_not_grouped_with_the_next_subject():
    """Regression: "ke Lebanon dan Suriah, dan AS ..." made Syria a co-attacker of Yemen."""
    rows = _rows("Israel terus melancarkan serangan ke Lebanon dan Suriah, dan AS mendukungnya "
                 "dengan melancarkan serangan ke Yaman.", "id")
    assert ("180", "ISR", "SYR") in rows and ("180", "USA", "YEM") in rows
    assert ("180", "SYR", "YEM") not in rows, rows


@pytest.mark.parametrize("case, text, lang, rows", [
    ("both_sides_are_the_two_states_named_before",
     "Peru and Ecuador have argued over the river for months. Both sides deployed troops to the "
     "border on Friday.", "en", {("154", "PER", "ECU"), ("154", "ECU", "PER")}),
    ("the_neighbours_accuse_each_other",
     "Armenia and Azerbaijan met again in Vienna without result. The two neighbours blamed each "
     "other for the deadlock.", "en", {("112", "ARM", "AZE"), ("112", "AZE", "ARM")}),
    ("kedua_negara_dalam_kalimat_yang_sama",
     "Pada 1970-an, Libya mengusir diplomat Mesir ketika kedua negara tersebut memutuskan "
     "hubungan diplomatik.", "id", {("161", "LBY", "EGY"), ("161", "EGY", "LBY")}),
])
def test_rules_both_parties_resolve_to_the_story_pair(case, text, lang, rows):
    assert rows <= _rows(text, lang), case


@pytest.mark.parametrize("case, text, lang, rows", [
    ("them_is_the_story_pair_without_the_subject",
     "Thailand and Cambodia clashed again on the border on Friday. The Japanese foreign "
     "minister urged them to return to talks.", "en", {("020", "JPN", "THA"), ("020", "JPN", "KHM")}),
    ("mereka_adalah_kedua_pihak_cerita",
     "Thailand dan Kamboja bentrok lagi di perbatasan pada Jumat. Menlu Jepang mendesak mereka "
     "kembali ke meja perundingan.", "id", {("020", "JPN", "THA"), ("020", "JPN", "KHM")}),
    ("him_is_the_last_person_of_another_state",
     "Egypt's President Sisi phoned Abiy Ahmed on Monday. Kenya's president William Ruto also "
     "congratulated him on his re-election.", "en", {("051", "KEN", "ETH")}),
    ("condemned_coup_targets_the_story_state",
     "Soldiers in Gabon seized power on Wednesday. Gabon's army dissolved parliament. The "
     "African Union condemned the coup on Thursday.", "en", {("111", "AU", "GAB")}),
    ("kudeta_dikecam_mengarah_ke_negara_cerita",
     "Tentara Gabon merebut kekuasaan pada Rabu. Militer Gabon membubarkan parlemen. Uni Afrika "
     "mengecam kudeta itu pada Kamis.", "id", {("111", "AU", "GAB")}),
])
def test_rules_anaphoric_object_resolves(case, text, lang, rows):
    assert rows <= _rows(text, lang), case


def test_rules_each_other_is_no_anaphoric_object():
    """Regression: "accuse each other" was read as "them" and aimed at third states."""
    rows = _rows("Malaysia hosted talks on Monday. Thailand and Cambodia accuse each other of "
                 "starting the fighting.")
    assert ("112", "THA", "KHM") in rows and not any(t == "MYS" for _, _, t in rows), rows


@pytest.mark.parametrize("case, text, lang, row", [
    ("quoted_verdict_before_said_speaker",
     "\"This is a dangerous provocation,\" said the Japanese foreign ministry about the Chinese "
     "drills.", "en", ("111", "JPN", "CHN")),
    ("called_hostile_actions",
     "Warsaw called the Russian moves hostile actions on Friday.", "en", ("111", "POL", "RUS")),
    ("klaim_tidak_berdasar",
     "Kementerian Luar Negeri Malaysia mengatakan klaim Vietnam itu tidak berdasar.", "id",
     ("111", "MYS", "VNM")),
    ("called_it_judges_the_last_foreign_doer",
     "Brazil imposed tariffs on Argentine beef on Monday. The Argentine president called it an "
     "act of arrogance.", "en", ("111", "ARG", "BRA")),
    ("ancaman_bagi_keamanan",
     "Kremlin mengatakan kehadiran militer Jerman di Lituania adalah ancaman bagi keamanan Rusia.",
     "id", ("111", "RUS", "DEU")),
    ("menyebutnya_konspirasi",
     "Maduro menyebutnya sebagai konspirasi Amerika Serikat.", "id", ("111", "VEN", "USA")),
])
def test_rules_damning_verdict_of_a_speaker_is_a_condemnation(case, text, lang, row):
    assert row in _rows(text, lang), case


def test_rules_verdict_after_a_turned_down_condemnation_stays_uncoded():
    """Regression: a verdict re-coded a sentence whose condemnation the rules had turned down
    ("condemned as unacceptable allegations by X, as Y said ...")."""
    rows = _rows("Nobody condemned Peru, as Lima said the Chilean claims were unacceptable.")
    assert not any(code == "111" and src == "PER" for code, src, _ in rows), rows


def test_rules_branded_names_no_speaker_after_it():
    """Regression: in "protesters branded Putin a barbarian" Putin was taken for the speaker."""
    rows = _rows("Protesters branded Putin a barbarian in London.")
    assert not any(src == "RUS" for _, src, _ in rows), rows


@pytest.mark.parametrize("case, text, lang, row", [
    ("reciprocal_measures_return_the_last_act",
     "The United States raised tariffs on Mexican steel on Monday. Mexico adopted reciprocal "
     "measures the next day.", "en", ("163", "MEX", "USA")),
    ("similar_measures_after_an_expulsion",
     "Australia expelled two Chinese diplomats on Monday. Beijing announced similar measures on "
     "Tuesday.", "en", ("161", "CHN", "AUS")),
    ("tindakan_balasan",
     "Amerika Serikat menaikkan tarif baja Meksiko pada Senin. Meksiko mengumumkan tindakan "
     "balasan sehari kemudian.", "id", ("163", "MEX", "USA")),
])
def test_rules_act_in_kind_answers_the_last_act(case, text, lang, row):
    assert row in _rows(text, lang), case


def test_rules_threatened_retaliation_is_no_act_in_kind():
    """Regression: "diancam dengan tindakan balasan" was read as the threatened side's reply."""
    rows = _rows("China mengancam Lituania dengan tindakan balasan tegas.", "id")
    assert not any(src == "LTU" for _, src, _ in rows), rows


@pytest.mark.parametrize("lang, text", [
    ("en", "The UN General Assembly adopted a resolution condemning the American blockade of Cuba "
           "on Tuesday. The United States imposed the embargo on Cuba in 1962. Israel rejected the "
           "resolution."),
    ("id", "Majelis Umum PBB mengesahkan resolusi yang mengecam blokade Amerika Serikat terhadap "
           "Kuba pada Selasa. Amerika Serikat memberlakukan embargo terhadap Kuba pada 1962. "
           "Israel menolak resolusi tersebut."),
])
def test_rules_rejected_resolution_is_aimed_at_its_body(lang, text):
    """Regression: "the resolution" pointed back to the latest event of any kind."""
    assert ("120", "ISR", "UN") in _rows(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("id", "Israel dan Hizbullah saling serang selama sebulan. Indonesia menyambut baik gencatan "
           "senjata di Lebanon terkait diterimanya resolusi 1701 oleh Dewan Keamanan PBB."),
])
def test_rules_ceasefire_sides_are_the_fighting_states_not_the_council(lang, text):
    """Regression: the Security Council that called for a ceasefire was made one of its sides."""
    rows = _rows(text, lang)
    assert ("0871", "ISR", "LBN") in rows and not any(
        code == "0871" and "UNSC" in (src, tgt) for code, src, tgt in rows), rows


def test_rules_both_after_named_sides_is_no_anaphor():
    """Regression: "China and Russia both backed" took the story's last two states instead."""
    rows = _rows("The United States drafted a resolution on Sudan. China and Russia both "
                 "backed the resolution.")
    assert not any(src == "UNSC" for _, src, _ in rows), rows


@pytest.mark.parametrize("text, lang", [
    ("The UN rights council launched an inquiry into killings in Sudan's Darfur region.", "en"),
    ("Dewan HAM PBB membuka penyelidikan atas pembunuhan di wilayah Darfur, Sudan.", "id"),
])
def test_rules_what_an_inquiry_looks_into_is_not_the_investigators_act(text, lang):
    """Regression: "an inquiry into abuses in Sudan" coded the abuses as done by the UN."""
    assert {row[1] for row in _rows(text, lang)} == {"UN"}
    assert all(row[0].startswith("09") for row in _rows(text, lang))


@pytest.mark.parametrize("text, lang, row", [
    ("Israel struck Gaza on Monday. They refused to stop the attacks.", "en", ("124", "ISR", "PSE")),
    ("Israel menyerang Gaza pada Senin. Mereka menolak menghentikan serangan itu.", "id",
     ("124", "ISR", "PSE")),
])
def test_rules_refusing_to_stop_ones_own_attacks_is_aimed_at_their_victims(text, lang, row):
    """Regression: "refused to stop the attacks" took the attacker itself as the other side."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_ordering_aid_sent_is_no_demand_id():
    """A president ordering aid sent abroad commands his own government, no other state."""
    rows = _rows("Presiden memerintahkan pengiriman bantuan ke Gaza pada Maret.", "id")
    assert not any(row[0] == "100" for row in rows)


@pytest.mark.parametrize("text, lang", [
    ("Indonesia declined to comment on the Israeli report.", "en"),
    ("Japan refused to comment on China's claims on Monday.", "en"),
    ("Kemlu enggan berkomentar soal laporan Israel itu.", "id"),
    ("Jepang menolak berkomentar soal klaim China.", "id"),
])
def test_rules_declining_to_comment_is_no_rejection(text, lang):
    """Regression: "enggan" and "declined to" alone were refusals (124) of whoever came next."""
    assert not _rows(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Rising prices curbed Chinese demand for Australian coal in March.", "en"),
    ("Israel bertekad menghancurkan Hamas di Gaza.", "id"),
    ("Timnas Indonesia menahan imbang Australia 0-0 di Jakarta.", "id"),
    ("Parlemen Turki membahas RUU yang memungkinkan Turki menempatkan pasukan di Libya.", "id"),
])
def test_rules_market_demand_resolve_a_draw_and_what_a_bill_allows_are_no_events(text, lang):
    assert not _rows(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Thailand dan Kamboja sepakat menerima pengamat Indonesia di perbatasan.", "id"),
    ("Thailand and Cambodia agreed to accept Indonesian observers on the border.", "en"),
])
def test_rules_a_party_after_agreed_belongs_to_what_was_agreed(text, lang):
    """Regression: "sepakat menerima pengamat Indonesia" was an agreement with Indonesia."""
    agreed = {row[1:] for row in _rows(text, lang) if row[0].startswith("03")}
    assert agreed == {("THA", "KHM")}


@pytest.mark.parametrize("text, lang", [
    ("Mali expelled the French ambassador on Monday. In reaction, France recalled its ambassador.",
     "en"),
    ("Mali mengusir duta besar Prancis pada Senin. Sebagai balasan, Prancis menarik duta besarnya.",
     "id"),
])
def test_rules_a_response_with_no_target_answers_the_act_against_it(text, lang):
    assert ("161", "FRA", "MLI") in _rows(text, lang, published="2024-05-10")


def test_rules_in_response_to_names_a_cause_not_a_target():
    """Regression: "sanctions ... in response to Pyongyang's nuclear tests" aimed the tests at
    the Security Council."""
    rows = _rows("The Security Council approved sanctions against North Korea in response to "
                 "Pyongyang's continued nuclear tests.", "en")
    assert not any(row[0] == "150" and row[2] for row in rows)


def test_rules_missile_test_faces_no_state():
    """A missile fired into the sea has no target, whoever reports it."""
    rows = _rows("North Korea fired a ballistic missile into the sea, South Korea said.", "en")
    assert ("150", "PRK", None) in rows


# What a sentence must not be coded as (CAMEO code prefixes), one row per case; each case is
# named after what broke.
@pytest.mark.parametrize("case, text, lang, prefixes", [
    # "menandatangani dekret pencaplokan ... Ukraina" was an agreement with Ukraine
    ("signing_a_decree_is_no_agreement_with_its_subject",
     "Putin signed a decree on the status of four Ukrainian regions.", "en", ("05",)),
    ("signing_a_decree_is_no_agreement_with_its_subject_id",
     "Putin menandatangani dekret tentang status empat wilayah Ukraina.", "id", ("05",)),
    ("hosting_an_exercise_is_no_visit",
     "India and the United States take turns hosting the annual exercise.", "en", ("04",)),
    ("hosting_an_exercise_is_no_visit_id",
     "India dan Amerika Serikat bergantian menjadi tuan rumah latihan tahunan itu.", "id", ("04",)),
    # "spoke to reporters about China's claims" was a meeting with China
    ("what_one_speaks_about_is_no_partner",
     "Foreign Minister Retno Marsudi spoke to reporters about China's claims.", "en", ("04",)),
    ("what_one_speaks_about_is_no_partner_id",
     "Menlu Retno Marsudi berbicara kepada wartawan tentang klaim China.", "id", ("04",)),
    # "pertemuan G7 ... masalah Korea Utara" was the G7 meeting North Korea
    ("an_organisations_own_meeting_is_no_meeting_with_its_topic",
     "NATO's meeting in Vilnius discussed Ukraine's bid.", "en", ("04",)),
    ("an_organisations_own_meeting_is_no_meeting_with_its_topic_id",
     "Dalam pertemuan Dewan Keamanan PBB, masalah Korea Utara dibahas.", "id", ("04",)),
    # "released 10 jailed U.S. citizens" was also an arrest by the releaser
    ("counted_participle_is_no_arrest",
     "In July, Venezuela released 10 jailed U.S. citizens.", "en", ("17",)),
    ("burning_a_picture_is_no_seizure",
     "Protesters in Panama set fire to a picture of the US president.", "en", ("17",)),
    ("burning_an_effigy_is_no_seizure",
     "Demonstrators burned an effigy of the Chinese leader outside the embassy.", "en", ("17",)),
    ("burning_a_photo_is_no_seizure_id",
     "Pengunjuk rasa membakar foto Presiden AS di depan kedutaan.", "id", ("17",)),
    # "must cede power ... and immediately release" coded the release as done
    ("auxiliary_governs_the_verb_joined_by_and",
     "ECOWAS said the junta in Niger must cede power within a week and immediately release the "
     "elected president.", "en", ("08",)),
    ("auxiliary_governs_the_verb_joined_by_and_id",
     "ECOWAS menyatakan junta Niger harus menyerahkan kekuasaan dalam sepekan dan segera "
     "membebaskan presiden terpilih.", "id", ("08",)),
    ("attack_drones_are_weapons_not_an_attack_by_who_downs_them",
     "Ukraine's air defence shot down 15 attack drones over Kyiv, the air force said.", "en",
     ("18", "19")),
    ("attack_drones_are_weapons_not_an_attack_by_who_downs_them_id",
     "Pertahanan udara Ukraina menembak jatuh 15 drone serang di atas Kyiv.", "id", ("18", "19")),
    # "di tengah persiapan lawatan Presiden Vladimir Putin ke Minsk" was coded as a visit made
    ("hostages_of_no_named_state_held_by_a_group_are_no_party",
     "Dewan Keamanan menyerukan pembebasan semua sandera yang ditahan Hamas.", "id", ("17",)),
    # "China and Russia both backed the resolution drafted by the US ... on North Korea"
    ("backing_a_draft_is_no_support_for_its_drafter_or_subject",
     "Brazil and India backed the draft written by France that condemns the coup in Niger.",
     "en", ("05",)),
    ("backing_a_draft_is_no_support_for_its_drafter_or_subject_id",
     "Brasil dan India mendukung rancangan resolusi Prancis yang mengecam kudeta di Niger.",
     "id", ("05",)),
    # "Massa yang berdemo mengecam pernyataan Presiden Prancis ... telah tiba di" was a visit
    # by France: a party inside a relative clause on the subject is not the subject
    ("party_in_a_relative_clause_on_the_subject_is_not_the_subject_id",
     "Massa yang berunjuk rasa mengecam pernyataan Perdana Menteri India Narendra Modi telah "
     "tiba di Jalan Sudirman, Jakarta Pusat, Jumat (5/7/2024).", "id", ("04",)),
    # "mengancam akan menggunakan senjata nuklir" was also a pledge of weapons to the threatened
    ("using_weapons_is_no_weapons_aid_id",
     "Korea Utara mengancam akan menggunakan senjata nuklir jika Korea Selatan menyerang.", "id",
     ("07", "033")),
    ("a_visit_being_prepared_is_not_made_yet",
     "The ministry released footage of joint drills amid preparations for the Chinese leader's "
     "visit to Hanoi.", "en", ("04",)),
    ("a_visit_being_prepared_is_not_made_yet_id",
     "Kementerian merilis rekaman latihan bersama di tengah persiapan kunjungan pemimpin China "
     "ke Hanoi.", "id", ("04",)),
])
def test_rules_not_coded_as(case, text, lang, prefixes):
    rows = _rows(text, lang)
    assert not any(row[0].startswith(prefixes) for row in rows), (case, rows)


def test_rules_party_in_the_topic_of_two_sides_talks_is_no_partner():
    """Regression: "Erdogan dan Kristersson membahas upaya Stockholm bergabung dengan NATO" was
    also a call with NATO: when both sides discuss, a later "dengan" belongs to the topic."""
    rows = _rows("Indonesia dan Malaysia membahas rencana bekerja sama dengan Jepang dalam patroli "
                 "maritim.", "id")
    assert ("040", "IDN", "MYS") in rows and ("040", "IDN", "JPN") not in rows


@pytest.mark.parametrize("text, lang", [
    ("Jepang pada hari Kamis lalu menangguhkan kerja sama dengan Rusia.", "id"),
    ("Jepang pada Kamis (9/5) lalu menangguhkan kerja sama dengan Rusia.", "id"),
])
def test_rules_lalu_after_a_day_ends_the_date_not_the_clause(text, lang):
    """Regression: "lalu" (then / last) after a weekday cut the subject off its verb."""
    assert ("160", "JPN", "RUS") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Kenya criticised the African Union's decision to suspend Sudan from the bloc.", "en"),
    ("Kenya mengkritik keputusan Uni Afrika untuk menangguhkan keanggotaan Sudan.", "id"),
])
def test_rules_a_decision_to_act_is_the_act_taken(text, lang):
    """Regression: "decision to exclude" read its measure as a purpose, never taken."""
    assert ("160", "AU", "SDN") in _rows(text, lang, published="2024-05-10")


def test_rules_refusing_to_cooperate_is_a_refusal_of_the_inquirer_id():
    """Regression: "menolak bekerja sama" coded nothing, and the inquiry it refuses was coded
    as an investigation under way."""
    rows = _rows("Rusia menolak bekerja sama dengan penyelidikan PBB.", "id", published="2024-05-10")
    assert ("121", "RUS", "UN") in rows and not any(r[0] == "090" for r in rows)


@pytest.mark.parametrize("text, lang, row", [
    ("Officials at the United Nations condemned the attack by Israel.", "en", ("111", "UN", "ISR")),
    ("Pejabat di PBB mengecam serangan Israel ke Gaza.", "id", ("111", "UN", "ISR")),
    ("Judges at the ICC approved a probe into the Philippines' drug war.", "en",
     ("090", "ICC", "PHL")),
])
def test_rules_people_at_an_organisation_act_for_it(text, lang, row):
    """Regression: "officials at the UN" left the UN a venue and the verb with no subject."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_known_name_with_a_possessive_is_the_person():
    """Regression: "Duterte's campaign" (the possessive glued to the token) was no one."""
    text = ("President Rodrigo Duterte spoke on Thursday. The ICC approved a probe into "
            "Duterte's anti-narcotics campaign.")
    assert ("090", "ICC", "PHL") in _rows(text, "en", published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("The ICC said the campaign resembled an illegal and systematic attack on civilians in "
     "the Philippines.", "en"),
    ("Amnesty said the siege amounts to an attack on the people of Sudan.", "en"),
    ("ICC menyatakan kampanye itu menyerupai serangan sistematis terhadap warga Filipina.", "id"),
])
def test_rules_an_act_named_to_liken_is_no_act(text, lang):
    """Regression: "resembled an illegal and systematic attack" was coded as an attack."""
    assert not any(row[0].startswith("18") or row[0].startswith("19")
                   for row in _rows(text, lang, published="2024-05-10"))


@pytest.mark.parametrize("text, lang, rows", [
    ("Zelenskyy welcomed France's readiness to support Ukraine.", "en",
     {("051", "UKR", "FRA"), ("032", "FRA", "UKR")}),
    ("Zelensky menyambut kesediaan Prancis untuk mendukung Ukraina.", "id",
     {("051", "UKR", "FRA")}),
])
def test_rules_welcoming_a_readiness_is_praise_not_hosting(text, lang, rows):
    """Regression: "welcomed France's readiness" was a hosted visit (043)."""
    got = _rows(text, lang, published="2024-05-10")
    assert rows <= got and not any(r[0] == "043" for r in got)


@pytest.mark.parametrize("tag", ["lanjutnya", "imbuhnya", "ujarnya"])
def test_rules_speech_tag_with_nya_is_a_speech_tag(tag):
    """Regression: "lanjutnya", "imbuhnya" were not speech tags, so the quote took the
    report's day, not its briefing's."""
    text = f'Erdogan berbicara pada Selasa (24/12). "Turki terus mendukung Libya," {tag}.'
    article = Article(text, "t", lang="id", published="2019-12-25")
    assert [e.event_date for e in extract(article)] == ["2019-12-24"]


@pytest.mark.parametrize("text, lang, row, coded", [
    ('Chad and Niger met on Sunday. The two governments "strongly condemned" Libya\'s move.',
     "en", ("111", "TCD", "LBY"), True),
    ('Protesters in Paris chanted "free Ukraine" outside the Russian embassy.', "en",
     ("084", "RUS", "UKR"), False),
])
def test_rules_a_lowercase_quote_before_its_verb_is_speech_not_a_slogan(text, lang, row, coded):
    """Regression: a quoted verb phrase with an adverb before the verb ("strongly condemned")
    was read as a slogan; a slogan opens capitalised or with its own verb."""
    assert (row in _rows(text, lang, published="2024-05-10")) is coded


@pytest.mark.parametrize("text, lang, row", [
    ('"Turki mendukung Libya," ujar Kalin.', "id", ("051", "TUR", "LBY")),
    ('"Turkey backs Libya," Kalin said.', "en", ("051", "TUR", "LBY")),
])
def test_rules_short_quote_with_a_speech_tag_is_speech_not_a_slogan(text, lang, row):
    """Regression: a quote of five words or fewer was a slogan even with "ujar" after it."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Washington asked Sudan to join talks in Jeddah. The Sudanese army has rejected the "
     "invitation to talks.", "en"),
    ("AS meminta Sudan bergabung dalam perundingan di Jeddah. Militer Sudan menolak undangan "
     "tersebut.", "id"),
])
def test_rules_refusing_a_request_answers_whoever_made_it(text, lang):
    """Regression: "rejected the invitation" named no other side and was dropped."""
    assert ("120", "SDN", "USA") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, rows", [
    ("He criticised the strikes that the US and the Zionist regime carried out against Iran.",
     "en", {("190", "USA", "IRN"), ("190", "ISR", "IRN")}),
    ("Iran mengecam serangan yang AS lancarkan ke Yaman.", "id", {("180", "USA", "YEM")}),
])
def test_rules_doer_in_a_relative_clause_after_an_event_noun(text, lang, rows):
    """Regression: "the strikes that the US ... carried out against Iran" named no doer."""
    assert rows <= _rows(text, lang, published="2024-05-10")


def test_rules_the_agency_is_the_organisation_the_story_named():
    """Regression: "the Agency" in an IAEA story took the last acting state."""
    text = ("The IAEA chief met officials in Tehran. Israel struck Iran in June. "
            "Since then, Iran has facilitated access to the Agency for inspections.")
    rows = _rows(text, "en", published="2024-05-10")
    assert ("086", "IRN", "IAEA") in rows and not any(r[2] == "ISR" and r[0] == "086" for r in rows)


@pytest.mark.parametrize("text, lang, row", [
    ("Malaysian police said two women from Indonesia have been arrested.", "en",
     ("173", "MYS", "IDN")),
    ("Polisi Malaysia mengatakan dua perempuan asal Indonesia telah ditangkap.", "id",
     ("173", "MYS", "IDN")),
    ("Kuala Lumpur (ANTARA) - Dua perempuan asal Indonesia telah ditangkap.", "id",
     ("173", "MYS", "IDN")),
])
def test_rules_arrest_with_no_agent_is_by_the_reporting_state(text, lang, row):
    """Regression: a passive arrest with no agent and no place named no arresting state."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_a_colon_ends_the_clause_after_a_trigger():
    """Regression: in the headline "Ukraine invasion: Russian embassy targeted", the embassy
    after the colon was taken as the invasion's target (Ukraine on Russia)."""
    rows = _rows("Ukraine invasion: Russian embassy targeted in London as protesters gather.", "en",
                 published="2024-05-10")
    assert ("190", "UKR", "RUS") not in rows


@pytest.mark.parametrize("text, lang, row", [
    ("Israel struck a school in Gaza on Monday.", "en", ("190", "ISR", "PSE")),
    ("Israel and Egypt struck a new gas deal on Monday.", "en", ("030", "ISR", "EGY")),
    ("Sudan meminta duta besar Kenya menjelaskan pernyataannya.", "id", ("020", "SDN", "KEN")),
])
def test_rules_a_gapped_head_without_its_second_part_leaves_the_shorter_trigger(text, lang, row):
    """Regression: "struck a ... deal" matched "struck a" first, so "Israel struck a school"
    lost its "struck" when no "deal" followed."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("China said on Monday that Japan needs to stop the dumping.", "en"),
    ("China said Japan needed to do more.", "en"),
    ("China menyatakan Jepang seharusnya menghentikan pembuangan itu.", "id"),
])
def test_rules_needs_to_and_seharusnya_put_an_obligation_on_the_party(text, lang):
    """Regression: only "must" / "harus" were obligations; "needed to do more" was no demand."""
    assert ("100", "CHN", "JPN") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text", [
    "Indonesia menyatakan Israel harus menghentikan serangan ke Gaza.",
    "Indonesia menyatakan Israel seharusnya menghentikan serangan.",
])
def test_rules_attack_an_obliged_party_must_stop_is_not_the_speakers(text):
    """Regression: "menyatakan" far before "serangan" was read as the verb carrying the attack,
    so the modal "harus" did not govern it and Indonesia became the attacker."""
    assert not any(row[0].startswith("18") or row[0].startswith("19")
                   for row in _rows(text, "id", published="2024-05-10"))


@pytest.mark.parametrize("text, lang, row", [
    ("Russian missiles hit an energy facility in western Ukraine overnight.", "en",
     ("195", "RUS", "UKR")),
    ("Rudal Rusia menghantam fasilitas energi di Ukraina barat.", "id", ("195", "RUS", "UKR")),
    ("Houthi rebels launched a drone at a US destroyer in the Red Sea.", "en",
     ("195", "YEM", "USA")),
    ("Houthi meluncurkan drone ke kapal perusak AS.", "id", ("195", "YEM", "USA")),
    ("Chinese coast guard vessels rammed a Philippine supply boat near the shoal.", "en",
     ("175", "CHN", "PHL")),
    ("Kapal penjaga pantai China menabrak kapal pasokan Filipina.", "id", ("175", "CHN", "PHL")),
])
def test_rules_weapons_that_hit_drones_launched_and_ramming_are_acts(text, lang, row):
    """Regression: "missiles hit", "launched a drone at" and "rammed" coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Nepal and India inked three agreements on Monday.", "en", ("057", "NPL", "IND")),
    ("The junta in Niger ordered police to expel the French ambassador.", "en",
     ("161", "NER", "FRA")),
    ("Junta Niger telah memerintahkan polisi untuk mengusir duta besar Prancis.", "id",
     ("161", "NER", "FRA")),
    ("Xi Jinping dan Mohammad bin Salman menjalin percakapan telepon hari Selasa.", "id",
     ("041", "CHN", "SAU")),
])
def test_rules_inked_ordered_measures_and_menjalin(text, lang, row):
    """Regression: "inked" was no signing, an ordered expulsion a mere purpose, and "menjalin"
    no verb to carry a call."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Pasukan India bentrok dengan pasukan China di perbatasan.", "id"),
    ("Indian troops clashed with Chinese soldiers on the border.", "en"),
])
def test_rules_a_clash_between_two_states_forces_is_fighting_both_ways(text, lang):
    """Regression: "bentrok dengan" / "bentrokan" was coded as repression (175), as police
    dispersing a crowd, and one way only."""
    rows = _rows(text, lang, published="2024-05-10")
    assert {("190", "IND", "CHN"), ("190", "CHN", "IND")} <= rows


@pytest.mark.parametrize("text, lang, row", [
    ("Peru recalled its ambassador after comments by Mexican President Lopez Obrador calling "
     "the Peruvian government unconstitutional.", "en", ("111", "MEX", "PER")),
    ("Maduro juga mencaci-maki Presiden AS Donald Trump pada Senin.", "id", ("111", "VEN", "USA")),
    ("Indonesia menyebut penyadapan Australia sebagai tindakan tidak bersahabat.", "id",
     ("111", "IDN", "AUS")),
])
def test_rules_verdicts_and_abuse_are_condemnations(text, lang, row):
    """Regression: "unconstitutional", "tidak bersahabat" were no verdicts, "mencaci-maki" no
    condemnation, and the party right before "calling" was not the judge when "by" led it."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_a_treaty_named_after_a_city_is_no_party():
    """Regression: "Konvensi Wina" made Austria a target."""
    rows = _rows("Kementerian itu menyebut kegiatan para diplomat Rusia bertentangan dengan "
                 "Konvensi Wina.", "id", published="2024-05-10")
    assert not any("AUT" in row for row in rows)


@pytest.mark.parametrize("text, lang, row", [
    ("Saudi Arabia recalled its ambassadors from Doha on Wednesday.", "en", ("161", "SAU", "QAT")),
    ("Algeria is cutting diplomatic relations with Morocco, the minister said.", "en",
     ("161", "DZA", "MAR")),
    ("Mexico moved to break off diplomatic ties with Ecuador.", "en", ("161", "MEX", "ECU")),
    ("Lavrov cancelled his visit to Turkey on Tuesday.", "en", ("160", "RUS", "TUR")),
    ("Brasil memanggil pulang Dutabesar mereka dari Jakarta.", "id", ("161", "BRA", "IDN")),
    ("Sembilan belas diplomat Rusia diperintahkan meninggalkan Uni Eropa.", "id",
     ("161", "EU", "RUS")),
])
def test_rules_recalls_breaks_and_expulsions_in_more_words(text, lang, row):
    """Regression: plural "ambassadors", "cutting", "break off", "cancelled his visit",
    "Dutabesar" and the passive "diperintahkan meninggalkan" coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_a_fallback_trigger_only_where_no_reading_of_the_head_held():
    """Regression: one gapped reading of "memanggil pulang" failing added a summons (114) beside
    the recall another reading had found."""
    rows = _rows("Afrika Selatan memanggil pulang seluruh diplomatnya dari Israel.", "id",
                 published="2024-05-10")
    assert ("114", "ZAF", "ISR") not in rows


@pytest.mark.parametrize("text, lang, row", [
    ("South Korea's president vowed stern action against North Korea.", "en",
     ("130", "KOR", "PRK")),
    ("Iran juga mengingatkan Amerika Serikat agar tidak terlibat dalam konflik itu.", "id",
     ("130", "IRN", "USA")),
])
def test_rules_vowing_stern_action_and_warning_not_to_are_threats(text, lang, row):
    """Regression: "vowed stern action" and "mengingatkan ... agar tidak" coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Saudi Arabia, Bahrain and the UAE recalled their ambassadors from Doha. The nations have "
     "also asked Qatar not to support the Muslim Brotherhood.", "en"),
    ("Arab Saudi, Bahrain dan UEA menarik duta besar mereka dari Doha. Ketiga negara itu juga "
     "meminta Qatar tidak mendukung Ikhwanul Muslimin.", "id"),
])
def test_rules_the_nations_refers_back_to_the_group_that_acted(text, lang):
    """Regression: "the nations" / "ketiga negara itu" named no one, so the appeal was lost."""
    rows = _rows(text, lang, published="2024-05-10")
    assert {("020", "SAU", "QAT"), ("020", "BHR", "QAT"), ("020", "ARE", "QAT")} <= rows


@pytest.mark.parametrize("text, lang", [
    ("Peru withdraws its ambassador to Mexico amid row.", "en"),
    ("Peru menarik duta besarnya dari Meksiko.", "id"),
])
def test_rules_withdrawing_an_ambassador_is_a_recall(text, lang):
    """Regression: "withdraws ambassador" was a troop withdrawal (0874)."""
    assert ("161", "PER", "MEX") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Chinese coast guard ships attacked two Philippine supply boats with water cannon.", "en"),
    ("Kapal penjaga pantai China menyerang dua kapal kargo Filipina dengan meriam air.", "id"),
])
def test_rules_an_attack_with_water_cannon_is_coercion(text, lang):
    """Regression: "meriam air" (water cannon) was read as "meriam" (artillery, 194)."""
    rows = _rows(text, lang, published="2024-05-10")
    assert ("175", "CHN", "PHL") in rows and ("194", "CHN", "PHL") not in rows


def test_rules_the_pair_is_two_people_not_the_story_sides():
    """Regression: "the pair had arrived in Muscat" (two freed detainees) was a visit by the
    story's two states."""
    text = ("Iran released two British citizens on Wednesday. Omani television said the pair "
            "had arrived in Muscat.")
    assert not any(row[0] == "042" for row in _rows(text, "en", published="2024-05-10"))


@pytest.mark.parametrize("text, lang", [
    ("Australia expelled two Indonesian diplomats on Monday. \"This is an unfriendly act,\" the "
     "Indonesian foreign minister said.", "en"),
    ("Australia mengusir dua diplomat Indonesia pada Senin. \"Ini tindakan tidak bersahabat,\" "
     "kata Menteri Luar Negeri Indonesia.", "id"),
])
def test_rules_a_verdict_naming_no_party_judges_the_last_act(text, lang):
    """Regression: a quoted verdict with no party before it ("This is unfriendly") judged no
    one."""
    assert ("111", "IDN", "AUS") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Several Indian soldiers were held captive by Chinese troops.", "en"),
    ("Beberapa tentara India ditawan oleh pasukan China.", "id"),
])
def test_rules_held_captive_is_a_detention(text, lang):
    """Regression: "held captive" / "ditawan" coded nothing."""
    assert ("173", "CHN", "IND") in _rows(text, lang, published="2024-05-10")


def test_rules_saat_ini_is_now_not_a_clause_break_id():
    """Regression: "saat" (when) in "yang saat ini menjabat" (who now serves as) ended the
    clause, so the relative clause's party became the subject."""
    text = ("Menlu Marty Natalegawa, yang saat ini menjabat Ketua ASEAN, mengadakan pertemuan di "
            "Bangkok dengan Menteri Luar Negeri Thailand Kasit Piromya.")
    assert ("040", "IDN", "THA") in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang, row, absent", [
    ("Britain pledged 2.5 billion pounds in military aid to Ukraine.", "en",
     ("033", "GBR", "UKR"), "194"),
    ("Beijing vowed to take countermeasures against the US tariffs.", "en",
     ("138", "CHN", "USA"), "030"),
])
def test_rules_money_is_no_shelling_and_countermeasures_are_a_threat(text, lang, row, absent):
    """Regression: "2.5 billion pounds" was shelling ("pounds"), and a vow of countermeasures
    a plain pledge."""
    rows = _rows(text, lang, published="2024-05-10")
    assert row in rows and not any(r[0] == absent for r in rows)


@pytest.mark.parametrize("text, lang, row", [
    ("Azerbaijan returned the bodies of Armenian soldiers.", "en", ("084", "AZE", "ARM")),
    ("Russia handed over 50 Ukrainian prisoners to Kyiv on Friday.", "en", ("084", "RUS", "UKR")),
    ("Rusia menyerahkan 50 tawanan Ukraina pada Jumat.", "id", ("084", "RUS", "UKR")),
    ("Turkey downed a Russian warplane near the Syrian border.", "en", ("190", "TUR", "RUS")),
    ("China on Tuesday, April 22, lambasted the Philippines.", "en", ("111", "CHN", "PHL")),
])
def test_rules_returns_handovers_and_downed_planes(text, lang, row):
    """Regression: returning bodies or handing over prisoners was aid or nothing, "downed" no
    attack; a date's day before a verb is no count."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Mesir menjadi tuan rumah perundingan antara pihak-pihak yang bertikai di Sudan.", "id"),
    ("Egypt hosted talks between the warring parties in Sudan.", "en"),
])
def test_rules_hosting_talks_of_the_warring_parties_in_a_state(text, lang):
    """Regression: convention C25 (the warring parties in X are X) held for appeals only, so
    "menjadi tuan rumah perundingan antara pihak-pihak yang bertikai di Sudan" named no guest."""
    assert ("043", "EGY", "SDN") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Turkey lifted its veto on Sweden's NATO membership.", "en"),
    ("Turki mencabut veto atas keanggotaan Swedia di NATO.", "id"),
])
def test_rules_lifting_a_veto_is_a_concession(text, lang):
    """Regression: lifting a veto or an objection coded nothing."""
    assert ("081", "TUR", "SWE") in _rows(text, lang, published="2024-05-10")


def test_rules_an_annual_exercise_of_several_states_is_military_cooperation_id():
    """Regression: "latihan tahunan" (annual exercise) was no exercise, while the English
    "exercise" of the same passage was."""
    text = ("Sekitar 4.000 prajurit dari Indonesia, Amerika Serikat, dan Australia memulai "
            "latihan tahunan Super Garuda Shield di Jawa Timur pada Senin.")
    assert ("062", "IDN", "USA") in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Kota Kiryat Shmona di Israel utara dihantam roket yang ditembakkan Hizbullah dari Lebanon "
     "selatan.", "id"),
])
def test_rules_a_place_hit_in_the_passive_stands_for_its_state(text, lang):
    """Regression: "Kota ... di Israel utara dihantam roket" named no target: the town is no
    party, the state it lies in is."""
    assert ("194", "LBN", "ISR") in _rows(text, lang, published="2024-05-10")


def test_rules_the_people_after_an_arrest_noun_are_held_not_holders_id():
    """Regression: "penahanan enam warga negara Meksiko ... menuju Gaza" made the Mexicans the
    detainers of Gaza."""
    text = ("Meksiko memanggil duta besar Israel terkait penahanan enam warga negara Meksiko yang "
            "berada di atas armada kapal menuju Gaza.")
    assert ("173", "MEX", "PSE") not in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang, absent", [
    ("Rusia memveto rancangan resolusi yang disusun Inggris dan menyerukan gencatan senjata di "
     "Sudan.", "id", ("020", "RUS", "GBR")),
])
def test_rules_a_verb_joined_inside_a_relative_clause_on_a_draft_is_the_drafts(text, lang, absent):
    """Regression: "yang disusun Inggris dan menyerukan" made the vetoing state call on Britain;
    the call is the draft's content."""
    assert absent not in _rows(text, lang, published="2024-05-10")


def test_rules_an_adjective_relative_clause_hands_back_to_the_main_verb_id():
    """The same "and" after an adjective clause ("provokasi yang tidak rasional dan mengerahkan
    kapal perang") continues the main clause."""
    text = ("Taiwan mengecam latihan China itu sebagai provokasi yang tidak rasional dan "
            "mengerahkan kapal-kapal perang.")
    assert ("154", "TWN", "CHN") in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("A Syrian army observation post was hit by an Israeli drone early on Wednesday.", "en"),
    ("Sebuah pos militer Suriah diserang oleh pesawat nirawak Israel pada Rabu dini hari.", "id"),
])
def test_rules_the_drone_that_hit_names_its_state(text, lang):
    """Regression: "pesawat nirawak Israel" (drone) split into an unnamed title and a state, and
    "hit by an Israeli drone" left its agent in the gap of the trigger."""
    assert ("195", "ISR", "SYR") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("The Ethiopian prime minister voiced his appreciation for Egyptian President Sisi and "
     "congratulated him on re-election.", "en", ("051", "ETH", "EGY")),
    ("Training was a focal point, with Ukrainian President Volodymyr Zelensky expressing "
     "gratitude for France's commitment.", "en", ("051", "UKR", "FRA")),
])
def test_rules_a_party_after_for_is_no_subject_and_with_x_ing_is_xs(text, lang, row):
    """Regression: "appreciation for Sisi and congratulated him" made Sisi congratulate; and
    "with Zelensky expressing gratitude" had no subject but a party after "for"."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_a_verb_after_a_comma_is_no_longer_the_refused_content():
    """Regression: "ruled out sending American troops, hailed the arrival of the Kenyans" read
    the praise as part of what was ruled out."""
    text = ("US President Joe Biden, who ruled out sending American troops, hailed the arrival "
            "of the Kenyans in Haiti.")
    assert ("051", "USA", "KEN") in _rows(text, "en", published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("India extended a credit line of 750 million dollars to Nepal.", "en", ("071", "IND", "NPL")),
    ("Japan provided grant aid to Cambodia.", "en", ("071", "JPN", "KHM")),
])
def test_rules_credit_lines_and_grant_aid_are_economic_aid(text, lang, row):
    """Regression: a credit line or grant aid coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Bolivia ordered the closure of Chile's consulate in La Paz on Monday.", "en",
     ("161", "BOL", "CHL")),
    ("Argentine authorities closed the Chilean consulate in Mendoza.", "en", ("161", "ARG", "CHL")),
    ("Bolivia pada Senin memerintahkan penutupan konsulat Chile di La Paz.", "id",
     ("161", "BOL", "CHL")),
    ("Presiden Chile pada Senin menarik pulang dubesnya dari Peru.", "id", ("161", "CHL", "PER")),
    ("China blocked trade with Lithuania on Monday.", "en", ("163", "CHN", "LTU")),
    ("China juga memblokir perdagangan dengan Lituania.", "id", ("163", "CHN", "LTU")),
    ("Poland banned the transit of Russian coal through its territory.", "en",
     ("163", "POL", "RUS")),
    ("Japan warned its citizens to avoid travel to China.", "en", ("160", "JPN", "CHN")),
    ("Jepang memperingatkan warganya untuk menghindari perjalanan ke China.", "id",
     ("160", "JPN", "CHN")),
])
def test_rules_closed_consulates_blocked_trade_and_travel_warnings(text, lang, row):
    """Regression: a consulate's closure, blocked trade or transit, a travel warning and "dubesnya"
    coded nothing (or trade as support); "Chile" was no country in Indonesian."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Ukraine said the strike on Odesa was a war crime committed by Russia.", "en",
     ("111", "UKR", "RUS")),
    ("Ukraina mengatakan serangan di Odesa adalah kejahatan perang yang dilakukan Rusia.", "id",
     ("111", "UKR", "RUS")),
    ("Syria called an emergency meeting to discuss what it described as Turkish aggression.",
     "en", ("111", "SYR", "TUR")),
    ("Mesir mengatakan Ethiopia melakukan tindakan berlebihan terhadap kapal itu.", "id",
     ("111", "EGY", "ETH")),
])
def test_rules_war_crimes_and_aggression_are_verdicts(text, lang, row):
    """Regression: calling an act a war crime, aggression or excessive coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Venezuela expelled hundreds of Colombians on Monday. Colombia condemned the expulsions.",
     "en"),
    ("Venezuela menuduh Kolombia melakukan pelanggaran pada Senin. Pejabat Kolombia mengutuk "
     "keras komentar tersebut.", "id"),
])
def test_rules_condemning_the_expulsions_or_the_comments_names_their_doer(text, lang):
    """Regression: "the expulsions" and "komentar tersebut" did not point back to the act."""
    assert ("111", "COL", "VEN") in _rows(text, lang, published="2024-05-10")


def test_rules_the_expulsion_of_named_diplomats_is_an_act_not_a_reference():
    """Regression: "announced sanctions and the expulsion of 10 Russian diplomats" took the
    sanctions' target from an earlier act."""
    text = ("Poland accused Russia of sabotage on Monday. On Tuesday the US announced sanctions "
            "and the expulsion of ten Russian diplomats.")
    assert ("163", "USA", "RUS") in _rows(text, "en", published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Pakistan said on Sunday that Afghanistan would pay a heavy price.", "en"),
    ("Pakistan mengatakan Afghanistan akan membayar mahal atas serangan itu.", "id"),
])
def test_rules_a_penalty_promised_to_a_party_is_a_threat(text, lang):
    """Regression: "would pay a heavy price" put on another party coded nothing."""
    assert ("130", "PAK", "AFG") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Iran's Revolutionary Guards promised harsh revenge against Saudi Arabia.", "en",
     ("130", "IRN", "SAU")),
    ("China menyatakan tidak akan tinggal diam terhadap provokasi Taiwan.", "id",
     ("130", "CHN", "TWN")),
])
def test_rules_promised_revenge_and_not_staying_silent_are_threats(text, lang, row):
    """Regression: a promise of revenge and "tidak akan tinggal diam" coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Peru on Monday cut diplomatic ties with Bolivia, accusing it of meddling in its elections.",
     "en"),
    ("Peru cut diplomatic relations with Bolivia, the minister said, accusing its neighbour of "
     "hostile acts.", "en"),
])
def test_rules_accusing_it_after_a_break_names_the_state_broken_with(text, lang):
    """Regression: ", accusing it of" and "accusing its neighbor" had no target."""
    assert ("112", "PER", "BOL") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Canada recalled its ambassador in Riyadh on Monday.", "en", ("161", "CAN", "SAU")),
    ("Indonesia pada hari Senin memanggil pulang duta besarnya di Australia.", "id",
     ("161", "IDN", "AUS")),
    ("Venezuela mengumumkan menarik Dubes mereka di Kolombia.", "id", ("161", "VEN", "COL")),
    ("Britain expelled the Russian ambassador in London on Monday.", "en", ("161", "GBR", "RUS")),
])
def test_rules_an_envoy_recalled_from_a_posting_is_aimed_at_its_state(text, lang, row):
    """Regression: "duta besarnya di Australia" read Australia as a mere place: no target."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_recalling_an_envoy_over_a_place_is_no_posting():
    text = "Turkey recalls envoy over Gaza flotilla deaths."
    assert not any(row[2] == "PSE" for row in _rows(text, "en", published="2024-05-10"))


def test_rules_a_date_stamp_glued_to_a_country_still_names_it_id():
    """Regression: "18 November 2013Indonesia memanggil pulang ..." lost its subject."""
    text = "18 November 2013Indonesia pada hari Senin memanggil pulang duta besarnya di Australia."
    assert ("161", "IDN", "AUS") in _rows(text, "id", published="2013-11-19")


@pytest.mark.parametrize("text, lang", [
    ("Twenty Indian soldiers were killed in clashes with Chinese troops on Monday.", "en"),
    ("Dua puluh tentara India tewas dalam bentrokan dengan militer China pada Senin.", "id"),
])
def test_rules_soldiers_killed_in_clashes_with_another_army_fight_both_ways(text, lang):
    """Regression: "tewas dalam bentrokan dengan militer China" coded nothing, and the English
    noun "clashes with" one way only."""
    rows = _rows(text, lang, published="2024-05-10")
    assert {("190", "IND", "CHN"), ("190", "CHN", "IND")} <= rows


def test_rules_a_visiting_counterpart_is_met_not_a_bound():
    """Regression: "met his visiting Japanese counterpart" lost the meeting's other side to
    "visiting", read as a second verb."""
    text = "Cambodian Prime Minister Hun Sen met his visiting Japanese counterpart on Monday."
    assert ("040", "KHM", "JPN") in _rows(text, "en", published="2024-05-10")


@pytest.mark.parametrize("text, row", [
    ("Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. He said Vilnius' decision "
     "was illegal.", ("111", "RUS", "LTU")),
    ("British Prime Minister Theresa May spoke in parliament. She said the Russian state was "
     "culpable for the attack.", ("111", "GBR", "RUS")),
])
def test_rules_a_verdict_after_he_said_is_the_last_named_persons(text, row):
    """Regression: a verdict after "He said" had no speaker."""
    assert row in _rows(text, "en", published="2024-05-10")


def test_rules_a_pronoun_verdict_needs_a_person_not_the_last_subject_id():
    """A pronoun stands for a person: "Ia menilai" after a sentence about the US is not the US
    speaking."""
    text = ("Amerika Serikat dianggap paling mendukung Israel. Ia menilai AS mempertahankan "
            "agresi Israel terhadap Palestina.")
    assert not any(row[0] == "111" for row in _rows(text, "id", published="2024-05-10"))


def test_rules_airstrikes_conducted_by_a_state_in_another_hit_that_state():
    """Regression: "airstrikes" read as a verb took the doer after "by" as its own target."""
    text = ("Kabul summoned the Pakistani envoy over overnight airstrikes conducted by Pakistan "
            "in eastern Afghanistan.")
    assert ("195", "PAK", "AFG") in _rows(text, "en", published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Thailand's Foreign Ministry met the Cambodian envoy on Monday. Pakistani troops shelled "
     "an Indian border post on Sunday. The ministry condemned Cambodia.", "en",
     ("111", "THA", "KHM")),
    ("Kementerian Luar Negeri Thailand bertemu duta besar Kamboja pada Senin. Pasukan Pakistan "
     "menembaki pos perbatasan India pada Minggu. Kementerian itu mengecam Kamboja.", "id",
     ("111", "THA", "KHM")),
])
def test_rules_the_ministry_is_the_ministry_named_before_not_the_last_actor(text, lang, row):
    """Regression: "The ministry" took the state that acted last (here Pakistan) rather than
    the ministry the story had named."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Israel mengatakan telah meluncurkan serangan darat di Lebanon pada Senin.", "id",
     ("180", "ISR", "LBN")),
    ("European Union leaders on Monday agreed on a set of sanctions against Belarus.", "en",
     ("163", "EU", "BLR")),
    ("Uni Eropa menyepakati paket sanksi baru terhadap Belarus pada Senin.", "id",
     ("163", "EU", "BLR")),
])
def test_rules_launching_an_attack_and_agreeing_on_sanctions(text, lang, row):
    """Regression: "meluncurkan serangan" was a missile launch (150) and "agreed on a set of
    sanctions" an agreement (030)."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ('"Russia violated the sovereignty of Ukraine, and we condemn it," said Japanese Prime '
     'Minister Shinzo Abe.', "en", ("111", "JPN", "RUS")),
    ('"Rusia melanggar kedaulatan Ukraina, dan kami mengecam Rusia," cetus Perdana Menteri '
     'Jepang Shinzo Abe.', "id", ("111", "JPN", "RUS")),
])
def test_rules_we_right_before_the_verb_is_the_quotes_speaker(text, lang, row):
    """Regression: "..., and we condemn it" took the state the quote named first as the
    condemner; "cetus" was no speech verb."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Saudi Arabia and Bahrain have broken all diplomatic ties with Qatar.", "en",
     ("161", "BHR", "QAT")),
    ("South Korea's foreign minister called in the US ambassador on Monday.", "en",
     ("114", "KOR", "USA")),
    ("Kanselir Jerman mengatakan referendum Rusia di Crimea melanggar hukum internasional.", "id",
     ("111", "DEU", "RUS")),
    ("Dewan Keamanan PBB menyebut langkah Korea Utara sebagai ancaman nyata bagi keamanan "
     "internasional.", "id", ("111", "UNSC", "PRK")),
])
def test_rules_broken_ties_called_in_envoys_and_verdicts_of_lawbreaking(text, lang, row):
    """Regression: "broken all diplomatic ties", "called in the US ambassador", "melanggar
    hukum internasional" and "ancaman nyata" coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Sudan and Ethiopia trade accusations of violence.", "en"),
    ("Khartoum and Addis Ababa are locked in a war of words, trading accusations of violence.",
     "en"),
    ("Sudan dan Ethiopia telah menuduh satu sama lain memulai konflik perbatasan.", "id"),
])
def test_rules_traded_accusations_go_both_ways(text, lang):
    """Regression: "trading accusations" and "menuduh satu sama lain" coded nothing."""
    rows = _rows(text, lang, published="2024-05-10")
    assert {("112", "SDN", "ETH"), ("112", "ETH", "SDN")} <= rows


@pytest.mark.parametrize("text, lang", [
    ("The United States condemned Russia on Tuesday. Similar condemnation came from Britain, "
     "France and Australia.", "en"),
    ("Amerika Serikat mengecam Rusia pada Selasa. Kecaman serupa juga disampaikan pemerintah "
     "Inggris, Prancis dan Australia.", "id"),
])
def test_rules_similar_condemnation_voiced_by_a_list_is_each_ones(text, lang):
    """Regression: "Kecaman serupa juga disampaikan pemerintah Inggris, Prancis, ..." made
    Britain condemn France."""
    rows = _rows(text, lang, published="2024-05-10")
    assert {("111", "GBR", "RUS"), ("111", "FRA", "RUS"), ("111", "AUS", "RUS")} <= rows
    assert ("111", "GBR", "FRA") not in rows


def test_rules_a_place_word_ending_a_sentence_does_not_make_the_next_subject_a_venue_id():
    """Regression: "... di bagian timur. RD Kongo telah menuduh Rwanda" read the new sentence's
    first party as a place after "di bagian timur"."""
    text = ("Pemberontak menguasai dua kota di bagian timur. RD Kongo telah menuduh Rwanda "
            "mendukung pemberontak.")
    assert ("112", "COD", "RWA") in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Menyikapi langkah Korea Utara itu, Dewan Keamanan PBB menyebut langkah negeri komunis itu "
     "sebagai ancaman nyata bagi keamanan internasional.", "id", ("111", "UNSC", "PRK")),
    ("After Russia's strike on Odesa, Ukraine's president said the attack was a war crime.", "en",
     ("111", "UKR", "RUS")),
])
def test_rules_a_verdict_judges_the_state_named_before_its_speaker(text, lang, row):
    """Regression: the act judged was named before the speaker, and the verdict had no target."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_illegal_crossings_are_no_verdict():
    text = ("Poland will send 2,000 troops to its border with Belarus, the Polish deputy interior "
            "minister said, to stem illegal crossings.")
    assert not any(row[0] == "111" for row in _rows(text, "en", published="2024-05-10"))


@pytest.mark.parametrize("text, lang", [
    ("Egypt is mediating a ceasefire between Israel and Hamas.", "en"),
    ("Mesir tengah menjadi mediator gencatan senjata antara Israel dan Palestina.", "id"),
])
def test_rules_a_ceasefire_being_mediated_is_the_mediations_content(text, lang):
    """Regression: the ceasefire a mediator works on was coded as declared by both sides."""
    rows = _rows(text, lang, published="2024-05-10")
    assert ("045", "EGY", "ISR") in rows
    assert not any(row[0] == "0871" for row in rows)


@pytest.mark.parametrize("text, lang, row", [
    ("A US warship destroyed an Iranian drone in the Strait of Hormuz on Thursday.", "en",
     ("190", "USA", "IRN")),
    ("Israeli forces destroyed Palestinian homes in the West Bank on Monday.", "en",
     ("171", "ISR", "PSE")),
    ("Kapal perang AS menghancurkan drone Iran di Selat Hormuz pada Kamis.", "id",
     ("190", "USA", "IRN")),
])
def test_rules_destroying_with_or_a_weapon_is_an_attack(text, lang, row):
    """Regression: a drone destroyed by a warship was property damage (171), like a house."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("Six Turkish soldiers died during a Syrian government offensive in the area.", "en",
     ("190", "SYR", "TUR")),
    ("Thailand and Cambodia traded accusations on Monday. The fighting escalated with Thai air "
     "strikes along the border.", "en", ("195", "THA", "KHM")),
])
def test_rules_an_attack_noun_with_only_its_doer_aims_at_the_other_side(text, lang, row):
    """Regression: "a Syrian government offensive" and "Thai air strikes" had a doer and no
    target: the sentence's other state, else the other side of the story's last event."""
    assert row in _rows(text, lang, published="2024-05-10")


def test_rules_aggression_in_a_description_is_a_verdict_not_an_attack():
    text = "Syria called a meeting to discuss what it described as Turkish aggression."
    rows = _rows(text, "en", published="2024-05-10")
    assert ("111", "SYR", "TUR") in rows and not any(row[0].startswith("18") for row in rows)


@pytest.mark.parametrize("text, lang", [
    ("Polisi Ekuador menggerebek Kedutaan Besar Meksiko di Quito pada Sabtu.", "id"),
    ("Ecuadorian police broke into the Mexican Embassy in Quito on Saturday.", "en"),
])
def test_rules_police_raiding_an_embassy_seize_property(text, lang):
    """Regression: a police raid on an embassy was an assault (180), not a seizure (171)."""
    assert ("171", "ECU", "MEX") in _rows(text, lang, published="2024-05-10")


def test_rules_a_crowd_gathered_before_an_embassy_protests_id():
    """Regression: "berkumpul di depan Kedutaan Besar" (gathered in front of the embassy) coded
    nothing."""
    text = "Ratusan warga berkumpul di depan Kedutaan Besar Amerika Serikat di Jakarta pada Jumat."
    assert ("141", "IDN", "USA") in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang, row", [
    ("The French ambassador to Bamako was summoned on Monday.", "en", ("114", "MLI", "FRA")),
    ("Duta Besar Prancis untuk Mali dipanggil pada Senin.", "id", ("114", "MLI", "FRA")),
    ("Duta Besar Prancis di Bamako dipanggil pada Senin.", "id", ("114", "MLI", "FRA")),
    ("Utusan Prancis di Bamako didesak untuk meninggalkan negara itu dalam waktu tiga hari.",
     "id", ("161", "MLI", "FRA")),
])
def test_rules_an_envoy_summoned_or_told_to_leave_is_so_by_the_host(text, lang, row):
    """Regression: a passive summons with no agent had no source; the envoy's posting names it.
    "didesak untuk meninggalkan" (urged to leave) was an appeal, not an expulsion."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, absent", [
    ("Iran-backed Houthi rebels attacked a British ship on Monday.", "IRN"),
    ("US-supplied missiles hit Russian positions on Monday.", "USA"),
])
def test_rules_a_backer_or_maker_glued_to_a_name_is_no_party(text, absent):
    """Regression: "Iran-backed", "US-supplied" made the backer or maker the attacker."""
    assert not any(row[1] == absent for row in _rows(text, "en", published="2024-05-10"))


@pytest.mark.parametrize("text, lang, row", [
    ('"We have decided to suspend all border traffic with Belarus," Polish Interior Minister '
     'Mariusz Kaminski wrote on Twitter.', "en", ("160", "POL", "BLR")),
    ('"Saya memutuskan untuk menangguhkan perdagangan dengan Belarusia," tulis Menteri Dalam '
     'Negeri Polandia.', "id", ("163", "POL", "BLR")),
])
def test_rules_a_post_or_tweet_tags_its_writer_as_the_speaker(text, lang, row):
    """Regression: "wrote on Twitter", "tulis" were no speech verbs, so "we"/"saya" had no
    speaker."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("The North Korean missile launch clearly violates resolutions of the UN Security Council.",
     "en"),
    ("Peluncuran rudal balistik Korea Utara ini jelas melanggar resolusi Dewan Keamanan PBB.",
     "id"),
])
def test_rules_a_show_of_force_is_aimed_only_through_a_target_word(text, lang):
    """Regression: a missile launch took the Security Council, named later in the sentence, as
    its target."""
    rows = _rows(text, lang, published="2024-05-10")
    assert ("150", "PRK", None) in rows and not any(row[2] == "UNSC" for row in rows)


def test_rules_exercises_near_a_state_still_aim_at_it():
    assert ("150", "CHN", "TWN") in _rows("China's military drills near Taiwan continued on "
                                          "Monday.", "en", published="2024-05-10")


def test_rules_lalu_lintas_is_traffic_not_a_clause_break_id():
    """Regression: "lalu" (then) inside "lalu lintas" (traffic) cut the clause before the
    target."""
    text = "Polandia menangguhkan lalu lintas perbatasan dengan Belarusia pada Senin."
    assert ("160", "POL", "BLR") in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Indonesia mengeksekusi mati warga negara Brasil pada Minggu.", "id"),
    ("Indonesia executed a Brazilian national on Sunday.", "en"),
])
def test_rules_executing_another_states_national_is_violence_against_it(text, lang):
    """Regression: executions of foreign nationals (coded against their state, corpus
    convention C8) coded nothing."""
    assert ("180", "IDN", "BRA") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, row", [
    ("Negeri Jiran memanggil duta besar Indonesia pada Senin.", ("114", "MYS", "IDN")),
    ("Mesir menjadi mediator antara Israel dan Hamas; Negeri Piramida itu juga mengecam "
     "Israel.", ("111", "EGY", "ISR")),
])
def test_rules_a_states_press_epithet_names_it_id(text, row):
    """Regression: the press's epithets for states ("Negeri Jiran", "Negeri Piramida", "negeri
    samba") named no party."""
    assert row in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("North Korea fired artillery shells into the island and the South Korean navy returned "
     "fire on Tuesday.", "en"),
    ("Korea Utara menembakkan peluru artileri ke pulau itu dan angkatan laut Korea Selatan "
     "membalas tembakan pada Selasa.", "id"),
])
def test_rules_returned_fire_is_aimed_at_the_last_attacker(text, lang):
    """Regression: "returned fire" had no target (and in English read as a participle)."""
    rows = {row for row in _rows(text, lang, published="2024-05-10") if row[0].startswith("19")}
    assert any(row[1:] == ("KOR", "PRK") for row in rows)


@pytest.mark.parametrize("text, lang", [
    ("Russian forces seized territory in eastern Ukraine in 2014.", "en"),
    ("Rusia merebut wilayah Ukraina timur pada 2014.", "id"),
])
def test_rules_seizing_territory_is_occupation(text, lang):
    """Regression: "seized territory" was property seized (171), not territory taken (192)."""
    assert ("192", "RUS", "UKR") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Indian fishermen often accuse the Sri Lankan navy of attacking them.", "en"),
    ("Nelayan India sering menuduh AL Sri Lanka menyerang mereka.", "id"),
    ("Hundreds of protesters gathered in the north of Kinshasa and targeted the embassies of "
     "Rwanda and Uganda. They accused Rwanda of backing the rebels.", "en"),
    ("Ratusan pengunjuk rasa berkumpul di bagian utara Kinshasa dan menyerbu kedutaan Rwanda dan "
     "Uganda. Mereka menuduh Rwanda mendukung pemberontak.", "id"),
])
def test_rules_people_who_accuse_do_not_speak_for_a_state(text, lang):
    """Regression: fishermen's accusations were coded as India accusing Sri Lanka. A crowd's
    accusation ("They" after a crowd's act is the crowd, not Uganda) is part of its protest, not
    an official act (the corpus's gold leaves it out); earlier tests wanted it coded."""
    assert not any(row[0].startswith("11") for row in _rows(text, lang, published="2024-05-10"))


@pytest.mark.parametrize("text, lang", [
    ("Somalia on Thursday ordered Ethiopia's ambassador to leave the country and shut two "
     "Ethiopian consulates, saying Addis Ababa had meddled in its internal affairs.", "en"),
    ("Somalia pada Kamis memerintahkan duta besar Ethiopia meninggalkan negara itu, dengan "
     "alasan Addis Ababa telah mencampuri urusan dalam negerinya.", "id"),
])
def test_rules_a_reason_given_after_a_comma_is_the_doers_verdict(text, lang):
    """Regression: ", saying Addis Ababa had meddled" had no speaker ("saying" was no speech
    tag, and the party before it was the consulates' state)."""
    assert ("111", "SOM", "ETH") in _rows(text, lang, published="2024-05-10")


def test_rules_them_after_one_other_state_is_that_state():
    """Regression: "asked three French diplomats to leave, accusing them of" had no target:
    "them" looked for two sides."""
    text = ("Burkina Faso on Thursday asked three French diplomats to leave the country, accusing "
            "them of subversive activities.")
    assert ("112", "BFA", "FRA") in _rows(text, "en", published="2024-05-10")


def test_rules_an_accusation_given_as_the_reason_is_against_the_same_side_id():
    """Regression: "..., dengan tuduhan melakukan kegiatan subversif" coded no accusation."""
    text = ("Burkina Faso pada Kamis meminta tiga diplomat Prancis meninggalkan negara itu, dengan "
            "tuduhan melakukan kegiatan subversif.")
    assert ("112", "BFA", "FRA") in _rows(text, "id", published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Angola proposes new DR Congo ceasefire", "en"),
    ("Moskow mengklaim telah melakukan gencatan senjata di Mariupol.", "id"),
])
def test_rules_a_ceasefire_with_one_side_named_is_no_event(text, lang):
    """Regression: a truce with only one side was coded with no target (only shows of force
    may have none, corpus convention C10)."""
    assert not any(row[0] == "0871" for row in _rows(text, lang, published="2024-05-10"))


@pytest.mark.parametrize("text, lang", [
    ("Venezuela did not allow Colombia's ombudsman to observe the situation at the border.",
     "en"),
    ("Venezuela tidak mengizinkan komisi Ombudsman Kolombia mengamati situasi di perbatasan.",
     "id"),
])
def test_rules_not_allowing_observers_is_a_refusal_even_in_the_past(text, lang):
    """Regression: "did not allow ... to observe" coded nothing: a denied access is refused
    whether or not "will" stands before it."""
    assert ("124", "VEN", "COL") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Zelenskiy also thanked the United States for its military aid.", "en"),
    ("Zelenskiy juga berterima kasih kepada Amerika Serikat (AS) atas bantuan militernya.", "id"),
])
def test_rules_aid_one_thanks_a_party_for_was_its_gift(text, lang):
    """Regression: "thanked the United States for its military aid" coded the thanks only."""
    assert ("072", "USA", "UKR") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("Both sides signed three agreements, including one on a credit line of 750 million dollars "
     "from India to Nepal.", "en"),
    ("Kedua pihak menandatangani tiga perjanjian, termasuk jalur kredit senilai 750 juta dolar "
     "dari India untuk Nepal.", "id"),
])
def test_rules_aid_named_from_a_giver_to_a_receiver_needs_no_verb(text, lang):
    """Regression: "a credit line of $750 million from India to Nepal" names who gives to whom
    but coded nothing for want of a verb that carries it."""
    assert ("071", "IND", "NPL") in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text, lang", [
    ("A Pakistani military court on Monday sentenced an Indian national to death for spying.",
     "en"),
    ("Pengadilan militer Pakistan pada Senin menjatuhkan hukuman mati kepada seorang warga "
     "negara India.", "id"),
])
def test_rules_a_prison_or_death_sentence_on_a_foreigner_is_coercion(text, lang):
    """Regression: sentencing another state's national to prison or death was a verdict (116);
    the corpus codes it as detention (173), like the arrest it ends."""
    assert ("173", "PAK", "IND") in _rows(text, lang, published="2024-05-10")


def test_rules_an_attack_after_a_day_or_plural_possessive_is_a_noun_of_its_possessor():
    """Regression: "Hamas' October 7 attack" read "attack" as a verb whose subject was South
    Africa, named before it; as a noun its possessor, past the day, is the doer."""
    text = ("Israel on Tuesday accused South Africa of giving political cover to Hamas' October 7 "
            "attack.")
    rows = _rows(text, "en", published="2024-05-10")
    assert ("180", "PSE", "ISR") in rows and not any(row[1] == "ZAF" and row[0] == "180"
                                                     for row in rows)


def test_rules_a_war_against_an_unnamed_group_takes_no_other_state():
    """"Israel's war against the militant group": the target is written, though no state; the
    sentence's other state (South Africa) is not it."""
    text = "Israel accused South Africa of giving cover to Hamas, which triggered Israel's war " \
           "against the militant group."
    assert ("190", "ISR", "ZAF") not in _rows(text, "en", published="2024-05-10")


def test_rules_talks_name_their_sides_after_the_venue_id():
    """Regression: "Pembicaraan tiga arah di Republik Demokratik Kongo, ibu kota Kongo,
    Kinshasa, antara Mesir, Ethiopia, dan Sudan": the sides stood past the reach of "antara"
    behind the venue (and Kinshasa, apposed to it, is no side)."""
    text = ("Pembicaraan tiga arah di Republik Demokratik Kongo, ibu kota Kongo, Kinshasa, antara "
            "Mesir, Ethiopia, dan Sudan berakhir tanpa kesepakatan.")
    rows = {row for row in _rows(text, "id", published="2024-05-10") if row[0].startswith("04")}
    assert {row[1:] for row in rows} == {("EGY", "ETH"), ("EGY", "SDN"), ("ETH", "SDN")}


def test_rules_a_bloc_meeting_another_state_does_not_meet_itself():
    """Regression: "The US, Britain, China, France, Russia and Germany have been meeting with
    Iranian diplomats" coded fifteen meetings among the six."""
    text = ("The US, Britain, China, France, Russia and Germany have been meeting with Iranian "
            "diplomats in Vienna.")
    rows = {row for row in _rows(text, "en", published="2024-05-10") if row[0] == "040"}
    assert {row[2] for row in rows} == {"IRN"} and len(rows) == 6


@pytest.mark.parametrize("text, lang, row", [
    ("China made solemn representations to Vietnam over the incident on Monday.", "en",
     ("114", "CHN", "VNM")),
    ("Afghanistan shut the Torkham border crossing with Pakistan on Monday.", "en",
     ("163", "AFG", "PAK")),
    ("Ecuador decided to impose a 30% duty on Colombian imports on Monday.", "en",
     ("163", "ECU", "COL")),
])
def test_rules_representations_shut_crossings_and_a_single_duty(text, lang, row):
    """Regression: "solemn representations", a shut border crossing and "a 30% duty" (singular)
    coded nothing."""
    assert row in _rows(text, lang, published="2024-05-10")


@pytest.mark.parametrize("text", [
    "NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.",
    "The Russian embassy confirmed that the Czech side had announced the expulsion of diplomats.",
])
def test_rules_a_support_verb_does_not_carry_a_noun_across_a_modal_or_that(text):
    """Regression: "confirmed" carried the noun of the clause it introduces ("would tighten the
    blockade", "that the Czech side had announced the expulsion") as its own act."""
    assert not [r for r in _rows(text, "en") if r[1] in ("NATO", "RUS")]


@pytest.mark.parametrize("text, lang, parties", [
    ("Latvia, a NATO and European Union member, closed its border with Belarus.", "en",
     {("LVA", "BLR")}),
    ("Latvia, anggota NATO dan Uni Eropa, menutup perbatasan dengan Belarus.", "id",
     {("LVA", "BLR")}),
    ("Turkey, a member of NATO, criticised Sweden.", "en", {("TUR", "SWE")}),
    ("NATO allies condemned Russia.", "en", {("NATO", "RUS")}),
])
def test_rules_an_organisation_a_state_belongs_to_is_no_party(text, lang, parties):
    """Regression: "Lithuania, a NATO and European Union member, closed ..." made NATO and the
    EU close the border too. Without the article ("NATO allies", "Security Council members")
    the organisation still acts."""
    assert {(r[1], r[2]) for r in _rows(text, lang)} == parties


@pytest.mark.parametrize("text, lang, row", [
    ("Japan condemned Russia's annexation of Crimea. Similar condemnation came from Britain.",
     "en", ("111", "GBR", "RUS")),
    ("Jepang mengecam aneksasi Krimea oleh Rusia. Kecaman serupa juga disampaikan pemerintah "
     "Inggris.", "id", ("111", "GBR", "RUS")),
    ("Japan condemned Russia's annexation of Crimea. Britain also condemned it.", "en",
     ("111", "GBR", "RUS")),
])
def test_rules_a_repeated_condemnation_has_the_earlier_ones_target(text, lang, row):
    """Regression: "Kecaman serupa juga disampaikan pemerintah Inggris" named no target, so the
    UK's condemnation was lost."""
    assert row in _rows(text, lang)


def test_rules_hal_tersebut_refers_to_the_state_named_before():
    """Regression: "kami mengutuk hal tersebut" (we condemn that) had no object."""
    text = '"Tindakan Rusia melanggar kedaulatan Ukraina, dan kami mengutuk hal tersebut," kata Abe.'
    assert ("111", "JPN", "RUS") in _rows(text, "id")


def test_rules_an_envoy_is_summoned_by_the_state_he_is_posted_to():
    """Regression: "Kementerian itu" took the story's state (North Macedonia) though the envoy
    it summoned was the EU's ambassador to Russia."""
    text = ("Makedonia Utara mengusir enam diplomat Rusia. Kementerian itu mengatakan telah "
            "memanggil Markus Ederer, duta besar Uni Eropa untuk Rusia.")
    rows = _rows(text, "id")
    assert ("114", "RUS", "EU") in rows and ("114", "MKD", "EU") not in rows


@pytest.mark.parametrize("text, lang", [
    ('Rousseff condemned Indonesia. "We are recalling our ambassador from Jakarta," she said.',
     "en"),
    ('Rousseff mengecam Indonesia. "Kami memanggil pulang duta besar kami dari Jakarta," ujarnya.',
     "id"),
])
def test_rules_a_quote_whose_speaker_is_a_pronoun_is_the_last_subjects(text, lang):
    """Regression: with "she said" / "ujarnya" after the quote, the quote's own object (the
    ambassador in Jakarta) was taken for the speaker, and the recall was lost."""
    assert ("161", "BRA", "IDN") in _rows(text, lang)


@pytest.mark.parametrize("text, lang, row", [
    ("Saudi Arabia accused Canada of interference. The kingdom recalled its ambassador to "
     "Ottawa.", "en", ("161", "SAU", "CAN")),
    ("Somalia membawa kasus itu ke pengadilan. Negara tersebut menuduh Kenya melanggar "
     "kedaulatannya.", "id",
     ("112", "SOM", "KEN")),
])
def test_rules_a_state_told_as_known_is_the_storys_subject(text, lang, row):
    """Regression: "The kingdom recalled ...", "negara tersebut menuduh ..." had no subject."""
    assert row in _rows(text, lang)


def test_rules_both_states_told_as_known_stay_a_pair():
    text = ("Pada awal 1960-an, Amerika Serikat memblokade Kuba ketika kedua negara tersebut "
            "memutuskan hubungan diplomatik.")
    assert {("161", "USA", "CUB"), ("161", "CUB", "USA")} <= set(_rows(text, "id"))


def test_rules_an_intrusion_into_no_named_states_airspace_is_no_event():
    assert not [r for r in _rows("The ministry confirmed the violation of airspace.", "en")
                if r[0] == "150"]


@pytest.mark.parametrize("text, lang", [
    ("Thailand ordered its defence attache to issue a warning to Myanmar's military government.",
     "en"),
    ("Pemerintah Thailand memerintahkan atase pertahanannya untuk mengeluarkan peringatan kepada "
     "pemerintah militer Myanmar.", "id"),
])
def test_rules_an_order_to_ones_own_envoy_is_the_states_act_not_a_demand(text, lang):
    """Regression: "memerintahkan atase pertahanannya untuk ..." was a demand on Myanmar (100),
    and the warning it ordered was dropped as the order's content."""
    rows = _rows(text, lang)
    assert not [r for r in rows if r[0].startswith("10")]
    assert any(r[0].startswith("13") and r[1:] == ("THA", "MMR") for r in rows)


def test_rules_an_order_to_another_state_is_still_a_demand():
    assert ("100", "RUS", "UKR") in _rows("Rusia memerintahkan Ukraina untuk menarik pasukannya.",
                                          "id")


def test_rules_melawan_alone_is_opposing_not_an_attack():
    """Regression: "melawan" (against, to counter) was an attack verb, so a call on the
    Security Council "dalam melawan tindak pelanggaran" Israel's became the Council's attack."""
    text = ("Iran mendesak Dewan Keamanan PBB untuk memenuhi tanggung jawabnya dalam melawan tindak "
            "pelanggaran hukum Israel.")
    assert not [r for r in _rows(text, "id") if r[0].startswith("19")]
    assert ("190", "ISR", "PSE") in _rows("Pasukan Israel bertempur melawan Hamas di Gaza.", "id")


@pytest.mark.parametrize("text, lang", [
    ("Thousands of Afghan refugees have arrived in Pakistan.", "en"),
    ("Sekitar 600.000 warga Afghanistan diyakini telah tiba di Pakistan.", "id"),
])
def test_rules_citizens_arriving_are_no_state_visit(text, lang):
    """Regression: refugees who "telah tiba di Pakistan" made Afghanistan visit Pakistan."""
    assert not _rows(text, lang)


def test_rules_threatening_lives_is_no_threat_to_a_state():
    text = "The Chinese vessel violated Vietnam's sovereignty and threatened the lives of fishermen."
    assert not any(row[0] == "130" for row in _rows(text, "en", published="2024-05-10"))


def test_rules_co_mediators_do_not_meet_each_other():
    rows = _rows("Egypt and Qatar mediated between Hamas and Israel.")
    assert ("045", "EGY", "QAT") not in rows and ("045", "QAT", "ISR") in rows


@pytest.mark.parametrize("text, lang, row", [
    ("Armenia accused Azerbaijan of starting the shelling and warned that it would pay for the "
     "consequences.", "en", ("130", "ARM", "AZE")),
    ("Seoul mengecam kiriman balon Korea Utara dan mengancam akan melakukan aksi balasan.", "id",
     ("130", "KOR", "PRK")),
])
def test_rules_a_threat_joined_by_and_shares_the_first_verbs_object(text, lang, row):
    """Regression: "... and warned that it would bear responsibility" named no object, so the
    threat after an accusation was lost."""
    assert any(r[0][:2] == row[0][:2] and r[1:] == row[1:] for r in _rows(text, lang))


def test_rules_an_appeal_joined_by_and_keeps_its_own_addressee():
    text = "Chile accused Peru of spying and asked the court to order an inquiry."
    assert not [r for r in _rows(text) if r[0].startswith("02")]


@pytest.mark.parametrize("text, lang, row", [
    ("Moscow has banned all passenger flights from Russia to Georgia.", "en", ("163", "RUS", "GEO")),
    ("Moskow melarang semua penerbangan dari Rusia ke Georgia.", "id",
     ("163", "RUS", "GEO")),
])
def test_rules_a_ban_passes_by_its_own_state_to_the_other(text, lang, row):
    """Regression: "banned passenger flights from Russia to Georgia" took "from Russia" as the
    ban's object, a domestic act, and lost Georgia."""
    assert row in _rows(text, lang)


@pytest.mark.parametrize("text, row", [
    ("Presiden Prabowo untuk pertama kalinya mengunjungi Tiongkok pada Jumat.", ("042", "IDN", "CHN")),
    ("Jepang untuk sementara menangguhkan impor dari China.", ("163", "JPN", "CHN")),
    ("Moskow untuk sementara melarang penerbangan dari Rusia ke Georgia.", ("163", "RUS", "GEO")),
])
def test_rules_untuk_sementara_is_an_adverb_not_a_purpose(text, row):
    """Regression: "untuk" in "untuk sementara" (temporarily) and "untuk pertama kalinya" (for
    the first time) was read as "in order to", so the verb after it was a purpose, no event."""
    assert row in _rows(text, "id")


@pytest.mark.parametrize("text, lang, row", [
    ("Thailand scrambled fighter jets near its border with Myanmar on Thursday.", "en",
     ("154", "THA", "MMR")),
    ("Thailand mengirim jet tempur F-16 ke dekat perbatasannya dengan Myanmar pada Kamis.", "id",
     ("154", "THA", "MMR")),
    ("Two Russian bombers circled near the coast before NATO scrambled Italian F-35s to escort "
     "them.", "en", ("154", "NATO", "RUS")),
    ("North Korea shelled South Korea's Yeonpyeong island on Tuesday. South Korea dispatched "
     "fighter jets to the area.",
     "en", ("154", "KOR", "PRK")),
])
def test_rules_scrambled_jets_face_the_other_state(text, lang, row):
    """Regression: "scrambled fighter jets" was no event; "scrambled Italian F-35s" made Italy the
    target of its own alliance's jets; jets sent "to the area" after a shelling faced no one."""
    assert row in _rows(text, lang)


def test_rules_officials_scrambling_to_respond_is_no_deployment():
    assert not _rows("Officials in Bangkok scrambled to respond to the crisis in Myanmar.")


@pytest.mark.parametrize("text, lang, row", [
    ("Tentara Nasional Libya didukung oleh Uni Emirat Arab dan Mesir.", "id", ("051", "EGY", "LBY")),
    ("Turki mendukung GNA dalam perang saudara Libya.", "id", ("051", "TUR", "LBY")),
    ("Turkey backs the Government of National Accord in Tripoli.", "en", ("051", "TUR", "LBY")),
])
def test_rules_libyas_rival_governments_stand_for_libya(text, lang, row):
    """Regression: "LNA didukung oleh Rusia, Uni Emirat Arab dan Mesir" named no party, so
    foreign backing in Libya's war was lost."""
    assert row in _rows(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The director general of the Europe department at Iran's Foreign Ministry, Ali Rezaei, "
     "summoned the British envoy on Sunday.", "en"),
    ("A senior official at Iran's Foreign Ministry summoned the British envoy.", "en"),
    ("Seorang pejabat di Kementerian Luar Negeri Iran memanggil duta besar Inggris.", "id"),
])
def test_rules_an_official_at_a_ministry_acts_for_its_state(text, lang):
    """Regression: "the director general ... at Iran's Foreign Ministry" read the ministry as a
    venue, so the summons had no source."""
    assert ("114", "IRN", "GBR") in _rows(text, lang)


@pytest.mark.parametrize("name, code", [("Libia", "LBY"), ("Cad", "TCD"), ("Birma", "MMR"),
                                        ("Swis", "CHE")])
def test_rules_indonesian_press_spellings_name_the_state(name, code):
    """Regression: "menggempur berbagai target di Libia" named no state: the press spelling
    "Libia" was missing, as were "Cad", "Birma" and "Swis"."""
    assert ("111", "IDN", code) in _rows(f"Indonesia mengecam {name}.", "id")
