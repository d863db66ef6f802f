"""Alembic migrations of the store's schema (run in code by db.store, never from an ini file)."""
