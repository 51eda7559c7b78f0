"""A unit added to an answer with the context it needs (``assistant.answer.context``), on a small plan of its own."""

from __future__ import annotations

import pytest

from assistant.index.build import build_index
from assistant.pipeline import Assistant
from assistant.text import normalise_space

PLAN = """Integraal Veiligheidsplan Testdorp 2025-2028

1. Inleiding

Dit plan beschrijft hoe de gemeente Testdorp in de periode 2025-2028 werkt aan de veiligheid van haar inwoners.

2. Lopende taken

Niet alles vraagt om nieuwe inzet. Een aantal taken loopt goed en die zetten wij ongewijzigd voort. Het gaat om:

  • de advisering over evenementenvergunningen en de risicoscan;

  • de voorbereiding van de jaarwisseling met het vuurwerkverbod op de Markt;

  • de samenwerking met Veilig Thuis bij een tijdelijk huisverbod.

3. Financien

Voor de uitvoering van dit plan is jaarlijks 40.000 euro beschikbaar.
"""


@pytest.fixture(scope="module")
def testdorp(tmp_path_factory, seed_settings, seed_index, embedder):
    import shutil

    root = tmp_path_factory.mktemp("context")
    (root / "corpus").mkdir()
    (root / "index").mkdir()
    (root / "corpus" / "testdorp.txt").write_text(PLAN, encoding="utf-8")
    cache = seed_settings.index_dir / "embeddings.sqlite"
    if cache.exists():
        shutil.copy(cache, root / "index" / "embeddings.sqlite")
    settings = seed_settings.replace(corpus_dir=root / "corpus", index_dir=root / "index", data_dir=root / "data")
    build_index(settings, embedder)
    return Assistant.load(settings, embedder)


def test_a_sentence_before_a_closing_lead_in_gets_the_lead_in_and_its_list(testdorp):
    answer = testdorp.ask("Wat doet Testdorp met de taken die goed lopen?")
    text = normalise_space(answer.text)
    assert not answer.abstained
    assert "die zetten wij ongewijzigd voort" in text and "Het gaat om:" in text
    for item in ("evenementenvergunningen", "vuurwerkverbod", "tijdelijk huisverbod"):
        assert item in text
    quotes = [normalise_space(c.quote) for c in answer.citations]
    assert "Het gaat om:" in quotes and any("vuurwerkverbod" in q for q in quotes)
