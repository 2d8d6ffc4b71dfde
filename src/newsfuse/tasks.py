"""Dataset tasks: run one stage over an evaluation file of ../shared/data (see its README)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsfuse.clean import clean_document
from newsfuse.cluster import event_id
from newsfuse.compare.quotes import extract_quotes
from newsfuse.compare.reported import extract_reported
from newsfuse.config import Config, SummarizeConfig
from newsfuse.dedup import find_duplicates, source_keys
from newsfuse.errors import InputError
from newsfuse.ingest.datasets import numbered_records, read_records
from newsfuse.ingest.files import record_name
from newsfuse.ingest.records import UniqueIds, record_to_docs
from newsfuse.model import Article, BriefSentence, RawDoc, Rejected
from newsfuse.pipeline import group
from newsfuse.runtime import LocalRunner
from newsfuse.summarize import summarize_event
from newsfuse.summarize.concepts import ConceptModel


def _cleaned(docs: Iterable[RawDoc], config: Config) -> list[Article]:
    return [a for a in (clean_document(d, config.clean) for d in docs) if isinstance(a, Article)]


def _query_text(query: object) -> str | None:
    """A dataset's query as text: a string, or DUC's {"title", "narrative"} topic statement."""
    if isinstance(query, dict):
        return " ".join(str(query[k]) for k in ("title", "narrative") if query.get(k)) or None
    return str(query) if query else None


@dataclass(frozen=True)
class SummaryInput:
    """One cluster of a summarization file, as ``summarize_event`` takes it."""

    id: str
    articles: tuple[Article, ...]
    source_of: dict[str, str]
    """Each article's group of independent reporting (dedup's source keys)."""
    selectable: frozenset[str]
    """Canonical copies: the articles sentences may be taken from."""
    query: str | None
    previous: tuple[Article, ...]
    """Already briefed articles (update mode), else empty."""

    def brief(self, settings: SummarizeConfig, model: ConceptModel | None = None) -> list[BriefSentence]:
        """This cluster's brief under ``settings``; the record's query, if any, focuses it."""
        return summarize_event(
            self.articles,
            self.source_of,
            replace(settings, query=self.query or settings.query),
            selectable=self.selectable,
            previous=self.previous,
            model=model,
        )


def summary_inputs(
    records: Iterable[dict[str, Any]], source: str, config: Config | None = None, update: bool = False
) -> Iterator[SummaryInput]:
    """Each record cleaned and deduplicated as the dataset command does (public for dev-set harnesses).

    With ``update`` (DUC 2007 update batches), the articles a record lists in
    ``previous_batch_doc_ids`` (earlier records of the same file) count as already briefed.
    """
    config = config or Config()
    briefed: dict[str, Article | None] = {}
    # earlier records' documents by their own id (None when the cleaner rejected one)
    for record in records:
        cid = str(record.get("id"))
        docs = [d for d in record_to_docs(record, cid, source) if isinstance(d, RawDoc)]
        articles = _cleaned(docs, config)
        dedup = find_duplicates(articles, config.dedup)
        previous: list[Article] = []
        if update:
            wanted = {str(i) for i in record.get("previous_batch_doc_ids") or []}
            missing = sorted(wanted - set(briefed))
            if missing:
                raise InputError(f"{cid}: previous batch documents {missing[:3]} are not earlier in {source}")
            previous = [a for i in sorted(wanted) if (a := briefed[i]) is not None]
            for doc in record.get("documents") or []:
                inner = str(doc.get("id"))
                briefed[inner] = next((a for a in articles if a.id == f"{cid}/{inner}"), None)
        yield SummaryInput(
            cid,
            tuple(articles),
            source_keys(articles, dedup),
            frozenset(a.id for a in articles) - set(dedup.duplicate_of()),
            _query_text(record.get("query")),
            tuple(previous),
        )


def summarize_dataset(
    path: str | Path, words: int, config: Config | None = None, update: bool = False
) -> dict[str, str]:
    """{cluster id: summary} for a summarization file; a cluster's ``query`` focuses its summary.

    With ``update`` (DUC 2007 update batches), the articles a record lists in
    ``previous_batch_doc_ids`` (earlier records of the same file) count as already briefed, so each
    summary tells what is new.
    """
    config = config or Config()
    summaries = {}
    for item in summary_inputs(read_records(path), str(path), config, update):
        brief = item.brief(replace(config.summarize, words=words))
        summaries[item.id] = " ".join(s.text for s in brief)
    return summaries


def cluster_dataset(path: str | Path, config: Config | None = None) -> dict[str, str]:
    """{article id: event id} for a clustering file, by the same stages as ``newsfuse run``.

    Each record is clustered under the name ``newsfuse run`` gives it (``<file name>#<id>``), so both draw
    the same ties and an event id is the run's; the answer is keyed by the records' own ids (a repeated
    id ``~2``, ``~3``, …). An article the cleaner rejects keeps an event of its own, so every article gets
    an answer, unless its headline makes it a headline-only member of an event (``cluster.headlines``):
    then it has that event's.
    """
    config = config or Config()
    docs: list[RawDoc | Rejected] = []
    own: dict[str, str] = {}  # the run's name of each record -> the record's own id
    unique, run_names, file_name = UniqueIds(), UniqueIds(), Path(path).name
    for n, (number, record) in enumerate(numbered_records(path)):
        name = run_names(record_name(file_name, record, number))
        own[name] = unique(str(record.get("id", n)))
        docs.extend(record_to_docs({k: v for k, v in record.items() if k != "documents"}, name, str(path)))
    grouped = group(docs, config, LocalRunner())
    labels = {}
    for ids in grouped.clusters:
        eid = event_id(ids)
        labels.update({own[aid]: eid for aid in ids})
    for rejected in grouped.rejected:
        labels.setdefault(own[rejected.id], event_id([rejected.id]))
    return labels


def extract_dataset(path: str | Path, field: str, config: Config | None = None) -> dict[str, str]:
    """{page id: cleaned text} for an extraction file, from its ``page_text`` or its ``html``."""
    if field not in ("page_text", "html"):
        raise ValueError("field must be 'page_text' or 'html'")
    config = config or Config()
    out = {}
    for n, record in enumerate(read_records(path)):
        pid = str(record.get("id", n))
        content = str(record.get(field) or "")
        text, html = (content, None) if field == "page_text" else (None, content)
        raw = RawDoc(id=pid, path=str(path), url=record.get("url"), text=text, html=html)
        result = clean_document(raw, replace(config.clean, min_article_words=0))
        out[pid] = result.text if isinstance(result, Article) else ""
    return out


def quotes_dataset(path: str | Path, reported: bool = True) -> dict[str, list[dict[str, Any]]]:
    """{article id: its quotes} for a file of articles (``id``, ``text``; the text taken as it is, already
    clean): direct quotes and, with ``reported``, reported speech, each with its kind, text, speaker, the
    speaker's role and its character offsets into the text, in text order."""
    out: dict[str, list[dict[str, Any]]] = {}
    unique = UniqueIds()
    for n, record in enumerate(read_records(path)):
        aid = unique(str(record.get("id", n)))
        article = Article(id=aid, path=str(path), text=str(record.get("text") or ""))
        found = [*extract_quotes(article), *(extract_reported(article) if reported else ())]
        found.sort(key=lambda m: (m.span.start, m.span.end))
        out[aid] = [
            {"kind": m.kind, "text": m.text, "speaker": m.speaker, "role": m.role}
            | {"start": m.span.start, "end": m.span.end}
            for m in found
        ]
    return out
