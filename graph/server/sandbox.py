"""A query worker's sandbox: what the operating system is asked to do so that one query can
harm neither the machine nor the network.

A worker dies with the server (even mid-query), its address space is capped (a runaway query
fails alone), and it moves into an empty network namespace where the system allows it, as a
second guard behind the server's refusal of SERVICE. Linux only; elsewhere each step is skipped.
"""

from __future__ import annotations

import sys

def limit_memory(memory_mb: int | None) -> None:
    """Cap the worker's address space: a query that sorts a huge cross product grows by
    hundreds of MB a second, and must fail alone instead of exhausting the machine."""
    if not memory_mb:
        return
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def die_with_parent() -> None:
    """Ask Linux to kill this worker if the server dies, even mid-query."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def cut_network() -> bool:
    """Move this worker into an empty network namespace; True when that worked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    import os

    libc = ctypes.CDLL(None, use_errno=True)
    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    if libc.unshare(clone_newnet) == 0:
        return True
    return os.geteuid() != 0 and libc.unshare(clone_newuser | clone_newnet) == 0
