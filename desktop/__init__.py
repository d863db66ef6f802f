"""Scrutineer: council performance scorecards, read offline, for scrutiny members."""

__version__ = "0.1.0"
