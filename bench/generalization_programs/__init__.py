"""Programs the generalization suite starts: Qt's stock dialogs and HTML forms in Chromium.

Each one is run as its own process on the suite's private display and prints what the person
answered, so the suite judges a task by the program's own output, never by the agent's word.
"""
