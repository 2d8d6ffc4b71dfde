"""What the main process keeps of each kept article while the pool works: its id, date, spill place and
content key, stored as columns (``HeldArticles``) rather than a record object per article."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import overload

from newsfuse.model import Article
from newsfuse.runtime.spill import Ref


@dataclass(frozen=True, slots=True)
class Held:
    """What the main process keeps of a cleaned article: its head (``head_of``), where the whole article
    is spilled, and (with a journal) its content key."""

    head: Article
    ref: Ref
    key: str = ""

    def __reduce__(self) -> tuple[type[Held], tuple[Article, Ref, str]]:
        """Pickled as its class and fields, unpickled by calling the class: a frozen slotted dataclass's own
        pickling sets each field through ``object.__setattr__`` in Python, and its compiled (mypyc) build
        cannot be unpickled that way at all (the clean stage's pool sends one back per article)."""
        return Held, (self.head, self.ref, self.key)


def head_of(article: Article) -> Article:
    """The article's id and date only, all that dedup's bookkeeping, clustering (given the terms) and the
    report's order read in the main process (kept as columns by ``HeldArticles``)."""
    return Article(id=article.id, path="", text="", published=article.published)


class HeldArticles(Sequence[Held]):
    """The kept articles' ``Held`` records in input order, kept as columns: ids, publication dates (one
    string per distinct date), spill places as integers (file number, offset, length) and content keys.
    Items are made again when read. About 60 bytes per article besides its id, against ~0.45 kB for the
    records themselves (a head ``Article``, a ``Ref`` and their integers and strings)."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._published: list[str | None] = []
        self._dates: dict[str, str] = {}
        self._files: list[str] = []
        self._file_no: dict[str, int] = {}
        self._places = array("q")
        self._keys: list[str] = []

    def append(self, held: Held) -> None:
        head, ref = held.head, held.ref
        self._ids.append(head.id)
        self._published.append(
            None if head.published is None else self._dates.setdefault(head.published, head.published)
        )
        number = self._file_no.setdefault(ref.file, len(self._files))
        if number == len(self._files):
            self._files.append(ref.file)
        self._places.extend((number, ref.offset, ref.length))
        self._keys.append(held.key)

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, at: int) -> Held: ...

    @overload
    def __getitem__(self, at: slice) -> list[Held]: ...

    def __getitem__(self, at: int | slice) -> Held | list[Held]:
        if isinstance(at, slice):
            return [self[n] for n in range(*at.indices(len(self)))]
        if at < 0:
            at += len(self)
        head = Article(id=self._ids[at], path="", text="", published=self._published[at])
        return Held(head, self.ref(at), self._keys[at])

    def ref(self, at: int) -> Ref:
        """Where the ``at``-th kept article is spilled."""
        number, offset, length = self._places[3 * at : 3 * at + 3]
        return Ref(self._files[number], offset, length)

    @property
    def ids(self) -> list[str]:
        """The kept articles' ids, in input order."""
        return self._ids


class RefOf(Mapping[str, Ref]):
    """The kept articles' spill places by id (a position per id; the ``Ref`` made when asked for)."""

    def __init__(self, held: HeldArticles) -> None:
        self._held = held
        self._at = {aid: n for n, aid in enumerate(held.ids)}

    def __getitem__(self, aid: str) -> Ref:
        return self._held.ref(self._at[aid])

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)
