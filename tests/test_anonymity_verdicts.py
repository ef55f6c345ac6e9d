"""Remembered reports are reused only while nothing the guard reads has changed."""

from __future__ import annotations

import pickle

from PIL import Image

from plugins.anonymity.findings import StoryReport
from plugins.anonymity.verdicts import FILE_NAME, Verdicts, fingerprint, story_key


def test_a_remembered_report_survives_a_new_process_with_the_same_inputs(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    allowlist = content / "allowlist.txt"
    allowlist.write_text("Kai Brennan\n")
    now = fingerprint(content, allowlist, {"consent_required": ["case-studies"]})
    first = Verdicts(tmp_path / "cache", now)
    key = story_key("case-studies/kai.md", b"Kai Brennan")
    first.put(key, StoryReport("case-studies/kai.md"))
    first.save()
    assert Verdicts(tmp_path / "cache", now).get(key) is not None
    assert Verdicts(tmp_path / "cache", now).get(story_key("case-studies/kai.md", b"Kai B")) is None


def test_changing_the_allowlist_settings_or_an_image_forgets_every_report(tmp_path):
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    allowlist = content / "allowlist.txt"
    allowlist.write_text("Kai Brennan\n")
    option = {"consent_required": ["case-studies"]}
    before = fingerprint(content, allowlist, option)
    allowlist.write_text("\n")
    after_allowlist = fingerprint(content, allowlist, option)
    after_settings = fingerprint(content, allowlist, {**option, "unusual_details": ["farrier"]})
    Image.new("RGB", (4, 4)).save(content / "images" / "new.jpg")
    after_image = fingerprint(content, allowlist, option)
    assert len({before, after_allowlist, after_settings, after_image}) == 4
    remembered = Verdicts(tmp_path / "cache", before)
    remembered.put("k", StoryReport("x.md"))
    remembered.save()
    assert Verdicts(tmp_path / "cache", after_allowlist).get("k") is None


def test_a_storys_addresses_are_remembered_beside_its_report_and_forgotten_with_it(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    allowlist = content / "allowlist.txt"
    now = fingerprint(content, allowlist, {})
    first = Verdicts(tmp_path / "cache", now)
    key = story_key(str(content / "kai.md"), b"![Benches](images/bench.jpg)")
    first.put_addresses(key, ("images/bench.jpg",))
    first.save()
    assert Verdicts(tmp_path / "cache", now).story_addresses(key) == ("images/bench.jpg",)
    allowlist.write_text("Kai Brennan\n")
    changed = fingerprint(content, allowlist, {})
    assert Verdicts(tmp_path / "cache", changed).story_addresses(key) is None


def test_an_unreadable_or_old_cache_file_is_only_a_slower_build(tmp_path):
    now = fingerprint(tmp_path, tmp_path / "allowlist.txt", {})
    (tmp_path / "cache").mkdir()
    for damaged in (b"not a pickle", pickle.dumps((now, {"k": StoryReport("x.md")}))):
        (tmp_path / "cache" / FILE_NAME).write_bytes(damaged)
        remembered = Verdicts(tmp_path / "cache", now)
        assert remembered.get("k") is None and remembered.story_addresses("k") is None
