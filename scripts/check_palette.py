"""Check Nuudel's map palette for colour-vision deficiency (CVD) safety.

    .venv/bin/python scripts/check_palette.py          # prints the distance table, exit 1 on fail

The palette (styles/palette.json) is simulated as seen with protanopia, deuteranopia and
tritanopia, with two published models, in numpy:

* Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
  vision deficiency", IEEE TVCG 15(6) — the 3x3 matrices for severity 1.0, applied to linear RGB;
* Viénot, Brettel & Mollon (1999), "Digital video colourmaps for checking the legibility of
  displays by dichromats", Color Research & Application 24(4) — projection in LMS space.

For every vision (normal + the simulations) the pairwise CIELAB colour difference (CIE76 ΔE*ab,
D65) between the class colours must stay at or above MIN_DELTA_E. Grey is the "unknown" class
and is also hatched on the map, so it never depends on colour alone.
"""

import itertools
import json
import sys
from pathlib import Path

import numpy as np

PALETTE_FILE = Path(__file__).resolve().parent.parent / "styles" / "palette.json"
# Classes that must stay apart from each other in every simulated vision.
CLASSES = ("good", "caution", "bad", "unknown", "unmatched", "proposed")
MIN_DELTA_E = 20.0

MACHADO = {
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}
# Viénot et al. 1999: linear RGB -> LMS, and the dichromat projections in LMS.
VIENOT_RGB2LMS = np.array(
    [[17.8824, 43.5161, 4.11935], [3.45565, 27.1554, 3.86714], [0.0299566, 0.184309, 1.46709]]
)
VIENOT_PROJ = {
    "protanopia": np.array([[0.0, 2.02344, -2.52581], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
    "deuteranopia": np.array([[1.0, 0.0, 0.0], [0.494207, 0.0, 1.24827], [0.0, 0.0, 1.0]]),
}


def load_palette(path=PALETTE_FILE) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def hex_to_srgb(colours) -> np.ndarray:
    """'#rrggbb' strings -> (n, 3) array of sRGB in 0..1."""
    return np.array([[int(c[i : i + 2], 16) / 255 for i in (1, 3, 5)] for c in colours])


def to_linear(srgb):
    srgb = np.asarray(srgb, dtype=float)
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def to_srgb(linear):
    linear = np.clip(linear, 0.0, 1.0)
    return np.where(linear <= 0.0031308, 12.92 * linear, 1.055 * linear ** (1 / 2.4) - 0.055)


def simulate(srgb, model: str, vision: str) -> np.ndarray:
    """sRGB colours as seen by a dichromat (``vision``) according to ``model``."""
    lin = to_linear(srgb)
    if model == "machado":
        out = lin @ MACHADO[vision].T
    elif model == "vienot":
        lms = lin @ VIENOT_RGB2LMS.T
        out = (lms @ VIENOT_PROJ[vision].T) @ np.linalg.inv(VIENOT_RGB2LMS).T
    else:
        raise ValueError(model)
    return to_srgb(out)


def srgb_to_lab(srgb) -> np.ndarray:
    """sRGB (0..1) -> CIELAB (D65)."""
    lin = to_linear(srgb)
    xyz = (
        lin
        @ np.array(
            [
                [0.4124564, 0.3575761, 0.1804375],
                [0.2126729, 0.7151522, 0.0721750],
                [0.0193339, 0.1191920, 0.9503041],
            ]
        ).T
    )
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    eps, kappa = 216 / 24389, 24389 / 27
    f = np.where(xyz > eps, np.cbrt(xyz), (kappa * xyz + 16) / 116)
    return np.stack(
        [116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]), 200 * (f[:, 1] - f[:, 2])], axis=1
    )


def min_distances(palette: dict) -> dict:
    """{vision: (min ΔE, pair)} for normal vision and every simulation."""
    colours = hex_to_srgb([palette[c]["colour"] for c in CLASSES])
    visions = {"normal": colours}
    for vision in MACHADO:
        visions[f"machado {vision}"] = simulate(colours, "machado", vision)
    for vision in VIENOT_PROJ:
        visions[f"vienot {vision}"] = simulate(colours, "vienot", vision)
    result = {}
    for name, rgb in visions.items():
        lab = srgb_to_lab(rgb)
        pairs = [
            (float(np.linalg.norm(lab[i] - lab[j])), (CLASSES[i], CLASSES[j]))
            for i, j in itertools.combinations(range(len(CLASSES)), 2)
        ]
        result[name] = min(pairs)
    return result


def main() -> int:
    palette = load_palette()
    ok = True
    print(f"{'vision':28} {'min ΔE*ab':>9}  closest pair")
    for name, (dist, pair) in min_distances(palette).items():
        flag = "" if dist >= MIN_DELTA_E else f"  < {MIN_DELTA_E:.0f} FAIL"
        ok &= dist >= MIN_DELTA_E
        print(f"{name:28} {dist:9.1f}  {pair[0]} / {pair[1]}{flag}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
