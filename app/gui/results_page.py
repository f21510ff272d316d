"""The results: the same `analyze` as the command line, shown through the report's own view.

Nothing is computed here: `analyze()` gives the Analysis, `app.report.view.build_view()` turns
it into the sentences, rows and radar SVG the PDF shows, in the current language. Entering
the page (Next) or switching language rebuilds it from the AnswerFile.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.content import Content
from app.domain.answers import Observer
from app.gui.export import ExportPanel
from app.gui.i18n import current_language
from app.gui.live_answers import LiveAnswers
from app.gui.observer_dialog import ObserverDialog
from app.gui.retranslate import Retranslating
from app.gui.svg_fonts import prepare_svg_fonts
from app.gui.timeline import TimelineWidget
from app.i18n import N_, translator

if TYPE_CHECKING:  # loaded on the first visit: analysis, jinja2, Babel and QtSvg cost start-up time
    from PySide6.QtSvgWidgets import QSvgWidget

    from app.analysis import Analysis
    from app.report.view import PlanView

SORT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class GapTableModel(QAbstractTableModel):
    """One row per competency: name, rating, target, gap, weight, priority (sortable numbers).

    Gap and priority are the checked ones, as in the PDF and the plan; a rating the evidence
    does not bear out shows as "5 → 3"."""

    COLUMNS = (N_("Competency"), N_("You"), N_("Target"), N_("Gap"), N_("Weight"), N_("Priority"))

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[list[str], list[Any]]] = []
        self._headers: list[str] = list(self.COLUMNS)

    def set_data(self, analysis: Analysis, view: PlanView) -> None:
        self.beginResetModel()
        _ = translator(view.lang)
        self._headers = [_(c) for c in self.COLUMNS]
        self._rows = [
            (
                [
                    row.name,
                    f"{row.rating} → {row.checked}" if row.flagged else row.rating,
                    str(row.target),
                    str(row.gap_checked),
                    row.weight,
                    str(row.priority_checked),
                ],
                [
                    row.name,
                    0 if gap.missing else gap.rating,
                    gap.target,
                    gap.gap_checked,
                    gap.weight,
                    gap.priority_checked,
                ],
            )
            for gap, row in zip(analysis.competencies, view.competencies, strict=True)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        shown, keys = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return shown[index.column()]
        if role == SORT_ROLE:
            return keys[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _text() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>" if items else ""


class ResultsPage(Retranslating, QWizardPage):
    def __init__(self, content: Content, answers: LiveAnswers, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("results")
        self.content = content
        self.answers = answers
        self.analysis: Analysis | None = None
        self.view: PlanView | None = None
        self.setFinalPage(True)

        self.h_short = _heading()
        self.short = _text()
        self.short.setObjectName("in_short")
        self.h_readiness = _heading()
        self.readiness_bar = QProgressBar()
        self.readiness_bar.setRange(0, 100)
        self.readiness_bar.setTextVisible(False)  # the heading above says the number
        self.readiness_note = _text()
        self.h_fit = _heading()
        self.fit = _text()
        self.h_calibration = _heading()
        self.calibration = _text()
        self.calibration.setObjectName("calibration")
        self.observer_button = QPushButton()
        self.observer_button.setObjectName("observer_button")
        self.observer_button.clicked.connect(self.ask_observer)
        self.radar_slot = QVBoxLayout()
        self.radar_slot.setContentsMargins(0, 0, 0, 0)
        self._radar: QSvgWidget | None = None
        self.h_gaps = _heading()
        self.gaps_intro = _text()
        self.gap_model = GapTableModel()
        self.gap_proxy = QSortFilterProxyModel(self)
        self.gap_proxy.setSourceModel(self.gap_model)
        self.gap_proxy.setSortRole(SORT_ROLE)
        self.gap_table = QTableView()
        self.gap_table.setObjectName("gap_table")
        self.gap_table.setModel(self.gap_proxy)
        self.gap_table.setSortingEnabled(True)
        self.gap_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.gap_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gap_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gap_table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside it)
        self.gap_table.verticalHeader().hide()
        self.gap_table.verticalHeader().setDefaultSectionSize(self.gap_table.fontMetrics().height() + 8)
        self.gap_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.gap_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            self.gap_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.h_strengths = _heading()
        self.strengths = _text()
        self.h_benchmarks = _heading()
        self.benchmarks = _text()
        self.h_success = _heading()
        self.success = _text()
        self.h_plan = _heading()
        self.plan_intro = _text()
        self.timeline = TimelineWidget()
        self.later = _text()
        self.missing = _text()
        self.export = ExportPanel(content, answers)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        layout.addWidget(self.h_short)
        layout.addWidget(self.short)
        summary = QVBoxLayout()
        for part in (self.h_readiness, self.readiness_bar, self.readiness_note, self.h_fit, self.fit):
            summary.addWidget(part)
        summary.addStretch()
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top.addLayout(summary, 1)
        self.top.addLayout(self.radar_slot)
        layout.addLayout(self.top)
        for widget in (
            self.missing,
            self.h_calibration,
            self.calibration,
            self.h_gaps,
            self.gaps_intro,
            self.gap_table,
            self.h_strengths,
            self.strengths,
            self.h_benchmarks,
            self.benchmarks,
            self.h_success,
            self.success,
            self.h_plan,
            self.plan_intro,
            self.timeline,
            self.later,
        ):
            layout.addWidget(widget)
        layout.addStretch()
        self.scroll_area = QScrollArea()
        # a Tab stop of its own, so the arrow and page keys reach everything below the table
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        outer.addWidget(line)
        bottom = QHBoxLayout()
        bottom.addWidget(self.observer_button)
        bottom.addWidget(self.export)
        outer.addLayout(bottom)

    def initializePage(self) -> None:
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The radar beside the summary when there is room, else below it (large fonts, 200 %)."""
        room = self._radar is not None and event.size().width() >= 1.9 * self._radar.width()
        self.top.setDirection(QBoxLayout.Direction.LeftToRight if room else QBoxLayout.Direction.TopToBottom)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        """Shown results are rebuilt in the new language (not before the first visit)."""
        if self.view is not None and self.view.lang != current_language():
            self.refresh()

    @property
    def radar(self) -> QSvgWidget:
        """The report's radar SVG, drawn by QtSvg (made on the first visit)."""
        if self._radar is None:
            from PySide6.QtSvgWidgets import QSvgWidget

            self._radar = QSvgWidget()
            self._radar.setObjectName("radar")
            self.radar_slot.addWidget(self._radar)
        return self._radar

    def refresh(self) -> None:
        """Analyse the current answers (the same call as `smm-career analyze`) and show them."""
        from app.analysis import analyze_file
        from app.report.view import build_view

        answer_file = self.answers.answer_file
        self.analysis = analyze_file(answer_file, self.content)
        self.view = build_view(
            answer_file, self.analysis, self.content, current_language(), today=dt.date.today()
        )
        self._show(self.analysis, self.view)

    def ask_observer(self) -> None:
        """The observer form; what is entered is saved with the answers and shown at once."""
        dialog = self.observer_dialog()
        dialog.accepted.connect(lambda: self.set_observer(dialog.observer()))
        dialog.open()

    def observer_dialog(self) -> ObserverDialog:
        return ObserverDialog(self.content, self.answers.answer_file, parent=self)

    def set_observer(self, observer: Observer | None) -> None:
        self.answers.set_observer(observer)
        self.refresh()

    def _show(self, analysis: Analysis, view: PlanView) -> None:
        _ = translator(view.lang)
        self.observer_button.setText(self.tr("Observer ratings…"))
        self._show_calibration(view)
        self.setTitle(self.tr("Your results"))
        self.setSubTitle(f"{_('Target role')}: {view.role_title} · {view.timeframe}")
        self.h_short.setText(_("In short"))
        self.short.setText("".join(f"<p>{html.escape(sentence)}</p>" for sentence in view.in_short))
        self.h_readiness.setText(f"{_('Readiness for the target role')}: {view.readiness}")
        self.readiness_bar.setValue(analysis.readiness)
        self.readiness_bar.setAccessibleName(_("Readiness for the target role"))
        self.readiness_note.setText(
            html.escape(
                " ".join(
                    filter(
                        None,
                        [
                            _(
                                "Three quarters: how close your ratings come to the target levels, weighted by how much each competency counts for the role. One quarter: the benchmarks (years in proportion, education met or not). 100 % = every target and benchmark met."
                            ),
                            view.rated_note,
                        ],
                    )
                )
            )
        )
        self.h_fit.setText(_("Best-fitting titles"))
        readiness = "; ".join(f"{n.name} {n.text}" for n in view.best_fit)
        self.fit.setText(
            "<ol>"
            + "".join(f"<li>{html.escape(n.name)}</li>" for n in view.best_fit[:3])
            + "</ol>"
            + f"<p><small>{html.escape(_('The order says how well your strongest competencies match what sets each role apart, and whether your experience is near what is typical for it. It is not the same as readiness.'))} "
            f"{html.escape(_('Readiness for each role'))}: {html.escape(readiness)}.</small></p>"
        )

        svg = base64.b64decode(view.radar_uri.split(",", 1)[1])
        prepare_svg_fonts(svg.decode("utf-8"))
        self.radar.load(QByteArray(svg))
        size = self.radar.renderer().defaultSize()
        self.radar.setFixedSize(size)
        self.radar.setAccessibleName(_("Your ratings against the target"))
        self.radar.setAccessibleDescription(view.radar_alt)
        self.radar.setToolTip(view.radar_alt)

        self.missing.setText(
            f"<i>{html.escape(_('Not answered, counted as the lowest level:').rstrip(':'))}: {html.escape(', '.join(view.missing))}</i>"
            if view.missing
            else ""
        )
        self.missing.setVisible(bool(view.missing))
        self.h_gaps.setText(_("Gaps against the target"))
        self.gaps_intro.setText(
            html.escape(
                " ".join(
                    [
                        _(
                            "Gap = target minus your rating; priority = gap × weight. The plan works on the highest priorities first."
                        ),
                        _(
                            "Where your answers do not bear a rating out, the gap counts from the checked rating, as the plan does."
                        )
                        if view.any_flagged
                        else "",
                    ]
                ).strip()
            )
        )
        self.gap_model.set_data(analysis, view)
        self.gap_table.setAccessibleName(_("Gaps against the target"))
        rows = self.gap_proxy.rowCount()
        header = self.gap_table.horizontalHeader().height()
        self.gap_table.setFixedHeight(header + sum(self.gap_table.rowHeight(r) for r in range(rows)) + 4)

        self.h_strengths.setText(_("Top strengths"))
        self.strengths.setText(
            _bullets(view.strengths)
            + f"<p><small>{html.escape(_('Your highest own ratings (3 or more of 5), whether or not the role asks for that much.'))}</small></p>"
            if view.strengths
            else html.escape(_("No competency is rated 3 or higher yet."))
        )
        self.h_benchmarks.setText(_("Benchmarks"))
        table = "".join(
            f"<tr><td>{html.escape(b.label)}</td><td>{html.escape(b.value)}</td>"
            f"<td>{html.escape(b.target)}</td><td><b>{html.escape(b.status)}</b></td></tr>"
            for b in view.benchmarks
        )
        head = "".join(
            f"<th align='left'>{html.escape(k)}</th>"
            for k in (_("Benchmark"), _("You"), _("Target"), _("Status"))
        )
        sources = ", ".join(s.short for s in view.benchmark_sources)
        note = (
            f"<p>{html.escape(view.benchmark_note)} ({html.escape(_('Source'))}: {sources})</p>"
            if view.benchmark_note
            else ""
        )
        self.benchmarks.setText(f"<table cellpadding='4'><tr>{head}</tr>{table}</table>{note}")

        self.h_success.setText(_("Success factors"))
        success_sources = ", ".join(s.short for s in view.success_sources)
        ratings = _bullets([f"{r.name}: {r.text}" for r in view.factor_ratings])
        self.success.setText(
            "<table cellpadding='4'><tr>"
            f"<th align='left'>{html.escape(_('Your top 3'))}</th>"
            f"<th align='left'>{html.escape(_('''The experts' top 3'''))} ({html.escape(success_sources)})</th></tr>"
            + "".join(
                f"<tr><td>{i}. {html.escape(a)}</td><td>{i}. {html.escape(b)}</td></tr>"
                for i, (a, b) in enumerate(_pad(view.your_top3, view.expert_top3), start=1)
            )
            + f"</table><p>{html.escape(view.overlap)}</p>"
            + (f"<p>{html.escape(view.expert_less)}</p>" if view.expert_less else "")
            + (
                f"<p>{html.escape(_('''Your self-rating on the experts' factors (1–5)'''))}</p>{ratings}"
                if view.factor_ratings
                else ""
            )
        )

        self.h_plan.setText(_("Your development plan"))
        if view.plan_status == "too_few_answers":
            intro = (
                f"<b>{html.escape(_('Not enough answers for a plan yet'))}</b><br>{html.escape(view.too_few)}"
            )
        else:
            intro = html.escape(view.plan_intro)
        self.plan_intro.setText(intro)
        self.timeline.set_steps(
            list(zip(view.steps, analysis.plan, strict=True)), view.timeframe_months, _("Month")
        )
        self.timeline.setVisible(bool(view.steps))
        later = ""
        if view.after:
            later = f"<p><b>{html.escape(_('After this plan'))}</b><br>{html.escape(view.after_intro)}</p>"
            later += _bullets(
                [f"{a.title} ({a.kind}, {a.length}, {a.hours}): {a.fits_with}" for a in view.after]
            )
        if view.uncovered:
            later += f"<p>{html.escape(_('No step in the catalogue fits your level and situation for:'))} {html.escape(', '.join(view.uncovered))}</p>"
        education = view.education
        later += f"<p><b>{html.escape(_('Education'))}</b><br>{html.escape(education.text)}</p>"
        later += _bullets([f"{row.route}: {row.study}, {row.length}" for row in education.rows])
        if education.guidance:
            later += f"<p><i>{html.escape(_('Our own guidance (not from the articles)'))}</i></p>"
            later += "".join(f"<p>{html.escape(para)}</p>" for para in education.guidance)
        self.later.setText(later)
        self.later.setVisible(bool(later))
        self.export.retranslate()

    def _show_calibration(self, view: PlanView) -> None:
        """Both readiness figures, the flags in plain words and the observer beside the self-rating."""
        cal, _ = view.calibration, translator(view.lang)
        if cal is None:
            return
        self.h_calibration.setText(_("Your ratings checked against the evidence"))
        parts = [
            f"<p>{html.escape(_('Readiness from your own ratings'))}: <b>{html.escape(cal.readiness_own)}</b><br>"
            f"{html.escape(_('Readiness with the ratings the evidence supports'))}: <b>{html.escape(cal.readiness_checked)}</b></p>",
            f"<p>{html.escape(cal.difference)}</p>",
            f"<p><small>{html.escape(' '.join(filter(None, [cal.scenarios, cal.observer])))}</small></p>",
        ]
        if cal.groups:
            parts.append(f"<p><b>{html.escape(_('What to talk about'))}</b></p>")
            parts.append(
                "<ul>"
                + "".join(
                    f"<li><b>{html.escape(', '.join(g.items))}</b><br>{html.escape(g.note)}</li>"
                    for g in cal.groups
                )
                + "</ul>"
            )
        else:
            parts.append(
                f"<p>{html.escape(_('''No rating is flagged: your ratings fit your experience, your choices in the situations and any observer's view.'''))}</p>"
            )
        if cal.scenario_rows:
            parts.append(
                f"<p><b>{html.escape(_('Situations where the articles advise something else'))}</b></p>"
            )
            parts.append(
                "<ul>"
                + "".join(
                    f"<li><b>{html.escape(r.title)}</b> ({html.escape(_('Your choice'))}: "
                    f"{html.escape(r.verdict)}). {html.escape(r.why)}<br>"
                    f"<i>{html.escape(_('What they advise'))}:</i> {html.escape(r.advised)}</li>"
                    for r in cal.scenario_rows
                )
                + "</ul>"
            )
        if view.has_observer:
            head = "".join(
                f"<th align='left'>{html.escape(k)}</th>"
                for k in (_("Competency"), _("You"), _("Observer"), _("Target"))
            )
            rows = "".join(
                f"<tr><td>{html.escape(r.name)}</td><td>{html.escape(r.rating)}</td>"
                f"<td>{html.escape(r.observer)}</td><td>{r.target}</td></tr>"
                for r in view.competencies
            )
            parts.append(f"<table cellpadding='3'><tr>{head}</tr>{rows}</table>")
        self.calibration.setText("".join(parts))


def _pad(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    n = max(len(a), len(b))
    return [(a[i] if i < len(a) else "", b[i] if i < len(b) else "") for i in range(n)]
