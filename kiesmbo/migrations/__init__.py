"""Alembic migration environment of the kiesmbo schema (run through kiesmbo.db.upgrade_schema)."""
