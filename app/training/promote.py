"""S6, the deciding half: which fine-tuned specialists are in service, and rolling them back.

A promotion says: calls of `role` whose prompt falls into `cluster` are answered by `base` with
`adapter` from now on. The record is a small JSON file in the training folder, newest last; a
promotion remembers the one it replaced, so a rollback puts that one back in one step and
nothing is ever deleted. `ClusterRouter` is the routing itself: a Runtime that sends each call
to the promoted specialist of its cluster, and every other call to the role's usual model.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.runtimes.base import Completion, Message, Runtime

PROMOTIONS_FILE = "promotions.json"


@dataclass(frozen=True)
class Promotion:
    id: int
    role: str
    cluster: int
    cluster_name: str
    base: str
    adapter: str
    accuracy_before: float
    accuracy_after: float
    examples: int
    at: str
    active: bool = True
    #: The promotion this one replaced for the same role and cluster, restored on rollback.
    replaces: int | None = None


class Promotions:
    """The promotions record in `folder` (created on first write)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / PROMOTIONS_FILE

    def all(self) -> list[Promotion]:
        if not self.path.is_file():
            return []
        try:
            rows = json.loads(self.path.read_text(encoding="utf-8"))
            return [Promotion(**row) for row in rows]
        except (json.JSONDecodeError, TypeError) as exc:
            raise ValueError(
                f"{self.path} is damaged ({exc}); move it aside to start over "
                "(the adapters beside it stay usable)"
            ) from exc

    def active(self, role: str | None = None) -> list[Promotion]:
        return [p for p in self.all() if p.active and (role is None or p.role == role)]

    def _save(self, promotions: Sequence[Promotion]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".json.partial")
        partial.write_text(json.dumps([asdict(p) for p in promotions], indent=1), encoding="utf-8")
        os.replace(partial, self.path)  # all or nothing, even on a full disk

    def promote(
        self,
        *,
        role: str,
        cluster: int,
        cluster_name: str,
        base: str,
        adapter: Path,
        accuracy_before: float,
        accuracy_after: float,
        examples: int,
    ) -> Promotion:
        promotions = self.all()
        current = next((p for p in promotions if p.active and (p.role, p.cluster) == (role, cluster)), None)
        promotion = Promotion(
            id=max((p.id for p in promotions), default=0) + 1,
            role=role,
            cluster=cluster,
            cluster_name=cluster_name,
            base=base,
            adapter=str(adapter),
            accuracy_before=accuracy_before,
            accuracy_after=accuracy_after,
            examples=examples,
            at=datetime.now(UTC).isoformat(timespec="seconds"),
            replaces=current.id if current else None,
        )
        updated = [replace(p, active=False) if current and p.id == current.id else p for p in promotions]
        self._save([*updated, promotion])
        return promotion

    def rollback(self, promotion_id: int | None = None) -> tuple[Promotion, Promotion | None]:
        """Take a promotion (the newest active one by default) out of service and restore the
        one it replaced; returns (rolled back, restored or None)."""
        promotions = self.all()
        active = [p for p in promotions if p.active]
        if not active:
            raise LookupError("no specialist is promoted; nothing to roll back")
        target = next((p for p in active if p.id == promotion_id), None) if promotion_id else active[-1]
        if target is None:
            known = ", ".join(str(p.id) for p in active)
            raise LookupError(f"promotion {promotion_id} is not in service (in service: {known})")
        restored = next((p for p in promotions if p.id == target.replaces), None)
        updated = []
        for p in promotions:
            if p.id == target.id:
                p = replace(p, active=False)
            elif restored is not None and p.id == restored.id:
                p = replace(p, active=True)
            updated.append(p)
        self._save(updated)
        return replace(target, active=False), (replace(restored, active=True) if restored else None)


#: The cluster a prompt (its user message) falls into, or None when it fits none well.
Assign = Callable[[str], int | None]


class ClusterRouter:
    """A role's Runtime that answers each call with the specialist promoted for its cluster.

    `model` and `name` name whoever answered the latest call, so the run log records the
    specialist that really answered (calls of one role are made one at a time)."""

    def __init__(self, usual: Runtime, specialists: dict[int, Runtime], assign: Assign) -> None:
        self.usual = usual
        self.specialists = specialists
        self.assign = assign
        self._last: Runtime = usual

    @property
    def name(self) -> str:
        return self._last.name

    @property
    def model(self) -> str:
        return self._last.model

    def complete(
        self,
        messages: Sequence[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 64,
        temperature: float = 0.0,
    ) -> Completion:
        user = next((m.content for m in reversed(messages) if m.role == "user"), "")
        cluster = self.assign(user)
        self._last = self.specialists.get(cluster, self.usual) if cluster is not None else self.usual
        return self._last.complete(messages, schema=schema, max_tokens=max_tokens, temperature=temperature)
