"""The one exception tree of the application.

Services raise these with a catalogue key and the values of the message (``caseapp/text``), not with finished
text: the edge that shows the error (the desktop's presenter, the command line, the central server) renders it
in its user's language with ``render(language)``. ``field`` names the input that is wrong, so a form can show
the message next to it.
"""

from __future__ import annotations

from caseapp.text import DEFAULT_LANGUAGE, translate


class CaseAppError(Exception):
    """Base of every error the application expects and can explain."""

    def __init__(self, key: str, /, *, field: str | None = None, details: dict | None = None,
                 **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values
        self.field = field
        self.details = details or {}

    def render(self, language: str | None = DEFAULT_LANGUAGE) -> str:
        """The message for a person, in ``language`` (mn or en)."""
        return translate(self.key, language, **self.values)

    @property
    def message(self) -> str:
        return self.render(DEFAULT_LANGUAGE)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


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
