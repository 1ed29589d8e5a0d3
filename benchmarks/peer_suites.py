"""Run the statistics component over other projects' number test cases.

The cases (Recognizers-Text, Duckling, quantulum3; ``shared/peer-suites/numbers``) are
kept in one JSONL shape. For each case we run the pipeline on its text and check the
``statistic`` claims against the expected items:

* an expected item is *found* when a claim overlaps its span and the claim's value agrees
  within 0.5% (relative) with the expected value — the low end of a range, the number of
  a bound (``more than 40`` → 40), the amount of money (cents may also be given in cents);
  a two-sided range also needs the claim's ``range`` high end to agree;
* a case *passes* when all its expected items are found; a case that expects nothing
  passes when we output nothing of the kind that its peer model covers (a range model's
  negative case fails only on a range or bound, a currency model's only on money, ...);
* cases where our contract deliberately differs (ordinals, ages, years, names, change
  pairs ``from X to Y``, ... listed with their reason in ``peer_suites_differs.jsonl``)
  are counted under ``contract differs`` and not in the pass rates (see ``PEER_SUITES.md``).

Usage::

    python benchmarks/peer_suites.py [--all] [--cases PATH] [--failures N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CASES = ROOT.parent / "shared" / "peer-suites" / "numbers" / "cases.jsonl"
DIFFERS_FILE = Path(__file__).resolve().with_name("peer_suites_differs.jsonl")
CASES_ENV = "PEER_SUITES_CASES"

#: categories our contract does not extract (see PEER_SUITES.md)
DIFFERS = {"ordinal", "age"}
#: pass rates that the test asserts and the issue aims at
TARGET_CATEGORIES = ("count", "percent", "money", "fraction_or_ratio", "written_out")

_NUM = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"


def cases_path(path: str | os.PathLike | None = None) -> Path:
    return Path(path or os.environ.get(CASES_ENV) or DEFAULT_CASES)


def load_cases(path: str | os.PathLike | None = None, news_only: bool = True) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in cases_path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("news_relevant") or not news_only]


def expected_value(case: dict, item: dict) -> dict[str, Any] | None:
    """{"value": low or single value, "high": high end of a two-sided range or None,
    "cents": value is in cents}; None when the expectation has no number."""
    if case["source"] == "quantulum3":
        lo, hi = item.get("value_low"), item.get("value_high")
        if lo is not None and hi is not None:
            return {"value": float(lo), "high": float(hi)}
        cents = any(w in (item.get("surface") or "").lower() for w in ("cent", "penny", "pence"))
        return {"value": float(item["value"]), "high": None, "cents": cents}
    if case["source"] == "duckling":
        expr = item.get("value_expr", "")
        m = re.match(rf"between \S+ \(?({_NUM}), ({_NUM})", expr)
        if m:
            return {"value": float(m.group(1)), "high": float(m.group(2))}
        nums = re.findall(_NUM, expr.replace("(", " ").replace(")", " "))
        if not nums:
            return None
        return {"value": float(nums[-1]), "high": None, "cents": " Cent " in f" {expr} "}
    value = item.get("value")
    if value in (None, "None", "null"):
        return None
    value = str(value)
    cents = any(k in str(item.get("unit")) for k in ("Cent", "Pence", "Penny"))
    m = re.fullmatch(rf"[\[(]({_NUM})?,({_NUM})?[\])]", value)
    if m:
        lo, hi = m.group(1), m.group(2)
        if lo is not None and hi is not None and float(lo) != float(hi):
            return {"value": float(lo), "high": float(hi)}
        if lo is not None and hi is not None:
            return {"value": float(lo), "high": None}
        return {"value": float(lo if lo is not None else hi), "high": None}
    m = re.fullmatch(rf"({_NUM})(%?)", value)
    if m:
        return {"value": float(m.group(1)), "high": None, "cents": cents, "percent": bool(m.group(2))}
    return None


def _close(a: float | None, b: float) -> bool:
    if a is None:
        return False
    return abs(a - b) <= 0.005 * abs(b) if b else abs(a) < 1e-9


def item_found(case: dict, item: dict, claims: list[dict]) -> bool:
    exp = expected_value(case, item)
    s, e = item["start"], item["end"]
    for c in claims:
        if c["end"] <= s or c["start"] >= e:
            continue
        if exp is None:
            return True
        values = [c["value"]]
        if exp.get("cents") and c["unit"] == "money":
            values.append(c["value"] * 100)
        if exp.get("percent") and c["unit"] == "fraction":
            values.append(c["value"] * 100)  # "one in two" read as 50%: the same quantity
        if c.get("range"):
            values.append(c["range"][0])
        if not any(_close(v, exp["value"]) for v in values):
            continue
        if exp.get("high") is not None and not (c.get("range") and _close(c["range"][1], exp["high"])):
            continue
        return True
    return False


def scope_of(case: dict) -> str:
    """What the peer model behind a case extracts (its negatives only bind that kind)."""
    f = case.get("file", "")
    if "Ordinal" in f:
        return "none"
    if "NumberRange" in f:
        return "range"
    if "Percent" in f and "NumberModel" not in f:
        return "percent"
    if "Currency" in f or "AmountOfMoney" in f:
        return "money"
    if any(k in f for k in ("Dimension", "Age", "Temperature")):
        return "measure"
    return "any"


def in_scope(scope: str, claim: dict) -> bool:
    if scope == "none":
        return False
    if scope == "range":
        return bool(claim.get("range") or claim.get("bound"))
    if scope == "percent":
        return claim["unit"] == "percent"
    if scope == "money":
        return claim["unit"] == "money"
    if scope == "measure":
        return claim["unit"] == "measure"
    return True


def load_differs(path: str | os.PathLike | None = None) -> dict[tuple[str, str, int], str]:
    """Cases where our contract deliberately differs from the peer's (``peer_suites_differs.jsonl``,
    one object per case with its reason; summarised in ``PEER_SUITES.md``)."""
    path = Path(path or DIFFERS_FILE)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(r["source"], r["file"], r["id"]): r["reason"] for r in rows}


def judge(case: dict, claims: list[dict], differs: dict | None = None) -> str:
    """``pass``, ``fail`` or ``differs`` (our contract deliberately differs)."""
    expected = case["expected"]
    cats = set(case.get("categories", []))
    if cats & DIFFERS or any(set(e.get("categories", [])) & DIFFERS for e in expected):
        return "differs"
    if differs and (case["source"], case.get("file"), case.get("id")) in differs:
        return "differs"
    if not expected:
        scope = scope_of(case)
        return "fail" if any(in_scope(scope, c) for c in claims) else "pass"
    return "pass" if all(item_found(case, e, claims) for e in expected) else "fail"


def run(nlp=None, cases: list[dict] | None = None, news_only: bool = True) -> dict[str, Any]:
    """Judge every case; returns {"categories": {cat: {"pass", "total", "rate"}}, "overall",
    "differs", "failures": [...]}."""
    from extract.claims import get_claims

    if nlp is None:
        from extract.pipeline import build_pipeline

        nlp = build_pipeline()
    cases = cases if cases is not None else load_cases(news_only=news_only)
    known = load_differs()
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    overall = [0, 0]
    differs = 0
    failures = []
    for case, doc in zip(cases, nlp.pipe(c["text"] for c in cases), strict=True):
        claims = get_claims(doc, "statistic")
        verdict = judge(case, claims, known)
        if verdict == "differs":
            differs += 1
            continue
        ok = verdict == "pass"
        overall[0] += ok
        overall[1] += 1
        for cat in case.get("categories") or ["uncategorised"]:
            per_cat[cat][0] += ok
            per_cat[cat][1] += 1
        if not ok:
            failures.append({
                "source": case["source"], "file": case.get("file"), "id": case.get("id"), "text": case["text"],
                "expected": [(e.get("surface"), e.get("value", e.get("value_expr"))) for e in case["expected"]],
                "got": [(doc.text[c["start"]:c["end"]], c["value"], c["unit"], c.get("range"), c.get("bound"))
                        for c in claims],
            })
    rate = lambda p, t: round(p / t, 4) if t else None  # noqa: E731
    return {
        "cases": len(cases),
        "overall": {"pass": overall[0], "total": overall[1], "rate": rate(*overall)},
        "categories": {k: {"pass": p, "total": t, "rate": rate(p, t)} for k, (p, t) in sorted(per_cat.items())},
        "differs": differs,
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="all cases, not only the news-relevant ones")
    ap.add_argument("--cases", help=f"cases.jsonl (default: ${CASES_ENV} or {DEFAULT_CASES})")
    ap.add_argument("--failures", type=int, default=0, help="print this many failing cases")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    report = run(cases=load_cases(args.cases, news_only=not args.all))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"{'category':22} {'pass':>5} {'total':>6} {'rate':>7}")
    for cat, r in report["categories"].items():
        print(f"{cat:22} {r['pass']:5d} {r['total']:6d} {r['rate']:7.3f}")
    o = report["overall"]
    print(f"{'overall':22} {o['pass']:5d} {o['total']:6d} {o['rate']:7.3f}")
    print(f"contract differs (not scored): {report['differs']}")
    for f in report["failures"][: args.failures]:
        print(json.dumps(f, ensure_ascii=False), file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
