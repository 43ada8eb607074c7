package dev.specgen.core.emit.client;

import dev.specgen.core.model.Operation;
import dev.specgen.core.naming.JavaNames;
import dev.specgen.core.naming.NameScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the client's private members: the two funnels every call goes through ({@code send},
 * {@code sendAndWait}) and each operation's request-building method ({@code describeTaskInfoRequest}), chosen
 * so that they can never take the name of a public method.
 */
final class PrivateNames {

    private final Map<String, NameScope.Allocation> names;

    PrivateNames(List<Operation> operations) {
        Set<String> reserved = new HashSet<>(Set.of("builder", "close", "toString", "caller"));
        List<String> wanted = new ArrayList<>(List.of("send", "sendAndWait"));
        for (Operation operation : operations) {
            reserved.add(operation.javaName());
            reserved.add(operation.javaName() + "Async");
            wanted.add(operation.javaName() + "Request");
        }
        this.names = new NameScope(JavaNames.Style.MEMBER, reserved, "_").allocate(wanted);
    }

    String send() {
        return names.get("send").javaName();
    }

    String sendAndWait() {
        return names.get("sendAndWait").javaName();
    }

    String requestOf(Operation operation) {
        return names.get(operation.javaName() + "Request").javaName();
    }
}
