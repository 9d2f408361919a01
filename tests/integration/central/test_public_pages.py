"""The citizens' pages of the central server over HTTP (the browser's view is tests/ui/test_public_browser.py):
a receipt's QR opens its document and case; the status page wants the number and the access code and says no
more than it should; failed guesses are slowed down; the statistics agree with SQL on the central database."""

from __future__ import annotations

import re
import subprocess
import time

import httpx

from caseapp.services import documents, workflow
from tests.integration.test_documents import tool


def qr_of(pdf: bytes, tmp_path) -> str:
    """What a phone's camera reads off the printed receipt."""
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    image = tmp_path / "receipt"
    subprocess.run([tool("pdftoppm"), "-r", "150", "-png", "-singlefile", str(path), str(image)], check=True)
    decoded = subprocess.run([tool("zbarimg"), "-q", "--raw", str(image) + ".png"], capture_output=True, text=True)
    return decoded.stdout.strip()


def receipt_synced(server, workstations, tmp_path, *, family: str = "Батбаяр", given: str = "Должин"):
    """An enrolled counter registers a case, prints its receipt and syncs. Returns (station, case, receipt, url)."""
    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    case = a1.register("Газрын маргаан «№5»", family=family, given=given)
    receipt = documents.issue_document(a1.db, a1.actor("clerk1"), case.case_number, "receipt")
    a1.sync()
    return a1, case, receipt, qr_of(receipt.pdf, tmp_path)


def folded(server, predicate, timeout: float = 20.0):
    """The centre folds after answering a push (its own process): wait for what a page reads."""
    deadline = time.monotonic() + timeout
    while True:
        answer = predicate()
        if answer or time.monotonic() > deadline:
            return answer
        time.sleep(0.2)


def access_code(station, case) -> str:
    from caseapp.domain.events import CASE
    from caseapp.storage.event_rows import load_stream

    with station.db.uow() as uow:
        return next(e.payload["access_code"] for e in load_stream(uow.conn, CASE, case.case_id)
                    if e.kind == "case.registered")


def test_the_receipt_qr_opens_its_document_and_case_and_follows_the_decision(server, workstations, tmp_path):
    a1, case, receipt, url = receipt_synced(server, workstations, tmp_path)
    assert url == f"{server.url}/d/{receipt.token}"             # the server's public address, as it enrolled us
    page = folded(server, lambda: (r := httpx.get(url)).status_code == 200 and r)
    assert page, "the document page answers once the centre has folded the push"
    html = page.text
    assert "Жинхэнэ баримт" in html and case.case_number in html and "Баримт" in html
    assert "Б. Д." in html and "Должин" not in html and "Батбаяр" not in html      # initials, never the name
    assert "Бүртгэгдсэн" in html and "Газрын маргаан" not in html                  # the state, not the subject
    assert page.headers["content-security-policy"].startswith("default-src 'none'")
    assert page.headers["referrer-policy"] == "no-referrer"
    code = access_code(a1, case)
    assert code in documents_text(receipt.pdf, tmp_path)                          # printed on the receipt
    assert f"{server.url}/status" in documents_text(receipt.pdf, tmp_path)

    workflow.start(a1.db, a1.actor("clerk1"), case.case_number)
    workflow.decide(a1.db, a1.actor("manager1"), case.case_number, "approved", "Зөвшөөрсөн")
    a1.sync()
    decided = folded(server, lambda: "Шийдвэрлэсэн" in (r := httpx.get(url)).text and r)
    assert decided, "the same QR shows the decision after the office synced"
    english = httpx.get(url + "?lang=en").text
    assert "Genuine document" in english and "Decided" in english and 'lang="en"' in english
    again = documents.reprint(a1.db, a1.actor("clerk1"), receipt.doc_id)
    assert qr_of(again.pdf, tmp_path) == url                        # a reprint keeps the same QR
    a1.sync()
    reprinted = folded(server, lambda: "дахин хэвлэсэн" in (r := httpx.get(url)).text and r)
    assert reprinted, "the page says a reprint's token is a reprint of the original"


def documents_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "text.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_the_status_page_needs_the_number_and_the_code_and_slows_guessers(server, workstations, tmp_path):
    a1, case, _, url = receipt_synced(server, workstations, tmp_path)
    code = access_code(a1, case)
    assert folded(server, lambda: httpx.get(url).status_code == 200)     # the centre has folded the case
    form = httpx.get(f"{server.url}/status")
    assert form.status_code == 200 and 'name="code"' in form.text and "Регистрийн дугаар" in form.text
    with httpx.Client(base_url=server.url) as browser:
        wrong = browser.post("/status", data={"case": case.case_number, "code": "AAAA-AAAA"})
        assert wrong.status_code == 404 and "олдсонгүй" in wrong.text
        assert "Бүртгэгдсэн" not in wrong.text and "Б. Д." not in wrong.text           # nothing about the case
        unknown = browser.post("/status", data={"case": "UB-BZD-2026-01-999999", "code": code})
        assert unknown.status_code == 404 and unknown.text.count("олдсонгүй") == wrong.text.count("олдсонгүй")
        right = folded(server, lambda: (r := browser.post("/status", data={
            "case": case.case_number.lower(), "code": code.lower().replace("-", " ")})).status_code == 200 and r)
        assert right and "Бүртгэгдсэн" in right.text and "Баянзүрх" in right.text       # the office holding it
        assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d-ны байдлаар", right.text)            # as of the last sync
        empty = browser.post("/status", data={"case": "", "code": ""})
        assert empty.status_code == 422
        for _ in range(3):                                         # five failures in ten minutes, then a wait
            browser.post("/status", data={"case": case.case_number, "code": "BBBB-BBBB"})
        slowed = browser.post("/status", data={"case": case.case_number, "code": code})
        assert slowed.status_code == 429 and "минут" in slowed.text and int(slowed.headers["retry-after"]) > 0
        assert "Бүртгэгдсэн" not in slowed.text                   # not even the right code, until the wait ends


def test_hostile_addresses_are_refused_cleanly(server):
    with httpx.Client(base_url=server.url) as browser:
        long_path = browser.get("/d/" + "a" * 10_000)
        assert long_path.status_code == 414 and "урт" in long_path.text
        long_query = browser.get("/status?lang=" + "x" * 10_000)
        assert long_query.status_code == 414
        forged = browser.get("/d/<script>alert(1)</script>")
        assert forged.status_code == 404 and "<script>" not in forged.text and "Танигдаагүй" in forged.text
        huge = browser.post("/status", content=b"case=" + b"A" * 5000, headers={
            "content-type": "application/x-www-form-urlencoded"})
        assert huge.status_code == 413


def test_the_statistics_agree_with_sql_on_the_central_database(server, workstations, tmp_path):
    import csv
    import io
    from datetime import date

    import openpyxl

    a1 = workstations("a1", "UB-BZD", 1)
    workstations.enroll(a1, server)
    for n in range(3):
        case = a1.register(f"Хүсэлт {n}", register_no=f"УБ9903151{n}", given=f"Нэр{n}")
        if n < 2:
            workflow.start(a1.db, a1.actor("clerk1"), case.case_number)
            workflow.decide(a1.db, a1.actor("manager1"), case.case_number, "approved", "Зөвшөөрсөн")
    a1.sync()

    def by_sql():
        with server.store() as store, store.uow() as uow:
            return [tuple(r) for r in uow.conn.exec_driver_sql(
                "SELECT owner_office, count(*), sum(CASE WHEN decided_on IS NOT NULL AND decided_on <= due_date "
                "THEN 1 ELSE 0 END), sum(CASE WHEN decided_on > due_date THEN 1 ELSE 0 END) FROM cases "
                "GROUP BY owner_office")]
    assert folded(server, lambda: by_sql() == [("UB-BZD", 3, 2, 0)]), by_sql()
    page = httpx.get(f"{server.url}/stats")
    assert page.status_code == 200 and "<svg" in page.text and "<script" not in page.text
    today = date.fromisoformat(a1.db.today().isoformat())
    quarter = f"{today.year} Q{(today.month - 1) // 3 + 1}"
    rows = list(csv.reader(io.StringIO(httpx.get(f"{server.url}/stats.csv").text.lstrip("\ufeff"))))
    mine = [r for r in rows[1:] if r[-1] == "UB-BZD"]
    assert [(r[1], int(r[2]), int(r[3]), int(r[4])) for r in mine] == [(quarter, 3, 2, 0)]
    assert mine[0][5] == "0"                                       # decided the day they came: median 0 days
    book = openpyxl.load_workbook(io.BytesIO(httpx.get(f"{server.url}/stats.xlsx").content), read_only=True)
    values = [r for r in book.worksheets[0].iter_rows(values_only=True)][1:]
    assert [(v[1], v[2], v[3], v[4], v[6]) for v in values if v[6] == "UB-BZD"] == [(quarter, 3, 2, 0, "UB-BZD")]
    with server.store() as store, store.uow() as uow:
        counted = dict(uow.conn.exec_driver_sql("SELECT page, count(*) FROM public_lookups GROUP BY page").all())
    assert counted.get("stats") == 3
