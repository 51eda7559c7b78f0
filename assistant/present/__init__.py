"""Presentation: the CLI, the evaluation harness, export, the feedback store and the Streamlit pages."""
