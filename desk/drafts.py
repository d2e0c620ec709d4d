"""Local drafts: what an agent typed into a form, kept on this computer until it is saved to the database.

A draft is one small JSON file per form and subject, under the data folder:

    <data folder>/drafts/<user name>/<form>-<subject>.json      e.g. drafts/ana/goodwill-customer-42.json

It is written atomically (a temporary file in the same folder, flushed, then `os.replace`), so a crash or a
power cut leaves the old draft or the new one, never half of one. It is read back when the same form is opened
for the same subject again (even after the desk restarted), and removed once the form is saved to the database
or the agent discards it.

- A file that cannot be read or is not a draft of ours (corrupt, truncated, too large, edited by hand) is
  ignored with a log line: a draft is a convenience, never a reason to crash or to refuse to open a form.
- Drafts hold plain data only (text, numbers, booleans, lists, small dicts) and never a password: a field whose
  name says password, secret or token is refused, and so is a draft larger than MAX_DRAFT_BYTES.
- Text is kept exactly as typed (emoji, control characters, quotes, anything): the file is ASCII JSON, every
  other character escaped, so even a lone surrogate pasted from somewhere round-trips.

Plain Python, no Qt. The folder is private to the OS user (0700) because a draft names a customer's matter.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from desk import config
from desk.errors import DeskError
from desk.messages import say

log = logging.getLogger(__name__)

VERSION = 1
MAX_DRAFT_BYTES = 1024 * 1024  # the file as written; a form's text is a few kB, a pasted e-mail maybe 100 kB
MAX_FIELDS = 1000  # values in one draft, counted through lists and dicts (a return of 50 lines: ~550)
MAX_DEPTH = 4  # fields -> a list of lines -> a line's dict -> its values
_FORM = re.compile(r"[a-z][a-z0-9_]{0,39}")  # "goodwill", "log_contact": no "-", so form-subject splits once
_SUBJECT = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")  # "customer-42", "customer-42-case-7"
_USER = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SECRET = re.compile(r"password|passwd|passphrase|secret|token|^pass$|^pin$", re.IGNORECASE)


class DraftRefused(DeskError):
    """This draft cannot be kept on this computer (too large, not plain data, or a password)."""


@dataclass(frozen=True)
class Draft:
    form: str
    subject: str
    fields: dict[str, Any]
    saved_at: datetime  # UTC, aware


def customer_subject(customer_id: int, case_id: int | None = None) -> str:
    """The subject of a form about a customer (and, when it is about one of their cases, that case)."""
    subject = f"customer-{int(customer_id)}"
    return subject if case_id is None else f"{subject}-case-{int(case_id)}"


def user_folder_name(username: str) -> str:
    """A user name as a folder name: itself when it is a safe one, otherwise a stable hash of it."""
    if _USER.fullmatch(username) and username not in (".", ".."):
        return username
    return "user-" + hashlib.sha256(username.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class DraftStore:
    """The drafts of one desk user on this computer."""

    def __init__(self, root: Path, username: str) -> None:
        self.folder = Path(root) / "drafts" / user_folder_name(username)

    @classmethod
    def for_user(cls, username: str, data_dir: Path | None = None) -> DraftStore:
        return cls(data_dir if data_dir is not None else config.data_dir(), username)

    def path(self, form: str, subject: str) -> Path:
        if not _FORM.fullmatch(form):
            raise ValueError(f"not a form name: {form!r}")
        if not _SUBJECT.fullmatch(subject):
            raise ValueError(f"not a draft subject: {subject!r}")
        return self.folder / f"{form}-{subject}.json"

    # --- writing ----------------------------------------------------------------------------------------------

    def save(self, form: str, subject: str, fields: dict[str, Any], now: datetime | None = None) -> Draft:
        """Keep `fields` as the draft of this form and subject, replacing the last one in one step.

        Raises DraftRefused (too large, not plain data, a password field) or OSError (the disk said no); in
        either case the previous draft, if any, is left as it was."""
        path = self.path(form, subject)
        _check_fields(fields)
        saved_at = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
        payload = {"version": VERSION, "form": form, "subject": subject, "saved_at": saved_at.isoformat(),
                   "fields": fields}  # fmt: skip
        try:
            data = json.dumps(payload, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")
        except (TypeError, ValueError) as exc:  # _check_fields should have caught it; say it the same way
            raise DraftRefused(say("This form cannot be kept as a draft: {problem}", problem=str(exc))) from None
        if len(data) > MAX_DRAFT_BYTES:
            raise DraftRefused(say(
                "What was typed is too long to keep as a draft on this computer ({size} KB; at most "
                "{most} KB). Shorten it, or save it now.", size=len(data) // 1024, most=MAX_DRAFT_BYTES // 1024
            ))
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_atomically(path, data)
        return Draft(form, subject, fields, saved_at)

    def discard(self, form: str, subject: str) -> None:
        """Forget the draft (saved to the database, or thrown away by the agent). No draft is not an error."""
        path = self.path(form, subject)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("Could not remove the draft %s: %s", path, exc)

    # --- reading ----------------------------------------------------------------------------------------------

    def load(self, form: str, subject: str) -> Draft | None:
        """The draft of this form and subject, or None when there is none or it cannot be used (logged)."""
        path = self.path(form, subject)
        try:
            size = path.stat().st_size
            if size > MAX_DRAFT_BYTES:
                log.warning("Ignoring the draft %s: %d bytes, more than a draft may hold", path, size)
                return None
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("Ignoring the draft %s: it cannot be read (%s)", path, exc)
            return None
        try:
            return _parse(data, form, subject)
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            log.warning("Ignoring the draft %s: it is not a readable draft (%s)", path, exc)
            return None

    def subjects(self, form: str) -> list[str]:
        """The subjects this user has a draft of this form for (for a "your unsaved drafts" list)."""
        if not _FORM.fullmatch(form) or not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"{form}-*.json"):
            subject = path.stem[len(form) + 1 :]
            if _SUBJECT.fullmatch(subject):
                found.append(subject)
        return sorted(found)


def _write_atomically(path: Path, data: bytes) -> None:
    fd, temp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)  # 0600, same folder
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # the rename itself survives a power cut once the folder is synced (POSIX)
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def _check_fields(fields: Any) -> None:
    if not isinstance(fields, dict):
        raise DraftRefused(say("A draft is a set of named fields."))
    count = 0

    def check(value: Any, depth: int, name: str) -> None:
        nonlocal count
        count += 1
        if count > MAX_FIELDS:
            raise DraftRefused(say("This form has too many fields to keep as a draft (more than {most}).",
                                   most=MAX_FIELDS))
        if depth > MAX_DEPTH:
            raise DraftRefused(say("This form is nested too deeply to keep as a draft."))
        if value is None or isinstance(value, (bool, int, str)):
            return
        if isinstance(value, float):
            if not math.isfinite(value):
                raise DraftRefused(say("{name}: not a number that can be kept.", name=name))
            return
        if isinstance(value, (list, tuple)):
            for item in value:
                check(item, depth + 1, name)
            return
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str) or not key:
                    raise DraftRefused(say("Every field of a draft needs a name."))
                if _SECRET.search(key):
                    raise DraftRefused(say("A password is never kept on this computer, not even in a draft."))
                check(item, depth + 1, key)
            return
        raise DraftRefused(say("{name}: only text, numbers and yes/no can be kept in a draft.", name=name))

    check(fields, 0, "draft")


def _parse(data: bytes, form: str, subject: str) -> Draft:
    payload = json.loads(data.decode("ascii"), parse_constant=_no_constant)
    if not isinstance(payload, dict):
        raise ValueError("not a JSON object")
    if payload.get("version") != VERSION:
        raise ValueError(f"version {payload.get('version')!r}")
    if payload.get("form") != form or payload.get("subject") != subject:
        raise ValueError("it belongs to another form or subject")
    saved_at = datetime.fromisoformat(payload["saved_at"])
    if saved_at.tzinfo is None:
        raise ValueError("saved_at has no time zone")
    fields = payload["fields"]
    try:
        _check_fields(fields)
    except DraftRefused as exc:
        raise ValueError(str(exc)) from None
    return Draft(form, subject, fields, saved_at.astimezone(timezone.utc))


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a draft")
