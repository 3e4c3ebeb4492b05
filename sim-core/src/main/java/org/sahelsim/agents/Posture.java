package org.sahelsim.agents;

/** What an armed-group unit is doing (issue 3; rules R1, R4-R8, R10, R18). */
public enum Posture {
    /** Moving as a column along roads against a town (R1). */
    ADVANCE,
    /** Holding a town or position. */
    HOLD,
    /** Split and moving away from population centres and forces (R4, R5). */
    DISPERSE,
    /** Hiding among a sympathetic population (R8). */
    HIDE,
    /** In or heading for the mountain redoubt (R6, R7). */
    REDOUBT,
    /** Operating from a sanctuary outside Mali or nomadic raiding (R10, R18). */
    RAID
}
