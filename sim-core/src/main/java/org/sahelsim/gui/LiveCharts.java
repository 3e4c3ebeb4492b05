package org.sahelsim.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.sahelsim.core.EventType;
import org.sahelsim.core.Faction;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import sim.display.ChartUtilities;
import sim.display.GUIState;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The four live charts, MASON time-series chart generators fed at the end of every day from the
 * model's daily metrics ({@link MetricColumns}): fighters and troops by faction, towns by side,
 * cumulative casualties by side, events per day by ACLED type. The x axis is the day number
 * (day 1 = the scenario's start date). Each play starts the series afresh.
 */
final class LiveCharts {
    private record Series(TimeSeriesChartGenerator chart, String name, Color color, ToDoubleFunction<double[]> value) {}

    private final List<TimeSeriesChartGenerator> charts = new ArrayList<>();
    private final TimeSeriesChartGenerator strength;
    private final TimeSeriesChartGenerator towns;
    private final TimeSeriesChartGenerator casualties;
    private final TimeSeriesChartGenerator events;
    private final List<TimeSeriesAttributes> attributes = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();

    LiveCharts(GUIState gui) {
        strength = chart(gui, "Fighters and troops by faction", "Fighters / troops");
        towns = chart(gui, "Towns by controlling side", "Towns");
        casualties = chart(gui, "Casualties by side (cumulative)", "Deaths");
        events = chart(gui, "Events per day by type (ACLED)", "Events");
    }

    private TimeSeriesChartGenerator chart(GUIState gui, String title, String yLabel) {
        TimeSeriesChartGenerator c = ChartUtilities.buildTimeSeriesChartGenerator(gui, title, "Day");
        c.setYAxisLabel(yLabel);
        c.setProportion(2.0); // wide charts fit the small frames without scrolling
        collapseSeriesPanel(c);
        charts.add(c);
        return c;
    }

    /**
     * Gives the chart the whole frame: MASON puts the series' style controls in a split pane at
     * its left, which would take half of a small window. The user can drag the divider back.
     */
    private static void collapseSeriesPanel(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JSplitPane split) {
                split.setDividerLocation(0);
                return;
            }
            if (child instanceof java.awt.Container inner) {
                collapseSeriesPanel(inner);
            }
        }
    }

    List<JFrame> frames() {
        return charts.stream().map(TimeSeriesChartGenerator::getFrame).toList();
    }

    /** Empties the charts and sets up the series of a new run. */
    void start(GUIState gui, SahelModel model, Set<Faction> factions) {
        for (TimeSeriesChartGenerator c : charts) {
            c.removeAllSeries();
        }
        attributes.clear();
        series.clear();
        for (Faction f : factions) {
            int col = MetricColumns.strength(f);
            add(strength, f.id(), Palette.faction(f), m -> m[col]);
        }
        for (Side s : Side.values()) {
            int col = MetricColumns.towns(s);
            add(towns, s == Side.NONE ? "none or contested" : s.id(), Palette.side(s), m -> m[col]);
        }
        for (Side s : Side.values()) {
            if (s != Side.NONE) {
                int col = MetricColumns.casualties(s);
                add(casualties, s.id(), Palette.side(s), m -> m[col]);
            }
        }
        int civ = MetricColumns.civilianCasualties();
        add(casualties, "civilian", new Color(200, 0, 0), m -> m[civ]);
        Color[] typeColours = {new Color(255, 130, 0), new Color(0, 90, 255), new Color(200, 0, 0), new Color(120, 120, 120)};
        for (EventType t : EventType.values()) {
            int col = MetricColumns.events(t);
            add(events, t.label(), typeColours[t.ordinal()], m -> m[col]);
        }
        gui.scheduleRepeatingImmediatelyAfter(state -> record((SahelModel) state));
    }

    private void add(TimeSeriesChartGenerator chart, String name, Color color, ToDoubleFunction<double[]> value) {
        TimeSeriesAttributes a = ChartUtilities.addSeries(chart, name);
        a.setStrokeColor(color);
        attributes.add(a);
        series.add(new Series(chart, name, color, value));
    }

    /** Adds the day just finished to every series; the charts are updated on Swing's thread. */
    private void record(SahelModel model) {
        if (model.day() < 1) {
            return;
        }
        double[] m = model.metrics();
        int day = model.day();
        double[] values = new double[series.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = series.get(i).value().applyAsDouble(m);
        }
        List<TimeSeriesAttributes> attrs = List.copyOf(attributes);
        long steps = model.schedule.getSteps();
        SwingUtilities.invokeLater(() -> {
            for (int i = 0; i < attrs.size(); i++) {
                attrs.get(i).getSeries().add(day, values[i], true);
            }
            for (TimeSeriesChartGenerator c : charts) {
                c.updateChartLater(steps);
            }
        });
    }

    void quit() {
        for (JFrame f : frames()) {
            f.dispose();
        }
    }
}
