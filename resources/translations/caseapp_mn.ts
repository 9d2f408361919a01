<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="283"/>
        <source>Assign to</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="285"/>
        <location filename="../../ui/case_view.py" line="289"/>
        <source>New service</source>
        <translation>Шинэ үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="296"/>
        <source>Days (at most %1)</source>
        <translation>Хоног (ихдээ %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="298"/>
        <source>Asked for %1 days: %2</source>
        <translation>%1 хоног хүссэн: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="307"/>
        <source>Outcome</source>
        <translation>Шийдвэр</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="308"/>
        <source>Decision text</source>
        <translation>Шийдвэрийн агуулга</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="310"/>
        <location filename="../../ui/case_view.py" line="313"/>
        <source>Receiving office</source>
        <translation>Хүлээн авах байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="316"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="318"/>
        <source>Note for the receiving office</source>
        <translation>Хүлээн авах байгууллагад тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="319"/>
        <source>The cover letter is made next, for printing.</source>
        <translation>Дараа нь хэвлэх албан бичиг үүснэ.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="327"/>
        <source>Save</source>
        <translation>Хадгалах</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="327"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="356"/>
        <source>Choose from the list.</source>
        <translation>Жагсаалтаас сонгоно уу.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="27"/>
        <source>Demo data made: %1 cases.</source>
        <translation>Жишээ өгөгдөл бэлэн: %1 хэрэг.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="48"/>
        <source>This database is open read-only (the file, its folder or the disk may not be written): you can sign in and look, but nothing can be changed.</source>
        <translation>Энэ өгөгдлийн санг зөвхөн унших горимоор нээлээ (файл, түүний хавтас эсвэл дискэнд бичих эрхгүй): нэвтэрч харах боломжтой, гэхдээ юу ч өөрчлөх боломжгүй.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="53"/>
        <source>⚠ This database is older than the last change made at this workstation (change %1 of %2): it was restored from a backup or lost its last changes. New case numbers continue after the ones already handed out. Tell your IT staff before this workstation syncs.</source>
        <translation>⚠ Энэ өгөгдлийн сан энэ ажлын байрны хамгийн сүүлийн өөрчлөлтөөс хуучин байна (%2-оос %1-р өөрчлөлт): нөөцөөс сэргээсэн эсвэл сүүлийн өөрчлөлтүүд нь алдагдсан. Шинэ хэргийн дугаар өмнө олгосон дугааруудын дараагаас үргэлжилнэ. Энэ ажлын байр синк хийхээс өмнө МТ-ийн ажилтандаа мэдэгдээрэй.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>Backup made: %1</source>
        <translation>Нөөц хийлээ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>The daily backup failed: %1</source>
        <translation>Өдөр тутмын нөөц хийж чадсангүй: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>This workstation (%1) joined the office %2 and holds its cases. Sign in with your user name and password as at the office&apos;s other computers.</source>
        <translation>Энэ ажлын байр (%1) %2 байгууллагад нэгдэж, хэргүүдийг нь татсан. Байгууллагын бусад компьютер дээрхтэй адил нэр, нууц үгээрээ нэвтэрнэ үү.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>%1, workstation %2 is set up. Sign in as the administrator %3 and add the office&apos;s users (menu: Users and roles).</source>
        <translation>%1, ажлын байр %2 бэлэн боллоо. Админ %3 нэрээр нэвтэрч байгууллагын хэрэглэгчдийг нэмнэ үү (цэс: Хэрэглэгч ба эрх).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161"/>
        <source>First start</source>
        <translation>Анхны эхлэл</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="162"/>
        <source>Preparing demo data for the first start…</source>
        <translation>Анхны эхлэлд жишээ өгөгдөл бэлтгэж байна…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <location filename="../../ui/assign_dialog.py" line="45"/>
        <location filename="../../ui/assign_dialog.py" line="71"/>
        <source>Assign cases</source>
        <translation>Хэрэг хуваарилах</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="52"/>
        <source>%1 selected cases: %2</source>
        <translation>Сонгосон %1 хэрэг: %2</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="55"/>
        <source>Assign to</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="57"/>
        <source>Assign</source>
        <translation>Хуваарилах</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="57"/>
        <location filename="../../ui/assign_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="67"/>
        <source>Choose a colleague.</source>
        <translation>Ажилтнаа сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="71"/>
        <source>Assigning cases…</source>
        <translation>Хэргүүдийг хуваарилж байна…</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../ui/calendar_editor.py" line="36"/>
        <source>Public holiday</source>
        <translation>Нийтээр амрах баярын өдөр</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="37"/>
        <source>Decreed day off</source>
        <translation>Тогтоолоор амрах өдөр</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="38"/>
        <source>Decreed working day</source>
        <translation>Тогтоолоор ажиллах өдөр</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="77"/>
        <source>Working-day calendar</source>
        <translation>Ажлын өдрийн хуанли</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="98"/>
        <source>Public holidays are bold, decreed days off bold and underlined, decreed working days italic and underlined. Saturdays and Sundays are not working days.</source>
        <translation>Баярын өдрүүд тод, тогтоолоор амрах өдрүүд тод бөгөөд доогуур зураастай, тогтоолоор ажиллах өдрүүд налуу бөгөөд доогуур зураастай. Бямба, ням гараг ажлын өдөр биш.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="105"/>
        <source>For example: Government resolution No. 123</source>
        <translation>Жишээ нь: Засгийн газрын 123 дугаар тогтоол</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="107"/>
        <source>&amp;Reason</source>
        <translation>&amp;Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="109"/>
        <source>Mark as &amp;day off</source>
        <translation>&amp;Амрах өдөр болгох</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="112"/>
        <source>Mark as &amp;working day</source>
        <translation>А&amp;жлын өдөр болгох</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="115"/>
        <source>&amp;Clear decreed change</source>
        <translation>&amp;Тогтоолын өөрчлөлтийг арилгах</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="186"/>
        <source>Special days in %1</source>
        <translation>%1-ийн онцгой өдрүүд</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="200"/>
        <source>No holidays or decreed changes this month.</source>
        <translation>Энэ сард баярын өдөр, тогтоолын өөрчлөлт алга.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="213"/>
        <source>Weekend (not a working day)</source>
        <translation>Амралтын өдөр (ажлын өдөр биш)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="214"/>
        <source>Working day</source>
        <translation>Ажлын өдөр</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="276"/>
        <source>Saved: %1. Open cases&apos; due dates were recalculated.</source>
        <translation>Хадгаллаа: %1. Нээлттэй хэргүүдийн шийдвэрлэх хугацааг дахин тооцлоо.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/intake.py" line="351"/>
        <source>Is this the same person?</source>
        <translation>Энэ нэг хүн үү?</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="355"/>
        <source>Register number</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="355"/>
        <source>Family name</source>
        <translation>Овог</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="356"/>
        <source>Given name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="356"/>
        <source>Born</source>
        <translation>Төрсөн</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="356"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="357"/>
        <source>Open cases</source>
        <translation>Нээлттэй хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="361"/>
        <source>What was typed</source>
        <translation>Оруулсан мэдээлэл</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="363"/>
        <source>Typed</source>
        <translation>Оруулсан</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="377"/>
        <source>Use the selected record</source>
        <translation>Сонгосон бүртгэлийг ашиглах</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="380"/>
        <source>Register as a new person</source>
        <translation>Шинэ хүн болгон бүртгэх</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="388"/>
        <source>Records that may be this applicant are already registered.</source>
        <translation>Энэ өргөдөл гаргагч байж болох бүртгэл аль хэдийн байна.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Case number</source>
        <translation>Хэргийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Citizen</source>
        <translation>Иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Register no.</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Registered on</source>
        <translation>Бүртгэсэн огноо</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>Subject</source>
        <translation>Товч утга</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>State</source>
        <translation>Төлөв</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>Due date</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="214"/>
        <source>%1 overdue</source>
        <translation>%1 хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="216"/>
        <source>%1 due soon</source>
        <translation>%1 удахгүй дуусна</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="44"/>
        <source>&amp;Start work</source>
        <translation>&amp;Ажил эхлүүлэх</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="45"/>
        <source>&amp;Wait for citizen…</source>
        <translation>&amp;Иргэнийг хүлээх…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="46"/>
        <source>&amp;Resume</source>
        <translation>Ү&amp;ргэлжлүүлэх</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="47"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Шийдвэрлэх…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="48"/>
        <source>C&amp;lose</source>
        <translation>&amp;Хаах</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="49"/>
        <source>Ask for e&amp;xtension…</source>
        <translation>&amp;Сунгалт хүсэх…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="52"/>
        <source>&amp;Assign…</source>
        <translation>Хари&amp;уцагч солих…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="53"/>
        <source>Change ser&amp;vice…</source>
        <translation>Ү&amp;йлчилгээ солих…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="54"/>
        <source>Withdrawn by citi&amp;zen…</source>
        <translation>Иргэн буцаан а&amp;всан…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="55"/>
        <source>Reo&amp;pen…</source>
        <translation>Дахин &amp;нээх…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="58"/>
        <source>Accept the trans&amp;fer</source>
        <translation>Шилжүүлгийг &amp;хүлээн авах</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="66"/>
        <location filename="../../ui/case_view.py" line="451"/>
        <source>Registered</source>
        <translation>Бүртгэсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="67"/>
        <source>Assigned</source>
        <translation>Хариуцагч оноосон</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="68"/>
        <source>Work started</source>
        <translation>Ажил эхэлсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="69"/>
        <source>Waiting for citizen</source>
        <translation>Иргэнийг хүлээж байна</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="70"/>
        <source>Resumed</source>
        <translation>Үргэлжлүүлсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="71"/>
        <source>Deadline extended</source>
        <translation>Хугацаа сунгасан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="72"/>
        <source>Extension asked for</source>
        <translation>Сунгалт хүссэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="73"/>
        <source>Extension declined</source>
        <translation>Сунгалтаас татгалзсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="74"/>
        <source>Service changed</source>
        <translation>Үйлчилгээ сольсон</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="75"/>
        <source>Decided</source>
        <translation>Шийдвэрлэсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="76"/>
        <source>Closed</source>
        <translation>Хаасан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="77"/>
        <source>Withdrawn</source>
        <translation>Буцаан авсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="78"/>
        <source>Reopened</source>
        <translation>Дахин нээсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="79"/>
        <source>Transfer offered</source>
        <translation>Шилжүүлэхээр илгээсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="80"/>
        <source>Transfer accepted</source>
        <translation>Шилжүүлгийг хүлээн авсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="81"/>
        <source>Transfer returned</source>
        <translation>Шилжүүлгийг буцаасан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="82"/>
        <source>Transfer offer withdrawn</source>
        <translation>Шилжүүлгийн саналыг буцаан авсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="83"/>
        <source>Note</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="84"/>
        <source>Document issued</source>
        <translation>Баримт бичиг гаргасан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="85"/>
        <source>Conflict resolved</source>
        <translation>Зөрчлийг шийдсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="86"/>
        <source>Refused change set aside</source>
        <translation>Татгалзсан өөрчлөлтийг хассан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="92"/>
        <source>Approved</source>
        <translation>Зөвшөөрсөн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="93"/>
        <source>Rejected</source>
        <translation>Татгалзсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="94"/>
        <source>Answered</source>
        <translation>Хариу өгсөн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="109"/>
        <location filename="../../ui/case_view.py" line="685"/>
        <source>%1 days</source>
        <translation>%1 хоног</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>made again</source>
        <translation>дахин хийсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="231"/>
        <source>Withdrawn on %1</source>
        <translation>%1-нд буцаан авсан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="232"/>
        <source>Finished on %1</source>
        <translation>%1-нд дууссан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="236"/>
        <source>Decided on %1, %2 days after the due date</source>
        <translation>%1-нд шийдвэрлэсэн, хугацаанаас %2 хоног хоцорсон</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="237"/>
        <source>Decided on %1, on time</source>
        <translation>%1-нд хугацаандаа шийдвэрлэсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="241"/>
        <source>No deadline</source>
        <translation>Хугацаагүй</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="254"/>
        <source>⚠ %1 days overdue (due %2)</source>
        <translation>⚠ %1 хоног хэтэрсэн (хугацаа %2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="257"/>
        <source>⚠ Due today (%1)</source>
        <translation>⚠ Өнөөдөр дуусна (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="258"/>
        <source>%1 days left (due %2)</source>
        <translation>%1 хоног үлдсэн (хугацаа %2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="429"/>
        <location filename="../../ui/case_view.py" line="652"/>
        <source>Case %1</source>
        <translation>Хэрэг %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="436"/>
        <source>Loading…</source>
        <translation>Уншиж байна…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="445"/>
        <source>Deadline</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="450"/>
        <source>Citizen</source>
        <translation>Иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="450"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="451"/>
        <source>Subject</source>
        <translation>Товч утга</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="452"/>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="452"/>
        <source>Assigned to</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="453"/>
        <source>Due date</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="453"/>
        <source>Paused time</source>
        <translation>Зогссон хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="454"/>
        <source>Extension</source>
        <translation>Сунгалт</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="454"/>
        <source>Decision</source>
        <translation>Шийдвэр</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="466"/>
        <source>Description</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="471"/>
        <source>Timeline</source>
        <translation>Түүх</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="482"/>
        <source>Notes</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="486"/>
        <source>New note</source>
        <translation>Шинэ тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="487"/>
        <source>Write a note for colleagues (Ctrl+Enter adds it)</source>
        <translation>Хамт ажиллагсдад тэмдэглэл бичнэ үү (Ctrl+Enter нэмнэ)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="490"/>
        <source>Add &amp;note</source>
        <translation>Тэмдэглэл н&amp;эмэх</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="506"/>
        <source>The citizen&apos;s other cases</source>
        <translation>Иргэний бусад хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="517"/>
        <source>Case details</source>
        <translation>Хэргийн дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="518"/>
        <source>&amp;Timeline</source>
        <translation>Тү&amp;үх</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="519"/>
        <source>N&amp;otes</source>
        <translation>Тэ&amp;мдэглэл</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="520"/>
        <source>Citizen&apos;s other &amp;cases</source>
        <translation>Иргэний бусад хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="524"/>
        <source>Documents issued</source>
        <translation>Гаргасан баримтууд</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="525"/>
        <source>Reprint the selected document a&amp;gain</source>
        <translation>Сонгосон баримтыг &amp;дахин хэвлэх</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="531"/>
        <source>Issued docu&amp;ments</source>
        <translation>Гаргасан &amp;баримтууд</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <source>Receipt (A5)</source>
        <translation>Хүлээн авсан баримт (A5)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <source>Receipt (80 mm roll)</source>
        <translation>Хүлээн авсан баримт (80 мм цаас)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="535"/>
        <source>Response letter</source>
        <translation>Өргөдлийн хариу бичиг</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="535"/>
        <source>Extension notice</source>
        <translation>Сунгалтын мэдэгдэл</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="536"/>
        <source>Transfer letter…</source>
        <translation>Шилжүүлэх албан бичиг…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="536"/>
        <source>Case file</source>
        <translation>Хэргийн хавтас</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="558"/>
        <source>New case for t&amp;his citizen</source>
        <translation>Энэ иргэнээс шинэ хүсэ&amp;лт авах</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="560"/>
        <source>Ctrl+Shift+N: the intake with this citizen filled in</source>
        <translation>Ctrl+Shift+N: энэ иргэнийг бөглөсөн шинэ хэргийн маягт</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="566"/>
        <source>&amp;Both sides: resolve the conflict…</source>
        <translation>&amp;Зөрчлийг шийдэх: хоёр тал…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="589"/>
        <source>This case was just changed at another workstation: it is shown as it is now.</source>
        <translation>Энэ хэргийг саяхан өөр ажлын байранд өөрчилсөн: одоогийн байдлаар харуулж байна.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="653"/>
        <source> — ⚠ conflicting changes, a manager must look</source>
        <translation> — ⚠ зөрчилтэй өөрчлөлт, менежер шалгах шаардлагатай</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="658"/>
        <source> — offered to %1 since %2</source>
        <translation> — %2-наас хойш %1-д шилжүүлэхээр санал болгосон</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="659"/>
        <source> — offered to your office by %1 since %2</source>
        <translation> — %1 танай байгууллагад %2-нд шилжүүлэхээр санал болгосон</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="664"/>
        <source> — held by %1</source>
        <translation> — %1 эзэмшиж байна</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="666"/>
        <source> — taken over from %1</source>
        <translation> — %1-аас шилжиж ирсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="683"/>
        <source>nobody</source>
        <translation>хэн ч биш</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="686"/>
        <source>%1 of %2 days used</source>
        <translation>%2 хоногоос %1 хоногийг ашигласан</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="693"/>
        <source>%1 more days asked for: %2</source>
        <translation>%1 хоног нэмж хүссэн: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="707"/>
        <source>Citizen&apos;s other &amp;cases (%1)</source>
        <translation>Иргэний бусад хэрэг (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="122"/>
        <location filename="../../ui/case_view.py" line="723"/>
        <source>reprint</source>
        <translation>дахин хэвлэсэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="50"/>
        <source>&amp;Extend…</source>
        <translation>Сун&amp;гах…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="51"/>
        <source>Decl&amp;ine extension…</source>
        <translation>Сунгалтаас &amp;татгалзах…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="56"/>
        <source>Trans&amp;fer to another office…</source>
        <translation>&amp;Өөр байгууллагад шилжүүлэх…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="57"/>
        <source>With&amp;draw the offer…</source>
        <translation>Шилжүүлгийн саналаа буцаан &amp;авах…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="59"/>
        <source>&amp;Return the transfer…</source>
        <translation>Шилжүүлгийг бу&amp;цаах…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="245"/>
        <source>‖ Waiting for the citizen since %1 (%2 days); if resumed today, due %3</source>
        <translation>‖ %1-нээс иргэнийг хүлээж байна (%2 хоног); өнөөдөр үргэлжлүүлбэл шийдвэрлэх хугацаа %3</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="541"/>
        <source>Doc&amp;uments</source>
        <translation>Баримт би&amp;чиг</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="820"/>
        <source>Reprint</source>
        <translation>Дахин хэвлэх</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="115"/>
        <source>Service catalogue</source>
        <translation>Үйлчилгээний жагсаалт</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="120"/>
        <source>Part of the code or the name</source>
        <translation>Код эсвэл нэрийн хэсэг</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="122"/>
        <source>F&amp;ind</source>
        <translation>&amp;Хайх</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="159"/>
        <source> days</source>
        <translation> хоног</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="168"/>
        <source>Continues on the same clock</source>
        <translation>Хугацаа үргэлжилнэ</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="169"/>
        <source>Restarts from the day it is accepted</source>
        <translation>Хүлээн авсан өдрөөс дахин тоолно</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="171"/>
        <source>&amp;Active (offered at the counter)</source>
        <translation>&amp;Идэвхтэй (цонхоор үзүүлнэ)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="173"/>
        <source>&amp;Save</source>
        <translation>Х&amp;адгалах</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="181"/>
        <source>Changes apply to new cases only: cases already registered keep the clock and due date they were registered with.</source>
        <translation>Өөрчлөлт зөвхөн шинэ хэрэгт үйлчилнэ: бүртгэгдсэн хэргүүд бүртгэх үеийн хугацааны дүрэм, шийдвэрлэх хугацаагаа хадгална.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="194"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="195"/>
        <source>Name (&amp;Mongolian)</source>
        <translation>Нэр (&amp;монголоор)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="195"/>
        <source>Name (&amp;English)</source>
        <translation>Нэр (&amp;англиар)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="196"/>
        <source>C&amp;lock</source>
        <translation>Х&amp;угацааны төрөл</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="196"/>
        <source>&amp;Target</source>
        <translation>&amp;Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="197"/>
        <source>Maximum e&amp;xtension</source>
        <translation>Сунгах &amp;дээд хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="198"/>
        <source>&amp;Fee</source>
        <translation>Хураамж</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="199"/>
        <source>Deadline of a case taken &amp;over</source>
        <translation>Ши&amp;лжиж ирсэн хэргийн хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="299"/>
        <source>Nothing was changed.</source>
        <translation>Өөрчлөлт алга.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="312"/>
        <source>Saved %1. New cases of this service follow the new rules; cases already registered keep theirs.</source>
        <translation>%1-ийг хадгаллаа. Энэ үйлчилгээний шинэ хэргүүд шинэ дүрмээр, бүртгэгдсэн хэргүүд хуучин дүрмээрээ явна.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="28"/>
        <source>Calendar days</source>
        <translation>Хуанлийн хоног</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="29"/>
        <source>Working days</source>
        <translation>Ажлын өдөр</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="66"/>
        <source>Yes</source>
        <translation>Тийм</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="66"/>
        <source>No</source>
        <translation>Үгүй</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Clock</source>
        <translation>Хугацааны төрөл</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Target days</source>
        <translation>Хугацаа (хоног)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="85"/>
        <source>Max. extension</source>
        <translation>Дээд сунгалт</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="85"/>
        <source>Fee (MNT)</source>
        <translation>Хураамж (₮)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="85"/>
        <source>Active</source>
        <translation>Идэвхтэй</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_view.py" line="73"/>
        <source>Conflicts of case %1</source>
        <translation>%1 хэргийн зөрчил</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="84"/>
        <location filename="../../ui/conflict_view.py" line="85"/>
        <location filename="../../ui/conflict_view.py" line="93"/>
        <source>Why (recorded with the resolution)</source>
        <translation>Шалтгаан (шийдвэртэй хамт бүртгэгдэнэ)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="89"/>
        <source>To enter another value, keep one side, then change it with the case&apos;s own actions.</source>
        <translation>Өөр утга оруулах бол нэг талыг үлдээгээд хэргийн үйлдлээр өөрчилнө үү.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="112"/>
        <source>No open conflicts: resolved already.</source>
        <translation>Шийдэгдээгүй зөрчил алга: аль хэдийн шийдсэн.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="122"/>
        <source>The value shown now</source>
        <translation>Одоо харагдаж буй утга</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="123"/>
        <source>The other side</source>
        <translation>Нөгөө тал</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="126"/>
        <source>(nothing: the case as it was)</source>
        <translation>(юу ч биш: хэрэг хэвээрээ)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="134"/>
        <source>&amp;Keep the value shown</source>
        <translation>Харагдаж буй утгыг &amp;үлдээх</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="137"/>
        <source>Take the &amp;other side</source>
        <translation>&amp;Нөгөө талыг сонгох</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="141"/>
        <source>This change cannot be repeated with one click: keep a side, then use the case&apos;s actions.</source>
        <translation>Энэ өөрчлөлтийг нэг товшилтоор давтах боломжгүй: нэг талыг үлдээгээд хэргийн үйлдлийг ашиглана уу.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflict_view.py" line="21"/>
        <source>Changed at two workstations at once, neither seeing the other</source>
        <translation>Хоёр ажлын байранд нэгэн зэрэг, бие биенээ харалгүй өөрчилсөн</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="23"/>
        <source>Done by an office that did not hold the case at that moment</source>
        <translation>Тухайн үед хэргийг эзэмшээгүй байгууллага хийсэн</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="25"/>
        <source>Came too late: the case had already moved on</source>
        <translation>Хэтэрхий оройтсон: хэрэг аль хэдийн өөр шатанд шилжсэн</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="31"/>
        <source>Assignee</source>
        <translation>Хариуцагч</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="32"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="33"/>
        <source>Reason</source>
        <translation>Шалтгаан</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="34"/>
        <source>Days</source>
        <translation>Хоног</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="35"/>
        <source>Outcome</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="36"/>
        <source>Text</source>
        <translation>Бичвэр</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="37"/>
        <source>Date</source>
        <translation>Огноо</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="38"/>
        <source>Receiving office</source>
        <translation>Хүлээн авах байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="39"/>
        <source>Note</source>
        <translation>Тэмдэглэл</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="59"/>
        <source>%1 at %2 (%3), %4</source>
        <translation>%1, %2 (%3), %4</translation>
    </message>
</context>
<context>
    <name>DocumentReadyDialog</name>
    <message>
        <location filename="../../ui/document_dialog.py" line="36"/>
        <source>%1 is ready.</source>
        <translation>%1 бэлэн боллоо.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="36"/>
        <source>%1 for case %2 is ready.</source>
        <translation>%2 дугаартай хэргийн %1 бэлэн боллоо.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="44"/>
        <location filename="../../ui/document_dialog.py" line="48"/>
        <source>Verification code</source>
        <translation>Баталгаажуулах код</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="53"/>
        <source>&amp;Print…</source>
        <translation>&amp;Хэвлэх…</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="56"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF файлаар &amp;хадгалах…</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="84"/>
        <source>Sent to the printer.</source>
        <translation>Хэвлэгч рүү илгээлээ.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="96"/>
        <source>Saved: %1</source>
        <translation>Хадгаллаа: %1</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/document_dialog.py" line="17"/>
        <source>Receipt</source>
        <translation>Хүлээн авсан баримт</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="18"/>
        <source>Response letter</source>
        <translation>Өргөдлийн хариу бичиг</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="19"/>
        <source>Extension notice</source>
        <translation>Сунгалтын мэдэгдэл</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="20"/>
        <source>Transfer letter</source>
        <translation>Шилжүүлэх албан бичиг</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="21"/>
        <source>Case file</source>
        <translation>Хэргийн хавтас</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="24"/>
        <source>%1 (80 mm roll)</source>
        <translation>%1 (80 мм цаас)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Please check the form</source>
        <translation>Маягтаа шалгана уу</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Not allowed</source>
        <translation>Эрх хүрэхгүй</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Not found</source>
        <translation>Олдсонгүй</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Cannot do this now</source>
        <translation>Одоо хийх боломжгүй</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Database problem</source>
        <translation>Өгөгдлийн сангийн алдаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Sync problem</source>
        <translation>Илгээлт, татан авалтын алдаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Cancelled</source>
        <translation>Цуцлагдлаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Unexpected error</source>
        <translation>Гэнэтийн алдаа</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Something went wrong that the program did not expect. Nothing you saved is lost. Please tell your IT staff: %1</source>
        <translation>Программд урьдчилан тооцоогүй алдаа гарлаа. Хадгалсан мэдээлэл тань алга болоогүй. Мэдээллийн технологийн ажилтанд мэдэгдэнэ үү: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>OK</source>
        <translation>За</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="34"/>
        <source>First start</source>
        <translation>Анхны эхлэл</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="37"/>
        <source>This workstation has no data yet. Set it up for your office, or try the program with demo data first. IT staff can also set up a workstation from the command line with “caseapp init”.</source>
        <translation>Энэ ажлын байранд өгөгдөл алга байна. Байгууллагадаа тохируулах юм уу эхлээд жишээ өгөгдлөөр туршина уу. МТ-ийн ажилтан ажлын байрыг тушаалын мөрөөс “caseapp init”-ээр бас тохируулж болно.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="43"/>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <source>Set up this office</source>
        <translation>Энэ байгууллагыг тохируулах</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="47"/>
        <source>Type part of the name or code</source>
        <translation>Нэр эсвэл кодын хэсгийг бичнэ үү</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>Each computer of the office gets its own number (1 for the first).</source>
        <translation>Байгууллагын компьютер бүр өөрийн дугаартай (эхнийх нь 1).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="78"/>
        <source>Office</source>
        <translation>Байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="80"/>
        <source>Workstation number</source>
        <translation>Ажлын байрны дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="81"/>
        <source>Administrator&apos;s user name</source>
        <translation>Админы нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="82"/>
        <source>Administrator&apos;s full name</source>
        <translation>Админы овог нэр</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="83"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="84"/>
        <source>Password again</source>
        <translation>Нууц үг дахин</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="90"/>
        <source>Join an existing office</source>
        <translation>Ажиллаж буй байгууллагад нэгдэх</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="92"/>
        <source>Another computer of the office already works with the central server: ask your IT staff for the server&apos;s address and a one-time code (caseapp central enroll-code). This workstation then gets the office&apos;s cases and users.</source>
        <translation>Байгууллагын өөр компьютер төв сервертэй ажилладаг бол мэдээллийн технологийн ажилтнаасаа серверийн хаяг, нэг удаагийн код (caseapp central enroll-code) аваарай. Тэгвэл энэ ажлын байр байгууллагын хэрэг, хэрэглэгчдийг татаж авна.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="101"/>
        <source>12 letters and digits</source>
        <translation>12 үсэг, тоо</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="102"/>
        <source>&amp;Join the office</source>
        <translation>Байгууллагад &amp;нэгдэх</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="108"/>
        <source>Server address</source>
        <translation>Серверийн хаяг</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="114"/>
        <source>One-time code</source>
        <translation>Нэг удаагийн код</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="123"/>
        <source>Try it with demo data</source>
        <translation>Жишээ өгөгдлөөр турших</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="127"/>
        <source>Quit</source>
        <translation>Гарах</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="202"/>
        <source>The two passwords are not the same.</source>
        <translation>Хоёр нууц үг ижил биш байна.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="232"/>
        <source>Type the server&apos;s address and the one-time code.</source>
        <translation>Серверийн хаяг, нэг удаагийн кодоо бичнэ үү.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake.py" line="42"/>
        <source>New case</source>
        <translation>Шинэ хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="50"/>
        <source>Citizen</source>
        <translation>Иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="50"/>
        <source>Organisation</source>
        <translation>Хуулийн этгээд</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="51"/>
        <source>Foreign resident</source>
        <translation>Гадаадын иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="75"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="72"/>
        <source>Register number</source>
        <translation>Регистрийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="73"/>
        <source>Applicant</source>
        <translation>Өргөдөл гаргагч</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="74"/>
        <source>Family name</source>
        <translation>Овог</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="75"/>
        <source>Given name</source>
        <translation>Нэр</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="76"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="57"/>
        <location filename="../../ui/intake.py" line="76"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="77"/>
        <source>Subject</source>
        <translation>Товч утга</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="78"/>
        <source>Description</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="79"/>
        <source>Channel</source>
        <translation>Суваг</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="89"/>
        <source>Due date</source>
        <translation>Шийдвэрлэх хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="91"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Хадгалах (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="92"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="93"/>
        <source>Save and print receipt (Ctrl+P)</source>
        <translation>Хадгалаад баримт хэвлэх (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="200"/>
        <source>Citizens served lately</source>
        <translation>Сүүлд үйлчилсэн иргэд</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="203"/>
        <source>Down arrow: the citizens served lately</source>
        <translation>Доош сум: сүүлд үйлчилсэн иргэд</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="268"/>
        <source>Born %1</source>
        <translation>Төрсөн: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="271"/>
        <source>Known citizen: %1 %2, open cases: %3</source>
        <translation>Бүртгэлтэй иргэн: %1 %2, нээлттэй хэрэг: %3</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="29"/>
        <source>Letterhead</source>
        <translation>Хэвлэмэл хуудасны толгой</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="34"/>
        <source>Office</source>
        <translation>Байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="35"/>
        <source>Address</source>
        <translation>Хаяг</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="35"/>
        <source>Phone</source>
        <translation>Утас</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="36"/>
        <source>Signatory&apos;s title</source>
        <translation>Гарын үсэг зурах албан тушаал</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="37"/>
        <source>Signatory&apos;s name</source>
        <translation>Гарын үсэг зурах хүний нэр</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="42"/>
        <location filename="../../ui/letterhead_dialog.py" line="86"/>
        <source>No logo</source>
        <translation>Лого алга</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="45"/>
        <source>Choose a PNG logo…</source>
        <translation>PNG лого сонгох…</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="48"/>
        <source>Remove the logo</source>
        <translation>Лого хасах</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="54"/>
        <source>Logo</source>
        <translation>Лого</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="56"/>
        <source>Save</source>
        <translation>Хадгалах</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="56"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="63"/>
        <source>Only an administrator changes the letterhead.</source>
        <translation>Хэвлэмэл хуудасны толгойг зөвхөн админ өөрчилнө.</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="89"/>
        <source>Choose a PNG logo</source>
        <translation>PNG лого сонгох</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="89"/>
        <source>PNG images (*.png)</source>
        <translation>PNG зураг (*.png)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="25"/>
        <location filename="../../ui/login.py" line="39"/>
        <source>Sign in</source>
        <translation>Нэвтрэх</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="28"/>
        <source>%1 — workstation %2</source>
        <translation>%1 — ажлын байр %2</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="37"/>
        <source>User name</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="38"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="39"/>
        <source>Quit</source>
        <translation>Гарах</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <source>Notice</source>
        <translation>Мэдэгдэл</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="66"/>
        <source>Demo database. Demo users: %1 (password: %2).</source>
        <translation>Жишээ өгөгдлийн сан. Жишээ хэрэглэгчид: %1 (нууц үг: %2).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Case management — %1</source>
        <translation>Хэрэг хөтлөлт — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Register number, case number or name…</source>
        <translation>Регистр, хэргийн дугаар эсвэл нэр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Office: %1 | Workstation: %2 | Waiting to sync: %3 | Database: %4</source>
        <translation>Байгууллага: %1 | Ажлын байр: %2 | Илгээгдээгүй: %3 | Өгөгдлийн сан: %4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>User: %1 (%2)</source>
        <translation>Хэрэглэгч: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Sign out</source>
        <translation>Системээс гарах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Change password…</source>
        <translation>Нууц үг солих…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Session</source>
        <translation>&amp;Сесс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>New case…</source>
        <translation>Шинэ хэрэг…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Cases</source>
        <translation>&amp;Хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Cases</source>
        <translation>Хэргүүд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Queues</source>
        <translation>Дараалал</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Search</source>
        <translation>Хайх</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>All services</source>
        <translation>Бүх үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>All states</source>
        <translation>Бүх төлөв</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Settings…</source>
        <translation>Тохиргоо…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>New case for the same citizen…</source>
        <translation>Ижил иргэнд шинэ хэрэг…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>The citizen of the case just registered, or of the selected case</source>
        <translation>Дөнгөж бүртгэсэн, эсвэл сонгосон хэргийн иргэн</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Open case</source>
        <translation>Хэрэг нээх</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Print today&apos;s reminders…</source>
        <translation>Өнөөдрийн сануулга хэвлэх…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Assign selected cases…</source>
        <translation>Сонгосон хэргийг хуваарилах…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Excel report…</source>
        <translation>Excel тайлан…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Reports</source>
        <translation>&amp;Тайлан</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Administration</source>
        <translation>&amp;Удирдлага</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Working-day calendar…</source>
        <translation>Ажлын өдрийн хуанли…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Service catalogue…</source>
        <translation>Үйлчилгээний жагсаалт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Users and roles…</source>
        <translation>Хэрэглэгч ба эрх…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Letterhead…</source>
        <translation>Хэвлэмэл хуудасны толгой…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Office: %1 | Workstation: %2</source>
        <translation>Байгууллага: %1 | Ажлын байр: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Database: %1</source>
        <translation>Өгөгдлийн сан: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>No reminders today.</source>
        <translation>Өнөөдөр сануулах хэрэг алга.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Reminders for today (%1 cases)</source>
        <translation>Өнөөдрийн сануулга (%1 хэрэг)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Select at most %1 cases to assign at once.</source>
        <translation>Нэг удаад ихдээ %1 хэрэг хуваарилна.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Some selected cases are still being read; try again in a moment.</source>
        <translation>Сонгосон зарим хэргийг уншиж байна; хэсэг хугацааны дараа дахин оролдоно уу.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Select the cases to assign first (Shift or Ctrl + click).</source>
        <translation>Эхлээд хуваарилах хэргүүдээ сонгоно уу (Shift эсвэл Ctrl + товшилт).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>%1 cases assigned.</source>
        <translation>%1 хэрэг хуваариллаа.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>%1 could not be: %2</source>
        <translation>%1 хэргийг хуваарилж чадсангүй: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Report written: %1 (%2 rows)</source>
        <translation>Тайлан бичигдлээ: %1 (%2 мөр)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Your password was changed.</source>
        <translation>Нууц үг тань солигдлоо.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Select a case of the citizen first.</source>
        <translation>Эхлээд тухайн иргэний хэргийг сонгоно уу.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>no deadline</source>
        <translation>хугацаагүй</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Registered %1 for %2, due %3.</source>
        <translation>%2-д %1 хэрэг бүртгэлээ, шийдвэрлэх хугацаа %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Print the rece&amp;ipt</source>
        <translation>&amp;Баримт хэвлэх</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>New case for this citizen (Ctrl+Shift+N)</source>
        <translation>Энэ иргэнд шинэ хэрэг (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Hide</source>
        <translation>Нуух</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Re&amp;view sync problems…</source>
        <translation>Синкийн асуудлыг &amp;нээх…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>All cases</source>
        <translation>Бүх хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>My cases</source>
        <translation>Миний хэргүүд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Office queue</source>
        <translation>Байгууллагын дараалал</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Due today</source>
        <translation>Өнөөдөр дуусах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Due within 3 working days</source>
        <translation>3 ажлын өдөрт дуусах</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>Overdue</source>
        <translation>Хугацаа хэтэрсэн</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>Waiting for citizen</source>
        <translation>Иргэнийг хүлээж байна</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Incoming transfers</source>
        <translation>Ирсэн шилжүүлэг</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Conflicts</source>
        <translation>Зөрчил</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Recently closed</source>
        <translation>Сүүлд хаагдсан</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Extension requests</source>
        <translation>Сунгалтын хүсэлт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Outgoing transfers</source>
        <translation>Явуулсан шилжүүлэг</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../../ui/case_view.py" line="388"/>
        <source>Transfer to</source>
        <translation>Шилжүүлэх байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390"/>
        <source>Receiving office</source>
        <translation>Хүлээн авах байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>Make the letter</source>
        <translation>Албан бичиг үүсгэх</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="407"/>
        <source>Choose from the list.</source>
        <translation>Жагсаалтаас сонгоно уу.</translation>
    </message>
</context>
<context>
    <name>OtherCasesModel</name>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Case number</source>
        <translation>Хэргийн дугаар</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Registered on</source>
        <translation>Бүртгэсэн огноо</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Service</source>
        <translation>Үйлчилгээ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Subject</source>
        <translation>Товч утга</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>State</source>
        <translation>Төлөв</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password.py" line="18"/>
        <source>Change password</source>
        <translation>Нууц үг солих</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="27"/>
        <source>Current password</source>
        <translation>Одоогийн нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="28"/>
        <source>New password</source>
        <translation>Шинэ нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="29"/>
        <source>New password again</source>
        <translation>Шинэ нууц үг дахин</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="32"/>
        <source>Change</source>
        <translation>Солих</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="32"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="41"/>
        <source>The two new passwords are not the same.</source>
        <translation>Шинэ нууц үгнүүд ижил биш байна.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>The printer could not be opened.</source>
        <translation>Хэвлэгчийг нээж чадсангүй.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="105"/>
        <source>Save as PDF</source>
        <translation>PDF файлаар хадгалах</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF баримт (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="47"/>
        <location filename="../../ui/report_dialog.py" line="165"/>
        <source>Excel report</source>
        <translation>Excel тайлан</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="52"/>
        <source>Case register</source>
        <translation>Хэргийн бүртгэл</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="53"/>
        <source>On time and late, by service and by channel</source>
        <translation>Хугацаандаа ба хоцорч шийдвэрлэсэн, үйлчилгээ ба сувгаар</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="54"/>
        <source>Overdue and due-soon cases</source>
        <translation>Хугацаа хэтэрсэн ба дөхсөн хэргүүд</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="55"/>
        <source>Workload per staff member</source>
        <translation>Ажилтан тус бүрийн ачаалал</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="56"/>
        <source>Extensions and pauses</source>
        <translation>Сунгалт ба түр зогсолт</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="57"/>
        <source>Transfers between offices</source>
        <translation>Байгууллага хоорондын шилжүүлэг</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="62"/>
        <source>From</source>
        <translation>Эхлэх огноо</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="65"/>
        <source>To</source>
        <translation>Дуусах огноо</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>Сонгох…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="92"/>
        <source>Report</source>
        <translation>Тайлан</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="93"/>
        <source>Period</source>
        <translation>Хугацаа</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="94"/>
        <source>Language of the workbook</source>
        <translation>Тайлангийн хэл</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="83"/>
        <location filename="../../ui/report_dialog.py" line="95"/>
        <source>Save as</source>
        <translation>Хадгалах файл</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="96"/>
        <source>The register, the on-time statistics and the extensions cover the cases registered in the period; the overdue list and the open cases are as of today.</source>
        <translation>Бүртгэл, хугацааны статистик, сунгалт нь тухайн хугацаанд бүртгэсэн хэргийг хамарна; хугацаа хэтэрсэн жагсаалт ба нээлттэй хэрэг нь өнөөдрийн байдлаар.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="104"/>
        <source>Open the file</source>
        <translation>Файлыг нээх</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="111"/>
        <source>Make the report</source>
        <translation>Тайлан гаргах</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="112"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="140"/>
        <source>Save the report as</source>
        <translation>Тайланг хадгалах</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="141"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ажлын ном (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="165"/>
        <source>Writing the report…</source>
        <translation>Тайлан бичиж байна…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="175"/>
        <source>The report is ready: %1 rows written to %2</source>
        <translation>Тайлан бэлэн: %1 мөрийг %2 файлд бичлээ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Тохиргоо</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>never</source>
        <translation>хэзээ ч үгүй</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Documents folder</source>
        <translation>Баримтын хавтас</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Receipts, letters and reports are saved here unless you choose another place. Empty: %1</source>
        <translation>Өөр газар сонгоогүй бол баримт, албан бичиг, тайлан энд хадгалагдана. Хоосон бол: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Сонгох…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>Interface language</source>
        <translation>Харагдах хэл</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Lock the screen after idle</source>
        <translation>Хөдөлгөөнгүй болсны дараа дэлгэц түгжих</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Last backup</source>
        <translation>Сүүлийн нөөц</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>These settings belong to this workstation. Only an administrator changes the lock time of a shared counter PC.</source>
        <translation>Эдгээр тохиргоо энэ ажлын байрных. Олон хүн хэрэглэдэг цонхны компьютерийн түгжих хугацааг зөвхөн админ өөрчилнө.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Save</source>
        <translation>Хадгалах</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Цуцлах</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Central server</source>
        <translation>Төв сервер</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>Co&amp;nnect to the central server</source>
        <translation>Төв сервертэй &amp;холбох</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source>Server address</source>
        <translation>Серверийн хаяг</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>One-time code</source>
        <translation>Нэг удаагийн код</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Syncs with %1 (office %2). Waiting to send: %3; refused: %4.</source>
        <translation>%1 сервертэй синк хийдэг (байгууллага %2). Илгээгдээгүй: %3; татгалзсан: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Last error: %1</source>
        <translation>Сүүлийн алдаа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>Not connected: this workstation works on its own. Ask your IT staff for the server&apos;s address and a one-time code.</source>
        <translation>Холбогдоогүй: энэ ажлын байр бие даан ажиллаж байна. Серверийн хаяг, нэг удаагийн кодыг мэдээллийн технологийн ажилтнаасаа аваарай.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>⚠ none yet: tell your IT staff (caseapp backup)</source>
        <translation>⚠ одоогоор алга: МТ-ийн ажилтандаа мэдэгдээрэй (caseapp backup)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>today</source>
        <translation>өнөөдөр</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>%1 days ago</source>
        <translation>%1 хоногийн өмнө</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>⚠ %1: older than a week, tell your IT staff</source>
        <translation>⚠ %1: долоо хоногоос хуучин, МТ-ийн ажилтандаа мэдэгдээрэй</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="235"/>
        <source>Changes refused by the server: %1</source>
        <translation>Серверийн татгалзсан өөрчлөлт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="238"/>
        <source>User names given twice: %1</source>
        <translation>Давхардсан хэрэглэгчийн нэр: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="76"/>
        <source>Sync problems</source>
        <translation>Синкийн асуудал</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="79"/>
        <location filename="../../ui/sync_problems_dialog.py" line="82"/>
        <source>Changes the central server refused</source>
        <translation>Төв серверийн татгалзсан өөрчлөлтүүд</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="80"/>
        <source>Made</source>
        <translation>Хийсэн</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="80"/>
        <source>By</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="80"/>
        <source>Case</source>
        <translation>Хэрэг</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="81"/>
        <source>Change</source>
        <translation>Өөрчлөлт</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="81"/>
        <source>The server&apos;s reason</source>
        <translation>Серверийн шалтгаан</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="83"/>
        <source>Send &amp;again</source>
        <translation>Дахин &amp;илгээх</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="85"/>
        <source>After the cause is fixed: the same change is made again in your name and checked as any change is</source>
        <translation>Шалтгааныг зассаны дараа: ижил өөрчлөлтийг таны нэрээр дахин хийж, бусад өөрчлөлтийн адил шалгана</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="87"/>
        <source>&amp;Discard with reason…</source>
        <translation>Шалтгаантай &amp;хасах…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="100"/>
        <location filename="../../ui/sync_problems_dialog.py" line="103"/>
        <source>User names given to two accounts</source>
        <translation>Хоёр бүртгэлд өгсөн хэрэглэгчийн нэр</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="101"/>
        <source>User name</source>
        <translation>Хэрэглэгчийн нэр</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="101"/>
        <source>Full name</source>
        <translation>Овог нэр</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="101"/>
        <source>Role</source>
        <translation>Үүрэг</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="102"/>
        <source>Office</source>
        <translation>Байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="104"/>
        <source>Re&amp;name this account…</source>
        <translation>Энэ бүртгэлийн нэрийг &amp;солих…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="108"/>
        <source>Nobody signs in under a name given twice until one of the accounts is renamed.</source>
        <translation>Давхардсан нэрээр бүртгэлүүдийн аль нэгийн нэрийг солих хүртэл хэн ч нэвтрэхгүй.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="194"/>
        <source>Made again: it goes to the server at the next sync.</source>
        <translation>Дахин хийлээ: дараагийн синкээр сервер рүү илгээнэ.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="214"/>
        <source>Discard a refused change</source>
        <translation>Татгалзсан өөрчлөлтийг хасах</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="214"/>
        <source>Why (recorded with the discard):</source>
        <translation>Шалтгаан (хасалтын хамт бүртгэнэ):</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="216"/>
        <source>Discarded: the reason is kept in the case&apos;s history.</source>
        <translation>Хаслаа: шалтгаан нь хэргийн түүхэнд хадгалагдана.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="224"/>
        <source>Rename an account</source>
        <translation>Бүртгэлийн нэрийг солих</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="224"/>
        <source>New user name for %1:</source>
        <translation>%1-ийн шинэ хэрэглэгчийн нэр:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="227"/>
        <source>Renamed: tell the person their new user name (the password stays).</source>
        <translation>Нэрийг солилоо: тухайн хүнд шинэ нэрийг нь хэлнэ үү (нууц үг хэвээр).</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/sync_bar.py" line="127"/>
        <source>Sync: …</source>
        <translation>Синк: …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="132"/>
        <source>Sync now</source>
        <translation>Одоо синк хийх</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="133"/>
        <source>F5: sync with the central server now</source>
        <translation>F5: төв сервертэй одоо синк хийх</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="150"/>
        <source>● Online</source>
        <translation>● Холбогдсон</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="152"/>
        <source>○ Offline</source>
        <translation>○ Холболтгүй</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="155"/>
        <source>last sync %1</source>
        <translation>сүүлд %1-д синк хийсэн</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="156"/>
        <source>%1 waiting</source>
        <translation>%1 илгээгдээгүй</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="158"/>
        <source>⚠ %1 refused</source>
        <translation>⚠ %1 татгалзсан</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="161"/>
        <source>⚠ this computer&apos;s clock is %1 min off</source>
        <translation>⚠ энэ компьютерын цаг %1 минут зөрүүтэй</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="168"/>
        <source>Refused: %1</source>
        <translation>Татгалзсан: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="169"/>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>When</source>
        <translation>Хэзээ</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>Who</source>
        <translation>Хэн</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>What</source>
        <translation>Юу</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>Details</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_screen.py" line="38"/>
        <source>Signed in</source>
        <translation>Нэвтэрсэн</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="39"/>
        <source>Wrong user name or password</source>
        <translation>Нэвтрэх нэр эсвэл нууц үг буруу</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="40"/>
        <source>Refused: too many failures</source>
        <translation>Татгалзсан: олон удаа буруу оруулсан</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="41"/>
        <source>Refused: account locked</source>
        <translation>Татгалзсан: эрх түгжигдсэн</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="42"/>
        <source>Unlocked</source>
        <translation>Түгжээ тайлсан</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="107"/>
        <location filename="../../ui/users_screen.py" line="114"/>
        <source>Users and roles</source>
        <translation>Хэрэглэгч ба эрх</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="115"/>
        <location filename="../../ui/users_screen.py" line="147"/>
        <source>Users</source>
        <translation>Хэрэглэгчид</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="117"/>
        <source>Sign-in log</source>
        <translation>Нэвтрэлтийн бүртгэл</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="162"/>
        <source>Selected user</source>
        <translation>Сонгосон хэрэглэгч</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="167"/>
        <source>Change role</source>
        <translation>Эрх солих</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="173"/>
        <location filename="../../ui/users_screen.py" line="336"/>
        <source>Lock</source>
        <translation>Түгжих</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="178"/>
        <source>Set new password</source>
        <translation>Шинэ нууц үг тохируулах</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="185"/>
        <location filename="../../ui/users_screen.py" line="255"/>
        <source>User</source>
        <translation>Хэрэглэгч</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="186"/>
        <location filename="../../ui/users_screen.py" line="214"/>
        <source>Role</source>
        <translation>Эрх</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="187"/>
        <source>Account</source>
        <translation>Эрхийн төлөв</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="188"/>
        <source>New password</source>
        <translation>Шинэ нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="189"/>
        <source>New password again</source>
        <translation>Шинэ нууц үг дахин</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="194"/>
        <location filename="../../ui/users_screen.py" line="204"/>
        <source>Add user</source>
        <translation>Хэрэглэгч нэмэх</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="198"/>
        <source>latin letters, digits, . _ -</source>
        <translation>латин үсэг, тоо, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="212"/>
        <source>User name</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="213"/>
        <source>Full name</source>
        <translation>Овог нэр</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="215"/>
        <source>Password</source>
        <translation>Нууц үг</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="216"/>
        <source>Password again</source>
        <translation>Нууц үг дахин</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="226"/>
        <source>Only an administrator can add users or change roles, passwords and locks.</source>
        <translation>Зөвхөн админ хэрэглэгч нэмж, эрх, нууц үг, түгжээг өөрчилнө.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="255"/>
        <source>Time</source>
        <translation>Цаг</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="255"/>
        <source>Outcome</source>
        <translation>Үр дүн</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="256"/>
        <source>Detail</source>
        <translation>Дэлгэрэнгүй</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="262"/>
        <source>Refresh</source>
        <translation>Шинэчлэх</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="336"/>
        <source>Unlock</source>
        <translation>Түгжээ тайлах</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="373"/>
        <source>The role of %1 is now: %2.</source>
        <translation>%1-ийн эрх одоо: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="381"/>
        <source>%1 is locked and cannot sign in.</source>
        <translation>%1 түгжигдсэн тул нэвтрэх боломжгүй.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="382"/>
        <source>%1 is unlocked and can sign in again.</source>
        <translation>%1-ийн түгжээг тайлсан, дахин нэвтэрч болно.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="395"/>
        <source>The two new passwords are not the same.</source>
        <translation>Шинэ нууц үгнүүд ижил биш байна.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="400"/>
        <source>%1 has a new password.</source>
        <translation>%1 шинэ нууц үгтэй боллоо.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="412"/>
        <source>The two passwords are not the same.</source>
        <translation>Хоёр нууц үг ижил биш байна.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="420"/>
        <source>User %1 added.</source>
        <translation>%1 хэрэглэгчийг нэмлээ.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/users_screen.py" line="29"/>
        <source>Locked</source>
        <translation>Түгжигдсэн</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="31"/>
        <source>Inactive</source>
        <translation>Идэвхгүй</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="32"/>
        <source>Active</source>
        <translation>Идэвхтэй</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>User name</source>
        <translation>Нэвтрэх нэр</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>Full name</source>
        <translation>Овог нэр</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>Role</source>
        <translation>Эрх</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>Office</source>
        <translation>Байгууллага</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="86"/>
        <source>Status</source>
        <translation>Төлөв</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="113"/>
        <source>Close</source>
        <translation>Хаах</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="193"/>
        <source>Discard what you typed?</source>
        <translation>Бичсэнээ хаях уу?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="194"/>
        <source>This form has text that is not saved. Close it and lose what you typed?</source>
        <translation>Энэ маягтад хадгалаагүй бичвэр байна. Хааж, бичсэнээ алдах уу?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="198"/>
        <source>Discard</source>
        <translation>Хаях</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="200"/>
        <source>Keep editing</source>
        <translation>Үргэлжлүүлэн бичих</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="213"/>
        <source>From a &amp;QR image…</source>
        <translation>&amp;QR зургаас…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="221"/>
        <source>The QR image of the code</source>
        <translation>Кодын QR зураг</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="222"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Зураг (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
</TS>
