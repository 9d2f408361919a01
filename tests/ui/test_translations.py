"""Every visible string goes through Qt's translation system and has a Mongolian translation that ships."""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "caseapp_mn.ts"
QM = TS.with_suffix(".qm")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(context.findtext("name"), message.findtext("source")): message
            for context in tree.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("language", ["mn", "en"])
def test_each_catalogue_covers_every_string_in_the_sources(tmp_path, language):
    catalogue = TS.with_name(f"caseapp_{language}.ts")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = set(messages(fresh))
    shipped = messages(catalogue)
    assert in_code, "lupdate found no strings"
    missing = in_code - set(shipped)
    assert not missing, f"strings not in {catalogue.name}: {sorted(missing)}"
    for key in in_code:
        translation = shipped[key].find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished") and translation.text, key
    assert catalogue.with_suffix(".qm").stat().st_mtime >= catalogue.stat().st_mtime - 5


def test_the_compiled_catalogue_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("CaseTableModel", "Case number") == "Хэргийн дугаар"
        assert QCoreApplication.translate("Errors", "Not allowed") == "Эрх хүрэхгүй"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 5      # compiled after the last edit


def english_words_on(window) -> set[str]:
    """Latin-letter words a clerk would read on ``window``: visible texts, titles, tooltips, accessible names,
    column headers and list entries of every child widget (file names and paths are the caller's to allow)."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QWidget)

    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    words = set()
    for text in texts:
        words |= set(re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", " ", text or "")))
    return words


def test_qt_own_file_and_print_dialogs_speak_mongolian(qtbot, mongolian, tmp_path):
    """Qt's file and print dialogs appeared in English inside the Mongolian interface."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QPushButton, QTabBar

    (tmp_path / "report.xlsx").write_bytes(b"")
    allowed = {"xlsx", "pdf", "PDF", "report", "receipt"}        # the files' names, and the format
    files = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(files)
    files.show()
    qtbot.waitExposed(files)
    left = {w for w in english_words_on(files) if w not in allowed and w not in str(tmp_path)}
    assert not left, f"English in the file dialog: {sorted(left)}"

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName(str(tmp_path / "receipt.pdf"))
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    printing.show()
    qtbot.waitExposed(printing)
    options = [b for b in printing.findChildren(QPushButton) if "&Тохиргоо" in b.text()]
    assert options, "the print dialog's Options button is not in Mongolian"
    options[0].click()                  # the pages, copies and layout options too
    left = {w for w in english_words_on(printing) if w not in allowed and w not in str(tmp_path)}
    assert not left, f"English in the print dialog: {sorted(left)}"

    bar = QTabBar()
    qtbot.addWidget(bar)
    names = {button.accessibleName() or button.toolTip() for button in bar.findChildren(QAbstractButton)}
    assert names and not any(re.search("[A-Za-z]{3,}", n) for n in names), names
    box = QMessageBox(QMessageBox.Icon.Question, "", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert {b.text() for b in box.buttons()} == {"&Тийм", "&Үгүй"}
