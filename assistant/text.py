"""The check of user input (questions and texts to check)."""

from __future__ import annotations

from assistant.errors import AssistantError


def checked_input(text: object, limit: int, *, empty: str, too_long: str, unreadable: str) -> str:
    """`text` when it is a usable user input; else an `AssistantError` with the matching message (`too_long`
    gets {length} and {limit}, `unreadable` gets {at}, the position of a lone surrogate, which no encoding
    can write)."""
    if not isinstance(text, str) or not text.strip():
        raise AssistantError(empty)
    if len(text) > limit:
        raise AssistantError(too_long.format(length=f"{len(text):,}", limit=f"{limit:,}"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise AssistantError(unreadable.format(at=exc.start)) from exc
    return text
