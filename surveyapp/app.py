"""SurveyApp's entry point and composition root.

`surveyapp COMMAND ...` runs the command line (no Qt is loaded); `surveyapp` alone, and
`python main.py`, open the desktop app: paths → logging → database + migrations → Qt → window.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from surveyapp import cli

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from surveyapp.db.database import Database
    from surveyapp.ui.main_window import MainWindow
    from surveyapp.ui.survey_check import SurveyCheck
    from surveyapp.ui.tasks import TaskRunner

log = logging.getLogger("surveyapp")


def _setup_logging() -> Path:
    """Log to a file in the per-user log folder (the window has no console)."""
    import platformdirs

    folder = Path(platformdirs.user_log_dir("SurveyApp", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "surveyapp.log"
    root = logging.getLogger()
    if any(  # the app started again on a survey put back from its backup: one handler
        isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in root.handlers
    ):
        return path
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


# Qt ships no Serbian translation of its standard buttons: _mark_standard_texts marks ours.
_installed: list[QTranslator] = []


def _mark_standard_texts() -> None:
    # Never called: shows lupdate the button texts Qt asks its translators for.
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    QT_TRANSLATE_NOOP("QPlatformTheme", "OK")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close")
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No")
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")
    # A message box's button for its details (the damaged survey's dialog, an error's).
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")
    # The file dialog's words that Qt has in French but not in Serbian.
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type")  # Qt asks with a comment, then without
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:")
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")
    QT_TRANSLATE_NOOP("QFileDialog", "&Open")
    QT_TRANSLATE_NOOP("QFileDialog", "&Save")
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose")
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename")
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete")
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")
    QT_TRANSLATE_NOOP("QFileDialog", "Back")
    QT_TRANSLATE_NOOP("QFileDialog", "Forward")
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")
    QT_TRANSLATE_NOOP("QFileDialog", "List View")
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View")
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")


def install_language(app: QCoreApplication, preferred: str | None) -> str:
    """Translate the desktop app into the chosen language; returns its code (en, fr, ...).

    Loads our ``surveyapp_<lang>.qm`` and Qt's own ``qtbase_<locale>.qm`` (the standard OK and
    Cancel buttons) when PySide6 ships it, and makes the language's locale the default so dates
    and numbers follow it. Calling it again replaces the language (widgets made before keep
    their texts: the settings say a new language shows at the next start).
    """
    from importlib import resources

    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from surveyapp import i18n

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = i18n.choose_language(preferred)
    locale = qt_locale(language)
    QLocale.setDefault(locale)
    if language != i18n.ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(locale, "qtbase", "_", qt_folder):
            _installed.append(qtbase)
    data = resources.files(i18n.TRANSLATIONS_PACKAGE).joinpath(
        i18n.translation_file(language, ".qm")
    )
    ours = QTranslator(app)
    with resources.as_file(data) as path:
        if ours.load(str(path)):
            _installed.append(ours)
        else:
            log.warning("no translation file for %s at %s", language, path)
    # The translator installed last is asked first: ours wins over Qt's for the same text.
    for translator in _installed:
        app.installTranslator(translator)
    i18n.install(language)
    return language


def uninstall_language(app: QCoreApplication) -> None:
    """Back to the source texts and the system's locale (tests switch languages)."""
    from PySide6.QtCore import QLocale

    from surveyapp import i18n

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    i18n.install()


def qt_locale(language: str) -> QLocale:
    """The QLocale that formats dates and numbers for one of our languages."""
    from PySide6.QtCore import QLocale

    if language == "sr_Latn":
        return QLocale(QLocale.Language.Serbian, QLocale.Script.LatinScript, QLocale.Country.Serbia)
    if language == "sr_Cyrl":
        return QLocale(
            QLocale.Language.Serbian, QLocale.Script.CyrillicScript, QLocale.Country.Serbia
        )
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@dataclass
class DesktopApp:
    """The desktop app as the composition root built it, before its event loop runs."""

    app: QApplication
    window: MainWindow
    db: Database
    tasks: TaskRunner
    check: SurveyCheck


def start_desktop_app(argv: Sequence[str]) -> DesktopApp | int:
    """Build the desktop app on the database that --db (or the last one, or the default)
    names and show its window; an exit status when the survey stays closed."""
    # Qt is imported here, not at the top: the command line never loads it.
    from PySide6.QtWidgets import QApplication

    from surveyapp.db.database import DB_ENV, default_database_path
    from surveyapp.db.failures import explain
    from surveyapp.ui.changes import Changes
    from surveyapp.ui.main_window import MainWindow
    from surveyapp.ui.recovery_dialog import open_or_recover
    from surveyapp.ui.settings import Settings
    from surveyapp.ui.survey_check import SurveyCheck
    from surveyapp.ui.tasks import TaskRunner, quiet_garbage_collection

    args = cli.build_parser().parse_args(list(argv))
    log_file = _setup_logging()
    settings = Settings()
    # --db, then $SURVEYAPP_DB, then the database opened last, then the default one.
    path: Path = (
        args.db
        or (default_database_path() if os.environ.get(DB_ENV) else None)
        or settings.database
        or default_database_path()
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_language(app, settings.language)
    # A newer, damaged, read-only-and-old or unopenable survey: say why, offer a damaged
    # one's latest backup, touch nothing else.
    db = open_or_recover(path)
    if db is None:
        log.error("cannot open %s", path)
        return 2
    app.setApplicationName("SurveyApp")
    app.setOrganizationName("SurveyApp")
    settings.database = db.path
    tasks, changes = TaskRunner(explain=lambda error: explain(error, db.path)), Changes()
    window = MainWindow(db, settings, tasks, changes)
    window.show()
    window.start()
    # The whole survey checked in the background, then one backup a day beside it (made only
    # from a survey found whole); damage found offers the latest good backup.
    check = SurveyCheck(db, tasks, window, window.show_error)
    check.start()
    quiet_garbage_collection()
    log.info("window shown on %s (log: %s)", db.path, log_file)
    return DesktopApp(app, window, db, tasks, check)


def open_desktop_app(argv: Sequence[str]) -> int:
    """Start the desktop app and run it until its window closes; when the volunteer chose to
    go back to a backup of a survey found damaged, put it back once the survey is closed, and
    start again on it."""
    from surveyapp.ui.recovery_dialog import restore_closed_survey

    while True:
        started = start_desktop_app(argv)
        if isinstance(started, int):
            return started
        try:
            status = int(started.app.exec())
        finally:
            started.tasks.wait()
            started.db.close()
        backup = started.check.restore
        if backup is None or not restore_closed_survey(started.db.path, backup):
            return status


def run() -> NoReturn:
    """The `surveyapp` command and `python3 -m surveyapp`: ``main`` in a process of its own,
    ended by ``cli.leave`` (at once after Ctrl-C, without Python's slow teardown)."""
    cli.leave(main())


def main(argv: Sequence[str] | None = None) -> int:
    """`surveyapp [--db PATH] [COMMAND ...]`; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser(cli.light_command(argv)).parse_args(argv)
    if args.command is None:
        return open_desktop_app(argv)
    return cli.main(argv)
