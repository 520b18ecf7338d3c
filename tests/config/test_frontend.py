"""Django serves the built React app: every /app/... path, and its assets with long caching."""

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def built_assets() -> list[str]:
    assets = sorted(p.name for p in (settings.FRONTEND_DIST / "assets").glob("*.js"))
    if not assets:
        pytest.fail("The front end is not built: run `make test` (it builds frontend/).")
    return assets


@pytest.mark.parametrize("path", ["/", "/app/", "/app/auth/login", "/app/some-org/people"])
def test_every_app_path_returns_the_app_and_sets_the_csrf_cookie(built_assets, path) -> None:
    response = Client().get(path)
    assert response.status_code == 200
    assert b'<div id="root">' in response.content
    assert "csrftoken" in response.cookies
    assert "no-cache" in response["Cache-Control"]


def test_hashed_assets_are_cached_for_a_year(built_assets) -> None:
    response = Client().get(f"/static/assets/{built_assets[0]}")
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
