"""Record kinds, validation, reference data and the sync wire format.

No Qt and no SQL here: the desktop client and the central endpoint both import this package so
that both sides validate the same way.
"""
