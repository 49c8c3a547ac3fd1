"""Values that documentation, test modes and templates publish: nobody's data.

Help pages, sandboxes and config templates show the same few values everywhere: Stripe's test
card "4242 4242 4242 4242" with "CVC 123", the IBAN "DE89 3704 0044 0532 0130 00" of a bank's
format page, an address from the ranges RFC 5737 keeps for
documentation, "SECRET_KEY=change-me", "john.doe@example.com", "123 Main Street, Anytown".
Each has the shape of personal data, so a detector finds it; none is anyone's. Where the line
says it is a test, a sandbox, a template or an example, the published values are kept.
Elsewhere a test card, a documentation address or "john.doe@example.com" stands for a real one
(forms, logs and tests written for demos use them as a customer's), so they stay found; a
placeholder secret, a key only documentation prints (AWS's "AKIAIOSFODNN7EXAMPLE") or
"name@example.com" is kept anywhere: it unlocks and reaches nothing. An
address everyone knows (fiction's "221B Baker Street", a state's "10 Downing Street") is kept
on a line about a public figure or a character that has no personal cue.
"""

# ruff: noqa: RUF001, RUF003  (the colons of the scripts it reads)
from __future__ import annotations

import ipaddress
import re
from functools import lru_cache

from app.privacy import organisations
from app.privacy.finding import Finding, first_line, line_bounds

#: Card numbers the payment processors publish for testing (Stripe, Adyen, Braintree, PayPal,
#: Visa's and Mastercard's own).
_TEST_CARDS = frozenset(
    """
    4242424242424242 4000056655665556 4111111111111111 4012888888881881 4222222222222
    4000000000000002 4000000000009995 4000000000000077 4000002500003155 4000000000003220
    5555555555554444 5200828282828210 5105105105105100 2223003122003222 2223000048400011
    378282246310005 371449635398431 378734493671000 6011111111111117 6011000990139424
    3056930009020004 30569309025904 38520000023237 36227206271667 3566002020360505
    3530111333300000 6200000000000005 6759649826438453
    4000002760003184 4000003800000446 4000000000000341 4000000000000101 4000000000000127
    4000000000000069 4000000000000119 4000000000003063 4000000000000259 4100000000000019
    4000000000004954 4000008260003178 4000008400001629 4000000000006975 4000000760000002
    4000001240000000 4000002500001001 4111111145551142 5555341244441115 370000000000002
    4005519200000004 4009348888881881 4012000033330026 4012000077777777 4217651111111119
    4500600000000061 5454545454545454
    """.split()  # noqa: SIM905 (a number list reads better as words)
)
#: IBANs that banks' and the registry's format pages (SWIFT's IBAN registry, Wikipedia, the
#: national banks) print as their country's example.
_EXAMPLE_IBANS = frozenset(
    """
    DE89370400440532013000 GB82WEST12345698765432 GB29NWBK60161331926819 GB33BUKB20201555555555
    FR1420041010050500013M02606 FR7630006000011234567890189 ES9121000418450200051332
    IT60X0542811101000000123456 NL91ABNA0417164300 BE68539007547034 AT611904300234573201
    CH9300762011623852957 PL61109010140000071219812874 SE4550000000058398257466
    NO9386011117947 DK5000400440116243 FI2112345600000785 PT50000201231234567890154
    IE29AIBK93115212345678 LU280019400644750000 CZ6508000000192000145399
    """.split()  # noqa: SIM905 (a number list reads better as words)
)
#: Identity numbers that agencies and guides print as their sample: Medicare's sample MBI, the
#: SSN of the Woolworth wallet card, HMRC's sample National Insurance number.
_EXAMPLE_IDS = frozenset({"1EG4TE5MK73", "078051120", "123456789", "QQ123456C", "AB123456C"})
#: A sample no one's card bears, kept wherever it stands: the Taiwanese ID card's "A123456789"
#: (its check digit holds), printed on every form's guide.
_SAMPLE_IDS = frozenset({"A123456789"})
#: Keys only documentation prints, kept wherever they stand: Stripe's test-mode keys of its API
#: reference, the TOTP secret of Google Authenticator's key-URI page, AWS's example access key
#: pair (it authenticates nothing; 23 of the 25 lines of the tuning corpora that hold it, each
#: written apart, show it as documentation).
_DOCUMENTED_KEYS = frozenset(
    {
        *("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx", "JBSWY3DPEHPK3PXP"),
        *("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    }
)
#: A secret's value that says it is to be filled in: "change-me", "<your-token>", "xxxxxxxx".
_PLACEHOLDER_SECRET = re.compile(
    r"(?i)change[-_ ]?me|replace[-_ ]?(?:me|this)|your[-_ ]\w+[-_ ]here|^<[^>]*>$|^x{4,}$"
)
#: The mailboxes forms and templates show as placeholders: "name@example.com" anywhere (no one
#: is called "name"), "john.doe@example.com" where the line says it is a template (elsewhere
#: it stands for a real customer, as demos and tests write one), and the address "123 Main
#: Street, Anytown" there too.
_PLACEHOLDER_MAILBOX = re.compile(
    r"(?i)(?:name|your\.?name|first(?:name)?\.last(?:name)?|you|someone)@example\.(?:com|org|net)"
)
_PLACEHOLDER_PERSON_MAILBOX = re.compile(
    r"(?i)(?:john\.?doe|jane\.?doe|john\.smith|jane\.smith|max\.mustermann|erika\.mustermann|"
    r"jan\.kowalski)@example\.(?:com|org|net)"
)
_PLACEHOLDER_ADDRESS = re.compile(r"(?i)\banytown\b|\b123 main st(?:reet|\.)?\b")
#: Addresses everyone knows and no private person lives at, kept on a line about a listed
#: figure or character and with no personal cue (forms and letters write them as a customer's:
#: "Address: 221B Baker Street", "send the lease to 221B Baker Street"): fiction's
#: ("221B Baker Street", "742 Evergreen Terrace", "4 Privet Drive"), a state's or a company's
#: seat ("10 Downing Street", "1600 Pennsylvania Avenue", "1600 Amphitheatre Parkway").
_FAMOUS_ADDRESS = re.compile(
    r"(?i)^(?:221b baker st(?:reet|\.)?|742 evergreen terrace|4 privet drive|12 grimmauld place|"
    r"124 conch street|10 downing st(?:reet|\.)?|1600 pennsylvania ave(?:nue|\.)?(?: nw)?|"
    r"1600 amphitheatre parkway|1 infinite loop|one apple park way|1 hacker way|"
    r"11 wall st(?:reet|\.)?|350 fifth avenue|55 rue du faubourg saint-honor[ée])\b"
)
#: Networks kept for documentation (RFC 5737, RFC 3849).
_DOCUMENTATION_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)
#: The word itself, not a part of a host's name ("jane@example.com", "demo.shop.io" name a host).
_TEST_CUE = re.compile(
    # (a word of an identifier too: "STRIPE_TEST_CARD"; a stripe CLI's "Running fixture")
    r"(?i)(?<![@.A-Za-z0-9])(?:test(?:ing|s)?|sandbox|demo|dummy|examples?|sample|documentation|docs|"
    r"placeholder|template|runbook|rfc ?5737|fixtures?"
    # and an example's word in the languages of the banks' format pages ("– Beispiel, siehe Portal")
    r"|beispiel|exemple|ejemplo|esempio|exemplo|voorbeeld|przyk[łl]ad|p[řr][íi]klad|[öo]rnek|esimerkki|"
    r"exempel|eksempel|példa|contoh|halimbawa)(?![A-Za-z0-9]|\.\w)"
    # a camel-cased key that starts with it: "testCard", "sandboxMode"
    r"|(?<![@.A-Za-z0-9])(?-i:(?:test|sandbox)(?=[A-Z]))"
    r"|[\"']?livemode[\"']?[ \t]*[:=][ \t]*false"
    # a setting that names a test environment: "environnement = recette", "env: staging"
    r"|\benv(?:ironnement|ironment)?[ \t]*[:=][ \t]*[\"']?(?:recette|staging|preprod|uat|qa)\b"
)
#: What follows an example's word where the example is one real case out of many, as an
#: incident report shows it: "affected", "from the logs", "from production", "من السجل".
_REAL_CASE = (
    r"(?i:(?:of[ \t]+(?:an?[ \t]+)?)?(?:affected|impacted|leaked|exposed|real|actual)\b"
    r"|from[ \t]+(?:the[ \t]+|our[ \t]+)?(?:logs?|prod(?:uction)?|records?|database|incident)\b"
    r"|aus[ \t]+(?:dem|den)[ \t]+(?:Log|Protokoll)|betroffene?\w*|من[ \t]+(?:ال)?سجل)"
)
#: A line that shows how to fill something in: an example's word before a colon, in the
#: languages forms are written in ("Beispiel: Max Mustermann, Musterstraße 1", "Esempio di IBAN:",
#: "Образец заполнения:", "記入例：山田 太郎"), "e.g.", a bracket that says so ("(sample
#: passenger)", "(placeholder)"), a sample's noun ("Sample letter: Jane Smith") or the words
#: that ask to replace it. Everything on such a line is made up, whatever its kind.
_FILL_IN_EXAMPLE = re.compile(
    r"(?i)(?<![@.\w-])(?:examples?|beispiel|exemple|esempio|exemplo|ejemplo|voorbeeld|przykład|"
    r"wzór|wzor|przykładow[ya]|příklad|vzor(?:ov[ýáé])?|örnek|esimerkki|exempel|eksempel|minta|образец|пример|приклад|"
    r"зразок|παράδειγμα|דוגמה|مثال|نمونه|exemplu|contoh|halimbawa|mfano|misali|példa|উদাহরণ|उदाहरण|"
    # (up to four words and a bracket before the colon: "Näidis-IBAN:", "Exempel på personnummer
    # i våra guider:", "مثال على رقم آيبان (توضيحي):")
    r"ตัวอย่าง|ví dụ|näidis|paraugs|pavyzdys)"
    # (not a real case an incident report shows: "Example affected booking:", "Example from the
    # logs:", "مثال من السجل:")
    rf"(?![ \t]+{_REAL_CASE})(?:[ \t-]+[^\W\d_]+){{0,4}}(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*[:：]"
    r"|記入例|作成例|작성[ \t]?예시|예시[ \t]?[:：]|填写示例|示例\w{0,6}[:：]|范例|(?<![\w.])e\.g\."
    r"|(?i:\((?:sample|example|placeholder|dummy|fictitious|fictional)\b[^)]*\))"
    r"|(?i:\([^)\n]*(?:לדוגמה|ficticios|fict[íi]cios|fittizi|fictifs?|fiktiv)[^)\n]*\))"
    # a bracket that says so in the languages of the corpora: "(ejemplo de la documentación)",
    # "(ตัวอย่างเท่านั้น)", "（仅供演示）", "(à titre d'illustration)", "(Skatteverkets testperson)"
    r"|(?i:[(（][^()（）\n]*(?:ejemplo|exemple|esempio|exemplo|beispiel|voorbeeld|przykład|příklad|"
    r"örnek|esimerkki|exempel|eksempel|näidis|пример|приклад|образец|зразок|مثال|توضيحي|דוגמה|نمونه|"
    r"उदाहरण|উদাহরণ|"
    r"ตัวอย่าง|示例|演示|ví dụ|illustration|testperson)[^()（）\n]*[)）])"
    r"|(?i:\bsample (?:letter|name|passenger|customer|person|data|entry|record|address|values?|form)\b)"
    r"|(?i:\breplace (?:it |this |them )?with your own\b)"
)
#: The people forms, guides and test fixtures use as their example, in the languages they are
#: written in ("Max Mustermann", "Jan Kowalski", "山田太郎", "홍길동"): a real person has these
#: names too, so only a line that also says it is a template or an example is kept whole.
_PLACEHOLDER_PERSON = re.compile(
    r"(?i)\b(?:john|jane)[ ,](?:q\. )?(?:doe|public|roe)\b|\bdoe, ?(?:john|jane)\b|"
    r"\bjoe bloggs\b|"
    r"\btest[ ,](?:patient|user|customer|person)\b|\b(?:mr|mrs|ms) test\b|\bpatient,? test\b|"
    r"\bmustermann\b|\b(?:jean|marie) dupont\b|\bmario rossi\b|\bjan kowalski\b|"
    r"\banna kowalska\b|\bjan nov[áa]k\b|\b(?:jan|piet) jansen\b|\b(?:ola|kari) nordmann\b|"
    r"\b(?:matti|maija) meik[äa]l[äa]inen\b|\bsven svensson\b|\bkov[áa]cs j[áa]nos\b|\bfulano de tal\b|"
    r"\bjuan p[ée]rez\b|\bjuan dela cruz\b|\bion popescu\b|\bbudi santoso\b|\bali bin abu\b|"
    r"\bivan horvat\b|\bzhang san\b|\byamada tar[oō]\b|\bhong gil-?dong\b|\bjan janssens?\b|"
    r"\bahmet y[ıi]lmaz\b|\bnguy[eễ]n v[aă]n [abc]\b|\bvardenis pavardenis\b|"
    # Russia's Ivan Ivanov in Latin letters, as a form's guide writes him abroad
    r"\bivanov ivan(?: ivanovich)?\b|\bivan ivanov\b|"
    r"张三|李四|山田 ?太郎|홍길동|вася пупкин|петренко петро(?: петрович)?|"
    # the patronymic's Russian and Ukrainian forms: "Иванов Иван Иванович", "Іванов Іван Іванович"
    r"[иі]ван(?:ов)? [иі]ван(?:ов)?\w*(?: [иі]ванович)?|"
    r"פלוני אלמוני|ישראל ישראלי|فلان (?:بن فلان )?الفلاني|\bali veli\b|สมชาย ใจดี"
)
#: The placeholder people no one is named, whatever the line says: a form's, a fixture's or a
#: guide's "John Doe", "Joe Bloggs", "Max Mustermann", "Jane Citizen". (The others above are
#: common names too: "Jan Novák" or "Mario Rossi" alone may be a real person.)
_EVERYONES_PLACEHOLDER = re.compile(
    r"(?i)(?:john|jane)[ ,]+(?:q\. )?(?:doe|roe)|doe, ?(?:john|jane)|joe bloggs|(?:max|erika) mustermann"
    r"|mustermann,? (?:max|erika)|(?:john|jane) citizen|fulano de tal|вася пупкин|张三|李四"
)
#: "Sample", not where it heads a lab's column of specimens ("Sample ID", "Sample no.").
_SAMPLE = r"samples?(?![ \t_-]*(?:id|no\b|number|nr\b|#|type|date|code|ref))"
#: The end of a word that is no part of a host's name: "sample" in "keio-sample.ac.jp" or
#: "lu-exempel.se" names a domain (writers of examples and real firms both use such names), and
#: says nothing of the line.
_NOT_A_HOST = r"(?!\w|[\w-]*(?:\.[a-z]{2,})+\b)"
#: "Model" in the Romance languages, a template's word, but not before a number or a form's
#: code: "Modello 730", "Modelo 303", "Modello F24" name a tax office's form, filled in for real.
_FORM_MODEL = r"(?:mod[èe]le|modelo|modello)(?![ \t]+[A-Z]{0,3}\d)"
#: A template's or an example's word anywhere on a line ("modèle de lettre", "wzór wypełnienia",
#: "esimerkkilomake", "so füllen Sie ... aus", "# sandbox fixture").
_TEMPLATE_WORD = re.compile(
    # (a lab's "Sample ID" column names a specimen, no example)
    rf"(?i)(?<![@.\w])(?:templates?|{_SAMPLE}|examples?|fixtures?|sandbox|dummy|fictitious|placeholder|"
    rf"{_FORM_MODEL}|vorlage|muster(?!mann)\w*|beispiel\w*|sjabloon|szablon|šablona|şablon|шаблон|"
    r"plantilla|exemple|esempio|exemplo|ejemplo|voorbeeld\w*|przyk[łl]ad\w*|wz[óo]r|vzor|p[řr][íi]klad|"
    r"örnek|esimerkki\w*|exempel|eksempel|minta|exemplu|contoh|halimbawa|образ[е]?ц\w*|пример(?:а|е|ы|ов|ах)?|"
    r"приклад(?:и|і|ів|ах)?|зраз[о]?к\w*|modelel?e|fac-?simile|fictici\w*|fittizi\w*|pavyzd\w*|mẫu|"
    r"so f[üu]llen sie|how to fill|filled[- ]in|utfylt|wype[łl]nieni\w*|preencher|rellenar|"
    r"compilare|remplir|kit[öo]lt[ée]si|"
    # a test account's word where English has none: "konto testowe", "тестовый пользователь"
    rf"testow\w*|тестов\w*|тестув\w*|test(?:konto|account|bruker|användare|benutzer)){_NOT_A_HOST}"
    r"|示例|范例|記入例|例|예시|דוגמה|مثال|نمونه|النماذج|نموذج|उदाहरण|উদাহরণ|ตัวอย่าง"
    # German and the Nordic languages write them into compounds: "Ausfüllbeispiel",
    # "Briefvorlage", "Mustervertrag", "utfyllingseksempel", "ifyllnadsexempel"
    r"|(?i:\w+(?:beispiel|vorlage|eksempel|exempel|esimerkki)\w*|\w*muster(?!mann)\w*)"
)
#: A person whose name is not known yet, whom a record gives a placeholder's name: "unknown
#: male, registered as John Doe".
_NOT_KNOWN_YET = re.compile(
    r"(?i)\b(?:unknown|unidentified|unnamed|anonymous|inconnue?|desconocid[oa]|unbekannte?r?|"
    r"sconosciut[oa]|nieznan[ya]|neznám[ýá]|неизвестн\w*)\b"
)
#: A card's security code as a sandbox prints it: three or four digits.
_SHORT_CODE = re.compile(r"\d{3,4}")


#: A note that says the whole form is made up: "(dane przykładowe)", "* данные вымышлены",
#: "※記入例です", "※ 예시입니다", "for guidance only", "Do not use these details".
_MADE_UP_NOTE = re.compile(
    r"(?i)\b(?:for guidance only|not real (?:data|details|people)|fictitious (?:data|details|person)|"
    r"do not use these details|dummy data|sample data|made[- ]up (?:data|details)|"
    r"dane przyk[łl]adowe|dane fikcyjne|данные вымышлены|вымышленные данные|дані вигадані|"
    r"datos ficticios|dati fittizi|donn[ée]es fictives|fiktive daten|fiktiva uppgifter)"
    r"|記入例です|実際の情報ではありません|예시입니다|示例数据|虚构"
    # a payload a service's test mode sends: '"test_mode": true', and one a document marks as a
    # placeholder or a sample ('"placeholder": true', "sample payload from API docs")
    r"|[\"'](?:test_?mode|placeholder|is_?sample|is_?example|dummy)[\"'][ \t]*:[ \t]*true\b"
    r"|\bsample (?:payload|request|response)\b"
)
_HEADING_WORDS = 8


@lru_cache(maxsize=256)
def example_text(text: str) -> bool:
    """Whether the whole text is a form's or a document's example: its first line is a heading
    that says so ("Sample completed form (for guidance only)", "INVOICE TEMPLATE (copy me!)",
    "Образец заполнения", "記入例", "작성 예시", "Wzór wypełnienia wniosku"), or a note says
    its data are made up."""
    first = first_line(text)
    heading = not _SPOKEN_HEADING.search(first) and (
        (
            len(first.split()) <= _HEADING_WORDS
            and bool(_FILL_IN_EXAMPLE.search(first) or _EXAMPLE_HEADING.search(first))
        )
        or _SPECIMEN_AT_END.search(first) is not None
    )
    return heading or _MADE_UP_NOTE.search(text) is not None


#: A heading of any length that ends by saying it is a specimen: "Prüfbericht ... nach § 29 StVZO
#: – Muster", "Tenancy agreement (sample)".
_SPECIMEN_AT_END = re.compile(
    r"(?i)(?:[\u2013\u2014-][ \t]*|\()(?:muster|sample|specimen|example|beispiel|exemple|ejemplo|exemplo|"
    r"esempio|voorbeeld|vzor|wz[óo]r|przyk[łl]ad|образец|пример|template|vorlage)\)?[ \t]*$"
)
#: A first line that is a message's subject or speaks to someone ("Re: the template you sent"),
#: or a tracker's issue by its key ("LIMS-2291: Barcode printer mislabels sample"): no form's
#: heading.
_SPOKEN_HEADING = re.compile(
    r"(?i)^\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|subject|betreff|objet|asunto|oggetto|onderwerp)\s*:"
    r"|(?<!\w)(?:you|your|i|my|we|our)(?!\w)"
    r"|^\s*(?-i:[A-Z][A-Z0-9]{1,9}-\d{1,6})\s*:"
)
#: A heading's word for an example, a template or a sandbox (not "test": "Test results" head a
#: patient's, nor "fixtures": "football fixtures" a club's).
_EXAMPLE_HEADING = re.compile(
    rf"(?i)(?<![@.\w])(?:templates?|{_SAMPLE}|examples?|specimen|dummy|demo|sandbox|placeholder|"
    rf"{_FORM_MODEL}|vorlage|muster\w*|beispiel\w*|exemple|ejemplo|exemplo|plantilla|esempio|"
    r"voorbeeld\w*|przyk[łl]ad\w*|wz[óo]r|vzor|p[řr][íi]klad|[öo]rnek|esimerkki\w*|exempel|eksempel|"
    rf"образец|пример|приклад|зразок){_NOT_A_HOST}"
    r"|halimbawa|contoh|mfano|példa|ví dụ"
    r"|記入例|作成例|작성[ \t]?예시|예시|示例|范例|ตัวอย่าง|\w+(?:beispiel|vorlage|eksempel|exempel)\w*"
)


def published_example(text: str, finding: Finding) -> bool:
    """Whether `finding` is a value documentation or a test mode publishes (see the module)."""
    value = finding.value
    if "\n" in text and example_text(text):
        return True
    if _example_line(text, *line_bounds(text, finding.start)):
        return True
    if finding.kind == "NAME" and _EVERYONES_PLACEHOLDER.fullmatch(value):
        return True
    if finding.kind == "SECRET":
        if _PLACEHOLDER_SECRET.search(value):
            return True
        if re.sub(r"\s", "", value) in _DOCUMENTED_KEYS:
            return True
        return bool(_SHORT_CODE.fullmatch(value)) and _test_line(text, finding.start)
    if finding.kind == "EMAIL":
        return bool(_PLACEHOLDER_MAILBOX.fullmatch(value)) or bool(
            _PLACEHOLDER_PERSON_MAILBOX.fullmatch(value) and _test_line(text, finding.start)
        )
    if finding.kind == "ADDRESS":
        if _FAMOUS_ADDRESS.match(value) and organisations.names_a_figure(text, finding.start, finding.end):
            return True
        return bool(_PLACEHOLDER_ADDRESS.search(value)) and _test_line(text, finding.start)
    if finding.kind == "CARD":
        return re.sub(r"\D", "", value) in _TEST_CARDS and _test_line(text, finding.start)
    if finding.kind == "IBAN":
        return re.sub(r"\s", "", value).upper() in _EXAMPLE_IBANS and _test_line(text, finding.start)
    if finding.kind == "NATIONAL_ID":
        number = re.sub(r"[\s\-.]", "", value).upper()
        return number in _SAMPLE_IDS or (number in _EXAMPLE_IDS and _test_line(text, finding.start))
    if finding.kind == "IP":
        return documentation_address(value) and _test_line(text, finding.start)
    return False


@lru_cache(maxsize=256)
def _example_line(text: str, start: int, end: int) -> bool:
    """Whether the line from `start` to `end` is an example's: it shows how to fill a field in,
    or names a placeholder person where it says so (a template, a test, a value not known yet)
    or where the text holds more than one. Asked once per line, not once per value on it."""
    if _FILL_IN_EXAMPLE.search(text, start, end):
        return True
    return _PLACEHOLDER_PERSON.search(text, start, end) is not None and (
        _TEMPLATE_WORD.search(text, start, end) is not None
        or _TEST_CUE.search(text, start, end) is not None
        or _NOT_KNOWN_YET.search(text, start, end) is not None
        # a table whose rows are example people, more than one ("Max,Mustermann" then "Jane,Doe")
        or len(_PLACEHOLDER_PERSON.findall(text)) > 1
    )


def documentation_address(value: str) -> bool:
    """Whether an address lies in a network set aside for documentation (RFC 5737, RFC 3849)."""
    try:
        address = ipaddress.ip_address(value.split("/")[0])
    except ValueError:
        return False
    return any(address in net for net in _DOCUMENTATION_NETWORKS if net.version == address.version)


def _test_line(text: str, at: int) -> bool:
    """Whether the line around `at`, or one of the three lines before or after it, says it is about
    testing or an example ("Use the IBAN format shown below as an example only:" above the
    IBAN; a sandbox's reply, `"livemode": false`, under the test card it was sent)."""
    start, end = line_bounds(text, at)
    for _ in range(3):
        start = text.rfind("\n", 0, max(0, start - 1)) + 1
        following = text.find("\n", end + 1)
        end = len(text) if following < 0 or end >= len(text) else following
    return any(
        not _LIFES_TEST_BEFORE.search(text, max(0, cue.start() - 20), cue.start())
        for cue in _TEST_CUE.finditer(text, start, end)
    )


#: The word before "test" that makes it a test of a person, not of a program: an eye test, a
#: blood test, a driving test ("Domiciliary eye test" above a key safe's code is a real visit).
_LIFES_TEST_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:eye|sight|eyesight|vision|hearing|blood|urine|drug|pregnancy|covid|pcr|"
    r"antigen|flow|allergy|patch|skin|breath|smear|swab|dna|paternity|stress|fitness|driving|road|"
    r"theory|practical|mot|language|placement|entrance|ielts|toefl|toeic|school|hair|colour|color)"
    r"[ \t-]+$"
)
