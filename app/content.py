"""Load and check the data files: questionnaire, role profiles, learning paths, sources.

Every file carries a top-level `type`; a problem is reported as `file: path.in.file: reason`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from app import paths
from app.domain.content import Content as Content  # re-exported: the loader builds it
from app.domain.os_reasons import OsReason, os_reason
from app.domain.problems import SHOWN_MAX, Problem, RuleError, shown, shown_path
from app.domain.profiles import LearningPath, LearningPathCatalogue, RoleProfile
from app.domain.questionnaire import (
    LikertQuestion,
    NumberQuestion,
    Question,
    Questionnaire,
    RankQuestion,
    Section,
    SingleChoiceQuestion,
)
from app.domain.sources import SourceCatalogue
from app.domain.text import Language
from app.i18n import N_, translator
from app.storage.input_files import DATA_FILE_LIMIT, InputError, load_yaml, read_regular

MAX_ITEMS = 45
FILE_TYPES: dict[str, type[BaseModel]] = {
    "questionnaire": Questionnaire,
    "role_profile": RoleProfile,
    "learning_paths": LearningPathCatalogue,
    "sources": SourceCatalogue,
}
_KIND_TAGS = {"text", "number", "single_choice", "multi_choice", "likert", "rank"}


@dataclass(frozen=True)
class ContentProblem:
    """What is wrong where in a data file. `reason` is the English sentence (the msgid, marked
    with N_ where it is written) with {placeholders} from `params`; `problem`, when set, is a
    coded problem from the input checks that renders itself."""

    file: str
    where: str
    reason: str
    params: Mapping[str, object] = field(default_factory=dict)
    problem: Problem | None = None

    def message(self, lang: Language = "en") -> str:
        if self.problem is not None:
            return self.problem.message(lang)
        params = {
            k: shown(v.message(lang) if isinstance(v, OsReason) else v, 2 * SHOWN_MAX)
            for k, v in self.params.items()
        }
        return translator(lang)(self.reason, **params)

    def line(self, lang: Language = "en") -> str:
        """One line: values from the file are escaped and shortened."""
        file, reason = shown_path(self.file), shown(self.message(lang), 4 * SHOWN_MAX)
        return f"{file}: {shown(self.where, 2 * SHOWN_MAX)}: {reason}" if self.where else f"{file}: {reason}"

    def __str__(self) -> str:
        return self.line("en")


class ContentError(Exception):
    def __init__(self, problems: list[ContentProblem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def _loc(loc: tuple[int | str, ...]) -> str:
    """pydantic's error location as `sections[2].questions[4].prompt.nl` (union tags dropped)."""
    out = ""
    previous: int | str | None = None
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not (isinstance(previous, int) and part in _KIND_TAGS):
            out += f".{part}" if out else part
        previous = part
    return out


def _problem(file: str, error: Any) -> ContentProblem:
    where = _loc(tuple(error["loc"]))
    if error["type"] == "missing":
        return ContentProblem(file, where, N_("missing"))
    if error["type"] == "extra_forbidden":
        return ContentProblem(file, where, N_("unknown key"))
    rule = (error.get("ctx") or {}).get("error")
    if isinstance(rule, RuleError):
        return ContentProblem(file, where, rule.message, rule.params)
    # pydantic's own sentence for the other rules, in English: it has no sv/nl catalogue.
    return ContentProblem(file, where, N_("{detail}"), {"detail": error["msg"]})


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return str(path)


def parse_file(path: Path) -> tuple[BaseModel | None, list[ContentProblem]]:
    """Read one YAML data file into its model, or say what is wrong with it."""
    name = _display(path)
    try:
        raw = load_yaml(read_regular(path, DATA_FILE_LIMIT))
    except InputError as exc:
        return None, [ContentProblem(name, exc.problem.where, exc.problem.code, problem=exc.problem)]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [
            ContentProblem(name, where, N_("YAML syntax error: {problem}"), {"problem": shown(problem)})
        ]
    if not isinstance(raw, dict):
        return None, [ContentProblem(name, "", N_("expected a mapping with a 'type' key at the top"))]
    kind = raw.get("type")
    model = FILE_TYPES.get(str(kind))
    if model is None:
        known = ", ".join(FILE_TYPES)
        if kind is None:
            return None, [ContentProblem(name, "type", N_("missing; one of: {known}"), {"known": known})]
        return None, [
            ContentProblem(
                name, "type", N_("'{kind}' is not one of: {known}"), {"kind": kind, "known": known}
            )
        ]
    try:
        return model.model_validate(raw), []
    except ValidationError as exc:
        return None, [_problem(name, e) for e in exc.errors()]


DATA_SUFFIXES = (".yaml", ".yml")


def _yaml_files(targets: Iterable[Path]) -> tuple[list[Path], list[ContentProblem]]:
    """The data files named or found under the folders named; a folder without any, or one
    that cannot be listed, is a problem (so "ok" always means something was checked)."""
    files: list[Path] = []
    problems: list[ContentProblem] = []
    for target in targets:
        name = _display(target)
        try:
            if target.is_dir():
                found = _folder_files(target)
                if not found:
                    problems.append(ContentProblem(name, "", N_("holds no data files (*.yaml, *.yml)")))
                files += found
            elif os.path.lexists(target) and not target.exists():
                problems.append(ContentProblem(name, "", N_("a broken or looping symbolic link")))
            elif target.exists():
                files.append(target)
            else:
                problems.append(ContentProblem(name, "", N_("no such file or folder")))
        except OSError as exc:
            problems.append(
                ContentProblem(name, "", N_("cannot be read: {detail}"), {"detail": os_reason(exc)})
            )
    return files, problems


def _folder_files(folder: Path) -> list[Path]:
    """Every *.yaml / *.yml (any case) under `folder`; OSError when a folder cannot be listed."""
    found: list[Path] = []

    def fail(exc: OSError) -> None:
        raise exc

    for root, _dirs, names in os.walk(folder, onerror=fail):
        found += [Path(root) / n for n in names if n.lower().endswith(DATA_SUFFIXES)]
    return sorted(found)


@dataclass
class _Parts:
    questionnaires: list[tuple[str, Questionnaire]]
    profiles: list[tuple[str, RoleProfile]]
    paths: list[tuple[str, LearningPathCatalogue]]
    sources: list[tuple[str, SourceCatalogue]]


def _collect(files: list[Path]) -> tuple[_Parts, list[ContentProblem]]:
    parts = _Parts([], [], [], [])
    problems: list[ContentProblem] = []
    for file in files:
        model, found = parse_file(file)
        problems += found
        name = _display(file)
        if isinstance(model, Questionnaire):
            parts.questionnaires.append((name, model))
        elif isinstance(model, RoleProfile):
            parts.profiles.append((name, model))
        elif isinstance(model, LearningPathCatalogue):
            parts.paths.append((name, model))
        elif isinstance(model, SourceCatalogue):
            parts.sources.append((name, model))
    return parts, problems


def _duplicates(values: Iterable[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def _check_questionnaire(file: str, q: Questionnaire) -> list[ContentProblem]:
    out = _check_unique_ids(file, q)
    index = q.index()
    for si, section in enumerate(q.sections):
        for qi, question in enumerate(section.questions):
            out.extend(_check_question(file, f"sections[{si}].questions[{qi}]", section, question, index))
        out.extend(_check_pages(file, si, section))
    out.extend(_check_scenarios(file, q))
    out.extend(_check_retired(file, q.retired, index))
    out.extend(_check_length(file, q))
    return out


def _check_unique_ids(file: str, q: Questionnaire) -> list[ContentProblem]:
    """No two sections, and no two questions, share an id."""
    return [
        *(
            ContentProblem(file, "sections", N_("duplicate section id '{dup}'"), {"dup": dup})
            for dup in _duplicates(s.id for s in q.sections)
        ),
        *(
            ContentProblem(file, "sections", N_("duplicate question id '{dup}'"), {"dup": dup})
            for dup in _duplicates(x.id for x in q.questions())
        ),
    ]


def _check_question(
    file: str, where: str, section: Section, question: Question, index: Mapping[str, Question]
) -> list[ContentProblem]:
    """One question, at `where`: its id, its options, the competency rules, its `not_above`."""
    out: list[ContentProblem] = []
    if question.section_id != section.id:
        out.append(
            ContentProblem(
                file,
                f"{where}.id",
                N_("'{question}' must start with '{section}.'"),
                {"question": question.id, "section": section.id},
            )
        )
    out.extend(_check_unique_options(file, where, question))
    if section.id == "competency":
        out.extend(_check_competency(file, where, question))
    out.extend(_check_not_above(file, where, question, index))
    return out


def _check_unique_options(file: str, where: str, question: Question) -> list[ContentProblem]:
    """No two options of a question share a value."""
    options = getattr(question, "options", None)
    if options is None:
        return []
    return [
        ContentProblem(file, f"{where}.options", N_("duplicate option '{dup}'"), {"dup": dup})
        for dup in _duplicates(o.value for o in options)
    ]


def _check_competency(file: str, where: str, question: Question) -> list[ContentProblem]:
    """A competency is a likert question with a short name."""
    out: list[ContentProblem] = []
    if not isinstance(question, LikertQuestion):
        out.append(ContentProblem(file, f"{where}.kind", N_("a competency must be likert")))
    if question.short is None:
        out.append(ContentProblem(file, f"{where}.short", N_("missing (competencies need a short name)")))
    return out


def _check_not_above(
    file: str, where: str, question: Question, index: Mapping[str, Question]
) -> list[ContentProblem]:
    """A number question's `not_above` names another number question."""
    if not isinstance(question, NumberQuestion) or question.not_above is None:
        return []
    if isinstance(index.get(question.not_above), NumberQuestion):
        return []
    return [
        ContentProblem(
            file,
            f"{where}.not_above",
            N_("'{other}' is not a number question"),
            {"other": question.not_above},
        )
    ]


def _check_retired(file: str, retired: list[str], index: Mapping[str, Question]) -> list[ContentProblem]:
    """A retired question is no longer asked."""
    return [
        ContentProblem(
            file, f"retired[{i}]", N_("'{question}' is retired but still asked"), {"question": qid}
        )
        for i, qid in enumerate(retired)
        if qid in index
    ]


def _check_length(file: str, q: Questionnaire) -> list[ContentProblem]:
    """The questionnaire stays short enough to finish."""
    items = len(q.questions())
    if items <= MAX_ITEMS:
        return []
    return [
        ContentProblem(
            file, "sections", N_("{items} items; keep it under {most}"), {"items": items, "most": MAX_ITEMS}
        )
    ]


SCENARIO_SECTION = "scenario"
SCENARIO_OPTIONS = 4


def _check_scenarios(file: str, q: Questionnaire) -> list[ContentProblem]:
    """Every scenario: single choice, four responses, a key for each, sources, known competencies.

    (Three languages are checked for every text by LocalizedText itself.)
    """
    out: list[ContentProblem] = []
    competencies = set(q.competency_ids())
    for si, section in enumerate(q.sections):
        for qi, question in enumerate(section.questions):
            where = f"sections[{si}].questions[{qi}]"
            keyed = isinstance(question, SingleChoiceQuestion) and question.key is not None
            if section.id != SCENARIO_SECTION:
                if keyed:
                    out.append(
                        ContentProblem(
                            file,
                            f"{where}.key",
                            N_("only '{section}' questions have a key"),
                            {"section": SCENARIO_SECTION},
                        )
                    )
                continue
            if not isinstance(question, SingleChoiceQuestion) or question.key is None:
                out.append(
                    ContentProblem(file, f"{where}.key", N_("a scenario must be single_choice with a key"))
                )
                continue
            if len(question.options) != SCENARIO_OPTIONS:
                out.append(
                    ContentProblem(
                        file,
                        f"{where}.options",
                        N_("a scenario needs exactly {n} responses"),
                        {"n": SCENARIO_OPTIONS},
                    )
                )
            if not question.sources:
                out.append(ContentProblem(file, f"{where}.sources", N_("a scenario must name its sources")))
            for ci, cid in enumerate(question.key.competencies):
                if cid not in competencies:
                    out.append(
                        ContentProblem(
                            file,
                            f"{where}.key.competencies[{ci}]",
                            N_("unknown competency '{competency}'"),
                            {"competency": cid},
                        )
                    )
    return out


def _check_pages(file: str, si: int, section: Section) -> list[ContentProblem]:
    """A section's pages, when it has them, hold each of its questions exactly once."""
    if not section.pages:
        return []
    out: list[ContentProblem] = []
    own = [q.id for q in section.questions]
    listed = [qid for page in section.pages for qid in page.questions]
    for dup in _duplicates(page.id for page in section.pages):
        out.append(
            ContentProblem(file, f"sections[{si}].pages", N_("duplicate page id '{dup}'"), {"dup": dup})
        )
    for dup in _duplicates(listed):
        out.append(
            ContentProblem(
                file, f"sections[{si}].pages", N_("'{dup}' is on more than one page"), {"dup": dup}
            )
        )
    for pi, page in enumerate(section.pages):
        for qi, qid in enumerate(page.questions):
            if qid not in own:
                out.append(
                    ContentProblem(
                        file,
                        f"sections[{si}].pages[{pi}].questions[{qi}]",
                        N_("'{question}' is not a question of this section"),
                        {"question": qid},
                    )
                )
    for qid in own:
        if qid not in listed:
            out.append(
                ContentProblem(
                    file, f"sections[{si}].pages", N_("'{question}' is on no page"), {"question": qid}
                )
            )
    return out


def _option_values(q: Questionnaire, qid: str) -> set[str] | None:
    question = q.question(qid)
    options = getattr(question, "options", None)
    return None if options is None else {o.value for o in options}


@dataclass(frozen=True)
class _Known:
    """The ids a reference may name: competencies, education fields, prior fields, sources."""

    competencies: set[str]
    fields: set[str]
    prior: set[str]
    sources: set[str]


def _check_references(
    parts: _Parts, q: Questionnaire, source_ids: set[str], profile_ids: set[str]
) -> list[ContentProblem]:
    known = _Known(
        competencies=set(q.competency_ids()),
        fields=_option_values(q, "education.field") or set(),
        prior=_option_values(q, "background.prior_fields") or set(),
        sources=source_ids,
    )
    out: list[ContentProblem] = []
    for file, questionnaire in parts.questionnaires:
        out.extend(_check_question_sources(file, questionnaire, known))
    for file, profile in parts.profiles:
        out.extend(_check_profile(file, profile, known))
    for file, catalogue in parts.paths:
        out.extend(_check_paths(file, catalogue, known))
    for file, questionnaire in parts.questionnaires:
        out.extend(_check_roles(file, questionnaire, profile_ids))
    return out


def _check_sources(file: str, where: str, items: list[str], known: _Known) -> list[ContentProblem]:
    """Every source named at `where` (a prefix such as `paths[2].`) is in the catalogue."""
    return [
        ContentProblem(file, f"{where}sources[{i}]", N_("unknown source '{source}'"), {"source": s})
        for i, s in enumerate(items)
        if s not in known.sources
    ]


def _check_question_sources(file: str, q: Questionnaire, known: _Known) -> list[ContentProblem]:
    """The sources of every question are in the catalogue."""
    out: list[ContentProblem] = []
    for si, section in enumerate(q.sections):
        for qi, question in enumerate(section.questions):
            out.extend(_check_sources(file, f"sections[{si}].questions[{qi}].", question.sources, known))
    return out


def _check_profile(file: str, profile: RoleProfile, known: _Known) -> list[ContentProblem]:
    """A role profile: known sources, a target for exactly the known competencies, known fields."""
    out = _check_sources(file, "", profile.sources, known)
    out.extend(_check_sources(file, "benchmarks.", profile.benchmarks.sources, known))
    for cid in profile.competencies:
        if cid not in known.competencies:
            out.append(ContentProblem(file, f"competencies.{cid}", N_("unknown competency")))
    for cid in sorted(known.competencies - set(profile.competencies)):
        out.append(
            ContentProblem(
                file, "competencies", N_("no target for competency '{competency}'"), {"competency": cid}
            )
        )
    for i, f in enumerate(profile.benchmarks.education_fields):
        if f not in known.fields:
            out.append(
                ContentProblem(
                    file, f"benchmarks.education_fields[{i}]", N_("unknown field '{field}'"), {"field": f}
                )
            )
    return out


def _check_paths(file: str, catalogue: LearningPathCatalogue, known: _Known) -> list[ContentProblem]:
    """A learning path catalogue: unique path ids, then each path's references."""
    out = [
        ContentProblem(file, "paths", N_("duplicate path id '{dup}'"), {"dup": dup})
        for dup in _duplicates(p.id for p in catalogue.paths)
    ]
    for pi, path in enumerate(catalogue.paths):
        out.extend(_check_path(file, f"paths[{pi}]", path, known))
    return out


def _check_path(file: str, where: str, path: LearningPath, known: _Known) -> list[ContentProblem]:
    """One learning path: known sources, competencies it closes, degree field, prior fields."""
    out = _check_sources(file, f"{where}.", path.sources, known)
    for ci, cid in enumerate(path.closes):
        if cid not in known.competencies:
            out.append(
                ContentProblem(
                    file,
                    f"{where}.closes[{ci}]",
                    N_("unknown competency '{competency}'"),
                    {"competency": cid},
                )
            )
    if path.degree and path.degree.field not in known.fields:
        out.append(
            ContentProblem(
                file, f"{where}.degree.field", N_("unknown field '{field}'"), {"field": path.degree.field}
            )
        )
    for fi, f in enumerate(path.not_for_prior_fields):
        if f not in known.prior:
            out.append(
                ContentProblem(
                    file, f"{where}.not_for_prior_fields[{fi}]", N_("unknown field '{field}'"), {"field": f}
                )
            )
    return out


def _check_roles(file: str, q: Questionnaire, profile_ids: set[str]) -> list[ContentProblem]:
    """The questions the plan is built on: a profile for every target role, the expert order
    of the top three success factors, and a single-choice target role."""
    out: list[ContentProblem] = []
    roles = _option_values(q, "goals.target_role")
    if roles is not None and profile_ids:
        for role in sorted(roles - profile_ids):
            out.append(
                ContentProblem(file, "goals.target_role", N_("no role profile '{role}'"), {"role": role})
            )
    rank = q.question("success_factors.top3")
    if isinstance(rank, RankQuestion) and len(rank.expert_order) != rank.choose:
        out.append(
            ContentProblem(
                file, "success_factors.top3.expert_order", N_("needs exactly {n} ids"), {"n": rank.choose}
            )
        )
    target = q.question("goals.target_role")
    if target is not None and not isinstance(target, SingleChoiceQuestion):
        out.append(ContentProblem(file, "goals.target_role", N_("must be single_choice")))
    return out


def _coverage(file: str, q: Questionnaire, catalogue: LearningPathCatalogue) -> list[ContentProblem]:
    closed = {c for p in catalogue.paths for c in p.closes}
    return [
        ContentProblem(
            file, "paths", N_("no learning path closes competency '{competency}'"), {"competency": c}
        )
        for c in q.competency_ids()
        if c not in closed
    ]


def check(
    targets: Iterable[Path], fallback: Content | None = None
) -> tuple[Content | None, list[ContentProblem]]:
    """Parse and cross-check the given files and folders.

    Parts that the targets do not hold (say, the questionnaire when only a profile is checked)
    are taken from `fallback`, so references can still be checked.
    """
    targets = list(targets)
    files, problems = _yaml_files(targets)
    parts, found = _collect(files)
    problems += found
    for kind, items in (("questionnaire", parts.questionnaires), ("sources", parts.sources)):
        if len(items) > 1:
            problems.append(
                ContentProblem(
                    items[1][0], "", N_("a second {kind} file; only one is allowed"), {"kind": kind}
                )
            )
    for dup in _duplicates(p.id for _, p in parts.profiles):
        problems.append(
            ContentProblem(parts.profiles[0][0], "id", N_("duplicate role profile id '{dup}'"), {"dup": dup})
        )

    q_file, questionnaire = parts.questionnaires[0] if parts.questionnaires else ("", None)
    if questionnaire is None and fallback is not None:
        q_file, questionnaire = fallback.files["questionnaire"], fallback.questionnaire
    source_list = (
        [a for _, c in parts.sources for a in c.articles]
        if parts.sources
        else list(fallback.sources.values())
        if fallback
        else []
    )
    if parts.sources:
        for dup in _duplicates(a.id for a in source_list):
            problems.append(
                ContentProblem(parts.sources[0][0], "articles", N_("duplicate source '{dup}'"), {"dup": dup})
            )
    profiles = {p.id: p for _, p in parts.profiles} or (dict(fallback.profiles) if fallback else {})
    path_list = [p for _, c in parts.paths for p in c.paths]
    routes = parts.paths[0][1].education_routes if parts.paths else None
    if not parts.paths and fallback:
        path_list = list(fallback.paths.values())
        routes = fallback.education_routes

    for file, q in parts.questionnaires:
        problems += _check_questionnaire(file, q)
    if questionnaire is not None:
        problems += _check_references(parts, questionnaire, {a.id for a in source_list}, set(profiles))
        for file, catalogue in parts.paths:
            problems += _coverage(file, questionnaire, catalogue)
    else:
        where = ", ".join(str(t) for t in targets) or "."
        problems.append(ContentProblem(where, "", N_("no questionnaire file (type: questionnaire) found")))

    if problems or questionnaire is None:
        return None, problems
    files_of = {"questionnaire": q_file} | {f"profile:{p.id}": f for f, p in parts.profiles}
    content = Content(
        questionnaire=questionnaire,
        profiles=profiles,
        paths={p.id: p for p in path_list},
        sources={a.id: a for a in source_list},
        files=files_of,
        education_routes=routes,
    )
    return content, []


@lru_cache(maxsize=1)
def shipped() -> Content:
    """The content that ships with the app; raises ContentError if it is broken."""
    content, problems = check([paths.QUESTIONNAIRES])
    if content is None:
        raise ContentError(problems)
    missing = [
        kind
        for kind, ok in (
            (N_("no role profiles"), content.profiles),
            (N_("no learning paths"), content.paths),
            (N_("no sources"), content.sources),
        )
        if not ok
    ]
    if missing:
        raise ContentError([ContentProblem(str(paths.QUESTIONNAIRES), "", m) for m in missing])
    return content


def validate(targets: list[Path]) -> list[ContentProblem]:
    """What `smm-career validate` reports: the shipped files when no target is given."""
    if not targets:
        _, problems = check([paths.QUESTIONNAIRES])
        return problems
    try:
        fallback: Content | None = shipped()
    except ContentError:
        fallback = None
    _, problems = check(targets, fallback)
    return problems
