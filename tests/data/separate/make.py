#!/usr/bin/env python3
"""Writes separate.jsonl: two house fires on one evening in one town, for
the event-clustering tests. Every sentence was written for this fixture.

    python3 tests/data/separate/make.py > tests/data/separate/separate.jsonl

Event `a`, a kitchen fire on Wrenfield Lane in Cordell late on Thursday 2
October 2025, is told by the town paper (it names the family's father and
his age). Event `b`, a garage fire on Pike Hollow Road across town the same
evening, is told by the town paper, which recalls the first fire and says
the two fires were not related, and by a TV station, which says the fire
was not connected to the one earlier. Neither report of `b` names a
person; both place the fire on Pike Hollow Road, the detail that joins
them (a report that says its incident is not another shares no words'
evidence with the other one's reports: only a person, an age or a scene
street joins it to another report). Fields: id, source, published, title, text, event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"sp-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text.strip(), "event": ev})


doc(0, "a", "cordell-gazette.example", "2025-10-03", "Family escapes kitchen fire",
    """CORDELL — A family of four escaped without injury when a fire broke out in the kitchen of their home late Thursday evening, the fire chief said.
Owen Tarrant, 41, said he smelled smoke, woke his wife and two children and got everyone onto the lawn before firefighters arrived.
Crews had the flames out within twenty minutes, but the kitchen was gutted and the family will stay with relatives.
The fire chief said the blaze appeared to have started near the stove.""")
doc(1, "b", "cordell-gazette.example", "2025-10-03", "Garage destroyed in second fire of the night",
    """CORDELL — A detached garage on Pike Hollow Road burned to the ground late Thursday evening, about an hour after a kitchen fire on the other side of town, the fire chief said.
No one was inside and no one was hurt. Firefighters kept the flames from spreading to the house next door.
The fire chief said the two fires were not related and that the cause of the garage fire was under investigation.""")
doc(2, "b", "wcdl-tv.example", "2025-10-03", "Fire levels garage on Pike Hollow Road",
    """CORDELL — Flames destroyed a garage on Pike Hollow Road late Thursday night, the fire chief said.
Nobody was hurt. Neighbors said they heard a series of small explosions before the roof caved in.
The chief said the fire was not connected to the one earlier that evening and that investigators would return in daylight.""")

for d in D:
    print(json.dumps(d))
