"""Errors with a stable code, a stage and a sentence a person can act on.

Every input that does not give a documents row gives one errors row built from one of these.
"""
from __future__ import annotations


class PlanError(Exception):
    """A failure the batch records and moves past."""

    def __init__(self, code: str, message: str, stage: str = "ingest") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.stage = stage
