package org.sahelsim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.core.SubEventType;

/** R14 harsh rule alienates; Droukdel's moderate governance would not (004). */
class HarshRuleTest {

    private Situations timbuktu(double moderation) {
        return Situations.create().armed("AQIM", "Timbuktu", 200, "hold").control("Timbuktu", "AQIM")
                .set("harshRule.moderation", moderation);
    }

    @Test
    void jihadistRuleErodesSympathyUnlessModerate() {
        Situations harsh = timbuktu(0);
        SahelModel h = harsh.run(120, 3);
        Situations moderate = timbuktu(1);
        SahelModel mo = moderate.run(120, 3);
        double sh = Situations.town(h, "Timbuktu").sympathy(Side.JIHADIST);
        double sm = Situations.town(mo, "Timbuktu").sympathy(Side.JIHADIST);
        assertTrue(sh < sm - 0.2, "sympathy under harsh rule " + sh + " vs moderate " + sm);
        assertTrue(harsh.count(SubEventType.ATTACK, "punishment") >= 1);
        assertEquals(0, moderate.count(SubEventType.ATTACK, "punishment"));
    }
}
