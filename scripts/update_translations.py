"""Refresh the translation catalogues from the sources and compile them.

    .venv/bin/python scripts/update_translations.py

Runs pyside6-lupdate over ui/ for Mongolian and English (existing translations are kept, new strings are added),
and pyside6-lrelease to produce the .qm files that ship in resources/translations/ (qt_mn.ts, Mongolian for Qt's
own dialogs, is edited by hand and only compiled). The source strings are English,
so new English entries start as the source text (change the wording there without touching the code); new
Mongolian entries stay unfinished until translated (Qt Linguist, any editor, or scripts/fill_translations.py).
"""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOGUES = {"mn": (FOLDER / "caseapp_mn.ts", "mn_MN"), "en": (FOLDER / "caseapp_en.ts", "en_GB")}
QT_CATALOGUES = (FOLDER / "qt_mn.ts",)     # Mongolian for Qt's own dialogs (Qt ships none); English is Qt's source
BIN = Path(sys.executable).parent


def source_as_translation(ts: Path) -> None:
    """English catalogue: an unfinished entry gets its (English) source text."""
    text = ts.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    changed = False
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source")
            del translation.attrib["type"]
            changed = True
    if changed:
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    for language, (ts, target) in CATALOGUES.items():
        lupdate = [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts.relative_to(ROOT)),
                   "-target-language", target]
        subprocess.run(lupdate, cwd=ROOT, check=True)
        if language == "en":
            source_as_translation(ts)
            subprocess.run(lupdate, cwd=ROOT, check=True)        # back to lupdate's own layout
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT,
                       check=True)
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        if unfinished:
            print(f"{unfinished} strings still need a translation in {ts}")
    for ts in QT_CATALOGUES:          # Qt's own strings: kept by hand, only compiled here
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT,
                       check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
