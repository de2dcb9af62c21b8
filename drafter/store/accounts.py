"""Users, their bearer tokens and web sessions. A token works while it is not revoked, not
expired and its user is not disabled; a web session works while the token it was opened with
does, so revoking a token or disabling a user ends both at once. Every change is audited."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from drafter.errors import InputError
from drafter.store import schema as t
from drafter.store.base import StoreBase, hash_secret, new_id
from drafter.store.errors import NotFound
from drafter.store.records import Session, User, UserInfo
from drafter.store.times import now
from drafter.store.times import utc as _utc

MAX_NAME = 100


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME or any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise InputError(f"a user name is 1-{MAX_NAME} printable characters")
    return name


def _live(at: datetime) -> Any:
    """The condition for a token that still works at ``at``."""
    tk = t.tokens.c
    return and_(tk.revoked_at.is_(None), or_(tk.expires_at.is_(None), tk.expires_at > at))


def _user(row: Any) -> User:
    return User(id=row.id, name=row.name, role=row.role, admin=bool(row.admin))


class AccountStore(StoreBase):
    def _check_role(self, role: str) -> str:
        if role not in self.policy.roles:
            known = ", ".join(self.policy.roles)
            raise InputError(f"unknown role {role!r} (policy {self.policy.name!r} knows: {known})")
        return role

    @staticmethod
    def _check_expiry(expires_at: datetime | None) -> datetime | None:
        if expires_at is None:
            return None
        if expires_at.tzinfo is None:
            raise InputError("a token expiry needs a time zone (e.g. 2027-01-31T00:00:00Z)")
        if expires_at <= now():
            raise InputError("a token expiry must be in the future")
        return _utc(expires_at)

    @staticmethod
    def _new_token(conn: Connection, user_id: int, expires_at: datetime | None) -> str:
        token = secrets.token_urlsafe(32)
        conn.execute(
            insert(t.tokens).values(
                user_id=user_id, token_hash=hash_secret(token), created_at=now(), expires_at=expires_at
            )
        )
        return token

    def add_user(
        self,
        name: str,
        role: str,
        *,
        actor: User | str = "system",
        admin: bool = False,
        expires_at: datetime | None = None,
    ) -> tuple[User, str]:
        """Create a user; the bearer token is returned once and only its hash is kept."""
        name = _check_name(name)
        self._check_role(role)
        expires_at = self._check_expiry(expires_at)
        try:
            with self._write() as conn:
                if conn.execute(select(t.users.c.id).where(t.users.c.name == name)).first() is not None:
                    raise InputError(f"user {name!r} already exists")
                user_id = new_id(
                    conn.execute(insert(t.users).values(name=name, role=role, admin=admin, created_at=now()))
                )
                token = self._new_token(conn, user_id, expires_at)
                after: dict[str, Any] = {"name": name, "role": role, "admin": admin}
                if expires_at is not None:
                    after["token_expires_at"] = expires_at.isoformat()
                self._audit(conn, actor=actor, action="user.add", entity="user", entity_id=user_id, after=after)
        except IntegrityError as exc:  # a concurrent add of the same name
            raise InputError(f"user {name!r} already exists") from exc
        return User(id=user_id, name=name, role=role, admin=admin), token

    def resolve_token(self, token: str) -> tuple[User, int] | None:
        """The user a working token names, and the token's id."""
        if not token:
            return None
        at = now()
        query = (
            select(t.users, t.tokens.c.id.label("token_id"))
            .join(t.tokens, t.tokens.c.user_id == t.users.c.id)
            .where(t.tokens.c.token_hash == hash_secret(token), _live(at), t.users.c.disabled_at.is_(None))
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        return None if row is None else (_user(row), int(row.token_id))

    def user_for_token(self, token: str) -> User | None:
        found = self.resolve_token(token)
        return None if found is None else found[0]

    def user_by_name(self, name: str, *, active_only: bool = False) -> User | None:
        query = select(t.users).where(t.users.c.name == name)
        if active_only:
            query = query.where(t.users.c.disabled_at.is_(None))
        with self._read() as conn:
            row = conn.execute(query).first()
        return None if row is None else _user(row)

    def users(self) -> list[User]:
        with self._read() as conn:
            rows = conn.execute(select(t.users).order_by(t.users.c.id)).all()
        return [_user(r) for r in rows]

    def user_infos(self, name: str | None = None) -> list[UserInfo]:
        at = now()
        live = (
            select(
                t.tokens.c.user_id,
                func.count().label("n"),
                func.max(t.tokens.c.expires_at).label("expires"),
                func.count(t.tokens.c.expires_at).label("expiring"),
            )
            .where(_live(at))
            .group_by(t.tokens.c.user_id)
            .subquery()
        )
        query = (
            select(t.users, live.c.n, live.c.expires, live.c.expiring)
            .outerjoin(live, live.c.user_id == t.users.c.id)
            .order_by(t.users.c.id)
        )
        if name is not None:
            query = query.where(t.users.c.name == name)
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            UserInfo(
                id=r.id,
                name=r.name,
                role=r.role,
                admin=bool(r.admin),
                created_at=_utc(r.created_at),
                disabled=r.disabled_at is not None,
                tokens=r.n or 0,
                # only when every live token expires is there an expiry to show
                token_expires_at=_utc(r.expires) if r.expires is not None and r.expiring == r.n else None,
            )
            for r in rows
        ]

    def user_info(self, name: str) -> UserInfo:
        found = self.user_infos(name)
        if not found:
            raise NotFound(f"no user {name!r}")
        return found[0]

    # ------------------------------------------------------------------ changes (all audited)

    def _locked_user(self, conn: Connection, name: str) -> Any:
        row = conn.execute(select(t.users).where(t.users.c.name == name).with_for_update()).first()
        if row is None:
            raise NotFound(f"no user {name!r}")
        return row

    @staticmethod
    def _revoke_live(conn: Connection, user_id: int, at: datetime) -> int:
        result = conn.execute(update(t.tokens).where(t.tokens.c.user_id == user_id, _live(at)).values(revoked_at=at))
        return int(result.rowcount)

    def revoke(self, name: str, *, actor: User | str = "system") -> UserInfo:
        """Every live token of the user stops working at once (API and web sessions alike)."""
        at = now()
        with self._write() as conn:
            row = self._locked_user(conn, name)
            revoked = self._revoke_live(conn, row.id, at)
            self._audit(
                conn,
                actor=actor,
                action="user.revoke",
                entity="user",
                entity_id=row.id,
                before={"live_tokens": revoked},
                after={"live_tokens": 0},
                at=at,
            )
        return self.user_info(name)

    def rotate(
        self, name: str, *, actor: User | str = "system", expires_at: datetime | None = None
    ) -> tuple[UserInfo, str]:
        """A new token for the user; the old ones stop working. The new one is returned once."""
        expires_at = self._check_expiry(expires_at)
        at = now()
        with self._write() as conn:
            row = self._locked_user(conn, name)
            revoked = self._revoke_live(conn, row.id, at)
            token = self._new_token(conn, row.id, expires_at)
            after: dict[str, Any] = {"live_tokens": 1}
            if expires_at is not None:
                after["token_expires_at"] = expires_at.isoformat()
            self._audit(
                conn,
                actor=actor,
                action="user.rotate",
                entity="user",
                entity_id=row.id,
                before={"live_tokens": revoked},
                after=after,
                at=at,
            )
        return self.user_info(name), token

    def _set(self, name: str, field: str, value: Any, *, action: str, actor: User | str, shown: Any) -> UserInfo:
        with self._write() as conn:
            row = self._locked_user(conn, name)
            old = getattr(row, field)
            old_shown = old if field != "disabled_at" else old is not None
            if old_shown != shown:
                conn.execute(update(t.users).where(t.users.c.id == row.id).values({field: value}))
                key = "disabled" if field == "disabled_at" else field
                self._audit(
                    conn,
                    actor=actor,
                    action=action,
                    entity="user",
                    entity_id=row.id,
                    before={key: old_shown},
                    after={key: shown},
                )
        return self.user_info(name)

    def disable(self, name: str, *, actor: User | str = "system") -> UserInfo:
        return self._set(name, "disabled_at", now(), action="user.disable", actor=actor, shown=True)

    def enable(self, name: str, *, actor: User | str = "system") -> UserInfo:
        return self._set(name, "disabled_at", None, action="user.enable", actor=actor, shown=False)

    def set_role(self, name: str, role: str, *, actor: User | str = "system") -> UserInfo:
        self._check_role(role)
        return self._set(name, "role", role, action="user.set_role", actor=actor, shown=role)

    def set_admin(self, name: str, admin: bool, *, actor: User | str = "system") -> UserInfo:
        return self._set(name, "admin", admin, action="user.set_admin", actor=actor, shown=admin)

    # ------------------------------------------------------------------ web sessions

    def create_session(self, user: User | None, ttl: timedelta, *, token_id: int | None = None) -> tuple[str, Session]:
        """A new session; the cookie value is returned, only its hash is stored."""
        cookie = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        created = now()
        with self._write() as conn:
            conn.execute(t.sessions.delete().where(t.sessions.c.expires_at < created))
            conn.execute(
                insert(t.sessions).values(
                    id=hash_secret(cookie),
                    user_id=user.id if user else None,
                    token_id=token_id,
                    csrf_token=csrf,
                    created_at=created,
                    expires_at=created + ttl,
                )
            )
        return cookie, Session(user=user, csrf_token=csrf, expires_at=created + ttl)

    def session(self, cookie: str | None) -> Session | None:
        """The session, if it has not expired; a signed-in one also needs its token and user to
        still work."""
        if not cookie:
            return None
        at = now()
        s, u, tk = t.sessions.c, t.users.c, t.tokens.c
        query = (
            select(s.user_id, s.csrf_token, s.expires_at, u.name, u.role, u.admin, u.disabled_at, tk.id.label("tid"))
            .outerjoin(t.users, u.id == s.user_id)
            .outerjoin(t.tokens, and_(tk.id == s.token_id, _live(at)))
            .where(s.id == hash_secret(cookie))
        )
        with self._read() as conn:
            row = conn.execute(query).first()
        if row is None or _utc(row.expires_at) <= at:
            return None
        user = None
        if row.user_id is not None:
            if row.tid is None or row.disabled_at is not None:
                return None  # revoked, expired or disabled: signed out everywhere at once
            user = User(id=row.user_id, name=row.name, role=row.role, admin=bool(row.admin))
        return Session(user=user, csrf_token=row.csrf_token, expires_at=_utc(row.expires_at))

    def end_session(self, cookie: str | None) -> None:
        if cookie:
            with self._write() as conn:
                conn.execute(t.sessions.delete().where(t.sessions.c.id == hash_secret(cookie)))
