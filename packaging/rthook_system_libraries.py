"""PyInstaller runtime hook: the programs Deskhand starts load the system's libraries, not ours.

On Linux the bootloader puts the bundle's `_internal/` first on LD_LIBRARY_PATH, and every
process started from the bundle inherits it. Xvfb and chromium are the system's programs, built
against the system's libraries, so they get the path the person had. This process is unaffected
(the loader read the variable when it started), and the practice programs, which run through the
bundle itself, get the bundle's path again from their own bootloader.
"""

import os

_original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
if _original is None:
    os.environ.pop("LD_LIBRARY_PATH", None)
else:
    os.environ["LD_LIBRARY_PATH"] = _original
