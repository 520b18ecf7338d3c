"""How API callers prove who they are.

- Scripts and mobile apps: allauth's app client, ``X-Session-Token`` header.
- The React app: allauth's browser client, the session cookie, with CSRF enforced.

An unauthenticated request gets 401 (DRF answers 401 only when the first class names a scheme).
"""

from __future__ import annotations

from allauth.headless.contrib.rest_framework.authentication import XSessionTokenAuthentication
from rest_framework.authentication import SessionAuthentication
from rest_framework.request import Request


class SessionTokenAuthentication(XSessionTokenAuthentication):
    def authenticate_header(self, request: Request) -> str:
        return 'Session realm="api", header="X-Session-Token"'


class BrowserSessionAuthentication(SessionAuthentication):
    pass
