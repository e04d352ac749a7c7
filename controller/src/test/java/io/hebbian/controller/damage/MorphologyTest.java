package io.hebbian.controller.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MorphologyTest {

    @Test
    void intactAndNoneAreTheSame() {
        assertThat(Morphology.parse("none")).isEqualTo(Morphology.intact());
        assertThat(Morphology.parse(" intact ")).isEqualTo(Morphology.intact());
    }

    @Test
    void termsJoinWithPlusAndEveryKindParses() {
        Morphology m = Morphology.parse("damaged-left-front+shin-scale:right-back=0.5+remove-shin:left-back"
                + "+lock:left-front-knee+weak:rf_hip_flex_joint=0.3+limp:right-back-hip+sensor-stuck:lb_knee_joint");
        assertThat(m.terms()).containsExactly(new DamageTerm.ShinScale("left-front", 0.25),
                new DamageTerm.ShinScale("right-back", 0.5), new DamageTerm.RemoveShin("left-back"),
                new DamageTerm.Lock("left-front-knee"), new DamageTerm.Weak("rf_hip_flex_joint", 0.3),
                new DamageTerm.Limp("right-back-hip"), new DamageTerm.SensorStuck("lb_knee_joint"));
        assertThat(m.terms().get(5).spec()).isEqualTo("limp:right-back-hip");
    }

    @Test
    void commasAreAClearError() {
        assertThatThrownBy(() -> Morphology.parse("lock:left-front-knee, limp:right-back"))
                .hasMessageContaining("join damage terms with '+', not ','");
        assertThatThrownBy(() -> Morphology.parse("limp:right-back=0.5")).hasMessageContaining("takes no value");
    }

    @Test
    void rolesByJointCount() {
        assertThat(JointRoles.of(1)).containsExactly("hip");
        assertThat(JointRoles.of(2)).containsExactly("hip", "knee");
        assertThat(JointRoles.of(3)).containsExactly("hip-abd", "hip", "knee");
        assertThat(JointRoles.of(4)).isEqualTo(List.of("joint-1", "joint-2", "joint-3", "joint-4"));
    }
}
