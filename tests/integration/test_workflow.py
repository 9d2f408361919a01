"""Case work through the services, as the desktop and the command line call them."""

from __future__ import annotations

from datetime import date
import sqlite3

import pytest

from caseapp.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from caseapp.services import queries, users, workflow
from caseapp.services.queries import CaseFilter
from caseapp.services.workflow import DuplicateCandidates, IntakeForm
from tests.conftest import ADMIN_PASSWORD

PASSWORD = "Сайн-нууц-үг-1"


@pytest.fixture(scope="session")
def office_template(tmp_path_factory):
    """An office with one user of every role, made once (argon2 is slow on purpose); tests copy the file."""
    from caseapp.services.database import open_database
    from caseapp.services.setup import initialise

    path = tmp_path_factory.mktemp("office") / "office.sqlite3"
    database = open_database(path)
    initialise(database, office_code="UB-BZD", node_no=1, admin_username="admin", admin_password=ADMIN_PASSWORD)
    admin = users.login(database, "admin", ADMIN_PASSWORD)
    for role, name, full_name in (("clerk", "saraa", "Saraa Б."), ("manager", "bold", "Bold Б."),
                                  ("auditor", "tuya", "Tuya Б."), ("clerk", "dorj", "Дорж Г.")):
        users.add_user(database, admin, username=name, password=PASSWORD, role=role, full_name=full_name)
    database.close()
    return path


@pytest.fixture
def office(office_template, tmp_path, clock):
    """(db, {role: Actor}) on a private copy of the office database."""
    from caseapp.services.database import open_database

    target = tmp_path / "office.sqlite3"
    source, destination = sqlite3.connect(office_template), sqlite3.connect(target)
    source.backup(destination)
    source.close()
    destination.close()
    database = open_database(target, clock=clock)
    names = {"admin": "admin", "clerk": "saraa", "manager": "bold", "auditor": "tuya", "clerk2": "dorj"}
    yield database, {role: users.actor_for(database, name) for role, name in names.items()}
    database.close()


def form(**overrides) -> IntakeForm:
    values = dict(register_no="УБ99031512", service_code="PET-GENERAL", subject="Газрын маргаан",
                  family_name="Батын", given_name="Өлзийсайхан", phone="99112233", address="Баянзүрх, 4-р хороо")
    values.update(overrides)
    return IntakeForm(**values)


def log_size(db) -> tuple[int, int, int]:
    con = sqlite3.connect(db.path)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "cases", "citizens"))
    finally:
        con.close()


# --- intake --------------------------------------------------------------------------------------------------

def test_register_a_petition_at_the_counter(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=date(2026, 6, 12))
    assert case.case_number == "UB-BZD-2026-01-000001"
    assert case.state == "registered" and case.due_date == date(2026, 7, 16)     # Naadam roll-forward
    assert case.citizen_name == "Батын Өлзийсайхан" and case.register_no == "УБ99031512"
    assert case.assignee_id == a["clerk"].user_id
    second = workflow.register_case(db, a["clerk"], form(subject="Дахин"), today=date(2026, 6, 12))
    assert second.case_number.endswith("-000002")
    assert second.citizen_id == case.citizen_id                 # recalled by the register number


def test_preview_shows_birth_date_known_citizen_and_due_date_before_saving(office):
    db, a = office
    before = log_size(db)
    preview = workflow.preview_intake(db, "уб 99031512", "CR-CIVIL-REF", today=date(2026, 2, 17))
    assert preview.birth_date == date(1999, 3, 15) and preview.known_citizen is None
    assert log_size(db) == before
    workflow.register_case(db, a["clerk"], form(), today=date(2026, 2, 17))
    preview = workflow.preview_intake(db, "УБ99031512", "PET-GENERAL", today=date(2026, 2, 17))
    assert preview.known_citizen.given_name == "Өлзийсайхан"


def test_look_alike_citizen_is_shown_and_the_clerk_decides(office):
    db, a = office
    first = workflow.register_case(db, a["clerk"], form(), today=date(2026, 6, 12))
    # same name and birth date, a different register number (a typo or a second record?)
    with pytest.raises(DuplicateCandidates) as info:
        workflow.register_case(db, a["clerk"], form(register_no="УА99031512"), today=date(2026, 6, 12))
    assert [c.citizen_id for c in info.value.candidates] == [first.citizen_id]
    assert info.value.candidates[0].reason == "same_name_birth" and info.value.candidates[0].open_cases == 1
    same_person = workflow.register_case(db, a["clerk"], form(register_no="УА99031512", citizen_id=first.citizen_id),
                                         today=date(2026, 6, 12))
    assert same_person.citizen_id == first.citizen_id
    other = workflow.register_case(db, a["clerk"], form(register_no="УА99031512", new_citizen_confirmed=True),
                                   today=date(2026, 6, 12))
    assert other.citizen_id != first.citizen_id


def test_organisation_and_foreign_applicants(office):
    db, a = office
    org = workflow.register_case(db, a["clerk"], form(register_no="2012345", applicant_kind="organisation",
                                                      family_name="", given_name="Мөнх-Од ХХК",
                                                      service_code="BUS-ENTITY-REF"), today=date(2026, 11, 2))
    assert org.register_no == "2012345" and org.citizen_name == "Мөнх-Од ХХК"
    foreign = workflow.register_case(db, a["clerk"], form(register_no="e1234567", applicant_kind="foreign",
                                                          family_name="Smith", given_name="Anna"),
                                     today=date(2026, 11, 2))
    assert foreign.register_no == "E1234567"


BAD_INTAKE = [
    (dict(register_no=""), "register_no"),
    (dict(register_no="УБ99023012"), "register_no"),              # 30 February
    (dict(register_no="UB99031512"), "register_no"),              # Latin U
    (dict(register_no="2012345"), "register_no"),                 # an organisation's number for a person
    (dict(service_code=""), "service"),
    (dict(service_code="NO-SUCH"), "service"),
    (dict(subject=""), "subject"),
    (dict(subject="   "), "subject"),
    (dict(subject="ү" * 301), "subject"),
    (dict(subject="мөр\nхоёр"), "subject"),                      # a subject is one line
    (dict(description="x" * 20_001), "description"),
    (dict(description="null\x00byte"), "description"),
    (dict(given_name=""), "given_name"),
    (dict(given_name="Н" * 101), "given_name"),
    (dict(family_name="\x07"), "family_name"),
    (dict(phone="утас"), "phone"),
    (dict(phone="12"), "phone"),
    (dict(address="а" * 501), "address"),
    (dict(channel="fax"), "channel"),
    (dict(applicant_kind="alien"), "applicant_kind"),
    (dict(register_no="ab"), "register_no"),
    (dict(register_no="ПАСПОРТ1", applicant_kind="foreign"), "register_no"),
]


@pytest.mark.parametrize("overrides, field", BAD_INTAKE)
def test_bad_intake_names_the_field_and_changes_nothing(office, overrides, field):
    db, a = office
    before = log_size(db)
    with pytest.raises(ValidationError) as info:
        workflow.register_case(db, a["clerk"], form(**overrides), today=date(2026, 6, 12))
    assert info.value.field == field
    assert info.value.message and "Traceback" not in info.value.message
    assert log_size(db) == before


STRANGE = [
    "Өлзий & Үүрийн <b>тод</b> 😀",
    "=1+1",
    "=HYPERLINK(\"http://x\")",
    "'; DROP TABLE cases; --",
    "Robert\"); DELETE FROM events;--",
    "<img src=/etc/passwd>",
    "Latin and Кирилл mixed «quotes» № 5 ₮",
]


@pytest.mark.parametrize("strange", STRANGE)
def test_strange_but_legitimate_text_comes_back_exactly(office, strange):
    db, a = office
    description = f"{strange}\nдоод мөр\r\n\tдэд"
    case = workflow.register_case(db, a["clerk"], form(subject=strange, description=description,
                                                       address=f"{strange}, 1-р хороо"), today=date(2026, 6, 12))
    again = queries.get_case(db, case.case_number)
    assert again.subject == strange and again.description == description
    listed = queries.list_cases(db, CaseFilter(search="Өлзийсайхан"))
    assert [c.subject for c in listed] == [strange]
    workflow.add_note(db, a["clerk"], case.case_id, strange)
    notes = [e.payload["text"] for e in queries.timeline(db, case.case_id) if e.kind == "case.note_added"]
    assert notes == [strange]


# --- the life of a case --------------------------------------------------------------------------------------

def test_a_whole_life_with_pause_extension_decision_and_close(office):
    db, a = office
    clerk, manager = a["clerk"], a["manager"]
    case = workflow.register_case(db, clerk, form(service_code="PET-GENERAL"), today=date(2026, 6, 12))
    case = workflow.start(db, clerk, case.case_number, expected_version=case.version)
    assert case.state == "in_progress"
    case = workflow.pause(db, clerk, case.case_id, "Иргэн нэмэлт баримт авчрах", on=date(2026, 6, 15))
    assert case.state == "waiting" and case.due_date is None and case.paused_since == date(2026, 6, 15)
    case = workflow.resume(db, clerk, case.case_id, on=date(2026, 6, 18))
    # 3 paused days (15, 16, 17): Jul 12 + 3 = Jul 15, still Naadam: rolled to Jul 16
    assert case.state == "in_progress" and case.due_date == date(2026, 7, 16)
    case = workflow.extend(db, manager, case.case_id, 30, "Шинжээчийн дүгнэлт хүлээж байна")
    assert case.due_date == date(2026, 8, 17) and case.extension_days == 30
    with pytest.raises(ValidationError) as info:
        workflow.extend(db, manager, case.case_id, 1, "дахин")            # the law allows 30 in all
    assert info.value.field == "days"
    case = workflow.decide(db, clerk, case.case_id, "approved", "Хүсэлтийг хангав.", on=date(2026, 7, 20))
    assert case.state == "decided" and case.decision == "approved"
    case = workflow.close(db, clerk, case.case_id)
    assert case.state == "closed"
    case = workflow.reopen(db, manager, case.case_id, "Иргэн дахин хандсан")
    assert case.state == "in_progress" and case.decision is None
    kinds = [e.kind for e in queries.timeline(db, case.case_id)]
    assert kinds == ["case.registered", "case.started", "case.paused", "case.resumed", "case.extended",
                     "case.decided", "case.closed", "case.reopened"]
    assert all(e.user_name for e in queries.timeline(db, case.case_id))


def test_changing_the_service_keeps_the_paused_time(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(service_code="CR-NAME-CHANGE"), today=date(2026, 11, 2))
    workflow.pause(db, a["clerk"], case.case_id, "Баримт дутуу", on=date(2026, 11, 4))
    workflow.resume(db, a["clerk"], case.case_id, on=date(2026, 11, 9))
    # CR-NAME-CHANGE is 5 working days: the worked example of docs/architecture.md §12
    assert queries.get_case(db, case.case_id).due_date == date(2026, 11, 13)
    changed = workflow.change_service(db, a["clerk"], case.case_id, "LAND-CADASTRE-REF")   # 3 working days
    # Nov 3, (paused 4-8), Nov 9, (10 holiday), Nov 11
    assert changed.service_code == "LAND-CADASTRE-REF" and changed.due_date == date(2026, 11, 11)


TRANSITIONS = [
    # (steps before, action, allowed)
    ([], "start", True), ([], "pause", True), ([], "decide", True), ([], "withdraw", True),
    ([], "close", False), ([], "resume", False), ([], "reopen", False),
    (["start"], "start", False), (["start"], "close", False), (["start", "pause"], "decide", False),
    (["start", "pause"], "pause", False), (["start", "pause"], "withdraw", True),
    (["decide"], "close", True), (["decide"], "start", False), (["decide"], "pause", False),
    (["decide", "close"], "decide", False), (["decide", "close"], "reopen", True),
    (["withdraw"], "start", False), (["withdraw"], "reopen", True), (["withdraw"], "extend", False),
]


def _do(db, a, action, case_id):
    clerk, manager = a["clerk"], a["manager"]
    calls = {
        "start": lambda: workflow.start(db, clerk, case_id),
        "pause": lambda: workflow.pause(db, clerk, case_id, "хүлээж байна"),
        "resume": lambda: workflow.resume(db, clerk, case_id),
        "decide": lambda: workflow.decide(db, clerk, case_id, "answered", "Хариу өгөв."),
        "close": lambda: workflow.close(db, clerk, case_id),
        "withdraw": lambda: workflow.withdraw(db, clerk, case_id, "Иргэн татгалзав"),
        "reopen": lambda: workflow.reopen(db, manager, case_id, "Алдаа засах"),
        "extend": lambda: workflow.extend(db, manager, case_id, 5, "Шалтгаан"),
    }
    return calls[action]()


@pytest.mark.parametrize("steps, action, allowed", TRANSITIONS)
def test_every_transition_allowed_or_refused_with_a_reason(office, steps, action, allowed):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=db.today())
    for step in steps:
        _do(db, a, step, case.case_id)
    before = log_size(db)
    if allowed:
        _do(db, a, action, case.case_id)
        assert log_size(db)[0] == before[0] + 1
    else:
        with pytest.raises(ConflictError) as info:
            _do(db, a, action, case.case_id)
        assert "боломжгүй" in info.value.message
        assert log_size(db) == before


ROLE_RULES = [
    ("register", {"clerk", "manager"}), ("start", {"clerk", "manager"}), ("note", {"clerk", "manager"}),
    ("extend", {"manager"}), ("reopen", {"manager"}), ("assign", {"manager"}), ("add_user", {"admin"}),
]


@pytest.mark.parametrize("action, roles", ROLE_RULES)
def test_every_permission_per_role_called_directly(office, action, roles):
    db, a = office
    manager = a["manager"]
    roles_in_order = ("auditor", "admin", "clerk", "manager")     # refusals first, then the allowed roles
    targets = {role: workflow.register_case(db, manager, form(subject=role), today=db.today()).case_id
               for role in roles_in_order}
    if action == "reopen":
        for case_id in targets.values():
            workflow.decide(db, manager, case_id, "answered", "Хариу")
    for role in roles_in_order:
        actor, case_id = a[role], targets[role]
        calls = {
            "register": lambda: workflow.register_case(db, actor, form(subject=f"by {role}"), today=db.today()),
            "start": lambda: workflow.start(db, actor, case_id),
            "note": lambda: workflow.add_note(db, actor, case_id, f"{role} тэмдэглэл"),
            "extend": lambda: workflow.extend(db, actor, case_id, 1, "шалтгаан"),
            "reopen": lambda: workflow.reopen(db, actor, case_id, "шалтгаан"),
            "assign": lambda: workflow.assign(db, actor, case_id, a["clerk2"].user_id),
            "add_user": lambda: users.add_user(db, actor, username=f"new.{role}", password=PASSWORD, role="clerk"),
        }
        before = log_size(db)
        if role in roles:
            calls[action]()
            assert log_size(db) != before
        else:
            with pytest.raises(PermissionDenied):
                calls[action]()
            assert log_size(db) == before


def test_only_the_owning_office_changes_a_case(office, tmp_path):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=db.today())
    stranger = users.Actor("someone", "someone", "Өөр газар", "manager", "UB-SBD")
    for call in (lambda: workflow.start(db, stranger, case.case_id),
                 lambda: workflow.extend(db, stranger, case.case_id, 2, "x"),
                 lambda: workflow.add_note(db, stranger, case.case_id, "x")):
        with pytest.raises(PermissionDenied):
            call()


def test_stale_screen_is_refused(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=db.today())
    workflow.add_note(db, a["manager"], case.case_id, "менежерийн тэмдэглэл")
    with pytest.raises(ConflictError):
        workflow.start(db, a["clerk"], case.case_id, expected_version=case.version)


def test_assign_and_dates_are_checked(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=date(2026, 6, 12))
    with pytest.raises(ValidationError):
        workflow.assign(db, a["manager"], case.case_id, a["auditor"].user_id)     # not case staff
    assigned = workflow.assign(db, a["manager"], case.case_id, a["clerk2"].user_id)
    assert assigned.assignee_id == a["clerk2"].user_id and assigned.assignee_name == "Дорж Г."
    with pytest.raises(ValidationError) as info:
        workflow.pause(db, a["clerk"], case.case_id, "x", on=date(2026, 6, 1))       # before registration
    assert info.value.field == "date"
    with pytest.raises(ValidationError):
        workflow.decide(db, a["clerk"], case.case_id, "maybe", "x")
    with pytest.raises(NotFoundError):
        workflow.start(db, a["clerk"], "UB-BZD-2026-01-999999")


def test_correct_citizen_data(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=date(2026, 6, 12))
    stored = workflow.correct_citizen(db, a["clerk"], case.citizen_id,
                                      {"given_name": "Өлзийбат", "phone": "+976 88001122", "register_no": "уб99031513"})
    assert stored["given_name"] == "Өлзийбат" and stored["register_no"] == "УБ99031513"
    assert queries.list_cases(db, CaseFilter(search="өлзийбат"))[0].case_id == case.case_id
    con = sqlite3.connect(db.path)
    assert con.execute("SELECT citizen_sort, citizen_register FROM cases WHERE case_id = ?",
                       (case.case_id,)).fetchone() == ("батын өлзийбат", "УБ99031513")   # sorts as corrected
    con.close()
    from caseapp.services.maintenance import check
    assert check(db).ok
    before = log_size(db)
    for bad in ({"register_no": "УБ99133012"}, {"phone": "abc"}, {"given_name": ""}, {"secret": "x"}):
        with pytest.raises(ValidationError):
            workflow.correct_citizen(db, a["clerk"], case.citizen_id, bad)
    with pytest.raises(PermissionDenied):
        workflow.correct_citizen(db, a["auditor"], case.citizen_id, {"phone": "99001122"})
    assert log_size(db) == before


# --- users ---------------------------------------------------------------------------------------------------

def test_login_lockout_and_password_change(office):
    db, a = office
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            users.login(db, "saraa", "wrong-password")
    with pytest.raises(PermissionDenied) as info:
        users.login(db, "saraa", PASSWORD)                   # the right password, but locked out for now
    assert "түгжигдсэн" in info.value.message
    users.set_locked(db, a["admin"], "saraa", False)         # an admin ends the lockout
    clerk = users.login(db, "SARAA", PASSWORD)
    users.change_password(db, clerk, PASSWORD, "шинэ-нууц-үг-2")
    with pytest.raises(PermissionDenied):
        users.login(db, "saraa", PASSWORD)
    assert users.login(db, "saraa", "шинэ-нууц-үг-2").role == "clerk"
    users.set_locked(db, a["admin"], "saraa", True)
    with pytest.raises(PermissionDenied) as info:
        users.login(db, "saraa", "шинэ-нууц-үг-2")
    assert "хаагдсан" in info.value.message
    outcomes = [row[2] for row in users.auth_log(db, a["admin"])]
    assert outcomes.count("failure") >= users.MAX_FAILURES and "locked_out" in outcomes and "success" in outcomes
    assert users.auth_log(db, a["auditor"]) == users.auth_log(db, a["admin"])
    with pytest.raises(PermissionDenied):                 # a clerk reads nobody's sign-ins
        users.auth_log(db, a["clerk2"])
    with pytest.raises(PermissionDenied):
        users.staff_list(db, a["clerk2"])
    with pytest.raises(ValidationError):
        users.change_password(db, users.login(db, "bold", PASSWORD), PASSWORD, "short")


def test_a_lockout_runs_out_and_one_late_mistake_does_not_lock_again(office):
    db, _ = office
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            users.login(db, "bold", "wrong-password")
    con = sqlite3.connect(db.path)               # 20 minutes pass
    con.execute("UPDATE auth_log SET at = datetime(at, '-20 minutes') || '+00:00' WHERE username = 'bold'")
    con.execute("UPDATE auth_log SET at = replace(at, ' ', 'T')")
    con.commit()
    con.close()
    with pytest.raises(PermissionDenied) as info:
        users.login(db, "bold", "one-more-typo")
    assert "түгжигдсэн" not in info.value.message          # wrong password, but not locked out
    assert users.login(db, "bold", PASSWORD).role == "manager"


def test_user_input_is_checked(office):
    db, a = office
    for kwargs, field in ((dict(username="Бат"), "username"), (dict(username="ab cd"), "username"),
                          (dict(username="saraa"), "username"), (dict(role="boss"), "role"),
                          (dict(password="1234567"), "password")):
        args = dict(username="newuser", password=PASSWORD, role="clerk") | kwargs
        with pytest.raises(ValidationError) as info:
            users.add_user(db, a["admin"], **args)
        assert info.value.field == field


# --- extension requests: the clerk asks, the manager approves or declines ---------------------------------------

def test_clerk_requests_an_extension_and_the_manager_approves_it(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=date(2026, 6, 12))
    assert "request_extension" in workflow.available_actions(a["clerk"], case)
    assert "extend" not in workflow.available_actions(a["clerk"], case)
    asked = workflow.request_extension(db, a["clerk"], case.case_number, 20, "Шинжээчийн дүгнэлт хүлээж байна")
    assert asked.extension_request["days"] == 20 and asked.extension_request["by"] == a["clerk"].user_id
    assert asked.due_date == case.due_date                              # asking does not move the deadline
    queue = queries.list_cases(db, CaseFilter(extension_requested=True))
    assert [c.case_number for c in queue] == [case.case_number]
    assert queries.dashboard(db, office_id="UB-BZD").extension_requests == 1
    manager_can = workflow.available_actions(a["manager"], asked)
    assert {"extend", "decline_extension"} <= manager_can and "request_extension" not in manager_can
    with pytest.raises(ConflictError):                                   # one request at a time
        workflow.request_extension(db, a["clerk"], case.case_number, 5, "дахин")
    approved = workflow.extend(db, a["manager"], case.case_number, 20, "Зөвшөөрөв")
    assert approved.extension_request is None and approved.due_date > case.due_date
    assert queries.count_cases(db, CaseFilter(extension_requested=True)) == 0


def test_a_declined_request_leaves_the_deadline_and_a_clerk_cannot_decline(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=date(2026, 6, 12))
    workflow.request_extension(db, a["clerk"], case.case_number, 10, "Баримт дутуу")
    before = log_size(db)
    with pytest.raises(PermissionDenied):
        workflow.decline_extension(db, a["clerk"], case.case_number, "өөрөө")
    with pytest.raises(ValidationError) as empty:
        workflow.decline_extension(db, a["manager"], case.case_number, "   ")
    assert empty.value.field == "reason" and log_size(db) == before
    declined = workflow.decline_extension(db, a["manager"], case.case_number, "Хугацаандаа амжуулна")
    assert declined.extension_request is None and declined.due_date == case.due_date
    with pytest.raises(ValidationError) as over:                         # the petitions law allows 30 in all
        workflow.request_extension(db, a["clerk"], case.case_number, 31, "Их хугацаа")
    assert over.value.field == "days"


def test_available_actions_follow_role_state_and_office(office):
    db, a = office
    case = workflow.register_case(db, a["clerk"], form(), today=date(2026, 6, 12))
    assert workflow.available_actions(a["auditor"], case) == frozenset()
    assert workflow.available_actions(a["admin"], case) == frozenset()
    clerk = workflow.available_actions(a["clerk"], case)
    assert {"start", "pause", "decide", "withdraw", "note", "change_service"} <= clerk
    assert not clerk & {"assign", "extend", "reopen", "resume", "close"}
    decided = workflow.decide(db, a["clerk"], case.case_number, "approved", "Шийдвэрлэв")
    assert workflow.available_actions(a["clerk"], decided) == {"close", "note"}
    assert "reopen" in workflow.available_actions(a["manager"], decided)
    stranger = users.Actor("x", "x", "X", "manager", "UB-CHD")
    assert workflow.available_actions(stranger, decided) == frozenset()


def test_the_last_admin_cannot_be_demoted_or_locked(office):
    db, a = office
    before = log_size(db)
    with pytest.raises(ValidationError) as demoted:
        users.set_role(db, a["admin"], "admin", "clerk")
    assert demoted.value.field == "role" and "сүүлийн админ" in demoted.value.message
    assert log_size(db) == before
    users.add_user(db, a["admin"], username="second", password=PASSWORD, role="admin", full_name="Second")
    users.set_role(db, a["admin"], "admin", "manager")                 # another admin exists now
    second = users.actor_for(db, "second")
    with pytest.raises(ValidationError):                                # now "second" is the last one
        users.set_role(db, second, "second", "clerk")
    assert users.actor_for(db, "admin").role == "manager" and users.actor_for(db, "second").role == "admin"


def test_an_extension_request_ends_when_the_case_is_decided_or_withdrawn(office):
    db, a = office
    for finish in (lambda n: workflow.decide(db, a["clerk"], n, "approved", "Шийдвэрлэв"),
                   lambda n: workflow.withdraw(db, a["clerk"], n, "Иргэн татаж авав")):
        case = workflow.register_case(db, a["clerk"], form(subject=f"Хүсэлт {id(finish)}"))
        workflow.request_extension(db, a["clerk"], case.case_number, 5, "Баримт хүлээж байна")
        finished = finish(case.case_number)
        assert finished.extension_request is None
    assert queries.count_cases(db, CaseFilter(extension_requested=True)) == 0
    assert queries.dashboard(db, office_id="UB-BZD").extension_requests == 0


def test_a_known_number_with_another_name_is_never_filed_silently(office):
    """The number is Сараа's but the form carries another name: the clerk must decide (a typo, a changed
    name, or the wrong person); nothing is written until then."""
    db, a = office
    first = workflow.register_case(db, a["clerk"], form(given_name="Сараа"), today=db.today())
    before = log_size(db)
    with pytest.raises(workflow.DuplicateCandidates) as asked:
        workflow.register_case(db, a["clerk"], form(given_name="Дэлгэр", subject="Өөр хүн"), today=db.today())
    assert [c.citizen_id for c in asked.value.candidates] == [first.citizen_id]
    assert log_size(db) == before
    same = workflow.register_case(db, a["clerk"], form(given_name=" сараа ", subject="Мөн хүн"), today=db.today())
    assert same.citizen_id == first.citizen_id                     # the same name, typed loosely, is recalled

