"""The list of Nuudel's algorithm classes (the provider registers each)."""

from .crossing_spacing import CrossingSpacingCheck
from .fence_audit import FencePermeabilityAudit

ALGORITHMS = []
ALGORITHMS.append(FencePermeabilityAudit)
ALGORITHMS.append(CrossingSpacingCheck)
