"""The labelled corpus the rules were tuned on, as pairs for the tests.

The asks live in ``corpus/asks/train/e_rules_corpus.jsonl`` (one copy, also part of the
model's training data). Each entry there has ``text``, ``label`` (``job`` when the ask makes
the common mistake: it asks about hiring, openings, vacancies, positions, job leads,
referrals for a job, or sends a resume/CV; ``ok`` otherwise, innocent look-alikes included)
and ``section``: the probe it was written in, in order, each saying how the rules did on it
before they were changed, so the history of the tuning stays visible. ``ask_holdout.py``
holds asks written before the rules' rewrite and never used to tune them.
"""

import json
from pathlib import Path

_FILE = Path(__file__).resolve().parents[1] / "corpus" / "asks" / "train" / "e_rules_corpus.jsonl"

CORPUS: list[tuple[bool, str]] = [
    (row["label"] == "job", row["text"])
    for row in map(json.loads, _FILE.read_text(encoding="utf-8").splitlines())
]
