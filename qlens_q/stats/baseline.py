"""The paper's random baseline: Householder vectors of random layers.

A layer's Householder vector is ``v = (psi_out - psi_in) / ||psi_out - psi_in||``
with both states in the positive orthant (amplitudes ``sqrt(p) >= 0``). The
baseline draws vectors of the same kind at random:

* **Two classes** (the paper): ``v = (cos phi, sin phi)`` with ``phi`` uniform on
  ``(pi/2, pi) U (3 pi/2, 2 pi)``, i.e. uniform on the arcs of the unit circle in
  quadrants 2 and 4, where every difference of two points of the positive quarter
  circle points (``psi_out`` above ``psi_in``: quadrant 2; below: quadrant 4).
* **N classes**: ``v = (b - a) / ||b - a||`` with ``a = |g| / ||g||``,
  ``b = |h| / ||h||`` for independent standard Gaussian ``g, h`` in ``R^N``: ``a`` and
  ``b`` are uniform on the positive part of the unit sphere (the Born amplitudes of
  random distributions), and ``v`` is the Householder vector carrying one to the
  other. For ``N = 2`` it also lies in quadrants 2 and 4, but not uniformly in angle.

Everything is drawn from a seeded :class:`numpy.random.Generator`.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from qlens_q.errors import InputError


def generator(seed: int | np.random.Generator) -> np.random.Generator:
    """A :class:`numpy.random.Generator` from a seed (or the generator itself)."""
    if isinstance(seed, np.random.Generator):
        return seed
    return np.random.default_rng(seed)


def quadrant_vectors(num: int, rng: int | np.random.Generator) -> NDArray[np.float64]:
    """``num`` unit vectors ``(cos phi, sin phi)``, ``phi`` uniform on ``(pi/2, pi) U (3pi/2, 2pi)``."""
    g = generator(rng)
    phi = np.pi / 2 + (np.pi / 2) * g.random(num) + np.pi * g.integers(0, 2, size=num)
    return np.stack([np.cos(phi), np.sin(phi)], axis=1)


def positive_sphere_vectors(
    num: int, num_classes: int, rng: int | np.random.Generator
) -> NDArray[np.float64]:
    """``num`` points ``|g| / ||g||``: amplitudes ``sqrt(p)`` of random distributions on ``N`` classes."""
    g = np.abs(generator(rng).standard_normal((num, num_classes)))
    return g / np.linalg.norm(g, axis=1, keepdims=True)


def difference_vectors(num: int, num_classes: int, rng: int | np.random.Generator) -> NDArray[np.float64]:
    """``num`` vectors ``(b - a) / ||b - a||`` of independent random positive unit ``a, b``."""
    g = generator(rng)
    a = positive_sphere_vectors(num, num_classes, g)
    b = positive_sphere_vectors(num, num_classes, g)
    diff = b - a
    return diff / np.linalg.norm(diff, axis=1, keepdims=True)


def random_householder_vectors(
    num: int, num_classes: int, rng: int | np.random.Generator = 0
) -> NDArray[np.float64]:
    """The baseline: :func:`quadrant_vectors` for 2 classes, :func:`difference_vectors` otherwise.

    Returns an ``(num, num_classes)`` array of unit rows.
    """
    if num < 0:
        raise InputError("num", f"must be >= 0, got {num}")
    if num_classes < 2:
        raise InputError("num_classes", f"must be >= 2, got {num_classes}")
    if num_classes == 2:
        return quadrant_vectors(num, rng)
    return difference_vectors(num, num_classes, rng)
