"""The error presenter tells a clerk what happened, in Mongolian by default."""

from caseapp.errors import PermissionDenied, StorageError, ValidationError
from ui.errors import message_for, title_for
from ui.i18n import install_language


def test_expected_errors_keep_their_message_and_get_a_plain_title(qapp):
    install_language(qapp, "mn")
    error = ValidationError("«Товч утга» талбарыг бөглөнө үү.", field="subject")
    assert title_for(error) == "Маягтаа шалгана уу" and message_for(error) == error.message
    assert title_for(PermissionDenied("x")) == "Эрх хүрэхгүй"
    assert title_for(StorageError("x")) == "Өгөгдлийн сангийн алдаа"


def test_a_bug_says_nothing_was_lost_and_what_to_tell_it(qapp):
    install_language(qapp, "mn")
    text = message_for(KeyError("due_date"))
    assert "алга болоогүй" in text and "KeyError" in text
    install_language(qapp, "en")
    try:
        assert "Nothing you saved is lost" in message_for(KeyError("due_date"))
        assert title_for(RuntimeError()) == "Unexpected error"
    finally:
        install_language(qapp, "mn")
