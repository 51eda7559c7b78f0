"""Beleidswijzer: extractive, cited answers from municipal safety policy plans."""

__version__ = "0.1.0"
