"""Bundled sample scorecard and the script that writes it."""
