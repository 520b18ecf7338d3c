"""Base for request bodies: a field the endpoint does not know is an error, not ignored, and
JSON types are taken at their word (DRF would quietly turn 0 into "0" or "yes" into True)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework import serializers

from core.text import DATE_OUT_OF_RANGE, EARLIEST_DATE, LATEST_DATE

UNKNOWN_FIELD = "Unknown field."
NOT_A_STRING = "Must be a string."
NOT_A_BOOLEAN = "Must be true or false."
NOT_A_NUMBER = "Must be a whole number."
NOT_A_LIST = "Must be a list."


def _type_error(field: serializers.Field[Any, Any, Any, Any], value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(field, serializers.BooleanField):
        return None if isinstance(value, bool) else NOT_A_BOOLEAN
    if isinstance(field, serializers.IntegerField):
        return None if isinstance(value, int) and not isinstance(value, bool) else NOT_A_NUMBER
    if isinstance(field, serializers.ListField):
        if not isinstance(value, list):
            return NOT_A_LIST
        errors = (_type_error(field.child, item) for item in value)
        return next((error for error in errors if error is not None), None)
    if isinstance(field, serializers.CharField | serializers.DateField | serializers.TimeField):
        return None if isinstance(value, str) else NOT_A_STRING
    return None


class InputSerializer(serializers.Serializer[Any]):
    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, Mapping):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({key: [UNKNOWN_FIELD] for key in unknown})
            wrong = {
                name: [message]
                for name, field in self.fields.items()
                if name in data and (message := _type_error(field, data[name])) is not None
            }
            if wrong:
                raise serializers.ValidationError(wrong)
        return super().to_internal_value(data)


class ListFilterSerializer(serializers.Serializer[Any]):
    """Base for a list's query filters. Validate ``request.query_params.dict()`` (so an empty
    value is an error, not "no filter"); the paging parameters belong to the paginator and are
    accepted here and dropped from ``validated_data``."""

    cursor = serializers.CharField(required=False)
    page_size = serializers.CharField(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs.pop("cursor", None)
        attrs.pop("page_size", None)
        return attrs


def date_in_window(value: Any) -> None:
    """Every date field's validator (set in ``ApiConfig.ready``): a date no one means, such as
    year 1, is a 400 naming the field, not an overflow deep in a query."""
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise serializers.ValidationError(DATE_OUT_OF_RANGE)
