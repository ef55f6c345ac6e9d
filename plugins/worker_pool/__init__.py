"""Work of the build done ahead, in worker processes on the machine's other cores.

Pelican builds on one core. Reading a story's Markdown, checking it for identifying details
and drawing its share card do not depend on other stories, so they can run beside the build.
"""

from .plugin import register
from .pool import available, result, submit
from .sources import Preparer, add_preparer, prepared

__all__ = ["Preparer", "available", "add_preparer", "prepared", "register", "result", "submit"]
