#!/usr/bin/env python3
"""Where each gold 'disagree' pair of a blind corpus is lost (aggregate counts;
--show prints each pair, for LOOK parts only):
    loss.py INPUT GOLD REPORT TRACE [--show]
TRACE is the stderr of `CONCORD_TRACE=1 concord report ...`."""
import json, sys
from collections import Counter, defaultdict
args=[a for a in sys.argv[1:] if not a.startswith('--')]
show='--show' in sys.argv
docs=[json.loads(l) for l in open(args[0]) if l.strip()]
byid={d['id']:(k,d) for k,d in enumerate(docs)}
gold=[json.loads(l) for l in open(args[1]) if l.strip()]
rep=json.load(open(args[2]))
M=defaultdict(list); P=defaultdict(list); X=set(); A={}
for l in open(args[3]):
    t=l.rstrip('\n').split('\t')
    if t[0]=='M': M[int(t[1])].append((int(t[2]),int(t[3]),t[4],t[5]))
    elif t[0]=='P':
        a=(int(t[1]),int(t[2])); b=(int(t[3]),int(t[4]))
        P[(a,b)].append(t[6]); P[(b,a)].append(t[6])
    elif t[0]=='X': X.add((int(t[1]),int(t[2])))
    elif t[0]=='A': A[(int(t[1]),int(t[2]))]=t[3]
def span(text,sub):
    i=text.find(sub)
    if i<0: return None
    s=len(text[:i].encode()); return s,s+len(sub.encode())
ev_of={}; men={}
for ev in rep['events']:
    for fi,f in enumerate(ev['facts']):
        for vi,v in enumerate(f['values']):
            for m in v['mentions']:
                ev_of[m['doc']]=ev['id']
                men[(m['doc'],m['start'])]=((ev['id'],fi),vi,f.get('status'))
    for d in ev.get('documents',[]):
        ev_of[d if isinstance(d,str) else d.get('id')]=ev['id']
RANK=['split-events','no-fact','filtered-fixed','class','unexamined','states','ages','apart','notie','linked-lost-in-grouping','joined-same-value','flagged']
def rank(w): return RANK.index(w.split(':')[0])
c=Counter()
for g in gold:
    if g['kind']!='disagree': continue
    sides=[]
    for s in (g['a'],g['b']):
        k,d=byid[s['id']]; sides.append((k,s['id'],span(d['text'],s['text'])))
    if any(sp is None for _,_,sp in sides): c['gold-span-missing']+=1; continue
    (ka,ia,(a0,a1)),(kb,ib,(b0,b1))=sides
    ma=[m for m in M[ka] if m[0]<a1 and a0<m[1]]
    mb=[m for m in M[kb] if m[0]<b1 and b0<m[1]]
    best='no-fact' if ev_of.get(ia)==ev_of.get(ib) and ev_of.get(ia) else 'split-events'
    if best=='no-fact' and any((k,st)in X for k,_,(st,en) in sides): best='filtered-fixed'
    def up(w):
        nonlocal_best[0]=w if rank(w)>rank(nonlocal_best[0]) else nonlocal_best[0]
    nonlocal_best=[best]
    if best!='split-events' and ma and mb:
        up('class:'+ma[0][3].split('/')[0]+'-'+mb[0][3].split('/')[0] if ma[0][3].split('/')[0]!=mb[0][3].split('/')[0] else 'class:differs')
        for x in ma:
            for y in mb:
                if x[3]!=y[3]: continue
                rx=men.get((ia,x[0])); ry=men.get((ib,y[0]))
                if rx and ry and rx[0]==ry[0]:
                    if rx[1]!=ry[1] and rx[2] in('conflict','approximate'): up('flagged'); continue
                    if rx[1]==ry[1]: up('joined-same-value'); continue
                outs=P.get(((ka,x[0]),(kb,y[0])))
                if outs is None:
                    # ages of named people are taken before the buckets
                    # are weighed: say to whom each went
                    xa=A.get((ka,x[0])); ya=A.get((kb,y[0]))
                    if xa and ya: outs=['ages:given to two people or roles' if xa!=ya else 'ages:one person']
                    elif xa or ya: outs=['ages:one given to a person or role, the other left']
                    else: outs=['unexamined']
                for o in outs:
                    if o.startswith('linked:') and o!='linked:none': up('linked-lost-in-grouping')
                    elif o.startswith('apart:'): up(o)
                    elif o in('notie','states','unexamined') or o.startswith('ages:'): up(o)
    why=nonlocal_best[0]
    c[why]+=1
    if show and why!='flagged':
        print(why, '|', g['a']['text'], '|', g['b']['text'], '|', g.get('fact'))
for k,v in sorted(c.items(),key=lambda kv:(-kv[1],kv[0])): print(f'{v:4d} {k}')
