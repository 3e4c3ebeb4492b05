package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.scenario.ForceSpec;
import org.sahelsim.scenario.ScenarioEvent;
import sim.portrayal.DrawInfo2D;

/**
 * The scenario, seed and date, and a legend of every colour and mark on the map, in a box at the
 * upper left of what is visible (the Mauritanian and Algerian desert at full view). It stays in
 * place and keeps its size when the user scrolls or zooms.
 */
public final class LegendLayer extends ViewLayer {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Set<Faction> factions = EnumSet.noneOf(Faction.class);

    @Override
    public void setView(RunView view) {
        super.setView(view);
        factions = factionsOf(view.model());
    }

    /** Factions that field units in the scenario, at the start or by a later deployment. */
    static Set<Faction> factionsOf(SahelModel model) {
        Set<Faction> s = EnumSet.noneOf(Faction.class);
        for (ForceSpec f : model.scenario().forces()) {
            addFaction(s, f.faction());
        }
        for (ScenarioEvent e : model.scenario().events()) {
            if (e instanceof ScenarioEvent.Deploy d) {
                addFaction(s, d.force().faction());
            }
        }
        return s;
    }

    private static void addFaction(Set<Faction> s, String id) {
        Faction f = Faction.parse(id);
        if (f != null) {
            s.add(f);
        }
    }

    /** The day line of the banner, e.g. "Day 23 · Wed 30 Jan 2013"; "Day 0 · before ..." before the first step. */
    static String dayLine(SahelModel model) {
        if (model.day() == 0) {
            return "Day 0 \u00b7 before " + model.scenario().startDate().format(DATE);
        }
        return "Day " + model.day() + " \u00b7 " + model.date().format(DATE);
    }

    @Override
    protected void drawLayer(Graphics2D g, DrawInfo2D info) {
        SahelModel model = view.model();
        double s = Ui.scale(info);
        double x0 = info.clip.x + 8 * s;
        double y0 = info.clip.y + 8 * s;
        double w = 208 * s;
        double row = 15 * s;
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(16 * s));
        Font head = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(11 * s));
        Font text = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s));

        int lines = 3 + 1 + 5 + 1 + 2 + (factions.size() + 1) / 2 + 1 + 3 + 1 + 3 + 1;
        double h = lines * row + 14 * s;
        g.setColor(new Color(255, 255, 255, 228));
        g.fill(new Rectangle2D.Double(x0, y0, w, h));
        g.setColor(new Color(90, 90, 90));
        g.setStroke(new BasicStroke((float) (0.8 * s)));
        g.draw(new Rectangle2D.Double(x0, y0, w, h));

        double tx = x0 + 8 * s;
        double y = y0 + 18 * s;
        g.setColor(Color.BLACK);
        g.setFont(title);
        g.drawString(dayLine(model), (float) tx, (float) y);
        y += row;
        g.setFont(text);
        g.drawString(model.scenario().name() + " \u00b7 seed " + model.seed(), (float) tx, (float) y);
        y += row * 1.5;

        g.setFont(head);
        g.drawString("Towns: controlled by", (float) tx, (float) y);
        y += row;
        g.setFont(text);
        for (Side side : Side.values()) {
            double cx = tx + 6 * s;
            double cy = y - 4 * s;
            double r = 4.5 * s;
            Ellipse2D disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(Palette.side(side));
            g.fill(disc);
            g.setColor(side == Side.JIHADIST ? Color.WHITE : Color.BLACK);
            g.setStroke(new BasicStroke((float) s));
            g.draw(disc);
            g.setColor(Color.BLACK);
            g.drawString(side == Side.NONE ? "nobody" : side.id(), (float) (tx + 18 * s), (float) y);
            y += row;
        }
        double cx = tx + 6 * s;
        double cy = y - 4 * s;
        g.setColor(TownPortrayal.CONTESTED);
        g.setStroke(new BasicStroke((float) (1.8 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
                new float[] {(float) (3 * s), (float) (2 * s)}, 0));
        g.draw(new Ellipse2D.Double(cx - 6 * s, cy - 6 * s, 12 * s, 12 * s));
        g.setColor(Color.BLACK);
        g.drawString("contested (size: population)", (float) (tx + 18 * s), (float) y);
        y += row * 1.5;

        g.setFont(head);
        g.drawString("Units (size: strength)", (float) tx, (float) y);
        y += row;
        g.setFont(text);
        UnitPortrayal.drawSymbol(g, Faction.AQIM, tx + 6 * s, y - 4 * s, 4.5 * s, false, s);
        g.setColor(Color.BLACK);
        g.drawString("armed group", (float) (tx + 18 * s), (float) y);
        UnitPortrayal.drawSymbol(g, Faction.FRANCE, tx + 6 * s + w / 2, y - 4 * s, 4.5 * s, false, s);
        g.setColor(Color.BLACK);
        g.drawString("force", (float) (tx + 18 * s + w / 2), (float) y);
        y += row;
        int i = 0;
        for (Faction f : factions) {
            double colX = tx + (i % 2) * (w / 2);
            UnitPortrayal.drawSymbol(g, f, colX + 6 * s, y - 4 * s, 4.2 * s, false, s);
            g.setColor(Color.BLACK);
            g.drawString(label(f), (float) (colX + 18 * s), (float) y);
            if (i % 2 == 1) {
                y += row;
            }
            i++;
        }
        if (i % 2 == 1) {
            y += row;
        }
        UnitPortrayal.drawSymbol(g, Faction.AQIM, tx + 6 * s, y - 4 * s, 4.5 * s, true, s);
        g.setColor(Color.BLACK);
        g.drawString("hiding among the population", (float) (tx + 18 * s), (float) y);
        y += row;
        UnitPortrayal.Mark[] marks = {UnitPortrayal.Mark.ADVANCE, UnitPortrayal.Mark.DISPERSE, UnitPortrayal.Mark.REDOUBT,
            UnitPortrayal.Mark.RAID, UnitPortrayal.Mark.PATROL, UnitPortrayal.Mark.WITHDRAW};
        for (int k = 0; k < marks.length; k++) {
            double colX = tx + (k % 2) * (w / 2);
            UnitPortrayal.drawMark(g, marks[k], colX + 6 * s, y - 4 * s, s);
            g.setColor(Color.BLACK);
            g.drawString(shortLabel(marks[k]), (float) (colX + 18 * s), (float) y);
            if (k % 2 == 1) {
                y += row;
            }
        }
        y += row * 0.5;

        g.setFont(head);
        g.drawString("Last " + view.fadeDays() + " days (fading)", (float) tx, (float) y);
        y += row;
        g.setFont(text);
        for (RunView.Kind k : RunView.Kind.values()) {
            MarkerLayer.drawMarker(g, k, tx + 6 * s, y - 4 * s, 5 * s, 1f, s);
            g.setColor(Color.BLACK);
            g.drawString(k.label(), (float) (tx + 18 * s), (float) y);
            y += row;
        }
    }

    private static String label(Faction f) {
        return switch (f) {
            case ANSAR_DINE -> "Ansar Dine";
            case KATIBA_MACINA -> "Katiba Macina";
            case FRANCE -> "France";
            case CHAD -> "Chad";
            case PARTNER -> "Partner";
            default -> f.id();
        };
    }

    private static String shortLabel(UnitPortrayal.Mark m) {
        return switch (m) {
            case ADVANCE -> "advance";
            case DISPERSE -> "disperse";
            case REDOUBT -> "redoubt";
            case RAID -> "raid / clear";
            case PATROL -> "patrol";
            case WITHDRAW -> "withdraw";
            case NONE -> "hold";
        };
    }
}
