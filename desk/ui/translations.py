"""The desk's languages: which one applies, and the Qt translators that make every visible text speak it.

Every text people see goes through Qt's translation machinery (`self.tr()` in a widget, whose context is its class
name, or `QCoreApplication.translate("context", ...)` in plain functions). The sources are in English; the
translations are Qt Linguist files in resources/translations/ (desk_es.ts, desk_ca.ts, desk_en.ts), compiled to the
.qm files the desk loads (`make translations` runs lupdate then lrelease; both are committed, since the .qm files
are shipped). tests/test_translations.py fails when a message is unfinished, a .qm is stale, or a screen shows an
English text in Spanish.

The language is Settings.language: "" follows the system (QLocale.system()), else "es", "ca" or "en". A language
the desk does not speak falls back to English, the source language. A change in the settings applies at the next
start (widgets already built keep their texts); the main window offers to start the desk again (desk.ui.restart).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.resources import resource_path

SUPPORTED = ("es", "ca", "en")
SOURCE_LANGUAGE = "en"
DOMAIN = "desk"

_installed: list[QTranslator] = []  # kept alive here: a translator that is garbage collected stops translating
_speaking = SOURCE_LANGUAGE  # the language the installed translators speak


def speaking() -> str:
    """The language the screens speak now (set at start): a saved setting applies only at the next start."""
    return _speaking


def translations_dir() -> Path:
    return resource_path("translations")


def qm_path(language: str) -> Path:
    return translations_dir() / f"{DOMAIN}_{language}.qm"


def effective_language(setting: str, system: QLocale | None = None) -> str:
    """The language the desk speaks for a setting: "es", "ca" or "en" ("" or "system" follow the system's)."""
    if setting in SUPPORTED:
        return setting
    locale = system if system is not None else QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in SUPPORTED:
            return code
    return SOURCE_LANGUAGE


def remove_translators() -> None:
    global _speaking
    _speaking = SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def install_translators(setting: str) -> str:
    """Install the desk's translator (and Qt's own, for standard buttons and dialogs) for `setting`.

    Returns the language now spoken. Replaces whatever an earlier call installed. Needs a QCoreApplication.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    global _speaking
    remove_translators()
    language = effective_language(setting)
    _speaking = language
    if language == SOURCE_LANGUAGE:
        return language
    desk = QTranslator(app)
    if desk.load(str(qm_path(language))):
        app.installTranslator(desk)
        _installed.append(desk)
    qt = QTranslator(app)  # "Cancel", "OK", "Save" of QDialogButtonBox; the file dialogs
    for folder in _qt_translation_dirs():
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return language


def _qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files are: Qt's translations path, else beside PySide6 (a PyInstaller bundle keeps them
    under PySide6/Qt/translations, installer/posventa-desk.spec)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]  # fmt: skip


# --- make translations -------------------------------------------------------------------------------------------

# The services' messages are desk.messages.say("...") calls: lupdate reads say as QT_TR_NOOP (unnamed context).
LUPDATE_OPTIONS = ("-locations", "relative", "-no-obsolete", "-tr-function-alias", "QT_TR_NOOP+=say")
_NOT_FOR_PEOPLE = {"bench", "scripts", "migrations"}  # the benchmark, the command line, the schema: English


def message_sources(root: Path) -> list[Path]:
    """The Python files whose texts people read on screen: desk/ui/ and the services of desk/."""
    desk = root / "desk"
    return sorted(p for p in desk.rglob("*.py") if not _NOT_FOR_PEOPLE & set(p.relative_to(desk).parts))


def update(root: Path, ts_files: list[Path]) -> None:
    """lupdate every message into the .ts files (new ones unfinished), then lrelease each into its .qm."""
    import subprocess
    import sys

    tools = Path(sys.executable).parent
    subprocess.run([str(tools / "pyside6-lupdate"), *LUPDATE_OPTIONS, *map(str, message_sources(root)), "-ts",
                    *map(str, ts_files)], check=True)  # fmt: skip
    for ts in ts_files:
        subprocess.run([str(tools / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)  # fmt: skip


if __name__ == "__main__":  # make translations
    _root = Path(__file__).resolve().parents[2]
    update(_root, [_root / "resources" / "translations" / f"{DOMAIN}_{lang}.ts" for lang in SUPPORTED])
