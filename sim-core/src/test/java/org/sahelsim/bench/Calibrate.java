package org.sahelsim.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * Calibration report (not a test): runs a scenario over N seeds and prints, per town, the median
 * day it came under government control, plus where the jihadists are in March and the attacks on
 * Gao. Usage: Calibrate [scenario] [runs] [--no-intervention] [--verbose seed]
 */
public final class Calibrate {
    static final String[] TOWNS = {"Konna", "Diabaly", "Douentza", "Gao", "Timbuktu", "Kidal", "Aguelhok", "Tessalit", "Ménaka", "Ansongo", "Sévaré", "Mopti"};

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "serval-2013";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean noIntervention = Arrays.asList(args).contains("--no-intervention");
        int verbose = Arrays.asList(args).indexOf("--verbose");
        long verboseSeed = verbose >= 0 ? Long.parseLong(args[verbose + 1]) : -1;
        Scenario s = TestScenarios.read(name);
        if (noIntervention) {
            s = withoutIntervention(s);
        }
        Parameters p = TestScenarios.parameters(s);
        Map<String, List<Integer>> gov = new LinkedHashMap<>();
        Map<String, List<Integer>> jih = new LinkedHashMap<>();
        for (String t : TOWNS) {
            gov.put(t, new ArrayList<>());
            jih.put(t, new ArrayList<>());
        }
        List<Double> kidalShare = new ArrayList<>();
        List<Integer> jihadistsEnd = new ArrayList<>();
        List<Integer> gaoAttacks = new ArrayList<>();
        List<Integer> strikes = new ArrayList<>();
        List<Double> govTerritory = new ArrayList<>();
        List<Integer> suicideBeforeJune = new ArrayList<>();
        List<Integer> emptyPool = new ArrayList<>();
        List<Integer> marchTotal = new ArrayList<>();
        int[] mnlaFirst = new int[1];
        for (int seed = 1; seed <= runs; seed++) {
            final Scenario sc = s;
            Map<String, Integer> firstGov = new LinkedHashMap<>();
            Map<String, Integer> firstJih = new LinkedHashMap<>();
            Map<String, Side> lastSide = new java.util.HashMap<>();
            int[] attacks = new int[3];
            double[] share = new double[2];
            boolean v = seed == verboseSeed;
            SahelModel m = new SahelModel(sc, p, seed);
            m.setListener(new RunListener() {
                @Override
                public void onControlChange(ControlChange c) {
                    if (c.day() > 0 && c.side() == Side.GOVERNMENT && (firstJih.containsKey(c.town())
                            || (sc.control().containsKey(c.town()) && !sc.control().get(c.town()).equals("FAMA")))) {
                        firstGov.putIfAbsent(c.town(), c.day());
                    }
                    if (c.day() > 0 && c.town().equals("Kidal") && c.side() == Side.SEPARATIST && !firstGov.containsKey("Kidal")) {
                        mnlaFirst[0]++;
                    }
                    Side before = lastSide.put(c.town(), c.side());
                    if (c.day() > 0 && c.side() == Side.JIHADIST && before != Side.JIHADIST) {
                        firstJih.putIfAbsent(c.town(), c.day());
                    }
                    if (v && c.day() > 0) {
                        System.out.println(c.date() + " control " + c.town() + " -> " + c.side().id() + " " + c.faction());
                    }
                }

                @Override
                public void onEvent(ConflictEvent e) {
                    if ((e.subEventType() == SubEventType.SUICIDE_BOMB || e.notes().startsWith("raid on"))
                            && e.notes().contains("Gao") && firstGov.containsKey("Gao")) {
                        attacks[0]++;
                    }
                    if (e.subEventType() == SubEventType.AIR_DRONE_STRIKE) {
                        attacks[1]++;
                    }
                    if (e.subEventType() == SubEventType.SUICIDE_BOMB && e.date().isBefore(LocalDate.of(2013, 6, 1))) {
                        attacks[2]++;
                    }
                    if (v && e.subEventType() != SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED) {
                        System.out.println(e.date() + " " + e.subEventType().label() + " " + e.actor1() + "/" + e.actor2()
                                + " fat=" + e.fatalities() + " " + e.notes());
                    }
                }

                @Override
                public void onDay(int day, LocalDate date, double[] metrics) {
                    if (date.equals(LocalDate.of(2013, 3, 15))) {
                        share[0] = 1;
                    }
                }
            });
            m.start();
            while (m.day() < sc.days()) {
                m.schedule.step(m);
                if (m.date().equals(LocalDate.of(2013, 3, 15))) {
                    int all = m.world().totalStrength(Side.JIHADIST);
                    share[1] = all == 0 ? 0 : (double) m.world().strengthInRegion(Side.JIHADIST, "Kidal") / all;
                    marchTotal.add(all);
                }
            }
            m.finish();
            for (String t : TOWNS) {
                String key = t;
                gov.get(t).add(firstGov.getOrDefault(key, 999));
                jih.get(t).add(firstJih.getOrDefault(key, 999));
            }
            kidalShare.add(share[1]);
            jihadistsEnd.add(m.world().totalStrength(Side.JIHADIST));
            gaoAttacks.add(attacks[0]);
            strikes.add(attacks[1]);
            govTerritory.add(m.metrics()[org.sahelsim.core.MetricColumns.territory(Side.GOVERNMENT)]);
            suicideBeforeJune.add(attacks[2]);
            emptyPool.add(m.world().fieldLog().emptyPoolOpportunities());
        }
        System.out.println("scenario " + s.name() + (noIntervention ? " WITHOUT intervention" : "") + ", " + runs + " runs; day 1 = " + s.startDate());
        System.out.printf("%-10s %28s %28s%n", "town", "retaken: median day (date) [n]", "lost to jihadists: median [n]");
        for (String t : TOWNS) {
            System.out.printf("%-10s %28s %28s%n", t, summary(s, gov.get(t)), summary(s, jih.get(t)));
        }
        System.out.println("runs where the MNLA entered Kidal before the government side: " + mnlaFirst[0]);
        System.out.println("share of jihadist fighters in Kidal region on 2013-03-15: median " + medianD(kidalShare));
        System.out.println("jihadist fighters at end: " + jihadistsEnd);
        System.out.println("attacks (suicide/raid) on Gao after retaken: " + gaoAttacks);
        System.out.println("air strike events: " + strikes);
        List<Integer> sb = new ArrayList<>(suicideBeforeJune);
        sb.sort(null);
        System.out.println("suicide bombings before 2013-06-01: median " + sb.get(sb.size() / 2) + ", p10 " + sb.get(sb.size() / 10)
                + ", p90 " + sb.get(Math.min(sb.size() - 1, sb.size() * 9 / 10)) + " " + suicideBeforeJune);
        System.out.println("runs where a suicide attack found the pool empty: " + emptyPool.stream().filter(x -> x > 0).count() + " of " + runs
                + " " + emptyPool);
        List<Double> ks = new ArrayList<>(kidalShare);
        ks.sort(null);
        List<Integer> mt = new ArrayList<>(marchTotal);
        mt.sort(null);
        List<Integer> je = new ArrayList<>(jihadistsEnd);
        je.sort(null);
        if (!mt.isEmpty()) {
            System.out.printf(java.util.Locale.ROOT, "Kidal-region share on 2013-03-15: p10 %.2f median %.2f p90 %.2f; runs with share > 0.5: %d of %d%n",
                    ks.get(ks.size() / 10), ks.get(ks.size() / 2), ks.get(Math.min(ks.size() - 1, ks.size() * 9 / 10)),
                    ks.stream().filter(x -> x > 0.5).count(), runs);
            System.out.println("jihadist fighters on 2013-03-15: p10 " + mt.get(mt.size() / 10) + " median " + mt.get(mt.size() / 2)
                    + " p90 " + mt.get(Math.min(mt.size() - 1, mt.size() * 9 / 10)) + "; at the end: p10 " + je.get(je.size() / 10)
                    + " median " + je.get(je.size() / 2) + " p90 " + je.get(Math.min(je.size() - 1, je.size() * 9 / 10)));
        }
        System.out.println("runs with an attack on Gao after its retaking: " + gaoAttacks.stream().filter(x -> x > 0).count() + " of " + runs);
        System.out.println("government territory share at end: median " + medianD(govTerritory));
    }

    static String summary(Scenario s, List<Integer> days) {
        List<Integer> d = new ArrayList<>(days);
        d.removeIf(x -> x >= 999);
        d.sort(null);
        int n = d.size();
        int med = n == 0 ? 999 : d.get(n / 2);
        return med >= 999 ? "never [" + n + "]" : med + " (" + s.dateOf(med) + ") [" + n + "]";
    }

    static double medianD(List<Double> xs) {
        List<Double> d = new ArrayList<>(xs);
        d.sort(null);
        return Math.round(d.get(d.size() / 2) * 100) / 100.0;
    }

    /** The same scenario with no French, Chadian or African forces, no air campaign and no Malian counter-offensive. */
    public static Scenario withoutIntervention(Scenario s) {
        List<ScenarioEvent> evs = new ArrayList<>();
        for (ScenarioEvent e : s.events()) {
            // the Malian columns of the scenario follow the French (004), so they go too
            boolean foreign = (e instanceof ScenarioEvent.Deploy d && !d.force().faction().equals("IMA"))
                    || e instanceof ScenarioEvent.AirCampaign || e instanceof ScenarioEvent.Handover || e instanceof ScenarioEvent.Withdrawal;
            if (!foreign) {
                evs.add(e);
            }
        }
        return new Scenario(s.name() + "-no-intervention", s.title(), s.narrative(), s.sources(), s.startDate(), s.days(),
                s.forces(), s.control(), s.parameters(), evs);
    }
}
