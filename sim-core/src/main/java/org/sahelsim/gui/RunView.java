package org.sahelsim.gui;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.ConflictEvent;
import org.sahelsim.core.ControlChange;
import org.sahelsim.core.Faction;
import org.sahelsim.core.RunListener;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;
import sim.field.continuous.Continuous2D;
import sim.field.grid.DoubleGrid2D;
import sim.util.Double2D;

/**
 * What the portrayals draw, kept in MASON fields in the map's cell coordinates (x east, y south,
 * 170 x 155 cells of 0.1 degree): towns and units in {@link Continuous2D}s, a decaying grid of
 * jihadist presence, and the events of the last days for the fading markers.
 *
 * <p>It listens to the run ({@link RunListener}) and brings the fields up to date at the end of
 * every day; whatever it receives is passed on to the listener it wraps, so the experiment
 * layer's recorder can sit behind it. Units standing in a town are drawn on a ring around it,
 * so that the town's colour stays visible under its garrison.
 */
public final class RunView implements RunListener {
    /** How many days a strike or attack marker stays on the map, fading. */
    public static final int DEFAULT_FADE_DAYS = 7;
    /** Daily decay of the presence heat map: a half-life of about a week. */
    static final double PRESENCE_DECAY = 0.9;

    /** A strike, attack or clash worth a marker. */
    public record Marker(int day, Kind kind, double x, double y, int fatalities, String actor) {}

    /** The three marker styles of the map. */
    public enum Kind {
        AIR_STRIKE("Air strike"),
        ATTACK("Attack, bomb or IED"),
        CLASH("Armed clash");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Kind of(SubEventType t) {
            return switch (t) {
                case AIR_DRONE_STRIKE -> AIR_STRIKE;
                case SUICIDE_BOMB, REMOTE_EXPLOSIVE, ATTACK -> ATTACK;
                case ARMED_CLASH -> CLASH;
                default -> null;
            };
        }
    }

    private final SahelModel model;
    private final RunListener next;
    private final int fadeDays;
    private final Continuous2D towns = new Continuous2D(4.0, MaliMap.WIDTH, MaliMap.HEIGHT);
    private final Continuous2D units = new Continuous2D(4.0, MaliMap.WIDTH, MaliMap.HEIGHT);
    private final DoubleGrid2D presence = new DoubleGrid2D(MaliMap.WIDTH, MaliMap.HEIGHT);
    private final Deque<Marker> markers = new ArrayDeque<>();
    private double presenceMax;

    public RunView(SahelModel model, RunListener next, int fadeDays) {
        if (fadeDays < 1) {
            throw new IllegalArgumentException("markers must last at least one day, not " + fadeDays);
        }
        this.model = model;
        this.next = next;
        this.fadeDays = fadeDays;
    }

    public RunView(SahelModel model) {
        this(model, null, DEFAULT_FADE_DAYS);
    }

    /** Makes this view the model's listener (keeping {@code next} behind it). Call before {@code start()}. */
    public RunView install() {
        model.setListener(this);
        return this;
    }

    public SahelModel model() {
        return model;
    }

    public Continuous2D towns() {
        return towns;
    }

    public Continuous2D units() {
        return units;
    }

    public DoubleGrid2D presence() {
        return presence;
    }

    /** The largest value of the presence grid, for the colour scale. */
    public double presenceMax() {
        return presenceMax;
    }

    public int fadeDays() {
        return fadeDays;
    }

    /** Markers of the last {@link #fadeDays()} days, oldest first. */
    public synchronized List<Marker> markers() {
        return new ArrayList<>(markers);
    }

    /** Forgets everything of an earlier run; the fields then show the model as it is now. */
    public synchronized void reset() {
        markers.clear();
        presence.setTo(0.0);
        presenceMax = 0;
        sync();
    }

    @Override
    public void onEvent(ConflictEvent event) {
        synchronized (this) {
            addMarker(event);
        }
        if (next != null) {
            next.onEvent(event);
        }
    }

    private void addMarker(ConflictEvent event) {
        Kind kind = Kind.of(event.subEventType());
        if (kind != null) {
            markers.addLast(new Marker(event.day(), kind, model.map().cellX(event.longitude()) + 0.5,
                    model.map().cellY(event.latitude()) + 0.5, event.fatalities(), event.actor1()));
        }
    }

    /**
     * Takes the markers from the events the model itself keeps ({@link SahelModel#recentEvents()},
     * its last {@link SahelModel#RECENT_DAYS} days), for a view that did not listen to the run.
     */
    public synchronized RunView loadRecentEvents() {
        markers.clear();
        for (ConflictEvent e : model.world().recentEvents()) {
            if (e.day() > model.day() - fadeDays) {
                addMarker(e);
            }
        }
        return this;
    }

    @Override
    public void onControlChange(ControlChange change) {
        if (next != null) {
            next.onControlChange(change);
        }
    }

    @Override
    public void onDay(int day, LocalDate date, double[] metrics) {
        synchronized (this) {
            while (!markers.isEmpty() && markers.peekFirst().day() <= day - fadeDays) {
                markers.removeFirst();
            }
            accumulatePresence();
            sync();
        }
        if (next != null) {
            next.onDay(day, date, metrics);
        }
    }

    /** Puts towns and living units at their display positions. */
    public synchronized void sync() {
        towns.clear();
        for (TownAgent t : model.world().towns()) {
            towns.setObjectLocation(t, new Double2D(t.centreX(), t.centreY()));
        }
        units.clear();
        int[] inTown = new int[model.world().towns().size()];
        for (Unit u : model.world().units()) {
            if (!u.isAlive()) {
                continue;
            }
            double x = u.getX();
            double y = u.getY();
            TownAgent t = u.getTown();
            if (t != null) {
                // the k-th unit in a town goes round it at the golden angle, just clear of its disc
                int k = inTown[t.index()]++;
                double a = -Math.PI / 4 + k * 2.39996;
                double r = TownPortrayal.radiusCells(t.getPopulation())
                        + 1.3 * UnitPortrayal.halfSizeCells(u.getStrength()) + 0.3 + 0.4 * (k / 5);
                x = t.centreX() + r * Math.cos(a);
                y = t.centreY() + r * Math.sin(a);
            }
            units.setObjectLocation(u, new Double2D(clamp(x, MaliMap.WIDTH), clamp(y, MaliMap.HEIGHT)));
        }
    }

    private static double clamp(double v, int size) {
        return Math.max(0, Math.min(size - 1e-6, v));
    }

    /** Fighter-days of jihadist-side units, spread over the unit's cell and its neighbours, decaying daily. */
    private void accumulatePresence() {
        double[][] f = presence.field;
        for (double[] col : f) {
            for (int j = 0; j < col.length; j++) {
                col[j] *= PRESENCE_DECAY;
            }
        }
        for (Unit u : model.world().units()) {
            Faction fac = u.getFaction();
            if (!u.isAlive() || model.world().sideOf(fac) != Side.JIHADIST) {
                continue;
            }
            int cx = u.cellX();
            int cy = u.cellY();
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    int x = cx + dx;
                    int y = cy + dy;
                    if (x >= 0 && y >= 0 && x < MaliMap.WIDTH && y < MaliMap.HEIGHT) {
                        double w = dx == 0 && dy == 0 ? 0.28 : (dx == 0 || dy == 0) ? 0.12 : 0.06;
                        f[x][y] += w * u.getStrength();
                    }
                }
            }
        }
        double max = 0;
        for (double[] col : f) {
            for (double v : col) {
                max = Math.max(max, v);
            }
        }
        presenceMax = max;
    }
}
