"""Upload intake: every check before anything is written, safe names, atomic writes, rollback on failure."""

from __future__ import annotations

import tomllib

import pytest

from assistant.config import Settings
from assistant.errors import DocumentError, UserError
from assistant.index.intake import (
    DocumentDetails,
    add_document,
    check_details,
    check_upload,
    client_base_name,
    safe_file_name,
    sidecar_text,
    store_upload,
)
from assistant.ingest.documents import load_document
from tests.conftest import SEED_CORPUS

PLAN = ("Veiligheidsplan gemeente Zutphen 2025-2028\n\nInleiding\n\n"
        "De gemeente Zutphen pakt woninginbraken en ondermijning samen met de politie aan.\n").encode()


@pytest.fixture()
def settings(tmp_path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "doesburg.txt").write_bytes((SEED_CORPUS / "doesburg.txt").read_bytes())
    return Settings.from_env(env={}, corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data",
                             max_upload_mb=1)


def corpus_listing(settings):
    return sorted(p.name for p in settings.corpus_dir.iterdir())


@pytest.mark.parametrize("name,data,expected", [
    ("plan.exe", b"MZ\x00\x00", "worden niet ondersteund"),
    ("plan", b"tekst", "zonder extensie"),
    ("plan.txt", b"", "is leeg"),
    ("plan.txt", b"   \n\n ", "is leeg"),
    ("plan.txt", b"\x00\x01binary" * 10, "geen tekstdocument"),
    ("plan.pdf", b"not a pdf at all, just text", "geen geldig PDF"),
    ("plan.docx", b"PK not really a zip", "geen leesbaar Word"),
    ("plan.txt", b"kort", "geen tekst"),
])
def test_unusable_uploads_get_a_dutch_message_and_write_nothing(settings, name, data, expected):
    before = corpus_listing(settings)
    with pytest.raises(DocumentError) as excinfo:
        check_upload(name, data, settings)
    assert expected in excinfo.value.message_nl
    assert corpus_listing(settings) == before


def test_oversize_upload_states_the_limit(settings):
    with pytest.raises(DocumentError) as excinfo:
        check_upload("groot.txt", b"a" * (1024 * 1024 + 1), settings)
    assert "te groot" in excinfo.value.message_nl and "maximum is 1 MB" in excinfo.value.message_nl


def test_duplicate_of_a_corpus_file_is_refused(settings):
    with pytest.raises(DocumentError) as excinfo:
        check_upload("kopie.txt", (SEED_CORPUS / "doesburg.txt").read_bytes(), settings)
    assert "staat al in de collectie" in excinfo.value.message_nl and "doesburg.txt" in excinfo.value.message_nl


def test_metadata_is_inferred_for_the_form(settings):
    draft = check_upload("C:\\Users\\x\\Zutphen plan.txt", PLAN, settings)
    assert draft.original_name == "Zutphen plan.txt"
    defaults = draft.defaults()
    assert defaults.municipality == "Zutphen"
    assert (defaults.period_start, defaults.period_end) == (2025, 2028)


@pytest.mark.parametrize("name,expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\Windows\\win.ini.txt", "win-ini.txt"),
    ("Plan Zutphen (def).MD", "plan-zutphen-def.md"),
    ("doesburg.txt", "doesburg-2.txt"),
    ("Doesburg.html", "doesburg-2.html"),
    ("README.md", "readme-document.md"),
    ("....txt", "document.txt"),
    ("/abs/path/.hidden.txt", "hidden.txt"),
])
def test_safe_file_names_never_use_client_paths_or_overwrite(settings, name, expected):
    assert safe_file_name(name, settings.corpus_dir) == expected


def test_client_base_name_strips_paths_and_control_characters():
    assert client_base_name("a/b\\c\n.txt") == "c.txt"
    assert client_base_name("") == "document"


def test_details_are_checked_and_normalised():
    assert check_details(DocumentDetails("  doesburg ", " Plan\n2024 ", 2024, 2027), ["Doesburg"]) == \
        DocumentDetails("Doesburg", "Plan 2024", 2024, 2027)
    for details, message in [(DocumentDetails("", "t"), "gemeente"), (DocumentDetails("g", " "), "titel"),
                             (DocumentDetails("g", "t", 2027, 2024), "eindjaar"),
                             (DocumentDetails("g", "t", 1500, None), "jaartal"),
                             (DocumentDetails("g" * 300, "t"), "tekens")]:
        with pytest.raises(DocumentError) as excinfo:
            check_details(details)
        assert message in excinfo.value.message_nl


def test_sidecar_is_valid_toml_even_with_quotes():
    details = DocumentDetails('Gemeente "Zutphen"', "Plan \\ 2025", 2025, None)
    data = tomllib.loads(sidecar_text(details, 'x".txt'))
    assert data["municipality"] == 'Gemeente "Zutphen"' and data["title"] == "Plan \\ 2025"
    assert data["period_start"] == 2025 and "period_end" not in data


def test_store_writes_document_and_sidecar_that_load_back(settings):
    draft = check_upload("Zutphen plan.txt", PLAN, settings)
    document_path, sidecar = store_upload(draft, DocumentDetails("Zutphen", "Veiligheidsplan", 2025, 2028),
                                          settings.corpus_dir)
    assert document_path.name == "zutphen-plan.txt" and sidecar.name == "zutphen-plan.meta.toml"
    assert document_path.read_bytes() == PLAN
    document = load_document(document_path)
    assert (document.doc_id, document.municipality, document.title) == ("zutphen-plan", "Zutphen", "Veiligheidsplan")
    assert not [p for p in settings.corpus_dir.iterdir() if p.name.startswith(".")]


class _FailingEmbedder:
    fingerprint = "x"
    passage_prompt = "passage: "
    model_id = "x"
    dim = 4

    def passages(self, texts, progress=None):
        raise RuntimeError("model exploded")


def test_a_failed_build_removes_the_written_files(settings):
    draft = check_upload("zutphen.txt", PLAN, settings)
    before = corpus_listing(settings)
    with pytest.raises(RuntimeError):
        add_document(settings, _FailingEmbedder(), draft, DocumentDetails("Zutphen", "Plan"))
    assert corpus_listing(settings) == before


def test_add_document_makes_it_searchable(fresh_settings, embedder):
    from assistant.index.build import build_index
    from assistant.pipeline import Assistant
    from tests.conftest import copy_seeds

    copy_seeds(fresh_settings.corpus_dir, ("doesburg",))
    build_index(fresh_settings, embedder)
    steps = []
    draft = check_upload("Zutphen veiligheid.txt", PLAN, fresh_settings)
    result = add_document(fresh_settings, embedder, draft, DocumentDetails("Zutphen", "Veiligheidsplan Zutphen", 2025, 2028),
                          progress=lambda text, fraction: steps.append(fraction))
    assert result.doc_id == "zutphen-veiligheid" and steps and steps[-1] == 1.0
    assistant = Assistant.load(fresh_settings, embedder)
    assert "Zutphen" in assistant.index.municipalities
    answer = assistant.ask("Wat doet Zutphen aan woninginbraken?")
    assert answer.passages[0].doc_id == "zutphen-veiligheid"


def test_lock_held_elsewhere_is_a_user_error_and_rolls_back(settings, monkeypatch):
    import assistant.index.intake as intake

    def busy(*args, **kwargs):
        raise UserError("busy", "Er wordt al een index gebouwd.")

    monkeypatch.setattr(intake, "build_index", busy)
    draft = check_upload("zutphen.txt", PLAN, settings)
    before = corpus_listing(settings)
    with pytest.raises(UserError):
        add_document(settings, object(), draft, DocumentDetails("Zutphen", "Plan"))
    assert corpus_listing(settings) == before


# --------------------------------------------------------------------------- managing the collection

def seeded(settings, embedder):
    """``settings`` with both seed plans in the corpus, indexed (only new text is embedded: shared cache)."""
    from assistant.index.build import build_index
    from tests.conftest import copy_seeds

    copy_seeds(settings.corpus_dir)
    build_index(settings, embedder)
    return settings


def backups(settings) -> list[str]:
    return [p.name for p in settings.corpus_dir.iterdir() if p.name.startswith(".")]


def test_collection_lists_every_plan_with_format_chunks_and_period(assistant):
    from assistant.index.intake import collection

    entries = collection(assistant.index)
    assert [e.doc_id for e in entries] == ["dalfsen", "doesburg"]
    for entry in entries:
        assert entry.format == "txt" and entry.file_name == f"{entry.doc_id}.txt" and entry.pages is None
        assert entry.chunks == len(assistant.index.chunk_spans(entry.doc_id)) > 0
    assert entries[0].metadata.period == "2019-2022"


def test_correcting_metadata_rewrites_the_sidecar_keeps_its_other_fields_and_reindexes(fresh_settings, embedder):
    from assistant.index.intake import correct_metadata
    from assistant.index.store import Index

    settings = seeded(fresh_settings, embedder)
    result = correct_metadata(settings, embedder, "dalfsen",
                              DocumentDetails("Dalfsen", "Integraal veiligheidsplan Dalfsen", 2019, 2023))
    sidecar = tomllib.loads((settings.corpus_dir / "dalfsen.meta.toml").read_text(encoding="utf-8"))
    assert sidecar["title"] == "Integraal veiligheidsplan Dalfsen" and sidecar["period_end"] == 2023
    assert sidecar["adopted_by"] == "gemeenteraad" and sidecar["source"].startswith("Gemeente Dalfsen")
    assert result.report.built and "gecorrigeerd" in result.message_nl
    document = Index.open(settings).documents["dalfsen"]
    assert (document.title, document.metadata.period_end) == ("Integraal veiligheidsplan Dalfsen", 2023)
    assert not backups(settings)
    with pytest.raises(DocumentError) as excinfo:
        correct_metadata(settings, embedder, "dalfsen",
                         DocumentDetails("Dalfsen", "Integraal veiligheidsplan Dalfsen", 2019, 2023))
    assert "niets gewijzigd" in excinfo.value.message_nl


def test_a_newer_version_replaces_the_old_file_and_only_its_changed_text_is_embedded(fresh_settings, embedder):
    from assistant.index.intake import replace_document
    from assistant.pipeline import Assistant

    settings = seeded(fresh_settings, embedder)
    old_text = (SEED_CORPUS / "doesburg.txt").read_text(encoding="utf-8")
    old_sentence = "Daarnaast is er een ook politiepost in Doesburg gevestigd, bij de brandweer."
    assert old_sentence in old_text
    new_sentence = "Daarnaast is er sinds 2025 een politiepost in het stadhuis van Doesburg."
    new_text = old_text.replace(old_sentence, new_sentence, 1)
    draft = check_upload("IVB Doesburg (nieuwe versie).md", new_text.encode("utf-8"), settings)
    details = DocumentDetails("Doesburg", "Integraal veiligheidsbeleid gemeente Doesburg 2024-2027", 2024, 2027)
    result = replace_document(settings, embedder, "doesburg", draft, details)

    assert corpus_listing(settings) == ["dalfsen.meta.toml", "dalfsen.txt", "doesburg.md", "doesburg.meta.toml"]
    report = result.report
    assert report.built and report.documents == 2
    assert 1 <= report.embedded <= 6, report  # one changed sentence: its chunk(s) and the sentence itself
    assistant = Assistant.load(settings, embedder)
    document = assistant.index.documents["doesburg"]
    assert document.text == new_text and document.path.endswith("doesburg.md")
    chunks = [c.text for c in assistant.index.chunks if c.doc_id == "doesburg"]
    assert any(new_sentence in c for c in chunks) and not any(old_sentence in c for c in chunks)
    assert document.metadata.adopted_on == "2023-09-28"  # from the new file's own overheid.nl header
    assert not backups(settings)


def test_removing_a_plan_takes_its_file_sidecar_and_chunks(fresh_settings, embedder):
    from assistant.index.intake import remove_document
    from assistant.index.store import Index

    settings = seeded(fresh_settings, embedder)
    result = remove_document(settings, embedder, "dalfsen")
    assert corpus_listing(settings) == ["doesburg.meta.toml", "doesburg.txt"]
    index = Index.open(settings)
    assert list(index.documents) == ["doesburg"] and {c.doc_id for c in index.chunks} == {"doesburg"}
    assert result.report.documents == 1 and "verwijderd" in result.message_nl
    with pytest.raises(DocumentError) as excinfo:
        remove_document(settings, embedder, "doesburg")
    assert "enige document" in excinfo.value.message_nl
    assert corpus_listing(settings) == ["doesburg.meta.toml", "doesburg.txt"]


def test_an_unknown_plan_id_is_a_clear_error(settings):
    from assistant.index.intake import locate, remove_document

    with pytest.raises(DocumentError) as excinfo:
        locate(settings, "nergens")
    assert "nergens" in str(excinfo.value) and "doesburg" in str(excinfo.value)
    assert "geen document ‘nergens’" in excinfo.value.message_nl
    with pytest.raises(DocumentError):
        remove_document(settings, object(), "nergens")


@pytest.mark.parametrize("change", ["correct", "replace", "remove"])
def test_a_failed_build_restores_the_corpus_exactly(settings, monkeypatch, change):
    import assistant.index.intake as intake

    (settings.corpus_dir / "doesburg.meta.toml").write_bytes((SEED_CORPUS / "doesburg.meta.toml").read_bytes())
    (settings.corpus_dir / "zutphen.txt").write_bytes(PLAN)
    before = {p.name: p.read_bytes() for p in settings.corpus_dir.iterdir()}

    def fails(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(intake, "build_index", fails)
    with pytest.raises(RuntimeError):
        if change == "correct":
            intake.correct_metadata(settings, object(), "doesburg", DocumentDetails("Doesburg", "Ander plan"))
        elif change == "replace":
            draft = check_upload("nieuw.html", b"<h1>Veiligheidsplan Doesburg 2028-2031</h1><p>" + b"tekst " * 20
                                 + b"</p>", settings)
            intake.replace_document(settings, object(), "doesburg", draft, DocumentDetails("Doesburg", "Nieuw plan"))
        else:
            intake.remove_document(settings, object(), "doesburg")
    assert {p.name: p.read_bytes() for p in settings.corpus_dir.iterdir()} == before


def test_toml_text_round_trips_a_sidecar():
    from datetime import date as _date

    from assistant.index.intake import toml_text

    values = {"id": "x", "municipality": 'Bergen "NH"', "period_start": 2024, "adopted_on": _date(2023, 9, 28),
              "municipalities": ["Bergen", "Uitgeest"], "weight": 0.5, "draft": False}
    assert tomllib.loads(toml_text(values, "Metadata")) == values
