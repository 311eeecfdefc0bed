"""Dialogs: sign-in, passphrase, IOM import, about, review decisions."""
