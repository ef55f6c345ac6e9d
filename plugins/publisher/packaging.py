"""A dated zip of the checked site, for a trust whose only internet-connected computer is one desk.

Someone carries the zip to that computer and uploads it through the web host's control panel.
The zip holds README.txt (how to do that) and the folder `site/`: the built, checked site and
nothing else; no sources, no campaign kit, no drafts. Every file in it is marked 0644 (readable
by the web server), whatever its mode here: the build writes cleaned photos through mkstemp,
which makes them 0600, and an unzip on a server keeps the mode the zip records.
"""

from __future__ import annotations

import datetime
import os
import re
import shutil
import stat
import tempfile
import time
import zipfile
from pathlib import Path

README = """\
{sitename}: the website, ready to upload
Built and checked on {date} for {siteurl}

The folder "site" is the whole website. Every page, feed and image in it was checked for
details that could identify someone before this zip was made. Do not change the files:
a change made now has not been checked.

To put it online
1. Copy this zip to the computer you use to update the website.
2. Unzip it there (right-click, Extract All).
3. Log in to your web host's control panel and open its File Manager.
4. Open the website's public folder (often called public_html, www or htdocs).
5. Upload everything that is INSIDE the "site" folder into the public folder, and say
   yes when asked to replace files. (Or upload this zip, choose Extract, and move the
   contents of "site" up into the public folder.)
6. Open {siteurl} and check that the newest story is there.

Pages that this site no longer has stay on the host until they are deleted there: when a
story is withdrawn, delete its folder in the File Manager too.
"""


def package_name(sitename: str, day: datetime.date) -> str:
    """The zip's file name: the site's name and the date, e.g. pennine-vale-probation-site-2026-11-22.zip."""
    slug = re.sub(r"[^a-z0-9]+", "-", sitename.lower()).strip("-") or "site"
    return f"{slug}-site-{day.isoformat()}.zip"


def write_package(site: Path, folder: Path, sitename: str, siteurl: str,
                  day: datetime.date | None = None) -> Path:
    """Write the zip into `folder` (replacing one of the same day) and return its path."""
    day = day or datetime.date.today()
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / package_name(sitename, day)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".package-", suffix=".zip")
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            readme = README.format(sitename=sitename, siteurl=siteurl, date=f"{day.day} {day:%B %Y}")
            entry = _readable(zipfile.ZipInfo("README.txt", date_time=time.localtime()[:6]))
            archive.writestr(entry, readme.replace("\n", "\r\n"))  # Notepad-friendly
            for path in sorted(site.rglob("*")):
                if path.is_file():
                    name = f"site/{path.relative_to(site).as_posix()}"
                    entry = _readable(zipfile.ZipInfo.from_file(path, name))
                    with path.open("rb") as source, archive.open(entry, "w") as copy:
                        shutil.copyfileobj(source, copy)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the zip is for carrying around
        os.replace(temporary, destination)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return destination


def _readable(entry: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """The entry marked as an ordinary file, mode 0644, compressed."""
    entry.external_attr = (stat.S_IFREG | 0o644) << 16
    entry.compress_type = zipfile.ZIP_DEFLATED
    return entry
