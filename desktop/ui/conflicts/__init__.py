"""Conflict resolution: local and server versions side by side, chosen field by field."""
