"""`make package` builds a zip the QGIS plugin repository would accept."""

import configparser
import subprocess
import sys
import zipfile

from helpers import ROOT

BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")


def test_package_zip(tmp_path):
    out = tmp_path / "nuudel.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), str(out)], check=True,
                   cwd=ROOT)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert all(n.startswith("nuudel/") for n in names)
        for required in ("nuudel/__init__.py", "nuudel/metadata.txt", "nuudel/LICENSE",
                         "nuudel/plugin.py", "nuudel/i18n/nuudel_mn.qm",
                         "nuudel/resources/profiles/species.json"):
            assert required in names, required
        assert not any("__pycache__" in n or n.endswith((".pyc", ".pyo")) for n in names)
        assert not any(n.startswith(("nuudel/test/", "nuudel/.ci/", "nuudel/bench/"))
                       for n in names)
        for name in names:
            head = zf.read(name)[:4]
            assert not head.startswith(BINARY_MAGIC), name
        assert "GNU GENERAL PUBLIC LICENSE" in zf.read("nuudel/LICENSE").decode()
        meta = configparser.ConfigParser()
        meta.read_string(zf.read("nuudel/metadata.txt").decode("utf-8"))
        assert meta["general"]["hasProcessingProvider"] == "yes"
        for name in (n for n in names if n.endswith(".py")):
            source = zf.read(name).decode()
            for banned in ("eval(", "exec(", "import pickle", "shell=True"):
                assert banned not in source, (name, banned)
