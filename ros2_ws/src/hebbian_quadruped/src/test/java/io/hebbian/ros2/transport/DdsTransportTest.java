package io.hebbian.ros2.transport;

import io.hebbian.ros2.transport.dds.DdsTransport;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The contract over real DDS: two Fast DDS participants on loopback, domain from {@link DdsTestDomain}. */
class DdsTransportTest extends TransportContract {

    @Override
    protected Transport open(String nodeName) {
        try {
            return new DdsTransport(nodeName, DdsTestDomain.ID, InetAddress.getByName("127.0.0.1"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected long discoveryMillis() {
        return 100;
    }
}
