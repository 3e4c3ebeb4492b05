package org.sahelsim.scenario;

import java.util.List;

/**
 * A few real towns of central and northern Mali (GeoNames coordinates) and a rectangular grid
 * around Mali, for loader tests that must not depend on how the map module is built. The
 * loader's contract with the map is {@link Geography}; tests against the real map live with it.
 */
final class TestGeography implements Geography {
    private static final List<String> TOWNS = List.of("Konna", "Sévaré", "Mopti", "Gao", "Timbuktu", "Kidal", "Diabaly");

    @Override
    public boolean hasTown(String name) {
        return TOWNS.stream().anyMatch(t -> SemanticChecks.fold(t).equals(SemanticChecks.fold(name)));
    }

    @Override
    public boolean hasRegion(String id) {
        return id.equals("kidal") || id.equals("niger-valley");
    }

    @Override
    public boolean onGrid(double lat, double lon) {
        return lat >= 10 && lat <= 25.5 && lon >= -12.5 && lon <= 4.5;
    }

    @Override
    public List<String> townNames() {
        return TOWNS;
    }
}
