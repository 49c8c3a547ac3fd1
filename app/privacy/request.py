"""One view of what is personal in one outbound request.

A request to a cloud model carries several texts (the system prompt, the task, earlier turns,
the screen's text) and maybe a screenshot. The detectors read context, so each text alone
would be judged differently: "Name: Jane Doe" on screen is a name, a bare "Jane Doe" in the
task is not, and a field showing "margaret.h@example.c" matches no pattern at all. Here every
personal value found anywhere in the request, or shown in a field whose caption names personal
data, is learned by the request's `Scrubber` first; then every text is scrubbed (each value
by the same placeholder everywhere) and the screenshot is blacked out by the same values. A
value learned once stays known to that scrubber, so a later request of the same run hides it
too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from app.privacy.fields import field_kind
from app.privacy.redact import (
    Redacted,
    Screenshot,
    ScreenText,
    is_masked,
    is_secret_field,
    redact,
)
from app.privacy.scrub import Scrubber, detect


@dataclass(frozen=True)
class ScrubbedRequest:
    """The texts of a request as they may leave, and its screenshot redacted (None when
    there was none or images may not leave)."""

    texts: tuple[str, ...]
    redacted: Redacted | None


def on_screen(item: ScreenText) -> Iterator[tuple[str, str]]:
    """(kind, value) of the personal data one screen text shows: a field's whole content when
    its caption or the tree says what it holds, and whatever the detectors find in the text
    read with its caption."""
    shown = item.text.strip()
    if shown and not is_masked(shown):
        if item.secret or (item.field and is_secret_field(item.label, shown)):
            yield "SECRET", shown
        elif item.field and (kind := field_kind(item.label)) is not None:
            yield kind, shown
    # Read alone first, then with its caption, as `redact` reads it (the detectors' results are
    # cached, so the screenshot's pass costs nothing more).
    found = [(f.kind, f.value) for f in detect(item.text)]
    if not found and item.label.strip():
        caption = f"{item.label.strip().rstrip(':').strip()}: "
        read = caption + item.text
        for finding in detect(read):
            start = max(finding.start, len(caption)) if finding.end > len(caption) else finding.start
            found.append((finding.kind, read[start : finding.end]))
    yield from ((kind, value) for kind, value in found if not is_masked(value))


def scrub_request(
    scrubber: Scrubber, texts: Sequence[str], screen: Screenshot | None, *, with_image: bool
) -> ScrubbedRequest:
    """Learn every personal value of the request, then scrub its texts and, if `with_image`,
    black out its screenshot by the same values."""
    for item in screen.texts if screen is not None else ():
        for kind, value in on_screen(item):
            scrubber.learn(kind, value)
    for text in texts:
        for finding in scrubber.findings(text):
            scrubber.learn(finding.kind, finding.value)
    scrubbed = tuple(scrubber.scrub(text) for text in texts)
    if screen is None or not with_image:
        return ScrubbedRequest(scrubbed, None)
    return ScrubbedRequest(scrubbed, redact(screen.pixels, screen.texts, scrubber.known))
