"""SurveyApp's entry point and composition root.

`surveyapp COMMAND ...` runs the command line (no Qt is loaded); `surveyapp` alone, and
`python main.py`, open the desktop app: paths → logging → database + migrations → Qt → window.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from surveyapp import cli

log = logging.getLogger("surveyapp")


def _setup_logging() -> Path:
    """Log to a file in the per-user log folder (the window has no console)."""
    import platformdirs

    folder = Path(platformdirs.user_log_dir("SurveyApp", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "surveyapp.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def open_desktop_app(argv: Sequence[str]) -> int:
    """Start the desktop app on the database that --db (or the last one, or the default) names."""
    # Qt is imported here, not at the top: the command line never loads it.
    from PySide6.QtWidgets import QApplication, QMessageBox

    from surveyapp.db.database import DB_ENV, default_database_path, open_database
    from surveyapp.ui.changes import Changes
    from surveyapp.ui.main_window import MainWindow
    from surveyapp.ui.settings import Settings
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
    try:
        db = open_database(path)
    except Exception as error:  # a newer or damaged database: refuse it, say why, touch nothing
        log.exception("cannot open %s", path)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "SurveyApp", f"Cannot open the survey {path}:\n\n{error}")
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SurveyApp")
    app.setOrganizationName("SurveyApp")
    settings.database = db.path
    tasks, changes = TaskRunner(), Changes()
    window = MainWindow(db, settings, tasks, changes)
    window.show()
    window.start()
    quiet_garbage_collection()
    log.info("window shown on %s (log: %s)", db.path, log_file)
    try:
        return int(app.exec())
    finally:
        tasks.wait()
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    """`surveyapp [--db PATH] [COMMAND ...]`; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(argv)
    if args.command is None:
        return open_desktop_app(argv)
    return cli.main(argv)
