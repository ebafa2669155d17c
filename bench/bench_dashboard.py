"""Benchmark: the app at 30,000 contacts (and thousands of conversations) in Chromium,
against baselines measured in the same run.

    PYTHONPATH=. python bench/bench_dashboard.py [--contacts 30000] [--repeat 3]

Prints, with the targets from the Dashboard issue:
- cold render, page requested → dashboard charts visible, as a ratio to the
  cold render of a bare one-widget Voilà notebook (target: at most 1.5x);
- a tab switch (Contacts, first opening) and a filter change (target: 300 ms each);
- the app kernel's memory as a ratio to a kernel that only imported pandas and ipywidgets
  (target: under 1.5x).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import netkit

CHROMIUM = os.environ.get("NETKIT_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
BARE = "import ipywidgets\nipywidgets.Button(description='ok')"
PANDAS = "import pandas\nimport ipywidgets\nipywidgets.Button(description='ok')"


def _notebook(path: Path, source: str) -> None:
    cell = {"cell_type": "code", "execution_count": None, "id": "c0", "metadata": {},
            "outputs": [], "source": source}
    path.write_text(json.dumps({"cells": [cell], "metadata": {"kernelspec": {
        "display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}))


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(command: list[str], env: dict[str, str], url: str) -> subprocess.Popen:
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc
        except urllib.error.HTTPError:
            return proc
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{command[2:4]} did not start")


def _kernels(server: subprocess.Popen) -> dict[int, int]:
    """{pid: RSS in kB} of the kernels this server started."""
    out = subprocess.run(["ps", "-eo", "pid,ppid,rss,args"], capture_output=True,
                         text=True).stdout.splitlines()[1:]
    rows = [line.split(None, 3) for line in out]
    parent = {int(pid): int(ppid) for pid, ppid, _, _ in rows}

    def under(pid: int) -> bool:
        while pid > 1:
            if pid == server.pid:
                return True
            pid = parent.get(pid, 1)
        return False

    return {int(pid): int(rss) for pid, _, rss, args in rows
            if "ipykernel_launcher" in args and under(int(pid))}


def _timed(page, url: str, selector: str) -> float:
    start = time.perf_counter()
    page.goto(url)
    try:
        page.wait_for_selector(selector, state="attached", timeout=120_000)
    except Exception:
        page.screenshot(path="bench-dashboard-timeout.png")  # what the page showed instead
        raise
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workbook", type=Path,
                        help="measure on a copy of this demo workbook instead of filling one")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workbook = folder / "big.sqlite"
        start = time.perf_counter()
        if args.workbook:
            with netkit.open_workbook(args.workbook) as wb:
                wb.backup(workbook)
            print(f"demo: a copy of {args.workbook}")
        else:
            with netkit.open_workbook(workbook) as wb:
                counts = wb.fill_demo(args.contacts)
                wb.set_setting("started", "demo")
            print(f"demo: {counts} in {time.perf_counter() - start:.1f} s")
        _notebook(folder / "bare.ipynb", BARE)
        _notebook(folder / "pandas.ipynb", PANDAS)
        env = dict(os.environ, NETKIT_WORKBOOK=str(workbook))
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        app_port, bare_port = _port(), _port()
        app = _serve([sys.executable, "-m", "netkit", "up", "--port", str(app_port),
                      "--no-browser"], env, f"http://127.0.0.1:{app_port}/voila/static/")
        bare = _serve([sys.executable, "-m", "voila", str(folder), f"--port={bare_port}",
                       "--no-browser", "--Voila.ip=127.0.0.1", "--ServerApp.log_level=ERROR"],
                      env, f"http://127.0.0.1:{bare_port}/voila/static/")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
                results = _measure(browser, app, bare, app_port, bare_port, args.repeat)
                browser.close()
        finally:
            for server in (app, bare):
                os.killpg(server.pid, signal.SIGTERM)
                server.wait(20)
    return _report(results)


def _measure(browser, app, bare, app_port, bare_port, repeat) -> dict[str, float]:
    app_url = f"http://127.0.0.1:{app_port}/"
    bare_url = f"http://127.0.0.1:{bare_port}/voila/render/bare.ipynb"
    # The dashboard's charts are on screen: the funnel, the tree, names per conversation
    # and the weekly activity (who to ask next may still be on its way).
    ready = ".netkit-dashboard .netkit-dashboard-view.netkit-charts .netkit-activity svg"
    renders, baselines, switches, filters = [], [], [], []
    for _ in range(repeat):
        for url, selector, into in ((bare_url, ".widget-button", baselines),
                                    (app_url, ready, renders)):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            into.append(_timed(page, url, selector))
            if into is renders:
                # A person reads the dashboard first; meanwhile the other tabs are built.
                page.wait_for_selector(".netkit-app.netkit-prepared", state="attached",
                                       timeout=120_000)
                start = time.perf_counter()
                page.get_by_role("tab", name="Contacts").click()
                page.wait_for_selector(".netkit-contacts .netkit-row-name", state="visible")
                switches.append(time.perf_counter() - start)
                page.get_by_role("tab", name="Dashboard").click()
                before = page.locator(".netkit-funnel").inner_html()
                start = time.perf_counter()
                page.locator(".netkit-dashboard select").first.select_option(index=1)
                page.wait_for_function(
                    "before => document.querySelector('.netkit-funnel').innerHTML !== before",
                    arg=before)
                filters.append(time.perf_counter() - start)
                app_rss = max(_kernels(app).values())
            context.close()
    context = browser.new_context()
    page = context.new_page()
    _timed(page, f"http://127.0.0.1:{bare_port}/voila/render/pandas.ipynb", ".widget-button")
    time.sleep(1)
    newest = max(_kernels(bare).items())  # the kernel just started for pandas.ipynb
    context.close()
    return {"render": statistics.median(renders), "baseline": statistics.median(baselines),
            "switch": statistics.median(switches), "filter": statistics.median(filters),
            "app_rss": app_rss / 1024, "pandas_rss": newest[1] / 1024}


def _report(r: dict[str, float]) -> int:
    render, memory = r["render"] / r["baseline"], r["app_rss"] / r["pandas_rss"]
    print(f"cold render: app {r['render']:.2f} s, bare one-widget notebook {r['baseline']:.2f} s"
          f" → ratio {render:.2f}x (target <= 1.5x)")
    print(f"tab switch (Contacts, first opening): {1000 * r['switch']:.0f} ms (target 300 ms)")
    print(f"filter change (last 30 days): {1000 * r['filter']:.0f} ms (target 300 ms)")
    print(f"kernel memory: app {r['app_rss']:.0f} MB, pandas + ipywidgets {r['pandas_rss']:.0f} MB"
          f" → ratio {memory:.2f}x (target < 1.5x)")
    ok = render <= 1.5 and r["switch"] <= 0.3 and r["filter"] <= 0.3 and memory < 1.5
    print("targets:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
