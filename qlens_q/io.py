"""Files in and out: distributions from the command line, atomic writes.

Nothing is ever half-written: every artifact goes to a temporary file in the
target's directory and is renamed over the target (``os.replace``, atomic on
POSIX). Arrays are read with ``allow_pickle=False``; nothing is unpickled.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from qlens_q import validation
from qlens_q.errors import InputError


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        if target.is_dir():
            raise InputError(str(path), "is a directory, not a file")
        if target.exists() and not target.is_file():
            raise InputError(
                str(path), "exists and is not a regular file (a device, FIFO or socket): not replaced"
            )
        if not parent.is_dir():
            raise InputError(str(path), f"its directory {str(parent)!r} does not exist")
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:  # e.g. no permission, a name too long
        raise InputError(str(path), f"cannot be written ({exc.strerror or type(exc).__name__})") from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(str(path), f"cannot be written ({exc.strerror or type(exc).__name__})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def digest(config: Any, data: bytes) -> str:
    """sha256 of a config (canonical JSON: sorted keys, no spaces) followed by the bytes it describes.

    Saved beside weights, it ties the two together: weights from another run, or a config
    edited by hand, no longer match.
    """
    canonical = json.dumps(config, sort_keys=True, separators=(",", ":"), allow_nan=False).encode()
    return hashlib.sha256(canonical + b"\0" + data).hexdigest()


def check_digest(recorded: Any, config: Any, data: bytes, path: str | Path, owner: str) -> None:
    """Refuse ``data`` (read from ``path``) unless ``recorded`` is its :func:`digest` with ``config``.

    ``owner`` names the file that recorded the digest, for the one-line message.
    """
    if recorded != digest(config, data):
        raise InputError(
            str(path),
            f"does not belong to {owner} (sha256 differs: another run's file, or an edited {owner})",
        )


def atomic_write_text(path: str | Path, text: str) -> None:
    """:func:`atomic_write_bytes` for UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: str | Path, obj: Any) -> None:
    """Write ``obj`` as indented JSON (keys in insertion order), atomically.

    Strict JSON: a NaN or an infinity anywhere in ``obj`` is refused (an :class:`InputError`
    naming ``path``) and nothing is written.
    """
    try:
        text = json.dumps(obj, indent=2, allow_nan=False)
    except ValueError as exc:  # NaN or infinity (or a circular reference)
        detail = " ".join(str(exc).split())[:200]
        problem = (
            "holds NaN or infinity, which JSON cannot hold" if "Out of range float" in detail else detail
        )
        raise InputError(str(path), f"not written: {problem}") from None
    atomic_write_text(path, text + "\n")


#: Largest distribution file read (bytes).
MAX_DISTRIBUTION_BYTES = 64 * 2**20


def _numbers(text: str) -> list[float] | None:
    """Numbers separated by commas or white space, or ``None`` when ``text`` is not that."""
    parts = [p for p in text.replace(",", " ").split() if p]
    try:
        return [float(p) for p in parts] if parts else None
    except ValueError:
        return None


def read_distribution(arg: str, name: str) -> NDArray[np.float64]:
    """A distribution given as ``"0.2,0.8"``, or a path to a JSON list, a ``.npy`` file, or a
    text file of numbers separated by commas or white space.

    The result is validated (finite, non-negative, sums to 1 within 1e-6, at
    least two entries) and renormalised; see :func:`qlens_q.validation.probabilities`.
    """
    text = arg.strip()
    path = Path(text)
    try:
        looks_like_file = path.suffix.lower() in {".json", ".npy", ".txt", ".csv"} or path.exists()
    except (OSError, ValueError):  # not a usable path (e.g. a long list of numbers): read as numbers
        looks_like_file = False
    if looks_like_file:
        try:
            problem = (
                "" if path.is_file() else ("is not a regular file" if path.exists() else "file not found")
            )
        except OSError as exc:
            problem = f"cannot be read ({exc.strerror})"
        if problem:
            raise InputError(name, f"{problem}: {text}" if text else "is empty")
        try:
            if path.stat().st_size > MAX_DISTRIBUTION_BYTES:
                raise InputError(name, f"{text} is larger than {MAX_DISTRIBUTION_BYTES:,} bytes")
            if path.suffix.lower() == ".npy":
                values: Any = np.load(path, allow_pickle=False)
            else:
                content = path.read_text(encoding="utf-8")
                values = _numbers(content) if path.suffix.lower() != ".json" else None
                if values is None:
                    values = json.loads(content)
        except InputError:
            raise
        except RecursionError:
            raise InputError(name, f"{text} is nested too deeply to be a list of numbers") from None
        except (OSError, ValueError, UnicodeDecodeError, EOFError) as exc:
            detail = " ".join(str(exc).split())[:200]
            raise InputError(
                name,
                f"cannot read {text} (give a JSON list, a .npy array, or numbers separated by commas): {detail}",
            ) from None
        if isinstance(values, list) and not all(
            isinstance(x, (int, float)) and not isinstance(x, bool) for x in values
        ):
            raise InputError(name, f"{text} must hold a flat JSON list of numbers")
        return validation.probabilities(values, name)
    try:
        values = [float(x) for x in text.split(",")]
    except ValueError:
        raise InputError(
            name, f"{arg!r} is neither comma-separated numbers nor an existing .json/.npy file"
        ) from None
    return validation.probabilities(values, name)
