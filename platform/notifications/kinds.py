"""The kinds of notification a person can tune. Each app that notifies registers its kinds when
it is ready; preferences list every registered kind."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    key: str
    label: str


KINDS: dict[str, Kind] = {}


def register(key: str, label: str) -> Kind:
    kind = Kind(key=key, label=label)
    KINDS[key] = kind
    return kind
