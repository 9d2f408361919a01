"""Printable documents checked with real tools: pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm and zbarimg."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
import re
import shutil
import subprocess
import sys

import pytest

from caseapp.errors import ConflictError, PermissionDenied, ValidationError
from caseapp.services import documents, letterhead, maintenance, queries, users, workflow
from caseapp.services.workflow import IntakeForm
from tests.helpers import event_count

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "documents"
PASSWORD = "Сайн-нууц-үг-1"
NAME_FAMILY, NAME_GIVEN = "Ёндонжамцын", "Өлзийбүүвэй"
SUBJECT = "Газрын төлбөр ₮12,500 «№5» Ө Ү Ё"
HOSTILE = 'Тайлбар <b>тод</b> & <img src="{png}"/> <unclosed =1+1'


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing on CI: scripts/bootstrap.sh --test installs it")
        pytest.skip(f"{name} is not installed (scripts/bootstrap.sh --test installs it)")
    return found


def pdftotext(pdf: bytes, tmp_path: Path, name: str = "doc") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    result = subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, check=True)
    return re.sub(r"\s+", " ", result.stdout.decode("utf-8"))      # a phrase may wrap onto the next line


def fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in lines.splitlines()[2:] if line.strip()]


def pages(pdf: bytes, tmp_path: Path) -> tuple[int, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1)), re.search(r"Page size:\s+(.*)", info).group(1)


def _staff_and_letterhead(db) -> None:
    admin = users.actor_for(db, "admin")
    for name, role in (("saraa", "clerk"), ("bold", "manager"), ("tuya", "auditor")):
        users.add_user(db, admin, username=name, password=PASSWORD, role=role, full_name=f"{name.title()} Б.")
    letterhead.set_letterhead(db, admin, "UB-BZD", {
        "address": "Баянзүрх дүүрэг, 26-р хороо, Өнөр хороолол", "phone": "7012-3456",
        "signatory_name": "Б. Өлзийбат", "signatory_title": "Тамгын газрын дарга"})


@pytest.fixture
def office(database_from_template):
    """(db, {role: Actor}): the office with its staff and letterhead (made once, copied per test)."""
    db = database_from_template("documents", _staff_and_letterhead)
    return db, {r: users.actor_for(db, n) for r, n in
                (("admin", "admin"), ("clerk", "saraa"), ("manager", "bold"), ("auditor", "tuya"))}


def register(db, clerk, **overrides):
    values = dict(register_no="УБ99031512", service_code="PET-GENERAL", subject=SUBJECT,
                  family_name=NAME_FAMILY, given_name=NAME_GIVEN, phone="99112233",
                  address="Баянзүрх, 4-р хороо, Ү-15 байр")
    values.update(overrides)
    return workflow.register_case(db, clerk, IntakeForm(**values))


def test_receipt_text_fonts_and_qr_come_back_exactly(office, tmp_path):
    db, a = office
    case = register(db, a["clerk"])
    receipt = documents.issue_document(db, a["clerk"], case.case_number, "receipt")
    text = pdftotext(receipt.pdf, tmp_path)
    for expected in (case.case_number, NAME_FAMILY, NAME_GIVEN, SUBJECT, "УБ99031512", "7012-3456",
                     "Өргөдөл, хүсэлт хүлээн авсан баримт", "Saraa Б.", receipt.token):
        assert expected in text, expected
    assert documents.written_date(case.due_date, "mn") in text           # "2026 оны 12-р сарын 28"
    listed = fonts(receipt.pdf, tmp_path)
    assert listed and all(row[0].split("+")[-1].startswith("DejaVuSans") for row in listed)
    assert all(row[-5:-2] == ["yes", "yes", "yes"] for row in listed)     # embedded, subset, unicode map
    assert pages(receipt.pdf, tmp_path)[1].startswith("419.528 x 595.27")  # A5

    image = tmp_path / "receipt.png"
    subprocess.run([tool("pdftoppm"), "-r", "150", "-png", "-singlefile", str(tmp_path / "doc.pdf"),
                    str(image.with_suffix(""))], check=True)
    decoded = subprocess.run([tool("zbarimg"), "-q", "--raw", str(image)], capture_output=True, text=True)
    assert decoded.stdout.strip() == documents.QR_PREFIX + receipt.token
    assert re.fullmatch(r"[0-9a-f]{32}", receipt.token) and NAME_GIVEN not in decoded.stdout   # no personal data
    records = documents.verify(db, decoded.stdout.strip(), receipt.pdf)
    assert [(r.case_number, r.kind, r.sha256) for r in records] == [(case.case_number, "receipt", receipt.sha256)]
    assert documents.verify(db, receipt.token, receipt.pdf + b"%tampered") == []


def test_80mm_roll_receipt_is_80mm_wide_and_as_long_as_its_content(office, tmp_path):
    db, a = office
    case = register(db, a["clerk"])
    roll = documents.issue_document(db, a["clerk"], case.case_number, "receipt", size="80mm")
    count, size = pages(roll.pdf, tmp_path)
    width, height = (float(v) for v in re.findall(r"[\d.]+", size)[:2])
    assert count == 1 and abs(width - 226.77) < 0.01 and 300 < height < 1400
    assert case.case_number in pdftotext(roll.pdf, tmp_path)


def test_every_kind_in_mongolian_and_english_with_the_register_and_events(office, tmp_path):
    db, a = office
    case = register(db, a["clerk"])
    workflow.extend(db, a["manager"], case.case_number, 20, "Шинжээчийн дүгнэлт «№7» хүлээж байна")
    decided = workflow.decide(db, a["clerk"], case.case_number, "approved",
                              "Таны хүсэлтийг хангаж, ₮12,500-ийн төлбөрөөс чөлөөллөө.\n\nӨ Ү Ё № «»")
    expectations = {
        "letter": ["Өргөдлийн хариу", "₮12,500-ийн төлбөрөөс чөлөөллөө", "Ө Ү Ё № «»", "Зөвшөөрсөн",
                   "Тамгын газрын дарга", "Б. Өлзийбат", f"{case.case_number}/1"],
        "notice": ["сунгасан тухай мэдэгдэл", "20 хоногоор", "Шинжээчийн дүгнэлт «№7» хүлээж байна",
                   documents.written_date(decided.due_date, "mn")],
        "transfer": ["Хэрэг шилжүүлэх тухай", "Чингэлтэй", "(UB-CHD)", SUBJECT],
        "file": ["Хэргийн хавтас", "Хэргийн түүх", "Хугацаа сунгасан", "Шийдвэрлэсэн", NAME_GIVEN],
    }
    before = event_count(db)
    for kind, strings in expectations.items():
        document = documents.issue_document(db, a["clerk"], case.case_number, kind, to_office="UB-CHD")
        text = pdftotext(document.pdf, tmp_path, kind)
        for expected in strings:
            assert expected in text, (kind, expected)
        assert all(row[-3] == "yes" and row[-5] == "yes" for row in fonts(document.pdf, tmp_path)), kind
    english = documents.issue_document(db, a["clerk"], case.case_number, "letter", language="en")
    assert "Response to your petition" in pdftotext(english.pdf, tmp_path, "en")
    assert event_count(db) == before + 5                                   # every issue is an event on the case
    register_ = documents.register_of(db, case.case_number)
    assert [r.kind for r in register_] == ["letter", "notice", "transfer", "file", "letter"]
    assert all(r.issued_by == "Saraa Б." and len(r.sha256) == 64 for r in register_)
    assert maintenance.check(db, quick=True).ok                       # the register is a fold of the events


def tiny_png() -> bytes:
    """A valid 2x2 PNG, made here (no file of another test is read)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    pixels = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))


def test_user_markup_prints_literally_and_never_reads_a_file(office, tmp_path):
    db, a = office
    secret = tmp_path / "secret.png"
    secret.write_bytes(tiny_png())            # a real picture: embedded if the markup were ever obeyed
    hostile = HOSTILE.format(png=secret)
    case = register(db, a["clerk"], subject="<b>Гарчиг</b> & <i>", description=hostile)
    workflow.decide(db, a["clerk"], case.case_number, "answered", hostile)
    for kind in ("receipt", "letter", "file"):
        document = documents.issue_document(db, a["clerk"], case.case_number, kind)
        text = pdftotext(document.pdf, tmp_path, kind)
        assert "<b>Гарчиг</b> & <i>" in text, kind
        if kind != "receipt":          # a long path may wrap anywhere: compare without the spacing
            assert "".join(hostile.split()) in "".join(text.split()), kind
        path = tmp_path / f"{kind}.pdf"
        images = subprocess.run([tool("pdfimages"), "-list", str(path)], capture_output=True, text=True).stdout
        assert len(images.strip().splitlines()) == 2, kind              # header lines only: no image embedded


def test_a_10000_character_description_flows_onto_more_pages(office, tmp_path):
    db, a = office
    words = [f"үг{i:05d}" for i in range(1400)]
    description = " ".join(words)[:10_000]
    case = register(db, a["clerk"], description=description)
    document = documents.issue_document(db, a["clerk"], case.case_number, "file")
    count, _ = pages(document.pdf, tmp_path)
    text = pdftotext(document.pdf, tmp_path)
    last_word = description.split()[-1]
    assert count >= 3 and words[0] in text and last_word in text         # not cut, not crashed


def test_a_reprint_is_the_same_document_and_is_recorded_again(office, tmp_path):
    db, a = office
    case = register(db, a["clerk"])
    original = documents.issue_document(db, a["clerk"], case.case_number, "file")
    workflow.add_note(db, a["clerk"], case.case_number, "Иргэн утсаар лавласан")   # the case moves on
    again = documents.reprint(db, a["manager"], original.doc_id)
    assert again.pdf == original.pdf and again.sha256 == original.sha256 and again.token == original.token
    assert again.reprint_of == original.doc_id
    third = documents.reprint(db, a["clerk"], again.doc_id)               # a reprint of a reprint: the original
    assert third.sha256 == original.sha256 and third.reprint_of == original.doc_id
    register_ = documents.register_of(db, case.case_number)
    assert [(r.reprint_of, r.issued_by) for r in register_] == [
        (None, "Saraa Б."), (original.doc_id, "Bold Б."), (original.doc_id, "Saraa Б.")]
    assert len(documents.verify(db, original.token)) == 3
    # what the document showed is kept with its issue: later changes to the reference data do not leak in
    letterhead.set_letterhead(db, a["admin"], "UB-BZD", {"address": "Шинэ хаяг", "phone": "7000-0001"})
    citizen_id = queries.get_case(db, case.case_number).citizen_id
    workflow.correct_citizen(db, a["clerk"], citizen_id, {"phone": "88001122", "family_name": "Шинэовог"})
    users.set_role(db, a["admin"], "saraa", "manager")
    saraa = users.actor_for(db, "saraa")                # signed in again with her new role
    assert documents.reprint(db, saraa, original.doc_id).pdf == original.pdf
    fresh = documents.issue_document(db, saraa, case.case_number, "file")
    fresh_text = pdftotext(fresh.pdf, tmp_path)
    assert fresh.token != original.token and "Иргэн утсаар лавласан" in fresh_text and "Шинэовог" in fresh_text


def test_refusals_name_the_problem_and_write_nothing(office):
    db, a = office
    case = register(db, a["clerk"])
    before = event_count(db)
    with pytest.raises(ConflictError):
        documents.issue_document(db, a["clerk"], case.case_number, "letter")        # not decided yet
    with pytest.raises(ConflictError):
        documents.issue_document(db, a["clerk"], case.case_number, "notice")        # never extended
    with pytest.raises(ValidationError) as unknown:
        documents.issue_document(db, a["clerk"], case.case_number, "transfer", to_office="XX-NOPE")
    assert unknown.value.field == "to_office"
    with pytest.raises(ValidationError):
        documents.issue_document(db, a["clerk"], case.case_number, "transfer", to_office="UB-BZD")
    with pytest.raises(PermissionDenied):
        documents.issue_document(db, a["auditor"], case.case_number, "receipt")
    with pytest.raises(ValidationError):
        documents.issue_document(db, a["clerk"], case.case_number, "poster")
    assert event_count(db) == before


def test_letterhead_logo_is_checked_and_drawn(office, tmp_path):
    db, a = office
    with pytest.raises(ValidationError) as not_png:
        letterhead.set_letterhead(db, a["admin"], "UB-BZD", {"logo_png": b"GIF89a not a png"})
    assert not_png.value.field == "logo"
    with pytest.raises(PermissionDenied):
        letterhead.set_letterhead(db, a["clerk"], "UB-BZD", {"phone": "7000-0000"})
    from PIL import Image
    import io
    buffer = io.BytesIO()
    Image.new("RGB", (120, 120), (20, 60, 140)).save(buffer, "PNG")
    letterhead.set_letterhead(db, a["admin"], "UB-BZD", {"logo_png": buffer.getvalue()})
    case = register(db, a["clerk"])
    document = documents.issue_document(db, a["clerk"], case.case_number, "receipt")
    path = tmp_path / "logo.pdf"
    path.write_bytes(document.pdf)
    images = subprocess.run([tool("pdfimages"), "-list", str(path)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) == 3                          # the logo, once


def test_reminders_of_the_day_one_page_per_assignee(office, tmp_path):
    db, a = office
    today = db.today()
    clerk_case = register(db, a["clerk"], service_code="CR-BIRTH-CERT")           # 1 working day
    pdf, count = documents.reminders_pdf(db, a["clerk"], today=clerk_case.due_date)
    assert count >= 1
    text = pdftotext(pdf, tmp_path)
    assert clerk_case.case_number in text and "Өнөөдөр дуусна" in text and "Saraa Б." in text
    assert today <= clerk_case.due_date


def test_every_document_page_rendered_for_a_person_to_look_at(office, tmp_path):
    """Keeps test-artifacts/documents/*.png: one page of each document, as a clerk would see it printed."""
    db, a = office
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    case = register(db, a["clerk"], description="Дэлгэрэнгүй тайлбар. " * 40)
    workflow.extend(db, a["manager"], case.case_number, 10, "Нэмэлт баримт хүлээж байна")
    workflow.decide(db, a["clerk"], case.case_number, "approved", "Шийдвэрлэв. " * 30)
    for kind, options in (("receipt", {}), ("receipt-80mm", {"size": "80mm"}), ("letter", {}), ("notice", {}),
                          ("transfer", {"to_office": "UB-CHD"}), ("file", {})):
        document = documents.issue_document(db, a["clerk"], case.case_number, kind.split("-")[0], **options)
        pdf = tmp_path / f"{kind}.pdf"
        pdf.write_bytes(document.pdf)
        target = ARTIFACTS / kind
        subprocess.run([tool("pdftoppm"), "-r", "60", "-png", "-singlefile", "-f", "1", str(pdf), str(target)],
                       check=True)
        assert target.with_suffix(".png").stat().st_size > 5_000, kind


def test_command_line_issues_verifies_and_reprints(office, tmp_path):
    db, a = office
    case = register(db, a["clerk"])
    out = tmp_path / "receipt.pdf"
    password = tmp_path / "staff-pw.txt"                 # saraa's and bold's password
    password.write_text(f"{PASSWORD}\n", encoding="utf-8")

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "caseapp", *args, "--db", str(db.path)],
                              capture_output=True, text=True, timeout=120)

    def signed_in(username: str) -> tuple[str, ...]:
        return "--as", username, "--as-password-file", str(password)
    issued = cli("doc", "receipt", "--case", case.case_number, "-o", str(out), *signed_in("bold"))    # the manager
    assert issued.returncode == 0, issued.stderr
    assert documents.register_of(db, case.case_number)[-1].issued_by == "Bold Б."            # recorded as him
    issued = cli("doc", "receipt", "--case", case.case_number, "-o", str(out), *signed_in("saraa"))
    assert issued.returncode == 0, issued.stderr
    assert documents.register_of(db, case.case_number)[-1].issued_by == "Saraa Б."
    doc_id = issued.stdout.split("\t")[2]
    assert hashlib.sha256(out.read_bytes()).hexdigest() in issued.stdout
    token = documents.register_of(db, case.case_number)[-1].token
    verified = cli("doc", "verify", "--token", token, "--file", str(out))               # anyone may verify
    assert verified.returncode == 0 and case.case_number in verified.stdout
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(out.read_bytes() + b"\n")
    assert cli("doc", "verify", "--token", token, "--file", str(altered)).returncode == 3
    again = tmp_path / "again.pdf"
    reprinted = cli("doc", "reprint", "--doc", doc_id, "-o", str(again), *signed_in("bold"))
    assert reprinted.returncode == 0 and again.read_bytes() == out.read_bytes()
    refused = cli("doc", "letter", "--case", case.case_number, "-o", str(tmp_path / "x.pdf"), *signed_in("saraa"))
    assert refused.returncode != 0 and "Traceback" not in refused.stderr and not (tmp_path / "x.pdf").exists()
    assert "--as" not in refused.stderr                   # refused for the case (not decided), not for who she is


def test_reprints_do_not_count_as_new_letters_and_letterheads_stay_in_their_office(office, tmp_path):
    db, a = office
    case = register(db, a["clerk"])
    workflow.decide(db, a["clerk"], case.case_number, "approved", "Шийдвэрлэв")
    first = documents.issue_document(db, a["clerk"], case.case_number, "letter")
    documents.reprint(db, a["clerk"], first.doc_id)
    workflow.reopen(db, a["manager"], case.case_number, "Дахин хянах")
    workflow.decide(db, a["clerk"], case.case_number, "answered", "Хариу өгөв")
    second = documents.issue_document(db, a["clerk"], case.case_number, "letter")
    assert f"{case.case_number}/2" in pdftotext(second.pdf, tmp_path)
    before = event_count(db)
    with pytest.raises(PermissionDenied):
        letterhead.set_letterhead(db, a["admin"], "UB-SBD", {"phone": "7011-1111"})
    assert event_count(db) == before


# --- drawn outside the write lock -----------------------------------------------------------------------------

@pytest.fixture
def drawing(monkeypatch):
    """Runs ``during`` (if set) each time reportlab builds a PDF, before the page is drawn; records each call."""
    import sqlite3

    from reportlab.platypus.doctemplate import SimpleDocTemplate

    original = SimpleDocTemplate.build
    probe = {"calls": 0, "during": None, "sqlite3": sqlite3}

    def build(self, *args, **kwargs):
        probe["calls"] += 1
        if probe["during"] is not None:
            probe["during"](probe["calls"])
        return original(self, *args, **kwargs)
    monkeypatch.setattr(SimpleDocTemplate, "build", build)
    return probe


def write_lock_free(db, sqlite3) -> bool:
    """Whether another connection can take the write lock right now (it does not wait)."""
    con = sqlite3.connect(db.path, timeout=0)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.rollback()
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


def test_documents_are_drawn_without_holding_the_write_lock(office, drawing):
    db, a = office
    case = register(db, a["clerk"])
    free = []
    drawing["during"] = lambda call: free.append(write_lock_free(db, drawing["sqlite3"]))
    original = documents.issue_document(db, a["clerk"], case.case_number, "file")
    roll = documents.issue_document(db, a["clerk"], case.case_number, "receipt", size="80mm")
    again = documents.reprint(db, a["manager"], original.doc_id)
    assert free == [True, True, True]           # another workstation could write while each PDF was drawn
    assert again.pdf == original.pdf and roll.kind == "receipt"
    assert [r.kind for r in documents.register_of(db, case.case_number)] == ["file", "receipt", "file"]


def test_a_case_changed_while_its_document_is_drawn_is_read_and_drawn_again(office, drawing, tmp_path):
    db, a = office
    case = register(db, a["clerk"])

    def note_once(call):
        if call == 1:
            workflow.add_note(db, a["manager"], case.case_number, "Тэмдэглэл зурах зуур нэмсэн")
    drawing["during"] = note_once
    document = documents.issue_document(db, a["clerk"], case.case_number, "file")
    assert drawing["calls"] == 2                                   # drawn, found stale, drawn again
    assert "Тэмдэглэл зурах зуур нэмсэн" in pdftotext(document.pdf, tmp_path)
    assert [r.doc_id for r in documents.register_of(db, case.case_number)] == [document.doc_id]


def test_a_case_that_keeps_changing_is_refused_and_nothing_is_issued(office, drawing):
    db, a = office
    case = register(db, a["clerk"])
    drawing["during"] = lambda call: workflow.add_note(db, a["manager"], case.case_number, f"Тэмдэглэл {call}")
    with pytest.raises(ConflictError) as refused:
        documents.issue_document(db, a["clerk"], case.case_number, "file")
    assert drawing["calls"] == documents.MAX_ATTEMPTS and refused.value.key == "doc.error.changed"
    assert documents.register_of(db, case.case_number) == []
    assert "Try again" in refused.value.render("en") and "Дахин оролдоно уу" in refused.value.render("mn")


# --- words from the catalogues ------------------------------------------------------------------------------

def test_errors_are_catalogue_keys_said_in_the_users_language(office):
    db, a = office
    case = register(db, a["clerk"])
    with pytest.raises(ValidationError) as kind:
        documents.issue_document(db, a["clerk"], case.case_number, "poster")
    assert kind.value.key == "doc.error.kind" and kind.value.field == "kind"
    assert kind.value.render("en") == "Document kind: receipt, letter, notice, transfer, file."
    assert kind.value.message.startswith("Баримт бичгийн төрөл")              # Mongolian unless asked
    with pytest.raises(ValidationError) as office_:
        documents.issue_document(db, a["clerk"], case.case_number, "transfer", to_office="XX-NOPE")
    assert office_.value.render("en") == "There is no office with the code XX-NOPE"
    with pytest.raises(ConflictError) as letter:
        documents.issue_document(db, a["clerk"], case.case_number, "letter")
    assert "not been decided" in letter.value.render("en") and "шийдвэрлэгдээгүй" in letter.value.render("mn")
    from caseapp.errors import NotFoundError
    with pytest.raises(NotFoundError) as missing:
        documents.reprint(db, a["clerk"], "no-such-document")
    assert missing.value.render("en") == "Document not found: no-such-document"


def test_the_case_file_names_states_and_channels_with_the_shared_labels(office, tmp_path):
    from caseapp.text import translate

    db, a = office
    case = register(db, a["clerk"])
    for language in ("mn", "en"):
        text = pdftotext(documents.issue_document(db, a["clerk"], case.case_number, "file",
                                                  language=language).pdf, tmp_path, language)
        state, channel = translate("state.registered", language), translate("channel.counter", language)
        assert f"{state}" in text and f"{channel}" in text, language
    assert "Counter" in text and "Registered" in text                      # the labels' English words
