"""Exceptions raised by qlens-q.

Every error a user can cause derives from :class:`QlensError`, so the command
line turns it into a one-line message and a non-zero exit instead of a
traceback. :class:`InputError` (also a :class:`ValueError`) names the offending
argument and the problem.
"""

from __future__ import annotations


class QlensError(Exception):
    """Base class of all errors that qlens-q reports to a user."""


class InputError(QlensError, ValueError):
    """An argument, a file or a number that qlens-q refuses.

    The message always starts with the name of the argument, e.g.
    ``"p_in: probabilities must sum to 1 within 1e-06 (sum = 0.9)"``.
    """

    def __init__(self, argument: str, problem: str) -> None:
        self.argument = argument
        self.problem = problem
        super().__init__(f"{argument}: {problem}")


class SimulationError(QlensError, RuntimeError):
    """The simulator failed (crashed, refused the circuit, or returned nothing)."""
