"""Benchmarks use the tests' database set-up: a real PostgreSQL, as the runtime role, under RLS."""

from tests.conftest import *  # noqa: F403
