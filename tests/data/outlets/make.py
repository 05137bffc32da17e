#!/usr/bin/env python3
"""Writes outlets.jsonl: one incident (a shooting in a tavern) told by five
outlets in five styles, among similar incidents elsewhere, for the
event-clustering tests. Every sentence was written for this fixture.

    python3 tests/data/outlets/make.py > tests/data/outlets/outlets.jsonl

Event `a`, the Copper Kettle shooting in Marlow, is reported as:

- a short wire item with only a dateline, a day and a toll (two dead);
- a long local feature: witnesses, the victims' names and ages, the owner;
- a TV station's update a day later: the toll rises to three, a third
  victim with her age;
- a county paper's report four days later from the county seat, under its
  own dateline: the arrest and the charges, the suspect's age, none of the
  victims' names; it names Marlow only in passing ("the Copper Kettle
  shooting in Marlow"), in words the place finder does not read;
- a radio station's vigil story.

Around it: another bar shooting the same weekend in another town (`b`), an
earlier drive-by in Marlow itself on another street (`c`), a house fire
whose toll rises (`d`), a tavern robbery weeks later (`e`), and a fire a
block from the tavern a week later (`f`). Fields: id, source, published,
title, text, event (gold).
"""
import json
import sys

D = []
def doc(i, ev, src, pub, title, text):
    D.append({"id": f"out-{i:02d}", "source": src, "published": pub, "title": title, "text": text.strip(), "event": ev})

# Event a: the tavern shooting in Marlow, told five ways.
doc(0, "a", "wire.example", "2025-03-09", "2 dead, 4 hurt in Ohio bar shooting",
"""MARLOW, Ohio (AP) — A gunman opened fire inside a crowded tavern late Saturday, killing two people and wounding four others, police said.
The shooter fled on foot before officers arrived, according to a police statement. No arrests had been made by Sunday morning.
The names of the dead were not released.""")

doc(1, "a", "marlow-ledger.example", "2025-03-10", "'Everybody hit the floor': inside the night gunfire tore through the Copper Kettle",
"""For eleven years the Copper Kettle on Lindell Avenue has been the kind of place where the bartender knows your order before you sit down. Just before midnight on Saturday, that ended.
Witnesses said a man in a grey hooded sweatshirt walked in through the side door, looked around the room for a few seconds and started shooting.
"Everybody hit the floor. I was under a table with my sister and I could hear him reloading," said Hannah Brisco, who had come for the band.
Darnell Okafor, 27, a line cook who was off duty that night, died at the scene. Priya Sandoval, 31, a nurse from the east side, died later at St. Brendan Medical Center.
Okafor had worked at the Kettle since it opened, owner Glen Hartwig said. "He was family. He trained half my kitchen," Hartwig said, standing outside the taped-off entrance on Sunday.
Four other people were hurt, two of them critically.
Marlow police Capt. Irene Folau said detectives had recovered a handgun in an alley behind the building and were reviewing video from cameras along Lindell Avenue.
"We believe this was targeted at someone inside, not random," Folau said. She would not say who the target was.
Sandoval's cousin, Luis Sandoval, said she had stopped in for one drink after a double shift.
A vigil is planned for Tuesday evening in the parking lot across the street.
Hartwig said the Copper Kettle will stay closed for at least a week.""")

doc(2, "a", "channel7.example", "2025-03-10", "Toll rises to 3 in Copper Kettle shooting",
"""A third person has died after Saturday night's shooting at the Copper Kettle tavern in Marlow, police said Monday.
Rosa Kimmel, 45, of Marlow, died Monday morning at St. Brendan Medical Center, where she had been in critical condition since the attack.
Three other people remain hospitalized.
Police are asking anyone with video from Lindell Avenue between 11 p.m. and 1 a.m. to call the tip line.""")

doc(3, "a", "brant-county-news.example", "2025-03-13", "Dunmore man charged with murder in tavern attack",
"""HALVERSON — A Dunmore man was charged Wednesday with three counts of murder in the Copper Kettle shooting in Marlow.
Detectives arrested Tyrell Vance, 24, at a relative's apartment without incident, according to the Brant County prosecutor's office. He is also charged with four counts of attempted murder.
Prosecutors said Vance had argued with an employee of the bar earlier in the week and had been told to leave.
Vance appeared by video before Judge Marcia Thorne, who ordered him held without bond. His public defender did not comment.
Vance is due back in court on March 27.""")

doc(4, "a", "radio-north.example", "2025-03-11", "Hundreds gather for Marlow vigil",
"""Several hundred people filled a parking lot on Lindell Avenue in Marlow on Tuesday night, holding candles for the victims of the Copper Kettle shooting.
Friends of Darnell Okafor wore white T-shirts printed with his photo. Speakers read the names of Okafor, Priya Sandoval and Rosa Kimmel.
Mayor Denise Abara told the crowd that the city would pay for the funerals.
"We are not going to let one man decide what this street is," Abara said.""")

# Event b: another bar shooting, the same weekend, another town.
doc(5, "b", "wire.example", "2025-03-09", "Man killed outside Kessling nightclub",
"""KESSLING, Ohio (AP) — A man was shot and killed outside a nightclub early Sunday, police said.
Officers found Marcus Pell, 33, in the parking lot of the Blue Lantern on Fairmount Road shortly after 2 a.m. He was pronounced dead at the scene.
Police said they were looking for a white sedan seen leaving the lot.""")
doc(6, "b", "kessling-courier.example", "2025-03-10", "Police seek driver after deadly shooting at Blue Lantern",
"""Kessling police on Monday released a photo of a car they believe was involved in the killing of Marcus Pell outside the Blue Lantern nightclub.
Pell, 33, a father of two, had left the club on Fairmount Road with friends when someone in a passing car fired several shots, Lt. Omar Reyes said.
"Somebody saw something," Reyes said. "We need them to call us."
The club's owner said the business would add security guards on weekends.""")

# Event c: an earlier shooting in Marlow itself, another street, another week.
doc(7, "c", "marlow-ledger.example", "2025-02-27", "Teen wounded in drive-by on Crane Street",
"""A 16-year-old boy was wounded Wednesday afternoon when someone fired from a passing car on Crane Street in Marlow, police said.
The boy, who was walking home from school, was taken to St. Brendan Medical Center with a wound to his leg and is expected to survive.
Marlow police Capt. Irene Folau said investigators did not believe the boy was the intended target.""")
doc(8, "c", "channel7.example", "2025-02-27", "Drive-by shooting on Crane Street hurts student",
"""Shots fired from a car on Crane Street hit a high school student Wednesday, Marlow police said.
The teenager was hit once in the leg and is in stable condition. Police have no suspect description yet.
It was the second shooting on Crane Street this year.""")

# Event d: a house fire in Pruett whose toll rises.
doc(9, "d", "wire.example", "2025-03-06", "1 dead in Pruett house fire",
"""PRUETT, Ohio (AP) — One person died and two were hurt in a house fire early Thursday, fire officials said.
The fire started on the first floor of a two-story home on Sycamore Lane around 4 a.m.""")
doc(10, "d", "pruett-gazette.example", "2025-03-07", "Second victim dies after Sycamore Lane fire",
"""A second person has died from injuries suffered in Thursday's fire on Sycamore Lane, Pruett Fire Chief Dale Winslow said Friday.
Elaine Marsh, 68, died at a burn center in Columbus. Her husband, Walter Marsh, 71, died in the fire.
Winslow said a space heater in the living room was the likely cause. The home had no working smoke alarms.""")
doc(11, "d", "channel7.example", "2025-03-06", "Couple's home destroyed in Pruett fire",
"""Fire tore through a home on Sycamore Lane in Pruett before dawn Thursday, killing a man and badly burning his wife.
Neighbors said they pounded on the door and tried to reach the couple through a back window before firefighters arrived.
"The smoke was just black," neighbor Tom Becerra said.""")

# Event e: a tavern shooting in another town a few weeks later.
doc(12, "e", "wire.example", "2025-04-02", "Bartender shot during robbery in Dalby",
"""DALBY, Ohio (AP) — A bartender was shot and wounded when two masked men robbed a tavern late Tuesday, police said.
The bartender, a 52-year-old woman, was in serious condition. The robbers took cash from the register and fled.""")
doc(13, "e", "dalby-herald.example", "2025-04-02", "Masked pair rob Main Street tavern, shoot bartender",
"""Two men wearing ski masks robbed the Anchor Tap on Main Street in Dalby late Tuesday and shot the bartender, police said.
Joan Ostrowski, 52, was flown to a hospital in Columbus. Police Chief Ray Vickers said she was expected to live.
The men took about $800, Vickers said.""")

# Event f: a fire in Marlow a week after the shooting.
doc(14, "f", "marlow-ledger.example", "2025-03-18", "Fire guts vacant store on Lindell Avenue",
"""A fire early Tuesday destroyed a vacant store on Lindell Avenue in Marlow, a block from the Copper Kettle, fire officials said.
No one was hurt. The building had been empty for two years, and the cause is under investigation, Fire Marshal Paula Grieve said.""")

for d in D:
    sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
