"""Pelican adapter: after a build that succeeded, write the campaign kit beside the output.

The publish gate gives the verdict on a build; it sends `publish_gate.build_passed` only for a
build without errors that is not a preview (a preview shows stories that a real build
refuses), and only then is the kit written.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican import signals

from plugins.publish_gate import build_passed, check_built, shown_path, stop_on_problems
from plugins.story_model import PROFILES
from plugins.worker_pool import available, result, submit

from .day import Day, read_day
from .fixed import FILE as FIXED_FILE, published_only, write_fixed
from .kit_cache import KitCache, Recipe, composed_entries
from .kit_files import FOLDERS, Kit, fingerprint, write_kit
from .networks import NETWORKS, Network
from .posts import Post, Story, compose, link_warning, measure, tagged
from .roster import staff_allowances
from .schedule import Slot, departments_without_stories, plan
from .settings import kit_options, read_campaign

# Under Pelican's own logger, as a namespace plugin's would be: the publish gate and
# `pelican --fatal errors` count what is logged here.
logger = logging.getLogger("pelican.plugins.campaign_kit")


class Build:
    """What one build tells the kit."""

    def __init__(self) -> None:
        self.stories: list[Story] = []
        self.articles: list[Any] = []  # their share cards are known only once the site is written
        self.day: Day | None = None
        self.recipes: Recipes | None = None
        self.cache: KitCache | None = None
        self.composing: list[Future | None] = []  # posts composed by worker processes


_build = Build()


def plain(html: Any) -> str:
    """Text without tags or character references, non-breaking spaces made plain."""
    return Markup(str(html or "")).striptags().replace("\xa0", " ")


def own_text(value: str | list[str]) -> str:
    """A `Post:` field: continuation lines (indented by four spaces) are kept as lines."""
    return "\n".join(value) if isinstance(value, list) else str(value or "")


def story_of(article: Any, settings: dict) -> Story:
    """The kit's view of a published article."""
    slug = getattr(article, "department_slug", "") or ""
    department = settings.get("DEPARTMENTS", {}).get(slug, {})
    return Story(
        title=plain(article.title),
        summary=plain(article.summary),
        url=f"{settings['PUBLIC_SITEURL'].rstrip('/')}/{article.url}",
        kind=str(article.category),
        department=slug,
        department_name=department.get("name", slug),
        is_profile=article.kind == PROFILES,
        own_text=own_text(article.metadata.get("post", "")),
        source=shown_path(article.source_path, settings),
    )


Composer = Callable[[Story, Network, str, str], Post]
# A text's length on a network and what its link counts there (posts.measure).
Measure = Callable[[Network, str, str], tuple[int, int]]
# The recipes of a kit's posts, and of its schedule's (each with its slot; no recipe for a
# fixed slot or a live post, whose text is not composed).
Recipes = tuple[list[Recipe], list[tuple[Slot, Recipe | None]]]


def make_kit(stories: list[Story], settings: dict, compose_post: Composer = compose,
             recipes: Recipes | None = None, day: Day | None = None,
             measured: Measure = measure) -> Kit:
    """Every post for every network, and the campaign's schedule: pure, given the stories
    and the campaign day (`compose_post` and `measured` may take posts and lengths from the
    last build's cache instead of working them out; `recipes`, when given, are
    `kit_recipes(stories, settings, day)`)."""
    campaign, _ = read_campaign(settings)
    day = day or read_day(settings)
    hashtag, utm_campaign, _ = tagging(settings)
    post_list, schedule = kit_recipes(stories, settings, day) if recipes is None else recipes
    posts = [compose_post(*recipe) for recipe in post_list]
    kit = Kit(settings["SITENAME"], hashtag, utm_campaign, posts, campaign,
              warnings=list(day.warnings), prompts=day.prompts, shifts=day.shifts)
    if campaign:
        network = NETWORKS[campaign.network]
        kit.schedule = [(slot, compose_post(*recipe) if recipe else
                         uncomposed(slot, network, hashtag, settings, measured))
                        for slot, recipe in schedule]
        rostered = dict.fromkeys(shift.department for shift in day.shifts)
        for slug in departments_without_stories(rostered, stories):
            kit.warnings.append(f"{settings['DEPARTMENTS'][slug]['name']} is on the roster but "
                                "has no published story or profile: its slots are live posts.")
        for name in dict.fromkeys(story.department_name for story in stories
                                  if story.department not in rostered):
            kit.warnings.append(f"{name} has published stories but nobody on the roster, so "
                                "none of them is in the schedule: add its staff to the roster.")
        released = published_only(day.fixed, {story.url for story in stories})[1]
        # Not the story's address: it may name the person the story was withdrawn to protect.
        kit.warnings += [f"The fixed slot at {slot.time.strftime('%a %H:%M')} ({slot.person}, "
                         f"{slot.account}) linked to a story that is no longer published: it was "
                         "let go and filled again. If its post went out, delete it."
                         for slot in released]
    warning = link_warning([*posts, *(post for _, post in kit.schedule)])
    if warning:
        kit.warnings.append(warning)
    over = [post for post in posts if not post.fits]
    kit.warnings += [f"{post.story.title}: too long for {post.network.name}. {post.note}"
                     for post in over]
    kit.warnings += [f"{post.story.title} ({post.network.name}): {post.note}"
                     for post in posts if post.fits and post.note and post.story.own_text]
    return kit


def uncomposed(slot: Slot, network: Network, hashtag: str, settings: dict,
               measured: Measure = measure) -> Post:
    """The post of a fixed slot (its text as fixed) or of a live post (the hashtag, to which
    the person on shift adds what they see, following the prompt)."""
    story = slot.story or Story(f"Live post: {slot.prompt}" if slot.prompt else "Live post", "",
                                "", "Live post", slot.department,
                                settings["DEPARTMENTS"].get(slot.department, {}).get(
                                    "name", slot.department))
    text, link = slot_text(slot, hashtag)
    note = "Fixed: posted as it was when the schedule was frozen." if slot.fixed else (
        f"Live: write it on the day. {slot.prompt}".strip())
    length, counted = measured(network, text, link)
    return Post(story, network, text, link, length, own_text=False, note=note,
                link_counted_as=counted)


def slot_text(slot: Slot, hashtag: str) -> tuple[str, str]:
    """The text of a fixed slot or a live post, and the link it ends with (if a story's)."""
    text = slot.text or hashtag
    last = text.split()[-1] if text.split() else ""
    return text, last if slot.story and last.startswith(("https://", "http://")) else ""


def frozen(kit: Kit, settings: dict, measured: Measure = measure) -> list[tuple[Slot, Post]]:
    """The schedule with every slot fixed, each post as the next build will read it back
    (its text is the one just measured or composed: its length is known)."""
    network = NETWORKS[kit.campaign.network]  # type: ignore[union-attr]
    fixed = [dataclasses.replace(slot, text=slot.text or post.text, prompt="")
             for slot, post in kit.schedule]
    known = {(post.text, post.link): (post.length, post.link_counted_as)
             for _, post in kit.schedule}

    def measured_again(network: Network, text: str, link: str) -> tuple[int, int]:
        return known.get((text, link)) or measured(network, text, link)

    return [(slot, uncomposed(slot, network, kit.hashtag, settings, measured_again))
            for slot in fixed]


def tagging(settings: dict) -> tuple[str, str, str]:
    """The hashtag, the utm_campaign and the utm_medium of every post."""
    chosen, _ = kit_options(settings)
    campaign, _ = read_campaign(settings)
    hashtag = campaign.hashtag if campaign else settings.get("CAMPAIGN_HASHTAG", "")
    utm_campaign = campaign.name if campaign else chosen["utm_campaign"]
    return hashtag, utm_campaign, chosen["utm_medium"]


def kit_recipes(stories: list[Story], settings: dict, day: Day | None = None) -> Recipes:
    """What each post on each network is composed from, and each post of the campaign's
    schedule (whose links also say the department)."""
    hashtag, utm_campaign, medium = tagging(settings)
    networks = kit_options(settings)[0]["networks"]
    posts = [
        (story, NETWORKS[slug], hashtag, tagged(story.url, slug, utm_campaign, medium))
        for story in stories
        for slug in networks
    ]
    campaign, _ = read_campaign(settings)
    if not campaign:
        return posts, []
    day = day or read_day(settings)
    network = NETWORKS[campaign.network]
    fixed = published_only(day.fixed, {story.url for story in stories})[0]
    schedule = [
        (slot, None if slot.fixed or not slot.story else
         (slot.story, network, hashtag, tagged(slot.story.url, network.slug, utm_campaign,
                                               medium, content=slot.department)))
        for slot in with_prompts(plan(campaign, stories, day.shifts, fixed)[0], day.prompts)
    ]
    return posts, schedule


def with_prompts(slots: list[Slot], prompts: dict[str, list[str]]) -> list[Slot]:
    """Each live post's prompt: its department's, taking turns."""
    turns: dict[str, int] = {}
    done = []
    for slot in slots:
        if slot.story is None and not slot.fixed:
            options = prompts.get(slot.department) or [""]
            turn = turns.get(slot.department, 0)
            turns[slot.department] = turn + 1
            slot = dataclasses.replace(slot, prompt=options[turn % len(options)])
        done.append(slot)
    return done


def compose_ahead(cache: KitCache, recipes: Recipes, settings: dict) -> list[Future | None]:
    """Hand the posts the kit's cache lacks to a worker process, while the site is written,
    with the lengths of the schedule's fixed and live posts that it lacks.

    One task for them all: a process composing or measuring posts first loads twitter-text
    (most of a second), which one worker should pay, not every worker, and not the build
    itself."""
    posts, schedule = recipes
    missing = cache.missing([*posts, *(recipe for _, recipe in schedule if recipe)])
    campaign, _ = read_campaign(settings)
    hashtag = tagging(settings)[0]
    unmeasured = cache.unmeasured(
        (NETWORKS[campaign.network], *slot_text(slot, hashtag))
        for slot, recipe in schedule if campaign and not recipe)
    return [submit(composed_entries, missing, unmeasured)] if missing or unmeasured else []


def start(pelican: Any) -> None:
    """Check CAMPAIGN and CAMPAIGN_KIT before anything is built; stop with every problem."""
    problems = kit_options(pelican.settings)[1] + read_campaign(pelican.settings)[1]
    stop_on_problems("campaign_kit", problems or read_day(pelican.settings).problems)


def begin_build(_pelican: Any) -> None:
    """Forget the last build (autoreload runs many in one process)."""
    global _build
    _build = Build()


def keep_stories(generator: Any) -> None:
    """The stories, and their posts started in workers (a preview never writes the kit)."""
    settings = generator.settings
    if settings.get("SLINGSHOT_PREVIEW"):
        return
    _build.articles = list(generator.articles)
    _build.stories = [story_of(article, settings) for article in generator.articles]
    _build.day = read_day(settings)
    if available():
        _build.recipes = kit_recipes(_build.stories, settings, _build.day)
        _build.cache = KitCache(kit_options(settings)[0]["cache"])
        _build.composing = compose_ahead(_build.cache, _build.recipes, settings)


def with_staff(settings: dict, day: Day) -> dict:
    """The settings the kit is checked with: the rostered names declared as staff who agreed
    to take part (PUBLISH_CHECK['allow']), so that the kit may name them and nothing else
    (a name in a story still fails, here and in the story's own check)."""
    given = settings.get("PUBLISH_CHECK") or {}
    allowed = [*(given.get("allow") or []), *staff_allowances(day.shifts)]
    return {**settings, "PUBLISH_CHECK": {**given, "allow": allowed}}


def refuse_unclean_kit(folder: Path, files: list[Path], settings: dict) -> None:
    """Check the kit as the site is checked; a kit with a problem is removed and the build fails."""
    problems = [problem for problem in check_built(folder, settings, site=False) if problem.is_error]
    if not problems:
        return
    for problem in problems:
        logger.error("%s", problem.describe())
    for file in files:
        file.unlink(missing_ok=True)
    for subfolder in FOLDERS:
        shutil.rmtree(folder / subfolder, ignore_errors=True)
    logger.critical("Build failed: the campaign kit held something no check of the stories found, "
                    "so it was not written. Fix the problems listed above, then build again.")
    raise SystemExit(1)


def write_after_success(pelican: Any) -> None:
    """Receiver of the gate's `build_passed`: write the kit."""
    started = time.perf_counter()
    settings = pelican.settings
    chosen = kit_options(settings)[0]
    folder = chosen["path"]
    cache = _build.cache or KitCache(chosen["cache"])
    for future in _build.composing:
        cache.ahead.update(result(future) or [])
    day = _build.day or read_day(settings)
    kit = make_kit(_build.stories, settings, cache.post, _build.recipes, day, cache.measured)
    cards = share_cards(kit, _build.articles, settings, Path(pelican.output_path))
    freezing = bool(kit.campaign and (chosen["freeze"] or kit.campaign.started()))
    if freezing:
        kit.schedule = frozen(kit, settings, cache.measured)
    if freezing or day.fixed:  # before the check, which reads it; a withdrawn story let go
        write_fixed(Path(folder, FIXED_FILE),
                    [(slot, slot.text) for slot, _ in kit.schedule if slot.fixed])
    digest = fingerprint(kit, cache.order[:len(kit.posts)])  # the posts come first
    written = not cache.files_current(folder, digest)
    if written:
        files = write_kit(kit, folder, cards)
        refuse_unclean_kit(Path(folder), files, with_staff(settings, day))
        cache.wrote(folder, digest, files)
    cache.save()
    for warning in kit.warnings:
        logger.warning("campaign_kit: %s", warning)
    logger.info("campaign_kit: %d posts for %d stories%s %s %s (%d composed, the rest from "
                "the cache) in %.3f s", len(kit.posts), len(_build.stories),
                f" and a schedule of {len(kit.schedule)}" if kit.campaign else "",
                "written to" if written else "unchanged in", folder, cache.composed,
                time.perf_counter() - started)


def share_cards(kit: Kit, articles: list[Any], settings: dict,
                output: Path) -> dict[str, Path]:
    """Name each scheduled story's share card in the kit (kit.images, with its alt text);
    return the cards to copy there: each one's path in the kit, and the built file."""
    site = settings["PUBLIC_SITEURL"].rstrip("/") + "/"
    scheduled = {slot.story.url for slot, _ in kit.schedule if slot.story}
    cards: dict[str, Path] = {}
    for article in articles:
        card = getattr(article, "share_image", None)
        url = f"{site}{article.url}"
        if url not in scheduled or not card or not card.url.startswith(site):
            continue
        built = output / card.url[len(site):]
        if built.is_file():
            name = f"images/{card.url[len(site):]}"
            cards[name] = built
            kit.images[url] = (name, card.alt)
    return cards


def register() -> None:
    # initialized: the settings are read and nothing is built yet: a bad campaign stops here.
    signals.initialized.connect(start)
    # get_generators fires at the start of every build, before any file is read.
    signals.get_generators.connect(begin_build)
    # article_generator_finalized: every published article is read and has its URL.
    signals.article_generator_finalized.connect(keep_stories)
    # The publish gate's verdict, at the end of a build that went well (never a preview).
    build_passed.connect(write_after_success)
