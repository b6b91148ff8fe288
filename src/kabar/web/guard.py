"""What every response carries and every request must pass: browser hardening headers and a
Host check against DNS rebinding.

A page a local browser visits can point its own domain name at 127.0.0.1 and then read
whatever the loopback server answers; refusing every ``Host`` the server was not told about
stops that. The pages use no script at all and one style sheet, so the policy allows no
script and no inline style except the attributes listed by hash below.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Names a loopback server answers to by default (the test client calls itself "testserver").
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
# Inline style attributes the pages use (CSP hashes of their exact text).
_STYLE_HASHES = ("'sha256-CSr5A7IS9dRw3Uo7TFEY+Os1KKjUjndCqZWzkW4uTaY='",)  # white-space:pre-wrap
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; "
    f"style-src 'self' 'unsafe-hashes' {' '.join(_STYLE_HASHES)}; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}


def host_name(header: str) -> str:
    """Return the name of a Host header without its port ("[::1]:8000" -> "::1")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    if header.count(":") == 1:
        header = header.split(":", 1)[0]
    return header.rstrip(".")


class Guard:
    """ASGI middleware: refuse unknown Host headers (400), add the security headers."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str]) -> None:
        self.app = app
        names = {host_name(h) if h != "*" else h for h in allowed_hosts}
        self.any_host = "*" in names
        self.suffixes = tuple(n[1:] for n in names if n.startswith("*."))
        self.names = {n for n in names if not n.startswith("*")}

    def allowed(self, header: str) -> bool:
        if self.any_host:
            return True
        name = host_name(header)
        return name in self.names or (bool(name) and name.endswith(self.suffixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return

        async def send_hardened(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    if key not in headers:
                        headers[key] = value
            await send(message)

        host = Headers(scope=scope).get("host", "")
        if not self.allowed(host):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            else:
                await _refuse(host, send_hardened)
            return
        await self.app(scope, receive, send_hardened)


async def _refuse(host: str, send: Send) -> None:
    shown = host.encode("ascii", "backslashreplace").decode("ascii")[:100]
    body = (
        f"unknown Host header {shown!r}: this server answers to the names it was started "
        "with (kabar serve --allowed-host NAME adds one)\n"
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 400,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
