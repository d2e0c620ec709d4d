"""Every visible text goes through Qt's translations, and Spanish and Catalan are complete (issue 7).

(a) every message of resources/translations/desk_es.ts and desk_ca.ts is finished, non-empty, and keeps the
    source's {placeholders}, its &-accelerator and its markup;
(b) the .ts files hold every text of desk/ui/ (lupdate finds nothing new) and the shipped .qm files are what
    lrelease makes of them (`make translations` refreshes both);
(c) with the Spanish translator installed, the main window and the main dialogs are built offscreen and every
    text they show (labels, buttons, group boxes, placeholders, tooltips, window and tab titles, list headers and
    rows, combo items) is checked: a text that is still the English source of a message, or that reads as English,
    fails the test with the widget that shows it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desk.enums import Channel, DecisionKind, ItemCondition, StoreKind
from desk.models import utcnow
from desk.returns import ReturnLineRequest, ReturnRequest, take_return
from desk.ui.context import DeskContext
from desk.ui.formatting import set_number_language
from desk.ui.settings import Settings
from desk.ui.translations import (
    LUPDATE_OPTIONS,
    effective_language,
    message_sources,
    install_translators,
    qm_path,
    remove_translators,
    translations_dir,
)
from tests.factories import Staff, make_customer, make_order, make_product
from tests.ui_fixtures import ctx, settings, wait_idle  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TRANSLATED = ("es", "ca")
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")  # {name}, not the literal {{ braces }}
TAG = re.compile(r"<[^>]+>")

# Words that are English and neither Spanish nor Catalan: a text showing one of them was not translated (or never
# went through tr()). Whole words, case-insensitive.
ENGLISH_WORDS = frozenset("""
    the and your you with from this that what which when where who why how here there is are was were not nothing
    cancel save close open search loading searching customer customers order orders case cases return returns
    warranty claim goodwill approval approvals approve reject withdraw print settings sign signed password user
    please choose type select find show add remove edit yes amount reason refund store stores item items none
    will been have letter receipt decision outcome intake granted rejected pending waiting
""".split())


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def read_ts(language: str) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) of every message of desk_<language>.ts."""
    root = ET.parse(translations_dir() / f"desk_{language}.ts").getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            messages.append((name, message.findtext("source") or "", translation.text or "", finished))
    return messages


# --- (a) complete and consistent ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders_and_accelerator(language: str) -> None:
    messages = read_ts(language)
    assert len(messages) > 800  # the whole UI, not a stub
    problems = []
    for context, source, translation, finished in messages:
        where = f"{context}: {source!r} -> {translation!r}"
        if not finished or not translation.strip():
            problems.append(f"untranslated {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"placeholders differ {where}")
        if min(_accelerators(source), 1) != _accelerators(translation):
            problems.append(f"&-accelerator differs {where}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
            problems.append(f"markup differs {where}")
        if source.count("\n") != translation.count("\n"):
            problems.append(f"line breaks differ {where}")
    assert not problems, "\n".join(problems)


def test_english_is_the_identity_and_every_language_has_the_same_messages() -> None:
    english = read_ts("en")
    assert all(finished and translation == source for _, source, translation, finished in english)
    keys = {(c, s) for c, s, _, _ in english}
    for language in TRANSLATED:
        assert {(c, s) for c, s, _, _ in read_ts(language)} == keys


# --- (b) nothing missing, nothing stale --------------------------------------------------------------------------


def test_the_ts_files_hold_every_text_of_the_ui(tmp_path: Path) -> None:
    """lupdate over desk/ui/ and the services finds no message the .ts files lack: run `make translations` after
    adding a tr() or a say()."""
    sources = [str(p) for p in message_sources(ROOT)]
    copy = tmp_path / "desk_es.ts"
    shutil.copy(translations_dir() / "desk_es.ts", copy)
    subprocess.run([str(BIN / "pyside6-lupdate"), *LUPDATE_OPTIONS, *sources, "-ts", str(copy)], check=True,
                   capture_output=True)  # fmt: skip
    before = {(c, s) for c, s, _, _ in read_ts("es")}
    after_root = ET.parse(copy).getroot()
    after = {(ctx.findtext("name") or "", m.findtext("source") or "")
             for ctx in after_root.iter("context") for m in ctx.iter("message")}  # fmt: skip
    assert after - before == set(), f"not in the .ts files yet (make translations): {sorted(after - before)}"
    assert before - after == set(), f"no longer in the code (make translations): {sorted(before - after)}"


def test_no_text_is_translated_inside_an_f_string() -> None:
    """lupdate does not read inside f-strings: a tr() there is never collected, and shows English."""
    import ast

    found = []
    for path in message_sources(ROOT):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    name = getattr(getattr(call, "func", None), "attr", None) or getattr(getattr(call, "func", None),
                                                                                         "id", None)  # fmt: skip
                    if isinstance(call, ast.Call) and name in ("tr", "translate", "say"):
                        found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not found, found


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_the_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"desk_{language}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(translations_dir() / f"desk_{language}.ts"),
                    "-qm", str(fresh)], check=True)  # fmt: skip
    assert qm_path(language).read_bytes() == fresh.read_bytes(), "stale .qm: run `make translations`"


def test_the_language_follows_the_system_unless_chosen() -> None:
    assert effective_language("ca") == "ca"
    assert effective_language("", QLocale("es_ES")) == "es"
    assert effective_language("", QLocale("ca_ES")) == "ca"
    assert effective_language("system", QLocale("ca_AD")) == "ca"
    assert effective_language("", QLocale("de_DE")) == "en"


# --- (c) what the screens show in Spanish ------------------------------------------------------------------------


def _plain(text: str) -> str:
    text = TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("&nbsp;", " ").split())


class EnglishDetector:
    """Tells whether a text on screen is English: the source of a message translated differently, whole or with
    its {placeholders} filled in, or a text holding a word of ENGLISH_WORDS."""

    def __init__(self, language: str) -> None:
        self.exact: set[str] = set()
        patterns = []
        for _, source, translation, finished in read_ts(language):
            plain = _plain(source)
            if finished and _plain(translation) == plain:
                continue  # the same in both languages ("CSAT", "Web", "Posventa Desk")
            if not PLACEHOLDER.search(plain):
                self.exact.add(plain)
                continue
            literal = PLACEHOLDER.sub("", plain)
            if sum(ch.isalpha() for ch in literal) >= 3:
                parts = PLACEHOLDER.split(plain)
                patterns.append(".+?".join(re.escape(part) for part in parts))
        # a text that is also a translation in this language is not English (Catalan "&Company" is "&Colleague")
        self.exact -= {_plain(translation) for _, _, translation, _ in read_ts(language)}
        self.filled = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
        # whole words: the Catalan "cancel·la" is not "cancel" (· joins a word there)
        self.words = re.compile(r"(?<![\w·'’])(" + "|".join(sorted(ENGLISH_WORDS)) + r")(?![\w·])", re.IGNORECASE)

    def why(self, text: str) -> str | None:
        plain = _plain(text)
        if not plain:
            return None
        if plain in self.exact:
            return "the English source"
        if self.filled is not None and self.filled.fullmatch(plain):
            return "an English source with its placeholders filled"
        word = self.words.search(plain)
        if word:
            return f"the English word {word.group(0)!r}"
        return None


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can read on `top` and its children."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            name = widget.objectName() or type(widget).__name__
            found.append((f"{type(top).__name__} › {name} ({what})", text))

    for widget in [top, *top.findChildren(QWidget)]:
        if widget.isWindow():
            add(widget, "window title", widget.windowTitle())
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "group box", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
            if widget.isReadOnly():  # a text browser (the timeline's detail, a case's history): what it shows
                add(widget, "text", widget.toPlainText())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
                add(widget, "tab tooltip", widget.tabToolTip(i))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "combo item", widget.itemText(i))
            if widget.lineEdit() is not None:
                add(widget, "placeholder", widget.lineEdit().placeholderText())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, its columnCount private
                columns = 1
            for column in range(columns):
                add(widget, "header", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(min(model.rowCount(QModelIndex()), 20)):
                    add(widget, f"row {row}", str(model.index(row, column).data() or ""))
        for action in QWidget.actions(widget):  # a widget may have an attribute "actions" of its own
            add(widget, "action", action.text())
            add(widget, "action tooltip", action.toolTip() if action.toolTip() != action.text() else "")
    return found


def untranslated(top: QWidget, detector: EnglishDetector) -> list[str]:
    return [f"{where}: {text!r} is {why}" for where, text in visible_texts(top)
            if (why := detector.why(text)) is not None]  # fmt: skip


RETURN_BUTTON = {"es": "Devolución…   Ctrl+R", "ca": "Devolució…   Ctrl+R"}  # the customer's return button


@pytest.fixture
def spanish() -> object:
    assert install_translators("es") == "es"
    assert QCoreApplication.translate("formatting", "Return") == "Devolución"
    yield EnglishDetector("es")
    remove_translators()


@pytest.fixture(params=TRANSLATED)
def translated(request: pytest.FixtureRequest) -> object:
    """The desk in Spanish, then in Catalan: the detector of English texts for that language."""
    assert install_translators(request.param) == request.param
    set_number_language(request.param)  # as the desk does (desk.ui.settings.apply_locale): 1.234,56 EUR
    yield request.param, EnglishDetector(request.param)
    set_number_language("en")
    remove_translators()


def show(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    wait_idle(qtbot)
    return widget


@pytest.fixture
def customer(ctx: DeskContext, staff: Staff) -> dict[str, int]:
    person = make_customer(ctx.db, ctx.actor, "Núria Puig i Col·lell")
    kettle = make_product(ctx.db, "PEQ-1", "Hervidor Bosch", "39.90", category="Pequeño electrodoméstico")
    tv = make_product(ctx.db, "TV-LG-55", "LG OLED 55", "1299.00", category="Televisores", serialised=True)
    (line,) = make_order(ctx.db, staff.shop_id, person, "PED-5", utcnow() - timedelta(days=3),
                         [(kettle, 2, "39.90", None)])  # fmt: skip
    make_order(ctx.db, staff.shop_id, person, "PED-101", utcnow() - timedelta(days=60), [(tv, 1, "1299.00", "SNTV1")],
               receipt="T-88812")  # fmt: skip
    taken = take_return(ctx.db, ctx.actor, ReturnRequest(
        person, Channel.STORE, (ReturnLineRequest(1, ItemCondition.OPENED, line),), "original_payment", False,  # type: ignore[arg-type]
    ))  # fmt: skip
    return {"customer": person, "case_id": taken.case_id}


@pytest.mark.gui
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_main_window_and_dialogs_show_no_english(  # type: ignore[no-untyped-def]
    translated: tuple[str, EnglishDetector], ctx: DeskContext, settings: Settings, customer: dict[str, int],
    staff: Staff, qtbot
) -> None:
    from desk.ui.approvals.delegate import DelegateDialog
    from desk.ui.dashboard import DashboardWindow
    from desk.ui.admin.limits import LimitsDialog
    from desk.ui.cases import CaseWindow
    from desk.ui.customer.log_contact import LogContactDialog
    from desk.ui.goodwill import GoodwillDialog
    from desk.ui.login import LoginDialog
    from desk.ui.main_window import MainWindow
    from desk.ui.returns import ReturnDialog
    from desk.ui.settings_dialog import SettingsDialog
    from desk.ui.warranty import WarrantyClaimDialog

    language, detector = translated
    name = "Núria Puig i Col·lell"
    person = customer["customer"]
    window = show(qtbot, MainWindow(ctx, settings))
    with qtbot.waitSignal(window.customer.headerShown, timeout=5000):
        window.customer.open_customer(person)
    wait_idle(qtbot)
    with qtbot.waitSignal(window.search.resultsShown, timeout=5000):  # a hit says why it matched
        qtbot.keyClicks(window.search.box, "PED-101")
    timeline = window.findChild(QAbstractItemView, "timelineView")
    timeline.setCurrentIndex(timeline.model().index(0, 0))  # the detail below it, with its links
    wait_idle(qtbot)
    screens: list[QWidget] = [
        window,
        show(qtbot, GoodwillDialog(ctx, person, name, store_kind=StoreKind.STORE)),
        show(qtbot, ReturnDialog(ctx, person, name, store_kind=StoreKind.STORE)),
        show(qtbot, WarrantyClaimDialog(ctx, person, name, store_kind=StoreKind.STORE)),
        show(qtbot, LogContactDialog(ctx, person, name, store_kind=StoreKind.STORE)),
        show(qtbot, CaseWindow(ctx, customer["case_id"])),
        show(qtbot, LimitsDialog(ctx)),
        show(qtbot, SettingsDialog(settings)),
        show(qtbot, LoginDialog(ctx.db, "desk-07", settings)),
        show(qtbot, DashboardWindow(replace(ctx, actor=staff.supervisor))),
        show(qtbot, DelegateDialog(replace(ctx, actor=staff.supervisor))),
    ]
    wait_idle(qtbot)
    texts = [text for screen in screens for _, text in visible_texts(screen)]
    assert len(texts) > 300 and RETURN_BUTTON[language] in texts  # the walk reads the screens, in Spanish
    problems = [problem for screen in screens for problem in untranslated(screen, detector)]
    for screen in screens:
        screen.close()
    wait_idle(qtbot)
    assert not problems, "\n".join(problems)


def test_the_detector_catches_an_english_text(spanish: EnglishDetector) -> None:
    """The check of the screens is not blind: an English source, filled in or not, and an English word fail it."""
    assert spanish.why("&Approve") == "the English source"
    assert spanish.why("Goodwill for Begoña García") is not None
    assert spanish.why("Loading the whole list") is not None
    assert spanish.why("Gesto comercial para Begoña García") is None
    assert spanish.why("Núria Puig i Col·lell · PED-5 · 39,90 EUR") is None


@pytest.mark.gui
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_screens_at_work_show_no_english(  # type: ignore[no-untyped-def]
    translated: tuple[str, EnglishDetector], ctx: DeskContext, customer: dict[str, int], staff: Staff, qtbot,
    tmp_path: Path,
) -> None:
    """The texts the services write while people work, in the screens that show them: the empowerment verdict and
    its reasons, a request sent for approval and the done page, the approvals queue with its detail, the dialogs
    to reject, withdraw, cancel, assign and resolve, the survey, a refusal, and the figures' export."""
    from dataclasses import replace as with_actor

    from desk.goodwill import GoodwillRequest, grant_goodwill
    from desk.kpis import KpiFilter, figures, to_csv
    from desk.staff import active_staff
    from desk.ui.approvals import ApprovalsPanel
    from desk.ui.approvals.dialogs import REJECT, WITHDRAW
    from desk.ui.approvals.dialogs import ReasonDialog as ApprovalReasonDialog
    from desk.ui.cases.dialogs import AssignDialog, ReasonDialog, ResolveDialog
    from desk.ui.dashboard import SurveyDialog
    from desk.ui.goodwill import GoodwillDialog
    from desk.ui.ops import failure_text
    from desk.ui.wording import spoken

    language, detector = translated
    person, name = customer["customer"], "Núria Puig i Col·lell"
    problems: list[str] = []
    seen: list[str] = []

    def check(widget: QWidget) -> None:
        wait_idle(qtbot)
        seen.extend(text for _, text in visible_texts(widget))
        problems.extend(untranslated(widget, detector))

    # Goodwill above the agent's own limit: the verdict's reasons, then the request sent and its done page.
    dialog = show(qtbot, GoodwillDialog(ctx, person, name, store_kind=StoreKind.STORE))
    with qtbot.waitSignal(dialog.evaluationShown, timeout=5000):
        qtbot.keyClicks(dialog.amount, "80")
    check(dialog)
    dialog.reason.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.granted, timeout=5000):
        dialog.save_button.click()
    check(dialog)
    # Nobody may grant 5,000: the refusal in words.
    dialog2 = show(qtbot, GoodwillDialog(ctx, person, name, store_kind=StoreKind.STORE))
    with qtbot.waitSignal(dialog2.evaluationShown, timeout=5000):
        qtbot.keyClicks(dialog2.amount, "5000")
    check(dialog2)

    # The store manager's queue, with the request's detail; the reject and withdraw dialogs.
    panel = show(qtbot, ApprovalsPanel(with_actor(ctx, actor=staff.manager)))
    qtbot.waitUntil(lambda: panel.pages["queue"].model.rowCount() == 1, timeout=5000)
    panel.pages["queue"].view.setCurrentIndex(panel.pages["queue"].model.index(0, 0))
    check(panel)
    row = panel.pages["queue"].model.row_at(0)
    check(show(qtbot, ApprovalReasonDialog(panel, REJECT, row, lambda _reason: None, {})))
    check(show(qtbot, ApprovalReasonDialog(panel, WITHDRAW, row, lambda _reason: None, {})))

    # The case dialogs, and the survey.
    never = lambda **_: None  # noqa: E731 - the dialogs are read, not saved
    for purpose in ("reject_claim", "reject_return", "cancel"):
        check(show(qtbot, ReasonDialog(panel, purpose, "R-1", never, lambda: 1, {})))
    check(show(qtbot, AssignDialog(panel, active_staff(ctx.db), None, None, None, never, lambda: 1, {})))
    check(show(qtbot, ResolveDialog(panel, ["repair", "replace", "refund"], "", "EUR", never, lambda: 1, {})))
    check(show(qtbot, SurveyDialog(panel, ctx, customer["case_id"], person, "R-1", {})))

    # A service's refusal, as the message box says it.
    from desk.errors import InvalidInput

    try:
        grant_goodwill(ctx.db, ctx.actor, GoodwillRequest(person, DecisionKind.GOODWILL_VOUCHER, "12,345", "other", "",
                                                          Channel.PHONE))  # fmt: skip
    except InvalidInput as refused:
        words = failure_text(refused)
        assert words == spoken(refused) and detector.why(words) is None, words
    else:
        raise AssertionError("an ambiguous amount was accepted")

    # The service figures exported in the desk's language.
    export = to_csv(figures(ctx.db, KpiFilter(date.today().replace(day=1), date.today())), tmp_path / "f.csv",
                    word=spoken)  # fmt: skip
    labels = [line.split(",")[0] for line in export.read_text(encoding="utf-8").splitlines() if line]
    problems.extend(f"export: {label!r} is {why}" for label in labels if (why := detector.why(label)) is not None)

    assert len(seen) > 150, len(seen)  # the walk read the screens
    assert not problems, "\n".join(problems)
