"""The agent: pure Python that runs the observe -> decide -> act -> verify loop.

No Qt here, and pyautogui only through `app.desktop`, imported lazily.
"""
