"""Fictional stories for the benchmarks: as many as asked, realistic, varied and anonymous.

`write_site(folder, count)` writes a content folder shaped like `content/`: one profile per
department, then case studies (about two in three) and news, about 400 words each, dated
over ten years and spread over every department and a few dozen tags. The prose comes from
sentence templates and word banks with a fixed seed, so every run writes the same site.

Every person is a pseudonym declared in `Pseudonyms:`; staff are named by their job; places
are towns and organisations from `content/allowlist.txt`; there are no surnames, streets,
dates of birth, exact dates or reference numbers in the text. The anonymity guard should find
nothing to stop.

Run alone to look at a sample: .venv/bin/python -m benchmarks.stories /tmp/site 50
"""

from __future__ import annotations

import datetime
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20260314
WORDS_PER_STORY = 400
CASE_STUDY_SHARE = 0.68
IMAGE_SHARE = 0.25
LINK_SHARE = 0.1
FIRST_DATE = datetime.datetime(2016, 1, 4, 9, 0)
LAST_DATE = datetime.datetime(2026, 10, 30, 16, 0)

DEPARTMENTS = {
    "offender-management": "offender management",
    "court-team": "court",
    "approved-premises": "approved premises",
    "victims-liaison": "victims liaison",
    "programmes": "programmes",
    "unpaid-work": "unpaid work",
    "prisons": "prisons",
    "business-support": "business support",
}

# Invented first names (declared in each story's `Pseudonyms:`), with their pronouns.
PSEUDONYMS = {
    "he": "Dean Ryan Kyle Marcus Jamal Aaron Tom Sam Lewis Connor Jordan Callum Nathan Liam "
    "Darren Wayne Craig Lee Jason Shaun Gary Tariq Imran Kofi Dylan Reece Brandon Owen Jake "
    "Ashley Mohammed Bilal Curtis Ross Dominic".split(),
    "she": "Leanne Kayleigh Stacey Gemma Nicola Jade Chantelle Amy Donna Kelly Tanya Shannon "
    "Amira Aisha Natalie Lauren Kirsty Michelle Sadie Jodie Zara Paige Hannah Rachel".split(),
}
PRONOUNS = {
    "he": {"they": "he", "them": "him", "their": "his", "They": "He", "Their": "His"},
    "she": {"they": "she", "them": "her", "their": "her", "They": "She", "Their": "Her"},
}

TOWNS = ["Halifax", "Huddersfield", "Hebden Bridge", "Todmorden", "Rochdale", "Oldham",
         "Burnley", "Keighley"]
PRISONS = ["HMP Leeds", "HMP New Hall"]

TAGS = (
    "second chances|employment|housing|family|community payback|volunteering|mental health|"
    "recovery|addiction|education|training|women|young adults|resettlement|victims|"
    "restorative justice|domestic abuse|courts|programmes|meet the team|partnership|"
    "money advice|debt|wellbeing|sport|the arts|parenting|careers in probation|"
    "through the gate|accommodation|skills|digital skills|health|peer mentoring|"
    "approved premises|awards|recruitment|local communities|volunteers|staff stories"
).split("|")
# Topics that suit each department best; a story takes one or two of these and one general tag.
DEPARTMENT_TAGS = {
    "offender-management": ["second chances", "employment", "housing", "family", "recovery"],
    "court-team": ["courts", "second chances", "mental health", "women"],
    "approved-premises": ["approved premises", "accommodation", "resettlement", "wellbeing"],
    "victims-liaison": ["victims", "restorative justice", "domestic abuse", "partnership"],
    "programmes": ["programmes", "domestic abuse", "young adults", "peer mentoring"],
    "unpaid-work": ["community payback", "volunteering", "local communities", "skills"],
    "prisons": ["through the gate", "resettlement", "education", "training", "women"],
    "business-support": ["staff stories", "careers in probation", "recruitment", "digital skills"],
}

IMAGES = {
    "images/allotment.jpg": "Raised vegetable beds and a small green shed on a community allotment",
    "images/towpath.jpg": "A canal towpath cleared of weeds, with a narrowboat moored beside it",
    "images/workshop.jpg": "Workbenches and hand tools laid out in a prison workshop",
}

# --- Word banks ------------------------------------------------------------------
OFFENCES = [
    "theft", "shoplifting", "criminal damage", "a public order offence", "burglary",
    "handling stolen goods", "drink-driving", "possession of drugs", "fraud",
    "a driving offence", "assault", "breaching a restraining order",
]
SENTENCES = [
    "a community order", "a suspended sentence", "a community order with unpaid work",
    "a suspended sentence with a rehabilitation requirement", "a short prison sentence",
    "a prison sentence followed by licence",
]
HOURS = ["sixty", "eighty", "one hundred", "120", "150", "two hundred"]
DURATIONS = ["a few weeks", "two months", "three months", "half a year", "most of a year",
             "a long winter", "the first summer"]
WORRIES = [
    "money worries", "losing a job", "a relationship that had ended badly", "drinking",
    "boredom and the wrong friends", "debts that kept growing", "grief", "gambling",
    "having nowhere settled to live", "problems with cannabis",
]
PLACES_OF_WORK = [
    "a community allotment", "a canal towpath", "a village hall", "a cemetery that had been left to grow wild",
    "a playground", "a food bank warehouse", "a charity furniture shop", "a sports club pitch",
    "a riverside path", "a community centre kitchen", "a park bandstand", "a woodland trail",
]
TASKS = [
    "clearing brambles", "painting railings", "laying a new path", "repairing fences",
    "sorting donations", "building raised beds", "cutting back hedges", "fixing benches",
    "planting bulbs", "scrubbing graffiti", "hauling rubbish to a skip", "rebuilding a dry stone wall",
]
SKILLS = [
    "cooking on a budget", "basic joinery", "reading and writing", "maths for everyday life",
    "forklift driving", "food hygiene", "first aid", "using a computer", "bricklaying",
    "painting and decorating", "customer service", "barista training",
]
JOBS = [
    "a landscaping firm", "a warehouse", "a building site", "a café", "a recycling centre",
    "a removals firm", "a kitchen", "a garage", "a care home", "a cleaning company",
    "a bakery", "a scaffolding firm",
]
SUPPORT = [
    "an employment adviser", "a housing officer", "a drug and alcohol worker",
    "a debt adviser at Citizens Advice", "a work coach at Jobcentre Plus", "a peer mentor",
    "a mental health nurse from the NHS", "a women's centre", "a family support worker",
]
STAFF = [
    "probation practitioner", "probation officer", "probation services officer",
    "senior probation officer", "Community Payback supervisor", "programme facilitator",
    "victim liaison officer", "prison offender manager", "approved premises keyworker",
    "case administrator", "peer mentor",
]
PROGRAMMES = ["the Thinking Skills Programme", "Building Better Relationships", "Building Choices"]
FEELINGS = ["angry", "closed off", "nervous", "tired", "suspicious", "quiet", "defensive", "ashamed"]
HOBBIES = [
    "growing vegetables", "fixing bikes", "cooking", "football", "drawing", "running",
    "fishing", "music", "woodwork", "looking after animals",
]
CHANGES = [
    "turning up early", "asking questions", "helping newer people in the group",
    "talking honestly about what had gone wrong", "keeping every appointment",
    "planning the week ahead", "saving a little each month", "staying away from old haunts",
]
OUTCOMES = [
    "now works for {job}", "has kept a steady job at {job} for over a year",
    "is training to be a peer mentor", "has moved into a flat of {their} own",
    "has started a college course in {skill}", "volunteers two days a week",
    "sees {their} children every weekend", "has been sober for over a year",
]

# --- Paragraph templates for case studies ------------------------------------------
OPENINGS = [
    "When {name} arrived for {their} first appointment, {they} barely looked up. {They} had been given "
    "{sentence} after a conviction for {offence}, and {they} had already decided that probation "
    "would be a waste of time.",
    "{name} did not expect much from probation. After a conviction for {offence} {they} was given "
    "{sentence}, and {their} plan was simple: keep {their} head down and get it over with.",
    "For years, {name}'s life had been shaped by {worry}. A conviction for {offence} and {sentence} "
    "were, {they} says now, the moment things had to change, even if {they} could not see it then.",
    "The first time {name} sat down with {their} probation practitioner in {town}, {they} was "
    "{feeling} and said very little. {They} had {sentence} to serve for {offence}, and no idea "
    "what came next.",
    "{name} was {feeling} when {they} walked into the probation office in {town}. A conviction for "
    "{offence} had ended in {sentence}, and {they} assumed that everyone there had already made up "
    "their minds about {them}.",
]
EXPECTATIONS = [
    "\"I thought it would be all rules and warnings,\" {name} says. \"Sign in, get told off, go home.\"",
    "\"Honestly, I expected to be treated like a number,\" {they} says. \"I was ready for a fight.\"",
    "\"I'd been let down before, so I didn't trust anyone,\" {name} admits. \"Why would this be any different?\"",
    "\"I thought they'd just be waiting for me to slip up,\" {they} says. \"That's what I was used to.\"",
    "\"I didn't want to talk about any of it,\" {name} says. \"I just wanted to get through it.\"",
]
BACKGROUNDS = [
    "{Their} offending had been tied up with {worry} and {worry2}. Together {they} and {their} "
    "probation practitioner worked out what had led to it, and what would have to change for it "
    "not to happen again.",
    "Behind the offence lay {worry}. {Their} probation practitioner spent the first sessions "
    "listening, and then helped {them} draw up a plan that dealt with the problems one at a time.",
    "Like many people on probation, {name} was dealing with several things at once: {worry}, "
    "{worry2} and a sense that nothing would ever get better. The first job was to make the "
    "problems smaller.",
    "{Their} practitioner noticed that most of {their} trouble started with {worry}. Rather than "
    "lecture {them}, she asked {name} what {they} thought would help, and then put {them} in touch "
    "with {support}.",
]
WORK_PARAGRAPHS = {
    "unpaid-work": [
        "{Their} {hours} hours of unpaid work took {them} to {work_place} near {town}. The first weeks "
        "were hard graft: {task}, {task2} and coming home aching. {name} noticed that the supervisor "
        "worked alongside the group rather than standing and watching.",
        "Community Payback sent {them} to {work_place} in {town}, where the group spent {duration} "
        "{task} and {task2}. Neighbours stopped to say thank you, which {name} had not expected.",
    ],
    "programmes": [
        "{name} was referred to {programme}, a course run by our programmes team. Sessions meant "
        "sitting in a group and talking about situations {they} would rather have forgotten, and "
        "learning to spot the moment before things went wrong.",
        "On {programme}, {name} worked through {their} own patterns week by week. The facilitators "
        "asked {them} to practise new ways of handling pressure and to try them out between sessions.",
    ],
    "prisons": [
        "Months before {their} release from {prison}, {name} met a prison offender manager who "
        "helped {them} plan for life outside. {They} took a course in {skill} and started to "
        "think about work for the first time in years.",
        "In {prison}, {name} joined the workshop and learned {skill}. Through the Gate staff made "
        "sure that housing and a first appointment with {their} probation practitioner were ready "
        "before the day {they} walked out.",
    ],
    "approved-premises": [
        "On release, {name} moved into one of our approved premises, where staff are on hand day "
        "and night. Keyworkers helped {them} set a routine, cook for {themself} and open a bank account.",
        "Life in approved premises meant curfews, house meetings and keyworker sessions. At first "
        "{name} resented the rules; after {duration} {they} started to see them as scaffolding.",
    ],
    "court-team": [
        "At court, an officer from our court team interviewed {name} on the day and prepared a "
        "pre-sentence report. It explained {their} circumstances to the magistrates and recommended "
        "a sentence with support built in.",
        "Before sentence, our court team spent time with {name} to understand what had happened and "
        "why. The report they wrote gave the court options that would address {worry}.",
    ],
    "victims-liaison": [
        "Our victims liaison team kept the people harmed by the offence informed at every stage, "
        "and made sure their concerns shaped the conditions of {name}'s sentence.",
        "Through the Victim Contact Scheme, the victim was kept informed about {name}'s sentence. "
        "When {name} asked to write a letter of apology, the victims liaison team helped make sure "
        "it would be welcome before anything was passed on.",
    ],
    "offender-management": [
        "{Their} probation practitioner met {them} every week at first, in {town}. They talked about "
        "{worry}, set small goals and checked them off one by one: a bank account, a doctor's "
        "appointment, a conversation {name} had been putting off for years.",
        "Supervision was not what {name} expected. {Their} practitioner was firm about the rules but "
        "also interested in {them} as a person, and quickly spotted that {they} was good at {hobby}.",
    ],
    "business-support": [
        "Behind the scenes, our business support staff made sure that {name}'s appointments, "
        "travel and paperwork were sorted, so that nothing fell through the gaps.",
        "Our admin team arranged {name}'s appointments around a new job, rebooking sessions so "
        "that {they} never had to choose between work and probation.",
    ],
}
TURNING_POINTS = [
    "It turned out that {name} had plenty to offer. {They} had always loved {hobby}, and within "
    "{duration} {they} was {change} and {change2}.",
    "The change was gradual. {name} started {change}, then {change2}. \"Nobody had asked me what I "
    "was good at before,\" {they} says.",
    "Things shifted when {name} was asked to show someone else how to do something. {They} found "
    "{they} liked being trusted, and {they} began {change}.",
    "There were setbacks along the way, including a missed appointment and a hard week in the "
    "middle of winter. But {name} kept coming back, and by the end of {duration} {they} was {change}.",
]
STAFF_QUOTES = [
    "\"You see it sometimes,\" the {staff} says. \"Someone turns up {feeling}, and then they find "
    "the thing they're good at. With {name} it was {hobby}.\"",
    "\"People don't change because we tell them to,\" {their} {staff} says. \"They change when they "
    "see a reason to. Our job is to help them find it and keep hold of it.\"",
    "\"{name} did the hard work,\" the {staff} says. \"We just made sure the doors were open when "
    "{they} was ready to walk through them.\"",
    "\"It's never a straight line,\" a {staff} in the team says. \"What matters is that {name} kept "
    "going when it would have been easier to give up.\"",
]
SUPPORT_PARAGRAPHS = [
    "{Their} practitioner also arranged help from {support}, and later from {support2}. Each "
    "appointment was a small thing on its own; together, they took away the pressure that had "
    "led to {their} offending.",
    "Support came from several places at once: {support}, {support2}, and a course in {skill} at a "
    "college in {town}. {name} kept a notebook to keep track of it all.",
    "When {worry} came back, {name} rang {their} practitioner instead of going back to old habits. "
    "Together they called {support}, and the crisis passed.",
]
LISTS = [
    "## What helped\n\n- A practitioner who listened before giving advice\n- Help with {worry} from "
    "{support}\n- Something to be proud of: {hobby}\n- A routine, and people who noticed when "
    "{they} kept to it",
    "## Looking back\n\n{name} has a few pieces of advice for anyone starting probation:\n\n"
    "1. Turn up, even on the bad days.\n2. Say what is really going on.\n3. Take the help, "
    "whatever form it comes in.",
]
EXTRA_PARAGRAPHS = [
    "Family mattered too. {name} had not spoken to some of {their} relatives for {duration}, and "
    "{their} practitioner helped {them} think through what {they} wanted to say before {they} "
    "picked up the phone.",
    "Housing was the next problem. With help from {support}, {name} moved out of a friend's spare "
    "room and into somewhere {they} could call {their} own, which made everything else easier.",
    "Not every week went well. {name} remembers one session where {they} walked out halfway "
    "through, and another where {they} nearly did not turn up at all. Each time, the door was "
    "still open the following week.",
    "Money had always been tight. A budget drawn up with {support} showed where it was going, "
    "and for the first time in years {name} was not dreading the post.",
    "{name} also started to think about the people affected by {their} offending. \"I'd never "
    "really let myself think about it,\" {they} says. \"Once I did, I didn't want to be that "
    "person any more.\"",
    "The routine helped. Regular appointments, a job to get up for and evenings spent {hobby} "
    "left less room for the things that used to get {them} into trouble.",
]
OUTCOME_PARAGRAPHS = [
    "{name} finished {their} order {duration2} ago. {They} {outcome}, and spends {their} spare time {hobby}.",
    "Today {name} {outcome}. {They} still drops in to say hello to the staff in {town} now and then.",
    "Two years on, {name} {outcome}. {Their} practitioner says {they} is one of the "
    "people she thinks of on a hard day at work.",
]
CLOSING_QUOTES = [
    "\"I'm not going to pretend I'm proud of what I did,\" {name} says. \"But I'm proud of where I am now.\"",
    "\"If you'd told me back then that I'd be here, I'd have laughed,\" {name} says. \"I'm glad I was wrong.\"",
    "\"It wasn't probation that changed me,\" {they} says. \"But it gave me the chance to change myself.\"",
    "\"I walk past that place and think, I did that,\" {name} says. \"Nobody can take that away.\"",
]
TITLES = [
    "{name} finds {their} feet {where}", "{name} turns a corner {where}", "{name} learns {skill}",
    "A fresh start for {name} {where}", "{name} builds a future {where}",
    "How {name} found a way back", "{name} gets the keys to {their} own front door",
    "{name} makes amends {where}", "A second chance for {name}", "{name} learns to stop and think",
]
WHERE = ["on the allotment", "in the workshop", "by the canal", "at college", "in the kitchen",
         "on the towpath", "at work", "in the park", "in approved premises", "after prison"]
SUMMARIES = [
    "Sentenced for {offence}, {name} expected probation to be a waste of time; {work_place_short} and a "
    "patient practitioner changed {their} mind.",
    "{name} arrived {feeling} and ready for a fight. With help from {their} probation practitioner "
    "{they} {outcome}.",
    "After {sentence} for {offence}, {name} found something {they} was good at, and a reason to keep going.",
]

# --- News ----------------------------------------------------------------------------
NEWS_TITLES = [
    "{event_title} in {town}", "{event_title} brings partners together in {town}",
    "Record turnout for {event_lower} in {town}", "{event_title} returns to {town}",
]
EVENTS = [
    ("Jobs fair", "a jobs fair for people on probation"),
    ("Community clean-up", "a community clean-up by Community Payback teams"),
    ("Open day at our office", "an open day at our office"),
    ("Recruitment evening", "a recruitment evening for trainee probation officers"),
    ("Women's centre partnership", "a new partnership with a local women's centre"),
    ("Housing advice drop-in", "a housing advice drop-in for people leaving prison"),
    ("Volunteer awards", "our annual volunteer awards"),
    ("Park restoration", "the restoration of a park by Community Payback teams"),
    ("Mentoring scheme launch", "the launch of a peer mentoring scheme"),
    ("Careers talk", "a careers talk about the Professional Qualification in Probation"),
]
PARTNERS = [
    "local employers", "the council's housing team", "Jobcentre Plus work coaches",
    "Citizens Advice", "training providers", "a local college", "NHS mental health teams",
    "charities that support families", "the police", "volunteers from local churches",
]
NEWS_OPENINGS = [
    "More than {count} people came to {event} in {town}, organised by our {department} team "
    "with {partner} and {partner2}.",
    "Our {department} team has held {event} in {town}, working alongside {partner}.",
    "{event_capital} took place in {town} this month, organised by our {department} staff with "
    "help from {partner}.",
]
NEWS_BODIES = [
    "The day was designed to make it easier for people on probation to take the next step. "
    "Visitors could talk face to face with {partner}, ask questions in private and leave with "
    "a clear plan.",
    "Having a job, a home and people to turn to are some of the strongest protections against "
    "reoffending. Events like this one bring those things within reach, and help the public see "
    "what probation does.",
    "Staff set up stalls on {topic}, {topic2} and {topic3}, and ran short sessions through the "
    "day. Several people booked follow-up appointments before they left.",
    "Feedback from visitors was overwhelmingly positive. Most of them said it was the first time they "
    "had felt listened to by services they had been avoiding for years.",
    "Partners have agreed to meet again in the spring to look at what worked and what could be "
    "better, and to plan the next event together.",
    "The {department} team has run similar events in {town2} and {town3}, and each one has "
    "led to new partnerships and new opportunities for the people we supervise.",
    "Several of the people who came along are now on probation themselves, and said that a "
    "friendly face and a practical answer made all the difference. Others came simply to find "
    "out what probation staff do all day.",
    "Planning started months ahead. Staff from across the service gave up their time to run "
    "stalls, make tea and talk to anyone who wanted to know more about {topic} or {topic2}.",
    "The event also raised money for a local charity that supports families affected by "
    "imprisonment, and partners donated prizes for a raffle.",
    "Probation is often misunderstood. Most of our work happens in offices, community centres "
    "and people's own towns, away from the courtroom, and days like this one let people see it "
    "for themselves.",
    "Some of the most useful conversations happened over a cup of tea at the end of the day, "
    "when staff and partners swapped ideas and contact details and agreed to keep in touch.",
]
NEWS_QUOTES = [
    "\"A lot of people came in expecting a closed door,\" a {staff} says. \"By the end of the "
    "morning, some had interviews lined up. You could see their confidence change.\"",
    "\"We can't do this work on our own,\" a {staff} in the team says. \"Every partner who "
    "opens a door makes our communities safer.\"",
    "\"This is what probation looks like when it works,\" a {staff} says. \"People, partners "
    "and a town pulling in the same direction.\"",
]
NEWS_CLOSINGS = [
    "If your organisation could offer work, training or volunteering to people on probation, "
    "we would love to hear from you.",
    "To find out more about working with us, see the careers pages on the probation service's website.",
    "We will share more stories from the day over the coming weeks.",
]

# --- Profiles ------------------------------------------------------------------------
PROFILE_PARAGRAPHS = [
    "Every weekday, our {department} staff are at work across the Pennine Vale, from {town} to "
    "{town2}. Their job is to protect the public and to help people stop offending, and they "
    "do it by getting to know the people they work with.",
    "A typical day starts early. The team checks the day's appointments, catches up on anything "
    "that happened overnight and plans who needs to be seen first. By mid-morning, staff are "
    "out meeting people, writing reports and talking to partners.",
    "\"No two days are the same,\" a {staff} in the team says. \"You might spend the morning on a "
    "risk assessment and the afternoon helping someone sort out their housing. It's intense, "
    "and I love it.\"",
    "The team works closely with {partner}, {partner2} and {partner3}. Those partnerships mean "
    "that when someone needs help with housing, money or their health, the right person is only "
    "a phone call away.",
    "New staff are trained on the job, with a mentor for their first months. Many of the team "
    "started as probation services officers or in business support and moved on to the "
    "Professional Qualification in Probation.",
    "\"We're the bridge between the sentence and everything that happens after it,\" a {staff} "
    "says. \"If we get things right at the start, everyone else's job gets easier, and the "
    "public are better protected.\"",
    "The team is always looking for people who are curious, patient and good at listening. If "
    "that sounds like you, look out for our recruitment evenings in {town3}.",
]


@dataclass(frozen=True)
class Story:
    """One generated source file: where it goes and what it says."""

    folder: str
    stem: str
    text: str


def write_site(folder: Path, count: int, seed: int = SEED) -> list[Path]:
    """Write a content folder with `count` published stories; return the story files."""
    folder.mkdir(parents=True, exist_ok=True)
    for kind in ("case-studies", "profiles", "news", "pages"):
        (folder / kind).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "content" / "images", folder / "images", dirs_exist_ok=True)
    shutil.copy(ROOT / "content" / "pages" / "about.md", folder / "pages" / "about.md")
    allowlist = ROOT / "content" / "allowlist.txt"
    if allowlist.is_file():
        shutil.copy(allowlist, folder / "allowlist.txt")
    paths = []
    for story in generate(count, seed):
        path = folder / story.folder / f"{story.stem}.md"
        path.write_text(story.text, encoding="utf-8")
        paths.append(path)
    return paths


def generate(count: int, seed: int = SEED) -> list[Story]:
    """`count` stories: profiles first (one per department), then case studies and news."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    stories: list[Story] = []
    slugs: set[str] = set()
    departments = list(DEPARTMENTS)
    for index in range(count):
        date = _date(index, count, rng)
        if index < len(departments):
            story = writer.profile(departments[index], date)
        else:
            department = rng.choice(departments)
            if rng.random() < CASE_STUDY_SHARE:
                story = writer.case_study(department, date, stories)
            else:
                story = writer.news(department, date)
        stem = story.stem
        number = 2
        while stem in slugs:
            stem = f"{story.stem}-{number}"
            number += 1
        slugs.add(stem)
        stories.append(Story(story.folder, stem, story.text))
    return stories


def _date(index: int, count: int, rng: random.Random) -> datetime.datetime:
    span = (LAST_DATE - FIRST_DATE).total_seconds()
    position = (index + rng.random()) / max(count, 1)
    moment = FIRST_DATE + datetime.timedelta(seconds=span * position)
    return moment.replace(minute=rng.choice((0, 15, 30, 45)), second=0)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


class _Writer:
    """Fills templates from the word banks with one random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.consent = 0

    def pick(self, options: list[str], count: int = 1) -> list[str]:
        return self.rng.sample(options, count)

    def tags(self, department: str) -> list[str]:
        own = self.pick(DEPARTMENT_TAGS[department], self.rng.choice((1, 2)))
        general = [tag for tag in self.pick(TAGS, 2) if tag not in own]
        return own + general[: self.rng.choice((1, 2))]

    def header(self, fields: dict[str, str]) -> str:
        return "".join(f"{key}: {value}\n" for key, value in fields.items() if value)

    def case_study(self, department: str, date: datetime.datetime, earlier: list[Story]) -> Story:
        rng = self.rng
        gender = rng.choice(("he", "she"))
        name = rng.choice(PSEUDONYMS[gender])
        worry, worry2 = self.pick(WORRIES, 2)
        task, task2 = self.pick(TASKS, 2)
        change, change2 = self.pick(CHANGES, 2)
        support, support2 = self.pick(SUPPORT, 2)
        duration, duration2 = self.pick(DURATIONS, 2)
        job, skill = rng.choice(JOBS), rng.choice(SKILLS)
        slots = {
            **PRONOUNS[gender], "themself": "himself" if gender == "he" else "herself",
            "name": name, "town": rng.choice(TOWNS), "prison": rng.choice(PRISONS),
            "offence": rng.choice(OFFENCES), "sentence": rng.choice(SENTENCES),
            "hours": rng.choice(HOURS), "duration": duration, "duration2": duration2.replace("the first ", "a "),
            "worry": worry, "worry2": worry2, "work_place": rng.choice(PLACES_OF_WORK),
            "task": task, "task2": task2, "skill": skill, "job": job,
            "support": support, "support2": support2, "staff": rng.choice(STAFF),
            "programme": rng.choice(PROGRAMMES), "feeling": rng.choice(FEELINGS),
            "hobby": rng.choice(HOBBIES), "change": change, "change2": change2,
            "where": rng.choice(WHERE),
        }
        slots["outcome"] = rng.choice(OUTCOMES).format(**slots)
        slots["work_place_short"] = slots["work_place"].split(" that ")[0]
        paragraphs = [
            rng.choice(OPENINGS), rng.choice(EXPECTATIONS), rng.choice(BACKGROUNDS),
            rng.choice(WORK_PARAGRAPHS[department]), rng.choice(TURNING_POINTS),
            rng.choice(STAFF_QUOTES), rng.choice(SUPPORT_PARAGRAPHS),
        ]
        if rng.random() < 0.35:
            paragraphs.append(rng.choice(LISTS))
        extra = [p for p in (*WORK_PARAGRAPHS[department], *SUPPORT_PARAGRAPHS, *EXTRA_PARAGRAPHS)
                 if p not in paragraphs]
        ending = [rng.choice(OUTCOME_PARAGRAPHS), rng.choice(CLOSING_QUOTES)]
        body = self.fill(paragraphs, ending, extra, slots)
        if earlier and rng.random() < LINK_SHARE:
            other = rng.choice(earlier[-200:])
            body += (f"\n\nRead another story from our teams: "
                     f"[{other.folder.replace('-', ' ')}]({{filename}}/{other.folder}/{other.stem}.md).")
        title = rng.choice(TITLES).format(**slots)
        title = title[0].upper() + title[1:]
        self.consent += 1
        fields = {
            "Title": title,
            "Date": date.strftime("%Y-%m-%d %H:%M"),
            "Department": department,
            "Tags": ", ".join(self.tags(department)),
            "Summary": rng.choice(SUMMARIES).format(**slots),
            "Pseudonyms": name,
            "Consent": f"CF-{date.year}-{self.consent:04d}",
        }
        if rng.random() < IMAGE_SHARE:
            image = rng.choice(list(IMAGES))
            fields["Image"], fields["Image-alt"] = image, IMAGES[image]
        fields["Status"] = "published"
        return Story("case-studies", _slug(title), self.header(fields) + "\n" + body + "\n")

    def news(self, department: str, date: datetime.datetime) -> Story:
        rng = self.rng
        event_title, event = rng.choice(EVENTS)
        town, town2, town3 = self.pick(TOWNS, 3)
        partner, partner2 = self.pick(PARTNERS, 2)
        topic, topic2, topic3 = self.pick(["housing", "money and debt", "training", "jobs",
                                           "health", "family support", "volunteering"], 3)
        slots = {
            "event": event, "event_capital": event[0].upper() + event[1:], "event_title": event_title, "event_lower": event_title.lower(),
            "town": town, "town2": town2, "town3": town3, "partner": partner, "partner2": partner2,
            "department": DEPARTMENTS[department], "staff": rng.choice(STAFF),
            "count": rng.choice(["twenty", "thirty", "fifty", "eighty", "a hundred"]),
            "topic": topic, "topic2": topic2, "topic3": topic3,
        }
        bodies = self.pick(NEWS_BODIES, 3)
        paragraphs = [rng.choice(NEWS_OPENINGS), *bodies[:2], rng.choice(NEWS_QUOTES), bodies[2]]
        extra = [p for p in NEWS_BODIES if p not in bodies]
        body = self.fill(paragraphs, [rng.choice(NEWS_CLOSINGS)], extra, slots)
        title = rng.choice(NEWS_TITLES).format(**slots)
        fields = {
            "Title": title,
            "Date": date.strftime("%Y-%m-%d %H:%M"),
            "Department": department,
            "Tags": ", ".join(self.tags(department)),
            "Summary": (f"Our {slots['department']} team held {event} in {town}, with "
                        f"{partner} and {partner2}."),
            "Status": "published",
        }
        return Story("news", _slug(title), self.header(fields) + "\n" + body + "\n")

    def profile(self, department: str, date: datetime.datetime) -> Story:
        rng = self.rng
        town, town2, town3 = self.pick(TOWNS, 3)
        partner, partner2, partner3 = self.pick(PARTNERS, 3)
        slots = {
            "department": DEPARTMENTS[department], "town": town, "town2": town2, "town3": town3,
            "partner": partner, "partner2": partner2, "partner3": partner3,
            "staff": rng.choice(STAFF),
        }
        body = self.fill(PROFILE_PARAGRAPHS, [], [], slots)
        fields = {
            "Title": f"Meet the team: {DEPARTMENTS[department]}",
            "Date": date.strftime("%Y-%m-%d %H:%M"),
            "Department": department,
            "Tags": "meet the team, " + DEPARTMENT_TAGS[department][0],
            "Summary": f"What our {DEPARTMENTS[department]} staff do, and why it matters.",
            "Status": "published",
        }
        return Story("profiles", department, self.header(fields) + "\n" + body + "\n")

    def fill(self, paragraphs: list[str], ending: list[str], extra: list[str], slots: dict) -> str:
        """Paragraphs, then extra ones until about WORDS_PER_STORY words, then the ending."""
        chosen = [p.format(**slots) for p in paragraphs]
        closing = [p.format(**slots) for p in ending]
        spare = list(extra)
        self.rng.shuffle(spare)
        while spare and _words(chosen + closing) < WORDS_PER_STORY - 20:
            chosen.append(spare.pop().format(**slots))
        return "\n\n".join(chosen + closing)


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    written = write_site(target, int(sys.argv[2]) if len(sys.argv) > 2 else 100)
    sizes = [len(p.read_text(encoding="utf-8").split("\n\n", 1)[1].split()) for p in written]
    print(f"{len(written)} stories in {target}: {min(sizes)} to {max(sizes)} words, "
          f"mean {sum(sizes) / len(sizes):.0f}")
