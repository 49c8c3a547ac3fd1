"""What the twenty-second session's rules leave alone and what they still find: a notice's desk
number after its word for further information (organisation_contacts.py), a town's or a
country's name from the gazetteer (places.py, data/places.txt), a public figure whose line
carries personal data in another sentence or whose name is declined (organisations.py), a
Vietnamese house's address (addresses.py), more ID labels (national_ids.py), secrets told in chats
(credentials.py) and names by post-nominal letters and Chinese and Korean titles (names.py,
caseless.py). Each beside the personal value that stays found."""

# ruff: noqa: RUF001
from __future__ import annotations

import pytest

from app.privacy.scrub import Scrubber, detect


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a notice's desk, after its word for further information in several languages
        (
            "Notice to Mariners No. 14. Dredging from 16 March. Harbour Master: 01394 604 500.",
            "01394 604 500",
        ),
        (
            "Travaux de dragage du 16 au 27 mars. Renseignements : capitainerie, 05 46 44 41 20.",
            "05 46 44 41 20",
        ),
        (
            "Λόγω απεργίας. Πληροφορίες: Λιμεναρχείο Πειραιά, Ακτή Ξαβερίου, τηλ. 210 4226 000.",
            "210 4226 000",
        ),
        (
            "Выставка «Передвижники». Часы работы: вт–вс 10:00–18:00. Справки: +7 495 957-07-27.",
            "+7 495 957-07-27",
        ),
        (
            "Capolavori del Rinascimento. Biglietto intero 25 €. Prenotazioni al numero 055 294883.",
            "055 294883",
        ),
        # a town or a country, wholly, which no person bears
        ("Wystawa bursztynu i srebra — Gdańsk, wt–nd 10:00–18:00.", "Gdańsk"),
        ("Bảo tàng — Trưng bày tranh lụa. Mở cửa 8:30–17:00 hằng ngày, Hà Nội, Việt Nam.", "Việt Nam"),
        # a listed public figure, with the line's mailbox in another sentence, or declined
        (
            "Headliners announced. Judges include Andrew Carnegie. Accessibility: access@fest.example",
            "Andrew Carnegie",
        ),
        # a summary is no Mr Zhang's ("张总结")
        ("这是张总结的报告", "张"),
        # a role's mailbox: a club's treasurer, a letting agent's, a council's tax office
        ("Subs to treasurer@harrierscc.example by Friday please", "treasurer@harrierscc.example"),
        ("Questions? lettings@northgate-homes.example", "lettings@northgate-homes.example"),
        # a secret's label inside a line, which the name lists hold as a given name too
        ("WiFi: Network BT-Hub7 / Key: qX7p-22Lm-99Ra", "Key"),
        # a match's venue
        ("Venue: Riverside Park, 12 Mill Lane, Otley LS21 3AB. Kick-off 2pm", "12 Mill Lane"),
        # a firm's VAT number after its short label with a dot
        ("Registergericht: Amtsgericht München, HRB 123456\nUSt-IdNr.: DE 999 999 999", "DE 999 999 999"),
        ("Nasjonalmuseet, Oslo. Se Edvard Munchs «Skrik». Åpent tirs–søn 10–20.", "Edvard Munchs"),
    ],
)
def test_organisations_places_and_figures_stay(text: str, value: str) -> None:
    assert value in Scrubber().scrub(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a person's mobile after the same words stays theirs, read in the line's own country
        (
            "Sn. Mehmet Öztürk, aracınız muayeneden geçmiştir. Bilgi için Usta Hakan: 0535 219 25 20",
            "0535 219 25 20",
        ),
        ("ஜெப விண்ணப்பம்: சகோதரி மருத்துவமனையில் உள்ளார். தொடர்புக்கு: 94433 21870", "94433 21870"),
        # a town's name that is a surname too, or a person's name in a caseless script
        ("my address is 27B Wharf Road, N1 7GR, buzzer says Nakamura", "Nakamura"),
        ("ลูกค้าชื่อคุณมาลี เซ็นรับแล้ว", "มาลี"),
        # a public figure's name given as a person's in their own sentence
        ("Customer: Andrew Carnegie, +44 7700 900 123", "Andrew Carnegie"),
        # a Vietnamese house's address, by its number and alley
        ("Hùng: anh Trần Văn Phúc, nhà số 27 ngõ 41 Thái Hà, Hà Nội", "số 27 ngõ 41 Thái Hà, Hà Nội"),
        ("giao tới hẻm 12/3 Lê Văn Sỹ, P.13, Q.3, TP.HCM nhé", "hẻm 12/3 Lê Văn Sỹ"),
        # an ID's label in its short form with its dot, Greece's AFM, a boat's licence, a
        # Romanian seaman's book
        ("Anschrift: Am Mühlbach 7\nSteuer-IdNr.: 57 182 903 410", "57 182 903 410"),
        ("Please transfer to my personal account.\nAFM: 148205730", "148205730"),
        ("Charterer: L. Hayes\nBoat licence (QLD): 0048193327", "0048193327"),
        ("Carnet de marinar nr.: CT 084471", "CT 084471"),
        # secrets: a "new" password, an Estonian door's code, a code set off by commas, a
        # Japanese chat's short word for a password
        ("alguém libera o portão? senha nova 8834", "8834"),
        ("jah, kell 19 stuudios. uks kood on 4402B", "4402B"),
        ("👍 OTP aaya tha booking ka, 448217, maine confirm kar diya", "448217"),
        ("うん、10時から。教室のWi-Fiパスは kimono2026 だって", "kimono2026"),
        # a security answer with its question in brackets, a password said on the phone, a
        # passcode read out digit by digit, a French number's RIO code
        ("Security answer (mother's maiden name): Kowalski", "Kowalski"),
        ("Verbal password on account: Bluebell", "Bluebell"),
        ("Caller says their telephone banking passcode is 2 7 7 1 9", "2 7 7 1 9"),
        ("Code RIO : 06 P 123 456 7AB", "06 P 123 456 7AB"),
        # a flat is a home, whatever mailbox the line names
        (
            "To: lettings@harrowgate.example  Subject: Deposit return – Flat 3, 41 Caedmon Road",
            "Flat 3, 41 Caedmon Road",
        ),
        # a name before post-nominal letters, a Chinese post's head, a Korean letter's signature
        ("Prescribing vet: R Chaudhry MRCVS\nFor animal treatment only.", "R Chaudhry"),
        ("李船长您好：贵轮预计3月21日抵青岛前湾港", "李"),
        ("明天上午9点验收，监理张总会来，大家注意安全帽", "张"),
        ("내일 07:00 안전교육 진행합니다.\n안전관리자 정다은 드림", "정다은"),
    ],
)
def test_personal_values_stay_found(text: str, value: str) -> None:
    assert value not in Scrubber().scrub(text)
    assert any(value in f.value or f.value in value for f in detect(text))
