"""Where the allow-list's and the public lists' phrases may start, read from one Aho-Corasick
reading of the story (phrase_reading.py), is every offset where their one pattern matches: in
any casing the pattern knows, across line breaks and runs of spaces, with either apostrophe."""

from __future__ import annotations

from pathlib import Path

from plugins.anonymity.allowlist import load_allowlist, phrase_pattern
from plugins.anonymity.lexicon import public_phrases
from plugins.anonymity.phrase_reading import PhraseReading

ROOT = Path(__file__).resolve().parent
PHRASES = ("Amina Yusuf", "St Mungo's", "Ha Ha", "Straße Eins", "İstanbul Kebab", "ΟΔΟΣ Άνω", "ΟΔΟΣ",
           "bbc.co.uk", "Mr  Brown", "O’Neill’s Bar")
EDGES = [
    "", "Amina\nYusuf said", "AMINA YUSUF", "amina yusuf", "Amina  \t Yusuf", "St Mungo’s, ST MUNGO'S",
    "Ha Ha Ha Ha", "STRASSE EINS and Straße Eins", "İstanbul Kebab, İSTANBUL KEBAB", "ΟΔΟΣ Άνω; ΟΔΟΣΑ",
    "see bbc.co.uk.", "Mr Brown, Mr  Brown", "O'Neill's Bar", "Amina\u00a0Yusuf", "JoAmina Yusufs",
    "the Citizens Advice\nBureau", "Marks and\nSpencer’s", "MARKS AND SPENCER",
]


def texts() -> list[str]:
    stories = [p.read_text(encoding="utf-8") for folder in ("corpus", "anonymity_cases", "recall_cases")
               for p in sorted((ROOT / folder).glob("*.md"))]
    return stories + EDGES


def test_the_reading_finds_every_start_of_the_phrases_pattern() -> None:
    phrases = load_allowlist(ROOT / "corpus" / "allowlist.txt").phrases + PHRASES + public_phrases()
    reading, regex = PhraseReading(phrases), phrase_pattern(phrases).regex
    for text in texts():
        text = "".join(text)  # a fresh object: no lower-cased copy of it is kept yet
        assert reading.starts(text) == [at for at in range(len(text)) if regex.match(text, at)]
