package org.sahelsim.bench;

import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.core.Side;
import org.sahelsim.model.SahelModel;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;
import org.sahelsim.world.World;

/** Temporary diagnosis: where jihadist units are and the towns near them, every 365 days. */
public final class LongWarDebug {
    public static void main(String[] args) {
        Scenario s = TestScenarios.read("long-war-2013-2022");
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), 1000);
        m.start();
        World w = m.world();
        int days = Integer.parseInt(args[0]);
        while (m.day() < days) {
            m.schedule.step(m);
            if (m.day() % 365 == 0) {
                System.out.println("== " + w.date());
                for (ArmedUnit a : w.armedUnits()) {
                    if (a.isAlive() && w.sideOf(a.getFaction()) == Side.JIHADIST && !a.isInExile()) {
                        TownAgent near = null;
                        for (TownAgent t : w.towns()) {
                            if (near == null || w.km(a, t) < w.km(a, near)) near = t;
                        }
                        double hk = 1e9;
                        String hn = "";
                        for (org.sahelsim.agents.ForceUnit f : w.forceUnits()) {
                            if (f.isAlive() && (f.getMission().name().equals("CLEAR") || f.getMission().name().equals("PATROL") || f.getMission().name().equals("ADVANCE")) && w.km(f, a) < hk) {
                                hk = w.km(f, a);
                                hn = f.getFaction() + "/" + f.getMission();
                            }
                        }
                        int so = w.fieldLog().sortiesNear(f -> w.hostile(a.getFaction(), f), w.day() - 9, a.getX(), a.getY(), 150);
                        System.out.printf("%s#%d %d %s town=%s near=%s %.0fkm ctl=%s govpres=%.0f sup=%.1f struck=%d combat=%d sorties=%d hunter=%s %.0fkm symp=%.2f%n", a.getFaction(), a.getId(), a.getStrength(), a.getPosture(),
                                a.getTown() == null ? "-" : a.getTown().getName(), near.getName(), w.km(a, near), near.getControlSide(), near.presence(Side.GOVERNMENT), a.getSupplies(),
                                w.day() - a.getLastStruckDay(), w.day() - a.getLastCombatDay(), so, hn, hk, near.sympathy(Side.JIHADIST));
                    }
                }
            }
        }
    }
}
