package io.gridprobe.harness.core;

import io.gridprobe.harness.steps.StepRecorder;
import io.gridprobe.harness.steps.Steps;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.region.AgentSession;
import io.gridprobe.protocol.template.MessageDef;
import io.gridprobe.protocol.template.MessageTemplate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the agent sends to its root region: messages with their AgentData block filled, sent unreliably or reliably;
 * a reliable send is a report step settled by the region's ack (or its absence), never a step that says the grid took
 * a message it has not acknowledged.
 */
final class Sending {
    private final String role;
    private final AgentSession session;
    private final MessageTemplate template;
    private final Supplier<AgentRegion> root;

    Sending(String role, AgentSession session, MessageTemplate template, Supplier<AgentRegion> root) {
        this.role = role;
        this.session = session;
        this.template = template;
        this.root = root;
    }

    /** A builder for the message; when it has an AgentData block with AgentID and SessionID, that block is filled. */
    MessageBuilder message(String name) {
        MessageDef def = template.get(name);
        MessageBuilder b = MessageBuilder.create(def);
        int i = def.blockIndex("AgentData");
        if (i >= 0) {
            var block = def.blocks().get(i);
            b.block("AgentData");
            if (block.fieldIndex("AgentID") >= 0) {
                b.set("AgentID", session.agentId());
            }
            if (block.fieldIndex("SessionID") >= 0) {
                b.set("SessionID", session.sessionId());
            }
        }
        return b;
    }

    void send(Message m) {
        root.get().circuit().send(m);
    }

    CompletableFuture<Void> sendReliable(Message m) {
        AgentRegion region = root.get();
        String what = role + "'s " + m.name() + " to " + region.name();
        StepRecorder.Outcome step = Steps.pending(what + " (sent, not acknowledged yet)");
        return region.circuit().sendReliable(m).whenComplete((v, e) -> {
            if (e == null) {
                step.passed(what + " acknowledged");
            } else {
                step.failed(what + " never acknowledged", AgentLogin.propagate(e));
            }
        });
    }
}
