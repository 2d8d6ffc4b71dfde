"""Build plain_dev2.jsonl.gz: plain_dev batch 2, a held-out plain-text (page_text) dev set of original fiction.

    .venv/bin/python benchmarks/data/plain_dev/make_pages2.py       # writes plain_dev2.jsonl.gz beside this file

Thirty pages around the articles of articles2.txt (a third author's stories) in ten site templates that neither
plain_dev batch 1 nor html_dev batches 1-2 have (BATCH2.md). One page a line: ``id``, ``url``, ``batch``,
``template``, ``lang``, ``html``, ``page_text``, ``gold_text``, ``gold_title``, ``gold_outlet``,
``gold_byline``, ``gold_date``. The article reader, the body markup and the gold writer are batch 1's
(make_pages.py, imported); page_text is the committed renderer's (page_text.py, imported). Gold convention and
metadata gold: BATCH2.md, fixed before any cleaner was run on these pages. Deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_pages import MONTHS, Page, Story, body_markup, e, gold_of, read_stories, write_rows  # noqa: E402
from page_text import page_text  # noqa: E402

OUT = HERE / "plain_dev2.jsonl.gz"
ARTICLES = HERE / "articles2.txt"


@dataclass
class Built:
    """A page's markup and its metadata gold as the page states it."""

    html: str
    outlet: str
    byline: str
    date: str
    shown: int | None = None
    """Body items the page shows (a paywall cuts the rest): None for all."""


def head(story: Story, title_tag: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{story.meta["lang"]}"><head><meta charset="utf-8"><title>{e(title_tag)}</title>'
        f"<script>window.dataLayer=[];</script>{extra}</head>"
    )


def day_month_year(s: Story) -> str:
    return f"{s.when.day} {MONTHS[s.when.month - 1]} {s.when.year}"


def short_month(s: Story) -> str:
    return f"{MONTHS[s.when.month - 1][:3]} {s.when.day}, {s.when.year}"


def with_dek(others: list[Story]) -> list[Story]:
    return [x for x in others if x.dek]


def clock12(s: Story) -> str:
    hour = s.when.hour % 12 or 12
    return f"{hour}:{s.when.minute:02d}{'am' if s.when.hour < 12 else 'pm'}"


# ----------------------------------------------------------------------------------------------- templates


def t_tradepress(p: Page) -> Built:
    """Trade weekly: events/awards/jobs bar, sector breadcrumb, standfirst, byline and date on one line, two
    paragraphs shown, then a registration wall; sponsor strip, webinar box, jobs board, most read in sector."""
    s, o = p.story, with_dek(p.others)
    shown = 3 if p.n != 1 else 2
    visible = Story(s.slug, s.meta, s.body[:shown])
    jobs = ("Senior freight buyer, Garrow", "Warehouse shift lead, Ashby Fold", "Customs compliance officer")
    return Built(
        head(s, f"{s.title} | Cargo & Plant Weekly")
        + "<body><div class='utility'><a>Events</a><a>Awards</a><a>Jobs</a><a>Whitepapers</a><a>Podcast</a>"
        "<a>Register</a><a>Sign in</a></div><header><a class='logo'>Cargo &amp; Plant Weekly</a><nav><a>Shipping</a>"
        "<a>Packaging</a><a>Manufacturing</a><a>Warehousing</a><a>Opinion</a><a>Data</a></nav></header>"
        f"<main><div class='crumbs'><a>Home</a> › <a>{e(s.meta['section'])}</a></div><h1>{e(s.title)}</h1>"
        f"<p class='standfirst'>{e(s.dek)}</p><div class='byline'>By <a>{e(s.meta['author'])}</a> | "
        f"{day_month_year(s)}</div><div class='sponsor'>In partnership with Lodestar Handling Systems</div>"
        f"<div class='article'>{body_markup(visible)}</div>"
        "<div class='wall'><h3>Keep reading with a free account</h3><p>You have reached your limit of articles"
        " for this month. Register in under a minute to read three more, or subscribe for unlimited access to news,"
        " data and analysis across the supply chain.</p><button>Register free</button><button>See subscription"
        " options</button><p>Already have an account? <a>Sign in</a></p></div>"
        "<aside><div class='webinar'><h3>Webinar: Thursday at 14:00</h3><p>Energy contracts for mid-sized plants"
        " after the price cap: what buyers should ask before renewing.</p><a>Save my place</a></div>"
        "<h3>Jobs board</h3><ul>"
        + "".join(f"<li><a>{e(j)}</a></li>" for j in jobs)
        + f"</ul><h3>Most read in {e(s.meta['section'])}</h3><ol>"
        + "".join(f"<li><a>{e(x.title)}</a><p>{e(x.dek)}</p></li>" for x in o[:3])
        + "</ol></aside></main><footer><p>Cargo &amp; Plant Weekly is published by Kellan Trade Media Ltd,"
        " 40 Weighhouse Yard, Garrow.</p><p><a>Terms and conditions</a> <a>Privacy</a> <a>Advertise</a>"
        " <a>Contact the newsroom</a></p><p>© Kellan Trade Media Ltd 2025</p></footer></body></html>",
        "Cargo & Plant Weekly",
        s.meta["author"],
        s.when.date().isoformat(),
        shown,
    )


def t_university(p: Page) -> Built:
    """University news office: study/research/alumni nav, 'News' crumbs, category and date, 'Written by' line,
    hero caption, body, media contact box, share, related news with prose, 'Study with us' appeal, campus
    address and acknowledgement footer."""
    s, o = p.story, with_dek(p.others)
    return Built(
        head(s, f"{s.title} - News - Harrowgate University")
        + "<body><div class='skip'><a>Skip to main content</a></div><header><a>Harrowgate University</a>"
        "<nav><a>Study</a><a>Research</a><a>Partner with us</a><a>Alumni</a><a>About</a><a>Search</a></nav>"
        "</header><main><ol class='crumbs'><li><a>Home</a></li><li><a>News and events</a></li><li>"
        f"<a>{e(s.meta['section'])}</a></li></ol><p class='category'>Category: {e(s.meta['section'])}</p>"
        f"<h1>{e(s.title)}</h1><p class='summary'>{e(s.dek)}</p><p class='pub'>Published {day_month_year(s)}</p>"
        "<figure><img alt=''><figcaption>Members of the project team on the university's Kellow campus."
        " Photo: University Photographic Service</figcaption></figure>"
        f"<div class='rich-text'>{body_markup(s)}</div>"
        f"<p class='written'>Written by {e(s.meta['author'])}, {e(s.meta['role'])}</p>"
        "<div class='contact'><h2>Media contact</h2><p>Communications Office</p><p>Telephone: 01632 960 411</p>"
        "<p>press@harrowgate.example</p></div><div class='share'><span>Share this story</span><a>Facebook</a>"
        "<a>LinkedIn</a><a>Bluesky</a><a>Email</a></div><section><h2>Related news</h2>"
        + "".join(f"<article><h3><a>{e(x.title)}</a></h3><p>{e(x.dek)}</p></article>" for x in o[:3])
        + "</section><section class='cta'><h2>Study with us</h2><p>Find out about our undergraduate and"
        " postgraduate courses, visit us on an open day and see what life on campus is like.</p><a>Open days</a>"
        "</section></main><footer><p>Harrowgate University, Kellow Road, Harrowgate HG9 4TX</p><p>We are a"
        " registered charity, number 1190427.</p><p><a>Accessibility</a> <a>Freedom of information</a>"
        " <a>Privacy</a> <a>Cookies</a></p></footer></body></html>",
        "Harrowgate University",
        s.meta["author"],
        s.when.date().isoformat(),
    )


def t_govpress(p: Page) -> Built:
    """Government press room: crown bar, 'Press release' label, summary, 'From:' department, published and
    last-updated dates, body with a lead-in line, block quote and a list, 'Notes to editors', media enquiries,
    'Is this page useful?', related content, topic list and licence footer."""
    s, o = p.story, with_dek(p.others)
    dept = s.meta["role"]
    updated = s.when.day + 2 if s.when.day < 27 else 28
    return Built(
        head(s, f"{s.title} - Eastmark Regional Government")
        + "<body><div class='banner'><a>Eastmark Regional Government</a><p>Official website of the regional"
        " government</p></div><header><nav><a>Departments</a><a>News and communications</a><a>Guidance</a>"
        "<a>Consultations</a><a>Statistics</a></nav><form><input placeholder='Search this site'>"
        f"<button>Search</button></form></header><main><p class='type'>Press release</p><h1>{e(s.title)}</h1>"
        f"<p class='lede'>{e(s.dek)}</p><dl class='meta'><dt>From:</dt><dd><a>{e(dept)}</a></dd>"
        f"<dt>Published</dt><dd>{day_month_year(s)}</dd><dt>Last updated</dt>"
        f"<dd>{updated} {MONTHS[s.when.month - 1]} {s.when.year} — <a>See all updates</a></dd></dl>"
        f"<div class='govspeak'>{body_markup(s)}<h2>Notes to editors</h2><ol><li>The {e(dept)} is responsible for"
        " policy in this area across the region; its press office answers questions from journalists only.</li>"
        "<li>Broadcast-quality interviews can be arranged through the press office on weekdays.</li></ol>"
        f"<h2>Media enquiries</h2><p>Press office: 0300 555 0188 (out of hours: 07700 900 512)</p></div>"
        "<div class='share'><p>Share this page</p><a>Facebook</a><a>Email</a></div><div class='feedback'>"
        "<h2>Is this page useful?</h2><button>Yes</button><button>No</button><a>Report a problem with this page</a>"
        "</div><aside><h2>Related content</h2><ul>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[:3])
        + f"</ul><h2>Explore the topic</h2><ul><li><a>{e(s.meta['section'])}</a></li><li><a>Local services</a>"
        "</li></ul></aside></main><footer><nav><a>Help</a><a>Privacy</a><a>Cookies</a><a>Accessibility"
        " statement</a><a>Contact</a></nav><p>Text on this site may be reused freely under the Eastmark open"
        " licence unless a page says otherwise.</p><p>© Eastmark Regional Government</p></footer></body></html>",
        "Eastmark Regional Government",
        "",
        s.when.date().isoformat(),
    )


def t_edition(p: Page) -> Built:
    """A non-English outlet's English edition: language switch, translation note and 'Read the original',
    byline with translator, a numeric date with time and zone, 'Read also:' inside the body, a donation
    appeal with prose, tags, 'Most popular' with deks, a publisher footer in the home language."""
    s, o = p.story, with_dek(p.others)
    zone = "CEST" if s.when.utcoffset() and s.when.utcoffset().total_seconds() == 7200 else "CET"  # type: ignore[union-attr]
    inserts = {2: f"<p class='also'><b>Read also:</b> <a>{e(o[0].title)}</a></p>"}
    return Built(
        head(s, f"{s.title} — Vestra Daily English")
        + "<body><div class='langs'><a>VES</a><a class='on'>EN</a><a>DE</a></div><header><a>Vestra Daily</a>"
        "<span>English edition</span><nav><a>Vestria</a><a>Europe</a><a>Economy</a><a>Culture</a><a>Sport</a>"
        f"<a>Opinion</a></nav></header><main><article><p class='rubric'>{e(s.meta['section'])}</p>"
        f"<h1>{e(s.title)}</h1><p class='lead'>{e(s.dek)}</p><p class='by'>{e(s.meta['author'])}</p>"
        f"<p class='tr'>{e(s.meta['role'])}</p><p class='date'>{s.when:%d.%m.%Y, %H:%M} {zone}</p>"
        "<p class='note'>This article was translated from the Vestrian original. <a>Read the original</a></p>"
        f"<div class='text'>{body_markup(s, inserts)}</div><div class='tags'><a>#{e(s.meta['section'])}</a>"
        "<a>#Olsk</a><a>#Vestria</a></div></article><div class='support'><h2>Independent news needs you</h2>"
        "<p>Vestra Daily is funded by its readers, not by a party or a tycoon. A small monthly gift keeps our"
        " English edition free for everyone who wants to know what happens here.</p><button>Support us</button>"
        "</div><section><h2>Most popular</h2>"
        + "".join(f"<div><a><h3>{e(x.title)}</h3></a><p>{e(x.dek)}</p></div>" for x in o[1:4])
        + "</section></main><footer><p>Vestra Daily sp. z o.o., ul. Kupiecka 9, Olsk. Wszelkie prawa zastrzeżone."
        "</p><p><a>About the English edition</a> <a>Contact</a> <a>Privacy</a></p></footer></body></html>",
        "Vestra Daily",
        s.meta["author"],
        s.when.isoformat(),
    )


def t_blogplat(p: Page) -> Built:
    """A blog-platform news publication: open-in-app bar, author with Follow, 'Published in', reading time
    and short date, clap and response counters above and below, tags, author card with a prose bio,
    responses with prose, 'More from' and 'Recommended' with excerpts."""
    s, o = p.story, with_dek(p.others)
    claps = 112 + 37 * p.n
    responses = (
        ("Della M.", "We brought our old radio here in the spring and it works better than it did new."),
        ("Tomasz", "Lovely story. Is there anything like this on the east side of town?"),
    )
    return Built(
        head(s, f"{s.title} | by {s.meta['author']} | The Marlow Street Dispatch | Inkwell")
        + "<body><div class='bar'><a>Open in app</a><a>Sign up</a><a>Sign in</a></div><div class='pub'>"
        "<a>The Marlow Street Dispatch</a><button>Follow publication</button></div><article>"
        f"<h1>{e(s.title)}</h1><h2 class='subtitle'>{e(s.dek)}</h2><div class='author'><a>{e(s.meta['author'])}</a>"
        "<button>Follow</button></div><div class='info'><span>Published in <a>The Marlow Street Dispatch</a></span>"
        f"<span>4 min read</span><span>{short_month(s)}</span></div><div class='counts'><span>{claps}</span>"
        f"<span>{2 + p.n}</span><button>Listen</button><button>Share</button></div>"
        f"<section>{body_markup(s)}</section><div class='tags'><a>Local News</a><a>{e(s.meta['section'])}</a>"
        f"<a>Volunteering</a></div><div class='counts'><span>{claps}</span><span>{2 + p.n}</span></div>"
        f"</article><div class='card'><h2>Written by {e(s.meta['author'])}</h2><p>{40 + p.n} followers · Writer for"
        " The Marlow Street Dispatch</p><p>Writes about the streets between the canal and the ring road, and the"
        " people who keep them going. Former postwoman, current allotment holder.</p><button>Follow</button>"
        f"</div><section class='responses'><h2>Responses ({2 + p.n})</h2><p>What are your thoughts?</p>"
        + "".join(
            f"<div><b>{e(who)}</b><span>{3 + k} days ago</span><p>{e(said)}</p><span>{5 - k}</span><a>Reply</a></div>"
            for k, (who, said) in enumerate(responses)
        )
        + "<a>See all responses</a></section><section><h2>More from The Marlow Street Dispatch</h2>"
        + "".join(
            f"<div><h3>{e(x.title)}</h3><p>{e(x.dek)}</p><span>{60 + 9 * k}</span></div>"
            for k, x in enumerate(o[:2])
        )
        + "</section><section><h2>Recommended from Inkwell</h2>"
        + "".join(f"<div><h3>{e(x.title)}</h3><p>{e(x.dek)}</p></div>" for x in o[2:4])
        + "</section><footer><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Press</a><a>Blog</a>"
        "<a>Privacy</a><a>Terms</a><a>Text to speech</a></footer></body></html>",
        "The Marlow Street Dispatch",
        s.meta["author"],
        s.when.date().isoformat(),
    )


QUICK_HITS = (
    "The swimming club's open morning moves to the second Sunday of the month while the changing rooms are"
    " repainted.",
    "Two new benches have gone in on the promenade, paid for by the bowls club in memory of a founding member.",
    "The library's seed swap returns next week; bring seeds in labelled envelopes and take home as many as you"
    " bring.",
)


def t_mailarchive(p: Page) -> Built:
    """A newsletter's web archive copy: 'View this email in your browser', issue number and day, 'In this
    issue' contents, the feature, 'Quick hits' of other news (prose), a sponsor message, forward prompt,
    'You are receiving this', unsubscribe and preferences, postal address, 'Past issues' list."""
    s, o = p.story, with_dek(p.others)
    issue = 214 + 7 * p.n
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[s.when.weekday()]
    return Built(
        head(s, f"The Fenwick Brief #{issue}: {s.title}")
        + "<body><table><tr><td><a>View this email in your browser</a></td></tr><tr><td><h1 class='mast'>The Fenwick"
        f" Brief</h1><p>Issue {issue} · {weekday} {day_month_year(s)}</p></td></tr><tr><td><h3>In this issue</h3>"
        f"<ul><li>{e(s.title)}</li><li>Quick hits</li><li>What's on</li></ul></td></tr><tr><td>"
        f"<h2>{e(s.title)}</h2><p class='by'>By {e(s.meta['author'])}, {e(s.meta['role'])}</p>{body_markup(s)}"
        "</td></tr><tr><td><h3>Quick hits</h3>"
        + "".join(f"<p>{e(q)}</p>" for q in QUICK_HITS[p.n :] + QUICK_HITS[: p.n])
        + f"</td></tr><tr><td><h3>What's on</h3><p>{e(o[0].title)}</p></td></tr><tr><td class='sponsor'>"
        "<p>Today's Brief is supported by Cobble &amp; Crane Bakery, baking on Bridge Street since 1987. Show this"
        " email at the counter for a free coffee with any loaf.</p></td></tr><tr><td><p>Enjoyed this? Forward it"
        " to a neighbour, or <a>sign up here</a> if someone sent it to you.</p></td></tr><tr><td><p>You are"
        " receiving this email because you subscribed at fenwickbrief.example.</p><p><a>Update your"
        " preferences</a> | <a>Unsubscribe</a></p><p>The Fenwick Brief · 3 Chapel Row · Fenwick FN2 8LW</p></td>"
        f"</tr></table><div class='archive'><h4>Past issues</h4><ul><li>Issue {issue - 1}</li><li>Issue {issue - 2}"
        f"</li><li>Issue {issue - 3}</li></ul><a>View the whole archive</a></div></body></html>",
        "The Fenwick Brief",
        s.meta["author"],
        s.when.date().isoformat(),
    )


FORUM_REPLIES = (
    (
        "oldquarryman",
        "Joined: Mar 2011",
        "Posts: 2,318",
        "Worked up there for twenty years. The dust was never"
        " the problem people think it is, but the lorries on the school run are another matter.",
    ),
    (
        "ValeMum3",
        "Joined: Sep 2020",
        "Posts: 87",
        "Thanks for posting this. Does anyone know if the meeting"
        " will be streamed for those of us who cannot get a sitter?",
    ),
    (
        "Ned_B",
        "Joined: Jan 2016",
        "Posts: 941",
        "Same as last time. Everyone complains on here and then three people turn up to the actual meeting.",
    ),
)


def t_forum(p: Page) -> Built:
    """A forum-style community news site: breadcrumb of boards, thread title, page count, the staff post with
    user panel (rank, joined, posts), 'Reporting by' line and post time, a signature, replies with user panels,
    Quote/Reply/Report, 'Users browsing this thread', forum footer with stats."""
    s = p.story
    panel = (
        "<div class='user'><b>KVNews_Desk</b><span>Staff</span><span>Joined: Jan 2019</span><span>Posts: 4,210</span>"
        "</div>"
    )
    replies = "".join(
        f"<div class='post'><div class='user'><b>{e(u)}</b><span>Member</span><span>{e(j)}</span><span>{e(n)}</span>"
        f"</div><div class='postbody'><div class='when'>#{k + 2} · Posted {s.when.day} "
        f"{MONTHS[s.when.month - 1][:3]} {s.when.year}, {(s.when.hour + k + 1) % 24:02d}:{(s.when.minute + 13 * k) % 60:02d}"
        f"</div><p>{e(text)}</p></div><div class='acts'><a>Quote</a><a>Reply</a><a>Report</a></div></div>"
        for k, (u, j, n, text) in enumerate(FORUM_REPLIES[p.n :] + FORUM_REPLIES[: p.n])
    )
    return Built(
        head(s, f"{s.title} - Kestrel Vale Community News Forum")
        + "<body><header><a>Kestrel Vale Community News</a><nav><a>Forums</a><a>What's new</a><a>Members</a>"
        "<a>Log in</a><a>Register</a></nav></header><div class='crumbs'><a>Forums</a> › <a>Local news</a> › "
        f"<a>{e(s.meta['section'])}</a></div><h1>{e(s.title)}</h1><div class='pages'>Page 1 of 2 <a>Next ›</a>"
        "</div><div class='thread'><div class='post staff'>"
        + panel
        + f"<div class='postbody'><div class='when'>#1 · Posted {s.when.day} {MONTHS[s.when.month - 1][:3]}"
        f" {s.when.year}, {s.when:%H:%M}</div><p class='rep'>Reporting by {e(s.meta['author'])}</p>"
        f"{body_markup(s)}<div class='sig'>— Kestrel Vale Community News team. Got a story? Use the"
        " 'Send us a tip' board.</div></div><div class='acts'><a>Quote</a><a>Reply</a><a>Report</a></div></div>"
        + replies
        + "</div><div class='pages'>Page 1 of 2 <a>Next ›</a></div><form><textarea placeholder='Write your"
        " reply...'></textarea><button>Post reply</button></form><div class='online'>Users browsing this thread:"
        " 4 guests, 1 member</div><footer><p>Threads: 8,402 · Messages: 119,877 · Members: 3,561</p><p>Kestrel"
        " Vale Community News is run by volunteers. Forum rules apply.</p><p>© 2025 Kestrel Vale Community News"
        "</p></footer></body></html>",
        "Kestrel Vale Community News",
        s.meta["author"],
        s.when.isoformat(),
    )


SCORES = {
    "harlow-selby": (
        "Harlow Town",
        "2",
        "Selby Rovers",
        "1",
        ("Okonjo 23'", "Okonjo 71'"),
        ("Marsh 58'",),
        "Northern Combination",
    ),
    "netball-final": ("Ashby Kestrels", "51", "Torwick Flyers", "50", (), (), "Regional Netball Cup"),
    "rugby-derby": (
        "Corran Vale",
        "23",
        "Llanfair Harriers",
        "20",
        ("Probert 80' (pen)",),
        ("Gwyther 12' (try)",),
        "Valleys Championship",
    ),
}


def t_livescore(p: Page) -> Built:
    """A sports live-score page with the match report: competition bar, scoreboard with FT and scorers,
    tabs, kick-off line, the report with byline and published line, a stats table, line-ups, a league table
    and a 'Next match' box."""
    s = p.story
    home, hs, away, as_, hsc, asc, comp = SCORES[s.slug]
    stats = (
        ("Possession", "54%", "46%"),
        ("Shots", "13", "9"),
        ("On target", "6", "3"),
        ("Fouls", "11", "14"),
    )
    table = (("1", home, "31", "64"), ("2", away, "31", "64"), ("3", "Dunmore Athletic", "30", "58"))
    return Built(
        head(s, f"{home} {hs}-{as_} {away}: match report | ScoreLine Sport")
        + "<body><header><a>ScoreLine Sport</a><nav><a>Live scores</a><a>Fixtures</a><a>Results</a><a>Tables</a>"
        f"<a>Transfers</a></nav></header><div class='comp'>{e(comp)}</div><div class='board'><div>{e(home)}</div>"
        f"<div>{hs} - {as_}</div><div>{e(away)}</div><div>FT</div><ul>"
        + "".join(f"<li>{e(x)}</li>" for x in hsc)
        + "</ul><ul>"
        + "".join(f"<li>{e(x)}</li>" for x in asc)
        + "</ul></div><div class='tabs'><a>Summary</a><a class='on'>Report</a><a>Line-ups</a><a>Stats</a><a>Table</a>"
        f"</div><p class='ko'>Kick-off 15:00 · {e(comp)}</p><article><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}"
        f"</p><p class='by'>By {e(s.meta['author'])}, {e(s.meta['role'])}</p><p class='pub'>Published"
        f" {day_month_year(s)}, {clock12(s)} BST</p>{body_markup(s)}</article><section><h2>Match stats</h2><table>"
        + "".join(f"<tr><td>{a}</td><th>{k}</th><td>{b}</td></tr>" for k, a, b in stats)
        + f"</table></section><section><h2>Line-ups</h2><h3>{e(home)}</h3><p>Ellery; Voss, Madaki, Crane, Pym;"
        f" Dunning, Halse</p><h3>{e(away)}</h3><p>Brisco; Marsh, Lowther, Quent, Abara; Tull, Fenn</p></section>"
        "<section><h2>Table</h2><table><tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr>"
        + "".join(f"<tr><td>{a}</td><td>{e(b)}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in table)
        + f"</table></section><div class='next'><h3>Next match</h3><p>{e(home)} v Dunmore Athletic</p><p>Saturday,"
        " 15:00</p></div><footer><p>ScoreLine Sport · scores and reports from the grassroots up</p><p><a>About</a>"
        " <a>Corrections</a> <a>Privacy</a></p></footer></body></html>",
        "ScoreLine Sport",
        s.meta["author"],
        s.when.isoformat(),
    )


def _pull_quote(paragraphs: list[str]) -> str:
    """The first quoted words of the body, repeated as a pull quote."""
    for para in paragraphs:
        if para.count('"') >= 2:
            return para.split('"')[1].rstrip(",")
    return paragraphs[0]


def _columns(paragraphs: list[str], split_at: int) -> str:
    """Paragraphs in two column divs, paragraph ``split_at`` broken between the columns mid-sentence; a pull
    quote repeating the body's first quoted words opens the second column."""
    words = paragraphs[split_at].split()
    cut = len(words) // 2
    first = [*paragraphs[:split_at], " ".join(words[:cut])]
    second = [" ".join(words[cut:]), *paragraphs[split_at + 1 :]]
    pull = f"<div class='pull'>“{e(_pull_quote(paragraphs))}”</div>"
    return "".join(
        "<div class='col'>"
        + (pull if col is second else "")
        + "".join(f"<p>{e(x)}</p>" for x in col)
        + "</div>"
        for col in (first, second)
    )


def t_epaper(p: Page) -> Built:
    """A print-replica e-paper's text view: edition and page bar, zoom/PDF controls, kicker, capitals byline,
    the text in two column blocks with a paragraph broken between them, 'Continued on page' and 'From page'
    jump lines, 'Articles on this page' list, previous/next page, print imprint."""
    s, o = p.story, with_dek(p.others)
    paras = s.paragraphs()
    page = 5 + 2 * p.n
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[s.when.weekday()]
    return Built(
        head(s, f"The Westmarch Herald e-Paper - {day_month_year(s)}")
        + f"<body><div class='bar'><span>The Westmarch Herald</span><span>e-Paper</span><span>{weekday}"
        f" {day_month_year(s)}</span><span>City Edition</span><span>Page {page}</span></div><div class='tools'>"
        "<button>Zoom in</button><button>Zoom out</button><button>Full screen</button><button>Download PDF</button>"
        "<button>Text view</button></div><div class='art'><p class='kicker'>"
        f"{e(s.meta['section'].upper())}</p><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='by'>BY"
        f" {e(s.meta['author'].upper())}</p><p class='jump'>From page 1</p>{_columns(paras, 2)}"
        f"<p class='jump'>Continued on page {page + 1}</p></div><div class='list'><h3>Articles on this page</h3><ul>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[:3])
        + f"</ul></div><div class='nav'><a>‹ Page {page - 1}</a><a>Page {page + 1} ›</a><a>All pages</a></div>"
        "<footer><p>Printed and published by Herald Print Ltd at Tarne Road, Westmarch. Reproduction of any part"
        " of this edition needs the publisher's written consent.</p></footer></body></html>",
        "The Westmarch Herald",
        s.meta["author"],
        s.when.date().isoformat(),
    )


def t_wiki(p: Page) -> Built:
    """A collaborative citizen-news wiki: tabs (Article/Discussion/Edit/History), tagline, a bare day line,
    the body, a 'Sources' list citing outlets, 'Related news', categories, 'last edited' line, licence."""
    s, o = p.story, p.others
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[s.when.weekday()]
    sources = (
        f'Imogen Vale. "{s.title.split(" ")[0]} update from officials" — Northgate Wire, {short_month(s)}',
        f'"Statement on events of {MONTHS[s.when.month - 1]} {s.when.day}" — official press office, {short_month(s)}',
    )
    return Built(
        head(s, f"{s.title} - Commonwire News")
        + "<body><div class='tabs'><a>Article</a><a>Discussion</a><a>Read</a><a>Edit</a><a>View history</a></div>"
        "<nav><a>Main page</a><a>Latest news</a><a>Write an article</a><a>Random article</a><a>Help</a></nav>"
        f"<main><h1>{e(s.title)}</h1><p class='tag'>From Commonwire News, news written by its readers</p>"
        f"<p class='date'>{weekday}, {short_month(s)}</p>{body_markup(s)}<h2>Related news</h2><ul>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[:2])
        + "</ul><h2>Sources</h2><ul>"
        + "".join(f"<li>{e(x)}</li>" for x in sources)
        + f"</ul><div class='cats'>Categories: <a>{e(s.meta['section'])}</a> | <a>Published</a> |"
        f" <a>{MONTHS[s.when.month - 1]} {s.when.year}</a></div></main><footer><p>This page was last edited on"
        f" {s.when.day + 1} {MONTHS[s.when.month - 1]} {s.when.year}.</p><p>Text is available to copy and adapt"
        " with credit to Commonwire News contributors.</p><p><a>Privacy</a> <a>About Commonwire</a>"
        " <a>Disclaimers</a></p></footer></body></html>",
        "Commonwire News",
        "",
        s.when.date().isoformat(),
    )


TEMPLATES: dict[str, tuple[Callable[[Page], Built], tuple[str, ...]]] = {
    "tradepress": (t_tradepress, ("reefer-shortage", "pallet-tax", "kiln-retrofit")),
    "university": (t_university, ("moth-sensor", "glacier-core", "reading-study")),
    "govpress": (t_govpress, ("bus-pass", "flood-maps", "apprentice-fund")),
    "edition": (t_edition, ("rail-strike-vs", "amber-museum", "border-bridge")),
    "blogplat": (t_blogplat, ("repair-cafe", "rooftop-solar-school", "lost-dog-drone")),
    "mailarchive": (t_mailarchive, ("market-hall", "tidal-pool", "parking-app")),
    "forum": (t_forum, ("quarry-plan", "bin-collection", "school-crossing")),
    "livescore": (t_livescore, ("harlow-selby", "netball-final", "rugby-derby")),
    "epaper": (t_epaper, ("ferry-terminal", "hospice-appeal", "dairy-closure")),
    "wiki": (t_wiki, ("volcano-ash", "chess-prodigy", "telescope-array")),
}


def batch_rows(
    batch: str,
    articles: Path,
    templates: dict[str, tuple[Callable[[Page], Built], tuple[str, ...]]],
    url: Callable[[str, Story], str],
) -> list[dict[str, str]]:
    """The rows of a batch (batches 2 and 3): each template's stories built into pages, with their gold and
    metadata gold; ``url`` gives a page's address from its template and story."""
    stories = read_stories(articles)
    by_slug = {s.slug: s for s in stories}
    rows: list[dict[str, str]] = []
    for template, (build, slugs) in templates.items():
        for n, slug in enumerate(slugs):
            story = by_slug[slug]
            k = stories.index(story)
            built = build(Page(story, stories[k + 1 :] + stories[:k], n))
            rows.append(
                {
                    "id": f"{batch}/{template}/{slug}",
                    "url": url(template, story),
                    "batch": batch,
                    "template": template,
                    "lang": story.meta["lang"],
                    "html": built.html,
                    "page_text": page_text(built.html),
                    "gold_text": gold_of(story, built.shown),
                    "gold_title": story.title,
                    "gold_outlet": built.outlet,
                    "gold_byline": built.byline,
                    "gold_date": built.date,
                }
            )
    return rows


def pages() -> list[dict[str, str]]:
    return batch_rows(
        "plain_dev2",
        ARTICLES,
        TEMPLATES,
        lambda template, story: f"https://{template}.example/{story.meta['section'].lower()}/{story.slug}",
    )


def main() -> None:
    write_rows(pages(), OUT)


if __name__ == "__main__":
    main()
