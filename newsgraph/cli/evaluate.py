"""`newsgraph eval …`: scores on gold corpora, each beside its baseline from the same run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..eval.report import Report
from .app import OutputFormat, cli_errors, emit
from .options import FormatOption
from .output import print_table

eval_app = typer.Typer(help="Score newsgraph on gold corpora, next to a baseline measured in the same run.",
                       no_args_is_help=True)

DirArgument = Annotated[Path, typer.Argument(help="The corpus folder.", exists=True, file_okay=False)]
LimitOption = Annotated[int | None, typer.Option("--limit", help="Only the first N documents (quick runs).")]
SharedDataArgument = Annotated[Path, typer.Argument(
    help="The shared data folder (holding meantime/, ecbplus/, tempeval3/).", exists=True, file_okay=False)]
TopicsOption = Annotated[str | None, typer.Option("--topics", help="Comma-separated topics (default: all).")]


def _show(fmt: OutputFormat, report: Report) -> None:
    def render() -> None:
        counts = ", ".join(f"{k} {v}" for k, v in report.counts.items())
        print_table(f"{report.name}  ({counts})", ["metric", "newsgraph", f"baseline: {report.baseline}", "Δ", "note"],
                    [(r.metric, _fmt(r.newsgraph), _fmt(r.baseline), _fmt(r.delta, signed=True), r.note)
                     for r in report.rows])

    emit(fmt, report.to_dict(), render)


def _fmt(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def _nlp():
    from ..nlp.model import load_nlp

    return load_nlp()


@eval_app.command("tempeval")
def eval_tempeval(path: DirArgument, fmt: FormatOption = "table", limit: LimitOption = None) -> None:
    """TempEval-3 (TimeML .tml): time extraction strict/relaxed F1, type accuracy, value F1."""
    from ..eval.tempeval import evaluate_tempeval

    with cli_errors():
        _show(fmt, evaluate_tempeval(path, nlp=_nlp(), limit=limit))


@eval_app.command("conll")
def eval_conll(
    path: Annotated[Path, typer.Argument(help="A CoNLL-2003 file.", exists=True, dir_okay=False)],
    fmt: FormatOption = "table",
    limit: LimitOption = None,
) -> None:
    """CoNLL-format NER: exact-span micro F1 over PER/ORG/LOC."""
    from ..eval.conll import evaluate_conll

    with cli_errors():
        _show(fmt, evaluate_conll(path, nlp=_nlp(), limit_docs=limit))


@eval_app.command("meantime")
def eval_meantime(path: DirArgument, fmt: FormatOption = "table", topics: TopicsOption = None) -> None:
    """MEANTIME: named entities, time values, claims over gold events, cross-document entity coreference."""
    from ..eval.meantime_coref import evaluate_meantime_coref
    from ..eval.meantime_corpus import load_meantime
    from ..eval.meantime_events import evaluate_meantime_events
    from ..eval.meantime_ner import evaluate_meantime_ner
    from ..eval.meantime_times import evaluate_meantime_times

    with cli_errors():
        nlp = _nlp()
        docs = load_meantime(path, topics=topics.split(",") if topics else None)
        report = Report(name="MEANTIME", baseline="plain spaCy / everything happened / exact name")
        for part in (evaluate_meantime_ner, evaluate_meantime_times, evaluate_meantime_events,
                     evaluate_meantime_coref):
            report.extend(part(docs, nlp=nlp))
        report.counts["documents"] = len(docs)
        _show(fmt, report)


@eval_app.command("participants")
def eval_participants(path: DirArgument, fmt: FormatOption = "table", topics: TopicsOption = None) -> None:
    """MEANTIME: who did what to whom: shown claims' subjects and objects against gold Arg0/Arg1 participants."""
    from ..eval.meantime_corpus import load_meantime
    from ..eval.meantime_participants import evaluate_meantime_participants

    with cli_errors():
        docs = load_meantime(path, topics=topics.split(",") if topics else None)
        _show(fmt, evaluate_meantime_participants(docs, nlp=_nlp()))


@eval_app.command("ecbplus")
def eval_ecbplus(path: DirArgument, fmt: FormatOption = "table", topics: TopicsOption = None) -> None:
    """ECB+: cross-document entity coreference (MUC, B³, CEAF-e, CoNLL F1) on the development topics."""
    from ..eval.ecbplus import DEV_TOPICS, evaluate_ecbplus

    with cli_errors():
        chosen = tuple(int(t) for t in topics.split(",")) if topics else DEV_TOPICS
        _show(fmt, evaluate_ecbplus(path, nlp=_nlp(), topics=chosen))


@eval_app.command("questions")
def eval_questions(
    path: SharedDataArgument = Path("../shared/data"),
    fmt: FormatOption = "table",
    stories: Annotated[str | None, typer.Option("--stories", help="Comma-separated story ids (default: all).")] = None,
    question_set: Annotated[str, typer.Option(
        "--set", help="Which questions: dev (tuned on), heldout (written blind, since looked at), "
                 "heldout2 (written blind in session 6, opened in session 7), heldout3 (written blind in session 7, "
                 "opened in session 8), heldout4 (written blind in session 8, opened in session 9), "
                 "heldout5 (written blind in session 9, opened in session 12), heldout6 (written blind in session 11, "
                 "never tuned on), heldout7 (written blind in session 12, never tuned on), "
                 "opened (every set tuned on: dev to heldout5) "
                 "or all.")] = "dev",
) -> None:
    """Reporters' questions on multi-outlet stories (eval/gold/questions*.jsonl): `ask` accuracy per answer type
    beside a full-text baseline."""
    from ..eval.questions_gold import evaluate_questions

    with cli_errors():
        run = evaluate_questions(path, nlp=_nlp(), stories=stories.split(",") if stories else None,
                                 question_set=question_set)

    def render() -> None:
        _show(OutputFormat.table, run.report)
        print_table("questions missed", ["id", "type", "question", "missed at", "why", "answer"],
                    [(r.id, r.type, r.q, r.stage, r.why, r.answer[:120]) for r in run.misses()])

    emit(fmt, run.to_dict(), render)


@eval_app.command("claims")
def eval_claims(
    path: SharedDataArgument = Path("../shared/data"),
    fmt: FormatOption = "table",
    claim_set: Annotated[str, typer.Option(
        "--set", help="Which gold claims: dev (tuned on), heldout (written blind, never tuned on) or all.")] = "dev",
) -> None:
    """Gold claims (eval/gold/claims_*.jsonl): precision/recall of shown claims beside all claims, field precision."""
    from ..eval.claims_gold import evaluate_claims

    with cli_errors():
        _show(fmt, evaluate_claims(path, nlp=_nlp(), claim_set=claim_set))


@eval_app.command("claim-times")
def eval_claim_times(
    path: SharedDataArgument = Path("../shared/data"),
    fmt: FormatOption = "table",
    limit: LimitOption = None,
) -> None:
    """Claim times: how often the claim covering a gold event placed at a time carries that time's value."""
    from ..eval.claim_times import evaluate_claim_times, load_claim_time_corpora

    with cli_errors():
        meantime, timeml = load_claim_time_corpora(path, limit=limit)
        _show(fmt, evaluate_claim_times(nlp=_nlp(), meantime=meantime, timeml=timeml))


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
