"""Benchmarks for `make bench`: every timing is reported as a ratio to a floor measured in the same run."""
