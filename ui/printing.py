"""Print a PDF through the system's print dialog, or save it as a file.

PySide6-Essentials has no QtPdf, so the pages are rasterised with PDFium (pypdfium2) at the printer's resolution
and painted onto Qt's printer: what comes out is the same PDF the register's sha256 describes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, QStandardPaths
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from caseapp.services import files

MAX_DPI = 300


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Draw every page of ``pdf`` on ``printer`` (each page at its own size). Returns the pages printed."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        painter = QPainter()
        dpi = min(MAX_DPI, max(printer.resolution(), 72))
        for number in range(len(document)):
            page = document[number]
            width_pt, height_pt = page.get_size()
            printer.setPageSize(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "",
                                          QPageSize.SizeMatchPolicy.FuzzyMatch))   # A4, A5 or the 80 mm roll
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            if number == 0:
                if not painter.begin(printer):
                    raise OSError(QCoreApplication.translate("Printing", "The printer could not be opened."))
            else:
                printer.newPage()
            image = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = image.tobytes("raw", "RGB")
            qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
            target = painter.viewport()
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), qimage)
        if len(document):
            painter.end()
        return len(document)
    finally:
        document.close()


_chosen_folder = [""]


def default_documents_folder() -> Path:
    """A caseapp folder in the user's Documents."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(base) / "caseapp"


def use_documents_folder(folder: str) -> None:
    """The workstation's setting (``settings.get(db, "documents_folder")``; empty: the default folder)."""
    _chosen_folder[0] = folder


def documents_folder() -> Path:
    """Where documents printed or saved to a file, and reports, go unless the clerk picks another place: the
    folder chosen in the settings, else ``default_documents_folder()``. Made if it is missing."""
    folder = Path(_chosen_folder[0]) if _chosen_folder[0] else default_documents_folder()
    try:
        files.private_folder(folder)
    except OSError:
        pass                # the save dialog shows the clerk where it is, and the write says what is wrong
    return folder


def document_file_name(case_number: str, kind: str, doc_id: str) -> str:
    """One file per document: the case, the kind and the issue (a reprint is its own file); the day's reminder
    slips (no document id) are named after their day."""
    return f"{case_number}-{kind}-{doc_id[-8:]}.pdf" if doc_id else f"{case_number}-{kind}.pdf"


def print_pdf(pdf: bytes, parent: QWidget | None, title: str, file_name: str | None = None) -> bool:
    """The system print dialog, then the document on the chosen printer. False if the user cancelled.
    "Print to file" is offered ``file_name`` in the documents folder, never one file that each print overwrites."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    if file_name:
        printer.setOutputFileName(str(documents_folder() / file_name))
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)     # a real printer stays the default
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(pdf, printer)
    printed = Path(printer.outputFileName()) if printer.outputFileName() else None
    if printed is not None and printed.is_file():    # printed to a file: personal data, the owner's only
        printed.chmod(files.PRIVATE_FILE)
    return True


def save_pdf(pdf: bytes, parent: QWidget | None, suggested_name: str) -> Path | None:
    """A save dialog (in the documents folder), then the file. None if the user cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Save as PDF"),
                                          str(documents_folder() / suggested_name),
                                          QCoreApplication.translate("Printing", "PDF documents (*.pdf)"))
    if not path:
        return None
    target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
    return files.write_private(target, pdf)          # whole or not at all, the owner's only
