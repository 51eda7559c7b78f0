"""Documents: the loader registry, cleaning of publication boilerplate, metadata inference, corpus scanning."""

from __future__ import annotations

import io
import shutil

import pytest

from assistant.config import Settings
from assistant.ingest.chunking import Chunker
from assistant.ingest.documents import (
    LOADERS,
    DocumentError,
    corpus_files,
    corpus_hash,
    cvdr_header,
    excluded_spans,
    infer_metadata,
    iter_corpus,
    load_bytes,
    load_document,
    sidecar_path,
    supported_suffixes,
)
from assistant.ingest.loaders import load_docx, load_html, load_pdf, load_text
from tests.conftest import SEED_CORPUS

DOESBURG = (SEED_CORPUS / "doesburg.txt").read_text(encoding="utf-8")
DALFSEN = (SEED_CORPUS / "dalfsen.txt").read_text(encoding="utf-8")
BOILERPLATE = "Ziet u een fout in deze regeling?"


def make_pdf(lines: list[str]) -> bytes:
    """A minimal valid one-page PDF with a Helvetica text stream (offsets of the xref table computed)."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Veiligheidsplan gemeente Testdorp 2024-2027", 0)
    document.add_heading("1. Prioriteiten", level=1)
    document.add_paragraph("De gemeente kiest de volgende prioriteiten:")
    document.add_paragraph("Ondermijning", style="List Bullet")
    document.add_paragraph("Jeugd en veiligheid", style="List Number")
    document.add_paragraph("   ")  # an empty paragraph adds nothing
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, (["Indicator", "2016", "2017"], ["Inbraak", "7", "15"])):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("Slotparagraaf na de tabel.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------- loaders

def test_registry_covers_the_promised_file_types():
    assert {".txt", ".md", ".html", ".pdf", ".docx"} <= set(LOADERS)
    assert supported_suffixes() == sorted(LOADERS)


def test_text_loader_normalises_line_ends_and_bom_and_falls_back_to_cp1252():
    assert load_text("\ufeffa\r\nb\rc".encode("utf-8"), "x.txt").text == "a\nb\nc"
    assert load_text("Coördinatie ‘x’".encode("cp1252"), "x.txt").text == "Coördinatie ‘x’"


def test_html_becomes_lines_with_headings_lists_and_table_rows():
    html = b"""<html><head><title>Niet dit</title><style>p {color: red}</style></head><body>
    <h1>Veiligheidsplan gemeente Testdorp 2024-2027</h1>
    <p>Dit is de   inleiding
    over veiligheid.</p><h2>1. Prioriteiten</h2><p>We kiezen:</p>
    <ul><li>Ondermijning</li><li>Jeugd &amp; veiligheid</li></ul>
    <table><tr><th>Indicator</th><th>2016</th><th>2017</th></tr><tr><td>Inbraak</td><td>7</td><td>15</td></tr></table>
    <script>var geheim = 1;</script><p>Eerste regel<br>tweede regel</p></body></html>"""
    loaded = load_html(html, "plan.html")
    assert loaded.text == (
        "Veiligheidsplan gemeente Testdorp 2024-2027\n\n"
        "Dit is de inleiding over veiligheid.\n\n"
        "1. Prioriteiten\n\n"
        "We kiezen:\n\n"
        "Ondermijning\nJeugd & veiligheid\n\n"
        "Indicator\t2016\t2017\nInbraak\t7\t15\n\n"
        "Eerste regel\ntweede regel\n"
    )
    assert [(m.kind, loaded.text[m.start:m.end]) for m in loaded.marks] == [
        ("heading", "Veiligheidsplan gemeente Testdorp 2024-2027"), ("heading", "1. Prioriteiten"),
        ("list_item", "Ondermijning"), ("list_item", "Jeugd & veiligheid"),
        ("table_row", "Indicator\t2016\t2017"), ("table_row", "Inbraak\t7\t15")]


def test_docx_becomes_text_with_heading_paragraph_list_and_table():
    loaded = load_docx(make_docx(), "plan.docx")
    assert loaded.text == (
        "Veiligheidsplan gemeente Testdorp 2024-2027\n\n"
        "1. Prioriteiten\n\n"
        "De gemeente kiest de volgende prioriteiten:\n\n"
        "Ondermijning\n\nJeugd en veiligheid\n\n"  # a bullet list and a numbered list: two lists
        "Indicator\t2016\t2017\nInbraak\t7\t15\n\n"
        "Slotparagraaf na de tabel.\n"
    )
    assert [(m.kind, m.level, loaded.text[m.start:m.end]) for m in loaded.marks] == [
        ("heading", 1, "Veiligheidsplan gemeente Testdorp 2024-2027"), ("heading", 1, "1. Prioriteiten"),
        ("list_item", 1, "Ondermijning"), ("list_item", 1, "Jeugd en veiligheid"),
        ("table_row", 0, "Indicator\t2016\t2017"), ("table_row", 0, "Inbraak\t7\t15")]


def test_docx_document_gets_metadata_from_its_title():
    doc = load_bytes(make_docx(), "Plan Testdorp.docx")
    assert doc.doc_id == "plan-testdorp"
    assert (doc.municipality, doc.metadata.period) == ("Testdorp", "2024-2027")


def test_pdf_text_is_extracted():
    data = make_pdf(["Veiligheidsplan gemeente Testdorp 2024-2027", "Ondermijning heeft prioriteit in Testdorp."])
    loaded = load_pdf(data, "plan.pdf")  # two lines in one font at the usual spacing: one paragraph
    assert loaded.text == "Veiligheidsplan gemeente Testdorp 2024-2027 Ondermijning heeft prioriteit in Testdorp.\n"
    assert loaded.pages == (0,)
    doc = load_bytes(data, "plan.pdf")
    assert doc.municipality == "Testdorp" and doc.metadata.period_start == 2024


def test_pdf_without_text_layer_is_refused():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError) as excinfo:
        load_bytes(buffer.getvalue(), "scan.pdf")
    assert "scan" in excinfo.value.message_nl and "geen leesbare tekst" in excinfo.value.message_nl


def test_password_protected_pdf_is_refused():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["Geheim plan van de gemeente Testdorp"]))))
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError) as excinfo:
        load_bytes(buffer.getvalue(), "geheim.pdf")
    assert "wachtwoord" in excinfo.value.message_nl


@pytest.mark.parametrize("name, data, dutch", [
    ("kapot.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "beschadigd PDF-bestand"),
    ("nep.pdf", b"Dit is helemaal geen PDF maar platte tekst.", "geen geldig PDF-bestand"),
    ("kapot.docx", b"PK\x03\x04 dit is geen zip", "geen leesbaar Word-document"),
    ("nep.docx", b"Gewone tekst met een verkeerde extensie erachter.", "geen leesbaar Word-document"),
    ("binair.txt", b"\x00\x01\x02\x03 binaire rommel" * 4, "binair"),
    ("leeg.txt", b"", "is leeg"),
    ("spaties.md", b"  \n\t \n", "is leeg"),
    ("kort.txt", b"Te kort.", "geen tekst"),
    ("plan.odt", b"Een document in een formaat dat niet wordt ondersteund.", "niet ondersteund"),
    ("zonder-extensie", b"Een document zonder bestandstype in de naam.", "niet ondersteund"),
])
def test_unreadable_input_raises_document_error_with_a_dutch_message(name, data, dutch):
    with pytest.raises(DocumentError) as excinfo:
        load_bytes(data, name)
    assert dutch in excinfo.value.message_nl
    assert name in excinfo.value.message_nl and name in str(excinfo.value)


# --------------------------------------------------------------------------- metadata

def test_cvdr_header_of_the_doesburg_seed():
    header = cvdr_header(DOESBURG)
    assert header["organisation"] == "Doesburg"
    assert header["adopted_by"] == "gemeenteraad"
    assert header["adopted_on"] == "2023-09-28"
    assert header["in_force_from"] == "2023-11-24"
    assert "gmb-2023-500902" in header["source"]


def test_doesburg_metadata_is_read_from_its_header_without_sidecar():
    meta = infer_metadata(DOESBURG, "000_a992c6ca5215d429.txt")
    assert meta.metadata_origin == "header"
    assert meta.municipality == "Doesburg"
    assert meta.title == "Integraal veiligheidsbeleid gemeente Doesburg 2024-2027"
    assert (meta.period_start, meta.period_end) == (2024, 2027)
    assert (meta.adopted_by, meta.adopted_on, meta.in_force_from) == ("gemeenteraad", "2023-09-28", "2023-11-24")
    assert meta.source == "CVDR (overheid.nl), Gemeenteblad gmb-2023-500902"


def test_dalfsen_metadata_is_inferred_from_its_title_line_without_sidecar():
    meta = infer_metadata(DALFSEN, "004_371ea98d6b851a23.txt")
    assert meta.metadata_origin == "title"
    assert meta.title == "Beleidsplan Integrale Veiligheid 2019-2022"
    assert meta.municipality == "Dalfsen"
    assert meta.period == "2019-2022"
    assert meta.adopted_on is None and meta.source is None


def test_municipality_falls_back_to_the_file_name():
    text = "Dit document beschrijft het veiligheidsbeleid.\n\nEr staat geen plaatsnaam in deze tekst.\n"
    meta = infer_metadata(text, "bergen-op-zoom.txt")
    assert meta.metadata_origin == "filename"
    assert meta.municipality == "Bergen op Zoom"
    assert meta.title == "Dit document beschrijft het veiligheidsbeleid."


def test_title_falls_back_to_the_file_name_when_no_line_can_be_a_title():
    text = ("Deze tekst begint met een heel lange alinea zonder titel " * 4) + "\n"
    meta = infer_metadata(text, "veiligheidsplan_zwolle.txt")
    assert meta.metadata_origin == "filename"
    assert meta.title == "Veiligheidsplan zwolle"
    assert meta.period is None


def test_sidecar_overrides_inferred_metadata(tmp_path):
    (tmp_path / "plan.txt").write_text("Veiligheidsplan gemeente Testdorp 2020-2023\n\nTekst over veiligheid in Testdorp.\n",
                                       encoding="utf-8")
    (tmp_path / "plan.meta.toml").write_text(
        'id = "testdorp"\nmunicipality = "Proefstad"\nperiod_start = 2024\nperiod_end = "2027"\n'
        "adopted_on = 2023-09-28\nunknown_key = 1\ntitle = \"\"\n", encoding="utf-8")
    doc = load_document(tmp_path / "plan.txt")
    assert doc.doc_id == "testdorp"
    assert doc.metadata.metadata_origin == "sidecar"
    assert doc.municipality == "Proefstad"
    assert doc.title == "Veiligheidsplan gemeente Testdorp 2020-2023"  # an empty sidecar value does not override
    assert (doc.metadata.period_start, doc.metadata.period_end) == (2024, 2027)
    assert doc.metadata.adopted_on == "2023-09-28"  # a TOML date becomes an ISO string


def test_seed_sidecars_give_the_documents_their_ids_and_metadata():
    doc = load_document(SEED_CORPUS / "doesburg.txt")
    assert doc.doc_id == "doesburg" and doc.municipality == "Doesburg" and doc.metadata.period == "2024-2027"
    assert doc.sha256 == corpus_hash(SEED_CORPUS / "doesburg.txt")


def test_corpus_hash_changes_with_the_sidecar(tmp_path):
    (tmp_path / "plan.txt").write_text("Veiligheidsplan gemeente Testdorp 2020-2023\n", encoding="utf-8")
    before = corpus_hash(tmp_path / "plan.txt")
    (tmp_path / "plan.meta.toml").write_text('municipality = "Testdorp"\n', encoding="utf-8")
    assert corpus_hash(tmp_path / "plan.txt") != before
    assert sidecar_path(tmp_path / "plan.txt") == tmp_path / "plan.meta.toml"


# --------------------------------------------------------------------------- boilerplate

def test_boilerplate_and_cvdr_header_are_excluded_spans_of_the_doesburg_seed():
    spans = excluded_spans(DOESBURG)
    assert len(spans) == 2
    (a, b), (c, d) = spans
    assert DOESBURG[a:b].startswith(BOILERPLATE)
    header = DOESBURG[c:d]
    assert header.startswith("Wetstechnische informatie")
    assert "OrganisatieDoesburg" in header and "gmb-2023-500902" in header
    assert header.rstrip().endswith("Intitulé")
    assert DOESBURG[d:].startswith("Integraal veiligheidsbeleid gemeente Doesburg 2024-2027\n\nIntroductie")


def test_boilerplate_and_header_never_appear_in_chunks():
    doc = load_document(SEED_CORPUS / "doesburg.txt")
    chunks = Chunker(Settings.from_env(env={})).chunk(doc)
    assert chunks
    for chunk in chunks:
        for phrase in (BOILERPLATE, "Wetstechnische informatie", "Gegevens van de regeling", "Organisatietype",
                       "Datum inwerkingtreding", "gmb-2023-500902", "Tekst van de regeling", "Intitulé"):
            assert phrase not in chunk.text
        assert not any(chunk.start < b and a < chunk.end for a, b in doc.excluded)


def test_boilerplate_line_anywhere_in_a_document_is_excluded():
    text = ("Veiligheidsplan gemeente Testdorp 2024-2027\n\nDe gemeente Testdorp werkt aan veiligheid.\n\n"
            "Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!\n")
    doc = load_bytes(text.encode(), "testdorp.txt")
    (a, b), = doc.excluded
    assert text[a:b] == "Ziet u een fout in deze regeling? Meld het ons op regelgeving@overheid.nl!"
    assert all(BOILERPLATE not in c.text for c in Chunker(Settings.from_env(env={})).chunk(doc))


# --------------------------------------------------------------------------- corpus

def test_corpus_scan_skips_sidecars_hidden_files_readmes_and_unknown_types(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "README.md", "readme.txt", ".verborgen.txt", "a.meta.toml", "d.odt"):
        (tmp_path / name).write_text("Veiligheidsplan gemeente Testdorp 2024-2027\n", encoding="utf-8")
    (tmp_path / "submap.txt").mkdir()
    assert [p.name for p in corpus_files(tmp_path)] == ["a.txt", "b.md", "c.html"]
    assert corpus_files(tmp_path / "bestaat-niet") == []


def test_unreadable_files_are_reported_as_problems_without_failing_the_scan(tmp_path):
    shutil.copy(SEED_CORPUS / "dalfsen.txt", tmp_path / "dalfsen.txt")
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4 kapot")
    (tmp_path / "fout.txt").write_text("Veiligheidsplan gemeente Testdorp 2024-2027\n\nGewone tekst.\n", encoding="utf-8")
    (tmp_path / "fout.meta.toml").write_text("municipality = [onaf", encoding="utf-8")
    (tmp_path / "jaar.txt").write_text("Veiligheidsplan gemeente Jaardorp 2024-2027\n\nGewone tekst.\n", encoding="utf-8")
    (tmp_path / "jaar.meta.toml").write_text('period_start = "twintig"\n', encoding="utf-8")
    problems = []
    docs = list(iter_corpus(tmp_path, problems))
    assert [d.doc_id for d in docs] == ["dalfsen"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in problems) == ["fout.txt", "jaar.txt", "kapot.pdf", "leeg.txt"]
    assert all(p.message and p.message_nl for p in problems)


def test_two_files_with_the_same_stem_get_distinct_ids(tmp_path):
    (tmp_path / "plan.txt").write_text("Veiligheidsplan gemeente Testdorp 2024-2027\n\nTekst over de aanpak.\n", encoding="utf-8")
    (tmp_path / "plan.md").write_text("Veiligheidsplan gemeente Testdorp 2020-2023\n\nOudere tekst over de aanpak.\n", encoding="utf-8")
    ids = [d.doc_id for d in iter_corpus(tmp_path)]
    assert len(ids) == 2 and len(set(ids)) == 2


# --------------------------------------------------------------------------- bad input, one file at a time

FIXTURE_PDF = (SEED_CORPUS.parent / "tests" / "fixtures" / "formats" / "veenhoven.pdf").read_bytes()


def refused(data: bytes, name: str) -> DocumentError:
    with pytest.raises(DocumentError) as excinfo:
        load_bytes(data, name)
    assert name in str(excinfo.value) and name in excinfo.value.message_nl
    return excinfo.value


def test_an_empty_file_is_refused():
    assert "is empty" in str(refused(b"", "leeg.pdf")) and "leeg" in refused(b"", "leeg.docx").message_nl


def test_a_binary_file_renamed_pdf_is_refused():
    error = refused(bytes(range(256)) * 40, "foto.pdf")
    assert "not a PDF" in str(error) and "geen geldig PDF-bestand" in error.message_nl


def test_a_truncated_pdf_is_refused_as_incomplete():
    error = refused(FIXTURE_PDF[:len(FIXTURE_PDF) // 2], "afgebroken.pdf")
    assert "incomplete" in str(error) and "onvolledig" in error.message_nl


def test_a_pdf_that_only_restricts_copying_opens_without_a_password():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(FIXTURE_PDF)))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    document = load_bytes(buffer.getvalue(), "beveiligd.pdf")
    assert "Vastgesteld door de gemeenteraad op 12 februari 2026" in document.text


def test_a_scanned_pdf_without_text_layer_needs_ocr():
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    error = refused(buffer.getvalue(), "scan.pdf")
    assert "OCR" in str(error) and "bevat geen tekst; OCR is nodig" in error.message_nl


def test_a_file_over_the_size_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    from pathlib import Path

    big = tmp_path / "groot.pdf"
    with big.open("wb") as handle:  # 60 MB without writing 60 MB: a sparse file
        handle.truncate(60 * 1024 * 1024)
    read = Path.read_bytes

    def guarded(path):
        assert path != big, "the oversized file was read"
        return read(path)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    with pytest.raises(DocumentError) as excinfo:
        load_document(big, max_mb=50)
    assert "larger than 50 MB" in str(excinfo.value) and "te groot" in excinfo.value.message_nl
    problems = []
    assert list(iter_corpus(tmp_path, problems, max_mb=50)) == [] and "te groot" in problems[0].message_nl


def test_the_size_limit_is_a_setting():
    assert Settings.from_env(env={}).max_document_mb == 50
    assert Settings.from_env(env={"BW_MAX_DOCUMENT_MB": "5"}).max_document_mb == 5
    with pytest.raises(DocumentError):
        load_bytes(b"Veiligheidsplan gemeente Testdorp 2024-2027\n" * 30000, "plan.txt", max_mb=1)


def test_the_same_document_under_two_names_is_read_once(tmp_path):
    shutil.copy(SEED_CORPUS / "dalfsen.txt", tmp_path / "a-dalfsen.txt")
    shutil.copy(SEED_CORPUS / "dalfsen.txt", tmp_path / "b-kopie.txt")
    (tmp_path / "c-andere-regeleinden.md").write_bytes((SEED_CORPUS / "dalfsen.txt").read_bytes().replace(b"\n", b"\r\n"))
    problems = []
    docs = list(iter_corpus(tmp_path, problems))
    assert [d.doc_id for d in docs] == ["a-dalfsen"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in problems) == ["b-kopie.txt", "c-andere-regeleinden.md"]
    for problem in problems:
        assert "a-dalfsen.txt" in problem.message and "a-dalfsen.txt" in problem.message_nl
        assert "same document" in problem.message and "hetzelfde document" in problem.message_nl


def test_bad_files_are_problems_and_the_batch_goes_on(tmp_path):
    shutil.copy(SEED_CORPUS / "doesburg.txt", tmp_path / "doesburg.txt")
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "foto.pdf").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "afgebroken.pdf").write_bytes(FIXTURE_PDF[:5000])
    (tmp_path / "kopie.txt").write_bytes((SEED_CORPUS / "doesburg.txt").read_bytes())
    problems = []
    assert [d.doc_id for d in iter_corpus(tmp_path, problems)] == ["doesburg"]
    assert sorted(p.path.rsplit("/", 1)[-1] for p in problems) == ["afgebroken.pdf", "foto.pdf", "kopie.txt", "leeg.txt"]
