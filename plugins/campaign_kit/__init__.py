"""The comms team's campaign kit: ready-to-post texts for each network, and a schedule."""

from .plugin import register

__all__ = ["register"]
