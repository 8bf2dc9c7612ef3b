"""Translations: every string in four languages, plural forms right, the command line and Qt
agree, and the .ts/.qm files are current with the sources."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from surveyapp.i18n import (
    LANGUAGES,
    PLURAL_FORMS,
    Translator,
    choose_language,
    language_from_locale,
    load_catalogue,
    translation_file,
)
from tests.factory import PhotoSpec, make_jpeg

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# Qt's, str.format's, and argparse's printf-style ones ("%(prog)s", "%r").
PLACEHOLDER = re.compile(r"%n|%\d|\{[^}]*\}|%\(\w+\)\w|%[sr]")


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("sr_RS@latin", "sr_Latn"),
        ("sr_RS.UTF-8@latin", "sr_Latn"),
        ("sr-Latn-RS", "sr_Latn"),
        ("sr_RS", "sr_Cyrl"),
        ("sr-Cyrl", "sr_Cyrl"),
        ("fr_BE.UTF-8", "fr"),
        ("fr", "fr"),
        ("en_GB", "en"),
        ("de_DE", None),
        ("C.UTF-8", None),
        ("", None),
    ],
)
def test_locale_names_map_to_our_languages(locale: str, language: str | None) -> None:
    assert language_from_locale(locale) == language


def test_the_language_follows_settings_then_environment_then_locale() -> None:
    assert choose_language("fr", {"LANG": "sr_RS"}) == "fr"
    assert choose_language(None, {"SURVEYAPP_LANG": "sr_RS@latin", "LANG": "fr_FR"}) == "sr_Latn"
    assert choose_language(None, {"LC_ALL": "", "LANG": "fr_FR.UTF-8"}) == "fr"
    assert choose_language(None, {"LANG": "C", "LANGUAGE": "de:sr_RS"}) == "sr_Cyrl"
    assert choose_language(None, {"LANG": "de_DE"}) == "en"


def _sources() -> set[tuple[str, str]]:
    """Every (context, text) the code marks with translate("context", "text")."""
    found = set()
    for path in (ROOT / "surveyapp").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "translate"
                and len(node.args) >= 2
            ):
                context, text = node.args[0], node.args[1]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    found.add((str(context.value), str(text.value)))
    return found


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_marked_string_is_translated(language: str) -> None:
    catalogue = load_catalogue(language)
    translated = {(context, source) for context, source, _ in catalogue}
    missing = _sources() - translated
    assert not missing, f"{language}: no translation for {sorted(missing)[:10]}"
    for (_context, source, _), forms in catalogue.items():
        plural = "%n" in source
        assert len(forms) == (PLURAL_FORMS[language] if plural else 1), (language, source)
        for form in forms:
            assert form.strip(), (language, source)
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), (
                language,
                source,
                form,
            )
            assert form.endswith("\n") == source.endswith("\n"), (language, source, form)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_message_lupdate_found_is_translated(language: str) -> None:
    """Also the desktop app's self.tr() texts, which the AST scan above does not see."""
    root = ElementTree.parse(TRANSLATIONS / f"surveyapp_{language}.ts").getroot()
    unfinished = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None)
        or message.find("translation").get("type") is not None  # type: ignore[union-attr]
    ]
    assert not unfinished, f"{language}: {len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_no_text_is_filed_without_its_context() -> None:
    """Qt looks a widget's text up under its class: a text lupdate files under no context (a
    ``tr`` called through another name, as the share preview's field names were) is never
    found, and the app shows it in English whatever its language."""
    root = ElementTree.parse(TRANSLATIONS / "surveyapp_fr.ts").getroot()
    homeless = [
        message.findtext("source")
        for context in root.iter("context")
        if not context.findtext("name")
        for message in context.iter("message")
    ]
    assert not homeless, f"{len(homeless)} texts without a context, e.g. {homeless[:3]}"


def test_french_writes_its_apostrophes_as_in_print() -> None:
    """French writes "l’équipe", "n’a pas" with the typographic apostrophe, and quotes a name
    with « »: before, 131 French texts had a straight ' beside 217 with ’ ("l'équipe" in one
    line, "l’équipe" in the next), and one quoted a time as '{text}'."""
    root = ElementTree.parse(TRANSLATIONS / "surveyapp_fr.ts").getroot()
    straight = [
        form
        for message in root.iter("message")
        for form in [
            *(form.text or "" for form in message.iter("numerusform")),
            message.findtext("translation") or "",
        ]
        if "'" in form
    ]
    assert not straight, f"{len(straight)} French texts with ', e.g. {straight[:3]}"


def test_serbian_plurals_take_three_forms() -> None:
    serbian = Translator("sr_Latn")
    forms = [serbian.translate("cli", "%n new cameras", None, n) for n in (1, 3, 5, 11, 21, 24)]
    assert forms == [
        "1 nova kamera",
        "3 nove kamere",
        "5 novih kamera",
        "11 novih kamera",
        "21 nova kamera",
        "24 nove kamere",
    ]
    assert Translator("sr_Cyrl").translate("cli", "%n new cameras", None, 2) == "2 нове камере"
    assert Translator("fr").translate("cli", "%n new cameras", None, 0) == "0 nouvelle caméra"
    assert Translator("en").translate("cli", "%n new cameras", None, 1) == "1 new camera"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_command_line_reads_what_qt_reads(language: str) -> None:
    """The CLI's .ts reader and Qt's QTranslator over the compiled .qm give the same text."""
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(TRANSLATIONS / f"surveyapp_{language}.qm"))
    ours = Translator(language)
    for context, source in sorted(_sources()):
        counts = range(0, 32) if "%n" in source else [-1]
        for n in counts:
            expected = qt.translate(context, source, None, n) or source
            if n >= 0:
                expected = expected.replace("%n", str(n))
            assert ours.translate(context, source, None, n) == expected, (context, source, n)


def test_the_translation_files_are_current_with_the_sources() -> None:
    """`python3 -m tools.translations --check`: lupdate + lrelease would change nothing."""
    done = subprocess.run(
        [sys.executable, "-m", "tools.translations", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert translation_file("fr") == "translations/surveyapp_fr.ts"


def test_the_command_line_speaks_the_volunteers_language(tmp_path: Path) -> None:
    folder = tmp_path / "walk"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(make_jpeg(PhotoSpec(), seed=1))
    (folder / "b.jpg").write_bytes(make_jpeg(PhotoSpec(latitude=None, longitude=None), seed=2))
    env = {**os.environ, "SURVEYAPP_LANG": "sr_Cyrl"}
    done = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(tmp_path / "s.sqlite"), "import",
         str(folder)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 увезене, 0 дупликата, 0 грешака, 1 без положаја; 2 нове камере" in done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", "--db", str(tmp_path / "s.sqlite"), "cameras"],
        capture_output=True, text=True, env={**env, "SURVEYAPP_LANG": "fr_FR"}, timeout=60,
    )  # fmt: skip
    assert "sans position" in listed.stdout and "1 photo " in listed.stdout


def _cli(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "surveyapp.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "SURVEYAPP_LANG": language},
        timeout=60,
    )


def test_the_command_lines_help_and_usage_errors_speak_the_volunteers_language() -> None:
    """argparse's own words too: before, "usage:", "show this help message and exit" and every
    mistyped command's "error: the following arguments are required" were in English, with the
    help's first line ("Map surveillance cameras from your photos.") and the export's."""
    shown = _cli("--help", language="fr")
    assert shown.returncode == 0, shown.stderr
    help_text = " ".join(shown.stdout.split())
    assert help_text.startswith("utilisation : surveyapp [-h]"), help_text
    for words in (
        "Cartographier les caméras de surveillance à partir de vos photos.",
        "-h, --help afficher cette aide et quitter",
        "--version afficher la version et quitter",
        "--db DB fichier de la base du relevé",
        "export exporter le relevé",
    ):
        assert words in help_text, (words, help_text)
    assert "usage" not in help_text and "show this" not in help_text
    export = " ".join(_cli("export", "--help", language="fr").stdout.split())
    assert "Formats : geojson: points RFC 7946, balises OSM en propriétés; csv:" in export
    assert "out fichier de sortie, ou - pour la sortie standard" in export

    missing = _cli("camera", language="fr")
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        "utilisation : surveyapp camera [-h] ACTION ...",
        "surveyapp camera : erreur : ces arguments sont obligatoires : ACTION",
    ]
    unknown = _cli("--bogus", language="fr")
    assert unknown.stderr.splitlines()[-1] == "surveyapp : erreur : arguments inconnus : --bogus"
    # Serbian in Cyrillic: argparse's placeholders ("%(value)r") stay as argparse needs them.
    wrong = _cli("export", "xyz", "out.geojson", language="sr_Cyrl")
    assert wrong.returncode == 2
    assert wrong.stderr.splitlines()[-1].startswith(
        "surveyapp export: грешка: аргумент format: немогућ избор: 'xyz' (изаберите: 'geojson',"
    ), wrong.stderr
    english = _cli("camera", language="en")
    assert english.stderr.splitlines()[-1] == (
        "surveyapp camera: error: the following arguments are required: ACTION"
    )


def test_serbian_in_cyrillic_keeps_commands_and_options_as_they_are_typed() -> None:
    """A command quoted in a message, and an option, are typed in Latin letters whatever the
    script: the Cyrillic transliteration leaves them alone (before, "`surveyapp sync статус`",
    "--алл", "--цхецк": commands no shell knows)."""
    from tools.translations import to_cyrillic

    assert to_cyrillic(
        "vidite `surveyapp sync status`; `surveyapp sync discard ID` (ili --all)"
    ) == ("видите `surveyapp sync status`; `surveyapp sync discard ID` (или --all)")
    assert to_cyrillic("--check zahteva --at VREME ili --from-neighbours") == (
        "--check захтева --at VREME или --from-neighbours"
    )


def test_serbian_in_cyrillic_keeps_a_command_typed_without_quotes() -> None:
    """After a geotagging, the Cyrillic command line said "за поништавање: surveyapp геотаг
    --undo", and a damaged survey "покрените: surveyapp --db {path} ресторе-бацкуп": commands
    no shell knows. A field name typed as it is (manufacturer=) stays in Latin letters too."""
    from tools.translations import to_cyrillic

    assert to_cyrillic("za poništavanje: surveyapp geotag --undo") == (
        "за поништавање: surveyapp geotag --undo"
    )
    assert to_cyrillic("pokrenite: surveyapp --db {path} restore-backup") == (
        "покрените: surveyapp --db {path} restore-backup"
    )
    assert to_cyrillic("(surveyapp sync discard ID, ili --all)") == (
        "(surveyapp sync discard ID, или --all)"
    )
    assert to_cyrillic("postavite manufacturer=...; status i model kamere") == (
        "поставите manufacturer=...; статус и модел камере"
    )
    shipped = (TRANSLATIONS / "surveyapp_sr_Cyrl.ts").read_text("utf-8")
    assert re.findall(r"surveyapp (?:--db \{\w+\} )?[а-шА-Ш]\w*", shipped) == []


def test_serbian_in_cyrillic_writes_words_for_either_gender_in_cyrillic() -> None:
    """A teammate's camera said "Mapirao/la {owner}: само та особа…" in the Cyrillic app, and
    the sync "је prvi/a podelio/la ову слику": a word written for either gender looked like a
    path, and stayed in Latin letters in the middle of a Cyrillic sentence."""
    from tools.translations import to_cyrillic

    assert to_cyrillic("Mapirao/la {owner}: samo ta osoba") == "Мапирао/ла {owner}: само та особа"
    assert to_cyrillic("{owner} je prvi/a podelio/la njegovu/njenu kopiju") == (
        "{owner} је први/а поделио/ла његову/њену копију"
    )
    assert to_cyrillic("vidite /tmp/h50/x.sqlite ili {path}/photos") == (
        "видите /tmp/h50/x.sqlite или {path}/photos"
    )
    shipped = (TRANSLATIONS / "surveyapp_sr_Cyrl.ts").read_text("utf-8")
    translated = re.findall(r"<(?:translation|numerusform)>([^<]*)<", shipped)
    assert [t for t in translated if re.search(r"\b[A-ZČĆŽŠĐ]?[a-zčćžšđ]+/[a-zčćžšđ]+\b", t)] == []
