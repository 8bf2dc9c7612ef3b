"""A damaged, empty, read-only or unopenable survey, through the real command line.

Each case gets one line that says what happened and what to do, never a traceback; reading
works wherever SQLite can read; a damaged survey goes back to its latest backup with the photos
imported since added back from the library; an empty file is never turned into a new survey.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factory import PhotoSpec, make_jpeg

CLI = [sys.executable, "-m", "surveyapp.cli"]
# root may write anything; without these capabilities it obeys the permission bits like anyone
UNPRIVILEGED = (
    ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--inh-caps=-all"]
    if os.geteuid() == 0
    else []
)


def surveyapp(db: Path, *args: str, unprivileged: bool = False) -> subprocess.CompletedProcess[str]:
    prefix = UNPRIVILEGED if unprivileged else []
    result = subprocess.run(
        [*prefix, *CLI, "--db", str(db), *args], capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def photos(folder: Path, seeds: range) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        spec = PhotoSpec(latitude=44.80 + seed * 1e-3, longitude=20.46)
        (folder / f"IMG_{seed:04}.jpg").write_bytes(make_jpeg(spec, seed=seed))
    return folder


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _set_aside(survey: Path) -> list[str]:
    """The surveys a restore set aside beside ``survey`` (not their -wal and -shm)."""
    return sorted(
        p.name
        for p in survey.parent.iterdir()
        if (".damaged-" in p.name or ".replaced-" in p.name)
        and not p.name.endswith(("-wal", "-shm"))
    )


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    db = tmp_path / "survey" / "S.sqlite"
    assert surveyapp(db, "import", str(photos(tmp_path / "DCIM", range(4)))).returncode == 0
    return db


def test_random_bytes_over_the_header_name_the_latest_backup_and_restore_brings_it_back(
    survey: Path, tmp_path: Path
) -> None:
    backup = Path(surveyapp(survey, "backup").stdout.strip())
    assert backup.is_file() and backup.parent == survey.parent
    assert (
        surveyapp(survey, "import", str(photos(tmp_path / "later", range(10, 13)))).returncode == 0
    )
    with open(survey, "r+b") as file:  # nothing of SurveyApp's is running now
        file.write(os.urandom(100))

    for command in (["cameras"], ["photos", "--json"], ["camera", "set", "abcd", "model=x"]):
        result = surveyapp(survey, *command)
        assert result.returncode == 1
        line = one_line(result)
        assert line.startswith("error: the survey database is damaged")
        assert backup.name in line and "restore-backup" in line

    restored = surveyapp(survey, "restore-backup")
    assert restored.returncode == 0, restored.stderr
    assert backup.name in restored.stderr
    # the damaged file cannot be read: nothing says which of the three she deleted since, so
    # they are held back beside the survey (none withdrawn is shared again), to import again
    [held] = [p for p in survey.parent.iterdir() if ".held-back-" in p.name]
    assert "3 were not added back" in restored.stderr and str(held) in restored.stderr
    assert len(json.loads(surveyapp(survey, "photos", "--json").stdout)) == 4
    assert surveyapp(survey, "import", str(held)).returncode == 0
    listed = json.loads(surveyapp(survey, "photos", "--json").stdout)
    assert len(listed) == 7  # the four of the backup and the three imported after it
    kept = [p for p in survey.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1  # the damaged file, never deleted


def test_a_restore_while_another_program_has_the_survey_open_is_refused_and_changes_nothing(
    survey: Path,
) -> None:
    """Before, restore-backup renamed the survey from under the open app, which went on saying
    "Saved" while it wrote every later edit into the file set aside."""
    assert surveyapp(survey, "backup").returncode == 0
    holder = subprocess.Popen(  # a reader with the survey open, as the app keeps it
        [sys.executable, "-c", HOLD_OPEN, str(survey)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        refused = surveyapp(survey, "restore-backup")
        assert refused.returncode == 1
        assert one_line(refused) == (
            f"error: {survey} is open in SurveyApp (the app or a command): close it, then "
            "restore the backup"
        )
        assert not _set_aside(survey)  # none set aside
    finally:
        holder.communicate("close\n", timeout=60)
    restored = surveyapp(survey, "restore-backup")
    assert restored.returncode == 0, restored.stderr
    assert len(json.loads(surveyapp(survey, "photos", "--json").stdout)) == 4


# Opens the survey the way SurveyApp does (WAL), says so, and keeps it open until told.
HOLD_OPEN = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("SELECT count(*) FROM photo").fetchone()
print("open", flush=True)
sys.stdin.readline()
connection.close()
"""


def _page_flipped(source: Path, target: Path) -> Path:
    """A copy of ``source`` with a page in its middle overwritten by random bytes."""
    content = bytearray(source.read_bytes())
    middle = len(content) // 4096 // 2 * 4096
    content[middle : middle + 4096] = os.urandom(4096)
    target.write_bytes(bytes(content))
    return target


def _foreign(target: Path, revision: str) -> Path:
    """Another Alembic program's database (or a newer SurveyApp's): a revision we do not know."""
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE alembic_version (version_num TEXT NOT NULL)")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.execute("CREATE TABLE places (name TEXT)")
    connection.commit()
    connection.close()
    return target


@pytest.mark.parametrize("kind", ["foreign", "flipped"])
def test_a_backup_that_is_no_survey_this_version_opens_is_refused_and_the_survey_stays(
    survey: Path, tmp_path: Path, kind: str
) -> None:
    """Another program's Alembic database given to `restore-backup` was put in place of a
    healthy survey, the survey renamed "damaged", and nothing opened after; a backup with a
    flipped page was refused in two lines (SQLite's "*** in database main ***" first)."""
    checkpointed = surveyapp(survey, "cameras")  # the last connection folds the WAL in
    assert checkpointed.returncode == 0
    if kind == "foreign":
        bad = _foreign(tmp_path / "places.sqlite", "1a2b3c4d5e6f")
    else:
        bad = _page_flipped(Path(surveyapp(survey, "backup").stdout.strip()), tmp_path / "b.backup")
    before = survey.read_bytes()

    result = surveyapp(survey, "restore-backup", str(bad))
    assert result.returncode != 0
    line = one_line(result)
    assert f"the backup {bad.name} cannot be used" in line
    assert survey.read_bytes() == before
    assert not _set_aside(survey)
    assert len(json.loads(surveyapp(survey, "photos", "--json").stdout)) == 4


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_backup_that_is_a_pipe_or_a_folder_is_refused_at_once(
    survey: Path, tmp_path: Path, kind: str
) -> None:
    """`restore-backup` of a named pipe waited for ever (SQLite opening it), and a folder was
    "disk I/O error"."""
    bad = tmp_path / "S.sqlite.backup"
    if kind == "pipe":
        os.mkfifo(bad)
    else:
        bad.mkdir()
    result = subprocess.run(
        [*CLI, "--db", str(survey), "restore-backup", str(bad)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0
    line = one_line(result)
    assert "the backup S.sqlite.backup cannot be used: it is not a file" in line
    assert not _set_aside(survey)


def test_a_truncated_file_is_reported_damaged(survey: Path) -> None:
    checkpointed = surveyapp(survey, "cameras")  # the last connection folds the WAL in
    assert checkpointed.returncode == 0
    size = survey.stat().st_size
    with open(survey, "r+b") as file:
        file.truncate(size // 3)
    result = surveyapp(survey, "photos", "--json")
    assert result.returncode == 1
    line = one_line(result)
    assert "the survey database is damaged" in line
    assert "there is no backup" in line


def test_an_empty_file_is_not_turned_into_a_new_survey(tmp_path: Path) -> None:
    db = tmp_path / "S.sqlite"
    db.write_bytes(b"")
    for command in (["cameras"], ["import", str(photos(tmp_path / "DCIM", range(2)))]):
        result = surveyapp(db, *command)
        assert result.returncode == 1
        assert "is empty (0 bytes)" in one_line(result)
    assert db.stat().st_size == 0
    assert not Path(f"{db}-wal").exists()


@pytest.mark.parametrize("tables", [["camera (id)"], ["moz_places (url)", "moz_bookmarks (id)"]])
def test_another_programs_database_is_left_as_it_was(tmp_path: Path, tables: list[str]) -> None:
    """--db naming some other program's SQLite file: one line, exit 1, and the file is not
    touched (before: a table named like ours gave a traceback; others got our tables added
    and a library folder beside them)."""
    db = tmp_path / "places.sqlite"
    with contextlib.closing(sqlite3.connect(db)) as connection:
        for table in tables:
            connection.execute(f"CREATE TABLE {table}")
        connection.commit()
    before = db.read_bytes()
    for command in (["cameras"], ["import", str(photos(tmp_path / "DCIM", range(1)))]):
        result = surveyapp(db, *command)
        assert result.returncode == 1, result
        assert "is not a SurveyApp survey but another program's database" in one_line(result)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["DCIM", "places.sqlite"]


needs_setpriv = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="root ignores permissions and setpriv is not here to drop that",
)


@needs_setpriv
def test_a_read_only_file_can_be_read_and_says_so_when_changed(
    survey: Path, tmp_path: Path
) -> None:
    survey.chmod(0o444)
    listed = surveyapp(survey, "cameras", "--json", unprivileged=True)
    assert listed.returncode == 0, listed.stderr
    cameras = json.loads(listed.stdout)
    assert len(cameras) == 4
    out = tmp_path / "out.geojson"
    exported = surveyapp(survey, "export", "geojson", str(out), unprivileged=True)
    assert exported.returncode == 0 and out.is_file()

    changed = surveyapp(survey, "camera", "set", cameras[0]["id"], "model=x", unprivileged=True)
    assert changed.returncode == 1
    assert one_line(changed).startswith("error: the survey is read-only")
    imported = surveyapp(survey, "import", str(tmp_path / "DCIM"), unprivileged=True)
    assert one_line(imported).startswith("error: the survey is read-only")
    survey.chmod(0o644)
    assert json.loads(surveyapp(survey, "cameras", "--json").stdout)[0]["model"] is None


@needs_setpriv
def test_a_read_only_folder_can_be_read_without_a_shm(survey: Path) -> None:
    folder = survey.parent
    assert not Path(f"{survey}-shm").exists()  # the last command closed cleanly
    folder.chmod(0o555)
    try:
        listed = surveyapp(survey, "photos", "--json", unprivileged=True)
        assert listed.returncode == 0, listed.stderr
        assert len(json.loads(listed.stdout)) == 4
        cameras = json.loads(surveyapp(survey, "cameras", "--json", unprivileged=True).stdout)
        changed = surveyapp(survey, "camera", "set", cameras[0]["id"], "model=x", unprivileged=True)
        assert changed.returncode == 1
        assert one_line(changed).startswith("error: the survey is read-only")
        fresh = surveyapp(folder / "new.sqlite", "cameras", unprivileged=True)
        assert fresh.returncode == 1
        assert "its folder is read-only" in one_line(fresh)
    finally:
        folder.chmod(0o755)


@needs_setpriv
def test_a_read_only_folder_with_changes_still_in_the_wal_says_what_to_do(survey: Path) -> None:
    # A copy taken while SurveyApp was running: the last changes are still in the -wal.
    import sqlite3

    writer = sqlite3.connect(survey)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE camera SET model = 'in the wal'")
    writer.commit()
    copy = survey.parent.parent / "copy"
    copy.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{survey}{suffix}", copy / f"S.sqlite{suffix}")
    writer.close()
    copy.chmod(0o555)
    try:
        result = surveyapp(copy / "S.sqlite", "cameras", unprivileged=True)
        assert result.returncode == 1
        line = one_line(result)
        assert line.startswith("error: the survey is read-only")
        assert "S.sqlite-wal" in line and "copy the folder somewhere writable" in line
    finally:
        copy.chmod(0o755)


def test_backups_cut_or_damaged_are_named_in_the_list_and_the_restore_says_it_passed_them(
    survey: Path,
) -> None:
    """Three backups; the newest was cut short (a copy to a card pulled out), the next has a
    page of random bytes, and both were touched after the good one was made. Before: `--list`
    showed all three alike, ordered by when the files were last touched (the damaged ones
    "newest"), and `restore-backup` went back to the older good one without a word of the two
    it passed over."""
    stamps = ("20261201T090000Z", "20261202T090000Z", "20261203T090000Z")
    good, flipped, cut = (survey.with_name(f"{survey.name}.{s}.backup") for s in stamps)
    for backup in (good, flipped, cut):
        shutil.copy(survey, backup)
    with open(cut, "r+b") as file:
        file.truncate(cut.stat().st_size // 3)
    with open(flipped, "r+b") as file:
        file.seek(2 * 4096)
        file.write(os.urandom(4096))
    os.utime(good, (0, 0))  # older on disk than both damaged copies, as its name says
    emptied = survey.with_name(f"{survey.name}.20261130T090000Z.backup")
    emptied.write_bytes(b"")  # a copy that never got a byte: named, never chosen

    listed = surveyapp(survey, "restore-backup", "--list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert [next(s for s in stamps if s in line) for line in lines[:3]] == list(reversed(stamps))
    assert lines[0].startswith("2026-12-03") and "cannot be used" in lines[0], lines
    assert "cannot be used" in lines[1] and "cannot be used" not in lines[2], lines
    assert emptied.name in lines[3] and "empty (0 bytes)" in lines[3], lines

    with open(survey, "r+b") as file:
        file.write(os.urandom(100))
    restored = surveyapp(survey, "restore-backup")
    assert restored.returncode == 0, restored.stderr
    assert f"from the backup {good.name}" in restored.stderr
    assert cut.name in restored.stderr and flipped.name in restored.stderr, restored.stderr
    assert "Traceback" not in restored.stderr


def test_a_restore_with_the_library_moved_away_says_the_originals_are_missing(
    survey: Path,
) -> None:
    """Her photo library (the folder beside the survey) was moved to another disk, or not
    copied with the survey to a new laptop. Before: the restore said "0 photos imported after
    the backup were added back from the library" and nothing of the four originals it no
    longer had; each later export or sync failed on them one by one."""
    assert surveyapp(survey, "backup").returncode == 0
    library = survey.with_name(f"{survey.stem}-library")
    library.rename(survey.with_name("elsewhere"))

    restored = surveyapp(survey, "restore-backup")

    assert restored.returncode == 0 and "Traceback" not in restored.stderr, restored.stderr
    assert "4 photos" in restored.stderr and str(library) in restored.stderr, restored.stderr
    assert len(json.loads(surveyapp(survey, "photos", "--json").stdout)) == 4


def test_her_library_moved_back_after_a_restore_takes_its_place_as_it_was(
    survey: Path, tmp_path: Path
) -> None:
    """The restore says the originals are missing and to put the library back, then run the
    restore again. Before: opening the survey (the restore itself) had made an empty library
    folder in its place, so `mv elsewhere S-library` put hers inside it (S-library/elsewhere),
    the restore run again found none of her originals, and a file manager asked to merge."""
    assert surveyapp(survey, "backup").returncode == 0
    assert (
        surveyapp(survey, "import", str(photos(tmp_path / "later", range(10, 12)))).returncode == 0
    )
    library = survey.with_name(f"{survey.stem}-library")
    elsewhere = library.rename(tmp_path / "usb-disk")

    first = surveyapp(survey, "restore-backup")
    assert first.returncode == 0, first.stderr
    assert "put it back there and run this restore again" in first.stderr, first.stderr
    assert not library.exists(), sorted(p.name for p in library.iterdir())
    shutil.move(elsewhere, library)  # as `mv`: into the folder if one is there
    again = surveyapp(survey, "restore-backup")

    assert again.returncode == 0, again.stderr
    assert "not in the photo library" not in again.stderr, again.stderr
    assert "2 photos imported after the backup were added back" in again.stderr, again.stderr
    listed = json.loads(surveyapp(survey, "photos", "--json").stdout)
    assert len(listed) == 6
    assert all((library / p["library_path"]).is_file() for p in listed)
    assert library.is_dir()  # a library with her photos in it stays, opened or closed


def test_the_backups_she_makes_are_never_rotated_out_by_the_daily_ones(survey: Path) -> None:
    """The desktop app keeps its last three daily backups. Before: a backup made with
    `surveyapp backup` was named like a daily one, and the app's next daily backup deleted
    every one of hers but the newest three (the one made before a risky change, too)."""
    from datetime import timedelta

    from surveyapp.db.backups import make_daily_backup

    hers = [Path(surveyapp(survey, "backup").stdout.strip()) for _ in range(4)]
    for _ in range(4):  # four days of the app opening the survey
        assert make_daily_backup(survey, every=timedelta(0)) is not None

    assert all(backup.is_file() for backup in hers), [b.name for b in hers if not b.exists()]
    listed = surveyapp(survey, "restore-backup", "--list").stdout
    assert all(str(backup) in listed for backup in hers)


def _flip_page(backup: Path) -> None:
    """Random bytes over a page in the middle of ``backup``, in place (a failing disk)."""
    content = bytearray(backup.read_bytes())
    middle = len(content) // 4096 // 2 * 4096
    content[middle : middle + 4096] = os.urandom(4096)
    backup.write_bytes(bytes(content))


def test_the_daily_rotation_never_deletes_a_good_backup_for_damaged_newer_ones(
    survey: Path,
) -> None:
    """Three daily backups, the two newest then damaged on disk: before, the next daily backup
    kept the newest three by name (the new one and the two damaged ones) and deleted the only
    older good one, so `restore-backup --list` offered one usable backup."""
    from surveyapp.db.backups import make_daily_backup

    saved = Path(surveyapp(survey, "backup").stdout.strip())
    days = [survey.with_name(f"{survey.name}.2026120{day}T080000Z.backup") for day in (1, 2, 3)]
    for day in days:
        shutil.copyfile(saved, day)
    saved.unlink()
    for day in days[1:]:
        _flip_page(day)

    new = make_daily_backup(survey)

    assert new is not None
    listed = surveyapp(survey, "restore-backup", "--list").stdout.splitlines()
    usable = [line for line in listed if "cannot be used" not in line]
    assert days[0].exists(), listed
    assert len(usable) == 2, listed  # the new one and the older good one


def test_a_healthy_survey_set_aside_by_a_restore_is_not_called_damaged(survey: Path) -> None:
    """Going back to a backup chosen by name (a day's work undone) set the healthy survey
    aside as `S.sqlite.damaged-<time>` and said "the damaged file is kept as": a volunteer
    finding it later thought her data damaged, or deleted the file that held her last edits."""
    backup = Path(surveyapp(survey, "backup").stdout.strip())
    assert (
        surveyapp(
            survey, "import", str(photos(survey.parent.parent / "more", range(4, 6)))
        ).returncode
        == 0
    )

    restored = surveyapp(survey, "restore-backup", str(backup))

    assert restored.returncode == 0, restored.stderr
    aside = _set_aside(survey)
    assert len(aside) == 1 and aside[0].startswith("S.sqlite.replaced-"), aside
    assert f"the survey it replaced is kept as {survey.parent / aside[0]}" in restored.stderr
    assert "damaged" not in restored.stderr, restored.stderr
    # what she imported since is added back: the restore read the survey set aside
    assert len(json.loads(surveyapp(survey, "photos", "--json").stdout)) == 6


def test_undoing_a_restore_brings_back_the_edits_the_replaced_survey_held_in_its_wal(
    survey: Path,
) -> None:
    """The app quit without closing its survey (a crash, a laptop out of battery): its last
    edits are only in the survey's -wal. A restore sets the survey aside with its -wal as
    `.replaced-<time>`; restoring that file to undo the restore copied the main file alone and
    lost those edits, and said the restore went fine."""
    backup = Path(surveyapp(survey, "backup").stdout.strip())
    [camera] = json.loads(surveyapp(survey, "cameras", "--json").stdout)[:1]
    holder = subprocess.Popen(  # the app, with the survey open
        [sys.executable, "-c", HOLD_OPEN, str(survey)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        edited = surveyapp(survey, "camera", "set", camera["id"], "notes=pole behind the kiosk")
        assert edited.returncode == 0, edited.stderr
    finally:
        holder.kill()  # it ends without closing: the edit stays in the -wal
        holder.wait()
    assert Path(f"{survey}-wal").stat().st_size > 0

    assert surveyapp(survey, "restore-backup", str(backup)).returncode == 0
    [aside] = _set_aside(survey)
    assert ".replaced-" in aside
    undone = surveyapp(survey, "restore-backup", str(survey.parent / aside))

    assert undone.returncode == 0, undone.stderr
    cameras = {c["id"]: c for c in json.loads(surveyapp(survey, "cameras", "--json").stdout)}
    assert cameras[camera["id"]].get("notes") == "pole behind the kiosk", cameras[camera["id"]]
    assert Path(f"{survey.parent / aside}-wal").exists()  # the file undone from, left as it was
