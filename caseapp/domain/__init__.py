"""Pure domain rules: standard library only (enforced by tests/test_architecture.py)."""
