"""Promotions: in service, replaced, rolled back; and the router that honours them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.runtimes.base import Message
from app.training.promote import ClusterRouter, Promotions
from tests.fakes import ScriptedRuntime


def promote(record: Promotions, cluster: int, adapter: str) -> int:
    return record.promote(
        role="grounder",
        cluster=cluster,
        cluster_name=f"cluster {cluster}",
        base="smollm2-135m-instruct",
        adapter=Path(adapter),
        accuracy_before=0.2,
        accuracy_after=0.6,
        examples=30,
    ).id


def test_a_new_promotion_replaces_the_one_for_its_cluster_and_rollback_restores_it(tmp_path: Path) -> None:
    record = Promotions(tmp_path)
    first = promote(record, 0, "a.gguf")
    other = promote(record, 1, "b.gguf")
    second = promote(record, 0, "c.gguf")
    assert {p.id for p in record.active()} == {other, second}

    rolled, restored = record.rollback()
    assert rolled.id == second and restored is not None and restored.id == first
    assert {p.id for p in Promotions(tmp_path).active()} == {first, other}  # persisted
    assert len(record.all()) == 3  # nothing is deleted

    rolled, restored = record.rollback(other)
    assert rolled.id == other and restored is None
    with pytest.raises(LookupError, match="not in service"):
        record.rollback(other)


def test_rollback_with_nothing_promoted_says_so(tmp_path: Path) -> None:
    with pytest.raises(LookupError, match="nothing to roll back"):
        Promotions(tmp_path).rollback()


def test_a_damaged_record_is_reported_with_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "promotions.json").write_text("[{not json")
    with pytest.raises(ValueError, match="move it aside"):
        Promotions(tmp_path).active()


def test_the_router_sends_a_promoted_cluster_to_its_specialist() -> None:
    usual = ScriptedRuntime("usual answer")
    specialist = ScriptedRuntime("specialist answer")
    specialist.model = "adapter.gguf"  # type: ignore[misc]
    router = ClusterRouter(usual, {3: specialist}, lambda text: 3 if "e-mail" in text else None)

    answer = router.complete([Message("system", "s"), Message("user", "the e-mail field")])
    assert answer.text == "specialist answer" and router.model == "adapter.gguf"
    answer = router.complete([Message("system", "s"), Message("user", "the Submit button")])
    assert answer.text == "usual answer" and router.model == "scripted"
