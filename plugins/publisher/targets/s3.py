"""An S3-compatible bucket (AWS, MinIO, Ceph, Backblaze, ...) through boto3.

S3 has no atomic switch: a bucket serves each object on its own and cannot rename a folder.
So a publish is done in two phases, and the slow one cannot touch the live site:

1. Upload every new or changed file to a staging prefix, `.slingshot/staging/<time>/`.
   This is the transfer over the trust's own line, and nearly all the time a publish takes.
   Killed here, the live site is the old one, whole; the next publish removes the leftovers.
2. Copy each staged object into place inside the bucket (server-side copies: no upload, a few
   milliseconds each): files that pages use first (images, styles), then pages, then feeds,
   sitemap.xml and robots.txt, which announce the new pages. Then write the manifest and only
   then delete the files the new site no longer has.

Killed during phase 2 (a window of well under a second for a site this size), some pages are
new and some old, but every page's images and styles exist, and nothing was deleted yet;
publishing again completes it. Only objects a publish put there (listed in
`.slingshot/manifest.json`) are ever deleted.

Credentials: boto3's own chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the
environment, or a profile in ~/.aws (AWS_PROFILE). SLINGSHOT_S3_ENDPOINT for a bucket that is
not on AWS.
"""

from __future__ import annotations

import json
import mimetypes
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .changes import compare, md5, site_files
from .config import Target
from .errors import PublishError
from .releases import release_name

CONTROL = ".slingshot"
TYPES = {".xml": "application/xml", ".atom": "application/atom+xml", ".rss": "application/rss+xml",
         ".svg": "image/svg+xml", ".txt": "text/plain", ".br": "application/x-brotli",
         ".gz": "application/gzip", ".webmanifest": "application/manifest+json"}
LAST = ("sitemap.xml", "robots.txt")
PARALLEL = 8  # requests at a time: S3 is slow per request, fast in parallel


def publish(site: Path, target: Target, dry_run: bool, say: Callable[[str], None]) -> str:
    """Stage the new and changed files, copy them into place, then remove stale ones."""
    bucket, prefix = target.options["bucket"], target.options.get("prefix", "")
    client, transfer = _client(target)
    where = f"s3://{bucket}/{prefix}".rstrip("/")
    root = f"{prefix}/" if prefix else ""
    manifest_key = f"{root}{CONTROL}/manifest.json"
    try:
        live = _live_objects(client, bucket, root)
        manifest = _manifest(client, bucket, manifest_key)
    except Exception as error:  # noqa: BLE001 - botocore raises many kinds; all mean "cannot reach"
        raise PublishError(f"Could not read {where} ({_reason(error)}). Check SLINGSHOT_S3_ENDPOINT, "
                           "the bucket name and the credentials in the environment") from None
    files = site_files(site)
    changes = compare(files, {k: v for k, v in live.items() if not k.startswith(f"{CONTROL}/")})
    changes.removed = sorted(set(manifest) - set(files))  # only what a publish put there
    if dry_run:
        for line in changes.describe(where):
            say(line)
        return "dry run: nothing was changed"
    staging = f"{root}{CONTROL}/staging/{release_name()}/"
    try:
        _remove(client, bucket, [k for k in live if k.startswith(f"{CONTROL}/staging/")], root)
        upload = sorted(changes.added + changes.changed, key=_order)
        workers = 1 if target.options.get("bwlimit") else PARALLEL
        say(f"Uploading {len(upload)} new or changed file(s) to {where}/{staging} ...")
        _each(workers, upload, lambda path: client.upload_file(
            str(files[path]), bucket, staging + path,
            ExtraArgs={"ContentType": content_type(path)}, Config=transfer))
        say("Copying them into place ...")
        for group in _groups(upload):
            _each(PARALLEL, group, lambda path: client.copy_object(
                Bucket=bucket, Key=root + path, MetadataDirective="COPY",
                CopySource={"Bucket": bucket, "Key": staging + path}))
        new_manifest = {path: md5(file) for path, file in files.items()}
        client.put_object(Bucket=bucket, Key=manifest_key, ContentType="application/json",
                          Body=json.dumps(new_manifest, indent=0, sort_keys=True).encode())
        _remove(client, bucket, [root + path for path in changes.removed], root="")
        _remove(client, bucket, [staging + path for path in upload], root="")
    except PublishError:
        raise
    except Exception as error:  # noqa: BLE001
        raise PublishError(f"The upload to {where} stopped ({_reason(error)}). If it stopped while "
                           "uploading, the live site is the previous one; publish again to "
                           "complete it") from None
    return (f"{where}: {len(changes.added)} new, {len(changes.changed)} changed, "
            f"{len(changes.removed)} removed, {changes.unchanged} unchanged")


def content_type(path: str) -> str:
    """The Content-Type a browser needs for a file (HTML and text in UTF-8)."""
    suffix = Path(path).suffix.lower()
    kind = TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in ("application/xml", "application/atom+xml",
                                            "application/rss+xml", "application/json"):
        kind += "; charset=utf-8"
    return kind


def _order(path: str) -> tuple[int, str]:
    """Assets before pages, pages before feeds; sitemap.xml and robots.txt last."""
    if path in LAST:
        return 3, path
    if path.endswith((".xml", ".xml.gz", ".xml.br")):
        return 2, path
    if path.endswith((".html", ".html.gz", ".html.br")):
        return 1, path
    return 0, path


def _groups(paths: list[str]) -> list[list[str]]:
    """Paths (already in order) split where the order's rank changes."""
    groups: dict[int, list[str]] = {}
    for path in paths:
        groups.setdefault(_order(path)[0], []).append(path)
    return [groups[rank] for rank in sorted(groups)]


def _each(workers: int, paths: list[str], action: Callable[[str], object]) -> None:
    """Run `action` on every path, `workers` at a time; the first failure stops the rest."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(action, path) for path in paths]
        try:
            for future in futures:
                future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _client(target: Target) -> tuple[Any, Any]:
    try:
        import boto3  # noqa: PLC0415 - only this target needs boto3
        from boto3.s3.transfer import TransferConfig  # noqa: PLC0415
    except ModuleNotFoundError:
        raise PublishError("boto3 is not installed: .venv/bin/pip install -r requirements.txt") from None
    client = boto3.client("s3", endpoint_url=target.options.get("endpoint") or None,
                          region_name=target.options.get("region") or None)
    bandwidth = target.options.get("bwlimit") or 0
    # One part per file (so the ETag is the MD5 the next publish compares with); files are
    # sent in parallel by the caller, so each transfer needs no threads of its own.
    transfer = TransferConfig(multipart_threshold=5 * 1024**3, use_threads=False,
                              max_bandwidth=bandwidth * 1024 if bandwidth else None)
    return client, transfer


def _live_objects(client: Any, bucket: str, root: str) -> dict[str, str]:
    """Relative key -> ETag (the MD5 for single-part uploads) of every object under root."""
    found: dict[str, str] = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=root):
        for item in page.get("Contents", []):
            found[item["Key"][len(root):]] = item["ETag"].strip('"')
    return found


def _manifest(client: Any, bucket: str, key: str) -> dict[str, str]:
    try:
        body = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    except client.exceptions.NoSuchKey:
        return {}
    return json.loads(body)


def _remove(client: Any, bucket: str, keys: list[str], root: str) -> None:
    keys = [root + key for key in keys]
    for start in range(0, len(keys), 1000):
        chunk = keys[start : start + 1000]
        client.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in chunk], "Quiet": True})


def _reason(error: Exception) -> str:
    return str(error).splitlines()[0][:200] or error.__class__.__name__
