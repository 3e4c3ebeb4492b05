package org.sahelsim.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.RunListener;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.ForceSpec;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.scenario.ScenarioEvent;

/**
 * R10's figures on serval-2013 (or another scenario) to a date: suicide bombings, raids and IEDs
 * per run, the first bombing's date and town, the bomber pools, Gao attacked after its
 * retaking; with arm "half" (jihadist forces halved), "grievance" (initial grievance halved),
 * "nointervention" (no liberated towns) or "base". Usage: R10Report [scenario] [runs] [until
 * yyyy-mm-dd] [arm] [key=value...].
 */
public final class R10Report {
    private R10Report() {}

    public record Counts(int suicide, int raids, int ieds, LocalDate first, String firstTown, boolean gaoHit, int poolEmpty,
                         int bombersLeft, int prepared) {}

    static boolean jihadist(String faction) {
        Faction f = Faction.parse(faction);
        return f != null && f.defaultSide() == Side.JIHADIST;
    }

    static ForceSpec scaled(ForceSpec f, double k) {
        return new ForceSpec(f.faction(), f.town(), f.lat(), f.lon(), (int) Math.round(f.strength() * k), f.units(),
                f.vehicles(), f.posture(), f.mission(), f.targets(), f.intent(), f.mobility());
    }

    /** Every jihadist force and deployment's strength times k (units unchanged). */
    public static Scenario jihadistsTimes(Scenario s, double k) {
        List<ForceSpec> forces = new ArrayList<>();
        for (ForceSpec f : s.forces()) {
            forces.add(jihadist(f.faction()) ? scaled(f, k) : f);
        }
        List<ScenarioEvent> events = new ArrayList<>();
        for (ScenarioEvent e : s.events()) {
            events.add(e instanceof ScenarioEvent.Deploy d && jihadist(d.force().faction())
                    ? new ScenarioEvent.Deploy(d.date(), d.note(), scaled(d.force(), k)) : e);
        }
        return new Scenario(s.name(), s.title(), s.narrative(), s.sources(), s.startDate(), s.days(), forces, s.control(),
                s.parameters(), events);
    }

    public static Counts run(Scenario s, Parameters params, long seed, LocalDate until) {
        int[] n = new int[3];
        LocalDate[] first = new LocalDate[1];
        String[] firstTown = new String[1];
        boolean[] gaoGov = new boolean[1];
        boolean[] gaoHit = new boolean[1];
        SahelModel m = new SahelModel(s, params, seed);
        m.setListener(new RunListener() {
            @Override
            public void onControlChange(ControlChange c) {
                if (c.day() > 0 && c.town().equals("Gao") && c.side() == Side.GOVERNMENT) {
                    gaoGov[0] = true;
                }
            }

            @Override
            public void onEvent(ConflictEvent e) {
                boolean suicide = e.subEventType() == SubEventType.SUICIDE_BOMB;
                boolean raid = e.notes().startsWith("raid on") && e.notes().endsWith("(R10)");
                boolean ied = e.subEventType() == SubEventType.REMOTE_EXPLOSIVE;
                if (gaoGov[0] && e.notes().contains("Gao") && (suicide || raid)) {
                    gaoHit[0] = true;
                }
                if (e.date().isBefore(until)) {
                    n[0] += suicide ? 1 : 0;
                    n[1] += raid ? 1 : 0;
                    n[2] += ied ? 1 : 0;
                    if (suicide && first[0] == null) {
                        first[0] = e.date();
                        firstTown[0] = e.notes().replace("suicide attack on the garrison of ", "").replace(" (R10)", "");
                    }
                }
            }
        });
        m.runDays(Math.min(s.days(), s.dayOf(until)));
        int left = 0;
        int prepared = 0;
        for (Faction f : Faction.values()) {
            left += m.world().fieldLog().bombers(f);
            prepared += m.world().fieldLog().prepared(f);
        }
        return new Counts(n[0], n[1], n[2], first[0], firstTown[0], gaoHit[0], m.world().fieldLog().emptyPoolOpportunities(), left,
                prepared);
    }

    public static Scenario arm(Scenario s, String arm) {
        return switch (arm) {
            case "half" -> jihadistsTimes(s, 0.5);
            case "nointervention" -> Calibrate.withoutIntervention(s);
            default -> s;
        };
    }

    public static Parameters armParameters(Scenario s, String arm) {
        Parameters p = TestScenarios.parameters(s);
        if (arm.equals("grievance")) {
            p = p.with("recruitment.initialGrievance", p.get("recruitment.initialGrievance") / 2);
        }
        return p;
    }

    public static void main(String[] args) {
        String name = args.length > 0 ? args[0] : "serval-2013";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        LocalDate until = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2013, 6, 1);
        String arm = args.length > 3 ? args[3] : "base";
        Scenario s = arm(TestScenarios.read(name), arm);
        Parameters params = armParameters(s, arm);
        for (int i = 4; i < args.length; i++) {
            String[] kv = args[i].split("=");
            params = params.with(kv[0], Double.parseDouble(kv[1]));
        }
        int[] suicide = new int[runs];
        int[] raids = new int[runs];
        int[] ieds = new int[runs];
        int gao = 0;
        int empty = 0;
        int leftover = 0;
        Map<String, Integer> firsts = new TreeMap<>();
        StringBuilder perRun = new StringBuilder();
        for (int r = 0; r < runs; r++) {
            Counts c = run(s, params, r + 1, until);
            suicide[r] = c.suicide();
            raids[r] = c.raids();
            ieds[r] = c.ieds();
            gao += c.gaoHit() ? 1 : 0;
            empty += c.poolEmpty() > 0 ? 1 : 0;
            leftover += c.bombersLeft() > 0 ? 1 : 0;
            firsts.merge(c.first() == null ? "none" : c.first().toString().substring(0, 7) + " " + c.firstTown(), 1, Integer::sum);
            perRun.append(String.format(Locale.ROOT, " %d/%d/%d(p%d,l%d)", c.suicide(), c.raids(), c.ieds(), c.prepared(), c.bombersLeft()));
        }
        System.out.printf(Locale.ROOT, "%s arm %s, %d runs, to %s%n", name, arm, runs, until);
        System.out.println("suicide bombings: " + q(suicide) + "; raids: " + q(raids) + "; IEDs: " + q(ieds));
        System.out.println("Gao attacked after its retaking in " + gao + "/" + runs + "; pool found empty in " + empty + "/" + runs
                + " runs; bombers left at the end in " + leftover + "/" + runs);
        System.out.println("first suicide bombing: " + firsts);
        System.out.println("per run suicide/raids/IEDs(prepared, left):" + perRun);
    }

    static String q(int[] xs) {
        int[] c = xs.clone();
        Arrays.sort(c);
        int n = c.length;
        double med = n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2.0;
        return String.format(Locale.ROOT, "median %.1f mean %.2f p10 %d p90 %d", med, Arrays.stream(c).average().orElse(0),
                c[n / 10], c[Math.min(n - 1, n * 9 / 10)]);
    }
}
