"""Ingest: files to ``Document``s with metadata, their section tree, chunks with exact offsets, theme labels."""
