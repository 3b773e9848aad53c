"""A polite HTTP client for OParl 1.0/1.1 servers (httpx).

- **Who may be asked**: a :class:`HostPolicy`. The command line may ask any public host; the web
  server only the hosts of its configured allow-list. Loopback, private, link-local and other
  non-public addresses are refused unless their host is named in the allow-list explicitly
  (tests name ``127.0.0.1``). Every redirect hop is checked again.
- **Robustness**: a timeout per request, retries with exponential backoff on connection errors,
  timeouts, 429 and 5xx (``Retry-After`` honoured up to a bound), a response size limit.
- **Politeness**: at most one request per ``min_interval`` seconds to the same host.
- **Cache** (optional, a directory): responses are kept with their ``ETag`` / ``Last-Modified``
  and revalidated (``If-None-Match`` / ``If-Modified-Since``); a 304 answer reuses the body.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
import httpx

from .._version import __version__
from ..errors import BeschlussRulesError

__all__ = ["FetchError", "HostPolicy", "OParlClient", "Response"]

USER_AGENT = f"beschluss-rules/{__version__} (OParl client; +https://oparl.org)"
#: Largest response read (a paper's PDF may be a few MB; 20 MiB as for papers on disk).
MAX_RESPONSE_BYTES = 20 * 1024 * 1024
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_REDIRECTS = 5


class FetchError(BeschlussRulesError):
    """An OParl resource could not be fetched (refused host, HTTP error, timeout, bad JSON).

    ``status`` is the HTTP status the server answered (``None`` when there was no answer);
    ``refused`` says the host was not allowed (the caller's configuration, not the server)."""

    def __init__(self, message: str, *, message_de: str, url: str, status: int | None = None,
                 refused: bool = False) -> None:
        super().__init__(message, message_de=message_de, path=url)
        self.url = url
        self.status = status
        self.refused = refused


def _host_set(hosts: Iterable[str]) -> frozenset[str]:
    return frozenset(host.lower() for host in hosts)


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@attrs.frozen
class HostPolicy:
    """Which hosts may be fetched from.

    ``allowed`` — host names (lower case, optionally ``host:port``); empty means any host with a
    public address (the command line's default). A host named here may have any address,
    loopback and private included: naming it is the configuration that allows it.
    ``also`` — with an empty ``allowed``: hosts allowed besides the public ones, whatever their
    address (the command line's ``--allow-host``).
    ``resolve`` maps a host name to its addresses (injectable for tests).
    """

    allowed: frozenset[str] = attrs.field(default=frozenset(), converter=_host_set)
    also: frozenset[str] = attrs.field(default=frozenset(), converter=_host_set)
    schemes: frozenset[str] = frozenset({"https", "http"})
    resolve: Callable[[str], list[str]] | None = attrs.field(default=None, eq=False, repr=False)

    def _addresses(self, host: str) -> list[str]:
        if self.resolve is not None:
            return self.resolve(host)
        try:
            return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
        except (socket.gaierror, UnicodeError):
            return []

    def check(self, url: str) -> None:
        """Raise :class:`FetchError` (``refused``) unless ``url`` may be fetched."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in self.schemes or not host:
            raise FetchError(f"not an http(s) URL: {url!r}", message_de=f"keine http(s)-URL: {url!r}",
                             url=url, refused=True)
        if parts.username or parts.password:
            raise FetchError("URLs with credentials are not fetched", url=url, refused=True,
                             message_de="URLs mit Zugangsdaten werden nicht abgerufen")
        with_port = f"{host}:{parts.port}" if parts.port else host
        if host in self.also or with_port in self.also:
            return
        if self.allowed:
            if host in self.allowed or with_port in self.allowed:
                return
            raise FetchError(
                f"host {host} is not in the allow-list of OParl hosts ({', '.join(sorted(self.allowed))})",
                message_de=f"Host {host} steht nicht in der Liste erlaubter OParl-Hosts "
                f"({', '.join(sorted(self.allowed))})", url=url, refused=True)
        addresses = self._addresses(host)
        if not addresses:
            raise FetchError(f"host {host} cannot be resolved", message_de=f"Host {host} ist nicht auflösbar",
                             url=url)
        private = [a for a in addresses if not _is_public(a)]
        if private:
            raise FetchError(
                f"host {host} has a loopback or private address ({private[0]}); name it in the "
                "allow-list to fetch from it",
                message_de=f"Host {host} hat eine lokale oder private Adresse ({private[0]}); "
                "für Abrufe muss er in der Liste erlaubter Hosts stehen", url=url, refused=True)


@attrs.frozen
class Response:
    """A fetched resource: its final URL, status, media type and body."""

    url: str
    status: int
    content_type: str
    content: bytes
    from_cache: bool = False

    def json(self) -> Any:
        try:
            return json.loads(self.content.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise FetchError(f"the server's answer is not JSON ({self.content_type or 'no type'})",
                             message_de=f"die Antwort des Servers ist kein JSON ({self.content_type or 'ohne Typ'})",
                             url=self.url, status=self.status) from None


class _Cache:
    """Responses on disk, keyed by URL: ``<sha256>.json`` (validators) and ``<sha256>.body``."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.directory / f"{key}.json", self.directory / f"{key}.body"

    def get(self, url: str) -> tuple[dict[str, str], bytes] | None:
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            return meta, body_path.read_bytes()
        except (OSError, ValueError):
            return None

    def put(self, url: str, headers: Mapping[str, str], body: bytes) -> None:
        meta = {k: headers[k] for k in ("etag", "last-modified", "content-type") if k in headers}
        if "etag" not in meta and "last-modified" not in meta:
            return  # nothing to revalidate with
        meta_path, body_path = self._paths(url)
        tmp = body_path.with_suffix(".tmp")
        tmp.write_bytes(body)
        os.replace(tmp, body_path)
        meta_path.write_text(json.dumps(meta), encoding="utf-8")


class OParlClient:
    """Fetches OParl objects, lists (following ``links.next``) and files; see module docstring.

    Thread-safe: one client may serve many threads (httpx clients are; the rate limit is locked).
    """

    def __init__(self, policy: HostPolicy | None = None, *, timeout: float = 20.0, retries: int = 3,
                 backoff: float = 0.5, min_interval: float = 0.2, max_retry_after: float = 30.0,
                 cache_dir: str | os.PathLike[str] | None = None,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or HostPolicy()
        self.retries = retries
        self.backoff = backoff
        self.min_interval = min_interval
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self._cache = _Cache(cache_dir) if cache_dir else None
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests = 0
        self._http = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport,
                                  headers={"User-Agent": USER_AGENT, "Accept": "application/json, */*;q=0.5"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OParlClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            due = self._last.get(host, 0.0) + self.min_interval
            self._last[host] = max(now, due)
        if due > now:
            self._sleep(due - now)

    def _once(self, url: str, headers: Mapping[str, str]) -> tuple[httpx.Response, bytes]:
        self.policy.check(url)
        self._wait_turn(urlsplit(url).netloc.lower())
        with self._lock:
            self.requests += 1
        with self._http.stream("GET", url, headers=dict(headers)) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
                raise self._too_large(url, response.status_code)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_RESPONSE_BYTES:
                    raise self._too_large(url, response.status_code)
                chunks.append(chunk)
        return response, b"".join(chunks)

    @staticmethod
    def _too_large(url: str, status: int) -> FetchError:
        limit = MAX_RESPONSE_BYTES // (1024 * 1024)
        return FetchError(f"the answer is larger than {limit} MiB", url=url, status=status,
                          message_de=f"die Antwort ist größer als {limit} MiB")

    def get(self, url: str) -> Response:
        """GET ``url`` (redirects checked hop by hop, retries, cache); a :class:`FetchError`
        for anything but a 2xx answer."""
        cached = self._cache.get(url) if self._cache else None
        headers: dict[str, str] = {}
        if cached:
            meta = cached[0]
            if "etag" in meta:
                headers["If-None-Match"] = meta["etag"]
            if "last-modified" in meta:
                headers["If-Modified-Since"] = meta["last-modified"]
        current = url
        for _hop in range(_MAX_REDIRECTS + 1):
            response, body = self._with_retries(current, headers if current == url else {})
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                current = urljoin(current, response.headers["location"])
                continue
            if response.status_code == 304 and cached and current == url:
                return Response(url, 200, cached[0].get("content-type", ""), cached[1], from_cache=True)
            if not 200 <= response.status_code < 300:
                raise FetchError(f"HTTP {response.status_code} from the OParl server",
                                 message_de=f"HTTP {response.status_code} vom OParl-Server",
                                 url=current, status=response.status_code)
            if self._cache and current == url:
                self._cache.put(url, {k.lower(): v for k, v in response.headers.items()}, body)
            return Response(current, response.status_code, response.headers.get("content-type", ""), body)
        raise FetchError("too many redirects", message_de="zu viele Weiterleitungen", url=url)

    def _with_retries(self, url: str, headers: Mapping[str, str]) -> tuple[httpx.Response, bytes]:
        attempt = 0
        while True:
            try:
                response, body = self._once(url, headers)
            except httpx.TimeoutException:
                if attempt >= self.retries:
                    raise FetchError("the OParl server did not answer in time",
                                     message_de="der OParl-Server hat nicht rechtzeitig geantwortet",
                                     url=url) from None
                delay = self.backoff * 2 ** attempt
            except httpx.TransportError as exc:
                if attempt >= self.retries:
                    raise FetchError(f"cannot reach the OParl server ({type(exc).__name__})",
                                     message_de=f"OParl-Server nicht erreichbar ({type(exc).__name__})",
                                     url=url) from None
                delay = self.backoff * 2 ** attempt
            else:
                if response.status_code not in _RETRY_STATUS or attempt >= self.retries:
                    return response, body
                delay = self.backoff * 2 ** attempt
                retry_after = response.headers.get("retry-after", "")
                if retry_after.isdigit():
                    delay = max(delay, float(retry_after))
                delay = min(delay, self.max_retry_after)
            attempt += 1
            self._sleep(delay)

    def get_json(self, url: str) -> Any:
        return self.get(url).json()

    def get_object(self, ref: Any) -> Mapping[str, Any] | None:
        """An embedded object as it is, or the object behind a URL (``None`` for anything else)."""
        if isinstance(ref, Mapping):
            return ref
        if isinstance(ref, str) and ref.startswith(("http://", "https://")):
            data = self.get_json(ref)
            return data if isinstance(data, Mapping) else None
        return None

    def iterate_list(self, url: str, *, params: Mapping[str, str] | None = None,
                     max_pages: int = 100_000) -> Iterator[Mapping[str, Any]]:
        """Every object of an OParl list, page by page (``links.next``)."""
        if params:
            from urllib.parse import urlencode

            url = url + ("&" if "?" in url else "?") + urlencode(dict(params))
        seen: set[str] = set()
        current: str | None = url
        pages = 0
        while current and current not in seen and pages < max_pages:
            seen.add(current)
            pages += 1
            page = self.get_json(current)
            objects: Iterable[Any]
            if isinstance(page, Mapping):
                objects = page.get("data") or []
                links = page.get("links") if isinstance(page.get("links"), Mapping) else {}
                following = links.get("next") if links else None
                current = urljoin(current, following) if isinstance(following, str) and following else None
            elif isinstance(page, list):  # some servers answer a bare list
                objects, current = page, None
            else:
                raise FetchError("not an OParl list page", message_de="keine OParl-Listenseite", url=url)
            for obj in objects:
                if isinstance(obj, Mapping):
                    yield obj
