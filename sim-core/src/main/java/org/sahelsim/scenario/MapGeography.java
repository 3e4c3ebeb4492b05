package org.sahelsim.scenario;

import java.util.List;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Region;

/** {@link Geography} over the model's map of Mali. */
public final class MapGeography implements Geography {
    private final MaliMap map;

    public MapGeography(MaliMap map) {
        this.map = map;
    }

    public static MapGeography mali() {
        return new MapGeography(MaliMap.get());
    }

    @Override
    public boolean hasTown(String name) {
        return map.town(name) != null;
    }

    @Override
    public boolean hasRegion(String id) {
        return map.region(id) != null || Region.NORTH_OF_NIGER_VALLEY.equals(id);
    }

    @Override
    public boolean onGrid(double lat, double lon) {
        int x = map.cellX(lon);
        int y = map.cellY(lat);
        return x >= 0 && y >= 0 && map.inGrid(x, y);
    }

    @Override
    public String canonicalTown(String name) {
        return map.places().canonical(name);
    }

    @Override
    public List<String> closestTowns(String name) {
        return map.places().closest(name, 1);
    }

    @Override
    public boolean hasAirBase(String name) {
        return map.foreignAirBase(name) != null;
    }

    @Override
    public List<String> airBaseNames() {
        return map.foreignAirBaseNames();
    }

    @Override
    public List<String> regionIds() {
        List<String> ids = new java.util.ArrayList<>(map.regions().stream().map(Region::id).toList());
        ids.add(Region.NORTH_OF_NIGER_VALLEY);
        return ids;
    }

    @Override
    public List<String> adminRegions() {
        return map.towns().stream().map(org.sahelsim.map.Town::region).filter(r -> r != null && !r.isBlank())
                .distinct().sorted().toList();
    }
}
