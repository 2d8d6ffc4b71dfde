"""Build plain_dev5.jsonl.gz: plain_dev batch 5, one page per invented site, page_text written as a scraper leaves it.

    .venv/bin/python benchmarks/data/plain_dev/make_pages5.py       # writes plain_dev5.jsonl.gz beside this file

The pages are written out in ``pages5.txt`` (BATCH5.md): a page opens with an ``@@@ key=value; ...`` header and
each following line is one page_text line; a line starting ``+ `` is a gold (article body) line, shown on the page
without its marker. Gold is those lines, blank-line separated, in page order. Fields: ``id``, ``url``, ``batch``
(``plain_dev5``), ``template``, ``lang``, ``half`` (``tune`` for odd page numbers, ``held`` for even ones),
``page_text``, ``gold_text``, ``gold_title``, ``gold_outlet``, ``gold_byline``, ``gold_date``. No HTML: the page
exists only as its text. Deterministic.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "pages5.txt"
OUT = HERE / "plain_dev5.jsonl.gz"
LANGS = {"spanish regional": "es", "german regional": "de"}
GOLD = "+ "


def _header(line: str) -> dict[str, str]:
    fields = {}
    for part in line[3:].split(";"):
        key, _, value = part.strip().partition("=")
        fields[key] = value.strip()
    return fields


def read_pages(path: Path = SOURCE) -> list[dict[str, Any]]:
    """The pages of ``path`` as batch rows (see the module docstring)."""
    rows: list[dict[str, Any]] = []
    head: dict[str, str] | None = None
    lines: list[str] = []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), "@@@ end"]:
        if raw.startswith("@@@"):
            if head is not None:
                rows.append(_row(head, lines))
            head, lines = _header(raw), []
        elif head is not None and raw.strip():
            lines.append(raw)
    return rows


def _row(head: dict[str, str], lines: list[str]) -> dict[str, Any]:
    number = int(head["id"].lstrip("p"))
    shown = [x[len(GOLD) :] if x.startswith(GOLD) else x for x in lines]
    gold = [x[len(GOLD) :] for x in lines if x.startswith(GOLD)]
    return {
        "id": f"plain_dev5/{head['template'].replace(' ', '-')}/{head['id']}",
        "url": head["url"],
        "batch": "plain_dev5",
        "template": head["template"],
        "lang": LANGS.get(head["template"], "en"),
        "half": "tune" if number % 2 else "held",
        "page_text": "\n".join(shown),
        "gold_text": "\n\n".join(gold),
        "gold_title": head["title"],
        "gold_outlet": head["outlet"],
        "gold_byline": head["byline"],
        "gold_date": head["date"],
    }


def main() -> None:
    rows = read_pages()
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        for row in rows:
            handle.write((json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    print(f"{len(rows)} pages -> {OUT}")


if __name__ == "__main__":
    main()
