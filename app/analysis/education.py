"""The education decision: a degree, a programme, a course or nothing, with its options.

The sources say a communication degree is a good base (S0), that most strategists hold a
bachelor's and that marketing and communication studies are usual (S4), and also that many
in the field are self-taught from many backgrounds (S0). So the decision answers exactly the
role's unmet education benchmarks and weighs the person's working life:

- No unmet education benchmark: nothing.
- A master's or a completed social-media programme or certificate is never sent to a programme.
- Below the role's level (no bachelor's, say): with little work experience a degree; with a
  few years a programme (shorter, aimed at the job); with long experience a course. Near each
  threshold the other route is among the options, with its length, so there is no cliff.
- Below the role's level when the role asks for less than a degree (a vocational
  qualification): a programme, never a degree.
- At the level but in another field: a course in communication and marketing early in a
  working life; later, or with a master's or social-media training, nothing: the other field is
  a background to build on.

Options carry the typical full- and part-time length for the person's country (the product's
own guidance, in the paths' `study`). A degree or programme is never a timeline step; a
course may also appear on the timeline when it fits and works on the person's gaps.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from app.analysis.person import Person
from app.analysis.plan import can_take
from app.analysis.result import Benchmark, Education, EducationAdvice, EducationOption
from app.analysis.scoring import education_rank
from app.domain.profiles import BenchmarkId, LearningPath, RoleProfile

DEGREE_BELOW_YEARS = 3.0
"""Under three years of work, a degree is the advice; from three on a programme (S0, S4)."""
COURSE_FROM_YEARS = 8.0
"""From eight years of work on, a course: a degree would be a large share of a working life
already lived, and the sources value that experience (S4: strategists average 13+ years)."""
DEFAULT_DEGREE_LEVEL = "bachelor"
DEFAULT_FIELDS = ("communication",)
EDUCATION_BENCHMARKS: tuple[BenchmarkId, ...] = ("education_level", "education_field")
FIELD_COURSE = "communication_course"
"""The course that answers a missing communication or marketing background."""
TRAINED = frozenset({"certificate", "programme"})


def _advice(profile: RoleProfile, person: Person, unmet: list[BenchmarkId]) -> EducationAdvice:
    if not unmet:
        return "none"
    years = person.total_years or 0.0
    trained = person.social_media_training in TRAINED
    required = profile.benchmarks.education_level or DEFAULT_DEGREE_LEVEL
    if "education_level" in unmet:
        below_degree = education_rank(required) < education_rank(DEFAULT_DEGREE_LEVEL)
        if years < DEGREE_BELOW_YEARS and not below_degree:
            return "degree"
        return "programme" if years < COURSE_FROM_YEARS and not trained else "course"
    # A degree at the level, in another field: a short course changes no degree's field, so it
    # is advice only early in a working life; later the other field is a background to build on
    # (S0: people come to the job from many backgrounds).
    well_educated = education_rank(person.education_level) > education_rank(required)
    return "course" if years < DEGREE_BELOW_YEARS and not well_educated and not trained else "none"


def _degree(profile: RoleProfile, person: Person, paths: Mapping[str, LearningPath]) -> LearningPath | None:
    """A degree in the role's first accepted field that the person does not hold."""
    required = profile.benchmarks.education_level or DEFAULT_DEGREE_LEVEL
    fields = list(profile.benchmarks.education_fields) or list(DEFAULT_FIELDS)
    degrees = [
        p
        for _, p in sorted(paths.items())
        if p.degree is not None
        and p.study is not None
        and p.degree.field in fields
        and education_rank(p.degree.level) >= education_rank(required)
        and not (
            person.education_field == p.degree.field
            and education_rank(person.education_level) >= education_rank(p.degree.level)
        )
    ]
    return min(degrees, key=lambda p: (fields.index(p.degree.field) if p.degree else 0, p.id), default=None)


def _programme(person: Person, paths: Mapping[str, LearningPath]) -> LearningPath | None:
    return next(
        (
            p
            for _, p in sorted(paths.items())
            if p.kind == "programme"
            and p.study is not None
            and person.social_media_training not in p.skip_if_training
        ),
        None,
    )


def _study(path: LearningPath, person: Person) -> list[EducationOption]:
    assert path.study is not None
    out = [EducationOption(path=path.id, study="full_time", months=path.study.full_time.get(person.country))]
    if path.study.part_time is not None:
        out.append(
            EducationOption(path=path.id, study="part_time", months=path.study.part_time.get(person.country))
        )
    return out


def education(
    profile: RoleProfile,
    person: Person,
    marks: Mapping[BenchmarkId, Benchmark],
    paths: Mapping[str, LearningPath],
    gaps: Collection[str],
) -> Education:
    """The decision for the role's unmet education benchmarks; `gaps` are the competencies with
    a checked gap (a course is never advised when it works on none of them)."""
    unmet = [b for b in EDUCATION_BENCHMARKS if not marks[b].met]
    advice = _advice(profile, person, unmet)
    required = profile.benchmarks.education_level or DEFAULT_DEGREE_LEVEL
    asks_degree = education_rank(required) >= education_rank(DEFAULT_DEGREE_LEVEL)
    degree = _degree(profile, person, paths) if "education_level" in unmet and asks_degree else None
    programme = _programme(person, paths)
    course = paths.get(FIELD_COURSE)
    course_option = (
        [EducationOption(path=course.id, study="part_time", months=round(course.duration_months))]
        if course is not None and can_take(course, person) and set(course.closes) & set(gaps)
        else []
    )
    options: list[EducationOption] = []
    if advice == "degree":
        options = (_study(degree, person) if degree else []) + (
            _study(programme, person) if programme else []
        )
    elif advice == "programme":
        options = (_study(programme, person) if programme else []) + (
            _study(degree, person)[1:] if degree else []
        )
        options += [] if options else course_option
    elif advice == "course":
        options = course_option + (
            _study(programme, person)[1:] if programme and "education_level" in unmet else []
        )
    if advice != "none" and not options:
        advice = "course" if course_option else "none"
        options = course_option
    return Education(
        advice=advice,
        benchmarks=unmet if advice != "none" else [],
        options=options,
        country=person.country,
    )
