"""Build plain_dev.jsonl.gz: a modern plain-text (page_text) dev set, all of it original fiction.

    .venv/bin/python benchmarks/data/plain_dev/make_pages.py        # writes plain_dev.jsonl.gz beside this file

Two batches, one page a line (``id``, ``url``, ``batch``, ``template``, ``lang``, ``html``, ``page_text``,
``gold_text``, ``gold_title``):

- ``html_dev``: the 30 pages of ../html_dev/html_dev.jsonl.gz (seventeenth round), read as they are (their HTML and
  gold are not changed) and rendered to page_text;
- ``plain_dev``: 30 new pages around the articles in articles.txt, in ten site templates that html_dev does
  not have (README.md), rendered the same way.

page_text is made by ``page_text.page_text``, the rule of ../shared/data/README.md (all visible text, one line per
block element). Gold follows html_dev's convention (aeb's: the article body's paragraphs, blank-line
separated; no headline, standfirst, byline, captions, credits, promos, comments or other chrome). Deterministic.
"""

from __future__ import annotations

import gzip
import html
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from page_text import page_text  # noqa: E402

HTML_DEV = HERE.parent / "html_dev" / "html_dev.jsonl.gz"
OUT = HERE / "plain_dev.jsonl.gz"
e = html.escape


@dataclass
class Story:
    slug: str
    meta: dict[str, str]
    body: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, text, extra)

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def dek(self) -> str:
        return self.meta.get("dek", "")

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.meta["date"])

    def paragraphs(self) -> list[str]:
        return [text for kind, text, _ in self.body if kind == "p"]


def read_stories(path: Path = HERE / "articles.txt") -> list[Story]:
    stories: list[Story] = []
    in_head = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("# "):
            continue
        if line.startswith("@@ "):
            stories.append(Story(line[3:].strip(), {}))
            in_head = True
            continue
        if not stories:
            continue
        story = stories[-1]
        if in_head:
            if line:
                key, _, value = line.partition(":")
                story.meta[key.strip()] = value.strip()
            else:
                in_head = False
            continue
        if not line:
            continue
        if line.startswith("## "):
            story.body.append(("h2", line[3:], ""))
        elif line.startswith("> "):
            story.body.append(("quote", line[2:], ""))
        elif line.startswith("- "):
            story.body.append(("li", line[2:], ""))
        elif line.startswith("!! "):
            stamp, who, heading = (part.strip() for part in line[3:].split("|"))
            story.body.append(("entry", heading, f"{stamp}|{who}|"))
        elif story.body and story.body[-1][0] == "entry" and story.body[-1][2].endswith("|"):
            kind, heading, extra = story.body[-1]
            story.body[-1] = (kind, heading, extra + line)
        else:
            story.body.append(("p", line, ""))
    return stories


def gold_of(story: Story, shown: int | None = None) -> str:
    out: list[str] = []
    for kind, text, extra in story.body[:shown]:
        if kind == "entry":
            out += [text, extra.split("|", 2)[2]]
        else:
            out.append(text)
    return "\n\n".join(out)


def body_markup(story: Story, inserts: dict[int, str] | None = None, wrap: str = "p") -> str:
    """The body as markup; ``inserts[n]``: chrome placed before paragraph n (counted over paragraphs)."""
    inserts = inserts or {}
    out: list[str] = []
    k = 0
    for kind, text, _ in story.body:
        if kind == "p":
            out.append(inserts.get(k, ""))
            out.append(f"<p>{e(text)}</p>" if wrap == "p" else f'<div class="{wrap}">{e(text)}</div>')
            k += 1
        elif kind == "h2":
            out.append(f"<h2>{e(text)}</h2>")
        elif kind == "quote":
            out.append(f"<blockquote>{e(text)}</blockquote>")
        elif kind == "li":
            out.append(f"<ul><li>{e(text)}</li></ul>")
    return "".join(out)


def head(story: Story, title_tag: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{story.meta["lang"]}"><head><meta charset="utf-8"><title>{e(title_tag)}</title>'
        f'<meta name="description" content="{e(story.dek)}"><script>var cfg={{"ads":true}};</script>'
        "<style>.x{display:none}</style></head>"
    )


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


def long_day(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


@dataclass
class Page:
    story: Story
    others: list[Story]
    n: int


# ----------------------------------------------------------------------------------------------- templates


def t_portal(p: Page) -> str:
    """News portal syndicating a partner's story: listing teasers with prose and 'Read more' links, a
    'Continue reading' split, the partner's name and logo text, a 'More from' strip, sponsored links."""
    s, o = p.story, p.others
    half = len(s.paragraphs()) // 2
    listing = "".join(
        f'<div class="card"><a href="/s/{x.slug}"><h3>{e(x.title)}</h3></a><p>{e(x.dek)}</p>'
        f'<a class="more" href="/s/{x.slug}">Read more</a><span class="src">{e(x.meta["section"])} · {3 + k}h</span></div>'
        for k, x in enumerate(o[:4])
    )
    return (
        head(s, f"{s.title} - Northway News Portal")
        + '<body><div class="topbar"><a>Northway</a><input placeholder="Search the web"><a>Mail</a><a>Weather 9°</a>'
        "<a>Sign in</a></div><nav><a>For you</a><a>News</a><a>Money</a><a>Sport</a><a>Entertainment</a><a>Lifestyle</a>"
        '<a>Travel</a></nav><div class="layout"><div class="main"><div class="partner"><span>Story from</span>'
        f"<b>The Brennock Courier</b><button>Follow</button></div><h1>{e(s.title)}</h1>"
        f'<div class="meta">{e(s.meta["author"])} · {s.when.day}/{s.when.month}/{s.when.year} · 3 min read</div>'
        f'<div class="body">{body_markup(Story(s.slug, s.meta, s.body[:half]))}'
        '<div class="continue"><button>Continue reading</button></div>'
        f"{body_markup(Story(s.slug, s.meta, s.body[half:]))}</div>"
        '<div class="reactions"><span>How do you feel about this story?</span><button>Upbeat</button><button>Sad</button>'
        "<button>Angry</button></div><p class='disclaimer'>This content was produced by our partner and is shown here"
        " under licence. Northway is not responsible for its accuracy.</p>"
        f'<h2>More from The Brennock Courier</h2><div class="listing">{listing}</div></div>'
        '<div class="rail"><h2>Sponsored links</h2><div>Retirees along the coast are switching insurers before the spring'
        " deadline.</div><div>This garden gadget keeps pigeons off the vegetable patch without harming them.</div>"
        f"<h2>Trending now</h2><ol>{''.join(f'<li>{e(x.title)}</li>' for x in o[4:8])}</ol></div></div>"
        "<footer><a>Privacy and cookies</a><a>Terms of use</a><a>Advertise</a><a>Feedback</a>"
        "<p>© 2025 Northway Media Group</p></footer></body></html>"
    )


def t_consent(p: Page) -> str:
    """A regional daily whose page text opens with a long consent dialog (prose about purposes and
    partners), then the article with a byline and role, a 'Listen to this article' widget, a 'read more'
    teaser block inside the body and an address footer."""
    s, o = p.story, p.others
    promo = o[0]
    inserts = {
        2: f'<div class="inline"><span>Read more</span><a href="/n/{promo.slug}">{e(promo.title)}</a></div>'
    }
    consent = (
        '<div id="consent"><h2>We value your privacy</h2><p>We and our 187 partners store and access information'
        " on your device, such as cookies and unique identifiers, to process personal data. You may accept or manage"
        " your choices below, including your right to object where legitimate interest is used, at any time by"
        " clicking Privacy settings at the bottom of every page.</p><p>We and our partners process data to provide:"
        " use precise geolocation data, actively scan device characteristics for identification, personalised"
        " advertising and content, advertising and content measurement, audience research and service"
        " development.</p><button>I accept</button><button>Show purposes</button><button>Reject all</button>"
        "<a>List of partners (vendors)</a></div>"
    )
    return (
        head(s, f"{s.title} | The Estuary Post")
        + f"<body>{consent}<header><a class=logo>The Estuary Post</a><nav><a>News</a><a>Sport</a><a>What's On</a>"
        "<a>Property</a><a>Jobs</a><a>Announcements</a><a>Puzzles</a></nav><a>Subscribe</a><a>Log in</a></header>"
        f'<main><article><div class="crumbs"><a>Home</a> <a>{e(s.meta["section"])}</a></div><h1>{e(s.title)}</h1>'
        f'<p class="dek">{e(s.dek)}</p><div class="author"><img alt=""><div><a>{e(s.meta["author"])}</a>'
        f'<span>{e(s.meta["role"])}</span></div></div><div class="when">{long_day(s.when)}</div>'
        '<div class="listen"><button>Listen to this article</button><span>4 min</span><span>Powered by an'
        " automated voice</span></div>"
        f'<div class="content">{body_markup(s, inserts)}</div>'
        '<div class="promo-box"><h3>The Post, every morning</h3><p>Sign up for our daily briefing and never miss'
        " a story from your town.</p><button>Sign up</button></div>"
        '<div class="tags"><span>Topics</span><a>'
        + e(s.meta["section"])
        + "</a><a>Councils</a></div></article>"
        '<section class="readmore"><h2>Read more</h2>'
        + "".join(f'<div class="t"><a><h3>{e(x.title)}</h3></a><p>{e(x.dek)}</p></div>' for x in o[1:4])
        + "</section></main><footer><p>The Estuary Post, Unit 4, Riverside Business Park, Pennock PN3 7QA</p>"
        "<p>Registered in England and Wales No. 04417730. The Estuary Post is a trading name of Coastline Press Ltd.</p>"
        "<p><a>Privacy settings</a> <a>Contact us</a> <a>Corrections</a></p></footer></body></html>"
    )


def t_broadcaster(p: Page) -> str:
    """Public broadcaster: byline with role and an 'Additional reporting' line, share, captions with
    credits, 'Related topics', 'More on this story', 'Top stories', 'Features' and a long footer."""
    s, o = p.story, p.others
    cap = (
        '<figure><img alt=""><span class="credit">Brennock Broadcasting</span><figcaption>The scene on '
        f"{MONTHS[s.when.month - 1]} {s.when.day}</figcaption></figure>"
    )
    return (
        head(s, f"{s.title} - BBN News")
        + "<body><a>Skip to content</a><header><a>BBN</a><a>Sign in</a><a>Home</a><a>News</a><a>Sport</a><a>Weather</a>"
        "<a>iPlayer</a><a>Sounds</a><a>Bitesize</a></header><nav><a>Home</a><a>UK</a><a>World</a><a>Business</a>"
        "<a>Politics</a><a>Tech</a><a>Science</a><a>Health</a><a>Education</a></nav>"
        f"<main><article><h1>{e(s.title)}</h1><div><time>{long_day(s.when)}</time></div>"
        '<div class="share"><button>Share</button><button>Save</button></div>'
        f'<div class="byline"><span>{e(s.meta["author"])}</span><span>{e(s.meta["role"])}</span></div>'
        f"{cap}{body_markup(s)}"
        '<p class="extra">Additional reporting by Tom Ellery</p></article>'
        "<section><h2>Related topics</h2><ul><li><a>"
        + e(s.meta["section"])
        + "</a></li><li><a>Brennock</a></li></ul></section>"
        "<section><h2>More on this story</h2><ul>"
        + "".join(
            f"<li><a>{e(x.title)}</a><span>{x.when.day} {MONTHS[x.when.month - 1]}</span></li>" for x in o[:2]
        )
        + "</ul></section><section><h2>Top stories</h2>"
        + "".join(f"<div><a><h3>{e(x.title)}</h3></a><span>Live</span></div>" for x in o[2:5])
        + "</section><section><h2>Features</h2>"
        + "".join(f"<div><a><h3>{e(x.title)}</h3></a><p>{e(x.dek)}</p></div>" for x in o[5:8])
        + "</section></main><footer><a>Terms of Use</a><a>About the BBN</a><a>Privacy Policy</a><a>Cookies</a>"
        "<a>Accessibility Help</a><a>Parental Guidance</a><a>Contact the BBN</a><p>Copyright 2025 BBN. Links to other"
        " websites open pages we do not run and cannot vouch for; our linking policy explains how we choose them.</p></footer>"
        "</body></html>"
    )


def t_liveupdates(p: Page) -> str:
    """Live updates, oldest first: each entry with a time, the writer's name and role, a heading and the
    text; a pinned summary, 'Share this update', a 'Key events' list and a 'Show more updates' button."""
    s, o = p.story, p.others
    entries = [(text, extra.split("|", 2)) for kind, text, extra in s.body if kind == "entry"]
    posts = "".join(
        f'<div class="update"><div class="time">{e(stamp)}</div><div class="who"><b>{e(who.split(",")[0])}</b>'
        f"<span>{e(who.split(',', 1)[1].strip())}</span></div><h3>{e(heading)}</h3><p>{e(said)}</p>"
        "<button>Share this update</button></div>"
        for heading, (stamp, who, said) in entries
    )
    return (
        head(s, f"Live updates: {s.title}")
        + "<body><header><a>The Northern Ledger</a><nav><a>Live</a><a>News</a><a>Politics</a><a>Weather</a></nav>"
        f'</header><main><span class="badge">Live updates</span><h1>{e(s.title)}</h1><p>{e(s.dek)}</p>'
        '<div class="pinned"><b>Pinned</b><p>Refresh this page for the latest, or turn on notifications to hear'
        " about major developments.</p></div><div class='key'><h2>Key events</h2><ul>"
        + "".join(f"<li><a>{e(h)}</a></li>" for h, _ in entries[:3])
        + f'</ul></div><div class="feed">{posts}<button>Show more updates</button></div>'
        "<section><h2>Latest stories</h2>"
        + "".join(f"<div><a>{e(x.title)}</a><p>{e(x.dek)}</p></div>" for x in o[:3])
        + "</section></main><footer><p>The Northern Ledger, 2 Castle Wynd, Dunfirth</p><p>© 2025</p></footer>"
        "</body></html>"
    )


def t_photo(p: Page) -> str:
    """A photo-led story: several images in the body, each with a counter, an 'Enlarge this image' button,
    a caption and a credit; a photographer's byline; 'View gallery' and a 'Most viewed galleries' rail."""
    s, o = p.story, p.others
    inserts = {
        k: f'<figure><button>Enlarge this image</button><img alt=""><div class="count">Image {k} of 4</div>'
        f"<figcaption>{e(s.meta['section'])} picture from the week.</figcaption>"
        f'<span class="credit">Photo: {e(["Anna Kerrigan", "Joe Pell", "Lisa Ambrose"][p.n % 3])} / Coastline Pictures</span>'
        "</figure>"
        for k in (1, 3)
    }
    return (
        head(s, f"{s.title} • Fenland Times")
        + "<body><div class=top><a>Fenland Times</a><a>Subscribe</a><a>Newsletters</a><a>Log in</a></div>"
        "<nav><a>News</a><a>Pictures</a><a>Nature</a><a>Sport</a><a>Opinion</a><a>Obituaries</a></nav>"
        f'<main><article><p class="section">{e(s.meta["section"])}</p><h1>{e(s.title)}</h1><h2 class="dek">{e(s.dek)}</h2>'
        f'<p class="by">Words by {e(s.meta["author"])}, pictures by Anna Kerrigan</p><p class="date">{long_day(s.when)}</p>'
        '<figure class="lead"><img alt=""><figcaption>Taken on a long lens from the shore.</figcaption>'
        '<span class="credit">Photograph: Anna Kerrigan for the Fenland Times</span></figure>'
        f"{body_markup(s, inserts)}<a class='gallery-link'>View gallery (12 photos)</a></article>"
        "<aside><h2>Most viewed galleries</h2><ul>"
        + "".join(f"<li><a>In pictures: {e(x.title)}</a></li>" for x in o[:4])
        + "</ul></aside></main><footer><p>Send us your photos and videos</p><p>Fenland Times, Marsh Road, Fenby FB2"
        " 9LT. Part of Levels Media.</p></footer></body></html>"
    )


def t_newsletter(p: Page) -> str:
    """A newsletter-first local site (hosted publishing platform): subscribe prompts above and below, a
    'Share' row, 'Leave a comment', a comment count, the writer's note, 'Ready for more?' footer."""
    s, o = p.story, p.others
    return (
        head(s, f"{s.title} - The Halverton Letter")
        + "<body><header><a>The Halverton Letter</a><a>Subscribe</a><a>Sign in</a></header><main><article>"
        f"<h1>{e(s.title)}</h1><h3>{e(s.dek)}</h3><div class='pub'><a>{e(s.meta['author'])}</a>"
        f"<div>{MONTHS[s.when.month - 1][:3]} {s.when.day}, {s.when.year}</div></div>"
        "<div class='actions'><span>14</span><span>3</span><button>Share</button></div>"
        "<div class='sub'><p>The Halverton Letter is a reader-supported publication. To receive new posts and"
        " support my work, consider becoming a free or paid subscriber.</p><input placeholder='Type your email...'>"
        f"<button>Subscribe</button></div><div class='body'>{body_markup(s)}</div>"
        "<p class='note'>Thanks for reading The Halverton Letter! This post is public, so feel free to share it.</p>"
        "<button>Share</button><div class='sub'><p>Subscribe for free to receive new posts and support my work.</p>"
        "<button>Subscribe</button></div><div class='likes'>14 Likes · 2 Restacks</div>"
        "<section class='comments'><h3>Discussion about this post</h3><button>Comments</button><button>Restacks</button>"
        "<div class='comment'><b>Glenys Hart</b><span>2d</span><p>Shared this with our street group. Nobody"
        " had heard anything about it until now.</p><a>Reply</a></div><div class='comment'><b>Ade</b><span>1d</span>"
        "<p>Good to see someone following this up properly.</p><a>Reply</a></div></section></article>"
        "<section><h2>Ready for more?</h2><input placeholder='Type your email...'><button>Subscribe</button></section>"
        "<section><h2>More from The Halverton Letter</h2>"
        + "".join(f"<div><a>{e(x.title)}</a><p>{e(x.dek)}</p></div>" for x in o[:3])
        + "</section></main><footer><p>© 2025 The Halverton Letter</p><a>Privacy</a><a>Terms</a>"
        "<a>Collection notice</a><p>Start writing</p><p>Get the app</p></footer></body></html>"
    )


THREAD = [
    (
        "Maggie_T",
        "I have lived here forty years and this is the first sensible thing the council has done in a while.",
    ),
    ("northsider", "Sensible for who? Nobody asked the people who actually have to live with it every day."),
    ("Doug R", "The figures in the report do not add up. Where did they get the numbers from?"),
    ("Pel", "Agree with Maggie. Give it a year and everyone will wonder what the fuss was about."),
    ("concerned parent", "My kids use that route to get to school. Has anyone said what happens in winter?"),
    (
        "Hugh B.",
        "Same story as always, decided behind closed doors and announced when it is too late to object.",
    ),
]


def t_community(p: Page) -> str:
    """Local news with a long readers' thread under the article (sorted, with votes, 'Report', 'Reply'),
    a 'Most commented' list and a 'Do you have a story?' prompt with an address."""
    s, o = p.story, p.others
    picked = [THREAD[(p.n + k) % len(THREAD)] for k in range(5)]
    thread = "".join(
        f"<li><div class='head'><b>{e(who)}</b><span>{k + 1} hours ago</span></div><p>{e(said)}</p>"
        f"<div class='tools'><span>{7 - k} likes</span><a>Reply</a><a>Report</a></div></li>"
        for k, (who, said) in enumerate(picked)
    )
    return (
        head(s, f"{s.title} | Calder Chronicle")
        + "<body><header><a>Calder Chronicle</a><nav><a>News</a><a>Crime</a><a>Roads</a><a>Schools</a><a>Sport</a>"
        f"</nav></header><main><h1>{e(s.title)}</h1><p class='standfirst'>{e(s.dek)}</p>"
        f"<div class='byline'>By {e(s.meta['author'])} | {e(s.meta['role'])} | {long_day(s.when)} | "
        f"<a>{len(picked)} comments</a></div>{body_markup(s)}"
        "<div class='story-prompt'><h3>Got a tip for the newsroom?</h3><p>Get in touch with the newsroom on"
        " 01632 960 441 or write to us at 9 Market Street, Calder CD1 4RE.</p></div>"
        f"<section class='comments'><h2>Comments ({len(picked)})</h2><p>Sort by: Newest | Oldest | Most liked</p>"
        "<p>Comments are the views of our readers and are moderated after they appear.</p>"
        f"<ol>{thread}</ol><button>View more comments</button></section>"
        "<aside><h2>Most commented</h2><ol>"
        + "".join(
            f"<li><a>{e(x.title)}</a><span>{40 + 7 * k} comments</span></li>" for k, x in enumerate(o[:4])
        )
        + "</ol></aside></main><footer><p>Calder Chronicle is part of Pennine News Ltd, 9 Market Street, Calder.</p>"
        "<p>Regulated by the press standards body. © 2025</p></footer></body></html>"
    )


def t_tabloid(p: Page) -> str:
    """A popular daily: bold bullet summary at the top, autoplay video text, 'MOST READ' and 'Trending'
    rails inside the page, inline 'READ MORE' links between paragraphs, 'Join our WhatsApp community',
    picture credits in capitals, a tip-off line and a long footer."""
    s, o = p.story, p.others
    inserts = {
        1: f"<p class='readmore'><b>READ MORE:</b> <a>{e(o[0].title)}</a></p>",
        3: f"<p class='readmore'><b>READ MORE:</b> <a>{e(o[1].title)}</a></p>"
        "<div class='mol-video'><span>Video player loading</span><p>Now playing</p><p>Autoplay is on. Up next in 5</p></div>",
    }
    return (
        head(s, f"{s.title} | The Daily Beacon")
        + "<body><header><a>The Daily Beacon</a><nav><a>Home</a><a>News</a><a>Sport</a><a>Showbiz</a><a>Money</a>"
        f"<a>Travel</a><a>Puzzles</a></nav></header><main><article><h1>{e(s.title)}</h1><ul class='bullets'>"
        f"<li>{e(s.dek)}</li><li>Read the full story below</li></ul>"
        f"<div class='by'><a>{e(s.meta['author'].upper())}</a><span>{e(s.meta['role'])}</span>"
        f"<span>Published {s.when:%H:%M}, {s.when.day} {MONTHS[s.when.month - 1][:3]} {s.when.year}</span></div>"
        "<figure><img alt=''><figcaption>The scene earlier this week</figcaption><span>PICTURE: BEACON SYNDICATION</span>"
        f"</figure>{body_markup(s, inserts)}"
        "<div class='whatsapp'><b>Join our WhatsApp community</b><p>Get the biggest stories sent straight to your"
        " phone. We will never share your number.</p></div>"
        "<p class='tip'>Do you have a story? Email tips@dailybeacon.example or call 0800 555 0199.</p></article>"
        "<aside><h2>MOST READ</h2><ol>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[2:7])
        + "</ol><h2>Trending</h2>"
        + "".join(f"<div><a>{e(x.title)}</a><p>{e(x.dek)}</p></div>" for x in o[7:9])
        + "</aside></main><footer><p>Beacon Newspapers Ltd, 1 Printworks Way, Sallow SL1 1AA</p><p>Part of"
        " Beacon Group. All rights reserved.</p><a>Contact</a><a>Terms</a><a>Privacy</a><a>Cookie preferences</a>"
        "</footer></body></html>"
    )


def t_mobile(p: Page) -> str:
    """A mobile (AMP-like) page: 'Open in app' banner, 'Listen' widget, advertisement labels between
    paragraphs, 'Recommended' cards, app store badges and a compact footer."""
    s, o = p.story, p.others
    ad = "<div class='amp-ad'><span>Advertisement</span><span>Scroll to continue with content</span></div>"
    return (
        head(s, s.title)
        + "<body><div class='app-banner'><b>Read it in the app</b><p>Faster, with offline reading.</p>"
        "<button>Open in app</button></div><header><button>Menu</button><a>Islands Today</a><button>Search</button>"
        f"</header><main><p class='sec'>{e(s.meta['section'])}</p><h1>{e(s.title)}</h1>"
        f"<p class='by'>{e(s.meta['author'])}, {e(s.meta['role'])}</p><p>{s.when:%d/%m/%Y %H:%M}</p>"
        "<div class='listen'><button>Listen</button><span>2 min</span></div>"
        f"{body_markup(s, {1: ad, 3: ad})}"
        "<div class='share'><a>Share on WhatsApp</a><a>Share on Facebook</a><a>Copy link</a></div>"
        "<h2>Recommended</h2>"
        + "".join(
            f"<div class='card'><a>{e(x.title)}</a><span>{e(x.meta['section'])}</span></div>" for x in o[:4]
        )
        + "</main><footer><p>Download our app</p><a>App Store</a><a>Google Play</a><p>Islands Today, Harbour Buildings,"
        " Kirkwall Road, Orra</p><p>© 2025 Islands Today</p></footer></body></html>"
    )


CHROME = {
    "de": {
        "cookie": "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu"
        " analysieren. Mit einem Klick auf Zustimmen willigen Sie ein.",
        "agree": "Zustimmen",
        "also": "Auch interessant:",
        "more": "Weitere Artikel",
        "share": "Artikel teilen",
        "foot": "Weserland Medien GmbH, Hafenstraße 12, 27568 Altenbruch. Impressum | Datenschutz | AGB",
        "nav": ("Startseite", "Lokales", "Region", "Sport", "Kultur", "Anzeigen"),
        "site": "Weserland Kurier",
        "by": "Von",
        "read": "Lesedauer: 3 Minuten",
    },
    "fr": {
        "cookie": "Nous utilisons des cookies pour mesurer l'audience et vous proposer des publicités adaptées."
        " Vous pouvez modifier vos choix à tout moment.",
        "agree": "Tout accepter",
        "also": "À lire aussi :",
        "more": "Sur le même sujet",
        "share": "Partager l'article",
        "foot": "La Dépêche des Causses, 4 avenue de la Gare, 12100 Montferrier. Mentions légales | Contact",
        "nav": ("Accueil", "Actualité", "Région", "Sports", "Loisirs", "Annonces"),
        "site": "La Dépêche des Causses",
        "by": "Par",
        "read": "Temps de lecture : 2 min",
    },
    "it": {
        "cookie": "Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso"
        " dei cookie.",
        "agree": "Accetta",
        "also": "Leggi anche:",
        "more": "Articoli correlati",
        "share": "Condividi",
        "foot": "Gazzetta del Golfo, via del Porto 18, Calvena. P.IVA 01234560987 | Privacy | Redazione",
        "nav": ("Home", "Cronaca", "Politica", "Sport", "Cultura", "Necrologie"),
        "site": "Gazzetta del Golfo",
        "by": "di",
        "read": "Tempo di lettura: 2 minuti",
    },
}


def t_europe(p: Page) -> str:
    """A continental regional portal in German, French or Italian: cookie text, section, standfirst,
    'Lesen Sie auch'-style promo inside the body, a share line, related teasers with prose, imprint footer."""
    s, o = p.story, p.others
    ch = CHROME[s.meta["lang"]]
    same = [x for x in o if x.meta["lang"] == s.meta["lang"]] + [
        x for x in o if x.meta["lang"] != s.meta["lang"]
    ]
    inserts = {2: f"<p class='also'><b>{e(ch['also'])}</b> <a>{e(same[0].title)}</a></p>"}
    return (
        head(s, f"{s.title} | {ch['site']}")
        + f"<body><div class='cmp'><p>{e(ch['cookie'])}</p><button>{e(ch['agree'])}</button></div>"
        f"<header><a>{e(ch['site'])}</a><nav>{''.join(f'<a>{e(x)}</a>' for x in ch['nav'])}</nav></header>"
        f"<main><article><span class='rubrik'>{e(s.meta['section'])}</span><h1>{e(s.title)}</h1>"
        f"<p class='teaser'>{e(s.dek)}</p><p class='autor'>{e(ch['by'])} {e(s.meta['author'])}, {e(s.meta['role'])}</p>"
        f"<p>{s.when:%d.%m.%Y}</p><p>{e(ch['read'])}</p>{body_markup(s, inserts)}"
        f"<div class='share'>{e(ch['share'])}</div></article><section><h2>{e(ch['more'])}</h2>"
        + "".join(f"<div><a><h3>{e(x.title)}</h3></a><p>{e(x.dek)}</p></div>" for x in same[1:4])
        + f"</section></main><footer><p>{e(ch['foot'])}</p></footer></body></html>"
    )


TEMPLATES: dict[str, tuple[Callable[[Page], str], tuple[str, ...]]] = {
    "portal": (t_portal, ("tram-depot", "orchard-frost", "bakery-strike")),
    "consent": (t_consent, ("library-hours", "harbour-wall", "river-swim")),
    "broadcaster": (t_broadcaster, ("choir-prize", "bridge-toll", "wildfire-drill")),
    "liveupdates": (t_liveupdates, ("storm-live", "count-live")),
    "photo": (t_photo, ("museum-roof", "seal-pups", "starling-roost")),
    "newsletter": (t_newsletter, ("council-tax-app", "bee-hotel", "wind-turbine")),
    "community": (t_community, ("cycle-lanes", "pier-sale", "night-buses")),
    "tabloid": (t_tabloid, ("goalkeeper", "flood-grant", "ambulance-wait")),
    "mobile": (t_mobile, ("hospital-parking", "ferry-fares")),
    "europe": (t_europe, ("maerkte-de", "radweg-de", "fete-fr", "ecole-fr", "porto-it")),
}


def new_pages() -> list[dict[str, str]]:
    stories = read_stories()
    by_slug = {s.slug: s for s in stories}
    rows: list[dict[str, str]] = []
    for template, (build, slugs) in TEMPLATES.items():
        for n, slug in enumerate(slugs):
            story = by_slug[slug]
            k = stories.index(story)
            others = [x for x in stories[k + 1 :] + stories[:k] if x.meta["lang"] == story.meta["lang"]]
            others += [x for x in stories if x.meta["lang"] != story.meta["lang"]]
            markup = build(Page(story, others, n))
            rows.append(
                {
                    "id": f"plain_dev/{template}/{slug}",
                    "url": f"https://{template}.example/{story.meta['section'].lower()}/{slug}",
                    "batch": "plain_dev",
                    "template": template,
                    "lang": story.meta["lang"],
                    "html": markup,
                    "page_text": page_text(markup),
                    "gold_text": gold_of(story),
                    "gold_title": story.title,
                }
            )
    return rows


def html_dev_pages() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with gzip.open(HTML_DEV, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows.append(
                {
                    "id": f"html_dev/{row['id']}",
                    "url": row["url"],
                    "batch": "html_dev",
                    "template": row["template"],
                    "lang": row["lang"],
                    "html": row["html"],
                    "page_text": page_text(row["html"]),
                    "gold_text": row["gold_text"],
                    "gold_title": row["gold_title"],
                }
            )
    return rows


def write_rows(rows: list[dict[str, str]], out: Path) -> None:
    """Write ``rows`` as gzipped JSON lines (sorted keys, no timestamp: the same rows give the same bytes)."""
    payload = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows)
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(payload.encode("utf-8"))
    words = sum(len(row["gold_text"].split()) for row in rows)
    print(f"wrote {out}: {len(rows)} pages, {words} gold words")


def main() -> None:
    write_rows(html_dev_pages() + new_pages(), OUT)


if __name__ == "__main__":
    main()
