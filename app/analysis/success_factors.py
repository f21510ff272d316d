"""Rule 3: the person's top 3 success factors against the experts' (S4)."""

from __future__ import annotations

from app.analysis.person import FACTOR_RATING_PREFIX, TOP3_QUESTION, Person
from app.analysis.result import SuccessFactors
from app.domain.questionnaire import Questionnaire, RankQuestion


def success_factors(questionnaire: Questionnaire, person: Person) -> SuccessFactors:
    """Overlap with the rank question's `expert_order` (data, not code) and the self-ratings on it."""
    question = questionnaire.question(TOP3_QUESTION)
    expert = list(question.expert_order) if isinstance(question, RankQuestion) else []
    less = list(question.expert_less_important) if isinstance(question, RankQuestion) else []
    chosen = set(person.top3)
    shared = [f for f in expert if f in chosen]
    return SuccessFactors(
        top3=list(person.top3),
        expert_top3=expert,
        expert_less_important=less,
        overlap=len(shared),
        shared=shared,
        ratings={  # only factors the questionnaire still asks a rating for (none since they were retired)
            f: person.factor_ratings.get(f)
            for f in expert
            if questionnaire.question(FACTOR_RATING_PREFIX + f) is not None
        },
        sources=list(question.sources) if question is not None else [],
    )
