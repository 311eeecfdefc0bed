"""User intents as small functions: each runs its work through the task gateway and reports
back with `on_done(result)` / `on_error(exc)` on the GUI thread; those that change records
announce it on `events.records_changed`. Widgets call these; they hold no SQL and no HTTP."""
