package org.sahelsim.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts about Mali a user could check on any atlas. */
class MaliMapTest {
    private final MaliMap map = MaliMap.get();

    @Test
    void maliAreaFromGridIsWithinFivePercentOfTheOfficialArea() {
        double area = 0;
        for (int y = 0; y < MaliMap.HEIGHT; y++) {
            for (int x = 0; x < MaliMap.WIDTH; x++) {
                if (map.inMali(x, y)) {
                    area += map.cellAreaKm2(y);
                }
            }
        }
        assertEquals(1_240_000, area, 0.05 * 1_240_000, "Mali area from the grid: " + area);
    }

    @Test
    void mainTownsAreInsideMali() {
        for (String name : List.of("Bamako", "Gao", "Timbuktu", "Kidal", "Tessalit")) {
            Town t = map.town(name);
            assertNotNull(t, name);
            assertTrue(map.inMali(t.x(), t.y()), name + " should be in Mali");
        }
    }

    @Test
    void neighboursAreWhereTheyShouldBe() {
        assertEquals(Country.ALGERIA, map.country(map.cellX(2.0), map.cellY(24.0)));
        assertEquals(Country.NIGER, map.country(map.cellX(3.0), map.cellY(14.0)));
        assertEquals(Country.BURKINA_FASO, map.country(map.cellX(-1.5), map.cellY(12.5)));
        assertEquals(Country.MAURITANIA, map.country(map.cellX(-9.0), map.cellY(20.0)));
        assertEquals(Country.SENEGAL, map.country(map.cellX(-12.3), map.cellY(14.0)));
        assertEquals(Country.GUINEA, map.country(map.cellX(-10.0), map.cellY(11.0)));
        assertEquals(Country.COTE_DIVOIRE, map.country(map.cellX(-6.0), map.cellY(10.2)));
    }

    @Test
    void timbuktuIsWithinTwentyKmOfTheNiger() {
        Town t = map.town("Tombouctou");
        Region valley = map.region("niger-valley");
        double best = Double.POSITIVE_INFINITY;
        for (int y = 0; y < MaliMap.HEIGHT; y++) {
            for (int x = 0; x < MaliMap.WIDTH; x++) {
                if (map.isRiver(x, y) && valley.contains(x, y)) {
                    best = Math.min(best, MaliMap.distanceKm(t.lat(), t.lon(), map.latOf(y), map.lonOf(x)));
                }
            }
        }
        assertTrue(best <= 20, "nearest Niger cell is " + best + " km from Timbuktu");
    }

    @Test
    void ifoghasStandsAboveTheTanezrouft() {
        double ifoghas = meanElevation(map.region("ifoghas"));
        double tanezrouft = meanElevation(map.region("tanezrouft"));
        assertTrue(ifoghas > tanezrouft + 100, "Ifoghas " + ifoghas + " m vs Tanezrouft " + tanezrouft + " m");
        Town kidal = map.town("Kidal");
        Region tigharghar = map.region("tigharghar");
        for (int[] c : tigharghar.cells()) {
            assertTrue(map.region("ifoghas").contains(c[0], c[1]), "Tigharghar lies in the Ifoghas");
        }
        assertTrue(tigharghar.centroidLat() > kidal.lat(), "Tigharghar is north of Kidal");
    }

    private double meanElevation(Region r) {
        return r.cells().stream().mapToInt(c -> map.elevationM(c[0], c[1])).average().orElseThrow();
    }

    @Test
    void gaoCellHasPrioGridGid153000() {
        Town gao = map.town("Gao");
        assertEquals(153000, map.priogridGid(gao.x(), gao.y()));
        // each 5 x 5 block of cells is one PRIO-GRID cell
        assertEquals(map.priogridGid(0, 0), map.priogridGid(4, 4));
        assertEquals(map.priogridGid(0, 0) + 1, map.priogridGid(5, 4));
        assertEquals(map.priogridGid(0, 0) - 720, map.priogridGid(0, 5));
    }

    @Test
    void roadFromSevareToGaoPassesDouentzaAndHombori() {
        RoadPath p = map.roadPath(map.town("Sévaré"), map.town("gao"));
        assertNotNull(p);
        assertTrue(p.towns().contains(map.town("Douentza")), p.towns().toString());
        assertTrue(p.towns().contains(map.town("Hombori")), p.towns().toString());
        assertTrue(p.km() >= 500 && p.km() <= 650, "Sevare-Gao " + p.km() + " km");
        assertEquals(p.km(), map.roadKm(map.town("Sevare"), map.town("Gao")), 1e-9);
    }

    @Test
    void townLookupIgnoresAccentsCaseAndKnowsCommonSpellings() {
        assertSame(map.town("Sévaré"), map.town("SEVARE"));
        assertSame(map.town("Timbuktu"), map.town("Tombouctou"));
        assertSame(map.town("Aguelhok"), map.town("Aguelhoc"));
        assertNull(map.town("Atlantis"));
        assertTrue(map.towns().size() >= 30);
    }

    @Test
    void cellConversionsRoundTripAndRejectOutsidePoints() {
        for (int x = 0; x < MaliMap.WIDTH; x += 13) {
            assertEquals(x, map.cellX(map.lonOf(x)));
        }
        for (int y = 0; y < MaliMap.HEIGHT; y += 11) {
            assertEquals(y, map.cellY(map.latOf(y)));
        }
        assertEquals(-1, map.cellX(10.0));
        assertEquals(-1, map.cellY(5.0));
    }

    @Test
    void cellRouteFollowsTheRoadAndAvoidsNoGround() {
        Town sevare = map.town("Sevare");
        Town gao = map.town("Gao");
        Route r = map.route(sevare.x(), sevare.y(), gao.x(), gao.y());
        int onRoad = 0;
        for (int i = 0; i < r.length(); i++) {
            if (map.isRoad(r.xs()[i], r.ys()[i])) {
                onRoad++;
            }
        }
        assertTrue(onRoad > 0.8 * r.length(), "route on road for " + onRoad + " of " + r.length() + " cells");
        assertTrue(r.km() > 450 && r.km() < 650, "route " + r.km() + " km");
        assertTrue(r.cost() >= r.km());
    }
}
