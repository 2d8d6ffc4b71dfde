"""RSS and Atom feeds: entries with content become documents; link-only entries are fetched."""

from __future__ import annotations

from pathlib import Path

from newsfuse.ingest import read_inputs
from newsfuse.ingest.feed import read_feed
from newsfuse.ingest.fetch import FetchConfig, FetchedPage
from newsfuse.ingest.urls import PoliteFetcher
from newsfuse.model import Drop, RawDoc, Rejected

BODY = " ".join(["The harbour board voted to extend the night ferry to Ostend for the summer."] * 6)
RSS = f"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbor Ledger</title>
<item><title>Night ferry extended</title><link>https://ledger.example/ferry</link>
<guid>ferry-1</guid><pubDate>Tue, 17 Mar 2026 09:30:00 -0500</pubDate>
<content:encoded><![CDATA[<p>{BODY}</p>]]></content:encoded></item>
<item><title>Council meets</title><link>https://ledger.example/council</link>
<description>Short teaser.</description></item>
<item><title>Nothing here</title></item>
</channel></rss>""".encode()
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><id>tag:courier,2026:1</id><title>Ferry</title>
<link rel="alternate" href="https://courier.example/ferry"/><published>2026-03-17T10:00:00Z</published>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>""".encode()


def test_rss_entries_with_content_and_link_only_entries(tmp_path: Path) -> None:
    feed = tmp_path / "ledger.rss"
    feed.write_bytes(RSS)
    docs = list(read_inputs([feed]))
    first = docs[0]
    assert isinstance(first, RawDoc)
    assert (first.id, first.url, first.title, first.outlet) == (
        "ledger.rss#ferry-1",
        "https://ledger.example/ferry",
        "Night ferry extended",
        "Harbor Ledger",
    )
    assert first.published == "2026-03-17T09:30:00-05:00" and BODY in (first.html or "")
    offline = docs[1]
    assert isinstance(offline, Rejected) and "fetching is off" in offline.detail
    assert offline.url == "https://ledger.example/council"
    assert isinstance(docs[2], Rejected) and docs[2].reason == Drop.EMPTY


def test_atom_feed(tmp_path: Path) -> None:
    feed = tmp_path / "courier.atom"
    feed.write_bytes(ATOM)
    (doc,) = read_inputs([feed])
    assert isinstance(doc, RawDoc)
    assert doc.url == "https://courier.example/ferry" and doc.published == "2026-03-17T10:00:00Z"
    assert doc.outlet == "Valley Courier" and BODY in (doc.html or "")


def test_link_only_entries_are_fetched_with_the_entry_metadata() -> None:
    def fake(url: str, config: FetchConfig) -> FetchedPage:
        return FetchedPage(url, 200, "text/html", f"<p>{BODY}</p>")

    docs = read_feed(RSS, "f.rss", "f.rss", PoliteFetcher(fetch=fake))
    fetched = docs[1]
    assert (
        isinstance(fetched, RawDoc) and fetched.title == "Council meets" and fetched.outlet == "Harbor Ledger"
    )


def test_non_feed_and_broken_xml_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_bytes(b"<urlset><url><loc>https://a.example</loc></url></urlset>")
    (tmp_path / "broken.rss").write_bytes(b"<rss><channel><item>")
    reasons = {d.id: d.reason for d in read_inputs([tmp_path]) if isinstance(d, Rejected)}
    assert reasons == {"sitemap.xml": Drop.UNSUPPORTED, "broken.rss": Drop.INVALID}


def test_entity_expansion_bombs_are_refused() -> None:
    bomb = (
        b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">"""
        + b"".join(
            f'<!ENTITY a{i} "{"&a;" * 10 if i == 0 else f"&a{i - 1};" * 10}">'.encode() for i in range(9)
        )
        + b"]><rss><channel><item><title>&a8;</title></item></channel></rss>"
    )
    (doc,) = read_feed(bomb, "b.rss", "b.rss", None)
    assert isinstance(doc, Rejected) and doc.reason == Drop.INVALID


def test_an_entry_without_a_link_whose_description_is_short_says_so() -> None:
    # the detail read "entry has neither content nor a link" for an entry holding a 12-word description
    rss = b"""<rss version="2.0"><channel><title>Gazette</title>
    <item><guid>g1</guid><title>Reservoir</title>
    <description>The water board voted on Tuesday to build a second reservoir near Orrin Ford.</description></item>
    <item><guid>g2</guid><title>Nothing</title></item></channel></rss>"""
    short, empty = read_feed(rss, "f.rss", "f.rss", None)
    assert isinstance(short, Rejected) and short.reason == Drop.NO_CONTENT
    assert (
        short.detail == "entry has no link, and its description of 14 words is a summary (an article has 50)"
    )
    assert isinstance(empty, Rejected) and empty.detail == "entry has neither content nor a link"
