"""JSON request bodies, checked once for what no field may hold.

Nesting is capped (a body nested a thousand deep would exhaust the parser's recursion), and
no text, keys included, may carry control characters (``core.text``): refused at the door
with a 400 naming the field.
"""

from __future__ import annotations

from typing import Any

from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError

from core.text import CONTROL_CHARACTERS, has_control_characters, mask_control_characters

MAX_DEPTH = 32
TOO_DEEP = f"The JSON body is nested more than {MAX_DEPTH} levels deep."


class JSONParser(parsers.JSONParser):
    def parse(self, stream: Any, media_type: Any = None, parser_context: Any = None) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise ParseError(TOO_DEEP) from exc
        errors = _text_errors(data)
        if errors:
            raise ValidationError(errors)
        return data


def _text_errors(data: Any) -> dict[str, list[str]]:
    """Field paths (``a.0.b``) whose text, or whose key, holds a control character."""
    errors: dict[str, list[str]] = {}
    pending: list[tuple[str, Any, int]] = [("", data, 0)]
    while pending:
        path, value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ParseError(TOO_DEEP)
        if isinstance(value, str):
            if has_control_characters(value):
                errors[path or "non_field_errors"] = [CONTROL_CHARACTERS]
        elif isinstance(value, dict):
            for key, item in value.items():
                child = f"{path}.{key}" if path else str(key)
                if has_control_characters(str(key)):
                    errors[mask_control_characters(child)] = [CONTROL_CHARACTERS]
                    continue
                pending.append((child, item, depth + 1))
        elif isinstance(value, list):
            pending.extend(
                (f"{path}.{index}" if path else str(index), item, depth + 1)
                for index, item in enumerate(value)
            )
    return dict(sorted(errors.items()))
