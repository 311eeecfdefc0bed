"""Thin Qt models over rows from the storage layer (paging, filter and sort stay in SQL)."""
