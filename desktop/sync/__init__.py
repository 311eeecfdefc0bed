"""Sync with the central endpoint: HTTP session, credentials, push, pull, integrity check.

No Qt here: the window runs `SyncService` calls on its network worker, when `schedule.SyncSchedule`
says a sync is due (`desktop.ui.operations.sync.SyncRunner`).
"""
