"""detachkit: reflection and assessment logic for stepping back from a
draining or harmful relationship.

A pure, typed library: every function takes plain values and returns frozen
records that explain themselves. Nothing here reads files, the clock or the
network. Results support reflection; they are not a diagnosis and do not
replace a clinical professional.

>>> import detachkit
>>> detachkit.classify("He texted me 14 times on Saturday.").label.value
'fact'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from detachkit.errors import (
    DetachkitError,
    IncompleteResponsesError,
    InvalidInputError,
    json_path,
)
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

if TYPE_CHECKING:
    from detachkit.boundaries import (
        REPEATED_CROSSINGS,
        RULES,
        Boundary,
        BoundaryEvent,
        BoundaryReview,
        BoundaryStats,
        ContactPlan,
        Finding,
        Rule,
        Severity,
        SupportPerson,
        check_contact_plan,
        check_support,
        get_rule,
        lint_boundary,
        list_rules,
        review_boundaries,
    )
    from detachkit.checklists import (
        SAFETY_BAND_ID,
        Answer,
        Assessment,
        Band,
        Checklist,
        ChecklistItem,
        Frequency,
        score_checklist,
    )
    from detachkit.evidence import MODEL_SOURCE, SAFETY_CATEGORIES, Evidence, SafetySignal
    from detachkit.factfeeling import (
        CUE_RULES,
        Classification,
        Cue,
        CueKind,
        CueRule,
        EntryAnalysis,
        FactCheck,
        LabelCounts,
        StatementKind,
        ThinkingTrap,
        analyze_entry,
        classify,
        classify_many,
        fact_check,
        split_statements,
    )
    from detachkit.plan import (
        CORE_STEPS,
        STEP_CONTENT,
        Plan,
        Step,
        StepContent,
        next_steps,
    )
    from detachkit.recovery import (
        DEFAULT_RECOVERY_MODEL,
        MAX_DURATION,
        Basis,
        ContactMultipliers,
        EstimateConfidence,
        Factor,
        Lens,
        ModelConstant,
        RecoveryEstimate,
        RecoveryModel,
        attachment_remaining,
        estimate_recovery,
        recovery_progress,
    )
    from detachkit.serialization import (
        SCHEMA_VERSION,
        from_dict,
        from_json,
        to_dict,
        to_json,
    )
    from detachkit.signs import (
        PROGRESS_CHECKLIST,
        SIGNS_CHECKLIST,
        score_signs,
    )

# The domain modules load on first use (PEP 562), so that ``import detachkit``
# stays cheap: an app that only scores checklists never builds the classifier's
# lexicons, and cattrs loads only when something is serialised.
_LAZY: dict[str, str] = {
    "REPEATED_CROSSINGS": "boundaries",
    "RULES": "boundaries",
    "Boundary": "boundaries",
    "BoundaryEvent": "boundaries",
    "BoundaryReview": "boundaries",
    "BoundaryStats": "boundaries",
    "ContactPlan": "boundaries",
    "Finding": "boundaries",
    "Rule": "boundaries",
    "Severity": "boundaries",
    "SupportPerson": "boundaries",
    "check_contact_plan": "boundaries",
    "check_support": "boundaries",
    "get_rule": "boundaries",
    "lint_boundary": "boundaries",
    "list_rules": "boundaries",
    "review_boundaries": "boundaries",
    "Answer": "checklists",
    "Assessment": "checklists",
    "Band": "checklists",
    "Checklist": "checklists",
    "ChecklistItem": "checklists",
    "Frequency": "checklists",
    "SAFETY_BAND_ID": "checklists",
    "score_checklist": "checklists",
    "CUE_RULES": "factfeeling",
    "Classification": "factfeeling",
    "Cue": "factfeeling",
    "CueKind": "factfeeling",
    "CueRule": "factfeeling",
    "EntryAnalysis": "factfeeling",
    "Evidence": "evidence",
    "FactCheck": "factfeeling",
    "LabelCounts": "factfeeling",
    "MODEL_SOURCE": "evidence",
    "SAFETY_CATEGORIES": "evidence",
    "SafetySignal": "evidence",
    "StatementKind": "factfeeling",
    "ThinkingTrap": "factfeeling",
    "analyze_entry": "factfeeling",
    "classify": "factfeeling",
    "classify_many": "factfeeling",
    "fact_check": "factfeeling",
    "split_statements": "factfeeling",
    "CORE_STEPS": "plan",
    "STEP_CONTENT": "plan",
    "Plan": "plan",
    "Step": "plan",
    "StepContent": "plan",
    "next_steps": "plan",
    "DEFAULT_RECOVERY_MODEL": "recovery",
    "MAX_DURATION": "recovery",
    "Basis": "recovery",
    "ContactMultipliers": "recovery",
    "EstimateConfidence": "recovery",
    "Factor": "recovery",
    "Lens": "recovery",
    "ModelConstant": "recovery",
    "RecoveryEstimate": "recovery",
    "RecoveryModel": "recovery",
    "attachment_remaining": "recovery",
    "estimate_recovery": "recovery",
    "recovery_progress": "recovery",
    "SCHEMA_VERSION": "serialization",
    "from_dict": "serialization",
    "from_json": "serialization",
    "to_dict": "serialization",
    "to_json": "serialization",
    "PROGRESS_CHECKLIST": "signs",
    "SIGNS_CHECKLIST": "signs",
    "score_signs": "signs",
}

__all__ = [
    "CORE_STEPS",
    "CUE_RULES",
    "DEFAULT_RECOVERY_MODEL",
    "DEFAULT_RESOURCES",
    "DISCLAIMER",
    "MAX_DURATION",
    "MODEL_SOURCE",
    "PROGRESS_CHECKLIST",
    "REPEATED_CROSSINGS",
    "RULES",
    "SAFETY_BAND_ID",
    "SAFETY_CATEGORIES",
    "SCHEMA_VERSION",
    "SIGNS_CHECKLIST",
    "STEP_CONTENT",
    "Answer",
    "Assessment",
    "Band",
    "Basis",
    "Boundary",
    "BoundaryEvent",
    "BoundaryReview",
    "BoundaryStats",
    "Checklist",
    "ChecklistItem",
    "Classification",
    "ContactLevel",
    "ContactMultipliers",
    "ContactPlan",
    "CrisisResource",
    "Cue",
    "CueKind",
    "CueRule",
    "DetachkitError",
    "EntryAnalysis",
    "EstimateConfidence",
    "Evidence",
    "FactCheck",
    "Factor",
    "Finding",
    "Frequency",
    "IncompleteResponsesError",
    "InvalidInputError",
    "LabelCounts",
    "Lens",
    "ModelConstant",
    "OrderedEnum",
    "Plan",
    "Reason",
    "RecoveryEstimate",
    "RecoveryModel",
    "RelationshipKind",
    "Rule",
    "SafetyConcern",
    "SafetySignal",
    "Severity",
    "StatementKind",
    "Step",
    "StepContent",
    "SupportPerson",
    "ThinkingTrap",
    "analyze_entry",
    "attachment_remaining",
    "check_contact_plan",
    "check_support",
    "classify",
    "classify_many",
    "estimate_recovery",
    "fact_check",
    "from_dict",
    "from_json",
    "get_rule",
    "json_path",
    "lint_boundary",
    "list_rules",
    "next_steps",
    "recovery_progress",
    "resources_for",
    "review_boundaries",
    "score_checklist",
    "score_signs",
    "split_statements",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        # Read from the installed metadata on first use: importlib.metadata
        # costs more to import than the rest of the package.
        from importlib.metadata import version  # noqa: PLC0415 - see above

        globals()[name] = value = version("detachkit")
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'detachkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"detachkit.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
