#!/usr/bin/env python3
"""Verify expected.json against the article texts in this folder.

Checks per article:
  * every persons / aliases / not_persons / orgs / places string occurs verbatim in the text;
  * alias groups start with a canonical person; quote speakers are canonical persons or null;
  * every quote `start` occurs verbatim, 3-8 words, and the starts occur in key order;
  * direct starts sit right after an opening quotation mark, indirect starts do not;
  * number of direct quotes == number of quoted passages in the body, where a passage is a
    quotation span (straight "..." or curly “...”), spans split only by an attribution in the same
    paragraph (gap <= 70 chars containing a speech verb) are merged, and short scare-quoted terms
    (<= 3 words, no sentence punctuation) are ignored;
  * the file has 300-400 words (whitespace-separated tokens, whole file).
Run: python3 check.py   -> prints OK or a list of problems.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPEECH = re.compile(r"\b(kata|ujar|tutur|ucap|jelas|tegas|tambah|imbuh|sebut|lanjut|terang|jawab|tanya|ungkap|seru|pungkas|katanya|ujarnya|tuturnya|ucapnya|jelasnya|tegasnya|tambahnya|imbuhnya|sebutnya|lanjutnya|ungkapnya|tulis|tulisnya|said)\b", re.I)

def spans(par):
    out = []
    i = 0
    while i < len(par):
        c = par[i]
        if c == '“':
            j = par.find('”', i + 1)
            if j < 0: return out + [("UNCLOSED", i, len(par))]
            out.append((par[i+1:j], i, j)); i = j + 1; continue
        if c == '"':
            j = par.find('"', i + 1)
            if j < 0: return out + [("UNCLOSED", i, len(par))]
            out.append((par[i+1:j], i, j)); i = j + 1; continue
        i += 1
    return out

def passages(text):
    n = 0
    paras = [p for p in text.split("\n\n")][1:]  # skip title
    for p in paras:
        sp = [s for s in spans(p)]
        kept = []
        for s in sp:
            inner = s[0].strip()
            if s[0] != "UNCLOSED" and len(inner.split()) <= 3 and not re.search(r"[.?!,]$", inner):
                continue  # scare quote / title in quotes
            kept.append(s)
        prev = None
        for s in kept:
            if prev is not None:
                gap = p[prev[2]+1:s[1]]
                if len(gap) <= 70 and SPEECH.search(gap) and '"' not in gap:
                    prev = s; continue
            n += 1; prev = s
    return n

def main():
    key = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    problems = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt") and f != "FIRST_SCORE.txt")
    keyed = sorted(k for k in key if not k.startswith("_"))
    if files != keyed:
        problems.append(f"file list mismatch: only texts {set(files)-set(keyed)}, only key {set(keyed)-set(files)}")
    tot = {"articles": 0, "persons": 0, "alias_groups": 0, "not_persons": 0, "orgs": 0, "places": 0,
           "quotes": 0, "direct": 0, "indirect": 0, "null_speaker": 0, "words": 0}
    for f in keyed:
        if f not in files: continue
        text = open(os.path.join(HERE, f), encoding="utf-8").read()
        k = key[f]
        P = lambda m: problems.append(f"{f}: {m}")
        wc = len(text.split())
        if not 300 <= wc <= 400: P(f"word count {wc}")
        for fld in ("persons", "not_persons", "orgs", "places"):
            for s in k[fld]:
                if s not in text: P(f"{fld} string not in text: {s!r}")
        for grp in k["aliases"]:
            if grp[0] not in k["persons"]: P(f"alias group head not a person: {grp[0]!r}")
            for s in grp:
                if s not in text: P(f"alias not in text: {s!r}")
        for s in k["persons"]:
            if s in k["not_persons"]: P(f"{s!r} both person and not_person")
        pos = 0
        for q in k["quotes"]:
            st = q["start"]
            if q["speaker"] is not None and q["speaker"] not in k["persons"]:
                P(f"speaker not a person: {q['speaker']!r}")
            if q["kind"] not in ("direct", "indirect"): P(f"bad kind {q}")
            if q["speaker_kind"] not in ("public_figure", "member_of_public"): P(f"bad speaker_kind {q}")
            if not 1 <= len(st.split()) <= 8: P(f"start length {st!r}")
            i = text.find(st, pos)
            if i < 0:
                P(f"start not found (in order) {st!r}" + (" [exists earlier]" if st in text else ""))
                continue
            before = text[i-1] if i else ""
            if q["kind"] == "direct" and before not in '"“':
                P(f"direct start not after opening quote: {st!r}")
            if q["kind"] == "indirect" and before in '"“':
                P(f"indirect start right after a quote mark: {st!r}")
            pos = i + len(st)
        nd = sum(q["kind"] == "direct" for q in k["quotes"])
        npass = passages(text)
        if nd != npass: P(f"direct quotes {nd} != quoted passages {npass}")
        tot["articles"] += 1; tot["persons"] += len(k["persons"]); tot["alias_groups"] += len(k["aliases"])
        tot["not_persons"] += len(k["not_persons"]); tot["orgs"] += len(k["orgs"]); tot["places"] += len(k["places"])
        tot["quotes"] += len(k["quotes"]); tot["direct"] += nd; tot["indirect"] += len(k["quotes"]) - nd
        tot["null_speaker"] += sum(q["speaker"] is None for q in k["quotes"]); tot["words"] += wc
    if problems:
        print("\n".join(problems)); print(f"{len(problems)} problem(s)"); sys.exit(1)
    print("OK", json.dumps(tot))

if __name__ == "__main__":
    main()
