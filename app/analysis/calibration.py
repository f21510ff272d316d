"""Self-ratings checked against evidence: experience, scenario choices and an observer.

The sources' loudest warning is that knowing the platforms as a consumer is not professional
skill (S1, S3), so a rating is compared with what else the answers show. Each piece of
evidence gives a *cap*, a highest level it supports; `rating_checked` = min(rating, caps), so
it depends on the self-rating only through that min and raising a rating never lowers it.
A rating above a cap is *flagged*: a reason for a conversation, not an accusation (S0: many
in the field are self-taught). Missing ratings (counted as level 1) are never flagged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.analysis.person import Person
from app.domain.questionnaire import Questionnaire

LEVELS = 5
FlagCode = str
"""Per competency: "above_experience", "scenario" or "observer"."""


@dataclass(frozen=True)
class ExperienceRule:
    """A rating above `cap` in `competencies` is not borne out when `applies` (answered facts only)."""

    reason: str
    competencies: tuple[str, ...]
    cap: int
    sources: tuple[str, ...]
    applies: Callable[[Person], bool]


def _no_social_media_work(p: Person) -> bool:
    return p.social_media_work_years == 0 and not p.online_marketing_years


EXPERIENCE_RULES: tuple[ExperienceRule, ...] = (
    # S1, S3: companies hand social media to young people who "know the platforms" and it fails;
    # private use is not professional use. Levels 4–5 describe that work done for an organisation.
    ExperienceRule(
        "no_social_media_work",
        (
            "technical_platforms",
            "content_creation",
            "community_building",
            "crisis_management",
            "strategy_planning",
            "trend_monitoring",
            "roi_measurement",
        ),
        3,
        ("001_5114ec0e854c59e4.txt", "003_cc26a6b60f59819e.txt"),
        _no_social_media_work,
    ),
    # S1, S3: complaints and negative experiences are learnt in customer service, or in
    # social-media work that answers the public.
    ExperienceRule(
        "no_customer_service_work",
        ("customer_service",),
        3,
        ("001_5114ec0e854c59e4.txt", "003_cc26a6b60f59819e.txt"),
        lambda p: p.customer_service_years == 0 and not p.social_media_work_years,
    ),
    # S4: online marketing is where measuring, search and customer data are practised (the
    # typical strategist has about 3 years of it); S1 names SEO and big data among the skills.
    ExperienceRule(
        "no_online_marketing",
        ("seo", "data_analytics", "roi_measurement"),
        3,
        ("004_7286c6452518ce04.txt", "001_5114ec0e854c59e4.txt"),
        lambda p: p.online_marketing_years == 0,
    ),
    # S2: good practitioners have a large network, grown from long, deep engagement.
    ExperienceRule(
        "small_network",
        ("networking",),
        3,
        ("002_7128716d7aea676e.txt",),
        lambda p: p.network_size == "small",
    ),
    # S1: a young person without experience finds the job very hard; S4: strategists average
    # 13 years of work. Leading across an organisation is learnt at work.
    ExperienceRule(
        "little_work_experience",
        (
            "business_strategy",
            "collaboration",
            "strategy_planning",
            "stakeholder_mobilisation",
            "training_others",
        ),
        3,
        ("001_5114ec0e854c59e4.txt", "004_7286c6452518ce04.txt"),
        lambda p: p.total_years is not None and p.total_years < 2,
    ),
    # S1: the young hire who "knows the platforms" is the warning case; knowing an organisation's
    # audiences, sector and communication comes from work, or from studies in the field (S0).
    ExperienceRule(
        "little_work_no_studies",
        ("marketing_communication", "industry_knowledge", "audience_insight"),
        3,
        ("001_5114ec0e854c59e4.txt", "000_063c86f94835940e.txt"),
        lambda p: (
            p.total_years is not None
            and p.total_years < 2
            and p.education_level in ("compulsory", "upper_secondary")
        ),
    ),
)
SCENARIO_CAP = 2
"""When the responses chosen in two or more scenarios on a competency earn under half their
credit, mostly what the sources warn against, the evidence supports level 2 (doing it with
someone checking)."""
SINGLE_SCENARIO_CAP = 3
"""One situation answered against the sources is a question to discuss, not a pattern: level 3."""
OBSERVER_DIFFERENCE = 2
"""An observer two levels or more below (or above) the self-rating is flagged."""


@dataclass(frozen=True)
class FlagItem:
    competency: str
    reason: str


@dataclass
class Evidence:
    """What the answers other than the self-ratings say about each competency."""

    caps: dict[str, int] = field(default_factory=dict)
    codes: dict[str, list[FlagCode]] = field(default_factory=dict)
    flags: list[FlagItem] = field(default_factory=list)
    observer: dict[str, int] = field(default_factory=dict)
    scenarios_answered: int = 0
    scenario_score: int | None = None

    def checked(self, cid: str, level: int) -> int:
        return min(level, self.caps.get(cid, LEVELS))

    def flag(self, cid: str, code: FlagCode, reason: str) -> None:
        codes = self.codes.setdefault(cid, [])
        if code not in codes:
            codes.append(code)
        self.flags.append(FlagItem(cid, reason))

    def cap(self, cid: str, cap: int) -> None:
        self.caps[cid] = min(cap, self.caps.get(cid, LEVELS))


def scenario_credits(questionnaire: Questionnaire, choices: Mapping[str, str]) -> dict[str, list[int]]:
    """Competency id → the credits (0–2) of the responses chosen in the scenarios on it."""
    out: dict[str, list[int]] = {}
    for question in questionnaire.scenarios():
        chosen = choices.get(question.id)
        assert question.key is not None
        entry = question.key.options.get(chosen) if chosen is not None else None
        if entry is None:
            continue
        for cid in question.key.competencies:
            out.setdefault(cid, []).append(entry.credit)
    return out


def calibrate(
    person: Person,
    questionnaire: Questionnaire,
    competency_ids: Sequence[str],
    observer: Mapping[str, int] | None = None,
) -> Evidence:
    """The caps and flags for every competency, in questionnaire order."""
    evidence = Evidence(observer=dict(observer or {}))
    answered = [
        q.key.options[person.choices[q.id]].credit
        for q in questionnaire.scenarios()
        if q.key is not None and person.choices.get(q.id) in q.key.options
    ]
    evidence.scenarios_answered = len(answered)
    evidence.scenario_score = round(100 * sum(answered) / (2 * len(answered))) if answered else None
    credits = scenario_credits(questionnaire, person.choices)
    for cid in competency_ids:
        rating = person.ratings.get(cid)
        for rule in EXPERIENCE_RULES:
            if cid in rule.competencies and rule.applies(person):
                evidence.cap(cid, rule.cap)
                if rating is not None and rating > rule.cap:
                    evidence.flag(cid, "above_experience", rule.reason)
        got = credits.get(cid)
        seen = evidence.observer.get(cid)
        if got and sum(got) < len(got):  # under half of the 2 × n credit
            cap = SCENARIO_CAP if len(got) > 1 else SINGLE_SCENARIO_CAP
            # someone who has seen the person at work outweighs a multiple-choice answer
            cap = max(cap, seen) if seen is not None else cap
            evidence.cap(cid, cap)
            if rating is not None and rating > cap:
                evidence.flag(cid, "scenario", "scenario")
        if seen is not None:
            evidence.cap(cid, seen + OBSERVER_DIFFERENCE - 1)
            if rating is not None and rating - seen >= OBSERVER_DIFFERENCE:
                evidence.flag(cid, "observer", "observer_lower")
            elif rating is not None and seen - rating >= OBSERVER_DIFFERENCE:
                evidence.flag(cid, "observer", "observer_higher")
    return evidence
