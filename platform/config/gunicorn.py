"""How gunicorn serves the product; `make run` and the serving benchmark read this one file.

Sync workers, one thread each: a worker holds at most one database connection (kept between
requests for ``CONN_MAX_AGE``), so the connections in use never exceed the worker count,
whatever the load. Two workers per core plus one, unless ``WEB_CONCURRENCY`` says otherwise.
"""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"
threads = 1
timeout = 30
graceful_timeout = 10
# Requests and their answers are logged by the application; gunicorn reports only problems.
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
pythonpath = "platform"
