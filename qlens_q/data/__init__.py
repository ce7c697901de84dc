"""Data for the QLENS sentiment model: SentiHood, a built-in corpus, a tokenizer.

:mod:`~qlens_q.data.dataset` holds the :class:`Example` / :class:`Split` types and
the paper's balanced 80:20 split; :mod:`~qlens_q.data.sentihood` reads SentiHood
from a folder outside the repository; :mod:`~qlens_q.data.builtin` generates a
SentiHood-like corpus from a seed for offline runs; :mod:`~qlens_q.data.tokenizer`
is a word-level tokenizer that needs no download.
"""

from qlens_q.data.builtin import builtin_corpus, load_builtin, single_word_baseline
from qlens_q.data.dataset import CLASS_NAMES, Example, Split, balanced_split
from qlens_q.data.sentihood import (
    SENTIHOOD_ENV,
    load_sentihood,
    load_sentihood_records,
    sentihood_dir,
    single_opinion_examples,
)
from qlens_q.data.tokenizer import CLS, PAD, SPECIAL_TOKENS, UNK, Tokenizer, tokenize

__all__ = [
    "CLASS_NAMES",
    "CLS",
    "PAD",
    "SENTIHOOD_ENV",
    "SPECIAL_TOKENS",
    "UNK",
    "Example",
    "Split",
    "Tokenizer",
    "balanced_split",
    "builtin_corpus",
    "load_builtin",
    "load_sentihood",
    "load_sentihood_records",
    "sentihood_dir",
    "single_opinion_examples",
    "single_word_baseline",
    "tokenize",
]
