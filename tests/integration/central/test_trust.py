"""Trust between a workstation and the server: TLS with a pinned CA, no plain HTTP off this machine, a clock
that is off, the server's signed checkpoint against a rewritten log, digests against a forged event, and a lost
disk replaced by a new workstation."""

from __future__ import annotations

from datetime import datetime, timedelta, UTC
import os
from pathlib import Path
import subprocess
import sys

import pytest

from caseapp.domain.clock import FixedClock
from caseapp.domain.events import CASE, Event
from caseapp.errors import SyncError, ValidationError
from caseapp.services import queries, sync, users
from caseapp.services.maintenance import check
from tests.conftest import ROOT, TEST_NOW
from tests.integration.central.conftest import STAFF_PASSWORD, Server, rehash_from


def make_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path]:
    """(ca.pem, server.pem, server.key) for the name localhost, as an office's own CA would issue."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)     # the real time: TLS checks a certificate's dates against it, not the suite's clock
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Office test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
          .not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


def test_tls_with_a_pinned_ca(tmp_path, workstations):
    ca, cert, key = make_ca_and_server_cert(tmp_path)
    server = Server(f"sqlite:///{tmp_path / 'central.sqlite3'}", tmp_path, cert=cert, key=key).start()
    try:
        pinned = workstations("pinned")
        assert not sync.enroll(pinned.path, server.url, server.code("UB-BZD"), ca_file=str(ca),
                               clock=pinned.db.clock, language="en").created
        pinned.register()
        assert pinned.sync().pushed == 2
        # a workstation that does not trust the office's CA never talks to this server
        with pytest.raises(SyncError) as untrusted:
            sync.enroll(tmp_path / "untrusting.sqlite3", server.url, server.code("UB-BZD"),
                        clock=FixedClock.parse(TEST_NOW), language="en")
        assert untrusted.value.key == "sync.tls_untrusted"
        assert not (tmp_path / "untrusting.sqlite3").exists()
    finally:
        server.stop()


@pytest.mark.parametrize("url", ["http://10.0.0.7:8470", "http://server.example:8470", "http://[2001:db8::1]:8470"])
def test_plain_http_is_refused_unless_to_this_machine(url, tmp_path):
    with pytest.raises(ValidationError) as refused:
        sync.enroll(tmp_path / "w.sqlite3", url, "AAAA-BBBB-CCCC")
    assert refused.value.key == "sync.plain_http"
    assert "https" in refused.value.render("en")
    for loopback in ("http://127.0.0.1:8470", "http://localhost:8470", "http://[::1]:8470", "https://x.example"):
        assert sync.check_server_url(loopback) == loopback


def test_a_clock_ten_minutes_off_is_reported(central_url, tmp_path, workstations):
    server = Server(central_url, tmp_path, now=TEST_NOW).start()          # the server's clock is right
    try:
        station = workstations("late")
        station.db.clock.advance(timedelta(minutes=10))                   # this PC's is 10 minutes fast
        sync.enroll(station.path, server.url, server.code("UB-BZD", clock=FixedClock.parse(TEST_NOW)),
                    clock=station.db.clock, language="en")
        station.register()
        report = station.sync()
        assert report.clock_off and report.pushed == 2                    # told, and its work accepted
        assert -610_000 <= report.clock_offset_ms <= -590_000
        env = {**os.environ, "PYTHONPATH": str(ROOT),
               "CASEAPP_NOW": (datetime.fromisoformat(TEST_NOW) + timedelta(minutes=10)).isoformat()}
        shown = subprocess.run([sys.executable, "-m", "caseapp", "sync", "status", "--db", str(station.path),
                                "--lang", "en"], capture_output=True, text=True, env=env, timeout=60)
        assert shown.returncode == 0, shown.stderr
        assert "clock_offset_s\t-600.0" in shown.stdout
        assert "10.0 minutes ahead of the server's" in shown.stderr
    finally:
        server.stop()


def test_the_signed_checkpoint_finds_a_rewritten_or_shortened_log(server, workstations):
    station = workstations("a1")
    workstations.enroll(station, server)
    case = station.register("Анхны агуулга")
    station.sync()
    assert check(station.db).ok
    node = station.node_id
    with station.db.uow(write=True) as uow:          # the subject rewritten, the whole chain re-hashed
        uow.conn.exec_driver_sql("UPDATE events SET payload = replace(payload, 'Анхны', 'Өөр') "
                                 "WHERE stream = 'case' AND stream_id = ?", (case.case_id,))
        first = uow.conn.exec_driver_sql("SELECT min(node_seq) FROM events WHERE stream_id = ?",
                                         (case.case_id,)).scalar()
        rehash_from(uow.conn, node, first)
        uow.conn.exec_driver_sql("UPDATE cases SET subject = replace(subject, 'Анхны', 'Өөр')")
        uow.commit()
    report = check(station.db)
    assert not report.ok
    assert any("differs from what the server acknowledged" in p for p in report.problems), report.problems

    other = workstations("a2", "UB-BZD", 2)
    workstations.enroll(other, server)
    other.register()
    other.sync()
    with other.db.uow(write=True) as uow:            # the tail deleted, the head set back
        last = uow.conn.exec_driver_sql("SELECT max(node_seq) FROM events WHERE node_id = 'UB-BZD-02'").scalar()
        uow.conn.exec_driver_sql("DELETE FROM events WHERE node_id = 'UB-BZD-02' AND node_seq >= ?", (last - 1,))
        head = uow.conn.exec_driver_sql("SELECT node_seq, hash FROM events WHERE node_id = 'UB-BZD-02' "
                                        "ORDER BY node_seq DESC LIMIT 1").one()
        uow.conn.exec_driver_sql("UPDATE node SET node_seq = ?, last_hash = ?", tuple(head))
        uow.commit()
    problems = check(other.db).problems
    assert any("is missing: the log lost events that were synced" in p for p in problems), problems


def test_verify_names_the_stream_a_forged_event_was_put_into(server, workstations):
    a1 = workstations("a1")
    workstations.enroll(a1, server)
    a2 = workstations.enroll_new("a2", server)
    case = a1.register()
    a1.sync()
    a2.sync()
    with a2.db.uow(write=True) as uow:               # an event "from workstation 1" inserted on workstation 2
        fake = Event("01a00000-0000-7000-8000-000000000001", CASE, case.case_id, "case.note_added",
                     {"text": "Хуурамч тэмдэглэл"}, "UB-BZD", "UB-BZD-01", 999, None, "001796090400000-00099", 0,
                     "2026-12-01T02:00:00.000+00:00")
        fake = Event(**{**fake.__dict__, "hash": fake.compute_hash(), "server_seq": 999_999})
        from caseapp.storage.event_rows import event_to_row
        from caseapp.storage.eventlog import EVENTS

        uow.conn.execute(EVENTS.insert(), [event_to_row(fake)])
        uow.commit()
    report = sync.verify(a2.db, language="en")
    assert not report.same
    [(stream, stream_id, here, there)] = report.streams
    assert (stream, stream_id, here - there) == (CASE, case.case_id, 1)
    shown = subprocess.run([sys.executable, "-m", "caseapp", "sync", "verify", "--db", str(a2.path), "--lang", "en"],
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert shown.returncode == 3
    assert "DIFFERENT from the server" in shown.stdout and case.case_id in shown.stdout


def test_a_lost_disk_is_replaced_by_a_new_workstation_of_the_office(server, workstations):
    old = workstations("old")
    workstations.enroll(old, server)
    numbers = [old.register(f"Хүсэлт {i}", register_no=f"УБ990315{i:02d}").case_number for i in range(3)]
    old.sync()
    old.close()
    old.path.unlink()                                # the disk is gone
    new = workstations.enroll_new("new", server)
    assert new.node_id == "UB-BZD-02"
    assert sorted(c.case_number for c in queries.list_cases(new.db)) == sorted(numbers)
    assert check(new.db).ok
    clerk = users.login(new.db, "clerk1", STAFF_PASSWORD)       # the same people sign in with the same passwords
    from caseapp.services import workflow

    form = workflow.IntakeForm(register_no="УБ77010101", service_code="PET-GENERAL", subject="Шинэ ажлын байр",
                               family_name="Нар", given_name="Сар", new_citizen_confirmed=True)
    number = workflow.register_case(new.db, clerk, form).case_number
    assert number.split("-")[3] == "02" and number not in numbers   # its own numbers, never the lost node's
    assert new.sync().pushed == 2
