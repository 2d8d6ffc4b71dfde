"""How much of what a brief or a fact says comes from page chrome (the mission's first promise: nothing in a
brief may come from boilerplate), measured on the extraction dev sets of ../shared/data.

Each dev page goes through the real pipeline (``newsfuse.run`` on a JSONL written to a scratch folder), once
as its HTML (with its URL) and once as its scraped ``page_text``. Every brief sentence and every fact's
evidence span is then judged against the page's gold article text (the test set scrapinghub_aeb is never read).

The test, stated before any measurement: a piece of text *lies in the gold* when at least 80 % of its word
tokens (NFKC, case-folded ``\\w+`` runs, an apostrophe inside a word dropped) are found in order, as a subsequence, inside one stretch of the gold's
tokens that starts at most half the piece's length before an anchor and ends at most half its length after it
(the anchor: a gold occurrence of one of the piece's tokens; the rarest tokens in the gold are tried, enough
of them that any 80 % match must hold one). A brief sentence is judged by the cleaned-text sentences its
evidence spans cover; a fact's evidence span by the sentence(s) of the cleaned text that hold it (a name or a
number alone would be found in almost any gold). A sentence or fact comes *from chrome* when none of its
evidence lies in the gold. Pieces without a word token are not judged.

Gold: the page's ``gold_title`` and ``gold_text`` (cleaneval, cleanportaleval, l3s_gn1 whose supplemental,
related and comment blocks are therefore chrome, readability_testpages). Pages whose gold is empty are left
out and counted. trafilatura_eval has no gold text, only must-keep and must-drop snippets (written before its
first run, session 27): a piece there is chrome when it holds a must-drop snippet of two or more words (its
tokens contiguous in the piece) or lies in one by the test above, and holds or lies in no must-keep snippet;
the converse is article; anything else is not judged (counted apart). Its shares are over judged pieces only,
which the snippets make few: a different, weaker reading than the other sets'.

Run from the repo root: ``.venv/bin/python benchmarks/bench_brief_chrome.py`` (``--sets a,b``,
``--kinds html,page_text``, ``--scratch DIR`` for the inputs, ``--dump FILE`` for every decision as JSONL,
``--no-write`` to leave the results files alone). Writes benchmarks/results/brief_chrome.{json,md}.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.saved import RESULTS, save_results  # noqa: E402
from newsfuse import run  # noqa: E402
from newsfuse.model import Article, Event, Span  # noqa: E402
from newsfuse.text.sentences import split_sentences  # noqa: E402

DATA = Path(os.environ.get("NEWSFUSE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SETS = ("cleaneval", "cleanportaleval", "l3s_gn1", "readability_testpages", "trafilatura_eval")
KINDS = ("html", "page_text")
SHARE = 0.8
_WORD = re.compile(r"\w+")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['‘’`](?=\w)")


def tokens(text: str) -> list[str]:
    """The word tokens the test compares: NFKC-normalised, case-folded runs of word characters, an
    apostrophe inside a word dropped ("law’s" and a gold's "laws" are one token)."""
    return _WORD.findall(_INNER_APOSTROPHE.sub("", unicodedata.normalize("NFKC", text).casefold()))


class Gold:
    """A gold article's tokens with each token's positions, for :func:`lies_in`."""

    def __init__(self, text: str) -> None:
        self.tokens = tokens(text)
        self.positions: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            self.positions.setdefault(token, []).append(i)

    def verdict(self, piece: Sequence[str]) -> bool | None:
        """Whether the piece lies in this gold (always an answer)."""
        return lies_in(piece, self)


class Snippets:
    """A page's must-keep and must-drop snippets (trafilatura_eval's only gold), for a partial verdict."""

    def __init__(self, keep: Iterable[str], drop: Iterable[str]) -> None:
        self.keep = [Gold(text) for text in keep if tokens(text)]
        self.drop = [Gold(text) for text in drop if tokens(text)]

    @staticmethod
    def _holds(piece: Sequence[str], snippets: Sequence[Gold]) -> bool:
        line = " " + " ".join(piece) + " "
        return any(
            (len(s.tokens) >= 2 and f" {' '.join(s.tokens)} " in line) or lies_in(piece, s) for s in snippets
        )

    def verdict(self, piece: Sequence[str]) -> bool | None:
        """False (chrome) when the piece holds or lies in a must-drop snippet and no must-keep one, True for
        the converse, None (not judged) otherwise; a one-word snippet counts only as the whole piece."""
        keep, drop = self._holds(piece, self.keep), self._holds(piece, self.drop)
        return None if keep == drop else keep


def _lcs(masks: dict[str, int], n: int, window: Sequence[str]) -> int:
    """The length of the longest common subsequence of the piece (as per-token bit masks of its n positions)
    and ``window`` (the bit-vector recurrence of Crochemore et al. 2001)."""
    full = (1 << n) - 1
    v = full
    for token in window:
        m = masks.get(token)
        if m:
            u = v & m
            v = ((v + u) | (v - u)) & full
    return n - v.bit_count()


def lies_in(piece: Sequence[str], gold: Gold, share: float = SHARE) -> bool:
    """Whether at least ``share`` of the piece's tokens are found in order within one anchored stretch of
    the gold (see the module's docstring). An empty piece does not lie in the gold."""
    n = len(piece)
    if n == 0:
        return False
    need = math.ceil(share * n)
    present = [i for i, token in enumerate(piece) if token in gold.positions]
    if len(present) < need:
        return False
    masks: dict[str, int] = {}
    for i, token in enumerate(piece):
        masks[token] = masks.get(token, 0) | (1 << i)
    # any match of `need` tokens holds at least one of the len(present) - need + 1 rarest present positions
    anchors = sorted(present, key=lambda i: len(gold.positions[piece[i]]))[: len(present) - need + 1]
    slack = n // 2
    tried: set[int] = set()
    for i in anchors:
        for p in gold.positions[piece[i]]:
            lo = max(0, p - i - slack)
            if lo in tried:
                continue
            tried.add(lo)
            if _lcs(masks, n, gold.tokens[lo : p + (n - i) + slack]) >= need:
                return True
    return False


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the cleaned text's sentences that ``text[start:end]`` touches (the span itself
    when it falls between sentences)."""
    lo, hi = start, end
    for s in split_sentences(text):
        if s.end > start and s.start < end:
            lo, hi = min(lo, s.start), max(hi, s.end)
    return lo, hi


def page_id(article_id: str) -> str:
    """The dataset page id of an article read from a JSONL record (``file.jsonl#<id>``)."""
    return article_id.split("#", 1)[1] if "#" in article_id else article_id


def gold_text(record: dict[str, Any]) -> str:
    """The article's gold text: its gold title and body (empty when the page has no gold body: a title
    alone, as trafilatura_eval gives, is no gold article)."""
    parts = [record.get(key) for key in ("gold_title", "gold_text")]
    kept = [p for p in parts if isinstance(p, str) and p.strip() and p.strip() != "None"]
    return "\n".join(kept) if kept and kept[-1] is parts[-1] else ""


def snippets(record: dict[str, Any]) -> Snippets | None:
    """The page's must-keep and must-drop snippets, None when it has neither."""
    keep, drop = record.get("gold_with") or [], record.get("gold_without") or []
    return Snippets(keep, drop) if keep or drop else None


def gold_of(record: dict[str, Any]) -> Gold | Snippets | None:
    """The page's gold: its article text where the set has one, else its snippets (None: no gold)."""
    text = gold_text(record)
    return Gold(text) if text else snippets(record)


def _records(name: str) -> Iterator[dict[str, Any]]:
    with gzip.open(DATA / name / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def write_inputs(name: str, kind: str, folder: Path) -> tuple[Path, dict[str, Gold | Snippets], int]:
    """Write the set's pages with a gold as one JSONL of the input ``kind`` (``html`` with the page's URL,
    or ``page_text``); return its path, the gold by page id, and the number of pages without gold."""
    path = folder / f"{name}_{kind}.jsonl"
    golds: dict[str, Gold | Snippets] = {}
    no_gold = 0
    with path.open("w", encoding="utf-8") as out:
        for record in _records(name):
            gold = gold_of(record)
            if gold is None:
                no_gold += 1
                continue
            golds[record["id"]] = gold
            row: dict[str, Any] = {"id": record["id"]}
            if kind == "html":
                row["html"] = record["html"]
                url = record.get("url")
                if isinstance(url, str) and url.startswith("http"):
                    row["url"] = url
            else:
                row["text"] = record["page_text"]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path, golds, no_gold


@dataclass
class Tally:
    """The counts of one set and input kind."""

    pages: int = 0
    no_gold: int = 0
    articles: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    events: int = 0
    briefed_events: int = 0
    chrome_events: int = 0
    sentences: int = 0
    chrome_sentences: int = 0
    unjudged_sentences: int = 0
    unjudged_facts: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    chrome_facts: Counter[str] = field(default_factory=Counter)
    spans: int = 0
    chrome_spans: int = 0
    cpu_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counts and shares as JSON."""
        return {
            "pages": self.pages,
            "pages_without_gold": self.no_gold,
            "articles": self.articles,
            "rejected": dict(sorted(self.rejected.items())),
            "events": self.events,
            "events_with_brief": self.briefed_events,
            "events_whole_brief_chrome": self.chrome_events,
            "brief_sentences": self.sentences,
            "brief_sentences_chrome": self.chrome_sentences,
            "brief_chrome_share": _share(self.chrome_sentences, self.sentences),
            "brief_sentences_not_judged": self.unjudged_sentences,
            "facts_not_judged": self.unjudged_facts,
            "facts": dict(sorted(self.facts.items())),
            "facts_chrome": {k: self.chrome_facts[k] for k in sorted(self.facts)},
            "facts_chrome_share": {k: _share(self.chrome_facts[k], v) for k, v in sorted(self.facts.items())},
            "fact_spans": self.spans,
            "fact_spans_chrome": self.chrome_spans,
            "run_cpu_s": round(self.cpu_s, 1),
        }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


class Judge:
    """Decides, and remembers, whether the sentences around a span lie in its page's gold."""

    def __init__(self, articles: dict[str, Article], golds: dict[str, Gold | Snippets]) -> None:
        self.articles = articles
        self.golds = golds
        self.seen: dict[tuple[str, int, int], tuple[bool | None, str]] = {}

    def span(self, span: Span) -> tuple[bool, str] | None:
        """(lies in the gold, the judged text) for the sentences the span touches; None when unjudged."""
        article = self.articles.get(span.article_id)
        gold = self.golds.get(page_id(span.article_id))
        if article is None or gold is None:
            return None
        lo, hi = sentence_bounds(article.text, span.start, span.end)
        key = (span.article_id, lo, hi)
        if key not in self.seen:
            text = article.text[lo:hi]
            piece = tokens(text)
            self.seen[key] = (gold.verdict(piece), text) if piece else (None, "")
        inside, text = self.seen[key]
        return None if inside is None else (inside, text)

    def any_in_gold(self, spans: Iterable[Span]) -> tuple[bool | None, list[str]]:
        """Whether any judged span lies in the gold (None when none was judged), and the judged texts."""
        verdicts = [v for v in map(self.span, spans) if v is not None]
        if not verdicts:
            return None, []
        return any(v[0] for v in verdicts), [v[1] for v in verdicts]


def _decision(
    where: dict[str, str],
    what: str,
    event: str,
    spans: Sequence[Span],
    chrome: bool,
    shown: str,
    judged: list[str],
) -> dict[str, Any]:
    """One decision as a row of ``--dump``."""
    pages = sorted({page_id(s.article_id) for s in spans})
    return {
        **where,
        "what": what,
        "event": event,
        "pages": pages,
        "chrome": chrome,
        "shown": shown,
        "judged": judged,
    }


def score_events(
    events: Sequence[Event], judge: Judge, tally: Tally, dump: list[dict[str, Any]], where: dict[str, str]
) -> None:
    """Add the events' brief sentences and facts to ``tally``; every decision goes to ``dump``."""
    for event in events:
        tally.events += 1
        verdicts = []
        for sentence in event.brief:
            inside, texts = judge.any_in_gold(sentence.evidence)
            if inside is None:
                tally.unjudged_sentences += 1
                continue
            verdicts.append(inside)
            tally.sentences += 1
            tally.chrome_sentences += not inside
            dump.append(
                _decision(where, "brief", event.id, sentence.evidence, not inside, sentence.text, texts)
            )
        if verdicts:
            tally.briefed_events += 1
            tally.chrome_events += not any(verdicts)
        for fact in event.facts:
            inside, texts = judge.any_in_gold(fact.evidence)
            if inside is None:
                tally.unjudged_facts += 1
                continue
            tally.facts[fact.kind] += 1
            tally.chrome_facts[fact.kind] += not inside
            for s in fact.evidence:
                v = judge.span(s)
                if v is not None:
                    tally.spans += 1
                    tally.chrome_spans += not v[0]
            if not inside:
                dump.append(_decision(where, fact.kind, event.id, fact.evidence, True, fact.text, texts[:3]))


def measure(name: str, kind: str, folder: Path, dump: list[dict[str, Any]]) -> Tally:
    """Run one set's pages of one input kind through the pipeline and judge its briefs and facts."""
    path, golds, no_gold = write_inputs(name, kind, folder)
    tally = Tally(pages=len(golds), no_gold=no_gold)
    started = time.process_time()
    result = run([path])
    tally.cpu_s = time.process_time() - started
    tally.articles = len(result.articles)
    tally.rejected.update(str(r.reason) for r in result.rejected)
    judge = Judge({a.id: a for a in result.articles}, golds)
    score_events(result.events, judge, tally, dump, {"set": name, "kind": kind})
    return tally


def _markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Brief and fact text from page chrome (extraction dev sets)",
        "",
        "Made by `.venv/bin/python benchmarks/bench_brief_chrome.py`; the test (>= 80 % of a piece's word "
        "tokens in order within one anchored stretch of the gold) is in the script's docstring. A brief "
        "sentence or fact is *chrome* when none of its evidence sentences lies in the page's gold article.",
        "",
        "| set | input | pages | rejected | events | brief sentences | chrome | share | events all chrome "
        "| not judged |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key, row in results["runs"].items():
        name, kind = key.split("/")
        rej = sum(row["rejected"].values())
        lines.append(
            f"| {name} | {kind} | {row['pages']} | {rej} | {row['events']} | {row['brief_sentences']} | "
            f"{row['brief_sentences_chrome']} | {row['brief_chrome_share']} | "
            f"{row['events_whole_brief_chrome']} / {row['events_with_brief']} | "
            f"{row.get('brief_sentences_not_judged', 0)} |"
        )
    kinds = sorted({k for row in results["runs"].values() for k in row["facts"]})
    lines += ["", "Facts from chrome by kind (chrome / all, share):", ""]
    lines += [
        "| set | input | " + " | ".join(kinds) + " | spans chrome |",
        "|---|---|" + "---|" * (len(kinds) + 1),
    ]
    for key, row in results["runs"].items():
        name, kind = key.split("/")
        cells = [
            f"{row['facts_chrome'].get(k, 0)} / {row['facts'].get(k, 0)} ({row['facts_chrome_share'].get(k)})"
            for k in kinds
        ]
        lines.append(
            f"| {name} | {kind} | "
            + " | ".join(cells)
            + f" | {row['fact_spans_chrome']} / {row['fact_spans']} |"
        )
    lines += ["", "Rejected inputs by reason:", ""]
    for key, row in results["runs"].items():
        lines.append(
            f"- {key}: {row['rejected'] or 'none'}; pages without gold (left out): {row['pages_without_gold']}"
        )
    return "\n".join(lines) + "\n"


def _order(key: str) -> tuple[int, int]:
    name, kind = key.split("/")
    return (
        SETS.index(name) if name in SETS else len(SETS),
        KINDS.index(kind) if kind in KINDS else len(KINDS),
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument(
        "--scratch", type=Path, default=None, help="folder for the JSONL inputs (a temporary one)"
    )
    parser.add_argument("--dump", type=Path, default=None, help="write every decision here as JSONL")
    parser.add_argument("--no-write", action="store_true", help="print the results, leave results/ alone")
    args = parser.parse_args(argv)
    runs: dict[str, Any] = {}
    dump: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="brief_chrome_") as tmp:
        folder = args.scratch or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name in args.sets.split(","):
            for kind in args.kinds.split(","):
                tally = measure(name, kind, folder, dump)
                runs[f"{name}/{kind}"] = tally.as_dict()
                print(name, kind, json.dumps(runs[f"{name}/{kind}"]), flush=True)
    results = {"test": {"share": SHARE, "slack": "half the piece's length each side"}, "runs": runs}
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in dump)
    if not args.no_write:
        saved = RESULTS / "brief_chrome.json"
        if saved.exists():  # a run of some sets replaces their rows and keeps the others'
            kept = json.loads(saved.read_text(encoding="utf-8"))["runs"]
            runs = {key: runs.get(key, kept.get(key)) for key in sorted({*kept, *runs}, key=_order)}
            results["runs"] = runs
        save_results("brief_chrome", results, _markdown(results))


if __name__ == "__main__":
    main()
