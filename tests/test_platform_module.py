"""`platform/` must not shadow the standard-library `platform` module."""

import platform
import sysconfig
from pathlib import Path


def test_platform_is_the_standard_library_module() -> None:
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    assert Path(platform.__file__).resolve().parent == stdlib
    assert platform.python_implementation() == "CPython"


def test_project_subpackages_import_on_their_own() -> None:
    import api
    import audit
    import config
    import tenancy

    for module in (api, audit, config, tenancy):
        assert Path(module.__file__).resolve().parent.parent.name == "platform"
