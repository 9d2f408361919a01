"""Register numbers (docs/architecture.md §12): two Cyrillic letters (А-Я, Ө, Ү) + 8 digits, YYMMDD of birth with the
month +20 for births from 2000; legal entities have seven digits. Every date below is written by hand."""

from datetime import date

import pytest

from caseapp.domain import register as regno

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize("stored, month", [(21, 1), (22, 2), (23, 3), (24, 4), (25, 5), (26, 6), (27, 7), (28, 8),
                                           (29, 9), (30, 10), (31, 11), (32, 12)])
def test_months_21_to_32_are_the_months_of_births_from_2000(stored, month):
    parsed = regno.parse(f"ТА10{stored:02d}1507", today=TODAY)
    assert parsed.birth_date == date(2010, month, 15)
    assert parsed.kind == "person" and parsed.value == f"ТА10{stored:02d}1507"


@pytest.mark.parametrize("month", range(1, 13))
def test_months_1_to_12_are_births_of_the_1900s(month):
    assert regno.parse(f"ТА88{month:02d}1507", today=TODAY).birth_date == date(1988, month, 15)


def test_a_december_birth_from_2000_on():
    assert regno.parse("ЧБ05321201", today=TODAY).birth_date == date(2005, 12, 12)
    assert regno.parse("ЧБ00323101", today=TODAY).birth_date == date(2000, 12, 31)
    assert regno.birth_date_from_digits("253231") == date(2025, 12, 31)


def test_the_century_edges():
    assert regno.parse("УБ99123101", today=TODAY).birth_date == date(1999, 12, 31)
    assert regno.parse("УБ00210101", today=TODAY).birth_date == date(2000, 1, 1)
    assert regno.parse("УБ00010101", today=TODAY).birth_date == date(1900, 1, 1)


@pytest.mark.parametrize("digits", ["991301", "990001", "992001", "053301", "059901", "990230", "990431",
                                    "053100", "990132", "012229"])
def test_impossible_birth_dates(digits):
    with pytest.raises(ValueError):
        regno.birth_date_from_digits(digits)
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(f"УБ{digits}12", today=TODAY)
    assert info.value.code == "date"


def test_born_today_is_fine_born_tomorrow_is_not():
    assert regno.parse("АА26312701", today=TODAY).birth_date == date(2026, 11, 27)
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse("АА26312801", today=TODAY)
    assert info.value.code == "future"


def test_future_is_judged_against_the_given_day():
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse("АА15210101", today=date(2010, 1, 1))
    assert info.value.code == "future"
    assert regno.parse("АА15210101", today=date(2015, 1, 1)).birth_date == date(2015, 1, 1)


@pytest.mark.parametrize("text", ["1234567", "0000000", " 123 4567 ", "123-4567"])
def test_a_legal_entity_has_seven_digits(text):
    parsed = regno.parse(text, today=TODAY)
    assert parsed.kind == "organisation" and parsed.birth_date is None
    assert parsed.value == text.replace(" ", "").replace("-", "")
    assert str(parsed) == parsed.value


@pytest.mark.parametrize("text", ["123456", "12345678", "123456789"])
def test_other_digit_counts_are_not_register_numbers(text):
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(text, today=TODAY)
    assert info.value.code == "format"


@pytest.mark.parametrize("letters", ["ӨҮ", "ҮӨ", "ӨА", "АҮ", "АЯ", "ЯА", "ӨӨ", "ҮҮ"])
def test_the_letters_of_the_mongolian_alphabet(letters):
    parsed = regno.parse(f"{letters}99031512", today=TODAY)
    assert parsed.value == f"{letters}99031512" and parsed.birth_date == date(1999, 3, 15)


def test_lower_case_mongolian_letters_are_upper_cased():
    assert regno.parse("өү99031512", today=TODAY).value == "ӨҮ99031512"
    assert regno.parse("яа99031512", today=TODAY).value == "ЯА99031512"


@pytest.mark.parametrize("letters", ["ЁБ", "БЁ", "ЂА", "ЇА", "ӘА", "1А", "А1", "ΑΒ", "@@", "_Б", "Б[", "^`"])
def test_letters_outside_the_alphabet(letters):
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(f"{letters}99031512", today=TODAY)
    assert info.value.code == "letters"
    assert info.value.text == f"{letters}99031512"


def test_latin_look_alikes_become_cyrillic():
    assert regno.normalise("ABEKMHOPCTXY") == "АВЕКМНОРСТХУ"
    assert regno.normalise("abekmhopctxy") == "АВЕКМНОРСТХУ"
    assert regno.parse("XY99031512", today=TODAY).value == "ХУ99031512"
    assert regno.parse("oc99031512", today=TODAY).value == "ОС99031512"


def test_normalise_drops_spaces_and_dashes_only():
    assert regno.normalise(" уб - 9903\t1512\n") == "УБ99031512"
    assert regno.normalise("") == "" and regno.normalise(None) == ""
    assert regno.normalise("уб.99") == "УБ.99"


@pytest.mark.parametrize("text", ["UB99031512", "УZ99031512", "ZZ99031512", "DD99031512", "UB9903151", "U1",
                                  "1U99031512", "Z1", "УZ", "ZZ12", "1Z"])
def test_latin_letters_that_are_not_look_alikes(text):
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(text, today=TODAY)
    assert info.value.code == "latin"


@pytest.mark.parametrize("text", ["У", "12", "12UB", "УБ", "УБ9903151٣", "УБ９９031512", "УББ99031512", "УБZ1",
                                  "^1", "_Б", "[]"])
def test_what_is_no_number_at_all(text):
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(text, today=TODAY)
    assert info.value.code == "format"


@pytest.mark.parametrize("text", ["", " ", " - ", None])
def test_an_empty_number(text):
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(text, today=TODAY)
    assert info.value.code == "empty"


def test_the_error_names_its_reason_and_the_text():
    error = regno.RegisterNumberError("date", "УБ99023012")
    assert str(error) == "date: 'УБ99023012'"
    assert isinstance(error, ValueError)


@pytest.mark.parametrize("born, serial, number", [
    (date(1999, 3, 15), 12, "ТЭ99031512"),
    (date(1999, 12, 31), 1, "ТЭ99123101"),
    (date(2000, 1, 1), 7, "ТЭ00210107"),
    (date(2005, 12, 9), 99, "ТЭ05320999"),
    (date(1950, 10, 5), 0, "ТЭ50100500"),
])
def test_make_writes_the_number_by_the_rule(born, serial, number):
    assert regno.make("ТЭ", born, serial) == number
    assert regno.parse(number, today=TODAY).birth_date == born


@pytest.mark.parametrize("text, code", [("  ", "empty"), ("UB99031512", "latin"), ("УБ9903", "format"),
                                        ("уб 99023012", "date"), ("УБ27210112", "future"), ("ЁБ99031512", "letters"),
                                        ("DD99031512", "latin"), ("UB9903", "latin")])
def test_the_error_keeps_what_the_clerk_typed(text, code):
    with pytest.raises(regno.RegisterNumberError) as info:
        regno.parse(text, today=TODAY)
    assert (info.value.code, info.value.text) == (code, text)
