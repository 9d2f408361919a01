from datetime import date

import pytest

from caseapp.domain import register as regno

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize("text, value, born", [
    ("УБ99031512", "УБ99031512", date(1999, 3, 15)),          # 1900s: month as is
    ("ЖЭ05251707", "ЖЭ05251707", date(2005, 5, 17)),          # 2000s: month + 20
    ("ӨҮ00210101", "ӨҮ00210101", date(2000, 1, 1)),           # Ө and Ү are letters of the alphabet
    ("уб99031512", "УБ99031512", date(1999, 3, 15)),          # lower case
    (" УБ 9903 1512 ", "УБ99031512", date(1999, 3, 15)),     # spaces
    ("УБ-99031512", "УБ99031512", date(1999, 3, 15)),         # dash
    ("AB99031512", "АВ99031512", date(1999, 3, 15)),          # Latin A, B look exactly like Cyrillic А, В
    ("ТА26301101", "ТА26301101", date(2026, 10, 11)),         # born this year (month 30 = October)
])
def test_valid_citizen_numbers(text, value, born):
    parsed = regno.parse(text, today=TODAY)
    assert parsed.value == value
    assert parsed.kind == "person"
    assert parsed.birth_date == born


def test_legal_entity_has_seven_digits():
    parsed = regno.parse("2012345", today=TODAY)
    assert parsed.kind == "organisation" and parsed.birth_date is None


@pytest.mark.parametrize("text, code", [
    ("", "empty"),
    ("   ", "empty"),
    ("УБ9903151", "format"),          # 7 digits after letters
    ("УБ990315123", "format"),        # 9 digits
    ("У99031512", "format"),          # one letter
    ("12345678", "format"),           # no letters, not 7 digits
    ("УБ99023012", "date"),           # 30 February 1999
    ("УБ99130112", "date"),           # month 13
    ("УБ99000112", "date"),           # month 0
    ("УБ05330112", "date"),           # month 33 (2000s rule: 13)
    ("УБ05320012", "date"),           # day 0
    ("УБ27210112", "future"),         # 2027: not born yet
    ("UB99031512", "latin"),          # U is not a look-alike
    ("ЁБ99031512", "letters"),        # Ё is outside А-Я
    ("УБ9903151X", "format"),
    ("<b>УБ99031512</b>", "format"),
])
def test_invalid_numbers_give_a_reason(text, code):
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(text, today=TODAY)
    assert info.value.code == code


def test_make_round_trips_both_centuries():
    for born in (date(1950, 12, 31), date(1999, 1, 1), date(2000, 2, 29), date(2012, 11, 30)):
        number = regno.make("ТЭ", born, 7)
        assert regno.parse(number, today=TODAY).birth_date == born


def test_leap_day_rules():
    assert regno.parse("АА00222901", today=TODAY).birth_date == date(2000, 2, 29)
    with pytest.raises(regno.RegisterNumberError):
        regno.parse("АА01222901", today=TODAY)    # 2001 is not a leap year


@pytest.mark.parametrize("text, fragment_mn, fragment_en", [
    ("", "оруулна уу", "Enter"),
    ("UB99031512", "кирилл", "Cyrillic"),
    ("УБ99023012", "990230", "990230"),
    ("УБ27210112", "ирээдүйд", "future"),
    ("=1+1", "2 үсэг, 8 оронтой", "2 letters and 8 digits"),
])
def test_the_clerk_is_told_why_in_her_language(text, fragment_mn, fragment_en):
    from caseapp.errors import ValidationError
    from caseapp.services.citizens import parse_register_number

    with pytest.raises(ValidationError) as info:
        parse_register_number(text, today=TODAY)
    assert info.value.field == "register_no"
    assert fragment_mn in info.value.render("mn") and fragment_mn in str(info.value)     # Mongolian by default
    assert fragment_en in info.value.render("en")
