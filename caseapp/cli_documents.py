"""`caseapp doc ...`: issue, reprint and verify documents; the day's reminders; the office letterhead."""

from __future__ import annotations

import argparse
from pathlib import Path
import sys
from typing import Callable

from caseapp.errors import CaseAppError

ISSUED = ("receipt", "letter", "notice", "transfer", "file")


def _write(path: Path, pdf: bytes) -> None:
    try:
        path.write_bytes(pdf)
    except OSError as exc:
        raise CaseAppError(f"Файл бичиж чадсангүй: {exc.strerror} ({path})") from exc


def _issuer(db, username: str | None, roles: tuple[str, ...]):
    """Who the issue is recorded as: --as USER, else the office's first active user of ``roles`` (in order)."""
    from caseapp.services import users

    if username:
        return users.actor_for(db, username)
    for role in roles:
        found = [u for u in users.list_users(db) if u.role == role and u.active and not u.locked]
        if found:
            print(f"бүртгэлд / recorded as: {found[0].username}", file=sys.stderr)
            return users.actor_for(db, found[0].username)
    raise CaseAppError("Баримт гаргах эрхтэй идэвхтэй хэрэглэгч алга; --as USERNAME-ээр зааж өгнө үү.")


def cmd_doc(args) -> int:
    from caseapp.cli import _open
    from caseapp.services import documents, letterhead, queries

    db = _open(args)
    try:
        if args.action in ISSUED or args.action in ("reprint", "reminders"):
            actor = _issuer(db, args.as_user, ("manager", "clerk"))
        elif args.action == "letterhead":
            actor = _issuer(db, args.as_user, ("admin",))
        if args.action in ISSUED:
            if not args.case or not args.output:
                raise CaseAppError("--case ДУГААР болон -o ФАЙЛ.pdf заавал.")
            document = documents.issue_document(db, actor, args.case, args.action, language=args.lang,
                                                size=args.size, to_office=args.to, file_name=args.output.name)
            _write(args.output, document.pdf)
            print(f"{document.case_number}\t{document.kind}\t{document.doc_id}\tsha256:{document.sha256}\t"
                  f"{args.output}")
        elif args.action == "reprint":
            if not args.document or not args.output:
                raise CaseAppError("--doc ID болон -o ФАЙЛ.pdf заавал.")
            document = documents.reprint(db, actor, args.document, file_name=args.output.name)
            _write(args.output, document.pdf)
            print(f"{document.case_number}\t{document.kind}\t{document.doc_id}\tsha256:{document.sha256}\t"
                  f"reprint of {document.reprint_of}")
        elif args.action == "register":
            if not args.case:
                raise CaseAppError("--case ДУГААР заавал.")
            for r in documents.register_of(db, args.case):
                print(f"{r.issued_at}\t{r.kind}\t{r.doc_id}\t{r.issued_by}\tsha256:{r.sha256}"
                      + (f"\treprint of {r.reprint_of}" if r.reprint_of else ""))
        elif args.action == "verify":
            if not args.token:
                raise CaseAppError("--token КОД (QR кодоос уншсан) заавал.")
            pdf = args.file.read_bytes() if args.file else None
            records = documents.verify(db, args.token, pdf)
            if not records:
                print("олдсонгүй / not found" + (" (файл өөрчлөгдсөн байж болзошгүй)" if pdf else ""))
                return 3
            for r in records:
                print(f"{r.case_number}\t{r.kind}\t{r.issued_at}\t{r.issued_by}\tsha256:{r.sha256}")
        elif args.action == "reminders":
            if not args.output:
                raise CaseAppError("-o ФАЙЛ.pdf заавал.")
            pdf, count = documents.reminders_pdf(db, actor, language=args.lang)
            _write(args.output, pdf)
            print(f"{count} сануулга / reminders\t{args.output}")
        elif args.action == "letterhead":
            changes = {k: getattr(args, k) for k in ("address", "phone", "signatory_name", "signatory_title")
                       if getattr(args, k) is not None}
            if args.logo is not None:
                changes["logo_png"] = args.logo.read_bytes() if str(args.logo) else None
            head = letterhead.set_letterhead(db, actor, queries.workstation(db).office_code, changes)
            print(f"{head.name}\t{head.address}\t{head.phone}\t{head.signatory_title}\t{head.signatory_name}\t"
                  f"logo:{'yes' if head.logo_png else 'no'}")
    finally:
        db.close()
    return 0


def add_document_command(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("doc", cmd_doc, "documents: receipt, letter, notice, transfer, file; reprint, register, verify; "
                            "the day's reminders; the office letterhead")
    p.add_argument("action", choices=(*ISSUED, "reprint", "register", "verify", "reminders", "letterhead"))
    p.add_argument("--case", help="case number")
    p.add_argument("-o", "--output", type=Path, help="PDF file to write")
    p.add_argument("--to", help="transfer: the receiving office's code")
    p.add_argument("--size", choices=("a5", "80mm"), default="a5", help="receipt: A5 sheet or 80 mm roll")
    p.add_argument("--lang", choices=("mn", "en"), default="mn")
    p.add_argument("--doc", dest="document", help="reprint: the document id")
    p.add_argument("--token", help="verify: the code printed under the QR (or what the QR reads)")
    p.add_argument("--file", type=Path, help="verify: also check that this PDF is the one issued")
    p.add_argument("--as", dest="as_user", help="the user the issue is recorded as (default: the office's first "
                                                "manager, else clerk; the letterhead: the first admin)")
    for name in ("address", "phone", "signatory-name", "signatory-title"):
        p.add_argument(f"--{name}", help=f"letterhead: {name.replace('-', ' ')}")
    p.add_argument("--logo", type=Path, help="letterhead: a PNG logo ('' removes it)")
