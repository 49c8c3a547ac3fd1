"""A Vietnamese full name by its surname and two or three more syllables, on a Vietnamese line
(names._VIETNAMESE_FULL_NAME): "Bác sĩ Nguyễn Văn An", "bệnh nhân Trần Thị Bích", "Khách hàng
Lê Thị Thu Hà". They fail at 862b4b4; streets, a school and history's figures named so stay
(guards)."""

from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bác sĩ Nguyễn Văn An, khoa Huyết học, trực hôm nay", "Nguyễn Văn An"),
        ("kết quả xét nghiệm của bệnh nhân Trần Thị Bích (sinh năm 1985)", "Trần Thị Bích"),
        ("Khách hàng Lê Thị Thu Hà đã thanh toán", "Lê Thị Thu Hà"),
    ],
)
def test_the_name_is_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trường Tiểu học Lê Quý Đôn thông báo: học sinh được nghỉ",
        "Nhà hàng trên đường Trần Hưng Đạo",
        "Lăng Chủ tịch Hồ Chí Minh mở cửa 7h30",
    ],
)
def test_places_and_history_stay(text: str) -> None:  # guards
    assert Scrubber().scrub(text) == text, detect(text)
