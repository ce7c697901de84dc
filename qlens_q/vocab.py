"""The special tokens that open the toy model's vocabulary (no dependencies).

Ids ``0, 1, 2`` are ``[PAD]``, ``[CLS]`` and ``[UNK]``; the tokenizer
(:mod:`qlens_q.data.tokenizer`) numbers the fitted words from 3 on, and the toy
Transformer (:mod:`qlens_q.nn.transformer`) reads ``[PAD]`` as padding: its
embedding row stays zero and its positions are masked out of attention. Both
import these constants from here, so neither the data nor the model layer
imports the other.
"""

from __future__ import annotations

PAD, CLS, UNK = 0, 1, 2
SPECIAL_TOKENS: tuple[str, str, str] = ("[PAD]", "[CLS]", "[UNK]")

__all__ = ["CLS", "PAD", "SPECIAL_TOKENS", "UNK"]
