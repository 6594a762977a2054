"""An analyst's first hour with eventwire: ingest the sample corpus, then draw a dyad timeline and an actor
network with matplotlib, straight from DataFrames.

    python examples/analyst.py                      # ingests samples/ into examples/analyst.duckdb
    python examples/analyst.py --db my.duckdb --out pictures/

Needs the `examples` extra (pandas, matplotlib): pip install 'eventwire[examples]'. The pictures are
written as PNG files: dyad_timeline.png and actor_network.png (the README shows both).
"""
from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any, Iterable

import matplotlib

matplotlib.use("Agg")  # files, not windows: runs in CI and over ssh
import matplotlib.pyplot as plt  # noqa: E402

from eventwire.formats.readers import read_sources  # noqa: E402
from eventwire.store import Store, open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
QUAD_COLOURS = {"verbal_cooperation": "#4c9a2a", "material_cooperation": "#1f6f8b", "verbal_conflict": "#e8a33d",
                "material_conflict": "#c0392b"}


def ingest(store: Store, inputs: Iterable[str], pipeline: Any = None) -> Any:
    """Extract the inputs into the store (unchanged articles are skipped: a re-run is quick)."""
    from eventwire import Pipeline
    from eventwire.incremental import lazily, skip_unchanged

    process = lazily(lambda: (pipeline or Pipeline()).pipe)
    return store.ingest(skip_unchanged(read_sources(list(inputs)), store, process))


def dyad_timeline(store: Store, path: Path, top: int = 8) -> Path:
    """The busiest country dyads (both directions) over time: one row per dyad, a dot per month with events,
    its size the number of events and its colour the dominant QuadClass. News samples are sparse, so a
    raster reads better than lines."""
    import pandas as pd

    dyads = store.dyads(level="country", both_directions=True).to_pandas()
    dyads = dyads[dyads["source"] != dyads["target"]]  # between countries, not within one
    pairs = [f"{a}–{b}" for a, b in dyads.head(top)[["source", "target"]].itertuples(index=False)]
    monthly = store.dyads(level="country", both_directions=True, by="month").to_pandas()
    monthly = monthly[monthly["period"].str.len() == 7].copy()  # month rows (coarser dates have their own)
    monthly["dyad"] = monthly["source"] + "–" + monthly["target"]
    monthly = monthly[monthly["dyad"].isin(pairs)]
    monthly["month"] = pd.to_datetime(monthly["period"] + "-01")
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(pairs) + 1.4))
    rows = {pair: index for index, pair in enumerate(reversed(pairs))}
    for quad, colour in QUAD_COLOURS.items():
        part = monthly[monthly[list(QUAD_COLOURS)].idxmax(axis=1) == quad]
        ax.scatter(part["month"], part["dyad"].map(rows), s=60 * part["events"], color=colour, alpha=0.8,
                   edgecolor="#333333", linewidth=0.5)
        ax.scatter([], [], s=60, color=colour, label=quad.replace("_", " "))  # a legend entry of fixed size
    ax.set_yticks(list(rows.values()), list(rows.keys()), fontsize=8)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.grid(axis="x", color="#eeeeee")
    ax.set_title("Busiest country dyads by month (sample corpus): size = events, colour = QuadClass", fontsize=10)
    ax.legend(fontsize=7, loc="upper left", ncol=4, bbox_to_anchor=(0, -0.12))
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def actor_network(store: Store, path: Path, top: int = 16) -> Path:
    """Countries as nodes on a circle, an edge per dyad: width by events, colour by the dominant QuadClass."""
    dyads = store.dyads(level="country", both_directions=True).to_pandas()
    dyads = dyads[dyads["source"] != dyads["target"]]
    weight: dict[str, int] = {}
    for row in dyads.itertuples():
        for node in (str(row.source), str(row.target)):
            weight[node] = weight.get(node, 0) + int(row.events)
    nodes = sorted(weight, key=lambda n: (-weight[n], n))[:top]
    where = {n: (math.cos(2 * math.pi * i / len(nodes)), math.sin(2 * math.pi * i / len(nodes)))
             for i, n in enumerate(nodes)}
    fig, ax = plt.subplots(figsize=(6.5, 6.5))
    for row in dyads.itertuples():
        a, b = str(row.source), str(row.target)
        if a in where and b in where:
            quad = max(QUAD_COLOURS, key=lambda q: getattr(row, q))
            ax.plot(*zip(where[a], where[b]), color=QUAD_COLOURS[quad], linewidth=1 + 1.5 * int(row.events),
                    alpha=0.7, zorder=1)
    for node, (x, y) in where.items():
        ax.scatter([x], [y], s=120 + 40 * weight[node], color="#dddddd", edgecolor="#333333", zorder=2)
        ax.annotate(node, (x, y), ha="center", va="center", fontsize=8, zorder=3)
    for quad, colour in QUAD_COLOURS.items():
        ax.plot([], [], color=colour, linewidth=3, label=quad.replace("_", " "))
    ax.legend(fontsize=8, loc="lower left", bbox_to_anchor=(-0.05, -0.12), ncol=2)
    ax.set_title("Who acts on whom (country level, sample corpus)")
    ax.set_axis_off()
    ax.set_aspect("equal")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "examples" / "analyst.duckdb"))
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "samples" / "wikinews_politics.jsonl")])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open_store(args.db) as store:
        report = ingest(store, args.inputs)
        print(f"{report.added} added, {report.unchanged} unchanged, {len(report.failed)} failed")
        events = store.events().to_pandas()
        print(events.groupby("event", observed=True).size().sort_values(ascending=False).head())
        print(dyad_timeline(store, out / "dyad_timeline.png"))
        print(actor_network(store, out / "actor_network.png"))


if __name__ == "__main__":
    main()
