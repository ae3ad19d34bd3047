<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
    <context>
        <name>@default</name>
        <message>
            <location filename="../processing/provider.py" line="38" />
            <source>Nuudel</source>
            <translation>Нүүдэл</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="51" />
            <source>Language</source>
            <translation>Хэл</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="53" />
            <source>Auto (QGIS locale)</source>
            <translation>Автомат (QGIS-ийн хэл)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="63" />
            <source>Load workshop data</source>
            <translation>Сургалтын өгөгдөл ачаалах</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="65" />
            <source>Help</source>
            <translation>Тусламж</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="27" />
            <source>Fences</source>
            <translation>Хашаа</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="28" />
            <source>Roads and railways</source>
            <translation>Авто зам, төмөр зам</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="29" />
            <source>Alignment planning</source>
            <translation>Трассын төлөвлөлт</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="36" />
            <source>Mongolian gazelle</source>
            <translation>Цагаан зээр</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="37" />
            <source>Goitered gazelle</source>
            <translation>Хар сүүлт зээр</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="38" />
            <source>Mongolian saiga</source>
            <translation>Бөхөн</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="39" />
            <source>Khulan (Asiatic wild ass)</source>
            <translation>Хулан</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="40" />
            <source>Takhi (Przewalski's horse)</source>
            <translation>Тахь (Пржевальскийн адуу)</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="41" />
            <source>Wild Bactrian camel</source>
            <translation>Хавтгай</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="42" />
            <source>Argali</source>
            <translation>Аргаль</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="43" />
            <source>Siberian ibex</source>
            <translation>Янгир</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="97" />
            <source>Species</source>
            <translation>Төрөл зүйл</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="111" />
            <source>Species profile (JSON, optional; default: shipped profile)</source>
            <translation>Төрөл зүйлийн профайл (JSON, заавал биш; анхдагч: нэмэлттэй ирсэн профайл)</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="126" />
            <source>Report (HTML)</source>
            <translation>Тайлан (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="126" />
            <source>HTML files (*.html)</source>
            <translation>HTML файл (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="53" />
            <source>missing; add it (see the shipped species.json).</source>
            <translation>алга байна; нэмнэ үү (нэмэлттэй ирсэн species.json-г үзнэ үү).</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="63" />
            <source>must be a {kind}, found {found}.</source>
            <translation>{kind} төрөлтэй байх ёстой, {found} байна.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="103" />
            <source>unknown source '{src}'; define it under 'sources'.</source>
            <translation>'{src}' эх сурвалж тодорхойгүй; 'sources' хэсэгт тодорхойлно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="75" />
            <source>must be 'verified' or 'provisional', not '{value}'.</source>
            <translation>'verified' эсвэл 'provisional' байх ёстой, '{value}' биш.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="83" />
            <source>the profile must be a JSON object.</source>
            <translation>профайл нь JSON объект байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="85" />
            <source>must be '{schema}'.</source>
            <translation>'{schema}' байх ёстой.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="94" />
            <source>unknown species code '{code}'; known codes: {codes}.</source>
            <translation>'{code}' төрөл зүйлийн код тодорхойгүй; мэдэгдэх кодууд: {codes}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="100" />
            <source>must be one of {values}.</source>
            <translation>дараахын нэг байх ёстой: {values}.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="122" />
            <source>unknown crossing group '{group}'; define it under crossings.groups.</source>
            <translation>'{group}' гарцын бүлэг тодорхойгүй; crossings.groups хэсэгт тодорхойлно уу.</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="149" />
            <source>Cannot read profile {file}: {error}</source>
            <translation>{file} профайлыг уншиж чадсангүй: {error}</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="154" />
            <source>Profile {file}, line {line}: not valid JSON ({error}).</source>
            <translation>{file} профайл, {line}-р мөр: JSON буруу байна ({error}).</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="20" />
            <source>Nuudel needs shapely 2 in QGIS's Python (found: {found}). Install it with 'python3 -m pip install "shapely&gt;=2"' in the QGIS Python, or use a QGIS that ships it (OSGeo4W, Ubuntu 24.04+, Debian 13). On Debian 12 build it against the system GEOS: see the README.</source>
            <translation>Нүүдэлд QGIS-ийн Python дотор shapely 2 хэрэгтэй (олдсон: {found}). QGIS-ийн Python-д 'python3 -m pip install "shapely&gt;=2"' командаар суулгах, эсвэл үүнийг агуулсан QGIS (OSGeo4W, Ubuntu 24.04+, Debian 13) ашиглана уу. Debian 12 дээр системийн GEOS-оор бүтээнэ: README-г үзнэ үү.</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="25" />
            <source>none</source>
            <translation>байхгүй</translation>
        </message>
        <message>
            <location filename="../processing/deps.py" line="37" />
            <source>shapely uses GEOS {ours} but QGIS uses GEOS {qgis}. Two GEOS libraries in one process can corrupt results; install shapely built against QGIS's GEOS.</source>
            <translation>shapely нь GEOS {ours}, харин QGIS нь GEOS {qgis} ашиглаж байна. Нэг процесст хоёр GEOS сан байвал үр дүн гажиж болно; QGIS-ийн GEOS-оор бүтээсэн shapely суулгана уу.</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="41" />
            <source>Nuudel {version}: wildlife-friendly fences, roads and railways</source>
            <translation>Нүүдэл {version}: зэрлэг амьтдад ээлтэй хашаа, авто зам, төмөр зам</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="66" />
            <source>Cannot load model {path}</source>
            <translation>{path} загварыг ачаалж чадсангүй</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="16" />
            <source>Workshop data is not installed.</source>
            <translation>Сургалтын өгөгдөл суулгагдаагүй байна.</translation>
        </message>
        <message>
            <location filename="../ui/workshop.py" line="24" />
            <source>Nuudel workshop</source>
            <translation>Нүүдэл сургалт</translation>
        </message>
        <message>
            <location filename="../processing/core/profile.py" line="42" />
            <source>Profile {file}, line {line}, key '{key}': {problem}</source>
            <translation>{file} профайл, {line}-р мөр, '{key}' түлхүүр: {problem}</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="73" />
            <source>Layer '{layer}' has no field '{field}'. Its fields are: {fields}. Choose the right field in the parameters.</source>
            <translation>'{layer}' давхаргад '{field}' талбар алга. Түүний талбарууд: {fields}. Параметрүүдэд зөв талбарыг сонгоно уу.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="73" />
            <source>(none)</source>
            <translation>(байхгүй)</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="104" />
            <source>Cancelled.</source>
            <translation>Цуцлагдлаа.</translation>
        </message>
        <message>
            <location filename="../processing/layers.py" line="149" />
            <source>Layer '{layer}' has no coordinate reference system (CRS). Set its CRS in the layer properties (for example EPSG:4326 for degrees, or the UTM zone of your data) and run again.</source>
            <translation>'{layer}' давхаргад координатын лавлах систем (CRS) алга. Давхаргын шинж чанарт CRS-ийг тохируулаад (жишээ нь градусын хувьд EPSG:4326, эсвэл өгөгдлийнхөө UTM бүс) дахин ажиллуулна уу.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="42" />
            <source>verified</source>
            <translation>баталгаажсан</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="42" />
            <source>provisional</source>
            <translation>түр зуурын</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Inputs and parameters</source>
            <translation>Оролт ба параметрүүд</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Parameter</source>
            <translation>Параметр</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Description</source>
            <translation>Тайлбар</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="55" />
            <source>Value</source>
            <translation>Утга</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Rules and sources</source>
            <translation>Дүрэм ба эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Rule</source>
            <translation>Дүрэм</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>What it checks</source>
            <translation>Юуг шалгадаг</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Source</source>
            <translation>Эх сурвалж</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="63" />
            <source>Status</source>
            <translation>Төлөв</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="78" />
            <source>Made with Nuudel on {date}.</source>
            <translation>Нүүдэл-ээр {date}-нд бэлтгэв.</translation>
        </message>
        <message>
            <location filename="../processing/report.py" line="79" />
            <source>Provisional rules stand in for national standard tables that were not available; replace them with a PROFILE file when you have the tables.</source>
            <translation>Түр зуурын дүрмүүд нь олдоогүй үндэсний стандартын хүснэгтийг орлож байна; хүснэгтүүд гарт орвол PROFILE файлаар солино уу.</translation>
        </message>
    </context>
</TS>
