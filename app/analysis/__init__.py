"""Gap analysis and development plan: pure functions, no Qt, no I/O."""
