"""The command line's own words: answers, prompts and argument errors."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "cli.error": "алдаа",
    "cli.unexpected": "программд урьдчилан тооцоогүй алдаа гарлаа ({error}); хадгалсан зүйл алдагдаагүй. "
                      "Дэлгэрэнгүйг {log} файлд бичлээ: мэдээллийн технологийн ажилтанд өгнө үү.",
    "cli.interrupted": "цуцлагдлаа",
    "cli.argument_not_text": "{option} утга UTF-8 текст биш байна ({value}); терминалын кодчиллыг шалгана уу.",
    "cli.password_prompt": "Нууц үг: ",
    "cli.password_again": "Дахин: ",
    "cli.passwords_differ": "Нууц үгнүүд таарахгүй байна.",
    "cli.password_needs_file": "Нууц үгийг --password-file-аар өгнө үү (терминал алга).",
    "cli.password_file_unreadable": "Нууц үгийн файлыг уншиж чадсангүй: {reason} ({path})",
    "cli.password_file_not_text": "Нууц үгийн файл UTF-8 текст биш байна ({path}).",
    "cli.recorded_as": "бүртгэлд: {username}",
    "cli.no_acting_user": "Энэ үйлдлийг хийх эрхтэй ({roles}) идэвхтэй хэрэглэгч алга; --as НЭР-ээр зааж өгнө үү.",
    "cli.cannot_read": "Файлыг уншиж чадсангүй: {reason} ({path})",
    "cli.bad_date": "огноо ЖЖЖЖ-СС-ӨӨ хэлбэртэй байна: {text!r}",
    "cli.date_out_of_range": "огноо {first}-{last} оны хооронд байна: {text!r}",
    "cli.bad_pause": "түр зогсоолт ЭХЛЭХ:ҮРГЭЛЖЛҮҮЛЭХ хэлбэртэй байна: {text!r}",
    "cli.not_a_number": "бүхэл тоо биш: {text!r}",
    "cli.not_positive": "1 буюу түүнээс их тоо байна: {text!r}",
    "cli.negative": "0 буюу түүнээс их тоо байна: {text!r}",
    "cli.year_out_of_range": "он {first}-{last} хооронд байна: {text!r}",
    "cli.options_required": "«{action}»-д {options} заавал.",
    "cli.initialised": "Эхлүүлэв: {office} {name}, ажлын байр {node}, админ {admin}; {offices} байгууллага, "
                       "{services} үйлчилгээ. Өгөгдлийн сан: {path}",
    "cli.demo_done": "{cases} хэрэг, {citizens} шинэ иргэн, {events} үйл явдал ({first} - {last}) {seconds} "
                     "секундэд нэмэгдлээ: {path}",
    "cli.demo_users": "Жишээ хэрэглэгчид: {users}; нууц үг: {password}",
    "cli.rebuilt": "Дахин байгуулав ({seconds} с): {counts}",
    "cli.check_ok": "OK ({seconds} с): {counts}",
    "cli.check_failed": "АЛДАА: {problems} зөрчил илэрлээ ({seconds} с):",
    "cli.user_added": "Нэмэв: {username} ({role})",
    "cli.password_changed": "Нууц үг солигдлоо: {username}",
    "cli.user_locked": "Түгжив: {username}",
    "cli.user_unlocked": "Нээв: {username}",
    "cli.calendar_add_day_off": "Амралтын өдөр болгов: {date}",
    "cli.calendar_add_workday": "Ажлын өдөр болгов: {date}",
    "cli.calendar_clear": "Шийдвэрийг цуцлав: {date}",
    "cli.default_decree_reason": "Засгийн газрын шийдвэрээр",
    "cli.days_overdue": "{days} хоног хэтэрсэн",
    "cli.deadline_from_reference": "{path} өгөгдлийн сан алга: лавлах үйлчилгээний жагсаалт, нийтийн амралтын "
                                   "өдрүүдээр тооцов.",
    "cli.verify_unknown": "олдсонгүй: ийм баримт бичиг бүртгэлд алга",
    "cli.verify_altered": "олдсонгүй: файл өөрчлөгдсөн байж болзошгүй",
    "cli.reminders_written": "{count} сануулга: {path}",
    "cli.report_written": "Тайлан бичигдлээ: {path} ({rows} мөр; {sheets}; {seconds} с)",
}
