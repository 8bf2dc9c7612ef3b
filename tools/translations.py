"""Update the translations: ``python3 -m tools.translations`` (``--check`` only verifies).

1. pyside6-lupdate collects every ``translate("context", "text")``, ``self.tr("text")`` and
   ``QT_TRANSLATE_NOOP("context", "text")`` (texts kept in tables, translated where shown) of
   surveyapp/ (and the OSM vocabulary the desktop app shows) into
   ``resources/translations/surveyapp_<language>.ts``, keeping what is already translated;
2. texts with ``%n`` become plural messages (lupdate's Python reader does not see the count
   argument of ``translate``), keeping their translated forms;
3. English gets the source text wherever it has no translation of its own, and Serbian in
   Cyrillic is transliterated from Serbian in Latin (the language is written in both; names,
   file formats and placeholders stay as they are);
4. pyside6-lrelease compiles each ``.ts`` into the ``.qm`` the desktop app loads.

Translators edit the ``.ts`` files (Qt Linguist, or any text editor), then run this again.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from surveyapp.cameras.fields import FIELDS
from surveyapp.cli import build_parser
from surveyapp.i18n import LANGUAGES, PLURAL_FORMS
from surveyapp.vendors import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "surveyapp"
QT_LANGUAGE = {"en": "en_GB", "fr": "fr_FR", "sr_Latn": "sr_Latn_RS", "sr_Cyrl": "sr_Cyrl_RS"}
MARKERS = re.compile(r"\btranslate\(|\.tr\(|\bQT_TRANSLATE_NOOP\(")

_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: pip install -e '.[dev]'")
    return found


def _run(*command: str) -> None:
    """Run a Qt tool quietly (lupdate warns about the plural forms step 2 puts back)."""
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def source_files() -> list[Path]:
    """The Python files that mark strings for translation."""
    return sorted(path for path in SOURCES.rglob("*.py") if MARKERS.search(path.read_text("utf-8")))


def vocabulary_file(folder: Path) -> Path:
    """A generated file that shows lupdate the OSM values and field help texts, which live in
    data (surveyapp/cameras/fields.py, resources/vendors.json) rather than in translate()
    calls."""
    lines = ["from surveyapp.i18n import translate", ""]
    for field in FIELDS.values():
        lines.append(f"translate('fields', {field.help!r})")
        lines.extend(f"translate('osm', {value!r})" for value in field.choices)
    # The catalogue's model families, named in a typed model's suggestion and in the guide.
    families = dict.fromkeys(f.family for v in load_catalogue().vendors for f in v.models)
    lines.extend(f"translate('families', {family!r})" for family in families)
    path = folder / "osm_vocabulary.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def _key(context: ElementTree.Element, message: ElementTree.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name", ""),
        message.findtext("source", ""),
        message.findtext("comment", ""),
    )


def _finished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None


def read_plurals(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """The plural forms already written in a .ts file (lupdate would drop them)."""
    if not path.exists():
        return {}
    plurals = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes" and _finished(message):
                plurals[_key(context, message)] = _forms(message)
    return plurals


def _set_translation(message: ElementTree.Element, forms: list[str], plural: bool) -> None:
    old = message.find("translation")
    if old is not None:
        message.remove(old)
    translation = ElementTree.SubElement(message, "translation")
    if not all(forms):
        translation.set("type", "unfinished")
    if plural:
        message.set("numerus", "yes")
        for form in forms:
            ElementTree.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0] if forms else ""


LATIN_TO_CYRILLIC = {
    "lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ", "LJ": "Љ", "NJ": "Њ",
    "DŽ": "Џ", "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е",
    "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н",
    "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в", "z": "з",
    "ž": "ж", "A": "А", "B": "Б", "C": "Ц", "Č": "Ч", "Ć": "Ћ", "D": "Д", "Đ": "Ђ", "E": "Е",
    "F": "Ф", "G": "Г", "H": "Х", "I": "И", "J": "Ј", "K": "К", "L": "Л", "M": "М", "N": "Н",
    "O": "О", "P": "П", "R": "Р", "S": "С", "Š": "Ш", "T": "Т", "U": "У", "V": "В", "Z": "З",
    "Ž": "Ж",
}  # fmt: skip
_LATIN = re.compile("|".join(sorted(LATIN_TO_CYRILLIC, key=len, reverse=True)))
# Kept in Latin: placeholders, markup, paths and keys, names and acronyms (a capital after the
# first letter, or letters Serbian does not use), and the names below.
_NAMES = [
    *("Huawei", "Dahua", "Hikvision", "Hytera", "ZTE", "Google", "Earth", "OsmAnd"),
    *("SurveyApp", "JOSM", "QGIS", "OpenStreetMap", "ExifTool", "Linux", "Windows", "macOS"),
    *("Mercator", "Wikidata", "Imou", "Lorex", "EZVIZ", "id", "Overpass", "gzip", "Canon"),
    # EXIF and GPS tag names quoted in the metadata reader's warnings
    *("Latitude", "Longitude", "Altitude", "ImgDirection", "DateStamp", "TimeStamp"),
    *("General", "Public", "License"),  # GNU General Public License
    # camera makers, their product lines and the names printed on their labels
    *("Bosch", "Falcon", "Condor", "Raven", "Safe", "Uniarch", "Amcrest", "Samsung", "Turbo"),
    *("Zhejiang", "Hangzhou", "Technologies", "Digital", "Vision", "Co", "Ltd"),
    *("Platinum", "Annke", "Spectra", "Lite"),
]
# The OSM values and field names a volunteer types (camera set camera:type=dome,
# manufacturer=...) stay as OSM spells them; a field name that is a Serbian word too (status,
# model, operator) is left to the translation.
_VOCABULARY = sorted(
    {value for field in FIELDS.values() for value in field.choices}
    | {"manufacturer", "brand", "height", "surveillance", "vendor"},
    key=len,
)


def _commands() -> list[str]:
    """The command line's commands and actions, as its parser knows them: typed after
    `surveyapp` in a message that does not quote them ("surveyapp geotag --undo", "surveyapp
    --db {path} restore-backup"), longest first."""
    found: set[str] = set()
    parsers = [build_parser()]
    while parsers:
        for action in parsers.pop()._actions:
            if isinstance(action, argparse._SubParsersAction):
                found.update(action.choices)
                parsers.extend(action.choices.values())
    return sorted(found, key=len, reverse=True)


_KEEP = re.compile(
    r"\bsurveyapp(?: --db \{\w+\})?(?: (?:" + "|".join(_commands()) + r")(?![\w-]))+|"
    r"\b(?=[\w-]*\d)\w+(?:-\w+)+|"  # model numbers (DH-IPC-HFW2431S-S-S2)
    r"\b[A-Z]{2,}-[A-Z]\b|"  # model series (PTZ-N, IPC-H, TC-A)
    r"(?:(?<=serija )|(?<=serije )|(?<=kamera )|(?<=generacija )|(?<=[(+] ))[A-Z]\b|"  # a
    r"(?<= )-[A-Z]\b|Wi-Fi|"  # series letter (serija M), a suffix (-L), Wi-Fi (it has a w)
    r"`[^`]*`|--\w[\w-]*|"  # commands quoted as typed (`surveyapp sync status`), options (--all)
    r"%\(\w+\)\w|%\w+|\{[^}]*\}|<[^>]*>|&\w+;|[^\s<>]*[/:=@_\\][\w/][^\s<>]*|\S*\.\w+\S*|\b\w*\d\w*"
    r"|\b\w*[a-zšđčćž][A-ZŠĐČĆŽ]\w*|\b[A-ZŠĐČĆŽ]{2,}\w*|\b\w*[qwxyQWXY]\w*"
    r"|\b(?:Ctrl|Shift|Alt)\+\w+|\bhttps?(?:\(s\))?"  # shortcuts (Ctrl+I), http(s)
     + r"|\b(?:" + "|".join(map(re.escape, [*_NAMES, *reversed(_VOCABULARY)])) + r")\b"
)


# Serbian words written for either gender (mapirao/la, prvi/a, njegova/njena) look like a
# path to _KEEP; they are words, and are written in Cyrillic like the rest.
_GENDERED = re.compile(r"[A-ZŠĐČĆŽ]?[a-zšđčćž]+(?:/[a-zšđčćž]+)+")


def to_cyrillic(text: str) -> str:
    """Serbian in Latin script → Cyrillic, leaving names, formats and placeholders alone."""
    out, last = [], 0
    for kept in _KEEP.finditer(text):
        if _GENDERED.fullmatch(kept.group()):  # mapirao/la, njegova/njena: words, not a path
            continue
        out.append(_LATIN.sub(lambda m: LATIN_TO_CYRILLIC[m.group()], text[last : kept.start()]))
        out.append(kept.group())
        last = kept.end()
    out.append(_LATIN.sub(lambda m: LATIN_TO_CYRILLIC[m.group()], text[last:]))
    return "".join(out)


def _latin_translations(path: Path) -> dict[tuple[str, str, str], list[str]]:
    root = ElementTree.parse(path).getroot()
    return {
        _key(context, message): _forms(message)
        for context in root.iter("context")
        for message in context.iter("message")
        if _finished(message)
    }


def postprocess(path: Path, language: str, plurals: dict[tuple[str, str, str], list[str]],
                latin: dict[tuple[str, str, str], list[str]] | None) -> None:  # fmt: skip
    """Plural messages, English defaults and Cyrillic transliteration (steps 2 and 3)."""
    tree = ElementTree.parse(path)
    root = tree.getroot()
    root.set("language", QT_LANGUAGE[language])
    count = PLURAL_FORMS[language]
    for context in root.iter("context"):
        for message in context.iter("message"):
            key = _key(context, message)
            # lupdate marks tr(text, comment, n) itself; translate() texts are marked by their %n.
            plural = "%n" in key[1] or message.get("numerus") == "yes"
            forms = _forms(message) if _finished(message) else []
            if plural:
                forms = plurals.get(key, forms if len(forms) == count else [])
            if latin is not None:  # sr_Cyrl follows sr_Latn
                forms = [to_cyrillic(form) for form in latin.get(key, [])]
            if language == "en" and not (forms and all(forms)):
                forms = [key[1]] * (count if plural else 1)
            if plural and len(forms) != count:
                forms = (forms + [""] * count)[:count]
            if not forms:
                forms = [""]
            _set_translation(message, forms, plural)
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text(_HEADER + body + "\n", encoding="utf-8")


def update(folder: Path) -> list[Path]:
    """Run steps 1-4 on the .ts files in ``folder``; returns the .qm files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        inputs = [*source_files(), vocabulary_file(Path(scratch))]
        order = sorted(LANGUAGES, key=lambda lang: lang == "sr_Cyrl")  # Latin before Cyrillic
        for language in order:
            ts = folder / f"surveyapp_{language}.ts"
            if not ts.exists():
                ts.write_text(
                    f'{_HEADER}<TS version="2.1" language="{QT_LANGUAGE[language]}"></TS>\n',
                    encoding="utf-8",
                )
            plurals = read_plurals(ts)
            _run(_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                 *map(str, inputs), "-ts", str(ts))  # fmt: skip
            latin = None
            if language == "sr_Cyrl":
                latin = _latin_translations(folder / "surveyapp_sr_Latn.ts")
            postprocess(ts, language, plurals, latin)
            qm = ts.with_suffix(".qm")
            _run(_tool("lrelease"), "-silent", str(ts), "-qm", str(qm))
            written.append(qm)
    return written


def check() -> list[str]:
    """What an update would change (empty when the translations are current)."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "translations"
        shutil.copytree(FOLDER, copy)
        update(copy)
        for path in sorted(copy.iterdir()):
            if path.read_bytes() != (FOLDER / path.name).read_bytes():
                problems.append(f"{path.name} is out of date: run python3 -m tools.translations")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify only; exit 1 if stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are up to date", file=sys.stderr)
        return 1 if problems else 0
    for qm in update(FOLDER):
        print(qm.relative_to(ROOT), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
