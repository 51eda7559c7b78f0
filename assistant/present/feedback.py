"""👍/👎 on answers, kept in a small local SQLite database so poor answers can be reviewed.

The database lives under ``settings.data_dir`` (not under the index folder,
which is rebuilt and swapped): feedback survives every rebuild. Each row keeps
the question, the answer text and the citations as they were shown, plus the
index build that produced them. One row per answer: changing 👍 into 👎 updates
it, clearing the rating removes it. The schema is versioned (``PRAGMA
user_version``) with forward-only migrations.

    >>> import tempfile
    >>> store = FeedbackStore(Path(tempfile.mkdtemp()) / "feedback.sqlite")
    >>> store.record("t1", -1, "Wat doet het RIEC?", "…", []).rating
    -1
    >>> [e.question for e in store.entries(only_negative=True)]
    ['Wat doet het RIEC?']
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Sequence

from assistant.citation import Citation
from assistant.config import Settings

FILE_NAME = "feedback.sqlite"

# Each entry brings the schema from version i to i + 1; never edit a released one, append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        turn_id TEXT NOT NULL UNIQUE,
        rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
        question TEXT NOT NULL,
        answer TEXT NOT NULL,
        citations TEXT NOT NULL,      -- JSON list of citation objects
        municipalities TEXT NOT NULL, -- JSON list: the filter in force
        build_id TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX feedback_rating ON feedback (rating, updated_at);
    """,
)


@dataclass(frozen=True)
class FeedbackEntry:
    id: int
    turn_id: str
    rating: int  # 1 = 👍, -1 = 👎
    question: str
    answer: str
    citations: list[dict]
    municipalities: list[str]
    build_id: str
    comment: str
    created_at: str
    updated_at: str

    def as_dict(self) -> dict:
        return asdict(self)


def feedback_path(settings: Settings) -> Path:
    return settings.data_dir / FILE_NAME


def citation_records(citations: Iterable[Citation]) -> list[dict]:
    return [{"number": n, "doc_id": c.doc_id, "municipality": c.municipality, "title": c.title,
             "heading_path": list(c.heading_path), "start": c.start, "end": c.end, "quote": c.quote}
            for n, c in enumerate(citations, 1)]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class FeedbackStore:
    """The feedback database; a short-lived connection per call, so any thread may use it."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db:
            migrate(db)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), timeout=10)
        db.row_factory = sqlite3.Row
        return db

    def record(self, turn_id: str, rating: int, question: str, answer: str, citations: Sequence[Citation] | Sequence[dict],
               municipalities: Sequence[str] = (), build_id: str = "", comment: str = "") -> FeedbackEntry:
        """Store (or update) the rating of one answer."""
        if rating not in (-1, 1):
            raise ValueError("rating must be 1 (👍) or -1 (👎)")
        records = ([dict(c) for c in citations] if all(isinstance(c, dict) for c in citations)
                   else citation_records(citations))  # type: ignore[arg-type]
        now = _now()
        with closing(self._connect()) as db, db:
            db.execute(
                """INSERT INTO feedback (turn_id, rating, question, answer, citations, municipalities, build_id, comment,
                                         created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (turn_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
                                                       updated_at = excluded.updated_at""",
                (turn_id, rating, question, answer, json.dumps(records, ensure_ascii=False),
                 json.dumps(list(municipalities), ensure_ascii=False), build_id, comment, now, now))
            row = db.execute("SELECT * FROM feedback WHERE turn_id = ?", (turn_id,)).fetchone()
        return _entry(row)

    def remove(self, turn_id: str) -> bool:
        """Forget the rating of one answer (the user took it back)."""
        with closing(self._connect()) as db, db:
            return db.execute("DELETE FROM feedback WHERE turn_id = ?", (turn_id,)).rowcount > 0

    def entries(self, only_negative: bool = False, limit: int | None = None) -> list[FeedbackEntry]:
        """Newest first."""
        sql = "SELECT * FROM feedback" + (" WHERE rating < 0" if only_negative else "") + " ORDER BY updated_at DESC, id DESC"
        params: tuple = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (int(limit),)
        with closing(self._connect()) as db:
            return [_entry(row) for row in db.execute(sql, params)]

    def counts(self) -> dict[str, int]:
        with closing(self._connect()) as db:
            up, down = db.execute("SELECT COALESCE(SUM(rating > 0), 0), COALESCE(SUM(rating < 0), 0) FROM feedback").fetchone()
        return {"positive": int(up), "negative": int(down)}


def migrate(db: sqlite3.Connection) -> int:
    """Bring the database to the latest schema; returns the version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise RuntimeError(f"feedback database has schema {version}, newer than this code ({len(MIGRATIONS)})")
    for number in range(version, len(MIGRATIONS)):
        db.executescript(MIGRATIONS[number] + f"\nPRAGMA user_version = {number + 1};")
    db.commit()
    return len(MIGRATIONS)


def _entry(row: sqlite3.Row) -> FeedbackEntry:
    return FeedbackEntry(row["id"], row["turn_id"], row["rating"], row["question"], row["answer"],
                         json.loads(row["citations"]), json.loads(row["municipalities"]), row["build_id"],
                         row["comment"], row["created_at"], row["updated_at"])


def format_entries(entries: Sequence[FeedbackEntry]) -> str:
    """Entries as readable text for the CLI (English frame, Dutch content as stored)."""
    if not entries:
        return "no feedback recorded"
    blocks = []
    for e in entries:
        lines = [f"#{e.id}  {'+1' if e.rating > 0 else '-1'}  {e.updated_at}  build {e.build_id or '?'}",
                 f"  question: {' '.join(e.question.split())}"]
        if e.municipalities:
            lines.append(f"  filter:   {', '.join(e.municipalities)}")
        answer = " ".join(e.answer.split())
        lines.append(f"  answer:   {answer[:300]}{'…' if len(answer) > 300 else ''}")
        for c in e.citations:
            path = " › ".join(c.get("heading_path", []))
            lines.append(f"  [{c.get('number')}] {c.get('municipality')} · {c.get('title')}"
                         f"{' › ' + path if path else ''} ({c.get('start')}-{c.get('end')})")
        if e.comment:
            lines.append(f"  comment:  {e.comment}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
