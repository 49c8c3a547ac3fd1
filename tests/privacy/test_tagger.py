"""The learned name tagger (app/privacy/tagger.py): a real model loads and tags, clean text
stays clean, and a missing or broken model file says so instead of failing a privacy pass."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite")

from app.privacy import tagger


@pytest.fixture(scope="module")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained on a few lines written here, so the test does not depend on the corpora."""
    names = [("Ingrid", "Solheim"), ("Tariq", "Haddad"), ("Mireille", "Fontaine"), ("Kwame", "Asante")]
    rows = []
    for first, last in names * 3:
        full = f"{first} {last}"
        rows += [
            {"text": f"Assigned to: {full}", "pii": [{"kind": "NAME", "value": full}]},
            {"text": f"Message from {full} at 10:42", "pii": [{"kind": "NAME", "value": full}]},
            {"text": "Build finished in 42 seconds", "pii": []},
            {"text": "Click Save to keep your changes", "pii": []},
        ]
    return tagger.train(rows, tmp_path_factory.mktemp("tagger") / "names.crfsuite")


def test_a_trained_model_tags_a_name_it_never_saw(small_model: Path) -> None:
    found = list(tagger.NameTagger(small_model, threshold=0.5).find("Assigned to: Sofia Lindqvist"))
    assert [(f.kind, f.value) for f in found] == [("NAME", "Sofia Lindqvist")]
    assert found[0].start == len("Assigned to: ")


def test_a_clean_line_stays_clean(small_model: Path) -> None:
    assert list(tagger.NameTagger(small_model, threshold=0.5).find("Click Save to keep your changes")) == []


def test_findings_keep_their_place_in_a_text_of_several_lines(small_model: Path) -> None:
    text = "Build finished in 42 seconds\nMessage from Leena Virtanen at 09:15"
    for finding in tagger.NameTagger(small_model, threshold=0.5).find(text):
        assert text[finding.start : finding.end] == finding.value


def test_a_garbage_model_file_is_a_clear_error(tmp_path: Path) -> None:
    garbage = tmp_path / "broken.crfsuite"
    garbage.write_bytes(b"not a model at all")
    with pytest.raises(ValueError, match="not a name tagger model"):
        tagger.NameTagger(garbage)


def test_a_missing_model_turns_the_tagger_off_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(tagger, "MODEL", tmp_path / "absent.crfsuite")
    tagger._shipped.cache_clear()
    try:
        with pytest.warns(UserWarning, match="tagger off"):
            assert list(tagger.find("Assigned to: Sofia Lindqvist")) == []
    finally:
        tagger._shipped.cache_clear()


@pytest.mark.skipif(not tagger.MODEL.is_file(), reason="no shipped model in this checkout")
def test_the_shipped_model_loads_and_tags() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = list(tagger.find("Reviewed by Henrik Østergaard yesterday"))
    assert any("Østergaard" in f.value for f in found)
    assert list(tagger.find("The build passed all 212 tests")) == []
