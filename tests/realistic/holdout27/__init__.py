"""The twenty-seventh hold-out set: fixtures the importer is measured on once, after the work on it."""
