package org.sahelsim.map;

/** Country of a grid cell, from Natural Earth 10m admin-0 polygons (cell centre in polygon). */
public enum Country {
    MALI("Mali"),
    ALGERIA("Algeria"),
    NIGER("Niger"),
    BURKINA_FASO("Burkina Faso"),
    MAURITANIA("Mauritania"),
    SENEGAL("Senegal"),
    GUINEA("Guinea"),
    COTE_DIVOIRE("Cote d'Ivoire"),
    /** Any other country in the window (Western Sahara, Gambia, Guinea-Bissau, Ghana, Benin, Nigeria). */
    OTHER("other");

    private final String displayName;

    Country(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
