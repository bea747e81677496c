"""An independent ground truth for the recommender: cases and personas a counsellor wrote.

Written from knowledge of the mbo programmes (names, what the work is), before looking at
any output of the recommender, so it does not reward the features the model happens to use
(the built-in "same domain, one level around" truth in `evaluate.py` does exactly that).

- A *case* is a programme a student looks at. `acceptable` are name fragments of
  alternatives a careful LOB counsellor would call sensible to look at next; `nonsense` are
  fields (domain codes) and name fragments that would make the counsellor frown. A
  suggestion that matches `acceptable` is never nonsense. Anything else is "not acceptable"
  but not nonsense either: the counsellor would not have suggested it, but it is not absurd.
- A *persona* is a student walked through the questionnaire: answers per interest type
  (one answer per item of that type, in item order), the school and the learning
  preference, and what a counsellor expects: one of `fields` among the fitting fields, the
  suggestions mostly `acceptable`, none `nonsense`, and no ranked list at all for a profile
  that does not point one way (`expect_gate`).

Pure data and matching; `kiesmbo.recommend.evaluate` runs it on the site's feature path.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Domain codes (seed_data/domains.csv), named so the cases read as a counsellor writes them.
BOUW, AFBOUW, TECHNIEK, AMBACHT_LAB = "79000", "79010", "79020", "79030"
MEDIA, ICT, MOBILITEIT, TRANSPORT = "79040", "79050", "79060", "79070"
HANDEL, ECONOMIE, VEILIGHEID_SPORT, UITERLIJK = "79080", "79090", "79100", "79110"
HORECA, TOERISME, ZORG, GROEN, ENTREE = "79120", "79130", "79140", "79160", "79999"

# Fields that are nonsense next to hands-on technical work, and the other way round.
NOT_FOR_TECHNICAL = (ZORG, UITERLIJK, ECONOMIE, MEDIA, TOERISME)
NOT_FOR_PEOPLE_WORK = (BOUW, AFBOUW, TECHNIEK, MOBILITEIT, TRANSPORT, ICT)
NOT_FOR_OFFICE = (BOUW, AFBOUW, TECHNIEK, MOBILITEIT, UITERLIJK)
# Performing arts sit in the Zorg en welzijn domain in the 2015 regulation; next to care
# work they are nonsense, and care work is nonsense next to them.
PERFORMING = ("acteur", "danser", "musical", "muzikant")
CARE_NAMES = ("verzorgende", "helpende", "verpleegkundige", "maatschappelijke zorg",
              "sociaal werker", "pedagogisch", "doktersassistent", "tandartsassistent",
              "apothekersassistent")


def fold(text: str) -> str:
    """Lower-case without accents, so 'Coördinator' matches 'coordinator'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Case:
    """A programme, and what a counsellor would accept or reject as an alternative."""

    crebo: str
    name: str  # for reading; the crebo decides
    acceptable: tuple[str, ...]
    nonsense_fields: tuple[str, ...] = ()
    nonsense: tuple[str, ...] = ()

    def judge(self, name: str, domain: str) -> str:
        """'acceptable', 'nonsense' or 'other' for one suggested programme."""
        folded = fold(name)
        if any(fold(a) in folded for a in self.acceptable):
            return "acceptable"
        if domain in self.nonsense_fields or any(fold(n) in folded for n in self.nonsense):
            return "nonsense"
        return "other"


@dataclass(frozen=True)
class Persona:
    """A student profile as answered in the questionnaire, with a counsellor's expectation."""

    name: str
    answers: dict[str, tuple[int, ...]]  # interest type -> answers 1-5 in item order
    school: str  # kiesmbo.questionnaire.School value
    learning: str = "either"  # kiesmbo.questionnaire.LearningPreference value
    fields: tuple[str, ...] = ()  # at least one of these among the fitting fields
    acceptable: tuple[str, ...] = ()
    nonsense_fields: tuple[str, ...] = ()
    nonsense: tuple[str, ...] = ()
    expect_gate: bool = False  # the answers do not point one way: no ranked list
    expect_levels: tuple[int, ...] = ()  # at least one suggestion at each of these levels

    def judge(self, name: str, domain: str) -> str:
        return Case("", self.name, self.acceptable, self.nonsense_fields,
                    self.nonsense).judge(name, domain)


CASES: tuple[Case, ...] = (
    # --- Zorg en welzijn -------------------------------------------------------------------
    Case("25498", "Helpende Zorg en Welzijn",
         ("verzorgende", "helpende", "maatschappelijke zorg", "pedagogisch",
          "facilitaire dienstverlening", "sport en recreatie", "assistent dienstverlening",
          "zorgboerderij", "verpleegkundige", "onderwijsassistent", "doktersassistent",
          "tandartsassistent", "apothekersassistent"),
         NOT_FOR_PEOPLE_WORK, PERFORMING),
    Case("25656", "Verzorgende-IG",
         ("verpleegkundige", "helpende", "maatschappelijke zorg", "begeleider",
          "pedagogisch", "doktersassistent", "apothekersassistent", "tandartsassistent",
          "medisch pedicure", "sociaal werker", "steriele medische", "zorgboerderij",
          "onderwijsassistent"),
         NOT_FOR_PEOPLE_WORK, PERFORMING),
    Case("25655", "Mbo-Verpleegkundige",
         ("verzorgende", "doktersassistent", "apothekersassistent", "tandartsassistent",
          "begeleider maatschappelijke zorg", "sociaal werker", "pedagogisch",
          "medisch pedicure", "medisch analist", "steriele", "oogheelkundig",
          "dierenartsassistent", "praktijkopleider", "leefstijlcoach", "bewegingsagoog",
          "zorgboerderij"),
         NOT_FOR_PEOPLE_WORK, PERFORMING),
    Case("25696", "Pedagogisch medewerker kinderopvang",
         ("pedagogisch", "onderwijsassistent", "helpende", "maatschappelijke zorg",
          "sociaal werker", "sport- en bewegingsleider", "buurtsportcoach", "verzorgende",
          "begeleider", "sport en recreatie", "zorgboerderij"),
         NOT_FOR_PEOPLE_WORK, PERFORMING),
    Case("25698", "Onderwijsassistent",
         ("pedagogisch", "onderwijs", "instructeur", "praktijkopleider", "sociaal werker",
          "buurtsportcoach", "trainer-coach", "bibliotheek", "begeleider", "bewegingsagoog",
          "sport- en bewegingsleider"),
         NOT_FOR_PEOPLE_WORK, PERFORMING),
    Case("25615", "Sociaal werker",
         ("begeleider", "sociaal", "pedagogisch", "buurtsportcoach", "onderwijsassistent",
          "verpleegkundige", "leefstijlcoach", "bewegingsagoog", "arbeidsbemiddeling",
          "zorgboerderij", "verzorgende", "legal, insurance & hr", "handhaver",
          "praktijkopleider"),
         NOT_FOR_PEOPLE_WORK, PERFORMING),
    Case("25695", "Doktersassistent",
         ("tandartsassistent", "apothekersassistent", "dierenartsassistent",
          "verpleegkundige", "verzorgende", "office & management support", "medisch",
          "oogheelkundig", "steriele", "optiek", "opticien", "audicien", "legal, insurance"),
         (BOUW, AFBOUW, TECHNIEK, MOBILITEIT, TRANSPORT), PERFORMING),
    # --- ICT, media ------------------------------------------------------------------------
    Case("25604", "Software developer",
         ("it systems", "ict", "technicus data", "e-commerce", "mediavormgever",
          "smart industry", "smart building", "technicus engineering", "mediamanager",
          "geo, data en design", "mechatronica", "elektrotechni", "avionica"),
         (ZORG, UITERLIJK, HORECA, BOUW, AFBOUW, TOERISME)),
    Case("25607", "Medewerker ICT support",
         ("ict", "it systems", "datadistributie", "technicus data", "business services",
          "elektrotechnische installaties", "printmedia", "software"),
         (ZORG, UITERLIJK, HORECA, BOUW, TOERISME)),
    Case("25605", "Allround medewerker IT systems and devices",
         ("ict", "it systems", "software", "datadistributie", "technicus data",
          "mechatronica", "elektrotechni", "avionica", "smart"),
         (ZORG, UITERLIJK, HORECA, BOUW, TOERISME)),
    Case("25633", "Mediavormgever",
         ("media", "vormgever", "fotogra", "sign", "printmedia", "av-", "fashion designer",
          "creatief vakman", "software developer", "marketing", "decoratie", "e-commerce"),
         (ZORG, BOUW, TRANSPORT, MOBILITEIT, TECHNIEK), CARE_NAMES),
    Case("25718", "Fotograaf",
         ("fotografie", "media", "av-", "vormgever", "sign", "printmedia", "marketing",
          "podium"),
         (ZORG, BOUW, TRANSPORT, MOBILITEIT, TECHNIEK), CARE_NAMES),
    Case("25651", "Acteur",
         ("acteur", "danser", "musical", "muzikant", "podium", "media", "av-", "fotogra",
          "evenement"),
         (BOUW, TECHNIEK, TRANSPORT, MOBILITEIT), CARE_NAMES),
    Case("25654", "Muzikant",
         ("muzikant", "acteur", "danser", "musical", "podium", "av-", "pianotechnicus",
          "media", "evenement"),
         (BOUW, TECHNIEK, TRANSPORT, MOBILITEIT), CARE_NAMES),
    # --- Economie, handel ------------------------------------------------------------------
    Case("25725", "Business Administration & Control Specialist",
         ("business", "office & management", "legal", "accountmanager", "commercieel",
          "junior manager", "e-commerce", "marketing", "retailmanager", "ondernemer handel",
          "leidinggevende team", "facilitair leidinggevende", "transport en logistiek",
          "logistiek supervisor", "bibliotheek", "havenlogistiek", "fashion product"),
         (*NOT_FOR_OFFICE, ZORG)),
    Case("25724", "Assistant Business Services",
         ("business services", "office", "retailmedewerker", "logistiek medewerker",
          "commercieel medewerker", "ict support", "bibliotheek", "assistent dienstverlening",
          "facilitaire dienstverlening", "verkoopmedewerker", "assistent verkoop",
          "havenlogistiek", "agrohandel"),
         NOT_FOR_OFFICE),
    Case("25723", "Allround Assistant Business Services",
         ("business services", "office", "retail", "logistiek", "commercieel",
          "ict support", "bibliotheek", "facilitaire dienstverlening", "evenementen",
          "legal", "havenlogistiek", "agrohandel", "arbeidsbemiddeling"),
         NOT_FOR_OFFICE),
    Case("25727", "Marketing & Communication Specialist",
         ("marketing", "e-commerce", "accountmanager", "mediamanager", "mediaredactie",
          "mediavormgever", "evenementen", "retailmanager", "ondernemer handel",
          "fashion retailer", "fashion product", "office", "business", "legal",
          "junior manager", "commercieel", "fotograaf"),
         (*NOT_FOR_OFFICE, ZORG)),
    Case("25808", "Retailmedewerker",
         ("retail", "verkoop", "fashion", "business services", "commercieel", "vers",
          "logistiek medewerker", "fastservice", "gastheer", "optiek", "bloem",
          "agrohandel"),
         (BOUW, TECHNIEK, ZORG, TRANSPORT)),
    Case("25809", "Retailspecialist",
         ("retail", "verkoop", "fashion", "commercieel", "ondernemer", "interieuradviseur",
          "vers", "e-commerce", "traiteur", "accountmanager", "bloem", "agrohandel",
          "optiek", "business services"),
         (BOUW, TECHNIEK, ZORG, TRANSPORT)),
    # --- Uiterlijke verzorging -------------------------------------------------------------
    Case("25641", "Kapper",
         ("haarstylist", "kapper", "make-up", "schoonheid", "pedicure", "salon",
          "fashion", "retailmedewerker"),
         (BOUW, AFBOUW, TECHNIEK, TRANSPORT, ICT, MOBILITEIT)),
    Case("25906", "Schoonheidspecialist",
         ("schoonheid", "pedicure", "make-up", "haarstylist", "salon", "kapper",
          "leefstijl", "fashion"),
         (BOUW, AFBOUW, TECHNIEK, TRANSPORT, ICT, MOBILITEIT)),
    # --- Horeca, toerisme ------------------------------------------------------------------
    Case("25180", "Kok",
         ("kok", "keuken", "bakker", "gastheer", "fastservice", "vers", "traiteur",
          "horeca", "patissier", "voeding", "worstmaker", "versindustrie", "hospitality"),
         (ZORG, ICT, BOUW, TECHNIEK, ECONOMIE)),
    Case("25182", "Zelfstandig werkend kok",
         ("kok", "keuken", "bakker", "gastheer", "fastservice", "vers", "traiteur",
          "horeca", "patissier", "voeding", "worstmaker", "gastronoom", "boulanger",
          "hospitality"),
         (ZORG, ICT, BOUW, TECHNIEK, ECONOMIE)),
    Case("25721", "Uitvoerend bakker",
         ("bakker", "boulanger", "patissier", "kok", "vers", "traiteur", "voeding",
          "fastservice", "bakkerij", "worstmaker", "assistent horeca"),
         (ZORG, ICT, BOUW, TECHNIEK, ECONOMIE)),
    Case("25168", "Gastheer/-vrouw",
         ("gastheer", "kok", "fastservice", "hospitality", "leisure", "travel", "bediening",
          "facilitaire", "assistent horeca", "retailmedewerker", "luchtvaartdienstverlener",
          "sport en recreatie", "assistent dienstverlening"),
         (BOUW, TECHNIEK, ICT, MOBILITEIT)),
    Case("25646", "Leidinggevende leisure en hospitality",
         ("hospitality", "leisure", "travel", "evenementen", "leidinggevende", "manager",
          "horeca", "facilitair", "buitensport", "luchtvaart", "ondernemer", "gastronoom"),
         (BOUW, TECHNIEK, MOBILITEIT, AFBOUW)),
    Case("25184", "Manager/ondernemer horeca",
         ("horeca", "leidinggevende", "manager", "ondernemer", "bedrijfsleider",
          "hospitality", "gastronoom", "facilitair", "bakkerij", "retailmanager",
          "evenementen", "patissier", "gespecialiseerd kok", "boulanger"),
         (BOUW, TECHNIEK, MOBILITEIT, ZORG)),
    # --- Bouw, afbouw ----------------------------------------------------------------------
    Case("25786", "Metselaar",
         ("metselaar", "voeger", "voegwerk", "tegelzetter", "timmerman", "stukadoor",
          "straatmaker", "opperman", "restauratie", "gevel", "natuursteen", "dekvloer",
          "vakman gww", "dakdekker", "assistent bouwen", "betonreparateur", "beton",
          "steigerbouw", "sloper", "asfalt"),
         (ZORG, ICT, MEDIA, UITERLIJK, ECONOMIE, HORECA)),
    Case("25829", "Timmerman",
         ("timmerman", "metselaar", "meubelmaker", "houtbewerk", "houttechniek",
          "dakdekker", "montage", "restauratie", "tegelzetter", "klussen", "stukadoor",
          "steigerbouw", "interieurbouw", "glaszetter", "keukenmonteur", "plafond",
          "assistent bouwen", "vakman gww", "parket", "beton", "schilder"),
         (ZORG, ICT, MEDIA, UITERLIJK, ECONOMIE, HORECA)),
    Case("25828", "Allround timmerman",
         ("timmerman", "metselaar", "meubelmaker", "houtbewerk", "houttechniek",
          "dakdekker", "montage", "restauratie", "tegelzetter", "klussen", "stukadoor",
          "steigerbouw", "interieurbouw", "glaszetter", "keukenmonteur", "uitvoerder",
          "werkvoorbereider", "interieurvakman", "beton", "sloper", "vakman gww",
          "natuursteen", "hout"),
         (ZORG, ICT, MEDIA, UITERLIJK, ECONOMIE, HORECA)),
    Case("25119", "Uitvoerder bouw/infra",
         ("uitvoerder", "middenkader", "werkvoorbereider", "opzichter", "technicus hout",
          "vastgoed", "tekenaar", "vakexpert geo", "teamleider ambor", "restauratie",
          "allround"),
         (ZORG, UITERLIJK, MEDIA, HORECA)),
    Case("25589", "Schilder",
         ("schilder", "stukadoor", "lakverwerker", "autospuiter", "glaszetter",
          "woningstofferen", "plafond", "decoratie", "tegelzetter", "timmerman", "klussen",
          "gevel", "dekvloer", "assistent bouwen", "parket", "metselaar", "glazenwasser"),
         (ZORG, ICT, UITERLIJK, ECONOMIE, HORECA)),
    # --- Techniek, installatie -------------------------------------------------------------
    Case("25737", "Monteur elektrotechnische installaties",
         ("monteur", "elektrotechni", "installatie", "datadistributie", "spanning",
          "mechatronica", "koude", "airco", "assistent metaal", "ict support",
          "it systems", "operator"),
         (*NOT_FOR_TECHNICAL, HORECA)),
    Case("25736", "Eerste monteur elektrotechnische installaties gebouwde omgeving",
         ("monteur", "elektrotechni", "installatie", "datadistributie", "spanning",
          "mechatronica", "klimaat", "smart building", "technicus", "it systems"),
         (*NOT_FOR_TECHNICAL, HORECA)),
    Case("25893", "Technicus mechatronica",
         ("technicus", "mechatronica", "engineering", "elektrotechni", "smart industry",
          "operator c", "tekenaar", "avionica", "instrument", "mechanica", "it systems",
          "software"),
         (*NOT_FOR_TECHNICAL, HORECA)),
    Case("25886", "Airco/warmtepompmonteur",
         ("koude", "klimaat", "airco", "installatie", "monteur", "elektrotechni",
          "warmte", "isolatie", "assistent metaal"),
         (*NOT_FOR_TECHNICAL, HORECA)),
    Case("25761", "Procesoperator A",
         ("operator", "procestechniek", "productietechniek", "versindustrie",
          "voeding en technologie", "machineoperator", "monteur", "laborant",
          "operationele techniek", "operationeel technicus", "lakverwerker"),
         (ZORG, UITERLIJK, MEDIA, ECONOMIE)),
    Case("25044", "Allround laborant",
         ("laborant", "analist", "biotechnicus", "voeding", "steriele", "tandtechni",
          "proefdier", "researchinstrument", "procesoperator", "onderzoeker",
          "operator b", "optiek"),
         (UITERLIJK, HORECA, BOUW, TRANSPORT, MOBILITEIT)),
    Case("25045", "Biologisch medisch analist",
         ("analist", "laborant", "biotechnicus", "voeding en kwaliteit",
          "voeding en technologie", "onderzoeker", "dierenartsassistent",
          "apothekersassistent", "doktersassistent", "verpleegkundige", "vruchtbaarheid",
          "tandtechnicus", "proefdier", "oogheelkundig"),
         (UITERLIJK, HORECA, BOUW, TRANSPORT, MOBILITEIT)),
    # --- Mobiliteit, transport -------------------------------------------------------------
    Case("25668", "Basis technicus voertuigen en mobiele werktuigen",
         ("voertuig", "auto", "fiets", "caravan", "motortechnicus", "carrosserie",
          "assemblage", "mobiliteit", "agrarisch loonwerk", "schadehersteller", "spuiter",
          "monteur"),
         (ZORG, ECONOMIE, UITERLIJK, MEDIA)),
    Case("25669", "Allround technicus voertuigen en mobiele werktuigen",
         ("voertuig", "auto", "fiets", "caravan", "motortechnicus", "carrosserie",
          "assemblage", "mobiliteit", "agrarisch loonwerk", "schadehersteller", "spuiter",
          "technisch specialist", "monteur", "mechatronica"),
         (ZORG, ECONOMIE, UITERLIJK, MEDIA)),
    Case("25231", "Fietstechnicus",
         ("fiets", "voertuig", "caravan", "motortechnicus", "assemblage",
          "assistent mobiliteit", "retailmedewerker", "carrosserie", "autoschade",
          "spuiter"),
         (ZORG, ECONOMIE, UITERLIJK, MEDIA)),
    Case("25883", "Autoschadehersteller",
         ("autoschade", "spuiter", "carrosserie", "voertuig", "caravan", "lakverwerker",
          "plaatwerker", "constructie repair", "motortechnicus", "fiets"),
         (ZORG, ECONOMIE, UITERLIJK, MEDIA)),
    Case("25671", "Chauffeur wegvervoer",
         ("chauffeur", "logistiek medewerker", "machinist", "assistent logistiek",
          "agrohandel en logistiek", "havenoperaties", "havenlogistiek",
          "agrarisch loonwerk"),
         (ZORG, UITERLIJK, ICT, ECONOMIE, MEDIA), ("maritiem officier", "kapitein")),
    Case("25774", "Logistiek medewerker",
         ("logistiek", "chauffeur", "havenoperaties", "havenlogistiek", "agrohandel",
          "retailmedewerker", "business services", "productietechniek", "versindustrie"),
         (ZORG, UITERLIJK, MEDIA)),
    Case("25777", "Specialist transport en logistiek",
         ("logistiek", "havenoperaties", "havenlogistiek", "air cargo",
          "aviation operations", "junior manager", "business administration",
          "supervisor", "agrohandel", "internationale handel", "werkvoorbereider",
          "e-commerce"),
         (ZORG, UITERLIJK, MEDIA)),
    Case("25610", "Matroos binnenvaart",
         ("binnenvaart", "schipper", "matroos", "maritie", "bootman", "havenoperaties",
          "stuurman", "rondvaart", "waterbouw", "havenlogistiek"),
         (ZORG, UITERLIJK, ECONOMIE, MEDIA)),
    # --- Veiligheid, sport -----------------------------------------------------------------
    Case("25690", "Beveiliger 2",
         ("beveiliger", "toezicht", "handhaver", "grondoptreden", "maritiem",
          "aankomend"),
         (UITERLIJK, MEDIA, AMBACHT_LAB)),
    Case("25908", "Sport- en bewegingsleider",
         ("sport", "beweging", "trainer", "leefstijl", "instructeur", "onderwijsassistent",
          "pedagogisch", "recreatie", "leisure"),
         (BOUW, TECHNIEK, MOBILITEIT, AFBOUW)),
    # --- Groen, dieren ---------------------------------------------------------------------
    Case("25732", "Medewerker dierverzorging",
         ("dier", "veehouderij", "paard", "proefdier", "hoefsmid", "zorgboerderij", "groen",
          "hovenier", "teelt", "natuur", "assistent plant", "agrarisch"),
         (ECONOMIE, ICT, MEDIA, UITERLIJK)),
    Case("25621", "Medewerker hovenier",
         ("hovenier", "groen", "teelt", "bloem", "natuur", "boomverzorger",
          "beheer openbare ruimte", "straatmaker", "agrarisch loonwerk", "assistent plant",
          "dierverzorging", "veehouderij"),
         (ECONOMIE, ICT, MEDIA, UITERLIJK)),
    # --- Ambacht -------------------------------------------------------------------------
    Case("25857", "Goudsmid",
         ("goudsmid", "zilversmid", "juwelier", "uurwerk", "creatief vakman",
          "maatschoenmaker", "zadel", "vormgever", "fashion designer", "instrument",
          "pianotechnicus", "tandtechnicus"),
         (ZORG, TRANSPORT, ECONOMIE)),
    Case("25631", "Opticien",
         ("optiek", "audicien", "oogheelkundig", "juwelier", "uurwerk", "orthopedisch",
          "tandtechnicus", "doktersassistent", "retail"),
         (BOUW, TRANSPORT, MOBILITEIT)),
    # --- Entree ----------------------------------------------------------------------------
    Case("25740", "Assistent bouwen, wonen en onderhoud",
         ("assistent", "metselaar", "timmerman", "schilder", "stukadoor", "onderhoud",
          "schoonmaker", "glazenwasser", "servicemedewerker gebouwen", "vakman gww",
          "straatmaker", "opperman", "tegelzetter", "dakdekker", "glaszetter", "hovenier",
          "groen", "plafond", "woningstofferen", "dekvloer", "voeger"),
         (ZORG, UITERLIJK, ECONOMIE, MEDIA)),
    Case("25741", "Assistent dienstverlening",
         ("assistent", "helpende", "facilitaire", "business services", "retail",
          "gastheer", "fastservice", "schoonmaker", "sport en recreatie",
          "servicemedewerker"),
         (BOUW, TECHNIEK, MOBILITEIT, TRANSPORT)),
    Case("25748", "Assistent verkoop/retail",
         ("assistent", "retail", "verkoop", "fastservice", "logistiek medewerker",
          "fashion", "vers", "business services", "gastheer"),
         (BOUW, TECHNIEK, ZORG)),
    Case("25742", "Assistent horeca, voeding of voedingsindustrie",
         ("assistent", "kok", "bakker", "fastservice", "gastheer", "vers", "voeding",
          "versindustrie", "facilitaire"),
         (BOUW, TECHNIEK, ICT, ECONOMIE)),
    Case("25099", "Machinist grondverzet",
         ("machinist", "wegenbouw", "hijswerk", "gww", "agrarisch loonwerk", "waterbouw",
          "chauffeur", "asfalt", "uitvoerder", "straatmaker", "vakman", "groen en cultuur"),
         (ZORG, UITERLIJK, ECONOMIE, MEDIA)),
)


def _answers(r: int, i: int, a: int, s: int, e: int, c: int) -> dict[str, tuple[int, ...]]:
    """The same answer for every item of a type (most personas vary some items below)."""
    return {"realistic": (r,) * 6, "investigative": (i,) * 6, "artistic": (a,) * 6,
            "social": (s,) * 6, "enterprising": (e,) * 6, "conventional": (c,) * 6}


def _with(base: dict[str, tuple[int, ...]], **types: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    return {**base, **types}


PERSONAS: tuple[Persona, ...] = (
    Persona("Sanne: vmbo basis, wants to care for people",
            _with(_answers(2, 2, 2, 5, 2, 2), social=(5, 4, 5, 3, 3, 5),
                  artistic=(1, 2, 2, 3, 2, 2)),
            "vmbo_basis",
            fields=("Zorg en welzijn",),
            acceptable=("helpende", "facilitaire", "sport en recreatie", "pedagogisch",
                        "verzorgende", "dienstverlening", "zorgboerderij", "dierverzorging",
                        "gastheer", "kapper", "business services", "retail"),
            nonsense_fields=NOT_FOR_PEOPLE_WORK, expect_levels=(2,)),
    Persona("Daan: vmbo kader, builds and repairs things",
            _with(_answers(5, 3, 2, 1, 2, 2), realistic=(5, 5, 4, 4, 5, 3),
                  investigative=(4, 2, 3, 1, 3, 3)),
            "vmbo_kader",
            fields=("Bouw en infra", "Afbouw, hout en onderhoud", "Techniek en procesindustrie",
                    "Mobiliteit en voertuigen"),
            acceptable=("monteur", "timmerman", "metselaar", "technicus", "machinist",
                        "allround", "eerste", "dakdekker", "tegelzetter", "stukadoor",
                        "schilder", "vakman", "betontimmerman", "steigerbouw", "operator",
                        "autoschade", "carrosserie", "spuiter", "hovenier", "boomverzorger",
                        "loonwerk", "meubelmaker", "sloper", "natuursteen", "beton",
                        "waterbouwer", "hoefsmid", "balkman", "betonboorder", "gezel",
                        "glaszetter", "specialist", "interieurvakman", "stoffeerder"),
            nonsense_fields=NOT_FOR_TECHNICAL),
    Persona("Yusuf: vmbo gt, computers and how things work",
            _with(_answers(4, 5, 2, 2, 2, 3), realistic=(4, 2, 1, 5, 3, 2),
                  investigative=(5, 3, 4, 2, 5, 5)),
            "vmbo_gt",
            fields=("Informatie en communicatietechnologie", "Techniek en procesindustrie"),
            acceptable=("ict", "software", "technicus", "it systems", "monteur", "operator",
                        "laborant", "analist", "elektrotechni", "mechatronica",
                        "datadistributie", "tekenaar", "middenkader", "avionica",
                        "instrument", "engineering", "smart", "uurwerk", "vliegtuig"),
            nonsense_fields=(ZORG, UITERLIJK, HORECA, TOERISME)),
    Persona("Lotte: havo, design and media, a bit of business",
            _with(_answers(2, 3, 5, 2, 4, 2), artistic=(5, 5, 4, 3, 3, 4),
                  enterprising=(4, 3, 3, 4, 4, 2)),
            "havo",
            fields=("Media en vormgeving", "Handel en ondernemerschap",
                    "Economie en administratie"),
            acceptable=("media", "vormgever", "marketing", "fashion", "fotograaf", "sign",
                        "e-commerce", "evenement", "interieur", "av-", "printmedia",
                        "creatief", "podium", "decoratie", "stylin", "bloem", "acteur",
                        "danser", "musical", "muzikant", "goudsmid", "zilversmid",
                        "juwelier", "salonmanager", "schoonheid", "gastronoom", "patissier",
                        "ondernemer", "retail"),
            nonsense_fields=(BOUW, TECHNIEK, TRANSPORT, MOBILITEIT, ICT)),
    Persona("Mila: vmbo kader, orderly office work",
            _with(_answers(2, 3, 2, 2, 3, 5), conventional=(5, 5, 4, 5, 4, 5),
                  enterprising=(3, 2, 4, 3, 3, 3)),
            "vmbo_kader",
            fields=("Economie en administratie",),
            acceptable=("business", "administrat", "office", "legal", "commercieel",
                        "logistiek", "bibliotheek", "accountmanager", "e-commerce",
                        "havenlogistiek", "havenoperaties", "agrohandel", "junior manager",
                        "arbeidsbemiddeling", "marketing", "apothekersassistent",
                        "doktersassistent", "tandartsassistent", "air cargo", "aviation",
                        "werkvoorbereider", "retail", "evenementen", "facilitair"),
            nonsense_fields=(BOUW, UITERLIJK, MEDIA)),
    Persona("Kevin: vmbo kader, sells and takes the lead",
            _with(_answers(2, 2, 2, 3, 5, 3), enterprising=(5, 5, 5, 4, 5, 5),
                  social=(3, 2, 3, 4, 4, 2)),
            "vmbo_kader",
            fields=("Handel en ondernemerschap", "Economie en administratie",
                    "Horeca en bakkerij", "Toerisme en recreatie",
                    "Voedsel, natuur en leefomgeving"),
            acceptable=("retail", "commercieel", "manager", "ondernemer", "accountmanager",
                        "hospitality", "leidinggevende", "marketing", "evenement",
                        "e-commerce", "makelaar", "vastgoed", "fashion", "bedrijfsleider",
                        "junior", "adviseur", "consulent", "supervisor", "coordinator",
                        "teamleider", "business", "specialist", "legal", "horeca",
                        "interieuradviseur", "mobiliteitsbranche"),
            nonsense_fields=(BOUW, AFBOUW, AMBACHT_LAB)),
    Persona("Noor: adult without a diploma, wants care work through bbl",
            _with(_answers(2, 2, 2, 5, 2, 3), social=(5, 3, 5, 3, 2, 5)),
            "adult_no_diploma", learning="bbl",
            fields=("Zorg en welzijn", "Entree"),
            acceptable=("helpende", "assistent", "facilitaire", "sport en recreatie",
                        "pedagogisch", "verzorgende", "zorgboerderij", "dierverzorging",
                        "schoonmaker", "gastheer", "business services", "retail",
                        "servicemedewerker", "beveiliger", "toezicht"),
            nonsense_fields=NOT_FOR_PEOPLE_WORK, expect_levels=(1, 2)),
    Persona("Femke: every answer 'in between'",
            _answers(3, 3, 3, 3, 3, 3), "vmbo_kader", expect_gate=True),
    Persona("Jesse: every answer 'in between' but one",
            _with(_answers(3, 3, 3, 3, 3, 3), artistic=(4, 3, 3, 3, 3, 3)),
            "vmbo_kader", expect_gate=True),
    Persona("Bram: vmbo basis, animals, plants and being outside",
            _with(_answers(4, 2, 2, 2, 2, 2), realistic=(3, 3, 5, 2, 4, 5),
                  investigative=(2, 3, 2, 3, 1, 2)),
            "vmbo_basis",
            fields=("Voedsel, natuur en leefomgeving", "Bouw en infra",
                    "Afbouw, hout en onderhoud"),
            acceptable=("dier", "hovenier", "groen", "teelt", "veehouderij", "agrarisch",
                        "natuur", "bloem", "beheer openbare ruimte", "afvalbeheer", "vakman",
                        "straatmaker", "opperman", "metselaar", "timmerman", "dakdekker",
                        "asfalt", "machinist", "chauffeur", "logistiek", "matroos",
                        "bootman", "monteur", "technicus", "tegelzetter", "sloper",
                        "stukadoor", "schilder", "glazenwasser", "schoonmaker", "voeger",
                        "beton", "waterbouwer", "isolatie", "houtbewerk", "houttechniek",
                        "vers", "versindustrie", "glaszetter", "dekvloer", "steigerbouw",
                        "assemblage", "natuursteen", "meubelmaker", "plafond", "fiets",
                        "autoschade", "spuiter", "carrosserie", "operator"),
            nonsense_fields=(ECONOMIE, UITERLIJK, MEDIA, ICT), expect_levels=(2,)),
    Persona("Aylin: vmbo gt, hair, make-up and people",
            _with(_answers(2, 2, 4, 4, 3, 2), artistic=(3, 2, 4, 3, 3, 5),
                  social=(4, 3, 5, 3, 2, 4)),
            "vmbo_gt",
            fields=("Uiterlijke verzorging", "Zorg en welzijn", "Media en vormgeving"),
            acceptable=("kapper", "haarstylist", "schoonheid", "make-up", "pedicure",
                        "salon", "pedagogisch", "onderwijsassistent", "sociaal", "begeleider",
                        "verzorgende", "verpleegkundige", "acteur", "danser", "musical",
                        "muzikant", "fashion", "media", "vormgever", "fotogra", "leefstijl",
                        "buurtsportcoach", "bewegings", "sport", "hospitality", "interieur",
                        "decoratie", "bloem", "instructeur", "praktijkopleider"),
            nonsense_fields=(BOUW, TECHNIEK, TRANSPORT, MOBILITEIT, ICT)),
    Persona("Tim: havo, laboratory work and precision",
            _with(_answers(3, 5, 2, 2, 2, 4), investigative=(4, 5, 5, 5, 4, 4),
                  conventional=(4, 3, 4, 5, 4, 4), realistic=(3, 2, 2, 3, 2, 3)),
            "havo",
            fields=("Ambacht, laboratorium en gezondheidstechniek",
                    "Informatie en communicatietechnologie", "Techniek en procesindustrie",
                    "Voedsel, natuur en leefomgeving"),
            acceptable=("analist", "laborant", "biotechnicus", "voeding", "technicus",
                        "software", "onderzoeker", "tandtechnicus", "oogheelkundig",
                        "opticien", "audicien", "orthopedisch", "uurwerk", "instrument",
                        "tekenaar", "middenkader", "landmeetkunde", "geo, data",
                        "operator", "expert it", "verpleegkundige", "apothekersassistent",
                        "doktersassistent", "dierenartsassistent", "vruchtbaarheid",
                        "engineering", "smart", "adviseur", "werkvoorbereider",
                        "business administration", "legal", "office", "behoudsmedewerker",
                        "pianotechnicus", "productietechnicus", "avionica"),
            nonsense_fields=(UITERLIJK, HORECA, TOERISME)),
)
