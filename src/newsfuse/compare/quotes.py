"""Direct quotes with their speaker and the speaker's role ("…," said Mayor Lena Brandt; "…," she said)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from itertools import islice

import pycountry

from newsfuse.compare.entities import LOC_CUES, ORG_CUES, TITLES, place_names
from newsfuse.compare.mentions import Mention
from newsfuse.model import Article, Span
from newsfuse.text import word_tokens
from newsfuse.text.words import STOP_WORDS

_QUOTE_MARKS = re.compile(r"``|''|[\"“”«»]")
"""Double quote marks; two backticks open and two apostrophes close in LDC-style wire copy (``…,'' he said)."""
VERBS = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|explained|noted|warned|asked|asks|wrote|writes|"
    r"insisted|argued|recalled|declared|announced|continued|replied|responded|acknowledged|admitted|claimed|"
    r"suggested|cautioned|stressed|emphasized|emphasised|observed|remarked|tweeted|posted|conceded|vowed|"
    r"demurred|echoed|interjected|shouted|screamed|joked|quipped|concluded|complained|predicted|promised|"
    r"recounted|testified|whispered|yelled|agreed|countered|retorted|boasted|lamented|mused|urged|"
    r"answered|answers|explains|notes|warns|insists|argues|recalls|declares|announces|continues|replies|"
    r"responds|acknowledges|admits|claims|suggests|cautions|stresses|emphasizes|observes|remarks|tweets|"
    r"concedes|vows|concludes|complains|predicts|promises|testifies|counters|retorts|boasts|jokes|quips|"
    r"pressed|questioned|charged|assured|agrees|wondered|demanded|shot back|fired back|chimed in|"
    r"reported|reports|put it|puts it|pointed out|points out|went on|goes on|remembered|cracked|beamed|scoffed|barked|snapped|"
    r"mocks|mocked|asserted|asserts|surmised|elaborated|boomed|fumed|reacted|riffed|opined|exclaimed|affirms|"
    r"dijo|afirmó|explicó|señaló|añadió|declaró|aseguró|contó)"
)
_CAP = r"(?:[A-ZÀ-ÖØ-Þ]\.(?:[A-ZÀ-ÖØ-Þ]\.)*|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Gen|Sen|Rep|Capt|Gov|Prof|Del|Insp|Const|Cst|Supt|Coun|Det|Cpl|Sgt|Hon|Atty|Col|Adm|Maj|Rev|Cmdr|Ald)\.|[A-ZÀ-ÖØ-Þ][\w'’-]*)"
_NAME = rf"{_CAP}(?:\s+(?:(?:de|van|von|da|del|la|le|bin|al)\s+)?{_CAP}){{0,6}}(?:\s+\([\w.-]+\))?"
_ROLE_LEAD = r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w'-]*\s+){0,5}?"
_NOT_DESCRIBING = (
    r"(?!(?:as|when|while|he|she|they|who|that|and|but|if|because|after|before|since|will|would|can|could|must"
    r"|should|might|shall)\b)"
)
_DESCRIPTION = (
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:{_NOT_DESCRIBING}[\w'’-]+\s+){{0,4}}?{_NOT_DESCRIBING}"
    r"(?:[a-z][\w'-]+|\d{1,3}-year-old)"
)
"""A speaker named by description ("a campaign spokesman", "the minister")."""
_DESCRIBED = re.compile(_DESCRIPTION)
_PERSON_NOUN_ENDINGS = ("man", "woman", "person", "ist", "ian", "er", "or", "ee")
"""Endings of nouns that name people ("businessman", "strategist", "historian", "lawmaker", "nominee")."""
_PERSON_NOUNS = (
    rf"(?:[a-z][\w-]*(?:{'|'.join(_PERSON_NOUN_ENDINGS)})"
    r"|(?:official|aide|analyst|executive|source|expert|attorney|operative)s?)"
)
"""The endings, and nouns of people with other endings, after which a capitalised run only qualifies the noun
("said a senior Harbor Board official": no name)."""
_ORG_ROLE = (
    r"(?:[A-ZÀ-ÖØ-Þ0-9](?:[\w'’/-]{0,3}\.|[\w'’/-]*)[ \xa0]+){1,3}"
    r"(?:(?!(?:and|or|but|as|of|in|on|at|to|for|with|then|who|that|is|was|has|had)\b)[a-z][\w'-]*[ \xa0]+){1,3}"
    r"(?=[A-ZÀ-ÖØ-Þ])"
)
"""A role qualified by its organisation before a name ("White House press secretary", "IMF chief economist")."""
_NOT_NOUNS = r"(?!(?:for|or|nor|after|over|under|per|ever|never|however|whether|together|later|earlier|rather|further|either|neither|other|another|her|before)\b)"
"""Words that end like a person noun ("for", "after") but name no one: "wrote Cameron Easley for Morning Consult"."""
_NAMED = rf"(?:(?:(?:the|a|an)\s+)?(?:[a-z][\w'-]*[ \xa0]+){{1,2}}{_ORG_ROLE}|{_ORG_ROLE}|{_ROLE_LEAD}){_NAME}(?![\w'’-])(?!(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)*\s+{_NOT_NOUNS}{_PERSON_NOUNS}\b)"
"""A name, unless it only qualifies the person noun after it ("the New York businessman")."""
_WHO = rf"{_NAMED}|{_DESCRIPTION}"
_OWNED = (
    r"[A-ZÀ-ÖØ-Þ][\w.-]*(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][\w.-]*){0,3}['’]s[ \xa0]+(?:[\w-]+[ \xa0]+){0,4}?[a-z][\w-]+"
)
"""A role described through its holder before the name ("Google's chief human resources executive, X,")."""
_LED = r"(?:(?:the|a|an)\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
"""Lower-case words of a role before a name ("the economist Jared Bernstein", "former Gov. Jeb Bush")."""
_COLLECTIVE = (
    r"(?:[A-ZÀ-ÖØ-Þ][\w.-]*[ \xa0]+){0,2}(?:(?:federal|local|provincial|state|city|county|senior|other|some|many)"
    r"[ \xa0]+)?(?:police|officials|prosecutors|investigators|authorities|organizers|"
    r"organisers|residents|protesters|witnesses|experts|critics|doctors|firefighters|paramedics|researchers|"
    r"scientists|analysts|economists|officers|sources)(?![\w'’-])"
)
"""A group speaking with no article ("…," police said; "…," Toronto police said in a release)."""
_KIN_WORDS = "son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter"
_RELATIVE_WORDS = rf"(?:[Hh]is|[Hh]er|[Tt]heir)[ \xa0]+(?:{_KIN_WORDS}|partner|spouse)"
"""A relative described through a possessive pronoun ("his brother", "Her husband")."""
_AFTER = re.compile(
    rf"\s*[,—–-]?\s*(?:{VERBS}\s+{_OWNED},[ \xa0]+(?P<n10>{_NAME})(?=[ \xa0]*(?:[.,;\n]|$))"
    rf"|{VERBS}\s+(?P<n1>{_NAMED}|{_DESCRIPTION}|{_RELATIVE_WORDS}|he|she|they|I|we)"
    rf"|(?:as\s+)?(?P<n2>(?!(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|it)\s){_WHO}|{_RELATIVE_WORDS}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|it|{_COLLECTIVE})\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?:also\s+|later\s+|then\s+|often\s+|again\s+)?{VERBS}"
    rf"|(?P<n3>{_LED}{_NAME})(?:,\s+[^,\"“”]{{2,150}}){{1,5}},\s+{VERBS}"
    rf"|(?<!\n)(?!(?:That|This|The|It|But|And|There|These|Those|What|When)\b)(?P<n8>{_NAME}),\s+(?:who|the|a|an)\s+(?:[^,\"“”.;\n]|\.(?=\S)){{2,120}}?\s+{VERBS}\b"
    rf"|(?P<n4>{_LED}{_NAME})\s+of\s+(?:the\s+)?(?P<of>{_NAME})\s+{VERBS}"
    rf"|according\s+to\s+(?P<n5>{_NAMED}|{_DESCRIPTION})"
    rf"|(?P<n6>{_DESCRIPTION}),[ \xa0]+{_NAME},[ \xa0]+(?:also\s+)?{VERBS}"
    rf"|{_OWNED},[ \xa0]+(?P<n7>{_NAME}),[ \xa0]+(?:also\s+)?{VERBS}"
    rf"|(?:his|her|their)[ \xa0]+(?:[a-z][\w'’-]*[ \xa0]+){{0,2}}?[a-z][\w'’-]*,[ \xa0]+(?P<n9>{_NAME}),[ \xa0]+"
    rf"(?:also\s+)?{VERBS})"
)
"""The attribution after a quote: "…," said X / "…," X said / "…," X, a farmer, said (up to three asides: "X,
67, a retired clerk in Allentown, Pa., said") / "…," X of the Y said / "…," X, who chairs the Y said (an aside
left open) / "…," Premier Z's spokesperson, X, said."""
_SIGNED = re.compile(
    rf"[\s\xa0]*[―—–-][\s\xa0]*(?P<n>{_NAME})(?:,[ \xa0]+[A-ZÀ-ÖØ-Þ][^\n\"“”]{{0,60}}?)?\.?[\s\xa0]*(?:\n|$)"
)
"""A quote signed on its line: "…" ― X (vox pops), also with a place or role after a comma ("-X, Philadelphia.")."""
_BEFORE = re.compile(
    rf"(?P<n>{_NAME}|(?:{_DESCRIPTION})(?=\s*,?\s+(?:also\s+|then\s+)?{VERBS})|[Hh]e|[Ss]he|[Tt]hey)"
    rf"(?:\s*,?\s+(?:also\s+|then\s+|later\s+(?:[A-Z][a-z]+day\s+)?)?|\s+ha[ds]\s+)"
    rf"(?:{VERBS}|written|(?P<part>saying|asking|adding|telling|writing|declaring|insisting|arguing|noting|warning))"
    rf"(?:\s+[\w'-]+){{0,6}}\s*[:,]\s*$"
)
_OF_BEFORE = re.compile(rf"(?<![\w'’-])(?P<n>{_LED}{_NAME})[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?\Z")
"""A speaker before "of" and the organisation named before the verb ("Lena Ostrova of the Valley Courier wrote:")."""
_BEFORE_ASIDE = re.compile(
    rf"(?P<n>{_NAMED}),\s+[^,\"“”]{{2,100}},\s+(?:also\s+|then\s+)?{VERBS}(?:\s+[\w'-]+){{0,6}}\s*[:,]\s*$"
)
"""An attribution before a quote with an aside between the speaker and the verb ("Hillary Clinton, at a later
press gaggle, said, "…"", "Lee, who chairs the board, said: "…"")."""
_PERSON = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][a-z'’]+(?:\s+[A-ZÀ-ÖØ-Þ]\.)?(?:\s+[A-ZÀ-ÖØ-Þ][a-z'’]+(?:-[A-ZÀ-ÖØ-Þ][a-z'’]+)?){1,2}\b"
)
_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:who\s+(?:is\s+|was\s+)?|(?:the|a|an)\s+)"
    r"(?P<role>(?:chairs|runs|leads|heads|owns|manages|represents|[a-z])[^,.;\"“”]{2,90})"
)
PRONOUNS = {"he", "she", "they", "i", "we"}
_NOT_PEOPLE = ORG_CUES | LOC_CUES | {"the", "a", "in", "on", "at", "but", "and"}


def normalize_quote(text: str) -> str:
    return " ".join(word_tokens(text))


_CLAUSE_WORDS = frozenset(
    {
        "When",
        "While",
        "As",
        "After",
        "Before",
        "If",
        "Since",
        "Although",
        "Though",
        "Because",
        "Until",
        "Once",
    }
)
"""Capitalised first words of a clause, which no name starts with ("When Sanders accused …")."""
_LEADING_WORDS = frozenset(
    {"Even", "Then", "Both", "For", "See", "Of", "But", "And", "So", "Still", "Yet", "Said", "Like", "Unlike"}
    | {
        "Outside",
        "Inside",
        "Across",
        "Near",
        "Behind",
        "Beyond",
        "Among",
        "Amid",
        "Despite",
        "During",
        "Toward",
    }
    | {"Towards", "Around", "Along", "Beside", "Alongside", "Against", "Throughout", "Following", "Including"}
)
"""Capitalised sentence words before a surname that are no part of the name ("Even Rendell", "Then Brafman")."""
_SHORT_TITLES = frozenset(
    {"Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Sgt.", "Col.", "Adm.", "Maj.", "Rev.", "Prof.", "Del."}
    | {"Insp.", "Const.", "Cst.", "Supt.", "Coun.", "Det.", "Cpl.", "Hon.", "Atty.", "Capt.", "Cmdr.", "Ald."}
)
"""Abbreviated titles before a name ("former Gov. Jeb Bush"): the role, not the name."""


@lru_cache(maxsize=65536)
def split_name(phrase: str) -> tuple[str, str | None]:
    """("Millbrook Fire Chief Ruth Pembroke") → ("Ruth Pembroke", "Millbrook Fire Chief")."""
    words = phrase.split()
    while len(words) > 1 and (words[0] in _CLAUSE_WORDS or words[0] in _LEADING_WORDS):
        words = words[1:]  # "When Sanders accused …", "Even Rendell said": a sentence's first word
    cut = 0
    for i, word in enumerate(words[:-1]):
        if (
            word.lower().rstrip(".,") in TITLES
            or (word[0].islower() and not (word in _PARTICLES and i > 0 and words[i - 1][0].isupper()))
            or word in _SHORT_TITLES
            or word.rstrip(".,") in _CAPITAL_TITLES
            or word.endswith(("'s", "’s"))  # "The Post's Dana Milbank"
        ):
            cut = i + 1
    while (
        len(words) - cut > 2
        and words[cut + 1][-1:] != "."
        and words[cut].lower() not in _FIRST_NAMES
        and (
            words[cut].lower() in _PERSON_HEADS
            or (words[cut].lower().endswith(_HEAD_ENDINGS) and words[cut].lower() not in _NOT_HEADS)
        )
        and not any(w.lower().rstrip(".,") in ORG_CUES for w in words[cut + 1 :])
    ):
        cut += 1  # "Baker Oona Lindqvist", "German Chancellor Angela Merkel": person nouns before the name
    name = " ".join(words[cut:])
    role = " ".join(words[:cut]).strip() or None
    if role and role.split()[0].lower() in {"the", "a", "an", "his", "her", "their", "its"}:
        role = " ".join(role.split()[1:]) or None
    return name, role


_PARTICLES = frozenset(
    {"de", "van", "von", "da", "del", "la", "le", "bin", "al", "du", "di", "der", "den", "dos"}
)
"""Lower-case words inside a surname ("Eileen de Villa"), not a role before the name."""
_CAPITAL_TITLES = frozenset({"MP", "MPP", "MLA", "MNA", "MHA", "CEO"})
"""Titles written in capitals before a name ("Liberal MP Adam Vaughan")."""
_NOT_HEADS = frozenset(
    {"better", "other", "former", "latter", "human", "christian", "outer", "upper", "lower", "inner", "under"}
    | {
        "over",
        "after",
        "super",
        "luther",
        "osman",
        "herman",
        "norman",
        "truman",
        "sherman",
        "german",
        "roman",
    }
    | {"walter", "peter", "oliver", "hunter", "chester", "jupiter", "foster", "homer", "carter", "parker"}
)
"""Words with a person noun's ending that are adjectives, places or first names ("Better Government
Association", "Osman Abu Laban", "Luther Stan Pate"): not a role before a name."""
_HEAD_ENDINGS = ("ist", "ian", "man", "woman", "ess", "er")
"""Endings of a person noun opening a run of three capitalised words before a name ("Baker", "Actress")."""


def is_person(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1].lower() not in _NOT_PEOPLE and words[0].lower() not in _NOT_PEOPLE


_CAPS = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<!\w[A-ZÀ-ÖØ-Þ])[\w'’-]*[\w](?:[ \t\r\xa0]+(?:[A-ZÀ-ÖØ-Þ]\.[ \t\r\xa0]+)?[A-ZÀ-ÖØ-Þ][\w'’-]*[\w])*"
)
"""A run of capitalised words within a line. Its first capital must not follow a word character (a word boundary), tested
after the capital so that the regex engine scans for capitals alone."""
_NOT_NAME_WORDS = frozenset(
    {"convention", "campaign", "administration", "debate", "debates", "caucus", "caucuses", "primary"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight"}
    | {"january", "february", "march", "july", "september", "october", "november", "december"}
    | {"war", "museum", "show", "memorial", "center", "centre", "act", "one", "ii", "iii", "iv"}
    | {"elementary", "secondary", "collegiate", "academy", "arena", "library"}
)
"""Words no person's name holds: events, days, months (not May, June, April or August, which are names),
buildings, shows, numbered things ("World War II", "Marine One", "Steve Harvey Morning Show")."""
_PLACE_FIRST = frozenset({"fort", "port", "mount", "lake", "saint", "san", "santa", "new", "north", "south"})
_PLACE_LAST = frozenset(
    {"sound", "cove", "inlet", "narrows", "strait", "rapids", "portage", "glacier", "fjord"}
)
"""Last words of place names beyond LOC_CUES ("Parry Sound", "Indian Cove"): no person's name ends in one."""


def _person_words(words: list[str]) -> list[str]:
    """Capitalised words without a leading sentence word ("Meanwhile Rihanna") or a possessive ending."""
    # "Bill McInturff" is a name; "When Sanders" is not
    while (
        words
        and (
            words[0].lower() in STOP_WORDS
            or words[0] in _CLAUSE_WORDS
            or words[0] in _LEADING_WORDS
            or words[0].lower() in _GROUP_NOUNS
        )
        and words[0] != "Bill"
    ):
        words = words[1:]
    if words and words[-1].endswith(("'s", "’s")):
        words = [*words[:-1], words[-1][:-2]]
    return words


_GROUP_NOUNS = frozenset(
    {
        "siblings",
        "brothers",
        "sisters",
        "parents",
        "cousins",
        "twins",
        "spouses",
        "couple",
        "partners",
        "neighbours",
    }
    | {"neighbors", "friends", "grandparents", "newlyweds"}
)
"""Capitalised nouns of a group of people opening a sentence before their first names ("Siblings Mateo and Lucia
Ferrante")."""


_SURNAME_TITLES = frozenset({"king", "bishop", "prince", "pope", "major", "marshal"})
"""Titles that are also surnames: the last word of a name after a first name ("Tennis great Billie Jean King")."""


@lru_cache(maxsize=65536)
def _plausible_person(name: str) -> bool:
    """A full name that is not a place, an organisation or an event ("North Korea", "Democratic National
    Convention", "Kel-Tec PF-9") nor a dateline or headline in capitals ("MIDWAY ATOLL")."""
    # each test as the first version wrote it (any(...) over generators), with the words split once and the
    # word tests as set operations: the same answers at about half the CPU (tens of thousands of names a run)
    words = name.split()
    for w in words:
        if len(w) > 1 and w.isupper() and w.isalpha():
            return False  # a dateline, a headline or a section title in capitals ("MIDWAY ATOLL", "BORROWING Back")
    lowered = name.lower()
    if words[-1] + "." in _SHORT_TITLES:
        return False  # a run cut at an abbreviated title: "Indiana Gov" of "Indiana Gov. Mike Pence"
    if lowered.endswith(_GROUP_ENDINGS):
        return False  # a group ("Muslim Americans", "Latino Republicans", "Senate Democrats")
    if not _HEADLINE_WORDS.isdisjoint(words[1:]):
        return False  # a headline in title case ("Obama Says It", "Christie Says He Would Issue")
    if len(words) < 2 or words[-1].lower() in _NOT_PEOPLE or words[0].lower() in _NOT_PEOPLE:
        return False  # not _named_person(name): one word, or a word no person's name ends or opens with
    lowered_words = [w.lower().rstrip(".") for w in words]
    if lowered_words[-1] in _SURNAME_TITLES and (len(words) > 2 or lowered_words[0] in _FIRST_NAMES):
        lowered_words.pop()  # "Billie Jean King", "Stephen King": a title comes before a name, so last it is a surname
    if not TITLES.isdisjoint(lowered_words) or any(map(str.isdigit, name)):
        return False
    low = lowered.split()
    return (
        ORG_CUES.isdisjoint(low)
        and LOC_CUES.isdisjoint(low)
        and _NOT_NAME_WORDS.isdisjoint(low)
        and lowered not in place_names()
        and low[0] not in _PLACE_FIRST
        and low[-1] not in _PLACE_LAST
        and not _place_after_first(low)
    )


_HEADLINE_WORDS = frozenset(
    {
        "Says",
        "Said",
        "Is",
        "Are",
        "Was",
        "Were",
        "He",
        "She",
        "It",
        "They",
        "The",
        "Will",
        "Would",
        "Has",
        "Have",
    }
    | {"To", "For", "On", "In", "With", "Why", "How", "What", "Who", "Not", "Can", "Could", "Should", "Be"}
)
"""Capitalised words of a headline in title case that no person's name holds after its first word."""


_PLACE_QUALIFIERS = frozenset(
    {"east", "west", "middle", "upper", "lower", "central", "northern", "southern", "eastern", "western"}
    | {"greater", "old", "modern", "nazi", "weimar", "deep", "solid", "upstate", "downtown", "persian"}
    | {"american", "european", "green", "hail", "independent", "democratic", "republican", "neutral"}
)
"""First words that make a place of the place after them ("Middle East", "Nazi Germany", "Green Bay")."""


@cache
def _countries() -> frozenset[str]:
    """Country names, lower-case (pycountry): a first word before one makes no person ("Weimar Germany")."""
    return frozenset(
        getattr(c, a).lower() for c in pycountry.countries for a in ("name", "common_name") if hasattr(c, a)
    )


def _place_after_first(words: list[str]) -> bool:
    """True when the words after the first name a place and the whole is no person's name: the rest is a
    country or of several words ("West Virginia", "Upstate New York"), or the first word qualifies places
    ("Middle East") or ends in a possessive ("Tuesday's Iowa"). A surname that is also a town or county
    ("John Bolton", "Rand Paul", "John Kerry") stays a person."""
    rest = " ".join(words[1:])
    if rest not in place_names():
        return False
    first = words[0]
    return (
        len(words) > 2
        or rest in _countries()
        or first in _PLACE_QUALIFIERS
        or first.endswith(("'s", "’s"))
        or first in place_names()
    )


_GROUP_ENDINGS = (
    "americans",
    "republicans",
    "democrats",
    "muslims",
    "christians",
    "latinos",
    "voters",
    " republican",
    " democrat",
)
"""Last words of a capitalised run that name a group of people, not a person."""


_MALE_NAMES = """aaron adam alan albert alex alexander alfred allen andrew andy anthony antonio arnold arthur barack barry ben
    benjamin bernard bernie bill billy bob bobby brad bradley brandon brian bruce bryan carl carlos charles charlie chris
    christopher chuck clarence claude clint cory craig dale dan daniel danny darrell dave david dean dennis derek dick
    don donald doug douglas duncan dwight earl ed eddie edward eric ernest eugene evan frank franklin fred frederick
    gary gene george gerald glenn gordon greg gregory harold harry henry herbert howard ian isaac jack jacob jake james
    jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh
    joshua juan justin keith ken kenneth kevin kirk larry lawrence leon leonard louis luis luke marco mark
    martin matt matthew michael mike mitch mitt nathan neil newt nicholas nick oliver orrin patrick paul pete peter
    phil philip ralph rand randy ray raymond reince richard rick rob robert roberto roger ron ronald ross roy rudy russell
    ryan sam samuel scott sean sergei seth stephen steve steven stuart ted thomas tim timothy todd tom tony
    travis trey tyler victor vincent vladimir walter warren wayne william willie xi
    pierre jean françois andré michel jacques luc yves étienne maxime denis gilles stéphane sylvain benoît
    mathieu olivier alain rené serge réjean jagmeet marc
    kyle dylan logan connor liam noah ethan owen gavin shane troy wade brett cody colin darren dustin garrett
    graham jared marcus mitchell nolan preston reid spencer trevor wesley zachary raj ravi sanjay arjun amir ahmed
    mohamed mohammed muhammad omar ali hassan hussein ibrahim yusuf khalid tariq jamal kwame kofi diego pablo javier
    miguel alejandro fernando ricardo raul dmitri ivan igor andrei mikhail pavel tomasz piotr lars sven nils erik
    hans klaus dieter wolfgang stefan giuseppe giovanni luca matteo francesco declan angus hamish ewan alastair rory
    niall gord brent darryl dwayne lorne murray"""
_MALE_FIRST = frozenset(_MALE_NAMES.split())
"""First names of men (written for this module from common English and political first names; names given to
women and men alike, such as Lee, Terry, Dana or Kelly, left out): a full name's gender, over the pronoun votes,
unless an honorific tells or another full name in the text has the same surname."""
_FEMALE_NAMES = """abigail alice liz hilary alicia alison amanda amy andrea angela angelina ann anna anne barbara betsy betty beverly
    brenda carla carly carol caroline carolyn catherine cathy chelsea cheryl christina christine cindy claire
    claudia colleen cynthia dawn debbie deborah debra denise diana diane donna doris dorothy elaine eleanor
    elizabeth ellen emily emma erin evelyn frances gabrielle gloria grace gretchen hannah heather heidi helen
    hillary holly huma ivanka jane janet janice jeanne jennifer jessica jill joan joanne jodi joni joyce judith
    judy julia julie karen kate katherine kathleen kathryn kathy katie kayleigh kellyanne kimberly kirsten
    laura lauren linda lisa lori lorraine louise lucy madeleine maggie marcia margaret maria marie marilyn
    marsha martha mary megan megyn melania melanie melissa michele michelle mildred nancy natalie nicole nikki nina
    nora pam pamela patricia patty paula peggy rachel rebecca rhonda rita roberta rosa rose ruth sally samantha sandra
    sara sarah sharon sheila shirley stephanie sue susan susana suzanne tammy teresa theresa tiffany tina
    valerie vanessa veronica victoria virginia wanda wendy
    chrystia mélanie sophie geneviève isabelle nathalie valérie chantal josée manon lucie françoise ginette
    hélène émilie élise olive
    ashley amber brittany chloe courtney crystal danielle erica felicia gina haley jasmine jenna jillian
    kaitlyn kara kayla kelsey kristen leah lindsay madison melinda mia miranda molly monica naomi olivia priya sabrina
    shannon stacey tara tanya tamara tessa whitney yvonne yasmin fatima aisha amina zainab mariam leila layla sunita
    anjali deepa meera neha pooja mei yuki keiko ingrid astrid greta helga sigrid freya siobhan niamh aoife maeve moira
    fiona eileen bridget jocelyn marlene rosalind gwen meghan nadia natasha olga svetlana tatiana irina anya
    magdalena doreen bonnie"""
_FEMALE_FIRST = frozenset(_FEMALE_NAMES.split())
"""First names of women (as :data:`_MALE_FIRST`)."""
_FIRST_NAMES = _MALE_FIRST | _FEMALE_FIRST


_GENDERED = re.compile(
    "[HhSs\u017f](?<!\\w.)(?:(?P<m>(?<=[Hh])(?:[Ee]|[Ii\u0130\u0131][Ss\u017f]|[Ii\u0130\u0131][Mm][Ss\u017f][Ee][Ll][Ff]))"
    "|(?P<f>(?<=[Ss\u017f])[Hh][Ee]|(?<=[Hh])[Ee][Rr](?:[Ss\u017f]|[Ss\u017f][Ee][Ll][Ff])?))\\b"
)
r"""``\b(?:(?P<m>he|his|himself)|(?P<f>she|her|hers|herself))\b`` ignoring case, written out so that the regex
engine skips to the first letters: every letter as the characters it matches ignoring case ("i" also "İ" and
"ı", "s" also "ſ"), the word edge tested after the first letter, which the group looks behind at. The same
words, the same group (3.8 times faster over whole texts)."""
_HONORIFIC = re.compile(r"\b(?:(?P<m>Mr)|(?P<f>Mrs|Ms|Miss))\.?\s+$")
_WANTS = {"he": "m", "she": "f"}
_OTHER = {"m": "f", "f": "m"}
_OTHER_FIRST = {"m": _FEMALE_FIRST, "f": _MALE_FIRST}
"""The first names of the other gender than a pronoun's ("m": women's names)."""
_SAME_PRONOUN = {"m": re.compile(r"[Hh](?<!\w.)e\b"), "f": re.compile(r"[Ss](?<!\w.)he\b")}
r"""The pronoun of each gender as a sentence's subject: the people a sentence names after it are others
(``\b[Hh]e\b``, the opening word edge tested after the first letter: the regex engine then skips to that
letter; the same matches)."""
_OBLIQUE = re.compile(
    r"\b(?:with|by|to|under|about|for|of|from|against|at|toward|towards|than)\s+$", re.IGNORECASE
)
_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+$")
"""An honorific or abbreviated title just before a surname ("Mr. Obama", "Sen. Warren")."""
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Gen|Sen|Rep|Capt|Gov|Prof|Col|Sgt|Adm|Maj|Rev|Insp|Const|Cst|Supt|Coun|Det|Cpl"
    r"|Hon|Atty|Cmdr|Ald|[A-ZÀ-ÖØ-Þ])$"
)
"""A title or an initial just before a full stop: the stop does not end the sentence."""


def _ends_sentence(text: str, stop: int) -> bool:
    """Whether the stop mark at ``stop`` ends a sentence: not a full stop after a title or an initial."""
    return not (text[stop] == "." and _ABBREVIATION.search(text, max(0, stop - 5), stop))


_VERB = re.compile(rf"\b{VERBS}\b")
_SAYS = re.compile(rf"\s+(?:also\s+|later\s+|then\s+)?{VERBS}\b")
_SAID_BEFORE = re.compile(
    rf"(?<!\b[Hh]e )(?<!\b[Ss]he )(?<!\bthey )(?<!\bThey )\b(?:{VERBS}|according\s+to)\s+$"
)
"""A verb of saying just before a name: an inverted attribution ("…," said McLenney), not a pronoun's verb
whose object or clause the name opens ("He said Mateen "has not done this …"": the "he" speaks)."""


_LEADING = re.compile(
    r"[\s\"“]*(?:As|When|While|After|Before|Since|Although|Though|If|Because|Despite|During|In|At|On|With|"
    r"Following|Asked|Speaking|Making|Addressing|Responding|Unlike|Like|Until|Once|From|For|By|Under|"
    r"Noting|Citing|Pointing|Referring|Describing|Calling|Acknowledging|Admitting|Defending|Praising|Criticizing|"
    r"Criticising|Reacting|Answering|Recalling|Comparing|Explaining|Arguing|Warning|Urging|Wearing|Standing|"
    r"Throughout|Over|Amid|Later|Earlier)\b"
)
"""The first word of a sentence that opens with a clause before its subject ("As supporters waited for her in
a Caesars Palace ballroom, Hillary Clinton took to Twitter")."""


_CLAUSE_STOP = re.compile(r"\s*(?:[.,;:!?\"”]|''|$)")
"""Punctuation or the text's end after a name: a name after "said" ends the attribution ("…," said Trump.)."""


def _within(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """True when ``at`` lies inside one of the sorted, disjoint ``spans``."""
    i = bisect_left(spans, (at + 1,)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


@lru_cache(maxsize=256)
def _text_mentions(
    text: str, inside: tuple[tuple[int, int], ...]
) -> tuple[tuple[tuple[int, int, str], ...], list[tuple[int, int]] | None, dict[str, str]]:
    """What :class:`People` reads from a text (its mentions of people, the sentence ends found on the way, the
    genders kin nouns give): the same for the text's direct quotes and its reported speech, so read once (each
    reader keeps its own copy of the mentions, to which its attributions add speakers; the genders read-only)."""
    reader = People(text)
    found = tuple(reader._scan(inside))
    return found, reader.stops, reader.kin_gender


@lru_cache(maxsize=256)
def _text_stops(text: str) -> list[tuple[int, int]]:
    """(end, start) of every sentence end of a text (:data:`_STOP`), in order: found once per text for the
    readers of its direct quotes, of its reported speech and of its people (read-only)."""
    return [(m.end(), m.start()) for m in _STOP.finditer(text)]


@lru_cache(maxsize=256)
def _text_genders(text: str, inside: tuple[tuple[int, int], ...]) -> dict[str, str]:
    """:meth:`People._genders` of a text whose quote marks enclose ``inside``: what it works out depends on the
    text's own mentions alone (not on the speakers an attribution adds), so the direct quotes and the reported
    speech of a text share it (read-only)."""
    reader = People(text, [(start, end, False) for start, end in inside])
    reader._read()
    return reader._genders()


class People:
    """The people named in a text, in order — a full name, or a surname alone after its full name — with
    the gender the text gives them (an honorific, or the first "he"/"she" after a mention before anyone else
    is named), for resolving "he"/"she" at a position. The text is read when first asked (many articles'
    quotes name their speakers in full)."""

    def __init__(self, text: str, quoted: Sequence[tuple[int, int, bool]] = ()) -> None:
        self.text = text
        self.quoted = quoted
        self.starts: list[int] = []
        self.names: list[str] = []
        self.ends: list[int] = []
        self.speaks: list[bool | None] = []
        """Whether each mention is the speaker of an attribution ("Biden said", "said Biden") (None until
        asked)."""
        self.oblique: list[bool | None] = []
        """Whether each mention follows a preposition ("an interview with Rusty Humphries"): not a subject
        (None until asked)."""
        self.gender: dict[str, str] | None = None
        """Each person's gender, worked out when a "he" or "she" is first resolved."""
        self.read_mentions: tuple[list[int], list[str]] = ([], [])
        """The mentions the text itself holds (without those :meth:`add` inserts), which vote on genders."""
        self.stops: list[tuple[int, int]] | None = None
        """(end, start) of every sentence end of the text, found when first needed."""
        self.read = False
        self.inside: list[tuple[int, int]] = []
        """The spans inside quote marks (set when the text is read)."""
        self.added: list[tuple[int, str]] = []
        """Speakers named in attributions before the text was read (:meth:`add`)."""
        self.kin_gender: dict[str, str] = {}
        """The gender of each person the text names in apposition to a kin noun ("his wife, Pat,": "f")."""
        self.unlike: dict[str, bool] = {}
        """Whether the text shows each name is no person's (:meth:`_no_person`), worked out when first asked."""

    def _read(self) -> None:
        if self.read:
            return
        self.read = True
        inside = self.inside = [(start, end) for start, end, _ in self.quoted]
        """Names inside quote marks are not the subjects a "he" in an attribution refers to."""
        found, stops, self.kin_gender = _text_mentions(self.text, tuple(inside))
        self.stops = self.stops if self.stops is not None else stops
        self.starts = [at for at, _, _ in found]
        self.ends = [end for _, end, _ in found]
        self.names = [name for _, _, name in found]
        self.oblique = [None] * len(found)
        self.speaks = [None] * len(found)
        self.read_mentions = (list(self.starts), list(self.names))
        for at, name in self.added:
            self._insert(at, name)

    def _scan(self, inside: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """(start, end, person) of every mention of a person outside the spans ``inside``, in text order."""
        text = self.text
        found: list[tuple[int, int, str]] = []
        full: dict[str, str] = {}
        person, qualifies, stop_words = self._full, _QUALIFIES.match, STOP_WORDS  # bound once per text
        for m in _CAPS.finditer(text):
            words = m[0].split()
            if len(words) == 1:  # most runs: a lone word ("The", "Obama", "Monday"), filtered quicker
                word = words[0]
                if word.lower() in stop_words:
                    continue
                if word.endswith(("'s", "’s")):
                    word = word[:-2]
                    if word.lower() in stop_words:
                        continue  # "He's said …", "It's": a contraction, no one's possessive
                words = [word]
            else:
                words = _person_words(words)
            at, end = m.span()
            kin = _KIN_BEFORE.search(text, max(0, at - 30), at) if text.startswith(", ", at - 2) else None
            owner = full.get(words[-1]) if kin and words else None
            name = person(words, full, at, end)
            if kin and text.startswith((",", "."), end):  # "His daughter, Josée, … stood beside him"
                if owner and name != owner:
                    full[words[-1]] = owner  # "her husband, Frank Fiorina,": a later "Fiorina" is still Carly
                if len(words) == 1 and found:
                    # a relative's first name carries the family's surname: the last person's named before
                    # whose first name is not of the other gender
                    name = _with_surname(words[0], _possessor(found, kin.group(1), at), name)
                    if name and name != words[0]:
                        full[f"first|{words[0]}"] = name
                if name and _KIN_GENDER.get(kin.group(2).lower()):
                    self.kin_gender[name] = _KIN_GENDER[kin.group(2).lower()]  # a wife is a woman
            if not name:
                continue
            if _the_before(text, at) and m[0].split(maxsplit=1)[0].rstrip(".").lower() not in TITLES:
                # "the Scarborough Shoal", "the Bernie Sanders campaign": a person's name takes no article, so no
                # person is mentioned here (a full name is still known for its surname, by ``person``)
                continue
            if len(words) == 1 and text[end - 2 : end - 1] not in "'’" and qualifies(text, end):
                continue  # "The Cruz campaign picked up on …": the campaign, not Cruz, is the subject
            if not inside or not _within(inside, at):
                found.append((at, end, name))
        return found

    def _full(self, words: list[str], full: dict[str, str], at: int, end: int) -> str:
        """The person the run of capitalised words at ``[at, end)`` names (``words``: the run's words without
        a leading sentence word or a possessive ending), recorded in ``full`` by surname; "" when none."""
        if not words:
            return ""
        text = self.text
        if (
            len(words) == 2
            and words[1] in full
            and words[0].lower()
            not in _FIRST_NAMES  # "Bill Clinton" opening a sentence after "Hillary Clinton"
            and self._opens_sentence(at)
        ):
            words = words[1:]  # "Later Reyes": a sentence's first word before a known surname
        if len(words) == 1:
            name = full.get(words[0], "")
            if name and " " in name and (honorific := _HONORIFIC.search(text, max(0, at - 6), at)):
                other = _FEMALE_FIRST if honorific.group("m") else _MALE_FIRST
                if name.split(maxsplit=1)[0].lower() in other:  # "Mr. Clinton" after "Hillary Clinton"
                    return full.get(f"{words[0]}|{honorific.lastgroup}", words[0])
            after_title = False if name else bool(_TITLED.search(text, max(0, at - 6), at))
            if not name and not after_title:
                # a first name alone: the one person named in full with it ("Hillary", "Andreas" after "His
                # son, Andreas Papadakis"), or a person the text names by first name alone ("a resident named
                # Caroline")
                known = full.get(f"first|{words[0]}")
                if known and (
                    words[0].lower() in _FIRST_NAMES
                    or ((text.startswith(",", end) or _SAYS.match(text, end)) and not self._surname(words[0]))
                ):
                    return known  # "Nikos, now 79, sat …", "Andreas said", not "a Republican presidential …"
                if words[0].lower() in _FIRST_NAMES and (
                    _FIRST_ALONE.match(text, end) or text.endswith(("named ", "called "), 0, at)
                ):
                    return words[0]  # "Her father, Brad, 39,", "a resident named Caroline"
                couple = _AND_FULL.match(text, end) if text.startswith("and", end + 1) else None
                if couple and self._given(words[0], couple, full):
                    name = f"{words[0]} {couple.group('last')}"  # "Marc and Lucie Thibodeau": Marc Thibodeau
                    full[f"first|{words[0]}"] = name
                    return name
            if name or not (after_title or _SAYS.match(text, end)):
                return name
            if not is_person(words[0]) or words[0].lower() in _NOT_NAME_WORDS or words[0].isupper():
                return ""  # "on Tuesday said", "AP reported": no person
            return full.setdefault(words[0], words[0])  # "Mr. Obama", "X said"
        if len(words) > 2 and words[-1].rstrip(".") in _SUFFIXES:
            words = words[:-1]  # "Joseph R. Biden Jr.", "L. Brent Bozell III": the surname before the suffix
        name, role = split_name(" ".join(words))
        if " " not in name and role and role.split()[-1].lower().rstrip(".") in TITLES:
            titled = full.get(name, name)  # "President Obama"
            return full.setdefault(titled.split()[-1], titled) if is_person(titled) else ""
        if not _plausible_person(name):  # "House Speaker Paul Ryan": the name is at the end
            name = " ".join(words[-3:] if len(words) > 2 and words[-2].endswith(".") else words[-2:])
            if not _plausible_person(name):
                return ""
        parts = name.split()  # split once: its first and last words
        full[parts[-1]] = name
        given = parts[0]
        first = given.lower()
        if first in _FIRST_NAMES:  # the namesake an honorific of this gender means ("Mr. Clinton": Bill)
            full[f"{parts[-1]}|{'m' if first in _MALE_FIRST else 'f'}"] = name
        if given.isalpha() and len(given) > 1 and first not in STOP_WORDS:
            key = f"first|{given}"
            full[key] = name if full.get(key, name) == name else ""  # "" when two people share it
        return name

    def _given(self, word: str, couple: re.Match[str], full: dict[str, str]) -> bool:
        """True when ``word``, before "and" and a full name (``couple``: "and Lucie Thibodeau"), is a first name
        sharing that surname: a person's word that no capitalised word precedes anywhere in the text (no one's
        surname: "Obama and Hillary Clinton" after "Barack Obama" is no Obama Clinton), nor the first name."""
        if (
            word in full
            or couple.group("first") in full
            or not is_person(word)
            or word.lower() in _NOT_NAME_WORDS
            or word.isupper()
            or word.lower() in place_names()
        ):
            return False
        partner = f"{couple.group('first')} {couple.group('last')}"
        if (
            couple.group("first").lower() in _FIRST_NAMES
            and word.lower() not in _FIRST_NAMES
            and word.lower().endswith(("ic", "an", "ish", "ese", "ist", "ite", "ian"))
        ):
            return False  # "a devout Catholic and Donald Trump supporter": an adjective, no first name
        return partner not in full.values() and not self._surname(word) and _plausible_person(partner)

    def _surname(self, word: str) -> bool:
        """True when a capitalised word precedes ``word`` somewhere in the text ("Donald Trump"): it may be
        someone's surname, not a first name alone ("Trump" is not "Trump Train"); not after a sentence word or a
        group noun ("When Mateo …", "Siblings Mateo and Lucia …")."""
        text = self.text
        word_end = _is_word(word[-1:])
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            if word_end != (after < len(text) and _is_word(text[after])):  # a word boundary after it
                before = _TOKEN_BEFORE.search(text, max(0, at - 60), at)
                if before and _person_words([before.group(1), word]) != [word]:
                    return True
            at = text.find(word, at + 1)
        return False

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` starts: after the last full stop, question or exclamation mark
        (also one closing a quote: '…arbitrary.” Josh Hendler warned') that does not end an abbreviation
        ("Gen. Flynn", "J. Smith"), or after the last line break."""
        text = self.text
        line = text.rfind("\n", 0, at) + 1
        if self.stops is None:
            self.stops = _text_stops(text)
        i = bisect_right(self.stops, (at, at)) - 1
        while i >= 0 and self.stops[i][1] >= line:
            end, stop = self.stops[i]
            if end <= at and _ends_sentence(text, stop):
                return end
            i -= 1
        return line

    def next_sentence_end(self, at: int) -> int:
        """Where the sentence after the one holding ``at`` ends (sentence ends as :meth:`sentence_start` reads
        them; the text's end when there is none)."""
        text = self.text
        if self.stops is None:
            self.stops = _text_stops(text)
        stops = self.stops
        ends = (
            end
            for end, stop in islice(stops, bisect_right(stops, (at, at)), None)
            if _ends_sentence(text, stop)
        )
        next(ends, None)  # the end of the sentence holding ``at``
        return next(ends, len(text))

    def full_name_of(self, surname: str, at: int) -> str | None:
        """The full name, last named before ``at``, whose last word is ``surname`` ("Judith Stern" for "Stern")."""
        self._read()
        named = [
            name
            for start, name in zip(self.starts, self.names, strict=True)
            if start < at and " " in name and name.rsplit(maxsplit=1)[-1] == surname
        ]
        return named[-1] if named else None

    def _opens_sentence(self, at: int) -> bool:
        """``self.sentence_start(at) >= at - 1`` (a sentence or line starts at ``at`` or just before it) without
        the list of the text's sentence ends (a scan of the whole text): only a sentence end ending at ``at`` or
        at ``at - 1`` can make it true, and at most one does (its closing white space is at ``at - 1``, or at
        ``at - 2``; its mark at ``end - 2``, ``end - 3`` after a quote, ``end - 4`` before ''), and no other sentence end
        overlaps it (one holds no mark after its first character). True when it lies in the line and ends no
        abbreviation, as :meth:`sentence_start` tests."""
        text = self.text
        line = text.rfind("\n", 0, at) + 1
        if line >= at - 1:
            return True
        for end in (at, at - 1):
            for stop in (end - 2, end - 3, end - 4):
                if stop < 0 or text[stop] not in ".?!":
                    continue
                found = _STOP.match(text, stop)
                if found is None or found.end() != end:
                    continue
                return stop >= line and not (
                    text[stop] == "." and _ABBREVIATION.search(text, max(0, stop - 5), stop)
                )
        return False

    def _genders(self) -> dict[str, str]:
        votes: dict[str, list[int]] = {}
        titled: set[str] = set()
        """The people the text names with an honorific at least once."""
        text = self.text
        starts, names = self.read_mentions
        last_word = {name: name.rsplit(maxsplit=1)[-1] for name in names}  # each name split once
        surnames: dict[str, set[str]] = {}
        for name, last in last_word.items():
            surnames.setdefault(last, set()).add(name)
        shared = {last for last, held in surnames.items() if len(held) > 1}
        """Surnames of more than one person of the text."""
        honorific_at, pronoun_in, find = _HONORIFIC.search, _GENDERED.search, text.find
        after = [*starts[1:], len(text)] if starts else []
        for at, name, next_at in zip(starts, names, after, strict=True):
            vote = votes.setdefault(name, [0, 0])
            honorific = honorific_at(text, max(0, at - 6), at)
            if honorific:
                titled.add(name)
                vote[honorific.lastgroup == "f"] += 2
            elif name in self.kin_gender:
                titled.add(name)  # "his wife, Pat,": the kin noun tells
                vote[self.kin_gender[name] == "f"] += 2
            elif last_word[name] in shared and self._surname_only(at):
                continue  # "Trump" in a text naming Donald and Ivanka Trump: whose "he" or "she" is unclear
            stop = min(next_at, at + 250)
            # the mention's own sentence: up to the first ". " or line break after it (one found at 0 is none)
            full_stop, line_break = find(". ", at, stop), find("\n", at, stop)
            if full_stop > 0:
                stop = full_stop
            if 0 < line_break < stop:
                stop = line_break
            if _PLACE_OPENING.match(text, at):
                continue  # "In Stonebridge Hollow, the flood reached her porch": a place's "her" is no one's
            pronoun = pronoun_in(text, at, stop)
            while pronoun and _OBJECT_HER.match(text, pronoun.start()):
                pronoun = pronoun_in(text, pronoun.end(), stop)  # "… pressed her on": not the subject's
            if pronoun:
                vote[pronoun.lastgroup == "f"] += 1
        genders = {name: "mf"[f > m] for name, (m, f) in votes.items() if m != f}
        for name, last in last_word.items():  # each name once, in the order first named
            if name in titled or last in shared:
                continue  # "Mrs. Clinton": the honorific tells; "Clinton" may be Bill or Hillary
            first = name.split(maxsplit=1)[0].lower() if " " in name else ""
            if first in _MALE_FIRST:
                genders[name] = "m"
            elif first in _FEMALE_FIRST:
                genders[name] = "f"
        return genders

    def _surname_only(self, at: int) -> bool:
        """True when the mention at ``at`` is one capitalised word ("Trump", "Trump's")."""
        end = at
        while end < len(self.text) and (self.text[end].isalnum() or self.text[end] in "'’-"):
            end += 1
        return not _NEXT_CAPITAL.match(self.text, end)

    def add(self, at: int, name: str) -> None:
        """A speaker named in an attribution ("said Bolton") who was not named in full before (recorded
        for when the text is read)."""
        if self.read:
            self._insert(at, name)
        else:
            self.added.append((at, name))

    def _insert(self, at: int, name: str) -> None:
        i = bisect_left(self.starts, at)
        self.starts.insert(i, at)
        self.ends.insert(i, at)
        self.names.insert(i, name)
        self.oblique.insert(i, False)
        self.speaks.insert(i, True)

    def namesake(self, name: str, gender: str, pos: int) -> str:
        """``name``, or, when its first name is of the other gender than ``gender`` ("m"/"f", the pronoun's),
        the person of the same surname the text names in full with a first name of ``gender``, mentioned last
        before ``pos`` (else first after it): a "she" resolved to "Bill Clinton" is Hillary Clinton, a "he"
        resolved to "Ivanka Trump" is Donald Trump."""
        words = name.split()
        other, same = (_MALE_FIRST, _FEMALE_FIRST) if gender == "f" else (_FEMALE_FIRST, _MALE_FIRST)
        if len(words) < 2 or words[0].lower() not in other:
            return name
        found = [
            (at < pos, -abs(pos - at), candidate)
            for at, candidate in zip(self.starts, self.names, strict=True)
            if " " in candidate
            and candidate.rsplit(maxsplit=1)[-1] == words[-1]
            and candidate.split(maxsplit=1)[0].lower() in same
        ]
        return max(found)[2] if found else name

    def name_at(self, at: int) -> str | None:
        """The person the text names by the mention starting at ``at`` (None when none starts there)."""
        self._read()
        i = bisect_left(self.starts, at)
        return self.names[i] if i < len(self.starts) and self.starts[i] == at else None

    def knows(self, word: str) -> bool:
        """True when ``word`` is the surname of a person the text names in full with a known first name
        ("Zimmerman" of "George Zimmerman") or with an honorific ("Mr. Zimmerman"); a lone capitalised word
        opening a sentence may be an organisation's name ("Twitter", which "Wilayat Twitter" does not make
        a person)."""
        self._read()
        if re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?[ \xa0]+{re.escape(word)}\b", self.text):
            return True
        return any(
            " " in name
            and name.rsplit(maxsplit=1)[-1] == word
            and name.split(maxsplit=1)[0].lower() in _FIRST_NAMES
            for name in set(self.names)
        )

    def surname(self, word: str) -> bool:
        """True when ``word`` is the last word of a person the text names in full."""
        self._read()
        return any(" " in name and name.rsplit(maxsplit=1)[-1] == word for name in self.names)

    def named_between(self, lo: int, hi: int, other_than: str | None = None) -> bool:
        """True when the text names a person in ``[lo, hi)`` (with ``other_than``: a person of another
        surname than it)."""
        self._read()
        first, last = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        if other_than is None or first == last:
            return first < last
        surname = other_than.rsplit(maxsplit=1)[-1]
        return any(self.names[i].rsplit(maxsplit=1)[-1] != surname for i in range(first, last))

    def _pronoun_before(self, gender: str, begin: int, at: int) -> bool:
        """True when a "he" (``gender`` "m") or "she" ("f") of the writer's, not inside quote marks, lies in
        ``[begin, at)`` ("'… he does not have a strategy,' Jeb Bush said": the "he" is the quote's)."""
        return any(
            not _within(self.inside, m.start()) for m in _SAME_PRONOUN[gender].finditer(self.text, begin, at)
        )

    def _oblique(self, i: int) -> bool:
        found = self.oblique[i]
        if found is None:
            at = self.starts[i]
            found = self.oblique[i] = bool(_OBLIQUE.search(self.text, max(0, at - 12), at))
        return found

    def _speaks(self, i: int) -> bool:
        found = self.speaks[i]
        if found is None:
            at, end = self.starts[i], self.ends[i]
            found = self.speaks[i] = bool(
                (_SAYS.match(self.text, end) and not self.text.endswith(("'s", "’s"), at, end))
                or (
                    _SAID_BEFORE.search(self.text, max(0, at - 16), at)
                    and _CLAUSE_STOP.match(self.text, end)  # "said Trump." but not "said Trump continued"
                )
            )
        return found

    def _no_person(self, name: str) -> bool:
        """True when the text shows ``name`` names a thing, a place or a group, not a "he" or "she": not a listed
        first name's nor a kin noun's apposition, and a country or a run ending in a group or time word ("China",
        "Latinos", "Election Day"); else, when no mention of it is a saying verb's subject and the text gives it
        no gender, a mention before a thing's noun ("Off Message podcast", "Sports Illustrated's celebration"),
        or, with no honorific or title either, after a place or time preposition ("in El Paso,", "At Gull Rock
        Shoal,") or as a possessive when the text never uses its last word alone ("Northern Table's list"); an
        apposition naming a thing ("Second Chance Kitchens, a training program") decides even with a gender."""
        found = self.unlike.get(name)
        if found is not None:
            return found
        words = name.split()
        found = False
        if words[0].lower() not in _FIRST_NAMES and name not in self.kin_gender:  # "Kristen Day" is a person
            mentions = [i for i, held in enumerate(self.names) if held == name]
            if name.lower() in _countries() or words[-1].lower() in _GROUP_OR_TIME:
                found = True  # "Latinos said", "China": a group or a state, even as a saying verb's subject
            elif any(_THING_APPOSITION.match(self.text, self.ends[i]) for i in mentions):
                found = True  # "Second Chance Kitchens, a training program run by …": the text tells
            elif not (self.gender or {}).get(name) and not any(self._speaks(i) for i in mentions):
                titled = any(self._titled(i) for i in mentions)
                found = any(self._thing_at(i, titled) for i in mentions) or (
                    not titled and len(words) > 1 and self._named_in_full(name, mentions)
                )
        self.unlike[name] = found
        return found

    def _thing_at(self, i: int, titled: bool) -> bool:
        """True when the mention ``i`` reads as a thing's or a place's: before a thing's noun (not after a hyphen:
        "anti-Trump rally"), or, when no mention of the name is ``titled``, after a place or time preposition and
        before no lower-case word ("thrown at Trump rallies" is a surname qualifying a noun)."""
        text, at, end = self.text, self.starts[i], self.ends[i]
        if _THING_AFTER.match(text, end):
            return text[at - 1 : at] != "-"
        return (
            not titled
            and bool(_PLACE_BEFORE.search(text, max(0, at - 12), at) or _PLACE_OPENING.match(text, at))
            and not _NOUN_NEXT.match(text, end)
        )

    def _named_in_full(self, name: str, mentions: list[int]) -> bool:
        """True when a mention of ``name`` is a possessive before a lower-case word ("Northern Table's annual
        list") and the text never uses its last word alone: a thing is named in full each time, a person by
        the surname."""
        text = self.text
        return text.count(name.rsplit(maxsplit=1)[-1]) == text.count(name) and any(
            _POSSESSIVE_NEXT.match(text, self.ends[i]) or _POSSESSIVE_NEXT.match(text, self.ends[i] - 2)
            for i in mentions
        )

    def _titled(self, i: int) -> bool:
        """True when the mention ``i`` takes an honorific or a title ("Mr. Obama", "Chancellor Angela Merkel")."""
        at, end = self.starts[i], self.ends[i]
        return bool(_TITLED.search(self.text, max(0, at - 6), at)) or any(
            word.lower().rstrip(".") in TITLES for word in self.text[at:end].split()[:-1]
        )

    def _asked(self, i: int) -> bool:
        """True when the mention ``i`` is the person a question is put to ("asked Sanders whether …")."""
        at, end = self.starts[i], self.ends[i]
        return bool(
            _ASKED_BEFORE.search(self.text, max(0, at - 40), at) and _QUESTION_AFTER.match(self.text, end)
        )

    def antecedent(self, pos: int, pronoun: str = "", addressee: str | None = None) -> str | None:
        """The subject — first person named — of the nearest sentence before ``pos`` that names anyone (news
        prose keeps its subject across sentences: "Lee said X met Y. 'No,' he said."); for "he"/"she", the
        first person of that sentence, or of up to three sentences before, whose gender does not contradict; in
        the nearest sentence, the person a question is put to ("asked Sanders whether"). ``addressee``: the
        surname of the person the attribution addresses ("he told Hannity"), who is not the speaker."""
        self._read()
        last = bisect_left(self.starts, pos) - 1
        if last < 0:
            return None
        want = _WANTS.get(pronoun.lower())
        if want and self.gender is None:
            self.gender = _text_genders(self.text, tuple(self.inside))
        gender = self.gender or {}
        subject, nearest = None, True
        for _ in range(4):
            begin = self.sentence_start(self.starts[last])
            first = bisect_left(self.starts, begin, 0, last + 1)
            if (
                subject is None
            ):  # the sentence's first person ("she witnessed … Sports Illustrated's …": not it)
                subject = next(
                    (
                        self.names[i]
                        for i in range(first, last + 1)
                        if not want or not self._no_person(self.names[i])
                    ),
                    None,
                )
            fits = [
                i
                for i in range(first, last + 1)
                if (
                    not want
                    or (gender.get(self.names[i], want) == want and not self._no_person(self.names[i]))
                )
                and (addressee is None or self.names[i].rsplit(maxsplit=1)[-1] != addressee)
            ]
            if (
                want
            ):  # "she was a booster of Mitt Romney": a person named after the pronoun is not its referent
                fits = [
                    i
                    for i in fits
                    if self._speaks(i) or not self._pronoun_before(want, begin, self.starts[i])
                ]
            main = fits
            if want and self.text.startswith("Asked", begin):
                comma = self.text.find(",", begin, pos)
                if comma > 0:
                    # "Asked by Matt Lauer whether …, she said": the asker and the topic are not "she"
                    fits = main = [i for i in fits if self.starts[i] > comma]
            if len(fits) > 1 and _LEADING.match(self.text, begin):
                comma = self.text.find(",", begin, self.starts[fits[-1]])
                if comma > 0:  # "Making her way around Chez Vachon, Clinton …": the subject follows
                    main = [i for i in fits if self.starts[i] > comma]
                    fits = main + [i for i in fits if self.starts[i] < comma]
            if fits:
                # "Scott Conroy asked Sanders whether …. '…,' he said": the person asked answers
                chosen = next((i for i in fits if self._asked(i)), None) if want and nearest else None
                # "When Maddow pointed out …, Clinton seized …": who speaks in the leading clause is not
                # the sentence's subject
                if chosen is None:
                    chosen = next((i for i in main if self._speaks(i)), None)
                if chosen is None:
                    chosen = next((i for i in fits if not self._oblique(i)), fits[0])
                return self.names[chosen]
            last, nearest = first - 1, False
            if last < 0:
                break
        if want and subject and subject.split(maxsplit=1)[0].lower() in _OTHER_FIRST[want]:
            # "Ben Jacobs" for a "she": no one of her gender in the sentences before; the last person named
            # in the 1,500 characters before with a first name of it, else no one rather than a man
            lo = bisect_left(self.starts, pos - 1500)
            for i in range(bisect_left(self.starts, pos) - 1, lo - 1, -1):
                if self.names[i].split(maxsplit=1)[0].lower() in _OTHER_FIRST[_OTHER[want]]:
                    return self.names[i]
            surname = subject.rsplit(maxsplit=1)[-1]
            namesakes = {
                name
                for name in self.names
                if name != subject
                and " " in name
                and name.rsplit(maxsplit=1)[-1] == surname
                and name.split(maxsplit=1)[0].lower() not in _OTHER_FIRST[want]
                and name.split(maxsplit=1)[0].lower() not in TITLES
                and _plausible_person(name)
            }  # "Rakeyia Scott" for a "she" whose sentences name only "Keith Lamont Scott"
            return namesakes.pop() if len(namesakes) == 1 else None
        return subject


_GROUP_OR_TIME = frozenset({"day", "latinos", "latinas", "hispanics", "american", "americans", "world"})
"""Last words of a capitalised run naming a group or a time, not a person ("Latinos", "Election Day")."""
_THING_NOUNS = (
    "podcast|magazine|newspaper|show|program|programme|series|network|channel|station|website|site|blog|"
    "school|college|university|campus|church|hospital|theater|theatre|movie|film|stadium|arena|hotel|building|"
    "restaurant|store|shop|mall|park|street|avenue|city|town|village|county|area|region|border|airport|"
    "company|firm|brand|team|club|league|celebration|festival|tournament|fight|massacre|tragedy|disaster|"
    "elementary|pageant"
)
"""Nouns of things, places and events (not "rally", "era" or "campaign", which a person's surname qualifies:
"a Trump rally", "the Obama era")."""
_THING_AFTER = re.compile(rf"(?:['’]s)?[ \xa0]+(?:{_THING_NOUNS})\b")
"""A lower-case noun of a thing, a place or an event right after a run ("Off Message podcast", "Sports
Illustrated's celebration"): the run names that thing, not a person."""
_PLACE_BEFORE = re.compile(r"\b(?:in|at|during|since|until|near|inside|outside|across|throughout)[ \xa0]+\Z")
"""A place or time preposition ending where a run starts ("Growing up in El Paso")."""
_NOUN_NEXT = re.compile(r"[ \xa0]+[a-z]")
"""A lower-case word right after a run."""
_THING_APPOSITION = re.compile(
    rf",[ \xa0]+(?:a|an|the)[ \xa0]+(?:(?!(?:of|in|at|for|from|with|by|and|or)\b)[a-z-]+[ \xa0]+){{0,3}}"
    rf"(?:{_THING_NOUNS})"
    r"(?=[,.;]|[ \xa0]+(?:run|that|which|based|in|on|of|for|from|owned|started|founded|where)\b)"
)
"""An apposition whose head is a thing's noun (", a training program run by the province")."""
_PLACE_OPENING = re.compile(r"(?:In|At|During|Near|Inside|Outside|Across|Throughout)[ \xa0]")
"""A capitalised place or time preposition opening a run ("At Gull Rock Shoal, the colony …")."""
_POSSESSIVE_NEXT = re.compile(r"['’]s[ \xa0]+[a-z]")
"""A possessive ending and a lower-case word ("Northern Table's annual list")."""
_OBJECT_HER = re.compile(
    r"[Hh]er(?=[ \xa0]*[,.;:!?)\"”’]|[ \xa0]+(?:on|in|at|to|for|with|about|from|into|over|by|as|of|out|up|down|"
    r"off|back|and|or|but|a|an|the|that|this|if|whether|when|because)\b)"
)
"""An object "her" (before a preposition, a determiner, a conjunction or punctuation: "pressed her on",
"placed her in"), which refers to someone other than its clause's subject, as "him" does."""


_QUESTION_AFTER = re.compile(r"[ \xa0]+(?:whether|if|about|why|how|what|when|where|who)\b")
"""A question's opening word after the person it is put to ("asked Trump if", "asked Bennett about"); not "to":
"asked Fred to join" is a request, and the one who asked may speak next."""
_ASKED_BEFORE = re.compile(
    r"\basked[ \xa0]+(?:(?!(?:by|for|about|of|to|with|from|after|if|whether|how|what|why)\b)[a-z][\w-]*[ \xa0]+){0,2}\Z"
)
""""asked" and up to two lower-case words (a role: "asked candidate Jorge Villalobos") ending where a name
starts; not "asked by" (the asker follows)."""
_TOKEN_BEFORE = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w'’.-]*)[ \xa0]+\Z")
"""A capitalised word and spaces ending where a word starts (searched up to it)."""


_AND_FULL = re.compile(
    r"[ \xa0]+and[ \xa0]+(?P<first>[A-ZÀ-ÖØ-Þ][a-z'’-]+)[ \xa0]+(?P<last>[A-ZÀ-ÖØ-Þ][\w'’-]*[a-z])(?![\w'’-]|[ \xa0]+[A-ZÀ-ÖØ-Þ])"
)
"""A first name's partner in a couple named with one surname ("Marc and Lucie Thibodeau")."""
_FIRST_ALONE = re.compile(r",[ \xa0]+\d{1,3},")
"""An age in apposition after a first name ("Her father, Brad, 39, worried …"): a person the text names so."""
_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms"})
"""Honorifics before a surname, which split_name reads as the role of "Mr. Rubel"."""
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
"""Generational suffixes that may close a run of capitalised words naming a person."""


_QUALIFIES = re.compile(
    r"[ \xa0]+(?=[abcdefopstv])(?:campaign|administration|camp|team|aides?|supporters|voters|delegates|staff|staffers|spokesman|"
    r"spokeswoman|spokesperson|allies|backers|surrogates|foundation|organization|presidency|era|brand|ad|ads)\b"
)
"""A lower-case noun after a surname that the surname qualifies ("the Cruz campaign", "Clinton aides")."""
_NEXT_CAPITAL = re.compile(r"[ \xa0]+(?:[A-ZÀ-ÖØ-Þ]\.[ \xa0]+)?[A-ZÀ-ÖØ-Þ]")
"""Another capitalised word (or an initial and one) after a word: the mention goes on ("Ivanka Trump")."""
_STOP = re.compile(r"[.?!](?:[\"”’]|'')?\s")
"""The end of a sentence: a full stop, question or exclamation mark, with the quote mark it may close."""


def _named_person(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and is_person(name) and not any(w.lower().rstrip(".") in TITLES for w in words)


_CHAIN = re.compile(r"(?:\b[A-ZÀ-ÖØ-Þ][\w'’-]+[ \t\r\xa0]+(?:[A-ZÀ-ÖØ-Þ]\.[ \t\r\xa0]+)?){1,4}\Z")
"""One to four capitalised words (each may be followed by an initial) ending where a surname starts."""


def _the_before(text: str, at: int) -> bool:
    """True when a lower-case "the" and a space end at ``at`` ("over the Scarborough Shoal", "the Rose Bowl"):
    English writes a person's name without the article, so a run of capitalised words after it names a place,
    a thing, a body or an event, or qualifies a noun ("the Bernie Sanders campaign")."""
    return (
        at >= 4
        and text[at - 1] in " \xa0"
        and text.startswith("the", at - 4)
        and not _is_word(text[at - 5 : at - 4])
    )


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


_BLANKS = frozenset(" \t\r\xa0")
"""The blanks :data:`_CHAIN` puts between words."""
_WORD_MARKS = frozenset("_'’.-")
"""The characters besides letters and digits that :data:`_CHAIN`'s words and initials hold."""


def _is_capital(char: str) -> bool:
    return "A" <= char <= "Z" or "À" <= char <= "Ö" or "Ø" <= char <= "Þ"


def _chain_may_end(text: str, at: int) -> bool:
    """False where no :data:`_CHAIN` can end at ``at``: its last word or initial is followed by blanks up to
    ``at`` and runs, without a blank, back to a capital; so blanks must precede ``at`` and the run of word
    characters, apostrophes, hyphens and full stops before them must hold a capital (most of a surname's
    mentions follow a lower-case word or a sentence end, where the search tried 120 starts in vain)."""
    i = at
    while i > 0 and text[i - 1] in _BLANKS:
        i -= 1
    if i == at:
        return False
    while i > 0:
        char = text[i - 1]
        if not (char.isalnum() or char in _WORD_MARKS):
            return False
        if _is_capital(char):
            return True
        i -= 1
    return False


def full_name(name: str, text: str, end: int | None = None) -> str:
    """A surname-only mention expanded to the full name it shortens in ``text[:end]``, if any: the last
    mention of the surname preceded by up to four capitalised words that make a person's full name."""
    end = len(text) if end is None else end
    if " " in name or not name:
        return name
    word_end = _is_word(name[-1:])
    at = text.rfind(name, 0, end)
    while at > 0:
        after = at + len(name)
        if word_end != (after < end and _is_word(text[after])):  # a word boundary after the name
            chain = _CHAIN.search(text, max(0, at - 120), at) if _chain_may_end(text, at) else None
            words = chain.group(0).split() if chain else []
            while len(words) > 1 and words[0].lower() in _NOT_PEOPLE:
                words = words[1:]  # "Secretary of State John Kerry": "State John Kerry" is no person
            if words:
                full, _ = split_name(" ".join([*words, name]))
                if " " in full and is_person(full):
                    return full
        at = text.rfind(name, 0, at)
    return name


_RUN = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?<!\w.)[\w'’-]+(?:[ \t\r\xa0]+(?:[A-ZÀ-ÖØ-Þ]\.[ \t\r\xa0]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+)+"
)
r"""A run of two or more capitalised words (an initial may stand between them). The word edge before the first
capital (``\b``) is tested after it, so that the regex engine skips to capitals (the same matches, 2.5 times
faster over whole texts)."""
_LOWER_LEAD = re.compile(r"(?<![\w'’-])(?:[a-z][\w'’&-]*\s+){1,4}$")


def _lower_lead(text: str, start: int) -> re.Match[str] | None:
    """The lower-case words just before ``start`` (``_LOWER_LEAD`` on the 60 characters before it), searched
    only when the text before ``start`` ends in a word character and spaces, which the pattern ends with."""
    before = text[max(0, start - 60) : start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "_'’&-"):
        return None
    return _LOWER_LEAD.search(text, max(0, start - 60), start)


def _runs_holding(text: str, name: str) -> Iterator[re.Match[str]]:
    """The runs of capitalised words (``_RUN.finditer(text)``) whose words hold ``name``, in order. Each
    mention of the name's last word is looked up in the runs found from the last comma or double quote mark
    before it: no run holds one of those, so the runs found from there are the runs the whole text has."""
    last = name.rsplit(maxsplit=1)[-1]
    after = 0
    """Where the last run yielded ends."""
    at = text.find(last)
    while at >= 0:
        if at >= after:
            barrier = max(text.rfind(",", after, at), text.rfind('"', after, at), text.rfind("“", after, at))
            for run in _RUN.finditer(text, max(after, barrier + 1)):
                if run.start() > at:
                    break
                if run.end() > at:
                    after = run.end()
                    if name in " ".join(run.group(0).split()):
                        yield run
                    break
        at = text.find(last, at + 1)


def roles_in(text: str) -> dict[str, str]:
    """Person → role as the text introduces them: "Fire Chief Odette Marchand", "Luis Ferreira, a forklift
    operator at the warehouse," or "Wendell Ossory, who voted against"."""
    roles: dict[str, str] = {}
    for match in _RUN.finditer(text):
        named = _run_role(text, match)
        if named:
            roles.setdefault(*named)
    return roles


def _run_role(text: str, run: re.Match[str]) -> tuple[str, str] | None:
    """(person, role) that a run of capitalised words introduces, if it names a person with a role."""
    lead = _lower_lead(text, run.start())
    named = _titled_name((lead.group(0) if lead else "") + run.group(0))
    if named is None:
        return None
    name, role = named
    role = role or _role_after(text, run.end()) or _role_before(text, run.start(), run.end())
    return (name, role) if role else None


_ROLE_BEFORE = re.compile(
    r"(?:\b[Tt]he|[A-ZÀ-ÖØ-Þ][\w.-]*['’]s)[ \xa0]+(?P<role>(?:[\w-]+[ \xa0]+){0,3}?(?P<head>[a-z][\w-]*)),[ \xa0]*\Z"
)
"""A title in apposition before a name ("The health minister, Patty Hajdu,", "Ontario's premier, Doug Ford,")."""


def _role_before(text: str, start: int, end: int) -> str | None:
    """The role a text gives a person in apposition before the name at ``[start, end)`` (closed by a comma after
    the name): "The Conservative leader, Andrew Scheer, …" → "Conservative leader"."""
    if not text.startswith(",", end) or text[start - 2 : start - 1] != ",":
        return None
    found = _ROLE_BEFORE.search(text, max(0, start - 80), start)
    if found is None or found.group("head") not in TITLES:
        return None
    return found.group("role")


class Roles:
    """:func:`roles_in` of a text, worked out for one person when asked: only the runs of capitalised words
    holding that person's name are read (a person's name is a run's last words)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, str | None] = {}
        self.every: dict[str, str] | None = None

    def get(self, name: str, default: str | None = None) -> str | None:
        if not name:
            return default
        if name not in self.known:
            self.known[name] = next(
                (
                    named[1]
                    for run in _runs_holding(self.text, name)
                    if (named := _run_role(self.text, run)) and named[0] == name
                ),
                None,
            )
        role = self.known[name]
        return default if role is None else role

    def all(self) -> dict[str, str]:
        """Every person's role (:func:`roles_in`)."""
        if self.every is None:
            self.every = roles_in(self.text)
        return self.every


@lru_cache(maxsize=256)
def text_roles(text: str) -> Roles:
    """The :class:`Roles` of a text, shared by its direct quotes and its reported speech (what it works out
    depends on the text alone)."""
    return Roles(text)


@lru_cache(maxsize=65536)
def _titled_name(phrase: str) -> tuple[str, str | None] | None:
    """(person, title) of a run of capitalised words and its lower-case lead ("fire chief Odette Marchand");
    the title only when it holds a title word; none when the run names no person in full."""
    name, role = split_name(" ".join(phrase.split()))
    if " " not in name or not is_person(name) or not _plausible_person(name):
        return None  # "the governor of New Jersey": a place holds no role
    titled = role and any(w.lower().rstrip(".") in TITLES or w in _SHORT_TITLES for w in role.split())
    if titled and role:
        words = role.split()
        cut = max((i + 1 for i, w in enumerate(words) if _ROLE_BREAK.fullmatch(w)), default=0)
        role = " ".join(words[cut:]) or None  # "an accord with Senator X": the title after the preposition
        titled = role and any(w.lower().rstrip(".") in TITLES or w in _SHORT_TITLES for w in words[cut:])
    return name, role if titled else None


_ROLE_BREAK = re.compile(
    rf"(?:with|to|by|for|from|against|about|and|or|but|blow|after|before|than|as|{VERBS[3:-1]})"
)
"""A lower-case word before a title that is no part of it (a preposition, a conjunction, a verb of saying)."""


_NAMED_BEFORE = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+")
"""Two capitalised words in a row: someone (or something) named before a description."""


def _by_role(description: str, roles: dict[str, str], before: str) -> tuple[str, str | None]:
    """A described speaker ("the minister") resolved to the person last named before the quote whose role
    has the same head noun; otherwise the description itself, which is no person's name."""
    head = description.split()[-1].lower()
    holders = [p for p, r in roles.items() if head in _role_words(r)]
    named = [p for p in holders if p in before]
    if not named:
        if (
            len(holders) == 1
            and not _NAMED_BEFORE.search(before)
            and not re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'-]+\s+){{0,3}}{re.escape(head)}\b", before)
        ):
            # "The federal fisheries minister says …" opening the text, "Minister Rosalind Achterberg" after it:
            # the one holder of that role, when no one is named before
            return holders[0], roles[holders[0]]
        return description, None
    person = max(named, key=before.rfind)
    return person, roles[person]


_SPELLED = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "lt.": "lieutenant",
    "sgt.": "sergeant",
    "col.": "colonel",
    "adm.": "admiral",
    "maj.": "major",
    "capt.": "captain",
    "cmdr.": "commander",
    "ald.": "alderman",
    "rev.": "reverend",
    "prof.": "professor",
}
"""Abbreviated titles spelled out, so that "the governor" finds "Gov. Chris Christie"."""


def _role_words(role: str) -> set[str]:
    """The lower-case words of a role, abbreviated titles spelled out ("Gov." → "governor")."""
    words = role.lower().split()
    return {*words, *(_SPELLED[w] for w in words if w in _SPELLED)}


_ACRONYM_ROLE = re.compile(r"[Tt]he[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}(?:MP|MPP|MLA|MNA|MHA|CEO)")
"""A description whose head is a title in capitals ("the Beauce MP", "the company's CEO")."""
_PERSON_HEADS = frozenset(
    {"mogul", "tycoon", "magnate", "neurosurgeon", "surgeon", "billionaire", "millionaire", "host", "anchor"}
    | {"mp", "mpp", "mla", "mna", "mha"}
    | {"frontrunner", "front-runner", "actress", "star", "veteran", "incumbent", "challenger", "senator"}
)
"""Head nouns that name a person the text has named, beyond titles and person-noun endings ("the retired
neurosurgeon", "the billionaire business mogul")."""


_BYSTANDER_HEADS = frozenset(
    {"narrator", "announcer", "crowd", "audience", "spokesman", "spokeswoman", "spokesperson", "aide"}
    | {"official", "source", "reporter", "moderator", "caller", "interviewer", "protester", "heckler"}
    | {"questioner", "attendee", "staffer", "adviser", "advisor"}
)
"""Head nouns of people that a text's main person seldom is: such a description that no role or earlier
mention ties to a name is kept as written, not given to the person the text is about."""


def _person_head(head: str) -> bool:
    """True when a description's head noun names a person: a title, a person noun or an age ("the
    46-year-old")."""
    return (
        head in TITLES
        or head in _PERSON_HEADS
        or head.endswith(_PERSON_NOUN_ENDINGS)
        or head.endswith("-year-old")
    )


def _role_after(text: str, end: int) -> str | None:
    found = _APPOSITIVE.match(text[end : end + 120])
    if not found:
        return None
    role = found.group("role").strip()
    after = end + found.end()
    if after < len(text) and text[after] not in _ROLE_CLOSERS:
        # the cap cut the apposition mid-phrase ("… at American University in Wash"): marked as cut, so that
        # "the scientist" still finds its holder, and dropped from what is shown (fragment_free)
        return role + _CUT
    first = role.split(maxsplit=1)[0]
    if first.endswith("ing") and first != "acting" and "who" in found.group(0)[: found.start("role")]:
        return None  # "who was waiting in line at a bakery": what the person was doing, not a role
    return fragment_free(role)


_CUT = "…"
"""The mark of a role that the apposition's length cap cut (dropped by :func:`fragment_free`)."""
_ROLE_CLOSERS = frozenset(",.;\"“”'`\n")
"""Characters that can end an apposition's role: the role runs up to one of them."""
_ROLE_TAILS = frozenset({"and", "or", "of", "the", "a", "an", "in", "at", "for", "to", "with", "from", "on"})
"""Last words that leave a role unfinished ("Ms. White and", "figures presented at Tuesday's of")."""


def fragment_free(role: str | None) -> str | None:
    """The role, or None when it is a fragment: cut by the apposition's length cap, a lone name particle ("von" of "von Gernet"), a phrase cut at an
    abbreviation's first letter ("branch of the U" of "U.S.") or ending on a conjunction, preposition or article
    ("Ms. White and")."""
    if not role or role.endswith(_CUT):
        return None
    words = role.split()
    last = words[-1]
    if all(w in _PARTICLES for w in words) or last.lower() in _ROLE_TAILS:
        return None
    if len(last) == 1 and last.isupper():
        return None
    return role


_RUNS_ON = re.compile(r"[ \t\r\xa0]*\n\s*(?:[\"“«]|''|``)")


def quote_pairs(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, runs_on) of the text inside each pair of double quote marks (also two apostrophes, '', which
    two backticks `` open in LDC-style wire copy), paired in order within a paragraph (a straight mark opens or
    closes by turn; a paragraph break resets). A
    quote left open at a paragraph end whose next paragraph opens with a quote mark runs on there (the
    newspaper convention for a quote of several paragraphs): it is yielded to the paragraph end with
    ``runs_on`` true. Quotes of 8 characters or fewer ("No," "CNN") are left out (:func:`_all_pairs` keeps
    them)."""
    return (pair for pair in _all_pairs(text) if pair[1] - pair[0] > _SHORT)


_SHORT = 8
"""The longest quote (characters inside its marks) that :func:`quote_pairs` leaves out: mostly a scare quote or
a name ("CNN", "rigged"), a reply of its own only with an attribution ("No," replied X)."""


def _all_pairs(text: str) -> Iterator[tuple[int, int, bool]]:
    """:func:`quote_pairs` with the quotes of 8 characters or fewer (none empty)."""
    if '"' not in text and "“" not in text and "«" not in text and "''" not in text and "``" not in text:
        return  # no mark that opens a quote (the paragraph breaks need not be read)
    opened: int | None = None
    """Where the open quote's text starts (after its mark)."""
    inner_open = False
    """Whether a curly quote inside a quote opened with a straight mark is open."""
    straight = False
    """Whether the open quote opened with a straight mark (curly marks inside it may be a quote within it)."""
    for mark in _QUOTE_MARKS.finditer(text):
        ch, at = mark.group(0), mark.start()
        if opened is not None and (br := text.find("\n", opened, at)) >= 0:
            yield from _run_on(text, opened, br)  # a paragraph break closes the open quote
            opened = None
        if inner_open and ch == "”":
            inner_open = False
            continue  # the end of a quote inside the quote
        if straight and opened is not None and at > opened + 1 and ch == "“" and _nested_closes(text, at):
            inner_open = True
            continue  # "… isn't about “Equal Justice Under Law” anymore.": a quote inside the quote
        if not straight and opened is not None and at > opened + 1 and ch == "“" and _curly_nested(text, at):
            inner_open = True
            continue  # “… when “your team” needs to be held accountable.”: a quote inside the quote
        straight = ch == '"' and opened is None
        if ch in ("“", "«", "``") or (ch in ('"', "''") and opened is None):
            opened = mark.end()
        elif opened is not None:
            if at > opened:
                yield opened, at, False
            opened = None
    if opened is not None and (br := text.find("\n", opened)) >= 0:
        yield from _run_on(text, opened, br)


@lru_cache(maxsize=256)
def text_quote_pairs(text: str) -> tuple[tuple[int, int, bool], ...]:
    """:func:`quote_pairs` of a text, read once and shared by its direct quotes and its reported speech."""
    return tuple(pair for pair in text_all_pairs(text) if pair[1] - pair[0] > _SHORT)


@lru_cache(maxsize=256)
def text_all_pairs(text: str) -> tuple[tuple[int, int, bool], ...]:
    """:func:`_all_pairs` of a text (the short quotes too), read once."""
    return tuple(_all_pairs(text))


def _nested_closes(text: str, at: int) -> bool:
    """True when the curly quote opened at ``at`` closes in its paragraph and a straight double quote mark
    follows the close there (it is a quote inside a quote opened with a straight mark)."""
    line_end = text.find("\n", at)
    line_end = line_end if line_end >= 0 else len(text)
    close = text.find("”", at, line_end)
    return close >= 0 and text.find('"', close, line_end) >= 0 and text.find("“", at + 1, close) < 0


def _curly_nested(text: str, at: int) -> bool:
    """True when the curly quote opened at ``at``, inside a quote opened with a curly mark, closes twice before the
    next opening mark of its paragraph (“A “B” C”: a quote inside the quote, not a new quote)."""
    line_end = text.find("\n", at)
    line_end = line_end if line_end >= 0 else len(text)
    reopen = text.find("“", at + 1, line_end)
    return text.count("”", at, reopen if reopen >= 0 else line_end) >= 2


def _run_on(text: str, opened: int, br: int) -> Iterator[tuple[int, int, bool]]:
    """The quote opened at ``opened`` and left open at the paragraph break ``br``, when the next paragraph
    opens with a quote mark (it runs on there)."""
    end = br
    while end > 0 and text[end - 1] in " \t\r\xa0":
        end -= 1
    if end - opened > 8 and _RUNS_ON.match(text, end):
        yield opened, end, True


def _outer(text: str, inner_start: int, inner_end: int, runs_on: bool) -> tuple[int, int]:
    """The quote's span with its marks (a mark of two apostrophes is two characters)."""
    start = inner_start - (2 if text.startswith(("''", "``"), inner_start - 2) else 1)
    if runs_on:
        return start, inner_end
    return start, inner_end + (2 if text.startswith("''", inner_end) else 1)


_CONTINUES = re.compile(
    r"\s*(?:,\s*)?(?:and|but)?\s*[,:]?\s*$"
    rf"|(?:\s+(?!{VERBS}\b)[\w'’-]+){{1,6}}\s*,\s*$"
)
"""What may follow a quote's attribution before the same speaker's quote continues in the sentence: a tail
(", and") or the rest of the attribution's clause, up to a comma, with no verb of saying of its own ("…,"
he told Bloomberg News in October, "…": PolNeAR train joins these; 7 more right, 10 fewer wrong quotes).
A tail ", adding," starts a new quote (:data:`_ADDING`)."""


_CLAUSE_END = re.compile(r"(?:\s+[\w'’-]+){0,8}\s*(?:[.;]|,(?!\s*(?:[\"“]|'')))")
"""The end of an attribution's clause, up to eight words after its verb ("Clinton said Monday.", "Trump asked
reporters rhetorically during a news conference."), not introducing a quote of its own ("…?" Mills writes
back, "…"). (Three words until session 6: PolNeAR train speakers +0.17 points with eight, dev unchanged.)"""


_LATE = re.compile(
    rf"[ \xa0]+[a-z][^\"“”\n.;:]{{0,150}}?,[ \xa0]+(?:{VERBS}[ \xa0]+(?P<n>{_NAMED}|{_DESCRIPTION})"
    rf"|(?P<m>{_NAMED})[ \xa0]+{VERBS})(?=[ \xa0]*[.,;])"
)
"""The attribution after the writer's words that finish a quote's sentence ("…,'' like the recent volatility
of financial markets, said Richard Curtin, …", "…,'' as his father dreamed, Mr. Turry said.")."""
_CLAUSE_GOES_ON = re.compile(
    r"(?<=told)|[ \xa0]+(?:about|during|in|on|at|after|before|when|while|as|of|reporters|rhetorically)\b"
)
"""An attribution's clause going on after "…?" X said with no statement of X's own: an object of "told" or a
preposition ("…?" Lichtman said about McCain's effort …, "…?" Trump asked reporters rhetorically …)."""
_SUBJECT = "(subject)"
"""The speaker phrase of an attribution by a participle clause: the subject of the sentence speaks ("Trump
attacked Clinton for her support of the war in Libya, saying, "…"")."""


_PERIOD_SAID = re.compile(r"[ \xa0]*\.")
"""The end of an attribution that is a sentence of its own after a quote closed by a full stop ("….” Trump
said.")."""


def _attribution(text: str, start: int, end: int, inner: str) -> tuple[str | None, int, int]:
    """(speaker phrase, end of the phrase, end of the attribution) of a quote at ``[start, end)`` (marks
    included): "…," said X / "…," X said / X said: "…"."""
    signed = _SIGNED.match(text, end, end + 80)
    if signed:
        return signed.group("n"), signed.end("n"), signed.end()
    closing = inner[-1]
    if text.startswith("'", end) and not text[end + 1 : end + 2].isalnum():
        end += 1  # an inner quote closed with the outer one (three apostrophes) before the attribution
    if closing == ".":  # "….” Trump said.": an attribution only as a short sentence of its own
        stop = text.find(".", end, end + 80)
        short = stop > 0 and "\n" not in text[end:stop] and text.count(" ", end, stop) <= 8
        after = _AFTER.match(text, end, stop + 1) if short else None
        if after and not _PERIOD_SAID.match(text, after.end(), stop + 1):
            after = None  # "….” Trump said in an interview that …": the next sentence's subject
    else:
        after = _AFTER.match(text, end, end + 240)
    if (
        after
        and closing in "!?"
        and after.group("n2")
        and (
            "\n" in text[end : after.start("n2")]
            or not (_CLAUSE_END.match(text, after.end()) or _CLAUSE_GOES_ON.match(text, after.end()))
        )
    ):
        after = None  # "…?" X asked, with the sentence going on: X's own statement, not the attribution
    if after:
        group = next(
            g for g in ("n10", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9") if after.group(g)
        )
        if group == "n4":
            titled, title = split_name(after.group("of"))
            if title and " " in titled and any(w.lower().rstrip(".") in TITLES for w in title.split()):
                # "Assembly of First Nations National Chief Perry Bellegarde said": the titled person
                return after.group("of"), after.end("of"), after.end()
        return after.group(group), after.end(group), after.end()
    read = _DOCUMENT_READ.match(text, end, end + 80) if closing in ",." else None
    if read:  # "…," the statement read: the document speaks (its issuer, :func:`_document_source`)
        return read.group("n"), read.end("n"), read.end()
    late = _LATE.match(text, end, end + 200) if closing == "," else None
    if late:  # "…,'' since so many cases were decided by 5-to-4 votes, said Lee Epstein."
        group = "n" if late.group("n") else "m"
        return late.group(group), late.end(group), late.end()
    window = text[max(0, start - 200) : start]
    before = _BEFORE.search(window) if window.rstrip()[-1:] in (":", ",") else None  # it ends "[:,]\s*$"
    aside = _BEFORE_ASIDE.search(window) if before else None
    if aside:
        return aside.group("n"), start - len(window) + aside.end("n"), start
    if before and before.group("part") and before.group("n").lower() not in PRONOUNS:
        subject = _subject(text, start)  # "…, saying, "…"": the participle's subject is the sentence's
        released = _STATEMENT_SAYING.match(text, _sentence_begin(text, start), start)
        if subject[0] == _SUBJECT and released:  # "The family issued a statement saying, "…"": the family
            return released.group("n"), released.end("n"), start
        return subject
    if before:
        of = _OF_BEFORE.search(window, max(0, before.start("n") - 80), before.start("n"))
        if of and " " in split_name(of.group("n"))[0]:  # "Lena Ostrova of the Valley Courier wrote:": Ostrova
            return of.group("n"), start - len(window) + of.end("n"), start
        return before.group("n"), start - len(window) + before.end("n"), start
    if window.rstrip()[-1:] == ":" and (
        released := _STATEMENT_SAYING.match(text, _sentence_begin(text, start), start)
    ):
        return released.group("n"), released.end("n"), start  # "X issued a statement that said …: "…"": X
    if inner[:1].islower() or (_titled(inner.rstrip(",.")) and window.rstrip()[-1:] not in (",", ":")):
        return None, end, start  # a mixed quotation, or a title after "told" ("told "Fox and Friends"")
    label = _CAPS_LABEL.search(window) if window.endswith((": ", ":", ":\xa0")) else None
    if label:  # a transcript's line "COUN. RUBY TSETTA: "…"" or an interview's "A: "…""
        return _labelled(label.group("n"), text, start - len(window) + label.start("n")), start, start
    return _lead_in(text, start, window) or (None, end, start)


_CAPS_LABEL = re.compile(
    r"(?:^|\n)[ \xa0]*(?P<n>(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*[ \xa0]+){0,6}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*):[ \xa0]*\Z"
)
"""A speaker's label in capitals opening a transcript's line before its quote ("HALVORSEN: "…"", "A: "…"")."""


def _labelled(label: str, text: str, at: int) -> str:
    """The speaker phrase of a transcript label: "A" (an answer) is the subject the text is about; a name is
    its last two words in title case ("DIRECTOR OF PLANNING GREG HALVORSEN" → "Greg Halvorsen"), a surname
    alone completed by an earlier label ending in it ("TSETTA" after "COUN. RUBY TSETTA")."""
    if label == "A":
        return _SUBJECT
    words = [w.capitalize() for w in label.split() if w.rstrip(".").lower() not in TITLES]
    if len(words) == 1:
        for earlier in _CAPS_LABEL_ANYWHERE.finditer(text, 0, at):
            name = earlier.group("n").split()
            if len(name) > 1 and name[-1].capitalize() == words[0]:
                return f"{name[-2].capitalize()} {words[0]}"
    return " ".join(words[-2:]) if words else label.capitalize()


_CAPS_LABEL_ANYWHERE = re.compile(
    r"(?:^|\n)[ \xa0]*(?P<n>(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*[ \xa0]+){1,6}[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*):"
)


_ACCORDING = re.compile(
    rf"(?:^|\s)[Aa]ccording[ \xa0]+to[ \xa0]+(?P<n>{_NAMED}|{_DESCRIPTION})[ \xa0]*[:,][ \xa0]*$"
)
"""An attribution by "according to" before a quote ("According to Woodward, "…"", "According to the paper: "…"")."""
_SAID_NAME = re.compile(rf"(?:^|[.\n]\s*)Said[ \xa0]+(?P<n>{_NAMED})(?:,[^,\"“”\n]{{2,100}})?,[ \xa0]*$")
"""An inverted attribution opening a sentence before its quote ("Said Comey, "…"")."""
_PARTICIPLES = (
    r"saying|asking|adding|telling|writing|declaring|insisting|arguing|noting|warning|stating|interjecting|"
    r"tweeting|responding|replying|joking|quipping|explaining|recalling|proclaiming|yelling|shouting|chanting|"
    r"posting|remarking"
)
_SPEECH_WORDS = frozenset(
    VERBS[3:-1].split("|") + _PARTICIPLES.split("|") + ["fumed", "reacted", "riffed", "opined", "Adding"]
)
"""The verbs :data:`_SPEECH_END` ends with, for a test by set before its search."""
_OBJECTS = frozenset(
    {"him", "her", "them", "us", "me", "reporters", "supporters", "voters", "crowd", "audience", "the"}
)
_SPEECH_END = re.compile(
    rf"(?:(?P<n>{_NAME}|[Hh]e|[Ss]he|[Tt]hey)(?P<gap>,?)[ \xa0]+(?:(?:also|then|later|reportedly)[ \xa0]+)?)?"
    rf"(?:{VERBS}|(?P<part>{_PARTICIPLES}|Adding)|fumed|reacted|riffed|opined)"
    r"(?:(?:[ \xa0]+(?:him|her|them|us|me|reporters|supporters|voters|the[ \xa0]+crowd|the[ \xa0]+audience)){0,2}"
    r"[ \xa0]*[:,]?|(?<=ing)(?:[ \xa0]+[\w'’-]+){1,3},)[ \xa0]*$"
)
"""A verb of saying or its participle right before a quote, with the speaker before it ("Trump declared
"…"", "footage of Hillary Clinton asking, "…"") or not beside it ("Carson shared a syllabus on his Facebook
page, writing "…"", "Hayek confirmed she had been and said, "…"": the sentence's subject speaks)."""


def _lead_in(text: str, start: int, window: str) -> tuple[str | None, int, int] | None:
    """(speaker phrase, end of the phrase, end of the attribution) of an attribution before a quote at
    ``start`` whose speaker is not right before its verb (``window``: the text before): "according to X",
    an inverted "Said X," or a verb of saying that ends the writer's sentence, whose subject speaks."""
    offset = start - len(window)
    for pattern, cue in ((_ACCORDING, "ccording to"), (_SAID_NAME, "Said")):
        found = pattern.search(window) if cue in window else None
        if found:
            return found.group("n"), offset + found.end("n"), start
    tail = window[-80:].rstrip(" \xa0\t:,").split()
    while len(tail) > 1 and tail[-1] in _OBJECTS:
        tail.pop()
    ends = {tail[-1], " ".join(tail[-2:])} if tail else set()
    if window.rstrip()[-1:] == ",":  # "saying at one point, "…"": a participle a few words before
        ends.update(w for w in tail[-4:-1] if w.endswith("ing"))
    if not ends & _SPEECH_WORDS:
        return None  # no verb of saying ends the text before the quote (the search below is dearer)
    found = _SPEECH_END.search(window, max(0, len(window) - 80))
    if found is None:
        return None
    name = found.group("n")
    if name and (not found.group("part") or not found.group("gap")) and _subject_name(name, text, start):
        return name, offset + found.end("n"), start
    if found.start() > 0:  # "…, Spicer said, adding, "…"": the speaker of the sentence's verb of saying
        begin = _sentence_begin(text, start)
        spoke = [
            m
            for m in _SPOKE.finditer(text, begin, offset + found.start())
            if m[1] != "I"
            and _subject_name(m[1], text, start)  # "when I asked X …, he … said,": not the writer
        ]
        if spoke:
            return spoke[-1].group("n"), spoke[-1].end("n"), start
    return _subject(text, start)


_SPOKE = re.compile(rf"(?P<n>{_NAME}|[Hh]e|[Ss]he)[ \xa0]+(?:also[ \xa0]+)?{VERBS}\b")
"""A speaker and a verb of saying inside the sentence before a participle ("Lazar said he … and added,")."""


_SUBJECT_AT = re.compile(
    rf"(?P<n>{_ROLE_LEAD}{_NAME}|He|She|They|I|We)(?![\w'’-])"
    rf"(?!(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)*[ \xa0]+{_NOT_NOUNS}{_PERSON_NOUNS}\b)"
    rf"(?:,[^,\"“”\n]{{2,120}},)?[ \xa0]+"
    r"(?:(?:also|then|later|reportedly|finally|quickly|again|even|once)[ \xa0]+)?[a-z]"
)
"""The subject opening a sentence: a name (with an aside) or a pronoun, before a lower-case word (its verb)."""
_MID_SENTENCE = "[a-z,] {}\\b"


def _subject_name(name: str, text: str, start: int) -> bool:
    """True when ``name`` (a sentence's subject or a speaker before a verb) names a person: a pronoun, a
    plausible full name, or one word that is a known surname (its full name before ``start``, or the word
    capitalised in mid-sentence elsewhere: "Small groups of protesters" is no one)."""
    words = name.split()
    if name.lower() in PRONOUNS:
        return True
    if words[0].lower() in STOP_WORDS or words[0] in _CLAUSE_WORDS or words[0] in _LEADING_WORDS:
        return False
    if len(words) > 1:
        return is_person(name)
    return is_person(name) and (
        " " in full_name(name, text, start)
        or len(re.findall(_MID_SENTENCE.format(re.escape(name)), text)) > 1
    )


def _subject(text: str, start: int) -> tuple[str, int, int]:
    """The speaker phrase of the sentence before ``start`` (a quote that sentence introduces): its subject
    when the sentence opens with a name or a pronoun (after a leading clause: "At Sunday night's debate,
    Sanders compared himself to Clinton, saying, "…""), else :data:`_SUBJECT` (the people named before)."""
    begin = _sentence_begin(text, start)
    leading = bool(_LEADING.match(text, begin))
    if leading:
        comma = text.find(",", begin, start)
        if comma < 0:
            return _SUBJECT, start, start
        begin = comma + 1
    while begin < start and text[begin] in " \xa0\t":
        begin += 1
    found = _SUBJECT_AT.match(text, begin, start)
    if found and not found.group("n").endswith(("'s", "’s")) and _subject_name(found.group("n"), text, start):
        return found.group("n"), found.end("n"), start  # not "Clinton’s campaign manager was asked …"
    after = _PRONOUN_AFTER_CLAUSE.match(text, begin, start)
    if after:  # "Eight years ago, he supported Barack Obama over Clinton and said, "…"": he speaks
        return after.group("n"), after.end("n"), start
    described = None if leading else _DESCRIBED_SUBJECT.match(text, begin, start)
    if described:  # "A Warren adviser, who spoke on the condition of anonymity, said of the senator, "…""
        return described.group("n"), described.end("n"), start
    return _SUBJECT, start, start


_DESCRIBED_SUBJECT = re.compile(
    rf"(?P<n>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)[ \xa0]+(?:(?!(?:and|or|of|at|for|in|with|to|on|who|that)\b)[\w'’-]+"
    rf"[ \xa0]+){{0,3}}(?!former\b|latter\b)"
    rf"{_NOT_NOUNS}{_PERSON_NOUNS})(?=,|[ \xa0]+(?:who\b|[a-z]+(?:ed|s)\b|{VERBS}\b))"
)
"""A description of a person opening a sentence as its subject ("A Warren adviser, who …, said", "The woman
said")."""
_ONE_OF = re.compile(
    r"(?P<n>(?:[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Ee]ach)[ \xa0]+of[ \xa0]+(?:the|his|her|their|its)[ \xa0]+"
    rf"(?:[\w'’-]+[ \xa0]+){{0,2}}?[a-z][\w'’-]*(?:s|men|people|children))(?=[ \xa0]+(?:also[ \xa0]+|then[ \xa0]+|later[ \xa0]+)?{VERBS}\b)"
)
"""A sentence's subject that is one of a group before a verb of saying ("One of the gunmen said")."""
_PRONOUN_AFTER_CLAUSE = re.compile(r"[^,\"“”\n]{2,200},[ \xa0]+(?P<n>he|she|I)[ \xa0]+[a-z]")
"""A pronoun subject after a sentence's opening phrase ("Eight years ago, he supported …")."""


def _sentence_begin(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after a sentence end that is no abbreviation, or a line
    break), looked for in the 400 characters before it."""
    lo = max(0, start - 400)
    begin = max(lo, text.rfind("\n", lo, start) + 1)
    for stop in _STOP.finditer(text, begin, start):
        if not (
            text[stop.start()] == "." and _ABBREVIATION.search(text, max(0, stop.start() - 5), stop.start())
        ):
            begin = stop.end()
    return begin


_SPEECH_LEAD = re.compile(
    rf"(?:\b{VERBS}|\b(?:say|chant|sing|sang|yell|shout|scream|writ|wrote|cr(?:y|ie)|cheer|declar|claim)[a-z]*)"
    r"(?:\s+(?:him|her|them|us|me|reporters|journalists))?[\s\xa0]*[:,]?[\s\xa0]*$",
    re.IGNORECASE,
)


def _after_word(text: str, start: int) -> bool:
    """True when the opening mark follows a word of the same line other than a verb of saying ("calls them
    "lone wolves""); after "chanted" or "saying" a quote stands on its own."""
    before = text[max(0, start - 3) : start].rstrip(" \xa0\t")
    return before[-1:].isalnum() and not _SPEECH_LEAD.search(text, max(0, start - 40), start)


_SUBJECT_SAYS = re.compile(rf"[^,;:\"“”\n]{{1,60}}?[ \xa0](?P<verb>{VERBS})[ \xa0]*[,:]?[ \xa0]*")
"""A sentence's opening up to the quote: its subject (no comma) and a verb of saying ("Bush says "…"")."""


def _said_first(text: str, start: int) -> bool:
    """True when the sentence of the quote at ``start`` opens with its subject and a verb of saying right
    before the quote ("He says "that's how you get smart."", not "Instead, Axelrod said, "she started …"")."""
    begin = _sentence_begin(text, start)
    found = _SUBJECT_SAYS.fullmatch(text, begin, start)
    return found is not None and not _VERB.search(text, begin, found.start("verb"))


def _embedded(text: str, start: int, inner: str, after_word: bool) -> bool:
    """True when the quote is part of the writer's sentence — a mixed quotation, not a direct quote standing
    on its own: after a word ("she knows that "X""), after "that," or starting in lower case ("Instead, she
    said, "the fear is …"") unless the sentence opens with the speaker and the verb before it and the quote
    ends it ("He says "that's how you get smart."": PolNeAR train 8 more right, none wrong). (A colon does not tell: on PolNeAR train, quotes after a colon not preceded by a verb of saying
    were direct 89 times, mixed or not quotes 41 times.) ``after_word``: :func:`_after_word` of the quote."""
    if after_word:
        return True
    if inner[:1].islower():
        return not (inner[-1:] in ".!?" and _said_first(text, start))
    before = text[max(0, start - 12) : start].rstrip(" \xa0\t")
    return before.endswith((":", ",")) and before.rstrip(",:").endswith(" that")


@lru_cache(maxsize=2048)
def extract_quotes(article: Article) -> tuple[Mention, ...]:
    """Direct quotes with speakers (read once per article: compare and provenance both ask); see
    :func:`_quotes`."""
    return tuple(_quotes(article))


def _quotes(article: Article) -> Iterator[Mention]:
    """Direct quotes with speakers; pronouns resolve to the last person named before the quote.

    A quote split by its attribution ("A," she said, "B." / "A," she said. "B.") or running over several
    paragraphs is yielded in pieces; every piece after the first is ``continued`` and has the first's speaker.
    A quote with no attribution of its own takes the speaker of the previous quote in its paragraph.
    """
    text = article.text
    last: tuple[int, str | None, str | None, bool] | None = None
    """(end of the previous quote's attribution, its speaker, role, whether it ran on to the next paragraph)."""
    every = text_all_pairs(text)
    if not every:
        return  # no quote marks: the names and roles of the text are not needed
    pairs = list(text_quote_pairs(text))
    roles = text_roles(text)
    people = People(text, pairs)
    pending: list[Mention] = []
    last_start = 0
    last_prose = False
    """Whether the previous quote ran into the writer's prose (a mixed quotation no later quote continues)."""
    mixed: tuple[int, str, int] | None = None
    """(end of the attribution, speaker phrase, end of the phrase) of a quoted phrase in the writer's sentence
    skipped since the previous quote ("Teachers are "looking to see …," X said."): a quote right after that
    attribution continues the mixed quotation."""
    for inner_start, inner_end, runs_on in every:
        raw = text[inner_start:inner_end]
        start, end = _outer(text, inner_start, inner_end, runs_on)
        inner = raw.strip()
        if inner_end - inner_start <= _SHORT and not _short_said(text, start, end, inner):
            continue  # a scare quote or a name ("rigged", "CNN"), not a reply of its own ("No," replied X)
        quote = inner.rstrip(",")
        after_word = _after_word(text, start)
        embedded = _embedded(text, start, inner, after_word)
        if (len(quote.split()) < 2 and not _one_word_said(text, start, end, inner, after_word)) or (
            quote[0].islower() and after_word
        ):
            if (
                after_word
                and inner[-1:] == ","
                and not _VERB.search(text, people.sentence_start(start), start)
            ):
                head = _attribution(text, start, end, inner)
                mixed = (head[2], head[0], head[1]) if head[0] and head[2] > end else mixed
            continue  # a phrase quoted inside someone's reported speech, not a quotation of its own
        if text[start - 1 : start] == "=":
            continue  # the value of a markup attribute left in the text (<tweet tweet-date="March 4, 2016">)
        phrase, name_end, said_end = _attribution(text, start, end, inner)
        of_mixed = phrase is None and mixed is not None and _attribution_tail(text, mixed[0], start)
        if of_mixed and mixed:
            _, phrase, name_end = mixed  # "Teachers are "looking …," X said. "That's …"": one mixed quotation
            embedded = True
        mixed = None
        if said_end > end and _OUTER.match(text, said_end) and not _quote_follows(text, said_end):
            embedded = True  # "…," Walker said, according to an AP account: part of the account's content
        prose = phrase is None and _into_prose(text, end, inner)
        if (
            embedded
            and said_end == start
            and inner[:1].islower()
            and _SHORT_LEAD.search(text, max(0, start - 170), start)
        ):
            embedded = False  # "My hope," he said, "is that …": one quote, its short first piece dropped
        embedded = embedded or prose  # "…jail time" for criminal behavior, she said: not a quote on its own
        writer = (
            phrase == "I"
            and (name_end > start or start - name_end < 40)  # "I said," not "when I asked X, he said,"
            and bool(
                _SAYS.match(text, name_end) or _VERB_BEFORE.search(text, max(0, name_end - 30), name_end - 1)
            )
        )
        if (
            writer or phrase == "I"
        ):  # "…," I said: the writer's own words, whom the byline names (no one else)
            speaker, role = (author(article.byline) if writer else None), None  # "I laughed and said, "…""
        else:
            speaker, role = resolve_speaker(phrase, name_end, text, start, roles, people)
        same_paragraph = last is not None and "\n" not in text[last[0] : start]
        adding = last is not None and said_end == start and bool(_ADDING.fullmatch(text, last[0], start))
        continued = (
            last is not None
            and not of_mixed
            and not prose
            and not last_prose
            and not adding
            and (
                last[3]
                or (
                    phrase is None
                    and same_paragraph
                    and not after_word
                    and not _prose_between(text, people, last[0], start)
                )
                or (
                    phrase is None
                    and last[1] is not None
                    and _next_paragraph(text, start, end, last[0], last_start)
                )
                or (said_end == start and _same_sentence(text, last[0], start))
            )
        )
        if last and continued:
            if last[1] or not speaker:
                speaker, role = last[1], last[2]
            elif pending:  # a quote of several paragraphs named its speaker only after its first piece
                pending = [replace(p, speaker=speaker, role=role) for p in pending]
        if adding and last:
            speaker, role = last[1], last[2]  # "…," she said, adding, "…": her new quote (a cue of its own)
        if _titled(quote.rstrip(".")) and _WORK_BEFORE.search(text, max(0, start - 40), start):
            continue  # the title of a work named before it: his 2012 book, "An American Son."
        if phrase is None and not continued and _cited(text, start, end, inner):
            continue  # a headline or slogan cited: —"X is leaving," by Times' Y / ("X," USATODAY.com) / "X" (2008)
        if (
            speaker is None
            and not writer
            and not continued
            and (after_word or _titled(quote))
            and (quote[-1] not in ".?!" or (after_word and _titled(quote)))
        ):
            continue  # a title or name in quote marks ("Contract with America", on NBC's "Meet the Press.")
        if speaker is None and not continued and not embedded and not writer and phrase != "I":
            speaker, role = _floating(text, start, last, people)
        role = fragment_free(role or roles.get(speaker or ""))
        last = (max(end, said_end), speaker, role, runs_on)
        last_start = start
        last_prose = prose
        offset = inner_start + len(raw) - len(raw.lstrip())
        mention = Mention(
            kind="quote",
            slot=normalize_quote(quote),
            value=quote,
            text=quote,
            span=Span(article.id, offset, offset + len(quote)),
            speaker=speaker,
            role=role,
            continued=continued,
            embedded=embedded and not continued,
        )
        if not continued:
            yield from pending
            pending = []
        pending.append(mention)
    yield from pending


_VERB_BEFORE = re.compile(rf"\b{VERBS}[ \xa0]+\Z")
"""A verb of saying just before a word ("…," said I)."""
_BYLINE_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&)\s*")
_BYLINE_LEAD = re.compile(r"^(?:by|written\s+by|story\s+by)\s+", re.IGNORECASE)


def author(byline: str | None) -> str | None:
    """The one person a byline names ("By Jana Okafor, Staff Reporter" → "Jana Okafor"), the speaker of the
    writer's first-person quotes ("…," I said); None when it names no one or several people (whose "I" is
    unclear)."""
    if not byline:
        return None
    parts = [
        p.title() if p.isupper() else p for p in _BYLINE_SPLIT.split(_BYLINE_LEAD.sub("", byline.strip()))
    ]
    people = [
        p
        for p in parts
        if p
        and not any(w.lower() in _BYLINE_ROLES for w in p.split())
        and _named_person(p)
        and _plausible_person(p)
    ]
    return people[0] if len(people) == 1 else None


_BYLINE_ROLES = frozenset(
    {"staff", "reporter", "writer", "correspondent", "editor", "columnist", "contributor", "press", "news"}
)
"""Words of a byline's role or outlet after the author's name ("Staff Reporter", "Special Correspondent")."""


def _one_word_said(text: str, start: int, end: int, inner: str, after_word: bool) -> bool:
    """True when a quote of one word is a reply of its own: it opens no phrase of the writer's sentence, ends in
    punctuation and has an attribution after it ("Probably," Priebus said) or a verb of saying and a comma or
    colon before it (Priebus said, "Probably.")."""
    if after_word or not inner[:1].isupper() or inner[-1:] not in ".,!?":
        return False
    before = text[max(0, start - 40) : start].rstrip(" \xa0\t")
    if before.endswith((",", ":")) and _VERB.search(before):
        return True
    return inner[-1:] != "." and _AFTER.match(text, end, end + 240) is not None


def _short_said(text: str, start: int, end: int, inner: str) -> bool:
    """True when a quote of 8 characters or fewer at ``[start, end)`` is a reply of its own (:func:`_one_word_said`:
    '"Denver," he answered', 'replied, "No."')."""
    return bool(inner) and _one_word_said(text, start, end, inner, _after_word(text, start))


_SHORT_LEAD = re.compile(
    rf"(?:[\"“]|'')[^\"“”\n]{{1,16}},(?:[\"”]|'')\s+[^\"“”\n]{{0,100}}?\b{VERBS}\b[^\"“”\n]{{0,40}},\s*$"
)
"""A quote of a word or two and its attribution before the rest of the quote ("My hope," he said, "…")."""
_WORK_BEFORE = re.compile(
    r"\b(?:book|memoir|show|slogan|movie|film|podcast|column|album|song|series|novel|titled|called|entitled|"
    r"headline|op-ed|essay|article|program|programme|documentary|motto|play|poem|biography)[ \xa0]*,?[ \xa0]*$"
)
"""A word naming a work just before a quote mark: what follows in the marks is its title."""
_CITED_AFTER = re.compile(r"[ \xa0]*(?:by[ \xa0]+(?:the[ \xa0]+)?[A-Z]|\((?:1[89]|20)\d\d\))")
"""A byline or a year in brackets right after a quote's closing mark: the quote is a headline or slogan."""


def _cited(text: str, start: int, end: int, inner: str) -> bool:
    """True when the quote at ``[start, end)`` (with no attribution) is a headline or slogan cited with its
    byline (—"X," by Times' Y), its year ("X" (2008)) or its publication in brackets (("X," USATODAY.com))."""
    return bool(_CITED_AFTER.match(text, end)) or (text[start - 1 : start] == "(" and inner[-1:] == ",")


_PROSE_AFTER = re.compile(r"[ \xa0]+[a-z]")


_CLAUSE_REST = re.compile(r"[^\"“”'.!?\n]{0,200}[.!?]?[ \t\xa0]*")
"""The rest of an attribution's sentence to its end, with no quote mark and no other sentence ("…," Viguerie
tells Breitbart News in an exclusive interview.)."""


def _next_paragraph(text: str, start: int, end: int, since: int, last_start: int) -> bool:
    """True when the quote at ``[start, end)`` is a paragraph of its own right after a paragraph made of the
    previous quote (opened at ``last_start``) and its attribution (ending at ``since``): ""A," X said.¶"B."" is
    one quote in PolNeAR's annotation (train F1 +0.2 points, dev +0.1)."""
    gap = text[since:start]
    if "\n" not in gap or gap.count("\n") > 2:
        return False
    br = gap.index("\n")
    if gap[br:].strip() or not _CLAUSE_REST.fullmatch(gap, 0, br):
        return False
    if text.rfind("\n", 0, last_start) + 1 < last_start - 2:
        return False  # the previous quote does not open its paragraph
    line_end = text.find("\n", end)
    return not text[end : line_end if line_end >= 0 else len(text)].strip()


def _into_prose(text: str, end: int, inner: str) -> bool:
    """True when the quote ends without punctuation and the writer's sentence goes on in lower case after its
    closing mark ("…face jail time" for criminal behavior): a mixed quotation, not a quote standing alone."""
    return inner[-1:].isalnum() and bool(_PROSE_AFTER.match(text, end))


_MINOR_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is"}
)


def _titled(quote: str) -> bool:
    """A title in quote marks ("Latin History for Dummies", "Who's Who in the CIA"): every word capitalised
    but the minor ones, the first and last capitalised."""
    words = quote.rstrip(",;:").split()
    return (
        len(words) <= 8
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR_WORDS for w in words)
    )


_INTRODUCES = re.compile(
    rf"(?:\b{VERBS}\b|\b(?:remarks|statement|interview)\b|:)[^.!?\n]*(?:[.!?:](?:[\"”’]|'')?)?\s*$"
)
"""A sentence before a quote that introduces speech, to its end (a quoted phrase may close it: 'X told council
the theatre was "hanging on by a thread."')."""


def _floating(
    text: str, start: int, last: tuple[int, str | None, str | None, bool] | None, people: People
) -> tuple[str | None, str | None]:
    """The speaker of a quote with no attribution of its own that opens a paragraph: the previous quote's
    speaker when that quote's attribution, in its sentence, closed the paragraph before ("A," X said.¶"B.",
    "A," X told a rally, saying Y would "C."¶"B."), else the subject of the sentence before when it
    introduces speech ("Lee continued his remarks.¶"B."), else the previous speaker when no one is named
    since, else the subject of the paragraph before ("X, 71, has lived here since 1989.¶"B."")."""
    if (
        last
        and last[1]
        and (not text[last[0] : start].strip(" \n\t\xa0.,") or _closed_by(text, last[0], start))
    ):
        return last[1], last[2]
    lo = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, max(0, text.rfind("\n", 0, start)) - 1), 0)
    released = _RELEASED.search(text, lo, start) if "statement" in text[lo:start] else None
    if released and text.rfind("\n", lo, start) > released.end():
        # "TSU released a statement Tuesday thanking …¶'…'": the body that released it
        words = released.group("n").split()
        while len(words) > 1 and (words[0].lower() in STOP_WORDS or words[0] in _LEADING_WORDS):
            words = words[1:]
        return " ".join(words), None
    if _INTRODUCES.search(text, lo, start):
        return people.antecedent(start), None
    if last and last[1] and start - last[0] < 600 and not people.named_between(last[0], start, last[1]):
        return last[1], last[2]  # news convention: the same speaker until the text names another
    before = text[:start].rstrip(" \t\xa0\"“'")
    if before.endswith(("\n", ".", "!", "?")):  # the person the paragraph (or sentence) before is about
        end = len(before.rstrip())
        phrase, name_end, _ = _subject(text, end)
        if not before.endswith("\n") and (
            phrase == _SUBJECT or phrase.lower() in PRONOUNS or " " not in full_name(phrase, text, end)
        ):
            return (
                None,
                None,
            )  # within a paragraph: only a person the text names in full ("Lynch announced …")
        if _DESCRIBED.fullmatch(phrase):  # "The party chairman, Kelly Armstrong, called …": the name
            apposed = _APPOSED.match(text, name_end)
            return (apposed.group("n") if apposed and _plausible_person(apposed.group("n")) else phrase), None
        if (
            phrase != _SUBJECT
            and phrase.lower() not in {"they", "we", "i"}
            and not phrase.endswith(("'s", "’s"))
        ):
            if phrase.lower() in PRONOUNS:
                phrase = people.antecedent(end, phrase) or ""
            return split_name(full_name(phrase, text, end))[0] or None, None
    if not before.strip(" \t\xa0\n\"“'"):
        # a quote opening the text, its speaker named by the next paragraph ("It looked like snow."¶"Marisol
        # Ferreira was describing the ash …")
        line = text.find("\n", start)
        named = _NAMED_NEXT.match(text, line) if line > 0 else None
        if named and _plausible_person(named.group("n")):
            return named.group("n"), None
    return None, None


_ISSUED_STATEMENT = (
    r"(?:also[ \xa0]+|later[ \xa0]+)?(?:released|issued|put[ \xa0]+out|sent[ \xa0]+out)"
    r"[ \xa0]+(?:a|an)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?statement\b"
)
"""The verb phrase of releasing a statement ("also issued a brief statement"), after its subject and a blank."""
_RELEASED = re.compile(rf"(?P<n>{_COLLECTIVE}|{_NAME})[ \xa0]+{_ISSUED_STATEMENT}")
"""An organisation or person releasing a statement ("TSU released a statement"), for the floating quote after."""


_STATEMENT_SAYING = re.compile(
    r"[ \xa0]*(?P<n>[A-ZÀ-ÖØ-Þ][^,\"“”\n]{1,80}?)(?:,[^\"“”\n]{2,80},)?[ \xa0]+"
    + _ISSUED_STATEMENT
    + r"(?:[^\"“”\n]{0,100}?[ \xa0,]+saying[ \xa0]*[:,]?|[ \xa0]+(?:that|which)[ \xa0]+(?:said|says|read|reads)"
    r"[^\"“”\n]{0,200}:)[ \xa0]*\Z"
)
"""A sentence whose subject released a statement, its participle "saying" before the quote ("A spokesperson
for X released a statement at the time saying, "…"") or "that said …:" ("Dairy Queen issued a statement that
said the location was …: "…""): the subject as the text writes it."""


_NAMED_NEXT = re.compile(
    r"\n[\s\xa0]*(?:That(?:'s|’s|[ \xa0]+is|[ \xa0]+was)[ \xa0]+(?:how|what)[ \xa0]+)?"
    r"(?P<n>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})(?:,[^,\n]{1,60},)?[ \xa0]+[a-z]"
)
"""The full name opening the paragraph after a quote that opens the text, as the subject of its sentence."""


def _closed_by(text: str, since: int, start: int) -> bool:
    """True when the quote at ``start`` opens the paragraph right after the one an attribution ending at
    ``since`` closes in its own sentence (no sentence of the writer's after it)."""
    br = text.find("\n", since, start)
    if br < 0 or text[br:start].strip(" \n\t\xa0\"“'"):
        return False
    if text[since:br].strip() and text[:since].rstrip(" \t\xa0\"”'’")[-1:] in ".!?":
        return False  # "“…,” X interjected, “B.” But Y was relentless.¶“C.”": the writer's sentence after the quote
    for stop in _STOP.finditer(text, since, br):
        if not (
            text[stop.start()] == "." and _ABBREVIATION.search(text, max(0, stop.start() - 5), stop.start())
        ):
            return False  # "…," X said. Y disagreed.¶"B.": a sentence of the writer's between
    return True


_APPOSED = re.compile(
    rf"(?P<rest>(?:[ \xa0]+[a-z][\w'-]*){{0,3}}),[ \xa0]+(?P<n>{_NAME})(?=[ \xa0]*(?:[,.;:]|$))"
)
"""A name in apposition after a described speaker ("the White House spokesman, Josh Earnest,")."""


_INDEFINITE = frozenset({"a", "an", "one", "another"})
_DESCRIPTION_GOES_ON = re.compile(
    r"(?:[ \xa0]+(?!(?:who|whom|whose|that|which|and|or|but|with|in|at|for|from|on|to|as|by|when|while|after|"
    rf"before|because|close|familiar|speaking|asking|requesting|also|then|[a-z]+ed|{VERBS[3:-1]}|"
    r"has|have|had|did|does|do|is|was|are|were|will|would|could|can|may|might|should|must|later|even|now|"
    r"still|already|never|not|just|only|however|again|earlier|first|once|since)\b)[\w'’-]*[\w]){0,4}"
)
"""The words of an indefinite description after the shortest match of :data:`_DESCRIPTION` ("said a senior" of
"said a senior Cruz adviser"), to its end (a relative clause, a preposition, a participle, a verb, an auxiliary
or an adverb: "A provincial judge has ruled", "One reader even noted")."""
_ORG_HEADS = frozenset(
    {"campaign", "firm", "website", "site", "newspaper", "paper", "network", "outlet", "charity"}
    | {"utility", "municipality", "insurer", "retailer", "manufacturer", "automaker", "regulator", "brewery"}
)
"""Head nouns of descriptions naming an organisation beyond ORG_CUES ("the campaign said")."""


_CORPORATE_HEADS = frozenset(
    {"company", "firm", "utility", "insurer", "retailer", "manufacturer", "automaker", "brewery", "airline"}
    | {"bank"}
)
"""Head nouns of descriptions of a business ("the company said"), resolved to the capitalised subject of any
verb opening a sentence before when none acted as a speaker (:data:`_SUBJECT_ORG`)."""
_MEDIA_HEADS = frozenset(
    {"newspaper", "paper", "tabloid", "magazine", "outlet", "network", "broadcaster", "daily", "publication"}
    | {"editorial"}
)
"""Head nouns of descriptions of a news outlet ("the conservative-leaning newspaper wrote")."""
_OUTLET = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w.&'’-]*[ \xa0]+){0,3}(?:News|Times|Post|Journal|Herald|Tribune|Gazette|Magazine|Mail|Telegraph|"
    r"Guardian|Register|Review|Reporter|Examiner|Chronicle|Observer|Inquirer|Star|Globe|Sun|Leader|Caller|Beast|"
    r"Politico|POLITICO|Breitbart|Vox|Axios|Atlantic|Economist|Independent|Press|CNN|MSNBC|BuzzFeed|HuffPost|"
    r"Reuters|Bloomberg|Mediaite|Salon|Slate|Variety|Newsweek|Forbes)\b(?![ \xa0]+[A-Z])"
)
"""The name of a news outlet: capitalised words ending in a word newspapers, sites and networks are named with
("The Washington Post", "Union Leader", "Daily Caller", "CNN")."""


def _outlet(text: str, start: int) -> str | None:
    """The news outlet a description of one refers to: the last outlet named in the 1,500 characters before
    ``start`` (without a leading sentence word or "The")."""
    found = None
    for match in _OUTLET.finditer(text, max(0, start - 1500), start):
        found = match
    if found is None:
        return None
    words = found.group(0).split()
    if "The" in words[1:]:
        words = words[words.index("The", 1) :]  # "Enter The Washington Post": the name starts at "The"
    while len(words) > 1 and (words[0].lower() in STOP_WORDS or words[0] in _LEADING_WORDS):
        words = words[1:]
    name = " ".join(words)
    return name[:-2] if name.endswith(("'s", "’s")) else name


_DOCUMENTS = frozenset(
    {"statement", "release", "email", "e-mail", "letter", "memo", "note", "report", "filing", "complaint"}
    | {"lawsuit", "suit", "editorial", "post", "tweet", "message", "ad", "advertisement", "announcement"}
)
"""Head nouns of descriptions of a document that speaks ("the statement said"): its issuer is the speaker."""
_FILED_PAPERS = frozenset({"records", "documents", "filings"})
"""Plural heads of papers that speak ("the documents read", "records released by X"), beside :data:`_DOCUMENTS`."""
_ISSUING_VERBS = frozenset({"issued", "released", "submitted", "filed", "written", "prepared"})
"""Participles between a document and its issuer ("the report submitted by X", "a release issued by X")."""
_BY_PARTICIPLE = rf"(?:(?:{'|'.join(sorted(_ISSUING_VERBS))})[ \xa0]+)?"
_GROUP = (
    r"(?:[A-ZÀ-ÖØ-Þ][\w.&'’-]*[ \xa0]+){1,3}(?:[a-z][\w-]*[ \xa0]+)?"
    r"(?:police|officials|prosecutors|investigators|authorities|deputies|detectives|troopers)(?![\w'’-])"
)
"""A group a capitalised name opens and a lower-case word of a body closes ("University campus police")."""
_ISSUER_LEAD = r"(?:(?:the|a|an|his|her|their|its)[ \xa0]+)?(?:[\w'’-]+[ \xa0]+){0,3}?"


@lru_cache(maxsize=64)
def _issued(head: str) -> re.Pattern[str]:
    """Where a text names who issued a document with the head noun ``head``: "X said in a statement", "X issued
    a statement", "a statement from X", "X's statement", "In a statement, X said"."""
    doc = rf"{_ISSUER_LEAD}{re.escape(head)}s?\b"
    return re.compile(
        rf"(?P<a>{_NAME}|{_GROUP})[ \xa0]+(?:also[ \xa0]+|later[ \xa0]+)?(?:said|says|wrote|writes|added|noted|issued|"
        rf"released|sent|sent[ \xa0]+out|posted|put[ \xa0]+out|published|tweeted|filed)[ \xa0]+(?:in[ \xa0]+)?{doc}"
        rf"|\b{re.escape(head)}s?[ \xa0]+(?:from|{_BY_PARTICIPLE}by)[ \xa0]+(?:the[ \xa0]+)?"
        rf"(?P<b>{_NAME})"
        rf"|(?P<c>{_NAME})(?:['’]s?|(?<=['’]s Department)|(?<=['’]s Office))[ \xa0]+(?:[\w-]+[ \xa0]+){{0,3}}?"
        rf"{re.escape(head)}s?\b"
        rf"|\b[Ii]n[ \xa0]+{doc},[ \xa0]+(?P<d>{_NAME})"
    )


def _issuer(head: str, text: str, start: int, people: People) -> str | None:
    """Who issued the document ``head`` ("statement") that speaks at ``start``: the last issuer the text names
    in the 1,500 characters before (a person by the full name the text gives, else the name as written)."""
    found = None
    if text.find(head, max(0, start - 1500), start) < 0:
        return None  # every way of naming the issuer holds the head noun
    for m in _issued(head).finditer(text, max(0, start - 1500), start):
        found = m
    if found is None:
        return None
    name = found.group(found.lastgroup or "a")
    words = name.split()
    while words and (
        words[0].lower() in STOP_WORDS or words[0] in _CLAUSE_WORDS or words[0] in _LEADING_WORDS
    ):
        words = words[1:]
    if not words:
        return None
    whole = " ".join(words)
    name, _ = split_name(whole)
    # "the Palm Beach County Sheriff's Office": a body kept whole, never its tail "Office"
    return full_name(name, text, start) if is_person(name) else whole


_SWORN = frozenset({"affidavit", "indictment", "warrant"})
"""Head nouns of court papers that speak ("according to the affidavit"), beside :data:`_DOCUMENTS`."""
_PAPER_HEADS = _DOCUMENTS | _SWORN | _FILED_PAPERS
"""Every head noun of a document that speaks."""
_DOCUMENT_READ = re.compile(
    r"[ \xa0]*(?P<n>(?:the|a|an|its|their|his|her)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}?"
    rf"(?:{'|'.join(sorted(_DOCUMENTS | _SWORN | {'document', 'record'}))})s?)[ \xa0]+(?:read|reads)\b"
)
"""A document reading out the quote before it ("…," the statement read / the documents read)."""
_DOCUMENT_KINDS = frozenset(
    {"news", "press", "written", "prepared", "arrest", "incident", "criminal", "court", "new", "brief"}
    | {"initial", "preliminary", "official", "joint", "search", "charging", "probable", "cause", "media"}
)
"""Words that say what kind of document it is, not who issued it ("a news release", "the arrest report")."""
_ISSUING_BODIES = frozenset(
    {"police", "prosecutors", "investigators", "authorities", "officials", "deputies", "detectives"}
    | {"troopers", "sheriff", "coroner", "office", "department", "district", "agency", "patrol"}
)
"""Lower-case words that close the name of a body issuing a document ("the state police press release")."""
_ISSUED_BY = re.compile(
    rf"[ \xa0]+(?:from|{_BY_PARTICIPLE}by)[ \xa0]+(?:the[ \xa0]+)?(?P<n>{_COLLECTIVE}|{_NAME})"
    r"|[ \xa0]+(?:from|by)[ \xa0]+(?P<d>(?:a|an)[ \xa0]+[\w'’-]+)"
)
_ISSUER_PREPOSITIONS = frozenset({"from", "by"})
_SAID_THEN_QUOTE = re.compile(rf"\b{VERBS}[,:]?[ \xa0]*[\"“'‘]?[ \xa0]*\Z")
"""A verb of saying right before a quote's opening mark ("but said, '…'"): the sentence's subject speaks."""


def _issuer_at(words: list[str], at: int) -> int:
    """Where the issuer begins after the document's head noun ``words[at]`` ("from X", "submitted by X"), else
    ``len(words)``."""
    nxt = at + 1
    if nxt < len(words) and words[nxt].lower() in _ISSUING_VERBS:
        nxt += 1
    if nxt + 1 < len(words) and words[nxt].lower() in _ISSUER_PREPOSITIONS:
        return nxt + 1
    return len(words)


def _named_issuer(phrase: str) -> str | None:
    """The issuer a document description names after "from/by" when its name is capitalised ("a news release
    issued by the Riverside County Sheriff's Department": that department), else None."""
    words = phrase.split()
    if len(words) < 3 or (
        words[0].lower() not in {"a", "an", "the"} and words[0].lower() not in _FILED_PAPERS
    ):
        return None
    if words[0].lower() in _FILED_PAPERS:
        at = 0  # "records released by the State Attorney's Office"
    else:
        at = next((i for i, w in enumerate(words[1:4], 1) if w.lower() in _PAPER_HEADS), -1)
    by_at = _issuer_at(words, at) if at >= 0 else len(words)
    if by_at >= len(words):
        return None
    named = words[by_at + 1 :] if words[by_at].lower() == "the" else words[by_at:]
    return " ".join(named) if named and named[0][:1].isupper() else None


def _document_source(phrase: str, name_end: int, text: str, start: int, people: People) -> str | None:
    """The speaker of a description ``phrase`` (ending at ``name_end``) that is a document ("the statement",
    "a news release from prosecutors", "the state police press release", "the affidavit"): the issuer it names
    after it ("from X") or in it ("state police"), else the last issuer the text names before (:func:`_issuer`),
    else for "a/an …" the organisation last the subject of a sentence in the 600 characters before; else the
    document as written. None when the description is no document."""
    more = _DESCRIPTION_GOES_ON.match(text, name_end)
    words = phrase.split() + (more.group(0).split() if more else [])
    at = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _PAPER_HEADS), 0)
    head = words[at].lower()
    if not at or head == "editorial":
        return None  # no document; "the paper's editorial board": the outlet's (:data:`_MEDIA_HEADS`)
    if at == len(words) - 1:
        by = _ISSUED_BY.match(text, more.end() if more else name_end)
        if by and by.group("n"):  # "according to a news release from prosecutors"
            return by.group("n")
        if by:  # "a statement from a TBI spokesperson said": the description whole
            goes_on = _DESCRIPTION_GOES_ON.match(text, by.end())
            return by.group("d") + (goes_on.group(0) if goes_on else "")
    elif (by_at := _issuer_at(words, at)) < len(words):
        # "a news release from Tampa police", "a statement from a TBI spokesperson", "a news release issued by
        # the Riverside County Sheriff's Department": the issuer whole
        named = words[by_at:]
        return " ".join(named[1:] if named[0].lower() == "the" and len(named) > 1 else named)
    body = [w for w in words[1:at] if w.lower() not in _DOCUMENT_KINDS]
    if body and (body[-1].lower() in _ISSUING_BODIES or body[-1][:1].isupper()):
        return " ".join(body)  # "the state police press release", "the ISP report"
    issuer = _issuer(head, text, start, people)
    if issuer is None and words[0].lower() == "the":
        issuer = _according_body(text, start)  # "according to Forsyth Police Department … the press release"
    if issuer is None and words[0].lower() in _INDEFINITE:
        # "The Sheriff's Department is using …. '…,' according to a statement": the body acting before it
        issuer = _acting_organisation(text, start, people, _SUBJECT_ORG, 600)
    return issuer or " ".join(words[: at + 1])


_ACCORDING_BODY = re.compile(rf"\b[Aa]ccording[ \xa0]+to[ \xa0]+(?:the[ \xa0]+)?(?P<n>{_COLLECTIVE}|{_NAME})")


def _according_body(text: str, start: int) -> str | None:
    """The body of the last "according to X" in the 1,500 characters before ``start`` when X is no person
    ("according to Forsyth Police Department", "According to Miami Garden police"), else None."""
    if text.find("ccording", max(0, start - 1500), start) < 0:
        return None
    found = list(_ACCORDING_BODY.finditer(text, max(0, start - 1500), start))
    if not found:
        return None
    name = found[-1].group("n")
    return None if is_person(split_name(name)[0]) else name


def _organisation(head: str, text: str, start: int) -> str | None:
    """The organisation a description with the head noun ``head`` ("the ministry") refers to: the last name
    before ``start`` holding that word capitalised ("the Ministry of Transport", "Harbor Police")."""
    word = head.capitalize()
    if text.find(word, 0, start) < 0:
        return None  # no name holds the word capitalised (the search below finds none)
    names = re.findall(
        rf"(?:[A-ZÀ-ÖØ-Þ][\w.&'’-]*[ \xa0]+){{0,4}}{word}\b(?:[ \xa0]+(?:of|for)[ \xa0]+(?:the[ \xa0]+)?"
        rf"[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][\w.&'’-]*)*)?",
        text[:start],
    )
    if not names:
        return None
    words = names[-1].split()
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]
    return " ".join(words) if len(words) > 1 else None


_ORGANISATION = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:[ \xa0]+(?:of[ \xa0]+(?:the[ \xa0]+)?)?[A-ZÀ-ÖØ-Þ][\w.&'’-]*)*"
)


_THE_BEFORE = re.compile(r"\bthe[ \xa0]+\Z")


def _organisation_before(text: str, start: int) -> str | None:
    """The organisation an "it" speaking before ``start`` refers to: the last run of capitalised words in the
    800 characters before it that ends in an organisation's word ("the World Bank", "Fox News") or is an
    acronym after "the" ("the DNC"); none when there is none (an "it" is no person)."""
    found = None
    for run in _ORGANISATION.finditer(text, max(0, start - 800), start):
        words = run.group(0).split()
        while words and words[0].lower() in STOP_WORDS:
            words = words[1:]
        if not words:
            continue
        last = words[-1].rstrip(".’'").removesuffix("’s").removesuffix("'s")
        acronym = (
            len(words) == 1
            and 1 < len(last) < 6
            and last.isupper()
            and _THE_BEFORE.search(text, 0, run.start())
        )
        if last.lower() in ORG_CUES or acronym:
            found = " ".join([*words[:-1], last])
    return found


_ACTING_ORG = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=\n))(?:In[ \xa0]+(?:a|an|its|their)[ \xa0]+[^,.\n]{1,40},[ \xa0]+)?(?:The[ \xa0]+)?(?P<n>[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:[ \xa0]+(?:of[ \xa0]+(?:the[ \xa0]+)?)?"
    r"[A-ZÀ-ÖØ-Þ][\w.&'’-]*){0,5})[ \xa0]+(?:also[ \xa0]+|has[ \xa0]+|had[ \xa0]+|did[ \xa0]+not[ \xa0]+)?"
    r"(?=(?:said|says|acknowledged|issued|announced|released|posted|wrote|tweeted|added|told|stated|responded|"
    r"confirmed|denied|declined|argued|warned|urged|called|defended|insisted|explained)\b)"
)
"""A capitalised run opening a sentence (or after "In a statement,") as the subject of a verb of saying or
issuing ("Twitter acknowledged", "United Gun Group said in a statement", "The State Department also said", "In a
statement, Greyhawk said")."""


_SUBJECT_ORG = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0])|(?<=\n))(?:The[ \xa0]+[a-z]+,[ \xa0]+)?(?:The[ \xa0]+)?"
    r"(?P<n>[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:[ \xa0]+(?:of[ \xa0]+(?:the[ \xa0]+)?)?[A-ZÀ-ÖØ-Þ][\w.&'’-]*){0,5}),?[ \xa0]+"
    r"(?:has|have|had|is|are|was|were|will|would|says|said|announced|agreed|[a-z]+ed|[a-z]+s)\b"
)
"""A capitalised run opening a sentence as the subject of any verb ("Norbridge Foods is recalling …", "Northern
Vale Mining has agreed …", "The owner, Harbourfront Living, said …"): the organisation "the company" refers to
when none acted as a speaker."""


def _named_body(word: str, text: str) -> bool:
    """Whether the one capitalised ``word`` is a body's name in ``text``: written inside a sentence after a
    lower-case word, not an organisation's common noun alone ("Bank") nor a person's surname ("Geert Supré")."""
    if word.lower() in ORG_CUES:
        return False
    w = re.escape(word)
    return bool(re.search(rf"(?<![\w'’-])[a-z][\w'’-]*,?[ \xa0]+{w}\b", text)) and not re.search(
        rf"[A-ZÀ-ÖØ-Þ][\w'’-]+[ \xa0]+{w}\b", text
    )


def _surname_only(word: str, text: str) -> bool:
    """Whether the one capitalised ``word`` is written after a first name ("Colette Arsenault") and never
    inside a sentence after a lower-case word ("the use of Twitter"): a person's surname, not a body's name."""
    w = re.escape(word)
    return not re.search(rf"(?<![\w'’-])[a-z][\w'’-]*,?[ \xa0]+{w}\b", text) and any(
        m.group(1) not in _LEADING_WORDS and m.group(1).lower() not in STOP_WORDS
        for m in re.finditer(rf"([A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+)[ \xa0]+{w}\b", text)
    )


def _acting_organisation(
    text: str, start: int, people: People, pattern: re.Pattern[str] = _ACTING_ORG, reach: int = 800
) -> str | None:
    """The organisation a description of one ("the company", "the group") refers to when no name
    holds its head noun: the last capitalised run in the ``reach`` characters before ``start`` that opens a
    sentence as the subject of a verb of saying (``pattern``) and names no person the text names."""
    found = None
    for run in pattern.finditer(text, max(0, start - reach), start):
        name = run.group("n")
        words = name.split()
        if words[0].lower() in STOP_WORDS or words[0] in _LEADING_WORDS or words[0] in _CLAUSE_WORDS:
            continue
        if words[0].lower() in _FIRST_NAMES or words[0] in _SHORT_TITLES:
            continue
        if people.knows(words[-1]) or name.lower() in place_names():
            continue
        if pattern is _ACTING_ORG:
            if len(words) > 1 and is_person(name) and _plausible_person(name):
                continue
            if len(words) == 1 and _surname_only(name, text):
                continue  # "Arsenault said" after "spokesperson Colette Arsenault": a person
        elif len(words) == 1 and not _named_body(name, text):
            continue  # any verb's subject: one word only when the text names it as a body ("Twitter", not "Just")
        if any(w.lower().rstrip(".") in TITLES for w in words) or (
            len(words) == 1 and name.endswith("s") and name.lower() not in ORG_CUES
        ):
            continue  # "Japanese Defence Minister Gen Nakatani"; "Experts said": people, no organisation
        found = name
    return found


_NAME_TAIL = re.compile(r"(?:,?[ \xa0]+(?:Jr|Sr|II|III|IV)\.?|[ \xa0]*\([^()]{1,20}\))+$")
"""What may close a name without being its last word: a generational suffix ("James B. Comey Jr.") or a
party and state in brackets ("Harry M. Reid (D-Nev.)")."""


def resolve_speaker(
    phrase: str | None, name_end: int, text: str, start: int, roles: Roles, people: People
) -> tuple[str | None, str | None]:
    """(speaker, role) for the phrase naming a quote's speaker: a name, a pronoun or a description; a name
    without a suffix or a bracketed party and state after it ("Harry M. Reid (D-Nev.)" → "Harry M. Reid")."""
    speaker, role = _resolve(phrase, name_end, text, start, roles, people)
    if speaker and speaker[-1:] in ").IVr" and " " in speaker:
        speaker = _NAME_TAIL.sub("", speaker) or speaker
    if speaker and speaker.endswith(_ADVERB_ENDINGS) and " " not in speaker and speaker[:1].isupper():
        return None, None  # "Financially, … said X": a sentence's opening adverb, not a name
    return speaker, fragment_free(role)


_ADVERB_ENDINGS = ("ally", "ently", "antly", "ply", "arly", "ously", "ively", "ately")
"""Endings of adverbs that open a sentence ("Financially", "Currently", "Simply", "Nearly", "Officially")."""


_WHEN_WORDS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august"
    "|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_WHEN_TAIL = re.compile(
    r"(?:,?[ \xa0]+(?:released|published|conducted|issued|taken|out|due|to[ \xa0]+be[ \xa0]+released)"
    r"(?:[ \xa0]+(?:on|in|late|early|mid|last|this|past|next))*"
    r"|(?:[ \xa0]+(?:on|in|late|early|mid|last|this|past|next))+)"
    rf"[ \xa0]+(?:{_WHEN_WORDS})\b[^ \xa0]{{0,4}}\Z",
    re.IGNORECASE,
)
"""A date closing a source ("a CNN/ORC poll in February", "a survey released on Thursday"): no part of who
speaks (its last word was taken as the speaker's name)."""
_TAG_WORDS = (
    "ala ariz ark calif colo conn fla ga ill ind kan ky md mass mich minn mont neb nev okla ore pa tenn tex vt va"
    " wash wis wyo"
)
"""State abbreviations written without a full stop inside ("ORLANDO, Fla. (Reuters) -")."""
_NOT_SPEAKERS_TAGS = frozenset(_TAG_WORDS.split())
_WHEN_SET = frozenset(_WHEN_WORDS.split("|"))
_OPENING_WORDS = (
    "once inside outside over amid amidst shortly beyond having part after before during since while when"
    " although though despite meanwhile later earlier today yesterday tonight instead still also however"
    " here there now then in on at with without among under through throughout following until upon"
    " unlike because if as n.h n.j n.m n.y n.c n.d r.i s.c s.d w.va d.c"
)
_DETERMINER_WORDS = "his her their its my our your two three four five six seven eight nine ten"
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())
"""Possessive determiners and number words opening a subject ("His campaign", "Two members")."""
_NOT_SPEAKERS = (
    (_WHEN_SET - {"may", "march", "jan", "jun"})
    | _NOT_SPEAKERS_TAGS
    | frozenset(_OPENING_WORDS.split())
    | _DETERMINERS
)
"""Words that are never a speaker alone: dates (not "May", "March", "Jan", "Jun": names too), a sentence's
opening adverb or preposition ("Once he was president, Mr. Obama …, announcing …", "Part of the problem, say
experts …"), a possessive determiner ("His campaign"), a number word, a state's abbreviation in a dateline or
place ("ORLANDO, Fla. (Reuters) -", "Portsmouth, N.H., on Tuesday")."""
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*\Z")
"""A party and state tag ("R-Fla.") read as a name."""
_CONTRACTED = {"he's": "he", "she's": "she", "he’s": "he", "she’s": "she", "i'm": "I", "i’m": "I"}


def _not_a_speaker(phrase: str) -> bool:
    """Whether ``phrase`` is one word that names no one (:data:`_NOT_SPEAKERS`, a party and state tag)."""
    word = phrase.strip().rstrip(".,")
    return " " not in word and (word.lower() in _NOT_SPEAKERS or bool(_PARTY_STATE.match(word)))


_DATED_DESCRIPTION = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)[ \xa0]+[^.,;:!?\"“”\n]{1,80}?(?=" + _WHEN_TAIL.pattern + ")",
    re.IGNORECASE,
)
"""A description before a date that a subject pattern took alone ("A Times/CBS News poll in December found")."""


def _dated(phrase: str, name_end: int, text: str) -> str | None:
    """The description before a date read as the source ("A Times/CBS News poll in December found")."""
    if phrase.lower().rstrip(".") not in _WHEN_SET:
        return None
    dated = _DATED_DESCRIPTION.search(text, max(0, name_end - len(phrase) - 90), name_end)
    return " ".join(dated.group(0).split()) if dated and dated.group(0).split()[-1].islower() else None


_NEXT_WORD = re.compile(r"[ \xa0]+([\w'’-]+)(?![\w'’-])")
_HEAD_STOPS = (
    "is was were are has have had will would also who which that could can may might should did does do"
)
_NOT_HEAD_WORDS = frozenset(_HEAD_STOPS.split())


def _not_named(
    phrase: str, name_end: int, text: str, start: int, people: People
) -> tuple[str | None, str | None]:
    """The speaker when the source read is a word that names no one (:func:`_not_a_speaker`): the person
    named before a state or party tag in its sentence ("Harry Bond, 30, of Raleigh, N.C., … said"); else the
    subject the text is about at the content (people.antecedent), as for a verb without its own subject."""
    begin = name_end - len(phrase)
    if phrase.lower() in _DETERMINERS:
        # "Two members voted against …, arguing", "His chief aide doubled down …, saying": the noun after it
        words: list[str] = []
        at = name_end
        while len(words) < 3:
            m = _NEXT_WORD.match(text, at)
            if m is None:
                break
            word = m.group(1)
            if (
                not word[0].islower()
                or word.endswith("ed")
                or word in _NOT_HEAD_WORDS
                or _VERB.fullmatch(word)
            ):
                break
            words.append(word)
            at = m.end()
        return (f"{phrase} {' '.join(words)}" if words else None), None
    if "." in phrase or "-" in phrase or phrase.lower() in _NOT_SPEAKERS_TAGS:
        people._read()
        lo = bisect_left(people.starts, people.sentence_start(begin))
        if lo < len(people.starts) and people.starts[lo] < begin:
            start = begin
    subject = people.antecedent(start)
    return split_name(subject) if subject else (None, None)


_QUOTES_PRONOUN = re.compile(
    r"(?:[\w'’.-]+[ \xa0]+){1,6}?(?:quotes|quoted)[ \xa0]+(?P<p>him|her)(?:[ \xa0]+as)?"
)
"""A text quoting a person before "saying" ("the report quotes him", "The Times quoted her as"): the person."""


def _resolve(
    phrase: str | None, name_end: int, text: str, start: int, roles: Roles, people: People
) -> tuple[str | None, str | None]:
    """:func:`resolve_speaker`'s speaker and role as the text names them."""
    if phrase is None:
        return None, None
    if quoted := _QUOTES_PRONOUN.fullmatch(phrase):
        phrase = "he" if quoted.group("p") == "him" else "she"  # "…," the report quotes him saying: he speaks
    if phrase.lower() in _CONTRACTED:
        phrase = _CONTRACTED[phrase.lower()]  # "He's said he …": the pronoun
    elif dated := _dated(phrase, name_end, text):
        return dated, None
    elif _not_a_speaker(phrase):
        return _not_named(phrase, name_end, text, start, people)
    elif " " in phrase:
        cut = _WHEN_TAIL.search(phrase)
        if cut and cut.start() > 0 and " " in phrase[: cut.start()].strip():
            phrase = phrase[: cut.start()]
            words = phrase.split()
            if words[0].lower() in _INDEFINITE | {"the"} and words[-1].islower():
                return phrase, None  # "a Times/CBS News poll in December": the poll as the text names it
    if phrase == _SUBJECT:
        subject = people.antecedent(start)
        speaker, role = split_name(subject) if subject else (None, None)
        return speaker, roles.get(speaker or "", role)
    if phrase == "it":
        return _organisation_before(text, start), None  # "…," it said: the organisation named last
    if phrase.lower() in PRONOUNS:
        unnamed = _unnamed_sayer(text, min(start, name_end - len(phrase)), phrase, people)
        if unnamed:  # "A woman … said she heard shots. '…,' she said": the woman, not a name before her
            return unnamed, None
        told = _TOLD.match(text, name_end)  # "'…,' he told Hannity": Hannity is not the one speaking
        antecedent = people.antecedent(start, phrase, told.group(1) if told else None)
        if antecedent and phrase.lower() in _WANTS:
            antecedent = people.namesake(antecedent, _WANTS[phrase.lower()], start)
        speaker, role = split_name(antecedent) if antecedent else (None, None)
        return speaker, roles.get(speaker or "", role)
    relative = _RELATIVE.fullmatch(phrase)
    if relative:
        apposed = _APPOSED.match(text, name_end)
        if apposed and not apposed.group("rest"):
            # "Her husband, Gilles, said", "said his wife, Kimberly.": the person People reads there (Gilles
            # Beaudry), or the full name given
            named = people.name_at(apposed.start("n"))
            if named or _plausible_person(apposed.group("n")):
                return named or apposed.group("n"), phrase
        spoused = _spouse_apposed(phrase, text, min(start, name_end - len(phrase)), people)
        if spoused:  # "her husband, Kofi Osei," or "His brother, Istvan Varga," before
            return spoused, phrase
    spouse = _SPOUSE.fullmatch(phrase)
    if spouse:  # "Her husband said" after "Pat and Doreen Whitfield": Pat Whitfield
        partner = people.antecedent(
            min(start, name_end - len(phrase)), "she" if spouse.group(1) == "er" else "he"
        )
        other = _other_of_couple(partner, text) if partner else None
        if other:
            return other, phrase
    if relative:
        return phrase, None  # "said his mother": a relative the text does not name
    if _DESCRIBED.fullmatch(phrase) or _ACRONYM_ROLE.fullmatch(phrase):
        phrase = _participle_cut(phrase)
        apposed = _APPOSED.match(text, name_end)
        if apposed and _plausible_person(
            apposed.group("n")
        ):  # "said the White House spokesman, Josh Earnest,"
            return apposed.group("n"), phrase.split(maxsplit=1)[1] + apposed.group("rest")
        first, head = phrase.split(maxsplit=1)[0].lower(), phrase.split()[-1].lower()
        document = _document_source(phrase, name_end, text, start, people)
        if document and _SAID_THEN_QUOTE.search(text, max(0, start - 40), start):
            begin = _sentence_begin(text, start)
            sayer = _ONE_OF.match(text, begin, start) or _DESCRIBED_SUBJECT.match(text, begin, start)
            if sayer:  # "One of the gunmen said, '…,' according to the report": the description
                return sayer.group("n"), None
            subject = people.antecedent(start)  # "X … but said, '…,' according to the affidavit": X
            return (split_name(subject)[0], None) if subject else (phrase, None)
        if document:  # "the statement said", "according to a news release from prosecutors": who issued it
            return document, None
        if first in _INDEFINITE:  # "a senior official said": someone the text does not name
            more = _DESCRIPTION_GOES_ON.match(text, name_end)  # "said a senior Cruz adviser": the whole of it
            return phrase + (" " + " ".join(more.group(0).split()) if more and more.group(0) else ""), None
        if head in _MEDIA_HEADS or "editorial" in phrase:
            # "the newspaper wrote", "the paper's editorial board": the outlet the text names last before it
            return _outlet(text, start) or phrase, None
        if head in ORG_CUES or head in _ORG_HEADS:
            # "the ministry said": the Ministry named before, else the organisation last acting as a subject
            return (
                _organisation(head, text, start)
                or _acting_organisation(text, start, people)
                or (
                    _acting_organisation(text, start, people, _SUBJECT_ORG, 2000)
                    if head in _CORPORATE_HEADS
                    else None
                )
                or phrase
            ), None
        speaker, role = _by_role(phrase, roles.all(), text[:start])
        if speaker == phrase and _person_head(head):
            if re.search(
                rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w'-]+\s+){{0,3}}{re.escape(head)}\b",
                text[max(0, start - 600) : start],
            ):
                return (
                    phrase,
                    None,
                )  # "a young woman asked …. "…," the woman said": someone the text does not name
            # "the New York businessman said": the person the text is about, when no one has that role
            described = _described_before(phrase, text, min(start, name_end - len(phrase)), people)
            if described is None and head in _BYSTANDER_HEADS:
                return phrase, None  # "the narrator says", "the spokesman said": not the person written about
            if described is None and any(w[:1].isupper() and people.surname(w) for w in phrase.split()[1:-1]):
                return phrase, None  # "the Christie supporter": someone of a person the text names, not them
            if described is None:
                described = _apposed_person(text, name_end, people)  # "the other candidate …, former X,"
            if described is None:
                # before the description when it opens the quote's sentence ("The New York businessman says of
                # Clinton, "…"": not Clinton)
                subject = people.antecedent(min(start, name_end - len(phrase)))
                if subject and _introduced_as_other(subject, head, text, start):
                    return (
                        phrase,
                        None,
                    )  # "the judge said" after "Defence lawyer Kevin Ashworth said": not him
                described = subject
            return described or phrase, phrase.split(maxsplit=1)[1]
        return speaker, role
    issuer = _named_issuer(phrase)
    if issuer:  # "according to a news release issued by the Riverside County Sheriff's Department"
        return issuer, None
    kin = _KIN.fullmatch(phrase)
    if kin:
        given = _KIN_FIRST.match(text, name_end)
        if given:  # "Szabo's son, Peter, said": Peter Szabo
            named = f"{given.group(1)} {kin.group('s')}"
            people.add(name_end - 1, named)
            return named, f"{kin.group('s')}'s {kin.group('k')}"
    of = _PERSON_OF.fullmatch(phrase.rstrip(".,")) if " of " in phrase else None
    if of and _person_of(of.group("n")):
        phrase = of.group("n")  # "Senator Chris Murphy of Connecticut said": Chris Murphy, not Connecticut
    elif (placed := _PLACED.fullmatch(phrase.rstrip(".,"))) and _placed_speaks(
        placed.group("n"), text, name_end - len(phrase)
    ):
        # "a caller in the 1000 block of West Sixth Street": the caller
        return _placed_speaker(placed.group("n"), text, name_end, name_end - len(phrase), people), None
    elif phrase[:1].isupper() and (held := _held_before(text, name_end - len(phrase))):
        # the phrase "West Sixth Street" of "A caller in the 1000 block of …"
        return _placed_speaker(held.group("n"), text, name_end, held.start(), people), None
    speaker, role = split_name(phrase.rstrip(".,"))
    if speaker in _LEADING_WORDS:
        return None, None  # "But, said Solovey, …" read as "But": no speaker rather than a wrong one
    if role in _HONORIFICS:
        role = None  # "Mr. Rubel said": no role (the one the text gives, "a senior analyst", is looked up)
    role = role or _role_after(text, name_end)
    if not is_person(speaker):
        return speaker, role
    speaker = full_name(speaker, text, start)
    if (
        " " not in speaker
        and _opens_a_name(speaker, text)
        and not _TITLED.search(text, max(0, name_end - len(phrase) - 6), name_end - len(phrase))
    ):
        speaker = _by_first_name(speaker, people) or speaker  # "Tom said" after "Tom and Betsy Ebeling"
    if speaker[:1].isupper() and (" " not in speaker or not _PARTICLES.isdisjoint(speaker.split())):
        people.add(
            name_end - 1, speaker
        )  # "said Bolton", "said Eileen de Villa": a later "he"/"she" may mean them
    return speaker, role


_SHE_HEADS = "woman|mother|grandmother|aunt|daughter|sister|wife|girlfriend|niece|girl|lady"
_HE_HEADS = "man|father|grandfather|uncle|son|brother|husband|boyfriend|nephew|boy"
_HEAD_GENDERS = {**dict.fromkeys(_SHE_HEADS.split("|"), "f"), **dict.fromkeys(_HE_HEADS.split("|"), "m")}
_UNNAMED_SAYER = re.compile(
    r"(?P<n>(?:(?P<det>[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}?"
    r"|[A-ZÀ-ÖØ-Þ][\w'’-]+['’]s[ \xa0]+(?:[a-z][\w'’-]*[ \xa0]+){0,2}?)"
    rf"(?P<head>{_SHE_HEADS}|{_HE_HEADS}|cousin|neighbou?r|resident|witness|friend|relative|passenger|customer"
    r"|bystander|teen|teenager))"
    r"(?:,[ \xa0]+who[^,.;\"“”]{2,120},|[ \xa0]+(?:in|at|from|on|near|outside|inside|across)[ \xa0]+[^,.;\"“”]{2,60}?)?"
    r"[ \xa0]+(?:also[ \xa0]+|later[ \xa0]+)?(?:said|says|told|tells|added|recalled|explained)\b"
)
"""An unnamed person described as the subject of a saying verb: "The woman, who …, said", "A woman in a nearby
hair salon said", "Baez's uncle said"."""


def _unnamed_sayer(text: str, start: int, pronoun: str, people: People) -> str | None:
    """For a "he"/"she" attribution of the quote at ``start``: the unnamed person an earlier sentence opens
    with as a saying verb's subject (:data:`_UNNAMED_SAYER`, in the 700 characters before, outside quote marks),
    when no one is named in a later sentence before the quote and the description's head noun has no other
    gender. News prose goes on with "she said" for "a woman" it does not name, as for a named speaker."""
    want = _WANTS.get(pronoun.lower())
    if want is None:
        return None
    people._read()
    found = None
    for m in _UNNAMED_SAYER.finditer(text, max(0, start - 700), start):
        if people.sentence_start(m.start() + 1) == m.start() and not _within(people.inside, m.start()):
            found = m
    if found is None or _HEAD_GENDERS.get(found.group("head"), want) != want:
        return None
    stop = _STOP.search(text, found.end(), start)
    if people.named_between(stop.end() if stop else found.end(), start):
        return None
    det = found.group("det")
    return (det.lower() + found.group("n")[len(det) :]) if det else found.group("n")


_TOLD = re.compile(
    r"[ \xa0]+(?:told|said[ \xa0]+to)[ \xa0]+(?:(?:Mr|Mrs|Ms|Dr)\.[ \xa0]+)?"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*[ \xa0]+)*([A-ZÀ-ÖØ-Þ][\w'’-]*[a-z])(?![\w'’-])"
)
"""The person an attribution addresses ("he told Hannity", "she said to Mr. Lauer"): the group is the surname."""
_PERSON_OF = re.compile(r"(?P<n>[^,]+?)[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?[A-ZÀ-ÖØ-Þ][^,]*")
"""A name before "of" and the place or body it is of ("Senator Chris Murphy of Connecticut", "Lena Ostrova of
the Valley Courier"), which :func:`split_name` would cut at the lower-case "of"."""


_PLACED_PREPOSITIONS = ("in", "on", "at", "near", "of", "from", "outside", "along", "off")
_NOT_DESCRIPTION = (
    r"in|on|at|near|of|from|outside|along|off|to|with|for|by|into|after|before|during|an?|the|and|or|but"
    r"|that|who|which"
)
"""The prepositions, articles, conjunctions and relative words no word of a description or title is."""
_PLACED_WORD = rf"(?!(?:{_NOT_DESCRIPTION})(?![\w'’-]))[a-z][\w'’-]*"
"""A lower-case word of a description: never a preposition, article, conjunction or relative word, so that a
description stops before one ("a statement from a rabbi" is "a statement")."""
_PLACED_DESCRIPTION = (
    rf"(?P<n>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)(?:[ \xa0]+{_PLACED_WORD}){{1,4}}?)"
    rf"(?:[ \xa0]+[a-z][\w'’-]*ing(?:[ \xa0]+{_PLACED_WORD}){{0,3}})?[ \xa0]+(?:{'|'.join(_PLACED_PREPOSITIONS)})[ \xa0]+"
)
"""A description (a determiner and up to four lower-case words, its head the last) with a participle after its
head ("An undercover police officer working at"), before a preposition."""
_PLACED = re.compile(_PLACED_DESCRIPTION + r"[^,;]*[A-ZÀ-ÖØ-Þ0-9][^,;]*")
"""A description in lower-case words before a place or person it is in or of ("a caller in the 1000 block of
West Sixth Street", "a resident of Main Street"): the description speaks."""
_PLACED_BEFORE = re.compile(
    r"(?<![\w'’-])" + _PLACED_DESCRIPTION + r"(?:the[ \xa0]+)?"
    r"(?:(?:\d[\d,]*|unit|hundred)[ \xa0]+(?:block|blocks)[ \xa0]+of[ \xa0]+|(?:corner|intersection)[ \xa0]+of[ \xa0]+)?\Z"
)
"""The same description right before a speaker phrase that is only the place or person it is in or of (a reader
handing over "West Sixth Street" of "A caller in the 1000 block of West Sixth Street said")."""
_PLACED_ENDS = tuple(f"{gap}{word}" for word in _PLACED_PREPOSITIONS for gap in " \xa0")
_PLACED_HEADS = frozenset(
    {"woman", "women", "man", "men", "lady", "ladies", "person", "people", "child", "children"}
    | {"girl", "boy", "teen", "teenager", "mother", "father", "parent", "grandmother", "grandfather"}
    | {"grandparent", "aunt", "uncle", "daughter", "son", "sister", "brother", "wife", "wives", "husband"}
    | {"girlfriend", "boyfriend", "fiancé", "fiancée", "niece", "nephew", "grandson", "granddaughter"}
    | {"cousin", "relative", "friend", "couple", "acquaintance", "neighbor", "neighbour", "resident"}
    | {"witness", "caller", "passenger", "customer", "patron", "guest", "bystander", "tenant", "landlord"}
    | {"shopper", "driver", "motorist", "victim", "survivor", "student", "classmate", "teacher", "principal"}
    | {"coach", "worker", "employee", "coworker", "co-worker", "colleague", "owner", "manager", "supervisor"}
    | {"clerk", "cashier", "bartender", "volunteer", "member", "organizer", "founder", "leader", "director"}
    | {"president", "official", "officer", "spokesman", "spokesmen", "spokeswoman", "spokeswomen"}
    | {"spokesperson", "representative", "deputy", "deputies", "trooper", "detective", "sergeant"}
    | {"lieutenant", "captain", "chief", "sheriff", "investigator", "agent", "dispatcher", "firefighter"}
    | {"paramedic", "medic", "doctor", "nurse", "physician", "surgeon", "coroner", "prosecutor", "attorney"}
    | {"lawyer", "judge", "pastor", "priest", "minister", "deacon", "reverend", "rabbi", "imam", "mayor"}
    | {"commissioner", "councilman", "councilmen", "councilwoman", "superintendent", "professor", "source"}
)
"""Head nouns of people and their roles that speak as :data:`_PLACED`'s description (a closed list written before
R′ was measured); a document ("a statement from …"), a place or a thing ("the parking lot of …") never does."""
_APPOSED_NAME = re.compile(
    r"(?<![\w'’.-])(?P<n>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][\w'’.-]*)+),[ \xa0]+\Z"
)
"""A full name and a comma right before a description that is its apposition ("David Thomas, a deacon at …")."""
_APPOSED_WORD = re.compile(r"(?<![\w'’.-])(?P<n>[A-ZÀ-ÖØ-Þ][\w'’-]*),[ \xa0]+\Z")
"""One capitalised word and a comma right before a description ("Stern, a founder of …")."""
_TITLE_WORD = (
    rf"(?!(?i:{_NOT_DESCRIPTION}|he|she|they|it|we|i|you|him|her|them|his|its|their)(?![\w'’-]))[\w][\w'’.-]*"
)
_LATER_NAMED = re.compile(
    r"(?<![\w'’-])(?:said|says)[ \xa0]+(?:the[ \xa0]+)?"
    rf"(?P<p>(?:{_TITLE_WORD}[ \xa0]+){{1,4}}(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:[ \xa0]+(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w'’-]*))+)"
)
"""A later attribution that names its speaker after title words ("said taskforce chief Woody Enderson"): one to
four title words (no pronoun, preposition, article, conjunction or relative word) and a name."""


def _placed_person(description: str) -> bool:
    """Whether a :data:`_PLACED` description's head noun names people: a word of :data:`_PLACED_HEADS`, its plural,
    or an age ("a 20-year-old")."""
    head = description.rsplit(maxsplit=1)[-1].lower()
    return (
        head in _PLACED_HEADS
        or (head.endswith("es") and head[:-2] in _PLACED_HEADS)
        or (head.endswith("s") and head[:-1] in _PLACED_HEADS)
        or head.endswith(("-year-old", "-year-olds"))
    )


def _opens_clause(text: str, begin: int) -> bool:
    """Whether a description starting at ``begin`` opens its clause: the text's start, a line break, a sentence
    end, a comma or "and" before it (never inside "after the incident a member of …")."""
    at = begin
    while at > 0 and text[at - 1] in " \xa0":
        at -= 1
    if at == 0 or text[at - 1] in "\n,":
        return True
    if text.endswith("and", 0, at) and (at == 3 or not text[at - 4].isalnum()):
        return at < begin
    end = at
    while end > 0 and text[end - 1] in "\"”’')]":
        end -= 1
    return at < begin and end > 0 and text[end - 1] in ".!?"


def _placed_speaks(description: str, text: str, begin: int) -> bool:
    """Whether a :data:`_PLACED` description starting at ``begin`` speaks: its head names people and it opens its
    clause."""
    return _placed_person(description) and _opens_clause(text, begin)


def _held_before(text: str, begin: int) -> re.Match[str] | None:
    """The :data:`_PLACED_BEFORE` description of a speaker phrase starting at ``begin`` that is only its place,
    when it speaks; looked for only when the words right before end in a preposition (after an optional "the")."""
    end = begin
    while end > 0 and text[end - 1] in " \xa0":
        end -= 1
    if text.endswith("the", 0, end) and end > 3 and text[end - 4] in " \xa0":
        end -= 4
        while end > 0 and text[end - 1] in " \xa0":
            end -= 1
    if not text.endswith(_PLACED_ENDS, 0, end):
        return None
    held = _PLACED_BEFORE.search(text, max(0, begin - 100), begin)
    return held if held and _placed_speaks(held.group("n"), text, held.start()) else None


def _placed_speaker(description: str, text: str, name_end: int, begin: int, people: People) -> str:
    """The speaker of a description starting at ``begin`` (the name it is apposed to, else the name a later
    attribution gives it, else the description), added to ``people`` at the phrase's end so that a later
    "he"/"she" reads it."""
    speaker = _apposed_to(text, begin, people) or _named_later(description, name_end, people) or description
    people.add(name_end - 1, speaker)
    return speaker


def _apposed_to(text: str, begin: int, people: People) -> str | None:
    """The full name a description starting at ``begin`` stands in apposition to ("David Thomas, a deacon at
    Bowers Memorial CME Church said": David Thomas), when it names a person; or the person a one-word apposition
    names by a surname ``people`` holds ("Stern, a founder of …": Judith Stern, named before)."""
    named = _APPOSED_NAME.search(text, max(0, begin - 80), begin)
    if named:
        return named.group("n") if _plausible_person(named.group("n")) else None
    word = _APPOSED_WORD.search(text, max(0, begin - 40), begin)
    return people.full_name_of(word.group("n"), word.start()) if word else None


def _named_later(description: str, name_end: int, people: People) -> str | None:
    """The name a later "said <title words> <Name>" gives a description, in the rest of its sentence or the
    next, when the title words hold the description's head ("the chief of the Southeast Bomb Taskforce said …"
    then "said taskforce chief Woody Enderson": Woody Enderson)."""
    head = description.rsplit(maxsplit=1)[-1].lower()
    text = people.text
    end = min(people.next_sentence_end(name_end), name_end + 600)
    later = _LATER_NAMED.search(text, name_end, end)
    if later is None:
        return None
    name, role = split_name(later.group("p"))
    if role is None or head not in {w.strip(".,;:'’\"").lower() for w in role.split()}:
        return None
    return name if " " in name and _plausible_person(name) else None


def _person_of(phrase: str) -> bool:
    """Whether ``phrase``, before "of", names a person in full (:func:`_titled_name`) with a title before the
    name or a known first name ("Sen. Tom Cole", "Lee Zeldin"; not "Dairy Farmers" of Manitoba, "U.S. Chamber" of
    Commerce)."""
    named = _titled_name(phrase)
    return named is not None and (
        named[1] is not None or named[0].split(maxsplit=1)[0].lower() in _FIRST_NAMES
    )


_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z][\w'-]*)[ \xa0]+\Z")
_OFFICES = (
    TITLES
    - {"member", "leader", "candidate", "nominee", "resident", "chief", "deputy", "vice", "prime"}
    - {
        "father",
        "sister",
        "council",
        "mr",
        "mrs",
        "ms",
        "dr",
    }
)
"""Titles of offices and trades that one person seldom holds two of at once ("lawyer" and "judge")."""


_KIN = re.compile(rf"(?P<s>[A-ZÀ-ÖØ-Þ][\w'’-]+)['’]s[ \xa0]+(?P<k>{_KIN_WORDS})")
"""A relative named through a surname ("Szabo's son"), whose first name may follow in commas."""
_KIN_FIRST = re.compile(r",[ \xa0]+([A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+),")
_SPOUSE = re.compile(r"(?:[Hh](is|er))[ \xa0]+(?:husband|wife|partner|spouse)")
_RELATIVE = re.compile(_RELATIVE_WORDS)
_KIN_BEFORE = re.compile(rf"\b([Hh]is|[Hh]er|[Tt]heir)[ \xa0]+({_KIN_WORDS}),[ \xa0]+\Z")
"""A possessive kin noun and a comma ending where a name starts ("His daughter, Josée,")."""
_KIN_GENDER = {
    **dict.fromkeys(["son", "brother", "husband", "father", "nephew", "uncle", "grandson"], "m"),
    **dict.fromkeys(["daughter", "sister", "wife", "mother", "niece", "aunt", "granddaughter"], "f"),
}
"""The gender each kin noun gives the person named in apposition to it ("cousin" gives none)."""


def _spouse_apposed(phrase: str, text: str, before: int, people: People) -> str | None:
    """The person an apposition before ``before`` names with the same words ("her husband, Kofi Osei," for a
    later "Her husband said"): a run of two to four capitalised words between commas, or a first name alone
    that :class:`People` reads with the family's surname ("His daughter, Josée,"), the last such use."""
    words = phrase.split()
    head = f"[{words[0][0].upper()}{words[0][0].lower()}]{re.escape(words[0][1:])}"
    uses = list(
        re.finditer(
            rf"\b{head}[ \xa0]+{re.escape(words[1])},[ \xa0]+"
            r"([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}),",
            text[:before],
        )
    )
    if not uses:
        return None
    use = uses[-1]
    if " " not in use.group(1):
        return people.name_at(use.start(1))
    return use.group(1) if _plausible_person(use.group(1)) else None


def _possessor(found: Sequence[tuple[int, int, str]], possessive: str, at: int) -> str:
    """The person a possessive ("his", "her", "their") at ``at`` refers to among the mentions ``found`` so far:
    the last of the three before whose first name is not of the other gender; "" when none, or when another such
    person of another surname is named in the 400 characters before (no telling whose relative it is)."""
    other = {"his": _FEMALE_FIRST, "her": _MALE_FIRST}.get(possessive.lower(), frozenset())
    fits = [(start, person) for start, _, person in found[:-4:-1] if person.split()[0].lower() not in other]
    if not fits:
        return ""
    surname = fits[0][1].rsplit(maxsplit=1)[-1]
    if any(start > at - 400 and person.rsplit(maxsplit=1)[-1] != surname for start, person in fits[1:]):
        return ""
    return fits[0][1]


def _with_surname(first: str, relative: str, name: str) -> str:
    """``first`` (a first name in apposition to a relative's kin noun) with the surname of ``relative``, the person
    named last before it; ``name`` (what the run reads as by itself) when ``first`` is no first name or that
    person gives no surname."""
    if (
        not first.isalpha()
        or first.lower() in _NOT_NAME_WORDS
        or " " not in relative
        or first in relative.split()
    ):
        return name
    return f"{first} {relative.rsplit(maxsplit=1)[-1]}"


def _other_of_couple(partner: str, text: str) -> str | None:
    """The other half of a couple the text names as "Pat and Doreen Whitfield" when ``partner`` is one of
    them (the full name)."""
    words = partner.split()
    if len(words) != 2:
        return None
    first, last = map(re.escape, words)
    couple = re.search(
        rf"\b(?P<a>[A-ZÀ-ÖØ-Þ][\w'’-]+)[ \xa0]+and[ \xa0]+(?P<b>[A-ZÀ-ÖØ-Þ][\w'’-]+)[ \xa0]+{last}\b", text
    )
    if couple is None or first not in (couple.group("a"), couple.group("b")):
        return None
    other = couple.group("b") if couple.group("a") == words[0] else couple.group("a")
    return f"{other} {words[1]}"


def _participle_cut(phrase: str) -> str:
    """A description without the participle phrase after its head noun ("The union representing rail yard
    workers" → "The union": the workers do not speak)."""
    words = phrase.split()
    for i in range(2, len(words) - 1):
        word = words[i]
        if word.endswith("ing") and word.islower():
            before = words[i - 1].lower()
            if before in ORG_CUES or _person_head(before):
                return " ".join(words[:i])
            return phrase
    return phrase


def _introduced_as_other(name: str, head: str, text: str, start: int) -> bool:
    """True when the text introduces ``name`` (its first mention before ``start``) right after the title of an
    office other than ``head`` ("Defence lawyer Kevin Ashworth" for "the judge"): the description is someone
    else."""
    at = text.find(name, 0, start)
    if at < 0:
        return False
    noun = _NOUN_BEFORE.search(text, max(0, at - 30), at)
    if noun is None:
        return False
    word = noun.group(1).lower()
    return word != head and head in _OFFICES and word in _OFFICES


_APPOSITION = re.compile(
    r"(?:[ \xa0]+[a-z][\w'-]*){0,4},[ \xa0]+(?:(?!(?:who|which|that|whose)\b)[a-z][\w'-]*[ \xa0]+){0,4}"
)
"""The rest of a description and the lower-case words of a role before a name in apposition to it ("the other
candidate on the stage, former …")."""


_ING = re.compile(r"\b[a-z]+ing\b")


def _apposed_person(text: str, end: int, people: People) -> str | None:
    """The person a description ending at ``end`` is set beside ("the other candidate on the stage, former
    Secretary of State Hillary Clinton, drew …"): one named within 40 characters after the comma, with a comma
    after the name."""
    found = _APPOSITION.match(text, end)
    if (
        found is None
        or "," not in found.group(0)
        or _VERB.search(found.group(0))
        or _ING.search(found.group(0))
    ):
        return None  # "the New York businessman said, referring to Ted Cruz,": no apposition
    people._read()
    i = bisect_left(people.starts, found.end())
    if (
        i < len(people.starts)
        and people.starts[i] <= found.end() + 40
        and _CAPITALISED_GAP.fullmatch(text, found.end(), people.starts[i])
        and text.startswith(",", people.ends[i])
    ):
        return people.names[i]
    return None


_CAPITALISED_GAP = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*[ \xa0]+(?:of[ \xa0]+)?)*")
"""Capitalised words of a title before a name, on one line ("Secretary of State ")."""


def _opens_a_name(word: str, text: str) -> bool:
    """True when ``word`` stands somewhere in the text before a space and a capital or " and " ("Tom Ebeling",
    "Tom and Betsy Ebeling"): it may be a first name (a cheap test before the text's people are read)."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if text[after : after + 1] in (" ", "\xa0") and (
            text[after + 1 : after + 2].isupper() or text.startswith("and ", after + 1)
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _by_first_name(first: str, people: People) -> str | None:
    """The one person the text names in full with the first name ``first`` ("Tom" → "Tom Ebeling"); none when
    it names none or several ("Tom Ebeling" and "Tom Ruiz")."""
    people._read()
    found = {
        name
        for name in people.names
        if name.startswith(first) and " " in name and name.split(maxsplit=1)[0] == first
    }
    if len(found) != 1:
        return None
    name = found.pop()
    if first.lower() not in _FIRST_NAMES:
        i = people.names.index(name)
        if not people.starts[i] <= people.text.find(first) < max(people.ends[i], people.starts[i] + 1):
            return None  # "Trump" before "Trump Train": a word of its own, not the first name of a later name
    return name


def _described_before(phrase: str, text: str, start: int, people: People) -> str | None:
    """The person a definite description ("the Democratic nominee") was given to earlier in the text: the
    last use of its words (without the article) before ``start`` with a person named beside it in its sentence
    ("Democratic nominee Hillary Clinton", "Hillary Clinton … as the Democratic nominee"): the person named
    right after it, else the last one before it in its sentence, else the first after it."""
    core = phrase.split(maxsplit=1)[1]
    if len(core.split()) < 2:
        return None  # "the senator": too common a word to tie to one use
    people._read()
    for found in reversed(list(re.finditer(rf"\b{re.escape(core)}\b", text[:start], re.IGNORECASE))):
        at = found.start()
        begin = people.sentence_start(at)
        stop = text.find(". ", found.end(), start)
        stop = stop if stop >= 0 else start
        lo, hi = bisect_left(people.starts, begin), bisect_left(people.starts, stop)
        near = [i for i in range(lo, hi) if people.starts[i] != at]
        if not near:
            continue
        right_after = [
            i for i in near if 0 <= people.starts[i] - found.end() <= 2
        ]  # "nominee Hillary Clinton"
        before = [i for i in near if people.starts[i] < at]  # "Hillary Clinton … as the Democratic nominee"
        best = right_after[0] if right_after else before[-1] if before else near[0]
        return people.names[best]
    return None


_ADDING = re.compile(r"\s*,?\s*(?:adding|continuing|going on)\s*[,:]?\s*")
"""The tail of an attribution that introduces a further quote: ("…," she said, adding, "…"). PolNeAR
annotates the quote after it as an attribution of its own, with its own cue (train: 18 split, 2 joined)."""


_OUTER = re.compile(
    r"(?:[ \xa0]+[\w'’.-]+){0,8}?,?[ \xa0]+(?:according[ \xa0]+to|as[ \xa0]+recalled[ \xa0]+by)\b"
)
"""What follows an attribution after a quote when the quote and its attribution are the content of an outer
source ("…," Hewitt said, according to a transcript): PolNeAR annotates one attribution per token, the
outer one, whose content mixes the quote and the writer's words."""


def _quote_follows(text: str, at: int) -> bool:
    """True when a quote mark follows ``at`` in its paragraph ("…," Welch said, according to Vermont Edition.
    "…": PolNeAR annotates the quote of two pieces as direct, the outer source apart)."""
    line_end = text.find("\n", at)
    return bool(_QUOTE_MARKS.search(text, at, line_end if line_end >= 0 else len(text)))


_TAIL = re.compile(r"[^\"“”\n:]{0,120}?[.!?]?[ \t\xa0]*")


def _attribution_tail(text: str, since: int, start: int) -> bool:
    """True when only the rest of an attribution's sentence, with no verb of saying, lies between its end
    ``since`` and a quote at ``start`` (", whose home state is a target." or "."): the quote goes on with the
    attribution's speaker."""
    return bool(_TAIL.fullmatch(text, since, start)) and not _VERB.search(text, since, start)


_WORDS_AFTER = re.compile(r"(?:[^\w\n]*[\w'’-]+){3}")


def _prose_between(text: str, people: People, since: int, start: int) -> bool:
    """True when the quote at ``start`` comes after three words or more of the writer's own in its sentence,
    which starts after the end ``since`` of the previous quote's attribution ("…," Trump said in an interview. In a Fox
    interview later that day, Trump went even further: "…"): the quote stands apart from the previous one.
    (A sentence of prose between the attribution and a quote opening a sentence of its own does not tell:
    PolNeAR train/dev join such quotes about as often as they split them.)"""
    begin = people.sentence_start(start)
    return since < begin < start and bool(_WORDS_AFTER.match(text, begin, start))


def _same_sentence(text: str, since: int, start: int) -> bool:
    """True when only an attribution's tail (", adding,") or a sentence break lies between the previous
    quote's attribution and this quote, all within one paragraph."""
    gap = text[since:start]
    return "\n" not in gap and bool(_CONTINUES.fullmatch(gap) or re.fullmatch(r"\s*[.!?]?\s*", gap))


def clear_caches() -> None:
    """Forget the quotes read and the names worked out (to measure cold reads)."""
    for cached in (
        extract_quotes,
        split_name,
        _plausible_person,
        _titled_name,
        text_roles,
        _text_mentions,
        _text_stops,
        _text_genders,
        text_quote_pairs,
        text_all_pairs,
    ):
        cached.cache_clear()
