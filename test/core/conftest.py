"""Pure-core tests: the plugin importable as ``nuudel`` (test/conftest.py links it)."""
