package io.hebbian.cluster;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.concurrent.RejectedExecutionException;

/**
 * Tells a lost member (its batch must run again elsewhere) from a real evaluation failure.
 * {@link MemberLeftException} is itself an {@code ExecutionException} with a null cause, so the
 * whole cause chain is inspected.
 */
final class MemberLoss {

    private MemberLoss() {
    }

    /** True if {@code failure} means the member left, was not a member, or was shutting down. */
    static boolean isMemberLoss(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MemberLeftException || t instanceof TargetNotMemberException
                    || t instanceof HazelcastInstanceNotActiveException || t instanceof RejectedExecutionException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
