"""Local storage: the encrypted SQLite (SQLCipher) database, its migrations and repositories."""
