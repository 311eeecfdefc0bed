"""The Qt client: widgets, Qt models, dialogs and translations (the only PySide6 importer).

Widgets never hold SQL or HTTP: they call small operation functions (`operations/`) that run
through the one background-task gateway (`tasks.py`) and announce what changed on the app-wide
`records_changed` signal (`events.py`), which every view answers for itself.
"""

from .frozen_qt import prepare as _prepare_frozen_qt

_prepare_frozen_qt()  # the frozen app's deferred Qt set-up (a no-op from source)
