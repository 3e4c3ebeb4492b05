package org.sahelsim.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.EventType;
import org.sahelsim.core.Faction;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Town;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.World;

/**
 * Report (not a test): the long war's yearly diagnosis over a few runs (seeds 1000..): violent
 * events and fatalities, the centre's share, events and fatalities by the rule that made them,
 * jihadist fighters by faction at the end of each year, their recruits and losses in the year, the
 * war chest, the centre's grievance and sympathy, towns held. Usage: LongWarStudy [runs] [scenario]
 */
public final class LongWarStudy {
    static final List<String> CENTRE = List.of("Mopti", "Ségou");
    static final Pattern RULE = Pattern.compile("\\((R\\d+)");

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String name = args.length > 1 ? args[1] : "long-war-2013-2022";
        Scenario s = TestScenarios.read(name);
        List<Town> towns = MaliMap.get().towns();
        int first = s.startDate().getYear();
        int years = s.startDate().plusDays(s.days()).getYear() - first + 1;
        double[] ev = new double[years];
        double[] fat = new double[years];
        double[] centre = new double[years];
        Map<String, double[]> byRuleEv = new TreeMap<>();
        Map<String, double[]> byRuleFat = new TreeMap<>();
        Map<String, double[]> byActorFat = new TreeMap<>();
        Map<Faction, double[]> fighters = new TreeMap<>();
        Map<String, double[]> postures = new TreeMap<>();
        double[] meanFighters = new double[years];
        double[][] meanFightersRun = new double[runs][years];
        double[] recruits = new double[years];
        double[] jihadistLosses = new double[years];
        double[] chest = new double[years];
        double[] centreGrievance = new double[years];
        double[] centreSympathy = new double[years];
        double[] townsHeld = new double[years];
        double[] centreHeld = new double[years];
        for (int r = 0; r < runs; r++) {
            SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 1000 + r);
            m.setListener(new RunListener() {
                @Override
                public void onEvent(ConflictEvent e) {
                    EventType t = e.eventType();
                    if (t != EventType.BATTLES && t != EventType.EXPLOSIONS_REMOTE_VIOLENCE && t != EventType.VIOLENCE_AGAINST_CIVILIANS) {
                        return;
                    }
                    int y = e.date().getYear() - first;
                    ev[y]++;
                    fat[y] += e.fatalities();
                    String region = regionOf(towns, e.latitude(), e.longitude());
                    if (CENTRE.contains(region)) {
                        centre[y] += e.fatalities();
                    }
                    Matcher mt = RULE.matcher(e.notes());
                    String rule = mt.find() ? mt.group(1) : "?";
                    byRuleEv.computeIfAbsent(rule, k -> new double[years])[y]++;
                    byRuleFat.computeIfAbsent(rule, k -> new double[years])[y] += e.fatalities();
                    byActorFat.computeIfAbsent(e.actor1() + (CENTRE.contains(region) ? "@centre" : ""), k -> new double[years])[y] += e.fatalities();
                }
            });
            m.start();
            World w = m.world();
            int lastRecruits = 0;
            double lastLoss = 0;
            int[] daysIn = new int[years];
            while (m.day() < s.days()) {
                m.schedule.step(m);
                LocalDate d = w.date();
                int y = d.getYear() - first;
                double j = 0;
                for (ArmedUnit a : w.armedUnits()) {
                    if (a.isAlive() && w.sideOf(a.getFaction()) == Side.JIHADIST) {
                        j += a.getStrength();
                    }
                }
                meanFightersRun[r][y] += j;
                daysIn[y]++;
                boolean yearEnd = d.getMonthValue() == 12 && d.getDayOfMonth() == 31 || m.day() >= s.days();
                if (yearEnd) {
                    for (ArmedUnit a : w.armedUnits()) {
                        if (a.isAlive() && w.sideOf(a.getFaction()) == Side.JIHADIST) {
                            fighters.computeIfAbsent(a.getFaction(), k -> new double[years])[y] += a.getStrength();
                            String where = a.isInExile() ? "exile" : CENTRE.contains(regionOf(towns, w.map().latOf((int) a.getY()), w.map().lonOf((int) a.getX()))) ? "centre" : "elsewhere";
                            postures.computeIfAbsent(a.getPosture() + "/" + where, k -> new double[years])[y] += a.getStrength();
                        }
                    }
                    int rec = 0;
                    for (Faction f : Faction.values()) {
                        rec += w.fieldLog().recruits(f);
                    }
                    recruits[y] += rec - lastRecruits;
                    lastRecruits = rec;
                    jihadistLosses[y] += w.casualties(Side.JIHADIST) - lastLoss;
                    lastLoss = w.casualties(Side.JIHADIST);
                    chest[y] += m.rules().financing().warChest();
                    double g = 0;
                    double sy = 0;
                    int n = 0;
                    for (TownAgent t : w.towns()) {
                        if (t.getControlSide() == Side.JIHADIST) {
                            townsHeld[y]++;
                        }
                        if (CENTRE.contains(t.town().region())) {
                            g += t.getGrievance();
                            sy += t.sympathy(Side.JIHADIST);
                            n++;
                            if (t.getControlSide() == Side.JIHADIST) {
                                centreHeld[y]++;
                            }
                        }
                    }
                    centreGrievance[y] += g / n;
                    centreSympathy[y] += sy / n;
                }
            }
            for (int y = 0; y < years; y++) {
                meanFightersRun[r][y] /= Math.max(1, daysIn[y]);
                meanFighters[y] += meanFightersRun[r][y];
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s, %d runs (per-run means)%n", name, runs));
        b.append("year  events  fatal  centre  fighters  recruits  jihLoss  chest  cGriev  cSymp  jihTowns  centreTowns\n");
        for (int y = 0; y < years; y++) {
            b.append(String.format(Locale.ROOT, "%d %7.0f %6.0f %7.2f %9.0f %9.0f %8.0f %6.0fk %7.2f %6.2f %9.1f %11.1f%n", first + y, ev[y] / runs,
                    fat[y] / runs, fat[y] == 0 ? 0 : centre[y] / fat[y], meanFighters[y] / runs, recruits[y] / runs, jihadistLosses[y] / runs,
                    chest[y] / runs / 1000, centreGrievance[y] / runs, centreSympathy[y] / runs, townsHeld[y] / runs, centreHeld[y] / runs));
        }
        table(b, "fighters at year end by faction", fighters, runs, years);
        table(b, "fighters at year end by posture/where", postures, runs, years);
        table(b, "events by rule", byRuleEv, runs, years);
        table(b, "fatalities by rule", byRuleFat, runs, years);
        table(b, "fatalities by actor1 (@centre)", byActorFat, runs, years);
        int regrow = 0;
        for (int r = 0; r < runs; r++) {
            double[] j = meanFightersRun[r];
            int o = 2014 - first;
            double low = Math.min(j[o], Math.min(j[o + 1], j[o + 2]));
            double late = Math.max(j[o + 5], Math.max(j[o + 6], j[o + 7]));
            regrow += late > 1.1 * low ? 1 : 0;
        }
        b.append("regrowth (a year of 2019-2021 >= 1.1 x lowest of 2014-2016): " + regrow + "/" + runs + "\n");
        System.out.print(b);
    }

    static <K> void table(StringBuilder b, String title, Map<K, double[]> m, int runs, int years) {
        b.append(title).append(":\n");
        for (var e : m.entrySet()) {
            b.append(String.format(Locale.ROOT, "%-22s", e.getKey()));
            for (double v : e.getValue()) {
                b.append(String.format(Locale.ROOT, " %6.0f", v / runs));
            }
            b.append('\n');
        }
    }

    static String regionOf(List<Town> towns, double lat, double lon) {
        Town best = null;
        double bestD = Double.POSITIVE_INFINITY;
        double c = Math.cos(Math.toRadians(lat));
        for (Town t : towns) {
            double dx = (t.lon() - lon) * c;
            double dy = t.lat() - lat;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = t;
            }
        }
        return best == null ? "?" : best.region();
    }
}
