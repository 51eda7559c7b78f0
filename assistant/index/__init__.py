"""The index: the embedding model, build-and-swap of one build (Chroma, lexical index, sentence table,
manifest) under the single writer, and the read-only view of the serving build."""
