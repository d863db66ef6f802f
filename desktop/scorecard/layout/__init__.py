"""Find every table in a grid, give each column and row a role with its evidence."""
