"""Local database: SQLAlchemy models, the SQLite engine, migrations."""
