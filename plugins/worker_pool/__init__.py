"""Pure jobs keyed by their inputs' bytes, mapped over worker processes on the other cores.

Pelican builds on one core. The guard's report on a story, a share card and the kit's posts
do not depend on other stories, so they run beside the build (see jobs.py and pool.py).
"""

from .jobs import Preparer, add_preparer, result_for
from .plugin import register
from .pool import available, result, submit

__all__ = ["Preparer", "add_preparer", "available", "register", "result",
           "result_for", "submit"]
