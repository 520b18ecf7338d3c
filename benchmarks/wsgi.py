"""The application as served in production, plus one bare view that does a single INSERT: the
yardstick the write rate of the API is compared with."""

from __future__ import annotations

from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

application = get_wsgi_application()


@csrf_exempt
def bare_insert(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO bench_insert (note) VALUES (%s)", [request.body[:100].decode()])
    return HttpResponse(status=201)


from config import urls  # noqa: E402 (after the application is set up)

urls.urlpatterns.insert(0, path("bench/insert", bare_insert))
