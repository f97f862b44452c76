"""The test session reaches nothing beyond 127.0.0.1 (see no_network_beyond_loopback in conftest)."""
import socket

import pytest


def test_connections_beyond_loopback_are_refused_before_any_traffic():
    with socket.socket() as s, pytest.raises(ConnectionRefusedError, match="only 127.0.0.1"):
        s.connect(("192.0.2.1", 80))  # TEST-NET-1: refused by the guard, never sent


def test_loopback_is_allowed():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket() as client:
            client.connect(server.getsockname())
