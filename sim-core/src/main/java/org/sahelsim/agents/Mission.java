package org.sahelsim.agents;

/** What a force unit has been told to do (issue 3; rules R9, R11, R12, R21). */
public enum Mission {
    /** Move along roads to its target towns in order, taking each (R9). */
    ADVANCE,
    /** Stay in a town and hold it. */
    GARRISON,
    /** Go round its target towns in a loop. */
    PATROL,
    /** Seek and engage hostile units near its target towns or region (Ametetai, 004). */
    CLEAR,
    /** Leaving the theatre (R21); removed on arrival or at once. */
    WITHDRAW
}
