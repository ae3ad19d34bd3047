"""The verdict and suitability codes shared by the cores and the adapters.

Integers in the arrays (the worst of several is their maximum), English names in the data. One
enum per domain, so a fence verdict can never be mistaken for a crossing suitability.
"""

from enum import IntEnum


class Verdict(IntEnum):
    """Fence verdict of a segment for a species, from best to worst.

    >>> Verdict.BARRIER > Verdict.UNKNOWN > Verdict.CONDITIONAL > Verdict.PERMEABLE
    True
    >>> Verdict.UNKNOWN.code
    'unknown'
    """

    PERMEABLE = 0
    CONDITIONAL = 1
    UNKNOWN = 2
    BARRIER = 3

    @property
    def code(self) -> str:
        """The code written in the data (English, never translated)."""
        return self.name.lower()


class Suitability(IntEnum):
    """Suitability of a crossing structure for a species, from best to worst.

    >>> [s.code for s in Suitability]
    ['suitable', 'unknown', 'unsuitable']
    """

    SUITABLE = 0
    UNKNOWN = 1
    UNSUITABLE = 2

    @property
    def code(self) -> str:
        """The code written in the data (English, never translated)."""
        return self.name.lower()
