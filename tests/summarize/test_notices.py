"""Legal and site notices never enter a brief (leaks, session 27: bench_brief_chrome found them in briefs):
a reproduction ban, a truncated article's word count, a site's terms; reporting on the same words stays."""

from newsfuse.summarize.pool import candidates, is_boilerplate
from tests.helpers import article


def test_a_reproduction_ban() -> None:
    assert is_boilerplate("Reproduction in whole or in part without permission is prohibited.")
    assert is_boilerplate(
        "Jags' Taylor not fond of Heinz Field Reproduction or reuse prohibited without written consent."
    )
    assert is_boilerplate(
        "This material may not be reproduced, and it remains the property of the publisher."
    )
    assert not is_boilerplate("The reuse of old tyres was prohibited by the council in 2004, officials said.")


def test_a_truncated_article_notice() -> None:
    assert is_boilerplate("The full article contains 283 words and appears in Press Association newspaper.")
    assert not is_boilerplate(
        "The full report runs to 283 pages and was published on Monday by the ministry."
    )


def test_a_site_terms_notice() -> None:
    assert is_boilerplate(
        "Please read our Terms and Conditions and Privacy Statement before using this site."
    )
    assert is_boilerplate(
        "For more information on this site, please read our Privacy Policy and Terms of Service."
    )
    assert not is_boilerplate(
        "Facebook changed its privacy policy on Tuesday after complaints from its users."
    )


def test_a_notice_leaves_the_pool_of_an_article_without_markers() -> None:
    body = "The council approved the new bridge on Monday after a vote of its members. "
    notice = "Reproduction in whole or in part without permission is prohibited."
    pool = candidates([article("a", body + notice)])
    assert [c.text for c in pool] == [body.strip()]
