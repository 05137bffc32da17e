#!/usr/bin/env python3
"""Writes localities.jsonl: a stream of short local reports of similar
incidents over three days in suburbs and small towns no gazetteer holds,
in Queensland, Greater Manchester and Texas forms, for the
event-clustering tests. Every sentence was written for this fixture;
places and people are invented.

    python3 tests/data/localities/make.py > tests/data/localities/localities.jsonl

Ten incidents, half of them told once:
- `a`: a two-car crash at Kooringal Ridge, "west of Brisbane" (three
  reports: the suburb's, the city's "in Brisbane's west", the victims
  named the next day "at Kooringal Ridge in Brisbane's west").
- `b`: a crash the same afternoon at Yallambee Flats, a suburb no report
  of `a` names (told once).
- `c`: a stabbing in Thistlewood, Greater Manchester (two reports: the
  district's, and "a Thistlewood teenager" in the arrest report).
- `d`: a stabbing the same evening in Oakhurst Vale (told once).
- `e`: a drowning at Coral Shoals on the Gold Coast (told once).
- `f`: a boy who went under at Bressler Lake near Calloway, Texas (two
  reports: the search, the recovery naming "a Calloway boy").
- `g`: a house fire in Brindleford (told once).
- `h`: a knifepoint robbery of a service station at Mintaro Vale (two
  reports, the second the charge).
- `i`: a missing pensioner found safe in Penhallow (told once).
- `j`: a shooting outside a bar, "Redwater police said" (two reports).
Fields: id, source, published, title, text, event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"lc-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text.strip(), "event": ev})


doc(0, "a", "brisbane-now.example", "2026-06-06", "Two hurt in Kooringal Ridge crash",
"""Two people were taken to hospital after a crash between a ute and a small hatchback at Kooringal Ridge, west of Brisbane, on Saturday afternoon.
Paramedics were called to the intersection about 2.40pm. The driver of the hatchback, a woman in her forties, was trapped for almost an hour before fire crews cut her free.
The ute's driver was treated for chest injuries. The Forensic Crash Unit is investigating.""")

doc(1, "a", "sunshine-wire.example", "2026-06-06", "Woman freed from wreck after ute collision",
"""Firefighters spent nearly an hour cutting a woman from her car after it collided with a ute in Brisbane's west on Saturday.
The crash happened at a roundabout on Kooringal Road shortly before 3pm, Queensland Police said.
She was flown to hospital with leg and pelvic injuries. The other driver, a man, suffered chest injuries.""")

doc(2, "a", "brisbane-now.example", "2026-06-07", "Kooringal Ridge crash victims named as police appeal for footage",
"""Police have named the two people hurt in Saturday's crash at Kooringal Ridge in Brisbane's west as Dana Whitlock, 44, and Ben Osei, 52.
Whitlock remains in hospital in a serious but stable condition. Osei has been released.
Detectives are asking anyone with dashcam footage of the roundabout to come forward.""")

doc(3, "b", "sunshine-wire.example", "2026-06-06", "Motorcyclist injured in Yallambee Flats crash",
"""A motorcyclist has been seriously injured in a crash with a four-wheel-drive at Yallambee Flats on Saturday afternoon.
Emergency services were called to the scene about 3.15pm. The rider, a man in his twenties, was taken to hospital with head and leg injuries.
The driver of the four-wheel-drive was not hurt. Police are investigating the cause of the collision.""")

doc(4, "c", "northwest-echo.example", "2026-06-06", "Teenager stabbed in Thistlewood",
"""A 17-year-old boy was stabbed in Thistlewood on Saturday evening, police said.
Officers were called at about 7.20pm after reports of a fight between groups of young men near a parade of shops.
The boy suffered a wound to his leg and was taken to hospital, where his injuries are not thought to be life-threatening.""")

doc(5, "c", "manchester-daily.example", "2026-06-07", "Boy, 16, arrested after Thistlewood teenager stabbed",
"""A 16-year-old boy has been arrested on suspicion of wounding after a Thistlewood teenager was stabbed on Saturday evening.
The victim, 17, was attacked during a fight near shops and suffered a leg wound. He remains in hospital.
Detectives said the two boys knew each other and there was no wider threat to the public.""")

doc(6, "d", "manchester-daily.example", "2026-06-06", "Man stabbed in Oakhurst Vale",
"""A man was stabbed in Oakhurst Vale on Saturday evening, police said.
Officers were called to reports of a disturbance outside a takeaway at about 9pm and found a man in his thirties with a stab wound to his back.
He was taken to hospital, where he is in a stable condition. No arrests have been made.""")

doc(7, "e", "gold-coast-daily.example", "2026-06-07", "Swimmer drowns at Coral Shoals",
"""A man has drowned while swimming at Coral Shoals on the Gold Coast on Sunday morning.
Lifeguards were alerted about 7.30am to a swimmer in trouble outside the flagged area. He was brought to shore and given CPR but could not be revived.
The man, believed to be in his sixties, was a regular early swimmer at the beach, locals said.""")

doc(8, "f", "lonestar-news.example", "2026-06-07", "Divers search Bressler Lake for boy who went under",
"""Divers were searching Bressler Lake near Calloway on Saturday night for a 13-year-old boy who went under while swimming with friends.
The boy was seen struggling about 50 yards from shore around 6 p.m., according to the county sheriff's office.
Friends tried to reach him but could not. The search was expected to resume at first light.""")

doc(9, "f", "lonestar-news.example", "2026-06-08", "Body of Calloway boy recovered from lake",
"""The body of a Calloway boy who went under while swimming at Bressler Lake was recovered on Sunday morning, the sheriff's office said.
Divers found him in about 15 feet of water not far from where he was last seen.
The 13-year-old was an eighth-grader at Calloway Middle School. Counselors will be available for students on Monday.""")

doc(10, "g", "manchester-daily.example", "2026-06-07", "Family escape as fire guts home in Brindleford",
"""A family of four escaped unhurt after fire gutted their home in Brindleford in the early hours of Sunday.
Four fire engines were sent to the semi-detached house at about 2am. The fire is believed to have started in the kitchen.
A fire service spokesman said the family had been woken by a smoke alarm.""")

doc(11, "h", "sunshine-wire.example", "2026-06-06", "Service station robbed at knifepoint at Mintaro Vale",
"""A man armed with a knife has robbed a service station at Mintaro Vale on Saturday night.
Police said the man threatened the attendant about 10.50pm and left with cash and cigarettes. The attendant was not hurt.
The man was wearing a grey hooded jumper and dark tracksuit pants.""")

doc(12, "h", "brisbane-now.example", "2026-06-08", "Teen charged over Mintaro Vale service station robbery",
"""A 19-year-old man has been charged over the armed robbery of a service station at Mintaro Vale on Saturday night.
Police will allege the man threatened a worker with a knife before fleeing with cash and cigarettes.
He is due to appear in court on Monday.""")

doc(13, "i", "valleys-online.example", "2026-06-07", "Missing pensioner found safe in Penhallow",
"""An 81-year-old man who went missing from his home has been found safe and well in Penhallow, police said.
He was last seen on Saturday afternoon and was found on Sunday morning by a dog walker about a mile from his home.
His family thanked everyone who had helped search overnight.""")

doc(14, "j", "lonestar-news.example", "2026-06-07", "Man shot outside bar after argument",
"""A man was shot outside a bar late Saturday after an argument in the parking lot, Redwater police said.
Officers found the 31-year-old man with a gunshot wound to his stomach shortly after 11:40 p.m. He was taken to a hospital in critical condition.
Police said the shooter drove off in a silver sedan.""")

doc(15, "j", "texas-metro.example", "2026-06-08", "Police seek driver of silver sedan after bar shooting",
"""Redwater police are looking for the driver of a silver sedan after a man was shot outside a bar on Saturday night.
The victim, 31, was in critical but stable condition Sunday. Witnesses told officers the two men had argued inside before the shooting.
Anyone with information is asked to call the department's tip line.""")

for d in D:
    print(json.dumps(d, ensure_ascii=False))
