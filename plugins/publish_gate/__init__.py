"""Fail closed: a source file with an error is never published, and the build exits non-zero."""

from .gate import (
    Problem,
    build_passed,
    check_built,
    check_output,
    check_source,
    check_unread,
    leave_out,
    register,
    shown_path,
)
from .settings import read_setting, stop_on_problems

__all__ = ["Problem", "build_passed", "check_built", "check_output", "check_source",
           "check_unread", "leave_out", "read_setting", "register", "shown_path",
           "stop_on_problems"]
