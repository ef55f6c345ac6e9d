"""Names for the site's content objects that are the same in every build: kind and source path.

Pages refer to stories by these names in the manifest, and a read recorded in the last
build ("the title of Article:case-studies/x.md") is made again on this build's object of
the same name.
"""

from __future__ import annotations

from typing import Any

from pelican.contents import Content

from .digests import Unsummarisable, qualified_name

COLLECTIONS = ("generated_content", "static_content")  # every source Pelican read


class ContentIndex:
    """The content objects of one build, by name and by identity."""

    def __init__(self, context: dict) -> None:
        found: dict[str, list[Content]] = {}
        for collection in COLLECTIONS:
            for path, content in (context.get(collection) or {}).items():
                if content is not None and reads_are_seen(type(content)):
                    found.setdefault(f"{qualified_name(type(content))}:{path}", []).append(content)
        # A name given to two objects names neither: both are digested as unknown.
        self._objects = {name: objects[0] for name, objects in found.items() if len(objects) == 1}
        self._names = {id(content): name for name, content in self._objects.items()}

    def identify(self, value: Any) -> str | None:
        """The name of a content object; None for anything else."""
        if not isinstance(value, Content):
            return None
        name = self._names.get(id(value))
        if name is None:
            raise Unsummarisable(f"a {type(value).__name__} the site does not list "
                                 f"({getattr(value, 'source_path', '?')})")
        return name

    def find(self, name: str) -> Content | None:
        """This build's object of that name, if there is one."""
        return self._objects.get(name)


def reads_are_seen(kind: type) -> bool:
    """Whether `reads.py` can see every attribute read on instances of `kind`: not if a
    class between it and Content defines its own attribute lookup."""
    for cls in kind.__mro__:
        if cls is Content:
            return True
        if "__getattribute__" in vars(cls) or "__getattr__" in vars(cls):
            return False
    return False
