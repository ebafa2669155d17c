"""Fit and measure the ask check's model (:mod:`.model`) on the corpus in ``corpus/asks/``.

``make askcheck-model`` runs ``python -m netkit.askcheck.training``: it reads every
``corpus/asks/train/*.jsonl`` (one ask per line: ``text``, ``label`` ``job``/``ok``,
``voice``), chooses the regularisation and the threshold by five-fold cross-validation
on the training asks only, fits the model on all of them, writes
``netkit/data/askcheck_model.json``, and prints precision and recall — for the rules alone,
the model without the rules, and the shipped verdict — in cross-validation, on the blind
sets in ``corpus/asks/blind/`` (written by people who saw neither the rules nor the
training asks; they are read only to be measured), per voice. Everything is seeded, so the
same corpus gives the same file.

This module is the only one that needs scikit-learn (the ``train`` extra); the app only
reads the JSON file.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import MODEL_FILE, Model, terms
from .model import load as load_model
from .rules import rule_hits

__all__ = ["Example", "load_examples", "fit", "cross_validate", "score", "main"]

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "asks"
OUTPUT = Path(__file__).resolve().parents[1] / "data" / MODEL_FILE
C_GRID = (3.0, 10.0, 30.0)
MIN_COUNT = 2
TUNING_FILE = "e_rules_corpus.jsonl"  # the asks the rules were written against
DECISIVE_PRECISION = 0.97
DECISIVE_HITS = 8
SEED = 0
KEEP = 0.002  # weights smaller than this change no verdict; they are not shipped


@dataclass(frozen=True)
class Example:
    text: str
    job: bool
    voice: str
    source: str


def load_examples(folder: Path) -> list[Example]:
    """Every ask in ``folder/*.jsonl``, in file order."""
    found = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("label") not in ("job", "ok") or not str(row.get("text", "")).strip():
                raise ValueError(f"{path.name} line {number}: needs text and label job/ok")
            found.append(Example(row["text"], row["label"] == "job",
                                 row.get("voice", "plain"), path.name))
    return found


def _rules(example: Example) -> list[str]:
    from ..text import fold
    return [rule for *_, rule in rule_hits(fold(example.text).replace("\u2019", "'"))]


def decisive(examples: list[Example], rules: list[list[str]]) -> frozenset[str]:
    """The rules right at least ``DECISIVE_PRECISION`` of the time, over at least
    ``DECISIVE_HITS`` asks, among asks the rules were not tuned on (every file but
    ``TUNING_FILE``, on which they are right by construction)."""
    right: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for example, hits in zip(examples, rules, strict=True):
        if example.source == TUNING_FILE:
            continue
        for rule in set(hits):
            fired[rule] += 1
            right[rule] += example.job
    return frozenset(r for r, n in fired.items()
                     if n >= DECISIVE_HITS and right[r] / n >= DECISIVE_PRECISION)


def _matrix(rows: list[Counter[str]], reader: Model, vocab: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    indptr: list[int] = [0]
    indices: list[int] = []
    values: list[float] = []
    for found in rows:
        for term, value in sorted(reader.vector(found).items()):
            if term in vocab:
                indices.append(vocab[term])
                values.append(value)
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(rows), len(vocab)))


def _fit_rows(rows: list[Counter[str]], labels: list[bool], c: float, threshold: float,
              rules: frozenset[str] = frozenset()) -> Model:
    """Idf from the documents in ``rows`` (terms in fewer than ``MIN_COUNT`` are not
    known), then the logistic weights over :meth:`Model.vector`."""
    from sklearn.linear_model import LogisticRegression

    df = Counter(t for found in rows for t in found if t[0] != "r")
    n = len(rows)
    idf = {t: round(math.log((1 + n) / (1 + k)) + 1.0, 3)
           for t, k in sorted(df.items()) if k >= MIN_COUNT}
    rule_terms = sorted({t for found in rows for t in found if t[0] == "r"})
    vocab = {t: i for i, t in enumerate([*idf, *rule_terms])}
    reader = Model(0.0, threshold, idf, {})
    learner = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=SEED)
    learner.fit(_matrix(rows, reader, vocab), labels)
    weights = {t: round(float(w), 4)
               for t, w in zip(vocab, learner.coef_[0], strict=True) if abs(w) >= KEEP}
    return Model(round(float(learner.intercept_[0]), 4), threshold, idf, weights, rules)


def score(pairs: list[tuple[bool, bool]]) -> dict[str, Any]:
    """Counts, precision and recall of ``(truth, flagged)`` pairs."""
    tp = sum(t and f for t, f in pairs)
    fp = sum(f and not t for t, f in pairs)
    fn = sum(t and not f for t, f in pairs)
    tn = len(pairs) - tp - fp - fn
    return {"n": len(pairs), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0}


def _folds(examples: list[Example]) -> list[list[int]]:
    """One fold per file of the corpus: each file was written by another writer, so a
    model scored on a file it was not fitted on meets new voices and new habits, as it
    will in use (random folds would score it on near-twins of what it learnt)."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, example in enumerate(examples):
        by_source[example.source].append(i)
    return [by_source[source] for source in sorted(by_source)]


def _best(labels: list[bool], probability: list[float], forced: list[bool]) -> dict[str, Any]:
    """The threshold making the lower of precision and recall highest (then their sum)."""
    best: dict[str, Any] = {}
    for threshold in [t / 100 for t in range(20, 91)]:
        flags = [f or p >= threshold for p, f in zip(probability, forced, strict=True)]
        result = score(list(zip(labels, flags, strict=True)))
        key = (min(result["precision"], result["recall"]),
               result["precision"] + result["recall"])
        if not best or key > best["key"]:
            best = {"key": key, "threshold": threshold, "flags": flags, **result}
    return best


def cross_validate(examples: list[Example]) -> dict[str, Any]:
    """Each file scored by a model fitted on the other files (its decisive rules chosen on
    them too), for each C; the C and threshold that do best (:func:`_best`)."""
    rules = [_rules(e) for e in examples]
    labels = [e.job for e in examples]
    designs = {"model": [terms(e.text, r) for e, r in zip(examples, rules, strict=True)],
               "model without rules": [terms(e.text, []) for e in examples]}
    folds = _folds(examples)
    best: dict[str, Any] = {}
    for c in C_GRID:
        for name, rows in designs.items():
            out = [0.0] * len(examples)
            forced = [False] * len(examples)
            for test in folds:
                held = set(test)
                train = [i for i in range(len(examples)) if i not in held]
                strong = decisive([examples[i] for i in train], [rules[i] for i in train]) \
                    if name == "model" else frozenset()
                model = _fit_rows([rows[i] for i in train], [labels[i] for i in train], c, 0.5,
                                  strong)
                for i in test:
                    out[i] = model.probability(rows[i])
                    forced[i] = bool(strong & set(rules[i]))
            result = _best(labels, out, forced)
            if name not in best or result["key"] > best[name]["key"]:
                best[name] = {"c": c, **result}
    flags = [bool(r) for r in rules]
    best["rules"] = {"flags": flags, **score(list(zip(labels, flags, strict=True)))}
    return best


def fit(examples: list[Example], c: float, threshold: float) -> Model:
    """The model fitted on all ``examples``, with its decisive rules."""
    rules = [_rules(e) for e in examples]
    rows = [terms(e.text, r) for e, r in zip(examples, rules, strict=True)]
    return _fit_rows(rows, [e.job for e in examples], c, threshold, decisive(examples, rules))


def write(model: Model, c: float, path: Path = OUTPUT) -> None:
    """The model as JSON: ``terms`` maps each known term to ``[idf, weight]``, ``rules``
    each rule to its weight, ``decisive`` the rules that flag by themselves."""
    data = {"about": "netkit's ask-check model: idf and logistic weights over the terms of "
                     "netkit.askcheck.model; made by `make askcheck-model` from corpus/asks/train",
            "c": c, "bias": model.bias, "threshold": model.threshold,
            "decisive": sorted(model.decisive),
            "rules": {t: w for t, w in sorted(model.weights.items()) if t[0] == "r"},
            "terms": {t: [idf, model.weights.get(t, 0)] for t, idf in model.idf.items()}}
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                    encoding="utf-8")


def _table(title: str, examples: list[Example], verdicts: dict[str, list[bool]]) -> None:
    print(f"\n{title}: {len(examples)} asks "
          f"({sum(e.job for e in examples)} job asks)")
    names = list(verdicts)
    print(f"  {'voice':<16}{'n':>5}" + "".join(f"  {n[:22]:>24}" for n in names))
    by_voice: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        by_voice[e.voice].append(i)
    for voice in [*sorted(by_voice), "ALL"]:
        index = by_voice[voice] if voice != "ALL" else list(range(len(examples)))
        cells = []
        for name in names:
            r = score([(examples[i].job, verdicts[name][i]) for i in index])
            cells.append(f"P {r['precision']:.2f} R {r['recall']:.2f} "
                         f"fp{r['fp']:>3} fn{r['fn']:>3}")
        print(f"  {voice:<16}{len(index):>5}" + "".join(f"  {c:>24}" for c in cells))


def _verdicts(model: Model, bare: Model, examples: list[Example]) -> dict[str, list[bool]]:
    rules = [_rules(e) for e in examples]
    return {
        "rules": [bool(r) for r in rules],
        "model without rules": [bare.flags(terms(e.text, [])) for e in examples],
        "shipped (model+rules)": [model.flags(terms(e.text, r))
                                  for e, r in zip(examples, rules, strict=True)],
    }


def _measure(model: Model, train: list[Example], folder: Path) -> int:
    blind = load_examples(folder)
    if set(e.text for e in train) & {e.text for e in blind}:
        print("error: some blind asks are also in training", file=sys.stderr)
        return 1
    rules = [_rules(e) for e in blind]
    _table("blind sets (never used to fit or choose anything), the shipped model", blind,
           {"rules": [bool(r) for r in rules],
            "shipped (model+rules)": [model.flags(terms(e.text, r))
                                      for e, r in zip(blind, rules, strict=True)]})
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--no-blind", action="store_true", help="do not measure the blind sets")
    parser.add_argument("--measure", action="store_true",
                        help="only measure the shipped model on the blind sets (no fitting)")
    args = parser.parse_args(argv)
    train = load_examples(args.corpus / "train")
    if args.measure:
        return _measure(load_model(), train, args.corpus / "blind")
    texts = [e.text for e in train]
    if len(set(texts)) != len(texts):
        print("warning: the training corpus repeats some asks", file=sys.stderr)
    cv = cross_validate(train)
    chosen = cv["model"]
    print(f"training: {len(train)} asks ({sum(e.job for e in train)} job asks) in "
          f"{len({e.voice for e in train})} voices; chosen C={chosen['c']} "
          f"threshold={chosen['threshold']}")
    _table("cross-validation on the training asks (each file scored by a model fitted on "
           "the other files)", train,
           {name: cv[name]["flags"] for name in ("rules", "model without rules", "model")})
    model = fit(train, chosen["c"], chosen["threshold"])
    write(model, chosen["c"], args.output)
    print(f"\nwrote {args.output} ({len(model.idf)} terms, {len(model.weights)} weights, "
          f"{args.output.stat().st_size // 1024} KB)")
    blind_folder = args.corpus / "blind"
    if not args.no_blind and any(blind_folder.glob("*.jsonl")):
        blind = load_examples(blind_folder)
        overlap = set(texts) & {e.text for e in blind}
        if overlap:
            print(f"error: {len(overlap)} blind asks are also in training", file=sys.stderr)
            return 1
        other = cv["model without rules"]
        bare = _fit_rows([terms(e.text, []) for e in train], [e.job for e in train],
                         other["c"], other["threshold"])
        _table("blind sets (never used to fit or choose anything)", blind,
               _verdicts(model, bare, blind))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
