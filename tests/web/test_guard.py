"""Every response's hardening headers, the Host check, offline docs, the streamed export, and
the server's timeouts and shutdown."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

import kabar
from kabar.web import create_app
from kabar.web.guard import host_name
from kabar.web.server import HeaderTimeout


@pytest.mark.parametrize(
    "path", ["/", "/api/articles", "/api/v1/stories", "/static/kabar.css", "/nope", "/docs"]
)
def test_every_response_carries_the_security_headers(reader: TestClient, path: str) -> None:
    headers = reader.get(path).headers
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "script-src" not in policy and "'unsafe-inline'" not in policy  # no script at all
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"


def test_pages_use_no_inline_script_or_unlisted_style(reader: TestClient) -> None:
    story = reader.get("/api/v1/stories").json()["items"][0]["id"]
    article = reader.get("/api/articles?limit=1").json()[0]["id"]
    for path in ("/", f"/stories/{story}", f"/articles/{article}", "/search?q=banjir", "/docs"):
        html = reader.get(path).text
        assert "<script" not in html and "<style" not in html and " on" not in html.split(">")[0]
        for attribute in html.split('style="')[1:]:
            assert attribute.split('"')[0] == "white-space:pre-wrap"  # hashed in the policy


def test_docs_are_offline(reader: TestClient) -> None:
    for path in ("/docs", "/redoc"):
        html = reader.get(path).text
        assert "cdn" not in html.lower() and "https://" not in html
        assert "/api/v1/stories" in html
    assert reader.get("/openapi.json").status_code == 200


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("localhost:8000", 200),
        ("127.0.0.1:8000", 200),
        ("[::1]:8000", 200),
        ("attacker.example", 400),
        ("127.0.0.1.nip.io:8000", 400),
        ("", 400),
    ],
)
def test_host_header_is_checked_against_dns_rebinding(
    reader: TestClient, host: str, status: int
) -> None:
    response = reader.get("/api/articles", headers={"Host": host})
    assert response.status_code == status
    if status == 400:
        assert "unknown Host header" in response.text
        assert response.headers["x-content-type-options"] == "nosniff"


def test_allowed_hosts_are_configurable(example_db: Path) -> None:
    app = create_app(example_db, allowed_hosts=["berita.example", "*.kantor.example"])
    client = TestClient(app, base_url="http://berita.example")
    assert client.get("/api/articles").status_code == 200
    assert client.get("/", headers={"Host": "a.kantor.example"}).status_code == 200
    assert client.get("/", headers={"Host": "localhost"}).status_code == 400
    assert host_name("Berita.Example.:80") == "berita.example"


def test_export_is_streamed_and_whole(reader: TestClient, example_db: Path) -> None:
    with reader.stream("GET", "/api/export") as response:
        chunks = list(response.iter_bytes())
    assert len(chunks) > 1 and "content-length" not in response.headers
    streamed = json.loads(b"".join(chunks))
    with kabar.open_store(example_db) as store:  # type: ignore[attr-defined]
        built = kabar.api.export(store)
    streamed.pop("generated"), built.pop("generated")
    assert streamed == built


def _serve_in_thread(app: object, header_seconds: float) -> tuple[uvicorn.Server, int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    protocol = type("Quick", (HeaderTimeout,), {"header_seconds": header_seconds})
    server = uvicorn.Server(uvicorn.Config(app, http=protocol, log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return server, port


def test_slow_headers_are_timed_out(example_db: Path) -> None:
    server, port = _serve_in_thread(create_app(example_db), header_seconds=0.5)
    try:
        slow = socket.create_connection(("127.0.0.1", port))
        slow.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")  # headers never finished
        slow.settimeout(5)
        started = time.monotonic()
        assert slow.recv(100) == b""  # closed by the server
        assert time.monotonic() - started < 3
        quick = socket.create_connection(("127.0.0.1", port))
        quick.sendall(b"GET /api/articles?limit=1 HTTP/1.1\r\nHost: localhost\r\n\r\n")
        quick.settimeout(10)
        assert quick.recv(12) == b"HTTP/1.1 200"
    finally:
        server.should_exit = True


def test_serve_refuses_ingest_without_a_token(example_db: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KABAR_INGEST_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "kabar", "serve", "--db", str(example_db), "--allow-ingest"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 2 and "KABAR_INGEST_TOKEN" in done.stderr


_TOKEN = "rahasia-uji-0123456789"
# Three long articles: an analysis that runs for seconds.
_SLOW_BATCH = json.dumps([{"title": "Uji", "body": "Kata pejabat itu. " * 20_000}] * 3).encode()


def _ingest_server(example_db: Path) -> tuple[subprocess.Popen[bytes], int]:
    """``kabar serve --allow-ingest`` on a free port, once it accepts connections."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = subprocess.Popen(
        [sys.executable, "-m", "kabar", "serve", "--db", str(example_db), "--port", str(port),
         "--allow-ingest"],
        env={**os.environ, "KABAR_INGEST_TOKEN": _TOKEN},
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server, port
        except OSError:
            assert server.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)


def _post(port: int, body: bytes) -> socket.socket:
    connection = socket.create_connection(("127.0.0.1", port), timeout=30)
    connection.sendall(
        b"POST /api/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + f"Authorization: Bearer {_TOKEN}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    return connection


def test_serve_stops_cleanly_on_sigterm_during_an_analysis(example_db: Path) -> None:
    server, port = _ingest_server(example_db)
    try:
        client = _post(port, _SLOW_BATCH)  # kept open: a client that waits for its answer
        time.sleep(2)  # the analysis is running
        server.send_signal(signal.SIGTERM)
        started = time.monotonic()
        # uvicorn finishes its graceful shutdown, then re-raises the signal it caught
        assert server.wait(timeout=20) in (0, -signal.SIGTERM)
        assert time.monotonic() - started < 15
        assert server.stderr is not None and b"Traceback" not in server.stderr.read()
        client.close()
    finally:
        if server.poll() is None:
            server.kill()


def test_an_analysis_whose_client_left_is_stopped_and_frees_the_server(example_db: Path) -> None:
    server, port = _ingest_server(example_db)
    try:
        leaving = _post(port, _SLOW_BATCH)
        time.sleep(2)  # the analysis is running: a second one now is refused as busy
        busy = _post(port, b"[]")
        assert b" 503 " in busy.recv(4096).split(b"\r\n", 1)[0] + b" "
        busy.close()
        # The first client goes away. One analysis runs at a time, so a new one is taken only
        # once the abandoned one was stopped (it would otherwise run for many seconds more).
        leaving.close()
        deadline = time.monotonic() + 8
        while True:
            answer = _post(port, json.dumps([{"title": "Uji", "body": "Isi singkat."}]).encode())
            status = answer.recv(4096).split(b"\r\n", 1)[0]
            answer.close()
            if b" 503 " not in status + b" ":
                break
            assert time.monotonic() < deadline, "the abandoned analysis kept the server busy"
            time.sleep(0.5)
        assert b" 200 " in status + b" " or b" 422 " in status + b" "
    finally:
        server.kill()
        server.wait(10)


def test_a_page_of_articles_decodes_only_that_page(
    example_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kabar.store.sqlite as sqlite_store

    reader = TestClient(create_app(example_db, cache_bytes=0))  # every answer made afresh

    decoded: list[str] = []
    real = sqlite_store.article_from_row

    def counting(data: str) -> object:
        decoded.append(data)
        return real(data)

    monkeypatch.setattr(sqlite_store, "article_from_row", counting)
    total = len(reader.get("/api/articles?limit=1000").json())
    decoded.clear()
    assert len(reader.get("/api/articles?limit=2").json()) == 2
    assert total > 4 and len(decoded) == 2


def test_serve_with_workers_guards_every_process_and_stops_them_all(example_db: Path) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = subprocess.Popen(
        [sys.executable, "-m", "kabar", "serve", "--db", str(example_db), "--port", str(port),
         "--workers", "2"],
        stderr=subprocess.PIPE,
    )
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    try:
        deadline = time.monotonic() + 60
        while len(children.read_text().split()) < 2 or not _answers(port, "localhost"):
            assert server.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        workers = children.read_text().split()
        assert len(workers) == 2
        # many fresh connections: whichever worker takes one, the guard is the same
        for _ in range(8):
            assert _answers(port, "localhost").startswith(b"HTTP/1.1 200")
            assert b"content-security-policy" in _answers(port, "localhost").lower()
            assert _answers(port, "evil.example").startswith(b"HTTP/1.1 400")
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=20) == 0
        for pid in workers:
            assert not Path(f"/proc/{pid}").exists() or "Z" in Path(
                f"/proc/{pid}/stat").read_text().split()[2]
        assert server.stderr is not None and b"Traceback" not in server.stderr.read()
    finally:
        if server.poll() is None:
            server.kill()


def _answers(port: int, host: str) -> bytes:
    """The head of the answer to GET / with this Host header (b"" when refused)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                head += chunk
            return head
    except OSError:
        return b""
