"""Asking: question understanding, hybrid retrieval and fusion, ranking maths as pure functions."""
