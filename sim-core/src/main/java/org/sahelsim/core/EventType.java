package org.sahelsim.core;

/** ACLED event types (ACLED codebook). */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** The label exactly as ACLED writes it. */
    public String label() {
        return label;
    }

    /** Short column-safe key used in metric names, e.g. {@code battles}. */
    public String key() {
        return switch (this) {
            case BATTLES -> "battles";
            case EXPLOSIONS_REMOTE_VIOLENCE -> "explosions";
            case VIOLENCE_AGAINST_CIVILIANS -> "violence_civilians";
            case STRATEGIC_DEVELOPMENTS -> "strategic";
        };
    }
}
