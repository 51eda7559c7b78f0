"""Changing the collection: add, correct, replace or remove a plan, always through the one writer.

The app's "Document toevoegen" and "Documenten beheren" pages and the CLI only wire these steps::

    draft = check_upload(name, data, settings)              # DocumentError (Dutch message) if unusable
    details = check_details(DocumentDetails(...), index.municipalities)
    result = add_document(settings, embedder, draft, details, progress=callback)
    result = correct_metadata(settings, embedder, doc_id, details)     # written to the plan's sidecar
    result = replace_document(settings, embedder, doc_id, draft, details)
    result = remove_document(settings, embedder, doc_id)

Nothing is written before every check has passed. Every change edits the corpus and then
runs ``build_index`` (the single writer, under its file lock, build-and-swap), so the
app keeps serving the previous build until the new one is switched in. The files a
change touches are kept as hidden backups in the corpus folder (never read as
documents) until the new build is in; if the build fails, or the changed plan did not
make it into the index, the corpus is restored exactly as it was, and nothing is lost.

An upload gets a file name made from its own (slugified) stem: no path or odd
character sent by the browser is ever used, and an existing document is never
overwritten (``-2``, ``-3``…). A replaced plan keeps its file stem, so it keeps its
id, its sidecar and every link to it; unchanged text is not embedded again (the
embedding cache is keyed by text).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Callable

from assistant.config import Settings
from assistant.errors import DocumentError, UserError
from assistant.index.build import BuildReport, Progress, build_index, read_manifest
from assistant.index.store import Index, open_store
from assistant.ingest.documents import (
    SIDECAR_SUFFIX,
    Document,
    DocumentMetadata,
    corpus_files,
    iter_corpus,
    load_bytes,
    read_sidecar,
    sidecar_path,
    slugify,
    supported_suffixes,
)

MAX_STEM_CHARS = 60  # longest file-name stem we create in the corpus
MAX_FIELD_CHARS = 200  # longest municipality or title accepted
RESERVED_STEMS = {"readme"}  # corpus_files() skips these: an upload must never be silently ignored
YEAR_RANGE = (1900, 2100)
KEPT_ON_REPLACE = ("id", "municipalities", "kind")  # sidecar fields that describe the plan, not one version of it

_write_lock = threading.RLock()  # one change at a time per process: pick names, write, build, restore


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
    # A JSON string is a valid TOML basic string once DEL, which JSON leaves as it is, is escaped too.
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


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


# --------------------------------------------------------------------------- one change, restorable

class CorpusChange:
    """The corpus files one change writes, moves or removes, restorable until the new build is in.

    A file about to be overwritten or removed is first moved (or copied) to a hidden backup
    next to it; a file that did not exist is remembered as new. ``restore`` puts every
    file back as it was, ``commit`` drops the backups.
    """

    def __init__(self) -> None:
        self._touched: list[tuple[Path, Path | None]] = []  # (path, its backup; None: the path was new)

    def _backup_of(self, path: Path) -> Path:
        return path.with_name(f".{path.name}.backup-{os.getpid()}-{threading.get_ident()}")

    def _remember(self, path: Path, move: bool) -> None:
        if any(p == path for p, _ in self._touched):
            return
        if not path.exists():
            self._touched.append((path, None))
            return
        backup = self._backup_of(path)
        if move:
            os.replace(path, backup)
        else:
            shutil.copy2(path, backup)
        self._touched.append((path, backup))

    def write(self, path: Path, data: bytes) -> None:
        self._remember(path, move=False)
        write_atomic(path, data)

    def remove(self, path: Path) -> None:
        self._remember(path, move=True)

    def created(self, path: Path) -> None:
        """A file written by someone else for this change (it did not exist before)."""
        self._touched.append((path, None))

    def restore(self) -> None:
        for path, backup in reversed(self._touched):
            if backup is None:
                remove_files((path,))
            else:
                os.replace(backup, path)
        self._touched = []

    def commit(self) -> None:
        remove_files(b for _, b in self._touched if b is not None)
        self._touched = []


@dataclass(frozen=True)
class ChangeResult:
    """What a change did: the plan, the build that now serves, and the message for the user."""

    doc_id: str
    report: BuildReport
    message: str  # English, for the CLI
    message_nl: str  # Dutch, for the app


def _apply(settings: Settings, embedder, edit: Callable[[CorpusChange], None],
           check: Callable[[BuildReport], DocumentError | None] | None, progress: Progress | None,
           lock_timeout: float) -> BuildReport:
    """Edit the corpus and rebuild (the single writer); on any failure the corpus is restored.

    ``check`` looks at the new build: a problem it returns (the changed plan is not in it)
    restores the corpus, rebuilds the index in line with it again, and is raised.
    """
    with _write_lock:
        change = CorpusChange()
        try:
            edit(change)
            report = build_index(settings, embedder, progress=progress, lock_timeout=lock_timeout)
        except BaseException:
            change.restore()  # the previous build still serves: it matches the restored corpus
            raise
        problem = check(report) if check is not None else None
        if problem is not None:
            change.restore()
            try:
                build_index(settings, embedder, lock_timeout=lock_timeout)
            except UserError:
                pass
            raise problem
        change.commit()
        return report


def _in_build(settings: Settings, file_name: str, shown: str):
    def check(report: BuildReport) -> DocumentError | None:
        if _doc_id_in_build(settings, report, file_name) is not None:
            return None
        problem = next((p for p in report.problems if Path(p.path).name == file_name), None)
        if problem is not None:
            return DocumentError(problem.message, problem.message_nl)
        return DocumentError(f"{shown} did not make it into the index",
                             f"‘{shown}’ kon niet aan de index worden toegevoegd; er is niets gewijzigd.")
    return check


def add_document(settings: Settings, embedder, draft: UploadDraft, details: DocumentDetails,
                 progress: Progress | None = None, lock_timeout: float = 30.0) -> IntakeResult:
    """Store the upload in the corpus and rebuild the index; on any failure the corpus is left as it was."""
    stored: list[Path] = []

    def edit(change: CorpusChange) -> None:
        paths = store_upload(draft, details, settings.corpus_dir)
        for path in paths:
            change.created(path)
        stored.extend(paths)

    def check(report: BuildReport) -> DocumentError | None:
        return _in_build(settings, stored[0].name, draft.original_name)(report)

    report = _apply(settings, embedder, edit, check, progress, lock_timeout)
    doc_id = _doc_id_in_build(settings, report, stored[0].name) or ""
    return IntakeResult(doc_id, stored[0].name, tuple(stored), report)


# --------------------------------------------------------------------------- the collection

@dataclass(frozen=True)
class PlanEntry:
    """One plan as the served build has it: the rows of "Documenten beheren" and of ``list``."""

    doc_id: str
    file_name: str
    metadata: DocumentMetadata
    chunks: int
    pages: int | None = None  # known for paged formats (PDF)

    @property
    def format(self) -> str:
        """The file format, by suffix ("txt", "pdf")."""
        return PurePosixPath(self.file_name).suffix.lstrip(".").lower()


def collection(index: Index) -> list[PlanEntry]:
    """Every plan of a build with its metadata, format, pages and chunk count, by municipality and title."""
    documents = sorted(index.documents.values(), key=lambda d: (d.municipality.casefold(), d.title.casefold()))
    return [PlanEntry(d.doc_id, Path(d.path).name, d.metadata, len(index.chunk_spans(d.doc_id)), len(d.pages) or None)
            for d in documents]


def locate(settings: Settings, doc_id: str) -> Path:
    """The corpus file of a plan, by its id; ``DocumentError`` (naming the known ids) for an unknown id.

    The served build's manifest knows every plan's file; without a build the corpus is read.
    """
    build_id = open_store(settings).current_id()
    manifest = (read_manifest(settings, build_id) or {}) if build_id is not None else {}
    files = {d: str(info.get("path", "")) for d, info in manifest.get("documents", {}).items()}
    if doc_id not in files or not (settings.corpus_dir / files[doc_id]).is_file():
        files = {d.doc_id: Path(d.path).name for d in iter_corpus(settings.corpus_dir)}
    if doc_id not in files:
        known = ", ".join(sorted(files)) or "(none)"
        raise DocumentError(f"no plan with id {doc_id!r} in {settings.corpus_dir} (known: {known})",
                            f"Er is geen document ‘{doc_id}’ in de collectie.")
    return settings.corpus_dir / files[doc_id]


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return _toml_string(str(value))


def toml_text(values: dict, comment: str) -> str:
    """A flat sidecar (strings, numbers, dates, lists) as TOML, in the order given.

    >>> print(toml_text({"title": 'Plan "IVB"', "period_start": 2024, "municipalities": ["A", "B"]}, "Metadata"))
    # Metadata
    title = "Plan \\"IVB\\""
    period_start = 2024
    municipalities = ["A", "B"]
    <BLANKLINE>
    """
    lines = [f"# {comment}"] + [f"{key} = {_toml_value(value)}" for key, value in values.items()
                                if value is not None and value != ""]
    return "\n".join(lines) + "\n"


def _details_values(details: DocumentDetails) -> dict:
    return {"municipality": details.municipality, "title": details.title,
            "period_start": details.period_start, "period_end": details.period_end}


def _same_stem_files(path: Path) -> list[Path]:
    stem = path.name.split(".")[0]
    return [p for p in corpus_files(path.parent) if p.name.split(".")[0] == stem and p != path]


def correct_metadata(settings: Settings, embedder, doc_id: str, details: DocumentDetails,
                     progress: Progress | None = None, lock_timeout: float = 30.0) -> ChangeResult:
    """Write corrected metadata into the plan's sidecar (other fields kept) and re-index."""
    path = locate(settings, doc_id)
    sidecar = sidecar_path(path)
    values = read_sidecar(sidecar) if sidecar.exists() else {}
    if "id" not in values and doc_id != slugify(path.name.split(".")[0]):
        values["id"] = doc_id  # an id the build gave (two files with one stem) stays the plan's id
    updated = {**values, **_details_values(details)}
    for key in ("period_start", "period_end"):
        if updated.get(key) is None:
            updated.pop(key, None)
    if updated == values:
        raise DocumentError("nothing changed", "Er is niets gewijzigd: de gegevens zijn dezelfde.")
    text = toml_text(updated, f"Metadata for {path.name} (corrected in Beleidswijzer on {date.today().isoformat()}).")
    report = _apply(settings, embedder, lambda change: change.write(sidecar, text.encode("utf-8")),
                    _in_build(settings, path.name, path.name), progress, lock_timeout)
    return ChangeResult(doc_id, report, f"corrected the metadata of {doc_id} and rebuilt the index",
                        f"De gegevens van ‘{details.title}’ zijn gecorrigeerd en de index is bijgewerkt.")


def replace_document(settings: Settings, embedder, doc_id: str, draft: UploadDraft, details: DocumentDetails,
                     progress: Progress | None = None, lock_timeout: float = 30.0) -> ChangeResult:
    """Replace a plan's file by a newer version (same stem, so the same id and sidecar) and re-index.

    The sidecar gets the confirmed details; what it said about the old version only (its
    adoption, its source, its expiry) is dropped, so the new file's own header can speak.
    """
    old = locate(settings, doc_id)
    stem = old.name.split(".")[0]
    new = settings.corpus_dir / (stem + draft.suffix)
    if new != old and new.exists():
        raise DocumentError(f"{new.name} already exists", f"‘{new.name}’ bestaat al in de collectie; "
                            "verwijder dat document eerst of kies een bestand van een ander type.")
    sidecar = sidecar_path(old)
    kept = {k: v for k, v in (read_sidecar(sidecar) if sidecar.exists() else {}).items() if k in KEPT_ON_REPLACE}
    if "id" not in kept and doc_id != slugify(stem):
        kept["id"] = doc_id
    values = {**kept, **_details_values(details),
              "source": f"Nieuwe versie via Beleidswijzer op {date.today().isoformat()} ({_clean_field(draft.original_name)})"}
    text = toml_text(values, f"Metadata for {new.name} (replaced in Beleidswijzer on {date.today().isoformat()}).")

    def edit(change: CorpusChange) -> None:
        change.write(sidecar, text.encode("utf-8"))
        if new != old:
            change.remove(old)
        change.write(new, draft.data)

    report = _apply(settings, embedder, edit, _in_build(settings, new.name, draft.original_name), progress, lock_timeout)
    return ChangeResult(doc_id, report, f"replaced {old.name} by {draft.original_name} and rebuilt the index",
                        f"‘{details.title}’ is vervangen door ‘{draft.original_name}’ en de index is bijgewerkt.")


def remove_document(settings: Settings, embedder, doc_id: str, progress: Progress | None = None,
                    lock_timeout: float = 30.0) -> ChangeResult:
    """Remove a plan's file and its sidecar from the corpus and re-index (its chunks are not in the new build)."""
    path = locate(settings, doc_id)
    others = [p for p in corpus_files(settings.corpus_dir) if p != path]
    if not others:
        raise DocumentError(f"{doc_id} is the only document; an empty collection cannot be indexed",
                            "Dit is het enige document in de collectie; een lege collectie kan niet worden "
                            "geïndexeerd. Voeg eerst een ander document toe.")
    sidecar = sidecar_path(path)

    def edit(change: CorpusChange) -> None:
        change.remove(path)
        if sidecar.exists() and not _same_stem_files(path):  # a sidecar shared with another file stays
            change.remove(sidecar)

    def gone(report: BuildReport) -> DocumentError | None:
        if _doc_id_in_build(settings, report, path.name) is None:
            return None
        return DocumentError(f"{doc_id} is still in the index", "Het document staat nog in de index; er is niets gewijzigd.")

    report = _apply(settings, embedder, edit, gone, progress, lock_timeout)
    return ChangeResult(doc_id, report, f"removed {path.name} and rebuilt the index",
                        f"‘{path.name}’ is uit de collectie verwijderd en de index is bijgewerkt.")
