"""Benchmark of compare/: quotes (ggt_quotes_eval, polnear), quantities (newsquant), entities (conll2003_test),
cross-document alignment (ecbplus), the example-corpus gold (conflicts, agreement) and speed.

Run from the repo root: `.venv/bin/python benchmarks/bench_compare.py`. Writes benchmarks/results/compare.{json,md}.
Test sets are reported only; nothing here was tuned on them.
"""

from __future__ import annotations

import gzip
import importlib
import json
import os
import re
import statistics
import sys
import textwrap
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.compare_gold import score_corpus  # noqa: E402
from benchmarks.metrics import bcubed  # noqa: E402
from benchmarks.revision import import_at  # noqa: E402
from newsfuse import run  # noqa: E402
from newsfuse.compare import compare_event  # noqa: E402
from newsfuse.compare.align import canonical_people, clear_caches  # noqa: E402
from newsfuse.compare.entities import extract_entities, place_names  # noqa: E402
from newsfuse.compare.quantities import INITIALISM, extract_quantities, quantity_concept, singular  # noqa: E402
from newsfuse.compare.quotes import extract_quotes  # noqa: E402
from newsfuse.compare.reported import extract_reported  # noqa: E402
from newsfuse.model import Article  # noqa: E402
from newsfuse.text.words import STOP_WORDS, stem  # noqa: E402

DATA = Path(os.environ.get("NEWSFUSE_SHARED_DATA", ROOT.parent / "shared" / "data"))
RESULTS = ROOT / "benchmarks" / "results"


def _rows(*parts: str) -> Iterator[dict[str, Any]]:
    with gzip.open(DATA.joinpath(*parts), "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
    }


def _covered(gold: tuple[int, int], pred: tuple[int, int]) -> float:
    overlap = max(0, min(gold[1], pred[1]) - max(gold[0], pred[0]))
    return overlap / max(1, gold[1] - gold[0])


def _same_person(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    p, g = pred.lower().split(), gold.lower().split()
    return p == g or p[-1] == g[-1]


def ggt_matches(
    gold: list[dict[str, Any]], preds: list[tuple[int, int, str | None]], threshold: float
) -> Iterator[tuple[dict[str, Any], str | None]]:
    """GGT's one-to-one matching: each gold quote in turn takes the unused prediction that covers most of its
    characters, when that covers at least ``threshold`` of them; yields (gold quote, that prediction's speaker)."""
    used: set[int] = set()
    for g in gold:
        best = max(
            (i for i in range(len(preds)) if i not in used),
            key=lambda i: _covered((g["start"], g["end"]), preds[i][:2]),
            default=None,
        )
        if best is None or _covered((g["start"], g["end"]), preds[best][:2]) < threshold:
            continue
        used.add(best)
        yield g, preds[best][2]


def quotes_ggt(threshold: float = 0.3, reported: bool = False) -> dict[str, Any]:
    """GGT protocol: a gold quote is found when >= threshold of its characters are covered by a prediction.
    With ``reported``, indirect speech ("X said that …") is predicted too (GGT annotates both)."""
    n_pred = n_gold = n_direct = tp_pred = tp_gold = tp_direct = speaker_ok = speaker_n = 0
    for row in _rows("ggt_quotes_eval", "ggt_quotes_eval.jsonl.gz"):
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"])
        found = list(extract_quotes(art)) + (list(extract_reported(art)) if reported else [])
        preds = [(m.span.start, m.span.end, m.speaker) for m in found]
        gold = [q for q in row["quotes"] if q["quote"]]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(gold)
        n_direct += sum(g["kind_heuristic"] == "direct" for g in gold)
        for g, speaker in ggt_matches(gold, preds, threshold):
            tp_pred += 1
            tp_gold += 1
            tp_direct += g["kind_heuristic"] == "direct"
            speaker_n += 1
            speaker_ok += _same_person(speaker, g["reference"])
    return {
        "all_quotes": _prf(tp_pred, n_pred, tp_gold, n_gold),
        "direct_quotes_recall": round(tp_direct / n_direct, 4) if n_direct else 0.0,
        "resolved_speaker_accuracy": round(speaker_ok / speaker_n, 4) if speaker_n else 0.0,
        "gold_quotes": n_gold,
        "gold_direct": n_direct,
        "predicted": n_pred,
        "overlap_threshold": threshold,
    }


_IN_APOSTROPHES = re.compile(r"'{1,2}.*''[.,!?;:]?", re.DOTALL)
_IN_MARKS = re.compile(r"[\"“].*[\"”][.,!?;:]?", re.DOTALL)
"""The data's ``kind_heuristic == "direct"`` (polnear SOURCE.md): starts with "/“, ends with "/” and at most
one of .,!?;: (tested on the stripped text; it gives the data's own label for all 22,024 train/dev rows)."""


def polnear_content(text: str, spans: list[list[int]], listed: bool = False) -> tuple[int, int, str]:
    """(start, end, joined text) of a PolNeAR content span read by the data's documented convention:
    discontinuous pieces "joined by a space", the span "first-to-last piece" — first and last in the text.
    The brat files list some pieces out of text order (train 91 attributions, dev 9: a quote continued after
    its attribution, the second piece annotated first), and the data's ``quotes`` rows took the listed
    order: their ``start`` lies after their ``end``, an empty span no prediction can ever match, and their
    kind is tested on the pieces in the wrong order. Here the pieces are put in text order, and a quote mark
    just outside the first or last piece (the span starts one character inside “ or ends one character
    before ”) is taken into the span, so that the same quotation reads the same whether or not the annotator
    took its marks in (train 22 attributions, dev 1). With ``listed``: the rows as the data has them
    (sessions up to 11)."""
    if listed:
        return spans[0][0], spans[-1][1], " ".join(text[s:e] for s, e in spans)
    pieces = [list(piece) for piece in sorted(spans)]
    first, last = pieces[0], pieces[-1]
    before = text[first[0] - 2 : first[0] - 1] if first[0] >= 2 else " "
    if (
        first[0] > 0
        and text[first[0]] not in '"“'
        and (
            text[first[0] - 1] == "“"
            or (text[first[0] - 1] == '"' and (before.isspace() or before in "([—–-"))
        )
    ):
        first[0] -= 1
    after = text[last[1] + 1 : last[1] + 2] or " "
    if (
        last[1] < len(text)
        and text[last[1] - 1] not in '"”'
        and (text[last[1]] == "”" or (text[last[1]] == '"' and not after.isalnum()))
    ):
        last[1] += 1
    return pieces[0][0], max(e for _, e in pieces), " ".join(text[s:e] for s, e in pieces)


def polnear_attributions(row: dict[str, Any], listed: bool = False) -> list[dict[str, Any]]:
    """The attributions of a PolNeAR row that have content, as the data's ``quotes`` rows ("id", "quote",
    "start", "end", "kind_heuristic") but with the content read by :func:`polnear_content` and its kind by the
    data's documented heuristic on that reading; ``listed``: the pieces as the data lists them."""
    text, rows = row["text"], []
    for att in row["attributions"]:
        if not att["content"]:  # no content span (train 36, dev 1): not in the data's quotes rows either
            continue
        start, end, joined = polnear_content(text, att["content"]["spans"], listed)
        kind = (
            "direct"
            if _IN_MARKS.fullmatch(joined.strip())
            else "mixed"
            if any(mark in joined for mark in '"“”')
            else "indirect"
        )
        rows.append({"id": att["id"], "quote": joined, "start": start, "end": end, "kind_heuristic": kind})
    return rows


def polnear_direct(
    row: dict[str, Any], apostrophes: bool = True, listed: bool = False
) -> list[tuple[int, int]]:
    """The gold direct quotes of a PolNeAR row: attributions whose content (read by :func:`polnear_content`)
    is in double quote marks, and, with ``apostrophes``, in marks of two apostrophes (see :func:`quotes_polnear`)."""
    return sorted(
        (a["start"], a["end"])
        for a in polnear_attributions(row, listed)
        if a["kind_heuristic"] == "direct" or (apostrophes and _IN_APOSTROPHES.fullmatch(a["quote"]))
    )


def quotes_polnear(
    split: str,
    apostrophes: bool = True,
    listed: bool = False,
    extract: Callable[[Article], Iterable[Any]] | None = None,
) -> dict[str, Any]:
    """Direct quotes found with >= 50 % overlap, one to one. Gold direct quotes are the attributions whose
    content is in double quote marks (the data's ``kind_heuristic == "direct"``) and, with ``apostrophes``,
    those in marks of two apostrophes (''…'', the NYT texts' convention, which that heuristic misses and
    labels indirect; the gold span of some starts at the second apostrophe); without it, our quotes in '' marks
    count as false positives. Content spans are read in text order (:func:`polnear_content`); ``listed``
    scores the data's ``quotes`` rows as they are, the measure of sessions up to 11. ``extract``: the quote
    extractor scored (default extract_quotes)."""
    extract = extract or extract_quotes
    n_pred = n_gold = tp = 0
    for row in _rows("polnear", "polnear.jsonl.gz"):
        if row["split"] != split:
            continue
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"])
        preds = _joined(list(extract(art)))
        gold = (
            [
                (q["start"], q["end"])
                for q in row["quotes"]
                if q["kind_heuristic"] == "direct"
                or (apostrophes and _IN_APOSTROPHES.fullmatch(q["quote"] or ""))
            ]
            if listed
            else polnear_direct(row, apostrophes)
        )
        n_pred, n_gold = n_pred + len(preds), n_gold + len(gold)
        used: set[int] = set()
        for g in gold:
            hit = next(
                (
                    i
                    for i, p in enumerate(preds)
                    if i not in used and _covered(g, p) >= 0.5 and _covered(p, g) >= 0.5
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                tp += 1
    return {**_prf(tp, n_pred, tp, n_gold), "gold_direct": n_gold, "predicted": n_pred}


def polnear_gold_changes(split: str) -> dict[str, int]:
    """How many gold direct quotes (with '' marks) of ``split`` the text-order reading changes: listed rows
    whose start lies after their end (empty spans), rows that become direct when their pieces are read in
    order or their marks taken in, and the totals."""
    counts = {"listed": 0, "text_order": 0, "listed_empty": 0, "only_listed": 0, "only_text_order": 0}
    for row in _rows("polnear", "polnear.jsonl.gz"):
        if row["split"] != split:
            continue
        old, new = polnear_direct(row, listed=True), polnear_direct(row)
        counts["listed"] += len(old)
        counts["text_order"] += len(new)
        counts["listed_empty"] += sum(start >= end for start, end in old)
        counts["only_listed"] += len(set(old) - set(new))
        counts["only_text_order"] += len(set(new) - set(old))
    return counts


def polnear_scorer_audit() -> dict[str, Any]:
    """Session 11's audit of the PolNeAR direct-quote scorer: the measures of sessions up to 11 (content
    pieces as the data lists them) beside the ``polnear`` sections (pieces in text order, quote marks just
    outside a piece taken in), and how many gold quotes change (train and dev only)."""
    return {
        "listed_order": {s: quotes_polnear(s, listed=True) for s in ("train", "dev", "test")},
        "listed_order_double_marks_only": {
            s: quotes_polnear(s, apostrophes=False, listed=True) for s in ("train", "dev", "test")
        },
        "speakers_listed_order": {s: speakers_polnear(s, listed=True) for s in ("dev", "test")},
        "gold_changes": {s: polnear_gold_changes(s) for s in ("train", "dev")},
    }


def _joined(quotes: list[Any]) -> list[tuple[int, int]]:
    """PolNeAR's convention: a quote continued after its attribution ("A," she said. "B.") is one
    (discontinuous) content span, scored first piece to last. Quotes flagged ``embedded`` (a quotation inside
    the writer's sentence, which PolNeAR annotates as a mixed attribution) are left out with their pieces."""
    return [(start, end) for start, end, _ in _joined_speakers(quotes)]


def _joined_speakers(quotes: list[Any]) -> list[tuple[int, int, str | None]]:
    """:func:`_joined`'s spans with the speaker of each quote's first piece."""
    spans: list[tuple[int, int, bool, str | None]] = []
    for m in quotes:
        if m.continued and spans:
            spans[-1] = (spans[-1][0], m.span.end, spans[-1][2], spans[-1][3])
        else:
            spans.append((m.span.start, m.span.end, m.embedded, m.speaker))
    return [(start, end, speaker) for start, end, embedded, speaker in spans if not embedded]


_PRONOUN_SOURCES = {"he", "she", "they", "i", "we"}


def _source_kind(source: str) -> str:
    """PolNeAR's source mention as "pronoun", "named" (starts with a capitalised word) or "described"."""
    if source.lower() in _PRONOUN_SOURCES:
        return "pronoun"
    first = source.split()[0]
    return (
        "described"
        if first.lower() in {"the", "a", "an", "one", "another", "my"} or first.islower()
        else "named"
    )


def polnear_speaker_hits(
    split: str, extract: Callable[[Article], Iterable[Any]] | None = None, listed: bool = False
) -> Iterator[tuple[str, dict[str, Any], str | None, str | None]]:
    """(text, attribution, nearest earlier named source, our speaker) for each PolNeAR attribution of ``split``
    whose content is a direct quote found (matched as in :func:`quotes_polnear`) by ``extract`` (default
    extract_quotes), in the text's order. Content spans are read by :func:`polnear_content` (``listed``: as
    the data lists them, the measure of sessions up to 11)."""
    extract = extract or extract_quotes
    for row in _rows("polnear", "polnear.jsonl.gz"):
        if row["split"] != split:
            continue
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"])
        preds = _joined_speakers(list(extract(art)))
        named: str | None = None
        spans = {
            a["id"]: polnear_content(row["text"], a["content"]["spans"], listed)[:2]
            for a in row["attributions"]
            if a["content"] and a["source"]
        }
        for att in sorted(
            (a for a in row["attributions"] if a["id"] in spans), key=lambda a: spans[a["id"]][0]
        ):
            source = att["source"]["text"]
            start, end = spans[att["id"]]
            earlier = named
            named = source if _source_kind(source) == "named" else named
            hit = next(
                (
                    p
                    for p in preds
                    if _covered((start, end), p[:2]) >= 0.5 and _covered(p[:2], (start, end)) >= 0.5
                ),
                None,
            )
            if hit is not None and row["text"][start] in "\"“'":  # direct quotes found only
                yield row["text"], att, earlier, hit[2]


def speakers_polnear(split: str, listed: bool = False) -> dict[str, Any]:
    """Speaker accuracy on the direct quotes found (matched as in :func:`quotes_polnear`). PolNeAR's sources
    are mentions, not resolved names, so: a named source is right when our speaker's last word is in it; a
    pronoun source ("he") is scored against the nearest earlier attribution with a named source (a proxy for
    the resolved name: wrong when the pronoun refers further back). Described sources are only counted."""
    counts = {"named": [0, 0], "pronoun": [0, 0], "described": [0, 0]}
    for _, att, earlier, speaker in polnear_speaker_hits(split, listed=listed):
        source = att["source"]["text"]
        kind = _source_kind(source)
        gold = source if kind == "named" else earlier
        counts[kind][1] += 1
        counts[kind][0] += bool(
            kind != "described" and speaker and gold and speaker.split()[-1].lower() in gold.lower()
        )
    ok, n = (counts["named"][i] + counts["pronoun"][i] for i in (0, 1))
    return {
        "accuracy_named_and_pronoun": round(ok / n, 4) if n else 0.0,
        "named_source_accuracy": round(counts["named"][0] / max(1, counts["named"][1]), 4),
        "pronoun_source_accuracy_proxy": round(counts["pronoun"][0] / max(1, counts["pronoun"][1]), 4),
        "named_sources": counts["named"][1],
        "pronoun_sources": counts["pronoun"][1],
        "described_sources": counts["described"][1],
    }


_UNIT_NAMES = {
    "percent": "percentage",
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "km": "kilometre",
    "m": "metre",
    "kg": "kilogram",
    "g": "gram",
    "square foot": "square foot",
    "percentage point": "percentage point",
    "CNY": "chinese yuan",
    "CAD": "canadian dollar",
    "AUD": "australian dollar",
    "INR": "indian rupee",
    "HKD": "hong kong dollar",
    "NZD": "new zealand dollar",
    "SGD": "singapore dollar",
    "BRL": "brazilian real",
    "MYR": "malaysian ringgit",
    "IDR": "indonesian rupiah",
    "ILS": "shekel",
    "KRW": "south korean won",
    "ZAR": "south african rand",
    "TRY": "turkish lira",
    "MXN": "mexican peso",
    "RUB": "russian ruble",
    "pound": "pound-mass",
    "time": "count",
    "revolution per minute": "revolutions per minute",
    "part per billion": "parts-per-billion",
    "part per million": "parts-per-million",
    "CHF": "swiss franc",
    "SEK": "swedish krone",
    "franc": "swiss franc",
    "NOK": "norwegian krone",
    "DKK": "danish krone",
    "celsius": "celsius",
    "fahrenheit": "fahrenheit",
    "tonne": "metric ton",
    "light year": "light-year",
    "milliampere hour": "milliampere-hour",
    "nautical mile": "mile",
    "peso": "mexican peso",
    "pound per square inch": "pound per square inch",
}
"""Our unit codes → the normalised unit names of the CQE/NewsQuant gold: the keys of CQE's unit dictionary
(vivkaz/CQE, CQE/unit.json: "metric ton" for tonnes, "celsius", "light-year", "pound-mass", "count" for
"N times", nautical miles as "mile"); a rate maps part by part ("USD per barrel" → "dollar per barrel").
Rupees written as a word or "Rs" are CQE's "rupee" (its "indian rupee" is "₹"/"INR"/"Indian rupees")."""


def _unit_name(unit: str | None, written: str = "") -> str:
    if not unit:
        return ""
    if unit.startswith("INR") and not re.search(r"₹|INR|[Ii]ndian", written):
        unit = "rupee" + unit[3:]
    if unit == "barrel" and re.search(r"barrels? of oil", written, re.IGNORECASE):
        return "barrel of oil"  # a key of its own in CQE's unit.json (a rate stays "barrel per day")
    if unit in _UNIT_NAMES:
        return _UNIT_NAMES[unit]
    return " per ".join(_UNIT_NAMES.get(part, part) for part in unit.split(" per "))


def _unit_right(match: Any, gold: dict[str, Any]) -> bool:
    """Whether a prediction's unit is the gold's normalised unit: the same CQE name, or, for a count (no
    unit), its counted thing is the gold unit's last word (as its singular, CQE's lemma, or its light stem),
    or neither has a unit."""
    gold_unit = (gold["normalized_unit"] or "").lower()
    if not match.unit:
        thing = match.slot.split()[-1] if match.slot else ""
        last = gold_unit.split()[-1] if gold_unit else ""
        return not gold_unit or thing in (singular(last), stem(last))
    return bool(gold_unit) and _unit_name(match.unit, match.text) == gold_unit


def _score_quantities(
    rows: Iterable[dict[str, Any]],
    extract: Callable[[Article], Iterable[Any]] = extract_quantities,
    concept: Callable[[str, int, int], str | None] | None = quantity_concept,
) -> dict[str, Any]:
    """Value, value+unit F1 and referent accuracy of ``extract`` on sentences in the NewsQuant format: a gold
    quantity is matched by its lower value (``value_min``) to one free prediction, one whose unit is right
    if any (as CQE's evaluation pairs them). Clock times ("9 a.m.", slot "clock time") are times, not
    quantities (CQE does not tag them): they are left out of the predictions and counted apart. The
    referent is right when the last word (the head) of ``concept``'s reading of the matched quantity (the
    code before session 12 had none: its counted thing, the slot's last word) is, as its singular, a word
    of the gold concept's keyword bag; ``referent_accuracy_counted_noun`` scores the slot's last word alone
    (the measure of sessions 10-11). ``value_concept_partial`` is CQE's "value+concept (partial)" F1: a value
    matched and a word of the reading (as written) among the gold concept's words (CQE_Evaluation's
    ``concepts_match``; its published 0.761 for CQE on NewsQuant)."""
    n_pred = n_gold = tp_value = tp_unit = concept_n = concept_ok = noun_ok = partial = clock = 0
    for row in rows:
        art = Article(id=row["id"], path=row["id"], text=row["text"])
        found = list(extract(art))
        preds = [m for m in found if m.unit != "clock"]
        clock += len(found) - len(preds)
        gold = row["quantities"]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(gold)
        free = list(preds)
        for g in gold:
            same = [p for p in free if _raw(p) is not None and abs(_raw(p) - g["value_min"]) < 1e-6]  # type: ignore[operator]
            if not same:
                continue
            match = next((p for p in same if _unit_right(p, g)), same[0])
            free.remove(match)
            tp_value += 1
            tp_unit += _unit_right(match, g)
            if g["concept"]:
                bag = {singular(w) for w in re.split(r"[,\s]+", g["concept"].lower()) if w}  # CQE's split
                thing = match.slot.split()[-1] if match.slot else ""
                concept_n += 1
                noun_ok += bool(thing) and thing in bag
                read = concept(row["text"], match.span.start, match.span.end) if concept else match.slot
                if concept is not None:
                    thing = singular(read.split()[-1]) if read else ""
                concept_ok += bool(thing) and thing in bag
                partial += bool(set((read or "").split()) & set(re.split(r"[,\s]+", g["concept"].lower())))
    return {
        "value": _prf(tp_value, n_pred, tp_value, n_gold),
        "value_unit": _prf(tp_unit, n_pred, tp_unit, n_gold),
        "referent_accuracy": round(concept_ok / concept_n, 4) if concept_n else 0.0,
        "referent_accuracy_counted_noun": round(noun_ok / concept_n, 4) if concept_n else 0.0,
        "value_concept_partial": _prf(partial, n_pred, partial, n_gold),
        "gold": n_gold,
        "predicted": n_pred,
        "clock_times_left_out": clock,
    }


_WORD = re.compile(r"[A-Za-z][\w'-]*")
_UNIT_WORD = re.compile(r"(?:[A-Za-z]\.){2,6}(?!\w)|[A-Za-z][\w'-]*")
"""A word of a counted noun phrase, a dotted initialism whole: "U.S. troops" `u.s. troop`, as the convention
writes it (issue 7, session 30, IN′)."""
_SCALE_WORDS = frozenset(
    [
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "dozen",
        "dozens",
        "crore",
        "lakh",
        "bn",
        "bln",
        "mln",
        "mn",
        "tn",
        "trn",
        "m",
        "k",
        "and",
        "a",
        "half",
        "quarter",
    ]
)


def _cqe_value(mention: Any) -> float | tuple[float, float]:
    """A prediction's value as CQE_Evaluation's ``decode_dictionary`` reads a tagger's: a range is the pair
    (low, high), anything else one number (durations undone from days, as ``_raw``)."""
    from newsfuse.compare.quantities import DAYS_PER

    low = _raw(mention)
    if mention.upper is None:
        return float(low)  # type: ignore[arg-type]
    high = mention.upper / DAYS_PER[mention.unit] if mention.unit in DAYS_PER else mention.upper
    return (float(low), float(high))  # type: ignore[arg-type]


_NOT_IN_UNIT = frozenset({"more", "former"})
"""Stop words that modify a counted noun without naming it ("10,000 more teachers", "three former bank
executives"): passed over before the noun, as CQE's ``normalize_unit_token`` drops stop words; "other" is
kept ("12 other animals": `other animal`, the dev set's convention since session 11)."""


_FRACTION_WORDS = frozenset(
    ["half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"]
)
"""Fractions in words: part of the value, as CQE's fraction table reads them ("a fifth", "two-thirds of"),
never a counted thing (session 20's second shift; before, "a fifth" was read as a count of "fifth")."""


_PART_PASSED = frozenset(
    {"the", "its", "their", "his", "her", "our", "your", "my", "these", "those"}
    | {"many", "several", "numerous", "most", "very"}
)
"""Words between a part's "of" and its whole's noun ("Five of the victims", "one of the most critical
injuries"): passed over, so that a part is named by its whole (session 27, W'')."""
_RANGE_JOINS = frozenset({"to", "and"})
"""The words between a range's ends ("40 to 50 boats", "between 40 and 50 boats"): part of the value, so that
a counted range is read with its counted phrase, as CQE names it, not with none (session 22's finding)."""


def _numberish(word: str) -> bool:
    """A number word, a scale, a fraction or their plural ("twenty", "million", "dozens", "tens", "thirds"):
    part of the value."""
    from newsfuse.compare.quantities import _NUMBER_WORDS

    return (
        word in _NUMBER_WORDS
        or word in _SCALE_WORDS
        or word in _FRACTION_WORDS
        or (word[-1:] == "s" and (word[:-1] in _SCALE_WORDS or word[:-1] in _NUMBER_WORDS))
    )


_CQE_LEMMA = {"troops": "troop"}
"""Counted plurals CQE names by a lemma the extractor's singular keeps whole (its counted thing ends at "troops"):
"700 MONUC troops" `monuc troop`, as mrpc-023's gold `u.s. troop` (issue 7, session 30, IN′)."""


def _cqe_unit(mention: Any, range_joins: bool = True, lemma: Callable[[str], str] = singular) -> str:
    """A prediction's normalised unit as one string, for the gold's exact comparison: a unit's CQE name, or for
    a count the counted noun phrase as CQE names it (the lemmas of its words, stop words left out:
    "14 new wind turbines" -> "new wind turbine"), or "-" (CQE's "no unit") for a bare number. The phrase is
    read from the mention's words after its number: number words and scales (also hyphenated, "Twenty-five",
    and a vague plural's "of": "Dozens of flights", "Tens of thousands of marchers") are the value; a number
    compounded with a noun leaves the noun ("one-bedroom"); "more" and "former" before the noun are passed
    over; the phrase ends at a stop word or at the counted thing the extractor named (the slot's last word),
    its last word as its singular; "to" or "and" between a range's ends is the value too ("10 to 15 people";
    ``range_joins``, session 23: without it, such a range is read without unit, as sessions 19-22 read it).
    Session 18's reading stopped at the first stop word after the number, so that these counts were read
    without unit. ``lemma``: the singular of the extractor being scored (an older code's own, session 24)."""
    if mention.unit:
        return _unit_name(mention.unit, mention.text)
    head = mention.slot.split()[-1] if mention.slot else ""
    written = [w.group(0) for w in _UNIT_WORD.finditer(mention.text)]
    words = [w.lower() for w in written]
    i = 0
    while i < len(words):
        word = words[i]
        parts = word.split("-")
        if _numberish(word) or all(_numberish(p) for p in parts):
            i += 1
        elif len(parts) > 1 and _numberish(parts[0]):
            words[i] = "-".join(p for p in parts if not _numberish(p))  # "one-bedroom": the noun
            break
        elif i and word in ("of", "a", "an") and _numberish(words[i - 1]):
            i += 1  # "Dozens of flights", "a quarter of a million fans"
        elif range_joins and mention.upper is not None and word in _RANGE_JOINS:
            i += 1  # between a range's ends: "10 to 15 people", "five to six wildfires" (session 23)
        else:
            break
    whole = i if _fraction(mention.text) else _past_part_of(words, i)
    if whole > i and any(lemma(w) == head and (w != head or w == "people") for w in words[whole : whole + 4]):
        i = whole  # a part named by its plural whole: "Five of the victims" (not "one of the largest in")
    while i < len(words) and words[i] in _NOT_IN_UNIT:
        i += 1
    kept: list[str] = []
    for word, shown in zip(words[i:], written[i:], strict=True):
        if word in STOP_WORDS and not (word == "other" and not kept) and not INITIALISM.fullmatch(shown):
            break  # (an initialism is no stop word: "300 US soldiers" `us soldier`)
        kept.append(word)
        if head and lemma(word) == head:
            break
    if not kept:
        return "-"
    kept[-1] = _CQE_LEMMA.get(kept[-1]) or lemma(kept[-1])
    return " ".join(kept)


_RATIO_IN = re.compile(r"\s+in\s", re.IGNORECASE)
"""A ratio's "in" after its first number ("one in four children"): no partitive (session 27, W'')."""


def _fraction(text: str) -> bool:
    """Whether a mention's value, the words before any "of", is a fraction: a fraction word ("half",
    "three-quarters") or a slash ("1/4"). A fraction of a thing is no count of it (session 27, W'')."""
    value = text.partition(" of ")[0]
    return "/" in value or any(
        p in _FRACTION_WORDS for w in _WORD.findall(value.lower()) for p in w.split("-")
    )


def _past_part_of(words: list[str], i: int) -> int:
    """Where a part's whole begins, ``words[i]`` the first word after its value: past "of" and the
    determiners, possessors and quantifiers after it ("Five of the victims", "one of the most critical
    injuries"), or ``i`` when no such word follows "of" (session 27, W'')."""
    j = i + (i < len(words) and words[i] == "of")
    if j == i and not (i and words[i - 1] == "of"):
        return i
    k = j
    while k < len(words) and (
        words[k] in _PART_PASSED or words[k].endswith(("'s", "'", "\u2019s", "\u2019"))
    ):
        k += 1
    return k if k > j else i


def _cqe_units(mentions: list[Any], text: str) -> list[str]:
    """``_cqe_unit`` of each of the mentions of ``text``, a part the extractor writes "part of X" read as its
    whole: the reading of the nearest mention of slot X after it, else before it ("Seven of the nine
    Democratic presidential candidates", "600 beds, 80 of them"), X itself when none is read ("one of the most
    critical injuries"); no unit for a fraction's part ("Half of the 40 nurses", "1/4 of") nor for a ratio's
    ("one in four children", as the convention keeps it; session 27, W'')."""
    units = [_cqe_unit(m) for m in mentions]
    for k, m in enumerate(mentions):
        whole = m.slot[8:] if m.slot.startswith("part of ") and not m.unit else ""
        if whole in ("", "number") or _fraction(m.text) or _RATIO_IN.match(text, m.span.end):
            continue
        after = [n for n in range(k + 1, len(mentions)) if mentions[n].slot == whole]
        before = [n for n in range(k - 1, -1, -1) if mentions[n].slot == whole]
        units[k] = units[(after or before)[0]] if after or before else whole
    return units


def _cqe_unit_s18(mention: Any) -> str:
    """A prediction's normalised unit as one string, for the gold's exact comparison: a unit's CQE name, or for
    a count the counted words written after the number up to the first stop word, the last as its singular
    (CQE names a counted noun by the lemmas of its phrase: "14 new wind turbines" -> "new wind turbine"),
    or "-" (CQE's "no unit") for a bare number. Session 18's reading, kept to show its figures beside the
    present one (``_cqe_unit``)."""
    if mention.unit:
        return _unit_name(mention.unit, mention.text)
    digits = re.search(r"\d[\d,.]*|[A-Za-z]+", mention.text)  # the number (digits or a number word)
    words: list[str] = []
    for word in _WORD.finditer(mention.text, digits.end() if digits else 0):
        lowered = word.group(0).lower()
        if not words and lowered in _SCALE_WORDS:
            continue  # "1.31 million units": the scale is in the value
        if lowered in STOP_WORDS:
            break
        words.append(lowered)
    if not words:
        return "-"
    words[-1] = singular(words[-1])
    return " ".join(words)


def _cqe_close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-08 + 1e-05 * abs(b)  # numpy.isclose's defaults, as CQE_Evaluation calls it


def _cqe_values_match(gold: float | tuple[float, float], pred: float | tuple[float, float]) -> bool:
    """CQE_Evaluation's ``values_match``: a range only against a range (both ends), a number against a number."""
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        if not (isinstance(gold, tuple) and isinstance(pred, tuple)):
            return False
        return _cqe_close(pred[0], gold[0]) and _cqe_close(pred[1], gold[1])
    return _cqe_close(pred, gold)


def _score_cqe_protocol(
    rows: Iterable[dict[str, Any]],
    extract: Callable[[Article], Iterable[Any]] = extract_quantities,
    unit: Callable[[Any], str] | None = None,
) -> dict[str, Any]:
    """Value and value+unit F1 by the published protocol, CQE_Evaluation's ``calculate_metrics``
    (satya77/CQE_Evaluation ``evaluate_models.py``), re-implemented: per sentence, gold and predictions sorted
    by normalised unit; for each gold quantity, the predictions are walked in order and each whose value
    matches counts a value hit (at most as many as the sentence has gold quantities), until one whose
    normalised unit is the same string (lower-cased; "-" for none) — that one counts for value+unit and is
    used up. A gold range ("3-5") matches only a predicted range with both ends; a prediction's unit is our
    code's CQE name, a count's the counted words as ``_cqe_unit`` writes them. Differences from
    ``_score_quantities`` (ours): a range matched by both ends, not by its lower end; a count's unit the whole
    counted phrase, not its last word; a count of a thing against a gold without unit is wrong, not right;
    a value hit is counted again when a same-valued prediction with the wrong unit is passed over."""
    name = unit or _cqe_unit  # (``unit``: another reading of a prediction's unit, e.g. session 18's)
    n_pred = n_gold = tp_value = tp_unit = 0
    for row in rows:
        art = Article(id=row["id"], path=row["id"], text=row["text"])
        found = [m for m in extract(art) if m.unit != "clock" and m.number is not None]
        units = _cqe_units(found, row["text"]) if unit is None else [name(m) for m in found]
        tags = [(_cqe_value(m), u) for m, u in zip(found, units, strict=True)]
        gold = []
        for g in row["quantities"]:
            shown = str(g["value"])
            value: float | tuple[float, float] = (
                (float(g["value_min"]), float(g["value_max"]))
                if "-" in shown and not shown.startswith("-") and "E" not in shown
                else float(g["value_min"])
            )
            gold.append((value, (g["normalized_unit"] or "-").lower()))
        n_pred, n_gold = n_pred + len(tags), n_gold + len(gold)
        tags.sort(key=lambda t: t[1])
        left = len(gold)
        for g_value, g_unit in sorted(gold, key=lambda t: t[1]):
            for tag in tags:
                if not _cqe_values_match(g_value, tag[0]):
                    continue
                if left > 0:
                    tp_value, left = tp_value + 1, left - 1
                if tag[1] == g_unit:
                    tp_unit += 1
                    tags.remove(tag)
                    break
    return {
        "value": _prf(tp_value, n_pred, tp_value, n_gold),
        "value_unit": _prf(tp_unit, n_pred, tp_unit, n_gold),
        "gold": n_gold,
        "predicted": n_pred,
    }


QUANTITY_SESSION_STARTS: dict[int, str] = {
    10: "0483852",
    11: "65b1fe4",
    12: "eb196d9",
    13: "38b4173",
    14: "6edae91",
    15: "7711ea4",
    16: "4cfccec",
    17: "409e9d7",
    18: "f327002",
    19: "7d6983b",
    20: "79da6fe",
    22: "cb08a57",
    23: "51c8bcd",
    24: "94ec250",
    25: "5f79b04",
}
"""The quantity code at the start of each session of issue 7's quantity rounds (10: quality; 11: unit names;
12: concepts; 13: concepts in the facts, money, rates; 14: false conflicts, the concept's cost, slash rates,
bare counts after verbs; 15: a change then its level, hyphenated rates, the baselines folded into this map;
16: CQE's conventions for a unit read from the words around the number — alternatives, fractions of a point,
counted nouns past a participle, model numbers, lower-cased index names, levels and decimals; 17: new wire
copy split into tune/confirm halves, the conventions left open, the concept read in the quantity's own clause;
18: units — the gold's convention written down, a unit batch, the published protocol's scorer beside ours;
19: extract_quantities' CPU with identical outputs, the protocol's count unit, the protocol as the headline;
20: the protocol's value convention from CQE's code, a dev batch of value forms, rules by kind; 22: a
batch in NewsQuant's preprocessed form, ranges whose upper end repeats its scale or percent sign; 23: a batch
of the classes round 22 left — spaced units, fractions, ranges with the unit written once, counted ranges; 24:
ordinary news across beats, and real copy drawn at random from dev corpora; 25: a third real-copy probe
from modern local news, the real probes' read samples pooled)."""
SPEED_ROUND_15_START = "f0b5487"
"""The quantity code when session 15's speed-only round on it began (after that session's rules)."""
SCORED_SESSIONS = (11, 13, 14, 15, 16, 17, 18, 19)
"""The sessions whose starting code is scored beside the tree, by the same scorer and in the same run, on
NewsQuant and the dev set (each result's ``baselines``, keyed by the session), so that the scorer's share of a
change and the extractor's are told apart."""
_SESSION_OF = {commit: session for session, commit in QUANTITY_SESSION_STARTS.items()}
_LEGACY_KEYS = {
    11: ("code_at_session_start", "session_start"),
    13: ("code_at_session13_start", "session13_start"),
    14: ("code_at_session14_start", "session14_start"),
}
"""Where results saved before session 15 hold a baseline: (in a section, in a part of the dev set)."""


@cache
def _quantities_at(session: int) -> Any:
    """The quantity module of the code at the start of ``session``."""
    commit = QUANTITY_SESSION_STARTS[session]
    return importlib.import_module(
        import_at(commit, "compare", f"newsfuse_compare_q{session}").__name__ + ".quantities"
    )


def _baselines(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """``rows`` scored with the code at the start of each of ``SCORED_SESSIONS``, keyed by the session."""
    out = {}
    for session in SCORED_SESSIONS:
        module = _quantities_at(session)
        scores = _score_quantities(rows, module.extract_quantities, getattr(module, "quantity_concept", None))
        out[str(session)] = {"commit": QUANTITY_SESSION_STARTS[session], **scores}
    return out


def _baseline(section: dict[str, Any], session: int, part: bool = False) -> dict[str, Any] | None:
    """The scores of the code at the start of ``session`` in a result ``section`` (or a dev-set ``part``),
    also as saved before the baselines were folded into one mapping."""
    found = (section.get("baselines") or {}).get(str(session))
    if found is None and session in _LEGACY_KEYS:
        found = section.get(_LEGACY_KEYS[session][part])
    return found


def quantities_newsquant() -> dict[str, Any]:
    """The NewsQuant sentences (test: reported, never tuned on), and the code at the start of each of
    ``SCORED_SESSIONS`` by the same scorer."""
    rows = [r for r in _rows("newsquant", "newsquant.jsonl.gz") if r["subset"] == "newsquant"]
    return {
        **_score_quantities(rows),
        "baselines": _baselines(rows),
        "cqe_protocol": _score_cqe_protocol(rows),
        "cqe_protocol_at_18": _score_cqe_protocol(rows, _quantities_at(18).extract_quantities),
        "cqe_protocol_at_19": _score_cqe_protocol(rows, _quantities_at(19).extract_quantities),
        "cqe_protocol_at_20": _score_cqe_protocol(rows, _quantities_at(20).extract_quantities),
        "cqe_protocol_s18_reading": _score_cqe_protocol(rows, unit=_cqe_unit_s18),
        "cqe_protocol_s18_reading_at_18": _score_cqe_protocol(
            rows, _quantities_at(18).extract_quantities, _cqe_unit_s18
        ),
    }


QUANTITIES_UNITS_DEV = ROOT / "benchmarks" / "data" / "quantities_units_dev.jsonl"
"""Session 18's unit batch: wire-copy fiction across beats in CQE's unit convention (README.md), halves by id
parity (even ids: tune, odd: confirm)."""


def quantities_units_dev() -> dict[str, Any]:
    """The unit batch by our scorer and by the published protocol, now and with the code at the start of
    session 18, whole and by half (units-001..090 written first; units-091..100, NewsQuant's preprocessing —
    lower-cased, spaced punctuation, no apostrophes — written after probing such forms; units-101..120, forms
    found by probing throwaway sentences: "104 °F", "bbl/d", "RM 9", "12 oz of", "45 min", "41 pts")."""
    with QUANTITIES_UNITS_DEV.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    start = _quantities_at(18)
    first, probed = rows[:100], rows[100:120]
    parts = {
        "all": rows,
        "all, tune (even ids)": [r for r in rows if int(r["id"][-3:]) % 2 == 0],
        "all, confirm (odd ids)": [r for r in rows if int(r["id"][-3:]) % 2 == 1],
        "units-001..100": first,
        "units-001..100, tune (even ids)": [r for r in first if int(r["id"][-3:]) % 2 == 0],
        "units-001..100, confirm (odd ids)": [r for r in first if int(r["id"][-3:]) % 2 == 1],
        "units-091..100, NewsQuant's preprocessing": rows[90:100],
        "units-101..120, forms found by probing (symbols apart, abbreviations)": probed,
        "units-101..120, tune (even ids)": [r for r in probed if int(r["id"][-3:]) % 2 == 0],
        "units-101..120, confirm (odd ids)": [r for r in probed if int(r["id"][-3:]) % 2 == 1],
        "units-121..130, tokenised copy (hyphens spaced), written after its rule": rows[120:130],
        "units-131..140, abbreviations of a fourth probe, tune (even ids)": [
            r for r in rows[130:140] if int(r["id"][-3:]) % 2 == 0
        ],
        "units-131..140, abbreviations of a fourth probe, confirm (odd ids)": [
            r for r in rows[130:140] if int(r["id"][-3:]) % 2 == 1
        ],
        "units-141..146, money with its scale apart ('$ 6 m')": rows[140:146],
        "units-147..154, the spellings the confirm halves kept wrong, new sentences": rows[146:154],
        "units-155..158, ages in apposition in tokenised copy, written after its rule": rows[154:158],
    }
    return {
        name: {
            "sentences": len(part),
            "now": _score_quantities(part),
            "at_18": _score_quantities(part, start.extract_quantities, start.quantity_concept),
            "cqe_protocol": _score_cqe_protocol(part),
            "cqe_protocol_at_18": _score_cqe_protocol(part, start.extract_quantities),
            "cqe_protocol_at_20": _score_cqe_protocol(part, _quantities_at(20).extract_quantities),
            "cqe_protocol_s18_reading": _score_cqe_protocol(part, unit=_cqe_unit_s18),
            "cqe_protocol_s18_reading_at_18": _score_cqe_protocol(
                part, start.extract_quantities, _cqe_unit_s18
            ),
        }
        for name, part in parts.items()
    }


SHIFT_20B_START = "69eacfe"
"""The code at the start of session 20's second quantities shift (CQE's ``lonely_num`` and word fractions)."""

QUANTITIES_FORMS_DEV = ROOT / "benchmarks" / "data" / "quantities_forms_dev.jsonl"
"""Session 20's batch of value forms (README.md): fiction labelled in CQE's convention before the extractor was
run on it; halves by id parity (even ids: tune, odd: confirm)."""


def quantities_forms_dev() -> dict[str, Any]:
    """The value-forms batch by the published protocol and by ours, now and with the code at the start of
    session 20, whole, by half and by the part written when (forms-001..063 wire style; forms-064..083
    NewsQuant's preprocessing; forms-084..113 market and business copy; forms-114..159 the spellings CQE's
    ``_preprocess_text`` rewrites)."""
    with QUANTITIES_FORMS_DEV.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    start = _quantities_at(20)
    shift = importlib.import_module(
        import_at(SHIFT_20B_START, "compare", "newsfuse_compare_q20b").__name__ + ".quantities"
    )

    def half(part: list[dict[str, Any]], parity: int) -> list[dict[str, Any]]:
        return [r for r in part if int(r["id"][-3:]) % 2 == parity]

    batches = {
        "forms-001..063, wire style": rows[:63],
        "forms-064..083, NewsQuant's preprocessing": rows[63:83],
        "forms-084..113, market and business copy": rows[83:113],
        "forms-114..135, CQE's rewrites of wire copy": rows[113:135],
        "forms-136..159, more of CQE's rewrites": rows[135:159],
        "forms-160..179, market copy, no rule written from it": rows[159:179],
        "forms-180..199, tokenised copy for the pre-pass test": rows[179:199],
    }
    parts: dict[str, list[dict[str, Any]]] = {
        "all": rows,
        "tune (even ids)": half(rows, 0),
        "confirm (odd ids)": half(rows, 1),
    }
    for name, batch in batches.items():
        parts[f"{name}, tune (even ids)"] = half(batch, 0)
        parts[f"{name}, confirm (odd ids)"] = half(batch, 1)
    return {
        name: {
            "sentences": len(part),
            "cqe_protocol": _score_cqe_protocol(part),
            "cqe_protocol_at_20": _score_cqe_protocol(part, start.extract_quantities),
            "cqe_protocol_at_20b": _score_cqe_protocol(part, shift.extract_quantities),
            "now": _score_quantities(part),
            "at_20": _score_quantities(part, start.extract_quantities, start.quantity_concept),
        }
        for name, part in parts.items()
    }


QUANTITIES_NEWS_DEV = ROOT / "benchmarks" / "data" / "quantities_news_dev.jsonl"
"""Session 21's batch of news sentences in NewsQuant's convention (README.md): labelled and committed before
the extractor ran on it; halves by id parity (even ids: tune, odd: confirm)."""


def _halves(path: Path) -> dict[str, list[dict[str, Any]]]:
    """A batch's sentences, whole and by half (even ids: tune, odd: confirm)."""
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return {
        "all": rows,
        "tune (even ids)": [r for r in rows if int(r["id"][-3:]) % 2 == 0],
        "confirm (odd ids)": [r for r in rows if int(r["id"][-3:]) % 2 == 1],
    }


def quantities_news_dev() -> dict[str, Any]:
    """Session 21's news batch by the published protocol and by ours, whole and by half."""
    return {
        name: {
            "sentences": len(part),
            "cqe_protocol": _score_cqe_protocol(part),
            "now": _score_quantities(part),
        }
        for name, part in _halves(QUANTITIES_NEWS_DEV).items()
    }


QUANTITIES_STYLED_DEV = ROOT / "benchmarks" / "data" / "quantities_styled_dev.jsonl"
"""Session 22's batch in NewsQuant's preprocessed form (lower-cased, apostrophes dropped, spaced punctuation;
README.md): labelled and committed before the extractor ran on it; halves by id parity."""


def quantities_styled_dev() -> dict[str, Any]:
    """Session 22's batch by the published protocol, whole and by half, now and with the code at the start
    of session 22; and by ours, now."""
    start = _quantities_at(22)
    out: dict[str, Any] = {
        name: {
            "sentences": len(part),
            "cqe_protocol": _score_cqe_protocol(part),
            "cqe_protocol_at_22": _score_cqe_protocol(part, start.extract_quantities),
            "now": _score_quantities(part),
        }
        for name, part in _halves(QUANTITIES_STYLED_DEV).items()
    }
    out["other dev files"] = {}  # the rule's "no other dev file down", now and at the session's start
    for path in (QUANTITIES_DEV, QUANTITIES_UNITS_DEV, QUANTITIES_FORMS_DEV, QUANTITIES_NEWS_DEV):
        rows = _halves(path)["all"]
        out["other dev files"][path.stem] = {
            "cqe_protocol": _score_cqe_protocol(rows),
            "cqe_protocol_at_22": _score_cqe_protocol(rows, start.extract_quantities),
        }
    return out


QUANTITIES_GAPS_DEV = ROOT / "benchmarks" / "data" / "quantities_gaps_dev.jsonl"
"""Session 23's batch of the classes round 22 left (spaced units, fractions, ranges with the unit written once,
counted ranges; README.md): labelled and committed before the extractor ran on it; halves by id parity."""


def _dev_files_to_22() -> tuple[Path, ...]:
    """The quantity dev files of sessions 10-22: a later batch's rule holds each of them."""
    return (
        QUANTITIES_DEV,
        QUANTITIES_UNITS_DEV,
        QUANTITIES_FORMS_DEV,
        QUANTITIES_NEWS_DEV,
        QUANTITIES_STYLED_DEV,
    )


def _unit_s22(mention: Any) -> str:
    """A prediction's unit as the protocol scorer read it until session 23 (a counted range without unit)."""
    return _cqe_unit(mention, range_joins=False)


def quantities_gaps_dev() -> dict[str, Any]:
    """Session 23's batch by the published protocol, whole, by half and by class: now, with the code at the
    start of session 23 and with that code read by the scorer of session 22; the other dev files the same."""
    start = _quantities_at(23).extract_quantities

    def scores(rows: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "cqe_protocol": _score_cqe_protocol(rows),
            "cqe_protocol_at_23": _score_cqe_protocol(rows, start),
            "cqe_protocol_at_23_s22_reading": _score_cqe_protocol(rows, start, _unit_s22),
        }

    out: dict[str, Any] = {}
    for name, part in _halves(QUANTITIES_GAPS_DEV).items():
        out[name] = {"sentences": len(part), **scores(part)}
        for kind in sorted({r["kind"] for r in part}):
            out[name][kind] = scores([r for r in part if r["kind"] == kind])
    out["other dev files"] = {path.stem: scores(_halves(path)["all"]) for path in _dev_files_to_22()}
    return out


QUANTITIES_NEWS2_DEV = ROOT / "benchmarks" / "data" / "quantities_news2_dev.jsonl"
"""Session 24's batch of ordinary news across six beats (README.md): labelled and committed before the
extractor ran on it; halves by id parity (even tune, odd held out)."""
QUANTITIES_REAL_PROBE = ROOT / "benchmarks" / "data" / "quantities_real_probe.jsonl"
"""Session 24's real-copy probe: our labels of sentences drawn at random from DUC 2006 (read) and DUC 2007
update (held out); the text stays in the shared data (``quantity_probe``)."""


def _now_and_start(rows: list[dict[str, Any]], session: int) -> dict[str, Any]:
    """``rows`` by the published protocol now and with the code at the start of ``session`` (its mentions read
    with its own singular)."""
    start = _quantities_at(session)
    return {
        "sentences": len(rows),
        "cqe_protocol": _score_cqe_protocol(rows),
        f"cqe_protocol_at_{session}": _score_cqe_protocol(
            rows, start.extract_quantities, lambda m: _cqe_unit(m, lemma=start.singular)
        ),
    }


def quantities_news2_dev() -> dict[str, Any]:
    """Session 24's news batch by the published protocol, whole, by half and by beat, now and with the code at
    the start of session 24; the other dev files the same."""
    out: dict[str, Any] = {}
    for name, part in _halves(QUANTITIES_NEWS2_DEV).items():
        out[name] = _now_and_start(part, 24)
    rows = _halves(QUANTITIES_NEWS2_DEV)["all"]
    out["by beat"] = {
        beat: _now_and_start([r for r in rows if r["beat"] == beat], 24)
        for beat in sorted({r["beat"] for r in rows})
    }
    out["other dev files"] = {
        path.stem: _now_and_start(_halves(path)["all"], 24)
        for path in (*_dev_files_to_22(), QUANTITIES_GAPS_DEV)
    }
    return out


def quantities_real_probe() -> dict[str, Any]:
    """The real-copy probe by the published protocol, by draw (DUC 2006 read, DUC 2007 update held out, a third
    DUC 2006 draw labelled after the session's last change), now and with the code at the start of session 24."""
    from benchmarks.quantity_probe import probe_rows

    rows = probe_rows(QUANTITIES_REAL_PROBE, DATA)
    out = {
        half: _now_and_start([r for r in rows if r["half"] == half], 24)
        for half in ("read", "held out", "third draw")
    }
    return {**out, "all": _now_and_start(rows, 24)}


QUANTITIES_REAL_PROBE_MRPC = ROOT / "benchmarks" / "data" / "quantities_real_probe_mrpc.jsonl"
"""Session 24's second quant shift: our labels of MRPC train sentences (business and market newswire), sample 1
read, sample 2 held out; the text stays in the shared data and is scored in NewsQuant's documented form."""
MRPC_PROBE_START = "7652428"
"""The code when the MRPC probe was labelled (the second quant shift of session 24 began there)."""


def quantities_mrpc_probe() -> dict[str, Any]:
    """The MRPC real-copy probe by the published protocol, by sample, now and with the code at the shift's start
    (``MRPC_PROBE_START``) and at session 24's start."""
    from benchmarks.quantity_probe import probe_rows

    start = importlib.import_module(
        import_at(MRPC_PROBE_START, "compare", f"newsfuse_compare_q_{MRPC_PROBE_START}").__name__
        + ".quantities"
    )
    rows = probe_rows(QUANTITIES_REAL_PROBE_MRPC, DATA)
    out = {}
    for half in ("read", "held out"):
        part = [r for r in rows if r["half"] == half]
        out[half] = {
            **_now_and_start(part, 24),
            "cqe_protocol_at_shift": _score_cqe_protocol(
                part, start.extract_quantities, lambda m: _cqe_unit(m, lemma=start.singular)
            ),
        }
    return out


QUANTITIES_REAL_PROBE_GVA = ROOT / "benchmarks" / "data" / "quantities_real_probe_gva.jsonl"
"""Session 25's real-copy probe: our labels of sentences of GVA's violent corpus (modern US local news pages),
sample 1 read, sample 2 held out; the text stays in the shared data and is scored in NewsQuant's documented
form."""
QUANTITIES_REAL_PROBE_FRESH = ROOT / "benchmarks" / "data" / "quantities_real_probe_fresh.jsonl"
"""Session 27's fresh draw (DUC 2006, MRPC train, GVA; texts no earlier sample touched), labelled before any run
and read for W'' and A'; scored by ``quantities_probe_s27``."""
QUANTITIES_REAL_PROBE_FRESH28 = ROOT / "benchmarks" / "data" / "quantities_real_probe_fresh28.jsonl"
"""Session 28's draw weighted toward the fronted partitive and "N of them" (DUC 2006, MRPC train, GVA; texts no
earlier sample touched), labelled before any run and read for FP and OT; scored by ``quantities_probe_s28``."""
QUANTITIES_REAL_PROBE_FRESH29 = ROOT / "benchmarks" / "data" / "quantities_real_probe_fresh29.jsonl"
"""Session 29's draw weighted toward "of them" after a number, a possessive whole, a name before a plural and a
fronted whole with modifiers (DUC 2006, MRPC train, GVA; texts no earlier sample touched), labelled before any run
and read for OT, PW, MD and AJ; scored by ``quantities_probe_s29``."""
QUANTITIES_REAL_PROBE_FRESH30 = ROOT / "benchmarks" / "data" / "quantities_real_probe_fresh30.jsonl"
"""Session 30's draw weighted toward an initialism before a plural, "N of those" after a rate (no candidate in the
dev sources) and a compound whole (DUC 2006, MRPC train, GVA; texts no earlier sample touched), labelled before any
run and read for IN, TR and CP; scored by ``quantities_probe_s30``."""


def quantities_gva_probe() -> dict[str, Any]:
    """Session 25's decision figures by the published protocol, now and with the code at the session's start:
    the real probes' read samples pooled (DUC read and third draw, MRPC read, GVA read), then each sample (the
    held-out ones: DUC 2007 update, MRPC sample 2, GVA sample 2)."""
    from benchmarks.quantity_probe import probe_rows

    probes = {
        "duc": probe_rows(QUANTITIES_REAL_PROBE, DATA),
        "mrpc": probe_rows(QUANTITIES_REAL_PROBE_MRPC, DATA),
        "gva": probe_rows(QUANTITIES_REAL_PROBE_GVA, DATA),
    }
    read = [r for rows in probes.values() for r in rows if r["half"] in ("read", "third draw")]
    out = {"pooled read": _now_and_start(read, 25)}
    for name, rows in probes.items():
        for half in sorted({r["half"] for r in rows}):
            out[f"{name} {half}"] = _now_and_start([r for r in rows if r["half"] == half], 25)
    return out


def quantities_probe_forms() -> dict[str, Any]:
    """Session 26: the real probes by the published protocol in both documented forms of NewsQuant's text
    (SOURCE.md: 32 of 590 sentences lower-cased): the "cqe" rows lower-cased, as sessions 24-25 scored them,
    and with their case kept; the pooled read samples, the pooled held-out samples and each sample."""
    from benchmarks.quantity_probe import probe_rows

    out: dict[str, Any] = {}
    for form, lower in (("lower-cased", True), ("cased", False)):
        probes = {
            "duc": probe_rows(QUANTITIES_REAL_PROBE, DATA, lower),
            "mrpc": probe_rows(QUANTITIES_REAL_PROBE_MRPC, DATA, lower),
            "gva": probe_rows(QUANTITIES_REAL_PROBE_GVA, DATA, lower),
        }
        rows = [r for part in probes.values() for r in part]
        parts = {
            "pooled read": [r for r in rows if r["half"] in ("read", "third draw")],
            "pooled held out": [r for r in rows if r["half"] == "held out"],
        }
        for name, part in probes.items():
            for half in sorted({r["half"] for r in part}):
                parts[f"{name} {half}"] = [r for r in part if r["half"] == half]
        out[form] = {name: _score_cqe_protocol(part) for name, part in parts.items()}
    return out


def quantities_probe_s27() -> dict[str, Any]:
    """Session 27's decision figures by the published protocol, in both documented forms: the read samples
    pooled with the fresh draw (as session 27's rule pools them), the fresh draw alone, session 26's pooled read
    and held-out samples."""
    from benchmarks.quantity_probe import probe_rows

    out: dict[str, Any] = {}
    for form, lower in (("lower-cased", True), ("cased", False)):
        rows = [
            r
            for path in (QUANTITIES_REAL_PROBE, QUANTITIES_REAL_PROBE_MRPC, QUANTITIES_REAL_PROBE_GVA)
            for r in probe_rows(path, DATA, lower)
        ]
        fresh = probe_rows(QUANTITIES_REAL_PROBE_FRESH, DATA, lower)
        read = [r for r in rows if r["half"] in ("read", "third draw")]
        parts = {
            "pooled read and fresh draw": read + fresh,
            "fresh draw": fresh,
            "pooled read": read,
            "pooled held out": [r for r in rows if r["half"] == "held out"],
        }
        out[form] = {name: _score_cqe_protocol(part) for name, part in parts.items()}
    return out


def _probe_with_draws(draws: tuple[Path, ...], pooled: str, latest: str, half: str) -> dict[str, Any]:
    """A session's decision figures by the published protocol, in both documented forms: the read samples pooled
    with the fresh draws ``draws`` (part ``pooled``), the draw whose rows are of ``half`` alone (part ``latest``),
    and the pooled held-out samples."""
    from benchmarks.quantity_probe import probe_rows

    out: dict[str, Any] = {}
    for form, lower in (("lower-cased", True), ("cased", False)):
        rows = [
            r
            for path in (QUANTITIES_REAL_PROBE, QUANTITIES_REAL_PROBE_MRPC, QUANTITIES_REAL_PROBE_GVA)
            for r in probe_rows(path, DATA, lower)
        ]
        drawn = [r for path in draws for r in probe_rows(path, DATA, lower)]
        parts = {
            pooled: [r for r in rows if r["half"] in ("read", "third draw")] + drawn,
            latest: [r for r in drawn if r["half"] == half],
            "pooled held out": [r for r in rows if r["half"] == "held out"],
        }
        out[form] = {name: _score_cqe_protocol(part) for name, part in parts.items()}
    return out


def quantities_probe_s28() -> dict[str, Any]:
    """Session 28's decision figures: the read samples pooled with sessions 27's and 28's draws (as session 28's
    rule pools them), session 28's draw alone, and the pooled held-out samples (``_probe_with_draws``)."""
    return _probe_with_draws(
        (QUANTITIES_REAL_PROBE_FRESH, QUANTITIES_REAL_PROBE_FRESH28),
        "pooled read and both draws",
        "session 28's draw",
        "fresh draw 28",
    )


def quantities_probe_s29() -> dict[str, Any]:
    """Session 29's decision figures: the read samples pooled with sessions 27's, 28's and 29's draws (as session
    29's rule pools them), session 29's draw alone, and the pooled held-out samples (``_probe_with_draws``)."""
    return _probe_with_draws(
        (QUANTITIES_REAL_PROBE_FRESH, QUANTITIES_REAL_PROBE_FRESH28, QUANTITIES_REAL_PROBE_FRESH29),
        "pooled read and three draws",
        "session 29's draw",
        "fresh draw 29",
    )


def quantities_probe_s30() -> dict[str, Any]:
    """Session 30's decision figures: the read samples pooled with sessions 27's to 30's draws (as session 30's
    rule pools them), session 30's draw alone, and the pooled held-out samples (``_probe_with_draws``)."""
    return _probe_with_draws(
        (
            QUANTITIES_REAL_PROBE_FRESH,
            QUANTITIES_REAL_PROBE_FRESH28,
            QUANTITIES_REAL_PROBE_FRESH29,
            QUANTITIES_REAL_PROBE_FRESH30,
        ),
        "pooled read and four draws",
        "session 30's draw",
        "fresh draw 30",
    )


def quantity_filter() -> dict[str, Any]:
    """How many quantity mentions ``quantity_filter.not_a_fact`` keeps out of the comparison, by reason, on
    examples/corpus's .txt inputs, the reader audit's DUC input (``reader_audit.py --build``) and
    jsonl-2000-s9-g2, and the CPU it adds to extract_quantities there (best of 3 passes each)."""
    from newsfuse.compare.quantity_filter import fact_quantities, not_a_fact

    texts: dict[str, list[str]] = {
        "examples/corpus": [
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "corpus").rglob("*.txt"))
        ],
        "jsonl-2000-s9-g2": _speed_texts(),
    }
    duc = ROOT / "benchmarks" / "work" / "reader_audit" / "duc_dev.jsonl"
    if duc.exists():
        with duc.open(encoding="utf-8") as fh:
            texts["reader audit DUC input"] = [
                d["text"] for line in fh for d in json.loads(line)["documents"]
            ]
    out: dict[str, Any] = {}
    for name, group in texts.items():
        arts = [Article(id=str(i), path=str(i), text=t) for i, t in enumerate(group)]
        found = [tuple(extract_quantities(a, contexts=False)) for a in arts]
        reasons: dict[str, int] = {}
        for mentions, a in zip(found, arts, strict=True):
            for m in mentions:
                why = not_a_fact(m, a.text)
                if why:
                    reasons[why] = reasons.get(why, 0) + 1
        extract_cpu, filter_cpu = [], []
        for _ in range(3):
            t0 = time.process_time()
            found = [tuple(extract_quantities(a, contexts=False)) for a in arts]
            t1 = time.process_time()
            for mentions, a in zip(found, arts, strict=True):
                fact_quantities(mentions, a.text)
            extract_cpu.append(t1 - t0)
            filter_cpu.append(time.process_time() - t1)
        out[name] = {
            "texts": len(arts),
            "mentions": sum(map(len, found)),
            "kept_out": sum(reasons.values()),
            "reasons": reasons,
            "extract_cpu_s": round(min(extract_cpu), 4),
            "filter_cpu_s": round(min(filter_cpu), 4),
        }
    return out


def quantities_dev_protocol() -> dict[str, Any]:
    """quantities_dev and session 17's confirm half (the odd ids of dev-880..939) by the published protocol,
    now and with the code at the start of session 18; the confirm half's referent by ours, the same two."""
    with QUANTITIES_DEV.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    start = _quantities_at(18)
    confirm17 = [r for r in rows[879:939] if int(r["id"][4:]) % 2 == 1]
    return {
        "cqe_protocol": _score_cqe_protocol(rows),
        "cqe_protocol_at_18": _score_cqe_protocol(rows, start.extract_quantities),
        "cqe_protocol_s18_reading": _score_cqe_protocol(rows, unit=_cqe_unit_s18),
        "cqe_protocol_s18_reading_at_18": _score_cqe_protocol(rows, start.extract_quantities, _cqe_unit_s18),
        **{
            f"cqe_protocol_{half}": _score_cqe_protocol([r for r in rows if int(r["id"][4:]) % 2 == parity])
            for half, parity in (("tune", 0), ("confirm", 1))
        },
        **{
            f"cqe_protocol_s18_reading_{half}": _score_cqe_protocol(
                [r for r in rows if int(r["id"][4:]) % 2 == parity], unit=_cqe_unit_s18
            )
            for half, parity in (("tune", 0), ("confirm", 1))
        },
        **{
            f"cqe_protocol_at_20_{half}": _score_cqe_protocol(
                [r for r in rows if int(r["id"][4:]) % 2 == parity], _quantities_at(20).extract_quantities
            )
            for half, parity in (("tune", 0), ("confirm", 1))
        },
        "confirm17_now": _score_quantities(confirm17),
        "confirm17_at_18": _score_quantities(confirm17, start.extract_quantities, start.quantity_concept),
    }


QUANTITIES_DEV = ROOT / "benchmarks" / "data" / "quantities_dev.jsonl"
"""Our own dev sentences in the NewsQuant format (fiction, CQE's conventions; see its README.md)."""


def quantities_dev() -> dict[str, Any]:
    """Our dev sentences, the set the quantity rules are developed on; also scored with the code at the start
    of each of ``SCORED_SESSIONS`` by the same scorer, and split by the part written when."""
    with QUANTITIES_DEV.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    parts = {
        "session 10 (dev-001..322)": rows[:322],
        "session 11, CQE's unit names (dev-323..428)": rows[322:428],
        "session 11, everyday forms (dev-429..486)": rows[428:486],
        "session 11, dates, attached units, plurals (dev-487..520)": rows[486:520],
        "session 11, 'other', phone numbers, names, addresses, years (dev-521..540)": rows[520:540],
        "session 12, concepts (referents), halves, 'between 12% and 15%' (dev-541..582)": rows[540:582],
        "session 12, long news sentences: opening phrases, appositions, reported speech (dev-583..612)": rows[
            582:612
        ],
        "session 12, markets and economy: 'while ...', '..., 12% fewer' (dev-613..640)": rows[612:640],
        "session 13, money with scale words, percent and points, rates, compound units (dev-641..682)": rows[
            640:682
        ],
        "session 13, the same kinds, second batch: 'pct', '$70/barrel', '2.5-percentage-point' (dev-683..710)": rows[
            682:710
        ],
        "session 13, currency codes before and after the number ('SEK 4.5 billion', 'CHF 85 per person') (dev-711..722)": rows[
            710:722
        ],
        "session 13, long news sentences: 'According to ..., 64% of', 'former', 'fire', '1 in 5' (dev-723..742)": rows[
            722:742
        ],
        "session 14, rates after a slash ('$71.40/barrel', '18p/share'), bare counts after verbs ('police arrested 14') (dev-743..766)": rows[
            742:766
        ],
        "session 14, second batch: '$8,420/t', 'buried six', ranges, scale words, points (dev-767..786)": rows[
            766:786
        ],
        "session 15, units the brief named, 'rose $14 to $1,930', '$2,500-a-month' (dev-787..816)": rows[
            786:816
        ],
        "session 15, second batch: 'a quarter of a million', 'barrels of oil', 'kronor' (dev-817..831)": rows[
            816:831
        ],
        "sessions 10-15, all written before session 16 (dev-001..831)": rows[:831],
        "session 16, CQE's units from the words around: '4 or 5 percent', 'between 6 and $10', 'a quarter point', "
        "'affordable housing units', 'settled at 77.85' (dev-832..854)": rows[831:854],
        "session 16, second batch: 'Boeing 787 jets', 'per kWh', '52m paying subscribers' and the first batch's "
        "forms again (dev-855..870)": rows[854:870],
        "session 16, third batch: lower-cased index names ('frances cac 40 lost'), bare decimals, labels "
        "(dev-871..879)": rows[870:879],
        "sessions 10-16, all written before session 17 (dev-001..879)": rows[:879],
        "session 17, wire copy across beats, tune half (the even ids of dev-880..939)": [
            r for r in rows[879:939] if int(r["id"][4:]) % 2 == 0
        ],
        "session 17, wire copy across beats, confirm half (the odd ids of dev-880..939)": [
            r for r in rows[879:939] if int(r["id"][4:]) % 2 == 1
        ],
        "session 17, the conventions left open: ages in apposition, 'dozens of', 'half of', 'from X to Y', "
        "'a dozen', 'for a year' (dev-940..959)": rows[939:959],
        "session 17, second batch of wire copy, held out: written after the session's rules, never tuned on "
        "(dev-960..989)": rows[959:989],
    }
    return {
        **_score_quantities(rows),
        "baselines": _baselines(rows),
        "parts": {
            name: {"now": _score_quantities(part), "baselines": _baselines(part)}
            for name, part in parts.items()
            if part
        },
    }


def _speed_texts() -> list[str]:
    """The texts extract_quantities is timed on: the 2,000 articles of jsonl-2000-s9-g2 (the lead's profile;
    generated by benchmarks/warc_generator) as written, then our dev sentences."""
    with gzip.open(profile_articles("jsonl-2000-s9-g2"), "rt", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


_PROFILE_NAME = re.compile(r"jsonl-(?P<n>[1-9]\d*)-s(?P<seed>\d+)(?:-g(?P<generator>[12]))?")
"""A generated corpus's folder name under benchmarks/work, as warc_generator.folder_name spells it."""


def _cached_articles(path: Path) -> int:
    """How many articles (JSON lines with a text) ``path`` holds; -1 when it is missing or unreadable."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return sum(1 for line in fh if line.strip() and "text" in json.loads(line))
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError):
        return -1


def profile_articles(name: str) -> Path:
    """benchmarks/work/``name``/articles.jsonl.gz, the generated articles ``name`` spells
    ("jsonl-2000-s9-g2": 2,000 articles, seed 9, generator 2), rebuilt by warc_generator when the cached file is
    missing, empty, unreadable or holds another number of articles (a build cut short), so that a bench never
    reads a stale cache as 0 events (session 28's note); a name of another shape, or a rebuild that still
    differs, is an error."""
    spelled = _PROFILE_NAME.fullmatch(name)
    if spelled is None:
        raise ValueError(f"{name!r} names no generated corpus (jsonl-<articles>-s<seed>[-g<generator>])")
    n, seed, generator = int(spelled["n"]), int(spelled["seed"]), int(spelled["generator"] or 1)
    folder = ROOT / "benchmarks" / "work" / name
    path = folder / "articles.jsonl.gz"
    if _cached_articles(path) != n:
        from benchmarks.warc_generator import write_jsonl

        write_jsonl(n, seed, folder, generator=generator)
        if (found := _cached_articles(path)) != n:
            raise RuntimeError(f"{path}: rebuilt with {found} articles, not {n}")
    return path


def quantities_speed(commit: str = "", runs: int = 5, block: int = 100) -> dict[str, Any]:
    """CPU ms per article and µs per sentence of ``extract_quantities`` (with dates none, contexts off, as
    compare's article reading calls it), the code at ``commit`` against the working tree in one process:
    blocks of ``block`` texts alternating between the two, each block's minimum over ``runs`` passes with the
    referent cache cleared first. Sentences are counted as the clause ends compare itself finds."""
    from newsfuse.compare import quantities as now
    from newsfuse.compare.mentions import clause_ends

    commit = commit or QUANTITY_SESSION_STARTS[13]

    then = importlib.import_module(
        import_at(commit, "compare", f"newsfuse_compare_q_{commit}").__name__ + ".quantities"
    )
    texts = _speed_texts()
    with QUANTITIES_DEV.open(encoding="utf-8") as fh:
        dev = [json.loads(line)["text"] for line in fh]
    out: dict[str, Any] = {"commit_before": commit, "runs": runs}
    for name, group in (("jsonl-2000-s9-g2", texts), ("quantities_dev", dev)):
        arts = [Article(id=str(k), path=str(k), text=t) for k, t in enumerate(group)]
        sentences = sum(len(clause_ends(t)) + 1 for t in group)
        totals = {"before": 0.0, "after": 0.0}
        for k in range(0, len(arts), block):
            part = arts[k : k + block]
            for key, module in (("before", then), ("after", now)):
                best = float("inf")
                for _ in range(runs):
                    module.clear_caches()
                    start = time.process_time()
                    for art in part:
                        for _m in module.extract_quantities(art, (), contexts=False):
                            pass
                    best = min(best, time.process_time() - start)
                totals[key] += best
        out[name] = {
            "texts": len(arts),
            "sentences": sentences,
            **{f"cpu_ms_per_text_{k}": round(v * 1000 / len(arts), 4) for k, v in totals.items()},
            **{f"cpu_us_per_sentence_{k}": round(v * 1e6 / sentences, 3) for k, v in totals.items()},
            "change": round(totals["after"] / totals["before"] - 1, 3),
        }
    return out


def _raw(mention: Any) -> float | None:
    """The number as written (durations are stored in days; undo that for scoring)."""
    from newsfuse.compare.quantities import DAYS_PER

    if mention.number is None or mention.unit == "clock":
        return None
    return float(mention.number / DAYS_PER[mention.unit] if mention.unit in DAYS_PER else mention.number)


def entities_conll() -> dict[str, Any]:
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC")}
    for row in _rows("conll2003_test", "conll2003_test.jsonl.gz"):
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"])
        preds = {(e.span.start, e.span.end, e.type) for e in extract_entities(art)}
        gold = {(e["start"], e["end"], e["type"]) for e in row["entities"] if e["type"] in counts}
        for t, c in counts.items():
            p = {x for x in preds if x[2] == t}
            g = {x for x in gold if x[2] == t}
            c[0] += len(p & g)
            c[1] += len(p)
            c[2] += len(g)
    out = {t: _prf(c[0], c[1], c[0], c[2]) for t, c in counts.items()}
    tp, npred, ngold = (sum(c[i] for c in counts.values()) for i in range(3))
    out["micro"] = _prf(tp, npred, tp, ngold)
    return out


def alignment_ecbplus(split: str) -> dict[str, Any]:
    """B³ of named participant/location mentions across the documents of each topic."""
    gold: dict[str, str] = {}
    ours: dict[str, str] = {}
    baseline: dict[str, str] = {}
    topics: dict[int, list[tuple[str, str, str | None]]] = {}
    for row in _rows("ecbplus", "ecbplus.jsonl.gz"):
        if row["split_cv2015"] != split:
            continue
        art = Article(id=row["doc_id"], path=row["doc_id"], text=row["text"])
        entities = list(extract_entities(art))
        for m in row["mentions"]:
            if not m["in_coref_sentence"] or m["kind"] not in ("human_participant", "location"):
                continue
            if not m["text"][:1].isupper():
                continue
            mid = f"{row['doc_id']}:{m['m_id']}"
            gold[mid] = m["cluster_id"]
            hit = next((e for e in entities if e.span.start < m["end"] and m["start"] < e.span.end), None)
            topics.setdefault(row["topic"], []).append((mid, m["text"], hit.text if hit else None))
            baseline[mid] = f"{row['topic']}|{m['text'].lower()}"
    on_gold: dict[str, str] = {}
    for topic, items in topics.items():
        names = canonical_people([n for _, _, n in items if n])
        for mid, _, name in items:
            ours[mid] = f"{topic}|{names.get(name, name).lower()}" if name else mid
        # given the gold mentions (as the baseline is): our name, else the mention as written, then aligned
        keys = canonical_people([name or text for _, text, name in items])
        for mid, text, name in items:
            on_gold[mid] = f"{topic}|{keys.get(name or text, name or text).lower()}"
    return {
        "ours": {k: round(v, 4) for k, v in bcubed(ours, gold).items()},
        "ours_given_gold_mentions": {k: round(v, 4) for k, v in bcubed(on_gold, gold).items()},
        "exact_string_baseline": {k: round(v, 4) for k, v in bcubed(baseline, gold).items()},
        "mentions": len(gold),
    }


def _clear_caches() -> None:
    """Forget every article read and every word, name and fact id computed: the next event is read cold."""
    clear_caches()


def _event_cpu(events: list[list[Article]], runs: int) -> dict[str, float]:
    """CPU ms of compare_event per event: cold (every article read for the first time) and warm (the event
    rebuilt, its articles' mentions already extracted), medians and maxima over ``runs`` passes."""
    cold, warm, wall = [], [], []
    for _ in range(runs):
        _clear_caches()
        for arts in events:
            start, start_cpu = time.perf_counter(), time.process_time()
            compare_event(arts, {a.id: a.id for a in arts})
            cold.append((time.process_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start) * 1000)
            start_cpu = time.process_time()
            compare_event(arts, {a.id: a.id for a in arts})
            warm.append((time.process_time() - start_cpu) * 1000)
    return {
        "cpu_median_ms": round(statistics.median(cold), 1),
        "cpu_max_ms": round(max(cold), 1),
        "cpu_rebuilt_median_ms": round(statistics.median(warm), 2),
        "wall_median_ms": round(statistics.median(wall), 1),
        "wall_max_ms": round(max(wall), 1),
        "events": len(events),
        "measurements": len(cold),
    }


def speed() -> dict[str, Any]:
    """compare_event on 10-article events from duc2007_update (a dev set), 3 passes. CPU time of this
    process is the one-core figure; wall time is also given (the machine is shared, so it includes waiting).
    The one-time load of pycountry's place names is done first and reported apart."""
    _clear_caches()
    start = time.perf_counter()
    place_names()
    warmup = (time.perf_counter() - start) * 1000
    events = [
        [Article(id=d["id"], path=d["id"], text=d["text"]) for d in row["documents"][:10]]
        for row in list(_rows("duc2007", "duc2007_update.jsonl.gz"))[:10]
    ]
    return {**_event_cpu(events, 3), "place_names_load_ms": round(warmup, 1)}


def speed_scale_events(n: int = 600) -> dict[str, Any]:
    """compare_event on the events the pipeline builds from ``n`` articles of the scale benchmark's generator
    (perturbed copies of GVA articles, a dev set; benchmarks/warc_generator.py), events of two or more
    articles. Also CPU ms per article."""
    from benchmarks.warc_generator import write_jsonl

    folder = ROOT / "benchmarks" / "work" / f"compare_speed_{n}"
    paths = write_jsonl(n, 7, folder)
    result = run(paths)
    by_id = {a.id: a for a in result.articles}
    events = [[by_id[i] for i in e.article_ids] for e in result.events if len(e.article_ids) > 1]
    figures = _event_cpu(events, 2)
    sizes = [len(e) for e in events]
    _clear_caches()
    start_cpu = time.process_time()
    for arts in events:
        compare_event(arts, {a.id: a.id for a in arts})
    per_article = (time.process_time() - start_cpu) * 1000 / max(1, sum(sizes))
    return {
        **figures,
        "articles": n,
        "median_event_size": statistics.median(sizes) if sizes else 0,
        "max_event_size": max(sizes, default=0),
        "cpu_ms_per_article_cold": round(per_article, 2),
    }


@cache
def _pipeline_events(n: int = 2000, seed: int = 9) -> list[list[Article]]:
    """Every event the pipeline builds from ``n`` generated articles (benchmarks/warc_generator generator 1,
    seed 9: the articles of the lead's end-to-end profile, jsonl-2000-s9), single-article events included."""
    from benchmarks.warc_generator import write_jsonl

    folder = ROOT / "benchmarks" / "work" / f"compare_speed_{n}_s{seed}"
    paths = write_jsonl(n, seed, folder, generator=1)
    result = run(paths)
    by_id = {a.id: a for a in result.articles}
    return [[by_id[i] for i in e.article_ids] for e in result.events]


def speed_by_size(n: int = 2000, seed: int = 9, runs: int = 3) -> dict[str, Any]:
    """compare_event on every event of :func:`_pipeline_events`, each read cold. Each event's CPU time is its
    minimum over ``runs`` passes (the machine is shared: the minimum drops other jobs' interference). By
    event size: median and mean ms; overall: CPU ms per article, the figure the pipeline's throughput
    depends on."""
    events = _pipeline_events(n, seed)
    best = [float("inf")] * len(events)
    for _ in range(runs):
        _clear_caches()
        for k, arts in enumerate(events):
            start_cpu = time.process_time()
            compare_event(arts, {a.id: a.id for a in arts})
            best[k] = min(best[k], (time.process_time() - start_cpu) * 1000)
    sizes: dict[str, list[float]] = {}
    for arts, ms in zip(events, best, strict=True):
        sizes.setdefault(str(len(arts)) if len(arts) < 4 else "4+", []).append(ms)
    return {
        "articles": sum(len(e) for e in events),
        "events": len(events),
        "cpu_ms_per_article": round(sum(best) / max(1, sum(len(e) for e in events)), 3),
        "by_size": {
            size: {
                "events": len(ms),
                "cpu_median_ms": round(statistics.median(ms), 2),
                "cpu_mean_ms": round(statistics.mean(ms), 2),
            }
            for size, ms in sorted(sizes.items())
        },
    }


BEFORE = "3dc1e43"
"""The code at the start of session 6, measured side by side with the working tree (session 5 measured
against 7056415: 1.912 → 1.395 ms per article with quotes, 1.403 → 1.055 without)."""


def _compare_at(commit: str) -> tuple[Any, Any]:
    """The ``compare.align`` and ``compare.article`` modules of the code at ``commit``, its whole
    src/newsfuse imported as ``newsfuse_<commit>`` (``revision.import_at``), to time both versions in one
    process."""
    name = import_at(commit, "", f"newsfuse_{commit}").__name__
    return importlib.import_module(f"{name}.compare.align"), importlib.import_module(
        f"{name}.compare.article"
    )


def speed_side_by_side(commit: str = BEFORE, runs: int = 3, block: int = 100) -> dict[str, Any]:
    """CPU ms per article of compare_event, the code at ``commit`` against the working tree, in one process
    with the pipeline workers' collector settings (``tune_gc``), over the events of :func:`_pipeline_events`
    in blocks of ``block`` events: caches cleared before each block (as a worker meets new articles), the
    two versions alternating block by block, each block's minimum over ``runs`` passes. Also without quotes
    (``extract_quotes`` replaced by none in both): the part of compare this issue's speed work covers."""
    import newsfuse.compare.article as article_now
    from newsfuse.compare import align as align_now
    from newsfuse.runtime.worker import tune_gc

    events = _pipeline_events()
    align_then, article_then = _compare_at(commit)
    place_names()
    importlib.import_module(article_then.__name__.replace(".article", ".entities")).place_names()
    tune_gc()
    articles = sum(len(e) for e in events)

    def block_cpu(align: Any, part: list[list[Article]]) -> float:
        best = float("inf")
        for _ in range(runs):
            align.clear_caches()
            start = time.process_time()
            for arts in part:
                align.compare_event(arts, {a.id: a.id for a in arts})
            best = min(best, time.process_time() - start)
        return best

    def per_article() -> tuple[float, float]:
        then = now = 0.0
        for k in range(0, len(events), block):
            then += block_cpu(align_then, events[k : k + block])
            now += block_cpu(align_now, events[k : k + block])
        return round(then * 1000 / articles, 3), round(now * 1000 / articles, 3)

    with_quotes = per_article()
    quotes = article_then.extract_quotes, article_now.extract_quotes
    article_then.extract_quotes = article_now.extract_quotes = lambda article: ()
    try:
        without_quotes = per_article()
    finally:
        article_then.extract_quotes, article_now.extract_quotes = quotes
    return {
        "commit_before": commit,
        "events": len(events),
        "articles": articles,
        "cpu_ms_per_article": {"before": with_quotes[0], "after": with_quotes[1]},
        "cpu_ms_per_article_without_quotes": {"before": without_quotes[0], "after": without_quotes[1]},
        "change": round(with_quotes[1] / with_quotes[0] - 1, 3),
        "change_without_quotes": round(without_quotes[1] / without_quotes[0] - 1, 3),
    }


def quantity_conflicts(name: str = "jsonl-2000-s9-g2") -> dict[str, Any]:
    """The quantity conflict pairs compare_event reports on every multi-article event the pipeline builds from
    benchmarks/work/``name`` (the lead's profile articles, rebuilt when the cache is stale: ``profile_articles``;
    no gold: each pair was read by hand in session 14, and all 6 left at its start were false), each with its
    slot and values."""
    result = run([profile_articles(name)])
    by_id = {a.id: a for a in result.articles}
    pairs = []
    for event in result.events:
        arts = [by_id[i] for i in event.article_ids]
        if len(arts) < 2:
            continue
        facts = compare_event(arts, {a.id: a.id for a in arts})
        shown = {f.id: f.value for f in facts}
        for f in facts:
            for c in f.conflicts if f.kind == "quantity" else ():
                if f.id < c.fact_id:
                    pairs.append({"slot": f.slot, "values": [f.value, shown.get(c.fact_id, c.value)]})
    return {"set": name, "events": len(result.events), "pairs": len(pairs), "listed": pairs[:40]}


def corpus() -> dict[str, Any]:
    result = run([ROOT / "examples" / "corpus"])
    gold = json.loads((ROOT / "examples" / "gold.json").read_text(encoding="utf-8"))
    scores = score_corpus(gold, {a.id: a for a in result.articles}, result.dedup)
    return {k: v for k, v in scores.items() if k != "per_event"}


SECTIONS: dict[str, Any] = {
    "corpus": corpus,
    "ggt_quotes_eval": lambda: {
        "overlap_0.3": quotes_ggt(0.3),
        "overlap_0.8": quotes_ggt(0.8),
        "overlap_0.3_with_reported_speech": quotes_ggt(0.3, reported=True),
    },
    "polnear": lambda: {s: quotes_polnear(s) for s in ("train", "dev", "test")},
    "polnear_speakers": lambda: {s: speakers_polnear(s) for s in ("dev", "test")},
    "polnear_double_marks_only": lambda: {
        s: quotes_polnear(s, apostrophes=False) for s in ("train", "dev", "test")
    },
    "polnear_scorer_audit": lambda: polnear_scorer_audit(),
    "newsquant": quantities_newsquant,
    "quantities_dev": quantities_dev,
    "quantities_speed": quantities_speed,
    "quantities_speed_14": lambda: quantities_speed(QUANTITY_SESSION_STARTS[14]),
    "quantity_conflicts": quantity_conflicts,
    "quantity_conflicts_10k": lambda: quantity_conflicts("jsonl-10000-s9-g2"),
    "quantities_speed_15": lambda: quantities_speed(QUANTITY_SESSION_STARTS[15]),
    "quantities_speed_perf15": lambda: quantities_speed(SPEED_ROUND_15_START),
    "quantities_speed_16": lambda: quantities_speed(QUANTITY_SESSION_STARTS[16]),
    "quantities_speed_17": lambda: quantities_speed(QUANTITY_SESSION_STARTS[17]),
    "quantities_units_dev": quantities_units_dev,
    "quantities_dev_protocol": quantities_dev_protocol,
    "quantities_speed_18": lambda: quantities_speed(QUANTITY_SESSION_STARTS[18]),
    "quantities_speed_19": lambda: quantities_speed(QUANTITY_SESSION_STARTS[19]),
    "quantities_forms_dev": quantities_forms_dev,
    "quantities_news_dev": quantities_news_dev,
    "quantities_styled_dev": quantities_styled_dev,
    "quantities_gaps_dev": quantities_gaps_dev,
    "quantities_news2_dev": quantities_news2_dev,
    "quantities_real_probe": quantities_real_probe,
    "quantities_mrpc_probe": quantities_mrpc_probe,
    "quantities_gva_probe": quantities_gva_probe,
    "quantities_probe_forms": quantities_probe_forms,
    "quantities_probe_s27": quantities_probe_s27,
    "quantities_probe_s28": quantities_probe_s28,
    "quantities_probe_s29": quantities_probe_s29,
    "quantities_probe_s30": quantities_probe_s30,
    "quantity_filter": quantity_filter,
    "quantities_speed_20": lambda: quantities_speed(QUANTITY_SESSION_STARTS[20], runs=3),
    "quantities_speed_20b": lambda: quantities_speed(SHIFT_20B_START, runs=3),
    "conll2003_test": entities_conll,
    "ecbplus": lambda: {s: alignment_ecbplus(s) for s in ("dev", "test")},
    "speed_10_articles": speed,
    "speed_scale_events": speed_scale_events,
    "speed_by_size": speed_by_size,
    "speed_side_by_side": speed_side_by_side,  # last: it sets the pipeline workers' collector
}
"""The result sections, each measured by its function, in the order they run."""


def main() -> None:
    """Every section (no argument), or ``--only a,b``: those sections, merged into the last compare.json
    (each section's date is kept in ``section_dates``), or ``--speed``: the speed figures, printed only."""
    if "--speed" in sys.argv:  # the speed figures alone (a few minutes)
        names = ["speed_10_articles", "speed_by_size", "speed_side_by_side"]
        print(json.dumps({name: SECTIONS[name]() for name in names}, indent=2))
        return
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else list(SECTIONS)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        raise SystemExit(f"unknown sections: {sorted(unknown)}; known: {list(SECTIONS)}")
    path = RESULTS / "compare.json"
    results = json.loads(path.read_text(encoding="utf-8")) if len(only) < len(SECTIONS) else {}
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    dates = results.get("section_dates") or {name: results.get("date", now) for name in SECTIONS}
    for name in [n for n in SECTIONS if n in only]:
        results[name] = SECTIONS[name]()
        dates[name] = now
    results["date"], results["section_dates"] = now, dates
    RESULTS.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "compare.md").write_text(_markdown(results), encoding="utf-8")
    print(json.dumps(results, indent=2))


def _f(scores: dict[str, float]) -> str:
    return f"{scores['f1']:.2f} (P {scores['precision']:.2f} / R {scores['recall']:.2f})"


SPEAKERS_BEFORE = {
    "dev": "before session 3 (commit baedbf0): 0.784 / 0.860 / 0.623",
    "test": "before session 3 (commit baedbf0): 0.770 / 0.879 / 0.535",
}
"""The same measure on the code before this round's speaker rules (run side by side on 2026-11-22; test reported, not tuned on)."""


SPEED_NOTE = (
    "10-article duc2007 event median 14.4 / 15.3 ms CPU (rebuilt 1.38 / 1.51 ms); the pipeline's events of "
    "jsonl-2000-s9 1.883 / 1.802 ms CPU per article (both runs at the same time): within the noise of the "
    "loaded machine."
)
"""The speed check of session 3's speaker rules (the table's speed rows come from the full run)."""


def _section_dates(r: dict[str, Any]) -> str:
    """When each section was measured, grouped by date."""
    by_date: dict[str, list[str]] = {}
    for name, date in r.get("section_dates", {name: r["date"] for name in SECTIONS}).items():
        by_date.setdefault(date, []).append(name)
    if len(by_date) == 1:
        return "every section measured in this run"
    return "; ".join(f"{', '.join(names)} measured {date}" for date, names in sorted(by_date.items()))


def _quantity_rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """The dev-set and speed rows of the quantities (absent until their sections have run)."""
    rows = []
    dev, qs, nq = r.get("quantities_dev"), r.get("quantities_speed"), r["newsquant"]
    if dev:
        then = _baseline(dev, 11)
        rows.append(
            (
                "value F1; value+unit F1 (the rules were developed on this set)",
                f"quantities_dev (ours, dev: benchmarks/data; {dev['gold']} quantities)",
                f"{_f(dev['value'])}; {_f(dev['value_unit'])}",
                f"code at {then['commit']} (start of session 11): {then['value']['f1']:.2f}; "
                f"{then['value_unit']['f1']:.2f}"
                if then
                else "—",
            )
        )
        if "value_concept_partial" in dev:
            rows.append(
                (
                    "referent (concept) accuracy; value+concept (partial) F1",
                    f"quantities_dev (ours, dev; {dev['gold']} quantities)",
                    f"{dev['referent_accuracy']:.2f}; {_f(dev['value_concept_partial'])}",
                    f"the counted noun (sessions 10-11): {dev['referent_accuracy_counted_noun']:.2f}",
                )
            )
        then13 = _baseline(dev, 13)
        if then13:
            rows.append(
                (
                    "value+unit F1; referent accuracy: now → the code at the start of session 13 "
                    f"({then13['commit']})",
                    f"quantities_dev (ours, dev; {dev['gold']} quantities)",
                    f"{dev['value_unit']['f1']:.3f}; {dev['referent_accuracy']:.3f}",
                    f"{then13['value_unit']['f1']:.3f}; {then13['referent_accuracy']:.3f}",
                )
            )
        for session in SCORED_SESSIONS[2:]:
            then14 = _baseline(dev, session)
            if not then14:
                continue
            rows.append(
                (
                    "value F1; value+unit F1; referent accuracy: now → the code at the start of session "
                    f"{session} ({then14['commit']})",
                    f"quantities_dev (ours, dev; {dev['gold']} quantities)",
                    f"{dev['value']['f1']:.3f}; {dev['value_unit']['f1']:.3f}; {dev['referent_accuracy']:.3f}",
                    f"{then14['value']['f1']:.3f}; {then14['value_unit']['f1']:.3f}; "
                    f"{then14['referent_accuracy']:.3f}",
                )
            )
        for name, part in dev.get("parts", {}).items():
            at = [(n, b) for n in SCORED_SESSIONS[1:] if (b := _baseline(part, n, part=True))]
            first = _baseline(part, SCORED_SESSIONS[0], part=True) or {"value_unit": {"f1": float("nan")}}
            rows.append(
                (
                    f"value+unit F1 on a part of the dev set: now (code at the start of session {SCORED_SESSIONS[0]}"
                    + "".join(f"; of session {n}" for n, _ in at)
                    + ")",
                    f"quantities_dev, {name}",
                    f"{part['now']['value_unit']['f1']:.2f} ({first['value_unit']['f1']:.2f}"
                    + "".join(f"; {b['value_unit']['f1']:.2f}" for _, b in at)
                    + ")",
                    "—",
                )
            )
    if "clock_times_left_out" in nq:
        rows.append(
            (
                "clock times read and left out of the quantities scored",
                "newsquant (test) / quantities_dev",
                f"{nq['clock_times_left_out']} / {dev['clock_times_left_out'] if dev else '—'}",
                "times are not quantities",
            )
        )
    if conflicts := r.get("quantity_conflicts"):
        rows.append(
            (
                "quantity conflict pairs on the pipeline's events (no gold; each read by hand in session 14)",
                f"{conflicts['set']} (generated GVA copies, dev; {conflicts['events']} events)",
                f"{conflicts['pairs']}",
                "start of session 14: 6, all false; start of session 13: 10",
            )
        )
    if conflicts := r.get("quantity_conflicts_10k"):
        rows.append(
            (
                "quantity conflict pairs on the pipeline's events (no gold; each read by hand in session 15)",
                f"{conflicts['set']} (generated GVA copies, dev; {conflicts['events']} events)",
                f"{conflicts['pairs']}",
                "start of session 15: 26, 3 of them the extractor's errors, the rest the generator's or the "
                "clustering's",
            )
        )
    for speed in (
        qs,
        r.get("quantities_speed_14"),
        r.get("quantities_speed_15"),
        r.get("quantities_speed_perf15"),
        r.get("quantities_speed_16"),
        r.get("quantities_speed_17"),
        r.get("quantities_speed_18"),
        r.get("quantities_speed_19"),
    ):
        if not speed:
            continue
        when = (
            "start of session 15's speed round"
            if speed["commit_before"] == SPEED_ROUND_15_START
            else f"start of session {_SESSION_OF.get(speed['commit_before'], 10)}"
        )
        rows.append(
            (
                f"extract_quantities CPU µs per sentence, the code at {speed['commit_before']} ({when}) "
                "→ now, side by side in blocks of 100 texts (min of "
                f"{speed['runs']} passes each)",
                "jsonl-2000-s9-g2; quantities_dev",
                "; ".join(
                    f"{speed[k]['cpu_us_per_sentence_before']} → {speed[k]['cpu_us_per_sentence_after']} "
                    f"({speed[k]['change']:+.1%})"
                    for k in ("jsonl-2000-s9-g2", "quantities_dev")
                ),
                "≤ +10 %",
            )
        )
    return rows


def _speed15_note(r: dict[str, Any]) -> str:
    """The note on session 15's speed round on the quantity reader (identical outputs; live figures)."""
    speed = r.get("quantities_speed_perf15") or {}
    if not speed:
        return ""
    run, dev = speed["jsonl-2000-s9-g2"], speed["quantities_dev"]
    return textwrap.fill(
        "Speed, fifteenth round (issue 9, the quantity reader, speed only: every quantity of jsonl-2000-s9-g2, "
        "jsonl-10000-s9-g2 and quantities_dev, every field and the concept, compared equal before and after, "
        "94,580 mentions; `newsfuse run` on examples/corpus byte-identical). (1) Clock times are tried only at "
        "the quantity starts the reader finds anyway (a digit after no word character) and at digits after an "
        "apostrophe, not by the clock pattern's own scan of the text (32 of the clock reader's 53 ms per pass). "
        "(2) The match's groups are read in one call. (3) `quantity_concept` reads the words after a quantity "
        "to the sentence's end only when a rule reads past the first (a noun phrase after 'a'/'the', '8 of the "
        "12', '1 in 5', the phrase after the verb when no subject is found), and the quantity's own words only "
        "when they hold 'of' or '1 in 5' asks: most concepts are the clause's subject. extract_quantities "
        f"{run['cpu_ms_per_text_before']} → {run['cpu_ms_per_text_after']} ms CPU per article on "
        f"jsonl-2000-s9-g2 ({run['change']:+.1%}); quantities_dev {dev['cpu_ms_per_text_before']} → "
        f"{dev['cpu_ms_per_text_after']} ({dev['change']:+.1%}: one or two quantities per text, little of "
        f"what was saved), against {speed['commit_before']} side by side (`--only quantities_speed_perf15`). "
        "Not kept (the same outputs, no gain): the quantity-start scan split in a digit scan and a number-word "
        "scan (the word scan alone costs 143 of the 162 ms per pass: sre's per-place cost, as session 14 "
        "found); `_CONCEPT_WORD` with possessive repeats (97-98 against 101-108 ms for the words before and "
        "after every quantity: within the noise). What is left per pass of jsonl-2000-s9-g2: the start scan "
        "≈ 160 ms, the concept ≈ 230 ms (was ≈ 255; the words before the quantity to the sentence start, "
        "which the subject and the speech rules read in full, ≈ 50 ms), the rest per-match Python. Whole "
        "events (`.venv/bin/python benchmarks/bench_event_speed.py --tree HEAD --against f0b5487 --also "
        "src/newsfuse/compare/quantities.py --rounds 2 --repeats 1 --no-write` at 937bcf6, 23:32 UTC, load 3-4): "
        "`newsfuse run` byte-identical on examples/corpus (8 files) and jsonl-2000-s9-g2 (1,404 files); "
        "compare_event 1.691 → 1.653 ms CPU per article cold, 1.594 → 1.573 warm (medians of 2 processes per "
        "tree, taking turns); build_event 3.004 → 2.959 cold, 2.749 → 2.745 warm: about 0.02-0.04 ms per "
        "article, extract_quantities' share of build_event ≈ 11 % (was ≈ 12 %).",
        width=115,
        break_long_words=False,
        break_on_hyphens=False,
    )


_PARTS16 = (
    "session 16, CQE's units from the words around: '4 or 5 percent', 'between 6 and $10', 'a quarter point', "
    "'affordable housing units', 'settled at 77.85' (dev-832..854)",
    "session 16, second batch: 'Boeing 787 jets', 'per kWh', '52m paying subscribers' and the first batch's "
    "forms again (dev-855..870)",
    "session 16, third batch: lower-cased index names ('frances cac 40 lost'), bare decimals, labels "
    "(dev-871..879)",
)


def _part16(dev: dict[str, Any], k: int) -> str:
    """A session-16 batch's value / value+unit F1 now and with the code at the start of the session."""
    return _part_then_now(dev, _PARTS16[k], "16", referent=False)


_PARTS17 = (
    "session 17, wire copy across beats, tune half (the even ids of dev-880..939)",
    "session 17, wire copy across beats, confirm half (the odd ids of dev-880..939)",
    "session 17, second batch of wire copy, held out: written after the session's rules, never tuned on "
    "(dev-960..989)",
    "session 17, the conventions left open: ages in apposition, 'dozens of', 'half of', 'from X to Y', "
    "'a dozen', 'for a year' (dev-940..959)",
    "sessions 10-16, all written before session 17 (dev-001..879)",
)


def _part17(dev: dict[str, Any], k: int) -> str:
    """A session-17 part's value / value+unit F1 and referent accuracy, the code at the start of the session
    → now."""
    return _part_then_now(dev, _PARTS17[k], "17", referent=True)


def _part_then_now(dev: dict[str, Any], name: str, session: str, referent: bool) -> str:
    """A dev part's value / value+unit F1 (and referent accuracy) with the code at the start of ``session``
    → now; "—" when that baseline was not measured."""
    part = (dev.get("parts") or {}).get(name, {})
    then = (part.get("baselines") or {}).get(session)
    if not then:
        return "—"

    def figures(f: dict[str, Any]) -> str:
        shown = f"{f['value']['f1']:.3f} / {f['value_unit']['f1']:.3f}"
        return f"{shown} / {f['referent_accuracy']:.3f}" if referent else shown

    return f"{figures(then)} → {figures(part['now'])}"


def _session_figures(
    nq: dict[str, Any], dev: dict[str, Any], speed: dict[str, Any], session: int, bold_referent: bool
) -> tuple[str, str, str]:
    """A session note's live figures against the code at the session's start: NewsQuant's totals (``test``),
    the whole dev set's (``dev_line``) and extract_quantities' CPU per text (``cost``)."""
    nq_then, dev_then = _baseline(nq, session), _baseline(dev, session)
    referent = f"{nq['referent_accuracy']:.3f}"
    test = (
        f"value+unit **{_f3(nq['value_unit'])}** against {_f3(nq_then['value_unit'])} for the code at "
        f"{nq_then['commit']} (start of the session) in the same run; value {_f3(nq['value'])} "
        f"({_f3(nq_then['value'])}); referent {f'**{referent}**' if bold_referent else referent} "
        f"({nq_then['referent_accuracy']:.3f}); value+concept (partial) {_f3(nq['value_concept_partial'])} "
        f"({_f3(nq_then['value_concept_partial'])}); predictions {nq['predicted']} against {nq_then['predicted']}"
        if nq_then
        else "not yet run this session"
    )
    dev_line = (
        f"value {dev['value']['f1']:.4f}, value+unit {dev['value_unit']['f1']:.4f}, referent "
        f"{dev['referent_accuracy']:.4f} on all {dev['gold']} quantities (the code at the start of the session: "
        f"{dev_then['value']['f1']:.4f}, {dev_then['value_unit']['f1']:.4f}, {dev_then['referent_accuracy']:.4f})"
        if dev_then
        else "—"
    )
    cost = "; ".join(
        f"{k} {speed[k]['cpu_ms_per_text_before']} → {speed[k]['cpu_ms_per_text_after']} ms CPU per text "
        f"({speed[k]['change']:+.1%})"
        for k in ("jsonl-2000-s9-g2", "quantities_dev")
        if k in speed
    )
    return test, dev_line, cost


def _vu(scores: dict[str, Any]) -> str:
    """Value / value+unit F1 and referent accuracy in three decimals (referent only when scored)."""
    out = f"{scores['value']['f1']:.3f} / {scores['value_unit']['f1']:.3f}"
    return out + (f" / {scores['referent_accuracy']:.3f}" if "referent_accuracy" in scores else "")


def _session20_note(r: dict[str, Any]) -> str:
    """Session 20 on the quantities: the protocol's value convention from CQE's code, the value-forms batch,
    rules by kind from its tune half."""
    forms = r.get("quantities_forms_dev") or {}
    proto = r.get("quantities_dev_protocol") or {}
    units = r.get("quantities_units_dev") or {}
    nq = r.get("newsquant") or {}
    speed = r.get("quantities_speed_20") or {}
    corpus = r.get("corpus") or {}

    def pv(scores: dict[str, Any] | None) -> str:
        if not scores:
            return "—"
        return f"{scores['value']['f1']:.3f} / {scores['value_unit']['f1']:.3f}"

    def fpart(name: str) -> str:
        part = forms.get(name) or {}
        return f"{pv(part.get('cqe_protocol_at_20'))} → {pv(part.get('cqe_protocol'))}"

    def upart(name: str) -> str:
        part = units.get(name) or {}
        return f"{pv(part.get('cqe_protocol_at_20'))} → {pv(part.get('cqe_protocol'))}"

    def dhalf(half: str) -> str:
        return f"{pv(proto.get(f'cqe_protocol_at_20_{half}'))} → {pv(proto.get(f'cqe_protocol_{half}'))}"

    run, dev = speed.get("jsonl-2000-s9-g2") or {}, speed.get("quantities_dev") or {}
    cost = (
        f"jsonl-2000-s9-g2 {run.get('cpu_ms_per_text_before', '—')} → {run.get('cpu_ms_per_text_after', '—')} ms "
        f"CPU per text ({run.get('change', 0):+.1%}), quantities_dev {dev.get('cpu_ms_per_text_before', '—')} → "
        f"{dev.get('cpu_ms_per_text_after', '—')} ({dev.get('change', 0):+.1%})"
        if run
        else "—"
    )
    ours_start = (nq.get("baselines") or {}).get("19") or {}
    test = (
        f"value / value+unit {pv(nq.get('cqe_protocol_at_20'))} at the start of the session "
        f"({QUANTITY_SESSION_STARTS[20]}) → {pv(nq.get('cqe_protocol'))} now (predictions "
        f"{(nq.get('cqe_protocol_at_20') or {}).get('predicted', '—')} → {(nq.get('cqe_protocol') or {}).get('predicted', '—')}, "
        f"gold {(nq.get('cqe_protocol') or {}).get('gold', '—')}); by our scorer, kept for continuity, "
        f"value / value+unit / referent {_vu(ours_start) if ours_start else '—'} with the code at the start of "
        f"session 19 ({QUANTITY_SESSION_STARTS[19]}; the start of session 20 was not scored by it) → "
        f"{_vu(nq) if 'value' in nq else '—'} now (the referent lower). A gain of about 1.4 points, far from "
        f"the target of 0.90: the forms this session's dev batches hold are a small part of what the test set asks"
        if "cqe_protocol_at_20" in nq
        else "not yet scored"
    )
    return f"""Session 20 (issue 7, quantities: the protocol's value convention, a batch of value forms, rules by
kind). (1) The convention, read from CQE's published code (`vivkaz/CQE` `CQE/CQE.py` `_tag_ignore`,
`_preprocess_text`, `_match_tuples`; `CQE/rules.py`; `CQE/number_lookup.py`) and written into
benchmarks/data/README.md ("The protocol's value convention"), with where our extractor departs from it: a
number in a spaCy DATE entity is kept only with a unit (so years and "the 1990s" are not quantities, durations
are); clock times, month-day dates, ISO dates, ordinals in digits, phone numbers, zip codes and number
sequences are never quantities; "N-N" is kept only with a unit (a score or tally is not a quantity, "10-12
inches" is a range); "per cent" is percent, "bn"/"k"/"M" after a number scales it, "m" only after a currency;
"-5" and "minus 5" are negative; every number left is a quantity (`lonely_num`), without unit if none is
found. (2) A dev batch of those forms, original fiction labelled before the extractor was run on it
(benchmarks/data/quantities_forms_dev.jsonl, {(forms.get("all") or {}).get("sentences", "—")} sentences,
{((forms.get("all") or {}).get("cqe_protocol") or {}).get("gold", "—")} quantities, six batches this shift and a
seventh in the second, halves by id parity; no 6-gram shared with NewsQuant). By the protocol, value /
value+unit, the code at the start of the session → now (re-rendered after the second shift: "now" is its code,
on its relabelled data, above): wire style (forms-001..063) tune {fpart("forms-001..063, wire style, tune (even ids)")},
confirm {fpart("forms-001..063, wire style, confirm (odd ids)")}; NewsQuant's preprocessing (forms-064..083)
tune {fpart("forms-064..083, NewsQuant's preprocessing, tune (even ids)")}, confirm
{fpart("forms-064..083, NewsQuant's preprocessing, confirm (odd ids)")}; market and business copy
(forms-084..113, written after the first rules) tune {fpart("forms-084..113, market and business copy, tune (even ids)")},
confirm {fpart("forms-084..113, market and business copy, confirm (odd ids)")}; the spellings CQE's
`_preprocess_text` rewrites, which its authors met in their news copy ("PS2.7 million" for £, "$US",
"sub-$300", "0-60mph", "3 1/4", "75 USD million", "HK $ 88 million", "degree f", ...): forms-114..135 tune
{fpart("forms-114..135, CQE's rewrites of wire copy, tune (even ids)")}, confirm
{fpart("forms-114..135, CQE's rewrites of wire copy, confirm (odd ids)")}; forms-136..159 tune
{fpart("forms-136..159, more of CQE's rewrites, tune (even ids)")}, confirm
{fpart("forms-136..159, more of CQE's rewrites, confirm (odd ids)")}; market copy written last
(forms-160..179; its tune half prompted no rule) tune {fpart("forms-160..179, market copy, no rule written from it, tune (even ids)")},
confirm {fpart("forms-160..179, market copy, no rule written from it, confirm (odd ids)")}; all {fpart("all")}. So the
forms the brief listed (number words, ordinals, years, times, fractions, "a dozen", "half", ranges, "per
cent", approximations, "2.5bn", negatives, scores) were already read right in clean copy (value 0.98-1.00
before any rule): what costs NewsQuant its values is not these forms as we write them; the wire-copy spellings
CQE's code rewrites were not (value 0.75-0.88 before their rules). The rules, one per kind, each from a tune
sentence's error (6ef60d8, f4f138d, 4d14e26, b153b9e): a rate per a measure missing from the list ("$6.10 a
bushel", cubic metre, yard, carat, ...); a fraction and a minus sign with their hyphen spaced in tokenised
copy ("three - quarters of", "recorded - 7 degrees"); a level after "up/down from/to", also in words
ending its clause ("up from nine."); a bare number before an adverb ("kept two overnight"; "$3.87 a gallon
nationwide" no longer names "nationwide"); "Group of 20" a name; "1130 GMT" a clock time; "$US" and "PS"
(before a decimal or a scale) currencies; "sub-$300" under $300; a unit against a range's end ("0-60mph"); a
mixed fraction one value ("3 1/4"); a scale after a trailing currency code ("75 USD million"); a country's
letters apart from "$" ("HK $", "C $"); "degree f"; a number word after "a noun of" ending its clause ("a
team of five."). The confirm halves did not move: a rule for one spelling does not reach the next (as
session 18 found for units). Other dev sets, start → now: quantities_dev
tune {dhalf("tune")}, confirm {dhalf("confirm")}; the unit batch tune {upart("all, tune (even ids)")},
confirm {upart("all, confirm (odd ids)")}. (3) Planted conflicts {corpus.get("found", "—")}/{corpus.get("planted", "—")},
{corpus.get("false_pairs", "—")} false; the pipeline's quantity conflict pairs on jsonl-2000-s9-g2
{(r.get("quantity_conflicts") or {}).get("pairs", "—")} (4 before); 36 of the 3,147 texts of jsonl-2000-s9-g2 and the two older
dev sets change a mention (slots "today", "overnight", "nationwide" dropped; "microgram per cubic metre"; "a
mother of three", "a family of five" now a number without unit). CPU against the start
of the session (`quantities_speed_20`, blocks alternated): {cost}. NewsQuant (test, scored once at the end,
after the last dev choice, by the protocol): {test}. Re-run: `.venv/bin/python benchmarks/bench_compare.py
--only quantities_forms_dev,quantities_dev_protocol,quantities_units_dev,corpus,quantity_conflicts,quantities_speed_20,newsquant`."""


def _fpart20b(r: dict[str, Any], name: str) -> str:
    """A part of quantities_forms_dev by the protocol, value / value+unit, at the start of the second shift →
    now."""
    part = (r.get("quantities_forms_dev") or {}).get(name) or {}

    def pv(scores: dict[str, Any] | None) -> str:
        return f"{scores['value']['f1']:.3f} / {scores['value_unit']['f1']:.3f}" if scores else "—"

    return f"{pv(part.get('cqe_protocol_at_20b'))} → {pv(part.get('cqe_protocol'))}"


def _newspart(r: dict[str, Any], name: str) -> str:
    part = ((r.get("quantities_news_dev") or {}).get(name) or {}).get("cqe_protocol") or {}
    if not part:
        return "—"
    return f"{part['value']['f1']:.3f} / {part['value_unit']['f1']:.3f}"


def _pv(part: dict[str, Any] | None, key: str) -> str:
    """A result part's protocol value / value+unit F1 under ``key``, or "—" when it has none."""
    if not part or key not in part:
        return "—"
    return f"{part[key]['value']['f1']:.4f} / {part[key]['value_unit']['f1']:.4f}"


_SESSION28_OUTCOMES = (
    "(4) Measured, each alone against e46ee22 (27c19a7's code; /tmp/quant28/snapA), protocol value+unit cased "
    "(lower-cased): **FP** pooled read 0.8620 -> 0.8893 (+0.0273; 0.8592 -> 0.8863), session 28's draw 0.7545 -> "
    "0.9133 in both forms (value 0.9581 -> 0.9942), session 27's draw 0.8870 -> 0.9043 (0.8831 -> 0.9004), session "
    "26's read samples 0.8788 = (0.8755 =); held out DUC 2007 0.9481 =, MRPC 2 0.9135 = (0.9143 =), GVA 2 0.8652 = "
    "(0.8667 =); dev files quantities_news_dev 0.9846 -> 0.9898 (value 0.9949 -> 1.0000: news-038's \"Of the 850 "
    'doctors, 612"), the six others identical; planted conflicts 8/8 (recall / precision 1.0 / 1.0); jsonl-2000-'
    "s9-g2's quantity conflict pairs 4 -> 4, the same four (1,348 events at this code; compare.json's row, 1,329, "
    "was measured before other owners' changes); 7 of its mentions re-read, all parts of a fronted whole (\"Of the "
    'five men shot, one died, three were listed ... and one refused medical treatment": part of man, were '
    '`died`, `list`, `treatment`; "Of the shooters, only three were female"; "Of those, three were from the '
    'Gilbert family" bare). CPU, bench_compare.quantities_speed(e46ee22, runs=3) with the tree on PYTHONPATH, '
    "alternated with an A/A control, two rounds (load 12-21): jsonl-2000 +1.3 / +0.4 %, quantities_dev -7.8 / "
    "+0.7 %; A/A +0.2 / +0.3 % and -0.5 / -0.7 %; the clause scan alone costs 5.5 us a text of ~820 (0.7 %). A "
    "first build whose pattern opened on look-behinds cost jsonl-2000 +14.8 / +10.5 % (A/A -0.2 / +0.9 %) and was "
    "rewritten before landing (a literal-first search, the clause test in Python; every prediction of the dev "
    "rows and every jsonl-2000 slot identical). FP passes every clause and landed (3694a25); a text whose "
    "lower-casing changes its length reads no scope (a test of the suite raised on it before the commit). What "
    "the draw still misses after it (read): \"Forty of China's 300 Olympic athletes\" read `china's` (the possessive "
    'taken for the whole), "2,600 Boeing 737s" `boeing`, "343 of them" after "two-thirds of world\'s total" '
    '(them is the people, the fraction\'s whole taken), "Of the four surviving shooting victims" `surviving`. '
    '**OT** pooled read 0.8620 = and 0.8592 = (no row of either draw has the form: their "of them" follow a '
    "counted whole or none), session 28's draw =, quantities_dev 0.9691 -> 0.9699 (its one \"injuring 17, four of "
    'them seriously"), every other figure identical, no jsonl-2000 mention changed: it fails the +0.010 clause '
    "and is not landed (its tree is scratch, /tmp/quant28/snapOT; the convention's reading stands in the README "
    "for a later draw that holds the form). **ES** every English figure identical (every probe sample and dev "
    "file, both forms: measure.py's output equal line for line), jsonl-2000-s9-g2's 1,983 cleaned articles all "
    "`en` (no mention, no pair changes), `newsfuse run examples/corpus` against e46ee22's output: the El Faro "
    'article\'s "4 y la avenida" and "44 años" gone from the Port Emmet event (report.json\'s facts, coverage '
    "rows and the outlet's adds; index.html's \"Facts one outlet alone reports\" 72 -> 70; the event's "
    "Markdown), every other byte identical; test tests/compare/test_quantity_language.py; landed (0c3cb73). The "
    'gate is at the top of extract_quantities (read_as_english: None or empty unknown and read; "en", "en-US", '
    '"English" read), so compare/article.py, a shared file, was not edited. Commands: ROOT=<tree> '
    "PYTHONPATH=<tree>/src [CASED=1] .venv/bin/python /tmp/quant28/measure.py [dump]; chk2.py and checks.py "
    "(NEWSFUSE_SHARED_DATA=/work/shared/data; planted conflicts, jsonl-2000 pairs), slotdiff.py (SRC=<tree>/src), "
    "cpu.sh CAND (speed.py), lang.py; the draw: draw.py, labels.py."
)
"""Session 28's measured outcomes (quant shift), as written after the runs."""


def _both_forms(probe: dict[str, Any], name: str) -> str:
    """A probe section's part ``name`` as "value / value+unit (the same lower-cased)", cased first; "—" when the
    section lacks either form."""
    shown = [
        f"{s['value']['f1']:.4f} / {s['value_unit']['f1']:.4f}"
        for s in ((probe.get(form) or {}).get(name) for form in ("cased", "lower-cased"))
        if s
    ]
    return f"{shown[0]} ({shown[1]})" if len(shown) == 2 else "—"


_SESSION29_DECLARED = """Session 29, quant shift (issue 7, quantities: the forms session 28's draw left — a possessive before the counted
noun, a capitalised or model name before a plural, a participle inside a fronted whole — and "of them" after an
uncounted number, on a fresh draw that holds them). (1) Step 1: a fresh draw of 42 real-copy sentences weighted
toward the four forms (DUC 2006, MRPC train, GVA; seeds 2901-2903; strata "of them after a number", "possessive
whole", "model before a plural", "fronted whole with modifiers"; texts and sentence hashes no earlier sample
touched), 93 quantities, labelled by hand by the written convention before any extractor or candidate ran on it and
committed as labels first (27c52fd; benchmarks/data/README.md, quantities_real_probe_fresh29.jsonl). The strict
form OT reads (a number right before ", <n> of them") stands in one candidate sentence of the four dev sources (a
year), so the stratum widens it to a number and up to four words before the comma. (2) The candidates, declared
here before any is built or measured, each judged alone against HEAD at 27c52fd (ab6c413's src): **OT** exactly as
session 28 declared it (its tree /tmp/quant28/snapOT, its one change put on HEAD's quantities.py unchanged). **PW** a
possessive before the counted noun: a number followed by "of", the determiners the partitive already passes ("the",
"its", ...), an owner of one to three words whose last is a possessive ("'s", "’s", "s'"; in copy whose apostrophes
are dropped, NewsQuant's documented form, a word in -s that is no stop word, determiner or number word), then a
number: the owner is no counted thing ("Forty of China's 300 Olympic athletes" read `china's` before); the first
number is a part of the whole the second counts ("part of X", X what the whole's number counts, as "3 of the 11
injured"), and the whole's number is read as its own mention as before; a part with its own unit keeps it, a year
after the owner leaves the reading as it was. **MD** a capitalised modifier or model name before a plural noun
counts the plural head: after a number with no unit, a run of one or two capitalised words (a name, "Boeing",
"Texas"; an initialism, "US", "U.S.") closed by a capitalised plural ("Rangers", "Marines") or a model number in the
plural ("737s", "A320s", "F-16s": digits with up to three letters or a hyphen before them, then "s") counts that
plural: the counted thing is the plural's singular, a model's named with its maker ("2,600 Boeing 737s": `boeing
737`, as the convention's "45 Boeing 787 jets" keeps the maker), and the mention runs to it; a decade ("1990s") is
no model, and a run followed by a lower-case plural ("Los Angeles Times reporters", "300 Olympic athletes") keeps
the reading it has (the lower-case plural is counted already). **AJ** an adjective or participle inside a fronted
whole is not the counted noun: in the whole of a fronted partitive ("Of the WHOLE ,", the span FP reads), a number
whose counted thing read is a word in -ing or -ed (or an adjective by the endings the reader knows) followed, within
three more words and before a stop word or a comma, by a plural noun, counts that plural ("Of the four surviving
shooting victims": `victim`, the protocol then reads `surviving shooting victim`; its parts follow, as FP reads
them); a whole whose participle no plural follows ("Of the 12 injured ,") is read as before. Outside a fronted whole
nothing changes. (3) Acceptance, written before any candidate runs (session 28's rule, baseline HEAD at 27c52fd;
protocol value+unit, cased the headline, lower-cased reported), for each candidate alone: the pooled read samples
(session 26's read samples and sessions 27's, 28's and this draw, which counts as read) +0.010 value+unit cased and
not down lower-cased; this draw alone not down in value+unit in either form; no held-out sample (DUC 2007, MRPC 2,
GVA 2) down in value+unit in either form; no dev file (quantities_dev, _units_dev, _forms_dev, _news_dev,
_styled_dev, _gaps_dev, _news2_dev) down by more than 0.005 in value or value+unit; planted conflicts 8/8 with 0
false; jsonl-2000-s9-g2's quantity conflict pairs gain no pair false on reading; extract_quantities' CPU
(bench_compare.quantities_speed alternated A/B against a snapshot of 27c52fd, an A/A control beside) within the
run's noise. Candidates that pass are landed one at a time, each measured alone against the same base; two that
pass are then measured together against the same rule before the second lands. A failed candidate gets one
paragraph and is not tuned. Held-out samples are scored, never read. NewsQuant is run once after the last dev
choice, only if a candidate landed; no choice follows. Also (no candidate, no figure changes): `quantity_conflicts`
and `_speed_texts` read jsonl-2000-s9-g2 through one check of the cached file: a missing, empty, unreadable or
short file (fewer articles than the name says) is rebuilt by warc_generator, not read as 0 events."""
"""Session 29's declaration (quant shift): the draw, the candidates and their rule, written before any ran."""
_SESSION29_OUTCOMES = """(4) Measured, each alone against 27c52fd (/tmp/quant29/snapA), protocol value+unit cased (lower-cased); at the base
the pooled read samples with the three draws read 0.8709 (0.8686) and this draw 0.7556 (0.7582). **PW** pooled read
0.8709 -> 0.8894 (+0.0185; 0.8686 -> 0.8870), this draw 0.7556 -> 0.8508 (0.7582 -> 0.8525; value 0.9556 -> 0.9613),
session 28's draw 0.9133 -> 0.9425 (its "Forty of China's 300 Olympic athletes": all three right), session 26's read
samples 0.8788 -> 0.8815 (mrpc-036's "4 of the companys 40 accounts"); held out DUC 2007 0.9481 =, MRPC 2 0.9135 =,
GVA 2 0.8652 = (both forms); dev files quantities_dev 0.9691 -> 0.9699 (dev-165's "37 of the state's 88 counties"),
the six others identical; planted conflicts 8/8 (recall / precision 1.0 / 1.0); jsonl-2000-s9-g2's quantity conflict
pairs 4 -> 4, the same four; 3 of its mentions re-read, all right ("two of Colstrip's four units" twice, "Six of
Paterson's 10 shooting incidents": `part of unit`, `part of incident`). CPU, bench_compare.quantities_speed(27c52fd,
runs=3) alternated with an A/A control, two rounds (load 2-7): jsonl-2000 +0.4 / +0.3 %, quantities_dev +0.4 / +0.4
%; A/A +0.3 / -0.2 % and +0.1 / +0.2 %. The build first measured let a possessive before any number stop the name
reading ("the tail of Boeing's 767 airplane" became a count of 767 airplanes: DUC read 0.9079 -> 0.9020, pooled
0.8887) and cost +0.8 / +0.9 % (A/A +0.2 / +0.2 %): it was held to the declared form (a part's number and "of"
before the owner) and its owner test run only after a word in -s before it landed, every other prediction identical
(the figures above are the landed code's). PW passes every clause and landed (5822dc2). **OT** (session 28's,
unchanged) moved quantities_dev's one "injuring 17, four of them seriously" (0.9691 -> 0.9699) and no probe row of
any draw: this draw's "of them after a number" stratum holds the part after a counted whole, a count of times or a
rate, never after a bare number, as the strict form stands in one sentence of all four dev sources; pooled read =,
it fails the +0.010 clause and is not landed, and the form is not worth a third draw. **MD** read its one row right
(session 28's "about 2,600 Boeing 737s ..., one of them": `boeing 737` both) and changed no other read row or
figure: pooled read 0.8709 -> 0.8739 (+0.0030; 0.8686 -> 0.8717), this draw = in both forms (its "model before a
plural" stratum's capitalised modifiers before a lower-case plural were read already; its misses are initialisms the
scorer or the extractor reads otherwise: "700 MONUC troops" `monuc troops`, "100,000 U.S. troops" `u s troops`,
"1800 US soldiers" not read), held out and dev files identical; the scorer's reading of a model word ("737s", a word
of MD's tree only) left every figure of the base identical line for line. It fails +0.010 and is not landed
(/tmp/quant29/snapMD). **AJ** read its one row right (session 28's "Of the four surviving shooting victims, two":
`surviving shooting victim` both) and changed nothing else: pooled read +0.0030 (0.8739; 0.8717), this draw = (its
fronted wholes with modifiers, "Of the 626 deputies who cast ballots", "Of the six young men who were shot", were
read already), held out and dev files identical. It fails +0.010 and is not landed (/tmp/quant29/snapAJ). What this
draw still misses after PW (read): "20 books a year, but only eight of those" (`book` for `book per year`), "217
times in Texas, 130 of those" (`texa`), "one of the city's five most sought-after alternatives" (the whole reads no
noun), "26 of GM's 29 North American assembly plants" (`north american assembly`, the plural cut), "16.3 million
provided" (`provided`), "FIVE OF THEM" in capitals (not read), the initialisms above and "ages 11 and 16" after "Two
brothers ,". Commands: ROOT=<tree> PYTHONPATH=<tree>/src [CASED=1] .venv/bin/python /tmp/quant29/measure.py [dump];
checks.py (NEWSFUSE_SHARED_DATA=/work/shared/data; planted conflicts, jsonl-2000 pairs), slotdiff.py
(SRC=<tree>/src), cpu.sh CAND 2 (speed.py); the draw: draw.py, labels.py.
Closing: the whole suite, begun at 7b50249, 1,795 passed and 9 skipped (6 deselected by the project's own
configuration); duplicates --change --base ab6c413 showed one pair of this shift's (the probe sections' loop,
folded into _probe_with_draws in ec9273d, outputs identical), the rest in other owners' files."""
"""Session 29's measured outcomes (quant shift), as written after the runs."""


_SESSION29_LANGS_DECLARED = """Session 29, langs shift (issue 6, entities in a language we have no reader for;
audit r29 step 4 finding 1), declared before building. Reading of the four fiction articles (/tmp/audit329/lang):
the French pair's entities (SAINT-AUBERT, Hélène Marchetti, Olivier Brunel, Jeanne Lefort) and the Spanish one's
(Carmen Robles, Atlántica Cargo, Andrés Quintero, Julián Ortega) are names; the German one's are 19, of which only
Hohenfurt (×2), Matthias Kellner, Sabine Vogt and Jonas Albrecht (the last three with a German title read into the
name) are; the rest are capitalised nouns ("Am Samstag", "Das Geld", "Die Sperrung", "Kosten der Reparatur"), 12
of them of two words or more. Choice: **an article whose language is known and not English reads no entities**
(compare/quantities.read_as_english's rule, as ES gates quantities), not "multi-word names that recur across
sources": a German capital is no sign of a name, and outlets reporting one German event write the same nouns ("Die
Stadt", "Am Montag", "Die Sperrung"), so recurrence would keep exactly the wrong facts a multi-source event shows;
the cost, a missing fact rather than a wrong one, is the French and Spanish names (11 right mentions in the four
articles). Acceptance, written before the run: `newsfuse run examples/corpus` and jsonl-2000-s9-g2 byte-identical
for every English article (every output file, diff -r; the corpus's one Spanish article, El Faro, may change only in
its own entity facts), the German article's non-names gone, a test. Not landed otherwise (one paragraph here)."""
"""Session 29's langs declaration (entities outside English), as written before it was built."""


_SESSION29_LANGS_OUTCOME = """Session 29, langs shift, outcome (measured after the declaration above, against a
snapshot of 19a4cf5; `/tmp/langs29/runs.sh A|E`, `factdiff.py`): `newsfuse run --workers 1` of jsonl-2000-s9-g2
every output file byte-identical (diff -r); examples/corpus: report.json, index.html and the Port Emmet event's
Markdown change only in the Spanish El Faro article's own entity evidence (its San Telmo, St. Brendan and Rosa
Villalobos gone; Port Emmet, Dock Road and Calloway Freight 4 -> 3 independent sources, Odette Marchand 3 -> 2,
Gideon Hale and Lower Quay 2 -> 1: right names lost, the declared cost); the audit's fiction: the German article's
14 entities, 10 of them not names, gone, and the French and Spanish names with them. Every clause holds: landed
(36a9edc; test tests/compare/test_entity_language.py, failing at 19a4cf5). What is left: the French and Spanish
names, right in the four articles and in El Faro, are lost; a gate by language (French and Spanish, whose nouns are
written in lower case, read; German not) would keep them, measured on more than four articles; not built this
shift."""
"""Session 29's langs outcome (entities outside English), as written after the runs."""


_SESSION30_DECLARED = """Session 30, quant2 shift (issue 7, quantities: initialisms before a plural, "N of those" after a rate
or a count of times, a compound whole whose plural head is cut, on a fresh draw that holds them). (1) Step 1: a fresh
draw of 36 real-copy sentences (DUC 2006, MRPC train, GVA; seeds 3001-3003; strata "initialism before a plural",
"of those after a rate or times", "compound whole"; texts and sentence hashes no earlier sample touched, session
29's draw included), 61 quantities, labelled by hand by the written convention before any extractor or candidate
ran on it and committed as labels first (b9f74c8; benchmarks/data/README.md, quantities_real_probe_fresh30.jsonl).
Rows holding each form: an initialism before a counted plural 11 (and 3 money rows, "U.S. dollars", and 7 GVA
station names, "2 NEWS deputies", as guards); "N of those" after a rate or a count of times 0 (the stratum is empty
in all three sources: the form stands only in session 29's two touched sentences); a compound whole before a
plural head 7, each with two modifiers, none with session 29's three (and 3 list items, "2,101 Violent crime
incidents: 182", as guards). (2) The candidates, declared here before any is built or measured, each judged alone
against HEAD at b9f74c8 (8dcda4b's src). **IN** an initialism (2-6 capitals, with or without dots, no lower-case
letter: "US", "U.S.", "UAW", "MONUC") after a number with no unit and before a lower-case plural (at most one
lower-case word between) is a modifier of the counted thing, in the extractor and the scorer alike: the extractor
reads the plural as counted and the mention runs to it ("1800 US soldiers" was not read: "US" was taken for the
pronoun), the scorer keeps the initialism as written, lower-cased with its dots ("U.S. troops" `u.s. troop`, not
`u s`); guards from the convention: money keeps its reading ("800,000 U.S. dollars" `dollar`: a currency word or
code after the initialism is the unit), an initialism with no lower-case plural after it is read as before (a
station's "2 NEWS", "13 WREX"), and a year-like number keeps the year's reading. **TR** the scorer names the counted
"troops" by its lemma, `troop` (CQE names a counted noun by its lemma, as mrpc-023's gold `u.s. troop`; the
extractor's slot, where the counted thing ends at "troops", is unchanged): "700 MONUC troops" `monuc troop`. **RT**
"N of those/them" whose antecedent is a rate or a count of times reads the rate ("20 books a year, but only eight of
those" `book per year`, as the convention's session-29 call) or `count` ("217 times ..., 130 of those"): the draw
holds no row of the form, so RT cannot meet the fresh-draw clause and is not built this shift. **CP** a compound
whole ends at its plural head, not before it: after a number, one to three capitalised words and up to two
lower-case words before a lower-case plural, the plural is the counted thing and the mention runs to it ("29 North
American assembly plants" `north american assembly plant`, read `north american assembly` before); guards: a list
item's number followed by the next item's label and a colon ("2,101 Violent crime incidents: 182") is read as
before, and so is a run that a verb ends. If time is left, (4) all-caps "FIVE OF THEM" and (5) "16.3 million
provided" the same way, declared before they are built. (3) Acceptance, written before any candidate runs (session
29's rule, baseline HEAD at b9f74c8; protocol value+unit, cased the headline, lower-cased reported), for each
candidate alone: the pooled read samples (session 26's read samples and sessions 27's to 30's draws, this one
counted as read) +0.010 value+unit cased and not down lower-cased; this draw alone not down in value+unit in either
form; no held-out sample (DUC 2007, MRPC 2, GVA 2) down in value+unit in either form; no dev file (quantities_dev,
_units_dev, _forms_dev, _news_dev, _styled_dev, _gaps_dev, _news2_dev) down by more than 0.005 in value or
value+unit; planted conflicts 8/8 with 0 false; jsonl-2000-s9-g2's quantity conflict pairs gain no pair false on
reading; extract_quantities' CPU (bench_compare.quantities_speed alternated A/B against a snapshot of b9f74c8, an
A/A control beside) within the run's noise. Candidates that pass are landed one at a time, each measured alone
against the same base; two that pass are then measured together against the same rule before the second lands. A
failed candidate gets one paragraph and is not tuned. Held-out samples are scored, never read. NewsQuant is run
once after the last dev choice, only if a candidate landed; no choice follows."""
"""Session 30's declaration (quant2 shift), as written before any candidate was built or measured."""
_SESSION30_OUTCOMES = """(4) Measured, each alone against b9f74c8 (/tmp/quant229/snapA), protocol value+unit cased
(lower-cased); at the base the pooled read samples with the four draws read 0.8709 (0.8676) and this draw 0.6721
(0.6613). **IN** pooled read 0.8709 -> 0.8745 (+0.0036; 0.8676 -> 0.8704), this draw 0.6721 -> 0.6992 (0.6613 ->
0.6774; "27 US troops" and "130,000 US soldiers" now read, "5,000 U.S. theaters" `u.s. theater`), held out equal in
both forms, quantities_dev 0.9699 -> 0.9706 (dev-429's "20 U.S. military bases"), the six other dev files equal;
jsonl-2000-s9-g2 no mention re-read (slotdiff.py). Its other rows are right only with TR too ("23 U.S. troops" `u.s.
troops`). It fails +0.010 and is not landed (/tmp/quant229/snapIN). **TR** pooled read +0.0014 (0.8723; 0.8690),
session 29's draw 0.8508 -> 0.8619 ("700 MONUC troops"), this draw =, held out equal, quantities_dev 0.9699 ->
0.9691 (dev-256's gold writes "1,300 troops" `troops`): it fails +0.010 and is not landed (/tmp/quant229/snapTR).
**CP** pooled read +0.0028 (0.8737; 0.8704): session 29's "26 of GM's 29 North American assembly plants" both
right, this draw = (its compound wholes have two modifiers and were read already), held out and dev files equal; it
fails +0.010 and is not landed (/tmp/quant229/snapCP). **RT** not built: no row of the form outside session 29's two
read sentences. All-caps "FIVE OF THEM" and "16.3 million provided" not built: neither draw holds their form. For the record, after
IN and TR had failed (no choice rests on it): IN with TR on the read samples 0.8709 -> 0.8828 (+0.0119; 0.8676 ->
0.8773), this draw 0.6721 -> 0.7480, held out and dev files equal (dev-429 +, dev-256 -); the read samples are spent
for that union, so it is declared next (6) as IN′ and judged on a second draw never read."""
"""Session 30's outcomes for IN, TR, CP and RT (quant2 shift), as written after the runs."""
_SESSION30_IN2_DECLARED = """(6) **IN′**, IN and TR together as built (the trees /tmp/quant229/snapIN and snapTR,
unchanged; /tmp/quant229/snapINTR), declared here before it runs on its draw: judged on a second fresh draw never read
(quantities_real_probe_fresh30b.jsonl, b9f74c8's exclusions plus this session's first draw; strata "initialism
before a plural" and "troops"; 24 sentences, 33 quantities, labels committed first in d4b0b31). Acceptance, written
before it runs there (baseline b9f74c8): the second draw +0.010 value+unit cased and not down lower-cased (the
+0.010 clause moves there: the read samples are spent for IN′); the read samples pooled with the four draws and this
session's first draw not down in either form; no held-out sample down in either form; no dev file -0.005 in value or
value+unit; planted conflicts 8/8 with 0 false; jsonl-2000-s9-g2's quantity conflict pairs gain no pair false on
reading; extract_quantities' CPU within noise (alternated A/B against b9f74c8, an A/A control beside). If it fails it
gets one paragraph and is not tuned."""
"""Session 30's declaration of IN′ (quant2 shift), as written before it ran on its draw."""
_SESSION30_IN2_OUTCOME = """(7) **IN′** measured against b9f74c8 (protocol value+unit, cased (lower-cased)): the
second draw 0.4923 -> 0.7879 (0.4923 -> 0.7879; its initialisms "160 to 180 US agencies", "17,000 US scientists",
"114 U.S. soldiers" and its troops now right); the read samples pooled with the four draws and this session's first
0.8709 -> 0.8828 (0.8676 -> 0.8773), this session's first draw 0.6721 -> 0.7480 (0.6613 -> 0.7097); held out DUC
2007 0.9481 =, MRPC 2 0.9135 = (0.9143 =), GVA 2 0.8652 = (0.8667 =); the seven dev files identical in value and
value+unit (quantities_dev 0.9699 =: dev-429's "20 U.S. military bases" now right, dev-256's gold `troops` now
wrong); planted conflicts 8/8 (recall / precision 1.0 / 1.0); jsonl-2000-s9-g2 no mention re-read (its conflict
pairs the same four); CPU bench_compare.quantities_speed(b9f74c8, runs=3) alternated with an A/A control, two rounds:
jsonl-2000 +0.8 / -0.6 %, quantities_dev +1.1 / -0.0 %; A/A +2.3 / +4.3 %, -0.8 / -2.4 %. It passes every clause and
landed (d6d0078); no dev choice followed. NewsQuant (test), run once after it (at d6d0078; `.venv/bin/python
benchmarks/bench_compare.py --only quantities_probe_s30,newsquant`, 2026-11-25 12:09 UTC), no choice after: protocol
value / value+unit 0.8568 / 0.7164 -> 0.8568 / 0.7164 (P 0.7106 / R 0.7223). What is left: "1800 US soldiers" (a
year-like number, kept by the guard), lower-cased copy's "us" before a plural (no case to tell the initialism), the
compound whole with three modifiers (CP, one read row), "N of those" after a rate (RT, no unread row in the dev
sources), all-caps "FIVE OF THEM" (17 untouched GVA candidates hold a capitalised "<word> OF THEM|THOSE|THE",
transcripts in capitals, few with a number: "TWO OF THOSE VICTIMS"; none in DUC or MRPC), "16.3 million provided" (a
fronted whole's part before a verb in -ed: no untouched candidate in the three sources; tools/cnt2.py), dev-256's gold `troops` against the probes' `troop`,
and the second draw's misses, read after the run: "Nearly 300 mutinous troops" `mutinous` (the referent stops at
the adjective), "2 NEWS has confirmed" read as 2 `news` (a station's name), "4.5 U.S. million dollars" 4.5, "50,000
pounds (78,000 U.S. dollars)" `pound-mass`, "7, 956 wounded" 956. Commands: ROOT=<tree> PYTHONPATH=<tree>/src [CASED=1] .venv/bin/python /tmp/quant229/tools/measure.py
[dump]; checks.py (NEWSFUSE_SHARED_DATA=/work/shared/data); slotdiff.py (SRC=<tree>/src); cpu.sh INTR 2 (speed.py);
the draws: draw.py, labels.py, draw2.py, labels2.py."""
"""Session 30's outcome for IN′ and the NewsQuant run after it (quant2 shift), as written after the runs."""


_STATIONS_DECLARED = """Session 29, stations shift (issue 7, quantities: a station's call sign is no quantity; audit
r29 row 22, "18 LEX" and "69 News" shown as quantities an outlet adds, and session 30's read miss "2 NEWS has
confirmed" read as 2 `news`). (1) Candidate **ST**, declared here before it is built or measured (baseline HEAD at
19a4cf5): a plain number (digits, at most three) with no unit, followed by a station word is a station's name, not a
quantity, and the extractor reads no mention there. A station word is "NEWS" in capitals or "News" capitalised, or a
call sign of 2-4 capital letters and nothing else ("LEX", "WSB", "KTLA", "WREX"); the names with the number after
the word ("Channel 5", "Fox 8", "WSB-TV 2", "NBC 4") are already left out as names and stay so. Guards, from the
convention, not from a reading: a counted plural after the station word keeps the count ("5 news stories" is
lower-case and counts; "12 WSB viewers", "2 NEWS deputies", "3 News items" count the plural); a number with a unit
("5 PM", "10 MW") keeps its reading; a year-like number (four digits) is untouched. (2) Acceptance, written before
it runs (session 29's rule; protocol value+unit, cased and lower-cased, against 19a4cf5): the pooled read samples
(session 26's read samples and sessions 27's to 30's draws) not down in either form; every draw alone not down; no
held-out sample down in either form; no dev file (quantities_dev, _units_dev, _forms_dev, _news_dev, _styled_dev,
_gaps_dev, _news2_dev) down by more than 0.005 in value or value+unit; planted conflicts 8/8 with 0 false; every
mention ST removes on jsonl-2000-s9-g2 and on the 300-article WARC run (`benchmarks/warc_generator.py --articles 300
--format warc --seed 29`) read by hand, at least 90 % rightly removed; extract_quantities' CPU within noise
(bench_compare.quantities_speed alternated A/B against 19a4cf5, an A/A control beside); a test. If it fails: one
paragraph here, nothing in src/. Held-out samples are scored, never read; NewsQuant is not run this shift."""
"""The stations shift's declaration (session 29), as written before ST was built or measured."""


_STATIONS_OUTCOME = """(3) **ST** measured against 19a4cf5 (/tmp/stations29/snapA; the candidate's tree
/tmp/stations29/snapST), protocol value / value+unit cased (lower-cased): the pooled read samples 0.9498 / 0.8828 ->
0.9531 / 0.8859 (0.9466 / 0.8773 =: lower-cased copy has no capitals, so ST never fires there); session 30's first
draw 0.8943 / 0.7480 -> 0.9322 / 0.7797 (its GVA station names no longer read), its second draw 0.9091 / 0.7879 ->
0.9231 / 0.8000 ("2 NEWS has confirmed"); every other draw, every held-out sample (DUC 2007 0.9481, MRPC 2 0.9143,
GVA 2 0.8667 lower-cased) and the seven dev files identical in both forms; planted conflicts 8/8 (recall / precision
1.0 / 1.0); jsonl-2000-s9-g2's quantity conflict pairs the same four. Every mention ST removes, read by hand: the
300-article WARC run (seed 29, cleaned and deduplicated as the pipeline does) 12 removed, 12 stations ("21 News",
"WESH 2 News" x5, "2 NEWS has confirmed", "14 News mobile app", "11 News" x3, "69 News"), none added; jsonl-2000-s9-g2
52 removed (and 4 partitive "one"s re-read after them): 25 stations ("69 News", "18 LEX", "13 WREX" x2, "2 NEWS" x2,
"WAVE 3 News" x4, "11 News", "12 News", ...), 26 a broadcast script's cues in two copies of one transcript ("1 SOT" to "4
SOT", "3 SHOT": a sound bite's and a camera shot's number, no count), rightly removed though not as stations, and 1
wrong ("at least 400 IU", a vitamin dose whose unit the extractor does not know); 63 of 64 rightly removed (98 %). The
re-read "one"s: "attacked one of them" `part of wrex` -> `part of number` (x2), "it's one of those things" `part of
sot` -> `part of mini-disc` (x2; wrong before and after). CPU, bench_compare.quantities_speed(19a4cf5, runs=3)
alternated with an A/A control (snapA against 19a4cf5), two rounds, jsonl-2000 / quantities_dev: ST +2.5 / -0.2 %, -3.7 / -0.2 %; A/A
+0.8 / +2.6 %, +9.2 / -2.4 %: within the A/A's noise. Test: tests/compare/test_quantity_station.py (five station names fail at 19a4cf5;
five guards). ST passes every clause and landed; NewsQuant not run (the lead decides). Audit rows 19-20 read, no
change: both are joined in compare.align (facts grouped by the extractor's slot, then by value). "15-minute commute"
joins a commute, "about 15 minutes behind" and "every 15 minutes" because a duration's slot is `duration` alone (the
extractor drops the counted thing for durations: ``slot = dim`` when the dimension is duration); a rule would need the
slot to keep what lasts, and "every N minutes" read as an interval (a rate, `per`) and "N minutes behind/late" as a
delay, each its own slot. "one person" killed and "one person is in good condition" share the slot `people` and the
value 1: the slot holds the counted noun, not what is said of it; a rule would need the predicate (killed, wounded,
in fair condition) in the slot or an align test that two mentions' predicates agree, which the extractor does not read
today. Commands: ROOT=<tree> PYTHONPATH=<tree>/src [CASED=1] .venv/bin/python /tmp/stations29/tools/measure.py;
NEWSFUSE_SHARED_DATA=/work/shared/data ROOT=<tree> PYTHONPATH=<tree>/src .venv/bin/python /tmp/stations29/tools/checks.py;
/tmp/stations29/removed.py TEXTS (snapA against snapST; the WARC texts from /tmp/stations29/warc_texts.py); cpu.sh ST 2."""
"""The stations shift's outcome (session 29), as written after the runs."""
_STATIONS_CLOSING = """Closing: the whole suite, run with ST in the tree (and other owners' uncommitted edits), 1,864
passed and 9 skipped; duplicates --change --base 19a4cf5 shows no pair of this shift's files (one in
tests/text/test_sentences.py, another owner's); no test set run, NewsQuant included. What is left: "400 IU" (a vitamin
dose) is removed with the stations because the extractor knows no unit "IU" (teach the unit, not the station rule);
names with the number after ("WSB-TV 2", "Channel 5") read no mention before or after; "Channel 5 offices" reads 5
offices (a plural after a name's number: not this rule's, left)."""
"""The stations shift's closing (session 29)."""


def _stations_note(r: dict[str, Any]) -> str:
    """The stations shift (session 29): candidate ST declared with its rule before it ran, and its outcome."""
    return _STATIONS_DECLARED + " " + _STATIONS_OUTCOME + " " + _STATIONS_CLOSING


_S30_PARTS = ("pooled read and four draws", "session 30's draw", "pooled held out")
"""The parts of ``quantities_probe_s30``, in the order its note shows them."""


def _session30_quant_note(r: dict[str, Any]) -> str:
    """Session 30's quant2 shift: the draw, candidates IN, TR, RT and CP declared with their rule before any
    ran; the decision figures as ``quantities_probe_s30`` last measured them."""
    probe = r.get("quantities_probe_s30") or {}
    pooled, drawn, held = (_both_forms(probe, k) for k in _S30_PARTS)
    return (
        _SESSION30_DECLARED
        + " "
        + _SESSION30_OUTCOMES
        + " "
        + _SESSION30_IN2_DECLARED
        + " "
        + _SESSION30_IN2_OUTCOME
        + " Re-run: `.venv/bin/python benchmarks/bench_compare.py --only quantities_probe_s30` (protocol value / "
        f"value+unit, cased (lower-cased)): pooled read and four draws {pooled}, session 30's draw {drawn}, "
        f"pooled held out {held}."
    )


def _session29_quant_note(r: dict[str, Any]) -> str:
    """Session 29's quant shift: the draw weighted toward the forms session 28 left, candidates OT, PW, MD and AJ
    declared with their rule before any ran (5577c3b, kept as written), their outcomes, the NewsQuant run after the
    last dev choice; the decision figures as ``quantities_probe_s29`` last measured them."""
    probe = r.get("quantities_probe_s29") or {}
    dates = r.get("section_dates") or {}
    test = (r.get("newsquant") or {}).get("cqe_protocol") or {}
    drawn = _both_forms(probe, "session 29's draw")
    newsquant = (
        "—"
        if not test or not probe
        else f"{test['value']['f1']:.4f} / {test['value_unit']['f1']:.4f} (P {test['value_unit']['precision']:.4f} "
        f"/ R {test['value_unit']['recall']:.4f})"
    )
    return (
        _SESSION29_DECLARED
        + " "
        + _SESSION29_OUTCOMES
        + " NewsQuant (test), run once after the last dev choice (PW landed in 5822dc2; `.venv/bin/python "
        "benchmarks/bench_compare.py --only quantities_probe_s29,newsquant`, measured "
        f"{dates.get('quantities_probe_s29', '—')}), no choice after: protocol value / value+unit 0.8568 / 0.7164 -> "
        f"{newsquant}. Re-run: `.venv/bin/python benchmarks/bench_compare.py --only quantities_probe_s29` (protocol "
        "value / value+unit, cased (lower-cased)): pooled read and three draws "
        f"{_both_forms(probe, 'pooled read and three draws')}, session 29's draw "
        f"{drawn}, pooled held out {_both_forms(probe, 'pooled held out')}."
    )


def _session28_quant_note(r: dict[str, Any]) -> str:
    """Session 28's quant shift: the draw weighted toward the two forms, candidates FP, OT and ES declared with
    their rule before any ran (e46ee22, kept as written), their outcomes, the NewsQuant run after the last dev
    choice (its figure as measured then); the decision figures as ``quantities_probe_s28`` last measured them."""
    probe = r.get("quantities_probe_s28") or {}
    date = (r.get("section_dates") or {}).get("quantities_probe_s28", "—")

    def pv(name: str) -> str:
        return _both_forms(probe, name)

    drawn = pv("session 28's draw")
    return (
        """Session 28, quant shift (issue 7, quantities: the fronted partitive, "of them" after an uncounted number, and no
quantities from a non-English article). (1) Step 1: a fresh draw weighted toward the two forms, 40 real-copy
sentences (DUC 2006 8 + 8, MRPC train 1 + 7, GVA 8 + 8; seeds 2801-2803; strata "fronted partitive" and "of them";
texts no earlier sample touched), 87 quantities, labelled by hand by the written convention before any extractor
or candidate ran on it and committed as labels first (27c19a7; benchmarks/data/README.md,
quantities_real_probe_fresh28.jsonl). (2) The candidates, declared here before any is built or measured, each
judged alone against HEAD at 27c19a7: **FP** the fronted partitive the convention names: in a sentence or clause
opened by "Of (the|those|these|its|their|his|her|our) WHOLE ," (the whole within 90 characters, as the draw's
stratum reads it), every number after that comma to the sentence's end that the extractor leaves without a unit
or counted noun of its own — read bare ("number"), not read at all ("612 said", "four from another"), or counted
as the verb after it ("871 did", "three died": a verb of a closed list, or a word in -ed) — is the whole's part:
"part of X", X the whole's counted thing when a number counts it ("Of the 850 doctors", the protocol then reads
the whole's own mention), else the whole's noun phrase as the part-of reading names an unnumbered whole ("Of the
unstressed women"), and a whole with no noun ("Of those ,", "Of those killed ,") leaves the part bare ("part of
number"); a number with its own unit or noun keeps it ("73 percent of", "one gun"), and a year, date or clock time
stays what it was. **OT** "N of them|those|these|whom|which" right after a number the extractor reads no mention
for (only ", " between them; the number no four-digit year and not after a capitalised word such as a month:
"injuring 17, four of them seriously") is a part of an uncounted whole, "part of number" (bare), not a part of the
last counted thing before it (the README's convention, session 26 quant2: "injured 31, four of them seriously"
leaves the part bare). **ES** (product audit r27 finding 6): an article whose language is known and not English
(Article.language, set by the cleaner; "en..." is English, None unknown and read as before) gives no quantity
mention: the gate sits at the top of extract_quantities in compare/quantities.py (this shift's own file), so every
caller (compare/article.py's reading, provenance, the app) is covered and the shared article.py is not edited.
(3) Acceptance, written before any candidate runs (session 27's rule, baseline HEAD at 27c19a7; protocol value+unit,
cased the headline, lower-cased reported): FP and OT each: the pooled read samples (session 26's read samples,
session 27's fresh draw, and this draw, which counts as read) +0.010 value+unit cased and not down lower-cased;
this draw alone not down in value+unit in either form; no held-out sample (DUC 2007, MRPC 2, GVA 2) down in
value+unit in either form; no dev file (quantities_dev, _units_dev, _forms_dev, _news_dev, _styled_dev, _gaps_dev,
_news2_dev) down by more than 0.005 in value or value+unit; planted conflicts 8/8 with 0 false; jsonl-2000-s9-g2's
quantity conflict pairs gain no pair false on reading; extract_quantities' CPU (bench_compare.quantities_speed
alternated A/B against a snapshot of 27c19a7, an A/A control beside) within the run's noise. ES instead: every
English dev figure above identical (every probe sample and dev file, both forms), jsonl-2000-s9-g2's conflict pairs
identical and its articles whose cleaned language is not English counted with the mentions they lose, `newsfuse
run examples/corpus` against HEAD's output: the Spanish article's two quantity facts ("4 y la avenida", "44 años")
gone and nothing else changed, and a test. A failed candidate gets one paragraph and is not tuned. Held-out samples
are scored, never read. NewsQuant is run once after the last dev choice, only if FP or OT landed; no choice follows.
"""
        + _SESSION28_OUTCOMES
        + f" NewsQuant (test), run once after the last dev choice (FP landed in 3694a25; `.venv/bin/python "
        "benchmarks/bench_compare.py --only quantities_probe_s28,newsquant`, measured 2026-11-25 08:57 UTC), no "
        "choice after: protocol value / value+unit 0.8568 / 0.7164 -> 0.8568 / 0.7164 (P 0.7106 / R 0.7223) (session "
        "28's run, written as measured). Re-run: `.venv/bin/python benchmarks/bench_compare.py --only "
        f"quantities_probe_s28` (protocol value / value+unit, cased (lower-cased), measured {date}): pooled read "
        f"and both draws {pv('pooled read and both draws')}, session 28's draw {drawn}, pooled "
        f"held out {pv('pooled held out')}."
    )


def _session27_quant_note(r: dict[str, Any]) -> str:
    """Session 27's quant shift: the fresh draw, candidates W' and A' declared with their rule before either ran,
    their outcomes, W'' landed; the decision figures as ``quantities_probe_s27`` last measured them."""
    probe = r.get("quantities_probe_s27") or {}
    date = (r.get("section_dates") or {}).get("quantities_probe_s27", "—")

    def pv(name: str) -> str:
        return _both_forms(probe, name)

    newsquant = (
        "NewsQuant (test), run once after the last dev choice, at 1c94200 (W'' landed in ae05364; `.venv/bin/python "
        "benchmarks/bench_compare.py --only newsquant`), no choice after: protocol value / value+unit 0.8568 / 0.7131 "
        "-> 0.8568 / 0.7164 (P 0.7106 / R 0.7223), our scorer's value+unit 0.7636 -> 0.7647. A measurement note: the "
        "protocol's reading of a part (`_cqe_units`) also re-reads the older code kept in the same run, so the rows "
        "of the code at the start of sessions 18-20 rise by the same kind of part (at 18 0.6852 -> 0.6874, at 19 and "
        "20 0.6877 -> 0.6899); session 18's reading (`_cqe_unit_s18`) is unchanged (0.7087)."
    )
    left = (
        'Not attempted: "half" and a clause\'s subject. The convention keeps a fraction bare (session 26 quant2: '
        '"half of", "a third of" not this change), and a subject with a noun to name its unit (", 57 are '
        'senators") stands once in the read samples and dev files (mrpc-024), so no rule for it could move the '
        "pooled read by +0.010; no convention was written for either and NewsQuant was run, so the shift's dev "
        "choices ended with W''. Whole suite at 009121d (with other engineers' uncommitted edits in the tree): 1595 "
        "passed, 8 skipped; duplicates --change --base 8ebac72: no pair with a side of this shift's. Next: the "
        'fronted partitive the convention names and no rule reads ("Of the unstressed women , 23 developed ...", '
        "news-038's \"Of the 850 doctors, 612\"), A' again on a draw that holds apposed ages (it moved the GVA held "
        'out by +0.036 and the read samples by two items), the counted phrase\'s slips the fresh draw shows ("U.N." '
        'read `u n`, "one time" as `time`), and "of them" after an uncounted number ("injuring 17, four of '
        'them seriously" takes the last counted thing).'
    )
    rerun = (
        f"{newsquant} {left} Re-run: `.venv/bin/python benchmarks/bench_compare.py --only quantities_probe_s27` (protocol value / "
        f"value+unit, cased (lower-cased), measured {date}): pooled read and fresh draw {pv('pooled read and fresh draw')}, "
        f"fresh draw {pv('fresh draw')}, session 26's pooled read {pv('pooled read')}, pooled held out "
        f"{pv('pooled held out')}."
    )
    return (
        """Session 27, quant shift (issue 7, quantities: a partitive's whole, W's two faults mended, and the apposed ages A
misses, judged on a fresh draw). (1) Step 1: a fresh draw of 90 real-copy sentences (DUC 2006, MRPC train, GVA,
30 each, seeds 2701-2703, texts no earlier sample touched), labelled by hand before any run and committed as
labels first (08fc0f1; benchmarks/data/README.md, quantities_real_probe_fresh.jsonl). (2) The candidates,
declared here before either is built or measured, each judged alone against HEAD at 08fc0f1 (the shipped
extractor and scorer on the relabelled files): **W'** session 26's W with both faults mended — in the protocol's
reading (`_cqe_unit`) a part written "N of the|its|their|these|those|... [most|very|many|several|numerous]
NOUN" is named by its whole, the words from "of" to the whole passed over ("Five of the victims" `victim`,
"Three of Smith's top assistants" `top assistant`), but never after a fraction ("three-quarters of the city's
buses", "half of the voters" stay without unit: fault 1); a part the extractor writes "part of X" ("Seven of the
nine Democratic presidential candidates", "600 beds, 80 of them") takes the reading of its whole's own mention
(the nearest mention of slot X in the sentence, after it, else before it), so that "Forty-two of the 60 care
homes" is `care home`, not the head `home` (fault 2), X itself when no such mention is read, and nothing for a
fraction; the extractor names a plural whole no number counts ("one of the most critical injuries", "one of
many celebrities", "one of its tires") by its noun phrase, modifiers kept and the head singular ("part of
critical injury") instead of "part of number". **A'** the apposed ages A misses: an age after "both" in
apposition (", both 14 ,"), an age followed by "of" and a capitalised place (", 22 of Florence ,"), an age
closed by a semicolon in a list of people (", 20 ;"), and an age after a name ending in a generation suffix
(Jr., Sr., II, III, IV: "David Ray Conley III , 49 ,"), each `year of age`. Then "half" or a clause's subject if
time is left, only after the data README names their unit first. (3) Acceptance, written before either runs
(session 26's rule with the fresh draw): by the published protocol, cased form the headline, lower-cased
reported: the pooled read samples (DUC read and third draw, MRPC read, GVA read, and the fresh draw, which
counts as read) rise by at least +0.010 value+unit cased and do not fall lower-cased; the fresh draw alone does
not fall in value+unit in either form; no held-out sample (DUC 2007, MRPC 2, GVA 2) falls in value+unit in
either form; no dev file (quantities_dev, _units_dev, _forms_dev, _news_dev, _styled_dev, _gaps_dev, _news2_dev)
falls by more than 0.005 in value or value+unit; the planted corpus conflicts stay 8/8 with 0 false;
jsonl-2000-s9-g2's quantity conflict pairs gain no pair that is false on reading; extract_quantities' CPU
(alternated A/B against the snapshot, an A/A control beside) within the run's noise. A failed candidate gets
one paragraph, is not tuned. Held-out samples are scored, never read. NewsQuant is run once after the last dev
choice, only if an extractor change landed; no choice follows it.
(4) Measured, each alone against 08fc0f1, protocol value+unit cased (lower-cased); pooled read = session 26's
read samples + the fresh draw: **W'** pooled read 0.8556 -> 0.8808 (+0.0252; 0.8524 -> 0.8773), the fresh draw
0.8522 -> 0.8870 (0.8485 -> 0.8831), session 26's read samples alone 0.8567 -> 0.8788, held out DUC 2007 0.9221 ->
0.9351, MRPC 2 0.9038 -> 0.9135, GVA 2 0.8539 -> 0.8652 (0.8556 -> 0.8667), values unchanged; dev files
quantities_dev 0.9583 -> 0.9641, _units 0.9617 -> 0.9648, _forms 0.9422 -> 0.9514, _news 0.9744 -> 0.9846,
_news2 0.9270 -> 0.9370, _styled =, but quantities_gaps_dev 0.9341 -> 0.9222 (-0.0119): W' fails the dev-file
clause and is not landed. Why, read on the dev files (never the held out): the "part of X" reading also took the
ratios the extractor writes as parts ("One in four children", "1 in 5 care homes", "two in five expect", and
"1.12 million in the 12 months" read as a part of months), which session 26's convention keeps bare (it names
"of" partitives only), and a fraction in digits ("only 1/4 of the seats") passed the fraction guard, which
looked for fraction words; one loss is the extractor's ("injuring 17, four of them seriously": "of them" takes
the last counted thing, "pupil"). **A'** pooled read 0.8556 -> 0.8580 (+0.0024; 0.8524 -> 0.8536), the fresh
draw unchanged (it holds none of the forms), held out GVA 2 0.8539 -> 0.8901 (0.8556 -> 0.8743), DUC and MRPC
unchanged, every dev file identical; on the read rows it adds two right ages ("Gia Soriano , both 14 ,", "David
Ray Conley III , 49 ,") and no wrong one: it fails the +0.010 clause and is not landed (its tree is scratch,
/tmp/quant27/snapA; the held-out rise is the form's, not a reason). (5) **W''**, declared after W''s figures and
before it is measured: W' with its implementation held to the written convention where it was not — a part
after "in" (a ratio, "one in four children") and a fraction written in digits ("1/4 of the seats") keep no
unit; nothing else changed. Judged by the same rule against 08fc0f1; this is the shift's last W variant
whatever its figures.
(6) **W''** measured against 08fc0f1 (cased; lower-cased): pooled read 0.8556 -> 0.8808 (+0.0252; 0.8524 -> 0.8773,
+0.0249), the fresh draw 0.8522 -> 0.8870 (0.8485 -> 0.8831), session 26's read samples alone 0.8567 -> 0.8788 (DUC
read 0.8947 -> 0.9079, third draw 0.8734 -> 0.8987, MRPC 0.8812 -> 0.8889, GVA 0.7613 -> 0.8129); held out DUC 2007
0.9221 -> 0.9481, MRPC 2 0.9038 -> 0.9135 (0.9048 -> 0.9143), GVA 2 0.8539 -> 0.8652 (0.8556 -> 0.8667), pooled
0.8926 -> 0.9074; values unchanged everywhere; dev files quantities_dev 0.9583 -> 0.9691, _units 0.9617 -> 0.9648,
_forms 0.9422 -> 0.9544, _news 0.9744 -> 0.9846, _news2 0.9270 -> 0.9471, _styled 0.9767 =, _gaps 0.9341 =. Planted
conflicts 8/8 (recall / precision 1.0 / 1.0); jsonl-2000-s9-g2's quantity conflict pairs 4 -> 4, the same four; on
its texts the extractor names 40 parts' wholes that were "part of number" (all read: "one of our officers"
`officer`, "one of several handguns" `handgun`, "one of the most violent weekends" `violent weekend`, "one of our
email newsletters" x10 (page furniture, read as written), one lemma slip, "homies" -> `homy`), no mention added or
lost. CPU, bench_compare.quantities_speed(HEAD fc1599f, runs=3) with the tree on PYTHONPATH, alternated with an A/A
control (HEAD's code against itself), two rounds (load 8-9): jsonl-2000 -0.2 / -0.2 %, quantities_dev +0.9 / -1.3 %;
A/A -0.2 / 0.0 % and -0.2 / -0.5 %: within the noise (the scorer's reading is not product code). W'' passes every
clause and landed (its commit). The fresh draw's misses after it (read, 16 of 90 sentences): the fronted partitive
"Of the unstressed women , 23 developed ... and 871 did not" (read as counts of verbs; the convention names the
form, no rule reads it), an index's move after "declined by" (4.39), bare numbers dropped ("all four", "3 to 1",
"the 55 who", "one in 400"), a slug, a calibre and an address read as counts ("10-28", ".357 magnum", "87 Auburn
Street"), an implicit unit ("6.8 million" shares), "U.N. workers" read `u n worker`, "one time" `time` not `count`,
"in his 20s" and "four more (victims)" missed, "the last one" read. Commands: ROOT=<tree> PYTHONPATH=<tree>/src
[CASED=1] .venv/bin/python /tmp/quant27/measure.py; checks.py (planted conflicts, jsonl-2000 pairs), speed.py <rev>
(the tree on PYTHONPATH), slotdiff.py (jsonl-2000 slots against HEAD's snapshot).\n"""
        + rerun
    )


def _session26_quant2_note(r: dict[str, Any]) -> str:
    """Session 26's quant2 shift: the lead's convention (apposed ages, index points, a partitive's whole), the
    relabelling as a measurement change, candidates A and P landed, W not; NewsQuant once after."""
    newsquant = (  # (the session's own run, written out: compare.json's newsquant is the latest run's)
        "NewsQuant (test), run once after the last dev choice at cb4abd4, no choice after: protocol value / "
        "value+unit 0.8568 / 0.7131 (the run before, compare.json's of 00:59 UTC: 0.8568 / 0.7153; "
        "our scorer's value+unit 0.7669 -> 0.7636). The test's gold does not share the reader's convention for these "
        "forms (its 43 unitless quantities, SOURCE.md), so the change the product needed costs the test's "
        "value+unit 0.0022; no choice followed."
    )
    return f"""Session 26, quant2 shift (issue 7, quantities: the units a reader needs — apposed ages, index points, a partitive's
whole). (1) The lead's call, written first in benchmarks/data/README.md ("Session 26 (quant2)", 36c189e) with its
reason (a reader comparing outlets needs to know what a number counts): an age apposed to a person is `year of age`,
an index's level or move written without "points" is `point`, a partitive's part takes its whole's unit. 148 gold
quantities of our files relabelled, each listed there (A 63, P 34, W 51; read and held-out samples by the written
rule from the labels and text, no prediction read). A measurement change, the shipped extractor (da3a378), protocol
value+unit, old labels -> new, cased (lower-cased): pooled read 0.8898 -> 0.7741 (0.8865 -> 0.7688), pooled held
out 0.9259 -> 0.8074 (0.9265 -> 0.8051); quantities_dev 0.9721 -> 0.9466, _units 0.9648 -> 0.9433, _forms 0.9574
-> 0.9240, _news 0.9744 -> 0.9538, _styled 0.9767 -> 0.9651, _news2 0.9471 -> 0.9118, _gaps unchanged. (2) The rule
(committed with the labels, before any run): pooled read +0.010 value+unit cased and not down lower-cased; no
held-out sample down in value+unit in either form; no dev file -0.005; planted conflicts 8/8; no false new
jsonl-2000 pair; CPU kept. Each candidate alone against the relabelled baseline, value+unit cased (lower-cased):
**A** (an apposed age the extractor already reads, ", 31 ,", carries `year of age`): pooled read 0.7741 -> 0.8182
(+0.0441; 0.7688 -> 0.8153), held out DUC 2007 0.8961 -> 0.9221, MRPC 2 0.7885 -> 0.8654, GVA 2 0.7528 -> 0.8539
(lower-cased 0.7444 -> 0.8556), every dev file up or equal (quantities_dev 0.9466 -> 0.9532, _units 0.9433 ->
0.9587, _forms 0.9240 -> 0.9301, _news 0.9538 -> 0.9641, _styled 0.9651 -> 0.9767, _news2 0.9118 -> 0.9219),
values unchanged; passes. **P** (a bare number the extractor reads as a level or move — "to 930.08", "rose 13.78 ,"
— with a market index named before it in its sentence, within 120 characters: "index", Dow, Nasdaq, S&P, FTSE,
Nikkei, Sensex, Russell N, "composite", ...; carries `point`): pooled read 0.7741 -> 0.8127 (+0.0386; lower-cased
0.7688 -> 0.8071), held out MRPC 2 0.7885 -> 0.8269, DUC and GVA unchanged, dev files up or equal (quantities_dev
0.9517, _units 0.9464, _forms 0.9362, _news 0.9641, _news2 0.9169); passes. **W** (the protocol's reading of a part
"part of X" as X and of "Five of the victims" past "of the"; the extractor naming an unnumbered plural whole, "one
of many celebrities" -> "part of celebrity"): pooled read 0.7741 -> 0.7796 (+0.0055), GVA held out 0.7528 -> 0.7416,
quantities_gaps_dev 0.9341 -> 0.8503 (the "of the" skip also named the fractions' wholes, "three-quarters of the
city's buses"), _news2 0.9118 -> 0.9068: fails three clauses, not landed and not tuned (its tree is scratch,
/tmp/quant226/snapW). Both A and P landed together (cb4abd4): pooled read 0.7741 -> 0.8567 cased (+0.0826),
0.7688 -> 0.8536 lower-cased; pooled held out 0.8074 -> 0.8926 (0.8051 -> 0.8934); by sample read: DUC 0.8947 =,
third draw 0.8608 -> 0.8734, MRPC 0.7280 -> 0.8812, GVA 0.6452 -> 0.7613; the pooled held-out value reads 0.9593 ->
0.9556 (the scorer's value count, which counts a value again when a same-valued prediction with the wrong unit is
passed over, returns to its figure before the relabelling); dev files: quantities_dev 0.9466 -> 0.9583, _units
0.9433 -> 0.9617, _forms 0.9240 -> 0.9422, _news 0.9538 -> 0.9744, _styled 0.9651 -> 0.9767, _gaps 0.9341 =, _news2
0.9118 -> 0.9270. Planted conflicts 8/8 (recall/precision 1.0/1.0) for A, P and A+P; jsonl-2000-s9-g2's quantity
conflict pairs 4 -> 4, the same four; on its texts A gives 1,097 apposed ages `year of age` (the 25 printed all
ages of named people), P gives no `point` (no index in GVA copy). CPU, bench_compare.quantities_speed against da3a378, two alternated runs of 3 passes (load
12): jsonl-2000 +5.9 / +0.3 %, quantities_dev -0.5 / +6.6 %, an A/A control (da3a378 against itself) -5.8 / +2.2 %
and +0.4 / -2.4 %: within the run's noise.
Commands: PYTHONPATH=<tree>/src ROOT=<tree> [CASED=1] .venv/bin/python /tmp/quant226/measure.py; checks.py (planted
conflicts and jsonl-2000 pairs), speed.py (bench_compare.quantities_speed("da3a378", runs=3) with the tree on
PYTHONPATH), newunits.py, relabel.py. {newsquant} Next: W again with its two faults mended (a fraction's "of
the" is no part; the whole's phrase, not its head, for "care homes"), judged on a fresh draw since W's read samples
are spent; the apposed ages A still misses ("both 14", "22 of Florence", "Alejandro Martinez , 20 ;", and after a
name the cased form reads as a title, "David Ray Conley III , 49 ,"); "half" and a clause's subject, whose unit
the lead's convention does not yet name."""


def _session26_note(r: dict[str, Any]) -> str:
    """Session 26: what the test's documentation says about bare numbers, names, case and ages; the probes
    scored in both documented forms; candidates N (numbers in names) and T (clock times in the documented
    spacing), each judged alone and not landed."""
    forms = r.get("quantities_probe_forms") or {}

    def both(name: str) -> str:
        return (
            " -> ".join(
                f"{s['value']['f1']:.4f} / {s['value_unit']['f1']:.4f}"
                for s in ((forms.get(form) or {}).get(name) for form in ("lower-cased", "cased"))
                if s
            )
            or "—"
        )

    return f"""Session 26 (issue 7, quantities: the test's documented convention first, then names read as counts and clock times).
(1) Step 1, from the documentation only (SOURCE.md, CQE_Evaluation's README, vivkaz/CQE's README; no NewsQuant
item opened; benchmarks/data/README.md, "Session 26, step 1", committed 7cc455d before any candidate ran). A bare
part or subject: SOURCE.md counts 43 unitless quantities of 904 (4.8 %), where our probes, labelled by CQE's code
(`lonely_num`), hold 15-31 % (DUC 11/76, 15/80, 13/80; MRPC 41/134, 24/107; GVA 21/81, 27/92): the authors' hand
labels do not leave such numbers bare as CQE's code does, which is why session 25's bare-number rule moved the
test's value+unit by nothing; what unit they gave instead is written nowhere, so no label changed, and no further
bare-number rule should be judged on the probes' bare labels. A number in a name: no quantity (CQE's README keeps
"sp 500" in the concept; SOURCE.md's "22nd amendment"); the probes already say so. Case: SOURCE.md counts 32 of
the 590 sentences lower-cased, while `documented_form` lower-cased every MRPC and GVA sentence; the probes are now
scored in both forms (`quantities_probe_forms`; lower-cased -> cased, the code unchanged since 9cebea2): pooled
read {both("pooled read")}, pooled held out {both("pooled held out")}; GVA read {both("gva read")}, GVA held out
{both("gva held out")}; MRPC read {both("mrpc read")}, held out {both("mrpc held out")} (the DUC rows are scored
as written in both). Case alone takes "Fox 35 Orlando" (twice), "WBBJ 7 Eyewitness News" and "Regional One
Health" out: four of session 25's ten names were the probe's lower-casing, which the test applies to 5 % of its
sentences. Ages: the written convention ("aged 19" `year of age`) holds; MRPC's "aged 20 to 64" (mrpc-040) and
"aged between 4 and 17" (mrpc-008) were relabelled `year of age` (no unit before); no held-out row holds "age(s|d)".
A measurement change, code 3e5d0e1, lower-cased form: MRPC read value+unit 0.8966 -> 0.9042, pooled read 0.8837
-> 0.8865. (2) The rule, written before either candidate ran (7cc455d): the pooled read samples +0.010
value+unit in the cased form and not down lower-cased; no held-out sample down in either form; no dev file
-0.005; planted conflicts 8/8; no false new jsonl-2000 pair; CPU kept. Each candidate alone against 3e5d0e1 with
the new labels, value / value+unit, lower-cased; cased: **N** (a number after a road, channel, station or flight
word, "the highway 9 bridge", "Route 66"; a street address, "at 524 Schenectady Street", "at 6 South Cooper";
unless a plural noun follows): pooled read 0.9439 / 0.8865 -> 0.9465 / 0.8889 (+0.0024); 0.9477 / 0.8898 ->
0.9516 / 0.8935 (+0.0037), held out pooled 0.9559 / 0.9265 -> 0.9576 / 0.9282 and 0.9556 / 0.9259 -> 0.9573 /
0.9276, every dev file identical: three false predictions of the read samples gone ("highway 9 bridge", "524
Schenectady Street", "6 South Cooper"; lower-cased the last stays), no right one lost. **T** (the clock pattern
takes "a.m"/"p.m" whose closing stop the documented form spaced off, "around 5 p.m ."): pooled read +0.0012 in
both forms (0.8865 -> 0.8877, 0.8898 -> 0.8910), held out and every dev file identical: the one "5 p.m ." read as
5 pence gone. Neither reaches +0.010 (both together would read +0.0049 cased), so neither landed; src/ is
unchanged this session, and NewsQuant was not run (the brief runs it only after a landed extractor change).
The candidates' trees are scratch (/tmp/quant26/snapN, snapT); a diff of the predictions on every probe row
printed two held-out rows' predictions that N removes ("31 West", "8535 Martin Luther": a street number read as
a count), seen after N's figures were taken; no choice followed. (3) What the pooled read samples still miss in
the cased form (46 sentences differ, code 3e5d0e1): the counted phrase 13 ("three others" / "two others" against
the gold's `other`, "the other three weapons", "three or four other guys", "Four Dallas Police Department
officers" read as `dalla`, "three-plus years", "five consecutive up sessions", "600 or so executives", "the two
front seats", "ongoing.Five other people", "Thirty 200-mg tablets", "to one side", "U.S. troops"); bare numbers
13 and word fractions 2 (labels of CQE's code that the test's 4.8 % does not share: "one of a group", "hundreds",
"thousands", a vote's sides, "those 60 to 69", "about three for", "Two of Collins", "a father of three", "both 14",
"a record-low 333", a bond's 1-10/32, and "David Ray Conley III , 49 ," which the cased form loses to the name
before it); names and times as counts 6 (N's three, T's one, a DUC slug "10-20", "if one exists"); ages 5 ("under
18", "aged between 4 and 17", "under the age of ten", "ages 16 and 17", "in his 20s"); unit names 4 ("dlrs",
"37.1 C (98.8 F)", "66 Canadian cents", "a century"); ranges split at the second unit 3. Next: the counted phrase
is the largest class the test's convention is known to share; a probe of a few hundred cased sentences would
size it and the names class before a rule; the implicit unit is the larger lead: the extractor leaves 15-23 %
of its predictions on the probes' text unitless (DUC 34/228, MRPC 52/228, GVA 33/160, cased) where the test's
gold has 4.8 %, so which unit the authors gave a bare number (an index's level as `point`? SOURCE.md counts 26)
may hold much of the test's value -> value+unit gap, and only the documentation or a labelled dev sample can
say (the read samples' 73 unitless predictions: a partitive's part 17, an apposed age 16, an index's level or
move without "points" 14, other levels and counts 9, "half" 5, a clause's subject 5, 7 against a gold unit); N and T are safe (no dev file moved) and could be judged together
with another candidate of the names class on such a probe. Re-run: `.venv/bin/python benchmarks/bench_compare.py
--only quantities_probe_forms`; the candidates: PYTHONPATH=<tree>/src .venv/bin/python /tmp/quant26/measure.py
(CASED=1 for the cased form)."""


def _session25_note(r: dict[str, Any]) -> str:
    """Session 25: a third real-copy probe, from modern US local news (GVA), the real probes' read samples
    pooled and classed; a bare number that stands for a noun phrase read as CQE's ``lonely_num`` reads it."""
    gva = r.get("quantities_gva_probe") or {}
    newsquant = (  # this session's own run (00:59 UTC at 9cebea2), kept as it was when later runs replace r's
        "0.8568 (P 0.8498 / R 0.8639) / 0.7153 (P 0.7095 / R 0.7212), predictions 919, gold 904"
    )

    def then_now(name: str) -> str:
        return f"{_pv(gva.get(name), 'cqe_protocol_at_25')} -> {_pv(gva.get(name), 'cqe_protocol')}"

    return f"""Session 25 (issue 7, quantities: a third real-copy probe from modern local news, then its largest class).
(1) GVA's violent corpus (a dev set of the clusterer: 2013-17 US local news pages, raw page text) is the modern
local register, nearer NewsQuant's web news than DUC's 1990s wire or MRPC's 2003-04 business copy. Two random
samples of 80 sentences holding a number (random.Random(2501) read, 2502 held out, over 39,510 distinct candidate
sentences of 5,738 articles; sentences with a web address left out, syndicated copies once), put into NewsQuant's
documented form and labelled by the conventions before the extractor ran on either: 81 + 92 quantities, 24 + 24
sentences without one (benchmarks/data/quantities_real_probe_gva.jsonl, labels only, each sentence named by its
article id and SHA-1; draw, judgement calls and the decision rule in benchmarks/data/README.md, committed first,
9077caf). The rule: the real probes' read samples pooled (DUC read and third draw, MRPC read, GVA read; 371
quantities) value+unit +0.015, no held-out sample down, no dev file -0.005, planted conflicts 8/8, no false new
jsonl-2000 pair, CPU kept. (2) At the session's start (5f79b04) the GVA samples read value / value+unit
{_pv(gva.get("gva read"), "cqe_protocol_at_25")} (read) and {_pv(gva.get("gva held out"), "cqe_protocol_at_25")}
(held out): local copy loses 9 and 3 points to the unit, as the other real draws do (DUC 2006 5, MRPC 4-6),
not NewsQuant's 14. (3) The pooled read samples' misses at the start, by class (57 sentences): a bare number CQE tags
and we left 26 (a partitive's part no number names 9: "one of these", "one of the first to", "one of your
officers children", "one of the most critical injuries", "one of many", "one of them", "about 20 of us", "one of a
group" named `group`, "two of collins" named `collin`; a subject before its auxiliary 3: ", 57 are senators", "at
least six have died", ", 11 were under"; then "a father of three" 3, a vote's sides 2, ranges "those 60 to 69"
and "aged between 4 and 17", "hundreds" and "thousands" alone, "both 14", "a record-low 333", "10 or more more",
"about three for", a bond's 1-10/32); the counted phrase 13; names and places read as counts 10 (predictions, no
gold); ages 6; unit names 6 ("dlrs" twice, "37.1 c (98.8 f)", "66 canadian cents", a rate per century); a
range split at its second unit 3; word fractions 2. (4) Landed (9cebea2), the largest class's two general forms: a
number before "of" and a determiner or pronoun is a part without unit ("one of the first to"), and a number
after a clause's punctuation, a determiner or a bound and before an auxiliary or copula is its clause's subject
(", 57 are senators", "the two were"), as CQE's ``lonely_num`` tags both. By the protocol, value / value+unit,
5f79b04 -> now: pooled read {then_now("pooled read")} (10 misses fixed, no new prediction that is wrong); held
out: DUC 2007 {then_now("duc held out")}, MRPC {then_now("mrpc held out")}, GVA {then_now("gva held out")}; read by
sample: DUC 2006 {then_now("duc read")}, third draw {then_now("duc third draw")}, MRPC {then_now("mrpc read")}, GVA
{then_now("gva read")}. quantities_dev, _units_dev, _forms_dev, _news_dev, _styled_dev, _gaps_dev, _news2_dev
identical. jsonl-2000-s9-g2 with examples/corpus 16,522 -> 16,667 mentions, the 145 added all read ("the two
were", "all four were", "at least one was in critical condition", "one of our schools", "one of the most
gruesome"; page furniture "Sign up for one of our email newsletters" too, as CQE would tag it; a partitive "one"
stays out of the comparison by quantity_filter's "partitive one"); planted conflicts 8/8, 0 false; jsonl-2000's
quantity conflict pairs 4 -> 4, the same four; CPU (quantities_speed against 5f79b04, three alternated runs, load
~10) jsonl-2000 +3.3 / +0.7 / +0.1 %, quantities_dev +0.3 / -0.1 / +0.2 %, an A/A control -0.2 / +0.7 % and
+0.4 / -0.2 %: noise. (5) No second candidate: after 9cebea2 the pooled read samples hold 323 right of 371 gold
and 360 predictions, and the rule's +0.015 needs about six more right with no new prediction. The classes left:
the counted phrase 13, in nine forms of one to four items ("two others" and "three others" against the gold's
`other`, "the other three weapons", "three or four other guys"; a lower-cased name ending in s, "four dallas
police department officers" read as `dalla`; "three-plus years", "five consecutive up sessions", "600 or so
executives", "the two front seats" untagged, a glued stop "ongoing.five other people", "Thirty 200-mg tablets",
"to one side", "u.s. troops" read by the scorer as `u s troops`): a rule per item is what the probe rules forbid; names and places read as counts 10
("wbbj 7 eyewitness news", "fox 35 orlando" twice, "highway 9 bridge", "regional one health", "at 524
schenectady street", "located at 6 south cooper", a DUC slug "10-20 -- New York Mets", "one exists", and "5 p.m
." read as 5 pence: the documented form spaces the closing stop off "p.m.", so the clock pattern misses it):
all ten gone would read 0.8960, +0.0123, short of the rule; the bare numbers left 16 in eleven forms; ages 6 ("ages
16 and 17" untagged, "the age of ten", "in his 20s", "under 18"; MRPC's label of "aged 20 to 64" without unit and
GVA's "ages 16 and 17" `year of age` are two judgement calls of ours that disagree, to settle before a rule).
NewsQuant (test), run once after this last dev choice at 9cebea2 (`--only newsquant`, 00:59 UTC; no choice
followed), value / value+unit: {newsquant} (at 738015d, 0.8559 / 0.7173): value +3 quantities found (R 0.8606
-> 0.8639), value+unit recall unchanged and its precision down: of the five more predictions none matches a
gold quantity with its unit (three match a gold value), so the test's hand labels do not read these bare numbers
as the probes' conventions (from CQE's code) do, and the held-out rises above do not carry to the test. Next: before another
bare-number rule, settle from the documentation what the test's annotators did with a bare part or subject (our
README calls it CQE's ``lonely_num``); a GVA-sized probe of a few hundred sentences to size the counted-phrase and
names classes; the "p.m ." form of the documented text (a clock time the closing stop's space hides). Re-run:
`.venv/bin/python benchmarks/bench_compare.py --only quantities_gva_probe`."""


def _session24b_note(r: dict[str, Any]) -> str:
    """Session 24's second quant shift: a real-copy probe from business and market sentences (MRPC), market copy's
    forms read (an index's level after its move, earnings per diluted share, a lower-cased index name)."""
    mrpc = r.get("quantities_mrpc_probe") or {}
    newsquant = (  # this shift's own run (23:18 UTC at 738015d), kept as it was when later runs replace r's
        "0.8559 (P 0.8512 / R 0.8606) / 0.7173 (P 0.7133 / R 0.7212), predictions 914, gold 904"
    )

    def three(part: dict[str, Any] | None) -> str:
        return f"{_pv(part, 'cqe_protocol_at_shift')} -> {_pv(part, 'cqe_protocol')}"

    return f"""Session 24, second quant shift (issue 7: a real-copy probe from the test's own beat). The DUC draws above
are 1990s newswire, with few of the percentages, dollars and index points that are 297 of NewsQuant's 904
quantities. MRPC's train split (a dev set; 2003-04 online news, much of it company and market copy): two random
samples of 80 sentences holding a number (random.Random(2425) read, 2426 held out, from its 3,641 distinct
candidate sentences), put into NewsQuant's documented form (lower-cased, apostrophes dropped, spaced
punctuation; quantity_probe.documented_form) and labelled by the conventions before the extractor ran on
either: 134 + 107 quantities (benchmarks/data/quantities_real_probe_mrpc.jsonl, labels only, each sentence named
by its MRPC id and SHA-1; the draw, the judgement calls and the decision rule in benchmarks/data/README.md,
committed first, 05ba708). By the protocol, value / value+unit, {MRPC_PROBE_START} (the shift's start) -> now:
sample 1 (read) {three(mrpc.get("read"))}; sample 2 (held out) {three(mrpc.get("held out"))}. At the start the
business beat reads like the DUC draws (0.86 / 0.92 value+unit): 8 and 4 points below value, not NewsQuant's 14. Sample
1's misses at the start (22, a false reading among them), by class: a bare number CQE tags and we leave (a subject before its verb, "57 are
senators", "at least six have died", "about three for", "those 60 to 69") 4; market copy 4 (an index's level
after its move, "edged down 9 points , or 0.98 percent , to 921 ."; earnings "10 cents per diluted share" read
as `cent per diluted` twice; a lower-cased "standard & poors 500 stock index futures" read as 500 futures);
temperatures in symbols, "37.1 c (98.8 f)", 2; a vote "voted 256 to 170" 2; then one each ("three others",
"five consecutive up sessions" cut at "up", "two of collins" named `collin`, "66 canadian cents" against our
`cent`, "aged 20 to 64" read as `year of age`, "u.s. troops" read by the scorer as `u s troops`, "hundreds"
alone, "600 or so executives", a bond's "1-10/32", the range "1 percent to 3 percent of" split). Landed (the
market-copy class, as the brief asks): a bare number after "to"/"at" that follows a move in points, percent or
cents is the level it reached; "per/a diluted share", "a fully diluted share", "a basic share" are per share;
a lower-cased index's number before "stock index/futures" ("standard & poors", "s&p") is a name. Every other
dev file, the three DUC draws and quantities_news2_dev identical (value and value+unit); jsonl-2000-s9-g2 with
examples/corpus: 16,521 -> 16,522 mentions, the one added "declined from 16 points to five" (5, right);
planted conflicts 8/8, 0 false; jsonl-2000's quantity conflict pairs 4 -> 4, the same four; CPU (quantities_speed
against 7652428, five alternated runs, load 12-14) jsonl-2000 median +2.7 % (+0.9 to +8.2), quantities_dev median
+0.2 %, an A/A control -1.3 to +4.9 %: noise. NewsQuant (test), run once after this last dev choice at 738015d
(`--only newsquant`, 23:18 UTC; no choice followed), value / value+unit: {newsquant} (at 3b6f33e, 0.8546 /
0.7159): two quantities, so the test's market copy is not mostly these forms either; what costs its units is
still not found. Left, from sample 1's classes: bare numbers CQE tags (a subject before its verb, a vote's
two sides), temperatures in symbols, "N or so", "hundreds" alone. Re-run: `.venv/bin/python
benchmarks/bench_compare.py --only quantities_mrpc_probe`."""


def _session24_note(r: dict[str, Any]) -> str:
    """Session 24 on the quantities: ordinary news across beats, then real copy drawn at random from dev corpora;
    the counted phrase as real copy writes it, two unit names; NewsQuant run once after the last dev choice."""
    news2 = r.get("quantities_news2_dev") or {}
    probe = r.get("quantities_real_probe") or {}
    others = news2.get("other dev files") or {}

    def then_now(part: dict[str, Any] | None) -> str:
        return f"{_pv(part, 'cqe_protocol_at_24')} -> {_pv(part, 'cqe_protocol')}"

    beats = "; ".join(f"{beat} {then_now(part)}" for beat, part in (news2.get("by beat") or {}).items())
    other = "; ".join(f"{name} {then_now(part)}" for name, part in others.items())
    newsquant = (  # this session's own run (22:47 UTC at 3b6f33e), kept as it was when later runs replace r's
        "0.8546 (P 0.8509 / R 0.8584) / 0.7159 (P 0.7127 / R 0.7190), predictions 912, gold 904"
    )
    return f"""Session 24 (issue 7, quantities: why every dev file reads 0.93-0.98 and NewsQuant 0.71). (1) The
conventions a CQE-style gold follows, written down from the documentation only (SOURCE.md, CQE_Evaluation's
README and scorer, CQE's README and number table; benchmarks/data/README.md, "Step 1"): most were written by
earlier sessions; new are numbers in names that measure nothing ("Route 66", "Covid-19") against names that
measure ("the 1,500-metre final"), no number written ("a decade", "twice", "a few": none is in CQE's table),
"dozens more", and a suspected implicit unit (a bare number restating a quantity the sentence has named). (2)
benchmarks/data/quantities_news2_dev.jsonl: 122 sentences, 199 quantities of ordinary news across six beats,
18 without a quantity (NewsQuant holds 115 of 590), labelled as written, committed with the decision rule
before the extractor ran on it (267ed7f; halves by id parity, odd ids held out). The shipped extractor (94ec250)
then now, value / value+unit: all {then_now(news2.get("all"))}; tune {then_now(news2.get("tune (even ids)"))};
held out {then_now(news2.get("confirm (odd ids)"))}; by beat: {beats}. About 0.95, like every batch before: the
tune half's four misses are one of each kind. (3) The suspicion tested: not a labelling convention but the
writer. Every dev batch is fiction by engineers who know the reader, so its counted nouns come as the reader
reads them. 80 sentences holding a number, drawn at random (seed 24) from DUC 2006's AP/NYT/Xinhua documents (a
dev corpus of the summarizer), labelled by the same conventions before the extractor ran (79 kept; our labels
only in the repo, benchmarks/data/quantities_real_probe.jsonl, each sentence named by its document and SHA-1,
the text read from the shared data by benchmarks/quantity_probe.py): the shipped extractor read it at value
0.9324, value+unit 0.7973. That draw loses 14 points from value to value+unit, as NewsQuant does (0.8546 ->
0.7148), where our fiction loses 2-4; the three draws together (below) lose 6 at the start,
{then_now(probe.get("all"))}, so real copy sits between the two and the first draw's match was partly the draw. Its misses by class (64196b3): the counted phrase 6 (a verb after the noun,
"one mother puts" -> `mother put`; a capitalised name ending it, "four Massachusetts middle schools" ->
`massachusett`, "nine small South Pacific atolls"; plurals, "volcanoes" -> `volcanoe`, "grandchildren"; "one of
a group"), unit names 3 ("dlrs 3,000" twice, "degrees centigrade"), then one each, and 7 values (an untagged
partitive "one of ..." 3). Rule 2 for that class was committed before a second sample was scored (it was drawn
and labelled just before): 80 sentences (seed 2407) from DUC 2007 update, labelled before any run, held out. (4) Landed: the counted thing as real copy
writes it (0ffe27d: a finite verb or a new line ends it, a capitalised name before a lower-case plural noun is
part of it, "-oes" plurals and compounds of children/men), judged by rule 2; watt-hours and degrees centigrade
named as CQE names them (4825337), judged by rule 1 (the tune half +0.0103). Real-copy probe, 94ec250 -> now:
read {then_now(probe.get("read"))}; held out {then_now(probe.get("held out"))} (the held-out figure did not
move; it reads 0.93 value+unit, so the first sample's 0.80 is partly the draw); a third draw (DUC 2006, seed
2424, 77 sentences, labelled after the last change, then read for the next session's classes)
{then_now(probe.get("third draw"))}: its misses are word fractions CQE's table holds and we do not ("one-fourth"
read as 1, "one-eighth" named `eighth`), the partitive "one of many" again, a pronoun "one exists" read as a
count of "exists", "thousands" alone, "0.56 milliseconds a century" without its rate. Other dev files, 94ec250 -> now: {other}. jsonl-2000-s9-g2 with examples/corpus: 164 of 16,521
mentions change slot (gunmen -> gunman 47; a verb or the next paragraph no longer counted; "five Dallas police
officers" -> officer), read: better or wrong both ways; planted conflicts 8/8, 0 false; jsonl-2000's quantity
conflict pairs 4 -> 4, the same four; CPU (quantities_speed against 94ec250, alternated blocks, load 14-16)
-2.1 / -1.8 % and -1.1 / -5.8 % for the phrase change, +2.4 / -3.8 % with the names: noise. (5) Left: the
untagged partitive "one of these/them/the first" (CQE's `lonely_num` would tag it; whether the gold does is not
documented), AP/Xinhua's "dlrs" before a number, an age after "under", "a decade or two"; a larger real-copy
probe (a few hundred sentences) to size each class, since three draws of 77-79 read 0.80, 0.93 and 0.89. NewsQuant (test),
run once after the last dev choice (`--only newsquant`; no choice followed), value / value+unit: {newsquant}
(session 23: 0.8546 / 0.7148): one quantity more, so the forms fixed here, common in 1990s newswire, are rare in
the test's text, and what costs its units is still not found; next, a real-copy probe drawn from the test's
own beat as SOURCE.md counts it (percentages, dollars and index points are 297 of its 904 quantities: market
and business copy), labelled the same way. Re-run: `.venv/bin/python benchmarks/bench_compare.py --only
quantities_news2_dev,quantities_real_probe`."""


def _session23_note(r: dict[str, Any]) -> str:
    """Session 23 on the quantities: a batch of the classes round 22 left, the scorer's counted-range unit,
    spaced units, fractions, "by X to Y <unit>"; NewsQuant run once after the last dev choice."""
    gaps = r.get("quantities_gaps_dev") or {}
    others = gaps.get("other dev files") or {}

    def steps(part: dict[str, Any] | None) -> str:
        return " -> ".join(
            _pv(part, k) for k in ("cqe_protocol_at_23_s22_reading", "cqe_protocol_at_23", "cqe_protocol")
        )

    def kinds(half: str) -> str:
        part = gaps.get(half) or {}
        return "; ".join(
            f"{kind} {steps(part.get(kind))}"
            for kind in ("spaced abbreviation", "fraction", "range, unit once", "counted range")
        )

    def other(name: str) -> str:
        return f"{name} {steps(others.get(name))}"

    newsquant = (  # session 23's own run (19:57 UTC at bd51413), kept as it was when later runs replace r's
        "0.8546 (P 0.8509 / R 0.8584) / 0.7148 (P 0.7116 / R 0.7179), predictions 912, gold 904; by our scorer "
        "0.8943 / 0.7665, referent accuracy 0.5596"
    )
    return f"""Session 23 (issue 7, quantities: the classes round 22 left). (1) The batch and the rule, committed before
any measurement (cb4af84, benchmarks/data/README.md): benchmarks/data/quantities_gaps_dev.jsonl, 80 sentences, 85
quantities of our own fiction in the test text's documented form (lower-cased, apostrophes dropped, spaced
punctuation), 20 sentences in each of four classes — spaced or abbreviated units ("km / h", "km h", "m/s", "sq
m", "p", "t", "mins", "lbs", "mw", "kwh", "mpg"), fractions ("three quarters of", "one-third", "by almost half",
"1/2 inch", "1 1/2 miles", "¾ inch", "½ cent", "half an hour"), ranges whose unit is written once ("5 to 10 cm",
"between 2 and 3 per cent", "$ 4 to 5 billion", "20 to 30 metres a year") and counted ranges ("between 40 and 60
fishing boats", "10 to 15 people") — and two with none; no 6-gram shared with NewsQuant; halves by id parity
(tune even, confirm odd, scored only). A change lands with value+unit +0.010 on the batch (its confirm half not
down), no other dev file -0.005, corpus 8/8 and 0 false, no false new jsonl-2000 pair, CPU within noise.
(2) Protocol value / value+unit on the batch, three readings: the shipped extractor (51c8bcd) with session
22's scorer -> the same extractor with this session's scorer -> now: all {steps(gaps.get("all"))}; tune
{steps(gaps.get("tune (even ids)"))}; confirm {steps(gaps.get("confirm (odd ids)"))}. By class, tune:
{kinds("tune (even ids)")}; confirm: {kinds("confirm (odd ids)")}. The tune half's 16 value+unit misses
at the start, by class: counted ranges 6 (all the scorer's: `_cqe_unit` stopped the counted phrase at the
"to" between the ends, so "10 to 15 people" was read without unit), spaced units 5 ("m/s" read as a count of
"s", "sq m" of "m", "480 p" and "30 p" of "p", "110 km h" as kilometres), fractions 4 ("by almost half"
untagged, "one-third" valued 0.3333, outside the protocol's relative 1e-5, "half an hour", "half a metre"
untagged), ranges 2 ("25 to 30 c": "c" apart read as a count; "by 20 to 30 metres a year" read as a change and
a level). Landed, each judged by the rule in turn (figures in each commit): the scorer reads "to"/"and" between
a range's ends as the value (948a7eb: batch value+unit 0.6341 -> 0.7927; quantities_dev 0.9713 -> 0.9721, forms
0.9453 -> 0.9483); "sq m", "m/s", "km h" and pence apart before a preposition or punctuation, not "p.m."
(2f9b809: 0.7927 -> 0.8659; units 0.9617 -> 0.9648); "by (almost) half" 0.5, "half a mile" / "half an hour"
0.5 of the measure, a fraction's value in full (e5adf57: 0.8659 -> 0.9167; forms 0.9483 -> 0.9544, news 0.9641
-> 0.9744, styled 0.9708 -> 0.9767, each in value too); "by X to Y <unit>" with Y under three times X one
range (this session's last rule: 0.9167 -> 0.9341, confirm unchanged). Not written: "c" apart as celsius (in
lower-cased copy it is also cents, CQE's "c" symbol). Other dev files, the same three readings: {other("quantities_dev")}; {other("quantities_units_dev")}; {other("quantities_forms_dev")};
{other("quantities_news_dev")}; {other("quantities_styled_dev")}. jsonl-2000-s9-g2 with examples/corpus's
texts: 2 of 16,521 mentions change over the session ("About half a mile in away" now 0.5 mile; "one-third of
Kent's" valued 1/3 in full); planted conflicts 8/8, 0 false; jsonl-2000's quantity conflict pairs 4 -> 4, the
same four. CPU (`quantities_speed` against 51c8bcd, blocks alternated in one process, 3 passes each, twice
per change, load 10-20), jsonl-2000 then quantities_dev: spaced units -0.0 / -3.2 % and +0.9 / +0.4 %,
fractions -2.7 / -6.3 % and -2.4 / -4.1 %, "by X to Y" -1.6 / +3.3 % and +6.4 / -4.9 % (cumulative against
the start), the same code's level moving 10-18 % between runs: within the noise. (3) The units we emit, checked on dev items: over the six dev files every unit name a prediction
carries is one a gold label spells, but "gigawatt hour per year" (dev-673's "410 gigawatt-hours of
electricity each year", known since session 13); the 21 unit names of our table that no dev item holds were
read against CQE's unit.json keys (vivkaz/CQE, read after the NewsQuant run, nothing changed for it): 19 are
keys or prefixed keys ("hertz", "kilohertz", "kilowatt", "megabyte", "calorie", "gigaton", "russian ruble",
"turkish lira", "parts-per-billion", ...); "shekel" is none (the dictionary holds no Israeli currency) and
"krone" alone none (only "danish krone", "norwegian krone", "swedish krone"). The same file lists "km / h" (the
slash spaced) among kilometre per hour's symbols, "c" among both celsius's and cent's, "t" as metric ton's
and "p" as both penny's and point's: the spaced forms a next batch could hold. (4) NewsQuant (test), run once
after the last dev choice (19:57 UTC at bd51413, whose quantity code is 5e88656's; `--only newsquant`; no
choice followed): protocol value / value+unit {newsquant} (session 22's run at 45b6b85: 0.8520 / 0.7067;
ours 0.8927 / 0.7617, referent 0.5596; 9b0266a's range rule and 329d26a's "from" fix were in this tree, not
measured apart). The target of 0.90 value+unit is not reached: the dev batches' classes (0.93-0.98 on every
dev file now) are a small part of what the test set asks. Re-run: `.venv/bin/python benchmarks/bench_compare.py --only quantities_gaps_dev`."""


def _session22_note(r: dict[str, Any]) -> str:
    """Session 22 on the quantities: a batch in NewsQuant's preprocessed form, ranges whose upper end repeats
    its scale or percent sign, and the protocol's unit strings checked on dev items."""
    styled = r.get("quantities_styled_dev") or {}
    others = styled.get("other dev files") or {}
    corpus = r.get("corpus") or {}
    pv = _pv

    def half(name: str) -> str:
        part = styled.get(name)
        return f"{pv(part, 'cqe_protocol_at_22')} -> {pv(part, 'cqe_protocol')}"

    def other(name: str) -> str:
        return (
            f"{name} {pv(others.get(name), 'cqe_protocol_at_22')} -> {pv(others.get(name), 'cqe_protocol')}"
        )

    return f"""Session 22 (issue 7, quantities: the dev/test gap). The decision rule was committed with the batch,
before any measurement (b61daae, benchmarks/data/README.md): a change lands only with value+unit +0.010 on the
new batch (whole; its confirm half not down), no other dev file -0.005 in value or value+unit, corpus 8/8 and 0
false, no false new jsonl-2000 pair, extract_quantities' CPU within noise. (1) The batch: 50 sentences, 86
quantities of our own fiction in the form SOURCE.md gives NewsQuant's text (benchmarks/data/
quantities_styled_dev.jsonl: lower-cased, apostrophes dropped, a space before commas and stops; money with
scales, ranges, up/down changes, approximations and bounds, rates, ages, durations, fractions; scores, tallies,
years and ordinals untagged), no 6-gram shared with NewsQuant. The shipped extractor reads it, by the protocol
value / value+unit, at {pv(styled.get("all"), "cqe_protocol_at_22")} (tune
{pv(styled.get("tune (even ids)"), "cqe_protocol_at_22")}, confirm
{pv(styled.get("confirm (odd ids)"), "cqe_protocol_at_22")}): the preprocessing is not the gap either; none of
the tune half's three misses comes from lower case, a dropped apostrophe or a spaced stop. (2) The value misses
of the tune halves of all five dev files (a gold quantity no prediction matches by value, 9; /tmp script,
listed by hand): a range whose upper end repeats its scale or percent sign, read as two values, 2 (dev-200
"5.25%-5.5%", styled-044 "$2.1 billion to $2.3 billion"), the largest class; a bare number CQE's `lonely_num`
tags, 3 (dev-272 twice, news-038; session 20's rule for it failed); then one each: "aged 24 to 51" (gold: two
ages), "two-thirds" valued 0.6667 (outside the protocol's relative 1e-5 of 2/3), "by almost half" untagged.
Landed: `_tail_ranges` reads "X to Y", "X-Y" and "between X and Y" as one range when Y repeats the scale
("$2.1 billion to $2.3 billion") or the percent sign ("5.25%-5.5%", "a range of 3 % to 5 %"), Y is higher, and
"to" follows no "from", "by" or verb of change ("rose 3% to 5%": a change, then the level reached; as
`_is_range`); before, only "between $3 million and $4 million" and "between 12% and 15%" were. Protocol value /
value+unit, session start -> now: quantities_styled_dev {half("all")} (tune {half("tune (even ids)")}, confirm
{half("confirm (odd ids)")}); {other("quantities_dev")}; {other("quantities_units_dev")};
{other("quantities_forms_dev")}; {other("quantities_news_dev")}. jsonl-2000-s9-g2: extract_quantities' 16,462
mentions identical (span, text, unit, value, upper; cb08a57 vs this); planted corpus conflicts
{corpus.get("found", "—")}/{corpus.get("planted", "—")}, {corpus.get("false_pairs", "—")} false; the
pipeline's quantity conflict pairs on jsonl-2000-s9-g2 {(r.get("quantity_conflicts") or {}).get("pairs", "—")}
(4 before, the same four). CPU (`quantities_speed` against cb08a57, blocks alternated in one process, 3 passes
each, load 6-12): jsonl-2000-s9-g2 -4.4 % and -2.6 %, quantities_dev +0.9 % and -3.2 % (two runs; the same
code's level moved 18 % between them): within the noise. (3) Tried, under the rule, not landed: the fractions
— "by half", "by almost half" tagged 0.5 (not "by half an hour") and a fraction's value kept to 9 decimals
(0.666666667) — moved quantities_styled_dev value+unit 0.9708 -> 0.9767 (+0.006, under +0.010),
quantities_news_dev 0.9641 -> 0.9744, quantities_forms_dev 0.9453 -> 0.9514, the others unchanged; it fails
the rule on the batch it names and waits for a batch where fractions are a class. (4) The protocol's unit
strings: `_score_cqe_protocol` was read against CQE_Evaluation's `calculate_metrics` and `decode_dictionary`
(satya77/CQE_Evaluation evaluate_models.py) line by line: the same walk, value count, unit equality after
lower-casing, range handling and tolerance. On dev items, every gold quantity whose value a prediction matches
but whose unit string none does was counted (all five files, 55, both halves; no rule was written from a
confirm item): the scorer's own spelling loses a count range's unit ("40 to 50 boats", "3 to 3.5 million
units" are written "-": the "to" between the ends stops the counted phrase), 2; the rest are the extractor's:
a spaced abbreviation read as a counted noun (the "p" of pence, "sq" of square feet or metres, "pc", "t", "m"),
12, all in quantities_units_dev's confirm half, left for a tune batch of its own; a
count's modifier the gold drops or keeps ("new", "extra", "stolen", "elementary", "consecutive"; "boeing jet"
for "boeing 787 jet"), 11, not consistent enough in the gold to write a rule for; a number left without unit
where the gold takes one from the context, 13, and a noun or rate given where the gold has none ("two alive",
"21 a month earlier"), 6; "cannabis" singularised "cannabi", "fishermen" kept plural, "U.S." written "u s", 3;
8 single rates, currencies and ages. Passing over "to"/"and" between a range's ends in `_cqe_unit` moved
quantities_dev value+unit 0.9713 -> 0.9721 and quantities_forms_dev 0.9453 -> 0.9483, quantities_styled_dev
unchanged: under the rule (which names the scorer's reading too), not landed. NewsQuant (test, scored once
after the session's last dev choice, `--only newsquant`; no choice followed): value / value+unit
{_nq(r, "value")} / {_nq(r, "value_unit")} (0.8405 / 0.6959 at the session's start; by our scorer 0.8888 /
0.7584 -> 0.8927 / 0.7617, referent accuracy 0.5624 -> 0.5596; run at 45b6b85). Read after that run: the two
mentions the range rule changes in examples/corpus and the reader audit's DUC input (225 texts; every other
mention identical): "36 percent to 51 percent of Indian students" (one range, right) and "from the current 46
million to 92 million annually" (a change read as a range: the "from" two words before the value is not seen,
as `_is_range` does not see it for plain numbers). A fix (a "from" up to two words before) leaves every dev
figure and jsonl-2000's mentions as they are; it was not landed, as it would follow the test run, and is the
next session's first change. Re-run: `.venv/bin/python benchmarks/bench_compare.py --only
quantities_styled_dev,quantities_news_dev,corpus,quantity_conflicts`."""


def _session21_note(r: dict[str, Any]) -> str:
    """Session 21 on the quantities: a news batch in NewsQuant's convention, and what is no fact kept out of
    the comparison (reader audit F-8)."""
    filt = r.get("quantity_filter") or {}
    corpus = r.get("corpus") or {}

    def kept(name: str) -> str:
        f = filt.get(name) or {}
        if not f:
            return "—"
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(f["reasons"].items(), key=lambda kv: -kv[1]))
        share = f["filter_cpu_s"] / f["extract_cpu_s"] if f["extract_cpu_s"] else 0.0
        return (
            f"{f['kept_out']} of {f['mentions']} mentions ({reasons}; CPU {f['filter_cpu_s']} s against "
            f"extract_quantities' {f['extract_cpu_s']} s, {share:+.1%})"
        )

    return f"""Session 21 (issue 7, quantities: a news batch in NewsQuant's convention; what is no fact stays out
of the comparison). The decision rule was committed with the batch, before any measurement (46d0a87,
benchmarks/data/README.md): an extractor change lands only with news-batch value+unit +0.010 (its confirm half
not down), no other dev file -0.005, corpus 8/8 and 0 false, no false new jsonl-2000 pair. (1) The gap between
the dev sets' value F1 (0.97-0.99) and NewsQuant's (0.84), never explained: a fresh batch of news copy written
in our own words without looking at NewsQuant's items (benchmarks/data/quantities_news_dev.jsonl, 50 sentences,
98 quantities: number words with their nouns, ranges, "per cent", currencies with scales, compound units,
approximations and bounds, word fractions, "a dozen", vague plurals, negative values and changes, partitives,
ages, durations; tallies, ordinals, years, a clock time and a date untagged; 10 sentences in NewsQuant's
preprocessing) is read, by the protocol, value / value+unit, at {_newspart(r, "all")} (tune
{_newspart(r, "tune (even ids)")}, confirm {_newspart(r, "confirm (odd ids)")}), the level of the older dev sets.
So the forms the convention lists, written as clean copy, are not where NewsQuant's values are lost: with
sessions 18-20's finding that a rule for one of CQE's rewritten spellings does not reach the next (their
confirm halves 0.75-0.80 value before and after), the gap is most likely the long tail of real copy's
spellings and whatever the annotators tagged that the written convention does not say; no test item was read
to check it. The tune half's one error ("Of the 850 doctors surveyed, 612 said ...": a bare number before
"said", which CQE's `lonely_num` tags without unit and we drop) could move the whole batch by 0.005 at most
(1 of 98), under the rule's +0.010: no rule written, and no extractor change this session. (2) Reader audit
F-8: numbers that state no fact reached the facts, conflicts and "what each outlet adds". They are now kept
out of the comparison by `compare/quantity_filter.py` (`not_a_fact`, applied where compare reads an
article, `compare/article.py`), each for a named reason: a partitive "one" ("one of the steel girders",
"one of the nation's dirtiest"), "no one" ("no one was hurt" was 1 hurt), a label ("the number 6 bus", "page
12 of the report", "grades three through 12", "Channel 9", "Article 320"), a tally in words ("voted 7 to 2"),
a rate's denominator ("4.9 per 100,000"), a compound that counts nothing ("3-D", "one-dimensional",
"two-headed", "one-way"). The extractor itself is untouched (every dev and NewsQuant figure is the same);
it already leaves out years read as ages, list indices, "No. 4", "#6" and "N-N" tallies, so no rule was
written for them. Kept out: examples/corpus {kept("examples/corpus")}; the reader audit's DUC input
{kept("reader audit DUC input")}; jsonl-2000-s9-g2 {kept("jsonl-2000-s9-g2")}. Every kept-out mention of
the corpus and the DUC input and a sample of 40 of jsonl-2000's were read: all no counts to compare (one
borderline, "One of the men died", a death the toll's own mentions carry) but "six-fold" (a
multiplier; the first version's "fold" was dropped before landing) and "200-year-old" (a thing's age; the
age rule was narrowed, then dropped as the extractor never gives a year as an apposed age). `newsfuse run
examples/corpus`: 7 quantity facts gone (one of the affected restaurants, 6 bus, 2 in favor, 7, one of the
lowest rates, one was hurt, one of the steel girders), every other fact identical; events/*.md's "what each
outlet adds" shows two statements where it showed "6 bus; 2 in favor; 7". jsonl-2000-s9-g2 (`newsfuse run`,
the tree with and without the change, report.json's facts compared): 340 quantity facts gone; otherwise the
shown text of 5 facts that had held a partitive mention ("One victim" where "one of the victims" was first),
2 quotes shown in an event at the 200-fact cap, and one reported statement no longer joined to another through
the partitive's 1 ("One male victim is in critical condition ..." and "Four people were shot ... and one of the
victims ...", read: two statements); conflict entries 192 → 192. (3) F-8's concepts that name nothing
("$26 million" about "however", "9-year-old" about "we"): a quantity whose concept ends on a pronoun, adverb
or determiner (`quantity_filter.NO_NOUN`: he, they, one, all, there, she, it, we, then, later, however, ...)
reaches the comparison with no concept (unknown, not a wrong word): report.json's `concept` changes on 1
corpus fact ("nine were hospitalized": "all" → none) and 576 jsonl-2000-s9-g2 facts (he 132, they 90, one 76,
all 43, there 43, ...), no other field of any fact, conflict entries 192 → 192 (a concept left unknown could
have let two values clash that two pronoun concepts had kept apart: none did). Planted conflicts {corpus.get("found", "—")}/{corpus.get("planted", "—")},
{corpus.get("false_pairs", "—")} false, agreed facts {corpus.get("agreed_recall", 0):.2f} (0.89 before);
the pipeline's quantity conflict pairs on jsonl-2000-s9-g2
{(r.get("quantity_conflicts") or {}).get("pairs", "—")} (4 before). NewsQuant (test, scored once at e8aae23, after
the session's last dev choice, `--only newsquant`; no choice followed): by the protocol value / value+unit
0.8405 (P 0.8328 / R 0.8485) / 0.6959 (P 0.6895 / R 0.7024), the figures the session started with, as the
extractor is unchanged (written out in session 22, whose run changed the figures this note read). Re-run: `.venv/bin/python
benchmarks/bench_compare.py --only quantities_news_dev,quantity_filter,corpus,quantity_conflicts`."""


def _nq(r: dict[str, Any], key: str) -> str:
    part = ((r.get("newsquant") or {}).get("cqe_protocol") or {}).get(key) or {}
    return f"{part['f1']:.4f} (P {part['precision']:.4f} / R {part['recall']:.4f})" if part else "—"


def _session20b_note(r: dict[str, Any]) -> str:
    """Session 20's second quantities shift: CQE's word fractions and ``lonely_num`` as conventions (dev labels
    relabelled, then the extractor), a pre-pass for tokenised copy, each judged by a rule committed first."""
    speed = r.get("quantities_speed_20b") or {}
    corpus = r.get("corpus") or {}
    run, dev = speed.get("jsonl-2000-s9-g2") or {}, speed.get("quantities_dev") or {}
    cost = (
        f"jsonl-2000-s9-g2 {run.get('cpu_ms_per_text_before', '—')} → {run.get('cpu_ms_per_text_after', '—')} ms "
        f"CPU per text ({run.get('change', 0):+.1%}), quantities_dev {dev.get('cpu_ms_per_text_before', '—')} → "
        f"{dev.get('cpu_ms_per_text_after', '—')} ({dev.get('change', 0):+.1%})"
        if run
        else "—"
    )
    return f"""Session 20, second shift (issue 7, quantities: CQE's conventions that reach the value F1). The
decision rule was committed before any measurement (5caf2df, benchmarks/data/README.md): on the confirm halves
(odd ids) of quantities_dev, quantities_units_dev and quantities_forms_dev, by the published protocol, value F1
not down on any and up on one, value+unit not down on any; planted conflicts 8/8, 0 false; jsonl-2000-s9-g2's
conflict pairs up by at most 1; CPU up by at most 3 %. (1) Relabelling, a measurement change (8b756b1; listed
in the README): 19 dev sentences written under session 17's convention ("a third of", "half of", "by a fifth"
untagged; a bare "at 34" untagged) gain those quantities without unit, as CQE's code tags them. The code at
the shift's start ({SHIFT_20B_START}), old labels → new, value / value+unit: quantities_dev confirm 0.993 /
0.972 → 0.988 / 0.968, tune 0.996 / 0.969 → 0.989 / 0.962; quantities_forms_dev confirm 0.922 / 0.872 →
0.919 / 0.869, tune 1.000 / 1.000 → 0.990 / 0.990; the unit batch needed none. (2) Word fractions (fb50374,
landed): "a third of the staff", "half the town's residents", "fell by a fifth" are 1/3, 0.5, 0.2 without unit;
not periods ("the first half", "the third quarter"), ordinals ("a third term", "a fifth straight week") or
what the scan reads already ("half a million", "a quarter point"); the protocol scorer's unit reading takes
fraction words as part of the value (with the start's code that moves only quantities_dev tune value+unit,
0.962 → 0.963). Confirm halves, start → now on the new labels: quantities_dev 0.988 / 0.968 → 0.993 / 0.972,
forms 0.919 / 0.869 → 0.923 / 0.873, units 1.000 / 0.944 → 1.000 / 0.944 (tune: dev 0.989 / 0.962 → 0.995 /
0.969, forms 0.990 / 0.990 → 1.000 / 1.000). (3) CQE's `lonely_num` (not landed): a bare number of up to
three digits that nothing names ("retired at 34"; not before "-", "/", ":", ")", "]" or a digit one on, not
after "(" or "called") as a quantity without unit: confirm value quantities_dev 0.993 → 0.993, forms 0.923 →
0.930, but forms value+unit 0.873 → 0.867 (the new numbers match gold values whose unit we miss: a precision
loss by the protocol's scorer), so the rule says no; on jsonl-2000-s9-g2, 669 bare numbers of its first 600
texts reach that point before the guards, many of them phone numbers, "911", "[Part 1]", list ages. (4) A general pre-pass for tokenised copy (not landed):
"12 - year - old", "6.3 - magnitude", "2 - 0" joined after a number, "$ 2.5" and "58.3 %" joined, spans mapped
back to the text as written, for texts whose full stop is spaced (" ."): no dev half moved (every half's value
and value+unit identical to the code without it), because the earlier per-spelling rules already read these
forms. A fresh batch of tokenised copy, forms-180..199 (20 sentences, 41 quantities: "3 - bedroom", "9 - year - old",
"4 - km", "$ 6 million", "€ 1.2 billion", "7.5 %", labelled before any code ran on it), was written to judge
it on forms it had not seen: the code without the pre-pass reads it at tune
{_fpart20b(r, "forms-180..199, tokenised copy for the pre-pass test, tune (even ids)")}, confirm
{_fpart20b(r, "forms-180..199, tokenised copy for the pre-pass test, confirm (odd ids)")} (value / value+unit, the
shift's start → now), and with the pre-pass the same (1.000 / 1.000 and 1.000 / 0.952): tokenised spelling of
this kind is not where NewsQuant's values are lost. Planted conflicts
{corpus.get("found", "—")}/{corpus.get("planted", "—")}, {corpus.get("false_pairs", "—")} false; the
pipeline's quantity conflict pairs on jsonl-2000-s9-g2 {(r.get("quantity_conflicts") or {}).get("pairs", "—")}
(4 before). CPU against the shift's start (`quantities_speed_20b`, blocks alternated, 3 runs): {cost}.
Re-run: `.venv/bin/python benchmarks/bench_compare.py --only
quantities_forms_dev,quantities_dev_protocol,quantities_units_dev,corpus,quantity_conflicts,quantities_speed_20b`."""


def _session19b_note(r: dict[str, Any]) -> str:
    """Session 19's second wave on the quantities: the dev labels' count adjectives, and the referent's CPU
    (measured, not landed), and a bare number before a verb."""
    proto = r.get("quantities_dev_protocol") or {}
    corpus = r.get("corpus") or {}
    conflicts = (
        f"planted conflicts {corpus.get('found', '—')}/{corpus.get('planted', '—')}, "
        f"{corpus.get('false_pairs', '—')} false; the pipeline's quantity conflict pairs on "
        f"jsonl-2000-s9-g2 {(r.get('quantity_conflicts') or {}).get('pairs', '—')} (4 before)"
    )

    def vu(key: str) -> str:
        return f"{proto[key]['value_unit']['f1']:.4f}" if key in proto else "—"

    return f"""Session 19, second wave (issue 7, quantities: the dev labels, the referent's CPU, a verb after a bare
number). (1) Dev labels, a
measurement change (the extractor untouched): 13 count labels of sessions 10-12 dropped a count's modifiers
where the written convention (benchmarks/data/README.md, "How the gold writes a unit") keeps them; relabelled
(text unchanged): "23 new cases" `case` -> `new case` (dev-087, dev-388), `new inspector`, `eligible voter`,
`straight game`, `electric bus`, `new ferry`, `new room` (unit and normalised unit), and five whose unit kept
the modifier but whose normalised unit dropped it (`new infection`, `seasonal worker`, `armoured vehicle`,
`small firm`, `pickup truck`); dictionary units left as they were ("25 nautical miles" `mile`). Found by
reading every count label of dev-001..612 against the words between its number and its noun, not from our
output. Protocol value+unit on quantities_dev 0.9578 -> 0.9673 (tune 0.9570 -> 0.9687, confirm 0.9586 ->
0.9660; with (3) below: {vu("cqe_protocol")}, tune {vu("cqe_protocol_tune")}, confirm {vu("cqe_protocol_confirm")}); our
scorer (the last word as its singular) unchanged. The session 18 and 19 notes below are rendered from this
re-run, so their quantities_dev protocol figures now use the new labels (as first written, session 19's
reading: tune 0.944 -> 0.957, confirm 0.942 -> 0.959, all 0.943 -> 0.958). (2) The referent's CPU, measured and not landed: reading
each sentence's words once for all its quantities' referents does not pay. On jsonl-2000-s9-g2,
`quantity_concept` runs 13,971 times on 10,510 sentences (a sentence is shared by 25 % of the calls); the
before-lists read now (`findall` up to each quantity, lower-cased) cost 0.037 s a pass, one `finditer` per
sentence with word offsets (needed to cut it at each quantity) 0.111 s: three times as much, as every
sentence is then read to its end. Sharing only the prefix up to the previous quantity of the same sentence
would save at most a quarter of 0.037 s, about 1 % of extract_quantities (~0.95 CPU-s a pass), below the
machine's noise; `_sentence_breaks` in other forms (spans unzipped, ends from starts) was slower too (0.065 /
0.061 vs 0.056 s per 3 passes). (3) A bare number before a verb ("18,000 watched the final", "9 remain in intensive care", "112 signed up")
is no count of the verb (79da6fe): slot `number`, the mention ending at the number, when the word after it
is a finite verb of the clause-verb list not in -s or -ed, or a past form before a determiner or particle;
kept as they were: tolls ("11 injured", "three died", which align across stories), passives ("four were
treated", `_PASSIVE`'s) and verbs that are also nouns or modifiers ("83 spent shell casings"). Written from
the tune half (even ids), confirmed on the odd ids: protocol value+unit, tune quantities_dev 0.9687 ->
0.9687, units batch 0.9726 -> 0.9787; confirm quantities_dev 0.9660 -> 0.9704, units batch 0.9383 ->
0.9383; values and our scorer's value+unit unchanged. Most of these golds name a noun elsewhere (`crowd` in
"a crowd of 18,000 watched", `year of age` in "people under 25 rose") and stay wrong. On jsonl-2000-s9-g2 25
mentions change slot (remain, went, decided, involved, improved, ... -> number), nothing else;
its CPU (one pattern after each bare count): extract_quantities on jsonl-2000-s9-g2 0.4554 -> 0.4616 ms per text
(+1.3 %, blocks of 100 texts alternated with 5bfdbfa, 3 passes each; quantities_dev 0.0591 -> 0.0592), again
0.4672 -> 0.4701 (+0.6 %; dev 0.0593 -> 0.0602): about 1 %, the run-to-run noise. Written as one pattern with
the verb lists in it (identical mentions, 19,629 of jsonl-2000 and both dev sets, upper-cased copies too) it
was no faster than the function (0.4538 -> 0.4542 ms against 79da6fe): not landed;
{conflicts}. Re-run: `.venv/bin/python benchmarks/bench_compare.py --only
quantities_dev,quantities_units_dev,quantities_dev_protocol,corpus,quantity_conflicts`."""


def _session19_note(r: dict[str, Any]) -> str:
    """Session 19's note on the quantities: extract_quantities' CPU with identical outputs; the protocol's
    reading of a count's unit; the protocol as the headline."""
    nq, proto = r["newsquant"], r.get("quantities_dev_protocol") or {}
    units = (r.get("quantities_units_dev") or {}).get("all") or {}
    corpus = r.get("corpus") or {}
    pairs = (r.get("quantity_conflicts") or {}).get("pairs", "—")
    speed = r.get("quantities_speed_19") or {}
    cost = "; ".join(
        f"{k} {speed[k]['cpu_ms_per_text_before']} → {speed[k]['cpu_ms_per_text_after']} ms CPU per text "
        f"({speed[k]['change']:+.1%})"
        for k in ("jsonl-2000-s9-g2", "quantities_dev")
        if k in speed
    )

    def pair(section: dict[str, Any], key: str) -> str:
        then, now = section.get(f"cqe_protocol_s18_reading{key}"), section.get(f"cqe_protocol{key}")
        return f"{then['value_unit']['f1']:.3f} → {now['value_unit']['f1']:.3f}" if then and now else "—"

    test = (
        f"value+unit **{_f3(nq['cqe_protocol']['value_unit'])}**, value {_f3(nq['cqe_protocol']['value'])} "
        f"(session 18's reading of a count's unit, same run and code: value+unit "
        f"{_f3(nq['cqe_protocol_s18_reading']['value_unit'])}; the code at the start of the session "
        f"({QUANTITY_SESSION_STARTS[19]}) by the new reading: {_f3(nq['cqe_protocol_at_19']['value_unit'])}); by our "
        f"scorer, kept for continuity, value+unit {_f3(nq['value_unit'])}, value {_f3(nq['value'])}, referent "
        f"{nq['referent_accuracy']:.3f}"
        if "cqe_protocol_at_19" in nq
        else "not yet run this session"
    )
    return f"""Session 19 (issue 7, quantities: CPU with identical outputs, then the published protocol as the
headline). (1) CPU. A line-level profile of extract_quantities on jsonl-2000-s9-g2's 2,000 articles (a SIGPROF
sampler, 0.5 ms) put 15 % of its CPU in finding the places a quantity may start (`_starts`, one regex scan of
the whole lower-cased text), 26 % in the referent (`quantity_concept`), 9 % in the quantity pattern itself
(`_search`), 8 % in `_bare`, the rest spread thin over the per-mention rules. Landed, outputs identical:
`_starts` scans from the character before a start (its pattern opens on a character class, so the scan skips
word characters without trying the pattern there) and tries the words and currencies by their first letter
(`_START_WORDS`): -26 % of `_starts`' CPU; not more, since a regex scan that stops at every space costs about
0.1 µs a stop; `_vague`'s scan starts at its first opener word; `_ACTED_ON`'s 40-character search runs only
where one of its verbs' letters ("ed", "shot", "employs", "hold", "held") occurs (`_bare` 7.6 → 5.4 % of the
samples); clock times are tried only at digits (neutral: 0.0071 against 0.0072 s). Tried, measured slower in
isolation and backed out: the month before a day read as the word before the space (0.0186 against the
pattern's 0.0141 s over its 26k calls), `_sentence_breaks` as comprehensions (0.0214 against 0.0196 s),
`_CONCEPT_WORD` opening on one character class (0.145 against 0.139 s). Measured side by side with the code at
the start of the session (`quantities_speed_19`, blocks of 100 texts alternated): {cost or "see the speed rows"}.
In the pipeline (`newsfuse run jsonl-2000-s9-g2 --workers 1` under cProfile on CPU time, the start's quantities.py
and this one in two copies of the same tree, A B A B): extract_quantities 3.247 / 3.242 → 3.187 / 3.157 CPU-s cum,
10.6 → 10.5 % of the run (the profiler's per-call cost weighs the Python rules, untouched, more than the
patterns, which were cut); the two runs' outputs `diff -r` identical.
Not halved: what is left is the referent's reading (a quarter), the quantity pattern and the per-mention rules,
none of them one hot spot; halving needs fewer passes over each sentence (the referent re-tokenises the
sentence up to every quantity in it), not faster patterns. Also fixed (outputs unchanged on every text we have):
a number word the case-folded scan matched only by folding ("ſix", "sİxty-fİve") raised in `_value`. Identity:
every mention (every field, dates and contexts on and off, and the concept) of jsonl-2000-s9-g2, both dev sets,
examples/corpus and upper-cased copies compared equal after each step, and `newsfuse run` on examples/corpus and
jsonl-2000-s9-g2 gave `diff -r`-identical outputs from two snapshots of the tree differing only in quantities.py
(after the first step and after the grouped starts). (2) The protocol's count unit. CQE's `normalize_unit_token` names a
counted noun by the lemmas of its phrase's nouns and adjectives without stop words; session 18's reading took
the words after the number up to the first stop word, so "Dozens of flights", "Tens of thousands of
marchers", "Twenty-five students", "10,000 more teachers" were counts without unit ("12 million of its own
shares" still is: a rule for it came after NewsQuant was scored and was left out). Now (`_cqe_unit`): number words and scales, hyphenated or plural, and a vague plural's "of" are the
value; a number compounded with a noun leaves the noun ("one-bedroom"); "more" and "former" before the noun
are passed over ("other" is kept, the dev set's convention since session 11); the phrase ends at a stop word or
at the counted thing the extractor named. Tuned on the even ids of quantities_dev, confirmed on the odd ids
(never looked at for this): protocol value+unit, session 18's reading → now, tune {pair(proto, "_tune")},
confirm {pair(proto, "_confirm")}, all {pair(proto, "")}; the unit batch {pair(units, "")} (its counts were
already read right). What remains on the dev set's tune half is of two kinds that the scorer should not hide: our
dev gold of sessions 10-12 drops a count's adjectives ("23 new cases" → `case`) where the convention of session 18
(and the taggers' maps it was read from) keeps them (`new case`), and the extractor still reads a verb after a
bare number as its counted thing ("18,000 watched", "6.1 earthquake struck"); neither was changed.
(3) The headline. The protocol's value+unit is now the table's first NewsQuant row, our scorer's figures beside
it for continuity (comparable since session 10). NewsQuant (test, run once at the end of the session, untuned,
totals only): {test}. Planted conflicts {corpus.get("found", "—")}/{corpus.get("planted", "—")},
{corpus.get("false_pairs", "—")} false; the pipeline's quantity conflict pairs on jsonl-2000-s9-g2: {pairs} (3 at
the session's start, 7d6983b, on 1,334 events; the start's quantity module in this session's tree, with the other
engineers' clustering changes, also gives 4, on 1,325 events: the new pair, "year of age girl" 2 against 3,
comes from the events, not from the quantities, whose outputs are identical).
Re-run: `.venv/bin/python benchmarks/bench_compare.py --only
newsquant,quantities_dev,quantities_units_dev,quantities_dev_protocol,corpus,quantity_conflicts,quantities_speed_19`."""


def _session18_note(r: dict[str, Any]) -> str:
    """Session 18's note on the quantities: the unit convention, the unit batch, the protocol scorer."""
    nq, dev = r["newsquant"], r.get("quantities_dev") or {}
    units, proto = r.get("quantities_units_dev") or {}, r.get("quantities_dev_protocol") or {}
    corpus = r.get("corpus") or {}
    pairs = (r.get("quantity_conflicts") or {}).get("pairs", "—")
    test, dev_line, cost = _session_figures(
        nq, dev, r.get("quantities_speed_18") or {}, 18, bold_referent=False
    )

    def part(name: str) -> str:
        p = units.get(name)
        return f"{_vu(p['at_18'])} → {_vu(p['now'])}" if p else "—"

    def protocol(section: dict[str, Any]) -> str:
        if "cqe_protocol" not in section:
            return "not yet run this session"
        now = section.get("cqe_protocol_s18_reading", section["cqe_protocol"])  # (session 18's count unit)
        then = section.get("cqe_protocol_s18_reading_at_18", section["cqe_protocol_at_18"])
        return (
            f"value {_f3(now['value'])}, value+unit **{_f3(now['value_unit'])}** "
            f"(the code at the start of the session: {_f3(then['value_unit'])})"
        )

    confirm17 = (
        f"{proto['confirm17_at_18']['referent_accuracy']:.3f} → {proto['confirm17_now']['referent_accuracy']:.3f}"
        if proto
        else "—"
    )
    return f"""Session 18 (issue 7, quantities: units — how the gold writes them, a unit batch, the scorer against the
published protocol). (1) The convention, read from the benchmark's code and documentation (CQE_Evaluation
`evaluate_models.py` and `tagger.py`, whose maps from other systems' output to the gold's names show the
gold's spelling; CQE `NumberNormalizer.normalize_unit_token`, `unit.json`, README), written down in
benchmarks/data/README.md ("How the gold writes a unit"): one lower-cased string compared by equality, "-"
for none; a dictionary unit by its key (`percentage`, `dollar` for "$"/"US$"/"us dollar", `pound sterling`,
`metric ton`, `kilowatt hour`); a rate "X per Y" whatever joins it ("a", "an", "/", "-a-"); "years old" and
"N-year-old" `year of age`; scale words in the value only; a counted noun named by the lemmas of its nouns and
adjectives, modifiers kept ("largest city", "commercial fisherman"). (2) A unit batch in that convention
(benchmarks/data/quantities_units_dev.jsonl: 158 sentences, 326 quantities of wire-copy fiction across
beats; no 6-gram shared with any test set; halves by id parity). The honest estimate, the code at the start
of the session (f327002) before any change → now, value / value+unit / referent, units-001..100:
{part("units-001..100")} (tune half {part("units-001..100, tune (even ids)")}; confirm half
{part("units-001..100, confirm (odd ids)")}); the tune half of units-001..090,
written first, lost value+unit only on "per kilowatt-hour" (read "cent per kilowatt") and one gold of ours ("68 million years
old" is `year of age` by the convention; relabelled); units-091..100, in NewsQuant's preprocessing (lower-cased,
spaced punctuation), {part("units-091..100, NewsQuant's preprocessing")}: an age written "65 year old", "31-year
old" or "52 - year - old" was read as a duration. Fixed: those three spellings of an age (and of months,
weeks, days) are `year of age`; "per kilowatt-hour" names the unit. A probe with throwaway sentences of
abbreviated and symbol units then found more: units-101..120 (written before their rules; each form in one
sentence) {part("units-101..120, forms found by probing (symbols apart, abbreviations)")} (tune half
{part("units-101..120, tune (even ids)")}; confirm half {part("units-101..120, confirm (odd ids)")}); fixed from the
tune half: a degree sign apart from the number ("104 °F", "37 °C": read as no unit, or missed), "RM"/"Rp"
before the number (missed), "bbl/d", "45 min", "500 g of honey"; the confirm half's forms ("41 pts",
"12 oz of", "9 million m3", "38 t") stay wrong: a rule for one spelling does not reach the next. A third
probe, of tokenised copy: a number-noun compound with its hyphen spaced ("a 12 - member jury", "a 6.3 -
magnitude quake") was read as a count of the noun after it; now the noun after the hyphen, as unspaced, and
the concept the noun it modifies; units-121..130, written after that rule to show it,
{part("units-121..130, tokenised copy (hyphens spaced), written after its rule")}. A fourth probe
(abbreviations) and a fifth (money in tokenised copy), each written up before its rules: units-131..140
tune half {part("units-131..140, abbreviations of a fourth probe, tune (even ids)")} ("142 kmph", "98 yds",
"64 m long", "600 m to the summit": "m" apart from the number is metres before an extent, a preposition or
punctuation), confirm half {part("units-131..140, abbreviations of a fourth probe, confirm (odd ids)")}
("sq. ft.", "6.2 mi", "120 kgs", "tonnes of CO2 per capita", "sq. m": other spellings, untouched);
units-141..146 {part("units-141..146, money with its scale apart ('$ 6 m')")} ("$ 6 m", "£ 2.4 m": a scale
apart from the number after a currency, read before as the bare number — a value error, not only a unit).
Last, the spellings the two confirm halves kept wrong were written into new sentences (units-147..154, before
their rules) and fixed from those ("57 pts", "45,000 m3", "14 mi", "2,500 kgs", "tonnes of CO2 per capita";
"8 oz of flour" was already right; "sq. ft." is left: the words read after a number stop at its full stop):
{part("units-147..154, the spellings the confirm halves kept wrong, new sentences")}; the two confirm halves,
no longer held out after this step, moved 0.600 → 0.800 (units-101..120) and 0.375 → 0.750 (units-131..140)
in value+unit against the start of the session. And an age in apposition with its commas spaced ("the
boy , 14 , was taken"; missed before): units-155..158, written after the rule to show it,
{part("units-155..158, ages in apposition in tokenised copy, written after its rule")}. So the code's units generalise to new
copy written in clean wire style (value 1.000, value+unit 0.96-0.98 before the fixes), and the batch does not
show what costs NewsQuant 13 points between value and value+unit: whatever it is, it is not in the unit kinds
this convention lists, written as we write them. (3) The scorer against the protocol
(`_score_cqe_protocol`, CQE_Evaluation's `calculate_metrics` re-implemented): ours is looser in three ways and
stricter in one. Looser: a gold range ("3-5") is matched by its lower end where the protocol needs a
predicted range with both ends; a count is right when its noun is the gold unit's last word where the protocol
needs the whole string ("new wind turbine"); a count of a thing against a gold without unit is right where
the protocol says wrong. Stricter: the protocol counts a value hit again when a same-valued prediction of the
wrong unit is passed over, and does not use it up (ours pairs one to one). Both are reported; ours stays the
headline for continuity (its figures since session 10 are comparable), the protocol's beside it. Under the
protocol, value / value+unit: quantities_dev {protocol(proto)}; the unit batch {protocol(units.get("all") or {})};
NewsQuant {protocol(nq)}. The dev set's protocol figure first read 0.881: 98 count labels of session 10 were
plurals as written ("passengers"); renamed to their lemma (ours unchanged). (4) The referent, one structural
fix checked on session 17's confirm half: a part after a comma that only continues the quantity before it
(", down six points since spring", ", down from 3,100 in 2015", ", or about ...") is about what that
quantity is about; and a measure written after its noun ("a galaxy 13.2 billion light years away", "a red
dwarf 40 light-years away") is about that noun. Session 17's confirm half (odd ids of dev-880..939, never
read for rules): referent {confirm17}; the unit batch, units-001..100's tune half
{part("units-001..100, tune (even ids)")}, its confirm half unchanged. Dev in all: {dev_line}. Planted conflicts {corpus.get("found", "—")}/{corpus.get("planted", "—")},
{corpus.get("false_pairs", "—")} false; the pipeline's quantity conflict pairs on jsonl-2000-s9-g2: {pairs}.
Speed, against the start of the session side by side (`quantities_speed_18`): {cost or "see the speed rows"}.
NewsQuant (test, run once at the end of the session with the code at 027c2c9 — the last commit, f2d08b4,
only keeps a dash from being read as a compound's hyphen and was not scored on it —, untuned, totals only),
by our scorer: {test}; by the published protocol: {protocol(nq)}. So this session's unit work moved
NewsQuant by a few quantities (value+unit +0.003 by either scorer): the forms the new dev batch holds are not
where the test set loses its units, and the protocol, CQE's own scorer, puts our value+unit at 0.68, not 0.74
(value 0.83, not 0.87: a range, gold or ours, is matched only by a range with both ends), against CQE's published 0.856 by the same protocol. The
referent on NewsQuant did not follow the dev gains (0.572 → 0.570). Re-run:
`.venv/bin/python benchmarks/bench_compare.py --only
newsquant,quantities_dev,quantities_units_dev,quantities_dev_protocol,corpus,quantity_conflicts,quantities_speed_18`."""


def _session17_note(r: dict[str, Any]) -> str:
    """Session 17's note on the quantities (its live figures from this run's sections)."""
    nq, dev = r["newsquant"], r.get("quantities_dev") or {}
    corpus = r.get("corpus") or {}
    pairs = (r.get("quantity_conflicts") or {}).get("pairs", "—")
    test, dev_line, cost = _session_figures(
        nq, dev, r.get("quantities_speed_17") or {}, 17, bold_referent=True
    )
    return f"""Session 17 (issue 7, quantities: new wire copy that predicts, the conventions left open, the concept
read in the quantity's own clause). (1) Dev that predicts: 60 new sentences of wire copy across beats (courts,
weather, sport, health, business, local government, science, crime, the economy; dev-880..939, 162
quantities), written in one sitting, naturally, and annotated by CQE's conventions; halves by id parity: the
rules were written from the even ids' errors only, the odd ids were scored, not read. Value / value+unit /
referent, the code at the start of the session (409e9d7) → now: tune half {_part17(dev, 0)}; confirm half
{_part17(dev, 1)}; a second batch (dev-960..989, 30 sentences, 61 quantities) written after the rules and
scored once, never tuned on, {_part17(dev, 2)}. So the old code's units and values generalise to new copy (value+unit
0.97-0.98 where dev-001..879 says 0.99) and its referent does not (0.65-0.73 against 0.87; NewsQuant 0.56):
the referent is where our fiction had stopped predicting. (2) The conventions left open, decided from CQE's
code (`rules.py`: `lonely_num`, `range_single`, `adp_num_cconj_num`; `number_lookup.py`: its scales, "dozen"
left out; `NumberNormalizer.preprocess_number`), each with its own sentences (dev-940..959, {_part17(dev, 3)}):
an age set off by commas ("Greta Olund, 67, of Fenwick", "The suspect, 29,") is a quantity without unit
(CQE tags a lonely number; none is written), slot "age", concept the person; "dozens of" / "hundreds of" /
"thousands of" / "tens of thousands of" + noun is the scale's value (12, 100, 1,000, 10,000) bounded below
(qualifier "more": "hundreds of flights" against "2,000 flights" is no conflict), the noun its unit; "half of"
and "a third of" stay untagged; "from X to Y" stays two quantities, the first now taking the second's rate
("from $41 to $47 a month": both dollars a month; a change then its level, "rose $14 to $1,930 an ounce",
keeps dollars) and bare numbers after "reduced/cut/raised/lowered/trimmed from" are read; "a dozen" is 12;
"for a week" / "for a year" (no number written) stay untagged. Six older sentences were relabelled to them
(dev-026, 095, 096, 098, 209, 596). Also: rates per season/match/shift, pounds after "payment", "pension",
"benefit". (3) The referent: the concept reader took the sentence's first subject for a quantity inside
another clause. Now it reads the quantity's own clause: a relative clause on a noun ("a former warehouse
worker who lost two fingers": worker), a clause after "and"/"but" with its own subject and verb ("..., and the
city opened 16 cooling centres"; "and 60 firefighters remained at the scene": the quantity is the subject), a
participle's object ("..., finding the company 70% responsible"), a verb's object before at/by/to/from ("put
the governor's approval at 41 percent", "to raise property taxes by 3.5 percent", "trim their output by"; a
change then its level reads the object before the change: "raised its key rate by half a point to 6.75%"), a
noun valued or with the number ("jewellery valued at", "an extension worth", "a company with 52,000
employees"), and the clause after "while" once a continuation (", or 87 cents a share") is passed. On the 879
sentences written before this session: {_part17(dev, 4)} (the relabelled six included; three older golds take
the bank, not its rate, as the concept of "lifted its main rate by a quarter point" and now read "rate").
Dev in all: {dev_line}. The pipeline's articles (jsonl-2000-s9-g2, the code at the start against now, every
mention compared): 1,088 mentions added (1,039 ages in apposition, all read right in a sample of 25; the rest
vague plurals), 4 gone (counts read after an age: "five others" as "shooter"). Planted conflicts
{corpus.get("found", "—")}/{corpus.get("planted", "—")}, {corpus.get("false_pairs", "—")} false; the pipeline's
quantity conflict pairs on jsonl-2000-s9-g2: {pairs} (7 when the quantities work stopped, 0 at b7310f4 earlier in
the session; those 7 pairs, slot for slot, come out with the start's quantity module swapped into this working tree, so they are the events'
own: the clustering changed during the session (cluster.far_days 0 -> 730 by default, 9a6c22b: 1,401 ->
1,334 events on this set), and the new events join copies the old kept apart: four are two copies' photo
galleries ("Image 1 of 9" against "of 11", read as counts of the caption's name: an extractor error older than
this session, fixed by the lead after NewsQuant was scored: a gallery's counter, "Image N of M", is no
quantity; NewsQuant not re-run), "five members of his family" against "six family
members", "Two people" against "Four people have been charged", two clock times). Speed, against the start of
the session side by side
(`quantities_speed_17`): {cost or "see the speed rows"}; the mentions grew by 7 % (the ages), the CPU per
mention is flat; the first measure of the rules was +13 % (3 passes): the vague plurals' pattern scanned
every article (~40 µs each), and now runs only when the lower-cased text holds one. The ages and the vague
plurals are conventions read from CQE's code, not from NewsQuant's gold: on NewsQuant the rules came with 11 more
predictions, value recall +0.009 and precision -0.002 (below). Tried, not landed: a start-pattern whose first character is a
character set (so that the regex engine skips ahead): twice as slow (most letters can start a number word).
NewsQuant (test, run once at the end of the session, untuned, totals only): {test}. Re-run: `.venv/bin/python
benchmarks/bench_compare.py --only newsquant,quantities_dev,corpus,quantity_conflicts,quantities_speed_17`."""


def _session16_note(r: dict[str, Any]) -> str:
    """Session 16's note on the quantities (its live figures from this run's sections)."""
    nq, dev = r["newsquant"], r.get("quantities_dev") or {}
    corpus = r.get("corpus") or {}
    pairs = (r.get("quantity_conflicts") or {}).get("pairs", "—")
    test, dev_line, cost = _session_figures(
        nq, dev, r.get("quantities_speed_16") or {}, 16, bold_referent=False
    )
    old = (dev.get("parts") or {}).get("sessions 10-15, all written before session 16 (dev-001..831)", {})
    old16 = (old.get("baselines") or {}).get("16")
    old_line = (
        f"value {old16['value']['f1']:.4f} → {old['now']['value']['f1']:.4f}, value+unit "
        f"{old16['value_unit']['f1']:.4f} → {old['now']['value_unit']['f1']:.4f}, referent "
        f"{old16['referent_accuracy']:.4f} → {old['now']['referent_accuracy']:.4f}"
        if old16
        else "—"
    )
    return f"""Session 16 (issue 7, quantities: CQE's conventions for the unit read from the words around a number).
Read this session in CQE's own code (vivkaz/CQE `CQE/CQE.py`, `NumberNormalizer.py`, `number_lookup.py`,
`rules.py`, `unit.json`; CQE_Evaluation `evaluate_models.py`, `tagger.py`), not in NewsQuant's items: (a) a
unitless number takes the unit of a quantity two or three words after it with no verb or punctuation between
(`_shared_unit_check`: "It costs about 8 or $9"); (b) fractions in words are numbers (`maps["fractions"]`:
"quarter", "half", "three-quarters") and take the unit after them, and "1/2" is read as 0.5 before parsing;
(c) a counted noun's unit is the lemma of every noun and adjective among the unit's tokens
(`normalize_unit_token`), so the plural after "affordable housing" is what is counted; (d) a number between a
noun and a verb, or right after a name ("sp 500", "iphone 11", "Big 12"), is no quantity (the LONELY_NUM and
NOUN_NUM filters), and every other number is one (LONELY_NUM: "a crew of 22", "over 80", "a magnitude of
5.8", "settled at 77.85"); (e) the concept is also the noun one to three words before the number's "of"
(`_extract_quantifiers`: "an increase of 5 percent"); (f) `evaluate_models.py` splits the gold's referred
concepts on commas and spaces (our scorer split on spaces only: fixed in its own commit, measurement only; on
NewsQuant it alone moves the referent of the code at the start of the session from 0.486, session 15's figure,
to the 0.558 below: the gold's keyword bags are written with commas, and a word before a comma never matched).
Each convention adopted is written as a rule with new fiction (benchmarks/data/README.md; no 6-gram shared with
NewsQuant, ggt_quotes_eval, polnear, conll2003_test, ecbplus, duc2004, Multi-News longbench200,
scrapinghub_aeb or newscluster_giveme5w1h): "4 or 5 percent", "7 or $8", "two or three climbers", "between 6
and $10", "from 8 to $12" share the unit after them; "a quarter point", "a quarter-point cut", "half a
percentage point", "three-quarters of a percentage point", "half a percent"; "1,800 affordable housing units",
"three heavily armed men" (were counts of "affordable", "heavily"); "45 Boeing 787 jets" and "61,000 Model 2
hatchbacks" (were two quantities each); "$3.12 per mmBTU" and "38 cents per kWh" named as `unit.json` names
them (`mega british thermal unit`, `kilowatt hour`); "52m paying subscribers" (was 52 metres); "frances cac 40
lost 0.2 per cent" (40 was a count of "lost"), "version 3.2 of", "a level 3 lockdown", "FOX 8 News" (labels
and names); levels, decimals and bare numbers after a noun and "of", after over/under or before "or older",
both sides of a tally ("a vote of 218 to 214"), "3/4 inch". Value / value+unit F1 on the new batches, the
code at the start of the session → now: dev-832..854 (23 sentences, 28 quantities, written after the first
rules) {_part16(dev, 0)}; dev-855..870 (16 sentences, 21 quantities; dev-862..870 repeat the first batch's
forms in other words and were scored before any change they could prompt) {_part16(dev, 1)}; dev-871..879
(9 sentences, 9 quantities) {_part16(dev, 2)}. On the 831 sentences written before this session: {old_line}
(nine misses of sessions 10-12 now read: "3/4 inch", "a crew of 22", "capacity of 900", "over 80", "over 55",
"18 or older", "214" of "218 to 214", "two" of "seven votes to two", and "218"; one false quantity fewer: "The
Model 3 remains"; the referent moves by the concepts of the quantities now matched, most of which our reading
gets wrong, and by four readings of "of" past a hedge, two of them now right).
Dev in all: {dev_line}. The pipeline's articles (jsonl-2000-s9-g2, the code at the start of the session against
now, every mention compared): 15,501 → 15,497 quantity mentions, 81 added (42 bare numbers after "of",
"over", market verbs; "three or four men"-style alternatives), 85 gone (84 TV channel names read as counts of
"news": "WESH 2 News", "FOX 8 News"; "This one hits hard"), 42 concepts changed ("a $3,000 cash reward":
reward, was "you"). Planted conflicts {corpus.get("found", "—")}/{corpus.get("planted", "—")},
{corpus.get("false_pairs", "—")} false; the pipeline's quantity conflict pairs on jsonl-2000-s9-g2: {pairs}; on
jsonl-10000-s9-g2 (6,870 events; `quantity_conflicts("jsonl-10000-s9-g2")` run apart at 29067cd, not saved in
this file's section, which keeps session 15's run): 23, as at the end of session 15.
Speed, against the start of the session side by side (`quantities_speed_16`): {cost or "see the speed rows"}; the
first measure of this session's rules was +9.1 % on jsonl-2000-s9-g2, then the new tests were made cheap with
the same outputs (every mention of jsonl-2000-s9-g2 and the dev set compared equal). NewsQuant (test, run
once at the end of the session, untuned, totals only): {test}. Re-run: `.venv/bin/python
benchmarks/bench_compare.py --only newsquant,quantities_dev,corpus,quantity_conflicts` (a few minutes),
`--only quantities_speed_16`."""


def _session15_note(r: dict[str, Any]) -> str:
    """Session 15's note on the quantities (its live figures from this run's sections)."""
    nq, dev = r["newsquant"], r.get("quantities_dev") or {}
    nq15, dev15 = _baseline(nq, 15), _baseline(dev, 15)
    corpus = r.get("corpus") or {}
    pairs = (r.get("quantity_conflicts") or {}).get("pairs", "—")
    pairs10k = (r.get("quantity_conflicts_10k") or {}).get("pairs", "—")
    speed = (r.get("quantities_speed_15") or {}).get("jsonl-2000-s9-g2", {})
    part = (dev.get("parts") or {}).get(
        "session 15, units the brief named, 'rose $14 to $1,930', '$2,500-a-month' (dev-787..816)", {}
    )
    test = (
        f"value+unit **{_f3(nq['value_unit'])}** against {_f3(nq15['value_unit'])} for the code at "
        f"{nq15['commit']} (start of the session) in the same run; value {_f3(nq['value'])} "
        f"({_f3(nq15['value'])}); referent {nq['referent_accuracy']:.3f} ({nq15['referent_accuracy']:.3f}); "
        f"value+concept (partial) {_f3(nq['value_concept_partial'])} ({_f3(nq15['value_concept_partial'])}); "
        f"predictions {nq['predicted']} against {nq15['predicted']}"
        if nq15
        else "not yet run this session"
    )
    dev_line = (
        f"value {dev['value']['f1']:.3f}, value+unit {dev['value_unit']['f1']:.3f}, referent "
        f"{dev['referent_accuracy']:.3f} on all {dev['gold']} quantities (the code at the start of the session: "
        f"{dev15['value']['f1']:.3f}, {dev15['value_unit']['f1']:.3f}, {dev15['referent_accuracy']:.3f})"
        if dev15
        else "—"
    )
    batch = (
        f"{part['now']['value']['f1']:.2f} / {part['now']['value_unit']['f1']:.2f} now, "
        f"{part['baselines']['15']['value']['f1']:.2f} / {part['baselines']['15']['value_unit']['f1']:.2f} "
        "with the code at the start of the session and this session's scorer"
        if part.get("baselines")
        else "—"
    )
    cost = (
        f"{speed['cpu_ms_per_text_before']} → {speed['cpu_ms_per_text_after']} ms CPU per article "
        f"({speed['change']:+.1%}) against the start of the session, side by side on jsonl-2000-s9-g2"
        if speed
        else "see the speed rows"
    )
    return f"""Session 15 (issue 7, quantities: units, a change and its level, the pipeline's pairs on 10,000
articles, the baselines). (1) Units. The value+unit gap on NewsQuant (0.856 value, 0.729 value+unit at the
start) was attacked from the format, not the items: CQE's normaliser names units by the keys of its
`unit.json` (read in full this session) and CQE_Evaluation's taggers map other systems' outputs to the gold's
names (`evaluation/tagger.py`: "franc" → "swiss franc", "cent-a-share" → "cent per share", "p" → "point").
Two of our names were not keys: Swiss francs written as a word (`franc`, now `swiss franc`, the key whose
surfaces hold "franc") and SEK (`swedish krona`; the key is `swedish krone`: dev-714 and dev-717 relabelled).
New fiction for the forms the brief named (dev-787..816, 30 sentences, 41 quantities: "$1.2bn", "US$450m",
"Rs 40 crore", "EUR 3 million", points and percentage points, rates, measures, counted nouns; no 6-gram shared
with NewsQuant, ggt_quotes_eval, polnear, conll2003_test, ecbplus, duc2004, Multi-News longbench200,
scrapinghub_aeb or newscluster_giveme5w1h), scored before their rules: value 0.951, value+unit 0.900 (0.925
with the scorer's two names). The forms it found misread: a change followed by the level it reached ("Spot gold
rose $14 to $1,930 an ounce", "climbed 31 to 2,418") was one range 14–1,930; now, after a verb of change, "X
to Y" with Y at least three times X is two quantities ("rose 5 to 10 percent" stays a range), and a bare
number after more verbs of change (added, gained, shed, slid, eased, ...; past a hedge: "fell about 120")
is counted; "Swedish crowns", "Norwegian kroner", "Danish crowns"; rates written with hyphens ("a
$2,500-a-month flat", "a 15-cent-a-share dividend"). On the batch: {batch}. A second batch (dev-817..831,
15 sentences, 22 quantities, written after those rules) scored 0.955 / 0.818 before its own: "a quarter of a
million" (read as a million), "kronor" (read as `krona`) and "barrels of oil" (`barrel`; `unit.json` has a
key `barrel of oil`, now the scorer's name for a plain one) — 1.00 / 1.00 after. Dev: {dev_line}. Probed and
left: "5,000-strong",
"a 7.8-magnitude earthquake" (no unit; the gold's convention for them is not documented).
(2) Conflicts. The 26 quantity conflict pairs on the pipeline's events of the first 10,000 articles
(jsonl-10000-s9-g2, 6,878 events when read; 6,870 in the final run, after other engineers' clustering
commits, with the same 23 pairs left) were read one by one: all 26 are false. Three were ours: a phone number
spelled with letters read as a range ("305-471-ANCHOR", the generator's renaming of "TIPS"; the 2,000-article
set had 96 such readings: "528-CASH", "498-STOP", ..., and 5 labels), a label read as a count ("#2" against "#1"), and "six
people were shot" against "at least five more people were wounded" (a bound and an exact value within it
both hold). Now: vanity numbers and numbers after "#" or "No." are not quantities, and `about_other_things`
lets a bound and an exactly stated value within it pass (not an estimate: the planted "at least six weeks"
against "about two months" still clashes): pairs {pairs10k} (jsonl-2000-s9-g2: {pairs}; planted conflicts
{corpus.get("found", "—")}/{corpus.get("planted", "—")}, {corpus.get("false_pairs", "—")} false). The 23 left are
the generator's and the clustering's: 6 between address blocks whose "block" the second vocabulary renames
("the 6400 joor of", "5700 thurman", "3400 attempt"), 8 between ages whose "year-old" it scrambles
("16-competition-professed", "14-basquine-cincy": different victims, which the age slot and
`about_other_things` keep apart in real text), 5 between clock times and 3 between counts of different
shootings that the clustering put in one event (e.g. "12:39 p.m." in Fernwood against "4:28 p.m." in
Washington Heights), and 1 between tallies of a weekend's shootings taken at different times ("at least 11
others" against "at least 17"). (3) The referent (0.486 on NewsQuant): scored as the head (last word, as
its singular) of `quantity_concept`'s reading of the matched quantity among the words of the gold concept,
and, as CQE's "value+concept (partial)", any word of the reading among them; the reading scored is the one
the product keeps (`Mention.concept`, report.json's `concept`). Not changed this session: our fiction is at
0.87 and we have no documented convention that our reading breaks. (4) Speed: the concept is still about a
third of extract_quantities' CPU on jsonl-2000-s9-g2 (1.09 against 0.75 s with it stubbed out, three
alternated passes); not reduced this session. This session's rules: extract_quantities {cost}.
(5) bench_compare's per-session keys (code_at_session_start, ..._13_, ..._14_) are one `baselines` mapping
keyed by session (`QUANTITY_SESSION_STARTS`, `SCORED_SESSIONS`); results saved before are read through their
old keys (compare.md rendered from the saved compare.json byte-identical before the change's first run).
NewsQuant (test, run once at the end of the session, untuned, totals only): {test}. Of the gain over the
session's first figure (0.729, the code at 6edae91 by session 14's scorer), the scorer's two names take about
0.001 (the code at 7711ea4 by this scorer) and the new rules the rest: the target 0.90 is not reached, and as
in sessions 11-14 the dev gains carry over only a little (we did not look at NewsQuant's items). Re-run:
`.venv/bin/python benchmarks/bench_compare.py --only newsquant,quantities_dev,corpus,quantity_conflicts`
(a few minutes), `--only quantity_conflicts_10k` (about ten minutes on the loaded machine), `--only
quantities_speed_15`."""


def _session14_note(r: dict[str, Any]) -> str:
    """Session 14's note on the quantities, with the figures of its own final run (20:18-20:24 UTC, 2026-11-23;
    frozen in session 15, whose runs would otherwise write their figures into it)."""
    corpus = {"found": 8, "planted": 8, "false_pairs": 0}
    test = (
        "value+unit **0.729 (P 0.746 / R 0.714)** against 0.728 (P 0.745 / R 0.712) for the code at 6edae91 "
        "(start of the session) in the same run; value 0.856 (P 0.875 / R 0.837) (0.856 (P 0.875 / R 0.837));"
        " referent 0.486 (0.486); value+concept (partial) 0.438 (P 0.447 / R 0.428) (0.438 (P 0.447 / R "
        "0.428))"
    )
    preds = " (predictions 865 against 865: no quantity added or lost there)"
    dev_line = (
        "value 0.992, value+unit 0.984, referent 0.871 on all 993 quantities (the code at the start of the "
        "session: 0.982, 0.962, 0.868)"
    )
    cost = (
        "0.5141 → 0.5099 ms CPU per article (-0.8%) against the start of the session, and 0.3095 → 0.5214 "
        "(+68%) against 38b4173 (before the concept), both side by side on jsonl-2000-s9-g2 in this run"
    )
    return f"""Session 14 (issue 7, quantities: the false conflicts, the concept's cost, forms news writes that
we did not read). (1) False conflicts. The 6 quantity conflict pairs left on the pipeline's events of
jsonl-2000-s9-g2 (the same 1,401 events as generator 1's jsonl-2000-s9) were read one by one: "two the family
members" (garbled) and "Seven members of the Vice Lords" in one article against "four members of a family" in
another (2 pairs); a "17-year-old boy" against an article naming a 14- and a 16-year-old boy; a "13-year-old
boy" (whose article also names a 17-year-old boy) against a "ten-year-old boy" of another accident; and a
video player's "7 of 15 CLOSE", "12 of 15 CLOSE" and "at least 14 more" against "8 of CLOSE" (2 pairs). In each,
one side's article states another value of the same slot near the other side's value: the slot counts several
like things there, and the other side's value may be another of them. `about_other_things` now takes the
slot's mentions and the conflict ratio (one call in align's `_quantity_facts`): two values do not conflict when
an article of one side states another value of the slot within the conflict ratio of the other side's value.
A first version without the ratio (any other value in the slot) lost two planted conflicts (the "Two
firefighters were treated" beside "140 firefighters", "within two weeks" beside "six weeks"): 6/8. With it:
pipeline pairs 6 → 0, planted conflicts {corpus.get("found", "—")}/{corpus.get("planted", "—")},
{corpus.get("false_pairs", "—")} false. On the first 10,000 articles' events (jsonl-10000-s9-g2, 6,878 events)
26 pairs are left: most between scrambled words of the generator's second vocabulary ("6400 joor", the
address blocks it renames) and clock times of different shootings that the clustering put in one event; not
worked on. (2) The concept's cost, the same readings (extract_quantities' mentions compared equal on 6,660
texts: jsonl-2000-s9-g2, 3,000 of jsonl-10000-s9-g2, the dev set, NewsQuant's texts; `quantity_concept` on
60,240 random spans of them): the sentence-break scan written as four branches that each open on a literal
(a full stop, question or exclamation mark before a space, a line break: sre skips to those characters; as a
class of marks it tried every place: 22.5 → 10.8 µs per text), and the words
before a quantity lower-cased once and shared with `_subject` (speech word, subordinators, the parts' words):
`quantity_concept` 18.9 → 16.0 µs per mention; extract_quantities {cost} (two runs of ours alternating blocks
A B / B A, before the rules of (3): -3.5 %, -5.9 %). The concept's cost is cut by a few per cent only, not
undone. Tried and not kept: `_CONCEPT_WORD`'s first two branches as one with an optional tail (the same words; 5.4–5.8
against 5.1–5.3 µs per mention), the sentence's
words read by one `findall` with a NUL between its three parts and the sentence start looked for in a 300-
character window (21.8 against 18.4 µs per mention: slower), the quantity-start scan opened on a character
class (the separator before a word, or a sign or digit; the same places, 74.6–93.1 against 79.5 µs per text:
sre's class scan costs about as much as the look-behind it avoids), a per-sentence concept cache (15 % of the
readings repeat within a block of 100 texts: not worth its key). (3) Forms news writes that the set did not
hold (benchmarks/data/README.md: dev-743..766, 24 sentences, then a second batch dev-767..786, 20 sentences,
written after the first batch's rules; no 6-gram shared with NewsQuant, ggt_quotes_eval, polnear,
conll2003_test or ecbplus): a rate after a slash right after the unit ("$71.40/barrel", "18p/share", "£38/sq
ft", "42 cents/kg", "$8,420/t"; README: "the words after a number are read only after a space or a hyphen")
and a bare count after a verb of harm, arrest, rescue or hiring ("Police ... arrested 14 after", "killed at
least nine and", "injured 31, four of them seriously"; named by the verb's stem as "nine were killed" is, so the
two align; not after an auxiliary: "was shot four or five times"). First batch value 0.76 → 1.00, value+unit
0.40 → 1.00; second batch, before its own rules 0.929 / 0.893, after 1.00 / 1.00. Dev: {dev_line}.
NewsQuant (test, run once at the end of the session, untuned, totals only): {test}{preds}. The target 0.90 is
not reached; as in sessions 11-13 the dev gains did not carry over: the forms added here are not what
NewsQuant's remaining errors are (we did not look at them). Re-run: `.venv/bin/python benchmarks/bench_compare.py
--only newsquant,quantities_dev,corpus` (about a minute), `--only quantities_speed,quantities_speed_14` (about
four minutes on the loaded machine), `--only quantity_conflicts` (the pipeline's pairs, about a minute)."""


def _session13_note(r: dict[str, Any]) -> str:
    """Session 13's note on the quantities, with the figures of its own final run (13:xx-18:17 UTC, 2026-11-23;
    frozen in session 14, whose runs would otherwise write their figures into it)."""
    corpus = {"found": 8, "planted": 8, "false_pairs": 0}
    test = (
        "value+unit **0.728 (P 0.745 / R 0.712)** against 0.727 (P 0.743 / R 0.711) for the code at 38b4173 "
        "(start of the session) in the same run; value 0.856 (P 0.875 / R 0.837) (0.856 (P 0.875 / R 0.837)); "
        "referent 0.486 (0.486); value+concept (partial) 0.438 (P 0.447 / R 0.428) (0.440 (P 0.450 / R 0.430))"
    )
    dev_line = "value+unit 0.981 (start of the session: 0.961), referent 0.867 (0.855) on all 932 quantities"
    cost = "0.3701 → 0.6135 ms CPU per article (+66%) on jsonl-2000-s9-g2, side by side with 38b4173"
    return f"""Session 13 (issue 7, quantities: the concept in the facts; money with scale words, points, rates,
compound units). (1) What a number is about is now in the product: `Mention.concept` (compare/mentions.py,
passed on by `moved`) holds `quantity_concept`'s reading of every quantity (None for clock times),
`model.Fact.concept` that of the fact's first mention that has one, and report.json's facts carry it as
`concept` (schema: a nullable string; report/contract.py; HTML and Markdown unchanged, so their byte-equality
with the template holds), so a reader sees what each number is about (the example corpus: "$4.6 million" →
"freeze", "900 tons of stock" → "stock", "1,900 businesses" → "county"; still read from word lists: "41 people"
→ "sickened").
`quantity_concept` was made cheap enough to run on every mention: its sentence is found by one cached scan of
the text's breaks (now also at a line break: a paragraph's last sentence no longer runs into the next one;
5,761 of 16,369 readings on jsonl-2000-s9-g2 changed by that, none on the dev set) and its words are read by
`findall`: 69 → 22 µs CPU per mention. What it still costs: extract_quantities {cost}. (2) The conflict test uses
it: two values of one slot are not in conflict when their mentions' concepts share no word and neither side's
concept heads occur in the other side's sentences (`quantities.about_other_things`, one line in align's
`_quantity_facts`). Example corpus: planted conflicts {corpus.get("found", "—")}/{corpus.get("planted", "—")},
{corpus.get("false_pairs", "—")} false (the 41-vs-37 people conflict reads "sickened" against "people"/"outbreak":
kept, "sickened" is in the other side's sentences). The pipeline's events of jsonl-2000-s9 (generator 1):
quantity conflict pairs 10 → 6; the 4 dropped are all between different people (a 16- and a 19-year-old victim,
a 31- and a 41-/42-year-old man, "the two people who arrived by car" and "the other four people"); the 6 left are
false too (members of two groups, boys of different ages in two stories, a video player's "8 of 15"), but their
concepts share a word ("boy") or a head of one is in the other's sentence: a concept read from word lists does
not tell those apart. (3) Units, on new dev fiction (benchmarks/data/README.md: dev-641..710, 70 sentences, 87
quantities, then dev-711..742, 32 sentences, 41 quantities; no 6-gram shared with NewsQuant), written for the unit kinds the brief named after re-reading CQE's
unit convention (`NumberNormalizer.normalize_unit_token`: "X per Y" after "per", "a"/"an" and "/"): a space
before "mln"/"bln"/"bn"/"tn" ("750 mln euros"), a rate after a price even before "from April" (only "from
now/then/today" ends one), "per square metre/mile/kilometre", a rate after "/" behind a unit word, giga-, mega- and
terawatt-hours, "pct", "percentage-point(s)". First batch 0.904 → 0.981 value+unit; the second batch, written
after the first batch's rules, 0.857 → 0.914 before its own rules → 0.971; ISO currency codes before and
after the number ("SEK 4.5 billion", "14 billion SEK", "CHF 85 per person") and "per" with any noun
("USD 48 per container"): dev-711..722 0.087 → 1.00; counted things read past the stop words that name things
("three former bank executives", "14 fire trucks"). (4) The concept leaves out a lower-case verb outside its
list before a bound or before at/by/to and the number ("oversees more than", "run at 320 km/h", "shrank by 1.5
points"); "an average of $1,450" reads the subject; an opening part alone before the quantity's part is passed
over ("According to the survey, 64% of small businesses"), "..., up from 1.9 million" continues the clause
before it, "1 in 5 care homes" reads the whole: on 20 new long news sentences (dev-723..742) referent 0.821 →
1.00 (scored before those rules), dev-001..722 0.8613 → 0.8625. Dev: {dev_line}.
NewsQuant (test, run once at the end of the session, untuned, totals only): {test}: the dev gains did not carry
over (one more unit right, two fewer concept words shared; the target 0.90 is not reached), as in sessions 11 and
12 — what our fiction exercises is not what NewsQuant's remaining errors are, and we did not look at them. Tried
and not kept: reading
the speaker's subject only when nothing else is found and lower-casing the words once in `quantity_concept`
(same readings; 23.9 / 24.9 against 24.7 / 23.8 µs per mention alternated: no measurable change). Kept instead:
the subject and the speaker's read only when a rule asks for them (same readings on 17,001 mentions; 26.6 →
24.2 µs, medians of 4 alternated passes), after which the speed row was measured again."""


def _f3(scores: dict[str, float]) -> str:
    return f"{scores['f1']:.3f} (P {scores['precision']:.3f} / R {scores['recall']:.3f})"


def _audit_rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Session 11's scorer audit: each PolNeAR split under the text-order reading and as the data lists the
    pieces (absent until the audit section has run)."""
    audit = r.get("polnear_scorer_audit")
    if not audit:
        return []
    rows = []
    for split in ("train", "dev", "test"):
        if split not in r["polnear"]:
            continue
        role = "report" if split == "test" else "dev"
        rows.append(
            (
                "direct-quote F1 ('' marks counted), content pieces in text order (session 11 audit) → "
                "as the data lists them (sessions ≤ 11's measure)",
                f"polnear {split} ({role})",
                f"{_f3(r['polnear'][split])} → {_f3(audit['listed_order'][split])}",
                "≥ 0.90 on test",
            )
        )
    for split in ("train", "dev", "test"):
        if split not in r["polnear_double_marks_only"]:
            continue
        rows.append(
            (
                "same, double quote marks only: text order → listed order",
                f"polnear {split}",
                f"{_f3(r['polnear_double_marks_only'][split])} → "
                f"{_f3(audit['listed_order_double_marks_only'][split])}",
                "—",
            )
        )
    for split in ("dev", "test"):
        old, now = audit["speakers_listed_order"][split], r["polnear_speakers"][split]
        rows.append(
            (
                "speaker accuracy all / named / pronoun sources: text order → listed order",
                f"polnear {split}",
                f"{now['accuracy_named_and_pronoun']:.3f} / {now['named_source_accuracy']:.3f} / "
                f"{now['pronoun_source_accuracy_proxy']:.3f} ({now['named_sources']} + {now['pronoun_sources']}) → "
                f"{old['accuracy_named_and_pronoun']:.3f} / {old['named_source_accuracy']:.3f} / "
                f"{old['pronoun_source_accuracy_proxy']:.3f} ({old['named_sources']} + {old['pronoun_sources']})",
                "—",
            )
        )
    for split, c in audit["gold_changes"].items():
        rows.append(
            (
                "gold direct quotes, text order / listed (listed rows with start after end, never matchable; "
                "only in one reading)",
                f"polnear {split}",
                f"{c['text_order']} / {c['listed']} ({c['listed_empty']} empty; {c['only_text_order']} / "
                f"{c['only_listed']})",
                "—",
            )
        )
    return rows


def _audit_note(r: dict[str, Any]) -> str:
    """Session 11's scorer audit, with its figures (empty until the audit section has run)."""
    audit = r.get("polnear_scorer_audit")
    if not audit or "train" not in r["polnear"]:
        return ""
    pol, old, ch = r["polnear"], audit["listed_order"], audit["gold_changes"]
    return f"""Session 11 (issue 7, audit of the PolNeAR direct-quote scorer; decided on train/dev and SOURCE.md alone).
Two scorer artifacts were reported by the quotes engineer: (1) gold quotes with an empty span, (2) gold spans
that start without their quote mark and so count as mixed. Findings: (1) no content span of a scored row is empty
or whitespace; the 37 attributions with no content (train 36, dev 1) are not in the `quotes` rows and were never
scored. The real artifact is the order of discontinuous pieces: SOURCE.md documents a span as "first-to-last
piece", but the brat files list some pieces out of text order (the piece after the attribution annotated first)
and the `quotes` rows took the listed order, so `start` > `end`: an empty span that no prediction can match,
while the prediction of that quote counts as false. Train {ch["train"]["listed_empty"]} gold direct quotes
(of {ch["train"]["listed"]}), dev {ch["dev"]["listed_empty"]} (of {ch["dev"]["listed"]}); e.g. train
`breitbart_2015-12-16_newspaper-defense-secretary-used` E10, pieces [[1230, 1335], [950, 1201]] ("“After
reviewing his email practices, …,”" then "“As a result, he stopped …”"), dev
`nyt_2016-09-16_clinton-plan-for-taxes-is` (start 1112, end 942). The kind heuristic was also tested on the
pieces in listed order (10 train quotes in marks labelled mixed). (2) Train 21 and dev 1 quotations in marks whose span starts one
character inside “/" or ends one character before ”/" were labelled mixed (e.g. train `breitbart_2016-04-01_hillary-clinto…` 678–827,
“[I have earned 9 million votes …,”] Clinton said; dev `politico_2016-09-22_house-panel-votes-to…` 1232–1379,
"[Republicans want a photo op. …,"] said Rep. Elijah Cummings): the same quotation is direct when the annotator
took the marks in and mixed when not. The other "mixed" golds (train 2,111, dev 262) hold a mark inside or
start with a word: real mixed quotations, unchanged. Fix (gold only; our spans are built in text order and
overlap-matched, so a one-character mark changes nothing for them): the content pieces are read in text order
and a mark just outside the first or last piece is taken in, then the data's documented heuristic is applied
(`polnear_content`, `polnear_direct`). Gold direct quotes ('' marks counted) train {ch["train"]["listed"]} →
{ch["train"]["text_order"]}, dev {ch["dev"]["listed"]} → {ch["dev"]["text_order"]}. Direct-quote F1, text order
(listed order, sessions ≤ 11's measure, kept as `polnear_scorer_audit.listed_order` and the table's rows): train
{_f3(pol["train"])} ({_f3(old["train"])}), dev {_f3(pol["dev"])} ({_f3(old["dev"])}); the order alone gave train
0.907, dev 0.926 (measured with the mark step switched off), the marks then train 0.909, dev 0.927 (P up, R down by 0.001 on train: some of the quotes
that gain their marks are scare quotes our extractor flags embedded). Test, run once after the change was fixed:
**{_f3(pol["test"])}** ({_f3(old["test"])} listed). ggt_quotes_eval (documentation and code only, no per-item
look): its quotes are contiguous strings re-anchored in the text (no pieces, so no order artifact); the one
empty quote string (SOURCE.md: `not_found` 1) is left out of the gold here, while GGT's `evaluate_quotes.py`
would count it as a miss (it scores an empty span 0), and GGT's code matches at coverage strictly above the
threshold where SOURCE.md and this scorer say "≥": both differences are one quote or a tie at most, and the
documentation does not call for a change, so `quotes_ggt` is unchanged. Re-run: `.venv/bin/python
benchmarks/bench_compare.py --only polnear,polnear_speakers,polnear_double_marks_only,polnear_scorer_audit`
(≈1 min); `benchmarks/bench_quotes.py --quality` for compare_quotes.md's rows and error classes."""


def _markdown(r: dict[str, Any]) -> str:
    """The human-readable results: each figure beside its target or peer, then what the gaps are."""
    corpus, ggt = r["corpus"], r["ggt_quotes_eval"]
    g3, g8, rep = ggt["overlap_0.3"], ggt["overlap_0.8"], ggt["overlap_0.3_with_reported_speech"]
    pol, pol2, nq, conll = r["polnear"], r["polnear_double_marks_only"], r["newsquant"], r["conll2003_test"]
    ecb, sp, sc = r["ecbplus"], r["speed_10_articles"], r["speed_scale_events"]
    sz, spk = r["speed_by_size"], r["polnear_speakers"]
    sbs = r["speed_side_by_side"]
    wq, nq_ = sbs["cpu_ms_per_article"], sbs["cpu_ms_per_article_without_quotes"]
    rows = [
        (
            "planted conflicts found",
            "example corpus gold (ours)",
            f"**{corpus['found']}/{corpus['planted']}**, {corpus['false_pairs']} false conflict pairs",
            "all found, none false",
        ),
        (
            "agreed facts found (one fact carrying all gold sources)",
            "example corpus gold",
            f"{corpus['agreed_recall']:.2f}",
            "—",
        ),
        (
            "quote span F1, all quotes, direct only extracted (≥30 % overlap, GGT protocol)",
            "ggt_quotes_eval (test)",
            _f(g3["all_quotes"]),
            "≥ 0.90; GGT v5.2: 0.837",
        ),
        (
            "same at ≥80 % overlap",
            "ggt_quotes_eval (test)",
            _f(g8["all_quotes"]),
            "GGT v5.2: P 0.77 / R 0.75",
        ),
        (
            'same, with reported speech ("X said that …")',
            "ggt_quotes_eval (test)",
            _f(rep["all_quotes"]),
            "≥ 0.90",
        ),
        ("recall of direct quotes", "ggt_quotes_eval (test)", f"{g3['direct_quotes_recall']:.2f}", "—"),
        (
            "resolved-speaker accuracy (matched quotes)",
            "ggt_quotes_eval (test)",
            f"{g3['resolved_speaker_accuracy']:.2f} ({rep['resolved_speaker_accuracy']:.2f} with reported speech)",
            "≥ 0.85; GGT v5.2: 0.86",
        ),
        (
            "direct-quote F1 (≥50 % mutual overlap; '' marks counted as direct; content pieces in text order)",
            "polnear test (report)",
            f"**{_f3(pol['test'])}**" + (" (not reached)" if pol["test"]["f1"] < 0.9 else ""),
            "≥ 0.90",
        ),
        (
            "same, double quote marks only (the data's kind heuristic)",
            "polnear test (report)",
            _f3(pol2["test"]),
            "≥ 0.90",
        ),
        ("direct-quote F1, both conventions", "polnear dev", f"{_f3(pol['dev'])}; {_f3(pol2['dev'])}", "—"),
        *_audit_rows(r),
        *(
            (
                "speaker accuracy, direct quotes found: all / named sources / pronoun sources (vs the nearest "
                "earlier named source, a proxy)",
                f"polnear {split}" + (" (report)" if split == "test" else ""),
                f"{spk[split]['accuracy_named_and_pronoun']:.3f} / {spk[split]['named_source_accuracy']:.3f} / "
                f"{spk[split]['pronoun_source_accuracy_proxy']:.3f} ({spk[split]['named_sources']} + "
                f"{spk[split]['pronoun_sources']} quotes)",
                SPEAKERS_BEFORE[split],
            )
            for split in ("dev", "test")
        ),
        *(
            [
                (
                    "**value+unit F1 by the published protocol** (CQE_Evaluation's calculate_metrics: ranges "
                    "by both ends, the unit string whole, a count's unit its counted phrase; the headline since "
                    "session 19)",
                    "newsquant (test)",
                    f"**{_f(nq['cqe_protocol']['value_unit'])}**",
                    "≥ 0.90; CQE 0.856",
                ),
                (
                    "value F1 by the published protocol",
                    "newsquant (test)",
                    _f(nq["cqe_protocol"]["value"]),
                    "CQE 0.920",
                ),
            ]
            if "cqe_protocol" in nq
            else []
        ),
        *(
            [
                (
                    "value F1; value+unit F1 by the published protocol with session 18's reading of a count's "
                    "unit (the words after the number up to the first stop word)",
                    "newsquant (test)",
                    f"{_f(nq['cqe_protocol_s18_reading']['value'])}; "
                    f"{_f(nq['cqe_protocol_s18_reading']['value_unit'])}",
                    "—",
                )
            ]
            if "cqe_protocol_s18_reading" in nq
            else []
        ),
        (
            "value F1 by our scorer (the headline of sessions 10-18, kept for continuity: a range matched by its "
            "lower end, a count's unit by its last word)",
            "newsquant (test)",
            _f(nq["value"]),
            "CQE 0.92, quantulum3 0.73",
        ),
        (
            "value+unit F1 by our scorer (the same, kept for continuity)",
            "newsquant (test)",
            _f(nq["value_unit"]),
            "CQE 0.856, quantulum3 0.472",
        ),
        *(
            [
                (
                    "value / value+unit F1 / referent accuracy: the code at the start of session 18 → now",
                    f"quantities_units_dev, {name} (ours, dev; {p['now']['gold']} quantities)",
                    f"{_vu(p['at_18'])} → {_vu(p['now'])}",
                    "—",
                )
                for name, p in (r.get("quantities_units_dev") or {}).items()
            ]
        ),
        *(
            [
                (
                    f"value F1; value+unit F1, the code at {nq0['commit']} (start of session 11), same scorer",
                    "newsquant (test)",
                    f"{_f(nq0['value'])}; {_f(nq0['value_unit'])}",
                    "session 10's scorer: 0.86; 0.69",
                )
            ]
            if (nq0 := _baseline(nq, 11))
            else []
        ),
        *(
            [
                (
                    f"value+unit F1; referent accuracy, the code at {nq13['commit']} (start of session 13), "
                    "same scorer and run",
                    "newsquant (test)",
                    f"{_f(nq13['value_unit'])}; {nq13['referent_accuracy']:.3f} (now: "
                    f"{nq['value_unit']['f1']:.3f}; {nq['referent_accuracy']:.3f})",
                    "—",
                )
            ]
            if (nq13 := _baseline(nq, 13))
            else []
        ),
        *(
            (
                f"value F1; value+unit F1; referent accuracy, the code at {nq14['commit']} (start of session "
                f"{session}), same scorer and run",
                "newsquant (test)",
                f"{_f(nq14['value'])}; {_f(nq14['value_unit'])}; {nq14['referent_accuracy']:.3f} (now: "
                f"{nq['value']['f1']:.3f}; {nq['value_unit']['f1']:.3f}; {nq['referent_accuracy']:.3f})",
                "—",
            )
            for session in SCORED_SESSIONS[2:]
            if (nq14 := _baseline(nq, session))
        ),
        (
            "referent (concept) accuracy: the head of quantity_concept's reading in the gold concept; "
            "value+concept (partial) F1",
            "newsquant (test)",
            f"{nq['referent_accuracy']:.2f}; "
            + (_f(nq["value_concept_partial"]) if "value_concept_partial" in nq else "—"),
            "reported; CQE value+concept (partial) F1 0.761; the counted noun (sessions 10-11): "
            + (
                f"{nq['referent_accuracy_counted_noun']:.2f}"
                if "referent_accuracy_counted_noun" in nq
                else f"{nq['referent_accuracy']:.2f}"
            ),
        ),
        *_quantity_rows(r),
        (
            "PER / ORG / LOC F1 (exact span)",
            "conll2003_test",
            " / ".join(f"{conll[t]['f1']:.2f}" for t in ("PER", "ORG", "LOC"))
            + f" (micro {conll['micro']['f1']:.2f})",
            "report; no optional model shipped",
        ),
        (
            "cross-doc alignment B³ F1, named participants/locations, our NER's mentions",
            "ecbplus test",
            _f(ecb["test"]["ours"]),
            "report",
        ),
        (
            "same, given the gold mentions / exact-string baseline",
            "ecbplus test",
            f"{_f(ecb['test']['ours_given_gold_mentions'])}; baseline {ecb['test']['exact_string_baseline']['f1']:.2f}",
            "report",
        ),
        (
            "same, dev: own NER / given gold mentions / baseline",
            "ecbplus dev",
            " / ".join(
                f"{ecb['dev'][k]['f1']:.2f}"
                for k in ("ours", "ours_given_gold_mentions", "exact_string_baseline")
            ),
            "—",
        ),
        (
            "facts for a 10-article event, CPU time on one core, articles read for the first time",
            f"duc2007_update clusters (dev), {sp['measurements']} runs",
            f"median **{sp['cpu_median_ms']} ms**, max {sp['cpu_max_ms']} ms (wall median {sp['wall_median_ms']} ms)",
            "≤ 200 ms",
        ),
        (
            "same event rebuilt (articles' mentions already extracted)",
            "duc2007_update clusters (dev)",
            f"median {sp['cpu_rebuilt_median_ms']} ms",
            "—",
        ),
        (
            f"facts per event of the scale generator ({sc['articles']} articles, {sc['events']} events of 2-"
            f"{sc['max_event_size']})",
            "warc_generator (GVA copies, dev)",
            f"median {sc['cpu_median_ms']} ms cold, {sc['cpu_rebuilt_median_ms']} ms rebuilt; "
            f"{sc['cpu_ms_per_article_cold']} ms CPU per article",
            "—",
        ),
        (
            f"facts per event of the pipeline, every event of jsonl-2000-s9 ({sz['events']} events, "
            f"{sz['articles']} articles), cold, minimum of 3 passes per event",
            "warc_generator (GVA copies, dev)",
            "; ".join(
                f"{k} article{'s' if k != '1' else ''}: median {v['cpu_median_ms']} ms (mean {v['cpu_mean_ms']},"
                f" {v['events']} events)"
                for k, v in sz["by_size"].items()
            )
            + f"; **{sz['cpu_ms_per_article']} ms CPU per article** over all events",
            "start of session 6: 1.194 (session 5's figure, loaded machine); aim: 30 % less",
        ),
        (
            f"CPU per article, side by side in one process: the code at {sbs['commit_before']} (start of "
            f"session 6) → now, the {sbs['events']} events of jsonl-2000-s9 in blocks of 100, pipeline "
            "collector settings; with quotes / without quotes (another engineer's part this round)",
            "warc_generator (GVA copies, dev)",
            f"**{wq['before']} → {wq['after']} ms ({sbs['change']:+.0%})**; without quotes "
            f"**{nq_['before']} → {nq_['after']} ms ({sbs['change_without_quotes']:+.0%})**",
            "−30 % (this round's aim for compare)",
        ),
    ]
    table = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows)
    return f"""# compare — benchmark results

Command: `.venv/bin/python benchmarks/bench_compare.py` (from the repo root; writes this file and `compare.json`;
`--only speed_side_by_side,corpus` re-measures those sections and keeps the others; the speed figures and the
corpus gold alone, ≈4 min on the loaded machine: `--only speed_10_articles,speed_by_size,speed_side_by_side,corpus`).
Date: {r["date"]}; {_section_dates(r)}. Speed taken on a shared 2-core machine (≈6 other engineers running jobs): CPU time of this
process (time.process_time) is the one-core figure; wall times include waiting for the cores.
Test sets were only reported, never tuned on: quote rules were diagnosed on PolNeAR train/dev, entity typing on
ecbplus train/dev and our corpus, quantity rules written from the issue's examples and judgement and, since
session 10, developed on our own dev set (benchmarks/data/quantities_dev.jsonl).
No model download: rule-based extractors, pycountry's ISO names for places and country codes.

| measure | set (role) | ours | target / peer |
|---|---|---|---|
{table}

{_audit_note(r)}

{_SESSION29_LANGS_DECLARED}

{_SESSION29_LANGS_OUTCOME}

{_stations_note(r)}

{_session30_quant_note(r)}

{_session29_quant_note(r)}

{_session28_quant_note(r)}

{_session27_quant_note(r)}

{_session26_quant2_note(r)}

{_session26_note(r)}

{_session25_note(r)}

{_session24b_note(r)}

{_session24_note(r)}

{_session23_note(r)}

{_session22_note(r)}

{_session21_note(r)}

{_session20b_note(r)}

{_session20_note(r)}

{_session19b_note(r)}

{_session19_note(r)}

{_session18_note(r)}

{_session17_note(r)}

{_session16_note(r)}

{_session15_note(r)}

{_speed15_note(r)}

{_session14_note(r)}

{_session13_note(r)}

Session 12 (issue 7, quantities: what a number is about). The referent was scored as our counted noun against
CQE's concept, which its format documents as a keyword bag of what the number is about (SOURCE.md: "36,000 staff"
→ "British Airways"), and CQE_Evaluation's `concepts_match` scores as any shared word ("partial") or the same
words ("complete"): the counted noun is the unit, not the concept, hence 0.10. `quantity_concept(text, start,
end)` (compare/quantities.py) now reads the concept, on demand (extract_quantities and its slots, which align the
facts, are unchanged): what a measure is of ("204 pounds of cocaine"), the noun a number modifies ("a $250 fine",
"a 30-minute delay"), the noun before "of" ("revenue of $5.2bn"), the whole of a part ("8 of the 12 jurors"),
else the clause's subject with its verb left out — past opening phrases, relative clauses and appositions between
commas, after "while"/"with"/"but", inside reported speech, the sentence's own subject for "..., up 6% from a year
earlier" — or, when the quantity is the subject (of the sentence or of a clause after "that", "after", ...), the
noun phrase after its verb ("3,000 residents remain in shelters"). The scorer's referent is the reading's head
(last word, singular) among the gold words; `value_concept_partial` is CQE's value+concept (partial) F1.
Developed on the dev set's 599 concepts (0.11 → 0.85), then three batches of new fiction, each scored before the
rules it prompted (benchmarks/data/README.md): dev-541..582 0.86 → 0.86, dev-583..612 (long sentences) 0.76 →
0.85, dev-613..640 (markets) 0.83 → 0.93. Values: "two and a half hours", "half a percentage point", "between 12%
and 15%" one range, a bare count after a verb of change ("the toll climbed to 37"), "prices ... 312,000 pounds" as
money. NewsQuant (test, untuned, never looked at item by item) was run twice: after the first round (commit
24d8dbd: referent 0.45, value+concept partial 0.41, value 0.856, value+unit 0.727) and at the end: referent
**0.49** (the counted noun: 0.1038),
value+concept (partial) F1 0.44 (P 0.45 / R 0.43) (CQE
0.761), value+unit 0.73 (P 0.74 / R 0.71), value 0.86 (P 0.88 / R 0.84) (session 11's end: 0.854 / 0.726). The
referent carries over half-way (0.85 on our fiction); the value+unit target 0.90 is not reached.

Session 11 (issue 7, quantities: unit names). The unit convention was read from CQE's own code, not from
NewsQuant's items: its unit dictionary (vivkaz/CQE `CQE/unit.json`, whose keys are the normalised names:
"metric ton" for tonnes, "celsius", "light-year", "rupee" for "Rs"/"rupees", "mexican peso", "pound-mass",
"count" for "N times", nautical miles as "mile", ...) and its normaliser (`NumberNormalizer.normalize_unit_token`:
a counted noun's unit is its lemma, "students" → "student"), and CQE_Evaluation's scorer (a value pairs with a
prediction of the right unit first). The dev set grew from 322 to 540 sentences (our fiction, five batches, each
scored before the rules it prompted; no 6-gram shared with NewsQuant; benchmarks/data/README.md). Changes: a counted
thing is named by its singular, not a light stem ("cases" was "cas", which never met CQE's lemma "case"); units
against the number and abbreviations (4C, 3nm/400Nm, 48MP, 110km/h, ft, lbs, kilos, hrs, psi, kcal, ha, sqm, km²,
bhp, kph), ages in months/weeks/days, named dollars and S$/R$, Turkish lira, won, rand; number-noun compounds ("a
two-room flat" counts rooms); "N other things" its own slot; scores, tallies, phone numbers, month-first dates
("Jan. 5 officials"), address blocks and capitalised number words in names left out; "between $3 million and
$4 million" one range; a year-like number before a plural a count ("Some 1900 marchers"). The scorer maps our codes
to the dictionary's names and compares a count's thing with the gold unit's last word as its singular or its stem
(session 10's compared stems only). Dev value+unit (540 sentences): 0.86 with the code at 65b1fe4 → 0.98. NewsQuant,
run once at the end, untuned: value+unit **0.73 (P 0.74 / R 0.71)** against
0.70 (P 0.72 / R 0.69) for the code at 65b1fe4 by the same scorer (0.69 by
session 10's): the target 0.90 is **not reached**, and most of the dev gain did not carry over — what our fiction
exercises is not what NewsQuant's remaining errors are (we did not look at them). Value F1
0.856 (65b1fe4: 0.8563). On the pipeline's events of jsonl-2000-s9
(generated GVA copies) quantity facts 9,767 → 9,178 (address blocks gone), facts with a conflict 21 → 21; the
example corpus keeps 8/8 planted conflicts and no false one. Speed: see the speed row (the code at 65b1fe4 side
by side).

Session 10 (issue 7, quantities: quality). The rules were developed on our own dev set,
`benchmarks/data/quantities_dev.jsonl` (322 fiction sentences, 389 quantities in the NewsQuant format and CQE's
conventions; its README), and the example corpus; NewsQuant was scored once at the end, untuned. Before the round
(0483852, compare.json of session 9): newsquant value F1 0.81 (P 0.84 / R 0.78), value+unit 0.66 (P 0.69 /
R 0.64), referent 0.11; dev set 0.918 / 0.862 at the round's first commit. Changes: a count per time is a rate
unit ("45,000 vehicles a day" → vehicle per day), rates after "of X"; "pounds" as GBP when scaled, paid or per
time; "Nm" as million for decimals and counts; numbers in names and identifiers left out ("FTSE 100", "Flight
714", "Group of Seven"); partitives ("3 of the 11 injured", "80 of them"), "30 more" of the thing just counted,
"aged 19 and 23" and "from 8 to 14 inches" sharing the unit; large bare numbers ("fell by 15,000 to 220,000",
slot "number"); negative numbers, fractions in words; month names read whole ("3 decades", "4 novels" were taken
for dates); ranges of years, zero-led codes and "dozens" are not quantities; more currencies, scales (crore, tn)
and measures; scaled values rounded so that "$67.4 billion" is exactly 67,400,000,000 (it was
67,400,000,000.00001 and failed the scorer's 1e-6 match). Scoring: clock times ("9 a.m.") are no longer counted as
predictions (CQE does not tag times; {r.get("newsquant", {}).get("clock_times_left_out", "—")} on newsquant); with
them counted, as before, newsquant would read value F1 0.849, value+unit 0.682. The value+unit target (0.90) is
**not reached**: 0.69 on newsquant against 0.97 on our dev set: the unit conventions of the gold (which noun or
measure CQE normalises to which name) are not stated beyond SOURCE.md's examples, and we did not look at its items.
On the pipeline's 1,398 events of jsonl-2000-s9 (generator 1), quantity facts 9,562 → 9,764, facts with a conflict
21 → 21 (6 events either way); the example corpus keeps every planted conflict and no false one. Speed (the
speed row, the last of three runs side by side at load 18-20 on the shared machine: +8.6 %, +8.6 %, +10.8 % per
sentence on jsonl-2000-s9-g2): the new rules cost ≈ +15 % at first (load 19-24); three changes with identical
outputs (the range test only for a match with an upper end, the clock test only where "a"/"p" follows, a digit
fast path in the value) took it back to the ≤ +10 % limit, not clearly under it. Outputs compared equal before
and after those changes on jsonl-2000-s9-g2, the dev set, examples/corpus and the newsquant texts (3,255 texts).

Session 9: compare_event also builds reported-speech facts (kind "reported", `compare.reported_speech`, on by
default), so the speed rows measured since then include them (the corpus row's eighth planted conflict is a
reported-speech one); the same CPU figures with and without them, side by side in one run, are in
compare_reported.md.

Session 6 (issues 7 and 9, speed only). Every step left every mention and fact unchanged: compared equal
(their reprs, one hash seed) before (3dc1e43) and after on the example corpus, the 1,471 events of
jsonl-2000-s9-g2 (with two source maps) and every extractor's output (article_mentions, quantities with and
without dates and contexts, the quantities' contexts, entities and entity mentions, place lists, dates and date
mentions) on every polnear, ggt_quotes_eval, newsquant, conll2003_test and ecbplus text: 8,216 items, 0
differ (quotes.py, the quotes engineer's file this round, held at 3dc1e43 for that comparison). The speed rows
read the events the pipeline of the working tree builds from the same articles ({sz["events"]} events of
{sz["articles"]} articles at this run: other stages changed this round); machine load 10-12 on 2 cores. As session 5
found, the extractors already run once per article: the profile's "calls" are generator resumptions, so there
was no per-sentence call to fold. Steps: (1) alignment: a slot with one quantity (most) builds its fact
directly, without the value groups and conflict closures; a quote fact is built with its longest wording
instead of rebuilt by `dataclasses.replace`; (2) entities: names of several words are typed first, and a lone
surname of a person named in full takes PER without being typed from its context (19 % of the names kept on
jsonl-2000-s9); (3) quantities: the words after a number (`_referent`) are read once per distinct phrase
(kept for the latest 8,192; half the calls within a block of 100 events repeat a phrase: copies and updates of
a story), the clock-time scan opens on the digit class (sre skips to digits), the unit-word alternation is
grouped by first letter (1.0 → 0.4 µs a test), and the quantity pattern is matched in the lower-cased
text without case folding where that finds the same spans (0.037 → 0.023 ms per article for those matches;
the words after the number are still read from the text). Side by side (table): {wq["before"]} → {wq["after"]} ms CPU per
article ({sbs["change"]:+.0%}) with quotes ("now" runs the quotes engineer's working quotes.py),
{nq_["before"]} → {nq_["after"]} ms ({sbs["change_without_quotes"]:+.0%}) without quotes. The aim, −30 %, is
**not reached**: the time left is flat — per-position regex scans (quantity starts, dates, capitalised runs,
clock times, sentence ends: ≈25 % of compare, near sre's floor per character; of the rewritten openings
tried only the clock scan's gained much, 40 %), per-mention Python in quantities and entity typing, and the model's frozen
`Span`/`Fact` records (≈0.5 and 1.9 µs each, ≈30 of each per article; model.py is not this stage's). Tried and
not kept: a quicker previous-word test (slower, measured), the entity type kept per (name, 40 characters
before, 30 after) (19 % hits in a block of 100 events: no gain), a consumed non-word character opening the
quantity-start and date scans (10 % faster for starts, 28 % slower for dates), the quantity-start scan opened
on a character class with look-behind dispatch (twice as slow).

Session 5 (issue 7, speed only). Every step left the facts unchanged: every fact, and every mention but the
quantities' contexts (below), compared equal before and after on the example corpus, the 1,471 events of
jsonl-2000-s9-g2 (the lead's profile) and every extractor's output (quantities with and without dates,
entities, place lists, dates) on every ggt_quotes_eval, polnear, newsquant, conll2003_test and ecbplus text
(quote outputs were changed by the quotes engineer's own work at the same time and were compared apart; the
quotes engineer's current quote figures are in compare_quotes.md when the quote rows here are older).
The extractors were already called once per article: the profile's 17,881 "calls" of extract_quantities (and
36,396 of extract_entities) are generator resumptions, one per mention yielded, not one per sentence.
Steps: (1) a quantity's context (the words of its sentence, for the conflict test) is worked out only when a
conflict test between two articles reads it (`article_contexts`, cached per article), not for every mention
of every article: most events have one article and never compare; the cached mentions carry empty contexts;
(2) `Mention` is a plain slotted dataclass compared and hashed by its fields: a frozen one's `__init__` cost
1.7 µs against 0.24 µs CPU, tens of mentions per article; (3) dates and entities become mentions directly, without
an intermediate object and without the tense cue compare never reads; (4) the scans for quantity starts, clock
times and place-list cues read the lower-cased text also outside ASCII where lower-casing keeps offsets and
no "ı"/"ſ" occurs (tests: the same places as the case-folded scans); (5) alignment: a bare number's candidate
slots found through its dimension, no copy of the slots when nothing moves, the surname-to-full-name value
applied to entity facts only. Side by side against 7056415 (session 5's table): 1.912 → 1.395 ms CPU per
article (-27%) with quotes, 1.403 → 1.055 ms (-25%) without. What is left without quotes, measured apart on the same articles (loaded machine): quantities ≈0.39
ms per article (the start scan, then per-match Python: referent, range, qualifier, value), entities ≈0.23 ms
(typing each name from the words around it), alignment ≈0.17 ms (building the facts), dates ≈0.09 ms (one regex
over the text, anchored on no literal), place lists ≈0.05 ms; and the model's frozen `Span` and `Fact` records
cost 0.5 and 1.9 µs CPU each to build, ≈30 of each per article (model.py is not this stage's). The provenance
stage runs `extract_dates` on every article (timeline) and `extract_quotes` on the articles of multi-article
events (drift) a second time; reusing compare's cached mentions there would save that.

Session 4 (issue 7). Speed (task 1): every step left the output unchanged — every mention and fact
compared equal before and after on the example corpus, the 1,471 events of jsonl-2000-s9-g2 (the lead's
profile), and every extractor's output (quotes, reported speech, quantities, entities, place lists, dates) on
every polnear, ggt_quotes_eval, newsquant and conll2003_test text. Steps: the quantity pattern is tried only where
a quantity can start (one scan of the lower-cased text for currencies, digits and number words; a test checks
on every offset that no start is missed); the hedge words before a number ("about", "more than") are searched
only when the window ends with one of their last words; context stems are looked up in one pass over a dict;
entity names are cached per capitalised run and typed from offsets (no 400-character slices; the word before a
name read whole when it is one), entity objects built only for the names kept; role-titled names cached per
run; bare numbers' candidate slots listed once per slot; facts built without a fields dict. Side by side, in
one process (the code at the start of the session, 9f24566, imported under another name), the 1,471 events in
blocks of 100, caches cleared per block, minimum of 7 passes per block, loaded machine (load 7-10 on 2 cores):
**1.98 → 1.83 ms CPU per article (-8 %)**; the same steps measured alone: quantities 0.76 → 0.55 ms per article,
entities 0.32 → 0.27 ms. The aim, half the CPU per article, is **not reached**: what is left is spread over
quantities (≈30 %: candidate scan, contexts, per-match Python), quotes (≈20 %: the people index, roles,
surname expansion), entities (≈18 %), alignment (≈18 %) and dates (≈6 %), with Python's cyclic garbage
collector adding ≈15 % on top (the same extraction with gc disabled: 1.44 against 1.68 ms per article), which
is a process-wide setting left to the pipeline (gc.freeze() after start-up or a higher gen-0 threshold).
Quality (task 2), diagnosed on PolNeAR train and dev only: a title or initial before a full stop ("Gen. ",
"J. ") no longer ends the sentence the pronoun resolver reads (speaker accuracy train 0.851 → 0.859, dev 0.862
→ 0.859, one quote); a title-cased phrase in quote marks with no attribution and no closing full stop ("Latin
History for Dummies") is a title, not speech (train quote F1 0.865 → 0.869, dev unchanged at 0.888); an
attribution naming the organisation after "of" ("…," Mr. Morgan of the Sierra Club said) is read (speaker
accuracy dev 0.859 → 0.862, train 0.859 → 0.860). Together: dev speaker accuracy 0.862 → 0.862, train 0.851 →
0.860; quote F1 dev 0.888 → 0.888, train 0.865 → 0.869. Tried and not kept: a second appositive before the verb
("…," X, a lawyer, one of the plaintiffs, said; train quote F1 −0.0004); joining a paragraph-opening quote with no attribution to the quote that closed the paragraph before
(PolNeAR joins some: train F1 +0.001, dev −0.006); dropping the inheritance of that quote's speaker from the
previous paragraph's closing quote, a fault noted last round (train speaker accuracy −0.001, dev unchanged: the
inheritance is the newspaper convention and stays). `align.clear_caches` now calls each module's public
`clear_caches`.

Speakers, session 3 (issue 7): diagnosed on PolNeAR dev only (checked on train; test and GGT only reported).
PolNeAR's sources are mentions, not names, so the speaker rows score a named source by our speaker's last word
and a pronoun source against the nearest earlier attribution with a named source (a proxy: wrong when the
pronoun refers further back, or when that source is a group such as "Many Mexicans"). Wrong or missing
speakers of the direct quotes found on dev before this round (72 of 334): pronoun sources resolved wrongly
(40 of 106: a person after a preposition or a non-person capitalised run — "World War II", "Florida Friday" —
taken as the subject, people named only "Mr. Obama"/"President Obama"/"McLenney said" unknown to the
resolver, "she" given to a man whose gender the text never shows); named sources missed (32 of 228, most
of them attributions not read: a role
qualified by an organisation — "White House press secretary Josh Earnest said" —, "…?" X said., an aside
before the verb — "Hillary Clinton, at a later press gaggle, said," —, a participle clause — "…, saying," —
whose speaker is the sentence's subject, not the nearest name); the rest are proxy misses (group sources),
vox-pop signatures and encoding damage. Rules added for each of those classes except the genders; PolNeAR
speaker accuracy (named + pronoun sources) dev 0.784 → 0.862, train 0.803 → 0.851, quote F1 unchanged on dev
(0.888) and train (0.865); reported only: PolNeAR test 0.770 → 0.799, GGT resolved-speaker accuracy 0.71 →
0.74 (target 0.85 not reached). Left: "she"/"he" for people the text gives no gender (a first-name list would be
needed), described sources ("the letter", "the article"), organisation speakers, nested quotes.
`bench_compare.py --speed` side by side, before (commit baedbf0) / after, on the loaded shared machine:
{SPEED_NOTE}

Before the previous round (2026-11-22 10:50): GGT F1 0.62 (0.74 with reported speech), speaker accuracy 0.54; PolNeAR
test 0.80 (double marks only); newsquant value 0.77, value+unit 0.58; CoNLL PER/ORG/LOC 0.71/0.20/0.66;
ecbplus test 0.53; 25 ms CPU per 10-article event (no cache).

## Conventions
- PolNeAR: a content span is read in text order, first piece to last, with a quote mark just outside its
  first or last piece taken in (session 11's audit; the data's `quotes` rows list the pieces as the brat files
  do, some out of order). A quote continued after its attribution ("A," she said, "B." / "A," she said. "B.") is one
  discontinuous span, scored first piece to last (`continued` on the mention); quotes flagged `embedded` (a
  quotation inside the writer's sentence: after a word, after "that,", or starting in lower case), which
  PolNeAR annotates as mixed attributions, are not scored as direct. The data's `kind_heuristic` counts only
  double quote marks; the NYT texts quote with two apostrophes (''…''), which it labels indirect: the main row
  counts those as direct too, the second row keeps the heuristic as it is (our ''-quotes are then false).
- newsquant: a gold quantity is matched by its lower value (`value_min`), to a prediction of the right unit
  first; our unit codes map to the keys of CQE's unit dictionary (rates part by part, "N times" → "count",
  pounds of weight → "pound-mass", tonnes → "metric ton"); a count (no unit) is right when its counted thing is
  the gold unit's last word as its singular (CQE's lemma) or its light stem.
- GGT: its gold holds direct, mixed and indirect quotes; the first rows extract direct quotes only.

## What the gaps are
- Quotes: GGT annotates indirect speech (608 of 1,492); reported-speech rules stay out of the cross-source
  quote facts (they compare exact words). PolNeAR: remaining false positives are mostly quotes PolNeAR joins
  to the reported speech before them (mixed), and continuations it splits ("A," X said. "B." is joined in
  about 83 % of its train cases, separate in the rest).
- Speakers: "he"/"she" → the first person, not after a preposition, of the nearest sentence naming a person of
  compatible gender (from an honorific or the first he/she in the sentence naming them), names inside quotes
  excluded; "the minister" → the person introduced with that role. No real coreference and no first-name
  genders; the rest of GGT's resolved names need them.
- Quantities: the concept (`quantity_concept`) is read by word lists and positions, no parser: 0.87 on our dev
  set, 0.49 on NewsQuant (a subject past a long clause, apposition, verbs not in its list are missed); since
  session 13 it is on every quantity mention and in report.json's facts (`concept`), at a cost of ≈0.25 ms CPU
  per article (extract_quantities +66 %, the speed row), and it keeps two numbers about plainly different
  things from being called a conflict; no change/direction; fewer units than CQE; the dev gains of sessions 11
  and 13 (0.86 → 0.98) moved NewsQuant only 0.70 → 0.73: its remaining unit errors are forms our fiction does
  not exercise (not looked at); bare numbers after verbs ("arrested 14"), ages in apposition ("Smith, 45,"),
  "a week"/"a year" and a rate written against the number ("$70/barrel") are still not read.
- Entities: capitalised-run heuristics; ORG recall is poor on CoNLL (sports clubs named by their city, all-caps
  headlines, lone company names have no cue).
- Speed: pycountry's names load once per process (measured apart); an article's mentions are cached (bounded
  LRU keyed by the frozen article), so an event rebuilt with new articles reads only the new ones. Session 3:
  quote versions run difflib only when their shared words could reach the threshold (an exact upper bound);
  a one-article event skips the conflict search; articles without quote marks skip the quote reader, and the
  people index is built only for a pronoun or a lone surname; sentence words are stemmed once per word; the
  scanning regexes test their first character first (sentence ends, dates, capitalised runs, clock times,
  number words grouped by first letter); the attribution-before-quote and lower-case-lead patterns are
  searched only when the text before ends the way they need; name splitting, plausible-person tests, an
  entity name's own type and the surname-expansion pattern are cached per name. What is left per article (≈ ms, shared machine): quantities 0.6
  (the number regex 0.2, then per-match Python), entities 0.3, quotes 0.3 (0.7 in articles that quote),
  alignment 0.3, dates 0.1 (session 4's steps and what is left: see above).
- Quality, session 3: one change, diagnosed on PolNeAR train and checked on its dev split: a quote
  continues after the rest of its attribution's clause ("…," he told Bloomberg News in October, "…"), which
  PolNeAR joins into one quote (train: 7 more found, 10 fewer false; dev F1 0.882 → 0.888; test unchanged at
  0.861, reported only). The rest of the
  time went to speed; the remaining PolNeAR train errors looked at (a sample of 12 false, 12 missed) are
  mixed quotations after a word (on train, 62 of 372 quotes we flag embedded are direct in the gold, so they
  stay out), titles in quote marks, and pieces PolNeAR joins across another sentence; speaker resolution,
  "according to" and quantities were not worked on.
"""


if __name__ == "__main__":
    main()
