"""An organisation's own address, phone number and mailbox, which are nobody's personal data.

A council's, a clinic's or a shop's contact line ("Springfield City Hall, 100 Main St ·
(217) 555-0100", "Bürgeramt Mitte, Karl-Marx-Allee 31, 10178 Berlin") is written the way a
person's is, and the address, phone and mailbox detectors cannot tell them apart. The corpora
written since round 1 by people who never saw the scrubber leave such values unlabelled (35 of
their 36 role mailboxes; round 1's own corpus labelled its 4), and the scrubber changed most
such lines. What tells them apart is the rest of the line:

- a mailbox whose user is a role ("info@", "support@", "empfang@", at its own domain also
  after a part that is no name: "fleet-ops@") is an organisation's anywhere (`role_mailbox`),
  and so is one whose user is a plural no list knows as a name at the organisation's own
  domain ("fixtures@", `team_mailbox`) or the acronym the text gives it ("(JSHAO) ...
  jshao@", `acronym_mailbox`);
- a phone number on the line of a week's opening hours, after a desk's or a team's name or
  its website ("call the team on", "Book at x.co.uk or call"), or a fixed line a service asks
  to be called on ("Questions? Call ...", "Call ... to change") or gives on a short card with
  its hours, is the service's (`services_phone`); an address after a label that gives an
  organisation's place ("Depot:", "Lost property:", "Löytötavarat:") or beside its opening
  hours is the organisation's (`organisations_place`);
- on a line that names an organisation (a word of data/institutions.txt outside the address
  itself: "Library", "Finanzamt", "GmbH"; or one data/named_organisations.txt lists) and no
  person (no name found, no word that makes the data someone's: "home", "my", "deliver to",
  "patient"; a person's label counts as none where it gives a firm by its legal form: "Fra:
  Nordhavn Fragt ApS"), an address, a phone number other than a mobile's and a mailbox whose user is no
  name and whose domain is no free mail service's ("@outlook.com" is someone's own) are the
  organisation's (`organisations_own`);
- on the next lines of a letterhead's, a footer's or a receipt's block under such a line (three
  at most, no blank line between), the same, where no line between hands a value over (a colon
  at its end: "Ship to:"; the reader addressed: "Your order is on its way to") and no person is
  named anywhere in the text ("Kettle & Crumb Ltd" above "Unit 4 Pennine Trade Park, Oldham");
  and on any line of a receipt or of a short card that gives opening hours ("Часы работы:",
  "營業時間", "Aberto todos os dias 8h–23h"), where no person is named in it.

What is traded: a private person's landline on a line that names only an organisation
("Reception, St Mary's Hospital: 020 7946 0321", the caller's own number) is kept. A mobile
number, a name on the line or a personal word keeps everything scrubbed.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (dashes, quotes and letters of the languages it reads)
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

import phonenumbers

from app.privacy import names, organisations, phone_types
from app.privacy.finding import Finding, Spans, first_line, line_bounds, line_end
from app.privacy.vocabulary import vocabulary, words_pattern

__all__ = [
    "acronym_mailbox",
    "landline",
    "organisations_own",
    "organisations_place",
    "role_mailbox",
    "services_phone",
    "team_mailbox",
    "under_a_place_key",
]

#: Users of mailboxes that a role, not a person, reads, in the languages the label table covers.
_ROLE_USERS = frozenset(
    """
    noreply no-reply no_reply donotreply do-not-reply do_not_reply notifications notification
    alerts alert actions bot bots mailer-daemon news newsletter updates benefits
    info information contact contacts hello hi office admin administration enquiries enquiry
    inquiries inquiry support help helpdesk service services customerservice customer.service
    customercare care sales billing accounts accounting invoices invoice finance payroll hr jobs
    careers recruiting recruitment reception frontdesk front.desk bookings booking reservations
    reservation appointments orders order shop store returns feedback press media marketing
    legal privacy dpo gdpr security abuse postmaster webmaster hostmaster noc it team general
    mail post secretary secretariat registrar admissions library clinic pharmacy parish council
    kontakt empfang anfragen buchhaltung rechnung rechnungen verwaltung sekretariat kundenservice
    kundendienst bestellung bestellungen termine praxis
    accueil contactez facturation commandes secretariat rendezvous rdv
    contacto informacion información atencion atencionalcliente soporte ventas facturacion
    reservas citas secretaria administracion
    contatti informazioni assistenza amministrazione segreteria prenotazioni ordini
    contato atendimento suporte vendas faturamento reservas secretaria
    klantenservice contactpersoon receptie administratie afspraken bestellingen
    kundservice kundtjanst bokning kontor post apoio
    training learning research trials lab labs dispatch operations ops safety quality activities
    foi licensing licences licenses permits planning complaints compliance membership members
    volunteers volunteering events tickets ticketing donations fundraising maintenance
    repairs facilities concierge guestservices groups tours visas registrations registration
    asiakaspalvelu toimisto varaukset
    biuro sekretariat obsluga kontakt rezerwacje
    laskut laskutus kirjanpito fakturor fakturering faktura faktury fatture fatturazione facturas
    factures facturen facturatie contabilidad comptabilite boekhouding ksiegowosc
    claims servicedesk itsupport ithelpdesk prescriptions kyc disputes fraud baggage loans
    mortgages exams attendance absence absences bursar trips pta
    travel phishing spam all staff allstaff everyone lostandfound lostfound fundbuero fundbüro
    objetosperdidos objetstrouves gevondenvoorwerpen oggettismarriti achadoseperdidos
    weddings wedding venue venues hire catering photography studio rsvp boxoffice
    dining restaurant reservierung reservierungen buchung buchungen rezervace rezervacie foglalas
    varaus yoyaku uketsuke otoiawase graduation enrolment enrollment enrol headteacher principal
    aftersales workshop bodyshop parts classes funerals arrangements readings utilities
    customs freight shipping warehouse tracking logistics imports exports drivers fleet transport
    depot meter meters outages outage emergency emergencies solar installs installations energy
    networks engineering pals referrals records medicalrecords triage radiology outpatients
    listing listings courts custody legalaid casework witnesscare victims moderation mods trust
    appeals community esports tournaments creators partners partnerships sponsorship
    ofisi ofis kancelaria kancelar iroda ufficio oficina escritorio bureau buero kantoor
    encomendas pedidos rezervacije rezervari wholesale trade duty supportercare svc
    douane douanes dédouanement dedouanement zoll aduana aduanas dogana alfandega cla clo tulli
    events eventos evenementen veranstaltungen evenements événements eventi wydarzenia udalosti
    podujatia akce akcie rendezvenyek tapahtumat juhlat arrangementer evenemang
    bodas matrimoni hochzeit hochzeiten mariage mariages bruiloft bruiloften wesela svatby svadby
    bröllop bryllup häät
    treasurer chair chairman chairperson president fixtures juniors youth welfare safeguarding
    coaching academy lettings rentals tenancy tenancies landlords tenants viewings valuations
    deposits rent lostproperty fares refunds accessibility assistance passengers passengerassist
    talent people onboarding vacancies hiring pensions counciltax revenues housing parking
    estates property properties waste recycling electoral elections bereavement porting
    numberporting upgrades retentions cancellations faults broadband
    mitglieder mitgliedschaft vorstand kassenwart jugend vermietung hausverwaltung personal
    bewerbung bewerbungen karriere adhesion adhesions tresorier tresorerie rh recrutement
    candidatures socios tesoreria tesorero alquileres alquiler rrhh empleo seleccion soci
    tesoriere affitti personale candidature associados tesouraria aluguel arrendamento
    recrutamento leden ledenadministratie penningmeester verhuur werving sollicitaties
    captain secretary frontoffice frontdesk housekeeping crew crewing rostering roster rosters
    coop cooperative coops extension registry registrar alumni graduate postgrad undergrad
    ayuda ajuda hilfe aide aiuto hulp hjelp hjalp apua pomoc segitseg yardim
    hej hallo hola ciao bonjour salut moin
    balie loket desk counter schalter guichet ventanilla sportello
    results ergebnisse resultats resultados risultati uitslagen wyniki
    committee bestuur comite comité comitato výbor vybor zarzad zarząd styrelse hallitus
    admissions dispensary branch branches safedeposit cargo lounge checkin groundops
    dutymanager banquets spa underwriting adjusters studentservices
    medlem medlemmar uthyrning rekrytering jasenet jäsenet rekrytointi czlonkowie rekrutacja
    wynajem kadry
    resa grupp gruppbokning grupper enfance petite-enfance jeunesse scolarite periscolaire
    manning chartering agency portagent husbandry marine technical superintendent crewchange vetting
    fieldops programmes programs protection wash nutrition shelter donor relations hq
    hardship arrears debt smartmeter pharmacist apotheke farmacia farmacie rx refills compounding
    otc institutional treasury tokenlisting circulation ill interlibrary reference askalibrarian
    holds catalogue club coach matchday tournament international gradschool postgraduate
    admission kommandant securite pricing comms communications board exhibition exhibitions
    manager management owners vlastnici eigenaren eigentuemer alle dev-team devteam stay
    odbery objednavky gas ir investors investorrelations station
    undergraduate financialaid finaid studentvisa immigration
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

#: Words that make a line's data a person's, whatever organisation it names: a home, a
#: delivery, a patient, "my" ("Home address: 2 Church Lane", "Deliver to: Flat 3, ...").
#: A person's direct line as a label names it, its colon after: "Direct:", "Direct line:",
#: "Contacto direto:", "Contatto diretto:", "Durchwahl:".
_DIRECT_LINE = (
    r"(?:\bdirect(?:[ \t]+(?:line|dial|no\.?|number))?|\bcontact[oe]?[ \t]+dire(?:c?to|tt[oa])|\bdurchwahl"
    r"|\bdirektwahl)(?=[ \t]*:)"
)
_PERSONAL = re.compile(
    r"(?i)\b(?:home|private|personal|residential|residence|resident|residing|resides|lives|living|"
    # a utility's word for the customer's home: "Service address:", "Supply address:"
    r"service address|supply address|installation address|property address|"
    # a flat is someone's home ("Deposit return – Flat 3, 41 Caedmon Road"); a firm's is a unit
    r"flat(?=[ \t]+\d)|apartment|apt(?=\.?[ \t]*\d)|wohnung|appartement|apartamento|appartamento|"
    r"my|mine|deliver|delivery|ship|shipping|bill|billing|mailing|forwarding|c/o|attn|(?<!non-)emergency|"
    r"next of kin|guardian|parent|tenant|patient|applicant|candidate|employee|recipient|sender|"
    # (a driver's licence, not a venue's "noise licence")
    r"social security|ssn|passport|(?:driving|driver'?s?) licen[cs]e|licen[cs]e (?:no|number)|"
    r"national insurance|tax id|date of birth|dob|born|"
    r"mein|meine|meiner|privat|wohnort|wohnhaft|wohnadresse|zuhause|liefer\w*|rechnungsadresse|"
    # French "mon" and "ma", not Monday in opening hours ("Mon–Fri 08:00–18:30", Dutch "ma-za")
    # (nor "by Mon", a weekday in a note)
    r"(?<!by )(?<!on )(?<!until )mon(?![ \t]*[–—/-][ \t]*\w)|ma(?![ \t]*[–—/-][ \t]*\w)|mes|domicile|"
    r"personnel|livraison|"
    r"facturation|locataire|"
    r"mi|mis|particular|envío|entrega|inquilino|paciente|"
    r"mio|mia|miei|residenza|privato|consegna|spedizione|paziente|"
    r"meu|minha|residência|pessoal|cobrança|"
    # a direct line is a person's at a firm, as a label gives it ("Direct: +65 ...", "Contacto
    # direto:", "Durchwahl:"; not a firm's name: "Filament Direct BV")
    rf"{_DIRECT_LINE}|"
    r"mijn|woonadres|privé|bezorg\w*|aflever\w*|huurder|"
    # (Danish and Swedish "my", not minutes: "15 min early")
    r"(?<!\d)(?<!\d )min|mitt|mina|hjem|hemma|bostad|privat\w*|"
    # and where a parcel or a bag goes in Nordic languages, Polish and Czech ("toimitetaan ...
    # osoitteeseen Fleminginkatu 22 B 14": "delivered to the address")
    r"osoitteeseen|toimitetaan|toimitus\w*|kotiosoite|leverans\w*|levering\w*|leveres|levereras|"
    r"dostawa|dostawy|dostawę|doručen\w*|doručovací)\b"
)
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+\.?)")


@cache
def _institutions() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The table's words (any case), endings and exact forms as three patterns."""
    words: set[str] = set()
    endings: set[str] = set()
    exact: set[str] = set()
    for row_words, row_endings, row_exact in names.language_table("institutions.txt", 3):
        words |= {w.lower() for w in row_words}
        endings |= {w.lower() for w in row_endings}
        exact |= set(row_exact)
    return (
        # words_pattern keeps a spaced script's word whole; an unspaced one may touch a name
        re.compile(rf"(?<![.@/_-])(?i:{words_pattern(words)})(?![@/_-])"),
        # an ending is glued to the word before it, so no boundary of words_pattern's
        re.compile(rf"(?<![\w.@/-])\w{{3,}}(?i:{_glued(endings)})(?![\w@/-])"),
        # a company form or an agency's initials only as written ("AG", not "ag")
        re.compile(rf"(?<![\w.@/-])(?:{_glued(exact)})(?![\w@/-])"),
    )


def _company_labelled(line: str) -> bool:
    """Whether a person's label on the line ("From:", "Fra:", "Kunde:") gives a company by its
    legal form before the address's number ("Fra: Nordhavn Fragt ApS, Containervej 12", "Bill
    to: Accounts Payable, Zenith Logistics Ltd, 14 ..."): the line is the firm's."""
    label = _person_labels().search(line)
    if label is None:
        return False
    named = re.split(r"[;\u00b7|\d]", line[label.end() :], maxsplit=1)[0]
    return _institutions()[2].search(named) is not None


def _glued(words: set[str]) -> str:
    """The words as alternatives, longest first, without words_pattern's case folding and
    boundaries."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


#: What may stand between an institution's word and the person it is named after: other words
#: of its name, a number, and the words that say "named after" ("SP nr 12 im.", "Centro de
#: Salud", "RSUP Dr.", "Parrocchia San", "مستشفى الملك").
_NAMED_AFTER_BETWEEN = re.compile(
    r"(?:[ \t]+(?:de|del|de la|di|da|do|dos|das|der|van|von|y|e|im\.|imienia|им\.|San|Santa|Santo|São|"
    r"St\.?|Saint|Sainte|Sv\.?|King|Queen|Prince|Princess|Dr\.?|Prof\.?|Sir|Na|nr\.?|no\.?|n[º°]\.?|"
    # "of" in Swahili and Hausa ("Uwanja wa Ndege wa ...", "Filin jirgin sama na ..."), "named
    # after" in Ukrainian and Russian ("університет імені ...")
    r"cha|wa|ya|la|na|імені|имени|"
    r"\d+|الملك|الأمير|[A-ZÀ-ÖØ-Þ][\w'\-]*))*[ \t]+$"
)
_NAMED_AFTER_WINDOW = 60


def named_after_by_an_institution(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is part of an institution's name: right after its
    word ("Centro de Salud Ramón y Cajal", "RSUP Dr. Hasan Sadikin", "SP nr 12 im. Marii
    Konopnickiej", "مستشفى الملك فيصل", "Parrocchia San Lorenzo"), in quotes after it
    ('Scuola Primaria "Gianni Rodari"'), starting or ending with it ("Nemocnice Na Bulovce",
    "Çağrı Merkezi") or right before it ("Gianni Rodari School", "松本クリニック")."""
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - _NAMED_AFTER_WINDOW)
    window_end = min(line_end(text, start), end + _NAMED_AFTER_WINDOW)
    quoted = start > line_start and text[start - 1] in _OPENING_QUOTES
    # (an institution's word in small letters is no name's part after a possessive: "Dr.
    # Gupta's office" is where Dr. Gupta works)
    possessive = text.endswith(_POSSESSIVE_ENDINGS, 0, end)
    words, endings, exact = _institutions()
    for pattern in (words, endings, exact):
        for m in pattern.finditer(text, window_start, window_end):
            word = m.group()
            # in small letters only right after the name, as languages that write their
            # institutions' words small do ("Kelan asiakaspalvelu", Kela's customer service)
            small = word[0].islower()
            # or right before the name, after the institution's name's capitalised first word, as
            # Slavic languages write it ("Okresný úrad Bratislava", "Krajský soud Brno")
            small_after = m.start() >= end and _SPACE_ONLY.fullmatch(text, end, m.start())
            small_before = (
                m.end() <= start
                and _SPACE_ONLY.fullmatch(text, m.end(), start)
                and (first := _WORD_BEFORE.search(text, line_start, m.start())) is not None
                and first.group(1)[0].isupper()
            )
            if small and (possessive or not (small_after or small_before)):
                continue
            # (in quotes right after it: 'Scuola "Gianni Rodari"', not a label's 'Gallery: "Ruth + Isaac"')
            quoted_after = quoted and ":" not in text[m.end() : start]
            before = m.end() < start and (quoted_after or _NAMED_AFTER_BETWEEN.match(text, m.end(), start))
            # "Çağrı Merkezi" (a call centre) is all an institution's words
            starts_it = m.start() == start
            # a surname may end as an institution's word does ("Oudekerk"): only whole words
            whole = pattern is not endings
            # also with a case's suffix after an apostrophe ("Sabiha Gökçen Havalimanı'nda")
            ends_it = whole and start < m.start() and _SUFFIX.fullmatch(text, m.end(), end) is not None
            # (not across a column's gap: "Mr A. Patel   Registrar: Dr ...")
            after = (
                whole
                and m.start() >= end
                and _SPACE.fullmatch(text, end, m.start())
                and not _COLUMN_GAP.search(text, end, m.start())
            )
            if before or starts_it or ends_it or after:
                return True
    return False


_SPACE_ONLY = re.compile(r"[ \t]+")
_WORD_BEFORE = re.compile(r"(?<!\S)([^\W\d_]+)[ \t]+$")
_COLUMN_GAP = re.compile(r" {2,}|\t")
#: A case's suffix after an apostrophe ("Havalimanı'nda"), or none.
_SUFFIX = re.compile(r"(?:['\u2019][^\W\d_]{1,6})?")
_POSSESSIVE_ENDINGS = ("'s", "\u2019s")
#: The quotes a name opens with inside an institution's name ('Scuola "Gianni Rodari"',
#: "Spitalul ... „Grigore Alexandrescu”").
_OPENING_QUOTES = frozenset("\"'„“«‘")
#: Between a name and the institution's word after it: nothing, the rest of the name ("John
#: F. Kennedy Intl"), or the firm's other partners ("Smith & Jones Solicitors", "Hartley and
#: Webb Associates").
_SPACE = re.compile(
    r"[ \t]*(?:(?:&|and|und|et|y)[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){1,2}|(?:[A-Z][\w'\u2019.-]*[ \t]+){1,2})?"
)


#: A public body's web address: a government's domain in the ways countries write it.
_PUBLIC_BODY_SITE = re.compile(
    r"(?i)\b[\w.-]+\.(?:gov|gob|gouv|govt|go|gv|admin|bund|overheid)(?:\.[a-z]{2})?\b(?![@.\w])"
)
#: What parts a mailbox's user: "marta.kowalska", "info-berlin", "support_de", "jo+news".
_USER_PARTS = re.compile(r"[.\-_+]")
#: A mailbox's user of one word ("info@", not "accounts.payable@", which a family may use too).
_MAILBOX_USER = re.compile(r"(?<![\w.+-])([^\W\d_]+)@[\w-]+\.")


def role_mailbox(user: str, domain: str = "") -> bool:
    """Whether a mailbox's user part names a role ("info", "support", "kundenservice"), also
    with a team's or place's word after a dot or dash ("support.de", "info-berlin"), or, at an
    organisation's own `domain`, after a part that is no name ("training-alerts@", not
    "anna.support@" nor a free mail service's "m.delacroix.shop@")."""
    folded = user.lower()
    # after "+" a tag the person sorts their own mail by ("olu+billing@")
    parts = _USER_PARTS.split(folded.split("+", 1)[0])
    personal_service = domain.lower().rstrip(".") in _PERSONAL_MAIL_DOMAINS
    return (
        folded in _ROLE_USERS
        # (at a free mail service a role's word may start a person's own: "fraud.victim1987@gmail.com")
        or (parts[0] in _ROLE_USERS and not personal_service)
        or ("." in domain and not personal_service and _GLUED_ROLE.fullmatch(parts[0]) is not None)
        or (
            "." in domain
            and not personal_service
            and any(part in _ROLE_USERS for part in parts[1:])
            and not names.login_holds_a_name(folded)
        )
    )


#: A role's word that languages glue to what the role serves, at a mailbox user's end:
#: "specialekontoret@" (the thesis office), "studienbuero@", "prüfungsamt@", "studentoffice@",
#: and a club's or a society's own: "vibuklubi@" (an archery club), "schuetzenverein@".
_GLUED_ROLE = re.compile(
    r"[^\W\d_]{3,}(?:kontoret|kontor|kontoor|buero|büro|amt|stelle|sekretariat\w{0,2}|kansliet|"
    r"expeditionen|tjenesten|office|desk|service|support|klubi|klubb|klub|club|verein|forening|"
    r"förening|seura|egyesulet)"
)


#: A mailbox's user that names a group in the plural: one word of letters ending in "s"
#: ("fixtures", "referees", "parents", "trips").
_PLURAL_USER = re.compile(r"[^\W\d_]{4,}s")


def team_mailbox(address: str) -> bool:
    """Whether a mailbox is a team's at its organisation's own domain: its user a plural in
    which no list knows a name ("fixtures@", "referees@", "parents@"). A free mail service's
    mailbox is someone's own whatever its user ("dragonlovers@gmail.com"), and so is one the
    lists find a name in ("jones@", "thomas@", "kvoss@"), and a login at a host ("kvoss@laptop")."""
    user, _, domain = address.partition("@")
    return (
        "." in domain.rstrip(".")
        and domain.lower().rstrip(".") not in _PERSONAL_MAIL_DOMAINS
        and _PLURAL_USER.fullmatch(user) is not None
        and not names.login_holds_a_name(user.lower())
        and not names.initial_and_surname(user.lower())
    )


#: An organisation's short name as a text writes it: an acronym in brackets or after "the"
#: ("(JSHAO)", "the DGSA"; a surname in capitals stands alone) or a compound with one ("Cryo-EM").
_ACRONYM = re.compile(
    r"(?:\(|\b[Tt]he[ \t]+)(?P<acronym>[A-Z]{3,})(?![\w@-])"
    r"|(?<![\w@.])(?P<compound>[A-Z][a-z]*(?:-[A-Z]{2,})+)(?![\w@-])"
)


def acronym_mailbox(text: str, address: str) -> bool:
    """Whether a mailbox's user is a short name the text gives an organisation or a facility
    ("the Joint Service Housing Advice Office (JSHAO) ... jshao@mod.gov.uk", "Facilities –
    Cryo-EM ... cryoem@"), not a name the lists know nor at a free mail service."""
    user, _, domain = address.partition("@")
    letters = re.sub(r"[^a-z]", "", user.lower())
    if len(letters) < 3 or domain.lower().rstrip(".") in _PERSONAL_MAIL_DOMAINS:
        return False
    return letters in _short_names(text)


@lru_cache(maxsize=64)
def _short_names(text: str) -> frozenset[str]:
    """The text's acronyms and compounds with one, as a mailbox's user would spell them: read
    once a text, not once per address (a screen of a thousand addresses read it a thousand
    times)."""
    return frozenset(
        re.sub(r"[^a-z]", "", short.lower())
        for m in _ACRONYM.finditer(text)
        if (short := m.group("acronym") or m.group("compound")) and not names.known_name(short.lower())
    )


#: A team's name alone on its line, as it signs a message: "Harbourview Events Team", "The
#: Bookings Team".
_TEAM_SIGNATURE = re.compile(r"[ \t]*(?:The[ \t]+)?(?:[A-Z][\w&'\-]*[ \t]+){0,4}Team[ \t]*")


def _names_an_organisation(line: str, addresses: list[tuple[int, int]]) -> bool:
    """Whether the line names an organisation outside its addresses, written as a name is
    (not in small letters: "the court ruled" names none), not as a street's word ("Church
    Street", "Station Road")."""
    for pattern in _institutions():
        for m in pattern.finditer(line):
            inside = any(start <= m.start() < end for start, end in addresses)
            after = _WORD_AFTER.match(line, m.end())
            street = after is not None and after.group("word").lower().rstrip(".") in _street_words()
            # an Irish county's "Co." or "County" is no company's or council's: "Ballincollig, Co.
            # Cork P31 X2E8", "Tralee, County Kerry" (a college before the county's name is its
            # own: "St Angela's College Cork")
            county = m.group().lower() in ("co.", "county") and _IRISH_COUNTY.match(line, m.end()) is not None
            # a small-letter word counts where a name is written with it: after it, as
            # languages that put "of" into the word do ("bankin Jaiz", Jaiz's bank), or before
            small = m.group()[0].islower() and not (
                _after_a_proper_name(line, m.start()) or _NAME_AFTER.match(line, m.end())
            )
            if not (inside or small or street or county):
                return True
    # or a public body's web address ("sede.agenciatributaria.gob.es", "www.gov.uk"), or a
    # role's mailbox ("info@caremark.co.uk": the line is the firm's contact line), or a team
    # signing on a line of its own ("Harbourview Events Team")
    if (
        _PUBLIC_BODY_SITE.search(line)
        or any(role_mailbox(m.group(1)) for m in _MAILBOX_USER.finditer(line))
        or _TEAM_SIGNATURE.fullmatch(line)
    ):
        return True
    # or an organisation the list names ("Lufthansa", "Marks & Spencer")
    return any(
        not any(start <= s < end for start, end in addresses)
        for s, _ in organisations.listed_organisations(line)
    )


#: The county after an Irish address's "Co.".
_IRISH_COUNTY = re.compile(
    r"[ \t]+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|"
    r"Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|"
    r"Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b"
)
#: A capitalised word right after an institution's word in small letters: the name it goes by.
_NAME_AFTER = re.compile(r"[ \t]+(?!(?i:the|a|an)\b)[A-ZÀ-ÖØ-ÞĀ-Ž\u0400-\u042f\u0391-\u03a9][\w'’-]+")
#: The capitalised word before an institution's word in small letters, as languages write a
#: named one ("Helsinki-Vantaan lentoasema", "VR asiakaspalvelu", "Детская поликлиника").
_CAPITALISED_BEFORE = re.compile(r"(?:^|(?<=[ \t(\[]))(?P<word>[^\W\d_][\w'’.-]*)[ \t]+$")
#: Where a sentence opens: the line's start, or a full stop, a question or an exclamation.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][ \t]+)$")
#: Capitalised words that open a sentence about an institution rather than name one ("The
#: court ruled", "Your bank").
_DETERMINERS = frozenset(
    """
    the a an this that these those your our their his her its my every any no each
    der die das ein eine le la les un une el los las il lo gli uno una het een de
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


def _after_a_proper_name(line: str, at: int) -> bool:
    """Whether the word before `at` is capitalised and no determiner: the small-letter
    institution's word after it is part of a name."""
    before = _CAPITALISED_BEFORE.search(line, 0, at)
    if before is None:
        return False
    word = before.group("word")
    # a possessive is a person's ("Tolu's school fees"); an everyday word is capitalised only
    # for opening its sentence ("Next service due 11/2027")
    possessive = word.endswith(_POSSESSIVE_ENDINGS)
    opens = _SENTENCE_OPENS.search(line, 0, before.start()) is not None and word.lower() in names.COMMON_WORDS
    return word[0].isupper() and word.lower() not in _DETERMINERS and not possessive and not opens


@cache
def _street_words() -> frozenset[str]:
    return frozenset().union(*vocabulary().streets.values())


@cache
def _person_labels() -> re.Pattern[str]:
    """A label of a person's name, birth date, ID or mobile right before its colon ("Patient:",
    "Name:", "رقم الهاتف المتحرك:"): no organisation's switchboard is a mobile."""
    labels = (
        vocabulary().label_words("NAME")
        | vocabulary().label_words("DOB")
        | vocabulary().label_words("NATIONAL_ID")
        | frozenset(vocabulary().labels["mobile"])
    )
    return re.compile(rf"(?i)(?<!\w)(?:{words_pattern(w for w in labels if len(w) > 2)})[ \t]*[:\uff1a]")


def _mobile(number: str) -> bool:
    """Whether a phone number is a mobile's in the first region that reads it as valid."""
    return phone_types.number_type(number, _REGIONS) == phonenumbers.PhoneNumberType.MOBILE


def _mobile_where_written(number: str, line: str) -> bool:
    """Whether a phone number is a mobile's in a region whose script or letters its line is
    written in, or in the first of `_REGIONS` that reads it: a notice's number after "Bilgi
    için" or "தொடர்புக்கு" is a person's where it is a Turkish or an Indian mobile, and "0225
    3859 456" on a Vietnamese line is Hai Phong's landline, though New Zealand reads a mobile."""
    regions = next((regions for letters, regions in _SCRIPT_REGIONS if letters.search(line)), ())
    return _mobile(number) or any(
        phone_types.number_type(number, (region,)) == phonenumbers.PhoneNumberType.MOBILE
        for region in regions
    )


def landline(number: str) -> bool:
    """Whether a phone number is a fixed line's, not a mobile's nor one a region's plan cannot
    tell from a mobile (North America's), in the first region that reads it as valid."""
    return phone_types.number_type(number, _REGIONS) == phonenumbers.PhoneNumberType.FIXED_LINE


_REGIONS = (None, "US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "IN", "AU")
#: The regions a line's script or letters say it is written in.
_SCRIPT_REGIONS = (
    (re.compile("[\u0b80-\u0bff]"), ("IN", "LK")),  # Tamil
    (re.compile("[\u0980-\u09ff]"), ("BD", "IN")),  # Bengali
    (re.compile("[\u0900-\u097f\u0a00-\u0b7f\u0c00-\u0d7f]"), ("IN",)),
    (re.compile("[\uac00-\ud7af]"), ("KR",)),
    (re.compile("[\u3040-\u30ff]"), ("JP",)),
    (re.compile("[\u4e00-\u9fff]"), ("CN", "TW", "HK")),
    (re.compile("[\u0e00-\u0e7f]"), ("TH",)),
    (re.compile("[\u0590-\u05ff]"), ("IL",)),
    (re.compile("[\u0600-\u06ff]"), ("SA", "AE", "EG", "MA", "IR", "PK")),
    (re.compile("[\u0400-\u04ff]"), ("RU", "UA")),
    (re.compile("[\u0370-\u03ff]"), ("GR",)),
    (re.compile("[\u1200-\u137f]"), ("ET",)),
    (re.compile("[\u0111\u01a1\u01b0\u1ea0-\u1ef9]"), ("VN",)),  # đ ơ ư ạ ả ấ ...
    (re.compile("[\u011f\u0131\u015f\u0130]"), ("TR",)),  # ğ ı ş İ
)


def _organisations_value(finding: Finding) -> bool:
    if finding.kind == "ADDRESS":
        return True
    if finding.kind == "PHONE":
        return not _mobile(finding.value)
    if finding.kind == "EMAIL":
        user, _, domain = finding.value.partition("@")
        # a free mail service's address is someone's own, whatever the line names
        if domain.lower() in _PERSONAL_MAIL_DOMAINS:
            return False
        return not any(names.known_name(part) for part in _USER_PARTS.split(user) if len(part) > 2)
    return False


#: Free mail services people hold their own addresses with: an organisation writes its own
#: domain ("office@northfieldprimary.org.uk"), a person beside it "k.mistry1979@outlook.com".
_PERSONAL_MAIL_DOMAINS = frozenset(
    """
    gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk hotmail.fr live.com live.co.uk
    msn.com yahoo.com yahoo.co.uk yahoo.fr yahoo.es yahoo.de ymail.com icloud.com me.com mac.com
    aol.com proton.me protonmail.com pm.me gmx.de gmx.net gmx.at gmx.ch web.de t-online.de
    freenet.de orange.fr wanadoo.fr free.fr laposte.net sfr.fr libero.it virgilio.it tiscali.it
    alice.it seznam.cz centrum.cz wp.pl o2.pl onet.pl interia.pl yandex.ru mail.ru rambler.ru
    ukr.net abv.bg qq.com 163.com 126.com sina.com naver.com daum.net hanmail.net rediffmail.com
    bol.com.br uol.com.br terra.com.br btinternet.com sky.com virginmedia.com talktalk.net
    comcast.net verizon.net att.net sbcglobal.net bigpond.com optusnet.com.au xtra.co.nz
    fastmail.com zoho.com tutanota.com mail.com inbox.lv
    eircom.net otenet.gr forthnet.gr hol.gr sapo.pt clix.pt netcabo.pt telenet.be skynet.be
    ziggo.nl kpnmail.nl planet.nl home.nl bluewin.ch hispeed.ch a1.net chello.at aon.at
    telia.com online.no live.no hotmail.no frisurf.no tele2.se bredband.net jubii.dk
    freemail.hu citromail.hu mail.ee hot.ee yahoo.co.jp nifty.com ocn.ne.jp shaw.ca rogers.com
    sympatico.ca cox.net earthlink.net charter.net windstream.net frontier.com iinet.net.au
    tpg.com.au westnet.com.au singnet.com.sg telkomsa.net
    """.split()  # noqa: SIM905 (a word list reads better as words)
)


#: A form's field for where a person works or studies, to the next column's gap.
_EMPLOYER = re.compile(
    r"(?i)\b(?:employer|arbeitgeber|employeur|empleador|datore di lavoro|werkgever|arbetsgivare|"
    r"place of work|workplace|school|university)[ \t]*:[^\n|\t]*?(?=[ \t]{2,}|\t|\||$)"
)
#: A bill's or a delivery's label whose recipient is a firm by its legal form: the label is no
#: person's then ("Bill to: Greenleaf Foods Ltd, Unit 2 Meridian Park, Leicester LE19 1WZ").
_TO_A_FIRM = re.compile(
    # (the firm may follow its department: "Bill to: Accounts Payable, Zenith Logistics Ltd, 14 ...")
    r"(?i)\b(?:bill|ship|deliver|invoice|sold)(?:ing|ed)?[ \t]+to[ \t]*:(?=[^\n\d]{1,80}?"
    r"(?-i:\b(?:Ltd|Limited|LLC|Inc|GmbH|AG|SAS|SARL|BV|B\.V\.|NV|plc|PLC|Pty|Srl|S\.r\.l\.|S\.L\.|"
    r"S\.A\.|Oy|AB|ApS|A/S|AS|Sp\. z o\.o\.|s\.r\.o\.|Kft)\.?(?![\w])))"
)


def organisations_own(text: str, found: list[Finding]) -> list[Finding]:
    """`found` less the addresses, phones and mailboxes that lines naming an organisation and no
    person give for that organisation, on their own line or, in a letterhead's, a footer's or a
    receipt's block, on the next lines ("Kettle & Crumb Ltd" above "Unit 4 Pennine Trade Park,
    Oldham OL9 7LY"), where nothing between says whom the value is sent to."""
    by_line: dict[int, list[Finding]] = {}
    for f in found:
        by_line.setdefault(text.rfind("\n", 0, f.start) + 1, []).append(f)
    # a person anywhere in a text of several lines makes its blocks no letterhead (a name
    # inside an address is the address's words)
    addresses_anywhere = Spans((f.start, f.end) for f in found if f.kind == "ADDRESS")
    anyone = any(f.kind == "NAME" and not addresses_anywhere.overlap(f.start, f.start + 1) for f in found)
    theirs: set[Finding] = set()
    a_receipt_or_card: bool | None = None  # read once a text, and only where asked: it reads the whole text
    for start, on_line in by_line.items():
        if not any(f.kind in ("ADDRESS", "PHONE", "EMAIL") for f in on_line):
            continue
        end = line_end(text, start)
        addresses = [(f.start, f.end) for f in on_line if f.kind == "ADDRESS"]
        # a name inside an address is the address's words ("PO Box", "Rosa Parks Blvd"); any
        # other is a person on the line
        named = [f for f in on_line if f.kind == "NAME"]
        in_addresses = {f for f in named if any(a <= f.start < b for a, b in addresses)}
        if len(in_addresses) < len(named):
            continue
        line = text[start:end]
        # "Bill to: Greenleaf Foods Ltd, Unit 2 ...": billed or shipped to a firm by its legal form
        unlabelled = _TO_A_FIRM.sub("", line)
        if _PERSONAL.search(unlabelled) or (
            _person_labels().search(line)
            and not _company_labelled(line)
            and not _under_contact_us(text, start)
        ):
            continue
        local = [(a - start, b - start) for a, b in addresses]
        if not anyone and a_receipt_or_card is None:
            a_receipt_or_card = receipt(text) or opening_hours_card(text)
        # the organisation a person's form names as where they work or study is no sender's:
        # "Phone: 260-824-3197   Employer: Parkview Hospital"
        unemployed = _EMPLOYER.sub(lambda m: " " * len(m.group()), line)
        if _names_an_organisation(unemployed, local) or (
            not anyone
            and (_under_an_organisation(text, start) or _under_contact_us(text, start) or a_receipt_or_card)
        ):
            # with the address go the words inside it that a name rule read ("PO Box")
            theirs |= {f for f in on_line if _organisations_value(f)} | in_addresses
        elif _role_mailbox_on(line):
            # (the mailbox itself stays the mailbox rules' to judge: "admin_email: ops-oncall@...")
            theirs |= {f for f in on_line if f.kind in ("ADDRESS", "PHONE")} | in_addresses
    return [f for f in found if f not in theirs]


def _role_mailbox_on(line: str) -> bool:
    """Whether a line gives a role's mailbox ("encomendas@", "accueil.circo3@", "events.x@"): the
    address and the phone beside it are the same desk's ("Rua de Belém, 84-92, 1300-085 Lisboa ·
    +351 21 363 7423 · encomendas@pasteisdebelem.pt")."""
    return any(role_mailbox(m.group("user"), m.group("domain")) for m in _MAILBOX.finditer(line))


#: A mailbox, its user and its domain: read for a role's on a line, and before a number.
_MAILBOX_PATTERN = r"(?<![\w.+-])(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)"
_MAILBOX = re.compile(_MAILBOX_PATTERN)


#: A receipt's heading, its first line: the shop's word for it, in the languages of the label
#: table and the scripts read elsewhere.
_RECEIPT_HEADING = re.compile(
    r"(?i)^[ \t]*(?:(?:tax |cash |sales )?receipt|re[çc]u|recibo|ricevuta|scontrino|quittung|kassenbon|"
    r"kassenzettel|kvitto|kvittering|kuitti|paragon(?: fiskalny)?|[úu][čc]tenka|nyugta|fi[şs]|"
    r"чек|квитанци[яи]|квитанція|hóa đơn|struk|resibo|resit|rasiti|risiti|stakabadhi|iresiti|"
    r"收据|收據|小票|領収書|レシート|영[ \t]?수[ \t]?증|ใบเสร็จ\S*|رسید|إيصال|فاتورة[^\n]*|קבלה|"
    r"रसीद|রসিদ|ரசீது|ደረሰኝ)[ \t]*(?:[-\u2013\u2014:#][^\n]*)?$"
)
#: A receipt's total, with its amount: "TOTAL £14.85", "Totalt 395 kr", "합계 2,400원" (not a
#: room's "Summe 4").
_TOTAL_LINE = re.compile(
    r"(?im)^[ \t]*(?:t[o0]tal[e]?|totalt|summe|gesamt(?:betrag)?|somme|totaal|razem|suma|celkem|"
    r"[öo]sszesen|yhteens[äa]|toplam|итого|всего|разом|合計|合计|총액|합계|รวม\S*|الإجمالي|المجموع|کل|"
    r"جمع|סה\"כ|कुल|মোট|மொத்தம்|jumla|jimla|tổng cộng|jumlah|kabuuan)\b[^\n]*"
    # an amount: with cents, a currency's sign, or its unit after the number
    r"(?:\d[.,]\d{2}(?!\d)|[£€$¥₹₦₩₱฿₺₴₽]"
    r"|\d[ \t]*(?i:kr|zł|kč|ft|lei|руб|грн|tsh|ksh|rs|원|円|บาท|ر\.س|روپے)(?!\w)"
    r"|(?<!\w)(?i:tsh|ksh|rs\.?|rp|php|r\$|usd|eur|gbp|chf)[ \t]*\d)"
)


def receipt(text: str) -> bool:
    """Whether the text is a receipt, or a firm's invoice or record: its first line says so, a
    line gives its total, or it prints the firm's registration or tax number ("siret: 812 ...",
    "ico=50412883"). What contact details it shows are the firm's, where no person is named and
    no line hands them to someone."""
    return (
        _RECEIPT_HEADING.match(first_line(text)) is not None
        or _TOTAL_LINE.search(text) is not None
        or _THANKS_FOR_CUSTOM.search(text) is not None
        or _COMPANY_NUMBER.search(text) is not None
    )


#: A firm's registration or tax number by its label, which an invoice, a shop's page or a
#: firm's record prints beside its own address and phone: "SIRET", "VAT Reg", "P.IVA", "IČO",
#: "ABN", "CVR", "GSTIN", "Org.nr", "KvK".
_COMPANY_NUMBER = re.compile(
    r"(?i)\b(?:siret|siren|kvk|ust-?id(?:nr)?|vat[ \t]+reg(?:istration)?\.?(?:[ \t]+no\.?)?"
    r"|company[ \t]+(?:no|number|reg)|org\.?[ \t]?nr|p\.?[ \t]?iva|partita[ \t]+iva|i[čc]o|abn|cvr|gstin"
    r"|y-tunnus|regon|krs)\b[ \t.:=#]*[A-Z]{0,2}[ \t]?\d"
)


#: A business thanking its customer, as a receipt's or a booking's message does.
_THANKS_FOR_CUSTOM = re.compile(
    r"(?i)\bthank(?:s| you) for (?:dining|shopping|visiting|staying|choosing us|"
    r"your (?:order|visit|purchase|custom))"
    r"|\bdanke für ihren (?:einkauf|besuch)|\bmerci (?:de|pour) votre (?:visite|achat|commande)"
    r"|\bgracias por su (?:compra|visita)|\bgrazie per (?:l'acquisto|la visita)"
    r"|\bobrigad[oa] pela (?:compra|visita)"
)


#: How many lines above a contact line an organisation's name may head its block.
_BLOCK_LINES = 3
#: A line that hands what follows to someone: it ends with a colon ("Ship to:", "on its way
#: to:") or speaks to the reader ("Your parcel", "votre commande").
_HANDS_OVER = re.compile(
    r"[:\uff1a][ \t]*$|(?i:\b(?:you|your|yours|votre|vos|ton|ta|tes|dein|deine|ihr|ihre|su|sus|tu|tus|"
    r"seu|sua|tuo|tua|jouw|uw|twój|twoja|ваш|ваша|ваше|твой)\b)"
)


def _lines_above(text: str, start: int) -> Iterator[str]:
    """The few lines right above the line at `start`, nearest first, walked back one by one: a
    long screen has many contact lines, and splitting all the text above each of them cost its
    length squared."""
    end = start - 1
    for _ in range(_BLOCK_LINES):
        if end < 0:
            return
        begin = text.rfind("\n", 0, end) + 1
        yield text[begin:end]
        end = begin - 1


def _under_an_organisation(text: str, start: int) -> bool:
    """Whether one of the few lines right above the line at `start`, with no blank line
    between, names an organisation and no line from there down hands a value over."""
    for line in _lines_above(text, start):
        if not line.strip() or _HANDS_OVER.search(line) or _PERSONAL.search(line):
            return False
        if _person_labels().search(line):
            return False
        if _names_an_organisation(line, []):
            return True
    return False


def _under_contact_us(text: str, start: int) -> bool:
    """Whether a "Contact us" heading stands a few lines above the line at `start`, with no
    blank line or line that hands a value over between: its "Address:" and "Phone:" are the
    organisation's (not on a form's "Your address:")."""
    if _HANDS_OVER.search(text, start, line_end(text, start)):
        return False
    for line in _lines_above(text, start):
        if not line.strip() or _HANDS_OVER.search(line):
            return False
        if _CONTACT_US.match(line):
            return True
    return False


#: A page's or a card's heading over an organisation's own details: "Contact us", "Kontakt",
#: "Contactez-nous", "Get in touch".
_CONTACT_US = re.compile(
    r"(?i)[ \t#*]*(?:contact(?:ez[- ]nous| us)?|get in touch|kontakt(?:ieren sie uns)?|"
    r"cont[aá]ct(?:enos|anos|o)|contatti|contatos?|neem contact op|skontaktuj się z nami|"
    r"kapcsolat|iletişim|контакты|yhteystiedot|kontaktai|επικοινωνία)[ \t*:]*$"
)


def services_phone(text: str, phone: Finding) -> bool:
    """Whether a phone number is a service's: a desk's the line sends one to ("call the school
    office on ...", "call us on ...", "Box office ..."), on the line of a week's opening hours
    ("Tel 0113 496 0450 · Mon-Sat 9am-5pm"), or a fixed line a service asks to be called on (see
    `_services_landline`); never a chat's sender, shown by number at its line's start."""
    line_start, line_stop = line_bounds(text, phone.start)
    if line_start == phone.start and _CHAT_SENDER.match(text, phone.end):
        return False  # a chat's sender shown by number: "+61 412 880 193: hey do u have a bed"
    if _DESK_ON.search(text, max(0, phone.start - 60), phone.start):
        return True
    # a mobile beside hours is as often a person's times to call ("Tel. 0152 ..., Mo-Fr ab 16
    # Uhr"), and after a word for enquiries a club's coach's ("للاستفسار: +971 50 ...")
    before = max(0, phone.start - 40)
    hours_or_help_line = _hours_on_line(text, line_start, line_stop) or _HELP_LINE.search(
        text, before, phone.start
    )
    if (
        hours_or_help_line
        and not _mobile(phone.value)
        and not _OWN_NUMBER_BEFORE.search(text, before, phone.start)
    ):
        return True
    # a fixed line given beside a website, either instead of the other ("Ραντεβού: 210 555 0100 ή
    # ktoe.example", "macfit.example/uye veya 444 0 622"), or right after a role's mailbox
    # ("Rezervácie: podujatia@bojnicezamok.sk, tel. 046/543 06 24")
    # (the regexes first: telling a mobile parses the number, for every phone of a screen)
    if (
        _WEBSITE_OR.search(text, max(0, phone.start - 80), phone.start)
        or _OR_WEBSITE.match(text, phone.end)
        or _after_a_role_mailbox(text, max(line_start, phone.start - 60), phone.start)
    ) and not _mobile(phone.value):
        return True
    if _FURTHER_INFORMATION.search(text, max(0, phone.start - 90), phone.start):
        # a mobile of the country the line is written in is someone's, whatever the notice
        line = text[line_start:line_stop]
        return not _mobile_where_written(phone.value, line) and not _OWN_NUMBER_BEFORE.search(
            text, before, phone.start
        )
    return _services_landline(text, phone)


_CHAT_SENDER = re.compile(r":[ \t]")
#: "or" in the languages of the corpora, between a service's number and its website or mailbox.
_OR = r"(?:or|ou|o|oder|of|eller|tai|lub|nebo|alebo|vagy|sau|или|або|ή|או|یا|أو|veya|atau|hoặc|au)"
#: A mailbox, then only separators, "or" and a word for a phone before a number.
_MAILBOX_BEFORE = re.compile(
    _MAILBOX_PATTERN
    + rf"[ \t]*(?:[,;|\u00b7/]|{_OR})?[ \t]*(?:(?i:tel|tél|puh|tlf|phone|telefon|телефон|τηλ)\.?:?[ \t]*)?$"
)


def _after_a_role_mailbox(text: str, start: int, end: int) -> bool:
    m = _MAILBOX_BEFORE.search(text, start, end)
    return m is not None and role_mailbox(m.group("user"), m.group("domain"))


_WEBSITE = r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/[^\s,;]*)?"
_WEBSITE_OR = re.compile(rf"(?i)(?<![@\w.-]){_WEBSITE}[ \t]+{_OR}[ \t]+$")
_OR_WEBSITE = re.compile(rf"(?i)[ \t]+{_OR}[ \t]+{_WEBSITE}(?![\w@])")


#: An organisation's desk right before its number: "call the school office on", "ring our
#: helpline at", "contact the service desk on". No corpus labels such a number as anyone's.
_DESK_ON = re.compile(
    r"(?i)(?:\b(?:the|our|your)[ \t]+(?:[\w-]+[ \t]+){0,4}(?:office|reception|front desk|desk|helpline|"
    # its short name may follow in brackets: "the Joint Service Housing Advice Office (JSHAO) on"
    r"hotline|switchboard|helpdesk|help desk|box office|team|service|centre|center)"
    # ("the school office number is 01632 ...")
    r"(?:[ \t]+\([A-Z]{2,8}\))?[ \t]+(?:on|at|(?:phone[ \t]+|telephone[ \t]+)?(?:number|line)[ \t]+is)"
    # or a website, then the number: "Book at bristolgasservices.co.uk or call"
    r"|(?<![@\w.-])[\w-]+(?:\.[\w-]+)+(?:/\S*)?[ \t]+or[ \t]+(?:call|phone|ring)"
    r"(?:[ \t]+us)?(?:[ \t]+(?:on|at))?"
    # or a notice answers its reader's question with a number to call ("Questions? Call",
    # "Need to cancel? Call", "Vragen? Bel", "Spørgsmål? Ring"), or offers it beside its website
    # ("Renew online or call")
    r"|\?[ \t]*(?:call|ring|phone|bel|appelez|llame|llama|chiama|piga|soita|text)"
    r"(?:[ \t]+(?:on|at|op|på|au|al))?"
    r"|\bonline[ \t]+or[ \t]+(?:call|ring|phone)(?:[ \t]+(?:us[ \t]+)?(?:on|at))?"
    # or a business asks to be called: "call us on", "Llámenos al", "appelez-nous au"
    r"|\b(?:call|ring|phone|text|whatsapp|contact)[ \t]+us(?:[ \t]+(?:on|at|today))?"
    r"|\bll[áa]m(?:enos|anos)[ \t]+al?"
    r"|\bappelez-nous(?:[ \t]+au)?|\brufen sie uns(?:[ \t]+an)?(?:[ \t]+unter)?|\bchiamaci(?:[ \t]+al)?"
    r"|\bbel ons(?:[ \t]+op)?|\bligue(?:-nos)?[ \t]+para[ \t]+n[óo]s"
    # ... and in Welsh, Polish, the Nordic languages, Finnish, Czech, Hungarian, Turkish,
    # Swahili, Indonesian and Malay, Tagalog, Romanian, Croatian, Greek, Russian, Ukrainian
    r"|\bffoniwch[ \t]+ni|\bchiamaci(?:[ \t]+allo)?|\bzadzwo[ńn][ \t]+do[ \t]+nas"
    r"|\bring[ \t]+(?:oss|os|til[ \t]+os)(?:[ \t]+p[åa])?"
    r"|\bsoita[ \t]+meille|\bzavolejte[ \t]+n[áa]m|\bh[íi]vjon[ \t]+minket|\bbizi[ \t]+aray[ıi]n|\btupigie"
    r"|\bhubungi[ \t]+kami(?:[ \t]+di)?|\btawagan[ \t]+(?:kami|po[ \t]+kami)"
    r"|\bsuna[țt]i-ne|\bnazovite[ \t]+nas"
    r"|καλέστε[ \t]+μας|позвоните[ \t]+нам|зателефонуйте[ \t]+нам"
    # or names the desk right before the number: "Box office 0161 ...", "Claims line: 0333 ..."
    r"|\b(?:box office|claims? line|help ?line|hotline|switchboard|reception|enquiries|bookings|front desk|"
    r"emergency assistance|assistance line|advice line|support line|"
    # a business's appointments and bookings: "Termine unter 030 ...", "réservations au"
    r"(?:termine|terminvereinbarung|reservierungen?|appointments?|reservations?|réservations?|"
    r"reservas|prenotazioni)[ \t]+(?:unter|on|at|au|al|allo)(?:[ \t]+(?:numero|número|nummer|number))?|"
    r"customer services?|service desk|kundenservice|service client|servicio al cliente|atendimento)"
    r"(?:[ \t]+(?:line|number|no\.?))?"
    # and a hotline, a support centre, a universal number or an office's phone in other scripts
    # ("হটলাইন", "الخط الساخن", "تلفن مرکز پشتیبانی:", "یونیورسل نمبر", "የቢሮ ስልክ"; `_HELP_LINE`
    # reads Hindi's and Russian's)
    r"|হটলাইন|الخط الساخن|خط ساخن|پشتیبانی|یونیورسل نمبر|የቢሮ ስልክ"
    r"|热线|熱線|핫라인|ホットライン|สายด่วน|đường dây nóng)[ \t:]*$"
)
#: A service's help line in the languages its notices are sent in, right before its number:
#: "Infolinia: 22 100 22 00", "Skatteupplysningen: 0771-567 567", "للاستفسار: 920001100", "咨询电话".
_HELP_LINE = re.compile(
    r"(?i)(?:\b(?:infolinia|kundtj[äa]nst|kundeservice|asiakaspalvelu|[üu]gyf[ée]lszolg[áa]lat|"
    r"z[áa]kaznick[áa] linka|\w*upplysningen|klantenservice|servizio clienti|assistenza clienti|"
    r"atenci[óo]n al cliente|m[üu]şteri hizmetleri|[çc]a[ğg]r[ıi] merkezi|call cent(?:er|re)|"
    r"горяч\w+ лини\w+|справочн\w+|гаряч\w+ лін\w+|"
    # a help line, an info desk or an advice line by name ("ADAC Rechtsberatung:", "Informacija
    # tel.", "Kadunud esemed: infolett saabumissaalis, tel")
    r"help ?lines?|hot ?lines?|info ?lines?|infolinka|informacija|infolett|info ?desk|information desk|"
    r"(?:tele)?phone lines|switchboard|"
    # an organisation's switchboard in its own languages ("Standard : 01 44 ...", "Zentrale:",
    # "centralino", "växel", "vaihde", "ústředna", "Τηλ. κέντρου")
    r"(?:telefon)?zentrale|standard(?:[ \t]+t[ée]l[ée]phonique)?|centralino|centralita|v[äa]xel|vaihde|"
    r"sentralbord|omstilling|[úu]st[řr]edna|santral|коммутатор|τηλ\.?[ \t]+κέντρου|"
    r"\w*beratung|numero verde|linha de apoio|l[íi]nea de atenci[óo]n|programări|malalamiko|"
    # a customer service's, a booking desk's or a front desk's line in more of the languages
    # ("Khidmat pelanggan:", "Reservierung unter", "ústredňa", "service client", "huduma kwa wateja")
    r"khidmat pelanggan|layanan pelanggan|talian (?:khidmat|bantuan)|kunden(?:service|dienst)|"
    r"reservierung(?:en)?|[úu]stred[ňn]a|service client(?:s|èle)?|servicio al cliente|atendimento|"
    r"prenotazioni|huduma kwa wateja|"
    # a place's own telephone as German compounds it ("Hüttentelefon:", "Praxistelefon:")
    r"(?:hütten|büro|praxis|vereins|geschäfts|firmen|zentral|rezeptions)telefon)|हेल्पलाइन|हॉटलाइन|"
    # an enquiry number's and a help number's words in Yoruba and Tamil ("Nọ́mbà ìbéèrè:", "உதவி எண்:")
    r"nọ́mbà ìbéèrè|உதவி எண்|"
    r"হেল্পলাইন|ஹெல்ப்லைன்|للاستفسار|للاستعلام|خدمة العملاء|"
    # a business's line to change a booking, its office's line ("לשינוי:", "تلفن دفتر:")
    r"לשינוי|לביטול|טלפון המשרד|تلفن دفتر|هاتف المكتب|"
    r"咨询电话|服务热线|客服电话|服務專線|服务专线|热线|熱線|代表番号|代表電話|管理所|고객센터|"
    r"お問い合わせ(?:先)?|tổng đài)"
    # and a few words more in the same sentence: a website before "or", the desk's place, "tel."
    r"(?:[^\n\d.!?\u3002\uff01\uff1f]|(?<=tel)\.|\.(?=\w)){0,28}$"
)
#: A notice's word for further information or enquiries, after which a service gives its desk's
#: number ("Renseignements : capitainerie,", "Справки:", "문의", "לפרטים:"), a few words on or at
#: more length before the desk's word for a phone ("Πληροφορίες: Λιμεναρχείο Πειραιά, Ακτή
#: Ξαβερίου, τηλ.").
_FURTHER_INFORMATION = re.compile(
    r"(?i)(?:\b(?:for (?:more )?information|further information|information|info|enquiries|renseignements|"
    r"informationen|auskunft|inlichtingen|informazioni|informaci[óo]n|informa[çc][õo]es|informacje|"
    r"informace|bilgi|справки|довідки|πληροφορίες|harbour master|emergencies|"
    # Cyrillic's short "info" and its information words ("Инфо:", "Информације:", "Информация:")
    r"инфо|информациј[аеи]|информаци[яи])\b|"
    r"לפרטים|למידע|للمزيد من المعلومات|اطلاعات بیشتر|தொடர்புக்கு|문의|liên hệ)"
    r"(?:(?:[^\n\d.!?\u3002\uff01\uff1f]|\.(?=\w)){0,28}"
    r"|[^\n\d!?\u3002\uff01\uff1f]{0,60}\b(?:tel|τηλ|тел|phone|telefon|điện thoại)\.?:?[ \t]*)$"
)
#: A service's number as it asks to be called: "Questions? Call ...", "Call ... to change"
#: ("call us on" is `_DESK_ON`'s, for any number).
_SERVICE_CALL_BEFORE = re.compile(r"(?i)\?[ \t]+(?:please[ \t]+)?call[ \t]+$")
_SERVICE_CALL_AFTER = re.compile(
    r"(?i)[ \t]+to[ \t]+(?:change|cancel|rearrange|reschedule|book|confirm your|opt out|unsubscribe|pay|"
    r"renew)\b"
)
#: A short text (a shop's card, a notice) that gives opening hours on any of its lines.
_SHORT_TEXT_LINES = 8
_OPEN_DAILY = re.compile(r"(?i)\bbuka setiap hari\b|\btunafungua\b|\bopen (?:every day|daily|7 days)\b")


@lru_cache(maxsize=64)
def _hours_on_line(text: str, line_start: int, line_stop: int) -> bool:
    """Whether a week's opening hours stand on the line: asked once per line, not once per
    number on it (a line of thousands of numbers would be read thousands of times)."""
    return _OPENING_HOURS.search(text, line_start, line_stop) is not None


#: A person's own number, however the text reads around it (a direct line is a person's at a
#: firm: "Direct: +65 6805 2231", "Contacto direto:", "Durchwahl:").
_OWN_NUMBER_BEFORE = re.compile(
    rf"(?i)(?:\b(?:me|my|mine|mobile|cell|whatsapp)\b[^\n\d]{{0,20}}|{_DIRECT_LINE}[ \t]*:[ \t]*)$"
)


def _services_landline(text: str, phone: Finding) -> bool:
    """Whether a landline is a service's: the text asks to be called the way a service does
    ("Billing questions? Call (312) 555-0142", "Call 0131 556 2000 to change"), or it is a short
    text that gives opening hours on another line (a shop's card: "Tel 0113 496 0450" above
    "Mon-Sat 9:00-18:00"). Only a fixed line: a mobile, a number a region's plan cannot tell from
    one, and a number after "my" or "me" stay a person's."""
    before = text[max(0, phone.start - 40) : phone.start]
    if _OWN_NUMBER_BEFORE.search(before) or not landline(phone.value):
        return False
    if _SERVICE_CALL_BEFORE.search(before) or _SERVICE_CALL_AFTER.match(text, phone.end):
        return True
    return opening_hours_card(text)


@lru_cache(maxsize=64)
def opening_hours_card(text: str) -> bool:
    """Whether the text is a short one (a shop's card, a branch's page, a notice) that gives
    opening hours on any of its lines: the address, fixed line and mailbox it gives are the
    place's, where it names no person ("Почта России – Отделение 101000 / Адрес: Мясницкая ул.,
    26А / Часы работы: пн–пт 08:00–22:00"). Asked for each number of a text: answered once per text."""
    return text.count("\n") < _SHORT_TEXT_LINES and bool(
        _OPENING_HOURS.search(text) or _OPEN_DAILY.search(text)
    )


#: Opening hours: a range of weekdays ("Mon-Sat", "Lu-Ve", "ma-vr"), "24/7", or the words for
#: opening hours. A person gives their number with a time to call ("after 6pm") or their
#: shift's hours, never with a week's: such a line is a business's.
_DAY = (
    r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|mo|di|mi|do|fr|sa|so|lun(?:di|es)?|mar(?:di|tes)?|mer(?:credi)?|jeu(?:di)?|"
    r"ven(?:dredi)?|sam(?:edi)?|dim(?:anche)?|lu|ma|ju|vi|mi[ée](?:rcoles)?|jue(?:ves)?|vie(?:rnes)?|"
    r"s[áa]b(?:ado)?|dom(?:ingo)?|seg(?:unda)?|ter(?:[çc]a)?|qua(?:rta)?|qui(?:nta)?|sex(?:ta)?|"
    r"gio|sab|wo|vr|za|zo|pon|pn|wt|[śs]r|czw|pt|sob|ndz)\.?"
)
_OPENING_HOURS = re.compile(
    rf"(?i)(?<![\w-]){_DAY}[ \t]*[\u2013\u2014-][ \t]*{_DAY}(?![\w-])"
    # (or said with a word: "lunes a domingo", "Mon to Fri", "Mo bis Fr", "ma t/m vr")
    rf"|(?<![\w-]){_DAY}[ \t]+(?:a|à|to|till|until|thru|through|bis|al|tot|t/m|til)[ \t]+{_DAY}(?![\w-])"
    r"|\b24/7\b|\bopening (?:hours|times)\b|\bopen (?:till|until|daily|from)\b|\böffnungszeiten\b"
    # hours every day: "8am-8pm daily"
    r"|\d[ \t]?(?:am|pm)?[ \t]*[\u2013\u2014-][ \t]*\d{1,2}(?::\d{2})?[ \t]?(?:am|pm)"
    r"[ \t]+(?:daily|every day)\b"
    r"|\bhoraires? d'ouverture\b|\bhorario de atenci[óo]n\b|\borari di apertura\b|\bopeningstijden\b"
    r"|ωράριο|ساعات الدوام|የስራ ሰዓት"
    # the words for opening hours in the other languages the corpora read ("Часы работы:",
    # "Lahtiolekuajad:", "營業時間", "Nyitva:"), a range of Cyrillic weekdays ("пн–пт")
    r"|\b(?:business|office|store|shop) hours\b|\bhours of operation\b|\bhor[áa]rio de funcionamento\b"
    r"|\bgodziny otwarcia\b|\botev[íi]rac[íi] doba\b|\botv[áa]racie hodiny\b|\bnyitva(?:tart[áa]s)?\b"
    r"|\bprogram(?:ul)? de lucru\b|\bzilnic\b|\b(?:[çc]al[ıi][şs]ma|a[çc][ıi]l[ıi][şs]) saatleri\b"
    r"|\b(?:[öo]ppettider|[åa]pningstider|[åa]bningstider|aukioloajat|lahtiolekuajad)\b"
    r"|\bdarbo[ _]laikas\b|\bdarba laiks\b|\bm[ởo] c[ửu]a\b|\bjam (?:buka|operasional)\b"
    r"|\bsaa za kazi\b|\bbukas araw-araw\b"
    r"|часы работы|режим работы|години роботи|графік роботи|відчинено|\bпн[ \t]*[–—-][ \t]*(?:пт|сб|вс|нд)\b"
    r"|ساعات العمل|مفتوح يومي|שעות פתיחה|ساعات کاری|اوقات کار|खुलने का समय|খোলার সময়"
    r"|营业时间|營業時間|営業時間|定休日|영업[ \t]?시간|เวลาทำการ|เปิดทุกวัน"
    r"|жұмыс уақыты|жұмыс кестесі|სამუშაო საათები|სამუშაო დრო|სამუშაო გრაფიკი|աշխատանքային ժամեր"
    r"|\bopnunart[íi]mi\b|\bafgrei[ðd]slut[íi]mi\b"
    # a day's hours given every day: "täglich 11:00–24:00", "todos os dias 8h–23h", "щодня 10:00–02:00"
    r"|(?:\bt[äa]glich|\btous les jours|\btodos (?:los|os) d[íi]as|\btutti i giorni|\bdagelijks|\bcodziennie"
    r"|\bdenn[ěe]|\bnaponta|\bежедневно|\bщодня|\bdagligen|\bdaglig|\bp[äa]ivitt[äa]in|\bher g[üu]n"
    r"|καθημερινά"
    r"|每天|毎日|매일|\bh[àa]ng ng[àa]y|\bsetiap hari|\bkila siku|प्रतिदिन|প্রতিদিন|روزانہ|روزانه|يومياً)"
    r"[^\n\d]{0,12}\d{1,2}(?:[:.h]\d{2}|h)?[ \t]*(?:uhr|h|am|pm)?[ \t]*[\u2013\u2014-][ \t]*\d{1,2}"
)


#: A settings file's or a record's key that holds a place of an organisation or the
#: organisation itself ("warehouse:", "[site]", '"depot": {'), in the languages of the corpora.
_PLACE_KEY = re.compile(
    r"(?i)(?:depot|depo|warehouse|store|shop|branch|site|office|venue|clinic|practice|premises|hub|facility|"
    r"headquarters|hq|company|business|organi[sz]ation|firm|firma|lager|filiale|sucursal|almac[eé]n|"
    r"magazzino|entrep[oô]t|sand[eė]lis|shelter|vet|school|hospital|pharmacy|hotel|restaurant|supplier|"
    r"dealer(?:ship)?|garage|bank|insurer|carrier|airline|merchant|lab(?:oratory)?)"
)
#: A settings file's or a record's key that holds a thing, whose "name" is the thing's: a
#: program's or a server's, a course's, a product's, a vehicle's, a library's branches. (Not a
#: location's or an event's: "location": {"address": ...} is often a home, an event's title a
#: person's celebration.)
_THING_KEY = re.compile(
    r"(?i)(?:general|info|meta(?:data)?|project|app|application|server|service|product|course|plan|"
    r"package|tier|queue|zone|room|librar(?:y|ie)|game|channel|module|aircraft|vessel|vehicle|device|"
    r"printer)"
)
#: The keys under it that give its own name and contact, not a person's who works there
#: ("manager:", "owner:", "contact:" are people's).
_OWN_DETAIL_KEY = re.compile(
    r"(?<![\w-])[\"']?(?i:name|title|address|addr|adres|adresas|adresse|direcci[oó]n|indirizzo|"
    r"endere[cç]o|phone|tel|telephone|telefon|telefono|tel[eé]fono|email|e-mail|mail|fax|city|town|postcode|"
    r"zip|street)[\"']?[ \t]*[:=]"
)
#: (the value a JSON string holds, its words before the finding too: '"name":"Tulsa OK DC"')
_OWN_DETAIL_BEFORE = re.compile(rf"{_OWN_DETAIL_KEY.pattern}[ \t]*(?:[\"'][^\"'\n]{{0,60}})?$")
_OWN_DETAIL_LINE = re.compile(rf"[ \t]*(?:-[ \t]+)?{_OWN_DETAIL_KEY.pattern}")
_YAML_PARENT = re.compile(r"(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>[^\W\d][\w-]*)[ \t]*:[ \t]*$")
_INI_SECTION = re.compile(r"[ \t]*\[(?P<key>[^\]\n]+)\][ \t]*$")
_JSON_PARENT = re.compile(r"[\"'](?P<key>[^\W\d][\w-]*)[\"'][ \t]*:[ \t]*(?:\[[^\[\]]*?)?\{[^{}]*$")
#: How many lines up a settings file's parent key is looked for.
_PARENT_LINES = 12


def under_a_place_key(text: str, finding: Finding) -> bool:
    """Whether a value is a place's own name, address, phone or mailbox in a settings file or a
    record, under a key that names the place: YAML's parent key ("warehouse:" above "  address:
    Unit 9, Magna Park"), an INI file's section ("[site]" above "name=Sproughton Store") or a
    JSON object's key ('"depot":{"name":"Reno NV DC","phone":"+1 775-555-0134"}')."""
    line_start = text.rfind("\n", 0, finding.start) + 1
    if _OWN_DETAIL_BEFORE.search(text, max(line_start, finding.start - 90), finding.start):
        json_parent = _JSON_PARENT.search(text, max(0, finding.start - 200), finding.start)
        if json_parent is not None:
            return _places_or_things(json_parent.group("key"), finding.kind)
    if not _OWN_DETAIL_LINE.match(text, line_start):
        return False
    indent = len(text[line_start : finding.start]) - len(text[line_start : finding.start].lstrip(" \t"))
    end = line_start - 1
    for _ in range(_PARENT_LINES):
        if end < 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        section = _INI_SECTION.fullmatch(line)
        if section is not None:
            return _places_or_things(section.group("key").strip(), finding.kind)
        parent = _YAML_PARENT.fullmatch(line)
        if parent is not None and len(parent.group("indent")) < indent:
            return _places_or_things(parent.group("key"), finding.kind)
        end = begin - 1
    return False


def _places_or_things(key: str, kind: str) -> bool:
    """Whether a parent key names a place, or a list of them ("warehouse", "site_depot",
    "branches"), or, for a name, a thing or a list of them ("server", "courses")."""
    word = key.split("_")[-1]
    patterns = (_PLACE_KEY, _THING_KEY) if kind == "NAME" else (_PLACE_KEY,)
    return any(
        pattern.fullmatch(form) is not None
        for pattern in patterns
        for form in (word, word.removesuffix("s"), word.removesuffix("es"))
    )


#: A label that gives an organisation's place, not anyone's home: a depot, a lost-property desk,
#: a pick-up point, a branch or a store, a head or registered office, in several languages.
_ORGANISATIONS_PLACE_LABEL = re.compile(
    r"(?i)(?:\b(?:depot|visitors|lost property(?: office)?|lost and found|pick-?up point|collection point|"
    r"drop-?off point|parcel shop|branch|store address|our (?:store|shop|showroom)|"
    # an organisation telling where it is: "Our offices: 350 Fifth Avenue", "Our driving school
    # is located at 221 King Street West"
    r"our (?:offices?|premises|headquarters|hq)|our\b[^\n.]{0,30}?\b(?:is|are) (?:located|situated|based) at|"
    r"find (?:a|our) store|visit (?:us|our (?:store|shop|showroom)) at|head office|registered office|"
    # a business's card: "Find us:", "Where to find us", "Besuchen Sie uns", "Retrouvez-nous"
    r"find us|where to find us|how to find us|besuchen sie uns|so finden sie uns|retrouvez-nous|"
    r"nous trouver|encu[ée]ntranos|d[óo]nde estamos|dove siamo|trovaci|waar vind je ons|hitta hit|"
    r"warehouse|showroom|fundb[üu]ro|filiale|abholstation|gesch[äa]ftsstelle|objets trouv[ée]s|"
    r"point relais|si[èe]ge social|objetos perdidos|punto de recogida|sucursal|"
    r"gevonden voorwerpen|afhaalpunt|bezoek onze winkel|l[öo]yt[öo]tavarat|noutopiste|hittegods|"
    r"utl[äa]mningsst[äa]lle|punkt odbioru|biuro rzeczy znalezionych|oggetti smarriti|"
    r"punto di ritiro|sede legale|achados e perdidos|ponto de recolha|"
    # a firm's registered seat: "Siedziba:", "Sídlo:", "Székhely:", "Firmensitz:"
    r"siedziba|s[íi]dlo|sz[ée]khely|sediul(?: social)?|domicilio social|firmensitz|sitz der gesellschaft|"
    r"vestigingsadres|statutaire zetel|"
    # a match's or a club's ground, a venue, a station's or an agency's office (the label up to
    # 60 characters before: "Venue: Tideway Boathouse, 2 Embankment, Putney SW15 1LB")
    r"venue|home ground|ground|stadium|clubhouse|club house|training ground|kick-?off at|"
    r"meeting point|ticket office|travel centre|lettings office|branch office|our office|"
    r"sportplatz|vereinsheim|stadion|spielort|treffpunkt|stade|terrain|estadio|campo de f[úu]tbol|"
    r"stadio|campo sportivo|sportpark|sportcomplex|idrottsplats|urheilukenttä|boisko)\b|"
    r"απολεσθέντα αντικείμενα)"
    r"[^\n]{0,60}$"
)


def organisations_place(text: str, address: Finding) -> bool:
    """Whether an address follows, on its line, a label that gives an organisation's place
    ("Depot: Unit 4, Churchill Way", "Löytötavarat: Aleksanterinkatu 17"), or stands on a line
    with a week's opening hours ("Kapsalon Bella, Hoofdstraat 12, open ma-za"): no one gives
    their home with its opening hours), or is an office's or a works' by its own words ("Level 12,
    123 Albert Street", "4th Floor, 10 Exchange Street", "Blackburn Industrial Estate")."""
    line_start, line_stop = line_bounds(text, address.start)
    if _ORGANISATIONS_PLACE_LABEL.search(text, max(line_start, address.start - 60), address.start):
        return True
    return (
        (
            _OPENING_HOURS.search(text, line_start, line_stop) is not None
            or _OFFICE_BEFORE.search(text, line_start, address.start) is not None
            or _WORKS_ESTATE.search(text, max(line_start, address.start - 60), line_stop) is not None
        )
        and not _PERSONAL.search(text, line_start, line_stop)
        and not _person_labels().search(text, line_start, line_stop)
    )


#: An office building's floor or suite before an address on its line: "Level 3, 190 St Georges
#: Tce", "4th Floor, 10 Exchange Street, Manchester M2 7EA", "Suite 150W, ...".
_OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:level[ \t]+\d{1,2}|\d{1,2}(?:st|nd|rd|th)[ \t]+floor|floor[ \t]+\d{1,2}|suite[ \t]+\w{1,6}|"
    r"boardroom[ \t]+\w{1,3})[ \t]*[,\u00b7\u2013-]"
)
#: The estates and parks that only businesses take units on: "Ringway Trading Estate",
#: "Blackburn Industrial Estate", "Magna Business Park".
_WORKS_ESTATE = re.compile(
    r"(?i)\b(?:industrial|trading|business|enterprise|retail|science|technology|trade)[ \t]+"
    r"(?:estate|park|centre|center)\b"
)
