"""Qt's own font dialog (not the platform's), for the perception benchmark."""

from PySide6.QtWidgets import QApplication, QFontDialog

app = QApplication([])
QFontDialog.getFont(app.font(), None, "Select font", QFontDialog.FontDialogOption.DontUseNativeDialog)
