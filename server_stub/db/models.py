"""The server's tables as typed SQLAlchemy 2.0 models.

Records keep their `data` as the JSON text that travels, so a pull can pass it on without
decoding it; the few fields the server queries (a report's campaign and state) sit beside it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in UTC: stored without a zone (the same on SQLite and PostgreSQL), read aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    # ISO 3166-1 alpha-2, or a partner organisation's code; None for the secretariat.
    country: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AccessToken(Base):
    """A short-lived bearer token; only its SHA-256 is kept."""

    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RefreshToken(Base):
    """A device's refresh token; only its SHA-256 is kept. `used_at` marks it spent."""

    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The SHA-256 of the token that replaced this one when it was used.
    replaced_by: Mapped[str | None] = mapped_column(String(64))


class LoginThrottle(Base):
    """Sign-in attempts counted per key: "account:…", "pair:ADDRESS/…" (an account from one
    address) and "address:…" (see `security/rate_limit.py`). One row per key, locked while an
    attempt is counted, so parallel attempts are counted one after another."""

    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # "pair:" keys: when this account last signed in from this address (it is then trusted).
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    forget_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Record(Base):
    __tablename__ = "records"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    rev: Mapped[int] = mapped_column(BigInteger, unique=True)
    owner_country: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    deleted: Mapped[bool] = mapped_column(default=False)
    data: Mapped[str] = mapped_column(Text)
    # Country reports only: the campaign and the review state, for review queries.
    campaign_id: Mapped[str | None] = mapped_column(String(36))
    state: Mapped[str | None] = mapped_column(String(20))
    # Live missing cases only: the reference, unique per owner (see sync/case_rules.py).
    reference: Mapped[str | None] = mapped_column(String(100))
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    __table_args__ = (
        Index("ix_records_owner_rev", "owner_country", "rev"),
        Index(
            "ix_records_campaign_rev",
            "rev",
            sqlite_where=text("kind = 'campaign'"),
            postgresql_where=text("kind = 'campaign'"),
        ),
        Index(
            "ix_records_campaign_owner",
            "campaign_id",
            "owner_country",
            sqlite_where=text("campaign_id IS NOT NULL"),
            postgresql_where=text("campaign_id IS NOT NULL"),
        ),
        Index(
            "ix_records_case_reference",
            "owner_country",
            "kind",
            "reference",
            unique=True,
            sqlite_where=text("reference IS NOT NULL"),
            postgresql_where=text("reference IS NOT NULL"),
        ),
    )


class ReportReturn(Base):
    """A country report as the secretariat returned it (every return; the latest counts), so a
    resubmission can be compared with it on any computer. `data` is JSON text: the answers,
    initiatives and the return's comment."""

    __tablename__ = "report_returns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"))
    rev: Mapped[int] = mapped_column(BigInteger)
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    data: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_report_returns_report_rev", "report_id", "rev", unique=True),)


class AppliedMutation(Base):
    """The first result of every mutation, so a repeated `mutation_id` gets it again."""

    __tablename__ = "mutations"

    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    body_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RevisionCounter(Base):
    """One row: the last revision handed out. Locking it serialises every record write."""

    __tablename__ = "revision_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class RecordBucket(Base):
    """The integrity check's buckets (see `sync/buckets.py`): per owner key (a country, "" for
    none, `*campaign` for campaigns) and bucket (an id's first two hex digits), the count of
    records and the XOR of their content hashes. Kept on every write to `records`."""

    __tablename__ = "record_buckets"

    owner_key: Mapped[str] = mapped_column(String(12), primary_key=True)
    bucket: Mapped[str] = mapped_column(String(2), primary_key=True)
    record_count: Mapped[int] = mapped_column(BigInteger)
    hash_xor: Mapped[int] = mapped_column(BigInteger)
