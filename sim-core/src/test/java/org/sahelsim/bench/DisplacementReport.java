package org.sahelsim.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Parameters;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.DisplacedPopulation;
import org.sahelsim.world.World;

/**
 * Report (not a test) for issue 14: over seeds 1..N of a scenario, the IDPs, refugees, people who
 * fled and came home since the start, and the displaced of the main origins, at dates; with
 * key=value parameter overrides. Usage: DisplacementReport scenario runs [key=value ...]
 */
public final class DisplacementReport {
    static final String[] ORIGINS = {"Timbuktu", "Gao", "Kidal", "Mopti", "Douentza", "Ménaka", "Konna", "Diabaly"};

    public static void main(String[] args) {
        Scenario s = TestScenarios.read(args.length > 0 ? args[0] : "serval-2013");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Parameters params = TestScenarios.parameters(s);
        for (int a = 2; a < args.length; a++) {
            String[] kv = args[a].split("=");
            params = params.with(kv[0], Double.parseDouble(kv[1]));
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String d : new String[] {"2013-01-10", "2013-01-31", "2013-02-21", "2013-03-15", "2013-04-15", "2013-05-21", "2013-06-16"}) {
            LocalDate x = LocalDate.parse(d);
            if (!x.isBefore(s.startDate()) && x.isBefore(s.startDate().plusDays(s.days()))) {
                dates.add(x);
            }
        }
        Map<LocalDate, double[]> sum = new LinkedHashMap<>();
        for (LocalDate d : dates) {
            sum.put(d, new double[6 + ORIGINS.length]);
        }
        for (int seed = 1; seed <= runs; seed++) {
            SahelModel m = new SahelModel(s, params, seed);
            m.start();
            World w = m.world();
            while (w.day() < s.days()) {
                m.schedule.step(m);
                double[] v = sum.get(w.date());
                if (v == null) {
                    continue;
                }
                DisplacedPopulation c = w.civilians();
                v[0] += c.idps();
                v[1] += c.refugees();
                v[2] += m.rules().civilians().fledTotal();
                v[3] += m.rules().civilians().returnedTotal();
                v[4] += hostileNear(w, w.town("Gao"), 120);
                v[5] += hostileNear(w, w.town("Timbuktu"), 120);
                for (int k = 0; k < ORIGINS.length; k++) {
                    v[6 + k] += c.displacedFrom(w.town(ORIGINS[k]).index());
                }
            }
        }
        StringBuilder h = new StringBuilder(String.format("%-10s %8s %8s %8s %8s %6s %6s", "date", "idps", "refugees", "fled", "returned", "armGao", "armTim"));
        for (String o : ORIGINS) {
            h.append(String.format(" %8s", o.length() > 8 ? o.substring(0, 8) : o));
        }
        System.out.println(h);
        for (Map.Entry<LocalDate, double[]> e : sum.entrySet()) {
            StringBuilder b = new StringBuilder(String.format("%-10s", e.getKey()));
            double[] v = e.getValue();
            for (int k = 0; k < v.length; k++) {
                b.append(String.format(k == 4 || k == 5 ? " %6.0f" : " %8.0f", v[k] / runs));
            }
            System.out.println(b);
        }
    }

    static int hostileNear(World w, TownAgent t, double km) {
        int n = 0;
        for (Unit u : w.units()) {
            if (u instanceof ArmedUnit a && a.isAlive() && !a.isInExile() && w.sideOf(a.getFaction()) == Side.JIHADIST && w.within(a, t, km)) {
                n += a.getStrength();
            }
        }
        return n;
    }
}
