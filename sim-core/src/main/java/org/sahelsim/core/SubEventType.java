package org.sahelsim.core;

/** ACLED sub-event types used by the model, each with its parent event type. */
public enum SubEventType {
    ARMED_CLASH(EventType.BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
    AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    REMOTE_EXPLOSIVE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    HEADQUARTERS_OR_BASE_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType type;
    private final String label;

    SubEventType(EventType type, String label) {
        this.type = type;
        this.label = label;
    }

    public EventType type() {
        return type;
    }

    /** The label exactly as ACLED writes it. */
    public String label() {
        return label;
    }
}
