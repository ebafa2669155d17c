"""How fast is the ask check with its model? Against the rules alone, in the same run.

Three numbers, each a median of repeated runs on the training corpus's asks:

- ``live check``: ``check_ask`` on one message (what the composer runs on every keystroke),
  against ``find_mistakes`` alone (the rules, as before the model) — the ratio is what the
  model adds.
- ``first check``: loading the shipped model and checking one message in a new process,
  against importing netkit's ask check without touching the model.
- ``netkit check-ask``: the whole command in a new process, against ``python -c pass``.

Run: ``python bench/bench_askcheck.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from netkit.askcheck import check_ask
from netkit.askcheck.model import load
from netkit.askcheck.rules import find_mistakes
from netkit.askcheck.training import CORPUS, load_examples
from netkit.text import fold


def per_message_ms(action, texts: list[str], repeats: int = 3) -> float:
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            action(text)
        runs.append((time.perf_counter() - started) * 1000 / len(texts))
    return statistics.median(runs)


def process_ms(command: list[str], stdin: str = "", repeats: int = 7) -> float:
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, input=stdin, text=True, capture_output=True, check=False)
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def main() -> None:
    texts = [e.text for e in load_examples(CORPUS / "train")]
    load()
    rules = per_message_ms(lambda t: find_mistakes(fold(t)), texts)
    full = per_message_ms(check_ask, texts)
    print(f"live check, per message ({len(texts)} asks): rules alone {rules:.2f} ms, "
          f"check_ask with the model {full:.2f} ms  -> ratio {full / rules:.2f}x")
    bare = process_ms([sys.executable, "-c", "import netkit.askcheck"])
    first = process_ms([sys.executable, "-c", "from netkit.askcheck import check_ask; "
                        "check_ask('Are you hiring?')"])
    print(f"first check in a new process: import only {bare:.0f} ms, load the model and "
          f"check {first:.0f} ms  -> ratio {first / bare:.2f}x")
    nothing = process_ms([sys.executable, "-c", "pass"])
    cli = process_ms([sys.executable, "-m", "netkit", "check-ask"],
                     "Hi Ana, we met at the fair. Do you know anyone hiring nurses?")
    print(f"netkit check-ask: python -c pass {nothing:.0f} ms, the command {cli:.0f} ms  "
          f"-> ratio {cli / nothing:.2f}x")


if __name__ == "__main__":
    main()
