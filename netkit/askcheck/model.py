"""A small linear reader of the common mistake, beside the rules (:mod:`.rules`).

The rules know the shapes they were written for and explain each one; a job ask in another
voice ("do they take helpers in the kitchen?", "plz sir any chance for me in ur company")
slips past them. This module reads a message as weighted terms — words and word pairs,
letter runs of 2–5 inside words (which survive spelling slips and second-language forms),
and whether a rule fired — and weighs them with a logistic model fitted on the labelled
corpus in ``corpus/asks/`` (``make askcheck-model``; the fitting is in :mod:`.training`,
the only place that needs scikit-learn). A term counts ``1 + log(count)`` times how rare it
is in the corpus (its idf), and the word terms and the letter runs are each scaled to unit
length, so a long friendly e-mail does not drown the one line that asks for a job. The
fitted numbers ship as ``netkit/data/askcheck_model.json``, read once; a check is a few
hundred dictionary lookups.

``terms(text)`` and ``Model.vector(terms)`` are the one definition of what the model sees,
used both to fit and to score. ``Reading`` is what the model says about one message: the
probability that it makes the mistake, and the sentence that weighs most towards it (the
excerpt shown when no rule names the words).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..text import fold
from .rules import rule_hits, sentences

__all__ = ["terms", "Model", "Reading", "read", "load", "MODEL_FILE", "RULE_VALUE"]

MODEL_FILE = "askcheck_model.json"
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[?]")
_GRAMS = (2, 3, 4, 5)
RULE_VALUE = 2.0  # a rule that fired counts as much as two whole blocks of words


def _normalise(text: str) -> str:
    return fold(text).replace("\u2019", "'").replace("\u2018", "'")


def _text_terms(text: str) -> Counter[str]:
    tokens = _TOKEN.findall(text)
    found: Counter[str] = Counter("w " + token for token in tokens)
    found.update(f"w {a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    for token in tokens:
        padded = f" {token} "
        for n in _GRAMS:
            found.update("c " + padded[i:i + n] for i in range(len(padded) - n + 1))
    return found


def terms(text: str, rules: list[str] | None = None) -> Counter[str]:
    """What the model sees of ``text``, with counts: words and word pairs (``w``), letter
    runs of 2–5 inside words (``c``), and the rules that fired (``r shape 12``, ``r
    employment``; pass ``rules`` when :func:`.rules.rule_hits` has already been run)."""
    normal = _normalise(text or "")
    found = _text_terms(normal)
    if rules is None:
        rules = [rule for *_, rule in rule_hits(normal)]
    found.update("r " + rule for rule in set(rules))
    return found


@dataclass(frozen=True)
class Model:
    """``idf`` for every term the model knows, ``weights`` for those that move a verdict;
    ``decisive``: the rules that were right so often on asks they were not written for
    that they flag a message by themselves."""

    bias: float
    threshold: float
    idf: dict[str, float]
    weights: dict[str, float]
    decisive: frozenset[str] = frozenset()

    def vector(self, found: Counter[str]) -> dict[str, float]:
        """The weighted, length-scaled values of the known terms in ``found``."""
        values: dict[str, float] = {}
        norms = {"w": 0.0, "c": 0.0}
        for term, count in found.items():
            kind = term[0]
            if kind == "r":
                values[term] = RULE_VALUE
                continue
            idf = self.idf.get(term)
            if idf is None:
                continue
            value = (1.0 + math.log(count)) * idf
            values[term] = value
            norms[kind] += value * value
        for kind, total in norms.items():
            if total:
                scale = 1.0 / math.sqrt(total)
                for term in values:
                    if term[0] == kind:
                        values[term] *= scale
        return values

    def margin(self, found: Counter[str]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(t, 0.0) * v for t, v in self.vector(found).items())

    def probability(self, found: Counter[str]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, self.margin(found)))))

    def flags(self, found: Counter[str]) -> bool:
        """The verdict: a decisive rule fired, or the probability reaches the threshold."""
        return any(t[2:] in self.decisive for t in found if t[0] == "r") \
            or self.probability(found) >= self.threshold


@lru_cache(maxsize=1)
def load() -> Model:
    """The fitted model that ships with netkit (read once per process)."""
    raw = json.loads((files("netkit") / "data" / MODEL_FILE).read_text(encoding="utf-8"))
    idf = {term: float(pair[0]) for term, pair in raw["terms"].items()}
    weights = {term: float(pair[1]) for term, pair in raw["terms"].items() if pair[1]}
    weights.update({term: float(w) for term, w in raw["rules"].items()})
    return Model(float(raw["bias"]), float(raw["threshold"]), idf, weights,
                 frozenset(raw["decisive"]))


@dataclass(frozen=True)
class Reading:
    """The model's view of one message: ``probability`` that it makes the common mistake,
    ``flagged`` (at the shipped threshold), and ``excerpt``, the sentence that weighs most
    towards the mistake."""

    probability: float
    flagged: bool
    excerpt: str


def read(message: str, rules: list[str] | None = None,
         model: Model | None = None) -> Reading:
    """Read ``message`` with the shipped model (or ``model``); ``rules`` as for
    :func:`terms`."""
    model = model or load()
    found = terms(message, rules)
    probability = model.probability(found)
    flagged = model.flags(found)
    excerpt = ""
    if flagged:
        parts = sentences(message.strip()) or [message.strip()]
        excerpt = max(parts, key=lambda part: model.margin(_text_terms(_normalise(part))))
    return Reading(probability, flagged, excerpt.strip())
