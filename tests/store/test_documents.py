"""The document index: real files, real SQLite FTS5, real PDF text through pypdf."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.store.documents import DocumentIndex, DocumentIndexError, chunk_lines, search_terms


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A small valid PDF, one line of Helvetica text per entry, written by hand (no PDF writer
    is a dependency); pypdf reads it like any other."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for lines in pages:
        shown = " ".join(f"({line}) Tj 0 -14 Td" for line in lines)
        stream = f"BT /F1 12 Tf 72 720 Td {shown} ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objects)} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "guide").mkdir(parents=True)
    (folder / "guide" / "garden.md").write_text(
        "# Watering\n\nWater the tomatoes every morning.\nUse rain water when you can.\n\n"
        "# Pruning\n\nPrune the roses in late winter.\n",
        encoding="utf-8",
    )
    (folder / "LICENSE").write_text("Permission is granted to copy this garden guide.\n", encoding="utf-8")
    (folder / "tides.pdf").write_bytes(
        pdf_bytes([["Harbour notes"], ["High tide is at seven in the evening"]])
    )
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0binary")
    (folder / ".hidden.md").write_text("secret watering schedule\n", encoding="utf-8")
    return folder


def test_chunks_keep_headings_with_their_paragraph_and_count_lines_from_one() -> None:
    lines = ["# Watering", "", "Water daily.", "Use rain water.", "", "", "# Pruning", "", "Prune in winter."]
    assert list(chunk_lines(lines)) == [
        (1, 4, "# Watering\nWater daily.\nUse rain water."),
        (7, 9, "# Pruning\nPrune in winter."),
    ]


def test_a_long_paragraph_is_cut_between_its_lines() -> None:
    lines = ["a" * 50] * 5
    assert [(first, last) for first, last, _ in chunk_lines(lines, limit=120)] == [(1, 2), (3, 4), (5, 5)]


def test_search_terms_drop_stop_words_and_quote_the_rest() -> None:
    assert search_terms("When is the high tide?") == '"high" OR "tide"'
    assert search_terms("what is it?") == ""
    # FTS5 syntax in a question is taken as words, never as query operators.
    assert search_terms('tide" AND NEAR(harbour') == '"tide" OR "near" OR "harbour"'


def test_a_folder_is_indexed_and_searched_with_file_lines_and_pages(tmp_path: Path, docs: Path) -> None:
    with DocumentIndex(tmp_path / "index.db") as index:
        update = index.update(docs)
        assert (update.added, update.changed, update.removed, update.skipped) == (3, 0, 0, ())
        best = index.search("When should I prune the roses?", under=docs)[0]
        assert best.path == docs / "guide" / "garden.md"
        assert (best.start_line, best.end_line, best.page) == (6, 8, None)
        assert best.where.endswith("garden.md:6-8")
        tide = index.search("high tide evening", under=docs)[0]
        assert (tide.path.name, tide.page, tide.start_line) == ("tides.pdf", 2, 1)
        assert tide.where.endswith("tides.pdf p.2:1")
        assert index.search("granted copy", under=docs)[0].path.name == "LICENSE"
        # The hidden file and the image are not documents.
        assert index.search("secret schedule", under=docs) == []


def test_update_rereads_only_changed_files_and_forgets_removed_ones(tmp_path: Path, docs: Path) -> None:
    with DocumentIndex(tmp_path / "index.db") as index:
        index.update(docs)
        again = index.update(docs)
        assert (again.added, again.changed, again.unchanged) == (0, 0, 3)
        garden = docs / "guide" / "garden.md"
        garden.write_text("Water the cucumbers at noon.\n", encoding="utf-8")
        os.utime(garden, ns=(garden.stat().st_atime_ns, garden.stat().st_mtime_ns + 10**9))
        (docs / "LICENSE").unlink()
        changed = index.update(docs)
        assert (changed.added, changed.changed, changed.removed, changed.unchanged) == (0, 1, 1, 1)
        assert index.search("roses", under=docs) == []
        assert index.search("granted", under=docs) == []
        assert index.search("cucumbers", under=docs)[0].path == garden


def test_search_under_one_folder_leaves_other_folders_out(tmp_path: Path, docs: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("The roses are red.\n", encoding="utf-8")
    with DocumentIndex(tmp_path / "index.db") as index:
        index.update(docs)
        index.update(other)
        assert {p.path.parent for p in index.search("roses", under=other)} == {other}
        assert {p.path for p in index.search("roses")} == {other / "notes.txt", docs / "guide" / "garden.md"}


def test_an_unreadable_pdf_is_skipped_with_the_reason(tmp_path: Path, docs: Path) -> None:
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    with DocumentIndex(tmp_path / "index.db") as index:
        update = index.update(docs)
    assert [s.path.name for s in update.skipped] == ["broken.pdf"]
    assert "pypdf" in update.skipped[0].reason


def test_a_missing_folder_says_what_to_name(tmp_path: Path) -> None:
    with (
        DocumentIndex(tmp_path / "index.db") as index,
        pytest.raises(DocumentIndexError, match="does not exist"),
    ):
        index.update(tmp_path / "nowhere")


def test_a_damaged_index_file_says_to_delete_it(tmp_path: Path) -> None:
    damaged = tmp_path / "index.db"
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DocumentIndexError, match="delete it"):
        DocumentIndex(damaged)


def test_the_same_text_in_two_files_takes_one_place(tmp_path: Path, docs: Path) -> None:
    (docs / "LICENSE-copy").write_text("Permission is granted to copy this garden guide.\n", encoding="utf-8")
    with DocumentIndex(tmp_path / "index.db") as index:
        index.update(docs)
        found = index.search("granted copy garden roses", under=docs, limit=2)
    assert len(found) == 2 and len({p.text for p in found}) == 2
