"""Answering: ``compose(result) -> Answer``, extractive and cited, with abstention as named rules."""
