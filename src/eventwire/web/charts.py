"""SVG charts drawn on the server: the dyad chart, the actor network and the offline map.

No chart library and no script: each mark is an SVG element inside a link to the events behind it, with a
<title> as its tooltip. Every text that reaches the SVG goes through `escape`; colours and coordinates are
numbers formatted here.
"""
from __future__ import annotations

import json
import math
from importlib import resources
from typing import Callable, Iterable, Mapping, Sequence

from markupsafe import Markup, escape

from .queries import QUAD_CLASSES, DyadBar, MapPoint, Network

QUAD_COLOURS: Mapping[int, str] = {1: "#81c784", 2: "#2e7d32", 3: "#ffb74d", 4: "#c62828"}


def goldstein_colour(value: float | None) -> str:
    """Red for conflict (-10), grey for 0, green for cooperation (+10)."""
    if value is None:
        return "#9e9e9e"
    t = max(-1.0, min(1.0, value / 10.0))
    grey, end = (158, 158, 158), ((46, 125, 50) if t > 0 else (198, 40, 40))
    r, g, b = (round(a + (c - a) * abs(t)) for a, c in zip(grey, end))
    return f"#{r:02x}{g:02x}{b:02x}"


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last and len(months) < 600:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def dyad_chart(bars: Sequence[DyadBar], link: Callable[[str, int], str], width: int = 960,
               height: int = 360) -> Markup:
    """Events per month stacked by QuadClass, the mean Goldstein of each month as a dot on its own axis
    (right, -10 to +10); `link(month, quad_class)` gives each bar segment's target."""
    if not bars:
        return Markup('<p class="empty">No coded events between these two sides.</p>')
    months = _months(bars[0].month, bars[-1].month)
    by_month: dict[str, list[DyadBar]] = {}
    for bar in bars:
        by_month.setdefault(bar.month, []).append(bar)
    left, right, top, bottom = 48, 48, 16, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(sum(b.events for b in group) for group in by_month.values())
    step = plot_w / len(months)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="events per month by QuadClass">']
    for tick in _ticks(peak):
        y = top + plot_h - plot_h * tick / peak
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e0e0e0"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{tick}</text>')
    for g in (-10, 0, 10):
        y = top + plot_h * (10 - g) / 20
        out.append(f'<text x="{left + plot_w + 6}" y="{y + 4:.1f}" class="tick">{g:+d}</text>')
    label_every = max(1, len(months) // 12)
    points = []
    for index, month in enumerate(months):
        x = left + index * step
        base = top + plot_h
        group = by_month.get(month, [])
        for bar in group:
            h = plot_h * bar.events / peak
            base -= h
            tip = (f"{month}: {bar.events} {QUAD_CLASSES[bar.quad_class]} events, "
                   f"mean Goldstein {bar.goldstein if bar.goldstein is not None else 'n/a'}")
            out.append(f'<a href="{escape(link(month, bar.quad_class))}" class="bar" data-month="{month}" '
                       f'data-quad="{bar.quad_class}"><rect x="{x + step * 0.1:.1f}" y="{base:.1f}" '
                       f'width="{max(1.0, step * 0.8):.1f}" height="{max(h, 0.5):.1f}" '
                       f'fill="{QUAD_COLOURS[bar.quad_class]}"><title>{escape(tip)}</title></rect></a>')
        scores = [(b.goldstein, b.events) for b in group if b.goldstein is not None]
        if scores:
            mean = sum(g * n for g, n in scores) / sum(n for _, n in scores)
            points.append((x + step / 2, top + plot_h * (10 - mean) / 20, mean, month))
        if index % label_every == 0:
            out.append(f'<text x="{x + step / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                       f'class="tick">{month}</text>')
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="#424242" stroke-width="1.2"/>')
    for x, y, mean, month in points:
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{goldstein_colour(mean)}" stroke="#212121">'
                   f'<title>{month}: mean Goldstein {mean:.2f}</title></circle>')
    legend_x = left
    for quad, name in QUAD_CLASSES.items():
        out.append(f'<rect x="{legend_x}" y="{height - 18}" width="10" height="10" fill="{QUAD_COLOURS[quad]}"/>'
                   f'<text x="{legend_x + 14}" y="{height - 9}" class="tick">{quad} {name}</text>')
        legend_x += 170
    out.append(f'<text x="{legend_x}" y="{height - 9}" class="tick">● mean Goldstein (right axis)</text></svg>')
    return Markup("".join(out))


def _ticks(peak: int) -> list[int]:
    step = max(1, 10 ** int(math.log10(max(peak, 1))))
    while peak / step > 6:
        step *= 2
    return list(range(0, peak + 1, step))


def network_chart(graph: Network, link: Callable[[str, str], str], max_edges: int = 1500,
                  size: int = 900) -> Markup:
    """The actors on a circle, most active at the top going clockwise; an arrowless curved edge per
    directed dyad (bending to its right, so A→B and B→A stay apart), its width the event count (log
    scale), its colour the mean Goldstein."""
    if not graph.edges:
        return Markup('<p class="empty">No events with both sides coded in this period.</p>')
    centre, radius = size / 2, size / 2 - 90
    position = {}
    for index, (code, _) in enumerate(graph.actors):
        angle = 2 * math.pi * index / len(graph.actors) - math.pi / 2
        position[code] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    edges = graph.edges[:max_edges]
    peak = max(e.events for e in edges)
    out = [f'<svg class="chart network" viewBox="0 0 {size} {size}" width="{size}" height="{size}" role="img" '
           f'aria-label="actor network">']
    for edge in reversed(edges):  # the strongest drawn last, on top
        x1, y1, _ = position[edge.source]
        x2, y2, _ = position[edge.target]
        mx, my = (x1 + x2) / 2 + (y2 - y1) * 0.12, (y1 + y2) / 2 - (x2 - x1) * 0.12
        width = 0.6 + 5 * math.log1p(edge.events) / math.log1p(peak)
        tip = f"{edge.source} → {edge.target}: {edge.events} events, mean Goldstein {edge.goldstein}"
        out.append(f'<a href="{escape(link(edge.source, edge.target))}" class="edge" '
                   f'data-source="{escape(edge.source)}" data-target="{escape(edge.target)}">'
                   f'<path d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}" fill="none" '
                   f'stroke="{goldstein_colour(edge.goldstein)}" stroke-width="{width:.2f}" stroke-opacity="0.7">'
                   f'<title>{escape(tip)}</title></path></a>')
    for code, total in graph.actors:
        x, y, angle = position[code]
        lx, ly = centre + (radius + 14) * math.cos(angle), centre + (radius + 14) * math.sin(angle)
        anchor = "start" if math.cos(angle) >= 0 else "end"
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{2 + math.sqrt(total) / 4:.1f}" fill="#37474f">'
                   f'<title>{escape(code)}: {total} events</title></circle>'
                   f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{anchor}" class="node">{escape(code)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def load_outlines() -> list[str]:
    """The country outlines shipped in static/countries.geojson as SVG path data, equirectangular 2 px/°."""
    text = resources.files("eventwire.web").joinpath("static", "countries.geojson").read_text(encoding="utf-8")
    paths = []
    for feature in json.loads(text)["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        paths.append("".join(_ring_path(ring) for polygon in polygons for ring in polygon))
    return paths


def _ring_path(ring: Sequence[Sequence[float]]) -> str:
    """SVG path data of one ring. A ring that crosses the antimeridian (Russia, Fiji) is unwrapped so its
    longitudes run on past ±180°, and drawn a second time one world-width over: the SVG's edge clips both
    copies, and no line crosses the whole map."""
    lons: list[float] = []
    for lon, _ in ring:
        if lons:
            lon += 360 * round((lons[-1] - lon) / 360)
        lons.append(lon)
    copies = [0.0]
    if max(lons) > 180:
        copies.append(-360.0)
    if min(lons) < -180:
        copies.append(360.0)
    return "".join("M" + "L".join(f"{(lon + shift + 180) * 2:.1f},{(90 - lat) * 2:.1f}"
                                  for lon, (_, lat) in zip(lons, ring)) + "Z" for shift in copies)


def map_chart(outlines: Iterable[str], points: Sequence[MapPoint], link: Callable[[MapPoint], str]) -> Markup:
    """Country outlines and one circle per place (area ∝ events, colour = mean Goldstein)."""
    out = ['<svg class="chart map" viewBox="0 0 720 360" width="960" height="480" role="img" '
           'aria-label="map of event places"><rect width="720" height="360" fill="#e3f2fd"/>']
    out.extend(f'<path d="{d}" fill="#f5f5f5" stroke="#90a4ae" stroke-width="0.3"/>' for d in outlines)
    peak = max((p.events for p in points), default=1)
    for point in sorted(points, key=lambda p: -p.events):
        x, y = (point.lon + 180) * 2, (90 - point.lat) * 2
        r = 1.5 + 10 * math.sqrt(point.events / peak)
        tip = f"{point.name} ({point.country or '?'}): {point.events} events, mean Goldstein {point.goldstein}"
        out.append(f'<a href="{escape(link(point))}" class="place"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                   f'fill="{goldstein_colour(point.goldstein)}" fill-opacity="0.75" stroke="#263238" '
                   f'stroke-width="0.3"><title>{escape(tip)}</title></circle></a>')
    out.append("</svg>")
    return Markup("".join(out))


__all__ = ["QUAD_COLOURS", "dyad_chart", "goldstein_colour", "load_outlines", "map_chart", "network_chart"]
