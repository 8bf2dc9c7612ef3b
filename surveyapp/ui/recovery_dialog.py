"""When the survey cannot be opened: say why, and offer the latest backup of a damaged one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from surveyapp.db.backups import backup_made, restore_backup
from surveyapp.db.database import Database, open_database
from surveyapp.db.failures import DatabaseDamagedError


def open_or_recover(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open the survey; for a damaged one with a backup, offer to go back to the backup.

    Returns None when the survey stays closed (the volunteer said no, or it cannot be opened:
    they were told why).
    """
    try:
        return open_database(path)
    except DatabaseDamagedError as error:
        if error.backup is None or not offer_backup(error, parent):
            _refuse(path, error, parent)
            return None
        return _restore(path, error.backup, parent)
    except Exception as error:  # a newer, read-only-and-old or unopenable survey: touch nothing
        _refuse(path, error, parent)
        return None


def offer_backup(error: DatabaseDamagedError, parent: QWidget | None = None) -> bool:
    """Ask whether to go back to the latest backup; whether the volunteer said yes."""
    assert error.backup is not None
    from surveyapp.photos.recovery import deleted_in

    made = backup_made(error.backup).astimezone().strftime("%Y-%m-%d %H:%M")
    box = QMessageBox(parent)
    box.setObjectName("RecoveryDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("SurveyApp")
    box.setText(QCoreApplication.translate("RecoveryDialog", "The survey database is damaged."))
    if deleted_in(error.path) is None:  # which photos were deleted since cannot be read
        offer = QCoreApplication.translate(
            "RecoveryDialog",
            "SurveyApp can go back to its latest backup, made {made}. The damaged file cannot "
            "be read, so photos imported since then are not added back (none you deleted is "
            "shared again): their originals are kept in a folder beside the survey. Other "
            "changes made since are lost. The damaged file is kept beside it.",
        )
    else:
        offer = QCoreApplication.translate(
            "RecoveryDialog",
            "SurveyApp can go back to its latest backup, made {made}. Photos imported since "
            "then are added back from the photo library; other changes made since are lost. "
            "The damaged file is kept beside it.",
        )
    box.setInformativeText(offer.format(made=made))
    box.setDetailedText(str(error))
    restore = box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("RecoveryDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def restore_closed_survey(path: Path, backup: Path) -> bool:
    """Put ``backup`` in place of the damaged survey the app has just closed (the damage was
    found while it was open), saying what was done as at start-up; whether it is back."""
    db = _restore(path, backup, None)
    if db is None:
        return False
    db.close()
    return True


def _restore(path: Path, backup: Path, parent: QWidget | None) -> Database | None:
    from surveyapp.photos.recovery import readd_library_photos

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restored = restore_backup(path, backup)
        db = open_database(path)
        readded = readd_library_photos(db, restored.set_aside)
    except Exception as error:  # the backup is damaged too, or the disk fails: say so
        QGuiApplication.restoreOverrideCursor()
        _refuse(path, error, parent)
        return None
    QGuiApplication.restoreOverrideCursor()
    added, held = readded.added, readded.held  # plain names: lupdate reads no attribute here
    lines = [
        QCoreApplication.translate(
            "RecoveryDialog", "The survey was restored from the backup {backup}."
        ).format(backup=restored.backup.path.name)
    ]
    if added:
        lines.append(
            QCoreApplication.translate(
                "RecoveryDialog",
                "%n photos imported since were added back from the library.",
                None,
                added,
            )  # fmt: skip
        )
    if readded.held_in is not None:
        lines.append(
            QCoreApplication.translate(
                "RecoveryDialog",
                "The damaged survey cannot be read, so nothing says which photos imported since "
                "the backup you deleted: %n were not added back, so that none you withdrew is "
                "shared again. Their originals are kept in {folder}. Those you shared come back "
                "at your next sync; import again those you kept and never shared.",
                None,
                held,
            ).format(folder=readded.held_in)
        )
    if restored.set_aside is not None:
        kept = (
            QCoreApplication.translate("RecoveryDialog", "The damaged file is kept as {path}.")
            if restored.damaged
            else QCoreApplication.translate(
                "RecoveryDialog", "The survey it replaced is kept as {path}."
            )
        )
        lines.append(kept.format(path=restored.set_aside.name))
    QMessageBox.information(parent, "SurveyApp", "\n\n".join(lines))
    return db


def _refuse(path: Path, error: Exception, parent: QWidget | None) -> None:
    text = QCoreApplication.translate("app", "Cannot open the survey {path}:\n\n{error}")
    QMessageBox.critical(parent, "SurveyApp", text.format(path=path, error=error))
