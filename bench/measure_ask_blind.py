"""Precision and recall of the ask check's mistake flag on the blind set (numbers only).

The blind set (tests/ask_blind.py) was written without seeing the rules; this script prints
only aggregate numbers so that tuning the rules never looks at its messages.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from ask_blind import BLIND  # noqa: E402

from netkit.askcheck import check_ask, has_mistake  # noqa: E402

tp = fp = fn = tn = 0
for message, truth in BLIND:
    flagged = has_mistake(check_ask(message))
    tp += flagged and truth
    fp += flagged and not truth
    fn += truth and not flagged
    tn += not truth and not flagged
precision = tp / (tp + fp) if tp + fp else 1.0
recall = tp / (tp + fn) if tp + fn else 1.0
print(f"blind set: {len(BLIND)} asks; precision {precision:.2f}, recall {recall:.2f} "
      f"(tp {tp}, fp {fp}, fn {fn}, tn {tn})")
