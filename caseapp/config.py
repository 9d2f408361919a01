"""Where things live on this machine."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "caseapp"
DB_ENV = "CASEAPP_DB"


def default_db_path() -> Path:
    """``$CASEAPP_DB`` if set, else the user data directory (e.g. ~/.local/share/caseapp/caseapp.sqlite3)."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "caseapp.sqlite3"
