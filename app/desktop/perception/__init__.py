"""Perception sources behind one interface: accessibility trees first, pixels for the rest.

`base` defines what a source returns (a `Reading`), `atspi` reads Linux's AT-SPI2 tree over
D-Bus, `bus` finds or starts the buses it needs, `roles` turns toolkit roles into Deskhand's
elements, and `merge` puts a tree's elements and the OCR's together, one element per widget.
The screen reader (`app.desktop.screen`) is the only user.
"""
