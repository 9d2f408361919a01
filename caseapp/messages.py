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
    "field.required": ("«{field}» талбарыг бөглөнө үү.", "Fill in “{field}”."),
    "field.too_long": ("«{field}» хамгийн ихдээ {max} тэмдэгт байна ({length} тэмдэгт оруулсан).",
                       "“{field}” can be at most {max} characters ({length} were entered)."),
    "field.control": ("«{field}» талбарт харагдахгүй удирдлагын тэмдэгт байна; текстээ дахин бичнэ үү.",
                      "“{field}” contains invisible control characters; please type the text again."),
    "field.phone": ("Утасны дугаар зөвхөн цифр (6-20), «+», зай, зураас агуулна.",
                    "A phone number has 6-20 digits and may contain “+”, spaces and dashes."),
    "field.choice": ("«{field}» дараахын нэг байна: {allowed}.", "“{field}” must be one of: {allowed}."),
    "field.days": ("«{field}» 1-365 хоногийн хооронд байна.", "“{field}” must be between 1 and 365 days."),
    "label.register_no": ("Регистрийн дугаар", "Register number"),
    "label.family_name": ("Овог", "Family name"),
    "label.given_name": ("Нэр", "Given name"),
    "label.phone": ("Утас", "Phone"),
    "label.address": ("Хаяг", "Address"),
    "label.email": ("И-мэйл", "E-mail"),
    "label.service": ("Үйлчилгээ", "Service"),
    "label.subject": ("Товч утга", "Subject"),
    "label.description": ("Дэлгэрэнгүй", "Description"),
    "label.channel": ("Хүлээн авсан суваг", "Channel"),
    "label.reason": ("Шалтгаан", "Reason"),
    "label.text": ("Текст", "Text"),
    "label.days": ("Хоног", "Days"),
    "label.outcome": ("Шийдвэр", "Outcome"),
    "label.applicant_kind": ("Өргөдөл гаргагчийн төрөл", "Applicant type"),
    "label.assignee": ("Хариуцагч", "Assignee"),
    "label.date": ("Огноо", "Date"),
    "label.signatory_name": ("Гарын үсэг зурах албан тушаалтны нэр", "Signatory's name"),
    "label.signatory_title": ("Гарын үсэг зурах албан тушаал", "Signatory's title"),
    # the service catalogue (admin)
    "label.name_mn": ("Нэр (монголоор)", "Name (Mongolian)"),
    "label.name_en": ("Нэр (англиар)", "Name (English)"),
    "label.clock": ("Хугацаа тоолох арга", "Clock"),
    "label.target_days": ("Шийдвэрлэх хугацаа", "Target days"),
    "label.max_extension_days": ("Сунгах дээд хугацаа", "Maximum extension"),
    "label.roll_forward": ("Амралтын өдрөөс дараагийн ажлын өдөрт шилжүүлэх", "Roll forward to a working day"),
    "label.fee_mnt": ("Төлбөр (₮)", "Fee (MNT)"),
    "label.active": ("Идэвхтэй", "Active"),
    "label.legal_basis_mn": ("Хуулийн үндэслэл", "Legal basis"),
    "catalogue.days": ("«{field}» 0-{max} хоногийн хооронд бүхэл тоо байна.",
                       "“{field}” must be a whole number of days from 0 to {max}."),
    "catalogue.fee": ("«{field}» 0-ээс багагүй бүхэл тоо (төгрөг) байна.",
                      "“{field}” must be a whole number of tögrög, 0 or more."),
    "catalogue.flag": ("«{field}» тийм эсвэл үгүй гэсэн утгатай байна.", "“{field}” must be yes or no."),
    "catalogue.unknown_field": ("Үйлчилгээний «{name}» гэсэн талбарыг өөрчлөх боломжгүй.",
                                "The service field “{name}” cannot be changed."),
    "catalogue.not_found": ("Үйлчилгээ олдсонгүй: «{code}».", "Service not found: “{code}”."),
}


def set_language(language: str) -> None:
    global _language
    _language = "en" if language == "en" else "mn"


def language() -> str:
    return _language


def message(key: str, **values: object) -> str:
    mn, en = MESSAGES[key]
    return (en if _language == "en" else mn).format(**values)
