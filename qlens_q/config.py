"""What a run is told: :class:`RunConfig`, the fields of ``qlens-q run``, and the :class:`Settings` a backbone reads.

It sits below the pipeline, the tasks and the backbones, so each reads it without importing
the others. Every field is an option of ``qlens-q run`` (``heldout_circuits`` is
``--heldout-circuits``); ``None`` leaves the choice to the task or the backbone.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Held-out examples whose fixed-operator circuits are run per candidate, by default.
HELDOUT_CIRCUITS = 16
#: The most a run may ask for (``--heldout-circuits``).
HELDOUT_CIRCUITS_MAX = 10_000
#: Examples whose circuits get shots, by default (the first ones; every circuit gets the exact checks).
SHOT_EXAMPLES = 64
#: The most ``--shot-examples`` may name (more than a run has means all of them).
SHOT_EXAMPLES_MAX = 10**9
#: Examples the held-out test needs: two to fit, two to score.
HELD_OUT_MIN_EXAMPLES = 4


@dataclass(frozen=True)
class Settings:
    """The settings a backbone reads (``None``: its default).

    Attributes:
        seed: seed of everything the backbone trains.
        progress: tqdm progress bars.
        model: a folder holding a model saved by an earlier run (toy backbone).
        epochs: training epochs (toy backbone).
        embeddings: ``learned`` or ``minilm`` token and position embeddings (toy classifier).
    """

    seed: int = 42
    progress: bool = False
    model: str | None = None
    epochs: int | None = None
    embeddings: str | None = None


@dataclass(frozen=True)
class RunConfig:
    """Everything a run is told (saved in ``report.json``; ``None``: the task's or backbone's default).

    ``task``: ``classify`` or ``lm`` (``None``: what the backbone is, a causal LM's ``lm``);
    ``backbone``: ``toy``, ``minilm`` or ``hf:PATH``; ``backend``: ``None`` (the ideal simulator) or a
    fake IBM device (``fake_torino``, :mod:`qlens_q.devices`) on whose noise model every circuit also runs;
    ``figures``: draw the analysis' figures (``False``: its tables only, the same numbers, seconds sooner);
    ``shot_examples``: the first this many examples' circuits get the shots (``None``: every example's).
    """

    out: str
    task: str | None = None
    backbone: str = "toy"
    data: str = "builtin"
    seed: int = 42
    shots: int = 10_000
    shot_examples: int | None = SHOT_EXAMPLES
    method: str = "structured"
    limit: int | None = None
    epochs: int | None = None
    model: str | None = None
    lens: str | None = None
    readout: str | None = None
    embeddings: str | None = None
    vocab: int | None = None
    top_k: int | None = None
    analysis: bool = True
    figures: bool = True
    permutations: int = 1000
    heldout_circuits: int = HELDOUT_CIRCUITS
    progress: bool = True
    executor: str | None = None
    backend: str | None = None

    def backbone_settings(self) -> Settings:
        """What the backbone reads of this config."""
        return Settings(
            seed=self.seed,
            progress=self.progress,
            model=self.model,
            epochs=self.epochs,
            embeddings=self.embeddings,
        )
