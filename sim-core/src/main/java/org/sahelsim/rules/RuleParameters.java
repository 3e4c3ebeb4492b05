package org.sahelsim.rules;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.ParameterInfo;

/** The parameters of every rule, in rule order (R1..R21). Each rule class contributes its list. */
public final class RuleParameters {
    private RuleParameters() {}

    public static List<ParameterInfo> all() {
        List<ParameterInfo> all = new ArrayList<>();
        return all;
    }
}
