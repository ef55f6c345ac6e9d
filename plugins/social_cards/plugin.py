"""Pelican adapter: a share card for every story, and share tags and links for templates.

Templates call two functions this plugin adds to JINJA_GLOBALS:

- `share_tags(item, canonical, title, description)`: the (attribute, name, content) of each
  <meta> tag for the page (base.html writes them beside the canonical link);
- `share_links(article, canonical)`: (text, address) of each plain share link (article.html).
  Not in the preview (`SLINGSHOT_PREVIEW`): a page there is not at the address a link would
  share (a draft is not live at all), so article.html writes no share links.

and `FOLLOW_ACCOUNTS`, the trust's accounts the footer links to (share_links.py).
"""

from __future__ import annotations

import logging
import posixpath
import shutil
import time
from pathlib import Path
from concurrent.futures import Future
from typing import Any
from urllib.parse import quote

from jinja2 import pass_context
from pelican import signals
from pelican.contents import Article
from pelican.generators import Generator

from plugins.anonymity.api import story_image_path
from plugins.publish_gate import stop_on_problems
from plugins.publisher.blocked_links import blocked_domains
from plugins.worker_pool import available, result, submit

from .cards import HEIGHT, WIDTH, CardSpec, Palette, alt_text, cache_path, draw_card
from .copies import copy_sources, is_cached, publish_copies
from .metadata import Publisher, SharedPage, ShareImage, plain_text, share_tags
from .settings import options
from .share_links import followed_accounts, share_links

# Under Pelican's own logger, as a namespace plugin's would be: the publish gate and
# `pelican --fatal errors` count what is logged here.
logger = logging.getLogger("pelican.plugins.social_cards")
SITE_IMAGE = "SHARE_SITE_IMAGE"  # the context key of the card for index pages
# How many of the newest stories the home page features with a picture (index.html reads it).
FEATURED_STORIES = 3


class SocialCardsGenerator(Generator):
    """Draws (or takes from the cache) a card per story, then copies the cards into the output.

    Cards missing from the cache are drawn by worker processes (plugins/worker_pool), each
    from the moment its story is read (`EarlyCards`), and collected when the cards are
    copied; without workers, or when a worker fails, they are drawn here.
    """

    def generate_context(self) -> None:
        self.started = time.perf_counter()
        settings = self.settings
        chosen, _problems = options(settings)  # already checked when Pelican started
        self.cache = Path(chosen["cache"])
        palette = Palette.from_site(settings["SITE_COLOURS"])
        # output path: spec, cached file, whether it has copies (copies.py)
        self.cards: dict[str, tuple[CardSpec, Path, bool]] = {}
        self.drawing: dict[str, Future | None] = {}
        stories = [*self.context.get("articles", []), *self.context.get("hidden_articles", [])]
        # Only the home page's featured stories (the newest: Pelican sorts `articles` newest
        # first) show their card as a picture; copies for every card would cost a cold build
        # some 40 ms a story.
        featured = {id(story) for story in self.context.get("articles", [])[:FEATURED_STORIES]}
        for story in stories:
            if not story.save_as:
                continue
            spec = EARLY.same_spec(story, card_spec(story, chosen["font"], palette))
            folder = posixpath.dirname(story.save_as)
            pictured = spec.photo is None and id(story) in featured
            path = self.add_card(folder, spec, copies=pictured)
            photo_alt = getattr(story, "image_alt", "") if spec.photo else ""
            story.share_image = self.share_image(
                path, alt_text(spec.title, spec.department, spec.site_name, photo_alt), spec)
            if pictured:
                # Lists show the card as the story's picture (macros.html `story_picture`): its
                # smaller WebP copies and the card itself, as (address from the root, width).
                story.share_image_sources = {"webp": copy_sources(path),
                                             "fallback": [(quote(path), WIDTH)]}
        strapline = plain_text(settings.get("SITE_STRAPLINE", "")) or settings["SITENAME"]
        spec = CardSpec(strapline, "", settings["SITENAME"], palette, chosen["font"])
        path = self.add_card("", spec)
        self.context[SITE_IMAGE] = self.share_image(
            path, f"{settings['SITENAME']}: {strapline}", spec)
        EARLY.forget()  # a story drawn early but not published: its card is cached, unused

    def add_card(self, folder: str, spec: CardSpec, copies: bool = False) -> str:
        """The card's path in the output; drawing starts now if the cache lacks it (or, when
        it has `copies`, them)."""
        path = posixpath.join(folder, f"share-{spec.key[:10]}.{spec.extension}")
        cached = cache_path(spec, self.cache)
        self.cards[path] = (spec, cached, copies)
        if not copies and spec.key in EARLY.drawing:  # drawn this build, perhaps finished
            self.drawing[path] = EARLY.drawing.pop(spec.key) or submit(draw_card, spec, self.cache, copies)
        elif not is_cached(cached, copies):
            self.drawing[path] = submit(draw_card, spec, self.cache, copies)
        return path

    def share_image(self, path: str, alt: str, spec: CardSpec) -> ShareImage:
        url = f"{self.settings['PUBLIC_SITEURL'].rstrip('/')}/{path}"
        return ShareImage(url, WIDTH, HEIGHT, alt, spec.mime_type)

    def card_file(self, path: str) -> Path | None:
        """The finished cached file of the card published at `path`, any copies beside it
        (waiting for its worker, or drawing it here if the worker failed); None if no card is
        published there. The feeds' enclosures (plugins/absolute_feeds) read their lengths
        from it."""
        if path not in self.cards:
            return None
        spec, cached, copies = self.cards[path]
        if result(self.drawing.get(path)) is None and not is_cached(cached, copies):
            draw_card(spec, self.cache, copies)
        return cached

    def generate_output(self, writer: Any) -> None:
        for path, (_spec, _cached, copies) in self.cards.items():
            cached = self.card_file(path)
            target = Path(self.output_path, *path.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
            if copies:
                publish_copies(cached, target)
        # Counted by card, not by page: two stories with the same title and department share
        # one card, which a worker may have finished before the second asks for it.
        drawn = {self.cards[path][0].key for path in self.drawing}
        cards = {spec.key for spec, _cached, _copies in self.cards.values()}
        logger.info("social_cards: %d share images, %d cards (%d drawn, %d from %s) in %.3f s",
                    len(self.cards), len(cards), len(drawn), len(cards - drawn),
                    self.cache, time.perf_counter() - self.started)


def card_spec(story: Any, font: str, palette: Palette) -> CardSpec:
    """What the story's card shows."""
    settings = story.settings
    return CardSpec(plain_text(story.title), department_name(story, settings),
                    settings["SITENAME"], palette, font, story_photo(story, settings))


class EarlyCards:
    """Cards a worker started drawing as their story was read (plugins/worker_pool), by key,
    and each story's spec then, by source file."""

    def __init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        """A new build: nothing drawn, no spec known."""
        self.drawing: dict[str, Future | None] = {}
        self.specs: dict[str, CardSpec] = {}
        self.chosen: tuple[dict, str, Palette, Path] | None = None  # settings, font, palette, cache

    def story_read(self, story: Any) -> None:
        """Receiver of `content_object_init`: a worker draws a story's card missing from the
        cache while the other stories are read, not after them all."""
        if not (available() and isinstance(story, Article) and story.status != "draft"):
            return
        if self.chosen is None or self.chosen[0] is not story.settings:
            chosen, _problems = options(story.settings)
            self.chosen = (story.settings, chosen["font"],
                           Palette.from_site(story.settings["SITE_COLOURS"]), Path(chosen["cache"]))
        _settings, font, palette, cache = self.chosen
        spec = self.specs[story.source_path] = card_spec(story, font, palette)
        if spec.key not in self.drawing and not is_cached(cache_path(spec, cache), copies=False):
            self.drawing[spec.key] = submit(draw_card, spec, cache, False)

    def same_spec(self, story: Any, spec: CardSpec) -> CardSpec:
        """`spec`, or the equal one made as the story was read (its key already worked out)."""
        early = self.specs.get(story.source_path)
        return early if early == spec else spec


EARLY = EarlyCards()


def department_name(story: Any, settings: dict) -> str:
    """The name of the story's department (story_model gives each story its slug)."""
    slug = getattr(story, "department_slug", None)
    return settings.get("DEPARTMENTS", {}).get(slug, {}).get("name", "") if slug else ""


def story_photo(story: Any, settings: dict) -> str | None:
    """The story's own photo (its `Image:` field), when the file is there: read as the story
    model and the anonymity guard read it, so the card shows only the photo they checked."""
    image = story.metadata.get("image")
    path = story_image_path(image, Path(settings["PATH"])) if image else None
    return str(path) if path and path.is_file() else None


def shared_page(
    context: Any, item: Any, canonical: str, title: str, description: str
) -> SharedPage:
    """What a page shares: a story its own card and dates; a department its profile's card;
    every other page the site's card."""
    item = item or None  # an undefined template variable is falsy
    image = getattr(item, "share_image", None)
    profile = getattr(item, "profile", None)
    image = image or getattr(profile, "share_image", None) or context.get(SITE_IMAGE)
    page = SharedPage(
        url=canonical,
        title=plain_text(title) or context["SITENAME"],
        description=plain_text(description) or plain_text(context.get("SITE_STRAPLINE", "")),
        image=image,
    )
    if isinstance(item, Article):
        page = SharedPage(
            page.url, page.title, page.description, page.image, type="article",
            published=item.date, modified=getattr(item, "modified", None),
            section=str(item.category),
        )
    return page


class ShareTags:
    """`share_tags(item, canonical, title, description)` for templates.

    A class at module level, not a closure: Pelican's content cache pickles the settings (its
    Tag and Category objects hold them), JINJA_GLOBALS included, and pickle can only save a
    function by its importable name, or an object by its class and its (plain) attributes.
    """

    def __init__(self, chosen: dict) -> None:
        self.locale = chosen["locale"]
        self.x_account = chosen["x_account"]
        self.fediverse_creator = chosen["fediverse_creator"]

    @pass_context  # Jinja gives a callable object the template's context too
    def __call__(self, context: Any, item: Any, canonical: str, title: str = "",
                 description: str = "") -> list:
        page = shared_page(context, item, canonical, title, description)
        site = Publisher(context["SITENAME"], self.locale, self.x_account, self.fediverse_creator)
        return share_tags(page, site)


class ShareLinks:
    """`share_links(article, canonical)` for templates (a class for the reason ShareTags is)."""

    def __init__(self, chosen: dict) -> None:
        self.x_account = chosen["x_account"]

    @pass_context
    def __call__(self, context: Any, article: Any, canonical: str) -> list[tuple[str, str]]:
        return share_links(canonical, plain_text(article.title), plain_text(article.summary),
                           hashtag=context.get("CAMPAIGN_HASHTAG", ""), via=self.x_account,
                           blocked=blocked_domains(context))


def template_functions(chosen: dict, preview: bool = False) -> dict[str, Any]:
    """The functions templates call, bound to the checked settings (and picklable); in the
    preview, no `share_links`."""
    functions: dict[str, Any] = {"share_tags": ShareTags(chosen)}
    if not preview:
        functions["share_links"] = ShareLinks(chosen)
    return functions


def start(pelican: Any) -> None:
    """Check SOCIAL_CARDS once, and give templates their functions."""
    chosen, problems = options(pelican.settings)
    stop_on_problems("social_cards", problems)
    pelican.settings["JINJA_GLOBALS"] = {
        **pelican.settings.get("JINJA_GLOBALS", {}),
        **template_functions(chosen, preview=bool(pelican.settings.get("SLINGSHOT_PREVIEW"))),
        "FEATURED_STORIES": FEATURED_STORIES,
        "FOLLOW_ACCOUNTS": followed_accounts(pelican.settings),
    }


def add_generator(_pelican: Any) -> type[Generator]:
    return SocialCardsGenerator


def register() -> None:
    # initialized: the settings are read and no generator exists yet, so the check comes
    # first and the template functions reach every generator's Jinja environment.
    signals.initialized.connect(start)
    # get_generators: our generator runs after the articles are read and before any page
    # is written, so each page's template finds its story's card.
    signals.get_generators.connect(add_generator)
    # content_object_init: a story is read (and story_model has given it its department).
    signals.content_object_init.connect(EARLY.story_read)
