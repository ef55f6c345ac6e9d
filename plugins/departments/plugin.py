"""Pelican adapter: a generator that writes department pages and feeds.

A department's page is paginated as Pelican paginates a category: `PAGINATED_TEMPLATES`
names the `department` template (added here, with the default page size, when the settings
do not name it), and Pelican's writer splits the stories over pages by `PAGINATION_PATTERNS`.
"""

from __future__ import annotations

from typing import Any

from pelican import signals
from pelican.generators import Generator

from plugins.publish_gate import stop_on_problems
from plugins.story_model import PROFILES

from .model import assign, make_departments


class DepartmentsGenerator(Generator):
    """Runs after the articles generator, so every published story is known."""

    def generate_context(self) -> None:
        departments = make_departments(self.settings)
        assign(departments, self.context["articles"], self.context.get("drafts", []))
        self.context["departments"] = departments

    def generate_output(self, writer: Any) -> None:
        relative = self.settings["RELATIVE_URLS"]
        departments = self.context["departments"]
        for department in departments:
            writer.write_file(
                department.save_as,
                self.get_template("department"),
                self.context,
                relative_urls=relative,
                url=department.url,
                department=department,
                # The page shows its profile's text: plugins/preview_rebuild sees it is given.
                profile=department.profile,
                articles=department.articles,
                paginated={"articles": department.articles},
                template_name="department",
            )
            for path, feed_type in ((department.feed_atom, "atom"), (department.feed_rss, "rss")):
                writer.write_feed(
                    department.feed_items,
                    self.context,
                    path,
                    feed_type=feed_type,
                    feed_title=department.name,
                )
        writer.write_file(
            self.settings["DEPARTMENTS_SAVE_AS"],
            self.get_template("departments"),
            self.context,
            relative_urls=relative,
            url=self.settings["DEPARTMENTS_URL"],
        )


def check_settings(pelican: Any) -> None:
    """A department's profile is the story of the `profiles` kind: KINDS must keep that key."""
    if PROFILES not in pelican.settings["KINDS"]:
        stop_on_problems("departments", [f"KINDS has no key {PROFILES!r}, so no department would "
                                         "show its profile: keep the key (it is the folder "
                                         "content/profiles/) and change only its label"])


def paginate_departments(pelican: Any) -> None:
    """Department pages are list pages: paginate them like categories unless told otherwise."""
    # A new dict: Pelican's default one is shared by every build in the process.
    pelican.settings["PAGINATED_TEMPLATES"] = {"department": None,
                                               **pelican.settings["PAGINATED_TEMPLATES"]}


def add_generator(_pelican: Any) -> type[Generator]:
    return DepartmentsGenerator


def register() -> None:
    # initialized: the settings are read and nothing is built yet.
    signals.initialized.connect(check_settings)
    signals.initialized.connect(paginate_departments)
    # get_generators lets a plugin add a generator; plugin generators run after
    # the articles generator, whose published articles this one groups.
    signals.get_generators.connect(add_generator)
