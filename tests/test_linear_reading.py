"""Reading stays linear on any input: the mechanisms that guarantee it.

The test suite pins the mechanisms, not times (``benchmarks/run.py`` prints
the time per KB of each hostile input shape).
"""

from __future__ import annotations

import pytest

from detachkit import _factfeeling_rules as rules
from detachkit import analyze_entry, classify, split_statements
from detachkit._tokens import URL_NORM, tokenize


class _CountingDict(dict[str, str]):
    """A dict that counts its look-ups."""

    lookups = 0

    def get(self, key: str, default: str = "", /) -> str:  # type: ignore[override]
        self.lookups += 1
        return super().get(key, default)


class TestFuzzyEmotionMatch:
    def test_longest_emotion_word_sets_the_bound(self) -> None:
        """The bound is one letter past the longest emotion word, so no typo is lost."""
        assert max(map(len, rules._EMOTION_WORDS)) + 1 == rules.FUZZY_MAX_LENGTH

    def test_typo_within_the_bound_is_still_matched(self) -> None:
        """A one-letter slip of an emotion word is still read as an emotion."""
        assert rules._fuzzy_emotion("lonley") or rules._fuzzy_emotion("anxous")

    @pytest.mark.parametrize("length", [rules.FUZZY_MAX_LENGTH + 1, 1_000, 100_000])
    def test_token_past_the_bound_is_never_looked_up(
        self, length: int, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A token longer than any emotion word plus one makes no fuzzy look-up at all."""
        counting = _CountingDict(rules._EMOTION_DELETES)
        monkeypatch.setattr(rules, "_EMOTION_DELETES", counting)
        assert rules._fuzzy_emotion("b" * length) == 0
        assert counting.lookups == 0


class TestBoundedMemos:
    def test_long_words_are_not_memoised(self) -> None:
        """A huge word leaves no copy of itself in the word and shape memos."""
        word = "q" * 10_000
        classify(word)
        assert word not in rules._SHAPE_CACHE
        from detachkit import _tokens

        assert word not in _tokens._WORD_CACHE


class TestWebAddresses:
    @pytest.mark.parametrize(
        "url",
        [
            "https://example.com/a?b=1&c=2",
            "http://x.org/" + "p/" * 5_000 + "q",
            "www.example.co.uk/path",
        ],
    )
    def test_a_web_address_is_one_token(self, url: str) -> None:
        """A link is read as one token, however many marks it holds."""
        tokens = tokenize(f"see {url}. ok")
        assert [t.norm for t in tokens] == ["see", URL_NORM, ".", "ok"]
        assert tokens[1].raw == url
        assert tokens[1].start == 4
        assert tokens[1].end == 4 + len(url)

    def test_trailing_bracket_stays_outside(self) -> None:
        """A closing bracket after a link is punctuation, not part of it."""
        assert [t.raw for t in tokenize("(www.a.com)")] == ["(", "www.a.com", ")"]


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        "https://example.com/" + "abc/def?x=1&y=" * 10_000,
        "!?.,;" * 20_000,
        "\n" * 100_000,
        "\U0001f600\U0001f44d\U0001f3fd" * 20_000,
        "e\u0301\u0302\u0303" * 20_000,
    ],
    ids=["long word", "long url", "punctuation", "newlines", "emoji", "combining"],
)
def test_hostile_shapes_are_read_whole(text: str) -> None:
    """Every hostile shape is read to the end, with spans inside the input."""
    result = classify(text)
    assert result.text == text
    assert all(0 <= cue.start <= cue.end <= len(text) for cue in result.cues)
    entry = analyze_entry(text)
    assert entry.counts.total == len(entry.statements) == len(split_statements(text))
