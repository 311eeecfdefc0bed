"""Focal Point Desk: JVAP country reports and missing-migrant records, offline first."""

__version__ = "0.1.0"
APP_NAME = "Focal Point Desk"
