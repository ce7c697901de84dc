"""The QLENS analysis: similarity formulas, baselines, tests, and analyze()'s typed result."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.linalg
from matplotlib.path import Path as MplPath

from qlens_q.errors import InputError
from qlens_q.operators import (
    delta_psi,
    delta_psi_householder,
    frobenius_similarity,
    householder_hamiltonian,
    householder_unitary,
)
from qlens_q.plotting.figures import class_groups, delta_psi_locus, make_figures
from qlens_q.report import analysis_markdown
from qlens_q.stats import tests
from qlens_q.stats.analysis import PAPER, Analysis, LayerAnalysis, analyze
from qlens_q.stats.baseline import random_householder_vectors
from qlens_q.stats.similarity import (
    hamiltonian_similarity_matrix,
    mean_hamiltonian_similarity,
    mean_unitary_similarity,
    unitary_similarity_matrix,
)
from qlens_q.trajectories import Trajectories


def unit(x: Any) -> np.ndarray:
    a = np.asarray(x, dtype=float)
    return a / np.linalg.norm(a)


def explicit_unitary(vectors: np.ndarray) -> np.ndarray:
    d = vectors.shape[1]
    mats = [householder_unitary(None if not v.any() else v, d) for v in vectors]
    return np.array([[frobenius_similarity(a, b) for b in mats] for a in mats])


def explicit_hamiltonian(vectors: np.ndarray) -> np.ndarray:
    d = vectors.shape[1]
    mats = [householder_hamiltonian(v, d, alpha=0.7) for v in vectors]
    return np.array([[frobenius_similarity(a, b) for b in mats] for a in mats])


@dataclass(frozen=True)
class _Verdict:
    """What :func:`qlens_q.stats.analysis.pass_rates` reads of a verdict."""

    example: str
    circuit: str
    passed: bool


def snapshot_cases() -> list[tuple[str, Trajectories, dict[str, Any]]]:
    """Seeded trajectories whose analyses ``tests/data/analysis_snapshots.json`` holds (made by the
    dict-returning ``analyze`` of 867a744): the paper's shape with verdicts, many outputs (long vectors
    kept as their largest coordinates), three examples (no distance correlation), an all-identity layer
    (since issue 21 a negligible sub-layer: no similarity test, no PCA of its zero moves, ``negligible_move``)."""
    rng = np.random.default_rng(19)
    paper = rng.dirichlet(np.ones(2), size=(12, 3))
    paper[4, 1] = paper[4, 0]  # an identity attention layer
    paper_traj = Trajectories(
        paper, ["embed", "attention", "mlp"], output_names=["negative", "positive"],
        meta={"label": [k % 2 for k in range(12)]},
    )  # fmt: skip
    verdicts = [
        _Verdict(i, c, (k + j) % 5 != 0)
        for k, i in enumerate(paper_traj.ids)
        for j, c in enumerate((*paper_traj.sublayers, "trajectory"))
    ]
    wide = rng.dirichlet(np.full(70, 0.3), size=(10, 4))
    wide[2, 2] = wide[2, 1]
    small = rng.dirichlet(np.ones(5), size=(3, 3))
    still = rng.dirichlet(np.ones(3), size=(6, 3))
    still[:, 1] = still[:, 0]  # the first sub-layer is the identity for every example
    return [
        ("paper", paper_traj, {"seed": 3, "permutations": 40, "verdicts": verdicts}),
        ("wide", Trajectories(wide, ["a", "b", "c", "final"], output_names=[f"w{j}" for j in range(70)]),
         {"seed": 5, "permutations": 30, "top_k": 3}),
        ("small", Trajectories(small, ["x", "y", "final"]), {"seed": 0, "permutations": 20}),
        ("still", Trajectories(still, ["x", "y", "final"]), {"seed": 7, "permutations": 25, "top_k": 1}),
    ]  # fmt: skip


# ---------------------------------------------------------------------------- similarity


def test_identical_operators_have_similarity_one() -> None:
    v = unit([0.3, -0.5, 0.8])
    vs = np.array([v, v])
    assert unitary_similarity_matrix(vs)[0, 1] == pytest.approx(1.0)
    assert hamiltonian_similarity_matrix(vs)[0, 1] == pytest.approx(1.0)


def test_v_and_minus_v_give_the_same_operators() -> None:
    v = unit([0.2, -0.9, 0.1, 0.4])
    vs = np.array([v, -v])
    assert unitary_similarity_matrix(vs)[0, 1] == pytest.approx(1.0)
    assert hamiltonian_similarity_matrix(vs)[0, 1] == pytest.approx(1.0)
    assert explicit_unitary(vs)[0, 1] == pytest.approx(1.0)


@pytest.mark.parametrize("d", [2, 3, 4, 7])
def test_orthogonal_vectors(d: int) -> None:
    vs = np.eye(d)[:2]
    assert hamiltonian_similarity_matrix(vs)[0, 1] == pytest.approx(0.0)
    assert unitary_similarity_matrix(vs)[0, 1] == pytest.approx((d - 4) / d)
    assert explicit_unitary(vs)[0, 1] == pytest.approx((d - 4) / d)


@pytest.mark.parametrize("d", [2, 5])
def test_identity_layer_against_a_reflection(d: int) -> None:
    vs = np.zeros((3, d))
    vs[0] = unit(np.arange(1, d + 1))
    sim = unitary_similarity_matrix(vs)
    assert sim[0, 1] == pytest.approx((d - 2) / d)
    assert sim[1, 2] == pytest.approx(1.0)  # two identities
    np.testing.assert_allclose(sim, explicit_unitary(vs), atol=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_vectorised_equals_explicit_frobenius(seed: int) -> None:
    rng = np.random.default_rng(seed)
    d = int(rng.integers(2, 7))
    vs = rng.normal(size=(6, d))
    vs /= np.linalg.norm(vs, axis=1, keepdims=True)
    np.testing.assert_allclose(unitary_similarity_matrix(vs), explicit_unitary(vs), atol=1e-12)
    np.testing.assert_allclose(hamiltonian_similarity_matrix(vs), explicit_hamiltonian(vs), atol=1e-12)
    vs[2] = 0.0  # an identity layer: U = I
    np.testing.assert_allclose(unitary_similarity_matrix(vs), explicit_unitary(vs), atol=1e-12)
    # the mean over pairs a < b
    e = explicit_unitary(vs)
    pairs = [e[a, b] for a in range(6) for b in range(a + 1, 6)]
    assert mean_unitary_similarity(vs) == pytest.approx(np.mean(pairs))
    keep = np.delete(vs, 2, axis=0)
    h = explicit_hamiltonian(keep)
    assert mean_hamiltonian_similarity(keep) == pytest.approx(np.mean(h[np.triu_indices(5, 1)]))


def test_hamiltonian_similarity_refuses_identity_rows() -> None:
    with pytest.raises(ValueError, match="unit vectors"):
        hamiltonian_similarity_matrix(np.array([[1.0, 0.0], [0.0, 0.0]]))


# ---------------------------------------------------------------------------- Theorem 1


def test_delta_psi_of_scaled_pauli_x_matches_expm() -> None:
    x = np.array([[0.0, 1.0], [1.0, 0.0]])
    h, alpha = 0.37 * x, 1.3
    psi = np.array([0.6, 0.8 + 0.1j]) / np.linalg.norm([0.6, 0.8 + 0.1j])
    expected = scipy.linalg.expm(-1j * alpha * h) @ psi - psi
    np.testing.assert_allclose(delta_psi(h, psi, alpha), expected, atol=1e-12)


def test_rank_one_theorem_matches_general_form_and_observed_change() -> None:
    rng = np.random.default_rng(3)
    p, q = rng.dirichlet(np.ones(4)), rng.dirichlet(np.ones(4))
    psi_in, psi_out = np.sqrt(p), np.sqrt(q)
    v = unit(psi_out - psi_in)
    general = delta_psi(householder_hamiltonian(v, 4, alpha=0.5), psi_in, 0.5)
    np.testing.assert_allclose(delta_psi_householder(v, psi_in), general, atol=1e-12)
    summary = tests.delta_psi_summary([v], psi_in[None, :], psi_out[None, :])
    assert summary["theorem1_max_error"] < 1e-12
    np.testing.assert_allclose(summary["mean"], psi_out - psi_in, atol=1e-12)


# ---------------------------------------------------------------------------- baseline


def test_two_class_baseline_is_unit_in_quadrants_2_and_4() -> None:
    v = random_householder_vectors(2000, 2, 7)
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-12)
    assert np.all(v[:, 0] * v[:, 1] < 0)
    q2 = np.mean(v[:, 0] < 0)
    assert 0.45 < q2 < 0.55
    np.testing.assert_array_equal(v, random_householder_vectors(2000, 2, 7))


def test_n_class_baseline_is_unit_and_a_difference_of_positive_states() -> None:
    v = random_householder_vectors(500, 6, 1)
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-12)
    # a difference of two positive vectors has entries of both signs
    assert np.all((v.max(axis=1) > 0) & (v.min(axis=1) < 0))


# ---------------------------------------------------------------------------- permutation tests


def test_permutation_p_value_small_for_separated_groups() -> None:
    rng = np.random.default_rng(0)
    a = np.array([-0.6, 0.8]) + 0.05 * rng.normal(size=(60, 2))
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b = random_householder_vectors(60, 2, 1)
    n = 1000
    for kind in ("unitary", "hamiltonian"):
        res = tests.similarity_permutation_test(a, b, kind=kind, n_resamples=n, seed=0)
        assert 1 / (n + 1) <= res["p_value"] < 0.01
        assert res["p_value"] == pytest.approx(1 / (n + 1))  # nothing in the null reaches it
        assert res["difference"] == pytest.approx(res["layer"] - res["baseline"])
    res = tests.mean_vector_permutation_test(a, b, n_resamples=n, seed=0)
    assert res["p_value"] < 0.01


def test_permutation_p_value_large_for_identical_distributions() -> None:
    n = 1000
    a = random_householder_vectors(50, 2, 11)
    same = tests.similarity_permutation_test(a, a.copy(), n_resamples=n, seed=0)
    assert 0.1 < same["p_value"] <= 1.0
    b = random_householder_vectors(50, 2, 12)
    res = tests.similarity_permutation_test(a, b, n_resamples=n, seed=0)
    assert 0.1 < res["p_value"] <= 1.0
    count_plus_one = res["p_value"] * (n + 1)  # p = (count + 1) / (n + 1)
    assert count_plus_one == pytest.approx(round(count_plus_one))
    again = tests.similarity_permutation_test(a, b, n_resamples=n, seed=0)
    assert again == res  # seeded


def test_group_statistics_match_direct_computation() -> None:
    rng = np.random.default_rng(5)
    v = rng.normal(size=(9, 3))
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    sim = unitary_similarity_matrix(v)
    idx = np.array([[0, 3, 4, 8], [1, 2, 5, 6]])
    got = tests.mean_pairwise_of_sets(sim, idx)
    for row, g in zip(idx, got, strict=True):
        assert g == pytest.approx(mean_unitary_similarity(v[row]))
    norms = tests.mean_vector_norm_of_sets(v, idx)
    for row, g in zip(idx, norms, strict=True):
        assert g == pytest.approx(np.linalg.norm(v[row].mean(axis=0)))


# ---------------------------------------------------------------------------- dcor, clusters


def test_distance_correlation_of_identical_vectors_is_one() -> None:
    x = random_householder_vectors(40, 2, 3)
    res = tests.distance_correlation_summary(x, x, n_resamples=200, seed=0)
    assert res["statistic"] == pytest.approx(1.0)
    assert res["permutation_p"] == pytest.approx(1 / 201)
    assert res["t_test_p"] < 1e-6


@pytest.mark.parametrize(("dims", "coupling"), [(1, 0.0), (3, 0.0), (3, 0.8), (16, 0.5)])
def test_distance_correlation_equals_dcor(dims: int, coupling: float) -> None:
    """Every number equals dcor's own functions (on samples small enough for dcor's broadcasting)."""
    import dcor

    rng = np.random.default_rng(dims)
    x = rng.normal(size=(30, dims))
    y = coupling * x**2 + rng.normal(size=(30, dims))
    res = tests.distance_correlation_summary(x, y, n_resamples=300, seed=7)
    assert res["statistic"] == pytest.approx(float(dcor.distance_correlation(x, y)), abs=1e-12)
    perm = dcor.independence.distance_covariance_test(x, y, num_resamples=300, random_state=7)
    assert res["permutation_p"] == pytest.approx(float(perm.pvalue), abs=1e-15)
    ttest = dcor.independence.distance_correlation_t_test(x, y)
    assert res["t_statistic"] == pytest.approx(float(ttest.statistic), rel=1e-9)
    assert res["t_test_p"] == pytest.approx(float(ttest.pvalue), abs=1e-12)


def test_distance_correlation_is_dcor_bit_for_bit() -> None:
    """The centring and products are dcor's arithmetic to the last bit, and so is every number of the
    summary: the same computation with dcor's own functions (distances from scipy, as dcor 0.7
    cannot take 4,096-dim samples) gives identical floats, permutation count included."""
    import dcor
    import scipy.spatial.distance

    rng = np.random.default_rng(5)
    x = random_householder_vectors(90, 64, 1)
    y = 0.5 * x + 0.1 * rng.normal(size=x.shape)
    da, db = scipy.spatial.distance.cdist(x, x), scipy.spatial.distance.cdist(y, y)
    for mine, theirs in ((tests.double_centered, dcor.double_centered), (tests.u_centered, dcor.u_centered)):
        assert np.array_equal(mine(da), theirs(da)) and np.array_equal(mine(db), theirs(db))
    a, b = dcor.double_centered(da), dcor.double_centered(db)
    ua, ub = dcor.u_centered(da), dcor.u_centered(db)
    assert float(tests.mean_product(a, b)) == float(dcor.mean_product(a, b))
    assert float(tests.u_product(ua, ub)) == float(dcor.u_product(ua, ub))
    res = tests.distance_correlation_summary(x, y, n_resamples=200, seed=3)
    dcov = float(dcor.mean_product(a, b))
    stat = math.sqrt(dcov / math.sqrt(float(dcor.mean_product(a, a)) * float(dcor.mean_product(b, b))))
    state = np.random.RandomState(3)
    exceed = 0
    for _ in range(200):
        order = state.permutation(90)
        exceed += int(90 * float(dcor.mean_product(a[order][:, order], b)) > 90 * dcov)
    r_star = float(dcor.u_product(ua, ub)) / math.sqrt(
        float(dcor.u_product(ua, ua)) * float(dcor.u_product(ub, ub))
    )
    v = 90 * 87 / 2
    assert res["statistic"] == stat and res["permutation_p"] == (exceed + 1) / 201
    assert res["t_statistic"] == float(np.sqrt(v - 1) * r_star / np.sqrt(np.float64(1 - r_star**2)))


def test_elbow_finds_three_blobs() -> None:
    rng = np.random.default_rng(0)
    centres = np.array([[5.0, 0, 0, 0], [0, 5.0, 0, 0], [0, 0, 5.0, 0]])
    data = np.vstack([c + 0.3 * rng.normal(size=(30, 4)) for c in centres])
    res = tests.cluster_summary(data, seed=0)
    assert res["k"] == 3
    assert res["cluster_sizes"] == [30, 30, 30]
    assert res["silhouette"] > 0.8
    assert sum(res["explained_variance_ratio"]) == pytest.approx(1.0)
    assert res == tests.cluster_summary(data, seed=0)


def test_delta_psi_locus_contains_every_chord_of_the_quarter_circle() -> None:
    rng = np.random.default_rng(0)
    a, b = rng.uniform(0, np.pi / 2, size=(2, 5000))
    chords = np.column_stack([np.cos(b) - np.cos(a), np.sin(b) - np.sin(a)])
    lens_q2, lens_q4 = (MplPath(p) for p in delta_psi_locus())
    inside = lens_q2.contains_points(chords, radius=1e-9) | lens_q4.contains_points(chords, radius=1e-9)
    near_boundary = np.linalg.norm(chords, axis=1) < 1e-3  # the two lenses touch at the origin
    assert np.all(inside | near_boundary)
    # and it is no larger: its tips (-1, 1) and (1, -1) are chords (a = 0, b = pi/2)
    assert lens_q2.contains_point((-0.99, 0.98)) and not lens_q2.contains_point((-0.9, 0.1))


# ---------------------------------------------------------------------------- end to end


def _png(path: Path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _trajectories(k: int, s: int, n: int, seed: int, **kwargs: Any) -> Trajectories:
    probs = np.random.default_rng(seed).dirichlet(np.ones(n), size=(k, s))
    return Trajectories(probs, [f"p{j}" for j in range(s)], **kwargs)


SNAPSHOTS = Path(__file__).parent / "data" / "analysis_snapshots.json"


def _same_json(a: Any, b: Any, where: str = "") -> None:
    """The same keys in the same order and the same types; numbers equal to 1e-9 (BLAS may differ by an ulp)."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and list(a) == list(b), where
        for key in a:
            _same_json(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same_json(x, y, f"{where}[{i}]")
    elif isinstance(a, float):
        assert isinstance(b, float) and b == pytest.approx(a, rel=1e-9, abs=1e-12), where
    else:
        assert type(a) is type(b) and a == b, where


@pytest.mark.parametrize("case", ["paper", "wide", "small", "still"])
def test_to_dict_is_the_json_the_dict_returning_analyze_gave(case: str) -> None:
    snapshot = json.loads(SNAPSHOTS.read_text())[case]
    ((_, traj, kwargs),) = [c for c in snapshot_cases() if c[0] == case]
    result = analyze(traj, **kwargs)
    assert isinstance(result, Analysis) and result.seconds is not None and result.seconds >= 0
    data = result.to_dict()
    assert list(data)[-1] == "seconds"
    data.pop("seconds")
    _same_json(snapshot, data, case)
    back = Analysis.from_dict(json.loads(json.dumps(data)))  # as report.json holds it
    assert back == dataclasses.replace(result, seconds=None)
    assert json.dumps(back.to_dict()) == json.dumps(data)


def test_the_typed_result_answers_by_attribute() -> None:
    cases = {name: (traj, kwargs) for name, traj, kwargs in snapshot_cases()}
    traj, kwargs = cases["paper"]
    paper = analyze(traj, **kwargs)
    assert paper.sublayers == ("attention", "mlp") and paper.paper == PAPER
    attention = paper.layer("attention")
    assert isinstance(attention, LayerAnalysis) and attention.name == "attention"
    assert (attention.identity_layers, attention.reflections) == (
        1,
        11,
    )  # example 4's attention is the identity
    assert attention.householder_mean is not None and attention.householder_mean.mean is not None
    assert attention.householder_mean.norm == pytest.approx(np.linalg.norm(attention.householder_mean.mean))
    assert attention.pca is None and attention.top_outputs is None  # two outputs
    rates = {r.circuit: (r.circuits, r.passed) for r in paper.crosscheck or ()}
    assert rates == {"attention": (12, 9), "mlp": (12, 10), "trajectory": (12, 10)}  # (k + j) % 5 fails
    assert paper.pass_rate("mlp").pass_rate == pytest.approx(10 / 12)
    with pytest.raises(InputError, match="no sub-layer 'ffn'"):
        paper.layer("ffn")
    with pytest.raises(dataclasses.FrozenInstanceError):
        paper.seed = 1  # type: ignore[misc]

    wide = analyze(*cases["wide"][:1], **cases["wide"][1])
    b = wide.layer("c")  # example 2 is the identity there
    assert b.householder_mean is not None and b.householder_mean.mean is None
    assert len(b.householder_mean.mean_top or ()) == 5  # 70 outputs: the largest coordinates, named
    assert b.pca is not None and b.pca.householder is not None and b.pca.householder.points.shape == (9, 2)
    assert b.top_outputs is not None and len(b.top_outputs.raised) == 3
    assert wide.crosscheck is None and wide.paper is None
    still = analyze(*cases["still"][:1], **cases["still"][1])
    y = still.layer("y")
    assert (y.reflections, y.hamiltonian_similarity, y.householder_mean) == (0, None, None)
    assert y.pca is not None and y.pca.householder is None
    assert still.consecutive[0].alignment_mean is None and still.consecutive[0].distance_correlation is None


def test_from_dict_refuses_what_is_not_an_analysis() -> None:
    traj, kwargs = snapshot_cases()[2][1:]
    data = analyze(traj, **kwargs).to_dict()
    for broken, message in (
        ({**data, "format": "qlens-q-analysis/1"}, "is not a qlens-q-analysis/2"),
        ({**data, "layers": []}, "keyed by name"),
        ({**data, "seed": "0"}, r"analysis\.seed: expected int"),
        ({**data, "layers": {"y": {**data["layers"]["y"], "examples": None}}}, "layers.y.examples"),
        ({k: v for k, v in data.items() if k != "notes"}, "has no 'notes'"),
    ):
        with pytest.raises(InputError, match=message):
            Analysis.from_dict(broken)


def test_analyze_and_figures_on_the_papers_shape(tmp_path: Path) -> None:
    traj = _trajectories(
        20, 3, 2, 0, sublayers=["attention", "mlp"], output_names=["negative", "positive"],
        meta={"label": [k % 2 for k in range(20)], "text": ["a sentence"] * 20},
    )  # fmt: skip
    result = analyze(traj, seed=0, permutations=300)
    json.dumps(result.to_dict(), allow_nan=False)
    assert result.num_outputs == 2 and result.examples == 20
    assert [layer.name for layer in result.layers] == ["attention", "mlp"]
    for layer in result.layers:
        for t in (layer.unitary_similarity, layer.hamiltonian_similarity):
            assert t is not None
            assert -1.0 <= t.layer <= 1.0 and -1.0 <= t.baseline <= 1.0
            assert 1 / 301 <= t.p_value <= 1.0
        assert layer.delta_psi.theorem1_max_error < 1e-12
        assert layer.householder_mean is not None
        assert layer.householder_mean.norm == pytest.approx(np.linalg.norm(layer.householder_mean.mean))
        assert layer.clusters is None
    (pair,) = result.consecutive
    assert pair.distance_correlation is not None and 0.0 <= (pair.distance_correlation.statistic or 0) <= 1.0
    assert result.paper == PAPER
    table = analysis_markdown(result, paper=True)
    assert "0.8398" not in analysis_markdown(result)  # the paper's numbers only beside SentiHood's
    assert "0.8398" in table and "0.4312" in table and "(0.0687, -0.4139)" in table
    again = analyze(traj, seed=0, permutations=300)
    assert dataclasses.replace(again, seconds=None) == dataclasses.replace(result, seconds=None)  # same seed

    out = tmp_path / "figures"
    out.mkdir()
    counts = np.random.default_rng(1).multinomial(500, [0.5, 0.5], size=20)
    drawn = make_figures(traj, result, out, trajectory_counts=counts)
    names = {Path(f["path"]).stem for f in drawn}
    assert names == {"depth", "similarity", "similarity_histograms", "householder_vectors", "delta_psi",
                     "bloch_trajectories", "example_distributions"}  # fmt: skip
    for f in drawn:
        assert _png(tmp_path / f["path"]) and f["caption"]
    assert not [f for f in out.iterdir() if f.suffix != ".png"]  # no temporary files left


def test_analyze_for_many_sublayers_and_outputs() -> None:
    rng = np.random.default_rng(0)
    probs = rng.dirichlet(np.ones(4), size=(24, 6))
    probs[3, 1] = probs[3, 0]  # an identity layer
    traj = Trajectories(probs, ["emb", "b0", "b1", "b2", "b3", "final"], output_names=list("abcd"),
                        meta={"label": [k % 4 for k in range(24)]})  # fmt: skip
    result = analyze(traj, seed=1, permutations=200, top_k=2)
    json.dumps(result.to_dict(), allow_nan=False)
    first = result.layer("b0")
    assert first.identity_layers == 1 and first.reflections == 23
    assert [c.sublayers for c in result.consecutive] == [
        ("b0", "b1"),
        ("b1", "b2"),
        ("b2", "b3"),
        ("b3", "final"),
    ]
    dc = result.consecutive[0].distance_correlation
    assert dc is not None and dc.n == 23
    for layer in result.layers:
        assert layer.clusters is not None and layer.top_outputs is not None
        for kind in ("householder", "delta_psi"):
            c = getattr(layer.clusters, kind)
            assert 1 <= c.k <= 8
            assert sum(c.cluster_sizes) == (23 if layer.name == "b0" and kind == "householder" else 24)
            assert list(c.cluster_sizes) == sorted(c.cluster_sizes, reverse=True)  # cluster 1 is the largest
        top = layer.top_outputs
        assert len(top.raised) == 2 and len(top.per_example) == 24
        assert {e.output for e in top.raised}.isdisjoint(e.output for e in top.lowered)
    assert result.paper is None and "paper" not in result.to_dict()


def test_analyze_refuses_bad_arguments() -> None:
    traj = _trajectories(3, 3, 2, 0)
    with pytest.raises(InputError, match="permutations"):
        analyze(traj, permutations=0)
    with pytest.raises(InputError, match="at least 2"):
        analyze(traj.select([0]))
    with pytest.raises(InputError, match="Trajectories"):
        analyze({"examples": []})  # type: ignore[arg-type]


def test_class_groups_keep_a_legend_short() -> None:
    few = np.array([2, 0, 2, 1])
    assert [(c, m.tolist()) for c, m in class_groups(few)] == [
        (0, [False, True, False, False]),
        (1, [False, False, False, True]),
        (2, [True, False, True, False]),
    ]
    # 330 classes (as the LM's 700 positions have): the 3 most frequent, then one group for the rest
    many = np.array([5] * 9 + [7] * 9 + [1] * 4 + list(range(10, 340)))
    groups = class_groups(many, most=4)
    assert [c for c, _ in groups] == [1, 5, 7, None]
    masks = np.array([m for _, m in groups])
    assert (masks.sum(axis=0) == 1).all()  # every example in exactly one group
    assert masks[-1].sum() == 330 and not masks[-1][: 9 + 9 + 4].any()
