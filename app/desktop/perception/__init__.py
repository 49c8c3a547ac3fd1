"""Perception sources behind one interface: accessibility trees first, pixels for the rest.

`base` defines what a source returns (a `Reading`), `atspi` reads Linux's AT-SPI2 tree over
D-Bus, `uia` reads Windows' UI Automation, `bus` finds or starts the buses AT-SPI needs,
`roles` turns toolkit roles into Deskhand's elements, and `merge` puts a tree's elements and
the OCR's together, one element per widget. The screen reader (`app.desktop.screen`) reads
through them; `act` presses, ticks, selects and fills through the same tree where it is exact.
"""
