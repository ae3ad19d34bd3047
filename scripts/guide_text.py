"""Text of the trainer guide (English, Mongolian). scripts/make_guide.py fills the {numbers}
(computed from the workshop data) and the {figN} screenshots. Mongolian terms follow
/work/shared/glossary-mn.tsv. Literal braces would have to be doubled: the pages use none."""

HEAD = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
"""

EN = (
    HEAD.format(lang="en", title="Nuudel workshop: trainer guide")
    + """
<h1>Nuudel workshop: trainer guide (half a day)</h1>
<p>Four exercises on the bundled Gobi training data (Plugins › Nuudel › Load workshop data).
The data are <b>illustrative, not survey data</b>: the aimag boundaries of Dornogovi and
Ömnögovi come from Natural Earth, the railway follows real stations, everything else is
invented for training. The expected numbers below were computed by
<code>scripts/make_guide.py</code> from the same data with the same algorithms; if your numbers
differ, check the parameters first. Mongolian version: <a href="../mn/workshop.html">Монгол</a>.</p>

<h2>Timetable</h2>
<table border="1" cellpadding="4">
<tr><th>Time</th><th>Block</th></tr>
<tr><td>0:00–0:20</td><td>Why fences and roads matter for migratory ungulates; the species
profile (rules, sources, verified / provisional)</td></tr>
<tr><td>0:20–1:05</td><td>Exercise 1: audit the railway fence</td></tr>
<tr><td>1:05–1:50</td><td>Exercise 2: find crossing gaps on the road</td></tr>
<tr><td>1:50–2:05</td><td>Break</td></tr>
<tr><td>2:05–2:50</td><td>Exercise 3: draw the no-go mask and screen the proposed
alignment</td></tr>
<tr><td>2:50–3:45</td><td>Exercise 4: build the EIA screening model in the model builder</td></tr>
<tr><td>3:45–4:00</td><td>Wrap-up: what goes into an EIA report</td></tr>
</table>

<h2>Before the workshop</h2>
<ol>
<li>Install QGIS (3.22 or later) and the Nuudel plugin on every computer; check that
Processing › Toolbox shows the group <i>Nuudel</i>.</li>
<li>Choose the language: Plugins › Nuudel › Language › Монгол (or English). The toolbox
names, help pages, reports and legends change at once; field names and codes in the data
(<code>barrier</code>, <code>v_mgaz</code>, ...) stay English.</li>
<li>Plugins › Nuudel › Load workshop data: a group <i>Nuudel workshop</i> with aimags,
railway, roads, fences, crossing structures, protected areas, water sources, migration
ranges, calving ground and the proposed alignment.</li>
</ol>

<h2>Exercise 1: audit the railway fence</h2>
<p><b>Goal:</b> find where the fence along the Trans-Mongolian Railway stops gazelles and
khulan, and how long the longest stretch without any way through is.</p>
<ol>
<li>Select the railway fence: right-click <i>Fences</i> › Select by expression:
<code>"name" LIKE 'Railway fence%'</code> ({ex1_segments} segments).</li>
<li>Toolbox › Nuudel › Fences › <b>Fence permeability audit</b>. Input: <i>Fences</i>, tick
<i>Selected features only</i>. Leave the field mapping as picked (fence_type, height_cm,
bottom_cm, top_gap_cm, barbed), Units: centimetres, Species: all. Set a file for the
report. Run.</li>
<li>The output is styled by the worst verdict; switch the style to one species in
Layer Properties › Style (v_mgaz, v_khulan ...).</li>
<li>Open the SUMMARY table and the HTML report.</li>
</ol>
<p><b>Expected:</b> {ex1_total_km} km of railway fence in {ex1_segments} segments, of which
{ex1_openings} are openings. Mongolian gazelle: {ex1_mgaz_barrier_km} km barrier
({ex1_mgaz_barrier_pct} %), longest unbroken barrier {ex1_mgaz_longest_km} km,
{ex1_mgaz_unknown_km} km unknown. Khulan: {ex1_khulan_barrier_km} km barrier, longest
unbroken {ex1_khulan_longest_km} km.</p>
{fig1}
<p><b>Discuss:</b> why is the unsurveyed stretch <i>unknown</i> and not <i>permeable</i>?
(A missing bottom-wire height cannot prove that a gazelle can crawl under.) Which species is
stopped by the mesh section and which by the barbed bottom wire? Where would you open the
fence first?</p>

<h2>Exercise 2: find crossing gaps on the road</h2>
<p><b>Goal:</b> check the Tavan Tolgoi – Gashuun Sukhait and Khanbogd – Oyu Tolgoi roads for
crossing structures an animal can use, and for stretches without one.</p>
<ol>
<li>Toolbox › Nuudel › Roads and railways › <b>Crossing spacing check</b>. Input: <i>Roads</i>;
Route field: <code>route</code>; Crossings: <i>Crossing structures</i> (the field mapping
picks crossing_type, width_m, height_m, length_m). Leave Zones empty, Maximum spacing and
Snap tolerance at their defaults. Run.</li>
<li>Look at the three outputs: crossings (suitable / unsuitable / unmatched), gaps
(within the limit / too long) and proposed crossings.</li>
</ol>
<p><b>Expected:</b> {ex2_routes} routes, {ex2_road_km} km. {ex2_matched} crossing
structures lie on the roads; {ex2_mgaz_suitable} of them are suitable for Mongolian gazelle.
{ex2_unmatched} crossings are unmatched: the railway ones, and {ex2_unmatched_road} road
crossing farther than the snap tolerance from the road (ask why: a survey point off the
road). Mongolian gazelle: {ex2_too_long} gaps longer than the standard, {ex2_too_long_km} km
in all, the longest {ex2_longest_gap_km} km; {ex2_proposed} crossings proposed.</p>
{fig2}
<p><b>Discuss:</b> why is a culvert usually unsuitable (openness index)? Would you rather
rebuild two culverts or add a new underpass? What changes if you set Zones to the migration
ranges?</p>

<h2>Exercise 3: draw the no-go mask and screen the proposed alignment</h2>
<p><b>Goal:</b> map where a new road must not go, and read how much of each proposed
option crosses no-go and caution zones.</p>
<ol>
<li>Toolbox › Nuudel › Alignment planning › <b>No-go alignment mask</b>. Study area: <i>Aimags</i>;
No-go layers: <i>Protected areas</i>; Field with a per-feature buffer: <code>buffer_m</code>
(each protected area's own buffer, 500 m or 1 km where set); Caution layers: <i>Calving
ground</i>; Water sources:
<i>Water sources</i> (buffers 50 m no-go, 200 m caution); Alignment: <i>Proposed
alignment</i>. Run.</li>
<li>Read the zones (no-go / caution / suitable, with the layers behind each) and the
alignment cut by the zones.</li>
</ol>
<p><b>Expected:</b> no-go {ex3_nogo_km2} km², caution {ex3_caution_km2} km², suitable
{ex3_suitable_km2} km². Option A: {ex3_A_nogo_km} km in no-go, {ex3_A_caution_km} km in
caution, {ex3_A_suitable_km} km suitable. Option B: {ex3_B_nogo_km} km in no-go,
{ex3_B_caution_km} km in caution, {ex3_B_suitable_km} km
suitable.</p>
{fig3}
<p><b>Discuss:</b> option B is longer; is it better? What does the cost raster add (least-cost
path with GRASS r.cost / r.path or the Least Cost Path plugin)?</p>

<h2>Exercise 4: build the EIA screening model yourself</h2>
<p><b>Goal:</b> chain the three algorithms so that a consultant screens any proposed
alignment in one run.</p>
<ol>
<li>Processing › Graphical Modeler. Name: <i>EIA screening of a proposed alignment</i>,
group: <i>Models</i>.</li>
<li>Inputs: Vector layer <i>Proposed alignment</i> (line); Field <i>Alignment option
field</i> (parent: Proposed alignment, optional); Multiple layers <i>Protected areas</i>;
String <i>Buffer field</i> (default <code>buffer_m</code>, optional); Multiple layers
<i>Caution areas</i> (optional); Vector layer <i>Water sources</i> (point, optional);
Vector layer <i>Study area</i> (polygon, optional); Vector layer <i>Crossing
structures</i> (point); Vector layer <i>Migration range</i> (polygon, optional); Vector layer
<i>Fences</i> (line); Distance <i>Fence search distance</i>
(default 5000 m).</li>
<li>Algorithms: <b>No-go alignment mask</b> (STUDY_AREA ← Study area, NOGO ← Protected areas,
BUFFER_FIELD ← Buffer field, CAUTION ← Caution areas, WATER ← Water sources, ALIGNMENT ←
Proposed alignment); <b>Crossing spacing
check</b> (INPUT ← Proposed alignment, ROUTE_FIELD ← Alignment option field, CROSSINGS ←
Crossing structures, ZONES ← Migration range); <b>Features within a true distance</b>
(Nuudel: Fences within Fence search distance of the Proposed alignment, in metres whatever
the CRS); <b>Fence permeability audit</b> (INPUT ← the extracted fences).</li>
<li>Name the outputs you want to keep (zones, alignment in zones, gaps, proposed crossings,
audited fences, summary, reports). Save it.</li>
<li>Run it, and then the shipped model (Toolbox › Nuudel › Models › <b>EIA screening of a
proposed alignment</b>), with the same choice for every input:
{ex4_inputs}</li>
</ol>
<p><b>Expected</b> (both models): {ex4_fences} fences within 5 km of the alignment
({ex4_fence_km} km), {ex4_mgaz_barrier_km} km of them a barrier to Mongolian gazelle;
proposed crossings for Mongolian gazelle: option A {ex4_A_proposed}, option B
{ex4_B_proposed}; the alignment numbers are those of exercise 3.</p>
{fig4}

<h2>Exercise 5 (optional, a second session): field survey</h2>
<p><b>Goal:</b> make the fence inventory a field team fills, collect with its form, check it
and audit it (CAMI programme of work 2.2.1 (a): map existing fences in a GIS database with
metadata).</p>
<ol>
<li>Toolbox › Nuudel › Fences › <b>Create fence inventory</b>. Output: a new
<code>survey.gpkg</code>; CRS: EPSG:32649; Language of the form labels: Mongolian and English;
QGIS project for QField: <code>survey.qgz</code> beside it. Run: the layers <i>fences</i>,
<i>crossings</i> and <i>survey_areas</i> are added with their form.</li>
<li>Toggle editing on <i>fences</i> and draw two sections beside the railway north of Choir.
The form opens in three groups (Fence, Wires (cm), Survey); survey date, status and side are
filled in already. Type a bottom wire of 5000: the form refuses it (the profile's F-RANGE:
0 to 500 cm); 45 is accepted. Leave the gap between the top two wires empty: the form warns
that the audit needs it, but lets you save.</li>
<li>Toolbox › Nuudel › Fences › <b>Check fence inventory</b> on the workshop <i>Fences</i>,
Crossings: <i>Crossing structures</i> with the subset <code>"network" = 'road'</code>, Roads
or railways: <i>Roads</i>. Run, with a report.</li>
<li>Run the same check on your own <i>fences</i> layer: a section drawn with a gap of a few
metres to the next one, or drawn twice, shows up as <code>gap</code> or
<code>duplicate</code>.</li>
<li>Audit the workshop fences with the <b>Fence permeability audit</b> and compare.</li>
</ol>
<p><b>Expected</b> (workshop fences): no gaps, duplicates or impossible values; 46
<code>missing_for_audit</code> warnings (the unsurveyed stretch near Bagakhangai, values missing
here and there, two pasture fences); one <code>crossing_far</code>: the culvert on an old
track, 600 m from the road. The report: the audit can judge 1,211.8 of 1,291.8 km for the
gazelles and saiga (80.0 km unknown), 1,287.6 km for argali and ibex (4.2 km unknown) and all
of it for khulan, takhi and camel — the unknown km of the audit's summary.</p>
<p><b>Discuss:</b> which values must a field team measure so that no segment stays unknown?
Why does the form only warn, and not refuse, an empty bottom wire?</p>

<h2>Wrap-up</h2>
<p>Each algorithm writes an HTML report with the rules it applied and their sources: attach
them to the EIA. Numbers marked provisional in the profile stand in for the national standard
MNS 6515:2015 tables until those are checked: say so in the report.</p>
<p>Headless, for a whole class at once: <code>make demo</code> runs every algorithm and the
model on this data and writes maps and reports into <code>out/</code>.</p>
</body></html>
"""
)

MN = (
    HEAD.format(lang="mn", title="“Нүүдэл” залгаасын сургалт: сургагч багшийн гарын авлага")
    + """
<h1>“Нүүдэл” залгаасын сургалт: сургагч багшийн гарын авлага (хагас өдөр)</h1>
<p>Залгаастай хамт ирдэг Говийн сургалтын өгөгдөл дээр хийх дөрвөн дасгал (Plugins ›
Нүүдэл › Сургалтын өгөгдөл ачаалах). Өгөгдөл нь <b>жишээ өгөгдөл бөгөөд хээрийн судалгааны
өгөгдөл биш</b>: Дорноговь, Өмнөговь аймгийн хил Natural Earth-ээс, төмөр зам нь бодит
өртөөгөөр дамжина, бусад нь сургалтад зориулан зохиомлоор үүсгэсэн. Доорх хүлээгдэж буй
тоонуудыг <code>scripts/make_guide.py</code> ижил өгөгдөл дээр ижил алгоритмаар
тооцоолсон; таны тоо өөр гарвал эхлээд параметрүүдээ шалгана уу. Англи хувилбар:
<a href="../en/workshop.html">English</a>.</p>

<h2>Цагийн хуваарь</h2>
<table border="1" cellpadding="4">
<tr><th>Цаг</th><th>Агуулга</th></tr>
<tr><td>0:00–0:20</td><td>Хашаа, зам нүүдэллэдэг туурайтанд яагаад чухал вэ; төрөл зүйлийн
профайл (дүрэм, эх сурвалж, баталгаажсан / баталгаажаагүй)</td></tr>
<tr><td>0:20–1:05</td><td>Дасгал 1: төмөр замын хамгаалалтын хайсыг үнэлэх</td></tr>
<tr><td>1:05–1:50</td><td>Дасгал 2: авто замын гарц хоорондын зайг шалгах</td></tr>
<tr><td>1:50–2:05</td><td>Завсарлага</td></tr>
<tr><td>2:05–2:50</td><td>Дасгал 3: хориглох бүсийн маск гаргаж, төлөвлөж буй трассыг
шалгах</td></tr>
<tr><td>2:50–3:45</td><td>Дасгал 4: БОНБҮ-ний урьдчилсан үнэлгээний загварыг
Graphical Modeler-т өөрөө угсрах</td></tr>
<tr><td>3:45–4:00</td><td>Дүгнэлт: БОНБҮ-ний тайланд юу орох вэ</td></tr>
</table>

<h2>Сургалтын өмнө</h2>
<ol>
<li>Компьютер бүрт QGIS (3.22 буюу түүнээс хойшхи) болон “Нүүдэл” залгаасыг суулгаж,
Processing › Toolbox-д <i>Нүүдэл</i> бүлэг харагдаж байгааг шалгана.</li>
<li>Хэлээ сонгоно: Plugins › Нүүдэл › Хэл › Монгол. Багаж хэрэгслийн нэр, тусламж, тайлан,
тайлбар даруй солигдоно; өгөгдөл дэх талбарын нэр, код (<code>barrier</code>,
<code>v_mgaz</code> г.м.) англиар үлдэнэ.</li>
<li>Plugins › Нүүдэл › Сургалтын өгөгдөл ачаалах: аймаг, төмөр зам, авто зам, хашаа, гарц
гармын байгууламж, тусгай хамгаалалттай газар нутаг (ТХГН), усны эх үүсвэр, нүүдлийн
нутаг, төллөх газар, төлөвлөж буй трасс бүхий
<i>“Нүүдэл”: сургалтын өгөгдөл</i> бүлэг нэмэгдэнэ.</li>
</ol>

<h2>Дасгал 1: төмөр замын хамгаалалтын хайсыг үнэлэх</h2>
<p><b>Зорилго:</b> Транс-Монголын төмөр замын дагуух хайс цагаан зээр, хуланг хаана
саатуулж байгааг, ямар ч нэвтрэх боломжгүй хамгийн урт хэсэг хэдэн км болохыг олох.</p>
<ol>
<li>Төмөр замын хайсыг сонгоно: <i>Хашаа</i> давхарга дээр баруун товч › Select by
expression: <code>"name" LIKE 'Railway fence%'</code> ({ex1_segments} хэсэг).</li>
<li>Toolbox › Нүүдэл › Хашаа › <b>Хашааны нэвтрүүлэх чадварын үнэлгээ</b>. Оролтын
давхарга: <i>Хашаа</i>, <i>Selected features only</i>-г чагтална. Талбарын тохиргоог
автоматаар сонгогдсоноор нь үлдээнэ (fence_type, height_cm, bottom_cm, top_gap_cm, barbed),
нэгж: сантиметр, төрөл зүйл: бүгд. Тайлангийн файлыг зааж, ажиллуулна.</li>
<li>Гаралтын давхарга хамгийн муу дүгнэлтээр өнгөлөгдсөн байна; Layer Properties › Style
хэсэгт нэг төрөл зүйлийн хэв маяг руу (v_mgaz, v_khulan ...) шилжүүлж болно.</li>
<li>Хураангуй (SUMMARY) хүснэгт болон HTML тайланг нээнэ.</li>
</ol>
<p><b>Хүлээгдэж буй үр дүн:</b> төмөр замын хайс {ex1_total_km} км, {ex1_segments} хэсэг,
үүнээс {ex1_openings} нь хашааны нээлт. Цагаан зээр: {ex1_mgaz_barrier_km} км саад
({ex1_mgaz_barrier_pct} %), тасралтгүй саадын хамгийн урт хэсэг {ex1_mgaz_longest_km} км,
тодорхойгүй {ex1_mgaz_unknown_km} км. Хулан: {ex1_khulan_barrier_km} км саад, тасралтгүй
хамгийн урт хэсэг {ex1_khulan_longest_km} км.</p>
{fig1}
<p><b>Хэлэлцэх:</b> хэмжилт хийгээгүй хэсэг яагаад <i>нэвтрүүлэх</i> биш
<i>тодорхойгүй</i> гэж гарсан бэ? (Доод утасны өндөр бичигдээгүй бол зээр доогуур нь
мөлхөж гарна гэдгийг батлах боломжгүй.) Тор бүхий хэсэг аль төрөл зүйлийг, доод өргөст утас
алийг нь саатуулж байна вэ? Хайсыг хаанаас нь эхэлж нээх вэ?</p>

<h2>Дасгал 2: авто замын гарц хоорондын зайг шалгах</h2>
<p><b>Зорилго:</b> Тавантолгой – Гашуунсухайт, Ханбогд – Оюу толгойн авто замд амьтан
ашиглаж болох гарц гарам байгаа эсэх, гарцгүй хэсгүүдийг олох.</p>
<ol>
<li>Toolbox › Нүүдэл › Авто зам, төмөр зам › <b>Гарц хоорондын зайн шалгалт</b>. Оролтын давхарга:
<i>Авто зам</i>; маршрутын талбар: <code>route</code>; гарц: <i>Гарц гармын байгууламж</i>
(талбарын тохиргоо crossing_type, width_m, height_m, length_m-ийг автоматаар сонгоно).
<i>Зайн дүрэм үйлчлэх бүсүүд</i>-ийг хоосон, хамгийн их зай болон наалдуулах хүлцлийг
анхдагч утгаар нь үлдээнэ.
Ажиллуулна.</li>
<li>Гурван гаралтын давхаргыг харна: гарц (тохиромжтой / тохиромжгүй / маршрутад холбогдоогүй),
гарц хоорондын завсар (хэмжээндээ / хэт урт), санал болгосон гарц.</li>
</ol>
<p><b>Хүлээгдэж буй үр дүн:</b> {ex2_routes} маршрут, {ex2_road_km} км. Авто зам дээр
{ex2_matched} гарц гармын байгууламж байрладаг бөгөөд үүнээс {ex2_mgaz_suitable} нь цагаан зээрт
тохиромжтой. {ex2_unmatched} гарц маршрутад холбогдоогүй: төмөр замынх болон замаас наалдуулах
хүлцлээс хол байгаа {ex2_unmatched_road} авто замын гарц (яагаад гэдгийг асуугаарай:
замаас зөрсөн хэмжилтийн цэг). Цагаан зээр: стандартаас урт {ex2_too_long} завсар, нийт
{ex2_too_long_km} км, хамгийн урт нь {ex2_longest_gap_km} км; {ex2_proposed} гарц санал
болгосон.</p>
{fig2}
<p><b>Хэлэлцэх:</b> ус өнгөрүүлэх хоолой яагаад ихэвчлэн тохиромжгүй байдаг вэ (нээлттэй
байдлын индекс)? Хоёр хоолойг шинэчлэх үү, эсвэл шинэ доогуур гарц барих уу?
<i>Зайн дүрэм үйлчлэх бүсүүд</i>-д
нүүдлийн нутгийг өгвөл юу өөрчлөгдөх вэ?</p>

<h2>Дасгал 3: хориглох бүсийн маск гаргаж, төлөвлөж буй трассыг шалгах</h2>
<p><b>Зорилго:</b> шинэ зам хаагуур явж болохгүйг зураглаж, төлөвлөж буй хувилбар бүрийн
хэдэн км нь хориглох болон анхааралтай бүсийг огтлохыг унших.</p>
<ol>
<li>Toolbox › Нүүдэл › Трассын төлөвлөлт › <b>Трасс тавихыг хориглох бүсийн маск</b>. Судалгааны
талбай: <i>Аймаг</i>; хориглох давхарга: <i>Тусгай хамгаалалттай газар нутаг (ТХГН)</i>;
объект бүрийн хамгаалалтын бүсийн талбар: <code>buffer_m</code> (ТХГН бүрийн өөрийн
хамгаалалтын бүс, бичигдсэн бол 500 м эсвэл 1 км);
анхааралтай давхарга:
<i>Төллөх газар</i>; усны эх үүсвэр: <i>Усны эх үүсвэр</i> (хамгаалалтын бүс 50 м
хориглох, 200 м анхааралтай); трасс: <i>Төлөвлөж буй трасс</i>. Ажиллуулна.</li>
<li>Бүсүүд (хориглох бүс / анхааралтай бүс / тохиромжтой талбай, тус бүрийн шалтгаан
болсон давхаргын хамт) болон бүсээр хуваагдсан трассыг уншина.</li>
</ol>
<p><b>Хүлээгдэж буй үр дүн:</b> хориглох бүс {ex3_nogo_km2} км², анхааралтай бүс
{ex3_caution_km2} км², тохиромжтой талбай {ex3_suitable_km2} км². A хувилбар: хориглох
бүсэд {ex3_A_nogo_km} км, анхааралтай бүсэд {ex3_A_caution_km} км, тохиромжтой талбайд
{ex3_A_suitable_km} км. B хувилбар: хориглох
бүсэд {ex3_B_nogo_km} км, анхааралтай бүсэд {ex3_B_caution_km} км, тохиромжтой талбайд
{ex3_B_suitable_km} км.</p>
{fig3}
<p><b>Хэлэлцэх:</b> B хувилбар урт; гэхдээ илүү дээр үү? Зардлын растер юу нэмж өгөх вэ
(GRASS r.cost / r.path эсвэл Least Cost Path залгаасаар хамгийн бага зардалтай зам)?</p>

<h2>Дасгал 4: БОНБҮ-ний загварыг өөрөө угсрах</h2>
<p><b>Зорилго:</b> гурван алгоритмыг холбож, зөвлөх үйлчилгээний мэргэжилтэн төлөвлөж буй
аливаа трассыг нэг удаагийн ажиллуулалтаар шалгадаг болгох.</p>
<ol>
<li>Processing › Graphical Modeler. Нэр: <i>Төлөвлөж буй трассын БОНБҮ-ний урьдчилсан
үнэлгээ</i>, бүлэг: <i>Загварууд</i>.</li>
<li>Оролтууд (Modeler-ийн англи нэрийг хаалтад бичив): вектор давхарга (Vector layer)
<i>Төлөвлөж буй трасс</i> (шугам); талбар (Field) <i>Трассын
хувилбарын талбар</i> (эх давхарга: төлөвлөж буй трасс, заавал биш); олон давхарга
(Multiple layers) <i>Тусгай хамгаалалттай газар нутаг</i>; текст (String) <i>Хамгаалалтын
бүсийн талбар</i> (анхдагч <code>buffer_m</code>, заавал биш); олон давхарга (Multiple
layers) <i>Анхааралтай бүс</i> (заавал биш); вектор давхарга <i>Усны эх үүсвэр</i> (цэг,
заавал биш); вектор давхарга <i>Судалгааны талбай</i> (полигон, заавал биш); вектор
давхарга <i>Гарц гармын байгууламж</i> (цэг); вектор давхарга <i>Нүүдлийн нутаг</i>
(полигон, заавал биш); вектор давхарга <i>Хашаа</i> (шугам); зай (Distance) <i>Хашаа хайх
зай</i> (анхдагч 5&nbsp;000 м).</li>
<li>Алгоритмууд: <b>Трасс тавихыг хориглох бүсийн маск</b> (STUDY_AREA ← судалгааны
талбай, NOGO ← ТХГН, BUFFER_FIELD ←
хамгаалалтын бүсийн талбар, CAUTION ←
анхааралтай бүс, WATER ← усны эх үүсвэр, ALIGNMENT ← төлөвлөж буй трасс); <b>Гарц
хоорондын зайн шалгалт</b> (INPUT ← төлөвлөж буй трасс, ROUTE_FIELD ← трассын хувилбарын
талбар, CROSSINGS ← гарц гармын байгууламж, ZONES ← нүүдлийн нутаг); <b>Жинхэнэ зайн
доторх объектууд</b> (Нүүдэл: төлөвлөж буй трассаас хашаа хайх зайн доторх хашаа, координатын
системээс үл хамааран метрээр); <b>Хашааны нэвтрүүлэх
чадварын үнэлгээ</b> (INPUT ← ялгаж авсан хашаа).</li>
<li>Хадгалах гаралтуудаа нэрлэнэ (бүс, бүсээр хуваагдсан трасс, гарц хоорондын завсар, санал
болгосон гарц, үнэлсэн хашаа, хураангуй, тайлан). Хадгална.</li>
<li>Өөрийн загвараа, дараа нь залгаастай хамт ирсэн загварыг (Toolbox › Нүүдэл › Загварууд ›
<b>Төлөвлөж буй трассын БОНБҮ-ний урьдчилсан үнэлгээ</b>) оролт бүрт ижил утга сонгож
ажиллуулна:
{ex4_inputs}</li>
</ol>
<p><b>Хүлээгдэж буй үр дүн</b> (хоёр загварт ижил): трассаас 5 км дотор {ex4_fences} хашаа
({ex4_fence_km} км), үүнээс {ex4_mgaz_barrier_km} км нь цагаан зээрт саад; цагаан зээрт
санал болгосон гарц: A хувилбарт {ex4_A_proposed}, B хувилбарт {ex4_B_proposed}; трассын
тоо нь 3-р дасгалынхтай ижил.</p>
{fig4}

<h2>Дасгал 5 (нэмэлт, хоёр дахь хичээл): хээрийн судалгаа</h2>
<p><b>Зорилго:</b> хээрийн багийн бөглөх хашааны тооллого үүсгэж, маягтаар нь мэдээлэл
цуглуулж, шалгаж, үнэлэх (CAMI ажлын хөтөлбөр 2.2.1 (a): одоо байгаа хашааг мета өгөгдөлтэй ГМС-ийн
санд зураглах).</p>
<ol>
<li>Toolbox › Нүүдэл › Хашаа › <b>Хашааны тооллого үүсгэх</b>. Гаралт: шинэ
<code>survey.gpkg</code>; координатын систем: EPSG:32649; маягтын бичвэрийн хэл: Монгол ба
англи; QField-д зориулсан QGIS төсөл: хажууд нь <code>survey.qgz</code>. Ажиллуулахад
<i>fences</i>, <i>crossings</i>, <i>survey_areas</i> давхарга маягттайгаа нэмэгдэнэ.</li>
<li><i>fences</i> давхаргыг засварлах горимд оруулж, Чойроос хойш төмөр замын хажууд хоёр
хэсэг зурна. Маягт гурван бүлэгтэй (Хашаа, Утас (см), Судалгаа) нээгдэнэ; судалгааны огноо,
төлөв, тал аль хэдийн бөглөгдсөн байна. Доод утсанд 5000 гэж бичвэл маягт хүлээн авахгүй
(профайлын F-RANGE: 0-ээс 500 см); 45-ыг хүлээн авна. Дээд хоёр утасны хоорондын зайг
хоосон үлдээвэл маягт үнэлгээнд хэрэгтэй гэж анхааруулах боловч хадгалахыг зөвшөөрнө.</li>
<li>Toolbox › Нүүдэл › Хашаа › <b>Хашааны тооллогыг шалгах</b>: сургалтын <i>Хашаа</i>,
гарц: <code>"network" = 'road'</code> шүүлтүүртэй <i>Гарц гармын байгууламж</i>, авто зам
эсвэл төмөр зам: <i>Авто зам</i>. Тайлантай ажиллуулна.</li>
<li>Ижил шалгалтыг өөрийн <i>fences</i> давхарга дээр ажиллуулна: дараагийн хэсгээсээ хэдэн
метрийн завсартай, эсвэл хоёр удаа зурсан хэсэг <code>gap</code> эсвэл <code>duplicate</code>
болж гарна.</li>
<li>Сургалтын хашааг <b>Хашааны нэвтрүүлэх чадварын үнэлгээ</b>-гээр үнэлж, харьцуулна.</li>
</ol>
<p><b>Хүлээгдэж буй үр дүн</b> (сургалтын хашаа): завсар, давхардал, боломжгүй утга байхгүй;
46 <code>missing_for_audit</code> анхааруулга (Багахангайн ойролцоох хэмжээгүй хэсэг, энд тэнд
дутуу утга, хоёр бэлчээрийн хашаа); нэг <code>crossing_far</code>: хуучин замын ус өнгөрүүлэх
хоолой, авто замаас 600 м. Тайлан: үнэлгээ зээр, бөхөнд 1,291.8 км-ээс 1,211.8 км-ийг дүгнэж
чадна (80.0 км тодорхойгүй), аргаль, янгирт 1,287.6 км (4.2 км тодорхойгүй), хулан, тахь,
хавтгайд бүгдийг — үнэлгээний хураангуйн тодорхойгүй км.</p>
<p><b>Хэлэлцэх:</b> аль ч хэсэг тодорхойгүй үлдэхгүйн тулд хээрийн баг ямар утгыг хэмжих ёстой
вэ? Доод утас хоосон бол маягт яагаад татгалзахгүй, зөвхөн анхааруулдаг вэ?</p>

<h2>Дүгнэлт</h2>
<p>Алгоритм бүр хэрэглэсэн дүрэм, түүний эх сурвалж бүхий HTML тайлан гаргана: тэдгээрийг
БОНБҮ-д хавсаргана. Профайлд баталгаажаагүй гэж тэмдэглэсэн утгууд нь MNS 6515:2015 үндэсний
стандартын хүснэгтийг шалгах хүртэл түр орлож буй тул тайландаа үүнийг заана уу.</p>
<p>Бүх ангид нэг дор, интерфейсгүйгээр: <code>make demo</code> нь бүх алгоритм болон
загварыг энэ өгөгдөл дээр ажиллуулж, газрын зураг, тайланг <code>out/</code> хавтсанд
бичнэ.</p>
</body></html>
"""
)

PAGES = {"en": EN, "mn": MN}
