"""Safe URL fetching against a real HTTP server on loopback (admitted only through the allow-list)."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from newsfuse.ingest import fetch as fetch_module
from newsfuse.ingest.fetch import FetchConfig, FetchError, fetch_url, refusal

LOOPBACK = FetchConfig(allow_networks=("127.0.0.1/32",), total_timeout=5.0, read_timeout=1.0)
HOLD = 30.0


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    release = threading.Event()
    """``/slow`` answers once this is set (or after ``HOLD`` s)."""
    answered = threading.Event()
    """Set once ``/slow`` has answered."""

    def do_GET(self) -> None:
        if self.path == "/slow":
            self.release.wait(HOLD)
            self.answered.set()
        status, headers, body = self.routes.get(self.path, (404, {}, b"missing"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value.replace("PORT", str(self.server.server_address[1])))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except BrokenPipeError:  # the client gave up on purpose (size limit)
            return

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    Handler.routes = {
        "/page": (
            200,
            {"Content-Type": "text/html; charset=iso-8859-1"},
            "<p>Caf\xe9 news</p>".encode("latin-1"),
        ),
        "/quoted": (
            200,
            {"Content-Type": "text/html; charset=ISO-8859-1"},
            "<p>\u201cCaf\u00e9\u201d news</p>".encode("cp1252"),
        ),
        "/hop": (302, {"Location": "/page"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-private": (302, {"Location": "http://10.0.0.1/"}, b""),
        "/to-other-loopback": (302, {"Location": "http://127.0.0.2:PORT/page"}, b""),
        "/to-metadata": (301, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/big": (200, {"Content-Type": "text/plain"}, b"x" * 5000),
        "/binary": (200, {"Content-Type": "text/plain"}, b"\x00\x01\x02" * 100),
        "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG...."),
        "/slow": (200, {"Content-Type": "text/plain"}, b"late"),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetches_and_decodes_with_the_declared_charset(server: str) -> None:
    page = fetch_url(server + "/page", LOOPBACK)
    assert page.status == 200
    assert page.text == "<p>Café news</p>"
    assert page.content_type.startswith("text/html")
    assert page.headers["content-type"].startswith("text/html")


def test_a_latin_1_label_is_read_as_windows_1252(server: str) -> None:
    # as browsers read it (and as a WARC record's header is read): its 0x93/0x94 are curly quotes
    assert fetch_url(server + "/quoted", LOOPBACK).text == "<p>\u201cCaf\u00e9\u201d news</p>"


def test_follows_redirects_and_reports_the_final_url(server: str) -> None:
    page = fetch_url(server + "/hop", LOOPBACK)
    assert page.url == server + "/page"


def test_loopback_is_refused_by_default(server: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(server + "/page")
    assert info.value.reason == "forbidden_address"
    assert "loopback" in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "http://0.0.0.0/",
        "http://100.64.0.1/",
        "http://240.0.0.1/",
        "http://2130706433/",
        "http://0x7f.1/",
    ],
)
def test_private_and_special_addresses_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(url)
    assert info.value.reason in ("forbidden_address", "bad_url", "dns")
    if info.value.reason != "forbidden_address":
        pytest.fail(f"{url} was refused for {info.value.reason}, expected the address check")


def test_metadata_address_is_named() -> None:
    assert refusal(ipaddress.ip_address("169.254.169.254")) == "a cloud metadata address"
    assert refusal(ipaddress.ip_address("93.184.216.34")) is None


@pytest.mark.parametrize("path", ["/to-private", "/to-metadata", "/to-other-loopback"])
def test_every_redirect_hop_is_checked(server: str, path: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(server + path, LOOPBACK)
    assert info.value.reason == "forbidden_address"


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(server + "/to-file", LOOPBACK)
    assert info.value.reason == "bad_scheme"


def test_redirect_limit(server: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(server + "/loop", FetchConfig(allow_networks=("127.0.0.1/32",), max_redirects=3))
    assert info.value.reason == "too_many_redirects"


def test_size_limit(server: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(server + "/big", FetchConfig(allow_networks=("127.0.0.1/32",), max_bytes=1000))
    assert info.value.reason == "too_large"


def test_read_time_limit(server: str) -> None:
    """The server answers only when released (or after 30 s, within the fetch's total limit): a fetch that gave
    up before the answer existed kept to its 0.5 s read limit, however slowly a loaded machine ran it."""
    Handler.release.clear()
    Handler.answered.clear()
    config = FetchConfig(allow_networks=("127.0.0.1/32",), read_timeout=0.5, total_timeout=4 * HOLD)
    try:
        with pytest.raises(FetchError) as info:
            fetch_url(server + "/slow", config)
        assert not Handler.answered.is_set()
    finally:
        Handler.release.set()
    assert info.value.reason == "timeout"


@pytest.mark.parametrize(("path", "reason"), [("/binary", "binary"), ("/image", "unsupported_type")])
def test_non_text_responses_are_refused(server: str, path: str, reason: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(server + path, LOOPBACK)
    assert info.value.reason == reason


def test_http_errors_carry_the_status(server: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(server + "/nothing-here", LOOPBACK)
    assert (info.value.reason, info.value.status) == ("http_status", 404)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/x", "bad_scheme"),
        ("file:///etc/passwd", "bad_scheme"),
        ("http://u:p@example.org/", "bad_url"),
    ],
)
def test_only_plain_http_urls(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(url)
    assert info.value.reason == reason


def test_a_host_with_any_refused_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(host: str, port: int, **_: Any) -> list[Any]:
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port)),
        ]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", fake)
    with pytest.raises(FetchError) as info:
        fetch_url("http://mixed.example/")
    assert info.value.reason == "forbidden_address"


def test_connection_is_pinned_to_the_checked_address(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: a second lookup would answer 10.0.0.1, but only the checked answer is used."""
    port = int(server.rsplit(":", 1)[1])
    answers = iter(["127.0.0.1", "10.0.0.1", "10.0.0.1"])
    real = socket.getaddrinfo
    lookups: list[str] = []

    def rebinding(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        if host != "rebind.example":
            return real(host, *args, **kwargs)
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page = fetch_url(f"http://rebind.example:{port}/page", LOOPBACK)
    assert page.text == "<p>Café news</p>"
    assert lookups == ["rebind.example"]
