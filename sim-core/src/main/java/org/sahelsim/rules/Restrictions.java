package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.map.Region;
import org.sahelsim.core.Faction;
import org.sahelsim.model.Geo;
import org.sahelsim.core.ParameterInfo;
import org.sahelsim.core.Parameters;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R12 Where each force may go (documents 000, 004: "Malian regular troops would not move north of
 * the Niger River valley"; 1,400 Chadian troops, "not Malian soldiers", police Kidal).
 *
 * <p>A restriction event forbids a faction named map regions ("ifoghas", "tigharghar",
 * "niger-valley", "tanezrouft"), the pseudo-region "north-of-niger-valley" (cells north of
 * latitude {@code nigerValleyNorthLat}) and named towns; {@code lift} removes them. Force units
 * neither take forbidden towns as targets nor drive into forbidden cells (R9 missions, movement).
 * Every force also stays inside Mali: borders are where the insurgents escape (R18).
 */
public final class Restrictions {
    public static final String RULE = "R12";
    public static final String NORTH_OF_NIGER_VALLEY = "north-of-niger-valley";

    public record Params(double nigerValleyNorthLat) {
        public static Params from(Parameters p) {
            return new Params(p.get("restrictions.nigerValleyNorthLat"));
        }
    }

    public static List<ParameterInfo> parameters() {
        return List.of(P.of("restrictions.nigerValleyNorthLat", RULE, 17.3, 14, 25, "degrees north",
                "northern edge of the Niger valley for the 'north-of-niger-valley' restriction",
                "assumed; between Bourem (17.0) and Anefis (17.9); 004: FAMa back in Gao and Timbuktu but not Kidal"));
    }

    private final Params p;
    private final Map<Faction, List<String>> regions = new EnumMap<>(Faction.class);
    private final Map<Faction, List<String>> towns = new EnumMap<>(Faction.class);

    public Restrictions(Parameters parameters) {
        this.p = Params.from(parameters);
    }

    public Params params() {
        return p;
    }

    public void reset() {
        regions.clear();
        towns.clear();
    }

    public void onRestriction(SahelModel m, ScenarioEvent.Restriction r) {
        Faction f = SahelModel.faction(r.faction());
        if (Boolean.TRUE.equals(r.lift())) {
            regions.remove(f);
            towns.remove(f);
            return;
        }
        for (String id : r.forbiddenRegions()) {
            if (!NORTH_OF_NIGER_VALLEY.equals(id) && m.map().region(id) == null) {
                throw new IllegalArgumentException("unknown region '" + id + "' in restriction of " + r.faction());
            }
            regions.computeIfAbsent(f, k -> new ArrayList<>()).add(id);
        }
        for (String name : r.forbiddenTowns()) {
            TownAgent t = m.town(name);
            if (t == null) {
                throw new IllegalArgumentException("unknown town '" + name + "' in restriction of " + r.faction());
            }
            towns.computeIfAbsent(f, k -> new ArrayList<>()).add(t.getName());
        }
    }

    public boolean allowedTown(SahelModel m, Faction f, TownAgent t) {
        List<String> ts = towns.get(f);
        if (ts != null && ts.contains(t.getName())) {
            return false;
        }
        return allowedCell(m, f, t.cellX(), t.cellY());
    }

    public boolean allowedCell(SahelModel m, Faction f, int x, int y) {
        if (f.isArmedGroup()) {
            return true;
        }
        if (!m.map().inGrid(x, y) || !m.map().inMali(x, y)) {
            return false;
        }
        List<String> rs = regions.get(f);
        if (rs == null) {
            return true;
        }
        for (String id : rs) {
            if (NORTH_OF_NIGER_VALLEY.equals(id)) {
                if (Geo.lat(y + 0.5) > p.nigerValleyNorthLat) {
                    return false;
                }
            } else {
                Region r = m.map().region(id);
                if (r != null && r.contains(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    public List<String> forbiddenTowns(Faction f) {
        return List.copyOf(towns.getOrDefault(f, List.of()));
    }

    public List<String> forbiddenRegions(Faction f) {
        return List.copyOf(regions.getOrDefault(f, List.of()));
    }
}
