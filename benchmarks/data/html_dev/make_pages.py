"""Build html_dev.jsonl.gz: modern news-page HTML around the fiction in articles.txt (every word ours).

    .venv/bin/python benchmarks/data/html_dev/make_pages.py          # writes html_dev.jsonl.gz beside this file

Ten site templates (see README.md): each wraps an article in the chrome of today's news sites — header and
navigation, JSON-LD and Open Graph metadata, share bars, newsletter boxes, "related" and "most read" lists whose
teasers are well-formed prose (the other articles' headlines and standfirsts), captions with credits, author
boxes, comment widgets, cookie and paywall boxes, live-blog and gallery layouts. The gold text follows the
article-body convention stated in README.md. Deterministic: the same file on every run.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Article:
    slug: str
    meta: dict[str, str]
    body: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, text, extra)

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def dek(self) -> str:
        return self.meta.get("dek", "").strip()

    @property
    def moment(self) -> datetime:
        return datetime.fromisoformat(self.meta["date"])


def read_articles(path: Path = HERE / "articles.txt") -> list[Article]:
    articles: list[Article] = []
    head = True
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("@@ "):
            articles.append(Article(line[3:].strip(), {}))
            head = True
            continue
        if not articles:
            continue
        art = articles[-1]
        if head:
            if not line:
                head = False
            else:
                key, _, value = line.partition(":")
                art.meta[key.strip()] = value.strip()
            continue
        if not line:
            continue
        if line.startswith("## "):
            art.body.append(("h2", line[3:], ""))
        elif line.startswith("> "):
            art.body.append(("quote", line[2:], ""))
        elif line.startswith("- "):
            art.body.append(("li", line[2:], ""))
        elif line.startswith("!! "):
            stamp, _, heading = line[3:].partition("|")
            art.body.append(("entry", heading.strip(), stamp.strip()))
        elif line.startswith("%% "):
            caption, _, credit = line[3:].partition("|")
            art.body.append(("slide", caption.strip(), credit.strip()))
        elif art.body and art.body[-1][0] == "entry" and "#" not in art.body[-1][2]:
            kind, heading, stamp = art.body[-1]
            art.body[-1] = (kind, heading, stamp + "#" + line)
        else:
            art.body.append(("p", line, ""))
    return articles


def gold_text(art: Article, shown: int | None = None) -> str:
    """The article body a reader keeps (README.md): paragraphs, subheadings, quotes, list items, live-blog
    entries (heading and text, no time), gallery captions (no credits); ``shown``: only the first paragraphs
    a paywall lets through."""
    out: list[str] = []
    for kind, text, extra in art.body[:shown]:
        if kind == "entry":
            _stamp, _, said = extra.partition("#")
            out += [text, said]
        else:
            out.append(text)
    return "\n\n".join(out)


e = html.escape


def json_ld(art: Article, site: str, url: str, modified_days: int = 0) -> str:
    published = art.moment.isoformat()
    modified = art.moment.replace(day=min(28, art.moment.day + modified_days)).isoformat()
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if art.meta["section"] not in ("Community", "Garden") else "BlogPosting",
        "headline": art.title,
        "description": art.dek,
        "datePublished": published,
        "dateModified": modified,
        "author": [{"@type": "Person", "name": art.meta["author"]}],
        "publisher": {"@type": "Organization", "name": site},
        "mainEntityOfPage": url,
        "inLanguage": art.meta["lang"],
    }
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def head(
    art: Article, site: str, url: str, title_tag: str, og_title: str | None = None, extra: str = ""
) -> str:
    og = og_title or art.title
    return (
        f'<!DOCTYPE html>\n<html lang="{art.meta["lang"]}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{e(title_tag)}</title>"
        f'<meta name="description" content="{e(art.dek)}">'
        f'<meta property="og:title" content="{e(og)}">'
        f'<meta property="og:site_name" content="{e(site)}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="og:url" content="{e(url)}">'
        f'<meta property="article:published_time" content="{art.moment.isoformat()}">'
        f'<link rel="canonical" href="{e(url)}">'
        f'<link rel="stylesheet" href="/static/site.css">{json_ld(art, site, url, 1)}{extra}'
        f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{'section':'{art.meta['section']}'}});</script>"
        f"</head>"
    )


def body_html(
    art: Article, para: str = "p", inserts: dict[int, str] | None = None, shown: int | None = None
) -> str:
    """The article's body as markup; ``inserts``: chrome placed before body element n."""
    out: list[str] = []
    items: list[str] = []
    inserts = inserts or {}
    for n, (kind, text, _extra) in enumerate(art.body[:shown]):
        if n in inserts:
            out.append(inserts[n])
        if kind != "li" and items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if kind == "p":
            out.append(
                f"<{para}>{e(text)}</{para}>" if para == "p" else f'<div class="{para}">{e(text)}</div>'
            )
        elif kind == "h2":
            out.append(f"<h2>{e(text)}</h2>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{e(text)}</p></blockquote>")
        elif kind == "li":
            items.append(f"<li>{e(text)}</li>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def paragraphs_at(art: Article) -> list[int]:
    return [n for n, (kind, _, _) in enumerate(art.body) if kind == "p"]


@dataclass
class Ctx:
    art: Article
    others: list[Article]  # the site's other stories (teasers)
    url: str


def teaser_list(
    others: list[Article], css: str, heading: str, prose: bool = True, link: str = "/news/"
) -> str:
    items = []
    for other in others:
        dek = f"<p>{e(other.dek)}</p>" if prose and other.dek else ""
        items.append(
            f'<li class="{css}__item"><a href="{link}{other.slug}"><h3>{e(other.title)}</h3></a>{dek}'
            f'<span class="{css}__section">{e(other.meta["section"])}</span></li>'
        )
    return f'<section class="{css}"><h2>{e(heading)}</h2><ul>{"".join(items)}</ul></section>'


COMMENTS = [
    (
        "Ruth_on_the_hill",
        "Finally some good news. I have been waiting for this since last winter and I know I am not the only one.",
    ),
    (
        "dmcallister",
        "Who is paying for all of this though? Every year the bills go up and nobody ever explains where the money went.",
    ),
    ("KateW", "My neighbour said the same thing would happen and nobody listened to her at the meeting."),
    (
        "Old Sailor",
        "Seen it all before. Promises in spring, excuses by autumn. I will believe it when I see it.",
    ),
    (
        "jpatel_88",
        "Great reporting, thank you for actually asking the people affected instead of just printing the press release.",
    ),
    ("Marigold", "Does anyone know whether the evening sessions will be affected? The article does not say."),
    ("T. Hargreaves", "This town deserves better than another consultation that goes nowhere."),
]


def comment_widget(n: int, style: str) -> str:
    picked = [COMMENTS[(n + k) % len(COMMENTS)] for k in range(3 + n % 3)]
    if style == "disqus":
        items = "".join(
            f'<li class="comment"><div class="comment__author">{e(who)}</div><div class="comment__meta">{k + 2} hours ago</div>'
            f'<div class="comment__body"><p>{e(said)}</p></div><div class="comment__actions">Reply · Like · Report</div></li>'
            for k, (who, said) in enumerate(picked)
        )
        return (
            f'<section id="comments" class="comments"><h2>{len(picked)} comments</h2>'
            f'<p class="comments__rules">Be kind. Comments are checked against our community guidelines before they appear.</p>'
            f"<ol>{items}</ol><button>Load more comments</button></section>"
        )
    items = "".join(
        f'<li class="comment byuser"><article class="comment-body"><footer class="comment-meta"><b class="fn">{e(who)}</b> '
        f"<span>says:</span><time>{k + 1} March at {9 + k}:1{k} am</time></footer>"
        f'<div class="comment-content"><p>{e(said)}</p></div><a class="comment-reply-link" href="#">Reply</a></article></li>'
        for k, (who, said) in enumerate(picked)
    )
    return (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(picked)} thoughts on this post</h2>'
        f'<ol class="comment-list">{items}</ol><div id="respond"><h3>Leave a Reply</h3>'
        f"<p>We never show your email. Fields with a star must be filled in.</p>"
        f"<form><label>Comment *</label><textarea></textarea><label>Name *</label><input><label>Email *</label><input>"
        f"<p><input type=checkbox> Remember me on this computer.</p>"
        f"<button>Post Comment</button></form></div></div>"
    )


def fmt_day(moment: datetime, style: str) -> str:
    months = [
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
    if style == "long":
        return f"{moment.day} {months[moment.month - 1]} {moment.year}, {moment:%H:%M}"
    if style == "us":
        return f"{months[moment.month - 1][:3]}. {moment.day}, {moment.year} {moment:%I:%M} {'AM' if moment.hour < 12 else 'PM'}"
    if style == "de":
        return f"{moment:%d.%m.%Y}, {moment:%H:%M} Uhr"
    if style == "es":
        return f"{moment:%d/%m/%Y} - {moment:%H:%M} h"
    return moment.strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- templates


def t_gazette(c: Ctx, n: int) -> tuple[str, str]:
    """Harbour Gazette: semantic <main>/<article>, share bar, newsletter box and inline promo mid-article,
    hero figure with credit, tags, author box, related teasers with prose, most-read list, big footer."""
    a, site = c.art, "The Harbour Gazette"
    ps = paragraphs_at(a)
    promo = c.others[0]
    inserts = {
        ps[
            2
        ]: f'<p class="inline-promo"><strong>Read more:</strong> <a href="/news/{promo.slug}">{e(promo.title)}</a></p>',
        ps[
            4 if len(ps) > 4 else -1
        ]: '<aside class="newsletter-box"><h3>The Morning Tide</h3><p>Our free newsletter lands '
        "before seven every weekday with the stories people here are talking about.</p><form><input placeholder='Your email'>"
        "<button>Sign me up</button></form><p class='small'>You can unsubscribe at any time. See our privacy notice.</p></aside>",
    }
    page = (
        head(a, site, c.url, f"{a.title} | {site}")
        + '<body class="article-page"><a class="skip" href="#main">Skip to content</a>'
        '<header class="masthead"><div class="masthead__top"><span>Tuesday edition</span><a href="/subscribe">Subscribe</a>'
        '<a href="/login">Sign in</a></div><a class="logo" href="/">The Harbour Gazette</a><nav aria-label="Sections"><ul>'
        + "".join(
            f'<li><a href="/{s.lower()}">{s}</a></li>'
            for s in ("News", "Local", "Business", "Sport", "Opinion", "Culture", "Weather")
        )
        + '</ul></nav></header><main id="main"><article class="story">'
        f'<div class="story__kicker"><a href="/{a.meta["section"].lower()}">{e(a.meta["section"])}</a></div>'
        f'<h1 class="story__headline">{e(a.title)}</h1><p class="story__standfirst">{e(a.dek)}</p>'
        f'<div class="story__byline">By <a rel="author" href="/authors/x">{e(a.meta["author"])}</a></div>'
        f'<time datetime="{a.moment.isoformat()}">{fmt_day(a.moment, "long")}</time>'
        '<div class="share-bar"><a>Share on Facebook</a><a>Share on X</a><a>Share by email</a><button>Copy link</button></div>'
        '<figure class="story__hero"><img src="/img/hero.jpg" alt=""><figcaption>'
        f'The scene this week. <span class="credit">Photograph: Gazette staff</span></figcaption></figure>'
        f'<div class="story__body">{body_html(a, inserts=inserts)}</div>'
        '<ul class="tags"><li><a>' + e(a.meta["section"]) + "</a></li><li><a>Our area</a></li></ul>"
        f'<div class="author-box"><h4>{e(a.meta["author"])}</h4><p>{e(a.meta["author"])} has reported on the harbour towns '
        "for the Gazette since 2016. Tips are welcome by email.</p></div>"
        '<div class="share-bar share-bar--bottom"><span>Share this article</span><a>Facebook</a><a>X</a><a>WhatsApp</a></div>'
        "</article>"
        + teaser_list(c.others[1:4], "related", "More on this story")
        + '<aside class="most-read"><h2>Most read</h2><ol>'
        + "".join(f'<li><a href="/news/{o.slug}">{e(o.title)}</a></li>' for o in c.others[4:9])
        + "</ol></aside></main>"
        '<footer class="site-footer"><nav><a>About us</a><a>Contact</a><a>Advertise</a><a>Complaints</a><a>Jobs</a></nav>'
        "<p>The Harbour Gazette, 14 Quay Street, Aldmouth. Registered in Scotland.</p>"
        "<p>© 2025 Harbour Gazette Media Ltd. Reuse of our journalism needs written permission.</p></footer>"
        '<div class="cookie-banner"><p>Cookies help us count visitors and choose which adverts you see.</p>'
        "<button>Accept all</button><button>Manage choices</button></div></body></html>"
    )
    return page, gold_text(a)


def t_tribune(c: Ctx, n: int) -> tuple[str, str]:
    """Metro Tribune: div soup (no semantic tags), ad slots, 'continue reading' and 'trending' in the body's
    container, a photo with caption inside the body, a comments widget."""
    a, site = c.art, "Metro Tribune"
    ps = paragraphs_at(a)
    inserts = {
        ps[
            1
        ]: '<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="gpt-mid-1"></div></div>',
        ps[
            3
        ]: f'<div class="story-photo"><img src="/p/2.jpg"><div class="story-photo__caption">{e(a.meta["section"])} '
        "officials at the site on Tuesday.</div><div class='story-photo__credit'>Tribune photo / J. Osei</div></div>",
        ps[-2]: '<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="gpt-mid-2"></div>'
        '<div class="continue">Story continues below advertisement</div></div>',
    }
    page = (
        head(a, site, c.url, f"{a.title} - {site}", og_title=a.title.split(" after ")[0])
        + '<body><div id="wrapper"><div class="top-bar"><div class="weather">Westerby 14°C Cloudy</div>'
        '<div class="login-links"><a>Log in</a> | <a>Register</a></div></div>'
        '<div class="header"><div class="logo"><a href="/">METRO TRIBUNE</a></div><div class="menu">'
        + "".join(
            f'<div class="menu-item"><a>{s}</a></div>'
            for s in ("Home", "News", "Politics", "Education", "Crime", "Business", "Obituaries", "E-Edition")
        )
        + '</div></div><div class="trending"><span>Trending:</span>'
        + "".join(f'<a href="/s/{o.slug}">{e(o.title)}</a>' for o in c.others[:3])
        + '</div><div class="content"><div class="col-main"><div class="breadcrumb"><a>Home</a> › <a>'
        + e(a.meta["section"])
        + f'</a></div><div class="headline">{e(a.title)}</div><div class="subhead">{e(a.dek)}</div>'
        f'<div class="byline-block"><span class="by">{e(a.meta["author"])}</span> <span class="role">Staff writer</span>'
        f'<div class="dateline">Published {fmt_day(a.moment, "us")}</div></div>'
        f'<div class="story-body">{body_html(a, para="story-paragraph", inserts=inserts)}</div>'
        '<div class="story-tools"><a>Print</a> <a>Email</a> <a>Reprints</a> <a>Report an error</a></div>'
        '<div class="story-footer-note">Copyright 2025 Metro Tribune. All reuse subject to licence.</div>'
        + comment_widget(n, "disqus")
        + '</div><div class="col-side"><div class="widget"><div class="widget-title">Latest news</div>'
        + "".join(
            f'<div class="widget-item"><a>{e(o.title)}</a><div class="when">{k + 1}h ago</div></div>'
            for k, o in enumerate(c.others[3:8])
        )
        + '</div><div class="widget"><div class="widget-title">Sponsored</div><div class="widget-item">'
        "Homeowners in Westerby are switching to this simple trick for lower energy bills.</div></div></div></div>"
        '<div class="footer"><div>Metro Tribune · 200 Commerce Row · Westerby</div><div>Terms of Use | Privacy Policy | '
        "Cookie Settings | Do Not Sell My Info</div></div></div></body></html>"
    )
    return page, gold_text(a)


def t_live(c: Ctx, n: int) -> tuple[str, str]:
    """Live blog: newest entry first, each with a time, heading and text; key points box; share per entry."""
    a, site = c.art, "Westcountry Live"
    entries = [(h, s.partition("#")) for kind, h, s in a.body if kind == "entry"]
    posts = "".join(
        f'<article class="live-post" id="post-{k}"><header><time class="live-post__time">{e(stamp)}</time>'
        f'<h2 class="live-post__title">{e(heading)}</h2></header><div class="live-post__body"><p>{e(said)}</p></div>'
        f'<footer class="live-post__share"><a>Share this post</a><a>Copy link</a></footer></article>'
        for k, (heading, (stamp, _, said)) in reversed(list(enumerate(entries)))
    )
    page = (
        head(a, site, c.url, f"LIVE: {a.title} – {site}")
        + '<body><header class="site-header"><a class="brand" href="/">Westcountry Live</a><nav>'
        + "".join(f"<a>{s}</a>" for s in ("News", "Live", "Politics", "Weather", "Traffic", "Sport"))
        + '</nav></header><main><div class="live-header"><span class="live-badge">LIVE</span>'
        f'<h1>{e(a.title)}</h1><p class="summary">{e(a.dek)}</p><div class="updated">Last updated '
        f'{fmt_day(a.moment, "long")}</div></div><section class="key-points"><h2>Key points</h2><ul>'
        + "".join(f"<li>{e(h)}</li>" for h, _ in entries[:3])
        + '</ul></section><div class="live-feed">'
        + posts
        + '<button class="load-more">Show older posts</button></div>'
        + teaser_list(c.others[:3], "related", "Related stories")
        + "</main><footer><p>© Westcountry Live 2025</p><p>Terms · Privacy · Accessibility</p></footer></body></html>"
    )
    gold = "\n\n".join(x for h, (stamp, _, said) in reversed(entries) for x in (h, said))
    return page, gold


def t_gallery(c: Ctx, n: int) -> tuple[str, str]:
    """Gallery: intro paragraph, then slides (figure, counter, caption, credit), ads between slides."""
    a, site = c.art, "The Vale Courier"
    slides = [(t, credit) for kind, t, credit in a.body if kind == "slide"]
    intro = [t for kind, t, _ in a.body if kind == "p"]
    figs = "".join(
        f'<figure class="gallery__slide"><div class="counter">{k + 1} / {len(slides)}</div><img src="/g/{k}.jpg" alt="">'
        f'<figcaption><span class="caption-text">{e(t)}</span> <span class="credit">{e(credit)}</span></figcaption></figure>'
        + ('<div class="ad">Advertisement</div>' if k == 1 else "")
        for k, (t, credit) in enumerate(slides)
    )
    page = (
        head(a, site, c.url, f"{a.title} | {site}")
        + '<body><header><div class="logo">The Vale Courier</div><nav>'
        + "".join(f"<a>{s}</a>" for s in ("Home", "News", "Pictures", "Video", "What's on", "Sport"))
        + f'</nav></header><main><article class="gallery"><h1>{e(a.title)}</h1>'
        f'<p class="gallery__dek">{e(a.dek)}</p><p class="meta">{e(a.meta["author"])} · {fmt_day(a.moment, "long")}</p>'
        + "".join(f"<p>{e(t)}</p>" for t in intro)
        + f'<div class="gallery__slides">{figs}</div>'
        '<div class="share"><span>Share this gallery</span><a>Facebook</a><a>X</a><a>Pinterest</a></div></article>'
        + teaser_list(c.others[:4], "more-galleries", "More picture galleries", prose=False)
        + "</main><footer><p>Send us your pictures: upload them through our reader photos page.</p>"
        "<p>© 2025 Vale Courier Newspapers</p></footer></body></html>"
    )
    return page, "\n\n".join([*intro, *(t for t, _ in slides)])


def t_blog(c: Ctx, n: int) -> tuple[str, str]:
    """WordPress-style community blog: entry-content, share buttons, 'Like this', related posts, sidebar
    widgets (recent posts, archives, categories), comments and reply form."""
    a, site = c.art, "Rosemount Notes" if n % 2 == 0 else "Plot 17 and Other Stories"
    page = (
        head(a, site, c.url, f"{a.title} – {site}")
        + f'<body class="post-template-default single"><div id="page" class="site"><header id="masthead" class="site-header">'
        f'<p class="site-title"><a href="/">{e(site)}</a></p><p class="site-description">Small things from one corner of town</p>'
        '<nav id="site-navigation" class="main-navigation"><ul><li><a>Home</a></li><li><a>About</a></li><li><a>Contact</a></li></ul></nav>'
        f'</header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{e(a.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{a.moment.isoformat()}">'
        f'{fmt_day(a.moment, "long").split(",")[0]}</time></span> <span class="byline">by {e(a.meta["author"])}</span></div></header>'
        f'<div class="entry-content">{body_html(a)}'
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Email</a></li><li><a>Facebook</a></li>'
        '<li><a>Print</a></li></ul></div><div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><p>Like Loading...</p></div>'
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>'
        + "".join(
            f'<div class="jp-relatedposts-post"><h4><a>{e(o.title)}</a></h4><p class="jp-relatedposts-post-excerpt">{e(o.body[0][1][:160])}</p>'
            f'<p class="jp-relatedposts-post-context">In "{e(o.meta["section"])}"</p></div>'
            for o in c.others[:3]
        )
        + '</div></div><footer class="entry-footer"><span class="cat-links">Posted in <a>'
        + e(a.meta["section"])
        + '</a></span><span class="tags-links">Tagged <a>street life</a>, <a>neighbours</a></span></footer></article>'
        '<nav class="post-navigation"><div class="nav-previous"><a><span>Previous post</span> '
        + e(c.others[3].title)
        + '</a></div><div class="nav-next"><a><span>Next post</span> '
        + e(c.others[4].title)
        + "</a></div></nav>"
        + comment_widget(n, "wp")
        + '</main></div><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Search</h2>'
        '<form><input placeholder="Search …"></form></section><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>'
        + "".join(f"<li><a>{e(o.title)}</a></li>" for o in c.others[5:10])
        + '</ul></section><section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>'
        "<li><a>May 2025</a></li><li><a>April 2025</a></li><li><a>March 2025</a></li><li><a>February 2025</a></li></ul></section>"
        '<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a>Community</a></li>'
        "<li><a>Garden</a></li><li><a>Local</a></li><li><a>Uncategorized</a></li></ul></section></aside></div>"
        '<footer id="colophon" class="site-footer"><div class="site-info">Proudly written by hand. Theme: Minimal Leaf.</div>'
        "</footer></div></body></html>"
    )
    return page, gold_text(a)


def t_paywall(c: Ctx, n: int) -> tuple[str, str]:
    """Dalesman Post: consent overlay first in the page, <article> with a metered paywall after the first
    paragraphs (the rest is not in the HTML), 'you might also like' cards, app promotion."""
    a, site = c.art, "The Dalesman Post"
    ps = paragraphs_at(a)
    cut = ps[3] if n % 2 == 0 else ps[2]
    page = (
        head(a, site, c.url, f"{site} | {a.title}")
        + '<body><div id="consent" class="consent-overlay" role="dialog"><h2>We value your privacy</h2><p>We and our '
        "partners store and access information on your device, such as cookies, to measure audiences, personalise "
        "content and show adverts. You can change your mind at any time in the privacy centre.</p><button>Agree</button>"
        '<button>More options</button></div><header class="hdr"><div class="hdr__brand">The Dalesman Post</div><nav>'
        + "".join(
            f"<a>{s}</a>" for s in ("Home", "Politics", "Business", "Health", "Housing", "Comment", "Puzzles")
        )
        + '</nav><a class="hdr__cta">Subscribe from £1</a></header><main><article itemscope itemtype="https://schema.org/NewsArticle">'
        f'<h1 itemprop="headline">{e(a.title)}</h1><h2 class="sub">{e(a.dek)}</h2>'
        f'<div class="meta"><span itemprop="author">{e(a.meta["author"])}</span><span class="role">, {e(a.meta["section"])} correspondent</span>'
        f'<time itemprop="datePublished" datetime="{a.moment.isoformat()}">{fmt_day(a.moment, "long")}</time>'
        '<span class="readtime">4 min read</span></div>'
        f'<div itemprop="articleBody" class="article-body">{body_html(a, shown=cut)}</div>'
        '<div class="paywall"><h3>This article is for subscribers</h3><p>Get unlimited access to independent journalism '
        "from the Dales for less than the price of a coffee a week.</p><button>See offers</button>"
        "<p>Already a subscriber? <a>Log in</a></p></div></article>"
        '<section class="cards"><h2>You might also like</h2>'
        + "".join(
            f'<div class="card"><a><img src="/c/{k}.jpg"><h3>{e(o.title)}</h3><p>{e(o.dek)}</p></a></div>'
            for k, o in enumerate(c.others[:3])
        )
        + '</section><div class="app-promo"><p>Read the Post on the go. Download our app for breaking news alerts.</p>'
        "</div></main><footer><p>The Dalesman Post is a member of the press standards body and follows its code.</p>"
        "<p>© The Dalesman Post 2025. Registered office: Mill House, Skelby.</p></footer></body></html>"
    )
    return page, gold_text(a, shown=cut)


def t_magazine(c: Ctx, n: int) -> tuple[str, str]:
    """Longform magazine: hero with credit, drop-cap first paragraph in a <span>, pull quote repeating a body
    sentence, subheadings as <h3>, an end note about print, author bio, 'keep reading' grid."""
    a, site = c.art, "Northern Review"
    ps = paragraphs_at(a)
    quoted = next((t for kind, t, _ in a.body if kind == "p" and '"' in t), a.body[ps[1]][1])
    pull = quoted.split('"')[1] if quoted.count('"') >= 2 else quoted[:120]
    parts = []
    for k, (kind, text, _) in enumerate(a.body):
        if k == ps[3]:
            parts.append(f'<aside class="pullquote"><blockquote>“{e(pull)}”</blockquote></aside>')
        if kind == "p" and k == ps[0]:
            parts.append(f'<p class="lede"><span class="dropcap">{e(text[0])}</span>{e(text[1:])}</p>')
        elif kind == "p":
            parts.append(f"<p>{e(text)}</p>")
        elif kind == "h2":
            parts.append(f"<h3>{e(text)}</h3>")
    page = (
        head(a, site, c.url, f"{a.title} • {site}")
        + '<body><header class="mag-header"><a class="mag-logo">NORTHERN REVIEW</a><nav><a>Features</a><a>Culture</a>'
        '<a>Nature</a><a>Archive</a><a>Shop</a></nav><a class="mag-sub">Subscribe to the print edition</a></header>'
        f'<main><article class="feature"><div class="feature__hero"><img src="/h.jpg"><p class="feature__credit">'
        f'Illustration by Pia Lindqvist for Northern Review</p></div><p class="feature__rubric">{e(a.meta["section"])}</p>'
        f'<h1 class="feature__title">{e(a.title)}</h1><p class="feature__dek">{e(a.dek)}</p>'
        f'<p class="feature__byline">Words by {e(a.meta["author"])} · {fmt_day(a.moment, "long").split(",")[0]}</p>'
        f'<section class="feature__body">{"".join(parts)}</section>'
        '<p class="feature__endnote"><em>A version of this story appears in the autumn print issue of Northern Review.</em></p>'
        f'<div class="bio"><p>{e(a.meta["author"])} writes about heritage and wild places. Their first book is out next spring.</p></div>'
        "</article>"
        + teaser_list(c.others[:4], "keep-reading", "Keep reading")
        + '</main><footer class="mag-footer"><p>Northern Review is published four times a year.</p><p>Stockists · Back issues · '
        "Contact · Terms</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_wire(c: Ctx, n: int) -> tuple[str, str]:
    """Wire service: body in div.article-text paragraphs with the dateline, a 'related coverage' list inside
    the body container, a reporting credit line, a standards note, 'more from the wire' headlines."""
    a, site = c.art, "Meridian Wire"
    ps = paragraphs_at(a)
    related = (
        '<div class="related-coverage"><p class="rc-title">Related Coverage</p><ul>'
        + "".join(f"<li><a>{e(o.title)}</a></li>" for o in c.others[:2])
        + "</ul></div>"
    )
    page = (
        head(a, site, c.url, f"{a.title} | {site}")
        + '<body><div class="wire-top"><a class="wire-logo">MERIDIAN WIRE</a><nav>'
        + "".join(
            f"<a>{s}</a>"
            for s in (
                "World",
                "Business",
                "Markets",
                "Sustainability",
                "Legal",
                "Breakingviews",
                "Technology",
            )
        )
        + '</nav><div class="wire-search"><input placeholder="Search"></div></div><div class="wire-body">'
        f'<div class="article-header"><a class="section-tag">{e(a.meta["section"])}</a><h1>{e(a.title)}</h1>'
        f'<div class="article-meta"><time datetime="{a.moment.isoformat()}">{a.moment:%B} {a.moment.day}, {a.moment.year}'
        f" {a.moment:%H:%M} GMT</time><span>Updated an hour ago</span></div></div>"
        f'<div class="article-text">{body_html(a, inserts={ps[2]: related})}'
        '<p class="credit-line">Reporting by Alina Petrescu; Editing by Mark Ellery</p></div>'
        '<div class="standards"><p>Our Standards: how the Meridian Wire checks facts and corrects errors.</p></div>'
        '<div class="more-wire"><h2>More from Meridian Wire</h2>'
        + "".join(
            f'<div class="mw-item"><a>{e(o.title)}</a><span>{k + 2} min read</span></div>'
            for k, o in enumerate(c.others[2:7])
        )
        + '</div></div><footer class="wire-footer"><p>Market prices shown here lag the exchanges by a quarter of an hour.</p><p>© 2025 Meridian Wire. '
        "All rights reserved.</p></footer></body></html>"
    )
    return page, gold_text(a)


CHROME = {
    "de": {
        "site": "Wendlinger Kurier",
        "nav": ("Startseite", "Region", "Verkehr", "Politik", "Sport", "Kultur", "Anzeigen"),
        "also": "Lesen Sie auch:",
        "more": "Mehr zum Thema",
        "share": "Artikel teilen",
        "cookie": "Wir verwenden Cookies und ähnliche Techniken, um Inhalte und Anzeigen zu personalisieren.",
        "accept": "Alle akzeptieren",
        "comments": "Kommentare",
        "login": "Melden Sie sich an, um zu kommentieren.",
        "photo": "Foto: Archiv",
        "footer": "Impressum · Datenschutz · Kontakt · Mediadaten",
    },
    "es": {
        "site": "Diario de Villalora",
        "nav": ("Portada", "Ciudad", "Provincia", "Deportes", "Cultura", "Opinión", "Esquelas"),
        "also": "Lea también:",
        "more": "Más noticias",
        "share": "Compartir noticia",
        "cookie": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad.",
        "accept": "Aceptar",
        "comments": "Comentarios",
        "login": "Inicie sesión para comentar.",
        "photo": "Foto: Archivo",
        "footer": "Aviso legal · Privacidad · Contacto · Publicidad",
    },
}


def t_regional(c: Ctx, n: int) -> tuple[str, str]:
    """German/Spanish regional portal: 'read also' teaser inside the body, image with credit, 'more on the
    subject' box with teaser prose, share row, comments login prompt, cookie text, imprint footer."""
    a = c.art
    ch = CHROME[a.meta["lang"]]
    ps = paragraphs_at(a)
    same = [o for o in c.others if o.meta["lang"] == a.meta["lang"]] or c.others
    also = f'<p class="lesetipp"><strong>{e(ch["also"])}</strong> <a>{e(same[0].title)}</a></p>'
    img = (
        f'<figure class="bild"><img src="/b.jpg"><figcaption>{e(a.dek.split(".")[0])}. '
        f'<span class="quelle">{e(ch["photo"])}</span></figcaption></figure>'
    )
    page = (
        head(a, ch["site"], c.url, f"{a.title} | {ch['site']}")
        + f'<body><div class="cmp">{e(ch["cookie"])} <button>{e(ch["accept"])}</button></div>'
        f'<header><div class="logo">{e(ch["site"])}</div><nav>'
        + "".join(f"<a>{e(s)}</a>" for s in ch["nav"])
        + f'</nav></header><main><article class="artikel"><span class="dachzeile">{e(a.meta["section"])}</span>'
        f'<h1>{e(a.title)}</h1><p class="teaser">{e(a.dek)}</p><div class="autor">{e(a.meta["author"])} · '
        f"{fmt_day(a.moment, a.meta['lang'])}</div>{img}"
        f'<div class="artikel-text">{body_html(a, inserts={ps[2]: also})}</div>'
        f'<div class="teilen">{e(ch["share"])}: <a>Facebook</a> <a>WhatsApp</a> <a>E-Mail</a></div></article>'
        + teaser_list(same[1:4] if len(same) > 3 else c.others[:3], "mehr", ch["more"])
        + f'<section class="kommentare"><h2>{e(ch["comments"])} (0)</h2><p>{e(ch["login"])}</p></section></main>'
        f"<footer><p>{e(ch['footer'])}</p><p>© 2025 {e(ch['site'])}</p></footer></body></html>"
    )
    return page, gold_text(a)


def t_station(c: Ctx, n: int) -> tuple[str, str]:
    """Local TV station: a breaking-news ticker, a video player's text, body in <div> with <br><br> breaks
    between paragraphs, 'download our app' box, an associated-press style copyright note, a 'top stories'
    rail with teaser sentences."""
    a, site = c.art, "KVLE News 9"
    paras = [t for kind, t, _ in a.body if kind == "p"]
    page = (
        head(a, site, c.url, f"{a.title} | KVLE")
        + '<body><div class="ticker"><b>BREAKING</b> '
        + " • ".join(e(o.title) for o in c.others[:2])
        + '</div><header><a class="station">KVLE NEWS 9</a><nav>'
        + "".join(
            f"<a>{s}</a>"
            for s in ("News", "Weather", "Traffic", "Sports", "Watch Live", "Contests", "Contact Us")
        )
        + '</nav></header><div class="page"><div class="main-col">'
        f'<h1 class="article-title">{e(a.title)}</h1><div class="article-byline">By {e(a.meta["author"])}</div>'
        f'<div class="article-date">Posted: {fmt_day(a.moment, "us")} / Updated: {fmt_day(a.moment, "us")}</div>'
        '<div class="video-player"><div class="vp-title">WATCH: Our reporter at the scene</div><div class="vp-controls">'
        "Play Mute 0:00 / 2:14 Fullscreen</div></div>"
        '<div class="article-content">' + "<br><br>".join(e(t) for t in paras) + "</div>"
        '<div class="app-box"><p>Download the KVLE News 9 app for live video and weather alerts wherever you are.</p>'
        "<a>App Store</a> <a>Google Play</a></div>"
        '<p class="copy">Copyright 2025 KVLE. Not to be broadcast or republished without the station\'s consent.</p>'
        '</div><div class="rail"><h3>Top Stories</h3>'
        + "".join(f'<div class="rail-item"><a>{e(o.title)}</a><p>{e(o.dek)}</p></div>' for o in c.others[2:5])
        + "</div></div><footer><p>KVLE News 9 · 1500 Broadcast Way</p><p>EEO Report · FCC Public File · Closed Captioning</p>"
        "</footer></body></html>"
    )
    return page, "\n\n".join(paras)


Maker = Callable[[Ctx, int], tuple[str, str]]
"""A site template: the page and its gold text for an article (its number within the template)."""


TEMPLATES: dict[str, tuple[Maker, str, tuple[str, ...]]] = {
    "gazette": (
        t_gazette,
        "https://www.harbourgazette.example/news/",
        ("ferry-terminal", "sewage-fine", "bridge-closure"),
    ),
    "tribune": (
        t_tribune,
        "https://metrotribune.example/story/",
        ("school-meals", "fire-warehouse", "court-fraud"),
    ),
    "live": (t_live, "https://westcountrylive.example/live/", ("wildfire-live", "election-live")),
    "gallery": (t_gallery, "https://valecourier.example/pictures/", ("floods-gallery", "festival-gallery")),
    "blog": (
        t_blog,
        "https://rosemountnotes.example/2025/",
        ("recycling-blog", "allotment-blog", "library-hours"),
    ),
    "paywall": (
        t_paywall,
        "https://dalesmanpost.example/",
        ("budget-debate", "housing-plan", "heatwave-hospitals", "bakery-strike"),
    ),
    "magazine": (
        t_magazine,
        "https://northernreview.example/features/",
        ("museum-loan", "river-otters", "chess-prodigy"),
    ),
    "wire": (
        t_wire,
        "https://meridianwire.example/world/",
        ("rail-strike-wire", "harvest-wire", "wind-turbine-factory"),
    ),
    "regional": (t_regional, "https://regional.example/", ("solar-farm-de", "bahnhof-de", "mercado-es")),
    "station": (
        t_station,
        "https://kvle9.example/news/",
        ("marathon", "stadium-vote", "tram-extension", "vaccine-van"),
    ),
}


def pages(
    templates: dict[str, tuple[Maker, str, tuple[str, ...]]],
    articles: list[Article],
    teasers: list[Article],
    url_of: Callable[[str, str, Article], str],
) -> list[dict[str, object]]:
    """One row per (template, slug): the page, its gold and metadata. Each page's teasers are the other
    ``teasers`` in an order fixed by its slug; ``url_of(template, base, article)`` is its address."""
    by_slug = {a.slug: a for a in articles}
    rows: list[dict[str, object]] = []
    for template, (make, base, slugs) in templates.items():
        for n, slug in enumerate(slugs):
            art = by_slug[slug]
            shift = sum(map(ord, slug))
            pool = [o for o in teasers if o.slug != slug]
            others = [pool[(shift + 7 * k) % len(pool)] for k in range(len(pool))]
            seen: list[Article] = []
            for o in others:
                if o not in seen:
                    seen.append(o)
            url = url_of(template, base, art)
            page, gold = make(Ctx(art, seen, url), n)
            rows.append(
                {
                    "id": hashlib.sha256(url.encode()).hexdigest()[:16],
                    "url": url,
                    "template": template,
                    "lang": art.meta["lang"],
                    "html": page,
                    "gold_text": gold,
                    "gold_title": art.title,
                    "gold_date": art.moment.date().isoformat(),
                }
            )
    return rows


def write_pages(rows: list[dict[str, object]], out: Path) -> None:
    """The rows as gzipped JSON lines, byte-identical on every run (no time or name in the gzip header)."""
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(data)
    print(
        f"{len(rows)} pages, {len({r['template'] for r in rows})} templates -> {out.relative_to(HERE.parents[2])}"
    )


def build() -> list[dict[str, object]]:
    articles = read_articles()
    news = [a for a in articles if a.dek and a.body[0][0] not in ("entry", "slide")]
    return pages(TEMPLATES, articles, news, lambda template, base, art: base + art.slug)


def main() -> None:
    write_pages(build(), HERE / "html_dev.jsonl.gz")


if __name__ == "__main__":
    main()
