package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.sahelsim.agents.ArmedUnit;
import org.sahelsim.agents.ForceUnit;
import org.sahelsim.agents.Posture;
import org.sahelsim.agents.Unit;
import org.sahelsim.core.Faction;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * A unit: a diamond for an armed group, a square for a force (the hostile and friendly frames of
 * military map symbols), in its faction's colour, its side growing with the square root of its
 * strength; a small mark at its upper right says what it is doing ({@link Mark}). A unit hiding
 * among the population (R8) is drawn hollow. Clicking it opens MASON's inspector on the
 * {@link Unit} (faction, strength, supplies, cohesion, posture or mission, target).
 */
public final class UnitPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    /** What a unit is doing, as a mark beside its symbol. */
    public enum Mark {
        NONE("holding or garrisoning"),
        ADVANCE("advancing"),
        DISPERSE("dispersing"),
        REDOUBT("in or bound for the redoubt"),
        RAID("raiding or clearing"),
        PATROL("patrolling"),
        WITHDRAW("withdrawing");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Mark of(Unit u) {
            if (u instanceof ArmedUnit a) {
                return switch (a.getPosture()) {
                    case ADVANCE -> ADVANCE;
                    case DISPERSE -> DISPERSE;
                    case REDOUBT -> REDOUBT;
                    case RAID -> RAID;
                    case HOLD, HIDE -> NONE;
                };
            }
            if (u instanceof ForceUnit f) {
                return switch (f.getMission()) {
                    case ADVANCE -> ADVANCE;
                    case PATROL -> PATROL;
                    case CLEAR -> RAID;
                    case WITHDRAW -> WITHDRAW;
                    case GARRISON -> NONE;
                };
            }
            return NONE;
        }
    }

    /** Half the side of the symbol, in cells. */
    static double halfSizeCells(int strength) {
        return 0.4 + 0.022 * Math.sqrt(Math.max(0, strength));
    }

    static double halfSizePx(int strength, double pxPerCell, double uiScale) {
        return Math.max(3.0 * uiScale, halfSizeCells(strength) * pxPerCell);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Ui.smoothly(g, () -> drawObject(object, g, info));
    }

    private void drawObject(Object object, Graphics2D g, DrawInfo2D info) {
        Unit u = (Unit) object;
        double ui = Ui.scale(info);
        double h = halfSizePx(u.getStrength(), info.draw.width, ui);
        boolean hiding = u instanceof ArmedUnit a && a.getPosture() == Posture.HIDE;
        drawSymbol(g, u.getFaction(), info.draw.x, info.draw.y, h, hiding, ui);
        drawMark(g, Mark.of(u), info.draw.x + h, info.draw.y - h, ui);
        if (info.selected) {
            g.setColor(Color.YELLOW);
            g.setStroke(new BasicStroke((float) (2.5 * ui)));
            double s = h + 3 * ui;
            g.draw(new Rectangle2D.Double(info.draw.x - s, info.draw.y - s, 2 * s, 2 * s));
        }
    }

    static Shape frame(boolean armedGroup, double cx, double cy, double h) {
        if (armedGroup) {
            Path2D p = new Path2D.Double();
            double d = h * 1.25; // a diamond of the same area reads as the same size as the square
            p.moveTo(cx, cy - d);
            p.lineTo(cx + d, cy);
            p.lineTo(cx, cy + d);
            p.lineTo(cx - d, cy);
            p.closePath();
            return p;
        }
        return new Rectangle2D.Double(cx - h, cy - h, 2 * h, 2 * h);
    }

    /** The symbol of a unit of {@code faction} centred on (cx, cy); also used by the legend. */
    static void drawSymbol(Graphics2D g, Faction faction, double cx, double cy, double h, boolean hollow, double ui) {
        Shape s = frame(faction.isArmedGroup(), cx, cy, h);
        Color c = Palette.faction(faction);
        if (hollow) {
            g.setColor(new Color(255, 255, 255, 150));
            g.fill(s);
            g.setColor(c);
            g.setStroke(new BasicStroke((float) (2.0 * ui)));
            g.draw(s);
            return;
        }
        g.setColor(Palette.withAlpha(c, 235));
        g.fill(s);
        g.setColor(Palette.contrast(c));
        g.setStroke(new BasicStroke((float) (1.0 * ui)));
        g.draw(s);
    }

    /** A mark with a white halo at (x, y), about 8 px across at scale 1. */
    static void drawMark(Graphics2D g, Mark mark, double x, double y, double ui) {
        if (mark == Mark.NONE) {
            return;
        }
        double r = 3.6 * ui;
        Shape glyph = glyph(mark, x, y, r);
        boolean line = mark == Mark.RAID || mark == Mark.PATROL || mark == Mark.REDOUBT;
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) ((line ? 4.2 : 2.6) * ui), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(glyph);
        g.setColor(new Color(20, 20, 20));
        if (line) {
            g.setStroke(new BasicStroke((float) (1.6 * ui), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(glyph);
        } else {
            g.fill(glyph);
        }
    }

    private static Shape glyph(Mark mark, double x, double y, double r) {
        Path2D p = new Path2D.Double();
        switch (mark) {
            case ADVANCE -> {
                p.moveTo(x, y - r);
                p.lineTo(x + r, y + r * 0.8);
                p.lineTo(x - r, y + r * 0.8);
                p.closePath();
            }
            case WITHDRAW -> {
                p.moveTo(x, y + r);
                p.lineTo(x + r, y - r * 0.8);
                p.lineTo(x - r, y - r * 0.8);
                p.closePath();
            }
            case DISPERSE -> {
                double d = r * 0.42;
                p.append(new Ellipse2D.Double(x - r, y - r, 2 * d, 2 * d), false);
                p.append(new Ellipse2D.Double(x + r - 2 * d, y - r, 2 * d, 2 * d), false);
                p.append(new Ellipse2D.Double(x - d, y + r - 2 * d, 2 * d, 2 * d), false);
            }
            case REDOUBT -> {
                p.moveTo(x - r * 1.2, y + r * 0.7);
                p.lineTo(x - r * 0.45, y - r * 0.7);
                p.lineTo(x, y + r * 0.1);
                p.lineTo(x + r * 0.45, y - r * 0.7);
                p.lineTo(x + r * 1.2, y + r * 0.7);
            }
            case RAID -> {
                p.append(new Line2D.Double(x - r * 0.8, y - r * 0.8, x + r * 0.8, y + r * 0.8), false);
                p.append(new Line2D.Double(x - r * 0.8, y + r * 0.8, x + r * 0.8, y - r * 0.8), false);
            }
            case PATROL -> p.append(new Ellipse2D.Double(x - r * 0.8, y - r * 0.8, 1.6 * r, 1.6 * r), false);
            default -> { }
        }
        return p;
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        Unit u = (Unit) object;
        double h = halfSizePx(u.getStrength(), range.draw.width, 1) * 1.25 + 1;
        return new Rectangle2D.Double(range.draw.x - h, range.draw.y - h, 2 * h, 2 * h)
                .intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Unit u = (Unit) wrapper.getObject();
        return u.getFaction().id() + " #" + u.getId() + " (" + u.getStrength() + (u.isArmedGroup() ? " fighters)" : " troops)");
    }
}
