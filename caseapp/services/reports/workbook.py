"""Workbook helpers of the reports (openpyxl, docs/architecture.md §9): the write-only workbook, styles, safe string
cells, the sheet with its title block, charts, and writing the file under a temporary name that is renamed
into place only when complete (a cancel or an error leaves no file behind and never a half-written target).

Every user-typed string is written as a string cell (a subject typed ``=1+1`` or ``#N/A`` stays text: openpyxl
would store the first as a formula and the second as an error value).
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from collections.abc import Iterable, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from caseapp.errors import StorageError
from caseapp.services import files
from caseapp.services.reports.common import Context

MAX_CELL_TEXT = 32_767                      # Excel's limit of one cell

TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="555555")
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "0.0"


def clean(value: str) -> str:
    """Text a cell can hold: no XML-illegal control characters, not longer than Excel allows."""
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value if len(value) <= MAX_CELL_TEXT else value[:MAX_CELL_TEXT - 1] + "…"


def string_cell(ws, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    cell.value = value
    cell.data_type = "s"          # never a formula or an error value, whatever the text looks like
    return cell


def text(ws, value):
    """A user-typed string as a string cell. Plain text goes as it is (openpyxl makes it a string cell); only
    text openpyxl would take for a formula ("=...") or an error value ("#N/A") gets an explicit string cell."""
    if value is None or value == "":
        return None
    value = clean(value)
    if value[0] == "=" or (value[0] == "#" and value in ERROR_CODES):
        return string_cell(ws, value)
    return value


def styled(ws, value, *, font: Font | None = None, number_format: str | None = None,
            fill: PatternFill | None = None, alignment: Alignment | None = None) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = string_cell(ws, clean(value))
    else:
        cell = WriteOnlyCell(ws, value)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    if fill is not None:
        cell.fill = fill
    if alignment is not None:
        cell.alignment = alignment
    return cell



# --- sheets ---------------------------------------------------------------------------------------------

BOLD_CHAR_WIDTH = 1.2           # a bold header letter, in the column-width unit (one "0" of the body font)


def header_width(header: str) -> float:
    """The narrowest column whose wrapped header breaks between words, never inside one ("Шийдвэрлэсэн")."""
    return round(max((len(word) for word in header.split()), default=0) * BOLD_CHAR_WIDTH + 2, 1)


def text_width(longest: int) -> float:
    """A column that shows ``longest`` characters of body text whole."""
    return longest + 2

class Sheet:
    """One write-only sheet: title block, optional notes, a header row, data rows (counted), a total row.

    Everything that must come before the first row (widths, frozen panes, fit-to-page) is set when the sheet is
    made; the autofilter and page setup are written at the end of the sheet."""

    def __init__(self, ctx: Context, wb: Workbook, title: str, sheet_name: str, columns: list[tuple[str, float]],
                 *, notes: Iterable[str] = (), period: bool = True, as_of: bool = False) -> None:
        self.ctx = ctx
        w = ctx.w
        self.ws = ws = wb.create_sheet(sheet_name[:31])
        ctx.sheets.append(ws.title)
        block: list[tuple[str, str]] = [(w("block.office"), ctx.office_name)]
        if period:
            block.append((w("block.period"), f"{w.long_date(ctx.date_from)} – {w.long_date(ctx.date_to)}"))
        if as_of:
            block.append((w("block.as_of"), w("block.as_of_today", date=w.long_date(ctx.today))))
        block.append((w("block.generated_at"), f"{w.long_date(ctx.now.date())} {ctx.now:%H:%M}"))
        block.append((w("block.generated_by"), f"{ctx.actor.full_name} ({ctx.actor.username})"))
        notes = list(notes)
        self.header_row = 1 + len(block) + (len(notes) + 1 if notes else 0) + 2
        self.columns = columns = [(header, max(width, header_width(header))) for header, width in columns]
        for index, (_, width) in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = f"A{self.header_row + 1}"
        ws.row_dimensions[self.header_row].height = 45
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"            # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        ws.HeaderFooter.oddFooter.center.text = "&P / &N"
        ws.HeaderFooter.oddFooter.left.text = title.replace("&", "&&")[:200]
        self.row = 0
        self._append([styled(ws, title, font=TITLE_FONT)])
        for label, value in block:
            self._append([styled(ws, label, font=BOLD), styled(ws, value)])
        if notes:
            self._append([])
            for note in notes:
                self._append([styled(ws, note, font=NOTE_FONT)])
        self._append([])
        self._append([styled(ws, name, font=BOLD, fill=HEADER_FILL, alignment=HEADER_ALIGNMENT)
                      for name, _ in columns])
        assert self.row == self.header_row
        self.first_data_row = self.header_row + 1

    def _append(self, values) -> None:
        self.ws.append(values)
        self.row += 1

    def add(self, values) -> None:
        """A data row."""
        self.ws.append(values)
        self.row += 1
        self.ctx.rows += 1

    def add_total(self, values) -> None:
        self._append([styled(self.ws, v, font=BOLD) if isinstance(v, str) else v for v in values])

    @property
    def last_data_row(self) -> int:
        return self.row

    def finish(self, last_data_row: int | None = None) -> None:
        last = max(last_data_row or self.row, self.header_row)
        self.ws.auto_filter.ref = f"A{self.header_row}:{get_column_letter(len(self.columns))}{last}"


def percent(ws, value: float | None):
    return None if value is None else styled(ws, value, number_format=PERCENT_FORMAT)


def decimal(ws, value: float | None):
    return None if value is None else styled(ws, round(value, 2), number_format=DECIMAL_FORMAT)


def datetime_cell(ws, value: datetime | None):
    return None if value is None else styled(ws, value, number_format=DATETIME_FORMAT)



def bar_chart(sheet: Sheet, title: str, first_col: int, last_col: int, category_col: int, last_row: int,
              *, horizontal: bool, stacked: bool, anchor_row: int) -> None:
    rows = last_row - sheet.header_row
    if rows <= 0:
        return
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    chart.title = title
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    data = Reference(sheet.ws, min_col=first_col, max_col=last_col, min_row=sheet.header_row, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=category_col, min_row=sheet.header_row + 1, max_row=last_row))
    chart.width = 26
    chart.height = max(8.0, 0.7 * rows + 3) if horizontal else 10
    if horizontal:
        chart.x_axis.scaling.orientation = "maxMin"        # the first row at the top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    sheet.ws.add_chart(chart, f"A{anchor_row}")



# --- the workbook and its file --------------------------------------------------------------------------

def new_workbook() -> Workbook:
    """A write-only workbook (constant memory: rows stream to a temporary file) with real Excel dates."""
    wb = Workbook(write_only=True)
    wb.iso_dates = False
    return wb


def discard(wb: Workbook) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        try:
            if rows is not None:
                rows.close()            # ends the row stream while its file is still open
        except Exception:  # noqa: BLE001 - best effort: the stream may already be broken
            pass
        try:
            writer.close()
        except Exception:  # noqa: BLE001 - best effort: the stream may already be broken
            pass
        try:
            writer.cleanup()
        except (OSError, ValueError):
            pass



def write_error(exc: OSError, target: Path) -> StorageError:
    return StorageError("report.error.write", reason=str(exc.strerror or exc), path=str(target))


@contextmanager
def atomic_target(wb: Workbook, target: Path) -> Iterator[Path]:
    """A temporary file next to ``target`` to save ``wb`` into, made whole (``files.staged_path``: flushed,
    0600, renamed) when the block ends without an error. On any failure (cancel included) the workbook's own
    temporary files and the temporary file are removed, ``target`` is untouched, and a file error is the
    report's own message."""
    try:
        with files.staged_path(target) as temp:
            yield temp
    except BaseException as exc:
        discard(wb)
        cause = exc.__cause__ if isinstance(exc, StorageError) else exc
        if isinstance(cause, OSError):
            raise write_error(cause, target) from cause
        raise
