"""The list of Nuudel's algorithm classes (the provider registers each)."""

from .barrier_behaviour import BarrierBehaviour
from .crossing_spacing import CrossingSpacingCheck
from .fence_audit import FencePermeabilityAudit
from .landscape_permeability import LandscapePermeability
from .nogo_mask import NoGoAlignmentMask
from .road_traffic import RoadTrafficBarrier
from .within_distance import WithinDistance

ALGORITHMS = []
ALGORITHMS.append(FencePermeabilityAudit)
ALGORITHMS.append(CrossingSpacingCheck)
ALGORITHMS.append(NoGoAlignmentMask)
ALGORITHMS.append(WithinDistance)
ALGORITHMS.append(BarrierBehaviour)
ALGORITHMS.append(RoadTrafficBarrier)
ALGORITHMS.append(LandscapePermeability)
