"""The check of a built site reads lines of text with no address beside them as well."""

from __future__ import annotations

from plugins.anonymity.api import Allowlist
from plugins.publisher.output_check import check_pieces
from plugins.publisher.output_text import Piece
from plugins.publisher.sources import Declarations

NAME = "Priya Chaudhry"


def test_lines_of_text_checked_without_any_address_beside_them_keep_their_findings():
    # A check of new lines only (one changed paragraph) often has no address among them: the
    # guard's findings must still be tied to their lines, not dropped (they were, one line off).
    lines = [Piece("the text", "Her support worker, Priya Chaudhry, rang every week."),
             Piece("the text", "Later, Gary Pilkington called her.")]
    found = check_pieces(lines, Declarations(), Allowlist(), expand=False)
    assert [(piece.text[:10], finding.text) for piece, finding in found] == \
        [("Her suppor", NAME), ("Later, Gar", "Gary Pilkington")]
