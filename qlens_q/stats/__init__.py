"""Statistics of the QLENS reading (numpy and scipy; nothing here imports torch).

* :mod:`qlens_q.stats.similarity`: pairwise Frobenius similarity of rank-one operators from Gram matrices.
* :mod:`qlens_q.stats.baseline`: the paper's random Householder vectors.
* :mod:`qlens_q.stats.tests`: permutation tests, Theorem 1, distance correlation, PCA / k-means.
* :mod:`qlens_q.stats.trotter`: the Trotter study's layers, exact outputs and fidelities (it simulates nothing).
* :mod:`qlens_q.stats.analysis`: :func:`analyze` a set of trajectories.
"""

from qlens_q.stats.analysis import analyze
from qlens_q.stats.baseline import random_householder_vectors
from qlens_q.stats.similarity import (
    hamiltonian_similarity_matrix,
    mean_hamiltonian_similarity,
    mean_unitary_similarity,
    unitary_similarity_matrix,
)

__all__ = [
    "analyze",
    "hamiltonian_similarity_matrix",
    "mean_hamiltonian_similarity",
    "mean_unitary_similarity",
    "random_householder_vectors",
    "unitary_similarity_matrix",
]
