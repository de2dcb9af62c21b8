"""Bearer tokens for the API: a token names a user (its sha256 is what the store keeps); the
user's role decides what it may do. A revoked or expired token, or a disabled user's, is 401 at
once: every request asks the store, nothing is cached."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from drafter.policy import Policy
from drafter.store import Store, User
from drafter.store.authority import is_reviewer, reviewer_roles

_bearer = HTTPBearer(auto_error=False, description="a token from `drafter users add NAME --role R`")


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_policy(request: Request) -> Policy:
    policy: Policy = request.app.state.policy
    return policy


def current_user(
    store: Annotated[Store, Depends(get_store)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(401, "missing bearer token (Authorization: Bearer TOKEN)", headers=challenge)
    user = store.user_for_token(credentials.credentials)
    if user is None:
        raise HTTPException(401, "unknown, revoked or expired token, or a disabled user", headers=challenge)
    return user


def reviewer(user: Annotated[User, Depends(current_user)], policy: Annotated[Policy, Depends(get_policy)]) -> User:
    if not is_reviewer(policy, user.role):
        raise HTTPException(403, f"only a reviewer ({', '.join(reviewer_roles(policy))}) may do this")
    return user


def admin(user: Annotated[User, Depends(current_user)]) -> User:
    if not user.admin:
        raise HTTPException(403, "only an admin may manage users")
    return user


CurrentUser = Annotated[User, Depends(current_user)]
Reviewer = Annotated[User, Depends(reviewer)]
Supervisor = Reviewer  # the name the first API used: any reviewer role
Admin = Annotated[User, Depends(admin)]
StoreDep = Annotated[Store, Depends(get_store)]
PolicyDep = Annotated[Policy, Depends(get_policy)]
