"""Safe URL fetching: one GET that cannot be steered at the machine's own network (SSRF).

Every host name is resolved and every address it resolves to is checked before connecting;
the connection is then made to exactly the checked address (no second lookup, so DNS rebinding
cannot swap it), and the check is repeated for every redirect hop. Loopback, private, link-local,
multicast, reserved, shared (carrier NAT) and cloud-metadata addresses are refused unless an
explicit ``allow_networks`` entry admits them (for tests on loopback).

The transport is httpcore (httpx's engine) with a network backend that does the checked resolution;
TLS still verifies the certificate against the URL's host name.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from newsfuse.config import FetchPolicy
from newsfuse.errors import NewsfuseError
from newsfuse.ingest.decode import decode_declared, looks_binary

if TYPE_CHECKING:
    import httpcore

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254", "192.0.0.192")
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml", "application/json", "+xml", "+json")


class FetchError(NewsfuseError):
    """A URL could not be fetched; ``reason`` is a short code, the message says why."""

    def __init__(self, url: str, reason: str, detail: str, status: int | None = None) -> None:
        super().__init__(f"cannot fetch {url}: {detail}")
        self.url = url
        self.reason = reason
        self.detail = detail
        self.status = status


@dataclass(frozen=True)
class FetchConfig:
    """Limits of one fetch. ``allow_networks`` lists CIDR ranges exempt from the address check."""

    max_redirects: int = 5
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    """Wall-clock limit for the whole fetch, redirects and body included."""
    max_bytes: int = 5_000_000
    allow_networks: tuple[str, ...] = ()
    user_agent: str = FetchPolicy.user_agent

    def allowed(self) -> tuple[IPNetwork, ...]:
        try:
            return tuple(ipaddress.ip_network(n, strict=False) for n in self.allow_networks)
        except ValueError as exc:
            raise FetchError("-", "bad_config", f"allow_networks: {exc}") from exc


@dataclass(frozen=True)
class FetchedPage:
    """A fetched document: the final URL after redirects, its status, type, decoded text and headers."""

    url: str
    status: int
    content_type: str
    text: str
    headers: dict[str, str] = field(default_factory=dict)


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` must not be contacted by default, or None when it is a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is not None:
            return refusal(embedded)
    checks = (
        (address in _METADATA, "a cloud metadata address"),
        (address.is_loopback, "a loopback address"),
        (address.is_link_local, "a link-local address"),
        (address.is_multicast, "a multicast address"),
        (address.is_unspecified, "the unspecified address"),
        (address.is_reserved, "a reserved address"),
        (address.is_private, "a private address"),
        (not address.is_global, "not a public address"),
    )
    return next((why for hit, why in checks if hit), None)


def check_address(url: str, host: str, address: IPAddress, allowed: Iterable[IPNetwork]) -> None:
    """Raise FetchError when ``address`` is refused and no allowed network contains it."""
    why = refusal(address)
    if why and not any(address.version == n.version and address in n for n in allowed):
        raise FetchError(url, "forbidden_address", f"{host} resolves to {address}, {why}")


def resolve(url: str, host: str, port: int, allowed: tuple[IPNetwork, ...]) -> list[str]:
    """Every address of ``host``, each checked; refuses the host if any one of them is refused."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(url, "dns", f"cannot resolve {host}: {exc}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))
    if not addresses:
        raise FetchError(url, "dns", f"{host} has no address")
    for text in addresses:
        check_address(url, host, ipaddress.ip_address(text), allowed)
    return addresses


def _backend(url: str, allowed: tuple[IPNetwork, ...]) -> httpcore.NetworkBackend:
    import httpcore

    class PinnedBackend(httpcore.NetworkBackend):
        """Resolves and checks once per connection, then connects to exactly the checked address."""

        def __init__(self) -> None:
            self._inner = httpcore.SyncBackend()

        def connect_tcp(
            self,
            host: str,
            port: int,
            timeout: float | None = None,
            local_address: str | None = None,
            socket_options: Iterable[Any] | None = None,
        ) -> httpcore.NetworkStream:
            error: Exception | None = None
            for address in resolve(url, host, port, allowed):
                try:
                    return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
                except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                    error = exc
            assert error is not None
            raise error

    return PinnedBackend()


def _target(url: str) -> httpcore.URL:
    import httpcore
    import httpx

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError(url, "bad_url", str(exc)) from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError(url, "bad_scheme", f"only http and https URLs are fetched, not {parsed.scheme!r}")
    if not parsed.host:
        raise FetchError(url, "bad_url", "the URL has no host")
    if parsed.userinfo:
        raise FetchError(url, "bad_url", "URLs with credentials are refused")
    return httpcore.URL(
        scheme=parsed.raw_scheme, host=parsed.raw_host, port=parsed.port, target=parsed.raw_path or b"/"
    )


def _decode(url: str, body: bytes, content_type: str) -> str:
    if looks_binary(body):
        raise FetchError(url, "binary", f"the response is binary ({content_type or 'no content type'})")
    return decode_declared(body, content_type)


def fetch_url(url: str, config: FetchConfig | None = None) -> FetchedPage:
    """GET ``url`` safely (see the module docstring); raises FetchError with a clear reason."""
    try:
        import httpcore
    except ImportError as exc:  # pragma: no cover - the [web] extra provides it
        raise FetchError(
            url, "unavailable", "fetching URLs needs httpx: pip install 'newsfuse[web]'"
        ) from exc
    config = config or FetchConfig()
    allowed = config.allowed()
    deadline = time.monotonic() + config.total_timeout
    current = url
    with httpcore.ConnectionPool(network_backend=_backend(url, allowed), max_connections=4) as pool:
        for _ in range(config.max_redirects + 1):
            target = _target(current)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(url, "timeout", f"took longer than {config.total_timeout:g} s")
            timeouts = {
                "connect": min(config.connect_timeout, remaining),
                "read": min(config.read_timeout, remaining),
                "write": min(config.read_timeout, remaining),
                "pool": min(config.connect_timeout, remaining),
            }
            headers = [
                (b"User-Agent", config.user_agent.encode()),
                (b"Accept", b"text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8"),
                (b"Accept-Encoding", b"identity"),
            ]
            try:
                with pool.stream(
                    "GET", target, headers=headers, extensions={"timeout": timeouts}
                ) as response:
                    got = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in response.headers}
                    if response.status in _REDIRECTS and "location" in got:
                        current = urljoin(current, got["location"])
                        continue
                    body = _read_body(url, response, got, config, deadline)
            except httpcore.TimeoutException as exc:
                raise FetchError(url, "timeout", f"timed out ({type(exc).__name__})") from exc
            except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
                raise FetchError(url, "network", f"{type(exc).__name__}: {exc}") from exc
            content_type = got.get("content-type", "")
            if response.status >= 400:
                raise FetchError(url, "http_status", f"HTTP {response.status}", status=response.status)
            kind = content_type.split(";")[0].strip().lower()
            if kind and not any(kind.startswith(t) or kind.endswith(t) for t in _TEXT_TYPES):
                raise FetchError(url, "unsupported_type", f"content type {kind!r} is not a text document")
            return FetchedPage(current, response.status, content_type, _decode(url, body, content_type), got)
    raise FetchError(url, "too_many_redirects", f"more than {config.max_redirects} redirects")


def _read_body(
    url: str, response: httpcore.Response, headers: dict[str, str], config: FetchConfig, deadline: float
) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > config.max_bytes:
        raise FetchError(url, "too_large", f"declares {declared} bytes, the limit is {config.max_bytes}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_stream():
        size += len(chunk)
        if size > config.max_bytes:
            raise FetchError(url, "too_large", f"more than {config.max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchError(url, "timeout", f"took longer than {config.total_timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)
