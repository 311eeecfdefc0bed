"""The cyclic garbage collector paused while a sync moves records in bulk.

A pull page of thousands of records parses into hundreds of thousands of small objects (models,
dicts, UUIDs), and a push batch into a thousand mutations and their answers. Allocating them
starts the collector's passes over and over, and each pass walks the page built so far, and
every now and then every object of the process: about half of a page's parsing time. These
objects hold no reference cycles: reference counting frees them when the page is stored.

So while a sync runs, the objects alive before it (modules, the application's state) are left
out of the collector's scans (`gc.freeze`) and automatic collection is paused; both are given
back when the last sync running in the process ends, and the collector then finds whatever
cycles were made meanwhile (a sync makes few: its sessions and requests). Nothing else in the
application changes the collector's settings.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_active = 0
_was_enabled = False


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause automatic cyclic collection (and freeze what is alive) for the block. Nested or
    concurrent blocks share one pause; the collector's state is restored when the last ends."""
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.freeze()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                gc.unfreeze()
                if _was_enabled:
                    gc.enable()
