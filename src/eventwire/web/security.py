"""Who may read and who may write.

Writes (``POST /api/articles``) need ``Authorization: Bearer <token>`` when the server has a
token; without one they are accepted only from a loopback client that also addressed the
server by a loopback host name (which blocks DNS-rebinding pages). Reads are open to
loopback clients; other clients need the token (header, or the ``eventwire_token`` cookie
the dashboard sets) unless the server was started with open reads.
Tokens are compared with :func:`hmac.compare_digest`.
"""
from __future__ import annotations

import hmac
import ipaddress
import socket

from fastapi import HTTPException, Request

TOKEN_COOKIE = "eventwire_token"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback_ip(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback; False for names and garbage."""
    if not host:
        return False
    try:
        addr = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    mapped = getattr(addr, "ipv4_mapped", None)
    return bool(addr.is_loopback or (mapped is not None and mapped.is_loopback))


def is_loopback_host(host: str) -> bool:
    """Whether a bind address only listens on this machine (names are resolved)."""
    host = host.strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    if is_loopback_ip(host):
        return True
    if not host or host in ("0.0.0.0", "::"):
        return False
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(is_loopback_ip(str(i[4][0])) for i in infos)


def _host_header_is_loopback(request: Request) -> bool:
    host = request.headers.get("host", "")
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    if host.startswith("["):
        name = host[1 : host.find("]")]
    return name.lower() in LOOPBACK_NAMES or is_loopback_ip(name)


def token_matches(given: str | None, token: str | None) -> bool:
    if not token or given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization")
    if not auth:
        return None
    scheme, _, value = auth.partition(" ")
    return (value.strip() or None) if scheme.lower() == "bearer" else None  # "Bearer" alone: missing


def client_is_loopback(request: Request) -> bool:
    return request.client is not None and is_loopback_ip(request.client.host)


def require_write(request: Request, token: str | None) -> None:
    """Raise 401/403 unless the request may write."""
    if token:
        given = bearer(request)
        if given is None:
            raise HTTPException(401, "missing bearer token", {"WWW-Authenticate": "Bearer"})
        if not token_matches(given, token):
            raise HTTPException(403, "invalid token")
        return
    if not (client_is_loopback(request) and _host_header_is_loopback(request)):
        raise HTTPException(403, "writes without a token are accepted only from loopback")


def require_read(request: Request, token: str | None, open_reads: bool) -> None:
    """Raise 401 unless the request may read."""
    if open_reads or client_is_loopback(request):
        return
    if token_matches(bearer(request), token) or token_matches(request.cookies.get(TOKEN_COOKIE), token):
        return
    raise HTTPException(401, "reads from other hosts need the token", {"WWW-Authenticate": "Bearer"})
