"""What one cell or heading means: numbers, targets, ratings, periods."""
