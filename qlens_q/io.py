"""Files in and out: distributions from the command line, atomic writes.

Nothing is ever half-written: every artifact goes to a temporary file in the
target's directory and is renamed over the target (``os.replace``, atomic on
POSIX). Arrays are read with ``allow_pickle=False``; nothing is unpickled.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import stat
import tempfile
from io import BytesIO
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


# ---------------------------------------------------------------- reading user files

#: Largest JSON file read by :func:`read_json` unless the caller says otherwise (bytes).
MAX_JSON_BYTES = 256 * 2**20


def user_path(path: str | Path, argument: str) -> Path:
    """``path`` with a leading ``~`` or ``~user`` expanded; an unknown user (or no home) is an
    :class:`InputError` on ``argument``, not Python's ``RuntimeError``."""
    try:
        return Path(path).expanduser()
    except (RuntimeError, KeyError, OSError):
        head = str(path).split("/", 1)[0]
        raise InputError(
            argument, f"{str(path)!r}: {head!r} names no home directory on this machine"
        ) from None


def _size(limit: int) -> str:
    """``limit`` bytes in words: ``1 MiB`` when a whole number of MiB, else ``1,234 bytes``."""
    return f"{limit // 2**20:,} MiB" if limit >= 2**20 and limit % 2**20 == 0 else f"{limit:,} bytes"


def read_bytes(
    path: str | Path,
    limit: int,
    argument: str | None = None,
    *,
    what: str | None = None,
    bound: str | None = None,
) -> bytes:
    """The bytes of the *regular* file ``path``, at most ``limit`` of them.

    The file is opened without blocking (``O_NONBLOCK``: a FIFO with no writer does not hang
    the open) and refused unless ``fstat`` of the open descriptor says it is a regular file, so a
    FIFO, a device or a socket where a file is expected is one :class:`InputError`, never a
    read that waits or never ends; a file larger than ``limit`` is refused before it is read
    (and a file that grows while it is read stops at ``limit + 1`` bytes and is refused).

    Messages: the error's argument is ``argument`` (the path shown first in the message) or,
    by default, the path; ``what`` names the content (``cannot read lens config (no such
    file)``, else ``cannot be read (...)``); ``bound`` says why ``limit`` is the limit
    (``more than config.json's model needs``).
    """
    name = str(path) if argument is None else argument
    shown = "" if argument is None else f"{path}: "
    failed = f"{shown}cannot read {what}" if what else f"{shown}cannot be read"
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(name, f"{failed} (file not found)") from None
    except IsADirectoryError:
        raise InputError(name, f"{failed} (a directory, not a file)") from None
    except OSError as exc:
        raise InputError(name, f"{failed} ({exc.strerror or type(exc).__name__})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(name, f"{failed} (a directory, not a file)")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(name, f"{failed}: not a regular file (a FIFO, device or socket)")
        too_large = f"is larger than {_size(limit)}" + (f", {bound}" if bound else "")
        if info.st_size > limit:
            raise InputError(name, f"{shown}{too_large} ({info.st_size:,} bytes)")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputError(name, f"{shown}grew while it was read: {too_large}")
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(name, f"{failed} ({exc.strerror or type(exc).__name__})") from None
    finally:
        os.close(fd)


def read_text(path: str | Path, limit: int, argument: str | None = None, *, what: str | None = None) -> str:
    """:func:`read_bytes` decoded as UTF-8 (a file that is not UTF-8 is an :class:`InputError`)."""
    data = read_bytes(path, limit, argument, what=what)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        name = str(path) if argument is None else argument
        shown = "" if argument is None else f"{path}: "
        failed = f"cannot read {what}" if what else "cannot be read"
        raise InputError(
            name, f"{shown}{failed} (UnicodeDecodeError: not UTF-8 at byte {exc.start})"
        ) from None


class _NonFinite:
    """A ``NaN``, ``Infinity`` or overflowing number found while parsing JSON (see :func:`loads_json`)."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token


def _finite_float(token: str) -> float | _NonFinite:
    value = float(token)
    return value if math.isfinite(value) else _NonFinite(token)


def _non_finite_field(obj: Any, where: str = "") -> tuple[str, str] | None:
    """``(field, token)`` of the first :class:`_NonFinite` in a parsed document (iterative: no recursion)."""
    stack: list[tuple[Any, str]] = [(obj, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, _NonFinite):
            return at or "(the whole document)", item.token
        if isinstance(item, dict):
            stack += [(v, f"{at}.{k}" if at else str(k)) for k, v in reversed(item.items())]
        elif isinstance(item, list):
            stack += [(v, f"{at}[{i}]") for i, v in reversed(list(enumerate(item)))]
    return None


def loads_json(text: str | bytes, source: str, shown: str = "", *, what: str | None = None) -> Any:
    """Strict JSON: ``NaN``, ``Infinity``, ``-Infinity`` and numbers that overflow a double (``1e999``)
    are refused with an :class:`InputError` naming ``source`` and the field (``analysis.permutations``,
    ``lens.h0.kl``), as are text that does not parse and nesting too deep to read. ``shown`` opens
    each message (e.g. the path, when ``source`` is an argument's name); ``what`` names the content
    (``cannot read report (JSONDecodeError): ...``)."""
    failed = f"{shown}cannot read {what}" if what else f"{shown}is not readable as JSON"
    try:
        obj = json.loads(text, parse_constant=_NonFinite, parse_float=_finite_float)
    except RecursionError:
        raise InputError(source, f"{failed} (RecursionError): nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError, an integer of too many digits
        detail = " ".join(str(exc).split())[:160]
        raise InputError(source, f"{failed} ({type(exc).__name__}): {detail}") from None
    bad = _non_finite_field(obj)
    if bad is not None:
        raise InputError(
            source, f"{shown}field {bad[0]} holds {bad[1]}; JSON numbers must be finite (a damaged file?)"
        )
    return obj


def read_json(
    path: str | Path, limit: int = MAX_JSON_BYTES, argument: str | None = None, *, what: str | None = None
) -> Any:
    """A regular file's strict JSON (:func:`read_text` then :func:`loads_json`); errors name the file."""
    text = read_text(path, limit, argument, what=what)
    name, shown = (str(path), "") if argument is None else (argument, f"{path}: ")
    return loads_json(text, name, shown, what=what)


def digest(config: Any, data: bytes) -> str:
    """sha256 of a config (canonical JSON: sorted keys, no spaces) followed by the bytes it describes.

    Saved beside weights, it ties the two together: weights from another run, or a config
    edited by hand, no longer match.
    """
    canonical = json.dumps(config, sort_keys=True, separators=(",", ":"), allow_nan=False).encode()
    return hashlib.sha256(canonical + b"\0" + data).hexdigest()


def check_digest(recorded: Any, config: Any, data: bytes, path: str | Path, owner: str) -> None:
    """Refuse ``data`` (read from ``path``) unless ``recorded`` is its :func:`digest` with ``config``.

    ``owner`` names the file that recorded the digest, for the one-line message. A digest detects
    damage (a torn write, a bit flip, a file of another run), not tampering: nothing is signed, so
    whoever edits a file can record the matching sha256 beside it.
    """
    if recorded != digest(config, data):
        raise InputError(
            str(path),
            f"does not belong to {owner} (sha256 differs: another run's file, or an edited {owner})",
        )


def write_staged_text(path: str | Path, text: str) -> None:
    """Write UTF-8 ``text`` to a new file in a folder that nobody sees yet (a run's staging folder,
    :func:`qlens_q.runfiles.staged`), in place: the folder is published whole by one rename, so a file
    needs neither :func:`atomic_write_bytes`' temporary file nor its ``fsync`` (about 0.5 ms a file
    here: a run writes thousands of circuit files)."""
    try:
        with open(path, "xb") as fh:  # "x": never over an existing file
            fh.write(text.encode("utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot be written ({exc.strerror or type(exc).__name__})") from None


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
            data = read_bytes(path, MAX_DISTRIBUTION_BYTES, name)  # a regular file (checked again, open)
            if path.suffix.lower() == ".npy":
                values: Any = np.load(BytesIO(data), allow_pickle=False)
            else:
                content = data.decode("utf-8")
                values = _numbers(content) if path.suffix.lower() != ".json" else None
                if values is None:
                    # strict: a NaN is named by its field
                    values = loads_json(content, name, f"{text}: ", what="a list of numbers")
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
