"""A word-level tokenizer that needs no download.

Text is lower-cased (curly apostrophes become ``'``) and cut by :data:`TOKEN_PATTERN`:
English contractions are split the Penn-Treebank way (``isn't`` -> ``is`` ``n't``,
``it's`` -> ``it`` ``'s``), which also matches SentiHood's own pre-split
``do n't``; every other token is a run of word characters (so ``LOCATION1`` stays
one token, ``location1``) or a single punctuation mark.

The vocabulary starts with three special tokens, ``[PAD]`` = 0, ``[CLS]`` = 1,
``[UNK]`` = 2, followed by the fitted words sorted by decreasing frequency, ties
broken alphabetically, so fitting is deterministic. :meth:`Tokenizer.encode`
prepends ``[CLS]`` and pads or truncates to a fixed length. The vocabulary is
saved as JSON (atomically) and validated when loaded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qlens_q.errors import InputError
from qlens_q.io import atomic_write_json, digest, read_json
from qlens_q.vocab import CLS, PAD, SPECIAL_TOKENS, UNK

if TYPE_CHECKING:
    import torch

TOKEN_PATTERN = re.compile(r"n't|\w+(?=n't)|'\w+|\w+|[^\w\s]")
FORMAT = "qlens-q-tokenizer"
FORMAT_VERSION = 1


def tokenize(text: str) -> list[str]:
    """The tokens of ``text``: lower-cased words, contraction parts and punctuation marks."""
    if not isinstance(text, str):
        raise InputError("text", f"must be a string, got {type(text).__name__}")
    return TOKEN_PATTERN.findall(text.lower().replace("\u2019", "'"))


class Tokenizer:
    """Word-level vocabulary: ``tokens[i]`` is the string of id ``i``; ids 0-2 are special."""

    def __init__(self, tokens: Sequence[str]) -> None:
        tokens = list(tokens)
        if tuple(tokens[:3]) != SPECIAL_TOKENS:
            raise InputError("tokens", f"must start with {list(SPECIAL_TOKENS)}, got {tokens[:3]}")
        for i, token in enumerate(tokens):
            if not isinstance(token, str) or not token:
                raise InputError("tokens", f"entry {i} must be a non-empty string, got {token!r}")
        if len(set(tokens)) != len(tokens):
            dup = next(t for t, c in Counter(tokens).items() if c > 1)
            raise InputError("tokens", f"duplicate token {dup!r}")
        self._tokens: tuple[str, ...] = tuple(tokens)
        self._ids: dict[str, int] = {t: i for i, t in enumerate(tokens)}

    @classmethod
    def fit(cls, texts: Iterable[str], min_freq: int = 1, max_size: int | None = None) -> Tokenizer:
        """Build the vocabulary of ``texts``.

        Keeps words seen at least ``min_freq`` times, most frequent first (ties
        alphabetical); ``max_size`` caps the whole vocabulary, the three special
        tokens included.
        """
        if isinstance(min_freq, bool) or not isinstance(min_freq, int) or min_freq < 1:
            raise InputError("min_freq", f"must be an integer >= 1, got {min_freq!r}")
        if max_size is not None and (
            isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < len(SPECIAL_TOKENS)
        ):
            raise InputError("max_size", f"must be an integer >= {len(SPECIAL_TOKENS)}, got {max_size!r}")
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(tokenize(text))
        for special in SPECIAL_TOKENS:
            counts.pop(special, None)
        words = sorted((w for w, c in counts.items() if c >= min_freq), key=lambda w: (-counts[w], w))
        if max_size is not None:
            words = words[: max_size - len(SPECIAL_TOKENS)]
        return cls([*SPECIAL_TOKENS, *words])

    @property
    def vocab_size(self) -> int:
        """Number of ids, special tokens included."""
        return len(self._tokens)

    @property
    def tokens(self) -> tuple[str, ...]:
        """The vocabulary, indexed by id."""
        return self._tokens

    def token_id(self, token: str) -> int:
        """The id of ``token`` (:data:`UNK` when it is not in the vocabulary)."""
        return self._ids.get(token, UNK)

    def encode(self, text: str, max_len: int) -> list[int]:
        """``[CLS]`` then the ids of ``text``, truncated or padded with ``[PAD]`` to ``max_len``."""
        if isinstance(max_len, bool) or not isinstance(max_len, int) or max_len < 1:
            raise InputError("max_len", f"must be an integer >= 1, got {max_len!r}")
        ids = [CLS, *(self._ids.get(t, UNK) for t in tokenize(text))][:max_len]
        return ids + [PAD] * (max_len - len(ids))

    def encode_batch(self, texts: Sequence[str], max_len: int) -> torch.Tensor:
        """:meth:`encode` for each text, as a ``(len(texts), max_len)`` ``torch.long`` tensor."""
        import torch

        rows = [self.encode(text, max_len) for text in texts]
        if not rows:
            return torch.zeros((0, max_len), dtype=torch.long)
        return torch.tensor(rows, dtype=torch.long)

    def unknown_fraction(self, ids: torch.Tensor) -> float:
        """The fraction of tokens (padding and ``[CLS]`` apart) that are ``[UNK]``."""
        words = (ids != PAD) & (ids != CLS)
        return float((ids[words] == UNK).float().mean()) if bool(words.any()) else 0.0

    def decode(self, ids: Iterable[int]) -> list[str]:
        """The token strings of ``ids`` (special tokens included)."""
        out = []
        for i in ids:
            if not 0 <= int(i) < len(self._tokens):
                raise InputError("ids", f"id {i} is outside the vocabulary (size {len(self._tokens)})")
            out.append(self._tokens[int(i)])
        return out

    def to_json(self) -> dict[str, Any]:
        """The JSON object that :meth:`save` writes."""
        return {"format": FORMAT, "version": FORMAT_VERSION, "tokens": list(self._tokens)}

    def save(self, path: str | Path) -> None:
        """Write the vocabulary to ``path`` as JSON, atomically, with the sha256 of its content
        (:func:`qlens_q.io.digest`), which :meth:`load` checks: a damaged file is refused, not read."""
        content = self.to_json()
        atomic_write_json(path, {**content, "sha256": digest(content, b"")})

    @classmethod
    def load(cls, path: str | Path) -> Tokenizer:
        """Read a vocabulary written by :meth:`save`; refuse anything malformed, or whose sha256 differs."""
        name = str(path)
        obj = read_json(path, 64 * 2**20, what="tokenizer file")  # a regular file, strict JSON
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            raise InputError(name, f"not a tokenizer file (expected an object with format {FORMAT!r})")
        if obj.get("version") != FORMAT_VERSION:
            raise InputError(name, f"unsupported tokenizer version {obj.get('version')!r}")
        tokens = obj.get("tokens")
        if not isinstance(tokens, list):
            raise InputError(name, "'tokens' must be a list of strings")
        try:
            tokenizer = cls(tokens)
        except InputError as exc:
            raise InputError(name, exc.problem) from None
        if obj.pop("sha256", None) != digest(obj, b""):  # the damage a well-formed file can still hold
            raise InputError(
                name,
                "sha256 differs from its content (a damaged or edited tokenizer file, or one written "
                "before tokenizer files carried it): not read",
            )
        return tokenizer
