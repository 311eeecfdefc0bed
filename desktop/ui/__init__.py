"""The Qt client: widgets, Qt models, dialogs and translations (the only PySide6 importer).

Widgets never hold SQL or HTTP: they call small operation functions (`operations/`) that run
through the one background-task gateway (`tasks.py`) and announce what changed on the app-wide
`records_changed` signal (`events.py`), which every view answers for itself.
"""
