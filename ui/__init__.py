"""PySide6 user interface. Talks to caseapp.services only and receives plain data."""
