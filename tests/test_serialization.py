"""Serialisation: round trips, schema version and hostile input."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from detachkit import (
    SCHEMA_VERSION,
    SIGNS_CHECKLIST,
    Assessment,
    Checklist,
    InvalidInputError,
    Reason,
    from_dict,
    from_json,
    score_signs,
    to_dict,
    to_json,
)

SAMPLE = score_signs(
    {
        "worse_after_contact": 3,
        "walking_on_eggshells": 2,
        "repeating_pattern": 1,
        "stopped_sharing": 0,
        "body_pays": 4,
        "mood_shifts": 3,
        "excess_stress": 2,
        "wellbeing_depends_on_them": 1,
        "victim_and_blame": 0,
        "best_friend_test": 3,
        "verbal_abuse": 1,
    }
)


def _tampered(change: dict[str, Any]) -> str:
    envelope = json.loads(to_json(SAMPLE))
    envelope["data"].update(change)
    return json.dumps(envelope)


class TestRoundTrip:
    def test_dict_round_trip(self) -> None:
        """from_dict(to_dict(x), T) == x."""
        assert from_dict(to_dict(SAMPLE), Assessment) == SAMPLE

    def test_json_envelope(self) -> None:
        """JSON carries the schema version, the type and the data."""
        envelope = json.loads(to_json(SAMPLE))
        assert envelope["schema_version"] == SCHEMA_VERSION
        assert envelope["type"] == "Assessment"
        assert envelope["data"]["band"]["id"] == "safety_first"
        assert envelope["data"]["safety"] == ["verbal_abuse"]

    def test_frozensets_serialise_sorted(self) -> None:
        """Sets are written as sorted lists, so the text is deterministic."""
        responses = {item.id: 1 for item in SIGNS_CHECKLIST.items}
        text = to_json(score_signs(responses))
        assert json.loads(text)["data"]["safety"] == ["self_harm", "verbal_abuse", "violence"]


class TestHostileInput:
    @pytest.mark.parametrize(
        ("text", "field"),
        [
            ("{", "$.text"),
            ("[" * 100_000 + "]" * 100_000, "$.text"),
            ("1" * 5000, "$.text"),
            ('{"schema_version": 1, "type": "Assessment", "data": {}}', "$.schema_version"),
            ('{"schema_version": true, "type": "Assessment", "data": {}}', "$.schema_version"),
            ('{"schema_version": 3, "type": "Checklist", "data": {}}', "$.type"),
            ('{"schema_version": 3, "type": "Assessment"}', "$"),
            ("[]", "$"),
        ],
    )
    def test_bad_envelopes(self, text: str, field: str) -> None:
        """Malformed JSON and wrong envelopes raise InvalidInputError with the path."""
        with pytest.raises(InvalidInputError) as info:
            from_json(text, Assessment)
        assert info.value.field == field

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"score": "50"}, "$.score"),
            ({"score": True}, "$.score"),
            ({"score": 1e400}, "$.score"),
            ({"score": 101}, "$.score"),
            ({"unscreened": "abc"}, "$.unscreened"),
            ({"safety": ["fear"]}, "$.safety[0]"),
            ({"extra": 1}, "$"),
            ({"checklist_id": 7}, "$.checklist_id"),
            ({"answers": [{"item_id": "x", "value": 9}]}, "$.answers[0].value"),
            ({"answers": [{"item_id": "x", "value": 2, "more": 1}]}, "$.answers[0]"),
            ({"reasons": [{"code": "", "message": "m", "subject": None}]}, "$.reasons[0].code"),
            ({"band": None}, "$.band"),
        ],
    )
    def test_tampered_data(self, change: dict[str, Any], field: str) -> None:
        """Wrong types, extra keys and bad values name the path of the problem."""
        with pytest.raises(InvalidInputError) as info:
            from_json(_tampered(change), Assessment)
        assert info.value.field == field

    def test_missing_field(self) -> None:
        """A missing required field is reported by its path."""
        data = to_dict(SAMPLE)
        del data["band"]
        with pytest.raises(InvalidInputError) as info:
            from_dict(data, Assessment)
        assert info.value.field == "$.band"

    def test_every_problem_reported(self) -> None:
        """Several problems are all listed in ``errors``."""
        with pytest.raises(InvalidInputError) as info:
            from_json(_tampered({"score": "x", "checklist_id": 1, "extra": 0}), Assessment)
        assert {e.field for e in info.value.errors} == {"$.score", "$.checklist_id", "$"}

    @pytest.mark.parametrize("bad", [None, [], "text", 3])
    def test_from_dict_needs_a_dict(self, bad: object) -> None:
        """from_dict refuses non-dict data."""
        with pytest.raises(InvalidInputError):
            from_dict(bad, Assessment)

    @pytest.mark.parametrize("bad", [None, 3, {"a": 1}])
    def test_from_json_needs_text(self, bad: object) -> None:
        """from_json refuses anything but str or bytes."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.text\'"):
            from_json(bad, Assessment)

    @pytest.mark.parametrize("obj", [None, 3, {"a": 1}, "x", ValueError()])
    def test_to_json_of_foreign_objects(self, obj: object) -> None:
        """to_json of something that is not a detachkit record is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.obj\'"):
            to_json(obj)

    @pytest.mark.parametrize("cls", [dict, int, "Assessment", ValueError])
    def test_foreign_target_types(self, cls: Any) -> None:
        """from_json into a non-detachkit type is invalid input."""
        with pytest.raises(InvalidInputError, match=r"\'\$\.cls\'"):
            from_json(to_json(SAMPLE), cls)

    def test_bytes_accepted(self) -> None:
        """JSON as bytes reads back too."""
        assert from_json(to_json(SAMPLE).encode(), Assessment) == SAMPLE

    def test_other_records(self) -> None:
        """Records nested in records round-trip (a whole checklist)."""
        assert from_json(to_json(SIGNS_CHECKLIST), Checklist) == SIGNS_CHECKLIST
        reason = Reason(code="c", message="m", subject="s")
        assert from_json(to_json(reason), Reason) == reason


class TestLazyImport:
    def test_import_does_not_load_cattrs(self) -> None:
        """``import detachkit`` does not import cattrs; serialising does."""
        code = (
            "import sys, detachkit; before = 'cattrs' in sys.modules; "
            "detachkit.to_json(detachkit.Reason(code='c', message='m')); "
            "print(before, 'cattrs' in sys.modules)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.split() == ["False", "True"]
