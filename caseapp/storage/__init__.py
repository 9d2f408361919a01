"""SQLite storage: models, engine, unit of work, migrations, the event log and its projections."""
