package org.sahelsim.scenario;

import java.util.List;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Region;
import org.sahelsim.map.Town;
import org.sahelsim.rules.Restrictions;

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
        return map.region(id) != null || Restrictions.NORTH_OF_NIGER_VALLEY.equals(id);
    }

    @Override
    public boolean onGrid(double lat, double lon) {
        int x = map.cellX(lon);
        int y = map.cellY(lat);
        return x >= 0 && y >= 0 && map.inGrid(x, y);
    }

    @Override
    public List<String> townNames() {
        return map.towns().stream().map(Town::name).toList();
    }

    @Override
    public List<String> regionIds() {
        List<String> ids = new java.util.ArrayList<>(map.regions().stream().map(Region::id).toList());
        ids.add(Restrictions.NORTH_OF_NIGER_VALLEY);
        return ids;
    }
}
