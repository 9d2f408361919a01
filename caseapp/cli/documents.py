"""``caseapp doc ...``: issue, reprint and verify documents; the day's reminders; the office letterhead."""

from __future__ import annotations

import argparse
from pathlib import Path
import stat

from caseapp.cli.common import EXIT_CHECK_FAILED, ArgTypes, add_credentials, open_db, say, signed_in, write_file
from caseapp.errors import ValidationError

ISSUED = ("receipt", "letter", "notice", "transfer", "file")       # = caseapp.services.documents.KINDS (tested)
ACTIONS = (*ISSUED, "reprint", "register", "verify", "reminders", "letterhead")


def _require(args: argparse.Namespace, *names: str) -> None:
    missing = [name for name in names if not getattr(args, name)]
    if missing:
        options = {"case": "--case", "output": "-o", "document": "--doc", "token": "--token"}
        raise ValidationError("cli.options_required", field=missing[0], action=args.action,
                              options=", ".join(options[name] for name in missing))


def cmd_doc(args: argparse.Namespace) -> int:
    from caseapp.services import documents, letterhead, queries

    with open_db(args) as db:
        if args.action in ISSUED:
            _require(args, "case", "output")
            actor = signed_in(args, db)
            document = documents.issue_document(db, actor, args.case, args.action, language=args.lang,
                                                size=args.size, to_office=args.to, file_name=args.output.name,
                                                output=args.output)
            print(f"{document.case_number}\t{document.kind}\t{document.doc_id}\tsha256:{document.sha256}\t"
                  f"{args.output}")
        elif args.action == "reprint":
            _require(args, "document", "output")
            actor = signed_in(args, db)
            document = documents.reprint(db, actor, args.document, file_name=args.output.name,
                                         output=args.output)
            print(f"{document.case_number}\t{document.kind}\t{document.doc_id}\tsha256:{document.sha256}\t"
                  f"reprint of {document.reprint_of}")
        elif args.action == "register":
            _require(args, "case")
            for r in documents.register_of(db, args.case):
                print(f"{r.issued_at}\t{r.kind}\t{r.doc_id}\t{r.issued_by}\tsha256:{r.sha256}"
                      + (f"\treprint of {r.reprint_of}" if r.reprint_of else ""))
        elif args.action == "verify":
            _require(args, "token")
            pdf = _read(args.file) if args.file else None
            records = documents.verify(db, args.token, pdf)
            if not records:
                say(args, "cli.verify_altered" if pdf else "cli.verify_unknown")
                return EXIT_CHECK_FAILED
            for r in records:
                print(f"{r.case_number}\t{r.kind}\t{r.issued_at}\t{r.issued_by}\tsha256:{r.sha256}")
        elif args.action == "reminders":
            _require(args, "output")
            actor = signed_in(args, db)
            pdf, count = documents.reminders_pdf(db, actor, language=args.lang)
            write_file(args.output, pdf)
            say(args, "cli.reminders_written", count=count, path=str(args.output))
        elif args.action == "letterhead":
            actor = signed_in(args, db)
            changes: dict[str, object] = {k: getattr(args, k) for k in
                                          ("address", "phone", "signatory_name", "signatory_title")
                                          if getattr(args, k) is not None}
            if args.logo is not None:       # a regular PNG file within the size limit; '' removes the logo
                changes["logo_png"] = letterhead.read_logo(args.logo) if args.logo else None
            head = letterhead.set_letterhead(db, actor, queries.workstation(db).office_code, changes)
            print(f"{head.name}\t{head.address}\t{head.phone}\t{head.signatory_title}\t{head.signatory_name}\t"
                  f"logo:{'yes' if head.logo_png else 'no'}")
    return 0


MAX_PDF_BYTES = 50_000_000           # far above any document the program issues


def _read(path: Path) -> bytes:
    """A PDF to verify: only a regular file of a sensible size is read (/dev/zero would be read forever)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_PDF_BYTES:
            raise ValidationError("cli.not_a_document_file", field="file", path=str(path),
                                  max=MAX_PDF_BYTES // 1_000_000)
        with path.open("rb") as handle:
            return handle.read(MAX_PDF_BYTES + 1)
    except OSError as exc:
        raise ValidationError("cli.cannot_read", field="file", reason=exc.strerror or str(exc),
                              path=str(path)) from exc


def register(add, types: ArgTypes) -> None:
    p = add("doc", cmd_doc, "documents: receipt, letter, notice, transfer, file; reprint, register, verify; "
                            "the day's reminders; the office letterhead")
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("--case", help="case number")
    p.add_argument("-o", "--output", type=Path, help="PDF file to write")
    p.add_argument("--to", help="transfer: the receiving office's code")
    p.add_argument("--size", choices=("a5", "80mm"), default="a5", help="receipt: A5 sheet or 80 mm roll")
    p.add_argument("--doc", dest="document", help="reprint: the document id")
    p.add_argument("--token", help="verify: the code printed under the QR (or what the QR reads)")
    p.add_argument("--file", type=Path, help="verify: also check that this PDF is the one issued")
    add_credentials(p, "issue, reprint, reminders: a clerk or manager; letterhead: an admin")
    for name in ("address", "phone", "signatory-name", "signatory-title"):
        p.add_argument(f"--{name}", help=f"letterhead: {name.replace('-', ' ')}")
    p.add_argument("--logo", help="letterhead: a PNG logo file ('' removes it)")      # text: Path('') is '.'
