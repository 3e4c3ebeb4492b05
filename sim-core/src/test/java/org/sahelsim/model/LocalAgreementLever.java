package org.sahelsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.EventType;
import org.sahelsim.core.RunListener;
import org.sahelsim.map.Grid;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.Town;
import org.sahelsim.scenario.ForceSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * The Niono local agreement (001; R20) as a lever on paired runs of a variant of negotiation-2020:
 * the base is negotiation-2020 without its countrywide ceasefire (the talks and the suspended
 * French hunt stay); the variant adds, on the date of that ceasefire (2020-04-15), a local
 * agreement between FAMa and Katiba Macina around Niono and Diabaly with the terms of 001
 * (liftSiege, allowPatrols, acceptGroupRule), as long-war-2013-2022 has it in March 2021 (the
 * 2020 date is the what-if: 001 says the government "always kept secretly negotiating ... for the
 * sake of concluding local agreements"). Violence in the agreement's area (violent events whose
 * cell centre lies within ceasefire.localRadiusKm of Niono or Diabaly), per 30 days, in each
 * variant run's own windows (while the agreement holds; the 90 days after it collapses), and in
 * the base run of the same seed over the same days.
 *
 * <p>{@code java -cp ... org.sahelsim.model.LocalAgreementLever [runs] [negotiation|long-war|farabougou|both]}
 * prints the figures (both: negotiation-2020's variant, calm only and with terms, then long-war-2013-2022
 * to March 2022 with and without its Niono agreement).
 */
public final class LocalAgreementLever {
    static final LocalDate OPENS = LocalDate.of(2020, 4, 15);
    static final List<String> TOWNS = List.of("Niono", "Diabaly");
    static final double RADIUS_KM = 60;

    /** Per pair: days the agreement held, violence per 30 days in its windows in both arms, and whether it collapsed. */
    record Pair(int heldDays, boolean collapsed, double baseDuring, double variantDuring, double baseAfter, double variantAfter, int afterDays) {}

    /**
     * Katiba Macina near Niono: a band at Farabougou, about 30 km west of Niono (public record:
     * the village was besieged by the jihadists from October 2020 until the Niono agreement of
     * March 2021; position approximate, 300 fighters assumed). negotiation-2020 has none within
     * 60 km of Niono (its nearest band is at Ké-Macina, 76 km), and there the agreement's area
     * sees about one violent event in three months in either arm.
     */
    static final ForceSpec FARABOUGOU = new ForceSpec("KATIBA_MACINA", null, 14.17, -6.22, 300, 1, null, "hold", null, List.of(), null);

    static Scenario base() {
        return base(false);
    }

    static Scenario base(boolean farabougou) {
        Scenario s = TestScenarios.read("negotiation-2020");
        List<ScenarioEvent> evs = new ArrayList<>();
        for (ScenarioEvent e : s.events()) {
            if (!(e instanceof ScenarioEvent.Ceasefire)) {
                evs.add(e);
            }
        }
        List<ForceSpec> forces = new ArrayList<>(s.forces());
        if (farabougou) {
            forces.add(FARABOUGOU);
        }
        return new Scenario(s.name(), s.title(), s.narrative(), s.sources(), s.startDate(), s.days(), forces, s.control(),
                s.parameters(), evs, s.parameterChanges(), s.bases(), s.displacement());
    }

    static Scenario variant(List<String> concessions) {
        return variant(base(), concessions);
    }

    static Scenario variant(Scenario s, List<String> concessions) {
        List<ScenarioEvent> evs = new ArrayList<>(s.events());
        evs.add(new ScenarioEvent.Ceasefire(OPENS, "what-if: a Niono local agreement in April 2020 (001)", List.of("FAMA", "KATIBA_MACINA"),
                TOWNS, null, concessions));
        return with(s, evs);
    }

    private static Scenario with(Scenario s, List<ScenarioEvent> evs) {
        return new Scenario(s.name(), s.title(), s.narrative(), s.sources(), s.startDate(), s.days(), s.forces(), s.control(),
                s.parameters(), evs, s.parameterChanges(), s.bases(), s.displacement());
    }

    static boolean inArea(ConflictEvent e) {
        double x = Grid.x(e.longitude());
        double y = Grid.y(e.latitude());
        for (String name : TOWNS) {
            Town t = MaliMap.get().town(name);
            if (Grid.km(x, y, t.x() + 0.5, t.y() + 0.5) <= RADIUS_KM) {
                return true;
            }
        }
        return false;
    }

    /** Violent events in the area by day of the run (index = day). */
    static int[] violenceByDay(Scenario s, long seed, int opens, int[] collapseDay) {
        int[] byDay = new int[s.days() + 2];
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
        m.setListener(new RunListener() {
            @Override
            public void onEvent(ConflictEvent e) {
                if (e.eventType() != EventType.STRATEGIC_DEVELOPMENTS && inArea(e)) {
                    byDay[e.day()]++;
                } else if (collapseDay != null && collapseDay[0] == 0 && e.day() >= opens && inArea(e) && e.notes().contains("(R20)")
                        && (e.notes().contains("ceasefire collapses") || e.notes().contains("ceasefire broken") || e.notes().contains("ceasefire ends"))) {
                    collapseDay[0] = e.day();
                }
            }
        });
        m.runDays(s.days());
        return byDay;
    }

    static double per30(int[] byDay, int from, int to) {
        if (to <= from) {
            return Double.NaN;
        }
        int n = 0;
        for (int d = from; d < to; d++) {
            n += byDay[d];
        }
        return 30.0 * n / (to - from);
    }

    static Pair pair(Scenario base, Scenario variant, LocalDate date, long seed) {
        int opens = base.dayOf(date);
        int[] collapse = new int[1];
        int[] v = violenceByDay(variant, seed, opens, collapse);
        int[] b = violenceByDay(base, seed, opens, null);
        int end = variant.days() + 1;
        int held = collapse[0] > 0 ? collapse[0] : end;
        int afterEnd = Math.min(end, held + 90);
        return new Pair(held - opens, collapse[0] > 0, per30(b, opens, held), per30(v, opens, held), per30(b, held, afterEnd),
                per30(v, held, afterEnd), afterEnd - held);
    }

    static List<Pair> pairs(List<String> concessions, int runs) {
        return pairs(base(), variant(concessions), OPENS, runs);
    }

    static List<Pair> pairs(Scenario base, Scenario variant, LocalDate opens, int runs) {
        List<Pair> out = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            out.add(pair(base, variant, opens, i));
        }
        return out;
    }

    /** long-war-2013-2022 up to a year after the Niono agreement: with it (as shipped) and without it. */
    static final LocalDate NIONO_2021 = LocalDate.of(2021, 3, 14);

    static Scenario longWar(boolean withNiono) {
        Scenario s = TestScenarios.read("long-war-2013-2022");
        List<ScenarioEvent> evs = new ArrayList<>();
        for (ScenarioEvent e : s.events()) {
            if (withNiono || !(e instanceof ScenarioEvent.Ceasefire c && c.date().equals(NIONO_2021))) {
                evs.add(e);
            }
        }
        int days = s.dayOf(NIONO_2021.plusDays(365));
        return new Scenario(s.name(), s.title(), s.narrative(), s.sources(), s.startDate(), days, s.forces(), s.control(),
                s.parameters(), evs, s.parameterChanges(), s.bases(), s.displacement());
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        String which = args.length > 1 ? args[1] : "both";
        if (which.equals("farabougou")) {
            List<String> terms = List.of("liftSiege", "allowPatrols", "acceptGroupRule");
            report("negotiation-2020 with a Katiba Macina band at Farabougou, terms " + terms,
                    pairs(base(true), variant(base(true), terms), OPENS, runs));
            return;
        }
        if (!which.equals("long-war")) {
            for (List<String> terms : List.of(List.<String>of(), List.of("liftSiege", "allowPatrols", "acceptGroupRule"))) {
                report("negotiation-2020 variant, " + (terms.isEmpty() ? "calm only (no concessions)" : "terms " + terms), pairs(terms, runs));
            }
        }
        if (!which.equals("negotiation")) {
            report("long-war-2013-2022 to March 2022, as shipped", pairs(longWar(false), longWar(true), NIONO_2021, runs));
        }
    }

    static void report(String label, List<Pair> ps) {
        double[] b = new double[ps.size()];
        double[] v = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            b[i] = ps.get(i).baseDuring();
            v[i] = ps.get(i).variantDuring();
        }
        List<Pair> after = ps.stream().filter(p -> p.collapsed() && p.afterDays() >= 30).toList();
        double[] ba = after.stream().mapToDouble(Pair::baseAfter).toArray();
        double[] va = after.stream().mapToDouble(Pair::variantAfter).toArray();
        double[] held = ps.stream().mapToDouble(Pair::heldDays).sorted().toArray();
        System.out.println(String.format(Locale.ROOT, "Niono agreement, %s: collapsed in %d/%d runs, days held median %.0f (quartiles %.0f-%.0f)",
                label, ps.stream().filter(Pair::collapsed).count(), ps.size(), held[held.length / 2], held[held.length / 4], held[3 * held.length / 4]));
        System.out.println("  violent events in the area per 30 days while it holds, base vs variant: " + LeversTest.paired(b, v));
        if (after.size() >= 3) {
            System.out.println("  the same in the 90 days after its collapse (" + after.size() + " runs that collapsed 30+ days before the end): "
                    + LeversTest.paired(ba, va));
        }
    }
}
