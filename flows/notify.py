"""Tell the operator when a run fails: POST its summary as JSON to a URL (`warta serve --notify URL`,
`warta run --notify URL`). The body suits a Slack, Mattermost or Rocket.Chat incoming webhook (they
show `text`) and any receiver that reads JSON:

    {"text": "Warta nightly run failed: 2 of 35 portals failed (klikpositif: no page answered: dns 4; …)",
     "state": "Failed", "flow_run": "crafty-lemur", "summary": {…the run summary…}}

A notification that cannot be delivered is logged, never raised: it must not hide the run's own failure.
"""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 10


def post_json(url: str, payload: dict, timeout: float = TIMEOUT_SECONDS) -> bool:
    """POST `payload` as JSON to `url`; True when the receiver answered 2xx."""
    data = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8",
                                              "User-Agent": "Warta"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ok = 200 <= response.status < 300
    except (urllib.error.URLError, OSError, ValueError) as exc:
        log.error("could not notify %s: %s", url, exc)
        return False
    if not ok:
        log.error("notifying %s: HTTP %s", url, response.status)
    return ok
