#!/usr/bin/env python3
"""Writes streets.jsonl: one shooting whose reports name different streets
and different people, among similar shootings the same week, for the
event-clustering tests. Every sentence was written for this fixture.

    python3 tests/data/streets/make.py > tests/data/streets/streets.jsonl

Event `a`, a shooting late on Saturday 14 June 2025 outside a corner store
at Larch Street and Quimby Avenue in Braymoor, is reported as:

- a wire item that places it on Larch Street and names no one;
- a local paper's report that names the dead man and his cousin with
  their ages, the street he lived on ("a Quimby Avenue man") and the
  hospital's street, but not the street of the shooting;
- a TV station's report the next day that places it near Quimby Avenue
  (the cross street) and names the corner further down;
- a county paper's report a week later of the arrest, which gives the
  suspect's name and age and none of the victims' names.

Around it: a shooting the same night in another town, on a street of the
same name (`b`); a second shooting in Braymoor the same night on another
street (`c`); and a shooting in Braymoor a week later on Larch Street again,
of a man with the dead man's surname and another age (`d`); and a party
shooting in the other town ten days later (`e`), whose reports, like the
first town's, say "Castlebury police said" (the name finder reads a person
"Castlebury" there). Fields: id,
source, published, title, text, event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"st-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text.strip(), "event": ev})


# Event a: the corner-store shooting in Braymoor, told four ways.
doc(0, "a", "wire.example", "2025-06-15", "1 dead, 1 hurt in Kentucky shooting",
"""BRAYMOOR, Ky. (AP) — A man was killed and a woman was wounded late Saturday in a shooting on Larch Street, police said.
Officers found both victims on the sidewalk when they arrived shortly after 11 p.m.
Their names were not released. No one had been arrested by Sunday morning.""")

doc(1, "a", "braymoor-courier.example", "2025-06-15", "Quimby Avenue man killed, cousin hurt in late-night gunfire",
"""BRAYMOOR, Ky. — A Quimby Avenue man died and his cousin was hurt when someone opened fire on a group standing outside a corner store late Saturday, Braymoor police said.
Marcus Hill, 23, was pronounced dead at Halden Memorial Hospital on Dunmore Boulevard a little after midnight. His cousin, Angela Hill, 19, was treated for a wound to her arm and released.
Witnesses told officers a dark sedan slowed down in front of the store and someone inside fired several times before it sped away.
"He was just getting a soda. He wasn't bothering anybody," said Angela Hill's mother, who asked that her first name not be used.
Police have asked anyone with doorbell camera video from the neighborhood to call detectives.""")

doc(2, "a", "wkbr-tv.example", "2025-06-16", "Police name man killed in Saturday shooting",
"""BRAYMOOR, Ky. — Police on Sunday named the man shot dead late Saturday near Quimby Avenue as Marcus Hill, 23.
Hill and a 19-year-old relative were standing outside the Pick-Quik store at Larch Street and Quimby Avenue when a car pulled up and someone inside started shooting, detectives said.
Hill's relative is expected to recover.
Neighbors said the corner has been quiet for years. "You hear about this on the news, not on your own block," one said.
Detectives said they were looking for a dark four-door sedan.""")

doc(3, "a", "harlan-county-herald.example", "2025-06-21", "Arrest made in deadly Braymoor store shooting",
"""BRAYMOOR, Ky. — Police on Friday arrested a man in the June 14 shooting on Larch Street that killed one person and wounded another outside a corner store.
Derrick Moss, 31, was taken into custody at a house on the east side of town without a struggle, according to a police statement. He is charged with murder and assault.
Investigators traced the car seen leaving the scene to a relative of Moss, the statement said.
Moss is being held at the county jail. A court date has not been set.""")

# Event b: the same night, another town, a street of the same name.
doc(4, "b", "wire.example", "2025-06-15", "Man shot dead in Castlebury",
"""CASTLEBURY, Ky. (AP) — A man was shot and killed late Saturday at a house party on Larch Street, Castlebury police said.
Jerome Banks, 28, died at the scene. Police said the shooting followed an argument at a house party.
No arrests have been made.""")

doc(5, "b", "castlebury-daily.example", "2025-06-16", "Party argument ends in fatal shooting",
"""CASTLEBURY, Ky. — An argument at a house party on Larch Street turned deadly late Saturday when a guest pulled a handgun, Castlebury police said.
Jerome Banks, 28, was hit twice in the chest and died before paramedics arrived.
Guests told officers the shooter left on foot. Police said they know who he is and expect an arrest soon.""")

# Event c: the same night in Braymoor, another street.
doc(6, "c", "braymoor-courier.example", "2025-06-15", "Teen wounded in separate Braymoor shooting",
"""BRAYMOOR, Ky. — A 16-year-old boy was shot in the leg late Saturday on Orchard Road, police said, about an hour after the deadly gunfire outside a store across town.
The boy was riding his bike home when a man stepped out from between two houses and fired, police said.
Detectives do not believe the two shootings are related.""")

doc(7, "c", "wkbr-tv.example", "2025-06-16", "Boy on bicycle shot in the 900 block of Orchard Road",
"""BRAYMOOR, Ky. — A teenager riding his bicycle was shot in the 900 block of Orchard Road late Saturday night, police said.
He was hit in the leg and is in stable condition. The gunman ran off between the houses.
Police said the shooting was not connected to the one earlier that night in which one man died.""")

# Event d: a week later, Larch Street again, a man of the same surname.
doc(8, "d", "braymoor-courier.example", "2025-06-22", "Man wounded on Larch Street a week after deadly shooting",
"""BRAYMOOR, Ky. — A man was shot and wounded early Sunday on Larch Street, a week after a deadly shooting a few blocks away, police said.
Kevin Hill, 44, was shot in the shoulder while walking to his car. He is expected to survive.
Police said they did not know whether the two shootings were related.""")

doc(9, "d", "wkbr-tv.example", "2025-06-22", "Larch Street shooting wounds man, 44",
"""BRAYMOOR, Ky. — Gunfire on Larch Street early Sunday left a 44-year-old man wounded, police said.
Kevin Hill, 44, told officers he did not see who fired. He was treated at Halden Memorial Hospital.
Officers found several shell casings near a parked van.""")

# Event e: ten days later in Castlebury, another party shooting on another
# street; both towns' reports say "Castlebury police said", which the name
# finder reads as a person named Castlebury.
doc(10, "e", "wire.example", "2025-06-25", "Woman shot dead at Castlebury party",
"""CASTLEBURY, Ky. (AP) — A woman was shot and killed late Tuesday at a birthday party on Kestrel Avenue, Castlebury police said.
Renee Doyle, 36, died at the scene after an argument among guests, Castlebury police said.
A man was taken into custody a short time later.""")

doc(11, "e", "castlebury-daily.example", "2025-06-26", "Party argument ends in fatal shooting on Kestrel Avenue",
"""CASTLEBURY, Ky. — An argument at a house party on Kestrel Avenue turned deadly late Tuesday when a guest pulled a handgun, Castlebury police said.
Renee Doyle, 36, was hit once and died before paramedics arrived.
Guests told officers the shooter was a relative of the host. Castlebury police said a man was arrested within the hour.""")

for d in D:
    print(json.dumps(d))
