"""Tasks of ``qlens-q run``: each supplies data, a model (trained or loaded), a probe and its own metrics.

* :mod:`qlens_q.tasks.classify`: the paper's sentiment classifier (built-in corpus or SentiHood);
* :mod:`qlens_q.tasks.next_word`: a next-word language model over a generated vocabulary.

A task's ``prepare(config, clock)`` returns a :class:`qlens_q.tasks.base.TaskRun`;
everything after that (circuits, cross-check, analysis, the run directory) is the
same pipeline for every task (:mod:`qlens_q.pipeline`).
"""
