"""A QWizard's first page built from Qt's stock widgets (line edit, radio buttons, check box, tabs)."""

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QWidget,
    QWizard,
    QWizardPage,
)

app = QApplication([])
page = QWizardPage()
page.setTitle("Account")
form = QFormLayout(page)
form.addRow("User name:", QLineEdit())
personal = QRadioButton("Personal")
personal.setChecked(True)
form.addRow(personal)
form.addRow(QRadioButton("Business"))
form.addRow(QCheckBox("Send me news"))
tabs = QTabWidget()
tabs.addTab(QWidget(), "Profile")
tabs.addTab(QWidget(), "Billing")
form.addRow(tabs)
wizard = QWizard()
wizard.setWindowTitle("New account")
wizard.addPage(page)
wizard.addPage(QWizardPage())
wizard.show()
app.exec()
