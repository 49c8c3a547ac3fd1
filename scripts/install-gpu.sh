#!/usr/bin/env bash
# Switch Deskhand's .venv to NVIDIA GPU builds: llama-cpp-python compiled with CUDA, and the CUDA
# builds of ONNX Runtime and ONNX Runtime GenAI. Run after ./install.sh, on a machine with an
# NVIDIA driver and the CUDA toolkit (nvcc on PATH, or CUDACXX set).
#
# Why a script and not a pip extra: llama.cpp's CUDA support is a compile flag, and onnxruntime
# and onnxruntime-gpu install into the same `onnxruntime` folder. Deskhand's own requirements and
# onnxruntime-genai pull in the CPU package, and whichever is installed last wins, so a plain
# `pip install onnxruntime-gpu` next to them can silently leave no CUDA provider. This script
# removes the CPU packages, installs the GPU ones without letting pip bring the CPU ones back,
# and then checks what a created session really got (not just what is "available").
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[[ -x $py ]] || { echo "install-gpu.sh: run ./install.sh first" >&2; exit 2; }
command -v nvidia-smi >/dev/null || { echo "install-gpu.sh: no NVIDIA driver (nvidia-smi not found)" >&2; exit 2; }
command -v nvcc >/dev/null || [[ -n "${CUDACXX:-}" ]] || {
  echo "install-gpu.sh: the CUDA toolkit is needed to build llama.cpp (nvcc not found; set CUDACXX)" >&2; exit 2; }

echo "==> building llama-cpp-python with CUDA (10-20 minutes)"
CMAKE_ARGS="-DGGML_CUDA=on" $py -m pip install --force-reinstall --no-cache-dir --no-deps llama-cpp-python

echo "==> replacing ONNX Runtime (CPU) with the CUDA builds"
$py -m pip uninstall -y onnxruntime onnxruntime-genai onnxruntime-gpu onnxruntime-genai-cuda || true
$py -m pip install onnxruntime-gpu
# --no-deps: onnxruntime-genai-cuda would otherwise pull the CPU onnxruntime back in.
$py -m pip install --no-deps onnxruntime-genai-cuda
$py -m pip install "nvidia-ml-py>=12" onnx  # onnx: builds the one-node graph checked below

echo "==> checking"
$py - <<'PY'
import llama_cpp, onnxruntime as ort
from onnx import TensorProto, helper

print("llama.cpp GPU offload:", llama_cpp.llama_supports_gpu_offload())
graph = helper.make_graph(
    [helper.make_node("Identity", ["x"], ["y"])], "probe",
    [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
    [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])],
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
session = ort.InferenceSession(model.SerializeToString(), providers=["CUDAExecutionProvider", "CPUExecutionProvider"])
print("ONNX Runtime session providers:", session.get_providers())
ok = llama_cpp.llama_supports_gpu_offload() and session.get_providers()[0] == "CUDAExecutionProvider"
raise SystemExit(0 if ok else "a GPU build is not active: see the lines above")
PY
.venv/bin/deskhand models | sed -n '1,6p'
