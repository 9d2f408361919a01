"""``caseapp central ...`` and ``caseapp sync ...`` as IT staff type them: the README's way of running a central
server and enrolling workstations, on an SQLite file and on PostgreSQL."""

from __future__ import annotations

import subprocess

from tests.conftest import TEST_NOW
from tests.integration.central.conftest import Server
from tests.integration.test_cli import caseapp


def test_a_new_user_runs_a_server_and_enrolls_two_counters_from_the_readme(central_url, tmp_path):
    password = tmp_path / "pw.txt"
    password.write_text("Админ-нууц-2026\n", encoding="utf-8")
    clerk_password = tmp_path / "clerk.txt"
    clerk_password.write_text("Ажилтан-нууц-2026\n", encoding="utf-8")
    first, second = tmp_path / "counter1.sqlite3", tmp_path / "counter2.sqlite3"

    made = caseapp("central", "init", "--db", central_url, "--lang", "en")
    assert made.returncode == 0, made.stderr
    assert "Central store ready" in made.stdout and "71 reference events" in made.stdout
    assert "already set up" in caseapp("central", "init", "--db", central_url, "--lang", "en").stdout
    server = Server(central_url, tmp_path, now=TEST_NOW).start()     # the clock `central enroll-code` runs at
    try:
        assert caseapp("init", "--db", str(first), "--office", "UB-BZD", "--node", "1", "--admin", "admin",
                       "--password-file", str(password)).returncode == 0
        assert caseapp("user", "add", "bold", "--db", str(first), "--role", "clerk", "--password-file",
                       str(clerk_password), "--as", "admin", "--as-password-file", str(password)).returncode == 0
        qr = tmp_path / "code.png"
        code = caseapp("central", "enroll-code", "--office", "UB-BZD", "--db", central_url, "--qr", str(qr))
        assert code.returncode == 0, code.stderr
        shown = code.stdout.strip()
        assert len(shown) == 14 and shown.count("-") == 2
        assert "хүртэл хүчинтэй" in code.stderr                       # Mongolian by default
        scanned = subprocess.run(["zbarimg", "--raw", "-q", str(qr)], capture_output=True, text=True)
        assert scanned.stdout.strip() == shown                        # the QR says the same code

        enrolled = caseapp("sync", "enroll", "--db", str(first), "--server", server.url, "--code", shown,
                           "--lang", "en")
        assert enrolled.returncode == 0, enrolled.stderr
        assert "Workstation UB-BZD-01 of office UB-BZD enrolled" in enrolled.stdout
        again = caseapp("sync", "enroll", "--db", str(tmp_path / "x.sqlite3"), "--server", server.url, "--code",
                        shown, "--lang", "en")
        assert again.returncode == 1 and "already used" in again.stderr

        registered = caseapp("case", "register", "--db", str(first), "--service", "PET-GENERAL", "--register-no",
                             "УБ99031512", "--family", "Бат", "--given", "Болд", "--subject", "Лавлагаа",
                             "--as", "bold", "--as-password-file", str(clerk_password))
        assert registered.returncode == 0, registered.stderr
        number = registered.stdout.split("\t")[0]
        synced = caseapp("sync", "--db", str(first), "--lang", "en")
        assert synced.returncode == 0 and "Pushed 2, pulled 0, refused 0" in synced.stdout

        code2 = caseapp("central", "enroll-code", "--office", "UB-BZD", "--db", central_url).stdout.strip()
        created = caseapp("sync", "enroll", "--db", str(second), "--server", server.url, "--code", code2,
                          "--lang", "en")
        assert created.returncode == 0, created.stderr
        assert "New workstation UB-BZD-02" in created.stdout
        shown_case = caseapp("case", "show", number, "--db", str(second), "--lang", "en")
        assert "state\tregistered" in shown_case.stdout and "office\tUB-BZD" in shown_case.stdout
        status = caseapp("sync", "status", "--db", str(second), "--lang", "en")
        assert f"server\t{server.url}" in status.stdout and "pending\t0" in status.stdout
        assert caseapp("check", "--db", str(second)).returncode == 0
        assert caseapp("sync", "verify", "--db", str(first), "--lang", "en").returncode == 0

        nodes = caseapp("central", "nodes", "--db", central_url, "--lang", "en").stdout.splitlines()
        assert [line.split("\t")[0] for line in nodes] == ["UB-BZD-01", "UB-BZD-02"]
        assert all(line.endswith("active") for line in nodes)
        revoked = caseapp("central", "revoke", "UB-BZD-02", "--db", central_url, "--lang", "en")
        assert revoked.returncode == 0 and "revoked" in revoked.stdout
        refused = caseapp("sync", "--db", str(second), "--lang", "en")
        assert refused.returncode == 1 and "revoked" in refused.stderr
        assert "revoked" in caseapp("sync", "status", "--db", str(second), "--lang", "en").stdout
    finally:
        server.stop()


def test_clear_errors_for_a_wrong_address_or_a_missing_enrollment(tmp_path, cli_office):
    database, _ = cli_office
    bad = caseapp("central", "init", "--db", "mysql://x/y", "--lang", "en")
    assert bad.returncode == 1 and "Not a central database address" in bad.stderr
    not_enrolled = caseapp("sync", "--db", str(database), "--lang", "en")
    assert not_enrolled.returncode == 1 and "not enrolled" in not_enrolled.stderr
    plain = caseapp("sync", "enroll", "--db", str(database), "--server", "http://192.0.2.1:8470", "--code",
                    "AAAA-BBBB-CCCC", "--lang", "en")
    assert plain.returncode == 1 and "plain HTTP" in plain.stderr
    down = caseapp("sync", "enroll", "--db", str(database), "--server", "http://127.0.0.1:9", "--code",
                   "AAAA-BBBB-CCCC")
    assert down.returncode == 1 and "холбогдож чадсангүй" in down.stderr and "Traceback" not in down.stderr
    assert "Not enrolled" in caseapp("sync", "status", "--db", str(database), "--lang", "en").stdout
