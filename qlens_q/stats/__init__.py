"""Statistics of the QLENS reading: operator similarity, random baselines, tests, the paper's table.

* :mod:`qlens_q.stats.similarity`: pairwise Frobenius similarity of rank-one operators from Gram matrices.
* :mod:`qlens_q.stats.baseline`: the paper's random Householder vectors.
* :mod:`qlens_q.stats.tests`: permutation tests, Theorem 1, distance correlation, PCA / k-means.
* :mod:`qlens_q.stats.trotter`: fidelity and gate cost of Trotterised layers.
* :mod:`qlens_q.stats.analysis`: :func:`analyze` a run's report, :func:`markdown_table`.
"""

from qlens_q.stats.analysis import analyze, analyze_run, markdown_table
from qlens_q.stats.baseline import random_householder_vectors
from qlens_q.stats.similarity import (
    hamiltonian_similarity_matrix,
    mean_hamiltonian_similarity,
    mean_unitary_similarity,
    unitary_similarity_matrix,
)

__all__ = [
    "analyze",
    "analyze_run",
    "hamiltonian_similarity_matrix",
    "markdown_table",
    "mean_hamiltonian_similarity",
    "mean_unitary_similarity",
    "random_householder_vectors",
    "unitary_similarity_matrix",
]
