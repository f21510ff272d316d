"""Gap analysis and development plan: pure functions, no Qt, no I/O.

answers → Person (person.py) → gaps, benchmarks, readiness (scoring.py), success factors
(success_factors.py), education decision (education.py), fit (fit.py) → plan chosen with the
calendar (plan.py);
engine.py joins them into the `Analysis` of result.py; progress.py compares a client's
assessments over time. Inputs are domain objects (`app.domain.content.Content`): loading
files is the caller's job.
"""

from app.analysis.engine import UnknownProfileError, analyze, analyze_file
from app.analysis.result import Analysis

__all__ = ["Analysis", "UnknownProfileError", "analyze", "analyze_file"]
