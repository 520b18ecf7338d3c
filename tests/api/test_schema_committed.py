"""The front end's types are generated from ``frontend/openapi.json``; it must match the API.

(``npm run api:check`` in ``make lint`` checks the second half: types == openapi.json.)
"""

import io
import json

from django.core.management import call_command

from config.paths import ROOT_DIR


def test_the_committed_schema_is_the_api_schema() -> None:
    out = io.StringIO()
    call_command("spectacular", "--format", "openapi-json", stdout=out)
    committed = json.loads((ROOT_DIR / "frontend" / "openapi.json").read_text())
    assert json.loads(out.getvalue()) == committed, (
        "frontend/openapi.json is out of date: run `make api-types` and commit the result"
    )
