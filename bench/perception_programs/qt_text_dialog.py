"""Qt's own text input dialog (QInputDialog.getText), for the perception benchmark."""

from PySide6.QtWidgets import QApplication, QInputDialog

app = QApplication([])
QInputDialog.getText(None, "Rename", "New name:", text="report.txt")
