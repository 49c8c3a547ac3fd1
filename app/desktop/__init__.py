"""The only code that touches the real screen, mouse and keyboard."""
