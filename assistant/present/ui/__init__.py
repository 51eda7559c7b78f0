"""The Streamlit app: layout and wiring only; no retrieval or answer logic lives here.

``navigation`` is the static page table, ``pages/`` has one module per page, ``widgets``
the shared building blocks, ``sidebar`` the filters and ``state`` what pages share.
"""
