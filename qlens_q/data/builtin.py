"""A built-in SentiHood-like corpus, generated from a seed (no download).

:func:`builtin_corpus` writes ``n`` distinct sentences about a London
neighbourhood called ``LOCATION1`` (sometimes with ``LOCATION2`` as a bystander),
exactly ``n / 2`` per class, the label being the sentiment towards ``LOCATION1``
(1 positive, 0 negative). Every choice is drawn from one
``numpy.random.default_rng(seed)``: the same ``(n, seed)`` always gives the same
corpus. The label is a fixed function of the words and their order, so the task
is learnable, but no single word decides it: every sentiment word also occurs in
the other class, negated or in the losing half of a contrast.
:func:`single_word_baseline` (the best "word present -> class a, else class b"
rule) scores 0.550 on the default corpus (n = 2400, seed = 42; the word is
``great``), 0.548-0.565 for seeds 0-5. For scale, on :func:`load_builtin`: a
bag-of-words logistic regression reaches about 0.70 test accuracy and a small
one-block Transformer trained from scratch about 0.77 (the paper's model: 0.77
on SentiHood).

How one sentence is made
------------------------
1. Its label ``y`` is fixed first (``0, 1, 0, 1, ...``; the finished corpus is
   shuffled, then numbered ``builtin-00000``, ``builtin-00001``, ...).
2. A *form* is drawn with the probabilities in :data:`FORMS` (simple 0.55, but
   0.15, although 0.05, and 0.15, verdict 0.10)::

       simple    [hedge | context] C(y) [filler] [tail hedge] [end]
       but       [hedge | context] C'(1-y) <but> C(y) [filler] [end]
       although  [context] <although> C'(1-y), C(y) [filler] [end]     (half of them)
                 [context] C(y) <although> C'(1-y) [filler] [end]      (the other half)
       and       [hedge | context] C(y) <and> C(y) [filler] [end]
       verdict   [context] V(y) [filler] [end]

   The label is the sentiment of the *decisive* clause ``C``: the only clause of
   a simple sentence, the clause after ``but``, the main clause of an
   ``although`` sentence (first or second), either clause of an ``and`` sentence
   (both agree). ``C'`` is the conceded clause, of the opposite sentiment; its
   subject is ``LOCATION2`` with probability 0.25 (then ``C`` names
   ``LOCATION1``), else ``LOCATION1`` or ``it``. ``<but>`` is one of :data:`BUT`
   (``but``, ``, but``, ``but then``, ...), ``<although>`` of :data:`ALTHOUGH`,
   ``<and>`` of :data:`AND`. ``V(y)`` is a whole-sentence recommendation from
   :data:`VERDICTS` (``"I wouldn't recommend LOCATION1"`` is 0, ``"you can't go
   wrong with LOCATION1"`` is 1).
3. A clause with sentiment ``s`` draws an aspect of :data:`ASPECTS` (price,
   safety, transit-location, shopping, nightlife, general, green-nature,
   multicultural, dining, quiet; uniformly), is *negated* with probability
   :data:`NEGATION_PROBABILITY` (0.2), and takes its words from the lists of
   polarity ``w = s`` (not negated) or ``w = 1 - s`` (negated). Its shape is
   drawn with the weights in :data:`SHAPES` (``S`` = ``LOCATION1``, ``it`` or
   ``LOCATION2``)::

       adjective  S <copula> [intensifier] ADJ[w]        | S <negated copula> ADJ[w]
       noun       NP <is/are/seems> [intensifier] NADJ[w] | NP <isn't/is not/is never/is hardly> NADJ[w]
       phrase     S <is/really is/is definitely> PHRASE[w] | S <isn't/is not/is hardly/is never/is no longer> PHRASE[w]
       has        S <has/has got/offers/is known for> HAS[w] | S <doesn't have/hasn't got/isn't known for> HAS[w]
                                                         (a negative clause may also read "S lacks HAS[1]")

   ``ADJ`` and ``NADJ`` are, with probability :data:`GENERIC_PROBABILITY` (0.6),
   one of the aspect-free :data:`GENERIC` words (``bad awful terrible horrible`` /
   ``good great nice lovely``), else the aspect's ``adjectives`` or the noun's
   own. ``NP`` is ``the NOUN in S``, ``the NOUN around S``, ``S's NOUN`` (or
   ``the NOUN there`` / ``the NOUN`` when ``S`` is ``it``), the noun from the
   aspect's ``nouns`` (``rent``, ``streets``, ``buses``, ...). With probability
   0.4 a plain adjective gets an intensifier from :data:`INTENSIFIERS` (``very``,
   ``really``, ``extremely``, ...) or, for negative words only, a softener from
   :data:`SOFTENERS` (``a bit``, ``a little``, ...); with probability 0.3 ``is
   not`` / ``isn't`` (``are not`` / ``aren't``) is followed by one of
   :data:`NEG_INTENSIFIERS`. Copulas are :data:`COPULAS`, negated copulas
   :data:`NEG_COPULAS` (``is not``, ``isn't``, ``is never``, ``is hardly``,
   ``is far from``, ``is no longer``, ``doesn't feel``, ...).
4. Sentiment-neutral decorations: a hedge from :data:`HEDGES` (probability 0.3,
   where the form allows one, e.g. ``"I reckon"``), otherwise a context prefix
   from :data:`CONTEXTS` (0.1, e.g. ``"Compared to LOCATION2,"``); a filler from
   :data:`FILLERS` (0.35, e.g. ``" these days"``, ``", especially near
   LOCATION2"``); a tail hedge from :data:`TAIL_HEDGES` (0.1, simple form only);
   an ending from :data:`ENDINGS`. The first letter is capitalised.
5. A sentence already drawn (compared case-insensitively) is drawn again, so no
   text repeats and none can sit in both train and test.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

import numpy as np

from qlens_q.data.dataset import Example, Split, _check_seed, balanced_split
from qlens_q.data.tokenizer import tokenize
from qlens_q.errors import InputError

Pair = tuple[tuple[str, ...], tuple[str, ...]]
"""Word lists indexed by polarity: ``pair[0]`` negative, ``pair[1]`` positive."""


@dataclass(frozen=True)
class Noun:
    """A subject noun of an aspect and the words that describe it, by polarity."""

    word: str
    plural: bool
    adjectives: Pair


@dataclass(frozen=True)
class Aspect:
    """The words of one aspect, each list indexed by polarity (0 negative, 1 positive).

    ``adjectives`` follow ``LOCATION1 is`` (may be empty: that shape is then not
    used); ``phrases`` follow ``is`` but take no intensifier; ``has`` follow
    ``has``; ``nouns`` are subjects like ``the rent in LOCATION1``.
    """

    adjectives: Pair
    phrases: Pair
    has: Pair
    nouns: tuple[Noun, ...]


ASPECTS: dict[str, Aspect] = {
    "price": Aspect(
        adjectives=(("expensive", "pricey", "overpriced"), ("cheap", "affordable", "inexpensive")),
        phrases=(("a rip off", "poor value"), ("good value", "great value for money")),
        has=(("crazy rents", "sky high prices"), ("cheap rents", "affordable flats")),
        nouns=(
            Noun("rent", False, (("expensive", "high"), ("cheap", "affordable"))),
            Noun("prices", True, (("high", "steep"), ("low", "reasonable"))),
        ),
    ),
    "safety": Aspect(
        adjectives=(("dangerous", "unsafe", "rough"), ("safe", "secure", "well policed")),
        phrases=(("a crime hotspot", "scary after dark"), ("a safe place to live", "fine at night")),
        has=(("a lot of crime", "a gang problem"), ("friendly neighbours", "well lit streets")),
        nouns=(
            Noun("streets", True, (("dangerous", "scary"), ("safe", "well lit"))),
            Noun("crime rate", False, (("high", "shocking"), ("low", "tiny"))),
        ),
    ),
    "transit-location": Aspect(
        adjectives=(("remote", "isolated", "inaccessible"), ("central", "accessible", "convenient")),
        phrases=(
            ("miles from anywhere", "a pain to get to"),
            ("close to everything", "a short walk from the tube"),
        ),
        has=(("terrible transport links", "slow buses"), ("great transport links", "frequent buses")),
        nouns=(
            Noun("transport", False, (("poor", "terrible"), ("good", "excellent"))),
            Noun("buses", True, (("slow", "unreliable"), ("frequent", "reliable"))),
        ),
    ),
    "shopping": Aspect(
        adjectives=((), ()),
        phrases=(("bad for shopping", "a retail desert"), ("great for shopping", "a shopper's paradise")),
        has=(("boring shops", "rubbish shops"), ("great shops", "lovely markets")),
        nouns=(
            Noun("shops", True, (("boring", "rubbish"), ("great", "excellent"))),
            Noun("market", False, (("tiny", "disappointing"), ("brilliant", "lovely"))),
        ),
    ),
    "nightlife": Aspect(
        adjectives=(("dull", "dead", "boring"), ("lively", "vibrant", "buzzing")),
        phrases=(
            ("dead after ten", "a ghost town at night"),
            ("great for a night out", "the place to party"),
        ),
        has=(("awful bars", "grim pubs"), ("amazing bars", "great clubs")),
        nouns=(
            Noun("nightlife", False, (("terrible", "dull"), ("amazing", "brilliant"))),
            Noun("bars", True, (("awful", "grim"), ("great", "fun"))),
        ),
    ),
    "general": Aspect(
        adjectives=(("awful", "horrible", "grim"), ("nice", "lovely", "great")),
        phrases=(("a dump", "a terrible place to live"), ("a great place to live", "a lovely area")),
        has=(("a grim atmosphere", "a bad reputation"), ("a great community", "a lot of charm")),
        nouns=(
            Noun("atmosphere", False, (("grim", "depressing"), ("lovely", "great"))),
            Noun("vibe", False, (("bad", "weird"), ("nice", "great"))),
        ),
    ),
    "green-nature": Aspect(
        adjectives=(("grey", "built up", "polluted"), ("green", "leafy", "scenic")),
        phrases=(("a concrete jungle", "short of green space"), ("full of parks", "close to the common")),
        has=(("dirty parks", "polluted air"), ("lovely parks", "plenty of green space")),
        nouns=(
            Noun("parks", True, (("dirty", "tiny"), ("lovely", "beautiful"))),
            Noun("air", False, (("polluted", "dirty"), ("clean", "fresh"))),
        ),
    ),
    "multicultural": Aspect(
        adjectives=(("segregated", "unwelcoming", "cliquey"), ("diverse", "multicultural", "cosmopolitan")),
        phrases=(
            ("hostile to outsiders", "closed to newcomers"),
            ("a real melting pot", "a mix of cultures"),
        ),
        has=(("racial tension", "a hostile crowd"), ("a diverse community", "a real mix of cultures")),
        nouns=(
            Noun("community", False, (("hostile", "insular"), ("diverse", "welcoming"))),
            Noun("locals", True, (("unfriendly", "rude"), ("friendly", "welcoming"))),
        ),
    ),
    "dining": Aspect(
        adjectives=((), ()),
        phrases=(("bad for food", "a food desert"), ("great for food", "a foodie heaven")),
        has=(("awful restaurants", "greasy takeaways"), ("amazing restaurants", "great cafes")),
        nouns=(
            Noun("restaurants", True, (("awful", "mediocre"), ("excellent", "amazing"))),
            Noun("food", False, (("bland", "awful"), ("tasty", "delicious"))),
        ),
    ),
    "quiet": Aspect(
        adjectives=(("noisy", "loud", "hectic"), ("quiet", "calm", "peaceful")),
        phrases=(
            ("a noisy place to live", "full of traffic noise"),
            ("a quiet place to live", "nice and quiet"),
        ),
        has=(("constant noise", "heavy traffic"), ("quiet streets", "a relaxed pace")),
        nouns=(
            Noun("streets", True, (("noisy", "busy"), ("quiet", "calm"))),
            Noun("traffic", False, (("heavy", "constant"), ("light", "calm"))),
        ),
    ),
}
"""Aspect name -> its word lists (the ten SentiHood-style aspects)."""

GENERIC: Pair = (("bad", "awful", "terrible", "horrible"), ("good", "great", "nice", "lovely"))
"""Aspect-independent adjectives, used instead of the aspect's own with :data:`GENERIC_PROBABILITY`."""

GENERIC_PROBABILITY = 0.6
"""Probability that an adjective or noun clause uses a :data:`GENERIC` adjective."""

FORMS: dict[str, float] = {"simple": 0.55, "but": 0.15, "although": 0.05, "and": 0.15, "verdict": 0.10}
"""Sentence forms and their probabilities."""

NEGATION_PROBABILITY = 0.2
"""Probability that a clause is negated."""

INTENSIFIERS: tuple[str, ...] = ("very", "really", "extremely", "quite", "so", "pretty", "super")
"""Optional (probability 0.4) before an adjective of either polarity in a plain clause."""

SOFTENERS: tuple[str, ...] = ("a bit", "a little", "slightly", "rather")
"""Optional (probability 0.4, shared with intensifiers) before a negative adjective in a plain clause."""

NEG_INTENSIFIERS: tuple[str, ...] = ("very", "that", "particularly", "really")
"""Optional (probability 0.3) after ``is not`` / ``isn't`` / ``are not`` / ``aren't``."""

COPULAS: tuple[str, ...] = (
    "is",
    "is",
    "'s",
    "feels",
    "seems",
    "is always",
    "is actually",
    "has become",
    "looks",
)
"""Plain verbs before an adjective (``'s`` attaches to ``it``; ``LOCATION1's`` is never used as a copula)."""

NEG_COPULAS: tuple[str, ...] = (
    "is not",
    "isn't",
    "isn't",
    "is never",
    "is hardly",
    "is far from",
    "is no longer",
    "doesn't feel",
    "does not seem",
    "never feels",
    "is not exactly",
)
"""Negated verbs before an adjective; each flips the clause's polarity."""

HEDGES: tuple[str, ...] = (
    "I think",
    "I reckon",
    "Honestly,",
    "To be honest,",
    "In my experience",
    "Apparently",
    "I heard",
    "IMO",
    "I would say",
    "From what I know,",
    "Personally I think",
    "My friends say",
    "I find",
    "People say",
    "It seems like",
    "I guess",
)
"""Sentence-initial hedges (sentiment-neutral)."""

TAIL_HEDGES: tuple[str, ...] = (
    ", I guess",
    ", imo",
    ", in my opinion",
    ", I think",
    ", to be fair",
    ", apparently",
    " tbh",
)
"""Sentence-final hedges (sentiment-neutral)."""

CONTEXTS: tuple[str, ...] = (
    "Compared to LOCATION2,",
    "If you work in LOCATION2,",
    "Coming from LOCATION2,",
    "Having lived near LOCATION2,",
    "For anyone moving to London,",
    "As a student,",
)
"""Sentence-initial context (sentiment-neutral towards ``LOCATION1``)."""

FILLERS: tuple[str, ...] = (
    " these days",
    " at the moment",
    " for families",
    " for students",
    " if you ask me",
    " compared to most of London",
    ", especially near LOCATION2",
    " on the whole",
    " nowadays",
    " for the area",
    " for London",
    " in general",
    " around the high street",
    " near the station",
    " at weekends",
    " most of the time",
    " from what I've seen",
    " since the new line opened",
)
"""Clause-final fillers (sentiment-neutral)."""

BUT: tuple[str, ...] = (" but ", ", but ", " but then ", " but overall ", " but honestly ", " - but ")
"""Contrast connectors: the label follows the clause after them."""

ALTHOUGH: tuple[str, ...] = ("although", "even though", "though", "while")
"""Concessive connectors: the label follows the main (other) clause."""

AND: tuple[str, ...] = (" and ", ", and ", " and also ", " and ", ", plus ")
"""Conjunctions joining two clauses of the same sentiment."""

ENDINGS: tuple[str, ...] = ("", "", ".", ".", "!", "...")
"""Sentence endings (sentiment-neutral)."""

VERDICTS: Pair = (
    (
        "I wouldn't recommend LOCATION1",
        "I would never live in LOCATION1",
        "avoid LOCATION1",
        "stay away from LOCATION1",
        "I can't recommend LOCATION1",
        "I regret moving to LOCATION1",
        "LOCATION1 is not somewhere I'd live",
        "I'd think twice about LOCATION1",
    ),
    (
        "I would recommend LOCATION1",
        "I'd definitely recommend LOCATION1",
        "I'd happily live in LOCATION1",
        "you can't go wrong with LOCATION1",
        "I don't regret moving to LOCATION1",
        "I never regret living in LOCATION1",
        "LOCATION1 is somewhere I'd live",
        "I wouldn't live anywhere but LOCATION1",
    ),
)
"""Whole-sentence recommendations, by label (negations inside both lists)."""

NEG_IS: tuple[str, ...] = ("is not", "isn't", "is hardly", "is never", "is no longer")
"""Negated verbs before a phrase."""

SHAPES: dict[str, float] = {"adjective": 0.35, "noun": 0.35, "phrase": 0.15, "has": 0.15}
"""Clause shapes and their weights (renormalised without ``adjective`` for aspects that have none)."""


class _Writer:
    """Draws the pieces of sentences from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)

    def pick(self, options: Sequence[str]) -> str:
        return options[int(self.rng.integers(len(options)))]

    def weighted(self, table: dict[str, float]) -> str:
        """A key of ``table``, drawn with probability proportional to its value."""
        keys = tuple(table)
        cumulative = list(accumulate(table[k] for k in keys))
        return keys[min(bisect_right(cumulative, self.rng.random() * cumulative[-1]), len(keys) - 1)]

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def clause(self, sentiment: int, subject: str) -> str:
        """A clause about ``subject`` (``"LOCATION1"``, ``"LOCATION2"`` or ``"it"``) with ``sentiment``."""
        aspect = ASPECTS[self.pick(tuple(ASPECTS))]
        negated = self.chance(NEGATION_PROBABILITY)
        w = 1 - sentiment if negated else sentiment
        shape = self.weighted(
            SHAPES if aspect.adjectives[w] else {k: v for k, v in SHAPES.items() if k != "adjective"}
        )
        if shape == "noun":
            noun = aspect.nouns[int(self.rng.integers(len(aspect.nouns)))]
            plural = noun.plural
            where = subject if subject != "it" else "LOCATION1"
            options = [
                f"the {noun.word} in {where}",
                f"the {noun.word} around {where}",
                f"{where}'s {noun.word}",
            ]
            if subject == "it":
                options += [f"the {noun.word} there", f"the {noun.word}"]
            np_ = self.pick(options)
            adj = self.pick(GENERIC[w] if self.chance(GENERIC_PROBABILITY) else noun.adjectives[w])
            if negated:
                verb = self.pick(
                    ("aren't", "are not", "are never", "are hardly")
                    if plural
                    else ("isn't", "is not", "is never", "is hardly")
                )
                if verb in ("aren't", "are not", "isn't", "is not") and self.chance(0.3):
                    verb += " " + self.pick(NEG_INTENSIFIERS)
                return f"{np_} {verb} {adj}"
            verb = "are" if plural else self.pick(("is", "is", "seems"))
            return f"{np_} {verb} {self._intensify(w)}{adj}"
        if shape == "adjective":
            adj = self.pick(GENERIC[w] if self.chance(GENERIC_PROBABILITY) else aspect.adjectives[w])
            if negated:
                verb = self.pick(NEG_COPULAS)
                if verb in ("is not", "isn't") and self.chance(0.3):
                    verb += " " + self.pick(NEG_INTENSIFIERS)
                return f"{subject} {verb} {adj}"
            verb = self.pick(COPULAS)
            if verb == "'s":
                return f"{subject}'s {self._intensify(w)}{adj}" if subject == "it" else f"{subject} is {adj}"
            return f"{subject} {verb} {self._intensify(w)}{adj}"
        if shape == "phrase":
            phrase = self.pick(aspect.phrases[w])
            if negated:
                return f"{subject} {self.pick(NEG_IS)} {phrase}"
            return (
                f"{subject} {self.pick(('is', 'is', 'really is', 'is definitely', 'is honestly'))} {phrase}"
            )
        things = self.pick(aspect.has[w])
        if negated:
            if sentiment == 0 and self.chance(0.25):
                return f"{subject} lacks {things}"
            verb = self.pick(
                ("doesn't have", "does not have", "hasn't got", "isn't known for", "doesn't really have")
            )
            return f"{subject} {verb} {things}"
        return (
            f"{subject} {self.pick(('has', 'has', 'has got', 'offers', 'is known for', 'has some'))} {things}"
        )

    def _intensify(self, w: int) -> str:
        if not self.chance(0.4):
            return ""
        return self.pick(INTENSIFIERS + SOFTENERS if w == 0 else INTENSIFIERS) + " "

    def decorate(self, core: str, hedge: bool, tail: bool = False) -> str:
        """Add the optional neutral pieces around ``core`` and capitalise."""
        parts = []
        if hedge and self.chance(0.3):
            parts.append(self.pick(HEDGES))
        elif self.chance(0.1):
            parts.append(self.pick(CONTEXTS))
        parts.append(core)
        text = " ".join(parts)
        if self.chance(0.35):
            text += self.pick(FILLERS)
        if tail and self.chance(0.1):
            text += self.pick(TAIL_HEDGES)
        text += self.pick(ENDINGS)
        return text[0].upper() + text[1:]

    def sentence(self, label: int) -> str:
        """One sentence whose sentiment towards ``LOCATION1`` is ``label``."""
        form = self.weighted(FORMS)
        if form == "simple":
            return self.decorate(self.clause(label, "LOCATION1"), hedge=True, tail=True)
        if form == "verdict":
            return self.decorate(self.pick(VERDICTS[label]), hedge=False)
        if form == "and":
            first = self.clause(label, "LOCATION1")
            second = self.clause(label, "LOCATION1" if self.chance(0.3) else "it")
            return self.decorate(first + self.pick(AND) + second, hedge=True)
        other_subject = "LOCATION2" if self.chance(0.25) else "LOCATION1"
        main_subject = "LOCATION1" if other_subject == "LOCATION2" or self.chance(0.4) else "it"
        if form == "but":
            other = self.clause(1 - label, other_subject)
            return self.decorate(other + self.pick(BUT) + self.clause(label, main_subject), hedge=True)
        connector = self.pick(ALTHOUGH)
        if self.chance(0.5):  # "although C', C"
            other = self.clause(1 - label, other_subject)
            return self.decorate(f"{connector} {other}, {self.clause(label, main_subject)}", hedge=False)
        # "C although C'": the main clause comes first and names LOCATION1.
        main = self.clause(label, "LOCATION1")
        other = self.clause(1 - label, "it" if other_subject == "LOCATION1" else "LOCATION2")
        return self.decorate(f"{main} {connector} {other}", hedge=False)


def builtin_corpus(n: int = 2400, seed: int = 42) -> list[Example]:
    """``n`` distinct generated sentences, exactly ``n / 2`` per class, in shuffled order.

    Ids are ``"builtin-00000"``, ``"builtin-00001"``, ... in the returned order.
    ``n`` must be even and at least 10.
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 10 or n % 2:
        raise InputError("n", f"must be an even integer >= 10, got {n!r}")
    writer = _Writer(_check_seed(seed))
    labels = [0, 1] * (int(n) // 2)
    seen: set[str] = set()
    texts: list[str] = []
    for label in labels:
        for _ in range(1000):
            text = writer.sentence(label)
            if text.lower() not in seen:
                break
        else:  # pragma: no cover - the sentence space is far larger than any sensible n
            raise InputError("n", f"could not draw {n} distinct sentences")
        seen.add(text.lower())
        texts.append(text)
    order = writer.rng.permutation(len(texts))
    return [
        Example(id=f"builtin-{k:05d}", text=texts[int(i)], label=labels[int(i)]) for k, i in enumerate(order)
    ]


def load_builtin(seed: int = 42, n: int = 2400) -> Split:
    """:func:`builtin_corpus` through :func:`~qlens_q.data.dataset.balanced_split` (80:20 per class).

    The same ``seed`` draws the corpus and the split.
    """
    return balanced_split(builtin_corpus(n=n, seed=seed), seed=seed, test_fraction=0.2, source="builtin")


def single_word_baseline(examples: Sequence[Example]) -> tuple[str, int, float]:
    """The best one-word rule ``"word in sentence -> class a, else class 1 - a"``.

    Returns ``(word, a, accuracy)`` over ``examples`` (tokens as
    :func:`qlens_q.data.tokenizer.tokenize` makes them; ties go to the
    alphabetically first word, then to ``a = 0``). A corpus that one word
    separates scores 1.0; a balanced corpus with no informative word, 0.5.
    """
    if not examples:
        raise InputError("examples", "is empty")
    total = len(examples)
    positives = sum(e.label for e in examples)
    with_word: dict[int, Counter[str]] = {0: Counter(), 1: Counter()}
    for example in examples:
        with_word[example.label].update(set(tokenize(example.text)))
    best = ("", 1 if positives * 2 > total else 0, max(positives, total - positives) / total)
    for word in sorted(set(with_word[0]) | set(with_word[1])):
        pos, neg = with_word[1][word], with_word[0][word]
        for a, correct in ((0, neg + positives - pos), (1, pos + (total - positives) - neg)):
            accuracy = correct / total
            if accuracy > best[2]:
                best = (word, a, accuracy)
    return best
