"""Score claim records against a gold folder (``gold.jsonl`` + ``articles/``).

Implements the matching rules of ``gold/GUIDELINES.md``:

* statistic: spans overlap; correct when the value agrees within 0.5% (relative) and
  the unit agrees;
* quote: content spans overlap by at least half of the shorter; speaker correct when
  the names share their last token (case-insensitive) or share a content word
  (unnamed and organisation sources);
* affiliation: the person's last name agrees and the predicted organisation (or role,
  when the gold org is null) shares a content word with the gold one.

Required gold items are matched first; a prediction that then matches an optional item
is set aside; unmatched optional items are not misses.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

KINDS = ("statistics", "quotes", "affiliations")
TYPE_OF_KIND = {"statistics": "statistic", "quotes": "quote", "affiliations": "affiliation"}
_WORD = re.compile(r"[\w][\w'’.-]*", re.UNICODE)


# -- text helpers -------------------------------------------------------------------------
def tokens(text: str | None) -> list[str]:
    return [t.strip(".'’-").lower() for t in _WORD.findall(text or "") if t.strip(".'’-")]


def last_name(name: str | None) -> str:
    toks = [t for t in tokens(name) if t not in ("jr", "sr", "ii", "iii")]
    return toks[-1] if toks else ""


def content_words(text: str | None) -> set[str]:
    return {t.removesuffix("'s").removesuffix("’s") for t in tokens(text) if t not in STOP_WORDS}


def locate(article: str, text: str, occurrence: int = 0) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th (0-based) exact occurrence of ``text``."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = article.find(text, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(text)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# -- matching predicates ----------------------------------------------------------------
def stat_match(g: dict, p: dict) -> bool:
    return overlap(g["span"], (p["start"], p["end"])) > 0


def stat_correct(g: dict, p: dict) -> bool:
    gv, pv = g.get("value"), p.get("value")
    if gv is None or pv is None or g.get("unit") != p.get("unit"):
        return False
    return abs(pv - gv) <= 0.005 * max(abs(gv), 1e-9) if gv != 0 else abs(pv) < 1e-9


def quote_match(g: dict, p: dict) -> bool:
    gs, ps = g["span"], (p["start"], p["end"])
    shorter = min(gs[1] - gs[0], ps[1] - ps[0])
    return shorter > 0 and overlap(gs, ps) * 2 >= shorter


def speaker_name(p: dict) -> str | None:
    sp = p.get("speaker")
    return sp.get("name") if isinstance(sp, dict) else sp


def speaker_correct(g: dict, p: dict) -> bool:
    gold, pred = g.get("speaker"), speaker_name(p)
    if not gold or not pred:
        return False
    if last_name(gold) == last_name(pred):
        return True
    return bool(content_words(gold) & content_words(pred))


def aff_match(g: dict, p: dict) -> bool:
    if not last_name(g.get("person")) or last_name(g.get("person")) != last_name(p.get("person")):
        return False
    if g.get("org"):
        return bool(content_words(g["org"]) & content_words(p.get("org")))
    return bool(content_words(g.get("role")) & content_words(p.get("role") or p.get("org")))


def aff_correct(g: dict, p: dict) -> bool:
    return aff_match(g, p)


# -- scoring ------------------------------------------------------------------------------
@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0  # matched pairs whose value / speaker is right
    set_aside: int = 0
    extra: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.tp if self.tp else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = {
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "set_aside": self.set_aside,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "accuracy": round(self.accuracy, 4),
        }
        for name, (hit, total) in sorted(self.extra.items()):
            d[name] = round(hit / total, 4) if total else None
        return d


@dataclass
class Error:
    doc_id: str
    kind: str
    category: str  # miss, false_positive, wrong_value, wrong_speaker
    gold: dict | None
    pred: dict | None

    def describe(self) -> str:
        g, p = self.gold or {}, self.pred or {}
        if self.category == "miss":
            detail = _short(g, self.kind)
        elif self.category == "false_positive":
            detail = _short(p, self.kind)
        else:
            detail = f"gold {_short(g, self.kind)}  |  pred {_short(p, self.kind)}"
        return f"[{self.doc_id}] {self.category}: {detail}"


def _clip(s: str | None, n: int = 90) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _short(item: dict, kind: str) -> str:
    if kind == "statistics":
        return f"{item.get('text')!r} value={item.get('value')} unit={item.get('unit')}"
    if kind == "quotes":
        return f"{_clip(item.get('text'))!r} speaker={speaker_name(item) or item.get('speaker')!r} kind={item.get('kind')}"
    return f"person={item.get('person')!r} role={item.get('role')!r} org={item.get('org')!r}"


MATCHERS: dict[str, tuple[Callable[[dict, dict], bool], Callable[[dict, dict], bool]]] = {
    "statistics": (stat_match, stat_correct),
    "quotes": (quote_match, speaker_correct),
    "affiliations": (aff_match, aff_correct),
}


def _pair_score(kind: str, g: dict, p: dict) -> tuple[int, int]:
    """Preference among candidate predictions for one gold item: correct first, then
    larger overlap."""
    correct = MATCHERS[kind][1](g, p)
    ov = overlap(g["span"], (p["start"], p["end"])) if "span" in g and "start" in p else 0
    return (int(correct), ov)


def match_kind(kind: str, doc_id: str, gold: list[dict], pred: list[dict], score: KindScore,
               errors: list[Error]) -> None:
    matches, correct_fn = MATCHERS[kind]
    used: set[int] = set()
    for optional in (False, True):
        for g in gold:
            if bool(g.get("optional")) != optional:
                continue
            cands = [i for i, p in enumerate(pred) if i not in used and matches(g, p)]
            if not cands:
                if not optional:
                    score.fn += 1
                    errors.append(Error(doc_id, kind, "miss", g, None))
                    if kind == "quotes":
                        score.extra[f"recall_{g.get('kind', 'unknown')}"][1] += 1
                continue
            best = max(cands, key=lambda i: _pair_score(kind, g, pred[i]))
            used.add(best)
            p = pred[best]
            if optional:
                score.set_aside += 1
                continue
            score.tp += 1
            ok = correct_fn(g, p)
            score.correct += int(ok)
            if kind == "quotes":
                score.extra[f"recall_{g.get('kind', 'unknown')}"][0] += 1
                score.extra[f"recall_{g.get('kind', 'unknown')}"][1] += 1
                score.extra["kind_accuracy"][0] += int(g.get("kind") == p.get("kind"))
                score.extra["kind_accuracy"][1] += 1
            if not ok and kind != "affiliations":
                errors.append(Error(doc_id, kind, "wrong_value" if kind == "statistics" else "wrong_speaker", g, p))
    for i, p in enumerate(pred):
        if i not in used:
            score.fp += 1
            errors.append(Error(doc_id, kind, "false_positive", None, p))


@dataclass
class EvalResult:
    scores: dict[str, KindScore]
    per_doc: dict[str, dict[str, KindScore]]
    errors: list[Error]
    documents: int
    missing_docs: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "missing_predictions_for": self.missing_docs,
            "scores": {k: s.to_dict() for k, s in self.scores.items()},
            "per_doc": {d: {k: s.to_dict() for k, s in ks.items()} for d, ks in sorted(self.per_doc.items())},
            "errors": [
                {"doc_id": e.doc_id, "kind": e.kind, "category": e.category, "gold": e.gold,
                 "pred": _strip_pred(e.pred)}
                for e in self.errors
            ],
        }


def _strip_pred(p: dict | None) -> dict | None:
    if p is None:
        return None
    return {k: v for k, v in p.items() if k not in ("sentence", "pipeline", "meta", "schema")}


def load_gold(gold_dir: str | Path) -> tuple[list[dict], dict[str, str]]:
    """Gold rows and article texts; each gold span gets ``span`` offsets. Raises
    ``ValueError`` if a gold text is not found in its article."""
    gold_dir = Path(gold_dir)
    rows = [json.loads(line) for line in (gold_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    articles: dict[str, str] = {}
    for row in rows:
        doc_id = row["doc_id"]
        article = (gold_dir / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")
        articles[doc_id] = article
        for kind in ("statistics", "quotes"):
            for item in row.get(kind, []):
                span = locate(article, item["text"], item.get("occurrence", 0))
                if span is None:
                    raise ValueError(f"{doc_id}: gold {kind} text not in article: {item['text']!r}")
                item["span"] = span
    return rows, articles


def evaluate(gold_dir: str | Path, predictions: Iterable[dict[str, Any]]) -> EvalResult:
    """Score ``predictions`` (claim records) against the gold folder."""
    rows, _ = load_gold(gold_dir)
    by_doc: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for rec in predictions:
        by_doc[rec.get("doc_id")][rec.get("type")].append(rec)
    totals = {k: KindScore() for k in KINDS}
    per_doc: dict[str, dict[str, KindScore]] = {}
    errors: list[Error] = []
    missing = []
    for row in rows:
        doc_id = row["doc_id"]
        if doc_id not in by_doc:
            missing.append(doc_id)
        per_doc[doc_id] = {}
        for kind in KINDS:
            s = KindScore()
            match_kind(kind, doc_id, row.get(kind, []), by_doc[doc_id][TYPE_OF_KIND[kind]], s, errors)
            per_doc[doc_id][kind] = s
            t = totals[kind]
            t.tp += s.tp; t.fp += s.fp; t.fn += s.fn; t.correct += s.correct; t.set_aside += s.set_aside  # noqa: E702
            for name, (hit, tot) in s.extra.items():
                t.extra[name][0] += hit
                t.extra[name][1] += tot
    return EvalResult(totals, per_doc, errors, len(rows), missing)


ACCURACY_LABEL = {"statistics": "value acc", "quotes": "speaker acc", "affiliations": "-"}


def format_table(result: EvalResult) -> str:
    """Plain-text score table (one row per kind)."""
    head = f"{'kind':<13}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}{'aside':>7}  accuracy"
    lines = [f"documents: {result.documents}", head, "-" * len(head)]
    for kind in KINDS:
        s = result.scores[kind]
        acc = f"{ACCURACY_LABEL[kind]} {s.accuracy:.3f}" if kind != "affiliations" else ""
        lines.append(
            f"{kind:<13}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}{s.set_aside:>7}  {acc}"
        )
    q = result.scores["quotes"].to_dict()
    extras = [f"{k.replace('_', ' ')} {v:.3f}" for k, v in q.items() if k.startswith(("recall_", "kind_")) and v is not None]
    if extras:
        lines.append("quotes: " + " · ".join(extras))
    if result.missing_docs:
        lines.append(f"no predictions for {len(result.missing_docs)} document(s): {', '.join(result.missing_docs)}")
    return "\n".join(lines)


def format_per_doc(result: EvalResult) -> str:
    lines = [f"{'doc':<40}" + "".join(f"{k[:5] + ' F1':>10}" for k in KINDS)]
    for doc_id, ks in sorted(result.per_doc.items()):
        lines.append(f"{doc_id[:39]:<40}" + "".join(f"{ks[k].f1:>10.3f}" for k in KINDS))
    return "\n".join(lines)


def format_errors(result: EvalResult, kinds: Iterable[str] = KINDS) -> str:
    order = {"miss": 0, "false_positive": 1, "wrong_value": 2, "wrong_speaker": 3}
    lines = []
    for kind in kinds:
        errs = sorted((e for e in result.errors if e.kind == kind), key=lambda e: (order[e.category], e.doc_id))
        if errs:
            lines.append(f"\n== {kind}: {len(errs)} error(s)")
            lines.extend("  " + e.describe() for e in errs)
    return "\n".join(lines)
