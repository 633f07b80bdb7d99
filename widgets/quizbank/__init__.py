"""Self-check questions, one module per chapter."""
