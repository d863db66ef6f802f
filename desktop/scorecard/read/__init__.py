"""Spreadsheet and CSV files in, one plain cell grid out (no meaning yet)."""
