"""Sync with a shared PostgreSQL team store; the SQLite store stays the working copy (no Qt)."""
