"""`eventwire serve`: the analyst's workbench as a Starlette app.

    app = create_app(store, allow_edits=False)   # an ASGI app; `eventwire serve` runs it with uvicorn

Pages: the event browser (/events), an article's annotated text (/articles/{id}), the dyad chart (/dyad),
the actor network (/network), quote search (/quotes) and the map (/map). The JSON API: GET /api/events and
GET /api/quotes take the `eventwire events` / `eventwire quotes` options as query parameters and return
the same rows in the same order as `--format json`; POST /api/corrections corrects an event.

Safety: the app is read-only unless created with allow_edits (every write answers 403 otherwise); a write
must be a JSON request from the app's own origin; no request value reaches the file system (static files
are read into memory at start and looked up by name) or the text of an SQL statement (values are bound
parameters, sort keys are looked up in a fixed table); every page is rendered with autoescaping and sent
with a Content-Security-Policy that allows only the app's own scripts.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
import threading
import zipfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import EventwireError
from . import queries
from .charts import dyad_chart, load_outlines, map_chart, network_chart
from .templating import environment

if TYPE_CHECKING:
    from ..store import Store

PAGE_SIZE = 50
EXPORTS: Mapping[str, tuple[str, str]] = {  # format -> (media type, file name)
    "csv": ("text/csv; charset=utf-8", "events.csv"),
    "plover": ("application/x-ndjson; charset=utf-8", "events.plover.jsonl"),
    "gdelt": ("text/tab-separated-values; charset=utf-8", "events.gdelt.tsv"),
    "parquet": ("application/zip", "events.parquet.zip"),
}
STATIC_TYPES: Mapping[str, str] = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                                   ".geojson": "application/geo+json", ".txt": "text/plain; charset=utf-8"}
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class BadRequest(Exception):
    """A request parameter that cannot be used: answered 400 with the message."""


def _static_files() -> dict[str, bytes]:
    folder = resources.files("eventwire.web").joinpath("static")
    return {item.name: item.read_bytes() for item in folder.iterdir()
            if item.is_file() and Path(item.name).suffix in STATIC_TYPES}


def _text(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    return value.strip() if value and value.strip() else None


def _number(request: Request, name: str, kind: Callable[[str], Any], default: Any = None,
            low: float | None = None, high: float | None = None) -> Any:
    value = _text(request, name)
    if value is None:
        return default
    try:
        number = kind(value)
    except ValueError:
        raise BadRequest(f"{name} must be a number, not {value!r}") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise BadRequest(f"{name} must be between {low} and {high}")
    return number


def _filter(request: Request) -> queries.EventFilter:
    return queries.EventFilter(
        actor=_text(request, "actor"), recipient=_text(request, "recipient"), type=_text(request, "type"),
        since=_text(request, "since"), until=_text(request, "until"), near=_text(request, "near"),
        km=_number(request, "km", float, 50.0, 0), quad_class=_number(request, "quad_class", int, None, 1, 4),
        reported_by=_text(request, "reported_by"), month=_text(request, "month"), source=_text(request, "source"),
        target=_text(request, "target"), exact=_text(request, "exact") == "1")


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def as_records(rows: Iterator[Any] | list[Any]) -> list[dict[str, Any]]:
    """Rows as the CLI's --format json writes them: every field, dates as ISO strings."""
    return [{k: _plain(v) for k, v in dataclasses.asdict(row).items()} for row in rows]


class _Headers(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response


def create_app(store: "Store", allow_edits: bool = False) -> Starlette:
    """The app over an open store. The store is used under a lock: one request at a time reads it."""
    lock = threading.Lock()
    templates = environment()
    static = _static_files()
    outlines = load_outlines()

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        body = templates.get_template(name).render(request=request, allow_edits=allow_edits, **context)
        return HTMLResponse(body, status_code=status)

    def guarded(handler: Callable[[Request], Response]) -> Callable[[Request], Any]:
        """Runs a handler under the store lock; bad parameters and store errors become 400 pages."""
        def run(request: Request) -> Response:
            try:
                with lock:
                    return handler(request)
            except (BadRequest, EventwireError, ValueError) as error:
                message = str(error)
                if request.url.path.startswith("/api/"):
                    return JSONResponse({"error": message}, status_code=400)
                return page(request, "error.html", status=400, message=message)
        return run

    def home(request: Request) -> Response:
        return RedirectResponse("/events", status_code=302)

    def static_file(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in static:  # a lookup in memory: the name never reaches the file system
            return Response("not found", status_code=404, media_type="text/plain")
        return Response(static[name], media_type=STATIC_TYPES[Path(name).suffix])

    def events_page(request: Request) -> Response:
        where = _filter(request)
        sort = _text(request, "sort") or "date"
        descending = _text(request, "order") == "desc"
        number = _number(request, "page", int, 1, 1)
        result = queries.event_page(store, where, sort, descending, number, PAGE_SIZE)
        keep = where.query()
        return page(request, "events.html", result=result, filter=where, keep=keep, sort=sort,
                    descending=descending, sorts=list(queries.SORTS), quads=queries.QUAD_CLASSES,
                    query=lambda **extra: urlencode({**keep, "sort": sort, "order": "desc" if descending else "asc",
                                                     **{k: v for k, v in extra.items()}}),
                    exports=list(EXPORTS))

    def export_events(request: Request) -> Response:
        fmt = _text(request, "format") or "csv"
        if fmt not in EXPORTS:
            raise BadRequest(f"unknown export format {fmt!r}; use one of {', '.join(EXPORTS)}")
        where = _filter(request)
        media, filename = EXPORTS[fmt]
        if fmt == "csv":
            body = _csv(queries.all_rows(store, where))
        else:
            body = _export(store, where, fmt)
        return Response(body, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})

    def api_events(request: Request) -> Response:
        # The `eventwire events` options, by the same names; the rows and order of --format json.
        limit = _number(request, "limit", int, None, 0)
        rows = store.events(actor=_text(request, "actor"), recipient=_text(request, "recipient"),
                            type=_text(request, "type"), since=_text(request, "since"),
                            until=_text(request, "until"), near=_text(request, "near"),
                            km=_number(request, "km", float, 50.0, 0), limit=limit or None)
        return JSONResponse(as_records(rows))

    def api_quotes(request: Request) -> Response:
        limit = _number(request, "limit", int, None, 0)
        rows = store.quotes(speaker=_text(request, "speaker"), text=_text(request, "text"), limit=limit or None)
        return JSONResponse(as_records(rows))

    def article_page(request: Request) -> Response:
        from ..render import KINDS, annotated_html, article_view, records_json

        article_id = request.path_params["article_id"]
        try:
            view = article_view(store, article_id)
        except EventwireError as error:
            return page(request, "error.html", status=404, message=str(error))
        return page(request, "article.html", view=view, text=annotated_html(view), records=records_json(view),
                    kinds=KINDS)

    def dyad_page(request: Request) -> Response:
        actor, recipient = _text(request, "actor"), _text(request, "recipient")
        since, until = _text(request, "since"), _text(request, "until")
        chart = None
        if actor and recipient:
            where = queries.dyad_filter(actor, recipient, since, until)

            def link(month: str, quad: int) -> str:
                return "/events?" + urlencode({**where.query(), "month": month, "quad_class": quad})
            chart = dyad_chart(queries.dyad(store, where), link)
        return page(request, "dyad.html", actor=actor, recipient=recipient, since=since, until=until, chart=chart)

    def network_page(request: Request) -> Response:
        top = _number(request, "top", int, 100, 2, 300)
        since, until, kind = _text(request, "since"), _text(request, "until"), _text(request, "type")
        graph = queries.network(store, top, since, until, kind)

        def link(source: str, target: str) -> str:
            edge = queries.EventFilter(source=source, target=target, exact=True, since=since, until=until, type=kind)
            return "/events?" + urlencode(edge.query())
        return page(request, "network.html", chart=network_chart(graph, link), graph=graph, top=top, since=since,
                    until=until, type=kind)

    def quotes_page(request: Request) -> Response:
        speaker, text = _text(request, "speaker"), _text(request, "text")
        rows = store.quotes(speaker=speaker, text=text, limit=200) if speaker or text else store.quotes(limit=50)
        return page(request, "quotes.html", rows=rows, speaker=speaker, text=text)

    def map_page(request: Request) -> Response:
        where = _filter(request)
        points = queries.map_points(store, where)

        def link(point: queries.MapPoint) -> str:
            return "/events?" + urlencode({**where.query(), "near": f"{point.lat},{point.lon}", "km": 25})
        return page(request, "map.html", chart=map_chart(outlines, points, link), filter=where, points=points)

    def history(request: Request) -> Response:
        from ..corrections import history as event_history

        article_id, event_id = _text(request, "article_id"), _text(request, "event_id")
        if not article_id or not event_id:
            raise BadRequest("give article_id and event_id")
        return JSONResponse([c.as_json() for c in event_history(store, article_id, event_id)])

    async def post_correction(request: Request) -> Response:
        if not allow_edits:
            return JSONResponse({"error": "this server is read-only; start it with --allow-edits to correct"},
                                status_code=403)
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
            return JSONResponse({"error": "cross-origin writes are refused"}, status_code=403)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return JSONResponse({"error": "send the correction as application/json"}, status_code=415)
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"error": "the body must be a JSON object"}, status_code=400)
        return await _run_sync(lambda: _correct(body))

    def _correct(body: Mapping[str, Any]) -> Response:
        from ..corrections import correct, parse_event_ref

        try:
            ref = body.get("event")
            if isinstance(ref, str) and not body.get("article_id"):
                article_id, event_id = parse_event_ref(ref)
            else:
                article_id, event_id = str(body.get("article_id") or ""), str(body.get("event_id") or ref or "")
            changes = {k: body.get(k) for k in ("type", "cameo", "source", "target")}
            if any(v is not None and not isinstance(v, str) for v in changes.values()):
                raise BadRequest("type, cameo, source and target are strings")
            wrong = body.get("wrong")
            if wrong is not None and not isinstance(wrong, bool):
                raise BadRequest("wrong is true or false")
            with lock:
                made = correct(store, article_id, event_id, **{k: (v or None) if k in ("type", "cameo") else v
                                                               for k, v in changes.items()},
                               wrong=wrong, user=str(body.get("user") or "") or None,
                               why=str(body.get("why") or "") or None)
        except (BadRequest, EventwireError) as error:
            return JSONResponse({"error": str(error)}, status_code=400)
        return JSONResponse(made.as_json(), status_code=201)

    async def elsewhere(request: Request) -> Response:
        if request.method in ("GET", "HEAD"):
            return Response("not found", status_code=404, media_type="text/plain")
        # Any other write, anywhere: 403 on a read-only server.
        return JSONResponse({"error": "this server is read-only" if not allow_edits else "not found"},
                            status_code=403 if not allow_edits else 404)

    routes = [
        Route("/", home),
        Route("/static/{name}", static_file),
        Route("/events", guarded(events_page)),
        Route("/events/export", guarded(export_events)),
        Route("/articles/{article_id:path}", guarded(article_page)),
        Route("/dyad", guarded(dyad_page)),
        Route("/network", guarded(network_page)),
        Route("/quotes", guarded(quotes_page)),
        Route("/map", guarded(map_page)),
        Route("/api/events", guarded(api_events)),
        Route("/api/quotes", guarded(api_quotes)),
        Route("/api/corrections", guarded(history), methods=["GET"]),
        Route("/api/corrections", post_correction, methods=["POST"]),
        Route("/{path:path}", elsewhere, methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]),
    ]
    return Starlette(routes=routes, middleware=[Middleware(_Headers)])


async def _run_sync(work: Callable[[], Response]) -> Response:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(work)


def _csv(rows: list[Any]) -> str:
    """The rows as `eventwire events --format csv` writes them."""
    out = io.StringIO()
    names = [f.name for f in dataclasses.fields(rows[0])] if rows else []
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else _plain(v) for k, v in r.items()}
                     for r in (dataclasses.asdict(row) for row in rows))
    return out.getvalue()


def _export(store: "Store", where: queries.EventFilter, fmt: str) -> bytes:
    """The filtered events through the store's own exporters (formats/exports.py)."""
    from ..formats.exports import export
    from .filtered import filtered_store

    with filtered_store(store, queries.matching_rowids(store, where)) as subset:
        if fmt == "parquet":
            with tempfile.TemporaryDirectory(prefix="eventwire-export-") as folder:
                export(subset, "parquet", Path(folder) / "tables")
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                    for file in sorted((Path(folder) / "tables").iterdir()):
                        archive.write(file, f"tables/{file.name}")
                return buffer.getvalue()
        out = io.StringIO()
        export(subset, fmt, out)
        return out.getvalue().encode("utf-8")


__all__ = ["CSP", "EXPORTS", "as_records", "create_app"]
