"""The data layer: balanced split, built-in corpus, tokenizer, SentiHood loader."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest
import torch

from qlens_q.data import (
    CLASS_NAMES,
    CLS,
    PAD,
    SENTIHOOD_ENV,
    UNK,
    Example,
    Tokenizer,
    balanced_split,
    builtin_corpus,
    load_builtin,
    load_sentihood,
    load_sentihood_records,
    sentihood_dir,
    single_opinion_examples,
    single_word_baseline,
    tokenize,
)
from qlens_q.data.builtin import GENERIC
from qlens_q.errors import InputError

SINGLE_WORD_BOUND = 0.65  # measured: 0.550 (seed 42), 0.548-0.565 over seeds 0-5
"""The best one-word rule must stay below this accuracy on the built-in corpus."""

needs_sentihood = pytest.mark.skipif(
    not os.environ.get(SENTIHOOD_ENV),
    reason=f"SentiHood not available: set {SENTIHOOD_ENV} to the SentiHood JSON folder",
)


@pytest.fixture(scope="module")
def corpus() -> list[Example]:
    return builtin_corpus()


def make_examples(n_pos: int, n_neg: int) -> list[Example]:
    return [Example(f"p{i}", f"good {i}", 1) for i in range(n_pos)] + [
        Example(f"n{i}", f"bad {i}", 0) for i in range(n_neg)
    ]


# --- balanced_split ------------------------------------------------------------------------


def test_balanced_split_paper_counts() -> None:
    split = balanced_split(make_examples(1329, 535), seed=42)
    assert split.counts() == {
        "train": 856,
        "test": 214,
        "train_negative": 428,
        "train_positive": 428,
        "test_negative": 107,
        "test_positive": 107,
    }
    ids = [e.id for e in split.train + split.test]
    assert len(set(ids)) == 1070
    assert sum(1 for i in ids if i.startswith("n")) == 535  # the minority class is kept whole


def test_balanced_split_is_deterministic_and_seeded() -> None:
    examples = make_examples(300, 120)
    a, b = balanced_split(examples, seed=7), balanced_split(list(examples), seed=7)
    assert a == b
    c = balanced_split(examples, seed=8)
    assert [e.id for e in a.train] != [e.id for e in c.train]
    assert {e.label for e in a.train[:20]} == {0, 1}  # classes are interleaved


@pytest.mark.parametrize(
    ("examples", "kwargs", "argument"),
    [
        ([], {}, "examples"),
        (make_examples(10, 0), {}, "examples"),
        ([*make_examples(10, 10), Example("p0", "dup", 1)], {}, "examples"),
        (make_examples(10, 10), {"test_fraction": 0.0}, "test_fraction"),
        (make_examples(10, 10), {"test_fraction": 1.0}, "test_fraction"),
        (make_examples(2, 2), {"test_fraction": 0.1}, "test_fraction"),
        (make_examples(10, 10), {"seed": -1}, "seed"),
    ],
)
def test_balanced_split_refusals(examples: list[Example], kwargs: dict, argument: str) -> None:
    args = {"seed": 0, **kwargs}
    with pytest.raises(InputError) as info:
        balanced_split(examples, **args)
    assert info.value.argument == argument


def test_example_validates() -> None:
    assert CLASS_NAMES == ("negative", "positive")
    with pytest.raises(InputError):
        Example("a", "text", 2)
    with pytest.raises(InputError):
        Example("a", "   ", 1)
    with pytest.raises(InputError):
        Example("", "text", 1)


# --- built-in corpus -----------------------------------------------------------------------


def test_builtin_size_balance_and_unique(corpus: list[Example]) -> None:
    assert len(corpus) == 2400
    assert Counter(e.label for e in corpus) == {0: 1200, 1: 1200}
    assert len({e.id for e in corpus}) == 2400
    assert len({e.text.lower() for e in corpus}) == 2400
    assert all("LOCATION1" in e.text for e in corpus)
    assert any("LOCATION2" in e.text for e in corpus)


def test_builtin_is_deterministic(corpus: list[Example]) -> None:
    assert builtin_corpus(n=2400, seed=42) == corpus
    other = builtin_corpus(n=2400, seed=43)
    assert [e.text for e in other] != [e.text for e in corpus]
    assert builtin_corpus(n=10, seed=1) == builtin_corpus(n=10, seed=1)


def test_builtin_has_negation_and_contrast_in_both_classes(corpus: list[Example]) -> None:
    for label in (0, 1):
        texts = [tokenize(e.text) for e in corpus if e.label == label]
        assert sum("n't" in t or "not" in t for t in texts) > 100
        assert sum("but" in t for t in texts) > 100
    words = {
        label: Counter(w for e in corpus if e.label == label for w in set(tokenize(e.text)))
        for label in (0, 1)
    }
    for word in ("good", "great", "nice", "lovely", "bad", "awful", "terrible", "horrible"):
        assert words[0][word] >= 10 and words[1][word] >= 10, word


def generic_clause_label(tokens: list[str]) -> int | None:
    """The label of ``{location1|it} {is|'s} [n't|not] GENERIC ...``, or None for other shapes."""
    if len(tokens) < 4 or tokens[0] not in ("location1", "it") or tokens[1] not in ("is", "'s"):
        return None
    negated = tokens[2] in ("n't", "not")
    word = tokens[3] if negated else tokens[2]
    for polarity in (0, 1):
        if word in GENERIC[polarity]:
            return 1 - polarity if negated else polarity
    return None


def test_builtin_labels_follow_negation_and_the_clause_after_but(corpus: list[Example]) -> None:
    # "LOCATION1 is [not] ADJ ..." alone, and "... but {LOCATION1|it} is [not] ADJ ...", with ADJ
    # a generic word: the label is ADJ's polarity, flipped by the negation, whatever comes first.
    checked = {"simple": 0, "negated": 0, "but": 0}
    for example in corpus:
        tokens = tokenize(example.text)
        if "but" in tokens:
            after = tokens[tokens.index("but") + 1 :]
            while after and after[0] in ("then", "overall", "honestly"):
                after = after[1:]
            kind, label = "but", generic_clause_label(after)
        elif not {"and", "plus", "although", "though", "while"} & set(tokens):
            label = generic_clause_label(tokens)
            kind = "negated" if tokens[2:3] in (["n't"], ["not"]) else "simple"
        else:
            continue
        if label is not None:
            assert example.label == label, example.text
            checked[kind] += 1
    assert min(checked.values()) >= 10, checked


def test_builtin_single_word_baseline_is_weak(corpus: list[Example]) -> None:
    word, label, accuracy = single_word_baseline(corpus)
    assert accuracy < SINGLE_WORD_BOUND, (word, label, accuracy)
    # The measure itself: a corpus that one word separates scores 1.0.
    assert single_word_baseline(make_examples(5, 5))[1:] == (0, 1.0)


def test_load_builtin_split(corpus: list[Example]) -> None:
    split = load_builtin(seed=42)
    assert split.source == "builtin"
    assert split.counts()["train"] == 1920 and split.counts()["test"] == 480
    assert split.counts()["test_positive"] == 240
    assert {e.id for e in split.train}.isdisjoint(e.id for e in split.test)
    assert sorted(split.train + split.test, key=lambda e: e.id) == sorted(corpus, key=lambda e: e.id)


@pytest.mark.parametrize("n", [0, 9, 11, -2, True])
def test_builtin_refuses_bad_n(n: int) -> None:
    with pytest.raises(InputError) as info:
        builtin_corpus(n=n)
    assert info.value.argument == "n"


# --- tokenizer -----------------------------------------------------------------------------


def test_tokenize_rules() -> None:
    assert tokenize("LOCATION1 isn't cheap, but it's SAFE!") == [
        "location1",
        "is",
        "n't",
        "cheap",
        ",",
        "but",
        "it",
        "'s",
        "safe",
        "!",
    ]
    assert tokenize("Do n't go to LOCATION2") == ["do", "n't", "go", "to", "location2"]


def test_tokenizer_fit_order_encode_and_pad() -> None:
    tok = Tokenizer.fit(["b a a", "c b a", "zz"], min_freq=1)
    assert tok.tokens == ("[PAD]", "[CLS]", "[UNK]", "a", "b", "c", "zz")
    assert tok.vocab_size == 7
    assert tok.encode("a b unknown", 6) == [CLS, 3, 4, UNK, PAD, PAD]
    assert tok.encode("a b c a b c", 4) == [CLS, 3, 4, 5]
    assert tok.encode("", 3) == [CLS, PAD, PAD]
    assert Tokenizer.fit(["b a a", "c b a", "zz"], min_freq=2).tokens[3:] == ("a", "b")
    assert Tokenizer.fit(["b a a", "c b a", "zz"], max_size=4).tokens[3:] == ("a",)
    batch = tok.encode_batch(["a", "zz c"], 4)
    assert batch.dtype == torch.long and batch.shape == (2, 4)
    assert batch.tolist() == [[CLS, 3, PAD, PAD], [CLS, 6, 5, PAD]]
    assert tok.decode([1, 3, 0]) == ["[CLS]", "a", "[PAD]"]
    with pytest.raises(InputError):
        tok.encode("a", 0)


def test_tokenizer_save_load_round_trip(tmp_path: Path, corpus: list[Example]) -> None:
    tok = Tokenizer.fit(e.text for e in corpus)
    path = tmp_path / "vocab.json"
    tok.save(path)
    loaded = Tokenizer.load(path)
    assert loaded.tokens == tok.tokens
    texts = [e.text for e in corpus[:50]]
    assert torch.equal(loaded.encode_batch(texts, 24), tok.encode_batch(texts, 24))
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1, 2]",
        json.dumps({"format": "other", "version": 1, "tokens": ["[PAD]", "[CLS]", "[UNK]"]}),
        json.dumps({"format": "qlens-q-tokenizer", "version": 99, "tokens": ["[PAD]", "[CLS]", "[UNK]"]}),
        json.dumps({"format": "qlens-q-tokenizer", "version": 1, "tokens": "abc"}),
        json.dumps({"format": "qlens-q-tokenizer", "version": 1, "tokens": ["[CLS]", "[PAD]", "[UNK]"]}),
        json.dumps(
            {"format": "qlens-q-tokenizer", "version": 1, "tokens": ["[PAD]", "[CLS]", "[UNK]", "a", "a"]}
        ),
        json.dumps({"format": "qlens-q-tokenizer", "version": 1, "tokens": ["[PAD]", "[CLS]", "[UNK]", 3]}),
    ],
)
def test_tokenizer_load_refuses_malformed(tmp_path: Path, content: str) -> None:
    path = tmp_path / "vocab.json"
    path.write_text(content)
    with pytest.raises(InputError) as info:
        Tokenizer.load(path)
    assert info.value.argument == str(path)
    assert "\n" not in str(info.value)


def test_tokenizer_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        Tokenizer.load(tmp_path / "nope.json")


# --- SentiHood (needs the data) ------------------------------------------------------------


@needs_sentihood
def test_sentihood_published_counts() -> None:
    records = load_sentihood_records(os.environ[SENTIHOOD_ENV])
    assert len(records) == 5215
    examples = single_opinion_examples(records)
    assert len(examples) == 1864
    assert Counter(e.label for e in examples) == {1: 1329, 0: 535}
    assert len({e.id for e in examples}) == 1864
    assert all(e.text == " ".join(e.text.split()) for e in examples)
    split = load_sentihood(os.environ[SENTIHOOD_ENV], seed=42)
    counts = split.counts()
    assert counts["train"] + counts["test"] == 1070
    assert (counts["train"], counts["test"]) == (856, 214)
    assert (counts["train_positive"], counts["train_negative"]) == (428, 428)
    assert (counts["test_positive"], counts["test_negative"]) == (107, 107)
    assert split.source == "sentihood"


@needs_sentihood
def test_sentihood_from_environment_is_deterministic() -> None:
    a, b = load_sentihood(seed=42), load_sentihood(seed=42)
    assert a == b
    assert load_sentihood(seed=1).test != a.test


# --- SentiHood refusals (no data needed) ---------------------------------------------------


def write_sentihood(folder: Path, records: object, broken: str | None = None) -> None:
    folder.mkdir(exist_ok=True)
    for split in ("train", "dev", "test"):
        text = json.dumps(records)
        if split == broken:
            text = "[{"
        (folder / f"sentihood-{split}.json").write_text(text)


GOOD = [
    {
        "id": 1,
        "text": "  LOCATION1   is  safe ",
        "opinions": [{"sentiment": "Positive", "aspect": "safety", "target_entity": "LOCATION1"}],
    },
    {
        "id": 2,
        "text": "LOCATION1 is grim",
        "opinions": [{"sentiment": "Negative", "aspect": "general", "target_entity": "LOCATION1"}],
    },
    {"id": 3, "text": "no opinion", "opinions": []},
]


def test_sentihood_reads_a_small_folder(tmp_path: Path) -> None:
    write_sentihood(tmp_path / "sh", GOOD)
    records = load_sentihood_records(tmp_path / "sh")
    assert len(records) == 9 and [r["split"] for r in records[::3]] == ["train", "dev", "test"]
    examples = single_opinion_examples(records)
    assert [e.id for e in examples[:2]] == ["train-1", "train-2"]
    assert examples[0] == Example("train-1", "LOCATION1 is safe", 1)
    assert len(examples) == 6


def test_sentihood_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_sentihood_records(tmp_path / "absent")
    assert str(tmp_path / "absent") in str(info.value)


def test_sentihood_missing_file(tmp_path: Path) -> None:
    write_sentihood(tmp_path, GOOD)
    (tmp_path / "sentihood-dev.json").unlink()
    with pytest.raises(InputError) as info:
        load_sentihood(tmp_path)
    assert info.value.argument == str(tmp_path / "sentihood-dev.json")


def test_sentihood_broken_json(tmp_path: Path) -> None:
    write_sentihood(tmp_path, GOOD, broken="test")
    with pytest.raises(InputError) as info:
        load_sentihood_records(tmp_path)
    assert info.value.argument == str(tmp_path / "sentihood-test.json")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "records",
    [
        {"not": "a list"},
        [[1, 2]],
        [{"id": 1, "text": 5, "opinions": []}],
        [{"id": 1, "text": "x", "opinions": {}}],
        [{"id": 1, "text": "x", "opinions": [{"sentiment": "Neutral", "aspect": "a", "target_entity": "L"}]}],
        [{"id": None, "text": "x", "opinions": []}],
    ],
)
def test_sentihood_wrong_structure(tmp_path: Path, records: object) -> None:
    write_sentihood(tmp_path, records)
    with pytest.raises(InputError) as info:
        load_sentihood_records(tmp_path)
    assert str(tmp_path / "sentihood-train.json") in str(info.value)
    assert "\n" not in str(info.value)


def test_sentihood_dir_needs_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SENTIHOOD_ENV, raising=False)
    with pytest.raises(InputError) as info:
        sentihood_dir()
    assert info.value.argument == SENTIHOOD_ENV
