"""Which units answer a figure question (``assistant.answer.units``), on the small plans ``TESTDORP_PLAN`` and
``TESTSTAD_PLAN``."""

from __future__ import annotations

from assistant.answer.types import LineStyle
from assistant.answer.units import topical
from assistant.ask.question import understand
from assistant.text import normalise_space


def test_the_years_of_a_plan_period_are_not_the_year_a_figure_is_asked_for():
    q = understand("Hoeveel geld per jaar is er nodig voor het veiligheidsplan 2025-2028 van Testdorp?", ("Testdorp",))
    assert q.years == (2025, 2028) and q.figure_years == () and q.per_year
    assert understand("Hoeveel camera's komen er in 2025 op de Markt?", ("Testdorp",)).figure_years == (2025,)
    # a year asked next to the plan's period, and a range of years that names no plan, are asked
    assert understand("Wat kost het cameratoezicht in 2025 volgens het plan 2025-2028 van Testdorp?",
                      ("Testdorp",)).figure_years == (2025,)
    assert understand("Hoeveel inbraken waren er in Testdorp van 2019 tot 2023?", ("Testdorp",)).figure_years == (2019, 2023)


def test_a_one_off_amount_does_not_answer_a_question_per_year(testdorp_assistant):
    answer = testdorp_assistant.ask("Hoeveel geld per jaar is er nodig voor het veiligheidsplan 2025-2028 van Testdorp?")
    text = normalise_space(answer.text)
    assert not answer.abstained
    assert "40.000" in text and "15.000" not in text


def test_a_later_sentence_that_changes_the_amount_joins_the_figure(testdorp_assistant):
    answer = testdorp_assistant.ask("Hoeveel geld is er jaarlijks beschikbaar voor brandpreventie in de kernen van Testdorp?")
    quotes = [c.quote for c in answer.citations]
    assert not answer.abstained and quotes[0] == "Voor brandpreventie in de kernen is € 12.000 per jaar beschikbaar.", quotes
    # the increase and the new total, in reading order, however far below the first figure they score
    assert quotes[-2:] == ["Bij de voorjaarsnota 2026 is dit bedrag met ingang van 2027 verhoogd met € 4.000 voor "
                           "voorlichting.", "Het budget voor brandpreventie bedraagt daarmee € 16.000 per jaar."]


def test_asked_for_a_yearly_amount_a_sentence_stating_one_answers_in_other_words(testdorp_assistant):
    # "jaarlijks" asked, "structureel … per jaar" written: the sentence states what is asked, sharing no other term
    answer = testdorp_assistant.ask("Hoeveel extra geld trekt Testdorp jaarlijks uit voor het veiligheidsplan?")
    assert not answer.abstained
    assert answer.citations[0].quote == "Voor de uitvoering van dit plan is structureel € 40.000 per jaar nodig."


def test_a_one_off_amount_answers_a_question_without_per_year(testdorp_assistant):
    answer = testdorp_assistant.ask("Hoeveel geld is er in 2025 eenmalig nodig voor camera's in Testdorp?")
    assert not answer.abstained and "15.000" in normalise_space(answer.text)


def test_asked_which_plans_do_something_a_sentence_that_says_so_is_the_answer(testdorp_assistant):
    # the sentence adds no term to the question, but it is what "welke gemeenten …" asks for
    answer = testdorp_assistant.ask("Welke gemeenten zetten buurtbemiddeling in bij overlast van jongeren?")
    assert not answer.abstained
    assert [c.quote for c in answer.citations] == ["Bij overlast van jongeren zetten we buurtbemiddeling in."]


def test_a_sentence_sharing_no_term_with_the_question_does_not_lead_a_close_one_that_does(testdorp_assistant):
    # "Testdorp is een gemeente waar het goed wonen is." is close in meaning to any question about Testdorp
    answer = testdorp_assistant.ask("Hoe merken inwoners van Testdorp dat er extra toezicht is?")
    assert not answer.abstained
    first = answer.citations[0].quote
    assert "goed wonen" not in first and "inwoners" in first


def test_a_count_of_all_of_something_does_not_answer_how_many_of_them_have_a_property(teststad_assistant):
    # "20 sportclubs" counts every one; the question asks how many have the label, which the plan does not say
    answer = teststad_assistant.ask("Hoeveel sportclubs in Teststad hebben het label Veilige Sportvereniging?")
    assert answer.abstained and [r.rule for r in answer.reasons] == ["no_figure"]
    total = teststad_assistant.ask("Hoeveel sportclubs telt Teststad?")
    assert not total.abstained and "20" in normalise_space(total.text)


def test_a_count_of_those_that_have_it_may_name_it_in_the_sentence_before(teststad_assistant):
    answer = teststad_assistant.ask("Hoeveel basisscholen in Teststad hebben het label Verkeersveilige School?")
    assert not answer.abstained and "3 basisscholen" in normalise_space(answer.text)


def test_hebben_with_a_participle_counts_events_not_a_subset(teststad_assistant):
    # "hebben … plaatsgevonden" is a perfect tense: any count of the events answers
    answer = teststad_assistant.ask("Hoeveel verkeersongevallen hebben in 2024 in Teststad plaatsgevonden?")
    assert not answer.abstained and "41" in normalise_space(answer.text)


def test_a_later_sentence_that_only_says_daarmee_does_not_join_a_count(teststad_assistant):
    answer = teststad_assistant.ask("Hoeveel sportclubs telt Teststad?")
    assert not answer.abstained and "20 sportclubs" in normalise_space(answer.text)
    assert not any(c.quote.startswith("Daarmee") for c in answer.citations)


def test_het_aantal_of_events_counts_what_they_happened_to_only_when_that_is_asked(teststad_assistant):
    # "Het aantal diefstallen van scooters … steeg van 22 in 2022 naar 35": how many scooters were stolen, not how many
    # scooters or bergingen there are
    assert understand("Hoeveel scooters werden er in 2022 in Teststad gestolen?", ["Teststad"]).counted_undergo
    answer = teststad_assistant.ask("Hoeveel scooters werden er in 2022 in Teststad gestolen?")
    assert not answer.abstained and "22 in 2022" in normalise_space(answer.text)
    for question in ("Hoeveel bergingen heeft Teststad?", "Hoeveel scooters zijn er in Teststad?"):
        refused = teststad_assistant.ask(question)
        assert refused.abstained and [r.rule for r in refused.reasons] == ["no_figure"], question


def test_a_year_binds_only_the_number_asked_for_it(teststad_assistant):
    question = "Hoeveel verkeersongevallen waren er in 2024 in Teststad, en hoeveel wil Teststad er hooguit per jaar?"
    assert understand(question, ["Teststad"]).yearly_clause
    text = normalise_space(teststad_assistant.ask(question).text)
    assert "41 verkeersongevallen" in text and "hooguit 25 verkeersongevallen" in text
    # asked for 2024 alone, the target of another year is no answer
    text = normalise_space(teststad_assistant.ask("Hoeveel verkeersongevallen waren er in 2024 in Teststad?").text)
    assert "41 verkeersongevallen" in text and "25 verkeersongevallen" not in text


def test_a_unit_of_a_joint_plan_about_another_member_does_not_answer_for_the_member_asked(teststad_assistant):
    doc = teststad_assistant.index.documents["testland"]
    assert doc.metadata.members == ("Noordstee", "Zuiddorp", "Weststad")
    # Noordstee's figure is no answer about Weststad, which the plan gives none for
    answer = teststad_assistant.ask("Hoeveel meldingen van jeugdoverlast waren er in 2023 in Weststad?")
    assert answer.abstained and "312" not in normalise_space(answer.text)
    # asked of Noordstee, it is the answer
    answer = teststad_assistant.ask("Hoeveel meldingen van jeugdoverlast waren er in 2023 in Noordstee?")
    assert not answer.abstained and "312" in normalise_space(answer.text)


def test_the_period_a_question_names_says_when_not_what():
    assert topical({"verkeersveiligheidsmaatregel": 2.0, "period": 1.0, "2025": 1.5}) == {"verkeersveiligheidsmaatregel": 2.0}


def test_a_sentence_sharing_only_the_period_with_the_question_does_not_answer_it(teststad_assistant):
    # the foreword's "voor de periode 2025-2028" shares only the period with the question: no answer for Weststad
    answer = teststad_assistant.ask("Welke verkeersveiligheidsmaatregelen neemt Weststad in de periode 2025-2028?")
    assert answer.abstained and [r.rule for r in answer.reasons] == ["weak_evidence"]
    answer = teststad_assistant.ask("Welke verkeersveiligheidsmaatregelen neemt Zuiddorp in de periode 2025-2028?")
    assert not answer.abstained and "schoolroutes opnieuw in" in normalise_space(answer.text)


def test_an_amount_answers_only_when_it_is_about_a_topic_of_the_question(teststad_assistant):
    # "€ 20.000 voor extra toezicht" and "€ 30.000 voor het extra jongerenwerk" score higher but share only
    # "extra" (a word for the amount) with the question; the amount for the uitvoering is what it asks
    answer = teststad_assistant.ask("Hoeveel extra geld per jaar is er in Teststad voor de uitvoering?")
    text = normalise_space(answer.text)
    assert not answer.abstained and "50.000" in text and "20.000" not in text


def test_an_amount_of_a_thing_asked_by_its_name_is_stated_with_that_name(teststad_assistant):
    named = teststad_assistant.ask("Hoeveel geld is er per jaar voor de campagne 'Winkel veilig' in Teststad?")
    assert not named.abstained and "8.000" in normalise_space(named.text)
    # the plan states amounts, none of them of a campaign or project by these names
    for question in ("Hoeveel geld krijgt de campagne 'Veilig over straat' in Teststad?",
                     "Wat kost het project Straatcoach in Teststad per jaar?"):
        assert understand(question, ["Teststad"]).named_things, question
        answer = teststad_assistant.ask(question)
        assert answer.abstained and [r.rule for r in answer.reasons] == ["no_figure"], (question, answer.text)


def test_a_count_of_those_taking_part_in_something_is_a_count_that_names_it(teststad_assistant):
    """The shop section counts the winkeliers' reports (87), not how many take part in the waarschuwingsapp."""
    question = "Hoeveel winkeliers in Teststad doen mee aan de waarschuwingsapp?"
    assert understand(question, ["Teststad"]).counted_having == ("waarschuwingsapp",)
    answer = teststad_assistant.ask(question)
    assert answer.abstained and "87" not in answer.text, answer.text


def test_what_something_will_cost_is_not_answered_by_another_number(teststad_assistant):
    # "30 km-zone" is no amount: the plan does not say what the herinrichting costs
    question = "Wat gaat de herinrichting van de Schoolstraat in Teststad in 2026 kosten?"
    assert understand(question, ["Teststad"]).asks_number
    answer = teststad_assistant.ask(question)
    assert answer.abstained and [r.rule for r in answer.reasons] == ["no_figure"]


def test_a_priority_that_shares_one_generic_word_with_the_topic_is_not_about_it(teststad_assistant):
    # "Georganiseerde criminaliteit" shares "criminaliteit" with the question; Noordstee's priority names the topic
    answer = teststad_assistant.ask("Welke gemeenten hebben overlast of criminaliteit rond hangplekken als prioriteit?")
    block = next(b for b in answer.blocks if b.lead is not None and "Testland" in b.lead.text)
    assert block.lead.text == "Ja, Testland noemt jongerenoverlast en hangplekken als prioriteit voor Noordstee."
    bullets = [line.text for line in block.lines if line.style == LineStyle.BULLET]
    assert bullets == ["Noordstee: jongerenoverlast en hangplekken"]  # the member as the plan names it
    # Teststad names no priorities at all, so nothing says the topic is none of them: its nearest passages are
    # shown, and the answer says they only possibly answer (a known weakness, not a priority found)
    others = [b for b in answer.blocks if b.municipality == "Teststad"]
    assert not others or (answer.tentative and "Mogelijk relevant" in " ".join(answer.notes))


def test_what_a_plan_does_comes_from_the_action_part_next_to_a_better_scoring_figure(testdorp_assistant):
    # the analysis chapter's figure scores best but has no action part; the measures stand under "Aanpak"
    answer = testdorp_assistant.ask("Wat doet Testdorp om fietsendiefstallen terug te dringen?")
    quotes = [c.quote for c in answer.citations]
    assert not answer.abstained and answer.lead is not None and answer.lead.text == "Wat Testdorp hieraan doet (Aanpak):"
    assert quotes == ["Tegen fietsendiefstal komt bij het station een bewaakte stalling.",
                      "Op de weekmarkt graveren we gratis een postcode in elk frame."], answer.text


def test_a_priority_the_question_names_whole_is_about_it_however_narrow_the_question(teststad_assistant):
    # the question adds words ("rond scholen") to the priority's name; it is still about that priority
    answer = teststad_assistant.ask("Heeft Zuiddorp verkeersveiligheid rond scholen als prioriteit?")
    assert not answer.abstained and answer.lead is not None
    assert answer.lead.text == "Ja, Zuiddorp noemt verkeersveiligheid als prioriteit.", answer.text


def test_an_amount_asked_with_hoeveel_kost_counts_nothing(testdorp_assistant):
    # "Hoeveel kost …": the verb is no counted thing an amount must count
    answer = testdorp_assistant.ask("Hoeveel kost de aanschaf van camera's op de Markt in Testdorp?")
    assert not answer.abstained and "15.000" in normalise_space(answer.text), answer.text


def test_a_heading_that_names_a_year_dates_the_figures_below_it(teststad_assistant):
    answer = teststad_assistant.ask("Hoeveel fietsendiefstallen mogen er in 2027 bij het station van Teststad zijn?")
    assert not answer.abstained and "hooguit 30 fietsendiefstallen" in answer.text, answer.text
    from assistant.answer.lookup import lookups
    from assistant.answer.units import counts_what_is_asked
    from assistant.ask.question import understand

    data, texts = lookups(teststad_assistant.index), teststad_assistant.index.sentences.texts
    asked = understand("Hoeveel fietsendiefstallen waren er in 2027 bij het station?", ["Teststad"])
    goal = next(r for r, t in enumerate(texts) if t.startswith("Bij het station worden hooguit 30"))
    dated = next(r for r, t in enumerate(texts) if t.startswith("In 2024 waren het er nog 48"))
    assert counts_what_is_asked(data, asked, goal)
    assert not counts_what_is_asked(data, asked, dated)  # it names its own year: the heading does not date it
    other = teststad_assistant.ask("Hoeveel fietsendiefstallen waren er in 2023 bij het station van Teststad?")
    assert other.abstained, other.text  # the goal dated 2027 by its heading is no figure of 2023


def test_a_row_that_counts_part_of_the_row_above_is_read_with_its_label(teststad_assistant):
    # "waarvan verdachte jonger dan 23 jaar" counts incidents with a knife only with the label of the row above
    from assistant.ask.evidence import term_tables

    index = teststad_assistant.index
    sentences = index.sentences
    part = next(r for r, t in enumerate(sentences.texts) if t.startswith("waarvan verdachte"))
    whole = next(r for r, t in enumerate(sentences.texts) if t.startswith("Incidenten met een mes"))
    stems = term_tables(index).sentence_stems
    assert {"incident", "mes", "verdacht"} <= stems[part] and "verdacht" not in stems[whole]
    answer = teststad_assistant.ask("Bij hoeveel incidenten met een mes was de verdachte in 2024 jonger dan 23 jaar?")
    assert not answer.abstained and answer.lead is not None and "27" in answer.lead.text, answer.text


def test_asked_how_often_in_given_years_a_frequency_of_another_year_is_no_cue(teststad_assistant):
    answer = teststad_assistant.ask("Hoe vaak was bij een incident met een mes in Teststad de verdachte jonger dan 23, "
                                    "in 2021 en in 2024?")
    assert answer.citations[0].quote.startswith("waarvan verdachte jonger dan 23 jaar"), answer.text



def test_a_table_row_counts_what_its_label_names_not_what_the_question_is_near(teststad_assistant):
    # "Geweldsincidenten uitgaansgebied Markt" names the place asked about, not the camera's counted there
    refused = teststad_assistant.ask("Hoeveel camera's hangen er op de Markt in Teststad?")
    assert refused.abstained and "no_figure" in [r.rule for r in refused.reasons], refused.text
    # a label that names the question's topic and the modifier of the counted compound counts it
    answer = teststad_assistant.ask("Hoeveel verkeersslachtoffers moesten in 2024 in Teststad naar het ziekenhuis?")
    assert not answer.abstained and "11" in answer.text
    assert answer.citations[0].quote.startswith("Ziekenhuisgewonden (verkeer)"), answer.text


def test_keywords_with_a_year_are_answered_with_that_years_figure(assistant):
    answer = assistant.ask("woninginbraken Dalfsen 2016")
    assert not answer.abstained and answer.lead is not None and "2016" in answer.lead.text, answer.text


def test_a_label_over_a_list_in_the_topics_own_section_gives_what_the_plan_does(teststad_assistant):
    # no action heading: "Maatregelen:" is a lead-in over the list in the section that states the problem
    answer = teststad_assistant.ask("Wat doet Teststad tegen winkeldiefstal?")
    quotes = [c.quote for c in answer.citations]
    assert not answer.abstained and answer.lead is not None
    assert answer.lead.text == "Wat Teststad hieraan doet (Maatregelen):", answer.text
    assert quotes == ["een waarschuwingsapp waarmee winkeliers elkaar direct op de hoogte brengen;",
                      "een collectief winkelverbod voor wie vaker steelt."], answer.text


def test_a_count_in_words_answers_and_a_count_asked_of_now_is_not_one_that_is_added(testdorp_assistant):
    """'Welzijn Testdorp werft voor de bemiddeling tussen buren twaalf nieuwe vrijwilligers': a number written as a
    word counts what follows it; asked how many there are now ('op dit moment'), the new ones are not that number."""
    added = testdorp_assistant.ask("Hoeveel nieuwe vrijwilligers werft Welzijn Testdorp voor de bemiddeling tussen buren?")
    assert not added.abstained and "twaalf nieuwe vrijwilligers" in added.text, added.text
    now = testdorp_assistant.ask("Met hoeveel vrijwilligers werkt Welzijn Testdorp op dit moment?")
    assert now.abstained, now.text


def test_a_count_at_a_named_site_is_one_stated_with_that_site(testdorp_assistant):
    """'In het Stationsgebied hangen 6 camera's' counts no camera's on a square the plan does not count them on."""
    there = testdorp_assistant.ask("Hoeveel camera's hangen er in het Stationsgebied van Testdorp?")
    assert not there.abstained and "6 camera's" in there.text, there.text
    elsewhere = testdorp_assistant.ask("Hoeveel camera's hangen er op het Kerkplein in Testdorp?")
    assert elsewhere.abstained, elsewhere.text


def test_a_row_under_a_group_label_counts_what_its_own_label_names(waterland_assistant):
    """"Overlast | Meldingen verward gedrag | 141 | 189": the first cell is the group, the second what is counted."""
    answer = waterland_assistant.ask("Hoeveel meldingen over verward gedrag waren er in 2024 in Heideveld?")
    assert not answer.abstained and "189" in answer.text


def test_a_group_label_naming_the_modifier_of_what_is_counted_does_not_count_another_thing_of_that_group(
        waterland_assistant):
    """"Drugs | Drugsafval gedumpt in het buitengebied" counts dumpings: no drugslaboratoria, though its group is
    drugs and it names the buitengebied."""
    answer = waterland_assistant.ask("Hoeveel drugslaboratoria werden er in 2024 in het buitengebied van Heideveld "
                                     "gevonden?")
    assert answer.abstained and "6" not in answer.text


def test_a_sentence_that_refers_back_answers_with_the_topic_of_the_sentence_before_it(waterland_assistant):
    """"… vormen samen de lokale driehoek. Die komt elke maand bij elkaar …": how often the driehoek meets."""
    import numpy as np

    from assistant.answer.lookup import lookups
    from assistant.answer.units import score_rows

    index = waterland_assistant.index
    data = lookups(index)
    question = understand("Hoe vaak komt de lokale driehoek van Waterland bijeen?", index.municipalities)
    texts = index.sentences.texts
    named = next(r for r, t in enumerate(texts) if t.endswith("vormen samen de lokale driehoek."))
    meets = named + 1
    assert texts[meets].startswith("Die komt elke")
    weights = data.tables.weights(question.key_terms)
    units = score_rows(data, question, [(named, 0), (meets, 0)], np.zeros(len(texts)), weights)
    assert units[0].row == meets and units[0].topical > units[1].topical  # it says how often, of the driehoek
    answer = waterland_assistant.ask("Hoe vaak komt de lokale driehoek van Waterland bijeen?")
    assert not answer.abstained and "elke maand" in answer.text


def test_a_count_the_plan_adds_is_not_how_many_there_are_now(waterland_assistant):
    """"Wij breiden het jongerenwerk uit met twee jongerenwerkers": two more, not how many there are."""
    now = waterland_assistant.ask("Hoeveel jongerenwerkers zijn er nu in Waterland?")
    assert now.abstained and "no_figure" in [r.rule for r in now.reasons]
    added = waterland_assistant.ask("Met hoeveel jongerenwerkers breidt Waterland het jongerenwerk uit?")
    assert not added.abstained and "uit met twee jongerenwerkers" in added.text


def test_the_number_of_a_list_item_is_no_figure_of_it(waterland_assistant):
    answer = waterland_assistant.ask("Hoeveel camera's komen er bij de kade in Waterland?")
    assert not answer.abstained and "twee camera's" in answer.text and "**3**" not in answer.text


def test_the_numbers_of_a_glossary_entry_count_nothing_the_plan_has(waterland_assistant):
    """"Buurtbemiddeling: een vorm van bemiddeling waarbij twee getrainde vrijwilligers …" says what it is."""
    refused = waterland_assistant.ask("Met hoeveel vrijwilligers werkt buurtbemiddeling in Waterland?")
    assert refused.abstained and "no_figure" in [r.rule for r in refused.reasons]
    answered = waterland_assistant.ask("Met hoeveel vrijwilligers werkt buurtbemiddeling in Heideveld?")
    assert not answered.abstained and "acht vrijwilligers" in answered.text


def test_a_count_of_what_is_done_at_another_place_does_not_answer(waterland_assistant):
    """"zes controles op bedrijventerreinen" counts no controles on holiday parks."""
    refused = waterland_assistant.ask("Hoeveel controles houdt Waterland per jaar op vakantieparken?")
    assert refused.abstained and "no_figure" in [r.rule for r in refused.reasons]
    answered = waterland_assistant.ask("Hoeveel controles houdt Waterland per jaar op bedrijventerreinen?")
    assert not answered.abstained and "zes controles" in answered.text
