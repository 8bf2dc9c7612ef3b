"""The public page in its readers' language: the coordinator's ``--public-language``, else the
visitor's browser (Accept-Language) among the app's languages, else English. The words are the
app's translations (resources/translations); values a reviewer typed stay as they are."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import httpx

from tests.live_server import start_server
from tests.server.conftest import Team


def _lang(page: httpx.Response) -> str:
    found = re.search(r'<html lang="([^"]*)"', page.text)
    assert found, page.text[:200]
    return found.group(1)


def test_the_page_speaks_the_visitors_language_among_the_apps(team: Team) -> None:
    with httpx.Client(base_url=team.server.url, timeout=30) as visitor:
        french = visitor.get("/", headers={"Accept-Language": "fr-BE,fr;q=0.9,en;q=0.5"})
        assert french.status_code == 200
        assert _lang(french) == "fr"
        assert "Accept-Language" in french.headers.get("vary", "")
        assert "<h2>Fabricant</h2>" in french.text
        assert "Télécharger les caméras vérifiées (GeoJSON)" in french.text
        assert "<title>Caméras de surveillance</title>" in french.text  # the default title
        assert ">Vendor<" not in french.text

        cyrillic = visitor.get("/", headers={"Accept-Language": "sr-RS,sr;q=0.9"})
        assert _lang(cyrillic) == "sr-Cyrl"
        assert "<h2>Произвођач</h2>" in cyrillic.text
        latin = visitor.get("/", headers={"Accept-Language": "sr-Latn-RS"})
        assert _lang(latin) == "sr-Latn" and "<h2>Proizvođač</h2>" in latin.text
        # The first language the visitor reads that the app speaks; q=0 means "not this one".
        second = visitor.get("/", headers={"Accept-Language": "de-DE, fr;q=0.4, en;q=0.2"})
        assert _lang(second) == "fr"
        refused = visitor.get("/", headers={"Accept-Language": "fr;q=0, en;q=0.1"})
        assert _lang(refused) == "en"

        for unknown in ("de-DE,de;q=0.9", "*", ""):
            page = visitor.get("/", headers={"Accept-Language": unknown})
            assert page.status_code == 200 and _lang(page) == "en", unknown
            assert "<h2>Vendor</h2>" in page.text


def test_a_hostile_accept_language_gets_the_english_page(team: Team) -> None:
    hostile: list[str | bytes] = [
        "x" * 7000,
        "fr-" + "a" * 6000,
        ",".join(["zz;q=0.5"] * 900),
        "fr;q=abc",
        "fr;q=nan",
        "fr;q=1e999",
        ";;;,,,;q=;=",
        "sr;q=-1",
        "fr-\u00e9t\u00e9, sr;q=0.\u0665".encode(),  # bytes past ASCII
    ]
    with httpx.Client(base_url=team.server.url, timeout=30) as visitor:
        for header in hostile:
            raw = header if isinstance(header, bytes) else header.encode("ascii")
            page = visitor.get("/", headers=[(b"Accept-Language", raw)])
            assert page.status_code == 200, (header[:40], page.text[:200])
            assert _lang(page) == "en", header[:40]
            assert "<h2>Vendor</h2>" in page.text


def test_the_coordinators_language_wins_over_the_browsers(tmp_path: Any) -> None:
    server = start_server(
        f"sqlite:///{tmp_path / 'server.sqlite'}",
        tmp_path / "blobs",
        extra_args=["--public-language", "sr_Cyrl", "--title", "Beograd: {{about}} kamere"],
    )
    try:
        with httpx.Client(base_url=server.url, timeout=30) as visitor:
            for header in ("fr-FR,fr;q=0.9", "en", "x" * 5000):
                page = visitor.get("/", headers={"Accept-Language": header})
                assert page.status_code == 200 and _lang(page) == "sr-Cyrl", header[:20]
                assert "<h2>Произвођач</h2>" in page.text
                # The coordinator's title is theirs, as typed: no placeholder filled in it.
                assert "<title>Beograd: {{about}} kamere</title>" in page.text
                assert "Accept-Language" not in page.headers.get("vary", "")
    finally:
        server.stop()


def test_a_language_the_app_does_not_speak_is_refused_at_start(tmp_path: Any) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "surveyapp", "server", "run", "--public-language", "de",
         "--database-url", f"sqlite:///{tmp_path / 'server.sqlite'}"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--public-language" in done.stderr and "sr_Cyrl" in done.stderr
