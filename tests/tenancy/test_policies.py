"""Organization policies: every valid combination is accepted, every wrong value is named."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from tenancy.policies import INT_BOUNDS, POLICIES, default_policies, validate_policies


def _valid_value(name: str) -> st.SearchStrategy[object]:
    kind = POLICIES[name][0]
    if kind is bool:
        return st.booleans()
    low, high = INT_BOUNDS[name]
    return st.integers(min_value=low, max_value=high)


valid_policies = st.fixed_dictionaries({}, optional={name: _valid_value(name) for name in POLICIES})
wrong_values = st.one_of(st.text(), st.none(), st.floats(), st.lists(st.integers()))


def test_the_defaults_are_valid() -> None:
    validate_policies(default_policies())


@given(valid_policies)
def test_any_valid_choice_of_policies_is_accepted(policies: dict) -> None:
    validate_policies(policies)


@given(valid_policies, st.sampled_from(sorted(POLICIES)), wrong_values)
def test_a_wrong_value_is_refused_and_named(policies: dict, name: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_policies({**policies, name: value})
    assert set(caught.value.message_dict) == {name}


@given(st.text(min_size=1).filter(lambda key: key not in POLICIES))
def test_an_unknown_policy_is_refused_and_named(key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_policies({key: True})
    assert set(caught.value.message_dict) == {key}


def test_a_number_out_of_range_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_policies({"term_years": 3})
    assert caught.value.message_dict == {"term_years": ["Must be between 1 and 2."]}
