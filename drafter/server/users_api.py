"""User administration over HTTP, for admins only (the first admin comes from `drafter users add
NAME --role R --admin`): add, list, revoke, rotate, disable, enable, set a role or the admin
flag. Every change is audited with the admin as the actor; a new token is in the response once."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from drafter.server.auth import Admin, StoreDep
from drafter.store import AuditEntry, UserInfo

router = APIRouter(tags=["users"])
Name = Annotated[str, Path(min_length=1, max_length=100, description="the user's name")]


class UserIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    role: str = Field(min_length=1, max_length=50, description="one of the policy's roles")
    admin: bool = False
    expires_at: datetime | None = Field(None, description="when the token stops working (ISO 8601 with a zone)")


class RotateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expires_at: datetime | None = None


class RoleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: str = Field(min_length=1, max_length=50)


class AdminIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    admin: bool


class NewToken(BaseModel):
    user: UserInfo
    token: str = Field(description="shown once; only its hash is kept")


class Users(BaseModel):
    items: list[UserInfo]


class AuditItems(BaseModel):
    items: list[AuditEntry]


@router.get("/v1/users", response_model=Users)
def list_users(user: Admin, store: StoreDep) -> Users:
    return Users(items=store.user_infos())


@router.post("/v1/users", status_code=201, response_model=NewToken, responses={403: {}, 422: {}})
def add_user(body: UserIn, user: Admin, store: StoreDep) -> NewToken:
    added, token = store.add_user(body.name, body.role, actor=user, admin=body.admin, expires_at=body.expires_at)
    return NewToken(user=store.user_info(added.name), token=token)


@router.post("/v1/users/{name}/revoke", response_model=UserInfo)
def revoke(name: Name, user: Admin, store: StoreDep) -> UserInfo:
    """Every live token of the user fails with 401 from now on (web sessions end too)."""
    return store.revoke(name, actor=user)


@router.post("/v1/users/{name}/rotate", response_model=NewToken)
def rotate(name: Name, user: Admin, store: StoreDep, body: RotateIn | None = None) -> NewToken:
    """A new token; the old ones stop working."""
    info, token = store.rotate(name, actor=user, expires_at=(body or RotateIn()).expires_at)
    return NewToken(user=info, token=token)


@router.post("/v1/users/{name}/disable", response_model=UserInfo)
def disable(name: Name, user: Admin, store: StoreDep) -> UserInfo:
    return store.disable(name, actor=user)


@router.post("/v1/users/{name}/enable", response_model=UserInfo)
def enable(name: Name, user: Admin, store: StoreDep) -> UserInfo:
    return store.enable(name, actor=user)


@router.post("/v1/users/{name}/role", response_model=UserInfo)
def set_role(name: Name, body: RoleIn, user: Admin, store: StoreDep) -> UserInfo:
    return store.set_role(name, body.role, actor=user)


@router.post("/v1/users/{name}/admin", response_model=UserInfo)
def set_admin(name: Name, body: AdminIn, user: Admin, store: StoreDep) -> UserInfo:
    return store.set_admin(name, body.admin, actor=user)


@router.get("/v1/audit", response_model=AuditItems)
def audit(
    user: Admin,
    store: StoreDep,
    entity: Annotated[str | None, Query(pattern="^(draft|user)$")] = None,
    after_id: Annotated[int | None, Query(ge=0, description="the last id of the previous page")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> AuditItems:
    """The whole audit log (every user and draft action), oldest first, paged by ``after_id``."""
    return AuditItems(items=store.audit(entity=entity, after_id=after_id, limit=limit))
