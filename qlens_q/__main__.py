"""The ``qlens-q`` console script and ``python -m qlens_q``: interrupts handled from the first line.

Loading the command line (:mod:`qlens_q.cli`: Qiskit, numpy, scipy) takes about a second. The
handlers are set before it loads: SIGINT or SIGTERM while it loads prints one line and exits 130
at once (nothing has been written yet). Then :func:`qlens_q.cli.main` runs the command, where an
interrupt is a ``KeyboardInterrupt`` (one line, exit 130, nothing half-written) until the outcome
is final, and is ignored after it, through the interpreter's shutdown: a command that has printed
its result is never reported as interrupted, and never ends by a signal without a line.

The console script and ``python -m qlens_q`` run :func:`console`: once the command has returned,
the exit handlers run, standard output and error are flushed, and the process ends without the
interpreter unloading its modules one by one (torch, Qiskit, matplotlib ...: the time outside a
built-in run's stages went from 7.1-7.4 s to 5.7 s, ``experiments/results/bench_cold.jsonl``).
:func:`main` itself returns the exit code, for callers in Python.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

#: The exit code of an interrupted command (:data:`qlens_q.cli.EXIT_INTERRUPTED`).
EXIT_INTERRUPTED = 130
SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _while_loading(_signum: int, _frame: object) -> None:
    """An interrupt while the command line loads: one line, exit 130 (no traceback, nothing to clean up)."""
    os.write(2, b"qlens-q: interrupted\n")
    os._exit(EXIT_INTERRUPTED)


def main(argv: Sequence[str] | None = None) -> int:
    """Set the interrupt handlers, load the command line and run it (see the module docstring)."""
    for sig in SIGNALS:  # a SIGINT the shell ignores (nohup, a background job) stays ignored
        if sig == signal.SIGTERM or signal.getsignal(sig) is not signal.SIG_IGN:
            signal.signal(sig, _while_loading)
    from qlens_q import cli

    for sig in SIGNALS:  # handed over without a gap: an interrupt is always handled by one or the other
        if signal.getsignal(sig) is _while_loading:
            signal.signal(sig, cli._interrupt)
    try:
        return cli.main(argv)
    except KeyboardInterrupt:  # in the few steps before cli.main's own boundary
        cli._STATE["finished"] = True
        os.write(2, b"qlens-q: interrupted\n")
        return EXIT_INTERRUPTED


def console() -> NoReturn:
    """The ``qlens-q`` console script: :func:`main`, then the process ends at once (see the module docstring).

    The command's outcome is final when :func:`main` returns (an interrupt is ignored from then on),
    so nothing is left to do but what a normal exit does besides unloading modules: the exit
    handlers (``atexit``) and flushing the standard streams. Threads still alive are idle ones (Aer's
    job pool, tqdm's monitor): their work ended with the command.
    """
    code = main()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing more can be written
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    console()
