"""The real-copy probe of the quantity extractor (issue 7, session 24): news sentences drawn at random from dev
corpora in ../shared/data, labelled by hand in NewsQuant's convention. The repo keeps only our labels, each
sentence named by its document and the SHA-1 of its text (benchmarks/data/quantities_real_probe.jsonl); the
text is read from the shared data, split as the sample was drawn."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

SOURCES = {
    "duc2006": ("duc2006", "duc2006.jsonl.gz"),
    "duc2007_update": ("duc2007", "duc2007_update.jsonl.gz"),
    "mrpc_train": ("mrpc_news_paraphrase", "mrpc_train.jsonl.gz"),
    "gva": ("gva_violent_corpus", "gva_violent_corpus.jsonl.gz"),
}
"""The corpora the samples were drawn from (dev sets; no test set): folder and file. DUC's are documents of the
summarizer's dev sets; MRPC's train split (session 24, second quant shift) is sentence pairs of business and
market newswire, each sentence named by its MRPC sentence id; GVA's violent corpus (session 25) is modern US
local news pages, one article a record, each named by its article id (md5)."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")
_NUMBER_WORD = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
    r"|thousand|million|billion|dozen|half)\b",
    re.IGNORECASE,
)
_WEB = re.compile(r"http|www\.|@", re.IGNORECASE)


def _mrpc_sentences(path: Path) -> Iterator[tuple[str, str]]:
    """(sentence id, sentence) for every sentence of an MRPC split, each id once (a sentence can be in two
    pairs), in the file's order."""
    seen: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            for key in ("1", "2"):
                if pair["id" + key] not in seen:
                    seen.add(pair["id" + key])
                    yield pair["id" + key], pair["sentence" + key]


def _gva_sentences(path: Path) -> Iterator[tuple[str, str]]:
    """(article id, sentence) for every distinct sentence of GVA's pages holding a number, in the file's order:
    each article once (39 are filed under two incidents), paragraphs with their white space folded and split as
    DUC's are, 41-319 characters, a sentence holding a web address (``http``, ``www.``) or an e-mail ``@`` left
    out (page furniture, not copy), and a text met in an earlier article (a syndicated copy) left out."""
    articles: set[str] = set()
    texts: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if article["id"] in articles:
                continue
            articles.add(article["id"])
            for para in article["text"].split("\n\n"):
                for sentence in _SENTENCE_END.split(" ".join(para.split())):
                    if (
                        40 < len(sentence) < 320
                        and _holds_number(sentence)
                        and not _WEB.search(sentence)
                        and sentence not in texts
                    ):
                        texts.add(sentence)
                        yield article["id"], sentence


def _holds_number(sentence: str) -> bool:
    return bool(re.search(r"\d", sentence) or _NUMBER_WORD.search(sentence))


def documented_form(text: str, lower: bool = True) -> str:
    """``text`` in NewsQuant's documented preprocessing (its SOURCE.md: lower-cased, apostrophes dropped, a space
    before punctuation): lower case, no straight or curly apostrophe, a space before a comma, semicolon, colon,
    question or exclamation mark that ends a word, and before the sentence's closing stop (a stop inside, as in
    "u.s." or "2.5", is kept). ``lower=False`` keeps the case: SOURCE.md counts 32 of the 590 sentences
    lower-cased, so the rest are read as written (session 26)."""
    text = re.sub(r"['\u2019]", "", text.lower() if lower else text)
    text = re.sub(r"\s*([,;:!?])(?=\s|$)", r" \1", text)
    return re.sub(r"\s*\.$", " .", text)


def candidates(data: Path, source: str) -> Iterator[tuple[str, str]]:
    """(document id, sentence) for every sentence of 41-319 characters holding a digit or a number word, in
    corpus order: paragraphs with their white space folded, split after a stop before a capital or a quote
    mark (the order and the split the samples were drawn from, with ``random.sample`` seeded 24 and 2407)."""
    folder, name = SOURCES[source]
    if source == "mrpc_train":  # MRPC's sentences are one a record already: every one holding a number
        yield from ((sid, text) for sid, text in _mrpc_sentences(data / folder / name) if _holds_number(text))
        return
    if source == "gva":
        yield from _gva_sentences(data / folder / name)
        return
    with gzip.open(data / folder / name, "rt", encoding="utf-8") as fh:
        for line in fh:
            for doc in json.loads(line)["documents"]:
                for para in doc["text"].split("\n\n"):
                    for sentence in _SENTENCE_END.split(" ".join(para.split())):
                        if 40 < len(sentence) < 320 and _holds_number(sentence):
                            yield doc["id"], sentence


@cache
def _texts(data: Path, source: str) -> dict[tuple[str, str], str]:
    return {
        (doc, hashlib.sha1(text.encode("utf-8")).hexdigest()): text for doc, text in candidates(data, source)
    }


def probe_rows(labels: Path, data: Path, lower: bool = True) -> list[dict[str, Any]]:
    """The labelled rows of ``labels`` with their text put back from the shared data (in NewsQuant's documented
    form when the row's ``form`` is "cqe", lower-cased unless ``lower`` is False); a row whose sentence is not
    found (the data changed) is an error, never dropped."""
    rows = []
    with labels.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = _texts(data, row["source"]).get((row["doc"], row["sha1"]))
            if text is None:
                raise ValueError(
                    f"{labels.name} {row['id']}: no sentence of {row['doc']} has SHA-1 {row['sha1']}"
                )
            rows.append({**row, "text": documented_form(text, lower) if row.get("form") == "cqe" else text})
    return rows
