"""Persistence only: rows, the store, queries and migrations. Never imports desktop."""
