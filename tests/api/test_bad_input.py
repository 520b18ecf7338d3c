"""Under /api/ every answer is problem+json, and input that used to reach a 500 is a 400 (or
404, 413) naming what was wrong, whatever DEBUG says."""

import json

import pytest
from django.test import Client, override_settings
from rest_framework.test import APIClient

from accounts.apis import MeApi
from groups.models import Visitor
from tenancy.context import tenant
from tests.factories.groups import ChapterFactory
from tests.groups.test_visitors import _public, _upcoming

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def _problem(response, status):
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert {"type", "title", "detail"} <= set(body)
    return body


@pytest.mark.parametrize("debug", [True, False])
def test_an_unmatched_api_path_is_a_problem_not_a_list_of_url_patterns(debug) -> None:
    with override_settings(DEBUG=debug):
        response = Client().get("/api/v1/no-such-thing/")
    body = _problem(response, 404)
    assert b"urlpatterns" not in response.content and b"api/v1/" not in response.content
    assert body["detail"] == "Not found."


@pytest.mark.parametrize("debug", [True, False])
def test_a_body_over_the_limit_is_413(client_for, owner, debug) -> None:
    body = json.dumps({"name": "x" * (5 * 1024 * 1024)})
    with override_settings(DEBUG=debug):
        response = client_for(owner).post("/api/v1/orgs", body, content_type="application/json")
    assert "bytes" in _problem(response, 413)["detail"]


@pytest.mark.parametrize("debug", [True, False])
def test_an_unexpected_failure_is_a_500_with_an_error_id_and_no_internals(
    client_for, owner, monkeypatch, caplog, debug
) -> None:
    def fail(*args, **kwargs):
        raise RuntimeError("secret internals /root/project/settings.py")

    monkeypatch.setattr(MeApi, "get", fail)
    with override_settings(DEBUG=debug):
        response = client_for(owner).get("/api/v1/me")
    body = _problem(response, 500)
    assert len(body["error_id"]) == 32
    assert b"secret" not in response.content and b"Traceback" not in response.content
    assert body["error_id"] in caplog.text and "secret internals" in caplog.text


def test_json_nested_a_thousand_deep_is_a_400_on_the_api_and_on_sign_in(client_for, owner) -> None:
    deep = "[" * 1000 + "]" * 1000
    response = client_for(owner).post("/api/v1/orgs", deep, content_type="application/json")
    assert "nested" in _problem(response, 400)["detail"]
    response = Client().post(
        "/_allauth/browser/v1/auth/login",
        '{"email": ' + deep + "}",
        content_type="application/json",
    )
    assert response.status_code == 400


def test_a_date_no_one_means_is_a_400_naming_it(client_for, owner, organization) -> None:
    response = client_for(owner).get(
        f"/api/v1/orgs/{organization.slug}/leaderboards/help-given"
        "?date_from=0001-01-01&date_to=2026-01-01"
    )
    assert "date_from" in _problem(response, 400)["errors"]


@pytest.mark.parametrize("parameter", ["action", "target_type", "target_id"])
def test_a_nul_in_a_query_parameter_is_a_400_naming_it(
    client_for, owner, organization, parameter
) -> None:
    response = client_for(owner).get(
        f"/api/v1/orgs/{organization.slug}/audit-events/?{parameter}=a%00b"
    )
    assert _problem(response, 400)["errors"] == {parameter: ["Must not contain NUL characters."]}


def test_a_nul_in_the_path_is_not_found(client_for, owner) -> None:
    _problem(client_for(owner).get("/api/v1/orgs/ab%00cd/"), 404)


@pytest.mark.parametrize(
    "name", ["Ana\x00", "Ana\x07", "\x1b[31mAna", "Ana\u202eanA", "Ana\x85"], ids=repr
)
def test_control_characters_are_refused_at_the_public_form_and_nothing_is_stored(
    organization, name
) -> None:
    chapter = ChapterFactory(organization=organization)
    meeting = _upcoming(chapter, 1)
    response = APIClient().post(
        _public(organization, chapter, "visitors"),
        {"meeting": str(meeting.pk), "name": name, "email": "ana@x.com"},
        format="json",
    )
    assert _problem(response, 400)["errors"] == {"name": ["Must not contain control characters."]}
    with tenant(organization):
        assert not Visitor.objects.exists()


def test_tabs_and_newlines_are_text_and_nested_fields_are_named(client_for, owner) -> None:
    response = client_for(owner).post(
        "/api/v1/orgs",
        {"name": "Line one\nline\ttwo", "extra": [{"deep": "x\x01"}]},
        format="json",
    )
    assert _problem(response, 400)["errors"] == {
        "extra.0.deep": ["Must not contain control characters."]
    }
