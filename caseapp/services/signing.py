"""The central server's signature (Ed25519, ``cryptography``) over what it acknowledged for a workstation: a
checkpoint ``{node_id, node_seq, hash, server_seq, at}``. The workstation keeps the newest one and the server's
public key from enrollment; ``caseapp check`` then knows that its own chain must still pass through it, so a
local rewrite of anything pushed (even with the chain re-hashed) or a deleted tail is found without the server.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from caseapp.domain.events import canonical_json

CHECKPOINT_FIELDS = ("node_id", "node_seq", "hash", "server_seq", "at")


def new_key_pair() -> tuple[bytes, bytes]:
    """(private, public) raw bytes of a new Ed25519 key."""
    key = Ed25519PrivateKey.generate()
    return (key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def sign(private_key: bytes, message: dict) -> str:
    """The hex signature of ``message``'s canonical JSON."""
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(canonical_json(message).encode()).hex()


def verify(public_key_hex: str, message: dict, signature_hex: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), canonical_json(message).encode())
    except (InvalidSignature, ValueError):
        return False
    return True


def checkpoint_message(data: object) -> dict | None:
    """The signed part of a checkpoint as it arrives (exactly its fields, of the right types), else None."""
    if not isinstance(data, dict):
        return None
    message = {name: data.get(name) for name in CHECKPOINT_FIELDS}
    if not (isinstance(message["node_id"], str) and isinstance(message["hash"], str)
            and isinstance(message["at"], str) and all(isinstance(message[n], int) and not isinstance(message[n], bool)
                                                       for n in ("node_seq", "server_seq"))):
        return None
    return message
