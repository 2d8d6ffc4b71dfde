from pathlib import Path

import numpy as np
import pytest

from newsfuse.config import DedupConfig
from newsfuse.dedup import DedupIndex, DedupIndexError, find_duplicates
from newsfuse.model import Relation
from tests.dedup.test_groups import OWN
from tests.helpers import WIRE, article

EXTRA = [
    "Harbor pilots said ships bound for the fish pier were held outside the breakwater until the smoke "
    "cleared, and two trawlers unloaded at the old ferry slip instead of their usual berth.",
    "The county emergency office said it would send a damage assessment team on Friday morning and that "
    "the state environment agency had been asked to test the water near the outfall.",
]

UNRELATED = [
    "The Millbrook library will open on Sundays from next month after the town council agreed to pay for "
    "two more part-time librarians out of the reserve it keeps for repairs to the old mill building.",
    "Readers had collected more than two thousand signatures for longer hours, and the head librarian said "
    "the reading room would host homework clubs for the primary schools on Sunday afternoons.",
]


def _corpus() -> list:  # type: ignore[type-arg]
    full = "\n".join(WIRE + EXTRA)
    return [
        article("full", full, published="2026-03-12"),
        article("trunc", "\n".join(WIRE[:3])),
        article("near", full.replace("worked through", "labored through").replace("frozen", "chilled")),
        article("rewrite", "\n".join([OWN[0], WIRE[1], OWN[1], WIRE[3], OWN[2]])),
        article("other", "\n".join(UNRELATED)),
    ]


def test_batch_and_incremental_and_merged_indexes_agree(tmp_path: Path) -> None:
    articles = _corpus()
    batch = find_duplicates(articles)
    assert batch.duplicate_of() == {"trunc": "full", "near": "full"}
    sketched = DedupIndex()
    sketched.add_sketches(DedupIndex().sketch(articles[:3]) + DedupIndex().sketch(articles[3:]))
    assert sketched.result() == batch and len(sketched) == len(articles)
    incremental = DedupIndex()
    incremental.add(articles[:2])
    path = tmp_path / "index.npz"
    incremental.save(path)
    resumed = DedupIndex.load(path)
    assert resumed.result() == incremental.result()
    resumed.add(articles[2:])
    assert resumed.result() == batch
    left, right = DedupIndex(), DedupIndex()
    left.add(articles[::2])
    right.add(articles[1::2])
    assert left.merge(right).result().duplicate_of() == batch.duplicate_of()
    assert {(p.article_id, p.source_id) for p in left.merge(right).result().shared} == {
        (p.article_id, p.source_id) for p in batch.shared
    }


def test_truncated_copy_is_contained_and_edited_copy_is_near() -> None:
    result = find_duplicates(_corpus())
    (group,) = result.groups
    relations = {cid: rel for cid, rel, _ in group.copies}
    assert relations == {"trunc": Relation.CONTAINED, "near": Relation.NEAR}


def test_passage_survives_small_edits_inside_the_reused_paragraph() -> None:
    edited = WIRE[3].replace("briefing outside", "news conference outside")
    rewrite = article(
        "rewrite", "\n".join([OWN[0], WIRE[1].replace("140", "about 140"), OWN[1], edited, OWN[2]])
    )
    wire = article("wire", "\n".join(WIRE), published="2026-03-12T10:00")
    rewrite = article("rewrite", rewrite.text, published="2026-03-12T18:00")
    result = find_duplicates([rewrite, wire])
    assert result.groups == ()
    (passage,) = result.shared
    assert passage.article_id == "rewrite" and passage.source_id == "wire"
    assert [rewrite.text[s.start : s.end] for s in passage.spans] == [
        WIRE[1].replace("140", "about 140"),
        edited,
    ]


def test_a_shared_quote_is_not_a_shared_passage() -> None:
    quote = (
        '"We lost the building but we did not lose a single person, and that is what matters," Delgado said.'
    )
    a = article(
        "a",
        "\n".join(
            [
                OWN[0],
                "The chief thanked crews from the four towns for their long night and said the harbor road "
                "would reopen by morning once engineers had checked the sea wall. " + quote,
            ]
        ),
    )
    b = article(
        "b",
        "\n".join(
            [
                OWN[1],
                quote + " Reporters waited outside the station for an hour before the chief came out, and "
                "she left again without taking questions about the sprinkler system or the insurance.",
            ]
        ),
    )
    assert find_duplicates([a, b]).shared == ()


def test_index_errors_say_what_to_do(tmp_path: Path) -> None:
    index = DedupIndex()
    index.add([article("a", "\n".join(WIRE))])
    with pytest.raises(DedupIndexError, match="already indexed"):
        index.add([article("a", "other text entirely")])
    path = tmp_path / "i.npz"
    index.save(path)
    with pytest.raises(DedupIndexError, match="rebuild the index"):
        DedupIndex.load(path, DedupConfig(shingle_size=3))
    with pytest.raises(DedupIndexError, match="not a saved dedup index"):
        DedupIndex.load(tmp_path / "missing.npz")
    other = DedupIndex(DedupConfig(window=4))
    with pytest.raises(DedupIndexError, match=r"dedup\.window"):
        index.merge(other)


def test_loading_with_new_thresholds_verifies_again(tmp_path: Path) -> None:
    index = DedupIndex()
    index.add(_corpus())
    index.save(tmp_path / "i.npz")
    strict = DedupIndex.load(tmp_path / "i.npz", DedupConfig(near_threshold=1.0, containment_threshold=1.0))
    assert strict.result().duplicate_of() == find_duplicates(_corpus(), strict.config).duplicate_of()


def test_sketch_offsets_point_into_the_original_text() -> None:
    text = "İstanbul HABER\n\n" + WIRE[0]
    index = DedupIndex()
    index.add([article("x", text)])
    (sketch,) = index.sketches
    starts = sketch.spans[:, 0].tolist()
    assert text[starts[1] : int(sketch.spans[1, 1])] == WIRE[0]
    assert np.all(np.diff(sketch.fingerprints.astype(np.float64)) > 0)
    assert index.nbytes >= 2 * sketch.fingerprints.nbytes


def test_short_and_empty_texts_are_exact_copies_only() -> None:
    result = find_duplicates(
        [article("a", "Breaking news"), article("b", "breaking NEWS!"), article("c", "")]
    )
    assert result.duplicate_of() == {"b": "a"}


def test_long_paragraphs_are_matched_in_blocks() -> None:
    long_line = " ".join(WIRE)  # one paragraph of about 150 words
    index = DedupIndex(DedupConfig(block_words=50))
    index.add([article("x", "Headline words here\n" + long_line)])
    (sketch,) = index.sketches
    assert sketch.spans.shape[0] == 1 + -(-len(long_line.split()) // 50)
    assert max(sketch.spans[:, 2]) <= 50
    assert sketch.spans[1:, 2].sum() == len(long_line.split())
    assert int(sketch.spans[1, 0]) == len("Headline words here\n")
    assert int(sketch.spans[-1, 1]) == len("Headline words here\n" + long_line)


def test_a_footer_repeated_across_many_articles_is_boilerplate_not_a_passage() -> None:
    footer = (
        "We pay for your stories and videos. Do you have a story for the Harbor Ledger news team? Email the "
        "tips desk or call the newsroom any time of the day or night, and we will call you back quickly."
    )
    topics = [WIRE[0], OWN[0], OWN[1], OWN[2], EXTRA[0], EXTRA[1], UNRELATED[0], UNRELATED[1]]
    many = [article(f"a{n}", f"{text}\n{footer}") for n, text in enumerate(topics)]
    assert find_duplicates(many).shared == ()
    assert len(find_duplicates(many[:2]).shared) == 1


def test_pairs_sharing_only_common_phrases_are_not_verified_but_wide_syndication_is_found() -> None:
    config = DedupConfig(max_postings=2, rare_holders=2)
    footer = "Readers can send news tips to the desk at any hour of the day or the night by email."
    topics = [OWN[0], OWN[1], OWN[2], UNRELATED[0], UNRELATED[1]]
    footed = [article(f"f{n}", f"{text}\n{footer}") for n, text in enumerate(topics)]
    plain = DedupIndex(DedupConfig(max_postings=2, common_weight=1.0))
    plain.add(footed)
    index = DedupIndex(config)
    index.add(footed)
    assert (index.compared, plain.compared) == (0, 7)  # each article against the footer's first 2 holders
    syndicated = [
        article(f"w{n}", "\n".join(WIRE).replace("Thursday", day))
        for n, day in enumerate(["Friday", "Monday", "Tuesday", "Sunday", "Saturday"])
    ]
    index.add(syndicated)
    copies = index.result().duplicate_of()
    assert {copies[f"w{n}"] for n in range(1, 5)} == {"w0"}
    assert not any(k.startswith("f") for k in copies)


def test_merging_postings_runs_keeps_them_sorted_by_key_then_owner() -> None:
    from newsfuse.dedup.index import _merge_runs

    rng = np.random.default_rng(7)
    k1 = np.sort(rng.integers(0, 50, 300).astype(np.uint64))
    k2 = np.sort(rng.integers(0, 50, 200).astype(np.uint64))
    o1 = np.arange(300, dtype=np.int32)
    o2 = np.arange(300, 500, dtype=np.int32)
    keys, owners = _merge_runs((k1, o1), (k2, o2))
    k, o = np.concatenate([k1, k2]), np.concatenate([o1, o2])
    order = np.lexsort((o, k))
    assert np.array_equal(keys, k[order]) and np.array_equal(owners, o[order])


def test_large_postings_runs_are_mapped_from_files_with_the_same_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsfuse.dedup.index as index_module

    articles = _corpus()  # one article per batch: runs are made and merged as in a long run
    plain = DedupIndex()
    for a in articles:
        plain.add([a])
    monkeypatch.setattr(index_module, "MAPPED_ENTRIES", 8)  # every run of 8 or more postings is mapped
    mapped = DedupIndex(spill_folder=tmp_path, resident=2)
    for a in articles:
        mapped.add([a])
    assert mapped._mapped is not None and mapped._mapped.holds(mapped._runs[0][0])
    assert all(not k.flags.writeable for k, _ in mapped._runs if mapped._mapped.holds(k))
    assert mapped.result() == plain.result() and mapped.compared == plain.compared
    assert mapped.nbytes < plain.nbytes  # mapped runs are not in the process's memory
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("sketches-")]
    assert (
        left == []
    )  # the mapped files are unlinked: nothing left behind (the sketches' file is the store's)
    for (k1, o1), (k2, o2) in zip(mapped._runs, plain._runs, strict=True):
        assert np.array_equal(k1, k2) and np.array_equal(o1, o2)


def test_a_merge_into_mapped_files_block_by_block_equals_the_merge_in_memory(tmp_path: Path) -> None:
    from newsfuse.dedup.index import _merge_runs
    from newsfuse.dedup.mapped import MappedRuns

    rng = np.random.default_rng(11)
    runs = MappedRuns(tmp_path)
    for old_size, new_size, block in ((300, 200, 7), (50, 400, 13), (200, 1, 5), (0, 30, 4), (40, 40, 1000)):
        k1 = np.sort(rng.integers(0, 60, old_size).astype(np.uint64))
        k2 = np.sort(rng.integers(0, 60, new_size).astype(np.uint64))
        o1 = np.arange(old_size, dtype=np.int32)
        o2 = np.arange(old_size, old_size + new_size, dtype=np.int32)
        keys, owners = runs.merged((k1, o1), (k2, o2), _merge_runs, block=block)
        expected = _merge_runs((k1, o1), (k2, o2))
        assert runs.holds(keys) and runs.holds(owners)
        assert np.array_equal(keys, expected[0]) and np.array_equal(owners, expected[1])
    runs.release()
    assert np.array_equal(keys, expected[0])  # released pages are read back from the file


def test_a_batchs_postings_give_each_keys_first_holder_and_count_in_a_run(tmp_path: Path) -> None:
    from newsfuse.dedup.index import _batch_postings

    rng = np.random.default_rng(11)
    run = np.sort(rng.integers(0, 400, 900).astype(np.uint64))  # keys held several times, others never
    keys = np.sort(rng.integers(0, 450, 300).astype(np.uint64))  # duplicates, misses, keys past the run's end
    lo, count = _batch_postings(keys, run)
    assert np.array_equal(lo, np.searchsorted(run, keys, "left"))
    assert np.array_equal(count, np.searchsorted(run, keys, "right") - lo)
    assert (count == 0).any() and (count > 1).any()
    empty_lo, empty_count = _batch_postings(keys, np.empty(0, np.uint64))
    assert not empty_lo.any() and not empty_count.any()
    mapped = np.memmap(tmp_path / "run.bin", np.uint64, "w+", shape=run.shape)  # a mapped run, as MappedRuns
    mapped[:] = run
    assert all(np.array_equal(a, b) for a, b in zip(_batch_postings(keys, mapped), (lo, count), strict=True))
