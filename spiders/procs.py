"""Whether a process id is alive, for the lock and salvage checks of crawls and runs.

Kept free of Scrapy imports: the run preflight (flows/preflight.py) uses it on its fast path.
"""

from __future__ import annotations

import os


def pid_alive(pid: int) -> bool:
    """True when a process with this id exists (also when it belongs to another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
