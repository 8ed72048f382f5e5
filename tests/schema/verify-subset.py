#!/usr/bin/env python3
"""Independent check that a pruned schema is a subset of tei_all.rng.

    verify-subset.py TEI_ALL_RNG PRUNED_RNG

Verifies, without sharing code with xslt/tools/odd-subset.xsl, that every
define of PRUNED_RNG exists in TEI_ALL_RNG under the same name and is the
original pattern changed only by narrowing edits:
  - alternatives removed from a <choice> (a choice left with one alternative
    may be unwrapped),
  - <optional>/<zeroOrMore> members removed from a group-like pattern
    (replaced by <empty/> inside a choice or when nothing else is left),
  - a <oneOrMore> of one pattern replaced by that pattern (X matches a subset
    of X+),
  - nothing else: names, attributes, datatypes and values are compared
    verbatim.
It also checks that every <ref> has a define and that the grammar attributes
are unchanged. Since every edit only narrows, each document valid against
PRUNED_RNG is valid against TEI_ALL_RNG. Exit 0 if so, 1 otherwise.
"""
import sys
import xml.etree.ElementTree as ET

R='{http://relaxng.org/ns/structure/1.0}'
NC={'anyName','name','nsName'}
def load(p):
    g=ET.parse(p).getroot()
    return g,{d.get('name'):d for d in g.findall(R+'define')}
if len(sys.argv) != 3:
    sys.exit(__doc__)
ig,idefs=load(sys.argv[1]); og,odefs=load(sys.argv[2])
def kids(e): return [k for k in e if k.tag.startswith(R)]
def tag(e): return e.tag[len(R):]
def same(a,b):  # verbatim equality of rng subtrees
    if a.tag!=b.tag or a.attrib!=b.attrib: return False
    if tag(a) in ('value','param') and (a.text or '')!=(b.text or ''): return False
    ka,kb=kids(a),kids(b)
    return len(ka)==len(kb) and all(same(x,y) for x,y in zip(ka,kb))
def is_empty(e): return tag(e)=='empty' and not kids(e)
def narrows(o,i):
    """True if pattern o matches a subset of what i matches, by allowed edits."""
    if tag(o)=='empty' and tag(i) in ('optional','zeroOrMore'): return True
    if tag(i)=='oneOrMore' and tag(o)!='oneOrMore' and len(kids(i))==1:  # X for X+
        return narrows(o,kids(i)[0])
    if tag(i)=='choice' and tag(o)!='choice':      # unwrapped single survivor
        return any(narrows(o,b) for b in kids(i))
    if o.tag!=i.tag or o.attrib!=i.attrib: return False
    t=tag(o)
    if t in ('text','empty','data','value','ref','anyName','name','nsName'):
        return same(o,i)
    if t=='choice':  # each output branch narrows a distinct input branch, in order
        ib=kids(i); j=0
        for b in kids(o):
            while j<len(ib) and not narrows(b,ib[j]): j+=1
            if j==len(ib): return False
            j+=1
        return True
    # group-like: output members = input members minus removed optional/zeroOrMore,
    # possibly plus a trailing <empty/> when nothing is left
    om=kids(o); im=kids(i); j=0
    if t=='attribute' and not im: return not om
    for m in om:
        while j<len(im) and not narrows(m,im[j]):
            if tag(im[j]) not in ('optional','zeroOrMore'):
                if not (is_empty(m) and m is om[-1]): return False
                break
            j+=1
        if j<len(im) and narrows(m,im[j]): j+=1
        elif not (is_empty(m) and m is om[-1]): return False
    return all(tag(x) in ('optional','zeroOrMore') for x in im[j:])
bad=0
for n,d in odefs.items():
    if n not in idefs: print('new define',n); bad+=1; continue
    if not narrows(d,idefs[n]): print('not narrowing:',n); bad+=1
for r in og.iter(R+'ref'):
    if r.get('name') not in odefs: print('dangling ref',r.get('name')); bad+=1
for e in og.iter():
    if not e.tag.startswith(R): print('foreign',e.tag); bad+=1
if og.attrib!=ig.attrib: print('grammar attrs differ'); bad+=1
istart={r.get('name') for r in ig.find(R+'start').iter(R+'ref')}
for e in og.find(R+'start').iter():
    if tag(e) not in ('start','choice','ref') or (tag(e)=='ref' and e.get('name') not in istart):
        print('start pattern is not a narrowing of tei_all\'s:', tag(e), e.get('name')); bad+=1
print('verify-subset: %d defines, %d problems' % (len(odefs), bad))
sys.exit(1 if bad else 0)
