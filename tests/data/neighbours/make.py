#!/usr/bin/env python3
"""Writes neighbours.jsonl: incidents of one weekend in neighbouring towns,
told in British and American local-news forms, for the event-clustering
tests. Every sentence was written for this fixture; towns and people are
invented.

    python3 tests/data/neighbours/make.py > tests/data/neighbours/neighbours.jsonl

- `a`: a house fire early on Saturday 10 May 2025 "in Cresswell Road",
  Ashcombe (British form: no house number, "in" before the road), told
  by a local site and, the next day, by the fire service's statement.
- `b`: a flat fire the same morning in the neighbouring town of
  Brindley Heath, "in Marsh Lane", and the arson arrest the next day.
  Each report of `a` and `b` names its town once or twice; both are
  fires of one morning with the same words.
- `c`: a stabbing on Sunday 11 May in Kingsmead, a district of Ashcombe:
  one report names the district only, the other the town and the
  district ("the Kingsmead area of Ashcombe"). One incident.
- `d`: a robbery on Saturday 10 May at a shop on High Street, Brindley
  Heath, and `e`, a robbery the same day at a shop on High Street,
  Ashcombe: one street name in two towns.
Fields: id, source, published, title, text, event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"nb-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text.strip(), "event": ev})


doc(0, "a", "ashcombe-live.example", "2025-05-10", "Woman taken to hospital after house fire",
"""A woman was taken to hospital after fire broke out at a house in Cresswell Road, Ashcombe, in the early hours of Saturday.
Neighbours said they were woken by smoke alarms and shouting shortly before 6am.
The woman, who is in her sixties, was treated for smoke inhalation. Her condition is not thought to be serious.
The cause of the fire is being investigated.""")

doc(1, "a", "shire-courier.example", "2025-05-11", "Fire crews rescue pensioner from burning home",
"""Firefighters rescued a pensioner from a burning semi-detached house in Cresswell Road on Saturday morning.
Four crews were sent to the property at 5.52am and wearing breathing apparatus brought the woman out through the front door, the fire service said.
Station commander Priya Lal said the fire had started in a downstairs room. "Working smoke alarms gave her a chance," she said.
The house was badly damaged by smoke.""")

doc(2, "b", "shire-courier.example", "2025-05-10", "Flat badly damaged in Brindley Heath blaze",
"""Crews spent three hours tackling a blaze at a ground-floor flat in Marsh Lane, Brindley Heath, early on Saturday.
Firefighters were called at about 4am. Residents of the flats above were led out and no one was hurt.
The fire service said the fire was being treated as suspicious.""")

doc(3, "b", "ashcombe-live.example", "2025-05-11", "Man arrested on suspicion of arson after flat fire",
"""A 38-year-old man has been arrested on suspicion of arson after a fire at a flat in Marsh Lane on Saturday morning, police said.
Residents had to leave their homes in the early hours as smoke filled the stairwell.
The man remains in custody. Detectives have asked anyone with doorbell footage from the street to get in touch.""")

doc(4, "c", "ashcombe-live.example", "2025-05-12", "Teenager stabbed in Kingsmead",
"""A 17-year-old boy was stabbed in Kingsmead on Sunday evening, police have said.
He was found with a wound to his back near a parade of shops at about 8.15pm and taken to hospital, where he is in a stable condition.
A cordon was put in place while officers searched the area. No arrests have been made.""")

doc(5, "c", "shire-courier.example", "2025-05-12", "Boy, 17, hurt in Sunday night stabbing",
"""Police have appealed for witnesses after a 17-year-old boy was stabbed in the Kingsmead area of Ashcombe on Sunday night.
Officers were called to the parade of shops just after 8pm. The boy was taken to hospital with a back wound that is not thought to be life-threatening.
Detective Sergeant Ian Marsh said: "We believe a group of young men ran off towards the park.\"""")

doc(6, "d", "shire-courier.example", "2025-05-11", "Shop worker threatened with knife in Brindley Heath raid",
"""A shop worker was threatened with a knife during a robbery at a convenience store on High Street, Brindley Heath, on Saturday afternoon.
The robber took cash from the till and ran off towards the railway station, police said.
The worker was shaken but not hurt. Police want to speak to a man in a grey hooded top.""")

doc(7, "e", "ashcombe-live.example", "2025-05-11", "Cash taken in knifepoint robbery at Ashcombe shop",
"""Police are hunting a robber who threatened staff with a knife at a newsagent on High Street, Ashcombe, on Saturday evening.
The man demanded cash and cigarettes before running off, a police spokesman said.
No one was hurt. Officers are reviewing CCTV from nearby businesses.""")

for d in D:
    print(json.dumps(d))
