"""Build plain_dev3.jsonl.gz: plain_dev batch 3, a held-out plain-text (page_text) dev set of original fiction.

    .venv/bin/python benchmarks/data/plain_dev/make_pages3.py       # writes plain_dev3.jsonl.gz beside this file

Thirty pages around the articles of articles3.txt (stories by an author of no earlier batch) in ten site templates that none of
plain_dev batches 1-2 and html_dev batches 1-2 have (BATCH3.md). One page a line: ``id``, ``url``, ``batch``,
``template``, ``lang``, ``html``, ``page_text``, ``gold_text``, ``gold_title``, ``gold_outlet``,
``gold_byline``, ``gold_date``. The article reader, the body markup and the gold writer are batch 1's
(make_pages.py), the page record and helpers batch 2's (make_pages2.py), page_text the committed renderer's
(page_text.py); all imported. Gold convention and metadata gold: BATCH3.md, fixed before any cleaner was run
on these pages. Unlike batches 1-2, each page's URL names the outlet's own host (as a real page's does), so a
host-based outlet reading can be checked. Deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_pages import MONTHS, Page, Story, body_markup, e, write_rows  # noqa: E402
from make_pages2 import Built, batch_rows, clock12, day_month_year, head, short_month, with_dek  # noqa: E402

OUT = HERE / "plain_dev3.jsonl.gz"
ARTICLES = HERE / "articles3.txt"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _zone(moment: datetime) -> str:
    """The zone name a UK-style page prints for the story's offset."""
    offset = moment.utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset is not None else 0
    return {0: "GMT", 1: "BST", 2: "CEST"}[hours]


def _teasers(others: list[Story], tag: str = "h3", dek: bool = True) -> str:
    return "".join(
        f"<div class='teaser'><{tag}><a>{e(x.title)}</a></{tag}>"
        + (f"<p>{e(x.dek)}</p>" if dek else "")
        + "</div>"
        for x in others
    )


# ----------------------------------------------------------------------------------------------- templates


CAPTIONS = {
    "library-roof": "Volunteers outside the Corn Street library. Picture: Courier staff",
    "bakery-reopens": "The first customers wait on Ferrier Lane. Picture: Sam Oduya",
    "allotment-meters": "A standpipe on the Hobb's Field site. Picture: Courier staff",
    "eel-tags": "A tagged eel is released in the Marrick estuary. Credit: Marrick Institute",
    "lichen-survey": "Pupils photograph bark near their school. Credit: Sunniva Brathwaite",
    "bat-turbines": "A common pipistrelle in the hand of a licensed handler. Credit: Cragside Moor survey",
    "borehole-repairs": "Children collect water at a repaired pump. Photo: Riverlight / field team",
    "flood-kits": "Pupils practise an evacuation drill. Photo: Riverlight / field team",
    "seed-cooperative": "Members sort millet in the seed store. Photo: Riverlight / field team",
}


OBITUARIES = (
    (
        "HOLLOWAY, Edith May",
        "Peacefully at home on Mill Road, aged 91. Funeral at St Cuthbert's, Friday 11am.",
    ),
    ("RADLEY, George", "Of Upper Hobb, aged 78. Much loved grandad. Family flowers only, please."),
    ("FINCH, Margaret (Peggy)", "Formerly of the Anchor Inn, aged 84. Donations to the Brackwater hospice."),
)
CLASSIFIEDS = (
    "FOR SALE: Oak dresser, three drawers, some marks. £60 ono. Tel 01632 960 778.",
    "WANTED: Garage or lock-up near Corn Street for storage. Call Dennis on 07700 900 311.",
    "LOST: Grey tabby cat, answers to Pickle, Hobb's Field area. Reward.",
    "PIANO LESSONS: All ages and grades, qualified teacher, first lesson free.",
)


def t_localpaper(p: Page) -> Built:
    """A weekly local newspaper: masthead with 'since' line and weather, date bar, nav, section label, byline
    and role on two lines, long day, captioned photo with credit, body; side columns of family notices
    (obituaries) and classifieds; e-edition and newsletter prompts; 'Have your say' letters box; footer."""
    s, o = p.story, with_dek(p.others)
    return Built(
        head(s, f"{s.title} | Brackwater Courier")
        + f"<body><div class='datebar'><span>{WEEKDAYS[s.when.weekday()]}, {MONTHS[s.when.month - 1]}"
        f" {s.when.day}, {s.when.year}</span><span>Brackwater 7°C, showers</span><a>e-Edition</a><a>Subscribe</a>"
        "</div><header><div class='mast'>The Brackwater Courier</div><p class='motto'>Serving Brackwater and the"
        " Hobb valley since 1871</p><nav><a>News</a><a>Sport</a><a>Family notices</a><a>Classifieds</a><a>What's on"
        f"</a><a>Letters</a></nav></header><div class='cols'><main><p class='section'>{e(s.meta['section'])} news"
        f"</p><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='by'>By {e(s.meta['author'])}</p>"
        f"<p class='role'>{e(s.meta['role'])}</p><p class='when'>{MONTHS[s.when.month - 1]} {s.when.day},"
        f" {s.when.year}</p><figure><img alt=''><figcaption>{e(CAPTIONS[s.slug])}</figcaption></figure>"
        f"<div class='story'>{body_markup(s)}</div><div class='yoursay'><h3>Have your say</h3><p>Write to the"
        " editor at letters@brackwatercourier.example. Letters may be shortened.</p></div></main>"
        "<aside class='notices'><h2>Family notices</h2><h3>Deaths</h3>"
        + "".join(
            f"<div><b>{e(name)}</b><p>{e(text)}</p></div>"
            for name, text in OBITUARIES[p.n :] + OBITUARIES[: p.n]
        )
        + "<a>Place a notice</a><h2>Classifieds</h2>"
        + "".join(f"<p>{e(x)}</p>" for x in CLASSIFIEDS)
        + "<a>Place an advert</a><div class='nl'><h3>The Courier on Friday</h3><p>The week's news from the valley"
        " in your inbox.</p><button>Sign up</button></div></aside></div><section><h2>More local news</h2>"
        + _teasers(o[:3])
        + "</section><footer><p>The Brackwater Courier, 14 Market Place, Brackwater BK4 1AE</p><p>© 2025 Courier"
        " Newspapers Ltd. All rights reserved.</p><p><a>Contact</a> <a>Advertise</a> <a>Complaints</a></p>"
        "</footer></body></html>",
        "The Brackwater Courier",
        s.meta["author"],
        s.when.date().isoformat(),
    )


TICKER = (
    ("HBX 30", "4,812.3", "+0.6%"),
    ("Crown/EUR", "11.42", "-0.1%"),
    ("Brent", "79.15", "+1.2%"),
    ("Gold", "2,344", "+0.3%"),
)
QUOTES = {
    "tollen-results": ("Tollen Steel", "TOLL", "142.60", "+8.9%"),
    "lender-merger": ("Orchard Sparbank", "ORCH", "58.20", "+3.1%"),
    "retail-listing": ("Halvard All-Share", "HAS", "1,203.8", "-0.4%"),
}


def t_bizdaily(p: Page) -> Built:
    """A business daily: market ticker (a line per cell), nav, section, headline, standfirst, byline with role,
    date and time with zone, 'Gift this article'/'Save', a metered-access note, a market-data box for the
    company, body, 'More on this topic' with deks, a morning-briefing newsletter box, footer."""
    s, o = p.story, with_dek(p.others)
    name, code, price, change = QUOTES[s.slug]
    return Built(
        head(s, f"{s.title} | Halvard Business Daily")
        + "<body><div class='ticker'>"
        + "".join(f"<div><span>{a}</span><span>{b}</span><span>{c}</span></div>" for a, b, c in TICKER)
        + "</div><header><a class='logo'>Halvard Business Daily</a><nav><a>Markets</a><a>Companies</a><a>Economy"
        "</a><a>Banking</a><a>Opinion</a><a>Data</a></nav><a>Subscribe</a><a>Sign in</a></header><main><article>"
        f"<p class='section'>{e(s.meta['section'])}</p><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p>"
        f"<div class='byline'><a>{e(s.meta['author'])}</a><span>{e(s.meta['role'])}</span></div>"
        f"<time>{s.when:%d %b %Y, %H:%M} {_zone(s.when)}</time><div class='tools'><button>Gift this article</button>"
        "<button>Save</button><button>Print</button></div><p class='meter'>You have 2 free articles left this"
        " month. <a>Subscribe</a> for unlimited access.</p><div class='quote'>"
        f"<span>{e(name)}</span><span>{code}</span><span>{price}</span><span>{change}</span><a>Full quote</a></div>"
        f"<div class='text'>{body_markup(s)}</div></article><aside><div class='nl'><h3>Morning Briefing</h3><p>The"
        " markets before the bell, every weekday at 6.30.</p><button>Sign up</button></div><h3>More on this"
        " topic</h3>"
        + _teasers(o[:3])
        + "</aside></main><footer><p>Halvard Business Daily is published by Halvard Media AB.</p><p>© Halvard Media"
        " AB 2025</p><p><a>Terms</a> <a>Privacy</a> <a>Cookie settings</a> <a>Help</a></p></footer></body></html>",
        "Halvard Business Daily",
        s.meta["author"],
        s.when.isoformat(),
    )


JOURNALS = {
    "eel-tags": "Korhonen, A. et al. Oceanic tracks of adult silver eels. Journal of Fish Movement 18, 211-224 (2025).",
    "lichen-survey": "Brathwaite, S. et al. Pupil lichen surveys as air-quality indicators. Open Atmosphere 7 (2025).",
    "bat-turbines": "Olowe, F. and Dunstan, R. Low-wind curtailment at an upland wind farm. Bat Ecology 12 (2025).",
}


def t_science(p: Page) -> Built:
    """A science news site: subject nav, subject label, headline, standfirst, byline with role and day, hero
    caption with credit, body, 'Journal reference' line, a 'Cite this article' box, a references list, a
    newsletter box, 'Read next' with deks, and a trust footer."""
    s, o = p.story, with_dek(p.others)
    return Built(
        head(s, f"{s.title} | Fieldnote")
        + "<body><header><a class='logo'>Fieldnote</a><span>Independent science news</span><nav><a>Life</a>"
        "<a>Earth</a><a>Health</a><a>Space</a><a>Physics</a><a>Newsletters</a></nav></header><main><article>"
        f"<p class='subject'>{e(s.meta['section'])}</p><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p>"
        f"<p class='by'>By {e(s.meta['author'])}</p><p class='role'>{e(s.meta['role'])}</p>"
        f"<p class='date'>{day_month_year(s)}</p><figure><img alt=''><figcaption>{e(CAPTIONS[s.slug])}"
        "</figcaption></figure>"
        f"<div class='body'>{body_markup(s)}</div><p class='ref'>Journal reference: {e(JOURNALS[s.slug])}</p>"
        "</article><div class='cite'><h3>Cite this article</h3><p>"
        f"{e(s.meta['author'].replace('Dr ', ''))} ({s.when.year}). {e(s.title)}. Fieldnote."
        f" https://fieldnote.example/{s.slug}</p><button>Copy citation</button></div><div class='refs'><h3>"
        f"References</h3><ol><li>{e(JOURNALS[s.slug])}</li><li>Field data deposited with the open ecology archive,"
        f" {s.when.year}.</li></ol></div><div class='nl'><h3>The Fieldnote weekly</h3><p>Five stories from the"
        " frontiers of research, explained, every Friday.</p><button>Subscribe free</button></div><section><h2>Read"
        " next</h2>"
        + _teasers(o[:3])
        + "</section></main><footer><p>Fieldnote is an editorially independent publication of the Marrick Science"
        " Trust.</p><p><a>About</a> <a>Republish our stories</a> <a>Privacy</a></p></footer></body></html>",
        "Fieldnote",
        s.meta["author"].replace("Dr ", ""),
        s.when.date().isoformat(),
    )


def t_ngo(p: Page) -> Built:
    """A charity's news page: donate bar, nav, 'Field stories' label, headline, day, captioned photo with
    credit, body, 'Written by' after the body, a donation appeal (prose and amounts), share row, an updates
    sign-up, 'More stories from the field' with deks, registered-charity footer."""
    s, o = p.story, with_dek(p.others)
    return Built(
        head(s, f"{s.title} - Riverlight Water Trust")
        + "<body><div class='topbar'><a>Donate now</a><a>Shop</a><a>Contact</a></div><header><a class='logo'>"
        "Riverlight Water Trust</a><nav><a>Our work</a><a>Where we work</a><a>Get involved</a><a>News and"
        f" stories</a><a>About us</a></nav></header><main><p class='label'>{e(s.meta['section'])}</p>"
        f"<h1>{e(s.title)}</h1><p class='date'>{day_month_year(s)}</p><figure><img alt=''><figcaption>"
        f"{e(CAPTIONS[s.slug])}</figcaption></figure>"
        f"<div class='story'>{body_markup(s)}</div><p class='written'>Written by {e(s.meta['author'])},"
        f" {e(s.meta['role'])}</p><div class='appeal'><h2>Help more villages</h2><p>£15 could buy a set of spare"
        " seals for a village pump. £40 could train a mechanic for a week. Whatever you can give goes straight to"
        " the places that need it most.</p><button>£15</button><button>£40</button><button>Other amount</button>"
        "<button>Donate</button></div><div class='share'><span>Share</span><a>Facebook</a><a>X</a><a>Email</a></div>"
        "<div class='signup'><h3>Stay in touch</h3><p>Get stories from the field and news of our work by email."
        "</p><button>Sign me up</button></div><section><h2>More stories from the field</h2>"
        + _teasers(o[:3])
        + "</section></main><footer><p>Riverlight Water Trust is a registered charity in England and Wales (1170421)"
        " and a company limited by guarantee.</p><p>© Riverlight Water Trust 2025</p></footer></body></html>",
        "Riverlight Water Trust",
        s.meta["author"],
        s.when.date().isoformat(),
    )


def t_radio(p: Page) -> Built:
    """A radio station's programme page for one item: station nav with 'Listen live', programme name and slot,
    item headline, description, 'Presented by', day and duration, player controls, download, 'Transcript'
    with an automatic-transcript note, then the text; more from the programme, schedule box, footer."""
    s, o = p.story, p.others
    minutes = 6 + p.n
    return Built(
        head(s, f"{s.title} - The Morning Round - Radio Kelm")
        + "<body><header><a class='logo'>Radio Kelm</a><span>91.8 FM and online</span><nav><a>Listen live</a>"
        "<a>Schedule</a><a>Programmes</a><a>Podcasts</a><a>News</a><a>Weather</a></nav></header><main>"
        "<div class='prog'><h2>The Morning Round</h2><p>Weekdays 6am to 9am</p></div>"
        f"<h1>{e(s.title)}</h1><p class='desc'>{e(s.dek)}</p><p class='pres'>Presented by {e(s.meta['author'])}"
        f"</p><p class='when'>{WEEKDAYS[s.when.weekday()]} {day_month_year(s)}</p><p class='len'>{minutes} min</p>"
        f"<div class='player'><button>Play</button><span>0:00 / {minutes}:{12 + p.n:02d}</span><button>Download"
        " MP3</button><button>Add to playlist</button></div><section class='transcript'><h2>Transcript</h2><p"
        " class='note'>This transcript was made automatically and checked by our staff. It may still contain"
        f" errors.</p>{body_markup(s)}</section><section><h2>More from The Morning Round</h2><ul>"
        + "".join(f"<li><a>{e(x.title)}</a><span>{5 + k} min</span></li>" for k, x in enumerate(o[:3]))
        + "</ul></section><div class='onair'><h3>On air now</h3><p>The Afternoon Mix with Shona Pell</p>"
        "<button>Listen live</button></div></main><footer><p>Radio Kelm is a community radio service licensed for"
        " Kelm and district.</p><p>© Radio Kelm 2025</p><p><a>Contact the studio</a> <a>Accessibility</a>"
        " <a>Privacy</a></p></footer></body></html>",
        "Radio Kelm",
        s.meta["author"],
        s.when.date().isoformat(),
    )


def t_student(p: Page) -> Built:
    """A student newspaper: masthead with 'independent since' line, nav, headline, 'Name | Role' byline,
    'Month D, YYYY at H:MM pm' date, body, 'Filed under', a tip box, a 'support student journalism' appeal,
    'We are recruiting', latest headlines, most read, editorial-independence footer."""
    s, o = p.story, p.others
    return Built(
        head(s, f"{s.title} – The Quadrangle")
        + "<body><header><h2 class='mast'>The Quadrangle</h2><p>Vellmoor's independent student newspaper since 1962"
        "</p><nav><a>News</a><a>Comment</a><a>Culture</a><a>Sport</a><a>Puzzles</a><a>Archive</a></nav></header>"
        f"<main><article><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='by'>{e(s.meta['author'])}"
        f" | {e(s.meta['role'])}</p><p class='when'>{MONTHS[s.when.month - 1]} {s.when.day}, {s.when.year} at"
        f" {clock12(s).replace('am', ' am').replace('pm', ' pm')}</p><div class='entry'>{body_markup(s)}</div>"
        f"<p class='filed'>Filed under: {e(s.meta['section'])}, Campus</p></article><div class='tip'><h3>Got a"
        " story?</h3><p>Email news@thequad.example or message us in confidence.</p></div><div class='support'>"
        "<h3>Support student journalism</h3><p>The Quadrangle is written, edited and printed by students. A small"
        " donation pays for next week's print run.</p><button>Donate</button></div><div class='join'><h3>We are"
        " recruiting</h3><p>Writers, photographers and subeditors wanted for next term.</p></div><aside><h3>Latest"
        "</h3><ul>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[:3])
        + "</ul><h3>Most read</h3><ol>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[3:6])
        + "</ol></aside></main><footer><p>The Quadrangle is editorially independent of Vellmoor University and its"
        " students' union.</p><p>© 2025 The Quadrangle</p></footer></body></html>",
        "The Quadrangle",
        s.meta["author"],
        s.when.replace(tzinfo=None).isoformat(),
    )


SPONSORED = (
    ("Qorvane Cloud", "Why mid-sized firms are moving their backups off-site this year"),
    ("Talvik Headsets", "The noise-cancelling set that lasts a full working week on one charge"),
)


def t_technews(p: Page) -> Built:
    """A tech news site: nav, topic tag, headline, standfirst, byline, date with time and zone, comment count,
    an 'Advertisement' label inside the body, 'Sponsored' cards with prose, author bio with prose, related
    stories, a deals newsletter box, footer."""
    s, o = p.story, with_dek(p.others)
    ad = {2: "<div class='ad'><span>Advertisement</span></div>"}
    zone = "UTC" if _zone(s.when) == "GMT" else _zone(s.when)
    return Built(
        head(s, f"{s.title} | Bitwright")
        + "<body><header><a class='logo'>Bitwright</a><nav><a>Security</a><a>Gadgets</a><a>Science</a><a>Policy</a>"
        "<a>Reviews</a><a>Deals</a></nav><a>Sign in</a></header><main><article>"
        f"<a class='tag'>{e(s.meta['section'])}</a><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p>"
        f"<div class='meta'><a>{e(s.meta['author'])}</a><time>{short_month(s)} {clock12(s)} {zone}</time>"
        f"<a>{11 + 4 * p.n} comments</a></div><div class='body'>{body_markup(s, ad)}</div></article>"
        "<div class='sponsored'>"
        + "".join(
            f"<div class='card'><span>Sponsored</span><span>{e(who)}</span><h4>{e(what)}</h4></div>"
            for who, what in SPONSORED
        )
        + f"</div><div class='bio'><b>{e(s.meta['author'])}</b><p>{e(s.meta['author'].split()[0])} covers security"
        " and privacy for Bitwright. Before that they spent six years writing about networks for the trade"
        " press.</p></div><section><h2>Related stories</h2>"
        + _teasers(o[:3])
        + "</section><div class='nl'><h3>Bitwright Deals</h3><p>Hand-picked discounts on tech we have tested.</p>"
        "<button>Sign up</button></div></main><footer><p>© 2025 Bitwright Media. All rights reserved.</p>"
        "<p><a>About us</a> <a>Ethics policy</a> <a>Affiliate disclosure</a></p></footer></body></html>",
        "Bitwright",
        s.meta["author"],
        s.when.isoformat(),
    )


def t_corporate(p: Page) -> Built:
    """A company newsroom's press release: investor/careers nav, 'Press release' label, day and time with zone,
    headline, summary, body, boilerplate 'About' paragraph (prose), forward-looking statement (prose), media
    contacts, PDF download, related releases, company footer. No byline."""
    s, o = p.story, p.others
    return Built(
        head(s, f"{s.title} | Newsroom | Aldmere Energy")
        + "<body><header><a class='logo'>Aldmere Energy</a><nav><a>What we do</a><a>Investors</a><a>Sustainability"
        "</a><a>Careers</a><a>Newsroom</a></nav></header><main><div class='crumbs'><a>Home</a> / <a>Newsroom</a> /"
        f" <a>{e(s.meta['section'])}</a></div><p class='type'>Press release</p>"
        f"<p class='when'>{s.when:%d/%m/%Y %H:%M} {_zone(s.when)}</p><h1>{e(s.title)}</h1><p class='sum'>"
        f"{e(s.dek)}</p><div class='release'>{body_markup(s)}<p>ENDS</p><h3>About Aldmere Energy</h3><p>Aldmere"
        " Energy designs, builds and maintains electricity networks for offshore and onshore generators. It"
        " employs around 2,400 people across six sites.</p><h3>Forward-looking statements</h3><p>This release"
        " contains statements about future plans that involve risks and uncertainties, and actual results may"
        " differ.</p></div><div class='contacts'><h3>Media contacts</h3><p>Press office: +44 1632 960 900</p>"
        "<p>media@aldmere-energy.example</p></div><a class='pdf'>Download this release (PDF, 140 KB)</a><section>"
        "<h3>Related releases</h3><ul>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[:3])
        + "</ul></section></main><footer><p>Aldmere Energy plc is registered in England and Wales, number 05518302."
        "</p><p>© Aldmere Energy plc 2025</p><p><a>Privacy</a> <a>Modern slavery statement</a> <a>Cookies</a></p>"
        "</footer></body></html>",
        "Aldmere Energy",
        "",
        s.when.isoformat(),
    )


DETAILS = {
    "harbour-play": (("Venue", "Gullhaven Playhouse"), ("Until", "12 April"), ("Running time", "2hr 20min")),
    "glass-exhibition": (
        ("Venue", "Tennant Gallery"),
        ("Until", "28 September"),
        ("Admission", "£9, under-16s free"),
    ),
    "quartet-concert": (
        ("Venue", "Hallstone Hall"),
        ("Heard on", "Thursday"),
        ("Next date", "Sallow Festival, 4 December"),
    ),
}


def _drop_cap(story: Story) -> str:
    """The body with the first paragraph's opening letter in an inline drop-cap span (one line in page_text)."""
    first = story.paragraphs()[0]
    rest = Story(story.slug, story.meta, story.body[1:])
    return f"<p><span class='dropcap'>{e(first[0])}</span>{e(first[1:])}</p>{body_markup(rest)}"


def _last_sentence(story: Story) -> str:
    return story.paragraphs()[-1].split(". ")[-1].rstrip(".")


def t_review(p: Page) -> Built:
    """An arts review site: nav by art form, 'Review' label, headline, star rating, standfirst, 'Reviewed by',
    day, drop cap, a pull quote repeating the verdict, a details box (venue, dates), 'Book tickets', reviewer
    bio with prose, more reviews with deks, footer."""
    s, o = p.story, with_dek(p.others)
    stars = (3, 4, 4)[p.n]
    paras = _drop_cap(s)
    cut = paras.index("</p>", paras.index("</p>") + 1) + 4  # after the second paragraph
    pull = f"<aside class='pull'><p>“{e(_last_sentence(s))}”</p></aside>"
    return Built(
        head(s, f"{s.title} | The Lantern")
        + "<body><header><a class='logo'>The Lantern</a><p>Reviews and arts journalism</p><nav><a>Theatre</a>"
        "<a>Art</a><a>Music</a><a>Film</a><a>Books</a><a>Listings</a></nav></header><main><article>"
        f"<p class='label'>{e(s.meta['section'])} review</p><h1>{e(s.title)}</h1>"
        f"<p class='stars'>{'★' * stars}{'☆' * (5 - stars)}</p><p class='dek'>{e(s.dek)}</p>"
        f"<p class='by'>Reviewed by {e(s.meta['author'])}</p><p class='date'>{day_month_year(s)}</p>"
        f"<div class='text'>{paras[:cut]}{pull}{paras[cut:]}</div><dl class='details'>"
        + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in DETAILS[s.slug])
        + f"</dl><a class='book'>Book tickets</a></article><div class='bio'><h3>{e(s.meta['author'])}</h3><p>"
        f"{e(s.meta['author'].split()[0])} has written for The Lantern since 2011 and teaches criticism at the"
        " city college.</p></div><section><h2>More reviews</h2>"
        + _teasers(o[:3])
        + "</section></main><footer><p>The Lantern is published by Lantern Arts Media Ltd.</p><p>© 2025 Lantern"
        " Arts Media Ltd</p></footer></body></html>",
        "The Lantern",
        s.meta["author"],
        s.when.date().isoformat(),
    )


CASES = {
    "landlord-fine": (
        "Harcastle City Council v Pardew",
        "Harcastle Magistrates' Court",
        "Fined £12,000 and costs",
    ),
    "cyclist-compensation": (
        "Asquith v Brindleshire County Council",
        "Harcastle County Court",
        "Claim succeeded",
    ),
    "trader-licence": ("Demirel v Harcastle City Council", "Licensing tribunal", "Appeal allowed"),
}


def t_court(p: Page) -> Built:
    """A court-reporting site: masthead, area/section crumbs, headline, standfirst, byline with role on one
    line, day and time without a zone, a case box (case, court, outcome), body, a fair-reporting note, court
    alerts sign-up, recent cases list, footer."""
    s, o = p.story, p.others
    case, court, outcome = CASES[s.slug]
    return Built(
        head(s, f"{s.title} | Courtwatch North")
        + "<body><header><a class='logo'>Courtwatch North</a><p>Court and tribunal reporting for the north</p><nav>"
        "<a>Crime</a><a>Civil</a><a>Family</a><a>Tribunals</a><a>Inquests</a><a>Court lists</a></nav></header>"
        f"<main><div class='crumbs'><a>Harcastle</a> › <a>{e(s.meta['section'])}</a></div><h1>{e(s.title)}</h1>"
        f"<p class='dek'>{e(s.dek)}</p><p class='by'>{e(s.meta['author'])}, {e(s.meta['role'])}</p>"
        f"<p class='when'>{day_month_year(s)}, {clock12(s)}</p><table class='case'><tr><th>Case</th><td>{e(case)}"
        f"</td></tr><tr><th>Court</th><td>{e(court)}</td></tr><tr><th>Outcome</th><td>{e(outcome)}</td></tr>"
        f"</table><div class='report'>{body_markup(s)}</div><p class='legal'>Courtwatch North reports court"
        " proceedings fairly and accurately. If you are named in a report and want to discuss it, contact the"
        " editor.</p><div class='alerts'><h3>Court alerts</h3><p>Get an email when a case from your postcode is"
        " listed.</p><button>Set up alerts</button></div><section><h2>Recent cases</h2><ul>"
        + "".join(f"<li><a>{e(x.title)}</a></li>" for x in o[:4])
        + "</ul></section></main><footer><p>© Courtwatch North Ltd 2025</p><p><a>Standards</a> <a>Corrections</a>"
        " <a>Privacy</a></p></footer></body></html>",
        "Courtwatch North",
        s.meta["author"],
        s.when.replace(tzinfo=None).isoformat(),
    )


TEMPLATES: dict[str, tuple[Callable[[Page], Built], tuple[str, ...], str]] = {
    "localpaper": (
        t_localpaper,
        ("library-roof", "bakery-reopens", "allotment-meters"),
        "www.brackwatercourier.example",
    ),
    "bizdaily": (t_bizdaily, ("tollen-results", "lender-merger", "retail-listing"), "www.hbd.example"),
    "science": (t_science, ("eel-tags", "lichen-survey", "bat-turbines"), "fieldnote.example"),
    "ngo": (t_ngo, ("borehole-repairs", "flood-kits", "seed-cooperative"), "www.riverlight.example"),
    "radio": (t_radio, ("ferry-fares", "night-nurses", "choir-centenary"), "www.radiokelm.example"),
    "student": (t_student, ("halls-rent", "canteen-menu", "rowing-boat"), "thequad.example"),
    "technews": (t_technews, ("router-flaw", "drone-trial", "maps-funding"), "www.bitwright.example"),
    "corporate": (
        t_corporate,
        ("wind-contract", "ceo-appointment", "training-centre"),
        "www.aldmere-energy.example",
    ),
    "review": (t_review, ("harbour-play", "glass-exhibition", "quartet-concert"), "thelantern.example"),
    "court": (
        t_court,
        ("landlord-fine", "cyclist-compensation", "trader-licence"),
        "courtwatchnorth.example",
    ),
}
"""Template: builder, the three stories, the outlet's host (the page URLs are https://HOST/SECTION/SLUG)."""


def hosted_rows(
    batch: str, articles: Path, templates: dict[str, tuple[Callable[[Page], Built], tuple[str, ...], str]]
) -> list[dict[str, str]]:
    """A batch's rows (``batch_rows``) with each page's URL on its template's host: https://HOST/SECTION/SLUG
    (batches 3 and 4)."""
    hosts = {template: host for template, (_, _, host) in templates.items()}

    def url(template: str, story: Story) -> str:
        return f"https://{hosts[template]}/{story.meta['section'].lower().replace(' ', '-')}/{story.slug}"

    builders = {template: (build, slugs) for template, (build, slugs, _) in templates.items()}
    return batch_rows(batch, articles, builders, url)


def pages() -> list[dict[str, str]]:
    return hosted_rows("plain_dev3", ARTICLES, TEMPLATES)


def main() -> None:
    write_rows(pages(), OUT)


if __name__ == "__main__":
    main()
