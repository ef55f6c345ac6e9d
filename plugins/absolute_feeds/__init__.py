"""Feeds a reader can use away from the site: absolute links and image addresses, a picture
for each entry, a description for each channel, and ids that do not pose as addresses; and
sitemap.xml, its pages dated by their stories."""

from .plugin import register

__all__ = ["register"]
