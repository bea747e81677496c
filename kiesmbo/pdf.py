"""HTML to PDF with WeasyPrint (imported on first use: it is slow to import)."""

from __future__ import annotations

from pathlib import Path


def render_pdf(html: str, *, stylesheet: Path) -> bytes:
    """Render an HTML document to PDF bytes with one stylesheet; no network access."""
    from weasyprint import CSS, HTML

    def no_fetching(url: str) -> dict:
        # Everything the summary needs is in the HTML; never fetch anything.
        raise ValueError(f"external resource not allowed: {url}")

    return HTML(string=html, url_fetcher=no_fetching).write_pdf(
        stylesheets=[CSS(filename=str(stylesheet))])
