"""Names for the files the site makes itself: made of letters, never of digits.

A name made of hex digits can happen to read as an identifier: `share-5581892040.jpg` passes
the NHS number's check digit, and the check of the built site (publisher/output_check.py),
which runs the anonymity guard on every file name and address, refuses the upload. Letters
carry the same bits and can never read as a number of any kind.
"""

from __future__ import annotations

import hashlib

NAME_LETTERS = 16  # 64 bits of the digest: no two of a site's cards ever share a name
HEX_AS_LETTERS = str.maketrans("0123456789abcdef", "abcdefghijklmnop")


def letter_name(data: bytes) -> str:
    """A name for `data` of NAME_LETTERS letters from a to p: each hex digit of its SHA-256
    digest written as a letter."""
    return hashlib.sha256(data).hexdigest()[:NAME_LETTERS].translate(HEX_AS_LETTERS)
