"""Release tooling for Focal Point Desk: `make release`, TUF repository, signing.

Run as `PYTHONPATH=scripts python -m focal_release COMMAND` (the Makefile does).
"""
