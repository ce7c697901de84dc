"""Labelled sentences and the paper's balanced 80:20 split.

An :class:`Example` is one sentence with a binary sentiment label (1 = Positive,
0 = Negative). :func:`balanced_split` reproduces the QLENS data recipe: down-sample
every class to the size of the smallest one, then hold out the same fraction of
each class for testing. Everything is drawn from one seeded
``numpy.random.default_rng``, so the same examples and seed always give the same
split.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from qlens_q.errors import InputError

CLASS_NAMES: tuple[str, str] = ("negative", "positive")
"""Class names indexed by label: ``CLASS_NAMES[0] == "negative"``, ``CLASS_NAMES[1] == "positive"``."""


@dataclass(frozen=True)
class Example:
    """One sentence and its sentiment label (1 = Positive, 0 = Negative).

    ``id`` is unique within a corpus (e.g. ``"train-1430"`` for SentiHood,
    ``"builtin-0007"`` for the built-in corpus).
    """

    id: str
    text: str
    label: int

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise InputError("example", f"id must be a non-empty string, got {self.id!r}")
        if not isinstance(self.text, str) or not self.text.strip():
            raise InputError(f"example {self.id}", "text must be a non-empty string")
        if isinstance(self.label, bool) or self.label not in (0, 1):
            raise InputError(f"example {self.id}", f"label must be 0 or 1, got {self.label!r}")


@dataclass(frozen=True)
class Split:
    """A train / test split and where its examples came from (``source``)."""

    train: tuple[Example, ...]
    test: tuple[Example, ...]
    source: str

    def counts(self) -> dict[str, int]:
        """Sizes of the split, overall and per class, for reports."""
        out = {"train": len(self.train), "test": len(self.test)}
        for part, examples in (("train", self.train), ("test", self.test)):
            for label, name in enumerate(CLASS_NAMES):
                out[f"{part}_{name}"] = sum(1 for e in examples if e.label == label)
        return out


def _check_seed(seed: int) -> int:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise InputError("seed", f"must be a non-negative integer, got {seed!r}")
    return int(seed)


def balanced_split(
    examples: Iterable[Example], seed: int, test_fraction: float = 0.2, source: str = "examples"
) -> Split:
    """Balance the classes, then split each class ``1 - test_fraction`` : ``test_fraction``.

    Steps, all drawn from ``numpy.random.default_rng(seed)``:

    1. group the examples by label, in input order;
    2. draw ``m`` examples without replacement from each class, ``m`` being the
       size of the smallest class (the minority class is thereby only shuffled);
    3. the first ``round(m * test_fraction)`` drawn of each class go to test, the
       rest to train;
    4. train and test are each shuffled, so classes are interleaved.

    With SentiHood's 1,329 / 535 single-opinion records this keeps 1,070, split
    856 train / 214 test (428 / 107 per class). Refuses an empty input, a single
    class, duplicate ids, and a fraction that leaves train or test empty.
    """
    rng = np.random.default_rng(_check_seed(seed))
    if isinstance(test_fraction, bool) or not isinstance(test_fraction, (int, float)):
        raise InputError("test_fraction", f"must be a number, got {test_fraction!r}")
    if not 0.0 < float(test_fraction) < 1.0:
        raise InputError("test_fraction", f"must lie strictly between 0 and 1, got {test_fraction}")
    items = list(examples)
    if not items:
        raise InputError("examples", "is empty")
    seen: set[str] = set()
    by_label: dict[int, list[Example]] = {}
    for example in items:
        if not isinstance(example, Example):
            raise InputError("examples", f"expected Example objects, got {type(example).__name__}")
        if example.id in seen:
            raise InputError("examples", f"duplicate id {example.id!r}")
        seen.add(example.id)
        by_label.setdefault(example.label, []).append(example)
    if len(by_label) < 2:
        raise InputError("examples", f"need both classes, got only label(s) {sorted(by_label)}")
    m = min(len(group) for group in by_label.values())
    n_test = round(m * float(test_fraction))
    if n_test == 0 or n_test == m:
        raise InputError(
            "test_fraction",
            f"{test_fraction} of the {m} examples per class leaves "
            f"{'test' if n_test == 0 else 'train'} empty",
        )
    train: list[Example] = []
    test: list[Example] = []
    for label in sorted(by_label):
        group = by_label[label]
        kept = [group[int(i)] for i in rng.permutation(len(group))[:m]]
        test.extend(kept[:n_test])
        train.extend(kept[n_test:])
    train_order = rng.permutation(len(train))
    test_order = rng.permutation(len(test))
    return Split(
        train=tuple(train[int(i)] for i in train_order),
        test=tuple(test[int(i)] for i in test_order),
        source=source,
    )
