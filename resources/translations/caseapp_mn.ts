<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="21"/>
        <source>Demo data: %1 cases. Demo users: %2 (password: %3).</source>
        <translation>Жишээ өгөгдөл: %1 хэрэг. Жишээ хэрэглэгчид: %2 (нууц үг: %3).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="56"/>
        <source>First start</source>
        <translation>Анхны эхлэл</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="57"/>
        <source>Preparing demo data for the first start…</source>
        <translation>Анхны эхлэлд жишээ өгөгдөл бэлтгэж байна…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table.py" line="20"/>
        <source>Registered</source>
        <translation>Бүртгэгдсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="21"/>
        <source>In progress</source>
        <translation>Шийдвэрлэж байна</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="22"/>
        <source>Waiting for citizen</source>
        <translation>Иргэнийг хүлээж байна</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="23"/>
        <source>Decided</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="24"/>
        <source>Rejected</source>
        <translation>Татгалзсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="25"/>
        <source>Closed</source>
        <translation>Хаагдсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="26"/>
        <source>Withdrawn</source>
        <translation>Буцаан авсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="27"/>
        <source>Transferred out</source>
        <translation>Шилжүүлсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="67"/>
        <source>Case number</source>
        <translation>Хэргийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="67"/>
        <source>Citizen</source>
        <translation>Иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="67"/>
        <source>Register no.</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="67"/>
        <source>Registered on</source>
        <translation>Бүртгэсэн огноо</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="68"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="68"/>
        <source>Subject</source>
        <translation>Товч утга</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="68"/>
        <source>State</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="68"/>
        <source>Due date</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="125"/>
        <source>%1 overdue</source>
        <translation>%1 хэтэрсэн</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Please check the form</source>
        <translation>Маягтаа шалгана уу</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Not allowed</source>
        <translation>Эрх хүрэхгүй</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Not found</source>
        <translation>Олдсонгүй</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Cannot do this now</source>
        <translation>Одоо хийх боломжгүй</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Database problem</source>
        <translation>Өгөгдлийн сангийн алдаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Sync problem</source>
        <translation>Илгээлт, татан авалтын алдаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Cancelled</source>
        <translation>Цуцлагдлаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>Unexpected error</source>
        <translation>Гэнэтийн алдаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="35"/>
        <source>Something went wrong that the program did not expect. Nothing you saved is lost. Please tell your IT staff: %1</source>
        <translation>Программд урьдчилан тооцоогүй алдаа гарлаа. Хадгалсан мэдээлэл тань алга болоогүй. Мэдээллийн технологийн ажилтанд мэдэгдэнэ үү: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="46"/>
        <source>OK</source>
        <translation>За</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="27"/>
        <location filename="../../ui/login.py" line="45"/>
        <source>Sign in</source>
        <translation>Нэвтрэх</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="30"/>
        <source>%1 — workstation %2</source>
        <translation>%1 — ажлын байр %2</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="42"/>
        <source>User name</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="43"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="49"/>
        <source>Quit</source>
        <translation>Гарах</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Case management — %1</source>
        <translation>Хэрэг хөтлөлт — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Register number, case number or name…</source>
        <translation>Регистр, хэргийн дугаар эсвэл нэр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Office: %1 | Workstation: %2 | Waiting to sync: %3 | Database: %4</source>
        <translation>Байгууллага: %1 | Ажлын байр: %2 | Илгээгдээгүй: %3 | Өгөгдлийн сан: %4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>User: %1 (%2)</source>
        <translation>Хэрэглэгч: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Sign out</source>
        <translation>Системээс гарах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Session</source>
        <translation>&amp;Сесс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>All cases</source>
        <translation>Бүх хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>My cases</source>
        <translation>Миний хэргүүд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Office queue</source>
        <translation>Байгууллагын дараалал</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Due today</source>
        <translation>Өнөөдөр дуусах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Due within 3 working days</source>
        <translation>3 ажлын өдөрт дуусах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Overdue</source>
        <translation>Хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>Waiting for citizen</source>
        <translation>Иргэнийг хүлээж байна</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Recently closed</source>
        <translation>Сүүлд хаагдсан</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
