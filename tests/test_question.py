"""Understanding Dutch questions with rules: intent, municipalities, places, periods, validation."""

from __future__ import annotations

import pytest

from assistant.ask.question import find_municipalities, for_municipality, place_names, question_parts, understand, validate
from assistant.errors import QuestionError
from assistant.ingest.facts import FactField

KNOWN = ["Doesburg", "Dalfsen", "Bergen op Zoom"]


@pytest.mark.parametrize("question, intent", [
    ("Welke prioriteiten heeft Doesburg voor 2024-2027?", "list"),
    ("Noem de partners van Dalfsen", "list"),
    ("Wat zijn de ambities van Doesburg op het gebied van ondermijning?", "list"),
    ("Wat is het RIEC?", "definition"),
    ("Wat doet het RIEC?", "definition"),
    ("Waar staat de afkorting RCIV voor?", "definition"),
    ("Wat wordt verstaan onder cybercrime?", "definition"),
    ("Hoeveel woninginbraken waren er in Dalfsen in 2017?", "figure"),
    ("Welk percentage van de inwoners voelt zich onveilig in Dalfsen?", "figure"),
    ("Vergelijk de prioriteiten van Doesburg en Dalfsen", "comparison"),
    ("Wat doen Doesburg en Dalfsen aan de veiligheid van evenementen?", "comparison"),
    ("Welke gemeenten hebben een plan voor ondermijning?", "comparison"),
    ("Hoe gaat de gemeente om met personen met verward gedrag?", "general"),
])
def test_intents_of_typical_questions(question, intent):
    assert understand(question, KNOWN).intent == intent


@pytest.mark.parametrize("question", ["Wat doet Doesburg aan ondermijning?", "Wat doen gemeenten aan cybercrime?",
                                      "Wat doet de gemeente tegen jongeren die bij het station rondhangen?",
                                      "Wat doet de politie aan woninginbraken in Dalfsen?"])
def test_what_does_a_place_do_is_not_a_definition_question(question):
    q = understand(question, KNOWN)
    assert q.intent != "definition" and q.subject == "" and q.asks_action


@pytest.mark.parametrize("question, subject", [("Wat doet het RIEC?", "RIEC"),
                                               ("Wat doet een wijkagent in Dalfsen?", "wijkagent")])
def test_what_an_organisation_or_a_role_does_is_a_definition_question(question, subject):
    q = understand(question, KNOWN)
    assert q.intent == "definition" and q.subject == subject


def test_definition_subject():
    assert understand("Wat doet het RIEC?", KNOWN).subject == "RIEC"
    assert understand("Waar staat de afkorting RCIV voor?", KNOWN).subject == "RCIV"
    assert understand("Wat wordt verstaan onder cybercrime?", KNOWN).subject == "cybercrime"
    assert understand("Wat is het RIEC volgens de gemeente Dalfsen?", KNOWN).subject == "RIEC"


def test_a_pointing_word_as_subject_means_the_abbreviation_named_before_it():
    q = understand("Doesburg verwijst naar het RIEC bij ondermijning. Wat houdt dat in?", KNOWN)
    assert q.intent == "definition" and q.subject == "RIEC"
    assert understand("Wat houdt dat in?", KNOWN).subjects == ()  # nothing named before: no subject, not "dat"


@pytest.mark.parametrize("question, subject", [
    ("Wat verstaat Dalfsen in het beleidsplan onder een keet?", "keet"),
    ("Wat wordt in Doesburg verstaan onder ondermijning?", "ondermijning"),
    ("Wat bedoelt Doesburg met buurtpreventie?", "buurtpreventie"),
    ("Wat verstaat Dalfsen, samen met de politie, onder ondermijning?", "ondermijning"),
])
def test_what_a_plan_understands_by_a_word_is_a_definition_question(question, subject):
    q = understand(question, KNOWN)
    assert q.intent == "definition" and q.subject == subject


@pytest.mark.parametrize("question, subject", [
    ("Hoe wordt huiselijk geweld omschreven?", "huiselijk geweld"),
    ("Hoe wordt huiselijk geweld in Dalfsen omschreven?", "huiselijk geweld"),
    ("Hoe wordt het begrip ondermijning gedefinieerd in het plan van Doesburg?", "ondermijning"),
    ("Hoe definieert Doesburg cybercrime?", "cybercrime"),
    ("Hoe omschrijven Doesburg en Dalfsen het begrip cybercrime?", "cybercrime"),
    ("Hoe definieert het plan van Doesburg ondermijning?", "ondermijning"),
    ("Hoe omschrijft Bergen op Zoom de term ondermijning?", "ondermijning"),
])
def test_how_a_plan_defines_a_word_is_a_definition_question(question, subject):
    q = understand(question, KNOWN)
    assert q.aspect == "definition" and q.subject == subject


@pytest.mark.parametrize("question", ["Hoe worden de doelen in Doesburg omschreven?", "Hoe omschrijft Doesburg de aanpak?",
                                      "Hoe wordt de aanpak van ondermijning omschreven?",
                                      "Hoe wordt de rol van de burgemeester omschreven?"])
def test_how_a_plan_describes_something_is_no_definition_question(question):
    assert understand(question, KNOWN).aspect != "definition"


@pytest.mark.parametrize("question", ["Hoe wordt de gemeenteraad in de drie gemeenten over de voortgang geïnformeerd?",
                                      "Wat doet elk plan aan woninginbraak?", "Wat zeggen alle plannen over cameratoezicht?",
                                      "Hoe pakt iedere gemeente ondermijning aan?"])
def test_a_question_over_every_plan_is_answered_per_plan(question):
    q = understand(question, KNOWN)
    assert q.intent == "comparison" and q.all_municipalities and q.per_municipality


def test_comparison_keeps_the_aspect_it_asks_about():
    q = understand("Welke prioriteiten hebben Doesburg en Dalfsen?", KNOWN)
    assert (q.intent, q.aspect) == ("comparison", "list")
    assert q.municipalities == ("Doesburg", "Dalfsen") and q.per_municipality


@pytest.mark.parametrize("question, expected", [
    ("Hoeveel woninginbraken waren er in Dalfsen?", ("Dalfsen",)),
    ("Wat is het Dalfsense beleid voor woninginbraken?", ("Dalfsen",)),
    ("Wat staat er in het Doesburgse plan?", ("Doesburg",)),
    ("Wat zijn Doesburgs prioriteiten?", ("Doesburg",)),
    ("Wat doet Bergen op Zoom aan ondermijning?", ("Bergen op Zoom",)),
    ("Wat doen Dalfsen en Doesburg?", ("Dalfsen", "Doesburg")),  # in the order they are named
    ("Hoe veilig is de gemeente?", ()),
    ("Wat doet Doesburgstraat?", ()),  # a longer word is not the name
])
def test_municipality_detection(question, expected):
    assert understand(question, KNOWN).municipalities == expected
    assert find_municipalities(question, KNOWN) == expected


@pytest.mark.parametrize("question, expected", [
    ("Hoeveel wijkagenten heeft het basisteam Dalfsen-Ommen?", ("Dalfsen",)),
    ("Wat doen de Doesburg-gemeenten samen?", ("Doesburg",)),
    ("Wat doet Noord-Doesburg?", ()),  # inside another name
])
def test_a_municipality_as_the_first_part_of_a_compound_is_named(question, expected):
    assert understand(question, KNOWN).municipalities == expected


def test_municipality_names_are_not_key_terms():
    q = understand("Welke prioriteiten heeft Doesburg?", KNOWN)
    assert q.key_terms == ("prioriteit",)


def test_the_word_that_designates_a_named_place_is_not_a_key_term():
    assert understand("Wat doet de gemeente Doesburg aan ondermijning?", KNOWN).key_terms == ("ondermijn",)
    assert "regio" not in understand("Wat doet de regio Dalfsen aan ondermijning?", KNOWN).key_terms
    assert understand("Gemeente Doesburg: wat doet zij aan ondermijning?", KNOWN).key_terms == ("ondermijn",)
    # without a name after it, "gemeente" is part of what is asked
    assert "gemeent" in understand("Wat doet de gemeente aan ondermijning?", KNOWN).key_terms


def test_the_instruction_to_compare_is_not_a_key_term():
    q = understand("Vergelijk de aanpak van verkeersveiligheid in Doesburg en Dalfsen.", KNOWN)
    assert q.intent == "comparison" and q.key_terms == ("aanpak", "verkeersveil")


def test_why_a_topic_is_a_priority_asks_for_the_reason_not_whether_it_is_one():
    q = understand("Waarom heeft Dalfsen woninginbraken als lokale prioriteit?", KNOWN)
    assert q.reason and not q.asks_priority
    assert understand("Heeft Dalfsen woninginbraken als lokale prioriteit?", KNOWN).asks_priority


def test_zoals_bedoeld_does_not_make_a_definition_question():
    assert understand("Wat worden de taken van boa's, zoals bedoeld in de APV, samen met de politie?", KNOWN).intent \
        != "definition"


def test_a_name_with_spaces_is_not_a_key_term():
    assert understand("Welke prioriteiten heeft Bergen op Zoom?", KNOWN).key_terms == ("prioriteit",)


def test_unknown_place_is_reported():
    q = understand("Welke maatregelen neemt de gemeente Zwolle tegen drugs?", KNOWN)
    assert q.unknown_places == ("Zwolle",)
    assert q.municipalities == ()
    assert "zwoll" not in " ".join(q.key_terms)
    assert understand("Wat doet de gemeente Dalfsen tegen drugs?", KNOWN).unknown_places == ()
    assert understand("Wat doet de gemeente Het Bildt?", KNOWN).unknown_places == ()  # 'Het' is no place


def test_period_and_years():
    q = understand("Wat staat er in het plan voor 2019-2022 over cybercrime?", KNOWN)
    assert q.period == (2019, 2022) and q.years == (2019, 2022)
    assert understand("Wat gebeurt er van 2019 t/m 2022?", KNOWN).period == (2019, 2022)
    q = understand("Hoeveel inbraken waren er in 2017?", KNOWN)
    assert q.period is None and q.years == (2017,)


def test_frequency_questions():
    assert understand("Hoe vaak wordt de veiligheidsmonitor uitgevoerd?", KNOWN).frequency
    assert not understand("Wat doet het RIEC?", KNOWN).frequency


def test_for_municipality_takes_the_other_municipalities_out():
    q = understand("Welke prioriteiten hebben Doesburg en Dalfsen gekozen?", KNOWN)
    assert for_municipality(q, "Dalfsen") == "Welke prioriteiten hebben Dalfsen gekozen?"
    assert for_municipality(q, "Doesburg") == "Welke prioriteiten hebben Doesburg gekozen?"
    q = understand("Wat doen Dalfsen, Doesburg en Bergen op Zoom aan ondermijning?", KNOWN)
    assert for_municipality(q, "Bergen op Zoom") == "Wat doen Bergen op Zoom aan ondermijning?"


def test_for_municipality_of_a_question_about_one_or_no_municipality():
    q = understand("Wat doet Doesburg aan evenementen?", KNOWN)
    assert for_municipality(q, "Doesburg") == "Wat doet Doesburg aan evenementen?"
    q = understand("Wat doen de gemeenten aan evenementen?", KNOWN)
    assert for_municipality(q, "Dalfsen") == "Wat doen de gemeenten aan evenementen? (gemeente Dalfsen)"


def test_for_municipality_with_adjective_forms_names_only_the_asked_municipality():
    q = understand("Vergelijk het Doesburgse en het Dalfsense beleid", KNOWN)
    for name, other in (("Doesburg", "Dalfsen"), ("Dalfsen", "Doesburg")):
        rewritten = for_municipality(q, name)
        assert name in rewritten and other not in rewritten


@pytest.mark.parametrize("text", ["", "   ", "\n\t", None])
def test_empty_questions_are_refused(text):
    with pytest.raises(QuestionError) as excinfo:
        validate(text, 1000)
    assert "leeg" in excinfo.value.message_nl


def test_too_long_questions_are_refused_with_the_length_in_the_message():
    with pytest.raises(QuestionError) as excinfo:
        validate("x" * 1001, 1000)
    assert "1001" in excinfo.value.message_nl and "1000" in excinfo.value.message_nl
    assert validate("  " + "x" * 1000 + "  ", 1000) == "x" * 1000  # surrounding spaces do not count


@pytest.mark.parametrize("text", ["???", "?!.", "…", "-- --"])
def test_punctuation_only_is_refused(text):
    with pytest.raises(QuestionError) as excinfo:
        validate(text, 1000)
    assert "geen woorden" in excinfo.value.message_nl


def test_valid_question_is_returned_stripped():
    assert validate("  Wat doet het RIEC?\n", 1000) == "Wat doet het RIEC?"


def test_municipalities_without_a_plan_are_recognised_by_name():
    from assistant.ask.question import other_municipalities

    assert understand("Welke prioriteiten heeft Zutphen?", KNOWN).unknown_places == ("Zutphen",)
    assert other_municipalities("Wat doet Bergen op Zoom tegen drugs?", ["Doesburg"]) == ["Bergen op Zoom"]
    assert other_municipalities("Wat doet Bergen op Zoom tegen drugs?", KNOWN) == []  # known: and not "Bergen"
    # names that are also words count only where a name can stand: capitalised, not the first word
    assert other_municipalities("Best practices voor woninginbraken", KNOWN) == []
    assert other_municipalities("Wat is de beste aanpak?", KNOWN) == []
    assert other_municipalities("Wat doet Best aan woninginbraken?", KNOWN) == ["Best"]


def test_synonym_groups_are_single_words():
    """A multi-word entry would be split into its words and tie common words ("groepen", "middelen") to a topic."""
    import tomllib

    from assistant.config import DATA_DIR

    groups = tomllib.loads((DATA_DIR / "synonyms.toml").read_text(encoding="utf-8"))["groups"]
    entries = [w for head, members in groups.items() for w in [head, *members]]
    assert entries and all(len(w.split()) == 1 for w in entries), [w for w in entries if len(w.split()) > 1]


def test_a_question_of_ten_thousand_characters_is_refused_in_both_languages():
    with pytest.raises(QuestionError) as excinfo:
        validate("Wat doet het RIEC? " * 527, 1000)  # 10,013 characters
    assert "longer than 1000" in str(excinfo.value)
    assert "te lang (10012 tekens)" in excinfo.value.message_nl and "maximaal 1000" in excinfo.value.message_nl


@pytest.mark.parametrize("text", ["\x00\x01\x02\x1b\x7f", "\u200b\u200b", "\ue000\x00", "\x1b" * 5000])
def test_a_question_of_only_control_characters_is_refused_as_unreadable(text):
    with pytest.raises(QuestionError) as excinfo:
        validate(text, 1000)
    assert "control characters" in str(excinfo.value)
    assert "stuurtekens" in excinfo.value.message_nl


@pytest.mark.parametrize("text, expected", [
    ("Wat doet\x00 het RIEC?", "Wat doet  het RIEC?"),  # a control character becomes a space
    ("Wat doet het R\u200bIEC?\x1b", "Wat doet het RIEC?"),  # a zero-width space goes without a trace
    ("Wat is onder\u00admijning?", "Wat is ondermijning?"),  # soft hyphen
    ("Wat doet\nhet RIEC?\t", "Wat doet\nhet RIEC?"),  # line breaks and tabs are whitespace, kept
])
def test_control_characters_are_stripped_and_the_question_answered(text, expected):
    assert validate(text, 1000) == expected


def test_control_characters_do_not_count_towards_the_length_limit():
    assert validate("RIEC" + "\x00" * 2000, 1000) == "RIEC"


@pytest.mark.parametrize("text", ["___", "?!_-", "\x00?\x00!"])
def test_underscores_and_punctuation_are_no_words(text):
    with pytest.raises(QuestionError) as excinfo:
        validate(text, 1000)
    assert "no words" in str(excinfo.value) and "geen woorden" in excinfo.value.message_nl


@pytest.mark.parametrize("question, fact", [
    ("Vanaf welke datum is het veiligheidsplan van Dalfsen van kracht?", "in_force_from"),
    ("Wanneer is het plan van Doesburg van kracht geworden?", "in_force_from"),
    ("Per welke datum treedt het plan van Dalfsen in werking?", "in_force_from"),
    ("Vanaf welke dag geldt het veiligheidsbeleid van Doesburg?", "in_force_from"),
    ("In welke volgorde hebben de raden de plannen van Dalfsen en Doesburg vastgesteld?", "adopted_on"),
    ("Welk veiligheidsplan is het eerst aangenomen: dat van Dalfsen of dat van Doesburg?", "adopted_on"),
    ("Welke prioriteit heeft Dalfsen als eerste genoemd?", None),  # an order, of no adoption
    ("Hoe lang gaat een pand in Doesburg dicht als daar voor het eerst drugshandel is vastgesteld?", None),
    ("Is het plan van Doesburg nog van kracht?", "expired_on"),  # whether it still is, not since when
    ("Op welk wetsartikel berust het plan van Dalfsen?", "legal_basis"),
    ("Op welke wet is het veiligheidsbeleid van Doesburg gebaseerd?", "legal_basis"),
    ("Op welk wetsartikel steunt het plan van Dalfsen?", "legal_basis"),
    ("Onder welk nummer stond het raadsvoorstel over het plan van Dalfsen?", "decision_number"),
    ("Wat is het telefoonnummer van het meldpunt in Dalfsen?", None),  # a number, of no decision
    ("Hoe lang loopt het veiligheidsplan van Dalfsen?", "period"),
    ("Hoe lang lopen de veiligheidsplannen van Dalfsen en Doesburg?", "period"),
    ("Hoe lang loopt de aanpak van jeugdoverlast in Dalfsen?", None),  # how long a measure runs, not the plan
    # the money for the plan as a whole; not for a part of it, a programme by its name, nor what is added to it
    ("Welk bedrag reserveren Dalfsen en Doesburg elk jaar voor hun integrale veiligheidsbeleid?", "budget"),
    ("Hoe groot is het totale budget dat Dalfsen voor veiligheid heeft?", "budget"),
    ("Wat kost het nieuwe veiligheidsplan van Doesburg per jaar?", "budget"),
    ("Hoeveel geld is er per jaar voor de uitvoering van het plan van Dalfsen?", "budget"),
    ("Hoeveel geld is er in Dalfsen voor jongerenwerk?", None),
    ("Hoeveel geld gaat er in Doesburg naar het programma Veilig Thuis?", None),
    ("Hoeveel extra geld trekt Dalfsen uit voor het veiligheidsplan?", None),
    # which plan came before ("hiervoor"); whether a plan has been adopted yet: by whom each was
    ("Welk veiligheidsplan had Doesburg hiervoor?", "predecessor"),
    ("Welk van de veiligheidsplannen is nog niet door de gemeenteraad vastgesteld?", "adopted_by"),
    ("Waarom is het plan van Dalfsen niet vastgesteld?", None),
])
def test_questions_about_the_plan_itself_ask_for_its_fact(question, fact):
    assert [str(f) for f in understand(question, KNOWN).plan_facts] == ([fact] if fact else [])


@pytest.mark.parametrize("question, facts", [
    ("Door welk beleid is het veiligheidsplan van Dalfsen vervangen?", ["replaced_by"]),
    ("Wat is de opvolger van het IVB 2019-2022 van Dalfsen?", ["replaced_by"]),
    # reads both ways: which plan it replaces, which plan replaces it
    ("Welk plan vervangt het?", ["predecessor", "replaced_by"]),
    ("Welk plan kwam er in de plaats van het veiligheidsbeleid van Doesburg?", ["replaced_by"]),
    ("Tot wanneer gold het veiligheidsplan van Dalfsen?", ["period", "expired_on"]),  # past tense: when it ended
    ("Tot wanneer loopt het veiligheidsplan van Dalfsen?", ["period"]),
    ("Vergelijk de looptijden van de plannen van Dalfsen en Doesburg.", ["period"]),
    ("Wie heeft het plan van Dalfsen vastgesteld, en wanneer was dat?", ["adopted_by", "adopted_on"]),
    ("Door welke camera's zijn de oude camera's in Doesburg vervangen?", []),  # no plan is asked about
    ("Wie is de opvolger van de wijkagent in het plan van Dalfsen?", []),
    ("Welke maatregel vervangt het cameratoezicht in het plan van Dalfsen?", []),
    ("Wat komt er in de plaats van het cameratoezicht in het plan van Doesburg?", []),
    # asked about an earlier plan, only which plan it was; asked why, no fact of the plan answers
    ("Wat was het vorige veiligheidsplan van Dalfsen?", ["predecessor"]),
    ("Waarom had het vorige veiligheidsplan van Dalfsen een looptijd van vier jaar?", []),
    ("Wie heeft het vorige veiligheidsplan van Doesburg vastgesteld?", []),
    ("Waarom heeft het veiligheidsplan van Doesburg een looptijd van vier jaar?", []),
])
def test_which_plan_replaced_a_plan_and_until_when_it_applied(question, facts):
    assert [str(f) for f in understand(question, KNOWN).plan_facts] == facts


@pytest.mark.parametrize("question, measure, priced", [
    # how high a sum others pay is: money, and the sum is what the amount must name
    ("Hoe hoog is de dwangsom bij illegale vakantieverhuur in Dalfsen?", "money", ("dwangsom",)),
    ("Hoe hoog is de boete voor wildplassen?", "money", ("boet",)),
    # who pays or contributes is what the amount is about, unless it is the municipality itself
    ("Hoeveel draagt de zorgverzekeraar bij aan de pilot?", "money", ("zorgverzekerar",)),
    ("Hoeveel draagt Doesburg bij aan de veiligheidsregio?", "money", ()),
    ("Hoeveel betaalt de gemeente aan het RIEC?", "money", ()),
    # counting sums is a count; what something costs names no kind of sum
    ("Hoeveel boetes zijn er in Doesburg uitgedeeld?", "count", ()),
    ("Wat kost het cameratoezicht in Doesburg?", "money", ()),
    ("Hoe hoog is de vergoeding voor het jongerenwerk?", "money", ()),
])
def test_the_kind_of_sum_a_money_question_asks_for(question, measure, priced):
    q = understand(question, KNOWN)
    assert (q.measure, q.priced) == (measure, priced)


def test_the_plans_of_the_collection_plan_facts_asked_yes_or_no_and_adjectives_of_names_ending_in_e():
    known = ["Hunzewold", "Schelvoorde"]
    over_all = understand("Vergelijk de looptijd van de drie veiligheidsplannen.", known)
    assert over_all.intent == "comparison" and over_all.all_municipalities and "period" in over_all.plan_facts
    assert "adopted_on" in understand("Op de voorkant staat 5 november 2024. Is het plan toen vastgesteld?", known).plan_facts
    assert "adopted_on" in understand("Is het veiligheidsplan op 5 november 2024 vastgesteld?", known).plan_facts
    assert understand("Wat zijn de prioriteiten in het Schelvoordse IVP?", known).municipalities == ("Schelvoorde",)
    assert understand("Wat doet Schelvoord aan ondermijning?", known).municipalities == ()


@pytest.mark.parametrize("question, aspect", [
    ("woninginbraken Doesburg 2021", "figure"),  # keywords with a year and a topic: that year's figure
    ("jeugdoverlast 2017", "figure"),
    ("Doesburg 2024", "general"),  # no topic
    ("Integraal veiligheidsbeleid 2024-2027", "general"),  # a plan's period, no year's figure
    ("Wat deed Doesburg in 2021 aan jeugdoverlast?", "general"),  # a question, not keywords
])
def test_keywords_with_a_year_ask_for_that_years_figure(question, aspect):
    assert understand(question, KNOWN).aspect == aspect


@pytest.mark.parametrize("question, parts", [
    ("Hoeveel sportclubs telt Teststad en wat kost het extra jongerenwerk?",
     ("Hoeveel sportclubs telt Teststad?", "wat kost het extra jongerenwerk?")),
    ("Wanneer start de pilot in Teststad, met welke partner, en wie betaalt het?",
     ("Wanneer start de pilot in Teststad?", "met welke partner?", "wie betaalt het?")),
    ("Welke prioriteit kiest Teststad voor de jeugd, en waarom?",
     ("Welke prioriteit kiest Teststad voor de jeugd?", "waarom?")),
    ("Is het plan een bijlage bij het raadsvoorstel? En wat is de datum van dat voorstel?",
     ("Is het plan een bijlage bij het raadsvoorstel?", "wat is de datum van dat voorstel?")),
])
def test_a_question_that_joins_whole_questions_is_split_into_them(question, parts):
    assert question_parts(question) == parts


@pytest.mark.parametrize("question", [
    "Door wie en op welke datum is het plan van Teststad vastgesteld?",  # one question asked two ways
    "In welk overleg en op welke datum zijn de prioriteiten afgestemd?",
    "Wat is het verschil tussen slecht werkgeverschap, arbeidsuitbuiting en mensenhandel?",
    "Hoeveel verkeersongevallen en fietsendiefstallen waren er in 2024?",  # "en" between nouns
])
def test_a_single_question_is_not_split(question):
    assert question_parts(question) == (question,)


def test_a_village_of_one_municipality_names_that_municipality():
    places = {"Lieshorst": "Eikenveen", "Wijhoven": "Bremmerlo"}
    q = understand("Ik woon sinds kort in Lieshorst. Wat kan ik zelf doen om de buurt veiliger te maken?",
                   ["Bremmerlo", "Eikenveen"], places)
    assert (q.municipalities, q.places, q.asks_action, q.about_residents) == (("Eikenveen",), ("Lieshorst",), True, True)
    named = understand("Wat doet Bremmerlo in Lieshorst?", ["Bremmerlo", "Eikenveen"], places)
    assert named.municipalities == ("Bremmerlo",)  # a municipality the question names comes first
    both = understand("Vergelijk Lieshorst en Wijhoven.", ["Bremmerlo", "Eikenveen"], places)
    assert both.municipalities == ()  # villages of two municipalities name neither


def test_a_place_written_as_a_site_names_its_municipality_and_stays_a_site():
    """"in de Kreekhaven": whose plan it is, and a site (a count there is one stated with it), not a kern."""
    q = understand("Hoeveel kilo cocaïne onderschepte de Douane in 2022 in de Kreekhaven?", ["Schelvoorde", "Merwedonk"],
                   {"Kreekhaven": "Schelvoorde"})
    assert (q.municipalities, q.places, q.sites) == (("Schelvoorde",), (), ("Kreekhaven",))
    assert place_names("Wat gebeurt er bij Dijkhoek en op de Heukelplas?") == ("Dijkhoek", "Heukelplas")


@pytest.mark.parametrize("question, post", [
    ("Hoe heet de ondermijningsregisseur van Eikenveen? Ik wil contact opnemen.", "ondermijningsregisseur"),
    ("Wie is de coördinator ondermijning bij de gemeente Merwedonk?", "coördinator ondermijning"),
    ("Wie is de burgemeester van Ravelingen?", "burgemeester"),
    ("Wanneer staat het plan gepland, en wie is de trekker?", ""),  # a team may be the trekker
    ("Hoe heet de campagne voor ouders in Dalfsen?", ""),  # the name of a thing
    ("Wie is voorzitter van de stuurgroep?", ""),
])
def test_a_question_for_the_name_of_whoever_holds_a_post(question, post):
    assert understand(question, KNOWN).person_post == post


def test_how_often_in_a_year_counts_events_and_without_one_asks_how_regularly():
    assert not understand("Hoe vaak werd er in 2023 in Dalfsen agressie tegen medewerkers gemeld?", KNOWN).frequency
    assert understand("Hoe vaak komt de lokale driehoek in Dalfsen bijeen?", KNOWN).frequency
    assert understand("Hoe vaak komt de driehoek van het IVB 2019-2022 van Dalfsen bijeen?", KNOWN).frequency  # a plan's period


@pytest.mark.parametrize("question, absence", [
    ("Welke plannen laten verkeersveiligheid erbuiten?", True),
    ("Wat valt er buiten het plan van Doesburg?", True),
    ("Wat laat Dalfsen daarbuiten, en waar is dat geregeld?", True),
    ("Welke plannen gaan over verkeersveiligheid?", False),
])
def test_a_question_about_what_a_plan_leaves_out_asks_about_an_absence(question, absence):
    assert understand(question, KNOWN).about_absence is absence


@pytest.mark.parametrize("question, action", [
    # a resident tells what happened, then asks what is done about it
    ("Mijn buurman werd bij het station bekogeld. Wat gaat de gemeente daartegen doen?", True),
    ("Er staat een lege schuur naast ons erf. Doet de gemeente hier iets mee?", True),
    ("Mijn oma wordt opgelicht door een kennis. Is daar in Dalfsen iets voor gepland?", True),
    ("Mijn bovenburen maken elke nacht lawaai. Waar kan ik terecht?", True),
    ("Mijn vader werd gebeld door een nepbank. Kan hij in Dalfsen ergens leren hoe dat werkt?", True),
    ("Elk weekend plassen dagjesmensen tegen onze gevel. Gaat de gemeente daar iets aan doen?", True),
    ("Klasgenoten nemen een mes mee naar school. Doet de gemeente Dalfsen daar iets aan?", True),
    ("Op zomerdagen scheuren er jetski's langs ons strandje. Wordt daar iets tegen gedaan?", True),
    ("Komt er in Doesburg meer handhaving op het bedrijventerrein?", True),
    ("Naast ons wonen twaalf seizoenarbeiders in één huis. Kijkt de gemeente daar ooit naar?", True),
    ("Wanneer komt er een nieuw veiligheidsplan in Doesburg?", False),
    # when something is planned asks for a date, not for what is done
    ("Wanneer staat de uitbreiding van het cameratoezicht in Dalfsen gepland?", False),
    ("Mijn buurman werd bij het station bekogeld. Hoeveel incidenten waren er in 2023?", False),
])
def test_a_question_asked_after_a_story_or_in_a_residents_words_asks_what_is_done(question, action):
    assert understand(question, KNOWN).asks_action is action


@pytest.mark.parametrize("question, figure", [
    ("Welk deel van de inbraken in Doesburg gaat op het conto van rondtrekkende bendes?", True),
    ("Welk aandeel van de meldingen in Dalfsen komt van inwoners?", True),
    ("Welk deel van het plan van Dalfsen gaat over jongeren?", False),  # a part of the plan, not a share
])
def test_which_share_of_a_plural_is_a_figure_question(question, figure):
    q = understand(question, KNOWN)
    assert (q.aspect == "figure" and q.asks_number) is figure


def test_focusgebieden_are_what_a_list_of_priorities_enumerates():
    q = understand("Welke vier focusgebieden heeft Doesburg gekozen?", KNOWN)
    assert q.aspect == "list" and "focusgebied" in q.list_nouns


def test_a_place_named_after_a_preposition_of_place_is_unknown_unless_the_question_names_a_municipality():
    located = understand("Wat doet de gemeente tegen hangjongeren bij de school in Zuid-Ganzenwijk?", KNOWN)
    assert located.unknown_places == ("Zuid-Ganzenwijk",) and located.villages == ("Zuid-Ganzenwijk",)
    # a country, a known municipality's adjective, or a place in a question that names a municipality: none
    for question in ("Ik kom uit Polen en werk in Duitsland: waar kan ik terecht?",
                     "Wat gebeurt er in Doesburgse wijken tegen inbraak?",
                     "Wat doet Dalfsen tegen inbraken in Ganzenwijk?"):
        assert understand(question, KNOWN).unknown_places == (), question


def test_a_word_of_a_hyphenated_compound_asks_about_no_absence():
    assert not understand("Wat wordt bedoeld met een geen-bootdag in Dalfsen?", KNOWN).about_absence
    assert understand("Waarom staat er geen aanpak van drugs in het plan van Dalfsen?", KNOWN).about_absence


@pytest.mark.parametrize("question, counted", [
    ("Hoeveel containers controleert de Douane per jaar in Dalfsen?", ("container",)),  # the verb before its subject
    ("Hoeveel wijkagenten en jeugdagenten heeft Doesburg?", ("wijkagent", "jeugdagent")),
    ("Hoeveel aandachtsfunctionarissen mensenhandel heeft Dalfsen?", ("aandachtsfunctionariss", "mensenhandel")),
])
def test_what_a_count_question_counts_stops_at_the_verb(question, counted):
    assert understand(question, KNOWN).counted == counted


def test_a_count_asked_of_now_is_marked_current():
    assert understand("Met hoeveel vrijwilligers werkt buurtbemiddeling in Dalfsen op dit moment?", KNOWN).current
    assert not understand("Hoeveel vrijwilligers werft Dalfsen voor buurtbemiddeling?", KNOWN).current


@pytest.mark.parametrize("question, sites", [
    ("Hoeveel camera's hangen er op de Oude Markt in Dalfsen?", ("Oude Markt",)),
    ("Hoeveel kilo cocaïne onderschepte de Douane in de Kreekhaven van Doesburg?", ("Kreekhaven",)),
    ("Hoeveel boa's noemt het Integraal Veiligheidsplan van Dalfsen?", ()),  # a plan, no site
    ("Hoeveel inwoners heeft Dalfsen?", ()),
])
def test_a_named_site_in_a_question_is_where_it_asks_about(question, sites):
    assert understand(question, KNOWN).sites == sites


def test_what_a_sum_will_cost_is_the_thing_priced_and_the_plan_s_cost_is_its_budget():
    assert understand("Wat gaat de nachtbus van Dalfsen naar Zwolle kosten?", KNOWN).priced == ("nachtbus",)
    assert [str(f) for f in understand("Wat gaat het veiligheidsplan van Doesburg kosten?", KNOWN).plan_facts] == ["budget"]


def test_auxiliary_verbs_of_a_question_are_no_key_terms():
    """'Wat gaat Doesburg doen …': "gaat" (stemmed "gat", a hole) says nothing about the topic."""
    assert understand("Wat gaat Doesburg doen tegen witwassen?", KNOWN).key_terms == ("witwass",)
    assert understand("Wat doet Dalfsen tegen inbraak?", KNOWN).key_terms == ("inbrak",)


@pytest.mark.parametrize("question, over_all", [
    ("Welk van de veiligheidsplannen is nog niet door de gemeenteraad vastgesteld?", True),
    ("Welke van de gemeenten heeft een keurmerk?", True),
    ("Welk plan van Dalfsen gaat over jongeren?", False),  # one municipality's plan
])
def test_which_of_the_plans_asks_across_the_collection(question, over_all):
    assert understand(question, KNOWN).all_municipalities is over_all


def test_the_legal_basis_or_start_of_a_measure_is_no_question_about_the_plans_own():
    assert FactField.LEGAL_BASIS in understand("Op welk wetsartikel berust het plan van Dalfsen?", KNOWN).plan_facts
    assert FactField.LEGAL_BASIS not in understand("Op welk artikel van de Opiumwet steunt de burgemeester van Dalfsen "
                                                   "bij het sluiten van drugspanden?", KNOWN).plan_facts
    assert FactField.IN_FORCE_FROM in understand("Vanaf wanneer geldt het veiligheidsplan van Dalfsen?", KNOWN).plan_facts
    assert not understand("Vanaf wanneer is de 'veilige haven' voor uitgaanders in Dalfsen open?", KNOWN).plan_facts
