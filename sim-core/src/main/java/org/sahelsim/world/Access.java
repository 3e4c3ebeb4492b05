package org.sahelsim.world;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Faction;
import org.sahelsim.map.Grid;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Region;

/**
 * Where each force may go, one run's state (R12: "Malian regular troops would not move north of
 * the Niger River valley"; Chadian troops police Kidal). Rule R12 fills it from restriction
 * events; force missions and movement ask it. Every force stays inside Mali; armed groups go
 * anywhere.
 */
public final class Access {
    private final MaliMap map;
    private final double nigerValleyNorthLat;
    private final Map<Faction, List<String>> regions = new EnumMap<>(Faction.class);
    private final Map<Faction, List<String>> towns = new EnumMap<>(Faction.class);
    /** Towns a force keeps out of under the terms of a local agreement (R20), set anew each day; R12's lift leaves them. */
    private final Map<Faction, List<String>> agreed = new EnumMap<>(Faction.class);

    /** @param nigerValleyNorthLat northern edge of the {@link Region#NORTH_OF_NIGER_VALLEY} band, degrees north */
    public Access(MaliMap map, double nigerValleyNorthLat) {
        this.map = map;
        this.nigerValleyNorthLat = nigerValleyNorthLat;
    }

    /** Forbids a region (a map region's id or {@link Region#NORTH_OF_NIGER_VALLEY}) to a faction. */
    public void forbidRegion(Faction f, String regionId) {
        if (!Region.NORTH_OF_NIGER_VALLEY.equals(regionId) && map.region(regionId) == null) {
            throw new IllegalArgumentException("unknown region '" + regionId + "' in restriction of " + f.id());
        }
        regions.computeIfAbsent(f, k -> new ArrayList<>()).add(regionId);
    }

    public void forbidTown(Faction f, TownAgent t) {
        towns.computeIfAbsent(f, k -> new ArrayList<>()).add(t.getName());
    }

    /** Lifts every restriction of a faction. */
    public void lift(Faction f) {
        regions.remove(f);
        towns.remove(f);
    }

    /** The towns a force keeps out of under local agreements (R20: the group's rule accepted), replacing the last list. */
    public void keepOutByAgreement(Faction f, List<TownAgent> ts) {
        if (ts.isEmpty()) {
            agreed.remove(f);
            return;
        }
        List<String> names = new ArrayList<>();
        for (TownAgent t : ts) {
            names.add(t.getName());
        }
        agreed.put(f, names);
    }

    public boolean allowedTown(Faction f, TownAgent t) {
        List<String> ts = towns.get(f);
        if (ts != null && ts.contains(t.getName())) {
            return false;
        }
        List<String> as = agreed.get(f);
        if (as != null && as.contains(t.getName())) {
            return false;
        }
        return allowedCell(f, t.cellX(), t.cellY());
    }

    public boolean allowedCell(Faction f, int x, int y) {
        if (f.isArmedGroup()) {
            return true;
        }
        if (!map.inGrid(x, y) || !map.inMali(x, y)) {
            return false;
        }
        List<String> rs = regions.get(f);
        if (rs == null) {
            return true;
        }
        for (String id : rs) {
            if (Region.NORTH_OF_NIGER_VALLEY.equals(id)) {
                if (Grid.lat(y + 0.5) > nigerValleyNorthLat) {
                    return false;
                }
            } else {
                Region r = map.region(id);
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
