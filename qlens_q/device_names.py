"""The fake IBM devices by name, and their widths, known without importing Qiskit.

A run's ``--backend`` is checked (a known name, a circuit no wider than the device) before any
heavy import: reading qiskit-ibm-runtime's device list takes seconds (:mod:`qlens_q.devices`
imports Qiskit, Aer and the runtime), which would make a mistyped name a slow refusal.
:data:`DEVICE_QUBITS` is the table of the fake backends of ``qiskit_ibm_runtime.fake_provider``
(0.51.0), each with its qubit count from its snapshot's ``conf_*.json``;
``tests/test_devices.py`` checks it against the installed runtime, name by name.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from qlens_q.errors import InputError

#: The name of the ideal simulator (no device).
AER = "aer"
#: Devices named first when a name is refused.
SUGGESTED = ("fake_torino", "fake_fez", "fake_marrakesh", "fake_kyiv", "fake_sherbrooke")

#: Device name -> its qubits, for every fake IBM device of qiskit-ibm-runtime.
DEVICE_QUBITS: Mapping[str, int] = MappingProxyType(
    {
        "fake_aachen": 156,
        "fake_algiers": 27,
        "fake_almaden": 20,
        "fake_armonk": 1,
        "fake_athens": 5,
        "fake_auckland": 27,
        "fake_belem": 5,
        "fake_berlin": 120,
        "fake_boeblingen": 20,
        "fake_bogota": 5,
        "fake_boston": 156,
        "fake_brisbane": 127,
        "fake_brooklyn": 65,
        "fake_brussels": 127,
        "fake_burlington": 5,
        "fake_cairo": 27,
        "fake_cambridge": 28,
        "fake_casablanca": 7,
        "fake_cusco": 127,
        "fake_essex": 5,
        "fake_fez": 156,
        "fake_fractional_backend": 5,
        "fake_geneva": 27,
        "fake_guadalupe": 16,
        "fake_hanoi": 27,
        "fake_jakarta": 7,
        "fake_johannesburg": 20,
        "fake_kawasaki": 127,
        "fake_kingston": 156,
        "fake_kolkata": 27,
        "fake_kyiv": 127,
        "fake_kyoto": 127,
        "fake_lagos": 7,
        "fake_lima": 5,
        "fake_london": 5,
        "fake_manhattan": 65,
        "fake_manila": 5,
        "fake_marrakesh": 156,
        "fake_melbourne": 15,
        "fake_miami": 120,
        "fake_montreal": 27,
        "fake_mumbai": 27,
        "fake_nairobi": 7,
        "fake_nighthawk": 120,
        "fake_osaka": 127,
        "fake_oslo": 7,
        "fake_ourense": 5,
        "fake_paris": 27,
        "fake_peekskill": 27,
        "fake_perth": 7,
        "fake_pittsburgh": 156,
        "fake_poughkeepsie": 20,
        "fake_prague": 33,
        "fake_quebec": 127,
        "fake_quito": 5,
        "fake_rochester": 53,
        "fake_rome": 5,
        "fake_santiago": 5,
        "fake_sherbrooke": 127,
        "fake_singapore": 20,
        "fake_strasbourg": 127,
        "fake_sydney": 27,
        "fake_torino": 133,
        "fake_toronto": 27,
        "fake_valencia": 5,
        "fake_vigo": 5,
        "fake_washington": 127,
        "fake_yorktown": 5,
    }
)


def names() -> tuple[str, ...]:
    """Every device name qlens-q knows (``fake_torino``, ...), sorted."""
    return tuple(sorted(DEVICE_QUBITS))


def _key(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


_BY_KEY = {_key(n): n for n in DEVICE_QUBITS}


def resolve(name: str | None) -> str | None:
    """The canonical device name for ``name``, or ``None`` for the ideal simulator (``None`` or ``aer``).

    Case, ``_`` and ``-`` are ignored (``FakeTorino``, ``FAKE_TORINO`` and ``fake_torino`` are one
    device). An unknown name is refused in one line naming a few valid ones.
    """
    if name is None:
        return None
    if not isinstance(name, str):
        raise InputError("backend", f"must be a device name such as 'fake_torino', got {type(name).__name__}")
    if _key(name) == AER:
        return None
    if _key(name) in _BY_KEY:
        return _BY_KEY[_key(name)]
    raise InputError(
        "backend",
        f"unknown device {name!r} (choose {AER} or a fake IBM device, e.g. {', '.join(SUGGESTED)}; "
        f"{len(DEVICE_QUBITS)} in all, listed by qlens_q.device_names.names())",
    )


def qubits_text(n: int) -> str:
    """``1 qubit``, ``5 qubits``."""
    return f"{n} qubit" if n == 1 else f"{n} qubits"


def check_width(name: str, num_qubits: int) -> None:
    """Refuse a circuit of ``num_qubits`` qubits wider than the device ``name``, naming both sizes."""
    canonical = resolve(name)
    if canonical is None:
        return
    width = DEVICE_QUBITS[canonical]
    if num_qubits > width:
        raise InputError("backend", f"{canonical} has {qubits_text(width)}; the circuit needs {num_qubits}")
