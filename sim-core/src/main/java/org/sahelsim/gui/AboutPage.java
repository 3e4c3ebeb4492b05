package org.sahelsim.gui;

import java.util.List;
import org.sahelsim.scenario.Scenario;

/**
 * The page of the Console's About tab: what SahelSim is, the scenario on screen and the phases of
 * the day as the model schedules them ({@code DayPlan.describe()}).
 */
final class AboutPage {
    private AboutPage() {}

    /** What SahelSim is, without a scenario: what MASON shows before the GUI knows its model. */
    static String general() {
        return html(null, List.of());
    }

    /**
     * @param scenario the scenario shown, or null
     * @param dayPlan  the day's phases, one "1. name (R1, R2)" line each; empty to leave them out
     */
    static String html(Scenario scenario, List<String> dayPlan) {
        StringBuilder b = new StringBuilder("<html><body style=\"font-family: sans-serif\">");
        b.append("<h2>SahelSim</h2>")
                .append("<p>An agent-based simulation of the armed conflict in Mali and the Sahel (2013-2022) on MASON. ")
                .append("Armed groups, national and intervention forces and the towns of Mali act on a 0.1-degree grid of the ")
                .append("country, following 21 rules (R1..R21) taken from five source documents about the war. ")
                .append("It is a model, not a forecast: docs/ODD.md says what it assumes and where each assumption comes from.</p>");
        if (scenario != null) {
            b.append("<h3>Scenario: ").append(esc(scenario.name())).append("</h3>");
            if (scenario.title() != null) {
                b.append("<p><b>").append(esc(scenario.title())).append("</b></p>");
            }
            b.append("<p>Day 1 is ").append(scenario.startDate()).append("; ").append(scenario.days()).append(" days");
            if (!scenario.sources().isEmpty()) {
                b.append("; source documents ").append(esc(String.join(", ", scenario.sources())));
            }
            b.append(".</p>");
            if (scenario.narrative() != null && !scenario.narrative().isBlank()) {
                b.append("<p>").append(esc(scenario.narrative())).append("</p>");
            }
        }
        if (!dayPlan.isEmpty()) {
            b.append("<h3>The day plan</h3>")
                    .append("<p>One step of the schedule is one day; each phase is a MASON Steppable at its own ordering, ")
                    .append("run in this order with the rules it applies:</p><p>");
            for (String line : dayPlan) {
                b.append(esc(line)).append("<br>");
            }
            b.append("</p>");
        }
        return b.append("</body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
