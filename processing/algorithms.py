"""The list of Nuudel's algorithm classes (the provider registers each)."""

from .barrier_behaviour import BarrierBehaviour
from .crossing_spacing import CrossingSpacingCheck
from .fence_audit import FencePermeabilityAudit
from .nogo_mask import NoGoAlignmentMask
from .within_distance import WithinDistance

ALGORITHMS = []
ALGORITHMS.append(FencePermeabilityAudit)
ALGORITHMS.append(CrossingSpacingCheck)
ALGORITHMS.append(NoGoAlignmentMask)
ALGORITHMS.append(WithinDistance)
ALGORITHMS.append(BarrierBehaviour)
