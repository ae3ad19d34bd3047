"""The list of Nuudel's algorithm classes (the provider registers each)."""

ALGORITHMS = []
