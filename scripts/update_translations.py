"""Refresh the translation catalogue from the sources and compile it.

    .venv/bin/python scripts/update_translations.py

Runs pyside6-lupdate over ui/ (existing translations are kept, new strings are added as unfinished) and
pyside6-lrelease to produce the .qm file that ships in resources/translations/. Translate the unfinished
entries in the .ts file (Qt Linguist, or any editor) and run it again.
"""

from __future__ import annotations

from pathlib import Path
import subprocess
import sys

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "caseapp_mn.ts"
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS.relative_to(ROOT)),
                    "-target-language", "mn_MN"], cwd=ROOT, check=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT, check=True)
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    if unfinished:
        print(f"{unfinished} strings still need a Mongolian translation in {TS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
