"""presslens."""
