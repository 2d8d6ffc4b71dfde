"""Build html_dev2.jsonl.gz, html_dev's second batch: ten more site templates around the fiction in
articles2.txt (every word ours; eighteenth round).

    .venv/bin/python benchmarks/data/html_dev/make_pages2.py      # writes html_dev2.jsonl.gz beside this file

The templates differ from batch 1's (make_pages.py): a broadsheet with a standfirst and a drop cap, a tabloid
with "READ MORE" links between paragraphs, a regional site with a weather widget, a magazine long-read with
pull quotes and section heads, a second wire service, an AMP page, a sports match report with a stats table,
a fact-check with a rating box, an opinion column with an author bio and a press-release mirror. Each also
states its publication date in a different way (BATCH2.md: JSON-LD datePublished beside a later dateModified,
a ``<time>`` in the byline, "Updated" lines, a date only in the URL, relative "2 hours ago" stamps, ...). The
gold follows the convention of README.md with the judgements for the new page parts stated in BATCH2.md.
Deterministic: the same file on every run.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_pages import Article, Ctx, body_html, e, gold_text, pages, paragraphs_at, read_articles, write_pages  # noqa: E402

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def modified(a: Article) -> datetime:
    return datetime.fromisoformat(a.meta.get("modified") or a.meta["date"])


def long_day(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def ld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def head2(a: Article, title_tag: str, extra: str = "", lang: str = "en") -> str:
    """A <head> with a title, a description and whatever date markup the template adds in ``extra``."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(title_tag)}</title>'
        f'<meta name="description" content="{e(a.dek)}"><meta property="og:title" content="{e(a.title)}">'
        f'<meta property="og:type" content="article">{extra}</head>'
    )


def teasers(others: list[Article], css: str, heading: str, prose: bool = True) -> str:
    items = "".join(
        f'<div class="{css}-item"><a href="/story/{o.slug}">{e(o.title)}</a>'
        + (f"<p>{e(o.dek)}</p>" if prose else "")
        + "</div>"
        for o in others
    )
    return f'<div class="{css}"><h2>{e(heading)}</h2>{items}</div>'


# ---------------------------------------------------------------- templates


def t_broadsheet(c: Ctx, n: int) -> tuple[str, str]:
    """The Oxley Chronicle: standfirst, drop cap, 'Updated' line above the body, JSON-LD with datePublished
    and a later dateModified, hero caption, a 'Related' aside inside the body, topics list, most viewed."""
    a, site = c.art, "The Oxley Chronicle"
    ps = paragraphs_at(a)
    first = a.body[ps[0]][1]
    parts = []
    for k, (kind, text, _) in enumerate(a.body):
        if k == ps[0]:
            parts.append(f'<p class="drop"><span class="dropcap">{e(first[0])}</span>{e(text[1:])}</p>')
        elif kind == "p":
            parts.append(f"<p>{e(text)}</p>")
        if k == ps[2]:
            o = c.others[0]
            parts.append(
                f'<aside class="inline-related"><span>Related</span><a href="/story/{o.slug}">{e(o.title)}</a></aside>'
            )
    pub, mod = a.moment, modified(a)
    meta = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "dateModified": mod.isoformat(),
            "datePublished": pub.isoformat(),
            "author": {"@type": "Person", "name": a.meta["author"]},
        }
    )
    page = (
        head2(a, f"{a.title} | {a.meta['section']} | {site}", meta)
        + '<body><header><div class="brand">The Oxley Chronicle</div><nav><a>UK</a><a>World</a><a>Local</a>'
        '<a>Culture</a><a>Environment</a><a>Comment</a></nav><a class="support">Support the Chronicle</a></header>'
        f'<main><article><p class="section">{e(a.meta["section"])}</p><h1>{e(a.title)}</h1>'
        f'<div class="standfirst"><p>{e(a.dek)}</p></div>'
        f'<figure><img src="/i/{n}.jpg"><figcaption>The site at the centre of the dispute. Photograph: Chronicle picture desk</figcaption></figure>'
        f'<address class="byline">{e(a.meta["author"])}</address>'
        f'<p class="updated">Updated {long_day(mod)} {mod:%H.%M} BST</p>'
        f'<div class="article-body">{"".join(parts)}</div>'
        f'<p class="first-published">First published on {long_day(pub)}</p>'
        '<div class="topics"><h3>Explore more on these topics</h3><ul><li><a>'
        + e(a.meta["section"])
        + "</a></li><li><a>Councils</a></li><li><a>news</a></li></ul></div>"
        '<div class="share"><a>Share</a><a>Reuse this content</a></div></article>'
        + teasers(c.others[1:5], "most-viewed", "Most viewed", prose=False)
        + teasers(c.others[5:8], "more-stories", "More stories")
        + "</main><footer><p>© 2025 Oxley Chronicle Ltd, a company owned by its readers' trust. Copying our pages needs a licence.</p>"
        "</footer></body></html>"
    )
    return page, gold_text(a)


def t_tabloid(c: Ctx, n: int) -> tuple[str, str]:
    """Daily Blaze: 'READ MORE' links between paragraphs, a newsletter sign-up mid-story, video player text,
    bold one-line paragraphs, a byline with the published time and an 'Updated' time; only
    article:modified_time in the <head> (no JSON-LD)."""
    a, site = c.art, "Daily Blaze"
    pub, mod = a.moment, modified(a)
    ps = paragraphs_at(a)
    inserts = {
        ps[1]: f'<p class="read-more"><strong>READ MORE: </strong><a href="/news/{c.others[0].slug}">'
        f"{e(c.others[0].title)}</a></p>",
        ps[3]: f'<p class="read-more"><strong>READ MORE: </strong><a href="/news/{c.others[1].slug}">'
        f"{e(c.others[1].title)}</a></p>"
        '<div class="newsletter-signup"><p>Get the biggest stories sent straight to your inbox every morning</p>'
        "<form><input placeholder='Enter email'><button>Subscribe</button></form>"
        "<p>We use your sign-up to provide content in ways you've consented to. Read our Privacy Notice.</p></div>",
        ps[
            -1
        ]: '<div class="video"><p>Clip is buffering</p><p>Clip not available here</p><p>Press to watch</p>'
        "<p>Next clip begins shortly Skip</p></div>",
    }
    extra = f'<meta property="article:modified_time" content="{mod.isoformat()}">'
    page = (
        head2(a, f"{a.title} - {site}", extra)
        + '<body><div class="top"><a class="logo">DAILY BLAZE</a><nav><a>News</a><a>Showbiz</a><a>Sport</a>'
        '<a>Money</a><a>Travel</a><a>Puzzles</a></nav></div><div class="main"><div class="article">'
        f"<h1>{e(a.title)}</h1><h2 class='sub'>{e(a.dek)}</h2>"
        f'<div class="byline"><span class="author">By {e(a.meta["author"])}</span>'
        f'<time class="published" datetime="{pub.isoformat()}">{pub:%H:%M}, {pub.day} {MONTHS[pub.month - 1][:3]} {pub.year}</time>'
        f'<span class="updated">Updated: {mod:%H:%M}, {mod.day} {MONTHS[mod.month - 1][:3]} {mod.year}</span></div>'
        '<div class="share"><a>Facebook</a><a>Twitter</a><a>Comments</a></div>'
        f'<div class="pic"><img src="/p/{n}.jpg"><p class="caption">{e(a.meta["author"].split()[0])} captured the moment on camera '
        "(Image: Supplied)</p></div>"
        f'<div class="article-body">{body_html(a, inserts=inserts)}</div>'
        '<div class="tips"><p>Got a story? Email us at tips@dailyblaze.example or call 0800 000 111</p></div>'
        "</div>"
        + teasers(c.others[2:6], "most-read", "Most Read")
        + "</div><footer><p>Daily Blaze © 2025 Blaze Publishing Ltd</p><p>Contact · How to complain · Corrections · Cookie policy</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_weather(c: Ctx, n: int) -> tuple[str, str]:
    """The Strathdale Herald: a weather widget in the header and a five-day forecast in the sidebar; a
    relative '3 hours ago' stamp; the date only in the URL (no date markup)."""
    a, site = c.art, "The Strathdale Herald"
    days = ("Mon", "Tue", "Wed", "Thu", "Fri")
    forecast = "".join(
        f'<li><span class="d">{d}</span><span class="t">{9 + (k * 3 + n) % 7}°C</span><span class="w">'
        f"{('Showers', 'Sunny spells', 'Cloudy', 'Light rain', 'Windy')[(k + n) % 5]}</span></li>"
        for k, d in enumerate(days)
    )
    ps = paragraphs_at(a)
    inserts = {ps[2]: '<div class="mpu"><span>Advertisement</span></div>'}
    page = (
        head2(a, f"{a.title} | {site}")
        + '<body><div class="weather-bar"><span class="loc">Carrick</span><span class="now">11°C</span>'
        '<span class="cond">Light rain</span><a>Full forecast</a></div><header><a class="logo">The Strathdale Herald</a>'
        "<nav><a>News</a><a>Transport</a><a>Community</a><a>Farming</a><a>Sport</a><a>Notices</a><a>Jobs</a></nav></header>"
        f'<div class="page"><div class="story"><span class="cat">{e(a.meta["section"])}</span><h1>{e(a.title)}</h1>'
        f'<p class="intro">{e(a.dek)}</p><div class="meta"><span>{e(a.meta["author"])}</span>'
        f'<span class="ago">{2 + n} hours ago</span></div>'
        f'<div class="text">{body_html(a, inserts=inserts)}</div>'
        '<div class="notice"><p>Seen something the Herald ought to cover? Tell the newsdesk at newsdesk@strathdaleherald.example</p></div></div>'
        f'<div class="side"><div class="weather-widget"><h3>Weather for Strathdale</h3><ul>{forecast}</ul>'
        "<p>Sunrise 06:12 Sunset 20:41</p></div>"
        + teasers(c.others[:4], "latest", "Latest news", prose=False)
        + "</div></div><footer><p>The Strathdale Herald, 9 Bridge End, Dunvale. Part of Glen Media Group.</p>"
        "<p>© Glen Media Group 2025</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_longread(c: Ctx, n: int) -> tuple[str, str]:
    """Tideline magazine: long-read with <h2> section heads, pull quotes repeating a body sentence between
    paragraphs, an illustration credit, a newsletter box; the date in JSON-LD inside an @graph and a <time> in
    the byline."""
    a, site = c.art, "Tideline"
    ps = paragraphs_at(a)
    quotes = [t for kind, t, _ in a.body if kind == "p" and '"' in t]
    pulls = [q.split('"')[1] for q in quotes if q.count('"') >= 2][:2]
    parts = []
    for k, (kind, text, _) in enumerate(a.body):
        if k in (ps[3], ps[-2]) and pulls:
            parts.append(f'<blockquote class="pull-quote"><p>{e(pulls.pop(0))}</p></blockquote>')
        if kind == "p":
            parts.append(f"<p>{e(text)}</p>")
        elif kind == "h2":
            parts.append(f'<h2 class="section-head">{e(text)}</h2>')
    meta = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": site, "url": "https://tideline.example/"},
                {
                    "@type": "Article",
                    "headline": a.title,
                    "datePublished": a.moment.isoformat(),
                    "author": {"@type": "Person", "name": a.meta["author"]},
                },
            ],
        }
    )
    page = (
        head2(a, f"{a.title} — {site} magazine", meta)
        + '<body><header><a class="wordmark">TIDELINE</a><nav><a>Longreads</a><a>Coast</a><a>People</a>'
        "<a>Photography</a><a>Shop</a></nav></header><main>"
        f'<article class="longread"><div class="hero"><img src="/lr/{n}.jpg"><small>Illustration: Maeve Corrigan for Tideline</small></div>'
        f'<h1>{e(a.title)}</h1><p class="dek">{e(a.dek)}</p>'
        f'<p class="byline">By {e(a.meta["author"])} <time datetime="{a.moment.date().isoformat()}">{long_day(a.moment)}</time>'
        " · 9 minute read</p>"
        f'<div class="body">{"".join(parts)}</div>'
        '<div class="newsletter"><h3>The Tideline Letter</h3><p>One long read from the coast, every Sunday morning.</p>'
        "<form><input><button>Sign up</button></form></div></article>"
        + teasers(c.others[:3], "more-longreads", "More long reads")
        + "</main><footer><p>Tideline is an independent magazine. © 2025 Tideline Editions.</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_wire2(c: Ctx, n: int) -> tuple[str, str]:
    """Kestrel Newswire: the dateline in the first paragraph, the stated local time with its zone and an
    'Updated' relative stamp, JSON-LD with the zone offset, a 'Reporting by' line, a trust note, a ticker."""
    a, site = c.art, "Kestrel Newswire"
    pub = a.moment
    zone = {-4: "EDT", 0: "GMT", 1: "BST"}.get(
        int((pub.utcoffset() or pub - pub).total_seconds() // 3600), ""
    )
    meta = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": pub.isoformat(),
            "dateModified": pub.isoformat(),
            "author": {"@type": "Organization", "name": site},
        }
    )
    page = (
        head2(a, f"{a.title} | {site}", meta)
        + '<body><div class="ticker"><span>KESTREL INDEX 4,210.55 +0.4%</span><span>BRENT 81.20 -0.6%</span>'
        "<span>GOLD 2,310 +0.1%</span></div><header><a class='logo'>KESTREL</a><nav><a>World</a><a>Business</a>"
        "<a>Markets</a><a>Energy</a><a>Sport</a></nav></header><main>"
        f'<div class="story-head"><span class="tag">{e(a.meta["section"])}</span><h1>{e(a.title)}</h1>'
        f'<div class="stamp">{MONTHS[pub.month - 1]} {pub.day}, {pub.year} {pub:%I:%M} {"AM" if pub.hour < 12 else "PM"} {zone}'
        f" · Updated {1 + n} hours ago</div></div>"
        f'<div class="story-text">{body_html(a)}'
        f'<p class="reporting">Reporting by Ilse Drummond and Tariq Bellweather; editing by Ona Fairley</p></div>'
        '<p class="trust">How Kestrel works: our editorial code, in full.</p>'
        + teasers(c.others[:4], "read-next", "Read Next", prose=False)
        + "</main><footer><p>Prices on these pages trail the markets by about twenty minutes.</p><p>© 2025 Kestrel Newswire. All rights reserved.</p>"
        "</footer></body></html>"
    )
    return page, gold_text(a)


def t_amp(c: Ctx, n: int) -> tuple[str, str]:
    """AMP page: amp-img, amp-ad, amp-social-share, an amp-accordion of related stories, an amp-timeago of the
    modification time; JSON-LD with dateModified listed before datePublished."""
    a, site = c.art, "Bradwell Echo"
    pub, mod = a.moment, modified(a)
    ps = paragraphs_at(a)
    inserts = {
        ps[2]: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/echo/mid"><div fallback>'
        "<p>Advertisement</p></div></amp-ad>"
    }
    meta = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "dateModified": mod.isoformat(),
            "headline": a.title,
            "image": [f"https://bradwellecho.example/img/{n}.jpg"],
            "datePublished": pub.isoformat(),
            "author": [{"@type": "Person", "name": a.meta["author"]}],
        }
    )
    page = (
        '<!DOCTYPE html>\n<html ⚡ lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.example/v0.js"></script>'
        f"<title>{e(a.title)} - {site}</title>"
        f'<link rel="canonical" href="{e(c.url.replace("/amp/", "/"))}"><meta name="viewport" content="width=device-width">'
        f"<style amp-boilerplate>body{{visibility:hidden}}</style>{meta}</head>"
        '<body><header class="amp-header"><a class="logo">Bradwell Echo</a><amp-sidebar id="menu" layout="nodisplay">'
        "<ul><li><a>Home</a></li><li><a>News</a></li><li><a>Health</a></li><li><a>Transport</a></li><li><a>What's On</a></li></ul>"
        "</amp-sidebar><button>Menu</button></header><main><article>"
        f'<h1>{e(a.title)}</h1><p class="summary">{e(a.dek)}</p>'
        f'<div class="meta"><span>{e(a.meta["author"])}</span> <amp-timeago width="160" height="20" datetime="{mod.isoformat()}" layout="fixed">'
        f"{long_day(mod)}</amp-timeago></div>"
        f'<amp-img src="/img/{n}.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>'
        '<p class="credit">Picture: Echo reader</p>'
        '<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>'
        f'<div class="body">{body_html(a, inserts=inserts)}</div>'
        "<amp-accordion><section><h4>Related stories</h4><div>"
        + "".join(f"<p><a>{e(o.title)}</a></p>" for o in c.others[:3])
        + "</div></section></amp-accordion>"
        '<p class="view-full"><a>View full site</a></p></article></main>'
        "<footer><p>© 2025 Bradwell Echo. Part of Midland Local News.</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_sport(c: Ctx, n: int) -> tuple[str, str]:
    """Fenmore Sport: scoreline header, a match-facts table and line-ups beside the report, a live-scores
    ticker, a 'next fixture' date later than the report; <time pubdate> in the byline."""
    a, site = c.art, "Fenmore Sport"
    rows = [r.split("|") for r in a.meta["stats"].split(";")]
    teams = a.meta["fixture"]
    table = (
        '<table class="match-stats"><caption>Match facts</caption><tr><th></th><th>Home</th><th>Away</th></tr>'
        + "".join(f"<tr><td>{e(k)}</td><td>{e(x)}</td><td>{e(y)}</td></tr>" for k, x, y in rows)
        + "</table>"
    )
    nxt = a.moment.replace(day=min(28, a.moment.day + 6))
    page = (
        head2(a, f"{a.title} | {site}")
        + '<body><div class="live-scores"><span>LIVE</span><span>Ashby 1-0 Coldwater (64\')</span><span>Pellham 2-2 Stourton (FT)</span></div>'
        "<header><a class='logo'>FENMORE SPORT</a><nav><a>Football</a><a>Rugby</a><a>Cricket</a><a>Netball</a>"
        "<a>Results</a><a>Fixtures</a><a>Tables</a></nav></header><main><div class='report'>"
        f'<div class="scoreline"><p>{e(teams)}</p><p>Full time</p></div>'
        f'<h1>{e(a.title)}</h1><p class="lede">{e(a.dek)}</p>'
        f'<p class="by">{e(a.meta["author"])} <time pubdate datetime="{a.moment.isoformat()}">{long_day(a.moment)}</time></p>'
        f'<div class="report-body">{body_html(a)}</div></div>'
        f'<aside class="facts">{table}<div class="lineups"><h3>Line-ups</h3>'
        "<p>Home: Pryce; Lowe, Maitland, Okafor, Beck; Furey, Dunne, Sheeran; Lyle, Adebayo, Quist.</p>"
        "<p>Away: Hale; Idowu, Parrish, Grange, Moss; Vance, Ruddock, Tiernan; Achebe, Lorne, Pask.</p>"
        f"<p>Referee: P. Gillingham. Attendance: {2100 + 317 * n}.</p></div>"
        f'<div class="next"><h3>Next fixture</h3><p>{long_day(nxt)}, 15:00 (home)</p></div></aside>'
        + teasers(c.others[:4], "more-sport", "More from Fenmore Sport", prose=False)
        + f"</main><footer><p>© {site} 2025. Fixtures and results are copyright of the league.</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_factcheck(c: Ctx, n: int) -> tuple[str, str]:
    """CheckPoint: a rating box (claim, verdict) before the body, a sources list, a 'how we rate' note;
    ClaimReview JSON-LD whose itemReviewed carries the claim's own (earlier) date."""
    a, site = c.art, "CheckPoint"
    claim_day = a.moment.replace(day=max(1, a.moment.day - 9))
    meta = ld(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "itemReviewed": {
                "@type": "Claim",
                "datePublished": claim_day.date().isoformat(),
                "appearance": {"@type": "CreativeWork", "url": "https://social.example/post/1"},
            },
            "claimReviewed": a.meta["claim"],
            "reviewRating": {"@type": "Rating", "alternateName": a.meta["rating"]},
            "datePublished": a.moment.date().isoformat(),
            "author": {"@type": "Organization", "name": site},
        }
    )
    page = (
        head2(a, f"{a.title} | {site}", meta)
        + '<body><header><a class="logo">CheckPoint</a><nav><a>Fact checks</a><a>Explainers</a><a>Ask us</a>'
        "<a>About</a><a>Donate</a></nav></header><main><article>"
        f'<h1>{e(a.title)}</h1><p class="summary">{e(a.dek)}</p>'
        f'<p class="who">{e(a.meta["author"])} · {long_day(a.moment)}</p>'
        f'<div class="verdict-box"><p class="claim-label">What was claimed</p><p class="claim">{e(a.meta["claim"])}</p>'
        f'<p class="rating-label">Our verdict</p><p class="rating">{e(a.meta["rating"])}</p>'
        f'<p class="claim-date">Claim seen on {long_day(claim_day)}</p></div>'
        f'<div class="fc-body">{body_html(a)}</div>'
        '<div class="sources"><h3>Sources</h3><ul><li>Council highways report, annual edition</li><li>Interview with '
        "the organisation concerned</li><li>National statistics release</li></ul></div>"
        '<p class="how">How we rate claims: read our methodology. Spotted something you want checked? Ask us.</p></article>'
        + teasers(c.others[:3], "recent", "Recent fact checks")
        + "</main><footer><p>CheckPoint is an independent charity. Registered charity number 0000000.</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_opinion(c: Ctx, n: int) -> tuple[str, str]:
    """The Wexbury Voice: an opinion column, a columnist card, an author bio after the body, a disclaimer, a
    letters prompt; the date in itemprop microdata and a relative stamp."""
    a, site = c.art, "The Wexbury Voice"
    page = (
        head2(a, f"Opinion | {a.title} | {site}")
        + '<body><header><a class="logo">The Wexbury Voice</a><nav><a>News</a><a>Opinion</a><a>Letters</a>'
        "<a>Business</a><a>Life</a></nav></header><main><article itemscope itemtype='https://schema.org/OpinionNewsArticle'>"
        '<p class="label">Opinion</p>'
        f'<h1 itemprop="headline">{e(a.title)}</h1><p class="dek">{e(a.dek)}</p>'
        f'<div class="columnist"><img src="/c/{n}.jpg"><span itemprop="author">{e(a.meta["author"])}</span>'
        f'<meta itemprop="datePublished" content="{a.moment.isoformat()}"><span class="when">{3 + n} hours ago</span></div>'
        f'<div class="column-body" itemprop="articleBody">{body_html(a)}</div>'
        f'<div class="bio"><p>{e(a.meta["bio"])}</p></div>'
        "<p class='disclaimer'>The views expressed in this column are the writer's own and not those of the Voice.</p>"
        '<div class="letters"><p>Have your say: write to letters@wexburyvoice.example. We publish a selection every Saturday.</p></div>'
        "</article>"
        + teasers(c.others[:4], "more-opinion", "More opinion")
        + "</main><footer><p>© 2025 The Wexbury Voice</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_press(c: Ctx, n: int) -> tuple[str, str]:
    """Press-release mirror: 'FOR IMMEDIATE RELEASE', the release's dateline, an 'About' section, a media
    contact block, '###', a distributor note; the date in the URL and in a visible 'Posted' line."""
    a, site = c.art, "NewsRelay"
    pub = a.moment
    page = (
        head2(a, f"{a.title} - {site}")
        + '<body><header><a class="logo">NewsRelay</a><nav><a>News releases</a><a>Industries</a><a>Send a release</a>'
        "<a>Log in</a></nav></header><main><div class='release'>"
        f'<p class="posted">Posted {MONTHS[pub.month - 1][:3]} {pub.day:02d}, {pub.year}, {pub:%H:%M} GMT</p>'
        f'<p class="source">Source: {e(a.meta["author"])}</p><p class="fir">FOR IMMEDIATE RELEASE</p>'
        f"<h1>{e(a.title)}</h1><h2 class='subtitle'>{e(a.dek)}</h2>"
        f'<div class="release-body">{body_html(a)}'
        f'<div class="contact"><p>Media contact:</p><p>Press office, {e(a.meta["author"])}</p><p>press@example.org · +44 20 0000 0000</p></div>'
        "<p>###</p></div>"
        f'<p class="distributor">This release was distributed by NewsRelay on behalf of {e(a.meta["author"])}. NewsRelay is not '
        "responsible for its content.</p></div>"
        + teasers(c.others[:4], "more-releases", "More news releases", prose=False)
        + "</main><footer><p>© 2025 NewsRelay Ltd. All rights reserved.</p></footer></body></html>"
    )
    return page, gold_text(a)


TEMPLATES = {
    "broadsheet": (
        t_broadsheet,
        "https://oxleychronicle.example/local/",
        ("library-closure", "tidal-lagoon", "orchestra-cuts"),
    ),
    "tabloid": (
        t_tabloid,
        "https://dailyblaze.example/news/",
        ("lottery-bus-driver", "seagull-ban", "wedding-flood"),
    ),
    "weather": (
        t_weather,
        "https://strathdaleherald.example/",
        ("bridge-inspection", "allotment-waitlist", "bus-route-cut"),
    ),
    "longread": (
        t_longread,
        "https://tideline.example/longreads/",
        ("lighthouse-keepers", "salt-marsh", "last-cobbler"),
    ),
    "wire2": (
        t_wire2,
        "https://kestrelnews.example/article/",
        ("copper-mine", "port-strike-wire", "drought-rations"),
    ),
    "amp": (
        t_amp,
        "https://bradwellecho.example/amp/news/",
        ("e-scooter-trial", "hospital-parking", "rooftop-bees"),
    ),
    "sport": (t_sport, "https://fenmoresport.example/report/", ("cup-semi", "derby-draw", "netball-final")),
    "factcheck": (
        t_factcheck,
        "https://checkpoint.example/fact-checks/",
        ("fc-water-meter", "fc-pothole-claim", "fc-crime-figures"),
    ),
    "opinion": (
        t_opinion,
        "https://wexburyvoice.example/opinion/",
        ("op-high-street", "op-four-day-week", "op-night-buses"),
    ),
    "press": (
        t_press,
        "https://newsrelay.example/releases/",
        ("pr-battery-plant", "pr-ferry-order", "pr-clinic-app"),
    ),
}


def page_url(template: str, base: str, art: Article) -> str:
    """The page's address; the regional site, the tabloid and the release mirror put the day in it."""
    day = art.moment
    if template == "weather":
        return f"{base}news/{day:%Y/%m/%d}/{art.slug}/"
    if template == "press":
        return f"{base}{art.slug}-{day:%Y%m%d}.html"
    return base + art.slug


def build() -> list[dict[str, object]]:
    articles = read_articles(HERE / "articles2.txt")
    return pages(TEMPLATES, articles, articles, page_url)


def main() -> None:
    write_pages(build(), HERE / "html_dev2.jsonl.gz")


if __name__ == "__main__":
    main()
