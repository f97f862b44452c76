"""`warta browse`: datasette over the browse snapshot, served by uvicorn in this process until stopped.

    from pipeline.browse.server import serve
    serve(Path("data/warta.duckdb"), port=8001)      # blocks; Ctrl-C or SIGTERM stops it, exit status 0

The DuckDB file is never opened by the server: a stale or missing snapshot is published first, by the
snapshot builder in a process of its own that the server waits for (pipeline.store.snapshot
`publish_apart`: what it imports to draw the maps stays out of the long-running server), then datasette
serves `warta.sqlite` immutable and read-only, and swaps in each snapshot a writer publishes later
(pipeline/browse/plugin.py). Datasette runs in this process; no process outlives the start.
"""
from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import Callable
from pathlib import Path

from pipeline.browse import plugin
from pipeline.browse.metadata import DATABASE, SETTINGS
from pipeline.store.snapshot import SnapshotError, is_fresh, publish_apart, read_info, snapshot_path

#: Custom page templates (datasette's template_dir), where pages such as maps are added.
TEMPLATES = Path(__file__).resolve().parent / "templates"


class BrowseError(RuntimeError):
    """Nothing to serve, or the address is taken (one line for the user)."""


def prepare(db: Path, echo: Callable[[str], None] = print) -> Path:
    """The snapshot to serve: rebuilt first when the database was published since it was built."""
    db = Path(db).resolve()
    target = snapshot_path(db)
    if is_fresh(db, target):
        return target
    try:
        report, logged = publish_apart(db)
    except SnapshotError as exc:
        if not target.exists():
            raise BrowseError(str(exc)) from None
        echo(f"warning: {exc}; serving the snapshot built {read_info(target).get('built_at', '?')}")
        return target
    for line in logged:
        echo(f"warning: {line}")
    echo(f"Browse snapshot: {report}")
    return target


def make_datasette(snapshot: Path):
    """A Datasette serving `snapshot` as the database `warta`, with Warta's metadata and plugin."""
    from datasette.app import Datasette
    from datasette.plugins import pm

    if pm.get_plugin("warta") is None:
        pm.register(plugin, name="warta")
    _quiet_errors()
    ds = Datasette(files=[], settings=SETTINGS, template_dir=str(TEMPLATES) if TEMPLATES.is_dir() else None)
    ds.remove_database("_memory")
    plugin.attach(ds, Path(snapshot))
    return ds


def _quiet_errors() -> None:
    """datasette 0.65.5 prints every error page (a 404 too) with `rich` when rich is installed (Prefect
    installs it), from outside an except block, where rich raises: a 404 for an unknown path became a 500
    with two tracebacks on the console. Error pages are rendered as usual without it."""
    import datasette.handle_exception

    datasette.handle_exception.rich = None


def listen(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise BrowseError(f"cannot listen on {host}:{port}: {exc.strerror} (choose another with --port)") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(db: Path, host: str = "127.0.0.1", port: int = 8001, echo: Callable[[str], None] = print) -> None:
    """Serve the facts of `db` until SIGINT or SIGTERM; returns normally when stopped."""
    import uvicorn

    snapshot = prepare(db, echo)
    ds = make_datasette(snapshot)
    asyncio.run(ds.invoke_startup())
    sock = listen(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning", access_log=False, lifespan="on"))
    # uvicorn re-raises the signal that stopped it once it has shut down; these handlers take it, so
    # a stopped server is a clean exit (status 0), not a KeyboardInterrupt
    stopped = []
    previous = {sig: signal.signal(sig, lambda s, f: stopped.append(s)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        echo(f"Serving the facts at http://{shown}:{bound_port}/{DATABASE} (snapshot {snapshot}); Ctrl-C stops")
        server.run(sockets=[sock])
    finally:
        sock.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    echo("Stopped.")
