#!/usr/bin/env python3
"""Scores the release build with the shared scorer (../shared/tools/evaluate.py) and prints the figures
beside the targets as a Markdown table. Skips with a message when ../shared is not there.

usage: python3 Tests/Evaluation/eval-table.py [--cmd ".build/release/briefing extract --json"]
"""
import argparse, importlib.util, os, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
scorer = os.path.join(here, "..", "..", "..", "shared", "tools", "evaluate.py")
ap = argparse.ArgumentParser()
ap.add_argument("--cmd", default=".build/release/briefing extract --json")
args = ap.parse_args()
if not os.path.exists(scorer):
    print(f"skipped: the scorer is not at {scorer}")
    sys.exit(0)
# The scorer's own suites, called directly: its command line rounds to three places, and the summary's
# comparison with lead-3 needs the figures as computed.
spec = importlib.util.spec_from_file_location("evaluate", scorer)
evaluate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(evaluate)
with tempfile.TemporaryDirectory() as tmp:
    figures = {name: suite(args.cmd, tmp, 0) for name, suite in evaluate.SUITES.items()}
q, d, a, s = figures["quotes"], figures["dates"], figures["actors"], figures["summary"]
rows = [
    ("quotes", "ggt_quotes", "direct-quote F1", q["quote_f1"], "≥ 0.90", q["quote_f1"] >= 0.90),
    ("quotes", "ggt_quotes", "speaker accuracy", q["speaker_accuracy"], "≥ 0.85", q["speaker_accuracy"] >= 0.85),
    ("dates", "tempeval3 platinum", "mention F1 (relaxed)", d["date_f1"], "≥ 0.90", d["date_f1"] >= 0.90),
    ("dates", "tempeval3 platinum", "value F1", d["date_value_f1"], "≥ 0.82", d["date_value_f1"] >= 0.82),
    ("actors", "conll2003 test", "person/organization/place F1", a["actor_f1"], "≥ 0.80", a["actor_f1"] >= 0.80),
    ("summary", "cnndm sample", "ROUGE-1 / ROUGE-2", f'{s["rouge_r1"]:.4f} / {s["rouge_r2"]:.4f}',
     f'> {s["lead3_rouge_r1"]:.4f} / {s["lead3_rouge_r2"]:.4f} (lead-3)',
     s["rouge_r1"] > s["lead3_rouge_r1"] and s["rouge_r2"] > s["lead3_rouge_r2"]),
]
print("| suite | gold | measure | Briefing | target | met |")
print("|---|---|---|---|---|---|")
for suite, gold, measure, value, target, met in rows:
    shown = f"{value:.3f}" if isinstance(value, float) else value
    print(f"| {suite} | {gold} | {measure} | {shown} | {target} | {'yes' if met else 'no'} |")
