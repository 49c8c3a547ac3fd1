"""National identity, tax and social-security numbers.

Most such numbers are bare digits (a BSN is nine, a PESEL eleven), indistinguishable from order
or serial numbers by shape, so a value counts when its label names it ("BSN:", "Steuer-ID",
"N° INSEE", "DNI", "Aadhaar", "PESEL", "codice fiscale", "SSN", "NINO"...): after such a label,
an ID-shaped value is personal whether or not its check digit holds, since people mistype
them. Without a label only formats distinctive enough to stand alone count, and only when
python-stdnum's validator accepts them: US SSNs written with dashes, UK National Insurance
numbers, Italian codici fiscali, Spanish DNI/NIE numbers, Brazilian CPFs written with their
dots, Chinese resident IDs, Korean resident registration numbers and French NIRs in groups.
Shorter numbers with a weak check (a Turkish T.C. Kimlik's 11 digits, an Aadhaar's 12 with
Verhoeff) pass one random number in a hundred or ten, so they count only after their label.
Every personal identifier python-stdnum knows (`STDNUM_PERSONAL`, 53 modules) names its labels
(`stdnum_labels()`, read by app/privacy/labelled.py); a Finnish HETU, a Czech or Slovak birth
number and a Danish CPR or Swedish personnummer stand alone when their check holds, and a bare
11-16 digit run counts only on a line about a person (labelled.py), since one random such run in
10 to 25 passes some country's check (measured on 20,000 random numbers).
"""

# ruff: noqa: RUF001, RUF002, RUF003  (a series is written in Cyrillic capitals, a legal form in Greek)
from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import lru_cache

from stdnum import luhn
from stdnum.at import vnr
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.de import idnr as german_tax_id
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.si import emso
from stdnum.th import pin as thai_pin
from stdnum.tr import tckimlik
from stdnum.us import ssn
from stdnum.za import idnr as south_african_id

from app.privacy.finding import Finding, value_shape

_LABEL = (
    r"(?:\bSSN\b|\bsocial security(?: number| no\.?)?|\bnational insurance(?: number| no\.?)?|"
    r"\bNI(?:NO| No\.?| number)\b|\bNHS(?: number| no\.?)?|\bpassport(?: number| no\.?)?|"
    r"\b(?:driver'?s?|driving) licen[cs]e(?: number| no\.?)?|\bTIN\b|\bAadhaar(?: number| no\.?)?|"
    r"\bBSN\b|\bburgerservicenummer\b|\bsofinummer\b|\brijksregisternummer\b|"
    r"\bNIR\b|\bN° ?INSEE\b|\bINSEE\b|\bnum[ée]ro de s[ée]curit[ée] sociale\b|"
    r"\bsteuer-?id(?:nr)?\b|\bsteuerliche identifikationsnummer\b|\bsteuernummer\b|\bI(?<!USt-I)dNr\b|"
    r"\bsozialversicherungsnummer\b|\bSV-?nummer\b|\brentenversicherungsnummer\b|\bsozialversicherungsnr\b\.?|"
    # a Bundeswehr soldier's personnel number; a Turkish ID by its "T.C." before its 11 digits
    r"\bpersonenkennziffer\b|\bT\.C\.(?=[ \t]?\d{11}\b)|"
    r"\bpersonalausweis(?:nummer)?\b|\bausweisnummer\b|\breisepass(?:nummer)?\b|"
    r"\bDNI\b|\bNIE\b|\bNIF\b|\bNSS\b|\bdocumento nacional de identidad\b|"
    r"\bcodice fiscale\b|\bC\.F\.|\bPESEL\b|\bNIP\b|\bpersonnummer\b|\bhenkilötunnus\b|"
    r"\bCPR\b|\bcart[ãa]o de cidad[ãa]o\b|\bI(?<!USt-I)D(?:-| )?(?:card|number|no\.?|nr\.?)\b|"
    r"\bN° de s[ée]curit[ée] sociale\b|\bCPF\b|\bCNPJ\b|\bRG\b|\bT\.?C\.? kimlik\b|\bkimlik\b|"
    # a Turkish ID by "TC" with a case or possessive ending ("annemin TC'si", "TC'm"), Croatia's OIB
    r"\bTC['\u2019](?:si|sı|m|n|niz|nız|miz|mız|yi|ni|nin|nizi)\b|\bOIB\b|"
    r"\bCURP\b|\bRUT\b|\bCUI[TL]\b|\bCCCD\b|\bCMND\b|\bcăn cước\b|\bMyKad\b|\bNRIC\b|"
    # Romanian CNP written out, with the article Romanian glues to the noun ("Codul numeric
    # personal"); Canada's "social insurance number", its short "SIN" only in capitals (below)
    r"\bcod(?:ul)? numeric personal\b|\bsocial insurance(?: number| no\.?)?|\bnum[ée]ro national\b|"
    r"\bpersonnr\b|\bpers\.? ?nr\b|"
    # an ID card named by whom it belongs to ("Resident ID", "Citizen ID"), and France's social
    # security number by its everyday short forms ("N° SS", "n° de sécu")
    r"\b(?:resident|citizen|national|personal) ID\b|\bN[°º] ?(?:de )?S\.?S\.?(?!\w)|\bs[ée]cu\b|"
    # health and insurance numbers, and the papers of immigration: a person's number as much
    # as a national ID ("Member ID: XJH123456789", "MRN 00482913", "Green card # SRC...")
    r"\bmember (?:id|number|no\.?)|\bMRN\b|\bmedical record(?: number| no\.?)?|"
    r"\bpatient (?:id|number|no\.?)|\bhealth (?:card|insurance)(?: number| no\.?)?|"
    r"\binsurance (?:id|number|no\.?)|\bpolicy ?holder id\b|\bsubscriber id\b|"
    r"\bgreen card(?: number| no\.?)?|\bA-?number\b|\balien (?:registration )?number\b|\bUSCIS\b|"
    r"\bvisa (?:number|no\.?)|\b(?:residence|work) permit(?: number| no\.?)?|\bBRP\b|"
    r"\b(?:kranken)?versichertennummer\b|\bcarte vitale\b|\btessera sanitaria\b|"
    r"\bnum[ée]ro d'assur[ée]\b|\bn[úu]mero de afiliad[oa]\b|\bPAN card\b|"
    # more of them, and travel and driving papers, in several languages
    r"\bmedicare(?: number| no\.?| card)?|\bmember\b(?=[ \t]*#)|\bversichertennr\b|\bversicherungsnr\b|"
    r"\btarjeta (?:individual )?sanitaria\b|\bknown traveler number\b|"
    r"\bKTN\b|\bPASSID\b|\bredress number\b|\bpasseport\b|\bpermis(?: de conduire)?\b|"
    r"\bpraw[oa] jazdy\b|\bNHIF\b|\bNSSF\b|\bhuduma namba\b|"
    # a boat's, a skipper's, a pilot's or a gun's licence, and a Romanian seaman's book
    r"\b(?:boat|skipper'?s?|pilot'?s?|fishing|firearms?|shotgun) licen[cs]e(?: number| no\.?)?|"
    r"\bcarnet de marinar\b|"
    # a driving licence's number in more languages: Italian, Portuguese, Dutch, Swedish, Danish,
    # Norwegian, Turkish, Czech, Russian and Ukrainian
    r"\bpatente(?: di guida)?\b|\bcarteira de (?:habilita[çc][ãa]o|motorista)\b|\bCNH\b|"
    r"\brijbewijs(?:nummer)?\b|\bk[öo]rkort(?:snummer)?\b|\bk[øo]rekort\b|\bf[øo]rerkort\b|"
    r"\behliyet\b|\b[řr]idi[čc]sk[ýy] pr[ůu]kaz\b|\bводительское удостоверение\b|"
    r"\bводійське посвідчення\b|\bВУ\b|"
    # Ireland's PPS number, Kenya's tax PIN, Austria's social insurance number
    r"\bPPSN?\b(?: number| no\.?)?|\bKRA PIN\b|\bversicherungsnummer\b|"
    # Indonesia's tax number, the Philippines' health, social-security and pension numbers
    r"\bNPWP\b|\bPhilHealth\b(?: (?:number|no\.?|ID))?|\bSSS\b|\bPag-?IBIG\b|\bUMID\b|"
    # the papers of voters, refugees and aid's beneficiaries, Africa's and Asia's ID cards and
    # tax numbers, a UK self-assessment taxpayer's reference, Australia's tax file number and a
    # farm holding's number
    r"\bvoter(?:'s)? (?:id|card|registration)(?: number| no\.?)?|\b(?:refugee|asylum|UNHCR|proGres|"
    r"beneficiary|ration) (?:id|card|case|registration)(?: number| no\.?)?|\bUNHCR (?:number|no\.?)|"
    r"\bGhana ?Card\b|\bSSNIT\b|\bNHIS\b|\bNIDA\b|\biqama\b|\bomang\b|\bABHA\b|"
    # (the Philippines' PhilSys card by its card's name or its number's: "PhilSys Card No. (PCN)")
    r"\bPhilSys(?: card| ID)?\b(?: (?:PSN|PCN)\b)?|"
    r"\bUTR\b|\bunique taxpayer reference\b|\btax file number\b|\bTFN\b|"
    r"\bDBS (?:certificate )?(?:number|no\.?)|\bCPH(?: number| no\.?)?\b|\bherd (?:number|no\.?|mark)\b|"
    # a passport in more languages: Turkish, Vietnamese, German's and the Nordic languages'
    # compounds, Finnish, Hungarian, Czech and Slovak, Dutch, Romanian, Greek, Indonesian and
    # Malay, Swahili, Hebrew, Russian's and Ukrainian's passport for abroad
    r"\bpasaport(?: no| numarası)?\b|\b(?:số )?hộ chiếu\b|\bpass(?:nummer|nr\.?|-nr\.?)\b|\breisepassnr\b|"
    r"\bpassinumero\b|\bútlevél(?:szám)?\b|\b(?:číslo|čís\.) pasu\b|\bcestovn[íý] pas\b|"
    r"\bpaspoort(?:nummer)?\b|\bpașaport\b|\bpasaport\b|\bδιαβατήριο\b|\bpaspor\b|\bpassaporte\b|"
    # a driving licence's number on a US form or report ("Lic# Q536-418-86-558-0")
    r"\bLic(?=[ \t]?#)|"
    r"\b(?:nambari ya )?pasipoti\b|\b(?:מספר )?דרכון\b|\bзагранпаспорт\b|\bзакордонний паспорт\b|"
    # an identity card in Polish, Romanian, Greek, Finnish, Estonian and Lithuanian, a Nordic tax number
    r"\bdowod(?:u|zie)? osobist\w*|\bdowód osobisty\b|\bcart(?:ea|e) de identitate\b|"
    r"\b(?:αριθμός )?ταυτότητας\b|\bΑ\.?Δ\.?Τ\.?(?![\w.])|\bhenkilökorti\w*|\bID-kaardi?\b|"
    r"\basmens tapatybės kortel\w*|\bskattenummer\b|"
    # the former Yugoslavia's personal number in Latin and Cyrillic letters (JMBG, North
    # Macedonia's EMBG), a Czech identity card's number, Lithuania's personal code abbreviated,
    # a US Medicare beneficiary's identifier
    r"\bJMBG\b|\bЈМБГ\b|\bЕМБГ\b|\bEMBG\b|\bmati[čc]ni broj građana\b|"
    r"\b[čc][íi]slo (?:OP|občanského průkazu)\b|\ba\. ?k\.(?=[ \t]?\d{11}\b)|\bMBI\b|"
    # a licence someone's own is a driving licence: "Her licence is D6101-40706-60905", "Jacob's
    # current licence (no. KUGB-118472)"
    r"\b(?:my|his|her|your|their|[^\W\d_]+['\u2019]s(?: current| new| full)?) "
    r"licen[cs]e(?: number| no\.?)?(?! key)\b|"
    # a soldier's or a veteran's numbers: a service (not a customer service's) or army number,
    # the US DoD ID (EDIPI), a VA claim file's number
    r"\b(?:(?<!customer )service|army|regimental|personnel) (?:number|no\.?)|\bDoD ID\b|\bEDIPI\b|"
    r"\bVA (?:file|claim) (?:number|no\.?)|\bmilitary ID\b|"
    # a driving licence in Finnish, Hungarian and Turkish, a health insurance's number in
    # Spanish, German and Dutch, a Czech tax number written out (its "DIČ" is a firm's as often)
    r"\bajokorti\w*|\bvezetői engedély\w*|\bjogosítvány\w*|\bsürücü belgesi\b|"
    r"\bn[úu]mero de afiliaci[óo]n\b|\bkrankenversicherungsnummer\b|\bzorgverzekeringsnummer\b|"
    # Spain's social security affiliation written "Nº afiliación Seguridad Social", Brazil's
    # health card (CNS), Britain's door-supervisor licence (SIA)
    r"\bafiliaci[óo]n(?: a la)? seguridad social\b|\bcart[ãa]o nacional de sa[úu]de\b|\bcart[ãa]o do SUS\b|"
    r"\bSIA(?: licen[cs]e)?(?= ?(?:no\.?|number|#|:|\d))|"
    r"\bda[ňn]ov[ée] identifika[čc]n[íi] [čc][íi]slo\b|"
    # a seafarer's papers and a building worker's card: "Seaman's book", "CDC no.", "CSCS card"
    r"\bsea(?:man|farer)['\u2019]?s (?:book|discharge book|identity document|id)\b|\bdischarge book\b|"
    r"\bCDC\b(?= ?(?:no\.?|number|#|:))|\bINDoS\b|\bCSCS(?: card)?\b|"
    # Swahili's "identity card (number)", Vietnam's personal tax code, New Zealand's IRD number,
    # Germany's health insurance number by its short forms
    r"\b(?:namba ya )?kitambulisho\b|\bm[ãa] s[ốo] thu[ếe](?: c[áa] nh[âa]n)?|\bIRD(?: number| no\.?)?\b|"
    r"\bKVNR\b|\bvers\.?-?nr\b\.?|"
    # the UAE's identity card, Australia's healthcare identifier, the UN's travel document
    r"\bEmirates ID\b|\bIHI\b|\blaissez[- ]passer\b|"
    # South Africa's ID by its country ("SA ID: 9007125800082"), Quebec's health card (RAMQ)
    r"\bR?SA ID\b|\bRAMQ\b|\bassurance[ -]maladie\b|"
    # a column or a key named in code: "passport_no = '548120973'", "nationalId", "tax_id"
    r"\b[a-z]*_?(?:passport|ssn|nino|national_?id|tax_?id|nhs)_?(?:no|num|number|nr|id)\b)"
)
#: ID labels in Arabic script (Arabic, Persian and Urdu): "ID number", "national number" (Egypt's
#: too), "medical file number", "national code", Pakistan's "identity card (number)"; read before
#: Latin or Eastern Arabic digits alike.
_ARABIC_SCRIPT_LABELS = (
    "رقم الهوية|الرقم الوطني|الرقم القومي|رقم قومي|رقم الملف الطبي|کد ملی|شماره ملی|شناختی کارڈ(?: نمبر)?"
)
#: Labels in scripts without word boundaries (Chinese, Japanese, Korean, Hindi), tried only at
#: a letter of those scripts: mixed into the alternatives above they would cost the regex its
#: fast scan for a boundary, and a screen four times the time.
_SCRIPT_LABEL = (
    r"(?=[\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u0c00-\u0c7f\u0e00-\u0e7f\u1200-\u137f"
    r"\u30a0-\u30ff\u4e00-\u9fff"
    r"\uac00-\ud7af])"
    r"(?:身份证号码|身份证号|身份证|身分證字號|身分證號碼|身分證|マイナンバー|個人番号|"
    # a Japanese driving licence's number ("運転免許証番号：...")
    r"運転免許証番号|運転免許証|免許証番号|주민등록번호|주민번호|외국인등록번호|"
    r"आधार(?: संख्या| नंबर)?|पैन(?: कार्ड| नंबर)?|رقم جواز السفر|رقم جوازي|رقم الجواز|جواز سفري|"
    rf"{_ARABIC_SCRIPT_LABELS}|জাতীয় পরিচয়পত্র(?: নং| নম্বর)?|এনআইডি(?: নং| নম্বর)?|ఆధార్(?: నంబర్| సంఖ్య)?|"
    r"የፋይዳ (?:መለያ )?ቁጥር|ፋይዳ|"
    # a passport in Chinese, Korean, Hindi, Persian, Urdu, Bengali, Tamil, Thai and Amharic
    r"护照(?:号码|号)?|護照(?:號碼|號)?|여권(?: ?번호)?|पासपोर्ट(?: नंबर| संख्या)?|گذرنامه|پاسپورٹ(?: نمبر)?|"
    r"পাসপোর্ট(?: নং| নম্বর)?|கடவுச்சீட்டு(?: எண்)?|หนังสือเดินทาง(?:เลขที่)?|ፓስፖርት(?: ቁጥር)?)"
)
#: Labels read only in capitals ("SIN", "DL", "NIN"...; see `_LABELLED`).
_CAPITALS_LABEL = r"\b(?:SIN|DL|NIN|NID|BVN|NRC)\b"
#: A national ID's label alone, wherever it stands: a chat that asks for the number names it
#: so ("please share Aadhaar number", `answers`).
ID_LABEL = re.compile(rf"(?:(?i:{_LABEL})|{_SCRIPT_LABEL}|{_CAPITALS_LABEL})")
#: Digits and capitals with the separators people put in them, at least four digits in all;
#: a dash or a dot may stand between spaces ("529 - 41 - 7736", as a form's OCR spaces it).
_SEPARATOR = r"(?: ?[.\-/] ?|[ ])"
#: Greek and Cyrillic capitals are letters of a number too (a Greek passport "ΑΕ1234567").
_LETTER = "A-Z\u0391-\u03a9\u0410-\u042f"
#: The next sentence's first word is no part of the number ("MK81. Thank you"). A CJK form's
#: full-width digits are digits too ("４５１２３３８９０２７１").
_CHARACTER = rf"[{_LETTER}0-9\uff10-\uff19]"
_VALUE = (
    rf"(?P<value>(?=(?:[{_LETTER}]*{_SEPARATOR}?[{_LETTER}]*\d){{4}})"
    rf"{_CHARACTER}(?:{_CHARACTER}|{_SEPARATOR}(?={_CHARACTER})(?![A-Z][a-z])){{5,24}})"
)
#: The label may close a bracket or be followed by its short form in one ("Tax ID (Steuer-ID):",
#: "Sozialversicherungsnummer (SV-Nr.):"), take a case suffix ("No'su"), and prose joins it to
#: its value with a verb, a word or two apart ("Her BSN is ...", "PESEL pacjenta to ...").
#: "SIN", a driving licence's "DL" (an AAMVA line: "DL D4827193"), Nigeria's "NIN" and "BVN",
#: Bangladesh's "NID" and Zambia's and Malawi's "NRC" are labels only in capitals: in lower case
#: some are words.
_BRACKET = r"(?:\s*[(\uff08][^()\uff08\uff09\n]{1,60}[)\uff09])?"
#: A bilingual form gives the label's other language after a slash ("SIN / NAS:", "ID / Nr.:").
_ALIAS = r"(?:\s*/\s*[^\W\d_][\w.\-]{1,15})?"
#: (Yoruba and Swahili say "is" with "ni", Nigerian Pidgin with "na": "NIN mi ni ...", "Mine na ...")
#: (also "as": "I typed my BVN as 22187403351")
_VERB = (
    r"(?:(?:\s+[^\W\d_]+){0,2}?\s+(?i:is|was|ist|war|est|es|era|è|é|er|är|jest|je|to|là|adalah|ni|na|as)\b)?"
)
_LABELLED = re.compile(
    rf"(?:(?i:{_LABEL})|{_SCRIPT_LABEL}|\b(?:SIN|DL|NIN|NID|BVN|NRC|AFM)\b)\)?"
    # a check's note says the document was seen: "Passport seen: C4R7T92KX"
    r"(?:[ \t]+(?i:seen|checked|verified|sighted|shown|scanned|copied|on file))?"
    # "N0." is OCR's "No." with a zero read for the letter; the number's word may open a
    # bracket ("passeport (n° 19AV48213)")
    rf"(?:\s*\(?\s*(?i:number|no\.?|nr\.?|n°|nº|n\.º|n0\.|n\.|na\.|#|száma|numarası|numero|numer|número|numéro|nummer|číslo|broj)(?:['\u2019][^\W\d_]{{1,4}})?)?{_BRACKET}"
    # (or after the label's short form in brackets: "Seafarer's Identity Document (SID) No.")
    rf"(?:(?<=\))\s*(?i:number|no\.?|nr\.?|n°|nº|#))?{_ALIAS}{_VERB}"
    # the value may stand in quotes (code) or in brackets ("Steuer-ID (94963980159)"); Ethiopic
    # writes its own colon ("የፋይዳ ቁጥር፦ ...")
    # (a label's short form may end in its dot before the colon: "Steuer-IdNr.:")
    # (a chat asks with the label and answers itself: "noch meine Steuer-ID? 86520193545")
    rf"\.?\s*#?[:=#.?\uff1a\u1365\u1366]?{_BRACKET}\s*[\"'(\uff08]?{_VALUE}"
)
#: Whose number the label names, in a word or two before the colon ("PESEL współmałżonka:", the
#: spouse's; "BSN kind:", "NIN ta mahaifi:", the mother's): then only a plain run of digits,
#: since "Passport office hours: 0900-1700" has a word there too.
_LABEL_OF_WHOM = re.compile(
    rf"(?:(?i:{_LABEL})|{_SCRIPT_LABEL}|\b(?:NIN|NID|BVN|NRC)\b)"
    r"(?:[ \t]+[^\W\d_]{2,20}){1,2}[ \t]*[:\uff1a][ \t]*(?P<value>\d{8,13})(?!\d)"
)
#: Whose number the label names in a few words, a bracket among them, before the value: "CURP
#: del menor: GOMV...", "Aadhaar of Ishaan (child): 6839 ...", "KRA PIN yako A194...". So far
#: from its label a value counts only where a personal number's check digits hold.
_LABEL_OF_WHOM_CHECKED = re.compile(
    # (a dash may set the words off, and a comma end them: "OIB – naveli ste 69143785200", "TC'si
    # lazımmış nikah için, 17492038688")
    rf"(?:(?i:{_LABEL})|{_SCRIPT_LABEL})"
    # (up to eight words, one with an apostrophe's ending: "TFN for the means test form – it's
    # 432 198 763", "NIF para a fatura do jantar de anos: 238471934"; a comma may end the label:
    # "pas + BSN, dat is 316582074")
    # (a sentence may end between them: "the deceased's TFN. Our records show 420 050 473")
    r"[,.]?"
    rf"(?:[ \t]+(?:[\u2013\u2014][ \t]+)?"
    rf"(?:[^\W\d_]{{2,20}}(?:['\u2019][^\W\d_]{{1,2}})?|\([^()\n]{{1,20}}\))){{1,8}}"
    rf"[ \t]*[:\uff1a,]?[ \t]*{_VALUE}"
)
#: Opening hours and other ranges a label's sentence may give ("office hours: 0900-1700").
_RANGE = re.compile(r"\d{1,4} ?[-\u2013] ?\d{1,4}")
#: A national ID in Persian or Arabic digits after its label ("کد ملی: ۰۰۱۲۳۴۵۶۷۸").
_EASTERN_DIGITS_LABELLED = re.compile(
    rf"(?:{_ARABIC_SCRIPT_LABELS})[ \t]*[:\uff1a]?[ \t]*"
    r"(?P<value>[\u06f0-\u06f9\u0660-\u0669]{8,12})(?![\u06f0-\u06f9\u0660-\u0669])"
    # and a Bangladeshi NID in Bengali digits ("জাতীয় পরিচয়পত্র নং: ৪৬১৭৩৮২৯০৫")
    r"|(?:জাতীয় পরিচয়পত্র|এনআইডি)(?: নং| নম্বর)?[ \t]*[:\uff1a]?[ \t]*"
    r"(?P<bengali>[\u09e6-\u09ef]{10,17})(?![\u09e6-\u09ef])"
)
#: A document given by its series and number, as post-Soviet passports and Polish and Romanian
#: IDs are written: "серия 45 18 № 736201", "серія КВ 123456", "seria ABC numer 523411". In Latin
#: letters the series is letters: a "serie" of digits is a product's serial number.
_SERIES_NUMBER = re.compile(
    r"(?i)(?<!\w)(?:(?:серия|серія)[ \t]*(?P<value>(?:\d{2}[ \t]?\d{2}|(?-i:[А-ЯІЇЄ]{2})))"
    r"|seria[ \t]*(?P<latin>(?-i:[A-Z]{2,3})))"
    # (OCR reads a 3 as "З" and a 0 as "О": "Серия 45 12 № 6З8917")
    r"[ \t]*(?:№|N[°o]?\.?|номер|nr\.?|numer)?[ \t]*(?=(?:[ЗО]*\d){5})[\dЗО]{6,7}(?![\dЗО])"
)
#: The first two digits of a Chinese resident ID: a province, a municipality or a special region.
_CHINESE_PROVINCES = frozenset(
    """
    11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65
    71 81 82 83
    """.split()  # noqa: SIM905 (a code list reads better as words)
)


def _chinese_resident_id(number: str) -> bool:
    """Whether an 18-digit run is a Chinese resident ID: its province, birth date and check
    digit hold. The county's code is not looked up: python-stdnum's table misses districts
    formed since it was written (Shanghai's Pudong, 310115, among them)."""
    try:
        ric.get_birth_date(number)
    except ric.ValidationError:
        return False
    return number[:2] in _CHINESE_PROVINCES and ric.calc_check_digit(number) == number[-1]


#: Formats long and structured enough to stand alone when their check digits hold: a
#: Brazilian CPF as it is written (dots and a dash), a Chinese resident ID (a birth date and an
#: ISO 7064 check), a Korean resident number (a birth date and a check digit), a French NIR
#: written in its groups (sex, year, month, place and a key mod 97), a Thai ID in its groups.
_CHECKED = (
    # (a sentence's full stop may follow it: "segue o CPF: 482.917.306-87.")
    (re.compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d|\.\d)"), cpf.is_valid),
    (re.compile(r"(?<![\dA-Za-z])\d{17}[\dX](?![\dA-Za-z])"), _chinese_resident_id),
    (re.compile(r"(?<![\d-])\d{6}-\d{7}(?![\d-])"), rrn.is_valid),
    (re.compile(r"(?<!\d)(?<!\d )[12] \d{2} \d{2} (?:\d{2}|2[AB]) \d{3} \d{3} \d{2}(?!\d)"), nir.is_valid),
    # a Thai ID card's number in its printed groups (1-4-5-2-1): "3-5099-00127-64-1"
    (re.compile(r"(?<![\d-])\d-\d{4}-\d{5}-\d{2}-\d(?![\d-])"), thai_pin.is_valid),
)
#: Also between a file name's underscores ("W2_2025_172-97-7015_Ostrowski.pdf").
_SSN = re.compile(r"(?<![0-9A-Za-z])\d{3} ?- ?\d{2} ?- ?\d{4}(?![0-9A-Za-z])")
#: A UK driving licence number: five letters of the surname (9 pads a short one), the birth
#: date's digits (decade, month with 5 added for a woman, day, year), two initials (9 pads),
#: a digit and two check letters ("MORGA753116SM9IJ").
_UK_LICENCE = re.compile(r"\b[A-Z][A-Z9]{4}\d[0156]\d[0-3]\d\d[A-Z][A-Z9]\d[A-Z]{2}\b")
_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b")
_DNI_NIE = re.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b")


#: A word of two or more capitals after the number starts the next field ("DL D4827193 EXP
#: 03/14/2030"); a NINO's single closing letter ("AB 12 34 56 C") stays with it.
_NEXT_FIELD = re.compile(r"(?<=\d) [A-Z]{2,}(?![A-Z0-9])")


#: A date after the label dates the document ("Passport expires on 12/05/2031"): no ID.
_DATE = re.compile(r"\d{4}([./\-])\d{1,2}\1\d{1,2}|\d{1,2}([./\-])\d{1,2}\2(?:\d{4}|\d{2})")


def _uk_licence_date(value: str) -> bool:
    """Whether a UK licence number's month (less 50 for a woman) and day can be a birth date's."""
    month, day = int(value[6:8]) % 50, int(value[8:10])
    return 1 <= month <= 12 and 1 <= day <= 31


#: "ID" alone as a field's label where a bracket, a cell, a clause or a dotted field opens ("(ID
#: 8806185307073)", "| ID 7012082430081", "· ID 9101246715087"), before a long run whose check
#: digits hold for a country's personal number; "Order ID" or "ticket ID" name other things,
#: and one random run in 10 to 25 passes.
_ID_FIELD = re.compile(
    r"(?:^|[(|,;\u00b7\u2022\u2013\u2014])[ \t]*ID[ \t]*[:#]?[ \t]*(?P<value>\d{11,16})(?![\w\-/])",
    re.MULTILINE,
)


#: A table's cell that names a travel or identity document, then the next cell its number:
#: "Passport | YA8812045 | 2031-04-17", "Seaman's book,AB 427719" (four digits at least).
_DOCUMENT_CELL = re.compile(
    rf"(?:^|(?<=[|,;\t]))[ \t]*(?:(?i:{_LABEL})|{_CAPITALS_LABEL})[ \t]*[|,;\t][ \t]*"
    r"(?P<value>(?=[A-Z \-]*\d(?:[A-Z \-]*\d){3})[A-Z0-9](?:[A-Z0-9]|[ \-](?=[A-Z0-9])){5,16})"
    r"(?=[ \t]*(?:[|,;\t]|$))",
    re.MULTILINE,
)


#: A JSON object that holds a travel or identity document, named by the key it is under
#: ('"passport": {"number": "FN441820", ...}') or by its type ('{"type": "PASSPORT", "number":
#: "A09812734"}'), and its number's key: a form's API nests the document so, with no label on it.
_OBJECT = re.compile(r"\{[^{}]{0,300}\}")
_DOCUMENT_WORD = (
    r"(?i:passport|id[_ ]?card|national[_ ]?id|identity[_ ]?(?:card|document)|driv(?:er|ing)[_ ]?licen[cs]e|"
    r"residence[_ ]?permit|seaman[_ ]?book|seafarer[_ ]?id|travel[_ ]?document)"
)
_DOCUMENT_KEY_BEFORE = re.compile(rf"\"?{_DOCUMENT_WORD}\"?[ \t]*:[ \t]*$")
#: (an airline's passenger record types a passport "P", as its DOCS line does)
_DOCUMENT_TYPE = re.compile(
    rf"\"(?i:type|kind|doc_?type|document_?type)\"[ \t]*:[ \t]*\"(?:{_DOCUMENT_WORD}|P)\""
)
_DOCUMENT_NUMBER = re.compile(
    r"\"(?i:number|no|num|doc(?:ument)?_?(?:number|no|num)|documentNumber|id_?number)\"[ \t]*:[ \t]*"
    r"\"(?P<value>(?=[A-Z \-]*\d)[A-Z0-9][A-Z0-9 \-]{4,18}[A-Z0-9])\""
)


def _nested_documents(text: str) -> Iterator[Finding]:
    for block in _OBJECT.finditer(text):
        named = _DOCUMENT_KEY_BEFORE.search(text, max(0, block.start() - 40), block.start())
        if named or _DOCUMENT_TYPE.search(block.group()):
            for m in _DOCUMENT_NUMBER.finditer(text, block.start(), block.end()):
                yield Finding("NATIONAL_ID", m.start("value"), m.end("value"), m.group("value"))


def find(text: str) -> Iterator[Finding]:
    if "{" in text:
        yield from _nested_documents(text)
    for m in _DOCUMENT_CELL.finditer(text):
        yield Finding("NATIONAL_ID", m.start("value"), m.end("value"), m.group("value"))
    for m in (*_LABEL_OF_WHOM.finditer(text), *_EASTERN_DIGITS_LABELLED.finditer(text)):
        group = "value" if m.group("value") else "bengali"
        yield Finding("NATIONAL_ID", m.start(group), m.end(group), m.group(group))
    for m in _LABEL_OF_WHOM_CHECKED.finditer(text):
        value = _NEXT_FIELD.split(m.group("value"), maxsplit=1)[0].rstrip(" .-/")
        between = text[m.start() : m.start("value")]
        if "." in between and between.rstrip().endswith((":", "\uff1a")):
            continue  # the next sentence's own field ("... kørekort. Support: 33 98 00 10")
        if personal_number(value) and not (_RANGE.fullmatch(value) or _DATE.fullmatch(value)):
            yield Finding("NATIONAL_ID", m.start("value"), m.start("value") + len(value), value)
    for m in _ID_FIELD.finditer(text):
        if valid_bare_run(m.group("value")):
            yield Finding("NATIONAL_ID", m.start("value"), m.end("value"), m.group("value"))
    for m in _LABELLED.finditer(text):
        value = _NEXT_FIELD.split(m.group("value"), maxsplit=1)[0].rstrip(" .-/")
        if _DATE.fullmatch(value):
            continue
        yield Finding("NATIONAL_ID", m.start("value"), m.start("value") + len(value), value)
    for pattern, valid in (
        (_SSN, lambda v: ssn.is_valid(v.replace(" ", ""))),
        (_UK_LICENCE, _uk_licence_date),
        (_NINO, lambda _: True),
        (_CODICE_FISCALE, codicefiscale.is_valid),
        (_DNI_NIE, lambda v: dni.is_valid(v) or nie.is_valid(v)),
        (_HKID, _hkid_check),
    ):
        for m in pattern.finditer(text):
            if valid(m.group()):
                yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())
    for pattern, valid in _CHECKED:
        for m in pattern.finditer(text):
            if valid(m.group()):
                yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())
    for m in _SERIES_NUMBER.finditer(text):
        start = m.start("value") if m.group("value") else m.start("latin")
        yield Finding("NATIONAL_ID", start, m.end(), text[start : m.end()])
    yield from find_structured(text)
    yield from _machine_readable(text)
    yield from _named_schemes(text)
    for m in (*_INDIAN_PAN.finditer(text), *_MEXICAN_RFC.finditer(text), *_LAST_FOUR.finditer(text)):
        yield Finding("NATIONAL_ID", m.start("value"), m.end("value"), m.group("value"))
    for m in _EMIRATES_ID.finditer(text):
        if luhn.is_valid(re.sub(r"\D", "", m.group())):
            yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())


#: Numbers whose scheme a text names anywhere, in the scheme's exact shape: a chat or a letter
#: names "BVN", "NIN", "Aadhaar" or "PAN" once and gives the number a sentence or a turn away
#: ("Má ṣe fún wọn ní BVN rẹ ... Ṣé 22417780931 ni BVN rẹ?", "your father's PAN, which I think
#: is BXKPR4821M"). Nigeria's BVN (eleven digits from 22) and NIN (eleven, no trunk 0: a phone
#: has one), India's Aadhaar (twelve, Verhoeff-checked), a person's PAN (its fourth letter P),
#: Ireland's PPS number, South Africa's ID number, Taiwan's ID card number and the others below
#: where their checks hold.
_NAMED_SCHEMES = (
    (re.compile(r"\bBVN\b", re.IGNORECASE), re.compile(r"(?<![\d+])22\d{9}(?!\d)"), None),
    (re.compile(r"\bNIN\b"), re.compile(r"(?<![\d+])[1-9]\d{10}(?!\d)"), None),
    (
        re.compile(r"(?i)\baadh?aar\b|आधार|আধার|ஆதார்"),
        re.compile(r"(?<![\d+])[2-9]\d{3}[ \t-]?\d{4}[ \t-]?\d{4}(?![\d-])"),
        lambda v: aadhaar.is_valid(re.sub(r"\D", "", v)),
    ),
    (re.compile(r"\bPAN\b"), re.compile(r"(?<![A-Z0-9])[A-Z]{3}P[A-Z]\d{4}[A-Z](?![A-Z0-9])"), None),
    (re.compile(r"\bPPSN?\b"), re.compile(r"(?<![\w])\d{7}[A-W][AHW]?(?!\w)"), pps.is_valid),
    (
        # (a person's ID, not an order's: "my ID", "ID number", "identity document", "SA ID")
        re.compile(
            r"(?i:\b(?:my|your|his|her|their|certified copy of)[ \t]+(?:your[ \t]+)?ID\b"
            r"|\b(?:SA|RSA)[ \t]+ID\b|\bID[ \t]+(?:number|no\b|document|book)"
            r"|\bidentity[ \t]+(?:number|document)|south african)"
        ),
        re.compile(r"(?<![\d+])\d{6}[ \t]?\d{4}[ \t]?[01]\d{2}(?!\d)"),
        lambda v: south_african_id.is_valid(re.sub(r"\s", "", v)),
    ),
    (
        re.compile(r"身分證|身份證|國民身分"),
        re.compile(r"(?<![A-Za-z0-9])[A-Z][12]\d{8}(?!\d)"),
        # (defined below, so called late)
        lambda v: _taiwan_id(v),
    ),
    # a Russian passport's series and number, two pairs and six digits ("45 18 663127"), where
    # the text speaks of a passport ("скинь паспортные данные")
    (re.compile(r"(?i)паспорт"), re.compile(r"(?<![\d+\-])\d{2} ?\d{2} \d{6}(?![\d\-])"), None),
    # a Turkish identity number, eleven digits with two check digits, where the text names it
    # ("TC no", "kimlik") a turn or two away
    (
        re.compile(r"(?i)\bT\.?C\.?[ \t]*(?:no|numaras|kimlik)|kimlik"),
        re.compile(r"(?<![\d+])[1-9]\d{10}(?!\d)"),
        tckimlik.is_valid,
    ),
    # an Iranian national code ("کد ملی", "code_melli"), ten digits with a check digit
    (
        re.compile(r"(?i)کد[ \u200c]?ملی|(?:code|kod|shomare)[ _\-]?mel+i"),
        re.compile(r"(?<![\d+])\d{10}(?!\d)"),
        lambda v: _iranian_code(v),
    ),
    # an Italian electronic identity card's number: "CA", five digits, two letters
    (
        re.compile(r"(?i)carta d['\u2019]identit"),
        re.compile(r"(?<![A-Z0-9])C[A-Z]\d{5}[A-Z]{2}(?![A-Z0-9])"),
        None,
    ),
    # Germany's tax ID, eleven digits perhaps in groups ("Steuer-ID ... 57 209 318 562"),
    # Slovenia's EMŠO (thirteen), Austria's insurance number (four, then the birth date),
    # Chile's RUT and Indonesia's NIK, each where the text names it and its check holds
    (
        re.compile(r"(?i)steuer-?id|steuer-?identifikationsnummer|steuerliche identifikationsnummer"),
        re.compile(r"(?<![\d+])\d{2}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}(?![\d])"),
        lambda v: german_tax_id.is_valid(re.sub(r"\s", "", v)),
    ),
    (re.compile(r"(?i)\bEM[ŠS]O\b"), re.compile(r"(?<![\d+])\d{13}(?!\d)"), emso.is_valid),
    (
        re.compile(r"(?i)sozialversicherungsnummer|\bSV-?(?:Nr|Nummer)\b|\bSVNR\b|e-card"),
        re.compile(r"(?<![\d+])\d{4}[ \t]?\d{6}(?!\d)"),
        lambda v: vnr.is_valid(re.sub(r"\s", "", v)),
    ),
    (
        re.compile(r"\bRU[TN]\b|(?i:\bchile)"),
        re.compile(r"(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w])"),
        rut.is_valid,
    ),
    (re.compile(r"\b(?:NIK|KTP)\b"), re.compile(r"(?<![\d+])\d{16}(?!\d)"), nik.is_valid),
)


def _iranian_code(value: str) -> bool:
    """Iran's national code check: the first nine digits weighted 10 down to 2, modulo 11; the
    tenth digit is the remainder below 2, else eleven less it. Not one digit ten times."""
    digits = [int(c) for c in value]
    remainder = sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = remainder if remainder < 2 else 11 - remainder
    return len(set(value)) > 1 and digits[9] == check


def _named_schemes(text: str) -> Iterator[Finding]:
    """Numbers in the shape of a scheme the text names anywhere (`_NAMED_SCHEMES`)."""
    for named, shape, valid in _NAMED_SCHEMES:
        if named.search(text):
            for m in shape.finditer(text):
                if valid is None or valid(m.group()):
                    yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())


#: The second line of a passport's machine-readable zone (ICAO 9303, TD3): the document's
#: number and its check digit, the nationality, the birth date (YYMMDD) and its check digit,
#: the sex, the expiry, then the optional field where a state writes its holder's personal
#: number ("NXR4K71P26NLD9102273F2906117619844887<<<<<36": a Dutch BSN, 619844887).
#: "HJ482193<5CAN8704153F3109225<<<<<<<<<<<<<<02"
_MRZ_LINE = re.compile(
    r"(?<![A-Z0-9<])(?P<number>[A-Z0-9<]{9})(?P<number_check>\d)[A-Z<]{3}"
    r"(?P<birth>\d{6})(?P<birth_check>\d)[MFX<]\d{6}\d"
    r"(?:(?P<personal>[A-Z0-9<]{14})(?P<personal_check>\d)(?=\d))?"
)
_MRZ_WEIGHTS = (7, 3, 1)


def _mrz_check(field: str, digit: str) -> bool:
    """ICAO 9303's check digit: characters valued 0-9, A=10..Z=35, "<"=0, weighted 7, 3, 1."""
    total = 0
    for i, char in enumerate(field):
        value = int(char) if char.isdigit() else 0 if char == "<" else ord(char) - ord("A") + 10
        total += value * _MRZ_WEIGHTS[i % 3]
    return total % 10 == int(digit)


#: The first line of a passport's zone, right above the second: "P<GBROKONJO<<DAVID<<<...".
_MRZ_FIRST_ABOVE = re.compile(r"(?m)^[ \t]*P[A-Z<][A-Z<]{3}[A-Z<]{20,}[ \t]*\n[ \t]*$")
#: An identity card's zone (ICAO 9303, TD1): its first line, the type ("ID", "I<", "AC"), the
#: state, the card's number and its check digit ("IDD<<L01X00T471<<<<<<<<<<<<<<<"); its second,
#: the birth date and its check digit, the sex, the expiry ("9305082M3011294D<<<<<<<<<<<<<8").
_TD1_FIRST = re.compile(
    r"(?m)^[ \t]*[IAC][A-Z<](?P<state>[A-Z<]{3})(?P<number>[A-Z0-9<]{9})(?P<number_check>\d)"
    r"(?=[A-Z0-9<]*<<)[A-Z0-9<]{5,}[ \t]*$"
)
#: (its second line's shape is read by `names` too, for the names on the line below it)
TD1_DATES_LINE = r"[ \t]*(?P<birth>\d{6})(?P<birth_check>\d)[MFX<]\d{6}\d[A-Z<]{3}[A-Z0-9<]*[ \t]*"
_TD1_SECOND = re.compile(rf"(?m)^{TD1_DATES_LINE}$")


def _machine_readable(text: str) -> Iterator[Finding]:
    """A passport's number, its holder's birth date and personal number in a machine-readable
    zone's line, each where its check digit holds or the zone's first line stands above (a
    scan or a copy may get a digit wrong; the two lines together are a passport's, whatever
    its checks); an identity card's number and birth date in its zone's first two lines."""
    yield from _identity_card_zone(text)
    for m in _MRZ_LINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        below_first = _MRZ_FIRST_ABOVE.search(text, max(0, line_start - 60), line_start) is not None
        number_holds = below_first or _mrz_check(m.group("number"), m.group("number_check"))
        birth_holds = below_first or _mrz_check(m.group("birth"), m.group("birth_check"))
        if number_holds:
            number = m.group("number").rstrip("<")
            yield Finding("NATIONAL_ID", m.start("number"), m.start("number") + len(number), number)
        if birth_holds:
            yield Finding("DOB", m.start("birth"), m.end("birth"), m.group("birth"))
        if not (number_holds and birth_holds):
            continue  # the personal field only of a line whose other checks hold
        personal = (m.group("personal") or "").rstrip("<")
        if re.fullmatch(r"[A-Z0-9]*\d[A-Z0-9]*", personal) and _mrz_check(
            m.group("personal"), m.group("personal_check")
        ):
            yield Finding("NATIONAL_ID", m.start("personal"), m.start("personal") + len(personal), personal)


def _identity_card_zone(text: str) -> Iterator[Finding]:
    """An identity card's number in its zone's first line, where its check digit holds or the
    line is the zone's whole shape; and the birth date of the line below it."""
    for m in _TD1_FIRST.finditer(text):
        number = m.group("number").rstrip("<")
        if len(number) >= 6 and any(c.isdigit() for c in number):
            # (the check digit counts the number's filler too, as the zone prints it)
            start = m.start("number")
            yield Finding("NATIONAL_ID", start, start + len(number), number)
            yield Finding("NATIONAL_ID", start, m.end("number_check"), text[start : m.end("number_check")])
        second = _TD1_SECOND.match(text, m.end() + 1) if text.startswith("\n", m.end()) else None
        if second:
            yield Finding("DOB", second.start("birth"), second.end("birth"), second.group("birth"))


#: A social security number's last four digits, as a form asks for them ("SSN (last 4 only):
#: 6621", "last 4 of SSN: 0912"): with the name and the birth date beside them, they are what a
#: caller gives to pass as the holder.
_SSN_WORD = r"(?:SSN|SIN|social[ \t]+security(?:[ \t]+(?:number|no\.?|#))?)"
_LAST_FOUR = re.compile(
    rf"(?i)\b(?:{_SSN_WORD}[ \t]*(?:\((?:last|final)[ \t]+(?:4|four)[^()\n]{{0,12}}\)"
    r"|(?:last|final)[ \t]+(?:4|four)"
    rf"(?:[ \t]+digits)?)|(?:last|final)[ \t]+(?:4|four)(?:[ \t]+digits)?[ \t]+of[ \t]+"
    rf"(?:(?:my|your|his|her|their|the)[ \t]+)?{_SSN_WORD})[ \t]*(?:[:=#]|\bis\b|\bwas\b)?[ \t]*"
    r"(?P<value>\d{4})(?![\d\-])"
)
#: India's PAN after its label, in its shape (five letters, four digits, a letter), whose
#: holder a bracket may name ("PAN (guardian):"): "pan=" in a payment log is a card's primary
#: account number, which the card rules judge.
_INDIAN_PAN = re.compile(
    r"(?i:\bPAN\b)(?:[ \t]*(?i:number|no\.?|card))?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[:#=]?[ \t]*"
    r"(?P<value>[A-Z]{5}\d{4}[A-Z])(?!\w)"
)
#: Mexico's RFC of a person after its label: four letters, the birth date (YYMMDD) and three
#: characters ("RFC: GOMA910415654"); "RFC 5737" is a standard's number, and XAXX010101000 and
#: XEXX010101000 the tax office's generic ones for the public and for foreigners.
_MEXICAN_RFC = re.compile(
    r"\bRFC\b[ \t]*[:#]?[ \t]*(?!X[AE]XX010101000)(?P<value>[A-ZÑ&]{4}\d{2}[01]\d[0-3]\d[A-Z0-9]{3})(?!\w)"
)
#: A Hong Kong identity card's number, its check digit in brackets as the card prints it
#: ("K841211(1)", "XA123456(9)"); python-stdnum has no module for it.
_HKID = re.compile(r"(?<![\w(])[A-Z]{1,2}\d{6}[ \t]?\([0-9A]\)")


def _hkid_check(value: str) -> bool:
    """The HKID's check: a space before a single letter valued 36, letters A=10..Z=35, weighted
    9 down to 2, and the check digit (A for 10) making the sum a multiple of 11."""
    chars = re.sub(r"[ \t()]", "", value)
    prefix, digits, check = chars[:-7].rjust(2), chars[-7:-1], chars[-1]
    values = [36 if c == " " else ord(c) - ord("A") + 10 for c in prefix] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    return (total + (10 if check == "A" else int(check))) % 11 == 0


#: An Emirates ID: 784 (the country), the birth year, seven digits and a Luhn check digit.
_EMIRATES_ID = re.compile(r"(?<![\d-])784-(?:19|20)\d{2}-\d{7}-\d(?![\d-])")


#: The personal identifiers python-stdnum validates (people's, not companies' or products'; an
#: Indonesian NPWP is both, and every employee's on a payslip),
#: chosen by hand from its 243 number modules: every one is a label source, and those written
#: in a long or structured shape can stand without a label when their check digits hold.
STDNUM_PERSONAL = tuple(
    """
    ar.dni at.vnr be.nn be.ssn bg.egn br.cpf ca.sin ch.ssn cl.rut cn.ric cr.cpf cz.rc de.idnr
    dk.cpr do.cedula ec.ci ee.ik es.dni es.nie fi.hetu fr.nir gb.nhs gr.amka hr.oib id.nik id.npwp ie.pps
    il.idnr in_.aadhaar kr.rrn lt.asmens mu.nid mx.curp my.nric nl.bsn no.fodselsnummer pe.cui
    pk.cnic pl.pesel pt.cc ro.cnp ru.inn se.personnummer si.emso sk.rc tr.tckimlik us.ssn us.itin
    za.idnr th.pin jp.in_ ua.rntrc is_.kennitala
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
#: Names too short or too common to stand as a label: "PIN" is a password's, "CC" a mail's copy.
#: "Inn" and "sin" are words of English and Spanish; the rest describe rather than name.
_NOT_ID_LABELS = frozenset(
    {"pin", "cc", "ci", "ni", "nn", "rc", "ik", "inn", "sin", "id number", "identity number"}
    | {"lithuanian", "personal numbers"}
)


@lru_cache(maxsize=1)
def stdnum_labels() -> frozenset[str]:
    """What each identifier is called, from its stdnum module's first docstring line
    ("NN, NISS, RRN (Belgian national number)." -> nn, niss, rrn, "EGN (ЕГН, ...)" -> egn, егн),
    and its module's name ("bsn", "pesel", "hetu"), in lower case."""
    labels: set[str] = set()
    for name in STDNUM_PERSONAL:
        module = importlib.import_module(f"stdnum.{name}")
        first = (module.__doc__ or "").strip().splitlines()[0].rstrip(".")
        head, _, rest = first.partition(" (")
        for item in [*head.split(", "), *rest.rstrip(")").split(", ")]:
            item = item.strip(' "').lower()
            if 3 <= len(item) <= 24 and not item.startswith("the ") and item not in _NOT_ID_LABELS:
                labels.add(item)
        labels.add(name.rsplit(".", 1)[1].rstrip("_"))
    return frozenset(label for label in labels if len(label) >= 3 and label not in _NOT_ID_LABELS)


#: Shapes of personal numbers that stand out in text, with the validators that judge them:
#: a Finnish HETU (its century sign), a Czech or Slovak birth number (date, slash), a Danish
#: CPR or Swedish personnummer (date, dash; the Swedish one also with its century), a Belgian
#: national number with its dots, a Swiss AHV number, a Malaysian NRIC. Random
#: numbers of these shapes pass about 3.5% of the time (measured on 20,000), and clean corpus
#: lines hold almost none of these shapes.
_STRUCTURED = (
    (re.compile(r"(?<![\w.\-/])\d{6}[-+A]\d{3}[0-9A-Y](?![\w\-/])"), ("fi.hetu",)),
    (re.compile(r"(?<![\w.\-/])\d{6}/\d{3,4}(?![\w\-/])"), ("cz.rc", "sk.rc")),
    (re.compile(r"(?<![\w.\-/])\d{6}-\d{4}(?![\w\-/])"), ("dk.cpr", "se.personnummer")),
    # a Swiss AHV/AVS number (756, the country, in 4.4.2 groups) and a Malaysian NRIC (birth
    # date, state, serial): random numbers of these shapes pass 10% and 3% of the time, but
    # the shapes themselves are rare outside the IDs
    (re.compile(r"(?<![\w.\-/])756\.\d{4}\.\d{4}\.\d{2}(?![\w\-/]|\.\d)"), ("ch.ssn",)),
    (re.compile(r"(?<![\w.\-/])\d{6}-\d{2}-\d{4}(?![\w\-/])"), ("my.nric",)),
    # a Swedish personnummer with its century (8 digits of birth date, dash, 4) and a Belgian
    # national number in its dotted shape (yy.mm.dd-nnn.cc): both carry a date and a check
    (re.compile(r"(?<![\w.\-/])(?:19|20)\d{6}-\d{4}(?![\w\-/])"), ("se.personnummer",)),
    (re.compile(r"(?<![\w.\-/])\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}(?![\w\-/]|\.\d)"), ("be.nn",)),
)
#: A bare run of 11 to 16 digits is checked against these only on a line about a person: one
#: random such number in 10 to 25 passes one of them, too many for order or tracking numbers.
BARE_RUN = re.compile(r"(?<![\w.+\-/])\d{11,16}(?![\w\-/])")
_BARE_RUN_MODULES = (
    "be.nn",
    "ee.ik",
    "lt.asmens",
    "no.fodselsnummer",
    "pl.pesel",
    "ro.cnp",
    "si.emso",
    "gr.amka",
    "za.idnr",
    "tr.tckimlik",
    "id.nik",
)


def _valid(names: tuple[str, ...], value: str) -> bool:
    return any(importlib.import_module(f"stdnum.{name}").is_valid(value) for name in names)


def find_structured(text: str) -> Iterator[Finding]:
    """Unlabelled personal numbers in a distinctive shape whose check digits hold."""
    for pattern, names in _STRUCTURED:
        for m in pattern.finditer(text):
            if _valid(names, m.group()):
                yield Finding("NATIONAL_ID", m.start(), m.end(), m.group())


#: Personal numbers with a check python-stdnum validates beyond STDNUM_PERSONAL's: Kenya's PIN.
_CHECKED_ELSEWHERE = ("ke.pin",)


#: A Spanish company's tax number (CIF): a letter for its legal form, seven digits and a check
#: ("B-84512369"); a person's NIF is a DNI's eight digits and letter, or a NIE's X, Y or Z.
_SPANISH_COMPANY = re.compile(r"[ABCDEFGHJNPQRSUVW][\s.-]?\d{7}[0-9A-J]")
_SPANISH_TAX_LABEL = re.compile(r"(?i)\b(?:NIF|CIF|N\.I\.F\.|C\.I\.F\.)[ \t:.#]*$")


#: A Brazilian company's register number (CNPJ), written in its own shape: "12.345.678/0001-95".
_CNPJ = re.compile(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}")


def company_number(text: str, start: int, end: int) -> bool:
    """Whether the ID at text[start:end] is a company's by its label and shape: a receipt's
    "NIF B-84512369" is the shop's (a passport's "A09482716" has the shape, not the label), and
    a CNPJ is always a company's."""
    value = text[start:end].strip()
    company_tax = _COMPANY_TAX_LABEL.search(text, max(0, start - 24), start)
    return (
        _CNPJ.fullmatch(value) is not None
        or (
            _SPANISH_TAX_LABEL.search(text, max(0, start - 12), start) is not None
            and _SPANISH_COMPANY.fullmatch(value.upper()) is not None
        )
        # a firm's VAT number by its country's prefix ("USt-IdNr. DE123456789"), Romania's CUI
        # whatever its shape (a person's number there is the CNP)
        or (
            company_tax is not None
            and (company_tax.group("cui") is not None or _VAT_NUMBER.fullmatch(value.upper()) is not None)
        )
        or _firms_tax_number(text, start)
    )


def _firms_tax_number(text: str, start: int) -> bool:
    """Whether a tax number's label before `start` follows a firm named by its legal form on the
    line: an invoice's "Przeprowadzki Sprawnie sp. z o.o., ul. ..., NIP 5260250995", "PT Pindah
    Cepat Nusantara · NPWP 01.234.567.8-012.000", "Santorini Weddings ΙΚΕ, Φηρά, ΑΦΜ 801447215".
    A person's tax number has the same shape and label, but no legal form before it."""
    label = _TAX_LABEL.search(text, max(0, start - 16), start)
    if label is None:
        return False
    line_start = text.rfind("\n", 0, label.start()) + 1
    return _LEGAL_FORM.search(text, line_start, label.start()) is not None


#: A tax number's label, right before it: Poland's NIP, Indonesia's NPWP, Greece's ΑΦΜ, Turkey's
#: VKN, Russia's ИНН, and the TIN, NIF or tax ID of others.
_TAX_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:nip|npwp|αφμ|α\.φ\.μ\.|vkn|инн|tin|nif|tax id|tax no\.?|st\.?-?nr\.?|steuernummer|"
    r"dič|ičo|ein|abn|ruc|rut|rfc|cuit|nit)[ \t.:#№]*$"
)
#: A firm's legal form, as written: "sp. z o.o.", "PT", "Α.Ε.", "ΙΚΕ", "GmbH", "Ltd", "OÜ".
_LEGAL_FORM = re.compile(
    r"(?<![\w.])(?:[Ss]p\. z o\.o\.|S\.A\.|SA|Ltd|Limited|GmbH|AG|PT(?= [A-Z])|Tbk|"
    r"Α\.Ε\.|ΑΕ|ΙΚΕ|Ι\.Κ\.Ε\.|ΕΠΕ|Ο\.Ε\.|ООО|ТОВ|LLC|Inc|s\.r\.o\.|a\.s\.|Kft|Zrt|Srl|S\.r\.l\.|S\.R\.L\.|SpA|S\.p\.A\.|B\.V\.|BV|"
    r"N\.V\.|OÜ|AS|AB|Oy|ApS|A/S|Ltda|Lda|S\.L\.|SAS|SARL|A\.Ş\.|Şti)(?![\w\-/])"
)


#: A company's tax or VAT number's label right before it.
_COMPANY_TAX_LABEL = re.compile(
    r"(?i)(?:\b(?P<cui>cui|c\.u\.i\.)|\bvat(?:[ \t]+(?:reg(?:istration)?\.?[ \t]+)?(?:no|number|id)\.?)?"
    r"|\bust-?id(?:-?nr)?\.?|\btva(?:[ \t]+intracom\w*)?|\bp\.?[ \t]?iva|\bbtw(?:-?nummer)?)"
    r"[ \t]*[:.#]?[ \t]*$"
)
#: A VAT number: its country's two letters, then eight to twelve digits or letters.
_VAT_NUMBER = re.compile(r"[A-Z]{2}[ \t]?[0-9][0-9A-Z]{7,11}")


def personal_number(value: str) -> bool:
    """Whether a value is a personal number of some country by its check digits (or letters)."""
    return _valid(STDNUM_PERSONAL + _CHECKED_ELSEWHERE, value) or _taiwan_id(value) or _snils(value)


#: Taiwan's national ID: a letter for the place of first registration, 1 or 2 for the sex (8 or
#: 9 on a resident's new certificate), seven digits and a check digit.
_TAIWAN_ID = re.compile(r"[A-Z][1289]\d{8}")
#: The letter's two-digit value in the check (not in order: I, O, W-Z were added later).
_TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def _taiwan_id(value: str) -> bool:
    """The check: the letter's tens and units weighted 1 and 9, the digits 8 down to 1, the
    check digit 1; the sum is a multiple of ten."""
    if not _TAIWAN_ID.fullmatch(value):
        return False
    letter = 10 + _TAIWAN_LETTERS.index(value[0])
    weights = (8, 7, 6, 5, 4, 3, 2, 1, 1)
    total = (
        letter // 10 + (letter % 10) * 9 + sum(int(d) * w for d, w in zip(value[1:], weights, strict=True))
    )
    return total % 10 == 0


#: Russia's individual insurance account number (СНИЛС) as it is written: "139-472-518 87".
_SNILS = re.compile(r"\d{3}-\d{3}-\d{3}[ -]\d{2}")


def _snils(value: str) -> bool:
    """The check (python-stdnum has none): the nine digits weighted 9 down to 1, their sum
    modulo 101, where 100 is written 00."""
    if not _SNILS.fullmatch(value):
        return False
    digits = [int(d) for d in re.sub(r"\D", "", value)]
    total = sum(d * w for d, w in zip(digits[:9], range(9, 0, -1), strict=True)) % 101
    return total % 100 == digits[9] * 10 + digits[10]


def valid_bare_run(value: str) -> bool:
    """Whether a run of digits is a valid personal number of one of the countries above."""
    return _valid(_BARE_RUN_MODULES, value)


#: A number told after another of its kind in the same breath: "his passport number is
#: 536218840, mine is 119472655", "it was J8369854, the new one is W4417726".
_SIBLING_CUE = re.compile(
    r"(?i)\b(?:mine|his|hers|theirs|ours|yours|the[ \t]+(?:new|old|other)[ \t]+one|(?:new|old)[ \t]+one)"
    r"(?:[ \t]+is|['\u2019]s|[ \t]*:)[ \t]+(?P<value>[A-Z0-9](?:[A-Z0-9]|[ .\-](?=[A-Z0-9])){4,20})(?![\w\-])"
)
_SIBLING_REACH = 120


def siblings(text: str, found: list[Finding]) -> Iterator[Finding]:
    """Numbers told right after a found ID with the same shape ("... mine is 119472655" after a
    passport's "536218840"): the cue ("mine is", "the new one is") says it is another of its
    kind, the shape that it is no amount, date or time."""
    for f in found:
        if f.kind != "NATIONAL_ID":
            continue
        shape = value_shape(f.value)
        for m in _SIBLING_CUE.finditer(text, f.end, min(len(text), f.end + _SIBLING_REACH)):
            if value_shape(m.group("value")) == shape:
                yield Finding("NATIONAL_ID", m.start("value"), m.end("value"), m.group("value"))
