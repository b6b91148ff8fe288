#!/usr/bin/env python3
"""Own checker for probe_people12 (written blind by the probe writer).

1. builds expected.json from the compact key sheets in _keys/*.txt (if --build)
2. verifies against every article:
   - every quote start occurs verbatim, and starts appear in text order
   - every person, alias and not_person string occurs in the text
   - every alias group's first element is a listed person; quote speakers are persons (or null)
   - direct-quote count == number of quoted passages (a paragraph ending with an open
     quotation that continues in the next paragraph counts once)
   - word counts 300-400
"""
import json, re, sys, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))

def parse_sheets():
    out = {}
    cur = None
    for fn in sorted(glob.glob(os.path.join(HERE, '_keys', '*.txt'))):
        for line in open(fn, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            if line.startswith('=== '):
                cur = line[4:].strip()
                out[cur] = {'persons': [], 'aliases': [], 'not_persons': [], 'orgs': [], 'places': [], 'quotes': []}
                continue
            tag, _, rest = line.partition(': ')
            e = out[cur]
            if tag == 'P':
                e['persons'] += [x.strip() for x in rest.split('|') if x.strip()]
            elif tag == 'A':
                canon, _, al = rest.partition(' = ')
                e['aliases'].append([canon.strip()] + [x.strip() for x in al.split(';') if x.strip()])
            elif tag == 'N':
                e['not_persons'] += [x.strip() for x in rest.split('|') if x.strip()]
            elif tag == 'O':
                e['orgs'] += [x.strip() for x in rest.split('|') if x.strip()]
            elif tag == 'L':
                e['places'] += [x.strip() for x in rest.split('|') if x.strip()]
            elif tag == 'Q':
                kind, sk, spk, start = rest.split('|', 3)
                e['quotes'].append({'start': start, 'speaker': None if spk == '-' else spk,
                                    'kind': {'d': 'direct', 'i': 'indirect'}[kind],
                                    'speaker_kind': {'pf': 'public_figure', 'mp': 'member_of_public'}[sk]})
            elif tag == 'C':
                e['_comment'] = rest
            else:
                raise SystemExit('bad line in %s: %r' % (fn, line))
    return out

NOTES = {
    "written_by": "kabar blind-probe helper (journalist-turned-tester role), session-spawned helper agent",
    "date": "2026-12-07",
    "blind": "Written blind: no code, tests, benchmarks or fixtures of the project (/work/main, /work/wt-*, src/, tests/, benchmarks/) were opened. All articles are original fiction with invented people; real institutions, places, brands and buildings appear only as settings. No text copied from any source.",
    "conventions": [
        "persons: canonical full name as first given in the article, without honorifics/ranks/kinship titles (KH, Gus, Habib, Ustaz, Bli, Bang, Uda, Mas, Cak, Ning, dr., Irjen Pol., Haji) unless the element is part of the legal name itself (Balinese birth-order names I Wayan/Ni Luh, Batak 'br', Minang 'Sutan' when given as part of the name, Bugis 'Andi'). Deceased or historical people who are discussed (founders, namesakes) count as persons; people named only by initials do not. Journalists/editors in bylines and credit lines are not persons (listed in not_persons).",
        "aliases: only persons referred to in more than one form; every other form used (nickname, title+name, stage name, first name, surname).",
        "stage names: for performers the canonical name is the legal name when the article gives it; the stage name is an alias.",
        "quotes: one entry per contiguous quoted passage (a quotation split only by its attribution in the same paragraph is one quote; a quotation that runs over two paragraphs, the first left unclosed, is one quote) and one per reported-speech clause. 'start' for direct quotes = first words inside the quotation marks; for indirect quotes = first words of the reported content (after 'bahwa', the speech verb, 'Menurut X,'), copied exactly (case-sensitive). Starts are 3-8 words; a few complete sentences are shorter.",
        "questions asked in hearings (tanya hakim / anggota DPR) are direct quotes of the questioner; answers belong to the person answering. Reported questions ('menanyakan apakah ...') are not keyed.",
        "NOT quotes: negated speech ('tidak membantah', 'tidak menampik'), bare denials without a clause ('membantah tudingan tersebut'), 'menepis kabar/anggapan bahwa X' (X is the rumour, not the speaker's statement), refusals ('menolak berkomentar', 'enggan mengomentari', 'irit bicara'), reported questions, acts ('memuji', 'mendedikasikan'), scare-quoted terms, nested quotations inside another speaker's quote, institutional lead sentences and data attributions.",
        "speaker null = no identifiable person (unnamed official, institution's written statement).",
        "speaker_kind: public_figure = official, politician/candidate, expert, spokesperson, lawyer, executive, judge/prosecutor, professional athlete/coach, celebrity, religious leader with a public role, village head; member_of_public = resident, victim, relative, trader, worker, private defendant/witness, amateur.",
        "Some files carry a '_comment' explaining traps; it is documentation, not a key."
    ]
}

OPEN_CLOSE = '"'

def count_passages(text):
    n = 0
    open_ = False
    for para in text.split('\n\n'):
        c = para.count('"') + para.count('\u201c') + para.count('\u201d')
        if open_ and para.lstrip().startswith(('"', '\u201c')):
            # continuation of a multi-paragraph quote
            c -= 1
            open_ = False
            n += c // 2
            if c % 2:
                open_ = True
            continue
        n += (c + 1) // 2
        open_ = (c % 2 == 1)
    return n

def main():
    build = '--build' in sys.argv
    if build:
        keys = parse_sheets()
        d = {'_notes': NOTES}
        for k in sorted(keys):
            d[k] = keys[k]
        json.dump(d, open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    d = json.load(open(os.path.join(HERE, 'expected.json'), encoding='utf-8'))
    errs = 0
    tot = dict(files=0, words=0, persons=0, alias=0, notp=0, q=0, d=0, i=0, pf=0, mp=0, null=0)
    wc = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    for f in files:
        if f not in d:
            print('NO KEY', f); errs += 1
    for f, e in d.items():
        if f == '_notes':
            continue
        p = os.path.join(HERE, f)
        if not os.path.exists(p):
            print('MISSING FILE', f); errs += 1; continue
        t = open(p, encoding='utf-8').read()
        body = t
        w = len(t.split()); wc.append(w)
        if not 300 <= w <= 400:
            print('WORDS', f, w); errs += 1
        for s in e['persons'] + [a for g in e['aliases'] for a in g] + e['not_persons'] + e['orgs'] + e['places']:
            if s not in t:
                print('NOT IN TEXT', f, repr(s)); errs += 1
        for g in e['aliases']:
            if g[0] not in e['persons']:
                print('ALIAS CANON NOT PERSON', f, g[0]); errs += 1
        for s in e['persons']:
            if s in e['not_persons']:
                print('BOTH PERSON AND NOT', f, s); errs += 1
        pos = 0
        for q in e['quotes']:
            s = q['start']
            n = len(s.split())
            if n > 8:
                print('START TOO LONG', f, s); errs += 1
            if q['speaker'] is not None and q['speaker'] not in e['persons']:
                print('SPEAKER NOT PERSON', f, q['speaker']); errs += 1
            i = t.find(s, pos)
            if i < 0:
                print('START NOT FOUND (in order)', f, repr(s), 'anywhere:', s in t); errs += 1
            else:
                pos = i + 1
                if q['kind'] == 'direct' and t[i - 1] not in '"\u201c':
                    print('DIRECT START NOT AFTER QUOTE MARK', f, repr(s)); errs += 1
            tot['q'] += 1; tot[q['kind'][0]] += 1
            tot['pf' if q['speaker_kind'] == 'public_figure' else 'mp'] += 1
            if q['speaker'] is None: tot['null'] += 1
        nd = sum(1 for q in e['quotes'] if q['kind'] == 'direct')
        np_ = count_passages(t.split('\n', 4)[-1] if False else t)
        if nd != np_:
            print('DIRECT COUNT', f, 'keyed', nd, 'passages', np_); errs += 1
        tot['files'] += 1; tot['words'] += w
        tot['persons'] += len(e['persons']); tot['alias'] += len(e['aliases']); tot['notp'] += len(e['not_persons'])
    print(tot, 'words min/max', min(wc) if wc else None, max(wc) if wc else None)
    print('errors:', errs)
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
