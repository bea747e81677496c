"""QR codes for links to saved results, as standalone SVG (for the browser and the PDF)."""

from __future__ import annotations

import base64
import io

import segno

# Error correction "m" survives a crease or a smudge on a printed summary.
_ERROR = "m"


def qr_svg(url: str, *, scale: int = 4) -> str:
    """A standalone SVG document (with the SVG namespace, so browsers show it as an image)."""
    buffer = io.BytesIO()
    segno.make(url, error=_ERROR).save(buffer, kind="svg", xmldecl=False, svgns=True,
                                       scale=scale, dark="#000", light="#fff", nl=False)
    return buffer.getvalue().decode("ascii")


def qr_data_url(url: str, *, scale: int = 4) -> str:
    """The same SVG as a data: URL (the PDF renderer only reads data: URLs and our files)."""
    encoded = base64.b64encode(qr_svg(url, scale=scale).encode("ascii")).decode("ascii")
    return f"data:image/svg+xml;base64,{encoded}"
