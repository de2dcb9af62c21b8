"""`drafter serve`: the HTTP API and the supervisors' review pages over the review store."""

from drafter.server.app import create_app

__all__ = ["create_app"]
