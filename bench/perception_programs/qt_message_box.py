"""Qt's own question box (QMessageBox with three standard buttons), for the perception benchmark."""

from PySide6.QtWidgets import QApplication, QMessageBox

app = QApplication([])
buttons = QMessageBox.StandardButton
QMessageBox.question(
    None,
    "Save changes?",
    "Save the document before closing?",
    buttons.Save | buttons.Discard | buttons.Cancel,
)
