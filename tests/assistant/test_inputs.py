"""Whatever a caller sends (any unicode, any size, any type), `ask` and `check` give an answer or one
`AssistantError` that says what to do: never a Python error text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import AssistantError
from assistant.types import Answer, CheckReport

pytestmark = pytest.mark.reliability
ANY_TEXT = st.one_of(
    st.text(max_size=300),  # any code point, lone surrogates and controls included
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1900, max_size=2100),  # around the length limit
    st.sampled_from(["", "   ", "\x00", "What is IOM?", "\ud800?", "What did the 2016 Declaration do?"]),
    st.none(),
    st.integers(),
)
ANY_K = st.one_of(st.none(), st.integers(-3, 60), st.sampled_from(["5", "many", 2.5, True]))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=ANY_TEXT, k=ANY_K)
def test_ask_answers_or_says_what_is_wrong(bot, question, k, faults):
    faults("fuzzed question and k to Assistant.ask")
    try:
        answer = bot.ask(question, k=k)
    except AssistantError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(answer, Answer) and answer.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT)
def test_check_answers_or_says_what_is_wrong(bot, text, faults):
    faults("fuzzed text to Assistant.check")
    try:
        report = bot.check(text)
    except AssistantError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(report, CheckReport)


def test_limits_say_what_to_do(bot):
    with pytest.raises(AssistantError, match="over the 2,000 allowed: ask it shorter"):
        bot.ask("Why? " * 500)
    with pytest.raises(AssistantError, match=r"not text \(at position 5\); retype it"):
        bot.ask("What \ud800 is it?")
    with pytest.raises(AssistantError, match="whole number from 1 to 50"):
        bot.ask("What is IOM?", k=0)


def test_only_the_latest_turns_are_read(bot):
    """A follow-up is read against the latest `history_turns` turns; a long conversation does not grow the work."""
    old = [{"role": "user", "content": f"Old question {n}?"} for n in range(500)]
    state = bot._inputs("Why?", old, None)
    assert len(state["history"]) == 2 * bot.history_turns and state["history"][-1] == old[-1]


@pytest.mark.parametrize("text", ["0:", "Note:", "Claim: ", "x :"])
def test_a_label_with_nothing_after_its_colon_is_no_crash(bot, text):
    """Found by the fuzzer: "0:" parsed an empty remainder."""
    try:
        bot.check(text)
    except AssistantError as exc:
        assert "\n" not in str(exc)
    assert isinstance(bot.ask(text), Answer)
