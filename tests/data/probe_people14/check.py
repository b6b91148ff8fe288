#!/usr/bin/env python3
"""Verify expected.json against the article texts in this folder.

Checks, per article:
  * 300-400 words;
  * every persons / aliases / not_persons / orgs / places string occurs verbatim;
  * every alias group starts with a canonical name listed in persons;
  * every quote speaker is null or a canonical person;
  * every quote `start` is 3-8 words and occurs verbatim, in key order (each after the previous one);
  * direct starts sit right after an opening quotation mark, indirect ones do not;
  * the number of direct quotes equals the number of quoted passages, where a passage split
    only by its attribution inside one paragraph counts once, and scare-quoted terms listed
    in SCARE below are not passages.
Also checks that every *.txt file has a key and vice versa.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# quoted terms that are not speech (scare quotes, titles); file -> list of the quoted strings
SCARE = {
    "tempo_kpk-tersangka-dinas-pupr.txt": ["uang pelicin"],
    "suara_penyanyi-laras-somasi.txt": ["Rindu di Ujung Senja"],
    "merdeka_petinju-yopie-latumahina-wafat.txt": ["Si Tangan Besi"],
}
OPEN = '"\u201c'
CLOSE = '"\u201d'


def passages(text, fname):
    """Return list of (open_index, content) for quoted segments, merged per split attribution."""
    segs = []
    for para_start, para in iter_paras(text):
        i = 0
        cur = []
        while i < len(para):
            ch = para[i]
            if ch in OPEN:
                # find closing
                j = i + 1
                while j < len(para) and not (para[j] in CLOSE and (para[j] != '"' or True)):
                    j += 1
                cur.append((para_start + i, para_start + j, para[i + 1:j]))
                i = j + 1
            else:
                i += 1
        # drop scare terms
        cur = [c for c in cur if c[2] not in SCARE.get(fname, [])]
        merged = []
        for c in cur:
            if merged:
                gap = text[merged[-1][1] + 1:c[0]]
                if len(gap) <= 80 and '"' not in gap:
                    merged[-1] = (merged[-1][0], c[1], merged[-1][2] + ' ' + c[2])
                    continue
            merged.append(c)
        segs.extend(merged)
    return segs


def iter_paras(text):
    pos = 0
    for para in text.split('\n\n'):
        yield pos, para
        pos += len(para) + 2


def main():
    with open(os.path.join(HERE, 'expected.json'), encoding='utf-8') as handle:
        key = json.load(handle)
    txts = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    errs = []
    keyed = [k for k in key if not k.startswith('_')]
    for f in txts:
        if f not in key:
            errs.append(f'{f}: no key')
    for f in keyed:
        if f not in txts:
            errs.append(f'{f}: key but no file')
    tot = dict(words=0, persons=0, quotes=0, direct=0, indirect=0, null=0)
    for f in keyed:
        if f not in txts:
            continue
        with open(os.path.join(HERE, f), encoding='utf-8') as handle:
            text = handle.read()
        k = key[f]
        nw = len(text.split())
        tot['words'] += nw
        if not 300 <= nw <= 400:
            errs.append(f'{f}: {nw} words')
        persons = k['persons']
        tot['persons'] += len(persons)
        if len(set(persons)) != len(persons):
            errs.append(f'{f}: duplicate person')
        for field in ('persons', 'not_persons', 'orgs', 'places'):
            for s in k[field]:
                if s not in text:
                    errs.append(f'{f}: {field} string not in text: {s!r}')
        for p in persons:
            if p in k['not_persons']:
                errs.append(f'{f}: {p!r} both person and not_person')
        for grp in k['aliases']:
            if grp[0] not in persons:
                errs.append(f'{f}: alias group head not a person: {grp[0]!r}')
            for s in grp:
                if s not in text:
                    errs.append(f'{f}: alias not in text: {s!r}')
        pos = 0
        ndirect = 0
        for q in k['quotes']:
            tot['quotes'] += 1
            tot[q['kind']] += 1
            if q['speaker'] is None:
                tot['null'] += 1
            elif q['speaker'] not in persons:
                errs.append(f'{f}: speaker not a person: {q["speaker"]!r}')
            if q['kind'] not in ('direct', 'indirect'):
                errs.append(f'{f}: bad kind {q["kind"]}')
            if q['speaker_kind'] not in ('public_figure', 'member_of_public'):
                errs.append(f'{f}: bad speaker_kind {q["speaker_kind"]}')
            nwq = len(q['start'].split())
            if not 3 <= nwq <= 8:
                errs.append(f'{f}: start length {nwq}: {q["start"]!r}')
            idx = text.find(q['start'], pos)
            if idx < 0:
                where = 'not in text' if q['start'] not in text else 'out of order'
                errs.append(f'{f}: quote start {where}: {q["start"]!r}')
                continue
            prev = text[idx - 1] if idx else ''
            if q['kind'] == 'direct':
                ndirect += 1
                if prev not in OPEN:
                    errs.append(f'{f}: direct start not after opening quote: {q["start"]!r}')
            else:
                if prev in OPEN:
                    errs.append(f'{f}: indirect start right after a quote mark: {q["start"]!r}')
            pos = idx + 1
        np_ = len(passages(text, f))
        if np_ != ndirect:
            errs.append(f'{f}: {ndirect} direct quotes but {np_} quoted passages')
    for e in errs:
        print(e)
    print(f"{len(keyed)} keyed articles, {len(txts)} txt files; words {tot['words']}; persons {tot['persons']}; "
          f"quotes {tot['quotes']} ({tot['direct']} direct, {tot['indirect']} indirect, {tot['null']} speaker null)")
    if errs:
        print(f'FAIL: {len(errs)} problem(s)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
