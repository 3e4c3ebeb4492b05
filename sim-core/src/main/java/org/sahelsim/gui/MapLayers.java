package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.agents.Unit;
import org.sahelsim.map.MaliMap;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The portrayals of the map, in drawing order, shared by the live {@link Display2D} and the PNG
 * snapshots ({@link SnapshotRenderer}) so that both show the same picture. Every field is in the
 * map's cell coordinates (170 x 155 cells of 0.1 degree); the display's aspect ratio carries the
 * map's projection (longitude scaled by the cosine of the middle latitude, as in MapRenderer).
 */
public final class MapLayers {
    /** One switchable layer: its name in the display's Layers menu and whether it is on at first. */
    public record Layer(String name, FieldPortrayal2D portrayal, boolean visibleAtStart) {}

    private final PresenceLayer presence = new PresenceLayer();
    private final ContinuousPortrayal2D towns = new ContinuousPortrayal2D();
    private final TownLabelLayer townLabels = new TownLabelLayer();
    private final MarkerLayer markers = new MarkerLayer();
    private final DisplacementLayer displaced = new DisplacementLayer();
    private final ContinuousPortrayal2D units = new ContinuousPortrayal2D();
    private final LegendLayer legend = new LegendLayer();
    private final List<Layer> layers;

    public MapLayers(MaliMap map) {
        towns.setPortrayalForClass(TownAgent.class, new TownPortrayal());
        units.setPortrayalForAll(new UnitPortrayal());
        layers = List.of(
                new Layer("Relief and terrain", new BaseMapLayer(BaseMapLayer.Kind.RELIEF, map), true),
                new Layer("Rivers and lakes", new BaseMapLayer(BaseMapLayer.Kind.WATER, map), true),
                new Layer("Borders", new BaseMapLayer(BaseMapLayer.Kind.BORDERS, map), true),
                new Layer("Roads", new BaseMapLayer(BaseMapLayer.Kind.ROADS, map), true),
                new Layer("Redoubt (Ifoghas, Tigharghar)", new BaseMapLayer(BaseMapLayer.Kind.REDOUBT, map), true),
                new Layer("Jihadist presence (heat map)", presence, false),
                new Layer("Displaced people (IDPs by town, refugees by camp)", displaced, true),
                new Layer("Towns", towns, true),
                new Layer("Strikes and attacks", markers, true),
                new Layer("Town names", townLabels, true),
                new Layer("Units", units, true),
                new Layer("Legend and date", legend, true));
    }

    public List<Layer> layers() {
        return layers;
    }

    /** Points every model-side layer at a run's view (call at each start). */
    public void setView(RunView view) {
        presence.setView(view);
        towns.setField(view.towns());
        townLabels.setView(view);
        markers.setView(view);
        displaced.setView(view);
        units.setField(view.units());
        legend.setView(view);
    }

    /** Attaches the layers to a display, in order, with their names in its Layers menu. */
    public void attachTo(Display2D display) {
        for (Layer l : layers) {
            display.attach(l.portrayal(), l.name(), l.visibleAtStart());
        }
    }

    /**
     * Draws the chosen layers into {@code g} over the rectangle {@code area}, as the display
     * does, without a display: for snapshots and tests.
     */
    public void draw(Graphics2D g, Rectangle2D.Double area, java.util.function.Predicate<Layer> shown) {
        for (Layer l : layers) {
            if (shown.test(l) && l.portrayal().getField() != null) {
                DrawInfo2D info = new DrawInfo2D(null, l.portrayal(), area, area);
                l.portrayal().draw(l.portrayal().getField(), g, info);
            }
        }
    }
}
