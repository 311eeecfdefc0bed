"""Database: models, engines, transactions and migrations."""
