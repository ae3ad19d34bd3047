"""Mitigation priorities core: the issue's worked example, number by number (planar areas)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from landscape_example import FENCE, KM, ROAD, SPECIES, SQUARE, STRAND, box, line, point
from nuudel.processing.core import landscape, mitigation
from nuudel.processing.core.graph import components
from nuudel.processing.core.profile import load_profile
from nuudel.processing.core.text import NuudelError

PROFILE = load_profile()


def setup(units=(SQUARE,), fences=(FENCE,), attrs=None):
    attrs = attrs or {k: v * len(fences) for k, v in STRAND.items()}
    lines = landscape.Lines.from_layers(
        fences=np.array(fences, dtype=object), roads=np.array([ROAD], dtype=object)
    )
    fcut, _ = landscape.fence_cuts(PROFILE, SPECIES, attrs)
    rcut, _ = landscape.road_cuts(PROFILE, [8000])
    line_cut = {c: lines.cuts(fcut[c], rcut) for c in SPECIES}
    lines, line_cut = landscape.relevant(lines, line_cut)
    network = landscape.build_network(np.array(units, dtype=object), lines, 2.0)
    result = landscape.permeability(network, line_cut, np.empty(0, dtype=object), {}, 100.0)
    labels = {c: result.species[c].before.label for c in SPECIES}
    fences = mitigation.FenceData(np.array(fences, dtype=object), attrs)
    return network, line_cut, labels, fences, result


def rank(candidates, weights=None, max_k=50, budget=None, **kw):
    network, line_cut, labels, fences, result = setup(**kw)
    pairs, status = mitigation.candidate_pairs(
        network, line_cut, labels, candidates, PROFILE, SPECIES, fences
    )
    costs = mitigation.candidate_costs(candidates, PROFILE, pairs.km)
    weights = weights or {c: 1.0 for c in SPECIES}
    return mitigation.prioritise(
        network, labels, pairs, status, costs, weights, SPECIES, max_k=max_k, budget=budget
    ), result


EXAMPLE = mitigation.Candidates([point(5, 7), point(2, 5)], ["opening", "underpass"], [1.0, 10.0])


def test_worked_example():
    ranking, result = rank(EXAMPLE)
    khulan = SPECIES.index("khulan")
    assert result.species["khulan"].before.meff[0] == pytest.approx(37.5)
    assert ranking.base_meff[khulan] == pytest.approx(37.5)
    assert ranking.order.tolist() == [0, 1]  # the opening first (12.5 per unit)
    assert ranking.gain[0, khulan] == pytest.approx(12.5)  # NW 25 + NE 25 -> 50 + 50
    assert ranking.gain[1, khulan] == pytest.approx(50.0)  # then 50 north + 50 south
    assert ranking.base_meff[khulan] + ranking.gain[:, khulan].sum() == pytest.approx(100.0)
    assert ranking.joined[0][khulan] == [[25.0, 25.0]]
    assert ranking.joined[1][khulan] == [[50.0, 50.0]]
    # mgaz cuts alike; argali crosses the fence (its opening gains nothing) but not the road
    mgaz, argali = SPECIES.index("mgaz"), SPECIES.index("argali")
    assert ranking.gain[:, mgaz].tolist() == pytest.approx([12.5, 50.0])
    assert ranking.gain[:, argali].tolist() == pytest.approx([0.0, 50.0])
    assert ranking.gain_total.tolist() == pytest.approx([25.0, 150.0])
    assert ranking.cum_cost.tolist() == [1.0, 11.0]
    assert ranking.possible == pytest.approx(175.0)
    assert ranking.cum_gain_pct.tolist() == pytest.approx([100 * 25 / 175, 100.0])


def test_underpass_alone_gains_25_for_khulan():
    ranking, _ = rank(EXAMPLE, max_k=1, budget=None, weights={"khulan": 1.0})
    assert ranking.order.tolist() == [0]
    one = mitigation.Candidates([point(2, 5)], ["underpass"], [10.0])
    ranking, _ = rank(one, weights={"khulan": 1.0})
    assert ranking.gain[0, SPECIES.index("khulan")] == pytest.approx(25.0)  # 75 and 25
    assert ranking.joined[0][SPECIES.index("khulan")] == [[50.0, 25.0]]  # S 50, NW 25


def test_budget_and_max_candidates():
    ranking, _ = rank(EXAMPLE, budget=5.0)
    assert ranking.order.tolist() == [0]
    assert ranking.status[1] == mitigation.OVER_BUDGET
    ranking, _ = rank(EXAMPLE, max_k=1)
    assert ranking.status[1] == mitigation.BEYOND_MAX


def test_weights_change_the_order():
    # only argali counts: the opening gains nothing for it, the underpass 50
    ranking, _ = rank(EXAMPLE, weights={"mgaz": 0.0, "khulan": 0.0, "argali": 1.0})
    assert ranking.order.tolist() == [1]
    assert ranking.status[0] == mitigation.NO_GAIN


def test_bottom_wire_fixes_through_the_fence_rules():
    ranking, _ = rank(mitigation.Candidates([point(5, 8)], ["raise_bottom_wire"], [np.nan]))
    mgaz, khulan = SPECIES.index("mgaz"), SPECIES.index("khulan")
    # bottom wire at 46 cm: mgaz crawls under (NW + NE join), khulan still needs an opening
    assert ranking.gain[0, mgaz] == pytest.approx(12.5)
    assert ranking.gain[0, khulan] == pytest.approx(0.0)
    # cost per km from the profile: 5 km of fence
    per_km = PROFILE["mitigation"]["unit_costs"]["types"]["raise_bottom_wire"]["value"]
    assert ranking.cost[0] == pytest.approx(5 * per_km)
    # a smooth bottom wire on a fence without barbs changes nothing
    barbed = {**STRAND, "bottom": [50], "barbed": ["bottom"]}
    ranking, _ = rank(
        mitigation.Candidates([point(5, 8)], ["smooth_bottom_wire"], [1.0]), attrs=barbed
    )
    assert ranking.gain[0, mgaz] == pytest.approx(12.5)


def test_line_candidate_and_unknown_type():
    cands = mitigation.Candidates(
        [line((5, 6), (5, 9)), point(5, 7), None], ["let_down", "gate", "opening"], [2.0, 1.0, 1.0]
    )
    ranking, _ = rank(cands)
    assert ranking.order.tolist() == [0]
    assert ranking.gain[0, SPECIES.index("khulan")] == pytest.approx(12.5)
    assert ranking.status[1] == mitigation.BAD_TYPE
    assert ranking.status[2] == mitigation.NO_GEOMETRY


def test_nothing_near():
    ranking, _ = rank(mitigation.Candidates([point(8, 8)], ["opening"], [1.0]))
    assert ranking.status[0] == mitigation.NOTHING_NEAR
    assert len(ranking.order) == 0


def test_generated_openings_every_km():
    network, line_cut, *_ = setup()
    pts = mitigation.opening_points(network.lines, line_cut, 1000.0)
    assert len(pts) == 5
    assert sorted(round(p.y / KM, 3) for p in pts) == [5.5, 6.5, 7.5, 8.5, 9.5]


def test_proposed_crossings_on_the_road():
    pts = mitigation.proposed_crossings(
        [ROAD], [True], np.empty(0, dtype=object), [], [], [], [], PROFILE, SPECIES, 2.0, 100.0
    )
    # 10 km with no crossing, 2 km spacing: 4 points at 2, 4, 6, 8 km
    assert sorted(round(p.x / KM, 3) for p in pts) == [2, 4, 6, 8]


def test_weights_text():
    assert mitigation.parse_weights("khulan:2, mgaz:1", SPECIES) == {
        "mgaz": 1.0,
        "khulan": 2.0,
        "argali": 0.0,
    }
    assert mitigation.parse_weights("", SPECIES) == {c: 1.0 for c in SPECIES}
    for bad in ("khulan=2", "khulan:two", "wolf:1", "khulan:-1", "khulan:0"):
        with pytest.raises(NuudelError):
            mitigation.parse_weights(bad, SPECIES)


def test_design_crossing_suits_every_group():
    w, h, ln = mitigation.design_dimensions(PROFILE)["underpass"]
    assert (w, h) == (12.0, 4.0) and ln == pytest.approx(32.0)
    assert mitigation.design_suitability(PROFILE, SPECIES, ["underpass", "overpass"]).all()


def grid_case(n=30, n_cand=2000, seed=7):
    """An n x n km square cut by a strand fence grid every km (n² meshes for crawlers and
    openers, one for jumpers); ``n_cand`` openings and underpasses at random cell edges."""
    fences = [line((x, 0), (x, n)) for x in range(1, n)] + [
        line((0, y), (n, y)) for y in range(1, n)
    ]
    attrs = {k: v * len(fences) for k, v in STRAND.items()}
    lines = landscape.Lines.from_layers(fences=np.array(fences, dtype=object))
    species = ["mgaz", "ggaz", "saiga", "khulan", "takhi", "camel", "argali", "ibex"]
    fcut, _ = landscape.fence_cuts(PROFILE, species, attrs)
    line_cut = {c: lines.cuts(fcut[c], None) for c in species}
    lines, line_cut = landscape.relevant(lines, line_cut)
    units = [box(0, 0, n / 2, n), box(n / 2, 0, n, n)]
    network = landscape.build_network(np.array(units, dtype=object), lines, 2.0)
    result = landscape.permeability(network, line_cut, np.empty(0, dtype=object), {}, 100.0)
    labels = {c: result.species[c].before.label for c in species}
    rng = np.random.default_rng(seed)
    vertical = rng.random(n_cand) < 0.5
    a = rng.integers(1, n, n_cand).astype(float)
    b = rng.integers(0, n, n_cand) + 0.5
    pts = [point(x, y) if v else point(y, x) for v, x, y in zip(vertical, a, b)]
    types = np.where(rng.random(n_cand) < 0.8, "opening", "underpass").tolist()
    cands = mitigation.Candidates(pts, types, rng.integers(1, 20, n_cand).astype(float))
    fences_data = mitigation.FenceData(np.array(fences, dtype=object), attrs)
    return network, line_cut, labels, cands, species, fences_data


def test_greedy_gains_add_up_to_a_full_recomputation():
    import time

    network, line_cut, labels, cands, species, fences = grid_case()
    start = time.perf_counter()
    pairs, status = mitigation.candidate_pairs(
        network, line_cut, labels, cands, PROFILE, species, fences
    )
    costs = mitigation.candidate_costs(cands, PROFILE, pairs.km)
    weights = {c: 1.0 for c in species}
    ranking = mitigation.prioritise(
        network, labels, pairs, status, costs, weights, species, max_k=100
    )
    elapsed = time.perf_counter() - start
    assert len(ranking.order) == 100
    assert elapsed < 30  # 900 meshes, 2,000 candidates, 8 species (seconds on a loaded box)
    # incremental = from scratch: the gains add up to applying the chosen fixes at once
    chosen = np.isin(pairs.cand, ranking.order)
    total_area = network.unit_area.sum()
    for s, code in enumerate(species):
        sel = chosen & (pairs.species == s)
        label = labels[code]
        n_faces = len(label)
        merged = components(n_faces, pairs.u[sel], pairs.v[sel])
        mesh = merged[label]
        a = np.bincount(mesh, weights=network.face_area, minlength=n_faces)
        mf = network.memb_face
        w = np.bincount(mesh[mf], weights=network.face_area[mf], minlength=n_faces)
        after = (w * a).sum() / total_area / 1e6
        assert ranking.base_meff[s] + ranking.gain[:, s].sum() == pytest.approx(after)
    # jumpers cross the strand fence: no gain for argali and ibex from anything
    assert ranking.gain[:, species.index("argali")].sum() == pytest.approx(0.0)
    assert (np.diff(ranking.cum_cost) >= 0).all()
    assert ranking.cum_gain_pct[-1] <= 100.0 + 1e-9


def test_cost_column():
    cost, bad = mitigation.parse_costs([1, "2,5", None, "", 0, "-3", "cheap", True])
    assert cost[:2].tolist() == [1.0, 2.5] and cost[4] == 0.0
    assert np.isnan(cost[2]) and np.isnan(cost[3])
    assert bad.tolist() == [False, False, False, False, False, True, True, True]


def test_profile_section_is_checked(tmp_path):
    import json

    from nuudel.processing.core.profile import DEFAULT_PROFILE, ProfileError

    data = json.loads(DEFAULT_PROFILE.read_text(encoding="utf-8"))
    data["mitigation"]["unit_costs"]["types"]["opening"]["per"] = "metre"
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    with pytest.raises(ProfileError, match="unit_costs.types.opening.per"):
        load_profile(path)
    del data["mitigation"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NuudelError, match="'mitigation' section"):
        mitigation.unit_costs(load_profile(path))


GRID = {}


def small_grid():
    if not GRID:
        GRID["case"] = grid_case(n=6, n_cand=40, seed=1)
    return GRID["case"]


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    max_k=st.integers(1, 60),
    weights=st.lists(st.integers(0, 3), min_size=8, max_size=8),
)
def test_greedy_properties(seed, max_k, weights):
    network, line_cut, labels, _cands, species, fences = small_grid()
    rng = np.random.default_rng(seed)
    n = 40
    vertical = rng.random(n) < 0.5
    a = rng.integers(1, 6, n).astype(float)
    b = rng.integers(0, 6, n) + 0.5
    pts = [point(x, y) if v else point(y, x) for v, x, y in zip(vertical, a, b)]
    types = rng.choice(["opening", "underpass", "raise_bottom_wire", "remove"], n).tolist()
    cands = mitigation.Candidates(pts, types, rng.integers(0, 5, n).astype(float))
    if not any(weights):
        weights = [1] * 8
    w = dict(zip(species, map(float, weights)))
    pairs, status = mitigation.candidate_pairs(
        network, line_cut, labels, cands, PROFILE, species, fences
    )
    ranking = mitigation.prioritise(
        network, labels, pairs, status, cands.cost, w, species, max_k=max_k
    )
    pct = ranking.cum_gain_pct
    assert (np.diff(pct) >= -1e-9).all() and (pct <= 100 + 1e-9).all()
    assert len(set(ranking.order.tolist())) == len(ranking.order) <= max_k
    assert (ranking.gain_total > 0).all()
    if len(ranking.order) < max_k and ranking.possible > 0:
        assert pct[-1] == pytest.approx(100.0)  # nothing left that gains: all of it reached
