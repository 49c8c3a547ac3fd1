"""Qt's own integer input dialog (QInputDialog.getInt: a spin box), for the perception benchmark."""

from PySide6.QtWidgets import QApplication, QInputDialog

app = QApplication([])
QInputDialog.getInt(None, "Print", "Copies:", 2, 1, 99)
