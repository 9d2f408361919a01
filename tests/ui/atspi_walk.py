"""What a screen reader reads of the running program, over the real accessibility bus (AT-SPI).

Run by test_screen_reader.py with the *system* Python (pyatspi comes from Debian's python3-pyatspi, not from
PyPI), on the same D-Bus session as the program:

    /usr/bin/python3 atspi_walk.py APP_NAME WINDOW_NAME [--type NAME=TEXT ...] [--press NAME]

Waits for the program's window whose name starts with WINDOW_NAME, prints one JSON line: every control that is
showing (role, name, description, focusable, and rows for a table); then types into the fields named
(EditableText, as an assistive tool does) and presses the button or menu item named (its Action). Exit code 2
when the window never appeared.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi

FOCUSABLE_ROLES = {"push button", "text", "password text", "combo box", "check box", "radio button", "table",
                   "list", "tree table", "spin button", "page tab", "menu item", "slider", "tree",
                   "page tab list"}


def find_window(app_name: str, window_name: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None or app.name != app_name:
                continue
            for window in app:
                if window is not None and (window.name or "").startswith(window_name) and \
                        window.getState().contains(pyatspi.STATE_SHOWING):
                    return window
        time.sleep(0.3)
    return None


def walk(node, found: list[dict], depth: int = 0) -> None:
    if node is None or depth > 40:
        return
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    role = node.getRoleName()
    entry = {"role": role, "name": node.name or "", "description": node.description or "",
             "focusable": states.contains(pyatspi.STATE_FOCUSABLE)}
    if role in ("table", "tree table"):
        try:
            table = node.queryTable()
            entry["rows"], entry["columns"] = table.nRows, table.nColumns
            entry["headers"] = [table.getColumnDescription(c) or
                                (table.getColumnHeader(c).name if table.getColumnHeader(c) else "")
                                for c in range(min(table.nColumns, 12))]
        except NotImplementedError:
            pass
    found.append(entry)
    if role in ("table", "tree table", "list"):
        return                                  # the rows are data, not controls
    for child in node:
        walk(child, found, depth + 1)


def by_name(node, name: str, roles: tuple[str, ...]):
    if node is None:
        return None
    role = node.getRoleName()
    if node.name == name and role in roles and (role == "menu item" or
                                                 node.getState().contains(pyatspi.STATE_SHOWING)):
        return node                   # a menu's items are there, not showing, until the menu opens
    for child in node:
        hit = by_name(child, name, roles)
        if hit is not None:
            return hit
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("window")
    parser.add_argument("--type", action="append", default=[], metavar="NAME=TEXT")
    parser.add_argument("--press")
    args = parser.parse_args()
    window = find_window(args.app, args.window)
    if window is None:
        print(json.dumps({"error": f"no window {args.window!r} of {args.app!r}"}), flush=True)
        return 2
    time.sleep(0.5)                             # let the window finish laying out its children
    found: list[dict] = []
    walk(window, found)
    print(json.dumps({"window": window.name, "controls": found}, ensure_ascii=False), flush=True)
    for pair in args.type:
        name, text = pair.split("=", 1)
        field = by_name(window, name, ("text", "password text"))
        if field is None:
            print(json.dumps({"error": f"no field {name!r}"}), flush=True)
            return 3
        editable = field.queryEditableText()
        editable.setTextContents(text)
    if args.press:
        button = by_name(window, args.press, ("push button", "menu item"))
        if button is None:
            print(json.dumps({"error": f"no button {args.press!r}"}), flush=True)
            return 3
        action = button.queryAction()
        action.doAction(0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
