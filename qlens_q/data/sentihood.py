"""SentiHood, read from a folder outside the repository.

The folder (argument, or the environment variable :data:`SENTIHOOD_ENV`) holds the
public mirror's ``sentihood-train.json``, ``sentihood-dev.json`` and
``sentihood-test.json``: JSON lists of ``{"id", "text", "opinions": [{"sentiment",
"aspect", "target_entity"}]}``. The QLENS recipe keeps the records with exactly one
opinion (1,864 of 5,215: 1,329 Positive, 535 Negative), balances them to 535 + 535
and splits each class 80:20 (856 train / 214 test); see
:func:`qlens_q.data.dataset.balanced_split`. Record ids repeat across the three
files, so example ids are prefixed with the file's split (``"train-1430"``).
Nothing here copies the data anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qlens_q import io
from qlens_q.data.dataset import Example, Split, balanced_split
from qlens_q.errors import InputError

SENTIHOOD_ENV = "QLENS_SENTIHOOD_DIR"
SPLITS: tuple[str, str, str] = ("train", "dev", "test")
SENTIMENTS: dict[str, int] = {"Negative": 0, "Positive": 1}


def sentihood_dir(directory: str | Path | None = None) -> Path:
    """``directory``, or the folder named by ``$QLENS_SENTIHOOD_DIR`` when it is ``None``."""
    if directory is None:
        value = os.environ.get(SENTIHOOD_ENV, "").strip()
        if not value:
            raise InputError(
                SENTIHOOD_ENV,
                "is not set; point it at the folder holding sentihood-{train,dev,test}.json",
            )
        directory = value
    path = Path(directory)
    if not path.is_dir():
        raise InputError(str(path), "SentiHood folder not found (or not a directory)")
    return path


def _check_record(record: Any, where: str) -> None:
    """Refuse a record that is not ``{"id", "text", "opinions": [...]}`` as SentiHood has it."""
    if not isinstance(record, dict):
        raise InputError(where, f"must be an object, got {type(record).__name__}")
    rid = record.get("id")
    if isinstance(rid, bool) or not isinstance(rid, (int, str)):
        raise InputError(where, f"'id' must be an integer or a string, got {rid!r}")
    if not isinstance(record.get("text"), str):
        raise InputError(where, "'text' must be a string")
    opinions = record.get("opinions")
    if not isinstance(opinions, list):
        raise InputError(where, "'opinions' must be a list")
    for j, opinion in enumerate(opinions):
        if not isinstance(opinion, dict):
            raise InputError(where, f"opinion {j} must be an object")
        if opinion.get("sentiment") not in SENTIMENTS:
            raise InputError(
                where,
                f"opinion {j}: 'sentiment' must be one of {sorted(SENTIMENTS)}, got {opinion.get('sentiment')!r}",
            )
        for key in ("aspect", "target_entity"):
            if not isinstance(opinion.get(key), str):
                raise InputError(where, f"opinion {j}: {key!r} must be a string")


def load_sentihood_records(directory: str | Path | None = None) -> list[dict[str, Any]]:
    """All records of the three files, train then dev then test, each validated.

    Every record is returned as read plus a ``"split"`` key naming its file
    (``"train"``, ``"dev"`` or ``"test"``). A missing folder or file, invalid JSON
    or a record of the wrong shape is refused with an :class:`InputError` that
    names the path (and the record's index).
    """
    folder = sentihood_dir(directory)
    records: list[dict[str, Any]] = []
    for split in SPLITS:
        path = folder / f"sentihood-{split}.json"
        if not path.exists():
            raise InputError(str(path), "SentiHood file not found")
        data = io.read_json(path, 256 * 2**20)  # a regular file, strict JSON
        if not isinstance(data, list):
            raise InputError(str(path), f"must hold a JSON list of records, got {type(data).__name__}")
        for i, record in enumerate(data):
            _check_record(record, f"{path} record {i}")
            records.append({**record, "split": split})
    return records


def single_opinion_examples(records: Iterable[dict[str, Any]]) -> list[Example]:
    """The records with exactly one opinion, as examples, in input order.

    Text is stripped and runs of whitespace collapse to one space; the label is 1
    for Positive and 0 for Negative; the id is ``"<split>-<id>"`` (just ``"<id>"``
    for a record without a ``"split"`` key). Records with empty text are skipped.
    """
    examples = []
    for i, record in enumerate(records):
        _check_record(record, f"record {i}")
        if len(record["opinions"]) != 1:
            continue
        text = " ".join(record["text"].split())
        if not text:
            continue
        split = record.get("split")
        rid = f"{split}-{record['id']}" if split else str(record["id"])
        examples.append(Example(id=rid, text=text, label=SENTIMENTS[record["opinions"][0]["sentiment"]]))
    return examples


def load_sentihood(directory: str | Path | None = None, seed: int = 42) -> Split:
    """SentiHood as in the paper: single-opinion records, balanced, 80:20 per class.

    ``directory=None`` reads ``$QLENS_SENTIHOOD_DIR``.
    """
    examples = single_opinion_examples(load_sentihood_records(directory))
    labels = {ex.label for ex in examples}
    if len(labels) < 2:
        where = str(sentihood_dir(directory))
        raise InputError(
            where, f"gives an empty corpus: {len(examples)} single-opinion records, classes {sorted(labels)}"
        )
    return balanced_split(examples, seed=seed, test_fraction=0.2, source="sentihood")
