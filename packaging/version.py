"""Print Deskhand's version, read from pyproject.toml: the one version source every build uses.

packaging/build.sh and packaging/windows/build.ps1 name the tarball and the installer with it
and hand it to Inno Setup (`ISCC /DAppVersion=...`), so no packaging file repeats the number.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def version(pyproject: Path = PYPROJECT) -> str:
    """The `[project] version` of `pyproject`."""
    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


if __name__ == "__main__":
    print(version())
