"""detachkit: reflection and assessment logic for stepping back from a
draining or harmful relationship.

A pure, typed library: every function takes plain values and returns frozen
records that explain themselves. Nothing here reads files, the clock or the
network. Results support reflection; they are not a diagnosis and do not
replace a clinical professional.

>>> import detachkit
>>> detachkit.score_signs({"worse_after_contact": 3, "walking_on_eggshells": 3,
...     "repeating_pattern": 2, "stopped_sharing": 1, "body_pays": 2,
...     "mood_shifts": 3, "excess_stress": 3, "wellbeing_depends_on_them": 2,
...     "victim_and_blame": 1, "best_friend_test": 4}).band.id
'many_signs'
"""

from detachkit.checklists import (
    Answer,
    Assessment,
    Band,
    Checklist,
    ChecklistItem,
    Frequency,
    score_checklist,
)
from detachkit.errors import DetachkitError, IncompleteResponsesError, InvalidInputError
from detachkit.serialization import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from detachkit.signs import PROGRESS_CHECKLIST, SIGNS_CHECKLIST, score_signs
from detachkit.vocabulary import (
    DEFAULT_RESOURCES,
    DISCLAIMER,
    ContactLevel,
    CrisisResource,
    OrderedEnum,
    Reason,
    RelationshipKind,
    SafetyConcern,
    resources_for,
)

__all__ = [
    "DEFAULT_RESOURCES",
    "DISCLAIMER",
    "PROGRESS_CHECKLIST",
    "SCHEMA_VERSION",
    "SIGNS_CHECKLIST",
    "Answer",
    "Assessment",
    "Band",
    "Checklist",
    "ChecklistItem",
    "ContactLevel",
    "CrisisResource",
    "DetachkitError",
    "Frequency",
    "IncompleteResponsesError",
    "InvalidInputError",
    "OrderedEnum",
    "Reason",
    "RelationshipKind",
    "SafetyConcern",
    "from_dict",
    "from_json",
    "resources_for",
    "score_checklist",
    "score_signs",
    "to_dict",
    "to_json",
]
