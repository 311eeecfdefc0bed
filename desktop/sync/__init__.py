"""Sync with the central endpoint: HTTP session, credentials, push, pull, integrity check.

No Qt here; the window wraps `SyncService` and `BackgroundSync` in its task gateway.
"""
