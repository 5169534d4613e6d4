"""Decide whether the drafted evidence answers the question, and say so plainly when it does not.

Three checks, in order: the question is an instruction to the assistant (prompt injection); the best
sentence's score is below `min_score` (off-topic: nothing in the documents is about it); the chosen
sentences lack the kind of answer asked for (a year, a number, a name, ...; see `evidence`).

`min_score` was calibrated with `python -m eval.calibrate` on eval/questions/chapter.jsonl (51
answerable questions incl. paraphrases and follow-ups, 22 unanswerable, off-topic and injection
ones). The answer-kind and injection checks alone refuse 14 of the 22 and none of the 51; what they
leave is off-topic (best score at most 0.15) plus one question the place check misses, while the
lowest answerable question scores 0.22. Every threshold from 0.16 to 0.22 refuses 21/22 with no
false refusal; 0.19, the middle, leaves the widest margin on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.evidence import expected_answer_type, holds_answer_type, is_instruction_to_assistant
from assistant.extractive import Draft


@dataclass(frozen=True)
class RefusalPolicy:
    min_score: float = 0.19  # best sentence score (0.6 * cosine + 0.4 * idf-weighted word overlap)

    def reason(self, question: str, draft: Draft) -> str | None:
        """Why the documents do not answer `question`, or None when the draft answers it."""
        if is_instruction_to_assistant(question):
            return "it asks me to change how I work; I only answer questions from the indexed documents"
        best = draft.best
        if best is None:
            return "nothing relevant was found"
        if best.score < self.min_score:
            return "the closest passages are only loosely related"
        wanted = expected_answer_type(question)
        if not any(holds_answer_type(s.text, wanted, question) for s in draft.sentences):
            return f"the closest passages do not give {wanted.value}"
        return None


def refusal_text(question: str, reason: str) -> str:
    return f"The indexed documents don't say: {reason}. The closest passages are shown separately, not as citations."
