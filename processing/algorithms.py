"""The list of Nuudel's algorithm classes (the provider registers each)."""

from .check_inventory import CheckFenceInventory
from .crossing_spacing import CrossingSpacingCheck
from .fence_audit import FencePermeabilityAudit
from .fence_inventory import CreateFenceInventory
from .nogo_mask import NoGoAlignmentMask
from .osm_fences import ImportOsmFences

ALGORITHMS = []
ALGORITHMS.append(FencePermeabilityAudit)
ALGORITHMS.append(CrossingSpacingCheck)
ALGORITHMS.append(NoGoAlignmentMask)
ALGORITHMS.append(ImportOsmFences)
ALGORITHMS.append(CreateFenceInventory)
ALGORITHMS.append(CheckFenceInventory)
