"""The desktop app's import against the command line's, on the same photos in the same run.

    python3 -m benchmarks.bench_app_import [--count 300] [--repeat 3] [--corpus] [--known FILE]

Each round imports the same folder into two fresh copies of one survey (the same known cameras
loaded in each, the 18,000 of ``../shared/data`` by default): once with ``surveyapp import DIR``
(a subprocess, timed from launch to exit: start-up and migration included) and once through the
desktop app's import dialog (a child process running the real window offscreen, timed from the
dialog's opening to its summary). The rounds alternate which goes first, so that a busy machine
weighs on both alike. Prints each round and the medians; the target is app <= 1.2x the CLI.

``--count`` photos are 12-MP phone JPEGs from ``benchmarks/photos.py`` (made once, then
reused); ``--corpus`` imports ``../shared/corpus/photos`` instead (every kind of file: HEIC,
DNG, PNG, damaged files, non-photos).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_gui import _run_child  # noqa: E402
from benchmarks.common import timed_run  # noqa: E402

TARGET_RATIO = 1.2
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
KNOWN = SHARED / "data" / "osm-surveillance-us-west.geojson"


def surveyapp_command() -> list[str]:
    """This interpreter's SurveyApp: the code the app's child process runs too."""
    return [sys.executable, "-m", "surveyapp.cli"]


def _survey(tmp: Path, known: Path | None) -> Path:
    """A fresh survey (with the known cameras loaded), to be copied for each run."""
    template = tmp / "template.sqlite"
    command = [*surveyapp_command(), "--db", str(template)]
    if known is not None and known.is_file():
        timed_run([*command, "known", "import", str(known)], "known import")
    else:
        timed_run([*command, "cameras", "--json"], "a new survey")
    return template


def _copy(template: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300, help="phone photos (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--corpus", action="store_true", help="import ../shared/corpus/photos")
    parser.add_argument("--known", type=Path, default=KNOWN, help="known cameras loaded first")
    parser.add_argument("--no-known", action="store_true", help="an empty survey")
    parser.add_argument("--tmp", type=Path, default=None, help="where the temporary files go")
    args = parser.parse_args(argv)

    if args.corpus:
        folder = SHARED / "corpus" / "photos"
        kind = f"the corpus ({sum(1 for p in folder.rglob('*') if p.is_file())} files)"
    else:
        from benchmarks.photos import photo_folder

        folder = photo_folder(args.count, log=print)
        kind = f"{args.count} 12-MP phone photos"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    cli_times: list[float] = []
    app_times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="surveyapp-bench-app-import-", dir=args.tmp) as tmp:
        root = Path(tmp)
        env.update(XDG_CONFIG_HOME=f"{tmp}/config", XDG_STATE_HOME=f"{tmp}/state",
                   XDG_CACHE_HOME=f"{tmp}/cache")  # fmt: skip
        config = root / "config" / "SurveyApp"
        config.mkdir(parents=True)
        (config / "SurveyApp.conf").write_text("[map]\ntile_url=\n")  # no network
        template = _survey(root, None if args.no_known else args.known)
        subprocess.run(
            ["cat", *map(str, folder.rglob("*"))],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )  # fmt: skip  (a warm page cache)
        print(f"importing {kind}; known cameras: {'none' if args.no_known else args.known.name}")
        for round_ in range(args.repeat):

            def cli(number: int = round_) -> None:
                db = _copy(template, root / f"cli-{number}" / "survey.sqlite")
                seconds, _ = timed_run(
                    [*surveyapp_command(), "--db", str(db), "import", str(folder)], "import"
                ) if not args.corpus else _cli_allowing_errors(db, folder)  # fmt: skip
                cli_times.append(seconds)

            def app(number: int = round_) -> None:
                db = _copy(template, root / f"app-{number}" / "survey.sqlite")
                reports, _ = _run_child(["import", str(db), str(folder)], env)
                app_times.append(reports[-1]["seconds"])

            for run in (cli, app) if round_ % 2 == 0 else (app, cli):
                run()
            print(f"  round {round_ + 1}: CLI {cli_times[-1]:.2f} s, app {app_times[-1]:.2f} s "
                  f"({app_times[-1] / cli_times[-1]:.2f}x)")  # fmt: skip
            for leftover in root.glob("*-*/"):
                shutil.rmtree(leftover, ignore_errors=True)
    cli_median, app_median = statistics.median(cli_times), statistics.median(app_times)
    ratio = app_median / cli_median
    verdict = "met" if ratio <= TARGET_RATIO else "NOT MET"
    load = os.getloadavg()[0]
    print(f"median: CLI {cli_median:.2f} s, app {app_median:.2f} s: {ratio:.2f}x "
          f"(target <= {TARGET_RATIO}x: {verdict}); load average {load:.1f}")  # fmt: skip
    return 0 if ratio <= TARGET_RATIO else 1


def _cli_allowing_errors(db: Path, folder: Path) -> tuple[float, str]:
    """The corpus holds files that cannot be imported: exit 1 is its normal answer."""
    import time

    started = time.perf_counter()
    command = [*surveyapp_command(), "--db", str(db), "import", str(folder)]
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"import failed with exit code {done.returncode}: {done.stderr[-2000:]}")
    return time.perf_counter() - started, done.stderr


if __name__ == "__main__":
    raise SystemExit(main())
