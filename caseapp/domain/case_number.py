"""Human-readable case numbers, unique without coordination: office code + year + node + sequence.

Example: ``UB-BZD-2026-03-000125`` is the 125th case registered in 2026 on workstation 3 of the Bayanzürkh
district office. The sequence has at least six digits and grows if a node ever needs more.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

_PATTERN = re.compile(r"^(?P<office>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)-(?P<year>\d{4})-(?P<node>\d{2})-(?P<seq>\d{6,})$")


@dataclass(frozen=True)
class CaseNumber:
    office: str
    year: int
    node: int
    seq: int

    def __str__(self) -> str:
        return f"{self.office}-{self.year:04d}-{self.node:02d}-{self.seq:06d}"


def format_case_number(office: str, year: int, node: int, seq: int) -> str:
    if not 1 <= node <= 99:
        raise ValueError("node number must be 1-99")
    if seq < 1:
        raise ValueError("sequence starts at 1")
    return str(CaseNumber(office, year, node, seq))


def parse_case_number(text: str) -> CaseNumber:
    match = _PATTERN.match((text or "").strip().upper())
    if not match:
        raise ValueError(f"not a case number: {text!r}")
    return CaseNumber(match["office"], int(match["year"]), int(match["node"]), int(match["seq"]))


def looks_like_case_number(text: str) -> bool:
    return bool(_PATTERN.match((text or "").strip().upper()))
