"""One typed configuration, validated at load and written next to each run's output."""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from newsfuse.errors import ConfigError


@dataclass(frozen=True)
class IngestConfig:
    max_bytes: int = 20_000_000
    """Files larger than this are rejected as too large."""


@dataclass(frozen=True)
class CleanConfig:
    aggressiveness: float = 0.5
    """0 keeps every doubtful block (recall), 1 removes every doubtful block (precision)."""
    min_article_words: int = 20
    """A body of fewer words is rejected (no_article_content); Chinese, Japanese and Thai count a word per few
    characters (``text.scripts.count_words``)."""
    html_post_filter: bool = True
    """HTML pages: drop the paragraphs of trafilatura's output that the plain-text cleaner cuts as chrome."""
    html_fallback: bool = True
    """HTML pages where trafilatura finds no body: the plain-text cleaner's body of the visible blocks."""
    html_missed_lead: bool = False
    """HTML pages: put back the article prose (kept by the plain-text cleaner) just before trafilatura's first
    paragraph (``newsfuse.clean.html.missed_lead``). Off: on modern news pages it puts back standfirsts
    (benchmarks/data/html_dev, seventeenth round)."""
    html_missed_inside: bool = False
    """HTML pages: put back the article prose (as for ``html_missed_lead``) that trafilatura left out between its
    first and last paragraphs (``newsfuse.clean.html.missed_inside``). Off, as the missed lead."""
    reject_notices: bool = True
    """Reject a cleaned page that is a service notice (web archive, social embed, login, paywall, consent,
    browser or error page) rather than an article, as ``Drop.NOTICE`` (see ``newsfuse.clean.notice``)."""
    notice_max_words: int = 300
    """Pages longer than this are never judged notices."""
    notice_min_share: float = 0.7
    """Share of a page's words in notice sentences at which the page is a notice."""


@dataclass(frozen=True)
class DedupConfig:
    shingle_size: int = 4
    """Words per shingle; shingles never cross a paragraph break."""
    window: int = 6
    """Winnowing window: one fingerprint per this many shingles at least; a shared run of
    ``window + shingle_size - 1`` words is always seen."""
    block_words: int = 50
    """Paragraphs longer than this are cut into even blocks of at most this many words for matching."""
    paragraph_share: float = 0.3
    """Share of a block's fingerprints found in the other text at which the block counts as fully covered
    (less counts in proportion): light edits keep about half of a block's fingerprints."""
    near_threshold: float = 0.8
    """Share of each text's words in matching paragraphs above which two texts are near-duplicates."""
    containment_threshold: float = 0.8
    """Share of the shorter text's words in matching paragraphs to call it a (truncated) contained copy."""
    passage_share: float = 0.6
    """Share of a paragraph's fingerprints found in the other paragraph for a shared passage (both ways)."""
    passage_min_words: int = 25
    """Matching paragraphs shorter than this are not reported as shared passages."""
    passage_max_groups: int = 6
    """A paragraph held by articles of more than this many duplicate groups is boilerplate (an outlet's
    recurring footer), not a shared passage."""
    min_shared: int = 2
    """Fingerprints two articles must share to be compared."""
    max_postings: int = 64
    """Per fingerprint, a new article is compared with at most this many earlier holders (bounds the cost
    of boilerplate; copies of one text still join through the earliest holders)."""
    rare_holders: int = 8
    """A fingerprint held by ``h`` articles counts ``min(1, rare_holders / h)`` toward ``min_shared`` (at least
    ``common_weight``): pairs that share only a few phrases common in the corpus are not verified, which
    keeps the candidates per article from growing with the corpus."""
    common_weight: float = 0.125
    """The least a shared fingerprint counts toward ``min_shared`` however many articles hold it (a common
    phrase, or a text syndicated very widely, whose copies share all their fingerprints)."""


@dataclass(frozen=True)
class ClusterConfig:
    threshold: float = 0.16
    """Minimum similarity of an article to an event (``mean_join``: its mean cosine to the event's articles,
    else its cosine to their centroid; time-decayed) to join it."""
    full_threshold: float = 0.22
    """With a cosine join: the threshold for an article described by a full vector (``vector_terms``
    terms); an article of at most a quarter of that (a headline) keeps ``threshold``, and one between gets
    a threshold between the two in proportion. 0 = ``threshold`` for every article."""
    time_window_days: float = 7.0
    """Articles further apart than this from every article of an event never join it; streaming keeps
    only events active within this many days of the newest article (the memory bound)."""
    late_days: float = 14.0
    """Streaming keeps events open this many days beyond ``time_window_days`` of the newest article, so
    that articles arriving out of date order (files fed in any order) still find their event; memory is
    bounded by ``time_window_days + late_days``."""
    decay_half_life_days: float = 10.0
    """Similarity halves for every this many days between an article and the nearest day of an event."""
    mean_join: bool = True
    """Score an article against an event by its mean cosine to the event's articles (average linkage at
    arrival) instead of its cosine to their centroid, which rises with the event's size and spread and
    lets a large mixed event draw in more (chaining); dev sets: benchmarks/results/cluster.md."""
    single_discount: float = 0.03
    """With a cosine join: an event of one article is joined at a score this much lower (one pair's cosine
    is its whole mean, so same-event pairs fall just below the threshold more often); 0 = off."""
    size_penalty: float = 0.03
    """With a cosine join: an article's score to an event of n articles is lowered by this times ln n, in
    proportion to how full its vector is (0 for a headline, as for ``full_threshold``); 0 = off."""
    name_bonus: float = 0.1
    """With a cosine join: an article's score to an event is raised by this when they share at least
    ``tie_names`` rare names (entity-like spans held by at most ``tie_max_df`` articles); 0 = off."""
    one_name_bonus: float = 0.04
    """With a cosine join: the raise for an event sharing only one such rare name with the article; 0 = off."""
    merge_threshold: float = 0.07
    """Centroid similarity at which two events an article matches are recorded as one (a merge)."""
    merge_multi_threshold: float = 2.0
    """A bridge merge of two events of several articles each needs a centroid similarity rising from
    ``merge_threshold`` (a headline) with the article's fullness to this (a full vector; above 1: none from
    a vector past half full): on Multi-News they joined one topic's stories (dev: cluster.md); 0 = off."""
    link_threshold: float = 0.17
    """Average linkage (``StreamClusterer.consolidate``): two events within the time window are merged,
    best pair first, while the mean similarity over all pairs of their articles reaches this; 0 = off."""
    link_multi_threshold: float = 0.3
    """Average linkage between two events of several articles each needs this mean similarity (when above
    ``link_threshold``): on Multi-News such merges joined one topic's stories (dev: cluster.md); 0 = off."""
    headline_link: float = 0.25
    """Average linkage between two events of headlines (``StreamClusterer``'s ``HEADLINE_FULLNESS``) also
    merges them when their centroids' cosine reaches this (a headline's few words give a tiny mean); 0 = off."""
    story_days: float = 1.0
    """Two dated events of several articles each whose date ranges lie within this many days and that share
    ``tie_names`` rare names (one story's days, not one topic) skip the ``*_multi_threshold``s; < 0 = off."""
    link_entity_floor: float = 0.0
    """An average-linkage merge is vetoed when both events name people or places and the cosine of their
    entity terms alone is below this (look-alike incidents in different towns); 0 = no veto."""
    entity_weight: float = 2.0
    """Weight of entity-like spans (capitalised names) relative to words."""
    number_weight: float = 1.0
    """Weight of numbers relative to words."""
    max_words: int = 400
    """Only the title and the first this many words of the text describe an article."""
    lead_words: int = 60
    """The first this many words of a longer text (its lead) count twice, as the title does; 0 = once."""
    vector_terms: int = 80
    """An article keeps its this many highest-weighted terms."""
    query_terms: int = 14
    """Candidate events are found through an article's this many highest-weighted terms."""
    max_candidates: int = 10
    """At most this many candidate events are scored in full per article."""
    single_link_floor: float = 0.2
    """An article that opens an event is also scored against the one-article events sharing
    ``single_link_terms`` of its query terms that ``max_candidates`` left out, and a link
    (``StreamClusterer.consolidate``) is recorded to those it has a decayed cosine of at least this to
    (they are merged at ``link_threshold``); 0 = off."""
    single_link_terms: int = 2
    """``single_link_floor`` looks only at the one-article events sharing at least this many query terms."""
    pair_model: bool = False
    """Join an article to an event by the learned pair score (``cluster.pairs``: kind-by-kind cosines,
    shared names and numbers, days apart, event size) instead of the plain decayed cosine. Off by default:
    fitted on all dev sets it wins on each, but held out it loses on each (benchmarks/results/cluster.md)."""
    pair_threshold: float = 0.6
    """With ``pair_model``: the probability an article-event pair must reach for the article to join."""
    tie_threshold: float = 0.3
    """Long-range ties: an article that joins no event within ``time_window_days`` joins an older event
    still open (``late_days``) that shares at least ``tie_names`` rare names with it, when its undecayed
    mean cosine to the event's articles reaches this (recorded in ``StreamClusterer.ties``); 0 = off."""
    tie_names: int = 2
    """Rare names (entity-like spans held by at most ``tie_max_df`` articles) an article and an older
    event must share for a long-range tie."""
    tie_max_df: int = 5
    """A name is rare (it can tie an article to an older event) when at most this many articles hold it."""
    tie_days: float = 90.0
    """Long-range ties reach an event up to this many days after its newest article: above
    ``time_window_days + late_days``, an event leaving the open window that holds ``tie_names`` rare names
    is kept (indexed by them only) until then, and the pipeline builds it only then; memory and that delay
    grow with it (benchmarks/results/cluster_closing.md); 0 = ties reach open events only."""
    tie_event_threshold: float = 0.25
    """With ``tie_days``: an event leaving the open window is merged into an archived event it shares
    ``tie_names`` rare names with when their undecayed mean cosine over article pairs reaches this (a
    long-range tie of two events, recorded as a merge); 0 = off. Dev sets: cluster.md, tenth round."""
    tie_terms: int = 0
    """With ``tie_days``: an event kept for ties keeps only its rare names and its this many heaviest terms
    (less memory; a tied event goes on with them); 0 = all its terms."""
    far_days: float = 730.0
    """Far ties: an event leaving the open window and the ``tie_days`` archive that holds ``far_names``
    distinct rare names (``tie_max_df``) is kept until this many days after its newest article as its id,
    its ``far_keep`` heaviest rare names and ``far_terms`` heaviest terms only; an article joining no event,
    or an event leaving the window, that shares ``far_names`` of those names and reaches ``far_threshold``
    takes its id (recorded in ``ties`` / ``merges``): a follow-up, handed over again. 0 = off."""
    far_names: int = 3
    """Distinct rare names (a name inside a longer shared one counts with it) for a far tie."""
    far_keep: int = 30
    """A far event keeps this many of its rare names, the heaviest in its centroid."""
    far_terms: int = 32
    """A far event keeps this many of its heaviest terms besides its names (its compact mean vector)."""
    far_threshold: float = 0.25
    """A far tie needs the article's (an event's mean) dot product with the far event's compact mean
    vector to reach this."""
    far_events: int = 20000
    """At most this many far events are kept; past it the oldest are retired first (the memory bound)."""
    date_tie: float = 0.1
    """Date ties: an article that joins no event, whose text names a date past the open window (``#`` terms),
    takes the event beyond the window (late, archived or far) whose days hold that date and that shares a
    rare name with it, when its mean cosine to the event's articles (a far event's compact vector) reaches
    this; 0 = off."""
    tie_general_weight: float = 0.0
    """In a date or far tie's score, each shared name of a general kind (a country or state, a people, an
    institution: ``cluster.kinds``) counts at this weight, a victim's or a street's name in full; 1 = every
    name alike (before session 24)."""
    embedding_weight: float = 0.0
    """Share of sentence-embedding cosine in an article's similarity to an event (the rest is TF-IDF);
    0 = off. Above 0 it needs the ``[embed]`` extra and costs ~0.1 CPU s per article."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.embedding_weight <= 1.0:
            raise ConfigError("cluster.embedding_weight must be between 0 and 1")


@dataclass(frozen=True)
class SummarizeConfig:
    words: int = 120
    """Length budget of a brief in words (the brief never exceeds it unless ``fill`` is on)."""
    query: str | None = None
    """Focus briefs on this question or topic (query-focused mode); None = generic briefs."""
    min_sentence_words: int = 8
    """Shorter sentences are never selected (they are rarely self-contained)."""
    many_sources_min_words: int = 10
    """In events of at least ``many_sources`` independent sources, the shortest selectable sentence instead
    of ``min_sentence_words`` (0 = ``min_sentence_words`` in every event). Many sources give every widely
    reported fact several full sentences, so a short fragment is rarely its only carrier; a small event's
    short sentence may be. 10 chosen held out in the seventeenth round: five dev sets 43.78/13.80 ->
    43.84/13.86, LOSO prior harness 46.83/16.92 -> 46.85/16.98; small events (<= 3 sources) keep 8, so
    their briefs are unchanged (summarize.notes.md)."""
    many_sources: int = 4
    """Independent sources from which an event counts as large for ``many_sources_min_words``."""
    lead_sentences: int = 3
    """Sentences counted as an article's opening, whose concepts earn ``lead_bonus`` per source."""
    lead_bonus: float = 0.5
    query_boost: float = 8.0
    """How much more a concept is worth when it occurs in a sentence matching the query."""
    update_discount: float = 0.8
    """Worth kept by a concept the already briefed articles carried (update mode)."""
    dangling_penalty: float = 10.0
    """Concept worth a sentence opening with an unresolved reference ("He said", "But") must beat (10: reader
    audit F-1, benchmarks/results/reader_audit_f1_f4.md); a sentence that says nothing on its own ("The fire is
    likely to be felt well beyond Port Emmet.": summarize/standalone.py, reader_audit_r24.md) pays it too, and
    so does a quotation whose speaker is in another sentence ("… factors into it.''": reader_audit_r25.md)."""
    length_scale: float = 0.5
    """Greedy selection ranks sentences by new concept worth / length**length_scale."""
    evidence_threshold: float = 0.65
    """Content-word Dice at which another article's sentence counts as saying the same (evidence)."""
    unigram_weight: float = 0.0
    """Worth of a content word relative to a bigram concept (0 = bigrams only, as ICSISumm)."""
    min_sources: int = 2
    """With three or more sources, concepts fewer sources report are worth nothing."""
    position_bonus: float = 3.0
    """Worth a sentence earns for its place in its article: position_bonus / (1 + sentence number)."""
    weighting: str = "sources"
    """Concept worth: "learned" (the shipped model trained on dev sets) or "sources" (source counts with
    lead_bonus, query_boost, update_discount, unigram_weight and min_sources)."""
    fill: bool = False
    """Add, last, one sentence past the budget, the one whose words the cut keeps add most: for evaluations
    that cut summaries at the budget, as DUC's does (its peers' summaries pass the budget and are cut)."""
    sentence_prior: float = 0.0
    """Weight of the learned sentence scorer (summarize/sentence_weights.py) as a per-sentence prior in the
    selection objective, relative to the event's mean sentence worth; 0 = off, the default: on the dev sets
    it lost leave-one-set-out (mean R-1/R-2 42.59/12.63 against 42.92/12.85 off; summarize.md)."""
    sentence_reweight: float = 0.0
    """Concept worth times (mean learned score of the sentences carrying it / the event's mean) to this
    power; 0 = off, the default (below "off" on the dev sets tried; summarize.md)."""
    compress: str = "dateline+opener+paren+relative_end+said_when"
    """Sentence compression by deletion (summarize/compress.py): "" off, "all" every rule, or rules joined
    by "+". Selection then counts the compressed words and concepts; a brief sentence keeps its whole
    source sentence as first evidence span and lists the kept pieces (``kept``). Chosen leave-one-dev-set-
    out: held-out mean R-1/R-2 43.22/13.09 against 42.97/12.90 off (summarize.md, eighth round);
    ``said_when`` added in the ninth (43.32/13.18 against 43.21/13.13 without it)."""
    compress_worth: str = "whole"
    """With ``compress``: concept worth counted on the whole sentences ("whole": what the sources report)
    or on the compressed ones ("kept"); selection covers the kept words' concepts either way."""
    novelty: float = 0.0
    """A sentence joins the brief only if at least this share of its concept worth is not yet covered (and
    some is); 0 = off: any sentence whose gain, with its position prior, is positive."""
    concept_prior: float = 1.5
    """Concept worth times (the shipped concept prior's probability that a reference carries the concept /
    its mean over the concepts with worth) to this power (summarize/concept_prior.py, trained on dev sets
    by benchmarks/train_concept_model.py --prior --valued --cuts 2,3), in events of two sources or more
    without a query; 0 = off, plain source counts. Leave-one-dev-set-out mean R-1/R-2 43.64/13.77 against
    43.30/13.17 off (twelfth round); with the cut clusters in training (thirteenth round) held out on the
    generic sets at 1.5 (both folds' choice) 46.83/16.92 against 46.49/16.87, and on dev clusters cut to
    2 and 3 articles (Multi-News-like) R-2 9.69 -> 9.78 (summarize.notes.md)."""
    embed_centroid: float = 0.0
    """Each sentence earns this × its z-scored cosine (the shipped static embedding, summarize/embedding.py)
    to the event's centroid × the event's mean sentence worth; 0 = off, the default (lost held out on the
    dev sets, eighteenth round: summarize.notes.md)."""
    embed_lead: float = 0.0
    """The same with the centroid of the articles' first ``lead_sentences`` sentences: it decides near-ties
    toward what the openings say. 0.01 won held out in the eighteenth round (five dev sets 43.83/13.70 ->
    43.92/13.83, LOSO prior harness 46.67/16.85 -> 47.17/17.07; 13 of 143 dev clusters change), but it
    costs +9.8 % of the whole pipeline's CPU (10k local2, quiet, alternated) and +77 MB peak (the nineteenth
    round's memory-mapped int8 model: +151 -> +40 MB, measured under load; CPU unchanged), so it is an
    opt-in: 0 = off, the default (summarize.notes.md, scale_pipeline.notes.md)."""
    embed_redundancy: float = 0.0
    """Two sentences whose static-embedding cosine exceeds this are never both chosen; 0 = off, the default
    (0.8 lost on small events, eighteenth round)."""
    compress_joint: bool = False
    """With ``compress``: each sentence's whole and compressed versions are both selectable (at most one
    of them is chosen), so selection decides whether a deletion's words are worth their length, instead of
    compressing every sentence first. Concept worth is then counted on the whole sentences."""

    def __post_init__(self) -> None:
        if self.compress_worth not in ("whole", "kept"):
            raise ConfigError('summarize.compress_worth must be "whole" or "kept"')
        if self.compress_joint and self.compress_worth != "whole":
            raise ConfigError('summarize.compress_joint needs compress_worth "whole"')
        if self.compress:
            from newsfuse.summarize.compress import rule_names

            try:
                rule_names(self.compress)
            except ValueError as error:
                raise ConfigError(f"summarize.compress: {error}") from None
        if self.weighting not in ("learned", "sources"):
            raise ConfigError('summarize.weighting must be "learned" or "sources"')
        if self.many_sources_min_words < 0 or self.many_sources < 1:
            raise ConfigError("summarize.many_sources_min_words must be >= 0 and many_sources >= 1")
        if self.min_sentence_words < 1 or self.lead_sentences < 0 or self.min_sources < 1:
            raise ConfigError(
                "summarize.min_sentence_words and min_sources must be >= 1, lead_sentences >= 0"
            )
        for name in (
            "lead_bonus",
            "query_boost",
            "dangling_penalty",
            "length_scale",
            "unigram_weight",
            "position_bonus",
            "sentence_prior",
            "sentence_reweight",
            "novelty",
            "concept_prior",
            "embed_centroid",
            "embed_lead",
        ):
            if getattr(self, name) < 0:
                raise ConfigError(f"summarize.{name} must be >= 0")
        for name in ("update_discount", "evidence_threshold", "embed_redundancy"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ConfigError(f"summarize.{name} must be between 0 and 1")


@dataclass(frozen=True)
class CompareConfig:
    max_facts: int = 200
    conflict_ratio: float = 2.0
    """Two numbers of one slot can conflict only if the larger is at most this many times the smaller."""
    conflict_context: float = 0.25
    """... and their sentences share at least this share of the smaller sentence's content words."""
    quote_similarity: float = 0.55
    """Word-order similarity above which two quotes are versions of one utterance."""
    reported_speech: bool = True
    """Reported speech ("X said the bridge would …") as facts of kind "reported", aligned by speaker."""
    reported_similarity: float = 0.5
    """Two claims of one speaker are one statement when this share of the smaller one's content words and
    numbers is shared ..."""
    reported_min_shared: int = 2
    """... and at least this many are."""
    reported_conflict_similarity: float = 0.6
    """Two statements of one named speaker contradict (one negated, or clashing numbers) only when this share
    of the larger one's content words is shared ..."""
    reported_conflict_shared: int = 3
    """... and at least this many are."""


@dataclass(frozen=True)
class FetchPolicy:
    """How politely a list of URLs is fetched."""

    per_host_delay: float = 1.0
    """Seconds between two requests to the same host."""
    concurrency: int = 4
    max_urls: int = 1000
    total_seconds: float = 600.0
    """No fetch is started after this many seconds of one run's fetching."""
    user_agent: str = "newsfuse/0.1 (news fusion; offline-first)"


@dataclass(frozen=True)
class RuntimeConfig:
    partition_size: int = 8000
    """With embeddings (``cluster.embedding_weight > 0``), most leaders clustered at once; larger corpora are
    clustered in time-window partitions on the pool, merged at the seams. Without embeddings every corpus
    is clustered as one date-ordered stream whatever its size, and this has no effect."""
    checkpoint_every: int = 200
    """With a work folder, finished inputs are journalled in batches of this many."""
    fetch: bool = False
    """Fetch the pages of URL lists and link-only feed entries (off: newsfuse runs offline by default)."""
    fetch_per_host_delay: float = FetchPolicy.per_host_delay
    fetch_concurrency: int = FetchPolicy.concurrency
    fetch_max_urls: int = FetchPolicy.max_urls
    fetch_total_seconds: float = FetchPolicy.total_seconds
    user_agent: str = FetchPolicy.user_agent

    def fetch_policy(self) -> FetchPolicy:
        """The ``fetch_*`` settings as the polite fetcher's policy."""
        return FetchPolicy(
            self.fetch_per_host_delay,
            self.fetch_concurrency,
            self.fetch_max_urls,
            self.fetch_total_seconds,
            self.user_agent,
        )


@dataclass(frozen=True)
class Config:
    ingest: IngestConfig = field(default_factory=IngestConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    cluster: ClusterConfig = field(default_factory=ClusterConfig)
    summarize: SummarizeConfig = field(default_factory=SummarizeConfig)
    compare: CompareConfig = field(default_factory=CompareConfig)
    runtime: RuntimeConfig = field(default_factory=RuntimeConfig)

    def __post_init__(self) -> None:
        if self.runtime.partition_size < 2 or self.runtime.checkpoint_every < 1:
            raise ConfigError("runtime.partition_size must be >= 2 and runtime.checkpoint_every >= 1")
        _check_range("clean.aggressiveness", self.clean.aggressiveness, 0.0, 1.0)
        _check_range("clean.notice_min_share", self.clean.notice_min_share, 0.0, 1.0)
        _check_range("dedup.near_threshold", self.dedup.near_threshold, 0.0, 1.0)
        _check_range("dedup.containment_threshold", self.dedup.containment_threshold, 0.0, 1.0)
        _check_range("cluster.threshold", self.cluster.threshold, 0.0, 1.0)
        if self.summarize.words < 1:
            raise ConfigError("summarize.words must be at least 1")
        if (
            min(
                self.dedup.shingle_size,
                self.dedup.window,
                self.dedup.block_words,
                self.dedup.min_shared,
                self.dedup.max_postings,
                self.dedup.rare_holders,
            )
            < 1
        ):
            raise ConfigError(
                "dedup.shingle_size, window, block_words, min_shared, max_postings and rare_holders must be >= 1"
            )
        _check_range("dedup.paragraph_share", self.dedup.paragraph_share, 0.0, 1.0)
        _check_range("dedup.passage_share", self.dedup.passage_share, 0.0, 1.0)
        _check_range("dedup.common_weight", self.dedup.common_weight, 0.0, 1.0)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def with_values(self, **sections: dict[str, Any]) -> Config:
        """A copy with some values of some sections replaced, validated."""
        return from_dict({**self.to_dict(), **{k: {**self.to_dict()[k], **v} for k, v in sections.items()}})


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low} and {high}, got {value}")


def from_dict(data: dict[str, Any]) -> Config:
    """Build a Config from nested dicts, refusing unknown keys and wrong types."""
    sections: dict[str, Any] = {}
    for f in fields(Config):
        raw = data.get(f.name, {})
        if not isinstance(raw, dict):
            raise ConfigError(f"config section [{f.name}] must be a table")
        default = f.default_factory()  # type: ignore[misc,operator]
        assert is_dataclass(default)
        known = {g.name: g for g in fields(default)}
        unknown = set(raw) - set(known)
        if unknown:
            raise ConfigError(f"unknown key(s) in [{f.name}]: {', '.join(sorted(unknown))}")
        values = {}
        for key, value in raw.items():
            expected = type(getattr(default, key))
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if getattr(default, key) is not None and not isinstance(value, expected):
                raise ConfigError(f"{f.name}.{key} must be {expected.__name__}, got {value!r}")
            values[key] = value
        sections[f.name] = replace(default, **values)  # type: ignore[type-var]
    unknown_sections = set(data) - {f.name for f in fields(Config)}
    if unknown_sections:
        raise ConfigError(f"unknown config section(s): {', '.join(sorted(unknown_sections))}")
    return Config(**sections)


def load(path: str | Path) -> Config:
    """Load a TOML or JSON config file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
        data = json.loads(text) if p.suffix == ".json" else tomllib.loads(text)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read config {p}: {exc}") from exc
    return from_dict(data)
