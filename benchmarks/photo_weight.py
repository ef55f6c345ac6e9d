"""A photo story's weight on a phone, and every published photo's bytes against its source.

Builds the sample site, with one story's photo replaced by a phone's (4000 x 3000 pixels,
stored sideways with EXIF orientation 6, GPS and a serial number, quality 92), into a scratch
folder. For that story and a sample photo story it reports what a phone of `--width` CSS
pixels and `--dpr` device pixels per CSS pixel downloads: the HTML and CSS gzipped, and each
picture the page shows, chosen as a browser chooses (the first <source> whose type it takes,
WebP included, else the <img>; in a srcset, the smallest candidate whose width covers the
slot `sizes` gives at the screen's density, else the largest).

Run: .venv/bin/python -m benchmarks.photo_weight [--code ROOT] [--width 390] [--dpr 2]
`--code` builds with another copy of the project (its pelicanconf.py, plugins and theme), so
that the same numbers can be had for the code before a change.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from bs4 import BeautifulSoup, Tag
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
PHONE_STORY = "case-studies/dean-finds-his-feet-on-the-allotment"
SAMPLE_STORY = "case-studies/jamal-builds-a-future-in-the-prison-workshop"
PHONE_PHOTO = "images/phone-photo.jpg"
REM = 16  # CSS pixels in a rem, as `sizes` media conditions read it
SITE = "http://site.test/"
SIZE = re.compile(r"^(?:\((min|max)-width:\s*([\d.]+)(rem|px)\)\s+)?(.+)$")
LENGTH = re.compile(r"^(?:calc\(100vw\s*-\s*([\d.]+)(rem|px)\)|([\d.]+)(rem|px|vw))$")


def phone_photo(path: Path) -> None:
    """A synthetic phone photo: grain and gradients, stored sideways, with GPS and a serial."""
    size = (4000, 3000)
    grain = Image.effect_noise(size, 40).filter(ImageFilter.GaussianBlur(1.5))
    picture = Image.merge("RGB", (grain, grain.rotate(180),
                                  Image.linear_gradient("L").resize(size)))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F], exif[0x0110] = "PhoneMaker", "Phone 15"
    exif[0x8825] = {1: "N", 2: (53.0, 43.0, 12.5), 3: "W", 4: (1.0, 51.0, 3.0)}
    exif[0x8769] = {0xA431: "SN-12345678"}
    picture.save(path, quality=92, exif=exif)


def build(code: Path, scratch: Path) -> Path:
    """The sample site with the phone photo on PHONE_STORY, built with `code`'s project."""
    content = scratch / "content"
    shutil.copytree(code / "content", content)
    phone_photo(content / PHONE_PHOTO)
    story = content / f"{PHONE_STORY}.md"
    text = re.sub(r"^Image: .*$", f"Image: {PHONE_PHOTO}", story.read_text(encoding="utf-8"),
                  count=1, flags=re.M)
    story.write_text(text, encoding="utf-8")
    output = scratch / "output"
    done = subprocess.run([sys.executable, "-m", "pelican", str(content), "-s",
                           str(code / "pelicanconf.py"), "-o", str(output)],
                          cwd=code, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"The build with {code} failed:\n{done.stdout}{done.stderr}")
    return output


def length(value: str, viewport: int) -> float:
    """A `sizes` length in CSS pixels: Npx, Nrem, Nvw or calc(100vw - N(rem|px))."""
    match = LENGTH.match(value.strip())
    if not match:
        raise ValueError(f"cannot read the sizes length {value!r}")
    if match.group(1):
        return viewport - float(match.group(1)) * (REM if match.group(2) == "rem" else 1)
    number, unit = float(match.group(3)), match.group(4)
    return number * {"rem": REM, "px": 1, "vw": viewport / 100}[unit]


def slot_width(sizes: str, viewport: int) -> float:
    """The width `sizes` gives the picture at this viewport: its first entry that applies."""
    for entry in (part.strip() for part in sizes.split(",")):
        kind, bound, unit, value = SIZE.match(entry).groups()
        if kind:
            limit = float(bound) * (REM if unit == "rem" else 1)
            if (kind == "min" and viewport < limit) or (kind == "max" and viewport > limit):
                continue
        return length(value, viewport)
    return viewport


def chosen(srcset: str, sizes: str, viewport: int, dpr: float) -> str:
    """The candidate a browser downloads: the smallest covering the slot at `dpr`."""
    candidates = sorted((int(width.rstrip("w")), address) for address, width in
                        (candidate.split() for candidate in srcset.split(",")))
    needed = slot_width(sizes or "100vw", viewport) * dpr
    return next((address for width, address in candidates if width >= needed), candidates[-1][1])


def picture_address(image: Tag, viewport: int, dpr: float) -> str:
    """The address of what a browser that takes WebP downloads for one <img>."""
    picture = image.find_parent("picture")  # libxml2 may read <img> as inside <source>
    if picture is not None:
        for source in picture.find_all("source"):
            if source.get("type") in (None, "image/webp", "image/jpeg", "image/png"):
                return chosen(source["srcset"], source.get("sizes", ""), viewport, dpr)
    if image.get("srcset"):
        return chosen(image["srcset"], image.get("sizes", ""), viewport, dpr)
    return image["src"]


def local(output: Path, page: Path, address: str) -> Path:
    url = urljoin(SITE + page.relative_to(output).as_posix(), address)
    return output / unquote(urlparse(url).path).lstrip("/")


def phone_weight(output: Path, story: str, viewport: int, dpr: float) -> dict[str, int | str]:
    """Bytes a phone downloads for a story's page: HTML and CSS gzipped, pictures as they are."""
    page = output / story / "index.html"
    document = BeautifulSoup(page.read_bytes(), "lxml")
    css = sum(len(gzip.compress(local(output, page, link["href"]).read_bytes(), 9))
              for link in document.find_all("link", rel="stylesheet"))
    pictures = [local(output, page, picture_address(image, viewport, dpr))
                for image in document.find_all("img")]
    weight: dict[str, int | str] = {"html": len(gzip.compress(page.read_bytes(), 9)), "css": css,
                                    "pictures": sum(path.stat().st_size for path in pictures)}
    weight["total"] = sum(value for value in weight.values() if isinstance(value, int))
    weight["photo"] = ", ".join(path.name for path in pictures if path.suffix != ".svg")
    return weight


def photo_sizes(output: Path, content: Path) -> list[tuple[str, int, int, str]]:
    """(name, source bytes, published bytes, published pixels) of every published photo."""
    rows = []
    for source in sorted((content / "images").glob("*.jpg")):
        published = output / "images" / source.name
        if published.is_file():
            with Image.open(published) as image:
                rows.append((source.name, source.stat().st_size, published.stat().st_size,
                             f"{image.width}x{image.height}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the project to build with")
    parser.add_argument("--width", type=int, default=390, help="the phone's width, CSS pixels")
    parser.add_argument("--dpr", type=float, default=2.0, help="device pixels per CSS pixel")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        output = build(options.code.resolve(), Path(scratch))
        print(f"Built with {options.code.resolve()}; a {options.width} px wide phone at "
              f"DPR {options.dpr:g} downloads:")
        for story in (PHONE_STORY, SAMPLE_STORY):
            weight = phone_weight(output, story, options.width, options.dpr)
            print(f"  {story}/: HTML {weight['html']:,} B + CSS {weight['css']:,} B (gzipped) + "
                  f"pictures {weight['pictures']:,} B ({weight['photo']}) = {weight['total']:,} B")
        print("Published photos (bytes of the source -> published, published pixels):")
        for name, source, published, pixels in photo_sizes(output, Path(scratch) / "content"):
            print(f"  {name}: {source:,} -> {published:,} B ({published / source:.0%}), {pixels}")


if __name__ == "__main__":
    main()
