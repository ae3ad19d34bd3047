#!/usr/bin/env bash
# Install what Nuudel needs to run and test on Debian/Ubuntu: QGIS from apt, and a venv
# (system site packages, so PyQGIS is visible) with pytest, pytest-qgis, ruff, mypy, hypothesis, bandit and
# shapely 2 built against the system GEOS. Idempotent: a second run installs nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
venv="$here/.venv"
stamp="$venv/.nuudel-setup-v2"
[ -f "$stamp" ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_pkgs="qgis python3-qgis qgis-providers xvfb qttools5-dev-tools pyqt5-dev-tools libgeos-dev
python3-venv python3-dev gcc gdal-bin xauth"
missing=""
for p in $apt_pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "nuudel setup: apt-get install$missing"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
fi

py=/usr/bin/python3
[ -x "$venv/bin/python" ] || $py -m venv --system-site-packages "$venv"
pip="$venv/bin/python -m pip"
qgis_int=$($py -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION_INT)')
numpy_v=$($py -c 'import numpy; print(numpy.__version__)')
pytest_qgis="pytest-qgis"
[ "$qgis_int" -lt 33400 ] && pytest_qgis="pytest-qgis<3"
constraints=$(mktemp)
echo "numpy==$numpy_v" > "$constraints"
$pip install -q -c "$constraints" pytest "$pytest_qgis" ruff hypothesis mypy bandit
# shapely 2 against the GEOS QGIS uses (see DESIGN.md: a wheel's bundled GEOS corrupts results).
if ! "$venv/bin/python" -c 'import shapely, sys; sys.exit(0 if shapely.__version__ >= "2" else 1)' 2>/dev/null \
   || [ "$("$venv/bin/python" -c 'import shapely; print(shapely.geos_version_string)')" != "$(geos-config --version)" ]; then
  $pip install -q --no-binary shapely -c "$constraints" "shapely>=2"
fi
rm -f "$constraints"
touch "$stamp"
echo "nuudel setup: done ($venv)"
