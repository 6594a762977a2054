"""The Jinja2 environment of the web pages and of `show --html`: templates inside the package, autoescaped."""
from __future__ import annotations

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


def environment() -> Environment:
    """Every {{ value }} is HTML-escaped unless it is Markup built by an escaping function."""
    return Environment(loader=PackageLoader("eventwire.web", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
