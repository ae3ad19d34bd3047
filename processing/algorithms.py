"""The list of Nuudel's algorithm classes (the provider registers each)."""

from .fence_audit import FencePermeabilityAudit

ALGORITHMS = []
ALGORITHMS.append(FencePermeabilityAudit)
