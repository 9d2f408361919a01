"""The office's letterhead on letters and receipts: address, phone, the signatory, an optional logo.

Stored as reference data (an ``office.changed`` event on the office's stream, so sync carries it to every
workstation of the office); an admin changes it.
"""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path
import stat

from sqlalchemy import select

from caseapp.domain.events import OFFICE
from caseapp.errors import NotFoundError, PermissionDenied, ValidationError
from caseapp.services import validation as check
from caseapp.services.database import Database
from caseapp.services.documents import Letterhead, letterhead
from caseapp.services.users import Actor, require
from caseapp.storage.eventlog import EventWriter
from caseapp.storage.event_rows import stream_version
from caseapp.storage.models import OfficeRow, table_of

OFFICES = table_of(OfficeRow)
MAX_LOGO_BYTES = 300_000
TEXT_FIELDS = {"address": 300, "phone": 80, "signatory_name": 200, "signatory_title": 200}


def get(db: Database, office_code: str, language: str = "mn") -> Letterhead:
    office_code = check.plain(office_code, "office")
    with db.uow() as uow:
        return letterhead(uow.conn, office_code, language)


def read_logo(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the logo file a person named, read only when it is a regular file within the size limit: a
    device (/dev/zero reads forever), a pipe or a folder is refused before anything is read."""
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):        # Path.is_file(), but a missing file says it is missing
            raise ValidationError("letterhead.logo_not_file", field="logo", path=str(path))
        # opened without waiting (a pipe swapped in meanwhile), then checked again on what was really opened
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ValidationError("letterhead.logo_not_file", field="logo", path=str(path))
            if info.st_size > MAX_LOGO_BYTES:
                raise ValidationError("letterhead.logo_too_big", field="logo", max=MAX_LOGO_BYTES // 1000,
                                      size=info.st_size // 1000)
            data = file.read(MAX_LOGO_BYTES + 1)      # a file that grows (or says 0 bytes) is never read whole
    except (OSError, ValueError) as exc:        # ValueError: a path with a NUL in it
        raise ValidationError("letterhead.logo_unreadable", field="logo", path=str(path),
                              reason=getattr(exc, "strerror", None) or str(exc)) from None
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("letterhead.logo_too_big", field="logo", max=MAX_LOGO_BYTES // 1000,
                              size=len(data) // 1000)
    return data


def _checked_logo(logo_png: bytes) -> bytes:
    if len(logo_png) > MAX_LOGO_BYTES:
        raise ValidationError("letterhead.logo_too_big", field="logo", max=MAX_LOGO_BYTES // 1000,
                              size=len(logo_png) // 1000)
    if not logo_png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("letterhead.logo_not_png", field="logo")
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(io.BytesIO(logo_png)).getSize()
    except Exception:  # noqa: BLE001 - any decoding failure means a broken image
        raise ValidationError("letterhead.logo_broken", field="logo") from None
    if not (16 <= width <= 4000 and 16 <= height <= 4000):
        raise ValidationError("letterhead.logo_size", field="logo")
    return logo_png


def set_letterhead(db: Database, actor: Actor, office_code: str, changes: dict) -> Letterhead:
    """Change the letterhead (admin). ``changes``: address, phone, signatory_name, signatory_title (text) and
    logo_png (PNG bytes, or None to remove the logo). Only what really changes is recorded."""
    require(actor, "edit_letterhead")
    if office_code != actor.office_id:
        raise PermissionDenied("letterhead.own_office", field="office")
    unknown = set(changes) - set(TEXT_FIELDS) - {"logo_png"}
    if unknown:
        raise ValidationError("letterhead.unknown_field", field=sorted(unknown)[0], name=sorted(unknown)[0])
    fields: dict = {}
    for name, limit in TEXT_FIELDS.items():
        if name in changes:
            value = changes[name]
            fields[name] = check.phone(value) if name == "phone" else check.text(
                value, name, max_length=limit, strip=True)
    if "logo_png" in changes:
        logo = changes["logo_png"]
        fields["logo_png_b64"] = base64.b64encode(_checked_logo(logo)).decode("ascii") if logo else None
    with db.uow(write=True, acting=actor) as uow:
        row = uow.conn.execute(select(OFFICES).where(OFFICES.c.code == office_code)).first()
        if row is None:
            raise NotFoundError("office.not_found", field="office", office=office_code)
        current = {"address": row.address or "", "phone": row.phone or "", "signatory_name": row.signatory_name or "",
                   "signatory_title": row.signatory_title or "",
                   "logo_png_b64": base64.b64encode(row.logo_png).decode("ascii") if row.logo_png else None}
        changed = {k: v for k, v in fields.items() if current.get(k) != v}
        if changed:
            writer = EventWriter(uow.conn, uow.clock)
            writer.append(OFFICE, office_code, "office.changed", changed, user_id=actor.user_id,
                          base_version=stream_version(uow.conn, OFFICE, office_code))
            writer.flush()
            uow.commit()
    return get(db, office_code)
