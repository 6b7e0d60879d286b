#!/usr/bin/env python3
"""Score the extractor on the DEVELOPMENT corpora in ../shared/corpus, with the metrics of the official scorer.

usage:
  python3 Tests/Evaluation/dev_evaluate.py --cmd ".build/release/briefing extract --json"
      [--only quotes,dates,gumdates,actors,summary,timeline] [--limit N] [--split dev|train] [--errors DIR]

The official scorer, ../shared/tools/evaluate.py, measures the TEST suites (ggt_quotes, tempeval3 te3-platinum,
conll2003_test, cnndm_frank_sample). Those are for measurement only: never tune on them. This script scores the
same metrics on other corpora, so that the extractor can be improved against them. It imports evaluate.py for the
shared helpers (words, f1, STOP, same_speaker, ROUGE, lead3, run_extractor), so the tokenisation, the matching
thresholds and the way articles are written (.txt with a YAML front matter block: title, date) are the official
ones. The corpus is read at run time from ../../../shared/corpus relative to this file; nothing of it is stored in
the repository. Error dumps go only to the folder given with --errors (e.g. /tmp/dev-errors).

Suites (dev corpus -> metric)
  quotes   polnear, the `dev` compartment only (84 US political articles, 2016). Gold = the attributions whose
           content has a double quotation mark (the corpus's own `quotes` subset, 624 in dev). This is the same
           definition as ggt_quotes' `direct` flag: mixed paraphrase-plus-quote contents count, with all their words.
           -> quote precision / recall / F1 with evaluate.py's rules: a predicted quote is correct when >= 70% of
              its words fall in ANY gold attribution content (direct, indirect or paraphrase), and a gold direct
              quote is found when the predicted quotes that match it (>= 70%) cover >= 60% of its words.
           -> speaker accuracy over all gold direct quotes (a quote counts when it is found and every predicted
              quote matched to it has an acceptable speaker, compared with evaluate.py's same_speaker: same words or
              same last word).
           PolNeAR speakers are SURFACE mentions ("he", "the influential US daily", "Clinton, the former secretary
           of State,"), not resolved names, and the corpus ships no coreference. Choices:
             * a name is pulled out of the mention: parentheses dropped, the first comma segment that has one,
               the longest run of capitalised words that is not a possessive modifier ("Trump's"), a modifier
               followed by a common noun ("Republican presidential nominee", "Clinton campaign"), a complement
               after a preposition ("of West Virginia") or a sentence-initial common noun ("Officials");
             * pronoun mentions (he, she, they, it, who, ...) and quotes with no source span are resolved by a
               HEURISTIC: the nearest preceding gold source mention in the article that contains a name (for
               who/which/that: the last capitalised run just before it in the same sentence);
             * the predicted speaker is accepted when same_speaker() holds against the extracted/resolved name, the
               first comma segment of the mention, or the whole mention;
             * nominal mentions ("a campaign spokesman", "sources") keep their surface form: they are rarely
               matchable by a name, which is a property of the gold, not necessarily an extractor error.
           Extra figures: speaker accuracy restricted to gold speakers that are names (`speaker_accuracy_named`)
           or pronouns (`speaker_accuracy_pronoun`, through the heuristic antecedent),
           speaker accuracy with the raw surface mention only (`speaker_accuracy_surface`, no heuristics), speaker
           accuracy over found quotes only, and the counts of gold speaker classes (name / pronoun / nominal / none,
           and how many pronoun/none were resolved).
           Input: title and publication_date in the front matter; the headline paragraph of the text (which
           repeats the title) is removed from the body.
  dates    tempeval3/TBAQ-cleaned (AQUAINT 73 + TimeBank 183 articles). Exactly evaluate.py's suite_dates: DATE
           timexes except functionInDocument == CREATION_TIME; the DCT (`dct`) is the front matter date and the
           TITLE (when the file has one) the front matter title, as evaluate.py does for te3-platinum.
           -> mention precision / recall / F1 (relaxed: the mention shares a non-stop word), value F1.
  gumdates gum_news (24 Wikinews articles), the same body and front matter as the summary suite. Gold: the
           `dates` tagged "date" that lie in the body. Scored as suite_dates: a mention matches when it shares a
           non-stop word; a gold date with a `when` value also counts for value accuracy (ranges and open bounds,
           "last week", count for the mention only). -> mention precision / recall / F1, value accuracy.
  actors   conll2003_train/eng.testa (216 Reuters articles, the CoNLL development split), or eng.train with
           --split train. Documents are rebuilt from the CoNLL columns exactly as conll2003_test/json was built:
           tokens joined by ' ', sentences by '\\n', title = first sentence, date = first YYYY-MM-DD token of the
           first 4 sentences (else none); the text keeps the title line, as in the test JSON. Gold entities are the
           IOB1 spans (I-X continues an entity of the same type, B-X starts a new one).
           -> exactly evaluate.py's suite_actors: per-article entity-set F1 for person / organization / place,
              micro-averaged (a predicted actor is a hit when its name or an alias equals an unmatched gold name).
  summary  gum_news (24 Wikinews articles, one human one-sentence summary each, `summary_human`; the LLM
           `summaries_other` are ignored). The text's title line is removed, and so is the dateline
           ("Friday, July 21, 2017", once glued to the first paragraph); title and dateline_date go in the front
           matter. -> ROUGE-1/2/L F1 (evaluate.py's implementation) against the reference, beside lead-3 computed
           by evaluate.py's lead3() on the same body text.
  timeline semeval2015_timeline (90 Wikinews articles, entity-centric gold). Cheap and approximate: the gold
           are the timeline entries with a known date (not XXXX-XX-XX), one per event mention; the text is given
           as stored (tokenised, one sentence per line, headline first) with title and dct in the front matter.
           -> event_recall: a gold entry is found when one of our timeline entries contains the event word and
              3 of the 6 content words nearest it in its sentence (so the entry is about that sentence), and
              has the gold date at the gold granularity ("2006-XX-XX" -> "2006"); event_recall_any_date ignores
              the date; date_precision: share of our entries whose date equals a gold entry date of the article
              (underestimated: the gold only covers events of a few target entities). The one DCT written
              DD-MM-YYYY in the source (doc 120578, "03-02-2009") is passed as 2009-02-03.

Differences from the official test metrics (see also the notes above):
  * quotes: PolNeAR has no resolved speakers, so speaker accuracy is a heuristic approximation, held down
    by nominal gold mentions that no name can match; ggt_quotes annotates direct and indirect quotes while PolNeAR also annotates paraphrases
    and beliefs, so precision against "any gold content" is slightly more lenient here. The official suite writes
    no title or date; here the front matter carries both and the headline is not in the body.
  * dates: TBAQ is 1989-2000 newswire (WSJ-heavy), te3-platinum 2013 web news; same metric.
  * actors: identical metric and layout; eng.testa is from August 1996, eng.testb from December 1996.
  * summary: the reference is ONE abstractive sentence (about 45 words), not multi-sentence highlights, so all
    ROUGE figures, including lead-3, are on a different scale from cnndm_frank_sample.
  * --limit N takes the first N files in sorted order (polnear: breitbart first; TBAQ: AQUAINT first).

Prints one line per suite, then one JSON object with every figure. With --errors DIR, writes DIR/<suite>.txt
with the misses, false positives, wrong speakers / values and their surrounding text. Stdlib only.
"""
import argparse, glob, json, os, re, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "corpus")
TOOLS = os.path.join(SHARED, "tools")
ev = None  # the official evaluate.py module, imported in main()


def need(path):
    if not os.path.exists(path):
        sys.exit(f"dev_evaluate: missing {path}\n(the shared corpus is expected at {CORPUS}, i.e. "
                 f"../../../shared/corpus from this script)")
    return path


def load_official():
    global ev
    need(os.path.join(TOOLS, "evaluate.py"))
    sys.dont_write_bytecode = True  # shared/ is read-only: no __pycache__ there
    sys.path.insert(0, TOOLS)
    import evaluate
    ev = evaluate


def files(pattern, limit):
    found = sorted(glob.glob(os.path.join(CORPUS, pattern)))
    if not found:
        sys.exit(f"dev_evaluate: no files match {os.path.join(CORPUS, pattern)}")
    return found[:limit or None]


def load_json(pattern, limit):
    return [json.load(open(f, encoding="utf-8")) for f in files(pattern, limit)]


def one_line(s, n=None):
    s = " ".join((s or "").split())
    return s if n is None or len(s) <= n else s[:n] + "…"


def context(text, start, end, width=160):
    """The text around [start, end), the span itself marked with [[ ]]."""
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + one_line(text[a:start]) + " [[" + one_line(text[start:end]) + "]] " + \
        one_line(text[end:b]) + ("…" if b < len(text) else "")


def locate(text, needle):
    """Offsets of needle (a predicted string) in text: exact, else by its first words; None if not found."""
    needle = (needle or "").strip()
    if not needle:
        return None
    i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    toks = re.findall(r"[A-Za-z0-9]+", needle)
    for n in (6, 3, 1):
        if len(toks) >= n:
            m = re.search(r"\W+".join(re.escape(t) for t in toks[:n]), text)
            if m:
                return m.start(), m.start() + min(len(needle), len(text) - m.start())
    return None


def context_of(text, needle, width=160):
    loc = locate(text, needle)
    return context(text, loc[0], loc[1], width) if loc else "(not found verbatim in the text)"


class Dump:
    """Collects the readable error report of one suite; written only with --errors."""

    def __init__(self, folder, suite):
        self.path = os.path.join(folder, f"{suite}.txt") if folder else None
        self.lines = []

    def __call__(self, *lines):
        if self.path:
            self.lines.extend(lines)

    def write(self, header):
        if self.path:
            with open(self.path, "w", encoding="utf-8") as f:
                f.write(header.rstrip() + "\n\n" + "\n".join(self.lines) + "\n")


# ---------------------------------------------------------------- quotes (polnear dev)
PRONOUNS = set("he she they it i we you him her them us me who whom whose which that this these those his hers "
               "its their theirs our my your".split())
RELATIVE = {"who", "whom", "whose", "which", "that"}
FUNCTION = set("of the a an and or for from at in on to by with as who which that whose whom where when "
               "said says told added".split())
PREPOSITIONS = set("of at in for from with by on to about near inside outside".split())
CONNECT = set("de da di du del der van von la le al bin ibn st. st".split())
DETERMINERS = set("the a an this that these those another some any each every such".split())


def _cap(tok):
    m = re.search(r"[A-Za-z]", tok)
    return bool(m) and tok[m.start()].isupper()


def _possessive(tok):
    return bool(re.search(r"['’]s?$", tok))


def name_runs(segment):
    """Runs of capitalised tokens in a mention segment: [(tokens, start index, followed-by token or None)]."""
    toks = [t.strip("\"“”‘’'`.,;:!?") if not re.search(r"\w\.$", t) else t.strip("\"“”‘’'`,;:!?")
            for t in segment.split()]
    toks = [t for t in toks if t]
    runs, i = [], 0
    while i < len(toks):
        if _cap(toks[i]) and toks[i].lower() not in DETERMINERS:
            j = i + 1
            while j < len(toks) and not _possessive(toks[j - 1]) and (
                    _cap(toks[j]) or (toks[j].lower() in CONNECT and j + 1 < len(toks) and _cap(toks[j + 1]))):
                j += 1
            runs.append((toks[i:j], i, toks[j] if j < len(toks) else None))
            i = j
        else:
            i += 1
    return runs, toks


def mention_name(mention, doc_lower_words):
    """The proper name inside a surface mention, or None (see the module docstring)."""
    if not mention:
        return None
    flat = re.sub(r"\([^)]*\)", " ", mention)
    for segment in re.split(r",|;| — | – | -- ", flat):
        runs, toks = name_runs(segment)
        good = []
        for run, start, nxt in runs:
            if nxt is not None and _possessive(run[-1]):
                continue  # "Trump's campaign manager ..." : a modifier
            if nxt is not None and nxt.lower() not in FUNCTION and not _cap(nxt):
                continue  # "Republican presidential nominee", "Clinton campaign": a modifier
            if start > 0 and toks[start - 1].lower() in PREPOSITIONS:
                continue  # "partner at Lenox", "Gov. Earl Ray Tomblin of West Virginia": a complement
            if len(run) == 1 and start == 0 and run[0].lower() in doc_lower_words:
                continue  # "Officials", "Sources": a sentence-initial common noun
            good.append(run)
        if good:
            best = max(good, key=len)  # longest run, first on ties
            return re.sub(r"['’]s?$", "", " ".join(best))
    return None


def speaker_class(mention):
    if not mention:
        return "none"
    w = ev.words(mention)
    if len(w) == 1 and w[0] in PRONOUNS:
        return "pronoun"
    return "mention"


def resolve_before(text, pos, named_sources, relative):
    """Heuristic antecedent of a pronoun (or of a quote without a source) at offset pos."""
    if relative:
        window = text[max(0, pos - 120):pos]
        window = re.split(r"[.!?]\s", window)[-1]
        clause = re.split(r"[,;]", window)[-1]
        runs, _ = name_runs(clause if clause.strip() else window)
        if runs:
            return " ".join(runs[-1][0])
    before = [(s, name) for s, name in named_sources if s < pos]
    return before[-1][1] if before else None


def suite_quotes(cmd, tmp, limit, dump, split):
    gold_docs = load_json("polnear/json/dev/*.json", limit)
    docs = []
    for d in gold_docs:
        text = d["text"]
        head, sep, rest = text.partition("\n\n")
        offset = len(head) + len(sep) if sep and ev.words(head) == ev.words(d.get("title") or "") else 0
        docs.append((d["id"], d.get("title"), d.get("publication_date"), text[offset:]))
    preds = ev.run_extractor(cmd, docs, tmp)
    n_pred = n_correct = n_gold = n_found = n_speaker = n_surface = 0
    cls_count = {"name": 0, "pronoun": 0, "nominal": 0, "none": 0, "resolved": 0}
    cls_ok = {"name": 0, "pronoun": 0, "nominal": 0, "none": 0}
    for d in gold_docs:
        text = d["text"]
        lower_words = set(re.findall(r"\b[a-z][a-z'’-]*\b", text))
        attrs = [a for a in d["attributions"] if a.get("content")]
        all_gold = [set(ev.words(a["content"]["text"])) for a in attrs]
        named_sources = []
        for a in attrs:
            if a.get("source") and speaker_class(a["source"]["text"]) == "mention":
                name = mention_name(a["source"]["text"], lower_words)
                if name:
                    named_sources.append((a["source"]["spans"][0][0], name))
        named_sources.sort()
        direct = []
        for a in attrs:
            if not a.get("has_quotation_marks"):
                continue
            surface = a["source"]["text"] if a.get("source") else ""
            cls = speaker_class(surface)
            pos = a["source"]["spans"][0][0] if a.get("source") else a["content"]["spans"][0][0]
            name = None
            if cls == "mention":
                name = mention_name(surface, lower_words)
                cls = "name" if name else "nominal"
            else:
                first = ev.words(surface)[:1]
                name = resolve_before(text, pos, named_sources, bool(first) and first[0] in RELATIVE)
                if name:
                    cls_count["resolved"] += 1
            cls_count[cls] += 1
            keys = [k for k in (name, re.split(r",", re.sub(r"\([^)]*\)", " ", surface))[0], surface) if k]
            direct.append({"tok": set(ev.words(a["content"]["text"])), "attr": a, "surface": surface,
                           "cls": cls, "name": name, "keys": keys})
        covered = [set() for _ in direct]
        said = [[] for _ in direct]
        wrong_fp = []
        for q in preds[d["id"]].get("quotes", []) or []:
            tok = set(ev.words(q.get("text", "")))
            if not tok:
                continue
            n_pred += 1
            if any(len(tok & g) / len(tok) >= 0.7 for g in all_gold if g):
                n_correct += 1
            else:
                wrong_fp.append(q)
            best = max(range(len(direct)), key=lambda i: len(tok & direct[i]["tok"]) / len(tok), default=None)
            if best is not None and len(tok & direct[best]["tok"]) / len(tok) >= 0.7:
                covered[best] |= tok & direct[best]["tok"]
                said[best].append(q.get("speaker") or "")
        missed, wrong_speaker = [], []
        for i, g in enumerate(direct):
            n_gold += 1
            if g["tok"] and len(covered[i]) / len(g["tok"]) >= 0.6:
                n_found += 1
                if said[i] and all(ev.same_speaker(s, g["surface"]) for s in said[i]):
                    n_surface += 1
                if said[i] and all(any(ev.same_speaker(s, k) for k in g["keys"]) for s in said[i]):
                    n_speaker += 1
                    cls_ok[g["cls"]] += 1
                else:
                    wrong_speaker.append((g, said[i]))
            else:
                missed.append((g, len(covered[i]) / len(g["tok"]) if g["tok"] else 0.0))
        if missed or wrong_fp or wrong_speaker:
            dump(f"=== {d['id']}  ({d.get('publisher')}, {d.get('publication_date')})  {one_line(d.get('title'))}")
            for g, cov in missed:
                a = g["attr"]
                s, e = a["content"]["spans"][0][0], a["content"]["spans"][-1][1]
                dump(f"  MISSED (covered {cov:.0%})  speaker={g['surface']!r} [{g['cls']}{' -> ' + g['name'] if g['name'] and g['name'] != g['surface'] else ''}]"
                     f"  cue={((a.get('cue') or {}).get('text'))!r}",
                     "    " + context(text, s, e, 120))
            for g, spk in wrong_speaker:
                a = g["attr"]
                s, e = a["content"]["spans"][0][0], a["content"]["spans"][-1][1]
                dump(f"  WRONG SPEAKER  gold={g['surface']!r} [{g['cls']}{' -> ' + g['name'] if g['name'] and g['name'] != g['surface'] else ''}]"
                     f"  predicted={spk!r}",
                     "    " + context(text, s, e, 120))
            for q in wrong_fp:
                dump(f"  FALSE POSITIVE  speaker={q.get('speaker')!r} cue={q.get('cue')!r} paragraph={q.get('paragraph')}",
                     f"    text: {one_line(q.get('text'), 300)}",
                     "    in:   " + context_of(text, q.get("text"), 100))
            dump("")
    p = n_correct / n_pred if n_pred else 0.0
    r = n_found / n_gold if n_gold else 0.0
    return {"quote_precision": p, "quote_recall": r, "quote_f1": ev.f1(p, r),
            "speaker_accuracy": n_speaker / n_gold if n_gold else 0.0,
            "speaker_accuracy_named": cls_ok["name"] / cls_count["name"] if cls_count["name"] else 0.0,
            "speaker_accuracy_pronoun": cls_ok["pronoun"] / cls_count["pronoun"] if cls_count["pronoun"] else 0.0,
            "speaker_accuracy_surface": n_surface / n_gold if n_gold else 0.0,
            "speaker_accuracy_of_found": n_speaker / n_found if n_found else 0.0,
            "quotes_predicted": n_pred, "quotes_gold": n_gold, "quotes_found": n_found,
            "gold_speaker_name": cls_count["name"], "gold_speaker_pronoun": cls_count["pronoun"],
            "gold_speaker_nominal": cls_count["nominal"], "gold_speaker_none": cls_count["none"],
            "gold_speaker_resolved": cls_count["resolved"], "articles": len(gold_docs)}


# ---------------------------------------------------------------- dates (TBAQ-cleaned)
def date_words(text):
    """A date's words as evaluate.py compares them: the non-stop words, or all of them when every one is a stop word."""
    w = set(ev.words(text))
    return w - ev.STOP or w


def match_dates(gold_t, gold_values, pred_m):
    """evaluate.py's date matching: each gold date, in order, takes the first unused prediction that shares a
    non-stop word with it, one of the same value first. `gold_values` are the gold dates' values, empty where
    there is none to check. Returns the missed gold dates, the (gold, prediction) pairs whose values differ,
    the predictions left over, the number matched and the number of values matched."""
    gold = [(date_words(t["text"]), v) for t, v in zip(gold_t, gold_values)]
    pred = [(date_words(m.get("text", "")), m.get("value") or "") for m in pred_m]
    used, missed, wrong, valued = set(), [], [], 0
    for gi, (gtok, gval) in enumerate(gold):
        cands = [i for i, (ptok, _) in enumerate(pred) if i not in used and ptok & gtok]
        if not cands:
            missed.append(gold_t[gi])
            continue
        same = [i for i in cands if gval and pred[i][1] == gval]
        pick = (same or cands)[0]
        used.add(pick)
        if same:
            valued += 1
        elif gval:
            wrong.append((gold_t[gi], pred_m[pick]))
    extra = [m for i, m in enumerate(pred_m) if i not in used]
    return missed, wrong, extra, len(gold) - len(missed), valued


def suite_dates(cmd, tmp, limit, dump, split):
    gold_docs = load_json("tempeval3/json/TBAQ-cleaned/*/*.json", limit)
    docs = [(d["id"], d.get("title"), d["dct"], d["text"]) for d in gold_docs]
    preds = ev.run_extractor(cmd, docs, tmp)
    n_pred = n_gold = n_match = n_value = 0

    for d in gold_docs:
        text = d["text"]
        gold_t = [t for t in d["timexes"] if t["type"] == "DATE" and t.get("functionInDocument") != "CREATION_TIME"]
        pred_m = preds[d["id"]].get("dates", []) or []
        missed, wrong, extra, matched, valued = match_dates(gold_t, [t["value"] for t in gold_t], pred_m)
        n_gold += len(gold_t)
        n_pred += len(pred_m)
        n_match += matched
        n_value += valued
        if missed or wrong or extra:
            dump(f"=== {d['id']}  dct={d['dct']}  {one_line(d.get('title'))}")
            for t in missed:
                dump(f"  MISSED  {t['text']!r} = {t['value']}", "    " + context(text, t["start"], t["end"], 100))
            for t, m in wrong:
                dump(f"  WRONG VALUE  gold {t['text']!r} = {t['value']}   predicted {m.get('text')!r} = {m.get('value')}",
                     "    " + context(text, t["start"], t["end"], 100))
            for m in extra:
                dump(f"  FALSE POSITIVE  {m.get('text')!r} = {m.get('value')}  paragraph={m.get('paragraph')}",
                     "    " + context_of(text, m.get("text"), 100))
            dump("")
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    vp = n_value / n_pred if n_pred else 0.0
    vr = n_value / n_gold if n_gold else 0.0
    return {"date_precision": p, "date_recall": r, "date_f1": ev.f1(p, r), "date_value_f1": ev.f1(vp, vr),
            "dates_predicted": n_pred, "dates_gold": n_gold, "articles": len(gold_docs)}


def suite_gumdates(cmd, tmp, limit, dump, split):
    """Dates in GUM's Wikinews articles, scored like suite_dates: a gold date with a `when` value counts for the
    value; a range ("last week") or an open bound counts for the mention only. Times of day are left out."""
    gold_docs = load_json("gum_news/json/*.json", limit)
    bodies = {d["id"]: gum_body(d) for d in gold_docs}
    preds = ev.run_extractor(cmd, [(d["id"], d.get("title"), d.get("dateline_date"), bodies[d["id"]])
                                   for d in gold_docs], tmp)
    n_pred = n_gold = n_match = n_value = n_valued = 0

    for d in gold_docs:
        body = bodies[d["id"]]
        offset = d["text"].find(body[:200]) if body else 0
        gold_t = [t for t in d["dates"] if t.get("tag") == "date" and t["start"] >= max(offset, 0)]
        pred_m = preds[d["id"]].get("dates", []) or []
        missed, wrong, extra, matched, valued = match_dates(gold_t, [t.get("when") for t in gold_t], pred_m)
        n_gold += len(gold_t)
        n_pred += len(pred_m)
        n_valued += sum(1 for t in gold_t if t.get("when"))
        n_match += matched
        n_value += valued
        if missed or wrong or extra:
            dump(f"=== {d['id']}  dateline={d.get('dateline_date')}  {one_line(d.get('title'))}")
            for t in missed:
                value = t.get("when") or f"{t.get('from') or t.get('notBefore')}..{t.get('to') or t.get('notAfter')}"
                dump(f"  MISSED  {t['text']!r} = {value}", "    " + context(d["text"], t["start"], t["end"], 100))
            for t, m in wrong:
                dump(f"  WRONG VALUE  gold {t['text']!r} = {t['when']}   predicted {m.get('text')!r} = {m.get('value')}",
                     "    " + context(d["text"], t["start"], t["end"], 100))
            for m in extra:
                dump(f"  FALSE POSITIVE  {m.get('text')!r} = {m.get('value')}  paragraph={m.get('paragraph')}",
                     "    " + context_of(body, m.get("text"), 100))
            dump("")
    p = n_match / n_pred if n_pred else 0.0
    r = n_match / n_gold if n_gold else 0.0
    return {"date_precision": p, "date_recall": r, "date_f1": ev.f1(p, r),
            "value_accuracy": n_value / n_valued if n_valued else 0.0,
            "dates_predicted": n_pred, "dates_gold": n_gold, "gold_with_value": n_valued, "articles": len(gold_docs)}


# ---------------------------------------------------------------- actors (CoNLL-2003 eng.testa / eng.train)
def read_conll(path, prefix):
    """Documents of a CoNLL-2003 file, laid out like conll2003_test/json (see the module docstring)."""
    raw, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    raw.append(doc)
                    doc = []
            elif not line.strip():
                if sent:
                    doc.append(sent)
                    sent = []
            else:
                cols = line.split()
                sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        raw.append(doc)
    out = []
    for n, sents in enumerate(raw, 1):
        lines, entities, pos = [], [], 0
        for sent in sents:
            offs, p = [], pos
            for tok, _ in sent:
                offs.append(p)
                p += len(tok) + 1
            cur = None  # [type, first token, last token]
            spans = []
            for i, (tok, tag) in enumerate(sent):
                kind = tag[2:] if tag != "O" else None
                if kind and cur and cur[0] == kind and tag.startswith("I-"):
                    cur[2] = i
                else:
                    if cur:
                        spans.append(cur)
                    cur = [kind, i, i] if kind else None
            if cur:
                spans.append(cur)
            for kind, a, b in spans:
                s, e = offs[a], offs[b] + len(sent[b][0])
                entities.append({"text": " ".join(t for t, _ in sent[a:b + 1]), "type": kind, "start": s, "end": e})
            lines.append(" ".join(t for t, _ in sent))
            pos += len(lines[-1]) + 1
        date = next((t for sent in sents[:4] for t, _ in sent if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t)), None)
        out.append({"id": f"{prefix}-{n:03d}", "title": lines[0] if lines else "", "dateline_date": date,
                    "text": "\n".join(lines), "entities": entities,
                    "n_sentences": len(sents), "n_tokens": sum(len(s) for s in sents)})
    return out


def suite_actors(cmd, tmp, limit, dump, split):
    name = "eng.train" if split == "train" else "eng.testa"
    gold_docs = read_conll(need(os.path.join(CORPUS, "conll2003_train", name)),
                           "conll2003-train" if split == "train" else "conll2003-testa")[:limit or None]
    docs = [(d["id"], d.get("title"), d.get("dateline_date"), d["text"]) for d in gold_docs]
    preds = ev.run_extractor(cmd, docs, tmp)
    totals = {k: [0, 0, 0] for k in ev.KINDS.values()}  # tp, pred, gold
    for d in gold_docs:
        text = d["text"]
        first_at = {}
        for e in d["entities"]:
            first_at.setdefault((e["type"], " ".join(ev.words(e["text"]))), e)
        actors = preds[d["id"]].get("actors", []) or []
        key_kind = {}
        for a in actors:
            for n in [a.get("name", "")] + list(a.get("aliases") or []):
                key_kind.setdefault(" ".join(ev.words(n)), a.get("kind"))
        report = []
        for tag, kind in ev.KINDS.items():
            gold = {" ".join(ev.words(e["text"])) for e in d["entities"] if e["type"] == tag} - {""}
            pred, pred_a = [], []
            for a in actors:
                if a.get("kind") == kind:
                    pred.append({" ".join(ev.words(n)) for n in [a.get("name", "")] + list(a.get("aliases") or [])} - {""})
                    pred_a.append(a)
            matched = set()
            tp = 0
            fps = []
            for names, a in zip(pred, pred_a):
                hit = next((g for g in names & gold if g not in matched), None)
                if hit:
                    matched |= names & gold
                    tp += 1
                else:
                    fps.append(a)
            totals[kind][0] += tp
            totals[kind][1] += len(pred)
            totals[kind][2] += len(gold)
            for g in sorted(gold - matched):
                e = first_at.get((tag, g))
                other = key_kind.get(g)
                note = f"  (predicted as {other})" if other and other != kind else ""
                report.append(f"  MISSED {kind}: {e['text'] if e else g!r}{note}")
                if e:
                    report.append("    " + context(text, e["start"], e["end"], 80))
            for a in fps:
                gold_other = [t for t in ev.KINDS if any((t, " ".join(ev.words(n))) in first_at
                                                          for n in [a.get("name", "")] + list(a.get("aliases") or []))]
                note = f"  (gold type {','.join(gold_other)})" if gold_other else ""
                if not gold_other and any(("MISC", " ".join(ev.words(n))) in first_at
                                          for n in [a.get("name", "")] + list(a.get("aliases") or [])):
                    note = "  (gold type MISC)"
                report.append(f"  FALSE POSITIVE {kind}: {a.get('name')!r} aliases={a.get('aliases') or []} "
                              f"mentions={a.get('mentions')}{note}")
                report.append("    " + context_of(text, a.get("name"), 80))
        if report:
            dump(f"=== {d['id']}  date={d['dateline_date']}  {one_line(d['title'])}", *report, "")
    out = {"articles": len(gold_docs), "split": name}
    tp = sum(t[0] for t in totals.values())
    np_ = sum(t[1] for t in totals.values())
    ng = sum(t[2] for t in totals.values())
    for kind, (t, p, g) in totals.items():
        out[f"{kind}_f1"] = ev.f1(t / p if p else 0.0, t / g if g else 0.0)
    out["actor_precision"], out["actor_recall"] = (tp / np_ if np_ else 0.0), (tp / ng if ng else 0.0)
    out["actor_f1"] = ev.f1(out["actor_precision"], out["actor_recall"])
    out["actors_predicted"], out["actors_gold"] = np_, ng
    return out


# ---------------------------------------------------------------- summary (gum_news)
DATELINE = re.compile(r"^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s*")


def gum_body(d):
    text = d["text"]
    head, sep, rest = text.partition("\n\n")
    if sep and ev.words(head) == ev.words(d.get("title") or ""):
        text = rest
    return DATELINE.sub("", text, count=1)


def suite_summary(cmd, tmp, limit, dump, split):
    gold_docs = load_json("gum_news/json/*.json", limit)
    bodies = {d["id"]: gum_body(d) for d in gold_docs}
    preds = ev.run_extractor(cmd, [(d["id"], d.get("title"), d.get("dateline_date"), bodies[d["id"]])
                                   for d in gold_docs], tmp)
    ours = {"r1": 0.0, "r2": 0.0, "rl": 0.0}
    base = {"r1": 0.0, "r2": 0.0, "rl": 0.0}
    words_out = 0
    rows = []
    for d in gold_docs:
        ref = ev.words(d["summary_human"])
        mine = " ".join(preds[d["id"]].get("summary", []) or [])
        lead = ev.lead3(bodies[d["id"]])
        row = {}
        for label, bucket, text in (("ours", ours, mine), ("lead3", base, lead)):
            cand = ev.words(text)
            sc = (ev.rouge_n(cand, ref, 1), ev.rouge_n(cand, ref, 2), ev.rouge_l(cand, ref))
            for k, v in zip(("r1", "r2", "rl"), sc):
                bucket[k] += v
            row[label] = sc
        words_out += len(ev.words(mine))
        rows.append((row["ours"][2] - row["lead3"][2], d, mine, lead, row))
    for delta, d, mine, lead, row in sorted(rows, key=lambda r: r[0]):
        dump(f"=== {d['id']}  R-L ours {row['ours'][2]:.3f} vs lead-3 {row['lead3'][2]:.3f} (delta {delta:+.3f}); "
             f"R-1 {row['ours'][0]:.3f}/{row['lead3'][0]:.3f}, R-2 {row['ours'][1]:.3f}/{row['lead3'][1]:.3f}",
             f"  title:     {one_line(d.get('title'))}",
             f"  reference: {one_line(d['summary_human'])}",
             f"  ours:      {one_line(mine)}",
             f"  lead-3:    {one_line(lead)}", "")
    n = max(len(gold_docs), 1)
    out = {f"rouge_{k}": v / n for k, v in ours.items()}
    out.update({f"lead3_rouge_{k}": v / n for k, v in base.items()})
    out["summary_words_mean"] = words_out / n
    out["articles"] = len(gold_docs)
    return out


# ---------------------------------------------------------------- timeline (semeval2015_timeline, approximate)
def event_neighbours(text, d, e):
    """The 6 content words nearest the gold event word in its sentence: our entry must show 3 of them."""
    sent = next((x for x in d.get("sentences", []) if x["start"] <= e["start"] < x["end"]), None)
    a, b = (sent["start"], sent["end"]) if sent else (max(0, e["start"] - 200), e["end"] + 200)
    before = [t for t in ev.words(text[a:e["start"]]) if t not in ev.STOP]
    after = [t for t in ev.words(text[e["end"]:b]) if t not in ev.STOP]
    return set(before[-3:] + after[:3])


def suite_timeline(cmd, tmp, limit, dump, split):
    gold_docs = load_json("semeval2015_timeline/json/*/*.json", limit)
    for d in gold_docs:  # source quirk (README): doc 120578 has its DCT as DD-MM-YYYY
        d["dct"] = re.sub(r"^(\d{2})-(\d{2})-(\d{4})$", r"\3-\2-\1", d["dct"])
    preds = ev.run_extractor(cmd, [(d["id"], d.get("title"), d["dct"], d["text"]) for d in gold_docs], tmp)
    n_gold = n_found = n_any = n_pred = n_pred_ok = 0
    for d in gold_docs:
        text = d["text"]
        gold, seen = [], set()
        for e in d["timeline_entries"]:
            if e["date"].startswith("XXXX") or e.get("start") is None:
                continue
            key = (e["start"], e["date"])
            if key in seen:
                continue
            seen.add(key)
            known = re.sub(r"(-XX)+$", "", e["date"])
            gold.append((e, known))
        mine = preds[d["id"]].get("timeline", []) or []
        gold_dates = {k for _, k in gold}
        n_gold += len(gold)
        n_pred += len(mine)
        ok = [(m.get("date") or "") in gold_dates for m in mine]
        n_pred_ok += sum(ok)
        missed = []
        for e, known in gold:
            w = set(ev.words(e["event_text"]))
            near = event_neighbours(text, d, e)
            need_n = min(3, len(near))
            with_word = [m for m in mine if w and w <= set(ev.words(m.get("event", "")))
                         and len(near & set(ev.words(m.get("event", "")))) >= need_n]
            n_any += bool(with_word)
            if any((m.get("date") or "") == known for m in with_word):
                n_found += 1
            else:
                missed.append((e, known, with_word))
        if missed or not all(ok):
            dump(f"=== {d['id']}  dct={d['dct']}  {one_line(d.get('title'))}")
            for e, known, ww in missed:
                why = f"event found with date(s) {sorted({m.get('date') for m in ww})}" if ww else "event word in no entry"
                dump(f"  MISSED  {e['event_text']!r} @ {known}  (entity {e['entity']}; {why})",
                     "    " + context(text, e["start"], e["end"], 100))
            for m, good in zip(mine, ok):
                if not good:
                    dump(f"  DATE NOT IN GOLD  {m.get('date')}: {one_line(m.get('event'), 200)}")
            dump("")
    return {"event_recall": n_found / n_gold if n_gold else 0.0,
            "event_recall_any_date": n_any / n_gold if n_gold else 0.0,
            "date_precision": n_pred_ok / n_pred if n_pred else 0.0,
            "entries_predicted": n_pred, "entries_gold": n_gold, "articles": len(gold_docs)}


SUITES = {"quotes": suite_quotes, "dates": suite_dates, "gumdates": suite_gumdates, "actors": suite_actors,
          "summary": suite_summary, "timeline": suite_timeline}
ORIGIN = {"quotes": "polnear dev", "dates": "tempeval3 TBAQ-cleaned", "gumdates": "gum_news dates", "actors": "conll2003_train",
          "summary": "gum_news summary_human", "timeline": "semeval2015_timeline"}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", required=True, help="extractor command; article paths are appended")
    ap.add_argument("--only", default=",".join(SUITES), help="comma-separated suites (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="at most N articles per suite (0: all)")
    ap.add_argument("--split", choices=["dev", "train"], default="dev",
                    help="actors: dev = eng.testa (default), train = eng.train")
    ap.add_argument("--errors", metavar="DIR", help="write readable error dumps DIR/<suite>.txt")
    args = ap.parse_args()
    need(CORPUS)
    load_official()
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in SUITES]
    if unknown:
        sys.exit(f"dev_evaluate: unknown suite(s) {', '.join(unknown)}; choose from {', '.join(SUITES)}")
    if args.errors:
        os.makedirs(args.errors, exist_ok=True)
    results = {}
    for name in names:
        dump = Dump(args.errors, name)
        with tempfile.TemporaryDirectory() as tmp:
            res = SUITES[name](args.cmd, tmp, args.limit, dump, args.split)
        results[name] = {k: round(v, 3) if isinstance(v, float) else v for k, v in res.items()}
        dump.write(f"{name} ({ORIGIN[name]}): " + ", ".join(f"{k}={v}" for k, v in results[name].items()))
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in results[name].items()), flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
