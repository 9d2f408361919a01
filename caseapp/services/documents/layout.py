"""Shared layout of the documents (reportlab): fonts, styles, the letterhead block, tables, the QR code, the
signature, and the frame of a document (page, margins, metadata, the footer with the page number).

Fonts: DejaVu Sans in every face, embedded and subset (reportlab's standard fonts draw Cyrillic as black boxes
without an error). User text is escaped before it goes into Paragraph markup: ``<img src=...>`` typed by a
citizen would otherwise make reportlab read a local file.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from collections.abc import Iterable
from xml.sax.saxutils import escape

from caseapp.services.documents.data import DocumentData
from caseapp.services.documents.wording import t, written_date
import resources

if TYPE_CHECKING:
    from reportlab.platypus import Table

FONT = "DejaVuSans"
MM = 2.8346                      # points per millimetre

_fonts_ready = False


def register_fonts() -> None:
    """DejaVu Sans in all four faces, as one family (bold/italic markup finds its face)."""
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
             f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf", f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", file))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, f"{FONT}-Bold"), (0, 1, f"{FONT}-Oblique"),
                               (1, 1, f"{FONT}-BoldOblique")):
        addMapping(FONT, bold, italic, name)
    _fonts_ready = True


def markup(text: str | None) -> str:
    """User text for Paragraph markup: escaped (``<img>``, ``&``, unclosed tags print literally), line breaks kept."""
    return escape(text or "").replace("\r\n", "\n").replace("\n", "<br/>")


class Styles:
    def __init__(self, base: float) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.body = ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.35)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=base * 0.8, leading=base * 1.05)
        self.label = ParagraphStyle("label", parent=self.small, textColor="#444444")
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=f"{FONT}-Bold")
        self.title = ParagraphStyle("title", parent=self.body, fontName=f"{FONT}-Bold", fontSize=base * 1.3,
                                    leading=base * 1.7, spaceBefore=base * 0.6, spaceAfter=base * 0.6,
                                    alignment=1)
        self.heading = ParagraphStyle("heading", parent=self.bold, fontSize=base * 1.1, leading=base * 1.5,
                                      spaceBefore=base * 0.8, spaceAfter=base * 0.3)
        self.number = ParagraphStyle("number", parent=self.bold, fontSize=base * 1.6, leading=base * 2.0,
                                     alignment=1)
        self.right = ParagraphStyle("right", parent=self.body, alignment=2)


_Styles = Styles                 # the name the benchmark knows


def qr(text: str, size: float):
    """The QR code as a flowable drawn straight on the page (the graphics widget builds a shape per module and
    took two thirds of a receipt's time)."""
    from reportlab.graphics.barcode.qr import QrCode

    return QrCode(text, width=size, height=size, qrLevel="M")


def table(rows: list, widths: list, *commands) -> Table:
    """A table whose cells default to DejaVu (a plain-text cell would otherwise pull in unembedded Helvetica)."""
    from reportlab.platypus import Table, TableStyle

    result = Table(rows, colWidths=widths)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))
    return result


def letterhead_block(data: DocumentData, st: Styles, width: float) -> list:
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, Paragraph

    head = data.letterhead
    text = [Paragraph(markup(head.name), st.title)]
    contact = " · ".join(part for part in (head.address, head.phone) if part)
    if contact:
        text.append(Paragraph(markup(contact), st.small))
    if not head.logo_png:
        return text
    reader = ImageReader(io.BytesIO(head.logo_png))
    w, h = reader.getSize()
    logo_h = 18 * MM
    logo = Image(io.BytesIO(head.logo_png), width=logo_h * w / h, height=logo_h)
    return [table([[logo, text]], [logo_h * w / h + 8, width - logo_h * w / h - 8],
                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"))]


def fields(rows: Iterable[tuple[str, str]], st: Styles, width: float, label_share: float = 0.36):
    """Label and value, one pair a row."""
    from reportlab.platypus import Paragraph

    return table([[Paragraph(markup(label), st.label), Paragraph(markup(value), st.body)] for label, value in rows],
                 [width * label_share, width * (1 - label_share)],
                 ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1))


def paragraphs(text: str | None, style) -> list:
    """Long user text as separate paragraphs (blank lines): each can break across pages."""
    from reportlab.platypus import Paragraph

    blocks = [block for block in (text or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    return [Paragraph(markup(block), style) for block in blocks]


def signature(data: DocumentData, st: Styles, width: float) -> list:
    from reportlab.platypus import Paragraph, Spacer

    head = data.letterhead
    block = table([[Paragraph(markup(head.signatory_title), st.body), Paragraph("_______________", st.body),
                    Paragraph(markup(head.signatory_name), st.body)],
                   ["", Paragraph(t(data.language, "signature"), st.small), ""]],
                  [width * 0.45, width * 0.25, width * 0.30], ("VALIGN", (0, 0), (-1, -1), "BOTTOM"))
    return [Spacer(1, 28), block]


def qr_block(data: DocumentData, st: Styles, size: float):
    """The QR code with the verification code printed beside it."""
    from reportlab.platypus import Paragraph

    where = f"<br/>{escape(data.public_url)}/d/" if data.public_url else "<br/>"
    caption = Paragraph(f"{t(data.language, 'verify')}:{where}{escape(data.token)}", st.small)
    block = table([[qr(data.qr_text, size), caption]], [size + 6, None], ("VALIGN", (0, 0), (-1, -1), "MIDDLE"))
    block.hAlign = "LEFT"
    return block


# --- the parts every letter has (response letter, extension notice, transfer cover letter) --------------------------

def letter_opening(data: DocumentData, st: Styles, width: float) -> list:
    """The letterhead, then our reference number and the date, top right."""
    from reportlab.platypus import Spacer

    lang = data.language
    reference = fields([(t(lang, "our_number"), data.letter_number),
                        (t(lang, "date"), written_date(data.issued_on, lang))], st, width * 0.6, 0.3)
    reference.hAlign = "RIGHT"
    return [*letterhead_block(data, st, width), Spacer(1, 8), reference, Spacer(1, 10)]


def addressee(data: DocumentData, st: Styles) -> list:
    """The citizen written to: name (register number), address, phone."""
    from reportlab.platypus import Paragraph

    return [Paragraph(markup(data.applicant_line), st.bold),
            *(Paragraph(markup(line), st.body) for line in (data.citizen_address, data.citizen_phone) if line)]


def letter_closing(data: DocumentData, st: Styles, width: float) -> list:
    """The signature, then the QR code."""
    from reportlab.platypus import Spacer

    return [*signature(data, st, width), Spacer(1, 10), qr_block(data, st, 22 * MM)]


# --- the frame -------------------------------------------------------------------------------------------------

def document_frame(buffer, pagesize, margin: float, title: str, number: str, language: str):
    """(document template, footer) of one PDF: the page, its margins, its metadata (reportlab's invariant mode:
    the same story gives the same bytes), the footer with the number and the page."""
    from reportlab.platypus import SimpleDocTemplate

    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 10, title=title, author="caseapp", creator="caseapp",
                            subject=number, invariant=1, initialFontName=FONT, initialFontSize=9)

    def footer(canvas, document) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawRightString(pagesize[0] - margin, margin * 0.5,
                               t(language, "page", number=number, page=document.page))
        canvas.restoreState()
    return doc, footer
