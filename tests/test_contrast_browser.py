"""Every text netkit draws is readable: at least 4.5:1 contrast (WCAG AA) against what is
behind it, in JupyterLab's light and dark themes and in the app's light and dark colours.

The ratio is measured in a real Chromium: for each visible text element inside netkit's
widgets, its computed colour (with the opacity of its ancestors) against its effective
background (the first opaque background up its ancestors, with any translucent ones
above it laid over). Text of a disabled control is not counted (WCAG exempts inactive
controls); it is reported, not asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ARTIFACTS, copy_of, free_port, netkit_env, open_app, shot, stop_group

import netkit

AA = 4.5
TABS = ("Dashboard", "Contacts", "Ask", "Prepare", "Log")
# The contacts (a form, a list, a table) and the interview (the question bank, grouped).
LAB_NOTEBOOKS = ("01_list_contacts.ipynb", "03_script_the_interview.ipynb")
LAB_THEMES = {"light": "JupyterLab Light", "dark": "JupyterLab Dark"}

# One function, run in the page: a list of {text, ratio, color, background, where} for
# every visible text element under the elements matching ``roots``.
MEASURE = r"""
(roots) => {
  const parse = (value) => {
    let m = value.match(/^rgba?\(([^)]+)\)$/);
    if (m) {
      const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
      return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
    }
    m = value.match(/^color\(srgb ([^)]+)\)$/);
    if (m) {
      const p = m[1].split(/[ \/]+/).filter(Boolean).map(Number);
      return {r: p[0] * 255, g: p[1] * 255, b: p[2] * 255, a: p.length > 3 ? p[3] : 1};
    }
    return null;  // a colour this measure cannot read (counted as unreadable)
  };
  const over = (top, below) => {
    const a = top.a + below.a * (1 - top.a);
    if (a === 0) return {r: 0, g: 0, b: 0, a: 0};
    const mix = (k) => (top[k] * top.a + below[k] * below.a * (1 - top.a)) / a;
    return {r: mix('r'), g: mix('g'), b: mix('b'), a};
  };
  const luminance = (c) => {
    const lin = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  };
  const background = (el) => {
    const layers = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg.a > 0) { layers.push(bg); if (bg.a >= 1) break; }
    }
    let base = {r: 255, g: 255, b: 255, a: 1};  // the browser's canvas
    for (const layer of layers.reverse()) base = over(layer, base);
    return base;
  };
  const opacity = (el) => {
    let o = 1;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      o *= Number(getComputedStyle(node).opacity);
    }
    return o;
  };
  const css = (c) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
  const where = (el) => {
    const parts = [];
    for (let node = el; node && parts.length < 4; node = node.parentElement) {
      const nk = [...node.classList].filter((c) => /^(netkit|jupyter|widget)-/.test(c));
      parts.push(node.tagName.toLowerCase() + (nk.length ? '.' + nk.slice(0, 2).join('.') : ''));
    }
    return parts.join(' < ');
  };
  const seen = new Set();
  const results = [];
  const measure = (el, text, color) => {
    if (seen.has(el)) return;
    seen.add(el);
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1 || style.visibility !== 'visible') return;
    const alpha = opacity(el);
    if (alpha === 0) return;
    const disabled = !!el.closest(':disabled, .mod-disabled, [aria-disabled="true"]');
    const bg = background(el);
    const fg = parse(color);
    if (!fg) {
      results.push({text, ratio: 0, color, background: css(bg), where: where(el), disabled});
      return;
    }
    const shown = over({...fg, a: fg.a * alpha}, bg);
    const [l1, l2] = [luminance(shown), luminance(bg)].sort((x, y) => y - x);
    const ratio = Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100;
    results.push({text: text.slice(0, 60), ratio, color: css(shown), background: css(bg),
                  where: where(el), disabled});
  };
  for (const root of document.querySelectorAll(roots)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!/[^\s\u200b]/.test(text) || !el || el.closest('style, script, .netkit-style')) continue;
      const svg = el.closest('svg');
      measure(el, text, svg ? getComputedStyle(el).fill : getComputedStyle(el).color);
    }
    for (const el of root.querySelectorAll('input, textarea, select')) {
      if (['checkbox', 'radio', 'range', 'file', 'hidden', 'color'].includes(el.type)) continue;
      if (el.tagName === 'SELECT') {
        const option = el.options[el.selectedIndex];
        const label = option ? option.text.trim() : '';
        if (label) measure(el, label, getComputedStyle(el).color);
      } else if (el.value) {
        measure(el, el.value, getComputedStyle(el).color);
      } else if (el.placeholder) {
        measure(el, el.placeholder, getComputedStyle(el, '::placeholder').color);
      }
    }
  }
  return results;
}
"""


def measure(page, roots: str) -> list[dict]:
    """The contrast of every visible text under ``roots`` (a CSS selector) on ``page``."""
    return page.evaluate(MEASURE, roots)


def report(name: str, found: list[dict]) -> list[dict]:
    """Save the measures as test-artifacts/contrast/NAME.json; return those below AA."""
    folder = ARTIFACTS / "contrast"
    folder.mkdir(parents=True, exist_ok=True)
    counted = [item for item in found if not item["disabled"]]
    low = sorted((item for item in counted if item["ratio"] < AA), key=lambda item: item["ratio"])
    summary = {"elements": len(counted), "below": len(low),
               "worst": min((item["ratio"] for item in counted), default=None),
               "disabled": len(found) - len(counted)}
    (folder / f"{name}.json").write_text(json.dumps({"summary": summary, "below": low,
                                                     "all": found}, indent=1))
    print(f"{name}: {summary}")
    return low


def explain(low: list[dict]) -> str:
    return "\n".join(f"{item['ratio']:5.2f}  {item['color']} on {item['background']}  "
                     f"{item['text']!r}  ({item['where']})" for item in low[:25])


@pytest.mark.browser
def test_the_measure_finds_text_that_is_hard_to_read(page):
    page.set_content(
        "<div class='netkit-view' style='background:#fff'>"
        "<p id='ok' style='color:#222'>easy</p>"
        "<div style='background:rgba(0,0,0,.5)'><p style='color:#777'>grey on grey</p></div>"
        "<div style='background:#777'><span style='color:#fff;opacity:.5'>faded</span></div>"
        "<p style='color:color-mix(in srgb, #999 50%, #fff)'>mixed</p>"
        "<p style='display:none;color:#fff'>hidden</p>"
        "<button disabled style='color:#eee'>inactive</button>"
        "<svg><text y='10' style='fill:#ddd'>drawn</text></svg>"
        "<input placeholder='pale' style='color:#000' class='pale'>"
        "<style>.pale::placeholder { color: #ccc; }</style></div>")
    found = {item["text"]: item for item in measure(page, ".netkit-view")}
    assert found["easy"]["ratio"] > 15
    # #777 over a half-black layer over white: #808080 behind, almost the same grey.
    assert found["grey on grey"]["ratio"] < 1.2 and found["grey on grey"]["background"] == (
        "rgb(128, 128, 128)")
    assert found["faded"]["ratio"] < 2.5  # half-transparent white on #777
    assert found["mixed"]["ratio"] < 2  # a color-mix() colour is read too
    assert found["drawn"]["ratio"] < 1.5 and found["pale"]["ratio"] < 2
    assert "hidden" not in found and found["inactive"]["disabled"]
    assert [item["text"] for item in found.values() if item["ratio"] < AA and
            not item["disabled"]] == ["grey on grey", "faded", "mixed", "drawn", "pale"]


# --- JupyterLab ---------------------------------------------------------------------------

class Lab:
    """``netkit lab`` on a free port of 127.0.0.1, with a token and the given theme set in
    its own (temporary) JupyterLab settings."""

    def __init__(self, workbook: Path, folder: Path, theme: str):
        self.token = "netkit-contrast-test"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        settings = folder / "lab-settings" / "@jupyterlab"
        self._settings(settings, theme)
        config = folder / "jupyter-config"
        config.mkdir(exist_ok=True)
        # window.jupyterapp, to run the notebook's cells as the Run menu does.
        (config / "jupyter_server_config.json").write_text(
            json.dumps({"LabApp": {"expose_app_in_browser": True}}))
        env = netkit_env(workbook)
        env.update(JUPYTER_TOKEN=self.token, JUPYTER_CONFIG_DIR=str(config),
                   JUPYTERLAB_SETTINGS_DIR=str(folder / "lab-settings"),
                   JUPYTERLAB_WORKSPACES_DIR=str(folder / "lab-workspaces"),
                   JUPYTER_RUNTIME_DIR=str(folder / "jupyter-runtime"))
        self.log_path = folder / f"lab-{theme}.log"
        self._log = open(self.log_path, "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "netkit", "lab", "--port", str(self.port), "--no-browser"],
            env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait()

    @staticmethod
    def _settings(settings: Path, theme: str) -> None:
        files = {
            "apputils-extension/themes.jupyterlab-settings": {"theme": LAB_THEMES[theme]},
            # No news or update check: nothing is fetched, and no pop-up covers the page.
            "apputils-extension/notification.jupyterlab-settings":
                {"fetchNews": "false", "checkForUpdates": False},
            # Every cell stays in the page, so every widget can be measured.
            "notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
        }
        for name, value in files.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(value))

    def _wait(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"netkit lab exited early; see {self.log_path}")
            try:
                urllib.request.urlopen(f"{self.url}api/status?token={self.token}", timeout=2)
                return
            except (urllib.error.URLError, OSError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"netkit lab did not start within 60 s; see {self.log_path}")

    def notebook_url(self, name: str) -> str:
        return f"{self.url}lab/tree/{name}?token={self.token}&reset"

    def stop(self) -> None:
        stop_group(self.proc)
        self._log.close()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """A closed workbook with the small seeded demo network (copied per test)."""
    path = tmp_path_factory.mktemp("contrast") / "demo.sqlite"
    with netkit.open_workbook(path) as book:
        book.fill_demo(80, seed=7)
    return path


def run_all_cells(page, lab: Lab, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab, run all its cells and wait until every one is done
    and netkit's widgets have settled."""
    page.goto(lab.notebook_url(notebook))
    page.wait_for_function(
        "() => window.jupyterapp && document.querySelector('.jp-NotebookPanel .jp-Cell') &&"
        " window.jupyterapp.shell.currentWidget &&"
        " window.jupyterapp.shell.currentWidget.sessionContext?.session?.kernel", timeout=60_000)
    page.wait_for_function(
        "() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.status"
        " === 'idle'", timeout=60_000)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(
        "() => { const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];"
        " return prompts.length && prompts.every((p) => /\\[\\d+\\]/.test(p.textContent)); }",
        timeout=90_000)
    page.wait_for_selector(".netkit-view", state="visible")
    settle(page, ".jp-Notebook")
    unfold(page, ".jp-Notebook .netkit-view")
    settle(page, ".jp-Notebook")


def unfold(page, root: str) -> None:
    """Open every folded section under ``root`` (a person would open them too)."""
    headers = page.locator(f"{root} .jupyter-widget-Collapse:not(.jupyter-widget-Collapse-open)"
                           " > .jupyter-widget-Collapse-header")
    for _ in range(headers.count()):
        if not headers.count():
            break
        headers.first.click()
        page.wait_for_timeout(200)


def settle(page, selector: str) -> None:
    """Wait until the text under ``selector`` stops changing (deferred work has run)."""
    last, steady = None, 0
    for _ in range(40):
        now = page.evaluate(f"() => document.querySelector({selector!r}).innerText.length")
        steady = steady + 1 if now == last else 0
        if steady >= 3:
            return
        last = now
        page.wait_for_timeout(250)


def lab_shots(page, name: str) -> None:
    """Screenshots of what a person looks at: the notebook's top, each netkit view and
    each table, scrolled to the top of the window (JupyterLab scrolls inside the page)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(f"{name}-*.png"):
        old.unlink()
    anchors = page.locator(".jp-Notebook .jp-Cell:first-child, .jp-Notebook .netkit-view,"
                           " .jp-Notebook table.netkit-table")
    for n in range(anchors.count()):
        anchors.nth(n).evaluate("(el) => el.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(150)
        page.screenshot(path=str(folder / f"{name}-{n}.png"))


def use_theme(page, theme: str) -> None:
    """Switch JupyterLab to ``theme`` as its Settings menu does, and wait until it shows."""
    name = LAB_THEMES[theme]
    page.evaluate("(name) => window.jupyterapp.commands.execute('apputils:change-theme',"
                  " {theme: name})", name)
    page.wait_for_function("(name) => document.body.dataset.jpThemeName === name", arg=name)
    page.wait_for_timeout(500)


@pytest.mark.browser
def test_every_text_netkit_draws_in_jupyterlab_is_readable_in_both_themes(
        browser, demo_file, tmp_path):
    # Dark comes from JupyterLab's settings (as a person's choice is kept); light is then
    # chosen as from the Settings menu, on the same cells' output.
    lab = Lab(copy_of(demo_file, tmp_path / "home"), tmp_path, "dark")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    found: dict[str, list[dict]] = {"dark": [], "light": []}
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        for notebook in LAB_NOTEBOOKS:
            page.set_viewport_size({"width": 1280, "height": 800})
            run_all_cells(page, lab, notebook)
            if notebook == LAB_NOTEBOOKS[0]:  # later ones open in the theme last chosen
                assert page.evaluate("() => document.body.dataset.jpThemeLight") == "false", (
                    "the dark theme was not applied from the settings")
            for theme in ("dark", "light"):
                page.set_viewport_size({"width": 1280, "height": 800})
                use_theme(page, theme)
                measured = measure(page, ".jp-Notebook .netkit-view, .jp-Notebook .netkit-table")
                assert len(measured) > 40, f"{notebook}: too few texts measured"
                assert any("table.netkit-table" in item["where"] for item in measured), notebook
                found[theme] += [dict(item, notebook=notebook) for item in measured]
                step = notebook[:2]
                lab_shots(page, f"contrast-lab-{theme}-{step}-1280")
                page.set_viewport_size({"width": 390, "height": 844})
                page.evaluate("() => window.jupyterapp.shell.collapseLeft()")  # as on a phone
                lab_shots(page, f"contrast-lab-{theme}-{step}-390")
                page.evaluate("() => window.jupyterapp.shell.expandLeft()")
    finally:
        context.close()
        lab.stop()
    low = {theme: report(f"lab-{theme}", measured) for theme, measured in found.items()}
    assert not low["dark"] and not low["light"], "\n".join(
        f"{theme}: {len(items)} texts below {AA}:1\n{explain(items)}"
        for theme, items in low.items() if items)


def whole_page_shot(page, name: str, width: int, height: int) -> None:
    """A screenshot of the whole app at ``width`` (Voilà's page scrolls inside itself, so
    the window is made as tall as the app for the picture)."""
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(300)
    tall = page.evaluate("() => Math.ceil(document.querySelector('.netkit-app')"
                         ".getBoundingClientRect().bottom + 40)")
    page.set_viewport_size({"width": width, "height": max(height, tall)})
    page.wait_for_timeout(200)
    shot(page, name)


@pytest.mark.browser
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_in_the_app_is_readable(theme, start_app, page, demo_file, tmp_path):
    server = start_app(copy_of(demo_file, tmp_path / "home"), "--theme", theme)
    open_app(page, server)
    found: list[dict] = []
    for tab in TABS:
        page.get_by_role("tab", name=tab).click()
        page.wait_for_selector(f".netkit-{tab.lower()}", state="visible")
        settle(page, ".netkit-app")
        unfold(page, f".netkit-{tab.lower()}")
        settle(page, ".netkit-app")
        found += [dict(item, tab=tab) for item in measure(page, ".netkit-app")]
        for width, height in ((1280, 800), (390, 844)):
            whole_page_shot(page, f"contrast-app-{theme}-{tab.lower()}-{width}", width, height)
        page.set_viewport_size({"width": 1280, "height": 800})
    low = report(f"app-{theme}", found)
    assert len(found) > 100, "too few texts measured: the app did not render"
    assert not low, f"{len(low)} of {len(found)} texts below {AA}:1\n{explain(low)}"
