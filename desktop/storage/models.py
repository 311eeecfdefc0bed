"""The tables of the local database (SQLAlchemy 2.0 typed models).

`records` holds every synced record with its JSON data and a few columns pulled out of it for
lists (sorting, filtering, search) so that lists never parse JSON. `outbox` holds local edits
not yet acknowledged by the server; `conflicts` both versions of a record that diverged.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .sync_states import SyncState

__all__ = ["Base", "ConflictRow", "DraftRow", "OutboxRow", "RecordRow", "SyncState", "SyncStateRow"]


class Base(DeclarativeBase):
    pass


class RecordRow(Base):
    __tablename__ = "records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    rev: Mapped[int | None] = mapped_column(Integer)  # the server's revision; None until synced
    owner_country: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[str] = mapped_column(String(40))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[str] = mapped_column(Text)
    sync_state: Mapped[str] = mapped_column(String(10), default=SyncState.PENDING)
    sync_message: Mapped[str | None] = mapped_column(Text)
    # List columns (never NULL so keyset paging stays simple).
    label: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(40), default="")
    route: Mapped[str] = mapped_column(String(200), default="")
    event_date: Mapped[str] = mapped_column(String(40), default="")
    search: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_records_kind_label", "kind", "label", "id"),
        Index("ix_records_kind_title", "kind", "title", "id"),
        Index("ix_records_kind_date", "kind", "event_date", "id"),
        # No index for status, route or sync state: lists filtered by them walk the index of
        # their sort order and skip the other rows (migration 0005). Counts and groupings read
        # this one alone (it holds every column they read).
        Index("ix_records_kind_groups", "kind", "status", "route", "deleted"),
    )


class OutboxRow(Base):
    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Given when the entry is first frozen for sending (None until then), unique once given.
    mutation_id: Mapped[str | None] = mapped_column(String(36))
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str | None] = mapped_column(Text)  # frozen when first sent
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    base_rev: Mapped[int | None] = mapped_column(Integer)
    # True when an earlier edit of the record was in flight: base_rev is fixed at send time.
    base_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(40))
    sent_at: Mapped[str | None] = mapped_column(String(40))  # frozen once first sent
    attempts: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index(
            "ix_outbox_mutation_id",
            "mutation_id",
            unique=True,
            sqlite_where=text("mutation_id IS NOT NULL"),
        ),
    )


class SyncStateRow(Base):
    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ConflictRow(Base):
    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(ForeignKey("records.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    local_data: Mapped[str] = mapped_column(Text)
    local_deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    server_record: Mapped[str] = mapped_column(Text)  # the server's envelope, JSON
    created_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40))


class DraftRow(Base):
    """Unsaved editor contents, written as the user types so nothing typed is lost."""

    __tablename__ = "drafts"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str | None] = mapped_column(String(36))
    data: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[str] = mapped_column(String(40))
