"""The conversation export: every citation written out with municipality, title, section and quote."""

from __future__ import annotations

from datetime import datetime

from assistant.answer.compose import Answer, AnswerBlock, AnswerLine
from assistant.citation import Citation
from assistant.present.export import Turn, conversation_markdown, escape_inline, export_file_name

RIEC = Citation("doesburg", "Doesburg", "Integraal veiligheidsbeleid gemeente Doesburg 2024-2027",
                ("Veiligheidsnetwerk & RIEC",), 3847, 3971,
                "Het RIEC (Regionaal Informatie en Expertise Centrum) ondersteunt de gemeente bij de aanpak van "
                "georganiseerde criminaliteit.")
TABLE = Citation("dalfsen", "Dalfsen", "Beleidsplan Integrale Veiligheid 2019-2022",
                 ("2. Huidige situatie", "2.1 Veiligheidsanalyse"), 100, 120, "Woninginbraken\t40\t31")
WHEN = datetime(2026, 11, 23, 10, 30)


def answer(*citations: Citation, abstained: bool = False, related=()) -> Answer:
    lines = tuple(AnswerLine(c.quote, n, "bullet" if "\t" in c.quote else "sentence") for n, c in enumerate(citations, 1))
    block = AnswerBlock("Volgens de plannen:", lines)
    return Answer("vraag", "definition", (block,), tuple(citations), abstained, related=tuple(related))


def test_export_writes_question_answer_and_every_source():
    turns = [Turn("t1", "Wat doet het RIEC?", answer(RIEC, TABLE), municipalities=("Doesburg",))]
    text = conversation_markdown(turns, WHEN)
    assert text.startswith("# Gesprek met Beleidswijzer\n")
    assert "23-11-2026 10:30" in text
    assert "## Vraag 1: Wat doet het RIEC?" in text
    assert "_Filter — gemeenten: Doesburg_" in text
    assert "### Bronnen" in text
    assert "1. **Doesburg** — Integraal veiligheidsbeleid gemeente Doesburg 2024-2027" in text
    assert "Sectie: Veiligheidsnetwerk & RIEC (tekens 3847–3971)" in text
    assert f"   > {RIEC.quote}" in text
    assert "2. **Dalfsen** — Beleidsplan Integrale Veiligheid 2019-2022" in text
    assert "Sectie: 2. Huidige situatie › 2.1 Veiligheidsanalyse" in text
    assert "   > Woninginbraken | 40 | 31" in text
    assert f"{RIEC.quote} [1]" in text
    assert "- Woninginbraken | 40 | 31 [2]" in text


def test_refusals_and_abstentions_are_exported_too():
    abstained = Answer("x", "general", (AnswerBlock("", (AnswerLine("Hierover vind ik niets.", None, "note"),)),), (),
                       True, related=(RIEC,))
    turns = [Turn("t1", "x" * 1001, None, "Uw vraag is te lang."), Turn("t2", "Hoe laat is het?", abstained)]
    text = conversation_markdown(turns, WHEN)
    assert "## Vraag 1:" in text and "_Uw vraag is te lang._" in text
    assert "## Vraag 2: Hoe laat is het?" in text
    assert "_Hierover vind ik niets._" in text
    assert "### Mogelijk relevant" in text and f"> {RIEC.quote}" in text


def test_markup_in_questions_and_quotes_is_neutralised():
    hostile = Citation("d", "<b>Gemeente</b>", "[Plan](javascript:x)", ("# Kop",), 0, 5, "**vet** <script>")
    text = conversation_markdown([Turn("t", "[klik](javascript:alert(1))", answer(hostile))], WHEN)
    assert "[klik](" not in text and "\\[klik\\](javascript:alert(1))" in text
    assert "<script>" not in text and "\\<script\\>" in text
    assert "\\*\\*vet\\*\\*" in text
    assert escape_inline("a_b*c`d") == "a\\_b\\*c\\`d"


def test_empty_conversation_and_file_name():
    assert "nog geen vragen" in conversation_markdown([], WHEN)
    assert export_file_name(WHEN) == "beleidswijzer-gesprek-20261123-1030.md"
