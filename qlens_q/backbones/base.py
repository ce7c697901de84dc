"""What a backbone is: the model side of a run, independent of the task.

A *backbone* supplies the model (trained here or loaded), its tokenizer, its hook points
and its head; a *task* (:mod:`qlens_q.tasks`) supplies the data, the labels or next tokens,
the readout and the metrics. A task asks a backbone for a model serving one of two
objectives:

* :meth:`Backbone.classifier`: ``N`` classes read from one row per sentence (the
  task's readout); the backbone trains what it must (the whole toy model, or a linear head
  on a frozen pretrained body) on the training sentences and returns the residuals of the
  training and test sentences at every hook point (:class:`Classifier`);
* :meth:`Backbone.language_model`: the next token at chosen positions of documents; the
  backbone encodes the documents with its tokenizer and returns a probe reading the task's
  positions (:class:`LanguageModel`).

A backbone that cannot serve an objective refuses it in one line
(:meth:`Backbone.outputs` is asked before any work starts). Backbones are found by
:func:`qlens_q.backbones.parse`: every module of this package that defines ``BACKBONE``
(a :class:`Backbone` subclass) takes part, so adding a backbone is adding one file.
Errors name the Python argument (``backbone``, ``model``, ``epochs``, ...), never a flag.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from qlens_q.config import Settings
from qlens_q.errors import InputError

if TYPE_CHECKING:
    import torch

    from qlens_q.nn.probe import Probe, Readout, Residuals
    from qlens_q.timing import Stopwatch

#: The two objectives a task can ask of a backbone.
Objective = Literal["classes", "next_token"]


@dataclass(frozen=True)
class ClassesRequest:
    """What a classification task asks for: ``len(names)`` classes, read at ``readout``.

    ``readout`` ``None`` lets the backbone choose (its own head's position, or mean pooling).
    """

    names: tuple[str, ...]
    train_texts: tuple[str, ...]
    train_labels: tuple[int, ...]
    test_texts: tuple[str, ...]
    readout: str | None = None


@dataclass(frozen=True)
class NextTokenRequest:
    """What a next-token task asks for: documents as word sequences, read at ``readout``.

    ``words``: the task's own word-level vocabulary (special tokens first), for a backbone that
    builds its tokenizer from the data; a pretrained backbone uses its own tokenizer.
    """

    train: tuple[tuple[str, ...], ...]
    test: tuple[tuple[str, ...], ...]
    words: Sequence[str]
    max_len: int
    readout: Readout
    max_tokens: int = 128


@dataclass
class Model:
    """What a backbone hands back, whatever the objective.

    Attributes:
        probe: hook points, head and readout on the model.
        title: the report's title.
        section: the report's ``model`` section, before the task's metrics (``description`` first).
        metrics: the backbone's own numbers (``parameters``, ...), after the task's.
        lens: the lens kind fitted when none is asked for.
        affine_head: whether the head is affine in the residual row (what a bias lens can do depends on it).
        directory: the folder the model was loaded from (its lenses are loaded too), or ``None``.
        config: the run settings the backbone decided (e.g. ``{"embeddings": "learned"}``).
        data: entries the backbone adds to the report's ``data`` section.
        notes: report notes about the model.
        provenance: report notes about where the model came from (after the data's).
        write: saves what the run trained (model, tokenizer, head) into a folder.
        reading: how the data were read (``None``: the task's own words).
        word_level: whether the outputs are the task's own words (word-level baselines compare).
        own_outputs: whether the outputs are the model's own (a pretrained head's labels), not the task's.
    """

    probe: Probe
    title: str
    section: dict[str, Any]
    metrics: dict[str, Any]
    lens: str
    affine_head: bool
    write: Callable[[Path], None]
    directory: Path | None = None
    config: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    provenance: list[str] = field(default_factory=list)
    reading: str | None = None
    word_level: bool = False
    own_outputs: bool = False


@dataclass
class Classifier(Model):
    """A classifier, and the residuals of the request's training and test sentences at its hook points."""

    train: Residuals | None = None
    test: Residuals | None = None


@dataclass
class LanguageModel(Model):
    """A language model and the request's documents as padded token ids (padding: mask 0).

    ``token(i)`` names token ``i``; ``context(ids)`` shows a sequence of tokens.
    """

    train_ids: torch.Tensor | None = None
    train_mask: torch.Tensor | None = None
    test_ids: torch.Tensor | None = None
    test_mask: torch.Tensor | None = None
    token: Callable[[int], str] = str
    context: Callable[[Sequence[int]], str] = str


class Backbone(ABC):
    """The model side of a run (see the module docstring).

    ``options``: the :class:`Settings` fields this backbone reads; a setting it does not read is
    refused by the pipeline, naming the backbone.
    """

    options: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, spec: str) -> None:
        self.spec = spec

    @classmethod
    @abstractmethod
    def parse(cls, spec: str) -> Backbone | None:
        """This backbone for ``spec`` (e.g. ``"toy"``, ``"hf:PATH"``), or ``None`` when ``spec`` is another's."""

    @classmethod
    @abstractmethod
    def specs(cls) -> tuple[str, ...]:
        """How the backbone is named, for help and errors (e.g. ``("hf:PATH",)``)."""

    @abstractmethod
    def outputs(self, objective: Objective, task_outputs: int) -> int:
        """The model's number of outputs for ``objective`` when the task has ``task_outputs``.

        Checked before any work: refuses (one :class:`InputError` line saying why) an objective this
        backbone cannot serve. Reads configuration files at most, never weights.
        """

    def default_objective(self) -> Objective:
        """The objective served when no task is named (a causal LM's is ``next_token``)."""
        return "classes"

    @abstractmethod
    def check(self, settings: Settings, objective: Objective) -> None:
        """The backbone's own checks of ``settings`` for ``objective``, before any work (ranges, folders)."""

    def classifier(self, request: ClassesRequest, settings: Settings, clock: Stopwatch) -> Classifier:
        """A classifier over ``request.names``, and the request's residuals."""
        raise InputError("backbone", f"{self.spec} cannot classify")

    def language_model(
        self, request: NextTokenRequest, settings: Settings, clock: Stopwatch
    ) -> LanguageModel:
        """A next-token model over the request's documents."""
        raise InputError("backbone", f"{self.spec} is not a language model")


def parameters(model: torch.nn.Module) -> int:
    """How many numbers the model holds."""
    return sum(p.numel() for p in model.parameters())


def without_point(cache: Residuals, point: str, logits: torch.Tensor) -> Residuals:
    """``cache`` without hook point ``point``, with ``logits`` as the model's output."""
    from qlens_q.nn.probe import Residuals

    return Residuals({p: r for p, r in cache.residuals.items() if p != point}, logits)


def options_used(settings: Settings) -> Mapping[str, Any]:
    """The :class:`Settings` fields given (not ``None``) that only some backbones read."""
    return {
        name: getattr(settings, name)
        for name in ("model", "epochs", "embeddings")
        if getattr(settings, name) is not None
    }
