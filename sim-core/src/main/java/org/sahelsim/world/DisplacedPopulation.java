package org.sahelsim.world;

import java.util.Arrays;
import java.util.List;
import org.sahelsim.map.Camp;
import org.sahelsim.map.Camps;
import org.sahelsim.map.Town;

/**
 * The civilians of one run, as numbers of people: each town's catchment (its residents, town and
 * countryside, see {@link Camps#catchments}) is split between those at home and those displaced,
 * counted by origin and by the site where they are: another town of Mali (internally displaced
 * people, IDPs) or a camp abroad (refugees). Sites are the towns (0..towns-1) then the camps.
 * Every change moves people from one count to another, so the total is conserved: no one is
 * created or lost (the model has no births or deaths of civilians). The rules that move them are
 * in {@code rules.CivilianFlight}.
 */
public final class DisplacedPopulation {
    private final int towns;
    private final List<Camp> camps;
    private final int[] catchment;
    private final int[] home;
    /** away[origin][site]: people of a town's catchment staying at a site. */
    private final int[][] away;
    private final int[] hosted;
    private final long total;

    public DisplacedPopulation(List<Town> mapTowns, Camps places) {
        this.towns = mapTowns.size();
        this.camps = places.camps();
        this.catchment = places.catchments(mapTowns);
        this.home = catchment.clone();
        this.away = new int[towns][towns + camps.size()];
        this.hosted = new int[towns + camps.size()];
        long t = 0;
        for (int c : catchment) {
            t += c;
        }
        this.total = t;
    }

    public int towns() { return towns; }
    public int sites() { return towns + camps.size(); }
    public boolean isCamp(int site) { return site >= towns; }
    public Camp camp(int site) { return camps.get(site - towns); }
    public List<Camp> camps() { return camps; }
    /** Residents of a town's catchment (constant). */
    public int catchment(int town) { return catchment[town]; }
    /** Residents of a town's catchment at home today. */
    public int home(int town) { return home[town]; }
    /** People of a town's catchment at a site. */
    public int away(int origin, int site) { return away[origin][site]; }
    /** Displaced people staying at a site (from every origin). */
    public int hosted(int site) { return hosted[site]; }
    /** Displaced people staying at each site (towns then camps): the live array, do not modify. */
    public int[] hostedBySite() { return hosted; }
    /** People in a town's catchment today: residents at home and the displaced it hosts. */
    public int present(int town) { return home[town] + hosted[town]; }
    /** People of a town's catchment displaced anywhere. */
    public int displacedFrom(int town) { return catchment[town] - home[town]; }
    /** Share of a town's catchment displaced anywhere (0..1). */
    public double displacedShare(int town) { return catchment[town] == 0 ? 0 : (double) (catchment[town] - home[town]) / catchment[town]; }
    /**
     * Grievance the displaced staying at a site carry (001): the mean of their home towns'
     * grievances weighted by how many of each are there ({@code grievanceOf[origin]}); 0 if none.
     * For a rule that recruits among the displaced (in host towns or camps).
     */
    public double hostedGrievance(int site, double[] grievanceOf) {
        if (hosted[site] == 0) {
            return 0;
        }
        double g = 0;
        for (int o = 0; o < towns; o++) {
            g += (double) away[o][site] * grievanceOf[o];
        }
        return g / hosted[site];
    }
    /** The civilians of the run (constant: conservation). */
    public long total() { return total; }

    /** Residents of {@code origin} leave home for a site (not their own town). */
    public void flee(int origin, int site, int n) {
        check(n <= home[origin] && site != origin, "flee");
        home[origin] -= n;
        away[origin][site] += n;
        hosted[site] += n;
    }

    /** Displaced people of {@code origin} move on from one site to another. */
    public void move(int origin, int from, int to, int n) {
        check(n <= away[origin][from] && to != origin, "move");
        away[origin][from] -= n;
        hosted[from] -= n;
        away[origin][to] += n;
        hosted[to] += n;
    }

    /** Displaced people of {@code origin} at a site go home. */
    public void returnHome(int origin, int from, int n) {
        check(n <= away[origin][from], "return");
        away[origin][from] -= n;
        hosted[from] -= n;
        home[origin] += n;
    }

    /** Internally displaced people: displaced people staying in towns of Mali. */
    public long idps() {
        long s = 0;
        for (int i = 0; i < towns; i++) {
            s += hosted[i];
        }
        return s;
    }

    /** Refugees: displaced people in the camps abroad. */
    public long refugees() {
        long s = 0;
        for (int i = towns; i < hosted.length; i++) {
            s += hosted[i];
        }
        return s;
    }

    /** Sum of every count (equals {@link #total()} unless a bug created or lost people). */
    public long counted() {
        long s = Arrays.stream(home).asLongStream().sum();
        for (int[] row : away) {
            for (int v : row) {
                s += v;
            }
        }
        return s;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("civilians: " + what + " of more people than there are");
        }
    }
}
