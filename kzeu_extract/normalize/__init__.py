"""Pure functions (no spaCy): language guessing, dates, numbers, names."""
