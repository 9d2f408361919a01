<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
  <context>
    <name>CloseButton</name>
    <message>
      <source>Close Tab</source>
      <translation>Табыг хаах</translation>
    </message>
  </context>
  <context>
    <name>Print Device Input Slot</name>
    <message>
      <source>Automatic</source>
      <translation>Автомат</translation>
    </message>
  </context>
  <context>
    <name>Print Device Output Bin</name>
    <message>
      <source>Automatic</source>
      <translation>Автомат</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Хавтас</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Бүгдийг сонгох</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>Алхам &amp;дээш</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>Алхам д&amp;оош</translation>
    </message>
  </context>
  <context>
    <name>QAccessibleActionInterface</name>
    <message>
      <source>Decrease</source>
      <translation>Багасгах</translation>
    </message>
    <message>
      <source>Decrease the value</source>
      <translation>Утгыг багасгах</translation>
    </message>
    <message>
      <source>Goes back a page</source>
      <translation>Өмнөх хуудас руу шилжинэ</translation>
    </message>
    <message>
      <source>Goes to the next page</source>
      <translation>Дараагийн хуудас руу шилжинэ</translation>
    </message>
    <message>
      <source>Increase</source>
      <translation>Нэмэгдүүлэх</translation>
    </message>
    <message>
      <source>Increase the value</source>
      <translation>Утгыг нэмэгдүүлэх</translation>
    </message>
    <message>
      <source>Next Page</source>
      <translation>Дараагийн хуудас</translation>
    </message>
    <message>
      <source>Press</source>
      <translation>Дарах</translation>
    </message>
    <message>
      <source>Previous Page</source>
      <translation>Өмнөх хуудас</translation>
    </message>
    <message>
      <source>Scroll Down</source>
      <translation>Доош гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll Left</source>
      <translation>Зүүн тийш гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Баруун тийш гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll Up</source>
      <translation>Дээш гүйлгэх</translation>
    </message>
    <message>
      <source>Scrolls down</source>
      <translation>Доош гүйлгэнэ</translation>
    </message>
    <message>
      <source>Scrolls to the left</source>
      <translation>Зүүн тийш гүйлгэнэ</translation>
    </message>
    <message>
      <source>Scrolls to the right</source>
      <translation>Баруун тийш гүйлгэнэ</translation>
    </message>
    <message>
      <source>Scrolls up</source>
      <translation>Дээш гүйлгэнэ</translation>
    </message>
    <message>
      <source>SetFocus</source>
      <translation>Фокус тогтоох</translation>
    </message>
    <message>
      <source>Sets the focus</source>
      <translation>Фокусыг тогтооно</translation>
    </message>
    <message>
      <source>ShowMenu</source>
      <translation>Цэс харуулах</translation>
    </message>
    <message>
      <source>Shows the menu</source>
      <translation>Цэсийг харуулна</translation>
    </message>
    <message>
      <source>Toggle</source>
      <translation>Сэлгэх</translation>
    </message>
    <message>
      <source>Toggles the state</source>
      <translation>Төлөвийг сэлгэнэ</translation>
    </message>
    <message>
      <source>Triggers the action</source>
      <translation>Үйлдлийг гүйцэтгэнэ</translation>
    </message>
  </context>
  <context>
    <name>QComboBox</name>
    <message>
      <source>False</source>
      <translation>Үгүй</translation>
    </message>
    <message>
      <source>Open the combo box selection popup</source>
      <translation>Сонголтын жагсаалтыг нээх</translation>
    </message>
    <message>
      <source>True</source>
      <translation>Тийм</translation>
    </message>
  </context>
  <context>
    <name>QCupsJobWidget</name>
    <message>
      <source>Banner Pages</source>
      <translation>Нүүр хуудас</translation>
    </message>
    <message>
      <source>Billing information:</source>
      <translation>Төлбөрийн мэдээлэл:</translation>
    </message>
    <message>
      <source>Classified</source>
      <translation>Хязгаарлалттай</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Нууц</translation>
    </message>
    <message>
      <source>Day (06:00 to 17:59)</source>
      <translation>Өдөр (06:00-17:59)</translation>
    </message>
    <message>
      <source>End:</source>
      <translation>Төгсгөлд:</translation>
    </message>
    <message>
      <source>Hold Indefinitely</source>
      <translation>Хугацаагүй хойшлуулах</translation>
    </message>
    <message>
      <source>Job</source>
      <translation>Ажил</translation>
    </message>
    <message>
      <source>Job Control</source>
      <translation>Ажлын удирдлага</translation>
    </message>
    <message>
      <source>Job priority:</source>
      <translation>Ажлын эрэмбэ:</translation>
    </message>
    <message>
      <source>Night (18:00 to 05:59)</source>
      <translation>Шөнө (18:00-05:59)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Байхгүй</translation>
    </message>
    <message>
      <source>Print Immediately</source>
      <translation>Шууд хэвлэх</translation>
    </message>
    <message>
      <source>Scheduled printing:</source>
      <translation>Товлосон хэвлэлт:</translation>
    </message>
    <message>
      <source>Second Shift (16:00 to 23:59)</source>
      <translation>Хоёрдугаар ээлж (16:00-23:59)</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>Маш нууц</translation>
    </message>
    <message>
      <source>Specific Time</source>
      <translation>Тодорхой цагт</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Стандарт</translation>
    </message>
    <message>
      <source>Start:</source>
      <translation>Эхэнд:</translation>
    </message>
    <message>
      <source>Third Shift (00:00 to 07:59)</source>
      <translation>Гуравдугаар ээлж (00:00-07:59)</translation>
    </message>
    <message>
      <source>Top Secret</source>
      <translation>Туйлын нууц</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>Хязгаарлалтгүй</translation>
    </message>
    <message>
      <source>Weekend (Saturday to Sunday)</source>
      <translation>Амралтын өдөр (Бямба, Ням)</translation>
    </message>
  </context>
  <context>
    <name>QCupsPrinterSupport</name>
    <message>
      <source>Authentication Needed</source>
      <translation>Баталгаажуулалт шаардлагатай</translation>
    </message>
    <message>
      <source>Authentication needed to use %1 on %2.</source>
      <translation>%2 дээрх %1 нөөцийг ашиглахын тулд баталгаажуулалт шаардлагатай.</translation>
    </message>
    <message>
      <source>Authentication needed to use %1.</source>
      <translation>%1 серверийг ашиглахын тулд баталгаажуулалт шаардлагатай.</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>Нууц үг:</translation>
    </message>
    <message>
      <source>Username:</source>
      <translation>Хэрэглэгчийн нэр:</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Энэ юу вэ?</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>За</translation>
    </message>
  </context>
  <context>
    <name>QDirModel</name>
    <message>
      <source>Date Modified</source>
      <translation>Өөрчилсөн огноо</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Ангилал</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Нэр</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Хэмжээ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Төрөл</translation>
    </message>
  </context>
  <context>
    <name>QErrorMessage</name>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;За</translation>
    </message>
    <message>
      <source>&amp;Show this message again</source>
      <translation>Энэ мэдэгдлийг дахин &amp;харуулах</translation>
    </message>
    <message>
      <source>Critical Error:</source>
      <translation>Ноцтой алдаа:</translation>
    </message>
    <message>
      <source>Debug Message:</source>
      <translation>Алдаа засварын мэдэгдэл:</translation>
    </message>
    <message>
      <source>Fatal Error:</source>
      <translation>Засварлах боломжгүй алдаа:</translation>
    </message>
    <message>
      <source>Information:</source>
      <translation>Мэдээлэл:</translation>
    </message>
    <message>
      <source>Warning:</source>
      <translation>Анхааруулга:</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Хавтас олдсонгүй.
Хавтасны нэрийг зөв оруулсан эсэхийг шалгана уу.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Файл олдсонгүй.
Файлын нэрийг зөв оруулсан эсэхийг шалгана уу.</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>%1 файл</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 аль хэдийн байна.
Үүнийг солих уу?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Сонгох</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Устгах</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Шинэ хавтас</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Нээх</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Нэр өөрчлөх</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Хадгалах</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>«%1» бичихээс хамгаалагдсан.
Гэсэн ч устгах уу?</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Хоч нэр</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Бүх файл (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Бүх файл (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Та «%1»-г устгахдаа итгэлтэй байна уу?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Буцах</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Дэлгэрэнгүй харагдац руу шилжих</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Жагсаалт харагдац руу шилжих</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Хавтсыг устгаж чадсангүй.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Шинэ хавтас үүсгэх</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Шинэ хавтас үүсгэх</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Устгах</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Дэлгэрэнгүй харагдац</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Хавтаснууд</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Хавтас:</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Файлын нэр:</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Файлын хавтас</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлууд</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Файлын төрөл:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Хавтас хайх</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Хавтас</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Урагшлах</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Буцах</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Урагшлах</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Дээд хавтас руу очих</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Жагсаалт харагдац</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Байршил ба хавчуургын жагсаалт</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>Хайх байршил:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Миний компьютер</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Шинэ хавтас</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Нээх</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Дээд хавтас</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Сүүлийн байршлууд</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Хасах</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Өөр нэрээр хадгалах</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Товчлол</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Харуулах </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Нуугдсан файлуудыг &amp;харуулах</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Хажуугийн самбар</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Тодорхойгүй</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Хайх байршил:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Файлын &amp;төрөл:</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
      <translation>&lt;b&gt;«%1» нэрийг ашиглах боломжгүй.&lt;/b&gt;&lt;p&gt;Тэмдэгт цөөтэй эсвэл цэг таслалгүй өөр нэр ашиглаж үзнэ үү.</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Өөрчилсөн огноо</translation>
    </message>
    <message>
      <source>Invalid filename</source>
      <translation>Файлын нэр буруу</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Ангилал</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Миний компьютер</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Нэр</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Хэмжээ</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Төрөл</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Болих</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Хаах</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;За</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Хадгалах</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Хадгалалгүй хаах</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Утга оруулна уу:</translation>
    </message>
  </context>
  <context>
    <name>QKeySequenceEdit</name>
    <message>
      <source>%1, ...</source>
      <translation>%1, ...</translation>
    </message>
    <message>
      <source>Press shortcut</source>
      <translation>Товчлуурын хослол дарна уу</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>Х&amp;уулах</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>Буул&amp;гах</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Буцаах</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Хайчлах</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Устгах</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Бүгдийг сонгох</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Qt-ийн тухай&lt;/h3&gt;&lt;p&gt;Энэ програм Qt-ийн %1 хувилбарыг ашигладаг.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Qt бол олон платформд ажиллах програм хөгжүүлэхэд зориулсан C++ хэрэгслийн багц юм.&lt;/p&gt;&lt;p&gt;Qt нь нэг эх кодоор ширээний бүх томоохон үйлдлийн системд ажиллах боломжийг олгодог. Мөн суулгагдсан Linux болон бусад суулгагдсан болон гар утасны үйлдлийн системд ашиглах боломжтой.&lt;/p&gt;&lt;p&gt;Qt нь олон төрлийн хэрэглэгчдийн хэрэгцээнд нийцүүлсэн хэд хэдэн лицензийн хувилбараар түгээгддэг.&lt;/p&gt;&lt;p&gt;Манай арилжааны лицензийн гэрээгээр лицензлэгдсэн Qt нь эх кодоо гуравдагч этгээдтэй хуваалцахыг хүсэхгүй эсвэл GNU (L)GPL-ийн нөхцөлийг биелүүлэх боломжгүй тохиолдолд хаалттай/арилжааны програм хангамж хөгжүүлэхэд тохиромжтой.&lt;/p&gt;&lt;p&gt;GNU (L)GPL-ээр лицензлэгдсэн Qt нь холбогдох лицензийн нөхцөл, болзлыг биелүүлэх боломжтой тохиолдолд Qt&amp;nbsp;програм хөгжүүлэхэд тохиромжтой.&lt;/p&gt;&lt;p&gt;Qt-ийн лицензийн тоймыг &lt;a href="http://%2/"&gt;%2&lt;/a&gt; хаягаас үзнэ үү.&lt;/p&gt;&lt;p&gt;Зохиогчийн эрх (C) %1 The Qt Company Ltd болон бусад хувь нэмэр оруулагчид.&lt;/p&gt;&lt;p&gt;Qt болон Qt лого нь The Qt Company Ltd-ийн барааны тэмдэг юм.&lt;/p&gt;&lt;p&gt;Qt нь нээлттэй эхийн төсөл хэлбэрээр хөгжүүлэгдсэн The Qt Company Ltd-ийн бүтээгдэхүүн юм. Дэлгэрэнгүй мэдээллийг &lt;a href="http://%3/"&gt;%3&lt;/a&gt; хаягаас үзнэ үү.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt-ийн тухай</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Дэлгэрэнгүйг нуух...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Дэлгэрэнгүйг харуулах...</translation>
    </message>
  </context>
  <context>
    <name>QMimeType</name>
    <message>
      <source>PDF document</source>
      <translation>PDF баримт</translation>
    </message>
    <message>
      <source>Microsoft Excel Worksheet</source>
      <translation>Microsoft Excel хүснэгт</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>PNG зураг</translation>
    </message>
    <message>
      <source>JPEG image</source>
      <translation>JPEG зураг</translation>
    </message>
    <message>
      <source>plain text document</source>
      <translation>энгийн текст баримт</translation>
    </message>
    <message>
      <source>SQLite3 database</source>
      <translation>SQLite3 өгөгдлийн сан</translation>
    </message>
    <message>
      <source>CSV document</source>
      <translation>CSV баримт</translation>
    </message>
    <message>
      <source>Microsoft Word Document</source>
      <translation>Microsoft Word баримт</translation>
    </message>
    <message>
      <source>Zip archive</source>
      <translation>Zip архив</translation>
    </message>
    <message>
      <source>OpenDocument Text</source>
      <translation>OpenDocument текст</translation>
    </message>
    <message>
      <source>OpenDocument Spreadsheet</source>
      <translation>OpenDocument хүснэгт</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>тодорхойгүй</translation>
    </message>
    <message>
      <source>backup file</source>
      <translation>нөөц файл</translation>
    </message>
    <message>
      <source>application log</source>
      <translation>программын бүртгэл</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>хавтас</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <source>CC</source>
      <translation>CC</translation>
    </message>
    <message>
      <source>Cicero (CC)</source>
      <translation>Цицеро (CC)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Дурын</translation>
    </message>
    <message>
      <source>DD</source>
      <translation>DD</translation>
    </message>
    <message>
      <source>Didot (DD)</source>
      <translation>Дидо (DD)</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Маягт</translation>
    </message>
    <message>
      <source>Height:</source>
      <translation>Өндөр:</translation>
    </message>
    <message>
      <source>Inches (in)</source>
      <translation>Инч (инч)</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Хэвтээ</translation>
    </message>
    <message>
      <source>Margins</source>
      <translation>Захын зай</translation>
    </message>
    <message>
      <source>Millimeters (mm)</source>
      <translation>Миллиметр (мм)</translation>
    </message>
    <message>
      <source>Orientation</source>
      <translation>Чиглэл</translation>
    </message>
    <message>
      <source>Page Layout</source>
      <translation>Хуудасны байрлал</translation>
    </message>
    <message>
      <source>Page order:</source>
      <translation>Хуудасны дараалал:</translation>
    </message>
    <message>
      <source>Page size:</source>
      <translation>Хуудасны хэмжээ:</translation>
    </message>
    <message>
      <source>Pages per sheet:</source>
      <translation>Нэг цаасан дээрх хуудас:</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Цаас</translation>
    </message>
    <message>
      <source>Paper source:</source>
      <translation>Цаасны эх үүсвэр:</translation>
    </message>
    <message>
      <source>Pica (P̸)</source>
      <translation>Пика (P̸)</translation>
    </message>
    <message>
      <source>Points (pt)</source>
      <translation>Пункт (пт)</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Босоо</translation>
    </message>
    <message>
      <source>P̸</source>
      <translation>P̸</translation>
    </message>
    <message>
      <source>Reverse landscape</source>
      <translation>Урвуу хэвтээ</translation>
    </message>
    <message>
      <source>Reverse portrait</source>
      <translation>Урвуу босоо</translation>
    </message>
    <message>
      <source>Width:</source>
      <translation>Өргөн:</translation>
    </message>
    <message>
      <source>bottom margin</source>
      <translation>доод захын зай</translation>
    </message>
    <message>
      <source>in</source>
      <translation>инч</translation>
    </message>
    <message>
      <source>left margin</source>
      <translation>зүүн захын зай</translation>
    </message>
    <message>
      <source>mm</source>
      <translation>мм</translation>
    </message>
    <message>
      <source>pt</source>
      <translation>пт</translation>
    </message>
    <message>
      <source>right margin</source>
      <translation>баруун захын зай</translation>
    </message>
    <message>
      <source>top margin</source>
      <translation>дээд захын зай</translation>
    </message>
    <message>
      <source>Page &amp;order:</source>
      <translation>Хуудасны &amp;дараалал:</translation>
    </message>
    <message>
      <source>Pages &amp;per sheet:</source>
      <translation>Нэг цаасан дээрх &amp;хуудас:</translation>
    </message>
  </context>
  <context>
    <name>QPageSize</name>
    <message>
      <source>%1 x %2 in</source>
      <translation>%1 x %2 инч</translation>
    </message>
    <message>
      <source>A0</source>
      <translation>A0</translation>
    </message>
    <message>
      <source>A1</source>
      <translation>A1</translation>
    </message>
    <message>
      <source>A10</source>
      <translation>A10</translation>
    </message>
    <message>
      <source>A2</source>
      <translation>A2</translation>
    </message>
    <message>
      <source>A3</source>
      <translation>A3</translation>
    </message>
    <message>
      <source>A3 Extra</source>
      <translation>A3 Экстра</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>A4 Extra</source>
      <translation>A4 Экстра</translation>
    </message>
    <message>
      <source>A4 Plus</source>
      <translation>A4 Плюс</translation>
    </message>
    <message>
      <source>A4 Small</source>
      <translation>A4 Жижиг</translation>
    </message>
    <message>
      <source>A5</source>
      <translation>A5</translation>
    </message>
    <message>
      <source>A5 Extra</source>
      <translation>A5 Экстра</translation>
    </message>
    <message>
      <source>A6</source>
      <translation>A6</translation>
    </message>
    <message>
      <source>A7</source>
      <translation>A7</translation>
    </message>
    <message>
      <source>A8</source>
      <translation>A8</translation>
    </message>
    <message>
      <source>A9</source>
      <translation>A9</translation>
    </message>
    <message>
      <source>ANSI C</source>
      <translation>ANSI C</translation>
    </message>
    <message>
      <source>ANSI D</source>
      <translation>ANSI D</translation>
    </message>
    <message>
      <source>ANSI E</source>
      <translation>ANSI E</translation>
    </message>
    <message>
      <source>Architect A</source>
      <translation>Архитектурын A</translation>
    </message>
    <message>
      <source>Architect B</source>
      <translation>Архитектурын B</translation>
    </message>
    <message>
      <source>Architect C</source>
      <translation>Архитектурын C</translation>
    </message>
    <message>
      <source>Architect D</source>
      <translation>Архитектурын D</translation>
    </message>
    <message>
      <source>Architect E</source>
      <translation>Архитектурын E</translation>
    </message>
    <message>
      <source>B0</source>
      <translation>B0</translation>
    </message>
    <message>
      <source>B1</source>
      <translation>B1</translation>
    </message>
    <message>
      <source>B10</source>
      <translation>B10</translation>
    </message>
    <message>
      <source>B2</source>
      <translation>B2</translation>
    </message>
    <message>
      <source>B3</source>
      <translation>B3</translation>
    </message>
    <message>
      <source>B4</source>
      <translation>B4</translation>
    </message>
    <message>
      <source>B5</source>
      <translation>B5</translation>
    </message>
    <message>
      <source>B5 Extra</source>
      <translation>B5 Экстра</translation>
    </message>
    <message>
      <source>B6</source>
      <translation>B6</translation>
    </message>
    <message>
      <source>B7</source>
      <translation>B7</translation>
    </message>
    <message>
      <source>B8</source>
      <translation>B8</translation>
    </message>
    <message>
      <source>B9</source>
      <translation>B9</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Дурын</translation>
    </message>
    <message>
      <source>Custom (%1CC x %2CC)</source>
      <translation>Дурын (%1CC x %2CC)</translation>
    </message>
    <message>
      <source>Custom (%1DD x %2DD)</source>
      <translation>Дурын (%1DD x %2DD)</translation>
    </message>
    <message>
      <source>Custom (%1in x %2in)</source>
      <translation>Дурын (%1инч x %2инч)</translation>
    </message>
    <message>
      <source>Custom (%1mm x %2mm)</source>
      <translation>Дурын (%1мм x %2мм)</translation>
    </message>
    <message>
      <source>Custom (%1pc x %2pc)</source>
      <translation>Дурын (%1P̸ x %2P̸)</translation>
    </message>
    <message>
      <source>Custom (%1pt x %2pt)</source>
      <translation>Дурын (%1пт x %2пт)</translation>
    </message>
    <message>
      <source>Double Postcard</source>
      <translation>Давхар ил захидал</translation>
    </message>
    <message>
      <source>Envelope B4</source>
      <translation>Дугтуй B4</translation>
    </message>
    <message>
      <source>Envelope B5</source>
      <translation>Дугтуй B5</translation>
    </message>
    <message>
      <source>Envelope B6</source>
      <translation>Дугтуй B6</translation>
    </message>
    <message>
      <source>Envelope C0</source>
      <translation>Дугтуй C0</translation>
    </message>
    <message>
      <source>Envelope C1</source>
      <translation>Дугтуй C1</translation>
    </message>
    <message>
      <source>Envelope C2</source>
      <translation>Дугтуй C2</translation>
    </message>
    <message>
      <source>Envelope C3</source>
      <translation>Дугтуй C3</translation>
    </message>
    <message>
      <source>Envelope C4</source>
      <translation>Дугтуй C4</translation>
    </message>
    <message>
      <source>Envelope C5</source>
      <translation>Дугтуй C5</translation>
    </message>
    <message>
      <source>Envelope C6</source>
      <translation>Дугтуй C6</translation>
    </message>
    <message>
      <source>Envelope C65</source>
      <translation>Дугтуй C65</translation>
    </message>
    <message>
      <source>Envelope C7</source>
      <translation>Дугтуй C7</translation>
    </message>
    <message>
      <source>Envelope Chou 3</source>
      <translation>Дугтуй Чоу 3</translation>
    </message>
    <message>
      <source>Envelope Chou 4</source>
      <translation>Дугтуй Чоу 4</translation>
    </message>
    <message>
      <source>Envelope DL</source>
      <translation>Дугтуй DL</translation>
    </message>
    <message>
      <source>Envelope Invite</source>
      <translation>Дугтуй Урилга</translation>
    </message>
    <message>
      <source>Envelope Italian</source>
      <translation>Дугтуй Итали</translation>
    </message>
    <message>
      <source>Envelope Kaku 2</source>
      <translation>Дугтуй Каку 2</translation>
    </message>
    <message>
      <source>Envelope Kaku 3</source>
      <translation>Дугтуй Каку 3</translation>
    </message>
    <message>
      <source>Envelope Monarch</source>
      <translation>Дугтуй Монарх</translation>
    </message>
    <message>
      <source>Envelope PRC 1</source>
      <translation>Дугтуй PRC 1</translation>
    </message>
    <message>
      <source>Envelope PRC 10</source>
      <translation>Дугтуй PRC 10</translation>
    </message>
    <message>
      <source>Envelope PRC 2</source>
      <translation>Дугтуй PRC 2</translation>
    </message>
    <message>
      <source>Envelope PRC 3</source>
      <translation>Дугтуй PRC 3</translation>
    </message>
    <message>
      <source>Envelope PRC 4</source>
      <translation>Дугтуй PRC 4</translation>
    </message>
    <message>
      <source>Envelope PRC 5</source>
      <translation>Дугтуй PRC 5</translation>
    </message>
    <message>
      <source>Envelope PRC 6</source>
      <translation>Дугтуй PRC 6</translation>
    </message>
    <message>
      <source>Envelope PRC 7</source>
      <translation>Дугтуй PRC 7</translation>
    </message>
    <message>
      <source>Envelope PRC 8</source>
      <translation>Дугтуй PRC 8</translation>
    </message>
    <message>
      <source>Envelope PRC 9</source>
      <translation>Дугтуй PRC 9</translation>
    </message>
    <message>
      <source>Envelope Personal</source>
      <translation>Дугтуй Персонал</translation>
    </message>
    <message>
      <source>Envelope US 10</source>
      <translation>Дугтуй US 10</translation>
    </message>
    <message>
      <source>Envelope US 11</source>
      <translation>Дугтуй US 11</translation>
    </message>
    <message>
      <source>Envelope US 12</source>
      <translation>Дугтуй US 12</translation>
    </message>
    <message>
      <source>Envelope US 14</source>
      <translation>Дугтуй US 14</translation>
    </message>
    <message>
      <source>Envelope US 9</source>
      <translation>Дугтуй US 9</translation>
    </message>
    <message>
      <source>Envelope You 4</source>
      <translation>Дугтуй Ёо 4</translation>
    </message>
    <message>
      <source>Executive (7.25 x 10.5 in)</source>
      <translation>Executive (7.25 x 10.5 инч)</translation>
    </message>
    <message>
      <source>Executive (7.5 x 10 in)</source>
      <translation>Executive (7.5 x 10 инч)</translation>
    </message>
    <message>
      <source>Fan-fold German (8.5 x 12 in)</source>
      <translation>Германы эвхмэл (8.5 x 12 инч)</translation>
    </message>
    <message>
      <source>Fan-fold German Legal (8.5 x 13 in)</source>
      <translation>Германы эвхмэл Legal (8.5 x 13 инч)</translation>
    </message>
    <message>
      <source>Fan-fold US (14.875 x 11 in)</source>
      <translation>АНУ-ын эвхмэл (14.875 x 11 инч)</translation>
    </message>
    <message>
      <source>Folio (8.27 x 13 in)</source>
      <translation>Folio (8.27 x 13 инч)</translation>
    </message>
    <message>
      <source>JIS B0</source>
      <translation>JIS B0</translation>
    </message>
    <message>
      <source>JIS B1</source>
      <translation>JIS B1</translation>
    </message>
    <message>
      <source>JIS B10</source>
      <translation>JIS B10</translation>
    </message>
    <message>
      <source>JIS B2</source>
      <translation>JIS B2</translation>
    </message>
    <message>
      <source>JIS B3</source>
      <translation>JIS B3</translation>
    </message>
    <message>
      <source>JIS B4</source>
      <translation>JIS B4</translation>
    </message>
    <message>
      <source>JIS B5</source>
      <translation>JIS B5</translation>
    </message>
    <message>
      <source>JIS B6</source>
      <translation>JIS B6</translation>
    </message>
    <message>
      <source>JIS B7</source>
      <translation>JIS B7</translation>
    </message>
    <message>
      <source>JIS B8</source>
      <translation>JIS B8</translation>
    </message>
    <message>
      <source>JIS B9</source>
      <translation>JIS B9</translation>
    </message>
    <message>
      <source>Ledger / ANSI B</source>
      <translation>Ledger / ANSI B</translation>
    </message>
    <message>
      <source>Legal</source>
      <translation>Legal</translation>
    </message>
    <message>
      <source>Legal Extra</source>
      <translation>Legal Экстра</translation>
    </message>
    <message>
      <source>Letter / ANSI A</source>
      <translation>Letter / ANSI A</translation>
    </message>
    <message>
      <source>Letter Extra</source>
      <translation>Letter Экстра</translation>
    </message>
    <message>
      <source>Letter Plus</source>
      <translation>Letter Плюс</translation>
    </message>
    <message>
      <source>Letter Small</source>
      <translation>Letter Жижиг</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>PRC 16K</source>
      <translation>PRC 16K</translation>
    </message>
    <message>
      <source>PRC 32K</source>
      <translation>PRC 32K</translation>
    </message>
    <message>
      <source>PRC 32K Big</source>
      <translation>PRC 32K Том</translation>
    </message>
    <message>
      <source>Postcard</source>
      <translation>Ил захидал</translation>
    </message>
    <message>
      <source>Quarto</source>
      <translation>Quarto</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Statement</translation>
    </message>
    <message>
      <source>Super A</source>
      <translation>Супер A</translation>
    </message>
    <message>
      <source>Super B</source>
      <translation>Супер B</translation>
    </message>
    <message>
      <source>Tabloid / ANSI B</source>
      <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
      <source>Tabloid Extra</source>
      <translation>Tabloid Экстра</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Үгүй</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Тийм</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Таслах</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Хэрэглэх</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Болих</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Хаах</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Хаях</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Тусламж</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Алгасах</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Бүгдэд ү&amp;гүй</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>За</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Нээх</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Анхны байдал</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Анхдагч утгыг сэргээх</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Дахин оролдох</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Хадгалах</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Бүгдийг хадгалах</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>&amp;Бүгдэд тийм</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 аль хэдийн байна.
Дарж бичих үү?</translation>
    </message>
    <message>
      <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
      <translation>%1 буруу бичигдсэн байна. Хуудас болон мужийг «,» тэмдгээр тусгаарлаж, мужийг «-» тэмдгээр тодорхойлно уу. Мужууд хоорондоо давхцаж болохгүй.</translation>
    </message>
    <message>
      <source>%1 is a directory.
Please choose a different file name.</source>
      <translation>%1 нь хавтас байна.
Өөр файлын нэр сонгоно уу.</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Тохиргоо &lt;&lt;</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Тохиргоо &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Хэвлэх</translation>
    </message>
    <message>
      <source>1 (1x1)</source>
      <translation>1 (1x1)</translation>
    </message>
    <message>
      <source>16 (4x4)</source>
      <translation>16 (4x4)</translation>
    </message>
    <message>
      <source>2 (2x1)</source>
      <translation>2 (2x1)</translation>
    </message>
    <message>
      <source>4 (2x2)</source>
      <translation>4 (2x2)</translation>
    </message>
    <message>
      <source>6 (2x3)</source>
      <translation>6 (2x3)</translation>
    </message>
    <message>
      <source>9 (3x3)</source>
      <translation>9 (3x3)</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Бүх хуудас</translation>
    </message>
    <message>
      <source>Bottom to Top, Left to Right</source>
      <translation>Доороос дээш, зүүнээс баруун тийш</translation>
    </message>
    <message>
      <source>Bottom to Top, Right to Left</source>
      <translation>Доороос дээш, баруунаас зүүн тийш</translation>
    </message>
    <message>
      <source>Duplex Settings Conflicts</source>
      <translation>Хоёр талт хэвлэлтийн тохиргооны зөрчил</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Тэгш хуудаснууд</translation>
    </message>
    <message>
      <source>File %1 is not writable.
Please choose a different file name.</source>
      <translation>%1 файлд бичих боломжгүй.
Өөр файлын нэр сонгоно уу.</translation>
    </message>
    <message>
      <source>Invalid Pages Definition</source>
      <translation>Хуудасны тодорхойлолт буруу</translation>
    </message>
    <message>
      <source>Left to Right, Bottom to Top</source>
      <translation>Зүүнээс баруун тийш, доороос дээш</translation>
    </message>
    <message>
      <source>Left to Right, Top to Bottom</source>
      <translation>Зүүнээс баруун тийш, дээрээс доош</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Дотоод файл</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>За</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Сондгой хуудаснууд</translation>
    </message>
    <message>
      <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
      <translation>«Нэг цаасан дээрх хуудас» болон «Хуудасны багц» сонголтыг хамт ашиглах боломжгүй.
Аль нэгийг нь унтраана уу.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Хэвлэх</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Файлд хэвлэх ...</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Файлд хэвлэх (PDF)</translation>
    </message>
    <message>
      <source>Right to Left, Bottom to Top</source>
      <translation>Баруунаас зүүн тийш, доороос дээш</translation>
    </message>
    <message>
      <source>Right to Left, Top to Bottom</source>
      <translation>Баруунаас зүүн тийш, дээрээс доош</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>«Эхлэл» утга «төгсгөл» утгаас их байж болохгүй.</translation>
    </message>
    <message>
      <source>There are conflicts in duplex settings. Do you want to fix them?</source>
      <translation>Хоёр талт хэвлэлтийн тохиргоонд зөрчил байна. Засах уу?</translation>
    </message>
    <message>
      <source>Top to Bottom, Left to Right</source>
      <translation>Дээрээс доош, зүүнээс баруун тийш</translation>
    </message>
    <message>
      <source>Top to Bottom, Right to Left</source>
      <translation>Дээрээс доош, баруунаас зүүн тийш</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>PDF файл бичих</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>PDF болгон экспортлох</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Эхний хуудас</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Хуудсанд багтаах</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Өргөнд багтаах</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Хэвтээ</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Сүүлийн хуудас</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Дараагийн хуудас</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Хуудасны тохиргоо</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Хуудасны тохиргоо</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Босоо</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Өмнөх хуудас</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Хэвлэх</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Хэвлэхийн өмнө харах</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Хос хуудсаар харуулах</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Бүх хуудсыг тоймлон харуулах</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Нэг хуудсаар харуулах</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Томруулах</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Жижигрүүлэх</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesDialog</name>
    <message>
      <source>Advanced Option Conflicts</source>
      <translation>Нарийвчилсан тохиргооны зөрчил</translation>
    </message>
    <message>
      <source>Job Options</source>
      <translation>Хэвлэх ажлын тохиргоо</translation>
    </message>
    <message>
      <source>Page Setup Conflicts</source>
      <translation>Хуудасны тохиргооны зөрчил</translation>
    </message>
    <message>
      <source>Printer Properties</source>
      <translation>Хэвлэгчийн шинж чанар</translation>
    </message>
    <message>
      <source>There are conflicts in page setup options. Do you want to fix them?</source>
      <translation>Хуудасны тохиргоонд зөрчил байна. Засах уу?</translation>
    </message>
    <message>
      <source>There are conflicts in some advanced options. Do you want to fix them?</source>
      <translation>Зарим нарийвчилсан тохиргоонд зөрчил байна. Засах уу?</translation>
    </message>
  </context>
  <context>
    <name>QPrintPropertiesWidget</name>
    <message>
      <source>Advanced</source>
      <translation>Нарийвчилсан</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Маягт</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Хуудас</translation>
    </message>
    <message>
      <source>There are conflicts in some options. Please fix them.</source>
      <translation>Зарим тохиргоонд зөрчил байна. Засна уу.</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <source>Collate</source>
      <translation>Хувиар эрэмбэлэх</translation>
    </message>
    <message>
      <source>Color</source>
      <translation>Өнгөт</translation>
    </message>
    <message>
      <source>Color Mode</source>
      <translation>Өнгөний горим</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Хувь</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>Хувийн тоо:</translation>
    </message>
    <message>
      <source>Current Page</source>
      <translation>Одоогийн хуудас</translation>
    </message>
    <message>
      <source>Double Sided Printing</source>
      <translation>Хоёр талт хэвлэлт</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Маягт</translation>
    </message>
    <message>
      <source>Grayscale</source>
      <translation>Саарал өнгөөр</translation>
    </message>
    <message>
      <source>Long side binding</source>
      <translation>Урт талаар нь үдэх</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Унтраасан</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Сонголтууд</translation>
    </message>
    <message>
      <source>Output Settings</source>
      <translation>Гаралтын тохиргоо</translation>
    </message>
    <message>
      <source>Page Set:</source>
      <translation>Хуудасны багц:</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Хуудас</translation>
    </message>
    <message>
      <source>Pages from</source>
      <translation>Хуудас, эхлэл</translation>
    </message>
    <message>
      <source>Print all</source>
      <translation>Бүгдийг хэвлэх</translation>
    </message>
    <message>
      <source>Print range</source>
      <translation>Хэвлэх хүрээ</translation>
    </message>
    <message>
      <source>Reverse</source>
      <translation>Урвуу дарааллаар</translation>
    </message>
    <message>
      <source>Selection</source>
      <translation>Сонгосон хэсэг</translation>
    </message>
    <message>
      <source>Short side binding</source>
      <translation>Богино талаар нь үдэх</translation>
    </message>
    <message>
      <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
      <translation>Хуудас эсвэл хуудасны мужийг таслалаар тусгаарлан оруулна уу. Мужийг зураасаар тусгаарласан хоёр тоогоор заана. Жишээ нь: 3,5-7,9 гэвэл 3, 5, 6, 7, 9 дүгээр хуудсыг хэвлэнэ.</translation>
    </message>
    <message>
      <source>to</source>
      <translation>төгсгөл</translation>
    </message>
    <message>
      <source>Page &amp;Set:</source>
      <translation>Хуудасны &amp;багц:</translation>
    </message>
  </context>
  <context>
    <name>QPrintWidget</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Нэр:</translation>
    </message>
    <message>
      <source>...</source>
      <translation>...</translation>
    </message>
    <message>
      <source>Form</source>
      <translation>Маягт</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Байршил:</translation>
    </message>
    <message>
      <source>Output &amp;file:</source>
      <translation>Гаралтын &amp;файл:</translation>
    </message>
    <message>
      <source>P&amp;roperties</source>
      <translation>&amp;Шинж чанар</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Урьдчилан харах</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Хэвлэгч</translation>
    </message>
    <message>
      <source>Type:</source>
      <translation>Төрөл:</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Болих</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Bottom</source>
      <translation>Хамгийн доор</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Зүүн зах</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Нэг хуудас доош</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Нэг хуудас зүүн тийш</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Нэг хуудас баруун тийш</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Нэг хуудас дээш</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Баруун зах</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Доош гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll here</source>
      <translation>Энд гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Зүүн тийш гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Баруун тийш гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Дээш гүйлгэх</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Хамгийн дээр</translation>
    </message>
  </context>
  <context>
    <name>QSpiAccessibleBridge</name>
    <message>
      <source>alert message</source>
      <translation>анхааруулах мэдэгдэл</translation>
    </message>
    <message>
      <source>animation</source>
      <translation>хөдөлгөөнт дүрс</translation>
    </message>
    <message>
      <source>application</source>
      <translation>програм</translation>
    </message>
    <message>
      <source>assistant</source>
      <translation>туслах</translation>
    </message>
    <message>
      <source>button menu</source>
      <translation>товчны цэс</translation>
    </message>
    <message>
      <source>button with drop down</source>
      <translation>унждаг цэстэй товч</translation>
    </message>
    <message>
      <source>button with drop down grid</source>
      <translation>унждаг хүснэгттэй товч</translation>
    </message>
    <message>
      <source>canvas</source>
      <translation>зургийн талбар</translation>
    </message>
    <message>
      <source>cell</source>
      <translation>нүд</translation>
    </message>
    <message>
      <source>chart</source>
      <translation>диаграмм</translation>
    </message>
    <message>
      <source>check box</source>
      <translation>чагтлах нүд</translation>
    </message>
    <message>
      <source>clock</source>
      <translation>цаг</translation>
    </message>
    <message>
      <source>color chooser</source>
      <translation>өнгө сонгогч</translation>
    </message>
    <message>
      <source>column</source>
      <translation>багана</translation>
    </message>
    <message>
      <source>column header</source>
      <translation>баганын толгой</translation>
    </message>
    <message>
      <source>combo box</source>
      <translation>унждаг жагсаалт</translation>
    </message>
    <message>
      <source>complementary content</source>
      <translation>нэмэлт агуулга</translation>
    </message>
    <message>
      <source>cursor</source>
      <translation>курсор</translation>
    </message>
    <message>
      <source>desktop</source>
      <translation>ажлын талбар</translation>
    </message>
    <message>
      <source>dial</source>
      <translation>эргэдэг тохируулагч</translation>
    </message>
    <message>
      <source>dialog</source>
      <translation>харилцах цонх</translation>
    </message>
    <message>
      <source>document</source>
      <translation>баримт бичиг</translation>
    </message>
    <message>
      <source>equation</source>
      <translation>тэгшитгэл</translation>
    </message>
    <message>
      <source>filler</source>
      <translation>дүүргэгч</translation>
    </message>
    <message>
      <source>footer</source>
      <translation>хөл хэсэг</translation>
    </message>
    <message>
      <source>form</source>
      <translation>маягт</translation>
    </message>
    <message>
      <source>frame</source>
      <translation>хүрээ</translation>
    </message>
    <message>
      <source>graphic</source>
      <translation>график дүрс</translation>
    </message>
    <message>
      <source>grip</source>
      <translation>хэмжээ өөрчлөх бариул</translation>
    </message>
    <message>
      <source>heading</source>
      <translation>гарчиг</translation>
    </message>
    <message>
      <source>help balloon</source>
      <translation>тусламжийн бөмбөлөг</translation>
    </message>
    <message>
      <source>hotkey field</source>
      <translation>товчлуурын хослолын талбар</translation>
    </message>
    <message>
      <source>indicator</source>
      <translation>заагч</translation>
    </message>
    <message>
      <source>invalid role</source>
      <translation>буруу үүрэг</translation>
    </message>
    <message>
      <source>label</source>
      <translation>шошго</translation>
    </message>
    <message>
      <source>layered pane</source>
      <translation>давхаргат самбар</translation>
    </message>
    <message>
      <source>link</source>
      <translation>холбоос</translation>
    </message>
    <message>
      <source>list</source>
      <translation>жагсаалт</translation>
    </message>
    <message>
      <source>list item</source>
      <translation>жагсаалтын зүйл</translation>
    </message>
    <message>
      <source>menu bar</source>
      <translation>цэсний мөр</translation>
    </message>
    <message>
      <source>menu item</source>
      <translation>цэсний зүйл</translation>
    </message>
    <message>
      <source>note</source>
      <translation>тэмдэглэл</translation>
    </message>
    <message>
      <source>notification</source>
      <translation>мэдэгдэл</translation>
    </message>
    <message>
      <source>page tab</source>
      <translation>хуудасны таб</translation>
    </message>
    <message>
      <source>page tab list</source>
      <translation>табын жагсаалт</translation>
    </message>
    <message>
      <source>panel</source>
      <translation>самбар</translation>
    </message>
    <message>
      <source>paragraph</source>
      <translation>догол мөр</translation>
    </message>
    <message>
      <source>popup menu</source>
      <translation>гарч ирэх цэс</translation>
    </message>
    <message>
      <source>progress bar</source>
      <translation>явцын заагч</translation>
    </message>
    <message>
      <source>property page</source>
      <translation>шинж чанарын хуудас</translation>
    </message>
    <message>
      <source>push button</source>
      <translation>товч</translation>
    </message>
    <message>
      <source>radio button</source>
      <translation>радио товч</translation>
    </message>
    <message>
      <source>row</source>
      <translation>мөр</translation>
    </message>
    <message>
      <source>row header</source>
      <translation>мөрийн толгой</translation>
    </message>
    <message>
      <source>scroll bar</source>
      <translation>гүйлгэх зурвас</translation>
    </message>
    <message>
      <source>section</source>
      <translation>хэсэг</translation>
    </message>
    <message>
      <source>separator</source>
      <translation>тусгаарлагч</translation>
    </message>
    <message>
      <source>slider</source>
      <translation>гулсуур</translation>
    </message>
    <message>
      <source>sound</source>
      <translation>дуу</translation>
    </message>
    <message>
      <source>space</source>
      <translation>хоосон зай</translation>
    </message>
    <message>
      <source>spin box</source>
      <translation>тоон талбар</translation>
    </message>
    <message>
      <source>splitter</source>
      <translation>цонх хуваагч</translation>
    </message>
    <message>
      <source>status bar</source>
      <translation>төлөвийн мөр</translation>
    </message>
    <message>
      <source>table</source>
      <translation>хүснэгт</translation>
    </message>
    <message>
      <source>terminal</source>
      <translation>терминал</translation>
    </message>
    <message>
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>text caret</source>
      <translation>текстийн курсор</translation>
    </message>
    <message>
      <source>title bar</source>
      <translation>гарчгийн мөр</translation>
    </message>
    <message>
      <source>tool bar</source>
      <translation>хэрэгслийн самбар</translation>
    </message>
    <message>
      <source>tool tip</source>
      <translation>зөвлөмж</translation>
    </message>
    <message>
      <source>tree</source>
      <translation>мод</translation>
    </message>
    <message>
      <source>tree item</source>
      <translation>модны зангилаа</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>тодорхойгүй</translation>
    </message>
    <message>
      <source>web document</source>
      <translation>веб баримт бичиг</translation>
    </message>
  </context>
  <context>
    <name>QTabBar</name>
    <message>
      <source>Scroll Left</source>
      <translation>Зүүн тийш гүйлгэх</translation>
    </message>
    <message>
      <source>Scroll Right</source>
      <translation>Баруун тийш гүйлгэх</translation>
    </message>
  </context>
  <context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
      <source>FSI First strong isolate</source>
      <translation>FSI Эхний хүчтэй тусгаарлалт</translation>
    </message>
    <message>
      <source>Insert Unicode control character</source>
      <translation>Юникод удирдах тэмдэгт оруулах</translation>
    </message>
    <message>
      <source>LRE Start of left-to-right embedding</source>
      <translation>LRE Зүүнээс баруун шигтгэлийн эхлэл</translation>
    </message>
    <message>
      <source>LRI Left-to-right isolate</source>
      <translation>LRI Зүүнээс баруун тусгаарлалт</translation>
    </message>
    <message>
      <source>LRM Left-to-right mark</source>
      <translation>LRM Зүүнээс баруун тэмдэг</translation>
    </message>
    <message>
      <source>LRO Start of left-to-right override</source>
      <translation>LRO Зүүнээс баруун давамгайллын эхлэл</translation>
    </message>
    <message>
      <source>PDF Pop directional formatting</source>
      <translation>PDF Чиглэлийн форматлалтын төгсгөл</translation>
    </message>
    <message>
      <source>PDI Pop directional isolate</source>
      <translation>PDI Чиглэлийн тусгаарлалтын төгсгөл</translation>
    </message>
    <message>
      <source>RLE Start of right-to-left embedding</source>
      <translation>RLE Баруунаас зүүн шигтгэлийн эхлэл</translation>
    </message>
    <message>
      <source>RLI Right-to-left isolate</source>
      <translation>RLI Баруунаас зүүн тусгаарлалт</translation>
    </message>
    <message>
      <source>RLM Right-to-left mark</source>
      <translation>RLM Баруунаас зүүн тэмдэг</translation>
    </message>
    <message>
      <source>RLO Start of right-to-left override</source>
      <translation>RLO Баруунаас зүүн давамгайллын эхлэл</translation>
    </message>
    <message>
      <source>ZWJ Zero width joiner</source>
      <translation>ZWJ Тэг өргөнтэй холбогч</translation>
    </message>
    <message>
      <source>ZWNJ Zero width non-joiner</source>
      <translation>ZWNJ Тэг өргөнтэй салгагч</translation>
    </message>
    <message>
      <source>ZWSP Zero width space</source>
      <translation>ZWSP Тэг өргөнтэй зай</translation>
    </message>
  </context>
  <context>
    <name>QWidget</name>
    <message>
      <source>*</source>
      <translation>*</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>Х&amp;уулах</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>Буул&amp;гах</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Дахин хийх</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Буцаах</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Холб&amp;оосын хаягийг хуулах</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Хайчлах</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Устгах</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Бүгдийг сонгох</translation>
    </message>
  </context>
</TS>
