"""Help → Identifying a camera: what to look for on the housing and the label, vendor by vendor.

The FCC Covered List vendors come first, then the makers volunteers meet most. Each page has a
sketch of the vendor's usual housings with where the logo and the label sit, three short texts
(housing, label, shapes and where they hang), the names the vendor also sells under, and its
model-number grammar summarised from the catalogue's data (families, how sure a match makes the
app, real examples, sources), so the guide and the suggestions never disagree.

The texts are ours, written from public material: the vendors' naming guides and datasheets
cited in ``resources/vendors.json``, Dahua's model marking guide, Axis' naming rules, the SHARE
Foundation's #hiljadekamera list of Belgrade's Huawei models, and reports on Flock Safety's
solar-powered licence-plate readers.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from surveyapp.ui.formatting import QT_TRANSLATE_NOOP
from surveyapp.ui.screen import fitted
from surveyapp.vendors import Catalogue, Vendor, load_catalogue
from surveyapp.vendors.identify import confidence_label

CONTEXT = "VendorGuide"
SHAPES = {
    "bullet": QT_TRANSLATE_NOOP("VendorGuide", "Bullet"),
    "turret": QT_TRANSLATE_NOOP("VendorGuide", "Turret"),
    "dome": QT_TRANSLATE_NOOP("VendorGuide", "Dome"),
    "ptz": QT_TRANSLATE_NOOP("VendorGuide", "PTZ dome"),
    "alpr": QT_TRANSLATE_NOOP("VendorGuide", "Plate reader"),
}
LOGO = QColor("#e67e22")
LABEL = QColor("#2874a6")


@dataclass(frozen=True)
class Page:
    """One vendor's page: the catalogue slug, its usual shapes and three texts (untranslated)."""

    slug: str
    shapes: tuple[str, ...]
    housing: str
    label: str
    where: str


PAGES = (
    Page(
        "huawei",
        ("bullet", "ptz", "dome"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The HUAWEI name, sometimes with the red petal logo, on the body or the sunshield. "
            "Huawei's camera line is also sold under the HOLOWITS name.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The label names Huawei Technologies Co., Ltd. and the model. Older cameras are "
            "IPC6000 series (IPC6225-VRZ-ES); newer ones are a series letter C, D, M or X, four "
            "digits and a suffix (M2141-10-EI, D3220-10-SIU, X6921-Z48).",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Safe City networks (Belgrade, Valenciennes) put bullets and PTZ domes on poles at "
            "squares, crossings and main roads. In Belgrade the SHARE Foundation "
            "(#hiljadekamera) found the models IPC6625-Z30 and IPC6225-VRZ-ES; -Z30 marks a "
            "PTZ dome with 30× zoom.",
        ),
    ),
    Page(
        "hikvision",
        ("turret", "bullet", "dome", "ptz"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "HIKVISION in capital letters, usually on the sunshield of a bullet, around the lens "
            "of a turret or on the base of a dome. Rebrands carry their own name instead: EZVIZ "
            "(home cameras), HiLook, HiWatch, LTS and others; the app counts them as Hikvision.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "A white or silver sticker on the base or the back: the HIKVISION logo, Model: DS-… "
            "or iDS-…, the serial number, often a QR code, and Hangzhou Hikvision Digital "
            "Technology Co., Ltd.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "From shops to city networks. The prefix tells the kind: DS-2CD network camera, "
            "DS-2CE analogue (Turbo HD), DS-2DE and DS-2DF PTZ speed domes, DS-2TD thermal, "
            "iDS- DeepinView (analytics), iDS-TCM traffic camera.",
        ),
    ),
    Page(
        "dahua",
        ("bullet", "turret", "dome", "ptz"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The Dahua logo on the sunshield or on the base. Dahua's home cameras say Imou; many "
            "Lorex and Amcrest cameras are Dahua-made but carry their own name.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The model, often with DH- or DHI- in front (DH-IPC-HFW2431S-S-S2), and Zhejiang "
            "Dahua Vision Technology Co., Ltd. (earlier: Zhejiang Dahua Technology).",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The letters after IPC-H give the shape: HFW bullet with infrared, HDW dome with "
            "infrared, HDBW vandal-proof dome with infrared; PFW and PDW are multi-sensor "
            "cameras, SD a PTZ speed dome, ITC a traffic (ANPR) camera, HAC an analogue HDCVI "
            "camera.",
        ),
    ),
    Page(
        "uniview",
        ("turret", "bullet", "dome"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The UNV logo; Uniview's budget line says Uniarch. A Chinese maker, not on the FCC "
            "Covered List.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Zhejiang Uniview Technologies Co., Ltd. and a model such as IPC2122LB-SF28-A: IPC, "
            "four digits, letters, then lens and options.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Not to be confused with Huawei's IPC6000 series: a Uniview number has letters right "
            "after its digits (IPC6322SR-…), a Huawei number a dash (IPC6325-WD-…).",
        ),
    ),
    Page(
        "axis",
        ("dome", "bullet", "ptz"),
        QT_TRANSLATE_NOOP(
            "VendorGuide", "AXIS in capital letters, small, on the front or the side."
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "AXIS and the product name (AXIS P3245-LVE); the serial number is the camera's MAC "
            "address, twelve hexadecimal digits.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "A series letter and four digits: M small, P professional, Q high end, F modular; "
            "suffix letters L infrared, V vandal-resistant, E outdoor. An Axis M20xx-LE is not a "
            "Huawei M2xxx-10-EI.",
        ),
    ),
    Page(
        "hanwha",
        ("dome", "bullet", "turret"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Wisenet or Hanwha on the housing; older units say Samsung (the business was "
            "Samsung Techwin until 2015).",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Models such as XNO-6080R: a series letter (X, Q, P, A, L, T), N for network, then "
            "the shape (O bullet, D dome, V vandal-proof dome, P PTZ) and digits. Samsung-era "
            "models start SNO, SND, SNV, SNP or SNB.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide", "Common in shops, offices and transport; a South Korean maker."
        ),
    ),
    Page(
        "bosch",
        ("dome", "bullet", "ptz"),
        QT_TRANSLATE_NOOP("VendorGuide", "BOSCH in capital letters on the base or the side."),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Bosch Security Systems, a product line name and a type number such as NDE-5503-AL "
            "or NBE-3502-AL.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The product line gives the shape: FLEXIDOME fixed dome, DINION bullet or box "
            "camera, AUTODOME PTZ dome, MIC ruggedised PTZ camera.",
        ),
    ),
    Page(
        "flock",
        ("alpr",),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "A small black camera on its own pole, usually with a solar panel above it, aimed "
            "along the road at the plates of passing cars.",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Rarely readable from the street. The products: Falcon (licence plates), Sparrow "
            "(plates, for neighbourhoods), Condor (video) and Raven (a gunshot detector, not a "
            "camera).",
        ),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Neighbourhood entrances, car parks and main roads. Speed cameras, red-light "
            "cameras and traffic-detection cameras are often mistaken for licence-plate readers.",
        ),
    ),
)
START = (
    (
        QT_TRANSLATE_NOOP("VendorGuide", "What to photograph"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "The whole camera from where you stand, then the logo and, if you can reach it with "
            "the zoom, the label: usually under the base, on the back or inside the mounting "
            "arm. Zoom in rather than climb.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("VendorGuide", "The model number"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Type it into Model as printed; dashes, spaces, case and a lens size in brackets do "
            "not matter. The app then suggests a vendor: strong means the number fits that "
            "vendor's documented naming scheme, likely that it matches only part of it, weak "
            "that other makers use the same pattern. The suggestion is only applied when you "
            "click it.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("VendorGuide", "Vendor confidence"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Choose seen when you read the logo or the label, shape when you judge by the look "
            "alone. Vendor unknown is a valid answer: a gap on the map is better than a wrong "
            "name in a published report.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("VendorGuide", "Rebrands"),
        QT_TRANSLATE_NOOP(
            "VendorGuide",
            "Type the name on the housing into Vendor: pick EZVIZ and the app records the maker "
            "Hikvision with the brand EZVIZ. Rebranded cameras of a Covered List maker are "
            "flagged like their maker.",
        ),
    ),
)


def _family(name: str) -> str:
    """A model family's name (the catalogue's English) in the app's language."""
    return QCoreApplication.translate("families", name)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class HousingSketch(QWidget):
    """Line drawings of camera housings: the vendor's usual shapes in full, the others faded;
    an orange dot where the logo usually is, a blue square where the label is."""

    CELL = 104
    DRAWING = 92

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shapes: tuple[str, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def show_shapes(self, shapes: tuple[str, ...]) -> None:
        """Highlight ``shapes`` (keys of SHAPES); the empty tuple highlights every shape."""
        self.shapes = shapes
        self.update()

    def _cell(self) -> int:
        metrics = self.fontMetrics()
        return max(self.CELL, *(metrics.horizontalAdvance(_tr(t)) + 12 for t in SHAPES.values()))

    def _legend(self) -> tuple[str, str]:
        return self.tr("logo"), self.tr("label")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line = self.fontMetrics().height()
        return QSize(self._cell() * len(SHAPES) + 8, self.DRAWING + 3 * line + 12)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        logo, label = self._legend()
        x = 8.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LOGO)
        painter.drawEllipse(QPointF(x + 5, line / 2 + 2), 5, 5)
        painter.setPen(self.palette().text().color())
        painter.drawText(QPointF(x + 14, line - 2), logo)
        x += 28 + self.fontMetrics().horizontalAdvance(logo)
        painter.fillRect(QRectF(x, line / 2 - 3, 10, 10), LABEL)
        painter.drawText(QPointF(x + 14, line - 2), label)
        cell = self._cell()
        top = line + 8
        for i, (key, caption) in enumerate(SHAPES.items()):
            active = not self.shapes or key in self.shapes
            box = QRectF(4 + i * cell, top, cell, self.DRAWING)
            painter.save()
            painter.setOpacity(1.0 if active else 0.25)
            _draw(painter, key, box)
            painter.restore()
            painter.setOpacity(1.0 if active else 0.45)
            font = painter.font()
            font.setBold(active and bool(self.shapes))
            painter.setFont(font)
            painter.setPen(self.palette().text().color())
            text_box = QRectF(box.left(), box.bottom() + 4, cell, line * 2)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignHCenter, _tr(caption))
            painter.setOpacity(1.0)
        painter.end()


def _draw(painter: QPainter, key: str, box: QRectF) -> None:
    """One housing in ``box``: a wall or ceiling, the camera, its logo dot and label square."""
    pen = QPen(QColor("#34495e"), 2)
    painter.setPen(pen)
    painter.setBrush(QColor("#ecf0f1"))
    cx, cy = box.center().x(), box.center().y()
    if key == "bullet":
        painter.drawLine(QPointF(cx + 30, box.top() + 8), QPointF(cx + 30, box.top() + 40))
        painter.drawLine(QPointF(cx + 30, cy - 8), QPointF(cx + 10, cy - 8))  # arm from the wall
        painter.drawRoundedRect(QRectF(cx - 36, cy - 4, 56, 22), 6, 6)  # body
        painter.drawRect(QRectF(cx - 42, cy - 10, 62, 6))  # sunshield
        painter.drawEllipse(QRectF(cx - 40, cy + 1, 6, 14))  # lens
        logo, label = QPointF(cx - 20, cy - 7), QRectF(cx + 4, cy + 18, 10, 8)
    elif key == "turret":
        painter.drawLine(QPointF(box.left() + 12, cy - 20), QPointF(box.right() - 12, cy - 20))
        painter.drawRect(QRectF(cx - 26, cy - 20, 52, 8))  # base on the ceiling
        painter.drawChord(QRectF(cx - 22, cy - 37, 44, 50), 180 * 16, 180 * 16)  # the ball
        painter.drawEllipse(QRectF(cx - 7, cy - 3, 14, 14))  # lens
        logo, label = QPointF(cx + 14, cy - 6), QRectF(cx - 5, cy - 19, 10, 6)
    elif key == "dome":
        painter.drawLine(QPointF(box.left() + 12, cy - 20), QPointF(box.right() - 12, cy - 20))
        painter.drawRect(QRectF(cx - 30, cy - 20, 60, 12))  # base
        painter.setBrush(QColor(52, 73, 94, 60))
        painter.drawChord(QRectF(cx - 24, cy - 30, 48, 44), 180 * 16, 180 * 16)  # bubble
        logo, label = QPointF(cx + 20, cy - 14), QRectF(cx - 27, cy - 18, 10, 8)
    elif key == "ptz":
        painter.drawLine(QPointF(box.left() + 14, box.top() + 8), QPointF(box.left() + 14, cy))
        painter.drawLine(QPointF(box.left() + 14, cy - 22), QPointF(cx, cy - 22))  # arm
        painter.drawRoundedRect(QRectF(cx - 22, cy - 26, 44, 26), 8, 8)  # housing
        painter.setBrush(QColor(52, 73, 94, 60))
        painter.drawChord(QRectF(cx - 20, cy - 20, 40, 38), 180 * 16, 180 * 16)  # bubble
        logo, label = QPointF(cx + 10, cy - 13), QRectF(cx - 16, cy - 24, 10, 7)
    else:  # a licence-plate reader on its own pole, a solar panel above
        painter.drawLine(QPointF(cx + 18, box.top() + 4), QPointF(cx + 18, box.bottom()))
        panel = QPainterPath()
        panel.moveTo(cx - 14, box.top() + 22)
        panel.lineTo(cx + 34, box.top() + 4)
        panel.lineTo(cx + 40, box.top() + 14)
        panel.lineTo(cx - 8, box.top() + 32)
        panel.closeSubpath()
        painter.setBrush(QColor("#1f3a5f"))
        painter.drawPath(panel)
        painter.setBrush(QColor("#2c3e50"))
        painter.drawRoundedRect(QRectF(cx - 20, cy, 38, 18), 4, 4)  # the camera
        logo, label = QPointF(cx - 2, cy + 5), QRectF(cx + 2, cy + 19, 10, 6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(LOGO)
    painter.drawEllipse(logo, 4, 4)
    painter.fillRect(label, LABEL)


class VendorGuide(QDialog):
    """The guide: a list of vendors (Covered List first) and the chosen vendor's page."""

    def __init__(self, parent: QWidget | None = None, catalogue: Catalogue | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identifying a camera"))
        self.catalogue = catalogue or load_catalogue()
        known = {vendor.slug for vendor in self.catalogue.vendors}
        self.pages = [page for page in PAGES if page.slug in known]
        self.list = QListWidget()
        self.list.setObjectName("GuideVendors")
        start = QListWidgetItem(self.tr("Start here"))
        start.setData(Qt.ItemDataRole.UserRole, "")
        self.list.addItem(start)
        for covered in (True, False):
            header = QListWidgetItem(
                self.tr("FCC Covered List") if covered else self.tr("Other common makers")
            )
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: shown plainly, not chosen
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for page in self.pages:
                vendor = self._vendor(page.slug)
                if vendor.covered == covered:
                    item = QListWidgetItem("  " + vendor.name)
                    item.setData(Qt.ItemDataRole.UserRole, page.slug)
                    self.list.addItem(item)
        self.list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + 28)
        self.sketch = HousingSketch()
        self.text = QTextBrowser()
        self.text.setObjectName("GuidePage")
        self.text.setOpenExternalLinks(True)
        page_column = QVBoxLayout()
        page_column.addWidget(self.sketch)
        page_column.addWidget(self.text, 1)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(page_column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.list.setCurrentRow(0)
        self.resize(fitted(self, self.sketch.sizeHint().width() + self.list.width() + 60, 680))

    def _vendor(self, slug: str) -> Vendor:
        return self.catalogue.by_slug(slug)

    def show_vendor(self, slug: str) -> None:
        """Select a vendor's page ("" for the start page)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == slug:
                self.list.setCurrentRow(row)
                return
        raise KeyError(slug)

    def _show(self, item: QListWidgetItem | None) -> None:
        slug = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if slug is None:
            return
        page = next((p for p in self.pages if p.slug == slug), None)
        if page is None:
            self.sketch.show_shapes(())
            self.text.setHtml(self.start_html())
        else:
            self.sketch.show_shapes(page.shapes)
            self.text.setHtml(self.page_html(page))

    def start_html(self) -> str:
        """The start page: how to photograph, type and record what was seen."""
        title = self.tr("Identifying a camera")
        parts = [_heading(2, title)]
        for heading, text in START:
            parts.append(_heading(3, _tr(heading)) + _paragraph(_tr(text)))
        return "".join(parts)

    def page_html(self, page: Page) -> str:
        """A vendor's page: the texts, its brands, its model grammar from the catalogue."""
        vendor = self._vendor(page.slug)
        parts = [_heading(2, vendor.name)]
        if vendor.covered:
            badge = html.escape(self.tr("FCC Covered List"))
            parts.append(f'<p><span style="{BADGE}">&nbsp;{badge}&nbsp;</span></p>')
        sections = (
            (self.tr("On the housing"), page.housing),
            (self.tr("On the label"), page.label),
            (self.tr("Shapes and places"), page.where),
        )
        for heading, text in sections:
            parts.append(_heading(3, heading) + _paragraph(_tr(text)))
        if vendor.brands:
            names = ", ".join(b.name for b in vendor.brands)
            parts.append(_heading(3, self.tr("Also sold as")) + _paragraph(names))
        if vendor.models:
            parts.append(_heading(3, self.tr("Model numbers the app recognises")))
            columns = (self.tr("Family"), self.tr("Confidence"), self.tr("Examples"))
            rows = [
                (_family(f.family), confidence_label(f.strength), ", ".join(f.examples[:3]))
                for f in vendor.models
            ]
            parts.append(_table(columns, rows))
            sources = list(dict.fromkeys(f.source for f in vendor.models))
            parts.append(_small([self.tr("Sources:"), *sources]))
        return "".join(parts)


BADGE = "background:#c0392b;color:white;font-weight:600"


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _small(lines: list[str]) -> str:
    return "<p><small>" + "<br>".join(html.escape(line) for line in lines) + "</small></p>"


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th align=left>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f'<table cellspacing="0" cellpadding="3" border="1"><tr>{head}</tr>{body}</table>'
