"""`Content`: the checked data files as domain objects, the input of the analysis and the report.

`app.content` loads and checks the YAML files and builds it; everything downstream takes it
as it is, so the analysis never depends on how (or whether) files were read.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.profiles import EducationRoutes, LearningPath, RoleProfile
from app.domain.questionnaire import Questionnaire
from app.domain.sources import SourceArticle


@dataclass(frozen=True)
class Content:
    questionnaire: Questionnaire
    profiles: dict[str, RoleProfile]
    paths: dict[str, LearningPath]
    sources: dict[str, SourceArticle]
    files: dict[str, str]
    """Which file each part came from (for messages): 'questionnaire', 'profile:<id>', …"""
    education_routes: EducationRoutes | None = None
    """Study routes, lengths and funding by country (the product's own guidance)."""

    def competency_ids(self) -> list[str]:
        return self.questionnaire.competency_ids()
