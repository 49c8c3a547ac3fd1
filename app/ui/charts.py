"""The insights charts, drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Each chart is handed the numbers it draws as plain frozen dataclasses and keeps them in `data`,
so a test can compare exactly what is drawn with what the database says; the same numbers go
into the widget's accessible description for screen readers. The views build the dataclasses
from `RunLog`'s queries; nothing here reads the database.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from app.ui.theme import CLOUD_CALLS, LOCAL_CALLS

LOCAL = QColor(LOCAL_CALLS)
CLOUD = QColor(CLOUD_CALLS)
ESCALATION = QColor(192, 57, 43)
BASELINE = QColor(120, 120, 120)
SAVED = QColor(46, 139, 87, 60)


@dataclass(frozen=True)
class ShareBar:
    """One day's model calls: how many ran on this machine, how many in the cloud."""

    label: str
    local: int
    cloud: int

    @property
    def local_share(self) -> float:
        total = self.local + self.cloud
        return self.local / total if total else 0.0


@dataclass(frozen=True)
class RateBar:
    """One day's finished runs (`whole`) and how many of them consulted the cloud (`part`)."""

    label: str
    part: int
    whole: int

    @property
    def rate(self) -> float:
        return self.part / self.whole if self.whole else 0.0


@dataclass(frozen=True)
class LatencyBox:
    """One role's latencies on one side of the machine's edge: five-number summary in ms.

    Quartiles are interpolated between ranks (`statistics.quantiles(method="inclusive")`, the
    same rule as numpy's default percentile); the whiskers are the fastest and slowest call.
    """

    role: str
    cloud: bool
    calls: int
    low: float
    q1: float
    median: float
    q3: float
    high: float

    @classmethod
    def of(cls, role: str, cloud: bool, latencies_ms: Sequence[float]) -> LatencyBox:
        values = sorted(latencies_ms)
        if not values:
            raise ValueError(f"role {role!r} has no latencies to summarise")
        q1, median, q3 = (
            statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else [values[0]] * 3
        )
        return cls(role, cloud, len(values), values[0], q1, median, q3, values[-1])

    @property
    def label(self) -> str:
        return f"{self.role} ({'cloud' if self.cloud else 'local'})"


@dataclass(frozen=True)
class CostPoint:
    """Running totals up to one day, in USD at the configured cloud prices: what every call would
    have cost in the cloud, and what the calls that did go to the cloud cost."""

    label: str
    all_cloud_usd: float
    cloud_usd: float

    @property
    def saved_usd(self) -> float:
        return self.all_cloud_usd - self.cloud_usd


D = TypeVar("D")


def nice_ticks(peak: float, count: int = 4) -> list[float]:
    """Round axis values from 0 to at least `peak` (steps of 1, 2, 2.5 or 5 times a power of 10)."""
    if peak <= 0:
        return [0.0, 1.0]
    raw = peak / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return [i * step for i in range(math.ceil(peak / step - 1e-9) + 1)]


class Chart(QWidget, Generic[D]):
    """A titled plot area with a y axis, a legend and a message when there is nothing to draw."""

    title = ""
    empty = "nothing logged yet"
    legend: tuple[tuple[QColor, str], ...] = ()
    left_margin = 48.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: list[D] = []
        self.setMinimumSize(260, 190)
        self.setAccessibleName(self.title)

    def set_data(self, data: Sequence[D]) -> None:
        self.data = list(data)
        self.setAccessibleDescription("; ".join(self.describe(d) for d in self.data) or self.empty)
        self.update()

    def describe(self, item: D) -> str:
        raise NotImplementedError

    def y_label(self, value: float, decimals: int) -> str:
        return f"{value:.{decimals}f}"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        painter.setPen(text)
        bold = painter.font()
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), self.title)
        title_end = 8 + QFontMetricsF(bold).horizontalAdvance(self.title) + 16
        painter.restore()
        top = 30.0 if self._legend(painter, title_end) else 48.0
        area = QRectF(self.left_margin, top, self.width() - self.left_margin - 12, self.height() - top - 24)
        if not self.data:
            painter.setPen(BASELINE)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty)
        else:
            self.plot(painter, area)
        painter.end()

    def _legend(self, painter: QPainter, title_end: float) -> bool:
        """The legend, right-aligned beside the title if it fits there, else on the next line;
        returns whether it fitted beside the title."""
        metrics = QFontMetricsF(painter.font())
        widths = [metrics.horizontalAdvance(name) + 26 for _color, name in self.legend]
        beside = self.width() - 8.0 - sum(widths) >= title_end
        x, y = self.width() - 8.0, 4.0 if beside else 24.0
        for (color, name), width in zip(reversed(self.legend), reversed(widths), strict=True):
            x -= width
            painter.fillRect(QRectF(x, y + 5, 10, 10), color)
            painter.drawText(QRectF(x + 14, y, width - 14, 20), name)
        return beside

    def y_axis(self, painter: QPainter, area: QRectF, ticks: list[float]) -> float:
        """Grid lines and labels for `ticks`; returns the value at the top of the area."""
        top = ticks[-1]
        # As many decimals as the finest tick needs, the same for all: $0.0025 and $0.0050.
        decimals = next(d for d in range(10) if all(abs(round(t, d) - t) < 1e-12 for t in ticks))
        grid = QPen(QColor(0, 0, 0, 28))
        for value in ticks:
            y = area.bottom() - area.height() * value / top
            painter.setPen(grid)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, y - 8, self.left_margin - 6, 16),
                Qt.AlignmentFlag.AlignRight,
                self.y_label(value, decimals),
            )
        return top

    def x_labels(self, painter: QPainter, area: QRectF, labels: list[str]) -> None:
        """One label under each slot, every k-th one when they would overlap."""
        slot = area.width() / len(labels)
        widest = max(QFontMetricsF(painter.font()).horizontalAdvance(t) for t in labels) + 8
        every = max(1, math.ceil(widest / slot))
        painter.setPen(self.palette().text().color())
        for i, label in enumerate(labels):
            if (len(labels) - 1 - i) % every == 0:  # keep the newest one
                x = area.left() + (i + 0.5) * slot
                painter.drawText(
                    QRectF(x - widest / 2, area.bottom() + 3, widest, 18),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )

    def plot(self, painter: QPainter, area: QRectF) -> None:
        raise NotImplementedError


def _short_day(day: str) -> str:
    """'2025-06-03' -> '06-03': the year rarely matters within a month of history."""
    return day[5:] if len(day) == 10 else day


class ShareChart(Chart[ShareBar]):
    """Per day, the share of model calls answered on this machine (green) and in the cloud."""

    title = "Where the model calls ran, per day"
    empty = "no model calls logged yet"
    legend = ((LOCAL, "this machine"), (CLOUD, "cloud"))

    def describe(self, item: ShareBar) -> str:
        return f"{item.label}: {item.local} local, {item.cloud} cloud"

    def y_label(self, value: float, decimals: int) -> str:
        return f"{value:.0%}"

    def plot(self, painter: QPainter, area: QRectF) -> None:
        self.y_axis(painter, area, [0.0, 0.25, 0.5, 0.75, 1.0])
        slot = area.width() / len(self.data)
        width = min(42.0, max(3.0, slot * 0.65))
        for i, bar in enumerate(self.data):
            x = area.left() + i * slot + (slot - width) / 2
            local_h = area.height() * bar.local_share
            painter.fillRect(QRectF(x, area.bottom() - local_h, width, local_h), LOCAL)
            painter.fillRect(QRectF(x, area.top(), width, area.height() - local_h), CLOUD)
            if width >= 26:
                painter.setPen(QColor("white"))
                painter.drawText(
                    QRectF(x, area.bottom() - 18, width, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    f"{bar.local_share:.0%}",
                )
        self.x_labels(painter, area, [_short_day(b.label) for b in self.data])


class EscalationChart(Chart[RateBar]):
    """Per day, the share of finished runs that consulted the cloud, with the counts."""

    title = "Runs that consulted the cloud, per day"
    empty = "no finished runs yet"

    def describe(self, item: RateBar) -> str:
        return f"{item.label}: {item.part} of {item.whole} runs"

    def y_label(self, value: float, decimals: int) -> str:
        return f"{value:.0%}"

    def plot(self, painter: QPainter, area: QRectF) -> None:
        peak = max(max(b.rate for b in self.data), 0.25)
        ticks = nice_ticks(peak, 4) if peak < 1 else [0.0, 0.25, 0.5, 0.75, 1.0]
        top = self.y_axis(painter, area, [t for t in ticks if t <= 1.0])
        slot = area.width() / len(self.data)
        width = min(42.0, max(3.0, slot * 0.65))
        metrics = QFontMetricsF(painter.font())
        for i, bar in enumerate(self.data):
            x = area.left() + i * slot + (slot - width) / 2
            h = area.height() * bar.rate / top
            painter.fillRect(QRectF(x, area.bottom() - h, width, h), ESCALATION)
            count = f"{bar.part}/{bar.whole}"
            if metrics.horizontalAdvance(count) <= slot:
                painter.setPen(self.palette().text().color())
                painter.drawText(
                    QRectF(x - 10, area.bottom() - h - 17, width + 20, 16),
                    Qt.AlignmentFlag.AlignHCenter,
                    count,
                )
        self.x_labels(painter, area, [_short_day(b.label) for b in self.data])


class LatencyChart(Chart[LatencyBox]):
    """A box per role (local and cloud apart): quartiles as the box, median line, whiskers at
    the fastest and slowest call."""

    title = "How long a model call takes, per role"
    empty = "no model calls logged yet"
    legend = ((LOCAL, "this machine"), (CLOUD, "cloud"))
    left_margin = 60.0

    def describe(self, item: LatencyBox) -> str:
        return (
            f"{item.label}: {item.calls} calls, median {item.median:.0f} ms, "
            f"quartiles {item.q1:.0f}-{item.q3:.0f} ms, range {item.low:.0f}-{item.high:.0f} ms"
        )

    def y_label(self, value: float, decimals: int) -> str:
        return f"{value / 1000:g} s" if value >= 1000 else f"{value:g} ms"

    def plot(self, painter: QPainter, area: QRectF) -> None:
        top = self.y_axis(painter, area, nice_ticks(max(b.high for b in self.data) * 1.1, 4))
        slot = area.width() / len(self.data)
        width = min(46.0, slot * 0.45)

        def y(ms: float) -> float:
            return area.bottom() - area.height() * ms / top

        for i, box in enumerate(self.data):
            color = CLOUD if box.cloud else LOCAL
            centre = area.left() + (i + 0.5) * slot
            painter.setPen(QPen(color.darker(130), 1.5))
            painter.drawLine(QPointF(centre, y(box.low)), QPointF(centre, y(box.q1)))
            painter.drawLine(QPointF(centre, y(box.q3)), QPointF(centre, y(box.high)))
            for end in (box.low, box.high):
                painter.drawLine(QPointF(centre - width / 4, y(end)), QPointF(centre + width / 4, y(end)))
            fill = QColor(color)
            fill.setAlpha(110)
            painter.setBrush(fill)
            painter.drawRect(QRectF(centre - width / 2, y(box.q3), width, max(1.0, y(box.q1) - y(box.q3))))
            painter.setPen(QPen(color.darker(160), 2.5))
            painter.drawLine(
                QPointF(centre - width / 2, y(box.median)), QPointF(centre + width / 2, y(box.median))
            )
            # The median in words beside the box, and how many calls the box stands for.
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(centre + width / 2 + 4, y(box.median) - 8, slot / 2 - width / 2 - 4, 16),
                Qt.AlignmentFlag.AlignLeft,
                f"{box.median:.0f} ms",
            )
            painter.drawText(
                QRectF(centre - slot / 2, y(box.high) - 18, slot, 16),
                Qt.AlignmentFlag.AlignHCenter,
                f"{box.calls} call{'s' if box.calls != 1 else ''}",
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self.x_labels(painter, area, [b.label for b in self.data])


class CostChart(Chart[CostPoint]):
    """Running totals: what every model call would have cost in the cloud (grey) against what
    the cloud calls did cost (orange); the shaded gap is the estimate of what was saved."""

    title = "Cost saved against an all-cloud baseline"
    empty = "no model calls logged yet"
    legend = ((BASELINE, "all in the cloud"), (CLOUD, "actual cloud cost"), (SAVED, "saved"))
    left_margin = 64.0

    def describe(self, item: CostPoint) -> str:
        return (
            f"{item.label}: all-cloud ${item.all_cloud_usd:.4f}, cloud ${item.cloud_usd:.4f}, "
            f"saved ${item.saved_usd:.4f}"
        )

    def y_label(self, value: float, decimals: int) -> str:
        return f"${value:.{max(decimals, 2)}f}"

    def plot(self, painter: QPainter, area: QRectF) -> None:
        top = self.y_axis(painter, area, nice_ticks(max(p.all_cloud_usd for p in self.data), 4))
        slot = area.width() / len(self.data)

        def point(i: int, usd: float) -> QPointF:
            return QPointF(area.left() + (i + 0.5) * slot, area.bottom() - area.height() * usd / top)

        baseline = [point(i, p.all_cloud_usd) for i, p in enumerate(self.data)]
        actual = [point(i, p.cloud_usd) for i, p in enumerate(self.data)]
        gap = QPainterPath(baseline[0])
        for p in baseline[1:]:
            gap.lineTo(p)
        for p in reversed(actual):
            gap.lineTo(p)
        gap.closeSubpath()
        painter.fillPath(gap, SAVED)
        for line, color in ((baseline, BASELINE), (actual, CLOUD)):
            painter.setPen(QPen(color, 2))
            painter.setBrush(color)
            painter.drawPolyline(QPolygonF(line))
            for p in line:
                painter.drawEllipse(p, 2.5, 2.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        last = self.data[-1]
        painter.setPen(LOCAL.darker(120))
        painter.drawText(
            QRectF(area.left() + 6, area.top(), area.width() - 12, 18),
            Qt.AlignmentFlag.AlignLeft,
            f"saved over these days: ${last.saved_usd:.4f} of ${last.all_cloud_usd:.4f}",
        )
        self.x_labels(painter, area, [_short_day(p.label) for p in self.data])
