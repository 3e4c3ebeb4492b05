package org.sahelsim.bench;

import java.time.LocalDate;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.DisplacedPopulation;
import org.sahelsim.world.World;

/** Report (not a test): the origins of the displaced on a date, with their towns' controller and whether return is open. Usage: DisplacementOrigins scenario seed date */
public final class DisplacementOrigins {
    public static void main(String[] args) {
        Scenario s = TestScenarios.read(args[0]);
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), Long.parseLong(args[1]));
        LocalDate until = LocalDate.parse(args[2]);
        m.start();
        World w = m.world();
        while (w.date().isBefore(until)) {
            m.schedule.step(m);
        }
        DisplacedPopulation c = w.civilians();
        System.out.println(w.date() + " idps " + c.idps() + " refugees " + c.refugees() + " fled " + m.rules().civilians().fledTotal() + " returned " + m.rules().civilians().returnedTotal());
        for (TownAgent t : w.towns()) {
            int d = c.displacedFrom(t.index());
            if (d >= 2000) {
                System.out.printf("%-14s %7d  %-12s since %5d  return %.2f  intensity %.2f%n", t.getName(), d, t.getController(), t.getControlSinceDay(),
                        m.rules().civilians().returnOpen(w, t), m.rules().civilians().intensity(t));
            }
        }
    }
}
