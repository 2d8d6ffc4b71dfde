"""One Markdown file per event: the brief with numbered sources, facts and conflicts."""

from __future__ import annotations

from typing import Any


def _md(text: str) -> str:
    """Escape characters Markdown would read as markup."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def event_markdown(event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> str:
    cited: list[str] = []
    lines = [f"# {_md(event['title'])}", ""]
    lines.append(f"{event['independent_sources']} independent sources, {len(event['article_ids'])} articles.")
    lines += ["", "## Brief", ""]
    for sentence in event["brief"]:
        refs = []
        for ev in sentence["evidence"]:
            if ev["article_id"] not in cited:
                cited.append(ev["article_id"])
            refs.append(f"[{cited.index(ev['article_id']) + 1}]")
        lines.append(f"- {_md(sentence['text'])} {''.join(refs)}")
    conflicts = [f for f in event["facts"] if f["conflicts"]]
    if conflicts:
        lines += ["", "## Where sources disagree", ""]
        for fact in conflicts:
            others = "; ".join(
                f"{_md(c['value'])} ({', '.join(c['article_ids'])})" for c in fact["conflicts"]
            )
            label = fact["slot"] or fact["kind"]
            lines.append(
                f"- {_md(label)}: {_md(fact['value'])} ({', '.join(fact['article_ids'])}) vs {others}"
            )
    lines += ["", "## Sources", ""]
    for n, aid in enumerate(cited, start=1):
        art = articles.get(aid, {})
        lines.append(
            f"{n}. {_md(art.get('outlet') or 'unknown outlet')}: {_md(art.get('title') or aid)} ({aid})"
        )
    return "\n".join(lines) + "\n"
