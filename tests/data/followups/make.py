#!/usr/bin/env python3
"""Writes followups.jsonl: first reports of local incidents and the
follow-ups that come days later, told in the forms that kept them apart
(the naming of the dead with no day stated, a charge "last week", a
victim identified on a street written with its quadrant), beside similar
incidents nearby, for the event-clustering tests. Every sentence was
written for this fixture; places and people are invented.

    python3 tests/data/followups/make.py > tests/data/followups/followups.jsonl

Eight incidents:
- `a`: a house fire in Brackmoor early on Sunday (two reports: the
  fire, and the couple killed named by police three days later, a
  report that states no day).
- `b`: a flat fire in Wexcombe, another town, on the Tuesday (told once,
  the day the couple of `a` are named).
- `c`: a cyclist killed by a van on Orrin Lane on a Thursday (two
  reports: the crash, and the driver charged the next Tuesday over the
  cyclist hit "last week", with a ban from an earlier month).
- `d`: a shooting on Corliss Avenue SE early on a Saturday (two reports:
  the first, "on Corliss Avenue SE near Dunmore Street", and the victim
  named the next day, who ran a studio on Pell Avenue).
- `e`: a stabbing in Harlby on the Monday, "a day after a fatal
  shooting elsewhere in the town", "not thought to be linked to the
  shooting" (told once), beside `f`: that shooting, in Harlby the night
  before (told once): one town, days next to each other, two kinds.
- `g`: a crash on Brantley Parkway by Hollin Road on a Saturday (three
  reports: the crash, a vigil two days later for the two killed when
  their car "was hit near Hollin Road", the driver indicted weeks later
  over the car hit "on Brantley Parkway on Sept. 19").
- `h`: a house fire on Quill Street on a Wednesday night (two reports:
  the fire, and a memorial garden planted "on Saturday, two weeks after
  a fire on Quill Street", published more than two weeks later).
Fields: id, source, published, title, text, event (gold).
"""
import json

D = []


def doc(i, ev, src, pub, title, text):
    D.append({"id": f"fu-{i:02d}", "source": src, "published": pub, "title": title,
              "text": text.strip(), "event": ev})


doc(0, "a", "moorside-post.example", "2026-09-06", "Brackmoor house fire leaves one dead, one in burns unit",
"""Firefighters carried a man and a woman from a burning semi-detached house in Brackmoor in the early hours of Sunday.
Crews wearing breathing apparatus reached the pair in a back bedroom of the house on Tanners Row shortly after 3am. The man could not be saved; the woman was taken to the regional burns unit.
Fire investigators and detectives are working together to establish how the blaze started.""")

doc(1, "a", "valley-courier.example", "2026-09-09", "Brackmoor fire victims named as relatives pay tribute",
"""Police have named the husband and wife killed in an arson attack on their semi-detached house on Tanners Row in Brackmoor as Colm Rafferty, 58, and Bernadette Rafferty, 55.
Firefighters in breathing apparatus reached the couple in a back bedroom, but Mr Rafferty was dead at the scene and his wife died later in the burns unit.
Mr Rafferty drove a delivery lorry for a builders' merchant and Mrs Rafferty volunteered at a hospice charity shop. Their grown-up son was away at university.
Relatives said: "They gave everything to the people around them and asked for nothing back."
A 33-year-old man held on suspicion of murder is still being questioned.""")

doc(2, "b", "valley-courier.example", "2026-09-09", "Family escape flat fire in Wexcombe",
"""A family of four escaped unhurt when fire broke out in their first-floor flat in Wexcombe on Tuesday evening.
Two engines from Wexcombe station were sent to Lindale Court just before 8pm. The fire started in a tumble dryer and was put out within half an hour.
Firefighters reminded residents never to leave dryers running overnight.""")

doc(3, "c", "harbourtown-news.example", "2026-09-03", "Cyclist killed in collision with van on Orrin Lane",
"""A cyclist was killed on Thursday morning when he was struck by a delivery van on Orrin Lane in Harbourtown, police said.
The crash happened at about 7.20am near the entrance to the recycling depot. The rider, a man in his sixties, died at the scene. The van driver stopped and helped officers.
Orrin Lane was shut for five hours while collision investigators examined the road.""")

doc(4, "c", "coastline-daily.example", "2026-09-08", "Van driver charged over death of Harbourtown cyclist",
"""Toby Wrenfield, 41, of Saltby, has been charged with causing death by careless driving after his van hit cyclist Lionel Abara on Orrin Lane last week.
Wrenfield is due before magistrates next month. Police said he had been given a driving ban in February that ended only weeks before the crash.
Mr Abara, 63, was a retired harbour pilot who cycled to the recycling depot every morning, his daughter said.""")

doc(5, "d", "lakeshore-beat.example", "2026-09-12", "Man found shot to death on Corliss Avenue SE in Marlport",
"""Marlport police are investigating the killing of a man found shot on Corliss Avenue SE near Dunmore Street early Saturday.
Officers called at 2:05 a.m. about gunfire found the man on the sidewalk with several wounds. He was pronounced dead at Marlport General.
No arrests had been made and police did not describe any suspects. Corliss Avenue SE was closed between Dunmore and Keel streets for most of the morning.""")

doc(6, "d", "river-city-record.example", "2026-09-13", "Family names tattoo artist killed in Marlport shooting",
"""The man shot dead on Corliss Avenue SE early Saturday was Darnell Oyelaran, 31, a tattoo artist, his family said.
Friends said he had run his own studio on Pell Avenue for six years and coached a youth basketball team. He was walking to his car when he was shot.
Detectives asked anyone with doorbell camera video from the area to call the department's tip line.""")

doc(7, "e", "irwell-gazette.example", "2026-09-15", "Teenager hurt in Harlby takeaway stabbing",
"""A teenager needed hospital treatment after being stabbed outside a Harlby takeaway on Monday evening, a day after a fatal shooting elsewhere in the town.
The 15-year-old was set upon by two older youths at about 6.40pm and suffered a wound to his leg. His injuries are not life-threatening.
A 16-year-old boy was arrested on suspicion of wounding. The stabbing is not thought to be linked to the shooting, a police spokeswoman said.""")

doc(8, "f", "irwell-gazette.example", "2026-09-14", "Murder inquiry after Harlby shooting",
"""Detectives have opened a murder inquiry after a man in his twenties died from gunshot wounds in Harlby late on Sunday.
Neighbours on Garside Walk reported hearing several shots at about 10.15pm; the man was found on the pavement and died at the scene.
A cordon is in place and extra stop and search powers are in force across Harlby.""")

doc(9, "g", "ridgeline-star.example", "2026-09-20", "Two killed in Brantley Parkway crash",
"""A tow truck and a compact car collided on Brantley Parkway in Carrow County on Saturday evening, killing both people in the car.
The wreck, by the Hollin Road junction, was reported at about 8:50 p.m. The tow truck's driver was treated for cuts and released.
Brantley Parkway stayed closed for about four hours.""")

doc(10, "g", "carrow-herald.example", "2026-09-22", "Classmates gather to remember Jonah and Priya",
"""Carrow Central's gym was full on Monday night as the school mourned two seniors.
Jonah Petrakis and Priya Venn, both 18, lost their lives when the car they were in was hit near Hollin Road on Saturday evening. Teachers remembered Petrakis as a gifted trumpet player and Venn as the captain of the debate team.
The school will keep counselors on hand for the rest of the week.""")

doc(11, "g", "ridgeline-star.example", "2026-10-14", "Tow truck driver indicted in deaths of Carrow Central seniors",
"""Prosecutors say Rudy Kastner had been awake for more than 20 hours when his tow truck slammed into a car on Brantley Parkway on Sept. 19, killing two Carrow Central seniors.
Kastner, 52, was indicted on two counts of vehicular homicide, surrendered on Tuesday and was released on bond.
The families of Jonah Petrakis and Priya Venn asked for privacy.""")

doc(12, "h", "dunford-mercury.example", "2026-09-17", "Grandmother dies in Quill Street house fire",
"""A 79-year-old woman died after fire broke out at her terraced house on Quill Street in Dunford on Wednesday night.
Neighbours tried to reach her through the front door before crews arrived at about 11pm. Firefighters found her in the front room.
The fire service said the cause was being investigated but was not thought to be suspicious.""")

doc(13, "h", "dunford-mercury.example", "2026-10-07", "Neighbours plant memorial garden for Quill Street fire victim",
"""Neighbours of Ada Pellow planted a memorial garden at the end of her street on Saturday, two weeks after a fire on Quill Street claimed her life.
Residents raised money for roses, a bench and a plaque bearing her name. "She fed every cat and child on this street," said one.
The fire service used the gathering to hand out leaflets on electric blanket safety, which investigators believe caused the fire.""")

for d in D:
    print(json.dumps(d, ensure_ascii=False))
