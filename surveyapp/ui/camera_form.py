"""Every OSM field of one camera as a proper widget; each finished edit is ``edited({key: text})``.

Combo boxes carry the vocabulary plus "unknown"; the direction has a dial prefilled from the
photos' GPS bearing; the vendor picker searches names and rebrands; a typed model number
suggests a vendor. A value the user is still typing is never overwritten by a refresh.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDial,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from surveyapp.cameras.details import CameraDetails
from surveyapp.cameras.fields import FIELDS
from surveyapp.cameras.listing import direction_span
from surveyapp.ui.formatting import QT_TRANSLATE_NOOP
from surveyapp.vendors import describe, identify, load_catalogue

CHOICE_LABELS = {
    "surveillance": QT_TRANSLATE_NOOP("CameraForm", "Surveillance"),
    "surveillance:type": QT_TRANSLATE_NOOP("CameraForm", "Kind"),
    "surveillance:zone": QT_TRANSLATE_NOOP("CameraForm", "Zone"),
    "camera:type": QT_TRANSLATE_NOOP("CameraForm", "Camera type"),
    "camera:mount": QT_TRANSLATE_NOOP("CameraForm", "Mount"),
    "vendor_confidence": QT_TRANSLATE_NOOP("CameraForm", "Vendor confidence"),
    "status": QT_TRANSLATE_NOOP("CameraForm", "Status"),
}
TEXT_LABELS = {
    "height": QT_TRANSLATE_NOOP("CameraForm", "Height (m)"),
    "operator": QT_TRANSLATE_NOOP("CameraForm", "Operator"),
    "brand": QT_TRANSLATE_NOOP("CameraForm", "Brand on housing"),
    "model": QT_TRANSLATE_NOOP("CameraForm", "Model"),
    "check_date": QT_TRANSLATE_NOOP("CameraForm", "Check date"),
}
# The other fields she types in, by the key ``edited`` gives them.
TYPED_LABELS = {
    "vendor": QT_TRANSLATE_NOOP("CameraForm", "Vendor"),
    "camera:direction": QT_TRANSLATE_NOOP("CameraForm", "Direction"),
    "notes": QT_TRANSLATE_NOOP("CameraForm", "Notes"),
}
NO_UNKNOWN = {"status", "vendor_confidence"}  # always have a value ("unknown" is a choice)
COVERED_STYLE = "background:#c0392b;color:white;border-radius:4px;padding:2px 8px;font-weight:600"
CLEAR_STYLE = "background:#e3e7eb;color:#333;border-radius:4px;padding:2px 8px"


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height its text takes at its width.

    In a form inside a scroll area Qt sizes a wrapped label once, from a guessed width; a text
    that grows later would be cut off at the bottom.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class ElidedButton(QPushButton):
    """A push button that shortens its text with "…" to the width its column gives it: a long
    text (a brand and its maker) never widens the column, nor the side panel beside the map.
    The whole text is the first line of its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str, details: str = "") -> None:
        """Show ``text``, shortened where the button is narrower; ``details`` under it on hover."""
        self._full = text
        self.setToolTip("\n".join(line for line in (text, details) if line))
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name): the whole text, where there is room
        hint = super().sizeHint()
        width = self._chrome() + self.fontMetrics().horizontalAdvance(self._full)
        return QSize(max(hint.width(), width), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._chrome() + 6 * self.fontMetrics().averageCharWidth(), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _chrome(self) -> int:
        """The button's width around its text (frame and margins, as the style draws them)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        contents = QStyle.ContentsType.CT_PushButton
        return self.style().sizeFromContents(contents, option, QSize(0, 0), self).width()

    def _elide(self) -> None:
        room = self.width() - self._chrome() - 2
        elided = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if elided != self.text():
            self.setText(elided)


def _compact(combo: QComboBox) -> None:
    """Let a combo box be narrower than its longest item (the panel is a side column)."""
    combo.setMinimumContentsLength(8)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)


class CompassDial(QDial):
    """The direction's dial; ``unset`` (no direction known) draws its notches and an empty
    ring, no knob: a knob always points somewhere, and it kept the last camera's direction."""

    def __init__(self) -> None:
        super().__init__()
        self.unset = True

    def set_unset(self, unset: bool) -> None:
        if unset != self.unset:
            self.unset = unset
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self.unset:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role = QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
        colour = self.palette().color(role)
        centre = QPointF(self.width() / 2, self.height() / 2)
        outer = min(self.width(), self.height()) / 2 - 1
        painter.setPen(QPen(colour, 1))
        for i in range(16):
            angle = math.radians(i * 22.5)
            inner = outer - (5 if i % 4 == 0 else 3)
            along = QPointF(math.sin(angle), -math.cos(angle))
            painter.drawLine(centre + along * inner, centre + along * outer)
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.drawEllipse(centre, outer - 8, outer - 8)


class DirectionEdit(QWidget):
    """camera:direction as text (degrees, compass point or range) with a compass dial;
    ``replaced(theirs)`` just before an ``edited`` typed over a value stored meanwhile."""

    edited = Signal(str)
    replaced = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.text = QLineEdit(placeholderText=self.tr("unknown"))
        self.text.setToolTip(
            self.tr("Degrees clockwise from north (135), a compass point (SE) or 90-270")
        )
        self.dial = CompassDial()
        self.dial.setRange(0, 359)
        self.dial.setWrapping(True)
        self.dial.setNotchesVisible(True)
        self.dial.setNotchTarget(22.5)
        self.dial.setFixedSize(64, 64)
        self.dial.setToolTip(self.tr("Drag to set the direction (north is up)"))
        # Shortened to the column's width: "Prendre l'orientation de la photo (20°)" asked for
        # more than the side panel has, and the form then scrolled sideways out of view.
        self.use_bearing = ElidedButton()
        self.use_bearing.setVisible(False)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addWidget(self.use_bearing)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(column, 1)
        layout.addWidget(self.dial)
        self._suggestion: str | None = None
        self._shown = self._stored = ""  # the value she last saw in the box; the one stored
        self.text.editingFinished.connect(self._typed)
        self.dial.valueChanged.connect(self._turned)
        self.dial.sliderReleased.connect(lambda: self.edited.emit(self.text.text().strip()))
        self.use_bearing.clicked.connect(self._use_bearing)

    @staticmethod
    def _dial_value(degrees: float) -> int:
        # A wrapping QDial puts its minimum at six o'clock; the map's north is at twelve.
        return int(round(degrees + 180)) % 360

    def set_value(self, text: str, suggestion: str | None) -> None:
        """Show the camera's direction, or the photos' bearing when it has none."""
        self._suggestion = suggestion
        if not (self.text.hasFocus() and self.text.isModified()):
            self.text.setText(text)
            self.text.setModified(False)
            self._shown = text
        self._stored = text
        # The dial points where the map's cone does (a compass point, a range's middle), and
        # shows no knob when there is no direction: it kept the last camera's before.
        span = direction_span(text or suggestion)
        self.dial.blockSignals(True)
        if span is not None:
            start, end = span
            self.dial.setValue(self._dial_value((start + (end - start) % 360 / 2) % 360))
        self.dial.blockSignals(False)
        self.dial.set_unset(span is None)
        offer = bool(suggestion) and text != suggestion
        self.use_bearing.setVisible(offer)
        if offer:
            self.use_bearing.set_full_text(
                self.tr("Use photo bearing {degrees}°").format(degrees=suggestion)
            )
        self.text.setPlaceholderText(
            self.tr("unknown (photo bearing {degrees}°)").format(degrees=suggestion)
            if suggestion
            else self.tr("unknown")
        )

    def _typed(self) -> None:
        if self.text.isModified():
            self.text.setModified(False)
            text = self.text.text().strip()
            if self._stored not in (self._shown, text):
                self.replaced.emit(self._stored)
            self.edited.emit(text)

    def _turned(self, value: int) -> None:
        self.dial.set_unset(False)
        self.text.setText(str((value + 180) % 360))
        if not self.dial.isSliderDown():  # keyboard or wheel: a finished edit
            self.edited.emit(self.text.text())

    def _use_bearing(self) -> None:
        if self._suggestion:
            self.text.setText(self._suggestion)
            self.edited.emit(self._suggestion)


def both_notes(base: str, stored: str, mine: str) -> str:
    """Her notes (typed over ``base``), with what another program stored meanwhile (``stored``)
    kept: nothing either wrote is lost."""
    if stored == base or stored in mine:
        return mine
    if not mine.strip():
        return stored  # she emptied notes that someone else had just changed: theirs stay
    if base and mine.startswith(base) and stored.startswith(base):
        return stored + mine[len(base) :]  # both added to the same notes
    return f"{stored}\n{mine}"


class _FocusOut(QObject):
    """Calls back when the watched widget loses the keyboard focus."""

    def __init__(self, callback: object) -> None:
        super().__init__()
        self.callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusOut:
            self.callback()  # type: ignore[operator]
        return False


class WheelGuard(QObject):
    """Lets the mouse wheel scroll the panel over a choice box or the direction dial rather
    than change its value, unless the volunteer clicked into it first: scrolling down the form
    must never set a camera's type or turn its direction (each change is saved at once)."""

    def guard(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel itself
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Wheel and not getattr(watched, "hasFocus", bool)():
            event.ignore()  # passed on to the scroll area around the form
            return True
        return False


class CameraForm(QWidget):
    """The editable fields of one camera; ``replaced(message)`` just before an ``edited`` that
    saves over a value another program stored while she typed."""

    edited = Signal(dict)
    replaced = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.combos: dict[str, QComboBox] = {}
        self.texts: dict[str, QLineEdit] = {}
        # Per text field: the value she last saw there, and the value stored now.
        self._texts_shown: dict[str, str] = {}
        self._texts_stored: dict[str, str] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.vendor = QComboBox()
        self.vendor.setEditable(True)
        self.vendor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.vendor.addItem(self.tr("unknown"), "")
        names = []
        for vendor in load_catalogue().vendors:
            self.vendor.addItem(vendor.name, vendor.slug)
            names += [*vendor.names, *(brand.name for brand in vendor.brands)]
        completer = QCompleter(QStringListModel(sorted(set(names), key=str.casefold)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.vendor.setCompleter(completer)
        _compact(self.vendor)
        line_edit = self.vendor.lineEdit()
        assert line_edit is not None
        self._vendor_edit = line_edit
        self._vendor_edit.setPlaceholderText(self.tr("type a name or a brand (EZVIZ, Lorex…)"))
        # Wraps rather than widen the form ("Pas sur la liste FCC" beside the vendor's box was
        # wider than the side panel, which then scrolled sideways out of view), with the height
        # its lines take.
        self.covered = WrappedLabel()
        self.covered.setAlignment(Qt.AlignmentFlag.AlignCenter)
        vendor_row = QHBoxLayout()
        vendor_row.addWidget(self.vendor, 1)
        vendor_row.addWidget(self.covered)
        form.addRow(self.tr("Vendor"), vendor_row)

        self.texts["model"] = QLineEdit(
            placeholderText=self.tr("e.g. {model}").format(model="DS-2CD2143G2-I")
        )
        form.addRow(self.tr(TEXT_LABELS["model"]), self.texts["model"])
        self.suggestion = ElidedButton()
        self.suggestion.setVisible(False)
        self.suggestion.setObjectName("VendorSuggestion")
        # The ranked answer (each candidate with its confidence and reasons), then the button
        # that applies the best one: a suggestion is never applied without the volunteer's click.
        self.candidates = WrappedLabel()
        self.candidates.setObjectName("VendorCandidates")
        self.candidates.setTextFormat(Qt.TextFormat.PlainText)
        self.candidates.setVisible(False)
        form.addRow("", self.candidates)
        form.addRow("", self.suggestion)
        self._suggested: str | None = None
        for key in ("brand",):
            self.texts[key] = QLineEdit(placeholderText=self.tr("unknown"))
            form.addRow(self.tr(TEXT_LABELS[key]), self.texts[key])
        self._add_combo(form, "vendor_confidence")
        for key in ("surveillance", "surveillance:type", "surveillance:zone", "camera:type",
                    "camera:mount"):  # fmt: skip
            self._add_combo(form, key)
        self.direction = DirectionEdit()
        form.addRow(self.tr("Direction"), self.direction)
        for key in ("height", "operator"):
            self.texts[key] = QLineEdit(placeholderText=self.tr("unknown"))
            form.addRow(self.tr(TEXT_LABELS[key]), self.texts[key])
        self._add_combo(form, "status")
        self.texts["check_date"] = QLineEdit(placeholderText=self.tr("YYYY-MM-DD"))
        today = QPushButton(self.tr("Today"))
        today.clicked.connect(lambda: self.edited.emit({"check_date": date.today().isoformat()}))
        date_row = QHBoxLayout()
        date_row.addWidget(self.texts["check_date"], 1)
        date_row.addWidget(today)
        form.addRow(self.tr(TEXT_LABELS["check_date"]), date_row)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything a reviewer should know"))
        self.notes.setFixedHeight(70)
        self._notes_saved = self._notes_stored = ""
        self._notes_filter = _FocusOut(self._notes_done)
        self.notes.installEventFilter(self._notes_filter)
        form.addRow(self.tr("Notes"), self.notes)

        self.texts["height"].setToolTip(self.tr("Metres above ground, e.g. 4.5"))
        for key, edit in self.texts.items():
            edit.editingFinished.connect(lambda key=key, edit=edit: self._text_done(key, edit))
        self.texts["model"].textChanged.connect(self._suggest)
        self.vendor.activated.connect(lambda _i: self._vendor_done())
        self._vendor_edit.editingFinished.connect(self._vendor_done)
        self.suggestion.clicked.connect(self._use_suggestion)
        self.direction.edited.connect(lambda text: self.edited.emit({"camera:direction": text}))
        self.direction.replaced.connect(
            lambda theirs: self._say_replaced("camera:direction", theirs)
        )
        self._vendor_text = ""
        self.wheel_guard = WheelGuard(self)
        for widget in [self.vendor, *self.combos.values(), self.direction.dial]:
            self.wheel_guard.guard(widget)

    def _add_combo(self, form: QFormLayout, key: str) -> None:
        combo = QComboBox()
        if key not in NO_UNKNOWN:
            combo.addItem(self.tr("unknown"), "")
        for value in FIELDS[key].choices:
            # The OSM value is stored; its translation is shown.
            combo.addItem(QCoreApplication.translate("osm", value), value)
        combo.setToolTip(QCoreApplication.translate("fields", FIELDS[key].help))
        _compact(combo)
        combo.activated.connect(lambda _i, key=key, combo=combo: self._combo_done(key, combo))
        self.combos[key] = combo
        form.addRow(self.tr(CHOICE_LABELS[key]), combo)

    def load(self, details: CameraDetails) -> None:
        """Show a camera's values."""
        values = details.values
        for key, combo in self.combos.items():
            index = combo.findData(values.get(key, ""))
            combo.setCurrentIndex(max(0, index))
        for key, edit in self.texts.items():
            if not (edit.hasFocus() and edit.isModified()):
                edit.setText(values.get(key, ""))
                edit.setModified(False)
                edit.setCursorPosition(0)  # a text longer than the box shows its start
                self._texts_shown[key] = values.get(key, "")
            self._texts_stored[key] = values.get(key, "")  # changed meanwhile, maybe
        maker = values.get("manufacturer", "")
        # What she is typing stays; a vendor she left as it was shows what is stored now
        # (another program may have changed it), so that leaving the box saves nothing.
        typing = self._vendor_edit.hasFocus() and (
            self.vendor.currentText().strip() != self._vendor_text
        )
        if not typing:
            index = self.vendor.findData(details.vendor_slug or "")
            if details.vendor_slug or not maker:
                self.vendor.setCurrentIndex(max(0, index))
            else:
                self.vendor.setEditText(maker)
            self._vendor_edit.setCursorPosition(0)  # a long name shows its start
            self._vendor_text = self.vendor.currentText()
        if details.covered is None:
            self.covered.setVisible(False)
        else:
            self.covered.setVisible(True)
            self.covered.setText(
                self.tr("FCC Covered List") if details.covered else self.tr("Not on Covered List")
            )
            self.covered.setStyleSheet(COVERED_STYLE if details.covered else CLEAR_STYLE)
        self.direction.set_value(values.get("camera:direction", ""), details.suggested_direction)
        stored = values.get("notes", "")
        if not self.notes.hasFocus() or self.notes.toPlainText() == self._notes_saved:
            if self.notes.toPlainText() != stored:
                self.notes.setPlainText(stored)
            self._notes_saved = self.notes.toPlainText()
        self._notes_stored = stored  # what she started from may have changed meanwhile
        self._suggest(self.texts["model"].text())

    def _combo_done(self, key: str, combo: QComboBox) -> None:
        self.edited.emit({key: combo.currentData() or ""})

    def _text_done(self, key: str, edit: QLineEdit) -> None:
        if edit.isModified():
            edit.setModified(False)
            text = edit.text().strip()
            theirs = self._texts_stored.get(key, "")
            if theirs not in (self._texts_shown.get(key, ""), text):
                self._say_replaced(key, theirs)
            self.edited.emit({key: text})

    def _say_replaced(self, key: str, theirs: str) -> None:
        """A sync or another program stored a value while she typed hers over the one she
        saw: hers is saved (she chose it), and she is told what it replaced."""
        self.replaced.emit(
            self.tr(
                "{field}: “{theirs}”, stored meanwhile by a sync or another program, "
                "was replaced by what you typed (Edit → Undo puts it back)"
            ).format(field=self.label(key), theirs=theirs or self.tr("unknown"))
        )

    def _vendor_done(self) -> None:
        text = self.vendor.currentText().strip()
        if text == self._vendor_text:
            return
        self._vendor_text = text
        data = (
            self.vendor.currentData()
            if self.vendor.currentText() == self.vendor.itemText(self.vendor.currentIndex())
            else None
        )
        self.edited.emit({"vendor": "" if text == self.tr("unknown") else (data or text)})

    def _notes_done(self) -> None:
        text = self.notes.toPlainText()
        if text == self._notes_saved:
            return
        # Notes changed by another program while she typed (a merge joined another camera's)
        # are kept with hers, never written over.
        text = both_notes(self._notes_saved, self._notes_stored, text)
        self._notes_saved = self._notes_stored = text
        self.edited.emit({"notes": text})

    def take_unsaved(self) -> tuple[dict[str, str], str]:
        """What she typed and has not left yet, as ``edited`` would give it, taken as saved (the
        focus leaving the field later saves nothing); with the notes the typing started from.

        The panel saves it itself when the camera goes from under her: a sync or another
        program merged or deleted it while she typed, and the field never lost the focus."""
        typed = {key: edit.text().strip() for key, edit in self.texts.items() if edit.isModified()}
        for edit in self.texts.values():
            edit.setModified(False)
        if self.direction.text.isModified():
            self.direction.text.setModified(False)
            typed["camera:direction"] = self.direction.text.text().strip()
        text = self.vendor.currentText().strip()
        if self._vendor_edit.hasFocus() and text != self._vendor_text:
            self._vendor_text = text
            typed["vendor"] = "" if text == self.tr("unknown") else text
        base = self._notes_saved
        if self.notes.toPlainText() != base:
            typed["notes"] = self._notes_saved = self.notes.toPlainText()
        return typed, base

    def label(self, key: str) -> str:
        """The field's name as the form shows it."""
        return self.tr({**TEXT_LABELS, **TYPED_LABELS}.get(key, key))

    def _suggest(self, text: str) -> None:
        """Offer the best vendor for the typed model (never set without a click); list the rest."""
        suggestions = identify(text) if len(text.strip()) >= 3 else []
        best = suggestions[0] if suggestions else None
        # A rebrand is offered by the name on its housing, which selects its maker.
        self._suggested = (best.brand or best.vendor.slug) if best else None
        if best is None or self.vendor.currentData() == best.vendor.slug:
            self.suggestion.setVisible(False)
            self.candidates.setVisible(False)
            return
        lines = []
        for s in suggestions[:3]:
            line = describe(s)
            lines.append(
                self.tr("{line} (FCC Covered List)").format(line=line) if s.vendor.covered else line
            )
        self.candidates.setText(self.tr("Looks like:") + "\n" + "\n".join(lines))
        name = best.vendor.name if best.brand is None else f"{best.brand} ({best.vendor.name})"
        use = self.tr("Use {vendor}").format(vendor=name)
        self.suggestion.set_full_text(use, "\n".join(best.reasons))
        self.suggestion.setVisible(True)
        self.candidates.setVisible(True)

    def _use_suggestion(self) -> None:
        if self._suggested:
            self.edited.emit({"vendor": self._suggested, "vendor_confidence": "seen"})
