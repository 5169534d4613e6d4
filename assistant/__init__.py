"""Answer questions about indexed documents with verified, sentence-level citations."""

from assistant.answering import Assistant
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.types import Answer, Citation, Passage

__all__ = ["Answer", "Assistant", "AssistantError", "Citation", "Passage", "Settings"]
