"""An event's brief: select, order and attribute sentences (generic, query-focused or update mode)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import repeat
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_array, vstack

from newsfuse.config import SummarizeConfig
from newsfuse.model import Article, BriefSentence, Span
from newsfuse.summarize import semantic
from newsfuse.summarize.attribute import (
    agree,
    by_span,
    cleanest,
    count_sources,
    evidence_for,
    numbers,
    stance,
)
from newsfuse.summarize.compress import aligned, kept_spans, rule_names, shorten, without_head
from newsfuse.summarize.concept_model import CONCEPT_MODEL
from newsfuse.summarize.concepts import (
    ConceptMatrix,
    ConceptModel,
    ConceptPrior,
    concept_features,
    concept_matrix,
    prior_features,
    query_terms,
    sentence_terms,
    source_counts,
    weight_vector,
)
from newsfuse.summarize.pool import Candidate, candidates
from newsfuse.summarize.select import MAX_BITS, Coverage, _Bits, select_rows
from newsfuse.summarize.sentence_model import SentenceModel, prior, reweight, sentence_features
from newsfuse.summarize.standalone import MAX_WORDS, continues_quotation, says_nothing
from newsfuse.text.words import STOP_WORDS

_OPEN_QUOTES = "\"'`“‘"
_PRONOUNS = frozenset({"he", "she", "they"})
_SPEECH = frozenset({"said", "says", "added", "conceded", "argued", "noted", "explained"})
_TAIL = " \t\n\"'`”’“‘.,;:!?)]…"
_EDGE = _TAIL + "(["


def _dangles(cand: Candidate) -> bool:
    """Whether a sentence leans on one the brief may not hold (reader audit F-1): the pool's opener
    (``Candidate.dangling``), a "Which …" opening, or a speaker who is only a pronoun ("``…,'' he added.")."""
    if cand.dangling:
        return True
    text = cand.text
    head = text[:12].lstrip(_OPEN_QUOTES)[:6].lower()
    if head.startswith("which") and not head[5:6].isalnum():
        return True
    last = text.rstrip(_TAIL).rsplit(None, 2)
    return len(last) > 1 and last[-1].lower() in _SPEECH and last[-2].lower() in _PRONOUNS


def _lacks(cand: Candidate, texts: Mapping[str, str]) -> bool:
    """Whether a sentence pays ``summarize.dangling_penalty``: it dangles (``_dangles``), stands inside a
    quotation with no mark of its own (``standalone.continues_quotation``) or says nothing on its own
    (``standalone.says_nothing``), both read against its article's text in ``texts``."""
    if _dangles(cand):
        return True
    article = texts.get(cand.article_id, "")
    if continues_quotation(cand.text, article, cand.start):
        return True
    return cand.length <= MAX_WORDS and says_nothing(cand.text, article, cand.start)


_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


_SPEAKING = _SPEECH | {"told", "testified", "wrote", "estimated", "insisted", "announced", "asked"}


def _speaks(raw: Sequence[str], n: int) -> bool:
    """Whether the word ``raw[n]`` names a speaker: a speech verb next to it ("Achebe said", "said Brisk")."""
    after = raw[n + 1].strip(_EDGE).lower() if n + 1 < len(raw) and raw[n][-1:].isalnum() else ""
    before = raw[n - 1].strip(_EDGE).lower() if n > 0 and raw[n - 1][-1:].isalnum() else ""
    return after in _SPEAKING or before in _SPEAKING


def _runs_on(word: str) -> bool:
    """Whether a capitalised word runs on into the next (no punctuation after it but an abbreviation's dot)."""
    return word[-1:].isalnum() or word.endswith(".")


def _names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A sentence's surnames given in full (the last of two or more capitalised words, none a stop word:
    "Rosalind Achebe", "Gen. Augusto Pinochet") and the capitalised words it gives alone as a speaker, past
    its first word ("…,'' Achebe said"; not "Indian youth", "the FBI", "Police said")."""
    full, alone = set(), set()
    raw = text.split()
    # position -> word of the capitalised words (stripping the edges keeps a word's first letter)
    capital: dict[int, str] = {}
    for n, w in enumerate(raw):
        if w.lstrip(_EDGE)[:1].isupper():
            word = w.strip(_EDGE).removesuffix("'s").removesuffix("’s")
            if _NAME_WORD.fullmatch(word) and word.lower() not in STOP_WORDS:
                capital[n] = word
    for n, word in capital.items():
        # a run of capitalised words is broken by punctuation between them ('Monday," Achebe said')
        before = n - 1 in capital and _runs_on(raw[n - 1])
        after = n + 1 in capital and _runs_on(raw[n])
        if before and not after:
            full.add(word)
        elif n > 0 and not before and not after and _speaks(raw, n):  # a first word is capitalised anyway
            alone.add(word)
    return frozenset(full), frozenset(alone)


def _order(
    chosen: Sequence[Candidate], evidence: Sequence[Sequence[Span]] = (), pool: Sequence[Candidate] = ()
) -> list[int]:
    """The reading order of ``chosen`` (indices): chronology of the sources, then position in the source,
    repaired so that a sentence leaning on what precedes it in its source comes right after the sentence of
    another article that says that (its ``evidence`` holds it, of ``pool``: "Further tests showed they were
    deeper" after "The cracks were found"), a speaker named by surname alone comes after a sentence naming
    them in full, and a dangling opener never leads (reader audit r22)."""
    chrono = sorted(
        range(len(chosen)), key=lambda i: (chosen[i].published, chosen[i].article_id, chosen[i].position)
    )
    follows = _antecedents(chosen, evidence, pool)
    names = [_names(c.text) for c in chosen]
    every_full = frozenset().union(*(full for full, _ in names))
    # a word the sources also write in lower case is no surname ("Police said", "Miami-Dade Police")
    asked = {w for _, alone in names for w in alone if w in every_full}
    text = "\n".join(c.text for c in pool) if asked else ""
    common = {w for w in asked if w.lower() in text and _written_lower(w, text)}
    needs = [
        frozenset(j for j, (full, _) in enumerate(names) if j != i and (alone - own - common) & full)
        for i, (own, alone) in enumerate(names)
    ]
    placed: list[int] = []
    done: set[int] = set()
    while len(placed) < len(chosen):
        ready = [
            i
            for i in chrono
            if i not in done
            and (follows[i] is None or follows[i] in done)
            and (not needs[i] or needs[i] & done)
        ]
        pick = next((i for i in ready if placed and follows[i] == placed[-1]), None)
        if pick is None and not placed:  # the lead: self-contained, whatever else it would wait for
            lead = [i for i in ready if not _dangles(chosen[i])]
            pick = next(iter(lead or [i for i in chrono if not _dangles(chosen[i])]), None)
        if pick is None:
            pick = ready[0] if ready else next(i for i in chrono if i not in done)
        placed.append(pick)
        done.add(pick)
    return placed


def _written_lower(word: str, text: str) -> bool:
    """Whether ``text`` has ``word`` in lower case as a word of its own (not inside a longer one)."""
    return re.search(rf"(?<![\w'’.-]){re.escape(word.lower())}(?![\w'’-])", text) is not None


_LEANING = frozenset(
    {"he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "this", "these"}
)


def _leans(cand: Candidate) -> bool:
    """Whether a sentence leans on what came before it: a dangling opener (``_dangles``) or a pronoun among
    its first eight words ("Further tests on Thursday showed they were deeper")."""
    return _dangles(cand) or any(w.strip(_EDGE).lower() in _LEANING for w in cand.text.split()[:8])


def _antecedents(
    chosen: Sequence[Candidate], evidence: Sequence[Sequence[Span]], pool: Sequence[Candidate]
) -> list[int | None]:
    """Per chosen sentence that leans on what came before it (``_leans``), the chosen sentence of another
    article that holds as evidence the sentence before it in its source, or None."""
    if len({c.article_id for c in chosen}) < 2:  # within one article chronology keeps the source's order
        return [None] * len(chosen)
    leaning = [bool(evidence) and _leans(c) for c in chosen]
    if not any(leaning):
        return [None] * len(chosen)
    wanted = {(c.article_id, c.position - 1) for c, lean in zip(chosen, leaning, strict=True) if lean}
    ids = {article for article, _ in wanted}
    before = {
        (c.article_id, c.position): Span(c.article_id, c.start, c.end)
        for c in pool
        if c.article_id in ids and (c.article_id, c.position) in wanted
    }
    said: dict[Span, int] = {}
    for j, spans in enumerate(evidence):
        for span in spans:
            said.setdefault(span, j)
    follows: list[int | None] = []
    for cand, lean in zip(chosen, leaning, strict=True):
        if not lean:
            follows.append(None)
            continue
        prev = before.get((cand.article_id, cand.position - 1))
        by = None if prev is None else said.get(prev)
        # within one article chronology already keeps the source's order (and a dangling lead may move)
        follows.append(None if by is None or chosen[by].article_id == cand.article_id else by)
    return follows


def _weights(
    matrix: ConceptMatrix,
    pool: Sequence[Candidate],
    source_of: Mapping[str, str],
    config: SummarizeConfig,
    seen: set[str],
    model: ConceptModel | ConceptPrior | None,
) -> NDArray[np.float64]:
    """Each concept's worth: the learned model's probability, or the source-count rule (rescaled by the
    concept prior when ``config.concept_prior`` > 0, there is no query and the event has two sources or
    more)."""
    query = query_terms(config.query) if config.query else frozenset()
    if config.weighting == "learned":
        features = concept_features(
            matrix, pool, source_of, lead_sentences=config.lead_sentences, query=query, seen=seen
        )
        return (model if isinstance(model, ConceptModel) else CONCEPT_MODEL).weights(matrix, features)
    counts = source_counts(matrix, pool, source_of, config.lead_sentences)
    worth = weight_vector(
        matrix,
        pool,
        source_of,
        lead_sentences=config.lead_sentences,
        lead_bonus=config.lead_bonus,
        query=query,
        query_boost=config.query_boost,
        seen=seen,
        seen_discount=config.update_discount,
        unigram_weight=config.unigram_weight,
        min_sources=config.min_sources,
        counts=counts,
    )
    if config.concept_prior <= 0 or query or counts[2] < 2:
        # a query's focus is its own weighting (query_boost; the prior lost on both query-focused dev
        # sets), and the prior was trained on multi-source clusters: one source keeps its counts
        return worth
    if isinstance(model, ConceptPrior):
        prior_model = model
    else:  # the shipped weights are read only when the prior is used
        from newsfuse.summarize.concept_prior import CONCEPT_PRIOR

        prior_model = CONCEPT_PRIOR
    valued = np.flatnonzero(worth > 0)
    if len(valued) == len(worth):
        features = prior_features(
            matrix,
            pool,
            source_of,
            lead_sentences=config.lead_sentences,
            query=query,
            seen=seen,
            counts=counts,
        )
        return prior_model.rescaled(worth, features, config.concept_prior)
    # every feature is a column's own, and a worthless concept stays worthless: the valued columns only
    columns = ConceptMatrix(
        tuple(matrix.vocab[i] for i in valued.tolist()), matrix.rows[:, valued], matrix.unigram[valued]
    )
    features = prior_features(
        columns,
        pool,
        source_of,
        lead_sentences=config.lead_sentences,
        query=query,
        seen=seen,
        counts=(counts[0][valued], counts[1][valued], counts[2]),
    )
    rescaled = np.zeros(len(worth))
    rescaled[valued] = prior_model.rescaled(worth[valued], features, config.concept_prior)
    return rescaled


def _filler(
    problem: Coverage,
    picked: Sequence[int],
    sentences: Sequence[Candidate],
    vocab: Sequence[str],
    useful: NDArray[np.int64],
    budget: int,
) -> int | None:
    """The sentence to add after the budget when the evaluation cuts at it (``SummarizeConfig.fill``).

    Of each unchosen sentence (row of ``problem``) only the words the cut keeps count: the one whose kept
    words carry the most new concept worth (less its penalty) is added, or none if none adds any. Chosen
    on the five dev sets (R-1/R-2 recall, mean): kept words 42.92/12.85; whole sentence per word
    42.86/12.78, per length**0.5 42.77/12.76, whole worth 42.76/12.76; no fill 42.52/12.71.
    """
    room = budget - int(problem.length[list(picked)].sum())
    if room <= 0:
        return None
    column = {vocab[j]: n for n, j in enumerate(useful.tolist())}
    covered = set()
    for row in picked:
        covered.update(problem.carried(row).tolist())
    chosen, best, value = set(picked), None, 0.0
    if problem.group is not None:
        held = set(problem.group[list(picked)].tolist())
        chosen.update(row for row, group in enumerate(problem.group.tolist()) if group in held)
    clash: NDArray[np.bool_] | None = None
    if problem.conflict is not None:
        clash = np.asarray(problem.conflict[list(picked)].any(axis=0), dtype=bool)
    for row, sentence in enumerate(sentences):
        if row in chosen or (clash is not None and clash[row]):
            continue
        _, bigrams, unigrams = sentence_terms(" ".join(sentence.text.split()[:room]))
        new = sorted({column[c] for c in bigrams | unigrams if c in column} - covered)
        gain = float(problem.worth[new].sum()) - float(problem.penalty[row])
        if gain > value + 1e-9:
            best, value = row, gain
    return best


class Event(NamedTuple):
    """What selection works on: the candidate pool, the selectable rows, concepts and their worth."""

    pool: list[Candidate]
    rows: list[int]
    """Indices into ``pool`` of the sentences that may be chosen."""
    matrix: ConceptMatrix
    worth: NDArray[np.float64]
    """Worth of every column of ``matrix``."""
    query: frozenset[str]
    seen: set[str]
    whole: list[Candidate] | None = None
    """With ``summarize.compress``, the uncompressed sentences (same order as ``pool``, which then holds
    the compressed ones); None when compression is off."""
    origin: list[int] | None = None
    """With ``summarize.compress_joint``, per ``pool`` row the index in ``whole`` of its source sentence:
    ``pool`` is then ``whole`` followed by the compressed versions, and selection takes at most one
    version of a sentence."""


def min_words(articles: Sequence[Article], source_of: Mapping[str, str], config: SummarizeConfig) -> int:
    """The shortest selectable sentence of an event: ``summarize.many_sources_min_words`` when it is set and
    the articles come from at least ``summarize.many_sources`` independent sources, else
    ``summarize.min_sentence_words``."""
    if config.many_sources_min_words <= 0:
        return config.min_sentence_words
    sources = {source_of.get(a.id, a.id) for a in articles}
    return config.many_sources_min_words if len(sources) >= config.many_sources else config.min_sentence_words


def prepare_event(
    articles: Sequence[Article],
    source_of: Mapping[str, str],
    config: SummarizeConfig,
    selectable: frozenset[str] | None = None,
    previous: Sequence[Article] = (),
    model: ConceptModel | ConceptPrior | None = None,
) -> Event | None:
    """The pool, concept matrix and concept worth of an event (None when no sentence is selectable)."""
    floor = min_words(articles, source_of, config)
    pool = candidates(articles, floor)
    if not pool:
        return None
    return _prepared(pool, floor, source_of, config, selectable, previous, model)


def _prepared(
    pool: list[Candidate],
    floor: int,
    source_of: Mapping[str, str],
    config: SummarizeConfig,
    selectable: frozenset[str] | None,
    previous: Sequence[Article],
    model: ConceptModel | ConceptPrior | None,
) -> Event:
    """``prepare_event`` from the event's (non-empty) candidate pool and shortest selectable sentence."""
    seen = {c for cand in candidates(previous) for c in cand.concepts} if previous else set()
    unigrams = config.weighting == "learned" or config.unigram_weight > 0
    matrix = concept_matrix(pool, unigrams=unigrams)
    whole, origin = None, None
    short = shorten(pool, rule_names(config.compress), floor) if config.compress else pool
    changed = (
        [i for i, (a, b) in enumerate(zip(short, pool, strict=True)) if a is not b] if config.compress else []
    )
    if changed and config.compress_joint:  # both versions selectable, worth from the whole sentences
        weights = _weights(matrix, pool, source_of, config, seen, model)
        matrix = _joined(matrix, aligned(short, matrix, changed), changed)
        whole, pool = pool, [*pool, *(short[i] for i in changed)]
        origin = [*range(len(whole)), *changed]
    elif changed:  # some sentence is shorter
        whole, pool = pool, short
        if config.compress_worth == "kept":
            matrix = concept_matrix(pool, unigrams=unigrams)
        weights = _weights(
            matrix, whole if config.compress_worth == "whole" else pool, source_of, config, seen, model
        )
        if config.compress_worth == "whole":  # worth from what the sources say, cover from what is kept
            matrix = aligned(pool, matrix, changed)
    else:
        weights = _weights(matrix, pool, source_of, config, seen, model)
    rows = [i for i, c in enumerate(pool) if selectable is None or c.article_id in selectable]
    query = query_terms(config.query) if config.query else frozenset()
    return Event(pool, rows, matrix, weights, query, seen, whole, origin if whole is not None else None)


def _joined(whole: ConceptMatrix, short: ConceptMatrix, changed: Sequence[int]) -> ConceptMatrix:
    """``whole``'s rows followed by ``short``'s ``changed`` rows (same columns)."""
    if isinstance(whole.rows, np.ndarray) and isinstance(short.rows, np.ndarray):
        return ConceptMatrix(whole.vocab, np.vstack([whole.rows, short.rows[list(changed)]]), whole.unigram)
    extra = csr_array(short.rows)[list(changed)]
    return ConceptMatrix(whole.vocab, csr_array(vstack([csr_array(whole.rows), extra])), whole.unigram)


def summarize_event(
    articles: Sequence[Article],
    source_of: Mapping[str, str],
    config: SummarizeConfig | None = None,
    selectable: frozenset[str] | None = None,
    previous: Sequence[Article] = (),
    model: ConceptModel | ConceptPrior | None = None,
    sentence_model: SentenceModel | None = None,
) -> list[BriefSentence]:
    """A brief of at most ``config.words`` words for one event.

    ``source_of`` maps each article to its group of independent reporting; ``selectable`` limits
    which articles sentences may be taken from (e.g. canonical copies), while every article's
    sentences still count as evidence. ``config.query`` focuses the brief on a question. ``previous``
    (update mode) are articles already briefed: what they said is worth less, so the brief tells
    what is new. ``model`` replaces the shipped learned concept model and ``sentence_model`` the shipped
    sentence scorer (used when ``config.sentence_prior`` > 0), for training and tests.
    """
    config = config or SummarizeConfig()
    floor = min_words(articles, source_of, config)
    pool = candidates(articles, floor)
    if not pool:
        return []
    texts = {a.id: a.text for a in articles}
    quick = (
        _one_source(pool, floor, source_of, config, selectable, texts)
        if not previous and _plain(config)
        else None
    )
    if (
        quick is not None
        and _repeat(quick[3], [quick[0][i] for i in quick[1]], least=ONE_SOURCE_WORDS) is None
    ):
        pool, rows, whole, picked = quick
        return _attributed(pool, rows, whole, None, picked, None, source_of, config, floor)
    event = _prepared(pool, floor, source_of, config, selectable, previous, model)
    pool, rows, matrix, weights = event.pool, event.rows, event.matrix, event.worth
    scores = None
    if (config.sentence_prior > 0 or config.sentence_reweight > 0) and rows:
        if sentence_model is None:  # the shipped weights are read only when the scorer is used
            from newsfuse.summarize.sentence_weights import SENTENCE_MODEL

            sentence_model = SENTENCE_MODEL
        everyone = range(len(pool))
        features = sentence_features(
            pool, everyone, matrix, weights, source_of, articles, event.query, event.seen
        )
        scores = sentence_model.scores(features)
        if config.sentence_reweight > 0:
            weights = reweight(matrix.rows, weights, scores, config.sentence_reweight)
    useful = np.flatnonzero(weights > 0)
    cover = matrix.rows if len(rows) == len(pool) else matrix.rows[rows]
    # in update mode an article's opening mostly restates what was briefed: no position prior there
    bonus = 0.0 if previous else config.position_bonus
    penalty = np.fromiter(
        (config.dangling_penalty * _lacks(pool[i], texts) - bonus / (1 + pool[i].position) for i in rows),
        dtype=np.float64,
        count=len(rows),
    )
    if scores is not None and config.sentence_prior > 0:
        row_worth = np.asarray(cover @ weights, dtype=np.float64).ravel()
        penalty -= prior(scores[rows], row_worth, config.sentence_prior)
    problem = Coverage(
        cover if len(useful) == len(weights) else cover[:, useful],
        weights[useful],
        np.fromiter((pool[i].length for i in rows), dtype=np.int64, count=len(rows)),
        penalty,
        None if event.origin is None else np.asarray([event.origin[i] for i in rows], dtype=np.int64),
        config.novelty,
    )
    if (config.embed_centroid > 0 or config.embed_lead > 0 or config.embed_redundancy > 0) and len(rows) > 1:
        mean_worth = float(np.asarray(cover @ weights, dtype=np.float64).mean())
        if not _settled(problem, config, mean_worth):
            penalty, conflict = _semantic(event.pool, event.rows, event.whole, mean_worth, penalty, config)
            problem = replace(problem, penalty=penalty, conflict=conflict)
    picked = select_rows(problem, config.words, length_scale=config.length_scale)
    one = len({source_of.get(c.article_id, c.article_id) for c in pool}) == 1
    problem, picked, merged = _without_repeats(
        problem,
        picked,
        [pool[i] for i in rows],
        config,
        _evidence(event, config),
        source_of,
        ONE_SOURCE_WORDS if one else 1,
    )
    extra = (
        _filler(problem, picked, [pool[i] for i in rows], matrix.vocab, useful, config.words)
        if config.fill
        else None
    )
    return _attributed(pool, rows, event.whole, event.origin, picked, extra, source_of, config, floor, merged)


def _evidence(event: Event, config: SummarizeConfig) -> Callable[[int], tuple[Span, ...]]:
    """The evidence (``attribute.evidence_for``) of a selectable row of ``event`` (an index into its
    ``rows``): of the whole source sentence, among the whole sentences, as ``_attributed`` gives it."""
    sources = event.pool if event.whole is None else event.whole
    origin = event.origin or range(len(event.pool))
    known: dict[int, tuple[Span, ...]] = {}

    def of(row: int) -> tuple[Span, ...]:
        if row not in known:
            i = event.rows[row]
            whole = event.pool[i] if event.whole is None else event.whole[origin[i]]
            known[row] = evidence_for(whole, sources, config.evidence_threshold)
        return known[row]

    return of


REPEAT_SHARE = 0.6
"""A chosen sentence whose content words lie this much inside another chosen sentence's repeats it."""
ONE_SOURCE_WORDS = 4
"""In an event of one independent source, a repeat shares at least this many content words (or all of them):
there two or three shared words mostly join different facts ("Police do not have a motive for the shooting." /
"Police were called … about a victim of a shooting."; 2 repeats in 12 such jsonl-2000 pairs read, reader
audit r23)."""


def same_fact(a: Candidate, b: Candidate, least: int = 1) -> bool:
    """Whether two sentences tell one fact: the smaller's content words lie ``REPEAT_SHARE`` inside the
    other's ("One person is dead and four others injured after a shooting early Sunday morning." / "…
    following a shooting that left one person dead and four others hurt early Sunday."), sharing at least
    ``least`` of them (or all)."""
    return _one_fact(a.words, b.words, least)


def texts_tell_one_fact(a: str, b: str) -> bool:
    """``same_fact`` of two sentence texts (their content words as the pool reads them)."""
    return _one_fact(frozenset(sentence_terms(a)[0]), frozenset(sentence_terms(b)[0]))


def _inside(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether ``words`` lie ``REPEAT_SHARE`` inside ``other`` (the sentence says part of the other)."""
    return len(words & other) >= REPEAT_SHARE * len(words)


def _one_fact(words_a: frozenset[str], words_b: frozenset[str], least: int = 1) -> bool:
    """``same_fact`` of two sentences' content words."""
    shared = len(words_a & words_b)
    if shared < least and words_a != words_b:
        return False
    return shared > 0 and shared >= REPEAT_SHARE * min(len(words_a), len(words_b))


def _repeat(
    picked: Sequence[int],
    sentences: Sequence[Candidate],
    support: Callable[[int], int] | None = None,
    least: int = 1,
) -> tuple[int, int] | None:
    """The first pair of chosen rows (of ``sentences``) that tell one fact (``same_fact`` sharing ``least``
    words), as (the row to
    leave out, the row kept), or None. Left out is the one whose content words lie inside the other's
    (``_inside``) while the other's do not lie inside its own (it says less); else the less supported
    (``support``: the independent sources of a row's evidence), then the one with fewer content words,
    then the later chosen."""
    for n, a in enumerate(picked):
        for b in picked[n + 1 :]:
            if not same_fact(sentences[a], sentences[b], least):
                continue
            words_a, words_b = sentences[a].words, sentences[b].words
            inside_a, inside_b = _inside(words_a, words_b), _inside(words_b, words_a)
            rank_a = (not inside_a or inside_b, support(a) if support else 0, len(words_a))
            rank_b = (not inside_b or inside_a, support(b) if support else 0, len(words_b))
            return (a, b) if rank_a < rank_b else (b, a)
    return None


def _without_repeats(
    problem: Coverage,
    picked: list[int],
    sentences: Sequence[Candidate],
    config: SummarizeConfig,
    evidence: Callable[[int], tuple[Span, ...]] | None = None,
    source_of: Mapping[str, str] | None = None,
    least: int = 1,
) -> tuple[Coverage, list[int], dict[int, tuple[Span, ...]]]:
    """Selection again without a chosen sentence that tells the fact of another (``_repeat``), at most three
    times, then such a sentence only left out, until none is left (reader audit F-4 and r23: the same fact
    told by several articles' openings; a page repeating a sentence), and per kept row the
    evidence of the rows left out for it when each lies inside the other (``_inside``: they say the same; a
    sentence that says part of the kept one would raise its count of sources with what it does not say);
    ``evidence`` of a row, none without it."""
    merged: dict[int, tuple[Span, ...]] = {}

    def support(row: int) -> int:
        return count_sources(evidence(row), source_of or {}) if evidence else 0

    rounds = 0
    while (pair := _repeat(picked, sentences, support if evidence else None, least)) is not None:
        row, kept = pair
        words, other = sentences[row].words, sentences[kept].words
        if evidence and _inside(words, other) and _inside(other, words):  # each says what the other says
            merged[kept] = (*merged.get(kept, ()), *evidence(row), *merged.pop(row, ()))
        penalty = problem.penalty.copy()
        said = sentences[row].text  # and every copy of its text (a page may repeat a sentence)
        penalty[[n for n, cand in enumerate(sentences) if cand.text == said and n != kept]] = 1e9
        if problem.group is not None:  # every version of the sentence (``compress_joint``)
            penalty[problem.group == problem.group[row]] = 1e9
        problem = replace(problem, penalty=penalty)
        rounds += 1  # past three selections a repeat is only left out, so none is left
        picked = (
            select_rows(problem, config.words, length_scale=config.length_scale)
            if rounds <= 3
            else [n for n in picked if n != row]
        )
    return problem, picked, merged


def _attributed(
    pool: Sequence[Candidate],
    rows: Sequence[int],
    whole: Sequence[Candidate] | None,
    origin: Sequence[int] | None,
    picked: Sequence[int],
    extra: int | None,
    source_of: Mapping[str, str],
    config: SummarizeConfig,
    floor: int,
    merged: Mapping[int, tuple[Span, ...]] | None = None,
) -> list[BriefSentence]:
    """The brief of the chosen rows (``picked``, then the filler ``extra``), in reading order, each with
    its evidence (``Event``'s ``pool``, ``rows``, ``whole`` and ``origin``), followed by the spans of the rows
    left out for telling its fact again (``merged``, by row) that agree with it: no other figure, denial or
    hedge (``attribute.agree``). With the ``dateline`` rule, each is shown without its chrome head
    (``compress.without_head``, keeping ``floor`` words), after selection: the budget never sees the cut."""
    sources = pool if whole is None else whole
    at = {id(c): i for i, c in enumerate(pool)} if whole is not None else {}
    origin = origin or range(len(pool))
    rules = rule_names(config.compress)
    chosen = [pool[rows[i]] for i in picked] + ([] if extra is None else [pool[rows[extra]]])
    # attribution is of the whole source sentence: what says it says the compressed text too
    whole_of = [cand if whole is None else whole[origin[at[id(cand)]]] for cand in chosen]
    evidence = [evidence_for(source, sources, config.evidence_threshold) for source in whole_of]
    if merged:  # a left-out row's spans that can say this sentence's figures and stance (``agree``)
        text_of = {Span(c.article_id, c.start, c.end): c.text for c in sources}
        for n, row in enumerate(picked):
            if row in merged:
                figures, own = numbers(whole_of[n].text), stance(whole_of[n].text)
                more = (span for span in merged[row] if agree(figures, own, text_of[span]))
                evidence[n] = tuple(dict.fromkeys((*evidence[n], *more)))
    told = len(picked)  # the filler, if any, stays last
    order = _order(chosen[:told], evidence[:told], sources) + list(range(told, len(chosen)))
    _cleanest(chosen, whole_of, evidence, sources, config)  # in the place the chosen version has
    brief = []
    heads = "dateline" in rules
    for n in order:
        cand, source = chosen[n], whole_of[n]
        kept = kept_spans(source, rules) if source is not cand else ()
        text, kept = without_head(cand.text, kept, source, floor) if heads else (cand.text, kept)
        brief.append(BriefSentence(text, evidence[n], count_sources(evidence[n], source_of), kept))
    return brief


def _cleanest(
    chosen: list[Candidate],
    whole_of: list[Candidate],
    evidence: list[tuple[Span, ...]],
    sources: Sequence[Candidate],
    config: SummarizeConfig,
) -> None:
    """Each chosen sentence replaced, in place, by the version of it that its evidence holds and a brief
    should show (``attribute.cleanest``: not a garbled copy), compressed as the chosen one was, with the
    evidence of that version; only while the brief stays within its budget."""
    room = max(config.words, sum(c.length for c in chosen)) - sum(c.length for c in chosen)
    rules = rule_names(config.compress)
    at: dict[Span, Candidate] | None = None  # the sources by span, made once, when a version may differ
    for n, source in enumerate(whole_of):
        if len(evidence[n]) < 2:
            continue  # its own span alone: no other version (``cleanest``)
        at = by_span(sources) if at is None else at
        best = cleanest(source, sources, evidence[n], at)
        if best is source:
            continue
        shown = best if chosen[n] is source else shorten([best], rules, 1)[0]
        if shown.length - chosen[n].length > room:
            continue
        room -= shown.length - chosen[n].length
        chosen[n], whole_of[n] = shown, best
        # its own evidence first; the spans the chosen version had (the same, and any merged) after
        said = evidence_for(best, sources, config.evidence_threshold)
        evidence[n] = tuple(dict.fromkeys((*said, *evidence[n])))


def _plain(config: SummarizeConfig) -> bool:
    """Whether ``config`` selects by the source-count worth alone (no query, learned or sentence scores,
    unigram concepts, novelty rule, filler, joint versions nor redundancy rule; the embedding bonuses may
    be on), and compression, if any, counts worth on the whole sentences: what ``_one_source``
    reproduces."""
    return (
        config.weighting != "learned"
        and not config.query
        and not config.unigram_weight > 0
        and not (config.sentence_prior > 0 or config.sentence_reweight > 0)
        and not config.fill
        and not config.novelty > 0
        and not config.embed_redundancy > 0
        and (not config.compress or (config.compress_worth == "whole" and not config.compress_joint))
    )


def _one_source(
    pool: list[Candidate],
    floor: int,
    source_of: Mapping[str, str],
    config: SummarizeConfig,
    selectable: frozenset[str] | None,
    texts: Mapping[str, str],
) -> tuple[list[Candidate], list[int], list[Candidate] | None, list[int]] | None:
    """For an event whose sentences all come from one independent source, under a ``_plain`` config:
    the (pool, selectable rows, whole sentences or None, chosen rows) that ``_prepared`` and
    ``select_rows`` give, without the concept matrix; None when the event is not such an event or the
    selection would leave the bitset path (then the general path decides).

    With one source every concept is worth 1 + ``lead_bonus`` × (whether an opening sentence carries it),
    a whole number of quarters at the default; the concept prior is not used below two sources. The
    bitsets get each concept's bits straight from the sentences' concept sets (only their counts are
    read, not their order), so the selection is ``select_rows``' bitset path on the same problem.
    """
    first = source_of.get(pool[0].article_id, pool[0].article_id)
    for cand in pool:
        if source_of.get(cand.article_id, cand.article_id) != first:
            return None
    short = shorten(pool, rule_names(config.compress), floor) if config.compress else pool
    changed = (
        [i for i, (a, b) in enumerate(zip(short, pool, strict=True)) if a is not b] if config.compress else []
    )
    whole = pool if changed else None
    rows = [i for i, c in enumerate(short) if selectable is None or c.article_id in selectable]
    if not rows:
        return None
    lead_worth = 1.0 + config.lead_bonus * 1.0
    other_worth = 1.0 + config.lead_bonus * 0.0
    if not (lead_worth > 0 and other_worth > 0):
        return None
    lead_quarters, other_quarters = lead_worth * 4.0, other_worth * 4.0
    if lead_quarters != int(lead_quarters) or other_quarters != int(other_quarters):
        return None
    vocab = set().union(*(c.bigrams for c in pool))
    leads = set().union(*(c.bigrams for c in pool if c.position < config.lead_sentences))
    others = vocab - leads
    n_other, n_lead = len(others), len(leads)
    if not vocab or n_other * int(other_quarters) + n_lead * int(lead_quarters) > MAX_BITS:
        return None
    shift = (1).__lshift__
    bit = dict(zip(others, map(shift, range(n_other)), strict=True))
    bit.update(zip(leads, map(shift, range(n_other, n_other + n_lead)), strict=True))
    step = math.gcd(int(other_quarters), int(lead_quarters))
    other_copies, lead_copies = int(other_quarters) // step, int(lead_quarters) // step
    other_mask = (1 << n_other) - 1
    other_repeat = sum(1 << (n * n_other) for n in range(other_copies))
    lead_repeat = sum(1 << (n * n_lead) for n in range(lead_copies)) << (other_copies * n_other)
    changed_rows = set(changed)
    known = bit.get
    masks = []
    for i in rows:
        if i in changed_rows:  # the kept words' concepts that the whole sentences have (``aligned``)
            single = sum(map(known, short[i].bigrams, repeat(0)))
        else:
            single = sum(map(bit.__getitem__, short[i].bigrams))
        masks.append((single & other_mask) * other_repeat + (single >> n_other) * lead_repeat)
    bonus = config.position_bonus
    penalty = np.fromiter(
        (config.dangling_penalty * _lacks(short[i], texts) - bonus / (1 + short[i].position) for i in rows),
        dtype=np.float64,
        count=len(rows),
    )
    length = np.fromiter((short[i].length for i in rows), dtype=np.int64, count=len(rows))
    if int(length.min()) <= 0:
        return None
    unit = step * 0.25
    if (config.embed_centroid > 0 or config.embed_lead > 0) and len(rows) > 1:
        # each row's worth is exact (whole quarters), as the matrix product gives it: the same mean and
        # the same ``_settled`` answer from a one-column cover
        worth = np.asarray([mask.bit_count() * unit for mask in masks], dtype=np.float64)
        mean_worth = float(worth.mean())
        if not _settled(Coverage(worth[:, None], np.ones(1), length, penalty), config, mean_worth):
            penalty, _ = _semantic(short, rows, whole, mean_worth, penalty, config)
    width = other_copies * n_other + lead_copies * n_lead
    bits = _Bits.built(masks, width, unit, length, penalty)
    picked = bits.select(config.words, 120, config.length_scale)
    if picked is None:
        return None
    return short, rows, whole, picked


def _settled(problem: Coverage, config: SummarizeConfig, mean_worth: float) -> bool:
    """Whether the embedding bonuses cannot change what ``select_rows`` chooses (and so need not be
    computed): every row that can be chosen (some worth, within the budget) is either always worth adding
    (its position prior alone beats any bonus) or never (its whole worth less its penalty loses to any
    bonus), and the always rows fit the budget together.

    A row's bonus is ``weight`` × ``mean_worth`` × its z-score over the event's n rows, and no z-score
    of n values exceeds sqrt(n - 1) in size, so no bonus exceeds ``bound``. Then greedy takes every
    always row (each step's best score is positive while one is left, every row fits) and no never row,
    the best single row is worth no more than that set, and no exchange raises it: with the bonuses or
    without, the same rows. Not used with the redundancy rule, novelty, versions of a sentence or the
    filler (each reads more than this)."""
    if config.embed_redundancy > 0 or config.fill or config.novelty > 0 or problem.group is not None:
        return False
    rows = len(problem.length)
    if int(problem.length.min()) <= 0:
        return False
    weight = max(config.embed_lead, 0.0) + max(config.embed_centroid, 0.0)
    bound = weight * abs(mean_worth) * math.sqrt(rows - 1) * (1 + 1e-6) + 1e-6
    worth = np.asarray(problem.cover @ problem.worth, dtype=np.float64).ravel()
    budget = config.words
    can = (worth > 0) & (problem.length <= budget)
    always = can & (-problem.penalty > bound)
    never = can & (worth - problem.penalty + bound < 0)
    return bool((always | never | ~can).all()) and int(problem.length[always].sum()) <= budget


def _semantic(
    pool: Sequence[Candidate],
    rows: Sequence[int],
    whole: Sequence[Candidate] | None,
    mean_worth: float,
    penalty: NDArray[np.float64],
    config: SummarizeConfig,
) -> tuple[NDArray[np.float64], NDArray[np.bool_] | None]:
    """The penalties less the embedding bonuses (centroid of every source sentence, centroid of the lead
    sentences; in units of ``mean_worth``, the event's mean row worth) and the rows' redundancy conflicts
    (``summarize.embed_*``; summarize/semantic.py) of an ``Event``'s ``pool``, ``rows`` and ``whole``."""
    sources = pool if whole is None else whole
    leads = [n for n, c in enumerate(sources) if c.position < config.lead_sentences]
    # only the texts a signal reads, each once (a text's vector does not depend on the others encoded)
    wanted = range(len(sources)) if config.embed_centroid > 0 else leads if config.embed_lead > 0 else ()
    texts = list(dict.fromkeys([*(sources[n].text for n in wanted), *(pool[i].text for i in rows)]))
    vectors = semantic.embed(texts)
    at = {text: n for n, text in enumerate(texts)}
    own = vectors[[at[pool[i].text] for i in rows]]
    if config.embed_centroid > 0:
        every = vectors[[at[c.text] for c in sources]]
        penalty = penalty - semantic.bonus(own, semantic.centroid(every), config.embed_centroid, mean_worth)
    if config.embed_lead > 0 and leads:
        target = semantic.centroid(vectors[[at[sources[n].text] for n in leads]])
        penalty = penalty - semantic.bonus(own, target, config.embed_lead, mean_worth)
    return penalty, semantic.conflicts(own, config.embed_redundancy)


def summarize_update(
    articles: Sequence[Article],
    previous: Sequence[Article],
    source_of: Mapping[str, str] | None = None,
    config: SummarizeConfig | None = None,
) -> list[BriefSentence]:
    """What is new in ``articles`` given the already briefed ``previous`` ones (update mode)."""
    sources = dict(source_of) if source_of is not None else {a.id: a.id for a in articles}
    return summarize_event(articles, sources, config, previous=previous)


def summarize_texts(
    texts: Sequence[tuple[str, str]], words: int, query: str | None = None
) -> list[BriefSentence]:
    """Summarize plain (id, text) documents, each its own source."""
    articles = [Article(id=doc_id, path=doc_id, text=text) for doc_id, text in texts]
    return summarize_event(
        articles, {a.id: a.id for a in articles}, SummarizeConfig(words=words, query=query)
    )
