"""HTML to PDF with WeasyPrint (imported on first use: it is slow to import).

WeasyPrint fetches every resource a document refers to (stylesheets, images, fonts) through
its url_fetcher. Ours serves only files inside our own static folder and data: URLs, so a
summary can never make the server fetch anything from the network or read other files.
"""

from __future__ import annotations

import functools
import mimetypes
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcherResponse

STATIC_PREFIX = "/static/"
# asset_url() names: css/site.<12 hex>.css is served from css/site.css.
_HASHED_NAME = re.compile(r"^(?P<stem>.+)\.[0-9a-f]{12}(?P<suffix>\.[A-Za-z0-9]+)$")


@functools.cache
def _static_fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticFileFetcher(URLFetcher):
        """A WeasyPrint URLFetcher for file: URLs inside one folder and data: URLs only.

        Site-absolute links such as /static/css/site.<hash>.css resolve (against the
        file: base URL) to file:///static/...; they are mapped into the folder, hashed names
        to the real file. Anything else raises ValueError, which WeasyPrint logs and skips.
        """

        def __init__(self, root: Path) -> None:
            super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False,
                             fail_on_errors=False)
            self.root = root.resolve()

        def _local_path(self, url: str) -> Path | None:
            raw = unquote(urlsplit(url).path)
            candidates = [Path(raw)]
            if raw.startswith(STATIC_PREFIX):
                candidates.append(self.root / raw.removeprefix(STATIC_PREFIX))
            for candidate in candidates:
                path = candidate.resolve()
                if not path.is_relative_to(self.root):
                    continue
                if not path.is_file() and (match := _HASHED_NAME.match(path.name)):
                    path = path.with_name(match["stem"] + match["suffix"])
                if path.is_file():
                    return path
            return None

        def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            path = self._local_path(url) if scheme == "file" else None
            if path is None:
                raise ValueError(f"only our own static files may be used: {url[:200]}")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    return StaticFileFetcher


def render_pdf(html: str, *, stylesheet: Path, static_root: Path) -> bytes:
    """Render an HTML document to PDF bytes with one stylesheet.

    Relative URLs in the HTML resolve against `static_root`; only files inside it (and
    data: URLs) are ever read, never the network.
    """
    from weasyprint import CSS, HTML
    from weasyprint.urls import path2url

    fetcher = _static_fetcher_class()(static_root)
    base_url = path2url(str(static_root.resolve()) + "/")
    return HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(
        stylesheets=[CSS(filename=str(stylesheet), url_fetcher=fetcher)])
