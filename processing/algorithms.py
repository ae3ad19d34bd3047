"""The list of Nuudel's algorithm classes (the provider registers each)."""

from .crossing_spacing import CrossingSpacingCheck
from .fence_audit import FencePermeabilityAudit
from .landscape_permeability import LandscapePermeability
from .mitigation_priorities import MitigationPriorities
from .nogo_mask import NoGoAlignmentMask
from .road_traffic import RoadTrafficBarrier

ALGORITHMS = []
ALGORITHMS.append(FencePermeabilityAudit)
ALGORITHMS.append(CrossingSpacingCheck)
ALGORITHMS.append(NoGoAlignmentMask)
ALGORITHMS.append(RoadTrafficBarrier)
ALGORITHMS.append(LandscapePermeability)
ALGORITHMS.append(MitigationPriorities)
