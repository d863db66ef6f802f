"""Bundled resources: sample scorecard, style sheet, briefing template."""
