package io.gridprobe.harness.friends;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.core.ImprovedInstantMessages;
import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.login.Buddy;
import io.gridprobe.protocol.login.InventoryFolder;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.wire.FolderType;
import io.gridprobe.protocol.wire.ImDialog;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent's friends: offers (IM dialog 38) and their answers (AcceptFriendship / DeclineFriendship, which is what
 * viewers send), ending a friendship (TerminateFriendship), and presence (Online/OfflineNotification). Each action's
 * future completes when the region has acknowledged it; what the other side sees arrives as its events
 * ({@link FriendshipOffered}, {@link FriendshipAccepted}, {@link FriendshipDeclined}, {@link FriendshipTerminated},
 * {@link FriendOnline}, {@link FriendOffline}). The friend list starts as the login response's buddy-list and follows
 * what the agent does and hears.
 */
public final class FriendsManager extends AgentManager {

    private final Set<UUID> friends = ConcurrentHashMap.newKeySet();
    private final Set<UUID> online = ConcurrentHashMap.newKeySet();

    public FriendsManager(AgentCore agent) {
        super(agent);
        for (Buddy b : buddyList()) {
            friends.add(b.buddyId());
        }
        agent.messages().subscribe("ImprovedInstantMessage", UdpMessage.class, this::instantMessage);
        agent.messages().subscribe("OnlineNotification", UdpMessage.class, m -> presence(m, true));
        agent.messages().subscribe("OfflineNotification", UdpMessage.class, m -> presence(m, false));
        agent.messages().subscribe("TerminateFriendship", UdpMessage.class, m -> {
            UUID other = m.message().block("ExBlock").uuid("OtherID");
            friends.remove(other);
            online.remove(other);
            agent.events().publish(new FriendshipTerminated(Instant.now(), other));
        });
    }

    /** The friends the grid listed at login (buddy-list), with the rights each side grants. */
    public List<Buddy> buddyList() {
        return agent.loginResponse().buddyList();
    }

    /** Friends as the agent knows them now. */
    public Set<UUID> friends() {
        return Set.copyOf(friends);
    }

    public boolean isFriend(UUID id) {
        return friends.contains(id);
    }

    /** Whether the grid has told the agent this friend is in world. */
    public boolean isOnline(UUID id) {
        return online.contains(id);
    }

    /** Offers friendship (IM dialog 38 with the message a viewer's "Add friend" dialog sends). */
    public CompletableFuture<Void> offer(UUID to, String message) {
        return agent.sendReliable(ImprovedInstantMessages.build(agent, to, ImDialog.FRIENDSHIP_OFFERED,
                UUID.randomUUID(), message));
    }

    /** Accepts an offer: the two are friends once the grid has it; the offerer hears {@link FriendshipAccepted}. */
    public CompletableFuture<Void> accept(FriendshipOffered offer) {
        MessageBuilder b = agent.message("AcceptFriendship").block("TransactionBlock")
                .set("TransactionID", offer.sessionId());
        callingCardFolder().ifPresent(f -> b.block("FolderData").set("FolderID", f));
        return agent.sendReliable(b.build()).thenRun(() -> friends.add(offer.fromId()));
    }

    /** Declines an offer; the offerer hears {@link FriendshipDeclined}. */
    public CompletableFuture<Void> decline(FriendshipOffered offer) {
        return agent.sendReliable(agent.message("DeclineFriendship").block("TransactionBlock")
                .set("TransactionID", offer.sessionId()).build());
    }

    /** Ends a friendship; both sides get {@link FriendshipTerminated}. */
    public CompletableFuture<Void> terminate(UUID friend) {
        return agent.sendReliable(agent.message("TerminateFriendship").block("ExBlock").set("OtherID", friend).build())
                .thenRun(() -> {
                    friends.remove(friend);
                    online.remove(friend);
                });
    }

    private java.util.Optional<UUID> callingCardFolder() {
        return agent.loginResponse().inventorySkeleton().stream()
                .filter(f -> f.typeDefault() == FolderType.CALLING_CARDS).map(InventoryFolder::folderId).findFirst();
    }

    private void instantMessage(UdpMessage m) {
        Block b = m.message().block("MessageBlock");
        int dialog = b.u8("Dialog");
        UUID from = m.message().block("AgentData").uuid("AgentID");
        String name = b.string("FromAgentName");
        AgentEvent e = switch (dialog) {
            case ImDialog.FRIENDSHIP_OFFERED -> new FriendshipOffered(Instant.now(), from, name, b.string("Message"),
                    b.uuid("ID"), b.u8("Offline") != 0);
            case ImDialog.FRIENDSHIP_ACCEPTED -> {
                friends.add(from);
                online.add(from); // they just answered, so they are in world
                yield new FriendshipAccepted(Instant.now(), from, name);
            }
            case ImDialog.FRIENDSHIP_DECLINED -> new FriendshipDeclined(Instant.now(), from, name);
            default -> null;
        };
        if (e != null) {
            agent.events().publish(e);
        }
    }

    private void presence(UdpMessage m, boolean isOnline) {
        for (Block b : m.message().blocks("AgentBlock")) {
            UUID id = b.uuid("AgentID");
            if (isOnline) {
                online.add(id);
                agent.events().publish(new FriendOnline(Instant.now(), id));
            } else {
                online.remove(id);
                agent.events().publish(new FriendOffline(Instant.now(), id));
            }
        }
    }
}
