"""How fast is contact search on a big workbook? netkit against a plain baseline.

Fills a temporary workbook with 30,000 demo contacts, then times one page of results
plus the match count (what the Contacts tab asks for on every keystroke) for a few
queries, median of several runs. Two baselines run alongside on the same data:

- ``raw SQL``: one ``SELECT ... WHERE search_text LIKE ... ORDER BY name LIMIT 50`` (no
  count, no chain depth, no DataFrame): the floor for any SQLite search.
- ``pandas``: ``str.contains`` over the whole contacts DataFrame loaded in memory.

Run: ``python bench/bench_search.py`` (``--contacts N`` to change the size).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import netkit
from netkit.text import fold

QUERIES = ("garcia", "health analyst", "mentor", "zzz-no-match", "a")


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        wb = netkit.open_workbook(Path(folder) / "bench.sqlite")
        start = time.perf_counter()
        wb.fill_demo(args.contacts)
        fill_seconds = time.perf_counter() - start
        print(f"fill_demo({args.contacts}): {fill_seconds:.2f} s "
              f"({args.contacts / fill_seconds:,.0f} contacts/s)")

        start = time.perf_counter()
        everyone = wb.contacts()
        print(f"contacts() DataFrame of {len(everyone)} rows: "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        haystack = (everyone["name"].fillna("") + " " + everyone["organization"].fillna("")
                    + " " + everyone["title"].fillna("") + " " + everyone["industry"].fillna("")
                    + " " + everyone["tags"].fillna("") + " " + everyone["notes"].fillna(""))
        haystack = haystack.map(fold)

        def raw_sql(query):
            tokens = fold(query).split()
            where = " AND ".join("search_text LIKE ?" for _ in tokens)
            return wb.conn.execute(
                f"SELECT id, name FROM contacts WHERE {where} AND archived_at IS NULL "
                "ORDER BY name LIMIT 50", [f"%{t}%" for t in tokens]).fetchall()

        def pandas_contains(query):
            mask = None
            for token in fold(query).split():
                hit = haystack.str.contains(token, regex=False)
                mask = hit if mask is None else mask & hit
            return everyone[mask].head(50), int(mask.sum())

        print(f"\n{'query':<16}{'matches':>8}{'netkit ms':>11}{'raw SQL ms':>12}"
              f"{'pandas ms':>11}{'netkit/raw':>12}{'netkit/pandas':>15}")
        ratios = []
        for query in QUERIES:
            ours = median_ms(lambda q=query: (wb.search_contacts(q), wb.count_contacts(q)),
                             args.repeats)
            raw = median_ms(lambda q=query: raw_sql(q), args.repeats)
            pan = median_ms(lambda q=query: pandas_contains(q), args.repeats)
            matches = wb.count_contacts(query)
            ratios.append(ours / pan)
            print(f"{query:<16}{matches:>8}{ours:>11.1f}{raw:>12.1f}{pan:>11.1f}"
                  f"{ours / raw:>12.2f}{ours / pan:>15.2f}")
        worst = max(median_ms(lambda q=q: (wb.search_contacts(q), wb.count_contacts(q)), 3)
                    for q in QUERIES)
        print(f"\nslowest netkit search (page + count): {worst:.1f} ms; "
              f"median netkit/pandas ratio {statistics.median(ratios):.2f}")
        wb.close()


if __name__ == "__main__":
    main()
