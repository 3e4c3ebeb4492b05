package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.gui.SimpleColorMap;

/**
 * The heat map of jihadist presence: {@link RunView#presence()} (fighter-days, decaying by a
 * tenth a day) from a light yellow tint to deep red; cells under one fighter-day stay clear. The scale follows the square root of the value and
 * is renormalised to the current maximum at every repaint, so scattered groups stay visible next
 * to a large concentration.
 */
public final class PresenceLayer extends FastValueGridPortrayal2D {
    static final Color LOW = new Color(255, 200, 0, 70);
    static final Color HIGH = new Color(200, 0, 0, 190);
    private static final Color CLEAR = new Color(0, 0, 0, 0);

    private RunView view;
    private final SimpleColorMap colors = new SimpleColorMap(0, 1, LOW, HIGH) {
        /** Below one fighter-day a cell stays clear: the map under it must show. */
        @Override
        public int getRGB(double level) {
            return level < 1 ? 0 : super.getRGB(level);
        }

        @Override
        public Color getColor(double level) {
            return level < 1 ? CLEAR : super.getColor(level);
        }

        @Override
        public double transformLevel(double level, double min, double max) {
            if (level <= min || max <= min) {
                return min;
            }
            return min + Math.sqrt(Math.min(1, (level - min) / (max - min))) * (max - min);
        }
    };

    public PresenceLayer() {
        super("Jihadist presence");
        setMap(colors);
    }

    public void setView(RunView view) {
        this.view = view;
        setField(view.presence());
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        if (view == null) {
            return;
        }
        colors.setLevels(0, Math.max(1, view.presenceMax()), LOW, HIGH);
        super.draw(object, graphics, info);
    }
}
