"""Write PDFs as report writers do: text set line by line on A4 pages (a text layer), or only pictures (a scan)."""
from __future__ import annotations

from pathlib import Path

FONT = "STSong-Light"   # a CID font every PDF reader knows (Adobe-GB1); nothing to embed
SIZE = 12
MARGIN = 72


def text_pdf(paragraphs: list[str], path: Path, *, running_header: str | None = None) -> Path:
    """Write ``paragraphs`` set as a Chinese office sets them: first line indented two characters, wrapped at the margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    page = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - MARGIN
    number = 1
    block = width - 2 * MARGIN
    for paragraph in paragraphs:
        lines, line, indent = [], "", 2
        for char in paragraph:   # wrap by width, as a typesetter does, never inside a number or word
            if pdfmetrics.stringWidth(line + char, FONT, SIZE) + indent * SIZE > block:
                cut = len(line)
                if char.isascii() and char.isalnum():
                    while cut > 0 and line[cut - 1].isascii() and line[cut - 1].isalnum():
                        cut -= 1
                    cut = cut or len(line)
                lines.append((indent, line[:cut]))
                line, indent = line[cut:], 0
            line += char
        lines.append((indent, line))
        for indent, line in lines:
            if y < MARGIN:
                page.setFont(FONT, 9)
                page.drawCentredString(width / 2, MARGIN / 2, f"- {number} -")
                page.showPage()
                number += 1
                y = height - MARGIN
            if running_header and y == height - MARGIN:
                page.setFont(FONT, 9)
                page.drawCentredString(width / 2, height - MARGIN / 2, running_header)
            page.setFont(FONT, SIZE)
            page.drawString(MARGIN + indent * SIZE, y, line)
            y -= SIZE * 1.6
    page.save()
    return path


def scanned_pdf(path: Path, pages: int = 2) -> Path:
    """Write a PDF whose pages carry only drawn shapes, as a scanner's pages carry only pictures."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        for row in range(40):
            page.rect(72, 100 + row * 16, 400 - (row % 5) * 30, 8, fill=1, stroke=0)
        page.showPage()
    page.save()
    return path
