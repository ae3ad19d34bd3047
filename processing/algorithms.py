"""The list of Nuudel's algorithm classes (the provider registers each)."""

from .barrier_behaviour import BarrierBehaviour
from .check_inventory import CheckFenceInventory
from .crossing_spacing import CrossingSpacingCheck
from .fence_audit import FencePermeabilityAudit
from .fence_inventory import CreateFenceInventory
from .landscape_permeability import LandscapePermeability
from .mitigation_priorities import MitigationPriorities
from .nogo_mask import NoGoAlignmentMask
from .osm_fences import ImportOsmFences
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
ALGORITHMS.append(ImportOsmFences)
ALGORITHMS.append(CreateFenceInventory)
ALGORITHMS.append(CheckFenceInventory)
ALGORITHMS.append(MitigationPriorities)
