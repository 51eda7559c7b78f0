"""Adding an uploaded document to the corpus: check it, name it, store it, index it.

The app's "Document toevoegen" page only wires these steps::

    draft = check_upload(name, data, settings)              # DocumentError (Dutch message) if unusable
    details = check_details(DocumentDetails(...), index.municipalities)
    result = add_document(settings, embedder, draft, details, progress=callback)

Nothing is written before every check has passed. The file gets a name made
from its own (slugified) stem: no path or odd character sent by the browser is
ever used, and an existing document is never overwritten (``-2``, ``-3``…).
The document and its ``.meta.toml`` sidecar are written atomically; if the
index build fails, both are removed again, so a failed upload changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from assistant.config import Settings
from assistant.errors import DocumentError, UserError
from assistant.index.build import BuildReport, Progress, build_index, read_manifest
from assistant.ingest.documents import SIDECAR_SUFFIX, Document, corpus_files, load_bytes, slugify, supported_suffixes

MAX_STEM_CHARS = 60  # longest file-name stem we create in the corpus
MAX_FIELD_CHARS = 200  # longest municipality or title accepted
RESERVED_STEMS = {"readme"}  # corpus_files() skips these: an upload must never be silently ignored
YEAR_RANGE = (1900, 2100)

_write_lock = threading.Lock()  # one upload at a time picks a name and writes (per server process)


@dataclass(frozen=True)
class UploadDraft:
    """An upload that passed every check, with the metadata inferred from its text."""

    original_name: str  # the browser's base name, for display only
    suffix: str
    data: bytes = field(repr=False)
    document: Document = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)

    def defaults(self) -> "DocumentDetails":
        m = self.document.metadata
        return DocumentDetails(m.municipality, m.title, m.period_start, m.period_end)


@dataclass(frozen=True)
class DocumentDetails:
    """What the user confirmed (or typed) about the document."""

    municipality: str
    title: str
    period_start: int | None = None
    period_end: int | None = None


@dataclass(frozen=True)
class IntakeResult:
    doc_id: str
    file_name: str
    paths: tuple[Path, ...]
    report: BuildReport


# --------------------------------------------------------------------------- checks

def client_base_name(name: str) -> str:
    """The last component of a client-supplied name, printable characters only (display and suffix only)."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[:120] or "document"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_duplicate(data: bytes, corpus_dir: Path) -> Path | None:
    """The corpus file with exactly these bytes, if any."""
    digest = _sha256(data)
    size = len(data)
    for path in corpus_files(corpus_dir):
        try:
            if path.stat().st_size == size and _sha256(path.read_bytes()) == digest:
                return path
        except OSError:
            continue
    return None


def check_upload(name: str, data: bytes, settings: Settings) -> UploadDraft:
    """Every check an upload must pass before anything is written; raises ``DocumentError``."""
    shown = client_base_name(name)
    suffix = PurePosixPath(shown).suffix.lower()
    allowed = supported_suffixes()
    if suffix not in allowed:
        kind = f"‘{suffix}’-bestanden" if suffix else "bestanden zonder extensie"
        raise DocumentError(f"{shown}: unsupported file type {suffix or '(none)'}",
                            f"‘{shown}’ kan niet worden toegevoegd: {kind} worden niet ondersteund. "
                            f"Toegestaan zijn: {', '.join(allowed)}.")
    if not data or not data.strip():
        raise DocumentError(f"{shown} is empty", f"‘{shown}’ is leeg; er is niets toegevoegd.")
    limit = settings.max_upload_mb * 1024 * 1024
    if len(data) > limit:
        raise DocumentError(f"{shown} is larger than {settings.max_upload_mb} MB",
                            f"‘{shown}’ is te groot ({_megabytes(len(data))} MB). "
                            f"Het maximum is {settings.max_upload_mb} MB.")
    document = load_bytes(data, shown)  # DocumentError for binary, corrupt, scanned or unreadable files
    duplicate = find_duplicate(data, settings.corpus_dir)
    if duplicate is not None:
        raise DocumentError(f"{shown} is already in the corpus as {duplicate.name}",
                            f"‘{shown}’ staat al in de collectie (als ‘{duplicate.name}’); er is niets toegevoegd.")
    return UploadDraft(shown, suffix, data, document)


def _clean_field(value: str) -> str:
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in value or "")
    return " ".join(text.split())


def check_details(details: DocumentDetails, known_municipalities: list[str] = ()) -> DocumentDetails:
    """Normalised details, or ``DocumentError`` with what to fix. A known municipality keeps its spelling."""
    municipality = _clean_field(details.municipality)
    title = _clean_field(details.title)
    if not municipality:
        raise DocumentError("municipality is missing", "Vul de gemeente in.")
    if not title:
        raise DocumentError("title is missing", "Vul de titel van het document in.")
    if len(municipality) > MAX_FIELD_CHARS or len(title) > MAX_FIELD_CHARS:
        raise DocumentError("municipality or title too long",
                            f"Gemeente en titel mogen elk hoogstens {MAX_FIELD_CHARS} tekens lang zijn.")
    for known in known_municipalities:
        if known.casefold() == municipality.casefold():
            municipality = known
    start, end = details.period_start or None, details.period_end or None
    for year in (start, end):
        if year is not None and not YEAR_RANGE[0] <= int(year) <= YEAR_RANGE[1]:
            raise DocumentError("year out of range", f"Vul een jaartal tussen {YEAR_RANGE[0]} en {YEAR_RANGE[1]} in.")
    if start and end and end < start:
        raise DocumentError("period ends before it starts", "Het eindjaar van de periode ligt vóór het beginjaar.")
    return DocumentDetails(municipality, title, int(start) if start else None, int(end) if end else None)


# --------------------------------------------------------------------------- storing

def safe_file_name(name: str, corpus_dir: Path) -> str:
    """A new, unused corpus file name: slugified stem of the client's base name plus its suffix.

    Stems are unique across all suffixes, because a sidecar belongs to a stem
    (``plan.meta.toml`` describes ``plan.txt`` and ``plan.pdf`` alike).
    """
    base = client_base_name(name)
    suffix = PurePosixPath(base).suffix.lower()
    stem = base[: -len(suffix)] if suffix else base
    slug = slugify(stem)[:MAX_STEM_CHARS].strip("-") or "document"
    if slug in RESERVED_STEMS:
        slug = f"{slug}-document"
    taken = {p.name.split(".")[0].lower() for p in corpus_dir.iterdir()} if corpus_dir.is_dir() else set()
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate + suffix


def _toml_string(value: str) -> str:
    # A JSON string (control characters already removed) is a valid TOML basic string.
    return json.dumps(value, ensure_ascii=False)


def sidecar_text(details: DocumentDetails, original_name: str, added_on: date | None = None) -> str:
    """The ``.meta.toml`` sidecar for an uploaded document."""
    lines = ["# Added through the Beleidswijzer app ('Document toevoegen').",
             f"municipality = {_toml_string(details.municipality)}",
             f"title = {_toml_string(details.title)}"]
    if details.period_start:
        lines.append(f"period_start = {int(details.period_start)}")
    if details.period_end:
        lines.append(f"period_end = {int(details.period_end)}")
    when = (added_on or date.today()).isoformat()
    lines.append(f"source = {_toml_string(f'Toegevoegd via Beleidswijzer op {when} ({_clean_field(original_name)})')}")
    return "\n".join(lines) + "\n"


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a hidden temporary file in the same folder (never picked up as a document) and rename."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def store_upload(draft: UploadDraft, details: DocumentDetails, corpus_dir: Path) -> tuple[Path, Path]:
    """Write the sidecar, then the document (so no build ever sees the document without its metadata)."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    with _write_lock:
        file_name = safe_file_name(draft.original_name, corpus_dir)
        document_path = corpus_dir / file_name
        sidecar = corpus_dir / (file_name.split(".")[0] + SIDECAR_SUFFIX)
        write_atomic(sidecar, sidecar_text(details, draft.original_name).encode("utf-8"))
        try:
            write_atomic(document_path, draft.data)
        except BaseException:
            remove_files((sidecar,))
            raise
    return document_path, sidecar


def remove_files(paths) -> None:
    for path in paths:
        try:
            Path(path).unlink()
        except FileNotFoundError:
            pass


def _doc_id_in_build(settings: Settings, report: BuildReport, file_name: str) -> str | None:
    manifest = read_manifest(settings, report.build_id) or {}
    for doc_id, info in manifest.get("documents", {}).items():
        if info.get("path") == file_name:
            return doc_id
    return None


def add_document(settings: Settings, embedder, draft: UploadDraft, details: DocumentDetails,
                 progress: Progress | None = None, lock_timeout: float = 30.0) -> IntakeResult:
    """Store the upload in the corpus and rebuild the index; on any failure the corpus is left as it was."""
    paths = store_upload(draft, details, settings.corpus_dir)
    document_path = paths[0]
    try:
        report = build_index(settings, embedder, progress=progress, lock_timeout=lock_timeout)
    except BaseException:
        remove_files(paths)
        raise
    doc_id = _doc_id_in_build(settings, report, document_path.name)
    if doc_id is None:
        problem = next((p for p in report.problems if Path(p.path).name == document_path.name), None)
        remove_files(paths)
        try:  # put the index back in line with the corpus
            build_index(settings, embedder, lock_timeout=lock_timeout)
        except UserError:
            pass
        if problem is not None:
            raise DocumentError(problem.message, problem.message_nl)
        raise DocumentError(f"{draft.original_name} did not make it into the index",
                            f"‘{draft.original_name}’ kon niet aan de index worden toegevoegd; er is niets gewijzigd.")
    return IntakeResult(doc_id, document_path.name, paths, report)
