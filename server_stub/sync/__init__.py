"""Sync: push (idempotent, conflict-checked writes), pull (resumable, scoped) and checksums."""
