"""Qt's own file dialog (not the platform's), opened on a folder the benchmark fills."""

import sys

from PySide6.QtWidgets import QApplication, QFileDialog

app = QApplication([])
QFileDialog.getOpenFileName(None, "Open file", sys.argv[1], options=QFileDialog.Option.DontUseNativeDialog)
