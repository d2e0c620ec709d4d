"""Documents of a case: files attached at intake (photos of the damage, a receipt) and generated letters.

Every document is stored with its case in the shared database (bytes, size, SHA-256), has a timeline event on
the case, and is read back only when its checksum still matches.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, timeline
from desk.actors import Actor
from desk.db import Database
from desk.enums import EventKind
from desk.errors import InvalidInput, NotFound
from desk.messages import say
from desk.models import Case, Document, utcnow

MAX_ATTACHMENT = 10 * 1024 * 1024  # a phone photo is 2-5 MB
MAX_ATTACHMENTS = 10
ATTACHMENT = "attachment"
_UNSAFE_NAME = re.compile(r"[^\w.\- ()]+")


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    content: bytes
    content_type: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    case_id: int
    kind: str
    language: str
    filename: str
    content_type: str
    size: int
    sha256: str
    created_at: datetime


def add_attachment(session: Session, actor: Actor, case: Case, attachment: NewAttachment,
                   now: datetime | None = None) -> Document:  # fmt: skip
    """Attach a file the customer or agent brought (a photo of the damage) to the case."""
    if not attachment.content:
        if attachment.filename[:60]:
            raise InvalidInput(say("{file} is empty.", file=attachment.filename[:60]))
        raise InvalidInput(say("The file is empty."))
    if len(attachment.content) > MAX_ATTACHMENT:
        raise InvalidInput(say("{file} is larger than {most} MB.", file=attachment.filename[:60],
                                   most=MAX_ATTACHMENT // (1024 * 1024)))
    existing = session.scalars(
        select(Document.id).where(Document.case_id == case.id, Document.kind == ATTACHMENT)
    ).all()
    if len(existing) >= MAX_ATTACHMENTS:
        raise InvalidInput(say("A case holds at most {most} attached files.", most=MAX_ATTACHMENTS))
    name = safe_filename(attachment.filename)
    content_type = attachment.content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return store_document(session, actor, case, ATTACHMENT, "", name, attachment.content, content_type[:100],
                          say("File attached to {case}: {file}", case=case.case_number, file=name), now)  # fmt: skip


def attach_files(db: Database, actor: Actor, case_id: int, attachments: list[NewAttachment]) -> list[DocumentInfo]:
    """Attach files to an existing case (all or none)."""
    if not attachments:
        raise InvalidInput(say("Choose at least one file to attach."))
    with db.write() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(say("This case does not exist (any more)."))
        stored = [add_attachment(session, actor, case, attachment) for attachment in attachments]
        return [_info(d) for d in stored]


def store_document(
    session: Session, actor: Actor, case: Case, kind: str, language: str, filename: str, content: bytes,
    content_type: str, title: str, now: datetime | None = None,
) -> Document:  # fmt: skip
    """Store bytes with their checksum on the case, with a timeline event and an audit entry."""
    document = Document(
        case_id=case.id, kind=kind, language=language, filename=filename, content_type=content_type,
        size=len(content), content=content, sha256=hashlib.sha256(content).hexdigest(),
        created_by=actor.user_id, created_at=now or utcnow(),
    )  # fmt: skip
    session.add(document)
    session.flush()
    if case.customer_id is not None:
        timeline.record_event(
            session, customer_id=case.customer_id, kind=EventKind.DOCUMENT, channel=case.channel,
            occurred_at=document.created_at, title=title, detail=f"{filename} ({_size(len(content))})",
            source_table="document", source_id=document.id, case_id=case.id, store_id=actor.store_id,
            actor_id=actor.user_id,
        )  # fmt: skip
    audit.record(session, actor, "document.create", "document", document.id,
                 after={"case": case.case_number, "kind": kind, "filename": filename, "sha256": document.sha256})
    return document


def case_documents(db: Database, case_id: int) -> list[DocumentInfo]:
    """The case's documents, oldest first, without their bytes."""
    with db.read() as session:
        return documents_of(session, case_id)


def documents_of(session: Session, case_id: int) -> list[DocumentInfo]:
    rows = session.execute(
        select(Document.id, Document.case_id, Document.kind, Document.language, Document.filename,
               Document.content_type, Document.size, Document.sha256, Document.created_at)
        .where(Document.case_id == case_id).order_by(Document.created_at, Document.id)
    ).all()  # fmt: skip
    return [DocumentInfo(*row) for row in rows]


def document_content(db: Database, document_id: int) -> tuple[DocumentInfo, bytes]:
    """A document's bytes, refused if they no longer match the checksum stored with them."""
    with db.read() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound(say("This document does not exist (any more)."))
        content = bytes(document.content)
        info = _info(document)
    if hashlib.sha256(content).hexdigest() != info.sha256:
        raise InvalidInput(say("{file} is damaged: its content no longer matches its checksum.", file=info.filename))
    return info, content


def _info(document: Document) -> DocumentInfo:
    return DocumentInfo(document.id, document.case_id, document.kind, document.language, document.filename,
                        document.content_type, document.size, document.sha256, document.created_at)  # fmt: skip


def safe_filename(name: str) -> str:
    """A file name that is safe on every system: no folders, no odd characters, not empty, not too long."""
    base = re.split(r"[\\/]", name or "")[-1].strip().lstrip(".")
    cleaned = _UNSAFE_NAME.sub("_", base)[-120:].strip("_ ")
    return cleaned or "file"


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"
