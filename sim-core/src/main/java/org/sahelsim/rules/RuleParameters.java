package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.core.ParameterInfo;

/** The parameters of every rule, in rule order (R1..R21). Each rule class contributes its list. */
public final class RuleParameters {
    private RuleParameters() {}

    public static List<ParameterInfo> all() {
        List<ParameterInfo> all = new ArrayList<>();
        all.addAll(SouthwardOffensive.parameters());      // R1
        all.addAll(GarrisonCollapse.parameters());        // R2
        all.addAll(AirStrikes.parameters());              // R3
        all.addAll(Dispersal.parameters());               // R4
        all.addAll(AvoidConventionalForces.parameters()); // R5
        all.addAll(MountainRedoubt.parameters());         // R6
        all.addAll(EncirclementResupply.parameters());    // R7
        all.addAll(Sanctuary.parameters());               // R8
        all.addAll(Liberation.parameters());              // R9
        all.addAll(AsymmetricAttacks.parameters());       // R10
        all.addAll(Handover.parameters());                // R11
        all.addAll(Restrictions.parameters());            // R12
        all.addAll(Vengeance.parameters());               // R13
        all.addAll(HarshRule.parameters());               // R14
        all.addAll(Recruitment.parameters());             // R15
        all.addAll(TuaregAlignment.parameters());         // R16
        all.addAll(Combat.parameters());                  // R17
        all.addAll(Displacement.parameters());            // R18
        all.addAll(CriminalFinancing.parameters());       // R19
        all.addAll(Ceasefires.parameters());              // R20
        all.addAll(Withdrawal.parameters());              // R21
        return all;
    }
}
