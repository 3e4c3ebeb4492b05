package org.sahelsim.agents;

/** What a force unit has been told to do (issue 3; rules R9, R11, R12, R21). */
public enum Mission {
    /** Manoeuvre: move by road to the objective its commander chooses each day from its intent (R9, issue 11). */
    ADVANCE,
    /** Stay in a town and hold it. */
    GARRISON,
    /** No longer given by scenarios (issue 11: an intent 'defend' with several towns replaces the patrol loop); kept for old runs' state. */
    PATROL,
    /** Seek and engage hostile units near its target towns or region (Ametetai, 004). */
    CLEAR,
    /** Leaving the theatre (R21); removed on arrival or at once. */
    WITHDRAW
}
