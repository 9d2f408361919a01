"""Fixtures of the desktop tests."""

from __future__ import annotations

import pytest

from ui.i18n import install_language


@pytest.fixture
def mongolian(qapp):
    """The interface in Mongolian (the default), and back to it after a test that switched."""
    install_language(qapp, "mn")
    yield
    install_language(qapp, "mn")
