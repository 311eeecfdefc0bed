"""Where the app keeps its files and the settings it reads (no Qt, no SQL)."""
