"""Ranking maths on hand-computed examples: standard scores, fusion, ordering, evidence features."""

from __future__ import annotations

import math

import numpy as np
import pytest

from assistant.ask import ranking
from assistant.ask.question import understand
from assistant.ask.ranking import (
    Evidence,
    aligned,
    coverage,
    definition_cue,
    figure_cue,
    frequency_cue,
    fuse,
    idf_weights,
    interleave,
    list_cue,
    order,
    rerank_score,
    shared_prefix,
    term_match,
    zscore,
)
from assistant.text import stem, term_set, words


def text_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    return term_set(text), frozenset(words(text))


# --------------------------------------------------------------------------- stage 1

def test_zscore_by_hand():
    # mean 2, population std sqrt(2/3) = 0.81650
    assert zscore(np.array([1.0, 2.0, 3.0])) == pytest.approx([-1.22474, 0.0, 1.22474], abs=1e-5)


def test_zscore_of_a_constant_or_empty_vector():
    assert zscore(np.array([5.0, 5.0, 5.0])).tolist() == [0.0, 0.0, 0.0]
    assert zscore(np.array([])).size == 0


def test_zscore_clips_an_outlier():
    # 99 zeros and one 100: mean 1, std sqrt(100 - 1) = 9.9499; the outlier's 9.95 is clipped to Z_CLIP
    z = zscore(np.array([0.0] * 99 + [100.0]))
    assert z[-1] == ranking.Z_CLIP == 4.0
    assert z[0] == pytest.approx(-1 / math.sqrt(99), abs=1e-6)


def test_aligned_gives_a_missing_item_the_lowest_returned_score():
    assert aligned({3: 0.9, 5: 0.4, 7: 0.6}, [3, 4, 5, 7]).tolist() == [0.9, 0.4, 0.4, 0.6]
    assert aligned({}, [1, 2]).tolist() == [0.0, 0.0]


def test_fusion_keeps_a_confident_dense_hit_that_lexical_misses_first():
    """Item 0 is the dense top hit with a clear margin; BM25 does not return it. Item 1 is ranked
    moderately by both. By hand:

    dense    [.86 .80 .79 .78 .77]  mean .80, std .031623  -> z [1.8974, 0, -.3162, -.6325, -.9487]
    sentence [.88 .83 .82 .80 .79]  mean .824, std .031369 -> z [1.7852, .1913, -.1275, -.7651, -1.0839]
    max                                                     -> [1.8974, .1913, -.1275, -.6325, -.9487]
    lexical  [1 (floor) 6 5 1 2]    mean 3, std 2.0976     -> z [-.9535, 1.4302, .9535, -.9535, -.4767]
    fused = max + 0.5 * lexical                             -> [1.4206, .9064, .3492, -1.1092, -1.1870]
    """
    dense = {0: 0.86, 1: 0.80, 2: 0.79, 3: 0.78, 4: 0.77}
    sentence = {0: 0.88, 1: 0.83, 2: 0.82, 3: 0.80, 4: 0.79}
    lexical = {1: 6.0, 2: 5.0, 3: 1.0, 4: 2.0}
    fused = fuse(dense, sentence, lexical, lexical_weight=0.5)
    assert [fused[i] for i in range(5)] == pytest.approx([1.4206, 0.9064, 0.3492, -1.1092, -1.1870], abs=1e-3)
    assert order(fused) == [0, 1, 2, 3, 4]


def test_fusion_brings_a_rare_term_lexical_hit_missing_from_dense_into_the_top_three():
    """Item 5 is BM25's top hit by far (a rare term); neither dense view returns it. By hand:

    dense    [.84 .83 .82 .81 .80 .80(floor)] mean .81667, std .014907 -> z [1.5652 .8944 .2236 -.4472 -1.1180 -1.1180]
    sentence [.86 .85 .84 .83 .82 .82(floor)] the same shape            -> the same z; max = dense z
    lexical  [3 2.5 2 1.5 1.5(floor) 14]      mean 4.0833, std 4.4667   -> z [-.2425 -.3545 -.4664 -.5784 -.5784 2.2201]
    fused = max + 0.5 * lexical -> [1.4439 .7172 -.0096 -.7364 -1.4072 -.0080]: item 5 third, just ahead of item 2
    """
    dense = {0: 0.84, 1: 0.83, 2: 0.82, 3: 0.81, 4: 0.80}
    sentence = {0: 0.86, 1: 0.85, 2: 0.84, 3: 0.83, 4: 0.82}
    lexical = {5: 14.0, 0: 3.0, 1: 2.5, 2: 2.0, 3: 1.5}
    fused = fuse(dense, sentence, lexical, lexical_weight=0.5)
    assert [fused[i] for i in range(6)] == pytest.approx([1.4439, 0.7172, -0.0096, -0.7364, -1.4072, -0.0080], abs=1e-3)
    assert order(fused)[:3] == [0, 1, 5]


def test_fusion_uses_the_better_of_the_two_dense_views():
    # item 1 is only strong in the sentence view: max(d, s) keeps that evidence
    fused = fuse({0: 0.9, 1: 0.5, 2: 0.5}, {0: 0.5, 1: 0.9, 2: 0.5}, {})
    assert fused[0] == pytest.approx(fused[1]) and fused[0] > fused[2]


def test_fusion_of_nothing_is_empty():
    assert fuse({}, {}, {}) == {}


def test_order_breaks_ties_by_id():
    assert order({3: 1.0, 1: 1.0, 2: 2.0, 0: -1.0}) == [2, 1, 3, 0]


def test_interleave_gives_every_list_its_best_item_first():
    assert interleave([[1, 2, 3], [4, 5], [2, 6]], limit=10) == [1, 4, 2, 5, 6, 3]
    assert interleave([[1, 2, 3], [4, 5], [2, 6]], limit=3) == [1, 4, 2]
    assert interleave([[], [7]], limit=5) == [7]
    assert interleave([], limit=5) == []


# --------------------------------------------------------------------------- stage 2 features

def test_idf_weights_by_hand():
    weights = idf_weights(["riec", "gemeent", "onbekend"], {"riec": 1, "gemeent": 9}, 10)
    assert weights["riec"] == pytest.approx(math.log(1 + 9.5 / 1.5))  # 1.9924
    assert weights["gemeent"] == pytest.approx(math.log(1 + 1.5 / 9.5))  # 0.1466
    assert weights["onbekend"] == pytest.approx(math.log(1 + 10.5 / 0.5))  # unknown = rare: 3.0910
    assert weights["onbekend"] > weights["riec"] > weights["gemeent"] > 0


def test_shared_prefix():
    assert shared_prefix("coordineert", "coordinatie") == 7
    assert shared_prefix("abc", "xyz") == 0


def test_term_match_same_stem_and_compound_parts():
    stems, ws = text_terms("Preventieacties tegen woninginbraken en fietsendiefstal")
    assert term_match(stem("woninginbraak"), stems, ws) == 1.0  # singular and plural share a stem
    assert term_match(stem("diefstal"), stems, ws) == ranking.COMPOUND_CREDIT  # part of a longer word
    assert term_match(stem("inbraak"), stems, ws) == ranking.COMPOUND_CREDIT
    long_stems, long_words = text_terms("Veel inbraken")
    assert term_match(stem("woninginbraken"), long_stems, long_words) == ranking.COMPOUND_CREDIT  # the other way
    assert term_match("drug", stems, ws) == 0.0  # too short for a compound part, and absent
    assert term_match(stem("jeugd"), stems, ws) == 0.0


@pytest.mark.parametrize("singular, plural", [
    ("actie", "acties"), ("controle", "controles"), ("organisatie", "organisaties"), ("haven", "havens"),
    ("wapen", "wapens"), ("meisje", "meisjes"), ("bureau", "bureaus"), ("bedrijf", "bedrijven"),
    ("huis", "huizen"), ("prijs", "prijzen"), ("brief", "brieven"), ("kenteken", "kentekens"),
])
def test_a_plural_the_stemmer_keeps_apart_is_matched_with_its_singular(singular, plural):
    """The Snowball stemmer takes an s off only after a consonant and leaves -ven/-zen as they are: "Welke acties
    …" found nothing under "Actie 3"; questions and plans write either form."""
    stems, ws = text_terms(f"Het plan noemt de {plural} van de gemeente.")
    assert stem(singular) == stem(plural)
    assert term_match(stem(singular), stems, ws) == 1.0


def test_a_word_that_ends_in_es_in_the_singular_keeps_its_stem():
    """Not every -es is a plural: "proces" and "adres" keep their s (and "campagnes" loses it)."""
    assert [stem(w) for w in ("proces", "werkproces", "adres")] == ["proces", "werkproces", "adres"]
    assert stem("campagnes") == stem("campagne")


def test_term_match_finds_a_stem_inside_a_singular_compound():
    stems, ws = text_terms("Preventieacties tegen woninginbraak in de winkelstraat")
    assert term_match(stem("inbraak"), stems, ws) == ranking.COMPOUND_CREDIT
    assert term_match(stem("straat"), stems, ws) == ranking.COMPOUND_CREDIT


def test_term_match_word_family():
    stems, ws = text_terms("De coördinatie en registratie van het beleid")
    assert term_match(stem("coördineert"), stems, ws) == ranking.COMPOUND_CREDIT
    assert term_match(stem("registreert"), stems, ws) == ranking.COMPOUND_CREDIT


def test_one_modifier_with_two_heads_is_no_word_family():
    # "beleids-regel" and "beleids-plan" share a 7-letter root, but past it come two different nouns
    assert term_match(stem("beleidsregel"), *text_terms("Het regionale beleidsplan")) == 0.0
    assert term_match(stem("veiligheidsplan"), *text_terms("Het veiligheidsbeeld van de gemeente")) == 0.0
    # a text word that is the question's compound without its head still counts
    assert term_match(stem("woonoverlastmeldingen"), *text_terms("Meldingen woonoverlast")) == ranking.COMPOUND_CREDIT


def test_without_heads_a_wider_word_does_not_count_for_a_compound():
    stems, ws = text_terms("De overlast door hondenpoep pakken we apart aan")
    assert term_match(stem("woonoverlast"), stems, ws) == ranking.COMPOUND_CREDIT
    assert term_match(stem("woonoverlast"), stems, ws, heads=False) == 0.0
    assert term_match(stem("overlast"), *text_terms("Woonoverlast neemt toe"), heads=False) == ranking.COMPOUND_CREDIT


def test_a_past_participle_meets_its_noun_and_verb():
    assert term_match(stem("uitbreiding"), *text_terms("De beleidsregel wordt uitgebreid")) == ranking.COMPOUND_CREDIT
    assert term_match(stem("uitgebreid"), *text_terms("De uitbreiding van de beleidsregel")) == ranking.COMPOUND_CREDIT
    assert term_match(stem("registratie"), *text_terms("Alle keten zijn geregistreerd")) == ranking.COMPOUND_CREDIT


def test_coverage_is_the_idf_weighted_share_of_matched_terms():
    stems, ws = text_terms("Het RIEC ondersteunt gemeenten bij de aanpak van woninginbraken")
    weights = {"riec": 2.0, stem("woninginbraken"): 1.0, "hennep": 1.0}
    assert coverage(weights, stems, ws) == pytest.approx((2.0 + 1.0 + 0.0) / 4.0)
    compound = {stem("diefstal"): 1.0}
    assert coverage(compound, *text_terms("fietsendiefstal")) == pytest.approx(ranking.COMPOUND_CREDIT)
    assert coverage({}, stems, ws) == 0.0


def test_figure_cue():
    assert figure_cue("sentence", "In 2017 en 2018 is het plan vastgesteld.") == 0.0  # years alone are dates
    assert figure_cue("sentence", "In 2017 waren er 40 woninginbraken.") == pytest.approx(0.4)
    assert figure_cue("sentence", "In 2017 waren er 40 woninginbraken.", years=[2017]) == pytest.approx(0.8)
    assert figure_cue("sentence", "In 2017 waren er 40 woninginbraken.", years=[2017, 2018]) == pytest.approx(0.6)
    assert figure_cue("sentence", "Het aantal daalde met 50%.") == pytest.approx(0.6)
    assert figure_cue("table_row", "Winkeldiefstal\tPolitie\t10\t15") == pytest.approx(0.8)
    header = "Indicator\tbron\t2014\t2015\t2016\t2017\t2013\t2017"
    assert figure_cue("table_row", "Diefstal/ inbraak woning\tPolitie\t71\t46\t76\t40\t125\t40", [2017], header) == 1.0
    assert figure_cue("sentence", "Zie de tabel hieronder.") == 0.0


def test_frequency_cue():
    for text in ("De veiligheidsmonitor wordt vierjaarlijks uitgevoerd.", "Eens in de vier jaar wordt het beleid herzien.",
                 "Er is 6-wekelijks overleg.", "Iedere maand is er een bijeenkomst.", "Het gebeurt twee keer per jaar."):
        assert frequency_cue(text) == 1.0, text
    assert frequency_cue("De burgemeester is verantwoordelijk voor de openbare orde.") == 0.0


def test_definition_cue():
    assert definition_cue("RIEC", "Het RIEC ondersteunt gemeenten bij de aanpak van ondermijning.") == 1.0
    assert definition_cue("RIEC", "Het RIEC (Regionaal Informatie en Expertise Centrum) helpt.") == 1.0
    assert definition_cue("cybercrime", "Onder cybercrime wordt verstaan criminaliteit met ICT als middel.") == 1.0
    assert definition_cue("keet", "Onder een keet verstaan wij een schuur waar jongeren samenkomen.") == 1.0
    assert definition_cue("buurtpreventie", "Met buurtpreventie bedoelen we dat inwoners zelf opletten.") == 1.0
    assert definition_cue("keet", "Onder een keet verstaat de gemeente een schuur waar jongeren drinken.") == 1.0
    assert definition_cue("keet", "Wij verstaan onder een keet een schuur waar jongeren drinken.") == 1.0
    assert definition_cue("keet", "Bij een keet, zoals bedoeld in de APV, komen jongeren samen.") == 0.3
    assert definition_cue("RIEC", "We werken samen met het RIEC en de politie.") == 0.3  # mentioned, not defined
    assert definition_cue("RIEC", "De politie helpt.") == 0.0
    assert definition_cue("", "Het RIEC is een centrum.") == 0.0


def test_list_cue():
    lead = "De volgende prioriteiten zijn gekozen:"
    assert list_cue(["prioriteit"], [term_set("Ambities"), term_set(lead)], has_list=True) == 1.0
    assert list_cue(["prioriteit"], [term_set("Ambities")], has_list=True) == 0.4  # a list, not the one asked for
    assert list_cue(["prioriteit"], [term_set(lead)], has_list=False) == 0.0
    assert list_cue([], [], has_list=True) == 0.4


def test_rerank_score_adds_the_weighted_evidence():
    evidence = Evidence(coverage=0.5, heading=0.25, intent=1.0, best_sentence=3)
    expected = 0.1 + ranking.COVERAGE_WEIGHT * 0.5 + ranking.HEADING_WEIGHT * 0.25 + ranking.INTENT_WEIGHT * 1.0
    assert rerank_score(0.1, evidence) == pytest.approx(expected)


def test_advice_to_residents_is_an_action_only_when_the_question_asks_what_residents_can_do():
    advice = ("3. Onze prioriteiten", "Wat kunt u zelf doen?")
    assert ranking.action_cue("Bel bij spoed 112.", advice) == 0.0  # asked what the municipality does
    assert ranking.action_cue("Bel bij spoed 112.", advice, residents=True) == 1.0
    assert ranking.action_cue("", ("Wat kunnen inwoners zelf doen?",), residents=True) == 1.0
    assert ranking.action_cue("", ("3.2 Ondermijning", "Wat gaan we doen?")) == 1.0  # the plan's own actions
    assert understand("Wat kunnen inwoners van Dalfsen zelf doen tegen inbraak?", ["Dalfsen"]).about_residents
    assert not understand("Wat doet Dalfsen tegen inbraak?", ["Dalfsen"]).about_residents


def test_what_we_can_do_asked_by_staff_is_about_the_municipality():
    assert not understand("Wat kunnen we doen tegen overlast in Dalfsen?", ["Dalfsen"]).about_residents
    assert understand("Wat kunnen wij als inwoners doen tegen overlast?", ["Dalfsen"]).about_residents


def test_a_number_written_as_a_word_is_a_figure_but_the_article_is_not():
    from assistant.ask.ranking import figure_cue

    assert figure_cue("sentence", "Iedereen die een melding doet, krijgt binnen vijf werkdagen een terugkoppeling.") > 0
    assert figure_cue("sentence", "Er komen twee extra boa's in het centrum.") > 0
    assert figure_cue("sentence", "Iedereen die een melding doet, krijgt een terugkoppeling.") == 0
    assert figure_cue("sentence", "Het plan is in 2024 vastgesteld.") == 0  # a year alone is a date


def test_a_glossary_line_with_a_dash_is_a_definition():
    from assistant.ask.ranking import definition_cue

    assert definition_cue("uithaler", "Uithaler – iemand die in opdracht van criminelen drugs uit containers haalt.") == 1.0
    assert definition_cue("uithaler", "Uithalers worden steeds jonger.") < 1.0


def test_a_digit_inside_a_name_is_no_figure():
    assert figure_cue("sentence", "Bij de afrit van de N598 plaatsen we ANPR-camera's.") == 0.0
    assert figure_cue("sentence", "Meldingen E33 en het Q4-overleg.") == 0.0
    assert figure_cue("sentence", "We plaatsen 4 ANPR-camera's bij de afrit van de N598.") > 0.0
