"""Reported (indirect) speech: "X said (that) …", "…, X said.", "according to X, …", "X told reporters …",
"X warned/argued/claimed …" — the content span, the cue and the source, with the source resolved to a name
the way direct quotes' speakers are ("he" → the person the text is about, "the ministry" → its name)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from newsfuse.compare.entities import place_names
from newsfuse.compare.mentions import Mention, lower_keeping_offsets
from newsfuse.compare.quotes import (
    People,
    author,
    normalize_quote,
    resolve_speaker,
    text_quote_pairs,
    text_roles,
)
from newsfuse.model import Article, Span, immutable_record
from newsfuse.text import split_sentences
from newsfuse.text.sentences import Sentence

_SAY = (
    r"said|says|say|told|tells|tell|stated|explained|explains|noted|notes|argued|argues|argue|claimed|"
    r"claims|claim|warned|warns|warn|announced|announces|insisted|insists|insist|acknowledged|acknowledges|"
    r"acknowledge|admitted|admits|asserted|asserts|contended|contends|predicted|predicts|"
    r"promised|promises|pledged|vowed|vows|confirmed|confirms|denied|denies|disclosed|reiterated|reiterates|"
    r"emphasized|emphasised|stressed|stresses|wrote|writes|tweeted|alleged|alleges|complained|complains|"
    r"conceded|concedes|countered|replied|responded|testified|recalled|recalls|added|adds|cautioned|"
    r"believes|believe|believed|thinks|think|estimated|estimates|agreed|agree|agrees|worried|worries|"
    r"hinted|boasted|lamented|charged|assured|informed|reminded|reassured|conceded|declared|declares|"
    r"observed|speculated|mused|remarked|suggested|suggests|suggest|questioned|asked|asks|wondered|"
    r"has\s+said|have\s+said|had\s+said|had\s+told|has\s+told|Says|reported|reports|ruled|maintained|maintains|repeated|"
    r"proclaimed|pointed\s+out|points\s+out"
)
"""Verbs of saying (and of stated belief) whose content follows them or precedes them after a comma."""
_NEEDS_SPEAKER = frozenset(
    {"showed", "shows", "show", "found", "finds", "find", "revealed", "reveals", "indicated", "indicates"}
    | {"concluded", "concludes", "suggested", "suggests", "suggest", "estimated", "estimates"}
    | {"reported", "reports", "ruled"}
)
"""Verbs that are speech only when a person or an organisation does them ("the minister suggested …", but
not "the data suggested …"; "the judge ruled that …")."""
_OBJECT_VERBS = frozenset(
    {"told", "tells", "tell", "telling", "assured", "informed", "reminded", "reassured", "warned"}
)
"""Verbs that take the hearer before the content ("told reporters …", "warned Canadians that …")."""
_NEEDS_CLAUSE = frozenset(
    {"denied", "denies", "claimed", "claims", "claim", "announced", "announces", "confirmed", "confirms"}
    | {"maintained", "maintains", "repeated", "proclaimed", "pointed out", "points out"}
    | {"acknowledged", "acknowledges", "acknowledge", "admitted", "admits", "noted", "notes", "recalled"}
    | {"recalls", "disclosed", "predicted", "predicts", "promised", "promises", "pledged", "added", "adds"}
    | {"charged", "questioned", "countered", "responded", "replied", "echoed", "lamented", "complained"}
    | {"complains", "hinted", "observed", "stressed", "stresses", "emphasized", "emphasised", "testified"}
    | {
        "agreed",
        "agree",
        "agrees",
        "worried",
        "worries",
        "reiterated",
        "reiterates",
        "estimated",
        "estimates",
    }
)
"""Verbs that also take a plain object ("denied Carter a photograph", "claimed 41 percent of the vote"): their
content must be a clause (:func:`_clause`)."""
_FINITE = re.compile(
    r"^(?:that\b|(?:he|she|they|it|we|I|you|there|this|these|those)\b|(?:\S+\s+){0,7}?"
    r"(?:is|was|are|were|will|would|had|has|have|could|should|can|must|did|does|do|may|might|won’t|won't|"
    r"isn’t|isn't|wasn’t|wasn't|hasn’t|hasn't)\b)"
)
"""The start of a clause: "that", a pronoun subject, or a finite verb within its first eight words."""
_NOUN_CLAUSE = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Tt]hese|[Tt]hose|[A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:[a-z]{2,}ed|[a-z][\w'’-]*[^\Ws]s\s+(?!(?:about|for|of|in|on|to|with|at|from|by|and|or|that|which|who|as|"
    r"than|into|over|after|before|during|since|under|were|are|is)\b)[a-z]{3,}(?<!s))\s+[\w$]"
)
"""A clause whose subject is a noun phrase: a determiner, possessive or name, then a past form or a bare
verb after a plural ("his officers followed every rule", "the new fare cards fail at …")."""
_QUESTION = frozenset({"asked", "asks", "wondered", "questioned"})
_REQUEST = re.compile(r"(?:him|her|them|us|me|you|it|(?:[\w'’.-]+\s+){0,3}[\w'’.-]+)\s+to\s+[a-z]")
"""What "asked" takes when it is a request: a hearer and an infinitive ("asked drivers to consider …")."""
_PARTICIPLES = (
    r"saying|telling|arguing|noting|adding|insisting|claiming|warning|explaining|suggesting|stressing|"
    r"asserting|predicting|acknowledging|contending|writing|declaring|announcing|conceding|complaining"
)
_WEAK = "showed|shows|show|found|finds|find|revealed|reveals|indicated|indicates|concluded|concludes"


def _trie(alternatives: str) -> str:
    """A pattern matching the same words as the alternation ``alternatives`` ("said|says|has\\s+said"),
    written as a tree of shared prefixes ("(?:sa(?:id|ys)|has\\s+said)"): the regex engine tries a few
    letters at each position instead of every word. The same matches only where no alternative is another's
    first words (then at most one word can end at a word boundary)."""
    root: dict[str, Any] = {}
    for alternative in dict.fromkeys(alternatives.split("|")):
        node = root
        for atom in re.findall(r"\\s\+|.", alternative):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, Any]) -> str:
    parts = [atom + _branches(child) for atom, child in node.items() if atom]
    if not parts:
        return ""
    if len(parts) == 1 and "" not in node:
        return parts[0]
    return "(?:" + "|".join(parts) + ")" + ("?" if "" in node else "")


_PROGRESSIVE = {
    "saying": "says",
    "telling": "tells",
    "insisting": "insists",
    "claiming": "claims",
    "arguing": "argues",
    "predicting": "predicts",
    "warning": "warned",
    "suggesting": "suggests",
    "promising": "promises",
    "pledging": "pledged",
    "vowing": "vows",
    "asserting": "asserts",
    "contending": "contends",
    "acknowledging": "acknowledges",
    "admitting": "admits",
    "explaining": "explains",
    "stressing": "stresses",
    "complaining": "complains",
    "announcing": "announces",
    "declaring": "declares",
    "denying": "denies",
    "noting": "notes",
}
"""A verb of saying in the progressive ("Trump is telling supporters that …", "He’s predicting he will …"): the
present form whose rules it follows."""
_PROGRESSIVE_AUX = re.compile(
    r"(?:\b(?:is|are|was|were)|(?<=\w)['’](?:s|re))(?:\s+(?:also|now|still|already|quietly|publicly|openly|"
    r"repeatedly|increasingly))?\s+$"
)
"""The auxiliary before a progressive cue (its subject ends before it)."""
_COPULA = re.compile(r"(?:is|was|are|were)\b")
_CUE = re.compile(
    rf"\b(?:(?P<v>{_trie(f'{_SAY}|{_WEAK}')})|(?P<acc>[Aa]ccording\s+to)|"
    rf"(?:(?<=,\s)|(?<=,[\x22”]\s)|(?<=\s[—–]\s)|(?<=statement\s)|(?<=release\s)|(?<=email\s)|(?<=letter\s)|(?<=\bnote\s)|(?<=\bpost\s)|(?<=tweet\s)|(?<=message\s)|(?<=\bmemo\s)|(?<=\bby\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bwhile\s))"
    rf"(?P<p>{_trie(_PARTICIPLES)})|"
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\w's\s)|(?<=\w’s\s)|(?<=\w’re\s)|"
    r"(?<=\w're\s)|(?<=\balso\s)|(?<=\bnow\s)|(?<=\bstill\s)|(?<=\balready\s)|(?<=\bquietly\s)|"
    r"(?<=\bpublicly\s)|(?<=\bopenly\s)|(?<=\brepeatedly\s)|(?<=\bincreasingly\s))"
    rf"(?P<g>{_trie('|'.join(_PROGRESSIVE))}))\b"
)
"""A cue: a verb of saying, "according to", or a participle after a comma ("…, saying")."""

_CUE_WORDS = frozenset(
    [alternative.rsplit("+", 1)[-1] for alternative in f"{_SAY}|{_WEAK}|{_PARTICIPLES}".split("|")]
    + ["according", *_PROGRESSIVE]
)
"""The words every cue holds (the last word of a verb alternative: "has\\s+said" → "said"): a sentence with none
of them has no cue."""
_ANY_CUE_WORD = re.compile(rf"(?<![a-z])(?:{_trie('|'.join(sorted(_CUE_WORDS)))})(?![a-z])")
"""One of :data:`_CUE_WORDS` as a whole run of letters in a lower-cased sentence."""

_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Capt|Prof|St|Jr|Sr|Insp|Const|Cst|Supt|Coun|Det|Cpl|Sgt|Hon)\.\s+"
    r"|[A-ZÀ-ÖØ-Þ]\.\s*)*"
    r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:\s+(?:(?:de|van|von|da|del|la|le|bin|al|of|for|the|and)\s+)*[A-ZÀ-ÖØ-Þ][\w'’&.-]*)"
    r"{0,6}"
    r"(?:\s+\([\w.-]+\))?"
)
_SPEAKING_NOUNS = (
    "official|chief|head|minister|spokesperson|police|government|ministry|department|agency|office|campaign|"
    "company|firm|union|board|council|committee|court|team|group|family|party|administration|commission|"
    "service|authority|organization|organisation|association|coalition|bank|hospital|school|university|city|"
    "province|state|staff|source|aide|expert|analyst|critic|advocate|sources|officials|experts|analysts|"
    "critics|advocates|aides|groups|respondents|people|person|man|candidate|candidates|nominee|nominees|"
    "legend|legends|diplomat|diplomats|delegate|delegates|families|member|members|attorney|attorneys|judge|"
    "judges|friend|friends|colleague|colleagues|allies|ally|wife|husband|son|daughter|veteran|veterans|host|"
    "hosts|nurse|nurses|fans|magnate|magnates|mogul|moguls|billionaire|billionaires|couple|couples|neighbour|"
    "neighbours|neighbor|neighbors|widow|widows|crew|crews|tribunal|jury|panel|coach|coaches|league|utility|"
    "utilities|municipality|club|clinic|airline|network|branch|division|detachment|admiral|admirals|general|"
    "generals|marshal|colonel|captain|captains|sergeant|lieutenant|principal|bishop|bishops|priest|rabbi|imam|"
    "dean|clerk|sheriff|pope|cardinal|mom|mother|father|dad|brother|sister|aunt|uncle|cousin|child|children|"
    "witness|witnesses|victim|victims|citizen|citizens|pilot|pilots|guard|guards|magazine|newspaper|newspapers|"
    "paper|tabloid|broadcaster|unit|units|opposition"
)
"""Speaking head nouns written out (the rest are read by their endings in :data:`_PERSON_NOUN`)."""
_NOT_HEAD = (
    r"(?!(?:other|others|another|never|ever|whether|after|over|under|later|rather|together|either|neither|her|"
    r"however|further|earlier|for|or|nor|per|before|their|our|your|number|order|matter|major|minor|prior|"
    r"better|latter|former|anymore|meanwhile|this|that|these|those|(?:arrive|give|live|drive|survive|thrive|"
    r"receive|deprive|derive|strive|revive|forgive)s?|alive|went|want|wants|meant|sent|spent|different|"
    r"recent|current)\b)"
)
_PERSON_NOUN = (
    _NOT_HEAD
    + r"(?:[a-z][\w-]*(?:man|woman|person|ist|ian|er|or|ee|ant|ent|ary|ive|ic)|"
    + _trie(_SPEAKING_NOUNS)
    + r"|[a-z][\w-]*(?:men|women|people|ists|ians|ers|ors|ees|ants|ents|aries|ives))"
)
"""Head nouns of descriptions that can speak: people, their roles and organisations."""
_NOT_ROLE = (
    r"(?!(?:he|she|they|it|we|i|you|him|her|them|that|this|for|to|of|in|on|at|by|with|and|or|but|as|if|is|was|"
    r"are|were|has|have|had|not|no|so|when|while|who|which|what|said|says|told|[a-z]+ed)\b)"
)
"""Lower-case words that are no role before a name ("he voted for Mr. Obama" is no speaker)."""
_NOT_NAMES = (
    r"(?!(?:On|In|At|After|Before|During|When|While|As|Since|For|With|Without|By|From|Despite|Although|Though|"
    r"If|Because|But|And|So|Yet|Then|Last|This|Earlier|Later|Now|Here|There|It|That|What|Asked|The|A|An|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Does|Do|Did|Is|Are|Was|Were|Has|Have|Will|"
    r"Would|Can|Could|Should|Why|How|Who|Where|Whether|Not|No|Yes|Also|Even|Only|Just|According|Asked)\b)"
)
"""Capitalised words that start no speaker's name."""
_SOURCE = (
    rf"(?:(?:(?:{_NOT_ROLE}[a-z][\w-]*\s+){{0,3}}?){_NOT_NAMES}{_NAME}(?:['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_PERSON_NOUN}"
    rf"(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?{_PERSON_NOUN})?)?"
    rf"|(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]ome|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese|[Ee]ach|[Bb]oth|[Aa]ll|[Mm]ost|[Ss]everal)"
    rf"\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_PERSON_NOUN}|Republicans?|Democrats?)(?:\s+(?:of|for|at|in)\s+(?:the\s+)?{_NAME}"
    r"|\s+(?:close\s+to|familiar\s+with)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?"
    rf"|(?:[\w-]+\s+)?{_PERSON_NOUN}"
    rf"|{_NAME}(?:,\s+{_NAME}){{0,4}},?\s+and\s+(?:others|{_NOT_NAMES}{_NAME}|(?:[\w-]+\s+){{0,3}}?{_PERSON_NOUN})"
    r"|[Tt]hose\s+(?:surveyed|polled|interviewed|questioned)"
    r"|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|who|which)"
)
"""A speaker: a name (with a lower-case role before it: "spokesman Joe Ng"), a possessed role ("Ford's
office"), a description with a speaking head noun ("the provincial health ministry"), a group ("experts") or
a pronoun."""
_GAP = (
    r"(?:,\s+[^,;:]{2,160}?,|\s*[—–]\s*[^—–]{2,160}?\s*[—–]|\s*\([^()]{2,120}?\)|,)?"
    r"(?:\s+(?:also|later|then|again|repeatedly|previously|once|recently|publicly|privately|still|now|often|"
    r"has|have|had|would|will|could|may|might|did|does|do|not|never|has\s+long|"
    r"(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago|(?:earlier|later)\s+(?:this|that|last)\s+\w+|"
    r"earlier|last\s+\w+|this\s+\w+|both|in\s+a\s+statement|in\s+an\s+interview|here|nearby|"
    r"in\s+(?:a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:post|letter|speech|tweet|email|op-ed|column|memo|"
    r"filing|video|message|release|appearance)|there|since|already|long|"
    r"just|even|only|first|initially|originally|reportedly|apparently|officially|quickly|immediately|"
    r"ultimately|finally|subsequently|openly|flatly|specifically|explicitly|clearly|privately|separately|"
    r"himself|herself|itself|themselves|however|in\s+the\s+past|in\s+particular|"
    r"(?!(?:family|ally|rally|assembly|supply|reply|apply|comply|belly|bully|holly|lily|jelly|elderly|daily|"
    r"weekly|monthly|yearly|quarterly|early|only|likely|unlikely|friendly|costly|deadly|lonely|lovely|ugly|"
    r"silly|holy|curly|orderly|anomaly|monopoly|butterfly|italy|fly)\b)[a-z]{2,}ly))*\s+"
)
"""Between a speaker and the verb: an aside (", a spokesman for the ministry,", "(who has 25 delegates)") and
adverbs, auxiliaries or where it was said ("in a Medium post")."""
_SUBJECT = re.compile(rf"(?:^|(?<=[\s,(—–-]))(?P<sp>{_SOURCE}){_GAP}$")
_SUBJECT_SHAPE = re.compile(r"(?:^|(?<=[\s,(—–-]))[\w\s'’&.()\-]*+(?:,[^,;:]*+,|,|[—–][^—–]*+[—–])?[\w\s]*+$")
"""The characters a :data:`_SUBJECT` match can hold, in order: a source's ([\\w\\s'’&.()-]), one aside (", …,"
or "— … —") or a comma, then adverbs. Wherever the subject pattern matches this does too, so the subject
pattern's leftmost search can start where this one's does (a cheap scan skips the costly tries before it)."""
_OPENING = re.compile(
    rf"(?:[A-ZÀ-ÖØ-Þa-z][\w'’-]*(?:\s+[\w'’-]+){{0,9}},\s+)??(?:[Tt]he\s+(?=[A-ZÀ-ÖØ-Þ]))??"
    rf"(?![A-Z][a-z]+ing\b)(?P<sp>{_SOURCE})\b(?!,)"
)
"""The subject a sentence opens with (after a short lead: "On Monday, "), the speaker of a verb or participle
whose own subject is left out ("… but said …", "…, saying …")."""
_ELIDED = re.compile(
    r"(?:,|\b(?:but|and))\s+(?:also\s+|later\s+|then\s+|on\s+\w+day\s+|(?!(?:only|early|likely)\s)[a-z]{2,}ly\s+)?$"
)
_PARTICIPLE_LEAD = re.compile(r"(?:,[\x22”]|\s[—–])\s+$")
"""What a participle with the sentence's subject may follow besides :data:`_ELIDED`: a quotation's comma
('… what had been called the “Golden Week,” saying …') or a dash ("… on the spot – saying …")."""
_DOCUMENT_LEAD = re.compile(r"\b(?:statement|release|email|letter|note|post|tweet|message|memo)\s+$")
"""A document a participle of saying follows ("issued a statement saying …"): its issuer, the sentence's
subject, is the speaker."""
_ISSUED = re.compile(
    r"\s(?:issued|released|sent|posted|put\s+out|published)\s+(?:a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|release|email|letter|note|post|tweet|message|memo)\s+$"
)
"""The verb that issued the document ("The water board issued a statement saying"): its subject ends before it."""
_INFINITIVE_LEAD = re.compile(r"\b(?:to|by|after|before|while)\s+$")
"""A verb of saying whose subject is the main clause's: an infinitive ("He went on to say that …") or a
participle after a preposition ("…, before adding that …", "after saying …")."""
_NOT_SAYING = re.compile(
    r"\b(?:not|never|no\s+longer|\w+n['’]t|declin\w*|refus\w*|unwilling|reluctant|hesitat\w*|fail\w*|avoid\w*|"
    r"ask\w*|urg\w*|tell\w*|told|encourag\w*|invit\w*|want\w*|expect\w*|schedul\w*|plan\w*|going|likely|"
    r"need\w*|allow\w*|forc\w*|pressur\w*|prompt\w*|call\w*|about|set|had|has|have|got|must|led|lead\w*)\b"
)
"""Words before an infinitive of saying that make it no report by the subject ("declined to say", "urged
voters to say", "is expected to say")."""
_NO_CONTENT = frozenset(
    [
        "in",
        "on",
        "at",
        "of",
        "about",
        "by",
        "with",
        "without",
        "after",
        "before",
        "during",
        "aboard",
        "from",
        "for",
        "to",
        "into",
        "over",
        "through",
        "as",
        "than",
        "up",
        "down",
        "out",
        "back",
        "himself",
        "herself",
        "themselves",
        "itself",
        "so",
    ]
)
"""First words after a verb that make what follows no content ("said in a statement", "said of Cruz",
"believes in", "showed up", "easier said than done")."""
_INVERTED = re.compile(rf"\s+(?P<sp>{_SOURCE})(?=\s*(?:,|$|[.!?]|\s+(?:in|on|at|during|after|told|who)\b))")
"""The speaker after the verb in a trailing attribution ("…, said Jane Doe, a …")."""
_AUX = "is|was|were|are|will|would|had|has|have|could|should|can|did|does|may|might|must"
_ADJUNCT = re.compile(
    r"(?:\s*,?\s+(?:on|in|at|during|after|before|last|this|earlier|late|early|to|with|via|through|over)"
    rf"(?:\s+[\w'’.\x22“”-]+){{1,8}}?(?=\s*,|\s+that\b|\s+(?:he|she|they|we|I)\s+(?:{_AUX}|[a-z]+ed)\b)"
    r"|\s+(?:(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|evening|night)(?![’']s))?|yesterday|today|tonight|"
    r"repeatedly|recently|again|from\s+the\s+(?:start|outset|beginning)|also|publicly|previously|last\s+\w+|"
    r"this\s+\w+|for\s+(?:days|weeks|months|years|decades))\b)*"
)
"""What may stand between a verb and its content: when, where, how ("said in a statement Tuesday that", "wrote in
both listings he was", "said on Friday he met", "said Tuesday morning the …" but not "Sunday morning's fire",
"has said from the start that")."""
_AUTHORITY = (
    r"(?:the\s+)?(?:local\s+|state\s+)?(?:police\s+(?:officers|investigators|detectives)|police|officers|"
    r"investigators|deputies|detectives|authorities|dispatchers)(?![\w'’-])"
)
"""Authorities a witness or suspect tells ("told police he …", "told the state investigators she …"): a closed list."""
_HEARER = re.compile(
    rf"\s+(?:{_AUTHORITY}|reporters|journalists|supporters|the\s+(?:crowd|audience|court|committee|media|press|house)|"
    r"(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,4}|him|her|them|us|me|you|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|meeting|audience|crowd|reporter|"
    r"interviewer|newspaper|station|rally|gathering|committee|panel|hearing)"
    r"|the\s+(?:city|council|board|public|nation|country|jury|world|community|congregation|legislature|senate|"
    r"class)(?![\w'’-])"
    r"|(?:the|his|her|their|its|a|an)\s+(?:[\w-]+\s+){0,1}?[a-z][\w-]*(?:s|er|or|ee|ist|ian|ent|ant|cil|ard|ury))\b"
)
_HEARER_THAT = re.compile(r"\s+(?:[\w'’.&-]+\s+){0,9}?(?=that\s)")
"""Any hearer of up to ten words before "that" ("told a Wall Street Journal lunch group that …")."""
_HEARER_GOES_ON = re.compile(
    r"\s+(?:of|at|in|from|on|near|outside|inside|with|gathered|assembled|attending|packed|crowded)\s"
)
"""A word that carries a hearer on ("told the crowd of …", "told a banquet hall at a hotel …")."""
_LONG_HEARER = re.compile(r"\s+(?:[\w'’.&-]+\s+){0,19}?(?=that\s)")
"""A hearer of up to twenty words, no punctuation, before "that" (:data:`_HEARER_THAT`'s, longer)."""
_THAT = re.compile(r"\s*(?:,|:)?\s*(?:that\b\s*)?")
_WHEN = (
    r"(?:\s+(?:(?:in|on|at|during|after|before|with|from|by|via|through|over)(?:\s+(?!that\b)[\w'’.&-]+){1,7}"
    r"|(?:last|this|earlier|late|early|later)(?:\s+\w+)?|yesterday|today|tonight|recently|previously|also|again|"
    r"repeatedly|publicly|privately|[A-Z][a-z]+day))*"
)
"""Adjuncts of an attribution: when, where, to whom ("said Tuesday in a statement to CBC News")."""
_TAIL = (
    rf"(?:\s+(?:him|her|them|us|me|you|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}))?{_WHEN}"
    r"(?:,\s+(?:(?:and\s+)?[a-z]+ing|according)\b[^;]*?|\s+(?:reporters|journalists))?[\s.!?]*$"
)
_INVERTED_TAIL = (
    rf"{_WHEN}(?:,\s+(?!(?:has|have|had|is|was|are|were|will|would|can|could|should|may|might|must|did|does|do|that)\b)"
    r"[^;]*?)?[\s.!?]*$"
)
"""What may close a sentence after a trailing attribution's verb (or its speaker after the verb): adjuncts,
then an appositive (", a spokesman for …"), a participle (", adding that …") or nothing."""
_ROLE_NAME = rf"{_NOT_NAMES}{_NAME}(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_PERSON_NOUN}\s+{_NAME}"
"""A name after a role that a capitalised word or a possessive opens ("Democratic strategist Hank Sheinkopf",
"Trump's longtime confidant Roger Stone"): a trailing attribution's speaker (the role's first word is no name)."""
_TRAILER = re.compile(
    rf",[\x22”]?\s+(?P<sp>{_SOURCE}|{_ROLE_NAME}){_GAP}(?P<v>{_SAY}|showed|shows|found|revealed|indicated|concluded){_TAIL}"
    rf"|,[\x22”]?\s+(?P<v2>said|says|wrote|writes|added|adds|told|noted|explained|argued|warned)\s+(?P<sp2>{_SOURCE}|{_ROLE_NAME}){_INVERTED_TAIL}"
    r"|,?\s+(?P<acc>according\s+to)\s+[^;]{2,200}$"
)
"""An attribution closing its sentence after the content: "…, X said Tuesday.", "…, said X, a ….",
"… according to X."."""
_FOLLOW = re.compile(
    r"(?:,?\s+(?:and\s+)?(?P<v>saying|adding|noting|arguing|warning|insisting|explaining|claiming|suggesting|"
    r"stressing|telling\s+[\w.'’ -]{2,40}?)|,\s+who\s+(?:also\s+|later\s+)?(?:said|says|added|noted))"
    r"\s*(?:that\s+|,\s*)?"
)
"""A second content introduced by a participle or a relative "who said" after an attribution ("…, he said,
adding that …", "…, said Capt. Jo Lind, who said he would …")."""
_LEAD = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]+(?:\s*\([\w ]+\))?\s*[—–-]+\s*)?"
    r"(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Hh]owever|[Ii]nstead|[Nn]ow|[Tt]hat),?\s+)?"
)
"""What a content does not start with: a dateline ("WASHINGTON (AP) — ") and a conjunction."""
_BREAK = re.compile(r".*(?:\s[—–]\s|;\s|:\s)", re.DOTALL)
"""The last dash, semicolon or colon before a trailing attribution: its content starts after it."""
_INITIAL = re.compile(r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|St)\.$")
_CUT = re.compile(
    r"(?:,\s*(?:but|while|and|though|although|whereas|yet)?|,[\x22”]|;|\s+(?:but|while|whereas))\s+$"
)
"""A clause break right before a second attribution in a sentence ("X said A, but Y said B")."""
_RELATIVE_AFTER = re.compile(r"\s+who\b")
"""A speaker a restrictive "who" follows ("critics who say …"): not the subject of the sentence's next verb."""
_ANTECEDENT = re.compile(
    rf"(?<![\w'’.-])(?:{_NOT_NAMES}(?P<sp>{_NAME})|(?P<d>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){{0,3}}?{_PERSON_NOUN})),\s*$"
)
"""The name or description a relative "who" after it refers to ("Ted Cruz, who said …", "a young child, who
said …")."""
_SPEECH_ONLY = frozenset(
    {"say", "says", "said", "told", "tell", "tells", "warn", "warns", "warned", "argue", "argues", "argued"}
    | {"claim", "claims", "claimed", "insist", "insists", "insisted", "wrote", "testified", "alleged"}
    | {"complained", "contend", "contends", "contended", "acknowledged", "admitted", "noted"}
)
"""Verbs of saying alone (not of belief: "voters who think …" is no report)."""
_NOUN_BEFORE = re.compile(r"(?<![\w'’.-])([a-z][\w-]*s|[A-Z][\w'’-]+)\s+$")
"""The plural noun or the name a restrictive "who" follows ("critics who say …", "Republicans who say …")."""
_PHRASE = re.compile(r"\s+(?P<sp>[^,;:\"“”]{2,100}?)(?=\s*(?:[,;:]|[.!?]?\s*$))")
_AS = re.compile(r"[Aa]s\s+")
_QUOTE_END = re.compile(r"(?:[\"”]|'')\s*$")
_END_MARKS = ".!?;:,"
"""The closing marks a content's end is moved back over (with white space)."""
_MIN_WORDS = 3
_MOST_QUOTED = 0.8
"""Contents more quoted than this are direct quotes (extract_quotes' work)."""
_CLAUSE_STARTS = frozenset({"that", "which", "who", "when", "and", "but", "if", "because", "as", "while"})
_JOINING = re.compile(
    r"(?:[Aa]nd|[Bb]ut|[Ww]hile|[Bb]ecause|[Ii]f|[Ww]hen|[Tt]hough|[Aa]lthough|[Ww]hereas|[Yy]et|[Ss]o|[Oo]r)\s+"
)
"""A conjunction opening a subject match ("and experts", "While old Iowa political hands"): the speaker is
what follows it."""
_RELATIVE_SUBJECT = re.compile(r"(?:.*\s)?(?:which|that)\s+", re.DOTALL)
"""A lower-case "which"/"that" in a subject match, and what precedes it: the speaker is what follows it."""
_NOT_SOURCES = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "there", "it", "what", "which", "who", "some", "all"}
)


@immutable_record
class Report:
    """One piece of reported speech: what was said (``content``), the cue ("said", "according to"), the
    source as the text words it, and the speaker it resolves to (a name, or the description itself).
    Treated as immutable (compared and hashed by its fields): never assigned to; not declared frozen, whose
    ``__init__`` costs several times as much (several reports per article)."""

    content: Span
    cue: Span
    source: Span | None
    speaker: str | None
    role: str | None
    text: str

    def moved(self, article_id: str) -> Report:
        """The same report in the article ``article_id`` (a copy of its text)."""
        source = self.source
        return Report(
            Span(article_id, self.content.start, self.content.end),
            Span(article_id, self.cue.start, self.cue.end),
            Span(article_id, source.start, source.end) if source else None,
            self.speaker,
            self.role,
            self.text,
        )


def find_reports(article: Article) -> tuple[Report, ...]:
    """Every piece of reported speech in sentences whose content is not mostly inside quote marks (direct
    quotes are :func:`newsfuse.compare.quotes.extract_quotes`' work), in text order."""
    text = article.text
    quoted = list(text_quote_pairs(text))  # read once per text, with its direct quotes
    spans = [(start, end) for start, end, _ in quoted]
    people, roles = People(text, quoted), text_roles(text)
    found: list[Report] = []
    for sentence in _cued(text, split_sentences(text)):
        for content, cue, source in _placed(_sentence_attributions(sentence.text), sentence.start):
            if source and source[1] <= cue[0] and _poll(text, sentence.start, source):
                continue  # "Six in 10 respondents said …": a poll's, no person's or organisation's
            if _unbalanced(text[content[0] : content[1]]):
                cut = _to_quote_close(text, spans, content) or _before_open_quote(text, *content)
                if cut is None:
                    continue
                content = cut
            if _quoted_share(spans, content) > _MOST_QUOTED and (
                _quoted_share(_direct_like(text, spans, content[0]), content) > _MOST_QUOTED
            ):
                continue
            source = _trimmed_source(text, source) if source else None
            if source and cue[0] > source[1]:
                source = _named_source(text, source, cue[0], sentence.start)
            phrase = text[source[0] : source[1]] if source else None
            if source and phrase == "I" and not _quoted_share(spans, source):
                # "I said that …" outside quote marks: the writer, whom the byline names (as for direct quotes)
                speaker, role = author(article.byline), None
            else:
                speaker, role = resolve_speaker(
                    phrase, source[1] if source else 0, text, content[0], roles, people
                )
            found.append(
                Report(
                    content=Span(article.id, *content),
                    cue=Span(article.id, *cue),
                    source=Span(article.id, *source) if source else None,
                    speaker=speaker,
                    role=role,
                    text=text[content[0] : content[1]],
                )
            )
    if _may_label(text):
        for content, cue, source, elided in _labels(text, spans):
            at = next((i for i, r in enumerate(found) if r.content.start > content[0]), len(found))
            before = found[at - 1] if at else None
            limit = min(found[at].cue.start, found[at].content.start) if at < len(found) else len(text)
            if (
                text[content[1] - 2 : content[1] - 1] not in ".!?"
            ):  # not after a quotation ending its sentence
                content = (content[0], _clause_end(text, content[1], limit))
            if before and before.content.end > cue[0] > before.content.start:
                # "X said A and called the plan "…"": the content before ends before the label
                joint = _ELIDED.search(text, before.content.start, cue[0])
                end = _trimmed_end(text, before.content.start, joint.start() if joint else cue[0])
                if not _enough(text[before.content.start : end]):
                    continue
                found[at - 1] = Report(
                    content=Span(article.id, before.content.start, end),
                    cue=before.cue,
                    source=before.source,
                    speaker=before.speaker,
                    role=before.role,
                    text=text[before.content.start : end],
                )
            if elided and before and before.content.end > cue[0]:  # the speaker of the verb before
                source = (before.source.start, before.source.end) if before.source else source
                speaker, role = before.speaker, before.role
            else:
                speaker, role = resolve_speaker(
                    text[source[0] : source[1]], source[1], text, content[0], roles, people
                )
            report = Report(
                content=Span(article.id, *content),
                cue=Span(article.id, *cue),
                source=Span(article.id, *source),
                speaker=speaker,
                role=role,
                text=text[content[0] : content[1]],
            )
            found.insert(at, report)
    return tuple(found)


_CLAUSE_STOP = re.compile(r"[.!?](?=[\s\x22”’]|$)|\n|;|\s[—–]\s|,\s+(?:but|while|whereas|although|though)\b")


def _clause_end(text: str, end: int, limit: int) -> int:
    """The end of the clause a label's quotation closes inside ('condemned the test as "provocative" and a
    "grave threat" to regional stability'): the sentence end, a semicolon, dash or contrast, or ``limit`` (the
    next report's start), with closing marks and white space trimmed."""
    stop = _CLAUSE_STOP.search(text, end, max(end, limit))
    cut = stop.start() if stop else max(end, limit)
    if cut <= end:
        return end
    trimmed = _trimmed_end(text, end, cut)
    return max(end, trimmed) if not _unbalanced(text[end:trimmed]) else end


def _may_label(text: str) -> bool:
    """Whether ``text`` holds the letters every :data:`_LABEL` verb starts with (substring tests, no regex)."""
    return (
        "call" in text
        or "describ" in text
        or "label" in text
        or "brand" in text
        or "dubbed" in text
        or "accus" in text
        or any(stem in text for stem in _LABEL_STEMS)
    )


_LABEL_STEMS = (
    *(
        "dismiss",
        "condemn",
        "denounc",
        "critici",
        "prais",
        "hail",
        "blast",
        "slam",
        "derid",
        "mock",
        "ridicul",
    ),
    *("lambast", "decri", "characteri", "portray", "tout", "defend", "reject", "refer", "pledg", "promis"),
    *("vow", "urg", "blame", "credit", "cite", "thank", "warn", "point"),
)
"""What every :data:`_AS_VERBS` and :data:`_TO_VERBS` verb starts with."""


_AS_VERBS = (
    "dismissed|dismisses|condemned|condemns|denounced|denounces|criticized|criticised|criticizes|praised|"
    "praises|hailed|hails|blasted|blasts|slammed|slams|derided|derides|mocked|mocks|ridiculed|lambasted|"
    "decried|decries|characterized|characterised|characterizes|portrayed|portrays|touted|touts|defended|"
    "defends|rejected|rejects|referred\\s+to|refers\\s+to|praise|criticize|criticise|condemn|slam|blast|hail|"
    "defend|denounce|dismiss"
)
"""Verbs that give a quoted judgement with "as" or "for" ('dismissed the report as "absurd"', 'referred to him as
"…"', 'praised the township for "…"'); the bare forms follow an infinitive lead ("went on to praise")."""
_TO_VERBS = (
    "pledged|pledges|pledging|promised|promises|promising|vowed|vows|vowing|urged|urges|urging|called\\s+on|"
    "called\\s+for|calls\\s+on|calls\\s+for|"
    "blamed|blames|blame|credited|credits|credit|cited|cites|thanked|thanks|thank|warned\\s+of|warns\\s+of|"
    "pointed\\s+to|points\\s+to|pointing\\s+to"
)
"""Verbs whose complement holds a quoted fragment ('pledged to relocate the embassy to the "eternal capital …"',
'blamed the delay on "red tape"'): a mixed quotation when the quote follows within nine words, or at once with
words after it in its clause ('pointed to "record private investment" in the north')."""
_LABEL_WORD = re.compile(
    r"\b(?:call(?:ed|s|ing)|describe[sd]|label(?:l?ed|s)|branded|dubbed|accus(?:ed|es|ing)|"
    rf"{_trie(f'{_AS_VERBS}|{_TO_VERBS}')})\b"
)
r"""A label verb (one of :data:`_LABEL`'s), between word edges. One ``\b`` opens the whole alternation: since
:data:`_AS_VERBS` and :data:`_TO_VERBS` joined it behind a ``\b`` of their own, the engine tries every place
anyway, and the five first words with their edge tested after the first letter (``c(?<!\w.)all…``) only added
tries there (the same matches; this form -30 % on jsonl-10000's texts, session 27)."""
_LABEL = re.compile(
    r"\b(?:(?P<v>call(?:ed|s|ing)|describe[sd]|label(?:l?ed|s)|branded|dubbed)|(?P<acc>accus(?:ed|es|ing))|"
    rf"(?P<as>{_AS_VERBS})|(?P<to>{_TO_VERBS}))\s+"
    r"(?:(?P<obj>(?(to)(?:[\w'’-]+(?:\.[\w'’-]+)*(?:(?<=\b\w)\.)?\s+){0,8}?[\w'’-]+(?:\.[\w'’-]+)*(?:(?<=\b\w)\.)?|"
    r"(?!(?:on|for|off|in|up|out|upon|back|into|to|at)\b)[\w'’-]+(?:\s+[\w'’-]+){0,5}?))\s+|(?(to)|(?!)))"
    r"(?(acc)of\s+(?:[\w'’-]+\s+){0,6}?|(?(as)(?:as|for)\s+|(?:as\s+)?))"
    r"(?=[\x22“](?P<q>[^\x22“”\n]{3,300})[\x22”]|''(?P<q2>(?:(?!'')[^\n]){3,300}?)'')"
)
"""A label in quote marks ('X called the plan "a disgrace"', 'described the room as "a quiet space"',
'dismissed the report as "…"', 'accused X of … "…"', 'blamed the delay on "…"'): a mixed quotation, the object
and the quoted words (which extract_quotes leaves out when they open lower-case), run on to the clause's end
by :func:`_clause_end`."""


def _labels(
    text: str, spans: list[tuple[int, int]]
) -> Iterator[tuple[tuple[int, int], tuple[int, int], tuple[int, int], bool]]:
    """Labels (:data:`_LABEL`) given by a person or an organisation named right before the verb: (content from
    the object to the closing mark, the verb, the speaker, whether the verb's own subject is left out)."""
    covered = 0
    for word in _LABEL_WORD.finditer(text):
        if word.start() < covered:
            continue
        found = _LABEL.match(text, word.start())
        if found is None:
            continue
        covered = found.end()
        quoted = found.group("q")
        quote_end = found.end() + (len(quoted) + 2 if quoted is not None else len(found.group("q2")) + 4)
        obj = found.group("obj") or ""
        content = (found.start("obj") if obj else found.end(), quote_end)
        if not obj and len(text[quote_end : _clause_end(text, quote_end, len(text))].split()) < 2:
            continue  # 'warned of "chaos".': the quotation alone, a direct quote's
        if obj and _quoted_share(_direct_like(text, spans, content[0]), content) > _MOST_QUOTED:
            continue  # a quotation extract_quotes gives as a direct quote
        line = text.rfind("\n", 0, found.start()) + 1
        begin = max(line, found.start() - 260)
        pre = text[begin : found.start()]
        group = next(g for g in ("v", "acc", "as", "to") if found.group(g))
        verb = found.group(group)
        if verb.endswith("ing") and (aux := _PROGRESSIVE_AUX.search(pre)):
            pre = pre[: aux.start()] + " "  # "X is promising to …": the subject ends before the auxiliary
        if obj.lower() in ("a", "an", "the"):
            continue  # 'what he called a "con artist"': the quotation inside a noun phrase
        subject = _subject(pre)
        elided = subject is None
        if subject is not None:
            source = (begin + subject.start("sp"), begin + subject.end("sp"))
        elif (
            _ELIDED.search(pre)
            and (opening := _OPENING.match(text, _sentence_start(text, begin, found.start())))
            and _plain_subject(opening.group("sp"))
        ):
            source = opening.span("sp")  # "X said A and called the plan "…"": the sentence's opening subject
        elif (
            _INFINITIVE_LEAD.search(pre)
            and (opening := _OPENING.match(text, _sentence_start(text, begin, found.start())))
            and opening.end() < found.start()
            and _plain_subject(opening.group("sp"))
            and not _NOT_SAYING.search(text, opening.end(), found.start())
        ):
            source = opening.span("sp")  # "She went on to praise the township for "…"": the opening subject
        else:
            continue
        phrase = text[source[0] : source[1]]
        if phrase in ("who", "which", "it") or not _is_subject(phrase, verb) or not _speaks(phrase):
            continue
        yield content, found.span(group), source, elided


_SENTENCE_END = re.compile(r"[.!?][\x22”’]?\s+(?=[\x22“]?[A-Z])")


def _sentence_start(text: str, begin: int, end: int) -> int:
    """Where the sentence holding ``end`` starts, looked for from ``begin`` (after the last full stop, question
    or exclamation mark before a capital)."""
    start = begin
    for stop in _SENTENCE_END.finditer(text, begin, end):
        start = stop.end()
    return start


_APPOSED = re.compile(
    r",\s+(?P<n>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})"
    r"(?:\s+(?:of|from|with|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][^,;:—–\x22“”]{1,80}?)?,\s+(?:[a-z]+\s+)?$"
)
"""A name set after a description before the verb ("The mayor of Sable Lake, Corinne Assiniwe, said"), with
the body it is of ("One nurse …, Priya Venkataraman of the Ontario Nurses' Association, said")."""
_OBJECT_BEFORE = re.compile(r"\s(?:[a-z]+ing|for|of|with|at|from|to|by)\s+$")
"""A word before a source that makes it an object, not a subject ("One pastor supporting Mr. Cruz, …")."""
_OBJECT_IN = re.compile(r"(?:[a-z][\w-]*\s+)*?(?:[a-z]+ing|for|with|at|from|to|by)\s+[A-ZÀ-ÖØ-Þ]")
"""A source whose lower-case words end in a participle or preposition before a name ("pastor supporting Mr.
Cruz"): the name is an object."""
_PERSON_OF_BODY = re.compile(
    r"(?P<n>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ][^,]*"
)
"""A name and the body it is of, set after a description ("…, Oriane Delacroix of the Manitoba Nurses' Union,
said"): the person speaks."""
_DESCRIBED = re.compile(r"(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Aa]n?|[A-ZÀ-ÖØ-Þ][\w'’-]*['’]s)\s")
"""What opens a description a name may be set after: a determiner or a possessive name ("Furtado's lawyer,
Samira Qureshi, argued")."""
_PLACE_BEFORE = re.compile(r"\s(?:in|from|near|across|around|on)\s+(?:the\s+)?$")
"""The preposition before a place read as the speaker ("Police in Dunmore Falls say")."""


def _named_source(text: str, source: tuple[int, int], cue: int, begin: int) -> tuple[int, int]:
    """The source naming who speaks: the name set after a description before the verb ("Her husband, Omar
    Benali, said": the name), or the speaking noun before a place read as the source ("Farmers in the Quill
    Valley say": "Farmers", not the place)."""
    if (
        text[source[1] : source[1] + 1] == ","  # what _APPOSED opens with: the cheap test first
        and (
            _DESCRIBED.match(text, source[0])
            or text[max(0, source[0] - 4) : source[0]] in (" of ", "for ")
            or _OBJECT_BEFORE.search(text, max(begin, source[0] - 24), source[0])
            or _OBJECT_IN.match(text, source[0], source[1])
        )
        and (apposed := _APPOSED.match(text, source[1], cue))
    ):
        return apposed.span("n")
    if (
        text[source[0] - 2 : source[0]] == ", "
        and text[source[1] : source[1] + 1] == ","
        and (person := _PERSON_OF_BODY.fullmatch(text, source[0], source[1]))
        and (_DESCRIBED.match(text, begin) or text.startswith("One ", begin))
        and text.find(",", begin, source[0]) == source[0] - 2
    ):
        return person.span("n")  # "One nurse on the night shift, NAME of the BODY, said"
    named = _NAME_OF.search(text, max(begin, source[0] - 80), source[0])
    if named and _DESCRIBED.match(text, source[0]):
        return named.span("n")  # "Const. Barnabas Oyelaran of the Harlow Point police said": the person
    place = _PLACE_BEFORE.search(text, max(begin, source[0] - 12), source[0])
    if place and _NAME_ONLY.fullmatch(text, source[0], source[1]):
        pre = text[max(begin, place.start() - 200) : place.start()] + " "
        head = _subject(pre)
        if (
            head is not None
            and head.group("sp")[:1].isupper()
            and _PERSON_NOUN_RE.fullmatch(head.group("sp").split()[-1].lower())
        ):
            offset = place.start() - len(pre) + 1
            return offset + head.start("sp"), offset + head.end("sp")
    return source


_NAME_OF = re.compile(
    r"(?:^|(?<=[\s(]))(?P<n>(?:(?:Dr|Insp|Const|Cst|Supt|Sgt|Cpl|Det|Coun|Prof|Mr|Mrs|Ms)\.\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})\s+(?:of|with|from|at)\s+$"
)
"""A person's name before "of/with" and the description the subject pattern took ("Const. Barnabas Oyelaran of
the Harlow Point police")."""
_NAME_ONLY = re.compile(r"(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}")
_PERSON_NOUN_RE = re.compile(_PERSON_NOUN)


def _cued(text: str, sentences: list[Sentence]) -> Iterator[Sentence]:
    """The sentences that may hold a cue: those with a cue word (:data:`_ANY_CUE_WORD`), searched in the text
    lower-cased once (not a lower-cased copy of each sentence; more than half of a text's sentences hold
    none, and those are never looked up in the sentence cache). The search ends at the sentence's end as a
    copy's would, but looks behind its start: a sentence after a letter, or a text whose lower-casing moves
    offsets, is passed on whole (:func:`_sentence_attributions` tests it)."""
    low = lower_keeping_offsets(text)
    if low is None:
        yield from sentences
        return
    search, letters = _ANY_CUE_WORD.search, _LETTER
    for sentence in sentences:
        start = sentence.start
        if search(low, start, sentence.end) or (start and low[start - 1] in letters):
            yield sentence


_LETTER = frozenset("abcdefghijklmnopqrstuvwxyz")
"""What :data:`_ANY_CUE_WORD`'s edges test for."""


def extract_reported(article: Article) -> Iterator[Mention]:
    """:func:`find_reports` as mentions of kind "reported" (content as value and text, the resolved speaker),
    the form ``quotes.extract_reported`` gives: kept out of the cross-source quote facts, which compare exact
    words."""
    for report in find_reports(article):
        yield Mention(
            kind="reported",
            slot=normalize_quote(report.text),
            value=report.text,
            text=report.text,
            span=report.content,
            speaker=report.speaker,
            role=report.role,
        )


Found = tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None]
"""(content, cue, source) offsets in the article text."""
CACHED_SENTENCES = 8192
"""Sentences whose attributions are kept (least recently used first out): a near-copy of a text (another
outlet's edit of a wire story) repeats most of its sentences, and the attributions of a sentence depend on
its words alone."""


@lru_cache(maxsize=CACHED_SENTENCES)
def _sentence_attributions(body: str) -> tuple[Found, ...]:
    """The attributions of one sentence, offsets from its start (:func:`_attributions`); none without a cue
    word (the cue pattern does not run)."""
    if len(body) < 20:
        return ()
    low = body.lower()
    if len(low) == len(body):
        cues = _cues(body, low)
    elif _ANY_CUE_WORD.search(low):
        cues = list(_CUE.finditer(body))
    else:
        return ()
    return tuple(_attributions(body, cues)) if cues else ()


def _cues(body: str, low: str) -> list[re.Match[str]]:
    """``list(_CUE.finditer(body))``, the pattern tried only where a match can start (``low``: ``body``
    lower-cased, as long as it). Every cue ends with one of :data:`_CUE_WORDS` between word edges, which
    the lower-cased text holds as a whole run of letters (a character before or after a cue is no word
    character, and only word characters lower-case to ASCII letters); a cue starts at that word, or at the
    "has"/"have"/"had" before it ("has said"), or at "pointed"/"points" before "out". Tried at those places in text order, skipping what a cue
    found covers: the same matches as the scan of every position."""
    cues: list[re.Match[str]] = []
    match, covered = _CUE.match, 0
    for word in _ANY_CUE_WORD.finditer(low):
        at = word.start()
        if at < covered:
            continue
        if word.group() in ("said", "told"):
            aux = at
            while aux and body[aux - 1].isspace():
                aux -= 1
            if aux < at and body[max(0, aux - 4) : aux].endswith(("has", "had", "have")):
                aux -= 4 if body[aux - 4 : aux] == "have" else 3
                found = match(body, aux) if aux >= covered else None
                if found:
                    cues.append(found)
                    covered = found.end()
                    continue
        if word.group() == "out" and (verb := _POINTED.search(body, max(covered, at - 10), at)):
            at = verb.start()  # "pointed out": a two-word cue starts at its first word
        found = match(body, at)
        if found:
            cues.append(found)
            covered = found.end()
    return cues


_POINTED = re.compile(r"\bpoint(?:ed|s)\s+$")
"""The verb before "out" in the cue "pointed out" (its first word, where the cue pattern must start)."""


def _placed(found: tuple[Found, ...], base: int) -> Iterator[Found]:
    """A sentence's attributions moved to its place ``base`` in the text."""
    return (_shifted(f, base) for f in found) if base else iter(found)


def clear_caches() -> None:
    """Forget the sentences read (to measure cold reads)."""
    _sentence_attributions.cache_clear()


def _attributions(body: str, cues: list[re.Match[str]]) -> Iterator[Found]:
    """The attributions of one sentence, offsets from its start (``cues``: its cues): a
    trailing one whose content is the sentence before it, else each cue with a speaker before it and content
    after (a content ends at the clause break before the next attribution)."""
    lead = _LEAD.match(body)
    begin = lead.end() if lead else 0
    trailer = _trailing(body, begin, cues[-1].start())
    if trailer:
        yield trailer
        following = _following(body, trailer[1][1])
        if following:
            yield following, trailer[1], trailer[2]
        return
    previous: Found | None = None
    for cue in cues:
        if previous and cue.start() < previous[0][0]:
            continue
        found = _according_first(body, cue) if cue.group("acc") else _speaker_first(body, cue, begin)
        if not found:
            continue
        if previous:
            source = found[2]
            # a verb whose subject is left out takes the sentence's opening subject, which lies before the first
            # content ("X acknowledged A, but said B"): the break is looked for before the verb
            first = min(found[1][0], source[0]) if source and source[0] >= previous[0][0] else found[1][0]
            if (
                source
                and previous[2]
                and source[0] < previous[0][0]
                and not _RELATIVE_AFTER.match(body, previous[2][1])
            ):
                found = found[0], found[1], previous[2]  # the same speaker as the verb before
            cut = _CUT.search(body, previous[0][0], first)
            if not cut:
                continue  # "X said Y told him …": the second is part of the first's content
            content = (previous[0][0], _trimmed_end(body, previous[0][0], cut.start()))
            if _enough(body[content[0] : content[1]]):
                yield content, previous[1], previous[2]
        previous = found
    if previous:
        yield previous


def _following(body: str, cue_end: int) -> tuple[int, int] | None:
    """A second content after a trailing attribution: "…, he said, adding that …"."""
    follow = _FOLLOW.search(body, cue_end)
    if not follow:
        return None
    end = _trimmed_end(body, follow.end(), len(body))
    return (follow.end(), end) if _enough(body[follow.end() : end]) else None


def _shifted(found: Found, base: int) -> Found:
    content, cue, source = found
    return (
        (content[0] + base, content[1] + base),
        (cue[0] + base, cue[1] + base),
        (source[0] + base, source[1] + base) if source else None,
    )


def _trailing(body: str, begin: int, last_cue: int) -> Found | None:
    """ "CONTENT, X said …." / "CONTENT, said X …." / "CONTENT, according to X.": the content runs from the
    sentence start to the attribution (its cue is at or before ``last_cue``)."""
    for comma in _commas(body, begin, last_cue):
        found = _TRAILER.match(body, comma)
        if not found:
            continue
        broken = _BREAK.match(body, begin, comma)
        begin = broken.end() if broken else begin
        # a quotation's closing mark after the comma ends the content ('… hackers are “losing …,” he added')
        end = comma + 2 if body[comma + 1 : comma + 2] in ('"', "”") else _trimmed_end(body, begin, comma)
        if not _enough(body[begin:end]):
            return None
        if found.group("acc"):
            at = found.end("acc")
            source = _source_after(body, at)
            if source and _clause_after_aside(body, source[1]):
                # "Since last November, according to X, forces have killed …": the sentence is the content
                end = _trimmed_end(body, begin, len(body))
            return (begin, end), found.span("acc"), source
        verb = "v" if found.group("v") else "v2"
        if found.group("v") and found.group("v") in _NEEDS_SPEAKER and not _speaks(found.group("sp")):
            return None
        if found.group("v") and not _is_subject(found.group("sp"), found.group("v")):
            return None
        return (begin, end), found.span(verb), found.span("sp" if verb == "v" else "sp2")
    return None


_ASIDE_CLOSE = re.compile(r"\s*,\s+")
_RELATIVE = re.compile(r"\b(?:who|which|whose|where)\b")


def _clause_after_aside(body: str, at: int) -> bool:
    """Whether an "according to X" aside ending at ``at`` closes with a comma and the sentence's clause goes on
    after it ("…, according to X, forces have killed …"), not an appositive of X (", a spokesman for …", ",
    who …"), nor a clause joined on (", but …"): words enough, and a finite verb within the first eight words
    with no relative word before it."""
    close = _ASIDE_CLOSE.match(body, at)
    if close is None:
        return False
    rest = body[close.end() :]
    if _JOINING.match(rest) or rest.startswith(("although", "whereas", "while", "though", "yet")):
        return False  # "…, according to X, but his …": a second clause joined on; the content ends at X
    finite = _FINITE.match(rest)
    return finite is not None and _enough(rest) and not _RELATIVE.search(finite.group())


def _commas(body: str, begin: int, last_cue: int) -> Iterator[int]:
    """Positions of the commas before the last cue (and of the "according to" without one) that may start a
    trailing attribution, last first: the content is as long as it can be."""
    at = body.rfind(",", 0, last_cue)
    while at > begin:
        yield at
        at = body.rfind(",", begin, at)
    acc = body.rfind(" according to ")
    if acc > begin:
        yield acc


def _according_first(body: str, cue: re.Match[str]) -> Found | None:
    """ "According to X, CONTENT" (a trailing "…, according to X" is :func:`_trailing`'s)."""
    comma = body.find(",", cue.end())
    if comma < 0 or comma - cue.end() > 160:
        return None
    start = _THAT.match(body, comma + 1)
    begin = start.end() if start else comma + 1
    end = _trimmed_end(body, begin, len(body))
    if not _enough(body[begin:end]):
        return None
    return (begin, end), cue.span("acc"), _source_after(body, cue.end("acc"))


def _speaker_first(body: str, cue: re.Match[str], begin: int) -> Found | None:
    """ "X [aside] [adverbs] VERB [hearer] [when/where] [that] CONTENT". What follows the verb is read first:
    where no comma follows it, whether it is a content does not depend on the speaker, who is looked for
    only then (a failed subject search is the costliest part)."""
    progressive = cue.group("g")
    verb = cue.group("v") or cue.group("p") or _PROGRESSIVE.get(progressive or "", "")
    verb_at = cue.start()
    if progressive:  # "X is telling …": the subject ends before the auxiliary
        aux = _PROGRESSIVE_AUX.search(body, max(begin, verb_at - 24), verb_at)
        if aux is None:
            return None
        verb_at = aux.start()
    after = _after_verb(body, cue.end(), verb)
    if after is None:
        return None
    at, start, end, that = after
    if body[start : start + 1] in ".;:":
        return None  # "…, said.A police source …": a run-on after the verb, no content
    if progressive and (
        _COPULA.match(body, start)
        or not (that or _FINITE.match(body[start:end]) or _NOUN_CLAUSE.match(body, start, end))
    ):
        return None  # a clause ("is warning hikers after …" is none); "What Trump’s saying is that …"
    comma = body[at : at + 1] == ","
    if not comma and not _content(body[start:end], verb, that, False):
        return None
    pre = body[max(begin, verb_at - 260) : verb_at]
    offset = verb_at - len(pre)
    if progressive and not pre[-1:].isspace():
        pre += " "  # "He’s predicting": the subject pattern ends with white space
    subject = None if cue.group("p") else _subject(pre)
    after_quote = False
    if subject is not None:
        source = (offset + subject.start("sp"), offset + subject.end("sp"))
        gap = pre[subject.end("sp") :]
        if gap.strip() == "," and not body[: source[0]].endswith(", "):
            # "… $56.5 million, said X": the verb before its speaker (:func:`_trailing`'s), unless the sentence
            # opens with a name and asides run to the verb ("Jimmy Ghazal, 39, a man visiting Nice with his
            # family, told")
            opening_name = _opening_subject(body, begin, verb_at)
            if opening_name is None:
                return None
            source = opening_name
        elif gap[:1] == ",":
            source = _subject_before_aside(body, begin, source, gap)
    elif not cue.group("p") and (opening_subject := _opening_subject(body, begin, verb_at)):
        source = opening_subject
    elif (
        (_ELIDED.search(pre) or (cue.group("p") and _PARTICIPLE_LEAD.search(pre)))
        and (opening := _OPENING.match(body, begin))
        and opening.end() < verb_at
    ):
        source = opening.span("sp")  # "Cruz denied it, saying …", "Williams declined but said …"
        if body[source[0] : source[1]] == "One" and (named := _ONE_OF_NAMED.match(body, source[1])):
            source = named.span("n")  # "One of them, Norma Pettigrew, 81, had lived … and said": the name
    elif (
        _INFINITIVE_LEAD.search(pre)
        and (verb in _SPEECH_ONLY or cue.group("p"))
        and (opening := _OPENING.match(body, begin))
        and opening.end() < verb_at
        and _plain_subject(opening.group("sp"))
        and not _NOT_SAYING.search(body, opening.end(), verb_at)
    ):
        source = opening.span("sp")  # "He went on to say that …", "Cruz replied, before adding that …"
    elif (
        cue.group("p")
        and _DOCUMENT_LEAD.search(pre)
        and (opening := _OPENING.match(body, begin))
        and opening.end() < verb_at
        and _plain_subject(opening.group("sp"))
    ):
        source = opening.span("sp")  # "McConnell issued a statement saying …": who issued it
        if (issued := _ISSUED.search(pre)) and (subject := _subject(pre[: issued.start() + 1])):
            source = (offset + subject.start("sp"), offset + subject.end("sp"))  # the issuer's whole subject
    elif cue.group("p") and (quoted := _quotation_speaker(body, begin, verb_at)):
        # '"…," Mr. Ackman said at the time, adding that …': the speaker of the quotation before
        source, after_quote = quoted, True
    elif (
        (_ELIDED.search(pre) or (cue.group("p") and _PARTICIPLE_LEAD.search(pre)))
        and (main := _MAIN_SUBJECT.search(body, begin, verb_at))
        and main.end() < verb_at
        and _plain_subject(main.group("sp"))
    ):
        source = main.span(
            "sp"
        )  # "In Syria, also known as X, Trump hewed …, noting …": after the lead's commas
    else:
        return None
    if _region_of_place(body, source):
        # "Fairweather, standing in his yard in Lunenburg, Nova Scotia, on Sunday, said": the second half of a
        # place ("Town, Region") is no speaker; the name opening the sentence is, else no one
        opening_person = _name_before_place(body, begin, source[0])
        if opening_person is None:
            return None
        source = opening_person
    phrase = body[source[0] : source[1]]
    if phrase == "Having" and source[0] == begin:
        main = _MAIN_SUBJECT.search(body, cue.end())
        if main is None:
            return None
        # "Having promised that …, Mayor X now faces …": the participle's subject is the main clause's
        source, phrase = main.span("sp"), main.group("sp")
        end = _trimmed_end(body, start, main.start())
        if end <= start:
            return None
    joined = _JOINING.match(phrase)
    if joined and joined.end() < len(phrase):
        source = (source[0] + joined.end(), source[1])  # "…, and experts say …": the subject is "experts"
        phrase = phrase[joined.end() :]
    relative = _RELATIVE_SUBJECT.match(phrase)
    if relative and relative.end() < len(phrase):
        # "the bathroom, which critics said was …", "a deadline that insiders said went …": the relative
        # clause's own subject says its rest
        source = (source[0] + relative.end(), source[1])
        phrase = phrase[relative.end() :]
    if phrase in ("who", "which") and (
        named := _ANTECEDENT.search(body, max(begin, source[0] - 120), source[0])
    ):
        group = (
            "sp" if named.group("sp") else "d"
        )  # "Ted Cruz, who said he would …", "a young child, who said"
        source, phrase = named.span(group), named.group(group)
    elif (
        phrase == "who"
        and verb in _SPEECH_ONLY
        and (that or _FINITE.match(body[start:end]))
        and not re.match(rf"(?:{_AUX})\b", body[start:end])
        and (noun := _NOUN_BEFORE.search(body, max(begin, source[0] - 40), source[0]))
    ):
        source, phrase = noun.span(1), noun.group(1)  # "security experts who say …": the group saying it
    if not _is_subject(phrase, verb) or (verb in _NEEDS_SPEAKER and not _speaks(phrase)):
        return None
    if not after_quote and _QUOTE_END.search(body, begin, source[0]):
        return None  # '"…," X said in a statement': a direct quote's attribution
    as_lead = comma and bool(_AS.fullmatch(body, begin, source[0]))
    if as_lead:
        start = _skip_that(body, at + 1)  # "As X noted, …": the rest of the sentence
    elif (
        comma
        and body[: source[0]].rstrip().endswith(",")
        and (_enough(body[begin : source[0]]) or (begin < source[0] and start < end))
    ):
        if not (
            _content(body[begin:end], verb, that, as_lead)
            or _content(body[start:end], verb, that, as_lead)
            or _content(body[begin : source[0]] + body[start:end], verb, that, as_lead)
        ):
            return None
        # "The thing he needs, aides said, is …", "In any case, X said, the …": the content is both parts
        return (begin, end), _cue_span(cue), source
    if not _content(body[start:end], verb, that, as_lead):
        return None
    return (start, end), _cue_span(cue), source


_SHARE = re.compile(
    r"(?:(?:and|but)\s+)?(?:(?:about|almost|nearly|roughly|only|just|more\s+than|fewer\s+than|less\s+than|over|"
    r"under|some)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three)|"
    r"half|(?:a|one|two)[\s-](?:third|quarter|fifth)s?(?=\s+of\b|$)|two-thirds|three-quarters|(?:a|the)\s+majority|"
    r"majorities|most(?!\s+[a-z]+ly\b)|a\s+plurality)\b"
    r"|(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:poll|polls|survey|surveys|questionnaire)\b",
    re.IGNORECASE,
)
"""A poll or its share opening a subject ("Six in 10 respondents", "47 percent of voters", "Most people who
…", "A survey by the library board"): no person or organisation, so no speaker in GGT's convention."""


_SHARE_WORDS = 8
"""At most this many words from a share to its subject's end ("Six in 10 Virginia Democratic primary voters")."""


def _poll(text: str, begin: int, source: tuple[int, int]) -> bool:
    """Whether the clause holding the subject ``source`` (of the sentence starting at ``begin``) opens with a
    poll or a poll's share (:data:`_SHARE`) at most :data:`_SHARE_WORDS` words before the subject's end: the
    clause starts after the last comma, semicolon or colon before the subject."""
    cut = max(
        text.rfind(",", begin, source[0]),
        text.rfind(";", begin, source[0]),
        text.rfind(":", begin, source[0]),
    )
    at = begin if cut < 0 else cut + 1
    while at < source[0] and text[at].isspace():
        at += 1
    share = _SHARE.match(text, at, source[1])
    return share is not None and len(text[share.end() : source[1]].split()) <= _SHARE_WORDS


def _cue_span(cue: re.Match[str]) -> tuple[int, int]:
    """The verb's span of a cue (a progressive's without its auxiliary)."""
    return cue.span("v" if cue.group("v") else "g" if cue.group("g") else "p")


_TOWN_COMMA = re.compile(
    r"\b(?:in|at|near|outside|from|of)\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){0,2}[A-ZÀ-ÖØ-Þ][\w'’.-]*,[ \xa0]+\Z"
)
"""A town after a preposition and a comma, right before a place's second half ("in Lunenburg, " of "in
Lunenburg, Nova Scotia,")."""
_OPENING_PERSON = re.compile(
    rf"(?:(?P<one>{_NOT_NAMES}[A-ZÀ-ÖØ-Þ][\w'’-]+),\s|(?:[\w'’-]+\s+){{0,3}}?"
    r"(?P<sp>[A-ZÀ-ÖØ-Þ][a-z'’]+(?:\s+[A-ZÀ-ÖØ-Þ]\.)?(?:\s+[A-ZÀ-ÖØ-Þ][a-z'’-]+){1,2})\b)"
)
"""The person a sentence opens with: one capitalised word before a comma ("Fairweather, standing …"), or the
first run of two or three capitalised words within its first four words ("Fisheries officer Lionel Abernathy")."""


def _region_of_place(body: str, source: tuple[int, int]) -> bool:
    """Whether the source found is the second half of a place after its town, set off by commas as in
    running text ("in Petit-Rocher, New Brunswick, on Thursday"): a country, state or province (pycountry's
    names) after a preposition, a town and a comma, a comma after it."""
    start, end = source
    return (
        body[end : end + 1] == ","
        and body[start:end].rstrip(".").lower() in place_names()
        and _TOWN_COMMA.search(body, max(0, start - 60), start) is not None
    )


def _name_before_place(body: str, begin: int, place: int) -> tuple[int, int] | None:
    """The person the sentence (from ``begin``) opens with, ending before the place at ``place``."""
    found = _OPENING_PERSON.match(body, begin, place)
    if found is None:
        return None
    return found.span("one") if found.group("one") else found.span("sp")


_QUOTATION_ATTRIBUTION = re.compile(
    rf"[,.!?](?:[\x22”]|'')\s+(?:(?P<sp>{_SOURCE}){_GAP}(?:{_trie(_SAY)})|(?:said|says|told|added|wrote)\s+"
    rf"(?P<sp2>{_SOURCE}))\b[^\x22“”]*$"
)
"""A quotation's attribution after its closing mark ('…," Mr. Ackman said at the time', '…," said Jo Lind'),
nothing quoted after it to the participle."""


def _quotation_speaker(body: str, begin: int, participle: int) -> tuple[int, int] | None:
    """The speaker of the quotation a sentence opens with when a participle follows its attribution
    ('"…," the candidate told CBS on Sunday, saying that …')."""
    if body[begin : begin + 2] not in _QUOTE_OPENERS and body[begin : begin + 1] not in _QUOTE_OPENERS:
        return None
    close = max(body.rfind("”", begin, participle), body.rfind('"', begin + 1, participle))
    close = max(close, body.rfind("''", begin + 2, participle))
    if close < 1:
        return None
    found = _QUOTATION_ATTRIBUTION.match(body, close - 1, participle)
    if found is None:
        return None
    return found.span("sp") if found.group("sp") else found.span("sp2")


_QUOTE_OPENERS = frozenset({'"', "“", "''"})


_ONE_OF_NAMED = re.compile(
    r"\s+of\s+(?:them|us|the\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}),\s+"
    r"(?P<n>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}),"
)
"""A name set after "One of them" or "One of the men" opening a sentence."""
_LEAD_NAME = re.compile(rf"(?:(?:{_NOT_ROLE}[a-z][\w-]*\s+){{0,3}}?){_NOT_NAMES}(?P<sp>{_NAME}),\s")
"""A name opening a sentence, a comma after it ("Reeve Cornelius Mbeki, speaking in Tweed, Ontario, said")."""
_MODIFIED_SUBJECT = re.compile(
    r"(?P<sp>(?:(?!(?:he|she|it|we|they|i|you)\b)[\w'’-]+\s+){0,3}?"
    + _NOT_HEAD
    + r"(?:"
    + _trie(_SPEAKING_NOUNS)
    + r"|(?!(?:went|want|meant|sent|spent|different|recent|current|confident|reminiscent|important|"
    r"significant|relevant|contrary|necessary|primary|ordinary|secondary|positive|negative|active)\b)"
    r"[a-z][\w-]*(?:man|woman|person|ist|ian|er|or|ee|ant|ent|ary|ive|men|women|people|ists|ians|ers|ors|ees|"
    r"ants|ents|aries|ives)))\s+"
    r"(?:who|whose|of|for|from|at|in|on|with|briefed|familiar|close|involved|I|I['’]ve|we|to)\s"
    r"[^,;:\x22“”—–()]{1,140}?\s+$"
)
"""A sentence's opening subject with a modifier after its head noun, run to the verb ("People briefed on the
situation say", "Organizers of the push to boycott X said", "The state officials whose laws … say"): the
description up to its head noun (a head written out or with a person's ending, not a verb or
adjective with one: "went", "want", "reminiscent"), at most three words after the sentence's start."""
_LEAD_ASIDES = re.compile(r",[^;:—–\x22“”]{1,200}?,\s+$")
"""What may follow an opening name up to its verb: asides ending with a comma ("Woodrow Benford, 58, who lives
outside Minneapolis, says"; "Jimmy Ghazal, 39, a Lebanese man visiting Nice with his family, told")."""


def _opening_subject(body: str, begin: int, verb: int) -> tuple[int, int] | None:
    """The subject of a verb at ``verb`` when no subject ends right before it: the sentence (from ``begin``)
    opens with a description whose modifier runs to the verb, or with a name followed by asides that end
    with a comma before the verb."""
    if verb - begin > 260:
        return None
    pre = body[begin:verb]
    modified = _MODIFIED_SUBJECT.fullmatch(pre[:1].lower() + pre[1:])  # "People …": the head noun's case
    if modified and pre[:1].isupper():
        return begin + modified.start("sp"), begin + modified.end("sp")
    lead = _LEAD_NAME.match(body, begin)
    if (
        lead is not None
        and lead.end() < verb
        and " " in lead.group("sp")
        and _LEAD_ASIDES.fullmatch(body, lead.end() - 2, verb)
        and not _ASIDE_BREAK.search(body, lead.end(), verb)
    ):
        return lead.span("sp")
    return None


_ASIDE_BREAK = re.compile(r"\s(?:and|but|or|while|whereas)\s|[;:—–\x22“”]")
"""What ends an aside: a clause joined on, a colon or dash, a quote mark."""
_THEN = re.compile(r",\s+(?:then|later|also)\s+")
"""A lone comma and an adverb between a subject and its verb: the subject is left out ("…, then said")."""
_MAIN_SUBJECT = re.compile(rf",\s+{_NOT_NAMES}(?P<sp>{_SOURCE})\s+(?=[a-z])")
"""The subject of the main clause after an opening "Having …" clause (", Mayor Leopold Haverkamp now …"): the
name pattern takes "Having" for the participle's subject."""


def _subject_before_aside(body: str, begin: int, source: tuple[int, int], gap: str) -> tuple[int, int]:
    """The sentence's opening name when the subject found before a verb lies in an aside after it: "Ingrid
    Solheim, whose farm outside Melfort, Saskatchewan, lost …, said" (a place or body of the aside was taken
    for the subject), or stands before a lone comma and an adverb ("Premier X opened the wing in Sault Ste.
    Marie, then told reporters": the subject left out). ``gap`` (what lies between the subject and the verb)
    opens with a comma."""
    if _THEN.fullmatch(gap):
        opening = _OPENING.match(body, begin)
        if opening and opening.end() <= source[0]:
            return opening.span("sp")
        return source
    if not gap.rstrip().endswith(","):
        return source
    lead = _LEAD_NAME.match(body, begin)
    if (
        lead is None
        or lead.end() > source[0]
        or " " not in lead.group("sp")
        or _ASIDE_BREAK.search(body, lead.end(), source[0])
    ):
        return source
    return lead.span("sp")


_ASKED_HEARER = re.compile(
    r"\s+(?:him|her|them|us|me|you|(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)(?=\s+(?:whether|if|why|how)\b)"
)
"""The hearer of a question ("asked council whether", "asked the minister why")."""


def _after_verb(body: str, at: int, verb: str) -> tuple[int, int, int, bool] | None:
    """What follows a verb of saying ending at ``at``: (the end of its hearer and adjuncts, the content's start
    and end, whether "that" leads the content); None for a verb taking a hearer without one ("told") or a
    question verb without a question or a request."""
    if verb in _OBJECT_VERBS:
        hearer = _HEARER.match(body, at)
        if hearer is None or _HEARER_GOES_ON.match(body, hearer.end()):
            # "told the crowd of about 150 people gathered in the chamber that …": the hearer runs to "that"
            hearer = (_LONG_HEARER if hearer else _HEARER_THAT).match(body, at) or hearer
        if hearer:
            at = hearer.end()
        elif verb != "warned":
            return None
    elif verb in _QUESTION and (asked := _ASKED_HEARER.match(body, at)):
        at = asked.end()  # "asked council whether …": the hearer before the question
    adjunct = _ADJUNCT.match(body, at)
    at = adjunct.end() if adjunct else at
    that = _THAT.match(body, at)
    start = that.end() if that else at
    if (
        verb in _QUESTION
        and not re.match(r"(?:whether|if|why|how|what|when|where|who)\b", body[start:])
        and not (verb in ("asked", "asks") and _REQUEST.match(body, start))
    ):
        return None
    return at, start, _trimmed_end(body, start, len(body)), bool(that and "that" in that.group(0))


def _content(content: str, verb: str, that: bool, as_lead: bool) -> bool:
    """Whether ``content`` is what the verb says: words enough, not a quotation, not a phrase ("said in a
    statement"), and a "that" clause after a verb that needs one (or a finite clause after one that also
    takes an object), unless the attribution leads the sentence ("As X noted, …")."""
    if (
        not _enough(content)
        or (content[:1] in "\"“'‘" and not that and not content[1:2].islower())
        or (
            not that
            and content.split(maxsplit=1)[0].lower() in _NO_CONTENT
            and not _ABOUT_COUNT.match(content)
        )
    ):
        return False
    if (
        not as_lead
        and verb in _NEEDS_SPEAKER
        and not that
        and not (verb in _RULED and _LONG_CLAUSE.match(content))
    ):
        return False
    return as_lead or verb not in _NEEDS_CLAUSE or that or bool(_FINITE.match(content))


_LONG_CLAUSE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+"
    r"(?:(?!(?:who|which|that|whom|whose|they|he|she|it|we)\s)[\w'’-]+\s+){0,11}?"
    r"(?:is|was|are|were|will|would|had|has|have|could|should|can|must)\s"
)
"""A clause with a noun-phrase subject and its auxiliary within twelve words, no punctuation ("the death of a
construction worker in June was an accident"; no relative or pronoun before the auxiliary): the content of a
speaker-only verb of saying without "that"."""
_RULED = frozenset({"ruled", "reported", "reports"})
"""The verbs of saying among :data:`_NEEDS_SPEAKER`: they may take :data:`_LONG_CLAUSE` without "that"."""

_ABOUT_COUNT = re.compile(
    r"(?:about|over|up\s+to)\s+(?:\d|(?:a\s+)?(?:dozen|half|third|quarter|hundred|thousand)\b|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
)
"""A content opening with a rough count ("said about 70 people came"): not the topic "said about …"."""


def _subject(pre: str) -> re.Match[str] | None:
    """``_SUBJECT.search(pre)``, started where :data:`_SUBJECT_SHAPE` first matches (the same match); None
    at once where :func:`_subjectless` shows no subject can end ``pre`` (a failed search tries every start)."""
    if _subjectless(pre):
        return None
    shape = _SUBJECT_SHAPE.search(pre)
    return _SUBJECT.search(pre, shape.start()) if shape else None


_NO_SUBJECT_END = frozenset(
    {"was", "were", "been", "be", "is", "are", "being", "can", "and", "to", "the", "a", "an", "but", "that"}
)
"""Words that end no :data:`_SUBJECT` match: none is a pronoun of :data:`_SOURCE`, a :data:`_PERSON_NOUN`
(lower case: no name's last word) or an adverb of :data:`_GAP` ("was" in "the man was charged")."""


def _subjectless(pre: str) -> bool:
    """True when :data:`_SUBJECT` cannot match ``pre``: the pattern ends with white space, and before it comes
    a source's last word, an adverb or an aside's closing mark. The last word here is one of
    :data:`_NO_SUBJECT_END`, not after "last"/"this" (the adverbs "last \\w+", "this \\w+"), in a ``pre``
    without "close to"/"familiar with" (a source ending in any word: "sources familiar with the matter")."""
    if not pre[-1:].isspace():
        return True
    words = pre.rsplit(None, 2)
    return (
        bool(words)
        and words[-1] in _NO_SUBJECT_END
        and (len(words) < 2 or words[-2].lower() not in ("last", "this"))
        and "close" not in pre
        and "familiar" not in pre
    )


def _skip_that(body: str, at: int) -> int:
    """Where a content starts after ``at``: past a comma or colon and a "that"."""
    that = _THAT.match(body, at)
    return that.end() if that else at


def _source_after(body: str, at: int) -> tuple[int, int] | None:
    """The source named after "according to" at ``at``: a speaker ("Chief Anya Brooks"), else the words up to
    the next comma or the sentence end ("a 2015 survey by the ministry")."""
    found = _INVERTED.match(body, at) or _PHRASE.match(body, at)
    return found.span("sp") if found else None


def _trimmed_source(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """A source without a sentence's full stop or a party tag ("Bob Goodlatte (R-Va.)")."""
    start, end = source
    if text[end - 1] == ")" and (tag := text.rfind(" (", start, end)) > start:
        end = tag
    if text[end - 1] == "." and not _INITIAL.search(text, start, end):
        end -= 1
    return start, end


def _trimmed_end(body: str, start: int, end: int) -> int:
    r"""``end`` moved back over closing punctuation and spaces (not before ``start``): where
    ``[\s.!?;:,]*$`` first matches in ``body[start:end]``, found by stripping from the right (``\s`` and
    ``str.isspace`` are the same characters) instead of a search that tries every position."""
    rest = body[start:end]
    while True:
        cut = rest.rstrip().rstrip(_END_MARKS)
        if len(cut) == len(rest):
            return start + len(rest)
        rest = cut


def _enough(content: str) -> bool:
    """Whether ``content`` holds :data:`_MIN_WORDS` words (split no further than that many)."""
    return len(content.split(None, _MIN_WORDS - 1)) >= _MIN_WORDS


def _is_subject(phrase: str, verb: str) -> bool:
    """False when the words before a verb form are no speaker: a noun the verb form ends ("her claims",
    "the two states"), a relative or a determiner alone."""
    words = phrase.split()
    first = words[0].lower()
    if len(words) == 1 and first in _NOT_SOURCES:
        return False
    if first in _CLAUSE_STARTS:
        return False
    last = words[-1]
    return not (verb.endswith("s") and (last.endswith(("'s", "’s")) or last.lower() in _NOT_SOURCES))


_NOT_SUBJECT_WORD = frozenset(
    {"prior", "absent", "amid", "unlike", "like", "along", "among", "upon", "within", "against", "following"}
    | {"ahead", "beyond", "under", "over", "inside", "outside", "toward", "towards", "across", "one", "per"}
)


def _plain_subject(phrase: str) -> bool:
    """Whether a phrase found by a looser subject search may be one: not a word that opens a sentence's
    adjunct ("Prior to …", "Absent Sanders, …", "Chastened by …, Trump"): a preposition, "One", a participle."""
    first = phrase.split(maxsplit=1)[0]
    low = first.lower()
    return low not in _NOT_SUBJECT_WORD and not (first[:1].isupper() and low.endswith(("ed", "ing")))


def _speaks(phrase: str) -> bool:
    """A person or an organisation: a name, a pronoun for people, or a description whose head noun is one
    of :data:`_PERSON_NOUN`'s (checked by the pattern) but not a document ("the report")."""
    last = phrase.split()[-1].lower()
    return last not in {"it", "report", "study", "data", "poll", "survey", "analysis", "research", "results"}


def _unbalanced(text: str) -> bool:
    """True when ``text`` holds an odd number of double quote marks (it starts or ends inside a quote)."""
    return (text.count('"') + text.count("“") + text.count("”") + text.count("''")) % 2 == 1


_OPEN_QUOTE = re.compile(r"(?:(?<=\s)|(?<=:))(?:\"|“|'')")
_BEFORE_QUOTE = re.compile(r"(?:[\s,:;—–-]|\b(?:saying|adding|noting|writing|and)\b)*$")


def _before_open_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A content that runs into a quotation it does not close ("… statements: "I have …", "…, saying, "They
    …") cut before the last opening quote mark, with the words that lead into it; None when what is left
    is too short or still unbalanced."""
    opening = [m.start() for m in _OPEN_QUOTE.finditer(text, start, end)]
    if not opening:
        return None
    lead = _BEFORE_QUOTE.search(text, start, opening[-1])
    cut = lead.start() if lead else opening[-1]
    piece = text[start:cut]
    return (start, cut) if _enough(piece) and not _unbalanced(piece) else None


def _to_quote_close(
    text: str, spans: list[tuple[int, int]], content: tuple[int, int]
) -> tuple[int, int] | None:
    """A content whose sentence ends inside a quotation that opens lower-case in it after its first words,
    run on to the quotation's closing mark ('He said Cruz “has courage … ideas. He’s not …”': the sentence
    split cut the quotation); None when no such quotation."""
    start, end = content
    i = bisect_right(spans, (end,)) - 1
    if i < 0:
        return None
    a, b = spans[i]
    opens = start + 1 < a or (a == start + 1 and _after_that(text, start))
    return (start, b + 1) if opens and a < end < b and text[a : a + 1].islower() else None


def _after_that(text: str, start: int) -> bool:
    """Whether the content starting at ``start`` follows "that " (a quotation opening it is reported speech's)."""
    return text[max(0, start - 5) : start] == "that "


def _direct_like(text: str, spans: list[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """The quotes of ``spans`` that may be direct quotes of their own: not one opening with a lower-case
    letter after the words a content starts with at ``start`` ('He said Cruz “has courage …”' is reported
    speech holding a quoted fragment, which :func:`newsfuse.compare.quotes.extract_quotes` leaves out)."""
    after_that = _after_that(text, start)
    return [(a, b) for a, b in spans if not text[a : a + 1].islower() or (a <= start + 1 and not after_that)]


def _quoted_share(spans: list[tuple[int, int]], content: tuple[int, int]) -> float:
    """The share of ``content``'s characters inside quote marks."""
    start, end = content
    inside = 0
    i = max(0, bisect_right(spans, (start,)) - 1)
    while i < len(spans) and spans[i][0] < end:
        inside += max(0, min(end, spans[i][1]) - max(start, spans[i][0]))
        i += 1
    return inside / max(1, end - start)
