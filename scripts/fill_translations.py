"""Fill unfinished entries of the Mongolian catalogue from a JSON file {"Context|source": "translation"}.

    .venv/bin/python scripts/fill_translations.py NEW.json && .venv/bin/python scripts/update_translations.py

Prints what is still unfinished. Kept so a translator can hand over a plain JSON file instead of using Linguist.
"""

from __future__ import annotations

import json
from pathlib import Path
import sys
import xml.etree.ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "caseapp_mn.ts"


def main(argv: list[str]) -> int:
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    left = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            key = f"{name}|{message.find('source').text}"
            if key in table:
                translation.text = table[key]
                del translation.attrib["type"]
            else:
                left.append(key)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for key in left:
        print("unfinished:", key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
