"""The test settings for a server the benchmarks start: the run's test database, and
connections kept between requests as in production."""

import os

from config.settings.test import *  # noqa: F403
from config.settings.test import DATABASES

DATABASES["default"]["NAME"] = os.environ["BENCH_DATABASE_NAME"]
DATABASES["default"]["CONN_MAX_AGE"] = 60
