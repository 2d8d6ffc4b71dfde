"""The kind of a name term (``e:``): a topic's general name, or one specific to an event.

A date or far tie joins articles months apart on a shared name and a few words. A victim's, a suspect's
or a street's name is specific to one event; a country's, a people's or an institution's name is shared by
every story of a topic (reader audit F-9: the DUC pool's wrong ties share "Native Americans", "Indians",
"the National Institutes of Health"; GVA's wrong far ties an outlet's or a sheriff's office's name). A name
is general when it is a country (its names in ``pycountry``, and the short name after "of" in an official
one: "america") or a state, a people named after a country ("indians", "americans", "japanese"), or names an
institution (a word of ``compare.entities.ORG_CUES``, singular or plural: "institutes", "department").
Everything else (people, streets, towns, firms without a cue word) counts as specific.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache

from newsfuse.cluster.features import ENTITY


@cache
def _countries() -> frozenset[str]:
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            name = str(getattr(country, field, "")).lower()
            if name:
                names.add(name)
                names.add(name.rsplit(" of ", 1)[-1])
    return frozenset(names)


@cache
def _places() -> frozenset[str]:
    import pycountry

    states = {s.name.lower() for s in pycountry.subdivisions if s.type == "State"}
    return _countries() | states


@cache
def _peoples() -> frozenset[str]:
    """Peoples named after a one-word country: india -> indian, japan -> japanese, iraq -> iraqi, mexico ->
    mexican, canada -> canadian."""
    out: set[str] = set()
    for name in _countries():
        if " " in name or len(name) < 4:
            continue
        out.update((name + "n", name + "ese", name + "i"))
        if name[-1] in "aeiouy":
            out.update((name[:-1] + "an", name[:-1] + "ian", name[:-1] + "ese"))
    return frozenset(out)


@cache
def _institution_words() -> frozenset[str]:
    from newsfuse.compare.entities import ORG_CUES

    return ORG_CUES


@lru_cache(maxsize=65536)
def general_name(term: str) -> bool:
    """Whether a name term (``e:`` and its lowercased words) is a topic's general name: a country or state,
    a people named after a country, or an institution (see the module)."""
    name = term[len(ENTITY) :]
    if name in _places():
        return True
    words = name.split()
    if not words:
        return False
    cues = _institution_words()
    if any(w in cues or w.removesuffix("s") in cues for w in words):
        return True
    peoples = _peoples()
    return words[-1] in peoples or words[-1].removesuffix("s") in peoples


def by_kind(vector: Mapping[str, float], weight: float) -> Mapping[str, float]:
    """``vector`` with each general name's weight times ``weight`` (the vector itself when ``weight`` is
    1): the terms a tie's score counts."""
    if weight == 1.0:
        return vector
    return {t: w * weight if t.startswith(ENTITY) and general_name(t) else w for t, w in vector.items()}
