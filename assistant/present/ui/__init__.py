"""Streamlit page renderers: layout and wiring only; no retrieval or answer logic lives here."""
