"""Fail closed: a source file with an error is never published, and the build exits non-zero."""

from .gate import Problem, check_source, register, shown_path

__all__ = ["Problem", "check_source", "register", "shown_path"]
