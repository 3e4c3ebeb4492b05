package org.sahelsim.bench;

import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;

/** Report (not a test): one run's control changes, events and daily force positions. Usage: Trace scenario seed days [filter] */
public final class Trace {
    public static void main(String[] args) {
        Scenario s = TestScenarios.read(args[0]);
        long seed = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        String filter = args.length > 3 ? args[3] : "";
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
        m.setListener(new RunListener() {
            @Override
            public void onControlChange(ControlChange c) {
                System.out.println(s.dateOf(c.day()) + " CONTROL " + c.town() + " -> " + c.side());
            }

            @Override
            public void onEvent(ConflictEvent e) {
                if (!filter.isEmpty() && e.notes().contains(filter)) {
                    System.out.println(e.date() + " EVENT " + e.notes());
                }
            }
        });
        m.start();
        while (m.day() < days) {
            m.schedule.step(m);
            StringBuilder b = new StringBuilder();
            for (ForceUnit f : m.world().forceUnits()) {
                if (f.isAlive() && f.getIntent() != null && !f.getIntent().is("defend")) {
                    b.append(String.format(" [%s#%d %d %s->%s %s%s s%.1f]", f.getFaction(), f.getId(), f.getStrength(), f.getTownName(),
                            f.getObjectiveName(), f.getIntentType(), f.isWaiting() ? " WAIT" : "", f.getSupplyDays()));
                }
            }
            if (filter.equals("J")) {
                for (var u : m.world().units()) {
                    if (u instanceof ArmedUnit a && a.isAlive() && a.getStrength() > 30) {
                        b.append(String.format(" {%s %d %s %s}", a.getFaction(), a.getStrength(), a.getTownName(), a.getPosture()));
                    }
                }
            }
            System.out.println(m.date() + b.toString());
        }
        m.finish();
    }
}
