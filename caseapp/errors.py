"""The one exception tree of the application.

Services raise these; the UI's error presenter and the CLI turn them into messages a clerk understands.
Every error carries a message already fit for a user (Mongolian by default) and, where it applies, the
name of the field that is wrong, so that a form can show the message next to that field.
"""

from __future__ import annotations


class CaseAppError(Exception):
    """Base of every error the application expects and can explain."""

    def __init__(self, message: str, *, field: str | None = None, details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.details = details or {}

    def __str__(self) -> str:
        return self.message


class ValidationError(CaseAppError):
    """Input is wrong; nothing was written."""


class NotFoundError(CaseAppError):
    """The thing asked for does not exist."""


class PermissionDenied(CaseAppError):
    """The user's role or office does not allow this action."""


class ConflictError(CaseAppError):
    """The data changed underneath the action, or the action is illegal in the current state."""


class StorageError(CaseAppError):
    """The database could not be read or written (disk full, locked, corrupt)."""


class SyncError(CaseAppError):
    """Talking to the central server failed."""


class CancelledError(CaseAppError):
    """The user cancelled a long operation; nothing was kept."""
