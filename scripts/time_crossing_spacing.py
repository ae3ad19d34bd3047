"""Time nuudel:crossingspacingcheck on the synthetic national data of `make bench`.

    .venv/bin/python scripts/time_crossing_spacing.py bench/data/s1/nuudel_bench_4326.gpkg [runs]

The GeoPackage needs the layers ``routes`` (field ``route``) and ``crossings`` written by
bench/generate.py (scale 1: 5,000 km of routes, 50,000 crossings). Each run is one
processing.run on GeoPackage input and output, all species, styles saved; the wall time of each
run and the median are printed. Run it on a quiet machine: other processes inflate the numbers.
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT / "build" / "plugins"))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
from nuudel.processing.provider import NuudelProvider  # noqa: E402

import processing  # noqa: E402

provider = NuudelProvider()  # keep a reference: the registry does not own Python providers
QgsApplication.processingRegistry().addProvider(provider)


def main():
    gpkg = Path(sys.argv[1]).resolve()
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    times, cpu = [], []
    for run in range(runs):
        out = Path(tempfile.mkdtemp(prefix="nuudel_spacing_"))
        start, start_cpu = time.perf_counter(), time.process_time()
        processing.run(
            "nuudel:crossingspacingcheck",
            {
                "INPUT": f"{gpkg}|layername=routes",
                "ROUTE_FIELD": "route",
                "CROSSINGS": f"{gpkg}|layername=crossings",
                "OUTPUT_CROSSINGS": str(out / "crossings.gpkg"),
                "OUTPUT_GAPS": str(out / "gaps.gpkg"),
                "OUTPUT_PROPOSED": str(out / "proposed.gpkg"),
            },
        )
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        print(f"run {run + 1}: {times[-1]:.2f} s wall, {cpu[-1]:.2f} s CPU", flush=True)
    print(
        f"median {statistics.median(times):.2f} s wall (best {min(times):.2f} s), median "
        f"{statistics.median(cpu):.2f} s CPU ({gpkg.name}; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
