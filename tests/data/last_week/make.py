#!/usr/bin/env python3
"""Writes last_week.jsonl: follow-ups that name their incident's time only
as "last week", among other incidents of one town in those weeks, for the
event-clustering tests. Every sentence was written for this fixture.

    python3 tests/data/last_week/make.py > tests/data/last_week/last_week.jsonl

Event `a`, a house fire early on Tuesday 4 March 2025 on Tanner Street in
Harlow Creek that killed a retired bus driver, is reported that morning
and again nine days later, when his funeral is held "on Wednesday" and the
report says only that he died "in a fire at his home last week".

Event `b`, a shooting late on Saturday 8 March 2025 on Corliss Avenue in
Harlow Creek, is reported the next day and again on Thursday 13 March,
when a man is charged "in the shooting on Corliss Avenue last week",
arrested "on Tuesday".

Event `c`, a kitchen fire early on Thursday 13 March 2025 on Wexley Road
in the same town, is reported once, the day both follow-ups appear.
Fields: id, source, published, title, text, event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"lw-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text.strip(), "event": ev})


doc(0, "a", "harlow-gazette.example", "2025-03-04", "Man dies in early morning house fire",
"""HARLOW CREEK, Ind. — A man died early Tuesday when fire swept through a two-story home on Tanner Street, the Harlow Creek Fire Department said.
Crews were called at about 4:10 a.m. and found flames coming from the front windows. Firefighters carried the man out, but he was pronounced dead at the scene.
A neighbor said the man lived alone and had retired from driving a city bus.
The state fire marshal's office is helping to determine the cause.""")

doc(1, "a", "wrcv-news.example", "2025-03-13", "Mourners remember retired bus driver killed in Tanner Street fire",
"""HARLOW CREEK, Ind. — Dozens of former passengers joined family members on Wednesday for the funeral of Walter Brandt, 67, who died in a fire at his home on Tanner Street last week.
Brandt drove the number 4 bus through Harlow Creek for 31 years and knew many riders by name, his daughter said.
"He would wait an extra minute for anyone running for the stop," said Loretta Gaines, who rode his route for a decade.
Fire investigators have said a space heater in the bedroom most likely started the blaze.""")

doc(2, "b", "harlow-gazette.example", "2025-03-09", "Man wounded in Corliss Avenue shooting",
"""HARLOW CREEK, Ind. — A 24-year-old man was shot late Saturday on Corliss Avenue and taken to a hospital in serious condition, police said.
Officers responded to reports of gunfire at about 11:30 p.m. and found the man in a parked car with a wound to his leg.
Police did not release his name. Investigators believe the shooting followed an argument outside a bar.""")

doc(3, "b", "wrcv-news.example", "2025-03-13", "Suspect charged in Corliss Avenue shooting",
"""HARLOW CREEK, Ind. — A Harlow Creek man has been charged with attempted murder in the shooting on Corliss Avenue last week that left a 24-year-old man badly hurt.
Dante Keller, 29, was arrested on Tuesday at an apartment on the north side of town, police said. Detectives said surveillance video from the bar showed the two men arguing minutes before the gunfire.
Keller is being held in the county jail on a $250,000 bond.""")

doc(4, "c", "harlow-gazette.example", "2025-03-13", "Kitchen fire damages home on Wexley Road",
"""HARLOW CREEK, Ind. — Fire caused heavy damage to a home on Wexley Road early Thursday, but the family of four inside escaped unhurt, the Harlow Creek Fire Department said.
The fire started on the stove in the kitchen shortly after 6 a.m. and spread to the attic before crews knocked it down, officials said.
The Red Cross is helping the family with a place to stay.""")

for d in D:
    print(json.dumps(d))
