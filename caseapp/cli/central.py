"""``caseapp central ...``: the central server's store, its HTTP server, and the workstations enrolled in it.

``--db`` here is a database URL (``sqlite:///FILE``, the default file when none is given, or
``postgresql+psycopg://user@host/db``), not a workstation's file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caseapp.cli.common import ArgTypes, note, say, write_file
from caseapp.text import DEFAULT_LANGUAGE, LANGUAGES, translate

DEFAULT_PORT = 8470


def default_central_url() -> str:
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('caseapp', appauthor=False)) / 'central.sqlite3'}"


def _url(args: argparse.Namespace) -> str:
    return args.central_db or default_central_url()


def _open(args: argparse.Namespace, *, migrate: bool = True):
    from caseapp.config import clock_from_environment
    from caseapp.services import central

    return central.open_store(_url(args), clock=clock_from_environment(), migrate=migrate)


def cmd_init(args: argparse.Namespace) -> int:
    from caseapp.services import central

    with _open(args) as store:
        info = central.initialise(store)
    say(args, "cli.central_ready" if info.created else "cli.central_current", url=central.safe_url(_url(args)),
        events=info.reference_events, key=info.public_key)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the API until stopped (the store is made ready first: ``serve`` with no URL just works)."""
    import gc

    import uvicorn

    from caseapp.central.app import FoldWorker, create_app
    from caseapp.services import central

    from caseapp.errors import ValidationError

    if bool(args.cert) != bool(args.key):
        raise ValidationError("cli.cert_and_key", field="cert")
    if args.public_url and central.sound_public_url(args.public_url) is None:
        raise ValidationError("cli.public_url", field="public_url", url=args.public_url)
    store = _open(args)
    central.initialise(store)
    scheme = "https" if args.cert else "http"
    print(translate("cli.central_serving", args.lang, url=f"{scheme}://{args.host}:{args.port}",
                    db=central.safe_url(_url(args))), file=sys.stderr, flush=True)
    folder = FoldWorker(_url(args)).start()
    try:
        app = create_app(store, folder=folder, public_url=args.public_url)
        # what is loaded by now lives as long as the server: out of the collector's sight, a full collection
        # in the middle of a push walks the pushes' own objects only (it took 170 ms with everything else)
        gc.freeze()
        uvicorn.run(app, host=args.host, port=args.port, ssl_certfile=args.cert,
                    ssl_keyfile=args.key, log_level="warning", access_log=False, workers=1)
    finally:
        folder.stop()
        store.close()
    return 0


def cmd_enroll_code(args: argparse.Namespace) -> int:
    from caseapp.services import central

    with _open(args) as store:
        central.initialise(store)
        code = central.new_enrollment_code(store, args.office)
    print(code.code)
    note(args, "cli.enroll_code_made", office=code.office_id, expires=code.expires_at)
    if args.qr:
        import io

        import segno

        buffer = io.BytesIO()
        # a full QR code: segno.make would pick a Micro QR for so short a text, which phones and zbar do not read
        segno.make_qr(code.code, error="m").save(buffer, kind="png", scale=10, border=4)
        write_file(args.qr, buffer.getvalue())
    return 0


def cmd_nodes(args: argparse.Namespace) -> int:
    from caseapp.services import central

    with _open(args) as store:
        for node in central.nodes(store):
            state = translate("cli.node_revoked", args.lang, at=node.revoked_at) if node.revoked_at else \
                translate("cli.node_active", args.lang)
            print(f"{node.node_id}\t{node.office_id}\t{node.enrolled_at}\t{node.last_seen_at or '-'}\t"
                  f"{node.node_seq}\t{state}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from caseapp.services import central

    with _open(args) as store:
        at = central.revoke(store, args.node_id)
    say(args, "cli.node_revoked_now", node=args.node_id, at=at)
    return 0


def register(add, types: ArgTypes) -> None:
    group = add("central", None, "the central server: its store, serving it, enrolled workstations")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", dest="central_db", metavar="URL", default=None,
                        help="sqlite:///FILE (default: a file in this user's data folder) or "
                             "postgresql+psycopg://USER@HOST:PORT/DB")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=f"language of messages (default: {DEFAULT_LANGUAGE})")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    action("init", cmd_init, "make the central store ready: schema, reference data, the server's signing key")
    p = action("serve", cmd_serve, "serve the sync API (HTTP, or HTTPS with --cert and --key)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=types.positive, default=DEFAULT_PORT, help=f"default: {DEFAULT_PORT}")
    p.add_argument("--cert", help="the server's TLS certificate (PEM)")
    p.add_argument("--key", help="its private key (PEM)")
    p.add_argument("--public-url", help="the address citizens' phones open (the receipts' QR codes point at "
                                        "<URL>/d/...; default: the address a workstation enrolled by)")
    p = action("enroll-code", cmd_enroll_code, "a one-time code that enrolls one workstation of an office "
                                               "(valid 24 hours)")
    p.add_argument("--office", required=True, help="office code, for example UB-BZD")
    p.add_argument("--qr", type=Path, metavar="FILE", help="also write the code as a QR image (PNG)")
    action("nodes", cmd_nodes, "the enrolled workstations: node, office, enrolled, last seen, events, state")
    p = action("revoke", cmd_revoke, "revoke a workstation's token (a stolen or retired PC)")
    p.add_argument("node_id")
