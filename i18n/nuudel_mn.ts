<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
<context>
    <name>@default</name>
    <message>
        <location filename="../processing/provider.py" line="38"/>
        <source>Nuudel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="44"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="46"/>
        <source>Auto (QGIS locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="56"/>
        <source>Load workshop data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="58"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="27"/>
        <source>Fences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="28"/>
        <source>Roads and railways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="29"/>
        <source>Alignment planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="36"/>
        <source>Mongolian gazelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="37"/>
        <source>Goitered gazelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="38"/>
        <source>Mongolian saiga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="39"/>
        <source>Khulan (Asiatic wild ass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="40"/>
        <source>Takhi (Przewalski&apos;s horse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="41"/>
        <source>Wild Bactrian camel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="42"/>
        <source>Argali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="43"/>
        <source>Siberian ibex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="97"/>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="111"/>
        <source>Species profile (JSON, optional; default: shipped profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="126"/>
        <source>Report (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="126"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="42"/>
        <source>Profile {file}, line {line}, key &apos;{key}&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="53"/>
        <source>missing; add it (see the shipped species.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="63"/>
        <source>must be a {kind}, found {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="103"/>
        <source>unknown source &apos;{src}&apos;; define it under &apos;sources&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="75"/>
        <source>must be &apos;verified&apos; or &apos;provisional&apos;, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="83"/>
        <source>the profile must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="85"/>
        <source>must be &apos;{schema}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="94"/>
        <source>unknown species code &apos;{code}&apos;; known codes: {codes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="100"/>
        <source>must be one of {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="121"/>
        <source>unknown crossing group &apos;{group}&apos;; define it under crossings.groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="148"/>
        <source>Cannot read profile {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/core/profile.py" line="153"/>
        <source>Profile {file}, line {line}: not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/deps.py" line="20"/>
        <source>Nuudel needs shapely 2 in QGIS&apos;s Python (found: {found}). Install it with &apos;python3 -m pip install &quot;shapely&gt;=2&quot;&apos; in the QGIS Python, or use a QGIS that ships it (OSGeo4W, Ubuntu 24.04+, Debian 13). On Debian 12 build it against the system GEOS: see the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/deps.py" line="25"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/deps.py" line="37"/>
        <source>shapely uses GEOS {ours} but QGIS uses GEOS {qgis}. Two GEOS libraries in one process can corrupt results; install shapely built against QGIS&apos;s GEOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="41"/>
        <source>Nuudel {version}: wildlife-friendly fences, roads and railways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="66"/>
        <source>Cannot load model {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="16"/>
        <source>Workshop data is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workshop.py" line="24"/>
        <source>Nuudel workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
