package org.sahelsim.core;

import java.util.Locale;

/**
 * Every actor that fields units. The default side can be shifted at run time by realignment
 * (R16); {@link #id()} is the name used in scenario files and outputs.
 * Sources: domain-rules.md "Actors" table (documents 000-004).
 */
public enum Faction {
    AQIM(Kind.ARMED_GROUP, Side.JIHADIST, "AQIM: Al Qaeda in the Islamic Maghreb"),
    ANSAR_DINE(Kind.ARMED_GROUP, Side.JIHADIST, "Ansar Dine"),
    MUJAO(Kind.ARMED_GROUP, Side.JIHADIST, "MUJAO: Movement for Unity and Jihad in West Africa"),
    MNLA(Kind.ARMED_GROUP, Side.SEPARATIST, "MNLA: National Movement for the Liberation of Azawad"),
    IMA(Kind.ARMED_GROUP, Side.SEPARATIST, "IMA: Islamic Movement of Azawad"),
    JNIM(Kind.ARMED_GROUP, Side.JIHADIST, "JNIM: Group for Support of Islam and Muslims"),
    KATIBA_MACINA(Kind.ARMED_GROUP, Side.JIHADIST, "Katiba Macina"),
    FAMA(Kind.FORCE, Side.GOVERNMENT, "Military Forces of Mali"),
    FRANCE(Kind.FORCE, Side.GOVERNMENT, "Military Forces of France"),
    CHAD(Kind.FORCE, Side.GOVERNMENT, "Military Forces of Chad"),
    AFISMA(Kind.FORCE, Side.GOVERNMENT, "AFISMA: African-led International Support Mission to Mali"),
    UN(Kind.FORCE, Side.GOVERNMENT, "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    PARTNER(Kind.FORCE, Side.GOVERNMENT, "Partner force of the junta (Russia, 2022)");

    /** Armed groups count fighters; forces count troops. */
    public enum Kind { ARMED_GROUP, FORCE }

    private final Kind kind;
    private final Side defaultSide;
    private final String acledName;

    Faction(Kind kind, Side defaultSide, String acledName) {
        this.kind = kind;
        this.defaultSide = defaultSide;
        this.acledName = acledName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isArmedGroup() {
        return kind == Kind.ARMED_GROUP;
    }

    public Side defaultSide() {
        return defaultSide;
    }

    /** Actor name in the style of ACLED, for notes and documentation. */
    public String acledName() {
        return acledName;
    }

    /** Identifier used in files: the constant name, e.g. {@code ANSAR_DINE}. */
    public String id() {
        return name();
    }

    /** Parses an id case-insensitively, accepting '-' or ' ' for '_'; null when unknown. */
    /** The faction of an id (as {@link #parse}), or an IllegalArgumentException naming it. */
    public static Faction require(String id) {
        Faction f = parse(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown faction '" + id + "'");
        }
        return f;
    }

    public static Faction parse(String id) {
        if (id == null) {
            return null;
        }
        String norm = id.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Faction f : values()) {
            if (f.name().equals(norm)) {
                return f;
            }
        }
        return null;
    }
}
