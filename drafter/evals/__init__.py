"""Offline, deterministic evaluation of drafts: `drafter eval`."""
