"""The fast paths give the same answers as the plain definitions they replace (on the example corpus)."""

from __future__ import annotations

import re

from newsfuse.compare import compare_event, entities, quantities
from newsfuse.compare.dates import extract_dates
from newsfuse.compare.mentions import (
    Contexts,
    Mention,
    clause_bounds,
    clause_ends,
    lower_for_ascii_scan,
    lower_keeping_offsets,
)
from newsfuse.compare.quantities import extract_quantities
from newsfuse.compare.quantity_filter import fact_quantities
from newsfuse.compare.quotes import extract_quotes, normalize_quote
from newsfuse.compare.versions import group_versions, similarity
from newsfuse.model import Article, RunResult, Span
from newsfuse.text.words import content_words
from tests.helpers import article

_PLAIN_CLAUSE_END = re.compile(r"(?<![A-Z])(?<!\b[ap]\.m)[.!?;]\s|\n")
"""The sentence-end pattern written lookbehind first (slow to scan, same matches)."""


def context_of(text: str, start: int, end: int) -> frozenset[str]:
    """The plain definition of a mention's context: content-word stems of the sentence around it, without
    the mention's own words or numbers."""
    lo, hi = clause_bounds(text, start, end)
    words = content_words(text[lo:start] + " " + text[end:hi])
    return frozenset(w for w in words if not any(c.isdigit() for c in w))


def test_sentence_ends_and_contexts_match_the_plain_definitions(corpus_result: RunResult) -> None:
    extra = article(
        "x",
        "A 50-year-old man, aged 50, was hurt at 9 a.m. on U.S. Route 1. Damage: $2.4m; 30%-40% of the "
        "roof. Über 12 Straßen wurden gesperrt.\nThe 3,000-strong crowd left.",
    )
    checked = 0
    for art in [*corpus_result.articles, extra]:
        text = art.text
        assert clause_ends(text) == [m.end() for m in _PLAIN_CLAUSE_END.finditer(text)]
        contexts = Contexts(text)
        spans = [(m.span.start, m.span.end) for m in extract_quantities(art)]
        # also cuts inside words ("50-|year-old", "Stra|ßen"), where the two readings could part
        spans += [(m.start() + 1, m.end() - 1) for m in re.finditer(r"\w{3,}(?:-\w+)*", text)][:200]
        for start, end in spans:
            assert contexts(start, end) == context_of(text, start, end), text[start:end]
            checked += 1
    assert checked > 500


def _plain_groups(quotes: list[Mention], threshold: float) -> list[list[Mention]]:
    """group_versions' clustering with difflib on every pair."""
    clusters: list[list[Mention]] = []
    for quote in sorted(quotes, key=lambda m: (-len(m.slot), m.span.article_id, m.span.start)):
        home = next(
            (c for c in clusters if any(similarity(m.slot, quote.slot) >= threshold for m in c)), None
        )
        if home is None:
            clusters.append([quote])
        else:
            home.append(quote)
    return clusters


def _quote(aid: str, start: int, words: str) -> Mention:
    return Mention("quote", normalize_quote(words), words, words, Span(aid, start, start + len(words)))


def test_quote_versions_match_difflib_on_every_pair(corpus_result: RunResult) -> None:
    quotes = [q for a in corpus_result.articles for q in extract_quotes(a)]
    quotes += [
        _quote("r1", 0, "we will rebuild the bridge and we will rebuild it better than before"),
        _quote("r2", 0, "we will rebuild it better than before and we will rebuild the bridge"),
        _quote("r3", 0, "the bridge will be rebuilt better than it was before, we promise"),
        _quote("r4", 0, "rebuild rebuild rebuild rebuild"),
        _quote("r5", 0, "rebuild rebuild the the bridge"),
    ]
    for threshold in (0.3, 0.55, 0.8, 0.0, 1.0):
        grouped = [[m for v in g for m in v.mentions] for g in group_versions(quotes, threshold)]
        plain = _plain_groups(quotes, threshold)
        assert sorted(map(sorted_spans, grouped)) == sorted(map(sorted_spans, plain))


def sorted_spans(group: list[Mention]) -> list[tuple[str, int]]:
    return sorted((m.span.article_id, m.span.start) for m in group)


def test_a_single_article_event_has_facts_but_no_conflicts() -> None:
    text = (
        'Officials said 140 firefighters fought the blaze. Later 120 firefighters fought the blaze. "We lost '
        'the building," said Rosa Delgado. "We lost the building," said Tom Reyes.'
    )
    facts = compare_event([Article(id="a", path="a.txt", text=text)], {"a": "a"})
    assert {f.value for f in facts if f.slot == "firefighter"} == {"140", "120"}
    assert {f.speaker for f in facts if f.kind == "quote"} == {"Rosa Delgado", "Tom Reyes"}
    assert not any(f.conflicts for f in facts)


_TRICKY = (
    "About 12 people, some 3,000 fans, up to $5m, US$ 40, Rs. 90, USD 12, a dozen eggs, half a million, "
    "twenty-one guns, .5 inches, forty-two, ſome 7 boats, over\n9 cars, Ninety tons, at least  200g, "
    "in excess of 3 km and no more than ÉIGHT 8 ships; İstanbul had two million. 'Four were hurt,' he said."
)


def test_quantities_are_tried_at_every_place_a_quantity_can_start(corpus_result: RunResult) -> None:
    texts = [a.text for a in corpus_result.articles] + [_TRICKY, _TRICKY.lower(), _TRICKY.upper()]
    for text in texts:
        starts = set(quantities._starts(text, lower_keeping_offsets(text)))
        every = {p for p in range(len(text)) if quantities._QUANTITY.match(text, p)}
        assert every <= starts, sorted(every - starts)


def test_starts_read_in_the_lower_cased_text_are_the_case_folded_ones(corpus_result: RunResult) -> None:
    texts = [a.text for a in corpus_result.articles] + [_TRICKY, _TRICKY.upper()]
    texts += ["US$ 5 and ΟΔΟΣ 7, İ 3 — ı two ſix", "Two “quotes” and ΚΑΙ 9 SIX", "ﬆ ten ＴＷＯ Ⅸ 4 Kelvin"]
    for text in texts:
        folded = [m.start() for m in quantities._START_ANY_CASE.finditer(text)]
        assert quantities._starts(text, lower_keeping_offsets(text)) == folded
    for text in [*texts, "At 9 A.M., 10:30 PM and 7pm; 12 Am. 5 ΡΜ İ 8 a.m."]:
        low = lower_keeping_offsets(text)
        if lower_for_ascii_scan(low):
            clock = [
                (m.span(), m.group("h", "m"), m.group("ap").lower()) for m in quantities._CLOCK.finditer(text)
            ]
            lowered = [
                (m.span(), m.group("h", "m"), m.group("ap")) for m in quantities._CLOCK_IN_LOWER.finditer(low)
            ]
            assert lowered == clock


def test_unit_words_grouped_by_first_letter_match_the_flat_alternation(corpus_result: RunResult) -> None:
    flat = re.compile(rf"[\s-]+({'|'.join(quantities._UNIT_WORDS)})\b", re.IGNORECASE)
    phrases = [
        f"{sep}{unit}{end}" for unit in quantities._UNITS for sep in (" ", "-") for end in ("", "s x", ".")
    ]
    phrases += [p.upper() for p in phrases] + [" square metre", " per centre", " kmh", " yen-denominated"]
    for text in [a.text for a in corpus_result.articles]:
        phrases += [text[k : k + 30] for k in range(0, len(text), 7)]
    for phrase in phrases:
        ours, plain = quantities._UNIT_RE.match(phrase), flat.match(phrase)
        assert (ours and ours.span(1)) == (plain and plain.span(1)), phrase


def test_names_typed_as_the_plain_definition_types_them(corpus_result: RunResult) -> None:
    """Every name typed from its context, then a lone surname of a person named in full made PER: what
    ``_named`` gives without typing those surnames."""
    texts = [a.text for a in corpus_result.articles] + [_TRICKY]
    texts.append("Mayor Jane Doe met Doe's rival, Dr. Ann Lee, in Lee County. Lee said Doe and IBM agreed.")
    for text in texts:
        typed = []
        for match in entities._RUN.finditer(text):
            name = entities._name_of(match.group(0))
            start = -1 if name is None else text.find(name, match.start())
            if name is not None and start >= 0:
                typed.append((name, entities._type_of(name, text, start, start + len(name)), start))
        people = {name.rsplit(None, 1)[-1] for name, kind, _ in typed if kind == entities.PER and " " in name}
        plain = [(n, entities.PER if n in people else k, s) for n, k, s in typed]
        assert list(entities._named(text)) == [(n, k, s) for n, k, s in plain if k]


def test_quantities_read_in_the_lower_cased_text_are_the_case_folded_ones(corpus_result: RunResult) -> None:
    texts = [a.text for a in corpus_result.articles] + [_TRICKY, _TRICKY.upper()]
    texts += [
        "US$ 5M and HK$ 2BN, Rs. 40 LAKH; TWENTY-ONE PER CENT, 5 Kelvin, 3 KM/H",
        "USD 7 ÉMILE 4 Mph",
        "5 \u212am road, 3 \u212aM, 4 mi\u212aes",
    ]
    checked = 0
    for text in texts:
        low = lower_keeping_offsets(text)
        if not lower_for_ascii_scan(low):
            continue
        for folded, lowered in (
            (quantities._QUANTITY, quantities._QUANTITY_IN_LOWER),
            (quantities._SINGLE, quantities._SINGLE_IN_LOWER),
        ):
            for pos in range(len(text)):
                a, b = folded.match(text, pos), lowered.match(low, pos)
                assert (a is None) == (b is None), (text[pos : pos + 30], a, b)
                if a and b:
                    names = list(folded.groupindex)
                    assert [a.span(n) for n in names] == [b.span(n) for n in names]
                    assert [(g or "").lower() for g in a.groups()] == [g or "" for g in b.groups()]
                    checked += 1
    assert checked > 100


def test_the_qualifier_prefilter_matches_the_bound_pattern(corpus_result: RunResult) -> None:
    texts = [a.text for a in corpus_result.articles] + [_TRICKY, _TRICKY.upper()]
    for text in texts:
        for start in range(len(text)):
            bound = quantities._BOUND.search(text[max(0, start - 24) : start])
            assert quantities._qualifier(text, start) == ((bound.lastgroup or "") if bound else "")


def test_the_word_before_a_name_matches_the_tokenised_window(corpus_result: RunResult) -> None:
    texts = [a.text for a in corpus_result.articles] + [_TRICKY, "  the\tİstanbul (Reuters)  Mr.  X", ""]
    for text in texts:
        for start in range(len(text) + 1):
            words = entities._WORD.findall(text[max(0, start - 40) : start].lower())
            assert entities._previous_word(text, start) == (words[-1] if words else "")


def test_contexts_read_when_needed_are_those_extraction_gives(corpus_result: RunResult) -> None:
    from newsfuse.compare.article import article_contexts, article_mentions

    checked = 0
    for art in corpus_result.articles:
        cached = article_mentions(art).quantities
        full = list(fact_quantities(extract_quantities(art, list(extract_dates(art))), art.text))
        assert [m.span for m in cached] == [m.span for m in full]
        for lazy, eager in zip(cached, full, strict=True):
            assert not lazy.context
            assert article_contexts(art)(lazy.span.start, lazy.span.end) == eager.context
            checked += 1
    assert checked > 20


def test_place_list_cues_read_in_the_lower_cased_text_are_the_case_folded_ones(
    corpus_result: RunResult,
) -> None:
    texts = [a.text for a in corpus_result.articles]
    texts += [
        "CITIES INCLUDING Lyon, Nice and Metz. Towns, like Ely and Wells; STATES such as Ohio and Utah.",
        "İn cities including Ankara and İzmir — ſtates like Ohio and Iowa, cıties of Rize and Ordu.",
        "ΟΔΟΣ: Countries: Chad, Mali and Niger; the regions of Tigray and Afar.",
    ]
    for text in texts:
        low = lower_keeping_offsets(text)
        if not lower_for_ascii_scan(low):
            continue
        folded = [m.span() for m in entities._LIST_CUE.finditer(text)]
        assert [m.span() for m in entities._LIST_CUE_IN_LOWER.finditer(low)] == folded
    assert not lower_for_ascii_scan(lower_keeping_offsets(texts[-2]))


def test_the_timeline_and_compare_share_one_date_scan_per_text() -> None:
    from newsfuse.compare.dates import _matches, clear_caches, date_mentions, extract_dates
    from newsfuse.model import Article

    text = "The dock reopened on Monday. Talks resume in March 2021, and a vote is planned for next week."
    article = Article(id="a", path="a.txt", text=text)
    clear_caches()
    timeline = list(extract_dates(article))
    mentions = date_mentions(article)
    info = _matches.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # the second reader takes the first's scan
    assert [(d.text, d.span, d.form) for d in timeline] == [(m.text, m.span, m.slot) for m in mentions]
    assert [d.text for d in timeline] == ["on Monday", "in March 2021", "next week"]


def test_name_runs_opening_on_a_capital_match_the_lookahead_pattern(corpus_result: RunResult) -> None:
    plain = re.compile(
        rf"(?=[A-Z]){entities._TOK}(?:\s+(?:(?:&|of|de|del|la|van|von|der|da|du|le)\s+)?{entities._TOK})*"
    )
    texts = [a.text for a in corpus_result.articles] + [
        "Mr. Smith and Mrs. Jones met Dr. Who, Gen. Lee and Capt.Hook at St. Paul's; Mrx. Ms.Z A. B. C.D.",
        "O'Neil-Smith’s Mr  Bank of England & Co Prof. Sen.Rep. İstanbul Ünal",
    ]
    for text in texts:
        assert [(m.span(), m.group()) for m in entities._RUN.finditer(text)] == [
            (m.span(), m.group()) for m in plain.finditer(text)
        ]


def test_cues_tried_at_cue_words_are_the_scan_of_every_position(corpus_result: RunResult) -> None:
    from newsfuse.compare import reported

    made_up = [
        "He has said it, and they have   said so, she had told him, saying no.",
        "Mr. X has  said that; hassaid has said; x_said said; 3said, saying; by saying; a statement saying",
        "It Says so, SAID he, according to sources; the board had\ntold them. K\u212asaid said",
        "havesaid have said had told, had said",
    ]
    texts = made_up + [a.text for a in corpus_result.articles]
    bodies = [s.text for text in texts for s in reported.split_sentences(text)] + made_up
    for body in bodies:
        low = body.lower()
        if len(low) != len(body):
            continue
        plain = [(m.span(), m.groupdict()) for m in reported._CUE.finditer(body)]
        assert [(m.span(), m.groupdict()) for m in reported._cues(body, low)] == plain, body


def test_content_ends_trimmed_by_stripping_are_the_pattern_search() -> None:
    import random

    from newsfuse.compare import reported

    plain = re.compile(r"[\s.!?;:,]*$")
    pieces = ["a", "b.", " ", ".", ",", "!", "?", ";", ":", "\n", "\t", "\u00a0", "\u2003", "\x1c", "x y"]
    rng = random.Random(9)
    for _ in range(20_000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        start, end = rng.randint(0, len(body) + 1), rng.randint(0, len(body) + 1)
        found = plain.search(body, start, end)
        expected = max(start, found.start() if found else end)
        assert reported._trimmed_end(body, start, end) == expected, (body, start, end)


def test_facts_are_made_with_the_model_fields_in_order() -> None:
    from dataclasses import fields

    from newsfuse.compare.align import FACT_FIELDS
    from newsfuse.model import Fact

    assert tuple(f.name for f in fields(Fact)) == FACT_FIELDS


def test_claim_keys_and_negation_match_the_per_token_definitions() -> None:
    """A claim's words and polarity as :func:`statements._text_keys` reads them (a dict of keys, negations
    counted by set membership and "n't" only where an apostrophe is) are those of the per-token definitions,
    across the clearing of the kept keys; the joined tokens kept with them (a statement's fact key) are
    ``quotes.normalize_quote``'s."""
    import random

    from newsfuse.compare import statements
    from newsfuse.compare.quotes import normalize_quote
    from newsfuse.text.words import word_tokens

    pieces = ["not", "no", "never", "don't", "can’t", "won't", "DIDN'T", "nothing", "Nor", "without", "n't"]
    pieces += ["company's", "charged", "charging", "the", "a", "12", "x", "it's", "o'clock", "nobody’s", "'"]
    rng = random.Random(11)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    texts += ["İstanbul’s DON’T", "ΟΔΟΣ’Β ΑΣ", "We will not\u00a0back down,” she said.", "", "  \t"]
    statements.clear_caches()
    kept = statements._KEPT_KEYS
    statements._KEPT_KEYS = 20  # the kept keys cleared again and again
    try:
        for text in texts:
            tokens = word_tokens(text)
            plain = frozenset(map(statements._word_key, tokens)) - {""}
            negated = sum(map(statements._negation, tokens)) % 2 == 1
            joined = normalize_quote(text)
            assert statements._text_keys.__wrapped__(text) == (plain, negated, joined), text
            assert statements.claim_words(text) == joined
            assert statements.words(tokens) == plain
    finally:
        statements._KEPT_KEYS = kept
        statements.clear_caches()
