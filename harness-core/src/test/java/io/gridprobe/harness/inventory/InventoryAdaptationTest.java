package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.wire.PermissionMasks;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.fixtures.grid.service.RegionContext;
import io.gridprobe.fixtures.grid.service.RegionService;
import io.gridprobe.fixtures.grid.service.inventory.AssetUploadService;
import io.gridprobe.fixtures.grid.service.inventory.InventoryEditService;
import io.gridprobe.fixtures.grid.service.inventory.InventoryFetchService;
import io.gridprobe.fixtures.grid.service.inventory.InventoryGivingService;
import io.gridprobe.fixtures.grid.service.inventory.ViewerAssetService;
import io.gridprobe.fixtures.grid.service.region.SimulatorFeaturesService;
import io.gridprobe.harness.EmbeddedGridClient;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.protocol.login.StartLocation;
import io.gridprobe.protocol.trace.TraceEntry;
import io.gridprobe.protocol.wire.PermissionBits;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness adapts to grids that grant less than the embedded grid: here one without FetchInventoryDescendents2,
 * FetchInventory2 and CreateInventoryCategory (an old or trimmed OpenSim). Every operation still works, by its
 * fallback, and says so in the trace.
 */
class InventoryAdaptationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static EmbeddedGrid grid;
    private static GridClient client;
    private static Agent alice;
    private static Agent bob;

    @BeforeAll
    static void start() throws Exception {
        grid = EmbeddedGrid.start(GridConfig.builder().withoutDefaultServices()
                .service(new SimulatorFeaturesService())
                .service(withoutCapabilities(new InventoryFetchService(), "FetchInventoryDescendents2", "FetchInventory2"))
                .service(withoutCapabilities(new InventoryEditService(), "CreateInventoryCategory"))
                .service(new AssetUploadService())
                .service(new ViewerAssetService())
                .service(new InventoryGivingService())
                .build());
        client = EmbeddedGridClient.of(grid);
        alice = login(SeededAccounts.ALICE);
        bob = login(SeededAccounts.BOB);
    }

    @AfterAll
    static void stop() {
        CompletableFuture.allOf(alice.logout(), bob.logout()).orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null)
                .join();
        client.close();
        grid.close();
    }

    @Test
    void foldersAndItemsAreReadOverUdpWhenTheCapabilitiesAreMissing() {
        assertThat(alice.region().connection().capabilities().has("FetchInventoryDescendents2")).isFalse();
        FolderContents root = join(alice.inventory().fetchFolder(alice.inventory().root()));
        assertThat(root.via()).isEqualTo("FetchInventoryDescendents");
        assertThat(root.folder(alice.inventory().folder(SystemFolder.NOTECARDS))).isPresent();
        assertThat(notes(alice)).anyMatch(n -> n.contains("grants no FetchInventoryDescendents2"));

        InventoryItem note = join(alice.inventory().createNotecard(alice.inventory().folder(SystemFolder.NOTECARDS),
                "udp note", "over UDP\n"));
        InventoryItem fetched = join(alice.inventory().fetchItem(note.itemId())).orElseThrow();
        assertThat(fetched.assetId()).isEqualTo(note.assetId());
        assertThat(notes(alice)).anyMatch(n -> n.contains("grants no FetchInventory2"));
        InventoryItem restricted = join(alice.inventory().setPermissions(fetched, PermissionMasks.mask(true, false, true)));
        assertThat(PermissionMasks.userBits(restricted.permissions().nextOwner())).isEqualTo(PermissionBits.COPY
                | PermissionBits.TRANSFER);
    }

    @Test
    void aFolderIsCreatedOverUdpAndReadBack() {
        InventoryFolder made = join(alice.inventory().createFolder(alice.inventory().root(), "made over UDP"));
        assertThat(made.name()).isEqualTo("made over UDP");
        assertThat(join(alice.inventory().fetchFolder(alice.inventory().root())).folder(made.folderId())).isPresent();
        assertThat(notes(alice)).anyMatch(n -> n.contains("over UDP (CreateInventoryFolder)"));
    }

    @Test
    void anAcceptedCopyIsFoundWhereTheGridKeepsItNotWhereTheAnswerNamed() {
        InventoryItem note = join(alice.inventory().createNotecard(alice.inventory().root(), "left in place", "x\n"));
        join(alice.inventory().give(bob.id(), note));
        InventoryOffered offer = bob.events().next(InventoryOffered.class, o -> o.name().equals("left in place"), WAIT);
        InventoryFolder named = join(bob.inventory().createFolder(bob.inventory().root(), "named"));

        FolderContents holder = join(bob.inventory().accept(offer, named.folderId()));
        assertThat(holder.folderId()).as("the grid filed it by type and an accept does not move it (OpenSim 0.9.2)")
                .isEqualTo(bob.inventory().folder(SystemFolder.NOTECARDS));
        assertThat(holder.item(offer.itemId())).isPresent();
        assertThat(join(bob.inventory().fetchFolder(named.folderId())).items()).isEmpty();
        assertThat(bob.trace().entries()).as("the harness moved nothing itself")
                .noneMatch(e -> e.direction() == TraceEntry.Direction.OUT && "MoveInventoryItem".equals(e.name()));
    }

    @Test
    void aGivenFolderListsItsContentsInTheOffer() {
        InventoryFolder gift = join(alice.inventory().createFolder(alice.inventory().root(), "gift box"));
        join(alice.inventory().createNotecard(gift.folderId(), "in the box", "x\n"));
        InventoryFolder inner = join(alice.inventory().createFolder(gift.folderId(), "inner box"));
        join(alice.inventory().createNotecard(inner.folderId(), "deeper", "y\n"));
        join(alice.inventory().give(bob.id(), gift));
        InventoryOffered offer = bob.events().next(InventoryOffered.class, o -> o.name().equals("gift box"), WAIT);

        FolderContents holder = join(bob.inventory().accept(offer));
        assertThat(holder.folderId()).as("a given folder lands in the root").isEqualTo(bob.inventory().root());
        FolderContents copy = join(bob.inventory().fetchFolder(offer.itemId()));
        assertThat(copy.itemNamed("in the box")).isPresent();
        UUID innerCopy = copy.folderNamed("inner box").orElseThrow().folderId();
        assertThat(join(bob.inventory().fetchFolder(innerCopy)).itemNamed("deeper")).isPresent();
    }

    private static List<String> notes(Agent a) {
        return a.trace().entries().stream().filter(e -> e.direction() == TraceEntry.Direction.NOTE)
                .map(TraceEntry::text).toList();
    }

    private static Agent login(Account who) throws Exception {
        return client.login(EmbeddedGridClient.credentials(who.last().toLowerCase(), who),
                StartLocation.uri("Alpha", 128, 128, 25)).get(30, TimeUnit.SECONDS);
    }

    private static <T> T join(CompletableFuture<T> f) {
        return InventoryWaits.join(f.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The service as installed on a region that refuses to grant these capabilities. */
    private static RegionService withoutCapabilities(RegionService service, String... names) {
        Set<String> dropped = Set.of(names);
        return region -> service.install(intercept(region, (method, args) -> method.equals("registerCapability")
                && dropped.contains((String) args[0]) ? Skip.SKIP : null));
    }

    private enum Skip { SKIP }

    @FunctionalInterface
    private interface Interceptor {
        /** May rewrite args in place; returns {@link Skip#SKIP} to drop the call. */
        Object before(String method, Object[] args);
    }

    private static RegionContext intercept(RegionContext region, Interceptor interceptor) {
        return (RegionContext) Proxy.newProxyInstance(RegionContext.class.getClassLoader(),
                new Class<?>[] {RegionContext.class}, (proxy, method, args) -> {
                    if (args != null && interceptor.before(method.getName(), args) == Skip.SKIP) {
                        return null;
                    }
                    try {
                        return method.invoke(region, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
