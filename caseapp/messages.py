"""Messages the service layer gives to people, in Mongolian (default) and English.

The desktop sets the language with ``set_language``; the command line stays Mongolian. Qt's own translation
system covers the widgets; this covers the text that services put into errors.
"""

from __future__ import annotations

_language = "mn"

MESSAGES: dict[str, tuple[str, str]] = {
    "register.empty": ("Регистрийн дугаараа оруулна уу.", "Enter the register number."),
    "register.format": ("Регистрийн дугаар 2 үсэг, 8 оронтой тоо (жишээ нь УБ99031512) эсвэл хуулийн этгээдийн "
                        "7 оронтой тоо байна.",
                        "A register number is 2 letters and 8 digits (for example УБ99031512), or 7 digits for "
                        "a legal entity."),
    "register.latin": ("Регистрийн дугаарын үсгийг кирилл үсгээр бичнэ үү (гарын байрлалаа шалгана уу).",
                       "Type the letters of the register number in Cyrillic (check the keyboard layout)."),
    "register.letters": ("Регистрийн дугаарын эхний хоёр тэмдэгт монгол кирилл үсэг (А-Я, Ө, Ү) байна.",
                         "The first two characters must be Mongolian Cyrillic letters (А-Я, Ө, Ү)."),
    "register.date": ("Регистрийн дугаарын 3-8 дахь орон дахь төрсөн огноо ({digits}) байх боломжгүй огноо байна.",
                      "The birth date in the register number ({digits}) is not a possible date."),
    "register.future": ("Регистрийн дугаарын төрсөн огноо ({digits}) ирээдүйд байна.",
                        "The birth date in the register number ({digits}) is in the future."),
}


def set_language(language: str) -> None:
    global _language
    _language = "en" if language == "en" else "mn"


def language() -> str:
    return _language


def message(key: str, **values: object) -> str:
    mn, en = MESSAGES[key]
    return (en if _language == "en" else mn).format(**values)
