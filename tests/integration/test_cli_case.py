"""``caseapp case register`` (the counter's intake for scripts and batch files) and ``caseapp case show``."""

from __future__ import annotations

from tests.integration.test_cli import caseapp

PASSWORD = "Сайн-нууц-үг-1"


def office_with_clerk(cli_office, tmp_path):
    path, admin_password = cli_office
    clerk_password = tmp_path / "clerk.txt"
    clerk_password.write_text(PASSWORD + "\n", encoding="utf-8")
    added = caseapp("user", "add", "saraa", "--role", "clerk", "--password-file", str(clerk_password),
                    "--db", str(path), "--as", "admin", "--as-password-file", str(admin_password))
    assert added.returncode == 0, added.stderr
    return path, ["--db", str(path), "--as", "saraa", "--as-password-file", str(clerk_password)]


def test_a_script_registers_a_case_and_shows_it(cli_office, tmp_path):
    path, clerk = office_with_clerk(cli_office, tmp_path)
    made = caseapp("case", "register", "--service", "PET-GENERAL", "--register-no", "уб99031512",
                   "--family", "Батын", "--given", "Сараа", "--subject", "Гудамжны гэрэлтүүлэг «№5»",
                   "--phone", "99112233", *clerk)
    assert made.returncode == 0, made.stderr
    number, due = made.stdout.strip().split("\t")
    assert number.startswith("UB-BZD-") and due >= "2026-12-01"
    shown = caseapp("case", "show", number, "--db", str(path))
    fields = dict(line.split("\t", 1) for line in shown.stdout.strip().splitlines())
    assert shown.returncode == 0 and fields["state"] == "registered" and fields["office"] == "UB-BZD"
    assert fields["register_no"] == "УБ99031512" and fields["conflict"] == "no" and fields["due"] == due
    assert fields["subject"] == "Гудамжны гэрэлтүүлэг «№5»"


def test_the_same_rules_and_messages_as_the_counter(cli_office, tmp_path):
    path, clerk = office_with_clerk(cli_office, tmp_path)
    wrong = caseapp("case", "register", "--service", "PET-GENERAL", "--register-no", "УБ99133512",
                    "--given", "Сараа", "--subject", "x", *clerk, "--lang", "en")
    assert wrong.returncode == 1 and "register number" in wrong.stderr.lower()
    nobody = caseapp("case", "register", "--service", "PET-GENERAL", "--register-no", "УБ99031512",
                     "--given", "Сараа", "--subject", "x", "--db", str(path))
    assert nobody.returncode == 1                                          # who registers it must sign in
    first = caseapp("case", "register", "--service", "PET-GENERAL", "--register-no", "УБ99031512",
                    "--family", "Батын", "--given", "Сараа", "--subject", "Нэг", *clerk)
    assert first.returncode == 0, first.stderr
    again = caseapp("case", "register", "--service", "PET-GENERAL", "--register-no", "УБ99031512",
                    "--family", "Батын", "--given", "Өөр нэр", "--subject", "Хоёр", *clerk, "--lang", "en")
    assert again.returncode == 1 and "a similar citizen:" in again.stderr      # the look-alike, named
    citizen = again.stderr.split("a similar citizen: ")[1].split("\t")[0]
    filed = caseapp("case", "register", "--service", "PET-GENERAL", "--register-no", "УБ99031512",
                    "--family", "Батын", "--given", "Сараа", "--subject", "Хоёр", "--citizen", citizen, *clerk)
    assert filed.returncode == 0, filed.stderr


def test_the_channels_offered_are_the_intakes():
    import argparse

    from caseapp.cli import cases
    from caseapp.cli.common import ArgTypes
    from caseapp.services.workflow import CHANNELS

    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()

    def add(name, handler, help_text):
        p = commands.add_parser(name)
        p.common_parents = []
        return p
    cases.register(add, ArgTypes("en"))
    registering = commands.choices["case"]._subparsers._group_actions[0].choices["register"]
    channel = next(a for a in registering._actions if a.dest == "channel")
    assert tuple(channel.choices) == CHANNELS
