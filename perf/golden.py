#!/usr/bin/env python3
"""Writes the regression set for speed work: one submission a line (JSONL) on standard output.

Every labelled answer (with its prompt), every real-answer corpus file (under a free-text prompt and
under a catalogue prompt), every rule example line (with its problem type), and seeded random cuts of
the labelled answers. Grade it before and after a change that must not alter grading, then compare:

  perf/golden.py > /tmp/golden.jsonl
  java -jar api/target/assay.jar grade-batch /tmp/golden.jsonl --out /tmp/before.jsonl
  ... change, rebuild ...
  java -jar api/target/assay.jar grade-batch /tmp/golden.jsonl --out /tmp/after.jsonl
  cmp /tmp/before.jsonl /tmp/after.jsonl
"""
import json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "rules", "src", "test", "resources")
CORPUS = os.environ.get("ASSAY_CORPUS", os.path.join(os.path.dirname(ROOT), "shared", "corpus-real"))

def out(sub):
    sys.stdout.write(json.dumps(sub, ensure_ascii=False, sort_keys=True) + "\n")

labelled = []
for d in sorted(os.listdir(RES)):
    labels = os.path.join(RES, d, "labels.json")
    if not os.path.isfile(labels):
        continue
    for a in json.load(open(labels, encoding="utf-8"))["answers"]:
        text = open(os.path.join(RES, d, a["file"]), encoding="utf-8").read()
        sub = {"answer": text}
        for k in ("promptId", "promptText", "problemType"):
            if a.get(k):
                sub[k] = a[k]
        labelled.append(sub)
        out(sub)

if not os.path.isdir(CORPUS):
    sys.stderr.write("golden.py: no real-answer corpus at %s (set ASSAY_CORPUS); left out\n" % CORPUS)
else:
    for f in sorted(os.listdir(CORPUS)):
        if f.endswith(".md") and f != "NOTICE.md":
            text = open(os.path.join(CORPUS, f), encoding="utf-8").read()[:100000]
            out({"answer": text, "promptText": "Design the system this answer describes."})
            out({"answer": text, "promptId": "payment-fraud"})

for f in sorted(os.listdir(os.path.join(RES, "examples"))):
    ptype = None
    for line in open(os.path.join(RES, "examples", f), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            ptype = None
        elif line.startswith("type:"):
            ptype = line[5:].strip()
        m = re.match(r"(fire|miss):\s*(.*)", line)
        if m:
            text = m.group(2).replace("[[", "").replace("]]", "").replace("\\n", "\n")
            if text.strip():
                sub = {"answer": text}
                if ptype:
                    sub["problemType"] = ptype
                out(sub)

rnd = random.Random(20261122)
for i in range(600):
    base = rnd.choice(labelled)
    t = base["answer"]
    a = rnd.randrange(len(t))
    b = min(len(t), a + rnd.randrange(40, 3000))
    cut = t[a:b]
    if cut.strip():
        sub = dict(base)
        sub["answer"] = cut
        out(sub)
