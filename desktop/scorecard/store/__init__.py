"""The only stage that touches the database: one file, one transaction."""
