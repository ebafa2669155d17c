"""Binder, simulated: a fresh environment built from binder/ exactly as Binder builds it.

Binder cannot run here, so this test does what it does: a new virtual environment,
``pip install -r binder/requirements.txt``, then ``binder/postBuild`` from a copy of the
repository with a throwaway HOME. In that environment, started through ``binder/start``,
every notebook in workbooks/ must execute, and ``netkit up`` must serve the app at ``/``.
This proves a plain, non-editable install works (no source tree on the path).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, free_port

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

UV = str(Path(sys.executable).with_name("uv"))  # from the test extras
IGNORED = shutil.ignore_patterns(
    ".git", ".venv", "test-artifacts", "build", "dist", "*.egg-info", "__pycache__",
    ".pytest_cache", ".ruff_cache", ".hypothesis", "*.sqlite*", "*.netkit*",
)


def _pip_cache() -> str:
    found = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"],
                           capture_output=True, text=True)
    return found.stdout.strip() or str(Path.home() / ".cache" / "pip")


@pytest.fixture(scope="module")
def binder_env(tmp_path_factory):
    """(repo copy, venv, env vars) after requirements.txt and postBuild, as on Binder."""
    base = tmp_path_factory.mktemp("binder")
    repo, venv, home = base / "repo", base / "venv", base / "home"
    shutil.copytree(ROOT, repo, ignore=IGNORED)
    home.mkdir()
    env = {
        key: value for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "NETKIT_WORKBOOK", "VIRTUAL_ENV", "JUPYTER_PATH",
                       "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR")
    }
    env.update(
        HOME=str(home), PIP_CACHE_DIR=_pip_cache(), PIP_DISABLE_PIP_VERSION_CHECK="1",
        UV_CACHE_DIR=str(Path.home() / ".cache" / "uv"),
        PATH=os.pathsep.join((str(venv / "bin"), env.get("PATH", ""))),
        VIRTUAL_ENV=str(venv),
    )
    log = base / "build.log"
    with open(log, "w") as out:
        def run(command, **kw):
            result = subprocess.run(command, env=env, stdout=out, stderr=subprocess.STDOUT, **kw)
            assert result.returncode == 0, f"{command} failed; see {log}"

        run([sys.executable, "-m", "venv", str(venv)])
        # The same pinned requirements Binder installs; uv installs them (about ten times
        # faster than pip here) into the venv, whose own pip then runs postBuild.
        run([UV, "pip", "install", "--quiet", "--python", str(venv / "bin/python"),
             "-r", str(repo / "binder/requirements.txt")], cwd=repo)
        run([str(repo / "binder/postBuild")], cwd=repo)
    return repo, venv, env


def _started(repo: Path, command: list[str]) -> list[str]:
    """A command as Binder runs it: through binder/start."""
    return [str(repo / "binder/start"), *command]


def test_binder_installs_netkit_as_a_plain_package_with_a_demo_workbook(binder_env, tmp_path):
    repo, venv, env = binder_env
    where = subprocess.run(
        _started(repo, [str(venv / "bin/python"), "-c",
                        "import netkit, os; print(netkit.__file__); "
                        "print(os.environ['NETKIT_WORKBOOK']); "
                        "print(netkit.open_workbook().stats()['contacts'])"]),
        env=env, cwd=tmp_path, capture_output=True, text=True, check=True,
    ).stdout.split("\n")
    assert "site-packages" in where[0] and not where[0].startswith(str(repo))
    assert where[1] == str(Path(env["HOME"]) / ".netkit" / "demo.sqlite")
    assert int(where[2]) == 120
    config = venv / "etc/jupyter/jupyter_server_config.d/netkit.json"
    assert '"show_tracebacks": false' in config.read_text()


def test_every_notebook_runs_in_the_binder_environment(binder_env, tmp_path):
    repo, venv, env = binder_env
    notebooks = sorted((repo / "workbooks").glob("*.ipynb"))
    assert notebooks, "workbooks/ holds no notebooks"
    script = textwrap.dedent("""
        import sys, nbformat
        from nbclient import NotebookClient
        for path in sys.argv[1:]:
            notebook = nbformat.read(path, as_version=4)
            NotebookClient(notebook, timeout=180, kernel_name="python3",
                           resources={"metadata": {"path": str(tmp)}}).execute()
            print("ran", path)
    """).replace("str(tmp)", repr(str(tmp_path)))
    result = subprocess.run(
        _started(repo, [str(venv / "bin/python"), "-c", script, *map(str, notebooks)]),
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.count("ran ") == len(notebooks)


def test_netkit_up_serves_the_app_at_the_root_from_the_binder_environment(binder_env, tmp_path):
    repo, venv, env = binder_env
    port = free_port()
    with open(tmp_path / "up.log", "w") as log:
        server = subprocess.Popen(
            _started(repo, [str(venv / "bin/netkit"), "up", "--no-browser", "--port", str(port)]),
            env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            body = _get_when_up(f"http://127.0.0.1:{port}/", server, tmp_path / "up.log")
        finally:
            if server.poll() is None:
                os.killpg(server.pid, 15)
                server.wait(20)
    assert "netkit" in body
    assert "from netkit.ui.app import App" not in body  # Voilà hides the code


def _get_when_up(url: str, server: subprocess.Popen, log: Path) -> str:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, f"netkit up exited: {log.read_text()[-3000:]}"
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                assert response.status == 200
                return response.read().decode()
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"netkit up did not answer within 120 s: {log.read_text()[-3000:]}")
