import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_and_readyz() -> None:
    client = Client()
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok", "database": "ok"}


def test_schema_lists_the_platform_endpoints() -> None:
    response = Client().get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {
        "/api/v1/me",
        "/api/v1/orgs",
        "/api/v1/orgs/{org_slug}/",
        "/api/v1/orgs/{org_slug}/regions/",
        "/api/v1/orgs/{org_slug}/regions/{region_id}/",
        "/api/v1/orgs/{org_slug}/people/",
        "/api/v1/orgs/{org_slug}/people/{person_id}/",
        "/api/v1/orgs/{org_slug}/audit-events/",
    } <= set(paths)
    assert "409" in paths["/api/v1/orgs"]["post"]["responses"]


def test_schema_generates_without_warnings() -> None:
    from drf_spectacular.drainage import GENERATOR_STATS
    from drf_spectacular.generators import SchemaGenerator

    GENERATOR_STATS.reset()
    SchemaGenerator().get_schema(request=None, public=True)
    assert GENERATOR_STATS._warn_cache == {}
    assert GENERATOR_STATS._error_cache == {}


def test_docs_page_is_served() -> None:
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    assert b"redoc" in response.content.lower()


def test_unknown_api_path_answers_with_the_error_shape() -> None:
    response = Client().get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["title"] == "Not found"


def test_every_operation_has_a_summary_and_its_own_description() -> None:
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    operations = {
        f"{method.upper()} {path}": operation
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    }
    assert not [name for name, op in operations.items() if not op.get("summary")]
    assert not [name for name, op in operations.items() if not op.get("description")]
    by_description: dict[str, list[str]] = {}
    for name, operation in operations.items():
        by_description.setdefault(operation["description"], []).append(name)
    assert {text: names for text, names in by_description.items() if len(names) > 1} == {}


def test_docs_page_loads_nothing_from_elsewhere() -> None:
    from django.conf import settings

    html = Client().get("/api/docs/").content.decode()
    assert "http://" not in html and "https://" not in html
    assert (
        f'src="{settings.STATIC_URL}drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"'
        in html
    )
