"""``caseapp sync``: one push + pull round with the central server; ``sync enroll``, ``sync status``,
``sync verify``."""

from __future__ import annotations

import argparse

from caseapp.cli.common import EXIT_CHECK_FAILED, ArgTypes, note, open_db, say


def _report_clock(args: argparse.Namespace, offset_ms: int | None, off: bool) -> None:
    if off and offset_ms is not None:
        # offset = the server's time minus ours: positive when this computer is behind
        note(args, "cli.sync_clock_behind" if offset_ms > 0 else "cli.sync_clock_ahead",
             minutes=round(abs(offset_ms) / 60000, 1))


def cmd_sync(args: argparse.Namespace) -> int:
    if getattr(args, "action", None):
        return args.action_handler(args)
    from caseapp.services import sync

    with open_db(args) as db:
        report = sync.sync(db, language=args.lang)
    say(args, "cli.sync_done", pushed=report.pushed, pulled=report.pulled, refused=report.refused,
        duplicates=report.duplicates)
    _report_clock(args, report.clock_offset_ms, report.clock_off)
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from caseapp.config import clock_from_environment
    from caseapp.services import sync

    result = sync.enroll(args.db, args.server, args.code, ca_file=args.ca, clock=clock_from_environment(),
                         language=args.lang)
    say(args, "cli.sync_enrolled_new" if result.created else "cli.sync_enrolled", node=result.node_id,
        office=result.office_id, path=str(args.db))
    if result.report is not None:
        say(args, "cli.sync_done", pushed=result.report.pushed, pulled=result.report.pulled,
            refused=result.report.refused, duplicates=result.report.duplicates)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from caseapp.services import sync

    with open_db(args) as db:
        info = sync.status(db)
    if not info.enrolled:
        say(args, "cli.sync_not_enrolled")
        return 0
    rows = {"server": info.server_url, "office": info.office_id or "-", "last_push": info.last_push_at or "-",
            "last_pull": info.last_pull_at or "-", "pending": str(info.pending), "refused": str(len(info.refused)),
            "clock_offset_s": "-" if info.clock_offset_ms is None else f"{info.clock_offset_ms / 1000:+.1f}",
            "last_error": info.last_error or "-"}
    for name, value in rows.items():
        print(f"{name}\t{value}")
    for refusal in info.refused:
        from caseapp.text import has, translate

        reason = translate(refusal.reason, args.lang) if has(refusal.reason) else refusal.reason
        print(f"refused\t#{refusal.node_seq}\t{refusal.event_id}\t{refusal.reason}\t{reason}")
    _report_clock(args, info.clock_offset_ms, info.clock_off)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from caseapp.services import sync

    with open_db(args) as db:
        report = sync.verify(db, language=args.lang, repair=args.repair)
    if report.same:
        say(args, "cli.sync_verified", count=report.local.count)
        return 0
    say(args, "cli.sync_differs", here=report.local.count, there=report.server.count, streams=len(report.streams))
    for stream, stream_id, here, there in report.streams:
        print(f"  {stream}\t{stream_id}\t{here}\t{there}")
    if args.repair:
        say(args, "cli.sync_repaired", count=report.repaired)
    return EXIT_CHECK_FAILED


def register(add, types: ArgTypes) -> None:
    group = add("sync", cmd_sync, "one round with the central server (push, then pull); or enroll, status, verify")
    actions = group.add_subparsers(dest="action", required=False, metavar="ACTION")

    def action(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, parents=group.common_parents, help=help_text, description=help_text)
        p.set_defaults(action_handler=handler)
        return p

    p = action("enroll", cmd_enroll, "enroll this workstation with a one-time code (a new --db file becomes a "
                                     "new workstation of the code's office, with the office's data)")
    p.add_argument("--server", required=True, help="https://server:8470 (http only to this machine)")
    p.add_argument("--code", required=True, help="the one-time code from `caseapp central enroll-code`")
    p.add_argument("--ca", metavar="FILE", help="trust only this CA certificate (PEM) for the server")
    action("status", cmd_status, "server, last push and pull, pending and refused events, clock offset")
    p = action("verify", cmd_verify, "compare what this workstation holds with the server (exit 3 on a "
                                     "difference, listing the streams)")
    p.add_argument("--repair", action="store_true", help="fetch the differing streams' events from the server "
                                                          "(adds what is missing here; deletes nothing)")
