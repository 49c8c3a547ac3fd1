#!/usr/bin/env bash
# Build Deskhand's Linux bundle, smoke-test it, measure it, and compile the Windows installer
# script: the one packaging check (about 8 minutes on 2 cores; not part of every CI run).
#
#     packaging/build.sh
#
# Needs ./install.sh to have made .venv, and root for the first run's system packages (Wine with
# its 32-bit half for the Inno Setup compiler, npm, desktop-file-utils). Writes:
#     dist/deskhand/                              the bundle (PyInstaller, packaging/deskhand.spec)
#     dist/deskhand-VERSION-linux-x86_64.tar.gz   the bundle with its menu entry and icon
#     dist/packaging-figures.json                 sizes and start-up times (bench/packaging.py)
#     dist/installer-check/*.exe                  installer.iss compiled against a staging folder
#                                                 of stand-ins: proof that the script compiles,
#                                                 not a working Windows installer (that is
#                                                 packaging/windows/build.ps1's job, on Windows)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=.venv/bin/python
step() { echo "==> $*"; }

[[ -x $python ]] || { echo "build.sh: no .venv here; run ./install.sh first" >&2; exit 2; }
version=$($python packaging/version.py)
tarball=dist/deskhand-$version-linux-x86_64.tar.gz

step "system tools: Wine (with wine32), npm, desktop-file-utils, Xvfb"
missing=()
command -v wine >/dev/null || missing+=(wine wine32:i386 wine64)
command -v npm >/dev/null || missing+=(npm)
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "build.sh: missing ${missing[*]}; run as root, or: sudo dpkg --add-architecture i386 &&" \
      "sudo apt-get update && sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  # A mirror mid-sync can fail one index (it has happened for i386 security updates); the
  # install below then says whether that matters.
  apt-get update -qq || true
  install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends)
  # Security updates may reach the amd64 index before the i386 one, and wine32's libraries must
  # match their amd64 twins: the release's own versions always do.
  # shellcheck source=/dev/null
  "${install[@]}" "${missing[@]}" ||
    "${install[@]}" -t "$(. /etc/os-release && echo "$VERSION_CODENAME")" "${missing[@]}"
fi

step "PyInstaller bundle of deskhand $version"
$python -c "import PyInstaller" 2>/dev/null || $python -m pip install --quiet -e ".[package]"
rm -rf dist/deskhand
# On a display: pynput's PyInstaller hook imports pynput, which needs an X server to import.
xvfb-run --auto-servernum $python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/deskhand.spec
cp packaging/linux/deskhand.desktop packaging/linux/install-desktop-entry.sh \
  resources/icons/deskhand.svg resources/icons/deskhand.png dist/deskhand/
desktop-file-validate dist/deskhand/deskhand.desktop
tar -C dist -czf "$tarball" deskhand

step "smoke test of $tarball"
packaging/smoke_test.sh "$tarball" "$version"

step "sizes and start-up times"
$python -m bench.packaging dist/deskhand "$tarball" --out dist/packaging-figures.json

step "installer.iss with Inno Setup (under Wine)"
npm ci --prefix packaging --no-audit --no-fund --silent
# Stand-ins for the Windows files: the Linux bundle under the Windows program names, and its
# llama_cpp/lib as the CUDA part, so every [Files] line and both variants compile.
staging=build/installer-staging
rm -rf "$staging"
mkdir -p "$staging/cuda/_internal/llama_cpp"
cp -al dist/deskhand "$staging/deskhand"
mv "$staging/deskhand/deskhand" "$staging/deskhand/deskhand.exe"
cp "$staging/deskhand/deskhand.exe" "$staging/deskhand/deskhandw.exe"
cp -al dist/deskhand/_internal/llama_cpp/lib "$staging/cuda/_internal/llama_cpp/lib"
export WINEPREFIX=$root/build/wine WINEDEBUG=-all
iscc() {
  # Fast compression: the payload is stand-ins, and the script's validity does not depend on it.
  wine packaging/node_modules/innosetup/bin/ISCC.exe /Q "/DAppVersion=$version" \
    "/DStagingDir=$(winepath -w "$root/$1")" "/DOutputDir=$(winepath -w "$root/dist/installer-check")" \
    /DCompression=zip/1 installer.iss
}
rm -rf dist/installer-check
iscc "$staging"
rm -rf "$staging/cuda"
iscc "$staging"
ls -l dist/installer-check
step "done: $tarball, dist/packaging-figures.json, dist/installer-check/"
