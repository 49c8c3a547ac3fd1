"""The local document index behind `deskhand ask --about FOLDER`: passages, found by BM25.

People ask about their own files (ChatRTX, GPT4All LocalDocs). A small model cannot read a whole
folder, so the folder is cut into passages of a few lines each, kept with the file and the lines
(or the PDF page) they come from, and the question's words pick the best few with SQLite FTS5's
BM25 ranking. Nothing leaves the machine and no model is needed to build or search the index.

The index is one SQLite file in the data folder. `update()` re-reads only the files whose size or
modification time changed since they were indexed and forgets the files that are gone, so asking
about the same folder twice costs a directory walk. Plain text, Markdown, and files without a
suffix (or with a version for one: Apache-2.0) that read as UTF-8 text are indexed, as licences
and READMEs often have none; so is the text of PDF pages, through pypdf. A file that cannot be
read is skipped with the reason.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.errors import DeskhandError

__all__ = [
    "DocumentIndex",
    "DocumentIndexError",
    "IndexUpdate",
    "Passage",
    "Skipped",
    "chunk_lines",
    "search_terms",
    "search_words",
]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".rst", ".text"})
PDF_SUFFIX = ".pdf"
#: Larger text files are logs or data dumps rather than documents; they would drown the index.
MAX_TEXT_BYTES = 4 * 1024 * 1024
#: A passage stops growing past this many characters: three of them and a question fit the
#: built-in model's 2048-token context with room for the answer.
PASSAGE_CHARS = 600
#: How many more rows than asked a search reads, so that repeated texts can be left out.
_DUPLICATES = 4
#: Common words a question carries that say nothing about where its answer is.
# fmt: off
STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "could", "do", "does", "did", "for",
    "from", "has", "have", "how", "i", "if", "in", "is", "it", "its", "may", "me", "must", "my",
    "of", "on", "or", "should", "so", "that", "the", "their", "then", "there", "these", "this",
    "those", "to", "was", "what", "when", "where", "which", "who", "whom", "whose", "why", "will",
    "with", "would", "you", "your", "about", "into", "under", "than", "any", "all", "not", "no",
    "yes", "shall",
})
# fmt: on
_WORD = re.compile(r"\w+", re.UNICODE)
_VERSION_SUFFIX = re.compile(r"\.\d+")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    page INTEGER,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_path ON passages(path);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
    text, content='passages', content_rowid='id', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""


class DocumentIndexError(DeskhandError):
    """The index file or the folder asked about cannot be used; the message says what to do."""


@dataclass(frozen=True)
class Passage:
    """A few consecutive lines of one file (of one page, for a PDF), as the index keeps them."""

    path: Path
    start_line: int
    end_line: int
    text: str
    #: The PDF page (from 1) the lines are on; None for a text file.
    page: int | None = None
    #: BM25 relevance from a search (higher is better); 0.0 for a passage not found by one.
    score: float = 0.0

    @property
    def where(self) -> str:
        """`file:12-18`, or `file.pdf p.3:4-9`: how a citation names the passage."""
        lines = (
            str(self.start_line) if self.start_line == self.end_line else f"{self.start_line}-{self.end_line}"
        )
        page = f" p.{self.page}" if self.page is not None else ""
        return f"{self.path}{page}:{lines}"


@dataclass(frozen=True)
class Skipped:
    """A file in the folder that is not in the index, and why."""

    path: Path
    reason: str


@dataclass(frozen=True)
class IndexUpdate:
    """What one `update()` changed."""

    added: int
    changed: int
    removed: int
    unchanged: int
    passages: int
    skipped: tuple[Skipped, ...]

    @property
    def files(self) -> int:
        """Files of the folder that are in the index now."""
        return self.added + self.changed + self.unchanged


def chunk_lines(lines: list[str], *, limit: int = PASSAGE_CHARS) -> Iterator[tuple[int, int, str]]:
    """Cut `lines` into passages: (first line, last line, text), lines counted from 1.

    A blank line or a Markdown heading closes a passage, so a passage stays within one paragraph
    where it can; a heading stays with the paragraph under it; a paragraph longer than `limit`
    is cut between its lines.
    """
    start = 0
    held: list[str] = []
    headings_only = True
    for number, line in enumerate(lines):
        stripped = line.strip()
        heading = stripped.startswith("#")
        size = sum(len(h) + 1 for h in held)
        ends = bool(held) and not stripped and not headings_only
        if ends or (held and stripped and ((heading and not headings_only) or size + len(stripped) > limit)):
            yield start + 1, number, "\n".join(held)
            held = []
        if not stripped:
            continue
        if not held:
            start, headings_only = number, True
        held.append(stripped)
        headings_only = headings_only and heading
    if held:
        yield start + 1, len(lines), "\n".join(held)


def search_words(text: str) -> list[str]:
    """The words of `text` that say what it is about: lower case, once each, in order, without
    the stop words and single letters (single digits stay: "version 3")."""
    words = (w.lower() for w in _WORD.findall(text))
    return list(dict.fromkeys(w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())))


def search_terms(question: str) -> str:
    """An FTS5 query for `question`: its `search_words`, any of them matching (BM25 ranks
    passages with more and rarer words first). Empty when nothing is left."""
    return " OR ".join(f'"{w}"' for w in search_words(question))


def _is_text(path: Path) -> bool:
    if path.suffix.lower() in TEXT_SUFFIXES:
        return True
    if path.suffix and not _VERSION_SUFFIX.fullmatch(path.suffix):
        return False
    # Licences, READMEs, copyright files have no suffix (or a version: Apache-2.0); read a
    # little to tell text from a program.
    with path.open("rb") as fh:
        head = fh.read(4096)
    if b"\0" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4  # a character cut at the 4096th byte is still text
    return True


def _pdf_pages(path: Path) -> list[list[str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise DocumentIndexError(
                f"{path}: the PDF is encrypted; save an unencrypted copy to ask about it"
            )
        return [(page.extract_text() or "").splitlines() for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise DocumentIndexError(f"{path}: pypdf cannot read it ({exc})") from exc


def _passages(path: Path) -> list[Passage]:
    """The passages of one file; DocumentIndexError or OSError when it cannot be read."""
    if path.suffix.lower() == PDF_SUFFIX:
        return [
            Passage(path, first, last, text, page=number)
            for number, lines in enumerate(_pdf_pages(path), start=1)
            for first, last, text in chunk_lines(lines)
        ]
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    return [Passage(path, first, last, body) for first, last, body in chunk_lines(text.splitlines())]


class DocumentIndex:
    """The passages of the folders asked about, in one SQLite file (FTS5, BM25)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise DocumentIndexError(
                f"the document index {path} cannot be opened ({exc}); delete it and ask again "
                "(it is rebuilt from your files)"
            ) from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> DocumentIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _documents(self, root: Path) -> Iterator[Path]:
        if root.is_file():
            yield root
            return
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if not name.startswith("."):
                    yield Path(folder) / name

    def update(self, root: Path) -> IndexUpdate:
        """Bring the index up to date with the files under `root` (a folder or one file)."""
        root = root.expanduser().resolve()
        if not root.exists():
            raise DocumentIndexError(f"{root} does not exist: name a folder or a file of documents")
        counts = {"added": 0, "changed": 0, "unchanged": 0}
        skipped: list[Skipped] = []
        seen: set[str] = set()
        known = dict(self.conn.execute("SELECT path, mtime_ns || ':' || size FROM files").fetchall())
        try:
            with self.conn:
                for path in self._documents(root):
                    outcome = self._index_file(path, known, seen)
                    if isinstance(outcome, Skipped):
                        skipped.append(outcome)
                    elif outcome:
                        counts[outcome] += 1
                gone = [p for p in known if _under(p, root) and p not in seen]
                self.conn.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in gone])
        except sqlite3.Error as exc:
            raise DocumentIndexError(f"the document index {self.path} cannot be written ({exc})") from exc
        passages = self.conn.execute(
            "SELECT count(*) FROM passages WHERE path = ? OR path LIKE ? ESCAPE '\\'",
            (str(root), _like_prefix(root)),
        ).fetchone()[0]
        return IndexUpdate(
            counts["added"], counts["changed"], len(gone), counts["unchanged"], passages, tuple(skipped)
        )

    def _index_file(self, path: Path, known: dict[str, str], seen: set[str]) -> str | Skipped | None:
        """Index one file if it is new or changed: "added", "changed", "unchanged", a Skipped,
        or None for a file that is not a document at all (a program, an image)."""
        try:
            stat = path.stat()
            if path.suffix.lower() != PDF_SUFFIX and not _is_text(path):
                return None
            if path.suffix.lower() != PDF_SUFFIX and stat.st_size > MAX_TEXT_BYTES:
                return Skipped(path, f"larger than {MAX_TEXT_BYTES // 2**20} MB")
        except OSError as exc:
            return Skipped(path, exc.strerror or str(exc))
        key = str(path)
        seen.add(key)
        stamp = f"{stat.st_mtime_ns}:{stat.st_size}"
        if known.get(key) == stamp:
            return "unchanged"
        try:
            passages = _passages(path)
        except DocumentIndexError as exc:
            seen.discard(key)
            return Skipped(path, str(exc).removeprefix(f"{path}: "))
        except OSError as exc:
            seen.discard(key)
            return Skipped(path, exc.strerror or str(exc))
        self.conn.execute("DELETE FROM files WHERE path = ?", (key,))
        self.conn.execute(
            "INSERT INTO files(path, mtime_ns, size) VALUES (?, ?, ?)", (key, stat.st_mtime_ns, stat.st_size)
        )
        self.conn.executemany(
            "INSERT INTO passages(path, page, start_line, end_line, text) VALUES (?, ?, ?, ?, ?)",
            [(key, p.page, p.start_line, p.end_line, p.text) for p in passages],
        )
        return "changed" if key in known else "added"

    def search(self, question: str, *, under: Path | None = None, limit: int = 3) -> list[Passage]:
        """The `limit` passages that best match `question` (BM25), best first; only those of
        files under `under` when given. Empty when no word of the question is in the index."""
        query = search_terms(question)
        if not query:
            return []
        where, params = "", [query]
        if under is not None:
            root = under.expanduser().resolve()
            where = "AND (p.path = ? OR p.path LIKE ? ESCAPE '\\')"
            params += [str(root), _like_prefix(root)]
        rows = self.conn.execute(
            "SELECT p.path, p.start_line, p.end_line, p.text, p.page, bm25(passages_fts) "
            "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
            f"WHERE passages_fts MATCH ? {where} ORDER BY bm25(passages_fts) LIMIT ?",
            [*params, limit * _DUPLICATES],
        )
        found: list[Passage] = []
        seen: set[str] = set()
        for r in rows:
            # A text already found (a copy or a link of the same file: Debian's GPL and GPL-3)
            # would only take a place another passage could use.
            if r[3] in seen:
                continue
            seen.add(r[3])
            # FTS5's bm25() is negative, more negative for a better match; flipped: higher is better.
            found.append(Passage(Path(r[0]), r[1], r[2], r[3], page=r[4], score=-float(r[5])))
            if len(found) == limit:
                break
        return found


def _under(path: str, root: Path) -> bool:
    return path == str(root) or path.startswith(str(root).rstrip(os.sep) + os.sep)


def _like_prefix(root: Path) -> str:
    escaped = str(root).rstrip(os.sep).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + os.sep.replace("\\", "\\\\") + "%"
