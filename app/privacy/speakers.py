"""A chat line's speaker, named by the chat that shows it.

Chat exports, notifications and marketplace inboxes put the app, the channel or the time before
whoever wrote the message: "[WhatsApp] Rohan: ...", "[#lab-3] nina.okafor: ...", "[Global]
xX_ruben_xX: ...", "[카톡] 윤서: ...", "Vinted · mara_k: ...", "[Teams] Ada Obi 3:14 PM: ...",
"[14:05] 王晓明：...". The word, words or handle between that and the colon is a person, in
whatever script, listed or not: a chat gives its speaker no other cue. What is left is what
speaks that is no one: a bot, the system, "You", a group, a field's label, an everyday word no
list gives as a first name ("Reminder", "Mum"). A handle at a chat line's start with nothing
before it ("jsmith92: ok sending now") is a speaker too where the lists know a name in it, and
so is a transcript's speaker with nothing before it where two lines or more open with a speaker
and a colon and the lists know each word of it as a name, in any script ("טל: מי סוגר?" then
"מיכל: אני", "山本：夜勤の引き継ぎです" then "中村：了解"). Once one of them is known, or every one is a
first name even if also a word ("Bill:" then "Joy:"), so are the others who speak with them
where each is shaped as a name and none is a label ("Imran: ..." then "Thandi: ..."; "Status:"
or "Reminder:" among them makes it a form). In a script without capitals, where few names are
listed, a conversation is its own cue: one-word speakers whose every turn says two words or more
("ዳዊት: ምስክሩ ማን ነው?" then "ሄለን: አቶ ብርሃኑ ..."). A chat copied out of Slack or Teams
names its speaker before the time ("Bill Nakamura  10:42 AM  can someone ...") where the lists
know a name in it. A support chat shows its staff by role and first name ("Agent Daniel:",
"Оператор Ирина:", "客服小美：") or by first name and desk ("Mei (Billing):", "نورة (خدمة
العملاء):"): the first name is a person's too, as every corpus written since labels it.
"""

# ruff: noqa: RUF002, RUF003  (the full-width colon of CJK chats)
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.privacy import caseless, names
from app.privacy.finding import CHAT_TURN, EMOJI, LETTER, ROW_FIELD, Finding, cased, line_end
from app.privacy.vocabulary import vocabulary

#: Chat apps, channels and marketplaces whose name opens a line before its speaker.
_CHAT_APPS = (
    r"whats ?app|wa|telegram|tg|signal|discord|slack|(?:ms )?teams|(?:fb )?messenger|line|kakao(?:talk)?|"
    r"wechat|weixin|qq|viber|skype|irc|matrix|element|imessage|sms|mms|instagram|ig|insta|snapchat|"
    r"reddit|twitch|youtube|yt|steam|zoom|google chat|hangouts|threema|wire|zalo|mattermost|dm|pm|"
    r"whisper|global|all|team|party|guild|clan|squad|lobby|trade|world|general|group chat|"
    # a game's voice channel's text and its chat: "[VC text] ghostpepper:", "[party chat] Bex:"
    r"vc|vc text|voice|voice chat|party chat|team chat|in-?game|game chat|"
    r"vinted|wallapop|subito|olx|leboncoin|kleinanzeigen|marktplaats|ebay|marketplace|craigslist|"
    r"gumtree|depop|mercari|carousell|tokopedia|shopee|avito|allegro|jiji|tradera|finn|dba|blocket|"
    r"etsy|nextdoor|kijiji|2dehands|willhaben|tutti|jofog[aá]s|bazo[sš]|letgo|offerup|poshmark|"
    r"카톡|카카오톡|단톡방?|微信|群聊|メルカリ|ライン|ватсап|телеграм|вайбер|мессенджер|"
    r"واتساب|واتس اب|واٹس ایپ|تلگرام|تليجرام|טלגרם|וואטסאפ|"
    r"व्हाट्सएप|वॉट्सऐप|টেলিগ্রাম|মেসেঞ্জার|হোয়াটসঅ্যাপ|வாட்ஸ்அப்|டெலிகிராம்|ไลน์|เมสเซนเจอร์"
)
#: A time stamp in brackets: "[14:05]", "[오후 3:12]", "[2026-12-01 09:14]".
_STAMP = r"\[[^\]\n]{0,20}\d{1,2}[:.]\d{2}[^\]\n]{0,8}\]"
#: What a chat puts before its speaker: the app or channel in brackets (perhaps then a time
#: stamp), the app and a dot, or a time stamp alone, which a log line starts with too.
_BEFORE = (
    # (the app and its channel may share the brackets: "[Slack #claims-ops]")
    rf"(?:(?P<app>\[(?i:(?:{_CHAT_APPS})(?:[ \t]+#[\w\-]+)?|#[\w\-]+)\][ \t]*(?:{_STAMP})?"
    rf"|(?i:{_CHAT_APPS})[ \t]*[\u00b7\u2022|][ \t]*)|{_STAMP})"
)
#: A letter of the Latin alphabet: after a time stamp alone, a Latin speaker is the other name
#: rules' to judge ("[09:14] ERROR db:" is a log's), one in another script is this module's.
_LATIN_ONLY = re.compile(r"[\x00-\u024f\u1e00-\u1eff]+")
#: A word of the speaker's name or handle: anything but spaces and the marks around it.
_PART = r"[^\s:\uff1a\[\]<>@,;!?()\"'#*]"
_SPEAKER = re.compile(
    rf"(?m)^[ \t]*{_BEFORE}[ \t]*(?P<value>{_PART}{{2,32}}(?:[ \t]{_PART}{{1,32}}){{0,2}}?)"
    r"(?:[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)?[ \t]?[:\uff1a][ \t]*(?=\S)"
)
#: A handle at a line's start, before a colon and a sentence: "jsmith92: ok sending now"; not a
#: setting's key before a list or a mapping ("exclude_fields: [owner_name, owner_phone, ...]").
_BARE_HANDLE = re.compile(
    rf"(?m)^[ \t]*(?:{_STAMP}[ \t]*)?"
    r"(?P<value>[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)*(?:\d+|_[A-Za-z0-9]+))[ \t]?:[ \t]+"
    r"(?=[^\s\[{]\S*(?:[ \t]+\S+){2})"
)
#: Senders that are no one: the chat itself, its bots, the reader.
_NO_ONE = frozenset(
    {
        *("system", "bot", "admin", "administrator", "moderator", "mod", "automod", "server", "notice"),
        *("announcement", "reminder", "alert", "you", "me", "everyone", "all", "here", "channel"),
        *("info", "news", "support", "team", "github", "gitlab", "jira", "mee6", "dyno", "nightbot"),
        *("streamelements", "streamlabs", "ifttt", "zapier", "google", "calendar", "status", "update"),
        *("mum", "mom", "mam", "mama", "mamá", "mamã", "maman", "mutti", "mami", "dad", "papa", "papá"),
        *("μαμά", "μπαμπάς", "мама", "папа", "тато", "anne", "baba", "annem", "babam", "ima", "abba"),
        *("amma", "appa", "ammi", "abbu", "maa", "mẹ", "bố", "ibu", "ayah", "mãe", "mor", "far"),
        *("pai", "daddy", "grandma", "grandpa", "nan", "nana", "granny", "sis", "bro", "wife", "hubby"),
        *("husband", "babe", "honey", "boss"),
        *("sie", "du", "vous", "tú", "você", "jij", "ty", "вы", "ты", "你", "我", "나", "私"),
        # a chat's group by its app's word ("微信群：家长群", a WeChat group)
        *("微信群", "微信", "群聊", "群公告", "line群", "단톡방"),
        # a notice's fields in scripts without capitals, which say two words or more as a turn
        # does: Thai's date, time, place, activity, meeting point, cost, price, note, details
        *("วันที่", "เวลา", "สถานที่", "กิจกรรม", "จุดนัดพบ", "ค่าใช้จ่าย", "ราคา", "หมายเหตุ", "รายละเอียด"),
        # a notice's fields in Latin letters ("Date:", "Venue:", "Price:" under an event)
        *names.NOTICE_FIELDS,
        # Hebrew's and Arabic's place, date, time, price, details and notes
        *("מקום", "תאריך", "תאריכים", "שעה", "מחיר", "לפרטים", "פרטים", "הערות"),
        *("المكان", "التاريخ", "الوقت", "السعر", "التفاصيل", "ملاحظات"),
    }
)
#: The words of a setting's key ("secret_key_base:", "api_key_header:", "log_level_2:"): a
#: config line is no chat's.
_SETTING_WORDS = frozenset(
    {
        *("key", "secret", "base", "header", "api", "access", "region", "id", "level", "name", "host"),
        *("port", "url", "uri", "token", "password", "pass", "user", "mode", "path", "file", "dir"),
        *("env", "config", "db", "log", "debug", "timeout", "max", "min", "count", "size", "type"),
        *("enabled", "default", "version", "value", "auth", "client", "server", "app", "service"),
    }
)
_BOT = re.compile(r"(?i)\[bot\]$|(?<!tal)(?<!ab)(?<!ca)bot$")
#: The day a copied chat's turn was sent on, and the word before its time: "Today at 10:13".
_DAY_WORD = (
    r"(?i:today|yesterday|heute|gestern|aujourd['\u2019]hui|hier|hoy|ayer|oggi|ieri|vandaag|gisteren|"
    r"hoje|ontem)"
)
_AT = r"(?i:at|um|à|a las|alle|om|às)"
#: A chat copied out of Slack, Teams or Discord: the speaker, the time, then the message after
#: a gap, a colon or on the next line ("Bill Nakamura  10:42 AM  can someone ...", "gemma.r
#: 05:58  ...", "Hyun-woo Park 09:14: who left ...", "**kirsty.w** 11:42 — can someone ...").
_COPIED_TURN = re.compile(
    rf"(?m)^[ \t]*(?P<bold>\*\*)?(?P<value>[^\W\d_]{_PART}{{1,31}}(?:[ \t]{_PART}{{1,32}}){{0,2}}?)"
    # (Discord's copy puts an emoji the speaker set, a dash and the day before the time: "sorcha 🐝
    # — Today at 10:13")
    rf"(?(bold)\*\*)(?:[ \t]*{EMOJI}+)?(?:[ \t]+[\u2014\u2013][ \t]+{_DAY_WORD}(?:[ \t]+{_AT})?)?"
    r"[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
    # (pasted as markdown, the speaker in bold and a dash before the message: "**kirsty.w** 11:42 — ...")
    r"(?:[ \t]{2,}|[ \t]*\n[ \t]*|:[ \t]+|[ \t]+[\u2014\u2013-][ \t]+)(?=[^\W\d_])"
)
#: A flat's number as neighbours sign with it: "4ºC", "3B", "A-304", "B-1104" (not a clock's
#: hour: "Man 17:30 Spinning").
_FLAT = r"(?:[A-Z]-?\d{1,4}[A-Z]?|\d{1,4}(?:[º°ª]?[A-Z])?)(?![\w-]|[:\uff1a]\d)"
#: A transcript's turn: a line that opens with its speaker, one or two words, and a colon.
_TURN = re.compile(
    # (after its time in brackets, "[19:40] Fernandinho: ...", and before an emoji the speaker
    # set after their name, "Jess 🐝: me!")
    # (or its time and date, as WhatsApp exports them: "[06:43, 14/03] Shaz: ...")
    # (WhatsApp puts "~" before a sender not in the reader's contacts: "~ Deepa B-1104: ...")
    r"(?m)^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:,[ \t]*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?\][ \t]*)?"
    r"(?:~[ \t]*)?"
    rf"(?P<value>[^\W\d_][^\s:\uff1a]{{0,20}}"
    rf"(?:[ \t](?!{_FLAT}[ \t]*[:\uff1a])[^\W\d_][^\s:\uff1a]{{0,20}})?)"
    # (then a desk or a role in brackets, "Jade (office): ...", the time it was sent,
    # "mbabatunde 08:13: ...", or a neighbour's flat in a building's chat, "Pilar 4ºC: ...")
    rf"(?:[ \t]*\((?P<role>[^()\n:]{{1,30}})\)|[ \t]+\d{{1,2}}:\d{{2}}|[ \t]+{_FLAT})?"
    rf"(?:[ \t]*{EMOJI}+)?[ \t]*[:\uff1a][ \t]*(?=\S)"
)


def find(text: str) -> Iterator[Finding]:
    """The speakers of chat lines shown with their app, channel or time (see the module)."""
    for m in _SPEAKER.finditer(text):
        if not m.group("app") and _LATIN_ONLY.fullmatch(m.group("value")):
            continue
        if _someone(m.group("value")):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    yield from _transcript(text)
    yield from _titled(text)
    yield from _signed_with_a_dash(text)
    yield from _staff(text)
    handles = list(_BRACKETED_HANDLE.finditer(text))
    if len({m.group("value").lower() for m in handles}) >= _HANDLES_IN_A_CHAT:
        for m in handles:
            parts = [part for part in re.split(r"[._\-\d]+", m.group("value").lower()) if part]
            if not any(part in _LOG_WORDS for part in parts):
                yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _COPIED_TURN.finditer(text):
        if _copied_speaker(m.group("value")):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _BARE_HANDLE.finditer(text):
        handle = m.group("value")
        parts = re.split(r"[._\d]+", handle.lower())
        setting = handle.isupper() or any(part in _SETTING_WORDS for part in parts)
        if not setting and handle.lower() not in _NO_ONE and names.login_holds_a_name(handle.lower()):
            yield Finding("NAME", m.start("value"), m.end("value"), handle)


#: A stream's or a game's chat, its users' handles in brackets before a colon: "[ninja_gran]: gg!
#: [mike_the_tank]: lol". A handle holds "_", "." or a digit, or is in small letters; two
#: handles or more make a chat, and a log's bracketed words ("[INFO]:", "[worker-1]:") are none.
_BRACKETED_HANDLE = re.compile(
    r"(?:^|(?<=\s))\[(?P<value>(?=[A-Za-z0-9._\-]*[._\d])[A-Za-z][\w.\-]{2,24}|[a-z][a-z]{2,24})\]"
    r":[ \t]+(?=\S)",
    re.MULTILINE,
)
_HANDLES_IN_A_CHAT = 2
_LOG_WORDS = frozenset(
    """
    info warn warning error debug trace fatal notice main system server client worker bot mod
    admin console kernel app core net db http api auth cron job task thread pool node host shard
    proc process queue scheduler
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: A support chat's staff member at a line's start, by role and first name ("Agent Daniel:",
#: "Conseillère Aurélie :", "Оператор Ирина:", "상담원 민수:"), or by first name and desk in
#: brackets ("Mei (Billing):", "نورة (خدمة العملاء):", "Daan (klantenservice):").
_STAFF_TURN = re.compile(
    rf"(?m)^[ \t]*(?:{_STAMP}[ \t]*)?(?:(?P<role>{_PART}+)[ \t]+(?P<slash>[/\u2013\u2014][ \t]+)?"
    rf"(?P<value>{_PART}{{1,24}})"
    # a name and its desk in brackets, either way round: "Mei (Billing):", "پشتیبانی (سارا):"
    rf"|(?P<outer>{_PART}{{1,30}})[ \t]+\((?P<inner>[^()\n]{{2,30}})\))[ \t]*[:\uff1a][ \t]*(?=\S)"
)
_AMOUNT_SAID = re.compile(r"[\d$€£¥+(\-]")
#: A staff member's role glued to the name in a script without spaces ("スタッフ山本：", "客服小美："),
#: or a space between.
_GLUED_STAFF_TURN = re.compile(
    # (a front desk's, a reception's, a booking desk's or a shop's owner: "フロント山田:", "予約係 高橋:",
    # "民宿老板小周：")
    r"(?m)^[ \t]*(?:スタッフ|客服|フロント|受付|予約係|店長|前台|店员|店員|老板|民宿老板)[ \t]?"
    # (not the desk's own line: "客服热线：95566", "客服电话：", "客服中心：", nor its hours:
    # "受付時間：平日 10:00～18:00")
    r"(?!热线|熱線|电话|電話|专线|專線|中心|部门|部門|邮箱|郵箱|窓口|番号|時間|时间)"
    r"(?P<value>[^\s:\uff1a]{1,4})[ \t]*[:\uff1a]"
)
#: The words a desk in brackets is named by: a support, service, billing or sales team's.
_DESK = re.compile(
    r"(?i)support|service|billing|sales|returns|help|care|team|klantenservice|kundenservice|"
    # a hotel's reception ("Recepce – Lucka:", "Rezeption / Jana:")
    r"recep|rezep|récep|front desk|front office|"
    r"kundendienst|service client|atención|atendimento|assistenza|obsługa|zákaznick|ügyfélszolgálat|"
    r"asiakaspalvelu|kundtjänst|kundeservice|поддержк|підтримк|خدمة|پشتیبانی|سروس|שירות|תמיכה|"
    r"सहायता|सपोर्ट|সাপোর্ট|সহায়তা|உதவி|ஆதரவு|客服|サポート|고객센터|ฝ่ายบริการ|huduma"
)


@cache
def _person_roles() -> frozenset[str]:
    """The label table's words for a person by their role: applicant, customer, patient."""
    labels = vocabulary().labels
    return labels["applicant"] | labels["customer"] | labels["patient"]


def _staff(text: str) -> Iterator[Finding]:
    """A support chat's staff members by their first names (see _STAFF_TURN): every corpus
    written since labels a staff member's first name as a person's."""
    for m in _STAFF_TURN.finditer(text):
        if m.group("outer"):
            outer, inner = m.group("outer"), m.group("inner")
            # a desk in brackets after a name, or any role or place after a first name the lists
            # know: "Lena (front desk):", "Sinead (IT):", "אבי (מוסך):" (a garage's Avi)
            desk = bool(_DESK.search(inner)) and all(_name_shaped(w) for w in outer.split())
            first_name = (
                " " not in outer
                and not any(c.isdigit() for c in inner)
                # a field's value is a number or an amount: "Price (EUR): 12.50 per month"
                and not _AMOUNT_SAID.match(text, m.end())
                and _listed_speaker(outer)
                and _name_shaped(outer)
            )
            if desk or first_name:
                yield Finding("NAME", m.start("outer"), m.end("outer"), outer)
            elif _DESK.search(outer) and not any(c.isdigit() for c in inner) and _name_shaped(inner):
                yield Finding("NAME", m.start("inner"), m.end("inner"), inner)
            continue
        role = m.group("role")
        # a role's word, or a desk's before a slash or a dash ("Asiakaspalvelu / Mikko:", "Recepce
        # - Lucka:"), or a person's role in a record before a first name the lists know
        # ("Treasurer Halima:", "Kocha Juma:")
        staff = (
            role.lower() in names.SERVICE_ROLES
            or (m.group("slash") and _DESK.search(role))
            or (role.lower() in _person_roles() and _listed_speaker(m.group("value")))
        )
        if staff and _name_shaped(m.group("value")):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))
    for m in _GLUED_STAFF_TURN.finditer(text):
        yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))


def _transcript(text: str) -> Iterator[Finding]:
    """The speakers of a transcript's turns that the lists know as names, and once one is known,
    or every speaker is a first name as written ("Bill:" then "Joy:"), the others of a name's
    shape who speak with them ("Imran: ..." then "Caro: 👍"; see the module)."""
    # a field's value of digits and signs only ("사업자번호: 123-45-67890", "Jimla: ₦18,000") is
    # no turn of a conversation
    # nor is a form's row that holds another field after a run of blanks ("Asset: LT-0277
    # Condition: screen scratched")
    turns = _turns(text)
    if len(turns) == 1:
        yield from _one_message(text, turns[0])
    if len(turns) < 2:
        return
    listed = [all(_listed_speaker(word) for word in m.group("value").split()) for m in turns]
    speakers = {m.group("value") for m in turns}
    # (a speaker of two words, neither of which the lists know, is a form's field: "Policy
    # Number:", "Emergency Assistance:")
    shaped = [
        _named_speaker(value := m.group("value"))
        and (len(words := value.split()) < 2 or not cased(value) or any(map(names.known_name, words)))
        for m in turns
    ]
    named = (
        any(listed)
        or all(all(names.any_first_name(word) for word in m.group("value").split()) for m in turns)
        or _caseless_conversation(text, turns)
    )
    others = len(speakers) >= 2 and named and all(shaped)
    # a chat's speakers in small letters or as handles ("sara h:", "honzik_cz:", "mbabatunde
    # 08:13:") speak with one the lists know, or under a chat app's heading, where every speaker
    # is a chat's (no label among them)
    chat_shaped = [shape or _handle_shaped(m.group("value")) for m, shape in zip(turns, shaped, strict=True)]
    chatting = len(speakers) >= 2 and (any(listed) or chat_heading(text)) and all(chat_shaped)
    for m, known, shape, chat_shape in zip(turns, listed, shaped, chat_shaped, strict=True):
        if known or (others and shape) or (chatting and chat_shape):
            yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))


def _turns(text: str) -> list[re.Match[str]]:
    """The transcript's turns: a speaker, then words (a field's value of digits and signs only,
    "사업자번호: 123-45-67890", is no turn, nor a form's row that holds another field after a run
    of blanks, "Asset: LT-0277   Condition: screen scratched"). Under a chat app's heading a
    turn of digits is one too: the chat is the cue ("WhatsApp" then "Amir: 620311-08-5102")."""
    chat = chat_heading(text)
    return [
        m
        for m in _TURN.finditer(text)
        if (chat or LETTER.search(text, m.end(), line_end(text, m.end())))
        and not ROW_FIELD.search(text, m.end(), line_end(text, m.end()))
    ]


#: A chat app's name heading a copied conversation, alone or before its group or channel:
#: "WhatsApp — Familie de Boer", "Discord — #uni-housing", "Teams — Branch Ops", "Viber",
#: "Slack #研究室予約", "LINE — 藥局", "Google Chat – Research Admin team".
_CHAT_HEADING = re.compile(
    r"^[ \t]*(?i:whats ?app|telegram|signal|discord|slack|(?:ms |microsoft )?teams|(?:fb )?messenger|"
    r"line|kakao ?talk|wechat|weixin|viber|skype|imessage|google chat|zalo|mattermost|threema|"
    r"카톡|카카오톡|微信|ライン|ватсап|телеграм|вайбер|واتساب|واتس اب|واٹس ایپ|تلگرام|טלגרם|וואטסאפ|"
    r"व्हाट्सएप|হোয়াটসঅ্যাপ|வாட்ஸ்அப்|ไลน์)"
    r"(?:[ \t]*(?:[\u2014\u2013\u00b7|#-]|\()[^\n]{0,60})?[ \t]*$",
    re.MULTILINE,
)


def chat_heading(text: str) -> bool:
    """Whether the text's first line names the chat app it was copied from (`_CHAT_HEADING`)."""
    return _CHAT_HEADING.match(text) is not None


def alongside(text: str, found: list[Finding]) -> Iterator[Finding]:
    """The other speakers of a chat one of whose speakers another rule found as a person
    ("Dean Porter:" then "Shaz:", "ryan_k 08:12:" then "mbabatunde 08:13:"), where each is
    shaped as a name or a chat's handle and none is a label, a role or no one."""
    turns = _turns(text)
    if len({m.group("value") for m in turns}) < 2:
        return
    names_at = {(f.start, f.end) for f in found if f.kind == "NAME"}
    if not any((m.start("value"), m.end("value")) in names_at for m in turns):
        return
    if all(_speaker_shaped(m.group("value")) for m in turns):
        for m in turns:
            if (m.start("value"), m.end("value")) not in names_at:
                yield Finding("NAME", m.start("value"), m.end("value"), m.group("value"))


def _one_message(text: str, turn: re.Match[str]) -> Iterator[Finding]:
    """A message shown alone, as a notification or a chat's preview shows it: its speaker one
    word the lists know as a name, at the text's start, saying a sentence ("هدى: متى توزيع
    الطرود في المخيم؟", "지훈: 내일 연탄 봉사 9시까지 교회 앞으로 오면 돼"). A label says a
    value, not a sentence, and no list gives it as a name. Only in a script without capitals:
    in one with them, a label's word is a surname too ("Price: $1,299.99 — was ...")."""
    speaker = turn.group("value")
    if (
        text[: turn.start("value")].strip()
        or " " in speaker
        or speaker[0].isupper()
        or speaker[0].islower()
        or not _listed_speaker(speaker)
    ):
        return
    if _says_a_sentence(text, turn.end()):
        yield Finding("NAME", turn.start("value"), turn.end("value"), speaker)


def _caseless_conversation(text: str, turns: list[re.Match[str]]) -> bool:
    """Whether the turns are a conversation in a script without capitals, which no name list
    may vouch for ("ዳዊት: ምስክሩ ማን ነው?" then "ሄለን: ..."): each speaker one word, and each turn
    says two words or more, as a form's field ("ቀን: 12/03") does not. Not in Chinese or Japanese,
    whose two-character labels ("状态：", "备注：") no space sets off from what they say."""
    for m in turns:
        speaker = m.group("value")
        if " " in speaker or cased(speaker) or _CJK.match(speaker):
            return False
        # (an address's or a link's parts are no words said: "לפרטים: 03-641 5244 | info@...")
        said = _ADDRESS_OR_LINK.sub(" ", text[m.end() : line_end(text, m.end())])
        # a record's row parts its fields with a middle dot: "รุ่น: Vatech EzRay · S/N VA2208"
        if len(_SAID_WORD.findall(said)) < 2 or "\u00b7" in said:
            return False
    return True


#: The first letter of a speaker in Chinese characters, kana or Hangul.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
#: A word a turn says: two letters or more.
_SAID_WORD = re.compile(r"[^\W\d_]{2,}")
#: An e-mail address or a link, whose parts a turn does not say as words.
_ADDRESS_OR_LINK = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")


def _name_shaped(word: str) -> bool:
    """A word of a turn's speaker shaped as a name: capitalised (not in capitals) in a script
    with capitals, any word of two letters or more in one without; no label, place field,
    group, role or word of no one."""
    folded = word.lower()
    if cased(word):
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            return False
    elif len(word) < 2:
        return False
    return not (_no_ones_word(folded) or names.greeting_or_closing(folded))


def _no_ones_word(folded: str) -> bool:
    """A word that names no one when it speaks: a bot's or the reader's, a group, a service's
    role or a field's label."""
    return (
        folded in _NO_ONE
        or folded in names.NOT_A_NAME
        or folded in names.GROUP_WORDS
        or folded in names.SERVICE_ROLES
        or names.label_word(folded)
    )


def _named_speaker(value: str) -> bool:
    """A turn's speaker every word of which is shaped as a name (see `_name_shaped`)."""
    return all(_name_shaped(word) for word in value.split())


def _speaker_shaped(value: str) -> bool:
    """A turn's speaker shaped as a name or as a chat's handle."""
    return _named_speaker(value) or _handle_shaped(value)


#: A chat's handle or a name typed in small letters: "sara h", "honzik_cz", "marketa.k", "ben".
_HANDLE_SHAPE = re.compile(r"[^\W\d_]{2,}(?:[._][^\W_]+|\d+)*(?: [^\W\d_])?")


def _handle_shaped(value: str) -> bool:
    """A speaker written as a chat's users write themselves, in small letters or as a handle,
    and no label, role or word of no one (a handle's joining word is none: "kaz_the_great")."""
    words = re.split(r"[ ._\d]+", value.lower())
    return (
        _HANDLE_SHAPE.fullmatch(value.lower()) is not None
        and value.lower() not in _NO_ONE
        and not any(
            _no_ones_word(w) or names.everyday_word(w)
            for w in words
            if len(w) > 1 and not (len(words) > 1 and w in _JOINING_WORDS)
        )
    )


#: Words a handle joins its parts with: "kaz_the_great", "lord.of.the.wings".
_JOINING_WORDS = frozenset({"the", "of", "and"})


def _copied_speaker(value: str) -> bool:
    """A copied chat's speaker before its time: a handle that holds a name the lists know
    ("gemma.r") or words among which the lists know a name ("Bill Nakamura"), no calendar's
    day ("Fri 19 Dec") or meeting ("Standup")."""
    words = value.split()
    if any(any(c.isdigit() for c in w) for w in words) or not _someone(value):
        return False
    if len(words) == 1 and re.search(r"[._]", value):
        return names.login_holds_a_name(value.lower())
    return any(names.any_first_name(w) or names.known_name(w) for w in words)


def _listed_speaker(word: str) -> bool:
    """A word of a turn's speaker that the lists give as a name: capitalised in a script with
    capitals, and no everyday word or label."""
    if cased(word):
        folded = word.lower()
        return (
            names.first_name_as_written(word)
            and not names.everyday_word(folded)
            and folded not in _NO_ONE
            and folded not in names.NOT_A_NAME
            and not names.label_word(folded)
        )
    return caseless.listed(word)


def _someone(value: str) -> bool:
    """Whether a chat's speaker is a person: no bot, no one's word, no label, not all everyday
    words, and not a number."""
    folded = value.lower()
    if folded in _NO_ONE or _BOT.search(value) or not any(c.isalpha() for c in value[:2]):
        return False
    words = re.split(r"[ \t._\-]+", folded)
    # a support agent shown by role and first name ("Agent Tomasz") is `_staff`'s
    if words[0] in names.SERVICE_ROLES:
        return False
    if any(w in names.NOT_A_NAME or w in names.GROUP_WORDS or names.label_word(w) for w in words):
        return False
    return not all(names.everyday_word(w) or names.greeting_or_closing(w) for w in words if w)


#: A word of a turn's speaker: anything but spaces, brackets and commas ("Jun-Jun's", "Ma'am",
#: "Bw.", "ครูสมศรี", whose vowel marks are no word characters).
_SPEAKER_WORD = re.compile(r"[^\s()\[\]{},\uff0c]+")
#: An initial after a first name ("Petr H.", "Наталья К.", "Γιάννης Μ."): a chat's way to
#: tell two of the same name apart.
_INITIAL = re.compile(r"[A-Z\u0410-\u042f\u0391-\u03a9]\.")


@cache
def _titles() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """data/speaker_titles.txt's whole words (folded), glued-before and glued-after words."""
    words: set[str] = set()
    before: set[str] = set()
    after: set[str] = set()
    for row in names.language_table("speaker_titles.txt", 3):
        for target, cell in zip((words, before, after), row, strict=True):
            target.update(w.casefold() for w in cell)
    # the longest first, so "แม่" is not read as a shorter word that starts it
    return (
        frozenset(words),
        tuple(sorted(before, key=len, reverse=True)),
        tuple(sorted(after, key=len, reverse=True)),
    )


def _titled(text: str) -> Iterator[Finding]:
    """The names in a group chat's speakers that a title, a relation or an endearment stands
    beside ("Ma'am Liza:", "Nanay ni Bea:", "حمزہ کی امی:", "민준맘:", "ครูสมศรี:"; see
    data/speaker_titles.txt), or an initial after ("Petr H.:"); and, once one such speaker is
    in the chat, the others who speak with one word of a name's shape ("منى:", "አበበ:")."""
    turns = list(CHAT_TURN.finditer(text))
    if not turns:
        return
    # alone, a turn is a chat's only where what it says is a sentence ("Trainer Jörg: Denkt
    # dran, ..."), not a field's value ("Head Teacher: Mrs Cole")
    if len(turns) == 1 and not _says_a_sentence(text, turns[0].end()):
        return
    plain: list[re.Match[str]] = []
    titled = False
    for turn in turns:
        speaker = turn.group("speaker")
        # a time, an app's or a channel's name before the speaker is `find`'s to read
        if any(c.isdigit() or c in "[]\u00b7\u2022|#@" for c in speaker):
            continue
        words = list(_SPEAKER_WORD.finditer(text, turn.start("speaker"), turn.end("speaker")))
        if len(words) == 2 and _INITIAL.fullmatch(words[1].group()) and _a_name(words[0].group()):
            yield Finding("NAME", words[0].start(), words[1].end(), text[words[0].start() : words[1].end()])
            titled = True
            continue
        # a relation alone that says a sentence ("Mama: Ukhulume noSipho?", "Mum: your phone bill
        # came here again") makes the chat a family's, whose other speakers are its people
        alone = speaker.strip()
        if (
            len(words) == 1
            and _a_title(alone)
            and alone.casefold() not in _OF
            and _says_a_sentence(text, turn.end())
        ):
            titled = True
            continue
        found = list(_names_beside_titles(text, words))
        # alone, a word in a script without capitals is a name where the lists know it: "அண்ணா
        # பல்கலைக்கழகம்:" is Anna University's notice, no elder brother's
        if len(turns) == 1 and not all(f.value[0].isupper() or caseless.listed(f.value) for f in found):
            found = []
        if found:
            titled = True
            yield from found
        elif len(words) == 1 and words[0].group() == speaker.strip():
            plain.append(words[0])
    if titled and len(turns) > 1:
        for word in plain:
            if _a_name(word.group()):
                yield Finding("NAME", word.start(), word.end(), word.group())


def _says_a_sentence(text: str, at: int) -> bool:
    """Whether the turn that starts saying at `at` says three words or more, as a field's value
    ("Head Teacher: Mrs Cole") does not."""
    return len(_SAID_WORD.findall(text, at, line_end(text, at))) >= 3


#: The words of data/speaker_titles.txt that say "of" ("Nanay ni Bea", "حمزہ کی امی").
_OF = frozenset({"of", "from", "ni", "ng", "کی", "کا", "کے", "की", "का", "के", "של", "የ", "ka"})


#: The titles of data/speaker_titles.txt that are a trade, whose word names a thing too.
_TRADES = frozenset({"driver", "rider", "carer", "caregiver"})


def _names_beside_titles(text: str, words: list[re.Match[str]]) -> Iterator[Finding]:
    """The runs of a speaker's words left when its titles and relations are taken away, where
    one was taken and every word left is a name's."""
    if not 1 <= len(words) <= 5:
        return
    whole, glued_before, glued_after = _titles()
    kept: list[tuple[int, int]] = []
    taken = False
    trades = False
    for w in words:
        start, end, folded = w.start(), w.end(), w.group().casefold()
        if folded.endswith(("'s", "\u2019s")) and len(folded) > 3:
            end, folded = end - 2, folded[:-2]
        if folded in whole:
            # "of", "ni", "کی" relate a name to a title; alone they name no one ("Head of Year")
            taken = taken or folded not in _OF
            trades = trades or folded in _TRADES
            continue
        glued = next((g for g in glued_before if _glued_before(w.group(), g)), None)
        if glued is not None:
            # "of" glued on ("የሥራ ሰዓት", the hours of work) relates a name, titles no one
            start, taken = start + len(glued), taken or glued not in _OF
        glued = next((g for g in glued_after if folded.endswith(g) and len(folded) > len(g)), None)
        if glued is not None:
            end, taken = end - len(glued), True
        # a second title glued on: "แม่น้องภูมิ" is the mother of little Phum
        glued = next((g for g in glued_before if _glued_before(text[start:end], g)), None)
        if glued is not None:
            start += len(glued)
        kept.append((start, end))
    if not taken or not kept or not all(_a_name(text[a:b]) for a, b in kept):
        return
    # a trade's word is a car's or a setting's too ("Driver Assistance: enabled"): a first name
    # the lists know follows it in a chat ("Driver Jomar: ok maam")
    if trades and not all(text[a:b].casefold() in names.every_first_name() for a, b in kept):
        return
    # words with only blanks between are one name ("Bố Minh Khôi" gives "Minh Khôi")
    runs = [kept[0]]
    for a, b in kept[1:]:
        if not text[runs[-1][1] : a].strip():
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    for a, b in runs:
        yield Finding("NAME", a, b, text[a:b])


def _glued_before(word: str, title: str) -> bool:
    """Whether a title is glued before a name in the word: in a script with capitals, before a
    capital ("kaLwazi", not "Kamala")."""
    rest = word[len(title) :]
    return word.casefold().startswith(title) and bool(rest) and (rest[0].isupper() or not rest[0].islower())


def _a_title(word: str) -> bool:
    """A title or an honorific before a name ("Ustazah", "Dr.")."""
    folded = word.casefold().rstrip(".")
    return folded in _titles()[0] or folded in names.honorific_words()


def _a_name(word: str) -> bool:
    """A word of a name's shape that is no everyday word, label or title (a first name that is
    a word too, "Grace", passes)."""
    if word.casefold() in _titles()[0] or len(word) < 2:
        return False
    return _name_shaped(word) and not names.everyday_word(word.lower())


#: A message's last line, or its last words after a sentence's end, that a dash signs: "...
#: Kano.\n– Amina", "... بھیج دوں گی۔ – نسرین", "– Ustazah Halimah".
_DASH_SIGNED = re.compile(
    r"(?:^|(?<=[.!?\u06d4\u0964\u3002\u1362])[ \t]+)[\u2013\u2014-][ \t]*"
    r"(?P<value>[^\s\d()]+(?:[ \t]+[^\s\d()]+){0,2})[ \t.!]*\Z",
    re.MULTILINE,
)


def _signed_with_a_dash(text: str) -> Iterator[Finding]:
    """The name that signs a message with a dash at its very end (see _DASH_SIGNED): one to three
    words of a name's shape, a title before them left out ("Ustazah Halimah" gives Halimah)."""
    m = _DASH_SIGNED.search(text.rstrip())
    if m is None:
        return
    words = list(re.finditer(r"\S+", m.group("value")))
    titled = False
    while words and _a_title(words[0].group()):
        words, titled = words[1:], True
    plain = [w.group().rstrip(".!") for w in words]
    if not plain or not all(_a_name(w) for w in plain):
        return
    # in a script with capitals, a title or a name the lists know among them: "- Hire Hub"
    # and "— Slackbot" sign a company's or a program's message
    if plain[0][0].isupper() and not titled and not any(names.known_name(w) for w in plain):
        return
    start = m.start("value") + words[0].start()
    end = m.start("value") + words[-1].end()
    value = text[start:end].rstrip(".!")
    finding = Finding("NAME", start, start + len(value), value)
    if not names.not_a_person(text, finding):
        yield finding
