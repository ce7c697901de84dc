"""A generated next-word corpus: a small synthetic language over a fixed vocabulary (no download).

:func:`lm_corpus` writes documents in an invented language whose vocabulary has
exactly ``vocab_size`` word types, the three special tokens of
:mod:`qlens_q.data.tokenizer` included (``[PAD]``, ``[CLS]``, ``[UNK]``; ``[CLS]``
starts every document and is the language model's beginning of text, ``[PAD]``
fills, ``[UNK]`` never occurs). The default, 4,096 types, is ``N = 2^12``: the
model's next-word distribution is a 12-qubit state with no padding. Every
choice is drawn from one ``numpy.random.default_rng(seed)``: the same arguments
always give the same corpus. **Every one of the ``vocab_size - 3`` words occurs
in the training documents** (see *Coverage*).

The lexicon
-----------
:data:`FUNCTION_WORDS` (32: ``. ,``, determiners ``a this every`` (singular)
``some these many`` (plural) ``the`` (either), pronouns ``he she it they``,
``is are does do not``, prepositions ``in near with from under behind``,
conjunctions ``and but because then``, adverbs ``often never always also``) are
shared. The other ``C = vocab_size - 35`` *content* words are split over ``T``
topics (``T = clip(C // 250, 2, 16)``: 16 for the default), each topic getting
``C / T`` words (the remainder spread over the first topics), in these shares
(:data:`SHARES`; at least the minimum in brackets):

* names (8 %, >= 2): female ones end in ``a`` (pronoun ``she``), male ones in
  ``o`` (``he``), alternating;
* places (6 %, >= 1);
* nouns (18 % of lemmas, >= 1), two word types each: singular ``stem`` and
  plural ``stem + s``;
* transitive verbs (9 %, >= 1) and intransitive verbs (6 %, >= 1), two types each:
  ``stem + s`` after a singular subject, ``stem`` after a plural one and after
  ``does not`` / ``do not``;
* adjectives: the rest (>= 1).

Word strings are 2 or 3 syllables (onset from :data:`ONSETS`, vowel from
:data:`VOWELS`, a coda ``n``/``r``/``l`` with probability 0.2), redrawn until no
form of the new word equals any earlier word type. Within a topic and a class,
the ``r``-th word (``r = 0, 1, ...`` in drawing order) has weight
``1 / (r + 1)`` (Zipf, :data:`ZIPF_EXPONENT` = 1).

One document
------------
1. A topic ``z`` (uniform), a cast of one or two names of ``z`` (second one with
   probability 0.5) and a place of ``z``. Every content word that is not a cast
   name is drawn from ``z`` with probability :data:`TOPIC_STAY` (0.9), else from
   a uniformly drawn topic. So earlier words tell which topic later words come
   from: the attention layer can read the topic off the context.
2. The first sentence is ``NAME VERB_i(sg) in PLACE .``; then sentences are added
   while the document (with ``[CLS]``) stays within ``max_len`` tokens, at most
   :data:`MAX_SENTENCES`. Sentence forms (:data:`FORMS`)::

       trans   SUBJ [ADV] VERB_t(num) OBJ [PP] .                 0.35
       intrans SUBJ [ADV] VERB_i(num) [PP] .                     0.20
       copula  SUBJ is|are ADJ .                                 0.15
       negated SUBJ does|do not VERB_t(base) OBJ .               0.10
       conj    CLAUSE , and|but|because|then CLAUSE .            0.20

   ``CLAUSE`` is a trans, intrans or copula sentence without its period.
3. ``SUBJ`` is a cast name (0.3), a pronoun (0.3) or a noun phrase (0.4).
   **Agreement**, which the model can only get right by looking back: the verb
   (and ``is``/``are``, ``does``/``do``) agrees in number with the subject's head
   noun; a noun phrase ``DET [ADJ] NOUN`` (adjective with probability 0.4; the
   determiner agrees with the noun) takes, with probability 0.3, a modifier
   ``near|with|behind DET [ADJ] NOUN`` whose noun has the *other* number with
   probability 0.7 (an attractor right before the verb); a pronoun subject is the
   pronoun of the previous subject (``she``/``he`` for a name, ``it`` for a
   singular and ``they`` for a plural noun phrase). ``ADV`` (probability 0.25) is
   one of ``often never always also``. ``OBJ`` is a noun phrase without a
   modifier (number uniform; 0.75) or a cast name (0.25). ``PP`` (probability
   0.4) is ``in PLACE`` (0.4), ``with NAME`` (0.2), or
   ``near|from|under|behind`` + a noun phrase.

Coverage
--------
After the ``documents`` documents are drawn and split (the last
``round(test_fraction * documents)`` are the test documents), every word type
that no training document holds gets one more training document about its topic
that uses it (a name as the cast, a place in the first sentence, a noun, verb or
adjective in a sentence built around it with the right number). Their number is
:attr:`LMCorpus.coverage_documents`.

Measured
--------
The default corpus (``vocab_size = 4096``, ``documents = 7000``, ``seed = 42``,
``max_len = 64``) has 16 topics, 6,300 training documents with 347,452 words
(55.2 per document, at most 63) and 700 test documents with 38,273 words; no
coverage document was needed (seeds 0, 1, 2: 1, 1, 2). Function words are 52 %
of the running text; the median word type occurs 19 times in training, 95 types
fewer than 5 times. Held-out perplexity of the baselines of
:func:`ngram_baselines`: unigram 370.0, interpolated bigram 85.2 (``lam = 0.85``);
seeds 0, 1, 2: 371.5 / 86.9, 371.0 / 85.5, 367.5 / 85.3. Generating it takes
about 1 s.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from qlens_q.data.dataset import _check_seed
from qlens_q.data.tokenizer import CLS, SPECIAL_TOKENS, Tokenizer
from qlens_q.errors import InputError

SINGULAR_DETERMINERS: tuple[str, ...] = ("a", "this", "every", "the")
PLURAL_DETERMINERS: tuple[str, ...] = ("some", "these", "many", "the")
PRONOUNS: tuple[str, ...] = ("he", "she", "it", "they")
ADVERBS: tuple[str, ...] = ("often", "never", "always", "also")
MODIFIER_PREPOSITIONS: tuple[str, ...] = ("near", "with", "behind")
NP_PREPOSITIONS: tuple[str, ...] = ("near", "from", "under", "behind")
CONJUNCTIONS: tuple[str, ...] = ("and", "but", "because", "then")
FUNCTION_WORDS: tuple[str, ...] = (
    ".",
    ",",
    "a",
    "this",
    "every",
    "some",
    "these",
    "many",
    "the",
    *PRONOUNS,
    "is",
    "are",
    "does",
    "do",
    "not",
    "in",
    "near",
    "with",
    "from",
    "under",
    "behind",
    *CONJUNCTIONS,
    *ADVERBS,
)
"""Words shared by all topics (32)."""

ONSETS: tuple[str, ...] = (
    "b",
    "d",
    "f",
    "g",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "sh",
    "ch",
    "tr",
    "pl",
)
VOWELS: tuple[str, ...] = ("a", "e", "i", "o", "u")
CODAS: tuple[str, ...] = ("n", "r", "l")
CODA_PROBABILITY = 0.2

#: Share of a topic's words per class (lemmas for nouns and verbs: each has two word types) and minimum.
SHARES: dict[str, tuple[float, int]] = {
    "names": (0.08, 2),
    "places": (0.06, 1),
    "nouns": (0.18, 1),
    "transitive": (0.09, 1),
    "intransitive": (0.06, 1),
}
MAX_TOPICS = 16
WORDS_PER_TOPIC = 250
ZIPF_EXPONENT = 1.0
TOPIC_STAY = 0.9
SECOND_NAME_PROBABILITY = 0.5
MAX_SENTENCES = 8
FORMS: dict[str, float] = {"trans": 0.35, "intrans": 0.20, "copula": 0.15, "negated": 0.10, "conj": 0.20}
CLAUSE_FORMS: dict[str, float] = {"trans": 0.5, "intrans": 0.3, "copula": 0.2}
SUBJECTS: dict[str, float] = {"name": 0.3, "pronoun": 0.3, "np": 0.4}
ADJECTIVE_PROBABILITY = 0.4
MODIFIER_PROBABILITY = 0.3
ATTRACTOR_PROBABILITY = 0.7
ADVERB_PROBABILITY = 0.25
OBJECT_NAME_PROBABILITY = 0.25
PP_PROBABILITY = 0.4
PP_FORMS: dict[str, float] = {"place": 0.4, "name": 0.2, "np": 0.4}
#: Smallest vocabulary: the special tokens, the function words and 2 topics of 10 words.
MIN_VOCAB = len(SPECIAL_TOKENS) + len(FUNCTION_WORDS) + 2 * 10


@dataclass(frozen=True)
class Topic:
    """The content words of one topic (pairs are ``(singular form, plural form)``)."""

    names: tuple[str, ...]
    places: tuple[str, ...]
    adjectives: tuple[str, ...]
    nouns: tuple[tuple[str, str], ...]
    transitive: tuple[tuple[str, str], ...]
    intransitive: tuple[tuple[str, str], ...]

    def words(self) -> list[str]:
        """Every word type of the topic, class by class."""
        out = [*self.names, *self.places, *self.adjectives]
        for pairs in (self.nouns, self.transitive, self.intransitive):
            out += [w for pair in pairs for w in pair]
        return out


@dataclass(frozen=True)
class Lexicon:
    """Function words and the topics' content words."""

    topics: tuple[Topic, ...]

    def words(self) -> list[str]:
        """Every word type (no special tokens): function words, then topic by topic."""
        return [*FUNCTION_WORDS, *(w for t in self.topics for w in t.words())]

    def topic_of(self) -> dict[str, int]:
        """Content word -> its topic."""
        return {w: z for z, t in enumerate(self.topics) for w in t.words()}


@dataclass(frozen=True)
class LMCorpus:
    """Documents as word tuples (no ``[CLS]``), split into train and test, and their lexicon."""

    train: tuple[tuple[str, ...], ...]
    test: tuple[tuple[str, ...], ...]
    lexicon: Lexicon
    vocab_size: int
    max_len: int
    seed: int
    coverage_documents: int

    @property
    def source(self) -> str:
        """A short description for reports."""
        return f"generated language (vocabulary {self.vocab_size}, {len(self.lexicon.topics)} topics, seed {self.seed})"

    def tokenizer(self) -> Tokenizer:
        """The vocabulary: special tokens, then the words by decreasing training frequency (ties alphabetical)."""
        tok = Tokenizer.fit(" ".join(doc) for doc in self.train)
        if tok.vocab_size != self.vocab_size:  # coverage guarantees this; a bug otherwise
            raise AssertionError(f"tokenizer has {tok.vocab_size} types, expected {self.vocab_size}")
        return tok


def topic_count(vocab_size: int) -> int:
    """``T = clip(C // 250, 2, 16)`` with ``C`` the number of content words."""
    content = vocab_size - len(SPECIAL_TOKENS) - len(FUNCTION_WORDS)
    return int(min(MAX_TOPICS, max(2, content // WORDS_PER_TOPIC)))


def class_sizes(budget: int) -> dict[str, int]:
    """Words of each class in a topic of ``budget`` word types (nouns and verbs: lemmas, 2 types each).

    Each class gets ``max(minimum, round(share * budget))``; adjectives take the
    rest. In a very small topic, where that leaves no adjective, the largest
    class above its minimum gives up one entry until one adjective fits.
    """
    sizes = {name: max(minimum, round(share * budget)) for name, (share, minimum) in SHARES.items()}
    weight = {"names": 1, "places": 1, "nouns": 2, "transitive": 2, "intransitive": 2}

    def left() -> int:
        return budget - sum(weight[name] * size for name, size in sizes.items())

    while left() < 1:
        above = [name for name in SHARES if sizes[name] > SHARES[name][1]]
        if not above:
            raise InputError("vocab_size", f"a topic of {budget} words is too small (need at least 10)")
        largest = max(above, key=lambda name: weight[name] * sizes[name])
        sizes[largest] -= 1
    sizes["adjectives"] = left()
    return sizes


class _Draw:
    """Seeded draws from one generator (uniforms buffered for speed, same sequence every time)."""

    BUFFER = 1 << 16

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self._buffer = rng.random(self.BUFFER)
        self._next = 0

    def uniform(self) -> float:
        if self._next == self.BUFFER:
            self._buffer = self.rng.random(self.BUFFER)
            self._next = 0
        self._next += 1
        return float(self._buffer[self._next - 1])

    def index(self, n: int) -> int:
        return min(int(self.uniform() * n), n - 1)

    def pick(self, options: Sequence[str]) -> str:
        return options[self.index(len(options))]

    def chance(self, p: float) -> bool:
        return self.uniform() < p

    def weighted(self, table: dict[str, float]) -> str:
        keys = list(table)
        cumulative = list(accumulate(table.values()))
        return keys[min(bisect_right(cumulative, self.uniform() * cumulative[-1]), len(keys) - 1)]

    def zipf(self, cumulative: Sequence[float]) -> int:
        return min(bisect_right(cumulative, self.uniform() * cumulative[-1]), len(cumulative) - 1)


def _make_lexicon(vocab_size: int, draw: _Draw) -> Lexicon:
    topics = topic_count(vocab_size)
    content = vocab_size - len(SPECIAL_TOKENS) - len(FUNCTION_WORDS)
    used: set[str] = set(FUNCTION_WORDS)

    def stem() -> str:
        syllables = 2 + draw.index(2)
        parts = []
        for _ in range(syllables):
            part = draw.pick(ONSETS) + draw.pick(VOWELS)
            if draw.chance(CODA_PROBABILITY):
                part += draw.pick(CODAS)
            parts.append(part)
        return "".join(parts)

    def fresh(forms_of: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
        while True:
            forms = forms_of(stem())
            if len(set(forms)) == len(forms) and not any(f in used for f in forms):
                used.update(forms)
                return forms

    made = []
    for z in range(topics):
        budget = content // topics + (1 if z < content % topics else 0)
        sizes = class_sizes(budget)
        names = tuple(fresh(_name_form(k % 2 == 0))[0] for k in range(sizes["names"]))
        places = tuple(fresh(lambda s: (s,))[0] for _ in range(sizes["places"]))
        adjectives = tuple(fresh(lambda s: (s,))[0] for _ in range(sizes["adjectives"]))
        nouns = tuple(_pair(fresh(lambda s: (s, s + "s"))) for _ in range(sizes["nouns"]))
        trans = tuple(_pair(fresh(lambda s: (s + "s", s))) for _ in range(sizes["transitive"]))
        intrans = tuple(_pair(fresh(lambda s: (s + "s", s))) for _ in range(sizes["intransitive"]))
        made.append(Topic(names, places, adjectives, nouns, trans, intrans))
    return Lexicon(tuple(made))


def _name_form(female: bool) -> Callable[[str], tuple[str, ...]]:
    """Names end in ``a`` (female, ``she``) or ``o`` (male, ``he``)."""
    ending = "a" if female else "o"
    return lambda stem: (stem.rstrip("aeiou") + ending,)


def _pair(forms: tuple[str, ...]) -> tuple[str, str]:
    return forms[0], forms[1]


def _zipf_cumulative(n: int) -> list[float]:
    return list(accumulate(1.0 / (r + 1) ** ZIPF_EXPONENT for r in range(n)))


@dataclass(frozen=True)
class Force:
    """A word a coverage document must use: its class, its index in the topic's list, its number."""

    kind: str
    index: int
    plural: bool = False


class _Writer:
    """Writes documents; every random choice goes through one :class:`_Draw`."""

    def __init__(self, lexicon: Lexicon, draw: _Draw, max_len: int) -> None:
        self.lex = lexicon
        self.draw = draw
        self.max_len = max_len
        self.cum = [
            {
                kind: _zipf_cumulative(len(getattr(t, kind)))
                for kind in ("names", "places", "adjectives", "nouns", "transitive", "intransitive")
            }
            for t in lexicon.topics
        ]
        # per document state
        self.topic = 0
        self.cast: list[str] = []
        self.place = ""
        self.antecedent = "it"
        self.force: Force | None = None

    # ------------------------------------------------------------------ words
    def _topic(self) -> int:
        if self.draw.chance(TOPIC_STAY):
            return self.topic
        return self.draw.index(len(self.lex.topics))

    def _index(self, kind: str, z: int) -> int:
        return self.draw.zipf(self.cum[z][kind])

    def _forced(self, kind: str) -> Force | None:
        if self.force is not None and self.force.kind == kind:
            force, self.force = self.force, None
            return force
        return None

    def adjective(self) -> str:
        forced = self._forced("adjectives")
        if forced is not None:
            return self.lex.topics[self.topic].adjectives[forced.index]
        z = self._topic()
        return self.lex.topics[z].adjectives[self._index("adjectives", z)]

    def noun(self, plural: bool) -> tuple[str, bool]:
        forced = self._forced("nouns")
        if forced is not None:
            return self.lex.topics[self.topic].nouns[forced.index][forced.plural], forced.plural
        z = self._topic()
        return self.lex.topics[z].nouns[self._index("nouns", z)][plural], plural

    def verb(self, kind: str, plural: bool) -> str:
        forced = self._forced(kind)
        z, index = (self.topic, forced.index) if forced is not None else (self._topic(), -1)
        if index < 0:
            index = self._index(kind, z)
        pairs: tuple[tuple[str, str], ...] = getattr(self.lex.topics[z], kind)
        return pairs[index][plural]

    def name(self) -> str:
        return self.draw.pick(self.cast)

    # ------------------------------------------------------------------ phrases
    def noun_phrase(self, plural: bool, *, modifier: bool) -> tuple[list[str], bool]:
        """``DET [ADJ] NOUN [PREP DET [ADJ] NOUN]``; returns the words and the head's number."""
        words: list[str] = []
        adjective = self.adjective() if self.draw.chance(ADJECTIVE_PROBABILITY) else None
        noun, plural = self.noun(plural)
        words.append(self.draw.pick(PLURAL_DETERMINERS if plural else SINGULAR_DETERMINERS))
        if adjective is not None:
            words.append(adjective)
        words.append(noun)
        if modifier and self.draw.chance(MODIFIER_PROBABILITY):
            other = (not plural) if self.draw.chance(ATTRACTOR_PROBABILITY) else plural
            words.append(self.draw.pick(MODIFIER_PREPOSITIONS))
            words += self.noun_phrase(other, modifier=False)[0]
        return words, plural

    def subject(self, plural: bool | None = None) -> tuple[list[str], bool]:
        """A subject and its number; updates the antecedent of the next pronoun."""
        kind = "np" if plural is not None else self.draw.weighted(SUBJECTS)
        if kind == "name":
            name = self.name()
            self.antecedent = "she" if name.endswith("a") else "he"
            return [name], False
        if kind == "pronoun":
            return [self.antecedent], self.antecedent == "they"
        number = self.draw.chance(0.5) if plural is None else plural
        words, number = self.noun_phrase(number, modifier=True)
        self.antecedent = "they" if number else "it"
        return words, number

    def object(self) -> list[str]:
        if self.draw.chance(OBJECT_NAME_PROBABILITY) and (self.force is None or self.force.kind != "nouns"):
            return [self.name()]
        return self.noun_phrase(self.draw.chance(0.5), modifier=False)[0]

    def prepositional(self) -> list[str]:
        form = self.draw.weighted(PP_FORMS)
        if form == "place":
            z = self._topic()
            return ["in", self.lex.topics[z].places[self._index("places", z)]]
        if form == "name":
            return ["with", self.name()]
        return [self.draw.pick(NP_PREPOSITIONS), *self.noun_phrase(self.draw.chance(0.5), modifier=False)[0]]

    def clause(self, form: str, plural: bool | None = None) -> list[str]:
        subject, number = self.subject(plural)
        words = list(subject)
        if form in ("trans", "intrans") and self.draw.chance(ADVERB_PROBABILITY):
            words.append(self.draw.pick(ADVERBS))
        if form == "trans":
            words += [self.verb("transitive", number), *self.object()]
            if self.draw.chance(PP_PROBABILITY):
                words += self.prepositional()
        elif form == "intrans":
            words.append(self.verb("intransitive", number))
            if self.draw.chance(PP_PROBABILITY):
                words += self.prepositional()
        elif form == "copula":
            words += ["are" if number else "is", self.adjective()]
        else:  # negated
            words += ["do" if number else "does", "not", self.verb("transitive", True), *self.object()]
        return words

    def sentence(self) -> list[str]:
        force = self.force
        if force is not None:  # a sentence built around the forced word
            forced_form = {
                "adjectives": "copula",
                "nouns": "trans",
                "transitive": "trans",
                "intransitive": "intrans",
            }
            number = force.plural if force.kind != "adjectives" else None
            return [*self.clause(forced_form[force.kind], number), "."]
        form = self.draw.weighted(FORMS)
        if form != "conj":
            return [*self.clause(form), "."]
        first = self.clause(self.draw.weighted(CLAUSE_FORMS))
        second = self.clause(self.draw.weighted(CLAUSE_FORMS))
        return [*first, ",", self.draw.pick(CONJUNCTIONS), *second, "."]

    # ------------------------------------------------------------------ documents
    def document(self, topic: int | None = None, force: Force | None = None) -> tuple[str, ...]:
        lex = self.lex
        self.force = None
        self.topic = self.draw.index(len(lex.topics)) if topic is None else topic
        t = lex.topics[self.topic]
        first = t.names[force.index] if force is not None and force.kind == "names" else None
        if first is None:
            first = t.names[self._index("names", self.topic)]
        self.cast = [first]
        if self.draw.chance(SECOND_NAME_PROBABILITY):
            second = t.names[self._index("names", self.topic)]
            if second != first:
                self.cast.append(second)
        if force is not None and force.kind == "places":
            self.place = t.places[force.index]
        else:
            self.place = t.places[self._index("places", self.topic)]
        self.antecedent = "she" if first.endswith("a") else "he"
        words = [first, self.verb("intransitive", False), "in", self.place, "."]
        self.force = force if force is not None and force.kind not in ("names", "places") else None
        budget = self.max_len - 1  # [CLS] comes first
        for _ in range(MAX_SENTENCES - 1):
            sentence = self.sentence()
            if len(words) + len(sentence) > budget:
                if self.force is None:
                    break
                continue  # the forced sentence must fit: draw it again
            words += sentence
            self.force = None
        return tuple(words)


def lm_corpus(
    vocab_size: int = 4096,
    documents: int = 7000,
    seed: int = 42,
    *,
    test_fraction: float = 0.1,
    max_len: int = 64,
) -> LMCorpus:
    """Generate the corpus (see the module docstring); the same arguments give the same corpus."""
    seed = _check_seed(seed)
    for name, value, low in (
        ("vocab_size", vocab_size, MIN_VOCAB),
        ("documents", documents, 10),
        ("max_len", max_len, 24),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise InputError(name, f"must be an integer >= {low}, got {value!r}")
    if (
        isinstance(test_fraction, bool)
        or not isinstance(test_fraction, (int, float))
        or not 0 < test_fraction < 1
    ):
        raise InputError("test_fraction", f"must lie strictly between 0 and 1, got {test_fraction!r}")
    n_test = round(documents * test_fraction)
    if not 0 < n_test < documents:
        raise InputError("test_fraction", f"{test_fraction} of {documents} documents leaves a split empty")
    draw = _Draw(np.random.default_rng(seed))
    lexicon = _make_lexicon(vocab_size, draw)
    writer = _Writer(lexicon, draw, max_len)
    docs = [writer.document() for _ in range(documents)]
    train, test = docs[: documents - n_test], docs[documents - n_test :]
    seen = set().union(*map(set, train))
    extra = []
    for z, topic in enumerate(lexicon.topics):
        for force in _forces(topic):
            word = _forced_word(topic, force)
            if word not in seen:
                doc = writer.document(topic=z, force=force)
                seen.update(doc)
                extra.append(doc)
    missing = [w for w in lexicon.words() if w not in seen]
    if missing:  # every function word occurs in any corpus of this size; a bug otherwise
        raise AssertionError(f"words never used: {missing[:5]}")
    return LMCorpus(
        train=tuple(train + extra),
        test=tuple(test),
        lexicon=lexicon,
        vocab_size=vocab_size,
        max_len=max_len,
        seed=seed,
        coverage_documents=len(extra),
    )


def _forces(topic: Topic) -> Iterable[Force]:
    for kind in ("names", "places", "adjectives"):
        for i in range(len(getattr(topic, kind))):
            yield Force(kind, i)
    for kind in ("nouns", "transitive", "intransitive"):
        for i in range(len(getattr(topic, kind))):
            # nouns: (singular, plural); verbs: (after singular, after plural)
            yield Force(kind, i, False)
            yield Force(kind, i, True)


def _forced_word(topic: Topic, force: Force) -> str:
    entry = getattr(topic, force.kind)[force.index]
    return entry if isinstance(entry, str) else entry[force.plural]


# ---------------------------------------------------------------------------- baselines


def _targets(docs: Iterable[Sequence[str]]) -> Iterable[tuple[str, str]]:
    """``(previous token, next word)`` for every predicted position (``[CLS]`` before the first word)."""
    cls = SPECIAL_TOKENS[CLS]
    for doc in docs:
        prev = cls
        for word in doc:
            yield prev, word
            prev = word


def ngram_baselines(
    train: Sequence[Sequence[str]], test: Sequence[Sequence[str]], vocab_size: int
) -> dict[str, float]:
    """Held-out perplexities of a unigram and a bigram model over the same targets as the LM.

    * unigram: ``P(w) = (c(w) + 1) / (n + V)`` (add-one over the ``V`` types);
    * bigram: ``P(w | u) = lam c(u, w) / c(u) + (1 - lam) P(w)`` (``lam = 0`` for an
      unseen ``u``), ``lam`` chosen on a grid of 0.05..0.99 to minimise the perplexity
      on the last 10 % of the training documents with counts from the other 90 %,
      then refitted on all of them.

    Perplexity is ``exp(-mean log P(next word))`` over every word of every test
    document (the first word predicted from ``[CLS]``).
    """
    cut = max(1, len(train) * 9 // 10)
    fit, valid = train[:cut], train[cut:] or train[:1]
    grid = [0.05, 0.2, 0.4, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99]
    lookups = _bigram_lookups(fit, valid, vocab_size)  # counted once for every lam of the grid
    lam = min(grid, key=lambda g: _bigram_ppl(lookups, g))
    return {
        "unigram": _unigram_ppl(train, test, vocab_size),
        "bigram": _bigram_ppl(_bigram_lookups(train, test, vocab_size), lam),
        "bigram_lambda": lam,
    }


def _unigram_ppl(train: Sequence[Sequence[str]], test: Sequence[Sequence[str]], vocab_size: int) -> float:
    counts = Counter(w for _, w in _targets(train))
    n = sum(counts.values())
    nll = [-math.log((counts[w] + 1) / (n + vocab_size)) for _, w in _targets(test)]
    return math.exp(math.fsum(nll) / len(nll))


def _bigram_lookups(
    train: Sequence[Sequence[str]], test: Sequence[Sequence[str]], vocab_size: int
) -> list[tuple[float, int, int]]:
    """Per test target ``(u, w)``: ``(P(w), c(u, w), c(u))`` with the counts of ``train`` (``P(w)`` add-one)."""
    unigram = Counter(w for _, w in _targets(train))
    n = sum(unigram.values())
    pairs = Counter(_targets(train))
    context = Counter(u for u, _ in _targets(train))
    return [((unigram[w] + 1) / (n + vocab_size), pairs[u, w], context[u]) for u, w in _targets(test)]


def _bigram_ppl(lookups: Sequence[tuple[float, int, int]], lam: float) -> float:
    """Perplexity of ``P(w | u) = lam c(u, w) / c(u) + (1 - lam) P(w)`` (``P(w)`` where ``c(u) = 0``)."""
    nll = [
        -math.log(lam * pair / context + (1 - lam) * p_uni if context else p_uni)
        for p_uni, pair, context in lookups
    ]
    return math.exp(math.fsum(nll) / len(nll))
