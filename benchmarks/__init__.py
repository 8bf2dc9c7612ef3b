"""Benchmarks: scripts a developer runs from the repository root; they print numbers.

Not part of the test suite. See benchmarks/README.md.
"""
