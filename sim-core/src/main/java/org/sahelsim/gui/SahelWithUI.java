package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.Parameters;
import org.sahelsim.model.SahelModel;
import org.sahelsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.gui.HTMLBrowser;

/**
 * The MASON GUI of SahelSim: a {@link Display2D} of Mali with the layers of {@link MapLayers},
 * four live charts ({@link LiveCharts}) and the Console's Model tab ({@link ModelTab}).
 *
 * <p>Every play starts a new {@link SahelModel} with the parameters shown in the Model tab and the
 * seed in the Console (which MASON increments on stop, so each replication has the next seed):
 * a model's rules take their parameters when it is created, so a fresh model is the only way to
 * apply a change. Before the first play the display shows the scenario's starting positions.
 */
public final class SahelWithUI extends GUIState {
    /** Largest width of the map in the display at first, in pixels (the user can zoom). */
    static final int DISPLAY_WIDTH = 860;
    static final int CHART_WIDTH = 560;
    static final int CHART_HEIGHT = 340;

    private final Scenario scenario;
    private Parameters parameters;
    private final MapLayers layers = new MapLayers(MaliMap.get());
    private final ModelTab modelTab = new ModelTab(this);
    private RunView view;
    private Display2D display;
    private JFrame displayFrame;
    private LiveCharts charts;

    public SahelWithUI(Scenario scenario, Parameters parameters, long seed) {
        super(new SahelModel(scenario, parameters, seed));
        this.scenario = scenario;
        this.parameters = parameters;
    }

    /** Name in MASON's About box and window lists. */
    public static String getName() {
        return "SahelSim";
    }

    /**
     * The Console's About tab before {@link #init} knows the model (MASON 18 asks this static
     * method only; {@link #init} then shows the scenario and the day plan there).
     */
    public static Object getInfo() {
        return AboutPage.general();
    }

    /** The About tab's page for this GUI's scenario and its model's day plan. */
    String about() {
        return AboutPage.html(scenario, model().plan().describe());
    }

    public SahelModel model() {
        return (SahelModel) state;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The parameters the next play will use. */
    public synchronized Parameters parameters() {
        return parameters;
    }

    synchronized void setParameter(String key, double value) {
        parameters = parameters.with(key, value);
    }

    public Display2D display() {
        return display;
    }

    public JFrame displayFrame() {
        return displayFrame;
    }

    public List<JFrame> chartFrames() {
        return charts == null ? List.of() : charts.frames();
    }

    @Override
    public Object getSimulationInspectedObject() {
        return modelTab; // MASON 18 shows the Model tab only for a non-null inspected object
    }

    @Override
    public boolean isInspectorVolatile() {
        return true; // the run's day, date and counts are read-only and must refresh every step
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 1000; // all parameters on one page
    }

    @Override
    public void start() {
        // the Console has just put its seed into the current state; carry it into a new run
        SahelModel run = new SahelModel(scenario, parameters(), state.seed());
        view = new RunView(run).install();
        state = run;
        super.start();
        view.reset();
        layers.setView(view);
        if (charts != null) {
            charts.start(this, run, LegendLayer.factionsOf(run));
        }
        refreshTitles();
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** Shows the starting positions before the first play: a model started but never stepped. */
    private void preview() {
        SahelModel first = model();
        view = new RunView(first).install();
        first.start();
        view.reset();
        layers.setView(view);
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        // the whole map should fit under the frame's header on the screen at hand
        int width = (int) Math.max(400, Math.min(DISPLAY_WIDTH, (screen.height - 150) * 1.04));
        display = new Display2D(width, SnapshotRenderer.heightFor(width), this);
        display.setBackdrop(new Color(236, 236, 236));
        layers.attachTo(display);
        displayFrame = display.createFrame();
        c.registerFrame(displayFrame);
        displayFrame.setLocation(0, 0);
        // MASON always shows both scroll bars, empty while the whole map fits: only when zoomed in
        display.display.setVerticalScrollBarPolicy(JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        displayFrame.pack();
        displayFrame.setSize(Math.min(screen.width, displayFrame.getWidth()), Math.min(screen.height, displayFrame.getHeight()));
        displayFrame.setVisible(true);

        charts = new LiveCharts(this);
        // charts cascade to the right of the map; on a small screen they overlap it
        int x = Math.min(displayFrame.getWidth(), Math.max(0, screen.width - CHART_WIDTH));
        int y = 0;
        int step = Math.max(30, Math.min(CHART_HEIGHT, (screen.height - CHART_HEIGHT) / 3));
        for (JFrame f : charts.frames()) {
            f.setSize(CHART_WIDTH, CHART_HEIGHT);
            f.setLocation(x, y);
            y += step;
        }
        preview();
        if (c instanceof Console console) {
            showAbout(console);
            console.setIncrementSeedOnStop(true);
            console.setLocation(Math.max(0, Math.min(x + CHART_WIDTH, screen.width - console.getWidth())), 0);
        }
        refreshTitles();
    }

    /** Puts {@link #about()} into the Console's About tab (built by the Console from {@link #getInfo()}). */
    private void showAbout(Console console) {
        JTabbedPane tabs = console.getTabPane();
        int i = tabs.indexOfTab("About");
        if (i >= 0 && tabs.getComponentAt(i) instanceof HTMLBrowser browser) {
            browser.setText(about());
        }
    }

    private void refreshTitles() {
        String what = "SahelSim: " + scenario.name() + ", seed " + state.seed();
        if (displayFrame != null) {
            displayFrame.setTitle(what + " \u2014 map of Mali");
        }
        if (controller instanceof Console console) {
            console.setTitle(what);
        }
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof SahelModel;
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.quit();
        }
        displayFrame = null;
        display = null;
        charts = null;
    }
}
