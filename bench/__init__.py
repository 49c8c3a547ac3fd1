"""Benchmarks: they print JSON figures and never fail on a timing."""
