"""Saving questionnaire results under an unguessable code; opening, deleting, expiring.

A saved result holds, as JSON: the questionnaire answers (1-5 per activity), the choices
from the last screen (learning style, school, all levels or not, the place or postcode as
typed, the distance, the fields ruled out, the programme in mind as typed and its crebo),
the shortlist (crebo codes) and the time of saving. No name, e-mail or address. The code
itself is stored only as its SHA-256 hash. Everything is deleted 90 days after saving.
What is read back is not trusted: the views validate it against the current version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from typing import Any

from sqlmodel import Session, col, delete, select

from kiesmbo.models import SavedResult

# Crockford base32: no I, L, O or U, so a code read aloud or typed over is less ambiguous.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16  # 16 characters of 5 bits: 80 bits of randomness
KEEP_FOR = dt.timedelta(days=90)
_TYPO_MAP = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """Show a code in groups of four: ABCD-EFGH-JKMN-PQRS."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalise_code(text: str) -> str | None:
    """Read a code as typed (any case, dashes or spaces, O for 0); None if it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch not in "- ").translate(_TYPO_MAP)
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def purge_expired(*, session: Session, now: dt.datetime | None = None) -> int:
    """Delete results older than KEEP_FOR; return how many (the caller commits)."""
    cutoff = (now or _now()) - KEEP_FOR
    result = session.exec(delete(SavedResult).where(col(SavedResult.created_at) < cutoff))
    return result.rowcount or 0


def save_result(*, session: Session, answers: dict[str, Any]) -> str:
    """Store the answers under a new code, in one transaction; return the code."""
    purge_expired(session=session)
    code = new_code()
    session.add(SavedResult(code_hash=_hash(code), answers=json.dumps(answers, sort_keys=True),
                            created_at=_now()))
    session.commit()
    return code


def load_result(*, session: Session, code: str,
                now: dt.datetime | None = None) -> tuple[Any, dt.datetime] | None:
    """Return (stored state, saved at) for a valid, unexpired code, else None.

    The state is whatever JSON was stored (None if it cannot be read): validate it.
    """
    row = session.exec(select(SavedResult).where(SavedResult.code_hash == _hash(code))).first()
    if row is None or row.created_at < (now or _now()) - KEEP_FOR:
        return None
    try:
        state = json.loads(row.answers)
    except ValueError:  # a damaged row: shown as a result the app can no longer read
        state = None
    return state, row.created_at


def delete_result(*, session: Session, code: str) -> bool:
    """Delete the result with this code; True if there was one."""
    result = session.exec(delete(SavedResult).where(SavedResult.code_hash == _hash(code)))
    session.commit()
    return bool(result.rowcount)
