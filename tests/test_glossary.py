"""Glossary: abbreviations and defined terms with their passage; precision on a hand-checked list."""

from __future__ import annotations

import pytest

from assistant.answer import glossary as glossary_module
from assistant.answer.glossary import GlossaryEntry, build_glossary, corpus_acronyms, extract_entries, long_form, lookup
from assistant.ingest.documents import Document, DocumentMetadata, load_bytes, load_document
from tests.conftest import FIXTURES, SEED_CORPUS

# Hand-checked against the seed texts: (doc, term, expansion). An expansion is the text's own spelling-out;
# "" means the plan defines the term in words or uses the abbreviation without spelling it out.
CORRECT = {
    ("doesburg", "IVB", "integrale veiligheidsbeleid"),
    ("doesburg", "RIEC", "Regionaal Informatie en Expertise Centrum"),
    ("doesburg", "boa’s", ""),
    ("doesburg", "Digitale criminaliteit", ""),
    ("doesburg", "Bibob", ""),
    ("doesburg", "OM", ""),
    ("doesburg", "VGGM", ""),
    ("dalfsen", "RCIV", "Regionaal Coördinatiepunt Integrale Veiligheid"),
    ("dalfsen", "RIEC", "Regionaal Informatie en Expertise Centrum"),
    ("dalfsen", "RIEC ON", "Regionaal Informatie en Expertise Centrum Oost-Nederland"),
    ("dalfsen", "LIEC", "Landelijk Informatie en Expertise Centrum"),
    ("dalfsen", "HIC", "High Impact Crime"),
    ("dalfsen", "OMG", "Outlaw Motorcycle Gangs"),
    ("dalfsen", "OMG", "Outlaw Motor gangs"),
    ("dalfsen", "BBG", "Bestuurlijke Begeleidingsgroep"),
    ("dalfsen", "DVO", "Districtelijk veiligheidsoverleg"),
    ("dalfsen", "GHOR", "geneeskundige hulpverlening bij ongevallen en rampen"),
    ("dalfsen", "GHOR", "Geneeskundige HulpverleningsOrganisatie in de Regio"),
    ("dalfsen", "DDO", "Donkere dagen Offensief"),
    ("dalfsen", "VVN", "Veilig Verkeer Nederland"),
    ("dalfsen", "CCV", "Centrum voor Criminaliteitspreventie en Veiligheid"),
    ("dalfsen", "DRO", "Districtelijke Regiegroep Ondernijning"),  # the plan's own spelling
    ("dalfsen", "veiligheid", ""),
    ("dalfsen", "Subjectieve veiligheid", ""),
    ("dalfsen", "veiligheidsketen", ""),
    ("dalfsen", "veiligheidsmonitor", ""),
    ("dalfsen", "geweldsdelicten", ""),
    ("dalfsen", "Polarisatie en radicalisering", ""),
    ("dalfsen", "Bestuurlijke aanpak van georganiseerde criminaliteit", ""),
    ("dalfsen", "Veiligheidsnetwerk Oost-Nederland", ""),
    ("dalfsen", "expertteams", ""),
    ("dalfsen", "Artikel 13b Opiumwet", ""),
    ("dalfsen", "Cybercrime", ""),
    ("dalfsen", "Gedigitaliseerde criminaliteit", ""),
    ("dalfsen", "Digitale criminaliteit", ""),
    ("dalfsen", "computercriminaliteit", ""),
    ("dalfsen", "Criminaliteit met een digitale component", ""),
    ("dalfsen", "personen met verward gedrag", ""),
    ("dalfsen", "Bibob", ""),
    ("dalfsen", "VNG", ""),
    ("dalfsen", "GGZ", ""),
    ("dalfsen", "GGD", ""),
    ("dalfsen", "ICT", ""),
}
MIN_CORRECT = 25
MIN_PRECISION = 0.9


@pytest.fixture(scope="module")
def seed_entries() -> list[GlossaryEntry]:
    docs = [load_document(SEED_CORPUS / f"{name}.txt") for name in ("doesburg", "dalfsen")]
    acronyms = corpus_acronyms(d.text for d in docs)
    return [e for d in docs for e in extract_entries(d, acronyms)]


def test_glossary_precision_and_size_on_the_hand_checked_list(seed_entries):
    found = {(e.doc_id, e.term, e.expansion) for e in seed_entries}
    correct = found & CORRECT
    precision = len(correct) / len(found)
    assert len(correct) >= MIN_CORRECT, sorted(CORRECT - found)
    assert precision >= MIN_PRECISION, sorted(found - CORRECT)


def test_every_entry_quotes_its_document_and_an_expansion_is_never_invented(seed_entries):
    texts = {name: load_document(SEED_CORPUS / f"{name}.txt").text for name in ("doesburg", "dalfsen")}
    for entry in seed_entries:
        assert texts[entry.doc_id][entry.start:entry.end] == entry.quote
        assert entry.expansion in entry.quote  # the expansion is spelled out in the passage itself
        assert entry.term.replace("’", "'").split("'")[0] in entry.quote or entry.term.lower() in entry.quote.lower()


def test_bibob_is_never_expanded(seed_entries):
    bibob = [e for e in seed_entries if e.term.lower() == "bibob"]
    assert bibob and all(e.expansion == "" for e in bibob)
    assert "Bibob" in bibob[0].quote


def test_abbreviation_headings_and_sentences_both_count(seed_entries):
    riec_on = next(e for e in seed_entries if e.term == "RIEC ON")
    assert riec_on.quote == "Regionaal Informatie en Expertise Centrum Oost-Nederland (RIEC ON)"
    hic = next(e for e in seed_entries if e.term == "HIC")
    assert "(HIC, High Impact Crime)" in hic.quote


@pytest.mark.parametrize("query, term, expansion", [
    ("RIEC's", "RIEC", "Regionaal Informatie en Expertise Centrum"),
    ("riec", "RIEC", "Regionaal Informatie en Expertise Centrum"),
    ("boa's", "boa’s", ""),
    ("Boa", "boa’s", ""),
    ("HIC", "HIC", "High Impact Crime"),
    ("high impact crime", "HIC", "High Impact Crime"),
    ("Regionaal Coördinatiepunt Integrale Veiligheid", "RCIV", "Regionaal Coördinatiepunt Integrale Veiligheid"),
    ("de veiligheidsmonitor", "veiligheidsmonitor", ""),
])
def test_lookup_is_case_insensitive_and_tolerant_of_plurals(seed_entries, query, term, expansion):
    best = lookup(seed_entries, query)[0]
    assert (best.term, best.expansion) == (term, expansion)


def test_lookup_puts_spelled_out_entries_first_and_knows_nothing_it_was_not_told(seed_entries):
    ghor = lookup(seed_entries, "GHOR")
    assert len(ghor) == 2 and all(e.expansion for e in ghor)
    assert lookup(seed_entries, "cameratoezicht") == []
    assert lookup(seed_entries, "  ") == []


@pytest.mark.parametrize("short, candidate, expected", [
    ("IVB", "in dit integrale veiligheidsbeleid", "integrale veiligheidsbeleid"),
    ("BBG", "uit een Bestuurlijke Begeleidingsgroep", "Bestuurlijke Begeleidingsgroep"),
    ("RIEC ON", "Regionaal Informatie en Expertise Centrum Oost-Nederland", "Regionaal Informatie en Expertise Centrum Oost-Nederland"),
    ("VGGM", "Brandweer", None),
    ("KVO-B", "keurmerk veilig bedrijventerrein", None),
    ("OM", "van politie en Openbaar Ministerie", "Openbaar Ministerie"),
    ("ABC", "allerlei bijzondere dingen zonder volgorde", None),
])
def test_long_form_needs_every_content_word_to_start_a_letter(short, candidate, expected):
    assert long_form(short, candidate) == expected


def test_a_third_plan():
    doc = load_document(FIXTURES / "plans" / "brakkenveen.txt")
    found = {(e.term, e.expansion) for e in extract_entries(doc)}
    assert found == {
        ("ZVH", "Zorg- en Veiligheidshuis"),
        ("boa's", ""),
        ("KVO", "Keurmerk Veilig Ondernemen"),
        ("APV", "Algemene Plaatselijke Verordening"),
        ("JOS", "Jeugd Overlast Scan"),
        ("hangjongeren", ""),
        ("huiselijk geweld", ""),
    }


ABBREVIATION_TABLE = ("Beleidsplan Veiligheid Noorderwolde\n\nBijlage: afkortingen\n\n"
                      "Afkorting\tBetekenis\n"
                      "E-MOVO\tElektronische Monitor en Voorlichting (gezondheidsonderzoek onder scholieren)\n"
                      "APV\tAlgemene Plaatselijke Verordening\n"
                      "BOA\tHandhaver in de openbare ruimte\n"  # the cell does not spell the letters: not taken
                      "Woninginbraak\tPolitie\t71\n")


def test_a_table_of_abbreviations_gives_an_entry_per_row_that_spells_its_letters():
    doc = Document("noorderwolde", ABBREVIATION_TABLE, DocumentMetadata("Noorderwolde", "Beleidsplan"))
    entries = {e.term: e for e in extract_entries(doc)}
    assert entries["E-MOVO"].expansion == "Elektronische Monitor en Voorlichting"
    assert entries["APV"].expansion == "Algemene Plaatselijke Verordening"
    assert entries["E-MOVO"].quote.startswith("E-MOVO\tElektronische")  # the row is the cited passage
    assert "BOA" not in entries or entries["BOA"].expansion == ""
    assert "Woninginbraak" not in entries


def test_an_abbreviation_with_a_one_letter_prefix_is_expanded_in_running_text():
    text = "Plan\n\nDe E-MOVO (Elektronische Monitor en Voorlichting) meet het alcoholgebruik van scholieren.\n"
    doc = Document("x", text, DocumentMetadata("X", "Plan"))
    assert ("E-MOVO", "Elektronische Monitor en Voorlichting") in {(e.term, e.expansion) for e in extract_entries(doc)}


def test_a_list_of_terms_with_an_abbreviation_before_a_colon_spells_it_out_in_the_opening_words():
    text = ("Plan\n\nBegrippenlijst\n\nEPICC: Euregionaal Politie Informatie- en Coöperatie Centrum in Heerlen, waar de "
            "politie uit drie landen samenwerkt.\n\nELA: afspraken van politie en OM over agressie tegen medewerkers.\n")
    doc = Document("x", text, DocumentMetadata("X", "Plan"))
    found = {(e.term, e.expansion) for e in extract_entries(doc)}
    assert ("EPICC", "Euregionaal Politie Informatie- en Coöperatie Centrum") in found
    assert not any(term == "ELA" and expansion for term, expansion in found)  # it does not spell E-L-A


def test_build_glossary_covers_the_index_and_is_cached(assistant):
    entries = build_glossary(assistant.index)
    assert {e.doc_id for e in entries} == {"doesburg", "dalfsen"}
    assert build_glossary(assistant.index) is entries
    for e in entries:
        assert assistant.index.documents[e.doc_id].text[e.start:e.end] == e.quote


def _lookup_by_reading_every_entry(entries, term):
    """What ``lookup`` returns, found the slow way: every entry's term and expansion compared in turn."""
    wanted = glossary_module._variants(term)
    if not wanted - {""}:
        return []
    scored = []
    for order, entry in enumerate(entries):
        if glossary_module._key(entry.term) == glossary_module._key(term):
            score = 3
        elif glossary_module._variants(entry.term) & wanted:
            score = 2
        elif entry.expansion and glossary_module._variants(entry.expansion) & wanted:
            score = 1
        else:
            continue
        scored.append((-score, 0 if entry.expansion else 1, order, entry))
    return [e for *_, e in sorted(scored, key=lambda x: x[:3])]


def test_lookup_reads_the_entries_of_the_term_only_and_finds_what_reading_all_would(three_plan_assistant):
    entries = build_glossary(three_plan_assistant.index)
    asked = {e.term for e in entries} | {e.expansion for e in entries if e.expansion}
    asked |= {t + "s" for t in list(asked)} | {t.lower() for t in list(asked)} | {"RIEC's", "de boa's", "", "?", "xyz"}
    found_some = 0
    for term in sorted(asked):
        expected = _lookup_by_reading_every_entry(list(entries), term)
        assert lookup(entries, term) == expected, term
        assert lookup(list(entries), term) == expected, term
        found_some += bool(expected)
    assert found_some > len(entries) // 2


def test_a_glossary_line_with_a_dash_defines_its_term_and_the_definition_keeps_the_rest_of_the_entry(testdorp_assistant):
    from assistant.answer.glossary import extract_entries
    from assistant.ingest.documents import load_bytes

    doc = load_bytes("Plan Proefdam 2025-2028\n\nBegrippen\n\nUithaler – iemand die drugs uit containers haalt.\n".encode(),
                     "proefdam.txt")
    assert "Uithaler" in {e.term for e in extract_entries(doc)}
    answer = testdorp_assistant.ask("Wat is een straatcoach?")
    assert not answer.abstained and "werkt samen met de wijkagent" in " ".join(answer.text.split()), answer.text


def test_a_term_on_a_line_of_its_own_over_its_definition_defines_it_and_other_short_lines_do_not():
    """A definition list as a web page shows it ("Kassenteam" over "Samenwerking van …"); a line over a sentence
    about something else, a signature and a title over its adoption define nothing."""
    page = ("<html><body><main><h1>Veiligheidsplan Proefdam 2025-2028</h1><h2>Begrippen</h2><dl>"
            "<dt>Kassenteam</dt><dd>Samenwerking van gemeente, politie en Belastingdienst tegen criminele geldstromen.</dd>"
            "<dt>Boa</dt><dd>buitengewoon opsporingsambtenaar</dd>"
            "<dt>RIEC</dt><dd>Regionaal Informatie- en Expertisecentrum</dd><dt>Looptijd</dt><dd>2025 tot en met 2028</dd></dl>"
            "<p>Ondermijning<br>Wij pakken ondermijning samen met de regio aan.</p>"
            "<p>De voorzitter,<br>H.J. Wolters</p>"
            "<p>Integraal Veiligheidsplan Proefdam 2025-2028<br>Vastgesteld door de raad op 3 maart 2025</p>"
            "</main></body></html>")
    doc = load_bytes(page.encode(), "proefdam.html")
    entries = {e.term: e for e in extract_entries(doc)}
    assert entries["Kassenteam"].quote.startswith("Kassenteam\nSamenwerking van gemeente")
    assert "Boa" in entries
    assert entries["RIEC"].expansion == "Regionaal Informatie- en Expertisecentrum"
    assert not {"Ondermijning", "De voorzitter", "Integraal Veiligheidsplan Proefdam 2025-2028", "Looptijd"} & set(entries)


def test_a_glossary_term_made_of_an_abbreviation_and_a_word_is_spelled_out_where_its_definition_names_it():
    """'SNF-keurmerk – het keurmerk van de Stichting Normering Flexwonen …': the letters are spelled inside the
    definition, not in its opening words; a definition that spells nothing gives no expansion."""
    text = ("Plan\n\nBegrippen\n\nSNF-keurmerk – het keurmerk van de Stichting Normering Flexwonen voor goede "
            "huisvesting van arbeidsmigranten.\n\nRIEC-convenant – de afspraken tussen gemeenten en partners over "
            "het delen van informatie.\n")
    doc = Document("x", text, DocumentMetadata("X", "Plan"))
    found = {(e.term, e.expansion) for e in extract_entries(doc)}
    assert ("SNF", "Stichting Normering Flexwonen") in found
    assert not any(term == "RIEC" and expansion for term, expansion in found)


def test_an_abbreviation_set_beside_what_it_spells_before_a_colon_is_expanded():
    """A Word glossary paragraph "VAB<TAB>Vrijkomende agrarische bebouwing: stallen, …" (the tab read as a space)."""
    text = ("Begrippenlijst\n\nVAB Vrijkomende agrarische bebouwing: stallen, schuren en loodsen die niet meer voor "
            "landbouw worden gebruikt.\n\nRIEC Samenwerking tussen gemeenten: geen expansie die de letters spelt.\n")
    entries = extract_entries(Document("proefdam", text, DocumentMetadata("Proefdam", "Plan")))
    assert ("VAB", "Vrijkomende agrarische bebouwing") in [(e.term, e.expansion) for e in entries]
    assert not any(e.term == "RIEC" and e.expansion for e in entries)  # an expansion is never guessed
