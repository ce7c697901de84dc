"""A seeded mutation fuzzer of OpenQASM input through `qlens-q simulate` and `qlens-q crosscheck`.

Exported layer circuits (OpenQASM 2 and 3, with and without qlens-q's checksum lines)
are mutated at random: characters deleted, inserted or replaced, digits changed,
lines duplicated, dropped or swapped, and hostile statements spliced in (huge
registers, huge integers, foreign includes, self-multiplying gate definitions,
non-finite angles). Every mutant goes through both commands, which must:

* exit with 0, 1 or 2 (never a crash, never a traceback);
* write at most one line on stderr when they refuse (exit 2), and write no file;
* finish in bounded time;
* never pass a mutant whose distribution changed: when `crosscheck` exits 0 the
  mutant's exact Born distribution (``quantum_info.Statevector``, a second
  simulator) must equal the expected one within 1e-9.

CI runs :data:`CI_MUTANTS` mutants; ``QLENS_FUZZ_MUTANTS=N`` runs N (a long soak).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from qlens_q import qasm, simulation
from qlens_q.circuits import layer_circuit
from qlens_q.cli import main
from qlens_q.errors import InputError
from qlens_q.operators import layer_operator

CI_MUTANTS = 60
MUTANTS = int(os.environ.get("QLENS_FUZZ_MUTANTS", CI_MUTANTS))
#: Seconds one command may take on a mutant (a refusal takes milliseconds; a simulation well under this).
TIME_LIMIT_S = 60
HOSTILE = (
    "creg c[2147483648];",
    "bit[100000000] big;",
    "qreg r[99999999999999999999];",
    'include "other.inc";',
    "include 'x.inc';",
    "h q[123456789012345678901];",
    "rx(1e400) q[0];",
    "gate f a { h a; h a; } gate f2 a { f a; f a; } gate f3 a { f2 a; f2 a; } gate f4 a { f3 a; f3 a; } f4 q[0];",
    "qubit[30] many;",
    "measure q[0] -> c[0];",
    "reset q[0];",
    "barrier q;",
    "x q[1];",
)


def _sources() -> list[tuple[str, str, list[float]]]:
    rng = np.random.default_rng(0)
    out = []
    for n, fmt in ((2, "qasm3"), (3, "qasm2"), (4, "qasm3"), (5, "qasm2")):
        p_in, p_out = rng.dirichlet(np.ones(n)), rng.dirichlet(np.ones(n))
        exported = qasm.transpile_for_export(layer_circuit(layer_operator(p_in, p_out), measure=True))
        text = qasm.dumps(exported, fmt)
        expected = [float(x) for x in p_out / p_out.sum()]
        out.append((text, fmt, expected))
        out.append(("\n".join(text.splitlines()[1:-1]) + "\n", fmt, expected))  # a plain program
    return out


def mutate(text: str, rng: np.random.Generator) -> str:
    """One to three random edits of ``text``."""
    for _ in range(int(rng.integers(1, 4))):
        lines = text.splitlines(keepends=True)
        kind = int(rng.integers(8))
        at = int(rng.integers(max(1, len(text))))
        if kind == 0:
            text = text[:at] + text[at + int(rng.integers(1, 20)) :]
        elif kind == 1:
            text = (
                text[:at]
                + "".join(
                    rng.choice(list("q[]();{}0123456789.e-+ \n,@/\"'xhryzc"), size=int(rng.integers(1, 6)))
                )
                + text[at:]
            )
        elif kind == 2:
            digits = [i for i, c in enumerate(text) if c.isdigit()]
            if digits:
                i = int(rng.choice(digits))
                text = text[:i] + str(int(rng.integers(10))) + text[i + 1 :]
        elif kind == 3 and lines:
            i = int(rng.integers(len(lines)))
            lines.insert(i, lines[i])
            text = "".join(lines)
        elif kind == 4 and len(lines) > 1:
            del lines[int(rng.integers(len(lines)))]
            text = "".join(lines)
        elif kind == 5 and len(lines) > 2:
            i, j = (int(x) for x in rng.choice(len(lines), size=2, replace=False))
            lines[i], lines[j] = lines[j], lines[i]
            text = "".join(lines)
        elif kind == 6 and lines:
            lines.insert(int(rng.integers(1, len(lines) + 1)), str(rng.choice(HOSTILE)) + "\n")
            text = "".join(lines)
        else:
            text = text[: int(rng.integers(len(text) + 1))]
    return text


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _true_distribution(text: str) -> np.ndarray | None:
    try:
        prepared = simulation.prepare(qasm.loads(text))
    except InputError:
        return None
    return simulation.reference_probabilities(prepared)


@pytest.mark.parametrize("block", range(max(1, MUTANTS // 20)))
def test_mutants_never_crash_never_leak_and_never_pass_when_changed(
    block: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = np.random.default_rng([7, block])
    sources = _sources()
    monkeypatch.chdir(tmp_path)
    for k in range(20):
        text, _, expected = sources[int(rng.integers(len(sources)))]
        mutant = mutate(text, rng)
        path = tmp_path / f"m{k}.qasm"
        path.write_text(mutant, encoding="utf-8")
        before = _tree(tmp_path)
        for cmd in (
            ["simulate", str(path)],
            ["crosscheck", str(path), "--expect", ",".join(map(repr, expected))],
        ):
            start = time.perf_counter()
            code = main([*cmd, "--shots", "2000", "--seed", str(k)])
            elapsed = time.perf_counter() - start
            out, err = capsys.readouterr()
            where = f"mutant {block}/{k} ({cmd[0]}): {mutant!r}"
            assert code in (0, 1, 2), f"{where}: exit {code}: {err}"
            assert "Traceback" not in err, where
            assert elapsed < TIME_LIMIT_S, f"{where}: {elapsed:.1f} s"
            if code == 2:
                assert err.count("\n") == 1 and out == "", f"{where}: {err}"
            assert _tree(tmp_path) == before, where
            if cmd[0] == "crosscheck" and code == 0:
                truth = _true_distribution(mutant)
                assert truth is not None, where
                n = len(expected)
                assert np.max(np.abs(truth[:n] - expected)) <= 1e-9 and truth[n:].sum() <= 1e-9, (
                    f"false pass: {where}"
                )
