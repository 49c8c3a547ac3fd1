"""S4 of the conversion loop: which base model to specialise for a task, on this machine.

The candidates are the catalog's GGUF models whose architecture the LoRA writer knows
(`app.training.adapter.LAYOUTS`: llama, Qwen2, Qwen3, Gemma 3): the fine-tuning stage reads its
base from a GGUF file and writes a llama.cpp adapter for it, so an ONNX build, or a Phi or
SmolLM3 base it would then refuse, is no candidate. They are ranked by, in this order:

1. fit: the entry's minimum memory against the free VRAM of the best GPU (when llama.cpp can
   offload to it) or else the free RAM, as the hardware probe reports them;
2. licence: permissive (Apache-2.0, MIT, BSD...) first, then custom terms (read them before
   use), then non-commercial, then unknown;
3. the measured base accuracy on the cluster's test split, when the caller measured it (S6);
4. whether the catalog recommends the model for the cluster's role;
5. whether it is already on disk (no download);
6. size: the smaller model trains and answers faster.

Each recommendation carries a sentence saying all of that, for the person who decides.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.runtimes.base import ModelNotFoundError
from app.runtimes.catalog import CatalogEntry, catalog_entries, entry_path
from app.runtimes.hardware import GiB, Hardware
from app.training.adapter import trainable
from app.training.clusters import TaskClusters

#: SPDX identifiers (lower case) of licences that allow use, change and redistribution with
#: little more than attribution.
PERMISSIVE = frozenset(
    {"apache-2.0", "mit", "bsd-2-clause", "bsd-3-clause", "isc", "zlib", "unlicense", "cc0-1.0", "cc-by-4.0"}
)
_NON_COMMERCIAL = re.compile(r"(?i)\b(?:nc|non-?commercial|research[- ]only)\b")
LICENCE_ORDER = ("permissive", "custom terms", "non-commercial", "unknown")


@dataclass(frozen=True)
class Recommendation:
    """One candidate base model for a task, where it ranks, and why."""

    model: str
    rank: int
    #: None when the free memory is unknown.
    fits: bool | None
    license: str
    license_kind: str
    accuracy: float | None
    for_role: bool
    present: bool
    size_mb: int | None
    reason: str


def license_kind(license: str) -> str:
    """ "permissive", "custom terms", "non-commercial" or "unknown"."""
    text = license.strip()
    if not text or text.lower() == "unknown":
        return "unknown"
    if text.lower() in PERMISSIVE:
        return "permissive"
    if _NON_COMMERCIAL.search(text):
        return "non-commercial"
    return "custom terms"


def pick(
    role: str,
    *,
    hardware: Hardware,
    models_dir: Path,
    accuracy: Mapping[str, float] | None = None,
    catalog: dict[str, Any] | None = None,
) -> list[Recommendation]:
    """The catalog's GGUF models ranked as a base for a specialist of `role`, best first.

    `accuracy` maps a catalog model name to its measured base accuracy (0..1) on the task's
    test split; models it does not name count as not measured.
    """
    entries = {name: e for name, e in catalog_entries(catalog).items() if _candidate(e)}
    accuracy = dict(accuracy or {})
    unknown = sorted(set(accuracy) - set(entries))
    if unknown:
        raise ValueError(
            f"accuracy names models that are no trainable GGUF base in the catalog: {', '.join(unknown)} "
            f"(known: {', '.join(sorted(entries))})"
        )
    bad = {name: a for name, a in accuracy.items() if not 0.0 <= a <= 1.0}
    if bad:
        raise ValueError(f"accuracy is a share of test examples answered right, 0..1: {bad}")
    assessed = [_assess(e, role, hardware, models_dir, accuracy.get(e.name)) for e in entries.values()]
    return [replace(r, rank=n) for n, r in enumerate(sorted(assessed, key=_order), start=1)]


def _candidate(entry: CatalogEntry) -> bool:
    """A GGUF base the LoRA writer can train (the catalog states its architecture)."""
    return entry.format == "gguf" and trainable(entry.architecture)


def pick_for_clusters(
    clusters: TaskClusters,
    *,
    hardware: Hardware,
    models_dir: Path,
    accuracy: Mapping[int, Mapping[str, float]] | None = None,
    catalog: dict[str, Any] | None = None,
) -> dict[int, list[Recommendation]]:
    """Ranked recommendations for each ready cluster (a cluster's `why` says what the others
    lack); `accuracy` maps a cluster id to its per-model measurements."""
    accuracy = accuracy or {}
    return {
        c.id: pick(
            c.role, hardware=hardware, models_dir=models_dir, accuracy=accuracy.get(c.id), catalog=catalog
        )
        for c in clusters.ready()
    }


def _assess(
    entry: CatalogEntry, role: str, hardware: Hardware, models_dir: Path, accuracy: float | None
) -> Recommendation:
    """The candidate's facts and reason; ranked by `pick`."""
    fits, memory = _fit(entry, hardware)
    kind = license_kind(entry.license)
    try:
        entry_path(entry, models_dir)
        present = True
    except ModelNotFoundError:
        present = False
    for_role = role in entry.roles
    size = f"about {entry.size_mb} MB" if entry.size_mb else "its file"
    parts = [
        memory,
        f"licence {entry.license} ({kind})",
        "base accuracy not measured"
        if accuracy is None
        else f"base accuracy {accuracy:.0%} on this task's test split",
        f"recommended for the {role} role" if for_role else f"not among the catalog's {role} models",
        "on disk, no download"
        if present
        else f"needs a download of {size} (`deskhand models pull {entry.name}`)",
    ]
    return Recommendation(
        model=entry.name,
        rank=0,
        fits=fits,
        license=entry.license,
        license_kind=kind,
        accuracy=accuracy,
        for_role=for_role,
        present=present,
        size_mb=entry.size_mb,
        reason=f"{entry.name}: " + "; ".join(parts),
    )


def _fit(entry: CatalogEntry, hardware: Hardware) -> tuple[bool | None, str]:
    """Whether the model fits in free memory here, and the words for it."""
    need = entry.min_memory_gb
    places: list[tuple[float, str]] = []
    gpu = hardware.best_gpu
    if gpu is not None and hardware.llama_gpu_offload:
        places.append((gpu.free_bytes / GiB, f"free on {gpu.name}"))
    if hardware.ram_free_bytes is not None:
        places.append((hardware.ram_free_bytes / GiB, "of RAM free"))
    if need is None:
        return None, "the catalog gives no memory need"
    if not places:
        return None, f"needs {need:g} GB; free memory unknown"
    for free, where in places:
        if free >= need:
            return True, f"fits: needs {need:g} GB, {free:.1f} GB {where}"
    free, where = max(places)
    return False, f"does not fit: needs {need:g} GB, {free:.1f} GB {where}"


def _order(r: Recommendation) -> tuple[Any, ...]:
    return (
        {True: 0, None: 1, False: 2}[r.fits],
        LICENCE_ORDER.index(r.license_kind),
        r.accuracy is None,
        -(r.accuracy or 0.0),
        not r.for_role,
        not r.present,
        r.size_mb if r.size_mb is not None else math.inf,
        r.model,
    )
