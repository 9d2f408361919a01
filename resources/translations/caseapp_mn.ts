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
        <location filename="../../ui/app.py" line="67"/>
        <source>First start</source>
        <translation>Анхны эхлэл</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="68"/>
        <source>Preparing demo data for the first start…</source>
        <translation>Анхны эхлэлд жишээ өгөгдөл бэлтгэж байна…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="69"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/intake.py" line="230"/>
        <source>Is this the same person?</source>
        <translation>Энэ нэг хүн үү?</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="234"/>
        <source>Register number</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="234"/>
        <source>Family name</source>
        <translation>Овог</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="235"/>
        <source>Given name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="235"/>
        <source>Born</source>
        <translation>Төрсөн</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="235"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="236"/>
        <source>Open cases</source>
        <translation>Нээлттэй хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="240"/>
        <source>What was typed</source>
        <translation>Оруулсан мэдээлэл</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="242"/>
        <source>Typed</source>
        <translation>Оруулсан</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="252"/>
        <source>Use the selected record</source>
        <translation>Сонгосон бүртгэлийг ашиглах</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="254"/>
        <source>Register as a new person</source>
        <translation>Шинэ хүн болгон бүртгэх</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="262"/>
        <source>Records that may be this applicant are already registered.</source>
        <translation>Энэ өргөдөл гаргагч байж болох бүртгэл аль хэдийн байна.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table.py" line="21"/>
        <source>Registered</source>
        <translation>Бүртгэгдсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="22"/>
        <source>In progress</source>
        <translation>Шийдвэрлэж байна</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="23"/>
        <source>Waiting for citizen</source>
        <translation>Иргэнийг хүлээж байна</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="24"/>
        <source>Decided</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="25"/>
        <source>Rejected</source>
        <translation>Татгалзсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="26"/>
        <source>Closed</source>
        <translation>Хаагдсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="27"/>
        <source>Withdrawn</source>
        <translation>Буцаан авсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="28"/>
        <source>Transferred out</source>
        <translation>Шилжүүлсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="71"/>
        <source>Case number</source>
        <translation>Хэргийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="71"/>
        <source>Citizen</source>
        <translation>Иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="71"/>
        <source>Register no.</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="71"/>
        <source>Registered on</source>
        <translation>Бүртгэсэн огноо</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="72"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="72"/>
        <source>Subject</source>
        <translation>Товч утга</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="72"/>
        <source>State</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="72"/>
        <source>Due date</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="128"/>
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
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake.py" line="41"/>
        <source>New case</source>
        <translation>Шинэ хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="49"/>
        <source>Citizen</source>
        <translation>Иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="49"/>
        <source>Organisation</source>
        <translation>Хуулийн этгээд</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="50"/>
        <source>Foreign resident</source>
        <translation>Гадаадын иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="71"/>
        <source>Counter</source>
        <translation>Биечлэн</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="71"/>
        <location filename="../../ui/intake.py" line="83"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="71"/>
        <source>Letter</source>
        <translation>Албан бичиг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="80"/>
        <source>Register number</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="81"/>
        <source>Applicant</source>
        <translation>Өргөдөл гаргагч</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="82"/>
        <source>Family name</source>
        <translation>Овог</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="83"/>
        <source>Given name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="84"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="84"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="85"/>
        <source>Subject</source>
        <translation>Товч утга</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="86"/>
        <source>Description</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="87"/>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="97"/>
        <source>Due date</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="99"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Хадгалах (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="100"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="154"/>
        <source>Born %1</source>
        <translation>Төрсөн: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="157"/>
        <source>Known citizen: %1 %2, open cases: %3</source>
        <translation>Бүртгэлтэй иргэн: %1 %2, нээлттэй хэрэг: %3</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="27"/>
        <location filename="../../ui/login.py" line="41"/>
        <source>Sign in</source>
        <translation>Нэвтрэх</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="30"/>
        <source>%1 — workstation %2</source>
        <translation>%1 — ажлын байр %2</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="39"/>
        <source>User name</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="40"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="41"/>
        <source>Quit</source>
        <translation>Гарах</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Case management — %1</source>
        <translation>Хэрэг хөтлөлт — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Register number, case number or name…</source>
        <translation>Регистр, хэргийн дугаар эсвэл нэр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Office: %1 | Workstation: %2 | Waiting to sync: %3 | Database: %4</source>
        <translation>Байгууллага: %1 | Ажлын байр: %2 | Илгээгдээгүй: %3 | Өгөгдлийн сан: %4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>User: %1 (%2)</source>
        <translation>Хэрэглэгч: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Sign out</source>
        <translation>Системээс гарах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Change password…</source>
        <translation>Нууц үг солих…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <source>&amp;Session</source>
        <translation>&amp;Сесс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>New case…</source>
        <translation>Шинэ хэрэг…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Cases</source>
        <translation>&amp;Хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Your password was changed.</source>
        <translation>Нууц үг тань солигдлоо.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Registered %1, due %2</source>
        <translation>%1 бүртгэгдлээ, шийдвэрлэх хугацаа %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>All cases</source>
        <translation>Бүх хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>My cases</source>
        <translation>Миний хэргүүд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Office queue</source>
        <translation>Байгууллагын дараалал</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Due today</source>
        <translation>Өнөөдөр дуусах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Due within 3 working days</source>
        <translation>3 ажлын өдөрт дуусах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Overdue</source>
        <translation>Хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Waiting for citizen</source>
        <translation>Иргэнийг хүлээж байна</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Recently closed</source>
        <translation>Сүүлд хаагдсан</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password.py" line="20"/>
        <source>Change password</source>
        <translation>Нууц үг солих</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="29"/>
        <source>Current password</source>
        <translation>Одоогийн нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="30"/>
        <source>New password</source>
        <translation>Шинэ нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="31"/>
        <source>New password again</source>
        <translation>Шинэ нууц үг дахин</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="33"/>
        <source>Change</source>
        <translation>Солих</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="33"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="41"/>
        <source>The two new passwords are not the same.</source>
        <translation>Шинэ нууц үгнүүд ижил биш байна.</translation>
    </message>
</context>
</TS>
