"""Bearer tokens for the API: a token names a user (its sha256 is what the store keeps); the
user's role decides what it may do."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from drafter.store import Store, User

_bearer = HTTPBearer(auto_error=False, description="a token from `drafter users add NAME --role R`")


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def current_user(
    store: Annotated[Store, Depends(get_store)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(401, "missing bearer token (Authorization: Bearer TOKEN)", headers=challenge)
    user = store.user_for_token(credentials.credentials)
    if user is None:
        raise HTTPException(401, "unknown or revoked token", headers=challenge)
    return user


def supervisor(user: Annotated[User, Depends(current_user)]) -> User:
    if user.role != "supervisor":
        raise HTTPException(403, "only a supervisor may do this")
    return user


CurrentUser = Annotated[User, Depends(current_user)]
Supervisor = Annotated[User, Depends(supervisor)]
StoreDep = Annotated[Store, Depends(get_store)]
