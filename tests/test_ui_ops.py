"""The op runner: work off the GUI thread, answers on it, in order; failures shown; dead parents not called."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk.errors import InvalidInput
from desk.ui.ops import Op, changes, runner
from tests.ui_fixtures import wait_idle

pytestmark = pytest.mark.gui


def test_work_runs_on_the_worker_and_the_answer_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(runner().idle, timeout=3000):
        Op(owner, work).success(done).run()
    assert seen["value"] == 42
    assert seen["gui"] is True
    assert seen["work_thread"] is not threading.main_thread()


def test_ops_run_one_at_a_time_in_the_order_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    order: list[int] = []
    running = []
    overlap = []

    def work(n: int) -> int:
        running.append(n)
        overlap.append(len(running))
        QThread.msleep(5)
        running.remove(n)
        return n

    for n in range(6):
        Op(owner, lambda n=n: work(n)).success(order.append).run()
    wait_idle(qtbot)
    assert order == list(range(6))
    assert max(overlap) == 1


def test_a_desk_error_is_shown_as_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def refuse() -> None:
        raise InvalidInput("Summary is empty; please fill it in.")

    Op(parent, refuse).run()
    wait_idle(qtbot)
    boxes = parent.findChildren(QMessageBox)
    assert [b.text() for b in boxes] == ["Summary is empty; please fill it in."]
    boxes[0].close()


def test_an_unexpected_error_is_logged_and_shown_in_plain_words(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[BaseException] = []

    def crash() -> None:
        raise KeyError("secret internals")

    with caplog.at_level(logging.ERROR, logger="desk.ui.ops"):
        Op(parent, crash).run()
        Op(parent, crash).failure(got.append).run()
        wait_idle(qtbot)
    box = parent.findChildren(QMessageBox)[0]
    assert box.text().startswith("Something went wrong")
    assert "secret" not in box.text()
    assert isinstance(got[0], KeyError)
    assert sum("KeyError" in r.exc_text for r in caplog.records if r.exc_text) == 2
    box.close()


def test_no_callback_after_the_parent_is_destroyed_but_the_change_is_announced(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    called: list[object] = []
    announced: list[dict] = []
    changes().changed.connect(announced.append)
    try:
        release = threading.Event()

        def slow_write() -> int:
            release.wait(2)
            return 7

        Op(parent, slow_write).success(called.append).failure(called.append).announce(
            lambda iid: {"customer": 1, "interaction": iid}
        ).run()
        shiboken6.delete(parent)  # the dialog is gone while its write is under way
        release.set()
        wait_idle(qtbot)
    finally:
        changes().changed.disconnect(announced.append)
    assert called == []
    assert announced == [{"customer": 1, "interaction": 7}]


def test_idle_is_signalled_once_the_queue_drains(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    results: list[int] = []

    def chain(n: int) -> None:
        results.append(n)
        if n < 3:  # a callback that asks for more keeps the runner busy
            Op(owner, lambda: n + 1).success(chain).run()

    with qtbot.waitSignal(runner().idle, timeout=3000):
        Op(owner, lambda: 1).success(chain).run()
    assert results == [1, 2, 3]
    assert runner().pending == 0


def test_the_qt_binding_keeps_its_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 dropped a reference to None on every call that returns nothing; a day at the desk (or a
    test run) then crashed with "deallocating None". pyproject.toml keeps that version out; this says why."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    before = sys.getrefcount(None)
    for _ in range(500):
        timer = QTimer(owner)
        timer.setSingleShot(True)
        timer.setInterval(5)
        timer.setParent(None)
    assert abs(sys.getrefcount(None) - before) < 100
