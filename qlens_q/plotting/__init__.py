"""Figures of a QLENS run (matplotlib, Agg canvas, PNG written atomically)."""

from qlens_q.plotting.figures import make_figures

__all__ = ["make_figures"]
