#!/usr/bin/env python3
"""Writes datelines.jsonl: two barn fires on one night in two towns, each
told twice under datelines in the forms wire services and local papers use,
for the event-clustering tests. Every sentence was written for this fixture.

    python3 tests/data/datelines/make.py > tests/data/datelines/datelines.jsonl

Event `a`, a dairy barn fire outside Tillbrook, Ohio, late on Tuesday 9
September 2025, is told by a wire item under a title-case dateline
("Tillbrook, Ohio (AP) —") and by the county paper under one in capitals
("TILLBROOK, Ohio —"). Event `b`, a horse barn fire the same night outside
Oakvale, Indiana, is told under "Oakvale, Ind. (AP) —" and "Oakvale, Ind. —".
Each report names its town only in its dateline: the dateline is the only
evidence of where it happened. Fields: id, source, published, title, text,
event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"dl-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text.strip(), "event": ev})


doc(0, "a", "wire.example", "2025-09-10", "Fire destroys barn, kills livestock",
    """Tillbrook, Ohio (AP) — A fire destroyed a large barn on a family farm late Tuesday, killing dozens of animals, the fire chief said.
Crews from three departments fought the flames for more than four hours before the roof collapsed.
The farmer and his family were asleep in the house and were not hurt, the chief said.
The cause of the fire is under investigation, and the state fire marshal's office was called to the scene.
Neighbors said the family had farmed the land for four generations.""")
doc(1, "a", "county-ledger.example", "2025-09-10", "Overnight fire levels farm's barn",
    """TILLBROOK, Ohio — Flames swept through a barn on a family farm late Tuesday night, and dozens of dairy cows died inside, the fire chief said Wednesday.
Firefighters from three departments battled the blaze for hours before the roof fell in.
No people were hurt; the family was asleep in the farmhouse when a neighbor called 911.
The state fire marshal's office is trying to find what started the fire.
The family has farmed the land for four generations, neighbors said.""")
doc(2, "b", "wire.example", "2025-09-10", "Barn fire kills horses",
    """Oakvale, Ind. (AP) — A fire destroyed a large barn on a family farm late Tuesday, killing several horses, the fire chief said.
Crews from two departments fought the flames for more than three hours before the roof collapsed.
The owner was away at a fair and no people were hurt, the chief said.
The cause of the fire is under investigation, and the state fire marshal's office was called to the scene.
The farm has boarded and trained horses for decades.""")
doc(3, "b", "valley-times.example", "2025-09-11", "Horses die in overnight barn fire",
    """Oakvale, Ind. — Flames swept through a horse barn on a family farm late Tuesday night, and several horses died inside, the fire chief said Wednesday.
Firefighters from two departments battled the blaze for hours before the roof fell in.
No people were hurt; the owner was away at a county fair when a passing driver called 911.
The state fire marshal's office is trying to find what started the fire.
The farm has boarded and trained horses for decades, neighbors said.""")

for d in D:
    print(json.dumps(d))
