"""The README's map commands and its route into Jupyter, run exactly as written.

The Jupyter route: register the project's environment as the kernel `warta`, open the notebooks in
JupyterLab (here: the server starts, lists the kernel and the notebooks, and starts that kernel), and run
a notebook from the shell with that kernel. Jupyter's directories (kernels, configuration, runtime) are
redirected into the test's temporary folder, so nothing is written to the user's home; its port is
chosen by the system (JUPYTER_PORT=0).
"""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = [line[2:] for line in README.splitlines() if line.startswith("$ ")]


def commands(prefix: str) -> list[str]:
    found = [c for c in COMMANDS if c.startswith(prefix) and not c.endswith(" --help")]  # not the reference
    assert found, f"the README shows no command starting with {prefix!r}"
    return found


def argv(command: str) -> list[str]:
    return shlex.split(command, comments=True)


# ---------------------------------------------------------------------- warta map
@pytest.mark.slow
def test_readme_map_commands(demo_run, tmp_path):
    # the commands name repository paths (.venv/, tests/fixtures/): a scratch folder holds links to them
    (tmp_path / ".venv").symlink_to(REPO / ".venv")
    (tmp_path / "tests" / "fixtures").mkdir(parents=True)
    (tmp_path / "tests" / "fixtures" / "maps").symlink_to(REPO / "tests" / "fixtures" / "maps")
    env = {**os.environ, "WARTA_DB": str(demo_run["db"])}
    maps = commands(".venv/bin/warta map ")
    assert len(maps) == 4
    for command in maps:
        done = subprocess.run(argv(command), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        out = Path(tmp_path, argv(command)[argv(command).index("--out") + 1])
        assert out.stat().st_size > 10_000 and f"wrote {out.relative_to(tmp_path)}" in done.stderr


# ---------------------------------------------------------------------- the notebooks in Jupyter
def _api(base: str, token: str, path: str, method: str = "GET", body: dict | None = None) -> dict:
    request = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"token {token}"},
                                     data=json.dumps(body).encode() if body is not None else None)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


def _run_in_kernel(base: str, token: str, kernel_id: str, code: str, timeout: float = 60) -> str:
    """Run code in a kernel of the server over its websocket (as JupyterLab does); returns what it printed."""
    import uuid

    import websocket

    ws = websocket.create_connection(f"{base.replace('http', 'ws', 1)}/api/kernels/{kernel_id}/channels",
                                     header=[f"Authorization: token {token}"], timeout=timeout)
    try:
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({"header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                                       "session": uuid.uuid4().hex, "version": "5.3"},
                            "parent_header": {}, "metadata": {}, "channel": "shell",
                            "content": {"code": code, "silent": False, "store_history": False,
                                        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}}))
        printed, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "stream":
                printed.append(msg["content"]["text"])
            elif kind == "error":
                raise AssertionError(f"the kernel failed: {msg['content']['ename']}: {msg['content']['evalue']}")
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                return "".join(printed)
        raise AssertionError("the kernel did not answer in time")
    finally:
        ws.close()


@pytest.fixture
def jupyter_env(tmp_path, demo_run):
    """Jupyter's folders in the test's temporary folder; root may run the server (CI runs as root)."""
    config = tmp_path / "jupyter-config"
    config.mkdir()
    (config / "jupyter_server_config.json").write_text(json.dumps({"ServerApp": {"allow_root": True,
                                                                                 "open_browser": False}}))
    return {**os.environ, "JUPYTER_DATA_DIR": str(tmp_path / "jupyter-data"), "JUPYTER_CONFIG_DIR": str(config),
            "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"), "JUPYTER_PORT": "0",
            "WARTA_DB": str(demo_run["db"])}


@pytest.mark.slow
def test_readme_jupyter_route(jupyter_env, tmp_path):
    register, lab = commands(".venv/bin/python -m ipykernel install")[0], commands(".venv/bin/jupyter lab")[0]
    execute = commands(".venv/bin/jupyter execute")[0]
    assert re.search(r"--name (\S+)", register).group(1) == "warta" and "--kernel_name=warta" in execute

    # 1. register the kernel: it runs the project's Python
    done = subprocess.run(argv(register), cwd=REPO, env=jupyter_env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    spec = json.loads((tmp_path / "jupyter-data" / "kernels" / "warta" / "kernel.json").read_text())
    assert Path(spec["argv"][0]) == REPO / ".venv" / "bin" / "python" and spec["display_name"] == "Python (warta)"
    for notebook in sorted((REPO / "notebooks").glob("*.ipynb")):  # each notebook asks for that kernel
        assert json.loads(notebook.read_text())["metadata"]["kernelspec"]["name"] == "warta", notebook.name

    # 2. open them in JupyterLab: the server lists the kernel and the notebooks, and starts the kernel
    server = subprocess.Popen(argv(lab), cwd=REPO, env=jupyter_env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        info = None
        deadline = time.monotonic() + 90
        while info is None and time.monotonic() < deadline and server.poll() is None:
            found = list((tmp_path / "jupyter-runtime").glob("jpserver-*.json"))
            info = json.loads(found[0].read_text()) if found else None
            time.sleep(0.3)
        assert info is not None, f"JupyterLab did not start: {server.stderr.read() if server.poll() is not None else ''}"
        base, token = info["url"].rstrip("/"), info["token"]
        assert re.match(r"http://(localhost|127\.0\.0\.1):\d+", base)
        specs = _api(base, token, "/api/kernelspecs")["kernelspecs"]
        assert specs["warta"]["spec"]["argv"][0] == str(REPO / ".venv" / "bin" / "python")
        listed = {item["name"] for item in _api(base, token, "/api/contents")["content"]}
        assert {"02_compliance.ipynb", "04_mpp.ipynb", "05_complaints.ipynb"} <= listed
        kernel = _api(base, token, "/api/kernels", "POST", {"name": "warta"})
        printed = _run_in_kernel(base, token, kernel["id"], "import sys, pipeline.maps; print(sys.executable)")
        assert Path(printed.strip()).parent == REPO / ".venv" / "bin"
        _api(base, token, f"/api/kernels/{kernel['id']}", "DELETE")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    # 3. run a notebook from the shell with that kernel: every cell, against the database
    done = subprocess.run(argv(execute), cwd=REPO, env=jupyter_env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Executing notebooks/02_compliance.ipynb" in done.stderr
    assert not list((REPO / "notebooks").glob("*.nbconvert.ipynb"))  # nothing written beside the notebooks
