package org.sahelsim.gui;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.sahelsim.core.Faction;
import org.sahelsim.core.Side;

/**
 * The colours of sides and factions, shared by the live display, the legend and the PNG
 * snapshots. Side colours are those of the study map (map.png): government blue, jihadist black,
 * separatist orange, nobody grey, so that pictures of one run and of a whole study read alike.
 * Faction colours stay close to their side's: dark shades for the jihadist groups, warm ones for
 * the separatists, blues and greens for the state and intervention forces.
 */
public final class Palette {
    private static final Map<Side, Color> SIDES = new EnumMap<>(Side.class);
    private static final Map<Faction, Color> FACTIONS = new EnumMap<>(Faction.class);

    static {
        SIDES.put(Side.GOVERNMENT, new Color(30, 90, 200));
        SIDES.put(Side.JIHADIST, new Color(20, 20, 20));
        SIDES.put(Side.SEPARATIST, new Color(235, 140, 20));
        SIDES.put(Side.NONE, new Color(160, 160, 160));

        FACTIONS.put(Faction.AQIM, new Color(25, 25, 25));
        FACTIONS.put(Faction.ANSAR_DINE, new Color(110, 70, 40));
        FACTIONS.put(Faction.MUJAO, new Color(150, 20, 30));
        FACTIONS.put(Faction.JNIM, new Color(85, 85, 85));
        FACTIONS.put(Faction.KATIBA_MACINA, new Color(100, 40, 120));
        FACTIONS.put(Faction.MNLA, new Color(235, 140, 20));
        FACTIONS.put(Faction.IMA, new Color(205, 175, 0));
        FACTIONS.put(Faction.FAMA, new Color(0, 130, 70));
        FACTIONS.put(Faction.FRANCE, new Color(30, 90, 200));
        FACTIONS.put(Faction.CHAD, new Color(0, 160, 175));
        FACTIONS.put(Faction.AFISMA, new Color(120, 150, 40));
        FACTIONS.put(Faction.UN, new Color(110, 170, 235));
        FACTIONS.put(Faction.PARTNER, new Color(190, 40, 150));
    }

    private Palette() {}

    public static Color side(Side s) {
        return SIDES.get(s);
    }

    public static Color faction(Faction f) {
        return FACTIONS.get(f);
    }

    /** Black or white, whichever reads better on the given colour. */
    public static Color contrast(Color c) {
        double luma = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
        return luma > 140 ? Color.BLACK : Color.WHITE;
    }

    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
    }
}
