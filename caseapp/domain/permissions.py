"""Who may do what. Checked in the services (hiding a button in the UI is only a courtesy)."""

from __future__ import annotations

CLERK, MANAGER, ADMIN, AUDITOR = "clerk", "manager", "admin", "auditor"
ROLES = (CLERK, MANAGER, ADMIN, AUDITOR)

CASE_WORK = frozenset({"register", "start", "pause", "resume", "decide", "close", "withdraw", "note",
                       "correct_citizen", "request_extension", "issue_documents"})
MANAGEMENT = frozenset({"assign", "extend", "decline_extension", "reopen", "resolve_conflict", "transfer"})
ADMINISTRATION = frozenset({"manage_users", "edit_calendar", "edit_catalogue", "edit_letterhead",
                            "edit_workstation", "manage_backups"})
READ = frozenset({"read"})
STAFF_LIST = frozenset({"view_users"})      # the office's users and roles, read-only
SIGN_IN_LOG = frozenset({"view_auth_log"})  # everyone's sign-in attempts: for whoever answers for security
REPORTS = frozenset({"run_reports"})        # the Excel reports of a whole office (caseapp/services/reports.py)
SYNC_PROBLEMS = frozenset({"resolve_sync"})  # changes the server refused: retried or discarded with a reason

PERMISSIONS: dict[str, frozenset[str]] = {
    CLERK: CASE_WORK | READ,
    MANAGER: CASE_WORK | MANAGEMENT | READ | REPORTS | STAFF_LIST | SYNC_PROBLEMS,
    ADMIN: ADMINISTRATION | READ | REPORTS | STAFF_LIST | SIGN_IN_LOG | SYNC_PROBLEMS,
    AUDITOR: READ | REPORTS | STAFF_LIST | SIGN_IN_LOG,
}


def allowed(role: str, action: str) -> bool:
    return action in PERMISSIONS.get(role, frozenset())
