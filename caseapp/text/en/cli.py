"""The command line's own words: answers, prompts and argument errors."""

from __future__ import annotations

TEXT: dict[str, str] = {
    "cli.error": "error",
    "cli.unexpected": "something went wrong that the program did not expect ({error}); nothing saved is lost. "
                      "The details are in {log}: please give them to your IT staff.",
    "cli.interrupted": "cancelled",
    "cli.argument_not_text": "the value of {option} is not UTF-8 text ({value}); check the terminal's encoding.",
    "cli.password_prompt": "Password: ",
    "cli.password_again": "Again: ",
    "cli.passwords_differ": "The passwords do not match.",
    "cli.password_needs_file": "Give the password with --password-file (there is no terminal).",
    "cli.password_file_unreadable": "Could not read the password file: {reason} ({path})",
    "cli.password_file_not_text": "The password file is not UTF-8 text ({path}).",
    "cli.recorded_as": "recorded as: {username}",
    "cli.no_acting_user": "No active user who may do this ({roles}); name one with --as USERNAME.",
    "cli.cannot_read": "Could not read the file: {reason} ({path})",
    "cli.bad_date": "a date is written YYYY-MM-DD: {text!r}",
    "cli.date_out_of_range": "a date must be between the years {first} and {last}: {text!r}",
    "cli.bad_pause": "a pause is written FROM:TO (the resume day): {text!r}",
    "cli.not_a_number": "not a whole number: {text!r}",
    "cli.not_positive": "must be 1 or more: {text!r}",
    "cli.negative": "must be 0 or more: {text!r}",
    "cli.year_out_of_range": "the year must be between {first} and {last}: {text!r}",
    "cli.options_required": "“{action}” needs {options}.",
    "cli.initialised": "Set up: {office} {name}, workstation {node}, admin {admin}; {offices} offices, "
                       "{services} services. Database: {path}",
    "cli.demo_done": "{cases} cases, {citizens} new citizens, {events} events ({first} - {last}) added in "
                     "{seconds} seconds: {path}",
    "cli.demo_users": "Demo users: {users}; password: {password}",
    "cli.rebuilt": "Rebuilt ({seconds} s): {counts}",
    "cli.check_ok": "OK ({seconds} s): {counts}",
    "cli.check_failed": "FAILED: {problems} problems found ({seconds} s):",
    "cli.user_added": "Added: {username} ({role})",
    "cli.password_changed": "Password changed: {username}",
    "cli.user_locked": "Locked: {username}",
    "cli.user_unlocked": "Unlocked: {username}",
    "cli.calendar_add_day_off": "Made a day off: {date}",
    "cli.calendar_add_workday": "Made a working day: {date}",
    "cli.calendar_clear": "Decree removed: {date}",
    "cli.default_decree_reason": "By Government resolution",
    "cli.days_overdue": "{days} days overdue",
    "cli.deadline_from_reference": "no database at {path}: computed from the reference catalogue and the public "
                                   "holidays.",
    "cli.verify_unknown": "not found: no such document in the register",
    "cli.verify_altered": "not found: the file may have been altered",
    "cli.reminders_written": "{count} reminders: {path}",
    "cli.report_written": "Report written: {path} ({rows} rows; {sheets}; {seconds} s)",
}
