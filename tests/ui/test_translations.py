"""Every visible string goes through Qt's translation system and has a Mongolian translation that ships."""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from PySide6.QtCore import QCoreApplication, QTranslator

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
