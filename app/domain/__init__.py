"""Domain models: pydantic only, no Qt and no file I/O."""
