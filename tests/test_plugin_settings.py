"""Each plugin's settings are one dict, checked when Pelican starts: a mistake is named, and
the build stops before anything is written, with no traceback."""

from __future__ import annotations

import pytest

from conftest import ROOT, run_pelican
from plugins.publish_gate import read_setting


@pytest.mark.parametrize(("setting", "named"), [
    ('PUBLISH_GATE={"requierd": ["anonymity"]}', "publish_gate: PUBLISH_GATE['requierd'] is not a setting"),
    ('PUBLISH_GATE={"required": "anonymity"}', "PUBLISH_GATE['required'] must be a list of texts"),
    ('SOCIAL_CARDS={"locale": 5}', "social_cards: SOCIAL_CARDS['locale'] must be a text, not int 5"),
    ('CAMPAIGN_KIT={"networks": "x"}', "campaign_kit: CAMPAIGN_KIT['networks'] must be a list of texts"),
    ('PUBLISH_CHECK={"allow": "Amina Yusuf -- our chief officer"}',
     "publisher: PUBLISH_CHECK['allow'] must be a list of texts"),
    ('KINDS={"case-studies": "Case studies", "news": "News"}', "departments: KINDS has no key 'profiles'"),
])
def test_a_mistaken_plugin_setting_stops_the_build_and_names_it(tmp_path, setting, named):
    output = tmp_path / "output"
    build = run_pelican(ROOT / "content", output, "-e", setting)
    assert build.returncode != 0
    assert named in " ".join(build.log.split()), build.log
    assert "Traceback" not in build.log
    assert not output.exists() or not any(output.iterdir())


def test_a_value_of_the_wrong_kind_is_named_and_its_default_stands():
    chosen, problems = read_setting({"X": {"size": True, "names": ["a"], "extra": 1}}, "X",
                                    {"size": 1, "names": []}, {"size": int, "names": list[str]})
    assert chosen == {"size": 1, "names": ["a"]}
    assert problems == ["X['extra'] is not a setting; the settings are: size, names",
                        "X['size'] must be a whole number, not bool True"]
