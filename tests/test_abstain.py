"""Every abstention rule (``assistant.answer.abstain``) fires on its case, stays silent on a near miss, and
says why in plain Dutch."""

from __future__ import annotations

import pytest

from assistant.answer.abstain import RULE_NAMES
from assistant.answer.phrasing import phrases
from assistant.answer.scoping import scope_exclusion
from assistant.ask.question import understand

REFUSED = [
    # (question, rule, words of the Dutch reason the answer gives)
    ("Wat doet Doesburg op het gebied van verkeersveiligheid?", "topic_left_out", "valt dit onderwerp buiten dit plan"),
    ("Is de doelstelling voor woninginbraken in Dalfsen inmiddels gehaald?", "results_not_goals", "geen resultaten"),
    ("Waar staat de Wet Bibob voor?", "abbreviation_not_spelled_out", "nergens voluit geschreven"),
    ("Hoeveel woninginbraken telde Doesburg in 2016?", "no_figure", "staat hierover geen aantal"),
    ("Hoeveel euro trekt Dalfsen uit voor Burgernet?", "no_figure", "staat hierover geen bedrag"),
    ("Wat doet de gemeente Zutphen aan ondermijning?", "place_not_in_corpus", "Over gemeente Zutphen staan geen documenten"),
    # a place named after "in" that is no municipality, and that no document names
    ("Hoeveel inbraken waren er vorig jaar in Ganzenwijk?", "place_not_in_corpus", "Over Ganzenwijk staan geen documenten"),
    # Neither term alone carries the question, "X en Y" together does; both are in Dalfsen's plan only.
    ("Hoe pakt Doesburg jihadisme en extremisme aan?", "topic_absent", "komt in het plan van Doesburg niet voor"),
    ("Wie is de burgemeester van Doesburg?", "no_person_named", "staat bij deze functie geen naam"),
]

NEAR_MISSES = [
    ("Hoe gaat Doesburg om met verkeersveiligheid?", "topic_left_out"),  # how the plan treats it: that sentence
    ("Wat is de doelstelling voor woninginbraken in Dalfsen?", "results_not_goals"),
    ("Waar staat RIEC voor?", "abbreviation_not_spelled_out"),
    ("Hoeveel woninginbraken telde Dalfsen in 2016?", "no_figure"),
    ("Wat doet de gemeente Doesburg aan ondermijning?", "place_not_in_corpus"),
    ("Hoe pakt de gemeente overlast van jongeren in Nieuwleusen aan?", "place_not_in_corpus"),  # Dalfsen names it
    ("Hoe pakt Dalfsen jihadisme en extremisme aan?", "topic_absent"),
    # Doesburg writes "veiligheidsbeleid", never "veiligheidsplan": a word for the plan itself is no topic.
    ("Wat staat er in het veiligheidsplan van Doesburg over woninginbraak?", "topic_absent"),
    # A question about the plan itself: Doesburg never writes "looptijd", its period is in its title.
    ("Vergelijk de looptijd van het veiligheidsbeleid van Doesburg met dat van Dalfsen.", "topic_absent"),
    # "van de lijst gehaald" is taken off it, not achieved
    ("Waarom heeft Dalfsen jeugdoverlast van de lijst met prioriteiten gehaald?", "results_not_goals"),
    ("Welke bevoegdheden heeft de burgemeester van Doesburg?", "no_person_named"),  # the post, not its holder
]


@pytest.mark.parametrize("question, rule, says", REFUSED)
def test_each_rule_refuses_its_case_with_a_dutch_reason(assistant, question, rule, says):
    answer = assistant.ask(question)
    assert answer.abstained and rule in [r.rule for r in answer.reasons]
    assert says in answer.text


@pytest.mark.parametrize("question, rule", NEAR_MISSES)
def test_each_rule_is_silent_on_a_near_miss(assistant, question, rule):
    answer = assistant.ask(question)
    assert rule not in [r.rule for r in answer.reasons]
    assert not answer.abstained and answer.citations


def test_the_excluding_sentence_is_the_answer_cited_not_a_bare_refusal(assistant):
    answer = assistant.ask("Wat doet Doesburg op het gebied van verkeersveiligheid?")
    assert "geen betrouwbaar antwoord" not in answer.text
    assert answer.citations and "verkeersveiligheid" in answer.citations[0].quote
    assert answer.text.index("valt dit onderwerp buiten dit plan") < answer.text.index("verkeersveiligheid")


def test_every_evidence_rule_has_a_dutch_reason():
    table = phrases()
    question_rules = {"place_not_in_corpus", "period_not_in_corpus"}  # their note names the place or the period
    assert all(f"reason_{name}" in table for name in RULE_NAMES if name not in question_rules)
    assert "reason_outside_filter" in table and "reason_filter_excluded" in table


def test_a_word_for_the_document_is_no_topic_but_a_kind_of_policy_is():
    from assistant.answer.abstain import DOCUMENT_WORD

    from assistant.text import stem

    assert all(DOCUMENT_WORD.fullmatch(w) for w in ("veiligheidsplan", "veiligheidsbeleid", "kadernota", "beleidsplan"))
    parts = ("voorwoord", "inleiding", "samenvatting", "hoofdstuk", "paragraaf", "bijlage")  # and its parts, as stems
    assert all(DOCUMENT_WORD.fullmatch(stem(w)) for w in parts)
    assert not any(DOCUMENT_WORD.fullmatch(w) for w in ("damoclesbeleid", "coffeeshopbeleid", "cameratoezicht"))


def test_a_plan_that_leaves_a_topic_out_refuses_that_topic_only(testdorp_assistant):
    """The excluding sentence names the topic asked ("woonoverlast"); a word a question's topic is made of
    ("gemeenteraad": "gemeenten") or a word of a proper name it asks about ("het Meldpunt Zorg en Woonoverlast") is
    no such topic."""
    refused = testdorp_assistant.ask("Wat doet Testdorp tegen woonoverlast?")
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons]
    for question, says in [("Waarom is het Meldpunt Zorg en Woonoverlast in Testdorp ook op zaterdag bereikbaar?", "weekend"),
                           ("Wanneer besloot de gemeenteraad van Testdorp tot een meldpunt?", "3 maart 2025")]:
        answer = testdorp_assistant.ask(question)
        assert "topic_left_out" not in [r.rule for r in answer.reasons], question
        assert not answer.abstained and says in answer.text, answer.text


def test_the_sentence_that_says_where_a_left_out_topic_goes_is_quoted_with_the_exclusion(testdorp_assistant):
    answer = testdorp_assistant.ask("Wat doet Testdorp tegen woonoverlast?")
    quote = next(r.quote for r in answer.reasons if r.rule == "topic_left_out")
    text = testdorp_assistant.index.documents[quote[0]].text[quote[1]:quote[2]]
    assert text.startswith("Woonoverlast valt buiten dit plan") and text.endswith("Programma Woonbegeleiding Testland.")
    # what the plan takes part in instead is no topic it leaves out
    joined = testdorp_assistant.ask("Doet Testdorp mee aan het Programma Woonbegeleiding Testland?")
    assert "topic_left_out" not in [r.rule for r in joined.reasons], joined.text


def test_a_sum_others_pay_is_not_answered_by_the_budget_for_its_topic(teststad_assistant):
    """Asked how high a fine is or what another party contributes, a budget line of the topic ("€ 20.000 voor extra
    toezicht") is no answer; the sum named, the municipality's own contribution and a fee it pays are."""
    for question in ("Hoe hoog is de boete voor overlast in de oude kern van Teststad?",
                     "Hoeveel draagt de provincie bij aan het extra jongerenwerk in Teststad?"):
        answer = teststad_assistant.ask(question)
        assert answer.abstained and "no_figure" in [r.rule for r in answer.reasons], question
    for question, amount in (("Hoeveel draagt Teststad bij aan de Veiligheidsregio Teststreek?", "€ 600.000"),
                             ("Hoe hoog is de vergoeding voor het extra jongerenwerk in Teststad?", "€ 30.000")):
        answer = teststad_assistant.ask(question)
        assert not answer.abstained and amount in answer.text, question


def test_a_topic_written_only_where_a_plan_says_the_left_out_topic_goes_is_left_out_too(teststad_assistant):
    """"Woonoverlast valt buiten dit plan; daarvoor is er het Woonplan Testland. Dat plan regelt ook de aanpak van
    burenruzies …": the plan writes burenruzies nowhere else, so it leaves them out; hangplekken it treats itself."""
    refused = teststad_assistant.ask("Wat doet Zuiddorp tegen burenruzies?")
    assert "topic_left_out" in [r.rule for r in refused.reasons], refused.text
    assert refused.citations and "burenruzies" in refused.citations[0].quote
    answered = teststad_assistant.ask("Wat doet Noordstee tegen hangplekken?")
    assert "topic_left_out" not in [r.rule for r in answered.reasons] and not answered.abstained, answered.text


def test_a_plan_that_says_a_topic_is_no_priority_answers_a_priority_question_with_it_and_keeps_its_figures(
        teststad_assistant):
    """"Woninginbraak is geen prioriteit meer": asked whether it is a priority, that sentence is the answer ("Nee");
    asked for a figure, it refuses nothing; asked for the plan's goals on it, it says the plan leaves them out."""
    answer = teststad_assistant.ask("Is woninginbraak in Zuiddorp nog een prioriteit?")
    assert not answer.abstained and answer.text.startswith("Nee, volgens"), answer.text
    assert "geen prioriteit meer" in answer.citations[0].quote
    figure = teststad_assistant.ask("Hoeveel woninginbraken telden de gemeenten in Testland in 2024?")
    assert not figure.abstained and "52" in figure.text, figure.text
    goals = teststad_assistant.ask("Welke doelen stelt Zuiddorp voor het terugdringen van woninginbraken?")
    assert goals.abstained and "topic_left_out" in [r.rule for r in goals.reasons], goals.text


def test_dit_plan_gaat_niet_over_leaves_a_topic_out():
    from assistant.answer.scoping import scope_exclusion

    assert scope_exclusion("Dit plan gaat niet over crisisbeheersing en externe veiligheid, zoals de chemische industrie.")
    assert scope_exclusion("Dit beleid gaat evenmin over het toezicht op de bouw.")
    assert not scope_exclusion("Het plan gaat over de veiligheid in de wijken en niet alleen over criminaliteit.")


def test_a_lead_in_that_leaves_the_listed_topics_out_refuses_those_topics_and_names_none_itself(teststad_assistant):
    """'De volgende zaken vallen buiten dit plan:' leaves out what its items name; 'volgende' is no topic (a
    question about next year is answered), nor is a pronominal adverb an item writes ('Hiervoor …')."""
    refused = teststad_assistant.ask("Wat doet Teststad aan dierenwelzijn?")
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons], refused.text
    quote = next(r.quote for r in refused.reasons if r.rule == "topic_left_out")
    text = teststad_assistant.index.documents[quote[0]].text[quote[1]:quote[2]]
    assert text.startswith("De volgende zaken vallen buiten dit plan:") and "dierenwelzijn" in text
    for question in ("Hoeveel fietsendiefstallen wil Teststad volgend jaar bij het station?",
                     "Welk geld is er in Teststad hiervoor voor het extra jongerenwerk?"):
        answer = teststad_assistant.ask(question)
        assert "topic_left_out" not in [r.rule for r in answer.reasons] and not answer.abstained, answer.text


def test_a_two_word_topic_written_as_the_question_writes_it_is_left_out(teststad_assistant):
    """'online fraude' is listed as left out: each word is short and common, written together they name the topic.
    The same words apart in a question ('fraude … online') name no topic that the list leaves out."""
    refused = teststad_assistant.ask("Welke doelen heeft Teststad gesteld om online fraude terug te dringen?")
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons], refused.text
    quote = next(r.quote for r in refused.reasons if r.rule == "topic_left_out")
    assert "online fraude" in teststad_assistant.index.documents[quote[0]].text[quote[1]:quote[2]]
    apart = teststad_assistant.ask("Hoe helpt Teststad slachtoffers van fraude die online aangifte willen doen?")
    assert "topic_left_out" not in [r.rule for r in apart.reasons], apart.text


def test_asked_why_a_topic_is_no_priority_any_more_the_sentence_that_says_so_answers(teststad_assistant):
    """'Witwassen was een prioriteit in het vorige plan, maar valt nu onder de basistaken': asked why it left the
    priorities, that sentence answers; it is no refusal for a topic the plan leaves out."""
    answer = teststad_assistant.ask("Waarom heeft Zuiddorp witwassen van de prioriteitenlijst gehaald?")
    assert not answer.abstained and "topic_left_out" not in [r.rule for r in answer.reasons], answer.text
    assert any("Witwassen was een prioriteit" in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize("sentence", [
    "Woninginbraak is daarom in dit plan geen speerpunt meer.",
    "Woninginbraak en ondermijning waren prioriteiten in het vorige plan, maar zijn nu onderdeel van de basisveiligheid.",
    # the method's own terms: what is no priority is regular work ("basisveiligheid", "reguliere taken")
    "Woninginbraak en drugsoverlast horen daarom nu bij de basisveiligheid.",
    "De aanpak van fietsendiefstal valt voortaan onder de reguliere taken van politie en gemeente.",
])
def test_a_topic_that_is_no_priority_any_more_in_other_words(sentence):
    assert scope_exclusion(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Het team basisveiligheid van de politie werkt samen met de wijkagenten.",
    "Naast de prioriteiten zorgen we voor een goede basisveiligheid in alle kernen.",
])
def test_a_sentence_about_basic_safety_that_puts_no_topic_there_leaves_nothing_out(sentence):
    assert scope_exclusion(sentence) is None


def test_a_plan_that_says_a_topic_is_no_priority_any_more_is_not_answered_yes_by_a_priority_of_its_theme(
        teststad_assistant):
    """'Ondermijning' is a priority of Testland and witwassen a topic of its theme; the plan says witwassen was a
    priority of the previous plan only: that sentence answers, not the theme."""
    answer = teststad_assistant.ask("Is witwassen een prioriteit in Testland?")
    assert "Witwassen was een prioriteit in het vorige plan" in answer.text and not answer.text.startswith("Ja"), \
        answer.text


def test_the_name_of_whoever_holds_a_post_is_answered_where_the_plan_writes_it_and_refused_where_it_does_not(
        testdorp_assistant):
    """The plan signs with the mayor's name and describes a coordinator's post without one."""
    refused = testdorp_assistant.ask("Hoe heet de coördinator wijkveiligheid van Testdorp?")
    assert refused.abstained and [r.rule for r in refused.reasons][:1] == ["no_person_named"], refused.text
    assert "geen naam" in refused.text
    named = testdorp_assistant.ask("Wie is de burgemeester van Testdorp?")
    assert not named.abstained and "P.J. Bakker" in named.text, named.text
    post = testdorp_assistant.ask("Wat doet de coördinator wijkveiligheid in Testdorp?")  # not asked by name
    assert "no_person_named" not in [r.rule for r in post.reasons] and "regie" in post.text, post.text


def test_a_question_about_a_kind_of_a_theme_the_plan_leaves_out_is_refused_with_that_sentence(testdorp_assistant):
    """'Ook verkeersveiligheid valt buiten dit plan': asked what the plan does about speeding (a kind of traffic
    safety, worded apart from it), that sentence is the reason; fietsendiefstal, of a theme the plan keeps, is
    answered."""
    refused = testdorp_assistant.ask("Er wordt in mijn straat in Testdorp te hard gereden. Welke maatregelen neemt "
                                     "de gemeente tegen te hard rijden?")
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons], refused.text
    assert any("verkeersveiligheid valt buiten dit plan" in c.quote for c in refused.citations), refused.text
    answered = testdorp_assistant.ask("Wat doet Testdorp tegen fietsendiefstal?")
    assert not answered.abstained and "bewaakte stalling" in answered.text, answered.text


def test_the_verb_a_question_asks_with_is_no_topic_a_plan_must_write(teststad_assistant):
    """Testland's plan writes "vergadert", Teststad's "komt … bijeen": asked how often the driehoek meets, Teststad's
    sentence answers; the topic is the driehoek, which Teststad's plan names."""
    answer = teststad_assistant.ask("Hoe vaak vergadert de lokale driehoek in Teststad?")
    assert "topic_absent" not in [r.rule for r in answer.reasons], answer.text
    assert not answer.abstained and "zes keer per jaar" in answer.text, answer.text


def test_a_figure_about_a_topic_the_plan_leaves_out_is_answered_and_a_figure_it_lacks_is_not(testdorp_assistant):
    """Testdorp leaves woonoverlast to the regional Woonplan, and its monitor figure on woonoverlast is in the plan:
    a question for that share is answered; one for a figure it does not give is still refused."""
    answer = testdorp_assistant.ask("Welk percentage van de inwoners van Testdorp ervaart woonoverlast?")
    assert not answer.abstained and "22%" in answer.text, answer.text
    refused = testdorp_assistant.ask("Hoeveel meldingen van woonoverlast kreeg Testdorp in 2024?")
    assert refused.abstained, refused.text
    # the money for a topic left to another plan is in that plan, whatever amounts this one states
    money = testdorp_assistant.ask("Hoeveel geld trekt Testdorp in het veiligheidsplan uit voor woonoverlast?")
    assert money.abstained and "topic_left_out" in [r.rule for r in money.reasons], money.text


@pytest.mark.parametrize("question", ["In mijn straat in Testdorp wordt te hard gereden. Wat doet de gemeente daartegen?",
                                      "Wat doet Testdorp tegen hardrijders?"])
def test_speeding_in_other_words_than_te_hard_rijden_is_traffic_safety_too(testdorp_assistant, question):
    refused = testdorp_assistant.ask(question)
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons], refused.text


def test_a_theme_named_as_a_compound_of_its_name_is_left_out_but_not_a_kind_the_plan_keeps(teststad_assistant):
    """'Evenementenveiligheid staat in het Evenementenbeleid' leaves out the theme 'Veilige evenementen' (its name
    made one word): carnaval, a kind of it the plan names nowhere else, is refused with that sentence; the
    jaarwisseling, which the plan lists among what it keeps, is not."""
    refused = teststad_assistant.ask("Wat doet Teststad aan de veiligheid tijdens carnaval?")
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons], refused.text
    assert any("Evenementenveiligheid staat in" in c.quote for c in refused.citations), refused.text
    kept = teststad_assistant.ask("Hoe houdt Teststad de jaarwisseling veilig?")
    assert "topic_left_out" not in [r.rule for r in kept.reasons] and not kept.abstained, kept.text


def test_what_a_left_out_sentence_says_it_keeps_is_not_left_out(teststad_assistant):
    """'Vandalisme valt buiten dit plan, diefstal uit schuren niet.'"""
    kept = teststad_assistant.ask("Wat doet Teststad tegen diefstal uit schuren?")
    assert not kept.abstained and "hang- en sluitwerk" in kept.text, kept.text
    refused = teststad_assistant.ask("Wat doet Teststad tegen vandalisme?")
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons], refused.text


def test_a_place_a_left_out_topic_is_tied_to_is_not_left_out_with_it(teststad_assistant):
    """'Parkeren rond het station staat in de Parkeervisie Teststad.' leaves out parking, not what happens at the
    station: the count of bicycle thefts there is answered."""
    answer = teststad_assistant.ask("Hoeveel fietsendiefstallen waren er in 2024 bij het station van Teststad?")
    assert not answer.abstained and "48" in answer.text, answer.text


def test_a_row_of_a_table_of_topics_left_out_leaves_its_topic_out(teststad_assistant):
    """Under '14. Buiten de reikwijdte van dit plan', a table 'Taak | Waar geregeld' (its header row leaves nothing
    out)."""
    refused = teststad_assistant.ask("Wat doet Teststad met coffeeshops?")
    assert refused.abstained and "topic_left_out" in [r.rule for r in refused.reasons], refused.text
    assert "Drugsbeleid Teststad 2023" in refused.citations[0].quote, refused.text


def test_which_plans_leave_a_topic_out_is_answered_with_the_sentence_that_does_and_only_that_one(teststad_assistant):
    question = "Welke gemeenten laten evenementenveiligheid buiten hun veiligheidsplan, en in welk ander plan staat het dan?"
    assert understand(question, ["Teststad", "Noordstee"]).about_treatment
    answer = teststad_assistant.ask(question)
    teststad = [c.quote for c in answer.citations if c.doc_id == "teststad"]
    # the sentence before it leaves out another topic of its own: it is no part of this one's answer
    assert teststad == ["Evenementenveiligheid staat in het Evenementenbeleid Teststad 2023-2026."], answer.text


@pytest.mark.parametrize("question, elsewhere", [
    # the sentence after the exclusion names another plan for a topic the exclusion names
    ("Welke gemeenten laten hondenoverlast buiten hun plan, en waar is het dan wel geregeld?", "Hondenbeleid Teststad"),
    # 'Die onderwerpen zijn ondergebracht in …' after a sentence that makes them no priority
    ("Welke plannen laten illegale bewoning buiten het veiligheidsbeleid, en waar is het dan wel geregeld?",
     "woonbeleid 'Thuis in Teststad'"),
])
def test_where_a_left_out_topic_is_instead_is_quoted_with_the_sentence_that_leaves_it_out(teststad_assistant, question,
                                                                                          elsewhere):
    answer = teststad_assistant.ask(question)
    quotes = [" ".join(c.quote.split()) for c in answer.citations if c.doc_id == "teststad"]
    assert quotes and elsewhere in quotes[0], answer.text


def test_the_words_that_ask_where_a_topic_is_handled_are_no_topic_left_out(teststad_assistant):
    # "… en waar is het dan wel geregeld?": 'geregeld' in 'Ook de rampenbestrijding valt buiten dit plan; die is
    # geregeld in …' leaves out no jaarwisseling
    answer = teststad_assistant.ask("Welke plannen laten de jaarwisseling buiten hun plan, en waar is het dan wel geregeld?")
    assert "Volgens Teststad valt dit onderwerp buiten dit plan" not in answer.text, answer.text


def test_a_compound_no_plan_writes_is_absent_from_a_plan_without_its_head(teststad_assistant):
    """'scooterdiefstal' is in no plan, 'diefstal' only in Teststad's: the asker's compound stands for its head, so
    Noordstee's plan has nothing on it, and Teststad's plan is not refused as lacking the topic."""
    noordstee = teststad_assistant.ask("Wat doet Noordstee tegen scooterdiefstal?")
    assert noordstee.abstained and "topic_absent" in [r.rule for r in noordstee.reasons], noordstee.text
    teststad = teststad_assistant.ask("Wat doet Teststad tegen scooterdiefstal?")
    assert "topic_absent" not in [r.rule for r in teststad.reasons], teststad.text


@pytest.mark.parametrize("question, quote", [
    ("Wat doet Teststad aan evenementenveiligheid?", "Evenementenveiligheid staat in het Evenementenbeleid Teststad 2023-2026."),
    ("Wat doet Teststad tegen drugsoverlast?", "Drugsoverlast pakken we op via het regionale programma Schoon Teststreek."),
    # under 'Buiten de reikwijdte van dit plan', a subject of several words with a clause in it
    ("Hoe zorgt Teststad voor veilige zwembaden?",
     "De veiligheid van zwembaden, zoals het Zuiderbad en de Plas, regelen we via het Zwembadbeleid Teststad."),
])
def test_a_sentence_in_the_section_on_what_the_plan_leaves_out_that_names_the_other_plan_leaves_its_subject_out(
        teststad_assistant, question, quote):
    """'Evenementenveiligheid staat in het Evenementenbeleid …', 'Drugsoverlast pakken we op via het regionale
    programma …' under '11. Buiten dit plan' say where the topic is instead, without 'valt buiten': that sentence is
    the answer."""
    answer = teststad_assistant.ask(question)
    assert "valt dit onderwerp buiten dit plan" in answer.text, answer.text
    assert quote in " ".join(answer.citations[0].quote.split()), answer.text


def test_an_item_under_a_lead_in_that_leaves_topics_to_other_policy_leaves_a_short_noun_out(waterland_assistant):
    """"Een aantal onderwerpen regelen wij in ander beleid:" introduces what the plan leaves out; "de dijken", short
    as the word is, is the topic the question asks about; Dijkhoek is a place only Waterland's plan names."""
    answer = waterland_assistant.ask("Wanneer worden de dijken bij Dijkhoek verhoogd?")
    assert answer.abstained and "topic_left_out" in [r.rule for r in answer.reasons]
    quote = next(r.quote for r in answer.reasons if r.rule == "topic_left_out")
    assert "de versterking van de dijken" in waterland_assistant.index.documents[quote[0]].text[quote[1]:quote[2]]


def test_a_sentence_that_leaves_out_another_kind_of_the_topic_does_not_refuse_it(waterland_assistant):
    """"De overlast door hondenpoep valt onder het Afvalbeleid" leaves no "overlast van jongeren" out."""
    answer = waterland_assistant.ask("Wat doet Waterland tegen overlast van jongeren?")
    assert not answer.abstained and "topic_left_out" not in [r.rule for r in answer.reasons]
    assert any("jongerenwerkers" in c.quote for c in answer.citations)


def test_a_theme_the_question_names_by_its_keywords_and_a_plan_writes_none_of_is_absent(waterland_assistant):
    """No word of Waterland's plan is of radicalisation (a keyword of a theme is the domain's word, not the asker's
    own); Heideveld's plan writes "extremisme", a keyword of that theme: the topic is not absent there."""
    refused = waterland_assistant.ask("Wat doet Waterland tegen radicalisering en polarisatie?")
    assert refused.abstained and "topic_absent" in [r.rule for r in refused.reasons]
    near_miss = waterland_assistant.ask("Wat doet Heideveld tegen radicalisering?")
    assert "topic_absent" not in [r.rule for r in near_miss.reasons]
