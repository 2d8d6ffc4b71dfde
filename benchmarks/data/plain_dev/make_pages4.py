"""Build plain_dev4.jsonl.gz: plain_dev batch 4, a held-out plain-text (page_text) dev set of original fiction.

    .venv/bin/python benchmarks/data/plain_dev/make_pages4.py       # writes plain_dev4.jsonl.gz beside this file

Thirty pages around the articles of articles4.txt in eight site templates that none of plain_dev batches 1-3 and
html_dev batches 1-2 have (BATCH4.md). One page a line, batch 3's fields: ``id``, ``url``, ``batch``,
``template``, ``lang``, ``html``, ``page_text``, ``gold_text``, ``gold_title``, ``gold_outlet``, ``gold_byline``,
``gold_date``. The article reader, body markup and gold writer are batch 1's (make_pages.py), the page record and
row builder batch 2's (make_pages2.py) with batch 3's hosts (make_pages3.py), page_text the committed renderer's (page_text.py); all imported. Gold
convention and metadata gold: BATCH4.md, fixed before any cleaner was run on these pages. Each page's URL is on
its outlet's own host, as in batch 3. Deterministic.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_pages import MONTHS, Page, Story, body_markup, e, write_rows  # noqa: E402
from make_pages2 import Built, clock12, day_month_year, head, short_month, with_dek  # noqa: E402
from make_pages3 import hosted_rows  # noqa: E402

OUT = HERE / "plain_dev4.jsonl.gz"
ARTICLES = HERE / "articles4.txt"


def _cards(others: list[Story], dek: bool = True, tag: str = "h3") -> str:
    return "".join(
        f"<div class='card'><{tag}><a>{e(x.title)}</a></{tag}>"
        + (f"<p>{e(x.dek)}</p>" if dek else "")
        + "</div>"
        for x in others
    )


def _links(others: list[Story]) -> str:
    return "<ul>" + "".join(f"<li><a>{e(x.title)}</a></li>" for x in others) + "</ul>"


# ----------------------------------------------------------------------------------------------- templates

PRICES = (
    ("Prime lambs", "312.4p/kg", "+14.1"),
    ("Cull ewes", "£118/head", "+3.0"),
    ("Store cattle", "268.0p/kg", "-2.5"),
    ("Feed wheat", "£171/t", "+1.5"),
)
CAPTIONS = {
    "lamb-prices": "Lambs penned for sale at Carrowmore on Tuesday. Photo: Hettie Marchbank",
    "hedge-planting": "Club members plant hawthorn whips near Bramwell. Photo: County federation",
    "hostel-reopens": "The restored hostel above Glas Tarn. Photograph: Walking Trust",
    "night-train": "A sleeper berth on the new service. Photograph: supplied",
    "ev-range": "The Vantor Ease 4 on the moor road. Picture: Greer Lamontagne",
    "classic-rally": "A 1924 Harland tourer at the finish. Picture: Thornbury Vintage Trial",
    "noodle-bar": "Noodles are pulled to order at the counter. Image: Saskia Brenninkmeijer",
    "bakery-award": "Anselm Whitcombe with the winning rye. Image: Real Bread Awards",
}


def t_farming(p: Page) -> Built:
    """A farming weekly: weather strip for farmers, masthead, nav, a market-prices box (a line per cell),
    section, headline, standfirst, 'By X, role' on one line, short date, captioned photo (some pages), body, a
    'Machinery for sale' classified strip, 'Farm Week in your inbox' box, more farming news with deks, footer."""
    s, o = p.story, with_dek(p.others)
    caption = CAPTIONS.get(s.slug)
    return Built(
        head(s, f"{s.title} - Farm Week")
        + "<body><div class='wx'><span>Spraying window: Thu-Fri</span><span>Soil temp 6°C</span><span>Rain 14mm"
        "</span></div><header><a class='logo'>Farm Week</a><p>For the farms of the north and west</p><nav><a>News"
        "</a><a>Markets</a><a>Livestock</a><a>Arable</a><a>Machinery</a><a>Rural life</a><a>Jobs</a></nav></header>"
        "<aside class='prices'><h4>Mart prices this week</h4>"
        + "".join(f"<div><span>{a}</span><span>{b}</span><span>{c}</span></div>" for a, b, c in PRICES)
        + f"</aside><main><p class='section'>{e(s.meta['section'])}</p><h1>{e(s.title)}</h1><p class='dek'>"
        f"{e(s.dek)}</p><p class='by'>By {e(s.meta['author'])}, {e(s.meta['role'])}</p><p class='when'>"
        f"{short_month(s)}</p>"
        + (f"<figure><img alt=''><figcaption>{e(caption)}</figcaption></figure>" if caption else "")
        + f"<div class='body'>{body_markup(s)}</div><div class='ads'><h3>Machinery for sale</h3><p>2019 Kverland"
        " 4-furrow plough, good points, £6,250</p><p>Tandem axle livestock trailer, 14ft, new floor, £3,900</p>"
        "<a>Place a free ad</a></div><div class='nl'><h3>Farm Week in your inbox</h3><p>Prices, policy and the"
        " week's stories every Friday morning, free.</p><button>Sign up</button></div><section><h2>More farming"
        " news</h2>"
        + _cards(o[:3])
        + "</section></main><footer><p>Farm Week is published by Stannary Rural Media Ltd, Unit 3, Auction Yard,"
        " Carrowmore CR2 7LT.</p><p>© 2025 Stannary Rural Media Ltd</p><p><a>Contact us</a> <a>Advertise</a>"
        " <a>Privacy</a></p></footer></body></html>",
        "Farm Week",
        s.meta["author"],
        s.when.date().isoformat(),
    )


def t_travel(p: Page) -> Built:
    """A travel news site: deals bar, logo, destination tags, headline, standfirst, affiliate disclosure
    (prose), 'Oona Vasquez-Lyle · role' line, 'Updated 14 Feb 2025', captioned photo (some pages), body, a 'Plan
    your trip' box (one line per fact), hotel cards with prices, 'Where to next' with deks, footer."""
    s, o = p.story, with_dek(p.others)
    caption = CAPTIONS.get(s.slug)
    return Built(
        head(s, f"{s.title} | Wayfarer Daily")
        + "<body><div class='deals'><a>Today's deals</a><a>Rail passes</a><a>Island breaks</a></div><header>"
        "<a class='logo'>Wayfarer Daily</a><nav><a>News</a><a>Destinations</a><a>Rail</a><a>Flights</a><a>Hotels"
        f"</a><a>Tips</a></nav></header><main><div class='tags'><a>{e(s.meta['section'])}</a><a>UK</a><a>Advice"
        f"</a></div><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='disclosure'>Wayfarer Daily is"
        " independent, but we may earn a commission if you book through some of the links on this page. It never"
        f" changes what we write.</p><p class='by'>{e(s.meta['author'])} · {e(s.meta['role'])}</p><p>Updated"
        f" {s.when.day} {MONTHS[s.when.month - 1][:3]} {s.when.year}</p>"
        + (f"<figure><img alt=''><figcaption>{e(caption)}</figcaption></figure>" if caption else "")
        + f"<div class='story'>{body_markup(s)}</div><div class='plan'><h3>Plan your trip</h3><p>Getting there:"
        " train, ferry or coach</p><p>Best time: May to September</p><p>Budget: from £60 a day</p></div><div"
        " class='hotels'><h3>Places to stay</h3><div><b>The Anchorage</b><span>from £89 a night</span><a>Check"
        " prices</a></div><div><b>Quay House B&amp;B</b><span>from £72 a night</span><a>Check prices</a></div></div>"
        "<section><h2>Where to next</h2>"
        + _cards(o[:3])
        + "</section></main><footer><p>© Wayfarer Daily 2025. Prices correct at the time of writing.</p><p><a>About"
        "</a> <a>Contact</a> <a>Affiliate policy</a> <a>Privacy</a></p></footer></body></html>",
        "Wayfarer Daily",
        s.meta["author"],
        s.when.date().isoformat(),
    )


SPECS = {
    "ev-range": (
        ("Price", "£31,995"),
        ("Range (official)", "268 miles"),
        ("Battery", "64kWh"),
        ("0-62mph", "7.9sec"),
    ),
}


def t_motoring(p: Page) -> Built:
    """A motoring site: 'Sell your car'/'Find a car' bar, logo, nav, crumbs, headline, standfirst, 'Words:
    X' line, date with 12-hour time, photo counter and caption (some pages), a spec box on the review (a line
    per cell), body, a 'Finance this car' widget note (prose), dealer cards, 'Latest news' list, footer."""
    s, o = p.story, p.others
    caption = CAPTIONS.get(s.slug)
    spec = SPECS.get(s.slug)
    return Built(
        head(s, f"{s.title} | Torque & Tarmac")
        + "<body><div class='top'><a>Find a car</a><a>Sell your car</a><a>Value my car</a></div><header><a"
        " class='logo'>Torque &amp; Tarmac</a><nav><a>News</a><a>Reviews</a><a>Electric</a><a>Classic</a><a>Advice"
        f"</a></nav></header><main><div class='crumbs'><a>Home</a> / <a>{e(s.meta['section'])}</a></div><h1>"
        f"{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='by'>Words: {e(s.meta['author'])}</p><p"
        f" class='when'>{day_month_year(s)} {clock12(s)}</p>"
        + (f"<div class='gallery'><span>1/14</span><p>{e(caption)}</p></div>" if caption else "")
        + (
            "<table class='spec'>"
            + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in spec)
            + "</table>"
            if spec
            else ""
        )
        + f"<div class='text'>{body_markup(s)}</div><div class='finance'><h3>Finance this car</h3><p>Representative"
        " example: borrowing £20,000 over 48 months at 9.9% APR. Torque &amp; Tarmac is a credit broker, not a"
        " lender, and may receive a commission from the lenders it introduces you to.</p><button>Get a quote"
        "</button></div><div class='dealers'><h3>Dealers near you</h3><div><b>Halden Motors</b><span>4.6 ★ (212"
        " reviews)</span></div><div><b>Millhaven EV Centre</b><span>4.8 ★ (97 reviews)</span></div></div><section>"
        "<h2>Latest news</h2>"
        + _links(o[:4])
        + "</section></main><footer><p>Torque &amp; Tarmac Ltd is authorised and regulated by the Financial Conduct"
        " Authority for credit broking.</p><p>© 2025 Torque &amp; Tarmac Ltd</p></footer></body></html>",
        "Torque & Tarmac",
        s.meta["author"],
        s.when.replace(tzinfo=None).isoformat(),
    )


def t_council(p: Page) -> Built:
    """A borough council's news page: accessibility/translate bar, logo, service search, 'Report it'/'Pay
    it'/'Apply for it' tiles, crumbs, headline, summary, 'Published: DD Month YYYY', body, 'Related services'
    list, 'Was this page helpful?' yes/no, a data-protection note (prose), 'Follow us', footer with address; no
    byline."""
    s, o = p.story, p.others
    return Built(
        head(s, f"{s.title} - Ashgrove Borough Council")
        + "<body><div class='util'><a>Accessibility</a><a>Translate this page</a><a>Sign in to My Account</a>"
        "</div><header><a class='logo'>Ashgrove Borough Council</a><form><input placeholder='Search'><button>"
        "Search</button></form></header><div class='tiles'><a>Report it</a><a>Pay it</a><a>Apply for it</a><a>Bins"
        f" and recycling</a></div><main><div class='crumbs'><a>Home</a> › <a>News</a> › <a>{e(s.meta['section'])}"
        f"</a></div><h1>{e(s.title)}</h1><p class='summary'>{e(s.dek)}</p><p>Published: {day_month_year(s)}</p>"
        f"<div class='content'>{body_markup(s)}</div><section><h2>Related services</h2><ul><li><a>Check your bin"
        " day</a></li><li><a>Council tax</a></li><li><a>Libraries and opening times</a></li></ul></section><div"
        " class='feedback'><p>Was this page helpful?</p><button>Yes</button><button>No</button></div><p"
        " class='gdpr'>If you contact us about this news item, we will use your details only to reply to you. Read"
        " our privacy notice to find out how Ashgrove Borough Council handles your personal information.</p>"
        "<div class='social'><p>Follow us</p><a>Facebook</a><a>Instagram</a><a>Nextdoor</a></div><section><h2>More"
        " news</h2>"
        + _links(o[:3])
        + "</section></main><footer><p>Ashgrove Borough Council, Civic Centre, Ashgrove AG1 2CC</p><p>Telephone"
        " 01632 960 000</p><p><a>Contact us</a> <a>Cookies</a> <a>Privacy notice</a> <a>Accessibility"
        " statement</a></p></footer></body></html>",
        "Ashgrove Borough Council",
        "",
        s.when.date().isoformat(),
    )


def t_health(p: Page) -> Built:
    """A health news site: logo + strapline, condition A-Z nav, section, headline, standfirst, 'By X, role'
    and 'Medically reviewed by ...' lines, 'Last updated on ...' date, a key-points box (bullets that restate the
    article), body, 'Sources' list, the information-only disclaimer (prose), symptom checker promo, related
    articles with deks, footer."""
    s, o = p.story, with_dek(p.others)
    points = [x.split(",")[0].split(". ")[0] for x in s.paragraphs()[:2]]
    return Built(
        head(s, f"{s.title} | Wellwise")
        + "<body><header><a class='logo'>Wellwise</a><p>Health news you can use</p><nav><a>Conditions A-Z</a><a>"
        "Medicines</a><a>Healthy living</a><a>Mental health</a><a>News</a></nav></header><main><p class='section'>"
        f"{e(s.meta['section'])}</p><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='by'>By"
        f" {e(s.meta['author'])}, {e(s.meta['role'])}</p><p class='rev'>Medically reviewed by Dr Tobias Ferrand,"
        f" GP</p><p>Last updated on {day_month_year(s)}</p><div class='key'><h3>Key points</h3><ul>"
        + "".join(f"<li>{e(x)}</li>" for x in points)
        + f"</ul></div><div class='article'>{body_markup(s)}</div><div class='sources'><h3>Sources</h3><ul><li>"
        "Public health agency, weekly bulletin</li><li>Wellwise interview</li></ul></div><p class='disclaimer'>"
        "This article is for general information only and is not a substitute for advice from a doctor or"
        " pharmacist. If you are worried about your health, speak to a health professional.</p><div"
        " class='promo'><h3>Check your symptoms</h3><p>Answer a few questions to find out where to get help.</p>"
        "<button>Start</button></div><section><h2>Related articles</h2>"
        + _cards(o[:3])
        + "</section></main><footer><p>© 2025 Wellwise Health Media. Nothing on Wellwise replaces a consultation"
        " with your own clinician.</p><p><a>Editorial policy</a> <a>Contact</a> <a>Privacy</a></p></footer></body>"
        "</html>",
        "Wellwise",
        s.meta["author"].removeprefix("Dr "),
        s.when.date().isoformat(),
    )


SCORES = {"puzzle-game": ("9", "Lanternfall", "Chapelworks", "PC, Q2")}


def t_gaming(p: Page) -> Built:
    """A games site: platform nav, logo, 'Deals' bar, headline, standfirst, '@handle' byline with role, relative
    and absolute date, comment count, the review's score box (score, game, studio, platforms: a line per cell),
    body, 'Buy now' price cards, community comments (two prose posts), trending list, footer."""
    s, o = p.story, p.others
    score, game, studio, platforms = SCORES.get(s.slug, ("", "", "", ""))
    handle = "@" + s.meta["author"].split()[0].lower()
    return Built(
        head(s, f"{s.title} - Pixelgrove")
        + "<body><nav class='platforms'><a>PC</a><a>Q2</a><a>Switch</a><a>Mobile</a><a>Esports</a></nav><header>"
        "<a class='logo'>Pixelgrove</a><a>Deals</a><a>Log in</a></header><main><h1>"
        f"{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><div class='meta'><span>{e(s.meta['author'])}</span>"
        f"<span>{handle}</span><span>{e(s.meta['role'])}</span></div><p>{short_month(s)}, {clock12(s)}</p><p>"
        f"{3 + p.n * 11} comments</p>"
        + (
            f"<div class='score'><span>{score}</span><span>{e(game)}</span><span>Developer: {e(studio)}</span>"
            f"<span>Platforms: {e(platforms)}</span></div>"
            if score
            else ""
        )
        + f"<div class='content'>{body_markup(s)}</div><div class='buy'><h3>Buy now</h3><div><b>Gamevault</b>"
        "<span>£17.99</span></div><div><b>Spellbox Store</b><span>£19.49</span></div><p>Prices updated hourly."
        "</p></div><section class='comments'><h3>Comments</h3><div><b>mothwing</b><p>Proper reporting on the"
        " small stuff, more of it please.</p></div><div><b>r3tr0_rob</b><p>Saw this"
        " coming months ago but good to have it confirmed at last.</p></div><a>Load more comments</a></section>"
        "<section><h2>Trending</h2>"
        + _links(o[:5])
        + "</section></main><footer><p>Pixelgrove is part of Brightfold Media.</p><p>© 2025 Brightfold Media Ltd"
        "</p></footer></body></html>",
        "Pixelgrove",
        s.meta["author"],
        s.when.replace(tzinfo=None).isoformat(),
    )


VENUES = {
    "noodle-bar": ("Lowgate Fish Market, Unit 2", "Tue-Sat 5pm until sold out", "Bowls £9-£13"),
}


def t_foodnews(p: Page) -> Built:
    """A food news site: logo + tagline, nav, section, headline, standfirst, 'Words by X', date, captioned photo
    (some pages), a venue box on openings (address, hours, prices: a line each), body, 'Jump to recipe'-style
    promo card for an unrelated recipe, newsletter box, 'You might also like' with deks, footer."""
    s, o = p.story, with_dek(p.others)
    caption = CAPTIONS.get(s.slug)
    venue = VENUES.get(s.slug)
    return Built(
        head(s, f"{s.title} | The Larder")
        + "<body><header><a class='logo'>The Larder</a><p>Food, farming and the places to eat</p><nav><a>News</a>"
        "<a>Openings</a><a>Recipes</a><a>Producers</a><a>Awards</a></nav></header><main><p class='section'>"
        f"{e(s.meta['section'])}</p><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='by'>Words by"
        f" {e(s.meta['author'])}</p><p>{day_month_year(s)}</p>"
        + (f"<figure><img alt=''><figcaption>{e(caption)}</figcaption></figure>" if caption else "")
        + ("<div class='venue'>" + "".join(f"<p>{e(x)}</p>" for x in venue) + "</div>" if venue else "")
        + f"<div class='body'>{body_markup(s)}</div><div class='recipe'><span>Recipe</span><h3>Roast plums with"
        " bay and honey</h3><p>Serves 4 · 35 mins</p><a>Get the recipe</a></div><div class='nl'><h3>The Larder"
        " letter</h3><p>New openings and seasonal recipes on Sundays.</p><button>Subscribe</button></div>"
        "<section><h2>You might also like</h2>"
        + _cards(o[:3])
        + "</section></main><footer><p>© The Larder Publishing Co 2025</p><p><a>About</a> <a>Advertise</a>"
        " <a>Privacy</a></p></footer></body></html>",
        "The Larder",
        s.meta["author"],
        s.when.date().isoformat(),
    )


def t_property(p: Page) -> Built:
    """A property news site: 'Buy'/'Rent'/'Sold prices' search bar, logo, section, headline, standfirst, byline
    with role, 'Published 2 April 2025, 10:00am', body, a mortgage calculator widget (a line per field), a
    featured-listings strip (price, beds, place), the agents' advertising disclaimer (prose), 'Property news'
    list, footer."""
    s, o = p.story, p.others
    return Built(
        head(s, f"{s.title} | Hearthstone Property News")
        + "<body><div class='search'><a>Buy</a><a>Rent</a><a>Sold prices</a><input placeholder='Town or"
        " postcode'><button>Search</button></div><header><a class='logo'>Hearthstone</a><nav><a>Property news</a>"
        f"<a>Guides</a><a>Mortgages</a><a>Agents</a></nav></header><main><p class='section'>{e(s.meta['section'])}"
        f"</p><h1>{e(s.title)}</h1><p class='dek'>{e(s.dek)}</p><p class='by'>{e(s.meta['author'])}</p><p"
        f" class='role'>{e(s.meta['role'])}</p><p>Published {day_month_year(s)}, {clock12(s)}</p><div"
        f" class='story'>{body_markup(s)}</div><div class='calc'><h3>Mortgage calculator</h3><p>Property price"
        "</p><p>£231,400</p><p>Deposit</p><p>£23,140</p><p>Monthly repayment</p><p>£1,187</p></div><div"
        " class='listings'><h3>Featured homes</h3><div><b>£189,950</b><span>2 bed flat, Ferrisby</span></div><div>"
        "<b>£325,000</b><span>3 bed semi-detached, Harbury</span></div></div><p class='adv'>Featured homes are"
        " paid placements by estate agents. Hearthstone does not check the details of any listing, and you should"
        " ask the agent before you arrange a viewing.</p><section><h2>Property news</h2>"
        + _links(o[:4])
        + "</section></main><footer><p>© 2025 Hearthstone Digital Ltd</p><p><a>Terms</a> <a>Privacy</a> <a>Help"
        "</a></p></footer></body></html>",
        "Hearthstone",
        s.meta["author"],
        s.when.replace(tzinfo=None).isoformat(),
    )


TEMPLATES: dict[str, tuple[Callable[[Page], Built], tuple[str, ...], str]] = {
    "farming": (
        t_farming,
        ("lamb-prices", "slurry-rules", "hedge-planting", "fertiliser-coop"),
        "www.farmweek.example",
    ),
    "travel": (
        t_travel,
        ("rail-strike-ferries", "hostel-reopens", "airport-tax", "night-train"),
        "wayfarerdaily.example",
    ),
    "motoring": (
        t_motoring,
        ("ev-range", "speed-cameras", "classic-rally", "charging-points"),
        "www.torqueandtarmac.example",
    ),
    "council": (
        t_council,
        ("bin-collections", "library-hours", "pothole-fund", "warm-spaces"),
        "www.ashgrove.gov.example",
    ),
    "health": (
        t_health,
        ("hayfever-forecast", "walking-study", "clinic-waits", "quiet-sleep"),
        "www.wellwise.example",
    ),
    "gaming": (
        t_gaming,
        ("puzzle-game", "esports-final", "console-repair", "retro-museum"),
        "pixelgrove.example",
    ),
    "foodnews": (t_foodnews, ("noodle-bar", "school-meals", "bakery-award"), "thelarder.example"),
    "property": (t_property, ("house-prices", "self-build", "rent-register"), "www.hearthstone.example"),
}
"""Template: builder, its stories, the outlet's host (the page URLs are https://HOST/SECTION/SLUG)."""


def pages() -> list[dict[str, str]]:
    return hosted_rows("plain_dev4", ARTICLES, TEMPLATES)


def main() -> None:
    write_rows(pages(), OUT)


if __name__ == "__main__":
    main()
