"""The keys of the small facts the sync keeps in the `sync_state` table (JSON values): one
place for `desktop.storage.sync_state` and the driver-only `desktop.storage.quick_look`."""

CURSOR = "pull_cursor"
ACCOUNT = "account"
LAST_SYNC = "last_sync"
