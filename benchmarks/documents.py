"""Document benchmark (docs/architecture.md §13): the counter receipt with its QR code, and a 200-event case file.

    .venv/bin/python benchmarks/documents.py [--receipts 200]

Times, in one run on a fresh database:
- rendering a receipt (data already read: what the printer waits for), and issuing one (read the case, render,
  record the issue event: what the clerk waits for after Ctrl+P), per receipt, median and p95;
- the case file of a case with 200 events (rendered and issued);
- the baseline: a bare reportlab page with one DejaVu paragraph and nothing else (the cost floor of reportlab
  with an embedded font on this machine), and the ratio of a receipt to it.
Budget: one receipt <= 30 ms.
"""

from __future__ import annotations

import argparse
from datetime import date
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import PASSWORD, fresh_database, median_ms, p95_ms, verdict  # noqa: E402

from caseapp.services import documents, users, workflow  # noqa: E402
from caseapp.services.workflow import IntakeForm  # noqa: E402


def bare_page() -> bytes:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    documents.register_fonts()
    styles = documents._Styles(10)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1, initialFontName=documents.FONT).build(
        [Paragraph("Өргөдөл, хүсэлт хүлээн авсан баримт UB-BZD-2026-01-000001", styles.body)])
    return buffer.getvalue()


def timed(work, count: int) -> list[float]:
    samples = []
    for _ in range(count):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--receipts", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="caseapp-documents-"))
    db = fresh_database(folder / "documents.sqlite3")
    admin = users.login(db, "admin", PASSWORD)
    users.add_user(db, admin, username="clerk", password=PASSWORD, role="clerk", full_name="Батболдын Сарангэрэл")
    clerk = users.actor_for(db, "clerk")
    case = workflow.register_case(db, clerk, IntakeForm(
        register_no="УБ99031512", service_code="PET-GENERAL", subject="Газрын маргаан «№5» ₮12,500",
        family_name="Ёндонжамцын", given_name="Өлзийбүүвэй", phone="99112233", address="Баянзүрх, 4-р хороо"))

    documents.issue_document(db, clerk, case.case_number, "receipt")      # fonts loaded once, as in the program
    with db.uow() as uow:
        data = documents.build_data(uow.conn, case.case_id, "receipt", language="mn", token="t" * 24,
                                    issued_on=date.today())
    baseline = timed(bare_page, args.receipts)
    render = timed(lambda: documents.render(data), args.receipts)
    # one receipt per new case, as at the counter (a case's own events are what the receipt is drawn from)
    numbers = [workflow.register_case(db, clerk, IntakeForm(
        register_no="УБ99031512", service_code="PET-GENERAL", subject=f"Өргөдөл №{n} «{n}» ₮{n * 100:,}",
        family_name="Ёндонжамцын", given_name="Өлзийбүүвэй")).case_number for n in range(args.receipts + 50)]
    queue = iter(numbers)
    issue = timed(lambda: documents.issue_document(db, clerk, next(queue), "receipt"), args.receipts)
    roll = timed(lambda: documents.issue_document(db, clerk, next(queue), "receipt", size="80mm"), 50)

    big = workflow.register_case(db, clerk, IntakeForm(
        register_no="УБ85042301", service_code="PET-GENERAL", subject="Олон үйлдэлтэй хэрэг",
        family_name="Болдын", given_name="Үүрцайх", description="Дэлгэрэнгүй тайлбар. " * 200))
    for number in range(198):
        workflow.add_note(db, clerk, big.case_number, f"Тэмдэглэл №{number}: иргэн утсаар лавласан. " * 3)
    with db.uow() as uow:
        file_data = documents.build_data(uow.conn, big.case_id, "file", language="mn", token="t" * 24,
                                         issued_on=date.today(), compiled_by="Батболдын Сарангэрэл")
    events = len(file_data.timeline)
    file_render = timed(lambda: documents.render(file_data), 5)
    file_issue = timed(lambda: documents.issue_document(db, clerk, big.case_number, "file"), 5)
    pages = documents.render(file_data).count(b"/Type /Page\n")

    ratio = statistics.median(render) / statistics.median(baseline)
    print(f"database: {folder} · {args.receipts} receipts · medians (p95)")
    print(f"  bare reportlab page, one DejaVu paragraph (baseline) {median_ms(baseline):7.1f} ms")
    print(f"  receipt A5 with QR, rendered                         {median_ms(render):7.1f} ms "
          f"(p95 {p95_ms(render):.1f})  {ratio:.1f}x baseline · {1 / statistics.median(render):.0f} receipts/s")
    print(f"  receipt A5 issued (read + render + event)            {median_ms(issue):7.1f} ms "
          f"(p95 {p95_ms(issue):.1f})  budget 30 ms: {verdict(statistics.median(issue), 0.030)}")
    print(f"  receipt 80 mm roll issued                            {median_ms(roll):7.1f} ms (p95 {p95_ms(roll):.1f})")
    print(f"  case file, {events} events, {pages} pages: rendered       {median_ms(file_render):7.1f} ms, "
          f"issued {median_ms(file_issue):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
